"""Find where run-together words must be split (the heart of the clean stage).

Scrapers that strip inline tags without spaces glue a title or link to its
neighbours: "theTitle", "Titleis", "today.The", "sucha". This module proposes
split points for one token at a time, with a rule name for each, and never
touches the text itself.

Evidence used, in order of confidence:
1. punctuation followed directly by a capitalised word ("today.The", "Title,word");
2. a lowercase -> uppercase change after a known word or a possessive ("theTitle",
   "Name’sTitle"), unless the whole token is itself a known word (CamelCase names);
3. a split of a letter run into two known words, scored with a unigram
   word-frequency model (wordfreq) plus the article's own vocabulary, only when the
   run itself is unknown or much rarer than the two words together.
The letter-run splits of 3. (and the closing split of an opened span) are in
pipeline.word_split; this module holds the sure splits of 1. and 2., Split and DocVocabulary.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from pipeline.glue_cues import known_camel, modifier_glued
from pipeline.lexicon import data_file, is_given_name, word_lists, zipf
from pipeline.showtimes import GLUED_RATING, GLUED_TIME

# Tokens we never split: URLs, e-mail addresses, file names, handles, hashtags.
_PROTECTED = re.compile(
    r"(?:https?://|www\.|\w@\w|^[@#]\w|\.(?:jpe?g|png|gif|webp|svg|pdf|html?|php|aspx?|mp4|com|org|net|io)\b)",
    re.IGNORECASE,
)
# A forum handle opening a token ("u/name", "r/SubName", "/u/name", "(u/name"), or glued after "by" or "in"
# ("Posted byu/name", "Posted inr/SubName"): one name, never split inside
_HANDLE = re.compile(r"^(?:by|in)?[(\[\"“‘']?/?(?:u|r|user)/[^\W_][\w-]+", re.IGNORECASE)
_COUNT_RUN = re.compile(r"(?:\d[\d,]*[A-Z][a-z]+){2,}")  # "212Lists368Following": two counts or more, each before its label
_NAME_HANDLE = re.compile(r"[A-Z][a-z]+(?=@[A-Za-z0-9_]{2,}$)")  # "Surname@handle_name": a name, then a handle
_GLUED_HANDLE = re.compile(r"^(?:by|in)(?=/?(?:u|r)/[^\W_])", re.IGNORECASE)
_SENTENCE_PUNCT = re.compile(r"(?<=[a-z0-9]{2}[.!?])(?=[A-Z][a-z])|(?<=[a-z][”\"’][.!?])(?=[A-Z][a-z])|(?<=[^.\s][A-Z]{2}[.!?])(?=[A-Z][a-z]{2})|(?<=[a-z][’']s[.!?])(?=[A-Z][a-z])|(?<=[a-z]{2}[.!?][”\"’])(?=[A-Z])|(?<=[a-z]{2}:)(?=[A-Z0-9])|(?<=\d:)(?=[A-Z][a-z])"
    r"|(?<=\)[.!?])(?=[A-Z][a-z])|(?<=[a-z]{2}[.!?])(?=[A-Z]\.[A-Z])"  # "(Name).Next", "else.J.K. Name"
    r"|(?<=[a-z]{2}[.!?])(?=\d{1,2}(?:\.\d)?/\d{1,2}\b)"  # "it.9/10": a rating after a sentence
    r"|(?<=[a-z]{2}[.!?])(?=[AI]$)"  # "years.A Title": a one-letter word opens the next sentence
    r"|(?<=\b[A-Z][a-z][.])(?=[A-Z][a-z]|[a-z]{2})"  # "Name Jr.It is", "Name Jr.is", "Ox.The"
    r"|(?<=[A-Z]{2}:)(?=[A-Z][a-z])|(?<=\):)(?=[A-Z][a-z])"  # "READ NEXT:Title", "(Name):Name"
    r"|(?<=[a-z]\.\.\.)(?=[A-Z][a-z])|(?<=[a-z]…)(?=[A-Z][a-z])"  # "Title...The": an ellipsis ends a sentence or a title
    r"|(?<=[a-z0-9]{2}[.!?])(?=[A-ZÀ-ÖØ-Þ][à-öø-ÿ]|[À-ÖØ-Þ][a-z])")  # "waiting.Cédric", "it.Émile": an accented name
STAR_GLYPHS = "★☆✩✪✫✬✭✮✯⭐"  # a star rating's glyphs: "(★★½)" after an outlet, "score:★★★★☆"
_CLAUSE_PUNCT = re.compile(
    r"(?<=[A-Za-zÀ-ÖØ-öø-ÿ.][,;])(?=[A-Za-z])|(?<=[a-z]{2}[”])(?=[A-Za-z])|(?<=[a-z])(?=“)"  # "Name,Title", "Hervé,Title"
    r"|(?<=\d\))(?=[A-Z][a-z])|(?<=\d\)[.,;])(?=[A-Z][a-z])"  # "(1988)Writer", "(1994).Name"
    r"|(?<=[^\W\d_]{3}\))(?=[A-Z][a-z]|[AI]$)"  # "Title (Name Surname)Next": a bracket closed on a word, then a new sentence
    r"|(?<=[A-Za-z][!?][,;])(?=[A-Z])|(?<=\d[,;])(?=[A-Z][a-z]|[A-Z]\.[A-Z])"  # "Title?,Next", "in 2000,Name", "2000,A.B. Name"
    r"|(?<=[A-Za-z0-9][!?])(?=\((?:1[89]|20)\d\d)|(?<=\d)(?=\((?:1[89]|20)\d\d\b)"  # "Title!(1949)", "Title 12(2013"
    r"|(?<=[a-z][!?])(?=[a-z]{2})"  # "Title?stars": a title ending in "?" glued to the next word
    r"|(?<=[A-Za-z][*+])(?=[a-z]{3,})"  # "Title*arriving", "Service+series": a title's own mark, then a word
    r"|(?<=[|·›»•])(?=[A-Za-z0-9])|(?<=[A-Za-z0-9.])(?=[|·›»•](?:[A-Za-z0-9]|$))"  # "Name|Date", "A·B"
    r"|(?<=[A-Za-z]{3}:)(?=[a-z])"  # "Verdict:a perfect comedy"
    r"|(?<=[A-Za-zÀ-ÿ0-9])(?=\([A-Z0-9])|(?<=[A-Za-zÀ-ÿ]{2})(?=\([a-z]{3,})"  # "Title(1999)", "Title(released as"
    rf"|(?<=[A-Za-zÀ-ÿ0-9])(?=\([{STAR_GLYPHS}])|(?<=[A-Za-z]{{2}}:)(?=[{STAR_GLYPHS}])"  # "Outlet(★★½)", "Our score:★★★★☆"
    r"|(?<=[A-Za-zÀ-ÿ0-9])(?=\([$£€]\d)|(?<=[^\W\d_]\)[,;])(?=[A-Za-z])"  # "Title($941 million)", "(re-release),Title"
    r"|(?<=\b(?:1[89]|20)\d\d)(?=[A-Z][a-z])"  # "1982Title"
    r"|(?<=[a-z]{2})(?=(?:1[89]|20)\d\d\b)"  # "word1999"
    r"|(?<=\b(?:1[89]|20)\d\d)(?=\d{1,2}:\d\d\b)"  # "the 20071:45 Title": a year before a clock time
    r"|(?<=[a-z][’']s)(?=[a-z]{2}|\d)|(?<=[a-z]s[’'])(?=\d)"  # "film’squiet", "Names’1999"
    r"|(?<=[A-Za-z]\.)(?=\((?:1[89]|20)\d\d\b)"  # "Name and Co.(1995)": a year in brackets after a full stop
    r"|(?<=[A-Za-z][a-z]\.)(?=(?:and|or|but|with)(?![a-z]))"  # "Good Luck.and": a title's own full stop, then a word
)
_LISTING_GLUE = re.compile(f"{GLUED_TIME}|{GLUED_RATING}")  # "7 p.m.Title", "★★★Channel": a listing line's parts
_VERSUS = re.compile(r"(?<=[a-z]{2})(vs\.?)(?=[A-Z])")  # "TitlevsOther": "vs" glued to the two titles it sets apart
_DIGIT_WORD = re.compile(r"(?<=\d)([a-z]{2,})(?![a-z])")
_WORD_DIGIT = re.compile(r"(?<![\w])([a-z]{3,}|in|on|of|to|at|by)(?=\d)")  # "writing28 Days", "in28 Days"
_RANK_GLUE = re.compile(r"^\d{1,3}[.)]?(?=[‘’'\"“]?[A-Z])")
_RUN_BEFORE_DIGIT = re.compile(r"[A-Z]?[a-z]{4,}(?=\d)")  # "Titleand45 Days": a closing word glued before a number
_NUMERAL_WORD = re.compile(r"(?<![A-Za-z])(I{2,3}|IV|VI{1,3}|IX|XI{1,3}|XV|XX)([a-z]{2,})(?![a-z])")  # "IVand", "IIis"
_ELIDED_WORD = re.compile(r"(?<=[A-Z][a-z])([a-z]*[’'][a-rt-z])([a-z]{2,})(?![a-z’'])")  # "Surname’o|in" shapes
_CASE_CHANGE = re.compile(r"(?<=[a-z’'])(?=[A-Z])")
# A plain word with at most closing punctuation: no sure rule can split it.
PLAIN_TOKEN = re.compile(r"[A-Za-z]?[a-z]*[,.;:!?)\]”\"’']*$")  # a plain word, at most punctuation after it: never split
_LAST_WORD = re.compile(r"[A-Z][a-z]+$")
_LETTERS = re.compile(r"[^\W\d_]+")  # runs of letters, any script
# Glued words make tokens of a few dozen characters (the gold set's longest is 51, a URL).
# A longer token without a space is a URL, an ID or junk: it is left whole, which also keeps
# the per-token work (quadratic in the token's length) bounded, so any text cleans in linear time.
MAX_TOKEN = 120

# Tunable thresholds (zipf units: log10 occurrences per billion words).
MIN_PIECE = 2.5  # a piece rarer than this is not a known word
DICTIONARY_RUN = 1.0  # a lowercase run at least this common is a real (if rare) word
COMMON_LEFT = 4.0  # "withA", "adjacentI": a lowercase word glued to a lone capital "A"/"I" must be this common
LONG_LEFT, RARE_LEFT = 6, 2.0  # a lowercase word of 6+ letters glued to a capital may be this rare ("upstagedName")
CASE_LEFT_CAPITALISED = 4.0  # "While|Title": a capitalised left piece must be this common
CAMEL_RIGHT = 4.0  # "throughLuckyChap": a capitalised piece rarer than this ends a CamelCase name
CAMEL_LEFT = 5.5  # ...whose first piece is no function word this common ("best.In|Title", "Like|Title")
NUMERAL_GLUE = 6.0  # a word glued after a roman numeral must be a function word this common ("IIis")
NUMERAL_GLUE_LONG = 4.5  # ... or a common word of four letters or more ("IIarrived")
NUMBER_TAIL = 3.0  # a word glued after a number ending ("13thsequels") must be this common


@dataclass(frozen=True)
class Split:
    """Insert one space before token[offset]; `rule` says why."""

    offset: int
    rule: str


class DocVocabulary:
    """Letter runs seen in one article, standing on their own (after the sure splits).

    A run that appears in the article by itself is a known word there, even if no
    dictionary has it (a surname, a foreign title).
    """

    def __init__(self, runs: Counter[str]):
        self._exact = runs
        self._lower: Counter[str] = Counter()
        for run, n in runs.items():
            self._lower[run.lower()] += n

    def count(self, run: str) -> int:
        """How often `run` stands alone in the article (case-insensitive)."""
        return self._lower[run.lower()]


def is_protected(token: str) -> bool:
    """True for URLs, e-mail addresses, file names, handles and tokens over MAX_TOKEN characters,
    which are never split."""
    return len(token) > MAX_TOKEN or bool(_PROTECTED.search(token))


def handle_end(token: str) -> int:
    """A token -> where the forum handle it opens with ends ("u/quietname·" -> 11, "byu/quietname" -> 13), or 0
    when it opens with none."""
    m = _HANDLE.match(token)
    return m.end() if m else 0


def inside_handle(token: str, offset: int) -> bool:
    """Whether a cut at `offset` falls inside the forum handle the token opens with ("u/quiet|name"); the
    cut between a glued "by" and its handle ("by|u/name") and one at the handle's end are not inside."""
    glued = _GLUED_HANDLE.match(token)
    return offset < handle_end(token) and not (glued and offset == glued.end())


