"""Whom "he" or "she" points back to when the sentence before names no subject that speaks,
read for :mod:`summarizer.verification.quotes.speakers`:

- a topic opening the sentence: "For Ahmad Haddad - a trader from Rimal - the thought of
  going home is bitter. "...," he told reporters." (Haddad, as a subject would be);
- the one person the sentence names, wherever: "The bill would give President Donald Trump
  more leverage. Over the weekend, he told NBC that he was "furious"" (Trump, the object).

Both refuse when the sentence names another person too (two candidates: the pronoun settles
nothing), and when the pronoun's gender disagrees with what the sentence says of the person
("Ms.", "spokeswoman", "her" for a "he"). Places, bodies, outlets and titles are not people:
capitalised words after "in", "at", "from" or "the", country and capital names, days.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from summarizer.text.countries import PARTIES
from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from ..page.stamps import without_stamp
from ..page.tokens import Token, tokenize, word_set
from ..people.names import NOT_NAMES, PARTICLES, TITLES, find_named
from .appositive_subjects import role_subject
from .clauses import Verdict
from .fronted_subjects import fronted_subject
from .introductions import introduces
from .opening_subjects import sentence_subject
from .subjects import DESCRIBING, names_someone

PRONOUNS = word_set("he she")
_MALE = word_set("he his him mr spokesman congressman chairman king prince")
_FEMALE = word_set("she her hers mrs ms spokeswoman congresswoman chairwoman queen princess")
# Words before a capitalised run that make it a place, a body or an outlet, not a person.
_PLACE_WORDS = word_set("in at from the into across near of on a an by via")
# Words that end a body's or an outlet's name ("NBC News", "the Senate Foreign Relations
# Committee").
_BODY_WORDS = word_set(
    """news times post press agency ministry office house senate congress committee council
    party government army forces union court act bill network tv radio daily journal
    university institute foundation group bank city province region street square"""
)
_PARTY_WORDS = frozenset(
    token.norm
    for entry in PARTIES.values()
    for aliases in entry
    for alias in aliases
    for token in tokenize(alias)
)
_NOT_PEOPLE = (
    TITLES | DESCRIBING | NOT_NAMES | _PARTY_WORDS | frozenset((*MONTHS, *WEEKDAYS)) | PARTICLES
)


def topic(tokens: Sequence[Token], text: str) -> list[Token]:
    """ "For Ahmad Haddad - a trader ... - the thought ...": the name a sentence opens with after
    "For", ended by a dash or a comma; after two or more fronted chunks, the main clause's
    (:mod:`summarizer.verification.sentences.fronted_subjects`); empty for any other opening."""
    if len(tokens) < 3 or tokens[0].norm != "for":
        return fronted_subject(tokens, text)
    named: list[Token] = []
    for token in tokens[1:8]:
        if named and any(mark in text[named[-1].end : token.start] for mark in ",\u2013\u2014-"):
            if token.joined:  # "Al-Hamadiyat": one name
                named.append(token)
                continue
            return named if _person_like(named) else []
        if not (token.capitalised or token.norm in PARTICLES):
            return []
        named.append(token)
    return []


_PLURAL_ENDS = (
    "ers", "sts", "ians", "ants", "ents", "ors", "ies", "men", "ics", "ats", "ives", "als", "els",
)  # fmt: skip


def but_subject(tokens: Sequence[Token], text: str) -> list[Token]:
    """The named subject of a sentence's last "but" clause ("The bloc faces calls to act but
    Ana Ruiz, the host, sought calm"): a later quote's "he" or "she" points to that nearer
    person, not to the subject the sentence opens with nor to the one a speech verb of its
    first clause has (check 26); empty when that clause opens with no name."""
    for index in range(len(tokens) - 2, 0, -1):
        comma = "," in text[tokens[index - 1].end : tokens[index].start]
        if tokens[index].norm == "but" and (comma or tokens[index + 1].capitalised):
            return sentence_subject(tokens[index + 1 :], text)
    return []


def plural(subject: Sequence[Token]) -> bool:
    """ "Analysts", "Voters", "Dockworkers": a sentence's one capitalised word that is a plural
    common noun (by its ending), which "he" or "she" cannot point back to."""
    return len(subject) == 1 and subject[0].norm.endswith(_PLURAL_ENDS)


def _person_like(run: Sequence[Token]) -> bool:
    return any(t.norm not in _NOT_PEOPLE for t in run) and run[-1].norm not in _BODY_WORDS


def named_alone(parts: Sequence[str], tokens: Sequence[Token], pronoun: str, text: str) -> Verdict:
    """Verdict of a sentence with no subject that speaks, for "he"/"she" in the next one:
    "yes" when it names the speaker and no other person, and says nothing of them that
    disagrees with ``pronoun``; "other" when it names someone else; "none" when it names no
    one (the nearest earlier attribution decides, as before)."""
    tokens = without_stamp(tokens, text)  # "LISBON (Test Wire) - ": no one
    spans = [span for part in parts for span in find_named(part, tokens, text)]
    opening = role_subject(tokens, text)
    if opening is not None and not introduces(tokens, text):
        at = next(index for index, token in enumerate(tokens) if token is opening)
        if not any(span[0] <= at + 2 and at <= span[1] for span in spans):  # not the value's
            return "none"  # "The club's manager hopes its captain, X, will": the manager
    others = [run for run in _runs(tokens, text) if not _overlaps(run, spans, tokens)]
    if others:
        return "other"
    if not spans or len(parts) != 1:
        return "none"
    words = {t.norm for t in tokens}
    wrong = _FEMALE if pronoun == "he" else _MALE
    right = _MALE if pronoun == "he" else _FEMALE
    return "other" if words & wrong and not words & right else "yes"


_JOINING = word_set("and but though although yet so")
# A person told by a common noun: "he"/"she" may stand for them, not for the name (review rvT:
# "Giorgia Meloni's chief of staff was sceptical; he drafted", "the premier listened; he").
_PERSON_NOUNS = word_set(
    """spokesman spokeswoman spokesperson aide adviser advisor lawyer attorney deputy wife
    husband son daughter brother sister envoy rival counterpart premier minister president
    chancellor secretary chief leader governor senator ambassador official"""
)


def named_before(
    tokens: Sequence[Token], at: int, parts: Sequence[str], pronoun: str, text: str
) -> bool:
    """Whether "he"/"she" at ``tokens[at]``, opening a clause after ";" or after "," with a
    joining word (", and", ", but", ", though"), stands for
    the one person the sentence names before it ("Whether this satisfies President Donald
    Trump is not clear; he has also threatened new penalties"): :func:`named_alone` on the
    words before the break; another person named there settles nothing. A bare comma closes
    no clause of its own ("Despite pleas from Mark Carney, he imposed": he is someone else),
    and a person told by a common noun after the name ("Meloni's chief of staff was
    sceptical; he") may be the one meant (review rvT)."""
    joined = bool(at) and tokens[at - 1].norm in _JOINING
    if joined:
        at -= 1  # ", and he", ", but she", ", though he"
    if not at:
        return False
    gap = text[tokens[at - 1].end : tokens[at].start]
    if ";" not in gap and not (joined and "," in gap):
        return False
    before = tokens[:at]
    spans = [span for part in parts for span in find_named(part, before, text)]
    after = max((span[1] for span in spans), default=at)
    if any(t.norm in _PERSON_NOUNS for t in before[after:]):
        return False
    return named_alone(parts, before, pronoun, text) == "yes"


def others_named(parts: Sequence[str], tokens: Sequence[Token], text: str) -> bool:
    """Whether the tokens name a person other than the speaker, counting a name after "by"
    or "of" too ("read out by Arne Holm", "on behalf of Colonel Bako"): an agent, not a place,
    where a paper's reader is sought (:mod:`summarizer.verification.quotes.paper_readers`)."""
    tokens = without_stamp(tokens, text)
    spans = [span for part in parts for span in find_named(part, tokens, text)]
    runs = _runs(tokens, text, _PLACE_WORDS - _AGENT_WORDS)
    return any(not _overlaps(run, spans, tokens) for run in runs)


_AGENT_WORDS = word_set("by of")


def capitalised_runs(tokens: Sequence[Token], text: str) -> Iterator[tuple[int, int]]:
    """Capitalised runs (first, last index), joined by spaces or hyphens, with a name's
    lower-case particles inside ("Ursula von der Leyen")."""
    index = 0
    while index < len(tokens):
        if not tokens[index].capitalised:
            index += 1
            continue
        end = index
        while end + 1 < len(tokens) and (
            tokens[end + 1].capitalised or tokens[end + 1].norm in PARTICLES
        ) and text[tokens[end].end : tokens[end + 1].start] in (" ", "-"):  # fmt: skip
            end += 1
        yield index, end
        index = end + 1


def _runs(
    tokens: Sequence[Token], text: str, place_words: frozenset[str] = _PLACE_WORDS
) -> list[tuple[int, int]]:
    """Capitalised runs that may be a person: not a sentence's opening word, a title, a
    people's adjective, a country, a day, nor a run after a place word or ending in a body
    word ("in Gaza City", "the White House", "NBC News")."""
    runs: list[tuple[int, int]] = []
    for index, end in capitalised_runs(tokens, text):
        token = tokens[index]
        run = tokens[index : end + 1]
        first = index == 0 or any(
            mark in text[tokens[index - 1].end : token.start] for mark in ".:"
        )
        if first:  # "Which points?": its subject, had it been a name, decided before
            run = run[1:]
        after_place = index > 0 and tokens[index - 1].norm in place_words and not first
        described = run and not names_someone(run, tokens[end + 1 : end + 2])
        if run and _person_like(run) and not after_place and not described:
            runs.append((end - len(run) + 1, end))  # not "The Tigrayan commander" (subjects.py)
    return runs


def _overlaps(run: tuple[int, int], spans: list[tuple[int, int]], tokens: Sequence[Token]) -> bool:
    """Whether a capitalised run holds one of the speaker's names ("President Donald Trump")."""
    return any(first <= span[1] and span[0] <= run[1] for span in spans for first in (run[0],))


__all__ = [
    "PRONOUNS",
    "but_subject",
    "capitalised_runs",
    "named_alone",
    "others_named",
    "plural",
    "topic",
]
