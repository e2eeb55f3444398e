"""Run-together repair: what must be split, and the many tokens that must never be."""

from collections import Counter

import pytest

from pipeline import repair, word_split
from pipeline.clean import clean
from pipeline.cut_titles import cut_candidates
from pipeline.record import Article
from pipeline.title_candidates import boundary_candidates


def repaired(text: str) -> str:
    """Clean a one-paragraph text and return the repaired body."""
    return clean(Article("t", "t", "txt", text)).clean


# Rare names, compounds, CamelCase, abbreviations, numbers, URLs, e-mails, file names.
MUST_NOT_SPLIT = [
    "Maccaro", "Odenkirk", "Yojimbo", "Kotcheff", "Whannell", "Skarsgård", "Villeneuve",
    "Gyllenhaal", "Iñárritu", "Waititi", "Lanthimos", "Kiarostami", "Weerasethakul",
    "Zvyagintsev", "Koreeda", "Hamaguchi", "Greengrass", "Goldblum", "Spielberg",
    "Tarantino", "Kurosawa", "Bigelow", "Schoenaerts", "Wierzbicki", "Okafor", "Sciamma",
    "camerawork", "spinoff", "filmmaking", "duology", "rewatched", "bionically",
    "screenwriting", "worldbuilding", "showrunner", "gunplay", "swordfight", "headbutt",
    "storytelling", "blockbuster", "moviegoers", "standout", "overlong", "underrated",
    "McDonald", "DreamWorks", "YouTube", "iPhone", "LaBeouf", "DiCaprio", "McConaughey",
    "PlayStation", "MacBook", "eBay", "O’Neil", "D’Artagnan", "LinkedIn", "FedEx",
    "U.S.", "e.g.", "i.e.", "Vol. 1", "3.5", "9/10", "1990s", "’80s", "4th", "21st",
    "10pm", "4K", "3D", "1,000", "$200", "A24",
    "https://example.com/films/list", "www.example.org", "editor@example.com",
    "0157269_poster_w780.jpg", "poster-final.png",
    "Hollowsmith", "Ang3la", "Se7en", "swordfights",  # a surname in "-smith"; titles stylised with a digit inside a word
]


