"""Agents written after a run of titles or an apposition (an outside check, 38), read for a
measure's sponsors (:func:`summarizer.verification.acts.actors.is_actor`) and a truce's announcer
(:func:`summarizer.verification.sides.announcers.support_announcer`):

- *a list of titled subjects*: "Today, the Prime Minister, Anthony Hale, the Treasurer and
  Minister for Finance, Clare Dunn, and the Minister for Trade, Don Farrow, announced ...",
  "Senators Kim and Ford have co-sponsored the bill": every name of the run acts with the verb
  that ends it. Between the name and the verb stand only capitalised words (titles, names),
  joining words ("and", "of", "for", "the"), lower-case title words and auxiliaries ("have",
  "jointly"); before the name, the run reaches back to the sentence's start or an opener
  ("Today,") and not to a preposition ("after talks with the Governor, X, ...": X is no subject);
- *an agent after "by" and an apposition*: "announced at a briefing in the capital by the
  AU's chief mediator, former Ghanaian president Kofi Mensah-Bonsu", "announced in Doha by the
  Qatari mediator, Minister of State Salma Al-Khater": the name after the apposition is the
  agent of the verb before "by".
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set
from ..people.names import TITLES
from ..sentences.passives import be_before

_JOINING = word_set("and the of for & on")
_AUXILIARIES = word_set("have has had will would jointly together also today formally")
_OFFICES = TITLES | word_set(
    """mediator negotiator facilitator adviser advisor chairperson head envoy emissary
    treasurer attorney minister ministers mayor"""
)
_PREPOSITIONS = word_set("with by to from against for of about on over than between among")
_RUN = 40
_BY_REACH = 9


def _in_run(token: Token) -> bool:
    return token.capitalised or token.norm in _JOINING or token.norm in _OFFICES


def listed_subject(tokens: Sequence[Token], first: int, last: int, cue: int) -> bool:
    """Whether the name at ``tokens[first..last]`` is one of a run of titled subjects of the
    verb at ``cue`` (see the module)."""
    if not last < cue <= last + _RUN or be_before(tokens, cue):  # a passive: not their act
        return False
    if tokens[cue].norm == "joined":
        return False  # "joined the talks": no act of its own (actors.py reads "joined by")
    between = tokens[last + 1 : cue]
    if not all(_in_run(t) or t.norm in _AUXILIARIES for t in between):
        return False
    index = first - 1
    while index >= 0 and first - index <= _RUN and _in_run(tokens[index]):
        if tokens[index].norm in _PREPOSITIONS and not tokens[index].capitalised:
            if not (_titled(tokens, index) and _run_start(tokens, index)):
                return False
            break
        index -= 1
    else:
        if index >= 0 and tokens[index].norm not in _AUXILIARIES:
            return False
    run = tokens[max(index, 0) : cue]
    return any(t.norm in ("and", "&") for t in run)  # a list: one name alone is actors.py's


def _titled(tokens: Sequence[Token], index: int) -> bool:
    """ "Minister of Finance", "Minister for Trade": an "of" / "for" inside a title."""
    return tokens[index].norm in ("of", "for", "on") and tokens[index - 1].norm in _OFFICES


def _run_start(tokens: Sequence[Token], index: int) -> bool:
    """ "Minister of Finance": an "of" inside a title, read back to the run's start."""
    while index >= 0 and _in_run(tokens[index]):
        if tokens[index].norm in _PREPOSITIONS and not _titled(tokens, index):
            return False
        index -= 1
    return index < 0 or tokens[index].norm in _AUXILIARIES


def agent_after_apposition(tokens: Sequence[Token], first: int, verbs: frozenset[str]) -> bool:
    """Whether the name at ``tokens[first]`` is the agent after "by" of one of ``verbs``
    ("announced ... by the AU's chief mediator, former president X")."""
    index = first - 1
    while index >= 0 and first - index <= 12:
        token = tokens[index]
        if token.norm == "by":
            return any(t.norm in verbs for t in tokens[max(index - _BY_REACH, 0) : index])
        if not (_in_run(token) or token.norm == "former" or token.norm == "a"):
            return False
        index -= 1
    return False


__all__ = ["agent_after_apposition", "listed_subject"]
