"""Reported-speech frames that give a quote to the frame's own subject (an outside check,
38), read before the other attribution rules
(:func:`summarizer.verification.quotes.speakers.support_speaker`):

- *the second half of a split quote*: '"We simply will not allow it," said Minister Holt,
  "which is ..."': a quote that opens in lower case after an earlier quote of its sentence
  goes on from it, and is the speaker's named between the two;
- *"and added"*: 'Tomas Berhe said General Abay had broken his word and added, "..."': the
  added words are the subject's of the sentence's first verb of saying, not the one spoken of;
- *a naming verb after an apposition*: 'Dina Morales, Chile's deputy foreign minister, called
  Senator Wade a "paper tiger"': the words are the caller's, over the apposition between the
  name and "called"; the one called names is not the speaker;
- *"whose spokesman X had said"*: 'Secretary-General Owusu, whose spokesman Piet de Wit had
  said on Tuesday that both camps had sent "cautious, hopeful signals", urged them': the
  words are the spokesman's, not the sentence's subject's.

Each frame names its speaker as a run of capitalised words; a value the run names is the
speaker, any other is not (the article gives the words to the run's person).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..context import Result
from ..page.article import ArticleText
from ..page.tokens import Token, clause_gap, word_set
from ..people.names import TITLES, find_named, split_people

_SAYING = word_set("said says told tells stated declared added")
_FIRST_SAYING = word_set("said says told tells stated declared")
_ADDING = word_set("added adding")
_NAMING = word_set("called calls branded brands labelled labeled labels dubbed dubs")
_AUXILIARIES = word_set("had has have also")
_GAP_WORDS = TITLES | word_set("the")
_CUES = _ADDING | _NAMING | word_set("whose")
_RAW_CUES = ("added", "adding", "call", "brand", "label", "dub", "whose")


def frame_verdict(
    article: ArticleText, spans: Sequence[tuple[int, int]], value: str
) -> Result | None:
    """True when a frame (see the module) gives the quote at ``spans`` to ``value``, False
    when it gives it to someone else, None when no frame is read."""
    for start, _ in spans:
        run = _frame_run(article, start)
        if run is None:
            continue
        text = article.text
        if all(find_named(part, run, text) for part in split_people(value)):
            return True, ""
        who = text[run[0].start : run[-1].end]
        return False, f"the article attributes this quote to {who!r}, not {value!r}"
    return None


def _frame_run(article: ArticleText, at: int) -> list[Token] | None:
    region = article.quoted_region_at(at)
    if region is None:
        return None
    sentence = article.sentence_at(max(region[0] - 1, 0))
    start = article.sentences[sentence][0]
    text = article.text
    words = text[region[0] : region[0] + 3].lstrip("\"'\u201c\u2018 ")
    split = words[:1].islower()
    if not split and not any(cue in article.lowered[start : region[0]] for cue in _RAW_CUES):
        return None  # the cheap gate, on the raw text before any token is read
    lead = article.outside_quotes(start, region[0])
    norms = [t.norm for t in lead]
    earlier = [q for q in article.quoted if start <= q[0] and q[1] < region[0]] if split else []
    if earlier:  # '"...," said Minister Holt, "which ..."'
        gap = article.outside_quotes(earlier[-1][1] + 1, region[0])
        bare = all(t.norm in _SAYING or t.capitalised or t.norm in _GAP_WORDS for t in gap)
        described = any(t.norm in {"the", "a", "an"} for t in gap)  # "the Chinese president"
        if bare and not described and len(gap) <= 8 and any(t.norm in _SAYING for t in gap):
            return _names(gap) or None  # only the attribution between: not "he told X, before"
    if _CUES.isdisjoint(norms):
        return None  # the cheap gate
    if (norms[-2:-1] == ["and"] and norms[-1] in _ADDING) or norms[-3:-1] == ["and", "added"]:
        said = next((i for i, n in enumerate(norms) if n in _FIRST_SAYING), None)
        return _subject(lead, said, text) if said is not None else None
    if "whose" in norms:
        whose = norms.index("whose")
        said = next((i for i in range(whose + 1, len(norms)) if norms[i] in _FIRST_SAYING), None)
        if said is not None and said - whose <= 8:
            return _subject(lead, said, text)
    naming = [i for i, n in enumerate(norms) if n in _NAMING]
    if naming and naming[-1] > 0 and not lead[naming[-1] - 1].capitalised:
        return _apposed(lead, naming[-1], text)
    return None


def _names(tokens: Sequence[Token]) -> list[Token]:
    """The capitalised words that are no title: the name a gap holds."""
    return [t for t in tokens if t.capitalised and t.norm not in TITLES and t.norm != "the"]


def _subject(lead: Sequence[Token], verb: int, text: str) -> list[Token] | None:
    """The capitalised run right before ``lead[verb]`` (over "had", "has", "also")."""
    end = verb - 1
    while end >= 0 and lead[end].norm in _AUXILIARIES:
        end -= 1
    begin = end
    while (
        begin >= 0
        and lead[begin].capitalised
        and not (begin < end and clause_gap(lead, begin, text))
    ):
        begin -= 1
    run = _names(lead[begin + 1 : end + 1])
    return run or None


def _apposed(lead: Sequence[Token], verb: int, text: str) -> list[Token] | None:
    """The name before a comma apposition ending at ``lead[verb]`` ("X, Chile's deputy foreign
    minister, called"): the capitalised run before the apposition's opening comma."""
    if not clause_gap(lead, verb - 1, text):
        return None
    for index in range(verb - 2, max(verb - 12, -1), -1):
        if clause_gap(lead, index, text):
            return _subject(lead, index + 1, text) if lead[index].capitalised else None
    return None


__all__ = ["frame_verdict"]
