"""Whom a bare title points back to when no one was named with it capitalised ("the
spokeswoman added", "said the envoy"), read for
:func:`summarizer.verification.quotes.attribution.by_title`.

News gives a title once with its holder, in lower case or as an aside ("UN envoy Ana Ruiz",
"the envoy, Pavel Ionescu", "Lina Haas, a spokeswoman for the ministry,"), or to someone it
never names ("A parliament spokesman said ..."), and then speaks of that person by the title
alone. :func:`by_title` looked only for the capitalised form ("Envoy Ruiz"), found none and
let the nearest earlier attribution decide, so a rival quoted in between took the quote (an
outside check found "said the envoy" given to the minister quoted last). Here the title reads
back to the one the page last gave it (outside quotation marks, before the quote):

- a name right after it, after a comma after it ("the envoy, Pavel Ionescu"), or before it
  with an aside ("Lina Haas, a spokeswoman for the ministry,");
- an unnamed holder introduced with "a" or "an" ("a parliament spokesman"): the speaker is
  then that description, in its words or fewer ("parliament spokesman", "the spokesman"), and
  no named person;
- "the spokeswoman" with no name after it points back itself and introduces no one.

A gendered title reads only its own gender and the neutral one ("the spokeswoman" is no
spokesman's). Two holders of the title in the quote's paragraph and the three before leave
two readings: "unsure" (unconfirmed) for either, "other" for anyone else. A title with words
before it ("the ministry spokeswoman") takes only holders whose words hold them. No holder:
"none", and the nearest earlier attribution decides, as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.possessives import is_possessive
from ..page.tokens import POSSESSIVE_ENDINGS, Token, tokenize, word_set
from ..people.names import NOT_NAMES, TITLES, find_description, is_proper
from ..sentences.clauses import Verdict, by_subject
from ..sentences.unnamed_titles import unnamed_verdict
from .office_shapes import BECOMES, PERFECT

_NEAR_PARAGRAPHS = 3
_ASIDE_WORDS = 6
_INDEFINITE = word_set("a an another one")
_POINTING = word_set("the this that his her its their our")
_SPOKES = {
    "spokesman": word_set("spokesman spokesperson"),
    "spokeswoman": word_set("spokeswoman spokesperson"),
    "spokesperson": word_set("spokesman spokeswoman spokesperson"),
}
_NOT_NAMED = NOT_NAMES | word_set("the a an he she it they on in at for of and but")
_AFTER_TITLE = word_set("for of at to with from in")
_DEFINITE = word_set("the a")
_JOINS = (" ", "-", "\u2010", "\u2011")

Holder = tuple[str, list[Token]]  # ("name" | "unnamed", its words)


def _title_words(title: str) -> frozenset[str]:
    return _SPOKES.get(title, frozenset({title}))


def _name_run(tokens: Sequence[Token], start: int, text: str) -> list[Token]:
    """The capitalised run starting at ``tokens[start]`` (spaces between), titles first
    dropped; empty when it is no person's name."""
    run: list[Token] = []
    for token in tokens[start : start + 5]:
        if not token.capitalised or token.norm in _NOT_NAMED:
            break
        if run and text[run[-1].end : token.start] != " ":
            break
        run.append(token)
    while run and run[0].norm in TITLES:
        run.pop(0)
    if run and is_possessive(run[-1], text):
        return []  # "envoy Ana Ruiz's office"
    return run


