"""A quote credited to a person described by their people or their age ("...," the
Frenchman lamented; "The Belgian added:"; "the 64-year-old told the party") that the page,
before the quote, ties to the speaker alone.

Session 47 (widener wide47s) collected quote speakers from eighteen real 2024-25 stories
written in many outlets' shapes: sports and wire copy name a person once ("Belgian
triathlete Jolien Vermeylen", "Georgia's Nino Salukvadze", "Takaichi, 64,") and then
credit their quotes by their people ("the Belgian", "the Swede", "the Spaniard") or their
age ("the 55-year-old"). The capitalised demonym read as a name of its own, someone called
"Belgian", so the quote was given to someone other than the speaker; an age matched no one.
A fact-checker reads such a description as pointing back to the one person the page
described so. The reading here only ACCEPTS, and only when:

* the quote's own sentence credits it to "the DEMONYM" or "the N-year-old" right beside its
  first speech verb ('"...," the Frenchman lamented', "The Georgian said", "said the
  Italian"); a bare quote takes the credit of the sentence just before it in its paragraph;
  the description is not behind a preposition ("a rival of the Belgian said");
* the text before the quote ties that people or age to a person: the people's adjective or
  its country's possessive before the name, past a few role words ("Belgian triathlete
  Jolien Vermeylen", "Sweden's Victor Lindgren", "French President Emmanuel Macron"), the
  name followed by "of" or "from" the country, or by the age in commas ("Takaichi, 64,");
* every such tie names the speaker (two Italians named: no reading).

So the neighbouring quote's speaker, another person of another people, or one of two people
of the same one is never accepted here; the read-back's verdict stands for them.

Review rv47s (session 47) narrowed it where its words stand in another role or for a body:
an inverted credit ends its clause ("said the German coach", "said the 30-year-old's
barrister", 'Pogacar said the Belgian "rode ..."' are no credit); a people's word is one the
country table (:mod:`summarizer.text.countries`) or the table below knows, or whose country
the table names ("the Taliban", "the Vatican", "the Guardian" name bodies); a country "of" or
"from" a name is the country's name, not the people's word ("a pass to Harry Kane from the
Italian midfielder"); a second name joined by "and" shares its tie ("Spain's Carlos Alcaraz
and Rafael Nadal"); and a page that speaks of a "compatriot" or "countryman" names two.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.text.countries import PARTIES
from ..page.article import ArticleText
from ..page.tokens import word_set
from ..people.names import TITLES, is_proper, split_people
from .description_misfits import PERSON_ROLES
from .genders import gender_of
from .speech import SPEECH_VERBS

__all__ = ["people_fit"]

_PARTICLE = r"(?:de|da|van|von|der|den|del|di|la|le|bin|al)[ \t]+"
_NAME = rf"[A-Z][\w'\u2019\-]*\.?(?:[ \t]+(?:{_PARTICLE})*[A-Z][\w'\u2019\-]*\.?){{0,3}}"
_VERBS = "|".join(sorted(SPEECH_VERBS | {"spoke", "shot", "lamented", "conceded"}, key=len))
# the description credits the quote: as the subject of a speech verb, or after an inverted one
_SUBJECT = re.compile(rf"\b[Tt]he\s+([A-Z][a-z]+|\d+-year-old)\s+(?:has\s+|had\s+)?({_VERBS})\b")
_INVERTING = r"said|says|added|adds|wrote|writes|replied|continued"
# the description ends the inverted clause: not "said the German coach", "said the 30-year-old's
# barrister", 'Pogacar said the Belgian "rode ..."' (a quote's mark stands as " Q ")
_AFTER = r"after|before|on|in|at|about|when|while|as|who|whose|to|with|during|later|then"
_ENDS = rf"(?!['\u2019])(?=\s*(?:[,.;:!?)\u2014]|$)|\s+(?:{_AFTER})\b)"
_INVERTED = re.compile(rf"\b({_INVERTING})\s+the\s+([A-Z][a-z]+|\d+-year-old)\b{_ENDS}")
# a word before "the" that makes the description another's ("a rival of the Belgian said")
_GOVERNING = word_set(
    """for of to with at from by about near behind against among beside close under on in into
    when as after once while before until since because if though although who whom that what
    where whether than"""
)
# peoples whose country is spelled otherwise ("Dane": Denmark); the rest are read by their
# endings (-ian, -an, -ese, -i, -man)
_COUNTRIES = {
    "dane": ("danish", "denmark"),
    "swede": ("swedish", "sweden"),
    "spaniard": ("spanish", "spain"),
    "briton": ("british", "britain"),
    "pole": ("polish", "poland"),
    "finn": ("finnish", "finland"),
    "turk": ("turkish", "turkey"),
    "scot": ("scottish", "scotland"),
    "dutchman": ("dutch", "netherlands", "holland"),
    "dutchwoman": ("dutch", "netherlands", "holland"),
    "frenchman": ("french", "france"),
    "frenchwoman": ("french", "france"),
    "englishman": ("english", "england"),
    "irishman": ("irish", "ireland"),
    "welshman": ("welsh", "wales"),
    "swiss": ("switzerland",),
    "greek": ("greece",),
    "norwegian": ("norway",),
    "portuguese": ("portugal",),
    "argentine": ("argentina",),
    "filipino": ("philippines",),
}


def _table() -> tuple[dict[str, tuple[set[str], set[str]]], frozenset[str]]:
    """The country table's people's words, each with its people's words and its country's
    names ("serb": serbian, serb, ...; serbia), and every name the table writes."""
    peoples: dict[str, tuple[set[str], set[str]]] = {}
    names: set[str] = set()
    for own, people, *_ in PARTIES.values():
        names |= {n.lower() for n in own}
        for word in people:
            peoples[word.lower()] = ({p.lower() for p in people}, {n.lower() for n in own})
    return peoples, frozenset(names)


_PEOPLES, _NAMES = _table()


def _forms(demonym: str) -> tuple[set[str], set[str]]:
    """The words that tie a person to the people ``demonym`` names: its people's words
    (itself, its adjective) and its country's names ("georgian": georgian; georgia;
    "italian": italian; italy)."""
    word = demonym.lower()
    special = _COUNTRIES.get(word, ())
    peoples, countries = _PEOPLES.get(word, ({word}, set()))
    peoples, countries = {word, *peoples, *special[:1]}, {*countries, *special[1:]}
    if special or word in _PEOPLES:
        return peoples, countries
    return peoples, _ending_countries(word)


def _ending_countries(word: str) -> set[str]:
    """The countries a people's word's ending gives ("ecuadorian": ecuador), those the country
    table names; none for a body's or a newspaper's name ("taliban", "guardian")."""
    forms: set[str] = set()
    for ending, countries in (
        ("ian", ("ia", "y", "a", "", "e", "um")),
        ("an", ("a", "", "y", "o")),
        ("ese", ("a", "", "e")),
        ("i", ("",)),
    ):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            base = word[: -len(ending)]
            forms |= {base + country for country in countries}
            break
    return forms & _NAMES - {word}


def _demonym(word: str, text: str) -> bool:
    """Whether a capitalised word after "the" is a people's name: one the country table or
    the table above knows, or whose ending gives a country the table names ("Ecuadorian"; not
    "Taliban", "Guardian"), that the page never writes after a given name ("Ryan Mason")."""
    lowered = word.lower()
    known = lowered in _COUNTRIES or lowered in _PEOPLES or bool(_ending_countries(lowered))
    if not known or lowered in TITLES:
        return False
    given = re.finditer(rf"\b([A-Z][a-z]+)[ \t]+{re.escape(word)}\b(?!['\u2019])", text)
    return all(match.group(1).lower() in _DETERMINERS for match in given)


_DETERMINERS = word_set("the a an this that his her their its our another fellow")


def _outside(article: ArticleText, sentence: int) -> str:
    """The sentence with its quoted words replaced by a mark."""
    start, end = article.sentences[sentence]
    parts, at = [], start
    for q_start, q_end in article.quoted:
        if q_end > start and q_start < end:
            parts.append(article.text[at : max(q_start - 1, at)])
            parts.append(" Q ")
            at = min(q_end + 1, end)
    parts.append(article.text[at:end])
    return "".join(parts)


def _credit(outside: str, text: str) -> str:
    """The people or age word of the description beside the sentence's first speech verb,
    or ""."""
    clause = outside.rfind(",", 0, max(outside.find(" Q "), 0)) + 1  # past "Asked about X,"
    words = list(re.finditer(r"[A-Za-z]+", outside))
    words = [w for w in words if w.start() >= clause] or words
    first = next((w for w in words if w.group().lower() in SPEECH_VERBS), None)
    if first is None:
        return ""
    for match in _SUBJECT.finditer(outside):
        before = re.search(r"([A-Za-z]+)\s*$", outside[: match.start()])
        governed = before is not None and before[1].lower() in _GOVERNING
        if match.start(2) == first.start() and not governed:
            return _described(match.group(1), text)
    for match in _INVERTED.finditer(outside):
        if match.start(1) == first.start():
            return _described(match.group(2), text)
    return ""


def _described(word: str, text: str) -> str:
    return word if word[:1].isdigit() or _demonym(word, text) else ""


def _credits(article: ArticleText, start: int) -> str:
    """The description crediting the quote that opens at ``start``: its own sentence's, or
    for a bare quote the sentence's just before it in the same paragraph."""
    sentence = article.sentence_at(max(start - 1, 0))
    outside = _outside(article, sentence)
    found = _credit(outside, article.text)
    if found or re.sub(r"[\sQ.,;:!?\"'\u201c\u201d\u2018\u2019-]", "", outside):
        return found
    if sentence == 0:
        return ""
    before = article.sentences[sentence - 1][0]
    if article.paragraph_at(before) != article.paragraph_at(article.sentences[sentence][0]):
        return ""
    return _credit(_outside(article, sentence - 1), article.text)


