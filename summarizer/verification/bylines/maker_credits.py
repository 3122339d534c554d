"""The page's head and foot read as credit fields: who made the page and who publishes it
(outside checks 50 to 85, the byline and outlet causes, session 38).

A news page's head (its lines above the body's first sentence) and its foot (the last short
lines) are a masthead: *fields*, set apart by bars, middle dots, spaced dashes, commas, line
breaks or a stop, each of which is one thing: a publication's name, a person's name, a desk or
a writer's role, a place, a date or an edition, a kind of piece, or a credit. A careful reader
resolves them by English's grammar of crediting, not by an outlet's words:

- *A maker's credit* is a field "[<kind of piece>] <participle of making>[ and <participle>] by
  <names>" ("By X", "Edited by X", "Transcribed and edited by X", "edited transcript prepared
  by X", "Roundup compiled by X", "Read by X", "with reporting by X"), optionally with "for
  <publication>" ("Written for The X by Y"): the names are the page's makers. The participles
  of making a text are a closed class of English (written, edited, compiled, transcribed,
  prepared, read, reported, filed, ...); the other makers' ("photographed", "translated",
  "produced", "presented", "sponsored") credit no author. An editor's or a compiler's credit
  names the maker only in the head and only when no writer is credited besides ("Words: A ·
  Edited by B"); at the foot "Edited by B" is wire copy's desk editor.
- *A bare name in a masthead*: a field that is only a person's name (or "A and B") on a line
  that also has a publication's field, every other field a date, a place, an edition, a kind
  of piece or a role ("Liffey Markets Report | Aoife Delaney | Dublin, 21 July 2025"), and no
  label of a subject ("Interview", "Q&A", "Guest", "Photo", "Source", "with") nor a credit
  to another person: the name is the writer's. A lone name line right under the headline, or
  a sign-off block at the foot ("Hannah Pryce-Morgan" above "Sedgebrook Courier"), reads the
  same. A bare name the body mentions again is the page's subject, not its writer.
- *The publisher* is the one publication field of such a line: after a credit's names and
  roles ("By X, health correspondent, The Fenmoor Courier"), beside a bare name or a date
  ("Nordic Air Brief | A | date"), with a newsroom or an edition after its name ("Rhine Desk
  live team", "Gullhaven FM Newsroom", "The Reel Tally newsletter"), or after a collective
  author's preposition ("By the editorial board of X", "An editorial of X", "An explainer from
  the Research Desk at X", "Written for X by Y").

Refused still: a name under a subject's or a source's label ("Interview with X", "Q&A: X on",
"Guest: X", "Photo: X", "Source: Y"), a name only in the body or credited with a reviewed work
("Audiobook review | <title> | Read by X"), a byline when the line credits someone else, a place,
a date or a second author ("By A, John Smith") as the outlet, a body the headline's clause
names ("Tributes from the staff of X"), an outlet named only in a body sentence.
"""

from __future__ import annotations

import re

from ..page.article import ArticleText
from ..page.tokens import word_set
from ..people.names import split_people
from ..people.party_names import party_of
from ..people.place_names import PLACE_NOUNS
from .credit_places import quote_attribution, quoted_at
from .head_foot import fields as _fields
from .head_foot import head_foot_lines as _lines
from .head_parts import (
    KINDS,
    PERSON,
    STAFF,
    WRITER_ROLES,
    bare,
    is_date,
    is_kind,
    is_person,
    is_role,
)
from .head_parts import outlet_shaped as _outlet_shaped
from .masthead_segments import labelled_credit, norms

