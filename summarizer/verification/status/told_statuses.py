"""A status or kind told by what happened, not by the schema's word (an outside check,
session 23: check 47's cause 1, "a status, stance or kind that the text gives without the
schema's word"). Each shape is read from the sentence's structure, only where its cue words
stand in an evidence sentence (a precomputed word set first):

- ``tally``: an event told as a vote by its count. Two numbers each followed by a word of a
  vote's side ("388 votes in favour, 121 against", "402 for and 133 against"); or two numbers
  joined as a score ("6-3", "54 to 41", "11 votes against 4") within four words after a verb
  of deciding ("ruled", "split", "backed", "rejected"; not as a state, "are split 48-47", nor
  in a poll's sentence); or a verb of deciding with a way of voting ("carried on the voices",
  "adopted by a show of hands", "by acclamation"). Not under a modal or a need before it
  ("needs 60 votes in favour"), not a score with no verb of deciding ("beat Porto 3-1", "the
  court's 6-3 majority"): ``vote``. "Agreed to, without a division" stays unconfirmed: no vote
  was recorded, and the parliament set reads it as none.
- ``attended``: a meeting told as held by someone's coming to it, in the past: a verb of
  coming or attending ("came to Goa for", "flew to", "arrived in", "attended", "took part
  in", "joined", "participated in", "gathered in", "were in Doha for") with a meeting noun
  after it in its clause, and no modal, intention or negation before it ("will fly", "was due
  to come", "did not attend", "declined to travel"): ``held``.
- ``never-held``: a meeting that "never took place", "did not take place", "never happened",
  "never materialised", "never went ahead", "never came about" or "was never held":
  ``cancelled``, and ``held`` refused. Not: "has not yet taken place" (still to come), a
  meeting moved ("did not take place on Monday as planned but opened on Wednesday"), "had never
  taken place ... before" (a first of its kind).
- ``short-lived``: a truce that "held for only a few days", "lasted barely a week", "survived
  just 48 hours", "held only briefly", "was short-lived": a past verb of lasting (not "has
  held", not a modal) with a word of shortness after it: ``collapsed``, and ``in_effect``
  refused where no other evidence sentence words the truce in effect.
- ``only-area``: a truce limited to a place: a word of restriction ("only", "solely",
  "exclusively", "just"; not after "not") with a verb of coverage before it ("applies only
  to", "covers only", "fall silent only in") or "confined/restricted/limited to", and after it
  a place (a capitalised name that is no day or month, or a noun of area: "front", "district",
  "province", "suburbs"): ``local``, and ``full`` refused. Not "only to air strikes" (no
  place), "not only Darfur", "announced only in Geneva" (no verb of coverage).
- ``one-chamber``: see :mod:`chamber_stages`.
- ``kept-force``: a measure that "stays in force", "remains in effect", that a stay "keeps in
  force" or a pause "leaves in place", or that "continues to apply" or "is still being
  collected": ``in_force`` (a stay of a ruling is no suspension of the measure), and
  ``suspended``/``lifted`` refused where a ruling's stay or pause stands beside it. Not after a
  negation ("no longer remain in force"), under "would"/"could" or before "if"/"unless", nor
  with a ruling as its subject ("the injunction stays in effect": :mod:`unapplied_cues`).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from ..context import Context, Result
from ..days.month_words import month_may
from ..page.tokens import Token, word_set
from .chamber_stages import one_chamber
from .statuses import clause_norms
from .told_bounds import (
    counted_score,
    kept_bounded,
    meeting_unheld,
    only_loose,
    ruling_stayed,
    short_result,
)
from .unapplied_cues import procedure_cue

# --- tally --------------------------------------------------------------------------------
_SIDES = word_set("votes vote favour favor for ayes yeas against noes nays abstentions opposed")
_DECIDING = word_set(
    """ruled rules voted votes split decided decides upheld backed back backs approved
    approves passed passes rejected rejects sided found struck carried defeated
    endorsed endorses adopted adopts agreed overturned threw confirmed dismissed"""
)
_CARRYING = (
    ("on", "the", "voices"),
    ("on", "a", "voice", "vote"),
    ("by", "voice", "vote"),
    ("by", "a", "show", "of", "hands"),
    ("by", "acclamation"),
    ("nem", "con"),
)
_POLLS = word_set("poll polls survey surveys respondents polling pollster voters")
_NEEDS = word_set(
    """will would could may might must should need needs needed require requires required
    expected due if unless hopes hope plans"""
)
# --- attended -----------------------------------------------------------------------------
_CAME = word_set(
    "came flew travelled traveled went arrived attended joined participated took gathered"
)
_BEING = word_set("was were")
_TRAVEL = _BEING | word_set("came flew travelled traveled went arrived gathered")
_MEETINGS = word_set(
    """meeting meetings summit summits talks conference session round gathering forum
    negotiations dialogue consultations"""
)
_NOT_YET = word_set(
    """will would to due expected plans plan planned hopes hope not never declined refused
    invited set going could may might should shall must cannot didn't wasn't weren't"""
)
# --- never-held ---------------------------------------------------------------------------
_NEVER_PAST = word_set("took happened materialised materialized went came")
_DID_BARE = word_set("take happen materialise materialize go come")
_SECOND = {"took": "place", "went": "ahead", "came": "about", "take": "place", "go": "ahead"}
_MOVED = word_set("instead but until before as later rescheduled moved postponed yet")
# --- short-lived --------------------------------------------------------------------------
_LASTED = word_set("held lasted survived endured stood")
_SHORT = word_set("only barely just mere merely scarcely hardly briefly")
_SHORT_PAIRS = (("less", "than"), ("no", "more"), ("not", "more"), ("under",))
_PERFECT = word_set("has have had will would could may might can")
_TRUCES = word_set(
    "ceasefire ceasefires truce truces armistice halt pause lull moratorium cessation"
)
# --- only-area ----------------------------------------------------------------------------
_ONLY = word_set("only solely exclusively just")
_COVERING = word_set(
    """applies apply applied applying covers cover covered covering extends extend holds
    hold held halts halt silent force effect observed valid"""
)
_LIMITED = word_set("confined restricted limited")
# What is limited may be the fighting or a breach, not the truce ("after clashes confined to
# the border", "only to break down in some districts").
_FIGHTING = word_set(
    """fighting shelling strikes attacks clashes hostilities bombing bombardment raids battles
    combat offensive break breaks broke broken collapse collapsed violated violation
    violations breach breaches breached"""
)
_SOME = word_set("some certain several parts part")
_PART_OF = word_set("on in across along")
_WHOLE_LAND = word_set("nationwide countrywide whole entire all country")
_CLAUSE_WORDS = word_set("and but though although while with which that as after when let")
_AREA_NOUNS = word_set(
    """region regions province provinces state district districts front frontier border
    borders area areas zone zones town towns city cities suburbs suburb sector sectors stretch
    county oblast governorate strip valley coast village villages north south east west
    northern southern eastern western central
    enclave territory territories corridor line"""
)
_TIME_NOUNS = word_set(
    """night nights day days week weeks month months year years hour hours morning evening
    time times moment previous last recently once now then"""
)
_NOT_PLACES = word_set(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december the a an"""
)
# --- kept-force ---------------------------------------------------------------------------
_KEEPING = word_set(
    "stay stays stayed remain remains remained leaving left leaves keep keeps kept keeping"
)
_IN_FORCE = (("in", "force"), ("in", "place"), ("in", "effect"))
_GOING_ON = (("continues", "to", "apply"), ("continue", "to", "apply"), ("still", "being"))
_UNKEPT = word_set("no not longer would could might may never cease ceased")
_CUES = _SIDES | _DECIDING | _CAME | _BEING | _LASTED | _ONLY | _LIMITED | _KEEPING
_CUES |= word_set("never did didn't short still continues continue")


def told_early(family: str, raw: str, ctx: Context) -> Result | None:
    """The shapes that come before the status cues' own reading: a measure kept in force (its
    "stay" is no suspension), a short-lived truce (its "held" is no truce in effect), a truce
    limited to a place (no full truce)."""
    if family == "MeasureStatus" and raw in ("in_force", "suspended", "lifted"):
        return _kept_result(raw, ctx)
    if family == "CeasefireStatus" and raw in ("collapsed", "in_effect"):
        shown = [(i, verb) for i in ctx.sentences if (verb := _short_lived(clause_norms(ctx, i)))]
        if shown:
            return short_result(raw, shown, ctx)
    if family == "MeasureStatus" and raw in ("passed_one_chamber", "enacted"):
        return one_chamber(raw, ctx)  # "must still be formally adopted" (chamber_stages)
    kind = family == "CeasefireKind" and raw in ("full", "local")
    if kind and any(_only_area(ctx.article.sentence_tokens(i)) for i in ctx.sentences):
        if raw == "full":
            return False, "its evidence limits the truce to one area: local, not full"
        return True, ""
    return None


def told_late(family: str, raw: str, ctx: Context) -> Result | None:
    """The shapes read when no cue words the value (the module): a tally, a meeting attended
    or never held, a truce that held only briefly."""
    norms_of = [clause_norms(ctx, i) for i in ctx.sentences]
    if not any(not _CUES.isdisjoint(norms) for norms in norms_of):
        return None  # none of the words any shape starts from (a speed gate)
    if family == "EventKind" and raw == "vote":
        tokens_of = [ctx.article.sentence_tokens(i) for i in ctx.sentences]
        text = ctx.article.text
        pairs = zip(norms_of, tokens_of, strict=True)
        if any(_tally(norms, tokens, text) for norms, tokens in pairs):
            return True, ""
    if family == "SummitStatus" and raw in ("held", "cancelled"):
        never = any(_never_held(norms) for norms in norms_of)
        if never:
            return (
                (True, "")
                if raw == "cancelled"
                else (False, "its evidence says it never took place")
            )
        if raw == "held" and any(_attended(norms) for norms in norms_of):
            return True, ""
    return None


def _clause_before(norms: Sequence[str], index: int) -> Sequence[str]:
    back = index - 1
    while back >= 0 and norms[back] != ",":
        back -= 1
    return norms[back + 1 : index]


def _tally(norms: Sequence[str], tokens: Sequence[Token], text: str) -> bool:
    """The module's ``tally`` (``norms`` with clause marks, ``tokens`` without)."""
    words = [token.norm for token in tokens]
    numbers = [i for i, token in enumerate(tokens) if token.is_number]
    if numbers and not _NEEDS.isdisjoint(words[: numbers[0]]):
        return False
    sided = [i for i in numbers if not _SIDES.isdisjoint(words[i + 1 : i + 3])]
    if len(sided) >= 2:
        return True
    for first, second in pairwise(numbers):
        between = words[first + 1 : second]
        if between in (["votes", "to"], ["votes", "against"]):
            return True  # "by 11 votes against 4"
        joined = tokens[second].joined or between == ["to"]
        if joined and _decided(words, first) and not counted_score(tokens, second, text):
            return True  # "ruled 6-3", "backed the measure 54 to 41"
    for index, norm in enumerate(norms):
        if norm not in _DECIDING or not _NEEDS.isdisjoint(_clause_before(norms, index)):
            continue
        after = [n for n in norms[index + 1 : index + 10] if n != ","]
        for way in _CARRYING:
            if any(tuple(after[k : k + len(way)]) == way for k in range(len(after))):
                return True
    return False


