"""Clean stage: separate non-prose lines and repair run-together words.

Input: an Article with `raw`. Output: the same article with `clean` (the repaired
body text), `corrections` (every change, in raw offsets), `captions` (the lines
moved out of the body, kept as evidence) and `boundaries` (clean-text offsets of
every space the repair inserted: in this scraping style they often mark the edge
of an italicised title or a link).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from pipeline import repair, word_split
from pipeline.dash_spaces import DASH_RULES, glued_dash_spaces
from pipeline.captions import classify_line, link_blocks, thread_replies, title_like
from pipeline.card_lines import card_kinds
from pipeline.matchup_lines import matchup_spaces
from pipeline.cell_tables import table_kinds
from pipeline.diary_lines import badge_glue
from pipeline.glue_cues import DEFINITION_READ, defined_subject, span_closing_words
from pipeline.lexicon import NAME_WORD, is_given_name, zipf
from pipeline.record import Article, Caption, Correction
from pipeline.split_context import brand_name, coined_name, company_camel, fit_context, name_syllable_split, name_verb_split
from pipeline.split_context import network_split, surname_split
from pipeline.titles import SMALL
from pipeline.unglued_lines import before_copula, unglued_mid_line

_LINE = re.compile(r"[^\n]*\n?")
_TOKEN = re.compile(r"\S+")
TITLE_TAGS = {"i", "em", "cite", "q", "a:film"}  # a link to a film's page names the film
NOT_TITLE_TAGS = {"a:person", "a:page"}  # links to a person's page or another article
HEADLINE_WORDS = 5  # a title-like first line at least this long is the article's headline
_CAMEL = re.compile(r"[A-Z][a-z]+[A-Z]")
_plain = repair.PLAIN_TOKEN.match  # a token sure_splits leaves whole before looking further
_AFTER = 12  # characters after a token that fit_context reads ("an Xyz": a space and a word's first letter; "Name Row": a short word)
_NEXT_WORD = 24  # characters after a token that closing a span reads: the next word ("Titleto prepare")
_BEFORE = 200  # characters before a token that brand_name / coined_name read (its last few words), not the whole line
_NAME_HYPHEN = re.compile(r"[A-Z][a-z]*-$")  # "Kim-": a hyphenated given name goes on in lowercase
_YEAR_AFTER = re.compile(r"\s*\((?:[^()]{0,60},\s*)?(?:1[89]|20)\d\d\b")
# "Movies / Reviews" above the headline: a two-level section trail with one spaced slash (markup
# text keeps its spaces; the scraped "Movies/Reviews" is one word, a caption already)
_SLASH_TRAIL = re.compile(r"^[A-Z][\w&’' -]{0,30}?\s/\s[A-Z][\w&’' -]{0,30}$")


def clean(article: Article) -> Article:
    """Article with raw text -> article with clean text, corrections, captions, boundaries."""
    raw = article.raw
    lines = _lines(raw)
    kinds = link_blocks([text for _, _, text in lines], [classify_line(_sure_view(text)) for _, _, text in lines])
    kinds = table_kinds([text for _, _, text in lines], kinds)  # a table scraped one cell per line
    kinds = thread_replies([text for _, _, text in lines], kinds)  # "Title (2004). the pacing ...": a short reply
    kinds = card_kinds([text for _, _, text in lines], kinds)  # an archive's cards: "Opinion" over a headline
    # the first two lines with words, over site furniture ("Section › Subsection", bylines)
    filled = [i for i, (_, _, t) in enumerate(lines) if t.strip() and kinds[i] in (None, "caption", "heading")][:2]
    first = filled[0] if filled else None  # the page's first line: a breadcrumb's place
    long_title = [(kinds[i] in ("caption", "heading") or kinds[i] is None and (_long_headline(_sure_view(lines[i][2]))
                                                                               or _above_byline(lines, kinds, i)))
                  and _word_count(lines[i][2]) >= HEADLINE_WORDS for i in filled]
    trail = bool(filled) and kinds[filled[0]] in (None, "caption") and _SLASH_TRAIL.match(lines[filled[0]][2]) is not None
    if len(filled) == 2 and (kinds[filled[0]] == "caption" or trail) and (not long_title[0] or trail) \
            and long_title[1] and not _YEAR_AFTER.search(lines[filled[0]][2]):  # a trail's slash is no word
        kinds[filled[0]] = "kicker"  # "Box Office" above the headline: the site's section label
        filled, long_title = filled[1:], long_title[1:]
    if filled and long_title[0]:
        kinds[filled[0]] = "headline"  # the article's own title line
    removals = _removals(raw, lines, kinds)
    # Text taken from markup was never glued: only damaged (scraped) text is repaired.
    insertions = _insertions(lines, [k is None for k in kinds]) if article.damaged else []
    if article.damaged and first is not None and kinds[first] in ("caption", "kicker"):
        insertions += _breadcrumb_spaces(*lines[first][::2])
    if article.damaged:  # "Sun 01Title 1978 ★★★": a diary line's date badge glued to its title
        taken = {c.start for c in insertions}
        insertions += [Correction(start + at, start + at, "", " ", "diary_badge")
                       for start, _, text in lines if (at := badge_glue(text)) is not None and start + at not in taken]
    if article.damaged:  # "Name–Title", "PLACE—Name", "Title—Name plays ...": a spaced dash, glued
        insertions += glued_dash_spaces(lines, {c.start for c in insertions})
        done = {c.start for c in insertions}  # "(1)Titlevs. (8)Title": a matchup line's seeds and "vs."
        insertions += [Correction(start + k, start + k, "", " ", "matchup") for (start, _, line), kind in zip(lines, kinds)
                       if kind == "caption" for k in matchup_spaces(line) if start + k not in done]
    in_removed = [c for c in insertions if any(r.start <= c.start < r.end for r in removals)]
    body = sorted(removals + [c for c in insertions if c not in in_removed], key=lambda c: (c.start, c.end))
    clean_text, boundaries, moved = _apply(raw, body)
    captions = []
    for removal, ((start, _, text), kind) in zip(removals, [(ln, k) for ln, k in zip(lines, kinds) if k is not None]):
        inside = [c for c in in_removed if start <= c.start < start + len(text)]
        captions.append(Caption(start, start + len(text), _insert_spaces(text, start, inside).strip(), kind, moved[removal.start]))
    # Spaces inserted inside a removed line repair the caption text kept on the record.
    corrections = sorted(body + in_removed, key=lambda c: (c.start, c.end, c.replacement))
    boundaries = sorted(set(boundaries) | _markup_boundaries(raw, article.markup, body))
    return replace(article, clean=clean_text, corrections=corrections, captions=captions, boundaries=boundaries)


def _word_count(line: str) -> int:
    """The words of a line that hold a letter or digit: a breadcrumb's "/" and "&" are none."""
    return sum(1 for w in line.split() if any(ch.isalnum() for ch in w))


