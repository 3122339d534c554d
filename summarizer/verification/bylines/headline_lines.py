"""Where a headline stands: the page's headline is a line of its own (its first line or lines,
behind a kicker such as "DEVELOPING:", "OPINION |", "Segment 1: \\"...\\"", a bullet of a saved
page's menu), not any phrase of its body. A model that copies a name out of a sentence ("The
bill. The Sanctioning Russia Act of 2025, led by Sen. ...") as the headline gives words the
page states, but not as its headline (a small model's miss, session 28). The headline kind's
rule (:func:`support_headline`) lives here, read by :mod:`summarizer.verification.rules`.

What it reads, per place the words stand: what the line holds before them (nothing, or a
kicker, bullet or label ending in a mark: ``: | - \u2014 \u2022 >``; never the end of a
sentence, a comma, or a lower-case word, which are the body's prose) and after them (nothing, a
separator, a date or credit; never the rest of a long sentence), both read past quotation
marks: a phrase the body quotes ('called it "a milestone" for the region, ...') is prose.
A line the page labels as no headline of its own (a photo's caption "Photo: ...", a related
story's link "Read more: ...") and a paragraph's sentence (a full stop and the next sentence
on a line longer than a headline; a clause after a comma up to the line's full stop) are not
headlines either (review rvB28).

What it does not read: the line's place on the page (navigation may push a headline far down
a saved page), so a short line of the body written as a subhead passes (the page sets it apart
as a heading), and so does a sentence's opening words when the line is short.
"""

from __future__ import annotations

import re
from typing import Any

from summarizer.comparators import Supported
from summarizer.text.normalize import normalise_short
from ..context import Context, Result
from ..page.article import ArticleText
from ..page.locator import find
from ..page.tokens import tokenize
from ..people.names import norms

# The prose that runs on: before the words, a sentence's end or its inner punctuation; after
# them, a lower-case word (after a comma or not) in a line longer than a headline's tail.
_PROSE_BEFORE = frozenset(".,;")
_PROSE_AFTER = frozenset(",;")
_HEADLINE_TAIL_WORDS = 8
# Quotation marks around the words: a title quoted on its line ('Segment 1: "A partial pause"')
# is read past them, and so is a phrase quoted in a sentence ('He called it "a milestone"').
_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb "


# A label that sets a line apart as no headline of the page (review rvB28): a photo's caption
# ("Photo: Rescue workers wade ...") or a link to another story ("Read more: ...", "RELATED:").
_NOT_HEADLINE_LABEL = re.compile(
    r"(?:^|[\s|\u2022>-])(?:photo(?:graph)?|picture|pictured|image(?: caption)?|caption|"
    r"read more|read also|also read|see also|related(?: story| stories| articles?)?|"
    r"more on this(?: story)?|recommended|most read)\s*[:|\u2014\u2013-]?\s*$",
    re.IGNORECASE,
)
# A line past a headline's length (in words) with the next sentence past a full stop after the
# words: a paragraph ("Firefighters contained a wildfire on Tuesday. More than 200 homes were
# evacuated overnight as ..."), not a headline of two sentences ("Treasury finally hit Putin's
# wallet. Now the Senate has to finish the job.", whose first half a model gives as its own).
_HEADLINE_LINE_WORDS = 18


def _prose_before(before: str) -> bool:
    """Whether ``before`` (the line up to the words) ends inside a sentence of prose, or is a
    caption's or another story's label."""
    last = before.rstrip(_MARKS)[-1:]
    if _NOT_HEADLINE_LABEL.search(before.rstrip(_MARKS)):
        return True
    return bool(last) and (last in _PROSE_BEFORE or last.islower())


def _prose_after(after: str, line_words: int) -> bool:
    """Whether ``after`` (the line past the words; the line holds ``line_words`` words) runs on
    as the rest of a sentence: a long one, the next sentence past a full stop on a line longer
    than a headline, or a clause after a comma up to a full stop."""
    rest = after.lstrip(_MARKS).rstrip()
    if not rest:
        return False
    if rest[0] == "." and rest[1:2] != "." and line_words > _HEADLINE_LINE_WORDS:
        return True  # ". More than 200 homes were evacuated": the next sentence of a paragraph
    if rest[0] in _PROSE_AFTER:
        rest = rest[1:].lstrip()  # ", led by Sen. X" runs on; ", 19 October 2025 - by X" not
        if rest[:1].islower() and rest.endswith(".") and not rest.endswith(".."):
            return True  # ", public broadcaster NHK projected.": a sentence's end (rvB28)
    if not rest or len(rest.split()) <= _HEADLINE_TAIL_WORDS:
        return False  # "in Anchorage"
    return rest[0].islower()


# A service line of a translated or foreign-language page: its masthead, naming the publisher
# and after a dash the service ("Radio X (test article) — English service, translated from
# Polish"): not a headline, though a line of its own. Only a language's service ("Secret
# Service" has its capital) and a translation note after a dash or a bar.
_SERVICE_NOTE = re.compile(
    r"[\u2014\u2013|]\s*(?:[A-Z][a-z]+ service\b|[^\u2014\u2013|]*\btranslated (?:from|into) [A-Z])"
)


def service_line(value: str) -> bool:
    """Whether a headline ``value`` is a foreign-language page's service line."""
    return _SERVICE_NOTE.search(value) is not None


def headline_line(value: str, article: ArticleText) -> bool:
    """Whether ``value`` stands somewhere on the page as a headline line: opening its line
    (after a kicker) and not running on into prose. Words found only by the locator's looser
    reading (no place where they stand as tokens in a row) are not judged here: True."""
    words = tuple(norms(tokenize(value)))
    spans = article.phrase_spans(words) if words else []
    if not spans:
        return True
    text = article.text
    for start, end in spans:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        after = text[end : line_end if line_end != -1 else len(text)]
        line_words = len(text[line_start : line_end if line_end != -1 else len(text)].split())
        if not _prose_before(text[line_start:start]) and not _prose_after(after, line_words):
            return True
    return False


def support_headline(value: Any, rule: Supported, ctx: Context) -> Result:
    """The page's headline: its page title, or a line of the page that the value opens (after
    a kicker) rather than a phrase inside a sentence of the body (:mod:`headline_lines`)."""
    wanted = normalise_short(str(value))
    if any(normalise_short(meta) == wanted for meta in ctx.metadata.values()):
        return True, ""
    if find(str(value), ctx.article, ctx.folded).span is None:
        return False, "the headline is not in the article or its page metadata"
    if service_line(str(value)):  # "Radio X \u2014 English service, translated from Polish"
        return False, "the line is the page's service line (its masthead), not its headline"
    if not headline_line(str(value), ctx.article):
        return False, "the page writes these words inside a sentence, not as its headline"
    return True, ""
