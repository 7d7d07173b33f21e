import unicodedata

from digital_literacy_app.core.text import fold, nfc


def test_nfc_makes_telex_and_vni_input_the_same_name():
    """A name typed decomposed (VNI-style combining marks) equals the composed one."""
    composed = "Nguyễn Thị Hường"
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    assert nfc(decomposed) == composed
    assert nfc("  Nguyễn   Thị\tHường ") == composed


def test_fold_strips_case_and_diacritics_including_d_stroke():
    """Search keys ignore case and every Vietnamese diacritic, and đ becomes d."""
    assert fold("Hường") == "huong"
    assert fold("NGUYỄN") == "nguyen"
    assert fold("Đặng Đức") == "dang duc"
    assert fold(unicodedata.normalize("NFD", "Phạm Thị Mỹ")) == "pham thi my"
