"""A count's noun is the one next to its number, for :func:`summarizer.verification.rules.
support_number`: "50 Senators had signed onto the bill and companion legislation was being
introduced in the House by four lawmakers" counts 50 senators and four House lawmakers, so 50
is no count of House lawmakers, however near "House" stands.

A number with its own noun right after it ("50 Senators", "13 Palestinians", not "50 of",
"50 people", "50 percent") counts that noun. For a count, a cue word after that noun then
supports the number only in the same clause (no "and", "but", "while" or ";" between: "13
Palestinians were killed" is a count of killed; so does a cue before it: "killed 13
Palestinians", not "the bill and ... four lawmakers"), and only while no other number of the
sentence has the count's word as its own noun ("four lawmakers": the lawmakers' number), nor
when the number opens a clause of its own after "and" ("seven died and 23 others were
injured": 23 is no count of the dead). A cue
in its own noun phrase ("50 Republican senators") is read as before.

A noun phrase may hold a longer run of modifiers before its noun, coordinated or not (session 24,
check 52: "sanctions on 13 current and former senior Venezuelan officials" counts officials):
up to six words, when every word before the last is a modifier: no function word but an "and"
or "or" between two modifiers, no number, no punctuation, and no plural noun of its own ("11
officers and wounded", "five children and injured" end their phrase at the noun).

A verb before the number counts it only while no other number of the sentence has the count's
noun as its own (session 15: "released 33 hostages in exchange for 99 prisoners" is no count
of prisoners released; "killed 11 officers and wounded 27 bystanders" none of bystanders
wounded; "killed 13 Palestinians" still counts them). A number's own phrase ends at an "and"
that opens another count ("14 fighters and wounded 6 civilians").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..figures.numbers import NumberMention
from ..page.tokens import Token, word_set
from .amounts import cue_word

# Words after a number that are not a noun of its own.
_NOT_NOUNS = word_set(
    """of to in on at for from with by and or but were was had have has are is be been who
    which that than more less per percent cent pct times a an the people persons person
    individuals others other so plus each apiece out among"""
)
_CLAUSES = word_set("and but while whereas although though")
# Adjectives between a number and its noun ("37 further companies", "22 new entities").
_MODIFIERS = word_set("additional new further fresh extra more")
_PHRASE = 3  # words of a number's own noun phrase ("50 Republican and Democratic senators")
_RUN = 6  # words of one whose words before its noun are modifiers ("13 current and former ...")
_JOINING = word_set("and or")
# Plural nouns with no final "s": a run of modifiers ends at them.
_PLURALS = word_set("men women children people police staff personnel crew cattle")


def own_noun(
    tokens: Sequence[Token], mention: NumberMention, cues: Sequence[int], text: str
) -> int | None:
    """The index of the noun a number counts when it is none of the field's cue words, or
    None (no noun of its own, or a cue in its noun phrase)."""
    after = mention.last + 1
    if after >= len(tokens):
        return None
    if any(index in cues for index in _phrase(tokens, mention, text)):
        return None  # "84 co-sponsors", "50 Republican senators"
    while after + 1 < len(tokens) and tokens[after].norm in _MODIFIERS:
        after += 1  # "140 additional individuals and entities": the noun is past the adjective
    token = tokens[after]
    if token.is_number or not token.text.isalpha() or token.norm in _NOT_NOUNS:
        return None
    if any(mark in text[tokens[after - 1].end : token.start] for mark in ",;:("):
        return None  # "injured more than 5,000, according to ...": no noun of its own
    return after


def other_noun(
    tokens: Sequence[Token],
    mention: NumberMention,
    mentions: Sequence[NumberMention],
    cue: int,
    cues: Sequence[int],
    text: str,
) -> bool:
    """Whether the cue at ``cue`` is another noun's: the number counts its own noun (see the
    module) and the cue stands after it in another clause, or belongs to another number."""
    if cue < mention.first and _subject_of_next_clause(tokens, mention, cue):
        return True  # "seven died and 23 others were injured": 23 is no count of the dead
    noun = own_noun(tokens, mention, cues, text)
    if noun is None or mention.first <= cue <= noun:
        return False
    low, high = (noun + 1, cue) if cue > noun else (cue + 1, mention.first)
    if any(tokens[index].norm in _CLAUSES for index in range(low, high)) or any(
        ";" in text[tokens[index - 1].end : tokens[index].start] for index in range(low, high + 1)
    ):
        return True  # "... signed onto the bill and ... four lawmakers": another clause's
    return any(
        other is not mention
        and not (other.first <= mention.last and mention.first <= other.last)  # a range's
        and any(index in cues for index in _phrase(tokens, other, text))
        for other in mentions
    )


def _subject_of_next_clause(tokens: Sequence[Token], mention: NumberMention, cue: int) -> bool:
    """A number opening a clause after "and"/"but" that has a verb of its own within a few
    words ("... died and 23 others were injured"): a cue before that word is the earlier
    clause's."""
    if not any(tokens[index].norm in _CLAUSES for index in range(cue + 1, mention.first)):
        return False
    after = tokens[mention.last + 1 : mention.last + 1 + _PHRASE + 1]
    return any(token.norm in _FINITE for token in after)


