"""The packaging files that cannot run here: the Inno Setup script, and the bundle recipe.

Inno Setup runs only on Windows, so these tests read packaging/windows/dla.iss and check
what an installer built from it must do. The bundle itself is built and self-checked by
CI (`make bundle`, then `dist/dla/dla --self-check`).
"""

import ast
import re
import tomllib
import unicodedata
from pathlib import Path

import pytest

from digital_literacy_app.core.paths import APP_NAME

REPO = Path(__file__).resolve().parents[2]
ISS = REPO / "packaging" / "windows" / "dla.iss"
SPEC = REPO / "packaging" / "dla.spec"


@pytest.fixture(scope="module")
def iss() -> str:
    return ISS.read_text(encoding="utf-8-sig")


def section(text: str, name: str) -> str:
    """The lines of one [Section] of the script, up to the next section."""
    match = re.search(rf"^\[{name}\]\s*$(.*?)(?=^\[[A-Za-z]+\]\s*$|\Z)", text, re.M | re.S)
    assert match, f"no [{name}] section"
    return match.group(1)


def test_script_is_utf8_with_bom_so_iscc_reads_vietnamese(iss):
    """ISCC reads a script as UTF-8 only with a byte-order mark; the Vietnamese texts need it."""
    assert ISS.read_bytes().startswith(b"\xef\xbb\xbf")
    assert unicodedata.is_normalized("NFC", iss)


def test_installs_the_whole_one_folder_app(iss):
    """The files come from dist\\dla\\* (the make bundle output), recursively, minus test data."""
    assert '#define DistDir AddBackslash(SourcePath) + "..\\..\\dist\\dla"' in iss
    files = section(iss, "Files")
    assert 'Source: "{#DistDir}\\*"; DestDir: "{app}"' in files
    assert "recursesubdirs" in files and "createallsubdirs" in files
    assert '\\portable.txt' in files and '\\data\\*' in files  # never ship a portable test's data


def test_vietnamese_is_the_first_installer_language(iss):
    """Vietnamese (Vietnamese.isl, unofficial) comes first; English is offered too."""
    languages = [line for line in section(iss, "Languages").splitlines() if line.startswith("Name:")]
    assert languages[0].startswith('Name: "vi"') and "Vietnamese.isl" in languages[0]
    assert any(line.startswith('Name: "en"') for line in languages)
    assert "compiler:Languages\\Vietnamese.isl" in iss


def test_per_machine_install_with_a_desktop_shortcut(iss):
    """Administrator install under Program Files, and a desktop shortcut to dla.exe."""
    setup = section(iss, "Setup")
    assert re.search(r"^PrivilegesRequired=admin$", setup, re.M)
    assert re.search(r"^DefaultDirName=\{autopf\}\\", setup, re.M)
    icons = section(iss, "Icons")
    assert re.search(r'^Name: "\{autodesktop\}\\\{#AppName\}"; Filename: "\{app\}\\\{#AppExeName\}"; '
                     r"Tasks: desktopicon$", icons, re.M)
    assert 'Name: "desktopicon"' in section(iss, "Tasks")


def test_version_comes_from_one_place(iss):
    """No version is written in the script: it is read from dla.exe, which the spec stamps
    with digital_literacy_app.__version__, the same attribute pyproject.toml reads."""
    assert 'GetStringFileInfo(DistDir + "\\" + AppExeName, "ProductVersion")' in iss
    assert not re.search(r"AppVersion=\d", iss)
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" in project["project"]["dynamic"] and "version" not in project["project"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "digital_literacy_app.__version__"}
    assert "StringStruct('ProductVersion', '{__version__}')" in SPEC.read_text(encoding="utf-8")


def test_uninstall_keeps_learner_data_unless_the_box_is_ticked(iss):
    """The data folder is deleted only after the person ticks an unticked box; never silently."""
    code = section(iss, "Code")
    assert "DeleteBox.Checked := False;" in code
    assert "DeleteIt := Result and DeleteBox.Checked;" in code
    assert "if (not UninstallSilent) and DirExists(LearnerDataDir()) then" in code
    deletions = [line for line in code.splitlines() if "DelTree(" in line]
    assert len(deletions) == 1
    guard = code[:code.index(deletions[0])].rsplit("if ", 1)[1]
    assert "DeleteLearnerData" in guard and "usPostUninstall" in guard
    for lang in ("vi", "en"):
        for key in ("DataFormTitle", "DataFormText", "DataFormDelete", "DataDeleteFailed"):
            assert re.search(rf"^{lang}\.{key}=\S", section(iss, "CustomMessages"), re.M), (lang, key)


def test_data_folder_is_where_the_app_keeps_it_on_windows(iss, monkeypatch):
    """{localappdata}\\DigitalLiteracyTrainer is platformdirs' user data folder for the app."""
    from platformdirs import windows

    monkeypatch.setattr(windows, "get_win_folder", lambda csidl: f"C:\\{csidl}")
    expected = windows.Windows(APP_NAME, appauthor=False).user_data_dir
    assert expected.replace("/", "\\") == "C:\\CSIDL_LOCAL_APPDATA\\" + APP_NAME
    assert f'#define DataFolderName "{APP_NAME}"' in iss
    assert "ExpandConstant('{localappdata}\\{#DataFolderName}')" in iss


def test_code_section_blocks_are_balanced(iss):
    """A cheap syntax guard for the Pascal code: every begin and try has its end."""
    code = re.sub(r"\{[^#][^}]*\}|'[^']*'", "", section(iss, "Code"))  # drop comments and strings
    opened = len(re.findall(r"\b(begin|try)\b", code, re.I))
    assert opened == len(re.findall(r"\bend\b", code, re.I))
    assert "#if Ver >= EncodeVer(6, 6, 0)" in code and "#endif" in code


def _spec_excludes() -> list[str]:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "EXCLUDES":
            return ast.literal_eval(node.value)
    raise AssertionError("no EXCLUDES in packaging/dla.spec")


def _imported_modules() -> set[str]:
    names = set()
    for path in (REPO / "digital_literacy_app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


# Imported only for `--database postgresql://...` (core/store/postgres.py), which runs from a
# Python install at the city: left out of the ward PCs' bundle on purpose.
CITY_STORE_ONLY = {"psycopg"}


def test_bundle_leaves_out_no_module_the_app_imports():
    """Every module packaging/dla.spec excludes is one the app never imports, so the
    bundle cannot miss a Qt module that a new screen starts to use."""
    excluded = _spec_excludes()
    used = _imported_modules() - CITY_STORE_ONLY
    clashes = sorted(name for name in used for ex in excluded if name == ex or name.startswith(ex + "."))
    assert not clashes, f"packaging/dla.spec excludes modules the app imports: {clashes}"
    assert "PySide6.QtTextToSpeech" in used and "PySide6.QtTextToSpeech" not in excluded
