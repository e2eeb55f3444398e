"""Pure scoring functions for the evaluation: run-together repair boundaries and film facts.

No I/O here. Gold films are the dicts of a `<id>.films.json` (`title`, `aliases`,
`role`, `rank`, `year_text`, `director_text`, `cast_text`, `themes`); predicted
films are `pipeline.record.Film` objects (or anything with the same attributes).
Fact scores (role, rank, year, director, themes) are computed over matched films
for precision and over every gold film for recall, so a missed film costs recall
of its facts but a spurious film is counted once, in the film score.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from pipeline.titles import normalise

CONTEXT = 15  # characters of raw text shown on each side of a boundary


def prf(tp: int, fp: int, fn: int) -> dict:
    """Counts -> {"tp", "fp", "fn", "precision", "recall", "f1"} (0.0 when undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def accuracy(correct: int, total: int) -> dict:
    """Counts -> {"correct", "total", "accuracy"} (0.0 when total is 0)."""
    return {"correct": correct, "total": total, "accuracy": round(correct / total, 4) if total else 0.0}


def merge(scores: list[dict]) -> dict:
    """Sum the counts of several prf() or accuracy() dicts and recompute the rates (micro average)."""
    if scores and "correct" in scores[0]:
        return accuracy(sum(s["correct"] for s in scores), sum(s["total"] for s in scores))
    return prf(*(sum(s[k] for s in scores) for k in ("tp", "fp", "fn")))


# --- run-together repair boundaries -------------------------------------------------------


def _spaced_before(text: str) -> tuple[str, set[int]]:
    """text -> (its non-space characters, indices k whose k-th non-space char follows whitespace)."""
    chars, spaced, gap = [], set(), False
    for ch in text:
        if ch.isspace():
            gap = True
            continue
        if gap and chars:
            spaced.add(len(chars))
        chars.append(ch)
        gap = False
    return "".join(chars), spaced


def gold_boundaries(raw: str, clean: str) -> set[int]:
    """raw and gold-repaired text -> indices k (before raw's k-th non-space char) where only clean has a space.

    Raises ValueError if the two texts differ beyond whitespace.
    """
    raw_chars, raw_spaced = _spaced_before(raw)
    clean_chars, clean_spaced = _spaced_before(clean)
    if raw_chars != clean_chars:
        raise ValueError("raw and clean text differ beyond whitespace")
    return clean_spaced - raw_spaced


def predicted_boundaries(raw: str, corrections) -> set[int]:
    """raw text and Corrections -> indices k of the inserted spaces that fall where raw has none.

    Only pure insertions of one space count (`original == ""`, `replacement == " "`, at raw offset `start`).
    """
    offsets = [i for i, ch in enumerate(raw) if not ch.isspace()]
    _, raw_spaced = _spaced_before(raw)
    found = set()
    for c in corrections:
        if c.replacement == " " and c.original == "":
            k = bisect_left(offsets, c.start)
            if 0 < k < len(offsets) and k not in raw_spaced:
                found.add(k)
    return found


def context(raw: str, k: int, width: int = CONTEXT) -> str:
    """raw text and a boundary index -> "left|right" with `width` raw chars each side, newlines as ¶."""
    offsets = [i for i, ch in enumerate(raw) if not ch.isspace()]
    at = offsets[k] if k < len(offsets) else len(raw)
    return (raw[max(0, at - width) : at] + "|" + raw[at : at + width]).replace("\n", "¶")


def score_boundaries(raw: str, gold: set[int], predicted: set[int]) -> dict:
    """Gold and predicted boundary sets -> prf() plus `false_splits` and `misses` (context strings)."""
    out = prf(len(gold & predicted), len(predicted - gold), len(gold - predicted))
    out["false_splits"] = [context(raw, k) for k in sorted(predicted - gold)]
    out["misses"] = [context(raw, k) for k in sorted(gold - predicted)]
    return out


# --- films ---------------------------------------------------------------------------------


def _gold_keys(film: dict) -> set[str]:
    return {normalise(t) for t in [film["title"], *film.get("aliases", [])]}


def _year(value) -> int | None:
    """A gold year_text or predicted year -> int, or None if absent or not a number."""
    try:
        return int(str(value).strip()) if value is not None else None
    except ValueError:
        return None


def match_films(predicted, gold: list[dict]) -> list[tuple[int, int]]:
    """Predicted Films and gold film dicts -> [(predicted index, gold index)], each gold film used once.

    A predicted film matches a gold film when the normalised title or any alias of
    either side is equal. Among several candidates the one with the same year wins,
    then the one with the same title, then the first in gold order.
    """
    pairs, used = [], set()
    for pi, film in enumerate(predicted):
        keys = {normalise(t) for t in [film.title, *film.aliases]}
        best = None
        for gi, g in enumerate(gold):
            if gi in used or not keys & _gold_keys(g):
                continue
            rank = (_year(g.get("year_text")) == film.year, normalise(g["title"]) == normalise(film.title))
            if best is None or rank > best[0]:
                best = (rank, gi)
        if best is not None:
            used.add(best[1])
            pairs.append((pi, best[1]))
    return pairs


def score_films(predicted, gold: list[dict], matches: list[tuple[int, int]] | None = None) -> dict:
    """Predicted Films vs gold films -> prf() plus `false_films` and `missed_films` (titles)."""
    matches = match_films(predicted, gold) if matches is None else matches
    hit_p = {p for p, _ in matches}
    hit_g = {g for _, g in matches}
    out = prf(len(matches), len(predicted) - len(matches), len(gold) - len(matches))
    out["false_films"] = [f.title for i, f in enumerate(predicted) if i not in hit_p]
    out["missed_films"] = [g["title"] for i, g in enumerate(gold) if i not in hit_g]
    return out


def score_roles(predicted, gold: list[dict], matches) -> dict:
    """Matched films -> {"role": accuracy(), "rank": accuracy()} (rank None == None counts as right)."""
    role = sum(predicted[p].role == gold[g]["role"] for p, g in matches)
    rank = sum(predicted[p].rank == gold[g]["rank"] for p, g in matches)
    return {"role": accuracy(role, len(matches)), "rank": accuracy(rank, len(matches))}


def score_years(predicted, gold: list[dict], matches) -> dict:
    """Predicted years vs gold `year_text` -> prf(); a year where gold has none is a false positive."""
    tp = fp = 0
    for p, g in matches:
        year = predicted[p].year
        if year is not None:
            if _year(gold[g].get("year_text")) == _year(year):
                tp += 1
            else:
                fp += 1
    stated = sum(_year(g.get("year_text")) is not None for g in gold)
    return prf(tp, fp, stated - tp)


def _name_tokens(name: str) -> list[str]:
    return normalise(name).split()  # normalise turns hyphens into spaces: "Chan-wook" -> chan, wook


def names_match(a: str | None, b: str | None) -> bool:
    """True if two person names agree: equal once normalised, or one's tokens all occur in the other
    ("Ruiz" ~ "Ana Ruiz", "Kim" ~ "Kim Ji-ho")."""
    if not a or not b:
        return False
    ta, tb = _name_tokens(a), _name_tokens(b)
    if not ta or not tb:
        return False
    return ta == tb or set(ta) <= set(tb) or set(tb) <= set(ta)


def score_directors(predicted, gold: list[dict], matches) -> dict:
    """Predicted directors vs gold `director_text` -> prf() over matched films (recall over all gold)."""
    tp = fp = 0
    for p, g in matches:
        name = predicted[p].director
        if name:
            if names_match(name, gold[g].get("director_text")):
                tp += 1
            else:
                fp += 1
    stated = sum(bool(g.get("director_text")) for g in gold)
    return prf(tp, fp, stated - tp)


def actors_as_directors(predicted, gold_doc: dict, matches) -> list[dict]:
    """Every predicted director who is a gold non-director or cast member -> [{"film", "director"}].

    A cast member who is the gold director of the film he is reported for is not listed.
    """
    people = list(gold_doc.get("people_not_directors", []))
    for g in gold_doc["films"]:
        people += g.get("cast_text") or []
    gold_of = {p: gold_doc["films"][g] for p, g in matches}
    out = []
    for i, film in enumerate(predicted):
        if not film.director or not any(names_match(film.director, person) for person in people):
            continue
        if i in gold_of and names_match(film.director, gold_of[i].get("director_text")):
            continue
        out.append({"film": film.title, "director": film.director})
    return out


def theme_key(name: str) -> str:
    """A theme name -> lenient comparison key: lowercase, "-" and "_" as spaces, single-spaced,
    a plural "s" dropped from each word ("vampires" ~ "vampire")."""
    words = re.sub(r"[-_]", " ", name.lower()).split()
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words)


