"""A quote credited to a description ("...," the striker told the club's website; "the
Prime Minister spoke of "..."") whose noun the page has tied to the speaker alone.

Outside checks 50-100 (session 46) held about 45 correct speakers that the read-back gave
to someone else because the quote's own sentence names its speaker only by a description:
"the justice shot back" under "Justice Neil Gorsuch asked ...", "the secretary said" under
"Secretary of State Marco Rubio", "the former finance minister said" under "Pierre
Moscovici, the former finance minister". The reading here only ACCEPTS, and only when:

* the quote's sentence (or, for a bare quote, the quoted sentence just before it) credits
  it to "the [modifiers] NOUN" right beside its one speech verb;
* the text before the quote ties that NOUN to a name by a title ("Justice Neil Gorsuch"),
  an apposition ("Sean Duffy, the acting NASA administrator"), a copula ("X is the
  mayor") or a sentence that opens with the description after one that opens with the name;
* every tie names the speaker (another mayor, another country's president: no reading),
  and the description's own modifiers ("French", "finance") stand in the tie's sentence.

So "the mayor said" with two mayors named, or "the Russian president said" where only
"President Donald Trump" is tied to the noun, stay the read-back's verdict.

Review rv46c: no credit from a description behind a preposition or inside a clause of its
own ("a spokesman for the governor said", "When the justice asked ..., Mr. Sauer replied")
or before a later speech verb with a subject of its own; no tie from another's post behind
a preposition ("a critic of the mayor", "a candidate for mayor"); a stand-in ("the interim
coach") is not the holder named, and a hyphen's halves are rank words ("Vice-President").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.tokens import word_set
from .description_misfits import organisation_name
from .speech import SPEECH_VERBS

__all__ = ["BODY_NOUNS", "described_fit", "described_other", "loose", "quote_credit"]

_EXTRA_VERBS = frozenset({"spoke", "shot", "written", "spoken", "replies"})
_VERBS = SPEECH_VERBS | _EXTRA_VERBS
# modifiers that describe anyone's standing, never which one: "the former minister"
_LOOSE = frozenset(
    [
        "new",
        "outgoing",
        "incoming",
        "veteran",
        "embattled",
        "longtime",
        "current",
        "top",
        "senior",
        "newly",
        "elected",
        "re-elected",
        "sitting",
    ]
)
_RANKS = frozenset(
    [
        "vice",
        "deputy",
        "assistant",
        "former",
        "ex",
        "junior",
        "shadow",
        "outgoing",
        "new",
        "incoming",
        "then",
        "late",
        "onetime",
        "erstwhile",
        "lieutenant",
        "prime",
        "secretary",
        "attorney",
        "surgeon",
        "solicitor",
        "inspector",
    ]
)
# one who stands in for the holder ("the acting mayor", "the interim coach"): not the holder
# the page named; the holder may still be called by the plain noun ("Sean Duffy, the acting
# NASA administrator ... the administrator said"), so only the description's word must agree
_STAND_INS = frozenset(["acting", "interim", "caretaker"])
_NOT_NOUNS = frozenset(
    [
        "statement",
        "report",
        "letter",
        "post",
        "document",
        "note",
        "release",
        "ruling",
        "order",
        "text",
        "message",
        "same",
        "other",
        "two",
        "first",
        "second",
        "last",
        "latest",
    ]
)
_NOT_NAMES = frozenset(
    [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "The",
        "A",
        "An",
        "This",
        "That",
    ]
)
_NAME = r"[A-Z][\w'\u2019.\-]*(?:\s+(?:[A-Z][\w'\u2019.\-]*|de|da|van|von|al|bin|del|la|le))*"
_VERB_WORDS = "|".join(sorted(_VERBS, key=len, reverse=True))
_DESCRIPTION = re.compile(
    rf"\b[Tt]he\s+((?:[\w.\-]+\s+){{0,4}}?)([a-z][a-z\-]+)\s+(?:has\s+|had\s+|have\s+)?"
    rf"({_VERB_WORDS})\b"
)
# verbs a subject follows ('"...," said the minister'); "told the admiral" is its object
_INVERTED = frozenset(
    ["said", "says", "added", "adds", "wrote", "writes", "continued", "explained", "replied"]
)
_AFTER_VERB = re.compile(r"\b(\w+)\s+the\s+((?:[\w.\-]+\s+){0,4}?)([a-z][a-z\-]+)\s*[.,;:]")


def _description(outside: str) -> tuple[list[str], str] | None:
    """The modifiers and noun of the "the ... NOUN" beside the sentence's first speech verb
    ("the former finance minister said, arguing ..."): the one that credits the quote."""
    words = list(re.finditer(r"[A-Za-z]+", outside))
    first = next((w for w in words if w.group().lower() in _VERBS), None)
    if first is None:
        return None
    found = []
    for match in _DESCRIPTION.finditer(outside):
        credits = match.start(3) == first.start() and match.group(2) not in _VERBS
        if credits and not _governed(outside[: match.start()]):
            found.append((match.group(1).split(), match.group(2)))
    for match in _AFTER_VERB.finditer(outside):
        if match.start(1) == first.start() and match.group(1).lower() in _INVERTED:
            found.append((match.group(2).split(), match.group(3)))
    if len(found) != 1 or found[0][1] in _NOT_NOUNS or len(found[0][1]) < 4:
        return None
    if _LINKING & {m.lower() for m in found[0][0]} or _answered(words, first):
        return None  # "said the wife of the coach"; "The mayor asked Reed ..., and Reed said"
    return found[0]


# Words before "the NOUN said" that make it no credit of the quote (review rv46c): the object
# of a preposition ("a spokesman for the governor said", "allies of the president said", "a
# source close to the minister told Reuters") or the subject of a clause set inside the
# sentence ("When the justice asked ..., Mr. Sauer replied:", "Sam Okafor, who the mayor said
# was a hero, told reporters:", "Once the prime minister had said his piece, Karim Saleh")
_GOVERNING = word_set(
    """for of to with at from by about near behind against among beside close toward towards
    under on in into when as after once while before until since because if though although
    who whom that what where whether than"""
)
# words inside a description that make its noun another's ("the wife of the coach")
_LINKING = word_set("the a an for to with at from by close near")


def quote_credit(article: ArticleText, sentence: int) -> tuple[list[str], str] | None:
    """The "the [modifiers] NOUN" that credits a quote in ``sentence``, read as above."""
    return _description(_outside(article, sentence))


def _governed(before: str) -> bool:
    """Whether the word before a description's "the" governs it (see :data:`_GOVERNING`)."""
    last = re.search(r"([A-Za-z]+)\s*$", before)  # not across a comma: "Later on, the mayor"
    return last is not None and last[1].lower() in _GOVERNING