def _ties(before: str, word: str) -> list[str]:
    """The names the text before the quote ties to a people or an age."""
    if word[:1].isdigit():
        age = re.escape(word.split("-")[0])
        patterns = [
            rf"({_NAME}),\s+(?:aged\s+)?{age},",
            rf"\b{age}-year-old\s+(?:[a-z]+\s+){{0,3}}({_NAME})",
        ]
    else:
        peoples, countries = _forms(word)
        tie = rf"\b(?i:{_alternatives(peoples | countries)})(?:['\u2019]s)?"
        roles = r"(?:(?:[a-z][\w\-]*|[A-Z][a-z]+)[ \t]+){0,3}?"
        patterns = [
            rf"{tie}\s+{roles}({_NAME})",
            rf"({_NAME}),\s+(?:a|an|the)\s+{tie}\b(?!['\u2019])",
        ]
        # "Ana Kovac of Slovenia": the country's name, not "a pass to Harry Kane from the
        # Italian midfielder"
        country = rf"\b(?i:{_alternatives(countries)})\b"
        if countries:
            patterns.append(rf"({_NAME})\s+(?:of|from)\s+(?:the\s+)?{country}")
    names: list[str] = []
    for pattern in patterns:
        for match in re.finditer(pattern, before):
            name = _person(match.group(1))
            if name and _role_words(match.group(0), match.group(1), word):
                names.append(name)
                names += _joined(before[match.end() :])
    return names


