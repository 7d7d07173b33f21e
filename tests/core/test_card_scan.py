"""Reading learner cards from webcam-like pictures made from the app's own printed sheet."""

import pytest
from PIL import Image

from digital_literacy_app.core.card_scan import (
    CardScan, learner_card_in, learner_id_in_qr, read_learner_card, read_qr_texts,
)
from digital_literacy_app.core.card_codes import qr_text
from digital_literacy_app.core.trainer import Trainer
from tests.card_pictures import PAYMENT_QR, camera_like, card_sheet_png, gray_bytes, one_card, qr_picture

NAMES = ["Nguyễn Thị Hoa", "Lê Văn Tám", "Bùi Thị Xuân"]
CERTIFICATE_QR = "DLC1:ABCDEFGH:2025-03-14:0123456789ABCDEF:A.SAFETY:Nguyễn Thị Hoa:Kim Mã:" + "A" * 103


@pytest.fixture(scope="module")
def sheet(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cards")
    with Trainer.open(folder / "data") as trainer:
        learners = [trainer.learners.add(name) for name in NAMES]
    return Image.open(card_sheet_png(folder, learners)), [learner.id for learner in learners]


def test_every_card_on_a_printed_sheet_reads_as_its_learner(sheet):
    """The whole page at 100 dpi: three QR codes, each the prefixed id of its learner."""
    picture, ids = sheet
    texts = read_qr_texts(*gray_bytes(picture))
    assert sorted(texts) == sorted(qr_text(learner_id) for learner_id in ids)
    assert read_learner_card(*gray_bytes(picture)) == CardScan(learner_card_in(texts).learner_id, False)


@pytest.mark.parametrize("index, angle, light, blur", [(0, 7, 0.6, 1.0), (1, -12, 0.45, 1.5), (2, 20, 0.4, 2.0)])
def test_a_tilted_dim_blurred_card_in_a_webcam_frame_gives_its_learner(sheet, index, angle, light, blur):
    """One card cut out, tilted, darker and softer in a 640x480 frame still opens its learner."""
    picture, ids = sheet
    frame = camera_like(one_card(picture, index), angle, light, blur)
    assert frame.size == (640, 480)
    assert read_learner_card(*gray_bytes(frame)) == CardScan(ids[index], False)


def test_padded_rows_are_read_with_their_stride(sheet):
    """Qt pads each picture row to 4 bytes: the stride given, the padding is not pixels."""
    picture, ids = sheet
    card = one_card(picture, 1).convert("L").resize((301, 215))
    pixels, width, height = gray_bytes(card)
    padded = b"".join(pixels[row * width:(row + 1) * width] + b"\x00\x00\x00" for row in range(height))
    assert read_learner_card(padded, width, height, width + 3) == CardScan(ids[1], False)


@pytest.mark.parametrize("text", [PAYMENT_QR, CERTIFICATE_QR, "ABCDEFGHJK", "DLAL:NOT-AN-ID"])
def test_other_qr_codes_are_noticed_but_open_nobody(text):
    """A payment QR, a certificate, ten bare letters or a broken card: no learner, "other QR"."""
    pixels, width, height = gray_bytes(qr_picture(text))
    assert read_qr_texts(pixels, width, height) == [text]
    assert read_learner_card(pixels, width, height) == CardScan(None, True)


def test_a_picture_without_a_qr_is_nothing_at_all(sheet):
    """A wall, or the back of the card: neither a learner nor an "other QR" message."""
    assert read_learner_card(*gray_bytes(Image.new("L", (640, 480), 120))) == CardScan(None, False)
    assert read_qr_texts(b"", 0, 0) == []


def test_a_learner_card_wins_over_another_qr_in_the_same_picture():
    """The card held next to a payment QR still opens the learner, and the other is noted."""
    assert learner_card_in([PAYMENT_QR, qr_text("abcdefghjk")]) == CardScan("abcdefghjk", True)
    assert learner_id_in_qr(" dlal:ABCDEFGHJK\n") == "abcdefghjk"
    assert learner_id_in_qr("abcdefghjk") is None
