"""Year, director and cast of a film, from the sentences of its article.

Pure functions over the clean text: each returns the value and its evidence
(the words that state it, with clean-text offsets). Patterns are general cue
phrases (pipeline/data/cues.toml); nothing here knows any film or person.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.lexicon import is_given_name
from pipeline.months import MONTH, MONTH_OR_SHORT
from pipeline.prose_titles import stated_year
from pipeline.record import Evidence
from pipeline.release_years import IT_RELEASED, release_year_at
from pipeline.titles import COMPOUND_MODIFIER, cues, normalise

# A name word: a capital, a lowercase letter somewhere, at most 80 characters. The bounds and
# the look-behind (a name starts where a word starts) keep the pattern linear: unbounded, the
# two runs around the lowercase letter let the regex engine try every split of every capitalised
# word, cubic in its length ("aBaBaB..." of 100,000 characters would take days).
_FIRST = r"[A-Z][\w’'\-.]{0,40}[a-z][\w’'\-]{0,40}"  # the first word may hold a dot ("St.Name")
_LATER = r"[A-Z][\w’'\-]{0,40}[a-z][\w’'\-]{0,40}"
_NAME = rf"(?<![\w’'\-.])(?:{_FIRST}|[A-Z]\.)(?:\s+(?:(?:de|da|del|della|van|von|der|den|le|la|du|di|bin|al)\s+)?(?:{_LATER}|[A-Z]\.)){{0,3}}"
NAME = re.compile(_NAME)
_POSSESSIVE = re.compile(rf"({_NAME})(?:’s|'s|’|')\s+")
YEAR = r"((?:18|19|20)\d\d)"
_A_YEAR = re.compile(YEAR)  # looked for first: a long pattern that needs a year is not tried at every word without one
_RELEASE = re.compile(rf"\b(?:(?:upon|on|since|after|at)\s+(?:its|the film’s|the film's|the movie’s|the movie's)\s+(?:original\s+|theatrical\s+)?release\s+in|released\s+in|premiered\s+in|came\s+out\s+in|debuted\s+in|opened\s+in)\s+(?:{MONTH}\s+)?{YEAR}\b")


@cache
def _year_kinds(versions: bool) -> str:
    """cues.toml year_kind_nouns (and year_version_nouns when `versions`) as a regex alternation."""
    words = cues()["year_kind_nouns"] | (cues()["year_version_nouns"] if versions else frozenset())
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


@cache
def _year_before() -> re.Pattern:
    """"the 1999 film ", "a neglected 1948 weepie called ", "the 2023 prequel ", "Name’s 1987 original ", "whose 2017
    debut ", "Name’s 2019 version of ", "The 2015 original, " (then the apposition must close after the mention): a
    year and what it dates right before a mention."""
    return re.compile(rf"(?:\b(?i:the|a|an|this|that|his|her|their|whose)|(?<=\w)(?:’s|'s|s’))\s+(?:[a-z][\w-]*\s+)?{YEAR}\s+"
                      rf"(?:\w[\w-]*\s+){{0,2}}?(?:{_year_kinds(True)}|version\s+of)"
                      rf"(?:,?\s+(?:also\s+)?(?:called|titled|named)|(?P<comma>,))?\s+$")


@cache
def _apposition_year() -> re.Pattern:
    """", Name’s gentle 1988 fable", ", the 1985 Soviet masterpiece", ", his 2007 teen update": an apposition right
    after a mention that dates it (a determiner or an owner, a year, up to two words, a kind of film)."""
    return re.compile(rf",\s+(?:(?i:the|a|an|his|her|their)|(?:[A-Z][\w.-]*\s+){{0,2}}[A-Z][\w.-]*(?:’s|'s))\s+"
                      rf"(?:[a-z][\w-]*\s+){{0,2}}?{YEAR}\s+(?:\w[\w-]*\s+){{0,2}}?(?:{_year_kinds(True)})(?![\w’'-])")


_WHICH_FROM = re.compile(rf",\s+which\s+(?:is|was)\s+from\s+{YEAR}\b(?!\s*[-–—])")  # "Title, which is from 1998"
PAREN_AFTER = re.compile(rf"\s*\((?:[^()]{{0,60}},\s*)?{YEAR}(?:\s*,[^()]{{0,40}})?\)")
# "directed by Name", "co-directed by Given and Other Surname" (two makers, one surname: the pair whole)
PREPOSITIONS = {"in", "as", "of", "on", "at", "for", "with", "from", "to", "by", "and", "or", "is", "was", "but"}
_PREPOSITIONS = PREPOSITIONS


_LEADING_WORD = re.compile(r"^(?:In|On|At|By|For|From|With|And|But|Or|As|If|When|While|After|Before|Since|Like|Unlike|Alongside|Among|Against|Besides|Despite|Including|Through|Then|Pair|Watch|Start|Try|Skip)\s+(?=[A-Z])")


def is_company(name: str) -> bool:
    """A service, studio or publication of cues.toml `services` ("Sony"), or a name ending in a company
    word ("Name Studios"): no person, so never a director."""
    return normalise(name) in cues()["services"] or name.split()[-1].lower() in cues()["company_words"]


def clean_name(name: str) -> str:
    """"Name’s" -> "Name", "In Name" -> "Name": a possessive ending or a sentence's opening
    word is not part of a person's name."""
    return _LEADING_WORD.sub("", re.sub(r"(?:’s|'s|’|')$", "", name.strip()))


