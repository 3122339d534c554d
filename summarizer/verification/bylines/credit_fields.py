"""A credit line read by its fields (outside checks 50, 51 and 52, session 24), for the
article's ``byline`` and ``outlet`` (:mod:`summarizer.verification.bylines.credit_forms`).

Pages credit their writer and their publisher in more forms than "By X": "Report by Aimé
Kabongo", "Live coverage by A and B", "Updates from the Capitol by A and B, Hill Ledger
staff", "- Compiled from agency reports by J. Okafor", "Interview by X, Gulf of Guinea Radio,
Lomé", "Legal Affairs | Thursday, May 29, 2025 | by R. K. Anand", "Kyiv Courier | 30 January
2022 | Olena Marchenko", "The Caucasus Review - Editorial Board", "Islamabad, February 26 -
Staff Reporter", "Translated from the French edition of Grands Lacs Hebdo", "From the archive
desk of The Northern Ledger". A careful fact-checker reads them all one way:

- *Where*: a line of the page's head (its non-empty lines before the first body paragraph, a
  line of more than twenty words) or foot (after the last one); on a page with no such
  paragraph, its first three and last two lines.
- *Fields*: the line is cut at its separators (" | ", " - ", " · ", ";", a sentence's stop
  after a word of three letters: not "R. K. Anand"); each field is read alone.
- *A credit field* gives its name part the author's role:
  - a role phrase of up to six words opening with a credit word (report, reporting, words,
    story, compiled, written, updates, coverage, interview, ...: not editing, photos,
    translated, produced) or "live", then "by", then the names; or "by" opening the field.
    After the names only a place ("in Bangkok", "from Tbilisi") or comma fields may follow:
    a first comma field "<Outlet> staff" or, in a credit that is no contribution
    ("Additional reporting by X, Reuters" names X's agency), a field of two or more words or
    with another after it ("Interview by X, Gulf of Guinea Radio, Lomé"; a lone last word is
    the place: "By X, Perth") is the outlet;
  - "A and B, <Outlet> staff": the names are the authors, the outlet theirs;
  - a newsroom as the whole field ("Editorial Board", "Staff Reporter", "Our Correspondent",
    "News Desk") credits that newsroom;
  - in a header of three fields or more the last one, a person's name of two to four
    capitalised words after a field with a date that is not the header's first ("Kyiv
    Courier | 30 January 2022 | Olena Marchenko"): the author (a place the party table knows
    is no author, nor a body: "Interior Ministry"; "30 July 2012 | Central Europe Monitor" is
    the outlet's dated masthead; nor a tag or a place, "Trade War", "Salt Lake City", an
    outlet by name, or a person the page's other lines name: the story's subject).
- *An outlet field*: "(Translated) from the <French/print> edition of X", "From the <archive/
  news> desk of X" (a qualified desk: "From the desk of Tom Abernathy" credits a person,
  :mod:`desk_credits`), and a broadcast transcript's programme ("TRANSCRIPT: World This
  Evening, 10 July 2016").

Refused still: the editor, photographer, producer and translator ("Editing by Y", "Photos by
X", "Translated by Z": no credit word), a sponsor ("Sponsored by X", "Presented by X": no
author, no publisher), a name only in the body or in a body sentence, the
outlet's field as the byline and the author's as the outlet (each field gives one role; a
person credited as author is no publisher, an outlet or another field of a credit line no
author: :func:`not_outlet`, :func:`not_author`).
"""

from __future__ import annotations

import re

from ..page.article import ArticleText
from ..page.tokens import Token, tokenize, word_set
from ..people.names import split_people
from ..people.party_names import party_of
from .credit_records import Credits
from .date_lines import dates_in
from .desk_credits import desk_authors
from .masthead_fields import (
    made_for,
    masthead_outlet,
    newsroom_outlet,
    photographer,
    roled_names,
    stacked_lines,
)
from .masthead_segments import (
    NEWSROOM,
    dateline_place,
    named_writer,
    room_qualifiers,
    room_words,
    segment_credit,
    without_aside,
)
from .news_sources import is_outlet

_BODY_WORDS = 20
_HEAD_MOST = 6
_FOOT_MOST = 3
_MASTHEAD_MOST = 16
_ROLE_MOST = 6

