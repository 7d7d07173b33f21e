"""Certificates: who is eligible, issuing one or a batch, and checking one offline.

`trainer.certificates` is the one object a screen or the command line calls. Issuing is
an event ("certificate.issued"), so certificates reach the coordinator like any
progress. Verification needs only the keys this computer knows (core/keys.py).
"""

import json
import re
import sqlite3
from datetime import date
from pathlib import Path
from typing import Callable

from nacl.exceptions import BadSignatureError
from nacl.signing import VerifyKey

from digital_literacy_app.core.changes import CERTIFICATES, announces
from digital_literacy_app.core.certificates.code import (
    FORGED, ID_LENGTH, MALFORMED, RETIRED, UNKNOWN_ISSUER, VALID, CertificateFacts, CodeError, fit, make_code,
    looks_typed, new_certificate_id, parse_code, read_number,
)
from digital_literacy_app.core.certificates.records import (
    file_stem, BatchResult, CertificateRecord, IssuedCertificate, NotEligibleError, Verification,
)
from digital_literacy_app.core.certificates.eligibility import Achievement, Standing, title_of
from digital_literacy_app.core.certificates.pdf import CertificateContent, code_from_keywords, write_certificate
from digital_literacy_app.core.errors import DlaError, InvalidInputError, NotFoundError
from digital_literacy_app.core.lessons import Text
from digital_literacy_app.core.lessons.courses import Course
from digital_literacy_app.core.atomic import atomic_output_file
from digital_literacy_app.core.tasks import NO_TASK, Task
from digital_literacy_app.core.text import nfc

MAX_VOLUNTEER_NAME = 120  # what a sync file's payload check accepts (core/sync/payloads.py)


