"""An event's actor told in its evidence by a description the article ties to it ("The carrier
now hopes to fly again" for Air Canada, "the union says today is day 79" for IAM District 837,
"A federal judge in Washington set out ..." for Amit Mehta, "Of the attendants who voted" for
flight attendants; outside check 69, session 31), for the ``actor`` kind
(:mod:`summarizer.verification.sides.event_actors`, which reads whether the description
stands as the one acting).

A description noun reads back to the value only when the article itself names the value with
that noun, and no rival of the same noun stands nearer:
- "the union", "the guild", "members" (and "union members"): a value whose own name has a
  labour body's word ("Canadian Union of Postal Workers", "... Machinists and Aerospace
  Workers District 837", "Screen Actors Guild"), or that the article writes as "members of X",
  "X members", "X's members", "X union", "the union, X" or "X, the union", or an acronym
  ("SAG-AFTRA") whose own sentence in the article calls it a union; the nearest such name
  before the noun must be the value (another union named between is the one meant);
- "the carrier", "the airline": a value whose name has an airline's word ("Air Canada",
  "British Airways"), the nearest such name before the noun;
- "the judge", "a (federal) judge", "the justice": a person the article titles Judge or
  Justice ("District Judge Amit Mehta"), when the article so titles no one else;
- a description value's own head noun ("attendants" for "flight attendants", "doctors" for
  "resident doctors"), when the article writes the whole value and the evidence's noun has no
  capitalised owner of its own before it ("WestJet attendants" are another carrier's).

Not read: a noun with another owner ("Boeing's union", "the company's lawyers"), a value that is
another party of the page (the employer for "the union", the plaintiff for "the judge": their
names hold no such word and the article never ties them so), a noun the article ties to no
value at all ("the union" in an article naming no union).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..context import Context
from ..page.article import ArticleText
from ..page.tokens import Token, tokenize, word_set
from ..people.names import norms
from ..people.party_names import party_of

# Description nouns by the class of value they may stand for.
_UNION_NOUNS = word_set("union unions guild members")
_UNION_NAMES = word_set("union guild")
_CARRIER_NOUNS = word_set("carrier airline")
_JUDGE_NOUNS = word_set("judge justice")
# Words of a labour body's own name; of an airline's.
_LABOUR_WORDS = word_set(
    """union unions guild federation brotherhood workers employees machinists teamsters
    association syndicate confederation lodge"""
)
_AIR_WORDS = word_set("air airlines airline airways aviation")
_JUDGE_TITLES = frozenset({"judge", "justice"})
# Words after "Justice" or "Judge" that make a body, no judge ("the Justice Department").
_BODIES = word_set("department ministry court courts system league building advocate")
_DEFINITE = word_set("the a this that its")
_TIE_REACH = 12  # tokens between an acronym and "union" in its own sentence


def described_spans(value: str, ctx: Context) -> Iterator[tuple[Sequence[Token], int, int]]:
    """(tokens, first, last) of each description in the evidence that stands for the value
    (see the module); the caller reads whether it acts."""
    words = tuple(norms(tokenize(value)))
    if not words or not ctx.sentences:
        return
    article = ctx.article
    mentions = article.phrase_spans(words)
    if not mentions:
        return
    labour = party_of(value) is None and _labour(words, mentions, article)  # NATO's members
    air = bool(set(words) & _AIR_WORDS) and tokenize(value)[0].capitalised
    judge = _sole_judge(words, article)
    plain = not tokenize(value)[0].capitalised and len(words) > 1
    for index in ctx.sentences:
        tokens = article.sentence_tokens(index)
        for position, token in enumerate(tokens):
            norm = token.norm
            if labour and norm in _UNION_NOUNS and _bare(tokens, position, norm):
                stands = _nearest(article, mentions, token.start, _LABOUR_WORDS, words)
            elif air and norm in _CARRIER_NOUNS and _bare(tokens, position, norm):
                stands = _nearest(article, mentions, token.start, _AIR_WORDS, words)
            elif judge and norm in _JUDGE_NOUNS:
                stands = not token.capitalised
            else:
                stands = plain and norm == words[-1] and not _owned(tokens, position, words)
            if stands:
                yield tokens, position, position


def _bare(tokens: Sequence[Token], position: int, norm: str) -> bool:
    """A lower-case noun with no owner of its own: "the union", "the national union", "its
    members", "Members ratified" (a sentence's first word); not "Boeing's union", "the
    union's Air Canada component" (a part), "the Canadian Union" (a name)."""
    token = tokens[position]
    if token.capitalised and not (position == 0 and norm == "members"):
        return False
    if position + 1 < len(tokens) and tokens[position + 1].capitalised and norm != "members":
        return False  # "the union's Air Canada component", "the carrier Jazz": another body
    before = tokens[position - 1] if position else None
    if before is None or before.norm in _DEFINITE or not before.capitalised:
        if before is not None and before.text.endswith(("'s", "\u2019s", "'", "\u2019")):
            return before.norm in _DEFINITE  # "the workers' union": another owner
        return True
    return False


