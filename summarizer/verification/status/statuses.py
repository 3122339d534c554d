"""The ``status`` support kind: an enumerated value (a summit's status, a truce's status or kind, a
party's stance, a measure's status, an event's kind) must be *worded* in the fact's own evidence.

Each value has a small vocabulary of cue phrases (:data:`CUES`, below) a reader would accept
as saying that value in any outlet's style: wire ("has been put on hold"), state media
("postponed indefinitely"), live blog ("the summit is off"), translated copy ("no plans for a
meeting"). A value is supported when one of the sentences of its evidence holds a cue for it
that is

- not negated: none of the three words before the cue is a negation ("has not been
  cancelled", "never agreed", "denied that it was postponed", "has yet to be scheduled");
  a cue that is itself a negative phrase ("no plans", "not necessary") is read as written;
- not contradicted: for a value that a later turn of events undoes (a summit ``proposed``,
  ``scheduled`` or ``under_way``; a truce ``proposed``, ``agreed`` or ``in_effect``), the
  same sentence has no un-negated cue of a value that undoes it ("the planned summit has
  been put on hold" does not support ``scheduled``);
- about this fact, when it is worded as an earlier one: a ``held`` cue marked as earlier
  ("had previously held a summit in Alaska", "last met", "last week") supports ``held`` only
  in a sentence that also names the fact's own place
  or timing; otherwise it is the earlier meeting of a fact about the next one;
- its own: a status word qualifying another noun ("the upcoming commemoration"), a bare
  modal after the thing itself ("the package would lower the cap"), a call ("held a phone
  call") or an agreement not made ("the proposed deal", "the agreement has not been signed")
  is not the fact's (:mod:`summarizer.verification.status.status_scope`);
- not an intention: for a value that states what has happened, an infinitive after a verb of
  intention ("agreed to start the ceasefire"), "to be" before the cue, or "if"/"unless" after
  it in its clause make it a prospect; "refused to agree" negates.

A value with no cue is unconfirmed or contradicted: :mod:`status_support` decides which.
``unclear`` and ``other`` say that the article does not settle the value, so they have no
wording to find and are not checked. A truce's ``full`` kind is the plain word: a truce word
("ceasefire", "truce", "halt") that no narrower kind's word qualifies ("energy ceasefire").

A stance's cue whose subject is another party is not the fact's ("Ukraine accepted what
Russia rejected": :mod:`stance_owners`). Not caught: a cue in reported speech the article
disputes; a value worded but wrong in degree (``in_doubt`` for ``on_hold`` if both are said).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, partial
from typing import Any

from ..context import Context
from ..days.month_words import month_may
from ..events.status_calls import SAYING, absent, extra_status_cues, opposition_body
from ..events.status_cues import (
    ASPECT,
    INTENTIONS,
    MET,
    PERIODS,
    VOCABULARIES,
    plans_this_one,
)
from ..events.truce_kinds import FULL_WORDS
from ..page.tokens import Token, marked_norms, tokenize, word_set
from ..page.word_memo import by_words
from ..people.names import find_phrase
from .cue_occasions import foreign_cue
from .cue_starts import cue_starts
from .stance_instead import wanted_instead
from .stance_owners import not_owned
from .status_denials import denied as denied_claim
from .status_denials import gainsaid, negated
from .status_forms import (
    about_others,
    asked_to,
    extra_cues,
    not_a_cue,
    still_to_come,
)
from .status_readings import AHEAD, ahead, coordinated_past, reading_cues
from .status_scope import (
    GAP,
    NEGATIONS,
    ahead_of_meeting,
    another_subject,
    belongs_elsewhere,
    clause_after,
    for_purpose,
    halted_fighting,
    undated,
    unmade,
    word_matches,
)

NOT_CHECKED = frozenset({"unclear", "other"})


# A later turn of events undoes these values when worded in the same sentence.
UNDONE_BY: dict[str, dict[str, tuple[str, ...]]] = {
    "SummitStatus": {
        value: ("on_hold", "postponed", "cancelled")
        for value in ("proposed", "scheduled", "under_way")
    },
    "MeasureStatus": {value: ("lifted",) for value in ("imposed", "in_force", "announced")},
    "CeasefireStatus": {
        "proposed": ("rejected", "collapsed"),
        "agreed": ("rejected", "collapsed"),
        "in_effect": ("collapsed", "expired"),
    },
}
# A cue whose "…" skips over a cue of one of these values does not count ("after Trump
# postponed a planned meeting" is no "after … meeting" of a held one).
SKIPS: dict[str, dict[str, tuple[str, ...]]] = {
    "SummitStatus": {"held": ("on_hold", "postponed", "cancelled", "scheduled", "proposed")},
}
_SCOPE_ENDS = word_set("but however instead rather although though while ,")
_EARLIER = word_set("previously earlier ago prior")
_CONDITIONS = word_set("if unless")
# Words that make a cue a prospect, not a fact ("will agree only if", "is expected to be
# signed", "could lift", "threatened to strike"), for values that state what has happened.
_MODALS = word_set(
    "will would could may might should expected hopes hoped threatened threatens due set likely "
    "poised scheduled slated supposed if unless whether toward towards"
)
_THREATS = word_set("threatened threatens threatening vowed vows warned if unless whether")
PROSPECTIVE = {
    "SummitStatus": frozenset({"proposed", "scheduled", "in_doubt"}),
    "CeasefireStatus": frozenset({"proposed"}),
    "MeasureStatus": frozenset({"proposed", "threatened", "vote_expected"}),
    "Stance": frozenset(
        {"supports", "supports_with_conditions", "awaiting_answer", "skeptical", "rejects"}
    ),
    "CeasefireKind": frozenset({"energy_infrastructure", "sea", "air", "local", "humanitarian"}),
}
"""Values that are themselves a prospect (or a kind, which a prospect has too): a modal
before their cue is part of the wording. An event's kind is a prospect only after a threat
("threatened to strike"): "the crossing will reopen" is still a reopening."""
# Words right after a cue that show it applies to something else than the measure ("Slovakia
# lifted its veto", "eased its opposition").
_REPORT_NOUNS = word_set("reports report claims claim suggestions rumours rumors allegations")
_OTHER_OBJECTS = {
    ("MeasureStatus", "lifted"): word_set(
        "veto objection objections reservation reservations opposition blockade hold"
    ),
    # "held a phone call", "spoke with Putin by phone": a call is no meeting in person.
    ("SummitStatus", "held"): word_set("phone telephone call calls"),
    # "dismissed reports that it had agreed": a report refused, not the truce (session 14).
    ("Stance", "rejects"): _REPORT_NOUNS,
    ("CeasefireStatus", "rejected"): _REPORT_NOUNS,
}
_FULL = FULL_WORDS
# Prefixes of truce words (a tuple for str.startswith).
_TRUCE_WORDS: tuple[str, ...] = ("ceasefire", "cease", "truce", "armistice", "halt", "stop")
_TRUCE_WORDS += ("moratorium", "pause", "freez", "hostilit", "fighting", "front")


@cache
def _phrases(family: str, value: str) -> tuple[tuple[str, ...], ...]:
    return parse_phrases(VOCABULARIES.get(family, {}).get(value, ""))


def parse_phrases(text: str) -> tuple[tuple[str, ...], ...]:
    """A phrase list as the vocabularies write it ("|" between phrases, "…" a short gap)."""
    return tuple(tuple(p.split()) for p in text.replace("\n", " ").split("|") if p.strip())


def match_at(phrase: Sequence[str], norms: Sequence[str], index: int, gap: int = GAP) -> int | None:
    """The index after the phrase when it starts at ``index``, else None; a "…" skips up to
    ``gap`` words."""
    position = index
    for step, word in enumerate(phrase):
        if word == "…":
            following = phrase[step + 1]
            for skip in range(position, min(position + gap + 1, len(norms))):
                if word_matches(following, norms[skip]):
                    position = skip
                    break
            else:
                return None
            continue
        if position >= len(norms) or not word_matches(word, norms[position]):
            return None
        position += 1
    return position


@cache
def _first_words(
    family: str, value: str
) -> tuple[dict[str, tuple[int, ...]], tuple[tuple[str, int], ...], tuple[int, ...]]:
    """The value's cue phrases by their first word, as phrase numbers: exact first words, word
    stems ("cancel*"), and phrases that open with a gap (tried everywhere). A sentence is then
    read once, trying at each word only the phrases that can start there, instead of every
    phrase at every word (this rule was over half of grounding's time)."""
    exact: dict[str, list[int]] = {}
    stems: list[tuple[str, int]] = []
    anywhere: list[int] = []
    for number, phrase in enumerate(_phrases(family, value)):
        first = phrase[0]
        if first == "…":
            anywhere.append(number)
        elif first.endswith("*"):
            stems.append((first[:-1], number))
        else:
            exact.setdefault(first, []).append(number)
    return {w: tuple(n) for w, n in exact.items()}, tuple(stems), tuple(anywhere)


# The phrase numbers that can start at a word, per (family, value) and word: a sentence's
# words recur across the values and facts checked against it.
_STARTING: dict[tuple[str, str], dict[str, tuple[int, ...]]] = {}


@by_words  # a pure reader of the words: answers kept by value (word_memo)
def cues_in(
    family: str, value: str, norms: Sequence[str], denied: bool = False
) -> list[tuple[int, int]]:
    """(start, end) of every un-negated cue of the value in one sentence's words, phrase by
    phrase in vocabulary order, each phrase's from the sentence's start; with ``denied``,
    every cue in a claim the sentence denies instead (:mod:`status_denials`)."""
    kept = partial(_in_denied, norms) if denied else partial(_asserted, norms)
    phrases = _phrases(family, value)
    exact, stems, anywhere = _first_words(family, value)
    starting = _STARTING.setdefault((family, value), {})
    hits: list[tuple[int, int, int]] = []
    for index in cue_starts(exact, stems, anywhere, norms):  # (only where a phrase may start)
        numbers = starting.get(norm := norms[index])
        if numbers is None:
            numbers = (
                *exact.get(norm, ()), *(n for stem, n in stems if norm.startswith(stem)), *anywhere
            )  # fmt: skip
            if len(starting) < 20_000:
                starting[norm] = numbers
        for number in numbers:
            phrase = phrases[number]
            end = match_at(phrase, norms, index)
            if (
                end is not None
                and kept(index, end, phrase)
                and not unmade(norms, index, end, phrase)
                and not not_a_cue(norms, index, end, family)
                and not gainsaid(norms, phrases, phrase, index, end, match_at)
            ):
                hits.append((number, index, end))
    extras = (*extra_cues(family, value, norms), *extra_status_cues(family, value, norms))
    for index, end in (*extras, *reading_cues(family, value, norms)):
        if kept(index, end, norms[index:end]):
            hits.append((len(phrases), index, end))
    hits.sort()
    return [(index, end) for _, index, end in hits]


def _asserted(norms: Sequence[str], start: int, end: int, phrase: Sequence[str]) -> bool:
    return not negated(norms, start, end, phrase)


def _in_denied(norms: Sequence[str], start: int, end: int, phrase: Sequence[str]) -> bool:
    return phrase[0] not in NEGATIONS and denied_claim(norms, start, end)


def _prospect(family: str, value: str, norms: Sequence[str], start: int, end: int) -> bool:
    """A modal (for an event kind, a threat) in the three words before a cue of a value that
    states what has happened, back to a word that opens a new claim; for other kinds, also an
    infinitive of intention ("agreed to start the ceasefire", "plans to impose", not "began
    to take hold") or a condition after it in its clause ("will be lifted if")."""
    if value in PROSPECTIVE.get(family, ()):
        return False
    words = _THREATS if family == "EventKind" else _MODALS
    if family != "EventKind":
        back = start - 1
        while back > 0 and norms[back] in ("be", "have", "been"):
            back -= 1
        # "to be enforced" is an infinitive; a bare "to" is one after a verb of intention
        # ("agreed to start"), a preposition otherwise ("referred to committee").
        infinitive = back > 0 and norms[back] == "to" and norms[back - 1] not in ASPECT
        if infinitive and (back < start - 1 or norms[back - 1] in INTENTIONS):
            return True
        if infinitive and asked_to(norms, back):
            return True  # "failed to convince Congo to accept", not "persuaded Congo to"
        if not _CONDITIONS.isdisjoint(clause_after(norms, end, 10)):
            return True
    reach = 5 if norms[start] in ("at", "during") else 4  # "due to be agreed at a meeting"
    for index in range(start - 1, max(start - reach, -1), -1):
        if norms[index] in _SCOPE_ENDS:
            return False
        if norms[index] in words and not month_may(norms, index):
            return not coordinated_past(norms, index, start)  # (a month: "in May", "May 13")
    return False


def _of_other(family: str, value: str, norms: Sequence[str], start: int, end: int) -> bool:
    if another_subject(family, value, norms, start, end):
        return True
    others = _OTHER_OBJECTS.get((family, value), frozenset())
    return any(n in others for n in norms[end : end + 4])


def _plain_truce(norms: Sequence[str]) -> bool:
    """A truce word called full ("a full ceasefire", "a complete halt"), or one that no
    narrower kind's word qualifies in the three words before it or the six after it ("an
    energy ceasefire", "a halt to strikes on energy infrastructure", "a truce at sea")."""
    for index, norm in enumerate(norms):
        if not (norm.startswith(_TRUCE_WORDS) or halted_fighting(norms, index)):
            continue  # "suspended all military operations" (check 24)
        before = norms[max(index - 3, 0) : index]
        if any(word in _FULL for word in before):
            return True
        around = [*before, *undated(norms[index + 1 : index + 7])]  # "began on Christmas Eve"
        if not any(
            cues_in("CeasefireKind", kind, around) for kind in VOCABULARIES["CeasefireKind"]
        ):
            return True
    return False


def _names_place(fact: Any, tokens: Sequence[Token]) -> bool:
    """The sentence names the fact's own place or its own time ("last week" for a meeting
    whose timing is "last week"): then its earlier meeting is this fact's."""
    for field in ("planned_location", "place", "planned_timing"):
        where = getattr(fact, field, None)
        text = where.split(",")[0] if isinstance(where, str) else ""
        if text.strip() and find_phrase(text, tokens):
            return True
    return False


def _own_words(fact: Any) -> frozenset[str]:
    """The words of a meeting's parties and place, which may name it ("the Busan summit")."""
    parts = [str(p) for p in getattr(fact, "parties", None) or []]
    parts.append(str(getattr(fact, "planned_location", None) or ""))
    return frozenset(t.norm for part in parts for t in tokenize(part))


def _earlier(norms: Sequence[str]) -> bool:
    """A sentence about an earlier meeting: "had previously held", "met two years ago",
    "last met"."""
    for index, norm in enumerate(norms):
        following = norms[index + 1 : index + 2]
        if absent(norms[max(index - 4, 0) : index]):
            continue  # "despite pulling out of an earlier round": the one left, not this one
        if norm in _EARLIER and not plans_this_one(norms, index):
            return True
        if norm == "last" and following and following[0] in PERIODS:
            if index and norms[index - 1] in SAYING:
                continue  # "Psaki said last month the summit was ...": the saying's time
            return True
        if norm == "last" and following and following[0] in MET:
            return True
    return False


# The words' normal forms with a "," wherever punctuation parts two clauses: a negation or a
# modal does not reach across it ("would not disarm, rebuffing the plan").
_clause_norms = marked_norms


def _later_clause(family: str, value: str, norms: Sequence[str], start: int, end: int) -> bool:
    """A truce's cue of what has happened in a clause still to come ("before the ceasefire
    comes into force"; :func:`status_forms.still_to_come`) or aimed at ("to ensure")."""
    if family != "CeasefireStatus":
        return False
    if value in PROSPECTIVE[family]:
        return False
    return still_to_come(norms, start, end) or for_purpose(norms, start)


def undoing(family: str, undone: Sequence[str], norms: Sequence[str]) -> str | None:
    """The value whose cue undoes this one, if the clause has one that is not about other
    people (:func:`status_forms.about_others`), nor "the opposition said" (a body of people),
    nor, for a truce or a measure, a prospect ("the truce is due to expire": still on)."""
    for other in undone:
        for start, end in cues_in(family, other, norms):
            if about_others(norms, start, end) or opposition_body(norms, start):
                continue
            if family == "SummitStatus" or not _prospect(family, other, norms, start, end):
                return other
    return None


def worded(
    family: str, raw: str, ctx: Context, heads: dict[int, int] | None = None, denied: bool = False
) -> str:
    """Whether the fact's evidence words ``raw``: "yes", "earlier" (only of an earlier
    meeting) or "no"; with ``heads``, only in each sentence's first ``heads[index]`` norms;
    with ``denied``, whether it words it only in a claim it denies (a prospect included:
    "denied the summit would be cancelled"). The reading :func:`status_support.
    support_status` gives its verdict by."""
    undone = UNDONE_BY.get(family, {}).get(raw, ())
    earlier_only = False
    for index in ctx.sentences:
        tokens = ctx.article.sentence_tokens(index)
        norms = clause_norms(ctx, index)
        norms = norms if heads is None else norms[: heads.get(index, 0)]
        if family == "CeasefireKind" and raw == "full":
            if _plain_truce(norms):
                return "yes"
            continue
        found = [
            (s, e) for s, e in cues_in(family, raw, norms, denied)
            if (denied or not _prospect(family, raw, norms, s, e))
            and not _of_other(family, raw, norms, s, e)
            and not belongs_elsewhere(family, norms, s, e)
            and not _later_clause(family, raw, norms, s, e)
            and not foreign_cue(family, raw, ctx.fact, ctx.article, index, norms, s, e)
        ]  # fmt: skip
        if family == "Stance" and raw == "supports" and found:
            refused = cues_in(family, "rejects", norms)
            owned = [
                c for c in refused if not not_owned(family, ctx.fact, ctx.article, index, norms, *c)
            ]
            found = wanted_instead(norms, found, owned)
        if not found:
            continue
        if undoing(family, undone, norms):
            continue
        skipped = [
            c for other in SKIPS.get(family, {}).get(raw, ()) for c in cues_in(family, other, norms)
        ]
        found = [(s, e) for s, e in found if not any(s < a < e for a, _ in skipped)]
        if raw in AHEAD:  # "is hosting a summit on Sunday", "already" beside "will come into"
            found = [
                (s, e) for s, e in found if not absent(norms[s:e]) and not ahead(raw, norms, s, e)
            ]
        if not found:
            continue
        if raw == "held":
            own = _own_words(ctx.fact)
            found = [(s, e) for s, e in found if not ahead_of_meeting(norms, s, e, own)]
            if not found:
                continue
        if raw == "held" and _earlier(norms) and not _names_place(ctx.fact, tokens):
            earlier_only = True
            continue
        return "yes"
    return "earlier" if earlier_only else "no"


def clause_norms(ctx: Context, index: int) -> list[str]:
    """One evidence sentence's norms as the cues read them; once per article, since every
    status field of every fact asks."""
    key = ("clause norms", index)
    norms: list[str] | None = ctx.article.memo.get(key)
    if norms is None:
        norms = ctx.article.memo[key] = _clause_norms(
            ctx.article.sentence_tokens(index), ctx.article.text
        )
    return norms


__all__ = ["NOT_CHECKED", "UNDONE_BY", "VOCABULARIES"]
__all__ += ["clause_norms", "cues_in", "match_at", "parse_phrases", "undoing", "worded"]
