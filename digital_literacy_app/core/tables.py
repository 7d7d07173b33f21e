"""A table of rows as a file a spreadsheet opens: CSV (UTF-8 with a BOM, so Excel shows
Vietnamese) or XLSX (bold header, frozen first row, readable column widths).

Reports, the learner list and the certificates issued are all written through here, whole
or not at all (atomic_output_file).
"""

import csv
import io
from pathlib import Path

from digital_literacy_app.core.atomic import atomic_output_file
from digital_literacy_app.core.errors import InvalidInputError

TABLE_FORMATS = ("csv", "xlsx")


def to_csv(header: list[str], rows: list[list]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_xlsx(header: list[str], rows: list[list], sheet_title: str, bold_last: bool = False) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = sheet_title[:31]  # Excel's limit for a sheet's name
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row)
    if bold_last and rows:
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
    for index, title in enumerate(header, start=1):
        longest = max([len(str(title))] + [len(str(row[index - 1])) for row in rows[:200] if index <= len(row)])
        sheet.column_dimensions[sheet.cell(1, index).column_letter].width = max(12, min(40, longest + 2))
    sheet.freeze_panes = "A2"
    # Into memory first: openpyxl leaves its zip open when a write fails, which would keep
    # the temporary file from being removed on Windows.
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


def table_format(path: Path) -> str:
    """The format a file name asks for: .csv or .xlsx (refused otherwise)."""
    fmt = Path(path).suffix.lower().lstrip(".")
    if fmt not in TABLE_FORMATS:
        raise InvalidInputError("table.format", formats=", ".join(f".{f}" for f in TABLE_FORMATS))
    return fmt


def write_table(header: list[str], rows: list[list], target, sheet_title: str, bold_last: bool = False) -> Path:
    """Write the table as the file name's format asks; the path written."""
    target = Path(target)
    fmt = table_format(target)
    data = to_xlsx(header, rows, sheet_title, bold_last) if fmt == "xlsx" else to_csv(header, rows)
    with atomic_output_file(target) as handle:
        handle.write(data)
    return target
