"""Values a page states only to deny them ("by 10 votes to 2, not 11 to 1").

English names a wrong value beside the right one to take it back: "received 149 votes, not
194", "she is Canadian, not British", "the talks were held not in Geneva but in Vienna", "the
summit moved to Riyadh instead of Jeddah", "she did not receive 273 votes, as the article
said". The denied side (X) is written on the page, so a rule that finds the value's words there
accepts it; a careful reader refuses it, strongly: the page says it is not so. The affirmed
side (Y) stands.

The reading: every denied span of the article is found once (the shapes below); a value a rule
accepted, whose words fall in a denied span of its evidence, is read again by its own rule with
every denied span blanked. If the rule then refuses it, the value rested only on the denied side
and is refused; if the rule still finds it (stated elsewhere, or the affirmed side), it stands.

The shapes, and what they are not:

- "Y, not X" (also after a dash): not "not only", "not least", "not until Friday" (Friday is the
  day), "not far from Goma" (near it), "not more than 20" / "not fewer than" (qualifiers), "not
  for the first time", "not counting", "not all", ...;
- "not X but Y" where X is a value's phrase (a capital, a number, a preposition before one):
  "not 11 to 1 but 10 to 2", "not in Geneva but in Vienna"; never "not only X but also Y", nor a
  negated verb ("did not attend the talks in Geneva but sent a deputy": Geneva stands);
- "rather than X", "instead of X";
- "did not receive/win/get/secure ... N" with N a number: the count denied ("did not win the 60
  votes needed" names a threshold, not a denied count, and is left alone);
- "not, as reported, X", "was wrongly given as X" (incorrectly, mistakenly, falsely; given,
  said, attributed, listed, ...), "contrary to earlier reports of X" (review rvng33): the page
  takes X back in a note's words;
- "never X" up to a word of time or a next clause ("had never been shelled before Monday":
  Monday stands; "never before", "never more than" deny nothing); "did not kill/arrest/detain
  ... N" as "did not receive ... N";
- a trailing "as the article said" / "as first reported" belongs to the note, not to X.

A denied claim of another field ("the truce did not hold for 30 days; 12 people were killed")
denies no value of the count of the dead: only the value whose words fall in X is read again.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from pydantic import BaseModel

from summarizer.comparators import Supported
from summarizer.text.vocabulary import ONES, STOPWORDS, TENS
from ..context import Context, Result
from ..page.article import ArticleText
from ..page.mark_search import matches_from
from .correction_notes import article_notes, blank, corrected, read_on

# a bound under the negator, which states the other bound, no denial (session 38, r2countb;
# figures/qualifier_scope.py): "never exceeded 70 mph", "never went past 90 minutes" are at
# most 70 and 90
_BOUNDED = (
    r"(?:exceed|exceeds|exceeded|top|tops|topped|surpass|surpasses|surpassed"
    r"|(?:go|goes|went|gone|rise|rises|rose|risen|climb|climbs|climbed|get|gets|got|run|ran"
    r"|traded|trade|trades|stretched|stretch|moved|move|crept|edged|strayed)"
    r"\s+(?:above|over|past|beyond))"
)
# what "not" opens that denies nothing: qualifiers, times, nearness, emphasis
_NOT_DENIAL = (
    r"(?:only|just|merely|simply|solely|least|until|till|before|after|since|far|for\s+the\s+"
    r"(?:first|last|second|third)|more|less|fewer|over|under|above|below|counting|including|to"
    r"\s+mention|to\s+speak|yet|long|all|every|everyone|everything|always|necessarily|quite"
    r"|exactly|much|many|even|because|that|so|to|enough|unlike|without|least|one|a\s+(?:single"
    r"|few|little|lot)|as\s+(?:many|much|long|far|soon|yet|of)|immediately|clear|known|unless"
    r"|whether|now|later|earlier|in\s+(?:years|decades|months|weeks|days|a\s+long|time)"
    r"|surprisingly|unexpectedly|least|for\s+(?:long|now|attribution|publication)"
    r"|" + _BOUNDED + r")\b"
)
# a capital "Not" after a comma is a name ("Contents 88, Not Contents 61"), no denial
# X's own words run to a clause's end; a decimal point or a thousands comma is no end
# (an em dash ends them too: "four bars rather than five ... \u2014 and the bars had gone from 32g")
_X = r"(?P<x>(?:[^,;:.()\[\]!?\"\u201c\u201d\u2014]|\.(?=\d)|,(?=\d{3}\b))+)"
_COMMA_NOT = re.compile(
    r"(?:,|\s[\u2013\u2014-])\s*(?:and\s+|but\s+)?(?-i:not)\s+(?!" + _NOT_DENIAL + r")" + _X,
    re.IGNORECASE,
)
# "not X but Y": X a value's phrase; "not only ... but" and negated verbs are not
_PREP = r"(?:(?:in|on|at|by|from|to|for|with|as)\s+)?(?:(?:the|a|an)\s+)?"
_NOT_BUT = re.compile(
    r"\b[Nn]ot\s+(?P<x>" + _PREP + r"(?:[A-Z0-9]|(?:" + "|".join((*ONES, *TENS)) + r")\b)"
    r"[^,;.!?]{0,60}?)\s*,?\s+but\s+(?!also\b|rather\b)"
)
# "in Accra and not in Kumasi": after a bare "and", only a value's phrase ("and not attack
# Goma" is a negated verb)
_AND_NOT = re.compile(r"\sand\s+not\s+(?!" + _NOT_DENIAL + r")(?=" + _PREP + r"(?:[A-Z0-9]))" + _X)
_RATHER = re.compile(r"\b(?:rather\s+than|instead\s+of)\s+" + _X, re.IGNORECASE)
# "not, as reported on Monday, 80" / "not, as first reported, in Baku, but in Tbilisi": the
# note's aside between "not" and X
_NOT_AS_REPORTED = re.compile(
    r"\bnot\s*,\s*as\s+[^,;.]{0,50}?\b(?:reported|said|stated|claimed|announced|thought"
    r"|believed|feared|written|published)\b[^,;.]{0,30},\s*" + _X,
    re.IGNORECASE,
)
# "was wrongly given as 35", "was wrongly attributed to the Front", "was incorrectly said to
# start on Friday": the rest of the clause is what the page takes back
_WRONGLY = re.compile(
    r"\b(?:wrongly|incorrectly|mistakenly|erroneously|falsely)\s+(?:given|reported|stated|said"
    r"|attributed|listed|described|identified|named|put|cited)\b\s*" + _X,
    re.IGNORECASE,
)
# "never detained 300 protesters", "will never start on Friday": the verb's phrase is denied up
# to a word of time ("never fired before Monday": Monday stands); a perfect's "has never met X"
# tells of past occasions, not this one ("has never met Odinga, but the two are due to meet")
_NEVER = re.compile(
    r"(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)\bnever\s+(?!" + _NOT_DENIAL + r"|again\b)"
    r"(?P<x>(?:(?!\b(?:until|till|before|since|after"
    r"|again|but|and|when|while)\b)[^,;:.()\[\]!?\"\u201c\u201d])+)",
    re.IGNORECASE,
)
# "Contrary to earlier reports of 200 deaths, ...": the reports' content is denied
_CONTRARY = re.compile(
    r"\bcontrary\s+to\s+(?:the\s+)?(?:\w+\s+)?(?:reports?|claims?|rumou?rs?|statements?"
    r"|suggestions?|accounts?)\s+(?:of|that)\s+" + _X,
    re.IGNORECASE,
)
_NUMBER = r"(?:\d[\d,.]*|(?:" + "|".join((*ONES, *TENS)) + r"))"
_DID_NOT_GET = re.compile(
    r"\b(?:did|does|do|has|have|had|would|will)\s*(?:not|n['\u2019]t)\s+(?:receive|win|get|gain"
    r"|secure|obtain|garner|score|poll|capture|collect|draw|attract|kill|injure|wound|detain"
    r"|arrest|displace|evacuate|destroy)\s+(?P<x>" + _NUMBER
    + r"(?:\s+[a-z]+){0,2})",
    re.IGNORECASE,
)  # fmt: skip
# the note's own words after X: "not 30 percent as first reported", "as the article said"
_REPORTED_TAIL = re.compile(
    r"\s+(?:as|that)\s+(?:we\s+|this\s+\w+\s+|the\s+\w+\s+|it\s+|an\s+earlier\s+\w+\s+)?"
    r"(?:also\s+)?(?:was\s+|had\s+)?(?:first|originally|initially|previously|earlier|wrongly"
    r"|incorrectly)?\s*(?:reported|stated|said|published|written|wrote|given|had\s+it|claimed)\b.*$",
    re.IGNORECASE | re.DOTALL,
)
# The kinds a correction note can take a value back from (correction_notes), and those a page
# can deny beside the right one ("10 votes to 2, not 11 to 1"): an event's actors too
CORRECTABLE_KINDS = frozenset(
    ("number", "count", "when", "place", "speaker", "status", "party", "person", "proposer")
)
DENIABLE_KINDS = CORRECTABLE_KINDS | {"actor", "site", "affiliation", "role"}
_SHAPES = (
    _COMMA_NOT, _AND_NOT, _NOT_BUT, _RATHER, _DID_NOT_GET, _NOT_AS_REPORTED, _WRONGLY, _CONTRARY,
    _NEVER,
)  # fmt: skip
# a page with none of these words denies nothing (any case: "Instead of the UN, ...")
_CUE = re.compile(
    r"\bnot\b|n['\u2019]t\b|rather|instead|wrongly|incorrectly|mistakenly|erroneously|falsely"
    r"|contrary|never",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+|\d+(?:[.,]\d+)*")


def _words(text: str) -> set[str]:
    return {w.lower().replace(",", "") for w in _WORD.findall(text)}


# The word each shape cannot match without (lower case): a shape whose word the page lacks is
# not run (the patterns open on lookbehinds and alternations, so re.finditer tries every
# position of the page; _NEVER alone was a third of the scan on the seeds).
_NEEDS: dict[re.Pattern[str], tuple[str, ...]] = {
    _COMMA_NOT: ("not",),
    _AND_NOT: ("not",),
    _NOT_BUT: ("not",),
    _RATHER: ("rather", "instead"),
    _DID_NOT_GET: ("not", "n't", "n\u2019t"),
    _NOT_AS_REPORTED: ("not",),
    _WRONGLY: ("wrongly", "incorrectly", "mistakenly", "erroneously", "falsely"),
    _CONTRARY: ("contrary",),
    _NEVER: ("never",),
}


# Where each shape's matches open: before one of these words (lower case), so many characters
# earlier (ArticleText.word_matches). "Y, not X" opens at any comma or dash: searched whole.
_OPENS: dict[re.Pattern[str], tuple[tuple[str, ...], int]] = {
    _AND_NOT: (("and",), 1),  # the space before "and"
    _NOT_BUT: (("not",), 0),
    _RATHER: (("rather", "instead"), 0),
    _DID_NOT_GET: (("did", "does", "do", "has", "have", "had", "would", "will"), 0),
    _NOT_AS_REPORTED: (("not",), 0),
    _WRONGLY: (_NEEDS[_WRONGLY], 0),
    _CONTRARY: (("contrary",), 0),
    _NEVER: (("never",), 0),  # its lookbehinds read before it
}
# The words each alternative of _CUE opens with ("\bnot\b" at "not").
_CUE_WORDS = (
    "not", "n't", "n\u2019t", "rather", "instead", "wrongly", "incorrectly", "mistakenly",
    "erroneously", "falsely", "contrary", "never",
)  # fmt: skip


def _comma_not_starts(text: str) -> list[int]:
    """Where a match of "Y, not X" can open: its "not" is written so (case kept), after
    spaces, perhaps "and"/"but" (any case) and spaces, then a comma or a space and a dash.
    Read back from each "not": the spaces before a word are all of the run before it."""
    starts: set[int] = set()
    at = text.find("not")
    while at >= 0:
        edge = _spaces_before(text, at)
        if edge < at and text[max(edge - 3, 0) : edge].lower() in ("and", "but"):
            _opener_at(text, _spaces_before(text, edge - 3), starts)
        _opener_at(text, edge, starts)
        at = text.find("not", at + 1)
    return sorted(starts)


def _spaces_before(text: str, at: int) -> int:
    while at and text[at - 1].isspace():
        at -= 1
    return at


def _opener_at(text: str, end: int, starts: set[int]) -> None:
    """The opener (a comma, or a space and a dash) ending at ``end``, if any, into ``starts``."""
    if end >= 1 and text[end - 1] == ",":
        starts.add(end - 1)
    if end >= 2 and text[end - 1] in "\u2013\u2014-":
        starts.add(end - 2)


def _spans(article: ArticleText) -> list[tuple[int, int]]:
    """Every denied span (X) of the article, as offsets."""
    text = article.text
    found: list[tuple[int, int]] = []
    lowered = text.lower()
    for pattern in _SHAPES:
        if not any(word in lowered for word in _NEEDS[pattern]):
            continue
        opens = _OPENS.get(pattern)
        if pattern is _COMMA_NOT:
            matches = matches_from(pattern, text, _comma_not_starts(text))
        else:
            matches = article.word_matches(pattern, *opens) if opens else pattern.finditer(text)
        for match in matches:
            x = match.group("x")
            tail = _REPORTED_TAIL.search(x)
            if tail:
                x = x[: tail.start()]
            x = x.rstrip()
            if x.strip():
                found.append((match.start("x"), match.start("x") + len(x)))
    return found


def denied_spans(article: ArticleText) -> list[tuple[int, int]]:
    """The article's denied spans, read once per article."""
    key = "denied spans"
    known: list[tuple[int, int]] | None = article.memo.get(key)
    if known is None:
        cued = next(article.word_matches(_CUE, _CUE_WORDS), None) is not None
        known = _spans(article) if cued else []
        article.memo[key] = known
    return known


