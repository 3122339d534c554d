"""A time clause that is the measure's own issuing (an outside check, check 47: "Importers
... will have to lodge security deposits ... from Friday, after the Ministry of Commerce
announced provisional anti-dumping measures on Tuesday" refused Tuesday as the measure's
introduction: "the day of another event (in a clause with 'after')").

A clause opened by "after" or "following" tells another event, as a rule; but when its
subject is the measure's own issuer and its verb issues a measure, the clause is the measure
itself being issued, and its day is the introduction's. The clause must hold, in this order
and before the day:

- a word of the fact's ``issuing_body`` (or of a sponsor) as the clause's subject ("the
  Ministry of Commerce (MOFCOM)", "the cabinet", "the Economy Ministry's decision to adopt"),
  and no other name before the verb, a bracketed short form aside ("after Washington
  announced tariffs" is another government's);
- an issuing verb (:data:`ISSUING`: announce, impose, adopt, approve, issue, publish, order,
  decree, enact, introduce, unveil, levy, slap, set, sign, finalise, notify, gazette, ...);
- within a few words after the verb, a measure noun (:data:`MEASURES`: measures, duties,
  tariffs, levy, charge, deposits, ban, embargo, curbs, restrictions, controls, sanctions,
  quotas, regulation, rules, decree, order, ...): "announced an inquiry", "opened an
  investigation", "filed a complaint" are other steps.

And the other way (:func:`other_issuer`): a day the older rules gave to the measure, in an
"after" or "following" clause whose verb issues or files something (the verbs above, "filed",
"lodged", "tabled", "submitted") and whose subject names another party than the issuer ("after
the European Commission imposed duties on electric cars on Tuesday", "after local producers
filed a complaint with the Trade Ministry on 2 May"), is that party's act, not the measure's
introduction. Not when the subject is a pronoun or a word any issuer may be called by ("the
government", "officials"), nor when it is one bare name ("after Beijing announced duties",
"after the EU imposed"): a capital or a bloc may stand for the issuer's own government.

Both run only for a measure's introduction with a time clause before the day.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..page.tokens import Token, tokenize, word_set

TIME_CLAUSE = "the day of another event (in a clause with"

ISSUING = word_set(
    """announce announces announced adopt adopts adopted impose imposes imposed approve
    approves approved issue issues issued publish publishes published order orders ordered
    decree decrees decreed enact enacts enacted introduce introduces introduced unveil
    unveils unveiled levy levies levied slap slaps slapped set sets sign signs signed
    finalise finalises finalised finalize finalizes finalized notify notifies notified
    gazette gazettes gazetted declare declares declared authorise authorised authorize
    authorized extend extends extended"""
)
MEASURES = word_set(
    """measure measures duty duties tariff tariffs levy levies charge charges surcharge
    surcharges deposit deposits ban bans embargo embargoes curb curbs restriction
    restrictions control controls sanction sanctions quota quotas regulation regulations
    rule rules decree decrees order orders fee fees tax taxes penalty penalties cap caps
    limit limits safeguard safeguards rate rates code codes"""
)
_TIMED = word_set("after following")
_FILING = word_set(
    """filed files file lodged lodges lodge tabled tables submitted submits brought brings"""
)
_GENERIC = word_set(
    """the a an its their it they he she government cabinet state authorities authority
    officials ministry ministries minister regulator regulators administration"""
)
OTHER_ISSUER = "the day of another party's act (in a clause with"
_LINKS = word_set("decision move plan bid vote to 's")
# A bill's own introducer: a titled legislator who introduces or files it (review s23a).
_LEGISLATORS = word_set(
    """senator senators sen representative representatives rep congressman congresswoman
    congressmen mp mps lawmaker lawmakers legislator legislators deputy deputies
    assemblyman assemblywoman councillor councilor councilman councilwoman"""
)
_INTRODUCING = word_set(
    """introduced introduces introduce filed files file tabled tables table submitted submits
    sponsored sponsors lodged lodges unveiled"""
)
_BILLS = word_set("""it bill bills measure legislation act resolution motion draft proposal""")
_OTHER_BILLS = word_set("rival competing another separate alternative second similar")
_BILL_KINDS = ("bill", "legislation", "law", "resolution", "act")
_OBJECT_REACH = 5
_BACK = 16


def own_issue(fact: Any, tokens: Sequence[Token], first: int, text: str) -> bool:
    """Whether the day at ``tokens[first]`` closes a time clause in which the fact's issuer
    issues a measure (see the module)."""
    opener = _opener(tokens, first, text)
    if opener is None:
        return False
    issuer = _issuer_words(fact)
    if not issuer:
        return False
    verb = next((i for i in range(opener + 1, first) if tokens[i].norm in ISSUING), None)
    if verb is None:
        return False
    subject = tokens[opener + 1 : verb]
    if not any(t.norm in issuer for t in subject):
        return False
    for index, token in enumerate(subject, opener + 1):
        bracketed = "(" in text[tokens[index - 1].end : token.start]  # "(MOFCOM)"
        if token.capitalised and token.norm not in issuer | _LINKS and not bracketed:
            return False  # another name before the verb
    reach = tokens[verb + 1 : min(verb + 1 + _OBJECT_REACH, first)]
    return any(t.norm in MEASURES for t in reach)


def other_issuer(fact: Any, tokens: Sequence[Token], first: int, text: str) -> str | None:
    """The role of the day at ``tokens[first]`` when an "after" clause gives it to another
    party's issuing or filing (see the module); None otherwise."""
    opener = _opener(tokens, first, text)
    issuer = _issuer_words(fact)
    if opener is None or not issuer:
        return None
    verbs = ISSUING | _FILING
    verb = next((i for i in range(opener + 1, first) if tokens[i].norm in verbs), None)
    if verb is None:
        return None
    subject = [t for t in tokens[opener + 1 : verb] if t.norm not in _GENERIC]
    if not subject or any(t.norm in issuer for t in subject):
        return None
    if len(subject) == 1 and subject[0].capitalised:
        return None  # "after Beijing announced": may be the issuer's own government
    if len(subject) > 6:
        return None  # a long stretch: the clause's subject is not read
    if _bill_introducer(fact, tokens, verb, subject, first):
        return None  # "after Senator Lindsey Graham introduced it on April 1"
    return f"{OTHER_ISSUER} {tokens[opener].norm!r})"


