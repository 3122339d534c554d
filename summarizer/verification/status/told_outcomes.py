"""A deal's announcement and an election's vote told by their outcome (an outside check,
session 24: check 51's cause 2). Reports of trade deals and elections rarely use the schema's
word: a deal is "reached", "agreed" or "struck", an election is told by its seats. Read only
when no cue words the value (:func:`status_support.support_status`):

- ``deal-reached``: a measure ``announced`` where a past verb of concluding ("reached",
  "agreed", "struck", "sealed", "clinched", "concluded", "finalised", "signed") has a deal
  noun ("deal", "agreement", "framework", "accord", "pact") as its object in the four words
  after it ("agreed a trade framework on Sunday"), or where the deal noun is its subject in a
  passive ("a deal was reached on July 30", "the accord, sealed in Geneva"); or a fact box's
  line naming one party and then the verb and a day ("South Korea: reached July 30.",
  "Britain: agreed 8 May"). Not: the verb under a negation, a modal, an aim or a need in its
  clause ("hopes to reach", "failed to reach", "is expected to be agreed", "no deal was
  reached", "yet to be finalised"), an infinitive after it ("agreed to seek a deal"), talks
  between ("agreed talks on a deal"), nor a deal "sought" or "under negotiation" (no verb of
  concluding).
- ``seat-result``: an event of kind ``vote`` told by an election's seats: a number of seats
  (or of votes) won, taken, secured, lost or retained ("the Liberal Democrats took 72 seats",
  "won 185 votes in the runoff"), or a lead or
  a holding in the count ("the electoral commission had the Coalition ahead in 74 seats",
  "was leading in 86 seats", "has at least 77 seats"; a holding only beside a count or an
  "at least"). Not in a poll's or a forecast's sentence ("a Resolve poll had the Coalition
  ahead in 74 seats", "projections put Labor ahead"), nor under a modal, a need or an aim
  ("is expected to win 77 seats", "needs 76 seats to govern", "would keep 70 seats").
- ``share-result``: an event of kind ``vote`` told by a share won ("Karol Nawrocki won 50.89
  percent", "the CDU/CSU took 28.5 per cent", "the No side won about 60 percent"), by the
  same bounds (no poll, forecast, modal or aim: "a poll had him winning 40 percent", "hopes
  to win 30 percent").
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import MONTHS, NUMBER_WORDS, WEEKDAYS
from ..context import Context, Result
from ..figures.spoken_decimals import PERCENT_WORDS
from ..page.tokens import BE_FORMS, word_set
from .status_denials import denied
from .statuses import clause_norms

# --- deal-reached ---------------------------------------------------------------------------
_CONCLUDED = word_set(
    """reached agreed struck sealed clinched concluded finalised finalized inked signed
    secured"""
)
_DEALS = word_set(
    """deal deals agreement agreements framework frameworks accord accords pact pacts
    arrangement arrangements understanding"""
)
_NOT_CONCLUDED = word_set(
    """not never no yet to be will would could may might should shall must expected hopes
    hope hoped hoping aims aim seeks seek sought trying tries failed fails if unless whether
    once until before close nearer near set due likely poised wants want wanted without
    can cannot didn't hasn't haven't wasn't weren't"""
)
_TALKS = word_set("talks negotiations discussions work efforts steps")
_WITH = word_set("with between")
_PASSIVE_BETWEEN = BE_FORMS | word_set("has have had now finally formally already also")
_MONTHS = frozenset(MONTHS)
_DAYS = _MONTHS | frozenset(WEEKDAYS) | word_set("yesterday today")
_PREPOSITIONS = word_set("on in")
_RELATIVE = word_set("last this")
_PERIODS = frozenset(WEEKDAYS) | word_set("week month weekend")
# --- seat-result ----------------------------------------------------------------------------
_SEATS = word_set("seats seat")
_VOTES = word_set("votes")
_UNITS = _SEATS | _VOTES
_WON = word_set(
    """won wins took takes secured secures captured captures gained gains lost loses retained
    retains claimed claims picked grabbed swept snatched winning taking"""
)
_LEADING = word_set("ahead leading leads led")
_HOLDING = word_set("has have had holds held holding")
_COUNTED = word_set(
    """counted count counting results result tally electoral election commission declared
    returning"""
)
_FORECASTS = word_set(
    """poll polls polling pollster pollsters survey surveys projection projections projected
    forecast forecasts forecasting forecaster forecasters predicted predicts prediction model
    modelling modeling estimate estimates"""
)
_SHARE_WON = word_set("won wins took takes secured garnered received captured claimed")
_ABOUT = word_set("about nearly almost just over under some roughly around more less than")
_MOVES = word_set("lower higher off up down drop fall rise gain loss")
_BOARDS = word_set("board boards committee committees panel panels")
# What a share won is of, when it is a vote's ("of the vote", "of the ballots cast").
_BALLOTS = word_set("vote votes ballot ballots poll electorate")
_COMPARED = word_set("more fewer less higher lower")
_UNWON = word_set(
    """will would could may might should must expected hopes hope aims aim needs need needed
    require requires required to if unless whether target targets likely set not never"""
)


