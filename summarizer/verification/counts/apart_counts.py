"""Counts whose noun stands apart from their number (session 23, check 47's cause 4).

Partitives whose whole is a pronoun or a possessive: "India has hosted 134 meetings, 14 of them
at ministerial level" and "China later said four of its soldiers had been killed" left 14 and
4 unread, since the count's words are not next to the number. A part "N of them" (those,
these, which, whom) counts a part of the nearest larger number before it in the sentence: the
whole's clause ("134 meetings and events under its chairmanship", "The militia released 44
hostages") names who is counted, the words after "of them" name which of them ("at
ministerial level", "were children"). "N of its soldiers" counts its noun, owned by the party
"its" stands for (the nearest country named before it: "Baku" makes them Azerbaijani). A count
is the part's when each of its words is in the whole's clause, the part's words or the owner's
names, and one at least is in the part's words (:mod:`partitive_parts` reads "Nine of the
council's 15 members", a whole with its own number). A part at the head of a sentence whose
whole is counted in the evidence's sentence before ("... left twelve people injured." "Some
eight of them are in hospitals.") is read the same way, the earlier sentence as the whole's.

A count of a split's majority or minority read from its score (session 23, check 47's cause
4: "the Federal Circuit ruled 7-4" left "judges in the majority = 7" unsupported, since no word
for judges or the majority stands next to the 7, and accepted 4 as well).

A score ("7-4", "6 to 3", "by a 5-4 vote", "split 9-6") names two sides and no noun; what
each side is follows from the words of the count itself: the majority (the prevailing side)
is the larger number, whatever order the score is written in ("a 4-5 defeat" has 5 in the
majority), and the minority (the dissent, the dissenting judges) the smaller. So a count
whose words name the majority is supported by the larger side of a score in its evidence and
refused for the smaller, and the reverse for the minority. A count that names neither is left
to the other number rules; a tie names no majority.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import Any

from summarizer.text.countries import PARTIES
from summarizer.text.vocabulary import NUMBER_WORDS
from ..context import Context, Result
from ..events.status_calls import SAYING
from ..figures.count_clauses import clause_counts
from ..figures.count_synonyms import COUNT_SYNONYMS
from ..figures.count_ties import carried_item, crossed_item, other_item, set_elsewhere
from ..figures.count_wholes import covers, other_group, what_words
from ..figures.let_go import let_go
from ..figures.match_scores import match_score
from ..figures.numbers import NumberMention
from ..figures.stake_shares import held_stake
from ..figures.whole_clauses import beyond_part, opening_part
from ..page.article import ArticleText
from ..page.tokens import Token, word_set
from .number_occasions import calendar_number
from .partitive_parts import named_part, part_counts

_PRONOUNS = word_set("them those these which whom")
_POSSESSIVES = word_set("its their")
_CLAUSE_MARKS = (",", ";", ":", "\u2014", "(", ")")


def _aliases() -> dict[str, frozenset[str]]:
    """Each one-word name of a country (its name, people, capital, seat) -> all its names'
    words, lowercased."""
    table: dict[str, frozenset[str]] = {}
    for parts in PARTIES.values():
        words = frozenset(w.lower() for part in parts for name in part for w in name.split())
        for part in parts:
            for name in part:
                if " " not in name:
                    table[name.lower()] = words
    return table


_ALIASES = _aliases()


def _clause(tokens: Sequence[Token], at: int, text: str, step: int) -> list[str]:
    """The words from ``tokens[at]`` on (``step`` 1) or back (``step`` -1) to a clause mark."""
    words: list[str] = []
    index = at
    while 0 <= index < len(tokens):
        words.append(tokens[index].norm)
        near = index + step
        if not 0 <= near < len(tokens):
            break
        low, high = sorted((index, near))
        if any(mark in text[tokens[low].end : tokens[high].start] for mark in _CLAUSE_MARKS):
            break
        index = near
    return words


def _covered(phrase: Sequence[str], word: str) -> bool:
    """Whether ``phrase`` holds ``word`` or a word of its family of count words ("killed" is
    held by "died", "dead")."""
    if covers(phrase, word) or covers(phrase, _SINGULARS.get(word, word)):
        return True  # "one of them was a child" holds "children"
    group = next((g for g in COUNT_SYNONYMS if word.startswith(g)), ())
    return bool(group) and any(part.startswith(group) for part in phrase)


def _later_part(tokens: Sequence[Token], mention: NumberMention, text: str) -> list[str]:
    """The words of a part "N of them ..." that takes the number as its whole, later in its
    sentence ("134 meetings ..., 14 of them at ministerial level": "at ministerial level")."""
    for at in range(mention.last + 2, len(tokens) - 2):
        if (
            tokens[at].norm == "of"
            and tokens[at + 1].norm in _PRONOUNS
            and (tokens[at - 1].is_number or tokens[at - 1].norm in NUMBER_WORDS)
        ):
            return _clause(tokens, at + 2, text, 1)
    return []


def apart_whole(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    what: str, text: str,
) -> bool:  # fmt: skip
    """Whether the number counts another group than ``what``
    (:func:`count_wholes.other_group`), or is the whole of a later "N of them" whose words
    alone name something the count says ("210 meetings ..., 18 of them at ministerial level"
    does not count ministerial-level meetings 210 times)."""
    if other_group(tokens, mention, what, text) or beyond_part(tokens, mention, what, text):
        return True  # "31 of the 57 seats they targeted" for seats targeted (whole_clauses)
    if opening_part(tokens, mention, what, text):
        return True  # "Of the 17 sailors on the dredger, 11 were rescued" (whole_clauses)
    if other_item(tokens, mention, mentions, what, text):
        return True  # "14 breaches of fire rules, five of hygiene rules" (figures/count_ties)
    if crossed_item(tokens, mention, mentions, what, text):
        return True  # "40 deaths in Kano, 12 injuries in Kaduna": 12 no deaths (count_ties)
    if set_elsewhere(tokens, mention, what, text):
        return True  # "the number of jobs at 6,000 and the number of firms at 140" (count_ties)
    if named_part(tokens, mention, mentions, what, text):
        return True  # "Only 195 of the 300 members cast ballots" (partitive_parts)
    part = _later_part(tokens, mention, text) if len(tokens) > mention.last + 3 else []
    if not part:
        return False
    own = [
        *_clause(tokens, mention.first, text, -1),
        *_clause(tokens, mention.last, text, 1),
    ]
    return any(_covered(part, w) and not _covered(own, w) for w in what_words(what))


def any_part(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    what: str, text: str,
) -> bool:  # fmt: skip
    """Whether the number is a partitive's part that counts ``what``: "Nine of the council's
    15 members" (:func:`partitive_parts.part_counts`), "14 of them", "four of its soldiers"."""
    if part_counts(tokens, mention, mentions, what, text) or match_score(
        tokens, mention, what, text
    ):
        return True  # "Chelsea beat PSG 3-0": 3 is Chelsea's goals (figures/match_scores)
    if carried_item(tokens, mention, mentions, what, text):
        return True  # "nine counts of wounding, 17 of assault": 17 counts (figures/count_ties)
    if clause_counts(tokens, mention, mentions, what, text):
        return True  # "Registrations fell ..., from 137,071 to 77,446" (figures/count_clauses)
    if let_go(tokens, mention, what) or held_stake(tokens, mention, mentions, what, text):
        return True  # "let about 400 of its 1,100 workers go"; "owns 9.9% of EA" (stake_shares)
    at = mention.last + 1
    if at + 2 >= len(tokens) or tokens[at].norm != "of":
        return False
    words = what_words(what)
    pronoun = tokens[at + 1].norm
    if not words or (pronoun not in _PRONOUNS and pronoun not in _POSSESSIVES):
        return False
    part = _clause(tokens, at + 2, text, 1)
    if pronoun in _PRONOUNS:
        wholes = [
            m for m in mentions if m.last < mention.first and m.value > mention.value
            and not calendar_number(tokens, m)  # "on 24 November 2023, 13 of them"
        ]  # fmt: skip
        if not wholes:
            return False
        whole = wholes[-1]
        known = [
            *_clause(tokens, whole.first, text, -1),
            *_clause(tokens, whole.last, text, 1),
        ]
    else:
        owner = next(
            (
                t.norm
                for t in reversed(tokens[: mention.first])
                if t.capitalised and t.norm in _ALIASES
            ),
            "",
        )
        known = sorted(_ALIASES.get(owner, ()))
    if not all(_covered(part, w) or _covered(known, w) for w in words):
        return False
    return any(_covered(part, w) for w in words)


