"""The byline and the outlet read from the page's header block by what makes a name there
*no* author (outside checks 59 and 60, session 27), for
:func:`summarizer.verification.bylines.metadata.support_byline` and ``support_outlet``.

Sessions 24 to 26 read a masthead by its ways of crediting a writer ("By X", "Words: X",
"Reporting team: X", "our X correspondent, A", "A, trade correspondent", ...): an open class,
and each unseen check brought new ones ("Live desk: A and B", "Reporter A", "A, senior
analyst", "Words and reporting: A for the X", "X correspondent A, for Outlet"). A careful
fact-checker reads the other side, which is closed: a person named in the short lines between
the headline and the first body paragraph (or after the last one) is the writer, unless

- *a non-author part* is given to them in their own field: a word of the closed set of the
  page's other makers and helpers before the name in the field (photographs, pictures,
  images, graphics, illustration, video, camera, editing, production, translation,
  contribution, additional help, research, design, a sponsor, a host, guest or moderator,
  "with", a link's "Listen:") or in a role right after it ("A, photographer", "A
  (production)", a public office: "A, police chief");
- the name is *the headline's* (its surname is in the headline line), or *the body's*: the
  story names them (a standfirst's subject, a quoted person), or the block names their
  employer ("Senior energy analyst, Gulf Bank": a source);
- the name sits in *an outlet's slot* ("for the X", "Asia Desk live coverage", the whole
  first field of a masthead line) or stands *bare* (a field of names alone: an outlet, a
  place and a tag look like a person there, so the older readings decide), or it is *a
  place* (a dateline's "X, <date>", a place the party table knows, an outlet by name).

A newsroom ("The X editorial board", "Foreign staff", "staff and agencies") is read the same
way, and is no author beside a person the block credits. Only the block's lines of sixteen
words at most count, and a line ending in a stop only when it is short (six words): a
standfirst is a sentence, not a credit. The outlet opening a masthead line whose other fields
give a date or a writer is the outlet; the block's writer is no outlet when the byline names
them.
"""

from __future__ import annotations

import itertools
import re

from ..page.article import ArticleText
from ..page.tokens import tokenize, word_set
from ..people.names import split_people
from ..people.party_names import party_of
from .credit_fields import line_fields, not_outlet
from .date_lines import dates_in
from .maker_credits import head_not_maker, head_not_publisher, head_publisher_named
from .masthead_segments import newsroom
from .news_sources import is_outlet