def _labour(words: tuple[str, ...], mentions: list[tuple[int, int]], article: ArticleText) -> bool:
    """Whether the value is a labour body: its name has a labour word, or the article writes
    it as a body with members or as a union (see the module)."""
    if set(words) & _LABOUR_WORDS:
        return True
    for start, end in mentions:
        index = article.sentences_over(start, end)[0]
        tokens = article.sentence_tokens(index)
        at = next((i for i, t in enumerate(tokens) if t.start >= start), None)
        if at is None:
            continue
        stop = next((i for i, t in enumerate(tokens) if t.start >= end), len(tokens))
        before = [t.norm for t in tokens[max(0, at - 3) : at]]
        if before[-1:] == ["the"]:
            before.pop()  # "members of the New Zealand Nurses Organisation"
        after = [t.norm for t in tokens[stop : stop + 3]]
        if before[-2:] == ["members", "of"] or after[:1] in (["members"], ["union"]):
            return True
        if before[-1:] == ["union"] or after[:2] == ["the", "union"]:
            return True
        if (
            len(words) <= 2
            and tokens[at].text.isupper()
            and any(
                t.norm == "union" for t in [*tokens[stop:], *_next(article, index)][:_TIE_REACH]
            )
        ):
            return True  # "SAG-AFTRA, VIDEO GAMES / The longest strike in the actors' union's"
    return False


def _next(article: ArticleText, index: int) -> list[Token]:
    """The tokens of the sentence after ``index`` (a heading's name, then its first line)."""
    return article.sentence_tokens(index + 1) if index + 1 < len(article.sentences) else []


def _nearest(
    article: ArticleText,
    mentions: list[tuple[int, int]],
    offset: int,
    fits: frozenset[str],
    own: tuple[str, ...],
) -> bool:
    """Whether the value is named before ``offset`` (or, with no mention before, anywhere)
    and no other name holding a word of ``fits`` stands between its last mention and it."""
    before = [span for span in mentions if span[0] < offset]
    if not before:
        return False
    start = before[-1][1]
    for index in article.sentences_over(start, offset):
        for token in article.sentence_tokens(index):
            rival = token.capitalised and token.norm in fits and token.norm not in own
            rival = rival or _named_union(article, index, token, own)
            if rival and start <= token.start < offset:
                return False  # "the Canadian Union of Public Employees ... the union"
    return True


def _named_union(article: ArticleText, index: int, token: Token, own: tuple[str, ...]) -> bool:
    """ "the GMB union": another body named as a union between."""
    if token.norm not in _UNION_NAMES or token.capitalised:
        return False
    tokens = article.sentence_tokens(index)
    at = tokens.index(token)
    before = tokens[at - 1] if at else None  # not "The union's problem"
    return before is not None and before.capitalised and before.norm not in {*own, *_DEFINITE}


def _sole_judge(words: tuple[str, ...], article: ArticleText) -> bool:
    """Whether the article titles the value Judge or Justice and no one else so."""
    memo_key = ("titled judges",)
    judges: set[str] | None = article.memo.get(memo_key)
    if judges is None:
        judges = set()
        for title in _JUDGE_TITLES:
            for start, end in article.phrase_spans((title,)):
                after = article.tokens_between(end, min(len(article.text), end + 40))
                run = 0
                while run < min(3, len(after)) and after[run].capitalised:
                    run += 1  # "Judge Amit Mehta said": the name's words, not what follows
                if run and article.text[start].isupper() and after[0].norm not in _BODIES:
                    judges.add(after[run - 1].norm)
        article.memo[memo_key] = judges
    return len(judges) == 1 and words[-1] in judges


def _owned(tokens: Sequence[Token], position: int, words: tuple[str, ...]) -> bool:
    """A description's head noun with a capitalised owner or modifier not the value's own
    ("WestJet attendants", "Air Transat's attendants")."""
    if position == 0:
        return False
    before = tokens[position - 1]
    return before.capitalised and before.norm not in words and position - 1 > 0


__all__ = ["described_spans"]
