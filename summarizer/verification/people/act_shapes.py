"""The act shapes :mod:`.acted_bodies` did not read (session 50, rule writer cl50f): the forms
in which a body is the OTHER party of a person's act although no active verb takes it as its
object.

The held-out misses of session 49 were, by kind:
- the body as the agent of a passive or a noun of adversity: "X was sued by the Sierra Club",
  "X is under investigation by Ofwat", "X, who faces a lawsuit from the union" (a body that
  sues, questions or investigates someone is not theirs; one that hires, employs, elects or
  owns them is, so only verbs and nouns of adversity are read: :data:`_ADVERSE`);
- a progressive "X is suing Y" (a verb of membership keeps its reading: "is coaching Y");
- "took Y to court" (``took`` is a verb of gaining otherwise: "took the Labour nomination") and
  "signed a letter to Y" (``signed`` is a verb of membership otherwise: "signed for Y");
- a second verb's object: "joined the talks and criticised Ofwat", "flew to Paris and met
  Renault executives" (:func:`coordinated`).

Each returns the first token after which the act's object phrase starts; :mod:`.acted_bodies`
reads the phrase as it reads an active verb's object.
"""

from __future__ import annotations

import re

from ..page.tokens import spaced_set

# Verbs that tie the subject to the object body (membership, its start or end), or that
# act for one's own body or gain something; their object is no outside party.
MEMBERSHIP = spaced_set(
    "join joins joined joining rejoin rejoins rejoined lead leads led leading head heads "
    "headed heading chair chairs chaired chairing run runs ran running manage manages "
    "managed coach coaches coached captain captains captained found founds founded "
    "co-founded cofounded own owns owned represent represents represented serve serves "
    "served direct directs directed oversee oversees oversaw helm helms helmed steer steers "
    "steered work works worked teach teaches taught study studies studied sign signs "
    "signed move moves moved return returns returned switch switches switched defect "
    "defects defected transfer transfers transferred leave leaves left quit quits resign "
    "resigns resigned retire retires retired depart departs departed exit exits exited "
    "step steps stepped rejoin spent spend spends enter enters entered "
    "announce announces announced unveil unveils unveiled launch launches launched defend "
    "defends defended present presents presented report reports reported release releases "
    "released publish publishes published outline outlines outlined tout touts touted "
    "hail hails hailed build builds built grow grows grew expand expands expanded "
    "win wins won take takes took accept accepts accepted secure secures secured seek seeks "
    "sought earn earns earned gain gains gained receive receives received get gets got "
    "become becomes became remain remains remained stay stays stayed keep keeps kept "
    "describe describes described call calls called name names named"
)
# Participles and nouns of an act against the subject: their agent is an outside party.
_ADVERSE = spaced_set(
    "sued suing questioned criticised criticized accused investigated probed fined "
    "prosecuted charged challenged grilled attacked condemned sanctioned censured "
    "reprimanded summoned rebuked blamed targeted opposed pressed pressured beaten "
    "defeated lawsuit lawsuits suit suits claim claims complaint complaints challenge "
    "challenges investigation investigations inquiry probe probes judgment judgement "
    "action prosecution prosecutions criticism pressure scrutiny fire grilling fine "
    "fines charge charges appeal appeals petition petitions ruling rulings order orders"
)
_BE = spaced_set("is was are were be been being am 's")
_AGENT = spaced_set("by from")
ADVERSE_PRESENT = spaced_set("faces face faced facing confronts fights battles")
_COURT = re.compile(
    r"(?:[^\s.;:,]+\s+){1,7}?to\s+(?:the\s+|an?\s+)?(?:[\w&-]+\s+){0,3}?"
    r"(?:court|courts|tribunal|tribunals|arbitration|NLRB)\b",
    re.IGNORECASE,
)
_TAKE = spaced_set("take takes took taking taken")
_LETTER = spaced_set("letter letters petition complaint complaints")
_STOPS = frozenset(';:.!?"\u201c\u201d')
_CLAUSE_ENDS = spaced_set("that who which where whose when while because but said says if")


