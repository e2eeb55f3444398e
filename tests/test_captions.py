"""Line classification: which lines leave the body as captions, headings or debris."""

import pytest

from pipeline.captions import classify_line
from pipeline.titles import cues


@pytest.mark.parametrize(
    "line, rule",
    [
        ("0157269_poster_w780.jpg", "image_filename"),
        ("Reviews › Re-releases & Restorations", "breadcrumb"),
        ("Streaming · Netflix", "breadcrumb"),
        ("Movies › Features › Books to Screen", "breadcrumb"),  # three levels, the separators spaced
        ("Movies / Features / Galleries", "breadcrumb"),
        ("2024 | Ana Ruiz | 131 min", "metadata_line"),
        ("Interview by Tom Vane | Oct. 2, 2026", "byline"),
        ("Film: 5/5 · Restoration: 4.5/5", "rating"),
        ("Ratings: Ana 5/5, Tom 4.5/5, our guest “a five, and I would argue with anyone who gives it less.”", "rating"),
        ("IMG_2034.JPEG", "image_filename"),
        ("0310_heist_course_2031.pdf", "document_filename"),
        ("Article image", "image_placeholder"),
        ("Some Film Movie Poster", "poster_caption"),
        ("Some Film (1982) - Poster - An Actor Holding Rifle", "poster_caption"),
        ("Image via Big Studio", "image_credit"),
        ("Photo: Someone Else", "image_credit"),
        ("Watch on Netflix", "watch_on"),
        ("By Jane Doe", "byline"),
        ("Related: The 20 Best Heist Movies", "related_link"),
        ("More Then and Now:The cast of Glass Orchard, then and now|Where the Cold Harbour kids are now", "related_link"),
        ("Advertisement", "advertisement"),
        ("Some Film (1961)", "caption"),
        ("A Film Title (Some Director, 2003, France)", "caption"),
        ("3. The Long Title (2018)", "heading"),
        ("Lanterne rosse, dir. Ivo Brandt (Norway) — closing film", "caption"),  # a festival line's credit
        ("Glass Orchard, dir. Ana de Vela (Chile)", "caption"),
        ("10. Another Film", "heading"),
        ("1. When the Glass Broke...", "heading"),  # the title's own ellipsis, not a sentence's end
        ("4. Who Stole the Orchard?", "heading"),
        ("Pros: Ana Ruiz and Tom Vane; practical effects", "review_box"),
        ("The Verdict", "review_box"),
        ("Cons: the cellar scenes drag", "review_box"),
        ("Never miss a pick: our Glass Orchard newsletter lands every Friday. Sign up free.", "newsletter_promo"),
        ("Frame Shop is our weekly world-cinema newsletter. Sign up here.", "newsletter_promo"),
        ("Get a clue every week: sign up for Cold Harbour, our mystery newsletter.", "newsletter_promo"),
        ("Start Slideshow", "slideshow_nav"),
        ("Slide 4 of 12", "slideshow_nav"),
        ("Next Gallery: The Best Heist Movies of the Decade, Ranked", "slideshow_nav"),
        ("Tags: Horror, Remakes, Lists", "tag_line"),
        ("Filed under: Glass Orchard, Reviews", "tag_line"),
        ("Topics:Heist,Crime", "tag_line"),
        # a release calendar's entry whose distributor ends in a full stop, and an entry's long credits line
        ("Glass Orchard — March 8 (Northlight Bros.)", "caption"),
        # a discussion thread's furniture: author, score, deleted comment, buttons, sort control
        ("u/moth_lantern · 3d", "thread_furniture"),
        ("u/pebbleyard· MOD · 5h · Stickied comment", "thread_furniture"),
        ("[deleted] · 1d", "thread_furniture"),
        ("[removed]", "thread_furniture"),
        ("57 points", "thread_furniture"),
        ("-2 points", "thread_furniture"),
        ("Reply Share Report", "thread_furniture"),
        ("Reply Share Save Follow", "thread_furniture"),
        ("Sort by: top", "thread_furniture"),
        ("Director: Mara Quint | Cast: Tom Vane, Ivo Brandt, Ana Ruiz, Lena Marsh, Olu Baptiste, Kit Sorel", "caption"),
        # a live blog's timestamps and its reminder between entries
        ("10:42 p.m. ET", "timestamp"),
        ("9:05 PM", "timestamp"),
        ("21:40 GMT", "timestamp"),
        ("Refresh for updates", "live_updates"),
        ("Reload this page for the latest", "live_updates"),
        # an archive's teaser cards and its page controls, a site's footer links
        ("8 min read", "read_time"),
        ("Monday, March 3, 2031 · 4 min read", "read_time"),
        ("Page 3 of 9", "pagination"),
        ("Page3of9", "pagination"),
        ("← Newer posts", "pagination"),
        ("Older entries →", "pagination"),
        ("Sort by: Newest | Most read", "thread_furniture"),
        ("About · Privacy · Terms · Advertise", "site_footer"),
        ("Contact us | Careers | Cookies | Help", "site_footer"),
        # an e-mail newsletter's furniture
        ("Having trouble reading this e-mail? View in browser | Forward to a friend", "newsletter_furniture"),
        ("View this email in your browser", "newsletter_furniture"),
        ("Hi Movie Lover,", "newsletter_furniture"),
        ("Dear reader,", "newsletter_furniture"),
        ("In this issue: The big pick · In cinemas · New on streaming · From the vault", "newsletter_furniture"),
    ],
)
def test_classify_line_finds_non_prose(line, rule):
    assert classify_line(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "They are both films about people pushed to the edge of society.",
        "The movie focuses on a wandering samurai who takes justice into his own hands.",
        "It stars two actors and was released in 1999.",
        "Watching it again, the poster in the hallway was the only thing that felt dated.",
        "The heroine edits a newsletter for a small town and falls for its printer.",
        "The verdict of the jury comes in the last reel, and it is a shock.",
        "2. Why did it work?",
        "More than ever: the film splits its audience in two.",  # "More" and a colon, but no "|" of headlines
        "We left early, dir. Vane said nothing",
        "1. Watch it now...",
        "00:47:05 — Ana walks out of Glass Orchard (1971)",  # a podcast's timestamp: prose, not a heading
        "12:30 — Why the ending works",
        "Share the report with the crew.",  # button words in a sentence
        "57 points of light over the harbour, and a boat.",
        "The shoot ran long — June 7 was the last day, and the crew left Rome.",  # a dash before a date in prose
        "Hello, said the stranger at the door, and the night began.",  # a greeting inside a story
        "In this issue of the magazine: twelve pages on one film.",
        "",
    ],
)
def test_classify_line_keeps_prose(line):
    assert classify_line(line) is None


