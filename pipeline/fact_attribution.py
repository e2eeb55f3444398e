"""Which film each year, director and cast fact of the text belongs to.

Input: the clean text, the article's films (mentions filled), the caption/heading candidates,
paragraphs and sentence lookup, and each paragraph's section film. Output: none; the films'
year, director and cast are filled in place, each with its evidence and source. The cue
phrases themselves are read by pipeline.facts; this module decides the film: the caption or
heading first, then the film named at the cue, then the section's film when the sentence
names no other. An actor is never made a director.
"""

from __future__ import annotations

import bisect
import re

from pipeline import facts, mention_directors, versions
from pipeline.mention_index import MentionIndex, film_right_after, sentences_in, single_film
from pipeline.people import acting_names
from pipeline.person_mentions import named_surnames
from pipeline.possessive_lists import possessive_list_owner
from pipeline.pronoun_directors import pronoun_directors
from pipeline.record import Evidence, Film, evidence_json
from pipeline.titles import Candidate, cues, normalise


def add_facts(text: str, films: list[Film], markers: list[Candidate], paras, sentence_of, person_words,
              by_key: dict[str, Film], owner: dict[int, Film], key_of, sources: set = frozenset(),
              writers: set[str] = frozenset(), product_lines: list[tuple[int, int]] = ()) -> None:
    """Fill year, director and cast of every film (in place), each with evidence.

    by_key: normalised title or alias -> film; owner: paragraph start -> its section's film;
    sources: the sentences that name a source work ("turns Name’s <Novel> into"); writers: full
    names the page gives as authors of books ("3. Novel by Name"), never a film's director;
    product_lines: (start, end) of a deals page's product lines (pipeline.deal_lines): a film's own
    first words are its first mention outside them, and a section such a line opens is its film's
    entry as much as a ranked one's.
    """
    mention_at = MentionIndex(films)
    person_words = person_words | named_surnames(text)  # "Quint" alone, where the text also says "Mara Quint"
    first_words = {id(f): next((m.start for m in f.mentions if not any(a <= m.start < b for a, b in product_lines)), None)
                   for f in films}
    entries = {id(owner[a]) for a, _ in product_lines if a in owner}
    cast_names: set[str] = acting_names(text) | set(writers)  # characters, the actors who play them, authors
    para_starts = [p.start for p in paras]

    def section_film(offset: int) -> Film | None:
        i = bisect.bisect_right(para_starts, offset)
        return owner.get(para_starts[i - 1]) if i else None

    # Captions and headings first: they state year and director outright.
    for c in markers:
        f = by_key.get(key_of(c))
        if f and c.year and f.year is None:
            f.year, f.year_source = c.year, c.source
            f.evidence["year"] = evidence_json(Evidence(c.text, c.source))
        if f and c.director and f.director is None:
            f.director, f.director_source = c.director, c.source
            f.evidence["director"] = evidence_json(Evidence(c.text, c.source))
    # Cast first, so that no actor can become a director.
    for s0, s1 in sorted({sentence_of(m.start) for f in films for m in f.mentions} | {(p.start, p.end) for p in paras}):
        for name, ev in facts.cast_cues(text, s0, s1):
            target = film_right_after(mention_at, ev.end) or section_film(s0) or single_film(mention_at, s0, s1)
            cast_names.add(name)
            if target is not None and name not in target.cast and normalise(name) not in by_key:
                target.cast.append(name)
                target.evidence.setdefault("cast", []).append(evidence_json(ev))
    release_memo: dict = {}
    marked = {id(by_key.get(key_of(c))) for c in markers}  # films a caption or heading names (maybe one of several versions)
    owned = (-1, None, 0, "")  # the last mention a possessive right before it gave a director: end, name, start, title
    made = (-1, None, 0)  # the last mention "Name directed <mention>" gave a director: end, name, evidence start
    for start, end, f in mention_at:
        s0, s1 = sentence_of(start)
        only = single_film(mention_at, s0, s1) is f
        if f.year is None and (found := facts.year_near(text, start, end, (s0, s1), only, release_memo)
                               or id(f) not in marked and start == first_words[id(f)]  # the film's own first words:
                               and facts.dated_mention(text, start, end, s0)):  # "the 1996 <Title> that inspired it"
            f.year, f.year_source = found[0], "text"
            f.evidence["year"] = evidence_json(found[1])
        if f.director is None and not _other_version(text, end, f):
            poss = facts.possessive_before(text, start, s0)
            if poss and versions.source_author(text, poss[2], start, end, s1):
                poss = None  # "Other has shot Name’s Title": Name wrote the book
            poss = (facts.clean_name(poss[0]), *poss[1:]) if poss else None
            if (named := mention_directors.from_director_after(text, end, s1, start, s0)) and _is_director_name(named[0], cast_names, by_key, person_words):
                f.director, f.director_source = named[0], "text"  # "Name’s Title, from director Other": Other made it
                f.evidence["director"] = evidence_json(named[1])
            elif poss and _is_director_name(poss[0], cast_names, by_key, person_words):
                f.director, f.director_source = poss[0], "text"
                f.evidence["director"] = evidence_json(Evidence(text[poss[2] : end], "text", poss[2], end))
                owned = (end, poss[0], poss[2], f.title)
            elif (listed := possessive_list_owner(text, start, s0)) and _is_director_name(listed[0], cast_names, by_key, person_words):
                # "Name’s time-travel comedies: A (1985), B (1989) and C": Name made each film of the list
                f.director, f.director_source = listed[0], "text"
                f.evidence["director"] = evidence_json(Evidence(text[listed[1] : end], "text", listed[1], end))
            elif poss is None and text[owned[0] : start] == " and " and _one_series(owned[3], f.title):
                # "Name’s <Head Eleven> and <Head Twelve>": a film and its sequel, both Name's (in "A, Name’s B and
                # C" C may be anyone's)
                f.director, f.director_source = owned[1], "text"
                f.evidence["director"] = evidence_json(Evidence(text[owned[2] : end], "text", owned[2], end))
            elif found := mention_directors.directed_by_after(text, end, s1) or mention_directors.made_for(text, start, end, s0) \
                    or mention_directors.directed_before(text, start, end, s0) or mention_directors.who_made(text, start, end, s0) \
                    or mention_directors.follow_up_to(text, start, end, s0):
                if _is_director_name(found[0], cast_names, by_key, person_words):
                    f.director, f.director_source = found[0], "text"
                    f.evidence["director"] = evidence_json(found[1])
                    if found[1].end == end and found[1].start < start:  # "Name directed <mention>": the list may go on
                        made = (end, found[0], found[1].start)
            elif made[1] and _LIST_GAP.fullmatch(text, made[0], start):
                # "Name, who co-directed A and <mention>", "Name then made A (2015), the comic B and <mention>": each
                # title of the verb's list is Name's
                f.director, f.director_source = made[1], "text"
                f.evidence["director"] = evidence_json(Evidence(text[made[2] : end], "text", made[2], end))
                made = (end, made[1], made[2])
    pronoun_directors(text, paras, films, sentence_of)  # "She directed her father in <Title>": the paragraph's actor
    directors = {f.director for f in films if f.director}
    # A section that names another list entry ("Pair A with B") may be talking about either:
    # facts that only the section ties to a film are not taken there.
    shared = {id(owner[q.start]) for q in paras if q.start in owner for _, _, f in mention_at.between(q.start, q.end)
              if f is not owner[q.start] and f.role == "recommended"}
    for p in paras:
        here = [f for _, _, f in mention_at.between(p.start, p.end)]
        named_here = {id(f) for f in here if f.role != "subject"}
        # a paragraph about other films that never names the subject gives the subject no director
        about_others = bool(named_here) and not any(f.role == "subject" for f in here)
        for s0, s1 in sentences_in(p, sentence_of):
            target = section_film(s0)
            if target is None or id(target) in shared:
                continue
            others = any(f is not target or _other_version(text, e, f) for _, e, f in mention_at.between(s0, s1))
            # "Name’s 1974 film" ties a fact to no title: only where the paragraph names no other
            # film than the section's (and the article's subject, which list entries often recall), or,
            # in a list entry's section, where the sentence names no film and none was named before it
            # ("Name’s 1974 film ... It beat A and B": the entry's own words come first)
            named_yet = {id(f) for _, _, f in mention_at.between(p.start, s1) if f.role != "subject"}
            unanchored_ok = not others and (not (named_here - {id(target)}) or (target.role == "recommended" or id(target) in entries)
                                            and not mention_at.between(s0, s1) and not (named_yet - {id(target)}))
            if target.year is None and (found_year := facts.section_year(text, s0, s1)) and (unanchored_ok or _year_still_ours(
                    target, [f for _, _, f in mention_at.between(s0, s1) if f is not target], found_year[0],
                    named_here - {id(target)}, named_yet - {id(target)}) and not any(f.year == found_year[0] for f in films)):
                target.year, target.year_source = found_year[0], "text"
                target.evidence["year"] = evidence_json(found_year[1])
            if target.director is not None or (about_others and target.role == "subject"):
                continue
            # "director Name" names the section film's director; "Name’s latest film" may mean
            # another film when the sentence names one, so it counts only in sentences that do not.
            # A sentence naming a source work ("turns Name’s <Novel> into") speaks of writers as much as makers.
            found = facts.director_cues(text, s0, s1) + ([] if not unanchored_ok or sentence_of(s0) in sources else [
                (facts.clean_name(n), ev) for n, ev in facts.possessive_film_nouns(text, s0, s1)])
            # "Director Name keeps it moving." names no film: in a paragraph that has named another film and never
            # its section's, it is that other film's director
            elsewhere = id(target) not in named_here and bool(named_yet - {id(target)})
            for name, ev in found:
                if elsewhere and ev.text.startswith("Director"):
                    continue
                single_ok = len(name.split()) > 1 or name in person_words or ev.text.startswith(name + "’") or ev.text.startswith(name + "'")
                if single_ok and _is_director_name(name, cast_names, by_key, person_words | {name}) \
                        and (not _names_other_director(name, directors) or _ANOTHER_OF_THEIRS.search(ev.text)):
                    target.director, target.director_source = name, "text"
                    target.evidence["director"] = evidence_json(ev)
                    directors.add(name)
                    break


