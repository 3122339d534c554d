"""A count of days behind a preposition (an outside check, session 15: "must report within 30
days", "no later than 90 days after enactment" and "a deadline of 14 days to divest" backed
no count of days to report, to take effect or of a deadline), for
:func:`summarizer.verification.counts.number_rules.support_number`.

The number reader gives "N days" the unit "day" and, as the word after it, the word after
"days"; for most counts a word there such as "to", "after" or "of" makes the number a
deadline or a part ("fifty days to agree", "four of the co-sponsors") and not the count. A
count that names days itself ("days to report", "deadline in days") is the count of those
days, so the word after them says what the days are before or after, not that they are no
count (:func:`day_count`). It still has to be this count's days: when the count names more
than its unit, one of those other words (in any of its forms: "crossing" finds "crossed")
stands within a few words of the number, with no other number between and no other length
in time nearer to it ("the agency must publish the list within 60 days of enactment"; not
the 180 of "bars contracts 180 days after publication and requires a report within 60
days"); days followed by "to" and a verb are that verb's days ("30 days to divest" is no
count of days to report) unless the count's word stands before them ("a deadline of 14 days
to divest"). "Within" and "no later than" make the number an upper bound
(:mod:`summarizer.verification.figures.numbers`).

A number of days that is a truce's length ("the 30-day truce", "a truce of 30 days", "the
ceasefire, which lasts 30 days", "a 21-day humanitarian pause") is the truce's, not the
count's, unless the count names a truce itself ("days of truce") (:func:`truce_length`):
refused as *unsupported*, the page gives that number to something else. Before this rule a
count of days to report was backed by "the 30-day truce" in its sentence, since the count's
unit stood right after the number. A truce's own ``duration_days`` is read as before: "within
30 days" and "no later than 30 days after" stay no truce's length.

What is left out: a count of days that names no unit ("reporting deadline" against "within
30 days"), read as before (no count of people is "48 hours"), and a point in time ("ten days
ago", "three days later", "ten days into the truce"), which stays no count of days.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import TRUCE_NOUNS
from ..figures.count_words import what_words
from ..figures.numbers import NumberMention
from ..page.article import ArticleText
from ..page.tokens import Token, word_set
from .amounts import ANY_COUNT

# Words after "N days" that say what the days are counted from or for, not that they are no
# count ("within 60 days of enactment", "90 days after the law passes", "14 days to divest").
_LEADS = word_set("to after of before from following since")
_DAYS = word_set("day days")
_TIME_UNITS = word_set("day hour hours week weeks month months minute minutes")
_REACH = 10  # words between the number and the count's own word ("within 30 days, the ...")
_TRUCES = TRUCE_NOUNS
_TRUCE_STEMS = (
    "truce", "ceasefire", "cease", "armistice", "lull", "cessation", "pause", "halt", "moratori",
)  # fmt: skip
# Words between a truce noun and its length ("a truce of 30 days", "the ceasefire, which
# lasts 30 days", "a truce due to run for 30 days").
_LENGTH_LINKS = word_set(
    """of lasting lasts lasted last to will would for which that is was be due set expected
    meant run runs ran running only just some about around up nearly almost"""
)
_PHRASE_WORDS = 3  # words of the noun phrase a hyphen-joined length qualifies


def day_count(
    tokens: Sequence[Token],
    mention: NumberMention,
    stems: Sequence[str],
    mentions: Sequence[NumberMention],
    article: ArticleText | None = None,
    index: int = -1,
) -> bool:
    """Whether "N days" followed by a preposition is a count of days that names days
    (``stems``, its cue stems) (see the module); ``article`` and ``index`` (the sentence's)
    let a deadline given in other words be read (:func:`given_days`)."""
    if mention.unit != "day" or mention.after not in _LEADS or "day" not in stems:
        return False
    roots = {_root(stem) for stem in stems if stem != "day" and stem not in ANY_COUNT}
    if not roots:
        return True  # a count of days and nothing else
    if article is not None and given_days(article, index, tokens, mention, roots, mentions):
        return True  # "Google now has 60 days to tell the Commission how ..." (remedies)
    verb = mention.last + 3  # "14 days to divest": the verb after "to"
    for index, token in enumerate(tokens):
        if not token.norm.startswith(tuple(roots)) or mention.first <= index <= mention.last + 1:
            continue
        low, high = sorted((index, mention.first))
        if high - low > _REACH:
            continue
        if any(low < m.first < high for m in mentions if m is not mention):
            continue  # "30 days to divest and 90 days to report": the 90 is the report's
        if _nearer(index, mention, mentions):
            continue  # "180 days after ... and a report within 60 days": the 60 is the report's
        if any(t.norm in _JOINS for t in tokens[low + 1 : high]):
            continue  # "sell it within 90 days and report within 14 days": 90 is no report's
        if _anchor(tokens, mention, index, article):
            continue  # "must respond within 15 days of any decision": the decision is no deed
        if mention.after == "to" and index > mention.last and index != verb:
            continue  # "30 days to divest, then report": the days are the divesting's
        return True
    return False


def given_days(
    article: ArticleText, index: int, tokens: Sequence[Token], mention: NumberMention,
    roots: set[str], mentions: Sequence[NumberMention],
) -> bool:  # fmt: skip
    """Whether "N days to <verb>" is a deadline given to the sentence's subject ("has", "was
    given", "gets": session 31, check 69's "Google now has 60 days to tell the Commission how
    it will end the conflicts of interest" for days to propose remedies) whose deed the count
    names in other words: no word of the count's but "days" is in the sentence, the sentence
    has no other length in time (whose deed it could be), and a word of the count's deed is said
    in the sentence's paragraph (outlets restate the deed: "come forward with a serious
    remedy"). A deed the paragraph does not tell of ("days to appeal") is not read into it, nor
    one the paragraph tells of beside a deed the sentence names itself (see _TOLD_CONTENT)."""
    if mention.after != "to" or mention.last + 2 >= len(tokens) or index < 0:
        return False
    if any(m is not mention and m.unit in _TIME_UNITS for m in mentions):
        return False  # "60 days to respond and 30 days to pay": which is whose, the words tell
    before = mention.first - 1
    while before >= 0 and tokens[before].norm in _GIVEN_ADVERBS:
        before -= 1
    if before < 0 or tokens[before].norm not in _GIVEN:
        return False
    if any(t.norm.startswith(tuple(roots)) for t in tokens):
        return False  # the sentence names the deed: day_count's own reading decides
    if not any(t.norm in _TOLD_CONTENT for t in tokens[mention.last + 3 :]):
        return False  # "has 30 days to respond to the notice": no deed told in other words
    paragraph = article.paragraph_at(article.sentences[index][0])
    return any(
        t.norm.startswith(tuple(roots))
        for near in article.sentences_over(*article.paragraphs[paragraph])
        if near != index
        for t in article.sentence_tokens(near)
    )


# Verbs that give a deadline to their subject ("Google has 60 days to", "was given 30 days
# to", "gets 14 days to"), and the adverbs that may stand between them and the number.
_GIVEN = word_set("has have had gets get got given giving gives give granted allowed")
# Words that join another deed between a count's word and the days ("has 30 days to explain
# the outage and 10 days to compensate customers": the outage is not the 10 days' deed).
_JOINS = word_set("and but or while whereas then")
_GIVEN_ADVERBS = word_set("now just only still another further")
# The words that open what a deed of telling tells ("to tell the Commission how it will end
# ..."): only such a deed is a deed the paragraph may name in other words (review rvec31:
# "has 30 days to respond to the notice. The council also wants the site fenced off" is no 30
# days to fence off the site; "was given 14 days to pay the penalty. He said he would appeal"
# no 14 days to appeal).
_TOLD_CONTENT = word_set("how what whether why which")


def _nearer(index: int, mention: NumberMention, mentions: Sequence[NumberMention]) -> bool:
    """Whether another length in time stands nearer the word at ``index`` than ``mention``."""
    distance = abs(index - mention.first)
    return any(
        abs(index - other.first) < distance
        for other in mentions
        if other is not mention and other.unit in _TIME_UNITS
    )


def deadline_clash(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention], what: str
) -> str:
    """Why a length in days is no count of ``what``'s days: the sentence holds another length
    in time, and the count's deed is said outside the length's own clause and not in it (review
    rvec31). The clause runs back from the number (from a deadline's "within") to a join or
    another length, and for a length that is no deadline on to the next join or length too; a
    "within" that opens its clause has the words after it ("Within 90 days of the act becoming
    law, the Treasury must brief ..."). "Has 60 days to appeal and must pay the fine within 30
    days" is no 30 days to appeal; "has 45 days to decide, and the firm must respond within 15
    days of any decision" no 15 days for the regulator to decide (the deadline's "within" reads
    its length as exact, and the count rule takes any "N days" for a count of days); "The
    strike lasted 45 days, and the company must reinstate the workers within 30 days" no 45
    days to reinstate them, the deed being nearer the other length. "Sell it within 90 days
    and report to the regulator within 14 days" keeps 14 days to report."""
    if mention.unit != "day":
        return ""
    others = [m for m in mentions if m is not mention and m.unit == mention.unit]
    roots = tuple(_root(w) for w in what_words(what) if w not in _DAYS and w not in _TIME_UNITS)
    if not others or not roots:
        return ""
    within = _within(tokens, mention)
    start = mention.first - within
    while start > 0 and tokens[start - 1].norm not in _JOINS:
        if any(m.last == start - 1 for m in others):
            break
        start -= 1
    end = mention.last + 1
    while not within and end < len(tokens) and tokens[end].norm not in _JOINS:
        if any(m.first == end for m in others):
            break
        end += 1
    own = [t.norm for t in tokens[start : mention.first - within]]
    if within and not own:
        own, end = [t.norm for t in tokens[mention.last + 1 :]], len(tokens)
    own += [t.norm for t in tokens[mention.last + 1 : end]] if not within else []
    if any(norm.startswith(roots) for norm in own):
        return ""
    said = [i for i, t in enumerate(tokens) if (i < start or i >= end) and t.norm.startswith(roots)]
    if not within:
        said = [i for i in said if _nearer(i, mention, others)]
    return f"{mention.value:g} days is the length of another deed than {what!r}" if said else ""


def _anchor(
    tokens: Sequence[Token], mention: NumberMention, index: int, article: ArticleText | None
) -> bool:
    """Whether the word at ``index`` is in the "of ..." after a deadline's "within N days":
    the event the deadline runs from, up to a clause mark ("Within 90 days of the act becoming
    law, the Treasury must brief ...": the briefing is the deed)."""
    if index <= mention.last or mention.after != "of" or not _within(tokens, mention):
        return False
    text = article.text if article is not None else ""
    return not any(_mark(tokens, at, text) for at in range(mention.last + 2, index + 1))


def _mark(tokens: Sequence[Token], at: int, text: str) -> bool:
    return any(mark in text[tokens[at - 1].end : tokens[at].start] for mark in ",;:(")


def _within(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """Whether the length is a deadline's "within N days (of ...)": what follows its "of" is
    the event the deadline runs from, not the deed (review rvec31)."""
    return mention.first > 0 and tokens[mention.first - 1].norm == "within"


def _root(stem: str) -> str:
    """A cue stem without an ending of its form ("crossing" finds "crossed", "report"
    "reported"): its first letters, at least four."""
    return stem[: max(4, len(stem) - 3)]


def truce_length(
    tokens: Sequence[Token], mention: NumberMention, stems: Sequence[str], text: str
) -> bool:
    """Whether a number of days is a truce's length and the count names no truce (see the
    module): "the 30-day truce", "a 30-day humanitarian ceasefire", "a truce of 30 days",
    "the ceasefire, which lasts 30 days", "30 days of truce"."""
    if mention.unit != "day" and mention.compound != "day":
        return False
    if any(stem.startswith(_TRUCE_STEMS) for stem in stems):
        return False
    if mention.compound:
        start = mention.last + 2  # past "day" in "30-day"
        for index in range(start, min(start + _PHRASE_WORDS, len(tokens))):
            if index > start and _gap(tokens, index, text):
                break
            if tokens[index].norm in _TRUCES:
                return True
        return False
    if mention.after == "of":
        following = tokens[mention.last + 3 : mention.last + 5]  # past "days of"
        if any(t.norm in _TRUCES for t in following):
            return True
    before = mention.first - 1
    while before >= 0 and mention.first - before <= 5 and tokens[before].norm in _LENGTH_LINKS:
        before -= 1
    return before >= 0 and before < mention.first - 1 and tokens[before].norm in _TRUCES


def _gap(tokens: Sequence[Token], index: int, text: str) -> bool:
    return bool(text[tokens[index - 1].end : tokens[index].start].strip())


__all__ = ["day_count", "deadline_clash", "given_days", "truce_length"]
