"""Statuses worded by the act, not by a status word (check 45): a meeting said to have done
something, a summit that opened, an accord its parties signed in a city, a side said to be
reconsidering, a body that agreed (decided, voted) to act or said it would put a levy on
goods. Each reader takes one sentence's tokens and reads the grammar around the act:

- ``held``: a participle of meeting right after its subject ("ministers meeting in Vilnius",
  "presidents gathered in Asuncion") whose clause goes on with a past verb ("approved",
  "signed"), not a modal, "will" or "are expected to"; a past start ("opened on Monday",
  "began in Arusha", "got under way", "kicked off") with no "will", "due to", "to have" before
  it and not "opened the way", "began preparations"; a text signed or initialled in a named
  place, not "to be signed", "will sign", "hope to initial", "signed in March";
- ``in_doubt``: a side reconsidering, rethinking, having second thoughts, or weighing whether
  to go, not negated ("is not reconsidering", "denied having second thoughts");
- ``announced`` (a measure): a past decision verb with an infinitive of a measure verb
  ("agreed to ban", "voted to freeze", "resolved to extend"), not negated or in a modal
  ("failed to agree to", "may decide to") and not "agreed to consider"; "said it would put
  (place, slap, levy) ... <measure noun>" by a speaker who is no commentator.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import MONTHS
from ..context import Context
from ..events.status_cues import COMMENTATORS, MEASURE_VERBS, SPEECH
from ..page.tokens import Token, clause_gap, word_set
from .done_acts import TEXTS as SIGNED_TEXTS
from .done_acts import act_object
from .status_denials import negated
from .status_scope import any_of

_PARTICIPLES = word_set("meeting gathered gathering convening assembled huddling")
_PAST_ACTS = word_set(
    "agreed approved adopted endorsed signed decided pledged vowed voted backed urged "
    "issued announced condemned resolved chose elected named rejected reached struck "
    "launched imposed extended gave warned said declared demanded welcomed ordered"
)
_FUNCTION = word_set(
    "the a an this that its their his her our at in for to of on by with from next first last "
    "annual joint planned proposed possible upcoming has have had was were is are be been as than "
    "instead without before after since while when about against no any"
)
_CLAUSE_ENDS = word_set("and but while whereas although which who after before rather")
_NOT_PAST = word_set("will would could may might shall are is to expected due set plan plans")
_OPENED = word_set("opened began started kicked commenced")
_OPEN_OBJECTS = word_set(
    "way door path prospect possibility preparations preparing planning plans groundwork work "
    "bid effort campaign push process talks_on fire"
)
_SUBORDINATE = word_set("have before until once when if")
_GOING_ON = word_set(
    "are is runs running continues continue continuing will ends closes until through tomorrow"
)
_SIGNED = word_set("signed initialled initialed inked")
_MONTHS = frozenset(MONTHS)
_FUTURE = word_set("will would to be due set expected hope hopes plan plans could may might")
_AHEAD = word_set("will shall due expected")
_MEETING_VERBS = word_set(
    "meet meeting held hold convene gather sign signed initial initialled initialed talk"
)
_TEXTS = word_set(
    "accord accords deal deals agreement agreements pact pacts treaty treaties declaration "
    "memorandum communique text charter protocol"
)
_DECISIONS = word_set("agreed decided resolved voted opted chose moved ordered")
_UNDOING = ("lift*", "eas*", "remov*", "end*", "drop*", "scrap*", "cut*", "reduc*", "lower*")
_PUTTING = word_set("put place slap levy charge apply")
_MEASURE_NOUNS = (
    "tariff*", "dut*", "lev*", "ban", "bans", "sanction*", "curb*", "restriction*", "embargo*",
    "cap", "caps", "surcharge*", "tax", "taxes", "quota*",
)  # fmt: skip
_UNREALISED = word_set(
    """threat threats threatened threatening proposed proposal proposals planned possible
    potential mooted floated"""
)
_THREAT_NOUNS = word_set("threat threats proposal proposals plan plans")
_REALISED = word_set(
    """imposed applied carried enforced implemented took came materialised materialized
    happened collected faced levied"""
)
_UNDONE = word_set("withdrawn scrapped dropped shelved abandoned averted rescinded revoked")
_PARTICIPLES_IRREGULAR = word_set(
    "sold made set cut put bought found brought sent held kept shipped"
)
_HEDGES = word_set("if unless resort should otherwise lest provided")
_PARTS = word_set("session sessions round rounds day leg part second third final closing dinner")
_CALLED_OFF = word_set("postponed cancelled canceled suspended abandoned aborted")
_TOPICS = word_set("question matter issue proposal idea plan vote case pressure")
_STARTS = word_set("began started opened kicked")
_GATES = {
    ("MeasureStatus", "imposed"): _STARTS,
    ("SummitStatus", "held"): _PARTICIPLES | _OPENED | _SIGNED | SIGNED_TEXTS | {"got"},
    ("SummitStatus", "in_doubt"): word_set("second weighing weighed"),
    ("MeasureStatus", "announced"): _DECISIONS | SPEECH,
}


def acted(family: str, raw: str, ctx: Context) -> bool:
    """Whether one sentence of the evidence words the value by its act (see the module)."""
    gate = _GATES.get((family, raw))
    if gate is None:
        return False
    for tokens in ctx.sentence_tokens():
        norms = [t.norm for t in tokens]
        doubt = raw == "in_doubt" and any(n.startswith(("reconsider", "rethink")) for n in norms)
        if gate.isdisjoint(norms) and not doubt:
            continue
        text = ctx.article.text
        signed = raw == "held" and _signed(tokens, text, _own_place(ctx.fact))
        if raw == "held" and (_met_and_acted(tokens) or _opened(norms) or signed):
            return True
        if raw == "in_doubt" and _doubting(norms):
            return True
        if raw == "imposed" and _began_with(norms):
            return True
        if raw == "announced" and (_decided(norms) or _said_put(norms)):
            return True
    return False


def _before(norms: Sequence[str], index: int, words: frozenset[str], reach: int = 3) -> bool:
    return not words.isdisjoint(norms[max(index - reach, 0) : index])


def _met_and_acted(tokens: Sequence[Token]) -> bool:
    """ "ministers meeting in Vilnius on Thursday approved": the participle right after a
    plural subject (not "the meeting", "a meeting"), then a past verb within twelve words
    with no modal or future word on the way."""
    norms = [t.norm for t in tokens]
    for index, norm in enumerate(norms):
        if norm not in _PARTICIPLES or index == 0 or norms[index - 1] in _FUNCTION:
            continue
        before = tokens[index - 1]
        if before.text.endswith(("'", "\u2019")) or before.is_number or before.joined:
            continue  # "the ministers' meeting", "a Trump-Putin meeting"
        for ahead in range(index + 1, min(index + 13, len(norms))):
            if norms[ahead] in _NOT_PAST or norms[ahead] in _CLAUSE_ENDS:
                break  # "rather than meeting, and an official said": another clause
            if norms[ahead] in _PAST_ACTS:
                return True
    return False


def _opened(norms: Sequence[str]) -> bool:
    """A past start ("opened on Monday", "got under way") not after a future or modal word
    ("will open", "was due to begin", "were to have got under way") nor of a way or a plan."""
    for index, norm in enumerate(norms):
        end = index + 1
        if norm == "got" and norms[index + 1 : index + 3] == ["under", "way"]:
            end = index + 3
        elif norm == "kicked" and norms[index + 1 : index + 2] == ["off"]:
            end = index + 2
        elif norm not in _OPENED or norm == "kicked":
            continue
        if _before(norms, index, _FUTURE | _SUBORDINATE) or norms[index - 1 : index] == ["had"]:
            continue  # "before they began", "were to have got under way"
        if not _OPEN_OBJECTS.isdisjoint(norms[end : end + 3]) or not _GOING_ON.isdisjoint(
            norms[end:]
        ):  # "began on Thursday and are running through Friday": under way, not yet held
            continue
        if _halted(norms, end):
            continue  # "opened on Tuesday, was postponed after the first session"
        return True
    return False


def _halted(norms: Sequence[str], end: int) -> bool:
    """The meeting that opened was then called off ("was postponed after the first session"),
    not "was not postponed", "a day after it had been postponed", "after it was postponed
    twice", "a second session was postponed"."""
    for at in range(end, len(norms)):
        if norms[at] not in _CALLED_OFF:
            continue
        before = norms[max(at - 3, end) : at]
        earlier = {"not", "never", "had", "been", "after", "since", "once"} & set(before)
        if earlier or not _PARTS.isdisjoint(norms[end:at]):
            continue
        if before[-1:] in (["was"], ["were"]):
            return True
    return False