def _long_headline(line: str) -> bool:
    """A title-case line too long for a caption ("Title and Title Saved a Season That Started
    on Fumes"): up to 24 words, no sentence end but a question's ("Where Are They Now?"). Only the
    first lines of an article are asked."""
    words = line.split()
    return len(words) <= 24 and title_like(words) and not re.search(r"[.!]\s*$", line)


def _above_byline(lines, kinds: list[str | None], i: int) -> bool:
    """Whether line i is a sentence-case headline ("Is it safe for kids? 6 new films rated"): a line of
    up to 24 words with no closing full stop whose next line with words is the byline. Only the first
    lines of an article are asked."""
    line = lines[i][2].strip()
    if title_like(line.lstrip("‘“'\"").split()):
        return False  # a title-case line is _long_headline's to judge
    after = next((k for k, (_, _, t) in zip(kinds[i + 1 :], lines[i + 1 :]) if t.strip()), None)
    return after == "byline" and len(line.split()) <= 24 and not re.search(r"[.!:;,]\s*$", line)


def _name_shaped(text: str) -> bool:
    """"Given Surname": 2-3 capitalised words, none of them a common English word."""
    words = text.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and zipf(w.strip("’'.,")) < NAME_WORD for w in words)


def _markup_boundaries(raw: str, markup, body: list[Correction]) -> set[tuple[int, str]]:
    """Edges of emphasised/linked spans (raw offsets) -> boundaries in the clean text.

    They play the part repaired boundaries play in scraped text: the edge of a title
    or a link. Spans inside removed lines are dropped.
    """
    out = set()
    markup = [m for m in markup if m[2] not in NOT_TITLE_TAGS]
    # A page that italicises titles uses links and bold for other things (names, navigation):
    # then only the italic spans mark titles.
    if any(tag in TITLE_TAGS for _, _, tag in markup):
        markup = [m for m in markup if m[2] in TITLE_TAGS or m[2] == "a" and not _name_shaped(raw[m[0] : m[1]])]
    for start, end, _tag in markup:
        cs, ce = _to_clean(start, body), _to_clean(end, body)
        if cs is None or ce is None or ce <= cs:
            continue
        if cs > 0:
            out.add((cs - 1, "markup_open"))  # a title may start after it...
        out.add((ce, "markup_close"))  # ...and end before it
    return out


