"""At 150 % text the element each practice step asks for is in view on the phone, in every
window size the ward offices have (issue 14: the needed button was below the phone's fold).
The hints and names under icons are walked at 100 % and 200 % (test_phone_fit_100.py, _200.py)."""

from .phone_fit import walk_every_practice_screen


def test_every_needed_element_of_every_bundled_screen_is_in_view_at_150_percent(qtbot, bundled_window):
    walk = walk_every_practice_screen(*bundled_window, 150, hints=False, names=False)
    assert walk.checked["fit", "vi", "first"] > 700
    assert walk.problems == [], walk.report("fit")
