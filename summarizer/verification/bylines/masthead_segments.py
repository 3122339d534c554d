"""Masthead segments that credit without "By X" (outside checks 54 to 58, masthead cause,
session 26), read for :mod:`summarizer.verification.bylines.credit_fields`.

A page's head and foot lines are cut into segments (by bars, spaced dashes and slashes,
semicolons; commas inside a segment) and each segment is one of: a place, a date, the outlet,
a credit, a desk. Besides "By X" a careful fact-checker reads these credits:

- *A labelled credit*: "<label>: <names>" or "<label> of <names>" ("Words: A and B",
  "Interviewer: A", "Reporting team: L. Moreau, P. Janssens", "report of A"): the label (up
  to four words) says the role. A label with a writing word (words, text, report, reporting,
  story, interviewer, writer, author, ...) and no maker's word credits the names as authors;
  a maker's label ("Pictures:", "Desk editor:", "Translation:", "Photos:") credits them as
  neither author nor publisher.
- *A newsroom as the credit*: a determiner, up to three qualifier words (a place, a beat, the
  outlet's name) and a newsroom noun (desk, bureau, team, correspondent, editor, editorial
  board, newsroom, and the foreign-language newsrooms "Redacción", "Rédaction"): "Khartoum
  Bureau", "the Yerevan desk", "our Royal Correspondent", "The Standards Editor", "The Gulf
  Ledger editorial board". A maker's desk ("the picture desk", "Photo Editor") is none.
- *A desk's outlet*: "by|from <newsroom> of <Outlet>" ("compiled by the foreign desk of the
  Meridian Post") names the outlet.
- *An authorship sentence* in a foot line: "<Names> wrote|reported|filed|compiled this
  <dispatch|report|article|story|...>" credits the names.

A label that names the subject ("Interview: X", "The story of X") or an editor's part ("Story
editor: X") credits no writer; a desk's "by|from" after a word of contribution ("Additional
reporting by the Rabat bureau of Reuters") names no outlet (review rvM).

Not read: a desk beside a credited person ("KOREA BUREAU | Reporting: Park Ji-won": the
desk is no author then; :mod:`credit_fields` drops it), a name in a body sentence.
"""

from __future__ import annotations

import itertools
import re

from ..page.article import ArticleText
from ..page.tokens import tokenize, word_set
from ..people.names import split_people
from .credit_records import Credits
from .date_lines import dates_in
from .masthead_fields import masthead_outlet

