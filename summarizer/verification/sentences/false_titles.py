"""The head of a role's words: a noun naming someone by what they do, read for
:mod:`.appositive_subjects` ("the group's chief economist, X", "the firm's senior analyst, X")
(session 39, outside checks 92-94 and 86-91).

English forms those nouns with a closed set of agentive suffixes (-er, -or, -ist, -yst, -ive,
-ian, -eer, -ant, -ent, and -man/-woman/-person compounds), so a role's head is read from its
morphology instead of a list of offices ("executive", "auditor", "economist", "strategist",
"historian", "consultant" were in none). A word with such an ending that is English's function
word ("under", "after", "whether") or a common verb ("sent", "offer", "give") is no head.

Not used (session 39) to join a *false title* ("chief executive Vincent Clerc credited ...")
to its name in ``subjects.office_run``: that took 6 flags off checks 76, 79, 89 and 92, but
made "Chief executive X apologised. '...,' the airline said" X's (seven wrong accepts in older
sets): a business noun read back to a person, which the readers of business descriptions
must refuse first.
"""

from __future__ import annotations

from ..page.tokens import word_set

_SUFFIXES = ("er", "or", "ist", "yst", "ive", "ian", "eer", "ant", "ent")
_COMPOUNDS = ("man", "woman", "person", "people")
# Words with those endings that head no noun for a person: English's function words and
# comparatives, and verbs (base, past or participle) that take a name as object.
_NOT_HEADS = word_set(
    """under over after ever never either neither whether rather other another later earlier
    sooner further together however whatever whoever wherever whenever
    recent current urgent frequent absent silent different decent patent
    went sent spent meant lent bent rent want grant plant chant present prevent represent
    invent consent resent dissent repent comment implement document lament supplement augment
    order offer answer enter deliver consider remember prefer suffer gather discover cover
    recover register render transfer defer confer refer infer hinder steer counter cater
    alter filter lower water wonder bother monitor sponsor honor honour favor favour mirror
    give live receive drive arrive survive forgive believe derive deprive strive thrive
    revive deceive perceive
    assist insist persist resist exist consist enlist twist"""
)


def agent_head(word: str) -> bool:
    """Whether a lower-case word is the head of a false title: a noun for someone by what
    they do ("executive", "auditor", "economist", "analyst", "chairwoman"), not a function
    word or a verb with the same ending."""
    if len(word) < 5 or not word.isalpha() or word in _NOT_HEADS or word.endswith("ment"):
        return False  # "-ment" names a thing done ("statement", "investment"), never a doer
    return word.endswith(_SUFFIXES) or word.endswith(_COMPOUNDS)


__all__ = ["agent_head"]
