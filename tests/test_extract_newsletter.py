"""An e-mail newsletter digest of "Title (Year) — blurb" items, scraped glued (invented text)."""

import pytest

from pipeline.annotate import annotate
from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.record import Article

DIGEST = """Newsletter archive ·All issues·Subscribe

Ruiz’s lighthouse drama opens wide and a ghost story for the holidays.

Having trouble reading this e-mail?View in browser|Forward to a friend

HiMovie Lover,

Welcome back. Three things worth a ticket this week, and one series.

In this issue:In cinemas·Streaming now

In cinemas

Cold Harbour(2031) —Ana Ruiz’s drama about a keeper who waits out a winter storm alone. It never leaves the rock.Read more →

Glass Orchard(2031) — Ivo Brandt adaptsSalt Roads,Mara Quint’s 1998 memoir, and tells it from the orchard keeper’s side.Read more →

Paper Lantern(2031) —Tom Vane is a ghost who haunts a lantern shop. It is lovely.Read more →

Streaming now

Night Ferry(Streamly) — Not a film, but the best new series of the week:Lena Marsh plays a ferry captain. New episodes arrive weekly.Read more →

Next Friday: our reviews ofTin CrownandIron Bell, plus our gift guide.

This issue is brought to you by Quayside. Readers get 20% off with the codeQUAYSIDE20until May 30.
"""


@pytest.mark.slow
def test_extract_newsletter_items_are_the_list_and_its_furniture_names_no_film(nlp):
    art = extract(annotate(clean(Article("digest", "digest.txt", "txt", DIGEST)), nlp))
    films = {f.title: (f.role, f.rank) for f in art.films}
    assert films == {
        "Cold Harbour": ("recommended", 1),  # the opening paragraph's film has its own item: an entry
        "Glass Orchard": ("recommended", 2),
        "Paper Lantern": ("recommended", 3),
        "Tin Crown": ("mentioned", None),
        "Iron Bell": ("mentioned", None),
    }  # no greeting, "Forward", series item, memoir, "Next Friday" or discount code
    assert art.subject is None
