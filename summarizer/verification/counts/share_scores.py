"""Which share of a two-way result a count's number is (outside check 51), for the count rule
(:func:`summarizer.verification.counts.number_rules.support_count`).

A vote's result in shares is written as a score of percentages: "Voters rejected the abolition
by 51.7 per cent to 48.3 per cent", "approved by 62.1% to 37.9%", "The Coalition took 50.04
per cent of the vote to Labor's 49.96 per cent". Both numbers stand by the same words (the
vote, the voters), so nearness does not tell them apart; a careful reader reads the pair:

- its *sides*, as a score of votes is read (:func:`summarizer.verification.counts.score_outcomes.
  side_in_score`): the winners first, so under a word of defeat ("rejected", "voted down") a
  larger first share is the No side's, under a word of passage ("approved", "carried") the
  Yes side's; a count of one side ("share of votes against") is refused the other side's
  number;
- its *owners*: a possessive before the second share ("to Labor's 49.96 per cent") gives it
  to that party, and the first share to the name before it in its clause ("The Coalition
  took"); a count naming one of them ("Coalition share of the vote") is refused the other's.

A pair whose order the words do not tell, or whose owners are unnamed, keeps the verdict the
other readings give; :mod:`summarizer.verification.counts.share_counts` refuses a count's number
that every place of its evidence gives as the other share.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from ..figures.numbers import NumberMention
from ..page.possessives import is_possessive
from ..page.tokens import Token, tokenize, word_set
from .amounts import vote_side
from .count_shares import CHANGE_WORDS, changed_by
from .score_outcomes import UNREAD, side_in_score

_UNIT_WORDS = frozenset({"%", *word_set("percent per cent pct pc percentage points")})
_JOINS = word_set("to against versus vs")
# Words that make a sentence about a vote, and words before a pair that make it a range.
_VOTING = word_set(
    """vote votes voted voting voter voters referendum plebiscite ballot ballots poll polls
    election electorate rejected approved backed endorsed carried defeated passed won"""
)
# Words right before a vote's first share ("by 51.7 per cent", "with 71.12 per cent", "took
# 50.04 per cent", "passed 55 per cent", "ended 51.7%-48.3%").
_RESULT_LEADS = word_set(
    """by with took won got polled secured received passed carried approved rejected defeated
    backed voted ended finished split"""
)
_RANGES = word_set("from between of ranging range rates duties tariffs levies")
_DASHES = {"-", "\u2013", "\u2014", "\u2010", "/"}
# Words that end the walk back from the first share to its clause's subject.
_CLAUSE_ENDS = word_set("and but while whereas although which that who")


def share_pair(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention], text: str
) -> tuple[NumberMention, NumberMention, int | None] | None:
    """The pair of shares ``mention`` is one of ("51.7 per cent to 48.3 per cent", "50.04
    per cent of the vote to Labor's 49.96 per cent", "51.7%-48.3%"), with the index of the
    possessive owner before the second share (None when none), or None."""
    if not any(token.norm in _VOTING for token in tokens):
        return None  # "cut from 25% to 10%" is a change, "62% to 38%" a vote's only by a vote
    shares = [m for m in mentions if m.unit == "percent"]  # not "two-party" between them
    for first, second in itertools.pairwise(shares):
        if mention is not first and mention is not second:
            continue
        if first.first and tokens[first.first - 1].norm in _RANGES:
            continue  # "from 25% to 10%", "duties of 10% to 25%": a change or a range
        if not first.first or tokens[first.first - 1].norm not in _RESULT_LEADS:
            continue  # "will rise 10% to 25% under the law passed ...": no vote's result
        if changed_by(tokens, first):
            continue  # "fell 5.7 per cent to 35.7 per cent": a change and the share it left
        index = first.last + 1
        while index < second.first and tokens[index].norm in _UNIT_WORDS:
            index += 1
        if index < second.first and tokens[index].norm == "of":  # "of the two-party vote in NSW"
            index = _of_phrase_end(tokens, index, second.first, text)
        if index == second.first:  # "51.7%-48.3%"
            gap = text[tokens[index - 1].end : tokens[index].start].strip()
            return (first, second, None) if gap in _DASHES else None
        if tokens[index].norm not in _JOINS:
            continue
        owner = _possessive(tokens, index + 1, second.first, text)
        if owner is None and index + 1 != second.first:
            continue
        return first, second, owner
    return None


def _of_phrase_end(tokens: Sequence[Token], index: int, end: int, text: str) -> int:
    """The index after the "of" phrase at ``index`` that a first share is of ("of the vote",
    "of the two-party vote in New South Wales"): up to the word joining the pair, within
    ten words, no comma or number between; ``index`` itself when there is none."""
    for position in range(index + 1, min(index + 11, end)):
        token = tokens[position]
        compound = position + 1 < end and tokens[position + 1].joined  # "two-party"
        if (token.is_number and not compound) or "," in text[
            tokens[position - 1].end : token.start
        ]:
            return index
        if token.norm in _JOINS:
            return position
    return index


def _possessive(tokens: Sequence[Token], start: int, end: int, text: str) -> int | None:
    """The index of a possessive name filling ``tokens[start:end]`` ("Labor's", "the
    Coalition's", "the No side's"), or None."""
    words = [i for i in range(start, end) if tokens[i].norm not in {"the", "a"}]
    if not words or len(words) > 3:
        return None
    last = tokens[words[-1]]
    if not is_possessive(last, text):
        return None
    return words[0] if tokens[words[0]].capitalised else None


def _subject(tokens: Sequence[Token], first: NumberMention, text: str) -> set[str]:
    """The capitalised words before the first share in its clause ("The Coalition took")."""
    names: set[str] = set()
    for index in range(first.first - 1, -1, -1):
        token = tokens[index]
        if token.norm in _CLAUSE_ENDS:
            break
        if token.capitalised and index:
            names.add(token.norm)
        if index and any(mark in text[tokens[index - 1].end : token.start] for mark in ";:"):
            break
    return names


def share_clash(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    text: str, what: str,
) -> str | None:  # fmt: skip
    """Why ``mention`` is the other share of its pair for a count of ``what`` (see the
    module); "" when it is the count's own; None when it is in no pair of shares."""
    pair = share_pair(tokens, mention, mentions, text)
    changing = any(word.startswith(CHANGE_WORDS) for word in what.lower().split())
    side = None if changing else vote_side(what)  # "swing against the Coalition": no side
    if pair is None:
        stated = _stated_side(tokens, mention) or _named_side(tokens, mention)
        stated = stated or _voted_side(tokens, mention, text)
        if side is None or stated is None:
            return None
        return "" if stated == side else f"{mention.value:g}% is the other side's share"
    first, second, owner = pair
    if side is not None:
        scored = side_in_score(tokens, mention, first, second, text, _swapped(tokens, second, text))
        if scored not in (UNREAD, side):
            return f"{mention.value:g}% is the other side's share of the vote"
    named = {token.norm for token in tokenize(what)}
    if owner is None:
        option = _first_option(tokens, first) if side is None and mention is second else set()
        if option & named:  # "voted to leave the EU by 52 per cent to 48 per cent"
            return (
                f"{mention.value:g}% is the other option's share, not {'/'.join(sorted(option))}'s"
            )
        return ""
    second_owner = tokens[owner].norm
    first_owners = _subject(tokens, first, text)
    if mention is first and second_owner in named and not first_owners & named:
        return f"{mention.value:g}% is the first share, not {tokens[owner].text}"
    if mention is second and second_owner not in named and first_owners & named:
        return f"{mention.value:g}% is {tokens[owner].text} share, not the first's"
    return ""


def _first_option(tokens: Sequence[Token], first: NumberMention) -> set[str]:
    """The content words of the option a vote chose, told before "by" and the first share
    ("voted to leave the European Union by 52 per cent": leave, european, union), empty when
    no verb of choosing stands within eight words before."""
    index = first.first - 1
    if index < 0 or tokens[index].norm != "by":
        return set()
    words: set[str] = set()
    for position in range(index - 1, max(index - 9, -1), -1):
        norm = tokens[position].norm
        if norm in _CHOOSING:
            return words
        if norm.isalpha() and len(norm) > 2 and norm not in _OPTION_FILLERS:
            words.add(norm)
    return set()


_CHOOSING = word_set("voted vote votes chose opted backed endorsed")
_OPTION_FILLERS = word_set("the and for its their our from out with")


def share_side(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention], text: str
) -> str | None:
    """The side of a vote ("yes", "no", or UNREAD) a share in a pair of shares is, read as a
    score's (see the module); None when it is in no pair."""
    pair = share_pair(tokens, mention, mentions, text)
    if pair is None:
        return None
    first, second, _ = pair
    return side_in_score(tokens, mention, first, second, text, _swapped(tokens, second, text))


def _stated_side(tokens: Sequence[Token], mention: NumberMention) -> str | None:
    """The side a share states right after its unit ("34.8 per cent against", "65 per cent
    in favour", "30% opposed"), None for none."""
    if mention.unit != "percent":
        return None
    index = mention.last + 1
    while index < len(tokens) and tokens[index].norm in _UNIT_WORDS:
        index += 1
    words = [token.norm for token in tokens[index : index + 2]]
    if words[:1] in (["against"], ["opposed"]):  # not "52.4 per cent, No 47.6": the next
        return "no"
    if words[:1] == ["for"] and words[1:] in ([], ["and"]):  # "62 per cent for and 38 against"
        return "yes"
    if words[:1] == ["yes"] or words == ["in", "favour"] or words == ["in", "favor"]:
        return "yes"
    return None


def _named_side(tokens: Sequence[Token], mention: NumberMention) -> str | None:
    """The side named right before a share ("the No side on 60.06 per cent", "the Yes camp
    with 39.94%", "No took 55.3 per cent"), None for none."""
    index = mention.first - 1
    while index >= 0 and mention.first - index <= 3 and tokens[index].norm in _SIDE_LINKS:
        index -= 1
    if index >= 0 and tokens[index].norm in _SIDE_NOUNS:
        index -= 1
    if index < 0 or not tokens[index].capitalised:
        return None
    return {"yes": "yes", "no": "no"}.get(tokens[index].norm)


def _voted_side(tokens: Sequence[Token], mention: NumberMention, text: str) -> str | None:
    """The side a share's own verb of voting names right after its unit ("69.64 per cent
    voting yes", "30.36 per cent voted No", "60 per cent voting in favour"), or the bare
    side after it with no mark between ("and 30.36 per cent no"), None for none."""
    if mention.unit != "percent":
        return None
    index = mention.last + 1
    while index < len(tokens) and tokens[index].norm in _UNIT_WORDS:
        index += 1
    voted = index < len(tokens) and tokens[index].norm in _VOTING_VERBS
    index += voted
    if index >= len(tokens):
        return None
    if any(mark in text[tokens[index - 1].end : tokens[index].start] for mark in ",;:"):
        return None  # "52.4 per cent, No 47.6": the next share's label
    after = tokens[index + 1].norm if index + 1 < len(tokens) else ""
    if not voted and after.isalpha() and after not in _SIDE_ENDS:
        return None  # "40 per cent no longer vote": no side
    words = [token.norm for token in tokens[index : index + 2]]
    if voted and (words[:1] == ["against"] or words in (["in", "favour"], ["in", "favor"])):
        return "no" if words[0] == "against" else "yes"  # "60 per cent voting in favour"
    return {"yes": "yes", "no": "no"}.get(tokens[index].norm)


_VOTING_VERBS = word_set("voting voted")
_SIDE_ENDS = word_set("and or in on at")
_SIDE_LINKS = word_set("on at with won took polled got secured had of")
_SIDE_NOUNS = word_set("side camp campaign vote votes")


def _swapped(tokens: Sequence[Token], second: NumberMention, text: str) -> bool:
    """ "51.7% to 48.3% against the plan": the first share is the votes against; not "with
    71.12 per cent to 28.88 per cent against." (the second share's own side)."""
    index = second.last + 1
    while index < len(tokens) and tokens[index].norm in _UNIT_WORDS:
        index += 1
    if index >= len(tokens) or tokens[index].norm != "against" or index + 1 >= len(tokens):
        return False
    return not any(mark in text[tokens[index].end : tokens[index + 1].start] for mark in ",;:")


__all__ = ["share_clash", "share_pair", "share_side"]
