"""Sync figures: merging 1,000,000 events from 200 files, re-importing them, a JSON report.

The 200 files are made directly (signed with 200 fresh device keys) rather than by seeding
200 databases, which would take far longer than the import being measured.
"""

import hashlib
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from nacl.signing import SigningKey

from digital_literacy_app.core.store.events import canonical_json
from digital_literacy_app.core.sync import archive

FILES, EVENTS_PER_FILE = 200, 5000
LESSONS = [("vneid-levels", 10), ("vietqr-pay", 10), ("sms-links", 10), ("install-apps-safely", 10)]


def make_file(folder: Path, index: int, rng: random.Random) -> Path:
    key = SigningKey.generate()
    device_id = f"bench{index:011d}"
    lines, seq = [], 0

    def add(kind, learner, payload):
        nonlocal seq
        seq += 1
        lines.append(archive.event_line(device_id, seq, seq, kind, learner, f"2026-{1 + seq % 11:02d}-15T08:00:00.000+00:00",
                                        canonical_json(payload)))

    while seq < EVENTS_PER_FILE - 60:
        learner = f"{index:04d}{seq:06d}"
        add("learner.created", learner, {"name": f"Người {index}-{seq}", "birth_year": 1950 + seq % 40,
                                         "group": rng.choice(["elderly", "farmer", "freelance", "suburban", "other"]),
                                         "ward": f"Phường {index % 20}"})
        lesson, steps = rng.choice(LESSONS)
        add("lesson.started", learner, {"lesson_id": lesson, "lesson_version": 1})
        for step in range(steps):
            if rng.random() < 0.3:
                add("practice.tried", learner, {"lesson_id": lesson, "step_id": f"s{step}", "right": False})
            add("step.completed", learner, {"lesson_id": lesson, "step_id": f"s{step}", "step_index": step})
        add("lesson.completed", learner, {"lesson_id": lesson, "lesson_version": 1})
    while seq < EVENTS_PER_FILE:
        add("hint.used", learner, {"lesson_id": lesson, "step_id": "s0"})
    body = ("\n".join(lines) + "\n").encode("utf-8")
    manifest = {"format": "dlsync", "version": 1, "min_reader_version": 1, "created_at": "2026-11-27",
                "device": {"id": device_id, "name": f"PC {index}", "ward": f"Phường {index % 20}",
                           "public_key": key.verify_key.encode().hex()},
                "known_devices": [], "counts": {"events": seq}, "ranges": {device_id: [1, seq]},
                "events_sha256": hashlib.sha256(body).hexdigest()}
    path = folder / f"pc-{index:03d}.dlsync"
    path.write_bytes(archive.build_zip(manifest, body, lambda data: key.sign(data).signature))
    return path


_CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from digital_literacy_app.core.trainer import Trainer
from digital_literacy_app.core.sync.importer import import_files
from digital_literacy_app.core.reports import build_report
folder, data = Path(sys.argv[1]), Path(sys.argv[2])
trainer = Trainer.open(data)
files = sorted(folder.glob("*.dlsync"))
start = time.perf_counter(); results = import_files(trainer, files); first = time.perf_counter() - start
rss_import = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
start = time.perf_counter(); again = import_files(trainer, files); second = time.perf_counter() - start
extra = Path(sys.argv[3])
start = time.perf_counter(); weekly = import_files(trainer, [extra]); fourth = time.perf_counter() - start
start = time.perf_counter(); report = build_report(trainer, ["ward", "group", "area", "month"]).as_json(); third = time.perf_counter() - start
print(json.dumps({"first_s": first, "events_new": sum(r.events_new for r in results),
                  "refused": sum(r.status == "refused" for r in results), "reimport_s": second,
                  "reimport_new": sum(r.events_new for r in again), "report_s": third,
                  "report_bytes": len(report), "peak_rss_mb": rss_import,
                  "weekly_s": fourth, "weekly_new": sum(r.events_new for r in weekly)}))
"""


def run() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "usb"
        folder.mkdir()
        rng = random.Random(5)
        started = time.perf_counter()
        for index in range(FILES):
            make_file(folder, index, rng)
        made = time.perf_counter() - started
        later = Path(tmp) / "later"
        later.mkdir()
        weekly = make_file(later, FILES, rng)
        child = subprocess.run([sys.executable, "-c", _CHILD, str(folder), str(Path(tmp) / "coordinator"), str(weekly)],
                               capture_output=True, text=True, check=True)
        figures = json.loads(child.stdout)
    events = figures["events_new"]
    return {
        "files": FILES, "events": events, "refused_files": figures["refused"],
        "merge_s": round(figures["first_s"], 2), "merge_events_per_s": round(events / figures["first_s"]),
        "reimport_s": round(figures["reimport_s"], 2), "reimport_new_events": figures["reimport_new"],
        "json_report_s": round(figures["report_s"], 2), "peak_rss_import_mb": round(figures["peak_rss_mb"]),
        "one_more_file_into_1m_s": round(figures["weekly_s"], 2), "one_more_file_events": figures["weekly_new"],
        "making_the_files_s": round(made, 1),
    }
