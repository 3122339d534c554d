"""Another body than the person's, named apart from them, read for a person's ``affiliation``
(session 54, gf54).

The affiliation rule (:mod:`.person_rules`) refuses a body the page never writes beside a
person who has one of their own (``_elsewhere``), but counted any word in common as the same
body, and read "the <word of the value>" anywhere in the person's sentence as the value's
short form. Two shapes slipped through:

- a namesake (:func:`namesake`): the person's own body shares a word with the value and is
  another body ("World Rugby" named alone; "Megan Doyle, chief executive of the Irish Rugby
  Union"; "Leicester City Council" beside "Dev Patel, of the Leicester Hindu Temple"). Two
  bodies are the same when one's words are within the other's (a short form, "Hanse" for
  "Hanse Logistik"; an abbreviation, "Fed" for "Federal"; a legal suffix left out) or one is
  the other's initials; when each has a word of its own, they are two;
- a stand-in (:func:`stand_in_other`): the person is given only a trade noun's possessive
  ("The airline's chief executive, Conor Fahy") and the value is named in another sentence,
  never as any sentence's subject, while another body opens a sentence before them
  ("Aerlinn Air reported a record profit ..., ahead of rival Skybridge"): the stand-in is the
  story's subject (as :func:`.acted_bodies.never_beside` reads it), so the rival is not theirs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..page.article import ArticleText
from ..page.tokens import word_set
from .left_bodies import BODY_NOUNS, about
from .own_side import STAND_INS

_FILLERS = word_set("the of and for a an & at in on")
# Words a body's name may carry or drop and stay the same body (a legal form, "FC").
_SUFFIXES = word_set("co inc ltd plc llc corp corporation company group holdings fc afc sa ag")
_RUN = re.compile(r"[A-Z][\w&'\u2019-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&'\u2019-]*)*")


def _words(body: str) -> list[str]:
    return [
        w
        for w in re.findall(r"[a-z0-9]+", body.lower().replace("'s", "").replace("\u2019s", ""))
        if w not in _FILLERS and w not in _SUFFIXES
    ]


def _within(short: list[str], long: list[str]) -> bool:
    """Whether every word of ``short`` is a word of ``long`` or the start of one ("Fed")."""
    return all(any(w == x or (len(w) >= 3 and x.startswith(w)) for x in long) for w in short)


def _initials(body: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Z][\w'-]*", body)).lower()


def distinct(body: str, value: str) -> bool:
    """Whether two bodies sharing a word are two (see the module): each has a word of its own,
    and neither is the other's initials."""
    one, two = _words(body), _words(value)
    if not one or not two or _within(one, two) or _within(two, one):
        return False
    for short, long in ((body, value), (value, body)):
        letters = short.replace(".", "").strip()
        if letters.isupper() and letters.lower() in (_initials(long), _initials(long)[:-1]):
            return False
    return True


def _places(article: ArticleText, value: str) -> Iterator[int]:
    """The sentences the value is written in, outside quotes."""
    bare = re.sub(r"^the\s+", "", value.strip(), flags=re.IGNORECASE)
    if len(bare) < 2:
        return
    for match in re.finditer(rf"(?<![\w-]){re.escape(bare)}(?![\w-])", article.text):
        if article.quoted_region_at(match.start()) is None:
            yield article.sentence_at(match.start())


def _back_reference(sentence: str, value: str) -> bool:
    """Whether a (written) sentence refers back to a body: "its", "their", a trade noun's
    possessive, or "the <noun>" in lower case (a word of the value, or a body noun);
    "the Leicester Hindu Temple" is a name, not a reference."""
    if re.search(r"\b(?:its|their)\b", sentence, re.IGNORECASE):
        return True
    nouns = "|".join(re.findall(r"[a-z]{4,}", value.lower())) or "(?!)"
    # "the council of World Hockey" is a title over a name, not a reference back (rv54f)
    back = rf"\b[Tt]he\s+(?:{nouns}|{BODY_NOUNS}|{STAND_INS})\b(?!\s+of\b)"
    return re.search(back, sentence) is not None


def apart(article: ArticleText, surname: str, value: str) -> bool:
    """Whether the page writes the value, outside quotes, only in sentences not naming the
    person, and no sentence naming them refers back to a body."""
    places = set(_places(article, value))
    if not places:
        return False
    for index in _about(article, surname):
        begin, stop = article.sentences[index]
        if index in places or _back_reference(article.text[begin:stop], value):
            return False
    return True


