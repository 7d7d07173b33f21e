"""`dla --self-check` and the webcam: camera support must load, no webcam is only a note,
and the bundled decoder must read a learner card's QR drawn by the app's own code."""

import re

import pytest

from digital_literacy_app import self_check
from tests.certificate_pack import write_pack


def lines_of(text: str) -> dict[str, str]:
    return {m[2]: f"{m[1]} {m[3]}" for m in re.finditer(r"^(ok|note|FAIL) +([^:]+): (.*)$", text, re.MULTILINE)}


@pytest.fixture
def run(qapp, tmp_path, capsys, monkeypatch):
    """Run the whole self-check on a small pack; return the exit code, the lines and stderr."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "share"))
    monkeypatch.delenv("DLA_DATA_DIR", raising=False)
    pack = write_pack(tmp_path / "lessons")

    def go():
        code = self_check.run(lesson_dirs=[pack])
        captured = capsys.readouterr()
        return code, lines_of(captured.out), captured.err
    return go


class _Multimedia:
    """Qt Multimedia as a PC with its backend and no webcam has it: the same verdict on every
    test machine, with or without PulseAudio."""

    class QMediaFormat:
        class ConversionMode:
            Decode = 0

        def supportedFileFormats(self, mode):
            return [1]

    class QMediaDevices:
        @staticmethod
        def videoInputs():
            return []


def test_the_decoder_reads_a_learner_card_and_no_webcam_is_only_a_note(run, monkeypatch):
    """On a PC without a webcam the check passes: the card QR is read back, the camera line
    is a note naming the backend that loaded."""
    monkeypatch.setattr(self_check, "_load_multimedia", lambda: _Multimedia)
    monkeypatch.setattr(self_check, "_plugin_files", lambda kind: ["ffmpegmediaplugin"])
    code, found, _ = run()
    assert code == 0
    assert found["card scan"].startswith("ok learner card QR (version 1) read back by zxingcpp")
    assert found["camera"].startswith("note no webcam found (backend ffmpegmediaplugin loaded)")


def test_the_real_camera_check_never_fails_a_pc_without_a_webcam(run):
    """Whatever this machine has (a webcam, none, or no PulseAudio for Qt Multimedia), the
    check passes and says which."""
    code, found, _ = run()
    assert code == 0
    assert found["camera"].startswith(("ok ", "note no webcam found", "note none: camera support cannot load"))


def test_a_decoder_that_reads_nothing_fails_the_card_scan(run, monkeypatch):
    """A decoder that finds no QR (a broken build of zxing-cpp) is a failure, named."""
    import zxingcpp

    monkeypatch.setattr(zxingcpp, "read_barcodes", lambda *args, **kwargs: [])
    code, found, err = run()
    assert code == 1
    assert found["card scan"].startswith("FAIL a learner card's QR was read as []")
    assert "self-check failed: card scan." in err


def test_missing_multimedia_module_or_backend_fails_the_camera_check(run, monkeypatch):
    """A bundle without Qt Multimedia, or without its backend plugin, cannot run the webcam."""
    def missing():
        raise ModuleNotFoundError("No module named 'PySide6.QtMultimedia'")

    monkeypatch.setattr(self_check, "_load_multimedia", missing)
    code, found, _ = run()
    assert code == 1 and found["camera"].startswith("FAIL the QtMultimedia module is missing")
    monkeypatch.setattr(self_check, "_load_multimedia", lambda: _Multimedia)
    monkeypatch.setattr(self_check, "_plugin_files", lambda kind: [])
    code, found, _ = run()
    assert code == 1 and found["camera"] == "FAIL no Qt multimedia backend plugin: the webcam cannot work"


def test_a_system_library_missing_for_the_camera_is_only_a_note(run, monkeypatch):
    """Like the voice: a PC that cannot load camera support still works (typing the code)."""
    def no_library():
        raise ImportError("libpulse.so.0: cannot open shared object file")

    monkeypatch.setattr(self_check, "_load_multimedia", no_library)
    code, found, _ = run()
    assert code == 0
    assert found["camera"].startswith("note none: camera support cannot load") and "libpulse" in found["camera"]
