"""One learner's story, in the order it happened: joined, lessons, sessions, certificates.

A lesson is dozens of events (every tap on a practice screen is one), so consecutive
events on the same lesson on the same day are told as one entry with counts ("step 3 of
7 done, 2 wrong taps, 1 hint"). The events of records later merged into this learner are
part of their story; so are the teaching sessions they attended (as last corrected; a
withdrawn session is gone from it). Order is the event order (Lamport, device, seq), never
the PCs' clocks; times are shown as recorded.
"""

import heapq
from dataclasses import dataclass, field

import orjson

from digital_literacy_app.core.sessions import effective_sessions

PROGRESS_KINDS = ("lesson.started", "step.completed", "quiz.answered", "practice.tried", "hint.used",
                  "lesson.completed")


@dataclass
class TimelineEntry:
    """`kind`: "joined", "updated", "merged", "lesson", "session", "certificate" or "other".

    For "lesson": `lesson_id` and `counts` (steps, wrong, hints, started, completed). For
    "session": `detail` holds topic, place, date, volunteer. For "certificate": `detail`
    holds what, date, volunteer. For "updated": `detail` holds the changed fields.
    """

    kind: str
    when: str
    lesson_id: str = ""
    counts: dict = field(default_factory=dict)
    detail: dict = field(default_factory=dict)


def timeline(trainer, learner_id: str) -> list[TimelineEntry]:
    trainer.learners.get(learner_id)  # NotFoundError for an unknown or merged-away id
    conn = trainer.db.conn
    ids = [learner_id] + [row[0] for row in conn.execute(
        "SELECT alias FROM learner_aliases WHERE target = ?", (learner_id,))]
    marks = ", ".join("?" * len(ids))
    own = ((row[4:], row[0], row[1], row[2], orjson.loads(row[3])) for row in conn.execute(
        f"""SELECT kind, learner_id, wall_time, payload, lamport, origin_device_id, seq FROM events
            WHERE learner_id IN ({marks}) ORDER BY lamport, origin_device_id, seq""", ids))
    entries: list[TimelineEntry] = []
    for _, kind, subject, wall_time, payload in heapq.merge(own, _sessions_attended(conn, set(ids)),
                                                            key=lambda item: item[0]):
        _add(entries, kind, subject, learner_id, wall_time, payload)
    return entries


def _sessions_attended(conn, ids: set[str]) -> list[tuple]:
    """The sessions in force they attended, as last corrected, at the place their logging
    event has in the log (a correction that adds them adds the session; one that takes them
    off removes it)."""
    return [((s.lamport, s.origin_device_id, s.seq), "session.logged", None, s.wall_time,
             {"topic": s.topic, "place": s.place, "date": s.date, "volunteer": s.volunteer, "minutes": s.minutes})
            for s in effective_sessions(conn) if ids.intersection(s.attendees)]


def _add(entries, kind, subject, learner_id, wall_time, p) -> None:
    if kind in PROGRESS_KINDS:
        _progress(entries, kind, wall_time, p)
    elif kind == "learner.created":
        entries.append(TimelineEntry("joined" if subject == learner_id else "other-record", wall_time))
    elif kind == "learner.updated":
        entries.append(TimelineEntry("updated", wall_time, detail={k: p[k] for k in sorted(p)}))
    elif kind == "learner.merged":
        entries.append(TimelineEntry("merged", wall_time))
    elif kind == "learner.unmerged":
        entries.append(TimelineEntry("unmerged", wall_time))
    elif kind == "session.logged":
        entries.append(TimelineEntry("session", wall_time, detail={
            k: p.get(k, "") for k in ("topic", "place", "date", "volunteer", "minutes")}))
    elif kind == "certificate.issued":
        entries.append(TimelineEntry("certificate", wall_time, detail={
            k: p.get(k, "") for k in ("what", "date", "volunteer", "certificate_id")}))


def _progress(entries, kind, wall_time, p) -> None:
    lesson_id = str(p.get("lesson_id") or "")
    last = entries[-1] if entries else None
    same = (last is not None and last.kind == "lesson" and last.lesson_id == lesson_id
            and last.when[:10] == wall_time[:10] and not last.counts["completed"])
    if not same:
        last = TimelineEntry("lesson", wall_time, lesson_id,
                             {"started": False, "steps": 0, "step": 0, "steps_total": 0, "wrong": 0,
                              "hints": 0, "completed": False})
        entries.append(last)
    counts = last.counts
    if kind == "lesson.started":
        counts["started"] = True
    elif kind == "step.completed":
        counts["steps"] += 1
        counts["step"] = max(counts["step"], int(p.get("step_index", 0)) + 1)
        counts["steps_total"] = int(p.get("steps_total", 0) or 0)
    elif kind in ("quiz.answered", "practice.tried"):
        if p.get("correct", p.get("right", False)) is False:
            counts["wrong"] += 1
    elif kind == "hint.used":
        counts["hints"] += 1
    elif kind == "lesson.completed":
        counts["completed"] = True