_PARTICLE = r"(?:de|da|di|van|von|der|al|el|bin|la|le)?"
_NAME = rf"[A-Z][\w'\u2019.-]+(?:[ \t]+{_PARTICLE}[ \t]*[A-Z][\w'\u2019.-]+){{1,3}}"
_PERSON = rf"(?!The[ \t]){_NAME}"
_NAMES = rf"{_PERSON}(?:[ \t]*,[ \t]*{_PERSON})*(?:,?[ \t]+(?:and|&)[ \t]+{_PERSON})?"
# A newsroom named by its role alone: "Editorial Board", "Staff Reporter", "Our Correspondent",
# "the Yerevan desk" (masthead_segments.py); never a name before a comma and the role.
_NEWSROOM = NEWSROOM
_OUTLET = (
    r"(?:The[ \t]+)?[A-Z][\w&'\u2019.-]*"
    r"(?:[ \t]+(?:(?:of|the|de|del|della|di|da|do|dos|du|des|la|le|&|and|on)[ \t]+)*"
    r"[A-Z0-9][\w&'\u2019.-]*){0,5}"
)
# A field cut: a bar, a spaced dash or slash, a middle dot or bullet, a semicolon, a sentence's
# stop.
_CUT = re.compile(
    r"[ \t]+[|\u00b7\u2022][ \t]*|[ \t]+/[ \t]+|[ \t]+[-\u2013\u2014][ \t]+|;[ \t]*"
    r"|(?<=\w{3})[.!?][ \t]+"
)
_LEFT = " \t-\u2013\u2014*_\u2022\u00b7|([{>"
_RIGHT = " \t.,;:)]}*_"
_BY = re.compile(
    rf"(?:(?P<role>[^\W\d][\w'\u2019-]*(?:[ \t]+[\w'\u2019-]+){{0,{_ROLE_MOST - 1}}})[ \t]+)?"
    rf"(?i:by)[ \t]+(?P<names>{_NAMES}|{_NEWSROOM})"
    r"(?P<rest>(?:[ \t]*[,(]|[ \t]+(?:in|from|for)[ \t]).*)?"
)
_CREDIT_WORDS = word_set(
    """report reports reporting reported words story compiled written writing updates update
    coverage interview interviews text blog analysis commentary column dispatch filed"""
)
_OPENING = word_set("live an a additional further extra special exclusive")
_CONTRIBUTING = word_set("additional further extra")
# A field "<word> by X" so opened names a sponsor, neither author nor publisher (review rvD).
_SPONSORING = word_set("sponsored presented supported funded underwritten paid brought")
_NOT_AUTHOR = word_set(
    """editing edited editor photo photos photograph photographs pictures picture graphics
    video produced production translated translation translator design designed illustration
    illustrations"""
)
_STAFF = re.compile(rf"(?P<outlet>{_OUTLET})[ \t]+(?i:staff(?:[ \t]+(?:writers?|reporters?))?)")
_STAFFED = re.compile(rf"(?P<names>{_NAMES})[ \t]*,[ \t]*{_STAFF.pattern}")
# A header's last field ending so names a body, not a writer ("Interior Ministry").
_INSTITUTIONS = word_set(
    """ministry office council commission police army government agency court parliament
    committee party union bank department authority service"""
)
# A header's last field ending so names a tag ("Trade War") or a place ("Salt Lake City"),
# no writer.
_TOPICS = word_set(
    """war wars crisis conflict election elections vote industry economy trade tariffs
    protests talks deal summit policy politics markets news latest live city town county
    province state region district valley island coast"""
)
_ROLES = word_set("correspondent correspondents reporter reporters editor editors writer columnist")
_EDITION = re.compile(
    r"(?i:(?:translated|adapted|reprinted|republished|excerpted|taken)[ \t]+)?(?i:from)[ \t]+"
    r"(?i:the|our|an?)[ \t]+(?:(?:[\w'\u2019-]+[ \t]+){1,3}(?i:desk)|(?:[\w'\u2019-]+[ \t]+){0,3}"
    rf"(?i:edition|archives?|pages))[ \t]+(?i:of)[ \t]+(?P<outlet>{_OUTLET})"
)
_PROGRAMME = re.compile(rf"(?i:transcript)[ \t]*:[ \t]*(?P<outlet>{_OUTLET})[ \t]*,")
_DATE_WORD = re.compile(
    r"\b(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \t]+\d|\d[ \t]+"
    r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{4}-\d\d-\d\d"
)


def _edge_lines(article: ArticleText) -> list[tuple[int, str]]:
    """The head's and the foot's non-empty lines with their offsets (see the module)."""
    lines = [(position, line) for position, line in article.lines if line.strip()]
    body = [i for i, (_, line) in enumerate(lines) if len(line.split()) > _BODY_WORDS]
    if not body:
        return lines[:3] + lines[max(3, len(lines) - 2) :]
    head = lines[: body[0]][:_HEAD_MOST]
    foot = lines[body[-1] + 1 :][-_FOOT_MOST:]
    return head + foot


