"""The subject of a reaction's own clause, for a reaction's ``who``
(:mod:`summarizer.verification.sides.parties`): the one who reacted is the subject of the verb
the reaction's text repeats, not another name in the same evidence (an outside check, 40).

"Ana Ruiz called the ruling "a disgrace", and Tomas Vidal, who leads the bar council, said
an appeal would follow" names two people who both react; a reaction ``who: Tomas Vidal``
with ``reaction: called the ruling a disgrace`` pairs one's name with the other's words. A
fact-checker finds the reaction's words in the evidence and reads who says them: the
subject of that clause. The reaction's first words (after a leading pronoun) are looked up
in each evidence sentence; the subject span runs back from them to the clause's start: the
sentence's start, a ";", or a ", and / but / while / whereas" before a capitalised word (a
new clause with its own subject). "Beijing's commerce ministry said in a statement that it
firmly opposed the increases" keeps the whole run back to the sentence's start, so the
ministry's country is in the span.

The value is the reactor when it is in that span: by a word of its name, or, for a country,
by an alias of it or a person the article ties to it. It is refused only when the span
names another person (for a person) or another party (for a country) and not it; a span
of pronouns or bodies without a name ("the Foreign Ministry said") leaves the value to the
older rules, and so does a reaction whose words are not in the evidence (a paraphrase).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..context import Context
from ..page.tokens import Token, tokenize, word_set
from ..people.party_names import party_mentions, party_of, ties

_LEADING = word_set("he she it they we i who which that has have had")
_TURNS = word_set("and but while whereas although though")
_KEY_WORDS = 3
_SMALL = word_set("the a an of for in on to and de la al el bin van von")


def other_reactor(value: str, ctx: Context) -> str | None:
    """The subject naming someone else where the evidence gives the reaction's words, when
    no such place has the value in its subject; None when the words are not found or a
    place settles nothing."""
    reaction = getattr(ctx.fact, "reaction", None)
    if not reaction or not ctx.sentences:
        return None
    words = [t.norm for t in tokenize(str(reaction))]
    while words and words[0] in _LEADING:
        words = words[1:]
    key = tuple(words[:_KEY_WORDS])
    if len(key) < 2:
        return None
    text = ctx.article.text
    other: str | None = None
    for tokens in ctx.sentence_tokens():
        for index in _found(tokens, key):
            span = _subject_span(tokens, index, text)
            verdict = _holds(value, span, ctx, tokens[0].start)
            if verdict is True:
                return None
            if verdict is False and other is None:
                other = " ".join(t.text for t in span if t.capitalised and t.norm not in _LEADING)
    return other


def _found(tokens: Sequence[Token], key: tuple[str, ...]) -> list[int]:
    """Where the key's words stand together in the sentence (cheap: the first word first)."""
    size = len(key)
    return [
        index
        for index in range(len(tokens) - size + 1)
        if tokens[index].norm == key[0]
        and tuple(t.norm for t in tokens[index : index + size]) == key
    ]


def _subject_span(tokens: Sequence[Token], index: int, text: str) -> list[Token]:
    """The tokens from the clause's start to the reaction's first word."""
    start = 0
    for at in range(index - 1, 0, -1):
        gap = text[tokens[at - 1].end : tokens[at].start]
        if ";" in gap:
            start = at
            break
        turn = tokens[at].norm in _TURNS and "," in gap
        if turn and at + 1 < index and tokens[at + 1].capitalised:
            start = at + 1
            break
    return list(tokens[start:index])


def _holds(value: str, span: Sequence[Token], ctx: Context, sentence_start: int) -> bool | None:
    """True when the span names the value; False when it names another and not the value;
    None when it names no one (a pronoun, "He", or a sentence's capitalised first word alone,
    "Today", is no name)."""
    names = [
        t
        for at, t in enumerate(span)
        if t.capitalised
        and t.norm not in _SMALL
        and t.norm not in _LEADING
        and (t.start != sentence_start or (at + 1 < len(span) and span[at + 1].capitalised))
    ]
    if not names:
        return None
    norms = {t.norm for t in span}
    key = party_of(value)
    if key is not None:
        keys = {hit[1] for hit in party_mentions(span)}
        if key in keys:
            return True
        if any(key in ties(ctx.article, t.norm) for t in names):
            return True
        return False if keys else None
    own = [t.norm for t in tokenize(value) if t.capitalised and t.norm not in _SMALL]
    if own and any(word in norms for word in own):
        return True
    owners = {party_of(word) for word in own} - {None}
    if owners and owners & {hit[1] for hit in party_mentions(span)}:
        return True  # "China's commerce ministry" for "Beijing's ... its commerce ministry"
    return False if own else None
