"""Whether a later "he" or "she" points to the speaker because the sentence it reads back to
has the speaker as its main clause's subject, read for the read-back of
:mod:`summarizer.verification.quotes.speakers` (session 46, outside checks 50-100).

Readers resolve a subject pronoun to the subject of the sentence before: "Chief executive
Vincent Clerc credited the new partnership with Hapag-Lloyd. "...," he said." is Clerc's, and
"Pressed on how this could happen again, Rue was blunt. "...," he said." is Rue's. The
read-back refused both, as "other", because the sentence also names a capitalised run
("Hapag-Lloyd", the fronted "Pressed") that might be a person. The subject outranks any name
in the object, an adverbial or a fronted phrase, so the sentence's subject is read here: past a
live blog's time stamp ("9.55pm -"), past fronted chunks that end at a comma and open with a
preposition, a subordinator, an adverb or a participle ("Pressed on ...,", "After the vote,"),
past the subject's titles ("Optus chief executive"), the speaker's name followed by a verb
(a lower-case word that does not carry the noun on), or by an appositive set off by commas and
then a verb. Only the subject is accepted: a name in the object, in an appositive ("Karoline
Leavitt, Mr Trump's press secretary, made ..."), a possessive ("Rue's company said") or after
another name keeps the refusal, and the pronoun's gender is still weighed by the caller.
A name that qualifies the subject's noun is no subject (review rv46b): "Hollis aides
briefed", "Ferris adviser Sue Pike was blunt"; nor is a business ("Halden Motors named X");
and a lone surname the page also writes in lower case ("Price scored twice" beside "a price")
is still the person's when the page writes it after a given name ("Ryan Price").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from ..page.article import ArticleText
from ..page.stamps import without_stamp
from ..page.tokens import SINGULAR_POSSESSIVES, Token, word_set
from ..people.names import TITLES, find_named
from .clauses import Verdict
from .genders import pronoun_verdict
from .readback_vetoes import refused_readback
from .salient_subjects import named_subject

# Words a fronted chunk opens with: prepositions, subordinators, adverbs of time and manner.
_FRONTED = word_set(
    """with without despite in on at from amid among under over during by after before since
    following ahead after when while as once though although if because unlike like asked
    later earlier afterwards then now still yet meanwhile separately also for back
    speaking pressed questioned reached writing interviewed"""
)
# Lower-case words of a subject's titles ("chief executive", "lead analyst", "head of").
_ROLE_WORDS = TITLES | word_set(
    """executive officer analyst economist head managing partner founder owner coach captain
    manager strategist spokesperson official commander chairwoman boss lawyer attorney
    professor researcher editor lead senior the"""
)
# Lower-case words after a name that carry the noun on: the name is not the subject there.
_NOT_VERBS = word_set(
    """of and or nor but who whom whose which that for in at to from with on by as than s
    the a an his her its their""",
)
# Time-stamp words of a live blog's entry ("9.55pm -", "12:40 p.m. ET -", "Sun 26 Oct 12:40").
_STAMP_WORDS = word_set("am pm p m a et bst gmt cet cest aest aedt edt est pt local time")
_DASHES = ("-", "\u2013", "\u2014", ":", "|")


def _after_stamp(tokens: Sequence[Token], text: str) -> Sequence[Token]:
    """The tokens after a live blog's time stamp that ends at a dash or a colon."""
    for index in range(1, min(len(tokens), 10)):
        gap = text[tokens[index - 1].end : tokens[index].start]
        stamp = all(_stamp_word(t) for t in tokens[:index])
        if not stamp:
            return tokens
        if any(mark in gap for mark in _DASHES) and not _stamp_word(tokens[index]):
            return tokens[index:]  # "14:45 WIB -": the clock's colon is not the stamp's end
    return tokens


def _stamp_word(token: Token) -> bool:
    """A word of a time stamp: a number, a clock's or a calendar's word, a time zone ("WIB")."""
    short = token.norm[:3]
    calendar = any(name.startswith(short) for name in (*MONTHS, *WEEKDAYS)) and len(short) == 3
    zone = token.text.isupper() and 2 <= len(token.text) <= 4
    return token.is_number or token.norm in _STAMP_WORDS or calendar or zone


def _after_fronted(tokens: Sequence[Token], text: str) -> Sequence[Token]:
    """The main clause after up to two fronted chunks that end at a comma."""
    for _ in range(2):
        if not tokens or not _fronting(tokens[0]):
            return tokens
        comma = next(
            (i for i in range(1, min(len(tokens), 20)) if "," in _gap(tokens, i, text)), None
        )
        if comma is None:
            return tokens
        tokens = tokens[comma:]
    return tokens


