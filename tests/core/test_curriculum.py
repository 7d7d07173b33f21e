"""The bundled curriculum as issue 4 promises it: enough lessons per area, well-built lessons,
English for every text, clean pictures, and practice VietQR codes that can never pay anyone.

These read the real `lessons/` folder, so they fail the moment a lesson regresses. The
VietQR checks are written out here, apart from the validator, so a bug in one is caught by
the other.
"""

import dataclasses
import re
import xml.etree.ElementTree as ET

import pytest

from digital_literacy_app.core.handout import right_path
from digital_literacy_app.core.lessons import load_catalogue
from digital_literacy_app.core.lessons.model import PracticeStep, QuizStep, Text
from digital_literacy_app.core.paths import bundled_lessons_dir

LESSONS = bundled_lessons_dir()
AREA_MINIMUMS = {"e-services": 4, "cashless": 4, "apps": 3, "safety": 4, "basics": 1}
# Thông tư 02/2025/TT-BGDĐT: 6 areas, 24 competences (facts.md, section F).
COMPETENCES = {f"{area}.{n}" for area, count in ((1, 3), (2, 6), (3, 4), (4, 4), (5, 4), (6, 3))
               for n in range(1, count + 1)}
PUBLISHED_EXAMPLE = ("00020101021238570010A00000072701270006970403011300110123456780208QRIBFTTA5303704"
                     "54061800005802VN62230819thanh toan don hang63045FAB")


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue([LESSONS])


@pytest.fixture(scope="module")
def lessons(catalogue):
    return catalogue.lessons


# --- VietQR, written out from facts.md section H -------------------------------------------------
def crc16_ccitt_false(data: bytes) -> int:
    """Polynomial 0x1021, start 0xFFFF, no reflection, no final xor."""
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc


def tlv(text: str) -> list[tuple[str, str]]:
    """EMVCo fields: two-digit id, two-digit length, value; the whole string must be used."""
    fields, pos = [], 0
    while pos < len(text):
        assert re.fullmatch(r"\d{4}", text[pos:pos + 4]), f"bad field header at {pos} in {text!r}"
        size = int(text[pos + 2:pos + 4])
        value = text[pos + 4:pos + 4 + size]
        assert len(value) == size, f"field {text[pos:pos + 2]} runs past the end of {text!r}"
        fields.append((text[pos:pos + 2], value))
        pos += 4 + size
    return fields


def vietqr_problems(payload: str) -> list[str]:
    """Every rule of a practice VietQR code this payload breaks (empty when it is fine)."""
    problems = []
    fields = tlv(payload)
    tags = [tag for tag, _ in fields]
    values = dict(fields)
    if len(tags) != len(set(tags)):
        problems.append("a field appears twice")
    if fields[0] != ("00", "01"):
        problems.append("field 00 must come first and be 01")
    if values.get("01") not in ("11", "12"):
        problems.append("field 01 must be 11 (static) or 12 (dynamic)")
    if values.get("53") != "704" or values.get("58") != "VN":
        problems.append("currency 704 and country VN are required")
    if "54" in values and not values["54"].isdigit():
        problems.append("the amount holds digits only")
    if {"52", "59", "60"} & set(tags):
        problems.append("a person-to-person code leaves out fields 52, 59 and 60")
    if "62" in values:
        extra = dict(tlv(values["62"]))
        if not extra.get("08", "").isascii():
            problems.append("the transfer message is plain ASCII")
    account = dict(tlv(values.get("38", "")))
    beneficiary = dict(tlv(account.get("01", "")))
    if account.get("00") != "A000000727":
        problems.append("field 38 must name NAPAS (A000000727)")
    if beneficiary.get("00") != "999999":
        problems.append(f"bank BIN must be 999999, which belongs to no bank, not {beneficiary.get('00')!r}")
    if not 1 <= len(beneficiary.get("01", "")) <= 19:
        problems.append("the account number has 1 to 19 characters")
    if account.get("02") not in ("QRIBFTTA", "QRIBFTTC"):
        problems.append("service code QRIBFTTA or QRIBFTTC")
    if tags[-1] != "63" or not payload[-8:-4] == "6304":
        problems.append("field 63 (CRC, 4 characters) must come last")
    expected = format(crc16_ccitt_false(payload[:-4].encode("ascii")), "04X")
    if payload[-4:] != expected:
        problems.append(f"CRC is {payload[-4:]}, should be {expected} (upper-case hex)")
    return problems


