"""A party named in another role than the acting one, for
:mod:`summarizer.verification.sides.parties`.

A sentence about a truce often names more parties than agree to it: "Thailand and Cambodia
agreed to a truce mediated by Malaysia", "the RSF accepted the truce proposed by the United
States", "talks hosted by Turkey", "following appeals from Saudi Arabia and the United
States", "a U.S.-brokered truce", "Qatar's mediation". The mediator, proposer, host or the one
appealing is no party to the stance: a fact-checker does not read "Malaysia agreed" there. A
name is in such a role when

- a role verb and "by" stand before it, a list of names between ("mediated by Egypt, Qatar and
  the United States"): ``_BY``;
- a role noun and "from", "of" or "by" stand before it ("appeals from", "at the urging of",
  "under the auspices of", "with the mediation of"): ``_FROM``;
- a role noun stands before it ("mediators Egypt and Qatar", "host Turkey", "mediating
  countries, including the United States"): ``_TITLES``;
- a role participle is hyphen-joined after it ("a U.S.-brokered truce"): ``_JOINED``;
- it is possessive before a role noun ("Malaysia's mediation", "Washington's proposal");
- a relative clause or apposition after it, or after the list it ends, gives it the role
  ("Egypt, which had proposed the truce,", "Egypt and Qatar, the two mediators,"): ``_described``;
- it owns an announcement in a scene-setting phrase ("After the Kremlin's announcement, Syria's
  army said ..."): the announcer, not the one acting;
- it is a capital after "talks held in", "negotiations in" (the host), or it is only in the
  condition another sets ("..., provided Washington stops its strikes"): :mod:`conditions`;
- for a stance that is given, a role noun follows it ("Egyptian mediators said");
- for a stance that is given, it announces others' stance or persuades others; it is where
  something was said or signed; or (a summit) it is the group others are urged to talk with:
  :mod:`summarizer.verification.sides.party_frames`.

A summit's party is refused as what it discusses, the one urging others to talk, or the
mediator (:mod:`summarizer.verification.acts.summit_roles`), and otherwise only as its host,
named only so ("thanked Lee for hosting the summit", "hosted by X", "X, which hosted the
talks,", "X hosted the talks between A and B", the venue's capital): a host that receives a
guest ("Xi hosted Putin", "thanked Trump for hosting him") or chairs takes part.

A person who speaks for a party ("White House spokesman Scott McClellan said", "Peskov, the
Kremlin spokesman,") is no party to a meeting: :mod:`summarizer.verification.sides.spokespeople`.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..acts.party_calls import (
    backs_in_aside,
    call_partner,
    in_reason_clause,
    meets_after_aside,
    praised_object,
    urged_then_other,
)
from ..acts.summit_roles import not_meeting
from ..page.tokens import SINGULAR_POSSESSIVES, Token, word_set
from ..people.names import TITLES
from ..people.party_names import is_capital
from .conditions import in_condition
from .own_lists import list_end
from .party_frames import (
    announces,
    naming_aside,
    persuades,
    reports_only,
    spoken_in,
)
from .summit_chairs import chairs_or_observes, opener_subject
from .urged_talks import urged_to_talk

_BY = word_set(
    """mediated brokered proposed hosted sponsored facilitated offered backed drafted arranged
    initiated suggested urged pushed requested called put convened overseen monitored guaranteed"""
)
_FROM = word_set(
    """appeal appeals call calls urging pressure request requests plea pleas invitation
    mediation proposal proposals offer auspices efforts initiative behest help"""
)
_TITLES = word_set(
    """mediator mediators mediating host hosts hosting broker brokers brokering facilitator
    facilitators guarantor guarantors"""
)
_JOINED = word_set(
    "brokered mediated proposed backed sponsored hosted drafted aligned allied linked supported"
)
# A backer named in a modifier ("the Houthi group aligned with Iran", "militias loyal to
# Tehran"): whom a party leans on, no party itself.
_LEANING = word_set("aligned allied linked loyal close affiliated tied")
# Nouns a country's name or adjective only qualifies: a place or the truce itself, no party.
_MODIFIED = word_set(
    """port city town capital coast coastal border province region ceasefire truce
    ceasefires truces conflict war crisis"""
)
_OWN_ROLES = word_set(
    """mediation proposal proposals offer initiative appeal appeals call calls request
    invitation urging pressure efforts"""
)
# Words a list of names may hold before the role word: "mediators Egypt, Qatar and the United
# States", "the mediating countries, including the United States".
_LIST = word_set("and or the both including such as notably namely countries nations powers")
_ROLE_VERBS = word_set(
    """mediated mediates mediating brokered brokers brokering proposed proposes hosted hosts
    hosting sponsored facilitated drafted guaranteed mediate broker propose host"""
)
_AUXILIARIES = word_set(
    "had has have was is were also been helped jointly originally first long often once"
)
_HOSTING = word_set("hosted hosts hosting host co-hosted cohosted")
# Before a role noun that is a verb there ("a deal the United States helped broker, Armenia
# and Azerbaijan agreed"): no title of the names after it.
_VERB_LEADS = word_set("helped help helps will would could can may might did")
_HOST_TITLES = word_set("host hosts co-host cohost")
_APPOSITION_OPENERS = word_set("the a an one its main chief key regional")
_VENUES = word_set("hosted held talks negotiations")
_SPEECH_NOUNS = word_set(
    """announcement announcements statement statements declaration declarations remarks
    comments decree decrees warning warnings threats"""
)
_TAKES_PART = word_set("chaired joined attended led co-chaired")
_BODY_WORDS = word_set("government authorities officials president leader prime minister")
_HOST_WORDS = word_set("of the emir sultan king queen crown prince leader government hosts")
_SCENE = word_set("after following since upon amid despite")
_RESPONSES = word_set("response reaction reply wake")


def in_role(
    tokens: Sequence[Token], first: int, last: int, text: str, mode: str = "stance"
) -> bool:
    """Whether the name at ``tokens[first:last + 1]`` stands as a mediator, proposer, host or
    one appealing (see the module), not as the one acting. ``mode``: "stance" for a position,
    "taken" for a position whose stance is given (a role noun after the name counts too:
    "Egyptian mediators confirmed the deal" is no Egyptian agreement, while with no stance it
    names Egypt), "summit" for a meeting's party (as its host, :func:`_hosting`, or a group
    others are urged to talk with), "proposal" for a proposed meeting's (only as its host)."""
    if mode in ("summit", "proposal"):  # a meeting held or planned, or one only proposed
        if _hosting(tokens, first, last, text) and not opener_subject(tokens, first, last, text):
            return True  # the host; not one who met after "Hosted by X," (summit_chairs)
        if in_reason_clause(tokens, first) or chairs_or_observes(tokens, first, last, text):
            return True  # or a chair or an observer of others' meeting (summit_chairs)
        if not_meeting(tokens, first, last, text) or reports_only(tokens, first, last, text, True):
            return True  # "urged A and B to talk", "mediated by Qatar", ", Angola said"
        if mode == "summit" and call_partner(tokens, first, text):
            return True  # the host only, or "a day after talking by phone with Lula"
        return mode == "summit" and urged_to_talk(tokens, first, text)
    if naming_aside(tokens, first, last):
        return False  # "The resistance, as Hamas calls its fighters, accepted"
    if mode == "taken" and (announces(tokens, first, last, text) or persuades(tokens, last)):
        return True  # "the Qatari minister said Israel had accepted", "Angola persuaded ..."
    if mode == "taken" and praised_object(tokens, first, text):
        return True  # "congratulated Donald Trump on the ceasefire": praised, no stance
    if mode == "taken" and urged_then_other(tokens, first, last, text):
        return True  # "urged Ethiopia and the TPLF to hold talks; the TPLF agreed"
    if in_condition(tokens, first, text) or (
        mode == "taken" and spoken_in(tokens, first, last, text)
    ):
        return True  # "... provided Washington stops": only the condition; "Speaking in Doha,"
    if _described(tokens, first, last, text) or _backdrop(tokens, first, last, text):
        return True
    if _relative_subject(tokens, first, last) or backs_in_aside(tokens, first, last):
        return True  # "the truce that Kenya drafted was signed by ...": the proposer
    if first and tokens[first - 1].norm == "pro" and text[tokens[first - 1].end] == "-":
        return True  # "Pro-Russia separatists": whom they side with
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    if following is not None:
        hyphen = text[tokens[last].end : following.start].endswith("-")
        if hyphen and following.norm in _JOINED:
            return True  # "a U.S.-brokered truce"
        close = text[tokens[last].end : following.start] in (" ", ". ")
        titled = following.norm in _TITLES and mode == "taken"
        if (
            (following.norm in _OWN_ROLES or titled)
            and close
            and not _verb_after(tokens, first, last)
        ):
            return True  # "Malaysia's mediation", "the Egyptian proposal", "Egyptian mediators"
        if following.norm in _MODIFIED and text[tokens[last].end : following.start] == " ":
            return True  # "the Saudi port city of Jeddah", "agree to Syrian ceasefire"
    if first >= 2 and tokens[first - 1].norm in {"in", "at"} and tokens[first - 2].norm in _VENUES:
        return True  # "talks hosted in Doha": the host, by its capital
    index = first - 1
    steps = 0
    listed, crossed = _continues(tokens, last, text), False
    while index >= 0 and steps < 12:  # back over a list of names: "Egypt, Qatar and the"
        token = tokens[index]
        gap = text[token.end : tokens[index + 1].start].strip()
        if gap not in ("", ",") or (gap == "," and not listed):
            return False  # "following appeals from Qatar, Sudan's army said": no list
        crossed = crossed or gap == ","
        if crossed and token.norm in {"and", "or"}:
            return False  # "mediation from Qatar and Turkey, Russia and Ukraine": a list ended
        listed = listed or token.norm in {"and", "or"}
        if token.norm in _TITLES:  # "mediators Egypt and Qatar"; not "helped broker, Armenia"
            return not (index and tokens[index - 1].norm in _VERB_LEADS)
        if token.norm in {"by", "from", "of"}:
            before = tokens[index - 1].norm if index else ""
            if token.norm == "by":  # "mediated by", "put forward by", "mediation by"
                return before in _BY or before in _FROM or (before == "forward" and index > 1)
            return before in _FROM
        if token.norm in {"with", "to"}:
            return index > 0 and tokens[index - 1].norm in _LEANING
        if not (token.capitalised or token.norm in _LIST):
            return False
        index, steps = index - 1, steps + 1
    return False


