"""A quote credited to a description that names a deed ("the winner said", "the jury chief
said") read as the one person the page gives that deed, for
:mod:`summarizer.verification.quotes.speakers` (outside check 82, session 37).

News introduces a person by what they did and later credits a quote to the doer's noun:
"Leon Vasse won the Prix Marceau on Tuesday. ... "It is so important to me," the 58-year-old
winner said"; "The result was announced by Mara Quill, who headed the jury. ... "...," the
jury chief said"; "Ines Roy, who runs Halvex, ... the Halvex boss said". The read-back stops
at the nearest sentence with a subject, whoever it is ("Four writers reached the last round",
"Shree's novel reached English readers through the translator Daisy Rockwell"), and calls the
description someone else's. A careful reader takes the noun back to its deed: the winner is
the one who won, the jury's chief the one who headed the jury.

Accepted: the quote's own attribution phrase is "the [words] NOUN" with an agent noun of
:data:`_DEEDS` (winner, champion; chief, head, chair, leader, boss; founder), the page writes
the value's name (whole or its last word) right before one of the noun's verbs ("X won",
"X, who headed the jury", "X has won"), before the quote, with the description's other words
(a capitalised name, a noun: "jury", "Halvex") in that clause's words after the verb; and no
other person's name stands before the same deed on the page ("Ana Pell won in 2022"): two
winners leave it to the other readings. Ages, numbers and a former's words in the
description ("the 58-year-old winner", "the former champion") are not asked for.
Left out: a description by an adjective the page never writes ("the delighted winner"),
and a deed said by a pronoun ("she won").

Which deeds count (the review of readback37, session 37). A page writes the same verb of
other people and other occasions than the quote's: a past
winner ("Ana Pell, who won the prize herself in 2015, chaired the jury"; "the prize, which
Ana Pell won in 2019, this year went to Leon Vasse"), a former head ("Tom Ek, who ran Halvex
until 2021"), someone who led something else at the same place ("Sam Ek led a protest outside
the Halvex plant", "Ann Cole led the police search": a search's leader is no police chief),
the author of a winning book ("Ana Pell's Salt Roads won": the winner is Pell). And it gives
the deed by other words: a passive ("the inquiry is headed by Nora Blix", "founded by"), a
prize that "went to" or "was awarded to" someone. A careful reader takes "the Halvex boss"
to be whoever heads Halvex now, not whoever the verb "led" stands after. So:

- a leader's deed (led, headed, runs, chairs) gives the noun only when the description's
  words are the verb's own object, its head last ("headed the jury", "runs Halvex", "led the
  Green Party"), not a word inside another object ("led the police search");
- a win or a lead the sentence dates with "in"/"until" and a year is another occasion's:
  no one's (a founding is dated and still the founder's);
- a passive of the deed's verb ("headed by"), or "went/awarded/given to" for a prize, gives
  the deed to the name right after it ("went to Leon Vasse", "founded by Ana Pell"; session
  44, gsp44a), or to an unknown doer when no name follows at once ("went to a first-time
  author"), so the active one is not the deed's only doer;
- a run with a possessive inside ("Ana Pell's Salt Roads") is its owner's deed.

Session 45 (closer gsp45a) reads more wordings (:mod:`..sentences.deed_doers`): a title taken
and a jury's choice, the doer behind a place's possessive or a kin's apposition, a deed marked
earlier ("once headed by", "Earlier,"; it refuses the value when another holds the deed now)
and two doers joined by "and" (either unconfirmed: :func:`deed_shared`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import pairwise
from typing import NamedTuple

from summarizer.text.vocabulary import ORDINALS
from ..page.article import ArticleText
from ..page.possessives import is_possessive
from ..page.quote_spots import quote_spot
from ..page.tokens import POSSESSIVE_ENDINGS, Token, tokenize, word_set
from ..people.epithet_words import MODIFIERS
from ..sentences.deed_doers import (
    another_time,
    chosen_winner,
    clause_time,
    earlier_deed,
    earlier_marker,
    joined_after,
    joint_doers,
    named_after,
    taken_title,
)
from .attribution_phrases import attribution_phrase

_LEADING = word_set("headed heads head led leads lead chaired chairs chair runs ran run presided")
_DEEDS: dict[str, frozenset[str]] = {
    "winner": word_set("won wins win"),
    "champion": word_set("won wins win"),
    "laureate": word_set("won wins win"),
    "founder": word_set("founded founds"),
    **{
        noun: _LEADING
        for noun in ("chief", "head", "chair", "chairman", "chairwoman", "leader", "boss")
    },
}
# Words of a description that say nothing the deed's clause must write.
_FREE = MODIFIERS | word_set("the year years old aged new same")
# Words that may stand between a name and its verb ("X, who has won", "X also led", "Pell
# alone founded").
_BETWEEN = word_set("who has have had also alone")


def deed_verdict(article: ArticleText, spans: Sequence[tuple[int, int]], value: str) -> bool:
    """Whether a quote at one of ``spans`` is credited to a deed's noun that the page gives
    to ``value`` alone (see the module)."""
    names = _name_forms(value)
    return bool(names) and any(
        all(_match(doer, names) == "yes" for doer in doers)
        for _, (doers, _, _) in _readings(article, spans)
    )


def deed_refusal(article: ArticleText, spans: Sequence[tuple[int, int]], value: str) -> str | None:
    """Why the value is not the deed's noun the quote is credited to: the page gives the deed
    to one other person by name ("Iga Novak won the final. Ruiz had not dropped a set.
    "...," the champion said" is never Ruiz's, whom the read-back reaches first), and the
    quote's own sentence names no one; None otherwise."""
    names = _name_forms(value)
    if not names:
        return None
    for phrase, (doers, _, past) in _readings(article, spans):
        if any(_match(d, names) != "no" for d in doers):
            continue
        if any(_match(_behind(article.text, d), names) != "no" for d in doers):
            continue  # "went to Arsenal's Fay Moss": a club's, not a work's owner (rv45a)
        if any(_match(d, names) == "yes" for d in past):  # "Earlier, Tom Ek headed the
            return f"the article gives the deed of {phrase!r} to {value!r} on an earlier occasion"
        owners = {tuple(t.norm for t in doer) for doer in doers}  # inquiry. The new inquiry
        if len(owners) != 1 or () in owners:  # is headed by retired judge Nora Blix."
            continue
        owner = " ".join(t.text for t in doers[-1])
        return f"the article gives the deed of {phrase!r} to {owner!r}, not {value!r}"
    return None


def deed_shared(article: ArticleText, spans: Sequence[tuple[int, int]], value: str) -> str | None:
    """Why the deed's noun may be the value's or another's: the page gives the deed to the
    value and another person together ("Ana Pell and Leon Vasse founded Brightloop. "...,"
    the founder said": either co-founder, session 45); None otherwise. Not a refusal: the
    value did the deed, only which of the two spoke is unread."""
    names = _name_forms(value)
    if not names:
        return None
    for phrase, (doers, joint, _) in _readings(article, spans):
        owners = {tuple(t.norm for t in doer) for doer in doers}
        together = [_match(d, names) == "yes" for i, d in enumerate(doers) if i in joint]
        alone = [_match(d, names) != "no" for i, d in enumerate(doers) if i not in joint]
        if len(owners) > 1 and any(together) and not any(alone):  # not "Ruiz and Novak won
            # their semi-finals. On Sunday Ruiz won the final" (review rv45a)
            return f"the article gives the deed of {phrase!r} to {value!r} and another together"
    return None


def _readings(
    article: ArticleText, spans: Sequence[tuple[int, int]]
) -> Iterator[tuple[str, _Deeds]]:
    """For each quote at ``spans`` credited to a deed's noun in a sentence that names no one:
    the noun's phrase and the page's doers of its deed (:class:`_Deeds`)."""
    for start, end in spans:
        region, sentence = quote_spot(article, start, end)
        closing = article.sentence_at(region[1])  # a quote of several sentences ends later
        phrase = attribution_phrase(article, region, sentence)
        if phrase is None and closing != sentence:
            phrase = attribution_phrase(article, region, closing)
        if not phrase or phrase[0].norm != "the" or phrase[-1].norm not in _DEEDS:
            continue
        if names_someone(article, sentence, closing, phrase):
            continue  # '"...," the champion, Lena Ruiz, said': the name is the reading's
        verbs = _DEEDS[phrase[-1].norm]
        wanted = [t.norm for t in phrase[1:-1] if t.norm not in _FREE and not t.is_number]
        deeds = _doers(article, region[0], verbs, wanted)
        if deeds.doers:
            yield " ".join(t.text for t in phrase), deeds


def names_someone(article: ArticleText, first: int, last: int, phrase: Sequence[Token]) -> bool:
    """Whether the quote's sentences name someone the other readings read: a capitalised word
    right after the phrase (an apposition: "the champion, Lena Ruiz, said") or before it
    past the first word (not a listener after the verb: "told the BBC")."""
    start, end = article.sentences[first][0], article.sentences[last][1]
    tokens = article.outside_quotes(start, end)
    after = [t for t in tokens if t.start > phrase[-1].start][:1]
    lead = [t for t in tokens[1:] if t.start < phrase[0].start]
    return any(t.capitalised for t in after + lead)


def _name_forms(value: str) -> list[tuple[str, ...]]:
    """The value's words, and its last word alone (a surname)."""
    words = tuple(t.norm for t in tokenize(value))
    if not words:
        return []
    return [words, words[-1:]] if len(words) > 1 else [words]


def _match(doer: list[Token], names: list[tuple[str, ...]]) -> str:
    """Whether a capitalised run before a deed's verb is the value: "yes" when it ends with the
    value's whole name or is its surname alone, "maybe" when only its last word is the
    value's surname ("Iga Novak" for "Maria Novak", "Chief Constable Reid" for "Paul Reid":
    another given name or a title, unread), "no" otherwise; an unknown doer ([], a passive's)
    is "no"."""
    norms = tuple(t.norm for t in doer)
    if not norms:
        return "no"
    if norms == names[-1] or norms[-len(names[0]) :] == names[0]:
        return "yes"
    return "maybe" if norms[-1:] == names[-1][-1:] else "no"


class _Deeds(NamedTuple):
    """The page's doers of a deed: ``doers`` (an unknown one as []), the indices of those who
    did it together with another (``joint``), and the doers of the deed on another, earlier occasion
    (``past``: "who won the prize in 2015", "Earlier, Tom Ek headed the inquiry")."""

    doers: list[list[Token]]
    joint: list[int]
    past: list[list[Token]]


def _doers(article: ArticleText, before: int, verbs: frozenset[str], wanted: list[str]) -> _Deeds:
    """The capitalised runs the page writes right before one of ``verbs`` (past an aside's
    "who" or "has"), outside quotes and before ``before``, whose clause writes ``wanted``
    (:func:`deed_clause`); a deed the sentence
    puts on another occasion counts for no one, and a deed whose doer the page writes in the
    passive or by a prize's "went to" is an unknown doer ([]): the deed is not one name's."""
    doers: list[list[Token]] = []
    past: list[list[Token]] = []
    joined: list[int] = []
    denied = False
    for index in range(article.sentence_at(max(before - 1, 0)) + 1):
        start, end = article.sentences[index]
        tokens = article.outside_quotes(start, min(end, before))
        for at, token in enumerate(tokens):
            if token.capitalised:
                continue
            if passive_deed(tokens, at, verbs, wanted):
                if _contest_part(tokens, at):
                    continue  # "The first set was won by X"
                if _dated(tokens, at) or earlier_deed(tokens, at):
                    past.append(named_after(article.text, tokens, at + 2))
                    continue  # "went to Ana Pell in 2019", "first headed by Tom Ek"
                if at > 0 and tokens[at - 1].norm in _DENIALS:  # "was not awarded to X"
                    denied = True
                    continue
                doers.append(doer := named_after(article.text, tokens, at + 2))  # "went to X"
                ends = tokens.index(doer[-1]) + 1 if doer else len(tokens)
                if joint := joined_after(article.text, tokens, ends):
                    joined += [len(doers) - 1, len(doers)]
                    doers.append(joint)  # "founded by Rob Ames and Gwen Ames": both did
                continue
            if verbs & _WINNING and (chosen := chosen_winner(article.text, tokens, at)):
                dated = clause_time(article.text, tokens, at)  # "Last year the judges chose"
                (past if dated else doers).append(owner_of(chosen))  # "the judges chose
                continue  # Lars Onn's debut"
            taken = bool(verbs & _WINNING) and taken_title(tokens, at)  # "took the title"
            if not taken and (
                token.norm not in verbs or not deed_clause(article.text, tokens, at, wanted)
            ):
                continue
            back = at - 1
            while back >= 0 and tokens[back].norm in _BETWEEN:
                back -= 1
            run: list[Token] = []
            while back >= 0 and tokens[back].capitalised and len(run) < 5:
                if run and article.text[tokens[back].end : run[0].start].strip():
                    break  # "Backed by Ida Lunde, Rob Ames founded": the comma ends the name
                run.insert(0, tokens[back])
                back -= 1
            if run and earlier_marker(run[0]):  # "Earlier, Tom Ek": the marker is no name
                run, back = run[1:], back + 1
            if other_occasion(tokens, at, taken) or (run and earlier_deed(tokens, at, back + 1)):
                past.append(owner_of(run) if run else [])  # "who won the prize in 2015",
                continue  # "ran Halvex until 2021", "Earlier, Tom Ek headed the inquiry"
            if run:
                doers.append(owner_of(run))
                if joint := joint_doers(article.text, tokens, back + 1):
                    joined += [len(doers) - 1, len(doers)]
                    doers.append(joint)  # "Ana Pell and Leon Vasse founded": both did
    return _Deeds(doers or ([[]] if denied else []), joined, past)  # denied alone: unknown


_WINNING = word_set("won wins win")
# A prize's deed told from the prize's side ("went to X", "was awarded to X").
_GIVEN = word_set("went goes awarded given presented handed")
# Words that end a verb's object (a preposition, a conjunction, a relative word).
_OBJECT_ENDS = word_set(
    """in at on to for of from with by during after before when while and but or that which
    who outside inside into until since as over under near across against amid through"""
)
# Words that date a deed to an occasion of its own before a year ("in 2015", "until 2021").
_DATING = word_set("in until")
_YEAR = re.compile(r"(?:19|20)\d\d")
_CLAUSE = 8  # words after a non-leading verb the description's other words may stand in


def deed_clause(text: str, tokens: Sequence[Token], at: int, wanted: list[str]) -> bool:
    """Whether the words after the deed's verb at ``at`` write the description's ``wanted``
    words: for a leader's verb, as its object with the head last and nothing else in it past
    the description ("headed the jury", "runs Halvex"); for another, within a few words."""
    if tokens[at].norm not in _LEADING:
        clause = [t.norm for t in tokens[at + 1 : at + 1 + _CLAUSE]]
        return all(word in clause for word in wanted)
    if not wanted:
        return False  # "the boss" alone: every verb of leading would be the noun's
    obj: list[Token] = []
    for token in tokens[at + 1 :]:
        gap = text[(obj[-1] if obj else tokens[at]).end : token.start]
        if token.norm in _OBJECT_ENDS or re.search(r"[^\w\s'\u2019-]", gap):
            break
        obj.append(token)
    norms = [t.norm for t in obj]
    return bool(norms) and norms[-1] == wanted[-1] and all(word in norms for word in wanted)


def other_occasion(tokens: Sequence[Token], at: int, taken: bool = False) -> bool:
    """Whether the sentence dates the deed at ``at`` to a year of its own ("won the prize in
    2015", "ran Halvex until 2021", "for a decade before stepping down in 2022"); ``taken``
    for a title taken ("took the title in 2019")."""
    if taken and another_time(tokens, at + 1):
        return True  # "took the title last year", "lifted the trophy a year ago" (rv45a)
    if not taken and tokens[at].norm not in _LEADING | _WINNING:
        return False  # a founding is dated and still the founder's ("founded X in 2009")
    after = tokens[at + 1 :]
    return any(
        first.norm in _DATING and bool(_YEAR.fullmatch(second.text))
        for first, second in pairwise(after)
    )


def passive_deed(
    tokens: Sequence[Token], at: int, verbs: frozenset[str], wanted: list[str]
) -> bool:
    """Whether the token at ``at`` gives the deed from its object's side: the deed's verb
    before "by" ("is headed by", "was won by"), or for a prize "went/awarded to", with the
    description's ``wanted`` words before it ("the new inquiry is headed by", not "the
    vaccine alliance, led by" for "the Halvex boss"). Not the shared passive reader
    (:mod:`..sentences.passives`): it reads the bare participle before "by" with or without a
    form of *be* ("the alliance, led by"), and a prize's "went to", which no passive is."""
    if at + 1 >= len(tokens):
        return False
    word, after = tokens[at].norm, tokens[at + 1].norm
    before = [t.norm for t in tokens[max(at - _CLAUSE, 0) : at]]
    if not all(w in before for w in wanted):
        return False
    if word in verbs and after == "by":
        return bool(wanted) or word not in _LEADING  # "the chief" alone: as deed_clause
    return bool(verbs & _WINNING) and word in _GIVEN and after == "to"


def _dated(tokens: Sequence[Token], at: int) -> bool:
    """Whether a prize's or a lead's passive at ``at`` is dated to a year of its own ("went to
    Ana Pell in 2019", "was headed by Tom Ek until 2021"), as :func:`other_occasion` reads an
    active deed: another occasion's, no one's (review rv44a); a founding is still the
    founder's."""
    if tokens[at].norm not in _GIVEN | _LEADING | _WINNING:
        return False
    return any(
        first.norm in _DATING and bool(_YEAR.fullmatch(second.text))
        for first, second in pairwise(tokens[at + 1 :])
    )


def _contest_part(tokens: Sequence[Token], at: int) -> bool:
    """Whether the thing a passive's win at ``at`` names is a part of the contest an ordinal
    or "opening" counts ("The first set was won by", "The opening stage was won by"): not the
    title, so not the champion's deed (review rv44a); "first prize", "first place" are."""
    before = [t.norm for t in tokens[max(at - 5, 0) : at]]
    return tokens[at].norm in (_WINNING | _GIVEN) and any(
        word in _PARTS and after not in _TOP for word, after in pairwise(before)
    )


_DENIALS = word_set("not never")
_PARTS = frozenset(ORDINALS) | word_set("opening")
_TOP = word_set("prize place")


def _behind(text: str, doer: list[Token]) -> list[Token]:
    """The capitalised run right behind a doer read as a work's owner ("Ana Pell's Salt
    Roads": "Salt Roads"), which may be the doer's name after a club's or a firm's possessive
    the rules do not know ("Arsenal's Fay Moss", "New Zealand's Tama Rewi"; review rv45a);
    [] when the doer ends in no possessive."""
    if not doer or not is_possessive(doer[-1], text):
        return []
    after = text[doer[-1].end : doer[-1].end + 80]
    run: list[Token] = []
    for token in tokenize(after)[:4]:
        if not token.capitalised or (run and after[run[-1].end : token.start].strip()):
            break
        run.append(token)
    return run


def owner_of(run: list[Token]) -> list[Token]:
    """The doer a capitalised run stands for: the owner when a possessive is inside it
    ("Ana Pell's Salt Roads" is Pell's deed), else the run."""
    for index, token in enumerate(run[:-1]):
        if token.text.endswith(POSSESSIVE_ENDINGS):
            return run[: index + 1]
    return run


__all__ = ["deed_refusal", "deed_shared", "deed_verdict"]
