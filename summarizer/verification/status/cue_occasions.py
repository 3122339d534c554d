"""Whether a status or stance cue belongs to the fact's own party and own occasion (an
outside check, session 17, check 37's first cause): the status word must be the fact's, not
another party's in a clause about it, not a prospect, not a call-off undone since.

- *Another party's stance* (:func:`other_subject`): the cue's subject is the nearest name
  before it in its clause, back over the words that may stand between a subject and its
  verb ("Israel's security cabinet voted 10-1 to approve", "a plan Netanyahu rejected at
  the time", "the deal, which Hamas has accepted"), with the names joined to it by "and".
  When that subject is not the fact's party (no word of it, no tie the article makes from
  its surname to the party) while the fact's party is named elsewhere in the sentence
  ("The US and France floated a truce, a plan Netanyahu rejected": France floated it), the
  cue is the subject's stance, not the party's. A party that is named nowhere else in the
  sentence is left to the older reading (:mod:`stance_owners`).
- *A prospect under a future main clause* (:func:`future_condition`): a cue in a clause
  opened by "once", "when", "until", "after" or "before" whose governing clause is a modal
  one ("Moscow would respond only once the measure became law", "the tariffs will lapse
  when the deal is signed") states what is expected, not what happened.
- *A call-off undone* (:func:`called_back_on`): a meeting "called off" or "cancelled" in a
  sentence whose later clause puts it on again ("is back on", "on again", "revived",
  "reinstated", "will now meet", "is now set for") is not cancelled: it is planned.

Each reading runs only when its cue words are in the sentence (a precomputed set test).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..events.shared_acts import PASTIME_VERBS, pastime_cues, pastime_owned
from ..events.stance_turns import earlier_turn, other_clause
from ..page.article import ArticleText
from ..page.possessives import is_possessive
from ..page.tokens import (
    BE_FORMS,
    Token,
    clause_gap,
    tokenize,
    word_set,
)
from ..people.party_names import party_of, ties
from .aside_meetings import aside_meeting
from .open_questions import open_question
from .stance_owners import not_owned
from .time_adverbs import steps_to_subject
from .unapplied_cues import unapplied

# Words that may stand between a subject and its stance verb: auxiliaries, adverbs, a
# verb that takes an infinitive ("voted to approve", "decided to accept"), a vote's score,
# and the nouns of a party's people ("security cabinet", "negotiators").
_BETWEEN = word_set(
    """had has have was were is are been be would will also only already later then quickly
    swiftly since initially first duly reportedly formally publicly promptly eventually
    finally voted vote votes decided decides moved moves chose chooses opted opts went
    unanimously narrowly overwhelmingly officials negotiators leaders leader government
    cabinet security war parliament delegation delegates ministers minister spokesman
    spokeswoman team side forces commanders leadership authorities militants fighters
    movement rebels army military junta regime office council assembly mediators mediator
    envoys envoy diplomats"""
)
# Verbs that name what their object is called ("called the draft a good compromise",
# "praised it as a good basis"): a stance cue in the object's description is the verb's
# subject's word.
_CALLING = word_set(
    """called calls calling call described describes describing termed terms deemed deems
    labelled labeled branded praised praises hailed hails considered considers"""
)
_CONTROL = word_set("voted vote votes decided decides moved moves chose chooses opted opts")
_OPENERS = word_set("we i they it he she the this that these those both all our its their a an")
_REACH = 8  # tokens back from the cue the subject's name may end
_JOIN = word_set("and or")
_SUBORDINATORS = word_set("once when until after before whenever")
_FUTURE = word_set("will would may might should shall wo won")  # not "could": a past too
_ONE_OFF = frozenset({"cancelled", "on_hold"})
_AGAIN = (("back", "on"), ("on", "again"), ("now", "set"), ("now", "due"), ("will", "now"),
          ("now", "scheduled"), ("now", "take"), ("now", "meet"))  # fmt: skip
_BREAKS = frozenset({",", ";"}) | word_set("but and although though while after whereas")
_LINKING = BE_FORMS | word_set("has have had now since later then again will would")
_MEETINGS = word_set(  # the meeting, or the ones meeting ("; they will now meet")
    "summit meeting meetings talks visit it trip conference session one retreat they we both"
)
_OTHER_ONE = word_set("separate another other different")
_REVIVED = word_set("revived reinstated resurrected restored rescheduled")
_AGAIN_WORDS = word_set("back again now revived reinstated resurrected restored rescheduled")


def foreign_cue(
    family: str,
    raw: str,
    fact: Any,
    article: ArticleText,
    index: int,
    norms: Sequence[str],
    start: int,
    end: int,
) -> bool:
    """Whether the cue at ``norms[start:end]`` (``clause_norms`` of sentence ``index``) is
    not the fact's: another party's stance (:mod:`stance_owners`, :func:`other_subject`),
    a prospect under a future clause, a call-off undone later in the sentence, a ruling's
    status or a condition still to be met (:mod:`unapplied_cues`)."""
    if not_owned(family, fact, article, index, norms, start, end):
        return True
    if family == "Stance" and other_subject(fact, article, index, norms, start, end):
        return True
    if family == "Stance" and (
        other_clause(fact, article, index, norms, start) or earlier_turn(fact, norms, start)
    ):
        return True  # another side's clause, or a stance taken back (stance_turns.py)
    if family == "SummitStatus" and raw in _ONE_OFF and called_back_on(norms, end):
        return True
    if _foreign_pastime(family, raw, fact, norms, start, end):
        return True  # "Trump played golf with Els": not the fact's parties (shared_acts)
    if unapplied(family, raw, norms, start, end):
        return True  # a ruling's pause, a condition still to be met (unapplied_cues.py)
    if family == "SummitStatus" and raw == "held" and aside_meeting(norms, start):
        return True  # "X, who dined with Y in February, said no summit was planned"
    if open_question(norms, start):
        return True  # "It is unclear whether they played golf" (open_questions, session 24)
    return future_condition(norms, start)


def _foreign_pastime(
    family: str, raw: str, fact: Any, norms: Sequence[str], start: int, end: int
) -> bool:
    if family != "SummitStatus" or raw != "held" or norms[start] not in PASTIME_VERBS:
        return False
    return (start, end) in pastime_cues(norms) and not pastime_owned(fact, norms, start, end)


def future_condition(norms: Sequence[str], start: int) -> bool:
    """A cue in a clause opened by a subordinator (:data:`_SUBORDINATORS`) under a modal
    main clause: "would respond only once the measure became law"."""
    if _SUBORDINATORS.isdisjoint(norms) or _FUTURE.isdisjoint(norms):
        return False
    back = start - 1
    while back >= 0 and start - back <= 6 and norms[back] != ",":
        if norms[back] in _SUBORDINATORS:
            before = norms[max(back - 5, 0) : back]
            cut = max((i for i, n in enumerate(before) if n == ","), default=-1)
            return not _FUTURE.isdisjoint(before[cut + 1 :])
        back -= 1
    return False


def called_back_on(norms: Sequence[str], end: int) -> bool:
    """A later clause of the sentence puts the called-off meeting on again (not another
    thing: "the blockade was reinstated", "a separate meeting was revived", "talks are back
    on track")."""
    after = norms[end:]
    if _AGAIN_WORDS.isdisjoint(after):
        return False
    for at, norm in enumerate(after):
        pair = tuple(after[at : at + 2])
        revived = norm in _REVIVED or (pair in _AGAIN and after[at + 2 : at + 3] != ["track"])
        if revived and _same_subject(after[:at]):
            return True
    return False


def _same_subject(between: Sequence[str]) -> bool:
    """Whether the revival's clause (after the last clause break in ``between``) has no
    subject of its own, or the meeting's word with no mark of another one."""
    breaks = [i for i, norm in enumerate(between) if norm in _BREAKS]
    if not breaks:
        return True
    subject = [n for n in between[breaks[-1] + 1 :] if n not in _LINKING]
    if not subject:
        return True  # "..., were revived", "but has since been revived"
    return _OTHER_ONE.isdisjoint(subject) and not _MEETINGS.isdisjoint(subject)


def other_subject(
    fact: Any, article: ArticleText, index: int, norms: Sequence[str], start: int, end: int
) -> bool:
    """Whether the stance cue's subject is a name other than the fact's party, the party
    being named elsewhere in the sentence (see the module)."""
    party = getattr(fact, "party", None)
    if not isinstance(party, str) or not party.strip():
        return False
    tokens = article.sentence_tokens(index)
    cue = start - list(norms[:start]).count(",")
    if not 0 < cue < len(tokens):
        return False
    own = {t.norm for t in tokenize(party) if t.capitalised} - _OPENERS
    spots = [i for i, t in enumerate(tokens) if t.norm in own]
    last = end - list(norms[:end]).count(",")
    if not spots or any(cue <= i < last for i in spots):
        return False  # not named in the sentence, or named in the cue ("convinced X to sign")
    subject = _subject_names(tokens, cue, article.text)
    if not subject or any(tokens[i].norm in own for i in subject):
        return False
    key = party_of(party)
    if key is not None and any(
        key in ties(article, tokens[i].norm) or party_of(tokens[i].text) == key for i in subject
    ):
        return False  # a person the article ties to the party, or its capital ("Kyiv")
    return any(i not in subject and (i < subject[0] or i > cue) for i in spots)


def _name_at_start(token: Token, text: str) -> bool:
    """A sentence's first word read as a name: a possessive ("Israel's") or a party's name,
    not a capitalised opener ("Both", "Officials")."""
    return is_possessive(token, text) or party_of(token.text) is not None


def _subject_names(tokens: Sequence[Token], cue: int, text: str) -> list[int]:
    """The positions of the capitalised names that are the cue's subject: the nearest name
    run before it back over :data:`_BETWEEN` and a vote's score, then the names joined to it
    by "and"; empty when something else stands in between or a clause breaks. A cue in a
    calling verb's object description is read from the verb (:data:`_CALLING`)."""
    for back in range(cue - 1, max(cue - _REACH, 0) - 1, -1):
        if clause_gap(tokens, back, text):
            break
        if tokens[back].norm in _CALLING:
            cue = back
            break
    position = cue - 1
    while position >= 0 and cue - position <= _REACH:
        token = tokens[position]
        if clause_gap(tokens, position, text):
            return []
        stepped = steps_to_subject(tokens, position)  # "Rwanda on Thursday signed" (time_adverbs)
        if stepped is not None:
            position = stepped
            continue
        # a capitalised common noun of a party's people opens no name ("NAIROBI - Mediators")
        named = token.capitalised and token.norm not in _OPENERS and token.norm not in _BETWEEN
        if named and (position > 0 or _name_at_start(token, text)):
            break
        if token.norm == "to" and any(
            t.norm in _CONTROL for t in tokens[max(position - 4, 0) : position]
        ):
            position -= 1
            continue
        if token.norm not in _BETWEEN and any(c.isalpha() for c in token.norm):
            return []
        position -= 1
    else:
        return []
    if position < 0:
        return []
    names: list[int] = []
    joined = False  # a comma lists a name in a list closed by "and", or one opening its clause
    while position >= 0 and tokens[position].capitalised:
        if position == 0 and not _name_at_start(tokens[0], text):
            break
        names.append(position)
        if position == 0:
            break
        listed = clause_gap(tokens, position - 1, text) and tokens[position - 1].capitalised
        listed = listed and (joined or _opens(tokens, position - 1, text))
        if clause_gap(tokens, position - 1, text) and not listed:
            break  # not "Asked about Congo, Rwanda signed" (session 26)
        position -= 1
        if tokens[position].norm == "the" and position > 0:
            position -= 1  # "Ethiopia and the TPLF"
        if tokens[position].norm in _JOIN and position > 0 and tokens[position - 1].capitalised:
            position -= 1
            joined = True
    return sorted(names)


def _opens(tokens: Sequence[Token], last: int, text: str) -> bool:
    """Whether the capitalised run ending at ``tokens[last]`` opens its clause ("Serbia,
    Kosovo agree"), not a preposition's or verb's object ("Asked about Congo, Rwanda")."""
    first = last
    while first > 0 and tokens[first - 1].capitalised and not clause_gap(tokens, first - 1, text):
        first -= 1
    return first == 0 or clause_gap(tokens, first - 1, text)


__all__ = ["called_back_on", "foreign_cue", "future_condition", "other_subject"]
