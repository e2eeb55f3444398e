"""Mention classification from context: film, franchise, person, character, other work (no spaCy)."""

import pytest

from pipeline.mentions import classify
from pipeline.person_mentions import clause_subjects, duo_names, named_surnames, people_lists, settle_names, surname_mentions
from pipeline.titles import Candidate, normalise


def _kind(text: str, span: str, markers=frozenset()) -> str:
    start = text.index(span)
    return classify(text, Candidate(start, start + len(span), span, "text"), [], set(markers)).kind


@pytest.mark.parametrize(
    "text, span, kind",
    [
        ("It is the latest entry in the Night Harbour world, and it shows.", "Night Harbour", "franchise"),
        ("Much like the other Night Harbour movies, it is bloody.", "Night Harbour", "franchise"),
        ("He also co-directed the first Night Harbour movie.", "Night Harbour", "film"),
        ("She designed the costumes of the first Night Harbour spinoff, Glass Orchard.", "Night Harbour", "franchise"),
        ("It is the first spinoff from the Night Harbour series, and the loudest.", "Night Harbour", "franchise"),
        ("The sixth Night Harbour film arrived fourteen years after the fifth.", "Night Harbour", "franchise"),
        ("The new Night Harbour movie earned a fortune in its first weekend.", "Night Harbour", "film"),
        ("Subscribers also get the Night Harbour film collection, all eight of them.", "Night Harbour", "franchise"),
        ("The captain of the ship is aboard the Night Harbour at dawn.", "Night Harbour", "other"),
        ("The whole studio line-up is led by Marvel this year.", "Marvel", "other"),
        ("Support the show on Patreon and leave us a rating on Apple Podcasts.", "Patreon", "other"),
        ("Support the show on Patreon and leave us a rating on Apple Podcasts.", "Apple Podcasts", "other"),
        ("It follows a New York Times correspondent through the war.", "New York Times", "other"),
        ("It follows a thief named Ossian Vale across Europe.", "Ossian Vale", "character"),
        ("He was cast as Ossian Vale, the smuggler.", "Ossian Vale", "character"),
        ("He played a cowboy on Salt Road, the Harbour Network western that ran for years.", "Salt Road", "other"),
        ("He played a cowboy on Salt Road, the Harbour western that ran for years.", "Salt Road", "film"),
        ("He made blockbusters such as Night Ferry and little else.", "Night Ferry", "film"),  # an example, no role
        ("She had the lead in Glass Orchard as well as Night Ferry that year.", "Night Ferry", "film"),
        ("It borrowed its plot from a forgotten 1961 melodrama called Night Ferry, scene by scene.", "Night Ferry", "film"),
        ("Ana Vane’s remake, also called Night Ferry, opens in May.", "Night Ferry", "film"),
        ("In the film a ferryman called Night Ferry rows the dead.", "Night Ferry", "character"),  # a film about one so called
        ("She was the best thing in Night Ferry: Landfall as the pilot, and more.", "Night Ferry: Landfall", "film"),  # no name has a colon
        ("She was the best thing in it, but Mara Quint as the pilot is better.", "Mara Quint", "person"),
        ("The film I championed was the Vane brothers’ latest comedy.", "Vane", "person"),  # a family of makers
        ("A cast singing VELLO on a beach is not high art.", "VELLO", "other"),  # what is sung is a song or a band
        ("It turned the songs of The Lantern Boys into a musical.", "The Lantern Boys", "other"),  # a band
        ("ROME — The 40th Harbour International Film Festival opened today.", "The 40th Harbour International Film Festival", "other"),
        ("The Northern Screen Awards went to a comedy.", "The Northern Screen Awards", "other"),  # an event
        ("Nominees were named by the Harbour Critics Association today.", "Harbour Critics Association", "other"),  # a body
        ("The Festival is a comedy about a music weekend.", "The Festival", "film"),  # two words, no ordinal: a title
        ("As director Mirela Dobos said, the shoot was long.", "Mirela Dobos", "person"),
        ("Tom Vane plays the agent and Cobalt Quimby Jr. won an Oscar as his client.", "Cobalt Quimby Jr", "name"),
        ("The best silent comedy here is Sherlock Jr. with its dream.", "Sherlock Jr", "film"),
        ("It was produced by Tavish Ronan and shot in winter.", "Tavish Ronan", "person"),
        # a part taken over from someone: a name-shaped span is that person, a title stays a film
        ("The young hero (Mara Quint, taking over from Ossia Brenne halfway through) is stolen.", "Ossia Brenne", "person"),
        ("It spent a month at number one, replacing Night Ferry at the top of the chart.", "Night Ferry", "film"),
        ("Tavish Ronan plays a retired safecracker.", "Tavish Ronan", "person"),
        ("It was adapted from the novel Glass Orchard by a local writer.", "Glass Orchard", "other"),
        ("The closing night belongs to M. Tavish Ronan and his crew.", "Tavish Ronan", "person"),
        ("Streaming on Netflix from Friday.", "Netflix", "other"),
        ("Glass Orchard is a slow, patient heist film.", "Glass Orchard", "film"),
        ("The sub drama, in which Robert Ford argues with the captain.", "Robert Ford", "name"),  # a common surname
        ("It was remade in English as Let Her In, and the remake is fine.", "Let Her In", "film"),
        ("The play had been filmed straight as The Back Page in 1931.", "The Back Page", "film"),
        ("A stranger known only as Harmonica rides in.", "Harmonica", "character"),
        ("Later, George C. Ruiz is chilling as the gambler.", "George C. Ruiz", "person"),
        ("Then D.B. Ruiz as a shoeless outfielder.", "D.B. Ruiz", "person"),
        ("Then U.K. Confidential opened to raves.", "U.K. Confidential", "film"),  # initials in a title
        ("It was Glass Orchard, the adaptation of the novel, that won.", "Glass Orchard", "film"),
        ("Tell us on Instagram what you think.", "Instagram", "other"),
        ("Ana Ruiz, the creator of Glass Orchard, wrote the script.", "Glass Orchard", "other"),
        ("Before features you co-created Glass Orchard for cable.", "Glass Orchard", "other"),  # a show is co-created
        ("said an analyst at the tracking firm Glass Orchard on Sunday.", "Glass Orchard", "other"),  # a business
        ("Her “Glass Orchard” number remains a masterclass.", "Glass Orchard", "other"),
        ("And then there is Benicio del Vane, deadpan as ever.", "Benicio del Vane", "name"),
        ("Then Robert Vane Jr. is the rival, cold as ever.", "Robert Vane Jr", "name"),  # a generational suffix
        ("It is set backstage at The Glass Trap, Vane’s record-breaking play, in London.", "The Glass Trap", "other"),
        ("Sign up for Whodunit Friday, our mystery newsletter, today.", "Whodunit Friday", "other"),
        ("Or read The 15 Best Boxing Movies, Ranked next.", "The 15 Best Boxing Movies, Ranked", "other"),
        ("Then came Quiet Harbour, the BBC and Hulu adaptation of her novel, and fame.", "Quiet Harbour", "other"),
        ("Then came Quiet Harbour, the HBO drama about a lighthouse, and fame.", "Quiet Harbour", "other"),
        ("Then came Quiet Harbour, the Netflix adaptation of her novel, and fame.", "Quiet Harbour", "film"),
        ("He trades her some tapes, Robert IV and Lantern, for food.", "Robert IV", "film"),  # a numbered sequel
        ("He trades her some tapes, Robert Vane and a cat, for food.", "Robert Vane", "name"),
        ("The sixth Night Harbour is the first to bring back a director.", "Night Harbour", "franchise"),
        ("She made it between the first two Night Harbour films.", "Night Harbour", "franchise"),
        ("By then the third Night Harbour had made a fortune.", "Night Harbour", "franchise"),
        ("There is a moon, a grinning Mossbeast and a long summer.", "Mossbeast", "character"),
        ("Nobody expected an Owlcat to steal the show.", "Owlcat", "character"),
        ("It is a Mossbeast movie in all but name.", "Mossbeast", "film"),
        ("It is a Mossbeast for the streaming age.", "Mossbeast", "film"),  # a comparison names the film
        ("The kids see Mossbeast at the drive-in.", "Mossbeast", "film"),
        ("It turned the Velmora video game series into a hit.", "Velmora", "other"),  # a game, not a film
        ("A ferry story.\nWhere to stream: Harbourflix", "Harbourflix", "other"),  # a streaming service
        ("A ferry story.\nStream it on: Velmora Plus, or rent on Harbourflix", "Harbourflix", "other"),
        ("Where to begin: Glass Orchard is the start.", "Glass Orchard", "film"),  # no watch label
        ("Week two.\nReading: Ana Ruiz, Glass Orchard, chapter 3; Tom Vane, Salt Roads.", "Salt Roads", "other"),  # a book
        ("Week two.\nRequired text: Ana Ruiz, Glass Orchard (Harbour Press, 1999).", "Glass Orchard", "other"),
        ("Its songs are the best in any Mossbeast film.", "Mossbeast", "franchise"),  # one film of many
        ("It plays like every Night Harbour movie at once.", "Night Harbour", "franchise"),
        ("The boy grows up into Tove Brandqvist, a six-foot elf who travels south.", "Tove Brandqvist", "person"),
        ("A pup becomes Mossbeast, a grumpy creature who hates noise.", "Mossbeast", "character"),
        ("Next came Glass Orchard, a thriller about a man who lies.", "Glass Orchard", "film"),  # "who" of another noun
        ("Ana Ruiz narrates, and Tove Brandqvist sings the theme.", "Tove Brandqvist", "person"),
    ],
)
def test_mentions_classify_by_context(text, span, kind):
    assert _kind(text, span) == kind


