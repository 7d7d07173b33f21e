"""Teaching sessions: one `session.logged` event with the payload the sync contract fixes."""

import json

import pytest

from digital_literacy_app.core.errors import InvalidInputError, NotFoundError
from digital_literacy_app.core.reports.build import build_report


@pytest.fixture
def people(trainer):
    return [trainer.learners.add("Nguyễn Thị Hoa", 1955, "elderly"),
            trainer.learners.add("Lò Văn Páo", 1970, "farmer")]


def log(trainer, people, **changes):
    fields = dict(date="2025-03-14", place="Nhà văn hoá tổ 5", volunteer="Trần Thu Hà",
                  topic="Cài VNeID", minutes=90, attendees=[p.id for p in people], area="e-services",
                  ward="Phường Kim Mã")
    fields.update(changes)
    return trainer.sessions.log(**fields)


def test_the_event_payload_is_exactly_the_documented_one(trainer, people):
    """docs/sync-format.md: date, ward, place, volunteer, topic, area, minutes, attendees;
    the event names no single learner."""
    log(trainer, people)
    [event] = [e for e in trainer.log.all() if e.kind == "session.logged"]
    assert event.learner_id is None
    assert event.payload == {
        "date": "2025-03-14", "ward": "Phường Kim Mã", "place": "Nhà văn hoá tổ 5",
        "volunteer": "Trần Thu Hà", "topic": "Cài VNeID", "area": "e-services", "minutes": 90,
        "attendees": [people[0].id, people[1].id],
    }
    stored = trainer.db.conn.execute("SELECT payload FROM events WHERE kind = 'session.logged'").fetchone()[0]
    assert set(json.loads(stored)) == {"date", "ward", "place", "volunteer", "topic", "area", "minutes",
                                       "attendees"}


def test_reports_count_the_session_its_hours_and_attendance(trainer, people):
    """The coordinator's report sees one session of 1.5 hours attended by two people."""
    log(trainer, people)
    totals = build_report(trainer, ["ward"]).totals
    assert (totals["sessions"], totals["volunteer_hours"], totals["attendance"]) == (1, 1.5, 2)


def test_the_ward_defaults_to_this_pcs_and_the_area_may_be_left_out(trainer, people):
    """Left out, the ward is the device's and the area empty; a person ticked twice counts once."""
    trainer.device.ward = "Xã Sóc Sơn"
    session = log(trainer, people + people[:1], ward=None, area="")
    assert (session.ward, session.area, session.attendees) == ("Xã Sóc Sơn", "", (people[0].id, people[1].id))


@pytest.mark.parametrize("changes, message", [
    ({"date": "14/03/2025"}, "YYYY-MM-DD"), ({"date": "2025-02-30"}, "YYYY-MM-DD"),
    ({"minutes": 0}, "1 to 600"), ({"minutes": "nhiều"}, "whole number"), ({"topic": " "}, "topic is empty"),
    ({"place": ""}, "place is empty"), ({"volunteer": ""}, "volunteer's name is empty"),
    ({"area": "cooking"}, "area"), ({"attendees": []}, "at least one"),
])
def test_a_wrong_field_is_refused_and_nothing_recorded(trainer, people, changes, message):
    """Each rule is explained, and the log stays without a session."""
    with pytest.raises(InvalidInputError, match=message):
        log(trainer, people, **changes)
    assert trainer.sessions.all() == []


def test_an_unknown_attendee_is_refused(trainer, people):
    """A learner id that does not exist (or was merged away) cannot attend."""
    with pytest.raises(NotFoundError):
        log(trainer, people, attendees=[people[0].id, "zzzzzzzzzz"])
    assert trainer.sessions.all() == []


def test_past_sessions_newest_first_with_attendees_followed_through_merges_and_erasure(trainer, people):
    """The list shows the latest date first; a merged attendee shows as the kept person,
    an erased one without a name."""
    log(trainer, people, date="2025-03-01", topic="Buổi một")
    log(trainer, people, date="2025-03-20", topic="Buổi ba")
    log(trainer, people[:1], date="2025-03-10", topic="Buổi hai")
    book = trainer.sessions
    assert [s.topic for s in book.all()] == ["Buổi ba", "Buổi hai", "Buổi một"]
    twin = trainer.learners.add("Nguyen thi hoa", 1955)
    log(trainer, [twin], date="2025-03-21", topic="Buổi bốn")
    trainer.learners.merge(twin.id, people[0].id)
    trainer.learners.erase(people[1].id)
    latest, third = book.all()[0], book.all()[1]
    assert book.attendee_names(latest) == [(people[0].id, "Nguyễn Thị Hoa")]
    assert book.attendee_names(third) == [(people[0].id, "Nguyễn Thị Hoa"), (people[1].id, None)]