_LABEL_MOST = 4
# Words of a label or a desk that credit the copy's writing.
_WRITING = word_set(
    """words word text texts report reports reporting reported reporter reporters story
    stories interviewer interviewers questions writer writers written writing author authors
    byline bylines dispatch correspondent correspondents compiled compiler filed coverage
    analysis column columnist commentary reportage"""
)
# "Interview: X", "Interviewed: X": the label names the one interviewed, no writer (review rvM).
_SUBJECT = word_set("interview interviews interviewed interviewee guest profile portrait")
# A label's last word naming an editor's or a producer's part: "Story editor: X", "Text
# editing: X" credit no writer unless the label joins a writing part ("Reporting and editing").
_EDITING = word_set(
    """editor editors editing edited subeditor subeditors producer producers production
    translation translator translated design designer proofreading layout"""
)
# Labels whose "of" names the writer ("report of A"); "the story of A" names its subject.
_OF_WRITING = word_set("report reports reporting dispatch dispatches words text texts column")
# Words of a label or a desk for a maker other than the writer: no author.
_MAKING = word_set(
    """photo photos photograph photographs photography photographer photographers picture
    pictures image images graphics graphic video videos design designer illustration
    illustrations map maps chart charts editing edited editor editors sub subeditor copy
    translation translated translator production produced producer audio camera sound
    layout proofreading"""
)
# A newsroom's noun: what stands for the writing staff in a credit.
_ROOM_NOUNS = (
    r"(?:desk|bureau|team|newsroom|staff|correspondents?|reporters?|editor|editorial[ \t]+"
    r"(?:board|team|desk)|redacci[oó]n|r[eé]daction|redaktion|redazione|reda[cç][aã]o)"
)
_QUALIFIER = r"[^\W\d][\w&'\u2019.-]*"
#: A newsroom by its role: "the Yerevan desk", "our Royal Correspondent", "Khartoum Bureau".
NEWSROOM = rf"(?i:(?:the|our|a|an)[ \t]+)?(?:{_QUALIFIER}[ \t]+){{0,3}}(?i:{_ROOM_NOUNS})"
_NEWSROOM = re.compile(NEWSROOM)
_ROOM_WORDS = re.compile(_ROOM_NOUNS + "|board", re.IGNORECASE)
_PERSON = (
    r"(?!The[ \t])[A-Z][\w'\u2019.-]+"
    r"(?:[ \t]+(?:(?:de|da|van|von|der|den|al|el|bin|la|del|dos)[ \t]+){0,2}[A-Z][\w'\u2019.-]+)"
    r"{1,3}"
)
_NAMES = rf"{_PERSON}(?:[ \t]*,[ \t]*{_PERSON})*(?:,?[ \t]+(?:and|&)[ \t]+{_PERSON})?"
_LABELLED = re.compile(
    rf"(?P<label>[^\W\d][\w'\u2019-]*(?:[ \t]+[\w'\u2019-]+){{0,{_LABEL_MOST - 1}}})"
    rf"(?:[ \t]*:|[ \t]+of)[ \t]+(?P<names>{_NAMES})[ \t.]*"
)
_OUTLET = (
    r"(?:The[ \t]+)?[A-Z][\w&'\u2019.-]*"
    r"(?:[ \t]+(?:(?:of|the|de|del|della|di|da|do|dos|du|des|la|le|&|and|on)[ \t]+)*"
    r"[A-Z0-9][\w&'\u2019.-]*){0,5}"
)
_DESK_OF = re.compile(
    rf"(?i:\b(?:by|from))[ \t]+(?P<room>{NEWSROOM})[ \t]+of[ \t]+(?i:the[ \t]+)?"
    rf"(?P<outlet>{_OUTLET})[ \t.]*(?:,[^,]*)?$"  # a date or a place may follow
)
_AUTHORED = re.compile(
    rf"(?P<names>{_NAMES})[ \t]+(?:wrote|reported|filed|compiled|prepared)[ \t]+"
    r"this[ \t]+(?:[\w-]+[ \t]+){0,2}(?:dispatch|report|article|story|piece|analysis"
    r"|column|blog|briefing|feature|interview|account)\b.*"
)
# Words before a desk's "by|from" that make its outlet a contributor, not the publisher.
_CONTRIBUTED = word_set(
    """additional with contributed contributing contribution contributions help draws drew
    drawing based also assistance"""
)
_ASIDE = re.compile(r"[ \t]*\([^()]*\)[ \t.]*$")
_GLUED = re.compile(r"[a-z][A-Z]")
# One person's role: a newsroom only after a determiner ("The Standards Editor").
_ONE_WRITER = word_set("editor editors correspondent correspondents reporter reporters")
_DETERMINERS = word_set("the our a an")
# A newsroom's role without a determiner (the session-18 reading): "Staff Reporter",
# "Political Correspondent", "Foreign Staff Writer".
_STAFF_ROLE = re.compile(
    r"(?i:(?:own|special|foreign|political|news|web|city)[ \t]+)?"
    r"(?i:staff(?:[ \t]+(?:reporter|writer|correspondent)s?)?|correspondents?|reporters?)"
)
_DATELINE = re.compile(
    r"(?!The[ \t])(?P<place>[A-Z][\w'\u2019.-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){0,2})[ \t]*,[ \t]*"
    r"(?P<date>.*\d.*)"
)
_APPOSED = re.compile(rf"[ \t]*,[ \t]*(?P<names>{_NAMES})[ \t.]*")
_FROM = re.compile(r"(?i:from)[ \t]+")


def norms(text: str) -> list[str]:
    """A text's token norms: the words the segment readers compare."""
    return [token.norm for token in tokenize(text)]


