"""At 200 % text, in one walk over every practice screen of the bundled lessons (see
phone_fit.py): the element each step asks for is in view on the phone in every window size
the ward offices have (issue 14: the needed button was below the phone's fold), no hint or
warning covers it (the phone is small: a hint may leave it), and every name under an icon
is whole."""

from .phone_fit import walk_every_practice_screen


def test_every_bundled_practice_screen_fits_with_its_hints_and_names_at_200_percent(qtbot, bundled_window):
    walk = walk_every_practice_screen(*bundled_window, 200)
    assert walk.of("fit") == [], walk.report("fit")
    assert walk.of("hint") == [], walk.report("hint")
    assert walk.of("name") == [], walk.report("name")
    assert walk.problems == []
    assert walk.checked["fit", "vi", "first"] > 700
    assert walk.checked["hint", "vi"] > 20 and walk.checked["hint", "en"] > 20
    assert walk.checked["whole hint", "vi"] + walk.checked["whole hint", "en"] > 20
    assert walk.checked["name", "vi"] > 20 and walk.checked["name", "en"] > 20
