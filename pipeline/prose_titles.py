"""Title candidates in undamaged prose: the cues that show where a title starts and ends when
the text kept every space and no markup was glued to its neighbours.

Input: the clean text of one article. Output: Candidate spans (source "text") found by the
words around them: a definition ("<Title> is a 1990 American comedy film"), a dated apposition
("<Title>, a 1996 comedy"), an apposition to a kind noun ("<Title>, a wistful fantasy", "the
2024 sequel, <Title>,"), an owner ("Name’s <Title>"), a making verb ("directed <Title>",
"starred in <Title>"), a kind noun ("the heist thriller <Title>") or the headline ("Films to
Watch If You Loved <Title>": headline_mentions). Also the year a definition or dated apposition
states (stated_year), for the facts of pipeline.facts; and the helpers a run read backwards
from "(1999)" shares (trim_people, drop_opener).
Cue words live in pipeline/data/cues.toml; nothing here knows a film or a person.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.aliases import OTHER_NAME_AS
from pipeline.caption_titles import is_name
from pipeline.lexicon import is_given_name, is_ly_adverb, surnames, zipf
from pipeline.titles import SMALL, Candidate, cues, is_titlecase, plausible, run_backward, run_forward

_YEAR = r"((?:18|19|20)\d\d)"


@cache
def _KIND() -> str:  # noqa: N802 - a cached constant
    """The kind nouns of a film ("film", "comedy", "western"; cues.toml film_called_heads) as a regex group."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(cues()["film_called_heads"], key=len, reverse=True)) + ")"


@cache
def _DEFINED(scan: bool = False) -> re.Pattern:  # noqa: N802 - a cached constant
    """" is a 1990 American comedy-drama film", ", a lost 1920 silent short", ", also known as <Other>,
    is a 1917 film": a year and a kind noun said of the words right before (at most two words before
    the year, five between it and the noun). scan: for a search through a text, whose matches never start inside a run
    of spaces (the run's start matches first): said in the pattern, a long run of blank lines is read once, not once
    per space."""
    run_start = r"(?<!\s)" if scan else ""
    return re.compile(rf"(?:{run_start}\s+(?:is|was)\s+|,\s+(?:{OTHER_NAME_AS}(?=[A-Z0-9])[^,.;()]{{1,60}},\s+(?:is|was)\s+)?)"
                      rf"(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,2}}?{_YEAR}\s+(?:[\w’'-]+\s+){{0,5}}?{_KIND()}s?\b")




def stated_year(text: str, end: int) -> tuple[int, int] | None:
    """The year a definition or dated apposition right after text[:end] states ("<Title> is a 1990
    American film", "<Title>, a 1996 comedy") -> (year, end of the phrase), else None."""
    m = _DEFINED().match(text, end)
    return (int(m.group(1)), m.end()) if m else None


