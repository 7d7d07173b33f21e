"""Who is owed a certificate: everything earned and not yet issued, for many people at once."""

from datetime import date

import pytest

from digital_literacy_app.core.trainer import Trainer
from tests.certificate_pack import COURSE_ID, complete, write_pack


@pytest.fixture
def trainer(tmp_path):
    pack = write_pack(tmp_path / "pack")
    with Trainer.open(tmp_path / "data", lesson_dirs=[pack]) as opened:
        opened.certificates.today = lambda: date(2025, 6, 1)
        yield opened


def keys(found):
    return {learner: [a.key for a in items] for learner, items in found.items()}


def test_earned_and_not_issued_biggest_first_and_gone_once_issued(trainer, tmp_path):
    """The course (3 lessons) comes before the area it overlaps; issuing one leaves the rest;
    someone with nothing complete is not listed; the answer matches the per-learner rule."""
    hoa = trainer.learners.add("Nguyễn Thị Hoa")
    nam = trainer.learners.add("Lê Văn Nam")
    trainer.learners.add("Chưa Học")
    complete(trainer, hoa.id, ["safe-calls", "safe-otp", "start-mouse", "pay-qr"])
    complete(trainer, nam.id, ["safe-calls"])
    found = keys(trainer.certificates.owed())
    assert found == {hoa.id: [f"course:{COURSE_ID}", "area:safety", "area:cashless", "area:basics"]}
    assert set(found[hoa.id]) == {a.key for a in trainer.certificates.eligible(hoa.id)}
    trainer.certificates.issue(hoa.id, "Hà", tmp_path / "c.pdf", f"course:{COURSE_ID}")
    assert keys(trainer.certificates.owed())[hoa.id] == ["area:safety", "area:cashless", "area:basics"]


def test_narrowed_to_some_people_and_follows_merges_and_erasure(trainer):
    """Only the ids asked for; a merged record's lessons count for the kept person; an
    erased person is never listed."""
    hoa, twin, gone = (trainer.learners.add(n) for n in ("Hoa", "Hoa B", "Gone"))
    complete(trainer, twin.id, ["pay-qr"])
    complete(trainer, gone.id, ["pay-qr"])
    assert set(trainer.certificates.owed([hoa.id, gone.id])) == {gone.id}
    trainer.learners.merge(twin.id, hoa.id)
    trainer.learners.erase(gone.id)
    assert keys(trainer.certificates.owed()) == {hoa.id: ["area:cashless"]}
