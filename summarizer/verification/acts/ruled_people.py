"""A person a court, a jury or an employer rules on, and a person who only comments on another's
act, are not that act's actors (session 64, review rv64c of ac64).

Why: the actor rule refuses a name only in the shapes of being acted on it knows
(``sides/event_actors``, ``acts/undergoers``); ac64 read "PC Ward", "Rev Pryce" as their
people, and two shapes every name had slipped through came to light with them:

- *a verdict on a person*: the name right after a verb of clearing, convicting, sentencing,
  charging or sacking ("A jury cleared PC Ward of assault", "The trust sacked Dr Lowe"; titles
  and the rest of the name skipped back to the verb), or the subject of that verb in the
  passive ("Ward was cleared", "Hale has been jailed", "Ward was found not guilty"), is the one
  ruled on. Not the owner of the verb's object ("the regulator cleared Vodafone's takeover":
  Vodafone may be the takeover's actor), nor "cleared" without a charge's "of" ("The deal had
  cleared the CMA", "was cleared to hire": a review passed, a permission), nor where the fact
  lists another actor beside the person (a labeller listing judge and defendant lists who took
  part, as ``acts/undergoers`` reads it);
- *a comment on another's act*: a speaker ("X said", "said X") whose saying is placed by a
  time clause with a subject of its own ("..., Rev Pryce said after the council closed the
  library", "said Rev Pryce, after ...", "X said she was appalled when the board cut the
  grant") where every word of the event's
  description the sentence writes stands in that time clause, not in the speaker's own words:
  the speaker said something about the act, another did it. The time clause's subject must be
  a name or a description ("Moscow added 23 Ukrainians as what it called" is none): a time
  clause opened by the speaker's own pronoun or an "-ing" form ("said after he resigned",
  "said after meeting the board") is the speaker's own act, and stays his.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.possessives import is_possessive
from ..page.tokens import Token, clause_gap, word_set
from ..sentences.passives import BE

_RULED = word_set(
    """cleared acquitted acquits convicted convicts sentenced jailed jails indicted indicts
    charged prosecuted sacked sacks ousted ousts reprimanded disciplined removed removes"""
)
_SKIPPED = word_set("the a an")
_BEFORE_VERB = word_set("later then also subsequently finally unanimously")
_SAYING = word_set("said says commented comments told tells wrote remarked")
_OPENERS = word_set("after when before once since while")
_CLAUSE_ENDS = word_set("that and but which")


def ruled_on(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """Whether the name at ``first``..``last`` is the one a verdict or a sacking is on (see
    the module)."""
    before = first - 1
    while (
        before >= 0
        and not clause_gap(tokens, before, text)
        and (tokens[before].capitalised or tokens[before].norm in _SKIPPED)
    ):
        before -= 1
    if before >= 0 and not clause_gap(tokens, before, text) and tokens[before].norm in _RULED:
        return not is_possessive(tokens[last], text) and _charge(tokens, before, text)
    index = last + 1
    seen_be = False
    while index < len(tokens) and not clause_gap(tokens, index - 1, text):
        norm = tokens[index].norm
        if norm in BE or norm in {"has", "have", "had"}:
            seen_be = seen_be or norm in BE
        elif norm not in _BEFORE_VERB:
            break
        index += 1
    if not seen_be or index >= len(tokens) or clause_gap(tokens, index - 1, text):
        return False
    if tokens[index].norm == "found" and index + 1 < len(tokens):
        return tokens[index + 1].norm in {"guilty", "not", "innocent"}
    if not _charge(tokens, index, text):
        return False  # "was later cleared to hire": a permission
    if tokens[index].norm == "charged":  # "has been charged £2 million": a sum, no charge
        return index + 1 >= len(tokens) or tokens[index + 1].norm in {"with", "over", "in"}
    return tokens[index].norm in _RULED


def _charge(tokens: Sequence[Token], verb: int, text: str) -> bool:
    """Whether "cleared" at ``verb`` clears someone of a charge: an "of" in its clause within
    eight words ("cleared PC Ward on Tuesday of assault"); not "The deal had cleared the CMA",
    "was cleared to hire" (outside checks 132, 136). Other verbs of :data:`_RULED` need none."""
    if tokens[verb].norm != "cleared":
        return True
    for index in range(verb + 1, min(verb + 9, len(tokens))):
        if tokens[index].norm == "of":
            return True
        if clause_gap(tokens, index, text):
            return False
    return False


def comments_only(
    tokens: Sequence[Token], first: int, last: int, text: str, told: Sequence[str]
) -> bool:
    """Whether the name at ``first``..``last`` only comments on the event, told in a time clause
    of the name's saying with a subject of its own (see the module)."""
    start = first
    while start and tokens[start - 1].capitalised and not clause_gap(tokens, start - 1, text):
        start -= 1  # "said Rev Pryce": the title is part of the name
    if last + 1 < len(tokens) and tokens[last + 1].norm in _SAYING:
        verb = last + 1
    elif start and tokens[start - 1].norm in _SAYING:
        verb = last  # '"...," said Rev Pryce after the diocese shut the chapel'
    else:
        return False
    opener = next(
        (
            at
            for at in range(verb + 1, min(verb + 12, len(tokens) - 1))
            if tokens[at].norm in _OPENERS
        ),
        None,
    )  # "said after ...", "said, after ...", "said she was appalled when ..."
    if opener is None:
        return False
    subject = tokens[opener + 1]  # a named or described subject: "the council", "Ofcom"
    if not (subject.capitalised or subject.norm in _SKIPPED) or subject.norm == tokens[last].norm:
        return False
    end = opener + 1  # the time clause ends at a clause mark or "that", "and", "but"
    while end + 1 < len(tokens) and not clause_gap(tokens, end, text):
        if tokens[end + 1].norm in _CLAUSE_ENDS:
            break
        end += 1
    stems = {word[:4] for word in told if len(word) > 3}
    inside = outside = False
    for position, token in enumerate(tokens):
        if len(token.norm) > 3 and token.norm[:4] in stems:
            if opener < position <= end:
                inside = True
            else:
                outside = True
    return inside and not outside


__all__ = ["comments_only", "ruled_on"]
