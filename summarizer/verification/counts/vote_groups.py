"""A vote's numbers belong to the body that cast them (an outside check, session 14: "The
Senate approved the measure 71-26; Democrats split 40-8 on it" gave the Senate's yes votes
as 40), for a count of votes (:func:`summarizer.verification.counts.number_rules.support_number`):

- a number is a *group's* when the words it counts name a party, a delegation or a committee
  ("40 Democrats", "31 Republican senators", "nine committee members") or when its clause,
  read back from the number to the nearest clause opener, names one before any chamber: "with
  Democrats voting 40-8", "Republicans voted 190-25", "the Labour party backed it 120 to
  40", "the Foreign Relations Committee advanced it 15-7", "Among Democrats, 40 voted yes".
  A party that *passed* or *approved* the bill ("House Republicans passed it 217-215") is
  said to carry the chamber's vote, so that score stays the chamber's; a committee's is its
  own whatever its verb;
- a number is a body's *size*, not a side of its vote, after "of the", "out of", "among the",
  "all (of the)", "the entire", "the full" or "the whole" ("Of the 100 senators, 68 backed
  it", "68 votes out of 98 cast", "all 435 House members"), or after a chamber's possessive
  ("the Senate's 100 members"), but "all N" is a side when a side's verb follows in its
  clause or a side's noun stands before it ("all 100 senators voted for it", "with the
  support of all 50 Democrats"; "all 100 senators voted on it" is the body);
- a count of a chamber's votes ("Senate votes in favour"), or of one side whose words name
  no group ("yes votes", "senators backing it") when its evidence also gives a vote no group
  owns, is refused a group's number (a page whose only vote is a committee's gives that vote
  as the count's), and a count that
  names a group ("Democratic votes in favour") is refused another group's number and a
  number of the whole vote (a score no group owns); a count of one side is refused a body's
  size. Each refusal is *unsupported*: the page states the number, as another body's.

Group words are read as parties ("Democrats", "Democratic", "Republicans", "GOP", "Labour",
"Conservatives", "Tories", "Liberals", "Greens"), party-like bodies ("party", "caucus",
"faction", "coalition", "delegation", "bloc", "opposition") and committees ("committee",
"subcommittee", "panel"); the first two kinds match each other only by the same word.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import NUMBER_WORDS
from ..figures.chamber_sizes import body_name
from ..figures.numbers import NumberMention
from ..page.tokens import SINGULAR_POSSESSIVES, Token, tokenize, word_set
from .amounts import vote_side
from .thresholds import threshold_at
from .vote_scores import chambers_of, score_of

# Each group word with the group it names (two spellings of one party are one group).
_GROUPS = {
    "democrats": "democrat", "democrat": "democrat", "democratic": "democrat",
    "republicans": "republican", "republican": "republican", "gop": "republican",
    "labour": "labour", "conservatives": "conservative", "conservative": "conservative",
    "tories": "conservative", "tory": "conservative", "liberals": "liberal",
    "liberal": "liberal", "greens": "green", "independents": "independent",
    "party": "party", "parties": "party", "caucus": "caucus", "faction": "faction",
    "factions": "faction", "coalition": "coalition", "delegation": "delegation",
    "delegations": "delegation", "bloc": "bloc", "opposition": "opposition",
    "committee": "committee", "committees": "committee", "subcommittee": "committee",
    "panel": "committee", "panels": "committee",
}  # fmt: skip
_COMMITTEES = frozenset({"committee"})
# Words that open the clause a score's owner is read in ("..., with Democrats voting 40-8").
_OPENERS = word_set("with while whereas but although though among including and as yet")
# Verbs by which a party carries the chamber's vote ("Republicans passed it 217-215").
_PASSAGE = word_set(
    "passed pass passes approved approve approves adopted adopts cleared clears rammed pushed"
)
# Words before a number that make it a whole, not a part of it ("of the 100 senators").
_WHOLE_AFTER_THE = word_set("of among entire full whole")
_WHOLE_ALONE = word_set("all")
_SIZE_NOUNS = word_set("members member seats seat senators lawmakers deputies mps states")
# Words in a count's ``what`` that make it a count of one side of a vote.
_BACKING = ("back", "support", "vot", "oppos", "reject", "favo", "against", "aye", "nay")
_SIDE_STEMS = tuple(stem for stem in _BACKING if stem != "vot")
# Words of a count of a whole vote: the ballots, who cast them, the body ("votes cast").
_WHOLE_WORDS = word_set(
    "votes vote voters voter voted voting ballots ballot cast valid eligible registered total "
    "all members member who the in of lower upper house chamber seats senators deputies "
    "lawmakers mps assembly parliament council board court bench jury delegates electors"
)
_NOUN_PHRASE = 3  # words of a number's own noun phrase ("31 Republican senators")
# Words that end a number's own noun phrase ("26 with the Democrats" names no group of 26).
_PHRASE_STOPS = word_set(
    "with in by and or of for to from on at the a an against as after while votes vote"
)
# Words after "all 27 ..." that make the whole a side: "all 27 members backed it".
_ALL_SIDED = ("back", "support", "favo", "approv", "endors", "oppos", "against", "reject")
# The word after a verb of voting that makes it one side's ("voted for"; "voted on" is none).
_VOTED_SIDE = (["for"], ["yes"], ["no"], ["in"], ["aye"], ["nay"], ["to"])


def _group(norm: str) -> str | None:
    return _GROUPS.get(norm)


def groups_of(what: str) -> frozenset[str]:
    """The groups a count's words name ("Democratic votes in favour": democrat)."""
    return frozenset(g for t in tokenize(what) if (g := _group(t.norm)) is not None)


