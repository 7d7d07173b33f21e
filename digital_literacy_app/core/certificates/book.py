"""Certificates: who is eligible, issuing one or a batch, and checking one offline.

`trainer.certificates` is the one object a screen or the command line calls. Issuing is
an event ("certificate.issued"), so certificates reach the coordinator like any
progress. Verification needs only the keys this computer knows (core/keys.py).
"""

import re
import sqlite3
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable

from nacl.exceptions import BadSignatureError
from nacl.signing import VerifyKey

from digital_literacy_app.core.certificates.code import (
    FORGED, MALFORMED, NEWER_FORMAT, UNKNOWN_ISSUER, VALID, CertificateFacts, CodeError, fit, make_code,
    new_certificate_id, parse_code,
)
from digital_literacy_app.core.certificates.eligibility import (
    Achievement, Standing, achievements, standings, title_of,
)
from digital_literacy_app.core.certificates.pdf import CertificateContent, code_from_keywords, write_certificate
from digital_literacy_app.core.errors import DlaError, NotFoundError
from digital_literacy_app.core.keys import KnownDevice, KnownDevices
from digital_literacy_app.core.lessons import Text
from digital_literacy_app.core.lessons.courses import Course, find_courses_files, load_courses
from digital_literacy_app.core.printing import atomic_output
from digital_literacy_app.core.text import search_key


STATUS_TEXT = {
    VALID: Text("Giấy chứng nhận hợp lệ.", "Valid certificate."),
    FORGED: Text("Giấy chứng nhận không hợp lệ: mã đã bị sửa hoặc không do máy này cấp.",
                  "Invalid certificate: the code was changed, or was not signed by the device it names."),
    UNKNOWN_ISSUER: Text("Chưa thể xác nhận: hãy nhập một tệp đồng bộ từ máy đã cấp giấy này trước.",
                         "Cannot confirm: import a sync file from the issuing computer first."),
    MALFORMED: Text("Đây không phải mã của giấy chứng nhận.", "This is not a certificate code."),
    NEWER_FORMAT: Text("Mã này do phiên bản mới hơn tạo ra; hãy cập nhật ứng dụng.",
                       "This code was made by a newer version; update the app."),
}


class NotEligibleError(DlaError):
    """The learner has not completed an area or a course (or not the one asked for)."""

    def __init__(self, message: str, standing: Standing | None):
        super().__init__(message)
        self.standing = standing


@dataclass(frozen=True)
class IssuedCertificate:
    learner_id: str
    path: Path
    facts: CertificateFacts
    code: str
    achievement: Achievement


@dataclass
class BatchResult:
    issued: list[IssuedCertificate] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (learner id, reason)
    cancelled: bool = False
    failed: str | None = None  # why the batch stopped early (a full disk...)


@dataclass(frozen=True)
class Verification:
    """The outcome of checking a code. `facts` is set when the code could be read at all."""

    status: str
    facts: CertificateFacts | None = None
    issuer: KnownDevice | None = None
    title: Text | None = None
    detail: str = ""

    @property
    def valid(self) -> bool:
        return self.status == VALID

    def message(self, lang: str = "vi") -> str:
        return STATUS_TEXT[self.status].get(lang)


@dataclass(frozen=True)
class CertificateRecord:
    """One row of the certificates table (derived from certificate.issued events)."""

    device_id: str
    certificate_id: str
    learner_id: str
    what: str
    volunteer: str
    issued_on: str
    ward: str


