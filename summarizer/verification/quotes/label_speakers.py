"""A quote under a speaker's label (an outside check, session 22, check 46's cause 4:
'* Obama: "This is obviously an historic meeting," he told reporters' and a briefing's
'A (Mao Ning): "I have nothing to release"' were given to no one, or to the name of the line
before), for :func:`summarizer.verification.quotes.speakers.support_speaker`.

The shape: a line that opens (after an optional list mark: "*", "-", a bullet, a dash) with a
label, a colon and the quotation mark, and whose words after the quote name no one of their
own: nothing, or a speech verb whose subject is a pronoun or a definite lower-case description
("he said", "she told reporters", "the president told parliament"; not "a senior official
said", someone the label's outlet quotes, nor a tail "quoting" another). The label is a name
of one to four capitalised words, optionally with a bracketed role ("Ramaphosa (ANC):"), or a
briefing's answer mark with the speaker in brackets ("A (Mao Ning):", "Answer (Lin Jian):"),
after a title in lower case or capitalised ("A (spokesperson Lin Jian):", "A (Foreign Ministry
spokeswoman Maria Zakharova):": the name is the capitalised run the brackets close on; one
speaking for another, "A (spokesperson Lin Jian for Foreign Minister Wang Yi):", is the run
before "for" or "on behalf of", unless that run is only titles: fix23b).
Then the label names the speaker: the quote is the label's, and not another person's. A bare
"A:" turn whose interview introduction names someone else as the one interviewed refuses the
value too (:func:`summarizer.verification.quotes.answer_turns.answer_holder`): the asker
named there is never the one who answers. A label
that names no one ("Q:", "Note:", "Update:", a time) or a tail that names someone ("Obama:
"...", Castro replied") leaves the quote to the other readers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..context import Result
from ..page.article import ArticleText
from ..page.tokens import tokenize, word_set
from ..people.names import TITLES, find_named, is_proper, split_people
from ..sentences.speech import SPEECH_VERBS
from ..sentences.subjects import INSTITUTIONS, PAPERS
from .answer_turns import answer_holder

_NAME = r"[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3}"
_LABEL = re.compile(
    r"[ \t]*(?:[*\u2022\u00b7\u2013\u2014-][ \t]*)?"
    rf"(?:(?:A|Answer)[ \t]*\([ \t]*(?:[\w.'\u2019-]+[ \t]+){{0,5}}?(?P<answer>{_NAME})[ \t]*\)"
    rf"|(?P<name>{_NAME})(?:[ \t]*\([^()\n]{{1,60}}\))?)"
    r"[ \t]*:[ \t]*[\"\u201c]$"
)
_FOR = re.compile(r"[ \t]+(?:for|on[ \t]+behalf[ \t]+of)[ \t]+")
_RUN = re.compile(_NAME + r"$")


def _speaking_for(label: re.Match[str], name: str) -> str:
    """The one speaking in "A (spokesperson Lin Jian for Foreign Minister Wang Yi)": the
    capitalised run before "for", unless it is only titles ("Minister for Foreign Affairs")."""
    inside = label.string[label.start() : label.start("answer")]
    if "(" not in inside:
        return name
    bracket = inside[inside.index("(") + 1 :]
    cut = _FOR.search(bracket)
    if cut is None:
        return name
    run = _RUN.search(bracket[: cut.start()].rstrip())
    if run is None or all(t.norm in TITLES for t in tokenize(run.group())):
        return name
    return run.group()


# labels that name no speaker
_NO_ONE = word_set(
    """q a question answer note update caption headline editor editors correction source
    sources background context watch read listen video photo pull quote quotes key why what
    who when where how breaking live summary"""
)
# Subjects of a tail that can be the labelled person; not "a"/"an", which bring in someone new
# ('Reuters: "The deal is done," a senior official said').
_SUBJECTS = word_set("he she they the his her their its our")
# A tail that relays another's words: 'the president said, quoting his minister'.
_RELAYS = word_set("quoting citing relaying paraphrasing")
# the labelled person heard the words from the tail's subject: "the ministry told me"
_HEARERS = word_set("me us")


def label_verdict(
    article: ArticleText, spans: Sequence[tuple[int, int]], value: str
) -> Result | None:
    """(True, "") when a quote at one of ``spans`` stands under a label naming ``value``,
    (False, reason) when its label names someone else, None when it has no such label."""
    text = article.text
    other, unlabelled = "", False
    for start, _end in spans:
        region = article.quoted_region_at(start)
        if region is None or region[0] < 1:
            unlabelled = True
            continue
        line_start = text.rfind("\n", 0, region[0]) + 1
        label = _LABEL.fullmatch(text, line_start, region[0])
        name = label and (label.group("answer") or label.group("name"))
        if label and label.group("answer"):
            name = _speaking_for(label, label.group("answer"))
        if not name or tokenize(name)[0].norm in _NO_ONE or not _bare_tail(text, region[1]):
            unlabelled = True
            continue
        named = tokenize(name)
        parts = split_people(value) if is_proper(value) else [value]
        if any(find_named(part, named, name) for part in parts):
            return True, ""
        other = name
    if other and not unlabelled:  # the words also stand elsewhere: the other readers decide
        return False, f"the quote stands under {other!r}'s label, not {value!r}'s"
    if answer_holder(article, spans, value) == "other":  # 'A: "..."' (answer_turns.py)
        return False, f"the quote answers in an interview of someone other than {value!r}"
    return None


def _bare_tail(text: str, close: int) -> bool:
    """Whether the words after the closing mark, to the line's end, name no speaker of their
    own: none, or a speech verb after a pronoun or a definite lower-case description of a
    person ("the president said"; "a senior official said" brings in someone else). A body
    as the subject ("the ministry told me") or the label's own person as the hearer ("... told
    us") gives the words to someone the label relays."""
    line_end = text.find("\n", close)
    tokens = tokenize(text[close + 1 : line_end if line_end >= 0 else len(text)])
    verbs = [index for index, token in enumerate(tokens) if token.norm in SPEECH_VERBS]
    if not verbs:
        return not any(token.capitalised for token in tokens)
    subject = tokens[: verbs[0]]
    if any(t.norm in INSTITUTIONS or t.norm in PAPERS for t in subject):
        return False  # "the ministry told me": a body's words the labelled guest relays
    if verbs[0] + 1 < len(tokens) and tokens[verbs[0] + 1].norm in _HEARERS:
        return False
    if any(t.norm in _RELAYS for t in tokens[verbs[0] + 1 :]):
        return False  # "..., the president said, quoting his minister"
    return not subject or (
        subject[0].norm in _SUBJECTS and not any(t.capitalised for t in subject[1:])
    )


__all__ = ["label_verdict"]