@pytest.mark.parametrize("token", MUST_NOT_SPLIT)
def test_repair_never_splits_real_words(token):
    text = f"Critics agreed that {token} mattered a lot here."
    assert repaired(text) == text


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("It was the best today.The next one was not.", "It was the best today. The next one was not."),
        ("We watched it for Heist,boundless fun.", "We watched it for Heist, boundless fun."),
        ("It is sucha good film.", "It is such a good film."),
        ("It was apivotal moment.", "It was a pivotal moment."),
        ("The set piecesthat follow are great.", "The set pieces that follow are great."),
        ("Many consider it thegreatest ever.", "Many consider it the greatest ever."),
        ("What follows isa brutal tale.", "What follows is a brutal tale."),
        ("We saw theNightcrawler sequel.", "We saw the Nightcrawler sequel."),
        ("As directorDenis Moreau said it.", "As director Denis Moreau said it."),
        ("Nightcrawleris a great film.", "Nightcrawler is a great film."),
        ("Moreau’sNightcrawler works.", "Moreau’s Nightcrawler works."),
        ("WhileNightcrawler works, it drags.", "While Nightcrawler works, it drags."),
        ("After Chapter 4with its ending.", "After Chapter 4 with its ending."),
        ("Speak to Meends the list.", "Speak to Me ends the list."),
        ("It was Glass Orchard!(1949) that started the long run of comedies at the studio, they say.",
         "It was Glass Orchard! (1949) that started the long run of comedies at the studio, they say."),
        ("By Ana Ruiz |Oct. 2, 2026 ·Updated Jan. 3 and more words here.", "By Ana Ruiz | Oct. 2, 2026 · Updated Jan. 3 and more words here."),
        ("The final word, in short:a perfect comedy of bad manners.", "The final word, in short: a perfect comedy of bad manners."),
        ("It beat the start ofThe Glass Orchard in April.", "It beat the start of The Glass Orchard in April."),
        ("We loved Glass Orchard (1988)Writer-director Ana Ruiz spent years on it, and it shows.",
         "We loved Glass Orchard (1988) Writer-director Ana Ruiz spent years on it, and it shows."),
        ("We loved Glass Orchard (1994).Ana Ruiz set out to film it, and it shows.",
         "We loved Glass Orchard (1994). Ana Ruiz set out to film it, and it shows."),
        ("It was the submarine dramaK-12: Deep Water, a flop.", "It was the submarine drama K-12: Deep Water, a flop."),
        ("Vasquez’s Lumière(released in English as Light) opens.", "Vasquez’s Lumière (released in English as Light) opens."),
        ("There is a dash of Who Took the Lamp?in the way they fight.", "There is a dash of Who Took the Lamp? in the way they fight."),
        ("He had already made the villain inA Glass Orchard and more.", "He had already made the villain in A Glass Orchard and more."),
        ("CompareGlass Orchard, in which the son finished his father’s story in the end.", "Compare Glass Orchard, in which the son finished his father’s story in the end."),
        ("AlongsideAna Ruiz’s Glass Orchard, it is the best of the year.", "Alongside Ana Ruiz’s Glass Orchard, it is the best of the year."),
        ("They called it a “requel”.Ana Ruiz and Tom Vane directed it.", "They called it a “requel”. Ana Ruiz and Tom Vane directed it."),
        ("It swept the BAFTA and SAG.Ana Ruiz is the favourite.", "It swept the BAFTA and SAG. Ana Ruiz is the favourite."),
        ("The season recap for 2026:Glass Orchard and its rivals, week by week.", "The season recap for 2026: Glass Orchard and its rivals, week by week."),
        ("The lead is the lodger (Tom Vane).Ana Ruiz is the landlady.", "The lead is the lodger (Tom Vane). Ana Ruiz is the landlady."),
        ("It is trapped with somebody else.J.K. Vane is terrific here.", "It is trapped with somebody else. J.K. Vane is terrific here."),
        ("The whole thing is hidden inside it.8.5/10.", "The whole thing is hidden inside it. 8.5/10."),
        ("Will win: Ana RuizShould win: Tom Vane, for the second time.", "Will win: Ana Ruiz Should win: Tom Vane, for the second time."),
        ("We all loved the gem Short Term 9(2013), which is kind to its young characters and to us.",
         "We all loved the gem Short Term 9 (2013), which is kind to its young characters and to us."),
        ("It is even wilder than Quint’s.Copper Lantern follows a girl.", "It is even wilder than Quint’s. Copper Lantern follows a girl."),
        # a short function word glued to a given name that, lower-cased with it, spells a word ("byron")
        ("Directed byRon Vale and starring Ana Ruiz.", "Directed by Ron Vale and starring Ana Ruiz."),
        ("Newsroom movies: Glass OrchardvsThe Long Lift, round two.", "Newsroom movies: Glass Orchard vs The Long Lift, round two."),
        # an accented letter before the comma
        ("Reading: Ana Hervé,The Glass Orchard, chapter two.", "Reading: Ana Hervé, The Glass Orchard, chapter two."),
    ],
)
def test_repair_splits_run_together_words(raw, expected):
    assert repaired(raw) == expected


@pytest.mark.parametrize(
    "raw",
    ["A plain sentence with nothing glued.", "Nightcrawler and Nightcrawler again.", "x" * 3],
)
def test_repair_leaves_clean_text_alone(raw):
    assert repaired(raw) == raw


def test_repair_leaves_tokens_longer_than_max_token_whole():
    from pipeline.repair import MAX_TOKEN

    glued = "theTitle" * 20  # 160 characters without a space: not prose
    assert len(glued) > MAX_TOKEN and repaired(glued) == glued
    assert repaired("theTitle") == "the Title"


@pytest.mark.parametrize(
    "run, expected",
    [
        ("Brindlefoxand", "Brindlefox|and"),  # a closing word after a name no dictionary knows
        ("Garland", "Garland"),  # the cut would fall inside a name ending ("-land")
        ("Mulholland", "Mulholland"),
        ("Angela", "Angela"),  # a common name stays whole
        ("Dakota", "Dakota"),  # "-a" after an unknown left piece is not a glued word
        ("Vantis", "Vantis"),  # "-is" neither: many names end so
    ],
)
def test_repair_closing_split_ends_an_opened_span(run, expected):
    cut = [s.offset for s in word_split.closing_split(run, repair.DocVocabulary(Counter()))]
    assert (run[: cut[0]] + "|" + run[cut[0] :] if cut else run) == expected