# The participles (and gerunds) of making a page's text: a closed class of English.
_MAKING = (
    r"written|edited|compiled|transcribed|prepared|read|reported|filed|assembled|collated"
    r"|curated|abridged|condensed|updated|presented[ \t]+and[ \t]+written|put[ \t]+together"
    r"|rounded[ \t]+up|reporting|writing|words|text|story|report|additional[ \t]+reporting"
)
_PARTICIPLES = rf"(?:{_MAKING})(?:[ \t]*(?:,|and|&)[ \t]*(?:{_MAKING}))*"
# Nouns of a piece a credit may open with ("Roundup compiled by", "edited transcript prepared
# by"); their adjectives are free.
_PIECES = KINDS | word_set(
    "transcript transcripts script edition text copy notes version update updates coverage"
)
_CREDIT = re.compile(
    rf"(?i:(?P<lead>(?:[\w'-]+[ \t]+){{0,3}}?)(?:with[ \t]+)?(?P<made>{_PARTICIPLES})?[ \t]*"
    rf"(?:for[ \t]+(?P<outlet>.+?)[ \t]+)?by)[ \t]*:?[ \t]+(?P<who>.+)"
)
# A collective author or a piece "of/at/for" its publisher: "the editorial board of X", "An
# editorial of X", "the Research Desk at X".
_BODIES = word_set("board editors staff desk team newsroom writers")
_OF = re.compile(r"(?P<head>.+?)[ \t]+(?i:of|at|for)[ \t]+(?P<outlet>(?:[Tt]he[ \t]+)?[A-Z].*)")
# Words after a publication's name that name its newsroom or an edition of it.
_SUFFIXES = STAFF | _PIECES | word_set("live edition")
# Labels that make a name on the line a subject or a source, not the page's maker.
_SUBJECTS = word_set(
    """interview interviews interviewed q&a qa guest guests photo photos photograph picture
    pictures image images source sources courtesy with profile obituary tribute conversation
    portrait translated translation translator produced producer presented sponsored
    photographed"""
)
# The labels of a subject or a source: a name under them is none of the page's makers.
_SOURCES = word_set("photo photos photograph picture pictures image images courtesy")
_LABELS = _SOURCES | word_set(
    """source sources interview interviews interviewed q&a qa guest guests profile obituary tribute
    conversation portrait with"""
)
# A work's kind in lower case or opening a field, not a title's word ("Nippon Agri Review").
_WORK = re.compile(
    r"(?i:^(?:review|audiobook|poem|poetry)|^(?:theat(?:re|er)|books?|film|album|opera|dance"
    r"|exhibition|television|tv|podcast|gig|concert|fiction|music)$)"
    r"|\b(?:review|audiobook|poem|poetry)"
)
_WEEKDAYS = word_set("monday tuesday wednesday thursday friday saturday sunday weekend")
_TIME = re.compile(r"\d{1,2}[:.]?\d{2}[ \t]*(?i:hrs|h|gmt|bst|cest|et|a\.m\.|p\.m\.)?")
_INNER = re.compile(r"[a-z][A-Z]")  # an inner capital: a brand's name, no person's
# An editor makes a page of others' words or of items (a transcript, a script, a roundup), not
# a reported story: "edited by" credits the maker only beside such a kind of piece.
_EDITING = word_set("edited updated and")
_ASSEMBLED = word_set("transcript transcripts script excerpts remarks")
_WRITING = word_set("by written words text story reporting reported report filed writing")
_STAMP = re.compile(r"(?i:updated|published|posted|filed|first[ \t]+published)\b.*")


def _named(names: str) -> list[tuple[str, ...]]:
    """The persons a credit's names list ("A and B", "A & B")."""
    return [bare(norms(person)) for person in split_people(names.replace("&", " and "))]


def _credit(field: str) -> tuple[list[tuple[str, ...]], str, bool] | None:
    """(persons credited, publication named by "for", whether as the writers) of a maker's
    credit field, else None: "By X", "Words by X", "Written by X" credit the writer; "Edited
    by X", "Compiled by X", "Read by X" another maker of the page."""
    match = _CREDIT.fullmatch(field)
    if match is None:
        return None
    lead = norms(match.group("lead"))
    if lead and lead[-1] not in _PIECES:
        return None  # "Peace deal backed by X": a headline, no credit
    made = set(norms(match.group("made") or "by"))
    return _named(match.group("who")), (match.group("outlet") or ""), bool(made & _WRITING)


def _edited(field: str) -> bool:
    """Whether a credit field names an editor only ("Edited by A", "Coverage edited by A")."""
    match = _CREDIT.fullmatch(field)
    made = set(norms(match.group("made") or "")) if match is not None else set()
    return bool(made) and made <= _EDITING


def _writers(article: ArticleText) -> set[tuple[str, ...]]:
    """The persons the head and foot credit as the page's writers ("By X", "Words: X")."""
    found: set[tuple[str, ...]] = set()
    for _, _, line in _lines(article):
        for field in _fields(line):
            credit, labelled = _credit(field), labelled_credit(field)
            if credit is not None and credit[2]:
                found.update(credit[0])
            elif labelled is not None and labelled[2]:
                found.update(_named(labelled[1]))
    return found


def _place(field: str, fields: list[str], index: int) -> bool:
    """A dateline's place: a known place, a name in capitals, or a short name before a date."""
    words = norms(field)
    if party_of(field) is not None or (field.isupper() and not _outlet_shaped(words)):
        return True
    following = fields[index + 1] if index + 1 < len(fields) else ""
    return len(words) <= 2 and not _outlet_shaped(words) and _dated(following)


