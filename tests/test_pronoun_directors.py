"""An actor's career paragraph: films "he" or "she" directed get the paragraph's person as director."""

import re

from pipeline.pronoun_directors import pronoun_directors
from pipeline.record import Film, Mention
from pipeline.sections import paragraphs


def _directors(text: str, titles: list[str]) -> dict[str, str | None]:
    ends = [m.end() for m in re.finditer(r"[.!?](?=\s|$)", text)]
    starts = [0] + ends
    def sentence_of(at):
        i = max(k for k, s in enumerate(starts) if s <= at)
        s0 = starts[i] + (1 if i else 0)
        return s0, ends[i] if i < len(ends) else len(text)
    films = []
    for t in titles:
        at = text.index(t)
        films.append(Film(film_id="", title=t, mentions=[Mention(at, at + len(t), t, "")]))
    pronoun_directors(text, paragraphs(text, ends), films, sentence_of)
    return {f.title: f.director for f in films}


def test_pronoun_directors_gives_the_paragraphs_actor_the_films_he_directed():
    text = ("Tom Vane had already made Glass Orchard (1997) for Ana Ruiz. The second act is behind the camera. "
            "He directed his sister in Cold Harbour (2007), robbed a bank in Night Falls (2010), which he also "
            "directed, and directed and produced Salt Line (2012). He also starred in Paper Keys (2014).\n")
    assert _directors(text, ["Glass Orchard", "Cold Harbour", "Night Falls", "Salt Line", "Paper Keys"]) == {
        "Glass Orchard": None, "Cold Harbour": "Tom Vane", "Night Falls": "Tom Vane", "Salt Line": "Tom Vane",
        "Paper Keys": None}


def test_pronoun_directors_needs_a_pronoun_and_a_named_person_in_the_paragraph():
    # the verb's subject is a name (another rule's), and a paragraph without a clause-opening name gives nobody
    text = ("Ana Ruiz directed Cold Harbour (2007) with care.\n\n"
            "A quiet paragraph. He directed his brother in Night Falls (2010).\n")
    assert _directors(text, ["Cold Harbour", "Night Falls"]) == {"Cold Harbour": None, "Night Falls": None}


def test_pronoun_directors_reads_the_person_earlier_in_the_same_sentence():
    text = "Ana Ruiz wrote the score. Tom Vane starred in Night Falls (2010), which he also directed.\n"
    assert _directors(text, ["Night Falls"]) == {"Night Falls": "Tom Vane"}
