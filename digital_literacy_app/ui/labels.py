"""Names of the core's codes (learner groups, lesson areas, settings) in the learner's language.

The core stores codes such as "elderly" or "e-services"; what a person reads goes through
Qt's translations like every other interface string.
"""

from PySide6.QtCore import QCoreApplication


def group_name(group: str) -> str:
    names = {
        "elderly": QCoreApplication.translate("Labels", "Older person"),
        "farmer": QCoreApplication.translate("Labels", "Farmer"),
        "freelance": QCoreApplication.translate("Labels", "Freelance worker"),
        "suburban": QCoreApplication.translate("Labels", "Resident of an outer district"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }
    return names[group]


def area_name(area: str) -> str:
    names = {
        "e-services": QCoreApplication.translate("Labels", "Online public services"),
        "cashless": QCoreApplication.translate("Labels", "Paying without cash"),
        "apps": QCoreApplication.translate("Labels", "Installing apps safely"),
        "safety": QCoreApplication.translate("Labels", "Staying safe from scams"),
        "basics": QCoreApplication.translate("Labels", "Getting started"),
    }
    return names[area]


def setting_name(key: str) -> str:
    names = {
        "text_scale": QCoreApplication.translate("Labels", "Text size"),
        "high_contrast": QCoreApplication.translate("Labels", "High contrast (white text on black)"),
        "language": QCoreApplication.translate("Labels", "Language"),
        "read_speed": QCoreApplication.translate("Labels", "Reading-aloud speed"),
        "idle_minutes": QCoreApplication.translate("Labels", "Minutes before returning to the start screen"),
    }
    return names[key]


def choice_name(key: str, value) -> str:
    """How one allowed value of a setting reads on the settings screen."""
    if key == "language":
        return {"vi": "Tiếng Việt", "en": "English"}[value]  # each language in its own words
    if key == "read_speed":
        speeds = {
            "slow": QCoreApplication.translate("Labels", "Slow"),
            "normal": QCoreApplication.translate("Labels", "Normal"),
            "fast": QCoreApplication.translate("Labels", "Fast"),
        }
        return speeds[value]
    if key == "text_scale":
        return QCoreApplication.translate("Labels", "{percent} %").format(percent=value)
    return str(value)
