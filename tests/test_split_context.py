"""Word splits judged by their neighbours: fit_context (the text after), surname_split
(a given name before) and name_verb_split (a verb glued to a name in a repaired span)."""

from collections import Counter

import pytest

from pipeline.clean import clean
from pipeline.record import Article
from pipeline.repair import DocVocabulary, Split
from pipeline.split_context import fit_context, name_syllable_split, name_verb_split, network_split, surname_split


def repaired(text: str) -> str:
    return clean(Article("t", "t", "txt", text)).clean


@pytest.mark.parametrize(
    "run, after, kept",
    [
        ("Grimmus", ", who", False),  # a short word before punctuation is a name ending
        ("Grimmus", " and", True),
        ("Yayan", " Ruhiel", False),  # "an" before a consonant
        ("Montandan", " old", True),
        ("Thunderpeace", "’s studio", False),  # a plain word with a possessive
    ],
)
def test_fit_context_keeps_only_splits_the_next_words_allow(run, after, kept):
    splits = [Split(len(run) - 2 if run.endswith(("us", "an")) else 7, "word_split")]
    assert (fit_context(run, splits, after) == splits) is kept


@pytest.mark.parametrize(
    "run, after, expected",
    [
        ("Vaneas", " the", "Vane|as"),  # a short word after a surname the dictionary knows
        ("Varskidrags", " a boat", "Varskidrags"),  # a glued verb is name_verb_split's (below)
        ("Brandson", " the", "Brandson"),  # never inside a name ending ("-son")
        ("Quellinicas", " Dana", "Quellinic|as"),  # "as" before a role's name, after any surname
        ("Quellinicas", " the", "Quellinicas"),  # ... but not before a lowercase word
        ("Martinis", " Dana", "Martin|is"),  # a word, but the surname is far commoner
        ("Martinis", " and", "Martinis"),
        ("Willis", " Dana", "Willis"),  # never a function word ("Will") as the surname
    ],
)
def test_surname_split_cuts_a_common_word_off_a_surname(run, after, expected):
    found = surname_split(run, DocVocabulary(Counter()), after)
    assert (run[: found[0].offset] + "|" + run[found[0].offset :] if found else run) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("The film starsTom Vaneas the lead, and more.", "The film stars Tom Vane as the lead, and more."),
        ("It is withTom Varskidrags a boat up a hill.", "It is with Tom Varski drags a boat up a hill."),
        ("The cast Tom Vaneas.", "The cast Tom Vaneas."),  # no repaired given name before it
        # an unknown surname: "as" goes before a role, with "the" or without, not before a plain word
        ("It pairs Ana Ruiz withTom Varkelias the Creature.", "It pairs Ana Ruiz with Tom Varkeli as the Creature."),
        ("It pairs Ana Ruiz withTom Varkelias Victor.", "It pairs Ana Ruiz with Tom Varkeli as Victor."),
        ("It pairs Ana Ruiz withTom Varkelias well.", "It pairs Ana Ruiz with Tom Varkelias well."),
        # a verb is cut off an unknown surname only: a run the dictionary knows stays whole (not "Powerp|lays")
        ("It is withTom Powerplays his best.", "It is with Tom Powerplays his best."),
    ],
)
def test_clean_splits_a_surname_after_a_repaired_given_name(raw, expected):
    assert repaired(raw) == expected


def test_clean_splits_a_closing_word_off_an_accented_surname():
    assert repaired("A film withAlma PöystiandTom Vane in it.") == "A film with Alma Pöysti and Tom Vane in it."