_FINITE = word_set("were was are is have has had")


def _phrase(tokens: Sequence[Token], mention: NumberMention, text: str) -> range:
    """The words of a number's own noun phrase ("four lawmakers", "50 Republican and
    Democratic senators"): up to three, not across punctuation ("32 members; its troops") nor
    an "and" that opens another count ("14 fighters and wounded 6 civilians", "300 villagers
    and abducted about 80 children")."""
    end = mention.last + 1
    while end < min(mention.last + 1 + _PHRASE, len(tokens)):
        if end > mention.last + 1 and text[tokens[end - 1].end : tokens[end].start].strip():
            break
        if tokens[end].norm in _CLAUSES and any(t.is_number for t in tokens[end + 1 : end + 4]):
            break
        end += 1
    run = mention.last + 1
    while run < min(mention.last + 1 + _RUN, len(tokens)) and _modifier(tokens, run, text):
        run += 1  # "13 current and former senior Venezuelan officials"
    if (
        run > end
        and run < len(tokens)
        and not text[tokens[run - 1].end : tokens[run].start].strip()
    ):
        return range(mention.last + 1, run + 1)  # the run and its noun
    return range(mention.last + 1, end)


def _modifier(tokens: Sequence[Token], at: int, text: str) -> bool:
    """Whether the word at ``at`` can stand in a run of modifiers before a noun (see the
    module): a word, not plural, not a function word but "and"/"or" after a modifier."""
    token = tokens[at]
    if at + 1 >= len(tokens) or text[token.end : tokens[at + 1].start].strip():
        return False  # punctuation after it: the phrase ends
    if token.norm in _JOINING:
        return at > 0 and not tokens[at - 1].is_number
    word = token.norm
    return (
        token.text.isalpha()
        and word not in _NOT_NOUNS
        and word not in _CLAUSES
        and word not in _PLURALS
        and not (word.endswith("s") and not word.endswith(("ss", "ous", "us", "is")))
    )


def cue_positions(tokens: Sequence[Token], cues: tuple[str, ...]) -> list[int]:
    """Indexes of tokens that are (or start a hyphenated compound that is) a cue word; the
    second half of a compound is not a word of its own ("co-sponsored" is not "sponsored")."""
    found: list[int] = []
    for index, token in enumerate(tokens):
        if token.joined and index and not tokens[index - 1].is_number:
            continue
        word = token.norm
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following is not None and following.joined and not following.is_number:
            word += following.norm
        if cue_word(word, cues) and (not word.startswith("picked") or _rescuing(tokens, index)):
            found.append(index)
    return found


# Auxiliaries of a passive "were picked up": its subject is the rescued.
_PASSIVE = word_set("was were been being is are be")


def _rescuing(tokens: Sequence[Token], index: int) -> bool:
    """Whether "picked" (a rescue's verb, counts/count_stems) tells whom it rescued: "picked
    up", passive ("22 people ... were picked up") or with no number before it in its clause
    ("a passing ship picked up all 22 people"); not "a boat with 300 passengers picked up the
    6 fishermen", whose number before the verb is its subject's (session 42, fa42c)."""
    if index + 1 >= len(tokens) or tokens[index + 1].norm != "up":
        return False
    if index and tokens[index - 1].norm in _PASSIVE:
        return True
    for token in reversed(tokens[:index]):
        if not token.norm[:1].isalnum():
            break
        if token.is_number:
            return False
    return True


__all__ = ["cue_positions", "other_noun", "own_noun"]
