"""Positive readings of a person's role that the role rule's holder reading
(:func:`.role_holders.role_ties`, one title of one name) does not make, for the confirm-only
mode (:mod:`summarizer.verification.confirm_only`, session 52, tie writer cr52b):

- a role SHARED by several people, written once in the plural over a list of names: before it
  ("Senators Lindsey Graham and Richard Blumenthal", "the two foreign ministers, Sergei Lavrov
  and Dmytro Kuleba,", "its spokespeople, A and B") or after it ("A and B, the two
  co-founders", "A and B, both senators"); the value is the singular ("foreign minister");
- a role in a LABEL: a transcript's or a programme's ("Host: X", "HOST (X):", "X (presenter):")
  or a credit line's ("Reporting by X; editing by Y": X the reporter, Y the editor);
- (a role beside a name that the stop of "U.S." or "Jr." cuts: :mod:`.unstopped_roles`).

Each reading is strict, because a confirmed value is never flagged: the person must be one of
the list's names (the list ends at the first word that is not a name, "and" or a comma, so a
second group's title stops it); a plural after "former" or "deputy" (an office the value does
not name) confirms no one; a label confirms the name it labels only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from summarizer.comparators import Supported
from ..context import Context
from ..page.article import ArticleText
from ..page.tokens import Token, tokenize, word_set
from .fact_people import person_and_value, person_words, same_person
from .names import NOT_NAMES, PARTICLES, TITLES
from .role_holders import FORMER, OTHER_OFFICE

# Words that may stand between a plural title and its list, or open an apposition after it.
_DETERMINERS = word_set(
    """the its their his her two three four five six both all a pair of fellow"""
)
# Words between a plural title and the names it heads ("the ministers were A and B").
_LINKS = word_set("were are include included including namely")
# Words that make a role word another one in a role value ("of", "for" bodies; "the").
_FILLERS = word_set("the a an")
# Words that put a plural's holders in the past beside role_holders' FORMER ("retired generals").
_PAST = FORMER | word_set("retired late")
# Credit lines: the verb or noun before "by" -> the role it gives ("Reporting by X").
_CREDITS = {
    "reporting": "reporter",
    "reported": "reporter",
    "editing": "editor",
    "edited": "editor",
    "writing": "writer",
    "written": "writer",
    "produced": "producer",
    "producing": "producer",
    "photography": "photographer",
    "photographs": "photographer",
    "photos": "photographer",
    "photo": "photographer",
    "translated": "translator",
    "translation": "translator",
    "illustration": "illustrator",
    "illustrations": "illustrator",
}
_CREDIT_WORDS = "|".join(sorted(_CREDITS, key=len, reverse=True))
_CREDIT = re.compile(r"\b(" + _CREDIT_WORDS + r")\s+by\s+([^;()\n]+)", re.I)
# A credit line opens with a credit at a line's or a segment's start ("(Reporting by A;",
# "Produced by A, edited by B"); "The theft was reported by A, a neighbour" is prose.
_CREDIT_LINE = re.compile(r"(?:^|[(;|/])\s*(?:" + _CREDIT_WORDS + r")\s+by\b", re.I)
# A label opening a line: "Host: X", "HOST (X):", "X (presenter):".
_LABEL_COLON = re.compile(r"^\s*([A-Za-z][A-Za-z' -]{1,40}?)\s*:\s*(\S.*)$")
# What follows a colon label when it credits names, not a speaker's words ("Host: Priya
# Nair." but not "ANCHOR: Ivan Sirko in Kyiv, thank you.").
_ONLY_NAMES = re.compile(r"^[A-Z][\w.'\- ]*(?:(?:,|,? and| &) [A-Z][\w.'\- ]*)*[.;]?\s*$")
# Where one line holds several labels: "Host: A. Guest: B.", "Reporting: A / Desk editor: B".
_SEGMENT = re.compile(r"\s+[|/]\s+|;\s+|(?<=\.)\s+(?=[A-Za-z][A-Za-z' -]{0,30}:)")
_LABEL_NAME = re.compile(r"^\s*([A-Za-z][A-Za-z' -]{1,40}?)\s*\(([^()]{2,60})\)\s*:")
_MAX_NAME = 5  # words of one name


def _plain(text: str, left: Token, right: Token) -> bool:
    """Whether two tokens of a name are written as one run (a space, a hyphen, or an
    initial's stop: "Robert F. Kennedy")."""
    gap = text[left.end : right.start]
    return gap == " " or gap in ("-", "\u2010") or (len(left.text) == 1 and gap == ". ")


def _name_at(tokens: Sequence[Token], text: str, start: int) -> int:
    """The end (exclusive) of the capitalised name opening at ``start``; ``start`` when none."""
    position = start
    while position < len(tokens) and position - start < _MAX_NAME:
        token = tokens[position]
        if position > start and not _plain(text, tokens[position - 1], token):
            break
        if token.norm in PARTICLES and position > start:
            position += 1
            continue
        if not token.capitalised or token.norm in NOT_NAMES or token.norm in TITLES:
            break
        position += 1
    return position


def _gap(text: str, tokens: Sequence[Token], position: int) -> str:
    """The text between token ``position - 1`` and token ``position``, stripped."""
    return text[tokens[position - 1].end : tokens[position].start].strip()


def _body_after(tokens: Sequence[Token], text: str, position: int) -> int:
    """Past an "of/for/from [the] Body" that says whose an item is ("Wagner for the DRC")."""
    if position >= len(tokens) or tokens[position].norm not in ("of", "for", "from"):
        return position
    after = position + 1
    if after < len(tokens) and tokens[after].norm == "the":
        after += 1
    end = _name_at(tokens, text, after)
    return end if end > after else position


def _past_aside(tokens: Sequence[Token], text: str, position: int) -> int:
    """Past an aside a list's name carries ("Rand Paul, the Kentucky Republican, and"): from
    its "the/a" to the comma that closes it, when "and" or a name follows; else
    ``position``."""
    if tokens[position].norm not in ("the", "a", "an"):
        return position
    for after in range(position + 1, min(len(tokens), position + 7)):
        if _gap(text, tokens, after) == ",":
            following = tokens[after]
            joined = following.norm == "and" or _name_at(tokens, text, after) > after
            return after if joined else position
    return position


def names_after(tokens: Sequence[Token], text: str, start: int) -> list[tuple[str, ...]]:
    """The list of names opening at ``start`` ("A, B and C", "A for X and B for Y", "of X, A,
    and of Y, B"), read up to the first word that is neither a name, its body nor a joint."""
    return _read_list(tokens, text, start)[0]


def _read_list(
    tokens: Sequence[Token], text: str, start: int
) -> tuple[list[tuple[str, ...]], list[tuple[int, bool]]]:
    """:func:`names_after`, and for each name the character offset where it (or its body)
    ends and whether "and" (or "&") joined it to the names before."""
    found: list[tuple[str, ...]] = []
    ends: list[tuple[int, bool]] = []
    position = start
    while position < len(tokens):
        joined = bool(found) and (
            tokens[position].norm == "and" or _gap(text, tokens, position) == "&"
        )
        if found and tokens[position].norm == "and":
            position += 1
        body = _body_after(tokens, text, position)  # "and of Rwanda, Paul Kagame"
        if body > position and body < len(tokens) and _gap(text, tokens, body) == ",":
            position = body
        end = _name_at(tokens, text, position)
        if end == position:
            break
        found.append(tuple(t.norm for t in tokens[position:end] if t.norm not in PARTICLES))
        position = _body_after(tokens, text, end)
        ends.append((tokens[position - 1].end, joined))
        if position >= len(tokens):
            break
        gap = _gap(text, tokens, position)
        if gap == ",":
            position = _past_aside(tokens, text, position)
            continue
        if gap == "&":
            continue
        if gap or tokens[position].norm != "and":
            break
    return found, ends


def names_before(tokens: Sequence[Token], text: str, end: int) -> list[tuple[str, ...]]:
    """The list of names ending at token ``end`` (inclusive), read backwards ("A, B and C")."""
    found: list[tuple[str, ...]] = []
    position = end
    while position >= 0:
        start = position
        while (
            start > 0
            and position - start < _MAX_NAME - 1
            and _plain(text, tokens[start - 1], tokens[start])
            and (tokens[start - 1].capitalised or tokens[start - 1].norm in PARTICLES)
            and tokens[start - 1].norm not in TITLES
        ):
            start -= 1
        run = tokens[start : position + 1]
        if not run or not all(
            t.norm in PARTICLES or (t.capitalised and t.norm not in NOT_NAMES | TITLES) for t in run
        ):
            break
        found.append(tuple(t.norm for t in run if t.norm not in PARTICLES))
        position = start - 1
        if position < 0:
            break
        if tokens[position].norm == "and":
            position -= 1
        elif _gap(text, tokens, position + 1) != ",":
            break
        if position >= 0 and tokens[position].norm == "and":
            position -= 1
    return found


def _plurals(word: str) -> frozenset[str]:
    """The plural forms a role's head word may be written in ("spokesperson" ->
    "spokespeople", "secretary" -> "secretaries", "chairman" -> "chairmen")."""
    forms = {word + "s", word + "es"}
    if word.endswith("y"):
        forms.add(word[:-1] + "ies")
    if word.endswith("man"):
        forms.add(word[:-3] + "men")
    if word.endswith("person"):
        forms.add(word[:-6] + "people")
    return frozenset(forms)


def _plural_of(value: str) -> tuple[tuple[str, ...], int, frozenset[str]] | None:
    """The role's words, the index of its head (the word before "of"/"for", else the last) and
    the head's plural forms; None for a role of no word."""
    words = tuple(t.norm for t in tokenize(value) if t.norm not in _FILLERS)
    if not words:
        return None
    head = next((i - 1 for i, w in enumerate(words) if w in ("of", "for") and i), len(words) - 1)
    return words, head, _plurals(words[head])


def _plural_windows(tokens: Sequence[Token], value: str) -> list[tuple[int, int]]:
    """(first, last) of each place the role is written in the plural, not after "former" or
    an office word the value lacks ("deputy foreign ministers" for "foreign minister")."""
    shape = _plural_of(value)
    if shape is None:
        return []
    words, head, plurals = shape
    found: list[tuple[int, int]] = []
    for first in range(len(tokens) - len(words) + 1):
        run = tokens[first : first + len(words)]
        if not all(
            (t.norm in plurals) if i == head else t.norm == words[i] for i, t in enumerate(run)
        ):
            continue
        before = {t.norm for t in tokens[max(0, first - 3) : first]}
        if before & _PAST or before & (OTHER_OFFICE - set(words)):
            continue
        found.append((first, first + len(words) - 1))
    return found


def _listed_with(
    tokens: Sequence[Token], text: str, first: int, last: int
) -> list[tuple[str, ...]]:
    """The names a plural title at tokens ``first..last`` is written of: the list right after
    it (over "the two", a comma, a colon or "were"), or the list its apposition follows
    ("A and B, both senators"). A capitalised plural inside a sentence heads its names
    directly ("Senators A and B"); set apart from them it is a name itself ("For the Ottawa
    Senators, A and B scored", "Fans of the Chiefs, A and B,"). A plural owning the next word
    ("the senators' lawyers", "the ministers's aides") is not the list's role."""
    head = tokens[last]
    if text[head.end : head.end + 1] in ("'", "\u2019") or head.text.lower().endswith("'s"):
        return []
    named = first > 0 and tokens[first].capitalised
    if named:
        direct = names_after(tokens, text, last + 1) if last + 1 < len(tokens) else []
        adjacent = last + 1 < len(tokens) and _gap(text, tokens, last + 1) == ""
        return direct if adjacent and len(direct) >= 2 else []
    after = _body_after(tokens, text, last + 1)  # "foreign ministers of the two countries"
    if after < len(tokens) and tokens[after].norm == "to":  # "senators to oppose it were"
        after = next(
            (i for i in range(after + 1, min(len(tokens), after + 6)) if tokens[i].norm in _LINKS),
            after,
        )
    while after < len(tokens) and tokens[after].norm in _LINKS:
        after += 1
    listed, ends = _read_list(tokens, text, after) if after < len(tokens) else ([], [])
    listed = _closed(text, tokens, after, listed, ends)
    if len(listed) >= 2:
        return listed
    position = first - 1
    while position >= 0 and tokens[position].norm in _DETERMINERS:
        position -= 1
    if position >= 0 and _gap(text, tokens, position + 1) == ",":
        before = names_before(tokens, text, position)
        if len(before) >= 2:
            return before
    return []


def _closed(
    text: str,
    tokens: Sequence[Token],
    start: int,
    listed: list[tuple[str, ...]],
    ends: list[tuple[int, bool]],
) -> list[tuple[str, ...]]:
    """The names of a list set off from its plural by a comma or a colon up to where it closes
    as an apposition: on a name joined by "and" and followed by a stop ("the two senators, A
    and B, Dee Wong said, had", at the sentence's end). A list that runs on into a verb is the
    next clause's subject ("Along with the senators, A and B spoke"): no names."""
    if len(listed) < 2 or start == 0 or _gap(text, tokens, start) not in (",", ":"):
        return listed
    for count in range(len(listed), 1, -1):
        end, joined = ends[count - 1]
        rest = text[end:].lstrip()
        if joined and (not rest or rest[0] in ",;:.)\u2014\u2013-"):
            return listed[:count]
    return []


def _same_listed(name: tuple[str, ...], holder: tuple[str, ...]) -> bool:
    """:func:`.fact_people.same_person`, and the same first name when both are written in
    full: a list may hold two people of one surname ("Karim Khan" is not the listed "Nazhat
    Shameem Khan")."""
    if not same_person(name, holder):
        return False
    return len(name) < 2 or len(holder) < 2 or name[0] == holder[0] or set(holder) <= set(name)


def plural_role_tie(value: Any, rule: Supported, ctx: Context) -> bool:
    """Whether the page writes the role in the plural over a list of names that holds the
    fact's person ("the two foreign ministers, A and B", "A and B, both senators")."""
    if person_and_value(value, ctx) is None:
        return False
    name, article = person_words(ctx), ctx.article
    for index in range(len(article.sentences)):
        tokens = article.sentence_tokens(index)
        for first, last in _plural_windows(tokens, value):
            listed = _listed_with(tokens, article.text, first, last)
            if any(_same_listed(name, holder) for holder in listed):
                return True
    return False


def _same_role(label: str, value: str) -> bool:
    """Whether a label's words are the role's words, in any case ("HOST" for "host")."""
    words = [t.norm for t in tokenize(label) if t.norm not in _FILLERS]
    return bool(words) and words == [t.norm for t in tokenize(value) if t.norm not in _FILLERS]


def _labels(label: str, value: str) -> bool:
    """Whether a colon label gives the role: its words ("Desk editor"), or a credit's word
    ("Reporting: X" for a reporter)."""
    credit = _CREDITS.get(label.strip().lower())
    return _same_role(label, value) or (credit is not None and _same_role(credit, value))


def _only_names(text: str) -> bool:
    """Whether ``text`` is names only ("Priya Nair.", "A, B and C"): not a speaker's words
    ("Ivan Sirko reports from Kyiv.", "Ivan Sirko in Kyiv, thank you.")."""
    if not _ONLY_NAMES.match(text):
        return False
    return all(  # a hyphen's second part is the name's too ("Han Seo-yeon")
        t.capitalised
        or t.norm in PARTICLES
        or t.norm == "and"
        or (t.start > 0 and text[t.start - 1] in "-\u2010")
        for t in tokenize(text)
    )


def _names_in(text: str) -> list[tuple[str, ...]]:
    """The list of names opening ``text`` ("Priya Nair.", "Ann Lee and Tom Ruiz in Oslo")."""
    tokens = tokenize(text)
    return names_after(tokens, text, 0) if tokens else []


def _labelled(article: ArticleText, value: str) -> list[tuple[str, ...]]:
    """The names a line's label or a credit gives the role ``value``."""
    found: list[tuple[str, ...]] = []
    for _, line in article.lines:
        named = _LABEL_NAME.match(line)
        if named:  # "HOST (Claire Dempsey):" or "LENA MARSH (presenter):"
            if _same_role(named.group(1), value):
                found += _names_in(named.group(2))
            elif _same_role(named.group(2), value):
                found += _names_in(named.group(1))
        for segment in () if named else _SEGMENT.split(line):  # "Host: A. Guest: B."
            colon = _LABEL_COLON.match(segment)
            if colon and _only_names(colon.group(2)) and _labels(colon.group(1), value):
                found += _names_in(colon.group(2))
        found += _credited(line, value)
    return found


def _credited(line: str, value: str) -> list[tuple[str, ...]]:
    """The names a credit line gives the role ("(Reporting by A; editing by B)", "Produced by
    A, edited by B": each credit read, the next one searched from inside the last's names)."""
    found: list[tuple[str, ...]] = []
    credit = _CREDIT.search(line) if _CREDIT_LINE.search(line) else None
    while credit:
        if _same_role(_CREDITS[credit.group(1).lower()], value):
            found += _names_in(credit.group(2))
        credit = _CREDIT.search(line, credit.start(2))
    return found


def label_role_tie(value: Any, rule: Supported, ctx: Context) -> bool:
    """Whether a label or a credit line gives the fact's person the role ("Host: X",
    "HOST (X):", "Reporting by X")."""
    if person_and_value(value, ctx) is None:
        return False
    name = person_words(ctx)
    return any(_same_listed(name, holder) for holder in _labelled(ctx.article, value))


__all__ = ["label_role_tie", "names_after", "names_before", "plural_role_tie"]
