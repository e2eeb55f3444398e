"""Second films of one title, as film records: "the 2006 remake", "Name’s 1930 version", "the 1969 Title"
beside "Title (2010)".

Called by the extract stage once the films and their mentions are known: the text-level rules of
pipeline.versions find the phrases, these functions turn them into films of their own (role
"mentioned") and move the mentions and director that belong to each.
"""

from __future__ import annotations

import re

from pipeline import facts, versions
from pipeline.mention_index import MentionIndex, film_right_after, sentences_in, single_film
from pipeline.record import Evidence, Film, Mention, evidence_json, mention_quote
from pipeline.titles import normalise


def _same_line(a: str, b: str) -> bool:
    """Whether two titles are one title or one is the other's head ("Head" and "Head: Sub", "Head 2")."""
    a, b = normalise(a), normalise(b)
    return a == b or b.startswith(a + " ") or a.startswith(b + " ")


def other_version_films(text: str, films: list[Film], paras, sentence_of, section: dict[int, Film]) -> list[Film]:
    """Second films that share a title: "the 2006 remake", "Name’s 1930 version of <Title>".

    The version belongs to the film named right after "of", else to the one film its
    sentence names, else to the section's film, else (a page without sections) to the film
    its paragraph opens with; it becomes a film of its own (role
    "mentioned") only when that film's year is known and differs, or when the phrase says "of the
    same name" ("Name’s 2012 musical of the same name"). An unnamed version whose year a listed film
    of the same title or title head has ("the 1968 original" beside <Head> (1968), in <Head: Sub>'s
    section) is that film, not a new one.
    """
    mention_at = MentionIndex(films)
    out = []
    for p in paras:
        for s0, s1 in sentences_in(p, sentence_of):
            for year, director, ev, after in versions.other_versions(text, s0, s1):
                named = (film_right_after(mention_at, after) if text[after - 3 : after] == "of " else None) \
                    or single_film(mention_at, s0, s1)
                target = named or section.get(p.start) \
                    or next((f for _, _, f in mention_at.between(p.start, p.first_sentence_end)), None)
                if named is None and target is not None and any(f.year == year and _same_line(f.title, target.title) for f in films):
                    continue  # "begin with the 1968 original" in <Head: Sub>'s section, beside a listed 1968 <Head>: that film
                if named is not None and (own := section.get(p.start)) is not None and own is not named and own.year is None:
                    continue  # "Name’s 2001 remake of <Title>" in an undated entry's section: maybe that entry itself
                same_name = re.search(versions.SAME_NAME, ev.text) is not None  # "of the same name": another film, whatever its year
                if target is None or (target.year is None and not same_name) or target.year == year:
                    continue
                if any(f.title == target.title and f.year == year for f in films + out):
                    continue
                version = Film(film_id="", title=target.title, year=year, year_source="text",
                               evidence={"year": evidence_json(ev)})
                version.mentions = [Mention(ev.start, ev.end, text[ev.start : ev.end], mention_quote(text, (s0, s1), ev.start, ev.end))]
                if director and director != target.director:
                    version.director, version.director_source = director, "text"
                    version.evidence["director"] = evidence_json(ev)
                out.append(version)
    return out


def dated_version_films(text: str, films: list[Film], sentence_of, marker_titles: set[str]) -> list[Film]:
    """Second films that share a title, told apart by a year stated at the mention itself
    ("Title (1984)" heading and "his 2021 Title"; "the 1969 Title" beside "Title (2010)").

    A mention dated with another year than its film's known year goes to a film of its own
    (role "mentioned"), one per year; of a film without a known year only a later mention dated in a
    sentence that calls the film a remake ("Name’s remake puts ... in the 1989 Title"): the original.
    A film that would lose its last mention without a caption or heading (marker_titles) naming it
    stays as it is.
    """
    out: list[Film] = []
    for film in list(films):
        moved: dict[int, list[tuple[Mention, Evidence]]] = {}
        for n, m in enumerate(film.mentions):
            if film.year is None and n == 0 and normalise(film.title) not in marker_titles:
                continue  # an undated film's first mention is the film itself (unless a heading named it)
            found = facts.dated_mention(text, m.start, m.end, sentence_of(m.start)[0])
            if film.year is None and found and not versions.remake_before(text, sentence_of(m.start)[0], m.start):
                continue  # an undated film: only "<Name>’s remake ... the 1989 <Title>" names another one
            if found and found[0] != film.year:
                moved.setdefault(found[0], []).append((m, found[1]))
        if sum(len(g) for g in moved.values()) == len(film.mentions) and normalise(film.title) not in marker_titles:
            continue  # every mention would leave: the dates disagree, the film stays as it is
        for year, group in sorted(moved.items()):
            version = next((f for f in films + out if f.title == film.title and f.year == year), None)
            if version is None:
                version = Film(film_id="", title=film.title, year=year, year_source="text",
                               evidence={"year": evidence_json(group[0][1])})
                out.append(version)
            version.mentions = sorted(version.mentions + [m for m, _ in group], key=lambda m: m.start)
            film.mentions = [m for m in film.mentions if all(m is not g for g, _ in group)]
            move_owner_director(film, version, [ev for _, ev in group])
            if version.director is None:
                owner_director(text, version, [m for m, _ in group], sentence_of, {c for f in films for c in f.cast})
    return out


def owner_director(text: str, version: Film, mentions: list[Mention], sentence_of, cast: set[str]) -> None:
    """"Name’s photoreal remake <Title> (2019)": the full name whose possessive stands right before a dated
    version's mention (facts.possessive_before: not a novel's author) made that version; set in place,
    never an actor of the article's films."""
    for m in mentions:
        poss = facts.possessive_before(text, m.start, sentence_of(m.start)[0])
        name = facts.clean_name(poss[0]) if poss else ""
        if len(name.split()) >= 2 and " and " not in name and name not in cast:
            version.director, version.director_source = name, "text"
            version.evidence["director"] = evidence_json(Evidence(text[poss[2] : m.end], "text", poss[2], m.end))
            return


def move_owner_director(film: Film, version: Film, dated: list[Evidence]) -> None:
    """A director that film took from the words dating a version ("Name’s Title from 1962", "Title (1969),
    directed by Name") is the version's: it moves there when the version has none yet. Changes both films."""
    at = (film.evidence.get("director") or {}).get("start")
    if film.director is None or version.director is not None or at is None or film.director_source != "text":
        return
    if any(ev.start is not None and ev.start <= at <= ev.end + 2 for ev in dated):  # or right after: ", directed by"
        version.director, version.director_source = film.director, film.director_source
        version.evidence["director"] = film.evidence.pop("director")
        film.director = film.director_source = None
