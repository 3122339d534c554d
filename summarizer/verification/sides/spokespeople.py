"""Who the article calls a spokesperson, for :mod:`summarizer.verification.sides.parties`: one who
speaks for a party is no party to a meeting and no side of a truce ("White House spokesman
Scott McClellan said", "Peskov, the Kremlin spokesman,", "Colonel Ahmed al-Mismari, the army
spokesman, said the truce was holding": he reports the truce, his army keeps it).

Read from the title before the name ("press secretary Sarah Sanders", "army spokesman Colonel
X", a particle or a hyphen-joined part inside the name: "al-Mismari") or an apposition after it
ending in the title ("Peskov, the Kremlin spokesman,", "X, the military spokesman,").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.tokens import Token, tokenize_uncached, word_set
from ..people.names import PARTICLES

_SPOKES = word_set("spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen")
_SECRETARY = "secretary"
# Lower-case words an apposition may hold before the title ("the army spokesman", "the chief
# military spokesman"): whose spokesperson, never a verb ("Putin, said the spokesman").
_APPOSITION = word_set(
    """the a an press chief deputy army military government foreign ministry police
    presidential defence defense interior rebel rebels militia group movement party office
    senior main official"""
)


def spokesperson(article: ArticleText, surname: str) -> bool:
    """Whether the article calls this surname a spokesperson or a press secretary, before it
    ("White House spokesman Scott McClellan", "press secretary Sarah Sanders") or in an
    apposition after it ("Peskov, the Kremlin spokesman,")."""
    return surname in _spokespeople(article)


def _spokespeople(article: ArticleText) -> frozenset[str]:
    """The surnames the article gives a spokesperson's title, read once per article from its
    few title words (not per name: every summit party asks)."""
    key = ("spokespeople",)
    known: frozenset[str] | None = article.memo.get(key)
    if known is not None:
        return known
    found: set[str] = set()
    text = article.text
    if "pokes" not in text and "ecretary" not in text and "peaking for" not in text:
        article.memo[key] = frozenset()
        return frozenset()  # most articles name no spokesperson: no word lookups
    for word in (*_SPOKES, _SECRETARY):
        for start, end in article.phrase_spans((word,)):
            if word == _SECRETARY and text[max(start - 6, 0) : start].lower() != "press ":
                continue
            after = tokenize_uncached(text[end : end + 60], end)
            surname = _name_after(after, text, end)
            if surname is not None:
                found.add(surname)
            if text[end : end + 1] not in (",", ".", ";"):
                continue  # "Trump met Putin, the White House spokesman said": no apposition
            before = article.window_tokens(start, end, before=50)
            surname = _name_before(before[:-1], text)
            if surname is not None:
                found.add(surname)
    for start, _ in article.phrase_spans(("speaking", "for")):
        before = article.window_tokens(start, start, before=40)
        if before and before[-1].capitalised and text[before[-1].end : start].strip() == ",":
            found.add(before[-1].norm)  # "said Major Diane Okafor, speaking for the mission"
    known = article.memo[key] = frozenset(found)
    return known


def _name_after(tokens: Sequence[Token], text: str, end: int) -> str | None:
    """The surname of the name right after a title ("spokesman Dmitry Peskov", "spokesman, Dmitry
    Peskov", "spokesperson for Starmer, Tom Baldwin"): the last of its capitalised words."""
    surname = None
    position = end
    if tokens and tokens[0].norm == "for":  # "a spokesperson for Starmer, Tom Baldwin"
        whose = 1
        while whose < min(len(tokens), 6) and (
            tokens[whose].capitalised or tokens[whose].norm in _APPOSITION
        ):  # "for Starmer,", "for the Ethiopian government,"
            whose += 1
            if text[tokens[whose - 1].end : tokens[whose - 1].end + 1] == ",":
                break
        if whose == 1 or text[tokens[whose - 1].end : tokens[whose - 1].end + 1] != ",":
            return None
        position, tokens = tokens[whose - 1].end + 1, tokens[whose:]
    for token in tokens[:5]:
        gap = text[position : token.start].strip()
        if gap not in ("", "-") and not (gap == "," and surname is None):
            break
        if token.norm in PARTICLES and not token.capitalised:
            position = token.end  # "Ahmed al-Mismari": the particle, then the surname
            continue
        if not token.capitalised:
            break
        surname, position = token.norm, token.end
    return surname


def _name_before(tokens: Sequence[Token], text: str) -> str | None:
    """The name an apposition ending in the title follows ("Peskov, the Kremlin spokesman"):
    back over the apposition's capitalised words and articles to its comma."""
    for index in range(len(tokens) - 1, max(len(tokens) - 7, 0) - 1, -1):
        token = tokens[index]
        gap = text[token.end : tokens[index + 1].start].strip() if index + 1 < len(tokens) else ""
        if gap == "," and index < len(tokens) - 1:
            return token.norm if token.capitalised else None
        if gap:
            return None
        if not (token.capitalised or token.norm in _APPOSITION):
            return None
    return None


__all__ = ["spokesperson"]
