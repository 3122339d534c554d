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
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.verification.context import Context
from summarizer.verification.names import find_named
from summarizer.verification.party_names import party_mentions, party_of, person_part
from summarizer.verification.tokens import Token, word_set

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


def _commits(tokens: Sequence[Token], at: int, quoted: Sequence[bool]) -> bool:
    """A first-person commitment to stop fighting opening at ``tokens[at]``."""
    norm = tokens[at].norm
    if norm == "our" and at + 1 < len(tokens) and tokens[at + 1].norm in _OUR_NOUNS:
        at += 1
    elif norm != "we":
        return False
    rest = [t.norm for t, inside in zip(tokens[at + 1 :], quoted[at + 1 :], strict=True) if inside]
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


__all__ = ["own_commitment"]