def _alternatives(words: set[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _joined(after: str) -> list[str]:
    """A second name joined to a tied one by "and", which the tie qualifies too ("Spain's
    Carlos Alcaraz and Rafael Nadal"); not one with a people or a country of its own ("and
    China's Xie Yu", "and Kenyan Ben Kip")."""
    match = re.match(rf",?\s+and\s+({_NAME})", after)
    if match is None or re.search(r"['\u2019]s\b", match.group(1)):
        return []
    first = match.group(1).split()[0].lower()
    if first in _PEOPLES or first in _NAMES:
        return []
    name = _person(match.group(1))
    return [name] if name else []


# a page's word for another of the same people: the description may be either one
_COMPATRIOTS = re.compile(r"\b(?:compatriots?|countrym[ae]n|countrywom[ae]n)\b", re.IGNORECASE)


def _role_words(tie: str, name: str, word: str) -> bool:
    """Whether the words between a people's word and the name are a role ("Belgian
    triathlete", "French pole vaulter", "Bulgarian coach"), not a verb ("Slovenia beat Petra
    Horvat": Horvat is not Slovenian)."""
    if word[:1].isdigit() or not tie.endswith(name):
        return True
    between = tie[: len(tie) - len(name)].split()[1:]
    if not between:
        return True
    last = between[-1].lower().rstrip(".")
    return last in TITLES or last in PERSON_ROLES or last.endswith(_AGENT_ENDS)


# endings of a noun for one who does something ("runner", "director", "triathlete")
_AGENT_ENDS = ("er", "or", "ist", "ian", "man", "ain", "ant", "ent", "ete", "eur")


def _person(name: str) -> str:
    """The person's name of a tie, its titles dropped ("President Emmanuel Macron"); "" for
    a title or a lone capitalised word that names no one."""
    name = re.sub(r"(?<=[a-z]{2})\.$", "", name)  # a sentence's full stop, not "Jr."
    words = [w for w in name.split() if w.lower().rstrip(".") not in TITLES]
    if not words or not is_proper(" ".join(words)):
        return ""
    return " ".join(words)


def _fits(article: ArticleText, name: str, word: str) -> bool:
    """Whether a tie's person may be the description's: a "Frenchman" only one the page
    calls "he", a "Frenchwoman" only one it calls "she" (a name alone says neither)."""
    lowered = word.lower()
    stem = lowered.removesuffix("woman").removesuffix("man")
    if stem == lowered or not stem.endswith(("ch", "sh", "s")):
        return True  # "German", "Omani": no gender in the word
    return gender_of(article, [name]) == ("she" if lowered.endswith("woman") else "he")


def _same(speaker: str, name: str) -> bool:
    """Whether a tie's name is the speaker's: the family name, and the given name when both
    write one."""
    words = [re.sub(r"['\u2019]s$", "", word) for word in name.split()]
    own = speaker.split()
    if own[-1] not in words:
        return False
    return len(own) == 1 or len(words) == 1 or own[0] in words


def people_fit(article: ArticleText, spans: Sequence[tuple[int, int]], speaker: str) -> bool:
    """Whether a quote credited to "the DEMONYM" or "the N-year-old" is the speaker's: the
    page ties that people or age to the speaker and to no one else before the quote (see the
    module's doc)."""
    if len(split_people(speaker)) != 1 or not is_proper(speaker):
        return False
    for start, _ in spans:
        region = article.quoted_region_at(start) or (start, start)
        word = _credits(article, region[0])
        if not word:
            continue
        sentence = article.sentence_at(max(region[0] - 1, 0))
        first = article.sentences[sentence][0]
        if not _outside(article, sentence).replace("Q", "").strip(' "\u201c\u201d.,'):
            first = article.sentences[max(sentence - 1, 0)][0]
        before = article.text[:first]
        if not word[:1].isdigit() and _COMPATRIOTS.search(before):
            continue  # "Belgian rider Wout Peeters finished behind his compatriot, Jasper Stuyven"
        ties = [name for name in _ties(before, word) if _fits(article, name, word)]
        if ties and all(_same(speaker, name) for name in ties):
            return True
    return False
