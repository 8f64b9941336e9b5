"""The command line: the same engine as the app, without a window.

``policy-tracker`` with no subcommand opens the desktop app (Qt is imported
only then).  Every subcommand reports failure as one sentence on standard
error with a non-zero exit, and writes nothing when it fails.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any, NoReturn, TypeVar

from db import Tracker, TrackerError, blank_codebook, check, default_codebook, load_codebook, ops
from db.backup import backup_before, backups_root, make_backup, save_copy
from db.check import Problem
from db.i18n import LANGUAGE_CODES
from db.queries import cells_needing_review, codebook_view, counts

from . import __version__
from .exports import EXPORT_KINDS, FORMATS
from .preferences import Preferences, default_user

PROG = "policy-tracker"

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """Bad command-line words; reported like any other error, with exit code 2."""


_ActionT = TypeVar("_ActionT", bound=argparse.Action)


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage mistake as one sentence instead of printing usage,
    and takes a value that begins with '-' after its option (``--title -5%``)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.options: set[str] = set()  # every option string of this (sub)command
        self.value_options: set[str] = set()  # its --long options that take one value
        super().__init__(*args, **kwargs)

    def _add_action(self, action: _ActionT) -> _ActionT:
        self.options.update(action.option_strings)
        if action.nargs is None:  # store or append: exactly one value
            self.value_options.update(o for o in action.option_strings if o.startswith("--"))
        return super()._add_action(action)

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        words = list(sys.argv[1:] if args is None else args)
        return super().parse_known_args(self.attach_dash_values(words), namespace)

    def attach_dash_values(self, words: list[str]) -> list[str]:
        """``--title -5%`` as ``--title=-5%``: argparse takes any word that begins with '-' (and has no
        space) for an option, so the option before it would get no value.  Not when the word is one of
        this command's options (``--title --db x`` is a missing title), nor after ``--``."""
        out: list[str] = []
        i = 0
        while i < len(words):
            word = words[i]
            if word == "--":
                return out + words[i:]
            following = words[i + 1] if i + 1 < len(words) else None
            if (
                word in self.value_options and following is not None and following.startswith("-")
                and following not in self.options and following != "--"
            ):
                out.append(f"{word}={following}")
                i += 2
                continue
            out.append(word)
            i += 1
        return out

    def error(self, message: str) -> NoReturn:
        if "expected one argument" in message:
            message += " (to give a value that is one of the options' names, write it as --option=VALUE)"
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", required=True, metavar="PATH", help="the tracker file")


def _add_user(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--user", metavar="NAME",
        help="name recorded in the history (default: $POLICY_TRACKER_USER, your preferences, or your login name)",
    )


