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
Review rv46d: a rival opening a sentence of the paragraph before counts however far back
("Kestrel Chips also reported. Its sales rose. ..." then "The company plans"), so does one in
capitals or lower case first opening it ("MRC, the claims handler", "easyFly, its rival"; a
product inside a sentence, "most iPhones", is none) and a parent named by the value's words short
of its last ("Corbridge Energy" of Corbridge Energy Retail); a pronoun after a sentence opening
with a thing or another body ("The drug was tested ... It cut") and a description that is an
object ("valued the business at") read no topic.
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
from ..people.standin_checks import opens
from ..people.standin_words import (
    BODY_WORDS,
    BRAND_HEADS,
    CLASSES,
    GENERIC,
    LEGAL_ENDS,
    NOT_NAMES,
    name_fragment,
    name_runs,
)
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
    if standin.norm not in ("it", "its") and not _subject(article, standin):
        return None  # "It had valued the business at £1.1 billion": an object (rv46d)
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
    since = min(here - SUBJECT_REACH, _paragraph_before(article, standin.start))
    for run in name_runs(article.tokens_between(before[-1], standin.start), article):
        run_words = tuple(t.norm for t in run)
        if _own(run_words, words, forms) or name_fragment(run):
            continue  # the value's own words ("Nvidia's", "GM", "Nintendo Co"), "Co" alone
        text = " ".join(t.text for t in run).removesuffix("'s").removesuffix("\u2019s")
        if party_of(text) is not None or gender_of(article, [text]) or _surname(run, article):
            continue  # "China", "Mr Huang", "Cook" after "Tim Cook": no body "it" may mean
        rare = len(article.phrase_spans(run_words)) < len(starts)
        subject = article.sentence_at(run[0].start) >= since and _opens(run, article)
        if run[0].start < near and rare and not subject:
            continue  # "Boeing" once, further back, in a report on Ryanair
        return None
    for index in range(max(there + 1, since), here + 1):
        if _opening_rival(article.sentence_tokens(index), standin, words, forms, article):
            return None  # "Brookmere Snacks agreed to buy ... The company expects"
    if standin.norm in ("it", "its") and _thing_opens(article.sentence_tokens(here - 1), words):
        return None  # "The drug was tested on 2,300 patients. It cut" (rv46d)
    return "yes"


def _subject(article: ArticleText, head: Token) -> bool:
    """Whether a description ("the company", "the Danish group") opens its sentence or a
    clause ("For the full year the group", "said the company", "In a statement, the firm"),
    or an "it" after it opens one ("put a price on the company ... when it took in"), as an
    actor's does; not an object alone ("It had valued the business at £1.1 billion")."""
    tokens = article.sentence_tokens(article.sentence_at(head.start))
    at = next((i for i, t in enumerate(tokens) if t.start == head.start), 0)
    the = next((i for i in range(at, max(at - 4, -1), -1) if tokens[i].norm == "the"), None)
    if not the:
        return True  # opening the sentence, or no "the" read: the near reader's rules
    gap = article.text[tokens[the - 1].end : tokens[the].start]
    if opens(tokens, the, article.text) or "," in gap:
        return True
    later = range(at + 1, len(tokens))  # "a price on the company ... when it took in": it acts
    return any(tokens[i].norm == "it" and opens(tokens, i, article.text) for i in later)


def _camel(token: Token) -> bool:
    """Whether a word is a name written in lower case first ("easyFly", "eBay")."""
    return token.text[:1].islower() and token.text[1:] != token.text[1:].lower()


def _acronym(token: Token) -> bool:
    """Whether a word is a name in capitals ("MRC", "KPN's"), however the page starts it."""
    bare = token.text.removesuffix("'s").removesuffix("\u2019s")
    return len(bare) > 1 and bare.isalpha() and bare.isupper()


def _paragraph_before(article: ArticleText, offset: int) -> int:
    """The first sentence of the paragraph before the one holding ``offset``: a rival opening
    a sentence there is what the page was last about ("Kestrel Chips also reported. Its sales
    rose 30%. Margins widened. Demand was strong." then "The company plans"; rv46d)."""
    index = article.paragraph_at(offset)
    return article.sentence_at(article.paragraphs[max(index - 1, 0)][0])


# Words that end a sentence's opening noun phrase: its verb ("The regulator said").
_VERBS = word_set("said says will would has had is was were are can could may might must should")


def _thing_opens(tokens: list[Token], words: tuple[str, ...]) -> bool:
    """Whether a sentence opens with a thing or another body "it" may mean: "A rival carrier
    reported", "The drug was tested", "The regulator said", "The takeover offer lapsed"; not a
    plural ("The shares rose"), nor a head the value may bear ("The company said", "The bank",
    "The airline" for a brand)."""
    if len(tokens) < 2 or tokens[0].norm not in ("a", "an", "the") or tokens[1].capitalised:
        return False
    if tokens[0].norm != "the":
        return True  # "A rival Danish carrier reported": someone new
    phrase: list[str] = []
    for token in tokens[1:4]:
        if token.capitalised or token.norm in STOPWORDS | _VERBS or not token.norm.isalpha():
            break
        phrase.append(token.norm)
        if token.norm.endswith("s") and not token.norm.endswith("ss"):
            return False  # "The towers carry", "The shares rose": a plural
    if not phrase:
        return False
    head = phrase[-1]
    if head in GENERIC or head in words or (head in CLASSES and CLASSES[head] & set(words)):
        return False  # "The company said", "The bank" of Dunmore Bank
    return head not in BRAND_HEADS - CLASSES["regulator"]  # "The airline" of a brand


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
        if not (token.capitalised or _camel(token)) or (
            run and token.norm in NOT_NAMES - LEGAL_ENDS
        ):
            break
        run.append(token)
    lone = len(run) == 1 and (_camel(run[0]) or _acronym(run[0]))  # "MRC, the handler" (rv46d)
    if (len(run) < 2 and not lone) or _own(tuple(t.norm for t in run), words, forms):
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
            other = other or (form != forms[0] and _shorter(article, start, forms[0]))
            if not other:
                found.append(start)
    return found


def _shorter(article: ArticleText, start: int, words: tuple[str, ...]) -> bool:
    """Whether the capitalised run written at ``start`` is a shorter name of the value's words
    than the value, short of more than a legal ending: "Corbridge Energy", the parent of
    "Corbridge Energy Retail", is no mention of it; "Delacroix Cosmetics" of "... SA" is (rv46d)."""
    run: list[str] = []
    for token in article.tokens_between(start, start + 80):
        gap = article.text[token.start - 1 : token.start] if run else " "
        if not token.capitalised or gap != " " or token.norm not in words:
            break
        run.append(token.norm)
    return len(run) > 1 and bool(set(words) - set(run) - LEGAL_ENDS)


def _initials(words: tuple[str, ...]) -> str:
    """A name's initials, its small words and signs left out ("gpl" of Grantley Power & Light)."""
    return "".join(w[0] for w in words if w not in STOPWORDS and w[0].isalnum())


def _own(run_words: tuple[str, ...], words: tuple[str, ...], forms: list[tuple[str, ...]]) -> bool:
    """Whether a capitalised run is the value's own name: its words and short forms, with or
    without a legal ending ("Nintendo Co", "GPL")."""
    short = {word for form in forms[1:] for word in form}  # "Power & Light (GPL)": its initials too
    named = set(run_words) - LEGAL_ENDS
    if len(named) > 1 and words[0] in named and named < set(words):
        return False  # "Corbridge Energy", the parent of "Corbridge Energy Retail" (rv46d)
    return named <= set(words) | short


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
