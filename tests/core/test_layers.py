"""The core never imports Qt, so it could ship (and be tested) on its own."""

import subprocess
import sys
from pathlib import Path

import digital_literacy_app

CORE = Path(digital_literacy_app.__file__).parent / "core"


def test_importing_every_core_module_loads_no_qt():
    """Import each core module in a fresh interpreter and check no PySide6 module came along."""
    modules = sorted(
        "digital_literacy_app." + ".".join(p.relative_to(CORE.parent).with_suffix("").parts)
        for p in CORE.rglob("*.py") if p.name != "__init__.py"
    )
    code = ("import sys\n" + "".join(f"import {m}\n" for m in modules) +
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'PyQt'))]\n"
            "print(','.join(bad))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert len(modules) > 5
    assert result.stdout.strip() == ""


def test_no_core_source_mentions_qt():
    """A plain text check catches a lazy import inside a function too."""
    offenders = [p.name for p in CORE.rglob("*.py") if "PySide6" in p.read_text(encoding="utf-8")]
    assert offenders == []


# --- one door ------------------------------------------------------------------------------
PACKAGE = CORE.parent
DOOR = {"digital_literacy_app.core.trainer", "digital_literacy_app.core.records", "digital_literacy_app.core.errors"}
ABOVE_THE_CORE = sorted(
    [*(PACKAGE / "ui").rglob("*.py"), *(PACKAGE / "screenshots").rglob("*.py"),
     PACKAGE / "cli.py", PACKAGE / "cli_certificates.py", PACKAGE / "self_check.py"])


def _core_imports(path: Path) -> list[str]:
    """Every core module a file imports, at the top or inside a function."""
    import ast

    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("digital_literacy_app.core"):
            if node.module == "digital_literacy_app.core":
                found.extend(f"digital_literacy_app.core.{alias.name}" for alias in node.names)
            else:
                found.append(node.module)
        elif isinstance(node, ast.Import):
            found.extend(a.name for a in node.names if a.name.startswith("digital_literacy_app.core"))
    return found


def test_screens_and_the_command_line_reach_the_core_only_through_the_door():
    """The Trainer, the records and the errors: nothing else of the core above it."""
    offenders = {str(path.relative_to(PACKAGE)): sorted(set(_core_imports(path)) - DOOR)
                 for path in ABOVE_THE_CORE}
    assert len(ABOVE_THE_CORE) > 40
    assert {name: mods for name, mods in offenders.items() if mods} == {}


def test_screens_and_the_command_line_never_name_the_database_driver():
    """A failure of the PostgreSQL driver becomes a refusal in the core
    (Trainer.city_stores.lost_or_refused): above it nothing tells the driver's errors apart."""
    offenders = [str(p.relative_to(PACKAGE)) for p in ABOVE_THE_CORE
                 if "psycopg" in p.read_text(encoding="utf-8").lower()]
    assert offenders == []


def test_no_screen_writes_sql():
    """ui/ holds no SQL and never touches a database connection."""
    import re

    sql = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE)\b\s+[\w*]|\.execute\(|\.conn\b|\.db\b")
    offenders = [str(p.relative_to(PACKAGE)) for p in (PACKAGE / "ui").rglob("*.py")
                 if sql.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_no_module_is_over_400_lines():
    """Small modules: a module that grows past 400 lines is split by what its parts do."""
    long = {str(p.relative_to(PACKAGE)): n for p in PACKAGE.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400}
    assert long == {}