def film_link_spans(article: Article) -> set[tuple[int, int]]:
    """A cleaned HTML article -> (start, end) in its clean text of every link to a film's page
    (tag "a:film"); empty for scraped text, whose markup is unknown."""
    if article.damaged:
        return set()  # only markup text keeps its corrections to removed lines alone
    out = set()
    for start, end, tag in article.markup:
        if tag == "a:film":
            cs, ce = _to_clean(start, article.corrections), _to_clean(end, article.corrections)
            if cs is not None and ce is not None and ce > cs:
                out.add((cs, ce))
    return out


def _to_clean(pos: int, body: list[Correction]) -> int | None:
    """A raw offset -> its clean-text offset, or None when it falls in a removed line."""
    shift = 0
    for c in body:
        if c.end <= pos and not (c.start == c.end == pos):
            shift += len(c.replacement) - (c.end - c.start)
        elif c.start < pos < c.end or (c.start == pos and c.end > c.start and not c.replacement):
            return None
        elif c.start >= pos:
            break
    return pos + shift


def _insert_spaces(text: str, base: int, insertions: list[Correction]) -> str:
    """Apply insertions (raw offsets, line starting at `base`) to one line's text."""
    for c in sorted(insertions, key=lambda c: -c.start):
        at = c.start - base
        text = text[:at] + c.replacement + text[at:]
    return text


def _sure_view(line: str) -> str:
    """A line with the sure splits applied ("ByName" -> "By Name", "Sun 01Title" -> "Sun 01 Title"),
    for classifying it."""
    if (at := badge_glue(line)) is not None:
        line = f"{line[:at]} {line[at:]}"
    out = []
    for n, m in enumerate(_TOKEN.finditer(line)):
        token = m.group(0)
        if _plain(token):  # most tokens: nothing to split (sure_splits would say so, slower)
            out.append(token)
            continue
        cuts = [sp.offset for sp in repair.sure_splits(token, line_start=n == 0)]
        out.append(" ".join(token[a:b] for a, b in zip([0] + cuts, cuts + [len(token)])))
    return " ".join(out)


# "Critics’ Picks": a level may hold an apostrophe; "Movies on TV": a small word between its capitalised words;
# "Movies & TV": an ampersand between its words
_SMALL_WORD = "|".join(re.escape(w) for w in sorted(SMALL, key=lambda w: (-len(w), w)))
_LEVEL = rf"[A-Z][A-Za-z’']*(?: (?:(?:{_SMALL_WORD}) )?(?:[A-Z][A-Za-z’']*|&)){{0,2}}"
_BREADCRUMB = re.compile(rf"{_LEVEL}(?:/{_LEVEL})+")


