"""A quote the sentence's own subject speaks through its one main verb or a participle that
continues it, read for :mod:`summarizer.verification.quotes.speakers` before the readings that look
for a speaker among the other names near the quote.

"Senator Velasco, a Nevada Democrat, said she was "relieved Governor Adler signed" the bill,
calling it "a lifeline"": the sentence has one subject (Velasco) and one finite verb of saying
("said"); every later verb of saying is a participle ("calling", "hailing ... as", "telling
them") that continues that subject. Whoever else the sentence names stands inside the quoted
words (Adler, talked about), after a verb (an object: "beside Senator Grant", "warning Kaja
Kallas"), or in a leading chunk ("After a call with President Ramaphosa, Frei was ..."), and
none of them speaks. The other readings went astray here: the quoted words under "said she
was" were read as reported speech of the nearest capitalised words, and a participle clause
after a quote was read as a clause of its own.

The reading holds only when nothing gives the quote to anyone else: no second finite verb of
saying in the lead-in or after the quote ("Kovac told the chamber that Hoxha had called it"),
no relative or passive turn before the verb ("welcomed by Ambassador Park, who told"), and no
contrast clause before a participle ("..., while Grant, calling it"). It only accepts: a
value that is not that subject is left to the other readings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.quote_spots import lead_of, quote_spot, tail_of
from ..page.tokens import SINGULAR_POSSESSIVES, Token, word_set
from ..people.names import (
    TITLES,
    first_name_conflict,
    split_people,
    writes_name,
)
from ..sentences.clauses import by_subject
from ..sentences.described_bodies import misfit_description
from ..sentences.document_owners import document_verdict
from ..sentences.headline_businesses import headline_verdict
from ..sentences.lone_antecedents import lone_verdict
from ..sentences.opening_subjects import sentence_subject
from ..sentences.plain_reports import plain_report
from ..sentences.pronoun_walks import walk_verdict
from ..sentences.speech import speaks
from .body_pronouns import it_verdict
from .business_nouns import business_verdict, subject_business
from .collective_speakers import collective_verdict
from .country_bodies import capital_verdict
from .expressed_quotes import expressed_verdict
from .joint_speakers import joint_verdict
from .pronoun_frames import frame_owner_verdict
from .relative_antecedents import relative_verdict
from .turn_relays import relayed_verdict

# Words that hand the verb to someone other than the sentence's subject, or open a clause of
# its own, between that subject and the verb of saying ("quoted X as saying", "citing two
# officials, reported").
_TURNS = word_set(
    "who whom which whose by that while whereas but although though when after as citing "
    "quoting according"
)
# A coordinator that, before a capitalised word, opens a clause with a subject of its own
# ("Kettering met Vance, and Vance later said").
_COORDINATORS = word_set("and but or")
# Participles that present the quoted words as the subject's ("hailing the accord as",
# "promising voters"), besides the verbs of saying.
_PRESENTING = word_set(
    "hailing promising praising branding dubbing labelling labeling terming vowing urging "
    "pledging describing insisting arguing declaring stressing lamenting welcoming"
)
# A time chunk the sentence may open with, before its subject ("On Wednesday Foreign ...").
_TIME_OPENERS = word_set("on in at last this early late")
_NAME_RUN = 6
# Words a reported clause after a finite verb of saying may hold before the quote ("said she
# was", "told reporters on Sunday that"); a capitalised word or a verb after a subject of its
# own ("said the union had branded", "said Toth had informed her") is someone else's clause.
_PRONOUNS = word_set("he she they we i it")
_AUXILIARIES = word_set("had has have would will was were is are could did")
_CHUNK = 12
_OF = word_set("of from at for with")
_FILLERS = word_set("also then later had has once")
# The first words of a description set off by commas after a name ("X, the first deputy
# director of ...,", "X, a senior adviser to ...,").
_DESCRIPTION_OPENERS = word_set("the a an his her its their")


def _participle(token: Token) -> bool:
    return token.norm.endswith("ing")


def _saying(lead: Sequence[Token], index: int) -> bool:
    return speaks(lead, index) or lead[index].norm in _PRESENTING


def _opening_name(lead: Sequence[Token], text: str) -> list[Token]:
    """The named subject a sentence opens with: :func:`sentence_subject`, else the first run
    of capitalised words after a dateline in capitals, a time chunk ("On Wednesday") and a
    description in lower case ("The commerce minister, Aziz Karimi,"), before a lower-case
    word or a comma; or the first such run after a leading chunk of up to twelve words set
    off by a comma ("Two days after talks with X, Kenya's President Y was ...")."""
    subject = sentence_subject(lead, text) or _run_at_start(lead)
    if subject:
        return subject
    for at in range(1, min(len(lead), _CHUNK)):
        if "," in text[lead[at - 1].end : lead[at].start]:
            return _run_at_start(lead[at:])
    return []


def _run_at_start(lead: Sequence[Token]) -> list[Token]:
    at = 0
    while at < len(lead) and lead[at].text.isupper() and len(lead[at].text) > 1:
        at += 1
    if at < len(lead) and lead[at].norm in _TIME_OPENERS:
        at += 2
    if at < len(lead) and lead[at].norm == "the":
        while at < len(lead) and (not lead[at].capitalised or lead[at].norm == "the"):
            at += 1
    run: list[Token] = []
    while at < len(lead) and lead[at].capitalised and len(run) < _NAME_RUN:
        run.append(lead[at])
        at += 1
    if len(run) < 2 or at >= len(lead) or lead[at].capitalised:
        return []
    return run


def _own_clause(words: Sequence[Token]) -> bool:
    """Whether the words after a finite verb of saying, up to the quote or the next
    participle, report no one else's words: no capitalised word, and every auxiliary right
    after a pronoun ("said she was", not "said the union had")."""
    for at, token in enumerate(words):
        if _participle(token):
            break
        if token.capitalised:
            return False
        if token.norm in _AUXILIARIES and (not at or words[at - 1].norm not in _PRONOUNS):
            return False
    return True


def _own_subject_speaks(lead: Sequence[Token], text: str) -> list[Token]:
    """The sentence's named subject when it speaks the quote after ``lead``: the lead's first
    verb of saying has no turn before it, and every other verb of saying in the lead is a
    participle; empty otherwise."""
    verbs = [index for index in range(len(lead)) if _saying(lead, index)]
    if not verbs or any(not _participle(lead[index]) for index in verbs[1:]):
        return []
    subject = _opening_name(lead, text)
    if not subject or subject[-1] not in lead:
        return []
    if lead.index(subject[0]) and lead[lead.index(subject[0]) - 1].norm in _OF:
        return []  # "Dr. Lin Mabry, of the Coastal Institute, said": Mabry speaks
    after = lead.index(subject[-1]) + 1
    if after > verbs[0] or any(token.norm in _TURNS for token in lead[after : verbs[-1]]):
        return []
    if _aside_subject(lead, after, verbs[0], text):
        return []  # "Rudd had acted, he insisted, ...": the verb's own subject (session 34)
    clause = lead[verbs[0] + 1 :]  # a report's clause: plain_reports.py
    if not _participle(lead[verbs[0]]) and not (_own_clause(clause) or plain_report(clause)):
        return []
    if any(
        lead[at].norm in _COORDINATORS
        and (lead[at + 1].capitalised or "," in text[lead[at - 1].end : lead[at].start])
        for at in range(after, verbs[-1] - 1)
    ):
        return []
    return subject


def _aside_subject(lead: Sequence[Token], after: int, verb: int, text: str) -> bool:
    """Whether the verb of saying has a subject of its own right after a comma, a pronoun or
    a capitalised name ("Rudd had acted, he insisted,", "Barr will be told on Monday, Nora
    Haig said, that ..."): a parenthetical over the report, whose subject is not the
    sentence's (review of session 34: a name there as well as a pronoun)."""
    start = verb - 1  # the first word of the verb's own subject
    if lead[start].norm not in _PRONOUNS:
        while start > after + 1 and lead[start - 1].capitalised and verb - start < _NAME_RUN:
            if _comma(lead, start - 1, text):
                break
            start -= 1
        if not lead[start].capitalised:
            return False
    return start > after and _comma(lead, start - 1, text)


def _comma(lead: Sequence[Token], before: int, text: str) -> bool:
    return "," in text[lead[before].end : lead[before + 1].start]


def _described_antecedent(lead: Sequence[Token], text: str) -> list[Token]:
    """The name a relative "who" speaks for across a description in lower case: "announced
    by Bogdan Ilie, the first deputy director of the security office, who said" gives Bogdan
    Ilie, not the office the description ends with; empty when the lead's last verb of
    saying is no "who ..." verb or no such description stands before it."""
    verbs = [index for index in range(len(lead)) if speaks(lead, index)]
    if not verbs:
        return []
    who = verbs[-1] - 1
    while who > 0 and lead[who].norm in _FILLERS:
        who -= 1
    if who < 2 or lead[who].norm != "who" or "," not in text[lead[who - 1].end : lead[who].start]:
        return []
    at = who - 1  # back over the description to the comma that opens it
    while at > 0 and "," not in text[lead[at - 1].end : lead[at].start]:
        at -= 1
    if at < 1 or lead[at].norm not in _DESCRIPTION_OPENERS:
        return []
    run: list[Token] = []
    for token in reversed(lead[:at]):
        if not (token.capitalised or token.joined) or len(run) == _NAME_RUN:
            break  # "Kim Tae-hyo": a dashed given name's lower-case half is the name's
        run.insert(0, token)
    return run if any(token.capitalised for token in run) else []


def _alone(value: str, article: ArticleText) -> bool:
    """Whether the article writes the surname of ``value`` only after its given name, a title
    or no capitalised word at all: no one else of that surname (a bare "Trump" is then the
    "Donald Trump" of the value)."""
    words = value.split()
    key = ("surname-alone", value)
    known: bool | None = article.memo.get(key)
    if known is None:
        given = {word.lower() for word in words[:-1]}
        before = re.finditer(rf"([A-Z][\w'-]*) {re.escape(words[-1])}\b", article.text)
        known = article.memo[key] = all(match[1].lower() in given | TITLES for match in before)
    return known


def _speaks_as(value: str, subject: Sequence[Token], article: ArticleText) -> bool:
    """Whether ``subject`` names ``value``: every word of it written there, a one-word value
    the subject ends with, or the surname alone where no one else carries it."""
    parts = split_people(value)
    text = article.text
    owners = {
        t.norm.removesuffix("'s").removesuffix("\u2019s")
        for t in subject
        if text[t.end : t.end + 1] in "'\u2019" or t.text.endswith(SINGULAR_POSSESSIVES)
    }
    if owners & {word.lower() for word in value.split()}:
        return False  # "Putin's spokesman Dmitry Sokolov": the spokesman speaks, not Putin
    head = [subject[0]]  # the name the subject opens with, not an aside after it
    for token in subject[1:]:
        if not (token.capitalised or token.joined) or "," in text[head[-1].end : token.start]:
            break
        head.append(token)
    subject = head
    written = {token.norm for token in subject}
    if all(word in written for part in parts for word in re.split(r"[\s-]+", part.lower())):
        return by_subject(parts, list(subject)) == "yes"
    words = value.split()
    if len(parts) != 1 or subject[-1].norm != words[-1].lower():
        return False
    if len(words) == 1:
        return True
    alone = len(subject) == 1 and writes_name(value, article) and _alone(value, article)
    return alone and not first_name_conflict(value, article)


def continued_verdict(article: ArticleText, spans: Sequence[tuple[int, int]], value: str) -> bool:
    """Whether the quote at one of ``spans`` is spoken by ``value`` as its sentence's subject
    (see the module's doc); False leaves the quote to the other readings."""
    text = article.text
    if any(misfit_description(article, [value], start) for start, _ in spans):
        return False  # "the tax authority said": another one than the value (described_bodies)
    for start, end in spans:
        region, sentence = quote_spot(article, start, end)
        lead = lead_of(article, region, sentence)
        if not lead or "\n" in text[lead[0].start : region[0]]:
            continue  # a headline run into the sentence says nothing of its subject
        tail = tail_of(article, region, sentence)
        if any(speaks(tail, at) and not _participle(tail[at]) for at in range(len(tail))):
            continue  # '"...", Z said': the words after the quote name its speaker
        subject = _own_subject_speaks(lead, text) or _described_antecedent(lead, text)
        if subject and _speaks_as(value, subject, article):
            return True
    # "KAMAU: Ruto was calling it "..."": a labelled turn relays a named subject's words
    # "X said, before reading a letter from Y, who wrote that "..."": Y (relative_antecedents)
    # "X praised the "...", "He proposed calling it "..."", "For X, ..." (expressed_quotes.py)
    return (
        relayed_verdict(article, spans, value)
        or relative_verdict(article, spans, value)
        or expressed_verdict(article, spans, value)
        or collective_verdict(article, spans, value)  # "the group said" (collective_speakers)
        or it_verdict(article, spans, value)  # "It later said" for a body (body_pronouns.py)
        or frame_owner_verdict(article, spans, value)  # "Her words: "..."" (pronoun_frames.py)
        or capital_verdict(article, spans, value)  # "Moscow said" for Russia (country_bodies)
        or joint_verdict(article, spans, value)  # "The companies said" (joint_speakers.py)
        or business_verdict(article, spans, value)  # "X fined Y. The firm said" (business_nouns)
        or subject_business(article, spans, value)  # "X froze pay. The union said. The firm said"
        or headline_verdict(article, spans, value)  # the headline's business (headline_businesses)
        or lone_verdict(article, spans, value)  # "MPs faulted X. "...," he said" (lone_antecedents)
        or walk_verdict(article, spans, value)  # past sentences naming no one (pronoun_walks)
        or document_verdict(article, spans, value)  # "X's statement ... it read" (document_owners)
    )


__all__ = ["continued_verdict"]
