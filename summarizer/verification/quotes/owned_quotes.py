"""A quote that names another person's remark or plan, read for
:mod:`summarizer.verification.quotes.speakers` before the readings of the clause around it.

'Biden criticised the "very fine people" remarks made by Trump', 'Scholz welcomed the
"European sovereignty" plan proposed by Macron', 'Merz rejected Trump's "peace through
strength" plan': the quoted words are the label of a remark, a plan or a pledge, and the
page says whose it is: the name after "by" ("made by", "proposed by", "put forward by") or
the possessive right before the opening mark. The subject of the clause only talks about
them (criticises, welcomes, rejects), so the clause readings, which give a quote to the one
who praises or welcomes it, gave the words to the wrong person. Here the owner speaks them;
anyone else the value names is refused, with the owner named in the reason.

Only a noun of speech or proposal right after the closing mark counts (remarks, comments,
plan, proposal, pledge, slogan, ...), or a participle and "by" right after a quote that is
itself the noun ('the "peace formula" proposed by Zelensky'), and only a capitalised owner.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..context import Result
from ..page.article import ArticleText
from ..page.possessives import is_possessive
from ..page.tokens import Token, word_set
from ..people.names import NOT_NAMES, split_people
from ..sentences.clauses import by_subject

# Nouns that name someone's words or proposal.
_REMARKS = word_set(
    """remark remarks comment comments statement statements words phrase slogan claim claims
    pledge pledges promise promises vow plan plans proposal proposals offer doctrine formula
    warning warnings line quip jibe jab label description characterisation characterization
    speech tweet post message motto catchphrase"""
)
# Participles between the noun and "by" ("remarks made by", "plan put forward by").
_MADE = word_set(
    """made proposed put forward offered issued delivered uttered floated unveiled coined
    voiced tabled announced outlined presented posted written tweeted championed pushed"""
)
_ARTICLES = word_set("the a an this that")
# Lower-case roles between an owner's body and the name that holds them.
_ROLES = word_set("spokesman spokeswoman spokesperson minister secretary adviser aide envoy chief")
_NAME_RUN = 5


def _owner_after(lead: Sequence[Token], tail: Sequence[Token], text: str) -> list[Token] | None:
    """The owner named after the quote ('"..." remarks made by Trump', 'the "peace formula"
    proposed by Zelensky'); None when the quote is no remark's label followed by "by" and a
    name."""
    if not tail or text[tail[0].start - 1 : tail[0].start] != " ":
        return None  # '"...", remarks': a comma or dash sets the noun off
    bare = tail[0].norm in _MADE and bool(lead) and lead[-1].norm in _ARTICLES
    if tail[0].norm not in _REMARKS and not bare:
        return None
    at = 0 if bare else 1
    while at < len(tail) and at <= 3 and tail[at].norm in _MADE:
        at += 1
    if at >= len(tail) or tail[at].norm != "by":
        return None
    run: list[Token] = []
    for token in tail[at + 1 :]:
        if len(run) == _NAME_RUN or (run and text[run[-1].end : token.start] != " "):
            break
        if not token.capitalised:
            if run and token.norm in _ROLES:  # "Kremlin spokesman Dmitry Peskov": the name
                run = []
                continue
            break
        run.append(token)
    names = [t for t in run if t.norm not in NOT_NAMES]
    return names or None


def _owner_before(lead: Sequence[Token], tail: Sequence[Token], text: str) -> list[Token] | None:
    """The owner written as a possessive right before the quote ('Trump's "..." remarks') or
    before a remark's noun right before it ("Draghi's pledge "...""); None unless a remark's
    noun follows the quote or leads into it."""
    if len(lead) >= 2 and lead[-1].norm in _REMARKS and _before_gap(lead, text):
        lead = lead[:-1]  # "Draghi's pledge "to do whatever it takes""
    elif not lead or not tail or tail[0].norm not in _REMARKS:
        return None
    last = lead[-1]
    bare = text[last.end : last.end + 1] in ("'", "\u2019")
    if not last.capitalised or not (bare or is_possessive(last, text)):
        return None
    run = [last]
    for token in reversed(lead[:-1]):
        if not token.capitalised or len(run) == _NAME_RUN or text[token.end : run[0].start] != " ":
            break
        run.insert(0, token)
    names = [t for t in run if t.norm not in NOT_NAMES]
    return names or None


def _before_gap(lead: Sequence[Token], text: str) -> bool:
    """Whether the noun before the quote joins its owner by a space alone ("Draghi's pledge")."""
    return text[lead[-2].end : lead[-1].start] in (" ", "' ", "\u2019 ")


def owner_verdict(
    article: ArticleText, spans: Sequence[tuple[int, int]], value: str
) -> Result | None:
    """True when ``value`` is the one whose remark or plan the quote labels, False when the
    page gives it to someone else, None when no quote at ``spans`` labels a remark."""
    text = article.text
    for start, end in spans:
        region = article.quoted_region_at(start) or (start, end)
        sentence_start, sentence_end = article.sentences[article.sentence_at(region[0])]
        lead = article.outside_quotes(sentence_start, region[0])
        tail = article.outside_quotes(region[1] + 1, max(sentence_end, region[1] + 1))
        owner = _owner_after(lead, tail, text) or _owner_before(lead, tail, text)
        if owner is None:
            continue
        name = " ".join(t.text for t in owner).removesuffix("'s").removesuffix("\u2019s")
        if by_subject(split_people(value), owner) == "yes":
            return True, ""
        nouns = [t.text for t in (*tail[:1], *lead[-1:]) if t.norm in _REMARKS]
        noun = nouns[0] if nouns else "words"
        return False, f"the quoted words are {name}'s {noun}, quoted back"
    return None


__all__ = ["owner_verdict"]
