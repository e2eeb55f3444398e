"""What each title-like mention in an article is: a film, a franchise, a person, a character
or another kind of work, and which mentions name the same film.

Pure functions over the clean text, the candidates of pipeline.titles and the spaCy Doc's
entities; used by the extract stage. Evidence is textual context only: cue words
(pipeline/data/cues.toml), possessives, initials, census given names (the `names` package)
and how the article itself uses the words.
Mentions re-labelled as people after classification (name lists, surnames, PERSON spans)
are settled in pipeline.person_mentions; the mentions that are another name of a film (a bracketed
title, a subtitle or head alone) are found by pipeline.mention_aliases.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from pipeline.caption_titles import is_name
from pipeline.prose_titles import defined_film
from pipeline.lexicon import first_names, is_given_name, plural_noun, surnames, zipf
from pipeline.line_labels import on_labelled_line, unfilmed_line
from pipeline.record import Article
from pipeline.repeat_mentions import WordIndex
from pipeline.titles import SMALL, Candidate, cues, normalise
from pipeline.tv_networks import names_network, network_heads


_HEADLINE_CUE = re.compile(r"\b(?:after|like|loved|liked|enjoyed|love|fans of|if you)\s+(.+)$", re.IGNORECASE)


def headline_titles(article: Article) -> set[str]:
    """"...to Watch After <Title>", "Movies Like <Title>": the headline's film, as a normalised key.

    Such a title is a film even when it looks like a name."""
    line = article.headline()
    m = _HEADLINE_CUE.search(line or "")
    if not m:
        return set()
    tail = re.split(r"\s+(?:that|which|who|for|to|and|is|are)\s+|[|:?!]", m.group(1))[0]
    return {normalise(tail)} if tail.strip() else set()


UNCOMMON_FIRST = 3.5  # zipf: a first word rarer than this in a PERSON span is a given name
COMMON_WORD = 4.5  # zipf: a last word this common makes "Given Word" a title, not a person

# "the sixth <Name> film": another film of the series <Name> ("the new <Name> movie" is <Name>)
_LATER_OF_SERIES = re.compile(r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+$")
# "the best in any <Name> film", "like every <Name> movie": one film of many called <Name>, a series
_ANY_OF_SERIES = re.compile(r"\b(?:any|every|each|another)\s+$")
# "the sixth <Name>" with a lower-case ordinal (a capitalised one would open the title itself)
_NTH_OF_SERIES = re.compile(r"\b[Tt]he\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+$")
# "a <Name>", "a grinning <Name>": an indefinite article (maybe with one lower-case word) before a name
_INDEFINITE = re.compile(r"(?:^|[^\w’'])[Aa]n?\s+(?:[a-z][\w-]*\s+)?$")
# "the first <Name> movie", "the first installment of his <Name> duology": one film of a series
# ("the first two <Name> films" are several; "the second spinoff from the <Name> series" is the spinoff's ordinal).
_ONE_OF_SERIES = re.compile(r"\b(?:first|second|third|fourth|fifth|final|original)\s+(?!(?:two|three|four|five|six|\d+)\s+$)"
                            r"(?:(?!(?:from|after)\s)[\w’'-]+\s+){0,3}$")


@cache
def _PERSON_BEFORE() -> re.Pattern:  # noqa: N802 - a cached constant
    """Director/cast cue, maybe with modifiers ("directed by the late "), ending the text before a name."""
    cue = cues()
    words = "|".join(re.escape(w) for w in sorted(cue["director_before"] | cue["cast_before"] | cue["person_before"], key=len, reverse=True))
    mods = "|".join(re.escape(w) for w in cue["name_modifiers"])
    return re.compile(rf"\b(?:{words})\s+(?:(?:{mods})\s+){{0,2}}$")


@cache
def _AT_EVENT() -> re.Pattern:  # noqa: N802 - a cached constant
    """"won the audience award at ", "premiered at ": a word of cues.toml `event_before_at` and then
    "at" in one clause, ending the text before a name: the name is a festival's or a ceremony's."""
    words = "|".join(re.escape(w) for w in sorted(cues()["event_before_at"], key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\b[^.;:!?,()]{{0,30}}\bat\s+$")


@cache
def _cue_before(name: str) -> re.Pattern:
    """A phrase of the cues.toml list `name` as a whole word, then spaces, ending the (lowercased) text
    before a name ("work_before": the name is a work's); one alternation, so a mention costs one search, not one
    per phrase."""
    words = "|".join(re.escape(w) for w in sorted(cues()[name], key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\s+$")


def work_named_before(text: str, start: int) -> bool:
    """Whether the words before text[start:] make the name there a work's ("the director of
    <X>", "the same year as <X>"; cues.toml `work_before`)."""
    return bool(_cue_before("work_before").search(text[max(0, start - 30) : start].lower()))


_APPOSITION = re.compile(r",\s+(?:our|their|his|her|its|a|an|the|[A-Z][\w-]+(?:’s|'s|’))\s+((?:[\w’'-]+\s+){0,3}[\w-]+)")
# "<Name>, a seven-foot sailor who returns": a noun phrase in apposition that "who" goes on from is a someone's
# (describing words only between: in "a thriller about a man who" the "who" is the man's)
_WHO_APPOSITION = re.compile(r",\s+(?:an?|the)\s+(?:(?!(?:about|of|with|for|in|on|at|by|from|to|and|or|a|an|the)\s)[\w’'-]+\s+){0,3}?"
                             r"[a-z][\w-]*\s+who\b")
_FILM_HEADS = {"film", "movie", "picture", "feature", "adaptation", "remake", "sequel", "documentary", "version"}
_WORK_HEADS = {"novel", "book", "memoir", "play", "series", "show", "sitcom", "miniseries", "podcast", "newsletter",
               "biography", "opera", "ballet", "magazine", "column", "album", "song", "game", "comic", "season",
               "festival", "retrospective", "programme", "program"}


def _apposition_head(words: list[str]) -> str | None:
    """"our weekly mystery newsletter" -> "newsletter": the first film or work noun after the
    adjectives, stopping at a word that starts a clause or a complement ("of", "that")."""
    for w in words:
        w = w.lower()
        if w in _FILM_HEADS or w in _WORK_HEADS:
            return w
        if w in ("of", "that", "which", "who", "to", "for", "with", "and"):
            return None
    return None


def _network_work(words: list[str]) -> bool:
    """"BBC and Hulu adaptation", "Name Network western" -> True: an apposition that gives a work to a television
    network (tv_networks.names_network) before a head noun that does not say film (network_heads), so a series."""
    for w in words:
        if w.lower() in network_heads():
            return any(names_network(v) for v in words)
        if not (names_network(w) or w in ("and", "&", "/") or w[:1].isupper()):
            return False
    return False


# "remade in English as <Title>", "filmed as <Title>": a film's (other) title, not a role
_RETITLED = re.compile(r"\b(?:remade|released|re-released|retitled|renamed|distributed|marketed|filmed|adapted)\b[^.;]{0,40}\bas\s+$",
                       re.IGNORECASE)
_EXAMPLE_AS = re.compile(r"\b(?:such|well)\s+as\s+$")  # "such as <Title>", "as well as <Title>": no role after "as"
_DATED_NEXT = re.compile(r"\s*\((?:1[89]|20)\d\d\)")  # "<Title> (1997)"


_SUBTITLED = re.compile(r"\w:\s+[A-Z0-9]")  # "Saga: Part Two": a title's subtitle colon
# "a 1957 melodrama called", "the remake, also called": a kind of film, then the name it goes by
_CALLED = re.compile(r"\b([a-z][a-z-]*)(?:,?\s+also)?\s+(?:called|titled|named)\s+$")


def _film_called(before: str) -> bool:
    """Whether the lowercased words before a mention name a kind of film and then "called/titled/named"
    (cues.toml film_called_heads), so the mention is that film's title rather than a character."""
    return bool(m := _CALLED.search(before)) and m.group(1) in cues()["film_called_heads"]


_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)\b|\d(?:st|nd|rd|th)(?=[A-Z])")


