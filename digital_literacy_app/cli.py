"""The `dla` command line: a thin layer over the core (contract in DESIGN.md).

Exit 0: done. Exit 1: refused, with one plain sentence on stderr. Exit 2: wrong usage.
Messages come from the core's wording tables: Vietnamese when the system language is
Vietnamese or with `--lang vi`, English otherwise (cli_words.py).
"""

import argparse
import json
import os
import sqlite3
import sys
from pathlib import Path

from digital_literacy_app import __version__, cli_backups, cli_certificates, cli_coordinator
from digital_literacy_app.cli_words import system_language, words
from digital_literacy_app.core.errors import DlaError, from_database_error
from digital_literacy_app.core.trainer import Trainer

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


def _data_dir_option(parser: argparse.ArgumentParser, default=argparse.SUPPRESS, lang: bool = True) -> None:
    """--data-dir, which every command takes, and (unless the command has a --lang of its own
    for what it writes) --lang for the language of its messages."""
    parser.add_argument("--data-dir", metavar="DIR", default=default,
                        help="where the database and device identity live (default: DLA_DATA_DIR "
                             "or the per-user data folder)")
    if lang and default is argparse.SUPPRESS:
        _lang_option(parser)


def _lang_option(parser: argparse.ArgumentParser, default=argparse.SUPPRESS) -> None:
    parser.add_argument("--lang", dest="ui_lang", choices=("vi", "en"), default=default,
                        help="the language of messages (default: the system's; Vietnamese if it is "
                             "Vietnamese, else English)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dla", description="Digital-literacy trainer (Bình dân học vụ số).")
    parser.add_argument("--version", action="version", version=f"dla {__version__}")
    _data_dir_option(parser, default=None)
    _lang_option(parser, default=None)
    parser.add_argument("--database", metavar="URL", default=None,
                        help="a city coordinator store on PostgreSQL (postgresql://...; default: "
                             "DLA_DATABASE_URL): sync import, report, certificate verify and the "
                             "coordinator screens (with no command) run against it")
    parser.add_argument("--self-check", action="store_true",
                        help="check lessons, database, certificate PDF, voice and the start screen "
                             "in a throwaway folder; exit 0 if all work, else 1 naming what is broken")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    lessons = commands.add_parser("lessons", help="check and list lesson packs")
    lesson_commands = lessons.add_subparsers(dest="action", metavar="ACTION", required=True)
    validate = lesson_commands.add_parser("validate", help="check lesson files; errors as file:line: message")
    validate.add_argument("paths", nargs="*", metavar="PATH", type=Path)
    _data_dir_option(validate)
    listing = lesson_commands.add_parser("list", help="list the bundled lessons")
    listing.add_argument("--json", action="store_true")
    _data_dir_option(listing)
    handout = lesson_commands.add_parser("handout", help="write a large-print A4 take-home handout (PDF)")
    handout.add_argument("lesson", metavar="LESSON", help="a lesson id (or a lesson folder)")
    handout.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    handout.add_argument("--lang", choices=("vi", "en"), default="vi", help="the language of the handout")
    _data_dir_option(handout, lang=False)

    learner = commands.add_parser("learner", help="add and list learners")
    learner_commands = learner.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = learner_commands.add_parser("add", help="add a learner; prints the new id")
    add.add_argument("--name", required=True)
    add.add_argument("--birth-year", type=int)
    add.add_argument("--group", default="other",
                     help="elderly, farmer, freelance, suburban or other (default other)")
    add.add_argument("--ward")
    _data_dir_option(add)
    learner_list = learner_commands.add_parser("list", help="list learners")
    learner_list.add_argument("--json", action="store_true")
    _data_dir_option(learner_list)

    demo = commands.add_parser("demo", help="synthetic data for trying the app")
    demo_commands = demo.add_subparsers(dest="action", metavar="ACTION", required=True)
    seed = demo_commands.add_parser("seed", help="add realistic synthetic learners and progress")
    seed.add_argument("--learners", type=int, required=True, metavar="N")
    seed.add_argument("--seed", type=int, default=1, metavar="S")
    _data_dir_option(seed)

    shots = commands.add_parser(
        "screenshots", help="render every screen of the learner app to PNG files (offscreen, on "
                            "demo data in a temporary folder; your data is never touched)")
    shots.add_argument("--out", required=True, type=Path, metavar="DIR")
    shots.add_argument("--lang", choices=("vi", "en"), default="vi")
    shots.add_argument("--text-scale", type=int, default=100, metavar="PCT", help="100 to 200 (default 100)")
    shots.add_argument("--theme", choices=("default", "high-contrast"), default="default")
    shots.set_defaults(action=None)

    sync = commands.add_parser("sync", help="write and read sync files (USB sticks)")
    sync_commands = sync.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = sync_commands.add_parser("export", help="write every event this computer knows to a sync file")
    export.add_argument("--out", required=True, type=Path, metavar="FILE")
    export.add_argument("--seal-to", type=Path, metavar="PUBKEY_FILE",
                        help="seal the file so only that coordinator's computer can read it")
    _data_dir_option(export)
    sync_import = sync_commands.add_parser("import", help="merge sync files (or folders of them)")
    sync_import.add_argument("files", nargs="+", type=Path, metavar="FILE")
    _data_dir_option(sync_import)

    report = commands.add_parser("report", help="totals for the city, by ward, group, area, month")
    report.add_argument("--by", default="", metavar="DIMS",
                        help="comma-separated: ward, group, area, month, competence")
    report.add_argument("--format", default="json", choices=("json", "csv", "xlsx", "pdf"))
    report.add_argument("--out", type=Path, metavar="FILE", help="write here (default: print; needed for xlsx and pdf)")
    report.add_argument("--chart-by", default="group", choices=("group", "ward"),
                        help="the PDF's month chart: columns per learner group or per ward")
    report.set_defaults(action=None)
    _data_dir_option(report)

    keys = commands.add_parser("keys", help="this computer's public key")
    key_commands = keys.add_subparsers(dest="action", metavar="ACTION", required=True)
    key_export = key_commands.add_parser("export", help="write this computer's public key to a file")
    key_export.add_argument("--out", required=True, type=Path, metavar="FILE")
    _data_dir_option(key_export)
    cli_certificates.add_commands(commands, learner_commands, _data_dir_option)
    cli_coordinator.add_commands(commands, _data_dir_option)
    cli_backups.add_commands(commands, _data_dir_option)
    return parser


