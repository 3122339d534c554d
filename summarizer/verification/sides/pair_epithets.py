"""Whom a plural epithet stands for when a meeting's evidence gives its parties only by it
("A week ago the same two men met in Muscat", "The pair then met behind closed doors", "Both
leaders held talks", "The two envoys sat down"), for :mod:`summarizer.verification.sides.parties`
(an outside check, session 20).

The epithet is a definite plural noun phrase for people: "the", "both", "these" or "those",
then at most three lower-case modifiers ("same", "two", "rival", "foreign"), then a plural
noun for people ("men", "women", "leaders", "ministers", "envoys", "presidents", "pair",
"duo", ...), with no "of" or name after it ("the presidents of Kazakhstan and Uzbekistan"
are named in place). Names after "by" (a credit line, an agent) are not read as its people.
It stands for the people of the nearest sentence that names two or more people
together: first back through the same paragraph and the one before it; when none there does,
on through the rest of the paragraph and the next one (a broadcast's lead names them one line
later: "the same two men met in Muscat. ... Araghchi and Witkoff sat in separate rooms"); when
none there does either, further back through the article, where only a "yes" is read ("The
leaders agreed to meet again next year" three paragraphs after the three were named: check
50).

- the value named there with every other party of the fact, among no more people than the
  epithet counts ("two"; "the envoys"
  counts none): "yes";
- the value named there with more people than that ("the two envoys" after three named):
  "unsure", two readings of who the two are;
- the sentence names other people, not the value: "other";
- the value named there without the fact's other parties ("then Premier Li Keqiang" in an
  aside on an earlier summit, beside "the leaders agreed"): "none";
- no sentence in reach names two people, or the evidence has no such epithet: "none" (the
  callers' older readings decide).

A person is a capitalised run (names' particles inside) after a title, or of two words at
least, that is no country, no owner ("President Trump's envoy": Trump owns the title), no
place after "in"/"at"/"from", and not the sentence's first word alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from ..page.article import ArticleText
from ..page.tokens import Token, word_set
from ..people.names import NOT_NAMES, TITLES, find_named
from ..people.party_names import party_of
from ..sentences.antecedents import capitalised_runs

PairVerdict = Literal["yes", "other", "unsure", "none"]

_DETERMINERS = word_set("the both these those")
PEOPLE_PLURALS = word_set(
    """men women leaders presidents premiers ministers envoys diplomats negotiators heads
    chancellors counterparts delegates officials politicians rivals monarchs pair duo
    generals commanders mediators lawmakers senators governors mayors"""
)
_COUNTS = {"two": 2, "both": 2, "pair": 2, "duo": 2, "three": 3, "four": 4, "2": 2, "3": 3}
_PLACE_WORDS = word_set("in at from to near of")


def epithet_count(tokens: Sequence[Token]) -> int | None:
    """The number of people a plural epithet in the tokens stands for (0 when it gives none:
    "the envoys"); None when the tokens hold no such epithet."""
    for index, token in enumerate(tokens):
        if token.norm not in PEOPLE_PLURALS:
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following is not None and (following.norm == "of" or following.capitalised):
            continue  # "the presidents of Kazakhstan and Uzbekistan": named in place
        at, count = index - 1, _COUNTS.get(token.norm, 0)
        while at >= 0 and index - at <= 4 and not tokens[at].capitalised:
            norm = tokens[at].norm
            if norm in _DETERMINERS:
                return _COUNTS.get(norm, count)
            count = count or _COUNTS.get(norm, 0)
            at -= 1
        if at >= 0 and index - at <= 4 and tokens[at].norm in _DETERMINERS:
            return count or _COUNTS.get(tokens[at].norm, 0)  # "Both leaders", "The pair"
        if 1 <= index <= 2 and tokens[index - 1].norm in _COUNTS:
            return _COUNTS[tokens[index - 1].norm]  # "Two women who ...", "HOST: Two men"
    return None


def _people(tokens: Sequence[Token], text: str) -> list[tuple[int, int]]:
    """The people a sentence names: runs after a title, or of two name words at least."""
    found: list[tuple[int, int]] = []
    for first, last in capitalised_runs(tokens, text):
        run = list(range(first, last + 1))
        titled = False
        while run and tokens[run[0]].norm in TITLES:
            run, titled = run[1:], True
        while run and tokens[run[-1]].text.endswith(("'s", "\u2019s", "s'")):
            run = run[:-1]  # "President Trump's envoy": the owner of a title, no one named
        words = [i for i in run if tokens[i].norm not in NOT_NAMES]
        if not words or (not titled and len(words) < 2):
            continue
        if first and tokens[first - 1].norm == "by":
            continue  # "Writing by Nurlan Abenov; Editing by ...": a credit, an agent
        if first and tokens[first - 1].norm in _PLACE_WORDS and not titled:
            continue
        if party_of(text[tokens[run[0]].start : tokens[run[-1]].end]) is not None:
            continue
        found.append((run[0], run[-1]))
    return found


def _reach(article: ArticleText, index: int) -> tuple[list[int], list[int]]:
    """Sentences before ``index`` (nearest first: its paragraph, then the one before) and
    after it (its paragraph, then the next)."""
    starts = [start for start, _ in article.sentences]
    paragraph = article.paragraph_at(starts[index])
    earlier = [
        i
        for i in range(index - 1, -1, -1)
        if paragraph - 1 <= article.paragraph_at(starts[i]) <= paragraph
    ]
    later = [
        i
        for i in range(index + 1, len(starts))
        if paragraph <= article.paragraph_at(starts[i]) <= paragraph + 1
    ]
    return earlier, later


def epithet_verdict(
    person: str, parties: Sequence[str], article: ArticleText, evidence: Sequence[int],
) -> PairVerdict:  # fmt: skip
    """Verdict for ``person``, one of a meeting's ``parties``, given in its ``evidence``
    sentences only by a plural epithet for people."""
    text = article.text
    for index in evidence:
        tokens = article.sentence_tokens(index)
        count = epithet_count(tokens)
        if count is None:
            continue
        earlier, later = _reach(article, index)
        for window in (earlier, later):
            for other in window:
                other_tokens = article.sentence_tokens(other)
                people = _people(other_tokens, text)
                if len(people) < 2:
                    continue
                verdict = _read(person, parties, other_tokens, people, count, text)
                if verdict == "yes" and _distanced(other_tokens):
                    return "unsure"  # "Their bosses, A and B, were not there"; "A and B sent them"
                return verdict
        if _farther_yes(person, parties, article, index, earlier, count):
            return "yes"
    return "none"


def _farther_yes(
    person: str, parties: Sequence[str], article: ArticleText, index: int,
    near: Sequence[int], count: int,
) -> bool:  # fmt: skip
    """Beyond the reach, nearest first, the first sentence naming two people or more names
    the value with every other party (check 50: "The leaders agreed to meet again next year",
    the three named three paragraphs up). Only a "yes" is read this far: another reading of a
    far sentence leaves the callers' older readings to decide."""
    start = min(near, default=index)
    for other in range(start - 1, -1, -1):
        tokens = article.sentence_tokens(other)
        people = _people(tokens, article.text)
        if len(people) < 2:
            continue
        verdict = _read(person, parties, tokens, people, count, article.text)
        return verdict == "yes" and not _distanced(tokens)
    return False