YEAR_WINDOW = 300  # "the 1999 film " is a few words: it is looked for this far before a mention, not further


def year_near(text: str, start: int, end: int, sentence: tuple[int, int], only_film: bool,
              memo: dict | None = None) -> tuple[int, Evidence] | None:
    """A year stated for the mention text[start:end]: "Title (1999)", "Title, which is from 1999", "Title is a 1999
    drama film", "Title, Name’s 1999 fable", "the 1999 film Title", a release or return phrase at it ("Title opened in 1999", "followed
    with Title in 1999": pipeline.release_years), or "upon its release in 1999" in a sentence that names no other film.

    memo: a dict kept across the mentions of one article, so a long sentence naming its
    film many times is searched for a release phrase once, not once per mention.
    """
    if m := PAREN_AFTER.match(text, end) or _WHICH_FROM.match(text, end):
        return int(m.group(1)), Evidence(text[start : end + m.end() - end], "text", start, end + m.end() - end)
    if defined := stated_year(text, end):  # "Title is a 1990 American film", "Title, a 1996 comedy"
        return defined[0], Evidence(text[start : defined[1]], "text", start, defined[1])
    if m := _apposition_year().match(text, end):  # "Title, Name’s gentle 1988 fable"
        return int(m.group(1)), Evidence(text[start : m.end()], "text", start, m.end())
    s0, s1 = sentence
    lo = max(s0, start - YEAR_WINDOW)
    # A search from `lo` (rather than a slice) sees the character before the window, so a
    # word cut by the window cannot pass for "the"; at the sentence start a slice is exact.
    if not _A_YEAR.search(text, lo, start):
        m = None
    else:
        m = _year_before().search(text[s0:start]) if lo == s0 else _year_before().search(text, lo, start)
    if m and not (m.group("comma") and end < len(text) and text[end] not in ",.;:)"):  # "Like the 1986 original, <Sequel> is"
        at = m.start() + (s0 if lo == s0 else 0)
        return int(m.group(1)), Evidence(text[at:end], "text", at, end)
    if found := release_year_at(text, start, end, s0):  # "<Title> opened in June 2024", "followed with <Title> in 2000"
        return found
    if only_film:
        memo = {} if memo is None else memo
        if (s0, s1) not in memo:
            memo[(s0, s1)] = _RELEASE.search(text, s0, s1)
        if m := memo[(s0, s1)]:
            return int(m.group(1)), Evidence(m.group(0), "text", m.start(), m.end())
    return None


# "his 2021 Title", "Name’s 1922 silent classic Title", "Name’s 1998 BBC documentary Title" (a network's
# acronym among the words): a year stated right before a mention
_DATED = re.compile(rf"(?:\b(?i:the|a|an|this|that|his|her|their|its)|[’']s?)\s+{YEAR}\s+((?:(?:[a-z][\w-]*|[A-Z]{{2,5}})\s+){{0,3}})$")


