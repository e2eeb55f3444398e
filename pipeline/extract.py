"""Extract stage: the films of one article, each with role, rank, year, director, cast and evidence.

Input: an Article with `clean`, `captions`, `boundaries` and `doc` (spaCy).
Output: the same article with `films` and `subject` filled. Candidates come from
pipeline.title_candidates and the other title modules, roles and ranks from pipeline.sections,
facts from pipeline.facts (given to films by pipeline.fact_attribution), a title's versions from pipeline.versions and pipeline.version_films.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from dataclasses import replace

from pipeline import facts, sections, versions
from pipeline.context_kinds import characters_and_companies
from pipeline.mention_aliases import parenthetical_aliases, subtitle_aliases
from pipeline.mentions import classify, headline_titles
from pipeline.repeat_mentions import WordIndex, repeat_mentions
from pipeline.person_mentions import clause_subjects, people_lists, person_spans, settle_names, surname_mentions, surnames_alone
from pipeline.person_mentions import duo_names
from pipeline.person_mentions import person_words as person_words_of
from pipeline.fact_attribution import add_facts
from pipeline.filmography import filmography_directors
from pipeline.mention_index import MentionIndex
from pipeline.other_works import other_works, series_followups, series_headings, source_evidence, television_subject
from pipeline.other_works import television_specials
from pipeline.people import not_film_names, places_in
from pipeline.labels import fictional_films, heading_labels, is_label_heading, label_words, nicknames, nominee_lines
from pipeline.labels import counted_sections, opening_post_end, page_headings, section_headings, unnamed_headings
from pipeline.aliases import ampersand_forms, attach_aliases, head_forms, heading_first, other_titles, short_forms, subtitle_forms, tail_forms
from pipeline.paragraph_titles import in_place, lead_candidates, numbered_leads, showing_captions, showing_leads, year_leads
from pipeline.pick_sections import pick_labels_at, picked_films
from pipeline.place_headings import info_lines, place_headings
from pipeline.mailbag import mailbag_sections
from pipeline.showtimes import blurb_openers, is_listing, schedule_page
from pipeline.programme_lines import date_line_places, double_bills, is_schedule, schedule_headings
from pipeline.matchup_lines import matchup_places, matchups
from pipeline.actor_headings import actor_headings
from pipeline.specials import special_lines
from pipeline.imperatives import imperative_openers
from pipeline.press_names import press_names
from pipeline.dash_items import item_titles, series_items
from pipeline.title_article import defined_openers, leading_the
from pipeline.title_lists import cast_items, title_lists
from pipeline.book_headings import book_authors, book_headings
from pipeline.title_marks import final_marks
from pipeline.owner_titles import owner_titles
from pipeline.foreign_titles import foreign_fragments, foreign_tails
from pipeline.record import Article, Film, Mention, mention_quote
from pipeline.caption_titles import caption_candidate, character_lines, credit_directors, date_lines, split_names, year_lines
from pipeline.caption_titles import undated_listings
from pipeline.tv_asides import series_appositions
from pipeline.series_lines import episode_headings
from pipeline.glued_pairs import glued_pairs
from pipeline.character_headings import character_commas, heading_characters, possessed_characters
from pipeline.cut_titles import cut_candidates
from pipeline.deal_lines import deal_candidates, deal_lines, deal_sections, shopping_page
from pipeline.award_lines import nominee_categories, paren_nominees, series_mentions, winner_lines, winner_paragraphs
from pipeline.link_titles import link_titles
from pipeline.lowercase_titles import corrections, lowercase_leads, lowercase_lists
from pipeline.line_labels import round_labels, shows_film
from pipeline.credits_box import apply_credit_boxes, credit_line_directors
from pipeline.group_headings import group_headings
from pipeline.series_heads import series_heads
from pipeline.card_lines import card_page
from pipeline.cell_tables import TITLE_KIND, chart_markers, facts_boxes, figure_charts, read_charts
from pipeline.clean import film_link_spans
from pipeline.title_candidates import boundary_candidates, cue_candidates, number_titles
from pipeline.prose_titles import headline_mentions, prose_candidates
from pipeline.titles import Candidate, normalise
from pipeline.version_films import dated_version_films, other_version_films


def extract(article: Article) -> Article:
    """Article (cleaned and annotated) -> article with films and subject."""
    text = article.clean or ""
    doc = article.doc
    sent_bounds = [(s.start_char, s.end_char) for s in doc.sents] if doc is not None else [(0, len(text))]
    sent_starts = [s for s, _ in sent_bounds]
    persons = person_spans(doc)
    person_words = person_words_of(doc)

    def sentence_of(offset: int) -> tuple[int, int]:
        i = max(0, bisect.bisect_right(sent_starts, offset) - 1)
        return sent_bounds[i]

    per_caption, special_at = special_lines(text, article.captions, date_lines(article.captions, [  # read once
        None if c is None or is_label_heading(c.text) else c for c in map(caption_candidate, article.captions)]))
    per_caption = undated_listings(article.captions, per_caption)  # "8 p.m. Show Channel" among dated films
    per_caption = nominee_lines(article.captions, per_caption)  # "Jan. 1" is no title, a special no film
    per_caption = page_headings(article.captions, per_caption)  # "Timestamps", "Question 1": the page's layout
    per_caption = actor_headings(article.captions, per_caption)  # "Name (Character)": a cast gallery's people
    per_caption = paren_nominees(article.captions, per_caption)  # "Name (Title)" lines in a run
    per_caption = winner_lines(article.captions, per_caption)  # "Best Actor — Name (Title)", "Winner: Name, Title"
    per_caption, tv_titles = nominee_categories(article.captions, per_caption)  # "Best Television Series" entries
    caption_at = [cap.before for cap in article.captions]  # clean offset of each caption
    per_caption, series_at = series_headings(text, per_caption, caption_at)  # television
    per_caption, episode_at = episode_headings(article.captions, per_caption)  # "Rated TV-Y7 · 6 episodes" under it
    series_at += episode_at
    per_caption = credit_directors(article.captions, per_caption)  # "Directed by Name" under a heading
    per_caption = character_lines(article.captions, year_lines(article.captions, per_caption))  # "1985" under a title
    per_caption = character_commas(article.captions, per_caption)  # "The Ferryman, Title (2008)" in a run of such
    characters = heading_characters(article.captions, per_caption)  # "The Ferryman" of those headings
    news = sections.news_page(article.captions)
    # a review's "What Works", a deals page's "Box Sets and Collections"
    per_caption = section_headings(article.captions, per_caption, text, news or shopping_page(text))
    per_caption, double_bill = double_bills(article.captions, per_caption)  # "Title + Title": two films
    per_caption, sides, layout = matchups(article.captions, per_caption, caption_candidate)  # "(1) Title vs. (8) Title"
    double_bill += sides
    per_caption, shown_lines = showing_captions(article.captions, per_caption)  # "Screenings: <Title> (...); <Title> (...)"
    per_caption = schedule_headings(article.captions, per_caption, text, double_bill)  # a programme's "Kids’ Club" heading
    paras = sections.paragraphs(text, [e for _, e in sent_bounds])
    byline_at = next((cap.before for cap in article.captions if cap.rule == "byline"), None)
    # paragraphs that may open a list entry: none above the byline (the page's dek, "From the Coast to the City, ...")
    entry_starts = [p.start for p in paras if byline_at is None or p.start >= byline_at]
    dated_leads = year_leads(text, entry_starts)
    per_caption = group_headings(article.captions, per_caption, dated_leads, text)  # "The Classics" over dated entries
    markers = [c for c in per_caption if c is not None] + double_bill
    charts = read_charts(article.captions)  # read once: markers here, a chart of figures below
    markers += chart_markers(charts)  # a chart's title cells, with their row's year and rank
    markers += numbered_leads(text, entry_starts)
    markers += dated_leads
    shown = showing_leads(text, entry_starts)  # "Screening: <Title> (Name, 1966)": a film the page shows
    markers = in_place(markers, shown_lines + shown)
    marker_keys = {normalise(c.text) for c in markers} | headline_titles(article)
    known_people = {normalise(n) for c in markers for names in (c.director, c.cast) if names
                    for n in split_names(names)}  # "Name and Name": two people
    known_people |= {k.split()[-1] for k in known_people}  # their surnames alone too
    cuts = sorted(b for b, _ in article.boundaries)
    text_cands = _dedupe(boundary_candidates(text, article.boundaries) + cue_candidates(text, cuts)
                         # undamaged prose: "Name’s <Title>", "<Title> is a 1990 film", the headline's "If You Loved <Title>"
                         + prose_candidates(text, cuts, doc) + headline_mentions(text, headline_titles(article))
                         + cut_candidates(text, article.boundaries))
    text_cands = _dedupe(text_cands + number_titles(text, article.boundaries, text_cands))  # "reason|1917|and Title"
    text_cands = glued_pairs(text_cands, {c.text for c in markers})  # "Title OneorTitle Two": two title lines' films
    word_index = WordIndex(text)
    places = places_in(doc)
    text_cands = not_film_names(text, [classify(text, c, persons, marker_keys, known_people, word_index) for c in text_cands],
                                places, marker_keys)
    text_cands = deal_candidates(text, text_cands)  # "Title Steelbook (4K) — $9.99 at Store": a title and a store
    text_cands = imperative_openers(doc, text_cands, marker_keys)  # "Add Name’s score": a command
    text_cands = press_names(text, text_cands, marker_keys)  # "— Critic, Outlet": a quote's signature
    text_cands = info_lines(text, text_cands)  # "Where: <Name> Row, <postcode>": an address
    text_cands = blurb_openers(text_cands, article.captions, per_caption, marker_keys)  # a listing's blurb: "Name won"
    # "Name’s young X": a character; "X is bringing" beside "X Events": a company
    text_cands = characters_and_companies(text, text_cands, marker_keys, [cap.text for cap in article.captions])
    text_cands = [replace(c, kind="other") if normalise(c.text) in layout else c for c in text_cands]  # "East Region"
    text_cands = round_labels(text, nicknames(text, fictional_films(text, label_words(text, text_cands))))  # labels, not titles
    text_cands = surname_mentions(text, people_lists(text, title_lists(text, settle_names(text, text_cands))))
    text_cands = title_lists(text, clause_subjects(text, text_cands, marker_keys))  # "beat A, B, Name and C": films
    text_cands = cast_items(text, text_cands, marker_keys)  # "starring Ana Ruiz, Rip Vane and C": people
    opened = lead_candidates(text, [] if sides else entry_starts, text_cands)  # a matchup page's entries are its lines
    leads = heading_labels(text, not_film_names(text, [classify(text, c, persons, marker_keys, known_people, word_index)
                                                       for c in opened], places, marker_keys))
    text_cands = _dedupe(text_cands + leads  # a lead may contain a candidate found before
                         + [replace(c, source="text", year=None, marker_at=None) for c in dated_leads + shown])
    text_cands = duo_names(surnames_alone(text, text_cands, marker_keys, persons), marker_keys)  # "Name & Surname": a double act
    listed = frozenset(normalise(c.text) for cap, c in zip(article.captions, per_caption) if c is not None and is_listing(cap.text))
    text_cands = other_works(text, text_cands, marker_keys, listed)  # series, source works, songs, taglines
    text_cands = series_appositions(text, text_cands, marker_keys)  # "her own series, <Title>."
    text_cands = series_mentions(text, text_cands, tv_titles, marker_keys)  # "... were nominated for best series"
    text_cands = series_heads(text, text_cands, marker_keys)  # "Head: Subtitle (2015) ... the hero Head had lacked"
    text_cands = television_specials(text, text_cands, marker_keys)  # "Bonus pick: <Title> (1966) ... TV special"
    para_bounds = [(p.start, p.end) for p in paras]
    text_cands, item_series_at = series_items(text, text_cands, para_bounds, marker_keys)
    text_cands = series_followups(text, text_cands, series_at, caption_at)
    links = film_link_spans(article)  # HTML: a link to a film's page names a film, whatever the words call it
    text_cands = [replace(c, kind="film") if c.kind == "other" and (c.start, c.end) in links else c for c in text_cands]
    text_cands = _dedupe(text_cands + lowercase_leads(text, entry_starts))  # "hollow bay (1976). name, ..." replies
    known = {normalise(c.text) for c in text_cands if c.kind == "film"} | marker_keys
    text_cands = _dedupe(text_cands + lowercase_lists(text, known, text_cands))  # "a, b and <known title>" written so
    text_cands += repeat_mentions(text, known | {normalise(c.text) for c in text_cands if c.kind == "film"}, text_cands,
                                  word_index)
    text_cands = corrections(text, sorted(text_cands, key=lambda c: c.start))  # "*Right Title" after a misspelling
    text_cands = possessed_characters(text, text_cands, characters)  # "Name’s Ferryman": a heading's character
    text_cands = defined_openers(text, leading_the(text, text_cands), cuts)  # "After The <Title>", "On <Title> is a film"
    text_cands = final_marks(text, text_cands)  # "Title!, which": the run stopped before the title's "!"
    text_cands = owner_titles(text, text_cands, known)  # "Name’s Title" known whole: the run kept only "Title"
    text_cands = foreign_tails(text, text_cands)  # "Sombras de la costa (1954)": a foreign title's lowercase words
    text_cands = foreign_fragments(text, text_cands, article.boundaries)  # "Ombres| d’une ville|is": a fragment
    per_caption, markers, marker_keys, text_cands = book_headings(text, article.captions, per_caption, markers, marker_keys,
                                                                  text_cands)  # "3. Novel by Author": its section's film

    text_cands = subtitle_aliases(text, heading_first(parenthetical_aliases(text, text_cands), marker_keys), markers,
                                  article.headline() or "")
    text_cands = other_titles(text, text_cands, marker_keys)
    full_titles = {c.text for c in text_cands + markers if c.kind == "film" and c.alias_of is None}
    text_cands = tail_forms(subtitle_forms(short_forms(text_cands, full_titles, frozenset(c.text for c in markers)), full_titles),
                            full_titles)
    text_cands = head_forms(text_cands, full_titles)  # "Head" for "Head: A Franchise Saga"
    text_cands = ampersand_forms(text_cands, full_titles, {c.text for c in markers})  # "A & B" for "A and B"
    mentions: dict[str, list[Candidate]] = defaultdict(list)
    for c in sorted(text_cands, key=lambda c: c.start):
        if c.kind == "film":
            mentions[normalise(c.alias_of or c.text)].append(c)
    for key, found in list(mentions.items()):  # "Name’s Title" and "Other’s 1922 Title": two films
        groups = versions.owner_versions(text, [c.start for c in found], [c.end for c in found],
                                         lambda at: sentence_of(at)[0], person_words, lambda at: sentence_of(at)[1])
        if len(groups) == 1:  # "Title (1987)" ... "also called Title (2025)": a remake of the same name
            groups = versions.year_versions(text, [c.start for c in found], [c.end for c in found])
        for n, group in enumerate(groups):
            mentions[key if n == 0 else f"{key} ({n + 1})"] = [found[i] for i in group]
    kept = unnamed_headings(article.captions, per_caption, news, {k for k, v in mentions.items() if v})
    kept, places_at = place_headings(article.captions, kept, text,  # a locations guide's "<Name> Station"
                                     {k: [c.start for c in v] for k, v in mentions.items() if v})
    gone = {id(c) for c in per_caption if c is not None} - {id(c) for c in kept if c is not None}
    per_caption, markers = kept, [c for c in markers if id(c) not in gone]  # a news page's "Harbourfest" section
    key_of = _marker_keys(markers)  # a caption/heading -> its film's key ("title", or "title (1996)" for a second film)
    for c in markers:
        mentions.setdefault(key_of(c), [])

    asides = [(p.start, p.end) for p in sections.aside_paragraphs(text, paras)]  # "Honourable mentions: ..."
    offsets = {k: [c.start for c in v if not any(a <= c.start < b for a, b in asides)] for k, v in mentions.items()}
    marker_pos = [(c.marker_at, key_of(c)) for c in markers]
    heading_ranks = {key_of(c): c.rank for c in markers if c.rank}
    entry_like = [(key_of(c), c.source) for c in markers
                  if c.rank or (c.year and c.source in ("heading", "caption") and not c.cast)]
    entry_markers = [key for (key, _), own in zip(entry_like, sections.own_places(entry_like)) if own]  # in list order
    headline = next((normalise(cap.text) for cap in article.captions if cap.rule == "headline"), None)
    if headline is None and article.meta.get("title"):
        headline = normalise(article.meta["title"])  # a scraper record's title field
    title_lines = [normalise(c.text) for cap, c in zip(article.captions, per_caption)  # a line that is only a title,
                   if c is not None and (cap.text.strip() == c.text or shows_film(cap.text))]  # or "Screening: <Title> (...)"
    title_lines += [normalise(c.text) for c in shown_lines + shown]
    title_lines += [key_of(c) for c in sides if c.rank]  # a matchup page's films: its list
    deals = {d.start for d in deal_lines(text)}  # "Title — $9.99 at Store": a product, no list item
    title_lines += item_titles(text, text_cands, [b for b in para_bounds if b[0] not in deals])  # "Title — blurb" items
    # a page whose list is a chart of figures (box office) orders films by them, a schedule (TV guide) by time:
    # no one's picks, no entries
    schedule = schedule_page(article.captions)
    subject, entries, merges = sections.assign_roles(paras, offsets, marker_pos, heading_ranks, entry_markers, headline,
                                                     title_lines, news=news or figure_charts(charts) or schedule or bool(places_at),
                                                     opening_end=opening_post_end(article.captions))
    if schedule and subject is not None and subject not in (headline or ""):
        subject = None  # a schedule or a diary logs what is on or was seen: its opening lines ("Favourites: ...") name no subject
    titles = {i: key_of(c) for i, c in enumerate(per_caption) if c is not None}
    schedule_picks = [k for k in picked_films(text, paras, article.captions, offsets, titles) if k != subject] \
        if is_schedule(article.captions, text) else []
    entries = schedule_picks or entries  # a programme or listings page with picks: they are its recommendations
    picked = [] if entries else [k for k in picked_films(text, paras, article.captions, offsets) if k != subject]
    entries = entries or picked  # "Our pick" on a page that is no list: its lines open no film's section
    if sides and subject not in {key_of(c) for c in sides}:
        subject = None  # a page of matchups is their list: its headline names its contest, or one of them
    answers = {} if entries else mailbag_sections(text, paras, offsets)  # a columnist's answers to readers' letters
    entries = entries or [k for k in dict.fromkeys(answers.values()) if k != subject]
    for alias, key in merges.items():
        mentions[key].extend(mentions.pop(alias, []))
    if subject is not None and television_subject(subject, text, [(cap.rule, cap.text) for cap in article.captions]):
        mentions.pop(subject, None)  # "Movies to Watch If You Loved <Series>": the series is no film
        subject = None

    films, film_of = [], {}
    rank_of = {key: n for n, key in enumerate(entries, 1)}  # entries are distinct
    for key, found in mentions.items():
        spellings = [c.text for c in found] + [c.text for c in markers if key_of(c) == key]
        title = _title(key, found, markers, key_of)
        film = Film(film_id="", title=title, aliases=sorted(set(spellings) - {title}))
        if key == subject:
            film.role = "subject"
        elif key in rank_of:  # rank = position in the article, even when headings count down
            film.role, film.rank = "recommended", rank_of[key]
        film.mentions = [Mention(c.start, c.end, c.text, mention_quote(text, sentence_of(c.start), c.start, c.end)) for c in found]
        films.append(film)
        film_of[key] = film
    named = {normalise(t) for f in films for t in [f.title, *f.aliases]}
    for title in link_titles(article.captions, article.related):  # "READ MORE: ..., From A to B": films mentioned
        key = normalise(title)
        if key not in named:
            named.add(key)
            film_of[key] = Film(film_id="", title=title)
            films.append(film_of[key])
    by_key = {normalise(f.title): f for f in films}
    by_key.update(film_of)  # "title (1996)": a second film of one title, named by its own heading
    for f in films:
        for a in f.aliases:
            by_key.setdefault(normalise(a), f)
    # Sections are decided once: facts, versions and themes all use the same owners.
    # a schedule's listing lines open their films' sections, picked or not; its undated lines (a show) close them
    shows_at = [cap.before for cap, c in zip(article.captions, per_caption) if c is None and is_listing(cap.text)]
    owners = _section_owners(films, [] if picked and not schedule else [c for c in markers if all(c is not s for s in sides)], paras, MentionIndex(films), by_key, key_of,
                             # "Title — The new series": a section of no film; "Honourable mentions" ends the list
                             series_at + item_series_at + special_at + sections.aside_headings(text, paras, article.captions)
                             + (shows_at if schedule else [])
                             + (date_line_places(article.captions, text) if schedule_picks else [])  # a schedule's next screening
                             + places_at  # a locations guide: a place's section, its captions name its films
                             + matchup_places(article.captions)  # "Title vs. Title": the prose under it is both films'
                             + (pick_labels_at(text, paras, article.captions) if picked else []),  # "Our pick" box
                             any_role=schedule or bool(schedule_picks) or bool(places_at), place_sections=bool(places_at))
    owners.update(counted_sections(article.captions, paras, films))  # "Question 3" and its hint: the third answer's
    owners.update({at: by_key[key] for at, key in answers.items() if key in by_key})  # a mailbag's answer: its pick's
    owners = deal_sections(text, paras, article.captions, owners, by_key)  # a deals page: each product line's own
    for at, c in winner_paragraphs(article.captions, per_caption, {p.start for p in paras}).items():
        owners[at] = by_key.get(key_of(c), owners.get(at))  # "Winner: Name, Title" over a live blog's entry
    sources = {sentence_of(c.start) for c in text_cands if c.kind == "other" and source_evidence(text, c)}
    credit_line_directors(text, article.captions, paras, films)  # "Title — June 7 (Studio)" then "Director: Name | Cast: ..."
    add_facts(text, films, markers, paras, sentence_of, person_words, by_key, owners, key_of, sources, book_authors(article.captions),
              [(d.start, d.end) for d in deal_lines(text)])
    # a credits box (HTML) or a facts box scraped one cell per line: facts where the text gave none
    apply_credit_boxes(article.credits + facts_boxes(article.captions), films, by_key)
    filmography_directors(article.headline(), text, films)  # "Every Name Film, Ranked": the entries are Name's
    attach_aliases(text_cands, [p.start for p in paras], owners, films)
    films += other_version_films(text, films, paras, sentence_of, owners)
    films += dated_version_films(text, films, sentence_of, {normalise(c.text) for c in markers})
    if card_page(article.captions):  # an archive's cards open their films' sections, but rank and pick nothing
        for film in films:
            film.role, film.rank = "mentioned", None
    films.sort(key=_order)
    for n, film in enumerate(films, 1):
        film.film_id = f"{article.article_id}#{n}"
    subject_title = next((f.title for f in films if f.role == "subject"), None)
    by_title: dict[str, Film] = {}
    for f in films:  # a title's first film wins over a later version of it
        by_title.setdefault(normalise(f.title), f)
    sections_out = [(p.start, p.end, owners[p.start].film_id) for p in paras if p.start in owners]
    captions = [replace(cap, film_id=by_key[key_of(c)].film_id) if c is not None and key_of(c) in by_key
                else replace(cap, film_id=by_title[normalise(c.text)].film_id) if c is not None and normalise(c.text) in by_title
                else replace(cap, film_id=by_title[normalise(cap.text)].film_id)  # a chart's title cell names its film
                if cap.rule == TITLE_KIND and normalise(cap.text) in by_title
                else cap for cap, c in zip(article.captions, per_caption)]
    return replace(article, films=films, subject=subject_title, sections=sections_out, captions=captions)


def _order(film: Film) -> tuple:
    """Stable output order: subject, then ranked entries, then by first mention, then title."""
    role = {"subject": 0, "recommended": 1}.get(film.role, 2)
    first = film.mentions[0].start if film.mentions else 10**9
    return (role, film.rank or 0, first, film.title)


def _marker_keys(markers: list[Candidate]):
    """Captions/headings -> a function giving each its film's key: the normalised title, except
    for a later heading that dates the same title with another year ("Title (1996)" after
    "Title (2022)"), which names a second film of that title: "title (1996)"."""
    first_year: dict[str, int | None] = {}
    keys: dict[int, str] = {}
    for c in sorted(markers, key=lambda c: c.marker_at if c.marker_at is not None else -1):
        k = normalise(c.text)
        if k not in first_year:
            first_year[k] = c.year
        elif c.year and first_year[k] and c.year != first_year[k]:
            k = f"{k} ({c.year})"
        keys[id(c)] = k
    return lambda c: keys.get(id(c), normalise(c.text))


def _title(key: str, found: list[Candidate], markers: list[Candidate], key_of) -> str:
    """The spelling to report: a caption/heading's, else the most common, else the first."""
    for c in markers:
        if key_of(c) == key:
            return c.text
    full = [c for c in found if c.alias_of is None] or found  # "Saga: Part Two" over its short "Part Two"
    counts = Counter(c.text for c in full)
    # a tie: a capitalised spelling over a casual lower-case one ("network (1976)" then "Network")
    return max(counts, key=lambda t: (counts[t], not t.islower(), -min(c.start for c in full if c.text == t)))


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    """Keep one candidate per span; a longer span wins over one it contains."""
    out = []
    for c in sorted(cands, key=lambda c: (c.start, -(c.end - c.start))):
        if out and c.start < out[-1].end:
            continue
        out.append(c)
    return out