def _fronting(token: Token) -> bool:
    """A fronted chunk's first word: a closed-class opener or a participle ("Pressed")."""
    return token.norm in _FRONTED or (
        token.norm.endswith(("ed", "ing")) and len(token.norm) > 5 and not token.joined
    )


def _gap(tokens: Sequence[Token], index: int, text: str) -> str:
    return text[tokens[index - 1].end : tokens[index].start]


def _titles_only(tokens: Sequence[Token], text: str) -> bool:
    """Whether the words before the name are its titles only: role words, and a capitalised
    word only right before a role word ("Optus chief executive", "Maersk CEO"); no comma."""
    for index, token in enumerate(tokens):
        if index and "," in _gap(tokens, index, text):
            return False
        if token.norm in _ROLE_WORDS or token.norm in ("ceo", "cfo", "coo"):
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if not (token.capitalised and following is not None and following.norm in _ROLE_WORDS):
            return False
    return len(tokens) <= 6


def _verb_follows(tokens: Sequence[Token], at: int, text: str) -> bool:
    """Whether the name ending at ``tokens[at - 1]`` is followed by its verb, straight on or
    after an appositive set off by commas ("Rue, the telco's boss, was blunt")."""
    if at >= len(tokens):
        return False
    if tokens[at - 1].text.endswith(SINGULAR_POSSESSIVES) or tokens[at - 1].norm.endswith("s'"):
        return False  # "Rue's company said": a possessive, not the subject
    gap = _gap(tokens, at, text)
    if not gap.strip():
        return _verb(tokens[at]) and not _modifier(tokens, at)
    if gap.strip() != ",":
        return False
    for _ in range(3):  # "King Charles, 76, the host, managed": up to three apposed chunks
        stop = min(len(tokens), at + 14)
        close = next((i for i in range(at + 1, stop) if "," in _gap(tokens, i, text)), None)
        if close is None:
            return False
        if _verb(tokens[close]):
            return True
        at = close
    return False


def _modifier(tokens: Sequence[Token], at: int) -> bool:
    """Whether the name before ``tokens[at]`` modifies the noun there, whose own verb comes
    next ("Hollis aides briefed", "Merrick loyalists have walked out"): the aides are the
    subject, no "he"; the name's own verb ("was", "thanked"), or an adverb before it ("then
    briefed"), is read as before."""
    word = tokens[at].norm
    if word in _AUXILIARIES or word in _ADVERBS or word.endswith(("ed", "ly")):
        return False
    if _title_run(tokens, at):
        return True  # "Ferris spokesman Tom Lane attacked", "Ferris campaign manager Sue Pike"
    after = tokens[at + 1] if at + 1 < len(tokens) else None
    if after is None or after.capitalised or not _verb(after):
        return False
    return after.norm in _AUXILIARIES or (after.norm.endswith("ed") and len(after.norm) > 4)


def _title_run(tokens: Sequence[Token], at: int) -> bool:
    """Whether up to three lower-case words after a name end in an office or an agent's noun
    right before another capitalised name ("Ferris adviser Sue Pike"): the name qualifies
    the office, whose holder is the subject."""
    for index in range(at, min(len(tokens) - 1, at + 3)):
        word = tokens[index]
        if word.capitalised or word.is_number or word.norm in _AUXILIARIES:
            return False
        if word.norm in _FRONTED or word.norm in _ADVERBS or word.norm.endswith("ed"):
            return False
        agent = word.norm.endswith(("er", "or", "ist", "man", "woman"))
        if tokens[index + 1].capitalised and (word.norm in _ROLE_WORDS or agent):
            return True
    return False


# Verbs that are never a noun a name modifies ("Rue was blunt", "Ruiz has said").
_AUXILIARIES = word_set(
    """was were is are has have had will would could can may might must shall should did
    does do said told says tells"""
)
# Adverbs between a name and its verb ("Hollis then briefed", "Ruiz herself signed").
_ADVERBS = word_set(
    """then also later still again never once himself herself alone too first soon ever even
    just now only already finally instead meanwhile however"""
)


def _verb(token: Token) -> bool:
    """A lower-case word that does not carry the noun on: the subject's verb, by its place."""
    return not (token.capitalised or token.is_number) and token.norm not in _NOT_VERBS