def _sided(what: str) -> bool:
    """Whether the count counts one side of a vote: a side's word ("in favour", "backing"),
    or a word of voting with some word besides the body's and the ballot's ("votes for the
    motion", "votes Takaichi won"); "votes", "votes cast", "lower house votes", "members who
    voted", "eligible voters" count the whole (session 33: "237 of the 465 votes")."""
    words = [token.norm for token in tokenize(what)]
    if vote_side(what) is not None or any(w.startswith(_SIDE_STEMS) for w in words):
        return True
    return _voting(words) and not _whole_words(words)


def _voting(words: Sequence[str]) -> bool:
    return any(w.startswith("vot") for w in words)


def _whole_words(words: Sequence[str]) -> bool:
    """Every word before a preposition of place or time ("votes cast in the runoff", "votes in
    the Riksdag") a word of the ballots, their casters or the body."""
    cut = next((i for i, w in enumerate(words) if i and w in _WHERE), len(words))
    return all(w in _WHOLE_WORDS or chambers_of(w) for w in words[:cut])


_WHERE = word_set("in at on during")


def whole_size(tokens: Sequence[Token], mention: NumberMention, text: str, what: str) -> bool:
    """Whether the count counts a whole vote ("votes cast", "lower house votes", "members who
    voted": a word of voting, every word the ballots', their casters' or the body's) and the
    number is the body's size ("237 of the 465 votes", "among the 720 members who voted"):
    then the number is the count's, owned by no party and no part's whole (session 33)."""
    words = [token.norm for token in tokenize(what)]
    return (
        _voting(words)
        and _whole_words(words)
        and vote_side(what) is None
        and body_size(tokens, mention, text)
        and not threshold_at(tokens, mention, text)
        and not _part_voted(tokens, mention)
    )


# Verbs whose subject, after "N of the M members", is the part N that voted (review rvct33).
_PART_VERBS = word_set("voted vote took cast participated turned abstained")


def _part_voted(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """Whether the body's size is the whole of a part that voted: "287 of the 300 deputies
    took part in the vote", "of the 349 members, 301 voted": the verb of voting after its
    noun (no "who" between) is the part's, so the size counts the body, not those who voted,
    unlike "among the 720 members who voted" (review rvct33)."""
    for at in range(mention.last + 1, min(mention.last + 1 + _NOUN_PHRASE + 1, len(tokens))):
        if tokens[at].norm in _PART_VERBS:
            return at > mention.last + 1  # a noun between: "300 deputies took part"
        if tokens[at].norm in ("who", "that", "which") or tokens[at].is_number:
            return False
    return False


def vote_owner(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    text: str, what: str, whole: bool,
) -> str:  # fmt: skip
    """Why ``mention`` is another body's number than the one the count ``what`` counts (see
    the module), or "" when it is not, or the count is no vote count. ``whole``: whether
    the evidence holds a vote no group owns (:func:`whole_vote`), without which a count
    that names no chamber is the vote the page gives, a committee's included."""
    wanted = groups_of(what)
    sided = _sided(what)
    chamber = chambers_of(what)
    if not (wanted or sided or chamber):
        return ""
    value = f"{mention.value:g}"
    if sided and body_size(tokens, mention, text) and not threshold_at(tokens, mention, text):
        return f"{value} is the size of the body that voted, not a side of its vote"
    if whole_size(tokens, mention, text, what):
        return ""  # "Takaichi, leader of the Liberal Democratic Party, won 237 of the 465 votes"
    if body_name(tokens, mention, text):  # "the 650-seat House of Commons": no group's
        return ""  # (a party's seats beside it: figures/chamber_sizes.py)
    owner = _owner(tokens, mention, mentions, text)
    if owner and owner not in wanted and (wanted or chamber or whole):
        return f"{value} is one group's tally ({owner}), not the count's"
    if wanted and not owner and _in_vote(tokens, mention, mentions, text):
        return f"{value} is the whole vote's number, not one group's ({'/'.join(sorted(wanted))})"
    return ""


def whole_vote(tokens: Sequence[Token], mentions: Sequence[NumberMention], text: str) -> bool:
    """Whether a sentence holds a vote's score that no group owns ("the Senate approved it
    71-26"): then a count that names no group is that vote's."""
    return any(
        _in_vote(tokens, mention, mentions, text) and not _owner(tokens, mention, mentions, text)
        for mention in mentions
    )


def _in_vote(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention], text: str
) -> bool:
    return score_of(tokens, mention, mentions, text) is not None


