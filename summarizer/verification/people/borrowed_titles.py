"""Whether the page gives a person a quote credit's title only as a borrowed word: a title
that is part of another office ("Vice-President JD Vance", "Lieutenant Governor X",
"Prime Minister X" for "the minister"), of a past holding ("then-mayor X", "the late mayor
X", "X, the former president,", "X, the mayor at the time", "X, who was mayor until 2019"),
or of a relation to the office's holder ("X, a critic of the mayor", "an aide to the mayor",
"a candidate for mayor", "the son of the judge").

Session 54 (gs54): the quote readers read a bare credit ('"...," the mayor said') back to the
last person named near the word "mayor", and so gave the mayor's words to the mayor's critic,
aide or challenger, to a vice-president for "the president", to a past holder. English calls
the holder "the mayor"; a person the page names only with a borrowed "mayor" is not it.

Only the page before the quote is read, and only the title's mentions the page ties to the
value (the name right after the title, or the nearest name before it in its sentence). The
reading says "borrowed" only when the value has such a mention and every one of them borrows
the title: one plain holding ("Mayor Ann Berg", "Ann Berg, the mayor,") keeps the value.
A rank the credit itself carries ("the acting mayor", "the former president") must be the
value's too: "Mayor Ann Berg" is not "the acting mayor".

Review rv54s: each of these also names the holder, and is no borrowing: a past holding when
the credit itself is set in the past ('then-mayor X ... "...," the mayor said at the time');
"interim" for "acting"; the office after a noun naming it ("held the office of mayor"), a
rise to it ("promoted to president"), a run the sentence says was won ("ran for mayor and
won"); and the owner search passes over the title word itself and calendar names.
"""

from __future__ import annotations

from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from ..page.article import ArticleText
from ..page.tokens import Token, tokenize, word_set
from .names import norms

# Words before a title that make it another office or a past one.
_PREFIXES = word_set(
    "vice deputy lieutenant assistant acting interim former late then ex attorney surgeon"
    " prime shadow junior under would-be"
)
# A credit's own rank that the value must be given too ("the acting mayor"); "interim" is
# read as "acting" (rv54s: "Interim Mayor X" is "the acting mayor").
_RANKS = word_set("vice deputy lieutenant assistant acting interim")
_SAME_RANK = {"interim": "acting"}
# Prefixes of a past holding: a holding at the time the credit is set in, when it is set in
# the past (rv54s: 'then-mayor X ... "...," the mayor said at the opening that year').
_PAST = word_set("former late then ex")
# The credit's own words that set it in the past: "then", "at the time", "that year", a year.
_THEN = word_set("then time that")
_SPANS = word_set("year day week month night")
# Nouns that name the office itself before "of" ("the office of mayor", "the role of
# president"): the title after them is held, not a relation (rv54s).
_OFFICE = word_set("office post role position title job seat")
# Outcomes later in a run's sentence that make "ran for mayor" a holding ("... and won").
_WON = word_set("won elected")
# ... and those that say it failed ("sought the post of mayor in 2018 and lost").
_LOST = word_set("lost defeated")
_CALENDAR = frozenset(WEEKDAYS) | frozenset(MONTHS)
# Words that make the title an object of a relation ("critic of the mayor", "for mayor").
_LINKS = word_set("of to for against")
_ARTICLES = word_set("the a an")
_WAS = word_set("was were")
_REACH = 10  # tokens back from a title to the name it describes


def borrowed_title(article: ArticleText, credit: list[Token], value: str, before: int) -> bool:
    """Whether every mention of the credit's title (its last word) that the page before
    ``before`` ties to ``value`` borrows it (see the module), and there is at least one."""
    title = credit[-1].norm
    ranks = {t.norm for t in credit[:-1]}
    words = set(norms(tokenize(value)))
    if not words or title in _ARTICLES:
        return False
    tokens = article.outside_quotes(0, before)
    then = _set_in_past(article, credit)
    owned = False
    for at, token in enumerate(tokens):
        if token.norm != title:
            continue
        owner = _owner(article, tokens, at)
        if owner is None or owner not in words:
            continue
        owned = True
        if not _borrowed(article, tokens, at, ranks, then):
            return False
    return owned


def _set_in_past(article: ArticleText, credit: list[Token]) -> bool:
    """Whether the credit's own sentence sets the quote in the past ("the mayor said then",
    "... at the time", "... that year", "... in 1998"), outside its quotation marks."""
    words = article.unquoted_tokens(article.sentence_at(credit[0].start))
    for index, token in enumerate(words):
        if token.start < credit[0].start:
            continue
        if token.is_number and len(token.norm) == 4 and token.norm[:2] in ("19", "20"):
            return True
        if token.norm in _THEN:
            following = words[index + 1].norm if index + 1 < len(words) else ""
            if token.norm == "then" or (token.norm == "that" and following in _SPANS):
                return True
            if token.norm == "time" and index and words[index - 1].norm == "the":
                return True
    return False


