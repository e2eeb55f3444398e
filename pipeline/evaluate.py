"""Score the pipeline and its baselines on a gold set; `make eval` runs this.

    python -m pipeline.evaluate --gold tests/gold --out output [--model NAME]

Input: a gold folder of `<id>.txt` (damaged text), `<id>.clean.txt` (gold repair),
`<id>.films.json` (gold films) and optionally `<id>.themes.json` (gold taxonomy themes;
articles without one are left out of the taxonomy theme scores). Output: a table on stdout and `<out>/eval.json`
(same content, fixed key order, no timestamps). `evaluate(gold_dir, nlp)` returns
the dict without printing or writing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pipeline import baselines, scoring
from pipeline.ingest import decode
from pipeline.record import Article

BOUNDARY_SYSTEMS = ("film-extract", *baselines.SEGMENTERS)
FILM_SYSTEMS = ("film-extract", "spaCy NER")


def load_gold(gold_dir: Path) -> list[dict]:
    """Gold folder -> [{"id", "source", "raw", "clean", "doc", "themes"}] for every complete article, sorted
    by id; "themes" is the parsed `<id>.themes.json`, or None when the article has none."""
    out = []
    for path in sorted(Path(gold_dir).glob("*.txt")):
        if path.name.endswith(".clean.txt"):
            continue
        article_id = path.name[: -len(".txt")]
        clean, films = path.with_name(f"{article_id}.clean.txt"), path.with_name(f"{article_id}.films.json")
        themes = path.with_name(f"{article_id}.themes.json")
        if not (clean.exists() and films.exists()):
            continue
        out.append({
            "id": article_id,
            "source": path.name,
            "raw": decode(path.read_bytes())[0],
            "clean": decode(clean.read_bytes())[0],
            "doc": json.loads(films.read_text(encoding="utf-8")),
            "themes": json.loads(themes.read_text(encoding="utf-8")) if themes.exists() else None,
        })
    return out


def score_article(gold: dict, article: Article, nlp) -> dict:
    """One gold article and its processed Article -> boundary, film and fact scores (with baselines)."""
    raw, films = gold["raw"], gold["doc"]["films"]
    truth = scoring.gold_boundaries(raw, gold["clean"])
    systems = {"film-extract": article.corrections}
    for name, segment in baselines.SEGMENTERS.items():
        systems[name] = baselines.segment_corrections(raw, segment, name)
    boundaries = {name: scoring.score_boundaries(raw, truth, scoring.predicted_boundaries(raw, fixes))
                  for name, fixes in systems.items()}
    matches = scoring.match_films(article.films, films)
    roles = scoring.score_roles(article.films, films, matches)
    out = {
        "boundaries": boundaries,
        "films": {
            "film-extract": scoring.score_films(article.films, films, matches),
            "spaCy NER": scoring.score_films(baselines.ner_films(gold["clean"], nlp), films),
        },
        "role": roles["role"],
        "rank": roles["rank"],
        "year": scoring.score_years(article.films, films, matches),
        "director": scoring.score_directors(article.films, films, matches),
        "themes": scoring.score_themes(article.films, films, matches),
        "themes_strict": scoring.score_themes(article.films, films, matches, strict=True),
        "actor_as_director": scoring.actors_as_directors(article.films, gold["doc"], matches),
    }
    if gold.get("themes") is not None:
        parents = _parents()
        out["taxonomy_themes"] = scoring.score_taxonomy_themes(article.films, gold["themes"]["films"], matches, parents)
        out["article_themes"] = scoring.score_article_themes(article.themes, gold["themes"]["article_themes"], parents)
    return out


def _parents() -> dict[str, str | None]:
    """The built-in taxonomy's theme id -> parent id (what the taxonomy gold was written against)."""
    from pipeline.themes import load_taxonomy

    return {t.id: t.parent for t in load_taxonomy(None)}


def total(per_article: dict[str, dict]) -> dict:
    """Per-article scores -> micro-averaged totals; lists are concatenated with the article id in front."""
    rows = list(per_article.values())

    def merged(pick) -> dict:
        return scoring.merge([pick(r) for r in rows])

    out = {
        "boundaries": {s: merged(lambda r, s=s: r["boundaries"][s]) for s in BOUNDARY_SYSTEMS},
        "films": {s: merged(lambda r, s=s: r["films"][s]) for s in FILM_SYSTEMS},
    }
    for key in ("role", "rank", "year", "director", "themes", "themes_strict"):
        out[key] = merged(lambda r, key=key: r[key])
    out["themes"]["predicted"] = sum(r["themes"]["predicted"] for r in rows)
    out["themes_strict"]["predicted"] = out["themes"]["predicted"]
    out["actor_as_director"] = [{"article": a, **hit} for a, r in per_article.items() for hit in r["actor_as_director"]]
    themed = {a: r for a, r in per_article.items() if "taxonomy_themes" in r}
    if themed:  # only the articles that have a taxonomy gold
        for key in ("taxonomy_themes", "article_themes"):
            out[key] = scoring.merge_taxonomy([r[key] for r in themed.values()])
        out["taxonomy_themes"]["predicted"] = sum(r["taxonomy_themes"]["predicted"] for r in themed.values())
        out["taxonomy_themes"]["articles"] = len(themed)
    return out