@pytest.mark.parametrize("run, right, expected", [
    ("Garland", "and", True),  # the cut falls inside "-land"
    ("Brandson", "on", True),
    ("Brandson", "son", False),  # cutting the whole ending off is no cut inside it
    ("Varskiplays", "plays", False),
])
def test_word_split_inside_name_ending(run, right, expected):
    assert word_split.inside_name_ending(run, right) is expected


def test_repair_closing_split_takes_a_short_word_after_a_name_the_article_uses_alone():
    vocab = repair.DocVocabulary(Counter({"Pell": 2}))
    assert [s.offset for s in word_split.closing_split("Pellas", vocab)] == [4]
    assert word_split.closing_split("Pellas", repair.DocVocabulary(Counter())) == []


def test_repair_a_name_the_article_uses_alone_loses_a_word_glued_in_a_name_ending():
    vocab = repair.DocVocabulary(Counter({"McQuillfen": 2, "McQuillfenwin": 1}))
    assert [s.offset for s in word_split.run_split("McQuillfenwin", vocab)] == [10]  # "McQuillfen|win"
    assert word_split.run_split("McQuillfenwin", repair.DocVocabulary(Counter({"McQuillfenwin": 1}))) == []  # "-win" ends names
    assert word_split.run_split("McQuillfenwin", repair.DocVocabulary(Counter({"McQuillfen": 2, "McQuillfenwin": 2}))) == []
    # a plain given name or stem takes a name ending: "Halvarsson" beside "Halvars" stays whole
    assert word_split.run_split("Halvarsson", repair.DocVocabulary(Counter({"Halvars": 1, "Halvarsson": 1}))) == []
    text = "Ana Ruiz andTed McQuillfenwin Best Score forLantern. McQuillfen thanks the crew."
    assert "Ted McQuillfen win Best Score" in repaired(text)


def test_repair_a_rare_capitalised_run_the_article_repeats_is_not_split():
    assert word_split.run_split("Thrumat", repair.DocVocabulary(Counter())) != []  # once: "Thrum|at"
    assert word_split.run_split("Thrumat", repair.DocVocabulary(Counter({"Thrumat": 3}))) == []
    assert word_split.run_split("Quillmick", repair.DocVocabulary(Counter())) != []  # once: "Quill|mick"
    assert word_split.run_split("Quillmick", repair.DocVocabulary(Counter({"Quillmick": 2}))) == []


@pytest.mark.parametrize(
    "text",
    [
        "Their old tanker ran aground off the coast that winter.",  # "a|ground": a derived word
        "A shy boy befriends a stray dog in the city.",  # "be|friends"
        "It retells a real 1985 stickup in a small town.",  # "stick|up": a compound with a particle
    ],
)
def test_repair_keeps_dictionary_words_made_of_a_head_or_a_particle(text):
    assert repaired(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "The warlord Grimmus, who rules the wastes, is the villain.",  # "us" before a comma
        "Its lead, Queen Verdina, grieves for a son.",  # "a" before a comma
        "The crew (Tom Hallon), a quiet man, returns.",  # "on" before a bracket
        "The synth score by Thunderpeace’s studio hums.",  # a plain word with a possessive
    ],
)
def test_repair_keeps_a_name_whose_ending_cannot_be_a_glued_word(text):
    assert repaired(text) == text


def test_repair_cuts_an_only_before_a_vowel():
    assert repaired("The rebels follow Arifin Putra,Yayan Ruhiel into the hills.") == \
        "The rebels follow Arifin Putra, Yayan Ruhiel into the hills."


def test_repair_a_name_a_word_split_ended_is_not_closed_again():
    assert repaired("It starred Tom Vane, andAna Morandan old friend of his.") == \
        "It starred Tom Vane, and Ana Morand an old friend of his."  # once, not "Mor and an"


@pytest.mark.parametrize(
    "raw, expected",
    [
        # an unknown name is cut as short as the words allow
        ("It castAna Quendoriopposite the star, and it worked.", "It cast Ana Quendori opposite the star, and it worked."),
        ("The season starts with the weeklyWatchlistnewsletter today.",
         "The season starts with the weekly Watchlist newsletter today."),
        # a common word glued to a one-letter first word of a title
        ("The series, starting withA Glass Orchard, is fun.", "The series, starting with A Glass Orchard, is fun."),
        ("The filmmaker behindI, Lantern, returns.", "The filmmaker behind I, Lantern, returns."),
        ("Then came the ghost-adjacentI Saw Lantern, and it was loud.", "Then came the ghost-adjacent I Saw Lantern, and it was loud."),
        ("My friends watchedI Saw Lantern twice.", "My friends watched I Saw Lantern twice."),
        # a long, rarer lowercase word glued to a name
        ("The dog who upstagedTom Vane returns.", "The dog who upstaged Tom Vane returns."),
        ("The film reconcilesAna Ruiz with her past.", "The film reconciles Ana Ruiz with her past."),
        # a title ending in a small word, "and" glued to it and the next title
        ("We paired The Fall OfandQuiet Harbour that night.", "We paired The Fall Of and Quiet Harbour that night."),
    ],
)
def test_repair_splits_rarer_glue(raw, expected):
    assert repaired(raw) == expected


