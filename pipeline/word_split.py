"""Where one letter run splits into known words: the frequency model of the repair.

Input: one letter run of a token ("Titleis", "sucha", "Catbusand") and the article's
DocVocabulary (pipeline.repair). Output: the Split points (rule "word_split" or
"span_close"), or [] when the run stays whole. A lowercase run splits in two or three known
words when the unigram model (wordfreq) scores them clearly above the whole run; a
capitalised run (a name or title) splits before a common lowercase word glued to it; a span
a repaired boundary opened may lose a closing word glued to its last name. Pure functions;
the sure splits (punctuation, digits, case changes) are in pipeline.repair.
"""

from __future__ import annotations

import re

from pipeline.glue_cues import before_infinitive, word_then_closing
from pipeline.lexicon import word_lists, zipf
from pipeline.repair import DICTIONARY_RUN, MIN_PIECE, DocVocabulary, Split
from pipeline.titles import cues

# Tunable thresholds (zipf units: log10 occurrences per billion words).
ATTESTED_BONUS = 1.0  # a capitalised left piece the article also uses on its own
LONG_PIECE = 1.5  # a piece of 7+ letters needs only this (else MIN_PIECE): chance matches are rare
DOC_PIECE = 4.0  # a piece seen on its own elsewhere in the article counts at least this
UNKNOWN_RUN = -2.5  # score of an unknown letter run of up to 8 letters ...
UNKNOWN_PER_LETTER = 0.3  # ... which falls with every further letter: long unknown runs are rarely words
NAME_FLOOR = 2.0  # score of an unknown capitalised piece (a name) before a long common word
MARGIN = 0.5  # how much better a split must score than leaving a lowercase run whole
KNOWN_WORD = 4.0  # a lowercase run at least this common is never split
PLURAL_RUN, KNOWN_SINGULAR = 7, 1.5  # a run of 7+ letters in "-s" whose singular is this common is a plural word
CAPITALISED_MARGIN = 0.5  # the same for a capitalised run (a title or name glued to a word)
RIGHT_AFTER_NAME = 3.0  # a word glued after a capitalised run must be at least this common
SHORT_AFTER_NAME = 5.0  # a glued word of 1-3 letters after a capitalised run must be this common
REPEATED_LEFT = 3.5  # a run the article repeats splits only before a left piece this common (or seen alone)
LONG_RIGHT, LONG_RIGHT_ZIPF, WORD_LEFT = 8, 2.0, 3.5  # a long glued word after a common word: "Thrones|showrunners"
NAME_ALONE = 3.0  # a left piece rarer than this that the article uses alone may lose a glued word in a name ending


def run_split(run: str, vocab: DocVocabulary) -> list[Split]:
    """Where one letter run (no case change inside it but at its start) splits in two, if anywhere.

    run: letters only, e.g. "Titleis", "sucha", "camerawork". Returns the split or
    []. A run that is a known word stays whole unless two very common words
    explain it far better ("isa" -> "is a").
    """
    if len(run) < 3:
        return []
    if run[0].isupper():
        return _capitalised_split(run, vocab)
    if not run.islower():
        return []
    return _lowercase_split(run, vocab)


def _lowercase_split(run: str, vocab: DocVocabulary) -> list[Split]:
    """"sucha" -> "such|a", "toosimilarto" -> "too|similar|to": known pieces, unknown run.

    Up to three pieces; each extra piece costs one more factor of the unigram
    model, so two pieces win unless the run needs three.
    """
    if vocab.count(run) >= 2 or zipf(run) >= KNOWN_WORD:
        return []  # a common word, or a rare one the article uses more than once
    if len(run) >= PLURAL_RUN and run.endswith("s") and zipf(run[:-1]) >= KNOWN_SINGULAR:
        return []  # "swordfights": the plural of a word the dictionary knows, missing from it itself
    lists = word_lists()
    known = zipf(run) >= DICTIONARY_RUN

    def piece(left: str, right: str) -> float | None:
        if left in lists.prefix_words or right in lists.suffix_words:
            return None
        if known and (left in lists.compound_heads or right in lists.compound_tails):
            return None  # a derived word or compound: "aground", "befriends", "stickup"
        return _piece(right, vocab)

    best: tuple[float, tuple[int, ...]] | None = None
    n = len(run)
    for i in range(1, n):
        zl = _piece(run[:i], vocab)
        if zl is None:
            continue
        zr = piece(run[:i], run[i:])
        if zr is not None:
            best = max(best or (zl + zr - 9.0, (i,)), (zl + zr - 9.0, (i,)))
        for j in range(i + 1, n):
            zm, zr = piece(run[:i], run[i:j]), piece(run[i:j], run[j:])
            if zm is not None and zr is not None:
                cand = (zl + zm + zr - 18.0 - MARGIN, (i, j))
                best = max(best or cand, cand)
    return _accept(run, best, MARGIN)