def _decided(words: Sequence[str], first: int) -> bool:
    """A verb of deciding in the four words before a score, not as a state ("are split 48-47")
    nor in a poll's sentence."""
    if not _POLLS.isdisjoint(words):
        return False
    for verb in range(max(first - 4, 0), first):
        if words[verb] in _DECIDING and words[verb - 1 : verb] not in (["is"], ["are"], ["were"]):
            return True
    return False


def _attended(norms: Sequence[str]) -> bool:
    """The module's ``attended``."""
    for index, norm in enumerate(norms):
        if norm not in _CAME and norm not in _BEING:
            continue
        if norm == "took" and norms[index + 1 : index + 2] != ["part"]:
            continue
        if norm in _BEING and norms[index + 1 : index + 2] != ["in"]:
            continue
        if not _NOT_YET.isdisjoint(_clause_before(norms, index)[-4:]):
            continue
        after = norms[index + 1 : index + 10]
        if "," in after:
            after = after[: after.index(",")]
        begin = index + 1
        if norm in _TRAVEL:  # "came to Goa for the meeting", not "came a day after ..."
            if "for" not in after:
                continue
            begin += after.index("for") + 1
            after = after[after.index("for") + 1 : after.index("for") + 6]
        meeting = next((begin + k for k, n in enumerate(after) if n in _MEETINGS), None)
        if meeting is not None and not meeting_unheld(norms, meeting):
            return True  # not "for talks due to begin on Tuesday" (told_bounds)
    return False


