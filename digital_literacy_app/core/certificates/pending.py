"""Who has earned a certificate they have not been given yet.

Read in two queries for everyone at once (the batch and the learners list ask for
hundreds of learners), with the same rule as CertificateBook.standings: an area or a
course is earned when each of its lessons is completed.
"""

from digital_literacy_app.core.certificates.eligibility import Achievement


def uncertified(trainer, learner_ids: list[str] | None = None) -> dict[str, list[Achievement]]:
    """learner id -> the achievements complete but never certified, biggest first.

    Only current learners (not erased, not merged away) appear; `learner_ids` narrows
    the answer to those people (a session's attendees).
    """
    conn = trainer.db.conn
    completed: dict[str, set[str]] = {}
    for learner_id, lesson_id in conn.execute(
            """SELECT p.learner_id, p.lesson_id FROM lesson_progress p
               JOIN learners l ON l.id = p.learner_id AND l.merged_into IS NULL
               WHERE p.status = 'completed'"""):
        completed.setdefault(learner_id, set()).add(lesson_id)
    issued: dict[str, set[str]] = {}
    for learner_id, what in conn.execute("SELECT learner_id, what FROM certificates"):
        issued.setdefault(learner_id, set()).add(what)
    wanted = None if learner_ids is None else set(learner_ids)
    found = {}
    for learner_id, done in completed.items():
        if wanted is not None and learner_id not in wanted:
            continue
        earned = [a for a in trainer.certificates.achievements()
                  if a.lessons and set(a.lessons) <= done and a.key not in issued.get(learner_id, set())]
        if earned:
            found[learner_id] = sorted(earned, key=lambda a: -len(a.lessons))
    return found
