"""Give each film its role and rank from the article's structure.

A listicle puts one film per section. A section opens at a caption or heading
that names a film, or at a paragraph whose first sentence names a film the
article has not mentioned before. The subject is the film the opening paragraph
is built around (the most mentioned film named there).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from pipeline.lexicon import is_superlative
from pipeline.titles import SMALL, cues

MIN_ENTRIES = 3  # fewer entries than this is not a list: everything but the subject is "mentioned"
MARKER_SHARE = 0.5  # entry headings this share of the prose entries or more: the headings are the list


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of the clean text: offsets and where its first sentence ends."""

    start: int
    end: int
    first_sentence_end: int


def paragraphs(text: str, sentence_ends: list[int]) -> list[Paragraph]:
    """Clean text -> paragraphs (separated by blank lines), each with its first sentence's end.

    sentence_ends: the end offsets of the sentences, ascending. A paragraph runs over
    lines until a line holding only whitespace (the last line of the text always
    joins). Linear time: one pass over the lines, one bisect per paragraph.
    """
    out = []
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    i = 0
    while i < len(lines):
        if not lines[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and (lines[j + 1].strip() or j + 2 == len(lines)):
            j += 1
        start, end = starts[i], starts[j] + len(lines[j])
        i = j + 1
        if not text[start:end].strip():
            continue
        k = bisect.bisect_right(sentence_ends, start)
        first_end = sentence_ends[k] if k < len(sentence_ends) and sentence_ends[k] <= end else end
        out.append(Paragraph(start, end, first_end))
    return out


def assign_roles(paras: list[Paragraph], mentions: dict[str, list[int]], markers: list[tuple[int, str]],
                 heading_ranks: dict[str, int], entry_markers: list[str] | None = None,
                 headline: str | None = None, title_lines: list[str] | None = None,
                 news: bool = False, opening_end: int = 0) -> tuple[str | None, list[str], dict[str, str]]:
    """Structure -> (subject key, entry keys in rank order, alias merges {alias key: film key}).

    paras: the paragraphs; mentions: film key -> clean offsets of its film mentions;
    markers: (clean offset, film key) of captions/headings naming a film;
    entry_markers: keys of headings that look like list entries ("3. Title", "Title (1999)"),
    in order; headline: the article's own title line (normalised), if it has one;
    title_lines: keys of films named by a paragraph that is nothing but the title (a bare
    heading in scraped text), in order; news: the page's section label says news, review,
    interview or opinion (see is_news_section): no ranked entries; opening_end: where a discussion
    thread's opening post ends (0 on other pages): a film its poster names there ("Starting with <Title>
    tonight") still opens an entry where a reply names it first.
    The subject is the film the headline names. Under a headline that names none and is no list
    (a review, a news piece, no headline at all) it falls back to the most mentioned film of the
    opening paragraph; a film with its own item among the title lines of a list is an entry, not the subject; a list headline naming none ("Name’s 10 Best Performances, Ranked"), a
    round-up ("... and More"), a range ("..., From <Title> to <Title>") and a headline naming
    several films ("Final Days for <Title>, <Title> and ...") have no subject,
    whatever film the opening paragraph names.
    """
    if _round_up(headline) or _range_of_films(headline, mentions) or _several_films(headline, mentions):
        subject = None
    else:
        subject = _headline_subject(headline, mentions) or _subject(paras, mentions, markers)
        if subject is not None and len(set(title_lines or [])) >= MIN_ENTRIES and subject in (title_lines or []):
            subject = None  # the film has its own item in a list of items: an entry, not the subject
    if subject is not None and headline is not None and is_list_headline(headline) and not _names_head(headline, subject):
        subject = None  # a list headline that names no film: the opening paragraph's film is no subject
    if news or (headline is not None and subject is not None and is_fact_list(headline)):
        return subject, [], {}  # "9 Things You Never Knew About <Title>": its numbered entries are facts
    title_lines = list(dict.fromkeys(k for k in title_lines or [] if k != subject))
    if headline is not None and not is_list_headline(headline) and len(title_lines) < MIN_ENTRIES:
        return subject, [], {}  # a review or a news piece: no ranked entries
    prose_subject, prose_entries, merges = _prose_roles(paras, mentions, markers, subject, opening_end)
    entry_markers = list(dict.fromkeys(k for k in entry_markers or [] if k != subject))
    if len(title_lines) >= MIN_ENTRIES and set(entry_markers) < set(title_lines):
        # bare title lines are the list's headings; dated photo captions under some of them add no entry,
        # and a film the prose reads as one entry's other name stays that entry's ("Name’s original <Other>")
        entry_markers = title_lines
        kept = {k: v for k, v in merges.items() if v in entry_markers and k not in entry_markers}
    else:
        kept = {}
    if len(entry_markers) >= MIN_ENTRIES and len(entry_markers) >= MARKER_SHARE * len(prose_entries):
        return subject, entry_markers, kept  # the headings are the list
    if sum(1 for k in prose_entries if k not in heading_ranks) + len(heading_ranks) < MIN_ENTRIES:
        return subject, [], merges
    return subject, prose_entries, merges


def own_places(marked: list[tuple[str, str]]) -> list[bool]:
    """(film key, marker source) of markers, in marker order -> for each, whether it stands at its
    film's place (in the list, or as a section's opener). A film that has a heading or a "Title
    (Year)" paragraph lead of its own takes its place there, not at a photo caption that names it
    elsewhere (a header image above the intro)."""
    headed = {key for key, source in marked if source == "heading"}
    return [source == "heading" or key not in headed for key, source in marked]


def aside_paragraphs(text: str, paras: list[Paragraph]) -> list[Paragraph]:
    """The paragraphs that name films beside the list: opened by an aside phrase of cues.toml
    `aside_openers` ("Honourable mentions: ...", "Honorable mention goes to ...")."""
    openers = tuple(sorted(cues()["aside_openers"], key=len, reverse=True))
    out = []
    for p in paras:
        head = text[p.start : p.start + 40].lower()
        if any(head.startswith(o) and not head[len(o) : len(o) + 1].isalpha() for o in openers):
            out.append(p)
    return out


def aside_headings(text: str, paras: list[Paragraph], captions) -> list[int]:
    """Clean offsets of heading lines and bare paragraphs that are nothing but an aside phrase of
    cues.toml `aside_openers` ("Honourable mentions"): each closes the last entry's section, since
    what follows names films beside the list."""
    openers = set(cues()["aside_openers"])

    def aside(line: str) -> bool:
        return " ".join(re.findall(r"[a-z]+", line.lower())) in openers

    return sorted([cap.before for cap in captions if cap.rule == "heading" and aside(cap.text)]
                  + [p.start for p in paras if p.end - p.start <= 40 and aside(text[p.start : p.end])])


def is_list_headline(headline: str) -> bool:
    """"7 Coming-of-Age Comedies to Watch...", "Movies Like X": a plural film or genre noun,
    or a count that opens the headline ("1999 at 25: ..." is a year, not a count)."""
    words = headline.split()
    counted = bool(words) and words[0].isdigit() and 1 < int(words[0]) <= 100  # "9 Sci-Fi Epics..."
    counted = counted or _counted_superlative(words)
    # "...and the Films That Got Away": a news piece's definite plural, not a list's count
    return counted or any(w in cues()["list_nouns"] and (i == 0 or words[i - 1] != "the") for i, w in enumerate(words))


def is_fact_list(headline: str) -> bool:
    """"9 Things You Never Knew About ...", "7 Surprising Facts ...": a count whose noun (within
    three words) is a kind of fact (cues.toml `fact_list_nouns`), in a headline with no film or
    genre plural (`list_nouns`), so its numbered entries are facts about one film, not films."""
    words = [w.lower().strip("’':,") for w in headline.split()]
    if not words or not words[0].isdigit() or any(w in cues()["list_nouns"] for w in words):
        return False
    return any(w in cues()["fact_list_nouns"] for w in words[1:4])


_COUNT_OPENERS = {"the", "our", "my"}
_SUPERLATIVES = {"best", "worst", "most", "least"}


def _counted_superlative(words: list[str]) -> bool:
    """"the 12 greatest screen heists", "our 10 best ...": an opening article or possessive, a
    count and a superlative make a ranked list whatever its noun ("The 40 Lanterns" has no superlative,
    nor has "The 10 Forest Tales": a word that only ends in "-est" is none, see lexicon.is_superlative)."""
    if len(words) < 3 or words[0] not in _COUNT_OPENERS or not words[1].isdigit() or not 1 < int(words[1]) <= 100:
        return False
    return words[2] in _SUPERLATIVES or is_superlative(words[2])


def is_news_section(label: str | None) -> bool:
    """"Festivals › Cannes", "Features › Opinion": a breadcrumb or kicker naming a news, review,
    interview or opinion section (cues.toml `news_sections`) and no list section ("Rankings",
    `list_sections`)."""
    words = set(re.findall(r"[a-z]+", (label or "").lower()))
    return bool(words & cues()["news_sections"]) and not words & cues()["list_sections"]


def news_page(captions) -> bool:
    """Whether the page's first breadcrumb or kicker line names a news section (is_news_section)."""
    return is_news_section(next((c.text for c in captions if c.rule in ("breadcrumb", "kicker")), None))


def _names_head(headline: str, key: str) -> bool:
    """Whether the headline holds the key or its opening words ("copper lantern" of "copper
    lantern a harbour mystery"), a lone opening word only when it is no small word."""
    padded, words = f" {headline} ", key.split()
    if _named_as_occasion(padded, key):
        return False
    return any(f" {' '.join(words[:n])} " in padded for n in range(1, len(words) + 1)
               if n > 1 or words[0] not in SMALL)


def _round_up(headline: str | None) -> bool:
    """"New in October: Title, Title and More": a round-up of several works has no subject."""
    return bool(headline) and headline.endswith(" and more")


_FROM_TO = re.compile(r"\bfrom (.+?) to (.+)$")


def _range_of_films(headline: str | None, mentions: dict[str, list[int]]) -> bool:
    """"Name’s Best Performances, From <Title> to <Title>": a headline that spans a career or a
    list from one film to another names no subject (either end a film key of `mentions`)."""
    m = _FROM_TO.search(headline or "")
    return bool(m) and (m.group(1).strip() in mentions or m.group(2).strip() in mentions)


def _headline_films(headline: str | None, mentions: dict[str, list[int]]) -> tuple[list[str], list[str]]:
    """The film keys the headline names as films (not as a series or an occasion), and those of
    them right before "review" ("<Title> Review: Name Follows <Other Title>")."""
    if not headline:
        return [], []
    padded = f" {headline} "
    named = [k for k in mentions if k and f" {k} " in padded and not _named_as_series(padded, k)
             and not _named_as_occasion(padded, k)]
    return named, [k for k in named if re.search(rf" {re.escape(k)} review\b", padded)]


def _headline_subject(headline: str | None, mentions: dict[str, list[int]]) -> str | None:
    """The longest film title the headline names, if any ("...If You Loved <Title>"); a title
    right before "review" wins over longer ones ("<Title> Review: Name Follows <Other Title>"), and
    so does the one film a "like" names ("Movies like <Title>? ... not <Other Title>")."""
    named, reviewed = _headline_films(headline, mentions)
    return max(reviewed or _likened(headline, named) or named, key=len) if named else None


def _several_films(headline: str | None, mentions: dict[str, list[int]]) -> bool:
    """"Final Days for <Title>, <Title> and ...", "<Title> and <Title> Turn ... Into a Record": a
    headline naming two films or more (neither inside the other's title), none of them reviewed nor
    the one likened to ("Movies like <Title>? ... not <Other Title>"), is about all of them and has no subject."""
    named, reviewed = _headline_films(headline, mentions)
    apart = [k for k in named if not any(k != o and f" {k} " in f" {o} " for o in named)]
    return len(apart) >= 2 and not reviewed and len(_likened(headline, apart)) != 1


_LIKENED = re.compile(r" (?:like|similar to) $")


def _likened(headline: str | None, named: list[str]) -> list[str]:
    """The film keys of `named` that the headline names right after "like" or "similar to": the yardstick
    a request or a list is measured against ("Movies like <Title>?")."""
    padded = f" {headline or ''} "
    return [k for k in named if any(_LIKENED.search(padded, 0, m.start() + 1)
                                    for m in re.finditer(re.escape(f" {k} "), padded))]


def _named_as_occasion(padded: str, key: str) -> bool:
    """Whether every place of `key` in the headline follows a word that makes it a date or an
    occasion (cues.toml `occasion_before`: "Movies to Watch This <Holiday>"), not a film."""
    before = cues()["occasion_before"]
    places = [padded[: m.start()].split()[-1:] for m in re.finditer(re.escape(f" {key} "), padded)]
    return bool(places) and all(p and p[0] in before for p in places)


# "Every <Name> Movie, Ranked", "<Name> Movies": a title the headline names as a series is not
# the subject; "<Name> Movie Review" is about the film
_SERIES_AFTER = re.compile(r"\s*(?:movies|films|franchise|series|saga|sequels)\b")
_ONE_OF_EVERY = re.compile(r"\b(?:every|all)\s+$")
_MOVIE_AFTER = re.compile(r"\s*(?:movie|film)\b")


def _named_as_series(padded: str, key: str) -> bool:
    """Whether the headline names `key` as a series at any of its places."""
    for m in re.finditer(re.escape(f" {key} "), padded):
        end = m.start() + len(key) + 1
        if _SERIES_AFTER.match(padded, end) or (_MOVIE_AFTER.match(padded, end) and _ONE_OF_EVERY.search(padded, 0, m.start() + 1)):
            return True
    return False


def _prose_roles(paras, mentions, markers, subject, opening_end: int = 0):
    """Entries from the prose: a caption naming a film, or a paragraph whose first sentence
    names a film not seen before (after opening_end). Returns (subject, entries, alias merges).

    Linear in paragraphs plus mentions: offsets and markers are sorted once and each
    paragraph takes its share by bisection.
    """
    entries: list[str] = []
    listed: set[str] = set()  # the keys in entries, for constant-time tests
    merges: dict[str, str] = {}
    first_seen = {key: min([o for o in offs if o >= opening_end] or offs) for key, offs in mentions.items() if offs}
    sorted_offs = {key: sorted(offs) for key, offs in mentions.items()}
    every = sorted((o, key) for key, offs in mentions.items() for o in offs)
    every_at = [o for o, _ in every]
    placed = sorted((at, n, key) for n, (at, key) in enumerate(markers))
    placed_at = [at for at, _, _ in placed]
    open_marker: str | None = None
    marker_mentioned = True
    for i, para in enumerate(paras):
        prev_end = paras[i - 1].end if i else 0  # paragraphs are disjoint and in order
        pending = placed[bisect.bisect_left(placed_at, prev_end) : bisect.bisect_right(placed_at, para.start)]
        just_opened = set()
        for _, _, key in sorted(pending, key=lambda t: t[1]):
            just_opened.add(key)
            if key != subject and key not in listed:
                entries.append(key)
                listed.add(key)
                open_marker, marker_mentioned = key, False
        lead: dict[str, int] = {}
        for o, key in every[bisect.bisect_left(every_at, para.start) : bisect.bisect_left(every_at, para.first_sentence_end)]:
            lead.setdefault(key, o)  # ascending: the first offset is the smallest
        for at, key in sorted((o, k) for k, o in lead.items()):
            if at == para.start and key in just_opened:
                break  # "Title — ..." under the caption that opened its entry: the paragraph is that entry's
            if key == subject or key in listed or key in merges:
                continue
            if first_seen[key] < para.start:
                continue  # seen before this paragraph
            if open_marker and not marker_mentioned and _any_in(sorted_offs.get(open_marker, []), at + 1, para.end):
                # The caption named this film, the prose calls it so first and by the caption's name after.
                merges[key] = open_marker
                marker_mentioned = True
            else:
                entries.append(key)
                listed.add(key)
                open_marker = None
            break
        if open_marker and _any_in(sorted_offs.get(open_marker, []), para.start, para.end):
            marker_mentioned = True
    return subject, entries, merges


def _any_in(sorted_offsets: list[int], lo: int, hi: int) -> bool:
    """Whether any offset lies in [lo, hi)."""
    i = bisect.bisect_left(sorted_offsets, lo)
    return i < len(sorted_offsets) and sorted_offsets[i] < hi


def _subject(paras: list[Paragraph], mentions: dict[str, list[int]], markers) -> str | None:
    """The most mentioned film named in the opening paragraph (ties: the earliest), if any."""
    if not paras:
        return None
    first = paras[0]
    named = [k for k, offs in mentions.items() if any(first.start <= o < first.end for o in offs)]
    if not named:
        return None
    return max(named, key=lambda k: (len(mentions[k]), -min(mentions[k])))