# Commands that change data: each waits a few seconds for the app (or another writing
# command) to let go of the data folder, then refuses. Reading commands never wait.
WRITERS = {("learner", "add"), ("learner", "cards"), ("demo", "seed"), ("sync", "export"), ("sync", "import"),
           ("certificate", "issue"), ("coordinator", "trust"), ("coordinator", "retire"),
           ("coordinator", "rotate-key"), ("coordinator", "migrate"), ("restore", None)}


def main(argv: list[str] | None = None) -> int:
    _utf8_console()
    parser = build_parser()
    args = parser.parse_args(argv)
    words.lang = args.ui_lang or system_language()
    if args.self_check:
        from digital_literacy_app.self_check import run as self_check

        return self_check(args.data_dir)
    if args.command is None:
        from digital_literacy_app.ui.app import run_app

        # the coordinator screens on the city store (ui/city_window.py); the app says plainly
        # what is wrong with an address, with the way to this PC's own data
        return run_app(data_dir=args.data_dir, database=args.database or os.environ.get("DLA_DATABASE_URL") or None)
    handler = _HANDLERS[(args.command, args.action)]
    args.database_url = args.database or os.environ.get("DLA_DATABASE_URL") or None
    if args.database_url and not Trainer.is_city_store(args.database_url):
        parser.error(words.say("cli.database_not_postgres", url=Trainer.city_stores.without_password(args.database_url)))
    args.hold_s = cli_backups.writer_wait_s() if (args.command, args.action) in WRITERS else None
    try:
        return handler(args)
    except DlaError as exc:
        words.refuse_error(exc)
        return EXIT_REFUSED
    except sqlite3.DatabaseError as exc:
        words.refuse_error(from_database_error(exc, Path(args.data_dir or ".")))
        return EXIT_REFUSED
    except OSError as exc:
        words.refuse("cli.os_error", detail=exc.strerror or str(exc),
                     where=f" ({exc.filename})" if exc.filename else "")
        return EXIT_REFUSED
    except KeyboardInterrupt:
        words.refuse("cli.stopped")
        return 130
    except Exception as exc:  # a bug: one sentence and the log's path, never a traceback
        refused = Trainer.city_stores.lost_or_refused(exc)
        if refused is not None:  # the city store went away, or refused (a full disk, say)
            words.refuse_error(refused)
            return EXIT_REFUSED
        folder = Trainer.locate_data(args.data_dir)[0]
        words.refuse("cli.crashed", log=Trainer.log_crash(folder if folder.is_dir() else None, exc, "dla"))
        return EXIT_REFUSED