def _borrowed(
    article: ArticleText, tokens: list[Token], at: int, ranks: set[str], then: bool
) -> bool:
    """Whether the title at ``at`` is borrowed (see the module); ``then``: the credit is set
    in the past, when a past holding was a holding."""
    token = tokens[at]
    here = article.sentence_at(token.start)
    before = [t for t in tokens[max(0, at - 2) : at] if article.sentence_at(t.start) == here]
    modifiers = {_SAME_RANK.get(t.norm, t.norm) for t in before if t.norm not in _ARTICLES}
    ranks = {_SAME_RANK.get(rank, rank) for rank in ranks}
    prefix = _SAME_RANK.get(before[-1].norm, before[-1].norm) if before else ""
    if prefix in _PAST and then and not ranks & _RANKS:
        return False  # "then-mayor X" for '"...," the mayor said at the time'
    if prefix in _PREFIXES and prefix not in ranks:
        return True  # "Vice-President X", "then-mayor X" (not "the former president" credit)
    following = [t.norm for t in tokens[at + 1 : at + 4]]
    past = "former" not in ranks and not then  # "the former mayor said" is the past holder's
    if following == ["at", "the", "time"] and past:
        return True  # "X, the town's mayor at the time"
    if following[:1] == ["until"] and past and before and before[-1].norm in _WAS:
        return True  # "X, who was treasurer until 2022"
    if ranks & _RANKS and not ranks & _RANKS & modifiers:
        return True  # "Mayor X" is not "the acting mayor"
    if before and before[-1].norm in _LINKS:
        if _held(article, tokens, at, before):
            return False  # "the office of mayor", "promoted to president", "ran for mayor and won"
        return not _named_after(article, tokens, at)  # "candidate for mayor"
    linked = len(before) == 2 and before[0].norm in _LINKS and before[1].norm in _ARTICLES
    return linked and not _named_after(article, tokens, at)  # "critic of the mayor"


def _held(article: ArticleText, tokens: list[Token], at: int, before: list[Token]) -> bool:
    """Whether a bare title after a relation word is still held (rv54s): the office itself
    ("the office of mayor", "the post of president"), a rise to it ("was promoted to
    president": "to" with no article, unlike "an aide to the mayor"), or a run for it that
    the sentence says was won ("ran for mayor in March and won"); never one it says was lost
    ("sought the post of mayor in 2018 and lost")."""
    link = before[-1].norm
    if link == "to":
        return True
    here = article.sentence_at(tokens[at].start)
    rest = {t.norm for t in tokens[at + 1 :] if article.sentence_at(t.start) == here}
    if rest & _LOST:
        return False
    if link == "of":
        return len(before) == 2 and before[0].norm in _OFFICE
    return link == "for" and bool(rest & _WON)


def _owner(article: ArticleText, tokens: list[Token], at: int) -> str | None:
    """The last word of the name the title at ``at`` describes: the name right after it
    ("Mayor Ann Berg", "the mayor, Ann Berg"), else the nearest name before it in its
    sentence ("Tom Reed, a critic of the mayor"); None when there is none."""
    after = _named_after(article, tokens, at)
    if after:
        return after
    here = article.sentence_at(tokens[at].start)
    for back in range(at - 1, max(-1, at - _REACH - 1), -1):
        token = tokens[back]
        if article.sentence_at(token.start) != here:
            return None
        if token.norm == tokens[at].norm or token.norm in _CALENDAR:
            continue  # the title itself ("Vice-President since 2019, became President in"), a day
        if token.capitalised and not token.is_number and token.norm not in _PREFIXES:
            start = article.sentences[here][0]
            if token.start == start or article.text[start : token.start].strip() == "":
                return None  # the sentence's opening word ("Inside, the council ...")
            return token.norm
    return None


def _named_after(article: ArticleText, tokens: list[Token], at: int) -> str | None:
    """The last word of a capitalised name right after the title at ``at`` (after a comma at
    most), in its sentence."""
    here = article.sentence_at(tokens[at].start)
    last = None
    for token in tokens[at + 1 : at + 5]:
        gap = article.text[(last or tokens[at]).end : token.start].strip()
        if article.sentence_at(token.start) != here or not token.capitalised:
            break
        if gap not in ("", ",") or (last is not None and gap):
            break
        last = token
    return last.norm if last is not None else None


__all__ = ["borrowed_title"]
