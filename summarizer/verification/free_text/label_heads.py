"""A free-text piece's first word that is a common word by its grammar (outside checks 64 to 82,
session 37: "Death of designer Giorgio Armani", "Between 1992 and 2003 the three ...",
"Wind-down of the Corporation for Public Broadcasting" flagged as names the article never
states), for :func:`summarizer.verification.free_text.mentions.unstated`. The capital of a
sentence's or a label's first word is the piece's, not a name's, when English grammar leaves
the word no room to be a name:

- *a preposition* opening the piece with a number, a determiner or a lower-case word after it
  ("Between 1992 and 2003", "Across the border", "Throughout the war", "Beyond that",
  "Despite"): a closed class that names nobody. "Down" (County Down) and "Near" ("Near East")
  are not in it;
- *a noun made of a verb and its particle*, joined by a hyphen to a lower-case particle
  ("Wind-down of the ...", "Build-up of troops", "Shake-up at the ministry", "Sell-off in
  bonds", "Pull-out of ..."): a phrasal verb's noun, which no surname forms ("Ben-Gvir",
  "Saint-Denis", "Al-Sudani" join capitals or a lower-case prefix *before* the capital);
- *a head noun with "of" (or "in" and a common noun: "Rise in transactions" beside "rose",
  session 58) after it in a label* (a piece with no closing full stop: a subject
  line, an event's description) whose verb or other form the article writes in lower case:
  "Death of primatologist Jane Goodall" beside "has died", "Fall of Michel Barnier's
  government" beside "cabinet fell", "Theft of crown jewels" beside "the thieves", "Growth of
  the armed forces" beside "grew", "Return of the astronauts" beside "returned". The forms
  are English morphology, regular ("return": "returned", "returning"; "stop": "stopped") and
  the irregular deverbal nouns news copy uses ("death": "died", "dead"; "growth": "grew";
  "theft": "thief", "stole"; "sale": "sold"; "loss": "lost"). The article's lower-case form
  is the evidence: a made-up name opening a label ("Brown of the Treasury", "Tusk of Poland at
  the summit") has no such form on a page that never names it, and a sentence ("Trump met",
  "Price said") or a possessive ("Macron's plan") is never read here. A body, party or
  country named alone after "of" ("Hunt of the Treasury", "Grant of Labour") is a person's
  affiliation, the shape of a name whatever the page does with the word ("hunting",
  "granted"): not read either (review rvfreetext37; "Fall of Kabul" is refused with it, as
  before session 37; a person's full name after "of", "Death of Ozzy Osbourne", is read).

Left out: a bare singular the article writes in no form ("Cost of meeting NATO's goal",
"Profit rose 65%", "Joint fleet of frigates", "Job cuts at the agency"): telling it from a
surname that is also a word ("Tusk", "Gallant", "Waltz", "Truss" are not capitalised even in
SCOWL's largest list) needs a lexicon of current names, which the project does not ship.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.tokens import APOSTROPHE_ENDINGS, Token, has_whole_word, word_set
from ..sentences.speech import SPEECH_VERBS

# Prepositions that may open a sentence or a label and are never a name (a closed class).
_PREPOSITIONS = word_set(
    """between across against along alongside amid amidst among amongst atop behind below
    beneath beside besides beyond despite during inside outside throughout through toward
    towards upon via versus unlike regarding concerning excluding except underneath"""
)
_DETERMINERS = word_set("the a an its their his her this that these those some all both each")
# The particles of a phrasal verb's noun ("wind-down", "build-up", "sell-off").
_PARTICLES = word_set("down up off out over back away")  # not "in": "Moon Jae-in"
# Irregular forms of deverbal nouns as news copy writes their verbs (English morphology).
_IRREGULAR = {
    "death": "die died dies dying dead",
    "deaths": "die died dies dying dead",
    "growth": "grow grew grown grows growing",
    "theft": "thief thieves steal stole stolen stealing",
    "thefts": "thief thieves steal stole stolen stealing",
    "fall": "fell fallen falling falls",
    "rise": "rose risen rising rises",
    "loss": "lose lost losing loses",
    "losses": "lose lost losing loses",
    "sale": "sell sold selling sells",
    "sales": "sell sold selling sells",
    "birth": "born bore",
    "flight": "fled flee flew flown fleeing",
    "choice": "choose chose chosen choosing",
    "proof": "prove proved proven",
    "speech": "speak spoke spoken speaking",
    "seizure": "seize seized seizing",
    "departure": "depart departed departing",
    "failure": "fail failed failing fails",
    "closure": "close closed closing",
    "defence": "defend defended defending",
    "defense": "defend defended defending",
    "response": "respond responded responding",
    "pursuit": "pursue pursued pursuing",
    "strength": "strong stronger strengthen strengthened",
    "sight": "see saw seen",
    "gift": "give gave given",
}  # fmt: skip


def _preposition(tokens: Sequence[Token], at: int) -> bool:
    """A preposition with a number, a determiner or a lower-case word after it."""
    following = tokens[at + 1] if at + 1 < len(tokens) else None
    if tokens[at].norm not in _PREPOSITIONS or following is None:
        return False
    return following.is_number or following.norm in _DETERMINERS or not following.capitalised


def _phrasal_noun(tokens: Sequence[Token], at: int) -> bool:
    """The word joined by a hyphen to a lower-case particle ("Wind-down", "Build-up")."""
    following = tokens[at + 1] if at + 1 < len(tokens) else None
    return (
        following is not None
        and following.joined
        and not following.capitalised
        and following.norm in _PARTICLES
    )


def _forms(norm: str) -> list[str]:
    """The word's regular verb forms ("return": "returned", "returning", "returns";
    "stop": "stopped") and its irregular ones (``_IRREGULAR``)."""
    stems = [norm]
    if norm.endswith("e"):
        stems.append(norm[:-1])
    forms = [norm + "s", norm + "ed", norm + "ing"]
    if norm.endswith("e"):
        forms += [norm + "d", norm[:-1] + "ing"]
    if len(norm) >= 3 and norm[-1] not in "aeiouwxy" and norm[-2] in "aeiou":
        forms += [norm + norm[-1] + "ed", norm + norm[-1] + "ing"]  # "stopped"
    return forms + _IRREGULAR.get(norm, "").split()


def _head_of_label(tokens: Sequence[Token], at: int, text: str, article: ArticleText) -> bool:
    """A label's first word with "of" after it, whose other form the article writes in lower
    case ("Death of ..." beside "died"). Not read in a sentence (a closing full stop), before
    a saying verb anywhere in the piece, or in any other place than the first word."""
    if at != 0 or text.rstrip().endswith((".", "!", "?")):
        return False
    if len(tokens) < 3 or tokens[1].text not in ("of", "in") or not tokens[0].text.isalpha():
        return False
    if any(token.norm in SPEECH_VERBS for token in tokens):
        return False
    if tokens[1].text == "in" and not _common_object(tokens):
        return False  # "Rise in transactions"; not "Hunt in Leeds", "Fall in the Senate"
    if _affiliation(tokens):
        return False
    return any(has_whole_word(article.text, form) for form in _forms(tokens[0].norm))


def _common_object(tokens: Sequence[Token]) -> bool:
    """Whether "in" has a common noun after it: a lower-case word, or a determiner with a
    lower-case word or a number after it ("Rise in transactions", "Fall in the 15-year rate";
    session 58), not a place or a body ("in Leeds", "in the Senate")."""
    first = tokens[2]
    if first.capitalised or first.is_number:
        return False
    if first.norm not in _DETERMINERS:
        return first.text.isalpha()
    second = tokens[3] if len(tokens) > 3 else None
    return second is not None and not second.capitalised


def _affiliation(tokens: Sequence[Token]) -> bool:
    """Whether "of" is followed by a body, party or country named alone: one capitalised
    word ("Tusk of Poland", "Grant of Labour") or "the" and a capitalised name ("Hunt of the
    Treasury"). That is a person's name with what they belong to, not a deverbal noun with
    its object, whatever the article does with the word ("hunting", "granted"; review
    rvfreetext37). A person's full name ("Death of Ozzy Osbourne") and a possessive name
    before a noun ("Fall of Michel Barnier's government") are the noun's object, and pass."""
    after = list(tokens[2:6])
    the = after[0].norm == "the"
    run = after[1:] if the else after
    if not run or not run[0].capitalised:
        return False
    length = next((n for n, token in enumerate(run) if not token.capitalised), len(run))
    if any(token.text.endswith(APOSTROPHE_ENDINGS) for token in run[:length]):
        return False  # "Barnier's government"
    return the or length == 1


def grammar_opening(tokens: Sequence[Token], at: int, text: str, article: ArticleText) -> bool:
    """Whether ``tokens[at]``, the first word of a sentence of free text ``text``, is a common
    word by its grammar (see the module), so its capital is no name's."""
    if not tokens[at].text.isalpha() or not tokens[at].text[1:].islower():
        return False  # "CDSCO", "McCain": read as written elsewhere
    return (
        _preposition(tokens, at)
        or _phrasal_noun(tokens, at)
        or _head_of_label(tokens, at, text, article)
    )


__all__ = ["grammar_opening"]
