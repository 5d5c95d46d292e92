"""Source metadata: outlet, title, publication date, URL and dateline, as the page gives them.

Only what the text states is taken. A date comes from a date-shaped line near the top (or a wire
dateline, or else a full date in the headline itself), never from a sentence that mentions a day,
and never inferred: a live blog without a date gets `None`. An outlet comes from where the page
names itself, never from outlets it cites.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from generator.config import Calendar, Cues, SiteConfig
from generator.extract.actors import words_any_case
from generator.extract.memo import once_per
from generator.extract.text import BODY, FURNITURE, HEADING, URL_LINE, Line, word_count
from generator.literals import GateSet

# "June 3, 20255:42 PM GMT+1": scrapes can glue the clock to the year
_YEAR_END = r"(?:\b|(?=\d{1,2}[:.h]\d{2}))"
# "21/05/2025" (Europe) or "05/21/2025" (US): read only when one number is over 12; "05/06/2025"
# could be either, so it gives no date rather than a guess.
# ("05/20/25 11:45 AM ET": a two-digit year is this century's)
NUMERIC_DATE = re.compile(r"\b(?P<a>\d{1,2})[./-](?P<b>\d{1,2})[./-](?P<year>(?:19|20)\d{2}|\d{2})\b")
ISO_DATE = re.compile(r"\b(?P<year>(?:19|20)\d{2})[./-](?P<month>\d{1,2})[./-](?P<day>\d{1,2})(?:\b|(?=T\d))")
# What may share a line with a date stamp besides `Calendar.stamp_words`: a clock ("15:20",
# "5.12pm", "15h20"), a zone ("GMT+1", "EDT", "CEST") or an age ("Updated 2 hours ago")
CLOCK = (r"\b\d{1,2}\s?[:.h]\s?\d{2}\s*(?:am\b|pm\b|a\.m\.|p\.m\.)?|\b(?:gmt|utc)[+-]\d{1,2}\b|"
         r"\b\d+\s+(?:mins?|minutes?|hours?|hrs?|days?)\s+ago\b|\b(?:gmt|utc)\b|\b\d+\s+min(?:ute)?s?\s+read\b|"
         # zone abbreviations: "EDT", "CEST", "BST", "MSK", "ET", "AEST"
         r"\b(?:[ecmpa]|ae|a[ck]|h|ak)[sd]t\b|\b(?:[ce]e|[ce]es)t\b|\b(?:bst|ist|jst|kst|msk|et|pt)\b")


@dataclass(frozen=True)
class DateShapes:
    """The date patterns of one calendar (`site_config/calendar.yaml`), compiled once per config."""

    months: dict[str, int]
    label: re.Pattern  # "Published:", "Updated on" opening a stamp
    clock: re.Pattern  # what else a stamp may hold
    wire: re.Pattern  # "ARDEN, August 16. /ARP/."
    all: tuple[re.Pattern, ...]  # day and month name in either order, then the year; and ISO dates


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@once_per
def date_shapes(calendar: Calendar) -> DateShapes:
    month = rf"(?P<month>{_alternation(calendar.months) or '(?!)'})\.?"
    weekday = rf"(?:(?:{_alternation(calendar.weekdays) or '(?!)'})\.?,?\s+)?"
    ordinal = rf"(?:{_alternation(calendar.ordinals)}|\.)?" if calendar.ordinals else r"\.?"
    joiner = rf"(?:\s+(?:{_alternation(calendar.joiners)}))?" if calendar.joiners else ""
    day_first = re.compile(rf"(?<![\w-]){weekday}(?P<day>\d{{1,2}}){ordinal}{joiner}\s+{month}{joiner},?\s+"
                           rf"(?P<year>(?:19|20)\d{{2}}){_YEAR_END}", re.I)
    month_first = re.compile(rf"(?<![\w-]){weekday}{month}\s+(?P<day>\d{{1,2}}){ordinal},?\s+"
                             rf"(?P<year>(?:19|20)\d{{2}}){_YEAR_END}", re.I)
    words = _alternation(calendar.stamp_words) or "(?!)"
    label = re.compile(rf"^(?:{words})(?![\w-])[:\s]*(?:(?:{words})(?![\w-])[:\s]*)?", re.I)
    clock = re.compile(rf"{CLOCK}|(?<![\w-])(?:{words})(?![\w-])", re.I)
    wire = re.compile(
        r"^(?P<place>[A-Z][A-Z ./'-]{2,30}?)(?:, (?i:" + month + r") (?P<day>\d{1,2})"
        r"(?:, (?P<year>(?:19|20)\d{2}))?|, [A-Z][a-z]+)?\.? ?(?:/[A-Z]{2,10}/|\([A-Z][A-Za-z]{1,20}\)) ?"
        r"(?:--|[.—–-])?")
    return DateShapes(dict(calendar.months), label, clock, wire, (day_first, month_first, ISO_DATE))


# "Arden (AFP) – Ruritanian President …": a place set in title case, then the agency and a dash
TITLE_CASE_DATELINE = re.compile(
    r"^(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}) \([A-Z][A-Za-z]{1,20}\) ?(?:--|[—–-])\s")
MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+|^\*\*(?=.*\*\*$)|(?<=\S)\*\*$")


@dataclass(frozen=True)
class SourceMeta:
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    url: str | None = None
    dateline: str | None = None
    title_line: int | None = None
    date_line: int | None = None


def _iso(year: str, month: str, day: str, months: dict[str, int]) -> str | None:
    m = int(month) if month.isdigit() else months.get(month.lower().rstrip("."))
    try:
        y, d = int(year), int(day)
    except ValueError:
        return None
    y += 2000 if len(year) == 2 else 0
    if not m or not 1 <= m <= 12 or not 1 <= d <= 31:
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


BYLINE_NAMES = re.compile(r"^\s*(?i:by)\s+(?:[A-Z][\w.'’-]*\s*){1,4}(?:(?:and|&)\s+(?:[A-Z][\w.'’-]*\s*){1,4})?")


def _only_stamp(body: str, match: re.Match, shapes: DateShapes) -> bool:
    """Nothing but clock, zone, labels and other dates ("… | Updated May 20, 2025") beside `match`."""
    rest = body[:match.start()] + " " + body[match.end():]
    for pattern in (*shapes.all, NUMERIC_DATE):
        rest = pattern.sub(" ", rest)
    rest = BYLINE_NAMES.sub(" ", rest)  # "by Jane Doe May 19, 2025 11:58 PM 3 min read"
    return word_count(shapes.clock.sub(" ", rest)) <= 2


def date_of_line(text: str, calendar: Calendar, hint: str | None = None) -> str | None:
    """ISO date if the whole line, or one part of a line set off by " | " or " / ", is a date
    stamp (date plus clock, zone or label), else None: "Jane Doe | 20.05.2025 - Update :
    20.05.2025", "World Desk / Updated: May 20, 2025, 01:42 IST". `hint` is the date the page's
    address carries ("2025-06-02", or only "2025-06"): it decides a stamp like "02/06/2025",
    which is a date read either way round, and without it such a stamp gives no date."""
    readings = stamp_readings(text, calendar)
    if len(readings) == 1:
        return readings[0]
    return next((iso for iso in readings if hint and iso.startswith(hint)), None)


def stamp_readings(text: str, calendar: Calendar) -> tuple[str, ...]:
    """Every date the line's stamp may mean: none for a line that is no stamp, two for "02/06/2025"."""
    if not _YEAR.search(text):
        return ()  # every date shape has its year: most lines are ruled out here, and cheaply
    # "05/19/2025May 19, 2025", "19 May 2025Updated 20 May 2025": a scrape runs two elements together
    text = GLUED_BYLINE.sub(" | ", GLUED.sub(" ", text))
    shapes = date_shapes(calendar)
    found = _stamp(text, shapes)
    if not found:
        for part in LINE_PARTS.split(text)[1:] if LINE_PARTS.search(text) else ():
            found = _stamp(part, shapes)
            if found:
                break
    return found


