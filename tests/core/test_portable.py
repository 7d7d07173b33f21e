"""Portable mode and the bundle's folders: where data, lessons and assets are found.

A bundled program is imitated by setting sys.frozen, sys.executable and sys._MEIPASS as
PyInstaller does, so the same code paths run as in dist/dla.
"""

import shutil
import sys

import pytest
from platformdirs import user_data_dir

from digital_literacy_app.core import device, paths
from digital_literacy_app.core.device import load_or_create_identity
from digital_literacy_app.core.paths import APP_NAME, ENV_VAR, prepare_data_dir, resolve_data_dir
from digital_literacy_app.core.trainer import Trainer


@pytest.fixture
def bundle(tmp_path, monkeypatch):
    """A fake one-folder app: <tmp>/stick/dla/dla with _internal/ holding lessons and assets."""
    program_dir = tmp_path / "stick" / "dla"
    internal = program_dir / "_internal"
    (internal / "lessons").mkdir(parents=True)
    (internal / "assets").mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(internal), raising=False)
    monkeypatch.setattr(sys, "executable", str(program_dir / "dla"))
    monkeypatch.delenv(ENV_VAR, raising=False)
    return program_dir


def test_bundle_without_portable_txt_uses_the_per_user_folder(bundle):
    """No portable.txt: the data lives in this user's data folder, not beside the program."""
    assert resolve_data_dir() == resolve_data_dir(user_data_dir(APP_NAME, appauthor=False))
    assert paths.portable_data_dir() is None


def test_portable_txt_beside_the_program_keeps_data_beside_it(bundle):
    """With portable.txt next to the executable, the data folder is data/ beside it."""
    (bundle / "portable.txt").write_text("", encoding="utf-8")
    assert resolve_data_dir() == bundle.resolve() / "data"


def test_data_dir_option_and_environment_win_over_portable(bundle, tmp_path, monkeypatch):
    """--data-dir first, then DLA_DATA_DIR, both before portable.txt."""
    (bundle / "portable.txt").write_text("", encoding="utf-8")
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "from-env"))
    assert resolve_data_dir() == tmp_path / "from-env"
    assert resolve_data_dir(tmp_path / "explicit") == tmp_path / "explicit"


def test_source_checkout_is_portable_only_with_the_file(tmp_path, monkeypatch):
    """From source, the repository root is the program's folder; it needs portable.txt too."""
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.setattr(paths, "PACKAGE_DIR", tmp_path / "repo" / "digital_literacy_app")
    assert paths.portable_data_dir() is None
    (tmp_path / "repo").mkdir()
    (tmp_path / "repo" / "portable.txt").write_text("", encoding="utf-8")
    assert resolve_data_dir() == tmp_path / "repo" / "data"


def test_real_checkout_has_no_portable_txt():
    """The repository ships without portable.txt, so `make run` uses the per-user folder."""
    assert not (paths.PACKAGE_DIR.parent / "portable.txt").exists()


def test_bundle_finds_its_own_lessons_and_assets(bundle):
    """In a bundle, lessons and assets come from the bundle's folder (sys._MEIPASS)."""
    assert paths.bundled_lessons_dir() == bundle / "_internal" / "lessons"
    assert paths.assets_dir() == bundle / "_internal" / "assets"


def test_portable_stick_keeps_its_identity_on_another_drive_and_pc(bundle, tmp_path, monkeypatch):
    """A portable data folder moved to another path and machine keeps one device identity."""
    (bundle / "portable.txt").write_text("", encoding="utf-8")
    with Trainer.open() as trainer:
        first = trainer.device
        learner = trainer.learners.add("Trần Văn Ba", 1950, "elderly")
    moved = tmp_path / "other-drive" / "dla"
    shutil.copytree(bundle, moved)
    monkeypatch.setattr(device, "_machine_id", lambda: "another-ward-pc")
    with Trainer.open(moved / "data") as trainer:
        assert trainer.device.device_id == first.device_id
        assert trainer.device.public_key_hex == first.public_key_hex
        assert trainer.device.replaced_device_id is None
        assert trainer.learners.get(learner.id).name == "Trần Văn Ba"


def test_ordinary_data_folder_copied_elsewhere_still_gets_a_new_identity(tmp_path, monkeypatch):
    """Clone detection stays on for folders that are not portable: a copy is a new device."""
    original = tmp_path / "pc1" / "data"
    original.mkdir(parents=True)
    first = load_or_create_identity(original)
    copy = tmp_path / "pc2" / "data"
    shutil.copytree(original, copy)
    second = load_or_create_identity(copy)
    assert second.device_id != first.device_id
    assert second.replaced_device_id == first.device_id


def test_portable_data_copied_to_a_per_user_folder_gets_a_new_identity(bundle, tmp_path):
    """Leaving portable mode (data copied onto a PC) makes a new identity, as any copy does."""
    (bundle / "portable.txt").write_text("", encoding="utf-8")
    first = load_or_create_identity(prepare_data_dir(resolve_data_dir()))
    settled = tmp_path / "appdata" / "DigitalLiteracyTrainer"
    shutil.copytree(bundle / "data", settled)
    second = load_or_create_identity(settled)
    assert second.device_id != first.device_id
    assert second.replaced_device_id == first.device_id


def test_folder_becoming_portable_is_treated_as_a_copy(tmp_path):
    """A per-user folder turned into a stick's data/ later is a copy: it gets a new identity."""
    data = tmp_path / "stick" / "data"
    data.mkdir(parents=True)
    first = load_or_create_identity(data)
    (tmp_path / "stick" / "portable.txt").write_text("", encoding="utf-8")
    second = load_or_create_identity(data)
    assert second.device_id != first.device_id
    third = load_or_create_identity(data)
    assert third.device_id == second.device_id