# Words by which the sentence naming a pair keeps it apart from the epithet's people (session
# 20 review): a negation ("were not there", "have not spoken"), a back-reference to others
# ("sent them", "their ministers") or a verb of sending or delegating.
_DISTANCING = word_set(
    """not never nor without them their sent send sends dispatched delegated deputised
    deputized instructed appointed"""
)


def _distanced(tokens: Sequence[Token]) -> bool:
    return not _DISTANCING.isdisjoint(t.norm for t in tokens) or any(
        t.norm.endswith("n't") or t.norm == "t" for t in tokens
    )


def _read(
    person: str, parties: Sequence[str], tokens: Sequence[Token],
    people: list[tuple[int, int]], count: int, text: str,
) -> PairVerdict:  # fmt: skip
    """The person named in the sentence with the other parties: "yes", or "unsure" when the
    sentence names more people than the epithet counts; not named there: "other"; named
    without the others: "none"."""
    if not find_named(person, tokens, text):
        return "other"
    found = [find_named(party, tokens, text) for party in parties]
    if not all(found):
        return "none"  # "then Premier Li Keqiang" of an earlier summit, the others not there
    spans = [span for spans in found for span in spans]
    strangers = [run for run in people if not any(a <= run[1] and run[0] <= b for a, b in spans)]
    named = len(parties)
    return "unsure" if count and count < named + len(strangers) else "yes"


__all__ = ["PEOPLE_PLURALS", "PairVerdict", "epithet_count", "epithet_verdict"]