def practice_payloads(lesson) -> list[str]:
    return [element.payload for step in lesson.steps if isinstance(step, PracticeStep)
            for screen in step.screens.values() for element in screen.elements
            if element.type == "qr" and element.payload.startswith("000201")]


def test_the_vietqr_check_itself_passes_a_published_code_and_catches_each_fault():
    """Known answer: facts.md's published example has CRC 5FAB. A real bank's BIN, a changed
    character and a wrong CRC are each caught."""
    assert format(crc16_ccitt_false(PUBLISHED_EXAMPLE[:-4].encode()), "04X") == "5FAB"
    assert vietqr_problems(PUBLISHED_EXAMPLE) == [
        "bank BIN must be 999999, which belongs to no bank, not '970403'"]
    practice = PUBLISHED_EXAMPLE.replace("970403", "999999")[:-4]
    practice += format(crc16_ccitt_false(practice.encode()), "04X")
    assert vietqr_problems(practice) == []
    tampered = practice.replace("5406180000", "5406190000")
    assert tampered != practice
    assert any("CRC" in p for p in vietqr_problems(tampered))
    assert any("CRC" in p for p in vietqr_problems(practice[:-4] + practice[-4:].lower()))


def test_every_practice_vietqr_code_is_well_formed_has_a_correct_crc_and_pays_no_one(lessons):
    """Each VietQR payload on a practice screen: EMVCo TLV, NAPAS account with BIN 999999,
    CRC-16/CCITT-FALSE right, and written out in its lesson file for a reviewer to check."""
    checked = 0
    for lesson in lessons:
        source = (lesson.folder / "lesson.yaml").read_text(encoding="utf-8")
        for payload in practice_payloads(lesson):
            assert vietqr_problems(payload) == [], f"{lesson.id}: {payload}"
            assert payload in source, f"{lesson.id}: the payload is not written out in lesson.yaml"
            checked += 1
    assert checked >= 3, "the VietQR lesson has practice codes to check"


def test_no_vietqr_payload_hides_anywhere_else_in_a_lesson_file(lessons):
    """Anything in a lesson file that looks like a VietQR code is one of the checked practice
    codes (none in a text, a caption or a comment), and no other QR names NAPAS."""
    for lesson in lessons:
        source = (lesson.folder / "lesson.yaml").read_text(encoding="utf-8")
        rest = source
        for payload in practice_payloads(lesson):
            rest = rest.replace(payload, "")
        assert "000201" not in rest and "A000000727" not in rest, lesson.id
        others = [e.payload for s in lesson.steps if isinstance(s, PracticeStep) for sc in s.screens.values()
                  for e in sc.elements if e.type == "qr" and not e.payload.startswith("000201")]
        assert not any("A000000727" in p for p in others), lesson.id


# --- the shape of the curriculum ----------------------------------------------------------------
def test_the_bundled_lessons_validate_without_errors_or_warnings(catalogue):
    """`dla lessons validate` would pass: no lesson is skipped, nothing is left to fix."""
    assert [str(p) for p in catalogue.problems] == []
    assert len(catalogue.lessons) == len(list(LESSONS.glob("*/lesson.yaml")))


def test_enough_lessons_in_every_area(catalogue):
    """At least 16 lessons: e-services ≥4, cashless ≥4, apps ≥3, safety ≥4, basics ≥1."""
    assert len(catalogue.lessons) >= 16
    counts = {area: len(items) for area, items in catalogue.by_area().items()}
    for area, minimum in AREA_MINIMUMS.items():
        assert counts.get(area, 0) >= minimum, f"{area}: {counts.get(area, 0)} lessons, needs {minimum}"


def test_every_lesson_has_5_to_12_steps_a_practice_and_two_quizzes(lessons):
    """The teaching shape: short, hands-on, checked by questions with explanations."""
    for lesson in lessons:
        kinds = [step.kind for step in lesson.steps]
        assert 5 <= len(kinds) <= 12, f"{lesson.id}: {len(kinds)} steps"
        assert kinds.count("practice") >= 1, lesson.id
        assert kinds.count("quiz") >= 2, lesson.id
        for step in lesson.steps:
            if isinstance(step, QuizStep):
                assert step.explanation.vi.strip(), f"{lesson.id}/{step.id}: a quiz explains its answer"
                assert 3 <= len(step.choices) <= 4 and any(c.correct for c in step.choices)
            if isinstance(step, PracticeStep):
                assert right_path(step), f"{lesson.id}/{step.id} can be finished"


