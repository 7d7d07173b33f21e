"""The code printed under the QR in a form a person can type: no diacritics, groups of five,
a check that tells a typing slip from a changed certificate; the signed content unchanged."""

import re
from datetime import date

import pytest
from pypdf import PdfReader

from digital_literacy_app.cli import main
from digital_literacy_app.core.certificates import MISTYPED, VALID
from digital_literacy_app.core.certificates.code import (
    CertificateFacts, fit, from_typed, looks_typed, make_code, parse_code, typed_code,
)
from digital_literacy_app.core.trainer import Trainer
from tests.certificate_pack import COURSE_LESSONS, complete, write_pack

NAME = "Nguyễn Thị Thanh Hương"
_GROUP = re.compile(r"^[A-Z2-7]{1,5}$")


@pytest.fixture
def trainer(tmp_path):
    with Trainer.open(tmp_path / "data", lesson_dirs=[write_pack(tmp_path / "pack")]) as opened:
        opened.certificates.today = lambda: date(2025, 6, 1)
        yield opened


@pytest.fixture
def issued(trainer, tmp_path):
    learner = trainer.learners.add(NAME, 1952, "elderly", "Phường Ba Đình")
    complete(trainer, learner.id, COURSE_LESSONS)
    return trainer.certificates.issue(learner.id, "Trần Văn Tình", tmp_path / "c.pdf")


def printed_typed_code(pdf) -> list[str]:
    """The lines under "Or type this code" on the page, as pypdf reads them."""
    lines = [line.strip() for line in PdfReader(pdf).pages[0].extract_text().splitlines()]
    start = next(i for i, line in enumerate(lines) if "Or type this code" in line) + 1
    typed = []
    for line in lines[start:]:
        if not line or not all(_GROUP.match(group) for group in line.split()):
            break
        typed.append(line)
    return typed


def test_the_printed_typed_code_typed_back_in_lower_case_verifies(trainer, issued):
    """pypdf reads the groups under the QR; typed back in lower case, one line at a time with
    spaces and dashes, with 0 for O and 1 for I, they verify as the QR does."""
    lines = printed_typed_code(issued.path)
    letters = "".join("".join(lines).split())
    assert len(lines) >= 5 and all(len(g) == 5 for g in " ".join(lines).split()[:-1])
    assert letters.isascii() and letters == typed_code(issued.code).replace(" ", "")
    typed = "\n".join("-".join(line.lower().split()) for line in lines)
    typed = typed.replace("o", "0").replace("i", "1")
    verdict = trainer.certificates.verify_code(typed)
    assert verdict.status == VALID and verdict.facts.name == NAME
    assert verdict.facts == trainer.certificates.verify_code(issued.code).facts


def test_a_one_character_typo_is_told_as_a_typing_mistake_not_a_forgery(trainer, issued):
    letters = typed_code(issued.code).replace(" ", "")
    for position in (0, len(letters) // 2, len(letters) - 1):
        wrong = "A" if letters[position] != "A" else "B"
        verdict = trainer.certificates.verify_code(letters[:position] + wrong + letters[position + 1:])
        assert verdict.status == MISTYPED and verdict.facts is None
    for slip in (letters[:-1], letters[:40] + letters[41:], letters + "A", letters[:40] + "9" + letters[41:]):
        assert trainer.certificates.verify_code(slip).status == MISTYPED
    assert "so lại từng nhóm" in trainer.certificates.verify_code(letters[1:]).message("vi")
    assert "group by group" in trainer.certificates.verify_code(letters[1:]).message("en")


def test_the_signed_content_is_unchanged_and_a_changed_certificate_still_fails():
    """The typed form carries the very bytes that were signed: back from it comes the DLC1
    code exactly, and a forger who recomputes the check still meets the signature."""
    from nacl.exceptions import BadSignatureError
    from nacl.signing import SigningKey

    key = SigningKey(bytes(range(32)))
    facts = fit(CertificateFacts("M7CQYSB7", "2025-06-01", "abe201e0148e2179", "course:ky-nang-so-co-ban",
                                 NAME, "Phường Ba Đình"))
    code = make_code(facts, lambda message: key.sign(message).signature)
    typed = typed_code(code)
    assert from_typed(typed) == code and parse_code(typed).message == parse_code(code).message
    assert looks_typed(typed) and not looks_typed(code) and not looks_typed("FE5R DMP2")
    forged_code = code.replace("Hương", "Hưng")
    forged = typed_code(forged_code)  # its own check letters, recomputed by the forger
    changed = parse_code(forged)
    assert changed.facts.name == "Nguyễn Thị Thanh Hưng"
    with pytest.raises(BadSignatureError):
        key.verify_key.verify(changed.message, changed.signature)


def test_the_command_line_accepts_the_typed_form_and_refuses_a_slip(trainer, issued, tmp_path, capsys):
    typed = typed_code(issued.code).lower()
    trainer.close()
    data_dir = str(tmp_path / "data")
    assert main(["--lang", "en", "certificate", "verify", "--code", typed, "--data-dir", data_dir]) == 0
    assert NAME in capsys.readouterr().out
    wrong = typed[:7] + ("b" if typed[7] != "b" else "c") + typed[8:]
    assert main(["--lang", "en", "certificate", "verify", "--code", wrong, "--data-dir", data_dir]) == 1
    assert "typed code has a mistake" in capsys.readouterr().err


def test_the_number_check_takes_the_typed_code_too(trainer, issued, tmp_path, capsys):
    """Typed where the number goes (the code under the QR instead of the number printed
    large), it is checked as a code, not refused as a bad number."""
    typed = typed_code(issued.code).lower()
    [verdict] = trainer.certificates.verify_number(typed)
    assert verdict.status == VALID and verdict.facts.certificate_id == issued.facts.certificate_id
    [slip] = trainer.certificates.verify_number(typed[1:])
    assert slip.status == MISTYPED
    trainer.close()
    data_dir = str(tmp_path / "data")
    assert main(["--lang", "en", "certificate", "verify", "--number", typed, "--data-dir", data_dir]) == 0
    assert NAME in capsys.readouterr().out