def _group(sub: argparse._SubParsersAction, name: str, help_text: str, description: str) -> argparse._SubParsersAction:
    """A command with actions of its own (``evidence add``, ``status set``, ``codebook import``)."""
    parser = sub.add_parser(name, help=help_text, description=description)
    actions = parser.add_subparsers(dest=f"{name}_command", metavar="ACTION", parser_class=_Parser)
    actions.required = True
    return actions


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Follow, country by country, whether governments act on policy recommendations. "
        "With no command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="PATH", help="tracker to open in the app (default: the most recent one)")
    parser.add_argument(
        "--screenshot", metavar="FILE.png", help="render the app window offscreen at 1280x800 to a PNG file and exit"
    )
    parser.add_argument(
        "--view", choices=("matrix", "evidence", "scorecards", "history", "review", "evidence-form", "status-form",
                           "codebook", "countries"),
        default="matrix",
        help="with --screenshot: what to render (default: the matrix)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser(
        "init", help="create a new tracker file",
        description="Create a new tracker file from the default codebook (the article's recommendations and "
        "37 Western countries), another codebook, or blank.",
    )
    p.add_argument("path", metavar="PATH", help="the new tracker file (must not exist)")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--codebook", metavar="FILE", help="codebook JSON file to start from")
    which.add_argument(
        "--blank", action="store_true", help="only the status scale and grade bands; no recommendations or countries"
    )
    _add_user(p)

    ev_sub = _group(sub, "evidence", "log evidence", "Work with evidence.")
    p = ev_sub.add_parser(
        "add", help="log a dated source and link it to cells",
        description="Log a dated source, link it to countries (or every member of a group) and recommendations, "
        "and optionally set those cells' status effective on its date. Prints the new evidence uid.",
    )
    _add_db(p)
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="when the event happened")
    p.add_argument(
        "--country", action="append", default=[], metavar="CODE", help="country (alpha-2, alpha-3 or name); repeatable"
    )
    p.add_argument(
        "--group", action="append", default=[], metavar="NAME", help="every member of this group; repeatable"
    )
    p.add_argument(
        "--recommendation", action="append", default=[], required=True, metavar="CODE",
        help="recommendation code; repeatable",
    )
    p.add_argument("--title", metavar="T")
    p.add_argument("--url", metavar="U", help="http or https link to the source")
    p.add_argument("--notes", metavar="N")
    p.add_argument("--publisher", metavar="P")
    p.add_argument(
        "--kind", metavar="K", default="other",
        help="source kind: official, media, ngo, international or other (default other)",
    )
    p.add_argument("--language", metavar="L", help="language of the source, e.g. en")
    p.add_argument("--archive-url", metavar="U", help="archived copy (http or https)")
    p.add_argument("--accessed-on", metavar="YYYY-MM-DD", help="when the source was read")
    p.add_argument("--attach", metavar="FILE", help="file to store with the evidence (e.g. a PDF of the decree)")
    p.add_argument("--status", metavar="CODE", help="also set the linked cells to this status, effective on --date")
    p.add_argument("--rationale", metavar="TEXT", help="why (required with --status)")
    p.add_argument("--confidence", metavar="C", help="verified, reported (default) or claimed")
    _add_user(p)

    p = ev_sub.add_parser(
        "attachment", help="save the file attached to a piece of evidence",
        description="Write the file attached to a piece of evidence to FILE (or to standard output with -o -), "
        "after checking it against the SHA-256 recorded when it was attached. Refuses to replace FILE unless --force.",
    )
    _add_db(p)
    p.add_argument("uid", metavar="UID", help="the evidence uid")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="file to write, or - for standard output")
    p.add_argument("--force", action="store_true", help="replace FILE if it already exists")

    st_sub = _group(sub, "status", "set a cell's status", "Work with statuses.")
    p = st_sub.add_parser(
        "set", help="record a new judgement for one country and recommendation",
        description="Record a new assessment for one cell. Prints the new assessment uid. While review is "
        "required (review require on), it is a proposal instead and its uid is printed.",
    )
    _add_db(p)
    p.add_argument("country", metavar="COUNTRY")
    p.add_argument("recommendation", metavar="RECOMMENDATION")
    p.add_argument("status", metavar="STATUS", help="status code or label")
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="effective date: when it became true")
    p.add_argument("--rationale", required=True, metavar="TEXT")
    p.add_argument("--confidence", default="reported", metavar="C", help="verified, reported (default) or claimed")
    p.add_argument("--evidence", action="append", default=[], metavar="UID", help="evidence uid to link; repeatable")
    _add_user(p)

    p = sub.add_parser(
        "export", help="write a scorecard, assessments, history or evidence as CSV, JSON or Excel",
        description="Export to standard output, or to a file with -o. CSV is UTF-8 with a byte-order mark and "
        "the formula guard; JSON is an array of objects with the same keys; xlsx is one Excel workbook with "
        "all four tables as sheets (the KIND names the sheet shown first).",
    )
    _add_db(p)
    p.add_argument("kind", choices=EXPORT_KINDS, metavar="{" + ",".join(EXPORT_KINDS) + "}")
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help="state of the tracker on this date (default today)")
    p.add_argument("--format", choices=(*FORMATS, "xlsx"), default="csv")
    p.add_argument("-o", "--output", metavar="FILE", help="file to write (default: standard output)")
    p.add_argument("--no-bom", action="store_true", help="CSV without the UTF-8 byte-order mark")
    p.add_argument("--group", metavar="NAME", help="only the countries of this group")
    p.add_argument("--include-archived", action="store_true", help="evidence export: include archived evidence")
    p.add_argument(
        "--include-proposed", action="store_true",
        help="also count statuses proposed and not yet reviewed (labelled: review_state 'proposed', a note column "
        "on the scorecard); CSV and JSON only",
    )
    p.add_argument(
        "--language", choices=LANGUAGE_CODES, metavar="CODE",
        help="status labels in this language (" + ", ".join(LANGUAGE_CODES) + "); column names and every other "
        "value stay as they are (default: the labels as stored, in English)",
    )

    p = sub.add_parser(
        "report", help="write a report with citations as HTML or PDF",
        description="A country scorecard, or an overview of all countries, with the statuses, rationales, "
        "evidence as numbered references and the methodology.",
    )
    _add_db(p)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--country", metavar="CODE", help="one country (alpha-2, alpha-3 or name)")
    which.add_argument("--all", action="store_true", help="all countries (or all of --group)")
    p.add_argument("--format", choices=("html", "pdf"), required=True)
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help="state of the tracker on this date (default today)")
    p.add_argument("--group", metavar="NAME", help="with --all: only the countries of this group")
    p.add_argument("--page-size", choices=("A4", "Letter"), default="A4", help="PDF page size (default A4)")
    p.add_argument("-o", "--output", metavar="FILE", required=True, help="file to write")
    p.add_argument(
        "--include-proposed", action="store_true",
        help="also count statuses proposed and not yet reviewed (the report says so and marks each)",
    )
    p.add_argument(
        "--language", choices=LANGUAGE_CODES, default="en", metavar="CODE",
        help="the report's language: " + ", ".join(LANGUAGE_CODES) + " (default en, the same on every machine); "
        "the source's own words stay quoted in the original beside their translation",
    )

    rv_sub = _group(
        sub, "review", "list, approve or return proposed status changes",
        "A second coder's review: while review is required, a status change is a proposal until another "
        "person approves it.",
    )
    p = rv_sub.add_parser(
        "list", help="list proposals, newest first",
        description="List proposals, newest first, one per line, tab-separated with a header: uid, state, "
        "country, recommendation, proposed status, approved status now, effective date, proposed by, proposed at, "
        "reviewed by, comment.",
    )
    _add_db(p)
    p.add_argument(
        "--state", choices=("proposed", "returned", "approved", "withdrawn", "all"), default="proposed",
        help="which proposals (default: proposed, those waiting for review)",
    )
    p.add_argument("--by", metavar="NAME", help="only proposals made by this person")
    p.add_argument("--not-by", metavar="NAME", help="leave out proposals made by this person (what NAME may review)")
    p = rv_sub.add_parser(
        "approve", help="approve another person's proposal: it becomes the cell's status",
        description="Approve a pending proposal made by someone else; the status then counts, recorded by its "
        "proposer, with you as its reviewer. Nobody approves their own proposal.",
    )
    _add_db(p)
    p.add_argument("uid", metavar="UID", help="the proposal uid (the approved status keeps it)")
    p.add_argument("--comment", metavar="TEXT", help="an optional note kept with the approval")
    _add_user(p)
    p = rv_sub.add_parser(
        "return", help="send a proposal back to its proposer with a comment",
        description="Return a pending proposal made by someone else, saying what to fix; the proposer sees it "
        "among the proposals returned to them.",
    )
    _add_db(p)
    p.add_argument("uid", metavar="UID", help="the proposal uid")
    p.add_argument("--comment", metavar="TEXT", required=True, help="why it is returned (required)")
    _add_user(p)
    p = rv_sub.add_parser(
        "withdraw", help="take back a proposal of your own",
        description="Withdraw a pending or returned proposal you made; it stays in the history as withdrawn.",
    )
    _add_db(p)
    p.add_argument("uid", metavar="UID", help="the proposal uid")
    _add_user(p)
    p = rv_sub.add_parser(
        "require", help="turn the review of status changes on or off",
        description="Turn the tracker setting 'status changes need review' on or off. While on, every status "
        "set by a person is a proposal until another person approves it; imports are not.",
    )
    _add_db(p)
    p.add_argument("setting", choices=("on", "off"), metavar="{on,off}")
    _add_user(p)

    p = sub.add_parser(
        "import", help="bring in evidence from a CSV or Excel file",
        description="Import evidence (optionally with statuses) from a CSV or .xlsx file. Every row is checked "
        "first; one bad row means nothing is written. Rows with a known uid update that evidence; duplicates "
        "are skipped.",
    )
    _add_db(p)
    p.add_argument(
        "file", metavar="FILE", help="the CSV (comma, semicolon or tab; UTF-8 or Windows-1252) or .xlsx file"
    )
    p.add_argument(
        "--encoding", metavar="NAME",
        help="the CSV file's text encoding when it is not UTF-8 or Windows-1252, or mixes them: utf-8, cp1252, "
        "iso-8859-1, iso-8859-2, cp1250, utf-16, utf-8+cp1252 (each line UTF-8, else Windows-1252) or another "
        "Python codec name (default: detected)",
    )
    p.add_argument("--dry-run", action="store_true", help="check the file and say what would happen; write nothing")
    p.add_argument(
        "--add-countries", action="store_true",
        help="add countries the tracker does not follow yet, when they are valid ISO countries",
    )
    _add_user(p)

    cb_sub = _group(sub, "codebook", "import a codebook into a blank tracker, or export one", "Work with the codebook.")
    p = cb_sub.add_parser(
        "import", help="take recommendations and the status scale from a codebook file",
        description="Give a tracker without recommendations its recommendations, status scale, grades, countries "
        "and groups from a codebook JSON file, or its recommendations from a CSV or .xlsx file with the columns "
        "code, title, text, guidance, weight.",
    )
    _add_db(p)
    p.add_argument("file", metavar="FILE", help="codebook .json, or recommendations .csv/.xlsx")
    _add_user(p)

    p = cb_sub.add_parser(
        "export", help="write the tracker's codebook as a JSON file that init --codebook reads",
        description="Write the tracker's recommendations (archived ones marked), status scale, grades, settings, "
        "countries and groups as a codebook JSON file, so another tracker can start from it with "
        "init --codebook. Refuses to replace FILE unless --force.",
    )
    _add_db(p)
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="file to write, or - for standard output")
    p.add_argument("--force", action="store_true", help="replace FILE if it already exists")

    p = sub.add_parser(
        "check", help="check a tracker file's integrity",
        description="Check that a tracker is intact: SQLite integrity, links, search index and codebook.",
    )
    _add_db(p)
    p.add_argument("--repair", action="store_true", help="repair what can be repaired (the search index), "
                   "in one transaction recorded in the history, then check again")
    _add_user(p)

    p = sub.add_parser(
        "copy", help="save a consistent copy of a tracker (safe while the app has it open)",
        description="Save a consistent copy of a tracker as one self-contained file, written whole or not at all. "
        "Safe while the app or an import has the tracker open; the tracker itself is not changed.",
    )
    _add_db(p)
    p.add_argument("dest", metavar="DEST", help="the copy to write (refused if it exists, unless --force)")
    p.add_argument("--force", action="store_true", help="replace DEST if it already exists")

    p = sub.add_parser(
        "backup", help="take a backup of a tracker now, among its automatic backups",
        description="Take a backup of a tracker now, in your own data folder among the automatic backups "
        "(the app takes one a day and before every import, upgrade and codebook change), and say where it is.",
    )
    _add_db(p)
    _add_user(p)

    p = sub.add_parser(
        "restore", help="list a tracker's backups, or restore one",
        description="List a tracker's backups (newest first), or replace the tracker with one of them. "
        "The tracker as it is now is backed up first; close it in the app before restoring.",
    )
    _add_db(p)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--list", action="store_true", help="list the backups with their date, kind and counts")
    which.add_argument("backup", nargs="?", metavar="BACKUP", help="a backup's name from --list, or a file's path")
    _add_user(p)
    _add_sync_commands(sub)
    return parser