def dated_mention(text: str, start: int, end: int, sentence_start: int) -> tuple[int, Evidence] | None:
    """The year stated right at one mention text[start:end]: "Title (1991)", "Title (Name, 1991)",
    "the 1969 Title", "Name’s 1922 silent classic Title", "Title from 1999, which", and a version's year
    after it ("first filmed as Title in 1947"); None elsewhere. Unlike year_near, it looks no further than the mention's own
    words and the year hung on them, so it can tell two films of one title apart."""
    if m := PAREN_AFTER.match(text, end):
        return int(m.group(1)), Evidence(text[start : m.end()], "text", start, m.end())
    lo = max(sentence_start, start - 80)
    m = _DATED.search(text[lo:start]) if _A_YEAR.search(text, lo, start) else None
    if m and not set(m.group(2).split()) & (cues()["not_film_year_words"] | _PREPOSITIONS):
        at = lo + m.start() + len(m.group(0)) - len(m.group(0).lstrip("’'s "))  # not the possessive's "’s "
        return int(m.group(1)), Evidence(text[at:end], "text", at, end)
    if _VERSION_AS.search(text, max(sentence_start, start - 40), start) and (m := _IN_YEAR_AFTER.match(text, end)):
        return int(m.group(1)), Evidence(text[start : m.end()], "text", start, m.end())
    if (m := _OWNED_YEAR_AFTER.match(text, end)) and (o := _OWNED_BEFORE.search(text, max(sentence_start, start - 80), start)) \
            and not set(o.group(1).split()) & cues()["other_work_before"]:  # not "Name’s novel Title from 1962"
        return int(m.group(1)), Evidence(text[o.start() : m.end()], "text", o.start(), m.end())  # "Name’s Title from 1962"
    if m := _FROM_YEAR_AFTER.match(text, end):  # "Title from 1999, which": no owner before it
        return int(m.group(1)), Evidence(text[start : m.end()], "text", start, m.end())
    return None


# "Name’s shot-for-shot Title in 1998", "Name’s Title from 1962": an owner's version, dated right after it
_OWNED_BEFORE = re.compile(rf"{_NAME}(?:’s|'s)\s+((?:[a-z][\w-]*\s+){{0,3}})$")
_OWNED_YEAR_AFTER = re.compile(rf"\s+(?:in|from)\s+{YEAR}\b(?!\s*(?:[-–]|to\b))")


# "<Title> from 1999, which ...": the year a mention's own clause gives it (not "from 1999 to 2003", "from 1999 on")
_FROM_YEAR_AFTER = re.compile(rf"\s+from\s+{YEAR}(?=\s*[,.;:!?)]|\s+(?:which|that|and|but)\b)")


# "was first filmed as <Title> in 1947", "remade as <Title> in 2006": an earlier or later version's year
_VERSION_AS = re.compile(r"\b(?:filmed|made|remade|adapted|brought\s+to\s+the\s+screen)\s+as\s+$")
_IN_YEAR_AFTER = re.compile(rf"\s*in\s+{YEAR}\b")


# "Given and " before "Other Surname’s": a given name alone, after a lowercase word, a mark or nothing ("Ana Reyes and
# Other Name’s" names two people of two surnames)
_GIVEN_AND = re.compile(r"(?:^|[^\w\s’']\s*|\b[a-z]+\s+)([A-Z][a-z]+)\s+(?:and|&)\s+$")
_ACRONYM = re.compile(r"[A-Z]{2,5}")  # a network's or a country's: "BBC", "ITV", "US"


def _lower_word(word: str) -> bool:
    """"gentle", "three-hour", "back-to-basics": lower-case letters, maybe joined by hyphens."""
    parts = word.split("-")
    return all(p.isalpha() and p.islower() for p in parts)


