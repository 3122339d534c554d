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

Review rv64f: an abbreviation the text has act as a body ("The FBI inspected", "The NHS
unveiled": :func:`acting`) is the page's only from a phrase ending in a body's noun or an
officer's title, since three letters match some run of a long page's words by chance ("fresh
building inspections").
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import STOPWORDS
from ..page.article import ArticleText
from ..page.tokens import Token, word_set
from ..sentences.speech import SPEECH_VERBS
from .common_heads import BODY_NOUNS

_LONGEST = 6  # letters of an abbreviation read here
# Past forms without "-ed" that a body acting in a sentence takes ("The DPR hurt sales").
_IRREGULAR_PASTS = word_set(
    """found made took gave won set cut put sent held told led paid sold bought met ran kept
    left lost brought began spent struck sought wrote hurt chose drew rose fell"""
)


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


def _spellings(run: list[Token], bodies: set[str] | None = None) -> set[str]:
    """Every initials string (three to six letters) of consecutive words of ``run``, a hyphened
    word's later parts giving their initial or nothing; those whose last word is a body's noun
    ("non-governmental organisation") added to ``bodies`` too."""
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
            if bodies is not None and token.norm in BODY_NOUNS:
                bodies.update(s for s in spelt if len(s) >= 3)
    return found


def _article_initials(article: ArticleText) -> tuple[frozenset[str], frozenset[str]]:
    """The initials the article's lower-case phrases spell, and "c?o" for each "chief <word>"
    (any case) not followed by "officer"; and those of them a body or an officer has (the
    phrase ends in a body's noun, or is an officer's), once per article."""
    known: tuple[frozenset[str], frozenset[str]] | None = article.memo.get(("lower_initials",))
    if known is None:
        found: set[str] = set()
        bodies: set[str] = set()
        for run in _runs(article):
            found |= _spellings(run, bodies)
        tokens = article.tokens_between(0, len(article.text))
        for index, token in enumerate(tokens[:-1]):
            following = tokens[index + 1].norm
            if token.norm == "chief" and following.isalpha() and following not in STOPWORDS:
                found.add("c" + following[0] + "o")  # "chief executive": CEO
                bodies.add("c" + following[0] + "o")
        known = (frozenset(found), frozenset(bodies))
        article.memo[("lower_initials",)] = known
    return known


def acting(tokens: Sequence[Token], at: int, text: str) -> bool:
    """Whether ``tokens[at]`` of free text stands as a body acting: "the" before it and a verb
    after it, a past form or a saying verb ("The FBI inspected", "The NHS says")."""
    if at == 0 or at + 1 >= len(tokens) or tokens[at - 1].norm != "the":
        return False
    after = tokens[at + 1]
    if text[tokens[at].end : after.start] != " " or after.capitalised or not after.norm.isalpha():
        return False
    norm = after.norm
    return norm.endswith("ed") or norm in SPEECH_VERBS or norm in _IRREGULAR_PASTS


def spelled_in_lower(word: str, article: ArticleText, acts: bool = False) -> bool:
    """Whether ``word``, an all-capital abbreviation of free text, is the initials of a lower-case
    phrase the article writes (see the module). ``acts``: the text has it act as a body
    (:func:`acting`), and only a phrase ending in a body's noun or an officer's title is one
    (review rv64f: "The FBI inspected" beside "fresh building inspections", "The NHS unveiled"
    beside "a new housing scheme" are a body the page never names)."""
    letters = _abbreviation(word)
    if letters is None:
        return False
    found, bodies = _article_initials(article)
    return letters in (bodies if acts else found)


__all__ = ["spelled_in_lower"]