def _never_held(norms: Sequence[str]) -> bool:
    """The module's ``never-held``."""
    for index, norm in enumerate(norms[:-1]):
        if norm == "never" and norms[index - 1 : index] in (["was"], ["were"]):
            verb, end = norms[index + 1], index + 2
            if verb != "held":
                continue
        elif norm == "never" and norms[index + 1] in _NEVER_PAST:
            verb, end = norms[index + 1], index + 2
        elif norm in ("did", "didn't") and norms[index + 1] in _DID_BARE | {"not"}:
            step = index + 2 if norms[index + 1] == "not" else index + 1
            if step >= len(norms) or norms[step] not in _DID_BARE:
                continue
            verb, end = norms[step], step + 1
        else:
            continue
        second = _SECOND.get(verb)
        if second:
            if norms[end : end + 1] != [second]:
                continue
            end += 1
        clause = norms[end:]
        if "," in clause:
            clause = clause[: clause.index(",")]
        if _MOVED.isdisjoint(clause):
            return True
    return False


def _short_lived(norms: Sequence[str]) -> int:
    """The module's ``short-lived``: the verb's index (0 where none; the verb never opens a
    sentence with a truce noun before it)."""
    if _TRUCES.isdisjoint(norms) and not any(n.startswith("ceasefire") for n in norms):
        return 0
    for index, norm in enumerate(norms):
        if norm == "short" and norms[index + 1 : index + 2] == ["lived"]:
            return index if _PERFECT.isdisjoint(_clause_before(norms, index)) else 0
        if norm not in _LASTED or _perfect(norms, index):
            continue
        after = norms[index + 1 : index + 5]
        while after[:1] and after[0] in ("for", "a"):
            after = after[1:]  # "held for a mere three days"
        if after[:1] and after[0] in _SHORT:
            return index
        if any(tuple(after[: len(pair)]) == pair for pair in _SHORT_PAIRS):
            return index
    return 0


