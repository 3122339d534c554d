"""Stance and measure-status wordings an outside check found missing (check 44), kept apart
from :mod:`status_cues` (near its size limit) and added to its vocabularies there.

A side that declines to take or continue a truce rejects it, whatever the verb of taking:
"would not extend the grain deal", "did not endorse the plan", "chose not to renew the truce",
"has no plans to prolong the pause". The cue is a negation that states a decision (a modal or
"did"/"does" with "not", its contracted forms, "never", "chose not to", "no plans to") right
before a verb of accepting or continuing. "Has not signed" is left out: it may be a reply not
yet given (``awaiting_answer``), and "would not break the truce" is no cue (a verb of keeping
the truce, not of taking it).

A measure is imposed in the whole family of imposing wordings: "slaps duties on", "levies a
surtax", "puts in place", "signs two proclamations", "the duties take effect / kick in / apply
from Monday", "came into force", "effective immediately". The cue rules of :mod:`statuses`
still read each as asserted ("could kick in if talks fail" is a prospect).

A deaths count is ``casualties`` in the other words for the dead: "perished", "fatalities",
"slain", "bodies pulled from the rubble", "martyrs", "a massacre".
"""

from __future__ import annotations

# Verbs of taking a truce or plan, or of keeping one going (stems with "*").
_TAKING = [
    "accept*", "agree", "agreed", "sign", "signed", "endors*", "back", "backed", "join",
    "joined", "approv*", "ratif*", "embrac*", "consent*", "go along", "went along", "sign up",
    "sign on", "commit to", "take part", "extend", "extended", "renew", "renewed", "prolong",
    "prolonged", "continue", "continued", "roll over", "rolled over", "carry on", "stay in",
    "remain in", "adopt", "adopted", "support", "supported", "uphold", "upheld",
]  # fmt: skip
# A negation that states a decision (not a reply still to come: no "has not", "not yet").
_DECIDED_NOT = [
    f"{aux} not" for aux in ("would", "will", "did", "does", "do", "could", "cannot", "can")
] + [
    "wouldn't", "won't", "didn't", "doesn't", "don't", "couldn't", "can't", "never",
    "chose not to", "choose not to", "chooses not to", "decided not to", "decides not to",
    "opted not to", "opts not to", "no plans to", "no plan to", "no longer", "no intention to",
    "not going to", "unwilling to", "declined to", "declines to", "refused to", "refuses to",
]  # fmt: skip
_REFUSED = " | ".join(f"{neg} {verb}" for neg in _DECIDED_NOT for verb in _TAKING)

_IMPOSING = """slaps | slapping | levies a | levies an | levies new | levying | puts in place |
    put in place | putting in place | signs | signs … proclamation* | signs … order* |
    take effect | takes effect | taking effect | kick in | kicks in | kicked in | kicking in |
    apply from | applies from | applied from | apply starting | applies starting |
    apply as of | applies as of | came into force | comes into force | come into force |
    entered into force | enters into force | went into force | effective immediately |
    effective from | effective on | are collected | being collected | now collected |
    collecting the"""

# A labour strike told by its synonyms (outside check 69: "walked off the job", "stop work",
# "the rotating action", "industrial action"); "walked out" alone is left out ("walked out of
# the talks" is a protest), as is "action" alone and a bare "picket" (a protest's as well:
# "mounted a picket outside the embassy"; review rvea31).
_WALKOUTS = """walkout* | walk-out* | walk out | walks out | walking out | walked out on strike |
    walked off … job* | walk off … job* | walks off … job* | walking off … job* | off the job |
    stop work | stops work | stopped work | stopping work | work stoppage* | stoppage* |
    downed tools | down tools | downing tools | put down … tools | laid down … tools |
    industrial action | rotating action | rolling action | strike action | job action |
    picket line* | on the picket line*"""

EXTRA_WORDINGS: dict[tuple[str, str], str] = {
    ("Stance", "rejects"): _REFUSED,
    ("MeasureStatus", "imposed"): _IMPOSING,
    ("EventKind", "casualties"): "perished | perishing | perish | fatalit* | slain | body count | "
    "bodies of | bodies from | bodies were | bodies recovered | recovered … bodies | "
    "pulled … bodies | martyr* | massacr* | lives lost | fallen soldiers",
    ("EventKind", "strike"): _WALKOUTS + " | hitting",
    # Other kinds' common synonyms the tables lacked (checks 61-67's flags, session 31):
    # "the two officers are to speak again", "had spoken with", "after nine days of debate";
    # "Four dissented", "is carried by 331 deputies"; "clashed again", "blaming the other for
    # the fighting"; "still in shelters", "living in tents"; "Israel is freeing", "handed over".
    ("EventKind", "talks"): "speak | speaks | speaking | spoken | debat*",
    ("EventKind", "vote"): "dissent* | carried by | unanimous*",
    ("EventKind", "attack"): "clash* | fighting | hitting",
    ("EventKind", "displacement"): "shelters | emergency shelter* | tents | homeless",
    ("EventKind", "prisoner_exchange"): "freeing | frees | handed over | handover*",
}
"""Extra cue phrases per (enum class name, value), in the vocabularies' own notation."""

__all__ = ["EXTRA_WORDINGS"]