def _holder(tokens: Sequence[Token], at: int, text: str) -> Holder | None:
    """The holder the title at ``tokens[at]`` gives: a name after it or in an aside before it,
    an unnamed "a ... spokesman"; None for a title that points back ("the spokesman")."""
    following = at + 1 + len(_qualifying(tokens, at, text))  # "ambassador to Kenya, Roy"
    if following < len(tokens):
        gap = text[tokens[following - 1].end : tokens[following].start]
        if gap in (" ", ", ") and (following == at + 1 or gap == ", "):
            run = _name_run(tokens, following, text)
            if run:
                return "name", run
    further = following == at + 1 < len(tokens) and tokens[at + 1].norm in TITLES
    if further and text[tokens[at].end : tokens[at + 1].start] == " ":
        return None  # "in Hanoi, Prime Minister X": the title's last word gives the holder
    front = at
    while front > 0 and at - front < _ASIDE_WORDS:
        previous = tokens[front - 1]
        gap = text[previous.end : tokens[front].start]
        if "," in gap:  # "Lina Haas, ministry spokeswoman,"
            return _aside_name(tokens, front - 1, text)
        if gap.strip():
            return None
        if previous.norm in _INDEFINITE or previous.norm in _POINTING:
            aside = _aside_name(tokens, front - 2, text) if front > 1 else None
            if aside is not None and "," in text[tokens[front - 2].end : previous.start]:
                return aside  # "Lina Haas, a spokeswoman for the ministry,"
            owned = is_possessive(tokens[at], text)  # "the PM's aide"
            if (
                previous.norm in _DEFINITE
                and not owned
                and (named := _copular(tokens, front - 1, text))
            ):
                return "name", [*tokens[front - 1 : at + 1], *named]  # "X has become the PM"
            if previous.norm in _POINTING:
                return None  # "the spokesman", "its envoy": a title pointing back
            return "unnamed", [*tokens[front - 1 : at + 1], *_qualifying(tokens, at, text)]
        front -= 1
    return None


def _copular(tokens: Sequence[Token], article_at: int, text: str) -> list[Token]:
    """The name a title is given as a predicate ("Anthony Albanese has become the first
    Australian prime minister", "Ishiba is the prime minister"): the name right before a
    present or coming-to-be copula ("is", "has become", "remains"); never "was", which may be
    a former office, nor a name further off. Empty when there is none."""
    verb = article_at - 1
    if verb < 1 or tokens[verb].norm not in BECOMES:
        return []
    last = verb - 1 if tokens[verb - 1].norm not in PERFECT else verb - 2
    if last < 0 or any("," in text[t.end : t.end + 1] for t in tokens[last:article_at]):
        return []
    holder = _aside_name(tokens, last, text)
    return holder[1] if holder is not None else []


def _aside_name(tokens: Sequence[Token], last: int, text: str) -> Holder | None:
    """The name ending at ``tokens[last]`` that an aside with the title follows."""
    if last < 0 or not tokens[last].capitalised:
        return None
    first = last
    while first > 0 and last - first < 4 and tokens[first - 1].capitalised:
        if text[tokens[first - 1].end : tokens[first].start] != " ":
            break
        first -= 1
    run = _name_run(tokens, first, text)
    return ("name", run) if run and run[-1] is tokens[last] else None


def _qualifying(tokens: Sequence[Token], at: int, text: str) -> list[Token]:
    """Words after a title that say whose it is ("for the ministry", "to Kenya"), up to a
    clause mark."""
    if at + 2 >= len(tokens) or tokens[at + 1].norm not in _AFTER_TITLE:
        return []
    words: list[Token] = []
    for token in tokens[at + 1 : at + 6]:
        if words and text[words[-1].end : token.start] not in _JOINS:  # "secretary-general"
            break
        words.append(token)
    return words


def _holders(article: ArticleText, titles: frozenset[str], before: int) -> list[Holder]:
    """Every holder the page gives the title before ``before`` outside quotation marks, in
    order (once per title and quote: each speaker asked about reads the same page)."""
    key = ("title-holders", titles, before)
    known: list[Holder] | None = article.memo.get(key)
    if known is not None:
        return known
    found: list[Holder] = []
    article.memo[key] = found
    text = article.text
    for start, end in article.sentences:
        if start >= before:
            break
        tokens = article.outside_quotes(start, min(end, before))
        for index, token in enumerate(tokens):
            if token.norm in titles:
                holder = _holder(tokens, index, text)
                if holder is not None:
                    found.append(holder)
    return found


def _qualified(holder: Holder, qualifiers: Sequence[str]) -> bool:
    norms = {token.norm for token in holder[1]}
    return all(q in norms for q in qualifiers)


