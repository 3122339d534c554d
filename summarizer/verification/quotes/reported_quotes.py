"""A quotation inside reported speech, read for :mod:`summarizer.verification.quotes.speakers`.

"Kovac told the chamber that Hoxha had called the plan "a betrayal"." The clause reading
(:func:`summarizer.verification.sentences.clauses.lead_in`) takes a clause's first speech verb,
since later ones are what was reported ("Trump said India had pledged ..."), and gave the quote to
Kovac. But the quoted words stand right after an inner verb of saying ("called", "described ... as",
"dubbed", "warned that", "said it was", "told him"): that verb governs them, and its subject spoke
them; Kovac only reports it. Likewise when the reporter follows the quote ("Hoxha called the plan "a
betrayal", Kovac told the chamber").

Read only when the quote follows its governing verb closely, with no clause mark or other
speech verb between (a verb that names or describes within seven words, a verb of saying
within four), and someone else reports it (an earlier speech verb in the clause, or an
attribution after the quote). The inner verb's subject is the words back to "that", a comma,
the reporting verb or the clause's start ("Hoxha had" gives Hoxha, "the minister, Karl Feld,
had" gives Karl Feld); a relative "who" takes the name before it. Left to the clause reading
("none"), as before: a pronoun there ("Kovac said he had called it "..."": the reporter's own
words), a subject with no capitalised word ("the bill", "the opposition": unread), a
participle ("..., before telling supporters"), and verbs of commitment ("Trump said India had
pledged to stop buying oil "within a short period of time"": the reporter's words for a
pledge). A quote with no inner verb ("Lula said that Milei had been "fully candid" with
him") stays the reporter's: it describes Milei, Milei did not say it.

"Called" is a telephone call, not a naming, when a listener follows it (a pronoun, a name,
"the squad") and then only words of when, or the quote opens with "to" ("Farr said Keller
called her on Sunday "to apologise""): the quote stays the reporter's. A lower-case body
opening the reported clause of a naming verb ("Farr said the union had called the offer
"..."") is left unsure for the reporter (unconfirmed: she may speak for that body), and a
description after a name ("Marco Ferri, the drivers' leader, called") gives the name.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import CLAUSE_MARKS, Token, word_set
from ..people.names import TITLES
from ..sentences.clauses import Verdict, by_subject
from ..sentences.speech import speaks
from ..sentences.subjects import FILLERS, SUBJECT_PRONOUNS, title_only
from .contrast_clauses import clause_start

_REACH = 7
# Words between an inner subject and its verb: "Hoxha had called", "Hoxha also warned".
_AUXILIARIES = FILLERS | word_set("had has have would could will did once reportedly")
_BOUNDARIES = word_set("that who whom which according")


def _marked(text: str, left: Token, right: Token) -> bool:
    return not CLAUSE_MARKS.isdisjoint(text[left.end : right.start])


def _aside(text: str, left: Token, right: Token) -> bool:
    """Only a comma between two words: an appositive's edge, not a quote's or a bracket's."""
    return text[left.end : right.start].strip() == ","


def _governing(lead: Sequence[Token], text: str) -> int | None:
    """The index of the verb the quote right after ``lead`` stands under: the last speech
    verb, with no clause mark between, when it names or describes within reach ("called the
    plan", "described the deal with Brussels as") or says within a short clause ("said it
    was", "warned that the plan would"); None otherwise ("pledged to stop buying oil from
    Russia "...": a commitment reported in the reporter's words)."""
    telling = bool(lead) and lead[-1].norm == "that"
    for index in range(len(lead) - 1, max(len(lead) - 2 - _TELLING_REACH, -1), -1):
        if speaks(lead, index) or lead[index].norm in _NAMING or lead[index].norm in _TELLING:
            norm, between = lead[index].norm, len(lead) - 1 - index
            if between > _REACH and not (telling and norm in _TELLING):
                return None
            if norm in _NAMING or (norm in _SAYING and between <= _SHORT):
                return index
            if telling and norm in _TELLING:  # "had told him in a call on Sunday that"
                return index
            return None
        if index and _marked(text, lead[index - 1], lead[index]):
            return None
    return None


