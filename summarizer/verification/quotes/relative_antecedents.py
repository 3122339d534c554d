"""The speaker of a quote whose verb of saying stands in a relative clause about a person or a body,
after another verb of saying in the same sentence, read for
:mod:`summarizer.verification.quotes.speakers` (a cross-check of outside checks 37 to 46, session
22: the shape persisted in two of them).

"Tinubu said, before reading a letter from President Ruto, who did not attend and who wrote
that the pact was "good for Africa"": the first verb of saying is Tinubu's, and the reading
that gives a sentence's quote to its first verb's subject (later verbs being reported speech)
gave it to him; but the verb the quoted words hang on is the relative clause's ("who wrote
that ..."), and a relative's subject is its antecedent, the name right before its comma. A
body reads the same way ("limited to its commerce ministry, which says it "strongly rejects"
the decision"): "its" is the owner the sentence named before ("Beijing's response").

The clause is the last verb of saying before the quote, right after "who" or "which" (past "also",
"later", "had" and the like), the relative word after a comma or after "and" in a chain of relatives
("who did not attend and who wrote"). Nothing of the relative's own stands between ("which Dunn
called" is :mod:`summarizer.verification.sentences.relative_speakers`), no first person follows it,
and the words after the quote name no speaker. It only accepts: anything else is left to the other
readings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.quote_spots import lead_of, quote_spot, tail_of
from ..page.tokens import SINGULAR_POSSESSIVES, Token, word_set
from ..people.names import first_name_conflict, is_proper, split_people
from ..sentences.speech import speaks
from .country_bodies import country_forms

_RELATIVES = word_set("who which")
_BETWEEN = word_set("also later then once again had has have repeatedly publicly just")
_FIRST_PERSON = word_set("i we me us")
_DETERMINERS = word_set("the its their his her a an")
_BACK_REFERENCES = word_set("its their")
_ANTECEDENT_WORDS = 6
# prepositions that attach a name to a "which" antecedent's head without making it the head
# ("a letter to Ruto", "a report on Tinubu"); "of" is kept: "the Ministry of Commerce, which"
_LINKS = word_set("to from for with about against on at in by over after before")


def relative_verdict(article: ArticleText, spans: Sequence[tuple[int, int]], value: str) -> bool:
    """Whether the quote at one of ``spans`` hangs on a relative clause's verb of saying
    whose antecedent is ``value`` (see the module); False leaves it to the other readings."""
    if len(split_people(value)) != 1:
        return False
    text = article.text
    for start, end in spans:
        region, sentence = quote_spot(article, start, end)
        lead = lead_of(article, region, sentence)
        if not any(token.norm in _RELATIVES for token in lead):
            continue  # the gate: no relative word, nothing to read
        tail = tail_of(article, region, sentence)
        if any(speaks(tail, at) for at in range(len(tail))):
            continue  # '"...", Z said': the words after the quote name their speaker
        antecedent = _antecedent(lead, text)
        if antecedent and _names(value, antecedent, lead, article):
            return True
    return False


def _antecedent(lead: Sequence[Token], text: str) -> list[Token]:
    """The words a relative clause's subject stands for when the lead's last verb of saying
    opens it ("..., who wrote that"); empty otherwise."""
    verbs = [at for at in range(len(lead)) if speaks(lead, at)]
    if len(verbs) < 1:
        return []
    verb = verbs[-1]
    if any(token.norm in _FIRST_PERSON for token in lead[verb + 1 :]):
        return []
    relative = verb - 1
    while relative > 0 and lead[relative].norm in _BETWEEN:
        relative -= 1
    if relative < 1 or lead[relative].norm not in _RELATIVES:
        return []
    word = lead[relative].norm
    while "," not in text[lead[relative - 1].end : lead[relative].start]:
        # "who did not attend and who wrote": back to the chain's first relative
        if lead[relative - 1].norm != "and":
            return []
        earlier = [at for at in range(relative - 1) if lead[at].norm == word]
        if not earlier:
            return []
        relative = earlier[-1]
        if relative < 1:
            return []
    run: list[Token] = []
    for token in reversed(lead[:relative]):
        if len(run) == _ANTECEDENT_WORDS or (run and "," in text[token.end : run[0].start]):
            break
        if not (token.capitalised or token.joined or word == "which"):
            break
        if word == "which" and token.norm in _DETERMINERS:
            run.insert(0, token)
            break
        run.insert(0, token)
    if word == "which":  # "a letter to Ruto, which said": the letter is the antecedent
        cut = next((at for at, token in enumerate(run) if token.norm in _LINKS), None)
        if cut is not None:
            return run[:cut]
    return run


def _names(
    value: str, antecedent: list[Token], lead: Sequence[Token], article: ArticleText
) -> bool:
    """Whether the antecedent names ``value``: a person by all the words of the name or the
    surname alone (where the article gives it no other first name); a body by the same words,
    its owner written out, or "its" for an owner the sentence named before."""
    written = [token.norm for token in antecedent]
    if is_proper(value):
        words = [w.lower() for w in re.findall(r"[\w'-]+", value)]
        if all(word in written for word in words):
            return True
        names = [t for t in antecedent if t.capitalised]
        return (
            len(names) >= 1
            and names[-1].norm == words[-1]
            and not first_name_conflict(value, article)
            and not any(t.text.endswith(SINGULAR_POSSESSIVES) for t in antecedent)
        )
    forms = [value, *country_forms(value, article.text)]
    for form in forms:
        words = [w.lower() for w in re.findall(r"[\w-]+(?:['\u2019]s)?", form)]
        body = [w for w in words if w not in _DETERMINERS]
        here = [w for w in written if w not in _DETERMINERS]
        if body == here:
            return True
        owner, rest = body[:1], body[1:]
        if not owner or not rest or here != rest:
            continue
        if not antecedent or antecedent[0].norm not in _BACK_REFERENCES:
            continue
        before = {t.norm for t in lead[: lead.index(antecedent[0])]}
        # "Beijing's response ... its commerce ministry"
        if re.sub(r"['\u2019]s$", "", owner[0]) in before:
            return True
    return False


__all__ = ["relative_verdict"]