def _dated(field: str) -> bool:
    """A date, a time, a weekday, an edition or a stamp ("Monday edition", "0800 hrs")."""
    words = norms(field)
    if not words:
        return False
    if is_date(field) or _TIME.fullmatch(field) or _STAMP.fullmatch(field):
        return True
    return words[0] in _WEEKDAYS and len(words) <= 3


def _role(field: str) -> bool:
    """A field of a role: a date, a kind of piece or edition, a writer's role or desk, a beat
    in lower case ("consumer affairs")."""
    words = norms(field)
    if 0 < len(words) <= 3 and field.islower() and not set(words) & _SUBJECTS:
        return True
    return (
        _dated(field)
        or is_kind(field)
        or is_role(field)
        or (
            0 < len(words) <= 4
            and words[-1] in _PIECES
            and (field[:1].islower() or field.isupper())
        )
    )


def _publication(field: str, outlet: tuple[str, ...] = ()) -> tuple[str, ...] | None:
    """The publication a field names, its newsroom or edition words set aside ("Prairie Ledger
    live desk", "The Reel Tally newsletter"): outlet-shaped, a titled kind of two words or more
    ("Nordic Air Brief"), or the facts' outlet; None for a person, a place, a role."""
    words = bare(norms(field))
    while len(words) > 1 and words[-1] in _SUFFIXES and words != outlet:
        words = words[:-1]
    if not words or not field[:1].isupper() or (is_person(field) and words != outlet):
        return None
    if _dated(field) or party_of(field) is not None:
        return None  # "March 8, 2018", "Dublin": a date's or a place's field
    titled = all(w[:1].isupper() for w in field.split()[: len(words)] if w.isalpha())
    if words == outlet or _outlet_shaped(list(words)) or (len(words) > 1 and titled):
        return words
    return None


def _subject_line(fields: list[str]) -> bool:
    return any(set(norms(field)) & _SUBJECTS for field in fields)


def head_maker(name: str, article: ArticleText, outlet: str = "") -> bool:
    """Whether the head or foot credits ``name`` as the page's maker (see the module)."""
    person = bare(norms(name))
    if not person or not is_person(name):
        return False
    paper = bare(norms(outlet))
    for place, at, line in _lines(article):
        fields = _fields(line)
        credits = [_credit(field) for field in fields]
        if any(c and person in c[0] for c in credits) and not _work_credit(fields, person):
            edited = all(
                _edited(f) for f, c in zip(fields, credits, strict=True) if c and person in c[0]
            )
            if edited and not set(norms(line)) & _ASSEMBLED:
                continue  # "Coverage edited by A": a story's editor, no maker of it
            writers = any(c is not None and person in c[0] and c[2] for c in credits)
            if not (set(norms(line)) & _SUBJECTS - {"with"}) and (
                writers or (place >= 0 and not _writers(article) - {person})
            ):  # at the foot, "Edited by A" is wire copy's desk editor, no maker of the page
                return True  # "Transcribed and edited by X, Outlet" (no writer besides)
        if any(c is not None and c[0] for c in credits) or _subject_line(fields):
            continue  # the line credits another, or labels a subject
        alone = [i for i, field in enumerate(fields) if person in _named(field)]
        if not alone or any(not _bare_names(fields[i]) for i in alone) or _common(person, article):
            continue
        others = [f for i, f in enumerate(fields) if i not in alone]
        lone = not others and place in (1, -1, -2)  # under the headline, or signing off
        paper_field = [f for f in others if _publication(f, paper)]
        roles = all(  # no role beside the name: "A, copy editor" is the older readers'
            _dated(f) or is_kind(f) or _publication(f, paper) or _place(f, fields, fields.index(f))
            for f in others
        )
        credited = (lone and _signed(place, article)) or (paper_field and roles)
        if credited and not _named_elsewhere(person, article, at, len(line)):
            return True
    return False


def _work_credit(fields: list[str], person: tuple[str, ...]) -> bool:
    """Whether a line on a work ("Audiobook review | <title> | Read by A", "Theatre | <title> |
    Written by A", "Script by A") credits ``person`` as its maker only: only a bare "By A", the
    page's "Words by A" or the review's own credit ("Theatre review by A") names the critic."""
    if not any(_WORK.search(f) and _credit(f) is None for f in fields):
        return False
    found = [m for f in fields if (m := _CREDIT.fullmatch(f)) and person in _named(m["who"])]
    critic = [m for m in found if not m["made"] and set(norms(m["lead"])) <= {"words"}]
    return not critic and not any(_WORK.search(m["lead"]) for m in found) and bool(found)


