"""Titles that name another kind of work than a film: a television series, the play or novel a
film is drawn from, a song, a tagline or a nickname.

Pure functions over the clean text and the candidates of pipeline.titles / caption_titles;
used by the extract stage after the per-mention classification of pipeline.mentions. A text
mention found here gets kind "other"; a caption or heading found here names no film.
Evidence is the words around each mention (cue words in pipeline/data/cues.toml), what a
heading's own section says, and how the article sets its film titles (quotation marks or
not). No title or name list is used.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import cache

from pipeline.mentions import sentence_around
from pipeline.music_words import music_around
from pipeline.series_words import film_words, speaks_of_series
from pipeline.titles import SMALL, Candidate, cues, is_titlecase, normalise
from pipeline.tv_asides import television_sentence
from pipeline.tv_networks import network_names
from pipeline.unfilmed import named_work, never_filmed

_OPEN_QUOTES = "“\""
_CLOSE_QUOTE = re.compile(r"[.,!?]?[”\"]")
# "“Title”, a 1980 film", "“Title” (1980)", "the film “Title”": the text says the quoted title is a film
_FILM_AFTER_QUOTE = re.compile(r"[.,]?[”\"]\s*(?:\((?:[^()]{0,40},\s*)?(?:1[89]|20)\d\d\)|,\s+(?:an?|the|his|her|their|its|"
                               r"[A-Z][\w-]+(?:’s|'s|’))\s+(?:(?:1[89]|20)\d\d\s+)?(?:[\w-]+\s+){0,2}(?:film|movie)\b)")
_FILM_BEFORE_QUOTE = re.compile(r"\b(?:film|movie|feature|picture)\s*,?\s*[“\"]$")
# "the finale “Title”", "the Season 1 closer, “Title”", "the episode “Title”": the quoted title is a part of a show
# or a record, whatever the article's style
_PART_BEFORE_QUOTE = re.compile(r"\b(?:episode|finale|premiere|closer|opener|song|track|single|sketch)s?\s*,?\s*[“\"]$",
                                re.IGNORECASE)
QUOTED_SHARE = 3  # unquoted film titles must outnumber quoted ones this many times


def _quoted(text: str, c: Candidate) -> bool:
    """Whether the mention stands inside quotation marks: “Title”, “Title.”."""
    return c.start > 0 and text[c.start - 1] in _OPEN_QUOTES and bool(_CLOSE_QUOTE.match(text, c.end))


def quoted_works(text: str, cands: list[Candidate], marker_keys: set[str],
                 style: list[Candidate] | None = None, plain_lines: frozenset[str] = frozenset()) -> list[Candidate]:
    """In an article that sets its film titles without quotation marks, a title that only ever
    stands in quotes is a song, an episode, a story or a nickname ("sing along to “Title”",
    "dubs it “Title”"): kind "other".

    The article's style is read from its own film mentions: the rule applies only when titles
    never quoted outnumber the quoted ones QUOTED_SHARE times (a news style that quotes every
    film title is left alone); when they only outnumber them, a quoted title goes only in a sentence
    that speaks of a series' seasons or episodes ("Season 2 ... “Title”") or near words of music
    ("the cue titled “Title”": pipeline.music_words). A title a show's or record's
    part names ("the finale “Title”", "the episode “Title”") goes in any style and counts for no side.
    A quoted title stays a film when it is also named without quotes, names a caption or heading
    (marker_keys), or is called a film ("“Title”, a 1980 film").
    style: the candidates the style is read from (default cands; other_works passes them as they
    were before it re-labelled series, which are set the same way as films); plain_lines: titles the page's
    listing or diary lines set without quotes ("8 p.m. Title (1990) ★★★", "Sun 01 Title 1978 ★★★"), which
    count as unquoted titles (normalised).
    """
    films = [c for c in (cands if style is None else style) if c.kind == "film"]
    plain = {normalise(c.text) for c in films if not _quoted(text, c)} | plain_lines
    quoted = {normalise(c.text) for c in films if _quoted(text, c)} - plain - marker_keys
    parts = {normalise(c.text) for c in films if _quoted(text, c)
             and _PART_BEFORE_QUOTE.search(text[max(0, c.start - 30) : c.start])} & quoted
    if not quoted:
        return cands
    rest = quoted - parts  # titles a show's part names count for no side
    if len(plain) <= len(rest):  # the article's style quotes film titles too: only the named parts go
        quoted, share = parts, True
    else:
        share = len(plain) >= QUOTED_SHARE * len(rest)
    out = []
    for c in cands:
        if c.kind == "film" and normalise(c.text) in quoted and not _FILM_AFTER_QUOTE.match(text, c.end) \
                and not _FILM_BEFORE_QUOTE.search(text[max(0, c.start - 20) : c.start]) \
                and (share or normalise(c.text) in parts or _EPISODE_CUE.search(sentence_around(text, c.start, c.end))
                     or music_around(text, c.start, c.end)):  # "the cue titled “Name”": a score's part
            c = replace(c, kind="other")
        out.append(c)
    return out


# "Season 2 ... “Title”", "the episode “Title”", "the goat-filled finale “Title”": a series' episodes
_EPISODE_CUE = re.compile(r"\b(?:season\s+(?:\d{1,2}|one|two|three|four|five|six)\b|episodes?\b|finale\b|closer\b)",
                          re.IGNORECASE)


_TV_NOUNS = r"(?:series|show|sitcom|miniseries|docuseries|soap|telenovela)"
# "season three of <Title>", "three seasons of <Title>", "episode 4 of <Title>": part of a television series
_PART_OF = re.compile(r"\b(?:seasons?|episodes?)\s+(?:(?:\d+|[a-z]+)\s+)?of\s+$", re.IGNORECASE)
# "<Title> (2011–2019)", "<Title> (2019–present)", "<Title> was renewed": a run of years, a renewal
_RUN_AFTER = re.compile(r"\s*\((?:1[89]|20)\d\d\s*[–—-]\s*(?:(?:1[89]|20)?\d\d|present|now)?\)|\s+(?:was|has\s+been|is|got)\s+renewed\b")
# "<Title>, seasons 1-15", "<Title> (season 3)", "<Title>: Series 2", "<Title> episode four": a part of a series
_PART_AFTER = re.compile(r"\s*[,:(–—-]?\s*(?:[Ss]easons?|[Ss]eries|[Ee]pisodes?)\s+(?:\d{1,2}(?!\d)|"
                         r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b")
# "television’s Jessica Fletcher in <Title>": a role of television's, so a series
_TV_ROLE_IN = re.compile(r"\b(?:[Tt]elevision|TV)(?:’s|'s|’)\s+(?:[A-Z][\w’'.-]*\s+){1,4}in\s+$")
# "starred on <Title>", "appeared on HBO’s <Title>", "sketch comedy on <Title>", "the sketch troupe behind <Title>":
# one stars in a film but on a show, and sketch comedy is television's
_ON_SHOW = re.compile(r"\b(?:(?:guest-)?starr(?:ed|ing)|stars|appear(?:ed|ing|s)|cameoed|regular|comedy)\s+on\s+"
                      r"(?:[A-Z][\w+]*(?:’s|'s)\s+)?$|\bsketch(?:[\s-]+(?:comedy|show|troupe|group))?\s+"
                      r"(?:on|behind|of|from)\s+$")
# "<Title> is a long-running series", "<Title> turned a rivalry into a hit show"
_IS_SERIES = re.compile(rf"\s+(?:is|was|became|has\s+become|remains|turned\b[^.;:!?]{{0,60}}?\binto)\s+"
                        rf"(?:an?|the|one\s+of\s+the)\s+((?:[\w’'-]+\s+){{0,3}}){_TV_NOUNS}\b(?!\s+of\b)")

# "<Title> is the best war book we know", "<Title> was a bestselling novel": the text says the title is
# another kind of work (cues.toml other_work_nouns), a few describing words between (no film noun, no small word),
# the noun closing its phrase (a mark or a clause word after it: "a comic masterpiece" is no comic)
_NOUN_END = (r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:we|i|you|that|which|who|ever|about|by|in|of|from|since|and|or|to|for|with|"
             r"before|after|when|than|until)\b)")


@cache
def _IS_WORK() -> re.Pattern:  # noqa: N802 - a cached constant
    """"is the best war book", "was a bestselling novel": a copula calling what precedes it a work that is no film
    (cues.toml other_work_nouns)."""
    nouns = "|".join(sorted(cues()["other_work_nouns"], key=len, reverse=True))
    return re.compile(rf"\s+(?:is|was|remains|became)\s+(?:an?|the|one\s+of\s+the)\s+((?:[\w’'-]+\s+){{0,3}}?)"
                      rf"(?:{nouns})s?{_NOUN_END}")


@cache
def _OWNED_WORK() -> re.Pattern:  # noqa: N802 - a cached constant
    """", Name Surname’s 1985 memoir": an apposition naming an author's work that is no film (cues.toml
    other_work_nouns), a year and a few describing words between."""
    nouns = "|".join(sorted(cues()["other_work_nouns"], key=len, reverse=True))
    return re.compile(rf",\s+(?:[A-Z][\w.’'-]*\s+){{0,3}}[A-Z][\w’'-]*(?:’s|'s|’|')\s+(?:(?:1[5-9]|20)\d\d\s+)?"
                      rf"((?:[\w’'-]+\s+){{0,3}}?)(?:{nouns}){_NOUN_END}")


def _called_work(text: str, c: Candidate) -> bool:
    """Whether a copula right after the mention calls it a book, novel, play, album or the like, or an
    apposition does (", Name’s 1985 memoir")."""
    m = _IS_WORK().match(text, c.end) or _OWNED_WORK().match(text, c.end)
    return bool(m) and not any(w.lower() in SMALL or w.lower() in ("film", "movie") for w in m.group(1).split())


# "<Title> TV special", "<Title> television series": the title names what the TV noun heads
_TV_AFTER = re.compile(r"\s*(?:TV|television)\s+(?:special|series|show|miniseries|sitcom)s?\b")
# "<Title TV> special": a run that took in the "TV" (glued, "TitleTV", or spaced), then the noun
_TV_END = re.compile(r"(?:(?<=[a-z])|\s)TV$")
_TV_NOUN_AFTER = re.compile(r"\s+(?:special|series|show|miniseries|sitcom)s?\b")

# "took his eye to television with <Title>": the work that moved someone to television
_TO_TV_WITH = re.compile(r"\bto\s+(?:television|TV)\s+with\s+$")
# "<Title>, whose creator Name": a series has a creator or showrunner, a film a director
_CREATOR_AFTER = re.compile(r",\s+whose\s+(?:co-?)?(?:creators?|showrunners?)\b")


@cache
def _NAME_BEFORE() -> re.Pattern:  # noqa: N802 - a cached constant
    """"its tagline, <Title>", "the slogan <Title>": words that announce a phrase, not a work."""
    words = "|".join(re.escape(w) for w in sorted(cues()["phrase_before"], key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\s*[,:]?\s+[“\"]?$", re.IGNORECASE)


# "who created <Title>", "at the height of <Title>", "a veteran of <Title>": a long-running show's maker or cast;
# "the top prize on <Title>", "a contestant on <Title>": a game show's (not "created <Title>’s creature": a part
# of the work, nor "a prize on <Title>’s opening night")
_SHOW_BEFORE = re.compile(r"\b(?:(?:co-)?created|at\s+the\s+height\s+of|(?:an?|the)\s+veteran\s+of|"
                          r"(?:prizes?|jackpot|contestants?)\s+on)\s+$")


@cache
def _ON_NETWORK() -> re.Pattern:  # noqa: N802 - a cached constant
    """"<Title> on HBO", "made <Title> for FX": a television network (cues.toml tv_networks; not "HBO Max")."""
    return re.compile(rf"\s+(?:on|for)\s+(?=[A-Z])(?i:{network_names()})(?![\w+])(?!\s+(?:Max|Go|Now|Films?|Pictures|Cinema|Movies?)\b)")


@cache
def _NETWORK_KIND() -> re.Pattern:  # noqa: N802 - a cached constant
    """"the ABC comedy <Title>", "a BBC period drama <Title>": a television network (cues.toml tv_networks)
    and a kind that is no film's, right before the title."""
    return re.compile(rf"\b(?:the|an?)\s+(?i:{network_names()})(?![\w+])\s+(?!(?:[a-z-]+\s+)?(?:film|movie|feature|documentary|"
                      rf"original\s+film)s?\s)(?:[a-z-]+\s+){{1,2}}$")


