"""Guards that cancel a theme match the taxonomy's terms found: the words are part of a film's
title, the clause only pretends or speaks of a person's other work or past, or a genre word is an
abstract noun.

Pure functions used by the themes stage (pipeline/themes.py). They read text, a spaCy Doc or
an Article and answer yes or no (or give the spans to keep out); no I/O.
"""

from __future__ import annotations

import bisect
import re

from pipeline.record import Article


def title_spans(text: str, names: list[str], *, ignore_case: bool = False, always=()) -> list[tuple[int, int]]:
    """Character spans of `text` where one of `names` (film titles and aliases) is written whole.

    A title's words are its name, not a theme of any film ("Murder at Noon", "The Quiet Spy",
    "as interested as Border War in reporters"). In running text the title case must match (a
    lowercase "civil war" is the war); in a caption line, which is about one film, any case does.
    Names shorter than four characters are left out: "Us", "Her" match too much to say anything;
    except those in `always` (a caption's own film: "Gnome (1998)" is the title, not a gnome)."""
    spans = []
    for name in sorted({n for n in names if n and len(n) >= 4} | {n for n in always if n}):
        if ignore_case:  # rare (caption lines): the regex's case folding, compiled per name
            pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)", re.IGNORECASE)
            spans += [(m.start(), m.end()) for m in pattern.finditer(text)]
        else:  # every article, every title: a plain search, no regex to compile
            spans += whole_occurrences(text, name)
    merged: list[tuple[int, int]] = []  # disjoint and sorted, so inside() can bisect
    for s, e in sorted(spans):
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def whole_occurrences(text: str, name: str) -> list[tuple[int, int]]:
    """Spans of `name` in `text` with no word character (str.isalnum or "_", as the regex's \\w)
    on either side, found left to right without overlaps: what finditer on (?<!\\w)name(?!\\w) finds."""
    def word(ch: str) -> bool:
        return ch.isalnum() or ch == "_"

    found, pos, n = [], 0, len(name)
    while (at := text.find(name, pos)) >= 0:
        end = at + n
        if (at == 0 or not word(text[at - 1])) and (end == len(text) or not word(text[end])):
            found.append((at, end))
            pos = end
        else:
            pos = at + 1
    return found


def film_names(article: Article) -> list[str]:
    """Every title and alias of the article's films."""
    return [name for film in article.films for name in (film.title, *film.aliases) if name]


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of `spans` (disjoint and sorted, as title_spans gives them)."""
    i = bisect.bisect_left(spans, (end,))  # spans[:i] start before `end`
    return i > 0 and spans[i - 1][1] > start


CLAUSE_BREAKS = {",", ";", ":", "—", "–", "(", ")"}


def _guard_words() -> dict:
    """The word lists of pipeline/data/theme_guards.toml (loaded once, cached by data_file)."""
    from pipeline.lexicon import data_file

    return data_file("theme_guards.toml")


def _window(doc, start: int, size: int, first: int) -> list:
    """Up to `size` tokens before token `start`, not before token `first` nor across a clause break."""
    out = []
    for token in reversed(doc[max(first, start - size) : start]):
        if token.text in CLAUSE_BREAKS:
            break
        out.append(token)
    return out[::-1]


def pretended(doc, start: int, first: int) -> bool:
    """Whether the words before token `start` (same sentence from `first`, same clause) make the match
    pretence: "pretends to be dying of cancer", "passing herself off as the missing son"."""
    words = _guard_words()
    window = _window(doc, start, words["pretence_window"], first)
    lemmas = [(t.lemma_ or t.text).lower() for t in window]
    if any(lemma in words["pretence"] for lemma in lemmas):
        return True
    return any(lemma in words["pretence_with_off"] and "off" in lemmas[i + 1 : i + 4] for i, lemma in enumerate(lemmas))


def staged(doc, start: int, end: int, first: int) -> bool:
    """Whether the match doc[start:end] names or describes a show put on inside the story: a verb of staging
    and then a show's noun stand before it in its clause, or the match is that noun ("the inmates put on an
    absurd comedy involving time travel": neither the comedy nor the time travel is the film's)."""
    words = _guard_words()
    window = _window(doc, start, words["staging_window"], first) + list(doc[start:end])
    for i, token in enumerate(window):
        lemma = (token.lemma_ or token.text).lower()
        verb = lemma in words["staging"] or token.lower_ in words["staging_with_on"] and i + 1 < len(window) \
            and window[i + 1].lower_ == "on"
        if verb and any((t.lemma_ or t.text).lower() in words["staged_nouns"] for t in window[i + 1 :]):
            return True
    return False


