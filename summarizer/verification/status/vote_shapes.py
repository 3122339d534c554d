"""A vote told by the shape of its sentence rather than by a vote word (outside checks 66 and
67, vote-wording cause, session 30), for :mod:`kind_wordings`.

The ``vote`` vocabulary (:mod:`..events.status_cues`) holds the words that name a vote
("vote", "ballot", "election", "approved"). Pages also tell a vote by what it did or how it
came out, and a careful fact-checker reads each of these as a vote:

- *elected*: someone chosen by voters or a chamber ("was elected prime minister by the House",
  "was narrowly re-elected", "Parliament elected Anutin"); not the adjective ("elected
  officials", "the newly elected mayor said") nor a choice of one's own ("the minister elected
  to resign");
- *run-off*: "went into a run-off", "the runoff"; not water's ("storm-water run-off", "run-off
  from the tailings dam", "glacial run-off ... of the city's water");
- *round*: an ordinal round with a share of the vote in its sentence ("In the first round
  Simion led with 40.96 percent"); not a round "of" anything (talks, vaccinations, the
  playoffs: a round of voting names its vote word anyway);
- *abstained*: "11 abstaining", "China abstained", "three abstentions"; not "abstained from",
  "abstaining for 40 days";
- *tally*: two sides counted ("124 in favour, none against", "30 opposed, 12 abstaining"), or
  a margin "by nine to two"; not in a poll's or survey's sentence ("Of the 2,000 people
  asked");
- *majority*: a verb of deciding carried "by" or "with" a majority ("endorsed it by a large
  majority", "carried by a majority of 61"); not "a majority of residents";
- *chamber*: a chamber, its members or an electorate as the subject of a verb of deciding
  ("the Sejm backed the government", "Lawmakers backed the budget", "Voters on Sunday
  narrowly rejected"); not "backed away", a person's backing, the chamber's officer
  ("Parliament's speaker rejected"), nor a poll's electorate.

A court's or a bench's majority stays a vote: the project reads a court's ruling as one
(:func:`..events.shared_acts.ruling_cues`; reviewed by rvv30, session 30).

:mod:`kind_wordings` drops a span that is negated, threatened or intended (its ``_clear``).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import SINGULAR_POSSESSIVES, Token, word_set

_AUX = word_set("was were been is are be being get gets got getting has have had")
_ADJECTIVE_BEFORE = word_set(
    """the a an his her its their our your my this that these those newly recently freshly
    democratically popularly locally directly"""
)
_ELECTED_PEOPLE = word_set(
    """official officials representative representatives leader leaders member members
    government governments lawmaker lawmakers legislator legislators politician politicians
    body bodies council councils assembly assemblies mayor mayors president presidents
    councillor councillors councilor councilors office offices post posts position positions"""
)
_ELECTED = word_set("elected reelected elects reelects")
_WATER = word_set(
    """water rain rainwater storm stormwater surface agricultural farm fertiliser fertilizer
    sewage chemical toxic mine flood snowmelt melt nutrient pesticide glacial meltwater"""
)
# Waters anywhere in a run-off's sentence make it water's ("... 70 percent of the city's water").
_WATERS = word_set(
    "water river rivers lake lakes creek creeks reservoir reservoirs groundwater aquifer"
)
_ORDINALS = word_set("first second third fourth final opening decisive deciding last")
_SHARE = word_set("percent per % pct")
_ABSTAINED = word_set("abstained abstaining abstain abstains abstention abstentions")
_SIDES = word_set("favour favor against opposed abstaining abstained abstentions abstention")
_COUNTED_WORDS = word_set(
    "none nobody one two three four five six seven eight nine ten eleven twelve dozen"
)
_POLLS = word_set("poll polls survey surveys respondents polling pollster pollsters")
# "Of the 2,000 people asked": people asked for a view, a poll with no poll word.
_ASKED = word_set("asked questioned surveyed sampled interviewed polled")
_ASKED_PEOPLE = word_set(
    "people adults those voters residents citizens women men parents workers households"
)
_DECIDING = word_set(
    """backed endorsed approved rejected passed adopted elected reelected confirmed chose
    ratified carried defeated voted impeached ousted overrode"""
)
_CHAMBERS = word_set(
    """parliament senate house assembly congress legislature chamber sejm bundestag knesset
    duma rada diet storting riksdag folketing eduskunta dail majlis sabha voters electorate
    electors delegates shareholders lawmakers legislators mps senators deputies councillors
    councilors peers"""
)
# Words between a chamber and its verb that leave the chamber the subject ("Voters on Sunday
# narrowly rejected", "Deputies again backed").
_BETWEEN = _AUX | word_set(
    """again also then on sunday monday tuesday wednesday thursday friday saturday once
    finally"""
)
_CHAMBER_VERBS = _DECIDING - word_set("passed carried returned voted")
# What after a chamber's verb makes it no decision of the chamber: "backed away", "confirmed
# that the hall would close", "rejected claims".
_BACKED_OFF = word_set(
    """away down off out that claims reports accusations allegations suggestions criticism"""
)
_WITHIN = 8  # words from a verb of deciding to its "by a ... majority"


def _elected(tokens: Sequence[Token], norms: Sequence[str], index: int) -> bool:
    """ "elected" as the verb of a vote, not the adjective nor a choice of one's own."""
    back = index - 1
    if back >= 0 and norms[back] == "re":
        back -= 1
    while back >= 0 and norms[back].endswith("ly") and norms[back] not in _ADJECTIVE_BEFORE:
        back -= 1  # "was narrowly elected"
    following = norms[index + 1] if index + 1 < len(norms) else ""
    if back >= 0 and norms[back] in _AUX:
        return True  # "was elected", "has been re-elected"
    if (back >= 0 and norms[back] in _ADJECTIVE_BEFORE) or following in _ELECTED_PEOPLE:
        return False  # "the newly elected mayor", "elected officials"
    if (back < 0 and following in ("", ",")) or following == "not":
        return False  # "the minister elected not to attend"
    if following == "to" and index + 2 < len(norms):
        after = tokens[index + 2]
        return after.capitalised or norms[index + 2] in ("the", "a", "an", "parliament", "office")
    return True  # "Parliament elected Anutin", "voters elected a new assembly"