def headline(scores: dict) -> dict:
    """Article or total scores -> the flat metrics that quality floors are pinned on."""
    films = scores["films"]["film-extract"]
    flat = {}
    if "boundaries" in scores:  # HTML readings have no repair to score
        ours = scores["boundaries"]["film-extract"]
        flat = {"boundary_precision": ours["precision"], "boundary_recall": ours["recall"], "boundary_f1": ours["f1"]}
    if "taxonomy_themes" in scores:
        flat["taxonomy_theme_precision"] = scores["taxonomy_themes"]["precision"]
        flat["taxonomy_theme_recall"] = scores["taxonomy_themes"]["recall"]
        flat["article_theme_precision"] = scores["article_themes"]["precision"]
        flat["article_theme_recall"] = scores["article_themes"]["recall"]
    return {
        **flat,
        "film_precision": films["precision"],
        "film_recall": films["recall"],
        "film_f1": films["f1"],
        "director_precision": scores["director"]["precision"],
        "year_precision": scores["year"]["precision"],
    }


def evaluate(gold_dir, nlp) -> dict:
    """Gold folder and a spaCy pipeline -> {"articles": {id: scores}, "total": scores, "headline": {...}}.

    Runs `pipeline.run.process` over the damaged texts; no files are written.
    """
    from pipeline.run import process

    gold = load_gold(Path(gold_dir))
    articles = [Article(article_id=g["id"], source=g["source"], format="txt", raw=g["raw"]) for g in gold]
    done = {a.article_id: a for a in process(articles, nlp)}
    per_article = {g["id"]: score_article(g, done[g["id"]], nlp) for g in gold}
    result = {"articles": per_article, "total": total(per_article)}
    result["headline"] = {"total": headline(result["total"]), **{a: headline(s) for a, s in per_article.items()}}
    result["html"] = _evaluate_html(gold, Path(gold_dir), done, nlp)
    if result["html"]["articles"]:
        result["headline"]["html_total"] = headline(result["html"]["total"])
    return result


def _evaluate_html(gold: list[dict], gold_dir: Path, from_txt: dict[str, Article], nlp) -> dict:
    """The gold articles that have an HTML source (tests/fixtures/articles/<id>.html), read as
    HTML: film and fact scores, and whether they give the same films as the scraped text."""
    from pipeline.ingest import article_from_html
    from pipeline.run import process

    html_dir = gold_dir.parent / "fixtures" / "articles"
    pages = [(g, html_dir / f"{g['id']}.html") for g in gold if (html_dir / f"{g['id']}.html").is_file()]
    done = {a.article_id: a for a in process([article_from_html(g["id"], p.name, p.read_bytes()) for g, p in pages], nlp)}
    per_article = {}
    for g, _ in pages:
        article, films = done[g["id"]], g["doc"]["films"]
        matches = scoring.match_films(article.films, films)
        roles = scoring.score_roles(article.films, films, matches)
        per_article[g["id"]] = {
            "films": {"film-extract": scoring.score_films(article.films, films, matches)},
            "role": roles["role"], "rank": roles["rank"],
            "year": scoring.score_years(article.films, films, matches),
            "director": scoring.score_directors(article.films, films, matches),
            "inserted_spaces": sum(1 for c in article.corrections if c.replacement == " "),
            "same_films_as_txt": _film_signature(article) == _film_signature(from_txt[g["id"]]),
        }
    totals = {}
    if per_article:
        totals = {key: scoring.merge([a[key] for a in per_article.values()]) for key in ("role", "rank", "year", "director")}
        totals["films"] = {"film-extract": scoring.merge([a["films"]["film-extract"] for a in per_article.values()])}
        totals["inserted_spaces"] = sum(a["inserted_spaces"] for a in per_article.values())
        totals["same_films_as_txt"] = sum(a["same_films_as_txt"] for a in per_article.values())
    return {"articles": per_article, "total": totals}


def _film_signature(article: Article) -> list[tuple]:
    """Films as (title, role, rank, year, director), for comparing two readings of one article."""
    films = [(f.title, f.role, f.rank, f.year, f.director) for f in article.films]
    return sorted(films, key=lambda t: tuple((x is not None, x) for x in t))  # two films of one title: a year may be None


def _prf_row(label: str, s: dict) -> str:
    return f"  {label:<14}{s['tp']:>5}{s['fp']:>5}{s['fn']:>5}   {s['precision']:.3f}  {s['recall']:.3f}  {s['f1']:.3f}"