def _event_name(title: str) -> bool:
    """"The 82nd Harbour International Film Festival", "Northern Screen Awards": a name of three or more
    words, or one holding an ordinal, whose last word is an event noun (cues.toml event_heads)."""
    words = title.split()
    return len(words) >= 2 and words[-1].lower() in cues()["event_heads"] and (len(words) >= 3 or bool(_ORDINAL.search(title)))


# "Family Given-syl": a short family name, then a hyphenated given name whose second syllable is lowercase
_FAMILY_FIRST = re.compile(r"[A-Z][a-z]{1,4} [A-Z][a-z]{1,4}-[a-z]{2,4}")


def family_name_first(span: str) -> bool:
    """"Yoon Dae-hyun", "Ko Min-seo" -> True: an East-Asian name written family name first (one
    short word), its given name two short syllables joined by a hyphen, the second in lowercase.
    Titles rarely take that shape ("Spider-Man" keeps its capital); a heading's title is kept by the caller."""
    return bool(_FAMILY_FIRST.fullmatch(span.strip()))


# "read Name’s ", "Rereading Name Surname’s ": what one reads of someone's is a book (the owner's possessive right
# before the mention)
_READ_OWNED = re.compile(r"\b(?:[Rr]e)?(?:[Rr]ead|[Rr]eading|[Rr]eads)\s+(?:[A-Z][\w.’'-]*\s+){1,3}?[A-Z][\w’'-]*(?:’s|'s|’)\s+$")


