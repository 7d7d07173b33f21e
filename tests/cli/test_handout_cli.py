"""`dla lessons handout` as a volunteer types it: real processes, real files."""

from pypdf import PdfReader

from tests.cli.test_cli import dla


def test_handout_writes_a_pdf_in_vietnamese_and_in_english(tmp_path):
    """Exit 0, one line saying where it went; the PDF's first page carries the lesson title
    in the chosen language, and nothing but the PDF is left in the folder."""
    vi = dla("lessons", "handout", "vietqr-pay", "--out", str(tmp_path / "vi.pdf"), "--data-dir", str(tmp_path))
    assert vi.returncode == 0, vi.stderr
    assert "vi.pdf" in vi.stdout
    assert "Trả tiền bằng mã VietQR" in PdfReader(tmp_path / "vi.pdf").pages[0].extract_text()
    en = dla("lessons", "handout", "vietqr-pay", "--lang", "en", "--out", str(tmp_path / "en.pdf"))
    assert en.returncode == 0, en.stderr
    assert "Paying with a VietQR code" in PdfReader(tmp_path / "en.pdf").pages[0].extract_text()
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == ["en.pdf", "vi.pdf"]
    assert not list(tmp_path.glob(".*.pdf*"))  # no temporary file left beside them


def test_an_unknown_lesson_is_refused_with_the_close_ids_and_no_file(tmp_path):
    """Exit 1, one plain sentence naming the lessons meant, no traceback, no file written."""
    result = dla("lessons", "handout", "vietqr", "--out", str(tmp_path / "h.pdf"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip() == "dla: There is no lesson 'vietqr'. Did you mean: vietqr-pay?"
    assert list(tmp_path.iterdir()) == []


def test_wrong_usage_is_exit_2(tmp_path):
    """A language the handout does not have, or no --out, is wrong usage."""
    assert dla("lessons", "handout", "vietqr-pay", "--lang", "fr", "--out", str(tmp_path / "h.pdf")).returncode == 2
    assert dla("lessons", "handout", "vietqr-pay").returncode == 2
