"""How far a count's noun reaches, and whose a number is when its sentence counts several
things (outside check 37), for :func:`summarizer.verification.counts.number_rules.support_number`:

- a verb that counts another number is that number's: "killed about 1,200 people and seized
  about 240 hostages" gives "seized" to 240, so 1,200 is no count of hostages seized (a cue
  verb after the number with another number right after it, past a qualifier);
- a number after "including" or "among them" is a part of the count before it, not the count:
  "listed 22 new persons and entities ..., including three shipping firms" is no count of
  three listed, while "three shipping firms" still counts the firms;
- a bare number (no noun after it) that the sentence's counted noun stands for: "introduced
  with 9 co-sponsors in January, now has 27," counts 27 co-sponsors; it stands after "has",
  "had", "have", "gathered", "reached", "numbers", "stands at" or "grew to", the noun is
  another number's earlier in the sentence, no other noun is counted between, and no word of
  the count comes after it ("now has 27, among them three independents" is no count of
  independent co-sponsors);
- displacement said as leaving home: "have left their homes", "abandoned their homes",
  "were forced from their homes", "fled their homes" count the displaced (the "homes" is
  read as a cue when a verb of leaving stands before "their homes"; "homes were destroyed"
  and "returned to their homes" are not);
- a truce "extended by two days", "prolonged by another three days", "extended for a further
  48 hours" is extended by that much: the number is the extension's, not the truce's length
  ("extended to 10 days" is its new length).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..figures.numbers import NumberMention
from ..page.tokens import Token, word_set
from .amounts import ANY_COUNT
from .clause_subjects import clause_subject

# Words between a verb and the number it counts ("seized about 240", "took some 17").
_QUALIFYING = word_set(
    """about some around nearly almost roughly approximately an estimated at least more than
    over a further another"""
)
_PARTS = word_set("including among incl")
_HAVING = word_set(
    """has had have gathered reached numbers number stands stood rose grew climbed totals
    totalled totaled boasts counts"""
)
_TALLIES = word_set(" ".join(ANY_COUNT)) | word_set("number sum")  # a count's own nouns
_HAVING_LINKS = word_set("now since then at to risen grown climbed")
_LEAVING = word_set("left leave leaving abandoned abandon fled flee fleeing forced driven uprooted")
_FROM = word_set("from out of")
_EXTENDING = word_set("extended prolonged renewed lengthened extend prolong renew")
_EXTRA = word_set("another a further an extra additional more")


def other_verb(
    tokens: Sequence[Token], cue: int, mention: NumberMention, mentions: Sequence[NumberMention],
    text: str,
) -> bool:  # fmt: skip
    """Whether the cue at ``cue`` (after the number) is the verb of another number right
    after it ("... and seized about 240 hostages"), or the cue (before the number) is kept
    from it by a relative clause whose own verb takes the number (:func:`_relative_verb`)."""
    if cue < mention.first:  # "..., 4,000 people live there" (clause_subjects)
        return _relative_verb(tokens, cue, mention) or clause_subject(tokens, cue, mention, text)
    if cue <= mention.last + 1:
        return False  # its own noun: "Of the 2,000 wounded, 700 were children"
    index = cue + 1
    if index >= len(tokens) or text[tokens[cue].end : tokens[index].start].strip():
        return False  # "wounded, 700 were children": no verb of the number after it
    while index < len(tokens) and index - cue <= 3 and tokens[index].norm in _QUALIFYING:
        index += 1
    return any(m is not mention and m.first == index for m in mentions)


def _relative_verb(tokens: Sequence[Token], cue: int, mention: NumberMention) -> bool:
    """Whether the number is the object of a relative clause's own verb, and the clause is
    about another noun than the cue's: "Nineteen miners were killed ... at the Dorva pit,
    which employs 600" (600 are the pit's workers, not the dead; session 32, accepts32). The
    clause's verb must be no cue ("the blast, which killed 600" is that cue's own), and its
    noun no cue ("the death toll, which reached 600" counts the toll)."""
    verb = mention.first - 1
    while verb > cue and tokens[verb].norm in _QUALIFYING:
        verb -= 1  # "which employs about 600"
    if verb - 2 <= cue or tokens[verb - 1].norm not in _RELATIVE:
        return False
    word = tokens[verb]
    if word.norm in _SIZING:
        return False  # "the residents, who number about 1,800": the group's size (rvac32)
    return word.text.isalpha() and word.text.islower() and tokens[verb - 2].norm not in _TALLIES


_RELATIVE = word_set("which who that")
#: A relative clause's verbs of a group's own size: the noun before it may be the cue's
#: object ("evacuated the guests of the Palmer Hotel, who numbered 260"), so the number is
#: the count's, not another thing's (review rvac32).
_SIZING = word_set("number numbers numbered numbering total totals totalled totaled totalling")


def part_of_count(tokens: Sequence[Token], cue: int, mention: NumberMention) -> bool:
    """Whether "including" or "among" stands between a cue before the number and it."""
    return cue < mention.first and any(t.norm in _PARTS for t in tokens[cue + 1 : mention.first])


def elided(
    tokens: Sequence[Token], cue: int, mention: NumberMention, mentions: Sequence[NumberMention],
    text: str, cues: Sequence[int],
) -> bool:  # fmt: skip
    """Whether a bare number after a verb of having counts the noun at ``cue``, another
    number's noun earlier in the sentence (see the module), and no word of the count stands
    after it ("now has 31, including four Democrats" is no count of Democratic co-sponsors)."""
    if cue >= mention.first or not any(m.last == cue - 1 for m in mentions if m is not mention):
        return False
    if any(other > mention.last for other in cues):
        return False
    after = mention.last + 1
    if after < len(tokens) and not text[tokens[after - 1].end : tokens[after].start].strip():
        return False  # "now has 27 members": a noun of its own
    index = mention.first - 1
    while index > cue and tokens[index].norm in _HAVING_LINKS:
        index -= 1
    if index <= cue or tokens[index].norm not in _HAVING:
        return False
    if ";" in text[tokens[cue].end : tokens[index].start]:
        return False  # "Eleven charities have sent help; the death toll stands at three"
    if any(t.norm in _TALLIES for t in tokens[cue + 1 : index]):
        return False  # another count's own subject: "the death toll stands at"
    return not any(m is not mention and cue < m.first < mention.first for m in mentions)


def leaving_homes(tokens: Sequence[Token]) -> list[int]:
    """Positions of "homes" after "their" and a verb of leaving ("have left their homes",
    "were forced from their homes"): a cue for the displaced."""
    found: list[int] = []
    for index, token in enumerate(tokens):
        if token.norm not in {"homes", "home"} or index < 2 or tokens[index - 1].norm != "their":
            continue
        verb = index - 2
        if tokens[verb].norm in _FROM and verb:
            verb -= 1
        if tokens[verb].norm in _LEAVING:
            found.append(index)
    return found


def extension(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """Whether a length is what a truce was extended by ("extended by two days", "prolonged
    for another three days")."""
    index = mention.first - 1
    while index >= 0 and tokens[index].norm in _EXTRA:
        index -= 1
    if index < 1 or tokens[index].norm not in {"by", "for"}:
        return False
    extra = index < mention.first - 1 or (
        mention.last + 1 < len(tokens) and tokens[mention.last + 1].norm == "more"
    )
    if tokens[index].norm == "for" and not extra:
        return False  # "extended for 30 days" may be its whole new length
    return tokens[index - 1].norm in _EXTENDING


__all__ = ["elided", "extension", "leaving_homes", "other_verb", "part_of_count"]