# "<Name> v. <Name>": a court case ("Ford v Ferrari", a film, has no full stop)
_CASE_AFTER = re.compile(r"\s+v\.\s+[A-Z]")


def _publication(text: str, c: Candidate) -> bool:
    """"the <Place> Globe’s team": a two- or three-word name ending in a newspaper's head noun
    (cues.toml publication_heads) after a lower-case "the" is a paper, not a film."""
    words = c.text.split()
    return (2 <= len(words) <= 3 and words[-1].lower() in cues()["publication_heads"]
            and text[max(0, c.start - 4) : c.start] == "the ")


def series_evidence(text: str, c: Candidate) -> bool:
    """Whether the words around one mention make it a television series, a phrase, a court case
    or a newspaper rather than a film: "season three of <Title>", "television’s Name in <Title>",
    "<Title> was a hit series", "<Title> (2011–2019)", "<Title>, season 3", "its tagline, <Title>", "<Name> v. Name",
    "the <Place> Globe", "went to television with <Title>", "<Title>, whose creator Name",
    "the <Title> TV special" (also read as one run, "<Title>TV special"), "who created <Title>", "at the
    height of <Title>", "a veteran of <Title>", "<Title> on HBO", "On television, ... <Title>"."""
    before = text[max(0, c.start - 60) : c.start]
    if _PART_OF.search(before) or _TV_ROLE_IN.search(before) or _ON_SHOW.search(before) \
            or _NAME_BEFORE().search(before) or _TO_TV_WITH.search(before):
        return True
    if _SHOW_BEFORE.search(before) and not text.startswith(("’s", "'s"), c.end) \
            or _ON_NETWORK().match(text, c.end) or _NETWORK_KIND().search(before) or television_sentence(text, c):
        return True
    if _RUN_AFTER.match(text, c.end) or _PART_AFTER.match(text, c.end) or _CASE_AFTER.match(text, c.end) \
            or _CREATOR_AFTER.match(text, c.end) or _TV_AFTER.match(text, c.end) \
            or _TV_END.search(c.text) and _TV_NOUN_AFTER.match(text, c.end) \
            or _publication(text, c):
        return True
    m = _IS_SERIES.match(text, c.end)
    return bool(m) and not any(w.lower() in SMALL or w.lower() in ("film", "movie") for w in m.group(1).split())


