"""HTML -> article text, with the markup kept as evidence (used by the ingest stage).

Text comes out block by block (paragraphs, headings, list items, captions, table
cells, each on its own line, blank line between), inline elements never add or
remove a space (`the <i>Title</i> world`, `<b>N</b>obody`), and whitespace runs
fold to one space. Scripts, styles, comments, navigation, headers, footers,
asides (but a writer's "Pick of the week" box), forms, share bars and ads are dropped. The walk is iterative, so any
nesting depth is safe. Readers' comments are kept on a discussion thread, where they are the page: its
comment boxes hold more words than everything else, and that rest is a short opening post.

Evidence returned beside the text: the character spans of emphasised, cited and
linked words (title candidates), the headings, image alt texts and page metadata,
and the lines of any dropped box that is a film's credits box ("Director: Name",
"Release date: ...", read by pipeline/credits_box.py), which stay out of the text, and the
headlines of any dropped related-links box ("Related" over linked article headlines, read by
pipeline/link_titles.py for the films they name), which stay out of the text too.
A link is tagged by what its target is: "a:person" (a person's page), "a:film" (a
film's page), "a:page" (another article, list or section of the site) or plain "a";
a link that goes nowhere ("#", empty, javascript:) is no evidence at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Comment, Doctype, NavigableString, ProcessingInstruction, Tag, UnicodeDammit

from pipeline.credits_box import box_lines
from pipeline.link_titles import related_headlines
from pipeline.lexicon import data_file
from pipeline.titles import cues, normalise

BLOCK = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "figure", "figcaption",
    "blockquote", "section", "article", "main", "table", "tr", "td", "th", "thead", "tbody",
    "caption", "pre", "dl", "dt", "dd", "address", "details", "summary", "hr", "body", "html",
}
DROP = {
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button", "select",
    "input", "textarea", "iframe", "svg", "template", "object", "embed", "canvas", "menu",
    "dialog", "head", "video", "audio", "map",
}
# class/id words of boilerplate containers (share bars, ads, newsletters, comments...)
DROP_MARKERS = re.compile(
    r"(?:^|[\s_-])(?:share|sharing|social|advert\w*|ads?|ad-slot|sponsor\w*|promo\w*|newsletter|"
    r"subscribe|cookie\w*|consent|breadcrumbs?|comments?|sidebar|popup|modal|related-posts|outbrain|taboola)(?:$|[\s_-])",
    re.IGNORECASE,
)
_COMMENT_MARK = re.compile(r"(?:^|[\s_-])comments?(?:$|[\s_-])", re.IGNORECASE)  # a readers' comment box
THREAD_POST_WORDS = 400  # an opening post longer than this is an article whose comments are furniture
THREAD_COMMENTS = 3  # comment boxes a discussion thread holds at least
BOX_TAGS = {"aside", "div", "section", "table", "dl", "ul"}  # dropped containers that may hold a credits or links box
EVIDENCE_TAGS = {"i", "em", "cite", "a", "b", "strong", "u", "q"}
_SPACE = re.compile(r"\s+")
MAX_HTML_BYTES = 5_000_000  # larger pages are cut to this many bytes (and the report says so)


@dataclass
class HtmlText:
    """What one HTML page yields: text, markup spans (start, end, tag) into it, and evidence."""

    text: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    headings: list[tuple[int, str]] = field(default_factory=list)  # (level, text)
    alts: list[str] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    encoding: str | None = None
    cut: bool = False
    credits: list[list[str]] = field(default_factory=list)  # lines of each dropped credits box
    related: list[str] = field(default_factory=list)  # headlines of dropped related-links boxes


def decode_html(data: bytes) -> tuple[str, str | None]:
    """HTML bytes -> (markup text, encoding), from a BOM, the document's own declaration, or detection."""
    dammit = UnicodeDammit(data, is_html=True)
    if dammit.unicode_markup is None:
        return data.decode("utf-8", errors="replace"), "utf-8 (with replacements)"
    return dammit.unicode_markup, dammit.original_encoding