def _add_sync_commands(sub: argparse._SubParsersAction) -> None:
    """``share``, ``join-request``, ``members``, ``join`` and ``sync``: a coalition's shared tracker (issue 14)."""
    p = sub.add_parser(
        "share", help="share a tracker with a coalition through a shared folder",
        description="Start sharing a tracker through a shared folder (Syncthing, Nextcloud, a network share, a USB "
        "stick), with you as its coordinator. The tracker itself stays where it is; the folder gets only signed, "
        "encrypted sync files. Prints your fingerprint, to tell each newcomer by another channel.",
    )
    _add_db(p)
    p.add_argument("--folder", required=True, metavar="DIR", help="the shared folder (empty, or not there yet)")
    p.add_argument("--name", required=True, metavar="NAME", help="your name as the other members see it")

    p = sub.add_parser(
        "join-request", help="make the join code to send to a shared tracker's coordinator",
        description="Make your join request: your name and public keys as a code (nothing secret), with the "
        "fingerprint to read out to the coordinator by another channel.",
    )
    p.add_argument("--name", required=True, metavar="NAME", help="your name as the other members see it")
    p.add_argument("-o", "--output", metavar="FILE", help="also write the join file to send (refused if it exists)")

    p = sub.add_parser(
        "members", help="list, add or remove the members of a shared tracker",
        description="List the members of a shared tracker (role, who added them, their last file), add one from "
        "their join code or join file (coordinators; give the fingerprint they read out to you), remove one "
        "(the tracker key is rotated: their later files are refused), or write the tracker keys to a file to "
        "hand over by hand.",
    )
    _add_db(p)
    p.add_argument("action", nargs="?", default="list", choices=("list", "add", "remove", "export-key"),
                   help="what to do (default: list)")
    p.add_argument("value", nargs="?", metavar="CODE|ID|FILE",
                   help="add: the join code or join file; remove: the member's id or name; export-key: the file")
    p.add_argument("--fingerprint", metavar="FP", help="add: the fingerprint the newcomer read out to you")
    p.add_argument("--coordinator", action="store_true", help="add: make the newcomer a coordinator too")

    p = sub.add_parser(
        "join", help="make your copy of a shared tracker from its shared folder",
        description="Make your own copy of a shared tracker from its shared folder, once the coordinator has added "
        "you, then take every change made since it was shared.",
    )
    p.add_argument("--folder", required=True, metavar="DIR", help="the shared folder")
    p.add_argument("--db", required=True, metavar="NEWPATH", help="your copy to create (outside the shared folder)")
    p.add_argument("--fingerprint", required=True, metavar="FP",
                   help="the coordinator's fingerprint, as they told you by another channel")
    p.add_argument("--key-file", metavar="FILE", help="the tracker keys the coordinator handed you, if not in the "
                   "folder")

    p = sub.add_parser(
        "conflicts", help="list what two members changed at once, and settle it",
        description="List the conflicts a sync found: records (evidence, codebook rows) changed on two copies, "
        "with each version and the one that applies, and cells set to different statuses on two copies "
        "(conflicting judgements). 'keep WHAT' keeps what applies now; 'use WHAT --version UID' swaps in another "
        "version or judgement. WHAT is TABLE:KEY as listed (evidence:UID, recommendations:CODE) or cell:COUNTRY:REC. "
        "The decision reaches every member at the next sync.",
    )
    _add_db(p)
    p.add_argument("action", nargs="?", default="list", choices=("list", "keep", "use"),
                   help="what to do (default: list)")
    p.add_argument("what", nargs="?", metavar="WHAT", help="keep, use: the record (TABLE:KEY) or cell:COUNTRY:REC")
    p.add_argument("--version", metavar="UID", help="use: the version's or judgement's uid, as listed")
    _add_user(p)

    p = sub.add_parser(
        "sync", help="send your changes to the shared folder and take everyone else's",
        description="Send the changes made to your copy since the last sync, then apply everyone else's "
        "(close the tracker in the app first, or use File > Sync now there). Prints what was sent, applied, "
        "left waiting and refused, and why.",
    )
    _add_db(p)