@cache
def _STAGE() -> tuple[re.Pattern, re.Pattern]:  # noqa: N802 - cached constants
    """(words before a stage work's title, a venue phrase after it) from cues.toml."""
    def alt(key: str, case=str.lower) -> str:
        return "|".join(re.escape(case(w)) for w in sorted(cues()[key], key=len, reverse=True))
    # "a 1988 Name Center production of <Title>": a dated production (a film is no one year's production of a work)
    dated = r"\b(?:1[89]|20)\d\d\s+(?-i:[A-Z][\w’'.-]*\s+){0,4}productions?\s+of\s+$"  # the venue capitalised
    before = re.compile(rf"\b(?:{alt('stage_before')})\s+$|{dated}", re.IGNORECASE)
    # "at London’s Name Theatre", "on Broadway", "in the West End": capitalised words up to a
    # capitalised venue word (a lower-case "in the theater" is a cinema)
    after = re.compile(rf"\s+(?:at|on|in)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){{0,4}}(?:{alt('stage_venues', str.title)})\b")
    return before, after


@cache
def _VENUE_NAME() -> re.Pattern:  # noqa: N802 - a cached constant
    """"The Name Theater’s <Season>", "Broadway’s <Show>", "the Name Playhouse": a span that holds a
    capitalised stage venue as an owner, or ends in a venue building's word (stage_venue_ends)."""
    owners = "|".join(re.escape(w.title()) for w in sorted(cues()["stage_venues"], key=len, reverse=True))
    ends = "|".join(re.escape(w.title()) for w in sorted(cues()["stage_venue_ends"], key=len, reverse=True))
    return re.compile(rf"\b(?:{owners})(?:’s|'s|’|')\s|\s(?:{ends})$")