def _answered(words: list[re.Match[str]], first: re.Match[str]) -> bool:
    """Whether a later speech verb of the sentence has a subject of its own, a name or a
    pronoun ("The judge asked if the search was lawful, and Sayed answered:"): the quote
    may be that one's, not the description's."""
    later = [w for w in words if w.start() > first.start()]
    for before, word in zip([first, *later], later, strict=False):
        if word.group().lower() not in _VERBS or word.group().endswith("ing"):
            continue  # '"...," the mayor told BBC Leeds, adding': the mayor's still
        if before.group()[:1].isupper() or before.group().lower() in ("he", "she", "they"):
            return True
    return False


def _outside(article: ArticleText, sentence: int) -> str:
    """The sentence as written, its quoted words left out (punctuation kept: "Irish-born")."""
    start, end = article.sentences[sentence]
    parts, at = [], start
    for q_start, q_end in article.quoted:
        if q_end > start and q_start < end:
            parts.append(article.text[at : max(q_start - 1, at)])
            at = min(q_end + 1, end)
    parts.append(article.text[at:end])
    return " ".join(part.strip(' "\u201c\u201d') for part in parts if part.strip())


def _ties(before: str, noun: str) -> list[tuple[str, str]]:
    """(name, window) pairs the text before the quote ties to the noun ("Justice X", "X,
    the NOUN", "the NOUN, X,", "X is the NOUN", "X ... . The NOUN"): the window is the
    tie's own words and the 40 characters before them ("Russian President Vladimir Putin")."""
    ties: list[tuple[str, str]] = []
    word = re.escape(noun) + r"\b(?!['\u2019])"  # not "the company's chair"
    capital_noun = noun[:1].upper() + noun[1:]
    capital = re.escape(capital_noun)  # "Secretary of State Marco Rubio"
    title = rf"\b(?:{capital}(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w\-]*)+?)?|{word})\s+({_NAME})"
    apposition = (
        rf"({_NAME}),\s+(?:the|a|an|its|his|her|[A-Z][\w'\u2019]*)\b[^,.;:]{{0,60}}?\b{word}\b"
    )
    linked = r"\s+(?:is|was|has\s+been|became|had\s+been)\s+(?:the|a|an)\s+"
    fronted = (
        rf"\b(?:[Tt]he|an?|[A-Z][\w'\u2019]*'s)\s+(?:[\w\-'\u2019]+\s+){{0,4}}?{word},\s+({_NAME}),"
    )
    copula = rf"({_NAME}){linked}(?:[\w'\u2019\-]+\s+){{0,4}}{word}\b"
    sentences = re.split(r"(?<=[.!?])\s+|\n+", before)
    previous = ""
    for sentence in sentences:
        if noun not in sentence and capital_noun not in sentence:
            previous = sentence  # every tie holds the noun: the four searches find nothing
            continue  # (speed spd47: they ran over every sentence before the quote)
        for pattern in (title, apposition, fronted, copula):
            for match in re.finditer(pattern, sentence):
                if pattern != title and _another_role(match.group(), noun):
                    continue  # "Tom Reed, a fierce critic of the mayor,"; "a candidate for mayor"
                window = _window(sentence, match.start(), match.end())
                ties.append((match.group(1).rstrip("."), window))
        opening = re.match(rf"[\"\u201c]?The\s+(?:[\w.\-]+\s+){{0,4}}?{word}\b", sentence)
        named = re.match(rf"\s*({_NAME})", previous)
        if opening and named:
            ties.append((named.group(1).rstrip("."), opening.group()))
        previous = sentence
    return ties


