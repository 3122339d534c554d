"""The page's head lines read segment by segment, with the value in hand (outside checks 61 to
70, the outlet and byline causes, session 32).

Pages set the outlet, the writer, the desk, the kind of piece and the date on one line above
the story, in many orders and with many separators: "Analysis | Kenji Marlowe | Orient Weekly |
11 October 2025", "Jerusalem, 10 October 2025 - by Dana Rubin, Levantine Times", "Priya
Nandakumar, legal affairs desk - The Harbour Ledger, 30 May 2025", "Words: A. Additional
reporting: B. | Le Quai International | 23 October 2025". The readers of
:mod:`masthead_fields` look for the one outlet such a line names without knowing the value,
and give up when two capitalised fields are left ("Kenji Marlowe" and "Orient Weekly" have the
same shape). Knowing the value, a careful fact-checker asks a narrower question: is the value
one whole segment of a head line whose every other segment has a role that is not the
publisher's? Then the line names the page's publisher.

A *head line* is a line above the story's body (the first line of more than twenty words),
among the page's first six lines. It is cut into segments by bars, spaced dashes and slashes,
middle dots, commas and sentence stops. Each other segment must be one of:

- a *date* ("11 October 2025", "Sunday 11 May 2025");
- a *credit*: "by X", "compiled by the Rome bureau", a labelled writing credit ("Words: X",
  "text and reporting: X"), "X reporting (from Y)", a writer's role ("legal affairs desk",
  "our religious affairs correspondent", "Diplomatic Editor Rhiannon Pryce"), a newsroom, or
  a person's name (two to four capitalised words with no word of an outlet's name);
- a *kind of piece* or a section ("Analysis", "Guest column", "Trade Policy Brief", "Media
  Watch");
- a *dateline place*: one to three capitalised words before the date that opens the line
  ("Jerusalem, 10 October 2025", "JITRA, Kedah, 25 July 2025").

and one of them must be a date or a credit (a navigation bar of two names is not read). The
value's own segment may carry a staff noun ("Peninsula Herald staff") and must not be a person
the page credits, a dateline's place or a kind of piece.

Left out, still refused: a name cited in the body ("told the X", "X reported"), a credit for
a photo or a quote (a maker's label, "Photo:", "Source:", "quoting" makes the line no
masthead), a name only inside a segment ("former Orient Weekly correspondent"), a headline
that mentions an outlet among words of its own (its other segment has no role).

The byline is read the same way: a person is credited by a head line whose segment is "X
reporting (from Y)", "<writer's role> X" ("Diplomatic Editor Rhiannon Pryce") or "<Outlet>
(X)" after a dated line's outlet, when the line's other segments have their roles. A person
only named in a head line's segment of no credit's shape ("Interview | Friedrich Merz |")
is not credited by this reader.
"""

from __future__ import annotations

import re

from ..page.article import ArticleText
from ..page.tokens import tokenize, word_set
from ..people.names import split_people
from .date_lines import dates_in
from .masthead_segments import labelled_credit, newsroom