def _capitalised_split(run: str, vocab: DocVocabulary) -> list[Split]:
    """"Titleis" -> "Title|is": a name or title glued to a common lowercase word after it.

    The left piece may be unknown to the dictionary (a name) only when the right
    piece is a long, common word; names are never cut before a name-forming ending.
    """
    if zipf(run) >= 1.5:
        return []  # a dictionary entry, names included, stays whole when capitalised
    if run.endswith("s") and len(run) >= 5 and vocab.count(run[:-1]) >= 1:
        return []  # "the Surnames": the plural of a name the article uses alone (a family, siblings)
    lists = word_lists()
    best = longest = opener = None
    floored: set[int] = set()  # cuts whose left piece scored as an unknown name
    # "Surname|spends": an unknown name before a word of 4+ letters; a glued verb the model cannot
    # judge alone is split_context.name_verb_split's, which reads the text after the run
    rare_name_cuts: list[int] = []
    for i in range(2, len(run)):
        left, right = run[:i], run[i:]
        if not right.islower():
            continue
        if i == 2 and not (left.lower() in lists.short_words and len(right) >= 3
                           and (zipf(right) >= SHORT_AFTER_NAME - 0.5 or right in cues()["franchise_after"])):
            continue  # "Meends" -> "Me|ends", "Mefranchise" -> "Me|franchise" (a title ending in a short word), never "Al|an"
        if right in lists.name_suffixes and not _name_alone(left, run, vocab) or right in lists.suffix_words and len(right) < 4:
            continue
        if vocab.count(run) >= 2 and vocab.count(left) == 0 and zipf(left) < REPEATED_LEFT:
            continue  # a rare name the article repeats ("Surnameat" twice, "Surname" never alone)
        zr = _piece(right, vocab)
        zl = _piece(left, vocab)
        attested = vocab.count(left) >= 1 and len(right) >= 5 and zipf(right) >= LONG_PIECE
        # "Thrones|showrunners": a common word, then a long rarer one (a title's last word and a noun)
        two_words = len(right) >= LONG_RIGHT and zipf(left) >= WORD_LEFT and zr is not None and zr >= LONG_RIGHT_ZIPF
        if zr is None or zr < RIGHT_AFTER_NAME and not (attested or two_words or len(right) >= 7 and zr >= MIN_PIECE):
            continue
        if len(right) <= 3 and zr < SHORT_AFTER_NAME:
            continue  # "Flyora" is a name, not "Fly ora": short glued words are function words
        if zl is None and len(right) >= 4 and run[i - 1] != run[i]:  # never inside a doubled letter ("Prel|lends")
            rare_name_cuts.append(i)  # the right piece passed as a word above
        if zl is None:
            if len(right) >= 4 and zr >= 4.0:
                zl = max(zipf(left), NAME_FLOOR)  # an unknown name before a long common word
                floored.add(i)
            elif zipf(left) > 0 and len(left) >= 5:
                zl = zipf(left)  # a rare but real word before a short one ("Housemaid|a")
            else:
                continue
        score = zl + zr - 9.0 + (ATTESTED_BONUS if attested else 0.0)
        if left.lower() in lists.open_words:
            opener = max(opener or (score, (i,)), (score, (i,)))
            continue
        longest = longest or (score, (i,))
        best = max(best or (score, (i,)), (score, (i,)))
    if best is not None and best[1][0] in floored:
        # An unknown name is cut as short as the words allow: "Surname|opposite", not
        # "Surnameoppo|site" (any longer right piece ends with the best one's), also before a
        # word too rare to be cut on its own ("Surname|spends", not "Surnamesp|ends");
        # whether to cut at all is the best cut's call
        shortest = min([longest[1][0], *rare_name_cuts])
        best = (best[0], (shortest,))
    # "Thefilm": with no other cut, the run may open with a function word
    return _accept(run, best or opener, CAPITALISED_MARGIN)