def line_fields(start: int, line: str) -> list[tuple[int, str]]:
    """A line's fields with their offsets, stripped of the marks that open or close them."""
    found: list[tuple[int, str]] = []
    at = 0
    for cut in [*_CUT.finditer(line), None]:
        end = cut.start() if cut is not None else len(line)
        piece = line[at:end]
        left = len(piece) - len(piece.lstrip(_LEFT))
        piece = without_aside(piece.strip(_LEFT)).rstrip(_RIGHT)  # "X (English service)"
        if piece:
            found.append((start + at + left, piece))
        at = cut.end() if cut is not None else len(line)
    return found


def _words(name: str) -> tuple[str, ...]:
    return tuple(token.norm for token in tokenize(name) if token.norm != "the")


def _role_credits(role: str | None) -> bool:
    """Whether the words before "by" give an author's role (none: "by X" opens the field)."""
    if role is None:
        return True
    words = [token.norm for token in tokenize(role)]
    return (
        (words[0] in _CREDIT_WORDS or words[0] in _OPENING)
        and any(word in _CREDIT_WORDS for word in words)
        and not any(word in _NOT_AUTHOR for word in words)
    )


def _sponsor(role: str | None) -> bool:
    """Whether the words before "by" name a sponsor ("Sponsored by", "Paid for by")."""
    words = [token.norm for token in tokenize(role or "")]
    return bool(words) and words[0] in _SPONSORING


def _comma_outlet(
    rest: str, contributing: bool, found: Credits, article: ArticleText
) -> str | None:
    """The outlet a by-credit's comma fields give after the names (see the module); the
    place fields ("in Bangkok", the last comma field) go to ``found.places``."""
    place = re.match(r"[ \t]+(?:in|from)[ \t]+(.+)", rest)
    if place is not None:
        found.places.add(_words(place.group(1)))
    if not rest.lstrip().startswith(","):
        return None
    parts = [part.strip(_RIGHT + " ") for part in rest.lstrip()[1:].split(",")]
    if len(parts) == 1 and not contributing and is_outlet(parts[0], article):
        return parts[0]  # "By X, Reuters": an agency, not the place a lone word is
    if len(parts) > 1 or len(parts[0].split()) == 1:
        found.places.add(_words(parts[-1]))
    first = parts[0]
    staff = _STAFF.fullmatch(first)
    if staff is not None:
        return staff.group("outlet")
    if contributing or not re.fullmatch(_OUTLET, first) or any(c.isdigit() for c in first):
        return None
    if first.split()[-1].lower() in _ROLES or party_of(first) is not None:
        return None  # "Lisbon correspondent"; a place
    if len(parts) > 1 or len(first.split()) > 1:
        return first
    return None


