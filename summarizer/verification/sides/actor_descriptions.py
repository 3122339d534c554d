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
from ..page.tokens import APOSTROPHE_ENDINGS, SINGULAR_POSSESSIVES, Token, tokenize, word_set
from ..people.names import norms
from ..people.party_names import party_of
from ..people.transfer_holders import holder_reading
from .group_nouns import other_name

# Description nouns by the class of value they may stand for.
_UNION_NOUNS = word_set("union unions guild members")
_UNION_NAMES = word_set("union guild")
# A labour body's head nouns: "the association" for the Dutch Airline Pilots Association, "the
# confederation" for the Korean Confederation of Trade Unions (the value's own word only).
_BODY_HEADS = word_set("association confederation federation brotherhood syndicate lodge guild")
_CARRIER_NOUNS = word_set("carrier airline")
_JUDGE_NOUNS = word_set("judge justice")
# Words of a labour body's own name; of an airline's.
_LABOUR_WORDS = word_set(
    """union unions guild federation brotherhood workers employees machinists teamsters
    association syndicate confederation lodge"""
)
# A political body's words: its members are no union's ("the Labour Party", "Parliament").
_POLITICAL = word_set("party parliament assembly senate congress council")
_AIR_WORDS = word_set("air airlines airline airways aviation")
_JUDGE_TITLES = frozenset({"judge", "justice"})
# Words after "Justice" or "Judge" that make a body, no judge ("the Justice Department").
_BODIES = word_set("department ministry court courts system league building advocate")
_DEFINITE = word_set("the a this that its")
_OTHER = word_set("another other second different")  # "Another judge, in Chicago"
_JOINED = word_set("and or")
_SMALL = word_set("of and the for")
_APPOSED_REACH = 4  # tokens from "X," to its noun ("Qantas, Australia's national carrier")
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
    heads = _UNION_NOUNS | (set(words) & _BODY_HEADS)
    # An airline by its name ("Air Canada") or as the article calls it ("German airline
    # Lufthansa", "Qantas, the national carrier"); never a labour body ("Air Line Pilots
    # Association": "the carrier" is the airline its pilots work for).
    air = not set(words) & _LABOUR_WORDS and (
        (bool(set(words) & _AIR_WORDS) and tokenize(value)[0].capitalised)
        or any(_called(article, span, _CARRIER_NOUNS) for span in mentions)
    )
    judge = _sole_judge(words, article)
    plain = not tokenize(value)[0].capitalised and len(words) > 1
    for index in ctx.sentences:
        tokens = article.sentence_tokens(index)
        for position, token in enumerate(tokens):
            norm = token.norm
            if labour and norm in heads and _bare(tokens, position, norm):
                stands = _nearest(article, mentions, token, _LABOUR_WORDS, words)
            elif air and norm in _CARRIER_NOUNS and _bare(tokens, position, norm):
                stands = _nearest(article, mentions, token, _AIR_WORDS, words)
            elif judge and norm in _JUDGE_NOUNS:
                stands = not token.capitalised and not (
                    position and tokens[position - 1].norm in _OTHER
                )  # "Another judge, in Chicago": not the one named
            else:
                stands = plain and norm == words[-1] and not _owned(tokens, position, words)
            if stands and holder_reading(article, tokens, position, words) != "other":
                yield tokens, position, position  # not the giver of a thing handed on (gac45)


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
        if before is not None and before.text.endswith(APOSTROPHE_ENDINGS):
            return before.norm in _DEFINITE  # "the workers' union": another owner
        return True
    return False


def _labour(words: tuple[str, ...], mentions: list[tuple[int, int]], article: ArticleText) -> bool:
    """Whether the value is a labour body: its name has a labour word, or the article writes
    it as a body with members or as a union (see the module)."""
    if set(words) & _LABOUR_WORDS:
        return True
    if set(words) & _POLITICAL:
        return False  # "members of the Labour Party": a party's members, no union's
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
        if before[-2:] == ["members", "of"] or after[:1] == ["union"]:
            return True
        if after[:1] == ["members"] and after[1:2] != ["of"]:  # not "Heathrow, members of Unite"
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
    noun: Token,
    fits: frozenset[str],
    own: tuple[str, ...],
) -> bool:
    """Whether the value is named before the description ``noun`` and no other body of its
    class stands between its last mention and it: a name holding a word of ``fits``, "the GMB
    union", a name the article calls by the noun ("Ryanair, the budget airline"), an acronym
    joined to the value ("the National Education Union and the NASUWT"), and for "members"
    the members of another body ("members of the Scottish Parliament")."""
    offset = noun.start
    before = [span for span in mentions if span[0] < offset]
    if not before:
        return False
    start = before[-1][1]
    nouns = _CARRIER_NOUNS if fits is _AIR_WORDS else _UNION_NOUNS | {noun.norm}
    initials = "".join(word[0] for word in own if word not in _SMALL)  # CUPE: its own
    for index in article.sentences_over(start, offset):
        tokens = article.sentence_tokens(index)
        for at, token in enumerate(tokens):
            if not start <= token.start < offset:
                continue
            if token.norm in own and not other_name(tokens, at, set(own)):
                continue  # the value's own word, not "the Public and Commercial Services Union"
            rival = token.capitalised and token.norm in fits
            rival = rival or _named_union(article, index, token, own)
            rival = rival or (token.capitalised and _called(article, _span(token), nouns))
            rival = rival or (_joined_acronym(tokens, at) and token.norm != initials)
            if noun.norm == "members" and token.norm == "members":
                rival = rival or _members_of_other(tokens, at, own)
            if rival:
                return False  # "the Canadian Union of Public Employees ... the union"
    return True


def _span(token: Token) -> tuple[int, int]:
    return token.start, token.start + len(token.text)


def _called(article: ArticleText, span: tuple[int, int], nouns: frozenset[str]) -> bool:
    """Whether the article calls the name at ``span`` by one of ``nouns``: right before it
    ("German airline Lufthansa", "budget carrier Jet2") or in apposition after its comma
    ("Qantas, Australia's national carrier")."""
    start, end = span
    index = article.sentences_over(start, end)[0]
    tokens = article.sentence_tokens(index)
    at = next((i for i, t in enumerate(tokens) if t.start >= start), None)
    if at is None:
        return False
    if at and tokens[at - 1].norm in nouns and not tokens[at - 1].capitalised:
        return not tokens[at - 1].text.endswith(SINGULAR_POSSESSIVES)
    stop = next((i for i, t in enumerate(tokens) if t.start >= end), len(tokens))
    if stop >= len(tokens) or not article.text[end : tokens[stop].start].strip().startswith(","):
        return False
    return any(t.norm in nouns and not t.capitalised for t in tokens[stop : stop + _APPOSED_REACH])


def _joined_acronym(tokens: Sequence[Token], at: int) -> bool:
    """ "and the NASUWT", "or RMT": another body named by an acronym joined to the value."""
    text = tokens[at].text
    if not (len(text) >= 3 and text.isalpha() and text.isupper()):
        return False
    back = at - 1 - (at > 1 and tokens[at - 1].norm == "the")
    return back >= 0 and tokens[back].norm in _JOINED


def _members_of_other(tokens: Sequence[Token], at: int, own: tuple[str, ...]) -> bool:
    """ "members of the Scottish Parliament" between: the members meant may be theirs."""
    rest = [t for t in tokens[at + 1 : at + 4] if t.norm != "the"]
    return (
        len(rest) >= 2 and rest[0].norm == "of" and rest[1].capitalised and rest[1].norm not in own
    )


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