def told_outcome(family: str, raw: str, ctx: Context) -> Result | None:
    """Supported where the module's shape for the value stands in an evidence sentence; None
    where none does (the caller's verdict stands)."""
    if family == "MeasureStatus" and raw == "announced":
        reader = deal_reached
    elif family == "EventKind" and raw == "vote":
        reader = _result
    else:
        return None
    if any(reader(clause_norms(ctx, index)) for index in ctx.sentences):
        return True, ""
    return None


def _result(norms: Sequence[str]) -> bool:
    return seat_result(norms) or share_result(norms)


def deal_reached(norms: Sequence[str]) -> bool:
    """The module's ``deal-reached`` in one sentence's clause norms."""
    for index, norm in enumerate(norms):
        if norm not in _CONCLUDED or _unconcluded(norms, index) or denied(norms, index, index + 1):
            continue  # "Beijing denied that a deal had been reached"
        if _labelled(norms, index):
            return True  # "South Korea: reached July 30."
        after = norms[index + 1 : index + 5]
        if after[:1] == ["to"] or not _TALKS.isdisjoint(after):
            continue  # "agreed to seek a deal", "agreed talks on a deal"
        if "," in after:
            after = after[: after.index(",")]
        deal = next((i for i, word in enumerate(after) if word in _DEALS), None)
        if deal is not None:
            if "no" in after[:deal]:
                continue  # "had reached no agreement with Washington"
            return True  # "agreed a trade framework", "struck a deal"
        if _deal_subject(norms, index):
            return True  # "a deal was reached", "the accord, sealed in Geneva"
    return False


def _unconcluded(norms: Sequence[str], verb: int) -> bool:
    """A negation, modal, aim or need in the four words before the verb in its clause."""
    for index in range(verb - 1, max(verb - 5, -1), -1):
        if norms[index] == ",":
            return False
        if norms[index] in _NOT_CONCLUDED:
            return True
    return False


def _labelled(norms: Sequence[str], verb: int) -> bool:
    """A fact box's line: a short label (one to four words) and its mark, then the verb
    and a day ("South Korea: reached July 30", "Japan: agreed on 22 July", "UK: agreed last
    week"; not "Duties: agreed in principle")."""
    if verb < 2 or norms[verb - 1] != "," or "," in norms[: verb - 1] or verb > 5:
        return False
    day = norms[verb + 1 : verb + 4]
    if day[:1] and day[0] in _PREPOSITIONS:
        day = day[1:]  # "on 22 July", "in May"
    if day[:1] and day[0].isdigit():
        return day[1:] != [] and day[1] in _MONTHS  # "agreed 22 July"
    if day[:1] and day[0] in _RELATIVE:
        return day[1:] != [] and day[1] in _PERIODS  # "last week"
    return day[:1] != [] and day[0] in _DAYS