# Verbs that name or describe what the quote then calls it, and verbs of saying whose short
# clause the quote completes.
_NAMING = word_set(
    """called calls calling dubbed dubs dubbing termed terms terming labeled labelled labels
    labelling branded brands branding described describes describing characterized
    characterised nicknamed"""
)
_SAYING = word_set(
    """said says told tells warned warns insisted insists argued argues declared declares
    claimed claims stated added adds wrote writes"""
)
_SHORT = 4
# Verbs that tell someone something, whose "that" may stand further off ("had told him in a
# phone call on Sunday that "..."", "had assured her that "...""): the teller's words.
_TELLING = word_set(
    """told tells telling assured assures informed informs reminded reminds confided
    texted messaged wrote"""
)
_TELLING_REACH = 10
_COORDINATING = word_set("and but then")
# Auxiliaries of the passive: "had been told by X", "the offer had been called "an insult"".
_PASSIVE = word_set("been was were being is are be")


def _inner_subject(lead: Sequence[Token], verb: int, text: str) -> list[Token] | None:
    """The words naming the governing verb's subject, back to a boundary; None when that is a
    pronoun (the reporter's own words) or nothing (the verb opens the clause)."""
    end = verb
    while end > 0 and lead[end - 1].norm in _AUXILIARIES:
        end -= 1
    start = end
    while start > 0:
        previous = lead[start - 1]
        if previous.norm in _BOUNDARIES or speaks(lead, start - 1):
            break
        if _marked(text, previous, lead[start]) and start < end:
            break
        start -= 1  # "the minister, Karl Feld, had called": a named appositive closes here
    subject = list(lead[start:end])
    relative = start > 1 and lead[start - 1].norm in {"who", "whom"}
    described = (
        0 < start < end
        and lead[start - 1].capitalised
        and lead[start].norm in _DETERMINERS
        and _aside(text, lead[start - 1], lead[start])
        and _aside(text, lead[end - 1], lead[end])
        and not any(t.capitalised for t in subject)
    )  # "Marco Ferri, the drivers' leader, called": the name before the description
    if relative or described:
        back = start - 1 - relative  # "Kovac quoted Hoxha, who called it": the name before
        named: list[Token] = []
        while back >= 0 and (lead[back].capitalised or lead[back].norm in TITLES):
            named.insert(0, lead[back])
            back -= 1
        return named or None
    if not subject or any(t.norm in SUBJECT_PRONOUNS for t in subject):
        return None
    return subject


def _quoted_as(lead: Sequence[Token], verb: int) -> list[Token]:
    """The one "quoted" or "cited" as calling or describing ("quoted Hoxha as calling"): the
    words between that verb and "as"; empty for another participle ("as saying" is the clause
    reading's)."""
    if verb < 3 or lead[verb - 1].norm != "as" or lead[verb].norm == "saying":
        return []
    for index in range(verb - 2, max(verb - 8, -1), -1):
        if lead[index].norm in {"quoted", "cited"}:
            named = list(lead[index + 1 : verb - 1])
            return named if named and named[0].norm != "by" else []
    return []


def inner_verdict(
    lead: Sequence[Token], parts: Sequence[str], text: str, reported_after: bool
) -> Verdict:
    """Verdict of a quote whose lead-in ends under an inner verb of saying that someone else
    reports: "yes" or "other" by that verb's subject; "none" when the quote stands under no
    such verb (``reported_after``: an attribution follows the quote)."""
    verb = _governing(lead, text)
    if verb is None or phone_call(lead, verb, text):
        return "none"  # "Keller called her on Sunday "to apologise"": a call, no naming
    if verb > 0 and lead[verb - 1].norm in _COORDINATING:
        return "none"  # "The ministry denied the report and said "..."": one subject's verbs
    if lead[verb].norm.endswith("ing"):
        quoted = _quoted_as(lead, verb)  # "Kovac quoted Hoxha as calling the plan "...""
        return by_subject(list(parts), quoted) if quoted else "none"  # "..., before telling"
    # a contrasted clause ("X called it Y, while Z said") has its own subject: no reporter
    earlier = any(speaks(lead, index) for index in range(clause_start(lead, verb, text), verb))
    if not (earlier or reported_after):
        return "none"
    agent = _agent(lead, verb)
    if agent is not None:  # "he had been told by Nowak that "..."": Nowak's words
        return title_only(agent) or by_subject(list(parts), agent)
    subject = _inner_subject(lead, verb, text)
    if subject is not None and (title := title_only(subject)):
        if by_subject(list(parts), subject) == "yes":
            return "yes"  # "the Polish president" given as the speaker: the page's words
        return title  # "the Polish president had told him that": whom the page calls so
    naming = lead[verb].norm in _NAMING and lead[verb - 1].norm not in _PASSIVE
    if subject and earlier and naming and _body(lead, subject):
        named = by_subject(list(parts), subject)  # "X said the union had called it "...""
        return "yes" if named == "yes" else "unsure"
    if subject is None or not any(t.capitalised for t in subject):
        return "none"  # "X, who wrote the bill, said": no named inner subject
    return by_subject(list(parts), subject)


