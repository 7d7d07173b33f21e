"""The simulated phone of practice steps: a declarative screen from the lesson, drawn and
tapped like a real phone (used only by ui/steps/practice_view.py and the screenshots)."""