def carried_part(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    before: Sequence[Token], before_numbers: Sequence[NumberMention], what: str, text: str,
) -> bool:  # fmt: skip
    """Whether the number is a part "N of them ..." whose whole is counted in the evidence's
    sentence before (session 25, check 53: "The attack left twelve people injured." then "Some
    eight of them are in hospitals" is about 8 in hospitals). Read as :func:`any_part` reads a
    whole in the same sentence: the count's words are in the part's clause or the earlier
    sentence, one at least in the part's clause only ("Two of them govern states" after "four
    state governors" is no count of state governors); the whole is a larger number there, not a
    date's; a larger number before the part in its own sentence is the whole instead."""
    at = mention.last + 1
    if at + 2 >= len(tokens) or tokens[at].norm != "of" or tokens[at + 1].norm not in _THEM:
        return False
    if any(m.last < mention.first and m.value > mention.value for m in mentions):
        return False  # "Three people died, and one of them ...": the whole is its own
    counted = any(
        m.value > mention.value and not calendar_number(before, m) for m in before_numbers
    )
    if not counted and not _opening(tokens, mention):
        return False  # a whole with no number: only a part that opens its sentence (below)
    words = what_words(what)
    part = _clause(tokens, at + 2, text, 1)
    negated = next((i for i, word in enumerate(part) if word in _DENYING), len(part))
    part = part[:negated]  # "released without charge", "were not charged": not what they did
    if mention.first:  # the verb the part is the object of: "Soldiers freed 20 of them"
        part += _clause(tokens, mention.first - 1, text, -1)
    known = [t.norm for t in before]
    if not counted:  # "Refuse workers ... have been on strike." "More than 350 of them voted"
        words = [_bare(w) for w in words]  # "voted" says "voting" ("vot")
        if not any(_covered(known, w) and not _covered(part, w) for w in words):
            return False  # the sentence before names no group of the count's ("The storm ...")
    if not words or not all(_covered(part, w) or _covered(known, w) for w in words):
        return False
    return any(_covered(part, w) and not _covered(known, w) for w in words)  # not the whole's


