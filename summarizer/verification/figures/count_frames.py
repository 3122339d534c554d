"""Whether a count's number, near its words, is framed as not stated as the count now.

The window rule (:func:`..counts.number_rules.support_number`) takes a number within ten
words of what a count counts. Review rv44f found it took numbers the sentence does not state
as the count: a hope ("hope the marchers will number 10,000"), a former value ("once numbered
40,000") and a yes-no question ("Will the marchers ... really number 10,000?"). A
fact-checker reads none of them as the count the passage states; the words are there, so the
refusal is *unconfirmed* (the caller's), never a contradiction. A count whose own words name
the frame ("marchers hoped for", "former members") keeps the number. A forecast or a
projection is no frame here: the older sets read "expects sales of $8.2bn to $8.6bn" and "is
projected to hold 77 seats" as stated counts; nor is an "ago", which dates the deed a count
is of as often as another time ("just two weeks ago the administration put $9 billion of
Harvard funding under review", check 74) (session 45, gcn45a).

A former value is the count's when the count is dated by the former time: its year or decade
dates the number's own clause ("population of Coalbrook in the 1950s" for "once had 12,000
residents in the 1950s", "In 1990, the mill once employed 3,000"; the merge's mend). Review
rv46m held that to the number's clause and to a time led by a word of time: the sentence's
other clauses ("which closed in 1998"), a name's digits ("Terminal 3", "the 1960s estate") and
a decade for its first year date nothing, and a former plan, promise or belief ("once promised
40,000 homes by 2020") or a denial ("never once had") still frames the number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.text.vocabulary import MONTH_NUMBER
from ..page.tokens import SINGULAR_POSSESSIVES, Token, tokenize, word_set
from .frame_phrases import asked_whether, former_time, relative_aside, used_to
from .numbers import NumberMention

# Words in the number's own clause, before it, that make it a hope's or a former value ("hope
# the marchers will number", "once numbered").
_FRAMES = word_set("hope hopes hoped hoping hopeful once formerly")
# Words that end the stretch read before the number: another clause ("after 350 volunteers
# signed up", "as 2,000 runners set off") or the number said of now ("now number 900").
_STOPS = word_set(
    "after because since while when whereas but although though as and now today currently"
)
_KINDS = {"once": "a former value", "formerly": "a former value"}
# The count's own words that name a frame: such a count asks for the framed number (whole
# words: "pastors", "priorities" and "hopefuls" name none, review rv45d).
_NAMED = word_set(
    "hope hopes hoped hoping hopeful once former formerly earlier previous previously prior past"
    " peak height heyday"
)
# The first word of a yes-no question ("Will the marchers ... number 10,000?").
_ASKING = word_set(
    "will would can could do does did is are was were has have had might may shall should"
)
# Conjunctions that may open a yes-no question ("So will ...?", "But could ...?").
_LEADS = word_set("so but and yet then")
# Words of a rhetorical question, which states its clause ("Did you know 4,000 volunteers ...?").
_FACTIVE = word_set(
    "know knew wonder surprise surprising surprised believe realise realize remember"
)
# Words after a "once" of a former time ("once had 120 pupils", "once numbered 40,000"; any
# "-ed" form too); before any other word it is a conjunction ("once cobalt had slid to $10")
# or "once again", "once more".
_ONCE_VERBS = word_set("had has was were is are held counted numbered boasted housed")


def framed_count(
    tokens: Sequence[Token], mention: NumberMention, fact: object, text: str
) -> str:  # fmt: skip
    """What frames the count's number as not stated now ("a hope", "a former value", "a
    question"), or "" when nothing does, or the count (``fact``) names the frame itself or
    is marked projected ("The club hopes it could be ready in about five years"). Only the
    number's own clause is read, back to the last comma, colon or semicolon or another
    clause's word: "Pupils ..., whose parents had hoped it would stay open, now number 64"
    keeps its 64."""
    if getattr(fact, "projected", False):
        return ""
    what = str(getattr(fact, "what", "") or "")
    words = [t.norm for t in tokenize(what.replace("-", " "))]
    if not words or any(w in _NAMED for w in words):
        return ""
    if _asked(tokens, text):
        return "asked in a question, not stated"
    if _clause_start(tokens, mention.first, text):
        return ""  # "The school once had 120 pupils; today 31 pupils attend it"
    index = mention.first - 1
    aside = _asides(tokens, mention, text)
    while index >= 0 and not _stop(tokens, index):
        word = tokens[index].norm
        if word in _FRAMES and index not in aside and _framing(tokens, index, mention, text):
            if word not in _KINDS:
                return "a hope"
            if _intent(tokens, index):
                return "a former plan"  # "once promised 40,000 new homes a year by 2020"
            if not dated_former(tokens, index, mention, what, text):
                return _KINDS[word]
            # dated by the count's own time: "once had 12,000 residents in the 1950s" is the
            # 1950s' population (a merge's mend, review rv46m); a hope before it still frames
        phrase = used_to(tokens, index, mention, text) or former_time(tokens, index, mention, text)
        if phrase and index not in aside and not dated_former(tokens, index, mention, what, text):
            return "a former value"  # "used to employ 3,000", "in its heyday" (gc54)
        if asked_whether(tokens, index, mention, words) and not _definite(tokens, mention):
            return "asked in a question, not stated"  # "asked whether 10,000 marchers had"
        if _clause_start(tokens, index, text):
            if index and former_time(tokens, index - 1, mention, text):
                return "a former value"  # "In its heyday, the festival drew 100,000"
            skipped = relative_aside(tokens, index, text)  # "the scheme, which opens in June,"
            if skipped is None:
                break
            index = skipped
            continue
        index -= 1
    return ""


def _stop(tokens: Sequence[Token], index: int) -> bool:
    """Whether the word at ``index`` ends the stretch read before the number: a stop word,
    but the "as" of "as many as" (a bound of the number itself)."""
    if tokens[index].norm not in _STOPS:
        return False
    if tokens[index].norm != "as":
        return True
    near = {t.norm for t in tokens[max(index - 1, 0) : index + 2]}
    return not near & {"many", "few", "much"}


def _clause_start(tokens: Sequence[Token], index: int, text: str) -> bool:
    return index == 0 or any(c in text[tokens[index - 1].end : tokens[index].start] for c in ",;:")


_ASIDE = re.compile("\\([^()]*\\)|[\u2013\u2014][^\u2013\u2014]*[\u2013\u2014]")


def _asides(tokens: Sequence[Token], mention: NumberMention, text: str) -> set[int]:
    """The tokens before the number inside a closed bracket or a pair of dashes: an aside
    that frames nothing of the clause ("Meridian Health (formerly Clarke Group) employs
    2,300", review rv45d), though the clause reads on past it ("hope (weather permitting)
    20,000 will come")."""
    spans = [m.span() for m in _ASIDE.finditer(text, 0, tokens[mention.first].start)]
    return {
        at
        for at, token in enumerate(tokens[: mention.first])
        if any(start < token.start < end for start, end in spans)
    }


# Words before a "hope" that make it a noun ("fresh hope for", "the hopes of", "high hopes").
_NOUN_LEADS = word_set(
    "the a an no little new fresh high faint slim renewed real every any some their his her its"
    " our your my whose great false last"
)
# Words after a noun "hope" that open what is hoped ("hopes of a 20,000 crowd", "the hope that").
_CONTENTS = word_set("of for that")
# Nouns after a number that name a mark hoped for ("hope to pass the 20,000 mark").
_MARKS = word_set("mark target barrier milestone threshold level")
# Prepositions after a participle ("once owned by", "formerly known as", "once reserved for").
_PARTICIPLE_PREPS = word_set("by as for to in at on with from under into")
_STATES = word_set("had has was were is are")
# Verbs that link a predicative "hopeful" to the hoping subject ("are still hopeful that").
_LINKING = word_set(
    "be is are was were been being remain remains remained stay stays stayed seem seems seemed"
    " feel feels felt appear appears appeared sound sounded"
)
_DETERMINERS = word_set("the a an its their this that his her")


def _framing(tokens: Sequence[Token], index: int, mention: NumberMention, text: str) -> bool:
    """Whether the frame word at ``index`` frames the number (review rv45d): not a capitalised
    name ("the Cape of Good Hope"), not a "once" or "formerly" of a participle or adjective that
    describes the count's thing ("The mill once owned by the Duke employs 40 staff", "The once
    abandoned station handles 9,000"), not a hope whose number is a definite one it is about
    ("hope the 12,000 signatures collected so far will persuade"), nor a noun "hope" whose
    number is not what is hoped ("carry the hopes of 12,000 travelling fans", "fell short of
    organisers' hopes with only 3,000", "Hope Hospital ... treated 212")."""
    token = tokens[index]
    if token.capitalised and index > 0:
        return False
    if token.norm in _KINDS:
        return not _idle_once(tokens, index) and not _participle(tokens, index)
    if _definite(tokens, mention):
        return False
    if token.norm == "hopeful":  # "is hopeful that", not "A hopeful crowd of 5,000" (rv54n)
        return bool(_LINKING & _norms(tokens[max(index - 3, 0) : index]))
    if token.norm in {"hope", "hopes"} and _noun(tokens, index, text):
        if "that" in _norms(tokens[index + 1 : index + 3]):
            return True  # "the hope is that 500 volunteers will"
        after = tokens[index + 1].norm if index + 1 < len(tokens) else ""
        then = tokens[index + 2].norm if index + 2 < mention.first else ""
        return (after == "for" and then != "the") or (after == "of" and bool(then))
        # "hopes for 3,000 sales", "hopes of a 20,000 crowd"; not "the hopes of 12,000 fans"
    return True


def _norms(tokens: Sequence[Token]) -> set[str]:
    return {t.norm for t in tokens}


def _noun(tokens: Sequence[Token], index: int, text: str) -> bool:
    """Whether the "hope" at ``index`` is a noun: first in the sentence, or after a
    determiner, an adjective of hope or a possessive ("organisers' hopes")."""
    if index == 0:
        return True
    before = tokens[index - 1]
    tail = text[before.end : before.end + 1]
    owner = tail in {"'", "\u2019"} or before.text.lower().endswith(SINGULAR_POSSESSIVES)
    return owner or before.norm in _NOUN_LEADS


def _definite(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """Whether the number is a definite one the sentence takes as given ("the 210 new nurses
    recruited this year"), not a mark ("the 20,000 mark")."""
    before = mention.first - 1
    if before < 0 or tokens[before].norm != "the":
        return False
    after = tokens[mention.last + 1 : mention.last + 3]
    return not any(t.norm in _MARKS for t in after)


def _participle(tokens: Sequence[Token], index: int) -> bool:
    """Whether "once"/"formerly" at ``index`` qualifies a participle or an adjective of the
    count's thing, not a verb of its former state: "the once abandoned station", "once owned
    by", "formerly known as"; not "once had", "once counted as many as 40"."""
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is None or after.norm in _STATES or after.norm in _INTENTS:
        return False  # "once had", "once planned to build 500 homes" (review rv46m)
    if index and tokens[index - 1].norm in _DETERMINERS:
        return True  # "the once abandoned station"
    prep = tokens[index + 2].norm if index + 2 < len(tokens) else ""
    if prep not in _PARTICIPLE_PREPS:
        return False
    beyond = tokens[index + 3].norm if index + 3 < len(tokens) else ""
    return not (prep == "as" and beyond in {"many", "few", "much"})


def _asked(tokens: Sequence[Token], text: str) -> bool:
    """Whether the sentence is a yes-no question: it opens with an auxiliary and ends with a
    question mark (outside any closing quotation mark)."""
    if tokens and tokens[0].norm in _LEADS:  # "So will 50,000 visitors really come?" (gc54)
        tokens = tokens[1:]
    if not tokens or tokens[0].norm not in _ASKING:
        return False
    if len(tokens) > 2 and tokens[1].norm in {"it", "you"} and _FACTIVE & _norms(tokens[2:6]):
        return False  # "Is it any wonder that 60,000 ...?", "Did you know ...?" (rv45d)
    tail = text[tokens[-1].end : tokens[-1].end + 3].strip()
    return tail.startswith("?")


def _idle_once(tokens: Sequence[Token], index: int) -> bool:
    """A "once" that names no former time: one before no verb of a former state ("once again",
    "once more", a conjunction: "once cobalt had slid to $10 a pound", check 79)."""
    if tokens[index].norm != "once":
        return False
    after = tokens[index + 1].norm if index + 1 < len(tokens) else ""
    return after not in _ONCE_VERBS and not after.endswith("ed")


# Verbs after "once"/"formerly" of what was planned, promised or believed, not held: the
# number is a plan's or a claim's at any time ("once promised 40,000 new homes a year by
# 2020", "once expected the mine to produce 2 million tonnes in 2015"; review rv46m).
_INTENTS = word_set(
    "promised pledged vowed planned aimed expected predicted forecast projected claimed hoped"
    " intended targeted wanted proposed envisaged thought believed reckoned"
)
# Words before the frame in its clause that deny what follows ("never once had", "It is a
# myth that the village once had"; after it they bound the number: "once had no fewer than").
_DENIALS = word_set("never not no nor myth untrue false")
_MODALS = word_set("would will could should might may can shall")
# Words before a year that make it the time its clause is of ("in the 1950s", "during 1944",
# "between 1920 and 1935", "c. 1900", "back in 1987"), and the words between them.
_TIME_LEADS = word_set(
    "in during between by until till through throughout from around circa c about before since"
    " back on"
)
# The first words of a sentence's opening that date its main clause ("In 1965 the mill, then
# the town's biggest employer, once had 3,000 staff", "At its peak in 1965, the mill once").
_OPENERS = _TIME_LEADS | {"at"}
_TIME_FILLERS = word_set("the its their early late mid") | set(MONTH_NUMBER)  # "in March 1990"
_RANGE_JOINS = word_set("and to")
# Words that end the number's clause after it ("workers who had arrived in 1910").
_RELATIVES = word_set("who which whose where that")


def _intent(tokens: Sequence[Token], index: int) -> bool:
    """Whether the "once"/"formerly" at ``index`` is of a plan, a promise or a belief."""
    return index + 1 < len(tokens) and tokens[index + 1].norm in _INTENTS


def _year(tokens: Sequence[Token], at: int, text: str) -> tuple[str, bool] | None:
    """The year (or decade: "1950s", "1950's") the token at ``at`` names, or None."""
    token = tokens[at]
    if not (token.is_number and token.norm.isdigit() and 3 <= len(token.norm) <= 4):
        return None
    after = tokens[at + 1] if at + 1 < len(tokens) else None
    gap = text[token.end : after.start] if after else " "
    return token.norm, bool(after and after.norm == "s" and gap in {"", "'", "\u2019"})


def _day(token: Token) -> bool:
    """Whether the token is a day of the month's number ("on 4 July 1990")."""
    return token.norm.isdigit() and len(token.norm) <= 2


def _led(tokens: Sequence[Token], at: int) -> bool:
    """Whether the year at ``at`` is led by a word of time ("in the early 1900s"), or is the
    second of a range ("between 1920 and 1935"): no modifier of a noun ("the 1960s estate",
    "Terminal 3", "its 2026 season")."""
    back = at - 1
    while back >= 0 and (tokens[back].norm in _TIME_FILLERS or _day(tokens[back])):
        back -= 1  # "in the early 1900s", "on 4 July 1990"
    if back < 0:
        return False
    if tokens[back].norm in _RANGE_JOINS:
        return back > 0 and tokens[back - 1].is_number
    return tokens[back].norm in _TIME_LEADS


def _segment(tokens: Sequence[Token], first: int, text: str) -> range:
    """The tokens from ``first`` to the next comma, colon or semicolon."""
    last = first + 1
    while last < len(tokens) and not _clause_start(tokens, last, text):
        last += 1
    return range(first, last)


def _bare_time(tokens: Sequence[Token], span: range, text: str) -> bool:
    """Whether the tokens of ``span`` are a time phrase and nothing else ("In 1990", "Back in
    the 1950s"): one set off by commas dates the clause beside it."""
    words = [tokens[at] for at in span]
    if not words or words[0].norm not in _TIME_LEADS:
        return False
    plain = _TIME_LEADS | _TIME_FILLERS | _RANGE_JOINS | {"s"}
    return all(
        t.norm in plain or _year(tokens, at, text) for at, t in zip(span, words, strict=True)
    )


def dated_former(
    tokens: Sequence[Token], frame: int, mention: NumberMention, what: str, text: str
) -> bool:  # fmt: skip
    """Whether the count asks for the former number's time: a year or decade of its words
    (``what``) dates the number's own clause, led by a word of time, in the clause, in a time
    phrase set off beside it ("In 1990, the mill once employed 3,000") or in the sentence's
    opening for its main clause ("In 1965 the mill, then the biggest employer, once had");
    not another clause's ("Harwick, founded in 1840, once had 9,000", "once had 600 pupils,
    and in 1975 it had 45 teachers"), a name's ("Terminal 3", "the 1960s Haldane estate"), a
    decade's year ("in 1950" for "in the 1950s"), nor past a denial or a modal ("never once
    had", "once claimed the arena would seat 25,000 by 2015"). Review rv46m of the merge's
    mend."""
    spelled = what.replace("-", " ")
    named = tokenize(spelled)
    times = {y for at in range(len(named)) if (y := _year(named, at, spelled))}
    if not times or any(t.norm in _MODALS for t in tokens[frame + 1 : mention.first]):
        return False
    start = frame
    while start > 0 and not _clause_start(tokens, start, text) and not _stop(tokens, start - 1):
        start -= 1
    if any(t.norm in _DENIALS or t.norm.endswith("n't") for t in tokens[start:frame]):
        return False
    end = mention.last + 1
    while end < len(tokens) and not _clause_start(tokens, end, text):
        if _stop(tokens, end) or tokens[end].norm in _RELATIVES:
            break
        end += 1
    spans = [range(start, end)]
    if start > 0 and _clause_start(tokens, start, text):
        back = start - 1
        while back > 0 and not _clause_start(tokens, back, text):
            back -= 1
        spans.append(range(back, start))
    if end < len(tokens) and _clause_start(tokens, end, text):
        spans.append(_segment(tokens, end, text))
    opening = _segment(tokens, 0, text)
    if (
        opening.stop <= start
        and tokens[0].norm in _OPENERS
        and tokens[start].norm not in _RELATIVES
        and _clause_start(tokens, start, text)
    ):  # the sentence's opening dates its main clause, not a relative one ("In 2024 the
        spans.append(opening)  # town, which once had 40,000 residents, counted 11,500")
    return any(
        (span is spans[0] or span is opening or _bare_time(tokens, span, text))
        and _year(tokens, at, text) in times
        and _led(tokens, at)
        for span in spans
        for at in span
    )


__all__ = ["dated_former", "framed_count"]