def _breadcrumb_spaces(start: int, line: str) -> list[Correction]:
    """The page's first line, "Section/Sub Section" -> a space on each side of every "/".

    start: the line's raw offset. A site's breadcrumb separates its levels with spaced
    slashes that the scrape glued; only a line of capitalised words of up to three words
    per level (a small word such as "on" between them) qualifies. Returns insertions (raw offsets), or [] for any other line.
    """
    if not _BREADCRUMB.fullmatch(line):
        return []
    out = []
    for m in re.finditer("/", line):
        out += [Correction(start + m.start(), start + m.start(), "", " ", "breadcrumb"),
                Correction(start + m.end(), start + m.end(), "", " ", "breadcrumb")]
    return out


def _lines(raw: str) -> list[tuple[int, int, str]]:
    """raw -> [(start, end_including_newline, text_without_newline)] for every line."""
    out = []
    for m in _LINE.finditer(raw):
        if m.start() == m.end():
            break
        out.append((m.start(), m.end(), m.group(0).rstrip("\n")))
    return out


def _removals(raw: str, lines, kinds) -> list[Correction]:
    """One correction per non-prose line: the line and the blank lines after it go."""
    out = []
    for i, ((start, end, _), kind) in enumerate(zip(lines, kinds)):
        if kind is None:
            continue
        stop = end
        j = i + 1
        while j < len(lines) and not lines[j][2].strip() and kinds[j] is None:
            stop = lines[j][1]
            j += 1
        if j == len(lines):  # last line of the text: take the blank lines before it instead
            stop = len(raw)
            k = i
            while k > 0 and not lines[k - 1][2].strip() and kinds[k - 1] is None:
                k -= 1
            if k > 0 and kinds[k - 1] is None:
                start = lines[k][0] - 1 if raw[lines[k][0] - 1 : lines[k][0]] == "\n" else lines[k][0]
        out.append(Correction(start, stop, raw[start:stop], "", kind))
    return out