def test_repair_a_name_never_ends_in_a_function_word_when_another_cut_fits():
    assert repaired("It cast a youngAna Fordare in the lead.") == "It cast a young Ana Ford are in the lead."
    assert repaired("Thefilm is long, and it shows.") == "The film is long, and it shows."  # no other cut


@pytest.mark.parametrize(
    "raw, expected",
    [
        # a common word after a number ending or inside a word stylised with a digit
        ("Those became Friday the 13thsequels, and more.", "Those became Friday the 13th sequels, and more."),
        ("It opened in 35mmfilm only.", "It opened in 35mm film only."),
        ("He wroteSev3nfor the studio.", "He wrote Sev3n for the studio."),
        ("The 1990s saw a boom, and 4thly too.", "The 1990s saw a boom, and 4thly too."),  # "ly" is no word
        # a year glued to a title that is a clock time
        ("It was the 20073:10 Express, a remake.", "It was the 2007 3:10 Express, a remake."),
        # a function word after a sequel's numeral, and the title glued after it
        ("We saw Glass Orchard IIandThe Lantern, both fun.", "We saw Glass Orchard II and The Lantern, both fun."),
        ("The hero of Rocket IIis back.", "The hero of Rocket II is back."),
        ("Then Rocket IIIarrived in 1990.", "Then Rocket III arrived in 1990."),  # a common word of four letters
        ("Then Rocket IIox sank.", "Then Rocket IIox sank."),  # no word after the numeral
        # a one-letter word opening a sentence or a title
        ("She waited for eight years.A Glass Orchard is the result.", "She waited for eight years. A Glass Orchard is the result."),
        ("It won in 1999 and forL’Orchard in 2005.", "It won in 1999 and for L’Orchard in 2005."),
        # a short function word glued to a name's initials ("inj" is a word of the frequency list)
        ("He sailed alone inJ.K. Vane’s drama.", "He sailed alone in J.K. Vane’s drama."),
        # a credit's role noun opening a sentence, glued to the name
        ("CinematographerTomas Vell shot it in winter.", "Cinematographer Tomas Vell shot it in winter."),
        ("ComposerAna Ruiz wrote the score.", "Composer Ana Ruiz wrote the score."),
    ],
)
def test_repair_splits_glue_around_numbers_and_one_letter_words(raw, expected):
    assert repaired(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        # a two-letter abbreviation ends a name; what follows is a new word
        ("It starsTom Vane Jr.It is long.", "It stars Tom Vane Jr. It is long."),
        ("It starsTom Vane Jr.is the hero.", "It stars Tom Vane Jr. is the hero."),
        ("Dr.Mann and St.Louis, U.S. and Ph.D. here.", "Dr. Mann and St. Louis, U.S. and Ph.D. here."),
        # a title's own full stop glued to the next word, a year in brackets glued after a full stop
        ("It beatSafe Harbour, Goodbye, Mr. Vane.andTom Ruiz’sThe Lantern.", "It beat Safe Harbour, Goodbye, Mr. Vane. and Tom Ruiz’s The Lantern."),
        ("Her sequel,Vane and Co.(1995), was never filmed, and the studio that bought it never said why.",
         "Her sequel, Vane and Co. (1995), was never filmed, and the studio that bought it never said why."),
        # a capitalised label or a bracket before a colon
        ("We liked it a lot, and so: WATCH NEXT:The Glass Orchard, a fine film.",
         "We liked it a lot, and so: WATCH NEXT: The Glass Orchard, a fine film."),
        ("It was made (dir. Ana Ruiz):Tom Vane stars.", "It was made (dir. Ana Ruiz): Tom Vane stars."),
    ],
)
def test_repair_splits_after_abbreviations_and_labels(raw, expected):
    assert repaired(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        # a word glued after a name that ends in an apostrophe and one letter
        ("It starsAna Mbong’oin a dual role.", "It stars Ana Mbong’o in a dual role."),
        ("ThenAna Mbong’ovoices the robot.", "Then Ana Mbong’o voices the robot."),
        ("It starsAna Mbong’oandTom Vane.", "It stars Ana Mbong’o and Tom Vane."),
        ("O’Neil and D’Artagnan, Y’all, Hawai’i.", "O’Neil and D’Artagnan, Y’all, Hawai’i."),
    ],
)
def test_repair_splits_a_word_glued_after_an_apostrophe_name(raw, expected):
    assert repaired(raw) == expected


