"""A quote inside the clause a named speaker reports ("Tim Spence, Fifth Third's chairman,
said the Cincinnati lender plans 150 new branches in Texas and aims to "move into a top five
position"", "Michael O'Leary said the Chancellor "hasn't a clue"") read as the speaker's own
words, for :func:`summarizer.verification.quotes.continued_speakers.continued_verdict`
(outside checks 83-94, session 58).

The sentence's-own-subject reading took a reported clause as the subject's words only when it
held no capitalised word and no auxiliary after a noun ("said she was", not "said the union
had branded it"), since a clause whose own subject says or names something gives the quote
to that subject ("said Toth had informed her "..."", "said the union had branded it "...""). A
capitalised word or an auxiliary alone hands the quote to no one: a place ("in Texas"), a
month ("a June 26 webinar"), a body the speaker talks about ("the Cincinnati lender plans",
"the Chancellor "hasn't a clue"", "the agency was "facing a funding cliff"") are the speaker's
report, and the quoted words are the speaker's.

:func:`plain_report` says whether the words of a reported clause, up to the quote (or the first
participle, which the reading takes as the subject's own), hold no verb that gives words, a
name, a view or a wish to the clause's own subject: no verb of saying (the reading refuses
those already), of naming ("called", "branded", "described"), of thinking or feeling
("believed", "felt"), of finding ("the audit showed", "the court ruled"), of wanting or
promising ("wanted", "vowed", "demanded"), and no relay ("according", "quoting", "citing", "as
... put it"), no agent ("had been told by Ana Ruiz, the club's owner, that ...", "a statement
released by the office of ..."). Anything else is the speaker's report.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set

# Verbs that give the clause's own subject words, a name, a view or a wish: the quote may be
# theirs ("said the union had branded it "..."", "said the board felt "betrayed"").
_OWN_VOICE = word_set(
    """call calls called calling brand brands branded dub dubs dubbed term terms termed label
    labels labelled labeled name names named describe describes described deem deems deemed
    characterise characterised characterize characterized hail hails hailed
    believe believes believed think thinks thought feel feels felt consider considers
    considered view views viewed see sees saw regard regards regarded fear fears feared hope
    hopes hoped
    want wants wanted wish wishes wished demand demands demanded vow vows vowed pledge pledges
    pledged promise promises promised urge urges urged insist insists insisted claim claims
    claimed accuse accuses accused admit admits admitted deny denies denied agree agrees
    agreed reject rejects rejected accept accepts accepted expect expects expected
    show shows showed shown find finds found conclude concludes concluded rule rules ruled
    answer answers answered respond responds responded
    put according quoting citing cited quoted"""
)

# A clause opening with one of these has no subject of its own: the verb of saying before it
# is an aside ("X, he says, has not "..."") whose speaker the reading cannot tell.
_BARE = word_set("has have had is are was were will would could can may might must should did not")


def plain_report(words: Sequence[Token]) -> bool:
    """Whether the words after a finite verb of saying, up to the quote or the first
    participle, give no one else's voice (see the module)."""
    if words and words[0].norm in _BARE:
        return False  # "Vladimir Putin, he says, has not "..."": an aside, no clause of its own
    for token in words:
        if token.norm.endswith("ing") and token.norm not in _OWN_VOICE:
            break  # a participle: the subject's own (the reading's rule)
        if token.norm in _OWN_VOICE:
            return False
        if token.norm == "by":
            return False  # "had been told by Ana Ruiz that", "released by the office": theirs
    return True


__all__ = ["plain_report"]
