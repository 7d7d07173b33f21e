"""Reading a list of learners a volunteer made in Excel: a .csv or .xlsx file, as hostile input.

The file is bounded (MAX_BYTES on disk, MAX_ROWS rows, MAX_COLUMNS columns, MAX_CELL
characters a cell; an .xlsx also by what it unpacks to) and refused whole, with a reason
code, when it breaks a bound or cannot be read: a picture or program renamed .csv, a
damaged .xlsx, text in an encoding that is not one Excel writes. Nothing here touches the
database; core/learner_import.py checks the rows.

A CSV is UTF-8 (with or without the BOM Excel adds) or, from an older Excel, the Windows
code page of the PC: Windows-1258 on a Vietnamese Windows (its tone marks are separate
characters, NFC puts them back on their letters), else Windows-1252. The separator is the
comma, or the semicolon a Vietnamese Windows writes, or a tab: whichever the header row
holds most of.
"""

import csv
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from digital_literacy_app.core.errors import InvalidInputError

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 5000  # learners, not counting the header row
MAX_COLUMNS = 50
MAX_CELL = 1000  # characters; a name is at most 80, the rest is refused by the row checks
MAX_UNPACKED = 60 * 1024 * 1024  # what an .xlsx's parts may expand to, all together
FORMATS = ("csv", "xlsx")


@dataclass(frozen=True)
class RawTable:
    """The header and the data rows as cells (str, int, float or None), each row with the
    number Excel shows for it (the header is row 1 when it is the first line)."""
    header: list
    rows: list[tuple[int, list]]
    encoding: str  # "utf-8", "utf-8-sig", "cp1258", "cp1252" or "xlsx"


def read_table(path) -> RawTable:
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise InvalidInputError("import.format")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InvalidInputError("import.too_large", most_mb=MAX_BYTES // (1024 * 1024))
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InvalidInputError("import.unreadable", problem=exc.strerror or type(exc).__name__) from None
    if len(data) > MAX_BYTES:  # it grew while being read
        raise InvalidInputError("import.too_large", most_mb=MAX_BYTES // (1024 * 1024))
    lines = _xlsx_rows(data) if fmt == "xlsx" else _csv_rows(data)
    encoding = "xlsx" if fmt == "xlsx" else lines.encoding
    return _table(lines, encoding)


class _Lines(list):
    encoding = ""


def _decode(data: bytes) -> tuple[str, str]:
    if b"\x00" in data:  # no text file Excel writes holds a NUL: a picture, a program, UTF-16
        raise InvalidInputError("import.not_a_table")
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            raise InvalidInputError("import.encoding") from None
    for encoding in ("utf-8", "cp1258", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise InvalidInputError("import.encoding")


def _csv_rows(data: bytes) -> _Lines:
    text, encoding = _decode(data)
    if sum(ch < " " and ch not in "\t\r\n" for ch in text[:4096]) > 8:
        raise InvalidInputError("import.not_a_table")  # control characters: not a table of names
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    lines = _Lines()
    lines.encoding = encoding
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            lines.append(row)
            if len(lines) > MAX_ROWS + 50:  # blank lines are skipped later; bounded here
                break
    except csv.Error:
        raise InvalidInputError("import.not_a_table") from None
    return lines


def _xlsx_rows(data: bytes) -> _Lines:
    """The first sheet's values (never formulas: data_only), after checking the archive
    unpacks to a bounded size (a small file can hide a huge sheet)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED:
                raise InvalidInputError("import.too_large", most_mb=MAX_BYTES // (1024 * 1024))
    except (zipfile.BadZipFile, EOFError, ValueError):
        raise InvalidInputError("import.not_a_table") from None
    from openpyxl import load_workbook

    lines = _Lines()
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            sheet = book.worksheets[0]
            for row in sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True):
                lines.append(list(row))
                if len(lines) > MAX_ROWS + 50:
                    break
        finally:
            book.close()
    except InvalidInputError:
        raise
    except Exception:  # openpyxl raises many kinds for a damaged or foreign file
        raise InvalidInputError("import.not_a_table") from None
    return lines


def _table(lines: list, encoding: str) -> RawTable:
    numbered = [(number, row[:MAX_COLUMNS]) for number, row in enumerate(lines, start=1) if not _blank(row)]
    if not numbered:
        raise InvalidInputError("import.empty")
    (_, header), rows = numbered[0], numbered[1:]
    if len(rows) > MAX_ROWS:
        raise InvalidInputError("import.too_many_rows", most=MAX_ROWS)
    for _, row in [numbered[0], *rows]:
        for cell in row:
            if type(cell) is str and len(cell) > MAX_CELL:
                raise InvalidInputError("import.cell_too_long", most=MAX_CELL)
    return RawTable(header, rows, encoding)


def _blank(row) -> bool:
    return all(cell is None or (type(cell) is str and not cell.strip()) for cell in row)
