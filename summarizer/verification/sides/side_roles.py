"""Names a sentence gives a role beside the sides, for :mod:`summarizer.verification.sides.parties`
and :mod:`summarizer.verification.sides.event_actors`: the one who watches, the one who brokers or
chairs, the host named by title, and what a meeting was called off over.

:mod:`summarizer.verification.sides.party_roles` reads the mediator, proposer and host a truce
sentence names in its usual wordings; an outside check in session 14 found the ones it let
through, each a fact-checker reads at once as no side:

- a witness ("signed the accord before President Santos", "in the presence of the UN chief",
  "with Ban Ki-moon in attendance", "as Kenyan President Ruto looked on", "witnessed by
  envoys from Saudi Arabia"): watching a signing is not signing, nor taking part in any act;
- an observer by its noun ("an EU observer attended the talks", "monitors from the OSCE"),
  and a go-between by "as" ("with the African Union as mediator", "Algeria, acting as
  go-between,"), by a relative clause with no comma ("Norwegian diplomats who brokered the
  deal said") or, for a truce, a chair ("talks chaired by the Swiss envoy", "Anwar, who
  chaired the meeting,"); a summit's chair stays with :mod:`summit_chairs`, which keeps a
  leader chairing his own bloc's summit;
- a host by its title ("Hosted by the emir of Qatar, the two leaders met"): the title's
  country is the host, as "hosted by Qatar" is;
- for a meeting, what it was called off or put off over ("over Moscow's asylum for
  Snowden", "citing the Snowden affair", "in protest at the jailing of Gershkovich"): the
  cause's owner ("Moscow's") may be the other side, every other name in it is the cause;
- for an event, the one another's act left in a state ("India's boycott left Pakistan
  isolated"): the object of a clause whose subject is someone else's act.

Each is a stated role, so the refusal is unsupported, not unconfirmed.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..occasions.meeting_presence import held_out, present_at_meeting, scheduled
from ..page.article import ArticleText
from ..page.possessives import is_possessive
from ..page.tokens import Token, clause_gap, word_set
from ..people.names import TITLES
from ..people.party_names import party_mentions
from .go_betweens import goes_between, signs_too
from .measure_backers import backs_measure
from .met_clauses import outside_meeting
from .outside_roles import outside_role
from .party_roles import in_role
from .quoted_parties import asked_in_quote
from .reactors import FEELINGS, reacted_to
from .relays import relays
from .sought_answers import sought
from .summit_chairs import opener_subject

_AT = word_set("in at")
_RULERS = word_set("emir sultan king queen crown prince sheikh chief head")
# Openers a sentence may capitalise, never part of a name's phrase.
_OPENERS = word_set(
    "before with as while when in at after under hosted by citing over amid during for"
)
# A name's own phrase: its titles, capitalised words and articles ("the UN chief", "Kenyan
# President William Ruto"), and "of" between a title and a country ("the emir of Qatar").
_ARTICLES = word_set("the a an")
_WORKS_AS = word_set(
    """acting acted acts serving served serves working worked works which who has had have
    long also"""
)
_AS_ROLES = word_set(
    """mediator mediators intermediary intermediaries go broker brokers facilitator
    facilitators guarantor guarantors observer observers witness witnesses referee arbiter
    middleman middlemen"""
)
_SUMMIT_AS_ROLES = word_set(
    """mediator mediators intermediary intermediaries go broker brokers facilitator
    facilitators observer observers witness witnesses referee arbiter middleman"""
)
_AS_FILLERS = word_set("the a an its chief main lead key sole neutral honest joint")
_OBSERVERS = word_set("observer observers monitor monitors")
_OBSERVER_LINKS = word_set("from of")
# Who a body sends, between its name and a relative clause ("Norwegian diplomats who").
_SENT = word_set(
    """diplomats diplomat officials official envoys envoy negotiators negotiator mediators
    delegation delegates team government ministry minister president leader emir king"""
)
_BROKERING = word_set(
    """mediated brokered facilitated chaired presided moderated oversaw hosted witnessed
    observed monitored helped"""
)
_CHAIRING = word_set("chaired presided moderated")
_RELATIVE = word_set("who which that")
_LIST = word_set("and or")
_DEALS = word_set("deal truce ceasefire pause pact agreement accord plan arrangement")
_MADE = word_set("brokered mediated facilitated drafted")
_HELPED_TO = word_set("broker mediate negotiate secure clinch seal arrange")
# Words that end an apposition's reading: its own verbs, or clause words.
_NOT_APPOSED = word_set("said says who which that and but")
_AUXILIARIES = word_set("had has have also jointly originally personally")
# Watching: before the name ("in the presence of", "witnessed by"), after it ("in
# attendance", "looked on"), or "before" a titled onlooker.
_PRESENCE = (
    ("presence", "of"), ("front", "of"), ("gaze", "of"), ("eyes", "of"), ("witnessed", "by"),
    ("watched", "by"), ("flanked", "by"),
)  # fmt: skip
# "attended by" names a witness of a ceremony ("The ceremony, attended by Ghana's president,"),
# and a party of talks: read only after a ceremony's noun.
_ATTENDED = (("attended", "by"), ("observed", "by"))
_CEREMONIES = word_set("ceremony ceremonies signing signature event reception")
_LOOKING = word_set("looked looking looks look")
_WATCHING = word_set("watched watching watches watch")
_SCENE = word_set("as while with when")
_WATCH_AFTER = word_set("as from")
_STATE_BEFORE = word_set("with")
_ENDS = word_set("at in on during and after to")
# A meeting's cause: the openers, two-word openers, and what the cause phrase stops at.
_CAUSE = word_set("over citing amid")
_CAUSE_PAIRS = (
    ("because", "of"), ("due", "to"), ("owing", "to"), ("protest", "at"), ("protest", "over"),
    ("protest", "against"), ("response", "to"), ("retaliation", "for"), ("anger", "at"),
    ("anger", "over"), ("outrage", "over"), ("outrage", "at"),
)  # fmt: skip
# What a meeting was called off, put off or left over ("over" names a cause only after one).
_CALLED_OFF = word_set(
    """off cancelled canceled cancels cancel scrapped scraps postponed postpones delayed
    shelved suspended boycotted snubbed skipped abandoned scuttled axed pulled withdrew"""
)
# A quarrel inside a cause ("amid the uproar over Yang's sentence"): its "over" opens no cause
# of its own, so an owner after it is no owner of the cause.
_QUARRELS = word_set("row uproar outcry anger outrage dispute furore furor storm spat")
_AFTER = word_set("after following")
_FEELING_LINKS = word_set("by at over with")
_NOT_CAUSE_BEFORE = word_set("presided took taking hand handed handing won")
_MEETING = word_set("met meet meets meeting talks summit visit held hold")
# An act that leaves another in a state ("India's boycott left Pakistan isolated").
_LEAVING = word_set("left leaves leaving made makes forced put drove pushed")
_NOUN_LINKS = word_set("of by the a an")


def _phrase_start(tokens: Sequence[Token], first: int, text: str) -> int:
    """The first token of the name's phrase, in its clause: back over titles, rulers' words,
    capitalised words, articles and "of" after a title ("the emir of Qatar", "Kenyan
    President Ruto")."""
    index = first
    while index > 0 and first - index < 7 and not clause_gap(tokens, index - 1, text):
        word = tokens[index - 1]
        titled = index >= 2 and tokens[index - 2].norm in TITLES | _RULERS
        if word.norm in _OPENERS:
            break  # "Before President Santos", "With Ban Ki-moon": the phrase's opener
        if not (
            word.capitalised
            or word.norm in TITLES
            or word.norm in _RULERS
            or word.norm in _ARTICLES
            or (word.norm == "of" and titled)
        ):
            break
        index -= 1
    return index


def _phrase_end(tokens: Sequence[Token], last: int, text: str) -> int:
    """The last token of the name's phrase: on over titles, capitalised and hyphen-joined
    words ("the UN chief", "Ban Ki-moon", "Kenyan President Ruto")."""
    index = last
    while (
        index + 1 < len(tokens)
        and not clause_gap(tokens, index, text)
        and (
            tokens[index + 1].norm in TITLES
            or tokens[index + 1].joined
            or tokens[index + 1].capitalised
        )
    ):
        index += 1
    return index


def _as_role(tokens: Sequence[Token], index: int, roles: frozenset[str]) -> bool:
    """ "as" at ``index`` names a role: its noun after at most two lower-case words ("as
    mediator", "as a silent observer", "as the main go-between")."""
    spare = 2
    for token in tokens[index + 1 : index + 5]:
        if token.norm in roles:
            return True
        if token.capitalised or (token.norm not in _AS_FILLERS and not spare):
            return False
        spare -= token.norm not in _AS_FILLERS
    return False


def _words(tokens: Sequence[Token], start: int, count: int) -> list[str]:
    return [t.norm for t in tokens[start : start + count]]


def watches(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """The name only watches (see the module): a witness or onlooker."""
    start, end = _phrase_start(tokens, first, text), _phrase_end(tokens, last, text)
    before = _words(tokens, max(start - 2, 0), 2)
    if start >= 2 and tuple(before) in _PRESENCE and not held_out(tokens, start):
        return True  # "in the presence of the UN chief"; not "dangled in front of Putin"
    ceremony = any(t.norm in _CEREMONIES for t in tokens[max(start - 5, 0) : max(start - 2, 0)])
    if start >= 2 and tuple(before) in _ATTENDED and ceremony:
        return True  # "The ceremony, attended by Ghana's president,"
    sent = start >= 4 and tokens[start - 1].norm == "from" and tokens[start - 2].norm in _SENT
    if sent and tuple(_words(tokens, start - 4, 2)) in _PRESENCE:
        return True  # "witnessed by envoys from Saudi Arabia"
    if start >= 1 and tokens[start - 1].norm == "before" and _titled(tokens, start, first):
        ends = end + 1 >= len(tokens) or clause_gap(tokens, end, text)
        return ends or tokens[end + 1].norm in _ENDS  # "signed the accord before President X"
    after = _words(tokens, end + 1, 3)
    scene = start >= 1 and tokens[start - 1].norm in _SCENE
    if after[:2] == ["in", "attendance"] or after[:2] == ["bore", "witness"]:
        return True  # "with Ban Ki-moon in attendance"
    if after[:1] and after[0] in _LOOKING and after[1:2] == ["on"]:
        return True  # "as Kenyan President Ruto looked on", "X looked on as"
    if after[:1] and after[0] in _WATCHING and (scene or (after[1:2] and after[1] in _WATCH_AFTER)):
        return True  # "while the ambassador watched", "X watched as"
    if after[:1] == ["present"] and start >= 1 and tokens[start - 1].norm in _STATE_BEFORE:
        return True  # "with the Pope present"
    return after[:1] == ["witnessed"]


def _titled(tokens: Sequence[Token], start: int, first: int) -> bool:
    """A title or ruler's word in the name's phrase before the name ("before President
    Santos", "before the UN chief"): an onlooker, not "before Azerbaijan did"."""
    return any(t.norm in TITLES or t.norm in _RULERS for t in tokens[start : first + 3])


def brokers(tokens: Sequence[Token], first: int, last: int, text: str, mode: str) -> bool:
    """The name is a go-between, an observer or (for a truce) a chair (see the module)."""
    summit = mode in ("summit", "proposal")
    roles = _SUMMIT_AS_ROLES if summit else _AS_ROLES
    start, end = _phrase_start(tokens, first, text), _phrase_end(tokens, last, text)
    index = _past_list(tokens, end, text)
    while index < len(tokens) and index <= end + 8 and tokens[index].norm in _WORKS_AS:
        index += 1
    if index < len(tokens) and tokens[index].norm == "as" and _as_role(tokens, index, roles):
        return True  # "the African Union as mediator", "with Norway as a silent observer"
    if _apposition(tokens, end, text, roles):
        return True  # "Oman, long a discreet go-between for the two capitals,"
    following = tokens[end + 1].norm if end + 1 < len(tokens) else ""
    if following in _OBSERVERS and not clause_gap(tokens, end, text):
        return True  # "an EU observer", "UN monitors"
    if not summit and following in _CHAIRING and not clause_gap(tokens, end, text):
        return True  # "Saudi Arabia's foreign minister presided over the session"
    if _reduced_relative(tokens, start, end):
        return True  # "a deal the United States helped broker"
    linked = start >= 2 and tokens[start - 1].norm in _OBSERVER_LINKS
    if linked and tokens[start - 2].norm in _OBSERVERS:
        return True  # "observers from the African Union"
    if _relative_broker(tokens, end, text, summit):
        return True
    if summit or start < 2 or tokens[start - 1].norm != "by":
        return False
    verb = tokens[start - 2].norm
    return verb in _CHAIRING or (verb == "over" and tokens[start - 3].norm == "presided")


def _past_list(tokens: Sequence[Token], end: int, text: str) -> int:
    """The token after a list the name opens and the body it sends ("Egyptian and Qatari
    negotiators, who", "Saudi and American diplomats as"): "and", names, body nouns."""
    index = end + 1
    while (
        index < len(tokens)
        and index <= end + 5
        and (
            tokens[index].norm in _LIST or tokens[index].capitalised or tokens[index].norm in _SENT
        )
        and not clause_gap(tokens, index - 1, text)
    ):
        index += 1
    return index


def _apposition(tokens: Sequence[Token], end: int, text: str, roles: frozenset[str]) -> bool:
    """An apposition after the name giving it a go-between's role ("Oman, long a discreet
    go-between for the two capitals,", "Norway, a neutral observer,"): lower-case words with
    an article before the role noun."""
    if end + 2 >= len(tokens) or not clause_gap(tokens, end, text):
        return False
    if text[tokens[end].end : tokens[end + 1].start].strip() != ",":
        return False
    for index in range(end + 1, min(end + 6, len(tokens))):
        token = tokens[index]
        if token.norm in roles:
            return any(t.norm in _ARTICLES or t.norm == "its" for t in tokens[end + 1 : index])
        if token.capitalised or clause_gap(tokens, index, text) or token.norm in _NOT_APPOSED:
            return False
    return False


def _reduced_relative(tokens: Sequence[Token], start: int, end: int) -> bool:
    """The subject of a relative clause with no "that" on a truce noun ("a deal the United
    States helped broker", "the pause Egypt mediated"): who made it, not who agreed."""
    before = start - 1
    if before >= 0 and tokens[before].norm in _ARTICLES and before > start - 2:
        before -= 1  # "a deal the United States": the article belongs to the name
    if before < 0 or tokens[before].norm not in _DEALS:
        return False
    words = _words(tokens, end + 1, 2)
    if words[:1] and words[0] in _MADE:
        return True
    return words[:1] == ["helped"] and words[1:2] != [] and words[1] in _HELPED_TO


def _relative_broker(tokens: Sequence[Token], end: int, text: str, summit: bool) -> bool:
    """ "Norwegian diplomats who brokered the deal", "Anwar, who chaired the meeting,": a
    relative clause (a comma allowed) giving the name a go-between's role; a chair only for
    a truce."""
    index = _past_list(tokens, end, text)
    if index >= len(tokens) or tokens[index].norm not in _RELATIVE:
        return False
    for word in _words(tokens, index + 1, 3):
        if word in _BROKERING:
            return not (summit and word in _CHAIRING | word_set("hosted helped"))
        if word not in _AUXILIARIES:
            return False
    return False


def hosted_by_title(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """A meeting's host named by a ruler's title ("Hosted by the emir of Qatar, ...", "talks
    hosted by the king of Jordan"): the title's country hosts."""
    start = _phrase_start(tokens, first, text)
    if start == first or not any(t.norm == "of" for t in tokens[start:first]):
        return False
    if _words(tokens, start - 2, 2) != ["hosted", "by"] or start < 2:
        return False
    return not opener_subject(tokens, first, last, text)


def in_cause(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """The name is in what a meeting was called off or put off over, and not the cause's
    owner (see the module): "over Moscow's asylum for Snowden" (Snowden), "over the Snowden
    affair"; a talk's topic after "talks over" is read by :mod:`summit_roles`."""
    start = _phrase_start(tokens, first, text)
    index = start - 1
    owner_first = True
    while index >= 0 and not clause_gap(tokens, index, text):
        norm = tokens[index].norm
        pair = (tokens[index - 1].norm, norm) if index else ("", norm)
        opener = norm in _CAUSE or pair in _CAUSE_PAIRS or _felt(tokens, index)
        if pair == ("due", "to") and scheduled(tokens, index):
            opener = False  # "is due to sit down with X": a schedule, no cause
        if norm in _AFTER and not _CALLED_OFF.isdisjoint(t.norm for t in tokens[:index]):
            return not owner_first  # "axed his visit after the killing of X", not "after X fell"
        if norm == "over" and (
            _CALLED_OFF.isdisjoint(t.norm for t in tokens[:index])
            or (index and tokens[index - 1].norm in _QUARRELS)
        ):
            opener = False  # "talks over Ukraine": a topic (summit_roles); "amid the row over"
        if opener:
            if norm == "over" and index and tokens[index - 1].norm in _NOT_CAUSE_BEFORE:
                return False  # "presided over", "handed over"
            owned = is_possessive(tokens[last], text)
            return not (owner_first and owned)
        if norm in _MEETING:
            return False  # a meeting word between: the name is about that meeting
        if not (norm in _ARTICLES or norm in _LIST or tokens[index].capitalised):
            owner_first = False  # a word of the cause before the name: not its owner
        index -= 1
    return False


def _felt(tokens: Sequence[Token], index: int) -> bool:
    """A feeling's preposition opening a cause ("angered by the sanctions on X", "in anger
    at")."""
    return index > 0 and tokens[index].norm in _FEELING_LINKS and tokens[index - 1].norm in FEELINGS


def left_by_act(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """The object of a clause whose subject is another's act ("India's boycott left Pakistan
    isolated", "the walkout by Mali left Niger alone"), not followed by "to" and a verb."""
    start = _phrase_start(tokens, first, text)
    if start < 3 or tokens[start - 1].norm not in _LEAVING or clause_gap(tokens, start - 1, text):
        return False
    if _words(tokens, last + 1, 1) == ["to"]:
        return False  # "forced Pakistan to cancel": Pakistan acts next
    for index in range(start - 2, max(start - 8, -1), -1):
        token = tokens[index]
        if clause_gap(tokens, index, text):
            return False
        if token.capitalised and is_possessive(token, text):
            return index < start - 2  # "India's boycott": an act owned by another
        if token.capitalised and index and tokens[index - 1].norm == "by":
            return True  # "the walkout by Mali left ..."
        if not (token.norm in _NOUN_LINKS or not token.capitalised):
            return False
    return False


def other_role(
    tokens: Sequence[Token], first: int, last: int, text: str, mode: str = "stance"
) -> bool:
    """:func:`party_roles.in_role`, and the roles this module reads: a witness, a
    go-between or observer, a chair of a truce's talks, a host by title, a meeting's cause
    (and one only pushing a measure: :mod:`measure_backers`);
    for a reaction ("reaction"), only the one reacted to (:mod:`reactors`); for a meeting
    held or planned and a stance taken, the one whose answer is sought (:mod:`sought_answers`),
    which a stance awaiting an answer ("awaiting") keeps."""
    if mode == "reaction":
        return reacted_to(tokens, first, last, text)
    if mode == "summit" and present_at_meeting(tokens, first, last, text):
        return False  # "X, the host, said", "sit down with X" (occasions.meeting_presence)
    if mode == "awaiting":
        mode = "taken"  # a stance awaiting an answer: the one whose answer is sought keeps it
    elif mode in ("taken", "summit") and sought(tokens, first, last, text):
        return True  # "will now seek Saakashvili's endorsement" (sought_answers)
    if mode in ("stance", "taken") and signs_too(tokens, first, last, text):
        return False  # "Qatar, mediator and guarantor, signed the truce": a signatory
    if mode in ("stance", "taken") and goes_between(tokens, first, last, text):
        return True  # "with Egyptian officials shuttling between the sides"
    if in_role(tokens, first, last, text, mode) or outside_role(tokens, first, last, text, mode):
        return True  # outside_roles: check 36's facilitators, briefers, the ones told
    if mode == "taken" and asked_in_quote(tokens, first, last, text):
        return True  # '"Putin must press Haftar," Erdogan said' (quoted_parties)
    if mode == "taken" and relays(tokens, first, last, text):
        return True  # "Egypt relayed Hamas's rejection", "through Algerian diplomats"
    if watches(tokens, first, last, text) or brokers(tokens, first, last, text, mode):
        return True
    if mode in ("summit", "proposal"):
        if backs_measure(tokens, first, last, text):
            return True  # "while Senator Graham pushed new sanctions" (measure_backers)
        if mode == "summit" and outside_meeting(tokens, first, last, text):
            return True  # "Ramos announced it, two weeks after Lee met Sato" (met_clauses)
        return hosted_by_title(tokens, first, last, text) or in_cause(tokens, first, last, text)
    return False


def roled_keys(article: ArticleText, index: int, mode: str) -> frozenset[str]:
    """The parties a sentence names only in a role (every alias of them there is in one, by
    :func:`other_role`); read once per sentence and mode."""
    memo_key = ("side roles", index, mode)
    known: frozenset[str] | None = article.memo.get(memo_key)
    if known is not None:
        return known
    tokens = article.sentence_tokens(index)
    roled: set[str] = set()
    free: set[str] = set()
    for position, key, kind, size in party_mentions(tokens):
        last = position + size - 1
        if other_role(tokens, position, last, article.text, mode):
            roled.add(key)
        elif kind != "capital" or not (
            (position and tokens[position - 1].norm in _AT) or tokens[position].text.isupper()
        ):  # not "at talks hosted by Malaysia in Putrajaya" nor "KUALA LUMPUR, March 3 -"
            free.add(key)
    known = article.memo[memo_key] = frozenset(roled - free)
    return known


__all__ = ["left_by_act", "other_role", "roled_keys", "watches"]