@pytest.mark.parametrize("line, rule", [("Face/Off", "caption"), ("Next of Kin", "caption"), ("Love / Hate in the City", "caption"), ("Slide Away", "caption"), ("About Time", "caption"), ("The Last Page", "caption"), ("3. Glass Orchard | Ana Ruiz | 1975", "heading")])
def test_classify_line_keeps_titles_that_look_like_site_furniture(line, rule):
    assert classify_line(line) == rule


@pytest.mark.parametrize("label", sorted(cues()["link_labels"]))
def test_classify_line_every_link_label_opens_a_related_link_line(label):
    # one list: the labels that open a related-links block also open a "Label: headline" line
    assert classify_line(f"{label.title()}: Nine Heist Movies Worth Your Evening") == "related_link"


@pytest.mark.parametrize("line", ["Trending: The Twelve Best Sea Movies, Ranked", "Keep reading: Every Ana Ruiz Movie",
                                  "More like this: Nine Heist Movies Worth Your Evening"])
def test_classify_line_a_block_label_with_a_colon_is_a_related_link(line):
    assert classify_line(line) == "related_link"


@pytest.mark.parametrize("line", ["Glass Orchard Collector’s Edition Steelbook (4K UHD + Blu-ray)— $19.49 (was $34.99) at Shopwell",
                                  "Night Ferry: The Complete Series (Blu-ray) — $44.99 (was $89.99) at Big Mart"])
def test_classify_line_keeps_a_product_line_of_a_deals_page_in_the_text(line):
    assert classify_line(line) is None


def test_thread_replies_a_short_dated_reply_on_a_thread_is_prose():
    from pipeline.captions import thread_replies
    texts = ["u/moth · 2d", "12 points", "Pale Crossing (1996). grim, cold and very good.", "Reply Share Report",
             "Pale Crossing (1996)"]
    kinds = [classify_line(t) for t in texts]
    assert kinds[2] == "caption" and thread_replies(texts, kinds) == kinds[:2] + [None] + kinds[3:]
    assert thread_replies(texts[2:3], kinds[2:3]) == ["caption"]  # no thread: a caption line as before


@pytest.mark.parametrize("line, kind", [
    ("1,284 Films 212 This year 41 Lists 368 Following 1,907 Followers", "stats_line"),
    ("1,284Films212This year41Lists368Following1,907Followers", "stats_line"),
    ("18 films · 13 first watches · 5rewatches · 6 ♥ · average 3.8 ★", "stats_line"),
    ("← September 2023 · November 2023 →", "pager"),
    ("It ran for 3 days and 2 nights in the city.", None),
    ("1999 · Drama · 2h 10m · Ana Ruiz", None),
])
def test_classify_line_finds_count_and_pager_lines(line, kind):
    assert classify_line(line) == kind