def sure_splits(token: str, *, line_start: bool = False, vocab: DocVocabulary | None = None) -> list[Split]:
    """Splits that need no frequency model: punctuation, digits, case changes.

    token: one whitespace-delimited token; line_start: whether it opens its line
    (where "1.Title" is a rank glued to a title); vocab: the article's words, when
    known (a capitalised word the article uses alone may start "WordTitle").
    Returns splits sorted by offset (a new list: callers may extend it).
    """
    if vocab is None:  # a pure function of the token then: most tokens recur, so remember them
        return list(_plain_sure_splits(token, line_start))
    return _sure_splits(token, line_start, vocab)


@lru_cache(maxsize=1 << 16)
def _plain_sure_splits(token: str, line_start: bool) -> tuple[Split, ...]:
    """sure_splits without an article vocabulary, cached (Split is frozen, the tuple immutable)."""
    return tuple(_sure_splits(token, line_start, None))


def _sure_splits(token: str, line_start: bool, vocab: DocVocabulary | None) -> list[Split]:
    """The work of sure_splits (same arguments)."""
    if PLAIN_TOKEN.match(token):
        return []
    if m := _NAME_HANDLE.match(token):  # "Surname@handle": a profile's name glued to its handle (no e-mail: no dot)
        return [Split(m.end(), "punct_space")]
    if is_protected(token):
        return []
    found: dict[int, str] = {}
    for m in _COUNT_RUN.finditer(token):  # "1,284Films212Lists": a profile's counts, each glued to its label
        for n in re.finditer(r"\d[\d,]*", m.group(0)):
            if m.start() + n.start() > 0 and token[m.start() + n.start() - 1].isalpha():
                found.setdefault(m.start() + n.start(), "punct_space")
            found.setdefault(m.start() + n.end(), "punct_space")
    for m in _SENTENCE_PUNCT.finditer(token):
        found.setdefault(m.start(), "punct_space")
    for m in _CLAUSE_PUNCT.finditer(token):
        found.setdefault(m.start(), "punct_space")
    for m in _LISTING_GLUE.finditer(token):
        found.setdefault(m.start(), "punct_space")
    for m in _VERSUS.finditer(token):
        found.setdefault(m.start(1), "punct_space")
        found.setdefault(m.end(1), "punct_space")
    if line_start and (m := _RANK_GLUE.match(token)):
        found.setdefault(m.end(), "rank_glue")
    lists = word_lists()
    for m in _DIGIT_WORD.finditer(token):
        word = m.group(1)
        if word not in lists.number_suffixes and zipf(word) >= 4.0 and (len(word) > 2 or word in lists.short_words):
            found.setdefault(m.start(1), "digit_word")
        elif (head := _number_tail(word, stylised=m.start(1) > 1 and token[m.start(1) - 2].isalpha())):
            found.setdefault(m.start(1) + head, "digit_word")  # "13thsequels", "Sev3nfor"
    for m in _WORD_DIGIT.finditer(token):
        if zipf(m.group(1)) >= 3.0:
            found.setdefault(m.end(1), "digit_word")  # "writing28 Days": a word glued to a number
    for m in _RUN_BEFORE_DIGIT.finditer(token):
        run = m.group(0)
        word = next((w for w in lists.closing_words if run.endswith(w) and len(run) - len(w) >= 3), None)
        if word and zipf(run) < DICTIONARY_RUN and (zipf(run[: -len(word)]) >= MIN_PIECE or run[0].isupper()):
            found.setdefault(m.end() - len(word), "digit_word")  # "Title|and|45 Days": both sides of it
            found.setdefault(m.end(), "digit_word")
    for m in _ELIDED_WORD.finditer(token):
        word = m.group(2)
        if word in lists.short_words and word != "i" or word in lists.closing_words or len(word) >= 4 and zipf(word) >= 4.0:
            found.setdefault(m.start(2), "name_word")  # "Surname’oin": a word glued after a name’s one-letter ending
    for m in _NUMERAL_WORD.finditer(token):
        if zipf(m.group(2)) >= NUMERAL_GLUE or len(m.group(2)) >= 4 and zipf(m.group(2)) >= NUMERAL_GLUE_LONG:
            found.setdefault(m.start(2), "numeral_word")  # "Title IVand", "Title IIarrived": a word after a numeral
    for m in _CASE_CHANGE.finditer(token):
        if modifier_glued(token, m.start()):  # first: the article's vocabulary would count its own split
            found.setdefault(m.start(), "modifier_case")
        elif _case_split_ok(token, m.start(), vocab):
            found.setdefault(m.start(), "case_change")
    for m in _WORD_VERB_NAME.finditer(token):
        if m.end(1) not in found and (cut := _glued_verb(m.group(1))):
            found.setdefault(m.start(1) + cut, "surname_split")  # "Word|strands|Name": a verb glued on both sides
            found.setdefault(m.end(1), "case_change")
    if glued := _GLUED_HANDLE.match(token):
        found[glued.end()] = "punct_space"  # "by|u/name": the word the page glued before the handle
    return [Split(o, r) for o, r in sorted(found.items()) if 0 < o < len(token) and not inside_handle(token, o)]


