"""Who reacted, for a reaction's ``who`` (:mod:`summarizer.verification.sides.parties`): the one
whose response the sentence reports, not the one whose act it responds to.

"Obama said he was disappointed by Putin's decision" names two people, and a fact-checker
reads only Obama as reacting: Putin made the decision. An outside check in session 14 found
the reacted-to accepted as the reacting party. A name is the one reacted to when

- it owns an act ("Putin's decision", "Washington's sanctions", "Trump's move angered
  Tehran"), not a voice of its own ("Beijing's foreign ministry said", "Russia's response");
- it is named after "by" of anything but a verb of reacting ("the sanctions imposed by
  Washington", "an unfriendly act by the EU"; "welcomed by Kyiv" reacts);
- it is the object of a feeling ("angry with Washington", "disappointed in Biden",
  "outraged at the Kremlin"), or its cause as subject ("Trump angered Tehran");
- it is the object of a verb of reacting ("thanked Britain for", "condemned Washington",
  "blamed Brussels"): the reactor is that verb's subject;
- it is the subject of a relative clause on the thing ("the measures, which Brussels
  adopted,"), unless that clause's verb is a reaction ("which Beijing condemned");
- it makes the measure: the subject of a verb of making one ("Commerce Secretary Wilbur
  Ross announced the tariffs", "The United States slapped sanctions on", "the EU adopted a
  ban"), unless its clause answers another's ("imposed counter-tariffs", "in retaliation",
  "in response"), as "Canada announced retaliatory duties" is a reaction (session 14);
- it is the measure's target: after "on", "against" or a verb of aiming right after a
  measure's noun ("sanctions on Venezuelan officials", "the freeze targets Arkady Volkov").

Each is a stated role (unsupported, not unconfirmed). A name in none of them stays the
reactor, as the ``party`` kind reads it.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.possessives import is_possessive
from ..page.tokens import Token, clause_gap, word_set
from ..people.names import TITLES

# What an owner did (reacted to), as against an owner's voice or reaction.
_ACTS = word_set(
    """decision decisions move moves sanctions sanction measure measures package packages
    step steps action actions order orders bill bills law laws ban bans tariff tariffs plan
    plans policy policies invasion annexation attack attacks strike strikes veto vote
    proposal proposals deal asylum offer offers demand demands embargo restrictions curbs
    penalties listing expulsion expulsions announcement announcements threat threats
    blockade seizure arrest crackdown refusal withdrawal freeze duties levies controls checks
    surtax surtaxes surcharge surcharges quota quotas"""
)
_REACTING = word_set(
    """welcomed condemned criticised criticized praised hailed denounced rejected slammed
    greeted applauded decried deplored lauded questioned opposed protested blasted backed
    endorsed supported dismissed rebuffed"""
)
# Feelings whose object (after a preposition) is the cause, and verbs of feeling whose
# subject is the cause and object the one who feels.
FEELINGS = word_set(
    """angry angered furious outraged disappointed dismayed upset concerned worried alarmed
    frustrated irritated annoyed displeased unhappy incensed enraged pleased delighted
    grateful shocked surprised stunned"""
)
_FEELING_LINKS = word_set("at with by in over about toward towards against")
_CAUSING = word_set(
    """angered infuriated outraged disappointed dismayed upset alarmed frustrated irritated
    annoyed displeased incensed enraged pleased delighted shocked surprised stunned
    worried angers infuriates outrages disappoints"""
)
_TARGETING = word_set(
    """thanked condemned criticised criticized praised blamed accused slammed denounced
    hailed rebuked chided urged warned lambasted blasted congratulated"""
)
_SKIP = word_set("the a an")
# What opens the cause a reaction answers.
_CAUSES = word_set("over amid")
_AFTER = word_set("after following")
_RESPONSES = word_set(
    """said says called calls vowed vows warned warns threatened retaliated responded
    reacted protested summoned"""
)
_CAUSE_PAIRS = frozenset(
    {("because", "of"), ("response", "to"), ("retaliation", "for"), ("reaction", "to")}
)
_AUXILIARIES = word_set("had has have was were also")
# Verbs of making a measure, and what makes making one a reaction to another's.
_MAKING = word_set(
    """announced announces unveiled unveils imposed imposes slapped slaps levied levies
    adopted adopts signed signs issued issues ordered orders enacted enacts introduced
    introduces approved approves raised raises expanded expands extended extends blacklisted
    froze freezes banned bans rolled placed tightened tightens hiked hikes toughened toughens
    widened widens reimposed reimposes curbed curbs restricted restricts capped caps"""
)
_ANSWERING = ("retaliat", "counter", "response", "respond", "reciproc", "mirror", "kind", "reply")
_BETWEEN = word_set(
    """had has have also on last this week thursday monday tuesday wednesday friday saturday
    sunday today yesterday earlier later then formally officially quietly"""
)
_AIMING = word_set("on against targets targeting targeted hits hit hitting")
_VERBS_END = word_set("and or but said says which who that")


def _start(tokens: Sequence[Token], first: int, text: str) -> int:
    """The first token of the name's phrase in its clause: back over titles, capitalised
    words and articles ("the Russian President Vladimir Putin")."""
    index = first
    while (
        index > 0
        and first - index < 6
        and not clause_gap(tokens, index - 1, text)
        and (
            tokens[index - 1].norm in TITLES
            or tokens[index - 1].norm in _SKIP
            or (tokens[index - 1].capitalised and index - 1 > 0)
        )
    ):
        index -= 1
    return index


def _owns_act(tokens: Sequence[Token], last: int, text: str) -> bool:
    """ "Putin's decision", "Washington's new sanctions": the name owns an act."""
    if not is_possessive(tokens[last], text):
        return False
    for token in tokens[last + 1 : last + 4]:
        if token.norm in _ACTS:
            return True
        if token.capitalised or token.norm in TITLES:
            return False  # "Russia's foreign ministry", "China's President Xi": a voice
    return False


def _in_cause(tokens: Sequence[Token], start: int, text: str) -> bool:
    """The name is in the clause a reaction answers ("after Britain expanded its list",
    "following Canada's listings", "in response to the EU's package"): back in its clause
    to a cause's opener."""
    for index in range(start - 1, -1, -1):
        if clause_gap(tokens, index, text):
            return False
        norm = tokens[index].norm
        if norm in _AFTER:  # "accused London ... after Britain expanded": a reaction before it
            return any(_responds(t.norm) for t in tokens[:index])
        if norm in _CAUSES or (index and (tokens[index - 1].norm, norm) in _CAUSE_PAIRS):
            return True
    return False