def test_mentions_given_name_spans_are_people_unless_called_films():
    text = "Robert Vale is superb here, and the first Robert Vale movie was better."
    first = Candidate(0, 11, "Robert Vale", "text", kind="name")
    second = Candidate(text.rindex("Robert Vale"), text.rindex("Robert Vale") + 11, "Robert Vale", "text", kind="name")
    assert [c.kind for c in settle_names(text, [first, second])] == ["film", "film"]
    lone = "Robert Vale is superb here."
    assert [c.kind for c in settle_names(lone, [Candidate(0, 11, "Robert Vale", "text", kind="name")])] == ["person"]


@pytest.mark.parametrize(("text", "kind"), [
    ("For a lighter touch, Wendy Marsh is hard to beat. Directed by Ivo Lang, a Dane, it stars Ana Ruiz.", "film"),
    ("For a lighter touch, Wendy Marsh is hard to beat. Directed by Ivo Lang, Glass Harbour stars her.", "person"),
    ("For a lighter touch, Wendy Marsh is hard to beat.\nDirected by Ivo Lang, it stars Ana Ruiz.", "person"),
    # another title in the name's sentence: "it" may be that film
    ("Wendy Marsh runs a shop in Glass Harbour. Directed by Ivo Lang, it is a gem.", "person"),
    # a sentence longer than the window: only candidates inside it count, not one at the text's start
    ("Glass Harbour " + "and more words " * 30 + "Wendy Marsh is hard to beat. Directed by Ivo Lang, it stars Ana Ruiz.",
     "film"),
])
def test_mentions_a_name_the_next_sentence_calls_directed_is_a_film(text, kind):
    at = text.index("Wendy Marsh")
    cands = [Candidate(at, at + 11, "Wendy Marsh", "text", kind="name")]
    if "Glass Harbour" in text:
        other = text.index("Glass Harbour")
        cands.append(Candidate(other, other + 13, "Glass Harbour", "text"))
    assert settle_names(text, cands)[0].kind == kind