def _own_place(fact: object) -> str:
    """The first word of a meeting's own place, lower-cased ("" when it names none)."""
    place = getattr(fact, "planned_location", None)
    words = place.replace(",", " ").split() if isinstance(place, str) else []
    return words[0].lower() if words else ""


def _signed(tokens: Sequence[Token], text: str, own: str = "") -> bool:
    """A text signed in a named place ("signed in Luanda", "signed the declaration in
    Washington"), not a future or hoped-for signing, nor "signed in March". In a sentence
    that tells of something to come, a signing written after the future word, or attached to
    its text ("the accord signed in Nairobi", "The accord, initialled in Nairobi,") is an
    earlier occasion's, not this meeting's act (the session 21 review). A text sealed by a
    verb no list holds ("put their names to a pact in Asuncion", :mod:`done_acts`) counts only
    in the meeting's own place, when the fact names one (session 27)."""
    norms = [t.norm for t in tokens]
    future = _coming(norms)
    for index, norm in enumerate(norms):
        noun = index if norm in _SIGNED else act_object(norms, index, SIGNED_TEXTS)
        if noun is None or _before(norms, index, _FUTURE | {"not", "never"}):
            continue  # "put their names to a pact in Asuncion": a past act on a text (s27)
        attached = index > 0 and (
            norms[index - 1] in _TEXTS or clause_gap(tokens, index - 1, text)
        )  # "the accord signed in", "The accord, initialled in"
        if future and (attached or _coming(norms[:index])):
            return False  # "will meet in Geneva to build on the accord signed in Nairobi"
        for ahead in range(index + 1, min(max(index + 6, noun + 4), len(tokens) - 1)):
            if norms[ahead] == "in":
                place = tokens[ahead + 1]
                named = place.capitalised and place.norm not in _MONTHS and not place.is_number
                if named and (noun == index or not own or place.norm == own):
                    return True
                break
    return False