_BODY_WORDS = 20
_HEAD_MOST = 6
_FOOT_MOST = 3
_LINE_MOST = 16
_SHORT_SENTENCE = 6
# The closed set of non-author parts, by stem ("photographer", "Pictured", "produced by",
# "translated", "contributions") and by word ("edited", not "editorial": the board writes).
_NOT_AUTHOR_STEMS = (
    "photo", "pictur", "image", "graphic", "illustrat", "video", "camera", "produc",
    "translat", "contribut", "additional", "courtesy", "sponsor", "caption", "cartoon",
    "research", "design", "layout", "proofread", "animat", "artwork", "assist", "checked",
    "checking", "checker",
)  # fmt: skip
_NOT_AUTHOR_WORDS = word_set(
    """edit edits edited editing editor editors subeditor subeditors with host hosts hosted
    presenter presenters presented guest guests interviewee map maps chart charts sound
    audio data help thanks subject moderator moderated panellist panelist panelists
    panellists speaker speakers narrated narrator listen watch read related see also
    subscribe share advertisement directed director directors direction starring cast
    referee umpire keynote chair chaired conversation launch lecture medically credit
    credits above below inset next obituary obituaries obit"""
)  # a link's or a player's words ("Listen: A on the vote"); a film's, a match's, an event's
# people ("Starring A", "Referee: A", "Keynote: A", "A in conversation"); a caption's place
# ("Above: A at the count") and a picture's credit ("Credit: A/Agency"), review rvmh27
# Words before a name that put it in an outlet's or a subject's slot: "for the X", "of X".
_SLOT_BEFORE = word_set("for of at about on to")
_WIRES = word_set("agencies agency wires wire")
_PARTICLES = word_set("de da di van von der den al el bin la le del dos du")
_STOP = (".", "!", "?")
# A person's role noun: "Russia Editor" is a role, no name.
_ROLE_NOUNS = word_set(
    """correspondent correspondents reporter reporters writer writers analyst analysts
    columnist columnists desk bureau staff team newsroom"""
)
# Nouns of a body that employs a person named in the block ("Senior energy analyst, Gulf
# Bank"): a source the page quotes, not its writer.
_EMPLOYERS = word_set(
    """bank banks ministry university institute institution council fund foundation company
    corporation corp group inc ltd plc government office commission department centre
    center school party association federation chamber capital partners consultancy
    consulting research think tank"""
)
# "chief" is a newsroom's only after these ("bureau chief", "editor-in-chief", review rvD).
_CHIEF_OF = word_set("bureau bureaus desk news editor in")
# Offices whose holder a page names as its subject or source, never as its writer.
_OFFICES = word_set(
    """minister ministers spokesperson spokesman spokeswoman official officials officer
    commander governor mayor ambassador envoy president senator lawmaker secretary chair
    chairman chairwoman founder manager adviser advisor candidate activist campaigner"""
)  # the last two lines: a Q&A's or a statement's person ("A, campaign manager"), rvmh27
# Words that may follow a writer's name in its field: "A and B", "A in Lima", "A for X".
_AFTER_NAME = word_set("and or in at for from with on of via by")
_LINKS = word_set("of the and on de del la le du des di da")
# A masthead's last noun beside those news_sources.is_outlet knows ("Andes Weekly",
# "Equator Letter"): an outlet's name, no person's.
_MASTHEAD_NOUNS = word_set(
    """weekly monthly letter letters review monitor observer mercury express star standard
    mail record bulletin digest magazine press today insider affairs notes briefing echo
    voice journal quarterly report reports signal online fm am tv radio channel broadcasting
    network diario zeitung jornal corriere quotidien gazeta"""
)


def _block(article: ArticleText) -> tuple[str, str, list[tuple[int, str]]]:
    """(the headline line, the text outside the header and foot blocks, the blocks' lines
    with their offsets), read once per article; no block on a page without a body line."""
    found: tuple[str, str, list[tuple[int, str]]] | None = article.memo.get("header-block")
    if found is None:
        lines = [(position, line) for position, line in article.lines if line.strip()]
        body = [i for i, (_, line) in enumerate(lines) if len(line.split()) > _BODY_WORDS]
        if not body or body[0] == 0:
            found = ("", article.text, [])
        else:
            edge = lines[1 : body[0]][:_HEAD_MOST] + lines[body[-1] + 1 :][-_FOOT_MOST:]
            kept = [(at, line) for at, line in edge if _credit_shaped(line)]
            rest = "\n".join(line for at, line in lines[1:] if (at, line) not in kept)
            found = (lines[0][1], rest, kept)
        article.memo["header-block"] = found
    return found


def _credit_shaped(line: str) -> bool:
    """A line short enough for a credit, and no sentence unless a short one."""
    words = len(line.split())
    return words <= _LINE_MOST and (not line.rstrip().endswith(_STOP) or words <= _SHORT_SENTENCE)


def _not_author_word(norm: str) -> bool:
    return norm in _NOT_AUTHOR_WORDS or norm.startswith(_NOT_AUTHOR_STEMS)


def _person_form(part: str, article: ArticleText) -> bool:
    """Two to four capitalised words (particles aside), no outlet by name, no known place."""
    words = part.split()
    if not 2 <= len(words) <= 4 or "&" in part or words[0].lower() == "the":
        return False
    if not all(w[:1].isupper() for w in words if w.lower() not in _PARTICLES):
        return False
    if any(_not_author_word(t.norm) or t.norm in _ROLE_NOUNS for t in tokenize(part)):
        return False  # "Russia Editor": a role
    if words[-1].lower() in _MASTHEAD_NOUNS or is_outlet(part, article):
        return False
    return party_of(part) is None


def _newsroom_form(part: str) -> bool:
    """A newsroom named by its role ("The X editorial board", "Foreign staff") or the wires."""
    norms = [t.norm for t in tokenize(part)]
    return bool(norms) and (newsroom(part) is not None or all(n in _WIRES for n in norms))


