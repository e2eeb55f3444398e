"""HTML -> text: block structure, no gluing across inline tags, boilerplate dropped, bad markup survived."""

import pytest

from pipeline.html_text import MAX_HTML_BYTES, html_to_text, link_kind


def text_of(body: str) -> str:
    return html_to_text(f"<html><body>{body}</body></html>").text


@pytest.mark.parametrize(
    "body, expected",
    [
        ("<p>the <i>Title</i> world</p>", "the Title world\n"),
        ("<p><b>N</b>obody</p>", "Nobody\n"),
        ("<p>A <a href='#'>link</a>, then more.</p>", "A link, then more.\n"),
        ("<p>one</p><p>two</p>", "one\n\ntwo\n"),
        ("<h2>3. A Film (2018)</h2><p>Prose.</p>", "3. A Film (2018)\n\nProse.\n"),
        ("<ul><li>first</li><li>second</li></ul>", "first\n\nsecond\n"),
        ("<figure><img src='p.jpg' alt='x'><figcaption>A Film Movie Poster</figcaption></figure>", "A Film Movie Poster\n"),
        ("<p>line one<br>line two</p>", "line one line two\n"),
        ("<p>spaces   and\n\nnewlines\tfold</p>", "spaces and newlines fold\n"),
        ("<p>Fish &amp; Chips &eacute;t&eacute; &#8217;</p>", "Fish & Chips été ’\n"),
    ],
)
def test_html_text_keeps_words_and_blocks(body, expected):
    assert text_of(body) == expected


@pytest.mark.parametrize(
    "junk",
    [
        "<script>var secret = 1;</script>",
        "<style>.secret { color: red }</style>",
        "<!-- secret comment -->",
        "<nav><a href='/'>secret menu</a></nav>",
        "<header>secret masthead</header>",
        "<footer>secret footer</footer>",
        "<aside>secret sidebar</aside>",
        "<form><label>secret</label><input value='x'></form>",
        "<noscript>secret</noscript>",
        "<div class='share-bar'>secret share</div>",
        "<div class='social-links'>secret social</div>",
        "<div id='ad-slot-3'>secret ad</div>",
        "<div class='advertisement'>secret advert</div>",
        "<div class='newsletter-signup'>secret newsletter</div>",
        "<div hidden>secret hidden</div>",
        "<div role='navigation'>secret role nav</div>",
        "<iframe src='x'>secret frame</iframe>",
    ],
)
def test_html_text_drops_boilerplate(junk):
    assert "secret" not in text_of(f"<p>Kept prose.</p>{junk}<p>More prose.</p>")
    assert text_of(f"<p>Kept prose.</p>{junk}<p>More prose.</p>") == "Kept prose.\n\nMore prose.\n"


def test_html_text_records_title_evidence_and_metadata():
    page = html_to_text(
        "<html><head><title>T | Site</title><meta property='og:title' content='OG'>"
        "<meta name='author' content='A. Writer'><link rel='canonical' href='https://x.example/a'></head>"
        "<body><h1>Heading</h1><p>See <i>A Film</i> and <a href='https://x.example/n'>A Name</a>; <b>N</b>obody.</p>"
        "<img src='p.jpg' alt='A still'></body></html>"
    )
    spans = [(page.text[s:e], tag) for s, e, tag in page.spans]
    assert spans == [("A Film", "i"), ("A Name", "a")]  # "<b>N</b>obody" cuts a word: not evidence
    assert page.headings == [(1, "Heading")]
    assert page.alts == ["A still"]
    assert page.meta == {"title": "T | Site", "og_title": "OG", "author": "A. Writer", "url": "https://x.example/a"}


@pytest.mark.parametrize(
    "data, text",
    [
        ("<p>café</p>".encode("utf-8"), "café\n"),
        (b"\xef\xbb\xbf<p>caf\xc3\xa9</p>", "café\n"),
        ("<p>café</p>".encode("utf-16"), "café\n"),
        (b"<html><head><meta charset='windows-1252'></head><body><p>caf\xe9 \x93q\x94</p></body></html>", "café “q”\n"),
    ],
)
def test_html_text_decodes_declared_or_detected_encodings(data, text):
    assert html_to_text(data).text == text


@pytest.mark.parametrize(
    "markup",
    [
        "<p>unclosed <i>italic <b>bold <p>next",
        "<table><tr><td><table><tr><td>inner</td></tr></table></td></tr></table>",
        "<div>" * 10_000 + "deep text" + "</div>" * 10_000,
        "</p></div><p>stray closers",
        "<p>" + "<" * 1000 + "</p>",
    ],
)
def test_html_text_survives_malformed_markup(markup):
    page = html_to_text(markup)
    assert isinstance(page.text, str)