def stage_evidence(text: str, c: Candidate) -> bool:
    """Whether one mention is a play, opera or ballet on stage, or a stage venue: "the first
    performance of <Title>", "a revival of <Title>", "a 1988 production of <Title>", "<Title> at the Name Theatre", "<Title> on
    Broadway", "The Name Theater’s <Season>"."""
    before, after = _STAGE()
    return bool(before.search(text[max(0, c.start - 40) : c.start]) or after.match(text, c.end)
                or _VENUE_NAME().search(c.text))


_POSS = r"(?:(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*(?:’s|'s|’|')\s+)?"  # "Name Surname’s ", maybe
# "borrows its premise from <Title>", "an update of Name’s <Title>", "based on <Title>": the source of another work
_SOURCE_BEFORE = re.compile(rf"(?:\b(?:[Bb]orrow|[Ll]ift)(?:s|ed|ing)?\b[^.;:!?]{{0,40}}?\bfrom|\b(?:[Uu]pdate|[Rr]etelling|"
                            rf"[Rr]eimagining|[Rr]eworking|[Mm]oderni[sz]ation)\s+of|\bbased\s+on)\s+{_POSS}$")
_TURNS = re.compile(rf"\b[Tt]urn(?:s|ed|ing)?\s+{_POSS}$")  # "turns Name’s <Title> into a comedy"