# ---------------------------------------------------------------- commands
def cmd_init(args: argparse.Namespace, out: IO[str]) -> int:
    if args.blank:
        book = blank_codebook()
    elif args.codebook:
        book = load_codebook(args.codebook)
    else:
        book = default_codebook()
    with Tracker.create(args.path, book, user=default_user(args.user)) as t:
        c = counts(t)
    print(
        f"Created {args.path}: {c['recommendations']} recommendations, {c['countries']} countries, "
        f"{c['evidence']} evidence.",
        file=out,
    )
    return EXIT_OK


def cmd_evidence_add(args: argparse.Namespace, out: IO[str]) -> int:
    if not (args.title or args.url or args.notes):
        raise UsageError("give at least one of --title, --url or --notes")
    if not (args.country or args.group):
        raise UsageError("give at least one --country or --group")
    if args.status and not args.rationale:
        raise UsageError("--status needs a --rationale")
    if args.confidence and not args.status:
        raise UsageError("--confidence goes with --status; give the status it qualifies")
    attachment = ops.Attachment.from_path(args.attach) if args.attach else None
    with Tracker.open(args.db, user=default_user(args.user)) as t:
        change = ops.add_evidence(
            t, event_date=args.date, countries=args.country, groups=args.group, recommendations=args.recommendation,
            title=args.title, url=args.url, notes=args.notes, publisher=args.publisher, source_kind=args.kind,
            language=args.language, archive_url=args.archive_url, accessed_on=args.accessed_on,
            attachment=attachment, status=args.status, rationale=args.rationale, confidence=args.confidence,
        )
    print(change.uid, file=out)
    _say_if_proposed(change, None)
    return EXIT_OK


def cmd_codebook_export(args: argparse.Namespace, out: IO[str], err: IO[str] | None = None) -> int:
    """``codebook export``: the codebook as the JSON ``init --codebook`` reads (db.codebook_export)."""
    from db.codebook_export import codebook_text, export_codebook

    with Tracker.open(args.db, user=default_user(None), read_only=True) as t:
        if args.output == "-":
            out.write(codebook_text(t))
            out.flush()
            return EXIT_OK
        written = export_codebook(t, args.output, overwrite=args.force)
    print(f"Exported the codebook of {args.db} to {args.output}: {written} recommendations.", file=out)
    return EXIT_OK


def cmd_evidence_attachment(args: argparse.Namespace, out: IO[str], err: IO[str] | None = None) -> int:
    """Take an attached file back out, checked against its recorded SHA-256 (db.attachments)."""
    from db.attachments import save_attachment, write_attachment

    with Tracker.open(args.db, user=default_user(None), read_only=True) as t:
        if args.output == "-":
            buffer = getattr(out, "buffer", None)
            if buffer is None:
                raise UsageError("standard output cannot take a file here; give -o FILE")
            out.flush()
            facts = write_attachment(t, args.uid, buffer)
            buffer.flush()
            where = "standard output"
        else:
            facts = save_attachment(t, args.uid, args.output, overwrite=args.force)
            where = args.output
    print(f"Wrote {facts.name} ({facts.size:,} bytes, checksum verified) to {where}.", file=err or sys.stderr)
    return EXIT_OK


def cmd_status_set(args: argparse.Namespace, out: IO[str], err: IO[str] | None = None) -> int:
    with Tracker.open(args.db, user=default_user(args.user)) as t:
        change = ops.set_status(
            t, args.country, args.recommendation, args.status, effective_date=args.date,
            rationale=args.rationale, confidence=args.confidence, evidence=args.evidence,
        )
    print(change.uid, file=out)
    _say_if_proposed(change, err)
    return EXIT_OK