def _perfect(norms: Sequence[str], verb: int) -> bool:
    """A perfect or a modal just before the verb ("has held", "could have lasted"), not the
    month ("in May held")."""
    before = [i for i in range(max(verb - 2, 0), verb) if norms[i] in _PERFECT]
    return any(not month_may(norms, i) for i in before)


def _only_area(tokens: Sequence[Token]) -> bool:
    """The module's ``only-area``."""
    words = [token.norm for token in tokens]
    if _ONLY.isdisjoint(words) and _LIMITED.isdisjoint(words) and _SOME.isdisjoint(words):
        return False
    for index, word in enumerate(words):
        if word in _SOME and _part_of_land(tokens, words, index):
            return True
        if word in _LIMITED and words[index + 1 : index + 2] == ["to"]:
            if not _UNKEPT.isdisjoint(words[max(index - 2, 0) : index]):
                continue
            if not _FIGHTING.isdisjoint(words[max(index - 3, 0) : index]):
                continue  # "after clashes confined to the border districts": the fighting's
            if _place(tokens, index + 2):
                return True
        if word not in _ONLY or words[index - 1 : index] == ["not"]:
            continue
        start = index + 1
        if words[start : start + 1] and words[start] in (
            "to",
            "in",
            "along",
            "on",
            "across",
            "within",
            "around",
        ):
            start += 1
        verbs = [k for k in range(max(index - 4, 0), index) if words[k] in _COVERING]
        covered = bool(verbs) and not only_loose(words, tokens, index, verbs[-1])
        if index == 0 or words[index - 1] in ("the",):
            covered = not _COVERING.isdisjoint(words[index + 1 :])
        if covered and _place(tokens, start):
            return True
    return False