def in_named_work(doc, start: int, first: int) -> bool:
    """Whether the match at token `start` is in a clause that describes another work the sentence names before it:
    "<work noun> called <Name>, in which ..." ("a teen show called Night Owls, in which two girls fight monsters").
    `first` is the sentence's first token."""
    words = _guard_words()
    named_at = None
    for token in doc[first:start]:
        if token.lower_ in words["named_work_introducers"] and token.i > first \
                and doc[token.i - 1].lemma_.lower() in words["work_nouns"]:
            named_at = token.i
        elif named_at is not None and token.lower_ in words["named_work_relatives"]:
            return True
    return False


def war_as_time(doc, start: int, end: int, first: int) -> bool:
    """Whether the match doc[start:end], a war ("the Second World War"), only dates the story: "after", "before"
    or "since" stands just before it ("just after the Second World War", "the years since the war")."""
    if doc[end - 1].lower_ != "war":
        return False
    i = start - 1 if start > first and doc[start - 1].lower_ != "the" else start - 2
    return i >= first and doc[i].lower_ in _guard_words()["war_time_words"]


def not_yet(doc, start: int, first: int) -> bool:
    """Whether the match at token `start` is what a clause says had not happened yet: "before", then "ever", stand
    before it in its clause ("<Name> wrote it before she had ever set foot on a ship")."""
    words = _guard_words()
    lowers = [t.lower_ for t in _window(doc, start, words["not_yet_window"], first)]
    return any(w in words["not_yet"] and words["not_yet_mark"] in lowers[i + 1 :] for i, w in enumerate(lowers))


def moved_from(doc, start: int, first: int) -> bool:
    """Whether the match at token `start` is the place or time a story was moved away from: a verb of moving, then
    "from" a few words before it, in its clause ("the film moves the story from wartime Paris to a quiet suburb")."""
    words = _guard_words()
    window = _window(doc, start, words["moved_window"], first)
    at = next((i for i in range(len(window) - 1, -1, -1) if window[i].lower_ == "from"), None)
    if at is None or len(window) - at - 1 > words["moved_gap"] or any(t.lower_ == "to" for t in window[at:]):
        return False
    return any((t.lemma_ or t.text).lower() in words["moving"] for t in window[:at])


def named_other_work(doc, start: int, end: int, film_at) -> bool:
    """Whether the match doc[start:end] is the kind of a work that a capitalised name right after its work noun names,
    and that name is no film of the article: "the anime series Night Owls Return" (a show beside the film).
    film_at(offset) says whether a film's mention starts at that character offset."""
    words = _guard_words()
    noun = next((t for t in doc[end - 1 : end + 1] if t.lemma_.lower() in words["work_nouns"]), None)
    if noun is None or noun.i + 1 >= len(doc):
        return False
    name = doc[noun.i + 1]
    if not name.is_title or name.is_sent_start or name.pos_ not in ("PROPN", "NOUN"):
        return False
    after = next((t for t in doc[name.i :] if not t.is_title and t.pos_ != "ADV"), None)
    if after is not None and after.pos_ in ("VERB", "AUX"):
        return False  # "the war film Vell never made": a person's, said of the film itself
    return not film_at(name.idx)


def commemorated(doc, end: int) -> bool:
    """Whether the match that ends before token `end` is what an anniversary or a reunion looks back on: "their tenth
    wedding anniversary", "her twentieth college reunion" (a past the story remembers, not what it is about)."""
    return end < len(doc) and (doc[end].lemma_ or doc[end].text).lower() in _guard_words()["commemorations"]


def likened(doc, start: int, first: int) -> bool:
    """Whether the match at token `start` is what a noun is likened to: "a voice like an earthquake" (a noun, then
    "like" and a few words). A film's own likeness ("it plays like a heist movie") follows a verb and counts."""
    window = _window(doc, start, _guard_words()["simile_window"] + 1, first)
    for i, token in enumerate(window):
        if token.lower_ == "like" and token.i > first and doc[token.i - 1].tag_ in ("NN", "NNS"):
            return True
    return False