# Role nouns that are also verbs: after a bare name ("Ghana calls on the parties to respect
# the truce", "Qatar offers to mediate") they are its verb, not its role.
_NOUN_VERBS = word_set("calls call offers offer appeals appeal requests request")
_VERB_NEXT = word_set("on for to")
# Before the name: a determiner (a noun phrase) or an opener of a clause that sets the scene.
_NOT_SUBJECT = word_set("the a an as while when after since until before once if though")


def _verb_after(tokens: Sequence[Token], first: int, last: int) -> bool:
    """A role noun after the name that is the name's verb: no determiner or scene-setting
    opener before the name, no possessive on it, and "on / for / to" after the word ("Ghana
    calls on")."""
    if tokens[last].text.endswith(SINGULAR_POSSESSIVES) or tokens[last + 1].norm not in _NOUN_VERBS:
        return False
    if first and tokens[first - 1].norm in _NOT_SUBJECT:
        return False  # "the Egyptian call", "As Egypt calls for restraint, Hamas accepted"
    return last + 2 < len(tokens) and tokens[last + 2].norm in _VERB_NEXT


_MADE_NOUNS = ("truce", "ceasefire", "deal", "plan", "agreement", "accord", "pact", "pause")


def _relative_subject(tokens: Sequence[Token], first: int, last: int) -> bool:
    """The subject of a relative clause on a truce noun with a role verb ("the truce that
    Kenya drafted", "the ceasefire which Qatar had brokered"): who made it, not who agreed."""
    if first < 2 or tokens[first - 1].norm not in {"that", "which"}:
        return False
    if not tokens[first - 2].norm.startswith(_MADE_NOUNS):
        return False
    after = [t.norm for t in tokens[last + 1 : last + 4]]
    for word in after:
        if word in _ROLE_VERBS:
            return True
        if word not in _AUXILIARIES:
            return False
    return False