def test_mentions_people_lists_spread_from_a_known_person():
    text = "starring Tavish Ronan, Mirela Dobos and Ossian Vale"
    cands = [Candidate(text.index(n), text.index(n) + len(n), n, "text", kind=k)
             for n, k in [("Tavish Ronan", "person"), ("Mirela Dobos", "film"), ("Ossian Vale", "film")]]
    assert [c.kind for c in people_lists(text, cands)] == ["person", "person", "person"]


def test_mentions_people_lists_take_a_one_name_performer_inside_the_list():
    text = "Brandt, Quelloux, Mirela Dobos and Ossian Vale make it the best cast of the year"
    cands = [Candidate(text.index(n), text.index(n) + len(n), n, "text", kind=k)
             for n, k in [("Quelloux", "film"), ("Mirela Dobos", "person"), ("Ossian Vale", "person")]]
    assert [c.kind for c in people_lists(text, cands)] == ["person", "person", "person"]


def test_mentions_people_lists_leave_a_dated_title_after_a_person_a_film():
    text = "gave an early role to Tavish Ronan, and Copper Bell (1994), about a rigged lottery, won praise"
    cands = [Candidate(text.index(n), text.index(n) + len(n), n, "text", kind=k)
             for n, k in [("Tavish Ronan", "person"), ("Copper Bell", "film")]]
    assert [c.kind for c in people_lists(text, cands)] == ["person", "film"]