def _coming(norms: Sequence[str]) -> bool:
    """A meeting or signing still to come ("will meet", "is to be signed", "expected to
    sign"), not "is expected to take effect next month"."""
    for at, norm in enumerate(norms):
        ahead = norm in _AHEAD or (norm == "to" and norms[at + 1 : at + 2] == ["be"])
        if ahead and not _MEETING_VERBS.isdisjoint(norms[at + 1 : at + 4]):
            return True
    return False


def _doubting(norms: Sequence[str]) -> bool:
    for index, norm in enumerate(norms):
        phrase: Sequence[str] = ()
        pair = norms[index : index + 2]
        if norm.startswith(("reconsider", "rethink")):
            phrase = [norm]
        elif pair in (["second", "thoughts"], ["weighing", "whether"], ["weighed", "whether"]):
            phrase = pair
        denied = {"denied", "no", "longer"} & set(norms[max(index - 4, 0) : index])
        if phrase and not denied and not negated(norms, index, index + len(phrase), phrase):
            return True
    return False


def _decided(norms: Sequence[str]) -> bool:
    """ "agreed to ban", "voted to freeze": a past decision verb, "to", a measure verb that is
    not an undoing one ("agreed to lift" is not this measure's announcement)."""
    for index, norm in enumerate(norms[:-2]):
        if norm not in _DECISIONS or norms[index + 1] != "to":
            continue
        verb = norms[index + 2]
        if verb == "put" or verb in _PUTTING or any_of(MEASURE_VERBS, verb):
            if any_of(_UNDOING, verb) or _before(norms, index, _NOT_PAST | {"not", "failed"}):
                continue
            if not negated(norms, index, index + 3, norms[index : index + 3]):
                return True
    return False


def _said_put(norms: Sequence[str]) -> bool:
    """ "said it would put travel bans on": a speech verb, "will"/"would" within four words,
    a verb of putting and a measure noun within six words after it; not a commentator's."""
    for index, norm in enumerate(norms):
        if norm not in SPEECH or any(any_of(COMMENTATORS, n) for n in norms[:index]):
            continue
        for mid in range(index + 1, min(index + 5, len(norms) - 1)):
            if norms[mid] in ("will", "would") and norms[mid + 1] in _PUTTING:
                after = norms[mid + 2 : mid + 6]
                hedged = _hedged(norms[mid + 2 :])  # "only as a last resort", "unless"
                if _TOPICS.isdisjoint(after) and any(any_of(_MEASURE_NOUNS, n) for n in after):
                    return not hedged
    return False


def _unrealised(norms: Sequence[str], at: int, noun: int) -> bool:
    """A measure never made real ("a threat of tariffs", "a proposed duty", "a tariff threat",
    "a levy ... never imposed", "... withdrawn within days"), not one "never lifted"."""
    if not _UNREALISED.isdisjoint(norms[at + 1 : noun]):
        return True
    if not _THREAT_NOUNS.isdisjoint(norms[noun + 1 : noun + 3]):
        return True
    after = norms[noun + 1 : noun + 10]
    for index, word in enumerate(after):
        if word in ("never", "not") and not _REALISED.isdisjoint(after[index + 1 : index + 3]):
            return True
    return not _UNDONE.isdisjoint(after)


def _hedged(norms: Sequence[str]) -> bool:
    """A condition on the measure ("if the talks fail", "unless Seoul backs down", "only as a
    last resort"); not a concession ("even if Beijing retaliates") nor a condition on the
    goods ("if sold below cost")."""
    for at, norm in enumerate(norms):
        if norm not in _HEDGES or norms[at - 1 : at] == ["even"]:
            continue
        after = norms[at + 1] if at + 1 < len(norms) else ""
        if norm == "if" and (after.endswith(("ed", "en")) or after in _PARTICIPLES_IRREGULAR):
            continue
        return True
    return False


def _began_with(norms: Sequence[str]) -> bool:
    """ "a fight that began in July with a 25 percent tariff": a past start "with" a measure
    noun within ten words, not after a future or modal word ("will start with a levy")."""
    for index, norm in enumerate(norms):
        if norm not in _STARTS or _before(norms, index, _FUTURE | {"have"}):
            continue
        after = norms[index + 1 : index + 8]
        if "with" in after:
            at = index + 1 + after.index("with")
            nouns = [
                i
                for i in range(at + 1, min(at + 8, len(norms)))
                if any_of(_MEASURE_NOUNS, norms[i])
            ]
            if nouns and not _unrealised(norms, at, nouns[0]):
                return True  # not "began with a threat of tariffs", "a tariff ... never imposed"
    return False
