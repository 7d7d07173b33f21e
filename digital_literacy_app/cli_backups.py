"""`dla backup` and `dla restore`: copies of the database, and putting one back.

`dla restore` works on a data folder whose database is damaged (that is when it matters):
it never opens the damaged file, keeps it aside in `kept/`, and says what it did.
"""

import argparse
import os
from pathlib import Path

from digital_literacy_app.cli_words import words
from digital_literacy_app.core.trainer import Trainer

EXIT_OK = 0
WAIT_VARIABLE = "DLA_WRITER_WAIT_S"  # a script that would rather wait longer (or not at all) sets it


def writer_wait_s() -> float:
    """How long a writing command waits for the app or another command: 5 s, or the
    variable's number of seconds (0 to 600)."""
    try:
        return min(600.0, max(0.0, float(os.environ.get(WAIT_VARIABLE, "5"))))
    except ValueError:
        return 5.0


def add_commands(commands, data_dir_option) -> None:
    backup = commands.add_parser("backup", help="copy the database now (checked); --list shows the copies")
    backup.add_argument("--out", type=Path, metavar="FILE",
                        help="write the copy here (a file or a folder); default: backups/ in the data folder")
    backup.add_argument("--list", action="store_true", help="list the backups with what they hold")
    backup.set_defaults(action=None)
    data_dir_option(backup)
    restore = commands.add_parser(
        "restore", help="put a backup in place of the database (the current file is kept aside)")
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("file", nargs="?", type=Path, metavar="FILE", help="a backup file")
    which.add_argument("--newest", action="store_true", help="the newest backup that checks good")
    which.add_argument("--empty", action="store_true",
                       help="start with an empty database (when no backup is good)")
    restore.set_defaults(action=None)
    data_dir_option(restore)


def backup(args: argparse.Namespace) -> int:
    if args.list:
        for info in Trainer.backups_in(args.data_dir):
            _tell_backup(info)
        return EXIT_OK
    with Trainer.open(args.data_dir) as trainer:
        info = trainer.backups.make("manual", args.out)
    words.tell("cli.backup_written", path=info.path, learners=info.learners, events=info.events)
    return EXIT_OK


def restore(args: argparse.Namespace) -> int:
    source = args.file
    if args.newest:
        good = [info for info in Trainer.backups_in(args.data_dir) if info.good]
        if not good:
            words.refuse("cli.no_good_backup")
            return 1
        source = good[0].path
    result = Trainer.restore(args.data_dir, None if args.empty else source, hold_s=writer_wait_s())
    if result.backup is not None:
        words.tell("cli.restored", path=result.backup.path, when=f"{result.backup.made_at:%d/%m/%Y %H:%M}",
                   learners=result.backup.learners)
    else:
        words.tell("cli.restored_empty")
    if result.kept_at is not None:
        words.tell("cli.kept_aside", path=result.kept_at)
    if result.new_identity:
        words.tell("cli.new_identity", old=result.old_device_id, new=result.device_id)
    return EXIT_OK


def _tell_backup(info) -> None:
    if info.good:
        words.tell("cli.backup_line", when=f"{info.made_at:%d/%m/%Y %H:%M}", kind=info.kind,
                   learners=info.learners, events=info.events, size=f"{info.size / 1e6:.1f}", path=info.path)
    else:
        words.tell("cli.backup_line_bad", when=f"{info.made_at:%d/%m/%Y %H:%M}", path=info.path)


HANDLERS = {("backup", None): backup, ("restore", None): restore}