LINE_PARTS = re.compile(r"\s*[|•·]\s*|\s+/\s+")  # ("Source: Arden News| 2020-01-07 00:15:41|Editor: …")
# ("world2024-05-21 23:46": a section's label before an ISO date too)
GLUED = re.compile(r"(?<=\d)(?=[A-Z][a-z])|(?<=[a-z])(?=(?:19|20)\d{2}-\d{2}-\d{2}\b)")
# ("Jane DoeMonday, 19 May 2025, 21:55": a byline glued to the date, read as a part of its own)
GLUED_BYLINE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z]+,?\s+\d{1,2}\b)")
_YEAR = re.compile(r"(?:19|20)\d{2}|\d[./-]\d{2}\b")  # in every date shape, NUMERIC_DATE's too


# "PORTVILLE, Arden Islands — May 20, 2025": a wire dateline's place, then the date alone
PLACE_BEFORE_DATE = re.compile(r"^(?P<place>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})"
                               r"(?:, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})? +[—–-]{1,2} +(?=\S)")


def _stamp(text: str, shapes: DateShapes) -> tuple[str, ...]:
    body = shapes.label.sub("", PLACE_BEFORE_DATE.sub("", text.strip()))
    numeric = NUMERIC_DATE.search(body)
    if numeric and _only_stamp(body, numeric, shapes):
        a, b, year = numeric["a"], numeric["b"], numeric["year"]
        # day first or month first: where one number is above 12, only one reading is a date
        return tuple(sorted({iso for iso in (_iso(year, b, a, shapes.months), _iso(year, a, b, shapes.months))
                             if iso}))
    for pattern in shapes.all:
        match = pattern.search(body)
        if match and _only_stamp(body, match, shapes):
            iso = _iso(match["year"], match["month"], match["day"], shapes.months)
            return (iso,) if iso else ()
    return ()