def _name_alone(left: str, run: str, vocab: DocVocabulary) -> bool:
    """Whether a name ending ("-win", "-son") may still be cut off `run` as a word: `left` is a
    rare CamelCase surname ("McName", "DeName": its prefix already makes it a family name, which
    takes no second ending) that the article uses on its own, and `run` stands there only this once
    ("McSurnamewin Best" beside "McSurname says"; never "Bald|win", nor "Given|son" beside "Given")."""
    return any(ch.isupper() for ch in left[1:]) and vocab.count(left) >= 1 and vocab.count(run) <= 1 \
        and zipf(left) < NAME_ALONE


def _accept(run: str, best: tuple[float, tuple[int, ...]] | None, margin: float) -> list[Split]:
    """Keep the best split only if it beats leaving the run whole by `margin`."""
    whole = zipf(run)
    whole_score = whole if whole > 0 else UNKNOWN_RUN - UNKNOWN_PER_LETTER * max(0, len(run) - 8)
    if best is None or best[0] < whole_score + margin:
        return []
    return [Split(at, "word_split") for at in best[1]]


def _piece(piece: str, vocab: DocVocabulary) -> float | None:
    """Score of a candidate piece, or None when it is not a word."""
    low = piece.lower()
    if len(piece) <= 2:
        lists = word_lists()
        return zipf(low) if low in lists.short_words and low != "i" else None
    z = zipf(low)
    if vocab.count(piece) >= 1:
        z = max(z, DOC_PIECE)
    return z if z >= (LONG_PIECE if len(piece) >= 7 else MIN_PIECE) else None


def inside_name_ending(run: str, right: str) -> bool:
    """Whether cutting `right` off the end of `run` falls inside a name ending (words.toml
    name_suffixes): "Garl|and", "Brands|on" -> True; "Brand|son", "Surname|plays" -> False."""
    return any(run.endswith(end) and len(end) > len(right) for end in word_lists().name_suffixes)


CLOSING_WHOLE = 2.0  # a capitalised run at least this common is a word or name of its own
WORD_BEFORE_BY = 3.0  # "Titleby Name": the title's last word is a word at least this common (not "Kingsby", a name)
_AUTHOR_NEXT = re.compile(r" (?:[A-Z]\. ?)*[A-Z][a-z]")  # "by Name", "by J. M. Name": an author's name follows


def closing_split(run: str, vocab: DocVocabulary, after: str = "") -> list[Split]:
    """The end of a span a repaired boundary opened: "Catbusand" -> "Catbus|and".

    Only for a capitalised run that stands inside a span which began at a repaired
    boundary (the caller knows): there a link or an italic title must end somewhere,
    so a common word glued to the span's last name is likely. Right piece: a closing
    word after any name ("Catbus|and"), or a short word after a name the article also
    uses alone ("Pitt|as"), "by" after a common word before a name ("novel|Nevadaby Name": a work
    and its author); never inside a name ending ("Garl|and"). after: the text right
    after the run; a rare dictionary word is only cut before a space and a lowercase word.
    """
    if len(run) < 4 or not (run[0].isupper() and run[1:].islower()):
        return []
    if zipf(run) >= CLOSING_WHOLE:
        at = word_then_closing(run, after)  # "Wordis| built": a rare word a common word and "is" explain
        return [Split(at, "span_close")] if at else []
    lists = word_lists()
    for i in range(len(run) - 1, 2, -1):  # the shortest right piece first: "Martin|is", never "Mart|inis"
        left, right = run[:i], run[i:]
        if inside_name_ending(run, right):
            continue
        if right in lists.closing_words:
            ok = True
        elif len(right) <= 2:
            ok = right in lists.short_words and right != "i" and (
                vocab.count(left) >= 1 or right == "to" and before_infinitive(run, left, after)
                or right == "by" and zipf(left) >= WORD_BEFORE_BY and _AUTHOR_NEXT.match(after) is not None)
        else:
            ok = False  # a longer word: too often the second half of a name or compound ("Sky|fall")
        if ok:
            return [Split(i, "span_close")]
    return []