def _section_owners(films: list[Film], markers: list[Candidate], paras, mention_at, by_key, key_of,
                    closers: list[int] = (), any_role: bool = False, place_sections: bool = False) -> dict[int, Film]:
    """Paragraph start -> the film whose section it is in: the last ranked entry opened (by a
    caption/heading or a first sentence naming it) at or before the paragraph, else the subject.
    A caption of a film that has a heading of its own (a header image) opens no section.
    closers: offsets of lines that open a section of no film (a television heading or "Title — blurb"
    item, an "Honourable mentions" line); the list goes on after them. any_role: the page is a schedule
    (a TV guide, a cinema's programme): a caption opens the section of a film of any role, since its
    listing lines name films that are no entries. place_sections: a locations guide, whose closers are its
    place headings: the first paragraph after one, when no caption opened a section, opens the section of
    the film its first sentence names first ("<Place>" then "Name’s <Title> (2006) was shot here")."""
    owner: dict[int, Film] = {}
    current = next((f for f in films if f.role == "subject"), None)
    last = current  # the last entry opened, even when a television section closed it
    own = sections.own_places([(key_of(c), c.source) for c in markers])  # a photo caption of such a film opens none
    placed = sorted((c.marker_at, n, c) for n, c in enumerate(markers) if c.marker_at is not None and own[n])
    placed_at = [at for at, _, _ in placed]
    for i, p in enumerate(paras):
        starters = [f for _, _, f in mention_at.between(p.start, p.first_sentence_end) if f.role == "recommended"]
        prev_end = paras[i - 1].end if i else 0  # paragraphs are disjoint and in order
        between = placed[bisect.bisect_left(placed_at, prev_end) : bisect.bisect_right(placed_at, p.start)]
        fresh = any(prev_end <= at <= p.start for at in closers)
        if fresh:
            current = None  # the list goes on after it: `last` keeps its place
        marker = [by_key.get(key_of(c)) for _, _, c in sorted(between, key=lambda t: t[1])]
        for f in (m for m in marker if m is not None and (any_role or m.role == "recommended")):
            current = last = f  # a heading or caption naming an entry opens its section
        expected = (last.rank or 0) + 1 if last is not None and last.role == "recommended" else 1
        for f in starters:
            if f.rank == expected:  # a first sentence opens the next entry's section only
                current = last = f
                break
        if place_sections and fresh and current is None:
            current = next((f for _, _, f in mention_at.between(p.start, p.first_sentence_end)), None)
        if current is not None:
            owner[p.start] = current
    return owner
