"""A vote's score belongs to the chamber its clause names (an outside check, session 13: "The
House passed it 419-3, the Senate 98-2" gave a count of Senate votes in favour 419), for a
count of votes (:func:`summarizer.verification.counts.number_rules.support_number`):

- a score is read as in :func:`summarizer.verification.counts.amounts.score_side` ("voted 97-2", "a
  vote of 97 to 2", "by 97 votes to 2"), and also where its clause names a chamber and the
  sentence has a vote word anywhere before it: "..., the Senate 98-2" (the verb said once
  for two clauses), "and the Senate by 98 to 2", "The Senate, after weeks of wrangling,
  finally backed the bill on Thursday, 98 to 2" (:func:`vote_side`);
- a number with its side after it ("98 in favour", "2 against", "98 for") is a side of the
  vote in a sentence with a vote word, in either order ("2 against, 98 for");
- the chamber of a score is the one named right after it ("419-3 in the House", "a 98-2
  Senate vote") or else the nearest one before it in its sentence, past asides closed
  before it (", which the House approved in March,") and not past a contrast ("but",
  "while") or a semicolon; a chamber that only qualifies a noun ("the House version", "the
  Senate bill") is none (:func:`score_chamber`);
- a count whose ``what`` names a chamber ("Senate votes in favour", "yes votes in the
  House") is refused a number that another chamber's clause scores: the number is stated,
  but as another chamber's (unsupported, :func:`other_chamber`).

Chambers are told apart by name ("Senate", "House", "Lords", "Commons", "Duma") and by
"upper" and "lower" house or chamber; "Congress" and "Parliament" are both chambers at once,
so they name none, and a score with no chamber in its clause keeps the verdict the other
rules give.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from ..figures.numbers import NumberMention
from ..figures.score_tallies import tallied_score
from ..page.tokens import CURRENCY_SIGNS, Token, tokenize, word_set
from .amounts import score_side, stated_side
from .score_outcomes import side_in_score
from .share_scores import share_side
from .tally_pairs import tally_side

_UPPER, _LOWER = "upper", "lower"
# Each chamber word with the names it answers to: two chambers are one when these meet.
_CHAMBERS: dict[str, frozenset[str]] = {
    "senate": frozenset({"senate", _UPPER}),
    "senators": frozenset({"senate", _UPPER}),
    "senator": frozenset({"senate", _UPPER}),
    "lords": frozenset({"lords", _UPPER}),
    "peers": frozenset({"lords", _UPPER}),
    "bundesrat": frozenset({"bundesrat", _UPPER}),
    "house": frozenset({"house", _LOWER}),
    "representatives": frozenset({"house", _LOWER}),
    "congressmen": frozenset({"house", _LOWER}),
    "congresswomen": frozenset({"house", _LOWER}),
    "commons": frozenset({"commons", _LOWER}),
    "mps": frozenset({"commons", _LOWER}),
    "duma": frozenset({"duma", _LOWER}),
    "bundestag": frozenset({"bundestag", _LOWER}),
    "sejm": frozenset({"sejm", _LOWER}),
}
# "House of Lords", "House of Commons", "House of Representatives": the name after "of".
_HOUSE_OF = word_set("lords commons representatives")
# Nouns a chamber's name (or its possessive) qualifies without being the one that votes ("the
# Senate bill passed the House", "the House version", "Senate Majority Leader"; check 46: "the
# Senate agreed to the House amendment ... 79 yeas to 18 nays", "accepted the Commons'
# changes", "concurred in the Lords amendments"): a measure, a change to one, a body's office.
_QUALIFIED = word_set(
    """bill bills version versions measure measures legislation text texts draft drafts
    committee committees panel leader leaders majority minority race races seat seats candidate
    candidates election elections campaign primary amendment amendments amended change changes
    resolution resolutions motion motions package packages proposal proposals plan plans
    provision provisions language wording report reports substitute rewrite deal offer
    counterproposal compromise budget"""
)
# A relative clause's pronouns, and the words that open its antecedent's noun phrase.
_RELATIVES = word_set("that which")
_DETERMINERS = word_set("a an the this that its their to of")
# Words that, right after a score (before a chamber), keep the chamber the score's own:
# "419-3 in the House", "98 to 2 in the upper chamber", "a 98-2 Senate vote".
_TO_CHAMBER = word_set("in of by through from the both votes vote upper lower")
# Words that end the search for a chamber before a score: a contrast or another subject.
_CONTRASTS = word_set("but while whereas although though however yet")
# Words that open an aside set off by commas (", which the House approved in March,").
_ASIDE_OPENERS = word_set("which who whom whose where when after before having since")
# Words that make a sentence about a vote, for a score its clause ties to a chamber.
_VOTING = word_set(
    """vote votes voted voting ballot tally margin passed pass passes passing approved
    approves approve adopted adopts rejected rejects defeated cleared clears carried backed
    backs endorsed ratified divided division passage roll"""
)
# Units after a score's second number that make the pair something else ("30-40 hours").
_NOT_SCORES = word_set(
    """percent pct hours hour days day weeks week months month years year minutes people
    km miles"""
)


# Words that may follow a vote's score with no mark ("60-40 to take up", "51-49 in the
# Senate", "49-45 against"), where a noun would make the pair a range ("300-400 birds").
_AFTER_SCORES = word_set(
    "to in on at after before with against for when as and but a an the this that last then just"
)  # "went down 44-56 an hour later"


def chambers_of(what: str) -> frozenset[str]:
    """The chamber a count names in its ``what`` ("Senate votes in favour", "yes votes in
    the lower house"), empty for none; written in lower case as often as not."""
    tokens = tokenize(what)
    for index in range(len(tokens)):
        found = _chamber_at(tokens, index, any_case=True)
        if found:
            return found
    return frozenset()


def _chamber_at(tokens: Sequence[Token], index: int, any_case: bool = False) -> frozenset[str]:
    """The names of the chamber ``tokens[index]`` names, or empty: "Senate", "the House",
    "House of Lords" (at "House"), "the upper house", "the lower chamber"; not "White
    House", "a house" in lower case in article text, nor a chamber qualifying a noun."""
    token = tokens[index]
    norm = token.norm
    before = tokens[index - 1].norm if index else ""
    after = tokens[index + 1].norm if index + 1 < len(tokens) else ""
    if norm in ("house", "chamber") and before in (_UPPER, _LOWER):
        return frozenset({before})
    if norm == "chamber" or (norm in ("lords", "commons", "representatives") and before == "of"):
        return frozenset()  # a bare "the chamber"; "House of Lords" is read at "House"
    if norm == "house":
        if before == "white" or not (any_case or token.capitalised):
            return frozenset()
        if after == "of" and index + 2 < len(tokens) and tokens[index + 2].norm in _HOUSE_OF:
            return _CHAMBERS[tokens[index + 2].norm]
    names = _CHAMBERS.get(norm, frozenset())
    hyphened = index + 1 < len(tokens) and tokens[index + 1].joined  # "the House-passed bill"
    if names and (after in _QUALIFIED or hyphened):
        return frozenset()  # "the Senate bill", "House Majority Leader"
    return names


def score_chamber(
    tokens: Sequence[Token], first: NumberMention, second: NumberMention, text: str
) -> frozenset[str]:
    """The chamber whose vote a score is (see the module), empty when its clause names none."""
    index = second.last + 1
    while index < min(second.last + 5, len(tokens)) and not _gap_mark(tokens, index, text):
        found = _chamber_at(tokens, index)
        if found:
            return found
        if tokens[index].norm not in _TO_CHAMBER:
            break
        index += 1
    aside = _asides(tokens, first.first, text)
    for index in range(first.first - 1, -1, -1):
        if ";" in text[tokens[index].end : tokens[index + 1].start]:
            return frozenset()
        if index in aside:
            continue
        found = _chamber_at(tokens, index)
        if found:
            return found
        if tokens[index].norm in _CONTRASTS:
            return frozenset()
        owner = _antecedent_chamber(tokens, index)
        if owner is not None:  # "a House measure that passed 412-12": the measure's chamber
            return owner
    return frozenset()


def _antecedent_chamber(tokens: Sequence[Token], index: int) -> frozenset[str] | None:
    """At a relative pronoun right after a measure noun ("a House measure that passed
    412-12", "the Senate's bill, which cleared 98-2"), the chamber qualifying that measure:
    the score in the relative clause is its antecedent's, and no chamber of the main clause
    before it ("the Senate's companion to ...") owns it. None when ``tokens[index]`` opens no
    such clause or no chamber qualifies the measure ("The House approved the bill, which
    passed 419-3": the main clause's chamber is read on, check 51)."""
    if tokens[index].norm not in _RELATIVES or not index:
        return None
    if tokens[index - 1].norm not in _QUALIFIED:
        return None
    for before in range(index - 2, max(index - 5, -1), -1):
        token = tokens[before]
        previous = tokens[before - 1].norm if before else ""
        if token.norm in ("house", "chamber") and previous in (_UPPER, _LOWER):
            return frozenset({previous})  # "the upper house's version that"
        names = _CHAMBERS.get(token.norm, frozenset())
        if names and (token.capitalised or token.norm != "house"):
            return names
        if token.norm in _DETERMINERS:
            break
    return None


def _gap_mark(tokens: Sequence[Token], index: int, text: str) -> bool:
    gap = text[tokens[index - 1].end : tokens[index].start]
    return any(mark in gap for mark in ",;:()\u2014")


def _asides(tokens: Sequence[Token], end: int, text: str) -> set[int]:
    """Indexes before ``end`` inside an aside closed before it: a relative or temporal clause
    between commas (", which the House approved in March,"), or parentheses."""
    inside: set[int] = set()
    opened: int | None = None
    depth = 0
    for index in range(1, end):
        gap = text[tokens[index - 1].end : tokens[index].start]
        if opened is not None and "," in gap:
            inside.update(range(opened, index))
            opened = None
        if "," in gap and tokens[index].norm in _ASIDE_OPENERS:
            opened = index
        depth = max(depth + gap.count("(") - gap.count(")"), 0)
        if depth:
            inside.add(index)
    return inside


def score_pairs(
    tokens: Sequence[Token], mentions: Sequence[NumberMention], text: str
) -> list[tuple[NumberMention, NumberMention]]:
    """Pairs of numbers written as a score ("98-2", "98 to 2", "98 votes to 2")."""
    pairs = []
    for first, second in itertools.pairwise(mentions):
        gap = text[tokens[first.last].end : tokens[second.first].start]
        middle = [t.norm for t in tokens[first.last + 1 : second.first]]
        dashed = not middle and gap.strip() in {"-", "\u2013", "\u2014", "\u2010"}
        if dashed or middle in (["to"], ["votes", "to"], ["vote", "to"]):
            pairs.append((first, second))
    return pairs


def vote_side(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention], text: str
) -> str | None:
    """The side of a vote a number is ("yes", "no"): in a score :func:`score_side` reads, in
    a score whose clause names a chamber after a vote word, or with its side after it in a
    sentence about a vote (see the module); None otherwise."""
    side = score_of(tokens, mention, mentions, text)
    if side is None and any(t.norm in _VOTING for t in tokens):
        return stated_side(tokens, mention)  # "2 against, 98 for"
    return side


