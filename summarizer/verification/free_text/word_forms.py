"""A free-text word's other forms (:mod:`summarizer.verification.free_text.mentions`): when a
capitalised word of a summary or key point is the article's own word in another form, not a
name the article never states (outside checks 50, 51 and 53, session 25).

- *A sentence's first word* is a common word when the article writes it in lower case in
  another form: its singular or plural ("Violations" beside "any violation"), its stem
  without "-ed", "-ing" or "-ment" and that stem's forms ("Voting": "voted"; "Enforcement":
  "enforcing"), the base of an agent noun in "-ers" or "-ors" with five letters or more
  before it ("Protesters": "protest"; "Investigators": "investigate"; "Sanders" is too
  short a stem to read). A first word that is an abstract noun by its ending ("-ment", "-tion",
  "-sion", nine letters or more: "Announcement of ...") and followed by a function word (or
  nothing) is a common word too: such words are not the names of people, places or
  countries this check is for (a body's noun aside: "Commission", "Coalition",
  "Parliament"). Followed by a noun it may be a name set before one ("Celebration
  residents", "Ascension officials": a town, an island; review rvD), and is not passed so.
- *A word glued to digits* ("1MDB") is the article's when the article writes it so too.
- *A capitalised word inside a sentence* is the article's word in the other number when the
  article writes that form capitalised as a thing, not in a person's name: "Iskander
  missiles" for the page's "Ten Iskanders", "Directors General" for its "Director General".
  The article's form must stand with no capitalised word right before it (a number word, a
  function word, a possessive or a sentence's opening aside) and none right after it (a postpositive
  title word aside: "General"): "Peters" is no form of the page's "Peter Holm", nor
  "William" of its "Serena Williams". One such hit anywhere in the page makes the form a
  name: "Robert" is no form of the page's "Roberts said" once it has written "Maya Roberts"
  (news copy names a person in full once, by surname after; review rvD). Nor is a form a
  saying verb or an appositive follows ("Daniels, a harbour pilot, said"; "Daniels said"):
  a person's.
"""

from __future__ import annotations

import re
from typing import Protocol

from summarizer.text.vocabulary import NUMBER_WORDS, STOPWORDS
from ..page.article import ArticleText
from ..page.tokens import SINGULAR_POSSESSIVES, has_whole_word, word_set
from ..sentences.speech import SPEECH_VERBS

_ABSTRACT = re.compile(r"[a-z]{5,}(?:ment|tion|sion)s?")
# Abstract-looking nouns that name a body: an unstated one is still flagged.
_BODIES = word_set(
    """commission commissions federation coalition administration opposition parliament
    convention organisation organization association corporation foundation delegation
    confederation constitution congregation"""
)
_POSTPOSITIVE = word_set("general generals martial designate elect emeritus plenipotentiary")
_BEFORE_OK = frozenset(NUMBER_WORDS) | STOPWORDS
_OPENERS = '.!?:;\n"\u201c'
# After a word, a person's appositive or relative clause: "Daniels, a harbour pilot, said".
_APPOSITIVE = re.compile(r",[ \t]+(?:a|an|the|who|whose)\b")


class _Vocabulary(Protocol):
    article: ArticleText


def word_forms(norm: str) -> list[str]:
    """Other forms of a word: its singular or plural ("Violations": "violation"; "Freezes":
    "freeze"; "Casualty": "casualties"), its stem without "-ed"/"-ing"/"-ment" and that
    stem's other forms ("Voting": "vote", "voted"; "Enforcement": "enforcing")."""
    forms = [norm + "s", norm + "es"]
    if norm.endswith("ies"):
        forms.append(norm[:-3] + "y")
    if norm.endswith("y"):
        forms.append(norm[:-1] + "ies")  # "Casualty": "casualties"
    if norm.endswith("es"):
        forms.append(norm[:-2])
    if norm.endswith("s") and not norm.endswith("ss"):
        forms.append(norm[:-1])
    for ending in ("ers", "ors"):  # "Protesters": "protest"; "Investigators": "investigate"
        if norm.endswith(ending) and len(norm) >= len(ending) + 5:
            stem = norm[: -len(ending)]
            forms += [stem, stem + "s", stem + "e", stem + "ed", stem + "ing"]
    for ending in ("ing", "ed", "ments", "ment"):
        if norm.endswith(ending) and len(norm) > len(ending) + 2:
            stem = norm[: -len(ending)]
            forms += [stem, stem + "e", stem + "s", stem + "ed", stem + "ing", stem + "es"]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                forms.append(stem[:-1])  # "shelling": "shell" above; "stopped": "stop"
            if stem.endswith("e"):
                forms += [stem[:-1] + "ing", stem + "d"]  # "enforcement": "enforcing"
    if len(norm) >= 6:
        forms += _derived(norm)
    return forms