_ROLE_LINK = re.compile(
    r"\b(?:of|for|to|with|at|from|by|against|about|near|behind|under|beside|than|as)\s+"
    r"(?:(?:the|a|an|his|her|their|its)\s+)?(?:[a-z][\w\-]*\s+)*?"
)


def _another_role(tie: str, noun: str) -> bool:
    """Whether a tie's words put the noun behind a preposition, another's post beside the
    name ("Tom Reed, a fierce critic of the mayor,", "Colm Duffy is a candidate for mayor",
    "Helen Ash, the head of the charity,"): not the name's own post (review rv46c); "the
    Bank of England governor" keeps it (a name's "of")."""
    return bool(re.search(_ROLE_LINK.pattern + re.escape(noun) + r"\b", tie))


_BEFORE = re.compile(r"(?:([\w.\-'\u2019]+)\s+)?([\w.\-'\u2019]+)\s+\Z")
_OF = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*")
_STOPS = frozenset(["and", "with", "of", "the", "to", "by", "for", "in", "on", "at", "from"])


def _window(sentence: str, start: int, end: int) -> str:
    """A tie's own words, the two before it up to a small word ("with Russian President
    Vladimir Putin": not the "Leeds" of "Mayor Ann Berg of Leeds and Mayor Tom Hart") and an
    "of"/"from" place after it ("Mayor Ann Berg of Leeds")."""
    before = _BEFORE.search(sentence, max(start - 60, 0), start)
    kept: list[str] = []
    for word in reversed([w for w in before.groups() if w] if before else []):
        if word.lower() in _STOPS:
            break
        kept.insert(0, word)
    if kept:
        start -= len(" ".join(kept)) + 1
    after = _OF.match(sentence, end)
    return sentence[max(start, 0) : after.end() if after else end]


def _holds(window: str, modifier: str) -> bool:
    """Whether a tie's window carries the description's modifier: the word itself, or its
    place's name ("Russia" for "Russian"; not "Australia" for "Austrian")."""
    wanted = modifier.lower().strip(".")
    for word in re.findall(r"[\w\-]+", window.lower()):
        word = re.sub(r"['\u2019]s$", "", word)
        stem = word[:-1]
        demonyms = {word + "n", word + "an", word + "ian", stem + "ian", word + "ese", stem + "ese"}
        if word == wanted or (len(word) >= 4 and wanted in demonyms):
            return True
    return False


def _ranked(window: str, modifiers: list[str], noun: str) -> bool:
    """Whether a tie's rank words agree with the description's: "Vice Premier He Lifeng" or
    "Erik Moll, the former prime minister" holds no plain "the premier"/"prime minister";
    nor do "Vice-President JD Vance", "then-mayor Ann Berg", "Lieutenant Governor Dan
    Patrick" or "Attorney General Pam Bondi" hold "the president", "the mayor", "the
    governor", "the general" (a hyphen's halves are words; the noun itself is no rank:
    "Secretary of State Marco Rubio" is "the secretary"); "the acting mayor" is not the
    mayor the page named unless the tie says acting too (review rv46c)."""
    said = {w.lower() for m in modifiers for w in re.findall(r"[A-Za-z]+", m)}
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", window)} - set(noun.split("-"))
    if any(word in said and word not in words for word in _STAND_INS):
        return False
    return all((rank in said) == (rank in words) for rank in _RANKS)


