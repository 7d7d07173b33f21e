import unicodedata

from digital_literacy_app.core.text import nfc, search_key


def test_nfc_makes_telex_and_vni_input_the_same_name():
    """A name typed decomposed (VNI-style combining marks) equals the composed one."""
    composed = "Nguyễn Thị Hường"
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    assert nfc(decomposed) == composed
    assert nfc("  Nguyễn   Thị\tHường ") == composed


def test_fold_strips_case_and_diacritics_including_d_stroke():
    """Search keys ignore case and every Vietnamese diacritic, and đ becomes d."""
    assert search_key("Hường") == "huong"
    assert search_key("NGUYỄN") == "nguyen"
    assert search_key("Đặng Đức") == "dang duc"
    assert search_key(unicodedata.normalize("NFD", "Phạm Thị Mỹ")) == "pham thi my"
