"""Adding many learners from a list made in Excel: a preview first, then one operation.

`preview(trainer, path)` reads the file (core/learner_file.py), finds the columns by their
headers, Vietnamese or English ("Họ tên" / "Name", "Năm sinh" / "Birth year", "Nhóm" /
"Group", "Phường/xã" / "Ward"; the learner list this app saves reads back too), and checks
every row the way the learner form does: a missing name, a birth year that is not a year
between 1900 and this year, an unknown group (an empty ward is this PC's, as when adding
by hand). It flags rows that look like someone
already on this computer (same name ignoring accents and capitals, same or missing birth
year) and rows that repeat an earlier row of the file. Nothing is saved.

`add(trainer, preview, with_same_here)` then adds the good rows in one transaction: all
of them or, if anything fails, none. Rows with a problem and repeats within the file are
never added; rows like someone already here only when the volunteer says so.
"""

from dataclasses import dataclass, field
from pathlib import Path

from digital_literacy_app.core.errors import InvalidInputError
from digital_literacy_app.core.learner_file import read_table
from digital_literacy_app.core.learners import (
    GROUP_NAMES_VI, GROUPS, LearnerRecord, clean_birth_year, clean_name, clean_ward,
)
from digital_literacy_app.core.text import nfc, search_key

# Header words, folded (search_key), for each column; the first column whose header
# matches is used, other columns are ignored.
HEADERS = {
    "name": ("ho ten", "ho va ten", "ten", "ten nguoi hoc", "name", "full name", "learner"),
    "birth_year": ("nam sinh", "sinh nam", "birth year", "year of birth", "born", "year"),
    "group": ("nhom", "nhom doi tuong", "doi tuong", "group", "learner group"),
    "ward": ("phuong/xa", "phuong xa", "phuong", "xa", "xa/phuong", "ward", "commune", "ward/commune"),
}
GROUP_WORDS = {search_key(word): code for code, words in {
    "elderly": ("người cao tuổi", "cao tuổi", "older people", "older person", "elderly"),
    "farmer": ("nông dân", "farmer", "farmers"),
    "freelance": ("lao động tự do", "tự do", "freelance", "freelance worker", "freelance workers"),
    "suburban": ("người dân ngoại thành", "ngoại thành", "suburban", "outer district", "outer-district resident"),
    "other": ("khác", "other"),
}.items() for word in words}
GROUP_WORDS.update({search_key(name): code for code, name in GROUP_NAMES_VI.items()})
GROUP_WORDS.update({code: code for code in GROUPS})


@dataclass(frozen=True)
class ImportRow:
    line: int  # the row's number as Excel shows it
    name: str  # as read (NFC), for the preview, even when it is not valid
    birth_year: int | None
    birth_year_text: str
    group: str  # the group's code, or "" when unknown
    group_text: str
    ward: str
    problems: tuple  # InvalidInputError for each field that is wrong
    same_here: tuple = ()  # LearnerRecords already on this computer that look like this person
    same_as_line: int | None = None  # an earlier row of the file with the same person

    @property
    def ok(self) -> bool:
        return not self.problems and self.same_as_line is None


@dataclass
class ImportPreview:
    file_name: str
    encoding: str
    rows: list[ImportRow] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)

    @property
    def good(self) -> list[ImportRow]:
        """Rows that can be added (some may look like someone already here)."""
        return [row for row in self.rows if row.ok]

    @property
    def bad(self) -> list[ImportRow]:
        return [row for row in self.rows if not row.ok]

    @property
    def same_here(self) -> list[ImportRow]:
        return [row for row in self.good if row.same_here]


@dataclass(frozen=True)
class ImportResult:
    added: list[LearnerRecord]
    skipped: list[ImportRow]  # with a problem, repeated in the file, or (unless asked) already here


