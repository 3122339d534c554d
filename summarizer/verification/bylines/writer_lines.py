"""Bylines written as a line about the writer, not as a credit (an outside check, session 24,
check 49's cause 2), read for the article's ``byline`` through
:mod:`summarizer.verification.bylines.credit_forms`.

Three shapes name the writer without "By" or a label:

- *the writer and where they filed from*, a line of its own under the headline: "Patrick
  Wintour in London", "Andrew Osborn and Maria Kiselyova in Moscow", "Shaun Walker in Kyiv
  \u2014 12 March 2025" (a date or a bar may follow the place);
- *the writer and their newsroom role*, under the headline or as the story's last line:
  "Patrick Wintour, diplomatic editor", "Jane Doe  Moscow Correspondent", "\u2014 Tom Miles,
  Geneva correspondent" (the role's last word one of the roles below, a place may follow);
- *an author line at the story's end*, one of its last three lines: "Patrick Wintour is the
  Guardian's diplomatic editor.", "Emma Graham-Harrison and Quique Kierszenbaum are the
  paper's Middle East correspondents.", "Jon Henley covers Europe for the Guardian." A
  sentence there credits its subject only when it gives them a newsroom's role (editor,
  correspondent, reporter, writer, journalist, columnist, ...; not a picture or video editor)
  or a verb of the beat ("covers", "writes"). "X reports from Abuja." ending a story stays
  unread, as the published set's sign-off cases decided (a name in the last sentence).

A name never opens with "The" ("The Guardian covers the war from Kyiv." names the outlet).
All are read only for a name the story does not otherwise mention: a line "Volodymyr
Zelensky in Kyiv" (a caption) or "Evan Gershkovich is a reporter for the Wall Street
Journal." ends a story about that person, who is its subject and not its writer. A line
that is the page's first (its headline) never credits. Refused still: a role outside the
newsroom ("Dmitry Kozak is Russia's chief negotiator."), a denial ("is not"), and the forms
that credit someone else (photographer, editor, translator: :mod:`label_credits`,
:mod:`credit_lines`).
"""

from __future__ import annotations

import re

from ..page.article import ArticleText
from ..page.tokens import Token, tokenize, word_set
from ..people.names import name_parts, norms

_NAME = r"[A-Z][\w'\u2019.-]+(?:[ \t]+(?:de|da|van|von|al|el|bin)?[ \t]*[A-Z][\w'\u2019.-]+){1,3}"
_NAMES = rf"{_NAME}(?:[ \t]*,[ \t]*{_NAME})*(?:,?[ \t]+(?:and|&)[ \t]+{_NAME})?"
_PLACE = r"[A-Z][\w'\u2019.-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){0,2}"
# "Patrick Wintour in London", "... in Kyiv \u2014 12 March 2025", "... in Gaza City | Updated"
_FILED = re.compile(
    rf"[ \t*_]*(?P<names>(?!The[ \t]){_NAMES})[ \t]+in[ \t]+{_PLACE}"
    r"(?:[ \t]*(?:[,|\u2013\u2014]|[ \t]-[ \t]).*)?[ \t]*"
)
# "Patrick Wintour is the Guardian's diplomatic editor", "Jon Henley covers Europe for ..."
_ABOUT = re.compile(
    rf"[ \t*_\u2013\u2014-]*(?P<names>(?!The[ \t]){_NAMES})"
    r"[ \t]+(?P<verb>is|are|covers|cover|writes|write)[ \t]+(?P<rest>[^.!?\n]*)"
)
# "Patrick Wintour, diplomatic editor", "\u2014 Jane Doe  Moscow Correspondent, Moscow"
_ROLED = re.compile(
    rf"[ \t*_\u2013\u2014-]*(?P<names>(?!The[ \t]){_NAMES})"
    r"(?:[ \t]*,[ \t]*|[ \t]{2,}|[ \t]+[-\u2013\u2014][ \t]+)"
    r"(?P<role>(?:[A-Za-z][\w'\u2019-]*[ \t]+){0,4}[A-Za-z]+)"
    rf"(?:[ \t]*,[ \t]*{_PLACE}|[ \t]+in[ \t]+{_PLACE}|[ \t]*\|.*)?[ \t]*\.?[ \t]*"
)
_ROLES = word_set(
    """editor editors correspondent correspondents reporter reporters writer writers journalist
    journalists columnist columnists contributor contributors commentator commentators
    presenter presenters"""
)
# A role of other work than the writing ("the paper's picture editor").
_OTHER_WORK = word_set("picture pictures photo photos photography video graphics design")
_NOT = word_set("not no never")
_BEAT = word_set("about on for from")  # "writes about", "writes for the paper"
_LAST_LINES = 3


