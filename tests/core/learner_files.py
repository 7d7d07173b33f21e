"""Learner lists as a volunteer's Excel writes them, for the import tests (core and screen)."""

import csv
import io
import unicodedata

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
HEADER = ["Họ tên", "Năm sinh", "Nhóm", "Phường/xã"]
GROUPS = ["Người cao tuổi", "Nông dân", "Lao động tự do", "Người dân ngoại thành", "Khác"]
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ"]
GIVEN = ["Thị Hường", "Văn Thành", "Thị Lụa", "Văn Đức", "Thị Ngọc"]


def thirty_with_two_bad() -> list[list]:
    """30 rows: 28 good, one without a name (row 6), one born in 3024 (row 12)."""
    rows = []
    for n in range(30):
        rows.append([f"{FAMILY[n % 6]} {GIVEN[n % 5]} {n}", 1940 + n, GROUPS[n % 5], "Phường Kim Mã"])
    rows[4][0] = ""
    rows[10][1] = 3024
    return rows


def csv_bytes(rows, header=HEADER, encoding="utf-8-sig", delimiter=",") -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    text = buffer.getvalue()
    if encoding == "cp1258":
        return windows_1258(text)
    return text.encode(encoding)


def windows_1258(text: str) -> bytes:
    """As a Vietnamese Windows writes it: base letters precomposed where the code page has
    them (â ê ô ă ơ ư đ), tone marks as separate characters after them."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            out.append(ch.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(p for p in parts if p not in TONES))
        out.append((base + "".join(p for p in parts if p in TONES)).encode("cp1258"))
    return b"".join(out)


def xlsx_bytes(rows, header=HEADER) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()
