"""`dla certificate issue|verify` and `dla learner cards`: thin wrappers over the core.

Kept apart from cli.py so the main command table stays short. Exit codes follow the
contract: 0 done or valid, 1 refused (not eligible, invalid, unknown issuer), 2 usage.
"""

import argparse
from pathlib import Path

from digital_literacy_app.cli_words import words

EXIT_OK, EXIT_REFUSED = 0, 1


def add_commands(commands, learner_commands, data_dir_option) -> None:
    """Add the certificate command group and `learner cards` to the main parser."""
    certificate = commands.add_parser("certificate", help="issue and verify certificates of completion")
    actions = certificate.add_subparsers(dest="action", metavar="ACTION", required=True)
    issue = actions.add_parser("issue", help="write a signed PDF certificate for an eligible learner")
    issue.add_argument("--learner", required=True, metavar="ID")
    issue.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    issue.add_argument("--for", dest="what", metavar="AREA_OR_COURSE",
                       help="the area or course id to certify (default: the largest one completed)")
    issue.add_argument("--volunteer", default="", metavar="NAME", help="printed as the volunteer")
    data_dir_option(issue)
    verify = actions.add_parser("verify", help="check a certificate offline (exit 0 valid, 1 not)")
    source = verify.add_mutually_exclusive_group(required=True)
    source.add_argument("--pdf", type=Path, metavar="FILE")
    source.add_argument("--code", metavar="TEXT", help="the code scanned from the QR or typed")
    source.add_argument("--number", metavar="TEXT",
                        help="the certificate number printed large on it, looked up in the records here")
    data_dir_option(verify)

    cards = learner_commands.add_parser("cards", help="print learner cards (A4, eight a sheet)")
    cards.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    cards.add_argument("--learner", action="append", default=[], metavar="ID",
                       help="only this learner (repeat for more; default: every learner)")
    data_dir_option(cards)


def _open(args):
    from digital_literacy_app.core.trainer import Trainer

    return Trainer.open(args.data_dir, hold_s=getattr(args, "hold_s", None),
                        database=getattr(args, "database_url", None))  # cli.WRITERS


def certificate_issue(args: argparse.Namespace) -> int:
    with _open(args) as trainer:
        issued = trainer.certificates.issue(args.learner, args.volunteer, args.out, args.what)
    words.tell("cli.certificate_written", id=issued.facts.certificate_id, name=issued.facts.name,
               what=issued.achievement.title.get(words.lang), path=issued.path)
    return EXIT_OK


def certificate_verify(args: argparse.Namespace) -> int:
    from digital_literacy_app.core.records import UNKNOWN_ISSUER

    if args.number is not None:
        return _verify_number(args)
    with _open(args) as trainer:
        book = trainer.certificates
        result = book.verify_pdf(args.pdf) if args.pdf else book.verify_code(args.code)
    if result.valid:
        print(describe(result))
        return EXIT_OK
    if result.status == UNKNOWN_ISSUER:
        words.refuse("cli.certificate_unconfirmed", device=result.facts.device_id)
    else:
        words.refuse("cli.certificate_invalid", verdict=result.message(words.lang).rstrip("."), detail=result.detail)
    return EXIT_REFUSED


def _verify_number(args: argparse.Namespace) -> int:
    """Every certificate with that number in the records: exit 0 when one is trusted."""
    with _open(args) as trainer:
        found = trainer.certificates.verify_number(args.number)
    if not found:
        words.refuse("cli.certificate_number_unknown", number=args.number.strip())
        return EXIT_REFUSED
    for result in found:
        if result.valid:
            print(describe(result, "cli.certificate_found"))
        else:
            words.refuse("cli.certificate_invalid", verdict=result.message(words.lang).rstrip("."), detail=result.detail)
    return EXIT_OK if any(result.valid for result in found) else EXIT_REFUSED


def describe(result, key: str = "cli.certificate_valid") -> str:
    """Who, what, when and which device, for a valid certificate."""
    facts, issuer = result.facts, result.issuer
    what = f"{result.title.vi} ({result.title.en})" if result.title else facts.what
    where = f", {issuer.ward}" if issuer.ward else ""
    return words.say(key, name=facts.name or "-", what=what, date=facts.issued_on,
                     ward=facts.ward or "-", id=facts.certificate_id,
                     issuer=f"{issuer.name or issuer.device_id}{where}", device=issuer.device_id,
                     mine=words.say("cli.this_computer") if issuer.this_device else "")


def learner_cards(args: argparse.Namespace) -> int:
    with _open(args) as trainer:
        ids = args.learner or [learner.id for learner in trainer.learners.all(order="name")]
        path = trainer.learners.write_cards(args.out, ids)
    words.tell("cli.cards_written", count=len(ids), sheets=-(-len(ids) // 8), path=path)
    return EXIT_OK


HANDLERS = {
    ("certificate", "issue"): certificate_issue,
    ("certificate", "verify"): certificate_verify,
    ("learner", "cards"): learner_cards,
}