# a capitalised run no dictionary knows glued to a capitalised word: "HarbourstrandsName", "SurnamedirectsName"
_WORD_VERB_NAME = re.compile(r"(?<![A-Za-z’'])([A-Z][a-z]{6,})(?=[A-Z][a-z])")
GLUED_VERB_STEM = 3.5  # zipf: the "-s" verb glued between a word and a name has a stem this common ("direct")


def _glued_verb(run: str) -> int:
    """"Harbourstrands", "Vanedirects" (glued to a name after them) -> where the "-s" verb starts, or 0.

    The run is unknown as a whole; the left piece is a word or a given name of two letters or more
    ("Lee", "World") and the right piece a verb in "-s" of four letters or more whose stem is common.
    Of several cuts the commonest stem wins."""
    if zipf(run) > 0:
        return 0
    best = (0.0, 0)
    for i in range(2, len(run) - 3):
        left, right = run[:i], run[i:]
        if not right.endswith("s") or right in word_lists().suffix_words:
            continue
        stem = zipf(right[:-1])
        if stem >= GLUED_VERB_STEM and (zipf(left) >= MIN_PIECE or is_given_name(left)) and stem > best[0]:
            best = (stem, i)
    return best[1]


def _number_tail(letters: str, *, stylised: bool) -> int:
    """Letters glued after a digit -> where a common word starts in them, or 0.

    The head before it is a number ending ("13th|sequels", "35mm|film") or, in a
    word stylised with a digit ("Sev3n"), its last one or two letters ("Sev3n|for").
    """
    for cut in range(1, min(4, len(letters) - 3) + 1):  # the word has 3+ letters
        head, word = letters[:cut], letters[cut:]
        if (head in word_lists().number_suffixes or stylised and cut <= 2) and zipf(word) >= NUMBER_TAIL:
            return cut
    return 0


