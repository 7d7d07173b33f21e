"""The core's English reasons for a refused or failed sync file, said in the user's words.

The core explains every refusal in one plain English sentence (for the command line and
for support). The screens show a short sentence in the interface language instead, made
from the recognisable part of that message, and keep the English original as the detail a
coordinator can read out to whoever supports them.
"""

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "SyncMessages"

# (pattern in the core's message, the short sentence). The first match wins, so the more
# specific patterns come first. The patterns follow core/sync/archive.py and importer.py.
_REASONS = (
    (r"sealed for another computer", QT_TRANSLATE_NOOP(
        "SyncMessages", "It is sealed for another computer; only that computer can open it.")),
    (r"sealed file", QT_TRANSLATE_NOOP("SyncMessages", "The sealed file is damaged or was changed.")),
    (r"the file does not exist", QT_TRANSLATE_NOOP(
        "SyncMessages", "The file is not there any more (was the USB stick pulled out?).")),
    (r"the file cannot be read|this is a folder", QT_TRANSLATE_NOOP(
        "SyncMessages", "The file cannot be read (was the USB stick pulled out?).")),
    (r"larger than a sync file may be", QT_TRANSLATE_NOOP(
        "SyncMessages", "The file is far larger than a sync file can be.")),
    (r"path outside its folder|expands far too much|unsupported compression", QT_TRANSLATE_NOOP(
        "SyncMessages", "The file is built in a dangerous way and was not opened.")),
    (r"needs a newer version of this app", QT_TRANSLATE_NOOP(
        "SyncMessages", "It was written by a newer version of the app. Update the app on this computer.")),
    (r"not a sync file of this app|this is not a sync file|does not hold exactly", QT_TRANSLATE_NOOP(
        "SyncMessages", "This is not a sync file of this app, or it is incomplete.")),
    (r"carries no signature|signature does not match|do not match the signed manifest", QT_TRANSLATE_NOOP(
        "SyncMessages", "The file was changed after it was written (its signature does not match).")),
    (r"different key than the one known here|already known with another key", QT_TRANSLATE_NOOP(
        "SyncMessages", "It claims to come from a known computer, but with another key "
                        "(a copied or forged computer?).")),
    (r"under this computer's own identity", QT_TRANSLATE_NOOP(
        "SyncMessages", "It holds records made under this computer's own identity that this computer "
                        "does not have (a copied PC, or data restored from an old backup).")),
    (r"already stored, from (?P<where>.+?), with different content", QT_TRANSLATE_NOOP(
        "SyncMessages", "Two computers use one identity (a cloned PC?): a record in this file is "
                        "already stored, from {where}, with different content.")),
    (r"events of computer .* have gaps|do not match the ranges|holds \d+ events but", QT_TRANSLATE_NOOP(
        "SyncMessages", "Part of the file is missing; it is incomplete.")),
    (r"event on line|line \d+ is not an event|same event twice",
     QT_TRANSLATE_NOOP("SyncMessages", "The file holds damaged records.")),
    (r"manifest|damaged|cannot be read|truncated", QT_TRANSLATE_NOOP(
        "SyncMessages", "The file is damaged or was changed.")),
)


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def refusal(message: str) -> str:
    """A short sentence for why a file was refused, in the interface language."""
    for pattern, sentence in _REASONS:
        found = re.search(pattern, message)
        if found:
            where = found.groupdict().get("where")
            text = _translate(sentence)
            return text.format(where=_where(where)) if where is not None else text
    return QCoreApplication.translate("SyncMessages", "The file was refused.")


def _where(text: str) -> str:
    """"this computer" / "the file X" / "an earlier file" from the core's clash message."""
    if text == "this computer":
        return QCoreApplication.translate("SyncMessages", "this computer")
    found = re.fullmatch(r"the file (.+)", text)
    if found:
        return QCoreApplication.translate("SyncMessages", "the file {name}").format(name=found.group(1))
    return QCoreApplication.translate("SyncMessages", "an earlier file")


def import_status(result) -> str:
    """What happened to one file, as the results table says it."""
    if result.status == "imported":
        return QCoreApplication.translate("SyncMessages", "Imported")
    if result.status == "already":
        return QCoreApplication.translate("SyncMessages", "Imported before; nothing new")
    if result.status == "cancelled":
        if "before this file" in result.reason:
            return QCoreApplication.translate("SyncMessages", "Not imported: stopped before this file")
        return QCoreApplication.translate("SyncMessages", "Stopped: nothing from this file was imported")
    return QCoreApplication.translate("SyncMessages", "Refused: {reason}").format(reason=refusal(result.reason))


def warning(text: str) -> str:
    """An import note (odd clock times), in the interface language."""
    found = re.search(r"(\d+) event\(s\) carry an implausible date", text)
    if found:
        return QCoreApplication.translate(
            "SyncMessages", "{count} record(s) carry an odd date (a computer clock set wrong?); "
                            "they were kept.").format(count=found.group(1))
    return text


def export_problem(message: str) -> str:
    """Why a sync file could not be written, with what to do about it."""
    if "is full" in message:
        return QCoreApplication.translate(
            "SyncMessages", "The USB stick is full, so the sync file was not written. Delete old files "
                            "from it or use another stick, then try again.")
    if "does not exist" in message:
        return QCoreApplication.translate(
            "SyncMessages", "The USB stick cannot be found (was it pulled out?). Plug it in and try again.")
    if "cancelled" in message:
        return QCoreApplication.translate("SyncMessages", "Stopped. No sync file was written.")
    if "could not be written" in message:
        return QCoreApplication.translate(
            "SyncMessages", "The sync file could not be written there (was the stick pulled out, or is it "
                            "write-protected?). Nothing half-written was left behind. Try again.")
    if "read back" in message or "not a sync file" in message or "damaged" in message:
        return QCoreApplication.translate(
            "SyncMessages", "The file written to the stick did not read back correctly. Do not rely on "
                            "it: write it again, or use another stick.")
    return QCoreApplication.translate("SyncMessages", "The sync file could not be written.")