def on_show(doc, start: int, theme_id: str) -> bool:
    """Whether the match at token `start` is a part played in a show: a medium word stands right before it ("an
    actor famous as a TV pirate" plays one on television; the film need not be a pirate film). Themes of work in the
    medium itself ("a TV journalist") are kept."""
    words = _guard_words()
    return start > 0 and doc[start - 1].lower_ in words["show_media"] and theme_id not in words["show_media_jobs"]


def trait_of_named(doc, start: int, end: int) -> bool:
    """Whether the match doc[start:end] is one adjective on a person's name: "the vengeful Marta Quill" says what one
    character is like, not what the story is about ("a vengeful tale" still counts)."""
    return end - start == 1 and end < len(doc) and doc[start].pos_ == "ADJ" and doc[end].ent_type_ == "PERSON"


def scare_quoted(doc, start: int, end: int) -> bool:
    """Whether the match doc[start:end] is one or two words alone in quotation marks: a “terrorist” the
    writer holds at a distance (a word quoted, not meant) says nothing of what the film is about."""
    return 0 < start and end < len(doc) and end - start <= 2 \
        and doc[start - 1].text in ("“", '"', "‘") and doc[end].text in ("”", '"', "’")


def dismissed(doc, start: int, first: int) -> bool:
    """Whether the match at token `start` is in a view of the work its clause reports only to reject: a verb
    of dismissal, then "as" or "for", then a work noun (`work_nouns`) stand before it ("dismissed at the
    time as a silly film about killer bees"). A person mistaken for someone ("a clerk mistaken for a spy") is
    the story's own business and keeps its theme."""
    words = _guard_words()
    window = _window(doc, start, words["dismissal_window"], first)
    for i, token in enumerate(window):
        if (token.lemma_ or token.text).lower() in words["dismissal"]:
            at = next((j for j in range(i + 1, len(window)) if window[j].lower_ in ("as", "for")), None)
            # the work noun stands between "as" and the match, or the match is its modifier ("as a dumb action movie")
            noun_zone = [*window[at + 1 :], *doc[start : start + 4]] if at is not None else []
            return any(t.lemma_.lower() in words["work_nouns"] for t in noun_zone)
    return False


def borrowed(doc, start: int, end: int, first: int) -> bool:
    """Whether the match doc[start:end], with a work noun right after it (or as its last word), is the kind of work
    a moment is taken from: "a chase that feels lifted from a spy movie" (borrowed_from words just before)."""
    words = _guard_words()
    if not any(t.lemma_.lower() in words["work_nouns"] for t in doc[end - 1 : end + 1]):
        return False
    return _phrase_before(doc, start, first, words["borrowed_from"], words["borrowed_window"])


def _phrase_before(doc, start: int, first: int, phrases: list[str], size: int) -> bool:
    """Whether one of `phrases` (lowercase words) stands in the `size` tokens before token `start`, same clause."""
    said = " " + " ".join(t.lower_ for t in _window(doc, start, size, first)) + " "
    return any(f" {phrase} " in said for phrase in phrases)


def abstract(doc, start: int, end: int) -> bool:
    """Whether the one genre word doc[start:end] is an abstract noun: "the horror of war" (a singular
    noun between "the" and "of"), not a kind of film ("one of the funniest comedies of the decade")."""
    word = doc[start]
    return (end - start == 1 and end < len(doc) and start > 0 and word.tag_ == "NN"
            and doc[start - 1].lower_ == "the" and doc[end].lower_ in _guard_words()["abstract_after"])


# A caption line that is a film's title and nothing but a bracket or a dash after it: "Title (2023)",
# "6. Title (2025)", "Title (Oct. 3)", "Title (Country) — Prize". Such a line heads the paragraph below it.
TITLE_LINE_REST = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:[—–-]\s*[^.]*)?")
TITLE_LINE_NUMBER = re.compile(r"\s*(?:#?\d{1,3}[.)]?\s+)?")
MIN_TITLE_LINES = 3  # title lines that make a list of headed entries: each owns its passage up to the next


