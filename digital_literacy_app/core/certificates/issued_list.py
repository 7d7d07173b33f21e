"""The certificates issued, as a spreadsheet (CSV or XLSX): what the ward office files, one
row a certificate, oldest first. Certificates this PC learnt of from sync files are listed too,
with the computer that issued them.
"""

from digital_literacy_app.core.certificates.eligibility import title_of
from digital_literacy_app.core.errors import NotFoundError
from digital_literacy_app.core.tables import write_table

HEADER = ["Số chứng nhận (number)", "Họ và tên (name)", "Nội dung (completed)", "Ngày cấp (date)",
          "Phường/xã (ward)", "Tình nguyện viên (volunteer)", "Máy cấp (computer)"]


def issued_rows(book) -> list[list]:
    achievements = book.achievements()
    rows = []
    for record in book.issued():
        try:
            name = book.trainer.learners.get(record.learner_id).name
        except NotFoundError:
            name = "—"  # erased since: the certificate stays on the list, the name does not
        title = title_of(record.what, achievements)
        issuer = book.keys.get(record.device_id)
        rows.append([record.certificate_id, name, title.vi if title else record.what, record.issued_on,
                     record.ward or "—", record.volunteer or "—",
                     (issuer.name if issuer and issuer.name else record.device_id)])
    return rows


def write_issued_list(book, target):
    """Every certificate this PC knows of, as a .csv or .xlsx file (by the name's ending)."""
    return write_table(HEADER, issued_rows(book), target, "Giấy chứng nhận")