def _insertions(lines, prose: list[bool]) -> list[Correction]:
    """Spaces to insert: sure splits first, then model splits of letter runs.

    Two passes: the first collects the article's own vocabulary (letter runs left
    after the sure splits), the second decides with it. A run right before a year
    in brackets ("Title (1999)") is a title and is kept whole.
    """
    staged = []  # (absolute token start, token, opens its line, run before a year, first-pass splits, line, token end)
    prose_runs: list[str] = []
    all_runs: list[str] = []  # headings and captions too: they name the titles
    glued_lines: set[int] = set()  # raw starts of the lines with a sure glue somewhere
    for (start, _, text), is_prose in zip(lines, prose):
        for n, m in enumerate(_TOKEN.finditer(text)):
            token = m.group(0)
            sure = [] if _plain(token) else repair.sure_splits(token, line_start=n == 0)
            staged.append((start + m.start(), token, n == 0, bool(_YEAR_AFTER.match(text, m.end())), sure, text, m.end()))
            if sure:
                glued_lines.add(start)
            found = repair._LETTERS.findall(token) if not sure else \
                [r for piece in _pieces(token, sure) for r in repair._LETTERS.findall(piece)]
            all_runs += found
            if is_prose:  # the vocabulary is the body's, so cleaning the clean text decides alike
                prose_runs += found
    runs, every_line = Counter(prose_runs), Counter(all_runs)
    vocab = repair.DocVocabulary(runs)
    span = _OpenSpan(repair.DocVocabulary(every_line))
    decided: dict[str, list[repair.Split]] = {}  # run -> its splits (a run decides alike everywhere)
    out = []
    for tok_start, token, line_start, before_year, sure, line, tok_end in staged:
        # Only a capitalised word glued to a capital can change its mind once the vocabulary is known.
        camel = _CAMEL.search(token)
        splits = repair.sure_splits(token, line_start=line_start, vocab=vocab) if camel else list(sure)
        at_line = tok_end - len(token)
        before = line[max(0, at_line - _BEFORE) : at_line]  # bounded: a page on one line stays linear
        if camel and (brand := brand_name(token, before)) is not None:  # a brand is CamelCase
            splits = [sp for sp in splits if sp.offset != brand]
        elif camel and (inner := company_camel(token, line[tok_end : tok_end + _NEXT_WORD])) is not None:
            splits = [sp for sp in splits if sp.offset != inner]  # "throughNameCo Pictures": the company is CamelCase
        if not repair.is_protected(token):
            pieces = _pieces(token, splits) if splits else [token]
            offset = 0
            for n, piece in enumerate(pieces):
                titled = (before_year and n == len(pieces) - 1) or (
                    n + 1 < len(pieces) and _YEAR_AFTER.match(pieces[n + 1]))
                if not titled:
                    for m in repair._LETTERS.finditer(piece):
                        run = m.group(0)
                        if run not in decided:
                            decided[run] = word_split.run_split(run, vocab)
                        after = token[offset + m.end() :] + line[tok_end : tok_end + _AFTER]
                        found = decided[run] or network_split(run, token[offset + m.end() :] + line[tok_end : tok_end + _NEXT_WORD])
                        if found and offset + m.start() == 0 and coined_name(token, before,
                                                                             run[found[-1].offset :]):
                            found = []  # "by Composerpeace and": one coined name, not "Composer|peace"
                        cut = found[-1].offset if found else 0
                        if found and offset + m.start() == 0 and run[0].isupper() and tok_start - at_line not in glued_lines and (
                                unglued_mid_line(line, at_line)
                                or m.end() == len(piece) and before_copula(line, tok_end, run[:cut], run[cut:])):
                            found = []  # "as Given Vandercave,": a rare name written whole, in a line nothing glued
                        if m.end() == len(piece) and n == len(pieces) - 1 and (at := defined_subject(
                                run, line[tok_end : tok_end + DEFINITION_READ])):
                            found = [repair.Split(at, "word_split")]  # "Youthis a 1925 film": "Youth|is", never "You|this"
                        if _NAME_HYPHEN.search(piece, 0, m.start()):
                            found = name_syllable_split(run) or found  # "Given-syl|plays"
                        for split in fit_context(run, found, after):
                            splits.append(repair.Split(offset + m.start() + split.offset, split.rule))
                offset += len(piece)
            splits += span.close(token, sorted(splits, key=lambda sp: sp.offset), line_start,
                                 line[tok_end : tok_end + _NEXT_WORD])
        for split in splits:
            if repair.inside_handle(token, split.offset):
                continue  # "u/quietname": a forum user's name, written whole
            at = tok_start + split.offset
            out.append(Correction(at, at, "", " ", split.rule))
    return out