def _utf8_console() -> None:
    """Windows consoles default to a legacy code page; Vietnamese needs UTF-8."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(encoding="utf-8", errors="replace")
            except (ValueError, OSError):
                pass


def _open(args) -> Trainer:
    return Trainer.open(args.data_dir, hold_s=args.hold_s, database=getattr(args, "database_url", None))


def _lessons_validate(args) -> int:
    checked = Trainer.lesson_files.check(args.paths)
    for problem in checked.problems:
        print(problem, file=sys.stderr if problem.severity == "error" else sys.stdout)
    lessons = len(checked.catalogue.lessons)
    valid = (words.say("cli.lessons_and_courses", lessons=lessons, courses=len(checked.courses))
             if checked.courses else words.say("cli.lessons_counted", lessons=lessons))
    if not lessons and not checked.errors:
        words.refuse("cli.no_lessons_found", paths=", ".join(map(str, args.paths or [Trainer.lesson_files.bundled_dir()])))
        return EXIT_REFUSED
    if checked.errors:
        print(words.say("cli.lessons_invalid", errors=len(checked.errors), warnings=len(checked.warnings),
                        valid=valid), file=sys.stderr)
        return EXIT_REFUSED
    words.tell("cli.lessons_valid", valid=valid, warnings=len(checked.warnings))
    return EXIT_OK


def _lessons_list(args) -> int:
    catalogue = Trainer.lesson_files.catalogue()
    if args.json:
        print(json.dumps([lesson.summary_dict() for lesson in catalogue.lessons], ensure_ascii=False, indent=2))
    else:
        for lesson in catalogue.lessons:
            print(f"{lesson.id:28} {lesson.area:11} {len(lesson.steps):3} steps {lesson.minutes:4} min  "
                  f"{lesson.title.get(words.lang)}")
    if catalogue.errors:
        words.refuse("cli.lesson_problems", count=len(catalogue.errors))
    return EXIT_OK


def _lessons_handout(args) -> int:
    lesson, catalogue = Trainer.lesson_files.find(args.lesson)
    path = Trainer.lesson_files.write_handout(lesson, args.out, args.lang, catalogue)
    words.tell("cli.handout_written", lesson=lesson.id, lang=args.lang, path=path)
    return EXIT_OK


def _learner_add(args) -> int:
    with _open(args) as trainer:
        record = trainer.learners.add(args.name, args.birth_year, args.group, args.ward)
    print(record.id)
    return EXIT_OK


def _learner_list(args) -> int:
    with _open(args) as trainer:
        learners = trainer.learners.all(order="name")
    if args.json:
        rows = [{"id": r.id, "name": r.name, "birth_year": r.birth_year, "group": r.group, "ward": r.ward}
                for r in learners]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    for r in learners:
        print(f"{r.id}  {r.name:30}  {r.birth_year or '':4}  {r.group:9}  {r.ward}")
    return EXIT_OK


def _demo_seed(args) -> int:
    if not 1 <= args.learners <= 1_000_000:
        words.refuse("cli.learners_range")
        return EXIT_USAGE
    with _open(args) as trainer:
        summary = trainer.seed_demo(args.learners, args.seed)
    words.tell("cli.demo_seeded", learners=summary.learners, events=summary.events,
               completed=summary.lessons_completed)
    return EXIT_OK


def _screenshots(args) -> int:
    if not 100 <= args.text_scale <= 200:
        words.refuse("cli.text_scale_range")
        return EXIT_USAGE
    from digital_literacy_app.screenshots import Look, render_all

    look = Look(args.lang, args.text_scale, args.theme == "high-contrast")
    for path in render_all(args.out, look):
        print(path)
    return EXIT_OK


def _sync_export(args) -> int:
    with _open(args) as trainer:
        recipient = trainer.devices.read_public_key(args.seal_to) if args.seal_to else None
        result = trainer.sync.export(args.out, recipient)
    if recipient:
        words.tell("cli.export_written_sealed", path=result.path, events=result.events, devices=result.devices,
                   recipient=recipient.name or recipient.device_id)
    else:
        words.tell("cli.export_written", path=result.path, events=result.events, devices=result.devices)
    return EXIT_OK


def _sync_import(args) -> int:
    with _open(args) as trainer:
        results = trainer.sync.import_files(args.files)
    if not results:
        words.refuse("cli.no_sync_files")
        return EXIT_REFUSED
    for result in results:
        name = result.path.name
        if result.status == "imported":
            who = " ".join(x for x in (result.device_name, f"({result.ward})" if result.ward else "") if x)
            words.tell("cli.imported", file=name, events=result.events_new, learners=result.learners_new,
                       known=result.events_known, source=who or result.device_id)
            for warning in result.warnings:
                words.tell("cli.import_note", file=name, note=warning.say(words.lang))
        elif result.status == "already":
            print(f"{name}: {result.error.say(words.lang)}")
        else:
            words.refuse("cli.refused", file=name, reason=result.error.say(words.lang))
    return EXIT_REFUSED if any(r.status == "refused" for r in results) else EXIT_OK


def _report(args) -> int:
    by = [d.strip() for d in args.by.split(",") if d.strip()]
    if args.format in ("xlsx", "pdf") and not args.out:
        words.refuse("cli.needs_out", format=args.format)
        return EXIT_USAGE
    with _open(args) as trainer:
        report = trainer.reports.build(by)
        if args.format == "xlsx":  # each file counts only what it shows
            report = trainer.reports.with_ward_totals(report)
        elif args.format == "pdf":
            report = trainer.reports.with_chart(report, args.chart_by)
    if args.out:
        trainer.reports.write(report, args.format, args.out)
        words.tell("cli.report_written", path=args.out, rows=len(report.rows))
    elif args.format == "json":
        sys.stdout.write(report.as_json())
    else:
        sys.stdout.buffer.write(trainer.reports.csv(report))
        sys.stdout.flush()
    return EXIT_OK


def _keys_export(args) -> int:
    with _open(args) as trainer:
        path = trainer.devices.write_public_key(args.out)
    words.tell("cli.key_written", path=path)
    return EXIT_OK


_HANDLERS = {
    **cli_coordinator.HANDLERS,
    ("lessons", "validate"): _lessons_validate,
    ("lessons", "list"): _lessons_list,
    ("lessons", "handout"): _lessons_handout,
    ("learner", "add"): _learner_add,
    ("learner", "list"): _learner_list,
    ("demo", "seed"): _demo_seed,
    ("screenshots", None): _screenshots,
    ("sync", "export"): _sync_export,
    ("sync", "import"): _sync_import,
    ("keys", "export"): _keys_export,
    **cli_certificates.HANDLERS,
    **cli_backups.HANDLERS,
    ("report", None): _report,
}

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