def source_evidence(text: str, c: Candidate) -> bool:
    """Whether one mention stands where a film's source work does: the object of "borrows ...
    from", "an update / retelling / reworking of", "based on", or "turns <Title> into"."""
    before = text[max(0, c.start - 80) : c.start]
    return bool(_SOURCE_BEFORE.search(before) or _TURNS.search(before) and re.match(r"\s+into\b", text[c.end : c.end + 8]))


# "<Title> (1999)", "<Title>’s film", "<Title> movie": a mention that the text dates or calls a film
_FILM_AT = re.compile(r"\s*\((?:[^()]{0,40},\s*)?(?:1[89]|20)\d\d\)|(?:’s|'s)?\s+(?:film|movie)\b")
_FILM_BEFORE = re.compile(rf"\b(?:film|movie|remake|sequel)\s+(?:version\s+)?(?:of\s+)?{_POSS}$")


def _called_film(text: str, c: Candidate) -> bool:
    """Whether the text dates this mention or calls it a film ("the 1993 film of <Title>")."""
    return bool(_FILM_AT.match(text, c.end) or _FILM_BEFORE.search(text[max(0, c.start - 60) : c.start]))


def other_works(text: str, cands: list[Candidate], marker_keys: set[str], plain_lines: frozenset[str] = frozenset()) -> list[Candidate]:
    """Film candidates -> the same, with series, phrases (series_evidence), source works
    (source_evidence), works the text calls books or plays (_called_work, named_work), works it says
    were never filmed (never_filmed) and quoted works (quoted_works) re-labelled kind "other".

    Evidence is about the title, so every mention of such a title goes, unless a caption or
    heading names it (marker_keys) or some mention of it is dated or called a film. A staged
    work (stage_evidence) is re-labelled one mention at a time. plain_lines: the titles of the page's
    listing or diary lines (normalised), which set film titles without quotation marks (quoted_works)."""
    films = [c for c in cands if c.kind == "film"]
    others = {normalise(c.text) for c in films if series_evidence(text, c) or source_evidence(text, c) or _called_work(text, c)
              or named_work(text, c.start)}
    others -= marker_keys | {normalise(c.text) for c in films if _called_film(text, c)}
    others |= {normalise(c.text) for c in films if never_filmed(text, c.end)} - marker_keys  # whatever its year
    # a stage show is often filmed under its own title: only the staged mention itself goes
    out = [replace(c, kind="other") if c.kind == "film" and (normalise(c.text) in others or stage_evidence(text, c)) else c
           for c in cands]
    return quoted_works(text, out, marker_keys, style=cands, plain_lines=plain_lines)