@pytest.mark.parametrize(
    "token, expected",
    [
        ("Harvestand12", ["Harvest", "and", "12"]),  # a title, "and", then a number title
        ("Voyagewith3", ["Voyage", "with", "3"]),
        ("Brand45", ["Brand45"]),  # no word left before "and"
        ("Island2", ["Island2"]),
    ],
)
def test_sure_splits_a_closing_word_glued_before_a_number(token, expected):
    cuts = [sp.offset for sp in repair.sure_splits(token)]
    assert [token[a:b] for a, b in zip([0] + cuts, cuts + [len(token)])] == expected


def test_sure_splits_hands_out_a_fresh_list_each_call():
    """The vocabulary-free result is remembered per token; a caller extending its list must
    not change what the next call for the same token gets."""
    first = repair.sure_splits("movie.The", line_start=False)
    first.append(repair.Split(1, "extra"))
    again = repair.sure_splits("movie.The", line_start=False)
    assert [sp.offset for sp in again] == [6]


@pytest.mark.parametrize(
    "raw, expected",
    [
        # a bracket closed on a word (a director's name), then the entry's first sentence
        ("2. Glass Orchard (Ana Ruiz)Two sisters share a flat.", "2. Glass Orchard (Ana Ruiz) Two sisters share a flat."),
        ("3. Glass Orchard (Tom Vane)A farmer sells his land.", "3. Glass Orchard (Tom Vane) A farmer sells his land."),
        # an ellipsis or a question mark that ends a title, glued to what follows
        ("It answers his hit Glass Orchard...The fight is great.", "It answers his hit Glass Orchard... The fight is great."),
        ("It answers his hit Glass Orchard…The fight is great.", "It answers his hit Glass Orchard… The fight is great."),
        ("He made Who Took the Lamp?,Copper Lantern and more.", "He made Who Took the Lamp?, Copper Lantern and more."),
        # a year and its comma glued to a name
        ("It came out in 2000,J.K. Vane made the next one.", "It came out in 2000, J.K. Vane made the next one."),
        ("It came out in 2000,Ana Ruiz made the next one.", "It came out in 2000, Ana Ruiz made the next one."),
        # a short bracketed prefix is part of the word; numbers keep their commas
        ("We watched (Re)Animator and paid 1,000 dollars.", "We watched (Re)Animator and paid 1,000 dollars."),
        # a figure in brackets glued to a title, a bracket and its comma glued to the next title
        ("Then came Glass Orchard($941 million) and Cold Harbour(£12 million).",
         "Then came Glass Orchard ($941 million) and Cold Harbour (£12 million)."),
        ("It beat the first one (with its re-release),Copper Lantern and more.",
         "It beat the first one (with its re-release), Copper Lantern and more."),
        # a headline's "Review" glued after a title whose last word is rare
        ("We read the Glass OrchardReview twice, and it was kind.", "We read the Glass Orchard Review twice, and it was kind."),
        ("We watched The Salt LedgerTrailer twice, and it was long.", "We watched The Salt Ledger Trailer twice, and it was long."),
        # a title ending in a short word glued to a series noun
        ("The Speak to Mefranchise alone has three films.", "The Speak to Me franchise alone has three films."),
        # a money sign inside brackets after a space stays as it is
        ("It cost (US$) less than you think.", "It cost (US$) less than you think."),
    ],
)
def test_repair_splits_after_a_closing_bracket_an_ellipsis_or_a_question_mark(raw, expected):
    assert repaired(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        # a rare dictionary word that a very common word and a glued "is" explain far better
        ("It was fatal.Ana Ruiz’sGrizzly Manis built from found footage.",
         "It was fatal. Ana Ruiz’s Grizzly Man is built from found footage."),
        # before punctuation the span may end with the rare word itself
        ("We saw Ana Ruiz’sGrizzly Manis, then left.", "We saw Ana Ruiz’s Grizzly Manis, then left."),
        # a name of its own scores too close to its pieces to be cut ("Will|is", "Math|is")
        ("It starsBruce Willis as a cop.", "It stars Bruce Willis as a cop."),
        ("It starsJohnny Mathis as a singer.", "It stars Johnny Mathis as a singer."),
    ],
)
def test_repair_a_span_may_end_in_a_common_word_glued_to_is(raw, expected):
    assert repaired(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        # one capitalised token after plain lowercase words, cut before a plain word: a coined name
        ("The synth score by Thunderpeace and the dread owe plenty.", "The synth score by Thunderpeace and the dread owe plenty."),
        ("She is an analyst at the research firm Ticketcount.", "She is an analyst at the research firm Ticketcount."),
        # a glued function word or a plural is still cut off, as is the end of a title-case run
        ("It was made byNolanand his brother.", "It was made by Nolan and his brother."),
        ("It is the best of theMarvelmovies.", "It is the best of the Marvel movies."),
        ("It is the newMarvelmovie this summer.", "It is the new Marvel movie this summer."),  # a word the cues read after names
        ("We lovedPlanet of the Apesfranchise films.", "We loved Planet of the Apes franchise films."),
    ],
)
def test_repair_keeps_a_coined_one_word_name_whole(raw, expected):
    assert repaired(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        # "to" glued to a title a repair opened, before a word that can be an infinitive
        ("Fans who rewatchedLanternandSkuato prepare will enjoy it.", "Fans who rewatched Lantern and Skua to prepare will enjoy it."),
        # not before a verb in "-s" or a closing word: the name may end in "-to"
        ("Fans who rewatchedLanternandSkuato plays it.", "Fans who rewatched Lantern and Skuato plays it."),
        ("Fans who rewatchedLanternandSkuato and more.", "Fans who rewatched Lantern and Skuato and more."),
        # nor when the run is a word or name of its own
        ("Fans who metLanternandMakoto prepare it.", "Fans who met Lantern and Makoto prepare it."),
    ],
)
def test_repair_a_span_may_end_in_to_before_an_infinitive(raw, expected):
    assert repaired(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        # a short preposition glued to a title that opens with a number
        ("They sprint like the ones in28 Weeks Under, and faster.", "They sprint like the ones in 28 Weeks Under, and faster."),
        ("It was moved to2027 at last.", "It was moved to 2027 at last."),
        ("Files in mp3 and no1 fans.", "Files in mp3 and no1 fans."),  # other short words stay glued to digits
    ],
)
def test_repair_splits_a_preposition_glued_to_a_number(raw, expected):
    assert repaired(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        # a rarer adjective or "-ian" noun glued to the name it modifies
        ("It lost to Ana Ruiz’s FlemishOrchard(Het boomgaard) in the end.",
         "It lost to Ana Ruiz’s Flemish Orchard (Het boomgaard) in the end."),
        ("The MalteseLantern opened.", "The Maltese Lantern opened."),
        ("A still from the film.\n\nComedianTom Vane made it.", "A still from the film.\n\nComedian Tom Vane made it."),
        # other CamelCase words stay whole
        ("We saw the ArcticFox and a PlayStation game.", "We saw the ArcticFox and a PlayStation game."),
    ],
)
def test_repair_splits_an_adjective_glued_to_a_name(raw, expected):
    assert repaired(raw) == expected