def preview(trainer, path) -> ImportPreview:
    table = read_table(path)
    columns, ignored = _columns(table.header)
    result = ImportPreview(Path(path).name, table.encoding, ignored_columns=ignored)
    seen: dict[tuple, int] = {}
    for line, cells in table.rows:
        row = _check(trainer, line, {key: _cell(cells, index) for key, index in columns.items()})
        key = (search_key(row.name), row.birth_year)
        if row.name and not row.problems:
            if key in seen:
                row = _replace(row, same_as_line=seen[key])
            else:
                seen[key] = line
        result.rows.append(row)
    return result


def add(trainer, checked: ImportPreview, with_same_here: bool = False) -> ImportResult:
    """Add the good rows (and those like someone here, if asked) in one transaction."""
    chosen = [row for row in checked.good if with_same_here or not row.same_here]
    taken = {id(row) for row in chosen}
    skipped = [row for row in checked.rows if id(row) not in taken]
    with trainer.log.batch(), trainer.hub.batch():
        added = [trainer.learners.add(row.name, row.birth_year, row.group, row.ward or None) for row in chosen]
    return ImportResult(added, skipped)


def _columns(header: list) -> tuple[dict, list[str]]:
    """Which column holds what; refused without a name column."""
    found: dict[str, int] = {}
    ignored = []
    for index, cell in enumerate(header):
        text = nfc(cell) if type(cell) is str else ""
        key = _header_key(text)
        if key is not None and key not in found:
            found[key] = index
        elif text:
            ignored.append(text)
    if "name" not in found:
        raise InvalidInputError("import.no_name_column")
    return found, ignored


def _header_key(text: str) -> str | None:
    """"Họ và tên (name)" as this app saves it, "Họ tên", "NAME": the column's key."""
    folded = search_key(text)
    inside = folded[folded.find("(") + 1:folded.rfind(")")].strip() if "(" in folded and ")" in folded else ""
    bare = folded.split("(")[0].strip()
    for key, words in HEADERS.items():
        if folded in words or bare in words or inside in words:
            return key
    return None


def _cell(cells: list, index: int):
    return cells[index] if index < len(cells) else None


def _check(trainer, line: int, cells: dict) -> ImportRow:
    problems = []
    value = cells.get("name")
    name = _text(value)
    try:
        if value is not None and type(value) is not str:  # a number, a date: not a name
            raise InvalidInputError("import.name_not_text", value=name[:20])
        if not name:
            raise InvalidInputError("import.name_missing")
        name = clean_name(name)
    except InvalidInputError as exc:
        problems.append(exc)
    year, year_text = _year(cells.get("birth_year"), problems)
    group_text = _text(cells.get("group"))
    group = GROUP_WORDS.get(search_key(group_text), "") if group_text else "other"
    if not group:
        problems.append(InvalidInputError("import.group_unknown", group=group_text,
                                          groups=", ".join(GROUP_NAMES_VI.values())))
    ward = _text(cells.get("ward"))
    try:
        ward = clean_ward(ward) or trainer.learners.default_ward  # as it will be saved: this PC's ward
    except InvalidInputError as exc:
        problems.append(exc)
    same = tuple(trainer.learners.same_person(name, year)) if not problems else ()
    return ImportRow(line, name, year, year_text, group, group_text, ward, tuple(problems), same)


def _text(value) -> str:
    """A cell as text: strings as they are (NFC), whole numbers without ".0"; other types
    (a date, a true/false) are not text a name or a place is written in."""
    if value is None:
        return ""
    if type(value) is str:
        return nfc(value)
    if type(value) is int or (type(value) is float and value.is_integer()):
        return str(int(value))
    return nfc(str(value))


def _year(value, problems: list) -> tuple[int | None, str]:
    if type(value) is float and value.is_integer():
        value = int(value)
    text = str(value) if type(value) is int else _text(value) if type(value) is str or value is None else ""
    if value is not None and type(value) not in (int, str):
        problems.append(InvalidInputError("learner.birth_year_not_number", year=nfc(str(value))[:20]))
        return None, nfc(str(value))[:20]
    try:
        return clean_birth_year(text), text
    except InvalidInputError as exc:
        problems.append(exc)
        return None, text


def _replace(row: ImportRow, **changes) -> ImportRow:
    from dataclasses import replace

    return replace(row, **changes)