def _tallied(
    tokens: Sequence[Token], first: NumberMention, second: NumberMention, text: str
) -> bool:
    """A score a tally noun, a motion's fate or a vote to do something gives (figures/
    score_tallies), with no noun after it: "The count was 300-400 birds" is a range."""
    if first.unit == "percent" or second.compound or first.value == second.value == 0:
        return False
    if any(
        text[tokens[m.first].start - 1 : tokens[m.first].start] in CURRENCY_SIGNS
        for m in (first, second)
        if tokens[m.first].start
    ):
        return False  # "would add $1 to $2 trillion": sums, no vote's score (review rvmoney37)
    after = second.last + 1
    unmarked = after < len(tokens) and tokens[after].start - tokens[second.last].end < 2
    if unmarked and tokens[after].norm not in _AFTER_SCORES:  # no mark: a word must fit
        return False
    return tallied_score(tokens, first, second)


def score_of(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention], text: str
) -> str | None:
    """The side a number is in a vote's score: :func:`score_side`'s reading, a score a tally
    noun or a motion's fate gives ("The count was 49-45", "went down 47-53":
    figures/score_tallies), or a score whose clause names a chamber after a vote word
    ("..., the Senate 98-2"); None when the number is in no score (then a pair of numbers may
    be a range)."""
    side = score_side(tokens, mention, mentions, text)
    if side is not None:
        return side
    pair = _pair_of(tokens, mention, mentions, text)
    if pair is not None and _tallied(tokens, *pair, text):  # "The count was 49-45"
        swapped = [t.norm for t in tokens[pair[1].last + 1 : pair[1].last + 2]] == ["against"]
        return side_in_score(tokens, mention, *pair, text, swapped)  # "was 40-12 against X"
    if pair is None or not _scored_here(tokens, *pair, text):
        side = tally_side(tokens, mention, mentions, text)  # "agreed to it, 420-3" (tally_pairs)
        return side or share_side(tokens, mention, mentions, text)  # "51.7% to 48.3%"
    first, second = pair
    swapped = "against" in [t.norm for t in tokens[second.last + 1 : second.last + 3]]
    return side_in_score(tokens, mention, first, second, text, swapped)


