"""Sync figures: merging 1,000,000 events from 200 files, with and without format 2's proofs,
a relayed file, a hostile 400 MB line, re-importing, a JSON report.

The files are made directly (signed with fresh device keys) rather than by seeding 200
databases, which would take far longer than the import being measured. The same events are
written twice: as format 1 files (no proofs) and as format 2 files (each origin's hash
chain and its signed proof, core/sync/chain.py). Each set is imported into a fresh data
folder in a process of its own, three times, in the order 1, 2, 2, 1, 1, 2, so that a
machine getting slower or faster during the run weighs on both formats alike; the ratio
compares the medians (the best, the means and every run are printed too, with the
process's CPU time; on a shared machine the best of three is the steadier figure, since
other work only ever adds time). The fold after the merge is the same work for both
formats, so the part before it is compared on its own as well.
"""

import datetime
import hashlib
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from nacl.signing import SigningKey

from digital_literacy_app.core.store.events import canonical_json
from digital_literacy_app.core.device import derived_id
from digital_literacy_app.core.learners import ID_ALPHABET
from digital_literacy_app.core.sync import archive, chain

FILES = int(os.environ.get("BENCH_SYNC_FILES", "200"))  # a smaller run to try the benchmark itself
EVENTS_PER_FILE = 5000
RELAY_ORIGINS = 20  # a ward coordinator's file: its ward PCs' events, each with its origin's proof
HOSTILE_LINE_BYTES = 400 * 1024 * 1024
LESSONS = [("vneid-levels", 10), ("vietqr-pay", 10), ("sms-links", 10), ("install-apps-safely", 10)]
_ROOT = Path(__file__).resolve().parent.parent


# -- making the files -----------------------------------------------------------------------

def id_of(key: SigningKey) -> str:
    """A PC's id made from its key, as the app makes new ones: a reader that has never met
    a PC accepts its file only under such an id."""
    return derived_id(key.verify_key.encode().hex())


def make_rows(device_id: str, index: int, rng: random.Random) -> list[tuple]:
    """One PC's events as stored rows (origin, seq, lamport, kind, learner, time, payload):
    learners created and taken through lessons, every payload within payloads.py's schema.

    Each learner sits their lesson at one time, its events a minute apart, as the app
    records them; the sittings follow one another from January to November, so the PC's
    clock moves on with its log. (Before session 31 each event's month was its seq modulo
    11: one learner's lesson spread over eleven months, eleven times the activity a
    report counts.)"""
    rows, seq, sitting = [], 0, None

    def add(kind, learner, payload):
        nonlocal seq
        seq += 1
        minute = seq - sitting[1]
        rows.append((device_id, seq, seq, kind, learner,
                     f"{sitting[0]}T{8 + minute // 60:02d}:{minute % 60:02d}:00.000+00:00", canonical_json(payload)))

    while seq < EVENTS_PER_FILE - 60:
        sitting = (sitting_day(seq), seq)
        learner = learner_id(rng)
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
    return rows


