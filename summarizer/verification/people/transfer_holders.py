"""Who a stand-in means after a thing changed hands (session 45, closer gac45): "Halloran
Motors sold its plant to Hanbit Auto. It will build electric vans there", "Ashgrove Bank sold
its card arm to Colton Financial. It will run the cards from Dallas", "Corvane Steel lost the
rail order to Vantor SA. The company will roll the rail in Bilbao".

English ties "it" or "the company" to the sentence before's subject, the giver; but what is
done next WITH the thing handed over (the sentence names it again, or "there" for a site) is
done by the one who holds it now, the receiver named after "to". A reader takes the sentence
so only when it looks ahead ("will", "plans to", "is to"): what the giver did with the thing
before it went ("It had built vans there since 1990") is still the giver's, and a look ahead
that names nothing of the thing ("It will use the money to cut debt") stays the giver's too.
What the giver still does about the thing is the giver's (review rv45e): a part sold ("a 40%
stake in its plant": it keeps running the plant), the thing leased back, run "until the deal
closes", rent collected from it, the lost award challenged or bid for again; a hope or a wish
("It hopes the brewery's staff will keep their jobs") is no deed ahead, nor a present "It is
still paying", and a word of the thing's phrase that is no noun of it ("its mine in Zambia")
does not name it again.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from summarizer.text.vocabulary import STOPWORDS
from ..page.article import ArticleText
from ..page.tokens import Token, tokenize, word_set

# Giving up a thing to another: the receiver holds it after.
_GIVES_UP = word_set(
    """sold sells lost loses handed hands transferred transfers ceded cedes leased leases
    passed passes surrendered surrenders"""
)
# A look ahead right after the stand-in ("It will", "The company plans to", "It is to").
_AHEAD = word_set("will would plans intends aims expects is hopes wants")
# Of those, the ones that look ahead only before "to" ("It plans to", not "It hopes the staff
# will keep their jobs": a wish about another's deed; "It is to", not "It is still paying").
_AHEAD_TO = word_set("plans intends aims expects is hopes wants")
_AHEAD_IS = word_set("to set due going planning")
# A part of the thing handed over: the giver holds the rest ("a 40% stake in its plant").
_PART = word_set("stake stakes share shares interest holding minority majority %")
# What the giver still does about the thing: takes it back, contests the award, collects rent.
_BACK = word_set("lease rent buy win take")
_CONTESTS = word_set("challenge appeal contest dispute sue bid rebid")
_VERB_BEFORE = word_set("will would to also then now and or")  # the contest a verb, not "appeal"
_INCOME = word_set("collect receive earn")
_RENTS = word_set("rent rents royalties fees")
# A described stand-in that is a third party's, not a side of the deal ("The regulator will
# inspect the terminal", "The union will fight to keep the mill open"), unless the side's own
# name ends with it ("Harwick Council ... The council will").
_THIRD = word_set(
    """regulator regulators watchdog union unions council government ministry court tribunal
    agency authority commission board police state city county inspector inspectors"""
)
_UNTIL = word_set("until till pending")
_DEAL = word_set("deal sale takeover transaction handover completion")
_AUXILIARIES = word_set("has have had is was has also already")
_THING_SKIP = word_set("its the a an his her their this that u.s. uk")
_SITE = word_set("there")
_PROCEEDS = word_set("money proceeds cash windfall")
_KEPT = word_set("other own remaining")
_OTHER = word_set("its his her their other another a an new second own")


def holder_reading(
    article: ArticleText, tokens: Sequence[Token], position: int, words: Sequence[str]
) -> Literal["yes", "other"] | None:
    """The reading "yes" when the stand-in at ``position`` (opening its sentence: "It", "The
    company") means the value as the receiver of the thing the sentence before handed over,
    "other" when the value is that sentence's giver; None when the shape is not there (see
    the module)."""
    opener = position == 0 and tokens[0].norm == "it"
    described = position == 1 and tokens[0].norm == "the"
    if not (opener or described) or len(tokens) < position + 3:
        return None
    if not _looks_ahead(tokens, position):
        return None
    here = article.sentence_at(tokens[position].start)
    if here == 0:
        return None
    before = article.sentence_tokens(here - 1)
    handed = _handed(before)
    if handed is None:
        return None
    giver, thing, receiver = handed
    if described and tokens[1].norm in _THIRD and tokens[1].norm not in (*giver, *receiver):
        return None  # "The regulator will inspect the terminal": neither side (rv45e)
    rest = tokens[position + 1 :]
    stems = {_stem(word) for word in thing}
    if _kept(rest, stems) or _still_giver(rest):
        giver, receiver = receiver, giver  # "It will use the money", "its other terminal"
    elif not _thing_again(rest, stems):
        return None  # "It will cut 200 jobs": nothing of the thing, nor of the giver's
    if _names(receiver, words):
        return "yes"
    if _names(giver, words):
        return "other"
    return None


def _kept(tokens: Sequence[Token], stems: set[str]) -> bool:
    """Whether the sentence tells of what the giver keeps: the sale's money ("the proceeds")
    or another thing of the kind handed over, its own ("its other terminal", "its own
    flights")."""
    for index, token in enumerate(tokens):
        ahead = {t.norm for t in tokens[max(index - 2, 0) : index]}
        if token.norm in _PROCEEDS and "the" in ahead:
            return True
        if _same(_stem(token.norm), stems) and "its" in ahead and ahead & _KEPT:
            return True
    return False


def _looks_ahead(tokens: Sequence[Token], position: int) -> bool:
    """Whether the stand-in at ``position`` looks ahead ("It will", "The company plans to", "It
    is to"; not "It hopes the staff will", "It is still paying")."""
    for at in range(position + 1, min(position + 3, len(tokens))):
        norm = tokens[at].norm
        if norm not in _AHEAD:
            continue
        if norm not in _AHEAD_TO:
            return True
        following = tokens[at + 1].norm if at + 1 < len(tokens) else ""
        return following == "to" or (norm == "is" and following in _AHEAD_IS)
    return False


def _still_giver(tokens: Sequence[Token]) -> bool:
    """Whether the sentence tells what the giver still does about the thing (review rv45e):
    leases it back, contests or bids for the award, collects rent from it, or runs it until
    the deal closes."""
    norms = [token.norm for token in tokens]
    for index, norm in enumerate(norms):
        ahead = set(norms[max(index - 4, 0) : index])
        if norm == "back" and {_stem(word) for word in ahead} & _BACK:
            return True  # "lease the warehouse back", "buy the plant back"
        if _stem(norm) in _CONTESTS and index > 0 and norms[index - 1] in _VERB_BEFORE:
            return True  # "challenge the franchise award", "bid for the contract again"
        if norm in _RENTS and {_stem(word) for word in norms[:index]} & _INCOME:
            return True  # "collect about $4m a year in rent from the terminal"
        if norm in _UNTIL and _DEAL & set(norms[index + 1 : index + 4]):
            return True  # "run the site until the deal closes"
    return False


def gives_away(name: str, article: ArticleText, tokens: Sequence[Token], at: int) -> bool:
    """Whether the stand-in at ``at`` ("It", or "The" of "The company") means the one the
    thing went to, ``name`` being its giver (see the module)."""
    position = at + 1 if tokens[at].norm == "the" else at
    words = tuple(token.norm for token in tokenize(name))
    return holder_reading(article, tokens, position, words) == "other"


def _handed(
    tokens: Sequence[Token],
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] | None:
    """The giver, the thing's words and the receiver of "<Giver> sold <thing> to <Receiver>"."""
    verb = next((i for i, t in enumerate(tokens) if t.norm in _GIVES_UP), None)
    if verb is None or verb == 0:
        return None
    last = verb - 1
    while last > 0 and tokens[last].norm in _AUXILIARIES:
        last -= 1  # "Pellam Foods has sold", "Tolland Energy agreed to sell"
    giver = _run(tokens, last, -1)
    to = next((i for i in range(verb + 1, len(tokens)) if tokens[i].norm == "to"), None)
    if not giver or to is None or to == verb + 1 or to + 1 >= len(tokens):
        return None
    thing = tuple(t.norm for t in tokens[verb + 1 : to] if t.norm not in _THING_SKIP)
    if _PART & set(thing) or any(word.endswith("%") for word in thing):
        return None  # "sold a 40% stake in its plant to": the giver keeps the rest (rv45e)
    thing = tuple(word for word in thing if word not in STOPWORDS and not word[:1].isdigit())
    receiver = _run(tokens, to + 1, 1)
    if not thing or not receiver:
        return None
    return giver, thing, receiver


def _thing_again(tokens: Sequence[Token], stems: set[str]) -> bool:
    """Whether the sentence names the thing handed over again: "there", or one of its nouns
    after "the" ("run the cards"), not after another owner or an indefinite ("its other
    plant", "a new plant": another thing of the same kind)."""
    for index, token in enumerate(tokens):
        if token.norm in _SITE:
            return True
        if not _same(_stem(token.norm), stems):
            continue
        ahead = {t.norm for t in tokens[max(index - 3, 0) : index]}
        if "the" in ahead and not ahead & _OTHER:
            return True
    return False


def _run(tokens: Sequence[Token], start: int, step: int) -> tuple[str, ...]:
    """The capitalised words from ``start`` walking by ``step``: a name's run."""
    found: list[str] = []
    index = start
    while 0 <= index < len(tokens) and tokens[index].text[:1].isupper():
        found.append(tokens[index].norm)
        index += step
    return tuple(found if step > 0 else reversed(found))


def _names(run: tuple[str, ...], words: Sequence[str]) -> bool:
    """Whether the name's run is the value: the value's words open the run ("Vantor SA")."""
    size = len(words)
    return size > 0 and run[:size] == tuple(words)


def _same(stem: str, stems: set[str]) -> bool:
    """Whether a word is one of the thing's nouns, or of its root ("meters" of "metering")."""
    return stem in stems or any(
        min(len(stem), len(other)) >= 5 and (stem.startswith(other) or other.startswith(stem))
        for other in stems
    )


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


__all__ = ["gives_away", "holder_reading"]