def membership(word: str) -> bool:
    """Whether the verb ties its subject to its object (:data:`MEMBERSHIP`), a progressive
    read by its stem ("coaching", "managing")."""
    low = word.lower()
    if low in MEMBERSHIP:
        return True
    if low.endswith("ing") and len(low) > 5:
        stem = low[:-3]
        return stem in MEMBERSHIP or stem + "e" in MEMBERSHIP or stem[:-1] in MEMBERSHIP
    return False


def skip_adverbs(words: list[str], at: int) -> int:
    """The first index from ``at`` that is no lower-case "-ly" adverb ("was repeatedly sued")."""
    while at < len(words) and words[at].islower() and words[at].endswith("ly"):
        at += 1
    return at


def adverse_start(words: list[str], verb: int) -> int | None:
    """Where the other party's phrase starts after the verb at ``verb`` in a shape of
    adversity: "was sued by", "is under investigation by", "faces a lawsuit from", "is suing",
    "took ... to court", "signed a letter to"; None for any other shape."""
    low = words[verb].lower()
    after = skip_adverbs(words, verb + 1)
    if low in _BE and after < len(words):
        nxt = words[after].lower()
        if nxt in ("being", "been"):
            after = skip_adverbs(words, after + 1)
            nxt = words[after].lower() if after < len(words) else ""
        if nxt in _ADVERSE and after + 1 < len(words) and words[after + 1].lower() in _AGENT:
            return after + 2  # "was sued by the Sierra Club"
        if nxt == "under" and after + 2 < len(words):
            noun = words[after + 1].lower()
            if noun in _ADVERSE and words[after + 2].lower() in _AGENT:
                return after + 3  # "is under investigation by Ofwat"
        if (
            nxt.endswith("ing")
            and nxt[:1].isalpha()
            and words[after].islower()
            and not membership(nxt)
            and nxt not in ("being", "going", "expected", "due")
        ):
            return after + 1  # "is suing CrowdStrike", "was negotiating with"
        return None
    if low in ADVERSE_PRESENT:
        return after  # "faces a lawsuit from": the object phrase reads "from" as its target
    if low in _TAKE and _COURT.match(" ".join(words[after:])):
        return after  # "took Starbucks to the NLRB": the other party, not a gain
    letter = after + 1 < len(words) and words[after + 1].lower() in _LETTER
    if low in ("signed", "signs", "sign") and letter and words[after].lower() in _LEAD:
        return after  # "signed a letter to the Department": its addressee
    return None


# Nouns of a dispute or contest, and the preposition that names the other party after them:
# "a lawsuit from the union", "a takeover bid by Orbital Cloud", "a 2-0 win over Leicester".
_DISPUTES = spaced_set(
    "lawsuit lawsuits suit claim claims complaint complaints case cases challenge appeal bid "
    "bids takeover investigation probe inquiry fine fines judgment judgement action dispute "
    "row battle fight feud clash clashes grievance grievances prosecution win victory "
    "defeat draw loss"
)
_PARTY_PREPS = spaced_set("against from by with over to")
_BEATEN = spaced_set(
    "beat beats beating defeated defeating thrashed thrashing edged edging overcame "
    "overcoming trounced hammered routed outclassed eliminated knocked"
)
_LOST = spaced_set("lost losing lose loses drew drawing draw fell")
_LEAD = spaced_set("the a an")
# Nouns whose "with" names the other side ("a row with X"); after another dispute noun it names
# a joint party ("the case with the union").
_CONFLICTS = spaced_set("dispute row battle fight feud clash clashes draw")


def _targets_other(words: list[str], at: int) -> bool:
    """Whether the name starting at ``at`` (after a dispute noun's "by" or "from") is followed
    by the dispute's own target ("against X", "over X"): the value brings the dispute, so it
    acts against someone else, not against the person."""
    end = at
    while end < len(words) and end < at + 8 and not words[end].islower():
        end += 1
    return end < len(words) and words[end] in ("against", "over")


