"""The log of what went wrong, in the data folder: for support, never shown as a traceback.

An unexpected error in the app or a command is written here with its traceback (rotated:
at most four files of 1 MB), and the person sees one calm sentence naming this file.
"""

import logging
import tempfile
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_DIR = "logs"
LOG_FILE = "dla.log"
_logger = logging.getLogger("digital_literacy_app.crash")


def write_crash(data_dir: Path | None, error: BaseException, where: str) -> Path:
    """Append `error` with its traceback to the data folder's log (or the temp folder's, if
    the data folder cannot be written); returns the log's path."""
    for folder in ([Path(data_dir) / LOG_DIR] if data_dir else []) + [Path(tempfile.gettempdir()) / "dla-logs"]:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            handler = RotatingFileHandler(folder / LOG_FILE, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        except OSError:
            continue
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        _logger.addHandler(handler)
        _logger.propagate = False
        try:
            _logger.error("unexpected error in %s", where, exc_info=(type(error), error, error.__traceback__))
        finally:
            _logger.removeHandler(handler)
            handler.close()
        return folder / LOG_FILE
    return Path(tempfile.gettempdir()) / "dla-logs" / LOG_FILE