def _derived(norm: str) -> list[str]:
    """A noun's verb (check 59 to 70, session 32): "Renewal" for "renewed", "Adoption" and
    "Election" for "adopted" and "elected", a plural's singular read on ("Meetings": "meet";
    "Charges": "charged"). Words of six letters or more only ("Bush" is no form of "bushed")."""
    forms: list[str] = []
    singular = norm[:-1] if norm.endswith("s") and not norm.endswith("ss") else norm
    stems = []
    if singular.endswith(("tion", "sion")):
        stems.append(singular[:-3])  # "adoption": "adopt"; "negotiation": "negotiat"
    elif singular.endswith("al"):
        stems.append(singular[:-2])  # "renewal": "renew"; "arrival": "arriv"
    elif singular.endswith("ing") and singular != norm:
        stems.append(singular[:-3])  # "meetings": "meet"
    elif singular != norm:
        forms += [singular + "d", singular + "ed", singular + "ing"]  # "charges": "charged"
        if singular.endswith("e"):
            forms.append(singular[:-1] + "ing")  # "charging"
    for stem in stems:
        forms += [stem, stem + "e", stem + "s", stem + "es", stem + "ed", stem + "ing"]
        forms += [stem + "ed", stem + "d"] if stem.endswith("e") else [stem + "ed"]
    return forms


def common_word(norm: str, vocabulary: _Vocabulary, following: str | None = None) -> bool:
    """Whether a capitalised word that opens a sentence of free text is a common word (see
    the module). The other form must be written in lower case, so "Peters said" is still a
    name beside "Peter Holm". ``following``: the next word's norm (None: none)."""
    abstract = len(norm) >= 9 and _ABSTRACT.fullmatch(norm) and norm not in _BODIES
    if abstract and (following is None or following in STOPWORDS):
        return True  # "Announcement of the visit": an abstract noun, no name
    text = vocabulary.article.text
    return any(has_whole_word(text, form) for form in word_forms(norm))


def _numbers(word: str) -> list[str]:
    """A capitalised word's singular or plural, capitalised."""
    forms = [word + "s", word + "es"]
    if word.endswith("s") and not word.endswith("ss"):
        forms.append(word[:-1])
    if word.endswith("es"):
        forms.append(word[:-2])
    return forms


def other_number(word: str, vocabulary: _Vocabulary, inside: bool = False) -> bool:
    """Whether the capitalised ``word`` (as written) is the article's capitalised word in
    the other number, written as a thing, not in a person's name (see the module).
    ``inside``: only a form inside a sentence counts, whose capital is its own (for a free
    text's first word: "Liberal" for "Carney's Liberals", not "Celebration" for a sentence
    opening "Celebrations planned ...")."""
    text = vocabulary.article.text
    if len(word) < 4 or not word.isalpha():
        return False  # "Mars" is no plural of "Mar 5"
    found = False
    for form in _numbers(word):
        for hit in re.finditer(rf"\b{re.escape(form)}\b", text):
            window = text[max(hit.start() - 40, 0) : hit.start()]
            before = re.search(r"([\w'\u2019]+)(\W*)$", window)
            opening = before is None or any(mark in before.group(2) for mark in _OPENERS)
            if inside and opening:
                continue
            after = re.match(r"\s+([\w'\u2019]+)", text[hit.end() : hit.end() + 40])
            if before is not None and not opening and before.group(1)[0].isupper():
                prior = before.group(1).lower()
                if prior not in _BEFORE_OK and not prior.endswith(SINGULAR_POSSESSIVES):
                    return False  # "Serena Williams": the form is a name's, here and after
            following = after.group(1) if after is not None else ""
            if following[:1].isupper() and following.lower() not in _POSTPOSITIVE:
                return False  # "Peter Holm"
            if following.lower() in SPEECH_VERBS or _APPOSITIVE.match(text, hit.end()):
                return False  # "Daniels said"; "Daniels, a harbour pilot,": a person
            found = True
    return found


def glued_word(text: str, start: int, end: int, vocabulary: _Vocabulary) -> bool:
    """Whether the word at ``text[start:end]`` is written glued to digits before it ("1MDB")
    and the article writes the same glued word: the name is the article's, whole."""
    first = start
    while first > 0 and text[first - 1].isdigit():
        first -= 1
    if first == start:
        return False
    return has_whole_word(vocabulary.article.text, text[first:end])


__all__ = ["common_word", "glued_word", "other_number", "word_forms"]
