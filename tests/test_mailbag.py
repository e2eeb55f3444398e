"""Reader-mailbag columns: signed letters, answers, the columnist's picks (no spaCy)."""

from pipeline.mailbag import letters, mailbag_picks, mailbag_sections
from pipeline.sections import paragraphs

PAGE = "\n\n".join([
    "Every week readers send in what they love and we find them the next one.",
    "Dear Film Desk, I have seen Glass Orchard ten times and Salt Roads twice. What now? — Tired in Tulsa",
    "The Film Desk answers:",
    "Dear Tired, you could do worse than Glass Orchard, but start with Paper Moons (1961), a gentle comedy.",
    "Then try Cold Harbour, and after it its sequel Cold Harbour: Winter.",
    "Dear Film Desk, my son only watches Night Ferry. Help! — Stuck, Leeds",
    "The Film Desk answers:",
    "Dear Stuck, show him The Long Lift.",
])


def _offsets(text: str, titles: list[str]) -> dict[str, list[int]]:
    out = {}
    for t in titles:
        at, offs = 0, []
        while (i := text.find(t, at)) >= 0:
            if text[i + len(t) : i + len(t) + 1] != ":":  # "Cold Harbour" is no mention inside "Cold Harbour: Winter"
                offs.append(i)
            at = i + 1
        out[t] = offs
    return out


TITLES = ["Glass Orchard", "Salt Roads", "Paper Moons", "Cold Harbour", "Cold Harbour: Winter", "Night Ferry", "The Long Lift"]


def test_letters_are_signed_paragraphs_opened_by_a_salutation():
    paras = paragraphs(PAGE, [])
    assert letters(PAGE, paras) == [1, 5]


def test_mailbag_picks_the_first_new_film_of_each_answer_paragraph():
    paras = paragraphs(PAGE, [])
    assert mailbag_picks(PAGE, paras, _offsets(PAGE, TITLES)) == ["Paper Moons", "Cold Harbour", "The Long Lift"]


def test_a_page_without_signed_letters_is_no_mailbag():
    page = PAGE.replace(" — Tired in Tulsa", "").replace(" — Stuck, Leeds", "")
    assert mailbag_picks(page, paragraphs(page, []), _offsets(page, TITLES)) == []


def test_one_letter_needs_an_answer_that_greets_its_writer():
    page = "\n\n".join(PAGE.split("\n\n")[:5])
    assert mailbag_picks(page, paragraphs(page, []), _offsets(page, TITLES)) == ["Paper Moons", "Cold Harbour"]
    unanswered = page.replace("Dear Tired, you", "You")
    assert mailbag_picks(unanswered, paragraphs(unanswered, []), _offsets(unanswered, TITLES)) == []


def test_mailbag_sections_give_an_answers_later_paragraphs_to_its_pick():
    page = PAGE.replace("Then try Cold Harbour, and after it its sequel Cold Harbour: Winter.",
                        "Then try Cold Harbour, a storm in a port town.\n\nAna Ruiz directed it in one winter.")
    paras = paragraphs(page, [])
    owned = {page[at : at + 12]: key for at, key in mailbag_sections(page, paras, _offsets(page, TITLES)).items()}
    assert owned == {"Dear Tired, ": "Paper Moons", "Then try Col": "Cold Harbour", "Ana Ruiz dir": "Cold Harbour",
                     "Dear Stuck, ": "The Long Lift"}