def _joined(words: list[str], rival: int) -> bool:
    """Whether "rival" at ``rival`` follows a verb of membership, directly or through "to" or
    "for" ("joined rival X", "moved to rival X", "signed for rival X"): X is the body the
    subject goes to, their own, not a contest's other side."""
    verb = rival - 1
    if verb >= 1 and words[verb].lower() in ("to", "for"):
        verb -= 1
    return verb >= 0 and words[verb].islower() and membership(words[verb])


def other_party(words: list[str], at: int) -> str | None:
    """The word that makes the value starting at token ``at`` the other party of a dispute or
    a contest in the sentence, whoever its subject: a bare "against" ("scored against Eastgate
    Athletic"), a dispute noun and its preposition ("a formal complaint from the union"),
    "rival", or a verb of beating ("as Arsenal beat Leicester City", "lost to Arsenal")."""
    before = at - 1
    while before >= 0 and words[before].lower() in _LEAD:
        before -= 1
    if before < 0:
        return None
    prep = words[before].lower()
    if prep in ("rival", "rivals") and _joined(words, before):
        return None  # "left Juventus to join rival Torino", "moved to rival Channel 7": theirs
    if prep in ("against", "rival", "rivals", "v", "vs", "versus") or prep in _BEATEN:
        return words[before]
    if prep not in _PARTY_PREPS or before == 0:
        return None
    for noun in words[max(0, before - 2) : before]:
        low = noun.lower()
        if prep == "with" and low not in _CONFLICTS:
            continue  # "brought the equal pay case with the GMB": a joint claim, theirs
        if prep in _AGENT and _targets_other(words, at):
            continue  # "the challenge by the FBU against X", "the win by Rosenborg over Molde"
        if low in _DISPUTES:
            return noun  # "a failed takeover bid by", "a formal complaint from"
    if prep in ("to", "with") and words[before - 1].lower() in _LOST:
        return words[before - 1]  # "lost to Arsenal", "drew with Munster"
    return None


_PRONOUN_AUX = spaced_set("has have had also now still once later then")
_TIES = spaced_set("volunteers volunteered plays played trains trained sits sat")


def pronoun_tie(words: list[str]) -> bool:
    """Whether a sentence opening with "He" or "She" (or a possessive: "Her organisation, X,")
    may tie its subject to the body it names: a copula or a verb of membership ("She works for
    Acme", "He is a driver for Northern Rail"), unless in a shape of adversity ("He is under
    pressure from airlines", "She faces questions from the committee")."""
    if not words or words[0].lower() not in ("he", "she", "his", "her"):
        return False
    if words[0].lower() in ("his", "her"):
        return True
    verb = 1
    while verb < len(words) and words[verb].lower() in _PRONOUN_AUX:
        verb += 1
    if verb >= len(words):
        return False
    low = words[verb].lower()
    tie = low in _BE or low in _TIES or membership(low)
    return tie and adverse_start(words, verb) is None


def coordinated(words: list[str], verb: int, shaped: frozenset[str]) -> list[int]:
    """The second verbs of the subject whose first verb stands at ``verb``: "joined the talks
    and criticised Ofwat", "flew to Paris and met Renault executives". ``shaped`` holds the
    irregular past forms; a regular one ends in "-ed". Reading stops at a clause's end."""
    found: list[int] = []
    for at in range(verb + 1, min(len(words) - 1, verb + 14)):
        word = words[at]
        if word in _STOPS or word.lower() in _CLAUSE_ENDS:
            break
        if word.lower() != "and":
            continue
        second = at + 2 if words[at + 1].lower() == "then" and at + 2 < len(words) else at + 1
        nxt = words[second]
        low = nxt.lower()
        tie = membership(low) or low in _TIES  # "and volunteered with X": a tie, no act
        if nxt.islower() and (low.endswith("ed") or low in shaped) and not tie:
            found.append(second)
    return found


__all__ = [
    "ADVERSE_PRESENT",
    "MEMBERSHIP",
    "adverse_start",
    "coordinated",
    "membership",
    "other_party",
    "pronoun_tie",
    "skip_adverbs",
]