def _case_split_ok(token: str, at: int, vocab: DocVocabulary | None = None) -> bool:
    """Whether a lowercase -> uppercase change at `at` marks two glued words."""
    left_match = None
    for left_match in _LETTERS.finditer(token[:at]):
        pass
    if left_match is None:
        return False
    left, lstart = left_match.group(0), left_match.start()
    numeral = _NUMERAL_WORD.fullmatch(left)
    if numeral:  # "IVand|Title": the word after a sequel's numeral ("Title IV") is the left piece
        left, lstart = numeral.group(2), lstart + numeral.start(2)
    elif lstart > 0 and token[lstart - 1] in "’'" and (elided := _ELIDED_WORD.search(token, 0, at)) \
            and elided.start(2) == lstart + 1:
        numeral, left, lstart = elided, elided.group(2), lstart + 1  # "Surname’oand|Name": the glued "and"
    elif (inner := _LAST_WORD.search(left)) and inner.start() > 0:
        # "LikeHeat|That": the left word is the capitalised part after the previous case change
        left, lstart = inner.group(0), lstart + inner.start()
    right = _LETTERS.match(token, at)
    right_word = right.group(0) if right else ""
    before_left = token[:lstart]
    # "Name’sTitle" / "Names’Title": a possessive directly followed by a capital.
    if token[at - 1] in "’'" and left.endswith("s") or left == "s" and before_left.endswith(("’", "'")):
        return True
    if token[at - 1] in "’'":
        return False  # "O’Neil", "D’Artagnan"
    if lstart > 0 and token[lstart - 1].isalpha() and not (left[0].isupper() and token[lstart - 1].islower()) \
            and not numeral:
        return False
    whole = _LETTERS.match(token, lstart)
    lists = word_lists()
    # "ofThe", "inThe": a function word glued to a capitalised common word; web typos such as
    # "ofthe" are in the frequency list, so the CamelCase test below must not keep them whole
    if right_word in ("A", "O") and at + 1 == len(token) and left in lists.short_words and left != "i" and lstart == 0:
        return True  # "inA", "ofO": a short word glued to the article "A" or the "O" that opens a title ("ofO Title")
    if right_word in ("A", "I") and not token[at + 1 : at + 2].isalnum() and left.islower() \
            and (lstart == 0 or token[lstart - 1] == "-") \
            and zipf(left) >= COMMON_LEFT:
        return True  # "withA Title", "zombie-adjacentI Title": a common word (alone or after a hyphen) glued to a one-letter title word
    if len(left) >= 3 and left[0].isupper() and right_word.lower() in lists.capital_closers and right_word[1:].islower():
        return True  # "NameShould win": a capitalised function word glued after a name or title
    if right_word == "The" and left.lower() in lists.short_words and lstart == 0:
        return True  # "InThe Title": a sentence's first word glued to a title's "The" ("inthe" is web spelling, no name)
    glued_function_word = left in lists.short_words and left != "i" and right_word[1:].islower() and (
        zipf(right_word) >= 5.0 or lstart == 0 and is_given_name(right_word))  # "byRon Name": not the word "Byron"
    # "inJ.C. Name": a short function word glued to an initial ("inj" is in the frequency list, no CamelCase word)
    glued_initial = left in lists.short_words and left != "i" and lstart == 0 and right_word.isupper() \
        and len(right_word) == 1 and token[at + 1 : at + 2] == "."
    if whole and known_camel(whole.group(0)) and (not left.islower() or len(left) <= 2) and not glued_function_word \
            and not glued_initial:
        return False  # a known CamelCase word: "YouTube", "iPhone", "McDonald"
    if whole and not left.islower() and not glued_function_word and _known_camel_head(whole.group(0), at - lstart):
        return False  # "YouTube|channel": a known CamelCase word with a common word glued after it
    if _ACRONYM.fullmatch(right_word) and zipf(right_word) >= GLUED_ACRONYM and len(left) >= 3 and zipf(left) >= MIN_PIECE:
        return True  # "NameTV special": a common acronym glued after a word (a known CamelCase word is kept above)
    # "madeM. Name", "dramaK-19", "forL’Title": a one-letter capital that opens an initial, a
    # hyphenated name or an elided article
    initial = len(right_word) == 1 and token[at + 1 : at + 2] in (".", "-", "’", "'")
    if left.islower():
        if len(right_word) < 2 and not initial:
            return False
        if len(left) <= 2:
            return left in lists.short_words and left != "i"
        return zipf(left) >= 2.5 or _ends_with_glued_word(left) or len(left) >= LONG_LEFT and zipf(left) >= RARE_LEFT
    if left[0].isupper() and left[1:].islower():
        if lstart == 0 and left.lower() in _role_nouns() and right_word[1:].islower():
            return True  # "CinematographerName": a credit's role noun opening a sentence, glued to the name
        if left.lower() in lists.name_prefixes or _camel_name(token, lstart, at) and not _ends_with_glued_word(left) \
                or _double_given_name(left, right_word, vocab):
            return False
        return zipf(left) >= CASE_LEFT_CAPITALISED or _ends_with_glued_word(left) or (
            vocab is not None and vocab.count(left) >= 1 and len(left) >= 3)
    return False


