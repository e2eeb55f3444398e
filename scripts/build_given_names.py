#!/usr/bin/env python3
"""Build pipeline/data/given_names.txt: given names from film cast lists, beyond the census.

Input: the Wikipedia movie data's `cast` lists (../shared/data/wikipedia-movie-data/movies-*.json,
about 28k distinct performers). Output: one lowercase given name per line, sorted, with a
header comment. A name is kept when at least MIN_COUNT performers carry it as their first
word, it is not already a census given name (the `names` package), it is not a common
English word (zipf < MAX_ZIPF: "Will", "Grace" are not taken from here) and it has 3+ letters.

Run from the repository root:  .venv/bin/python scripts/build_given_names.py [DATA_DIR]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from pipeline.lexicon import census_first_names, zipf

MIN_COUNT = 3
MAX_ZIPF = 4.0
_GIVEN = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?")


def main(data_dir: Path, out: Path) -> int:
    counts: Counter[str] = Counter()
    for path in sorted(data_dir.glob("movies-*.json")):
        for record in json.loads(path.read_text(encoding="utf-8")):
            for performer in record.get("cast") or []:
                words = performer.split()
                if len(words) >= 2 and _GIVEN.fullmatch(words[0]):
                    counts[words[0].lower()] += 1
    census = census_first_names()
    keep = sorted(n for n, k in counts.items() if k >= MIN_COUNT and n not in census and zipf(n) < MAX_ZIPF and len(n) >= 3)
    header = ("# Given names of film performers that the 1990 US Census lists lack, one per line.\n"
              "# Built by scripts/build_given_names.py from the cast lists of the Wikipedia movie data\n"
              f"# (names carried by at least {MIN_COUNT} performers, no common English words). {len(keep)} names.\n")
    out.write_text(header + "\n".join(keep) + "\n", encoding="utf-8")
    print(f"wrote {len(keep)} names to {out}")
    return 0


if __name__ == "__main__":
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/data/wikipedia-movie-data")
    sys.exit(main(data, Path("pipeline/data/given_names.txt")))
