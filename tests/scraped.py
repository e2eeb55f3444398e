"""Test helper: render a small HTML article the way the scraped test texts are made."""

from bs4 import BeautifulSoup

BLOCKS = ("h1", "h2", "p", "li", "figcaption")


def render(html: str, blocks: tuple[str, ...] = BLOCKS) -> str:
    """HTML -> each block's get_text(strip=True) (inline tags glued to their neighbours, as a scraper
    leaves them), blocks joined by blank lines, a final newline."""
    soup = BeautifulSoup(html, "html.parser")
    return "\n\n".join(b.get_text(strip=True) for b in soup.find_all(list(blocks))) + "\n"