# "/2025/06/02/", "/20250602-story", "-2025-06-02": the date in a news page's address, or its
# year and month alone ("/2025/08/story")
URL_DATE = re.compile(r"(?<![\d.])(?P<year>20\d{2})(?P<sep>[/-]?)(?P<month>0[1-9]|1[0-2])"
                      r"(?:(?P=sep)(?P<day>0[1-9]|[12]\d|3[01]))?(?!\d)")


def url_date(url: str) -> str | None:
    """"2025-06-02" or "2025-06" from the page's address, when its path carries a date."""
    path = url.split("://", 1)[-1].partition("/")[2]
    for match in URL_DATE.finditer(path):
        if match["day"]:
            return f"{match['year']}-{match['month']}-{match['day']}"
        if match["sep"] == "/":  # a year and month alone only as folders: "202506" may be an id
            return f"{match['year']}-{match['month']}"
    return None


def find_url(lines: list[Line]) -> str | None:
    for line in lines[:5]:
        match = URL_LINE.match(line.text)
        if match:
            return match["url"]
    return None


@once_per
def _outlet_names(config: SiteConfig) -> tuple[dict[str, str], set[str]]:
    """Listed outlets by lowercased alias, and every actor name and alias."""
    known = {alias.lower(): outlet.name for outlet in config.outlets for alias in outlet.aliases}
    # "Ruritania ready for talks – Novak": a headline's trailing name is often who said it
    actors = {a for actor in config.actors for a in (actor.name, *actor.aliases)}
    return known, actors


@once_per
def _outlet_patterns(config: SiteConfig) -> tuple[GateSet, tuple[bool, ...]]:
    """Every outlet shape, strong ones first, and which are strong."""
    shapes = GateSet((*config.outlet_patterns_strong, *config.outlet_patterns))
    return shapes, (True,) * len(config.outlet_patterns_strong) + (False,) * len(config.outlet_patterns)


def find_outlet(lines: list[Line], config: SiteConfig) -> str | None:
    """Most often self-named outlet; weak shapes count only for outlets listed in site_config."""
    known, actors = _outlet_names(config)
    votes: dict[str, int] = {}
    shapes, strength = _outlet_patterns(config)
    for line in lines:
        for i in shapes.possible(line.text):
            strong = strength[i]
            for match in shapes.gates[i].pattern.finditer(line.text):
                name = match.group("outlet").strip()
                resolved = known.get(name.lower()) or (
                    name if strong and word_count(name) <= 4 and name not in actors else None)
                if resolved:
                    votes[resolved] = votes.get(resolved, 0) + (2 if strong else 1)
    if not votes:
        # Nothing names the outlet, but the page may open with its name alone on a line (the
        # logo's text). Only above the headline and only a listed outlet: further down, a line
        # "Reuters" is more likely a photo credit.
        rules = config.boilerplate
        _, title_line = find_title(lines, None, rules.max_header_lines, config.calendar, rules.max_title_words)
        top = lines[:rules.max_header_lines] if title_line is None else lines[:title_line]
        # ("Arden Times | World": or first in a masthead of labels)
        names = [CRUMB_SEPARATOR.split(line.text.strip())[0] if _breadcrumb(line.text) else line.text.strip()
                 for line in top]
        # ("By Jane Doe" then "BBC News": the byline's outlet, on the line under it; so too the
        # line right under the headline: "Headline" / "CBS News" / "May 19, 2025")
        under = lines[1:rules.max_header_lines * 2]
        names += [line.text.strip() for before, line in zip(lines[:len(under)], under, strict=True)
                  if BYLINE.match(before.text) or before.index == title_line]
        listed = next((outlet for name in names if (outlet := _masthead(name, known))), None)
        # ("Ministry of Foreign Affairs of the Republic of Arden": an office's own site publishes it)
        return listed or next((line.text.strip() for line in lines[:rules.max_header_lines]
                               if any(masthead.match(line.text) for masthead in rules.official_mastheads)), None)
    return sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