def labelled_credit(text: str) -> tuple[int, str, bool] | None:
    """(offset, names, whether the label makes them authors) of a field "<label>: <names>" or
    "<label> of <names>"; None when the field is no labelled credit, or its label names no
    role of the page's making (a writing word or a maker's)."""
    match = _LABELLED.fullmatch(text)
    if match is None:
        return None
    words = norms(match.group("label"))
    label = set(words)
    if label & _SUBJECT and not label & _WRITING:
        return match.start("names"), match.group("names"), False  # "Interview: X": the subject
    if not label & (_WRITING | _MAKING):
        return None  # "Talks of Geneva", "Minister of State": no credit's label
    if ":" not in text[: match.end("label") + 2] and not label & _OF_WRITING:
        return None  # "of" credits only after a writing word ("report of A", not "story of")
    edited = words[-1] in _EDITING and not label & {"and", "&"}  # "Story editor: X"
    return match.start("names"), match.group("names"), bool(label & _WRITING) and not edited


def newsroom(text: str) -> str | None:
    """The newsroom a whole field names ("Khartoum Bureau", "From our Royal Correspondent"),
    an aside in brackets after it set aside; None for a maker's desk ("the photo desk"), for
    words a page glued to a name ("Steve RosenbergBBC Russia Editor") and for one person's
    role without a determiner ("BBC Russia Editor" under a writer's name is her role; "The
    Standards Editor", "our Royal Correspondent" stand for a newsroom)."""
    bare = _ASIDE.sub("", _FROM.sub("", text, count=1) if _FROM.match(text) else text).strip()
    if _NEWSROOM.fullmatch(bare) is None or _GLUED.search(bare):
        return None
    words = norms(bare)
    if set(words) & _MAKING - _ONE_WRITER:
        return None
    if words[-1] in _ONE_WRITER and words[0] not in _DETERMINERS:
        return bare if _STAFF_ROLE.fullmatch(bare) else None  # "Staff Reporter"
    return bare


def room_qualifiers(room: str) -> set[tuple[str, ...]]:
    """The words that qualify a newsroom, lowercased, no determiner and no newsroom noun
    ("yerevan" of "the Yerevan desk"), and their capitalised run ("harbour times" of "the
    Harbour Times world desk"): never the byline alone (the outlet, a place or a beat)."""
    tokens = [t for t in tokenize(room) if t.norm not in _DETERMINERS]
    while tokens and (_ROOM_WORDS.fullmatch(tokens[-1].norm) or tokens[-1].norm == "editorial"):
        tokens.pop()
    found = {tuple(t.norm for t in tokens)} if tokens else set()
    run = list(itertools.takewhile(lambda t: t.text[:1].isupper(), tokens))
    if run:
        found.add(tuple(t.norm for t in run))
    return found


def named_writer(room: str, rest: str) -> tuple[int, str] | None:
    """(offset in ``rest``, names) of the person a one-writer newsroom role is followed by
    ("Reported by our Delhi correspondent, Priya Raman": she is the correspondent); a
    collective one's comma name is its outlet ("the Asia team, Harbourfront Daily")."""
    if norms(room)[-1:] and norms(room)[-1] not in _ONE_WRITER:
        return None
    match = _APPOSED.fullmatch(rest)
    return (match.start("names"), match.group("names")) if match is not None else None


def room_words(room: str) -> set[tuple[str, ...]]:
    """A newsroom's words as a value may give them, with and without its opening "From" and
    determiner ("From our Andes Correspondent": "andes correspondent" too): no publisher."""
    words = words_of(room)
    bare = tuple(w for w in words if w not in _DETERMINERS and w != "from")
    return {words, bare} if bare else {words}


def desk_outlet(text: str) -> str | None:
    """The outlet of a desk's credit "... by|from <qualified newsroom> of <Outlet>" ending the
    field ("by the foreign desk of the Meridian Post")."""
    match = _DESK_OF.search(text)
    if match is None or set(norms(match.group("room"))) & _MAKING:
        return None
    if set(norms(text[: match.start()])) & _CONTRIBUTED:
        return None  # "Additional reporting by the Rabat bureau of Reuters": a contributor
    if not room_qualifiers(match.group("room")):
        return None  # "the desk of Priya Raman" credits a person (desk_credits.py)
    return match.group("outlet")