def _owner(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention], text: str
) -> str | None:
    """The group whose number ``mention`` is: named in its own noun phrase, or in its clause
    before it (back to the clause's opener, stopping at a chamber), None for none."""
    for index in range(mention.last + 1, min(mention.last + 1 + _NOUN_PHRASE, len(tokens))):
        if _gap(tokens, index, text).strip(" -\u2010") or tokens[index].norm in _PHRASE_STOPS:
            break
        found = _group(tokens[index].norm)
        if found:
            return found
    first = mention.first
    for other in mentions:  # the score's first number ("40-8", "120 to 40": read back from it)
        between = [t.norm for t in tokens[other.last + 1 : first]]
        if other.last < first and between in ([], ["to"], ["votes", "to"]):
            first = other.first
    passage = False
    for index in range(first - 1, -1, -1):
        norm = tokens[index].norm
        if chambers_of(tokens[index].text) and tokens[index].capitalised:
            return None  # "the Senate passed it 71-26"
        found = _group(norm)
        if found:
            return None if passage and found not in _COMMITTEES else found
        passage = passage or norm in _PASSAGE
        gap = _gap(tokens, index + 1, text) if index + 1 < len(tokens) else ""
        if norm in _OPENERS or any(mark in gap for mark in ";:\u2014"):
            return None
    return None


def _gap(tokens: Sequence[Token], index: int, text: str) -> str:
    return text[tokens[index - 1].end : tokens[index].start] if index else ""


def _all_sided(tokens: Sequence[Token], mention: NumberMention, text: str) -> bool:
    """Whether "all N ..." is one side of the vote: a side's verb after it in its clause ("all
    27 members backed it", "all 100 senators voted for it"), or a side's noun before "all"
    ("with the support of all 50 Democrats", "opposed by all 47")."""
    end = mention.last + 1
    while end < min(mention.last + 7, len(tokens)) and not any(
        mark in _gap(tokens, end, text) for mark in ",;:\u2014"
    ):
        end += 1
    after = [t.norm for t in tokens[mention.last + 1 : end]]
    for index, norm in enumerate(after):
        if norm.startswith(_ALL_SIDED):
            return True
        if norm.startswith("vot") and after[index + 1 : index + 2] in _VOTED_SIDE:
            return True  # "voted for", "voted yes", "voted against"; not "voted on"
    alls = mention.first - 1
    return any(t.norm.startswith(_ALL_SIDED) for t in tokens[max(alls - 4, 0) : alls])


def _part_before(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """Whether a part's number and "of" (and "its", "their") stand right before the number."""
    at = mention.first - 1
    if at >= 0 and tokens[at].norm in _OWNERS:
        at -= 1
    if at < 1 or tokens[at].norm != "of":
        return False
    return tokens[at - 1].is_number or tokens[at - 1].norm in NUMBER_WORDS


_OWNERS = word_set("its their")


def body_size(tokens: Sequence[Token], mention: NumberMention, text: str) -> bool:
    """Whether a number is the size of a voting body (see the module), not how many voted."""
    before = [t.norm for t in tokens[max(mention.first - 4, 0) : mention.first]]
    if before[-3:] in (["one", "of", "the"], ["each", "of", "the"], ["all", "of", "the"]):
        return not _all_sided(tokens, mention, text)  # "every one of the 27 states backed it"
    if len(before) >= 2 and before[-1] == "the" and before[-2] in _WHOLE_AFTER_THE:
        return True  # "of the 100 senators", "the entire 27", "among the 53"
    if before[-2:] == ["out", "of"] or before[-3:] == ["out", "of", "the"]:
        return True  # "68 out of 98"
    if before and before[-1] in _WHOLE_ALONE:
        return not _all_sided(tokens, mention, text)  # "all 435 members"; not "all 50 backed it"
    if before[-3:-1] == ["all", "of"]:
        return True  # "all of the 27 states"
    if _part_before(tokens, mention):
        return True  # "won with 125 of 246 votes", "46 of its 69 votes" (session 33)
    index = mention.first - 1
    possessor = tokens[index] if index >= 0 else None
    if possessor is None or not possessor.text.endswith(SINGULAR_POSSESSIVES):
        return False  # "the Senate's 100 members"
    noun = tokens[mention.last + 1].norm if mention.last + 1 < len(tokens) else ""
    return bool(chambers_of(possessor.norm)) and noun in _SIZE_NOUNS


__all__ = ["body_size", "groups_of", "vote_owner", "whole_size", "whole_vote"]