def _bill_introducer(
    fact: Any, tokens: Sequence[Token], verb: int, subject: Sequence[Token], first: int
) -> bool:
    """A bill's introduction by a titled legislator: the bill's own, whoever the fact names as
    its issuer ("after Representative Joe Wilson filed the bill on 3 March", "after Senator
    Graham introduced it")."""
    instrument = str(getattr(fact, "instrument", None) or "").lower()
    if not instrument.startswith(_BILL_KINDS) or tokens[verb].norm not in _INTRODUCING:
        return False
    if not any(t.norm in _LEGISLATORS for t in subject):
        return False
    reach = tokens[verb + 1 : min(verb + 1 + _OBJECT_REACH, first)][:3]
    if any(t.norm in _OTHER_BILLS for t in reach):
        return False  # "introduced a rival measure": another bill
    return any(t.norm in _BILLS for t in reach)


def _opener(tokens: Sequence[Token], first: int, text: str) -> int | None:
    """The "after"/"following" that opens the day's time clause, no comma between."""
    for index in range(first - 1, max(first - _BACK, 0) - 1, -1):
        if tokens[index].norm in _TIMED:
            return index
        if "," in text[tokens[index].end : tokens[index + 1].start]:
            return None
    return None


def _issuer_words(fact: Any) -> frozenset[str]:
    names = [getattr(fact, "issuing_body", None) or "", *(getattr(fact, "sponsors", None) or [])]
    words = {t.norm for name in names for t in tokenize(str(name)) if len(t.norm) > 3}
    return frozenset(words)


__all__ = ["ISSUING", "MEASURES", "OTHER_ISSUER", "TIME_CLAUSE", "other_issuer", "own_issue"]