@pytest.mark.parametrize(
    "raw, expected",
    [
        # a short left piece and a short right piece before a surname: one given name
        ("The cast includes Jaxin Tavaloo and others.", "Jaxin Tavaloo"),
        ("It stars Pepall Quorimo in the lead.", "Pepall Quorimo"),
        ("It stars Kevin Drossel and Lenall Fenwarr together.", "Lenall Fenwarr"),
        ("the tyrant Robinus (Brindle) rides out", "Robinus (Brindle)"),
        # the pieces that do lead a name still cut: "Surname|as Role", "Surname|plays Role"
        ("It starsEmma Hawkeas Kira, a pilot.", "Hawke as Kira"),
        ("withLo Quennplays Mara in it.", "Quenn plays Mara"),
    ],
)
def test_clean_keeps_a_given_name_whole_before_a_surname(raw, expected):
    assert expected in repaired(raw)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("The data come from research firm Lightwise. It says so.", "firm Lightwise."),
        ("Also new: Ghost Town,Firebitch,Red River.", "Firebitch,"),
        ("It was directed withJosh Wastide. Each chapter runs long.", "Josh Wastide."),
        ("We watchedHome Aloneagain. It was fun.", "Alone again."),  # a very common word still ends a sentence
    ],
)
def test_clean_keeps_a_coined_name_whole_before_punctuation(raw, expected):
    assert expected in repaired(raw)


@pytest.mark.parametrize(
    "raw, expected",
    [
        # a plain noun right before a one-word capitalised token: a name in apposition, whatever is glued before
        ("Ivo Brack voices Pip, andMara Quellthe duckling Featherbill. It is sweet.", "the duckling Featherbill."),
        ("AndMara Quellthe young otter Brightcap swims.", "otter Brightcap swims"),
        # a function word before it: the cut stands ("with|Title|bill" may be a glued title's end)
        ("AndMara Quellwent with Dunebill to see it.", "Dune bill"),
    ],
)
def test_clean_keeps_a_coined_name_whole_after_a_plain_noun(raw, expected):
    assert expected in repaired(raw)


@pytest.mark.parametrize(
    "run, left, after, kept",
    [
        ("Lightwise", 5, ". It", False),  # a very common left piece, a short right piece, a full stop
        ("Dantewise", 5, ". It", True),  # a rarer left piece: "Dante|wise" stays as the model said
        ("Bopall", 3, " Fenwick", False),  # "all" leads no name
        ("Bopall", 3, " the", True),
        ("Vipin", 3, " Quarry", False),  # three letters + "in" before a surname: one given name
        ("Renhamin", 6, " Quarry", True),  # a longer left piece may be a title before a place
        ("Zooon", 3, " Broadway", True),  # a letter thrice at the cut: no name, "Zoo|on Broadway"
        ("Zooin", 3, " Quarry", False),  # a double letter only: "Zoo|in" may be one name
    ],
)
def test_fit_context_name_and_compound_cues(run, left, after, kept):
    splits = [Split(left, "word_split")]
    assert (fit_context(run, splits, after) == splits) is kept


@pytest.mark.parametrize(
    "run, expected",
    [
        ("hoplays", "ho|plays"),  # the name's syllable, then a common word (not "hop|lays")
        ("heeand", "hee|and"),
        ("made", "made"),  # a word of its own ("Self-made") is never cut
        ("Webband", "Webband"),  # a capitalised run is the next name, not a syllable
    ],
)
def test_name_syllable_split_cuts_after_a_hyphenated_names_syllable(run, expected):
    found = name_syllable_split(run)
    assert (run[: found[0].offset] + "|" + run[found[0].offset :] if found else run) == expected


def test_clean_cuts_a_verb_off_a_hyphenated_given_name():
    assert "Ji-ho plays the lead" in repaired("It stars Park Ji-hoplays the lead.")


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("He runs the review site PaperLantern. It is small.", "site PaperLantern."),
        ("A still from the film. Photo: SilverHarbour\n\nMore text follows here in the body.", "SilverHarbour"),
        ("Fans of TomRiddle know it.", "Tom Riddle"),  # a given name: a glued name, not a brand
        ("It was shot inParasite. LikeParasite, it bites.", "Like Parasite,"),  # a title opener after a full stop
    ],
)
def test_clean_keeps_a_camelcase_brand_whole_mid_sentence(raw, expected):
    article = clean(Article("t", "t", "txt", raw))
    assert expected in article.clean + "\n" + "\n".join(c.text for c in article.captions)


