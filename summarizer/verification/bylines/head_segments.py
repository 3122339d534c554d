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

Refused as the outlet besides (review rvhd32): a name a sponsor's or partner's label gives
("Sponsored feature | X | date", "Presented by X"), a dateline's place in capitals, a
person's name beside a bare writer's role ("A | Columnist | date") or beside a dated line's
outlet-shaped publisher, a kind of piece, a name a line credits as its writer ("Von A").

The byline is read the same way: a person is credited by a head line whose segment is "X
reporting (from Y)", "<writer's role> X" ("Diplomatic Editor Rhiannon Pryce") or "<Outlet>
(X)" after a dated line's outlet, when the line's other segments have their roles. A person
only named in a head line's segment of no credit's shape ("Interview | Friedrich Merz |")
is not credited by this reader, nor a role beside a name in an obituary, a tribute, a
profile or an interview, or after "Former" (the subject's career, not a credit).

A title cut short is no outlet (:func:`cut_short`): "Kanto Farm" where the page writes only
"Kanto Farm Journal", "Atlantic Freight" of "Atlantic Freight Digest": a name every time run on
into an outlet's noun is its modifier ("Sky News" of "Sky News Australia" stays).
"""

from __future__ import annotations

import re

from ..page.article import ArticleText
from ..page.tokens import word_set
from ..people.names import split_people
from .head_parts import (
    BY_NAME,
    KINDS,
    NAME_WORD,
    PERSON,
    REPORTING,
    ROLED,
    STAFF,
    WRITER_ROLES,
    bare,
    is_credit,
    is_date,
    is_kind,
    is_person,
    outlet_shaped,
    outlet_word,
    segments,
)
from .maker_credits import head_maker, head_publisher_named
from .masthead_segments import labelled_credit, norms

_BODY_WORDS = 20
_HEAD_MOST = 6
_SEGMENT_MOST = 12
# Words that make a segment a credit to someone else than the page's maker, or a citation:
# the line is then no masthead of the value.
_ELSEWHERE = word_set(
    """photo photos photograph photographs picture pictures image images source sources
    courtesy quoting quoted citing cited via reprinted republished syndicated originally
    archive"""
)
# Words of a sponsor's or partner's label ("Sponsored feature", "Paid post", "Partner
# content", "Presented by X"): the name the label stands beside paid for the page or shares
# it, and is not its publisher (review rvhd32).
_SPONSORED = word_set(
    """sponsored sponsor sponsors paid promoted advertisement advertorial partner partners
    partnership presented supported funded"""
)
# Kinds of piece about a person: a writer's role beside their name is the subject's career
# ("Obituary | Former Foreign Editor A"), not a credit (review rvhd32).
_ABOUT_KINDS = word_set("obituary obituaries tribute tributes profile interview remembering")
_PLACE = rf"(?!The[ \t]){NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,2}}"
_DATELINE = re.compile(rf"[ \t]*(?P<places>{_PLACE}(?:[ \t]*,[ \t]*{_PLACE}){{0,2}})[ \t]*,")
_TITLED = re.compile(
    rf"(?:The[ \t]+)?{NAME_WORD}(?:[ \t]+(?:(?:of|the|and|&|on|de|la|le)[ \t]+)*{NAME_WORD})*"
)
# A writer's role and the comma before the person holding it: "our Warsaw correspondent, A".
_ROLE_COMMA = re.compile(
    r"(?i:correspondent|reporter|editor|writer|columnist|contributor)[ \t]*,[ \t]*$"
)
_BRACKETED = re.compile(rf"(?P<outlet>[^()]+?)[ \t]*\([ \t]*(?P<name>{PERSON.pattern})[ \t]*\)")


def _has(line: str, value: str) -> bool:
    """Whether the value's words (no "the") run in the line's."""
    wanted, words = bare(norms(value)), bare(norms(line))
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


def _places(line: str, parts: list[str]) -> set[int]:
    """The indexes of a dateline's places: capitalised segments of one to three words joined
    by commas to the date that opens the line ("Jerusalem, 10 October 2025", "JITRA, Kedah,
    25 July 2025")."""
    opened = _DATELINE.match(line)
    if opened is None:
        return set()
    count = opened.group("places").count(",") + 1
    if len(parts) <= count or not is_date(parts[count]):
        return set()
    return set(range(count))


def _roled(words: tuple[str, ...]) -> bool:
    """Whether a name holds a writer's role or a newsroom's word ("editor-at-large", "Tokyo
    bureau"): a role, never the outlet."""
    parts = {piece for word in words for piece in word.split("-")}
    return bool(parts & (WRITER_ROLES | STAFF | {"bureau", "editors", "office"}))


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
        if is_person(part) and not bare_names and bare(norms(part)) not in writers:
            return False
        if is_date(part) or is_credit(part):
            anchored = True
        elif not is_kind(part):
            return False
    return anchored


def _usable(line: str, parts: list[str]) -> bool:
    """A line of segments that is no photo credit, citation or former employer's."""
    if len(parts) < 2 or any(len(part.split()) > _SEGMENT_MOST for part in parts):
        return False
    if set(norms(line)) & _ELSEWHERE:
        return False
    labelled = [labelled_credit(part) for part in parts]
    return all(credit is None or credit[2] for credit in labelled)  # no "Pictures: X"


def _value_segment(part: str, wanted: tuple[str, ...]) -> bool:
    """Whether a segment is the value, whole, or the value and a staff noun ("X staff")."""
    words = bare(norms(part))
    if words == wanted:
        return True
    rest = set(words[len(wanted) :])
    if outlet_shaped([*wanted]) and rest <= WRITER_ROLES:  # "Brenhaven Post Columnist"
        return words[: len(wanted)] == wanted
    return words[: len(wanted)] == wanted and rest <= STAFF | {"s"}


def head_outlet(value: str, article: ArticleText, byline: str = "") -> bool | None:
    """True when a head line names ``value`` as the page's publisher (see the module); False
    when a head line's whole segment gives it another role: the dateline's place, the person
    after a writer's role ("From our Warsaw correspondent, Jan Zielinski") or a person of
    the facts' ``byline``; None when no head line reads it."""
    wanted = bare(norms(value))
    if not wanted:
        return None
    if head_publisher_named(value, article, byline):  # "By A, role, X" (maker_credits.py)
        return True
    writers = frozenset(bare(norms(person)) for person in split_people(byline))
    refused = False
    for _, line in head_lines(article):
        parts = segments(line)
        if _sponsored(parts, wanted):
            refused = True  # "Sponsored feature | X | date", "Presented by X"
            continue
        if not _usable(line, parts):
            continue
        places = _places(line, parts)
        for index, part in enumerate(parts):
            credited = BY_NAME.fullmatch(part)
            if credited is not None and bare(norms(credited.group("name"))) == wanted:
                refused = True  # "Von Hana Oberg": the line credits the value as its writer
            if not _value_segment(part, wanted):
                continue
            after_role = _ROLE_COMMA.search(line[: max(line.find(part), 0)]) is not None
            placed = index in places and (_outlet_beside(parts, places) or _capital_place(part))
            if placed or wanted in writers or (after_role and is_person(part)):
                refused = True  # "GDANSK, Pomerania, 2 June - X staff", "correspondent, A"
            elif is_person(part) and _role_beside(parts, index):
                refused = True  # "Tom Eade | Columnist | 4 June 2025": the role's holder
            elif is_person(part) and _publisher_beside(parts, index, places, writers):
                refused = True  # "Kessel Valley Echo | Opinion | Tom Eade | date": its writer
            elif is_kind(part) and set(wanted) <= KINDS:
                refused = True  # "THE MORNING TIDE | Newsletter | date": the kind of piece
            elif not (set(wanted) <= KINDS or _roled(wanted)) and _others_have_roles(
                parts,
                index,
                places,
                writers,
                outlet_shaped(norms(part)) or outlet_shaped([*wanted]),
            ):
                return True  # not "Analysis" alone, not "West Africa editor-at-large"
    return False if refused else None


def _publisher_beside(
    parts: list[str], index: int, places: set[int], writers: frozenset[tuple[str, ...]]
) -> bool:
    """Whether another segment than ``index`` is an outlet-shaped name of two words or more
    that a dated line names as the publisher (its other segments have roles, a bare name among
    them the writer's): the person's name at ``index`` is then the writer, not the outlet."""
    if outlet_word(norms(parts[index])) or not any(is_date(part) for part in parts):
        return False  # "Radio Meridian": an outlet's word, whatever its shape; a dated line
    return any(
        i != index and i not in places and len(norms(other)) > 1  # not a section's "News"
        and outlet_shaped(norms(other)) and not is_kind(other)
        and _TITLED.fullmatch(other) is not None  # not "Match report", "South Asia service"
        and _others_have_roles(parts, i, places, writers, True)
        for i, other in enumerate(parts)
    )  # fmt: skip


def _sponsored(parts: list[str], wanted: tuple[str, ...]) -> bool:
    """Whether a line labels ``wanted`` a sponsor's or partner's: the value is a whole segment
    of a line with a sponsor's label and no other segment of a name ("Sponsored feature |
    Halvard Water Company | 22 May 2025"), or the name after a label's "by" or "with"
    ("Presented by Halvard Bank", "In partnership with X")."""
    labels = [i for i, part in enumerate(parts) if set(norms(part)) & _SPONSORED]
    if not labels:
        return False
    named = False
    for index in labels:
        words = bare(norms(parts[index]))
        for at, word in enumerate(words):
            if word in {"by", "with", "from"}:
                named = True  # the label names its sponsor itself
                if words[at + 1 :] == wanted:
                    return True
    for index, part in enumerate(parts):
        if named or index in labels or bare(norms(part)) != wanted:
            continue
        rest = [
            other for i, other in enumerate(parts)
            if i not in labels and i != index and not _roled_part(other)
        ]  # fmt: skip
        return not rest  # another name beside it may be the sponsor
    return False


def _roled_part(part: str) -> bool:
    """A segment of a role, never a name: a date, a kind of piece, a credit not a bare name."""
    return is_date(part) or is_kind(part) or (is_credit(part) and not is_person(part))


def _capital_place(part: str) -> bool:
    """A dateline's place written in capitals, no outlet's word ("BRENHAVEN, 9 June 2025"):
    news copy sets its dateline so; a masthead in capitals has an outlet's word or "The"."""
    return part.isupper() and not outlet_shaped(norms(part))


def _role_beside(parts: list[str], index: int) -> bool:
    """Whether a segment next to ``index`` is a writer's role with no name ("Columnist",
    "Senior Writer"): the name beside it holds that role ("Tom Eade | Columnist | date"). A
    role before the name is another's when a person precedes it ("Marta Quiroga, Santiago
    correspondent - El Faro Austral": the outlet after the writer's role)."""
    before = parts[index - 1 : index] if index == 1 or not is_person(parts[index - 2]) else []
    for other in before + parts[index + 1 : index + 2]:
        words = norms(other)
        if 0 < len(words) <= 3 and words[-1] in WRITER_ROLES and not PERSON.search(other[1:]):
            return True
    return False


def _outlet_beside(parts: list[str], places: set[int]) -> bool:
    """Whether a segment after a dateline is an outlet's name ("Vistula Herald staff"): the
    line's opening names are then its places, not the outlet ("Outlet, 3 May 2025" opens
    with the outlet as a dateline opens with its place)."""
    for index, part in enumerate(parts):
        words = norms(part)
        while words and words[-1] in STAFF:
            words.pop()
        if index not in places and part[:1].isupper() and outlet_shaped(words):
            return True
    return False


def head_publisher(value: str, article: ArticleText, byline: str = "") -> str | None:
    """The name a head line gives the publisher's place to, when it is not ``value``: a line
    of roles (dates, credits, kinds of piece) and two names, a writer's and an outlet's
    ("Analysis | Tomas Lindgren | Nordic Current | 26 June 2025"), or one outlet-shaped name.
    An outlet the body only tells a quote to is then not the page's publisher."""
    writers = {bare(norms(person)) for person in split_people(byline)}
    for _, line in head_lines(article):
        parts = segments(line)
        if not _usable(line, parts) or not any(is_date(part) for part in parts):
            continue
        places = _places(line, parts)
        names = [
            part
            for index, part in enumerate(parts)
            if index not in places
            and not (is_date(part) or is_kind(part) or (is_credit(part) and not is_person(part)))
        ]
        if any(not _TITLED.fullmatch(part) for part in names) or _has(line, value):
            continue  # a segment of no role ("Holy See press briefing"), or the value's line
        others = [name for name in names if bare(norms(name)) not in writers]
        shaped = [name for name in others if outlet_shaped(norms(name))]
        found = shaped[0] if len(shaped) == 1 else None
        if found is None and len(names) == 2:  # a writer's name and an outlet's
            found = others[0] if len(others) == 1 else others[-1] if others else None
        if found is not None and bare(norms(found)) != bare(norms(value)):
            return found
    return None


def _credited_in(part: str, person: tuple[str, ...], roles: bool = True) -> bool:
    """Whether a segment credits the person: "X reporting", "Diplomatic Editor X" (unless not
    ``roles``: in a piece about a person, an obituary or an interview, or after "Former", a
    role beside a name is the subject's career, not a credit)."""
    for pattern in (REPORTING, ROLED) if roles else (REPORTING,):
        match = pattern.fullmatch(part)
        if match is None:
            continue
        name = match.group("name")
        roled = ROLED.fullmatch(name) if pattern is REPORTING else None
        if bare(norms(roled.group("name") if roled else name)) == person:
            return True  # "Transport Editor A reporting from the depot"
    return False


def head_author(name: str, article: ArticleText, outlet: str = "") -> bool:
    """Whether a head line credits ``name`` as the writer (see the module), or the head's
    credit fields do (:mod:`maker_credits`: "Edited by X", "Outlet | X | date")."""
    person = bare(norms(name))
    if not person:
        return False
    if head_maker(name, article, outlet):
        return True
    for _, line in head_lines(article):
        parts = segments(line)
        if not _usable(line, parts):
            continue
        places = _places(line, parts)
        about = any(set(norms(part)) & _ABOUT_KINDS for part in parts)
        for index, part in enumerate(parts):
            if index in places:
                continue
            bracketed = _BRACKETED.fullmatch(part)
            if bracketed is not None and bare(norms(bracketed.group("name"))) == person:
                if outlet_shaped(norms(bracketed.group("outlet"))) and any(
                    is_date(other) for other in parts
                ):  # "Berlin, 30 April 2025 - Staatsbrief Weekly (Eva Lindqvist)"
                    rest = [*parts[:index], bracketed.group("outlet"), *parts[index + 1 :]]
                    if _others_have_roles(rest, index, places):
                        return True
                continue
            by = BY_NAME.fullmatch(part)  # "as reported by X for Y": a credit of its own
            if by is not None and bare(norms(by.group("name"))) == person:
                return True
            subject = about or norms(part)[:1] == ["former"]  # "Obituary | Former Editor A"
            if _credited_in(
                part, person, roles=not subject
            ):  # "A reporting from Y", "Diplomatic Editor A"
                return True
    return False


def headline_mention(line: str, at: int, end: int, article: ArticleText) -> bool:
    """Whether the name at ``line[at:end]`` is only mentioned by the page's headline: the
    first line, one segment, with lower-case words of a sentence after the name ("Why the
    Tokyo Clarion got the election wrong"); a masthead's line has no sentence around it."""
    first = next((text for _, text in article.lines if text.strip()), "")
    if line.strip() != first.strip() or len(segments(line)) > 1:
        return False
    if re.search(r"\b[a-z]{2,}\b", line[:at]) and line[:at].strip()[:1].isupper():
        return True  # a title's words before it: "Farewell to X", "How the X Got It Wrong"
    return re.match(r"[ \t]+[a-z]", line[end:]) is not None


def cut_short(value: str, text: str) -> bool:
    """Whether ``value`` is a title cut before its head noun (see the module): the last word no
    outlet's noun, and each time the page writes it the run goes on into an outlet's noun ("Kanto
    Farm Journal") or names a place ("of Harbour Lights" beside "Harbour Lights Weekly")."""
    words = value.split()
    if not words or outlet_word([words[-1].lower()]):
        return False
    name = r"[ \t]+".join(map(re.escape, words))
    found = list(re.finditer(rf"(?<![\w-]){name}(?![\w'\u2019-])([ \t]+[A-Z][\w-]*)?", text))
    cut = [m for m in found if m.group(1) and outlet_word([m.group(1).strip().lower()])]
    places = _PLACED if len(words) > 1 else _REGION  # "on CBS", "at Reuters": no place (rv44d)
    placed = [m for m in found if places.search(text, max(m.start() - 12, 0), m.start())]
    if len(words) < 2 and (not placed or value.isupper()):
        return False  # one word ("Bloomberg" of "Bloomberg News") only beside a place (s44)
    return bool(cut) and all(m in cut or m in placed for m in found)


_PLACED = re.compile(r"\b(?:of|in|at|from|near|across|on|along)[ \t]+(?:the[ \t]+)?$")  # Wolds
_REGION = re.compile(r"\b(?:(?:of|in|from|near|across|along) |(?:on|at) the )(?:the )?$")


__all__ = [
    "cut_short",
    "head_author",
    "head_lines",
    "head_outlet",
    "head_publisher",
    "headline_mention",
    "segments",
]
