"""A quote the page says someone did not say, read for :mod:`summarizer.verification.speakers`
before the readings of the clause around it.

Fact checks and corrections name the wrong speaker on purpose: '"We will bury you" was not said
by Putin but by Khrushchev', 'It was not Nixon who said "...", but Kennedy', 'Putin never said
"..."', 'The post claims Putin said "...". It was not said by Putin, but by Khrushchev.' The
clause readings took the name next to the verb of saying for the speaker, negation and all.
Here a name the quote's sentence (or a next sentence that opens "It was not" / "That was not")
denies is refused, and the name after "but by", "but" or a later "spoken by" is accepted:

- "not said by X", "not by X", "never uttered by X" (a passive denied);
- "not X who said", "not X that said" (a cleft denied);
- "X did not say", "X never said", "X didn't say" (an active denied).
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.verification.article import ArticleText
from summarizer.verification.clauses import by_subject
from summarizer.verification.context import Result
from summarizer.verification.names import NOT_NAMES, split_people
from summarizer.verification.speech import SPEECH_VERBS
from summarizer.verification.tokens import Token, word_set

_NEGATIONS = word_set("not never n't nt")
_AUXILIARIES = word_set("did does do was were is has had")
_CLEFTS = word_set("who that")
_SAYING = SPEECH_VERBS | word_set("say says said uttered utter coined spoken spoke written wrote")
_NAME_RUN = 5


def _run(tokens: Sequence[Token], at: int) -> list[Token]:
    """The capitalised run from ``tokens[at]`` (a name), without titles and articles."""
    run: list[Token] = []
    while at < len(tokens) and tokens[at].capitalised and len(run) < _NAME_RUN:
        run.append(tokens[at])
        at += 1
    return [t for t in run if t.norm not in NOT_NAMES]


def _run_before(tokens: Sequence[Token], at: int) -> list[Token]:
    """The capitalised run ending at ``tokens[at]``."""
    start = at
    while start > 0 and tokens[start - 1].capitalised and at - start < _NAME_RUN - 1:
        start -= 1
    return _run(tokens, start) if tokens[at].capitalised else []


def _readings(
    tokens: Sequence[Token], quote: int | None
) -> tuple[list[list[Token]], list[list[Token]]]:
    """The names a sentence denies said something, and the names its "but (by) Y" gives; an
    active or cleft denial only of a verb right before the quote at ``quote`` ("X did not say
    when talks start, but said "..."" denies X nothing of the quote)."""

    def leads_in(verb: int) -> bool:  # the verb's last word is the last before the quote
        nxt = tokens[verb + 1].start if verb + 1 < len(tokens) else None
        return quote is not None and tokens[verb].end <= quote and (nxt is None or nxt > quote)

    denied: list[list[Token]] = []
    given: list[list[Token]] = []
    norms = [t.norm for t in tokens]
    for at, norm in enumerate(norms):
        if norm not in _NEGATIONS:
            continue
        after = at + 1
        while after < len(norms) and norms[after] in _SAYING:
            after += 1  # "not said by", "said not by"
        if after < len(norms) and norms[after] == "by":
            denied.append(_run(tokens, after + 1))  # "not (said) by X"
        elif after > at + 1 and leads_in(after - 1):  # "X did not say", "X never said"
            back = at - 1
            if back >= 0 and norms[back] in _AUXILIARIES:
                back -= 1
            if back >= 0:
                denied.append(_run_before(tokens, back))  # "X did not say", "X never said"
        elif after < len(norms) and tokens[after].capitalised:
            end = after + len(_run(tokens, after))
            verb = end + 1
            while verb < len(norms) and norms[verb] in _SAYING:
                verb += 1
            if end < len(norms) and norms[end] in _CLEFTS and verb > end + 1 and leads_in(verb - 1):
                denied.append(_run(tokens, after))  # "not X who said"
    for at, norm in enumerate(norms[:-1]):
        if norm == "but" and denied:
            nxt = at + 2 if norms[at + 1] == "by" else at + 1
            given.append(_run(tokens, nxt))
        elif (norm == "by" and denied and at >= 2 and norms[at - 1] in _SAYING) and norms[
            at - 2
        ] not in _NEGATIONS:  # "...; they were spoken by Y"
            given.append(_run(tokens, at + 1))
    return [d for d in denied if d], [g for g in given if g]


def denied_verdict(
    article: ArticleText, spans: Sequence[tuple[int, int]], value: str
) -> Result | None:
    """False when the page says ``value`` did not say the quote at ``spans``, True when its
    "but (by) Y" names ``value``, None when no sentence of the quote denies a speaker."""
    parts = split_people(value)
    for start, end in spans:
        region = article.quoted_region_at(start) or (start, end)
        index = article.sentence_at(region[0])
        sentences = [index]
        if index + 1 < len(article.sentences):
            nxt_start, _ = article.sentences[index + 1]
            opening = article.text[nxt_start : nxt_start + 12].lower()
            if opening.startswith(("it was not", "that was not", "it wasn't")):
                sentences.append(index + 1)
        for sentence in sentences:
            tokens = article.outside_quotes(*article.sentences[sentence])
            denied, given = _readings(tokens, region[0] if sentence == index else None)
            if not denied:
                continue
            if any(by_subject(parts, name) == "yes" for name in given):
                return True, ""
            for name in denied:
                if by_subject(parts, name) == "yes":
                    who = " ".join(t.text for t in name)
                    return False, f"the article says {who} did not say these words"
    return None


__all__ = ["denied_verdict"]
