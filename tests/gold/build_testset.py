#!/usr/bin/env python3
"""Build the film-extract gold test set texts from the HTML fixtures.

For every ``tests/fixtures/articles/<id>.html`` this writes

* ``tests/gold/<id>.txt``        -- the *damaged* scraped text, exactly as a
  naive scraper produces it: for each block element (p, h1-h4, li,
  figcaption, blockquote; a <figure> contributes only its figcaption, img alt
  text is never emitted) ``block.get_text(strip=True)``.  BeautifulSoup strips
  every text node and joins them with nothing, which glues inline titles and
  links to their neighbours ("theJohn Wickworld").
* ``tests/gold/<id>.clean.txt``  -- the same blocks with ``block.get_text()``,
  every whitespace run collapsed to one space and stripped (the gold repair).

Blocks are joined with a blank line ("\\n\\n") and each file ends with "\\n".

Checks (the script fails loudly if one does not hold):
* the damaged and clean texts are identical once all whitespace is removed;
* a damaged block never contains whitespace that the clean block lacks
  (HTML fixtures must keep every block on one line, single-spaced);
* every article has at least MIN_SPOTS run-together spots (positions where the
  clean text has whitespace and the damaged text has none);
* if ``tests/gold/<id>.films.json`` exists, it is consistent with the clean
  text (titles, years, director and cast surnames occur in it; ranks 1..n).

Run from the repository root:  .venv/bin/python tests/gold/build_testset.py
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "tests" / "fixtures" / "articles"
GOLD = ROOT / "tests" / "gold"
BLOCK_TAGS = ("p", "h1", "h2", "h3", "h4", "li", "figcaption", "blockquote")
MIN_SPOTS = 8
WS = re.compile(r"\s+")
ROLES = ("subject", "recommended", "mentioned")
FILM_KEYS = ["title", "aliases", "role", "rank", "year_text", "year_fact",
             "director_text", "director_fact", "cast_text", "themes"]


def iter_blocks(soup: BeautifulSoup):
    """Block elements in document order; a block nested in another block is
    part of its outer block and is not emitted twice."""
    for el in soup.find_all(BLOCK_TAGS):
        if any(parent.name in BLOCK_TAGS for parent in el.parents):
            continue
        yield el


def render(html: str) -> tuple[list[str], list[str]]:
    soup = BeautifulSoup(html, "html.parser")
    damaged, clean = [], []
    for el in iter_blocks(soup):
        d = el.get_text(strip=True)
        c = WS.sub(" ", el.get_text()).strip()
        if not c:
            continue
        damaged.append(d)
        clean.append(c)
    return damaged, clean


def run_together_spots(damaged: str, clean: str) -> int:
    """Count positions where `clean` has whitespace and `damaged` has none.
    Raises if `damaged` is not `clean` with some whitespace removed."""
    i = j = spots = 0
    while i < len(clean):
        if j < len(damaged) and damaged[j] == clean[i]:
            i += 1
            j += 1
        elif clean[i].isspace():
            spots += 1
            i += 1
        else:
            raise AssertionError(
                f"damaged text diverges at clean[{i}]={clean[i:i + 40]!r} "
                f"/ damaged[{j}]={damaged[j:j + 40]!r}")
    if j != len(damaged):
        raise AssertionError(f"damaged text has extra tail {damaged[j:j + 40]!r}")
    return spots


def check_films(art_id: str, clean: str, strict: bool) -> list[str]:
    """Light consistency checks of a hand annotation against the clean text."""
    path = GOLD / f"{art_id}.films.json"
    if not path.exists():
        return [f"{path.name} missing"]
    gold = json.loads(path.read_text(encoding="utf-8"))
    errs = []
    low = clean.lower()

    def surname_in(name: str) -> bool:
        return name.split()[-1].lower() in low

    if gold.get("article") != f"{art_id}.txt":
        errs.append(f"article field {gold.get('article')!r} != {art_id}.txt")
    films = gold.get("films", [])
    subjects = [f["title"] for f in films if f["role"] == "subject"]
    if gold.get("subject") is None:
        if subjects:
            errs.append("subject is null but a film has role 'subject'")
    elif subjects != [gold["subject"]]:
        errs.append(f"subject {gold['subject']!r} vs subject films {subjects}")
    ranks = [f["rank"] for f in films if f["role"] == "recommended"]
    if ranks != list(range(1, len(ranks) + 1)):
        errs.append(f"recommended ranks not 1..n in order: {ranks}")
    for f in films:
        t = f["title"]
        missing = [k for k in FILM_KEYS if k not in f]
        if missing:
            errs.append(f"{t}: missing keys {missing}")
            continue
        if f["role"] not in ROLES:
            errs.append(f"{t}: bad role {f['role']!r}")
        if f["role"] != "recommended" and f["rank"] is not None:
            errs.append(f"{t}: rank set on a {f['role']} film")
        names = [t] + list(f["aliases"])
        if strict and t not in clean:
            errs.append(f"{t}: title not spelled like this in the text")
        if not any(n in clean for n in names):
            errs.append(f"{t}: neither title nor alias occurs in the text")
        if f["year_text"] is not None and str(f["year_text"]) not in clean:
            errs.append(f"{t}: year_text {f['year_text']} not in text")
        if f["director_text"] and not surname_in(f["director_text"]):
            errs.append(f"{t}: director_text {f['director_text']!r} not in text")
        for actor in f["cast_text"]:
            if not surname_in(actor):
                errs.append(f"{t}: cast {actor!r} not in text")
    for person in gold.get("people_not_directors", []):
        if not surname_in(person):
            errs.append(f"person {person!r} not in text")
    return errs


def main() -> int:
    htmls = sorted(ARTICLES.glob("*.html"))
    if not htmls:
        print(f"no articles in {ARTICLES}", file=sys.stderr)
        return 1
    failures = 0
    total_spots = 0
    for path in htmls:
        art_id = path.stem
        damaged_blocks, clean_blocks = render(path.read_text(encoding="utf-8"))
        for d, c in zip(damaged_blocks, clean_blocks):
            # a text node with internal newlines / double spaces would leave
            # whitespace in the damaged text that the clean text collapsed
            assert d == WS.sub(" ", d), f"{art_id}: unnormalised whitespace in block {d[:60]!r}"
        damaged = "\n\n".join(damaged_blocks) + "\n"
        clean = "\n\n".join(clean_blocks) + "\n"
        assert WS.sub("", damaged) == WS.sub("", clean), f"{art_id}: texts differ beyond whitespace"
        spots = run_together_spots(damaged, clean)
        assert spots >= MIN_SPOTS, f"{art_id}: only {spots} run-together spots (< {MIN_SPOTS})"
        (GOLD / f"{art_id}.txt").write_text(damaged, encoding="utf-8")
        (GOLD / f"{art_id}.clean.txt").write_text(clean, encoding="utf-8")
        words = len(clean.split())
        errs = check_films(art_id, clean, strict=True)
        status = "ok" if not errs else f"{len(errs)} annotation problem(s)"
        print(f"{art_id}: {len(clean_blocks)} blocks, {words} words, {spots} run-together spots, {status}")
        for e in errs:
            print(f"    - {e}")
        failures += bool(errs)
        total_spots += spots
    # the seed article (no HTML source): check its texts and annotation too
    for seed_txt in sorted(GOLD.glob("*.txt")):
        art_id = seed_txt.name[:-len(".txt")]
        if art_id.endswith(".clean") or (ARTICLES / f"{art_id}.html").exists():
            continue
        clean_path = GOLD / f"{art_id}.clean.txt"
        if not clean_path.exists():
            continue
        damaged = seed_txt.read_text(encoding="utf-8")
        clean = clean_path.read_text(encoding="utf-8")
        try:
            spots = run_together_spots(damaged, clean)
            note = f"{spots} run-together spots"
        except AssertionError as exc:  # the seed gold also fixes a few words
            note = f"not a pure whitespace repair ({exc})"
        errs = check_films(art_id, clean, strict=False)
        print(f"{art_id} (seed, no HTML): {note}, {'ok' if not errs else errs}")
    print(f"{len(htmls)} HTML articles, {total_spots} run-together spots in total")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