def _described(
    tokens: Sequence[Token], first: int, last: int, text: str, verbs: frozenset[str] = frozenset()
) -> bool:
    """A role given in an aside right after the name, or after a list it ends ("Egypt and
    Qatar, the two mediators,"): a relative clause ("Egypt, which mediated, ...", "Qatar, which
    had proposed the truce, ...", "which has long mediated") or an apposition ("Egypt, the
    main mediator, ...", "Malaysia, the ASEAN chair and mediator,", "Turkey, host of the
    talks,"). ``verbs`` and nouns: the roles read (a summit reads only hosting)."""
    verbs = verbs or _ROLE_VERBS
    nouns = _TITLES if verbs is _ROLE_VERBS else _HOST_TITLES
    after = last + 1
    while (
        after + 1 < len(tokens)
        and after <= last + 6
        and (
            tokens[after].norm == "and" or tokens[after].capitalised or tokens[after].norm in TITLES
        )
        and text[tokens[after - 1].end : tokens[after].start] == " "
    ):
        after += 1  # "Egypt and Qatar, the two mediators", "Japan's prime minister, who"
    if after >= len(tokens) or text[tokens[after - 1].end : tokens[after].start].strip() != ",":
        return False
    words = [t.norm for t in tokens[after : after + 7]]
    if words[0] in {"which", "who"}:
        for word in words[1:4]:
            if word in verbs:
                return True
            if word not in _AUXILIARIES and not word.endswith("ly"):
                return False
        return False
    opened = words[0] in _APPOSITION_OPENERS or words[0] in nouns
    return opened and any(word in nouns for word in words[:5])