def _theme_names(theme) -> set[str]:
    """Every name a predicted theme answers to: label, id, its taxonomy terms and its parent."""
    if not isinstance(theme, dict):
        return {theme_key(theme)}
    from pipeline.themes import load_taxonomy

    names = {theme_key(theme["name"]), theme_key(theme.get("id", ""))}
    entry = next((t for t in load_taxonomy(None) if t.id == theme.get("id")), None)
    if entry is not None:
        names |= {theme_key(term) for term in entry.terms}
    if theme.get("parent"):
        names.add(theme_key(theme["parent"]))
    return names - {""}


def score_themes(predicted, gold: list[dict], matches, strict: bool = False) -> dict:
    """Themes of matched films vs gold `themes` -> prf() plus `predicted` (themes reported).

    Lenient, as the gold notes ask: a predicted theme is right when a gold theme names it by
    its label, id, one of its terms (synonyms) or its parent theme, as the whole gold phrase
    or as whole words inside it ("mystery" answers "country-house murder mystery").
    strict=True: whole phrases only."""
    tp = fp = found = 0
    for p, g in matches:
        wanted = {theme_key(t) for t in gold[g].get("themes", [])}
        hit_gold: set[str] = set()
        for theme in predicted[p].themes:
            names = _theme_names(theme)
            hits = {w for w in wanted if w in names or not strict and any(f" {n} " in f" {w} " for n in names)}
            if hits:
                tp += 1
                hit_gold |= hits
            else:
                fp += 1
        found += len(hit_gold)
    total = sum(len({theme_key(t) for t in g.get("themes", [])}) for g in gold)
    out = prf(tp, fp, max(total - found, 0))
    out["predicted"] = tp + fp
    return out


