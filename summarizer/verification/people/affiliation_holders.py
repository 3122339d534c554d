"""Whom the page ties a body to, read for a person's ``affiliation``
(:mod:`summarizer.verification.people.person_rules`, session 33).

Outside checks 50-73 accepted 37 planted affiliations that were another person's body on the
same page: "Chicago Fed" for "Jeffrey Schmid from Kansas City" beside "Austan Goolsbee of the
Chicago Fed", "Yisrael Beiteinu" for Benny Gantz beside "The chairman of Yisrael Beiteinu,
Avigdor Lieberman", "Commonwealth Bank" for "Westpac's chief economist, Luci Ellis". The party
table's ties (:func:`.party_names.ties`) read countries and groups only, and a body outside the
table was left to the free-text check, which asks only that its words occur.

Here the shapes English ties a body to a named person in are read, in either direction:
- the body's possessive before the name, over a few title words ("Westpac's chief economist,
  Luci Ellis", "Pheu Thai's Chaikasem Nitisiri");
- the name's possessive before the body ("Olaf Scholz's Social Democrats");
- "of"/"from" or a bracket after the name ("Beti Hohler of Slovenia", "Alexander Dobrindt
  (CSU)");
- an apposition after the name that ends in "of", "at", "for" or a verb of heading before the
  body ("Shachi Kurl, president of the Angus Reid Institute", "Benny Gantz, who leads the
  National Unity party");
- a title "of" the body before the name ("The chairman of Yisrael Beiteinu, Avigdor Lieberman")
  and "the body of Name" ("the RSF of Mohamed Hamdan Daglo").
A holder is a name of two capitalised words or more (its last word the surname); a body noun or
a title is no holder ("Bank of England").

:func:`other_holder` refuses a value (a strong flag) only when the page ties it to another
named person and never to this one, AND ties this person to a body of their own that shares no
word with the value: two people of one party or country are common, so the value's tie to
someone else alone says nothing. A table party is read by its aliases ("Slovak", "China's").
Left out: a body tied by a pronoun ("Its spokeswoman, Lisa Liu"), by the sentence's verb only
("Boeing said ... VanNierop"), and a person of a shared surname (the holders are surnames).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..page.article import ArticleText
from ..page.mark_search import matches_from, places
from ..page.tokens import SINGULAR_POSSESSIVES, word_set
from .names import TITLES
from .party_names import party_mentions, party_of
from .role_descriptions import OFFICE_WORDS

_CAP = r"[A-Z][\w'\u2019-]*"
_RUN = r"(?<![\w'\u2019-])[A-Z][\w&.-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w&.-]*)*"
_NAME = rf"(?:{_CAP}\s+){{1,3}}{_CAP}"  # two capitalised words or more
_POSS = r"(?:'s|\u2019s|'|\u2019)"
_STOP = (
    r"(?:said|says|told|tells|and|or|but|with|by|to|from|at|as|is|was|who|which|that|when|"
    r"while|after|before|also|on|in)"
)
_AFTER_POSS = re.compile(
    rf"^{_POSS}\s+(?:(?!{_STOP}\b)[\w-]+,?\s+){{0,4}}?(?<!\bof\s)(?<!\bfor\s)(?<!\bthe\s)"
    rf"({_NAME})\b"
    rf"(?!\s*{_POSS}\s*[a-z])"
)
_BEFORE_POSS = re.compile(rf"({_NAME}){_POSS}\s+(?:the\s+)?$")
_BEFORE_OF = re.compile(rf"({_NAME})\s+(?:of|from)\s+(?:the\s+)?$|({_NAME})\s*\($")
_BEFORE_APPOSED = re.compile(
    rf"({_NAME}),\s+([\w'\u2019-]+)[^,;:()]{{0,70}}?\b(?:of|at|for|leads|heads|chairs|runs|"
    r"represents|joined)\s+(?:the\s+)?$"
)
# An apposition's first word ("a", "who", "president", "Westpac's"), not a verb ("cited").
_OPENERS = OFFICE_WORDS | word_set("the a an who whose its his her their now also currently")
_TITLE_OF = re.compile(r"\b(?:[a-z-]+)\s+of\s+(?:the\s+)?$")
# What every pattern read backwards from a body ends in (a possessive, "of", "from", a
# bracket or an apposition's last word, then "the"); re.search on a sentence's whole start
# tries each position, so the end is tested first on the last _TAIL characters (a necessary
# condition: no ending spans more than a word and a few spaces).
_ENDINGS = re.compile(
    r"(?:(?:'s|\u2019s|'|\u2019)\s+|\b(?:of|from|at|for|leads|heads|chairs|runs|represents"
    r"|joined)\s+|\(\s*)(?:the\s+)?$"
)
_TAIL = 64
# What an ending's last written word is (its spaces stripped): a tail that ends otherwise has
# none, and is passed without the search (session 35).
_LAST_WORDS = (
    "'s", "\u2019s", "'", "\u2019", "of", "from", "at", "for", "leads", "heads", "chairs", "runs",
    "represents", "joined", "(", "the",
)  # fmt: skip
_AFTER_APPOSED = re.compile(rf"^,\s+({_NAME})")
_AFTER_OF = re.compile(rf"^\s+of\s+({_NAME})")
# Last words of a capitalised run that name a body, not a person ("Central Bank of ...").
_BODIES = word_set(
    """bank party union court ministry council government house fed agency institute
    university company group commission committee office department army police service
    association federation league alliance front movement"""
)
_FILLERS = word_set("the of and for a an party")


def _holder(run: str | None) -> str | None:
    """The surname of a name run, or None when the run is no person's ("Central Bank")."""
    if not run:
        return None
    last = run.split()[-1].strip("'\u2019").lower()
    last = last.removesuffix("'s").removesuffix("\u2019s")
    if last in _BODIES or last in TITLES:
        return None
    return last