def _agent(lead: Sequence[Token], verb: int) -> list[Token] | None:
    """The one a passive telling names after "by" ("had been told by President Nowak"),
    titles and capitalised words up to the next lower-case word; None for no passive."""
    if verb < 1 or lead[verb - 1].norm not in _PASSIVE or lead[verb].norm not in _TELLING:
        return None
    if verb + 2 >= len(lead) or lead[verb + 1].norm != "by":
        return None
    named: list[Token] = []
    for token in lead[verb + 2 : verb + 8]:
        if not (token.capitalised or token.norm in TITLES or token.norm == "the"):
            break
        named.append(token)
    return named if any(t.capitalised for t in named) or title_only(named) else None


_MOST_BODY_WORDS = 4
_JOINS = word_set("and or but")


def _body(lead: Sequence[Token], subject: Sequence[Token]) -> bool:
    """A subject in lower case after a determiner ("the union", "its board"), opening the
    reported clause (right after the reporting verb or "that", not an appositive after a
    name: "X, the drivers' leader, called"): someone other than the reporter as a rule, but
    one the reporter may belong to or speak for ("Farr said the council had called it "...""
    from the council's chair), so it is left unsure."""
    at = next(i for i, token in enumerate(lead) if token is subject[0])
    opens = at > 0 and (lead[at - 1].norm == "that" or speaks(lead, at - 1))
    return (
        opens
        and len(subject) <= _MOST_BODY_WORDS
        and subject[0].norm in _DETERMINERS
        and not any(t.capitalised or t.norm in _JOINS or speaks(subject, i)
                    for i, t in enumerate(subject))
    )  # fmt: skip


# "called" as a telephone call: a listener right after it, then when, or a purpose.
_CALLING = word_set("called calls")
_LISTENERS = word_set("her him me us them you")
_DETERMINERS = word_set("the a an his her their its our")
_WHEN_CALLED = word_set(
    """on late early earlier last this that yesterday today tonight overnight night morning
    afternoon evening week weekend monday tuesday wednesday thursday friday saturday sunday
    again twice back repeatedly shortly"""
)


def phone_call(lead: Sequence[Token], verb: int, text: str) -> bool:
    """Whether the governing "called" is a call to someone, not a naming: a listener right
    after it (a pronoun, a name, or "the" and up to two words: "called her", "called Mayor
    Ines Farr", "called the mayor"), then only words of when ("on Sunday", "late last
    night"), or the quote opening with "to" (a purpose: "called her "to apologise""). Not
    "called on X "to resign"" (a demand: X's words) nor "called it "a betrayal""."""
    if lead[verb].norm not in _CALLING:
        return False
    between = lead[verb + 1 :]
    listener = 1 if between and between[0].norm in _LISTENERS else 0
    if between and between[0].norm in _DETERMINERS and between[0].norm != "her":
        listener = next(
            (i for i in range(1, min(len(between), 4)) if between[i].norm in _WHEN_CALLED),
            len(between) if len(between) <= 3 else 0,
        )
    while listener < len(between) and between[listener].capitalised:
        listener += 1  # "called Mayor Ines Farr on Sunday"
    if not listener:
        return False
    when = between[listener:]
    opening = text[lead[-1].end :].lstrip(" \t\"'\u201c\u2018,")
    purpose = opening[:3].lower() == "to "
    return all(t.norm in _WHEN_CALLED for t in when) and (purpose or bool(when))


__all__ = ["inner_verdict", "phone_call"]