MASTHEAD_EXTRA_WORDS = 3


def _masthead(text: str, known: dict[str, str]) -> str | None:
    """The listed outlet a masthead line names: the name alone, or the name and a few words
    ("Arden Post in English", "Arden Post Live")."""
    words = text.split()
    if len(words) > 1 and words[0] == "The" and " ".join(words).lower() not in known:
        words = words[1:]  # "The Associated Press" for "Associated Press"
    for size in range(len(words), max(len(words) - MASTHEAD_EXTRA_WORDS, 1) - 1, -1):
        outlet = known.get(" ".join(words[:size]).lower())
        if outlet:
            return outlet
    return None


@once_per
def _byline(cues: Cues) -> re.Pattern | None:
    """"Jane Doe, Department Spokesperson": a name, a comma and a title ending in a role word."""
    if not cues.role_nouns:
        return None
    return re.compile(rf"^[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){{1,3}},\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,4}}"
                      rf"(?i:{words_any_case(cues.role_nouns)})$")


def _strip_outlet_suffix(text: str, names: tuple[str, ...]) -> str | None:
    if not names:
        return None
    # ("Headline – Arden Post – 06/27/2025": the outlet may come before the date)
    spelled = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    # ("Headline: spokesperson-Xinhua": or a hyphen with no space, after a word)
    match = re.match(rf"^(?P<title>.{{10,}}?)(?:\s+(?P<bar>[–—|-])\s+|(?<=\w)-)(?:{spelled})"
                     rf"(?:\s+[–—|-]\s+\d[\d./-]*\d)?\s*$", text)
    if not match:
        return None
    # "Headline | World News | Arden Post": the site's section between the bars
    return SECTION_BEFORE_BAR.sub("", match["title"]) if match["bar"] == "|" else match["title"]


SECTION_BEFORE_BAR = re.compile(r"(?<=\S{3})\s+\|\s+[A-Z][\w&'’-]*(?:\s+[\w&'’-]+){0,2}$")


