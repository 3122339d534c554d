"""Status wording that a cue phrase list cannot hold, for
:mod:`summarizer.verification.status.statuses` (check 21's causes):

- *a truce called for as a need* (a truce's ``proposed``): "a sustainable ceasefire is needed",
  "a truce must be reached", "a ceasefire should be declared", "we need a ceasefire", "the
  region needs a truce", "what is needed now is a ceasefire". The truce noun must be the
  subject of the need (or its object after "need"; "the truce needs monitors" is no call for
  one), so "a ceasefire needed to revive the talks" (a participle) and "aid is needed as the
  truce holds" (another subject) word no proposal, and "the truce must be respected" (one
  that exists) neither;
- *a withdrawal is no meeting held* (:func:`absent`): a held cue whose span holds "pulling
  out of", "skipping", "withdrawal from", "staying away from", "backing out of" ("after
  pulling out of the original meeting") is someone's absence; an "earlier" right after such a
  word ("despite pulling out of an earlier round") is the round left, not this meeting;
- *a meeting that ran on* (a summit's ``held``): "The talks started on Thursday running
  through Friday into Saturday morning" (a past start, then running on to an end);
- *a deal between the parties that was made* (a party's ``agreed`` stance): "the UN-brokered
  deal between the coalition and the Houthis", "the truce between Israel and Hamas took
  effect", "a deal between A and B was reached". A deal only offered, proposed, sought or
  hoped for ("a possible truce between", "pushed for a deal between", "a deal proposed to A
  and B") is no agreement: it needs a made word before the noun or after the list.

Word lists over a sentence's normal forms, not a parser; negations are read by the caller.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from ..page.tokens import word_set
from .host_cues import hosting
from .law_stages import law_cues
from .lives_lost import lives_taken
from .meeting_ahead import meeting_ahead
from .meeting_closed import meeting_closed
from .meeting_participles import met_participle
from .meeting_returns import meeting_returns
from .news_wordings import news_cues
from .promised_steps import answer_promised, signing_ahead
from .shared_acts import pastime_cues, put_aside_cues, ruling_cues
from .stance_turns import fighting_on
from .stated_wordings import stated_cues
from .status_synonyms import meeting_over, synonym_cues
from .truce_aspects import lasting_cues

_TRUCE_NOUNS = word_set(
    """ceasefire ceasefires truce truces armistice cessation halt pause deal agreement accord
    pact"""
)
_BE = word_set("is are was were")
_NEEDED = word_set("needed necessary essential required vital imperative indispensable")
_MODALS = word_set("must should")
_REACHED = word_set(
    """reached agreed declared established achieved signed concluded struck sealed brokered
    announced put"""
)
_ADVERBS = word_set("urgently badly now really also still first clearly immediately")
_NEED = word_set("need needs")
_FILLERS = word_set(
    "for a an the immediate lasting sustainable durable real genuine full new humanitarian"
)

# A made deal: a participle before the noun ("the UN-brokered deal", "the signed truce") or a
# verb after the list of parties ("... between A and B was reached / took effect").
_MADE_BEFORE = word_set(
    """brokered mediated signed agreed negotiated struck sealed reached landmark historic
    hard-won"""
)
_MADE_AFTER = word_set(
    """reached signed struck sealed agreed brokered announced took takes taken came comes
    went entered began begun started holds holding clinched finalised finalized
    concluded"""
)
_UNMADE = word_set(
    """proposed possible potential draft planned hoped mooted envisaged offered would-be
    prospective elusive future"""
)
_SEEKING = word_set(
    """for toward towards on seek seeking sought push pushed pushing urged urging hopes
    hope efforts bid reach secure broker mediate"""
)
_OWNERS = word_set("its their his her our")
_STILL_TO_COME = word_set("would could might may will remains remain")
_DEAL_NOUNS = word_set("deal truce ceasefire agreement accord pact armistice")
SAYING = word_set(
    """said says told announced stated wrote noted added confirmed insisted declared
    tweeted posted speaking"""
)
HEARERS = word_set("reporters journalists lawmakers parliament senators us him her them")
"""Speech verbs: a time right after one ("said last month") dates the saying, not what is
said."""


# A held cue over a withdrawal ("after pulling out of the original meeting", "after skipping
# the summit"): someone's absence, no meeting held.
_ABSENT = word_set(
    """pulling pulled pull pulls withdrawing withdrew withdrawn withdrawal skipping skipped
    boycotting boycotted boycott snubbing snubbed quitting abandoning missing missed absence
    away"""
)
_OUT_OF = word_set("backing backed bowing bowed dropping dropped opting opted")


def absent(words: Sequence[str]) -> bool:
    """A withdrawal word in a cue's span ("after backing out of the meeting")."""
    return not _ABSENT.isdisjoint(words) or any(
        a in _OUT_OF and b == "out" for a, b in pairwise(words)
    )