def possessive_before(text: str, start: int, sentence_start: int) -> tuple[str, str, int] | None:
    """"Name’s [adjectives] <mention>" (an adjective may be hyphenated: "Name’s three-hour epic <mention>"),
    "Name’s <year> <adjectives> <mention>", "Name’s final film, <mention>"
    -> (name, the words between, name offset), else None; before a kind of film the words may also hold a network's
    acronym ("Name’s 1998 BBC documentary")."""
    window = text[max(sentence_start, start - 120) : start]
    if "’" not in window and "'" not in window:
        return None  # no possessive: the name pattern (tried at every capital) is not run
    base = start - len(window)
    best = None
    for m in _POSSESSIVE.finditer(window):
        between = window[m.end() :]
        words = between.split()
        if re.search(r"[’']s\s", m.group(1)):
            continue  # "A’s B’s Title": the title itself opens with a possessive; no director here
        if any(w in cues()["other_work_before"] for w in words):
            continue  # "Name’s novel <Title>": the author of the book the film adapts, not its director
        if len(words) > 1 and re.fullmatch(YEAR, words[0]):
            words = words[1:]  # "Name’s 1987 fairy tale <Title>": the year dates the film ("Name’s 1932 <Title>" is a version's)
        if words and words[-1].endswith(",") and words[-1][:-1] in cues()["film_nouns"]:
            words[-1] = words[-1][:-1]  # "Name’s final film, <Title>": the noun in apposition to the title
        if words and words[-1] in cues()["film_called_heads"]:  # "Name’s BBC documentary <Title>": the kind
            words = [w for w in words if not _ACRONYM.fullmatch(w)]
        if len(words) <= 3 and all(_lower_word(w) and w not in _PREPOSITIONS for w in words):
            name, at = m.group(1), base + m.start(1)
            if len(name.split()) == 2 and (pair := _GIVEN_AND.search(window, 0, m.start(1))) and is_given_name(pair.group(1)):
                name, at = f"{pair.group(1)} and {name}", base + pair.start(1)  # "Given and Other Surname’s": both made it
            best = (name, between.strip(), at)
    return best


@cache
def _cast_before() -> re.Pattern:
    """"starring Name", "stars Name"... compiled once."""
    words = sorted(cues()["cast_before"], key=len, reverse=True)
    return re.compile(r"\b(?i:" + "|".join(re.escape(c) for c in words) + r")\s+(" + _NAME + ")")


@cache
def _director_before() -> re.Pattern:
    """"director Name", "directed by Name", a sentence's opening "Director Name"... compiled once."""
    words = sorted(cues()["director_before"], key=len, reverse=True)
    opening = r"(?:^|(?<=[.!?]\s)|(?<=\n))Director"  # "Director Name keeps it moving." opening a sentence
    return re.compile(r"(?:\b(?:" + "|".join(re.escape(c) for c in words) + r")|" + opening + r")\s+(" + _NAME + ")", re.MULTILINE)


# "Directed by Name." / "Directed by Name and Name. Starring ..." / "Directed by the late Name, the 2006 film
# ..." / "Directed by Name from a script by Other, it ...": a sentence opening with the credit, whose subject
# (the participle's) is the section's film
_CREDIT_DIRECTED = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n))Directed\s+by\s+(?:the\s+(?:[a-z][\w-]*\s+){{1,3}}?)?"
                              rf"({_NAME}(?:\s+(?:and|&)\s+{_NAME})?)(?![\w’'])", re.MULTILINE)


# "Directed by A, B and C, it made ...": an opening participle whose names run straight into the film ("it"), or
# into its cast ("Directed by A and B for Studio Name, with C as the hero")
_DIRECTED_OPENER = re.compile(rf"(?:^|(?<=[.!?:]\s))Directed\s+by\s+({_NAME}(?:,\s+{_NAME}){{0,3}}(?:,?\s+(?:and|&)\s+{_NAME})?)"
                              r"(?:\s+for\s+[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3})?"
                              r"(?=,\s+(?:(?:it|the\s+film|the\s+movie)\s+[a-z]|(?:with|starring)\s+[A-Z]))")
_DIRECTED_THIS = re.compile(rf"({_NAME})\s+(?:directed|helmed|co-directed|directs)\s+(?:this|it)\b"
                            rf"|({_NAME})\s+(?:directed|directs)\s+(?:(?:{_NAME})(?:’s|'s|’|')|from\s+(?:a|the|his|her|their))\s+"
                            r"(?:[a-z-]+\s+)?(?:script|screenplay|adaptation)\b")  # also "Name directed from her own script"
