"""The named subject of the clause a quote stands in, when no verb of saying leads into it, read
for :mod:`summarizer.verification.quotes.speakers` (checks 59 and 60, session 27).

"Oslo wants "...", "Ferreira accused the Nordics of seeking "..."", "the union read the ruling
as promising "..."", "The embassy reacts: "..."": the words belong to the one who acts in
their own clause, whatever the verb. The verb is an open class (every verb of wanting,
blaming, reading, reacting); a list of them found only the seen ones, and the reading went
back past the clause to the last speaker named before it (check 60 gave Nebenzia's words to
Shea). So the verb is read by its place, the first word after the subject, and the rule is
keyed on the few shapes where the clause's subject does NOT speak the words:

- a copula or a passive ("X was branded "..."", "X is "..."", "X has been called "...""): the
  words are said of X, by someone else or no one;
- another's words inside the clause: a name in the possessive ("rejected Moen's "...""), a
  relative or reported clause ("the plan, which Y had called", "argued that Y had promised"),
  a relay ("quoting", "cited", "echoing"), a paper that carries them ("a letter warning of
  "...""), or a noun of hearing ("faced chants of "...""): the reading says nothing;
- a subject that is no name (a description, a pronoun, a common noun): left to the readings
  of references and epithets.

The subject is the named one the last clause opens with (clauses part at ";" and at a comma
before "and", "but", "while"). The value is "yes" when it is that subject, "other" when the
subject is a name that is not the value (another person or body the sentence names)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from ..page.possessives import is_possessive
from ..page.stamps import without_stamp
from ..page.tokens import Token, tokenize, word_set
from ..people.party_names import party_of
from ..sentences.clauses import Verdict, by_subject
from ..sentences.opening_subjects import sentence_subject
from ..sentences.speech import PAPERS, SPEECH_NOUNS, speaks
from ..sentences.subjects import DESCRIBING, gap
from .expressed_quotes import named_thing

# Forms of "be" (a copula, or a passive's auxiliary), and auxiliaries that may stand before one.
_BE = word_set("is are was were be been being am isn't wasn't aren't weren't")
_HELPING = word_set("has have had will would may might could should must can also still not")
# Words that open a clause of someone else's inside the subject's clause.
_REPORTED = word_set("who whom whose which that whether if because after when while as")
# Of those, the ones that may stand in the subject's own clause ("read the text as requiring").
_MAY_REPORT = word_set("that as")
# Words that hand on the words of another (a relay), or of hearing them.
_RELAYS = word_set(
    """quoting quoted citing cited echoing echoed according relaying relayed faced faces
    facing heard hears greeted received receives chants chanted cries shouts signs banners
    placards slogans slogan accusations criticism"""
)
# Nouns of a charge the subject answers, and verbs of denying it ("dismissed the charge that",
# "laughed off claims that", "denied that"): the words are the charge's, not the subject's.
# Read only past the clause's verb ("X claims "..."" is X's own).
_CHARGES = word_set(
    """charge charges claim claims jibe jibes allegation allegations suggestion suggestions
    accusation denied denies deny denying"""
)
_JOINS = word_set("and but while whereas")
# Words that are never a clause's verb: the subject's phrase goes on, or no verb follows it.
_NOT_VERBS = word_set(
    """near in on at of for from with without by to into about over under after before
    during since the a an this that these those and or but nor than as like"""
)
_FILLERS = word_set("also then later again once now instead too thus")


def own_subject_verdict(
    lead: Sequence[Token],
    tail: Sequence[Token],
    region: tuple[int, int],
    parts: list[str],
    text: str,
) -> Verdict:
    """Verdict of the quote's own clause by its named subject ("yes", "other"), or "none"
    when the clause has a verb of saying (the attribution reading's), names no subject, or
    is one of the shapes where its subject does not speak the words."""
    if named_thing(text, region, tail):
        return "none"  # 'X condemned the "America First" agenda': a label, not X's words
    clause = _last_clause(without_stamp(list(lead), text), text)
    if clause and "\n" in text[clause[0].start : clause[-1].end]:
        return "none"  # a headline or a subhead run into the sentence says nothing of it
    if clause and _CLOSED.intersection(text[clause[-1].end : region[0]]):
        return "none"  # "... kept open. The leaders will": the lead's sentence ended before
    if len(clause) < 2 or any(speaks(clause, at) for at in range(len(clause))):
        return "none"
    opening = _opening(clause, text)
    if opening is None:
        return "none"
    clause = clause[clause.index(opening) :]
    written = _written(clause, parts)
    subject = _before_comma(written or sentence_subject(list(clause), text), text)
    subject = subject if written else _name_after(subject, text)
    while subject and not subject[-1].capitalised and subject[-1].norm in _LOOSE:
        subject = subject[:-1]  # "Erik Hansen, the": the joining word sentence_subject keeps
    if clause[0].norm == "the" and subject and subject[0] is clause[1]:
        subject = [clause[0], *subject]
    if subject and not written and subject[0] is not clause[0]:
        if not _after_description(clause, subject, text):
            return "none"
        rest = clause[clause.index(subject[-1]) + 1 :]  # "Acme's chief economist, X, gives"
    elif not subject:
        return "none"
    else:
        rest = clause[clause.index(subject[-1]) + 1 :]
        subject, rest = _placed(subject, rest)  # "The Embassy in Lisbon reacts"
    if subject[0] is not clause[0]:
        pass  # the name apposed to a description: its verb follows its closing comma
    elif written or _named(subject, text):
        rest = _past_aside(rest, subject[-1], text)
    else:
        subject, rest = _apposed(subject, rest, text)  # "The spokesman, Patrick Muyaya, read"
        if not _named(subject, text):
            return "none"
    if not rest or not _own_words(rest, text):
        return "none"
    return "yes" if written else by_subject(parts, subject)


def _before_comma(subject: list[Token], text: str) -> list[Token]:
    """A subject cut where a comma sets off a lower-case aside ("Sir Ian Hale, the chief
    regulator, credited": Sir Ian Hale); the aside is read past as any other."""
    for at in range(1, len(subject)):
        if "," in gap(text, subject[at - 1], subject[at]) and not subject[at].capitalised:
            return subject[:at]
    return subject


def _name_after(subject: list[Token], text: str) -> list[Token]:
    """The name of a subject read as a description and the name apposed to it ("Portline's
    chief operating officer, Lars Holm"): the name, when the words before its comma are no
    name; the subject as it is otherwise."""
    for at in range(2, len(subject)):
        if "," in gap(text, subject[at - 1], subject[at]) and subject[at].capitalised:
            if not _named(subject[:at], text) and not subject[at - 1].capitalised:
                return subject[at:]
            break
    return subject


def _after_description(clause: list[Token], subject: list[Token], text: str) -> bool:
    """Whether the named subject is apposed to the description the clause opens with
    ("Halden's chief economist, Mia Dal, gives", "The research director, Tim Ode, puts"):
    one description, no name, then the name set off by a comma on each side."""
    at = clause.index(subject[0])
    end = clause.index(subject[-1])
    described = clause[:at]
    if len(described) < 2 or end + 1 >= len(clause):
        return False
    if "," not in gap(text, described[-1], subject[0]):
        return False
    if "," not in gap(text, subject[-1], clause[end + 1]) or not _named(subject, text):
        return False
    if any("," in gap(text, one, two) for one, two in pairwise(described)):
        return False  # "Oslo, Bergen and Tromso, X, ...": a list, not one description
    return not _named(described, text) and not described[-1].capitalised


def _written(clause: list[Token], parts: list[str]) -> list[Token]:
    """The clause's opening words when they are the value as written ("Denmark's foreign
    ministry hit back"): a body named by a common noun is its own subject; [] otherwise."""
    if len(parts) != 1:
        return []
    words = [t.norm for t in tokenize(parts[0])]
    if words and words[0] == "the" and clause[0].norm != "the":
        words = words[1:]
    if words and words[0] != "the" and clause[0].norm == "the":
        clause = clause[1:]  # "The U.S. Embassy reacts" for "U.S. Embassy"
    opening = clause[: len(words)]
    if len(words) < 2 or [t.norm for t in opening] != words or len(clause) == len(words):
        return []
    return opening


_LOOSE = word_set("the and of a an")


def _last_clause(lead: Sequence[Token], text: str) -> list[Token]:
    """The words of the lead's last clause: after the last ";" or a comma before "and",
    "but", "while" ("Latvia has said it will abstain, and Estonia sees "..."")."""
    start = 0
    for at in range(1, len(lead)):
        between = gap(text, lead[at - 1], lead[at])
        if ";" in between:
            start = at
        elif "," in between and lead[at].norm in _JOINS:
            start = at + 1
    return list(lead[start:])


def _opening(clause: Sequence[Token], text: str) -> Token | None:
    """The token the clause's subject opens with: its first, or the first after a leading
    chunk set off by a comma ("By contrast, Finland", "On Friday, the union")."""
    if not clause:
        return None
    first = clause[0]
    if first.capitalised and first.norm not in _SCENE and first.norm != "the":
        return first
    if first.norm == "the":
        return first
    for at in range(1, min(len(clause), 8)):
        if clause[at].norm in SPEECH_NOUNS or clause[at].norm in _OWNED:
            return None  # "In her words, UN sanctions "..."": whose words the chunk says
        if "," in gap(text, clause[at - 1], clause[at]):
            nxt = clause[at]
            return nxt if nxt.capitalised or nxt.norm == "the" else None
    return None


_OWNED = word_set("his her their its according quoting view words")
_SCENE = word_set(
    """in on at after before during since by from with for as when while under over across
    amid despite earlier later meanwhile yesterday today asked speaking"""
)


def _named(subject: Sequence[Token], text: str) -> bool:
    """Whether the subject is a name (a person, a country, a body), not a description whose
    capitalised words only qualify it ("The Tigrayan commander"), nor a thing a name owns
    ("Moen's offer", "Friday's summit in Anchorage"); a place after "in", "of" or "for" is
    the name's own ("The U.S. Embassy in Lisbon")."""
    core = list(subject)
    for at, token in enumerate(subject):
        if at and token.norm in _PLACING:
            core = list(subject[:at])
            break
    if not core:
        return False
    owner = any(is_possessive(t, text) and not nxt.capitalised for t, nxt in pairwise(core))
    last = core[-1]
    if len(core) == 1 and not _named_elsewhere(last, text):
        return False  # "Graffiti near the gate", "Humanitarian corridors": capitalised to open
    return not owner and last.capitalised and last.norm not in DESCRIBING


def _named_elsewhere(token: Token, text: str) -> bool:
    """Whether a lone capitalised word is a name: the page writes it capitalised after a
    lower-case word or a comma somewhere ("... and Italy wants", "said Nebenzia"), as no
    common noun capitalised only to open a sentence is written."""
    return _written_mid_sentence(text[token.start : token.end], text)


@lru_cache(maxsize=1024)
def _written_mid_sentence(word: str, text: str) -> bool:
    """:func:`_named_elsewhere` of one word on one page, once (the page's scan is cached)."""
    if party_of(word) is not None:
        return True  # a country or a people's body ("Finland, by contrast, voiced")
    return re.search(rf"[a-z,] {re.escape(word)}\b", text) is not None


def _apposed(subject: list[Token], rest: list[Token], text: str) -> tuple[list[Token], list[Token]]:
    """A description subject with the name apposed to it ("The government spokesman, Patrick
    Muyaya, read"): the name, and the words after its closing comma."""
    if _named(subject, text) or not rest or "," not in gap(text, subject[-1], rest[0]):
        return subject, rest
    name: list[Token] = []
    for at, token in enumerate(rest):
        if not token.capitalised and not (name and token.norm in _PARTICLES):
            return subject, rest
        name.append(token)
        if at + 1 < len(rest) and "," in gap(text, token, rest[at + 1]):
            return name, rest[at + 1 :]
    return subject, rest


_PARTICLES = word_set("de da del di van von al bin la le")


def _placed(subject: list[Token], rest: list[Token]) -> tuple[list[Token], list[Token]]:
    """A named subject that goes on through "in", "of" or "for" and more capitalised words
    ("The U.S. Embassy in Port-au-Prince reacts"): all of it, and the words after."""
    at = 0
    while at + 1 < len(rest) and rest[at].norm in _PLACING and rest[at + 1].capitalised:
        at += 1
        while at < len(rest) and rest[at].capitalised:
            at += 1
    return subject + rest[:at], rest[at:]


_PLACING = word_set("in of for at")
_CLOSED = frozenset(".!?")


def _past_aside(rest: list[Token], last: Token, text: str) -> list[Token]:
    """The words after the subject without an aside set off by commas right after it
    ("Finland, by contrast, voiced"; "Ingrid Solberg, who leads the caucus, wants")."""
    if not rest or "," not in gap(text, last, rest[0]):
        return rest
    for at in range(1, len(rest)):
        if "," in gap(text, rest[at - 1], rest[at]):
            return rest[at:]
    return []


def _own_words(rest: Sequence[Token], text: str) -> bool:
    """Whether the words between the subject and the quote are its own verb and what it acts
    on, with no copula or passive, and no one else's words inside them."""
    at = 0
    while at < len(rest) and (rest[at].norm in _HELPING or rest[at].norm in _FILLERS):
        at += 1
    if at + 1 < len(rest) and rest[at].norm in _BE and rest[at + 1].norm.endswith("ing"):
        at += 1  # "The families are holding out for": a verb going on, not a copula
    elif at >= len(rest) or rest[at].norm in _BE or rest[at].capitalised:
        return False  # "X was branded", "X is "..."", "X has been called"
    if rest[at].norm in _NOT_VERBS:
        return False  # "Graffiti near the gate, "..."": the verb comes after the quote
    if any("," in gap(text, one, two) for one, two in pairwise(rest)):
        return False  # "X spoke for an hour, with MPs branding it "..."": another clause
    if rest[at - 1].norm not in _BE and rest[at].norm.endswith("ing"):
        return False  # a participle opens an aside, not the clause's verb
    for index, token in enumerate(rest):
        if token.norm in _RELAYS:
            return False  # "quoting Y", "faced chants of"
        if index > at and token.norm in _CHARGES:
            return False  # "dismissed the charge that", "denied that": a charge answered
        if token.norm in PAPERS and index + 1 < len(rest) and rest[index + 1].norm != "as":
            return False  # "a letter warning of": the paper's words ("read the text as": X's)
        if token.norm in SPEECH_NOUNS and token.norm not in PAPERS:
            return False  # "repeated Eide's line", "welcomed the warning of"
        if token.capitalised and is_possessive(token, text):
            return False  # "rejected Moen's "...""
        if index > at and token.norm in _REPORTED:
            named = any(t.capitalised for t in rest[index + 1 : index + 4])
            if named or token.norm not in _MAY_REPORT:
                return False  # "the plan, which Y had called", "argued that Y had promised"
        if token.norm == "with" and any(t.norm.endswith("ing") for t in rest[index + 1 :]):
            return False  # "opened the plant with crowds hailing it "...": the crowds' words
        if index > at and _own_participle(rest, index):
            return False  # "left early amid delegates describing the talks as": theirs
    return not _owned_end(rest, text)


def _own_participle(rest: Sequence[Token], index: int) -> bool:
    """Whether ``rest[index]`` is a participle with a subject of its own: an "-ing" word right
    after a noun ("delegates describing", "crowds hailing"), not after a word that governs it
    ("of wanting", "as requiring", "by calling", "to wavering")."""
    token = rest[index]
    if not token.norm.endswith("ing") or len(token.norm) < 5:
        return False
    return rest[index - 1].norm not in _GOVERNING and not rest[index - 1].norm.endswith("ing")


_GOVERNING = word_set(
    """of as by for from about in on to after before without while when and or into at
    against over upon through despite like than the a an this that its his her their our
    my your no any every each"""
)  # and a determiner: "the ruling", "a meeting" are nouns


def _owned_end(rest: Sequence[Token], text: str) -> bool:
    """Whether the word right before the quote owns it ("his", "their", "so-called")."""
    last = rest[-1]
    if last.norm in {"his", "her", "their", "its"}:
        return True
    return last.norm == "called" and len(rest) > 1 and rest[-2].norm == "so"


__all__ = ["own_subject_verdict"]