@pytest.mark.parametrize("second, kind", [("Copper Lantern", "film"), ("Rebel Wilson", "person"), ("Mirela Dobos", "person"),
                                          ("Will Arnoldsby", "person"), ("Sunny Pelacek", "person")])  # a rare last word: a surname
def test_mentions_people_lists_leave_a_pair_of_common_words_a_film(second, kind):
    text = f"she beat Tavish Ronan and {second} that night"
    cands = [Candidate(text.index(n), text.index(n) + len(n), n, "text", kind=k)
             for n, k in [("Tavish Ronan", "person"), (second, "film")]]
    assert [c.kind for c in people_lists(text, cands)] == ["person", kind]


def test_mentions_a_kind_of_film_owned_by_someone_is_no_person_before_a_name():
    text = "while Ana Ruiz’s whodunit Brass Harbour and Tom Vane’s musical Rocket Girl scored three each"
    cands = [Candidate(text.index(n), text.index(n) + len(n), n, "text", kind=k)
             for n, k in [("Ana Ruiz", "person"), ("Brass Harbour", "film"), ("Tom Vane", "person")]]
    assert [c.kind for c in people_lists(text, cands)] == ["person", "film", "person"]
    text = "with Ana Ruiz’s sister Mara Quint and Tom Vane"  # a relative, not a kind of film: a person
    cands = [Candidate(text.index(n), text.index(n) + len(n), n, "text", kind=k)
             for n, k in [("Ana Ruiz", "person"), ("Mara Quint", "film"), ("Tom Vane", "person")]]
    assert [c.kind for c in people_lists(text, cands)] == ["person", "person", "person"]


def test_mentions_a_maker_owning_the_next_film_makes_no_list_of_people():
    # "A, B and Name’s Title": Name credits the last title's maker; the titles before stay films
    text = "It beat Glass Orchard, Paper Moon Rising and Tom Vane’s Salt Road."
    cands = [Candidate(text.index(n), text.index(n) + len(n), n, "text", kind=k)
             for n, k in [("Glass Orchard", "film"), ("Paper Moon Rising", "film"), ("Tom Vane", "person"), ("Salt Road", "film")]]
    assert [c.kind for c in people_lists(text, cands)] == ["film", "film", "person", "film"]


def test_mentions_whole_markup_span_is_not_taken_for_a_tagged_person():
    text = "Then came Kazimierzowski’s Lantern, a documentary about a film never made."
    start = text.index("Kazimierzowski")
    span = (start, start + len("Kazimierzowski’s Lantern"))
    persons = [span]
    as_text = Candidate(*span, text[span[0] : span[1]], "text")
    assert classify(text, as_text, persons, set()).kind == "person"
    assert classify(text, Candidate(*span, as_text.text, "markup"), persons, set()).kind == "film"
    assert classify(text, Candidate(*span, as_text.text, "cuts"), persons, set()).kind == "film"


@pytest.mark.parametrize("before", ["Tom Vane missed out for ", "she was snubbed for ", "he was nominated for "])
def test_mentions_what_someone_is_nominated_or_snubbed_for_is_a_work_not_a_tagged_person(before):
    text = before + "Kessel Grove, a heist drama."
    span = (len(before), len(before) + len("Kessel Grove"))
    assert classify(text, Candidate(*span, "Kessel Grove", "text"), [span], set()).kind == "film"


def test_mentions_name_with_a_year_is_a_film():
    text = "Jackie Vale (1997) is the best of them; Jackie Vale still plays well."
    cands = [Candidate(m, m + 11, "Jackie Vale", "text", kind="name") for m in (0, text.rindex("Jackie Vale"))]
    assert [c.kind for c in settle_names(text, cands)] == ["film", "film"]