_YEAR = re.compile(r"(?:19|20)\d\d")
_BODY_WORDS = 20
_HEAD_MOST = 6
_SEGMENT_MOST = 12
_CUT = re.compile(
    r"[ \t]*\|[ \t]*|[ \t]+[-\u2013\u2014/\u00b7\u2022][ \t]+|[ \t]*[\u00b7\u2022][ \t]*"
    r"|[ \t]*,[ \t]+|(?<=[a-z]{3})(?<!Prof)\.[ \t]+(?=[A-Z])|[ \t]*\.[ \t]*$"
)
# The last word of an outlet's name: a segment ending so is no person ("Orient Weekly").
_OUTLET_NOUNS = word_set(
    """times herald observer ledger monitor review weekly chronicle quarterly post journal news
    gazette tribune telegraph standard express daily mail star sun guardian independent mirror
    record courier dispatch bulletin briefing letter report wire press radio tv television
    network agency magazine digest register recorder inquirer examiner sentinel globe
    messenger echo advertiser argus international online today world insider notes newsletter
    newswire service services media times post review voice nation leader focus week"""
)
# A kind of piece or a section's last word: "Analysis", "Guest column", "Media Watch".
_KINDS = word_set(
    """analysis briefing brief column feature explainer sidebar comment commentary opinion
    roundup bulletin newsletter interview profile report dispatch live factbox obituary
    editorial watch notebook diary letter essay review digest memo backgrounder wrap
    q&a qa"""
)
# Words that make a segment a credit to someone else than the page's maker, or a citation:
# the line is then no masthead of the value.
_ELSEWHERE = word_set(
    """photo photos photograph photographs picture pictures image images source sources
    courtesy quoting quoted citing cited via reprinted republished syndicated originally
    archive"""
)
_WRITER_ROLES = word_set(
    """correspondent correspondents reporter reporters editor writer writers columnist
    contributor"""
)
_STAFF = word_set("staff reporters correspondents team desk newsroom")
_CREDIT_OPENER = re.compile(
    r"(?i:(?:(?:words|text|story|reporting|report|interview|compiled|written|reported"
    r"|filed)[ \t]+)?(?:and[ \t]+\w+[ \t]+)?by[ \t]+|as[ \t]+reported[ \t]+by[ \t]+|from[ \t]+)"
)
_NAME_WORD = r"[A-Z][\w'\u2019.-]*"
_PERSON = re.compile(
    rf"(?:(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame)\.?[ \t]+)?(?!The[ \t]){_NAME_WORD}"
    rf"(?:[ \t]+(?:(?:de|da|van|von|der|den|al|el|bin|la|del|dos)[ \t]+)?{_NAME_WORD}){{1,3}}"
)
_REPORTING = re.compile(
    rf"(?P<name>{_PERSON.pattern})[ \t]+(?i:reporting|reports)(?:[ \t]+(?:from|in)[ \t]+.+)?"
)
_ROLED = re.compile(
    rf"(?P<role>(?:[A-Z][\w-]*[ \t]+){{0,2}}(?i:correspondent|editor|reporter|writer|"
    rf"columnist))[ \t]+(?P<name>{_PERSON.pattern})"
)
_BY_NAME = re.compile(
    rf"(?i:(?:as[ \t]+)?(?:reported|written|reporting|words|story|text)[ \t]+by|by)[ \t]+"
    rf"(?P<name>{_PERSON.pattern})(?:[ \t]+(?i:for|in)[ \t]+.+)?"
)
_PLACE = rf"(?!The[ \t]){_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}}"
_DATELINE = re.compile(rf"[ \t]*(?P<places>{_PLACE}(?:[ \t]*,[ \t]*{_PLACE}){{0,2}})[ \t]*,")
_TITLED = re.compile(
    rf"(?:The[ \t]+)?{_NAME_WORD}(?:[ \t]+(?:(?:of|the|and|&|on|de|la|le)[ \t]+)*{_NAME_WORD})*"
)
# A writer's role and the comma before the person holding it: "our Warsaw correspondent, A".
_ROLE_COMMA = re.compile(
    r"(?i:correspondent|reporter|editor|writer|columnist|contributor)[ \t]*,[ \t]*$"
)
_BRACKETED = re.compile(rf"(?P<outlet>[^()]+?)[ \t]*\([ \t]*(?P<name>{_PERSON.pattern})[ \t]*\)")


def _norms(text: str) -> list[str]:
    return [token.norm for token in tokenize(text)]


def _bare(words: list[str]) -> tuple[str, ...]:
    return tuple(word for word in words if word != "the")


def _has(line: str, value: str) -> bool:
    """Whether the value's words (no "the") run in the line's."""
    wanted, words = _bare(_norms(value)), _bare(_norms(line))
    size = len(wanted)
    return any(words[i : i + size] == wanted for i in range(len(words) - size + 1))


def head_lines(article: ArticleText) -> list[tuple[int, str]]:
    """The page's non-empty lines above the story's body (its first line of more than twenty
    words), six at most, with their offsets; read once per article."""
    found: list[tuple[int, str]] | None = article.memo.get("head-segment-lines")
    if found is None:
        found = []
        for position, line in article.lines:
            if len(line.split()) > _BODY_WORDS or len(found) >= _HEAD_MOST:
                break
            if line.strip():
                found.append((position, line))
        article.memo["head-segment-lines"] = found
    return found


def segments(line: str) -> list[str]:
    """A line's segments, stripped of the marks around them ("| Orient Weekly |"); a year cut
    off by its comma joins its day again ("June 11, 2025")."""
    found: list[str] = []
    for piece in _CUT.split(line):
        piece = piece.strip(" \t*_[]{}>:;\"'\u201c\u201d")
        if _YEAR.fullmatch(piece) and found:
            found[-1] = f"{found[-1]}, {piece}"
        elif piece:
            found.append(piece)
    return found


def _date(segment: str) -> bool:
    words = _norms(segment)
    return bool(words) and bool(dates_in(segment)) and len(words) <= 6


def _outlet_shaped(words: list[str]) -> bool:
    return bool(words) and (words[0] == "the" or words[-1] in _OUTLET_NOUNS)