SECTION_REACH = 3000  # characters: a heading's section is read no further than this


def series_headings(text: str, per_caption: list[Candidate | None], stops: list[int]) -> tuple[list[Candidate | None], list[int]]:
    """Caption/heading candidates -> (the same, with None for a television entry; the offsets
    where such entries' lines stood, each the end of the section before it).

    A television entry is a title whose own section (the text from its line to the next caption
    or heading line, stops) speaks of episodes or of the people who created a series ("New
    episodes drop every Friday", "a series she co-created") and never of a film ("the film"): see
    pipeline.series_words, whose cues count here unless they name another series."""
    stops = sorted(set(stops))
    out, series_at = [], []
    for c in per_caption:
        if c is not None and c.marker_at is not None:
            i = bisect.bisect_right(stops, c.marker_at)
            end = stops[i] if i < len(stops) else len(text)
            section = text[c.marker_at : min(end, c.marker_at + SECTION_REACH)]
            if speaks_of_series(section, ignore=lambda m: _names_other_series(section, m)):
                series_at.append(c.marker_at)
                c = None
        out.append(c)
    return out, series_at


_SERIES_NOUN = re.compile(r"(?:mini-?series|limited series|docuseries)$", re.IGNORECASE)
_NAME_NEXT = re.compile(r"\s+[“\"]?[A-Z0-9]")


def _names_other_series(section: str, cue: re.Match) -> bool:
    """Whether a series cue is a noun put before another work's title ("the HBO miniseries
    <Title>" in a film's section): it speaks of that work, not of the entry's own episodes."""
    return bool(_SERIES_NOUN.search(cue.group(0))) and bool(_NAME_NEXT.match(section, cue.end()))


# "followed it with <Title>", "followed it up with <Title>": the work that came after the one spoken of
_FOLLOWED_WITH = re.compile(r"\bfollowed\s+(?:it|this|that)\s+(?:up\s+)?with\s+$")


def series_followups(text: str, cands: list[Candidate], series_at: list[int], stops: list[int]) -> list[Candidate]:
    """Film candidates -> the same, with kind "other" for a title that a television entry's own
    section (series_at, up to the next caption or heading line, stops) says followed it:
    "(a miniseries) ... followed it with <Title>" names the next season or series, not a film."""
    stops = sorted(set(stops))
    sections = []
    for at in series_at:
        i = bisect.bisect_right(stops, at)
        sections.append((at, min(stops[i] if i < len(stops) else len(text), at + SECTION_REACH)))
    if not sections:
        return cands
    out = []
    for c in cands:
        if (c.kind == "film" and c.start is not None and any(lo <= c.start < hi for lo, hi in sections)
                and _FOLLOWED_WITH.search(text[max(0, c.start - 40) : c.start])):
            c = replace(c, kind="other")
        out.append(c)
    return out


