"""Word splits of a capitalised run judged by the words around it.

word_split.run_split judges a letter run on its own ("Surnameus" -> "Surname|us"); the
clean stage then asks fit_context, with the characters that follow the run, whether
the glued word it cut off can stand there. The decision of run_split is cached per
run; this check is per occurrence, and cheap. surname_split reads the word before:
right after a given name a repair opened ("with|Given Surnameas"), the run is a
surname, and a common word glued to it is likely. name_verb_split cuts a verb off the
last name of a span a repair opened ("Surnamecasts Name", "with|Given Surnamedrags a").
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicon import is_given_name, word_lists, zipf
from pipeline.repair import MIN_PIECE, Split, DocVocabulary
from pipeline.titles import cues
from pipeline.tv_networks import network_names
from pipeline.word_split import CLOSING_WHOLE, inside_name_ending

FUNCTION_WORD = 6.0  # a capitalised left piece this common is a function word ("The|film’s")
SURNAME_VERB = 4.0  # "Surnamesteals": the verb glued after a surname (without its "-s") is this common
COMMON_LEFT = 4.0  # ... and the surname itself rarer than this ("Black|stock" is a name of its own)
SURNAME_OVER_WORD = 2.0  # "Surnameis Role": a known word run splits when the surname is this much commoner
_LOWER_NEXT = re.compile(r"\s+[a-z]")  # a verb glued to a surname is followed by its object or adverb
_VOWEL_START = re.compile(r"\s*[AEIOUaeiouHh]|\s*\d")  # "an actor", "an honest", "an 18-year-old"
_ROLE_NEXT = re.compile(r"\s+(?:the\s+)?[A-Z][a-z]")  # "Given Surnameas Role", "Surnameas the Role": "as" before a role
_NAME_NEXT = re.compile(r"\s+\(?[A-Z]")  # a capitalised word (a surname) follows: "Givenname Surname"
_PLACE_NEXT = re.compile(r"\s+([A-Z][a-z]+)\b")  # the word after, when a place word ends a name ("Row", "Close")
COMPOUND_LEFT = 5.0  # "Nightbird,": a left piece this common before a short word that ends the run ...
COMPOUND_RIGHT = 5  # ... of at most this many letters makes one coined name, not two words
SHORT_NAME_PIECE = 3  # "Givin Surname": a left piece of at most this many letters ...
SHORT_NAME_END = 4  # ... and a right piece of at most this many make one given name


def fit_context(run: str, splits: list[Split], after: str) -> list[Split]:
    """The word splits of a capitalised run that the text right after it allows.

    run: a letter run that run_split cut; splits: its cuts; after: the text that
    follows the run (the rest of its token, then a few characters of the line).
    Returns `splits`, or [] when the glued word cut off cannot stand before `after`:
    a short word directly followed by punctuation (a name ending: "Surnamea," /
    "Surnameon)", never "Title|a,"), "an" before a consonant ("Givenan Surname"),
    or a plain word carrying a possessive ("Composerpeace’s": a one-word name,
    not "Title|peace’s"); before a capitalised word, a piece that cannot lead a name
    (see _may_lead_name); before a place word (cues.toml `place_heads`: "Name Row"), no content
    word; before punctuation, a short piece after a very common left
    piece (a coined one-word name: "Nightbird,").
    """
    if not splits or not run[0].isupper():
        return splits
    at = splits[-1].offset
    left, right = run[:at], run[at:]
    if len(right) <= 2 and after[:1] and not after[:1].isalnum() and not after[:1].isspace():
        return []
    if right == "an" and not _VOWEL_START.match(after):
        return []
    if after[:2] in ("’s", "'s") and len(right) > 2 and zipf(left) < FUNCTION_WORD:
        return []
    if _NAME_NEXT.match(after) and not _may_lead_name(left, right):
        return []
    if (m := _PLACE_NEXT.match(after)) and m.group(1).lower() in cues()["place_heads"] \
            and len(right) > SHORT_NAME_END and right not in word_lists().name_leads:
        return []  # "Bellmaker Row", "Saltmarket Close": a place's name before its street word, not "Bell|maker"
    if after[:1] in ".,;:!?" and zipf(left) >= COMPOUND_LEFT and len(right) <= COMPOUND_RIGHT \
            and zipf(right) < COMPOUND_LEFT:  # a very common word ("again", "too", "now") still ends a sentence
        return []  # "Sunfish." / "Nightbird, Title": a coined one-word name ending a sentence or list item
    return splits


def _may_lead_name(left: str, right: str) -> bool:
    """Whether `right`, cut off a capitalised run, can stand before the capitalised word that follows.

    "Surname|as Role", "Surname|is Role", "Title|in Place" can; a pronoun-like piece
    ("Marcus" -> "Marc|us Surname"), or a short piece other than a role lead ("as", "is",
    "plays") after a left piece of three letters or fewer ("Robin" -> "Rob|in Surname"),
    is more likely the end of a given name; a cut through one letter written three times
    ("Bamboooon" -> "Bamboo|on") always can.
    """
    lists = word_lists()
    if right in lists.name_leads or left[-2:].lower() == right[:1].lower() * 2:
        return True  # a role lead, or a cut through one letter thrice ("Bamboo|on Name"): no name holds that
    if right in lists.not_before_name:
        return False
    return not (len(left) <= SHORT_NAME_PIECE and len(right) <= SHORT_NAME_END)


def surname_split(run: str, vocab: DocVocabulary, after: str) -> list[Split]:
    """The token after a given name a repair opened: "Surnameas" -> "Surname|as".

    run: the capitalised letter run that follows the given name; after: the text
    after it. A closing word ("and") is cut off any surname, a short word ("as", "in",
    "a") or "the" off a surname the dictionary or the article knows, "as" off any surname
    when a capitalised word (the role) follows ("is" or "as" even off a run that is a word,
    when the surname is far commoner than that word). Never inside a name ending ("-son",
    "-land") nor in a run that is a word or name of its own. A verb glued to the surname
    ("Surnameplays") is name_verb_split's, which the clean stage asks next. Returns [] or one split.
    """
    if len(run) < 4 or not (run[0].isupper() and run[1:].islower()):
        return []
    if zipf(run) >= CLOSING_WHOLE:
        # "Martinis Role": a surname far commoner than the word it makes with "is"/"as"
        head = zipf(run[:-2])  # never a function word: "Willis" is no "Will|is"
        if run.endswith(("is", "as")) and zipf(run) + SURNAME_OVER_WORD <= head < FUNCTION_WORD and _ROLE_NEXT.match(after):
            return [Split(len(run) - 2, "surname_split")]
        return []
    lists = word_lists()
    for i in range(len(run) - 1, 1, -1):  # the shortest right piece first
        left, right = run[:i], run[i:]
        if inside_name_ending(run, right):
            continue
        if right in lists.closing_words and len(left) >= 3:
            return [Split(i, "surname_split")]  # "Surnameand": after any surname
        if (right in lists.short_words and right != "i" or right == "the") \
                and (zipf(left) >= MIN_PIECE - 0.5 or vocab.count(left) >= 1 or right == "as" and _ROLE_NEXT.match(after)):
            return [Split(i, "surname_split")]
    return []


def name_verb_split(run: str, vocab: DocVocabulary, after: str) -> list[Split]:
    """The last name of a span a repair opened, glued to its sentence's verb: "Surnamecasts Name",
    "Surnameturns their", "Surnamewon Best" -> the split before the verb. The one rule for a verb
    glued to an unknown name in context (right after a given name too); word_split's run_split
    only cuts a name off a word long and common enough to judge without context ("Surname|spends").

    run: a capitalised letter run the dictionary does not know (known runs are names or words of
    their own); after: the text after it. The verb is a present tense in "-s" whose stem is common
    (SURNAME_VERB), or an irregular past of cues.toml name_past_verbs (or its "re-" form); the name before it has three
    letters or more, is rarer than COMMON_LEFT and never ends inside a name ending ("-son"). Before a
    capitalised word (the verb's object may be a name) an "-s" verb needs a name the dictionary or the
    article knows ("Varski’s" elsewhere), since an unknown one may end in "-s" itself. Of several "-s"
    verbs the one with the commonest stem wins; of several pasts the longest. Returns [] or one split.
    """
    if len(run) < 6 or not (run[0].isupper() and run[1:].islower()) or zipf(run) > 0:
        return []
    lists = word_lists()
    past = cues()["name_past_verbs"]
    verbs = []  # (how common the "-s" verb's stem is, cut)
    for i in range(3, len(run) - 2):  # the longest verb first: "Surname|rewrote", not "Surnamere|wrote"
        left, right = run[:i], run[i:]
        if zipf(left) >= COMMON_LEFT or inside_name_ending(run, right):
            continue
        if right in past or right.startswith("re") and right[2:] in past and zipf(right) >= MIN_PIECE:
            return [Split(i, "surname_split")]
        if len(right) >= 4 and right.endswith("s") and right not in lists.suffix_words and zipf(right[:-1]) >= SURNAME_VERB \
                and (_LOWER_NEXT.match(after) or zipf(left) >= MIN_PIECE or vocab.count(left) >= 1):
            verbs.append((zipf(right[:-1]), i))
    # the commonest "-s" verb: "Surname|directs", not "Surn|indirects"; "Surname|drags", not "Surnamed|rags"
    return [Split(max(verbs)[1], "surname_split")] if verbs else []


SYLLABLE = 3  # the lowercase part of a hyphenated given name ("Min-ho", "Jae-in") has at most this many letters
SYLLABLE_WORD = 4.0  # ... and the word glued after it is at least this common


def name_syllable_split(run: str) -> list[Split]:
    """The lowercase run after a hyphenated given name's capital: "hoplays" (in "Min-hoplays").

    run: the letters after "Capital-". The run is the name's short last syllable and a
    common word glued to it: cut after the shortest syllable that leaves a common word of
    3+ letters ("ho|plays", not the unigram model's "hop|lays"). Returns [] or one split;
    a run that is a word of its own ("Self-made") is never cut.
    """
    if not run.islower() or zipf(run) >= 1.0:
        return []
    for i in range(1, min(SYLLABLE, len(run) - 3) + 1):
        if zipf(run[i:]) >= SYLLABLE_WORD:
            return [Split(i, "word_split")]
    return []


BRAND_LEFT = 4.0, 5.5  # "SteelWatch", "StudioCanal": the left word is this common (a plain noun, no "Like"/"After")
# a lowercase word or a comma glued before ("atPaperLantern", "Name,PaperLantern": a link opens on the brand),
# two capitalised words, then at most closing punctuation or an opening bracket ("SilverHarbour(grade: B)")
_BRAND = re.compile(r"([a-z]{2,}|\S*[a-z],)?([A-Z][a-z]+)([A-Z][^\W\d_A-Z]+)(?:[’']s)?(?:[.,;]?|\(.*)")
_MID_SENTENCE = re.compile(r"(?<!\S)(?:[a-z]{2,}|[A-Z][a-z]+:) $")  # "the fan site ", "Photo: ": a lowercase word or a label


def brand_name(token: str, before: str) -> int | None:
    """Where the inner capital of a CamelCase brand is in a token ("a fan site SteelWatch.",
    "Photo: StudioCanal", "wrote for atPaperLantern(grade: B)"), or None when the token holds none.

    token: the whole token; before: the line's text before it. A brand is exactly two capitalised
    words, at most a possessive, a comma, full stop or a bracket's text after them, standing mid-sentence after a
    lowercase word (or glued to one or to a comma: a link opened on the brand), whose left word is a common noun
    rather than a word that opens a title phrase ("LikeTitle", "AfterTitle") or a given name: the case
    change then is part of the name (a company, a site, a brand), not two glued words.
    """
    m = _BRAND.fullmatch(token)
    if not m or not (m.group(1) or _MID_SENTENCE.search(before)):
        return None
    left = m.group(2)
    if not BRAND_LEFT[0] <= zipf(left) < BRAND_LEFT[1] or is_given_name(left):  # "actor TomSurname" is a glued name
        return None
    if m.group(1) and zipf(m.group(3)) >= BRAND_LEFT[1]:
        return None  # "likeHeatThat": glued after a word, a title then a headline's next word
    return m.start(2) + len(left)


_FINAL_CAMEL = re.compile(r"[A-Z][a-z]+([A-Z][a-z]+)$")  # the token ends in two capitalised words run together


def company_camel(token: str, after: str) -> int | None:
    """"throughNameCo" before " Entertainment" -> the offset of "Co": a token ending in a CamelCase word
    right before a company's last word (cues.toml camel_company_words) ends in that company's name, whose
    case change is its own, not glue; None otherwise. after: the text right after the token."""
    m = _FINAL_CAMEL.search(token)
    nxt = re.match(r" ([A-Z][a-z]+)\b", after)
    if m and nxt and nxt.group(1).lower() in _company_words():
        return m.start(1)
    return None


def _company_words() -> frozenset[str]:
    """The last words of company names (data/cues.toml camel_company_words): "Entertainment", "Pictures"."""
    return cues()["camel_company_words"]


_ONE_RUN = re.compile(r"[A-Z][a-z]+[.,;:]?")
CONTENT_LEN, CONTENT_WORD = 4, 5.0  # a plain word before a coined name: this many letters, rarer than this (no "with")


def coined_name(token: str, before: str, right: str) -> bool:
    """Whether a word split of a one-word capitalised token would cut a coined name
    ("a synth score by Composerpeace and", "the tracking firm Ticketcount.").

    token: the whole token; before: the line's text before it; right: the piece the split
    cuts off. True when the token is one capitalised run (at most a closing mark after it),
    the (up to) three words before it are plain lowercase words, so no glued edge or title
    run leads into it (or the one word right before is a plain noun or adjective: "the duckling
    Name"), and the piece cut off is a plain word: not a function word or closing
    word, nor a verb or plural in "-s"/"-ed" ("Titleis", "Titleplays" stay cut), nor a word
    the cue lists read after names ("Titlemovie").
    """
    if not _ONE_RUN.fullmatch(token):
        return False
    words = before.split()[-3:]
    lists = word_lists()
    plain = [w.isalpha() and w.islower() for w in words]
    if not words or not (all(plain) or plain[-1] and _content_word(words[-1], lists)):
        return False
    glued_word = right in lists.closing_words or right in lists.short_words or right in lists.name_leads \
        or right == "the" or right.endswith(("s", "ed")) or right in _words_after_names()
    return not glued_word


def _content_word(word: str, lists) -> bool:
    """"duckling", "otter": a plain noun or adjective, no function word (short, closing, a name's lead or very
    common); right before a one-word capitalised token it makes the token a name in apposition
    ("and Name Surnamethe duckling Featherbill": whatever is glued further back)."""
    return len(word) >= CONTENT_LEN and word not in lists.closing_words and word not in lists.name_leads \
        and zipf(word) < CONTENT_WORD


@lru_cache(maxsize=1)
def _words_after_names() -> frozenset[str]:
    """Words that the cue lists (data/cues.toml) read right after a name or title ("movie",
    "trilogy", "newsletter", "plays"): glued to a name, they are still a word of their own."""
    keys = ("franchise_after", "single_film_after", "other_work_after", "film_nouns", "person_after")
    return frozenset(w for k in keys for w in cues()[k])


NETWORK_LEFT = 3.0  # zipf: "Embers|on FX": the word left of a glued "on" is at least this common ...
NETWORK_WHOLE = 2.0  # ... and the whole run rarer than this (a surname: "Dickson", "Jameson")


def network_split(run: str, after: str) -> list[Split]:
    """"Emberson FX" -> "Embers|on FX": a capitalised run that ends in "on" right before a television
    network's name (cues.toml tv_networks) is a title glued to "on", when the rest is a word the
    dictionary knows (NETWORK_LEFT) and the whole run one it hardly knows (NETWORK_WHOLE: not a surname
    such as "Dickson"). after: the text after the run. Returns [] or one split."""
    left = run[:-2]
    if not run.endswith("on") or len(left) < 3 or zipf(left) < NETWORK_LEFT or zipf(run) >= NETWORK_WHOLE:
        return []
    return [Split(len(left), "word_split")] if _network_next().match(after) else []  # a word split, read in context


@lru_cache(maxsize=1)
def _network_next() -> re.Pattern:
    """A network's name (cues.toml tv_networks, as written: "FX", "HBO", "BBC One") opening `after`."""
    return re.compile(rf"\s(?=[A-Z])(?i:{network_names()})(?![\w+])")