def _part_of_land(tokens: Sequence[Token], words: Sequence[str], index: int) -> bool:
    """A truce held in part of the land ("a pause of two or three days on some fronts", "a
    ceasefire is in force in certain areas"): a preposition, a word of part and a noun of area
    in the truce noun's own clause: within eight words after it, with no comma, clause word or
    fighting between, and no word of the whole land in the sentence ("the nationwide ceasefire
    took effect, and aid reached parts of the north" is full; review s23c)."""
    if index == 0 or words[index - 1] not in _PART_OF or not _WHOLE_LAND.isdisjoint(words):
        return False
    ahead = [word for word in words[index + 1 : index + 4] if word not in ("of", "the")]
    if not ahead or (ahead[0] not in _AREA_NOUNS and ahead[0] != "fronts"):
        return False
    for back in range(index - 2, max(index - 10, -1), -1):
        if tokens[back + 1].start > tokens[back].end + 1 or words[back] in _CLAUSE_WORDS:
            return False  # a comma or a clause word between: another clause's place
        if words[back] in _FIGHTING:
            return False
        if words[back].startswith(("ceasefire", "truce", "pause", "halt", "lull", "armistice")):
            return True
    return False


def _place(tokens: Sequence[Token], start: int) -> bool:
    """A place in the five words from ``start``, before a time word ("only the previous night,
    as Prime Minister ...": a time) or a clause's edge: a noun of area, or a capitalised name
    that is no day or month."""
    for index in range(start, min(start + 5, len(tokens))):
        token = tokens[index]
        if token.norm in _TIME_NOUNS:
            return False
        if index > start and token.start > tokens[index - 1].end + 1:
            return False  # a comma or a dash between: past the phrase
        if token.norm in _AREA_NOUNS:
            return True
        if token.capitalised and not token.is_number and token.norm not in _NOT_PLACES:
            return True
    return False


def _kept(norms: Sequence[str]) -> int | None:
    """The module's ``kept-force`` in one sentence's norms: the verb's index."""
    for index, norm in enumerate(norms):
        if norm in _KEEPING:
            after = norms[index + 1 : index + 6]
            hit = any(
                tuple(after[k : k + 2]) == pair for k in range(len(after)) for pair in _IN_FORCE
            )
        elif norm in ("continues", "continue", "still"):
            hit = any(tuple(norms[index : index + len(way)]) == way for way in _GOING_ON)
        else:
            continue
        if not hit or not _UNKEPT.isdisjoint(norms[max(index - 3, 0) : index]):
            continue
        if kept_bounded(norms, index):
            continue  # "had remained in force for a decade" (told_bounds)
        rest = norms[index + 1 :]
        if "," in rest:
            rest = rest[: rest.index(",")]
        if "if" in rest or "unless" in rest:
            continue
        return index
    return None


def _kept_result(raw: str, ctx: Context) -> Result | None:
    kept = [(i, verb) for i in ctx.sentences if (verb := _kept(clause_norms(ctx, i))) is not None]
    kept = [(i, v) for i, v in kept if not procedure_cue(clause_norms(ctx, i), v, v + 1)]
    if not kept:
        return None
    if raw == "in_force":
        return True, ""
    if any(ruling_stayed(clause_norms(ctx, i), verb) for i, verb in kept):
        return False, "its evidence keeps the measure in force: what is paused is a ruling"
    return None


__all__ = ["told_early", "told_late"]