def sitting_day(seq: int) -> str:
    """The day of a sitting that starts at `seq`: the file's sittings spread evenly from
    5 January to 28 November 2026."""
    day = datetime.date(2026, 1, 5) + datetime.timedelta(days=seq * 327 // EVENTS_PER_FILE)
    return day.isoformat()


def learner_id(rng: random.Random) -> str:
    """A learner id as the app makes them (core/learners.py): ten random letters and
    digits, so the store's indexes see keys spread as a city's are, not in PC order."""
    return "".join(rng.choice(ID_ALPHABET) for _ in range(10))


def proof_for(rows: list[tuple], key: SigningKey) -> dict:
    """The origin's proof over its rows: its chain head, signed by its own key."""
    head = chain.genesis(rows[0][0])
    for row in rows:
        head = chain.step(head, chain.chained_row(*row))
    return chain.make_proof(rows[0][0], rows[-1][1], head, lambda data: key.sign(data).signature)


def write_file(path: Path, signer: SigningKey, device_id: str, index: int, origins: dict, version: int) -> Path:
    """A signed sync file of `origins` ({origin id: (rows, its signing key)}), format 1 or 2.

    Format 2 carries every origin's proof, made with that origin's key: a PC's own file has
    one origin, a coordinator's relayed file many."""
    lines = [chain.event_line(*row) for origin in sorted(origins) for row in origins[origin][0]]
    body = ("\n".join(lines) + "\n").encode("utf-8")
    manifest = {"format": "dlsync", "version": version, "min_reader_version": version, "created_at": "2026-12-06",
                "device": {"id": device_id, "name": f"PC {index}", "ward": f"Phường {index % 20}",
                           "public_key": signer.verify_key.encode().hex()},
                "known_devices": [], "counts": {"events": len(lines)},
                "ranges": {origin: [1, len(rows)] for origin, (rows, _) in sorted(origins.items())},
                "events_sha256": hashlib.sha256(body).hexdigest()}
    if version >= 2:
        manifest["proofs"] = {origin: proof_for(rows, key) for origin, (rows, key) in sorted(origins.items())}
    path.write_bytes(archive.build_zip(manifest, body, lambda data: signer.sign(data).signature))
    return path


def make_hostile(path: Path, version: int, line_bytes: int = HOSTILE_LINE_BYTES) -> dict:
    """A genuinely signed file whose one event line is `line_bytes` long, with a valid
    proof over it (format 2): everything holds but the line's length.

    The line is streamed into the zip, so making it never holds more than a few MB. Its
    filler is '0' with a pseudo-random 'a' at one byte in 256 on average: deflate packs it
    about 100 times, under the 200-times expansion check, so the file reaches the line reader.
    """
    key = SigningKey.generate()
    origin = id_of(key)
    head = hashlib.sha256(chain.genesis(origin))  # head(1) = SHA-256(head(0) || line(1))
    events = hashlib.sha256()
    prefix = ('{"kind":"hint.used","lamport":1,"learner":"000000000001","origin":"' + origin +
              '","payload":{"lesson_id":"sms-links","step_id":"').encode()
    suffix = b'"},"seq":1,"time":"2026-11-15T08:00:00.000+00:00"}'
    rng, table = random.Random(12), b"0" * 255 + b"a"
    filler, chunk = line_bytes - len(prefix) - len(suffix) - 1, 4 * 1024 * 1024

    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        with zf.open(archive.EVENTS, "w", force_zip64=True) as stream:
            def put(data: bytes, chained: bool = True) -> None:
                stream.write(data)
                events.update(data)
                if chained:
                    head.update(data)

            put(prefix)
            while filler > 0:
                size = min(chunk, filler)
                put(rng.randbytes(size).translate(table))
                filler -= size
            put(suffix)
            put(b"\n", chained=False)
        manifest = {"format": "dlsync", "version": version, "min_reader_version": version, "created_at": "2026-12-06",
                    "device": {"id": origin, "name": "PC X", "ward": "Phường 1",
                               "public_key": key.verify_key.encode().hex()},
                    "known_devices": [], "counts": {"events": 1}, "ranges": {origin: [1, 1]},
                    "events_sha256": events.hexdigest()}
        if version >= 2:
            manifest["proofs"] = {origin: chain.make_proof(origin, 1, head.digest(),
                                                           lambda data: key.sign(data).signature)}
        zf.writestr(archive.MANIFEST, archive.manifest_json(manifest))
        zf.comment = archive.PLACEHOLDER_V2 if version >= 2 else archive.PLACEHOLDER
        info = zf.getinfo(archive.EVENTS)
        member = {"line_bytes": info.file_size, "compressed_bytes": info.compress_size}
    _sign_in_place(path, key, version)
    member["file_bytes"] = path.stat().st_size
    member["ratio"] = round(info.file_size / info.compress_size, 1)
    return member


def _sign_in_place(path: Path, key: SigningKey, version: int) -> None:
    """Overwrite the placeholder at the end with the signature (format 2: of the body's SHA-256)."""
    if version < 2:  # format 1 signs the bytes themselves (a few MB here)
        path.write_bytes(archive.sign_file_bytes(path.read_bytes(), lambda data: key.sign(data).signature))
        return
    archive.sign_in_place(path, lambda data: key.sign(data).signature)


# -- importing, each in a process of its own ------------------------------------------------

def _status_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def _child(job: dict) -> dict:
    """Import `job["files"]` into a fresh data folder; the figures as a dict."""
    import gc
    import resource

    from digital_literacy_app.core.sync import importer
    from digital_literacy_app.core.trainer import Trainer

    folded = []
    refold = importer.refold

    def timed_refold(*args, **kwargs):
        start = time.perf_counter()
        refold(*args, **kwargs)
        folded.append(time.perf_counter() - start)

    importer.refold = timed_refold
    trainer = Trainer.open(Path(job["data"]))
    for device_id, public_key in job.get("remember", []):  # keys this PC already knows (a trust list, say)
        trainer.devices.remember(device_id, public_key, device_id)
    files = [Path(p) for p in job["files"]]
    gc.collect()
    out = {}
    if job.get("memory"):
        out["baseline_rss_mb"] = _status_mb("VmRSS")
        out["maxrss_before_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        try:  # reset the high-water mark, so VmHWM is this import's peak alone
            Path("/proc/self/clear_refs").write_text("5")
            out["hwm_reset"] = True
        except OSError:
            out["hwm_reset"] = False
    cpu = resource.getrusage(resource.RUSAGE_SELF)
    start = time.perf_counter()
    results = trainer.sync.import_files(files)
    out["seconds"] = time.perf_counter() - start
    used = resource.getrusage(resource.RUSAGE_SELF)
    out["cpu_s"] = used.ru_utime + used.ru_stime - cpu.ru_utime - cpu.ru_stime
    out["refold_s"] = sum(folded)
    out["events_new"] = sum(r.events_new for r in results)
    out["events_held"] = sum(r.events_held for r in results)
    out["refused"] = [f"{r.path.name}: {r.error.code}" for r in results if r.status == "refused"]
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if job.get("memory"):
        out["hwm_mb"] = _status_mb("VmHWM")
        out["codes"] = [r.error.code if r.error is not None else r.status for r in results]
    if job.get("more"):
        start = time.perf_counter()
        again = trainer.sync.import_files(files)
        out["reimport_s"] = time.perf_counter() - start
        out["reimport_new"] = sum(r.events_new for r in again)
        start = time.perf_counter()
        weekly = trainer.sync.import_files([Path(job["weekly"])])
        out["weekly_s"] = time.perf_counter() - start
        out["weekly_new"] = sum(r.events_new for r in weekly)
        start = time.perf_counter()
        report = trainer.reports.build(["ward", "group", "area", "month"]).as_json()
        out["report_s"] = time.perf_counter() - start
        out["report_bytes"] = len(report)
    trainer.db.close()
    return out


def _run_child(job: dict) -> dict:
    env = dict(os.environ, PYTHONPATH=str(_ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    child = subprocess.run([sys.executable, "-m", "benchmarks.bench_sync", json.dumps(job)], cwd=_ROOT, env=env,
                           capture_output=True, text=True, check=False)
    if child.returncode != 0:
        raise RuntimeError(f"benchmark child failed ({child.returncode}):\n{child.stderr[-4000:]}")
    return json.loads(child.stdout)


def _mean(values) -> float:
    values = list(values)
    return sum(values) / len(values)


def _median(values) -> float:
    values = sorted(values)
    middle = len(values) // 2
    return values[middle] if len(values) % 2 else (values[middle - 1] + values[middle]) / 2


def _summary(runs: list[dict]) -> dict:
    """Median, best, mean and every run: wall clock, before the fold, the fold, CPU time."""
    parts = {"merge_s": [r["seconds"] for r in runs], "before_fold_s": [r["seconds"] - r["refold_s"] for r in runs],
             "fold_s": [r["refold_s"] for r in runs], "cpu_s": [r["cpu_s"] for r in runs]}
    out = {}
    for name, values in parts.items():
        out[name] = {"median": round(_median(values), 2), "best": round(min(values), 2),
                     "mean": round(_mean(values), 2), "runs": [round(v, 2) for v in values]}
    return out


def run() -> dict:
    began = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        folders = {name: tmp / name for name in ("v1", "v2", "later", "relay-v1", "relay-v2-own", "relay", "hostile")}
        for folder in folders.values():
            folder.mkdir()
        rng = random.Random(5)
        started = time.perf_counter()
        for index in range(FILES + 1):
            key = SigningKey.generate()
            device_id = id_of(key)
            own = {device_id: (make_rows(device_id, index, rng), key)}
            if index == FILES:  # one more PC's file, a week later
                write_file(folders["later"] / f"pc-{index:03d}.dlsync", key, device_id, index, own, 2)
                continue
            write_file(folders["v1"] / f"pc-{index:03d}.dlsync", key, device_id, index, own, 1)
            write_file(folders["v2"] / f"pc-{index:03d}.dlsync", key, device_id, index, own, 2)
        made = time.perf_counter() - started

        # The relay: 20 ward PCs' events in their coordinator's one file, with their proofs;
        # the same events as the PCs' own files, in format 1 and in format 2.
        relayed, remember = {}, []
        for number in range(RELAY_ORIGINS):
            key = SigningKey.generate()
            device_id = id_of(key)
            relayed[device_id] = (make_rows(device_id, 1000 + number, rng), key)
            remember.append([device_id, key.verify_key.encode().hex()])
            one = {device_id: relayed[device_id]}
            write_file(folders["relay-v1"] / f"ward-{number:02d}.dlsync", key, device_id, number, one, 1)
            write_file(folders["relay-v2-own"] / f"ward-{number:02d}.dlsync", key, device_id, number, one, 2)
        coordinator = SigningKey.generate()
        relay_file = write_file(folders["relay"] / "coordinator.dlsync", coordinator, id_of(coordinator), 0,
                                relayed, 2)

        started = time.perf_counter()
        hostile = {version: make_hostile(folders["hostile"] / f"hostile-v{version}.dlsync", version)
                   for version in (2, 1)}
        made_hostile = time.perf_counter() - started

        def merge(folder: str, n: int, **extra) -> dict:
            files = [str(p) for p in sorted(folders[folder].glob("*.dlsync"))]
            return _run_child({"files": files, "data": str(tmp / f"data-{folder}-{n}"), **extra})

        runs = {1: [], 2: []}
        load = [os.getloadavg()[0]]
        for n, version in enumerate((1, 2, 2, 1, 1, 2)):
            more = {"more": True, "weekly": str(next(folders["later"].glob("*.dlsync")))} if n == 1 else {}
            runs[version].append(merge(f"v{version}", n, **more))
        relay = {}
        for n in range(3):  # a couple of seconds each: the median of three
            for name, job in (("v1_own_files", {"folder": "relay-v1"}), ("v2_own_files", {"folder": "relay-v2-own"}),
                              ("v2_relay_keys_known", {"remember": remember}), ("v2_relay_keys_unknown", {})):
                files = ([str(p) for p in sorted(folders[job["folder"]].glob("*.dlsync"))] if "folder" in job
                         else [str(relay_file)])
                relay.setdefault(name, []).append(_run_child({"files": files, "data": str(tmp / f"data-{name}-{n}"),
                                                              "remember": job.get("remember", [])}))
        load.append(os.getloadavg()[0])
        memory = {version: _run_child({"files": [str(folders["hostile"] / f"hostile-v{version}.dlsync")],
                                       "data": str(tmp / f"data-hostile-{version}"), "memory": True})
                  for version in (2, 1)}

    first = runs[2][0]
    events = first["events_new"]
    one, two = _summary(runs[1]), _summary(runs[2])

    def ratio(part: str, how: str = "median") -> float:
        return round(two[part][how] / one[part][how], 3)

    def relay_figures(rs: list[dict]) -> dict:
        return {"merge_s": _summary(rs)["merge_s"]["median"], "before_fold_s": _summary(rs)["before_fold_s"]["median"],
                "events_new": rs[0]["events_new"], "events_held": rs[0]["events_held"],
                "refused": rs[0]["refused"]}

    def hostile_figures(version: int) -> dict:
        m, h = memory[version], hostile[version]
        peak = m["hwm_mb"] if m["hwm_reset"] else max(m["hwm_mb"], m["maxrss_before_mb"])
        return {"line_bytes": h["line_bytes"], "file_mb": round(h["file_bytes"] / 1e6, 2),
                "compression_ratio": h["ratio"], "outcome": m["codes"], "import_s": round(m["seconds"], 2),
                "baseline_rss_mb": round(m["baseline_rss_mb"], 1), "peak_rss_mb": round(peak, 1),
                "peak_above_baseline_mb": round(peak - m["baseline_rss_mb"], 1)}

    return {
        "files": FILES, "events": events,
        "refused_files": sum(len(r["refused"]) for rs in runs.values() for r in rs),
        "format1": one, "format2": two,
        "format2_over_format1": {"merge": ratio("merge_s"), "merge_best": ratio("merge_s", "best"),
                                 "merge_mean": ratio("merge_s", "mean"), "before_fold": ratio("before_fold_s"),
                                 "before_fold_best": ratio("before_fold_s", "best"), "cpu": ratio("cpu_s"),
                                 "cpu_best": ratio("cpu_s", "best")},
        "merge_events_per_s_format2": round(events / two["merge_s"]["median"]),
        "reimport_s": round(first["reimport_s"], 2), "reimport_new_events": first["reimport_new"],
        "json_report_s": round(first["report_s"], 2),
        "peak_rss_import_mb": {"format1": round(max(r["peak_rss_mb"] for r in runs[1])),
                               "format2": round(max(r["peak_rss_mb"] for r in runs[2]))},
        "one_more_file_into_1m_s": round(first["weekly_s"], 2), "one_more_file_events": first["weekly_new"],
        "relay_20_origins_100k_events": {name: relay_figures(rs) for name, rs in relay.items()},
        "hostile_line": {"format2": hostile_figures(2), "format1": hostile_figures(1)},
        "load_average_1min": {"before_merges": round(load[0], 2), "after_relays": round(load[1], 2)},
        "making_the_files_s": round(made, 1), "making_the_hostile_files_s": round(made_hostile, 1),
        "total_s": round(time.perf_counter() - began, 1),
    }

if __name__ == "__main__":
    print(json.dumps(_child(json.loads(sys.argv[1]))))