def test_mentions_surnames_and_paired_given_names_are_people():
    text = "Produced by Robert Vale. It beat Vale’s Glass Orchard, as did Anna and Maria Dobos’s debut. Vale opens it."
    names = [("Robert Vale", "person"), ("Vale", "film"), ("Glass Orchard", "film"), ("Anna", "film"), ("Vale", "film")]
    cands, at = [], 0
    for n, k in names:
        at = text.index(n, at)
        cands.append(Candidate(at, at + len(n), n, "text", kind=k))
        at += len(n)
    # the possessive surname and the paired given name are people; a bare "Vale" keeps its kind
    assert [c.kind for c in surname_mentions(text, cands)] == ["person", "person", "film", "person", "film"]


def test_mentions_a_person_tag_over_an_owner_and_a_title_is_not_believed():
    text = "Then Ada Lindqvist’s Nouvelle Marée, a loving tribute, won."
    start = text.index("Nouvelle")
    span = (start, start + len("Nouvelle Marée"))
    cand = Candidate(*span, text[span[0] : span[1]], "text")
    assert classify(text, cand, [(text.index("Ada"), span[1])], set()).kind == "film"
    assert classify(text, cand, [span], set()).kind == "film"  # after an owner's "’s" comes a work
    plain = "Then Nouvelle Marée, a loving tribute, won."
    at = plain.index("Nouvelle")
    assert classify(plain, Candidate(at, at + len("Nouvelle Marée"), "Nouvelle Marée", "text"),
                    [(at, at + len("Nouvelle Marée"))], set()).kind == "person"


@pytest.mark.parametrize("text", [
    "Later the same director cast her in Quillmarsh Station, a short drama.",
    "She starred in Quillmarsh Station before anyone knew her.",
])
def test_mentions_a_work_after_starred_in_is_not_a_tagged_person(text):
    start = text.index("Quillmarsh")
    span = (start, start + len("Quillmarsh Station"))
    assert classify(text, Candidate(*span, "Quillmarsh Station", "text"), [span], set()).kind == "film"


@pytest.mark.parametrize("text, kind", [
    ("A warm family comedy, which won the audience award at Brightwater last winter.", "other"),
    ("The winner of the Palme d’Or at Brightwater this spring is a courtroom drama.", "other"),
    ("It premiered at Brightwater to a long ovation.", "other"),
    ("The audience laughed at Brightwater more than at anything else that year.", "film"),  # no award: any name
])
def test_mentions_a_name_after_an_award_and_at_is_an_event(text, kind):
    start = text.index("Brightwater")
    span = (start, start + len("Brightwater"))
    assert classify(text, Candidate(*span, "Brightwater", "text"), [], set()).kind == kind


@pytest.mark.parametrize("text, title", [
    ("The director of Quillmarsh Station returns with a documentary about a family farm.", "Quillmarsh Station"),
    ("She shot it the same year as Marta’s Lantern, and it shows.", "Marta’s Lantern"),  # "as" names no role here
    ("Then comes Ana Ruiz, the Chilean director of The Paper Crown, who shoots it like a dream.", "The Paper Crown"),
])
def test_mentions_a_name_after_director_of_is_a_work(text, title):
    start = text.index(title)
    span = (start, start + len(title))
    assert classify(text, Candidate(*span, title, "text"), [span], set()).kind == "film"  # even tagged PERSON


@pytest.mark.parametrize("text, title", [
    ("He was the director of the Harbour Film Festival for ten years.", "Harbour Film Festival"),  # an event
    ("She is the director of Greyfinch Entertainment now.", "Greyfinch Entertainment"),  # a company
])
def test_mentions_after_director_of_an_event_or_a_company_is_still_no_film(text, title):
    start = text.index(title)
    span = (start, start + len(title))
    assert classify(text, Candidate(*span, title, "text"), [], set()).kind == "other"