def extra_status_cues(family: str, value: str, norms: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) spans of the check-21 wordings for the value (see the module), of
    lives a war took for casualties (:mod:`summarizer.verification.events.lives_lost`), and of
    session 15's hosting, signing and answering still to come (:mod:`host_cues`,
    :mod:`promised_steps`), and session 16's news and stated wordings (:mod:`news_wordings`,
    :mod:`stated_wordings`)."""
    if family == "CeasefireStatus" and value == "proposed":
        found = _needed(norms) + signing_ahead(norms)  # "is expected to be signed"
        return found + synonym_cues(family, value, norms)  # "asked for a ceasefire"
    if family == "Stance" and value == "agreed":
        return _made_between(norms) + stated_cues(family, value, norms)  # "would honour"
    if family == "Stance" and value == "awaiting_answer":
        return answer_promised(norms)  # "would study the proposal" (promised_steps.py)
    if family == "SummitStatus" and value == "held":  # "played golf", "dined" (shared_acts)
        found = _ran_through(norms) + hosting(norms) + news_cues(family, value, norms)
        found += meeting_closed(norms)  # "wound up its two-day meeting" (meeting_closed)
        found += met_participle(norms)  # "Meeting in Putrajaya, they agreed" (participles)
        found += meeting_returns(norms)  # "returned from a summit" (meeting_returns, s30)
        return found + pastime_cues(norms) + meeting_over(norms)  # "talks are over"
    if family == "SummitStatus" and value == "under_way":
        return hosting(norms)  # "which is hosting the summit this week" (host_cues.py)
    if family == "EventKind" and value == "casualties":
        return lives_taken(norms)  # "has claimed over 46,000 lives" (lives_lost.py)
    stages = law_cues(family, value, norms) + lasting_cues(family, value, norms)  # session 20
    stages += fighting_on(family, value, norms)  # "would keep fighting" (stance_turns.py)
    if family == "EventKind" and value == "vote":
        stages += ruling_cues(norms)  # "the appeals court upheld" (shared_acts.py)
    stages += put_aside_cues(family, value, norms)  # "put aid on ice" (shared_acts.py)
    stages += synonym_cues(family, value, norms)  # "the trip begins" (status_synonyms)
    if family == "SummitStatus" and value == "scheduled":
        stages += meeting_ahead(norms)  # "will co-chair a summit in Paris" (meeting_ahead)
    return news_cues(family, value, norms) + stated_cues(family, value, norms) + stages


_STARTED = word_set("started began opened")
_RUNNING = word_set("running stretching lasting continuing")
_THROUGH = word_set("through into until till")
_PRESENT = word_set("is are will be been being still")


def _ran_through(norms: Sequence[str]) -> list[tuple[int, int]]:
    """ "The talks started on Thursday running through Friday into Saturday morning": a past
    start, then a participle of running on to an end, with no present or future between
    ("began on Thursday and are running through Friday" is under way)."""
    found: list[tuple[int, int]] = []
    for index, norm in enumerate(norms):
        if norm not in _STARTED:
            continue
        for ahead in range(index + 1, min(index + 8, len(norms) - 1)):
            word = norms[ahead]
            if word in _PRESENT or word == ",":
                break
            if word in _RUNNING and norms[ahead + 1] in _THROUGH:
                found.append((index, ahead + 2))
                break
    return found


def opposition_body(norms: Sequence[str], start: int) -> bool:
    """ "the opposition said", "opposition leaders": the political opposition, a body of
    people; "the opposition to the truce" stays a rejection."""
    if norms[start] != "opposition":
        return False
    owned = start > 0 and norms[start - 1] in _OWNERS  # "its opposition to the plan"
    return norms[start + 1 : start + 2] != ["to"] and not owned


def _needed(norms: Sequence[str]) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for index, norm in enumerate(norms):
        if norm in _TRUCE_NOUNS:
            after = index + 1
            if norms[after : after + 1] == ["of"] and norms[after + 1 : after + 2]:
                after += 2  # "a cessation of hostilities must be declared"
            while after < len(norms) and norms[after] in _ADVERBS:
                after += 1
            words = list(norms[after : after + 4])
            if words[:1] and words[0] in _BE:
                rest = [w for w in words[1:] if w not in _ADVERBS]
                if rest[:1] and rest[0] in _NEEDED:
                    found.append((index, after + 2))
            elif words[:2] and words[0] in _MODALS and words[1:2] == ["be"]:
                if words[2:3] and words[2] in _REACHED:
                    found.append((index, after + 3))
            elif words[:3] == ["needs", "to", "be"] and words[3:4] and words[3] in _REACHED:
                found.append((index, after + 4))
        elif norm in _NEEDED and norms[max(index - 2, 0) : index] == ["what", "is"]:
            for ahead in range(index + 1, min(index + 7, len(norms))):
                if norms[ahead] in _TRUCE_NOUNS:
                    found.append((index - 2, ahead + 1))  # "What is needed now is a truce"
                    break
        elif norm in _NEED and index and norms[index - 1] not in _TRUCE_NOUNS:
            for ahead in range(index + 1, min(index + 5, len(norms))):
                if norms[ahead] in _TRUCE_NOUNS:
                    found.append((index, ahead + 1))
                    break
                if norms[ahead] not in _FILLERS:
                    break
    return found


def _made_between(norms: Sequence[str]) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for index, norm in enumerate(norms):
        if norm not in _DEAL_NOUNS:
            continue
        between = next(
            (i for i in range(index + 1, min(index + 6, len(norms))) if norms[i] == "between"),
            None,
        )
        if between is None or "," in norms[index + 1 : between]:
            continue  # "the truce, which Egypt brokered, between": not this one's list
        before = norms[max(index - 4, 0) : index]
        if any(w in _UNMADE or w in _SEEKING for w in before):
            continue  # "a possible truce between", "pushed for a deal between"
        if any(w in _UNMADE for w in norms[index + 1 : between]):
            continue
        made = any(w in _MADE_BEFORE for w in before) or any(
            w in _MADE_AFTER for w in norms[index + 1 : between]
        )  # "the deal struck on Wednesday between"
        if not made:
            for word in norms[between + 1 : between + 13]:
                if word in _MADE_AFTER:
                    made = True
                    break
                if word in _UNMADE or word in _STILL_TO_COME:
                    break
        if made:
            found.append((index, between + 1))
    return found


__all__ = ["HEARERS", "SAYING", "absent", "extra_status_cues", "opposition_body"]