def test_repair_an_adjective_split_opens_a_name_and_ends_no_title():
    cleaned = clean(Article("t", "t", "txt", "It lost to Ana Ruiz’s FlemishOrchard(Het boomgaard) in the end."))
    splits = {b for b, rule in cleaned.boundaries if rule == "modifier_case"}
    assert splits == {cleaned.clean.index(" Orchard")}
    cands = boundary_candidates(cleaned.clean, cleaned.boundaries) + cut_candidates(cleaned.clean, cleaned.boundaries)
    assert "Orchard" in {c.text for c in cands}  # the split opens a run
    assert not {c.end for c in cands} & splits  # ... and no run ends there ("Ana Ruiz’s Flemish")


@pytest.mark.parametrize("run, cut", [
    ("Dragonsshowrunners", 7),  # a title's last word, then a long, rarer noun
    ("Harbourscreenwriters", 7),
    ("Winterbottom", None),  # a short right piece: a name, kept whole
])
def test_repair_a_long_rarer_word_glued_after_a_common_capitalised_word_is_cut(run, cut):
    splits = word_split.run_split(run, repair.DocVocabulary(Counter()))
    assert [s.offset for s in splits] == ([cut] if cut else [])


@pytest.mark.parametrize("token, expected", [
    ("Lanterns*arriving", [9]),  # a title ending in an asterisk, glued to the next word
    ("TV+series", [3]),  # a streamer's plus sign, glued to a noun
    ("C++", []),
    ("a+b", []),  # two letters: no word after the sign
])
def test_sure_splits_a_word_glued_after_a_titles_asterisk_or_plus(token, expected):
    assert [sp.offset for sp in repair.sure_splits(token)] == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        # a one-word CamelCase name glued after a word or a full stop stays whole
        ("She produces throughBrightMoth Pictures with a partner.", "She produces through BrightMoth Pictures with a partner."),
        ("It was adapted from aProPaloma article last year.", "It was adapted from a ProPaloma article last year."),
        ("The cast is superb.JoElla Marsh plays the mother.", "The cast is superb. JoElla Marsh plays the mother."),
        # a common capitalised word after it is a headline's next word, a function word opens a phrase: split
        ("It is one of the best.InSkuaport, the ferry sinks.", "It is one of the best. In Skuaport, the ferry sinks."),
        ("Our story is called Movies LikeStormThat Deserve a Look, and it is long.",
         "Our story is called Movies Like Storm That Deserve a Look, and it is long."),
        ("Our story is called EveryStormMovie, Ranked, and it is long.", "Our story is called Every Storm Movie, Ranked, and it is long."),
    ],
)
def test_repair_keeps_a_glued_camelcase_name_whole(raw, expected):
    assert repaired(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("He posted the clip on theYouTubechannel of the studio.", "He posted the clip on the YouTube channel of the studio."),
        ("The story began as aProPublicareport on the marsh.", "The story began as a ProPublica report on the marsh."),
        ("Lately she produces throughGreyFinch Entertainment, her own firm.", "Lately she produces through GreyFinch Entertainment, her own firm."),
        ("The next film was made atBrightHollow Pictures in Leeds.", "The next film was made at BrightHollow Pictures in Leeds."),
    ],
)
def test_repair_keeps_a_camelcase_name_before_a_glued_word_or_a_company_word(raw, expected):
    assert repaired(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("It is the classicPicklesTV special of the season.", "It is the classic Pickles TV special of the season."),
        ("It ran on theMeadowBBC channel once.", "It ran on the Meadow BBC channel once."),
        ("He works atDirecTV now.", "He works at DirecTV now."),  # a rare left piece: one brand
    ],
)
def test_repair_splits_a_common_acronym_glued_after_a_word(raw, expected):
    assert repaired(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("The film was made in Leeds.MaryLou Quist and Tom Vane are the parents.", "The film was made in Leeds. MaryLou Quist and Tom Vane are the parents."),
        ("Best of all is Ray (2004). InRayJamie Quist is superb, and Ray sings.", "Best of all is Ray (2004). In Ray Jamie Quist is superb, and Ray sings."),
    ],
)
def test_repair_keeps_a_double_given_name_the_article_never_splits(raw, expected):
    assert repaired(raw) == expected