def defined_film(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] opens a sentence that defines it as a film ("<Title> is a 1916
    American comedy film"): what a definition's subject names is the film, even when its words
    read as a person's name."""
    m = _DEFINED().match(text, end)
    return bool(m) and m.group(0).lstrip().startswith(("is", "was")) \
        and bool(_SENTENCE_START.search(text, max(0, start - 3), start))


@cache
def _VERB() -> re.Pattern:  # noqa: N802 - a cached constant
    """A making or acting verb (cues.toml title_verbs) right before a capitalised word."""
    words = "|".join(re.escape(w) for w in sorted(cues()["title_verbs"], key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\s+(?=[A-Z0-9])")


@cache
def _KIND_BEFORE() -> re.Pattern:  # noqa: N802 - a cached constant
    """"the heist thriller ", "his 2006 comedy ": a determiner, up to three words and a kind noun, then a capital."""
    return re.compile(rf"\b(?:(?i:the|a|an|his|her|their|its|this|that)|[\w-]+(?:’s|'s|s’))\s+(?:[\w’'-]+\s+){{0,3}}?"
                      rf"{_KIND()}\s+(?=[A-Z0-9])")


# "Name’s ", "Studios’ ": capitalised words (name particles allowed) and a possessive, before a capital
_OWNER = re.compile(r"(?<![\w’'.-])((?:[A-Z]\.|[A-Z][\w-]*)(?:\s+(?:(?:de|da|del|di|van|von|der|le|la|bin)\s+)?(?:[A-Z]\.|[A-Z][\w-]*)){0,3}\.?)"
                    r"(?:’s|'s|(?<=[sxz.])[’'])\s+(?=[A-Z0-9])")
_SENTENCE_START = re.compile(r"(?:^|\n|[.!?:]\s+|[“\"(])$")  # the text before a span that opens a sentence
_DATED_TAIL = re.compile(r"\s+(?:[a-z]+\s+)?(?:1[89]|20)\d\d$|\s+[a-z]+\s+\d+$")  # "in 2003", "Day 1991" closing a run
_LEAD_YEAR = re.compile(r"(?:1[89]|20)\d\d\s+(?=\S)")  # "Name’s 1982 <Title>": the year dates the title
_LINK = re.compile(r"\s(?:and|or|&)\s")  # what joins two names or titles in a run
_TAIL_LINK = re.compile(r"\s(?:with|for|in|on|at|by|from)\s")  # "<Title> with Name", "<Title> for FX"
COMMON_OWNER = 4.5  # zipf: an owner word this common, not a name, is a phrase's noun ("New Year’s Eve", "Mother’s Day")
WORDS_PER_CUT = 100  # a text with a repaired cut per this many words shows its markup (undamaged prose: ~1 per 5,000)
COMMON_OWNED = 4.8  # zipf: one word this common after "Name’s" is a phrase's noun, not a film
RARE_TAIL = 3.0  # zipf: one word rarer than this after "with"/"for" is a name ("<Title> with Surname")
FUNCTION_WORD = 6.0  # zipf: a part of "<X> and <Y>" this common ("All") is no title of its own
_PLACE_LABELS = {"GPE", "LOC", "NORP", "FAC", "EVENT", "DATE"}


def prose_candidates(text: str, cuts: list[int] = (), doc=None) -> list[Candidate]:
    """Clean text -> candidates named by the prose cues of this module (see its docstring).
    cuts: sorted offsets of repaired boundaries (damaged text), where a run stops; doc: the
    article's spaCy Doc, when there is one (a place, or a word that modifies the noun after it,
    is no title).

    A text whose repairs show its markup (at least one cut per WORDS_PER_CUT words) keeps only
    the spans the markup opened (a cut right before them) or that open a sentence: there the
    italics mark the titles, and a capitalised run after "Name’s" that none marks is a character.
    """
    cuts = list(cuts)
    out = _definitions(text, cuts, doc) + _appositions(text, cuts)
    for pattern in (_OWNER, _VERB(), _KIND_BEFORE()):
        for m in pattern.finditer(text):
            if pattern is _OWNER and not _person_owner(m.group(1)):
                continue
            for s, e in _forward(text, m.end(), cuts, owned=pattern is _OWNER):
                out.append(Candidate(s, e, text[s:e], "text"))
    once = list({(c.start, c.end): c for c in reversed(out)}.values())[::-1]  # one candidate per span, the first cue's
    return [c for c in _marked_only(text, once, cuts) if not _not_title(doc, c.start, c.end)]


def _marked_only(text: str, cands: list[Candidate], cuts: list[int]) -> list[Candidate]:
    """In a text that shows its markup (a cut per WORDS_PER_CUT words or more), the candidates the
    markup opened (a cut right before) or that open a sentence; elsewhere all of them."""
    if len(cuts) * WORDS_PER_CUT < len(text.split()):
        return cands
    opened = set(cuts)
    return [c for c in cands if c.start - 1 in opened or _SENTENCE_START.search(text, max(0, c.start - 3), c.start)]


def _person_owner(owner: str) -> bool:
    """"It’s", "New Year’s", "Mother’s" own nothing: a contraction or a common noun's possessive
    (its last word common, no census name); "Name’s", "Studio’s" do."""
    last = owner.split()[-1].rstrip(".")
    if last.lower() in cues()["contraction_heads"]:
        return False
    return not (zipf(last) >= COMMON_OWNER and last.lower() not in surnames() and not is_given_name(last))


def _not_title(doc, start: int, end: int) -> bool:
    """Whether the Doc reads text[start:end] as a place, nationality, date or event, or as a word
    that modifies the noun after it ("Name’s FBI agent", "Name’s Danish original")."""
    if doc is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if all(t.ent_type_ in _PLACE_LABELS for t in span):  # every word inside such an entity ("" for none is not in it)
        return True
    after = doc[span.end] if span.end < len(doc) else None
    return after is not None and after.pos_ in ("NOUN", "ADJ") and after.text[:1].islower()


def _definitions(text: str, cuts: list[int], doc=None) -> list[Candidate]:
    """"<Title> is a 1990 ... film" opening a sentence, "<Title>, a 1996 comedy" anywhere: the
    title-case run before the phrase. A sentence's subject keeps its opening word ("When Do We
    Eat? is"), its words before a comma (_comma_opening) and, with a doc, one word no title
    stands for elsewhere ("Creator is a 1985 comedy film": a noun or an "-ly" adverb)."""
    out = []
    for m in _DEFINED(scan=True).finditer(text):
        span = run_backward(text, m.start(), cuts, final_mark=True)
        if span is None:
            continue
        subject = m.group(0).lstrip().startswith(("is", "was"))
        span = trim_people(text, span)
        span = (_comma_opening(text, span[0], doc), span[1]) if subject else drop_opener(text, span)
        if subject and not _SENTENCE_START.search(text, max(0, span[0] - 3), span[0]):
            continue  # "... and Title is a 1990 film": only a sentence's subject is defined
        words = text[span[0] : span[1]].split()
        if plausible(text[span[0] : span[1]]) and not (len(words) == 1 and words[0].lower() in cues()["not_titles"]) \
                or subject and len(words) == 1 and _content_word(doc, span[0]):
            out.append(Candidate(span[0], span[1], text[span[0] : span[1]], "text"))
    return out


OPENING_WORDS = 6  # a definition's subject reaches back this many words before a comma at most
_BEFORE_WORD = re.compile(r"(\S+)\s+$")
_NO_OPENING = ("ADV", "ADP", "SCONJ", "CCONJ", "NUM")  # "Meanwhile, ", "In Rome, ", "Then, ": no title opens so
_ELISION = re.compile(r"[a-z]{1,3}[’']")  # "o’", "th’": a word cut short inside a title ("Rory o’ the Bogs")
_CONTRACTION = re.compile(r"([A-Z][a-z]*)(?:[’']s|[’'](?:re|ve|ll)|n[’']t)")  # "That’s", "You’re": no owner


def _stops_run(word: str) -> bool:
    """Whether `word`, right before where a run read backwards stopped, is what stopped it inside a
    title: a comma, "!" or "?" after it, an elision or a contraction ("That’s", not "Name’s")."""
    contraction = _CONTRACTION.fullmatch(word)
    return word[-1:] in ",!?" or bool(_ELISION.fullmatch(word)) or bool(contraction) and (
        not word.endswith("s") or contraction.group(1).lower() in cues()["contraction_heads"])


def _comma_opening(text: str, start: int, doc) -> int:
    """A definition's subject whose run stopped at a comma ("Rich Man, Poor Man is a 1918 film",
    "Oh, You Women! is"), an elision or a contraction ("That’s My Girl is") -> the sentence's start,
    when no more than OPENING_WORDS title-case words (or elisions) stand between and the doc reads
    the first as no adverb, preposition, conjunction or number and no participle ("Directed by
    Name, "); else `start`. Needs the doc (None: `start`)."""
    before = _BEFORE_WORD.search(text, max(0, start - 40), start)
    if doc is None or _SENTENCE_START.search(text, max(0, start - 3), start) or before is None or not _stops_run(before.group(1)):
        return start
    at = start
    for _ in range(OPENING_WORDS):
        m = _BEFORE_WORD.search(text, max(0, at - 40), at)
        if m is None or not (is_titlecase(m.group(1).rstrip(",!?")) or _ELISION.fullmatch(m.group(1))):
            return start
        at = m.start()
        if _SENTENCE_START.search(text, max(0, at - 3), at):
            first = doc.char_span(at, at + len(m.group(1).rstrip(",!?")), alignment_mode="expand")
            tag = first[0] if first is not None and len(first) else None
            return start if tag is None or tag.pos_ in _NO_OPENING or tag.tag_ in ("VBN", "VBG") else at
    return start


def _content_word(doc, start: int) -> bool:
    """Whether the doc reads the word at `start` as a noun or an "-ly" adverb ("Creator",
    "Suddenly"): a definition's one-word subject that is no pronoun ("It is a 1985 film")."""
    span = doc.char_span(start, start + 1, alignment_mode="expand") if doc is not None else None
    if span is None or not len(span):
        return False
    word = span[0]
    return word.pos_ in ("NOUN", "PROPN") or word.pos_ == "ADV" and is_ly_adverb(word.text)


@cache
def _DESCRIBED() -> re.Pattern:  # noqa: N802 - a cached constant
    """", a semi-autobiographical fantasy", ", Name’s gentle fable", ", directed by", ", starring": an
    apposition or credit that says the words before the comma name a film."""
    return re.compile(rf",\s+(?:(?:(?i:the|a|an|his|her|their|its)|[A-Z][\w-]*(?:’s|'s|s’))\s+(?:[\w’'-]+\s+){{0,4}}?{_KIND()}\b"
                      rf"|(?:directed|co-directed|helmed|written)\s+by\b|starring\b|co-starring\b)")


@cache
def _NAMING() -> re.Pattern:  # noqa: N802 - a cached constant
    """"The 2024 sequel, ", "their second film, ": a determiner, a few words and a kind noun, then
    a comma and a capital: the title in apposition follows."""
    return re.compile(rf"\b(?:(?i:the|a|an|his|her|their|its)|[\w-]+(?:’s|'s|s’))\s+(?:[\w’'-]+\s+){{0,3}}?{_KIND()},\s+(?=[A-Z0-9])")


_CLOSED = re.compile(r"[,.;:!?)]|\s+[—–]|\s*$")  # what may follow a title named in apposition


def _appositions(text: str, cuts: list[int]) -> list[Candidate]:
    """Titles in apposition to a kind noun: "<Title>, a semi-autobiographical fantasy" and
    "<Title>, directed by" inside a sentence (a sentence's opening words and a comma are an
    adverbial more often than a title), "the 2024 sequel, <Title>." anywhere."""
    out = []
    for m in _DESCRIBED().finditer(text):
        span = run_backward(text, m.start(), cuts, final_mark=True)
        span = trim_people(text, span) if span else None
        if span and (year := _LEAD_YEAR.match(text, span[0], span[1])):
            span = (year.end(), span[1])  # "Name’s 1982 <Title>, a slow film"
        if span and not _SENTENCE_START.search(text, max(0, span[0] - 3), span[0]) and _title_like(text[span[0] : span[1]], False):
            out.append(Candidate(span[0], span[1], text[span[0] : span[1]], "text"))
    for m in _NAMING().finditer(text):
        spans = _forward(text, m.end(), cuts, owned=False)
        if len(spans) == 1 and _CLOSED.match(text, spans[0][1]):
            out.append(Candidate(spans[0][0], spans[0][1], text[spans[0][0] : spans[0][1]], "text"))
    return out


def drop_opener(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A run that opens a sentence with a word of cues.toml not_titles ("Like <Title> (2019)",
    "Skip <Title>, the 2023 sequel") starts after that word; mid-sentence the word is the
    title's own ("Name’s Before <Title> (1995)")."""
    s, e = span
    first = re.match(r"(\S+)\s+(?=\S)", text[s:e])
    if first and first.group(1).lower() in cues()["not_titles"] - {"the", "a", "an"} \
            and _SENTENCE_START.search(text, max(0, s - 3), s):
        return s + first.end(), e
    return span


def _forward(text: str, start: int, cuts: list[int], *, owned: bool) -> list[tuple[int, int]]:
    """The title-case run at start (cuts: where it must stop) as title spans: a leading year
    and a trailing date dropped, cut before a joined name, owner or credit ("<Title> and Name
    Surname", "<Title> with Name"), split at "and" before a capital ("<Title> and <Title>").
    None of it when it reads as a person's name or a character's (owned: after "Name’s")."""
    if owned and (year := _LEAD_YEAR.match(text, start)):
        start = year.end()
    span = run_forward(text, start, cuts)
    if span is None:
        return []
    s, e = span
    if dated := _DATED_TAIL.search(text, s, e):
        e = dated.start()
    owner_after = re.match(r"[’'](?:s\b|(?=\s))", text[e : e + 2])
    for link in list(_LINK.finditer(text, s, e)) + list(_TAIL_LINK.finditer(text, s, e)):
        rest = text[link.end() : e]
        one = rest.split()[0] if rest.split() else ""
        if is_name(rest) or owner_after and link.re is _LINK or link.re is _TAIL_LINK and len(rest.split()) == 1 and (
                one.isupper() or zipf(one) < RARE_TAIL):
            e, owner_after = link.start(), None  # "<Title> and Name Surname’s": the second name owns what follows
            break
    if owner_after:
        return []  # "Name’s Other’s": a run of owners, no title
    # "directed <Title> and <Title>", "Name’s <Title> and The <Title>": two works
    if (link := re.search(r"\s(?:and|&)\s(?=(?:The|A|An)\s)" if owned else r"\s(?:and|&)\s(?=[A-Z0-9])", text[s:e])):
        parts = [(s, s + link.start()), (s + link.end(), e)]
        if all(_title_like(text[a:b], owned) and (" " in text[a:b] or zipf(text[a:b]) < FUNCTION_WORD) for a, b in parts):
            return parts
    return [(s, e)] if _title_like(text[s:e], owned) else []


def _title_like(span: str, owned: bool) -> bool:
    """A span that can be a title here: plausible, title-case, not a person's name and, after an
    owner, not a character (a given name alone, or a rank: "Captain Vane")."""
    words = span.split()
    if not plausible(span) or is_name(span) and is_given_name(words[0]) or not all(is_titlecase(w) for w in words):
        return False
    if len(words) == 1 and (is_given_name(words[0]) or owned and zipf(words[0]) >= COMMON_OWNED):
        return False  # "directed Name herself"; "Name’s List", "Name’s Day": a phrase or a title holding the possessive
    if owned and words[0].rstrip(".").lower() in cues()["character_ranks"]:
        return False
    return not re.fullmatch(r"[A-Z][\w’']*-[a-z]+", words[0])  # "Name’s Oscar-winning": a modifier


def headline_mentions(text: str, keys: set[str]) -> list[Candidate]:
    """Title-case spellings in the text of the titles a headline names ("Movies to Watch If You
    Loved <Title>": the key "<title>", pipeline.mentions.headline_titles): the article's own film,
    which its prose often names with no cue at all ("<Title> still hits hard")."""
    out = []
    for key in sorted(keys):
        words = key.split()
        if not words or not plausible(key):
            continue
        pattern = r"(?<![\w’'])" + r"[\s\W]{1,3}".join(re.escape(w).replace("'", "[’']") for w in words) + r"(?![\w’'])"
        for m in re.finditer(pattern, text, re.IGNORECASE):
            if all(is_titlecase(w) for w in m.group(0).split()) and m.group(0)[:1].isupper():
                out.append(Candidate(m.start(), m.end(), m.group(0), "text"))
    return out


def trim_people(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A run read backwards from a cue may open with people: "Given Surname in <Title>",
    "Name and Name in <Title>". The run starts after the last small word (and, in, with, ...)
    that follows a person's name."""
    s, e = span
    best = s
    piece_start = s
    for m in re.finditer(r"\S+", text[s:e]):
        word = m.group(0).rstrip(",")
        if word in SMALL and word.islower():
            left = text[piece_start : s + m.start()].strip().rstrip(",")
            if left and is_name(left):
                best = s + m.end()
            piece_start = s + m.end()
        elif m.group(0).endswith(","):
            piece_start = s + m.end()
    if best == s:
        return span
    while best < e and text[best] == " ":
        best += 1
    return best, e