def find_title(lines: list[Line], outlet: str | None, header_lines: int, calendar: Calendar,
               max_words: int = 40, byline: re.Pattern | None = None,
               spellings: tuple[str, ...] = ()) -> tuple[str | None, int | None]:
    """The headline and its line. `byline` is the shape of a "Jane Doe, Department Spokesperson"
    line, which is never the headline when another heading is there; `spellings` are the outlet's
    other names, any of which may end the headline ("… – DW" for Deutsche Welle)."""
    names = (outlet, *spellings) if outlet else ()
    def stamped(line: Line) -> bool:
        return bool(stamp_readings(line.text, calendar))

    short = [line for line in lines if word_count(line.text) <= max_words]
    for line in short:
        title = _strip_outlet_suffix(line.text, names) if not BYLINE.match(line.text) else None
        if title:  # ("By Jane Doe | Arden Post" is a byline)
            return title, line.index
    candidates = [line for line in _header(lines, header_lines)
                  if line.kind == HEADING and 4 <= word_count(line.text) <= max_words and not stamped(line)]
    # ("issued by the Heads of State …" under "The Arden Summit Declaration": a headline starts
    # with a capital, a credit line or a run-on of the one above does not)
    candidates = [line for line in candidates if not line.text.lstrip()[:1].islower()] or candidates
    if not candidates:
        # "Explained: What does Ruritania want?": a headline asking a question reads as a sentence;
        # with no other heading, the first such line of the header above the story is it
        asking = [line for line in _header(lines, header_lines) if line.kind == BODY
                  and 4 <= word_count(line.text) <= max_words and line.text.rstrip().endswith("?")
                  and not line.text.lstrip().startswith(QUOTE_OPENERS)]
        body = [line for line in lines if line.kind == BODY]
        if asking and body and asking[0] is body[0]:
            return asking[0].text, asking[0].index
        # "'Ready to work on a memorandum' Putin and Trump talk. Here's what they said.": a headline
        # set as sentences, as the first paragraph, with the date stamp right under it
        after = next((line for line in lines if body and line.index > body[0].index), None)
        if body and after is not None and 4 <= word_count(body[0].text) <= max_words and stamped(after) \
                and body[0] in _header(lines, header_lines):
            return body[0].text, body[0].index
        # "NOVAK AGREES TO WORK ON A MEMORANDUM": a headline set in capitals reads as page furniture
        # ("WORLD NEWS"); with no other heading, the first such line of five words or more is it
        shouting = [line for line in lines[:header_lines * 2]
                    if 5 <= word_count(line.text) <= max_words and line.text.isupper() and not stamped(line)]
        return (shouting[0].text, shouting[0].index) if shouting else (None, None)
    if len(candidates) >= 2:
        # "Arden Times | World", "World › Europe": a masthead or breadcrumb of short labels
        candidates = [line for line in candidates if not _breadcrumb(line.text)] or candidates
    if len(candidates) >= 2 and byline is not None:
        candidates = [line for line in candidates if not byline.match(line.text.strip())] or candidates
    if len(candidates) >= 2 and outlet:
        # "The Arden Times" / "Independent News From Ruritania": neither the masthead nor the line
        # under it, its motto, is the headline; but when no other heading comes before the date
        # stamp, the line under the masthead is the headline, and what follows the stamp is the
        # story's summary ("Key points: …")
        # (nor when the line under the masthead tells the story better than any other heading: "Arden
        # Times" / "Ruritania urges Freedonia to return to talks" / "Arden News Agency Geneva")
        masthead = {line.index for line in lines if line.text.strip().lower() == outlet.lower()}
        stamp = next((line.index for line in lines[:header_lines * 2] if stamped(line)), None)
        lead = _stems(" ".join(line.text for line in lines if line.kind == BODY)[:LEAD_CHARS])
        shared = {line.index: len(_stems(line.text) & lead) for line in candidates}
        candidates = [line for line in candidates
                      if line.index not in masthead and (line.index - 1 not in masthead or (
                          stamp is not None and line.index < stamp and not any(
                              other.index != line.index and other.index not in masthead and other.index < stamp
                              for other in candidates)) or (
                          shared[line.index] >= TITLE_SHARED_MIN and all(
                              shared[line.index] > shared[other.index] for other in candidates
                              if other.index != line.index and other.index not in masthead)))] or candidates
    if len(candidates) < 2:
        return candidates[0].text, candidates[0].index
    # A site's tagline ("Exclusive news, data and analytics for ...") can sit above the headline
    # and shares no word with the story's opening paragraphs. Only then does a later heading that
    # shares more take its place: a live blog opens on its latest entry, whose own heading would
    # share more than the page's headline does.
    lead = _stems(" ".join(line.text for line in lines if line.kind == BODY)[:LEAD_CHARS])
    first = candidates[0]
    if len(_stems(first.text) & lead) >= TITLE_SHARED_MIN:
        return first.text, first.index
    best = max(candidates, key=lambda line: len(_stems(line.text) & lead))  # the first of equals
    return best.text, best.index


QUOTE_OPENERS = ("\"", "“", "‘", "'", "„", "«")
BYLINE = re.compile(r"^\s*By\s+[A-Z]")
CRUMB_SEPARATOR = re.compile(r"\s+[|›»>/]\s+")
CRUMB_WORDS = 4


def _breadcrumb(text: str) -> bool:
    """Short labels joined by separators ("Outlet | Section"); a headline's part runs longer."""
    parts = CRUMB_SEPARATOR.split(text)
    return len(parts) >= 2 and all(word_count(part) <= CRUMB_WORDS for part in parts)
LEAD_CHARS = 1500
TITLE_SHARED_MIN = 2  # word stems a headline shares with the story's opening


def _stems(text: str) -> set[str]:
    """Crude stems of the longer words: "hands"/"handed" and "demands"/"demanding" meet."""
    return {word[:4] for word in re.findall(r"\w{4,}", text.lower())}