def html_to_text(markup: str | bytes) -> HtmlText:
    """An HTML page (str, or bytes of any encoding) -> HtmlText. Never raises on bad markup."""
    encoding = None
    cut = False
    if isinstance(markup, bytes):
        if len(markup) > MAX_HTML_BYTES:
            markup, cut = markup[:MAX_HTML_BYTES], True
        markup, encoding = decode_html(markup)
    elif len(markup) > MAX_HTML_BYTES:
        markup, cut = markup[:MAX_HTML_BYTES], True
    soup = BeautifulSoup(markup, "lxml")
    out = _Walker()
    out.walk(soup)
    result = out.finish()
    if _discussion_thread(soup, result.text):  # the comments are the page: read it again with them
        out = _Walker(comments=True)
        out.walk(soup)
        result = out.finish()
    result.meta = _metadata(soup)
    result.encoding, result.cut = encoding, cut
    return result


class _Walker:
    """Iterative depth-first walk that builds the text block by block."""

    def __init__(self, *, boxes: bool = True, comments: bool = False) -> None:
        self.boxes = boxes  # look into dropped containers for credits boxes (not inside one: stays linear)
        self.comments = comments  # a discussion thread: readers' comment boxes are read as text
        self.blocks: list[str] = []
        self.length = 0  # characters of "\n\n".join(blocks)
        self.spans: list[tuple[int, int, str]] = []
        self.headings: list[tuple[int, str]] = []
        self.alts: list[str] = []
        self.cur = ""
        self.cur_spans: list[tuple[int, int, str]] = []
        self.open: list[tuple[int, str]] = []  # evidence tags open in the current block
        self.credits: list[list[str]] = []
        self.related: list[str] = []

    def walk(self, root: Tag) -> None:
        stack: list[tuple[object, bool]] = [(root, False)]
        while stack:
            node, leaving = stack.pop()
            if leaving:
                self._leave(node)
                continue
            if isinstance(node, (Comment, Doctype, ProcessingInstruction)):
                continue
            if isinstance(node, NavigableString):
                self._text(str(node))
                continue
            if not isinstance(node, Tag):
                continue
            if _dropped(node, self.comments) and not _pick_box(node):
                if self.boxes and node.name in BOX_TAGS:
                    self._keep_box(node)
                continue
            name = node.name
            if name == "br":
                self._text(" ")
                continue
            if name == "img":
                if node.get("alt", "").strip():
                    self.alts.append(_SPACE.sub(" ", node["alt"]).strip())
                continue
            if name in BLOCK:
                self._break()
            elif name in EVIDENCE_TAGS:
                self.open.append((len(self.cur), link_kind(node.get("href")) if name == "a" else name))
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(node.contents))

    def _keep_box(self, node: Tag) -> None:
        """A dropped container: its lines kept aside when it is a credits box, its headlines
        when it is a related-links box; anything else is gone."""
        blocks = _box_blocks(node)
        if lines := box_lines(blocks):
            self.credits.append(lines)
        else:
            self.related.extend(related_headlines(blocks))

    def _leave(self, node: Tag) -> None:
        name = node.name
        if name in BLOCK:
            if name in {"h1", "h2", "h3", "h4"} and self.cur.strip():
                self.headings.append((int(name[1]), self.cur.strip()))
            self._break()
        elif name in EVIDENCE_TAGS and self.open:
            start, tag = self.open.pop()
            if tag is None:
                return  # a link to nowhere
            text = self.cur
            lead = len(text[start:]) - len(text[start:].lstrip())
            end = len(text.rstrip())
            if end > start + lead:
                self.cur_spans.append((start + lead, end, tag))

    def _text(self, text: str) -> None:
        text = _SPACE.sub(" ", text)
        if not self.cur or self.cur.endswith(" "):
            text = text.lstrip(" ")
        self.cur += text

    def _break(self) -> None:
        block = self.cur.rstrip()
        lead = len(block) - len(block.lstrip())
        if block.strip():
            base = self.length + (2 if self.blocks else 0)  # a running total: summing every block is quadratic
            self.blocks.append(block.strip())
            self.length = base + len(self.blocks[-1])
            clean = block.strip()
            for s, e, tag in self.cur_spans:
                s, e = max(s - lead, 0), min(e - lead, len(clean))
                # a span that cuts a word ("<b>N</b>obody") is styling, not a title
                if e > s and not (s > 0 and clean[s - 1].isalnum()) and not (e < len(clean) and clean[e].isalnum()):
                    self.spans.append((base + s, base + e, tag))
        self.cur, self.cur_spans, self.open = "", [], []

    def finish(self) -> HtmlText:
        self._break()
        text = "\n\n".join(self.blocks)
        return HtmlText(text + ("\n" if text else ""), self.spans, self.headings, self.alts, credits=self.credits,
                        related=self.related)