def _past(apposition: str) -> bool:
    """Whether an apposition gives its body as a past one: "a former pilot at" (the clause
    after a later "who"/"now" read alone: "a former pilot at Orion Air who now runs")."""
    last = re.split(r"\b(?:who|now|currently)\b", apposition)[-1]
    return bool(re.search(r"\b(?:former|ex|erstwhile|onetime|previously|formerly)\b", last))


def _initials(words: str) -> str:
    """The initials of a body's capitalised words ("Institutional Revolutionary Party": "irp")."""
    return "".join(word[0] for word in re.findall(r"[A-Z][\w'-]*", words)).lower()


def _same_body(body: str, value: str) -> bool:
    """Whether a body the page ties this person to is the value: a word in common, or one
    the initials of the other in any order ("of the PRI" for the Institutional
    Revolutionary Party: a name translated from another language keeps its initials in that
    language's order; "Party" may be left out of the letters)."""
    if _words(body) & _words(value):
        return True
    for short, long in ((body, value), (value, body)):
        letters = short.replace(".", "").strip()
        if letters.isalpha() and letters.isupper() and len(letters) >= 2:
            full = _initials(long)
            if sorted(letters.lower()) in (sorted(full), sorted(full.removesuffix("p"))):
                return True
    return False


def _holders_at(
    text: str, start: int, end: int, begin: int, stop: int
) -> tuple[set[str], set[str]]:
    """The surnames the page ties the body written at ``start:end`` to, within the sentence
    ``begin:stop`` (see the module): (those it ties now, those with a past tie too: "a former
    pilot at" names a body someone left). Both in one reading, since the person's own bodies
    are wanted either way."""
    before, after = text[begin:start], text[end:stop]
    found: set[str] = set()
    for pattern in (_AFTER_POSS, _AFTER_OF):
        match = pattern.match(after)
        if match:
            found.add(_holder(match.group(1)) or "")
    past: set[str] = set()
    # The readings backwards from the body all end at it: their common ends are tested on a
    # short tail first (re.search would try every position of the sentence's start).
    tail = before[-_TAIL:]
    if tail.rstrip().endswith(_LAST_WORDS) and _ENDINGS.search(tail):
        _read_before(before, after, found, past)
    found.discard("")
    past.discard("")
    return found, found | past


def _read_before(before: str, after: str, found: set[str], past: set[str]) -> None:
    """The holders named before the body ("X's", "X of the", "X, president of the"), added
    to ``found``; an apposition's past body ("X, a former pilot at") to ``past`` only."""
    if _TITLE_OF.search(before):
        match = _AFTER_APPOSED.match(after)
        if match:
            found.add(_holder(match.group(1)) or "")
    for pattern in (_BEFORE_POSS, _BEFORE_OF):
        match = pattern.search(before)
        if match:
            found.add(_holder(next(group for group in match.groups() if group)) or "")
    match = _BEFORE_APPOSED.search(before)
    if match and (
        match.group(2).lower() in _OPENERS or match.group(2).endswith(SINGULAR_POSSESSIVES)
    ):
        holder = _holder(match.group(1)) or ""
        (past if _past(before[match.end(1) :]) else found).add(holder)


