"""A party's own decision to stop fighting, quoted in the first person, as its agreement
(an outside check, session 14).

'"We have decided to halt all offensive operations from midnight," the army said' is the
army's stance in its own words: it stops fighting, which a fact-checker reads as the party
having agreed to the truce, though no word of agreeing stands there. The reading:

- inside quotation marks, a first-person subject ("we", "our forces", "our side") with a
  commitment ("will", "shall", "have decided to", "have agreed to", "are going to", a
  present "are ending", or a past "have stopped") and a verb of stopping ("stop", "halt",
  "cease", "suspend", "end", "freeze") whose object is the fighting ("operations",
  "attacks", "fire", "hostilities", "strikes"), or a verb of keeping the truce ("respect",
  "observe", "abide by", "honour") whose object is the truce;
- the quotation is the fact's party's: outside the quotation marks, the sentence names that
  party (by any alias, or by its own name for a group or person), and no other party.

Left out: a negated or wavering commitment ("We will not stop until ...", "We will consider
halting"), one made on a condition inside the quotation ("if", "unless", "as long as":
``supports_with_conditions`` reads those), a third person ("They have decided to stop"), and
a first person spoken by someone who names the sides ("the mediator said of the two
armies"). Only ``agreed`` is read so; any other stance keeps its own wording.

A decision undone (review of session 14) is no agreement, whatever word of stopping it
holds: a first-person decision in the past perfect ('"We had decided to halt all
operations," the commander said'), or a past one followed in the same quote by "but",
"yet" or "until" and a past verb ('"We agreed to stop firing, but the enemy shelled our
towns"'): :func:`undone_decision`, when every evidence sentence quotes one. A future
commitment with a "but" after it stays one ('"We will halt operations, but we will answer
any attack"'), as does a past decision with no past turn after it.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..context import Context
from ..page.tokens import Token, word_set
from ..people.names import find_named
from ..people.party_names import party_mentions, party_of, person_part

_OUR_NOUNS = word_set(
    """forces troops fighters side army units men soldiers movement government military
    country people"""
)
_COMMITTING = (
    ("will",),
    ("shall",),
    ("have", "decided", "to"),
    ("has", "decided", "to"),
    ("decided", "to"),
    ("have", "agreed", "to"),
    ("has", "agreed", "to"),
    ("are", "going", "to"),
    ("is", "going", "to"),
    ("will", "now"),
    ("will", "immediately"),
    ("have",),
    ("has",),
    ("are",),
    ("is",),
)
_STOPPING = word_set(
    """stop halt cease suspend end freeze silence stopped halted ceased suspended ended
    frozen stopping halting ceasing suspending ending freezing"""
)
_KEEPING = word_set("respect observe abide honour honor uphold")
_FIGHTING = word_set(
    """operations operation attacks attack fire firing shooting hostilities fighting strikes
    raids shelling offensive offensives military combat bombardment guns weapons"""
)
_TRUCE = word_set("truce ceasefire agreement deal pause accord")
_CONDITIONS = word_set("if unless provided providing once")
_NEGATIONS = word_set("not never no")
_REACH = 6
# A decision that may be undone after it ("we decided to stop ..., but ..."): a past one.
_DECIDING = word_set("decided agreed planned intended wanted chose resolved offered")
_AGREEING = _STOPPING | _KEEPING | _TRUCE | word_set("sign signed accept accepted agree agreed")
_NOW = word_set("has have is are am will shall can must")
_TURNING = word_set("but until till yet however")
_PAST = word_set(
    """was were had did changed broke came went made took began struck fired fell left got
    forced attacked"""
)


def own_commitment(ctx: Context) -> bool:
    """Whether an evidence sentence quotes the fact's party deciding, in the first person, to
    stop fighting or keep the truce (see the module)."""
    party = str(getattr(ctx.fact, "party", "") or "")
    if not party:
        return False
    article = ctx.article
    for index in ctx.sentences:
        tokens = article.sentence_tokens(index)
        quoted = [article.in_quotes(token.start) for token in tokens]
        if not any(_commits(tokens, at, quoted) for at in range(len(tokens)) if quoted[at]):
            continue
        if _speaker_is(party, article.unquoted_tokens(index)):
            return True
    return False


def _after_we(tokens: Sequence[Token], at: int, quoted: Sequence[bool]) -> list[str] | None:
    """The quoted words after a first-person subject opening at ``tokens[at]`` ("we", "our
    forces"), or None when none opens there."""
    norm = tokens[at].norm
    if norm == "our" and at + 1 < len(tokens) and tokens[at + 1].norm in _OUR_NOUNS:
        at += 1
    elif norm != "we":
        return None
    return [t.norm for t, inside in zip(tokens[at + 1 :], quoted[at + 1 :], strict=True) if inside]


def _commits(tokens: Sequence[Token], at: int, quoted: Sequence[bool]) -> bool:
    """A first-person commitment to stop fighting opening at ``tokens[at]``."""
    rest = _after_we(tokens, at, quoted)
    if rest is None:
        return False
    words = rest[:_REACH]
    if not _NEGATIONS.isdisjoint(words[:4]) or not _CONDITIONS.isdisjoint(rest[:14]):
        return False  # "we will not stop", "we will stop if they do"
    if ("as", "long", "as") in zip(rest, rest[1:], rest[2:], strict=False):
        return False
    if words[:1] == ["hereby"]:
        words = words[1:]
    for committing in _COMMITTING:
        size = len(committing)
        if tuple(words[:size]) != committing or size >= len(words):
            continue
        verb, after = words[size], words[size + 1 : size + 5]
        if verb in _STOPPING and not _FIGHTING.isdisjoint(after):
            return True  # "we will suspend all attacks", "our side has decided to stop ..."
        if verb == "cease" and after[:1] == ["fire"]:
            return True
        if verb in _KEEPING and any(word in _TRUCE for word in after):
            return True  # "we will respect the truce", "will abide by the ceasefire"
    return False


def undone_decision(ctx: Context) -> bool:
    """Whether every evidence sentence quotes a decision to stop or to agree that is undone
    (see the module): the words of agreeing are there, but of a decision given up."""
    article = ctx.article
    for index in ctx.sentences:
        tokens = article.sentence_tokens(index)
        quoted = [article.in_quotes(token.start) for token in tokens]
        if not any(_undone(tokens, at, quoted) for at in range(len(tokens)) if quoted[at]):
            return False
    return bool(ctx.sentences)


def _undone(tokens: Sequence[Token], at: int, quoted: Sequence[bool]) -> bool:
    """A first-person decision opening at ``tokens[at]`` in the past perfect ("we had decided
    to halt"), or in the past with "but" or "until" and a past verb after it in the quote
    ("we agreed to stop, but the enemy attacked")."""
    rest = _after_we(tokens, at, quoted)
    if rest is None or _AGREEING.isdisjoint(rest[:8]):
        return False
    if rest[:1] == ["had"]:
        return rest[1:2] not in (["not"], ["never"])  # "we had decided to halt all operations"
    if not (rest[:1] and rest[0] in _DECIDING) and rest[:2] not in (
        ["were", "going"],
        ["were", "ready"],
    ):
        return False
    for position, word in enumerate(rest):
        if word == "yet" and rest[position - 1] in ("not", "never"):
            continue  # "has not yet signed": no turn
        if word in _TURNING and _turned(rest[position + 1 : position + 9]):
            return True  # "..., but the enemy's attack changed everything"
    return False


def _turned(words: Sequence[str]) -> bool:
    """Whether a past verb comes after a turn before any present or future one ("but the
    enemy shelled our towns"; not "but the government has not signed")."""
    for norm in words:
        if norm in _NOW:
            return False
        if norm in _PAST or (len(norm) > 3 and norm.endswith("ed")):
            return True
    return False


def _speaker_is(party: str, outside: Sequence[Token]) -> bool:
    """Whether the words outside the quotation name the party, and no other party (a
    dateline's capital, written in capitals, names none: "KHARTOUM (Wire) - ...")."""
    key = party_of(party)
    keys = {
        named
        for at, named, kind, _ in party_mentions(outside)
        if not (kind == "capital" and outside[at].text.isupper())
    }
    if key is not None:
        return keys == {key}
    return not keys and bool(find_named(person_part(party), list(outside)))


__all__ = ["own_commitment", "undone_decision"]
