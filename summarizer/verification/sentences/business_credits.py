"""A quote credited to "the company" or "the firm" read back to the business the page last
named, past the people and public bodies named after it (session 49, closer cl49s).

News names a business and then gives a quote to its common noun: "Kesterton Homes is building
300 houses. Sam Holt, a local builder, said the estate had no drains. "...," the company
said." A reader takes "the company" back to the nearest sentence that names a business, past
sentences whose names are all people or public bodies, and never to a person: "Sam Holt, a
local builder" is no company whatever the sentence before says.

:func:`business_credit` reads only a quote whose own sentence is nothing but that credit
('"...," the company said on Monday'; "the firm", "the group", a trade's noun: "the
drugmaker", "the housebuilder", "the airline"), nothing qualifying the noun. It walks back up
to four sentences of the last three paragraphs and decides at the first naming a business:

- "yes" when it names one business (one of the noun's kind, "Nordvik Airways" for "the
  airline", when it names such) and that is the value (or its opening words: "Calder Street"
  for "Calder Street Securities"); refused when the value is another name of that sentence
  ("Brickmaker X cut output as Y slowed work", "X's advertising agency, Y,");
- refused when a sentence's subject acts on a business it names only by a business's noun
  ("Ofgem fined the supplier") and the value is that subject; the walk goes on past it;
- refused, when no business is found, for a value the page describes as a person;
- nothing said (the older readings decide) when a sentence names a name the page does not
  show is a person, a body or a business, two businesses, or a quote (its speaker may be the
  one meant), or when the value is a business named before the one found.

A business is shown by its name's own last word ("Orwell Bakeries", "Norvale Energy"), a
trade's noun before it ("rival firm Harbor Capital"), an apposition headed by one ("X, the
Norwegian steelmaker,"), "its" in its own clause ("Halden Foods will close its plant"), a
person of its after it ("Ardley Capital's Tessa Grange") or a longer business name it opens.
A person, by a title in the name or a role word before it ("Housing minister Cara Dunne",
"Air Marshal Tom Reade"), an apposition headed by a person's noun ("Sam Holt, a local
builder,", "Tom Bale, the owner of Bale Haulage,"), "who" or an age after it, or "he"/"she"
as its clause's subject ("Tessa Grange said she"). A public body, by its own words
("Council", "Ministry"; a civic "Group": "Ockham Residents Action Group") or a label
("the regulator Ofwat", "its agency, Homes England"; not "its PR agency, Brightwater Comms").
Not names: a day, a month, a place after "in"/"at"/"near", a country, one word modifying a
noun ("its Hull plant"), an owner's possessive before a noun, a business an unnamed one is
related to ("a rival of X", "the owner of X"), a header line, the words before a dateline's
dash. The lists are in :mod:`.business_words`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.text.countries import PARTIES
from summarizer.text.ordinary import ordinary_forms
from summarizer.text.vocabulary import MONTHS, STOPWORDS, WEEKDAYS
from ..context import Result
from ..page.article import ArticleText
from ..page.tokens import SINGULAR_POSSESSIVES, Token, tokenize, word_set
from ..people.party_names import party_of
from .body_kinds import BUSINESS, KINDS, NAME_WORDS
from .business_words import (
    APPOSED_NOUNS,
    BODY_LABELS,
    BODY_WORDS,
    BUSINESS_NAME_WORDS,
    BUSINESS_NOUNS,
    CIVIC,
    FIRM_WORDS,
    PEOPLE_MAKERS,
    PERSON_NOUNS,
    ROLE_WORDS,
    SURNAME_WORDS,
    TAIL,
    TRADE_AGENCIES,
    TRADE_WORDS,
)
from .description_misfits import FIRM_FIELDS
from .speech import SPEECH_VERBS

# The credit's nouns: a business's ("the company", "the drugmaker") and "the group".
_CREDIT_NOUNS = BUSINESS_NOUNS | word_set("group")
_PRONOUNS = word_set("he she his her him")
_PLACE_LEAD = word_set("in at near")
# An unnamed business related to the name after it: that business, not the name, acts.
_RELATED = re.compile(
    r"(?<!,)\s(?:the|a|an)\s+(?:[a-z]+\s+)?(?:owner|owners|rival|competitor|subsidiary|"
    r"supplier|customer|parent|buyer)\s+(?:of|to)\s+$"
)
_OPENERS = word_set("the a an on at in by for after as when while with")
_DETERMINERS = word_set("the a an its their his her our")
_RUN = re.compile(
    r"[A-Z][\w'\u2019&.-]*(?:(?:\s+(?:of|for|and|de|van|der|da|la|le|i|&)){0,2}\s+[A-Z][\w'\u2019&.-]*)*"
)
_REACH = 4  # sentences walked back
_PARAGRAPHS = 3  # of the quote's paragraph and those before it


def business_credit(
    article: ArticleText, spans: Sequence[tuple[int, int]], value: str
) -> Result | None:
    """The verdict on ``value`` as the speaker of a quote credited to "the company" (see the
    module's doc), or None when the quote has no such credit or the reading says nothing."""
    if not spans:
        return None
    region = article.quoted_region_at(spans[0][0]) or spans[0]
    noun = _credit_noun(article, region)
    if noun is None:
        return None
    person = _a_person(article, value, region[0])
    sentence = article.sentence_at(region[0])
    paragraph = article.paragraph_at(region[0])
    for index in range(sentence - 1, max(sentence - 1 - _REACH, -1), -1):
        start, end = article.sentences[index]
        if paragraph - article.paragraph_at(start) >= _PARAGRAPHS:
            break
        if any(start <= q[0] < end for q in article.quoted):
            return None  # another quote's speaker stands between
        names = _names(article, start, end)
        kinds = [_kind(article, n, start) for n in names]
        names = [  # "Retailer Fenby Home" is "Fenby Home"
            (n[0].partition(" ")[2], n[1]) if k.startswith("trade:") else n
            for n, k in zip(names, kinds, strict=True)
        ]
        if _unnamed_business(article, start, end):  # "Ofgem fined the supplier"
            if len(names) == 1 and _same(names[0][0], value) and start == names[0][1]:
                return False, f"the {noun} is the business {value!r} acts on, not {value!r}"
            continue  # "the supplier": a business named before, if any
        if "unknown" in kinds:
            return None  # a name the page does not say is a person, a body or a business
        civic = [n for n in names if _civic_group(_key(n[0]).split())]
        if noun == "group" and civic:  # "the group": the residents' group named last
            return (True, "") if any(_same(n[0], value) for n in civic) else None
        things = _of_kind(names, noun) or [
            n for n, k in zip(names, kinds, strict=True) if _fits(k, noun)
        ]  # "the airline": "Nordvik Airways" before "Larch Capital"
        if not things:
            if any(k.startswith("trade:") for k in kinds):
                return None  # a business of another trade: the older readings decide
            continue
        if len({_key(n[0]) for n in things}) > 1 or _aside(article, names, things[0], noun):
            return None  # "Talks with X collapsed", "the lender": "Pask Haulage went bust"
        if _same(things[0][0], value):
            return True, ""
        named = [n for n, k in zip(names, kinds, strict=True) if k != "other" or " " in n[0]]
        if any(_same(n[0], value) for n in named):  # not a place's one word ("near Ockham")
            return False, f"the {noun} is the page's {things[0][0]!r}, not {value!r}"
        break
    if person:
        return False, f"{value!r} is a person the page describes, not the {noun} credited"
    return None


def _aside(
    article: ArticleText, names: Sequence[tuple[str, int]], thing: tuple[str, int], noun: str
) -> bool:
    """Whether the sentence's one business may be another than the credited one: named first
    after words that are no name ("Talks with X", "A pit run by X"), or with a last word of
    another trade than the noun's ("the lender": "Pask Haulage")."""
    start = article.sentences[article.sentence_at(thing[1])][0]
    head = re.split(r"\s(?:-|--|\u2014|\u2013)\s", article.text[start : thing[1]])[-1]
    lead = [t.norm for t in tokenize(head) if t.norm.isalpha()]  # past a dateline's dash
    while lead and (lead[0] in _OPENERS or lead[0] in _TIMES):
        lead = lead[1:]  # "On Monday", "The"
    if thing == names[0] and (len(lead) > 2 or set(lead) & _LINKS):
        return True  # not "Fund manager X", "Rival X"
    last = _key(thing[0]).split()[-1:]
    trade = TRADE_WORDS.get(noun, frozenset())
    return bool(trade) and bool(last) and last[0] in FIRM_WORDS and last[0] not in trade


_LINKS = word_set("with by after to for of from in at on run owned made than")


def _of_kind(names: Sequence[tuple[str, int]], noun: str) -> list[tuple[str, int]]:
    """The names whose own words give the noun's kind ("the airline": "Nordvik Airways")."""
    kind = next((k for k, nouns in KINDS.items() if noun in nouns and k != BUSINESS), None)
    if kind is None:
        return []
    return [n for n in names if {t.norm for t in tokenize(n[0])} & NAME_WORDS[kind]]


def _fits(kind: str, noun: str) -> bool:
    """Whether a name of this kind may be "the <noun>": a business, of the noun's trade when
    the name's own trade word is written ("Brickmaker Kelham Brick" is no housebuilder)."""
    if not kind.startswith(("thing", "trade:")):
        return False
    trade = kind.removeprefix("trade:") if kind.startswith("trade:") else ""
    return not trade or noun in _GENERIC or trade == noun


_GENERIC = word_set("company firm group business corporation conglomerate")


def _credit_noun(article: ArticleText, region: tuple[int, int]) -> str | None:
    """The business's noun the quote's own sentence credits it to, when that sentence holds
    nothing else: '"...," the company said (on Monday)', 'said the firm'."""
    start, end = article.sentences[article.sentence_at(region[0])]
    if article.outside_quotes(start, region[0]):
        return None  # words before the quote: a lead-in of its own
    words = [t.norm for t in article.outside_quotes(region[1], end)]
    if len(words) < 3:
        return None
    if words[0] == "the" and words[1] in _CREDIT_NOUNS and words[2] in SPEECH_VERBS:
        noun, rest = words[1], words[3:]
    elif words[0] in SPEECH_VERBS and words[1] == "the" and words[2] in _CREDIT_NOUNS:
        noun, rest = words[2], words[3:]
    else:
        return None
    if any(word not in TAIL and word not in MONTHS for word in rest):
        return None
    return noun


def _names(article: ArticleText, start: int, end: int) -> list[tuple[str, int]]:
    """The capitalised runs of a sentence outside quotation marks, with where each starts;
    a header line's words, a dateline's and an opening common word left out."""
    text = article.text
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if "|" in line or not line.rstrip().endswith((".", '"', "\u201d", "!", "?")):
        return []  # "BUSINESS | The Coldwater Tribune", "Latest"
    header = line_start == len(text) - len(text.lstrip())  # the page's first line
    if header and len(line.split()) < 9 and not re.search(r"\s(?:-|--|\u2014)\s", line):
        return []  # "From our Westminster team, The Thames Register."
    cut = start
    dash = re.search(r"\s(?:-|--|\u2014|\u2013)\s", text[start:end])
    if dash and dash.start() < 80 and start == line_start:
        cut = start + dash.end()  # "SEATTLE, Puget Daily - Tarn Valley Stone wants"
    found: list[tuple[str, int]] = []
    for match in _RUN.finditer(text, cut, end):
        if article.quoted_region_at(match.start()) is not None:
            continue
        at = match.start()
        for piece in re.split(r"(?<=['\u2019]s)\s+|(?<=s['\u2019])\s+", match.group(0)):
            place = text.find(piece, at)
            at = place + len(piece)
            words = piece.rstrip(".").split()
            opening = text[cut:place].strip() in ("", '"')
            if opening and len(words) > 1 and words[0].lower() in _OPENERS:
                words = words[1:]  # "The Ministry of Defence", "On Monday"
                place = text.find(words[0], place)
            name = " ".join(words)
            while words and words[0].lower() in _TIMES:
                words = words[1:]  # "On Monday Calder Street agreed"
                place = text.find(words[0], place) if words else place
            if not words or (len(words) == 1 and opening and _common(words[0])):
                continue  # "Ministers told", "Bus drivers", "The health minister"
            if len(words) == 1 and re.match(rf"{_ROLE_AFTER}", text[at : at + 30]):
                continue  # "Fund manager X", "Housing minister X": a role's word
            name = " ".join(words)
            if any(ch.isdigit() for ch in name) or (name.isupper() and len(name) > 3):
                continue
            found.append((name, place))
    return found


_ROLE_AFTER = r"\s+(?:manager|minister|secretary|director|chief|executive|officer|spokesman)\b"
_TIMES = frozenset(WEEKDAYS) | frozenset(MONTHS)


def _common(word: str) -> bool:
    low = word.lower()
    return low in ordinary_forms() or low in _OPENERS or low in STOPWORDS


def _kind(article: ArticleText, name: tuple[str, int], start: int) -> str:
    """ "person", "body", "other" (a day, a place, a modifier) or "thing" (a business)."""
    text, at = article.text, name[1]
    words = [t.norm for t in tokenize(name[0])]
    if not words or all(w in WEEKDAYS or w in MONTHS for w in words):
        return "other"
    before = tokenize(text[max(start, at - 40) : at])
    after = text[at + len(name[0]) : at + len(name[0]) + 60]
    last = before[-1].norm if before else ""
    if last in _PLACE_LEAD:
        return "other"  # "in Bicester", "at Leeds Crown Court"
    if _RELATED.search(text[start:at]):
        return "other"  # "a rival of Tollgate Logistics", "the owner of Marlin Water"
    key = party_of(name[0])
    if key is not None and PARTIES[key][1]:
        return "other"  # a country
    if name[0].endswith(SINGULAR_POSSESSIVES) and re.match(r"\s+[a-z]", after):
        return "other"  # "Halden Bank's advertising agency": an owner, not the subject
    if len(words) == 1 and _surname(article, name[0], at):
        return "person"  # "Lunde asked", after "Ida Lunde"
    if len(words) == 1 and last in _DETERMINERS and re.match(r"\s+[a-z]", after):
        return "other"  # "its Hull plant", "the Ockham quarry"
    if _civic_group(words):
        return "body"
    if len(words) > 1 and _business_noun(words[0]):
        return "trade:" + words[0]  # "Brickmaker Kelham Brick"
    if _business_name(words) or _short_form(text[:at], name[0]):
        return "thing"  # "Halden Foods", "Marshal Motors", "Envoy Air"; "Calder Street"
    if _person_at(text, name[0], at, start):
        return "person"
    if set(words) & BODY_WORDS or _civic_group(words):
        return "body"
    trade = len(before) > 1 and before[-2].norm in TRADE_AGENCIES
    if (last in BODY_LABELS and not trade) or _labelled_body(text, at, start):
        return "body"  # "the regulator Ofwat", not "its PR agency, Brightwater Comms"
    return "thing" if _shown_business(text, name[0], at, before) else "unknown"


def _short_form(text: str, name: str) -> bool:
    """Whether the page wrote the name before as the opening words of a business's name
    ("Calder Street" after "Calder Street Securities")."""
    for match in re.finditer(rf"\b{re.escape(name)}((?:\s+[A-Z][\w&'\u2019-]*)+)", text):
        if _business_name([t.norm for t in tokenize(name + match[1])]):
            return True
    return False


def _business_name(words: Sequence[str]) -> bool:
    """Whether a name's own last word says it is a business ("Orwell Bakeries"); a word that
    is also a surname ("Emma Stone", "John Mills") only in a longer name ("Tarn Valley
    Stone")."""
    if len(words) < (3 if words[-1] in SURNAME_WORDS else 2):
        return False
    return words[-1] in FIRM_WORDS or words[-1] in BUSINESS_NAME_WORDS


def _shown_business(text: str, name: str, at: int, before: Sequence[Token]) -> bool:
    """Whether the page shows the name is a business: a trade's noun before it ("rival firm
    Harbor Capital", "snack maker X"), a business's noun heading its apposition ("X, the
    Norwegian steelmaker,"), "its" after it in its clause, or a person of its after it
    ("Ardley Capital's Tessa Grange")."""
    if before and _business_noun(before[-1].norm):
        return True
    if len(before) > 1 and before[-1].norm == "agency" and before[-2].norm in TRADE_AGENCIES:
        return True  # "its advertising agency, Kite & Lamb,"
    after = text[at + len(name) : at + len(name) + 120]
    apposed = re.match(r",\s+(?:the|a|an)\s+([^,.]+?)[,.]", after)
    if apposed:
        head = [t.norm for t in tokenize(apposed[1].split(" of ")[0])]
        return bool(head) and _business_noun(head[-1])
    if re.match(r"['\u2019]s\s+[A-Z]", after) or name.endswith(SINGULAR_POSSESSIVES):
        return True
    for token in tokenize(re.split(r"[.;]|,\s+(?:and|but)\b", after)[0])[:12]:
        if token.norm == "its":
            return True
        if token.norm in _PRONOUNS or token.norm in _CLAUSE_STOPS or token.capitalised:
            return False  # "X, 54, was banned by the regulator, which said its inquiry"
    return False


_PREPOSITIONS = r"\s(?:of|for|at|with|from|in|to|on)\s"
_CLAUSE_STOPS = word_set("the a an which who that whose")


def _civic_group(words: Sequence[str]) -> bool:
    """A "Group" with a civic word in it ("Ockham Residents Action Group", "The International
    Crisis Group"): people's, not a business's ("Halvard Group")."""
    return len(words) > 1 and words[-1] == "group" and bool(set(words) & CIVIC)


def _labelled_body(text: str, at: int, start: int) -> bool:
    """An apposition that makes the name a public agency: "its agency, Homes England," (not
    "its PR agency, Brightwater Comms", a trade's)."""
    lead = re.search(
        r"(\w+)\s+(agency|regulator|watchdog|union),\s*$", text[max(start, at - 40) : at]
    )
    return bool(lead) and lead is not None and lead[1].lower() not in TRADE_AGENCIES


def _person_at(text: str, name: str, at: int, start: int) -> bool:
    """Whether the page makes this mention a person's (see the module's doc)."""
    words = [t.norm for t in tokenize(name)]
    if set(words[:-1]) & ROLE_WORDS:
        return True  # "Air Marshal Tom Reade", "Energy Secretary Tom Hurst"
    before = tokenize(text[max(start, at - 30) : at])
    if before and before[-1].norm in ROLE_WORDS and not before[-1].capitalised:
        field = len(before) > 1 and before[-2].norm in FIRM_FIELDS  # "Fund manager X"
        return not field  # "Housing minister Cara Dunne"
    if re.search(r"['\u2019]s\s*$", text[max(start, at - 3) : at]):
        return len(words) == 2  # "Ardley Capital's Tessa Grange"
    after = text[at + len(name) : at + len(name) + 80]
    if re.match(r",\s+(?:who\b|aged\b|\d{1,2},(?!\d))", after):
        return True  # "Sam Holt, who", "Ormond Reid, 54,"
    apposed = re.match(r",\s+(?:the|a|an)\s+([^,.]+?)[,.]", after)
    if apposed:
        head = [t.norm for t in tokenize(re.split(_PREPOSITIONS, apposed[1])[0])]
        if head and (head[-1] in PERSON_NOUNS or head[-1] in ROLE_WORDS):
            return True  # "Sam Holt, a local builder,", "Tom Bale, the owner of Bale Haulage,"
    clause = tokenize(re.split(r"[,;.]", after)[0])[:3]
    if any(t.norm in _PRONOUNS for t in clause):
        return True  # "Tessa Grange said she had"
    return bool(re.match(r"[^.;]{0,60}?\b(?:said|says|added)\s+(?:he|she)\b", after))


def _business_noun(word: str) -> bool:
    made = word.endswith(("maker", "supplier", "producer")) and word not in PEOPLE_MAKERS
    return word in APPOSED_NOUNS or made


def _surname(article: ArticleText, word: str, at: int) -> bool:
    """Whether one word is the last word of a name the page made a person's before it."""
    text = article.text
    for match in re.finditer(rf"[A-Z][\w'\u2019-]+\s+{re.escape(word)}\b", text[:at]):
        start = article.sentences[article.sentence_at(match.start())][0]
        if _person_at(text, match.group(0), match.start(), start):
            return True
    return False


def _a_person(article: ArticleText, value: str, before: int) -> bool:
    """Whether the page describes the value as a person at a mention before the quote."""
    words = value.split()
    norms = [t.norm for t in tokenize(value)]
    if len(words) < 2 or set(norms) & BODY_WORDS or _business_name(norms):
        return False
    for match in re.finditer(re.escape(value), article.text[:before]):
        if article.quoted_region_at(match.start()) is not None:
            continue
        start = article.sentences[article.sentence_at(match.start())][0]
        if _person_at(article.text, value, match.start(), start):
            return True
    return False


def _unnamed_business(article: ArticleText, start: int, end: int) -> bool:
    """Whether the sentence's verb acts on a business named only by a common noun, with no
    name beside it ("Ofgem fined the supplier £4 million"; not "Pfizer said the company
    would", nor "the supplier, Octopus Energy,")."""
    text = article.text[start:end]
    for match in re.finditer(r"\b([a-z]+)\s+the\s+([a-z]+)\b(?!\s*,?\s+[A-Z])", text):
        verb = match[1]
        if verb in SPEECH_VERBS or verb in _NOT_VERBS or match[2] not in _ACTED_ON:
            continue
        return True
    return False


_ACTED_ON = BUSINESS_NOUNS | word_set("supplier operator")
_NOT_VERBS = STOPWORDS | word_set("that which who whose and but or")


def _key(name: str) -> str:
    return " ".join(t.norm for t in tokenize(name))


def _same(name: str, value: str) -> bool:
    """The value whole, or its opening words ("Calder Street" for "Calder Street
    Securities"), never one word that is the value's last."""
    mine = [t.norm for t in tokenize(value)]
    theirs = [t.norm for t in tokenize(name)]
    if mine and mine[0] == "the":
        mine = mine[1:]
    if theirs and theirs[0] == "the":
        theirs = theirs[1:]
    return bool(theirs) and mine[: len(theirs)] == theirs


__all__ = ["business_credit"]