def _common(words: tuple[str, ...], article: ArticleText) -> bool:
    """Whether a name's words are a common noun phrase's ("Steel Industry", "Salt Lake City"):
    a place's noun, or a word the page writes in lower case. A tag or a place, no person."""
    if set(words) & PLACE_NOUNS:
        return True
    return any(re.search(rf"\b{re.escape(word)}\b", article.text) for word in words)


def _bare_names(field: str) -> bool:
    """A field of persons' names only ("A", "A and B")."""
    return all(
        PERSON.fullmatch(person.strip()) and is_person(person.strip())
        for person in split_people(field.replace("&", " and "))
    )


def _signed(place: int, article: ArticleText) -> bool:
    """A lone name under the headline with the body right under it, or a foot's sign-off: the
    last line, or the line above a last line that names a publication ("Hannah Pryce-Morgan" /
    "Sedgebrook Courier"); not a quotation's attribution, "— A" right under a quoted line (an
    epigraph or a pull quote names whom it quotes, not who wrote the page)."""
    if place == 1:  # no line of a role under it ("Senior analyst, Gulf Bank": a source's)
        return all(p != 2 for p, _, _ in _lines(article))
    if place == -1:
        foot = {p: line for p, _, line in _lines(article)}
        return not quote_attribution(foot.get(-1, ""), foot.get(-2, ""))
    last = next((line for p, _, line in _lines(article) if p == -1), "")
    return _outlet_shaped(norms(last)) or bool(_INNER.search(last))


def _named_elsewhere(person: tuple[str, ...], article: ArticleText, at: int, size: int) -> bool:
    """Whether the body names the person's surname outside the credit's line: then the name is
    the page's subject or a source, not its writer."""
    surname = re.compile(rf"\b{re.escape(person[-1])}\b", re.IGNORECASE)
    text = article.text[:at] + " " + article.text[at + size :]
    return surname.search(text) is not None


def head_publisher_named(value: str, article: ArticleText, byline: str = "") -> bool:
    """Whether the head or foot names ``value`` as the page's publisher (see the module)."""
    wanted = bare(norms(value))
    if len(wanted) < 2 and not _outlet_shaped(list(wanted)):
        return False  # one word: a place or a desk may have its shape; the older readers decide
    pieces = {piece for word in wanted for piece in word.split("-")}
    if party_of(value) is not None or wanted in _named(byline) or pieces & (_BODIES | WRITER_ROLES):
        return False  # a place, the writer, a newsroom ("The Editorial Board")
    if is_person(value) and not _INNER.search(value):
        return False  # a person's shape: a writer or a subject may stand so; older readers decide
    for _, at, line in _lines(article):
        fields = _fields(line)
        if _subject_line(fields) or "additional" in norms(line):
            continue  # "Additional reporting by A, Bloomberg News": a contributor's outlet
        if fields and bare(norms(fields[-1])) == wanted and source_line(line, at, article):
            return False  # "Michele Bullock, Reserve Bank of Australia", quoted in the body
        for index, field in enumerate(fields):
            credit = _credit(field)
            if credit is not None and bare(norms(credit[1])) == wanted and not is_person(value):
                return True  # "Written for The X by A"
            body = _OF.fullmatch(field)
            if body and bare(norms(body["outlet"])) == wanted and _collective(norms(body["head"])):
                return True  # "By the editorial board of X", "An editorial of X"
            if _publication(field, wanted) != wanted or _place(field, fields, index):
                continue
            others = fields[:index] + fields[index + 1 :]
            after_names = index > 0 and _credit_chain(fields[:index])
            if after_names and index == 1 and is_person(value) and not _INNER.search(value):
                continue  # "By A, John Smith": a second author, not "By A, AgriCentral Europe"
            anchored = after_names or any(_dated(f) or _credit(f) or _bare_names(f) for f in others)
            if anchored and all(
                _role(f) or _credit(f) or _bare_names(f) or _place(f, fields, fields.index(f))
                for f in others
            ):
                return True
    return False


def _has_run(line: str, words: tuple[str, ...]) -> bool:
    found = bare(norms(line))
    return any(found[i : i + len(words)] == words for i in range(len(found) - len(words) + 1))