# between two titles of one list: a comma or "and", maybe after the first's year in brackets and before the next's
# kind ("A (2015), the spy sequel B")
_LIST_GAP = re.compile(r"(?:\s*\((?:18|19|20)\d\d\))?(?:,\s+(?:and\s+)?|\s+(?:and|&)\s+)(?:the\s+(?:[a-z][\w-]*\s+){1,3})?")


def _year_still_ours(target: Film, theirs: list[Film], year: int, named_else: set[int], named_before: set[int]) -> bool:
    """Whether an unanchored year ("the 1981 film") of a sentence still dates the section film where the
    general rule would not take it: the sentence's other films are all dated with other years and the
    paragraph names no other film but the subject ("the 1981 film already holds every trick of <Subject>"),
    or the section is the subject's own and no other film has been named yet in its paragraph. (The caller
    also makes sure no film of the article has that year already: "the 1939 film" may be that one.)

    theirs: the other films the sentence names; named_else / named_before: ids of the films other than
    the target (the subject aside) the paragraph names anywhere / up to the sentence's end."""
    if theirs:
        return not named_else and all(f.year is not None and f.year != year for f in theirs)
    return target.role == "subject" and not named_before


def _other_version(text: str, end: int, film: Film) -> bool:
    """Whether the mention ending at `end` is dated with another year than its film's ("the remake
    <Title> (2019)" of a 1994 entry): another version of the title, whose maker is not the film's."""
    m = facts.PAREN_AFTER.match(text, end)
    return m is not None and film.year is not None and int(m.group(1)) != film.year