def test_html_text_cuts_huge_pages_and_says_so():
    big = ("<p>Some <i>Film</i> prose here.</p>" * (20_000_000 // 32)).encode()
    page = html_to_text(big)
    assert page.cut and len(big) > MAX_HTML_BYTES
    assert page.text.startswith("Some Film prose here.")


@pytest.mark.parametrize(("href", "kind"), [
    ("/person/some-name", "a:person"),
    ("https://db.example/name/nm0001/", "a:person"),
    ("/movie/some-film-1999", "a:film"),
    ("https://db.example/title/tt0001/", "a:film"),
    ("/lists/best-road-movies", "a:page"),
    ("/interviews", "a:page"),
    ("/books/some-novel", "a:page"),  # a book's page: the link names the book, not its film
    ("/franchise/the-harbour-saga", "a:page"),  # a franchise's page: the link names the series, not one film
    ("https://paper.example/2024/05/01/movies/some-film-review.html", "a:page"),  # a dated news article
    ("/movies/features/best-horror-movies/", "a:page"),  # a section anywhere in the path
    ("/en/movie/some-film", "a:film"),
    ("/reviews/some-film", "a"),
    ("/some_member/films/diary/2023/", "a:page"),  # a member's diary on a film-logging site, not a film's page
    ("https://stream.example/", "a"),
    ("#", None),
    ("", None),
    (None, None),
    ("javascript:void(0)", None),
])
def test_link_kind_reads_the_target(href, kind):
    assert link_kind(href) == kind


def test_html_text_tags_links_by_target_and_skips_links_to_nowhere():
    page = html_to_text("<p><a href='/person/a-b'>Ann Bee</a> made <a href='/movie/x'>Some Film</a>, "
                        "a <a href='#'>quietly</a> odd <a href='/features/more'>Read More Here</a>.</p>")
    assert [(page.text[s:e], tag) for s, e, tag in page.spans] == [
        ("Ann Bee", "a:person"), ("Some Film", "a:film"), ("Read More Here", "a:page")]


def test_html_text_keeps_a_credits_aside_out_of_the_text_but_beside_it():
    page = html_to_text(
        "<html><body><p>A long review.</p>"
        "<aside class='credits-box'><h4>The Salt Ledger (2012)</h4><ul><li><b>Director:</b> <a href='/person/ivo'>Ivo Brandt</a></li>"
        "<li><b>Starring:</b> Mara Quint, Tom Vane</li></ul></aside>"
        "<aside><dl><dt>Directed by</dt><dd>Nora Pike</dd><dt>Year</dt><dd>2019</dd></dl></aside>"
        "<aside class='related'><h4>Related</h4><ul><li><a href='/lists/best'>The 10 Best Thrillers</a></li>"
        "<li>Subscribe: our weekly picks</li></ul></aside></body></html>")
    assert page.text == "A long review.\n"
    assert page.credits == [["The Salt Ledger (2012)", "Director: Ivo Brandt", "Starring: Mara Quint, Tom Vane"],
                            ["Directed by: Nora Pike", "Year: 2019"]]  # the related-links aside is no credits box


def test_html_text_keeps_a_related_links_aside_out_of_the_text_but_its_headlines_beside_it():
    page = html_to_text(
        "<html><body><p>A long review.</p>"
        "<aside class='related'><h3>Related</h3><ul>"
        "<li><a href='/features/x'>Salt Line Ending Explained: Who Sank the Boat?</a></li>"
        "<li><a href='/features/y'>The Twelve Best Sea Movies, From Salt Line to Deep Harbour</a></li></ul></aside>"
        "<aside class='promo'><h3>From Our Shop</h3><ul><li><a href='/z'>Every Ana Ruiz Movie, Ranked</a></li></ul></aside>"
        "</body></html>")
    assert page.text == "A long review.\n"
    assert page.related == ["Salt Line Ending Explained: Who Sank the Boat?",
                            "The Twelve Best Sea Movies, From Salt Line to Deep Harbour"]  # not the unlabelled box
    assert page.credits == []


def test_html_text_reads_a_pick_of_the_week_aside_as_part_of_the_page():
    page = ("<article><p>Our weekly guide.</p><aside class='pick-box'><h4>Pick of the week</h4>"
            "<p><em>Glass Orchard</em> (1990) is the one to record.</p></aside>"
            "<aside><h4>More from us</h4><p>Sign up for our letters.</p></aside></article>")
    text = html_to_text(page).text
    assert "Pick of the week" in text and "Glass Orchard (1990) is the one to record." in text
    assert "Sign up" not in text


def _thread(post_words: int) -> str:
    comment = ("<div class='comment'><p class='meta'><a href='/user/moth'>u/moth</a> · 2d</p>"
               "<p>try Glass Orchard, the same cold city at night and a lonely driver</p></div>")
    return (f"<h1>Films like Cold Harbour?</h1><div class='post'><p>{' '.join(['word'] * post_words)}</p></div>"
            + comment * 4)


def test_html_text_reads_a_discussion_threads_comments():
    # a short opening post under comments that hold more words: the comments are the page
    assert html_to_text(_thread(20)).text.count("Glass Orchard") == 4


def test_html_text_drops_the_comments_under_an_article():
    # a long article with a few readers' comments below it: they are furniture
    assert "Glass Orchard" not in html_to_text(_thread(600)).text


def test_html_text_reads_comments_inside_one_comments_box():
    box = "<section id='comments'>" + _thread(20).split("</div>", 1)[1] + "</section>"
    page = "<h1>Films like Cold Harbour?</h1><div class='post'><p>word word word</p></div>" + box
    assert html_to_text(page).text.count("Glass Orchard") == 4