class _OpenSpan:
    """Tracks a capitalised span opened by a repaired boundary ("with|Name") over the next
    few tokens of a line, and closes it where a common word is glued to its last name
    ("Surnameas" -> "Surname|as", see word_split.closing_split).

    Closing splits never change what a second cleaning of the clean text finds: that text
    has no glued opening left, so no span is opened there.
    """

    TOKENS = 4  # a link or title rarely runs longer than this many words
    # "Name-Surnameand", "VIis", and letters of any script ("Shōgunand"): no ASCII capital inside the run
    _PIECE = re.compile(r"(?:[A-Za-z]+-|[IVX]+(?=[a-z]))?([^\W\d_][^\W\d_A-Z]*)[,.;:!?)’'”]*$")
    _NAME = re.compile(r"([A-ZÀ-Þ][a-zß-ÿ]+)[,.;:!?)’'”]*$")  # a surname, accents included
    _NAME_VERB_NAME = re.compile(r"([A-Z][a-z]+)[A-Z][a-z]+[,.;:!?)’'”]*$")  # "SurnamecastsName": no case change split it

    def __init__(self, vocab: repair.DocVocabulary):
        self.vocab = vocab
        self.left = 0  # tokens still inside the open span
        self.given = False  # the span opened with a given name: the next token is a surname

    def close(self, token: str, splits: list, line_start: bool, after: str = "") -> list:
        """One token, in text order, with its splits (and the text after it) -> the closing splits to add."""
        if line_start:
            self.left = 0
        if not splits and not self.left:
            return []  # no span open and none opening here (the loop below would find nothing)
        cuts = [0] + [sp.offset for sp in splits] + [len(token)]
        pieces = [(a, token[a:b]) for a, b in zip(cuts, cuts[1:]) if b > a]
        for k, (at, piece) in enumerate(pieces):
            opened = k > 0 and piece[:1].isupper() and splits[k - 1].rule in ("case_change", "modifier_case", "punct_space")
            if k == 0 and not piece[:1].isupper():
                if len(pieces) == 1 and piece in SMALL and self.left > 1:
                    self.left -= 1  # "by", "the" inside a title ("Harbour by the Sea"): the span goes on
                    return []
                self.left = 0
            # a piece a word split already ends ("Surname|an") has its glued word cut off
            ended = k < len(splits) and splits[k].rule == "word_split"
            found, start = [], at
            if k == 0 and self.given and self.left == self.TOKENS and not ended and (n := self._NAME.match(piece)):
                rest = token[at + n.end(1) :] + after  # the token right after a given name: "Surnameas"
                found = fit_context(n.group(1), surname_split(n.group(1), self.vocab, rest), rest)
            if not found and (opened or (k == 0 and self.left > 0)) and not ended and (m := self._PIECE.match(piece)):
                run = m.group(1)
                # after a roman numeral ("VIis") no name ending is possible, so "is" closes too
                closes = run in span_closing_words()
                tail = token[at + m.end(1) :] + after  # what follows the run: "Wordis| built"
                found = word_split.closing_split(run, self.vocab, tail) if run[0].isupper() else \
                    ([repair.Split(0, "span_close")] if closes else [])
                start = at + m.start(1)
            if not found and (opened or (k == 0 and self.left > 0)) and not ended and (n := self._NAME.match(piece)):
                found = name_verb_split(n.group(1), self.vocab, token[at + n.end(1) :] + after)  # "Surnamewon Best"
                start = at
            if not found and k == 0 and self.left > 0 and len(pieces) == 1 and (g := self._NAME_VERB_NAME.match(piece)):
                # "Surnamecasts|Name": a verb glued on both sides, its object a name the case change opens
                found = name_verb_split(g.group(1), self.vocab, piece[g.end(1) :] + after)
                if found:
                    self.left = 0
                    return [repair.Split(at + found[0].offset, found[0].rule), repair.Split(at + g.end(1), "case_change")]
            if found:
                self.left = 0
                return [repair.Split(start + found[0].offset, found[0].rule)]
            if opened:
                self.left = self.TOKENS + 1
                self.given = is_given_name(piece)
        self.left = max(0, self.left - 1)
        return []


def _pieces(token: str, splits) -> list[str]:
    """Cut a token at the given splits."""
    cuts = [0] + [s.offset for s in splits] + [len(token)]
    return [token[a:b] for a, b in zip(cuts, cuts[1:])]


NO_EDGE_RULES = DASH_RULES  # a dateline's or attribution's dash: a space, but no title's edge ("PLACE, Region — Name")


def _apply(raw: str, corrections: list[Correction]) -> tuple[str, list[tuple[int, str]], dict[int, int]]:
    """Apply sorted, non-overlapping corrections -> (clean text, inserted-space offsets, raw->clean map of removal starts)."""
    parts, boundaries, moved = [], [], {}
    pos = out_len = 0
    for c in corrections:
        parts.append(raw[pos : c.start])
        out_len += c.start - pos
        if c.replacement == " " and not c.original and c.rule not in NO_EDGE_RULES:
            boundaries.append((out_len, c.rule))
        if not c.replacement:
            moved[c.start] = out_len
        parts.append(c.replacement)
        out_len += len(c.replacement)
        pos = c.end
    parts.append(raw[pos:])
    return "".join(parts), boundaries, moved
