"""Cast galleries: headings "Name (Character)" / "Name as Character" are people, not films."""

from pipeline.actor_headings import actor_headings
from pipeline.caption_titles import caption_candidate
from pipeline.record import Caption


def _read(*lines, rule="heading"):
    caps = [Caption(0, len(t), t, rule, 0) for t in lines]
    return [c.text if c else None for c in actor_headings(caps, [caption_candidate(cap) for cap in caps])]


def test_actor_headings_a_run_of_actors_with_their_parts_names_no_film():
    assert _read("Glass Orchard", "Mara Quint (Dora Vell)", "Ivo Brandt as Old Tobin", "Tom Vane (Sergeant Ray Kell)") \
        == ["Glass Orchard", None, None, None]


def test_actor_headings_one_person_named_title_with_its_director_stays_a_film():
    # a list of films where one title is a person's name and its director stands in brackets
    assert _read("Mara Quint (Ivo Brandt)", "Glass Orchard (Tom Vane)", "Cold Harbour (Ana de Vela)") \
        == ["Mara Quint", "Glass Orchard", "Cold Harbour"]


def test_actor_headings_name_lines_fewer_than_the_other_titles_stay_films():
    assert _read("Mara Quint (Ivo Brandt)", "Dora Vell (Tom Vane)", "Glass Orchard (Ana de Vela)",
                 "Cold Harbour (Lena Ostrow)", "Night Loom (Pia Sand)") \
        == ["Mara Quint", "Dora Vell", "Glass Orchard", "Cold Harbour", "Night Loom"]


def test_actor_headings_dated_titles_are_no_actor_lines():
    # "Title: Subtitle(1986)": a year in brackets, not a part, even when the title's words look like a name
    assert _read("Harbour Lights(1979)", "Harbour Lights: Ember(1986)", "Harbour Lights: Exodus(1992)") \
        == ["Harbour Lights", "Harbour Lights: Ember", "Harbour Lights: Exodus"]
