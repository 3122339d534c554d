"""A quote's speaker written as the phrase its sentence gives, for
:mod:`summarizer.verification.quotes.collective_speakers`: "the government's listing" for "whom the
government's listing describes as having had a "..."" (check 51 A07), "Donald Trump's team"
for "When U.S. President Donald Trump paused the tariffs, his team promised "..."" (check 51
A03).

The name readers judge a subject by a person's name and call any other subject someone else.
Here the value is the phrase itself:
- the same words, a leading "the" aside, of two words or more ("the government's listing",
  not "the listing" for "the government's listing": a qualifier the page did not write);
- "his NOUN" or "her NOUN" for "X's NOUN" with the same noun words, when X is named in the
  phrase's sentence before it and no other person is: no other capitalised word but a time,
  a place after "in" or "from", a title, the table's countries and bodies ("When Trump met
  Xi Jinping, his team" and "When Trump called Putin, his office" have two people the "his"
  may be; "in March", "from Nuuk" name none).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.tokens import SINGULAR_POSSESSIVES, Token, tokenize, word_set
from ..people.names import TITLES
from ..people.party_names import party_mentions

_PRONOUNS = word_set("his her")
_PLACING = word_set("in from at across near inside outside since until during through")
_GOVERNING = word_set("about with to by for of on at against toward towards meet met")
_TIMES = word_set(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday"""
)


def _plain(words: Sequence[str]) -> list[str]:
    return list(words[1:]) if words[:1] and words[0] == "the" else list(words)


def _placed(tokens: Sequence[Token], at: int) -> bool:
    """Whether the one capitalised word at ``tokens[at]`` names a time or a place, not a
    person: a month or a day, or after a preposition of place or time ("in Iowa")."""
    if tokens[at].norm in _TIMES:
        return True
    return at > 0 and tokens[at - 1].norm in _PLACING and tokens[at - 1].norm not in TITLES


def _governed(tokens: Sequence[Token], at: int) -> bool:
    """Whether the name at ``tokens[at]`` is another word's object, not a subject the pronoun
    goes back to: right after a preposition or a verb's "-ing" form ("Asked about Keir
    Starmer's plan, her office", "After meeting Lula, his aides")."""
    if at == 0 or tokens[at - 1].capitalised:
        return False
    word = tokens[at - 1].norm
    return word in _GOVERNING or (word.endswith("ing") and len(word) > 4)


def _only_person(article: ArticleText, phrase: Sequence[Token], owner: list[Token]) -> bool:
    """Whether ``owner`` (a name's tokens) is the one person named in the phrase's sentence
    before the phrase: no other run of two capitalised words ("Olaf Scholz") nor a single
    one ("spoke to Putin") stands there, unless it names a time or a place ("in March",
    "from Nuuk"); titles, the sentence's first word and the table's countries and bodies
    are no person."""
    start = article.sentences[article.sentence_at(phrase[0].start)][0]
    before = article.outside_quotes(start, phrase[0].start)
    names = [t.norm for t in owner]
    skip: set[int] = {0}
    for at, _, _, size in party_mentions(before):
        skip.update(range(at, at + size))
    found = False
    run: list[int] = []
    for index in range(len(before) + 1):
        if [t.norm for t in before[index : index + len(names)]] == names:
            if _governed(before, index):
                return False  # "After meeting Lula, his aides": Lula is the object
            found = True
            skip.update(range(index, index + len(names)))
        token = before[index] if index < len(before) else None
        if token is not None and token.capitalised and index not in skip:
            if token.norm not in TITLES:
                run.append(index)
            continue
        if len(run) >= 2 or (run and not _placed(before, run[0])):
            return False  # another person the pronoun may mean
        run = []
    return found


def same_phrase(article: ArticleText, phrase: Sequence[Token], value: str) -> bool:
    """Whether ``phrase`` writes the value (see the module's doc)."""
    said = _plain([t.norm for t in phrase])
    tokens = tokenize(value)
    wanted = _plain([t.norm for t in tokens])
    if len(wanted) >= 2 and said == wanted and phrase[0].norm not in _PRONOUNS:
        return True
    if phrase[0].norm not in _PRONOUNS or len(phrase) < 2:
        return False
    owner = next((i for i, t in enumerate(tokens) if t.text.endswith(SINGULAR_POSSESSIVES)), None)
    if owner is None or [t.norm for t in tokens[owner + 1 :]] != said[1:]:
        return False
    return _only_person(article, phrase, tokens[: owner + 1])


__all__ = ["same_phrase"]