class CertificateBook:
    def __init__(self, trainer, today: Callable[[], date] = date.today):
        self.trainer = trainer
        self.today = today
        self.hub = trainer.hub
        self.keys = trainer.devices

    # -- what can be earned (trainer.achievements: the same without reportlab) ---------------

    @property
    def courses(self) -> list[Course]:
        """Valid courses of the lesson folders; broken ones are left out (see validate)."""
        return self.trainer.achievements.courses

    def achievements(self) -> list[Achievement]:
        return self.trainer.achievements.all()

    def standings(self, learner_id: str) -> list[Standing]:
        """Every area and course with the lessons this learner still misses, nearest first."""
        return self.trainer.achievements.standings(learner_id)

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
                raise NotFoundError("certificate.no_such_achievement", what=what)
            if not matching[0].complete:
                raise self._not_eligible(learner_id, matching[0])
            return matching[0].achievement
        done = [s.achievement for s in all_standings if s.complete]
        if not done:
            closest = all_standings[0] if all_standings else None
            raise self._not_eligible(learner_id, closest)
        already = {record.what for record in self.issued(learner_id)}
        fresh = [a for a in done if a.key not in already] or done
        return max(fresh, key=lambda a: len(a.lessons))

    def _not_eligible(self, learner_id: str, standing: Standing | None) -> NotEligibleError:
        """The refusal, naming the nearest area or course and the lessons still missing."""
        name = self.trainer.learners.get(learner_id).name
        if standing is None:
            return NotEligibleError("certificate.no_lessons", None, name=name)
        kind = Text("lĩnh vực", "area") if standing.achievement.kind == "area" else Text("khoá học", "course")
        return NotEligibleError("certificate.not_eligible", standing, name=name, kind=kind,
                                title=standing.achievement.title, count=len(standing.missing),
                                lessons=", ".join(standing.missing))

    # -- issuing -----------------------------------------------------------------------

    @announces(CERTIFICATES)
    def issue(self, learner_id: str, volunteer_name: str, out_path, what: str | None = None) -> IssuedCertificate:
        """Write one certificate PDF and record its issue, both or neither.

        The PDF is drawn under a temporary name and renamed only after the event is
        recorded in the still-open transaction, which commits after the rename.
        """
        volunteer_name = nfc(volunteer_name or "")
        if len(volunteer_name) > MAX_VOLUNTEER_NAME:  # what a sync file's payload check accepts
            raise InvalidInputError("certificate.volunteer_too_long", most=MAX_VOLUNTEER_NAME)
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
                with atomic_output_file(out_path) as handle:
                    write_certificate(handle, content)
                    self.trainer.log.record("certificate.issued", learner_id, payload)
        except sqlite3.DatabaseError:
            out_path.unlink(missing_ok=True)  # renamed, but the record did not commit
            raise
        return IssuedCertificate(learner_id, out_path, facts, code, achievement)

    def _lesson_titles(self, achievement: Achievement, lesson_ids=None) -> tuple[Text, ...]:
        lessons = (self.trainer.lessons.get(lesson_id) for lesson_id in (lesson_ids or achievement.lessons))
        return tuple(lesson.title for lesson in lessons if lesson is not None)

    def reprint(self, certificate_id: str, out_path) -> IssuedCertificate:
        """The same certificate again, for a paper lost or spoilt: its number, date, what,
        lessons, ward and volunteer as issued, signed again by this computer (Ed25519 gives
        the same code for the same facts), under the learner's name as the records hold it
        now. Nothing new is recorded: it is the certificate issued before, not a second
        one. Only the computer that issued it can, since the code is signed with its key."""
        conn, device = self.trainer.db.conn, self.trainer.device
        row = conn.execute("SELECT learner_id, what, lessons, volunteer, issued_on, ward FROM certificates "
                           "WHERE device_id = ? AND id = ?", (device.device_id, certificate_id)).fetchone()
        if row is None:
            if conn.execute("SELECT 1 FROM certificates WHERE id = ?", (certificate_id,)).fetchone():
                raise InvalidInputError("certificate.reprint_elsewhere", id=certificate_id)
            raise NotFoundError("certificate.not_found", id=certificate_id)
        learner_id, what, lessons, volunteer, issued_on, ward = row
        learner = self.trainer.learners.get(learner_id)
        achievement = next((a for a in self.achievements() if a.key == what), None)
        if achievement is None:
            raise NotFoundError("certificate.no_such_achievement", what=what)
        facts = fit(CertificateFacts(certificate_id, issued_on, device.device_id, what, learner.name, ward))
        code = make_code(facts, device.sign)
        titles = self._lesson_titles(achievement, _lesson_ids(lessons))
        content = CertificateContent(learner.name, achievement.title, titles, date.fromisoformat(issued_on),
                                     ward, volunteer, certificate_id, code)
        out_path = Path(out_path)
        with atomic_output_file(out_path) as handle:
            write_certificate(handle, content)
        return IssuedCertificate(learner_id, out_path, facts, code, achievement)

    def issue_batch(self, learner_ids: list[str], folder, volunteer_name: str = "",
                    task: Task = NO_TASK) -> BatchResult:
        """Issue a certificate to each eligible learner into `folder`, one file each.

        Learners who are not eligible are skipped with the reason. Stop (`task`) ends
        the batch between two certificates; what was issued before stays issued. Runs
        on a worker Trainer off the GUI thread.
        """
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        with self.hub.batch():  # the screens hear of the batch once, at its end
            return self._issue_each(learner_ids, folder, volunteer_name, task)

    def _issue_each(self, learner_ids, folder: Path, volunteer_name: str, task: Task) -> BatchResult:
        result = BatchResult()
        total = len(learner_ids)
        for done, learner_id in enumerate(learner_ids):
            if task.is_cancelled():
                result.cancelled = True
                break
            try:
                name = self.trainer.learners.get(learner_id).name
                achievement = self.choose(learner_id)
                out = folder / self.file_name(name, learner_id, achievement.id)
                result.issued.append(self.issue(learner_id, volunteer_name, out, achievement.key))
            except (NotEligibleError, NotFoundError) as exc:
                result.skipped.append((learner_id, exc))
            except DlaError as exc:
                result.failed = exc
                break
            task.progress(done + 1, total)
        return result

    def owed(self, learner_ids: list[str] | None = None) -> dict[str, list[Achievement]]:
        """learner id -> what they completed and were never given a certificate for."""
        from digital_literacy_app.core.certificates.pending import uncertified

        return uncertified(self.trainer, learner_ids)

    @staticmethod
    def file_name(learner_name: str, learner_id: str, what: str) -> str:
        """The file name a certificate gets in a folder: plain letters, the id, the achievement."""
        return f"{file_stem(learner_name)}-{learner_id}-{what}.pdf"

    @staticmethod
    def read_qr(pixels: bytes, width: int, height: int, row_bytes: int = 0) -> list[str]:
        """The texts of every QR code in a grayscale picture; touches no data."""
        from digital_literacy_app.core.card_scan import read_qr_texts

        return read_qr_texts(pixels, width, height, row_bytes)

    def issued(self, learner_id: str | None = None) -> list[CertificateRecord]:
        sql = ("SELECT device_id, id, learner_id, what, volunteer, issued_on, ward FROM certificates")
        if learner_id is None:
            rows = self.trainer.db.conn.execute(f"{sql} ORDER BY issued_on, device_id, id").fetchall()
        else:
            rows = self.trainer.db.conn.execute(f"{sql} WHERE learner_id = ? ORDER BY issued_on, id",
                                                (learner_id,)).fetchall()
        return [CertificateRecord(*row) for row in rows]

    def export_issued(self, target):
        """Every certificate issued that this PC knows of, as a spreadsheet (issued_list.py)."""
        from digital_literacy_app.core.certificates.issued_list import write_issued_list

        return write_issued_list(self, target)

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
        if not any(_signed_by(key, parsed) for key in [issuer.public_key] + self.keys.earlier_keys(facts.device_id)):
            return Verification(FORGED, facts, issuer, title, "the signature does not match the text")
        if _retired_or(VALID, issuer, facts.issued_on) == RETIRED:
            return Verification(RETIRED, facts, issuer, title, f"the issuing device was retired on {issuer.retired_on}")
        return Verification(VALID, facts, issuer, title)

    def verify_number(self, text: str) -> list[Verification]:
        """The certificates bearing the number printed large on one, from the
        `certificate.issued` events this computer holds (its own, and those of every
        computer whose sync files it imported): who it was issued to (as the records name
        the learner today), what, when, where and by which computer, with the same trust
        answers as the QR. The checker compares them with the paper; a number that is not
        here gives an empty list (then the QR is the way). Two computers may, very rarely,
        have drawn the same number: all are returned. The code printed under the QR, typed
        here instead of the number, is checked as a code."""
        if looks_typed(text):
            return [self.verify_code(text)]
        number = read_number(text)
        if number is None:
            raise InvalidInputError("certificate.number_form", length=ID_LENGTH)
        rows = self.trainer.db.conn.execute(
            """SELECT c.device_id, c.id, c.what, c.issued_on, c.ward, COALESCE(l.name, '')
               FROM certificates c LEFT JOIN learners l ON l.id = c.learner_id
               WHERE c.id = ? ORDER BY c.issued_on, c.device_id""", (number,)).fetchall()
        found = []
        for device_id, certificate_id, what, issued_on, ward, name in rows:
            facts = CertificateFacts(certificate_id, issued_on, device_id, what, name, ward)
            issuer = self.keys.get(device_id)
            status = UNKNOWN_ISSUER if issuer is None else _retired_or(VALID, issuer, issued_on)
            found.append(Verification(status, facts, issuer, title_of(what, self.achievements()),
                                      "found by its number in this computer's records"))
        return found

    def verify_pdf(self, path) -> Verification:
        """Check the code a certificate PDF made by this app carries."""
        code = code_in_pdf(Path(path))
        if code is None:
            return Verification(MALFORMED, detail=f"no certificate code was found in {path}")
        return self.verify_code(code)


def _retired_or(status: str, issuer, issued_on: str) -> str:
    """RETIRED when the issuing device had been retired before the day of issue, else `status`."""
    return RETIRED if issuer.retired_on is not None and issued_on > issuer.retired_on else status


def _lesson_ids(stored: str) -> list[str]:
    """The lessons a certificate listed when it was issued (a JSON list in its row)."""
    try:
        ids = json.loads(stored or "[]")
    except ValueError:
        return []
    return [i for i in ids if isinstance(i, str)] if isinstance(ids, list) else []


def _signed_by(public_key_hex: str, parsed) -> bool:
    try:
        VerifyKey(bytes.fromhex(public_key_hex)).verify(parsed.message, parsed.signature)
        return True
    except (BadSignatureError, ValueError):
        return False


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
        raise DlaError("file.cannot_read", path=str(path), detail=exc.strerror or str(exc)) from exc
    for match in _KEYWORDS.finditer(data):
        code = code_from_keywords(match.group(1).decode("latin-1"))
        if code:
            return code
    return None
