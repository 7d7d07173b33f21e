"""The learner list as a spreadsheet (CSV or XLSX): what a volunteer hands the ward office or
prints for a class. One row a learner, in the order given (the list as the screen shows it).
"""

from digital_literacy_app.core.card_codes import learner_code
from digital_literacy_app.core.learners import GROUP_NAMES_VI
from digital_literacy_app.core.tables import write_table

HEADER = ["Họ và tên (name)", "Năm sinh (born)", "Nhóm (group)", "Phường/xã (ward)", "Mã thẻ (card code)",
          "Bài đã xong (lessons completed)", "Đang học (lessons under way)", "Ngày thêm (added)",
          "Học gần nhất (last active)"]


def learner_rows(trainer, learner_ids: list[str]) -> list[list]:
    rows = []
    for learner_id in learner_ids:
        learner = trainer.learners.get(learner_id)
        progress = trainer.progress.for_learner(learner_id).values()
        rows.append([learner.name, learner.birth_year or "", GROUP_NAMES_VI.get(learner.group, learner.group),
                     learner.ward, learner_code(learner.id),
                     sum(p.status == "completed" for p in progress),
                     sum(p.status != "completed" for p in progress),
                     (learner.created_at or "")[:10], (learner.last_active_at or "")[:10]])
    return rows


def write_learner_list(trainer, target, learner_ids: list[str]):
    """The learners as a .csv or .xlsx file (by the name's ending), written whole or not at all."""
    return write_table(HEADER, learner_rows(trainer, learner_ids), target, "Người học")
