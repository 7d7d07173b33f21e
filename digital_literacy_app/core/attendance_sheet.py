"""A teaching session's attendance as a spreadsheet (CSV or XLSX): who came, with a column
left empty for signatures when it is printed for the ward office's files.
"""

from digital_literacy_app.core.learners import GROUP_NAMES_VI
from digital_literacy_app.core.tables import write_table

HEADER = ["STT (no.)", "Họ và tên (name)", "Năm sinh (born)", "Nhóm (group)", "Phường/xã (ward)",
          "Ký tên (signature)"]


def attendance_rows(trainer, session) -> list[list]:
    rows = []
    for number, (learner_id, name) in enumerate(trainer.sessions.attendee_names(session), start=1):
        learner = trainer.learners.get(learner_id) if name is not None else None
        rows.append([number, name or "—", (learner.birth_year or "") if learner else "",
                     GROUP_NAMES_VI.get(learner.group, learner.group) if learner else "",
                     learner.ward if learner else "", ""])
    return rows


def write_attendance(trainer, session, target):
    """The session's attendees as a .csv or .xlsx file (by the name's ending)."""
    return write_table(HEADER, attendance_rows(trainer, session), target, f"Buổi học {session.date}")