def _deal_subject(norms: Sequence[str], verb: int) -> bool:
    """A deal noun as the verb's subject in a passive or a participle after it ("a deal was
    reached", "the agreement reached on July 30", "the accord, sealed in Geneva", "the deal
    with Washington, reached July 30"), with no "no" before the noun."""
    back = verb - 1
    while back >= 0 and (norms[back] in _PASSIVE_BETWEEN or norms[back] == ","):
        back -= 1
    if back >= 0 and norms[back] not in _DEALS:  # over the deal's partners: "with Washington"
        partners = range(back - 1, max(back - 5, -1), -1)
        tie = next((i for i in partners if norms[i] in _WITH), None)
        back = tie - 1 if tie is not None and "," not in norms[tie:back] else -1
    if back < 0 or norms[back] not in _DEALS:
        return False
    return "no" not in norms[max(back - 3, 0) : back]


def seat_result(norms: Sequence[str]) -> bool:
    """The module's ``seat-result`` in one sentence's clause norms."""
    if _UNITS.isdisjoint(norms) or not _FORECASTS.isdisjoint(norms):
        return False
    counted = not _COUNTED.isdisjoint(norms)
    for index, norm in enumerate(norms):
        if norm not in _UNITS or not index or not _number(norms[index - 1]):
            continue
        if norms[index + 1 : index + 2] == ["on"] and not _BOARDS.isdisjoint(
            norms[index + 2 : index + 6]
        ):
            continue  # "won two seats on the company's board": no election's
        for verb in range(index - 2, max(index - 9, -1), -1):
            word = norms[verb]
            if word == ",":
                break
            held = word in _HOLDING and (counted or "least" in norms[verb:index])
            if norm in _VOTES and word not in _WON:
                continue  # "won 185 votes"; not "had 185 votes", "leading by 900 votes"
            if word in _WON or word in _LEADING or held:
                if _UNWON.isdisjoint(norms[max(verb - 4, 0) : verb]):
                    return True
                break
    return False


def share_result(norms: Sequence[str]) -> bool:
    """The module's ``share-result``: a verb of winning right before a share of the vote
    ("won 50.89 percent", "took 28.5 per cent", "won about 60 percent"), outside a poll's or a
    forecast's sentence and not under a modal or an aim."""
    if not _FORECASTS.isdisjoint(norms):
        return False
    for index, norm in enumerate(norms):
        if norm not in _SHARE_WON or not _UNWON.isdisjoint(norms[max(index - 4, 0) : index]):
            continue
        at = index + 1
        while at < len(norms) and norms[at] in _ABOUT:
            at += 1  # "won about 60 percent", "took more than 40 percent"
        if at >= len(norms) or not _decimal(norms[at]):
            continue
        unit = 1 if norms[at + 1 : at + 2] and norms[at + 1] in PERCENT_WORDS else 0
        unit = unit or (2 if norms[at + 1 : at + 3] == ["per", "cent"] else 0)
        rest = norms[at + unit + 1 :]
        if not unit or not _MOVES.isdisjoint(rest[:3]) or not _COMPARED.isdisjoint(rest[:1]):
            continue  # not a price's move ("took 5 percent lower"), nor "30 percent more"
        if rest[:1] == ["of"] and _BALLOTS.isdisjoint(rest[1:5]):
            continue  # "took 20 percent of the market", "won 70 percent of its games"
        return True
    return False


def _decimal(norm: str) -> bool:
    return norm.replace(".", "", 1).isdigit()


def _number(norm: str) -> bool:
    return norm.replace(",", "").isdigit() or norm in NUMBER_WORDS or norm == "majority"


__all__ = ["deal_reached", "seat_result", "share_result", "told_outcome"]