def _about(article: ArticleText, surname: str) -> set[int]:
    """The indices of the sentences about the person (:func:`.left_bodies.about`: naming them,
    or a pronoun's right after; rv54f: "She also sits on the council of World Hockey")."""
    spans = set(about(article, surname))
    return {index for index, span in enumerate(article.sentences) if tuple(span) in spans}


def _related(article: ArticleText, value: str, body: str) -> bool:
    """Whether the page relates the value to the person's own body where it names the value:
    the same sentence writes the body's own words ("Hexham Health Trust, which runs Hexham
    General Hospital"; "Caledonia Rugby, the Scottish union's playing name"), or the next one
    opens on "Its"/"Their" and names the body ("Its online arm, Aldren Direct"): a parent, an
    arm or a brand of theirs, not a namesake (rv54f)."""
    own = set(_words(body)) - set(_words(value))
    for index in set(_places(article, value)):
        begin, stop = article.sentences[index]
        if own and own <= set(_words(article.text[begin:stop])):
            return True
        if index + 1 < len(article.sentences):
            begin, stop = article.sentences[index + 1]
            after = article.text[begin:stop].lstrip()
            if re.match(r"(?:Its|Their)\b", after) and body in after:
                return True
    return False


def namesake(article: ArticleText, surname: str, value: str, bodies: frozenset[str]) -> str | None:
    """The person's own body (one of ``bodies``) that shares a word with the value and is
    another body, when the page names the value apart from them (see the module)."""
    if not bodies or any(not distinct(body, value) for body in bodies if _shared(body, value)):
        return None
    if not any(_shared(body, value) for body in bodies) or not apart(article, surname, value):
        return None
    if any(_related(article, value, body) for body in bodies if _shared(body, value)):
        return None
    return sorted(body for body in bodies if _shared(body, value))[0]


def _shared(body: str, value: str) -> bool:
    return bool(set(_words(body)) & set(_words(value)))


def _openers(article: ArticleText) -> list[tuple[int, str]]:
    """(sentence, body) of each capitalised run opening a sentence or a clause after ";" or
    ", and"/", but" (rv54f: "..., and Pembroke Building Society raised its rates")."""
    found = []
    for index, (begin, stop) in enumerate(article.sentences):
        for part in re.split(r";|,\s+(?:and|but)\s+", article.text[begin:stop]):
            clause = re.sub(r"^\s*(?:The|the)\s+", "", part.lstrip())
            match = _RUN.match(clause)
            if match and " " in match.group(0) and re.match(r"\s+[a-z]", clause[match.end() :]):
                found.append((index, match.group(0)))
    return found


# The head noun of a body that governs, judges, regulates or represents others, or trades their
# shares: no trade noun ("the airline's") stands for it (rv54f: "The Civil Aviation Board
# fined Skybridge Airways ... The airline's chief executive").
_PUBLIC_HEADS = word_set(
    "board court council authority commission regulator watchdog union exchange ministry "
    "department agency government tribunal parliament assembly committee federation "
    "association police inspectorate ombudsman"
)


def _public(body: str) -> bool:
    head = body.split(" of ")[0].split()[-1].lower()
    return head in _PUBLIC_HEADS


def stand_in_other(article: ArticleText, surname: str, value: str) -> str | None:
    """The body opening a sentence before the person, when the page gives them only a trade
    noun's possessive, names the value apart from them and never as a sentence's subject
    (see the module); None otherwise."""
    named = sorted(_about(article, surname))
    if not named:
        return None
    first = article.text[slice(*article.sentences[named[0]])]
    if not re.search(rf"\b[Tt]he (?:{STAND_INS})(?:'s|\u2019s)\s", first):
        return None
    places = set(_places(article, value))
    if not places or places & set(named):
        return None
    openers = [(index, body) for index, body in _openers(article) if index < named[0]]
    if any(_shared(body, value) for _, body in openers):
        return None
    subjects = [body for _, body in openers if body not in value and not _public(body)]
    return subjects[0] if subjects else None


__all__ = ["apart", "distinct", "namesake", "stand_in_other"]