def subject_is_speaker(article: ArticleText, start: int, end: int, parts: Sequence[str]) -> bool:
    """Whether the sentence at ``[start, end)`` has the speaker (one of ``parts``, by a name
    form :func:`find_named` reads: the full name or the family name) as its main clause's
    subject."""
    text = article.text
    tokens = without_stamp(article.outside_quotes(start, end), text)
    tokens = _after_fronted(_after_stamp(tokens, text), text)
    if len(tokens) < 2:
        return False
    if any(_BODY.intersection(part.lower().split()) for part in parts):
        return False  # "Orbis Media cut 200 jobs. "...," he said": no body is a "he"
    if any(t.norm in _CLAUSE_BREAKS for t in tokens) or ";" in text[start:end]:
        return False  # "X asked for a recess, but Y refused": the nearer subject's
    for part in parts:
        for first, last in find_named(part, tokens, text):
            if _titles_only(tokens[:first], text) and _verb_follows(tokens, last + 1, text):
                return not any(t.norm in _ASKING for t in tokens[last + 1 :])
    return False


# Words that end a body's name: no "he" or "she" stands for it.
_BODY = word_set(
    """media council ministry police organization organisation airlines airways party
    authority commission group company bank office government agency court union news
    committee department board association federation institute university motors holdings
    partners industries foods homes systems technologies plc inc ltd llc corp corporation
    limited airport airports services brands logistics pharmaceuticals laboratories"""
)
# Words that bring a person into a sentence: then its common-noun subject is not read past.
_PERSON_WORDS = TITLES | word_set("he she his her him hers")
# Words that open a clause with a subject of its own, nearer to the pronoun.
_CLAUSE_BREAKS = word_set("but while whereas although though")
# "X questioned Y. "...," she replied": the one asked answers, not the asker.
_ASKING = word_set("asked questioned pressed quizzed challenged interviewed grilled urged")


def person_subject(article: ArticleText, tokens: list[Token], pronoun: str | None) -> list[Token]:
    """A read-back sentence's named subject (:func:`named_subject`), for a later "he" or
    "she" only when it may be a person: not a common noun's phrase ("Big grocers cut
    prices"), nor a lone capitalised word the article writes in lower case elsewhere, a
    common noun the sentence's capital starts ("Aid is to go to everyone in need",
    "Sanctions will not end the war"). A pronoun cannot point to either; the
    read-back goes on to the sentence before, as it does past a sentence naming no one."""
    subject = named_subject(tokens, article.text, pronoun)
    if not pronoun or not subject:
        return subject
    if any(t.norm in _PERSON_WORDS or _other_name(t, subject) for t in tokens[1:]):
        return subject  # "Sanctions will not ..., and the president admits he": a person
    last = subject[-1]
    if not last.capitalised and not any(t.norm in _ROLE_WORDS for t in subject[1:]):
        return []  # "Big grocers", "The first numbers": a common noun's phrase
    word = re.escape(last.text.lower())
    if len(subject) == 1 and last.capitalised and re.search(rf"\b{word}\b", article.text):
        if _surname(article.text, last.text):
            return subject  # "Price scored twice" on a page of "Ryan Price" and "a price"
        return []  # "Aid is to go", "Sanctions will": written in lower case elsewhere
    return subject


def _surname(text: str, word: str) -> bool:
    """Whether the page writes ``word`` after a capitalised given name ("Ryan Price", not
    "The Price" at a sentence's start): a person's surname, however it reads in lower case."""
    named = re.finditer(rf"\b([A-Z][a-z]+)\s+{re.escape(word)}\b", text)
    return any(match.group(1).lower() not in _DETERMINERS for match in named)


_DETERMINERS = word_set("the a an this that these those its his her their our my your some no")


def _other_name(token: Token, subject: list[Token]) -> bool:
    """A capitalised word besides the subject's that may name someone (not a day, a month)."""
    calendar = token.norm in MONTHS or token.norm in WEEKDAYS
    return token.capitalised and token not in subject and not calendar


def pronoun_read(
    article: ArticleText, verdict: Verdict, parts: Sequence[str], pronoun: str, at: int, end: int
) -> Verdict:
    """The verdict of a quote whose "he" or "she" was read back to the sentence at ``at``:
    "other" becomes "yes" when that sentence's subject is the speaker; a "yes" is then
    weighed by the pronoun's gender (:func:`genders.pronoun_verdict`: not a "Mr." for "she")
    and left unread ("none") when that person is only acted on, reported, one of two or named
    before a nearer person (:mod:`readback_vetoes`)."""
    if verdict == "other":
        first, last = article.sentences[article.sentence_at(at)]
        verdict = "yes" if subject_is_speaker(article, first, last, parts) else verdict
    if verdict == "yes":
        verdict = pronoun_verdict(article, parts, pronoun, at, end)
    if verdict == "yes" and refused_readback(article, at, end, parts):
        return "none"  # "Police arrested X. "...," he said": not X's (readback_vetoes.py)
    return verdict


__all__ = ["person_subject", "pronoun_read", "subject_is_speaker"]