class CertificateBook:
    def __init__(self, trainer, today: Callable[[], date] = date.today):
        self.trainer = trainer
        self.today = today
        self.keys = KnownDevices(trainer.db, trainer.device)
        self._courses: list[Course] | None = None
        self._achievements: list[Achievement] | None = None

    # -- what can be earned ------------------------------------------------------------

    @property
    def courses(self) -> list[Course]:
        """Valid courses of the lesson folders; broken ones are left out (see validate)."""
        if self._courses is None:
            known = {lesson.id for lesson in self.trainer.lessons.lessons}
            self._courses, _ = load_courses(find_courses_files(self.trainer.lesson_dirs), known)
        return self._courses

    def achievements(self) -> list[Achievement]:
        if self._achievements is None:
            self._achievements = achievements(self.trainer.lessons, self.courses)
        return self._achievements

    def standings(self, learner_id: str) -> list[Standing]:
        """Every area and course with the lessons this learner still misses, nearest first."""
        self.trainer.learners.get(learner_id)
        completed = {lesson_id for lesson_id, progress in self.trainer.progress.for_learner(learner_id).items()
                     if progress.status == "completed"}
        return standings(self.achievements(), completed)

    def eligible(self, learner_id: str) -> list[Achievement]:
        return [s.achievement for s in self.standings(learner_id) if s.complete]

    def choose(self, learner_id: str, what: str | None = None) -> Achievement:
        """The achievement to certify: `what` (an area or course id), else the biggest new one.

        Raises NotEligibleError naming the missing lessons when there is none.
        """
        all_standings = self.standings(learner_id)
        if what:
            matching = [s for s in all_standings if what in (s.achievement.id, s.achievement.key)]
            if not matching:
                raise NotFoundError(f"There is no area or course called {what!r}.")
            if not matching[0].complete:
                raise NotEligibleError(self._missing_sentence(learner_id, matching[0]), matching[0])
            return matching[0].achievement
        done = [s.achievement for s in all_standings if s.complete]
        if not done:
            closest = all_standings[0] if all_standings else None
            raise NotEligibleError(self._missing_sentence(learner_id, closest), closest)
        already = {record.what for record in self.issued(learner_id)}
        fresh = [a for a in done if a.key not in already] or done
        return max(fresh, key=lambda a: len(a.lessons))

    def _missing_sentence(self, learner_id: str, standing: Standing | None) -> str:
        name = self.trainer.learners.get(learner_id).name
        if standing is None:
            return f"{name} is not eligible for a certificate: there are no lessons to complete."
        lessons = ", ".join(standing.missing)
        return (f"{name} is not eligible for a certificate yet: every lesson of an area or a course "
                f"must be completed; closest is {standing.achievement.kind} "
                f"'{standing.achievement.title.en or standing.achievement.title.vi}', "
                f"still missing {len(standing.missing)} lesson(s): {lessons}.")

    # -- issuing -----------------------------------------------------------------------

    def issue(self, learner_id: str, volunteer_name: str, out_path, what: str | None = None) -> IssuedCertificate:
        """Write one certificate PDF and record its issue, both or neither.

        The PDF is drawn under a temporary name and renamed only after the event is
        recorded in the still-open transaction, which commits after the rename.
        """
        learner = self.trainer.learners.get(learner_id)
        achievement = self.choose(learner_id, what)
        device = self.trainer.device
        today = self.today()
        facts = fit(CertificateFacts(new_certificate_id(), today.isoformat(), device.device_id,
                                     achievement.key, learner.name, learner.ward or device.ward))
        code = make_code(facts, device.sign)
        content = CertificateContent(
            learner.name, achievement.title, self._lesson_titles(achievement), today,
            learner.ward or device.ward, volunteer_name or "", facts.certificate_id, code)
        out_path = Path(out_path)
        payload = {"certificate_id": facts.certificate_id, "what": achievement.key,
                   "lessons": list(achievement.lessons), "volunteer": volunteer_name or "",
                   "date": facts.issued_on, "ward": content.ward}
        try:
            with self.trainer.db.atomic():
                with atomic_output(out_path) as temporary:
                    write_certificate(temporary, content)
                    self.trainer.log.record("certificate.issued", learner_id, payload)
        except sqlite3.DatabaseError:
            out_path.unlink(missing_ok=True)  # renamed, but the record did not commit
            raise
        return IssuedCertificate(learner_id, out_path, facts, code, achievement)

    def _lesson_titles(self, achievement: Achievement) -> tuple[Text, ...]:
        lessons = (self.trainer.lessons.get(lesson_id) for lesson_id in achievement.lessons)
        return tuple(lesson.title for lesson in lessons if lesson is not None)

    def issue_batch(self, learner_ids: list[str], folder, volunteer_name: str = "",
                    progress_cb: Callable[[int, int], None] | None = None,
                    cancel_flag=None) -> BatchResult:
        """Issue a certificate to each eligible learner into `folder`, one file each.

        Learners who are not eligible are skipped with the reason. `cancel_flag` (a
        threading.Event or a callable) stops the batch between two certificates; what
        was issued before stays issued. Runs fine off the GUI thread.
        """
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        result = BatchResult()
        total = len(learner_ids)
        for done, learner_id in enumerate(learner_ids):
            if _is_set(cancel_flag):
                result.cancelled = True
                break
            try:
                name = self.trainer.learners.get(learner_id).name
                achievement = self.choose(learner_id)
                out = folder / f"{file_stem(name)}-{learner_id}-{achievement.id}.pdf"
                result.issued.append(self.issue(learner_id, volunteer_name, out, achievement.key))
            except (NotEligibleError, NotFoundError) as exc:
                result.skipped.append((learner_id, str(exc)))
            except DlaError as exc:
                result.failed = str(exc)
                break
            if progress_cb:
                progress_cb(done + 1, total)
        return result

    def issued(self, learner_id: str | None = None) -> list[CertificateRecord]:
        sql = ("SELECT device_id, id, learner_id, what, volunteer, issued_on, ward FROM certificates")
        if learner_id is None:
            rows = self.trainer.db.conn.execute(f"{sql} ORDER BY issued_on, device_id, id").fetchall()
        else:
            rows = self.trainer.db.conn.execute(f"{sql} WHERE learner_id = ? ORDER BY issued_on, id",
                                                (learner_id,)).fetchall()
        return [CertificateRecord(*row) for row in rows]

    # -- checking ----------------------------------------------------------------------

    def verify_code(self, text: str) -> Verification:
        """Check a scanned or typed code against the keys this computer knows."""
        try:
            parsed = parse_code(text)
        except CodeError as exc:
            return Verification(exc.status, detail=exc.reason)
        facts = parsed.facts
        title = title_of(facts.what, self.achievements())
        issuer = self.keys.get(facts.device_id)
        if issuer is None:
            return Verification(UNKNOWN_ISSUER, facts, None, title,
                                f"device {facts.device_id} has never been met by this computer")
        try:
            VerifyKey(bytes.fromhex(issuer.public_key)).verify(parsed.message, parsed.signature)
        except (BadSignatureError, ValueError):
            return Verification(FORGED, facts, issuer, title, "the signature does not match the text")
        return Verification(VALID, facts, issuer, title)

    def verify_pdf(self, path) -> Verification:
        """Check the code a certificate PDF made by this app carries."""
        code = code_in_pdf(Path(path))
        if code is None:
            return Verification(MALFORMED, detail=f"no certificate code was found in {path}")
        return self.verify_code(code)


_KEYWORDS = re.compile(rb"/Keywords\s*\(([^)\\]*)\)")


def code_in_pdf(path: Path) -> str | None:
    """Find the code in the keywords of a certificate PDF written by this app.

    Read from the file's bytes (reportlab writes the document information plainly), so
    checking needs no PDF library. A PDF re-saved by another program may lose it: then
    the QR code or the printed text is the way.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DlaError(f"Cannot read {path} ({exc.strerror}).") from exc
    for match in _KEYWORDS.finditer(data):
        code = code_from_keywords(match.group(1).decode("latin-1"))
        if code:
            return code
    return None


def file_stem(name: str) -> str:
    """A file name from a learner's name that every USB stick and Windows accepts."""
    stem = re.sub(r"[^a-z0-9]+", "-", search_key(name)).strip("-")
    return stem[:40] or "learner"


def _is_set(flag) -> bool:
    if flag is None:
        return False
    if hasattr(flag, "is_set"):
        return flag.is_set()
    return bool(flag())