@pytest.mark.parametrize("run, cut", [
    ("Voskspends", 4),  # an unknown name, then a word too rare to be cut on its own: not "Vosksp|ends"
    ("Voskrewrote", 4),  # not "Voskre|wrote"
    ("Quendoriopposite", 8),
    ("Prellends", 5),  # never inside a doubled letter: not "Prel|lends"
])
def test_repair_an_unknown_name_is_cut_before_the_longest_word(run, cut):
    splits = word_split.run_split(run, repair.DocVocabulary(Counter()))
    assert [s.offset for s in splits] == [cut]


@pytest.mark.parametrize("token, expected", [
    ("knowing.Émile", [8]),  # an accented capital opens the next sentence
    ("knowing.Cédric", [8]),  # ... or an accented letter right after the capital
    ("e.g.Café", []),  # an abbreviation, no sentence end
    ("U.S.Éd", []),
])
def test_sure_splits_a_sentence_end_before_an_accented_name(token, expected):
    assert [sp.offset for sp in repair.sure_splits(token)] == expected


@pytest.mark.parametrize("raw, expected", [
    ("Ivo Brandt’s remake of the 1951 The Long Lost WorldstrandsMara Quint on an island.",
     "Ivo Brandt’s remake of the 1951 The Long Lost World strands Mara Quint on an island."),
    ("Ang LeedirectsMara Quint’s adaptation of the novel.", "Ang Lee directs Mara Quint’s adaptation of the novel."),
])
def test_repair_splits_a_verb_glued_between_a_word_and_a_name(raw, expected):
    assert repaired(raw) == expected


