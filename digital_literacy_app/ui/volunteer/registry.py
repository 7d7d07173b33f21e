"""The list of tools the volunteer home shows, filled by the packages that own them.

Volunteer tools register themselves from `ui.volunteer.tools`; coordinator tools from
`ui.coordinator` (imported by the home screen when that package exists). Keeping the
list here, with no screen imports, lets either side add a tool without touching the
other's code.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

ROLES = frozenset({"volunteer", "coordinator"})


@dataclass(frozen=True)
class Tool:
    """One big button on the volunteer home and the screen it opens.

    `title` is called each time the button is shown, so it can return
    `QCoreApplication.translate(...)` in the current language. `make_screen` is called
    as `make_screen(session, go_home)` and returns the tool's QWidget; the screen calls
    `go_home()` when the volunteer is done with it.
    """

    key: str
    title: Callable[[], str]
    roles: frozenset[str]
    make_screen: Callable
    order: int = 100


_tools: dict[str, Tool] = {}


def register(tool: Tool) -> None:
    """Add or replace a tool (replacing by key keeps repeated imports harmless)."""
    unknown = set(tool.roles) - ROLES
    if unknown:
        raise ValueError(f"unknown role(s) {sorted(unknown)} for tool {tool.key!r}")
    _tools[tool.key] = tool


def tools_for(role: str) -> list[Tool]:
    """The tools a signed-in account with `role` may open, in display order."""
    return sorted((t for t in _tools.values() if role in t.roles), key=lambda t: (t.order, t.key))


def unregister(key: str) -> None:
    """Remove a tool (tests use this to clean up what they registered)."""
    _tools.pop(key, None)
