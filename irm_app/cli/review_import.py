"""`irm-app import F.irmreview [G.irmreview ...]` and `irm-app import reviewed.docx`: what comes
back from reviewers, told apart from plan files by content (and, for Word, by the assessment
the document names or `--assessment`). Exit codes for review files are the packages': 0 valid
and trusted, 3 valid but the signer is not trusted (imported, said loudly), 1 invalid, 2
unreadable; nothing is written unless every file given verifies."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..text_safety import for_terminal
from .common import UserError, input_file, open_library, who

VERSION_WORDS = {
    "current": "reviews the latest package of it",
    "older": "reviews an OLDER package version: its comments are flagged as such",
    "unknown": "reviews a package this library did not export: its comments are flagged as such",
}


def import_reviews(args: argparse.Namespace) -> int | None:
    """The exit code if the files were review files or a reviewed .docx, else None (a plan)."""
    from ..operations.review import file_kind

    files: list[Path] = args.file
    for f in files:
        input_file(f)
    # by content, or by name: a review file whose first bytes were damaged is still refused as one
    kinds = ["review" if f.suffix.lower() == ".irmreview" else file_kind(f) for f in files]
    if any(k == "review" for k in kinds):
        if not all(k == "review" for k in kinds):
            raise UserError("review files and plan files are imported separately")
        return _import_review_files(args, files)
    if len(files) == 1 and files[0].suffix.lower() == ".docx":
        return _maybe_word(args, files[0])
    return None


def _import_review_files(args: argparse.Namespace, files: list[Path]) -> int:
    from ..operations.review import default_history, trust_set
    from ..operations.review_files import import_review_files, read_review
    from ..operations.trust import default_store
    from ..signing.continuity import KeyChanged
    from ..signing.errors import PackageError
    from ..signing.verify import EXIT_INVALID, EXIT_UNREADABLE, EXIT_UNTRUSTED, EXIT_VALID

    if args.dry_run:
        raise UserError("--dry-run is for plan files; `irm-app verify F.irmreview` checks a review file")
    trust, store = trust_set(args.trust), default_store()
    try:
        reads = [read_review(f, trust, store) for f in files]  # every file verified before anything is written
    except PackageError as e:
        print(f"irm-app: {for_terminal(e)}", file=sys.stderr)
        return EXIT_UNREADABLE if e.unreadable else EXIT_INVALID
    try:
        with open_library(args, write=True) as lib:
            done = import_review_files(lib, reads, who=who(args), history=default_history(),
                                       accept_new_key=args.accept_new_key).result
    except KeyChanged as e:
        print(f"!!! {for_terminal(e)}", file=sys.stderr)
        return EXIT_INVALID
    code = EXIT_VALID
    for r in done:
        if r.trusted:
            print(f"VALID review file, trusted signer ({for_terminal(r.trust_how)})")
        else:
            print("VALID review file, but UNTRUSTED signer (not on your trusted list): compare the fingerprint with "
                  "the reviewer (`irm-app trust add FINGERPRINT --name NAME`)")
            code = EXIT_UNTRUSTED
        print(f"Signer:       {for_terminal(r.reviewer)}")
        print(f"Fingerprint:  {r.fingerprint}  (SHA-256)")
        if r.already_imported:
            print(f"{for_terminal(r.path.name)}: already imported; nothing changed")
            continue
        print(f"imported {for_terminal(r.path.name)} into assessment {r.assessment_id[:8]}: {r.comments_new} new "
              f"comments, {r.comments_held} already here, {r.states} review states; {VERSION_WORDS[r.version]}")
        for note in r.notes:
            print(f"  {for_terminal(note)}")
    return code


def _maybe_word(args: argparse.Namespace, path: Path) -> int | None:
    try:
        from ..review.docx_review import read_docx_review
    except ImportError:  # the Word reader is not installed in this build: a .docx is a plan document
        if args.assessment:
            raise UserError("reading Word comments is not available in this build") from None
        return None
    from ..importers.bundle import ImportFailed
    from ..library.errors import NotFound

    try:
        review = read_docx_review(path)
    except ImportFailed:
        if args.assessment:
            raise
        return None  # not a report the app exported: the government's plan document, read as a plan
    if not args.assessment and not review.assessment_id:
        return None  # no assessment named: the government's plan document
    with open_library(args, write=True) as lib:
        target = args.assessment or review.assessment_id
        try:
            named = lib.assessments.resolve_assessment(target).id
        except NotFound:  # the document names an assessment of another library
            if args.assessment:
                raise
            raise UserError(f"{path.name}: its comments are about assessment {target}, not in this "
                            "library") from None
        if review.assessment_id and named != review.assessment_id:
            raise UserError(f"{path.name}: its comments are about assessment {review.assessment_id}, "
                            f"not {named}: nothing imported")
        from ..operations.comments import import_word_review

        r = import_word_review(lib, review, assessment_id=target, who=who(args), role=args.role).result
    if r.already_imported and not r.comments_new:
        print(f"{for_terminal(path.name)}: already imported; nothing changed")
        return 0
    print(f"imported {for_terminal(path.name)}: {r.comments_new} new comments ({r.comments_held} already here), "
          f"{r.tracked_changes} tracked changes listed (never applied: `irm-app comments A --tracked-changes`)")
    for note in r.notes:
        print(f"  {for_terminal(note)}")
    return 0