@pytest.mark.parametrize("sentence, kind", [
    ("Worst of all was Copper Sky, in which Nadia Wilson looks as if she is lost in her own plot.", "person"),
    ("Then came Glass Orchard, in which Tavi Miller plays a nurse who loses his way home.", "person"),
    ("The sequel, in which Harbour Lights returns to the coast, is better.", "film"),  # no surname, no pronoun
    ("It is a film in which Nadia Wilson matters less than the town it depicts.", "film"),  # no pronoun for her
])
def test_clause_subjects_the_subject_of_an_in_which_clause_with_a_pronoun_is_a_person(sentence, kind):
    name = "Harbour Lights" if "Harbour" in sentence else ("Tavi Miller" if "Tavi" in sentence else "Nadia Wilson")
    at = sentence.index(name)
    out = clause_subjects(sentence, [Candidate(at, at + len(name), name, "cuts")], set())
    assert out[0].kind == kind


@pytest.mark.parametrize("text, span, kind", [
    ("The novel was first filmed as Salt Road in 1947, with Dorian Vell.", "Dorian Vell", "person"),  # the version's cast
    ("The novel was first filmed as Salt Road in 1947, with Dorian Vell (1952) to follow.", "Salt Road", "film"),
    ("It opened in 2019, with Glass Orchard a year later.", "Glass Orchard", "film"),  # no name: a film
])
def test_mentions_name_after_a_year_and_with_is_the_versions_cast(text, span, kind):
    assert _kind(text, span) == kind


@pytest.mark.parametrize("text, span, kind", [
    ("She is producing through Harrow Lane Entertainment, her own company.", "Harrow Lane Entertainment", "other"),
    ("The deal went to Bellweather Productions last spring.", "Bellweather Productions", "other"),
    ("Harrow Lane is a quiet drama about two sisters.", "Harrow Lane", "film"),
])
def test_mentions_a_name_ending_in_a_company_word_is_no_film(text, span, kind):
    assert _kind(text, span) == kind


@pytest.mark.parametrize("text, span, kind", [
    ("She stars opposite him in Vellaro’s romantic fantasy A Long Bright Road next year.", "Vellaro", "person"),
    ("She stars in Vellaro’s sequel, which opens next year.", "Vellaro", "film"),  # no title follows
    ("Vellaro’s pink House of Cards set is famous.", "Vellaro", "film"),  # no film noun before the capital
])
def test_mentions_one_word_possessive_before_a_genre_and_title_is_the_maker(text, span, kind):
    assert _kind(text, span) == kind


@pytest.mark.parametrize("text, span, kind", [
    ("Gorman is a cranky teacher, and Ze’Varra Joy Quillon is the school’s cook.", "Ze’Varra Joy Quillon", "name"),
    ("Gorman is a cranky teacher, and Zorvath Harbor Quillon is the school’s cook.", "Zorvath Harbor Quillon", "film"),
])
def test_mentions_a_rare_first_word_before_a_given_name_and_surname_is_a_name(text, span, kind):
    assert _kind(text, span) == kind


@pytest.mark.parametrize("text, span, kind", [
    ("Ana Ruiz, who made Tovah Glim with Vane, pushes the comedy further.", "Tovah Glim", "film"),
    ("Ana Ruiz, who directed Tovah Glim, returns.", "Tovah Glim", "film"),
    ("It was the role that made Tovah Glim a star.", "Tovah Glim", "person"),  # no "who": not a maker
    ("Ana Ruiz, who made Tovah Glim a star, returns.", "Tovah Glim", "person"),  # what she made of a person
    ("her sister ana ruiz directed Martin Glendower though, and it rules.", "Martin Glendower", "film"),
    ("Ana Ruiz directed Martin Glendower in a western.", "Martin Glendower", "name"),  # an actor she directed
    ("Ana Ruiz directed Martin Glendower and Tom Vane.", "Martin Glendower", "name"),
])
def test_mentions_what_a_person_made_is_a_work_whatever_the_tagger_says(text, span, kind):
    start = text.index(span)
    tagged = [(start, start + len(span))]  # spaCy reads the span as PERSON
    assert classify(text, Candidate(start, start + len(span), span, "text"), tagged, set()).kind == kind