def headed_sections(article: Article, heads: dict[int, str] | None = None) -> list[tuple[int, int, str]]:
    """The article's sections (start, end, film id), with each paragraph that a title line heads given to
    that line's film.

    A title line is a caption (rule "heading" or "caption") that names one film by its title, with at
    most a rank before it and a bracket or a dash clause after it. It owns the section starting where
    it stood, when the captions standing there name no other film (a programme list of titles heads
    nothing). Photo captions ("Actor in Title. Photo: ...") and poster captions are not title lines.
    heads: title_lines(article), when the caller has worked it out already."""
    at: dict[int, set[str]] = {}
    for caption in article.captions:
        if caption.film_id is not None:
            at.setdefault(caption.before, set()).add(caption.film_id)
    heads = title_lines(article) if heads is None else heads
    out = []
    headed = set(heads.values())
    carried = None  # the entry whose title line stood last, while no other film's caption has come
    for start, end, film_id in article.sections:
        head = heads.get(start)
        if head is not None and at[start] == {head}:
            carried = head
            out.append((start, end, head))
            continue
        if start in at:
            carried = None
        if carried is not None and len(headed) >= MIN_TITLE_LINES and film_id not in headed:
            film_id = carried  # "... another romp like <Title>, and what they got was ...": still the entry's passage
        out.append((start, end, film_id))
    return out


def title_lines(article: Article) -> dict[int, str]:
    """Where title lines stand (the clean offset they precede) -> the film id each names."""
    titles = {f.film_id: [n for n in (f.title, *f.aliases) if n] for f in article.films}
    return {c.before: c.film_id for c in article.captions if c.film_id is not None and c.rule in ("heading", "caption")
            and _title_line(c.text, titles.get(c.film_id, []))}


def headed_entries(article: Article, heads: dict[int, str] | None = None) -> set[str] | None:
    """Ids of the films that title lines head, when there are MIN_TITLE_LINES of them or more (the article is a
    list of headed entries); None otherwise (no headings, or too few to say what the list's entries are).
    heads: title_lines(article), when the caller has worked it out already."""
    headed = set((title_lines(article) if heads is None else heads).values())
    return headed if len(headed) >= MIN_TITLE_LINES else None


def _title_line(text: str, names: list[str]) -> bool:
    """Whether `text` is one of `names`, with at most a rank before and a bracket or dash clause after."""
    lead = TITLE_LINE_NUMBER.match(text).end()
    for name in names:
        if text.startswith(name, lead) and TITLE_LINE_REST.fullmatch(text, lead + len(name)):
            return True
    return False


def elsewhere(doc, start: int, first: int) -> bool:
    """Whether the words before token `start` (same clause) put the match in a person's other work or
    past: "best known to audiences as the gangster in ...", "a former ballet dancer"."""
    words = _guard_words()
    if _phrase_before(doc, start, first, words["other_work"], words["other_work_window"]):
        return True
    just_before = {t.lower_ for t in _window(doc, start, words["past_role_window"], first)}
    return bool(just_before & set(words["past_role"]))


def another_work(doc, start: int, end: int) -> bool:
    """Whether the match doc[start:end] names the kind of another work that the words after it introduce:
    "a pirate epic directed by her rival", "the zombie sequel, starring ...", "a cooking show called ...".
    Such a film, show or book inside the story (or beside it) lends the film none of its themes."""
    words = _guard_words()
    after = doc[end - 1 : end + 2]  # the term may end with the noun itself ("a pirate epic")
    noun = next((t for t in after if t.lemma_.lower() in words["work_nouns"]), None)
    if noun is None or _described(doc, start):
        return False  # "It is a horror film directed by ...", "<Title>, a horror film directed by ...": the film itself
    tail = []
    for token in doc[noun.i + 1 : noun.i + 1 + words["work_window"]]:
        if token.is_sent_start or token.is_punct and token.text != ",":
            break  # the same sentence only, across a comma at most ("the zombie sequel, starring ...")
        if token.text != ",":
            tail.append(token.lower_)
    tail = " ".join(tail)
    return any(tail.startswith(phrase) for phrase in words["work_introduced_by"])


def _described(doc, start: int) -> bool:
    """Whether the noun phrase holding token `start` is said of something named before it: after a form of
    "be" ("it is a horror film") or a comma ("<Title>, a horror film"), past its determiner and modifiers."""
    i = start - 1
    while i >= 0 and doc[i].pos_ in ("DET", "ADJ", "ADV", "NUM", "PROPN", "NOUN", "PART") and doc[i].text not in (",", "’s", "'s"):
        if doc[i].pos_ == "DET":
            i -= 1
            break
        i -= 1
    return i >= 0 and (doc[i].lemma_ == "be" or doc[i].text == ",")
