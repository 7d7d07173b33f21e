"""What the screens and the command line may hold of the core: records and constants.

Together with `core.trainer.Trainer` (the door) and `core.errors` (refusals), this is all
of the core that the layers above import (tests/core/test_layers.py holds them to it).
Records are plain frozen values; the few functions here work on values alone and never
touch a database, so any thread may call them. Nothing imported here loads a PDF, QR or
image library (the first screen must paint fast).
"""

from digital_literacy_app.core.card_codes import learner_code, parse_learner_code
from digital_literacy_app.core.card_codes import qr_text as card_qr_text
from digital_literacy_app.core.card_scan import CardScan, learner_id_in_qr, read_qr_texts
from digital_literacy_app.core.certificates.records import (
    BatchResult, CertificateRecord, IssuedCertificate, Verification, file_stem,
)
from digital_literacy_app.core.certificates.code import (
    FORGED, MALFORMED, MISTYPED, NEWER_FORMAT, UNKNOWN_ISSUER, VALID, CertificateFacts, looks_typed,
)
from digital_literacy_app.core.certificates.eligibility import Achievement, Standing, title_of
from digital_literacy_app.core.demo import WARDS as DEMO_WARDS
from digital_literacy_app.core.changes import (
    CERTIFICATES, DEVICES, DOMAINS, LEARNERS, PROGRESS, SESSIONS, SETTINGS, VOLUNTEERS,
)
from digital_literacy_app.core.first_start import MAX_PLACE_LENGTH, FirstStartAnswers
from digital_literacy_app.core.device_list import LABEL_LIMIT, ForgetResult, ImportedFile
from digital_literacy_app.core.keys import QUIET_DAYS, DeviceSighting, KnownDevice
from digital_literacy_app.core.learners import GROUP_NAMES_VI, GROUPS, MAX_NAME_LENGTH, LearnerRecord
from digital_literacy_app.core.lessons.courses import COURSES_FILE
from digital_literacy_app.core.lessons.model import (
    AREAS, Choice, Element, ExplainStep, Lesson, PracticeStep, QuizStep, Screen, Text,
)
from digital_literacy_app.core.lessons.catalogue import LessonCatalogue
from digital_literacy_app.core.overview import (
    DONE, HINTS_LIMIT, IN_PROGRESS, MISTAKES_LIMIT, NOT_STARTED, PROGRESS_FILTERS, STALLED_DAYS, Cell, HelpReason,
)
from digital_literacy_app.core.progress_grid import GridFilter, LessonView, ProgressGrid, StuckLearner
from digital_literacy_app.core.store.backups import BackupInfo
from digital_literacy_app.core.store.health import RestoreResult
from digital_literacy_app.core.paths import assets_dir, bundled_lessons_dir, is_bundled
from digital_literacy_app.core.practice import TapOutcome, right_element, unmet_fields
from digital_literacy_app.core.progress import COMPLETED, STARTED, LessonProgress
from digital_literacy_app.core.reports.build import DIMENSIONS, METRICS, Report, ReportFilter
from digital_literacy_app.core.reports.chart import (
    CHART_FIGURES, CHART_SPLITS, OTHERS as CHART_OTHERS, OTHERS_COLOUR as CHART_OTHERS_COLOUR,
    SERIES_COLOURS as CHART_COLOURS, MonthChart, month_label, whole_number_axis,
)
from digital_literacy_app.core.reports.formats import FORMATS
from digital_literacy_app.core.reports.formats import shown as shown_value
from digital_literacy_app.core.reports.formats import table as report_table
from digital_literacy_app.core.sessions import TeachingSession
from digital_literacy_app.core.settings import DEVICE, LEARNER, VOLUNTEER_KEYS, Setting
from digital_literacy_app.core.sync.exporter import ExportResult
from digital_literacy_app.core.sync.importer import FileResult
from digital_literacy_app.core.sync.keyfile import PublicKeyFile
from digital_literacy_app.core.text import nfc, search_key
from digital_literacy_app.core.timeline import TimelineEntry
from digital_literacy_app.core.volunteers import (
    COORDINATOR, PIN_MAX, PIN_MIN, ROLES, VOLUNTEER, PinCheck, VolunteerAccount,
)
from digital_literacy_app.core.settings import SETTINGS as SETTING_LIST
from digital_literacy_app.core.settings import defaults as setting_defaults


def qr_modules(text: str) -> list[list[bool]]:
    """The modules of the QR code a certificate or learner card prints for `text` (no quiet
    zone): what a picture of that paper shows a webcam."""
    from digital_literacy_app.core.certificates.code import qr_segments
    from digital_literacy_app.core.printing import qr_matrix

    modules, _ = qr_matrix(qr_segments(text) if text.startswith("DLC") else text)
    return modules


__all__ = [
    "card_qr_text",
    "DEMO_WARDS",
    "HINTS_LIMIT",
    "MISTAKES_LIMIT",
    "STALLED_DAYS",
    "learner_code",
    "parse_learner_code",
    "file_stem",
    "learner_id_in_qr",
    "read_qr_texts",
    "report_table",
    "shown_value",
    "AREAS",
    "Achievement",
    "BackupInfo",
    "BatchResult",
    "CERTIFICATES",
    "COMPLETED",
    "COORDINATOR",
    "COURSES_FILE",
    "CardScan",
    "Cell",
    "CertificateFacts",
    "CertificateRecord",
    "Choice",
    "RestoreResult",
    "DEVICE",
    "DEVICES",
    "DIMENSIONS",
    "DOMAINS",
    "DONE",
    "DeviceSighting",
    "ForgetResult",
    "ImportedFile",
    "LABEL_LIMIT",
    "QUIET_DAYS",
    "Element",
    "ExplainStep",
    "ExportResult",
    "FORGED",
    "FORMATS",
    "FileResult",
    "FirstStartAnswers",
    "GROUPS",
    "GROUP_NAMES_VI",
    "HelpReason",
    "IN_PROGRESS",
    "IssuedCertificate",
    "KnownDevice",
    "LEARNER",
    "LEARNERS",
    "LearnerRecord",
    "Lesson",
    "LessonCatalogue",
    "LessonProgress",
    "MALFORMED",
    "MISTYPED",
    "looks_typed",
    "MAX_NAME_LENGTH",
    "MAX_PLACE_LENGTH",
    "METRICS",
    "MonthChart",
    "NEWER_FORMAT",
    "NOT_STARTED",
    "PIN_MAX",
    "PIN_MIN",
    "PROGRESS",
    "PROGRESS_FILTERS",
    "PinCheck",
    "PracticeStep",
    "PublicKeyFile",
    "QuizStep",
    "ROLES",
    "Report",
    "ReportFilter",
    "CHART_COLOURS",
    "CHART_FIGURES",
    "CHART_OTHERS",
    "CHART_OTHERS_COLOUR",
    "CHART_SPLITS",
    "month_label",
    "whole_number_axis",
    "SESSIONS",
    "SETTINGS",
    "SETTING_LIST",
    "STARTED",
    "Screen",
    "Setting",
    "Standing",
    "TapOutcome",
    "TeachingSession",
    "Text",
    "TimelineEntry",
    "UNKNOWN_ISSUER",
    "VALID",
    "VOLUNTEER",
    "VOLUNTEERS",
    "VOLUNTEER_KEYS",
    "Verification",
    "VolunteerAccount",
    "assets_dir",
    "bundled_lessons_dir",
    "is_bundled",
    "nfc",
    "qr_modules",
    "right_element",
    "search_key",
    "setting_defaults",
    "title_of",
    "unmet_fields",
]
