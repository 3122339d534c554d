"""A people's word that only says whose counterpart someone is, for the ``party`` kind
(:mod:`summarizer.verification.sides.parties`): "Lavrov met his French counterpart in Paris",
"Sikorski received his Lithuanian and Latvian counterparts", "meeting his Pakistani opposite
number", "the Kenyan president and his Ugandan peer" (an outside check, session 15, had
France accepted as a party of the meeting and of the truce on such words alone).

The word is a party's alias (mostly its people's adjective) right before "counterpart(s)",
"opposite number(s)" or "peer(s)", or in a list of such aliases before the noun ("his
Lithuanian and Latvian counterparts", "her French, German and Polish counterparts"). It
names the minister of that side, but by the relation to another, and a fact-checker asks for
the side's own wording before taking that side as one meeting or taking a stance: the
refusal is *unconfirmed* (the words are there, no rule reads them as a party) and only when
every mention of the party in the sentence is such a word, or its capital after "in" or "at"
("met his French counterpart in Paris": where the two met, which names no side by itself).

Left out: the same adjective before "leaders", "ministers", "presidents" ("French and
Russian leaders met": both sides named as meeting); a country after the noun and "from"
("welcomed their counterparts from Peru": the people a party sends, which
:mod:`summarizer.verification.people.party_names` reads as that party since check 20); a
counterpart named by name ("his French counterpart, Jean-Noel Barrot": the person is read
as a party, and the country through him where the article ties him to it); and a proposer
("the French draft resolution": its drafter, read by
:mod:`summarizer.verification.acts.proposers`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.tokens import Token, word_set
from ..people.party_names import party_mentions

_COUNTERPARTS = word_set("counterpart counterparts peer peers")
_NUMBERS = word_set("number numbers")
_LIST = word_set("and or")
_AT = word_set("in at")
# Most words from the alias to the noun: a list of three more aliases and their links.
_REACH = 8


def counterpart_word(tokens: Sequence[Token], last: int, text: str) -> bool:
    """The alias at ``tokens[first..last]`` stands before a counterpart noun (see the
    module), over the rest of a list of capitalised words joined by "and", "or" or commas."""
    index = last + 1
    while index < len(tokens) and index <= last + _REACH:
        token = tokens[index]
        gap = text[tokens[index - 1].end : token.start].strip()
        if gap not in ("", ","):
            return False
        if token.norm in _COUNTERPARTS:
            return not gap
        if token.norm == "opposite" and not gap:
            following = tokens[index + 1].norm if index + 1 < len(tokens) else ""
            return following in _NUMBERS
        if not (token.norm in _LIST or token.capitalised):
            return False
        index += 1
    return False


def paired_keys(article: ArticleText, index: int) -> frozenset[str]:
    """The parties a sentence names only by a counterpart's people word; read once per
    sentence."""
    memo_key = ("counterpart keys", index)
    known: frozenset[str] | None = article.memo.get(memo_key)
    if known is not None:
        return known
    tokens = article.sentence_tokens(index)
    paired: set[str] = set()
    free: set[str] = set()
    for position, key, kind, size in party_mentions(tokens):
        last = position + size - 1
        if kind == "capital" and position and tokens[position - 1].norm in _AT:
            continue  # "met his French counterpart in Paris": where they met, no side
        (paired if counterpart_word(tokens, last, article.text) else free).add(key)
    known = article.memo[memo_key] = frozenset(paired - free)
    return known


__all__ = ["counterpart_word", "paired_keys"]
