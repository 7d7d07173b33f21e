"""`dla coordinator fingerprint|trust|retire|rotate-key`: the coordinator's trust list from the command line.

A ward PC trusts its coordinator once, by the fingerprint the coordinator reads out (or
prints); the coordinator retires a lost, stolen or replaced PC. Both travel on the usual
sync files (docs/sync-format.md, "Trust list"). Exit codes: 0 done, 1 refused, 2 usage.
"""

import argparse

from digital_literacy_app.cli_words import words

EXIT_OK = 0


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


def rotate_key(args: argparse.Namespace) -> int:
    with _open(args) as trainer:
        new = trainer.trust.rotate_key()
    words.tell("cli.key_rotated", fingerprint=new)
    return EXIT_OK


HANDLERS = {("coordinator", "rotate-key"): rotate_key,("coordinator", "fingerprint"): fingerprint, ("coordinator", "trust"): trust,
            ("coordinator", "retire"): retire}
