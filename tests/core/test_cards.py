"""Learner cards: eight to an A4 sheet, each QR read back by a real decoder to its learner."""


import pytest
import zxingcpp
from pypdf import PdfReader

from digital_literacy_app.core.card_codes import learner_code, parse_learner_code, qr_text
from digital_literacy_app.core.cards import write_card_sheet
from digital_literacy_app.core.trainer import Trainer
from tests.pdf_pages import render_page

NAMES = ["Nguyễn Thị Thanh Hương", "Lê Văn Tám", "Phạm Thị Ngọc Ánh Dương Hồng Nhung Bảo Châu", "Trần Quốc Toản",
         "Đỗ Thị Mười", "Hoàng Văn Bảy", "Bùi Thị Xuân", "Võ Văn Kiệt", "Ngô Thị Chín"]


def test_sheet_of_eight_cards_with_names_codes_and_readable_qr_codes(tmp_path):
    """Nine learners make two pages; page one names eight, and its eight QR codes give their ids."""
    with Trainer.open(tmp_path / "data") as trainer:
        learners = [trainer.learners.add(name, ward="Phường Ba Đình") for name in NAMES]
    out = write_card_sheet(tmp_path / "cards.pdf", learners)
    pages = PdfReader(out).pages
    assert len(pages) == 2
    first = " ".join(pages[0].extract_text().split())  # a long name may wrap onto two lines
    for learner in learners[:8]:
        assert learner_code(learner.id) in first
    for name in ("Nguyễn Thị Thanh Hương", "Lê Văn Tám", "Võ Văn Kiệt"):
        assert name in first
    assert "Ngô Thị Chín" in pages[1].extract_text()
    codes = {parse_learner_code(found.text) for found in zxingcpp.read_barcodes(render_page(out, 200))}
    assert codes == {learner.id for learner in learners[:8]}


def test_typed_codes_are_forgiving_and_strict_about_the_alphabet():
    """Any case, spaces or dashes; the QR prefix; but no letters outside the id alphabet."""
    learner_id = "abcdefghjk"
    for typed in ("ABCDE FGHJK", "abcde-fghjk", " AbCdEfGhJk ", qr_text(learner_id)):
        assert parse_learner_code(typed) == learner_id
    for bad in ("", "ABCDE FGHJ", "ABCDE FGHJKL", "ABCDE FGHJ0", "ILOIL ILOIL"):
        assert parse_learner_code(bad) is None


def test_a_failed_card_write_leaves_nothing(tmp_path, monkeypatch):
    """A crash while drawing leaves neither the sheet nor a temporary file."""
    from digital_literacy_app.core import cards

    with Trainer.open(tmp_path / "data") as trainer:
        learner = trainer.learners.add("Lỗi Giữa Chừng")

    def broken(canvas, learners):
        raise RuntimeError("printer driver crashed")

    monkeypatch.setattr(cards, "_sheet", broken)
    (tmp_path / "out").mkdir()
    with pytest.raises(RuntimeError):
        write_card_sheet(tmp_path / "out" / "cards.pdf", [learner])
    assert list((tmp_path / "out").iterdir()) == []