# "Its director, Name, also ...", "The director is Name", "Name shouts it, Other directed, and ...": the
# section film's director named outright (not "the director of <Title> is")
_DIRECTOR_IS = re.compile(rf"\b(?:[Ii]ts|[Tt]he)\s+director(?:,\s+|\s+(?:is|was)\s+)({_NAME})"
                          rf"|({_NAME})\s+(?:directed|directs)(?:\s+again)?(?=[,;.]\s|[,;.]?$)"  # "Name directs; ...": present tense too
                          rf"|({_NAME}\s+(?:and|&)\s+{_NAME})\s+(?:directed|direct|co-direct)(?=[,;.]\s|[,;.]?$)")  # "A and B direct;"
# "Name made it on a shoestring", "Name (1920–1999) made a film about ...", "Name directs like ...", "Name
# directing at 80": the section film's maker in a diary's or a review's loose words (not "made it to the final")
_MADE_THIS = re.compile(rf"({_NAME})(?:\s+\((?:18|19|20)\d\d\s*[–-]\s*(?:18|19|20)\d\d\))?\s+"
                        r"(?:made\s+(?:it|this)\s+(?:for|on|with)\b|made\s+(?:a|this)\s+(?:film|movie)\s+(?:about|of)\b"
                        r"|directs\s+(?:like|as\s+if|as\s+though)\b|directing\s+(?:at|it|this)\b)")
# What must follow the verb or noun in any match of the two patterns above, read first: they open with a name,
# tried at every capital of a long sentence ("directed by" matches neither)
_DIRECTED_THIS_TAIL = re.compile(r"(?:directed|helmed|directs)\s+(?:this\b|it\b|from\s|[A-Z])")
_DIRECTOR_IS_TAIL = re.compile(r"director(?:,\s+|\s+(?:is|was)\s+)[A-Z]|direct(?:ed|s)?(?:\s+again)?(?:[,;.]|\n?\Z)")
_RELATIVE_BEFORE = re.compile(r"\b(?:which|that|whom)\s+(?:[A-Z][\w’'.-]*\s+){0,3}$")  # "..., which Name directed": another film
# "Name directed <mention>", "Name, the director of <mention>": the mention's director, named right before it
# "Name won Best Director (at Venice) for it": the prize names the section film's director
_BEST_DIRECTOR = re.compile(rf"({_NAME})\s+(?:won|wins|took|takes|earned|earns|picked\s+up)\s+(?:the\s+)?(?:award\s+for\s+)?"
                            r"(?:Best\s+Director\b|Palme\s+d[’']Or\b|Golden\s+(?:Lion|Bear)\b)")
# "Name casts Other as Role": who casts the actors is the film's director
_CASTS_AS = re.compile(rf"({_NAME})\s+(?:casts|recasts)\s+{_NAME}\s+as\s")


@cache
def _wrote_and_directed() -> re.Pattern:
    """"Name wrote and directed it", "Name wrote and directed the sharpest heist comedy of the year": the
    section film's maker, the thing made a film noun of cues.toml `film_nouns` within four words after "the"
    ("Name wrote and directed Title" names that title's director: see mention_directors.directed_before)."""
    nouns = "|".join(sorted((re.escape(n) for n in cues()["film_nouns"]), key=len, reverse=True))
    return re.compile(rf"({_NAME})\s+(?:co-)?wrote\s+and\s+(?:co-)?directed\s+"
                      rf"(?:it|this|the\s+(?:[a-z-]+\s+){{0,3}}?(?:{nouns}))\b")


def owner_after_by(cue: str, name: str) -> bool:
    """"directed by Name’s": a possessive after "by" names someone's relative or character, not the
    director ("director Name’s Title" still names a director)."""
    return bool(re.search(r"\bby\s", cue)) and bool(re.search(r"(?:’s|'s)$", name))