def classify(text: str, c: Candidate, persons, marker_keys, known_people=frozenset(), index: WordIndex | None = None) -> Candidate:
    """Decide what a text mention is from its context: film, franchise, person or character.

    known_people: normalised names that captions/headings give as director or cast;
    index: the text's WordIndex (built here when not given; pass one for many candidates).
    """
    if normalise(c.text) in known_people or family_name_first(c.text) and normalise(c.text) not in marker_keys:
        return replace(c, kind="person")  # a heading or caption may still give a title of a name's shape
    if defined_film(text, c.start, c.end):
        return c  # "<Name> is a 1916 comedy film": a definition's subject is the film, whatever its words
    after = text[c.end : c.end + 30].lower()
    cut = text[max(0, c.start - 30) : c.start]  # the 30 characters before the mention, cut once
    before = cut.lower()
    next_word = re.match(r"(?:’s|'s)?[”\"]?\s*([\w\-’']+)", after)
    nxt = next_word.group(1) if next_word else ""
    cue = cues()
    if nxt in cue["franchise_after"] and (nxt in cue["spinoff_after"] or not _ONE_OF_SERIES.search(before)):
        return replace(c, kind="franchise")
    words = c.text.split()
    if len(words) >= 2 and words[-1].lower() in cue["franchise_tails"] and words[-2][:1].isupper() \
            and normalise(c.text) not in marker_keys:
        return replace(c, kind="franchise")  # "the Studio Shared Universe": a shared world of films
    if nxt in cue["single_film_after"] and (_LATER_OF_SERIES.search(before) or _ANY_OF_SERIES.search(before) or (
            (m := re.match(r"(?:’s|'s)?\s*\w+\s+([\w\-]+)", after)) and m.group(1) in cue["franchise_after"])):
        return replace(c, kind="franchise")  # "the sixth <Name> film", "the <Name> film collection": not the film <Name>
    if _NTH_OF_SERIES.search(cut):
        return replace(c, kind="franchise")  # "The sixth <Name> is": the sixth film of the series <Name>
    if len(c.text.split()) == 1 and nxt not in cue["single_film_after"] and nxt not in ("for", "of") \
            and _INDEFINITE.search(cut):  # "a <Title> for our times" is the film's
        return replace(c, kind="character")  # "a grinning <Name>": one of a kind, a creature or character
    named_work = bool(_cue_before("work_before").search(before))  # work_named_before: "the director of <X>", "the same year as <X>"
    if not named_work and _cue_before("character_before").search(before) \
            and not _RETITLED.search(text[max(0, c.start - 60) : c.start]) and not _film_called(before) \
            and not _EXAMPLE_AS.search(before):
        return replace(c, kind="character")
    if _event_name(c.text) or _AT_EVENT().search(text[max(0, c.start - 60) : c.start].lower()):
        return replace(c, kind="other")  # "The 12th Harbour Film Festival", "won the jury prize at <Festival>": an event
    if _cue_before("other_work_before").search(before) or nxt in cue["other_work_after"]:
        return replace(c, kind="other")  # "the novel <Title>", "<Title> author ...": not a film
    if _READ_OWNED.search(text, max(0, c.start - 60), c.start) and normalise(c.text) not in marker_keys:
        return replace(c, kind="other")  # "Read Name’s <Title>", "rereading Name’s <Title>": a book
    if _WHO_APPOSITION.match(text, c.end) and normalise(c.text) not in marker_keys:
        named = is_name(c.text) or any(s <= c.start and c.end <= e for s, e in persons)
        return replace(c, kind="person" if named else "character")  # "<Name>, a seven-foot sailor who ...": someone
    if (m := _APPOSITION.match(text, c.end)) and (_apposition_head(m.group(1).split()) in _WORK_HEADS
                                                  or _network_work(m.group(1).split())):
        return replace(c, kind="other")  # "<Title>, our weekly newsletter", "<Title>, a 1998 novel"
    if normalise(c.text) in cue["services"] or on_labelled_line(text, c.start, "watch_labels"):
        return replace(c, kind="other")  # "Where to stream: <Service>": a streaming service, not a film
    if unfilmed_line(c.text) or on_labelled_line(text, c.start, "unfilmed_labels"):
        return replace(c, kind="other")  # "Reading: Author, <Book>", "Instructor: Name": no film on the line
    if len(c.text.split()) >= 2 and c.text.split()[-1].lower() in cue["company_suffixes"] and normalise(c.text) not in marker_keys:
        return replace(c, kind="other")  # "Name Entertainment", "Name Productions": a company
    if len(c.text.split()) >= 3 and re.search(r"\b(?:Movies|Films|Shows|Episodes)\b", c.text):
        return replace(c, kind="other")  # "The 15 Best Boxing Movies, Ranked": an article's title
    if named_work:
        return c  # a work, whatever follows it: no person rule below applies
    if re.match(r"\s+[A-Z]\.\s", text[c.end : c.end + 4]) and c.text[:1].isupper():
        return replace(c, kind="person")  # "Given M. Surname": a middle initial follows
    if _YEAR_WITH.search(text, max(0, c.start - 30), c.start) and is_name(c.text):
        return replace(c, kind="person")  # "filmed in 1947, with Name": the cast of a dated version
    if _SUCCESSOR_BEFORE().search(before) and is_name(c.text):
        return replace(c, kind="person")  # "(Name, taking over from Name halfway through)": a part recast
    if nxt == "as" and _AS_A_FILM.match(text, c.end):
        return c  # "<Title> as the best-reviewed film": a film measured against films, no actor in a role
    if _PERSON_BEFORE().search(before) or nxt in cue["person_after"] and not after.startswith(("’s", "'s")) \
            and not _SUBTITLED.search(c.text):  # "in Saga: Part Two as the android": no name holds a colon
        return replace(c, kind="person")
    if len(c.text.split()) == 1 and (m := _OWNERS_NOUN.match(text, c.end)) \
            and (m.group(1) in cue["person_possessive_head"] or m.group(1) in cue["performer_possessive_head"]) \
            and normalise(c.text) not in marker_keys:
        return replace(c, kind="person")  # "to finish Name’s work", "Name’s career": a person's (or character's), no film's
    if len(c.text.split()) == 1 and (m := _MAKERS_WORK.match(text, c.end)) and m.group(1) in cue["film_called_heads"]:
        return replace(c, kind="person")  # "Name’s romantic fantasy Title": the maker of the film named next
    if re.match(r"(?:’s|'s|’|')\s+[A-Z]", text[c.end : c.end + 6]) and len(c.text.split()) >= 2:
        return replace(c, kind="person")  # "Name’s Title": a possessive before a title is a person's
    if re.match(r"(?:[A-Z]\.){1,3}\s?[A-Z][a-z]|[A-Z][a-z]+\s+[A-Z]\.\s+[A-Z][a-z]", c.text) and (
            (last := c.text.split()[-1].strip("’'")).lower() in surnames() or zipf(last) < 3.0):
        return replace(c, kind="person")  # "D.B. Name", "Given C. Name": initials make a person's name
    if re.search(r"(?:^|\s)[A-Z]\.\s+$", text[max(0, c.start - 4) : c.start]):
        return replace(c, kind="person")  # "M. Name Surname": an initial opens a person's name
    words = c.text.split()
    if re.match(r"(?:’s|'s|’|')\s", text[c.end : c.end + 4]) and 2 <= len(words) <= 3 and (
            is_given_name(words[0]) or zipf(words[0]) < COMMON_WORD - 0.5):
        return replace(c, kind="person")  # "Given Surname’s ...": a person's possessive
    if normalise(c.text) in marker_keys:
        return c
    if len(c.text.split()) >= 2 and _DIRECTED_WORK.search(before) and not _DIRECTED_IN.match(text, c.end):
        return c  # "his brother directed <X> though": what someone directed is a film, whatever its words
    if _looks_like_name(c.text):
        return replace(c, kind="name")  # a person unless the text calls it a film (see person_mentions.settle_names)
    if _IN_WORK.search(before) or _MADE_WORK.search(before) and not _MADE_INTO.match(text, c.end):
        return c  # "starred in <X>", "snubbed for <X>", "who made <X> with": a work follows; nobody stars in a person
    if (m := _OWNED_KIND.search(cut)) and m.group(1) in cue["film_called_heads"]:
        return c  # "Name’s debut <X>", "Name’s 1974 thriller <X>": a kind of film someone made, then its title
    if not any(s <= c.start and c.end <= e for s, e in persons) or c.source in ("markup", "cuts"):
        return c  # the tagger's PERSON is not believed over a whole italicised span
    if _OWNER_GLUED.search(text, max(0, c.start - 4), c.start) or _DATED_NEXT.match(text, c.end):
        return c  # PERSON "Given Surname’s Title": the tagger took an owner and the title for one name; "Title (1997)": dated
    if words[-1].isdigit():
        return c  # PERSON "Rareword 2": a sequel's number; no one's name ends in a numeral
    if 2 <= len(words) <= 3 and zipf(words[0]) < UNCOMMON_FIRST and not any(w.lower() in SMALL for w in words) \
            and not plural_noun(words[-1]):
        return replace(c, kind="person")  # spaCy says PERSON and the first word is no English word
    # spaCy tags many titles PERSON too; believe it when the text treats the span as a
    # person: a possessive right after it, or its last word used alone elsewhere (a surname).
    if re.match(r"\s*(?:’s|'s|’|')\s", text[c.end : c.end + 4]):
        return replace(c, kind="person")
    words = c.text.split()
    given = zipf(words[0]) < COMMON_WORD - 0.5 or words[0].lower() in first_names() and zipf(words[0]) < COMMON_WORD
    if len(words) >= 2 and given and (index or WordIndex(text)).used_alone(words[-2], words[-1]):
        return replace(c, kind="person")
    return c


