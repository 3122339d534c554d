"""Honorifics, ranks and offices written right before a bare surname ("Prof Rafferty set out
the changes", "Cllr Moss voted against", "Det Sgt Hale arrested him", "Judge Okafor ruled"),
read by :func:`summarizer.verification.people.names.first_name_before` as no first name
(outside checks 152 and 157, session 64, ac64).

British and Irish copy drops the full stop of an abbreviated title ("Prof", "Cllr", "Rev",
"Supt"), and most outlets give a person's academic, clerical, civic, police, military or
judicial title before the surname alone after the first mention. Such a word stood where a
first name stands, so the surname was read as another person's ("'Joe Rafferty' is not named
in its evidence" where it names "Prof Rafferty") although "Dr Rafferty" and "Prof. Rafferty"
were read as his. A word here is a title only: not a common given name ("Dean", "Earl",
"Baron" are left out), so "Dean Rafferty" is still another person. The surname after one
is then read as a bare surname is (a namesake the article gives another first name still
refuses it: :func:`summarizer.verification.people.names.first_name_conflict`).
"""

from __future__ import annotations

from ..page.tokens import word_set

HONORIFICS = word_set(
    """prof professor lord lady baroness viscount cllr councillor councilman councilwoman rev
    revd reverend bishop archbishop cardinal pastor rabbi imam sheikh det detective sgt
    sergeant insp inspector supt superintendent constable capt captain maj major cmdr
    commander lieutenant brig brigadier cpl corporal judge justice magistrate mayor alderman
    marshal sheriff trooper"""
)

__all__ = ["HONORIFICS"]