@pytest.mark.parametrize(
    "run, seen, after, expected",
    [
        ("Varskiturns", 0, " their", "Varski|turns"),  # an "-s" verb before its lowercase object
        ("Varskicasts", 0, "Dana Ruiz", "Varskicasts"),  # ... before a name only when the surname is known
        ("Varskicasts", 1, "Dana Ruiz", "Varski|casts"),  # the article uses "Varski" alone
        ("Quelnwon", 0, " Best Director", "Queln|won"),  # an irregular past, any next word
        ("Quelnrewrote", 0, " his", "Queln|rewrote"),  # the longest verb: not "Quelnre|wrote"
        ("Varskidrags", 0, " a boat", "Varski|drags"),  # the longest verb that fits: not "Varskid|rags"
        ("Varskidrags", 0, ".", "Varskidrags"),  # an unknown name: only before a lowercase word
        ("Quelindirects", 0, " the", "Quelin|directs"),  # the commonest verb, not the longest ("Quel|indirects")
        ("Tomorrows", 0, " the", "Tomorrows"),  # a run the dictionary knows stays whole
        ("Brollants", 0, " and", "Brollants"),  # "ants" is no common verb
    ],
)
def test_name_verb_split_cuts_the_verb_off_an_unknown_surname(run, seen, after, expected):
    vocab = DocVocabulary(Counter({"Varski": seen}) if seen else Counter())
    found = name_verb_split(run, vocab, after)
    assert (run[: found[0].offset] + "|" + run[found[0].offset :] if found else run) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("It ends well.Tom VarskicastsDana Ruiz as the lead. Varski’s best.",
         "It ends well. Tom Varski casts Dana Ruiz as the lead. Varski’s best."),
        ("It ends well.Tom Quil Varskiturns the tide.", "It ends well. Tom Quil Varski turns the tide."),
        ("She waits (Dana Ruiz).Tom Quil Quelnwon Best Director.", "She waits (Dana Ruiz). Tom Quil Queln won Best Director."),
        ("It is in this poll.Tomas Vellnerwon Best Director.", "It is in this poll. Tomas Vellner won Best Director."),  # a "V" no numeral
        ("It ends well. Tom Varskicasts Dana.", "It ends well. Tom Varskicasts Dana."),  # no repaired boundary opened it
    ],
)
def test_clean_cuts_a_verb_off_a_surname_in_a_repaired_span(raw, expected):
    assert repaired(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("She co-starred inThe Richeson FX and then left.", "The Riches on FX"),  # a title glued to "on" before a network
    ("Later she starred inGlass Harbouron HBO for a year.", "Glass Harbour on HBO"),
    ("She co-starred withTom Richeson and then left.", "Tom Richeson and"),  # no network after: a surname
])
def test_clean_cuts_on_off_a_title_before_a_network(raw, expected):
    assert expected in repaired(raw)


@pytest.mark.parametrize("run, after, cut", [("Richeson", " FX and", 6), ("Richeson", " Fox", None), ("Dickson", " FX", None)])
def test_network_split_needs_a_network_and_a_known_word(run, after, cut):
    found = network_split(run, after)
    assert (found[0].offset if found else None) == cut


@pytest.mark.parametrize("word", ["Saltmarket", "Ropemaker", "Breadmarket"])
def test_fit_context_a_name_before_a_place_word_stays_whole(word):
    """"<Name> Close", "<Name> Lane": a capitalised run before a street word is a place's name, even on a
    page where tags glued words ("ofCold Harbourdrink")."""
    text = (f"The smallest pub sits on {word} Close, where fans ofCold Harbourdrink.\n\n"
            f"Where: {word} Lane, AB1 2CD. Visit: daily; free.")
    out = repaired(text)
    assert out.count(f"{word} ") == 2 and "fans of Cold Harbour drink" in out


def test_fit_context_a_piece_before_a_place_word_needs_a_content_word():
    splits = [Split(4, "word_split")]
    assert fit_context("Bellmaker", splits, " Row, AB1") == []
    assert fit_context("Bellmaker", splits, " rows of") == splits  # a lowercase word: no place's name