# "the classic <Name> TV special": a paragraph that calls its own work a television special
_TV_SPECIAL = re.compile(r"\b(?:TV|television)\s+special\b", re.IGNORECASE)
_LEAD_LABEL = re.compile(r"(?:[A-Z][\w’' -]{0,30}:\s*)?")  # "Bonus pick: " before a paragraph's title


_YEAR_NEXT = re.compile(r"\s*\((?:1[89]|20)\d\d\)")


def _opens_paragraph(text: str, line_start: int, c: Candidate) -> bool:
    """Whether candidate c opens the paragraph at line_start, after a short label at most ("Bonus pick: <Title>"),
    or ends the paragraph's opening title before its bracketed year ("Bonus pick: Gourd Night, <Name> (1966)": the
    run kept only the title's last words), the words before it being title words."""
    label = _LEAD_LABEL.match(text, line_start)  # may take a title's own "Head: " for a label
    if c.start in (line_start, label.end()):
        return True
    if _YEAR_NEXT.match(text, c.end) is None:
        return False  # read first: the words before may be a whole long line
    before = text[label.end() : c.start].replace(",", " ").split()
    return bool(before) and all(is_titlecase(w) for w in before)


def television_specials(text: str, cands: list[Candidate], marker_keys: set[str]) -> list[Candidate]:
    """Film candidates -> the same, with kind "other" for every mention of a title that opens a
    paragraph (maybe after a short label: "Bonus pick: <Title> (1966) ...", see _opens_paragraph) whose paragraph calls
    its work a TV special and never speaks of a film (cues.toml film_section), or that stands right
    before "TV special". Titles a caption or heading names (marker_keys) are kept."""
    film_cue = film_words()
    line_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
    specials = set()
    for c in cands:
        if c.kind != "film" or c.start is None or normalise(c.text) in marker_keys:
            continue
        i = bisect.bisect_right(line_starts, c.start)
        end = min(line_starts[i] if i < len(line_starts) else len(text), c.end + SECTION_REACH)
        section = text[c.start : end]  # the rest of the paragraph, bounded
        if _opens_paragraph(text, line_starts[i - 1], c) and _TV_SPECIAL.search(section) and not film_cue.search(section):
            specials.add(normalise(c.text))
        elif _TV_SPECIAL.match(text, c.end - 2 if c.text.endswith(" TV") else c.end + 1):
            specials.add(normalise(c.text))  # "the <Name> TV special": the name of the special's source
            # (series_evidence reads "<Name> TV special" too, but case-sensitively and never for a title dated or
            # called a film elsewhere: the two are not one rule)
    return [replace(c, kind="other") if c.kind == "film" and normalise(c.text) in specials else c for c in cands]


_SEASON_NUMBER = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b"


def television_subject(key: str, text: str, lines: list[tuple[str, str]]) -> bool:
    """Whether the subject an article is built around (its normalised key) is a television series.

    text: the clean text; lines: (rule, text) of the lines moved out of it (breadcrumbs, links...).
    The page says so by a breadcrumb or kicker of a television section naming the title ("TV ›
    <Title>"), or by numbering the title's seasons ("<Title> Season 3", "season two of <Title>").
    """
    if not key:
        return False
    tv_words = cues()["tv_sections"]
    for rule, line in lines:
        words = normalise(line).split()
        if rule in ("breadcrumb", "kicker") and words[:1] and words[0] in tv_words and f" {key} " in f" {' '.join(words)} ":
            return True
    # both wordings hold "season": texts without it are not searched (casefold, as IGNORECASE also reads "ſ" as "s")
    texts = [t for t in [text, *(line for _, line in lines)] if "season" in t.casefold()]
    if not texts:
        return False
    name = r"\s+".join(re.escape(w) for w in key.split())
    seasons = re.compile(rf"\b{name}(?:’s|'s)?\s+season\s+{_SEASON_NUMBER}|\bseason\s+{_SEASON_NUMBER}\s+of\s+{name}\b",
                         re.IGNORECASE)
    return any(seasons.search(t) for t in texts)
