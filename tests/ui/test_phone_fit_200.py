"""At 200 % text the element each practice step asks for is in view on the phone, in every
window size the ward offices have (issue 14: the needed button was below the phone's fold)."""

from .phone_fit import out_of_view


def test_every_needed_element_of_every_bundled_screen_is_in_view_at_200_percent(qtbot, bundled_window):
    window, trainer = bundled_window
    learner = trainer.learners.add("Trần Văn Mẫu", 1950)
    checked, missing = out_of_view(window, trainer, learner, 200)
    assert checked > 700
    assert missing == [], "\n".join(map(str, missing))
