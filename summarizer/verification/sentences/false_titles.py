"""The head of a "false title": the lower-case job words news copy writes straight before a
name, with no article and no comma ("chief executive Vincent Clerc", "deputy chief auditor
Sutthipong Boonnithi", "Trepp analyst Jo Marsh", "Cotality economist Kaytlin Ezzy"), read for
:func:`summarizer.verification.sentences.subjects.office_run` (session 39, outside checks
92-94 and 86-91).

Why: a sentence that opens with such a title and a name has that person as its subject, and a
later "he said" or "she said" takes them as its antecedent. The run of job words was joined to
the name only when its head was in a list of offices ("director", "spokesman"), so a title
whose head was not ("chief executive", "auditor", "economist", "strategist", "researcher",
"historian", "consultant") ended the subject at its first capital ("Chief"), and the
read-back gave the quote to whoever the sentence named next ("credited the deal with
Hapag-Lloyd. '...,' he said": not Hapag-Lloyd).

The form of English: the head of a false title is a noun naming someone by what they do, and
English forms those nouns with a closed set of agentive suffixes (-er, -or, -ist, -yst, -ive,
-ian, -eer, -ant, -ent, and -man/-woman/-person compounds). A word with such an ending that is
English's function word ("under", "after", "whether") or a common verb ("sent", "offer",
"give") is no head: a verb before a name ends the subject ("Lawmakers sent Clerc a letter";
"Officials give Clerc a week"), and the name after it is the object, not the subject.
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
    if len(word) < 5 or not word.isalpha() or word in _NOT_HEADS:
        return False
    return word.endswith(_SUFFIXES) or word.endswith(_COMPOUNDS)


__all__ = ["agent_head"]