def _opening(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """Whether the part opens its sentence, past a hedge ("More than 350 of them voted ...")
    (session 31, check 69: the whole "them" is the people the sentence before tells of, with
    no number of its own; a part inside its sentence may be of anything said before it). A
    reported clause opens after its verb of saying: "The council said 70 of them ..."."""
    start = mention.first
    while start > 0 and tokens[start - 1].norm in _OPENING_HEDGES:
        start -= 1
    if start and tokens[start - 1].norm == "that":
        start -= 1  # "said that 70 of them"
    if start > 1 and tokens[start - 1].norm in SAYING:
        return True  # "The council said 70 of them had been offered flats" (review rvec31)
    return start == 0


def _bare(word: str) -> str:
    """A verb's form without its ending ("voted", "voting": "vot"), for a count that says the
    part's verb in another form; other words as they are."""
    for ending in ("ing", "ed"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


_OPENING_HEDGES = word_set(
    "more than over about around some roughly approximately nearly almost at least only just"
)


_THEM = word_set("them those these")  # "More than 80 of these come from Romania" (rvec31)
_DENYING = word_set("not never without no cannot")  # review rvE
# Plurals not made with "s", for a part told in the singular ("one of them was a child").
_SINGULARS = {"children": "child", "women": "woman", "men": "man", "people": "person"}
_LARGER = word_set("majority prevailing prevailed")
_SMALLER = word_set("minority dissent dissents dissenting dissenter dissenters dissented")
_SCORE_WORDS = word_set("to")


# A side word that names another group than the count's own: "voted against the majority",
# "the majority party", "majority-party senators", "the majority leader".
_AWAY = word_set("against than from versus defied defying opposed")
_COMPOUND_HEADS = word_set("party parties leader leaders whip whips government owner stake")


def split_side(what: str) -> str | None:
    """ "larger" for a count of a majority, "smaller" for one of a minority, else None: the
    side word must be the count's own (not after "against", not in "majority-party" or
    "majority leader", review s23c ap22, ap25)."""
    words = [word.strip(".,;:'()").lower().removesuffix("'s") for word in what.split()]
    sides: set[str] = set()
    for at, word in enumerate(words):
        if "-" in word or (at and words[at - 1] in _AWAY):
            continue
        if at + 1 < len(words) and words[at + 1] in _COMPOUND_HEADS:
            continue
        if at > 1 and words[at - 1] == "the" and words[at - 2] in _AWAY:
            continue
        sides.add(word)
    if sides & _SMALLER:
        return "smaller"
    if sides & _LARGER:
        return "larger"
    return None


def _scores(
    tokens: Sequence[Token], mentions: Sequence[NumberMention]
) -> list[tuple[tuple[float, float], int]]:
    """The sentence's two-sided scores (two whole numbers joined by a hyphen or "to"), each
    with its first token."""
    found: list[tuple[tuple[float, float], int]] = []
    for left, right in pairwise(mentions):
        if not (left.value.is_integer() and right.value.is_integer()):
            continue
        hyphen = right.first == left.last + 1 and tokens[right.first].joined
        worded = right.first == left.last + 2 and tokens[left.last + 1].norm in _SCORE_WORDS
        if (hyphen or worded) and left.value != right.value:
            found.append(((left.value, right.value), left.first))
    return found


def bench_split(
    value: Any, what: str, ctx: Context,
    numbers_of: Callable[[ArticleText, int], list[NumberMention]],
) -> Result | None:  # fmt: skip
    """The verdict on a count of a majority or minority whose number stands in a score of its
    evidence (see the module), or None when the count names neither or no score holds it."""
    side = split_side(what)
    raw = getattr(value, "value", value)
    qualifier = getattr(value, "qualifier", "exact")
    qualifier = str(getattr(qualifier, "value", qualifier))
    if side is None or qualifier != "exact" or not isinstance(raw, int | float):
        return None
    wanted = float(raw)
    found: list[tuple[tuple[float, float], list[str]]] = []
    for index in ctx.sentences:
        tokens = ctx.article.sentence_tokens(index)
        if not any(t.joined or t.norm == "to" for t in tokens):
            continue
        for pair, at in _scores(tokens, numbers_of(ctx.article, index)):
            found.append(
                (
                    pair,
                    [
                        *_clause(tokens, at, ctx.article.text, -1),
                        *_clause(tokens, at, ctx.article.text, 1),
                    ],
                )
            )
    if len({pair for pair, _ in found}) > 1:
        found = _named_score(found, what)
    refused = ""
    for pair, _ in found:
        if wanted not in pair:
            continue
        if wanted == (max(pair) if side == "larger" else min(pair)):
            return True, ""
        refused = f"{wanted:g} is the other side of the split ({pair[0]:g}-{pair[1]:g})"
    return (False, refused) if refused else None


def _named_score(
    found: list[tuple[tuple[float, float], list[str]]], what: str
) -> list[tuple[tuple[float, float], list[str]]]:
    """Of two or more scores (last year's 5-4 and Friday's 6-3, the Senate's and the House's
    votes), the ones whose clause alone holds a word of the count ("Friday's majority"): the
    side of another vote is not the count's (review s23c ap11, ap21, ap30); none when no word
    of the count picks one."""
    words = [w for w in what_words(what) if w not in _LARGER and w not in _SMALLER]
    picked = []
    for pair, clause in found:
        others = [w for other, near in found if other != pair for w in near]
        if any(_covered(clause, w) and not _covered(others, w) for w in words):
            picked.append((pair, clause))
    return picked


_AMONG = word_set("among amongst")
_INCLUDING = word_set("including incl")


def _part_start(tokens: Sequence[Token], whole: NumberMention) -> int | None:
    """Where a later part of the whole starts: the number after "among them", "including"."""
    for at in range(whole.last + 1, len(tokens) - 2):
        norm, ahead = tokens[at].norm, tokens[at + 1]
        if norm in _INCLUDING and (ahead.is_number or ahead.norm in NUMBER_WORDS):
            return at + 1
        number = tokens[at + 2].is_number or tokens[at + 2].norm in NUMBER_WORDS
        if norm in _AMONG and ahead.norm in _PRONOUNS and number:
            return at + 2
    return None


def _next_part(tokens: Sequence[Token], mentions: Sequence[NumberMention], whole: float) -> bool:
    """Whether a sentence holds a smaller number, no date's, "M of them" or "Of these, M"."""
    norms = [t.norm for t in tokens] + ["", ""]
    head = norms[0] == "of" and norms[1] in _THEM
    return any(
        (head or (norms[m.last + 1] == "of" and norms[m.last + 2] in _THEM))
        and m.value < whole and not calendar_number(tokens, m)
        for m in mentions
    )  # fmt: skip


def _whole_of_part(
    article: ArticleText, index: int, mention: NumberMention, words: Sequence[str],
    numbers_of: Callable[[ArticleText, int], list[NumberMention]],
) -> bool:  # fmt: skip
    """Whether this place of the number is the whole of a part the count's words name: one of
    them said by the part's words and not by the whole's (the whole's clause, or for the next
    sentence's part the whole's sentence, where each of the count's words must be said by the
    two sentences, so a count the page words otherwise is left to the other readings)."""
    tokens, text = article.sentence_tokens(index), article.text
    start = _part_start(tokens, mention)
    if start is not None and any(
        m.first == start and m.value < mention.value and not calendar_number(tokens, m)
        for m in numbers_of(article, index)
    ):
        part = _clause(tokens, start, text, 1)
        own = _clause(tokens, mention.first, text, -1)
        own += _clause(tokens, mention.last, text, 1)
        if any(_covered(part, w) and not _covered(own, w) for w in words):
            return True
    if index + 1 >= len(article.sentences):
        return False
    after = article.sentence_tokens(index + 1)
    if not _next_part(after, numbers_of(article, index + 1), mention.value):
        return False
    whole, part = [t.norm for t in tokens], [t.norm for t in after]
    if not all(_covered(part, w) or _covered(whole, w) for w in words):
        return False
    return any(_covered(part, w) and not _covered(whole, w) for w in words)


def whole_of_part(
    value: Any, what: str, ctx: Context,
    numbers_of: Callable[[ArticleText, int], list[NumberMention]],
) -> Result | None:  # fmt: skip
    """A refusal when every place the evidence states a count's number is the whole of a part
    the count names (session 55, fresh checks: "298 persons were killed, among them 196
    citizens of Netherlands" is no 298 Dutch dead; "700,000 children have been hit" then "In
    Jamaica it is helping ... reach 284,000 of them" no 700,000 to reach in Jamaica): only
    the part's words tell the two apart. None otherwise (the other readings decide); "N of
    them" later in the whole's own sentence is :func:`apart_whole`'s."""
    raw = getattr(value, "value", value)
    words = what_words(what)
    if isinstance(raw, bool) or not isinstance(raw, int | float) or not words:
        return None
    places = [
        _whole_of_part(ctx.article, index, mention, words, numbers_of)
        for index in ctx.sentences
        for mention in numbers_of(ctx.article, index)
        if abs(mention.value - float(raw)) <= 1e-9
    ]
    if places and all(places):
        return False, f"{float(raw):g} is the whole of a part that the count names"
    return None


__all__ = ["any_part", "apart_whole", "bench_split", "split_side", "whole_of_part"]