def _run_off(tokens: Sequence[Token], norms: Sequence[str], index: int) -> bool:
    norm = norms[index]
    joined = norm == "run" and index + 1 < len(norms) and norms[index + 1] in ("off", "offs")
    if norm not in ("runoff", "runoffs") and not (joined and tokens[index + 1].joined):
        return False
    after = index + 2 if joined else index + 1
    if norms[after : after + 1] in (["from"], ["into"]):
        return False  # "run-off from the tailings dam", "runoff into the bay"
    return _WATER.isdisjoint(norms[max(index - 3, 0) : index]) and _WATERS.isdisjoint(norms)


def _round(norms: Sequence[str], index: int) -> bool:
    """An ordinal round in a sentence with a share of the vote, not a round of another
    thing ("the second round of talks")."""
    if norms[index] != "round" or not index or norms[index - 1] not in _ORDINALS:
        return False
    if _SHARE.isdisjoint(norms):
        return False
    # "the second round of talks", "of vaccinations", "of the playoffs": a round of another
    # thing (a round "of voting" or "of the election" is told by its vote word anyway)
    return norms[index + 1 : index + 2] != ["of"]


def _sided(tokens: Sequence[Token], norms: Sequence[str]) -> int:
    """How many sides the sentence counts: a number, or "none", in the three words before a
    side ("124 delegations in favour", "none against", "11 abstaining")."""
    sides = 0
    for index, norm in enumerate(norms):
        if norm not in _SIDES:
            continue
        before = range(max(index - 3, 0), index)
        if any(
            tokens[i].is_number or norms[i] in _COUNTED_WORDS for i in before if norms[i] != ","
        ):
            sides += 1
    return sides


