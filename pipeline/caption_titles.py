"""Caption and heading lines -> film candidates: what of the line is the title, and which
rank, year, director or cast it states ("3. Title (Director, 2003)", "Title Movie Poster",
"Actor Name in Title", "Name, Title", "Title (Oct. 3)", "Title (Country) — Prize").

Input: one Caption of the clean stage; output: a titles.Candidate or None for a line that
names no film (an award category, a season finale, a credit line). No title list is used.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from pipeline.captions import DIR_CREDIT, RANK_START, YEAR_PAREN
from pipeline.diary_lines import diary_entry
from pipeline.credits_box import BAR, bare_credit, credit_year, director_credit, labelled
from pipeline.lexicon import NAME_WORD, is_given_name, zipf
from pipeline.months import DATE_YEAR, MONTH, MONTH_OR_SHORT, RELEASE_DATE, SCREENING_TIME, WEEKDAY, month_day, release_after
from pipeline.line_labels import course_line, showing_rest, unfilmed_line
from pipeline.showtimes import DAY_LINE, is_listing, schedule_page, strip_rating, strip_showtime
from pipeline.titles import SMALL, Candidate, cues, is_titlecase, normalise

# a quoted nickname may stand between given name and surname: "Ana “Red” Ruiz"
_NAME_WORDS = r"[A-Z][\w’'\-]+(?:\s+(?:[A-Z]\.\s+|[“\"][A-Z][\w’'\-]{1,20}[”\"]\s+)?[A-Z][\w’'\-]+){1,2}"
# "Actor Name in Title", "A Name and B Name in Title", "A Name, B Name in Title"
_ACTOR_IN = re.compile(rf"^((?!(?:The|A|An)\b){_NAME_WORDS}(?:(?:,\s+|,?\s+and\s+){_NAME_WORDS})*)\s+in\s+(.+)$")
# "Actor Name as Character Name in Title (2019)": a slide heading naming the role and the dated film
# (undated, "Name as Role in Head" is often a photo caption giving a "Head: Subtitle" film's short name)
_ACTOR_AS_IN = re.compile(rf"^((?!(?:The|A|An)\b){_NAME_WORDS})\s+as\s+([A-Z“\"][^,;:()]{{0,40}}?)\s+in\s+([A-Z0-9].*)$")
# "Creature in Title": one rare word (a character or creature) before "in" in a still's caption
# "1997 and in 2025", "2019", "1997, 2025": only the dates after "Name in" (a dated photo of a person)
_PHOTO_YEARS = re.compile(r"(?:18|19|20)\d\d(?:\s*(?:,|and|&|–|-)\s*(?:in\s+)?(?:18|19|20)\d\d)*")
_ONE_NAME_IN = re.compile(r"^((?!(?:The|A|An)\b)[A-Z][\w’'\-]+)\s+in\s+([A-Z].*)$")
RARE_ONE = 3.0  # zipf: a lone word before "in" this rare is a name ("Lost in ..." is a title's start)
_MAKER_OF = re.compile(rf"^({_NAME_WORDS})(?:’s|'s|’|')\s+([A-Z].*)$")
# "Title. Photo: Studio", "Title (Photo: Studio)": the credit is not part of the caption's subject
_CREDIT = re.compile(r"\.?\s*\(?\b(?:(?:Photo|Photograph|Image|Still|Credit|Source)s?(?:\s+credit)?\s*(?::|by\b)|Courtesy\s+of\b)\s.*$"
                     r"|\s*©.*$", re.IGNORECASE)
# "Title (United Kingdom)": a country or language in brackets after a heading's title
_COUNTRY = re.compile(r"\s*\((?:[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){0,2})(?:\s*[/,]\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)*\)\s*$")
# "Title (Oct. 3)", "Title (October 3, 2025)", "Title — 3 Oct": a release date after a listing's title
_DATE = re.compile(rf"\s*(?:[(\[]|[-–—|:]\s*){month_day(ordinal=False)}{DATE_YEAR}[)\]]?\s*$")
# "Title — June 7 (Studio)", "Title— Fall, date TBA (Service)": a tracker's release date and distributor
_DASH_RELEASE = re.compile(release_after(r"(?:\s+-|\s*[–—])\s*", to_end=True))
# "June 7 — Title (Studio)", "Fri., June 7: Title": the same date before the title
_RELEASE_LEAD = re.compile(rf"^{RELEASE_DATE}{DATE_YEAR}\s*(?:[:–—]|\s-)\s*(?=\S)")
# "Untitled Name Project", "Untitled Studio Sequel": a placeholder for a film that has no title yet
_PLACEHOLDER = re.compile(r"^Untitled\s+(?:\S+\s+){0,4}(?:project|film|movie|sequel|feature)$", re.IGNORECASE)
# "Wednesday, June 4", "Sun. 1 June": a listing's date line, not a title (a title may be "Month N" alone);
# also a screening's date and time ("Thu 5 Mar, 21:15", "Tuesday, March 3 at 6:45pm", "Mon 2 Feb and
# Mon 9 Feb, 14:30", "Sat 7 Mar, 16:00 (and nightly until Fri 13 Mar)")
_DAY_DATE = rf"{WEEKDAY}\.?,?\s+{month_day()}{DATE_YEAR}"
_AND = r"\s*(?:,|&|\band\b|\bor\b)\s*"
_SHOWING = rf"{_DAY_DATE}(?:(?:,?\s+|\s*[–—|-]\s*)(?:at\s+|from\s+)?{SCREENING_TIME}(?:{_AND}{SCREENING_TIME})*)?"  # a day and its times
_WEEKDAY_DATE = re.compile(rf"^{_SHOWING}(?:{_AND}{_SHOWING})*(?:\s*\([^()]*\))?\s*$", re.IGNORECASE)
# "Jan. 1", "January 14", "14 January", "Dec. 25, 2025": a line that is nothing but a date
_DATE_ALONE = re.compile(rf"^{month_day()}{DATE_YEAR}\s*$")
# "March", "June 2019": a month heading of a calendar page (a run of them; see date_lines)
_MONTH_ALONE = re.compile(rf"^{MONTH}(?:\s+(?:1[89]|20)\d\d)?\s*$")
# "Diary October 2023", "March 2024": the month a schedule or a diary covers (read on such pages only)
_PERIOD_HEAD = re.compile(rf"^(?:[A-Z][a-z]+\s+)?{MONTH}\s+(?:1[89]|20)\d\d$")
# "Directed by Name", "Written and directed by Name": a credit line under an entry's heading
_DIRECTED_LINE = re.compile(r"^(?:Written\s+and\s+)?[Dd]irected\s+by\s+(.+?)\.?$")
_CREDIT_OPEN = re.compile(r"^(?:(?:Written|Produced|Shot|Edited|Narrated)(?:\s+and\s+\w+)?\s+by|Screenplay\s+by|Music\s+by|Starring|Featuring)\s")
# "2007 — ", "2007 –": a year and a dash between an entry's number and its title (glued or spaced)
_EVENT_YEAR = re.compile(r"^(?:18|19|20)\d\d\s*[—–]\s*(?=\S)")
_POSTER = re.compile(r"\s*(?:[-–—|:]\s*)?(?:official\s+|theatrical\s+|movie\s+|film\s+|teaser\s+|character\s+)*posters?\b.*$", re.IGNORECASE)

TITLE_LINES = {"caption", "heading", "poster_caption"}


@cache
def still_from() -> re.Pattern:
    """"A still from Title", "An image from Title", "Still from Title": what a caption shows, before its film."""
    heads = "|".join(re.escape(w) for w in cues()["still_heads"])
    return re.compile(rf"^(?:(?:An?|The)\s+(?:{heads})|Still)\s+from\s+(?=[A-Z0-9])")


# also glued ("ShowSeason 2 Finale") or in brackets ("Show (seasons 1-3)")
_TV_PART = re.compile(r"(?:\b|(?<=[a-z]))(?:Season|Series|Episode)s?\s+\d|\b(?:season|episode)s?\s+\d")
_PRIZE = re.compile(r"(?<=\))\s*[—–-]\s+\S.*$")
_TRAILING_PAREN = re.compile(r"\s*\(([^()]{2,60})\)\s*$")
NAME_COMMA = re.compile(r"^([^,]{3,60}),\s+((?!(?:1[89]|20)\d\d$)[A-Z0-9].*)$")  # "Name, Title"; not "Name, 2024"
# "Name – Title", "Name–Title": a nominee line (en or em dash, glued or spaced; the names may hold hyphens)
NAME_DASH = re.compile(r"^([^–—]{3,60}?)\s*[–—]\s*([A-Z0-9“\"][^–—]*)$")


_NAME_LIST = re.compile(r"\s+(?:and|&)\s+|,\s+")


def split_names(names: str) -> list[str]:
    """"Name and Name", "Name, Name & Name" -> the names, in order."""
    return _NAME_LIST.split(names)


def is_name(span: str) -> bool:
    """"Given Surname": 2-4 capitalised words (name particles allowed), the first a census or
    performer given name or an initial before two more words ("M. Middle Surname"), or else no word
    of them a common English word ("Tran Vu")."""
    words = span.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() or w in _PARTICLES for w in words[1:]) or not words[0][:1].isupper():
        return False
    initial = len(words) >= 3 and re.fullmatch(r"[A-Z]\.", words[0]) is not None
    return is_given_name(words[0]) or initial or all(zipf(w) < NAME_WORD for w in words if w not in _PARTICLES)


_PARTICLES = {"de", "del", "della", "van", "von", "der", "den", "le", "la", "du", "di", "da", "bin", "al"}


def names_only(text: str) -> bool:
    """"Ana Ruiz", "Ana Ruiz and Tom Vane": one or more names and nothing else."""
    return all(is_name(p) for p in split_names(text.strip()))


def _people_only(text: str) -> bool:
    """"Ana Ruiz and Tom Vane", "Ana Ruiz, Tom Vane": two or more names and nothing else."""
    parts = split_names(text.strip())
    return len(parts) >= 2 and all(is_name(p) for p in parts)


def award_category(text: str) -> bool:
    """"Best Supporting Actress": "Best" and a word of an award category (cues.toml)."""
    words = text.split()
    return len(words) >= 2 and words[0] == "Best" and words[1].lower() in cues()["award_category_words"]


def _credit_line(text: str) -> bool:
    """"Director: Name", "Cinematography: Name": a line whose label before the colon is a credit
    label of cues.toml (a film's credits box), so what follows is a person, not a title."""
    return bool(pair := labelled(text)) and pair[0] in cues()["credit_labels"]


def caption_candidate(caption) -> Candidate | None:
    """A caption/heading line -> a film candidate with any rank, year and director it states."""
    if caption.rule not in TITLE_LINES:
        return None
    text = caption.text
    if is_weekday_date(text) or _credit_line(text) or _DIRECTED_LINE.match(text) or _CREDIT_OPEN.match(text):
        return None
    if unfilmed_line(text) or course_line(text):
        return None  # "Instructor: Name", "Reading: Author, Book", "CINE 310: Course Name": no film
    text = showing_rest(text) or text  # "Screening 2: Title (Name, 1966)": the label is no part of the title
    diary = diary_entry(text)  # "Sun 01 Title 1978 ★★★★ ♥": a diary line's title and bare year
    text = diary[0] if diary else strip_rating(strip_showtime(text))  # "8 p.m. Title (1990) ★★★ Channel": a listing line
    rank = None
    if m := RANK_START.match(text):
        rank = int(m.group(1) or m.group(2))
        text = text[m.end():]
        text = _EVENT_YEAR.sub("", text)  # "3. 2007 — Title": the year of a ceremony or an edition, not the film's
    year, director = (diary[1] if diary else None), None
    if m := YEAR_PAREN.search(text):
        year = int(m.group(1))
        inside = m.group(0)[1:-1]
        first = inside.split(",")[0].strip()
        if "," in inside and first and not first.isdigit() and first[0].isupper():
            director = first
        text = text[: m.start()]
    # "Title (Director, 1956, 35mm)": a programme's entry line; its shape vouches for a sentence-case title
    credited = director is not None or (m := DIR_CREDIT.match(text)) is not None
    if credited and director is None:  # "Title, dir. Name (Country) — opening film": the line's shape vouches for its title
        director, text = m.group("name"), m.group("title")
    text = _DASH_RELEASE.sub("", _DATE.sub("", _CREDIT.sub("", _RELEASE_LEAD.sub("", text))))
    if _people_only(text) and not (rank is not None and year is not None and text.count(",") == 1):
        return None  # "Ana Ruiz and Tom Vane. Photo: Studio": a photo of people, not a title ("3. Character, Title (Year)" is an entry)
    text = _PRIZE.sub("", text)  # "Title (Country) — Prize": the prize is not part of it
    if (m := _TRAILING_PAREN.search(text)) and _TV_PART.search(m.group(1)):
        return None  # "Show (Season 3)": television
    if m := _TRAILING_PAREN.search(text):  # "Title (Name Surname)", "Title (Studio/Studio)", "Title (June 14, Studio)"
        inside = m.group(1)
        if director is None and names_only(inside):
            director, text = inside, text[: m.start()]  # one director or a pair ("Name and Name")
        elif re.search(r"[\d/]", inside):
            text = text[: m.start()]
    text = _COUNTRY.sub("", text) if year is None else text
    if award_category(text) or _TV_PART.search(text) or _PLACEHOLDER.match(text.strip()):
        return None  # "Best Supporting Actress": an award category; "Show Season 2 Finale": television; "Untitled ... Project"
    text = still_from().sub("", _POSTER.sub("", text)).strip(" -–—|:‘’'\"“”")
    cast = None
    if (m := _ACTOR_IN.match(text)) and _PHOTO_YEARS.fullmatch(m.group(2)) and names_only(m.group(1)):
        return None  # "Name in 1997 and in 2025": a photo of a person then and now, not a title
    if year is not None and (m := _ACTOR_AS_IN.match(text)) and all(is_titlecase(w) for w in m.group(2).split()):
        cast, text = m.group(1), m.group(3)  # "Actor Name as Character in Title (2019)": a slide's heading
    elif (m := _ACTOR_IN.match(text)) and m.group(2)[:1].isupper():
        cast, text = m.group(1), m.group(2)  # "Actor Name in Title": a still from the film
    elif (m := _ONE_NAME_IN.match(text)) and zipf(m.group(1)) < RARE_ONE:
        text = m.group(2)  # "Creature in Title": a still of a character, no cast credit
    elif (m := re.match(r"^([^,]{3,60}),\s+(?:1[89]|20)\d\d$", text)) and is_name(m.group(1)):
        return None  # "Name Surname, 2024": a credit line, not a title
    elif (m := NAME_COMMA.match(text)) and names_only(m.group(1)):
        text = m.group(2)  # "Name, Title": a nominee line (the name may be the actor's or the director's)
    elif (m := NAME_DASH.match(text)) and names_only(m.group(1)) and not names_only(m.group(2)):
        cast, text = m.group(1).strip(), m.group(2).strip()  # "Name – Title": a nominee line (see award_lines)
    elif (m := NAME_DASH.match(text)) and names_only(m.group(2)) and not names_only(m.group(1)):
        cast, text = m.group(2).strip(), m.group(1).strip()  # "Title – Name": the same, title first
    elif (m := _MAKER_OF.match(text)) and director is None and is_given_name(m.group(1).split()[0]):
        director, text = m.group(1), m.group(2)  # "Given Surname’s Title"
    words = text.split()
    if not words or len(words) > 10 or not all(is_titlecase(w) or w in ("–", "—") for w in words) \
            and not ((credited or diary) and is_titlecase(words[0])):  # a credited or diary line's title may be
        return None  # sentence case ("La vita nuova", "Le grand voyage", "Trick or treat")
    if len(words) > 1 and words[-1].islower() and words[-1] in SMALL:
        return None  # "Listening in": a sentence-case section heading, not a title
    if any(w.lower() in {"movies", "films", "shows", "series"} for w in words):
        return None  # "10 Great Action Movies to Watch": an article title, not a film
    if len(words) == 1 and words[0].lower() in cues()["not_titles"] and year is None:
        return None  # "Also", "Netflix"; but "5. It (2017)": a dated line names a film, whatever its word
    if year is None and normalise(text) in cues()["services"]:
        return None  # "Prime Video", "Disney+": a streaming service's heading over its picks
    source = "heading" if caption.rule == "heading" else "caption"
    return Candidate(None, None, text, source, year=year, director=director, rank=rank, marker_at=caption.before, cast=cast)


def is_weekday_date(line: str) -> bool:
    """"Thu 5 Mar, 21:15", "Tuesday, Apr. 14": a line that is only a weekday's date (and times)."""
    return bool(_WEEKDAY_DATE.match(line.strip()))


def date_lines(captions, per_caption: list) -> list:
    """Lines that are nothing but a date ("Jan. 1", "January 14") or a month ("March", "June 2019")
    are a listing's date headings over the titles below them, not titles, when the month is shortened
    with a full stop or two such lines stand in the article (a lone "September 5" or "May" may be a
    film's title).

    captions: the caption/heading lines; per_caption: their candidates, same order. Returns
    per_caption with None for the date lines."""
    dated = [_DATE_ALONE.match(cap.text.strip()) or _MONTH_ALONE.match(cap.text.strip()) for cap in captions]
    run = sum(1 for m in dated if m) >= 2
    return [None if m and (run or "." in m.group(0)) else c  # "Jan. 1": the only full stop a date line can hold
            for m, c in zip(dated, per_caption)]


def bar_credit_person(line: str) -> str | None:
    """"2024 | Given Surname | 131 min", "Distributor | R | Given Surname": a credits line of three or more
    unlabelled parts, one a running time or rating, exactly one a person's name -> that name (such a
    line credits the director), else None."""
    parts = BAR.split(line.strip())
    kinds = [bare_credit(p) for p in parts]
    if len(parts) < 3 or not any(k and k[0] != "year" for k in kinds):
        return None
    people = [p for p, k in zip(parts, kinds) if k is None and is_name(p)]
    return people[0] if len(people) == 1 else None


def credit_directors(captions, per_caption: list) -> list:
    """A "Directed by Name", "Director: Name", "Director: Name | Cast: Name, Name" or "2024 | Name | 98 min"
    line right under an entry's heading gives that entry its director, and the year such a bar-separated
    line states ("2021 | Name | 90 min") where the heading gave none: the credits date the entry's own
    version, not an older film of its title named in the text.

    captions: the article's caption/heading lines; per_caption: their candidates (None where a
    line names no film), same order. Returns per_caption with those directors filled in."""
    out = list(per_caption)
    for i in range(1, len(captions)):
        directed = _DIRECTED_LINE.match(captions[i].text)
        names = directed.group(1) if directed else director_credit(captions[i].text) or bar_credit_person(captions[i].text)
        prev = out[i - 1]
        if names and prev is not None and prev.director is None and names_only(names):
            out[i - 1] = replace(prev, director=names, year=prev.year or credit_year(captions[i].text))
    return out


def year_lines(captions, per_caption: list) -> list:
    """A line holding only a year ("Glass Orchard" then "1985"), or a metadata line stating one
    ("2019 | Name | 1h 52m", "Year: 2031 | Runtime: 1h 58m", "Distributor | R | 2021"; credits_box.credit_year),
    right under a title line (both moved out at one place of the text) is that title's year, not a film of its own.

    captions: the caption/heading lines; per_caption: their candidates, same order. Returns
    per_caption with the year given to the title and None for the year line."""
    out = list(per_caption)
    for i in range(1, len(captions)):
        year = credit_year(captions[i].text)
        prev = out[i - 1]
        if year and prev is not None and prev.year is None and captions[i - 1].before == captions[i].before:
            out[i - 1], out[i] = replace(prev, year=year), None
    return out


def character_lines(captions, per_caption: list) -> list:
    """In a run of "Character Name in Title" headings (two or more lines read so, their name
    split off as cast), a line "Name in Title" whose one word is a given name is one too: its title
    is the part after "in" ("Mara in Glass Orchard (2016)" beside "Ana Ruiz in Cold Harbour (2019)";
    "Lost in ..." or "Puss in Boots" keep their titles whole)."""
    split = sum(1 for cap, c in zip(captions, per_caption) if c is not None and c.cast and " in " in cap.text)
    if split < 2:
        return per_caption
    out = list(per_caption)
    for i, c in enumerate(per_caption):
        if c is not None and not c.cast and (m := _ONE_NAME_IN.match(c.text)) and is_given_name(m.group(1)):
            out[i] = replace(c, text=m.group(2))
    return out


def undated_listings(captions, per_caption: list) -> list:
    """On a page whose listing lines date their films ("8 p.m. Title (1990) ★★★ Channel", two such
    lines or more), a listing line with no year names a series, a sports broadcast or a show, not a
    film ("8:15 p.m. Night Football Channel"), unless a star rating says it is one (a new film, undated).

    captions: the caption/heading lines; per_caption: their candidates, same order. Returns
    per_caption with None for those undated lines (a showtimes page that dates no line keeps them)
    and, on a schedule page, for its bare day headings ("Friday", "Sat. 14") and month headings ("Diary
    October 2023")."""
    timed = [is_listing(cap.text) for cap in captions]
    if schedule_page(captions):  # "Friday" over a schedule's lines: the day's heading, not the film; so is
        per_caption = [None if DAY_LINE.match(cap.text.strip()) or _PERIOD_HEAD.match(cap.text.strip()) else c
                       for cap, c in zip(captions, per_caption)]  # a diary's "Diary October 2023"
    if sum(1 for t, cap in zip(timed, captions) if t and YEAR_PAREN.search(cap.text)) < 2:
        return per_caption
    return [None if t and not YEAR_PAREN.search(cap.text) and strip_rating(cap.text) == cap.text else c
            for t, cap, c in zip(timed, captions, per_caption)]
