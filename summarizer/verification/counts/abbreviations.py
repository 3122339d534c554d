"""An abbreviation the article defines stands for the words it was defined from (an outside
check, session 15: "internally displaced persons (IDPs) ... more than 40,000 IDPs" backed no
count of displaced persons, and "unexploded ordnance (UXO) ... 1,200 UXO items" none of
unexploded ordnance), for a count's cue words in
:func:`summarizer.verification.counts.number_rules.support_number`.

A definition is a bracketed run of capitals, with a plural "s" or not ("(IDPs)", "(UXO)",
"(ERW)"), right after the words it shortens: walking back from the bracket over at most
:data:`_WORDS` words of its clause, the phrase starts at the nearest word with the
abbreviation's first letter ("internally displaced persons", "explosive remnants of war").
Later in the article (after the definition, never before it), the abbreviation, in either
number ("IDP", "IDPs"), is one of the count's words when one of its phrase's words is: the
phrase's head noun and what describes it are the count's noun, so "40,000 IDPs" counts
displaced persons, and its number stands right before its noun.

Left out on purpose: an abbreviation the article never defines ("40,000 IDPs" alone borrows
no noun: which words it shortens, the page does not say), and one that names an organisation
("the Norwegian Refugee Council (NRC)", "the UN refugee agency (UNHCR)", "the Rapid Support
Forces (RSF)": its head noun is a body, :data:`_BODIES`), which is never a count noun: "NRC
said 3,000 families arrived" counts no refugees.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from summarizer.text.vocabulary import STOPWORDS
from ..page.article import ArticleText
from ..page.tokens import Token, tokenize, word_set
from .amounts import cue_word

# "(IDPs)", "(UXO)", "(ERW)", "(UN-OCHA)": two capitals or more, an optional plural "s".
_DEFINED = re.compile(r"\(\s*([A-Z][A-Z\-]*[A-Z])(s?)\s*\)")
_WORDS = 6  # words of a defined phrase at most ("explosive remnants of war")
_LOOK_BACK = 160  # characters before a bracket its phrase is read in
# Head nouns of a body's name: an abbreviation of one names who acts, not what is counted.
_BODIES = word_set(
    """agency agencies office council programme program organization organisation fund
    commission committee ministry department authority service services union alliance
    bank court institute centre center mission forces force army front movement party
    corps guard guards brigade brigades police administration government secretariat
    foundation society league watch federation coalition network board bureau group
    association assembly parliament company corporation command directorate observatory
    unit units team teams panel tribunal taskforce"""
)


# Words for a counted thing in general ("1,200 UXO items"), and verbs and adverbs ending in
# "s" that may follow a count's noun ("UXO poses"): none is a noun the abbreviation modifies.
_ITEMS = word_set("items pieces devices objects rounds units individuals persons people cases")
_VERBS = word_set(
    "was has does remains poses lies needs sits stays always perhaps towards besides afterwards"
)


class Definition(NamedTuple):
    key: str  # the abbreviation without its plural "s" ("IDP")
    end: int  # where its bracket closes in the article
    phrase: tuple[str, ...]  # the norms of the words it shortens
    body: bool  # whether it names an organisation


def definitions(article: ArticleText) -> list[Definition]:
    """Every abbreviation the article defines, in order (see the module); read once per
    article."""
    known: list[Definition] | None = article.memo.get(("defined abbreviations",))
    if known is None:
        known = [d for m in _DEFINED.finditer(article.text) if (d := _read(article.text, m))]
        article.memo[("defined abbreviations",)] = known
    return known


def _read(text: str, match: re.Match[str]) -> Definition | None:
    start = max(match.start() - _LOOK_BACK, 0)
    words = tokenize(text[start : match.start()], start)
    first = match.group(1)[0].lower()
    phrase: list[Token] = []
    for index in range(len(words) - 1, -1, -1):
        token = words[index]
        after = words[index + 1].start if index + 1 < len(words) else match.start()
        if token.is_number or len(phrase) >= _WORDS or text[token.end : after].strip(" -"):
            break  # a number, a long run, or a mark ending the clause ("camps, IDPs (...)")
        phrase.insert(0, token)
        if token.norm.startswith(first) and len(phrase) > 1:
            norms = tuple(t.norm for t in phrase)
            return Definition(match.group(1), match.end(), norms, norms[-1] in _BODIES)
    return None


def _key(token: Token) -> str:
    text = token.text.removesuffix("'s").removesuffix("\u2019s")
    return text[:-1] if text.endswith("s") and text[:-1].isupper() else text


def _modifies(tokens: Sequence[Token], index: int) -> bool:
    """An abbreviation before a noun of another thing modifies it ("35 IDP camps", "UXO-laden
    fields", "300 UXO sites"): the number counts that noun. A word for any item ("1,200 UXO
    items") is the abbreviation's own."""
    if index + 1 >= len(tokens):
        return False
    following = tokens[index + 1]
    if following.joined:
        return True
    word = following.norm
    plural = word.isalpha() and word.endswith("s") and len(word) > 3
    plural = plural and not word.endswith("ss") and word not in _VERBS and word not in STOPWORDS
    return plural and not following.capitalised and word not in _ITEMS


def defined_cues(
    article: ArticleText, tokens: Sequence[Token], cues: list[int], words: Sequence[str]
) -> list[int]:
    """``cues`` (a count's cue positions in a sentence) with the positions added of the
    abbreviations defined earlier in the article from a phrase holding one of the count's
    cue ``words``, a body's abbreviation aside (see the module)."""
    found = definitions(article)
    if not found:
        return cues
    added = [
        index for index, token in enumerate(tokens)
        if index not in cues and token.capitalised and not _modifies(tokens, index) and any(
            d.key == _key(token) and d.end <= token.start and not d.body
            and any(cue_word(word, words) for word in d.phrase)
            for d in found
        )
    ]  # fmt: skip
    return sorted([*cues, *added]) if added else cues


__all__ = ["Definition", "defined_cues", "definitions"]
