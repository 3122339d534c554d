"""A body's stand-in read past the near reach of :mod:`summarizer.verification.sides.standins`
(outside checks 72 to 97, session 46, fac46): a report about one company names it at the top and
then, five or ten sentences on, writes only "the company", "the firm", "the group" or "it"
("The company will book charges of about $5.5 billion", "For the full year it now expects").

A fact-checker ties such a stand-in to the page's topic, not to any body named once on the way:
- the value is the topic: named whole (or by its initials) in the page's first
  :data:`TOP` sentences and at least twice;
- no other name stands in the stand-in's paragraph before it, nor in the sentence before it
  (a person the page marks with a gender, a country, a piece of a name excepted: none is what
  "the company" or "it" means): "Borealis agreed to pay. The company will" is Borealis's;
- every other name between the value's last mention and the stand-in is named on the page
  fewer times than the value ("late Boeing deliveries" once in a report on Ryanair), and none
  opens a sentence of the three before the stand-in ("Fenwick Dairies, a supplier, said").
A value swapped in from elsewhere on the page is no topic, or a nearer name blocks it; the
near reader's verdicts ("other", "unsure") stand, this reads only where it gave none or
"unsure".
Pronouns reach :data:`PRONOUN_REACH` sentences back, a class description :data:`DESCRIPTION_REACH`.
"""

from __future__ import annotations

from typing import Literal

from summarizer.text.vocabulary import STOPWORDS
from ..page.article import ArticleText
from ..page.tokens import Token, word_set
from ..people.party_names import party_of
from ..people.standin_words import BODY_WORDS, LEGAL_ENDS, NOT_NAMES, name_fragment, name_runs
from .genders import gender_of

PRONOUN_REACH = 6  # sentences back an "it" reads the page's topic
DESCRIPTION_REACH = 12  # sentences back "the company" reads the page's topic
Verdict = Literal["yes", "other", "unsure"]
SUBJECT_REACH = 3  # sentences back a rival opening its sentence still takes the stand-in
TOP = 4  # the page's first sentences (headline, dateline, lede) that name its topic
# A name's first word too common to stand for it alone ("General" of General Motors).
_COMMON_LEADS = word_set(
    "general united first new national royal public american british international global "
    "central great southern northern eastern western standard state federal city"
)


def far_body_reading(
    article: ArticleText, standin: Token, words: tuple[str, ...], reach: int
) -> Literal["yes"] | None:
    """ "yes" when the body ``words`` is the page's topic and the path from its last mention
    to ``standin``, no more than ``reach`` sentences back, is clear (see the module)."""
    forms = short_forms(words)
    starts = sorted(set(mentions(article, forms)))  # (a whole name and its first word once)
    before = [start for start in starts if start < standin.start]
    if len(starts) < 2 or not before or article.sentence_at(starts[0]) >= TOP:
        return None
    here, there = article.sentence_at(standin.start), article.sentence_at(before[-1])
    if here - there > reach:
        return None
    paragraph = article.text.rfind("\n", 0, standin.start) + 1
    near = min(paragraph, article.sentences[max(here - 1, 0)][0])
    for run in name_runs(article.tokens_between(before[-1], standin.start), article):
        run_words = tuple(t.norm for t in run)
        if _own(run_words, words, forms) or name_fragment(run):
            continue  # the value's own words ("Nvidia's", "GM", "Nintendo Co"), "Co" alone
        text = " ".join(t.text for t in run).removesuffix("'s").removesuffix("\u2019s")
        if party_of(text) is not None or gender_of(article, [text]) or _surname(run, article):
            continue  # "China", "Mr Huang", "Cook" after "Tim Cook": no body "it" may mean
        rare = len(article.phrase_spans(run_words)) < len(starts)
        subject = here - article.sentence_at(run[0].start) <= SUBJECT_REACH and _opens(run, article)
        if run[0].start < near and rare and not subject:
            continue  # "Boeing" once, further back, in a report on Ryanair
        return None
    for index in range(max(there + 1, here - SUBJECT_REACH), here + 1):
        if _opening_rival(article.sentence_tokens(index), standin, words, forms, article):
            return None  # "Brookmere Snacks agreed to buy ... The company expects"
    return "yes"


def _opening_rival(
    tokens: list[Token], standin: Token, words: tuple[str, ...], forms: list[tuple[str, ...]],
    article: ArticleText,
) -> bool:  # fmt: skip
    """Whether a sentence (before ``standin``) opens with another name of two or more words
    ("Brookmere Snacks agreed", "The Ostrander Line said"), which :func:`name_runs` leaves out
    when the page writes its first word capitalised nowhere else."""
    ahead = [t for t in tokens if t.end <= standin.start]
    ahead = ahead[1:] if ahead and ahead[0].norm == "the" else ahead
    run: list[Token] = []
    for token in ahead:
        if not token.capitalised or (run and token.norm in NOT_NAMES - LEGAL_ENDS):
            break
        run.append(token)
    if len(run) < 2 or _own(tuple(t.norm for t in run), words, forms):
        return False
    text = " ".join(t.text for t in run)
    return (
        party_of(text) is None and not gender_of(article, [text]) and run[0].norm not in NOT_NAMES
    )


