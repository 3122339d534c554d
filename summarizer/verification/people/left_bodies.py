"""A body the person has left, read for a person's ``affiliation`` (session 54, gf54).

The affiliation rule (:mod:`.person_rules`) reads the bodies the page ties a person to; a
body written beside them in a past frame ("Rossi, a former executive at Veloce Group",
"Fraser, who once played for Rangers", "faces her old club Sunderland", "chief executive of
Bosphorus Rail from 2012 to 2019", "Calder Bank's one-time chief economist") was read as a
tie, or left to the free-text check, which only asks that its words occur. An affiliation is
the body a person is with now, so such a value is their former employer, not theirs.

:func:`left_body` reads every place the value is written in a sentence about the person
(one naming them, or one opening on a pronoun right after one): each must be in a past frame
(a marker of the past in the clause before it, with nothing undoing it between: "a former
nurse who now works at Cedar Hospital" is theirs; or a possessive, a span of years or
"until" after it), and none may read as a present tie. The default mode refuses only when
the page also gives the person a body now (:func:`present_body`): "a former Goldman banker"
with nothing else said may be all a reader has of them. The confirm-only mode
(:mod:`.affiliation_ties`) never counts a past-only tie as confirming.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..page.article import ArticleText
from .affiliation_holders import apposed_bodies, own_bodies, same_body

#: Lower-case nouns a page refers back to a body by ("the bank", "the club's").
BODY_NOUNS = (
    "agency|company|firm|group|party|bank|council|club|team|union|ministry|department|"
    "government|organisation|organization|board|court|network|league|church|body|regulator|"
    "side|lender|trust|association|federation|authority|university|college|hospital"
)

# A marker of the past in the clause before the value ("a former", "who once played for",
# "who left", "her old club", "a veteran of", "ex-").
_PAST_BEFORE = re.compile(
    r"(?:\b(?:former|formerly|erstwhile|one-?time|once|previously|used\s+to|veteran\s+of)\b|"
    r"(?<!-)\bold\s+(?:club|team|side|employer|firm|company|school|party)\b|"
    r"\b(?:left|quit|departed)\s+(?:the\s+)?$|\bex-$)",
    re.IGNORECASE,
)
# What undoes a past marker before the value: the person is there now ("a former nurse who
# now works at", "returned to", "rejoined").
_UNDONE = re.compile(
    r"\b(?:now|currently|still|again|rejoin\w*|return\w*|back|re-?signed|join\w*)\b", re.I
)
# A verb of a present tie before the marker: the marker describes the body, not the person's
# past ("who chairs the former mining firm Delta Ore").
_HOLDS = re.compile(
    r"\b(?:chairs|runs|leads|heads|manages|owns|works|coaches|joined|joins)\b", re.I
)
# A sentence about the person that puts them back with a body they had left.
_BACK = re.compile(
    r"\b(?:rejoin\w*|return\w*|back\s+(?:to|at|with)|re-[a-z]+|reappoint\w*|reinstat\w*|"
    r"rehired?)\b",
    re.I,
)
# A past frame written after the value: its possessive of a past title ("Calder Bank's
# one-time chief economist"), a span of years, "until".
_PAST_AFTER = re.compile(
    r"^(?:(?:'s|\u2019s)\s+(?:former|one-?time|erstwhile|ex-)|"
    r"\s+(?:from|between)\s+(?:19|20)\d\d\s+(?:to|and|until|till)\s+(?:19|20)\d\d|"
    r"\s+until\b)",
    re.IGNORECASE,
)
# A frame going on into the future before a value "until" follows ("a deal that keeps him at
# Fjord City until 2029": rv54f).
_GOING_ON = re.compile(
    r"\b(?:will|shall|keeps?|keeping|stays?|staying|remains?|runs|contract|deal|extends?)\b", re.I
)
# Where a clause opens, back from the value: the past marker must be in the value's clause.
_CLAUSE = re.compile(r"[,;:(]|\b(?:and|but|while|whereas)\b")
# A body the person holds now, after a word tying them to it ("a professor at", "now teaches
# at", "plays for", "joined", "of the"), or before a post ("the Hearts midfielder").
_RUN = r"[A-Z][\w&'\u2019.-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&.-]*)*"
_NOW_TIE = re.compile(
    rf"\b(?:at|of|for|with|joined|join|joining|runs|leads|heads|chairs|manages|coaches|"
    rf"captains|directs|edits)\s+"
    rf"(?:the\s+|rival\s+)?({_RUN})"
)
_POST_AFTER = re.compile(
    rf"\bthe\s+({_RUN})\s+(?:midfielder|striker|defender|goalkeeper|forward|winger|captain|"
    r"coach|manager|chief|boss|economist|analyst|spokesman|spokeswoman|founder|director|"
    r"executive|editor|lawyer|nurse|doctor|professor|teacher|engineer)\b"
)
_PRONOUNS = ("he ", "she ", "they ", "his ", "her ", "their ")
# A subject pronoun after a short opening ("In June he", "Last year she").
_SUBJECT = re.compile(r"^\s*(?:[\w,-]+\s+){1,3}(?:he|she|they)\s+[a-z]")
# A reference back to a body after the value ("is now its chief executive", "the bank's",
# "has taught there since"): the person holds a post at the body they had a past one at.
_THERE = r"\bthere\b(?!\s+(?:is|are|was|were|will|would|has|have|had)\b)"


def about(article: ArticleText, surname: str) -> Iterator[tuple[int, int]]:
    """The sentences about the person: those naming them, and one right after one naming
    them whose subject is a pronoun in its first words ("She also sits on", "In June he
    re-signed for"; rv54f)."""
    named = False
    for begin, stop in article.sentences:
        lowered = article.lowered[begin:stop]
        if surname in lowered:
            named = True
            yield begin, stop
        elif named and (
            lowered.lstrip().startswith(_PRONOUNS) or _SUBJECT.search(lowered) is not None
        ):
            yield begin, stop
        else:
            named = False


def _places(text: str, value: str) -> Iterator[tuple[int, int]]:
    bare = re.sub(r"^the\s+", "", value.strip(), flags=re.IGNORECASE)
    if len(bare) < 2:
        return
    for match in re.finditer(rf"(?:(?<=\bex-)|(?<![\w-])){re.escape(bare)}(?![\w-])", text):
        yield match.start(), match.end()


def _past_at(text: str, start: int, end: int) -> bool:
    """Whether the value written at ``start:end`` of a sentence's ``text`` is in a past
    frame: a marker in its clause before it, not undone, or a past frame after it."""
    before = text[:start]
    clause = before[max((m.end() for m in _CLAUSE.finditer(before)), default=0) :]
    after = _PAST_AFTER.match(text[end:])
    if after and not (after.group(0).strip() == "until" and _GOING_ON.search(clause)):
        return True
    if re.search(r"\bex-$", before):
        return True
    markers = list(_PAST_BEFORE.finditer(clause))
    if not markers or _HOLDS.search(clause[: markers[-1].start()]):
        return False
    return not _UNDONE.search(clause[markers[-1].end() :])


def past_only(article: ArticleText, surname: str, value: str) -> bool:
    """Whether the page writes the value in sentences about the person, and every time in a
    past frame (see the module)."""
    seen = False
    for begin, stop in about(article, surname):
        text = article.text[begin:stop]
        if _BACK.search(text):
            return False  # "returned to the club in June"
        for start, end in _places(text, value):
            if not _past_at(text, start, end) or _still_there(text[end:], value):
                return False
            seen = True
    return seen


def _still_there(after: str, value: str) -> bool:
    """Whether the sentence refers back to the value after it ("a former trader at Harbour
    Bank, is now its chief executive"; "the firm's", "the bank's", "there"), with no other
    capitalised name between (rv54f: a past post at the body the person is with now)."""
    nouns = "|".join(re.findall(r"[a-z]{4,}", value.lower())) or "(?!)"
    back = re.search(
        rf"\bits\b|{_THERE}|\bthe\s+(?:{nouns}|{BODY_NOUNS})(?:'s|\u2019s)?\b(?!\s+of\b)",
        after,
    )
    if back is None:
        return False
    between = after[: back.start()]  # "X, previously led its design team": a past post too
    return re.search(r"\b[A-Z][a-z]", between) is None and not _PAST_BEFORE.search(between)


def present_body(article: ArticleText, surname: str, value: str) -> str | None:
    """A body the page gives the person now that is not the value: a holder reading's
    (:mod:`.affiliation_holders`), or a capitalised run after a word tying them to it, out of
    any past frame."""
    for body in sorted(own_bodies(article, surname) | apposed_bodies(article, surname)):
        if not same_body(body, value) and not _framed(article, surname, body):
            return body
    for begin, stop in about(article, surname):
        text = article.text[begin:stop]
        for pattern in (_NOW_TIE, _POST_AFTER):
            for match in pattern.finditer(text):
                run = match.group(1)
                if (
                    surname in run.lower()
                    or same_body(run, value)
                    or _past_at(text, match.start(1), match.end(1))
                ):
                    continue
                return run.rstrip(".")
    return None


def _framed(article: ArticleText, surname: str, body: str) -> bool:
    return past_only(article, surname, body)


def left_body(article: ArticleText, surname: str, value: str) -> str | None:
    """The body the person is with now, when the page writes the value of them only as a body
    they have left (see the module); None otherwise."""
    if not past_only(article, surname, value):
        return None
    return present_body(article, surname, value)


__all__ = ["BODY_NOUNS", "about", "left_body", "past_only"]