def _say_if_proposed(change: ops.Change, err: IO[str] | None) -> None:
    """While review is required a status edit is a proposal: say so (on stderr, so stdout stays the uid)."""
    if change.proposals:
        print(
            f"Proposed: the status counts once another person approves it ({PROG} review approve UID).",
            file=err or sys.stderr,
        )


def cmd_export(args: argparse.Namespace, out: IO[str], err: IO[str] | None = None) -> int:
    from .export_files import ExportOptions, export_to_file  # openpyxl is loaded only for an export
    from .exports import check_label_language

    options = ExportOptions(
        as_of=args.as_of, group=args.group, include_archived=args.include_archived,
        review_interval_days=Preferences.load().review_interval_days, bom=not args.no_bom,
        include_proposed=args.include_proposed,
        language=None if args.language is None else check_label_language(args.language),
    )
    buffer = getattr(out, "buffer", None)
    if args.format == "xlsx" and not args.output and (buffer is None or out.isatty()):
        raise UsageError("an Excel workbook is a binary file: give -o FILE.xlsx")
    with Tracker.open(args.db, user=default_user(None), read_only=True) as t:
        if args.output:
            message = export_to_file(t, args.kind, args.format, args.output, options)
            print(message, file=err or sys.stderr)
            return EXIT_OK
        out.flush()
        stream: IO[bytes] = buffer if buffer is not None else _BytesToText(out)  # type: ignore[assignment]
        export_to_file(t, args.kind, args.format, stream, options)
        out.flush()
    return EXIT_OK


def cmd_report(args: argparse.Namespace, out: IO[str], err: IO[str] | None = None) -> int:
    from db.ops import resolve_country

    from .report_model import build_report, check_report_options
    from .reports import write_html

    with Tracker.open(args.db, user=default_user(None), read_only=True) as t:
        country = None if args.all else resolve_country(t, args.country, allow_archived=True)
        if args.group and not args.all:
            raise UsageError("--group goes with --all")
        check_report_options(args.format, args.page_size, args.language)
        report = build_report(t, country, as_of=args.as_of, group=args.group, include_proposed=args.include_proposed,
                              language=args.language)
    if args.format == "pdf":
        from .ui.pdf import write_pdf  # a PDF is painted with Qt: imported only for PDF
        from .ui.render import ensure_gui

        ensure_gui()
        write_pdf(report, args.output, args.page_size)
    else:
        write_html(report, args.output)
    labelled = " It includes proposed statuses not yet reviewed." if args.include_proposed else ""
    print(f"Wrote {args.output}.{labelled}", file=err or sys.stderr)
    return EXIT_OK


def cmd_review(args: argparse.Namespace, out: IO[str], err: IO[str] | None = None) -> int:
    """``review list|approve|return|withdraw|require``: the second coder's review (db.review)."""
    from db import review

    action = args.review_command
    if action == "list":
        with Tracker.open(args.db, user=default_user(None), read_only=True) as t:
            _print_review_list(t, args, out)
        return EXIT_OK
    with Tracker.open(args.db, user=default_user(args.user)) as t:
        if action == "require":
            review.set_review_required(t, args.setting == "on")
            said = ("required: a status set by a person counts once another person approves it"
                    if args.setting == "on" else "not required: statuses count as soon as they are set")
            print(f"Review of status changes is now {said}.", file=out)
            return EXIT_OK
        if action == "approve":
            review.approve(t, args.uid, comment=args.comment)
        elif action == "return":
            review.return_proposal(t, args.uid, args.comment)
        else:
            review.withdraw(t, args.uid)
        p = review.proposal(t, args.uid)
    done = {"approve": "Approved", "return": "Returned", "withdraw": "Withdrew"}[action]
    print(f"{done} {p.uid}: {p.country_code} {p.recommendation_code} → {p.status_label}, "
          f"effective {p.effective_date}, proposed by {p.proposed_by}.", file=out)
    return EXIT_OK


#: ``review list``'s columns, in order.
REVIEW_LIST_COLUMNS = (
    "uid", "state", "country", "recommendation", "proposed_status", "approved_status", "effective_date",
    "proposed_by", "proposed_at", "reviewed_by", "comment",
)


def _print_review_list(t: Tracker, args: argparse.Namespace, out: IO[str]) -> None:
    """Every matching proposal, newest first, a keyset page at a time (tab-separated, one per line)."""
    from db import review

    def cell(value: object) -> str:
        return " ".join(str(value).split()) if value is not None else ""

    print("\t".join(REVIEW_LIST_COLUMNS), file=out)
    key = None
    while True:
        page, key = review.review_page(t, state=args.state, proposed_by=args.by, exclude_proposed_by=args.not_by,
                                       after=key, limit=500)
        for p in page:
            print("\t".join(cell(v) for v in (
                p.uid, p.state, p.country_code, p.recommendation_code, p.status_code, p.approved_status_code,
                p.effective_date, p.proposed_by, p.proposed_at, p.reviewed_by, p.review_comment,
            )), file=out)
        if key is None:
            return


def cmd_import(args: argparse.Namespace, out: IO[str], err: IO[str] | None = None) -> int:
    from .importer import import_file

    err = err or sys.stderr
    name = Path(args.file).name
    if not Path(args.file).is_file():
        raise TrackerError(f"There is no file at {args.file}.")
    with Tracker.open(args.db, user=default_user(args.user)) as t:
        result = import_file(
            t, args.file, dry_run=args.dry_run, add_countries=args.add_countries, encoding=args.encoding
        )
    if result.backup_problem:
        print(f"{PROG}: warning: {result.backup_problem}", file=err)
    for issue in result.errors:
        print(issue.format(name), file=err)
    for dup in result.duplicates:
        print(f"{name}:{dup.line}: {dup.message}", file=out)
    if result.errors:
        count = len(result.errors)
        print(f"{PROG}: error: {name} has {count} problem{'s' if count != 1 else ''}; nothing was imported.", file=err)
        return EXIT_ERROR
    verb = "Would import" if args.dry_run else "Imported"
    print(f"{verb} {name}: {result.summary()}", file=out)
    return EXIT_OK


