"""Quotes a verb of naming or judging puts on its object, read for
:mod:`summarizer.verification.quotes.speakers` before the other attribution rules.

In 'X called the budget "a fantasy"', 'X branded the deal "a surrender"', 'X termed the
plan "unworkable"', 'X described the talks as "constructive"', 'X qualified the summit as
"a summit of unity"' the quoted words are the judgement of the verb's subject, whatever the
object names ("termed the proposal from General Said "unworkable"": the words are not
Said's). The quote stands right after the verb's object (at most ten words, no clause break
between), and "as" ends the object where the verb needs it (qualified, described, hailed,
...). The subject is the one of the verb's own clause: after the last ";", "that" or
subordinating word ("days after X called it") or a speech verb ("Ruiz said Moreno had called
the plan": Moreno's) before
it ('She noted that Putin had proposed the talks; Zelensky ... called the team
"decorative"': Zelensky's word), read over appositions and asides ("Mr. X, in a
declaration to the press, qualified"). A subject that is a pronoun or names no one (a bare
title) decides nothing here: the ordinary reading back resolves it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..context import Result, unconfirmed
from ..page.article import ArticleText
from ..page.tokens import Token, clause_gap, tokenize, word_set
from ..people.names import TITLES, find_named, split_people
from ..sentences.opening_subjects import sentence_subject
from ..sentences.participles import lone_opener
from ..sentences.passives import agents_after, be_before
from ..sentences.speech import SPEECH_VERBS
from ..sentences.subjects import POSSESSIVE_ENDS
from .country_bodies import same_country

# verbs whose object the quote then names or judges directly ("called it "a fantasy"")
_NAMING = word_set(
    """called calls branded termed dubbed dubs labelled labeled deemed deems christened"""
)
# verbs that need "as" before the quote ("described the talks as "constructive"")
_AS_VERBS = word_set(
    """qualified qualifies described describes characterised characterized characterises
    characterizes hailed hails denounced denounces portrayed portrays decried decries
    slammed slams praised praises welcomed welcomes"""
)
_RAW_CUES = (
    "call", "brand", "term", "dub", "label", "deem", "christen", "qualif", "describ",
    "characteri", "hail", "denounc", "portray", "decri", "slam", "prais", "welcom",
)  # fmt: skip
# A cue opening a word, where a naming verb's token starts: within 140 characters of the quote
# (a verb the 120-character gate cuts into still starts there).
_CUE_WORDS = re.compile(rf"\b(?:{'|'.join(_RAW_CUES)})")
_CLAUSE_OPENERS = word_set(
    "that after before when while whereas because since although though until once but"
)
_CLAUSE_STOPS = _CLAUSE_OPENERS | SPEECH_VERBS
_NOT_NAMES = TITLES | word_set("the a an")
_OBJECT_LIMIT = 10


def naming_verdict(
    article: ArticleText, spans: Sequence[tuple[int, int]], value: str
) -> Result | None:
    """True when a naming verb's subject (see the module) is ``value``, False when it names
    someone else, None when no such verb leads into the quote or its subject names no one."""
    for start, _ in spans:
        source = _quoted_source(article, start)
        if source is not None:  # "X quoted his predecessor: "..."": not X's own words
            return _source_verdict(article, source, value)
        subject = _subject(article, start)
        if subject is None:
            continue
        text = article.text
        if all(find_named(part, subject, text) for part in split_people(value)):
            return True, ""
        if len(subject) == 1 and subject[0].norm in {t.norm for t in tokenize(value)}:
            return None  # "Li called it" for Li Qiang, a family name first: the other rules
        who = " ".join(t.text for t in subject)
        if same_country(who, value):  # "Washington called" for the United States
            return True, ""
        return False, f"the article gives these words to {who!r}, not {value!r}"
    return None


def _source_verdict(article: ArticleText, source: list[Token], value: str) -> Result:
    names = [t for t in source if t.capitalised and t.norm not in _NOT_NAMES]
    if not names:
        return unconfirmed(f"the words are quoted from someone {value!r} cites, not said as theirs")
    if all(find_named(part, names, article.text) for part in split_people(value)):
        return True, ""
    who = " ".join(t.text for t in names)
    return False, f"the article gives these words to {who!r}, whom the speaker quotes"


def _quoted_source(article: ArticleText, at: int) -> list[Token] | None:
    """The object of "quoted"/"cited" right before the quote ("quoted his predecessor,
    Luis Ortega:"), whose words the quote then is; None when no such verb leads into it."""
    region = article.quoted_region_at(at)
    if region is None:
        return None
    start = article.sentences[article.sentence_at(max(region[0] - 1, 0))][0]
    raw = article.lowered[max(start, region[0] - 90) : region[0]]
    if "quot" not in raw and "cit" not in raw:
        return None
    if not _QUOTING_WORDS.search(article.lowered, max(start, region[0] - 100), region[0]):
        return None  # "city", "quota": no quoting verb's word (one cut by the window starts in it)
    lead = article.outside_quotes(start, region[0])
    for index in range(len(lead) - 1, max(len(lead) - 9, -1), -1):
        if lead[index].norm in _QUOTING:
            source = list(lead[index + 1 :])
            if not source or source[0].norm in _NOT_SOURCES:
                return None  # "as quoted by Reuters", "cited in the report": a credit
            if any(t.norm in SPEECH_VERBS for t in source):
                return None  # "cited security, saying "..."": the subject speaks
            return source
        if lead[index].norm in _NAMING or lead[index].norm in _AS_VERBS:
            return None
    return None


_QUOTING = word_set("quoted quoting cited citing")
_QUOTING_WORDS = re.compile(r"\b(?:quoted|quoting|cited|citing)\b")
_NOT_SOURCES = word_set("by in as from on at to")


def _subject(article: ArticleText, at: int) -> list[Token] | None:
    region = article.quoted_region_at(at)
    if region is None:
        return None
    sentence = article.sentence_at(max(region[0] - 1, 0))
    start = article.sentences[sentence][0]
    raw = article.lowered[max(start, region[0] - 120) : region[0]]
    if not any(cue in raw for cue in _RAW_CUES):
        return None  # the cheap gate, on the raw text before any token is read
    if not _CUE_WORDS.search(article.lowered, max(start, region[0] - 140), region[0]):
        return None  # a cue only inside a word ("determined", "recall"): no naming verb
    lead = article.outside_quotes(start, region[0])
    text = article.text
    if not lead or text[lead[-1].end : region[0]].strip(" \t\"'\u201c\u2018"):
        return None  # punctuation between: "called it, "...""; a colon: a statement
    verb = _verb(lead, text)
    if verb is None or _phoned(lead, verb, text[region[0] : region[0] + 4]):
        return None
    clause = verb
    while clause > 0 and (lead[clause - 1].norm not in _CLAUSE_STOPS or _gerund(lead, clause - 1)):
        if text[lead[clause - 1].end : lead[clause].start].strip() == ";":
            break
        if _new_subject(lead, clause - 1, text):
            break
        clause -= 1
    agent = _agent(lead, verb)
    if not agent and _passive(lead, verb):
        agent = _agent_after(article, region[1])  # "X was branded "..." by Ruth Kemp MSP"
    if not agent and _passive(lead, verb):
        return None  # "X was branded "..." by the press": X is the one named, not the speaker
    subject = agent or sentence_subject(lead[clause:verb], text)
    if (
        subject
        and subject[0] in lead
        and (lone_opener(subject, lead[clause:verb], text) or _modifier(lead, subject, verb))
    ):
        return None  # "Back in Washington, the president called", "The UN relief chief called"
    if subject and not subject[-1].capitalised:
        return None  # "Whitfield's aides called it": a description, for the other rules
    owned = _owners(subject, text)  # "X, Prime Minister Y's adviser, called": not Y
    names = [t for i, t in enumerate(subject) if t.capitalised and t.norm not in _NOT_NAMES
             and i not in owned]  # fmt: skip
    return names or None


def _gerund(lead: Sequence[Token], at: int) -> bool:
    """Whether a speech verb is a gerund after a preposition ("thanks Tehran for warning
    Washington and calls the strike "..."): no clause of its own, so the naming verb's subject
    is read before it (session 34, check 61)."""
    return lead[at].norm.endswith("ing") and at > 0 and lead[at - 1].norm in _GERUND_LEADS


_GERUND_LEADS = word_set("for by after before without of about on in")


def _new_subject(lead: Sequence[Token], at: int, text: str) -> bool:
    """Whether ``lead[at]`` is ", and" or ", but" before a subject of its own ("Kerr was
    honoured on Friday, and Ivy Marr called him "..."): the naming verb's clause starts after
    it, so the sentence's first name is not its subject (review of session 34)."""
    if not at or lead[at].norm not in _NEW_CLAUSE or at + 1 >= len(lead):
        return False
    following = lead[at + 1]
    new = following.capitalised or following.norm in _DETERMINERS
    return new and "," in text[lead[at - 1].end : lead[at].start]


_NEW_CLAUSE = word_set("and but")
_DETERMINERS = word_set("the his her its their")


def _modifier(lead: Sequence[Token], subject: Sequence[Token], verb: int) -> bool:
    """Whether a capitalised subject after "the" only modifies a noun in lower case before
    the verb ("The UN emergency relief coordinator called the damage"): a description, whose
    capitalised word is no one who speaks (session 34, check 67)."""
    at = lead.index(subject[0])
    after = at + len(subject)
    if not at or lead[at - 1].norm != "the" or after >= verb:
        return False
    head = lead[after]
    return not head.capitalised and head.norm.isalpha() and not head.norm.endswith(("ed", "ly"))


def _passive(lead: Sequence[Token], verb: int) -> bool:
    """Whether the naming verb is passive ("was branded", "has been called", "is dubbed"):
    a form of *be* right before it (:func:`..sentences.passives.be_before`)."""
    return be_before(lead, verb)


def _agent(lead: Sequence[Token], verb: int) -> list[Token]:
    """The one "by" names right after a passive naming verb ("Modi was praised by Albanese
    as"): the sentence's subject is the one praised, the agent speaks; empty for an active
    verb. Only the capitalised run: "by his rival" names no one who speaks."""
    if not _passive(lead, verb):
        return []
    for by in agents_after(lead, verb):
        run: list[Token] = []
        for token in lead[by + 1 :]:
            if not token.capitalised:
                break
            run.append(token)
        return run
    return []


_NAME_RUN = 6


def _agent_after(article: ArticleText, end: int) -> list[Token]:
    """The name "by" gives right after the quote of a passive naming verb ("Moss was branded
    "shameful" by Ruth Kemp on Tuesday"): the one who speaks, as :func:`_agent` before it."""
    sentence = article.sentences[article.sentence_at(end)]
    after = article.outside_quotes(end, sentence[1])
    gap = article.text[end : after[0].start] if after else ""
    if len(after) < 2 or after[0].norm != "by" or gap.strip(" \t\"'\u201d\u2019"):
        return []
    run: list[Token] = []
    for token in after[1 : 1 + _NAME_RUN]:
        if token.norm in _NOT_NAMES - TITLES or not (token.capitalised or token.norm in TITLES):
            break  # "by Labour leader Ruth Kemp": the title's words are the name's run
        if token.text.lower().endswith(POSSESSIVE_ENDS):
            return []  # "by Kemp's allies": the allies, not Kemp
        run.append(token)
    return run


def _owners(subject: Sequence[Token], text: str) -> set[int]:
    """Where the names stand that own an office in ``subject`` ("Prime Minister Imran Khan's
    Special Assistant": Imran Khan is whom the assistant serves, not the subject)."""
    owned: set[int] = set()
    for index, token in enumerate(subject[:-1]):
        bare = text[token.end : token.end + 1] in ("'", "\u2019")  # "Guterres' spokesman"
        if token.text.lower().endswith(POSSESSIVE_ENDS) or bare:
            back = index  # the name's words, back to its title ("Prime Minister") or a limit
            while back >= max(index - 3, 0) and subject[back].capitalised:
                if subject[back].norm in TITLES:
                    break
                owned.add(back)
                if back and "," in text[subject[back - 1].end : subject[back].start]:
                    break  # "Moeed Yusuf, Imran Khan's aide": the owner's name starts here
                back -= 1
    return owned


def _verb(lead: Sequence[Token], text: str) -> int | None:
    """Where the naming verb stands whose object runs up to the quote, if one does."""
    last = len(lead) - 1
    for index in range(last, max(last - _OBJECT_LIMIT - 1, -1), -1):
        norm = lead[index].norm
        if index < last and clause_gap(lead, index, text):
            return None  # a clause break between the verb and the quote
        if norm in _NAMING and index < last + 1:
            return index if index < last or _bare_object(lead, index) else None
        if norm in _AS_VERBS:
            return index if lead[last].norm == "as" and index < last - 1 else None
    return None


def _phoned(lead: Sequence[Token], verb: int, opening: str) -> bool:
    """ "Y called him twice "to ask whether ..."": a call, not a name put on anything (a
    purpose after the quote mark, or a time or manner after "called")."""
    if opening.lstrip("\"'\u201c\u2018").lower().startswith(("to ", "for ")):
        return True
    return lead[verb].norm in _CALLS and any(t.norm in _CALL_WORDS for t in lead[verb + 1 :])


_CALLS = word_set("called calls")
_CALL_WORDS = word_set("twice back again up on at late early repeatedly")


def _bare_object(lead: Sequence[Token], index: int) -> bool:
    """ "X called "...": a verb right before the quote has the quote as its object only as
    "dubbed"/"termed" do; "called" alone introduces the words ("he called "Fire!"")."""
    return lead[index].norm not in word_set("called calls")


__all__ = ["naming_verdict"]