def format_scores(title: str, s: dict, *, lists: bool = True) -> str:
    """One scope's scores -> a readable block of text (tables, then the error lists)."""
    head = f"  {'':<14}{'tp':>5}{'fp':>5}{'fn':>5}   P      R      F1"
    lines = [f"== {title} ==", "run-together boundaries", head]
    lines += [_prf_row(name, s["boundaries"][name]) for name in BOUNDARY_SYSTEMS]
    lines += ["films", head] + [_prf_row(name, s["films"][name]) for name in FILM_SYSTEMS]
    role, rank, year, director, themes = (s[k] for k in ("role", "rank", "year", "director", "themes"))
    lines += [
        "film-extract facts",
        f"  role acc {role['accuracy']:.3f} ({role['correct']}/{role['total']})"
        f"   rank acc {rank['accuracy']:.3f} ({rank['correct']}/{rank['total']})",
        f"  year P {year['precision']:.3f} R {year['recall']:.3f}"
        f"   director P {director['precision']:.3f} R {director['recall']:.3f}"
        f"   themes P {themes['precision']:.3f} R {themes['recall']:.3f} (predicted={themes['predicted']};"
        f" whole gold phrases only: P {s['themes_strict']['precision']:.3f})",
    ]
    if "taxonomy_themes" in s:
        tax, art = s["taxonomy_themes"], s["article_themes"]
        lines.append(f"  taxonomy themes P {tax['precision']:.3f} R {tax['recall']:.3f} F1 {tax['f1']:.3f}"
                     f" (right {tax['tp']}, wrong {tax['fp']}; gold found {tax['found']}, missed {tax['fn']})"
                     f"   article themes P {art['precision']:.3f} R {art['recall']:.3f}"
                     f" (right {art['tp']}, wrong {art['fp']}; gold found {art['found']}, missed {art['fn']})")
        if lists and tax["false_themes"]:
            lines.append("  false themes: " + ", ".join(f"{t['film']}: {t['id']}" for t in tax["false_themes"]))
    actors = s["actor_as_director"]
    lines.append(f"  actor reported as director: {len(actors)}")
    lines += [f"    {a.get('article', '') + ': ' if 'article' in a else ''}{a['film']} <- {a['director']}" for a in actors]
    if lists:
        ours = s["boundaries"]["film-extract"]
        lines.append(f"  false splits ({len(ours['false_splits'])}):")
        lines += [f"    {c}" for c in ours["false_splits"]]
        lines.append(f"  missed boundaries ({len(ours['misses'])}):")
        lines += [f"    {c}" for c in ours["misses"]]
        films = s["films"]["film-extract"]
        if films["false_films"] or films["missed_films"]:
            lines.append(f"  false films: {films['false_films']}   missed films: {films['missed_films']}")
    return "\n".join(lines)


def format_report(result: dict) -> str:
    """evaluate() result -> the full printed report: each article, then the total."""
    blocks = [format_scores(a, s) for a, s in result["articles"].items()]
    blocks.append(format_scores(f"TOTAL ({len(result['articles'])} articles)", result["total"], lists=False))
    html = result.get("html", {})
    if html.get("articles"):
        lines = [f"== HTML sources ({len(html['articles'])} articles, read as .html) ==",
                 "                   film P  film R  film F1  role   rank   year P  dir P  spaces  same as txt"]
        for name, s in [*html["articles"].items(), ("TOTAL", html["total"])]:
            f = s["films"]["film-extract"]
            same = s["same_films_as_txt"]
            lines.append(f"  {name[:16]:16} {f['precision']:6.3f}  {f['recall']:6.3f}  {f['f1']:6.3f}  "
                         f"{s['role']['accuracy']:5.3f}  {s['rank']['accuracy']:5.3f}  {s['year']['precision']:6.3f}  "
                         f"{s['director']['precision']:5.3f}  {s['inserted_spaces']:6}  {same if name == 'TOTAL' else ('yes' if same else 'no')}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def main(argv: list[str] | None = None) -> int:
    """CLI entry: score, print the report, write <out>/eval.json. Returns the exit code."""
    from pipeline.annotate import load_nlp

    parser = argparse.ArgumentParser(prog="python -m pipeline.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, required=True, help="gold folder (<id>.txt, .clean.txt, .films.json)")
    parser.add_argument("--out", type=Path, required=True, help="folder for eval.json")
    parser.add_argument("--model", default=None, help="spaCy model package (default: first installed)")
    args = parser.parse_args(argv)
    result = evaluate(args.gold, load_nlp(args.model))
    if not result["articles"]:
        print(f"no complete gold articles in {args.gold}", file=sys.stderr)
        return 1
    sys.stdout.write(format_report(result))
    args.out.mkdir(parents=True, exist_ok=True)
    with open(args.out / "eval.json", "w", encoding="utf-8") as fh:
        json.dump(result, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print(f"wrote {args.out / 'eval.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