def cmd_codebook_import(args: argparse.Namespace, out: IO[str], err: IO[str] | None = None) -> int:
    from .importer import ImportFailed, import_codebook, import_recommendations

    name = Path(args.file).name
    # A codebook file is read and checked before the tracker is opened: a bad one is refused untouched.
    book = load_codebook(args.file) if args.file.lower().endswith(".json") else None
    with Tracker.open(args.db, user=default_user(args.user)) as t:
        _backup, problem = backup_before(t, backups_root(), "before-codebook")
        if problem:
            print(f"{PROG}: warning: {problem}", file=err or sys.stderr)
        try:
            if book is not None:
                import_codebook(t, book)
            else:
                import_recommendations(t, args.file)
        except ImportFailed as exc:
            for issue in exc.errors:
                print(issue.format(name), file=err or sys.stderr)
            raise TrackerError(f"{name} has {len(exc.errors)} problem(s); nothing was imported") from None
        c = counts(t)
    print(
        f"Imported the codebook from {name}: {c['recommendations']} recommendations, {c['countries']} countries.",
        file=out,
    )
    return EXIT_OK


class _BytesToText:
    """Lets a text stream without ``.buffer`` (as in tests) receive bytes."""

    def __init__(self, out: IO[str]) -> None:
        self._out = out

    def write(self, data: bytes) -> int:
        self._out.write(data.decode("utf-8"))
        return len(data)

    def flush(self) -> None:
        self._out.flush()

    def writable(self) -> bool:
        return True

    @property
    def closed(self) -> bool:
        return False

    def readable(self) -> bool:
        return False

    def seekable(self) -> bool:
        return False


def check_report(t: Tracker) -> tuple[list[str], list[Problem]]:
    """Run every check of ``db.check``; returns (report lines, problems)."""
    integrity = check.integrity_problems(t)
    links = check.link_problems(t)
    search = check.search_index_problems(t)
    book_problems = check.codebook_problems(t)
    attached = check.attachment_problems(t)
    derived = [*check.derived_count_problems(t), *check.current_status_problems(t)]
    addresses = check.address_problems(t)
    lines = [
        f"Integrity: {'FAILED' if integrity else 'ok'}",
        f"Links: {f'{check.broken_links(t)} broken' if links else 'ok'}",
        f"Search index: {'out of date' if search else 'ok'}",
        f"Stored counts and current statuses: {'out of date' if derived else 'ok'}",
        f"Link addresses: {'SOME REFUSED' if addresses else 'ok'}",
        f"Attached files: {'CHANGED' if attached else 'ok (checksums verified)'}",
    ]
    book = codebook_view(t)
    c = counts(t)
    lines.append(
        f"Codebook: {len(book.statuses)} statuses, {c['recommendations']} recommendations, "
        f"{c['countries']} countries, {len(book.groups)} groups"
    )
    lines.append(
        f"Data: {c['evidence']} evidence ({c['archived_evidence']} archived), {c['assessments']} assessments, "
        f"{c['history']} history entries"
    )
    lines.append(f"Needs review: {len(cells_needing_review(t))} cells")
    return lines, [*integrity, *links, *search, *derived, *book_problems, *attached, *addresses]


def cmd_check(args: argparse.Namespace, out: IO[str]) -> int:
    with Tracker.open(args.db, user=default_user(args.user), read_only=not args.repair) as t:
        if args.repair and any(p.repairable for p in check.check_tracker(t)):
            for sentence in check.repair_tracker(t):
                print(f"Repaired: {sentence}", file=out)
        lines, problems = check_report(t)
        title = t.meta("title", "") or ""
    print(f"Tracker: {args.db} ({title})", file=out)
    for line in lines:
        print(line, file=out)
    if problems:
        found = "; ".join(p.message.rstrip(".") for p in problems)
        advice = ""
        if any(p.repairable for p in problems):
            advice = f"; run `{PROG} check --repair --db {args.db}` to repair what can be repaired"
        raise TrackerError(f"{args.db} has problems: {found}{advice}.")
    print("OK", file=out)
    return EXIT_OK


def cmd_copy(args: argparse.Namespace, out: IO[str]) -> int:
    with Tracker.open(args.db, user=default_user(None), read_only=True) as t:
        save_copy(t, args.dest, overwrite=args.force)
        c = counts(t)
    print(
        f"Saved a copy of {args.db} to {args.dest}: {c['evidence']} evidence, {c['assessments']} assessments.",
        file=out,
    )
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, out: IO[str]) -> int:
    with Tracker.open(args.db, user=default_user(args.user), read_only=True) as t:  # a backup only reads
        path = make_backup(t, backups_root(), "manual")
        c = counts(t)
    print(f"Backed up {args.db} to {path}: {c['evidence']} evidence, {c['assessments']} assessments.", file=out)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, out: IO[str], err: IO[str] | None = None) -> int:
    """``restore --list`` or ``restore BACKUP`` (a name from the list, or a path)."""
    from db.backup import backup_counts, backups_of, role
    from db.restore import restore_backup

    try:
        with Tracker.open(args.db, user=default_user(args.user), read_only=True) as t:
            backups = backups_of(t, backups_root())
    except TrackerError:
        if args.list or not Path(args.backup).is_file():
            raise
        backups = []  # a tracker too damaged to open can still be restored from a backup named by its path
    if args.list:
        if not backups:
            print(f"{args.db} has no backups yet.", file=out)
        for b in backups:
            c = backup_counts(b.path)
            numbers = "unreadable" if c is None else f"{c['evidence']} evidence, {c['assessments']} assessments"
            when = b.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
            print(f"{b.path.name}  {when}  {role(b, backups)}  {numbers}", file=out)
        return EXIT_OK
    named = {b.path.name: b.path for b in backups}
    source = named.get(args.backup) or Path(args.backup)
    if not source.is_file():
        raise TrackerError(f"There is no backup {args.backup!r}; `{PROG} restore --list --db {args.db}` lists them")
    before = restore_backup(source, args.db, backups_root(), user=default_user(args.user))
    print(f"Restored {args.db} from {source.name}; the tracker as it was is kept as {before}.", file=out)
    return EXIT_OK