def _responds(norm: str) -> bool:
    """A word of reacting, feeling or saying: what makes an "after" clause the cause of a
    reaction ("Moscow vowed to retaliate after ..."), not the time of another act ("the EU
    cleared the way after Slovakia lifted its veto": Slovakia's own response)."""
    return norm in _REACTING or norm in _TARGETING or norm in FEELINGS or norm in _RESPONSES


def _makes(tokens: Sequence[Token], last: int, text: str) -> bool:
    """The name is the subject of a verb of making the measure, in a clause that answers no
    other measure."""
    index = last + 1
    while index < len(tokens) and (
        tokens[index].capitalised or tokens[index].norm in TITLES
    ) and not clause_gap(tokens, index - 1, text):  # fmt: skip
        index += 1  # "Commerce Secretary Wilbur Ross", "The EU's Council"
    while index < len(tokens) and (
        tokens[index].norm in _BETWEEN or tokens[index].norm.endswith("ly")
    ):  # fmt: skip
        index += 1
    if index >= len(tokens) or tokens[index].norm not in _MAKING:
        return False
    end = index + 1
    while end < len(tokens) and not clause_gap(tokens, end - 1, text):
        end += 1
    return not any(t.norm.startswith(_ANSWERING) for t in tokens[index:end])


def _targeted(tokens: Sequence[Token], start: int, text: str) -> bool:
    """ "sanctions on three Venezuelan officials", "the freeze targets X": after an aiming
    word that follows a measure's noun."""
    for index in range(start - 1, max(start - 5, 0), -1):  # "targets the shipping magnate X"
        if tokens[index].norm in _AIMING:
            window = tokens[max(index - 3, 0) : index]
            return any(t.norm in _ACTS or t.norm in _MEASURES for t in window)
        if clause_gap(tokens, index, text) or tokens[index].norm in _VERBS_END:
            return False
        if tokens[index].capitalised or tokens[index].norm.endswith("ed"):
            return False  # "Washington's tariff on steel prompted Brussels to ...": a verb
    return False


_MEASURES = word_set("freeze curbs levies duties controls")


def reacted_to(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """Whether the name at ``tokens[first:last + 1]`` is the one reacted to, not reacting
    (see the module)."""
    if _owns_act(tokens, last, text):
        return True
    start = _start(tokens, first, text)
    before = tokens[start - 1].norm if start else ""
    ahead = tokens[last + 1].norm if last + 1 < len(tokens) else ""
    if before == "by" and start >= 2:
        return tokens[start - 2].norm not in _REACTING  # "imposed by Washington"
    if before in _FEELING_LINKS and start >= 2 and tokens[start - 2].norm in FEELINGS:
        return True  # "angry with Washington", "disappointed in Biden"
    if before in _TARGETING and not clause_gap(tokens, start - 1, text):
        return True  # "thanked Britain for the sanctions", "condemned Washington"
    if ahead in _CAUSING and last + 2 < len(tokens) and tokens[last + 2].capitalised:
        return True  # "Trump angered Tehran"
    if _in_cause(tokens, start, text):
        return True  # "accused London of hysteria after Britain expanded its blacklist"
    if _makes(tokens, last, text) or _targeted(tokens, start, text):
        return True  # "Wilbur Ross announced the tariffs", "sanctions on Venezuelan officials"
    relative = before == "which" or (before == "that" and tokens[start - 2].norm in _ACTS)
    if relative and start >= 2:
        for word in tokens[last + 1 : last + 4]:
            if word.norm in _REACTING:
                return False  # "the sanctions, which Beijing condemned"
            if word.norm not in _AUXILIARIES:
                return True  # "the measures, which Brussels adopted"
    return False


__all__ = ["FEELINGS", "reacted_to"]