def _person(segment: str) -> bool:
    """A person's name: two to four capitalised words, no outlet's word, no kind's."""
    words = _norms(segment)
    return (
        _PERSON.fullmatch(segment) is not None
        and not _outlet_shaped(words)
        and words[-1] not in _KINDS | _WRITER_ROLES | _STAFF
    )


def _kind(segment: str) -> bool:
    """A kind of piece or a section: up to three words ending in a kind's noun, not "The"."""
    words = _norms(segment)
    return 0 < len(words) <= 3 and words[-1] in _KINDS and words[0] != "the"


def _role(segment: str) -> bool:
    """A writer's role or a desk: "legal affairs desk", "Senior Correspondent"."""
    words = _norms(segment)
    if not 0 < len(words) <= 5:
        return False
    return words[-1] in _WRITER_ROLES or newsroom(segment) is not None


def _credit(segment: str) -> bool:
    """A writing credit: "by X", "compiled by the Rome bureau", "Words: X", "X reporting",
    a writer's role or desk, "Diplomatic Editor X", or a person's name."""
    if (opener := _CREDIT_OPENER.match(segment)) is not None and segment[opener.end() :].strip():
        return True
    labelled = labelled_credit(segment)
    if labelled is not None:
        return labelled[2]
    return bool(
        _REPORTING.fullmatch(segment)
        or _ROLED.fullmatch(segment)
        or _role(segment)
        or _person(segment)
    )


def _places(line: str, parts: list[str]) -> set[int]:
    """The indexes of a dateline's places: capitalised segments of one to three words joined
    by commas to the date that opens the line ("Jerusalem, 10 October 2025", "JITRA, Kedah,
    25 July 2025")."""
    opened = _DATELINE.match(line)
    if opened is None:
        return set()
    count = opened.group("places").count(",") + 1
    if len(parts) <= count or not _date(parts[count]):
        return set()
    return set(range(count))


def _roled(words: tuple[str, ...]) -> bool:
    """Whether a name holds a writer's role or a newsroom's word ("editor-at-large", "Tokyo
    bureau"): a role, never the outlet."""
    parts = {piece for word in words for piece in word.split("-")}
    return bool(parts & (_WRITER_ROLES | _STAFF | {"bureau", "editors", "office"}))


def _others_have_roles(
    parts: list[str], skip: int, places: set[int],
    writers: frozenset[tuple[str, ...]] = frozenset(), bare_names: bool = True,
) -> bool:  # fmt: skip
    """Whether every segment but ``skip`` is a date, a credit, a kind of piece or a dateline's
    place, and one of them is a date or a credit. A bare person's name counts as a credit only
    when ``bare_names`` (the value has an outlet's shape) or it is one of the facts'
    ``writers``: in "Chesapeake Tide \u00b7 Ruth Calder \u00b7 date" either name may be the
    writer's."""
    anchored = False
    for index, part in enumerate(parts):
        if index == skip or index in places:
            continue
        if _person(part) and not bare_names and _bare(_norms(part)) not in writers:
            return False
        if _date(part) or _credit(part):
            anchored = True
        elif not _kind(part):
            return False
    return anchored


def _usable(line: str, parts: list[str]) -> bool:
    """A line of segments that is no photo credit, citation or former employer's."""
    if len(parts) < 2 or any(len(part.split()) > _SEGMENT_MOST for part in parts):
        return False
    if set(_norms(line)) & _ELSEWHERE:
        return False
    labelled = [labelled_credit(part) for part in parts]
    return all(credit is None or credit[2] for credit in labelled)  # no "Pictures: X"


def _value_segment(part: str, wanted: tuple[str, ...]) -> bool:
    """Whether a segment is the value, whole, or the value and a staff noun ("X staff")."""
    words = _bare(_norms(part))
    if words == wanted:
        return True
    return words[: len(wanted)] == wanted and set(words[len(wanted) :]) <= _STAFF | {"s"}


def head_outlet(value: str, article: ArticleText, byline: str = "") -> bool | None:
    """True when a head line names ``value`` as the page's publisher (see the module); False
    when a head line's whole segment gives it another role: the dateline's place, the person
    after a writer's role ("From our Warsaw correspondent, Jan Zielinski") or a person of
    the facts' ``byline``; None when no head line reads it."""
    wanted = _bare(_norms(value))
    if not wanted:
        return None
    writers = frozenset(_bare(_norms(person)) for person in split_people(byline))
    refused = False
    for _, line in head_lines(article):
        parts = segments(line)
        if not _usable(line, parts):
            continue
        places = _places(line, parts)
        for index, part in enumerate(parts):
            if not _value_segment(part, wanted):
                continue
            after_role = _ROLE_COMMA.search(line[: max(line.find(part), 0)]) is not None
            placed = index in places and _outlet_beside(parts, places)
            if placed or wanted in writers or (after_role and _person(part)):
                refused = True  # "GDANSK, Pomerania, 2 June - X staff", "correspondent, A"
            elif not (set(wanted) <= _KINDS or _roled(wanted)) and _others_have_roles(
                parts, index, places, writers, _outlet_shaped(_norms(part))
            ):
                return True  # not "Analysis" alone, not "West Africa editor-at-large"
    return False if refused else None


