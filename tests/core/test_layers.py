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
