"""Make a tracker of any size for the benchmarks, through the project's own codebook and import.

    .venv/bin/python bench/make_tracker.py --evidence 1m -o /tmp/big.db
    .venv/bin/python bench/make_tracker.py --evidence 10k --countries 20 --recommendations 5 -o small.db
    .venv/bin/python bench/make_tracker.py --evidence 100k --source /tmp/bench-base   # another tree

What it builds (deterministic: the same arguments and seed give the same CSV
file byte for byte, and so the same evidence, links and statuses; only the
random uids differ, and the history's time stamps come from a fixed clock):

* a codebook JSON: ``countries`` real ISO 3166-1 countries (the first ones of
  ``db/iso3166.json`` by alpha-2 code), ``recommendations`` recommendations,
  the default codebook's status scale and grades, and ten groups;
* ``Tracker.create(path, codebook)``, then a generated CSV file imported with
  ``tracker.importer.import_file`` (the app's and the command line's import);
* ``evidence`` rows dated over eight years (2018-2025).  Rows that carry a
  status link ONE cell each and add one assessment there; there are
  ``min(cells × assessments_per_cell, evidence // 2)`` of them, spread evenly
  over the file and dealt to the cells in turn, so every cell gets the same
  number of assessments (±1).  At 1,000,000 evidence and 200 × 50 cells that
  is 100,000 statuses: 10 assessments per cell.  The other rows link one to
  three cells (two countries, or three recommendations of one country).
* Text that searches like the real thing: every title holds the common word
  ``government`` (about 90 % of rows) or ``ministry``; a few dozen medium
  words; one of 5,000 rare made-up words in a third of the rows; non-ASCII
  place names (``Łódź`` in about 2 % of rows, ``Šiauliai``, ``Zürich``, …);
  http(s) URLs; publishers, source kinds, languages, notes.

Trackers and CSV files are cached in ``bench/.cache/`` (git-ignored), keyed by
the arguments, the seed, ``db.schema.known_migrations()`` of the source tree and
the text of its ``db/`` and ``tracker/importer/``, so a rerun is a file copy.
Importing 1,000,000 rows takes two to six minutes.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import hashlib
import json
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
# Run as scripts with bench/ on sys.path; mypy (base: the repo root) sees these modules as bench.*.
if TYPE_CHECKING:
    from bench._source import CACHE, source_from_argv, use_source
else:
    from _source import CACHE, source_from_argv, use_source

#: Bump when the generated content changes (it is part of the cache key).
GENERATOR_VERSION = 2
CLOCK = dt.datetime(2026, 1, 1, 12, 0, tzinfo=dt.UTC)
FIRST_DAY = dt.date(2018, 1, 1)
DAYS = (dt.date(2025, 12, 31) - FIRST_DAY).days + 1

TOPICS = (
    "visa policy", "temporary protection", "student admission", "civil society funding", "sanctions",
    "asylum procedure", "media freedom", "border crossing", "residence permits", "humanitarian aid",
)
STATUS_CODES = ("contrary", "none", "announced", "partial", "full")
CONFIDENCE = ("verified", "reported", "claimed", "")
PUBLISHERS = ("Reuters", "Ministry of Foreign Affairs", "RFE/RL", "Nasha Niva", "UNHCR", "Official Journal",
              "Deutsche Welle", "Gazeta Wyborcza", "")
KINDS = ("official", "media", "ngo", "international", "other")
LANGUAGES = ("en", "pl", "lt", "be", "ru", "de", "fr", "")
PLACES = ("Łódź", "Šiauliai", "Zürich", "Kraków", "São Paulo", "Mińsk", "Vilnius", "Białystok", "Gdańsk")
VERBS = ("announced", "adopted", "suspended", "extended", "resumed", "published", "approved", "rejected")
MEDIUM = (
    "decree visa centre closed Belarusian citizens residence permit students scholarship sanctions package "
    "regime humanitarian protection parliament law amendment border asylum temporary Lukashenka opposition "
    "exile media freedom independent university admission fees consulate appointments programme funding "
    "initiative civil society"
).split()
SYLLABLES = ("ka", "lo", "mi", "ren", "tus", "vor", "zel", "qua", "bri", "dov", "fex", "gha", "jum", "nix",
             "pry", "sol", "tre", "wub", "yal", "zor")


def parse_count(text: str) -> int:
    """``300``, ``10k``, ``1m``, ``1_000_000`` → an int."""
    t = text.strip().lower().replace("_", "").replace(",", "")
    mult = {"k": 1_000, "m": 1_000_000}.get(t[-1:], 1)
    return int(float(t[:-1] if mult > 1 else t) * mult)


def size_label(n: int) -> str:
    if n >= 1_000_000 and n % 1_000_000 == 0:
        return f"{n // 1_000_000}m"
    if n >= 1_000 and n % 1_000 == 0:
        return f"{n // 1_000}k"
    return str(n)


def codebook_dict(countries: int, recommendations: int) -> dict[str, object]:
    """A codebook with ``countries`` real ISO countries and ``recommendations`` recommendations."""
    from db.codebook import default_codebook_text
    from db.iso import iso_countries

    default = json.loads(default_codebook_text())
    codes = sorted(iso_countries())
    if countries > len(codes):
        raise SystemExit(f"ISO 3166-1 has only {len(codes)} countries")
    chosen = codes[:countries]
    recs = []
    for j in range(recommendations):
        topic = TOPICS[j % len(TOPICS)]
        recs.append({
            "code": f"r{j + 1:02d}",
            "title": f"{topic.capitalize()} measure {j + 1}",
            "text": f"Governments should act on {topic} (recommendation {j + 1}).",
            "guidance": "Implemented: in force, general in scope. Partly implemented: limited. Announced: not yet in"
                        " force. No action: nothing either way. Contrary action: the opposite was done.",
            "weight": 1 + (j % 3 == 0),
        })
    step = max(1, countries // 8)
    groups: dict[str, list[str]] = {f"Region {k + 1}": chosen[k * step:(k + 1) * step] for k in range(8)}
    groups["Every other country"] = chosen[::2]
    groups["First ten"] = chosen[:10]
    return {
        "title": f"Benchmark tracker ({countries} × {recommendations})",
        "description": "Generated by bench/make_tracker.py for the scale benchmark.",
        "source": "bench/make_tracker.py",
        "review_interval_days": 180,
        "statuses": default["statuses"],
        "recommendations": recs,
        "grades": default["grades"],
        "countries": chosen,
        "groups": {k: v for k, v in groups.items() if v},
        "evidence": [],
    }


def rare_words(seed: int) -> list[str]:
    """The made-up rare words of a seed (one of them in about a third of the rows)."""
    rnd = random.Random(f"rare-{seed}")
    return sorted({"".join(rnd.choice(SYLLABLES) for _ in range(3)) for _ in range(6000)})[:5000]


def rare_words_in(db_path: Path, seed: int, wanted: int = 2) -> list[str]:
    """The first ``wanted`` of the seed's rare words found in a tracker's titles (for search queries)."""
    rare = set(rare_words(seed))
    found: list[str] = []
    conn = sqlite3.connect(f"file:{db_path}?mode=ro&immutable=1", uri=True)  # leaves no -wal/-shm beside it
    try:
        for (title,) in conn.execute("SELECT title FROM evidence LIMIT 5000"):
            word = (title or "").rsplit(" ", 1)[-1]
            if word in rare and word not in found:
                found.append(word)
            if len(found) == wanted:
                break
    finally:
        conn.close()
    return found


def status_row_count(evidence: int, countries: int, recommendations: int, assessments_per_cell: int) -> int:
    return min(countries * recommendations * assessments_per_cell, evidence // 2)


def write_csv(path: Path, *, evidence: int, countries: list[str], recommendations: list[str],
              assessments_per_cell: int, seed: int) -> None:
    """The import file: ``evidence`` rows with the import's columns (UTF-8, comma-separated)."""
    rnd = random.Random(seed)
    cells = [(c, r) for c in countries for r in recommendations]
    order = cells[:]
    rnd.shuffle(order)
    n_status = status_row_count(evidence, len(countries), len(recommendations), assessments_per_cell)
    rare = rare_words(seed)
    from db.iso import iso_countries

    names = {c: iso_countries()[c].name for c in countries}
    k = 0  # status rows written so far
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["date", "countries", "recommendations", "title", "url", "publisher", "source_kind", "language",
                    "notes", "status", "rationale", "confidence"])
        for i in range(evidence):
            is_status = (i * n_status) // evidence != ((i + 1) * n_status) // evidence
            day = FIRST_DAY + dt.timedelta(days=rnd.randrange(DAYS))
            if is_status:
                c, r = order[k % len(order)]
                k += 1
                cs, rs = [c], [r]
            else:
                x = rnd.random()
                if x < 0.7:
                    cs, rs = [rnd.choice(countries)], [rnd.choice(recommendations)]
                elif x < 0.9:
                    cs, rs = rnd.sample(countries, min(2, len(countries))), [rnd.choice(recommendations)]
                else:
                    cs, rs = [rnd.choice(countries)], rnd.sample(recommendations, min(3, len(recommendations)))
            lead = "government" if rnd.random() < 0.9 else "ministry"
            words = rnd.sample(MEDIUM, 3)
            place = rnd.choice(PLACES) if rnd.random() < 0.15 else ""
            rare_word = rnd.choice(rare) if rnd.random() < 0.33 else ""
            title = " ".join(x for x in (
                f"{names[cs[0]]}:", lead, rnd.choice(VERBS), *words, place, rare_word) if x)
            notes = (
                f"The {lead} of {names[cs[0]]} {rnd.choice(VERBS)} the {words[0]} {rnd.choice(MEDIUM)}"
                f" on {day.isoformat()}; policy {rnd.choice(MEDIUM)} {rnd.choice(MEDIUM)}."
                + (f" Reported from {rnd.choice(PLACES)}." if rnd.random() < 0.1 else "")
            )
            w.writerow([
                day.isoformat(),
                "|".join(cs),
                "|".join(rs),
                title,
                f"https://news{i % 7}.example.org/{day.year}/{i}-{rnd.randrange(10**6)}",
                rnd.choice(PUBLISHERS),
                rnd.choice(KINDS),
                rnd.choice(LANGUAGES),
                notes,
                rnd.choice(STATUS_CODES) if is_status else "",
                "Confirmed by the official gazette and the ministry's statement." if is_status else "",
                rnd.choice(CONFIDENCE) if is_status else "",
            ])