def _read_field(
    start: int, text: str, header: list[tuple[int, str]], found: Credits, article: ArticleText
) -> None:
    """Add what one field credits to ``found``."""
    match = _BY.fullmatch(text)
    if match is not None and _sponsor(match.group("role")):  # "Sponsored by Harbourline Bank"
        found.others.add(_words(match.group("names")))
        found.places.add(_words(match.group("names")))
        return
    if match is not None and _role_credits(match.group("role")):
        names, rest = match.group("names"), match.group("rest") or ""
        people = split_people(names)
        if "," in names and not re.search(r"[ \t](?:and|&)[ \t]", names):
            people = people[:1]  # "By A, B": B an author or the outlet (metadata reads both)
            if match.group("role"):  # "Interview by X, Outlet, City": the outlet
                names, rest = names[: names.index(",")], names[names.index(",") :] + rest
        found.authors.append(tokenize(names, start + match.start("names")))
        if re.fullmatch(_NAMES, names):
            found.people |= {_words(person) for person in people}
        else:  # "the Harbour Times world desk": "Harbour Times" is no author
            found.others |= room_qualifiers(names)
            if (named := named_writer(names, rest)) is not None:  # "our X correspondent, A"
                found.authors.append(tokenize(named[1], start + match.start("rest") + named[0]))
                found.people |= {_words(person) for person in split_people(named[1])}
                return
        role = {t.norm for t in tokenize(match.group("role") or "")}
        outlet = _comma_outlet(rest, bool(role & _CONTRIBUTING), found, article)
        made, funder = made_for(rest)  # "Interview by X for Outlet"; "for the Y Center"
        outlet = made or outlet
        if funder is not None:  # neither author nor publisher
            found.places.add(_words(funder))
            found.others.add(_words(funder))
        if outlet is not None:
            found.outlets.add(_words(outlet))
        return
    if segment_credit(start, text, found):  # "Words: A", "the Yerevan desk" (masthead_segments)
        return
    if (staffed := _STAFFED.fullmatch(text)) is not None:
        found.authors.append(tokenize(staffed.group("names"), start + staffed.start("names")))
        found.people |= {_words(person) for person in split_people(staffed.group("names"))}
        found.outlets.add(_words(staffed.group("outlet")))
        return
    if (roled := roled_names(text, _NAMES)) is not None:  # "A, trade correspondent"
        found.authors.append(tokenize(roled, start))
        found.people |= {_words(person) for person in split_people(roled)}
        found.places.add(_words(text[len(roled) :].lstrip(" \t,")))  # the role: no publisher
        return
    if (room := newsroom_outlet(text, _NEWSROOM)) is not None:  # "The Editorial Board, X"
        found.authors.append(tokenize(room[0], start))
        found.places |= room_words(room[0])  # the newsroom: no publisher
        if len(room[1].split()) >= 2 or is_outlet(room[1], article):
            found.outlets.add(_words(room[1]))
        else:  # "Staff Reporter, Kisumu": the newsroom's place (review rvD)
            found.places.add(_words(room[1]))
        return
    for pattern in (_EDITION, _PROGRAMME):
        outlet_match = pattern.match(text) if pattern is _PROGRAMME else pattern.fullmatch(text)
        if outlet_match is not None:
            found.outlets.add(_words(outlet_match.group("outlet")))
            return
    if len(header) >= 3 and (start, text) == header[-1] and re.fullmatch(_NAMES, text):
        dated = any(dates_in(other) or _DATE_WORD.search(other) for _, other in header[1:-1])
        last = text.split()[-1].lower()
        if dated and party_of(text) is None and last not in _INSTITUTIONS | _TOPICS:
            if is_outlet(text, article) or _in_body(text, start, article):
                return  # "Business | date | Desert Herald"; "| Donald Trump", the story's
            found.authors.append(tokenize(text, start))
            found.people |= {_words(person) for person in split_people(text)}


def _head_run(lines: list[tuple[int, str]], article: ArticleText) -> list[tuple[int, str]]:
    """The fields of the head's lines under the headline, when each is a masthead's (sixteen
    words at most, no sentence's stop): "Updated as it happens - Outlet, Paris bureau" above
    "Thursday 4 September 2025" is one masthead cut over two lines."""
    body = next(
        (i for i, line in enumerate(article.text.split("\n")) if len(line.split()) > _BODY_WORDS),
        None,
    )
    body_at = len("\n".join(article.text.split("\n")[:body])) if body is not None else -1
    head = [(at, line) for at, line in lines[1:] if at < body_at]
    if not 2 <= len(head) <= _HEAD_MOST or any(
        len(line.split()) > _MASTHEAD_MOST or line.rstrip().endswith((".", "!", "?"))
        for _, line in head
    ):
        return []
    return [f for at, line in head for f in line_fields(at, line)]


def field_credits(article: ArticleText) -> Credits:
    """What the page's head and foot lines credit, read once per article."""
    found: Credits | None = article.memo.get("credit-fields")
    if found is None:
        found = Credits()
        lines = _edge_lines(article)
        for names in desk_authors(lines):  # "From the desk of X": a person (desk_credits.py)
            written = article.text[names[0].start : names[-1].end]
            found.people |= {_words(person) for person in split_people(written)}
        for start, line in lines:
            fields = line_fields(start, line)
            if (place := dateline_place(fields, found, article)) is not None:
                found.places.add(_words(place))  # "Lima, 3 June 2024 - Redacción / Outlet"
            before = len(found.people)
            for at, text in fields:
                _read_field(at, text, fields if len(fields) >= 2 else [], found, article)
            if (shot := photographer(line)) is not None:  # "Photo: X/Outlet": no publisher
                found.places.add(_words(shot))
            else:  # "Photo: X / Agency | date": the agency is the picture's, no masthead
                _read_masthead(fields, found, article)
            if len(found.people) == before:
                continue  # "Updates by the newsroom - Kenji Sato": a newsroom, then him
            rooms = {at for at in found.rooms if start <= at < start + len(line)}
            found.authors = [a for a in found.authors if not a or a[0].start not in rooms]
            # a line crediting people: its other fields are no author (masthead, place)
            credited = {t.start for names in found.authors for t in names}
            found.others |= {
                _words(text)
                for at, text in fields
                if not any(at <= offset < at + len(text) for offset in credited)
            }
        if found.people and found.rooms:  # "By A" over "Taipei Bureau | date": her desk
            found.authors = [a for a in found.authors if not a or a[0].start not in found.rooms]
        for run in stacked_lines(lines):  # "Name, role" / "Outlet" / "date", a line each
            _read_masthead(
                [f for start, line in run for f in line_fields(start, line)], found, article
            )
        if not found.outlets:
            _read_masthead(_head_run(lines, article), found, article)
        article.memo["credit-fields"] = found
    return found