# --- taxonomy themes (gold <id>.themes.json) ---------------------------------------------------


def ancestors(theme_id: str, parents: dict[str, str | None]) -> list[str]:
    """A theme id and the taxonomy's id -> parent map => its parent chain, nearest first.

    A cycle (not possible in a validated taxonomy) ends the chain instead of looping."""
    chain, seen = [], {theme_id}
    while (theme_id := parents.get(theme_id)) is not None and theme_id not in seen:
        chain.append(theme_id)
        seen.add(theme_id)
    return chain


def taxonomy_prf(tp: int, fp: int, found: int, fn: int) -> dict:
    """Taxonomy theme counts -> {"tp", "fp", "found", "fn", "precision", "recall", "f1"}.

    tp/fp count predicted ids (right or wrong), found/fn count gold ids (found or missed): with the
    ancestor rule the two sides differ ("horror" and "supernatural" are both right for a gold
    "ghost", which neither finds), so precision is tp / (tp + fp) and recall found / (found + fn)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = found / (found + fn) if found + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "found": found, "fn": fn,
            "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def merge_taxonomy(scores: list[dict]) -> dict:
    """Sum several taxonomy_prf() dicts and recompute the rates (micro average)."""
    return taxonomy_prf(*(sum(s[k] for s in scores) for k in ("tp", "fp", "found", "fn")))


def _taxonomy_counts(predicted: set[str], gold: set[str], parents: dict[str, str | None]) -> tuple[int, int, int, int, list, list]:
    """Predicted and gold ids of one film (or article) -> (tp, fp, found, fn, wrong ids, missed ids).

    A predicted id is right when it is a gold id or an ancestor of one; a gold id is found
    when it is predicted or one of its descendants is."""
    above_gold = {a for g in gold for a in ancestors(g, parents)}
    wrong = sorted(p for p in predicted if p not in gold and p not in above_gold)
    above_pred = {a for p in predicted for a in ancestors(p, parents)}
    missed = sorted(g for g in gold if g not in predicted and g not in above_pred)
    return len(predicted) - len(wrong), len(wrong), len(gold) - len(missed), len(missed), wrong, missed


def _ids(themes) -> set[str]:
    return {t["id"] if isinstance(t, dict) else t for t in themes}


def score_taxonomy_themes(predicted, gold_films: list[dict], matches, parents: dict[str, str | None]) -> dict:
    """Themes of matched films vs the taxonomy gold -> taxonomy_prf() plus `predicted`, `false_themes`, `missed_themes`.

    gold_films are the `films` of a `<id>.themes.json` (same order as `<id>.films.json`, so
    `matches` index both). Precision and recall are over matched films only, so a missed or
    spurious film is not counted again here. false_themes/missed_themes: [{"film", "id"}]."""
    counts = [0, 0, 0, 0]  # tp, fp, found, fn
    false_themes, missed_themes = [], []
    for p, g in matches:
        film = predicted[p]
        *these, wrong, missed = _taxonomy_counts(_ids(film.themes), {t["id"] for t in gold_films[g]["themes"]}, parents)
        counts = [a + b for a, b in zip(counts, these)]
        false_themes += [{"film": film.title, "id": i} for i in wrong]
        missed_themes += [{"film": film.title, "id": i} for i in missed]
    tp, fp = counts[0], counts[1]
    out = taxonomy_prf(*counts)
    out.update(predicted=tp + fp, false_themes=false_themes, missed_themes=missed_themes)
    return out


def score_article_themes(predicted, gold_ids: list[str], parents: dict[str, str | None]) -> dict:
    """The article's own themes vs the gold `article_themes` -> taxonomy_prf() plus `false_themes`, `missed_themes` (ids)."""
    *counts, wrong, missed = _taxonomy_counts(_ids(predicted), set(gold_ids), parents)
    out = taxonomy_prf(*counts)
    out.update(false_themes=wrong, missed_themes=missed)
    return out