def _box_blocks(node: Tag) -> list[str]:
    """A dropped container -> its text blocks, read as the page's own text is (never joining it)."""
    inner = _Walker(boxes=False)
    for child in node.contents:
        inner.walk(child)
    inner._break()
    return inner.blocks


def link_kind(href) -> str | None:
    """A link's href -> its evidence tag: "a:person", "a:film", "a:page", "a", or None for a
    link that goes nowhere (none, "#...", "javascript:"), whose words were styled, not linked."""
    href = str(href or "").strip()
    if not href or href.startswith("#") or href.lower().startswith(("javascript:", "mailto:", "tel:")):
        return None
    try:
        path = urlsplit(href).path
    except ValueError:
        return "a"
    kinds = data_file("links.toml")
    segments = [seg for seg in path.lower().split("/") if seg]
    # "/person/some-name": the last segment is the page's own slug; "/interviews": a section
    head = segments[:-1] if len(segments) > 1 else segments
    if any(seg in kinds["page"] or re.fullmatch(r"(?:19|20)\d\d", seg) for seg in head):
        return "a:page"  # a site section or a dated news path anywhere: another article of the site
    for kind in ("person", "film"):
        if head and head[-1] in kinds[kind]:  # the segment right before the slug says what it is
            return f"a:{kind}"
    return "a"


def _discussion_thread(soup: BeautifulSoup, kept: str) -> bool:
    """Whether a page is a discussion thread: at least THREAD_COMMENTS readers' comment boxes (not otherwise
    boilerplate, nor inside such boilerplate; a box of comments counts the comments inside it) whose outermost
    ones hold more words than the text read without them (kept), which is a short opening post (at most
    THREAD_POST_WORDS words)."""
    kept_words = len(kept.split())
    if kept_words > THREAD_POST_WORDS:
        return False
    boxes = [node for node in soup.find_all(True) if _dropped(node) and not _dropped(node, True)
             and not any(_dropped(up, True) for up in node.parents if isinstance(up, Tag))]
    outer = [b for b in boxes if not any(_dropped(up) for up in b.parents if isinstance(up, Tag))]
    return len(boxes) >= THREAD_COMMENTS and sum(len(b.get_text(" ").split()) for b in outer) > kept_words


def _dropped(node: Tag, comments: bool = False) -> bool:
    """Whether an element is boilerplate: a dropped tag, hidden, or a share/ad/newsletter box (a readers'
    comment box too, unless comments is true: a discussion thread's comments are its text)."""
    if node.name in DROP:
        return True
    attrs = node.attrs or {}
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    marks = " ".join(attrs.get("class", []) if isinstance(attrs.get("class"), list) else [str(attrs.get("class", ""))])
    marks += " " + str(attrs.get("id", "")) + " " + str(attrs.get("role", ""))
    if comments:
        marks = _COMMENT_MARK.sub(" ", marks)
    return bool(marks.strip()) and (bool(DROP_MARKERS.search(marks)) or attrs.get("role") in {"navigation", "banner", "complementary", "contentinfo"})


def _pick_box(node: Tag) -> bool:
    """An <aside> whose first heading is a pick label of cues.toml `pick_labels` ("Pick of the week"):
    the writer's own recommendation box, read as part of the page (pipeline/pick_sections.py)."""
    if node.name != "aside":
        return False
    heading = node.find(["h2", "h3", "h4", "h5", "h6"])
    return heading is not None and normalise(heading.get_text(" ")) in cues()["pick_labels"]


def _metadata(soup: BeautifulSoup) -> dict[str, str]:
    """<title>, og:title, canonical URL, published time and author, where the page has them."""
    meta: dict[str, str] = {}
    if soup.title and soup.title.string:
        meta["title"] = _SPACE.sub(" ", soup.title.string).strip()
    wanted = {"og:title": "og_title", "article:published_time": "published_time", "author": "author",
              "article:author": "author", "og:url": "url"}
    for tag in soup.find_all("meta"):
        key = tag.get("property") or tag.get("name")
        if key in wanted and tag.get("content") and wanted[key] not in meta:
            meta[wanted[key]] = _SPACE.sub(" ", tag["content"]).strip()
    link = soup.find("link", rel="canonical")
    if link and link.get("href"):
        meta["url"] = link["href"].strip()
    return meta