_WORD_OF = {number: word for word, number in (*ONES.items(), *TENS.items())}


def value_words(value: Any) -> set[str]:
    """The words a value is written with: a number's digits (and its word up to ninety), a
    text's content words."""
    if isinstance(value, BaseModel):
        inner = getattr(value, "value", None)
        return value_words(inner) if inner is not None else set()
    if isinstance(value, bool):
        return set()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        words = {str(value)}
        if value in _WORD_OF:
            words.add(_WORD_OF[value])
        return words
    if isinstance(value, (float, str)):
        return {w for w in _words(str(value)) if w not in STOPWORDS and (len(w) > 2 or w.isdigit())}
    return set()


def _touched(ctx: Context, spans: list[tuple[int, int]], words: set[str]) -> str | None:
    """The first denied span of the fact's evidence holding one of the value's words."""
    sentences = ctx.sentences or range(len(ctx.article.sentences))
    text = ctx.article.text
    for index in sentences:
        start, end = ctx.article.sentences[index]
        for x_start, x_end in spans:
            if start <= x_start < end and words & _words(text[x_start:x_end]):
                return text[x_start:x_end]
    return None


def undenied(
    rule_of: Callable[[Any, Supported, Context], Result],
    value: Any,
    rule: Supported,
    ctx: Context,
    result: Result,
) -> Result:
    """``result``, unless the rule accepted ``value`` only from a side the page denies."""
    if not result[0]:
        return result
    article = ctx.article
    spans = denied_spans(article)
    if not spans:
        return result
    words = value_words(value)
    denied = _touched(ctx, spans, words) if words else None
    if denied is None:
        return result
    masked = article.text
    for start, end in spans:
        masked = blank(masked, start, end)
    if rule_of(value, rule, read_on(masked, ctx, False))[0]:
        return result  # stated elsewhere too, or on the affirmed side
    return False, f"its evidence states it only to deny it ('not {denied.strip()[:60]}')"


def amended(
    rules: Mapping[str, Callable[[Any, Supported, Context], Result]],
    value: Any,
    rule: Supported,
    ctx: Context,
    result: Result,
) -> Result:
    """``result`` read with the story's correction notes (most articles have none), then
    refused if the value rests only on a denied side: the walk's one call for both (``rules``
    the walk's rules by kind)."""
    if rule.kind in CORRECTABLE_KINDS and article_notes(ctx.article):
        result = corrected(rules[rule.kind], value, rule, ctx, result)
    if result[0] and rule.kind in DENIABLE_KINDS:
        result = undenied(rules[rule.kind], value, rule, ctx, result)
    return result


__all__ = [
    "CORRECTABLE_KINDS",
    "DENIABLE_KINDS",
    "amended",
    "denied_spans",
    "undenied",
    "value_words",
]