def cmd_share(args: argparse.Namespace, out: IO[str]) -> int:
    from .sync import coalition

    shared = coalition.share(args.db, args.folder, args.name)
    print(f"Shared {args.db} through {shared.folder}; you are its coordinator.", file=out)
    print(f"Your fingerprint: {shared.fingerprint}", file=out)
    print(shared.handover(), file=out)
    return EXIT_OK


def cmd_join_request(args: argparse.Namespace, out: IO[str]) -> int:
    from .sync import coalition

    request = coalition.join_request(args.name)
    if args.output:
        try:
            with open(args.output, "x", encoding="utf-8") as f:
                f.write(request.file_text)
        except FileExistsError:
            raise TrackerError(f"{args.output} already exists; choose a new file name") from None
        print(f"Join file written to {args.output}.", file=out)
    print(request.code, file=out)
    print(f"Fingerprint: {request.fingerprint} (read it to the coordinator by another channel)", file=out)
    return EXIT_OK


def cmd_members(args: argparse.Namespace, out: IO[str]) -> int:
    from .sync import coalition

    if args.action != "list" and not args.value:
        what = {"add": "the join code or join file", "remove": "the member's id or name", "export-key": "the file"}
        raise UsageError(f"members {args.action} needs {what[args.action]}")
    if args.action == "add":
        name, fingerprint = coalition.preview_join_code(args.value)
        if not args.fingerprint:
            raise TrackerError(
                f"Compare {name}'s fingerprint {fingerprint} with them by another channel, then run this again"
                f" with --fingerprint {fingerprint}"
            )
        role = coalition.COORDINATOR if args.coordinator else coalition.MEMBER
        member = coalition.add_member(args.db, args.value, role=role, fingerprint=args.fingerprint)
        print(f"Added {member.name} ({member.member_id}) as a {member.role}; their key is in the shared folder.",
              file=out)
        return EXIT_OK
    if args.action == "remove":
        member, key_id = coalition.remove_member(args.db, args.value)
        print(f"Removed {member.name}; the tracker key is rotated (new key {key_id}), so their later files are "
              "refused.", file=out)
        return EXIT_OK
    if args.action == "export-key":
        count = coalition.export_keys(args.db, args.value)
        print(f"Wrote {count} tracker key(s) to {args.value}: hand it over privately, then delete it.", file=out)
        return EXIT_OK
    status = coalition.status(args.db)
    if status is None:
        raise TrackerError(f"{args.db} is not shared from this computer")
    for m in status.members:
        state = f"removed {m.removed_at}" if m.removed_at else m.role
        last = f"last file {m.last_file} at {m.last_written}" if m.last_file else "no file yet"
        me = " (you)" if m.is_me else ""
        print(f"{m.member_id}  {m.name}{me}  {state}  {m.fingerprint}  added by {m.added_by} {m.added_at}  {last}",
              file=out)
    return EXIT_OK


def cmd_join(args: argparse.Namespace, out: IO[str]) -> int:
    from .sync import coalition

    summary = coalition.join(args.folder, args.db, args.fingerprint, key_file=args.key_file)
    print(f"Joined: your copy is {args.db}.", file=out)
    print(summary.text(), file=out)
    return EXIT_OK


def cmd_sync(args: argparse.Namespace, out: IO[str]) -> int:
    from .sync import coalition

    print(coalition.sync(args.db).text(), file=out)
    return EXIT_OK


def cmd_conflicts(args: argparse.Namespace, out: IO[str]) -> int:
    """``conflicts [list|keep|use]``: what a sync found two members changed at once (db.merge)."""
    from db import merge

    if args.action == "list":
        with Tracker.open(args.db, user=default_user(None), read_only=True) as t:
            records, cells = merge.record_conflicts(t), merge.cell_conflicts(t)
        if not (records or cells):
            print("No conflicts to review.", file=out)
        for c in records:
            print(f"{c.table}:{c.key}  changed on two copies", file=out)
            for v in c.versions:
                applied = "  (applies)" if v.uid == c.applied else ""
                said = "deleted" if v.after is None else _version_summary(v.after)
                print(f"  version {v.uid}  {v.user}  {v.at}  {said}{applied}", file=out)
        for cell in cells:
            print(f"cell:{cell.country_code}:{cell.recommendation_code}  conflicting judgements", file=out)
            for j in cell.judgements:
                current = "  (current)" if j.uid == cell.current else ""
                print(f"  judgement {j.uid}  {j.recorded_by}  {j.recorded_at}  {j.status_code} from"
                      f" {j.effective_date}: {j.rationale}{current}", file=out)
        return EXIT_OK
    if not args.what:
        raise UsageError(f"conflicts {args.action} needs WHAT: TABLE:KEY or cell:COUNTRY:REC, as listed")
    if args.action == "use" and not args.version:
        raise UsageError("conflicts use needs --version UID, as listed")
    table, _, key = args.what.partition(":")
    if not key:
        raise UsageError(f"{args.what!r} is not TABLE:KEY or cell:COUNTRY:REC")
    with Tracker.open(args.db, user=default_user(args.user)) as t:
        if table == "cell":
            country, _, rec = key.partition(":")
            if args.action == "keep":
                merge.keep_judgements(t, country, rec)
            else:
                merge.use_judgement(t, country, rec, args.version)
        elif args.action == "keep":
            merge.keep_version(t, table, key)
        else:
            merge.use_version(t, table, key, args.version)
    done = "Kept what applies" if args.action == "keep" else f"Used {args.version}"
    print(f"{done} for {args.what}; the other members get it at the next sync.", file=out)
    return EXIT_OK