def _outlet_beside(parts: list[str], places: set[int]) -> bool:
    """Whether a segment after a dateline is an outlet's name ("Vistula Herald staff"): the
    line's opening names are then its places, not the outlet ("Outlet, 3 May 2025" opens
    with the outlet as a dateline opens with its place)."""
    for index, part in enumerate(parts):
        words = _norms(part)
        while words and words[-1] in _STAFF:
            words.pop()
        if index not in places and part[:1].isupper() and _outlet_shaped(words):
            return True
    return False


def head_publisher(value: str, article: ArticleText, byline: str = "") -> str | None:
    """The name a head line gives the publisher's place to, when it is not ``value``: a line
    of roles (dates, credits, kinds of piece) and two names, a writer's and an outlet's
    ("Analysis | Tomas Lindgren | Nordic Current | 26 June 2025"), or one outlet-shaped name.
    An outlet the body only tells a quote to is then not the page's publisher."""
    writers = {_bare(_norms(person)) for person in split_people(byline)}
    for _, line in head_lines(article):
        parts = segments(line)
        if not _usable(line, parts) or not any(_date(part) for part in parts):
            continue
        places = _places(line, parts)
        names = [
            part
            for index, part in enumerate(parts)
            if index not in places
            and not (_date(part) or _kind(part) or (_credit(part) and not _person(part)))
        ]
        if any(not _TITLED.fullmatch(part) for part in names) or _has(line, value):
            continue  # a segment of no role ("Holy See press briefing"), or the value's line
        others = [name for name in names if _bare(_norms(name)) not in writers]
        shaped = [name for name in others if _outlet_shaped(_norms(name))]
        found = shaped[0] if len(shaped) == 1 else None
        if found is None and len(names) == 2:  # a writer's name and an outlet's
            found = others[0] if len(others) == 1 else others[-1] if others else None
        if found is not None and _bare(_norms(found)) != _bare(_norms(value)):
            return found
    return None


def _credited_in(part: str, person: tuple[str, ...]) -> bool:
    """Whether a segment credits the person: "X reporting", "Diplomatic Editor X", "(X)"."""
    for pattern in (_REPORTING, _ROLED):
        match = pattern.fullmatch(part)
        if match is not None and _bare(_norms(match.group("name"))) == person:
            return True
    return False


def head_author(name: str, article: ArticleText) -> bool:
    """Whether a head line credits ``name`` as the writer (see the module)."""
    person = _bare(_norms(name))
    if not person:
        return False
    for _, line in head_lines(article):
        parts = segments(line)
        if not _usable(line, parts):
            continue
        places = _places(line, parts)
        for index, part in enumerate(parts):
            if index in places:
                continue
            bracketed = _BRACKETED.fullmatch(part)
            if bracketed is not None and _bare(_norms(bracketed.group("name"))) == person:
                if _outlet_shaped(_norms(bracketed.group("outlet"))) and any(
                    _date(other) for other in parts
                ):  # "Berlin, 30 April 2025 - Staatsbrief Weekly (Eva Lindqvist)"
                    rest = [*parts[:index], bracketed.group("outlet"), *parts[index + 1 :]]
                    if _others_have_roles(rest, index, places):
                        return True
                continue
            by = _BY_NAME.fullmatch(part)  # "as reported by X for Y": a credit of its own
            if by is not None and _bare(_norms(by.group("name"))) == person:
                return True
            if _credited_in(part, person):  # "A reporting from Y", "Diplomatic Editor A"
                return True
    return False


def headline_mention(line: str, at: int, end: int, article: ArticleText) -> bool:
    """Whether the name at ``line[at:end]`` is only mentioned by the page's headline: the
    first line, one segment, with lower-case words of a sentence after the name ("Why the
    Tokyo Clarion got the election wrong"); a masthead's line has no sentence around it."""
    first = next((text for _, text in article.lines if text.strip()), "")
    if line.strip() != first.strip() or len(segments(line)) > 1:
        return False
    return re.match(r"[ \t]+[a-z]", line[end:]) is not None


__all__ = [
    "head_author",
    "head_lines",
    "head_outlet",
    "head_publisher",
    "headline_mention",
    "segments",
]
