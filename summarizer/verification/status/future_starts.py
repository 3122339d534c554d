"""A truce's or a measure's start still to come, read in whichever clause its noun heads, and a
measure given the day it starts (an outside check, session 15). Both read one evidence
sentence's normal forms, with "," where a clause mark stood (:func:`statuses.clause_norms`).

- *A future frame is no start*: "the truce is set to take effect on Sunday", "a ceasefire
  that is due to come into force at midnight", "agreed a ceasefire, which will enter into
  force on Monday", "the truce, due to start at dawn", "sanctions that are to apply from
  Monday", "the levy takes effect on May 19": the truce is not ``in_effect`` and the measure
  not ``in_force`` yet. :mod:`status_pending` reads the main clause of a sentence about the
  truce; this reads the clause whose subject is the truce's or the measure's own noun
  wherever it stands, a relative clause or a participle phrase after the noun included. The
  caller asks only when no evidence sentence words the value ("the truce, which took effect
  on Sunday, is due to be extended" is in effect), so the future is then the only wording of
  the start: the evidence states another status (*unsupported*).
- *A measure with its start day is no proposal*: "said it would impose duties of 30% from
  Tuesday", "announced tariffs that take effect on May 19", "the ban will apply as of 1 June":
  the measure is announced (or imposed), not ``proposed`` (*unsupported*), unless a sentence
  of the evidence calls it a proposal, a draft, a plan or a thing considered ("the proposed
  tariffs would take effect in June" is still proposed) or sets it under a condition ("would
  apply from Monday if talks fail").

Left out: "would" and "should" for the truce (a forecast, or reported before the day came:
"said the truce would take effect on Sunday" stays unconfirmed); a past frame ("was due to
begin", "had been set to take effect": the day may have come); a noun under a preposition
("talks on a truce that will begin Monday") or another thing's noun ("the truce's second
phase will begin"); a start with an object ("will begin its second week"); a question.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache

from ..context import Context
from ..page.tokens import word_set
from .status_denials import called_false
from .status_frames import scheduled_start
from .statuses import clause_norms, match_at, parse_phrases

NOT_YET = "not yet in force"
"""What a future start says instead of the value, for the flag's reason."""

_STARTS = """take effect | takes effect | taking effect | come into force | comes into force |
    coming into force | come into effect | comes into effect | coming into effect |
    enter into force | enters into force | entering into force | go into effect |
    goes into effect | going into effect | go into force | begin | begins | start | starts |
    kick in | kicks in | take hold | takes hold | commence | commences | apply | applies |
    become effective | becomes effective"""
# A measure's own verbs of starting, beside those of a start ("would impose duties from
# Tuesday", "will be levied from June").
_IMPOSING = """impose | imposes | imposing | levy | levied | collect | collected | charge |
    charged | introduce | introduced | enforce | enforced | phase in | phased in | effective"""
_FUTURE = word_set("will shall")
_DUE = word_set("due set expected scheduled slated poised")
_PRESENT_BE = word_set("is are")
_PAST = word_set("was were had would")
_ADVERBS = word_set("not now also still then formally officially fully only finally automatically")
_RELATIVES = word_set("which that")
_CONDITIONS = word_set("if unless whether once provided")
_TRUCE_NOUNS = (
    "ceasefire", "truce", "armistice", "cessation", "pause", "moratorium", "halt",
)  # fmt: skip
_DEALS = word_set("deal deals accord agreement pact")
_MEASURE_NOUNS = (
    "sanction", "tariff", "levy", "levies", "embargo", "ban", "measure", "package", "restriction",
    "curb", "quota", "surcharge", "surtax", "tax", "rule", "regulation", "order", "decree",
    "law", "control",
)  # fmt: skip
_MEASURE_WORDS = word_set("duty duties cap caps fee fees charges penalties")
# Words that may stand inside the noun phrase before the noun ("the new 30 % steel duties").
_NOUN_PHRASE = word_set(
    """the a an this that these those its their his her new full nationwide planned agreed
    announced fresh further additional temporary humanitarian brokered % of"""
)
# Prepositions a truce's noun may stand under as another thing's ("talks on a truce that");
# not "to" ("agreed to a truce that will begin": the truce agreed).
_PREPOSITIONS = word_set(
    "of for on under with about after before during in over toward towards against from"
)
_LINKS = word_set("of on against for from in between with along across")
# Another thing than the truce or the measure ("the truce's second phase", "an extension").
_OTHER = word_set(
    "phase stage extension second third next talks negotiations round withdrawal exchange"
)
# Words after a start that make it a truce already on ("begins its second week").
_OBJECTS = word_set("its their a an the his her")
# Wording that calls a measure a proposal, a plan or a thing considered ("*" is a stem).
_PROPOSAL = (
    "propos", "draft", "consider", "plan", "weigh", "mull", "discuss", "recommend", "suggest",
    "float", "envisag", "moot", "threat", "warn", "urg", "seek", "sought", "want", "possib",
    "potential", "could", "might", "if", "unless", "whether", "consult", "intend", "aim",
)  # fmt: skip
_BILLS = word_set("bill bills legislation act resolution amendment")
# Words after a start that lead to its day ("from Tuesday", "as of 1 June", "on May 19").
_DAY_LEADS = word_set("from on starting beginning effective")
_RATES = word_set("% percent per pc")
_DAYS = word_set(
    """monday tuesday wednesday thursday friday saturday sunday today tomorrow tonight midnight
    noon dawn next january february march april may june july august september october
    november december jan feb mar apr jun jul aug sep sept oct nov dec"""
)