def director_cues(text: str, s0: int, s1: int) -> list[tuple[str, Evidence]]:
    """Directors named by cue phrases in text[s0:s1]: "director Name", "directed by Name",
    "Name directed this/it", "Name directs Other’s script" (or adaptation), "its director, Name", "Name directed,",
    "Name directs.", "Name wrote and directed the comedy", "Name won Best Director" (or the Palme d’Or,
    a Golden Lion or Bear), "Name casts Other as Role", "Name made it for ...", "Name made a film about",
    "Name directs like", "Name directing at 80"."""
    out = []
    span = text[s0:s1]
    for m in _director_before().finditer(span):
        if owner_after_by(m.group(0), m.group(1)):
            continue  # "directed by Name’s ex, Other": Name owns someone; the director is another
        out.append((clean_name(m.group(1)), Evidence(m.group(0), "text", s0 + m.start(), s0 + m.end())))
    openers = set()
    for m in _DIRECTED_OPENER.finditer(span):
        names = [clean_name(n) for n in re.split(r",\s+(?:(?:and|&)\s+)?|\s+(?:and|&)\s+", m.group(1))]
        out.append((", ".join(names), Evidence(m.group(0), "text", s0 + m.start(), s0 + m.end())))
        openers.add(m.start())
    for m in _CREDIT_DIRECTED.finditer(span):
        if m.start() in openers:
            continue  # "Directed by A, B and C, it ...": read whole above
        out.append((clean_name(m.group(1)), Evidence(span[m.start() : m.end(1)], "text", s0 + m.start(), s0 + m.end(1))))
    if "direct" in span or "helmed" in span or "made" in span:
        for m in (*(_DIRECTED_THIS.finditer(span) if _DIRECTED_THIS_TAIL.search(span) else ()),
                  *(_DIRECTOR_IS.finditer(span) if _DIRECTOR_IS_TAIL.search(span) else ()),
                  *_MADE_THIS.finditer(span)):
            if m.re is _DIRECTOR_IS and _RELATIVE_BEFORE.search(span, 0, m.start()):
                continue
            names = [clean_name(n) for n in re.split(r"\s+(?:and|&)\s+", next(g for g in m.groups() if g))]
            out.append((", ".join(names), Evidence(m.group(0), "text", s0 + m.start(), s0 + m.end())))
    if "wrote and" in span:
        for m in _wrote_and_directed().finditer(span):
            out.append((clean_name(m.group(1)), Evidence(m.group(0), "text", s0 + m.start(), s0 + m.end())))
    if "Director" in span or "Palme" in span or "Golden" in span or "casts" in span:
        for m in (*_BEST_DIRECTOR.finditer(span), *_CASTS_AS.finditer(span)):
            out.append((clean_name(m.group(1)), Evidence(m.group(0).rstrip(), "text", s0 + m.start(), s0 + m.start() + len(m.group(0).rstrip()))))
    return out


# "... of the same name" after a film noun, with at most two more words before it ("film adaptation of the same name")
OF_SAME_NAME = r"(?:\s+[a-z][\w-]*){0,2}?\s+of\s+the\s+same\s+(?:name|title)\b"


@cache
def _section_year() -> re.Pattern:
    """"this 1973 puzzle", "Name’s 1974 film", "the 1976 spoof": a year and a kind of film (cues.toml year_kind_nouns,
    not a remake or sequel: another film) for the film whose section this is, not before a title or "of the same name"."""
    return re.compile(rf"(?:\b(?i:this|that|the|his|her|their)|(?:’s|'s|s’|s'))\s+{YEAR}\s+(?:[a-z][\w-]*\s+){{0,2}}?"
                      rf"(?:{_year_kinds(False)})\b(?!\s+[A-Z0-9]|{OF_SAME_NAME})")


# "Name’s breakthrough from 1994", "one of three 1999 films": other wordings of the section film's year
_SECTION_YEAR_FROM = re.compile(r"(?:’s|'s|s’|s')\s+(?:[a-z-]+\s+)?(?:film|movie|picture|debut|breakthrough|feature|"
                                rf"thriller|drama|comedy|musical)\s+from\s+{YEAR}\b(?!\s*[-–—]|\s+(?:to|until)\b)")
# "Name’s western, released in March 1987, follows ...", "Released in May 1999, Name’s debut ...": a release
# date set off by commas (or opening the sentence) describes the film the sentence is about
_RELEASED_ASIDE = re.compile(rf"(?:(?<=,\s)|(?<=[.!?]\s)|(?<=\n)|(?<=\band\s)|\A)[Rr]eleased\s+(?:in|on)\s+"
                             rf"(?:{MONTH_OR_SHORT}\.?\s+(?:\d{{1,2}},\s+)?)?{YEAR},")  # "Released on Feb. 2, 2031, the remake"
_ONE_OF_YEAR = re.compile(rf"\b[Oo]ne\s+of\s+(?:the\s+|only\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
                          rf"{YEAR}\s+(?:films|movies|pictures|releases)\b")


