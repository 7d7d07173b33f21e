"""The guides' pictures: every picture a guide or the README shows is in the repository, and
the screens issue 17 changed are shown in the Vietnamese and the English part of the guide."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
PICTURE = re.compile(r"!\[[^\]]*\]\(((?:docs/)?images/[^)\s]+)\)")
GUIDES = ("volunteer-guide.md", "coordinator-guide.md")


def shown(text: str) -> list[str]:
    return [match.removeprefix("docs/") for match in PICTURE.findall(text)]


def test_every_picture_the_guides_show_exists():
    texts = {name: (DOCS / name).read_text(encoding="utf-8") for name in GUIDES}
    texts["README.md"] = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [(name, path) for name, text in texts.items() for path in shown(text) if not (DOCS / path).is_file()]
    assert missing == []


def test_the_guides_show_the_screens_of_issue_17_in_both_languages():
    """The new screens are in the Vietnamese part and in the English part of the guide."""
    text = (DOCS / "volunteer-guide.md").read_text(encoding="utf-8")
    vietnamese, english = text.split("\n# ", 1)
    for picture in ("images/volunteer-duplicates.png", "images/volunteer-certificates-owed.png",
                    "images/volunteer-learners.png", "images/volunteer-import.png"):
        assert picture in shown(vietnamese) and picture in shown(english), picture