@pytest.mark.parametrize("span", ["Velmora 2", "Quintessa 3"])
def test_mentions_a_tagged_person_ending_in_a_number_is_a_sequel(span):
    # the tagger says PERSON; a rare first word and a number that is also "used alone" elsewhere
    text = f"Its sequel, {span}, is due in 2 years, and 3 more are planned."
    start = text.index(span)
    c = Candidate(start, start + len(span), span, "text")
    assert classify(text, c, [(start, start + len(span))], set()).kind == "film"


@pytest.mark.parametrize("text, kind", [
    ("Her cinematographer had shot Vane’s debut Quillon Reach (1974), and it shows.", "film"),
    ("Her cinematographer had shot Vane’s 1974 thriller Quillon Reach in the desert.", "film"),
    ("Her cinematographer had shot it with Vane’s friend Quillon Reach in the desert.", "person"),
])
def test_mentions_a_kind_of_film_after_an_owner_is_a_work_whatever_the_tagger_says(text, kind):
    at = text.index("Quillon")
    c = Candidate(at, at + 13, "Quillon Reach", "text")
    assert classify(text, c, [(at, at + 13)], set()).kind == kind


@pytest.mark.parametrize("span, person", [
    ("Yoon Dae-hyun", True),  # family name first, a hyphenated given name
    ("Ko Min-seo", True),
    ("Iron Moth-Man", False),  # a capital after the hyphen
    ("Glass Orchard", False),
    ("Harbour Lights-out", False),  # long words
])
def test_mentions_a_family_name_first_name_is_a_person(span, person):
    text = f"The story of {span} and a long winter."
    assert (_kind(text, span) == "person") is person
    assert _kind(text, span, markers={normalise(span)}) != "person"  # a heading gives it as a title


@pytest.mark.parametrize("text, kind", [
    ("In July it passed Night Ferry as the highest-grossing film ever.", "film"),
    ("It cast Night Ferry as the film’s villain.", "person"),  # a role in the film: an actor
    ("It stars Night Ferry as the captain.", "person"),
    ("It hired Night Ferry as a film director for the remake.", "person"),  # a person's job, not a film measured
])
def test_mentions_as_the_superlative_film_is_a_film_not_an_actor(text, kind):
    assert _kind(text, "Night Ferry") == kind


def test_mentions_a_double_act_named_after_a_person_is_no_film():
    text = "Ana Peel, one half of Kim & Peel, made Salt Road. It beat Tom & Jerry Go West and Night & Day."
    cands = [Candidate(text.index(t), text.index(t) + len(t), t, "text", kind=k) for t, k in
             [("Ana Peel", "person"), ("Kim & Peel", "film"), ("Salt Road", "film"), ("Night & Day", "film")]]
    assert [c.kind for c in duo_names(cands, set())] == ["person", "other", "film", "film"]
    assert [c.kind for c in duo_names(cands, {"kim peel"})][1] == "film"  # a heading gives it as a title


@pytest.mark.parametrize("span, kind", [
    ("Harbour Cinematic Universe", "franchise"),
    ("Masters of the Universe", "film"),  # "the" before the word: a title
])
def test_mentions_a_name_ending_in_universe_is_a_franchise(span, kind):
    assert _kind(f"They closed a whole chapter of {span} in July.", span) == kind


@pytest.mark.parametrize("text, kind", [
    ("The heroes try to undo Vortan’s work.", "person"),
    ("Vortan’s career began on the stage.", "person"),
    ("Vortan’s performance at the box office was a shock.", "film"),  # a film has one too
])
def test_mentions_a_one_word_owner_of_a_persons_noun_is_no_film(text, kind):
    assert _kind(text, "Vortan") == kind


@pytest.mark.parametrize("after, kind", [(" (1997), a hit.", "film"), (", a hit.", "person")])
def test_mentions_a_tagged_person_dated_in_brackets_is_a_film(after, kind):
    text = "She got away in the comedy Vossberg Lake Blank" + after
    span = (text.index("Vossberg"), text.index("Vossberg") + len("Vossberg Lake Blank"))
    assert classify(text, Candidate(*span, "Vossberg Lake Blank", "text"), [span], set()).kind == kind