def _labelled(line: str, words: tuple[str, ...]) -> bool:
    """Whether a field of the line holding the name ``words`` opens with a subject's or a
    source's label and nothing else before the name ("Q&A: A on ...", "Source: X"), or the
    field before it is that label alone ("Interview | A | Outlet"); a label with "by" credits
    a maker instead ("Interview by A", "Q&A by A")."""
    fields = _fields(line)
    for index, field in enumerate(fields):
        tokens = bare(norms(field))
        at = next((i for i in range(len(tokens)) if tokens[i : i + len(words)] == words), None)
        if at is None:
            continue
        before = list(tokens[:at]) or (norms(fields[index - 1]) if index else [])
        label = set(before) & _LABELS or before[:2] == ["q", "a"]
        if label and set(before) <= _LABELS | {"q", "a", "and"}:
            return True
    return False


def head_not_maker(name: str, article: ArticleText) -> bool:
    """Whether the head names the person ``name`` only under a subject's or a source's label
    ("Interview | A | Outlet", "Q&A: A on ...", "Source: A"), no maker's credit giving them
    the page besides: the page is about them, or quotes them; they did not write it."""
    person = bare(norms(name))
    if not person or not is_person(name):
        return False
    labelled = False
    for _, _, line in _lines(article):
        fields = _fields(line)
        if _work_credit(fields, person):  # "Book review | <title> | Written by A": the work's
            labelled = True  # maker, whom the page is about
        elif any(c is not None and person in c[0] for c in map(_credit, fields)):
            return False
        labelled = labelled or _labelled(line, person)
    return labelled


def head_not_publisher(value: str, article: ArticleText) -> bool:
    """Whether the head gives ``value`` a part that is not the publisher's: a person its
    maker's credit names ("Transcribed by A, Outlet", "Read by A"), a credit itself
    ("compiled by A"), or a name under a source's or a photo's label ("Source: X")."""
    if _credit(value) is not None:
        return True
    wanted = bare(norms(value))
    person = is_person(value) and not _INNER.search(value)
    for _, at, line in _lines(article):
        fields = _fields(line)  # none on a line of punctuation alone (a stray '"')
        credits = [_credit(field) for field in fields]
        if person and any(c is not None and wanted in c[0] for c in credits):
            return True  # "Read by Gail Ross": the maker
        if fields and bare(norms(fields[-1])) == wanted and source_line(line, at, article):
            return True  # "Curtis Johnson, Boulder County Sheriff's Office": his office
        if _labelled(line, wanted) and set(norms(line)) & _SOURCES:
            return True  # "Photo: X" ("Source: X | date | Editor: A" names the publisher)
    return False


# A newspaper's or broadcaster's own noun, never an office's ("Emergency Services" is one).
_PRESS = word_set(
    """times herald observer ledger chronicle post journal news gazette tribune telegraph
    express mail courier dispatch radio tv television magazine examiner sentinel inquirer
    echo advertiser argus newsletter newswire"""
)


def source_line(line: str, at: int, article: ArticleText) -> bool:
    """Whether the line (at ``at``) is a person's name and an office ("Curtis Johnson, Boulder
    County Sheriff's Office"; "Tom Hunt, Sheffield City Council") and the body names that person
    again ("County sheriff Curtis Johnson said"): a source's name line, which the page quotes,
    neither its author nor its publisher (the office alone is the value's)."""
    pair = _fields(line)
    if len(pair) != 2 or not is_person(pair[0]):
        return False
    wanted = bare(norms(pair[1]))
    if wanted and wanted[-1] in _PRESS:
        return False  # "Dana Whitfield, The Foothills Courier": a writer's outlet (review rv40s)
    if _credit(pair[0]) is not None:
        return False  # "By A, X": the writer's line
    name = re.compile(r"(?<![\w-])" + r"\s+".join(map(re.escape, pair[0].split())) + r"(?![\w-])")
    spots = (m.start() for m in name.finditer(article.text))  # quoted: a source, not a writer
    return any(quoted_at(article, s) for s in spots if not at <= s <= at + len(line))


def _collective(head: list[str]) -> bool:
    """Whether the words before "of/at" are a collective author or a piece ("By the board", "An
    editorial from the board"), no clause about a body ("Tributes from the staff of X")."""
    words = head[1:] if head[:1] == ["by"] else head
    words = words[1:] if words[:1] and words[0] in ("the", "a", "an") else words
    if not words or words[-1] not in _BODIES | _PIECES or len(head) > 6:
        return False
    return words[0] in _PIECES or (len(words) <= 3 and len(words) < len(head))


def _credit_chain(fields: list[str]) -> bool:
    """Whether the fields before a publication are a maker's credit and its roles ("By A",
    "health correspondent")."""
    return _credit(fields[0]) is not None and all(_role(f) for f in fields[1:])


__all__ = [
    "head_maker",
    "head_not_maker",
    "head_not_publisher",
    "head_publisher_named",
    "source_line",
]
