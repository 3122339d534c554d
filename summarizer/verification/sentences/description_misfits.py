"""Whether an organisation's description says it is some other body than the name read back.

A reader takes "the airline said" for the salient airline of the page, but not when the
description's own modifiers rule that body out: a word of another one ("the rival airline",
"the other union"), or a people's adjective that contradicts the one the page gives the name
("the French carmaker" beside "Hallberg, the Swedish carmaker"). Kept apart from
:mod:`.described_bodies`, which walks a description back to its name, because this is the one
check that can refuse a read-back the walk would accept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.text.countries import PARTIES
from ..page.article import ArticleText
from ..page.tokens import Token, tokenize, word_set
from ..people.party_names import party_of

_THE = word_set("the")


# Words that make a description another one than the salient one of its kind ("the rival
# airline", "the other union"): a closed class of English.
_OTHERS = word_set("rival other another competing opposing second")


def misfit(article: ArticleText, name: str, tokens: Sequence[Token], head: int) -> bool:
    """Whether a modifier of the description says it is not ``name``: a word of another one
    ("the rival airline"), a people's adjective when the name's own words or its apposition
    give another ("the French carmaker" for "Hallberg, the Swedish carmaker"). Not a qualifier
    the page does not write ("the tax authority" for the Maritime Safety Authority): "the
    central bank said" for the Bank of Japan is the same bank (check 72), and only a part of
    speech tells them apart; nor an adjective of any sentence naming it ("the German group"
    for Volkswagen beside "the European Union", check 85)."""
    own = {t.norm for t in tokenize(name)}
    opener = next(i for i in range(head, -1, -1) if tokens[i].norm in _THE)
    words = [t.norm for t in tokens[opener + 1 : head]]
    if set(words) & _OTHERS:
        return True
    peoples = {w for w in own if _people(w)}  # and its apposition's: "X, the Swedish carmaker"
    for match in name_pattern(name).finditer(article.text):
        apposed = re.match(r",\s+(?:the|a|an)\s+([\w-]+)", article.text[match.end() :])
        peoples |= (
            {apposed.group(1).lower()} if apposed and _people(apposed.group(1).lower()) else set()
        )
    return bool(peoples) and any(_people(w) and w not in peoples for w in words)


def _people(word: str) -> bool:
    key = party_of(word)
    return key is not None and word in {w.lower() for w in PARTIES[key][1]}


def name_pattern(name: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])" + r"\s+".join(map(re.escape, name.split())) + r"(?![\w-])")


__all__ = ["misfit", "name_pattern"]