def cache_key(*, evidence: int, countries: int, recommendations: int, assessments_per_cell: int, seed: int) -> str:
    import db
    import tracker.importer
    from db.schema import known_migrations

    # The migrations' names, and the code that writes a tracker (db/ and the import): while it is being
    # worked on, a migration's body or what the import stores changes under the same migration names,
    # and a tracker built by the old code would lack what the new code expects.
    digest = hashlib.sha256(json.dumps(known_migrations()).encode())
    for package in (db, tracker.importer):
        folder = Path(package.__file__ or "").parent
        for source in sorted(folder.rglob("*.py")):
            digest.update(source.relative_to(folder).as_posix().encode() + source.read_bytes())
    return (f"ev{size_label(evidence)}-{countries}x{recommendations}-a{assessments_per_cell}-s{seed}"
            f"-g{GENERATOR_VERSION}-m{digest.hexdigest()[:10]}")


def _build(path: Path, csv_path: Path, *, evidence: int, countries: int, recommendations: int,
           assessments_per_cell: int, seed: int, quiet: bool) -> None:
    from db import Tracker
    from db.codebook import parse_codebook
    from tracker.importer import import_file

    book = codebook_dict(countries, recommendations)
    if not csv_path.exists():
        start = time.perf_counter()
        tmp_csv = csv_path.with_name(csv_path.name + ".tmp")
        codes = parse_codebook(book, "bench codebook")
        write_csv(tmp_csv, evidence=evidence, countries=list(codes.countries),
                  recommendations=[r.code for r in codes.recommendations],
                  assessments_per_cell=assessments_per_cell, seed=seed)
        os.replace(tmp_csv, csv_path)
        if not quiet:
            print(f"  generated {csv_path.name} ({csv_path.stat().st_size / 2**20:.0f} MiB) in "
                  f"{time.perf_counter() - start:.1f} s", file=sys.stderr)
    start = time.perf_counter()
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    codebook = parse_codebook(book, "bench codebook")
    Tracker.create(path, codebook, user="Bench", clock=lambda: CLOCK).close()
    t = Tracker.open(path, user="Bench", clock=lambda: CLOCK)
    try:
        result = import_file(t, csv_path)
    finally:
        t.close()
    if result.errors:
        raise SystemExit(f"import of {csv_path} failed: {result.errors[:5]}")
    if not quiet:
        print(f"  imported {evidence:,} rows into {path.name} in {time.perf_counter() - start:.1f} s",
              file=sys.stderr)