def topic_reading(
    near: Verdict | None, article: ArticleText, standin: Token, words: tuple[str, ...], reach: int
) -> Verdict | None:
    """The near reader's verdict ``near`` unless it gave none or only "unsure" (a name on the
    way it could not rule out) and the stand-in reads the page's topic (see the module)."""
    if near in ("yes", "other"):
        return near
    return far_body_reading(article, standin, words, reach) or near


def unsure_for(kind: str, verdict: Verdict | None) -> Verdict | None:
    """A body's stand-in for a name the page marks neither way: at best "unsure" ("It" after
    "Rafael Grossi said" may be the agency he heads; moved from sides.standins)."""
    return "unsure" if kind == "either" and verdict == "yes" else verdict


def short_forms(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The forms a page writes a company by: its whole name, its initials ("GM", "EA", "M&S"),
    its first word when that is no common word ("Novo" of Novo Nordisk, not "General")."""
    forms = [words]
    initials = _initials(words)
    forms += [(initials,), tuple(initials)] if len(initials) > 1 else []  # "GM"; "M&S": m, s
    lead = words[0]
    common = lead in STOPWORDS | BODY_WORDS | _COMMON_LEADS or party_of(lead) is not None
    forms += [(lead,)] if len(words) > 1 and len(lead) > 3 and not common else []
    return forms


def mentions(article: ArticleText, forms: list[tuple[str, ...]]) -> list[int]:
    """Where the page writes one of ``forms`` as a name of its own: not the head of a longer
    name ("Apple" in "Apple Bank", "Novo" in "Novo Holdings"; a legal ending is the value's)."""
    found = []
    for form in forms:
        for start, end in article.phrase_spans(form):
            written = article.text[start:end]
            lettered = len(form) > 1 and all(len(word) == 1 for word in form)
            if lettered and "&" not in written:
                continue  # "M&S", not "M. S." or "Harry S Truman"
            if not written[:1].isupper() or (
                form == (_initials(forms[0]),) and not written.isupper()
            ):
                continue  # "to" is no "TO"; "the paper" no Lindqvist Paper
            after = article.tokens_between(end, end + 24)[:1]
            joined = after and article.text[end : after[0].start] == " " and after[0].capitalised
            other = joined and after[0].norm not in NOT_NAMES | LEGAL_ENDS | set(forms[0])
            if not other:
                found.append(start)
    return found


def _initials(words: tuple[str, ...]) -> str:
    """A name's initials, its small words and signs left out ("gpl" of Grantley Power & Light)."""
    return "".join(w[0] for w in words if w not in STOPWORDS and w[0].isalnum())


def _own(run_words: tuple[str, ...], words: tuple[str, ...], forms: list[tuple[str, ...]]) -> bool:
    """Whether a capitalised run is the value's own name: its words and short forms, with or
    without a legal ending ("Nintendo Co", "GPL")."""
    short = {word for form in forms[1:] for word in form}  # "Power & Light (GPL)": its initials too
    return set(run_words) - LEGAL_ENDS <= set(words) | short


def _opens(run: list[Token], article: ArticleText) -> bool:
    """Whether a capitalised run opens its sentence, an article aside ("Fenwick Dairies, a
    supplier, said", "The Kestrel Group said"): the sentence's subject, a rival near enough
    to be what "the company" means; not "In June the Environment Office", "Reports that X"."""
    begin = article.sentences[article.sentence_at(run[0].start)][0]
    ahead = article.tokens_between(begin, run[0].start)
    return all(token.norm == "the" for token in ahead)


def _surname(run: list[Token], article: ArticleText) -> bool:
    """Whether a one-word run is a surname the page writes after a given name ("Cook" after
    "Tim Cook"): a person, no body."""
    if len(run) != 1:
        return False
    for start, _ in article.phrase_spans((run[0].norm,)):
        given = article.tokens_between(max(0, start - 30), start)[-1:]
        if given and given[0].capitalised and given[0].norm not in NOT_NAMES | BODY_WORDS:
            adjacent = article.text[given[0].end : start] == " "
            if adjacent and party_of(given[0].text) is None and len(given[0].norm) > 1:
                return True
    return False


__all__ = [
    "DESCRIPTION_REACH",
    "PRONOUN_REACH",
    "far_body_reading",
    "mentions",
    "short_forms",
    "topic_reading",
    "unsure_for",
]
