"""A refusal from the core, in the words of the interface language.

The core's errors carry a reason code; their words come from the core's tables in
Vietnamese and English (core/wording), the same the command line uses. The screens show
`reason(error)` and keep `detail(error)` (the code and the English sentence) as the fold-out
detail a volunteer can read out to whoever supports them.
"""

from PySide6.QtCore import QCoreApplication

from digital_literacy_app.core.errors import DlaError
from digital_literacy_app.core.trainer import Trainer
from digital_literacy_app.ui.i18n import current_language


def reason(error: BaseException) -> str:
    """What went wrong, in the interface language."""
    if isinstance(error, DlaError):
        return error.say(current_language())
    refused = Trainer.city_stores.lost_or_refused(error)
    if refused is not None:  # the city store went away, or refused (ui/city_window.py)
        return refused.say(current_language())
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "Reasons", "The file could not be read or written ({problem}).").format(
            problem=error.strerror or type(error).__name__)
    return QCoreApplication.translate("Reasons", "Something went wrong inside the app ({problem}).").format(
        problem=type(error).__name__)


def detail(error: BaseException) -> str:
    """The reason code and the English sentence, for support."""
    if isinstance(error, DlaError):
        return f"{error.code}: {error}" if str(error) != error.code else error.code
    return f"{type(error).__name__}: {error}"