def _majority(norms: Sequence[str], index: int) -> bool:
    """A verb of deciding carried "by" or "with" a majority in the words after it."""
    after = norms[index + 1 : index + 1 + _WITHIN]
    for at, norm in enumerate(after):
        if norm == ",":
            return False
        if norm in ("by", "with") and "majority" in after[at + 1 : at + 5]:
            ahead = after[at + 1 : at + 5]
            of = ahead.index("of") if "of" in ahead else -1
            # not "with the majority of members"; but "by a majority of 61" is its margin
            return of < 0 or (of + 1 < len(ahead) and _counted(ahead[of + 1]))
    return False


def _counted(norm: str) -> bool:
    """A count written in figures or as a small number word ("61", "nine")."""
    return norm[:1].isdigit() or norm in _COUNTED_WORDS


def _chamber_subject(tokens: Sequence[Token], norms: Sequence[str], index: int) -> bool:
    """A chamber or an electorate in the three words before a verb of deciding ("the Sejm
    backed", "voters in Ireland rejected", past "on Sunday", "-ly" adverbs and auxiliaries:
    "Voters on Sunday narrowly rejected"), the verb not "backed away", the chamber not the
    owner of the one deciding ("Parliament's speaker rejected")."""
    if norms[index] not in _CHAMBER_VERBS or not _BACKED_OFF.isdisjoint(
        norms[index + 1 : index + 5]
    ):
        return False
    back = index - 1
    while back >= 0 and (norms[back] in _BETWEEN or norms[back].endswith("ly")):
        back -= 1
    for at in range(back, max(back - 3, -1), -1):
        if norms[at] == ",":
            return False
        if norms[at] in _CHAMBERS:
            return not tokens[at].text.endswith(SINGULAR_POSSESSIVES)
    return False


def _by_margin(norms: Sequence[str], index: int) -> bool:
    """ "by nine to two", "by 52 to 47": a margin of votes at ``index`` (the "by")."""
    after = norms[index + 1 : index + 4]
    return len(after) == 3 and _counted(after[0]) and after[1] == "to" and _counted(after[2])


def _shape_at(tokens: Sequence[Token], norms: Sequence[str], index: int, counted: bool) -> bool:
    """Whether a one-word shape of a vote stands at ``index``: "elected", a run-off, a round,
    an abstention, or (``counted``: in no poll's sentence) a verb of deciding
    carried by a majority or said of a chamber, or a margin "by nine to two"."""
    norm = norms[index]
    if norm in _ELECTED:
        return _elected(tokens, norms, index)
    if norm in _ABSTAINED:  # not "abstained from meat", "abstaining for 40 days"
        return norms[index + 1 : index + 2] not in (["from"], ["for"], ["during"], ["until"])
    if counted and norm == "by" and _by_margin(norms, index):
        return True
    if (
        counted
        and norm in _DECIDING
        and (_majority(norms, index) or _chamber_subject(tokens, norms, index))
    ):
        return True
    return _run_off(tokens, norms, index) or _round(norms, index)


def vote_spans(tokens: Sequence[Token], norms: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) of each shape of a vote in one sentence (see the module); ``norms`` with
    "," where a clause ends, ``tokens`` aligned with them."""
    found: list[tuple[int, int]] = []
    counted = _POLLS.isdisjoint(norms) and not any(  # sides, majorities, chambers: no poll's
        norm in _ASKED and norms[i - 1] in _ASKED_PEOPLE for i, norm in enumerate(norms) if i
    )
    if counted and _sided(tokens, norms) >= 2:
        first = next(i for i, norm in enumerate(norms) if norm in _SIDES)
        found.append((first, first + 1))
    found += [(i, i + 1) for i in range(len(norms)) if _shape_at(tokens, norms, i, counted)]
    return found


__all__ = ["vote_spans"]
