"""`dla certificate issue|verify` and `dla learner cards`: thin wrappers over the core.

Kept apart from cli.py so the main command table stays short. Exit codes follow the
contract: 0 done or valid, 1 refused (not eligible, invalid, unknown issuer), 2 usage.
"""

import argparse
import sys
from pathlib import Path

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
    data_dir_option(verify)

    cards = learner_commands.add_parser("cards", help="print learner cards (A4, eight a sheet)")
    cards.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    cards.add_argument("--learner", action="append", default=[], metavar="ID",
                       help="only this learner (repeat for more; default: every learner)")
    data_dir_option(cards)


def _open(args):
    from digital_literacy_app.core.trainer import Trainer

    return Trainer.open(args.data_dir)


def certificate_issue(args: argparse.Namespace) -> int:
    with _open(args) as trainer:
        issued = trainer.certificates.issue(args.learner, args.volunteer, args.out, args.what)
        title = issued.achievement.title
    print(f"Wrote certificate {issued.facts.certificate_id} for {issued.facts.name} "
          f"({title.en or title.vi}) to {issued.path}.")
    return EXIT_OK


def certificate_verify(args: argparse.Namespace) -> int:
    from digital_literacy_app.core.records import UNKNOWN_ISSUER

    with _open(args) as trainer:
        book = trainer.certificates
        result = book.verify_pdf(args.pdf) if args.pdf else book.verify_code(args.code)
    if result.valid:
        print(describe(result))
        return EXIT_OK
    if result.status == UNKNOWN_ISSUER:
        print(f"dla: cannot confirm: import a sync file from the issuing computer first "
              f"(the code names device {result.facts.device_id}).", file=sys.stderr)
    else:
        print(f"dla: {result.message('en').rstrip('.')}: {result.detail}.", file=sys.stderr)
    return EXIT_REFUSED


def describe(result) -> str:
    """Who, what, when and which device, for a valid certificate."""
    facts, issuer = result.facts, result.issuer
    what = f"{result.title.vi} ({result.title.en})" if result.title else facts.what
    device = issuer.name or issuer.device_id
    where = f", {issuer.ward}" if issuer.ward else ""
    mine = " - this computer" if issuer.this_device else ""
    return "\n".join([
        "Valid certificate.",
        f"  Learner:     {facts.name}",
        f"  Completed:   {what}",
        f"  Date:        {facts.issued_on}",
        f"  Ward:        {facts.ward or '-'}",
        f"  Certificate: {facts.certificate_id}",
        f"  Issued by:   {device}{where} (device {issuer.device_id}{mine})",
    ])


def learner_cards(args: argparse.Namespace) -> int:
    from digital_literacy_app.core.cards import write_card_sheet

    with _open(args) as trainer:
        learners = ([trainer.learners.get(learner_id) for learner_id in args.learner]
                    if args.learner else trainer.learners.all(order="name"))
        path = write_card_sheet(args.out, learners)
    sheets = -(-len(learners) // 8)
    print(f"Wrote {len(learners)} learner card(s) on {sheets} sheet(s) to {path}.")
    return EXIT_OK


def course_problems(paths: list[Path], lesson_ids: set[str]):
    """Courses files among `paths` (or at the top of lesson folders), checked against the lessons."""
    from digital_literacy_app.core.lessons.courses import find_courses_files, load_courses

    return load_courses(find_courses_files(paths), lesson_ids)


def lesson_paths(paths: list[Path]) -> list[Path]:
    """Where to look for lessons: a courses.yaml given by name stands for its folder."""
    from digital_literacy_app.core.records import COURSES_FILE

    result = []
    for path in paths:
        path = path.parent if path.name == COURSES_FILE else path
        if path not in result:
            result.append(path)
    return result


HANDLERS = {
    ("certificate", "issue"): certificate_issue,
    ("certificate", "verify"): certificate_verify,
    ("learner", "cards"): learner_cards,
}
