"""An all-capital abbreviation of free text that the article spells out in lower case (session 64,
ft64: outside checks 145, 146, 148, 151, 152, 159 and 171 flagged "CEO", "CFOs", "CVO", "TRO",
"FTE", "AGM", "TEU" as names the article never states, where the page writes "chief
executive", "chief financial officers", "the UK's chief veterinary officer", "the temporary
restraining order", "4.2 full-time equivalent posts", "the college's annual general meeting",
"twenty-foot equivalent units"). English news copy spells a common noun phrase out in lower case
and a labeller writes its initials; :mod:`.other_writings` reads only runs of capitals.

The letters (three to six; a plural "s" after them dropped: "CFOs") must be the initials of
consecutive lower-case words of one clause of the article, each a content word (no stop word,
no number: "in my family" spells no "IMF"), with nothing but a space or a hyphen between them;
a hyphened word gives the initial of each part or of its first part only ("full-time
equivalent" is FTE, "twenty-foot equivalent unit" TEU). An officer's title "chief <word>"
without "officer" after it is that officer's three letters too ("chief executive" is the CEO,
"chief operating" the COO), as British and Canadian copy drops "officer". A word is the
article's only so: "CFO" on a page that names only a chief executive, "TRO" beside "a
restraining order" (two words), "NBA" beside "national football league" are still flagged.
"""

from __future__ import annotations

from summarizer.text.vocabulary import STOPWORDS
from ..page.article import ArticleText
from ..page.tokens import Token

_LONGEST = 6  # letters of an abbreviation read here


def _abbreviation(word: str) -> str | None:
    """The lower-case letters of an all-capital word of three to six letters, a plural "s"
    after them dropped ("CFOs": "cfo"), or None."""
    if word.endswith("s") and word[:-1].isupper():
        word = word[:-1]
    if not (3 <= len(word) <= _LONGEST and word.isalpha() and word.isupper()):
        return None
    return word.lower()


def _runs(article: ArticleText) -> list[list[Token]]:
    """The article's runs of lower-case content words with only spaces or hyphens between."""
    text = article.text
    runs: list[list[Token]] = []
    current: list[Token] = []
    previous: Token | None = None
    for token in article.tokens_between(0, len(text)):
        word = token.norm.isalpha() and not token.capitalised and token.norm not in STOPWORDS
        gap = text[previous.end : token.start] if previous is not None else ""
        together = previous is not None and gap.strip(" -\u2010\u2011") == "" and "\n" not in gap
        if not (word and together):
            if len(current) >= 2:
                runs.append(current)
            current = []
        if word:
            current.append(token)
        previous = token
    if len(current) >= 2:
        runs.append(current)
    return runs


def _spellings(run: list[Token]) -> set[str]:
    """Every initials string (three to six letters) of consecutive words of ``run``, a hyphened
    word's later parts giving their initial or nothing."""
    found: set[str] = set()
    for start in range(len(run)):
        if run[start].joined:
            continue  # a hyphened word is read from its first part
        spelt = {run[start].norm[0]}
        for token in run[start + 1 :]:
            letter = token.norm[0]
            if token.joined:
                spelt |= {s + letter for s in spelt if len(s) < _LONGEST}
            else:
                spelt = {s + letter for s in spelt if len(s) < _LONGEST}
                if not spelt:
                    break
            found.update(s for s in spelt if len(s) >= 3)
    return found


def _article_initials(article: ArticleText) -> frozenset[str]:
    """The initials the article's lower-case phrases spell, and "c?o" for each "chief <word>"
    (any case) not followed by "officer", once per article."""
    known: frozenset[str] | None = article.memo.get(("lower_initials",))
    if known is None:
        found: set[str] = set()
        for run in _runs(article):
            found |= _spellings(run)
        tokens = article.tokens_between(0, len(article.text))
        for index, token in enumerate(tokens[:-1]):
            following = tokens[index + 1].norm
            if token.norm == "chief" and following.isalpha() and following not in STOPWORDS:
                found.add("c" + following[0] + "o")  # "chief executive": CEO
        known = article.memo[("lower_initials",)] = frozenset(found)
    return known


def spelled_in_lower(word: str, article: ArticleText) -> bool:
    """Whether ``word``, an all-capital abbreviation of free text, is the initials of a lower-case
    phrase the article writes (see the module)."""
    letters = _abbreviation(word)
    return letters is not None and letters in _article_initials(article)


__all__ = ["spelled_in_lower"]
