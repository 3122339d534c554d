"""Whom "he" or "she" reads back to in a sentence that names a second person, read for
:mod:`summarizer.verification.quotes.speakers`.

"Lula thanked Ms. von der Leyen, who said the fund would double. "...," he said." The
sentence's speech verb is hers, inside a relative clause; the clause reading
(:func:`summarizer.verification.sentences.clauses.lead_in`) gave the quote to her and refused Lula,
though the page marks her a woman and the pronoun is "he". A careful reader takes the
pronoun to the main clause's subject unless someone else in the sentence could have said
it: a person who is himself the subject of a speech verb (in a relative clause, a clause
after "after" or "that", a reported clause) and whom the page does not mark with the
other gender. The candidates are then:

- the main clause's named subject (each of them when it is coordinated: "Brandt and Lie
  said" gives two);
- each named subject of a speech verb elsewhere in the sentence ("who said", "after X
  announced", "X had told him"), unless the page marks that person with the other gender
  (:func:`summarizer.verification.sentences.genders.gender_of`).

One candidate decides ("yes" or "other"); two or more leave two readings ("unsure": the
quote is refused as unconfirmed, whichever of them is asked about, and "other" for anyone
else). A speech verb whose subject is neither named nor the main clause's ("the Office
said") leaves the verdict as the clause reading gave it: this rule reads only names it can
place; so do a sentence with one candidate and no speech verb (its subject was read
already) and a plural subject ("Dockworkers booed X": no "he"). A pronoun subject of an inner
verb ("Lula said he had told") is read as the main subject's. A rival whose speech verb
takes the quote pronoun's object form ("Ruiz said Keller had told her ... "...," she said")
is no candidate: that "her" cannot be Keller, so the sentence already gave the pronoun to
someone else, and the quote's "she" goes on with it (session 14's review). Only the object
right after the rival's verb is read, never the quote's own words ("I believed him").
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from ..page.article import ArticleText
from ..page.tokens import Token, word_set
from ..people.names import NOT_NAMES, PARTICLES, TITLES
from ..sentences.antecedents import plural
from ..sentences.appositive_subjects import unnamed_role_subject
from ..sentences.clauses import Verdict, by_subject
from ..sentences.genders import gender_of
from ..sentences.introductions import introduced_verdict
from ..sentences.opening_subjects import sentence_subject
from ..sentences.participle_openers import participle_opener
from ..sentences.speech import after_opener, speaks
from ..sentences.subjects import DESCRIBING, FILLERS, OFFICES, SUBJECT_PRONOUNS

# Words between a subject and its speech verb that keep the subject: "had told", "has said".
_BETWEEN = FILLERS | word_set("had has have would could will did once later")
# Words opening a capitalised run that are no person: "The", "His", "After".
_NOT_PERSON = (
    DESCRIBING
    | NOT_NAMES
    | word_set(
        """the a an his her their its this that these those after before when while as if in on
    at for from with by of to and but because although though since once until unless"""
    )
)
_RELATIVE = word_set("who whom")
_COORDINATED = word_set("and but")


def _gap(text: str, left: Token, right: Token) -> str:
    return text[left.end : right.start]


def _run_ending(tokens: Sequence[Token], last: int, text: str) -> list[Token]:
    """The capitalised name run ending at ``tokens[last]``, titles at its front dropped
    ("Prime Minister Jonas Lie" gives "Jonas Lie"); empty when it is no person's name."""
    run: list[Token] = []
    for index in range(last, max(last - 8, -1), -1):
        token = tokens[index]
        if not (token.capitalised or token.norm in PARTICLES):
            break
        if run and _gap(text, token, run[0]).strip(" -") != "":
            break
        run.insert(0, token)
    while run and (run[0].norm in TITLES or run[0].norm in _NOT_PERSON):
        run.pop(0)
    if not run or run[-1].norm in TITLES or run[-1].norm in _NOT_PERSON:
        return []
    return run


def _people(subject: Sequence[Token]) -> list[list[Token]]:
    """A main-clause subject's people, split where "and" joins two names ("Chancellor Olaf
    Brandt and Prime Minister Jonas Lie"): in each part, the last run of capitalised words
    that is not a title, nor a place or body after "of" or "of the" ("Union boss Tom Hale",
    "Senator Rhea Collins of Oregon", "Omar Saeed, Director General of the Border Security
    Directorate (BSD),")."""
    people: list[list[Token]] = []
    parts: list[list[Token]] = [[]]
    for token in subject:
        if token.norm == "and":
            parts.append([])
        else:
            parts[-1].append(token)
    for part in parts:
        runs: list[list[Token]] = []
        fresh = True
        for index, token in enumerate(part):
            named = (token.capitalised or token.norm in PARTICLES) and token.norm not in TITLES
            if not named:
                fresh = True
                continue
            if fresh:
                before = [t.norm for t in part[max(index - 2, 0) : index]]
                if before[-1:] == ["the"]:
                    before = before[:-1]  # "of the Border Security Directorate (BSD)"
                if before and before[-1] in _HELD:
                    break  # "of Oregon", "for Foreign Minister Ana Ruiz": not the subject
                runs.append([])
            runs[-1].append(token)
            fresh = False
        runs = [run for run in runs if run[0].norm not in _NOT_PERSON]
        if runs and part is not parts[-1] and part[-1].norm in _OFFICE_ENDS:
            continue  # "Cork South Central TD and Minister X": one person's two offices
        if runs:
            people.append(runs[-1])
    return people