def _pair_of(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention], text: str
) -> tuple[NumberMention, NumberMention] | None:
    for first, second in score_pairs(tokens, mentions, text):
        if mention is first or mention is second:
            return first, second
    return None


def _scored_here(
    tokens: Sequence[Token], first: NumberMention, second: NumberMention, text: str
) -> bool:
    """A score no vote word stands next to, read as a vote's when a chamber's clause holds it
    and a vote word comes before it in the sentence; not an amount ("30-40 hours")."""
    if first.unit == "percent" or second.unit in _NOT_SCORES or second.compound:
        return False
    if not any(t.norm in _VOTING for t in tokens[: first.first]):
        return False
    return bool(score_chamber(tokens, first, second, text))


def other_chamber(
    tokens: Sequence[Token],
    mention: NumberMention,
    mentions: Sequence[NumberMention],
    text: str,
    wanted: frozenset[str],
) -> frozenset[str]:
    """The chamber whose score (or side count) a number is, when that is not ``wanted`` (the
    count's own chamber); empty when it is, or when its clause names no chamber."""
    if not wanted:
        return frozenset()
    pair = _pair_of(tokens, mention, mentions, text)
    first, second = pair if pair is not None else (mention, mention)
    found = score_chamber(tokens, first, second, text)
    return found if found and not found & wanted else frozenset()


def chamber_name(names: frozenset[str]) -> str:
    """A chamber's name for a reason ("the Senate", "the upper house")."""
    named = sorted(names - {_UPPER, _LOWER})
    return f"the {named[0].capitalize()}" if named else f"the {next(iter(names))} house"


__all__ = [
    "chamber_name",
    "chambers_of",
    "other_chamber",
    "score_chamber",
    "score_of",
    "score_pairs",
    "vote_side",
]