@cache
def _phrases(measure: bool) -> tuple[tuple[str, ...], ...]:
    return parse_phrases(_STARTS + (" | " + _IMPOSING if measure else ""))


def future_start(family: str, raw: str, ctx: Context) -> str | None:
    """:data:`NOT_YET` when an evidence sentence frames the start of the fact's truce (for
    ``in_effect``) or measure (``in_force``) as still to come (see the module)."""
    if (family, raw) not in {("CeasefireStatus", "in_effect"), ("MeasureStatus", "in_force")}:
        return None
    measure = family == "MeasureStatus"
    for index in ctx.sentences:
        if _question(ctx, index):
            continue
        norms = clause_norms(ctx, index)
        for verb, end in _verbs(norms, measure=False):
            if not _CONDITIONS.isdisjoint(norms[:verb]) or called_false(norms, end):
                continue
            if norms[end : end + 1] and norms[end] in _OBJECTS:
                continue  # "will begin its second week": a truce already on
            marker = _frame(norms, verb)
            if marker is None and scheduled_start(norms, verb, end):
                marker = verb  # "the ceasefire, which takes effect on Sunday"
            if marker is not None and _own_subject(norms, marker, measure):
                return NOT_YET
    return None


def dated_measure(ctx: Context) -> bool:
    """Whether the evidence gives the measure the day it starts, and no sentence of it calls
    the measure a proposal, a plan or a thing considered, nor a bill whose text "would" do
    it ("a bill that would impose sanctions from January"; see the module)."""
    instrument = getattr(ctx.fact, "instrument", None)
    if str(getattr(instrument, "value", instrument)) == "bill":
        return False
    sentences = [clause_norms(ctx, index) for index in ctx.sentences]
    if any(n.startswith(_PROPOSAL) or n in _BILLS for norms in sentences for n in norms):
        return False
    for norms in sentences:
        for verb, end in _verbs(norms, measure=True):
            if any(n == "not" or n.endswith("n't") for n in norms[max(verb - 3, 0) : verb]):
                continue
            if _day_after(norms, end) and _measure_near(norms, verb, end):
                return True
    return False


def announced_ahead(ctx: Context) -> bool:
    """Whether the evidence frames the measure's own start as still to come ("the cap is due
    to take effect on 3 September", "tariffs that will apply from August 1"): a measure whose
    day is set has been decided, so ``announced`` (session 26, check 58 cause 3). Not when a
    sentence of the evidence calls it a proposal, a plan, a threat or a thing considered, or
    the measure is a bill (the refusals of :func:`dated_measure`), nor when the start is only
    forecast ("are expected to come into force")."""
    instrument = getattr(ctx.fact, "instrument", None)
    if str(getattr(instrument, "value", instrument)) == "bill":
        return False
    sentences = [clause_norms(ctx, index) for index in ctx.sentences]
    if any(_proposal(n) or n in _BILLS or n in _FORECASTS for norms in sentences for n in norms):
        return False
    if any(_unsettled(norms) for norms in sentences):
        return False  # "subject to approval by member states" (review rvS)
    return future_start("MeasureStatus", "in_force", ctx) == NOT_YET


def _unsettled(norms: Sequence[str]) -> bool:
    """A start that still waits on a decision: "pending a vote", "subject to approval"."""
    return "pending" in norms or any(
        norms[i : i + 2] == ["subject", "to"] for i in range(len(norms) - 1)
    )


# A start forecast, not set: "the duties are expected to come into force next month" says
# nothing of a decision (statuses53's case).
_FORECASTS = word_set("expected expect expects likely poised probably forecast predicted")


def _proposal(norm: str) -> bool:
    """A word of a proposal, a plan or a threat; "floating" is an adjective ("a floating
    price cap"), not "floated the idea"."""
    return norm.startswith(_PROPOSAL) and norm != "floating"


def _verbs(norms: Sequence[str], measure: bool) -> Iterator[tuple[int, int]]:
    for index in range(len(norms)):
        for phrase in _phrases(measure):
            end = match_at(phrase, norms, index)
            if end is not None:
                yield index, end
                break


