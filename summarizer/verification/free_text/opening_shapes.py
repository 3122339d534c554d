"""A free-text sentence's first word read by its shape (outside checks 54, 55 and 57, session
25): the capital of a sentence's first word is the sentence's, not a name's, so a first word
the article never writes is no unstated name when its form is a common word's:

- *a closed-class pronoun or determiner*: "None dealt with Ukraine", "Nobody was hurt",
  "Each side kept its guns" (these can never be names);
- *an abstract noun by its derivational ending* ("-ence", "-ance", "-ity", "-ism", eight
  letters or more; not "-ness": "Inverness") with a function word after it: "Violence in
  eastern Congo continues", "Instability over the vote". Followed by a capitalised word, or
  by a verb, it may be a name ("Florence Kasumba said", "Lawrence said"): still asked for;
- *a participle used as an adjective* by its ending: a doubled consonant before "-ed"
  ("Planned Kurti-Vucic meeting", "Stalled talks", "Banned party"), or "-ised", "-ized",
  "-osed", "-uced", "-ated" ("Proposed", "Reduced", "Escalated"). A doubled "m" is a name's
  ("Mohammed", "Muhammed"), and the other endings of names in "-ed" ("Ahmed", "Saeed",
  "Zayed", "Khaled", "Alfred") are not read;
- *a head noun with "of", a determiner and a lower-case noun after it*, opening a piece
  that is a phrase (no closing full stop: a subject line) with no saying verb: "Delay of the
  Colombia-ELN ceasefire signing", "Collapse of a coalition deal". "Kirby of the National
  Security Council" (capitals only), "Reyes of the central bank said" (a speaker), "Kushner
  of the envoy's team met officials." (a sentence) and "Bank of England" are still asked
  for.

- *an inflected common word that is never a name* (session 32, checks 60 to 70: "Ceilings
  stay at", "Speeches on the first day", "Existing contracts", "Failed first impeachment
  vote"): a plural or an "-ing" or "-ed" form in a word list that leaves out every word also
  written as a name (:mod:`summarizer.text.ordinary`), with a lower-case word after it that is
  no saying verb.

Deliberately not read (beyond that list): "-ing" words ("Jinping", "Beijing", "Harbin" share
the shape), "-er" words and plurals (surnames: "Sanders", "Peters"; :mod:`word_forms` reads an
agent noun only when the article writes its base), a bare first word with a verb after it ("Delay
hit the talks": as likely "Biden hit"). An unstated name in any other position is flagged
as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.text.ordinary import ordinary_forms
from summarizer.text.vocabulary import STOPWORDS
from ..page.tokens import Token, word_set
from ..sentences.speech import SPEECH_VERBS

# Pronouns and determiners that stand alone as a subject: a closed class.
_PRONOUNS = word_set(
    """none nobody nothing nowhere each both some many everyone everybody everything someone
    somebody something anyone anybody anything"""
)
_ABSTRACT = re.compile(r"[a-z]{4,}(?:ence|ance|ity|ities|ism)")
_PARTICIPLE = re.compile(r"[a-z]{2,}(?:([b-df-hj-lnp-tv-z])\1|is|iz|os|uc|at)ed")
_DETERMINERS = word_set("the a an its their his her this that these those")


def _abstract(norm: str, following: str | None) -> bool:
    """An abstract noun by its ending, with a function word (or nothing) after it."""
    return (
        len(norm) >= 8
        and _ABSTRACT.fullmatch(norm) is not None
        and (following is None or following in STOPWORDS)
    )


def _participle(norm: str) -> bool:
    """A participle by its ending, not a name's "-mmed"."""
    match = _PARTICIPLE.fullmatch(norm)
    return len(norm) >= 6 and match is not None and match.group(1) != "m"


def _head_of(tokens: Sequence[Token], at: int, text: str) -> bool:
    """The piece's first word with "of", a lower-case determiner and, within three words, a
    lower-case common noun after it ("Delay of the Colombia-ELN ceasefire signing"), in a
    piece that is a phrase (no closing full stop) with no saying verb: "Kirby of the
    National Security Council" (a name's run of capitals), "Reyes of the central bank said"
    (a speaker) and "Kushner of the envoy's team met officials." (a sentence) are still
    asked for."""
    if text.rstrip().endswith((".", "!", "?")):
        return False
    if at != 0 or len(tokens) < 4 or tokens[1].norm != "of" or tokens[1].capitalised:
        return False
    if tokens[2].norm not in _DETERMINERS or tokens[2].capitalised:
        return False
    if any(token.norm in SPEECH_VERBS for token in tokens):
        return False
    return any(
        not token.capitalised and not token.is_number and token.norm not in STOPWORDS
        for token in tokens[3:6]
    )


def _ordinary(tokens: Sequence[Token], at: int, text: str) -> bool:
    """An inflected common word that is never a name (:mod:`summarizer.text.ordinary`:
    "Ceilings", "Speeches", "Existing", "Failed"), written with only its first letter
    capital, with a lower-case word after it in the same clause that is no saying verb:
    "Ceilings stay at", "Talks on a second stage", "Failed first impeachment vote". Not read
    before a comma or a saying verb (a person's: "Banks, a trader,", "Hills said"); a bare
    singular ("Tusk", "Theft") is never in the list."""
    word, following = tokens[at].text, tokens[at + 1] if at + 1 < len(tokens) else None
    if following is None or not following.text.isalpha() or following.norm in SPEECH_VERBS:
        return False
    if text[tokens[at].end : following.start].strip() or not word[1:].islower():
        return False
    return tokens[at].norm in ordinary_forms()


def common_opening(tokens: Sequence[Token], at: int, text: str) -> bool:
    """Whether ``tokens[at]``, a sentence's first word in free text ``text`` (tokenised as
    ``tokens``), has a common word's shape (see the module), so its capital is no name's."""
    norm = tokens[at].norm
    if not tokens[at].text.isalpha():
        return False  # "Rwanda-DRC", "1MDB": read as written elsewhere
    following = tokens[at + 1] if at + 1 < len(tokens) else None
    if following is not None and following.capitalised:
        return _participle(norm)  # "Planned Kurti-Vucic meeting"; "Florence Kasumba": a name
    after = following.norm if following is not None else None
    return (
        norm in _PRONOUNS
        or _abstract(norm, after)
        or _participle(norm)
        or _head_of(tokens, at, text)
        or _ordinary(tokens, at, text)  # "Ceilings stay at 17,000" (summarizer.text.ordinary)
    )


__all__ = ["common_opening"]