def test_at_least_three_lessons_drill_refusing_and_each_drill_has_a_dangerous_choice(lessons):
    """A scam drill's right answer is refusing; it also offers the tempting wrong choice,
    which carries a warning, and the way out is not itself a warned choice."""
    drills = [(lesson, step) for lesson in lessons for step in lesson.steps
              if isinstance(step, PracticeStep) and step.refuse]
    assert len({lesson.id for lesson, _ in drills}) >= 3
    for lesson, step in drills:
        tappables = [e for screen in step.screens.values() for e in screen.tappables()]
        assert any(e.warning is not None and e.goto is None for e in tappables), f"{lesson.id}/{step.id}"
        assert all(element.warning is None for _, element in right_path(step)), f"{lesson.id}/{step.id}"


def test_every_lesson_names_its_sources_the_app_version_it_was_checked_against_and_its_competences(lessons):
    """Every fact traceable: sources listed; checked_against has app, version and date;
    competence tags from Thông tư 02/2025; a duration."""
    for lesson in lessons:
        assert lesson.sources and all(s.strip() for s in lesson.sources), lesson.id
        for key in ("app", "version", "date"):
            assert str(lesson.checked_against.get(key, "")).strip(), f"{lesson.id}: checked_against.{key}"
        assert lesson.competences and set(lesson.competences) <= COMPETENCES, lesson.id
        assert 1 <= lesson.minutes <= 120, lesson.id


def texts_in(node, where: str = ""):
    """Every Text inside a lesson model, with where it sits, found by walking the dataclasses."""
    if isinstance(node, Text):
        yield where, node
    elif dataclasses.is_dataclass(node):
        for field in dataclasses.fields(node):
            yield from texts_in(getattr(node, field.name), f"{where}.{field.name}")
    elif isinstance(node, (list, tuple)):
        for index, item in enumerate(node):
            yield from texts_in(item, f"{where}[{index}]")
    elif isinstance(node, dict):
        for key, item in node.items():
            yield from texts_in(item, f"{where}[{key}]")


def test_every_text_has_an_english_version(lessons):
    """Titles, step texts, labels, hints, warnings, answers: each has its English twin."""
    for lesson in lessons:
        texts = list(texts_in(lesson, lesson.id))
        assert len(texts) > 20, f"{lesson.id}: the walk found its texts"
        missing = [where for where, text in texts if text.vi.strip() and not text.en.strip()]
        assert missing == [], missing


SVG = "{http://www.w3.org/2000/svg}"


def test_every_picture_is_a_self_contained_svg_without_text(lessons):
    """Pictures are the project's own SVG drawings: no words to translate (<text>), no
    <style>, no embedded or linked image, no reference outside the file."""
    for lesson in lessons:
        referenced = [lesson.icon] if lesson.icon else []
        referenced += [step.image for step in lesson.steps if getattr(step, "image", None)]
        referenced += [e.image for step in lesson.steps if isinstance(step, PracticeStep)
                       for screen in step.screens.values() for e in screen.elements if e.image]
        assert all(path.suffix == ".svg" for path in referenced), lesson.id
        for path in sorted(set(referenced) | set(lesson.folder.glob("*.svg"))):
            where = f"{lesson.id}/{path.name}"
            root = ET.parse(path).getroot()
            assert root.tag == f"{SVG}svg" and root.get("viewBox"), where
            tags = {element.tag.removeprefix(SVG) for element in root.iter()}
            assert not tags & {"text", "tspan", "style", "image", "foreignObject", "script", "use"}, where
            for element in root.iter():
                for name, value in element.attrib.items():
                    if name.endswith("href"):
                        assert value.startswith("#"), f"{where}: {name}={value}"
                    assert "url(" not in value or value.strip().startswith("url(#"), f"{where}: {value}"
                    assert not name.startswith("on"), f"{where}: {name}"
            raw = path.read_text(encoding="utf-8")
            assert "http://" not in raw.replace("http://www.w3.org/", "") and "https://" not in raw, where


def test_every_next_lesson_exists_and_is_another_lesson(catalogue):
    """"What to practise next" never points at a missing lesson or back at itself."""
    ids = {lesson.id for lesson in catalogue.lessons}
    for lesson in catalogue.lessons:
        assert set(lesson.next) <= ids, f"{lesson.id}: {set(lesson.next) - ids}"
        assert lesson.id not in lesson.next
        assert lesson.folder.name == lesson.id, "a lesson's folder is named by its id, so sharing is simple"