def _header(lines: list[Line], size: int) -> list[Line]:
    """The first `size` lines that are not page furniture: a site's menu ("Menu", "Search",
    "World", "Sport", …) can run to a dozen lines above the headline."""
    return [line for line in lines if line.kind != FURNITURE][:size]


def find_date(lines: list[Line], header_lines: int, calendar: Calendar,
              hint: str | None = None) -> tuple[str | None, str | None, int | None]:
    """(published, dateline place, line index) from the header region or a wire dateline; `hint`
    as for `date_of_line`."""
    stamped: tuple[str, int] | None = None  # the date stamp, when it comes before the lead's dateline
    last = -1  # the line of the latest stamp read
    shapes = date_shapes(calendar)
    for line in lines[: header_lines * 2]:
        iso = date_of_line(line.text, calendar, hint)
        if line.kind == FURNITURE and not iso:
            continue
        wire = shapes.wire.match(line.text) or TITLE_CASE_DATELINE.match(line.text)
        if wire:
            # "May 23, 2025" then "ARDEN, Ruritania (AP) — …": the stamp's date, the lead's place
            named = wire.groupdict()
            own = (_iso(wire["year"], wire["month"], wire["day"], shapes.months)
                   if named.get("year") and named.get("month") else None)
            place = wire["place"].strip().title()
            return (stamped[0], place, stamped[1]) if stamped else (own or iso, place, line.index)
        if iso and stamped is None and (place := PLACE_BEFORE_DATE.match(line.text.strip())):
            return iso, place["place"].title(), line.index
        if iso and stamped is None:
            stamped = iso, line.index
            last = line.index
            continue
        if iso and stamped is not None and line.index == last + 1 and line.kind != BODY:
            # "Last updated 20 May 2025" / "First published 19 May 2025": stamps on the lines
            # after one another; the page was published on the earliest
            last = line.index
            if iso < stamped[0]:
                stamped = iso, line.index
            continue
        if stamped and line.kind == BODY:
            break  # the lead paragraph opens without a dateline
    return (stamped[0], None, stamped[1]) if stamped else (None, None, None)


def extract_metadata(lines: list[Line], config: SiteConfig) -> SourceMeta:
    header = config.boilerplate.max_header_lines
    outlet = find_outlet(lines, config)
    spellings = tuple(alias for listed in config.outlets if listed.name == outlet for alias in listed.aliases)
    title, title_line = find_title(lines, outlet, header, config.calendar, config.boilerplate.max_title_words,
                                   _byline(config.cues), spellings)
    if title:  # "# Headline" or "**Headline**" in a scrape kept as Markdown
        title = MARKDOWN_HEADING.sub("", title).strip() or title
        for prefix in config.boilerplate.title_prefixes:  # "UPDATE 2-Headline": the wire's version mark
            title = prefix.sub("", title, count=1).strip() or title
    url = find_url(lines)
    hint = url_date(url) if url else None
    published, dateline, date_line = find_date(lines, header, config.calendar, hint)
    if published is None and title:
        # "Department Press Briefing – May 20, 2025": a transcript dated by its headline alone
        shapes = date_shapes(config.calendar)
        published = next((iso for pattern in shapes.all if (found := pattern.search(title))
                          and (iso := _iso(found["year"], found["month"], found["day"], shapes.months))), None)
    if published is None and hint and len(hint) == len("2025-06-02"):
        published = hint  # a page that gives no date of its own, by the one its address carries
    return SourceMeta(outlet, title, published, url, dateline, title_line, date_line)


def mark_header(lines: list[Line], meta: SourceMeta) -> list[Line]:
    """Lines above the headline are site header; the headline and date lines are not body text."""
    title_at = -1
    if meta.title_line is not None and sum(
            1 for line in lines if line.index < meta.title_line and line.kind != FURNITURE) < 8:
        title_at = meta.title_line
    out = []
    for line in lines:
        if line.index < title_at and line.kind != FURNITURE:
            line = replace(line, kind=FURNITURE)
        elif line.index == meta.date_line and line.kind == BODY and word_count(line.text) > 15:
            pass  # a wire dateline opening the lead paragraph: "LISBON, August 16. /TASS/. The minister ..."
        elif line.index in (meta.title_line, meta.date_line) and line.kind != FURNITURE:
            line = replace(line, kind=HEADING)
        out.append(line)
    return out