@lru_cache(maxsize=1)
def _role_nouns() -> frozenset[str]:
    """The one-word agent nouns among cues.toml credit_labels ("director", "cinematographer",
    "composer"): a person's role, never the first half of a CamelCase name."""
    return frozenset(w for w in data_file("cues.toml")["credit_labels"] if " " not in w and w.endswith(("er", "or")))


def _camel_name(token: str, lstart: int, at: int) -> bool:
    """"throughLucky|Chap", "aPro|Publica", "Spielberg.Jo|Beth": whether the case change at `at`
    is inside one CamelCase name (a company, a first name) rather than between two words. The
    capitalised left piece (from `lstart`) is itself glued to the word or full stop before it, and
    the right piece is rare: a tag edge on each side of a one-word link is rarely followed at once
    by another one, while a headline's next word ("likeHeat|That", "Every|Scream|Movie") is common.
    A left piece that is a very common word ("best.In|Title") opens a phrase, not a name."""
    if lstart == 0 or not (token[lstart - 1].islower() or token[lstart - 1] in ".!?") \
            or zipf(token[lstart:at]) >= CAMEL_LEFT:
        return False
    right = re.match(r"[A-Z][a-z]+", token[at:])
    if right is None:
        return False
    word = right.group(0)
    if any(zipf(word[:k]) >= CAMEL_RIGHT and zipf(word[k:]) >= CASE_LEFT_CAPITALISED for k in range(3, len(word) - 1)):
        return False  # "Thatdeserve": a common word with the next one glued on
    return zipf(word) < CAMEL_RIGHT


