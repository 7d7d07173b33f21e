"""`dla coordinator fingerprint|trust|retire|rotate-key|migrate`: the coordinator's trust list from the
command line, and moving a coordinator's store up to the city's PostgreSQL store.

A ward PC trusts its coordinator once, by the fingerprint the coordinator reads out (or
prints); the coordinator retires a lost, stolen or replaced PC. Both travel on the usual
sync files (docs/sync-format.md, "Trust list"). Exit codes: 0 done, 1 refused, 2 usage.
"""

import argparse

from digital_literacy_app.cli_words import words

EXIT_OK, EXIT_USAGE = 0, 2


def add_commands(commands, data_dir_option) -> None:
    coordinator = commands.add_parser("coordinator", help="trust a coordinator, retire a lost or replaced PC")
    actions = coordinator.add_subparsers(dest="action", metavar="ACTION", required=True)
    data_dir_option(actions.add_parser("fingerprint", help="print this computer's fingerprint, for ward PCs "
                                                           "to trust it as their coordinator"))
    trust = actions.add_parser("trust", help="trust the coordinator with this fingerprint (16 letters and digits)")
    trust.add_argument("fingerprint", metavar="FINGERPRINT")
    data_dir_option(trust)
    data_dir_option(actions.add_parser("rotate-key", help="give this computer a new key, signed by the old one "
                                                          "(when the old one may have been copied)"))
    migrate = actions.add_parser("migrate", help="copy this coordinator's store into an empty city store "
                                                 "on PostgreSQL, proved by comparing reports")
    migrate.add_argument("--to", required=True, metavar="URL", help="postgresql://...")
    data_dir_option(migrate)
    retire = actions.add_parser("retire", help="retire a lost, stolen or replaced PC: its later records never count")
    retire.add_argument("device", metavar="DEVICE_ID")
    data_dir_option(retire)


def _open(args):
    from digital_literacy_app.core.trainer import Trainer

    return Trainer.open(args.data_dir, hold_s=getattr(args, "hold_s", None),
                        database=getattr(args, "database_url", None))  # cli.WRITERS


def fingerprint(args: argparse.Namespace) -> int:
    with _open(args) as trainer:
        words.tell("cli.coordinator_fingerprint", fingerprint=trainer.trust.fingerprint())
    return EXIT_OK


def trust(args: argparse.Namespace) -> int:
    with _open(args) as trainer:
        clean = trainer.trust.trust_coordinator(args.fingerprint)
    words.tell("cli.coordinator_trusted", fingerprint=clean)
    return EXIT_OK


def retire(args: argparse.Namespace) -> int:
    with _open(args) as trainer:
        last = trainer.trust.retire(args.device)
    words.tell("cli.device_retired", device=args.device, seq=last)
    return EXIT_OK


def migrate(args: argparse.Namespace) -> int:
    from digital_literacy_app.core.trainer import Trainer

    if not Trainer.is_city_store(args.to):
        words.refuse("cli.database_not_postgres", url=args.to)
        return EXIT_USAGE
    with Trainer.open(args.data_dir, hold_s=getattr(args, "hold_s", None)) as trainer:
        moved = trainer.sync.move_to_city(args.to)
    words.tell("cli.city_moved", events=moved.events, files=moved.files, url=moved.url,
               reports=moved.reports_compared)
    return EXIT_OK


def rotate_key(args: argparse.Namespace) -> int:
    with _open(args) as trainer:
        new = trainer.trust.rotate_key()
    words.tell("cli.key_rotated", fingerprint=new)
    return EXIT_OK


HANDLERS = {("coordinator", "rotate-key"): rotate_key, ("coordinator", "migrate"): migrate,("coordinator", "fingerprint"): fingerprint, ("coordinator", "trust"): trust,
            ("coordinator", "retire"): retire}