def _word(text: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(text)}(?![\w-])", re.IGNORECASE)


def _own_field_clear(field: str, start: int, end: int, person: bool) -> bool:
    """Whether the name at ``field[start:end]`` has no non-author part in its field: no such
    word before it, none in a role right after it ("A, photographer"), not in an outlet's
    slot ("for the X") and, for a person's form, no dateline's date right after it ("La
    Paz, 26 June 2024": a place; "The X editorial board, date" is the board's)."""
    before = [t.norm for t in tokenize(field[:start])]
    if any(_not_author_word(norm) for norm in before):
        return False
    slot = before[-2:-1] if before[-1:] == ["the"] else before[-1:]  # "for (the) X"
    if slot and slot[0] in _SLOT_BEFORE:
        return False
    after = field[end:].lstrip()
    if after[:1] in {",", "("}:
        role = re.split(r"[,)]", after[1:], maxsplit=1)[0]
        words = [t.norm for t in tokenize(role)]
        if any(_not_author_word(word) for word in words):
            return False
        if person and (any(c.isdigit() for c in role) or _office(words)):
            return False  # "X, 26 June 2024", "X, issue 41": a place, a masthead's issue
    return True


def _office(words: list[str]) -> bool:
    """Whether a role after a name is a public office's ("police chief", "interior
    minister"), not a newsroom's ("bureau chief", "editor-in-chief"): a caption's person."""
    for index, word in enumerate(words):
        if word == "chief" and (index == 0 or words[index - 1] not in _CHIEF_OF):
            return True
    return bool(set(words) & _OFFICES)


def block_author(part: str, article: ArticleText, bare: bool = False) -> bool:
    """Whether ``part`` (one person or newsroom of a byline) stands in the page's header or
    foot block as its writer (see the module). A person's form standing bare, its field's
    only words ("Northern Lantern", "Cape Town", "Trade War"), may be the outlet, a place or
    a tag: the writer only when ``bare`` allows it (a person beside a newsroom)."""
    person = _person_form(part, article)
    if not person and (not _newsroom_form(part) or _block_people(article)):
        return False  # "World desk" beside "Reporting | Clara Ostby": her desk, no author
    headline, rest, lines = _block(article)
    if not lines:
        return False
    if person:
        surname = _word(part.split()[-1])
        if surname.search(headline) or surname.search(rest):
            return False  # the headline's or the story's person, no writer
    standing = _standing(part, article)
    if person and not bare and any(_outlet_slot(*where, article) for where in standing):
        return False
    if person and (_employed(part, article) or any(_quoted(w[0], article) for w in standing)):
        return False  # a source's employer; a pull quote's speaker ("'We will stay' - A")
    if person and not bare and all(_bare(*where, article) for where in standing):
        return False
    return bool(standing) and all(_own_field_clear(*where, person) for where in standing)


def _bare(field: str, start: int, end: int, article: ArticleText) -> bool:
    """Whether a name's field holds nothing but names ("A", "A and B"), no comma part, and
    the field before it on its line is no label ("Reporting and analysis | A" labels A: a
    field of no number and no two capitalised words running)."""
    rest = field[:start] + " " + field[end:]
    if any(mark in rest for mark in ",:("):
        return False
    for capital, run in itertools.groupby(tokenize(rest), lambda t: t.capitalised):
        words = [t.norm for t in run]
        if (capital and len(words) == 1) or (not capital and set(words) - {"and", "&"}):
            return False  # "Columnist A", "Reporter A": a word of its own beside the name
    for at, line in _block(article)[2]:
        fields = [text for _, text in line_fields(at, line)]
        if field in fields[1:]:
            label = fields[fields.index(field) - 1]
            tokens = tokenize(label)
            named = any(a.capitalised and b.capitalised for a, b in itertools.pairwise(tokens))
            if not any(t.is_number for t in tokens) and not named:
                return False  # a label with lowercase words, no date and no name of its own
    return True


_QUOTES = '"\u201c\u201d\u2018\u2019\u00ab\u00bb'  # straight, curly, guillemets