_HELD = word_set("of for to from")
# What a title coordinated with a second one ends in ("Dublin Bay TD and Minister for Health
# X", "Labour MP and shadow chancellor Y"): an office, no one's name.
_OFFICE_ENDS = (
    TITLES
    | OFFICES
    | word_set(
        """td mp mep msp mla mpp mk mna lawmaker legislator mayor councillor councilor alderman
    congressman congresswoman delegate deputies"""
    )
)


def _speech_subjects(
    tokens: Sequence[Token], subject: Sequence[Token], text: str, pronoun: str = ""
) -> list[list[Token]] | None:
    """The named subjects of the sentence's speech verbs other than its main subject; None
    when a speech verb's subject is neither named nor the main one (a title, a body, a
    pronoun after a comma): the rule then leaves the sentence to the clause reading. A rival
    whose verb takes the quote's pronoun as its object ("Keller had told her", then "she
    said") is none: that "her" is someone other than Keller, and the quote's "she" goes on
    with it."""
    own = {id(token) for person in _people(subject) for token in person}
    last_own = max((i for i, t in enumerate(tokens) if id(t) in own), default=-1)
    rivals: list[list[Token]] = []
    for verb in range(len(tokens)):
        if not speaks(tokens, verb) or verb <= last_own or tokens[verb].capitalised:
            continue  # "Chief Omar Said": a name
        before = verb - 1
        while before > last_own and tokens[before].norm in _BETWEEN:
            before -= 1
        if before == last_own or tokens[before].norm in _COORDINATED:
            continue  # "Lula said", "Lula welcomed it and said": the main subject's
        if tokens[before].norm in SUBJECT_PRONOUNS:
            continue  # "Lula said he had told": the pronoun is read as the subject's
        if _aside_after(tokens, last_own, before, text):
            continue  # "Lula, whom X visited last spring, said"; "Gil, the aide to X, said"
        if tokens[before].norm in _RELATIVE and before > 0:
            run = _run_ending(tokens, before - 1, text)  # "X, who said"
        else:
            run = _run_ending(tokens, before, text)
        if not run:
            return None
        told = verb + 1 < len(tokens) and tokens[verb + 1].norm == _OBJECTS.get(pronoun)
        if not told and not own.intersection(id(t) for t in run):
            rivals.append(run)
    return rivals


# The object form of the quote's pronoun: "told her" before "she said".
_OBJECTS = {"he": "him", "she": "her"}


def _aside_after(tokens: Sequence[Token], last_own: int, before: int, text: str) -> bool:
    """Whether the words from the main subject to the verb are one comma-closed aside."""
    if last_own < 0 or last_own + 1 >= len(tokens) or before + 1 >= len(tokens):
        return False
    opens = "," in _gap(text, tokens[last_own], tokens[last_own + 1])
    closes = "," in _gap(text, tokens[before], tokens[before + 1])
    inside = tokens[last_own + 1 : before + 1]
    return opens and closes and not any("," in _gap(text, a, b) for a, b in pairwise(inside))


def _other_gender(article: ArticleText, run: Sequence[Token], pronoun: str) -> bool:
    name = " ".join(token.text for token in run)
    gender = gender_of(article, [name])
    return gender is not None and gender != pronoun


def rival_verdict(
    article: ArticleText,
    tokens: Sequence[Token],
    verdict: Verdict,
    pronoun: str,
    parts: Sequence[str],
) -> Verdict:
    """The verdict for a "he" or "she" read back to the sentence ``tokens`` (outside its
    quotes), given the clause reading's ``verdict``: unchanged unless the sentence opens with
    a named subject and every speech verb in it has a subject this rule can place."""
    if verdict not in ("yes", "other", "back"):
        return verdict
    text = article.text
    tokens = tokens[after_opener(tokens, text) or participle_opener(tokens, text) :]
    introduced = introduced_verdict(article, tokens, pronoun, parts)
    if introduced != "none":  # "X introduced the envoy, Y. "...," he said" (introductions.py)
        return introduced
    if unnamed_role_subject(tokens, text):  # "Asked about X's owner, Y, the striker shrugged"
        return verdict  # the main subject is the striker, unnamed: no named subject to weigh
    subject = sentence_subject(tokens, text)
    people = [person for person in _people(subject) if not plural(person)]
    if not people:
        return verdict
    rivals = _speech_subjects(tokens, subject, text, pronoun)
    if rivals is None:
        return verdict
    if not rivals and len(people) == 1:
        said = any(speaks(tokens, index) for index in range(len(tokens)))
        if verdict == "back" or not said or plural(people[0]):
            return verdict  # "Dockworkers booed X": no speech verb of the subject's to read
    candidates = [run for run in [*people, *rivals] if not _other_gender(article, run, pronoun)]
    keys = {run[-1].norm for run in candidates}
    if not candidates:
        return verdict
    if len(keys) == 1:
        return by_subject(list(parts), candidates[0])
    named = any(by_subject(list(parts), run) == "yes" for run in candidates)
    return "unsure" if named else "other"


__all__ = ["rival_verdict"]
