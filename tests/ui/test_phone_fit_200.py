"""At 200 % text, in one walk over every practice screen of the bundled lessons (see
phone_fit.py): the element each step asks for is in view on the phone in every window size
the ward offices have (issue 14: the needed button was below the phone's fold), no hint or
warning covers it (the phone is small: a hint may leave it), and every name under an icon
is whole."""

from .phone_fit import assert_every_check_passed, walk_every_practice_screen


def test_every_bundled_practice_screen_fits_with_its_hints_and_names_at_200_percent(qtbot, bundled_window):
    walk = walk_every_practice_screen(*bundled_window, 200)
    assert_every_check_passed(walk)
