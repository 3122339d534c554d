"""Whose measure a possessive names: "Graham's bill" and "Graham's Russia Sanctions Act" are
the measure Graham sponsors; a possessive before a law the sentence only uses or changes is
not ("Trump's International Emergency Economic Powers Act (IEEPA) tariffs": the tariffs are
his, the 1977 act not; "a bill to repeal Trump's Tariff Act": the act is his, the bill not).
Read by :func:`summarizer.verification.acts.actors.is_actor` for the possessive it ends on."""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set
from ..people.names import TITLES

MEASURES = word_set(
    "bill act measure legislation proposal plan sanctions package amendment resolution motion"
)
# Words after a possessive that make what follows a topic of the thing owned, not it: "Lord
# Wynn's speech on amendment 8", "her remarks about the bill" (the parliament set).
_ABOUT = word_set("on about against over regarding concerning toward towards")
# Nouns a law's name modifies: "the ... Powers Act tariffs" are not the act.
_LAW_USES = word_set("tariffs tariff duties levies powers authority orders order declaration")
# Words that act on a law already there, verbs and their nouns: "to repeal", "amending", "the
# repeal of", "an amendment to", "a challenge to", "would end", "a successor to".
_CHANGING = word_set(
    """repeal repeals repealed repealing amend amends amended amending amendment amendments
    challenge challenges challenged challenging end ends ended ending overturn overturns
    overturned overturning undo undoes undid undoing reverse reverses reversed reversing
    reversal replace replaces replaced replacing replacement scrap scraps scrapped scrapping
    rescind rescinds rescinded rescinding revoke revokes revoked revoking revocation override
    overrides overrode overriding nullify nullifies nullified nullifying suspend suspends
    suspended suspending suspension expand expands expanded expanding expansion extend extends
    extended extending extension modify modifies modified modifying modification reform
    reforms reformed reforming overhaul overhauls overhauled overhauling reauthorize
    reauthorizes reauthorized reauthorizing reauthorise reauthorises reauthorised reauthorising
    reauthorization reauthorisation renew renews renewed renewing renewal strengthen
    strengthens strengthened strengthening weaken weakens weakened weakening gut guts gutted
    gutting dismantle dismantles dismantled dismantling rollback roll rolls rolled rolling
    strike strikes struck striking abolish abolishes abolished abolishing abolition terminate
    terminates terminated terminating termination defund defunds defunded defunding change
    changes changed changing fix fixes fixed fixing update updates updated updating successor
    alternative rival counter against target targets targeted targeting block blocks blocked
    blocking halt halts halted halting delay delays delayed delaying pause pauses paused pausing
    curb curbs curbed curbing supersede supersedes superseded superseding"""
)
# Words that may stand between the changing word and the law's owner: "to repeal key parts of
# President Trump's act", "an amendment to the former president's".
_TO_THE_LAW = word_set(
    """the a an of to parts part portions portion sections section provisions provision key
    central core main much most all some elements element back down on for former late"""
)


def owns_measure(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether the name at ``tokens[first..last]``, ending in a possessive, owns the measure
    its possessive heads: a measure word within six words after it (no "on", "about" before
    it: a speech on the bill is not the bill), not followed by what the
    law is used for ("tariffs", "powers"), and the name not the object of a word that changes
    a law ("repeal", "amend", "end", "an amendment to")."""
    for index in range(last + 1, min(last + 7, len(tokens))):
        if tokens[index].norm in _ABOUT:
            return False  # "Lord Wynn's speech on amendment 8"
        if tokens[index].norm not in MEASURES:
            continue
        after = index + 1
        while after < len(tokens) and tokens[after].capitalised and tokens[after].text.isupper():
            after += 1  # the law's acronym "(IEEPA)"
        if after < len(tokens) and tokens[after].norm in _LAW_USES:
            return False
        return not _changed(tokens, first)
    return False


def _changed(tokens: Sequence[Token], first: int) -> bool:
    """ "to repeal (key parts of) (President) Trump's": the name's law is what changes."""
    before = first - 1
    while before >= 0 and (tokens[before].norm in _TO_THE_LAW or tokens[before].norm in TITLES):
        before -= 1
    return before >= 0 and first - before <= 6 and tokens[before].norm in _CHANGING