def _spans_of(article: ArticleText, value: str) -> Iterator[tuple[int, int, int, int]]:
    """(start, end, sentence start, sentence end) of every place the value is written: its
    words as written, or, for a table party, any alias of it."""
    party = party_of(value)
    text = article.text
    if party is not None:
        for key, start, end, begin, stop in _party_places(article):
            if key == party:
                yield start, end, begin, stop
        return
    bare = re.sub(r"^the\s+", "", value.strip(), flags=re.IGNORECASE)
    if len(bare) < 2:
        return
    pattern = re.compile(rf"(?<![\w-]){re.escape(bare)}(?![\w-])")
    for match in matches_from(pattern, text, places(text, (bare,))):  # tried where it stands
        index = article.sentence_at(match.start())
        begin, stop = article.sentences[index]
        yield match.start(), match.end(), begin, stop


def _party_places(article: ArticleText) -> list[tuple[str, int, int, int, int]]:
    """(key, start, end, sentence start, sentence end) of every table party the page names,
    read once per article: every affiliation value of a grounding asks for them, and walking
    each sentence's aliases again per value cost a third of the grounding (session 33)."""
    memo_key = ("affiliation_holders.party_places",)
    found: list[tuple[str, int, int, int, int]] | None = article.memo.get(memo_key)
    if found is None:
        found = []
        for index in range(len(article.sentences)):
            tokens = article.sentence_tokens(index)
            begin, stop = article.sentences[index]
            for position, key, _, size in party_mentions(tokens):
                start, end = tokens[position].start, tokens[position + size - 1].end
                found.append((key, start, end, begin, stop))
        article.memo[memo_key] = found
    return found


def _own_bodies(article: ArticleText, surname: str, party: bool) -> tuple[set[str], set[str]]:
    """The bodies the page ties this person to: table parties (``party``) or capitalised runs
    in the sentences naming them, as written: (those tied now, those with a body they left
    too)."""
    now: set[str] = set()
    ever: set[str] = set()

    def tie(body: str, start: int, end: int, begin: int, stop: int) -> None:
        holders_now, holders_ever = _holders_at(article.text, start, end, begin, stop)
        if surname in holders_now:
            now.add(body)
        if surname in holders_ever:
            ever.add(body)

    if party:  # the page's party places, read once per article (_party_places)
        for key, start, end, begin, stop in _party_places(article):
            if surname in article.lowered[begin:stop]:
                tie(key, start, end, begin, stop)
        return now, ever
    for run, start, end, begin, stop in _named_runs(article, surname):
        tie(run, start, end, begin, stop)
    return now, ever


def _named_runs(article: ArticleText, surname: str) -> Iterator[tuple[str, int, int, int, int]]:
    """The capitalised runs of the sentences naming the person, other than their name (the
    run, its start and end, its sentence's start and end): the bodies :func:`own_bodies`
    may tie to them."""
    lowered = article.lowered
    for index, (begin, stop) in enumerate(article.sentences):
        if lowered.find(surname, begin, stop) < 0:
            continue
        for run, start, end in _runs(article, index):
            if surname not in run.lower():
                yield run, start, end, begin, stop


def named_runs(article: ArticleText, surname: str) -> frozenset[str]:
    """Every body :func:`own_bodies` may give the person, before it reads which are theirs:
    a reading that wants only some kinds of body can tell first whether any is there."""
    return frozenset(run for run, *_ in _named_runs(article, surname))


def _runs(article: ArticleText, index: int) -> list[tuple[str, int, int]]:
    """The capitalised runs of a sentence (their words, start, end), kept per article: each
    person the sentence names reads the same runs (session 61)."""
    key = ("affiliation_holders.runs", index)
    kept: list[tuple[str, int, int]] | None = article.memo.get(key)
    if kept is None:
        begin, stop = article.sentences[index]
        kept = article.memo[key] = [
            (m.group(0), begin + m.start(), begin + m.end())
            for m in re.finditer(_RUN, article.text[begin:stop])
        ]
    return kept


def _words(value: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z0-9]+", value.lower())) - _FILLERS


def other_holder(article: ArticleText, surname: str, value: str) -> str | None:
    """:func:`_other_holder`, kept per article (the same person and value are asked again
    by each fact that names them, and the answer depends on the page alone)."""
    memo_key = ("affiliation_holders.other_holder", surname, value)
    if memo_key not in article.memo:
        article.memo[memo_key] = _other_holder(article, surname, value)
    answer: str | None = article.memo[memo_key]
    return answer