def _read_masthead(fields: list[tuple[int, str]], found: Credits, article: ArticleText) -> None:
    """Add a dated masthead's outlet field, and its desks as neither author nor publisher
    (masthead_fields.py)."""
    authored = {t.start for names in found.authors for t in names}
    masthead = masthead_outlet(fields, found.people | found.places, authored, article)
    found.places |= {_words(section) for section in masthead.sections}  # "General Election"
    if masthead.outlet is None:
        return
    found.outlets.add(_words(masthead.outlet))
    found.others |= {_words(desk) for desk in masthead.desks + masthead.sections}
    found.places |= {_words(desk) for desk in masthead.desks}  # a desk is no publisher either
    found.places |= {_words(tag) for tag in masthead.tags}  # "| Cyril Ramaphosa": no publisher
    for at, writer in masthead.writers:  # "Jane Doe | Senior Correspondent | Outlet | date"
        found.authors.append(tokenize(writer, at))
        found.people.add(_words(writer))
    roles = {at for at, _ in masthead.roles}  # "Political Correspondent" after her: no author
    found.authors = [names for names in found.authors if not names or names[0].start not in roles]
    found.places |= {_words(role) for _, role in masthead.roles}


def _in_body(name: str, start: int, article: ArticleText) -> bool:
    """Whether a person of a header's last field is named in the page's other lines by a
    surname: the story's subject ("Plains Courier | April 2, 2025 | Donald Trump"), no writer."""
    line_end = article.text.find("\n", start)
    elsewhere = article.text[: article.text.rfind("\n", 0, start) + 1] + (
        article.text[line_end:] if line_end != -1 else ""
    )
    return any(
        re.search(rf"\b{re.escape(person.split()[-1])}\b", elsewhere)
        for person in split_people(name)
    )


def field_authors(article: ArticleText) -> list[list[Token]]:
    """The authors a head or foot credit line's fields credit, as tokens at their offsets."""
    return field_credits(article).authors


def field_outlet(words: tuple[str, ...], article: ArticleText) -> bool:
    """Whether a head or foot credit line's field gives the outlet whose lowercased words (no
    "the") are ``words``."""
    return tuple(words) in field_credits(article).outlets


def not_outlet(name: str, article: ArticleText) -> bool:
    """Whether a head or foot credit line gives ``name`` another role than the publisher's:
    a person it credits as the author, or the place after the names."""
    credits = field_credits(article)
    return _words(name) in credits.people | credits.places


def not_author(name: str, article: ArticleText) -> bool:
    """Whether a head or foot credit line gives ``name`` another role than the author's: its
    outlet, or a field of the line other than the credited names (the masthead, a place, a
    section)."""
    credits = field_credits(article)
    return _words(name) in (credits.outlets | credits.others) - credits.people


def credited_outlet(name: str, article: ArticleText) -> str | None:
    """The outlet a head or foot credit line names, when it is not ``name`` (an outlet the
    body only tells a quote to is then not the publisher), else None."""
    outlets = field_credits(article).outlets
    if not outlets or _words(name) in outlets:
        return None
    return " ".join(sorted(outlets)[0])


def name_line(line: str) -> bool:
    """Whether ``line`` is only a person's name (two to four capitalised words, a particle
    allowed): the line above a role line is its writer's only then, not a headline ("Ruto
    wins Kenya's presidency" above "Nairobi, August 15 - Staff Reporter")."""
    return re.fullmatch(_NAME, line.strip()) is not None


__all__ = [
    "Credits",
    "credited_outlet",
    "field_authors",
    "field_credits",
    "field_outlet",
    "line_fields",
    "name_line",
    "not_author",
    "not_outlet",
]