def _quoted(field: str, article: ArticleText) -> bool:
    """Whether the field right before ``field`` on its block line is a quotation ("'The
    assembly will not bow' - A": a pull quote's credit names its speaker, not the writer) or
    a label of non-author words alone ("Obituary | A", "Guest | A": the page's subject)."""
    for at, line in _block(article)[2]:
        fields = [text for _, text in line_fields(at, line)]
        if field in fields[1:]:
            label = fields[fields.index(field) - 1].strip()
            norms = [t.norm for t in tokenize(label)]
            if label[:1] in _QUOTES or label[-1:] in _QUOTES:
                return True
            if norms and all(_not_author_word(norm) for norm in norms):
                return True
    return False


def _employed(part: str, article: ArticleText) -> bool:
    """Whether the rest of the name's line, or the next block line when the name ends its
    own, names a body that employs them ("Maria Lopez" over "Senior energy analyst, Gulf
    Bank"): the page's source, not its writer."""
    lines = _block(article)[2]
    pattern = _word(part)
    for index, (_, line) in enumerate(lines):
        match = pattern.search(line)
        if match is None:
            continue
        rest = line[match.end() :]
        if not rest.strip(" \t.,") and index + 1 < len(lines):
            rest = lines[index + 1][1]
        if any(t.norm in _EMPLOYERS for t in tokenize(rest)):
            return True
    return False


def _outlet_slot(field: str, start: int, end: int, article: ArticleText) -> bool:
    """Whether capitalised words stand where a masthead puts its outlet's name, not a
    person's: as a modifier of a common noun ("Asia Desk live coverage", "Pacific Currents
    podcast") or as the whole first field of a line of several ("Sahel Newswire | Yola |
    date | By A")."""
    following = tokenize(field[end:])[:1]
    if following and not following[0].capitalised and following[0].norm not in _AFTER_NAME:
        return not field[end : following[0].start + end].strip(" \t")
    for at, line in _block(article)[2]:
        fields = line_fields(at, line)
        if len(fields) > 1 and fields[0][1] == field and not field[:start].strip():
            return not field[end:].strip(" \t.")
    return False


def _block_people(article: ArticleText) -> bool:
    """Whether the block credits a person (a newsroom beside one is no author then)."""
    found: bool | None = article.memo.get("header-block-people")
    if found is None:
        found = any(
            _names_person(field, article)
            for at, line in _block(article)[2]
            for _, field in line_fields(at, line)
        )
        article.memo["header-block-people"] = found
    return found


def block_outlet(value: str, article: ArticleText) -> bool:
    """Whether ``value`` is the outlet's name opening a masthead line of the header or foot
    block: the first field of a line of two fields or more, another of which gives a date or
    a person ("Horn & Gulf Affairs - 8 November 2023 - Nadia Osman, senior analyst"), written
    in capitalised words (no date, no person's form unless a masthead's noun ends it, no
    place the party table knows)."""
    words = [t.norm for t in tokenize(value) if t.norm != "the"]
    if not words or party_of(value) is not None or any(c.isdigit() for c in value):
        return False
    if _person_form(value, article) or not all(
        t.capitalised or t.norm in _LINKS for t in tokenize(value)
    ):
        return False
    for at, line in _block(article)[2]:
        fields = line_fields(at, line)
        if len(fields) < 2 or [t.norm for t in tokenize(fields[0][1]) if t.norm != "the"] != words:
            continue
        others = [text for _, text in fields[1:]]
        if any(dates_in(text) or _names_person(text, article) for text in others):
            return True
    return False


def _names_person(field: str, article: ArticleText) -> bool:
    """Whether a field holds a person's form the block credits as its writer."""
    for capital, tokens in itertools.groupby(tokenize(field), lambda t: t.capitalised):
        run = list(tokens)
        if capital and 2 <= len(run) <= 4:
            name = field[run[0].start : run[-1].end]
            if _person_form(name, article) and block_author(name, article, bare=True):
                return True
    return False


def _standing(value: str, article: ArticleText) -> list[tuple[str, int, int]]:
    """The block's fields that name ``value`` (as written, any case), with where."""
    pattern = re.compile(
        r"(?<![\w-])" + r"\s+".join(re.escape(w) for w in value.split()) + r"(?![\w-])",
        re.IGNORECASE,
    )
    return [
        (field, match.start(), match.end())
        for at, line in _block(article)[2]
        for _, field in line_fields(at, line)
        for match in pattern.finditer(field)
    ]