def _frame(norms: Sequence[str], verb: int) -> int | None:
    """Where a future frame before the start at ``verb`` begins ("will", "is set to", "is
    to", "is going to", a bare "due to" after the noun), over adverbs; None for none, or for
    a past one ("was due to", "had been set to", "would")."""
    back = verb - 1
    while back >= 0 and norms[back] in _ADVERBS | {"be"}:
        back -= 1
    if back < 0:
        return None
    norm = norms[back]
    if norm in _FUTURE or norm.endswith("'ll"):
        return back
    if norm != "to" or back < 1:
        return None
    before = norms[back - 1]
    if before in _PRESENT_BE:
        return back - 1  # "is to take effect"
    if before == "going":
        return back - 2 if back >= 2 and norms[back - 2] in _PRESENT_BE else None
    if before not in _DUE:
        return None
    lead = back - 2
    if lead >= 0 and norms[lead] == "been":
        return None if lead >= 1 and norms[lead - 1] in _PAST else lead - 1  # "has been set to"
    if lead >= 0 and norms[lead] in _PAST:
        return None  # "was due to begin": the day may have come
    return lead if lead >= 0 and norms[lead] in _PRESENT_BE else back - 1  # "the truce, due to"


def _own_subject(norms: Sequence[str], marker: int, measure: bool) -> bool:
    """The frame's subject is the truce's (or the measure's) own noun: right before it, or
    before "which" / "that" or a comma ("a ceasefire, which is set to", "a truce set to", "the
    truce, due to"), not under a preposition and not another thing's ("talks on a truce
    that", "the truce's second phase")."""
    back = marker - 1
    while back >= 0 and norms[back] in _ADVERBS:
        back -= 1
    if back >= 0 and norms[back] in _RELATIVES:
        back -= 1
    if back >= 0 and norms[back] == ",":
        back -= 1
        back = _before_aside(norms, back, measure)  # "the cap, set at $47.60, is due to"
    if back >= 0 and not _own_noun(norms[back], measure):
        back = _linked_noun(norms, back, measure)  # "tariffs of 25% on steel are slated to"
    if back < 0 or not _own_noun(norms[back], measure):
        return False
    while back > 0 and (
        norms[back - 1] in _NOUN_PHRASE
        or norms[back - 1][:1].isdigit()
        or _own_noun(norms[back - 1], measure)
    ):
        back -= 1
    before = norms[max(back - 4, 0) : back]
    if "," in before:
        before = before[len(before) - before[::-1].index(",") :]
    if before and (before[-1] in _PREPOSITIONS or before[-1].endswith("ing")):
        return False  # "talks on a truce that", "extending the truce"
    return _OTHER.isdisjoint(before)


def _before_aside(norms: Sequence[str], back: int, measure: bool) -> int:
    """Over a participle aside set off by commas before the frame ("the price cap, set at
    about $47.60 a barrel, is due to"): the word before the aside's opening comma when the
    aside opens with a past participle and the word ending it is no own noun; ``back``
    otherwise (session 26)."""
    if back < 0 or _own_noun(norms[back], measure):
        return back
    for index in range(back - 1, max(back - 11, 0), -1):
        if norms[index] == ",":
            opener = norms[index + 1]
            return index - 1 if opener == "set" or opener.endswith("ed") else back
    return back


def _linked_noun(norms: Sequence[str], back: int, measure: bool) -> int:
    """The own noun a prepositional phrase ending at ``back`` hangs on ("the ban on Russian
    LNG", "tariffs of 25% on Canadian steel"), within six words and no clause mark; -1 when
    there is none."""
    for index in range(back - 1, max(back - 7, -1), -1):
        if norms[index] in (",", "which", "that"):
            return -1
        if norms[index + 1] in _LINKS and _own_noun(norms[index], measure):
            return index
    return -1


def _own_noun(norm: str, measure: bool) -> bool:
    if measure:
        return norm.startswith(_MEASURE_NOUNS) or norm in _MEASURE_WORDS
    return norm.startswith(_TRUCE_NOUNS) or norm in _DEALS


def _day_after(norms: Sequence[str], end: int) -> bool:
    """A day after a measure's start, in its clause: "from Tuesday", "on May 19", "as of 1
    June", "effective Aug. 1", "starting next week", "from 0600 GMT"; not a rate ("from 25%
    to 30%", "duties of 30%")."""
    after = list(norms[end : end + 9])
    if "," in after:
        after = after[: after.index(",")]
    if norms[end - 1] == "effective" and _day_at(after, 0):
        return True
    for index, norm in enumerate(after[:-1]):
        lead = norm in _DAY_LEADS or (norm == "of" and index and after[index - 1] == "as")
        if lead and _day_at(after, index + 1):
            return True
    return False


def _day_at(words: Sequence[str], index: int) -> bool:
    if index >= len(words):
        return False
    norm = words[index]
    if norm in _DAYS:
        return True
    following = words[index + 1] if index + 1 < len(words) else ""
    return norm[:1].isdigit() and following not in _RATES


def _measure_near(norms: Sequence[str], verb: int, end: int) -> bool:
    """A measure noun near the start: its subject before it ("tariffs that take effect"),
    its object after it ("impose duties of 30% from") or the verb itself ("will levy")."""
    window = norms[max(verb - 8, 0) : end + 6]  # "levy" itself is a measure's noun
    return any(_own_noun(norm, measure=True) for norm in window)


def _question(ctx: Context, index: int) -> bool:
    start, stop = ctx.article.sentences[index]
    return ctx.article.text[start:stop].rstrip().rstrip("\"'\u201d\u2019").endswith("?")


__all__ = ["NOT_YET", "dated_measure", "future_start"]
