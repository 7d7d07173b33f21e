"""Refresh the translation sources from the code, then compile them for the app.

    .venv/bin/python assets/translations/update.py

1. `pyside6-lupdate` reads every tr()/translate() string in digital_literacy_app/ui and
   updates dla_vi.ts and dla_en.ts: existing translations stay, new strings are marked
   unfinished, strings no longer in the code are dropped.
2. The interface is written in English, so dla_en.ts translates every string as itself.
3. `pyside6-lrelease` compiles both into the .qm files the app loads, and qt_vi.ts (Qt's own
   dialogs: file dialogs, standard buttons, message boxes, written by hand because Qt ships
   no qtbase_vi) into qt_vi.qm.

New Vietnamese strings are then translated in dla_vi.ts (Qt Linguist: `pyside6-linguist`,
or any text editor) and this script is run again. tests/ui/test_translations.py fails
while any translation is unfinished or empty.
"""

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TOOLS = Path(sys.executable).parent


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "digital_literacy_app" / "ui").rglob("*.py"))


def lupdate(lang: str) -> Path:
    target = HERE / f"dla_{lang}.ts"
    subprocess.run([str(TOOLS / "pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
                    "-source-language", "en", "-target-language", lang, "-ts", str(target)],
                   cwd=ROOT, check=True)
    return target


def english_as_itself(path: Path) -> None:
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        translation.text = message.find("source").text
        translation.attrib.pop("type", None)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def lrelease(path: Path) -> None:
    subprocess.run([str(TOOLS / "pyside6-lrelease"), str(path), "-qm", str(path.with_suffix(".qm"))],
                   check=True)


def main() -> None:
    vi, en = lupdate("vi"), lupdate("en")
    english_as_itself(en)
    for path in (vi, en, HERE / "qt_vi.ts"):
        lrelease(path)


if __name__ == "__main__":
    main()