def _alone(field: str, start: int, end: int) -> bool:
    """Whether a name is its field's whole, or the whole of a comma part of it."""
    before = field[:start].rsplit(",", 1)[-1]
    after = field[end:].split(",", 1)[0]
    return not before.strip() and not after.strip(" \t.")


def block_not_author(part: str, article: ArticleText) -> bool:
    """Whether the block gives ``part`` a field of its own as the outlet (the first field of a
    masthead line, or an outlet by name) or as the headline's person ("Boric accepts defeat"
    over "Gabriel Boric | Santiago | date"): no writer."""
    headline = _block(article)[0]
    outlet = block_outlet(part, article) or (
        len(part.split()) > 1
        and (is_outlet(part, article) or part.split()[-1].lower() in _MASTHEAD_NOUNS)
    )
    person = _person_form(part, article) and _word(part.split()[-1]).search(headline)
    if not outlet and not person:
        return False
    return any(_alone(*where) for where in _standing(part, article))


def block_not_outlet(value: str, article: ArticleText, byline: str = "") -> bool:
    """Whether the block gives ``value`` the writer's part (:func:`block_author`, when the
    page's ``byline`` names the same person: a masthead's name in a person's form may be the
    outlet's, "Asia Tonight"), a place's field or a newsroom's beside a writer ("Nairobi |
    date | A", "Foreign Desk | date | A"): no publisher. (A
    maker's desk before the outlet, "Photos by the picture desk, X", leaves X the outlet.)"""
    credited = {_norms(part) for part in split_people(byline)}
    if _norms(value) in credited and (
        block_author(value, article)
        or (
            _person_form(value, article)
            and any(_alone(*where) for where in _standing(value, article))
        )
    ):  # the writer ("Horn & Gulf Affairs - date - Nadia Osman, senior analyst"), or the
        return True  # byline's person heading the line ("A - Outlet - date"), review rvmh27
    standing = _standing(value, article)
    if party_of(value) is not None and any(_alone(*where) for where in standing):
        return True
    # a newsroom's whole field beside a writer: "Foreign Desk | date | A" names her desk ("The
    # Straits Desk | Updated date", "By A, The X Weather Desk": "The X Desk" is an outlet's name)
    desk = newsroom(value) is not None and value.split()[0].lower() != "the"
    whole = any(not (field[:start] + field[end:]).strip() for field, start, end in standing)
    return desk and whole and _block_people(article)


def block_byline(part: str, article: ArticleText, outlet: str = "") -> tuple[bool, str] | None:
    """The block's verdict on one byline part: (True, "") for its writer (never the fact's own
    ``outlet``), (False, reason) for its outlet or headline person, None when it says nothing
    (the older credit readings decide)."""
    if head_not_maker(part, article):  # "Interview | A | Outlet", "Q&A: A on ..." (maker_credits)
        return False, f"{part!r} is named by the page's head as its subject or source"
    if block_author(part, article) and _norms(part) != _norms(outlet):
        return True, ""
    if block_not_author(part, article):
        return False, f"{part!r} stands in the page's header as the outlet or its subject"
    return None


def block_refuses_outlet(value: str, article: ArticleText, byline: str = "") -> bool:
    """Whether the outlet ``value`` is refused: the block gives it another part
    (:func:`block_not_outlet`), or a credit line's field reading does
    (:func:`credit_fields.not_outlet`) and it is not the block's masthead outlet, nor the
    publisher the head's credit fields name (:mod:`maker_credits`: "By A, role, X")."""
    if head_publisher_named(value, article, byline):
        return False
    if head_not_publisher(value, article):  # "Read by A", "By A, B", "Source: X"
        return True
    if block_not_outlet(value, article, byline):
        return True
    return not_outlet(value, article) and not block_outlet(value, article)


def _norms(text: str) -> tuple[str, ...]:
    return tuple(t.norm for t in tokenize(text))


__all__ = [
    "block_author",
    "block_byline",
    "block_not_author",
    "block_not_outlet",
    "block_outlet",
    "block_refuses_outlet",
]