_MAKERS_WORK = re.compile(r"(?:’s|'s)\s+(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*)\s+[A-Z]")  # "’s romantic fantasy Title"
_OWNERS_NOUN = re.compile(r"(?:’s|'s)\s+([a-z]+)\b")
_AS_A_FILM = re.compile(r"\s+as\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:film|movie|picture)s?\b(?![’'])"
                        r"(?![\s-]+(?:director|star|critic|producer|maker|buff|fan|student|composer|editor|actor|actress|"
                        r"executive|historian|writer)s?\b)")  # "Name as a film director": a person's job
_YEAR_WITH = re.compile(r"\b(?:1[89]|20)\d\d\)?,\s+with\s+$")


@cache
def _SUCCESSOR_BEFORE() -> re.Pattern:  # noqa: N802 - a cached constant
    """"taking over from ", "replacing " (cues.toml `successor_before`) ending the text before a name."""
    words = "|".join(re.escape(w) for w in sorted(cues()["successor_before"], key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\s+$", re.IGNORECASE)
_IN_WORK = re.compile(r"\b(?:star(?:s|red|ring)?|appear(?:s|ed|ing)?|debut|(?:direct|cast)(?:s|ed|ing)?\s+(?:him|her|them|me|us))\s+in\s+$"
                      r"|\b(?:missed\s+out|snubbed|overlooked|nominated|recogni[sz]ed)\s+for\s+$")  # "missed out for <X>"
# "Name, who made <X> with Name": what a person made is a work ("who made <Name> a star" is not)
_MADE_WORK = re.compile(r"\bwho\s+(?:also\s+|later\s+|first\s+)?(?:made|directed|co-directed|wrote|co-wrote)\s+$")
# "Name directed <X>": a film follows, unless it is an actor directed in one ("directed <Name> in <Title>",
# "directed <Name> and <Name>", "directed <Name> again")
_DIRECTED_WORK = re.compile(r"[a-z]\s+(?:directed|co-directed)\s+$")
_DIRECTED_IN = re.compile(r"\s+(?:in|to|through|as|opposite|and|again|twice|once|himself|herself|themselves)\b|(?:’s|'s)")
_MADE_INTO = re.compile(r"\s+(?:a|an|the|into|famous|rich|cry|laugh)\b")
_OWNED_KIND = re.compile(r"\w(?:’s|'s)\s+(?:[\w-]+\s+){0,2}?([a-z-]+)\s+$")  # "Name’s debut ", "Name’s 1974 debut "
_OWNER_GLUED = re.compile(r"\w(?:’s|'s|’|')\s$")


def sentence_around(text: str, start: int, end: int) -> str:
    """The stretch between the sentence ends around text[start:end] (cheap, no parser)."""
    lo, hi = max(0, start - SENTENCE_REACH), min(len(text), end + SENTENCE_REACH)
    s0 = max(text.rfind(". ", lo, start), text.rfind("\n", lo, start), lo - 1) + 1
    e = [i for i in (text.find(". ", end, hi), text.find("\n", end, hi)) if i >= 0]
    return text[s0 : min(e) if e else hi]


SENTENCE_REACH = 400  # characters looked at on each side: a sentence, not a whole one-line page


YEAR_AFTER = re.compile(r"\s?\((?:1[89]|20)\d\d\)")  # "Name Surname (1997)": a film's year
# (a bracket of the year alone; clean._YEAR_AFTER also reads "(Name, 1997", title_candidates._YEAR_AFTER a quote first)


_NAME_SUFFIXES = {"Jr", "Sr"}
_NAME_PARTICLES = {"de", "del", "della", "da", "di", "van", "von", "der", "den", "le", "la", "du", "bin", "al", "dos", "das"}


_ROMAN = re.compile(r"(?:X{0,2})(?:IX|IV|V?I{0,3})")  # a Roman numeral up to XXIX


def _looks_like_name(span: str) -> bool:
    """"Given-name Surname": 2-3 words, the first a census given name, the last no common word
    or a common census surname ("Ford", "Williams").

    ("Paper Bird" stays a title: its last word is a common English word and no common surname.)
    """
    words = [w for w in span.split() if w not in _NAME_PARTICLES]  # "Given del Surname"
    suffixed = len(words) >= 3 and words[-1].rstrip(".,") in _NAME_SUFFIXES
    if suffixed:
        words = words[:-1]  # "Given Surname Jr.": a generational suffix ends a name, whatever the given name
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or len(span.split()) > 4:
        return False
    if len(words) == 2 and _ROMAN.fullmatch(words[1]):
        return False  # "Given IV": a numbered sequel; a person's numeral follows a surname
    last = words[-1].strip("’'")
    given = suffixed or is_given_name(words[0]) or len(words) == 3 and zipf(words[0]) < UNCOMMON_FIRST and is_given_name(words[1])
    return given and (zipf(last) < COMMON_WORD or last.lower() in surnames())  # "Rareword Given Surname" too
