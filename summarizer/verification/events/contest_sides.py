"""The losing side of a scored contest took part in it: "the Thunder beat the Indiana Pacers
103-91", "RCB edged Punjab Kings by six runs", "Chelsea beat Paris Saint-Germain 3-0".

Why: the actor rule refuses a name that stands in its evidence only as a verb's object, "the one
acted on" ("expelled Fiji", "routed the army"). A match is not done to the loser: both sides
play it, and the schema's actors are who carried an event out "or took part". Six of the
false alarms on checks 86-91 were the second side of a match the gold names as an actor.

The form of English: a contest's result is written as a *score* ("3-0", "103-91", "15-13",
"2-2") or a *margin* ("by six runs", "by two strokes", "by 12 points", "by three wickets", "on
penalties", "on aggregate") standing right after the name of the side the winner beat, drew with
or lost to. So a name is a contest's side, not acted on, when
- a verb of winning, losing or meeting in a contest (a closed class: "beat", "defeated",
  "edged", "thrashed", "routed", "drew with", "lost to", "fell to", "faced", "played", "won
  against", "v", "versus") stands right before it (an article or "the" between), and
- a score or a margin follows it at once in its own clause; or the score stands between a
  verb of result and its preposition ("drew 2-2 with Aberdeen", "lost 3-1 to the Dodgers",
  "won 2-0 against Rangers").
A score is two numbers joined by a hyphen or an en dash ("3-0", "24\u201317"), or in US style
by "to" ("24 to 17"), that end their clause or run into a word that is no noun: a preposition
("3-0 in the final"), a time ("2-0 yesterday", "3-1 last night", "on Sunday"), "aet", "thanks
to", "despite"; two that run into a noun are a range ("20-30 kilometres", "30-40 fighters").
A margin counts its unit with a number or with "a" ("by a stroke", "by an innings and 42
runs", "by 4,000 votes"); "in straight sets" is a margin; and the score may stand before a
result's noun and its preposition ("slumped to a 3-0 defeat against Hibernian", "a 2-1 win
over Leeds"; gactors, s39).

The side is the whole object, and the result follows it at once (a particle "out" or "off" may
stand between: "knocked Benfica out 3-1"). So a name is no side when it only modifies the
object: a possessor ("beat Prince William's Aston Villa 2-1": a fan), a noun's modifier ("the
Hale nomination 51-49", "the Kessler pay plan 61-39"), nor when a preposition parts it from
the pair ("crushed the Oromo Liberation Army in 2019-20": a period, not a score). A vote's
tally is written like a score; what a legislature or electorate votes down is an instrument
("the Finance Bill 310-290", "Measure B by 12 points", "the Carver Act 61-12"), a closed class
of English nouns (:data:`_INSTRUMENTS`), and no side of a match (review rv-r2actors, s38).

Both are needed: a score alone is not a contest ("fined Barclays 39-40 ..." never happens, but
"killed 30-40 fighters" does), and a verb of defeat alone is also a war's or a police action's
("routed the army", "beat the protesters"), where the one beaten is acted on and stays refused.
A money sum, a count or a share is no score ("hit ANZ with $250 million", "cut its stake by 5%").
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.ordinary import ordinary_forms
from summarizer.text.vocabulary import NUMBER_WORDS
from ..page.possessives import is_possessive
from ..page.tokens import Token, clause_gap, word_set

# Verbs (and the words of "won against", "drew with", "v") a contest's other side stands right
# after. A closed class in English sports copy; each inflection is listed.
_CONTEST = word_set(
    """beat beats beating defeat defeats defeated defeating edge edges edged edging thrash
    thrashes thrashed thrashing rout routs routed routing overcome overcomes overcame
    overpowered outplayed outscored upset upsets downed downs trounced trounce crushed crush
    hammered hammer stunned stun swept sweep whipped thumped eliminated eliminate knocked
    against with to over v vs versus"""
)
# Words a preposition of a contest must follow to be one: "drew with", "lost to", "win over".
_PREPOSITIONS = word_set("against with to over v vs versus")
_LEADS = word_set(
    """drew draw draws drawing tied tie lost lose loses losing fell fall falls won win wins
    winning victory defeat loss draw played play plays playing out beat edged"""
)
_SKIP = word_set("the a an")
_PRONOUNS = word_set("they we he she it you i")
_ADVERBS = word_set("again then also still once twice finally easily duly even just")
# Verbs only a contest's winner does to a side, whatever the subject ("Two late tries beat
# Carlow by four points"); a market is hammered, crushed, hit (review rv40a).
_WINNING = word_set(
    """beat beats defeated defeats edged edges thrashed thrashes routed overcame outplayed
    outscored upset downed trounced eliminated"""
)
# A bare subject that is a side or its scores: "Champions crushed Kelso by 40 points".
_SIDES = word_set(
    """champions holders hosts visitors favourites favorites leaders underdogs challengers
    winners newcomers"""
)
# A margin's units: "by six runs", "by two strokes", "by 12 points".
_UNITS = word_set(
    """run runs wicket wickets point points goal goals stroke strokes shot shots length lengths
    second seconds minute minutes game games set sets frame frames try tries innings vote
    votes"""
)
_ONE = word_set("a an one")
_MARGIN_ENDS = word_set("penalties aggregate shootout")
_AFTER_SCORE = word_set(
    """in at on to with against and after before for during of as over aet yesterday today
    tonight last this thanks despite courtesy monday tuesday wednesday thursday friday
    saturday sunday"""
)
# A result's noun between the score and the preposition: "a 3-0 defeat against Hibernian".
_RESULTS = word_set("defeat defeats loss losses win wins victory victories draw draws")
_DASHES = ("-", "\u2013", "\u2010", "\u2011")
# Particles a result may follow the side past: "knocked Benfica out 3-1 on aggregate".
_PARTICLES = word_set("out off")
# What a vote defeats, passes or crushes: a tally after one is no match's score.
_INSTRUMENTS = word_set(
    """bill bills act acts amendment amendments motion motions resolution resolutions measure
    measures proposition propositions proposal proposals nomination nominations ordinance
    ordinances referendum initiative initiatives budget budgets plan plans package packages
    scheme schemes treaty appeal appeals petition petitions"""
)


def contest_side(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """Whether the name at ``tokens[first:last + 1]`` is the other side of a scored contest
    (see the module). The span may be part of a longer name ("Saint-Germain" of "Paris
    Saint-Germain"): the whole capitalised run is read."""
    while first > 0 and tokens[first - 1].capitalised and not clause_gap(tokens, first - 1, text):
        if is_possessive(tokens[first - 1], text):
            break  # "Prince William's Aston Villa": the side is what follows the owner
        first -= 1
    while last + 1 < len(tokens) and not clause_gap(tokens, last, text):
        following = tokens[last + 1]
        if is_possessive(tokens[last], text) or following.is_number:
            break
        if not (following.capitalised or following.joined):
            break
        last += 1
    if is_possessive(tokens[last], text) or any(
        tokens[i].norm in _INSTRUMENTS for i in range(first, last + 1)
    ):
        return False  # an owner, a fan ("Elton John's Watford"); a bill voted on
    if _after_contest_word(tokens, first) and _scored(tokens, last, text):
        return not _sideless(tokens, first, last)
    return _scored_before(tokens, first)


def _sideless(tokens: Sequence[Token], first: int, last: int) -> bool:
    """A margin ("by 900 points") after a verb whose subject is a bare common noun, no side:
    "Panic selling hammered the Hang Seng by 900 points", "Investors hammered Dunmore Foods
    by 40 points" (a cause and the ones trading move an index or a price; "Labour thrashed
    the SNP by 12 points", "The hosts beat Leeds by 12 points" name a side; review
    rv-r2actors, s40)."""
    verb = first - 1
    while verb >= 0 and tokens[verb].norm in _SKIP:
        verb -= 1
    after = last + 1
    while after < len(tokens) and tokens[after].norm in _PARTICLES:
        after += 1
    if verb < 1 or after >= len(tokens) or tokens[after].norm != "by":
        return False
    if tokens[verb].norm in _WINNING or tokens[verb - 1].norm in _SIDES | _UNITS:
        return False
    subject = tokens[:verb]
    if any(t.norm in _SKIP or t.norm in _PRONOUNS for t in subject):
        return False
    if any(t.capitalised for t in subject[1:]):
        return False  # "Manchester United beat": a name
    head = subject[-1].norm
    if len(subject) > 1:  # "Panic selling", "Nervous sellers"; not "Leeds comfortably"
        return head.isalpha() and not head.endswith("ly") and head not in _ADVERBS
    return head in ordinary_forms()  # "Investors", not "Arsenal"


def _score_ends(tokens: Sequence[Token], index: int, text: str) -> bool:
    """Whether the pair ending at ``tokens[index]`` is a score, not a range: a score ends its
    clause or runs into a preposition or "and" ("3-0 in the final", "24-17 at Lumen Field");
    a range runs into its noun ("30-40 kilometres", "20-25 fighters")."""
    if index + 1 >= len(tokens) or clause_gap(tokens, index, text):
        return True
    return tokens[index + 1].norm in _AFTER_SCORE


def _scored_before(tokens: Sequence[Token], first: int) -> bool:
    """The score between the verb and its preposition: "drew 2-2 with Aberdeen", "lost 3-1 to
    the Dodgers", "won 2-0 against Rangers", "fell 24-17 to the Ravens"."""
    index = first - 1
    while index >= 0 and tokens[index].norm in _SKIP:
        index -= 1
    if index < 3 or tokens[index].norm not in _PREPOSITIONS | word_set("by"):
        return False
    if tokens[index - 1].norm in _RESULTS:  # "a 3-0 defeat against Hibernian"
        return index > 3 and _pair(tokens, index - 3, "")
    if tokens[index].norm == "by":
        return False
    return _pair(tokens, index - 2, "") and tokens[index - 3].norm in _LEADS


def _pair(tokens: Sequence[Token], index: int, text: str) -> bool:
    """Two numbers joined by a hyphen at ``tokens[index]`` ("3-0"), or, with the text, by an
    en dash ("24\u201317")."""
    if index < 0 or index + 1 >= len(tokens):
        return False
    one, two = tokens[index], tokens[index + 1]
    if one.is_number and two.is_number:
        return two.joined or (bool(text) and text[one.end : two.start] in _DASHES)
    return False


def _after_contest_word(tokens: Sequence[Token], first: int) -> bool:
    index = first - 1
    while index >= 0 and tokens[index].norm in _SKIP:
        index -= 1
    if index < 0 or tokens[index].norm not in _CONTEST:
        return False
    if tokens[index].norm in _PREPOSITIONS - word_set("v vs versus"):
        return index > 0 and tokens[index - 1].norm in _LEADS
    return True


def _scored(tokens: Sequence[Token], last: int, text: str) -> bool:
    """A score ("103-91") or a margin ("by six runs", "on penalties") right after the name
    (past a particle: "knocked Benfica out 3-1"), in its clause. Any other word between is
    the name's noun ("the Hale nomination 51-49") or a preposition's ("in 2019-20"): the
    pair is then no result of the name's match."""
    index = last
    while True:
        if index + 1 >= len(tokens) or clause_gap(tokens, index, text):
            return False
        index += 1
        if tokens[index].norm not in _PARTICLES:
            break
    token = tokens[index]
    if _pair(tokens, index, text) and not token.attached:
        return _score_ends(tokens, index + 1, text)  # "103-91", "3-0", "24\u201317"
    words = [t.norm for t in tokens[index : index + 4]]
    if token.is_number and words[1:2] == ["to"] and _pair_to(tokens, index):
        return _score_ends(tokens, index + 2, text)  # "24 to 17" (US style)
    if token.norm == "by" and index + 2 < len(tokens):
        amount, unit = tokens[index + 1], tokens[index + 2]
        counted = amount.is_number or amount.norm in NUMBER_WORDS or amount.norm in _ONE
        return counted and unit.norm in _UNITS  # "by six runs", "by a stroke", "by an innings"
    if words[:3] in (["in", "straight", "sets"], ["in", "straight", "games"]):
        return True  # "in straight sets"
    return token.norm == "on" and index + 1 < len(tokens) and tokens[index + 1].norm in _MARGIN_ENDS


def _pair_to(tokens: Sequence[Token], index: int) -> bool:
    return index + 2 < len(tokens) and tokens[index + 2].is_number and not tokens[index].attached


__all__ = ["contest_side"]