def _other_holder(article: ArticleText, surname: str, value: str) -> str | None:
    """The other person the page ties the value to, when it never ties it to this person and
    ties this person to a body of their own that shares no word with the value (see the
    module); None otherwise. A value tied to no one is left alone: read as a refusal it
    flagged 26 correct values on checks 50-73 (a judge's court beside her country, a
    senator's party beside "of Ohio")."""
    holders = _value_holders(article, value)
    if not holders or surname in holders:
        return None
    party = party_of(value)
    # A body the person left shows they are someone's, but is not theirs now ("Tariq
    # Haddad, a former pilot at Orion Air" is not of Orion Air).
    now, bodies = _own_bodies(article, surname, party is not None)
    if not bodies:
        return None
    if party is not None:
        if party in now:
            return None
    elif any(_same_body(body, value) for body in now):
        return None
    return sorted(holders)[0].title()


def _value_holders(article: ArticleText, value: str) -> frozenset[str]:
    """The surnames the page ties the value to, at every place it is written: kept per value
    (each person asked of the same value read the same places again; session 36)."""
    memo_key = ("affiliation_holders.value_holders", value)
    known: frozenset[str] | None = article.memo.get(memo_key)
    if known is None:
        holders: set[str] = set()
        for start, end, begin, stop in _spans_of(article, value):
            holders |= _holders_at(article.text, start, end, begin, stop)[0]
        known = article.memo[memo_key] = frozenset(holders)
    return known


def own_bodies(article: ArticleText, surname: str) -> frozenset[str]:
    """The capitalised bodies the page ties this person to now (kept per person)."""
    memo_key = ("affiliation_holders.own_bodies", surname)
    if memo_key not in article.memo:
        article.memo[memo_key] = frozenset(_own_bodies(article, surname, False)[0])
    found: frozenset[str] = article.memo[memo_key]
    return found


def same_body(body: str, value: str) -> bool:
    """Whether a body the page ties someone to is the value (a word in common, initials)."""
    return _same_body(body, value)


def value_holders(article: ArticleText, value: str) -> frozenset[str]:
    """The surnames the page ties the value to by the shapes read here (kept per value)."""
    return _value_holders(article, value)


_BODY_RUN = re.compile(r"[A-Z][\w&-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&-]*)*")
_NOT_OWN = re.compile(r"\b(?:who|which|whose|former|formerly|ex|from|said|says|until)\b", re.I)


def _sentences_lowered(article: ArticleText) -> list[str]:
    """Each sentence lowercased as written (accents kept, unlike ``article.lowered``), kept per
    article: every person's apposition reading asked it of every sentence (session 61)."""
    key = ("affiliation_holders.sentences_lowered",)
    kept: list[str] | None = article.memo.get(key)
    if kept is None:
        kept = article.memo[key] = [article.text[b:e].lower() for b, e in article.sentences]
    return kept


def apposed_bodies(article: ArticleText, surname: str) -> frozenset[str]:
    """The capitalised bodies in an apposition straight after the person's name, which the
    older holder shapes miss: "Hans Keller, Alpen Chocolate's chief executive,", "Ali Rezaei,
    a pilot with Caspian Airlines,". An apposition that gives a past or a relative clause
    ("who joined from", "a former") names no body of theirs now."""
    found: set[str] = set()
    for (begin, stop), lowered in zip(article.sentences, _sentences_lowered(article), strict=True):
        if surname + "," not in lowered:
            continue  # the apposition's shape: the name, then a comma
        text = article.text[begin:stop]
        for match in re.finditer(
            r"([\w'\u2019-]+),\s+(?:\d{1,3},\s+)?([^,;:.()]{1,80})(?:,|\.|$)", text
        ):  # "Ollie Chessum, 24, of Leicester Tigers,": past an age
            if match.group(1).lower() != surname or _NOT_OWN.search(match.group(2)):
                continue
            apposition = match.group(2)
            for run in _BODY_RUN.finditer(apposition):
                before = apposition[: run.start()].rstrip().lower()
                # a body's possessive or "with" ties it; a bare capitalised run may be a title
                # ("the Deputy Prime Minister and Secretary of State for Housing")
                if apposition[run.end() :].startswith(SINGULAR_POSSESSIVES) or (
                    before.endswith(" with")
                    or before == "of the"
                    or (before == "of" and " " in run.group(0))  # not a home town "of Leeds"
                ):
                    found.add(run.group(0))
    return frozenset(found)


__all__ = [
    "apposed_bodies",
    "named_runs",
    "other_holder",
    "own_bodies",
    "same_body",
    "value_holders",
]