def authored_names(text: str) -> tuple[int, str] | None:
    """(offset, names) of an authorship sentence "<Names> wrote this dispatch"."""
    match = _AUTHORED.fullmatch(text.strip())
    if match is None:
        return None
    return text.index(match.group("names")), match.group("names")


def dateline_place(
    fields: list[tuple[int, str]], found: Credits, article: ArticleText
) -> str | None:
    """The place of a wire dateline opening a line of two fields or more ("Lima, 3 June 2024
    - Redacción / Outlet"): a name of one to three capitalised words, not opening with "The",
    a comma, then a date, on a dated line that still has one outlet field once the name is
    set aside ("Hague Notes, 24 March 2023. Written by X" has none: its name is the outlet)."""
    if len(fields) < 2:
        return None
    match = _DATELINE.fullmatch(fields[0][1])
    if match is None or not dates_in(match.group("date")):
        return None
    authored = {t.start for names in found.authors for t in names}
    excluded = found.people | found.places | {words_of(match.group("place"))}
    if masthead_outlet(fields, excluded, authored, article).outlet is None:
        return None
    return match.group("place")


def without_aside(text: str) -> str:
    """A field without a trailing aside in brackets ("Agencia Andina Sur (English service)")."""
    return _ASIDE.sub("", text) or text


def _labelled_part(text: str) -> tuple[int, str, bool] | None:
    """A labelled credit as the whole field or as its part after a comma ("South Asia Grain
    Letter, report of A"; "Reporting team: A, B" is read whole first)."""
    found = labelled_credit(text)
    at = text.find(",")
    while found is None and at != -1:
        part = text[at + 1 :]
        found = labelled_credit(part.lstrip())
        if found is not None:
            skip = at + 1 + len(part) - len(part.lstrip())
            found = (found[0] + skip, found[1], found[2])
        at = text.find(",", at + 1)
    return found


def words_of(name: str) -> tuple[str, ...]:
    """A name's lowercased words without "the", as the credit record keeps them."""
    return tuple(token.norm for token in tokenize(name) if token.norm != "the")


def segment_credit(start: int, text: str, found: Credits) -> bool:
    """Add what a labelled credit, a newsroom, a desk's outlet or an authorship sentence
    credits (masthead_segments.py) to ``found``; whether the field was one."""
    if (labelled := _labelled_part(text)) is not None:  # "Words: A and B", "Pictures: C"
        at, names, author = labelled
        if author:
            found.authors.append(tokenize(names, start + at))
            found.people |= {words_of(person) for person in split_people(names)}
        else:  # "Desk editor: Ian Wallace": neither author nor publisher
            found.others.add(words_of(names))
            found.places.add(words_of(names))
        return True
    if (room := newsroom(text)) is not None:  # "Khartoum Bureau", "The Standards Editor"
        found.authors.append(tokenize(room, start + text.index(room)))
        found.rooms.add(start + text.index(room))
        found.others |= room_qualifiers(room)  # "Gulf Ledger", "Khartoum": no author
        words = words_of(room)
        if not room.split()[-1][:1].isupper() or words[-1] in _ONE_WRITER:
            found.places.add(words)  # no publisher: "Political bureau", "our Kyiv Correspondent"
            found.places.add(tuple(w for w in words if w not in _DETERMINERS))  # (not "The
            # Straits Desk": a desk named in title case may be the outlet's own name)
        return True
    if (outlet := desk_outlet(text)) is not None:  # "by the foreign desk of the X Post"
        found.outlets.add(words_of(outlet))
        return True
    if (authored := authored_names(text)) is not None:  # "A wrote this dispatch"
        found.authors.append(tokenize(authored[1], start + authored[0]))
        found.people |= {words_of(person) for person in split_people(authored[1])}
        return True
    return False


__all__ = [
    "NEWSROOM",
    "authored_names",
    "dateline_place",
    "desk_outlet",
    "labelled_credit",
    "named_writer",
    "newsroom",
    "norms",
    "room_qualifiers",
    "room_words",
    "segment_credit",
    "without_aside",
    "words_of",
]