def _is(parts: Sequence[str], holder: Holder) -> Verdict:
    kind, words = holder
    if kind == "name":
        return by_subject(list(parts), words)
    if len(parts) != 1 or is_proper(parts[0]):
        return "other"  # the page never names its unnamed spokesman
    if unnamed_verdict(parts, words) == "other":  # "UN secretary-general" for its spokesperson
        return "other"
    if find_description(parts[0], words):
        return "yes"
    # "ministry spokesman" for "a spokesman for the ministry": the same words, reordered
    wanted = {t.norm for t in tokenize(parts[0])} - _INDEFINITE - _POINTING
    held = {t.norm for t in words}
    title = words[-1].norm if kind == "unnamed" and words[-1].norm in TITLES else ""
    held |= _title_words(title) if title else set()
    return "yes" if wanted and wanted <= held else "other"


def _key(holder: Holder) -> tuple[str, ...]:
    """One key per person: a named holder's surname, an unnamed one's words."""
    return (holder[1][-1].norm,) if holder[0] == "name" else tuple(t.norm for t in holder[1])


def holder_verdict(
    article: ArticleText, qualifiers: Sequence[str], title: str, before: int, parts: Sequence[str]
) -> Verdict:
    """Verdict of a bare title ("the envoy", with ``qualifiers``: "the ministry spokeswoman")
    by the holder the page last gave it; "unsure" when two hold it near the quote; "none" when
    the page gives it no holder."""
    titles = _title_words(title)
    holders = [h for h in _holders(article, titles, before) if _qualified(h, qualifiers)]
    if not holders:
        return "none"
    paragraph = article.paragraph_at(before)
    own = {_key(h) for h in holders if article.paragraph_at(h[1][0].start) == paragraph}
    if len(own) == 1:  # the title given in the quote's own paragraph: that holder, however
        return _is(parts, holders[-1])  # many held it earlier (red-team: "the spokesman")
    first_near = paragraph - _NEAR_PARAGRAPHS
    near = [h for h in holders if article.paragraph_at(h[1][0].start) >= first_near] or holders[-1:]
    distinct = {_key(holder): holder for holder in near}
    if len(distinct) == 1:
        return _is(parts, near[-1])
    verdicts = {_is(parts, holder) for holder in distinct.values()}
    return "unsure" if "yes" in verdicts else "other"


def shared_title(article: ArticleText, title: str, before: int, parts: Sequence[str]) -> Verdict:
    """Verdict of a bare title two named people hold near the quote ("Ambassador Li Wei and
    the US ambassador, Karen Doyle, met. "...," the ambassador said"): "unsure" for either,
    "other" for anyone else; "none" when one person holds it there, in however many forms
    ("Ambassador Li Wei", later "Ambassador Li"), and the capitalised reading decides."""
    paragraph = article.paragraph_at(before)
    runs = [
        words
        for kind, words in _holders(article, _title_words(title), before)
        if kind == "name"
        and article.paragraph_at(words[0].start) >= paragraph - _NEAR_PARAGRAPHS
        and not _country_titled(article.text, words[0].start)
    ]
    people: list[set[str]] = []
    for run in runs:
        key = {t.norm for t in run if t.norm not in TITLES}
        if key and not any(key <= known or known <= key for known in people):
            people.append(key)
    if len(people) < 2:
        return "none"
    verdicts = {by_subject(list(parts), run) for run in runs}
    return "unsure" if "yes" in verdicts else "other"


def _country_titled(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows a capitalised title with a qualifier before it
    ("Russian President Oleg Markov", "U.S. President X"): the bare title ("the President")
    is not that person's, as :func:`summarizer.verification.quotes.attribution.by_title` reads it;
    an aside in lower case ("the US ambassador, Karen Doyle") holds the bare title too."""
    words = text[max(start - 40, 0) : start].split()
    if len(words) < 2 or not words[-1][:1].isupper() or words[-1].lower() not in TITLES:
        return False
    return words[-2][:1].isupper() or words[-2].lower().endswith(POSSESSIVE_ENDINGS)


__all__ = ["holder_verdict", "shared_title"]