_ACRONYM = re.compile(r"[A-Z]{2,4}")
GLUED_ACRONYM = 4.0  # zipf: an all-capital word glued after a word is split off when this common ("TV", "BBC")
GLUED_TAIL = 4.0  # zipf: the lowercase word glued after such a word is this common ("channel", "article")


def _known_camel_head(run: str, inner: int) -> bool:
    """"YouTubechannel" (case change at 3) -> True: the run opens with a known CamelCase word whose
    inner capital is at `inner`, and the rest is a common lowercase word glued to it."""
    last_capital = max(i for i, ch in enumerate(run) if ch.isupper())
    for k in range(max(inner + 2, last_capital + 2), len(run) - 2):  # the glued word has three letters or more
        head, tail = run[:k], run[k:]
        if tail.islower() and known_camel(head) and zipf(tail) >= GLUED_TAIL:
            return True
    return False


SHORT_NAME = 4  # letters: "Jo", "Lee", "Mary": the parts of a double given name ("JoBeth", "LeeAnn") are this short


def _double_given_name(left: str, right: str, vocab: DocVocabulary | None) -> bool:
    """"JoBeth", "LeeAnn": two short given names run together that the article never uses alone
    (vocab: its runs, this token's pieces included once) are one given name; "RayJamie", where the
    article's film "Ray" stands alone elsewhere, is a title glued to a name."""
    return (vocab is not None and 2 <= len(left) <= SHORT_NAME and 2 <= len(right) <= SHORT_NAME and right[1:].islower()
            and is_given_name(left) and is_given_name(right) and vocab.count(left) <= 1 and vocab.count(right) <= 1)


def _ends_with_glued_word(run: str) -> bool:
    """"Nameand" -> True: a capitalised run that ends in a common word glued to it."""
    if zipf(run) >= 1.5:
        return False
    for i in range(2, len(run) - 1):
        if i == 2 and run[:2].lower() not in word_lists().short_words:
            continue  # "Ofand": a title's last small word ("The Night Of") may take the glued word too
        tail = run[i:]
        if (len(tail) > 2 or tail in word_lists().short_words) and zipf(tail) >= CASE_LEFT_CAPITALISED:
            return True
    return False
