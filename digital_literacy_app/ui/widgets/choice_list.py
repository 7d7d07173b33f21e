"""A drop-down list of choices that never makes its screen wider than the window.

A plain QComboBox asks for the width of its longest item; at 200 % text one long ward or
session name would push the screen past the window's edge. This one asks for room for a
few words and shows the rest of a long item in its open list.
"""

from PySide6.QtWidgets import QComboBox

MIN_CHARACTERS = 10


def choice_list(name: str, items: list[tuple[object, str]] = ()) -> QComboBox:
    """A QComboBox named `name` for screen readers, holding (value, text) items."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(MIN_CHARACTERS)
    for value, text in items:
        combo.addItem(text, value)
    return combo