def _version_summary(after: dict[str, object]) -> str:
    """A version's words, short: its title (evidence, recommendations), label or name, else its fields."""
    for field in ("title", "label", "name", "value"):
        if after.get(field):
            return f"{field}: {after[field]}"
    return ", ".join(f"{k}={v}" for k, v in sorted(after.items()) if isinstance(v, str | int | float))[:120]


def run_app(args: argparse.Namespace) -> int:
    from .ui.app import run  # Qt is imported only for the window

    return run(db_path=args.db, screenshot=args.screenshot, view=args.view)


#: Commands that write to the tracker, so upgrade one written by an older version (the others only read).
WRITING_COMMANDS = frozenset({"evidence", "status", "import", "codebook", "review", "conflicts"})


def upgrade_first(args: argparse.Namespace, err: IO[str]) -> None:
    """Upgrade an older tracker before a command that writes, saying so on one line (it can take minutes)."""
    from db.store import pending_upgrade, upgrade, upgrade_copy_path, write_block

    reads_only = getattr(args, "evidence_command", None) == "attachment" or getattr(
        args, "codebook_command", None) == "export" or getattr(args, "review_command", None) == "list" or (
        args.command == "conflicts" and args.action == "list")
    if not ((args.command in WRITING_COMMANDS and not reads_only) or (args.command == "check" and args.repair)):
        return
    if not Path(args.db).is_file() or not pending_upgrade(args.db):
        return  # Tracker.open says what is wrong with a file that is not a tracker
    copy = upgrade_copy_path(args.db)
    if write_block(args.db) is None:  # else upgrade() refuses at once, saying why in one sentence
        print(f"{PROG}: upgrading {args.db} to this version (once; a large tracker takes minutes);"
              f" the file as it was is kept as {copy.name}…", file=err, flush=True)
    upgrade(args.db)


#: A coalition's commands (issue 14), by name.
SYNC_COMMANDS = {"share": cmd_share, "join-request": cmd_join_request, "members": cmd_members, "join": cmd_join,
                 "sync": cmd_sync, "conflicts": cmd_conflicts}


def dispatch(args: argparse.Namespace, out: IO[str], err: IO[str] | None = None) -> int:
    if args.command is None:
        return run_app(args)
    upgrade_first(args, err or sys.stderr)
    if args.command == "init":
        return cmd_init(args, out)
    if args.command == "evidence":
        if args.evidence_command == "attachment":
            return cmd_evidence_attachment(args, out, err)
        return cmd_evidence_add(args, out)
    if args.command == "status":
        return cmd_status_set(args, out, err)
    if args.command == "review":
        return cmd_review(args, out, err)
    if args.command == "export":
        return cmd_export(args, out, err)
    if args.command == "check":
        return cmd_check(args, out)
    if args.command == "copy":
        return cmd_copy(args, out)
    if args.command == "backup":
        return cmd_backup(args, out)
    if args.command == "restore":
        return cmd_restore(args, out, err)
    if args.command == "report":
        return cmd_report(args, out, err)
    if args.command == "import":
        return cmd_import(args, out, err)
    if args.command in SYNC_COMMANDS:
        return SYNC_COMMANDS[args.command](args, out)
    if args.command == "codebook":
        if args.codebook_command == "export":
            return cmd_codebook_export(args, out, err)
        return cmd_codebook_import(args, out, err)
    raise UsageError(f"unknown command {args.command!r}")


def _sentence(message: str) -> str:
    message = " ".join(str(message).split())
    return message if message.endswith((".", "?", "!", ")")) else message + "."


def main(argv: Sequence[str] | None = None, out: IO[str] | None = None, err: IO[str] | None = None) -> int:
    """Entry point of ``policy-tracker``; returns the exit code."""
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        return dispatch(args, out, err)
    except BrokenPipeError:
        raise
    except (UsageError, TrackerError, sqlite3.OperationalError, OSError, KeyboardInterrupt) as exc:
        return failure_exit(exc, err)


def failure_exit(exc: BaseException, err: IO[str]) -> int:
    """Say what went wrong on one line of ``err`` and return the exit code; an error of no kind known here is re-raised.

    The command line's commands and the app's start (:mod:`tracker.launcher`) end this way.
    """
    if isinstance(exc, UsageError):
        print(f"{PROG}: error: {_sentence(str(exc))}", file=err)
        return EXIT_USAGE
    if isinstance(exc, TrackerError):
        print(f"{PROG}: error: {_sentence(str(exc))}", file=err)
        return EXIT_ERROR
    if isinstance(exc, sqlite3.OperationalError):
        hint = " (another program may be writing to the tracker; try again)" if "locked" in str(exc) else ""
        print(f"{PROG}: error: the database could not be used: {exc}{hint}.", file=err)
        return EXIT_ERROR
    if isinstance(exc, OSError) and not isinstance(exc, BrokenPipeError):
        where = f" {exc.filename}" if getattr(exc, "filename", None) else ""
        print(f"{PROG}: error: cannot write or read{where}: {exc.strerror or exc}.", file=err)
        return EXIT_ERROR
    if isinstance(exc, KeyboardInterrupt):
        print(f"{PROG}: interrupted; nothing was written.", file=err)
        return 130
    raise exc


def entry_point() -> NoReturn:
    """Console-script wrapper: exit with :func:`main`'s code."""
    try:
        code = main()
        sys.stdout.flush()
    except BrokenPipeError:
        # `policy-tracker export ... | head`: the reader left; not an error.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        code = EXIT_OK
    raise SystemExit(code)


__all__ = ["Path", "build_parser", "entry_point", "failure_exit", "main"]


if __name__ == "__main__":  # `python -m tracker.cli sync --db PATH`: how the app runs a sync in a child process
    entry_point()