# a body's nouns: "rival firm Harbor Capital" classes a name, and the nearer subject the
# read-back takes ("Calder Street agreed ... the firm said") is the likelier credit
_BODY_WORDS = (
    "firm company group office agency ministry bank retailer court panel union federation "
    "presidency majority department government council committee board club team party "
    "publisher airline carrier studio maker brand chain exchange network organisation "
    "organization institute university school hospital authority regulator body"
)
BODY_NOUNS = _BODIES = frozenset(_BODY_WORDS.split())
_POST_ENDS = re.compile(
    r"\b(?:successor|predecessor|stepped down|resigned|retired|replaced|was dismissed|quit)\b"
)


def _described_holders(article: ArticleText, spans: Sequence[tuple[int, int]]) -> list[list[str]]:
    """For each quote place credited to "the [modifiers] NOUN", the names the text before it
    ties to that noun whose tie carries the description's modifiers."""
    found_all: list[list[str]] = []
    for start, _ in spans:
        sentence = article.sentence_at(start)
        found = _description(_outside(article, sentence))
        back = sentence
        while found is None and not _outside(article, back).strip() and back > 0:
            back -= 1  # a bare quote: the credit of the quoted sentence before it
            bounds = article.sentences[back]
            if not any(bounds[0] <= q[0] < bounds[1] for q in article.quoted):
                break
            found = _description(_outside(article, back))
        if found is None:
            continue
        modifiers, noun = found
        if noun in _BODIES:
            continue
        before = article.text[: article.sentences[back][0]]
        ties = _ties(before, noun)
        if len(re.findall(rf"\b{re.escape(noun)}\b(?!['\u2019])", before)) > len(ties):
            continue  # "Mayor Raj Dev's chief of staff": a holder no tie names
        if _POST_ENDS.search(before[before.find(noun) :]):
            continue  # "The treasurer, Ben Ochoa, stepped down. His successor, Ruth Kim,"
        wanted = [m for m in modifiers if not loose(m)]
        holders = [
            name
            for name, window in ties
            if all(_holds(window, m) for m in wanted) and _ranked(window, modifiers, noun)
        ]
        found_all.append([name for name in holders if name.split()[0] not in _NOT_NAMES])
    return found_all


def _person(speaker: str) -> bool:
    return bool(speaker.split()) and speaker.split()[-1][:1].isupper()


def _personlike(name: str) -> bool:
    """Whether a name reads as a person's, for a refusal: two to four words, each a capital
    then small letters ("Louis Mercier"; not "HONG KONG", "House", "Air Canada")."""
    words = name.split()
    if not 2 <= len(words) <= 4 or organisation_name(name):
        return False
    return all(re.fullmatch(r"(?:[A-Z]\.|[A-Z][a-z'\u2019\-]+[a-z]*)", w) for w in words)


def described_fit(article: ArticleText, spans: Sequence[tuple[int, int]], speaker: str) -> bool:
    """Whether a quote credited to "the [modifiers] NOUN" is the speaker's: the page ties
    that noun to the speaker and to no one else before the quote (see the module's doc)."""
    if not _person(speaker):
        return False
    return any(
        holders and all(_same(speaker, name) for name in holders)
        for holders in _described_holders(article, spans)
    )


def described_other(article: ArticleText, spans: Sequence[tuple[int, int]], speaker: str) -> str:
    """The one other person a quote's "the [modifiers] NOUN" is tied to, when the page ties
    it to one person only and never to the speaker ("Paris prosecutor Laure Beccuau ... Louis
    Mercier, a lawyer, declined to comment. "...," the prosecutor said": not Mercier's); ""
    otherwise (no tie, two holders, or the speaker among them)."""
    if not _personlike(speaker):
        return ""
    for holders in _described_holders(article, spans):
        if not holders or any(_same(speaker, name) for name in holders):
            continue
        if not all(_personlike(name) for name in holders):
            continue  # "the union said" under "the Union of Health Care Professionals"
        if all(_same(holders[0], name) or _same(name, holders[0]) for name in holders):
            return holders[0]
    return ""


def loose(modifier: str) -> bool:
    """A modifier that says nothing of which holder: "former", "76-year-old", "Irish-born"."""
    lowered = modifier.lower()
    return lowered in _LOOSE or lowered[:1].isdigit() or lowered.endswith("-born")


def _same(speaker: str, name: str) -> bool:
    """Whether a tie's name is the speaker's: the family name, and the given name when both
    write one (Delphine Arnault is not Bernard Arnault)."""
    words = [re.sub(r"['\u2019]s$", "", word) for word in name.split()]
    own = speaker.split()
    if own[-1] not in words:
        return False
    return len(own) == 1 or len(words) == 1 or own[0] in words