def writer_lines(article: ArticleText, head: list[tuple[int, str]]) -> list[list[Token]]:
    """The names a filed-from line among the page's first lines (offset, line) or an author
    line among its last ones credits, as tokens at their offsets."""
    found: list[list[Token]] = []
    for start, line in head:
        if start == 0:
            continue  # the page's first line is its headline
        match = _FILED.fullmatch(line) if " in " in line else None
        if match is not None and _unnamed_office(article.text[start + len(line) :]):
            continue  # "Sergei Lavrov in Riyadh" over "Russia's foreign minister said": a caption
        if match is not None or (match := _roled(line)) is not None:
            found += _unmentioned(article, match, start, start + len(line))
    for start, line in _last_lines(article):
        if (match := _roled(line)) is not None:
            found += _unmentioned(article, match, start, start + len(line))
            continue
        for match in _ABOUT.finditer(line):
            if match.start() and line[: match.start()].rstrip()[-1:] not in ".!?":
                continue  # a sentence's subject, not a name inside one
            if _credits(match.group("verb"), match.group("rest")):
                found += _unmentioned(article, match, start, start + len(line))
    return found


def _unnamed_office(body: str) -> bool:
    """Whether the story under a line speaks of an office's holder ("the prime minister",
    "Russia's foreign minister") and never writes a name beside that office ("Prime Minister
    Najib Mikati", "the foreign minister, Sergei Lavrov", "Lavrov, the foreign minister"): a
    line "Name in Place" over it may be that holder's caption, not the writer's."""
    heads = {match.group(0).lower() for match in _OFFICE.finditer(body)}
    return any(
        not any(
            _NAME_AFTER.match(body, found.end())
            or _NAME_BEFORE.search(body, max(found.start() - 60, 0), found.start())
            for found in re.finditer(rf"\b{re.escape(head)}\b", body, re.IGNORECASE)
        )
        for head in heads
    )


_OFFICE = re.compile(
    r"\b(?:prime minister|premier|president|chancellor|(?:foreign |defen[cs]e )?minister"
    r"|secretary of state|foreign secretary)\b",
    re.IGNORECASE,
)
_NAME_AFTER = re.compile(r",?[ \t]+(?:[A-Z][\w'\u2019.-]+[ \t]+){1,3}[A-Z][\w'\u2019-]+")
_NAME_BEFORE = re.compile(
    r"[A-Z][\w'\u2019-]+,[ \t]+(?:the|a|an)[ \t]+(?:[\w'\u2019-]+[ \t]+){0,3}$"
)


def _roled(line: str) -> re.Match[str] | None:
    """A line of the names and their newsroom role ("Patrick Wintour, diplomatic editor")."""
    if len(line) > 120:
        return None
    match = _ROLED.fullmatch(line)
    return match if match is not None and _credits("is", match.group("role")) else None


def _last_lines(article: ArticleText) -> list[tuple[int, str]]:
    """The article's last non-empty lines (at most three) with their offsets."""
    found: list[tuple[int, str]] = []
    end = len(article.text)
    while len(found) < _LAST_LINES and end > 0:
        start = article.text.rfind("\n", 0, end) + 1
        line = article.text[start:end]
        if line.strip():
            found.append((start, line))
        end = start - 1
    return found


def _credits(verb: str, rest: str) -> bool:
    """Whether the words after "is" (or a beat's verb) make the subject the story's writer."""
    words = [word.strip(",;:'\u2019").lower() for word in rest.split()]
    if not words or words[0] in _NOT:
        return False
    if verb.startswith("write"):  # "writes on foreign affairs", not "writes to the parties"
        words = [word for word in words if not word.endswith("ly")]  # "writes regularly"
        return bool(words) and words[0] in _BEAT
    if verb not in {"is", "are"}:
        return True  # "covers Europe for the Guardian"
    for index, word in enumerate(words[:10]):
        if word in _ROLES:
            return not (index and words[index - 1] in _OTHER_WORK)
    return False


def _unmentioned(
    article: ArticleText, match: re.Match[str], start: int, end: int
) -> list[list[Token]]:
    """The match's names as tokens, when none of their surnames occurs outside the line
    ``[start, end)``: a person the story tells of is its subject, not its writer."""
    names = match.group("names")
    tokens = tokenize(names, start + match.start("names"))
    for name in re.split(r"\s*,\s*|\s+(?:and|&)\s+", names):
        surname = tuple(norms(tokenize(name_parts(name)[-1]))) if name_parts(name) else ()
        if not surname:
            return []
        if any(not (start <= at < end) for at, _ in article.phrase_spans(surname)):
            return []
    return [tokens]


__all__ = ["writer_lines"]