def _one_series(a: str, b: str) -> bool:
    """Whether two titles open with the same word, an article aside ("Head Eleven", "Head Twelve")."""
    heads = [next((w for w in normalise(t).split() if w not in ("the", "a", "an")), None) for t in (a, b)]
    return heads[0] is not None and heads[0] == heads[1]


def _is_director_name(name: str, cast_names: set[str], by_key: dict, person_words: set[str]) -> bool:
    """A plausible director: not an actor named in this article, not a film title, and
    a one-word name only when the text treats that word as a person's (not "Studio’s Title")."""
    if normalise(name) in by_key or name.lower() in cues()["not_titles"] or facts.is_company(name):
        return False  # a title, a service or a company ("Name Studios’ Title")
    if len(name.split()) == 1 and name not in person_words:
        return False
    return not any(name == c or name in c.split() for c in cast_names)


# "Name’s second film on this list": the section film is one more by a director already named
_ANOTHER_OF_THEIRS = re.compile(r"(?:’s|'s|’|')\s+(?:second|third|fourth|fifth|other|next)\s+(?:film|movie|picture|feature|entry)\b")


def _names_other_director(name: str, directors: set[str]) -> bool:
    """True when `name` (maybe a surname alone) is already the director of some film."""
    return any(name == d or name in d.split() for d in directors)