def make_tracker(
    path: str | os.PathLike[str] | None,
    *,
    evidence: int,
    countries: int = 200,
    recommendations: int = 50,
    assessments_per_cell: int = 10,
    seed: int = 1,
    cache: bool = True,
    quiet: bool = True,
) -> Path:
    """Build (or copy from the cache) a tracker of the asked-for size at ``path``; returns ``path``.

    ``path=None`` returns the cached file itself (do not write to it).
    ``cache=False`` builds straight at ``path`` (the CSV in a temporary folder).
    """
    shape = {"evidence": evidence, "countries": countries, "recommendations": recommendations,
             "assessments_per_cell": assessments_per_cell, "seed": seed}
    if not cache:
        if path is None:
            raise ValueError("make_tracker(None, cache=False): give a path")
        with tempfile.TemporaryDirectory() as tmp:
            _build(Path(path), Path(tmp) / "evidence.csv", **shape, quiet=quiet)
        return Path(path)
    CACHE.mkdir(parents=True, exist_ok=True)
    key = cache_key(**shape)
    cached = CACHE / f"tracker-{key}.db"
    if not cached.exists():
        csv_name = f"evidence-{size_label(evidence)}-{countries}x{recommendations}-a{assessments_per_cell}" \
                   f"-s{seed}-g{GENERATOR_VERSION}.csv"
        building = CACHE / f".building-{key}-{os.getpid()}.db"
        _build(building, CACHE / csv_name, **shape, quiet=quiet)
        os.replace(building, cached)
    if path is None:
        return cached
    target = Path(path)
    for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    shutil.copyfile(cached, target)
    return target


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--evidence", required=True, help="number of evidence rows: 300, 10k, 100k, 1m")
    parser.add_argument("--countries", type=int, default=200)
    parser.add_argument("--recommendations", type=int, default=50)
    parser.add_argument("--assessments-per-cell", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-o", "--output", help="where to write the tracker (default: print the cached file)")
    parser.add_argument("--no-cache", action="store_true", help="build straight at -o, leave the cache alone")
    parser.add_argument("--source", help="the source tree whose db/ and tracker/ build it (default: this checkout)")
    args = parser.parse_args(argv)
    use_source(source_from_argv(["--source", args.source] if args.source else []))
    start = time.perf_counter()
    out = make_tracker(args.output, evidence=parse_count(args.evidence), countries=args.countries,
                       recommendations=args.recommendations, assessments_per_cell=args.assessments_per_cell,
                       seed=args.seed, cache=not args.no_cache, quiet=False)
    print(f"{out}  ({time.perf_counter() - start:.1f} s)")


if __name__ == "__main__":
    main()
