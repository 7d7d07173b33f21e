"""Every volunteer and coordinator tool goes back the way the guides say (issue 17, item 8):
"‹ Công cụ tình nguyện viên" at the top left of each tool ("‹ Volunteer tools" in
English), the words the volunteer and coordinator guides promise, in both languages.

The reports screen has its own check of the same words (test_reports_chart.py)."""

from pathlib import Path

import pytest

from digital_literacy_app.ui.volunteer import registry
from digital_literacy_app.ui.volunteer.home_screen import VolunteerHome

from .conftest import click

DOCS = Path(__file__).resolve().parents[2] / "docs"
PROMISE = {  # language: (the button's words, the guides' sentences that promise them)
    "vi": ("‹ Công cụ tình nguyện viên",
           "Mỗi công cụ có nút **‹ Công cụ tình nguyện viên** ở góc trên bên trái để quay lại.",
           "**‹ Công cụ tình nguyện viên** ở góc trên bên trái của mỗi công cụ đưa về danh sách công cụ."),
    "en": ("‹ Volunteer tools", "Every tool has **‹ Volunteer tools** at the top left to go back.",
           "tool, **‹ Volunteer tools** at the top left goes back to the list of tools."),
}


def first_page(opened):
    """A tool opens either its one screen or a flow of pages (its first page showing)."""
    return getattr(opened, "page", opened)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_each_tool_goes_back_to_the_volunteer_tools_as_the_guide_says(qtbot, window, trainer, lang):
    """Every tool a coordinator sees (the most tools): its back button reads as the guide
    promises, is named for screen readers, and leads back to the tools."""
    words, volunteers, coordinators = PROMISE[lang]
    assert volunteers in (DOCS / "volunteer-guide.md").read_text(encoding="utf-8")
    assert coordinators in " ".join((DOCS / "coordinator-guide.md").read_text(encoding="utf-8").split())
    boss = trainer.volunteers.add("Trần Thu Hà", "coordinator", "2468")
    trainer.settings.set_for_volunteer(boss.id, "language", lang)
    window.volunteer_mode.sign_in(boss)
    tools = registry.tools_for("coordinator")
    assert {"learners", "sessions", "sync-export", "sync-import", "known-devices", "reports"} <= {t.key for t in tools}
    for tool in tools:
        page = first_page(window.volunteer_mode.open_tool(tool))
        qtbot.waitUntil(lambda: getattr(page, "task", None) is None, timeout=10000)
        assert page.back_button.text().replace("  ", " ") == words, tool.key
        assert page.back_button.accessibleName(), tool.key
        click(qtbot, page.back_button)
        assert isinstance(window.screen, VolunteerHome), tool.key
