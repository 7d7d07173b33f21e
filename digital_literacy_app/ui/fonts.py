"""Bundled Noto Sans: every ward PC shows every Vietnamese diacritic the same way."""

from PySide6.QtGui import QFontDatabase

from digital_literacy_app.core.records import assets_dir

_registered: list[str] = []


def register_fonts() -> list[str]:
    """Add assets/fonts/NotoSans-*.ttf to Qt once; returns the family names found."""
    if _registered:
        return list(_registered)
    for path in sorted((assets_dir() / "fonts").glob("NotoSans-*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            for family in QFontDatabase.applicationFontFamilies(font_id):
                if family not in _registered:
                    _registered.append(family)
    return list(_registered)