@pytest.mark.parametrize("after, kind", [
    (" (2019), and both made a fortune.", "film"),  # a release year in brackets: a title, whatever the tagger says
    (", and both made a fortune.", "person"),
])
def test_mentions_a_tagged_person_with_a_rare_first_word_before_a_year_in_brackets_is_a_film(after, kind):
    text = "The brothers made Brisk Lanterns (2017) and Unshod Gemma" + after
    start = text.index("Unshod Gemma")
    span = (start, start + len("Unshod Gemma"))
    assert classify(text, Candidate(*span, "Unshod Gemma", "text"), [span], set()).kind == kind


@pytest.mark.parametrize("text, kind", [
    ("Marta Lindqvist is a 1931 Swedish comedy film directed by Tom Vane.", "film"),  # the definition's subject
    ("Marta Lindqvist is a Swedish actress who starred in many films.", "name"),  # a person unless called a film
])
def test_mentions_a_name_a_sentence_defines_as_a_film_is_the_film(text, kind):
    assert _kind(text, "Marta Lindqvist") == kind


@pytest.mark.parametrize("span, kind", [
    ("Gilded Towers", "film"),  # a rare first word, but a common noun's plural last: no surname
    ("Quenby Adams", "person"),  # a census surname ending in "s"
])
def test_mentions_a_tagged_person_ending_in_a_common_plural_is_a_title(span, kind):
    text = f"{span} gave me an actual headache, recommended anyway."
    c = Candidate(0, len(span), span, "text")
    assert classify(text, c, [(0, len(span))], set()).kind == kind


def test_surnames_alone_a_surname_of_a_bracketed_person_span_is_a_person():
    from pipeline.person_mentions import surnames_alone

    text = "She meets a pianist (Tomas Brennick) in the rain. Backstage: Brennick tells us nothing."
    at = text.index("Brennick tells")
    cands = [Candidate(at, at + len("Brennick"), "Brennick", "text")]
    person = (text.index("Tomas"), text.index(")"))
    assert surnames_alone(text, cands, set())[0].kind == "film"  # no full name among the candidates
    assert surnames_alone(text, cands, set(), [person])[0].kind == "person"
    # a character named in full outside brackets gives no surname: "Brennick" may be the film's title
    told = "She is as tough as Tomas Brennick. Brennick was a hit."
    at = told.index("Brennick was")
    span = (told.index("Tomas"), told.index("."))
    assert surnames_alone(told, [Candidate(at, at + 8, "Brennick", "text")], set(), [span])[0].kind == "film"


@pytest.mark.parametrize("before, kind", [("the climbing documentary", "film"), ("the painters", "person")])
def test_mentions_people_lists_leave_a_kind_of_films_title_before_its_makers(before, kind):
    # "the documentary <Title>, Name and Name": the makers stand in apposition after the title
    text = f"The directors of {before} Copper Bell, Mirela Dobos and Ossian Vale, make their first drama."
    cands = [Candidate(text.index(n), text.index(n) + len(n), n, "text", kind=k)
             for n, k in [("Copper Bell", "film"), ("Mirela Dobos", "person"), ("Ossian Vale", "person")]]
    assert people_lists(text, cands)[0].kind == kind


@pytest.mark.parametrize("text, kind", [
    ("Read Ana Ruiz’s Glass Orchard last year and this gets closer to it.", "other"),  # a book one reads
    ("I am rereading Ana Ruiz’s Glass Orchard this week.", "other"),
    ("I watched Ana Ruiz’s Glass Orchard last year.", "film"),
])
def test_mentions_a_title_read_of_its_author_is_a_book(text, kind):
    assert _kind(text, "Glass Orchard") == kind


def test_mentions_a_read_title_a_heading_names_stays_a_film():
    assert _kind("Read Ana Ruiz’s Glass Orchard first.", "Glass Orchard", {"glass orchard"}) == "film"


@pytest.mark.parametrize("text, surnames", [
    ("Mara Quint made it, and Quint knows it.", {"Quint"}),
    ("Mara Quint’s Copper Sky is long.", {"Quint"}),  # a possessive, then a title
    ("Destin Mara Quint went on.", {"Quint"}),  # the given name may stand second
    ("The Copper Sky Rises is long.", set()),  # no given name
    ("Mara Quint Copper is a title.", set()),  # three capitalised words, no possessive: maybe a title
])
def test_person_mentions_named_surnames_come_from_written_out_full_names(text, surnames):
    assert named_surnames(text) == surnames