def section_year(text: str, s0: int, s1: int) -> tuple[int, Evidence] | None:
    """"this 1973 puzzle", "Name’s 1974 film", "Name’s breakthrough from 1994", "one of three 1999 films",
    "released in March 1987", "It was released in 2031", "Upon its release in 1948" (pipeline.release_years)
    in text[s0:s1] (not followed by a title) -> (year, evidence) for the film
    of the section; None if the sentence gives none."""
    if m := _section_year().search(text, s0, s1):
        return int(m.group(1)), Evidence(text[m.start(1) : m.end()], "text", m.start(1), m.end())
    for pattern in (_SECTION_YEAR_FROM, _ONE_OF_YEAR, _RELEASED_ASIDE, IT_RELEASED()):
        if m := pattern.search(text, s0, s1):
            return int(m.group(1)), Evidence(text[m.start() : m.end()], "text", m.start(), m.end())
    return None


_SERIES_AFTER = re.compile(r"\s+(?:series|miniseries|mini-series|docuseries|show)\b", re.IGNORECASE)


def possessive_film_nouns(text: str, s0: int, s1: int) -> list[tuple[str, Evidence]]:
    """"Name’s [adjectives] film/movie/sequel" in text[s0:s1] -> directors of the section's film (an
    adjective may be a proper noun's compound: "Name’s Oscar-winning drama")."""
    out = []
    nouns = cues()["film_nouns"]
    for m in _POSSESSIVE.finditer(text, s0, s1):
        rest = text[m.end() : min(s1, m.end() + 60)].split()
        for i, word in enumerate(rest[:4]):
            w = word.strip(",.;:!?").lower()
            if re.fullmatch(YEAR, word):
                continue  # "Name’s 1974 film", "Name’s slick 2001 remake"
            if not word[:1].islower() and not COMPOUND_MODIFIER.fullmatch(word):
                break  # a title or a name; but "Name’s Oscar-winning drama": an adjective of a proper noun
            if w in cast_heads() or w in _PREPOSITIONS:
                break
            if w in nouns:
                end = m.end() + len(" ".join(rest[: i + 1]))
                if re.match(OF_SAME_NAME, text[end : end + 50]):
                    break  # "Name’s 2012 musical of the same name": another film's maker
                if _SERIES_AFTER.match(text, end):
                    break  # "Name’s three-part documentary series": a series' maker, no film's
                out.append((m.group(1), Evidence(text[m.start() : end], "text", m.start(), end)))
                break
    return out


@cache
def cast_heads() -> frozenset[str]:
    """Nouns that make "Name’s [adjectives] <noun>" an actor's possessive ("Name’s lead performance",
    "Name’s acting"): cues.toml cast_possessive_head and performer_possessive_head."""
    return cues()["cast_possessive_head"] | cues()["performer_possessive_head"]


def cast_cues(text: str, s0: int, s1: int) -> list[tuple[str, Evidence]]:
    """Actors in text[s0:s1]: "starring Name", "Name’s lead performance", "Name stars"."""
    out = []
    for m in _cast_before().finditer(text, s0, s1):
        name = m.group(1)
        if name[:1].isupper():
            out.append((name, Evidence(m.group(0), "text", m.start(), m.end())))
    heads = cast_heads()
    span = text[s0:s1]
    possessives = _POSSESSIVE.finditer(text, s0, s1) if ("’" in span or "'" in span) else ()
    for m in possessives:
        rest = text[m.end() : min(s1, m.end() + 40)].split()
        for word in rest[:3]:
            w = word.strip(",.;:!?").lower()
            if not word[:1].islower():
                break
            if w in heads:
                stop = text.find(word, m.end()) + len(word)
                out.append((m.group(1), Evidence(text[m.start() : stop], "text", m.start(), stop)))
                break
    if _CAST_VERB.search(span):  # the name pattern is slow: only where a cast verb stands
        for m in _NAME_CAST_VERB.finditer(span):
            out.append((m.group(1), Evidence(m.group(0), "text", s0 + m.start(), s0 + m.end())))
    return out


_CAST_VERB = re.compile(r"\s(?:stars|starred|plays|played)\b")
_NAME_CAST_VERB = re.compile(rf"({_NAME})\s+(?:stars|starred|plays|played)\b")
