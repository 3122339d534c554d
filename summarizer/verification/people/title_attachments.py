"""Which named person each title or body phrase of a sentence is attached to by its grammar,
read for a person's ``role`` and ``affiliation`` (:mod:`.person_rules`, session 48).

Three fresh checks of session 48 found a person's role or affiliation swapped for another's
the largest missed plant: "Ana Ruiz, the firm's chair, and its chief executive Tom Hale" with
Tom Hale "chair". The older readings (:mod:`.role_holders`, :mod:`.affiliation_holders`) tie a
role to a name in fewer shapes, and refuse only when they also read a title of this person's
own. Here a sentence's phrases are attached to the name English attaches them to:
- an apposition after a name ("Leighton Baines, the under-18s coach,"; "Paula Vennells, the
  former chief executive of the Post Office"), a relative clause ("Sir Wyn Williams, who
  chairs the inquiry,"), "of"/"at"/"from" or a bracket after a name ("Paul Johnson of the
  Institute for Fiscal Studies", "Alexander Dobrindt (CSU)");
- an apposition before a name that opens with a determiner or a possessive ("his Chief Press
  Secretary, Ebenezer Adeniyan"; "Glenview's founder, Larry Robbins"; "the chief judge of the
  court, Sean Cox"): an opening without one ("After meeting the prime minister, Smith said")
  is an adverbial, not a title;
- title words written before a name ("captain Seamus Coleman", "District Judge Thomas
  Cullen", "Shadow chancellor Rachel Reeves").
A phrase CARRIES a value when every content word of the value is among its words.
:func:`attached_elsewhere` answers with the other person a value is attached to when the page
attaches it to someone else only, attaches a phrase of their own to this person that does not
carry it, and never writes the value's words in a sentence naming this person outside the other
person's phrase ("Ortberg will take over as chief executive" beside "Calhoun, the chief
executive," is Ortberg's too). Former phrases ("the former minister") attach nothing now.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..page.article import ArticleText
from ..page.tokens import SINGULAR_POSSESSIVES, word_set
from .leader_titles import LEADER_WORDS
from .names import PARTICLES, TITLES
from .other_appositions import stand_in_owner
from .role_descriptions import OFFICE_WORDS

_CAPWORD = r"(?:[A-Z][\w'\u2019.-]*|(?:de|van|von|der|da|di|al|bin|del|la|le)\b)"
_NAME = re.compile(rf"[A-Z][\w'\u2019-]+(?:\s+{_CAPWORD})*")
_DETS = word_set("the a an its his her their our my your")
_STOP = word_set("the a an of for to and in at on s its his her their by with from as")
_PAST = word_set("former ex erstwhile onetime previously formerly outgoing late until")
_HONORIFICS = word_set("sir dame dr mr mrs ms lord lady")
_LEADS = TITLES | _HONORIFICS | OFFICE_WORDS  # made once, not per word of a run (spd49)
_SUFFIXES = word_set("kc qc mp jr sr ii iii iv")
_BODY_ENDS = word_set(
    """bank party union court ministry council government house fed agency institute
    university company group commission committee office department army police service
    association federation league alliance front movement inquiry board"""
)


class Phrase(NamedTuple):
    """A title or body phrase and the name it is attached to: (the name's words in lower case,
    the phrase's content words, its span in the article, whether it says the post is past)."""

    name: tuple[str, ...]
    words: frozenset[str]
    start: int
    end: int
    past: bool
    post: bool = True  # False for a body alone ("of Finland", "(CSU)"): it states no post


def _stem(word: str) -> str:
    """A word's comparable form: lower case, a plural's or possessive's "s" dropped."""
    word = word.lower().replace("\u2019", "'").removesuffix("'s").strip("'")
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def content_words(text: str) -> frozenset[str]:
    """The words of a phrase or value that say what it is (no articles nor prepositions)."""
    return frozenset(_stem(w) for w in re.findall(r"[\w'\u2019-]+", text)) - _STOP - {""}


def _person(run: str) -> tuple[tuple[str, ...], int] | None:
    """A capitalised run's person name (lower case, leading titles and honorifics dropped)
    and how many leading words were titles; None when the run is a body's name or one
    word."""
    words = run.split()
    lead = 0
    while lead < len(words) - 1 and _stem(words[lead]) in _LEADS:
        lead += 1
    rest = [w for w in words[lead:] if _stem(w) not in _SUFFIXES]
    if len(rest) < 2 or _stem(rest[-1]) in _BODY_ENDS or _stem(rest[-1]) in TITLES:
        return None
    if any(w.endswith(SINGULAR_POSSESSIVES) for w in rest):
        return None
    return tuple(w.lower().strip(".,") for w in rest if w.lower() not in PARTICLES), lead


def _phrases_in(text: str, begin: int, stop: int) -> list[Phrase]:
    """Every phrase of the sentence ``text[begin:stop]`` attached to a name (see the module)."""
    sentence = text[begin:stop]
    found: list[Phrase] = []
    for match in _NAME.finditer(sentence):
        person = _person(match.group(0))
        if person is None or _object_of(sentence[: match.start()]):
            continue
        name, lead = person
        start, end = match.start(), match.end()
        if lead:  # "District Judge Thomas Cullen": the title words of the run
            words = " ".join(match.group(0).split()[:lead])
            found.append(_phrase(name, words, begin + start, begin + start + len(words)))
        _before(sentence, start, name, begin, found)
        _after(sentence, end, name, begin, found)
    return found


_OBJECT_OPENERS = word_set("heads runs leads chairs joined joins of at for from in on into within")


def _object_of(head: str) -> bool:
    """Whether a capitalised run stands where a body does: right after a preposition or a
    verb of heading ("who heads Intel Products", "a spokeswoman for Blue Harbor Group")."""
    last = re.findall(r"[\w'-]+", head[-20:])
    return bool(last) and last[-1].lower() in _OBJECT_OPENERS


def _phrase(name: tuple[str, ...], text: str, start: int, end: int) -> Phrase:
    """A phrase of ``text`` attached to ``name``; an honorific alone ("Sir", "Dr") says no
    post and keeps no words."""
    words = content_words(text) - _HONORIFICS
    past = bool({w.lower() for w in re.findall(r"[\w-]+", text)} & _PAST)
    return Phrase(name, words - _PAST, start, end, past)


def _before(
    sentence: str, start: int, name: tuple[str, ...], begin: int, found: list[Phrase]
) -> None:
    """Lower-case title words right before the name, and an apposition before it that opens
    with a determiner or a possessive and ends in ", " right before the name."""
    head = sentence[:start]
    titles = re.search(r"((?:\b[a-z][\w-]*\s+){1,3})$", head)
    if titles:
        kept: list[str] = []
        for word in reversed(titles.group(1).split()):
            if _stem(word) not in OFFICE_WORDS and word.lower() not in ("captain", "coach"):
                break
            kept.insert(0, word)
        if kept:
            size = len(" ".join(kept)) + 1
            found.append(_phrase(name, " ".join(kept), begin + start - size, begin + start))
    if not head.endswith(", "):
        return
    segment = re.split(r"[,;:\"\u201c\u201d(]", head[:-2])[-1]
    segment = re.sub(r"^\s*(?:and|or|but)\s+", "", segment)
    words = segment.split()
    if not words or len(words) > 9:
        return
    first = words[0]
    if first.lower() in _DETS or first.endswith(SINGULAR_POSSESSIVES):
        seg_start = start - 2 - len(segment)
        found.append(_phrase(name, segment, begin + seg_start, begin + start - 2))


_AFTER = re.compile(
    r"^(?:\s+(?:KC|QC|MP|Jr|Sr)\b)?(?:,\s+(?P<app>(?:the|a|an|its|his|her|their|who|now|"
    r"(?:[A-Z][\w'\u2019&.-]*\s+){0,3}[A-Z][\w'\u2019-]*(?:'s|\u2019s)|[a-z][\w-]*)\b[^,;:()\"\u201c]{0,80}?)(?=,|;|\.|$|\s+and\s+[A-Z])"
    r"|\s+(?P<of>(?:of|at|from)\s+(?:the\s+)?[A-Z][\w'\u2019&.-]*(?:\s+(?:of|for|and|the)?\s*"
    r"[A-Z][\w'\u2019&.-]*)*)|\s*\((?P<br>[^)]{1,60})\))"
)
_NOT_APPOSED = word_set(
    """said says told tells added adds and or but with who's which that when while after
    before also on in was is were are has had have will would could denied argued"""
)


_POST_VERBS = word_set("is serves served remains")
_EVENT_VERBS = word_set("says has does was goes gives takes makes")


def _states_post(text: str) -> bool:
    """Whether an apposition's relative clause states a standing post ("who chairs the
    inquiry", "who is its treasurer") rather than an act ("who announced in March")."""
    words = text.split()
    if words[0].lower() not in ("who", "now"):
        return True
    verb = words[1].lower() if len(words) > 1 else ""
    return verb in _POST_VERBS or (verb.endswith("s") and verb not in _EVENT_VERBS)


_OPENERS = _DETS | word_set("who whose now also")
_FINITE = word_set("is was are were will would has had have said says say plans can could did does")
_OBJECTS = _DETS | word_set("he she they it we i")


def _noun_phrase(text: str) -> bool:
    """Whether an apposition after a name reads as a noun phrase, not the sentence's verb
    ("Robert Sanchez, took the Golden Glove"; "Karoline Leavitt, the prime minister plans to
    nominate"): it opens with a determiner, "who", a possessive or an office word, or a bare
    noun not followed by an object; outside a "who" clause it holds no finite verb."""
    words = text.split()
    first = words[0].lower()
    if first not in ("who", "whose") and {w.lower() for w in words} & _FINITE:
        return False
    if first.endswith("ing"):  # "Omar Haddad, speaking for the ministry": an act, no post
        return False
    possessive = re.match(r"(?:[A-Z][\w'\u2019&.-]*\s+){0,3}[A-Z][\w-]*(?:'s|\u2019s)\b", text)
    if first in _OPENERS or possessive or _stem(first) in OFFICE_WORDS:
        return True
    return len(words) == 1 or words[1].lower() not in _OBJECTS


def _after(sentence: str, end: int, name: tuple[str, ...], begin: int, found: list[Phrase]) -> None:
    """An apposition, relative clause, "of"/"at"/"from" body or bracket after the name."""
    match = _AFTER.match(sentence[end:])
    if match is None:
        return
    for group in ("app", "of", "br"):
        text = match.group(group)
        if not text:
            continue
        if group == "app" and text.split()[0].lower() in _NOT_APPOSED:
            return
        if group == "app" and re.match(r"\d", text):
            return
        if group == "app" and not (_states_post(text) and _noun_phrase(text)):
            return
        start, stop = begin + end + match.start(group), begin + end + match.end(group)
        found.append(_phrase(name, text, start, stop)._replace(post=group == "app"))


def phrases(article: ArticleText) -> list[Phrase]:
    """Every attached phrase of the page, read once per article."""
    key = ("title_attachments.phrases",)
    known: list[Phrase] | None = article.memo.get(key)
    if known is None:
        known = []
        for begin, stop in article.sentences:
            known.extend(_phrases_in(article.text, begin, stop))
        article.memo[key] = known
    return known


def _is(name: tuple[str, ...], holder: tuple[str, ...]) -> bool:
    """Whether a name the page writes is this person's: the same last word."""
    return bool(name) and bool(holder) and name[-1] == holder[-1]


def attached_elsewhere(
    article: ArticleText, name: tuple[str, ...], value: str, body: bool = False
) -> str | None:
    """The other person the page attaches the value to, when it attaches it to no phrase of
    this person's, gives this person a phrase of their own, and writes the value's words in no
    sentence naming this person outside the other's phrase (see the module). With ``body``
    (an affiliation), this person's own phrases must name a body (a capitalised word) that is
    not the value's: two people of one body are common."""
    wanted = content_words(value)
    if not wanted or not name:
        return None
    found = phrases(article)
    # a leader word alone or with the value's own words ("Ukrainian leader Volodymyr
    # Zelensky", "defence chief Rustem Umerov") stands for whatever office the person holds:
    # no post of their own against "President" or "defence minister"
    own = [
        p
        for p in found
        if _is(name, p.name)
        and _titled(article, p)
        and not (p.words & LEADER_WORDS and p.words - LEADER_WORDS <= wanted)
        and (body or p.post)
    ]
    if not own or any(_carries(p.words, wanted) for p in own):
        return None
    if body and not any(_names_body(article, p, wanted) for p in own if not p.past):
        return None
    if body and any(_initials_of(article, p, value) for p in own):  # "of the PRI"
        return None
    if body and any(_anaphoric(article, p) for p in own):  # "who leads its Latin department"
        return None
    others = [p for p in found if not _is(name, p.name) and not p.past and wanted <= p.words]
    others = [p for p in others if not _shared(article, name, p)]  # "Senators X and Y"
    if not others or _succeeds(article, name, others):
        return None
    if _said_here(article, name, wanted, others):
        return None
    return " ".join(others[0].name).title()


def _carries(words: frozenset[str], wanted: frozenset[str]) -> bool:
    """Whether a phrase's words hold every word of the value, a word of the same root counting
    ("who runs the health ministry" carries "health minister"; "presidency", "president")."""

    def like(word: str, other: str) -> bool:
        size = min(6, len(word), len(other))
        return word == other or (size >= 5 and word[:size] == other[:size])

    return all(any(like(w, p) for p in words) for w in wanted)


_PLURAL = re.compile(r"\b(?:[Bb]oth|[Aa]ll|[Jj]oint|[Cc]o-\w+|[a-z]{3,}(?<![su])s)\b")
_JOINED = re.compile(r"^(?:\s|,|\band\b|&|\b[A-Z][\w'\u2019.-]*)*$")


def _plural(text: str) -> bool:
    """Whether a phrase speaks of more than one person: "both", "all", "joint", a "co-" word,
    a plural in lower case, or a plural title ("Senators"; not "the Commissioner for Works")."""
    titles = [w for w in re.findall(r"\b[A-Z][a-z]+s\b", text) if _stem(w) in TITLES | OFFICE_WORDS]
    return bool(_PLURAL.search(text) or titles)


def _at(text: str, begin: int, stop: int, last: str) -> list[int]:
    """Where a surname stands in the sentence ``text[begin:stop]``."""
    found = re.finditer(rf"\b{re.escape(last)}\b", text[begin:stop], re.IGNORECASE)
    return [begin + m.start() for m in found]


def _shared(article: ArticleText, name: tuple[str, ...], other: Phrase) -> bool:
    """Whether another person's phrase is plural and that person's name is joined to this
    person's by "and" or a comma on the phrase's far side ("Senators Marcus Bell and Dana
    Whitfield", "Its co-founders, Ana Ruiz and Ben Tull", "X, Y and Z, all directors of"): the
    phrase is both people's (the other phrases between the names left out)."""
    text = article.text
    if not _plural(text[other.start : other.end]):
        return False
    spans = [(p.start, p.end) for p in phrases(article)]
    two = re.search(r"\bboth\b", text[other.start : other.end], re.IGNORECASE)
    begin, stop = next((b, e) for b, e in article.sentences if b <= other.start < e)
    for a in _at(text, begin, stop, name[-1]):
        for b in _at(text, begin, stop, other.name[-1]):
            if (a > b) != (other.start < b):  # a phrase before the names opens them, after ends
                continue
            kept = (
                c
                for i, c in enumerate(text[min(a, b) : max(a, b)], min(a, b))
                if not any(s <= i < e for s, e in spans)
            )
            gap = re.sub(
                rf"\b(?:{re.escape(name[-1])}|{re.escape(other.name[-1])})\b", "", "".join(kept)
            )
            # "both" covers two names: not "X, a geneticist, and Y and Z, both of York"
            if _JOINED.match(gap) and not (two and len(re.findall(r"\band\b|&", gap)) > 1):
                return True
    return False


_SUCCESSION = r"(?:replaced|replaces|succeeded|succeeds|(?:took|takes) over from)"
_DENIED = re.compile(r"\b(?:not|never|out|refused|declined|against|n't)\b", re.IGNORECASE)


def _succeeds(article: ArticleText, name: tuple[str, ...], others: list[Phrase]) -> bool:
    """Whether a sentence naming this person has them replace or succeed the other holder
    ("Lena Brandt ... has replaced Olaf Wirth, the long-serving chair"): the post is theirs
    now."""
    for other in others:
        before = rf"\b{re.escape(name[-1])}\b.*?\b{_SUCCESSION}\s+"
        pattern = before + rf"(?:[A-Z][\w'.-]*\s+)*{re.escape(other.name[-1])}\b"
        for begin, stop in article.sentences:
            found = re.search(pattern, article.text[begin:stop], re.IGNORECASE | re.DOTALL)
            if found and not _DENIED.search(found.group(0)):
                return True
    return False


_ROLE_ENDS = ("er", "or", "ist", "ant", "ent", "ian", "ain", "ee")


def _titled(article: ArticleText, phrase: Phrase) -> bool:
    """Whether a phrase states a post or a body: more than one word ("counsel to the
    inquiry"), an office word, a noun of a person's function (its ending: "lawyer",
    "economist", "captain") or a capitalised word ("Their host" says neither, so it is no
    post of their own)."""
    if len(phrase.words) > 1 or phrase.words & OFFICE_WORDS:
        return True
    if any(w.endswith(_ROLE_ENDS) for w in phrase.words):
        return True
    text = article.text[phrase.start : phrase.end]
    return bool(re.search(r"(?<!^)\b[A-Z]", text.strip()))


def _initials_of(article: ArticleText, phrase: Phrase, value: str) -> bool:
    """Whether a phrase writes the value by its initials, in any order ("Ana Beltran of the
    PRI" for the Institutional Revolutionary Party; a party's "Party" may be left out)."""
    full = "".join(w[0] for w in re.findall(r"[A-Z][\w'\u2019-]*", value)).lower()
    text = article.text[phrase.start : phrase.end]
    # initials in capitals, or mixed ("AfDB", "DfE"): their capital letters
    spelled = [w.lower() for w in re.findall(r"[A-Z][\w'\u2019-]*", value)]
    for token in re.findall(r"\b[A-Z][A-Za-z]*[A-Z][A-Za-z]*\b", text):
        chunks = [c.lower() for c in re.findall(r"[A-Z][a-z]*", token)]
        if token.isupper() and sorted("".join(chunks)) in (
            sorted(full),
            sorted(full.removesuffix("p")),
        ):
            return True
        if len(chunks) == len(spelled) and all(map(str.startswith, spelled, chunks)):
            return True  # "AfDB": each capital with its small letters opens a word
    # the value by its initials, the phrase by its full name ("IMF" of "at the International
    # Monetary Fund")
    if re.fullmatch(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*", value.strip()):
        letters = "".join(ch for ch in value if ch.isupper()).lower()
        words = re.findall(r"\b[A-Z][\w'\u2019-]*", text)
        initials = "".join(w[0] for w in words if _stem(w) not in _STOP).lower()
        return letters in initials
    return False


def _anaphoric(article: ArticleText, phrase: Phrase) -> bool:
    """Whether a phrase names its body by a pronoun or a stand-in's possessive ("who leads its
    Latin department", "head of the group's Asian arm"): the body may be the one named before."""
    text = article.text[phrase.start : phrase.end]
    return bool(re.search(r"\b(?:[Ii]ts|[Tt]heir)\b", text)) or stand_in_owner(text)


def _names_body(article: ArticleText, phrase: Phrase, wanted: frozenset[str]) -> bool:
    """Whether a phrase names a body (a capitalised word, its first only when a possessive:
    "Jaguar's chief executive"; "The chairman" is capitalised for the sentence) not of the
    value."""
    text = article.text[phrase.start : phrase.end].strip()
    caps = {_stem(w) for w in re.findall(r"\b[A-Z][\w'\u2019-]*", text)}
    first = text.split()[:1]
    if first and not first[0].endswith(SINGULAR_POSSESSIVES):
        caps -= {_stem(first[0])}
    return bool(caps - wanted - _STOP - OFFICE_WORDS)


def _said_here(
    article: ArticleText, name: tuple[str, ...], wanted: frozenset[str], others: list[Phrase]
) -> bool:
    """Whether a sentence naming this person holds every word of the value outside the other
    people's phrases ("Ortberg will take over as chief executive")."""
    surname = re.compile(rf"\b{re.escape(name[-1])}\b", re.IGNORECASE)
    text = article.text
    rivals = re.compile(r"\b(?:" + "|".join(re.escape(o.name[-1]) for o in others) + r")\b")
    opening = r"\s*(?:[^,.;\"\u201c]{0,60},\s*)?(?:[Hh]e|[Ss]he|[Tt]hey|[Tt]he)\b"
    alone = named = False
    for begin, stop in article.sentences:
        # a sentence naming this person, or the next one when it opens with a pronoun ("She
        # is the mayor of Ghent") or a stand-in, after an opening or not ("As mayor, she has
        # promised"; "Asked whether taxes would rise, the finance minister said no"), unless
        # the sentence before names the other holder too
        follows = alone and bool(re.match(opening, text[begin:stop]))
        named = bool(surname.search(text[begin:stop]))
        alone = named and not rivals.search(text[begin:stop])
        if not (named or follows):
            continue
        pieces = []
        cursor = begin
        for other in sorted(others, key=lambda p: p.start):
            if begin <= other.start < stop:
                pieces.append(text[cursor : other.start])
                cursor = max(cursor, other.end)
        pieces.append(text[cursor:stop])
        if wanted <= content_words(" ".join(pieces)):
            return True
    return False


__all__ = ["Phrase", "attached_elsewhere", "content_words", "phrases"]