def _backdrop(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """A possessor of an announcement in a phrase setting the scene ("After the Kremlin's
    announcement, Syria's army said ..."; "following Washington's statement"): the one who
    announced, not the one who acts; not "Russia's statement that it accepts"."""
    if not tokens[last].text.endswith(SINGULAR_POSSESSIVES) or last + 1 >= len(tokens):
        return False
    if tokens[last + 1].norm not in _SPEECH_NOUNS:
        return False
    if last + 2 < len(tokens) and (
        tokens[last + 2].norm in {"that", "accepting", "agreeing", "backing"}
    ):
        return False
    index = first - 1 if first and tokens[first - 1].norm == "the" else first
    before = [t.norm for t in tokens[max(index - 3, 0) : index]]
    return bool(before) and (
        before[-1] in _SCENE
        or (before[-1] in {"to", "of"} and len(before) > 1 and before[-2] in _RESPONSES)
    )


def _hosting(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """A summit's host named only as the host: thanked "for hosting" ("Lee of Singapore",
    "Qatar's emir", "Niinisto, thanked by both," between), after "hosted by" (titles between:
    "hosted by Turkish President Recep Tayyip Erdogan"), or by its capital as the venue
    ("talks in Muscat"). A host that also takes part is named so elsewhere ("Xi hosted
    Putin")."""
    if _described(tokens, first, last, text, _HOSTING) or _hosts_others(tokens, last):
        # "Erdogan, who hosted the talks,"; "Turkey, host of the talks,"; not "..., met X"
        return not meets_after_aside(tokens, last, text)
    after = last + 1
    while after < len(tokens) and after <= last + 5:
        token = tokens[after]
        following = tokens[after + 1].norm if after + 1 < len(tokens) else ""
        if token.norm == "thanked" and following == "by":
            after += 3  # "Niinisto, thanked by both, for hosting"
        elif token.norm in {"was", "were", "is"} and following in {"thanked", "praised"}:
            after += 2  # "Vietnam was thanked for hosting"
        elif token.capitalised or token.norm in TITLES or token.norm in _HOST_WORDS:
            after += 1  # "Lee of Singapore", "Qatar's emir"
        else:
            break
    words = [t.norm for t in tokens[after : after + 4]]
    if words[:1] == ["for"] and ("hosting" in words or "hosted" in words):
        guest = words[words.index("hosting" if "hosting" in words else "hosted") + 1 :]
        # "thanked Trump for hosting him": a visit, the host is the one met
        return guest[:1] not in (["him"], ["her"], ["me"], ["us"])
    index = first
    while (
        index > 0
        and index > first - 6
        and (
            tokens[index - 1].norm in TITLES
            or tokens[index - 1].capitalised
            or tokens[index - 1].norm == "the"
        )
    ):
        index -= 1  # "hosted by Turkish President Recep Tayyip Erdogan"
    if index >= 2 and [t.norm for t in tokens[index - 2 : index]] == ["hosted", "by"]:
        return True
    return first >= 1 and tokens[first - 1].norm in {"in", "at"} and is_capital(tokens, first)


def _hosts_others(tokens: Sequence[Token], last: int) -> bool:
    """The subject of "hosted the talks between ...", "hosted a meeting of ...": a host of
    others' meeting ("The Swiss government hosted the talks between U.S. and Chinese
    officials"); "Xi hosted Putin" is a host who meets."""
    index = last + 1
    while index < len(tokens) and index <= last + 3 and tokens[index].norm in _BODY_WORDS:
        index += 1  # "the Swiss government hosted"
    if index < len(tokens) and tokens[index].norm == "and":
        index = list_end(tokens, index)  # "A and B co-hosted the talks between" (own_lists)
    words = [t.norm for t in tokens[index : index + 6]]
    if not words or words[0] not in _HOSTING or not _TAKES_PART.isdisjoint(words):
        return False  # "hosted and chaired the talks between ...": one who takes part
    return any(word in {"between", "among"} for word in words[2:6])


def _continues(tokens: Sequence[Token], last: int, text: str) -> bool:
    """Whether a list of names goes on after this one ("Egypt, Qatar and ...")."""
    if last + 1 >= len(tokens):
        return False
    gap = text[tokens[last].end : tokens[last + 1].start].strip()
    return gap == "," or tokens[last + 1].norm in {"and", "or"}


__all__ = ["in_role"]
