"""Six more frames around a party's name, for :mod:`summarizer.verification.sides.party_roles`
(check 21's probes):

- *Urged, then others agreed* (a stance given): the object of "urged / called on / pressed /
  asked X and Y to ..." when the sentence then names another party acting ("The African
  Union urged Ethiopia and the TPLF to hold talks; the TPLF agreed"): being urged is no
  agreement, and the agreement is the other's. "..., and both agreed" names no other party,
  so the urged stay in ("urged Putin and Zelensky to accept the truce, and both agreed");
  "persuaded X to sign" is read in :mod:`party_frames`.
- *A backer in a relative clause* (a stance): "the Houthi group, which Iran backs," is Iran
  backing the Houthis, not agreeing (the same as "aligned with Iran", "Iran-backed", read in
  :mod:`party_roles`), also behind a hedge ("the M23, which Rwanda is accused of arming,").
- *A call partner* (a meeting's party): a name after "by phone with", "a phone call with",
  "a video call with" or "phoned", in a sentence that says who met ("Petro met Noboa in
  Quito, a day after talking by phone with Lula"): spoken to, not met.
- *A host who also meets*: "Ramaphosa, who hosted the talks, met Tshisekedi" (an aside naming
  the host, then a meeting verb for its subject): the host takes part, so it is a party.
- *A clause of time or reason* (a meeting's party): a name after "since", "until",
  "because" with no meeting word after the opener ("for the first time since sanctions
  were imposed by Bahrain").
- *The one praised* (a stance that is given): the object of "congratulated / commended /
  thanked / praised / lauded / applauded X" ("Zelenskyy congratulated Donald Trump on the
  Gaza ceasefire", "Guterres commended Egypt and Qatar for their efforts"): praised for the
  truce, taking no stance on it (checks 24 and 25); the one praising does support it.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set
from ..people.names import TITLES
from ..people.party_names import named_at

_URGE = word_set(
    """urged urges urging pressed presses pressured pushed asked asks encouraged encourages
    told implored exhorted"""
)
_URGE_PREPOSITIONS = {"on": word_set("called calls calling"), "to": word_set("appealed appeals")}
_LIST = word_set("and or the both its")
_BODIES = (
    word_set(
        """army government forces military leaders leadership authorities officials rebels
    militia fighters"""
    )
    | TITLES
)
# The one vocabulary of calls. STANDALONE_CALLS name a call on their own ("by telephone",
# "phoned"); "call" needs a CALL_KINDS word before it to be one ("a video call"; "what critics
# call a photo op" is none), and "video" alone is no call for a meeting's status ("held by
# video" is held). _CALLS is the loose set a party's own line reads ("on the line").
STANDALONE_CALLS = word_set("telephone phone phoned telephoned videocall")
CALL_KINDS = word_set("video conference")
_CALLS = word_set("call calls video videoconference virtual line") | STANDALONE_CALLS
_PHONED = word_set("phoned phoning rang telephoned telephoning dialled dialed calling called")
_MEETS = word_set(
    """met meets meet held holds sat shook received welcomed greeted talked spoke joined
    chaired attended co-chaired embraced"""
)
_MET = word_set("met meet meets meeting summit hosted visited received welcomed")
_BACKING = word_set(
    """backs backed supports supported arms armed funds funded finances financed sponsors
    sponsored controls controlled backing supporting arming funding financing sponsoring
    controlling back support arm fund finance sponsor control"""
)
_BACKING_AUXILIARIES = word_set("has have had long openly also still is")
# A hedge on the backing ("which Rwanda is accused of arming", "that Iran is said to fund"),
# the backing verb then in "-ing" or bare.
_BACKING_HEDGES = word_set(
    """was were accused suspected of said alleged believed reported thought widely known to be
    been"""
)
_BEFORE_VERB = word_set("also then later later on first briefly separately personally")
# Verbs of praising someone for a truce ("congratulated Donald Trump on the ceasefire",
# "commended Egypt and Qatar for their efforts"): the praised made or won it, they do not
# take a stance on it (checks 24 and 25).
_PRAISED = word_set(
    """congratulated congratulates congratulating congratulate commended commends commending
    commend thanked thanks thanking thank praised praises praising praise lauded lauds
    lauding applauded applauds applauding"""
)
_PRAISED_LIST = word_set("and the both its his her their")


def urged_then_other(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """The name is urged to act and the sentence then names another party (see the module)."""
    index = first - 1
    while index >= 0 and first - index < 10:
        token = tokens[index]
        gap = text[token.end : tokens[index + 1].start].strip()
        if gap not in ("", ","):
            return False
        if not (token.capitalised or token.norm in _LIST or token.norm in TITLES):
            break
        index -= 1
    if index < 0:
        return False
    verb = tokens[index].norm
    preposition = _URGE_PREPOSITIONS.get(verb)
    if preposition is not None:
        verb = tokens[index - 1].norm if index else ""
        if verb not in preposition:
            return False
    elif verb not in _URGE:
        return False
    after = last + 1
    while after < len(tokens) and after - last < 10:
        token = tokens[after]
        if not (token.capitalised or token.norm in _LIST or token.norm in _BODIES):
            break
        after += 1  # "asked Sudan's army and the RSF to", "urged Ethiopia and the TPLF to"
    if after >= len(tokens) or tokens[after].norm != "to":
        return False
    own = named_at(tokens, first) if tokens[first].capitalised else None
    words = {t.norm for t in tokens[first : last + 1]}
    for position in range(after + 1, len(tokens)):
        if not tokens[position].capitalised:
            continue
        hit = named_at(tokens, position)
        if hit is not None and (own is None or hit[0] != own[0]):
            return True
        if hit is None and tokens[position].norm not in words and tokens[position].text.isupper():
            return True  # an acronym the table lacks: "the TPLF agreed"
    return False


def backs_in_aside(tokens: Sequence[Token], first: int, last: int) -> bool:
    """The subject of a relative clause that backs the one before it ("the Houthi group,
    which Iran backs,", "the militias that Tehran arms"): a backer, not a party."""
    if not first or tokens[first - 1].norm not in {"which", "whom", "that"}:
        return False
    after = [t.norm for t in tokens[last + 1 : last + 7]]
    while after and (after[0] in _BACKING_AUXILIARIES or after[0] in _BACKING_HEDGES):
        after = after[1:]  # "which Rwanda is accused of arming" (check 24's probe)
    return bool(after) and after[0] in _BACKING


def praised_object(tokens: Sequence[Token], first: int, text: str) -> bool:
    """The name is the object of a verb of praising, alone or in a list ("congratulated
    Donald Trump on the Gaza ceasefire", "commended Egypt and Qatar for the efforts",
    "thanked President Sisi"): praised for the truce, not taking a stance on it."""
    index = first - 1
    while index >= 0 and first - index <= 10:
        token = tokens[index]
        gap = text[token.end : tokens[index + 1].start].strip()
        if gap not in ("", ","):
            return False
        if token.norm in _PRAISED:
            return gap == ""
        if not (token.capitalised or token.norm in _PRAISED_LIST or token.norm in TITLES):
            return False
        index -= 1
    return False


def call_partner(tokens: Sequence[Token], first: int, text: str = "") -> bool:
    """The name is who was phoned or called, in a sentence that says who met (see the
    module; ``text``, when given, to see a comma before "with"); a sentence about the call
    alone ("Trump said he had talked by telephone with
    Putin") may be the evidence of the meeting it led to."""
    if _MET.isdisjoint(t.norm for t in tokens):
        return False
    index = first
    while (
        index > 0
        and first - index < 6
        and (tokens[index - 1].capitalised or tokens[index - 1].norm in TITLES)
    ):
        index -= 1  # "a phone call with Brazilian President Lula"
    if index < 1:
        return False
    if tokens[index - 1].norm in _PHONED:
        return True
    if tokens[index - 1].norm not in {"with", "to"}:
        return False
    calls = [t for t in tokens[max(index - 4, 0) : index - 1] if t.norm in _CALLS]
    # "held by video, with Premier Li co-chairing": a comma before "with" ends the call's
    # phrase; the name is in a clause of its own (check 41)
    return any("," not in text[t.end : tokens[index - 1].start] for t in calls)


def meets_after_aside(tokens: Sequence[Token], last: int, text: str) -> bool:
    """After the name's aside ("Ramaphosa, who hosted the talks,"), its subject meets."""
    if last + 1 >= len(tokens) or text[tokens[last].end : tokens[last + 1].start].strip() != ",":
        return False
    for index in range(last + 2, min(last + 14, len(tokens))):
        gap = text[tokens[index - 1].end : tokens[index].start].strip()
        if gap == ",":
            words = [t.norm for t in tokens[index : index + 3]]
            while words and words[0] in _BEFORE_VERB:
                words = words[1:]
            return bool(words) and words[0] in _MEETS
        if gap:
            return False
    return False


# Openers of a clause that gives a meeting's time or reason ("for the first time since
# sanctions were imposed by Bahrain", "until Mike Pompeo is sworn in": check 22's plants).
_REASONS = word_set("since until till because unless although though whereas")
_MEETING_WORDS = word_set(
    """met meet meets meeting meetings summit summits talks visit visited host hosts hosted
    hosting received receive negotiations"""
)


def in_reason_clause(tokens: Sequence[Token], first: int) -> bool:
    """A meeting's name inside a clause of time or reason ("met for the first time since
    Kenya closed the border", "postponed until Iran agrees"), no meeting word between the
    opener and the name nor after it: the clause's actor, not one who meets. "Since March,
    Ruto and Museveni have met twice" goes on to its meeting."""
    for index in range(first - 1, max(first - 20, -1), -1):
        norm = tokens[index].norm
        if norm in _MEETING_WORDS:
            return False
        if norm in _REASONS:
            return _MEETING_WORDS.isdisjoint(t.norm for t in tokens[first + 1 :])
    return False


__all__ = [
    "backs_in_aside",
    "call_partner",
    "in_reason_clause",
    "meets_after_aside",
    "praised_object",
    "urged_then_other",
]