def test_repair_splits_a_function_word_glued_to_a_title_opening_o():
    assert repaired("It gave them the title ofO Sister, Where Art Thou? in the end.") == \
        "It gave them the title of O Sister, Where Art Thou? in the end."


@pytest.mark.parametrize("raw, expected", [
    # a star rating glued to the outlet before it, or to a label's colon
    ("“A triumph.” — Ana Ruiz, Harbour Weekly(★★★½)", "“A triumph.” — Ana Ruiz, Harbour Weekly (★★★½)"),
    ("The verdict is in. Our score:★★★☆☆", "The verdict is in. Our score: ★★★☆☆"),
])
def test_repair_spaces_a_star_rating_glued_to_a_word(raw, expected):
    assert repaired(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("Few saw it coming. InThe Glass Orchard, a widow keeps bees.", "Few saw it coming. In The Glass Orchard, a widow keeps bees."),
    ("OfThe Glass Orchard little is known, and less is said.", "Of The Glass Orchard little is known, and less is said."),
])
def test_repair_splits_a_capitalised_function_word_glued_to_the(raw, expected):
    assert repaired(raw) == expected


def test_repair_keeps_the_plural_of_a_surname_the_article_uses_alone():
    raw = "Then there are the Kelwins themselves. Ana and her brotherTom Kelwinmade it, and Kelwin wrote it."
    assert "the Kelwins themselves" in repaired(raw)


@pytest.mark.parametrize("raw, expected", [
    # a link opened on a CamelCase outlet right after a lowercase word: the outlet stays whole
    ("It was loved, wrote Ana Ruiz atSilverScreen(grade: B+), and less so elsewhere.", "at SilverScreen (grade: B+)"),
    ("It was loved, and Ana Ruiz ofSilverScreen’s staff agreed with it.", "of SilverScreen’s staff"),
    ("It was reviewed inFilmWire.", "in FilmWire."),
    ("“A knockout.” — Ana Ruiz,SilverScreen(★★★)", "Ruiz, SilverScreen (★★★)"),  # a quote's attribution
    ("It is one of the films likeHeatThat Changed Cinema, a list.", "like Heat That"),  # a common word after: two glued words
])
def test_repair_keeps_a_glued_camelcase_outlet_whole(raw, expected):
    assert expected in repaired(raw)


@pytest.mark.parametrize("raw", [
    "I agree with u/lampfeather, and r/CinemaRequests says the same thing.\n",
    "thanks u/moonwhistle, good pick\n",
    "u/tapedeck_moth and u/stonepebble agree.\n",
])
def test_repair_never_splits_a_forum_handle(raw):
    # a user's or a forum's handle is one name, however its words would split
    assert repaired(raw) == raw


def test_repair_spaces_a_mark_glued_to_a_forum_handle():
    assert repaired("as u/lampfeather·said, it is grim.\n") == "as u/lampfeather · said, it is grim.\n"


@pytest.mark.parametrize("raw, expected", [
    ("the menu/settings page and inr/CinemaRequests too.\n", "the menu/settings page and in r/CinemaRequests too.\n"),
    ("thanks, as posted byu/lampfeather earlier.\n", "thanks, as posted by u/lampfeather earlier.\n"),
])
def test_repair_spaces_by_or_in_glued_before_a_forum_handle(raw, expected):
    assert repaired(raw) == expected


@pytest.mark.parametrize("token, cuts", [
    ("Vane@ana_vane", [4]),  # a profile's name glued to its handle
    ("help@site.example.com", []),  # an e-mail address
    ("1,284Films212Lists", [5, 10, 13]),  # a profile's counts glued to their labels
    ("year41Lists368Following", [4, 6, 11, 14]),
    ("Apollo13", []),  # one number: no count line
])
def test_repair_splits_a_handle_and_glued_counts(token, cuts):
    assert [sp.offset for sp in repair.sure_splits(token)] == cuts
