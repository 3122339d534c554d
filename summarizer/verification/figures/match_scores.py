"""A side's tally read from a match's score (session 38, round 2: checks 86-91 left
"Chelsea goals = 3", "Thunder points = 103", "Europe's points = 15" unread, since no word for
goals or points stands next to the number in "Chelsea beat Paris Saint-Germain 3-0").

The form of English: a result is told as a verb of victory or defeat with the two sides as its
subject and its object, and the score as a dashed pair of numbers after the verb ("X beat Y
3-0", "X thrashed Y 5-1", "X won 15-13", "X lost 2-1 to Y", "X were beaten 3-0 by Y"). A
score does not say in its own words whose number is whose; the convention every outlet keeps is
that the winner holds the larger number, in whichever order the pair is written ("lost 0-3",
"lost 3-0"). So the reader takes the winner from the verb and the larger number as the
winner's: the subject of an active verb of victory, the object of a verb of defeat ("lost to
Y") and the agent of a passive one ("were beaten by Y") are the winner; the other side holds
the smaller number.

A count is read this way only when all of these hold, so that the wrong side, the wrong tally
and a part of the match stay refused:

- its words name a tally a score is kept in (goals, points, runs, games, sets, frames,
  legs: English's closed list of what a score counts; not tries, which a rugby score does not
  count) and a side by name (its capitalised words);
- the side is the verb's subject - the name right before the verb ("the Thunder beat") or
  the last name that opens the sentence or a clause before it ("Europe kept the Ryder Cup on
  Sunday, riding out a late rally to win 15-13"), never a name after a preposition ("drew
  with Spain") or a possessor ("Chelsea's Palmer") - or its object, between the verb and the
  score ("beat the Indiana Pacers 103-91");
- every other word of the count (a part of the match: "third-quarter points") is among the
  object's words, and every common noun of the object ("won the third quarter 34-20", "won
  the shoot-out 3-1") among the count's: a quarter's score is no count of the match's points,
  nor the match's score a count of a quarter's; words set off by commas are an aside
  ("thrashing Paris Saint-Germain, Europe's champions, 3-0");
- the score is the first after the verb, and a tie (a draw) gives no winner.

A participle opening its clause with no "be" and its agent "by" after the score is passive
("Beaten 3-0 by Leeds, Hull ..."); a verb's particle or a place's adjunct is no object ("edged
out 20-19", "lost at home to"); and a side that is neither the subject nor the object of a
result told between two names holds no tally of it ("Germany topped the group after Spain beat
Italy 3-0": 0 is Italy's). Session 40, gcn40. A phrasal verb is a result's with its particle
("saw off Bath 31-17", "knocked out 2-0 by Bayern"; "fell 3-1 to Leeds" a defeat); a bare
participle that opens the sentence has the name opening the main clause after its phrase as
its subject ("Beaten 3-1 by Celtic, Rangers dropped"); an agent's name ends at a comma; and a
name beside a result told with a subject and an opponent holds none of its tally ("Hull,
edged 2-1 by Leeds, host Millwall"). Session 41, gcn41a.

Read from the score's own sentence, by position; anything else is left to the other rules.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import CLAUSE_MARKS, Token, word_set
from .numbers import NumberMention

# What a score counts (English's tallies of a contest); a count naming none is another figure.
_TALLIES = word_set("goal goals point points run runs game games set sets frame frames leg legs")
# A count's words that say nothing beyond its tally and side ("goals scored by PSG").
_PLAIN = word_set("scored score by the of in total final match game")
_WIN = word_set(
    """beat beats beating beaten won win wins winning defeated defeat defeats defeating
    thrashed thrash thrashes thrashing routed rout routs routing crushed crush crushes
    crushing hammered hammer hammering trounced trounce trouncing thumped thump thumping
    downed down edged edge edging overcame overcome overcoming swept sweep sweeping
    outscored outscore whipped walloped drubbed"""
)
_LOSE = word_set("lost lose loses losing")
_BE = word_set("is are was were be been being")
_PREPOSITIONS = word_set(
    "with against to over at of by from for in on into than versus vs v after before"
)
_DETERMINERS = word_set("the a an their its his her them us him it")  # and object pronouns
_AGENTS = word_set("to by against over")  # a side named right after its score
# Words that open a clause whose subject may follow them ("after Spain beat Italy 3-0").
_SUBORDINATORS = word_set("after before since until till once")
# A result not reported as played: needed, supposed, predicted or denied ("Spain need to beat
# Italy 3-0", "If Scotland beat Norway 2-1", "expect Brazil to beat", "did not beat").
_MOOD = word_set(
    """will would could might must should can may shall need needs if unless whether not
    never expect expects expected predict predicts predicted hope hopes want wants"""
)
_PLACE_QUALIFIERS = word_set("new north south east west northern southern eastern western")
_GO = word_set("go goes going gone went")  # "went down 2-1 to Hull": a defeat
# Phrasal verbs of a result, each with its particle ("saw off Bath", "knocked out 2-0 by
# Bayern"): a victory; "fell 3-1 to Leeds", "falls to Hull 2-0": a defeat (session 41, gcn41a).
_PHRASAL_WIN = {
    "out": word_set("knocked knock knocks knocking"),
    "off": word_set("saw see sees seeing seen"),
}
_FALL = word_set("fell fall falls falling fallen")
# A verb's particle ("edged out 20-19") and a place's adjunct ("lost at home to Saracens"):
# no part of the match, and no object (review rvr2counta).
_ADJUNCTS = word_set("out off past home away")
# What the words after a score say it counts ("7-3 in sets", "4-1 in the series"); a
# shoot-out's or penalties' score counts no tally of the match.
_UNITS = {
    "sets": "sets set", "set": "sets set", "legs": "legs leg", "frames": "frames frame",
    "games": "games game", "series": "games game", "tests": "games game",
    "penalties": "", "pens": "", "shoot": "", "shoot-out": "", "shootout": "",
}  # fmt: skip
_REACH = 10  # words between a verb and its score


def _gap(tokens: Sequence[Token], left: int, text: str) -> str:
    return text[tokens[left].end : tokens[left + 1].start] if text else ""


def _partner(tokens: Sequence[Token], mention: NumberMention, text: str) -> tuple[int, int] | None:
    """The score ``mention`` is one number of, as (first token, second token), or None."""
    at = mention.first
    if mention.first != mention.last or not tokens[at].is_number:
        return None
    for left in (at - 1, at):
        right = left + 1
        if left < 0 or right >= len(tokens):
            continue
        numbers = tokens[left].is_number and tokens[right].is_number
        if numbers and _gap(tokens, left, text) in {"-", "\u2013", "\u2014"}:
            return left, right
    return None


def _name(what: str) -> list[str]:
    """The side a count names: its first run of capitalised words, lowercased ("Europe's
    points": europe; "goals scored by PSG": psg), possessive dropped."""
    words = what.replace("\u2019", "'").split()
    runs: list[list[str]] = [[]]
    for index, word in enumerate(words):
        plain = word.removesuffix("'s").removesuffix("'").strip(",.")
        if plain[:1].isupper() and (index or plain.lower() not in _TALLIES | _PLAIN):
            runs[-1].append(plain.lower())
        elif runs[-1]:
            runs.append([])
    return next((run for run in runs if run), [])


def _runs(tokens: Sequence[Token], start: int, end: int) -> list[tuple[int, int]]:
    """The runs of capitalised words from ``start`` up to ``end`` (first, last index)."""
    found: list[tuple[int, int]] = []
    index = start
    while index < end:
        if tokens[index].capitalised and not tokens[index].is_number:
            first = index
            while index + 1 < end and tokens[index + 1].capitalised:
                index += 1
            found.append((first, index))
        index += 1
    return found


def _is(tokens: Sequence[Token], run: tuple[int, int], name: list[str]) -> bool:
    """Whether the run names the side; a name shorn of a place's qualifier is another place
    ("England" in "New England", "Ireland" in "Northern Ireland")."""
    norms = [t.norm for t in tokens[run[0] : run[1] + 1]]
    return any(
        norms[i : i + len(name)] == name and (not i or norms[i - 1] not in _PLACE_QUALIFIERS)
        for i in range(len(norms) - len(name) + 1)
    )


def _subject(tokens: Sequence[Token], verb: int, text: str) -> tuple[int, int] | None:
    """The verb's subject: the name right before it (after "the"), else the last name before
    it that opens the sentence or a clause; a possessor or a preposition's object is none."""
    best = None
    for first, last in _runs(tokens, 0, verb):
        owned = tokens[last].text.replace("\u2019", "'").endswith("'s")
        lead = tokens[first - 1].norm if first else ""
        before = not set(_gap(tokens, last, text)) & CLAUSE_MARKS and last + 1 == verb
        if before and (owned or (lead in _PREPOSITIONS and lead not in _SUBORDINATORS)):
            return None  # the name before the verb is no subject, and hides the subject
        if before:
            return first, last  # "after Spain beat Italy 3-0": Spain, not the opening name
        opens = not first or bool(set(_gap(tokens, first - 1, text)) & (CLAUSE_MARKS | {"-"}))
        if not owned and lead not in _PREPOSITIONS and (before or opens):
            best = (first, last)
    return best


def _object_words(tokens: Sequence[Token], verb: int, score: int, text: str) -> list[str]:
    """The lowercase words between the verb and the score, outside commas' asides."""
    words, aside = [], False
    for index in range(verb + 1, score):
        if index > verb + 1 and set(_gap(tokens, index - 1, text)) & CLAUSE_MARKS:
            aside = not aside
        token = tokens[index]
        skip = _DETERMINERS | _PREPOSITIONS | _ADJUNCTS  # "lost to Chelsea 3-0": no part
        if not aside and not token.capitalised and token.norm not in skip:
            words.append(token.norm)
    return words


def _unreal(tokens: Sequence[Token], verb: int, text: str) -> bool:
    """Whether the verb's clause tells a result needed, supposed, predicted or denied."""
    for index in range(verb - 1, -1, -1):
        norm = tokens[index].norm
        if norm in _MOOD or norm.endswith("n't"):
            return True
        if index and set(_gap(tokens, index - 1, text)) & (CLAUSE_MARKS | set(".!?")):
            return False
    return False


def _units(tokens: Sequence[Token], pair: tuple[int, int], text: str) -> frozenset[str] | None:
    """The tallies the words after a score allow it to count ("7-3 in sets": sets; "4-2 in
    Game 6": not games), or None when they say nothing; a set-by-set score ("6-4, 6-2")
    counts a set's games, which no count of the match names: no tally."""
    after, size = pair[1] + 1, len(tokens)
    if after + 1 < size and tokens[after].is_number and tokens[after + 1].is_number:
        return frozenset()  # "6-4, 6-2"
    if pair[0] > 1 and tokens[pair[0] - 1].is_number and tokens[pair[0] - 2].is_number:
        return frozenset()
    if after >= size or tokens[after].norm not in {"in", "on"}:
        return None
    for index in range(after + 1, min(size, after + 5)):
        if set(_gap(tokens, index - 1, text)) & CLAUSE_MARKS:
            return None
        norm = tokens[index].norm
        if norm == "game" and index + 1 < size and tokens[index + 1].is_number:
            return _TALLIES - {"game", "games"}  # "4-2 in Game 6": one game's goals
        if norm in _UNITS:
            return word_set(_UNITS[norm])
    return None


def match_score(tokens: Sequence[Token], mention: NumberMention, what: str, text: str) -> bool:
    """Whether ``mention`` is the side's tally ``what`` names in a match's score (module)."""
    return _side(tokens, mention, what, text) is True


def result_score(tokens: Sequence[Token], mention: NumberMention, text: str) -> bool:
    """Whether ``mention`` is a number of a match's score told after a verb of its result
    ("Bristol lost at home to Saracens 10-24 on Saturday"): a score, never a range, whichever
    number is written first; not a pair with a noun or a mark of its own after it ("lost
    10-20 staff", "lost 10-15%"). Session 43, gcn43a."""
    pair = _partner(tokens, mention, text)
    if pair is None or _verb(tokens, pair)[0] < 0:
        return False
    after = pair[1] + 1
    if after >= len(tokens):
        return True
    gap = _gap(tokens, pair[1], text).strip()
    if gap:
        return set(gap) <= CLAUSE_MARKS | {"."}
    return tokens[after].norm in _PREPOSITIONS


def match_clash(tokens: Sequence[Token], mention: NumberMention, what: str, text: str) -> str:
    """Why ``mention`` is the other side's tally in a match's score, or "" (module): "Arsenal
    won 2-1 against Spurs" gives 1 to Spurs, not to Arsenal; or no side's tally at all (review
    rvr2counta): a result needed, supposed or denied, a score in play ("were winning 2-1"), a
    score in other units than the count's ("3-2 on penalties" of goals, "6-4, 6-2" of games)."""
    pair = _partner(tokens, mention, text)
    words = [w.strip(".,'").lower() for w in what.replace("-", " ").split()]
    if pair is not None and _name(what) and _TALLIES & set(words):
        verb, head = _verb(tokens, pair)
        if verb >= 0 and _not_tallied(tokens, pair, head, words, text):
            return f"{mention.value:g} is no tally of {what!r}: a result unplayed or in other units"
    if _side(tokens, mention, what, text) is False:
        return f"{mention.value:g} is the other side's tally in the match's score"
    return ""


def _verb(tokens: Sequence[Token], pair: tuple[int, int]) -> tuple[int, int]:
    """The verb of the result a score follows and its clause's head ("went" of "went down"),
    or (-1, -1)."""
    verbs = [i for i in range(max(0, pair[0] - _REACH), pair[0]) if _result(tokens, i, pair)]
    if not verbs or any(t.is_number for t in tokens[verbs[-1] + 1 : pair[0]]):
        return -1, -1
    verb = verbs[-1]
    down = verb and tokens[verb].norm == "down" and tokens[verb - 1].norm in _GO
    return verb, verb - 1 if down else verb


def _result(tokens: Sequence[Token], at: int, pair: tuple[int, int]) -> str:
    """ "win" or "lose" when ``tokens[at]`` is a verb of a result the score ``pair`` follows
    (a phrasal one with its particle right after it: "saw off", "knocked out"; "fell" with
    "to" before the loser's opponent, right after it or after the score), else ""."""
    norm = tokens[at].norm
    following = tokens[at + 1].norm if at + 1 < len(tokens) else ""
    if norm in _WIN or norm in _PHRASAL_WIN.get(following, ()):
        return "win"
    if norm in _LOSE:
        return "lose"
    after = pair[1] + 1
    to = following == "to" or (after < len(tokens) and tokens[after].norm == "to")
    return "lose" if norm in _FALL and to else ""


def _not_tallied(
    tokens: Sequence[Token], pair: tuple[int, int], head: int, words: list[str], text: str
) -> bool:  # fmt: skip
    """Whether the score counts none of the count's tallies: its result is not told as played
    (needed, supposed, denied, or in play: "were winning 2-1"), or its units are others."""
    progressive = tokens[head].norm.endswith("ing") and head and tokens[head - 1].norm in _BE
    units = _units(tokens, pair, text)
    return (
        _unreal(tokens, head, text)
        or bool(progressive)
        or (units is not None and not units & set(words))
    )


def _side(
    tokens: Sequence[Token], mention: NumberMention, what: str, text: str
) -> bool | None:  # fmt: skip
    """True when ``mention`` is the side's tally, False when the other side's, None unread."""
    pair = _partner(tokens, mention, text)
    words = [w.strip(".,'").lower() for w in what.replace("-", " ").split()]
    name = _name(what)
    if pair is None or not name or not _TALLIES & set(words):
        return None
    high, low = (tokens[i].norm for i in pair)
    if float(high.replace(",", "")) == float(low.replace(",", "")):
        return None  # a draw names no winner
    larger = mention.value == max(float(t.replace(",", "")) for t in (high, low))
    verb, head = _verb(tokens, pair)
    if verb < 0 or _not_tallied(tokens, pair, head, words, text):
        return None  # "need to beat Italy 3-0"; "beat Italy 3-2 on penalties"
    objects = _object_words(tokens, verb, pair[0], text)
    rest = [w for w in words if w not in _TALLIES | _PLAIN and w not in name]
    rest = [w.removesuffix("'s") for w in rest if w.removesuffix("'s") not in name]
    if rest and not objects and _apposed_result(tokens, pair, rest, text):
        rest = []  # "won 3-1 at Elland Road, their biggest home win": the label's match
    if any(w not in objects for w in rest) or any(w not in rest for w in objects):
        return None  # "won the third quarter 34-20" and a count of the match's points
    passive = head > 0 and tokens[head - 1].norm in _BE  # "were winning" is left above
    passive = passive or _bare_participle(tokens, verb, pair, text)  # "Beaten 3-0 by Leeds,"
    won = (_result(tokens, verb, pair) == "win" and head == verb) != passive  # subject won
    others = _runs(tokens, verb + 1, pair[0])
    at = pair[1] + 1  # "lost 5-0 to PSG", "beaten 3-0 by Chelsea", "won 2-1 over Inter"
    if at + 1 < len(tokens) and tokens[at].norm in _AGENTS and not _gap(tokens, pair[1], text)[1:]:
        others += _runs(tokens, at + 1, _clause_end(tokens, at + 1, at + 2 + len(name), text))
    after = [run for run in others if _is(tokens, run, name)]
    subject = _subject(tokens, head, text)
    if subject is None and passive and verb == head:  # "Beaten 3-0 by Leeds, Hull ..."
        subject = _participle_subject(tokens, pair, text)
    if subject is not None and _is(tokens, subject, name) and not after:
        return larger == won
    if after and (subject is None or not _is(tokens, subject, name)):
        return larger != won
    if subject is not None and others:  # "after Spain beat Italy 3-0" holds no tally of
        return False  # Germany's; "Hull, edged 2-1 by Leeds, host Millwall": none of Millwall's
    return None


# A noun of a match's result, heading a phrase set beside the score ("their biggest home win").
_RESULT_NOUNS = word_set("win wins victory victories defeat defeats loss losses draw draws")


def _apposed_result(
    tokens: Sequence[Token], pair: tuple[int, int], rest: list[str], text: str
) -> bool:  # fmt: skip
    """Whether the count's other words are the noun phrase after the score's clause, past its
    comma, up to its noun of the result ("Leeds won 3-1 at Elland Road, their biggest home win of
    the season"): the label describes the very match (review rvcr38)."""
    start = _clause_end(tokens, pair[1], len(tokens), text)
    phrase = [t.norm for t in tokens[start : _clause_end(tokens, start, len(tokens), text)]]
    head = next((at for at, norm in enumerate(phrase) if norm in _RESULT_NOUNS), -1)
    return head >= 0 and all(w in phrase[: head + 1] for w in rest)  # not "in the third quarter"


def _clause_end(tokens: Sequence[Token], start: int, end: int, text: str) -> int:
    """``end``, or the first index after ``start`` a clause mark comes before ("by Celtic,
    Rangers": the agent's name ends at the comma)."""
    for index in range(start + 1, min(end, len(tokens))):
        if set(_gap(tokens, index - 1, text)) & CLAUSE_MARKS:
            return index
    return min(end, len(tokens))


def _participle_subject(
    tokens: Sequence[Token], pair: tuple[int, int], text: str
) -> tuple[int, int] | None:  # fmt: skip
    """The subject of a bare participle that opens the sentence ("Beaten 3-1 by Celtic,
    Rangers dropped"): the name that opens the main clause after the participle's phrase
    (its first comma), when a verb follows that name; None otherwise."""
    comma = next(
        (i for i in range(pair[1] + 1, len(tokens)) if "," in _gap(tokens, i - 1, text)), None
    )
    runs = _runs(tokens, comma, len(tokens)) if comma is not None else []
    if not runs or runs[0][0] != comma or runs[0][1] + 1 >= len(tokens):
        return None
    follower = tokens[runs[0][1] + 1]
    return runs[0] if not follower.capitalised and not follower.is_number else None


def _bare_participle(
    tokens: Sequence[Token], verb: int, pair: tuple[int, int], text: str
) -> bool:  # fmt: skip
    """Whether the verb is a passive participle without "be" ("Beaten 3-0 by Leeds, Hull",
    "Hull, edged 2-1 by Leeds,"): a past form that opens its clause, no object before the score
    and its agent "by" right after it."""
    at = pair[1] + 1
    opens = not verb or bool(set(_gap(tokens, verb - 1, text)) & CLAUSE_MARKS)
    return (
        opens
        and tokens[verb].norm.endswith(("ed", "en"))
        and not _runs(tokens, verb + 1, pair[0])
        and at < len(tokens)
        and tokens[at].norm == "by"
    )


__all__ = ["match_clash", "match_score", "result_score"]
