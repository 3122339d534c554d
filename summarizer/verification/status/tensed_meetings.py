"""A meeting's status carried by the tense of the clause about it, with no status word (an
outside check, session 26: check 58's cause 3), for :func:`status_support.support_status`.

Reporters often tell a meeting's status only by the verb of a clause whose subject, object or
adjunct is the meeting or those at it. Four shapes are read, each only in a clause that names
the fact's own place or day (the sentence may tell of two meetings, and the other one's tense
must not carry over):

- ``held`` by origin: an outcome that stems, came, emerged, grew or resulted from (or out of)
  the meeting ("The cuts stem from weekend talks in Geneva", "The deal came out of talks at
  Lancaster House"). What a meeting has produced presumes it took place, whatever the tense
  of the verb of origin. Not: a modal, an infinitive or a negation before the verb ("any deal
  would have to come out of talks in Geneva", "is expected to emerge from"), a meeting still
  to come after the noun ("talks next week", "talks due in Geneva"), or one planned, proposed
  or called off ("the planned talks", "talks that were called off", also in a clause said of
  it after a comma: "talks in Geneva, which were postponed", review rvS).
- ``held`` by a participle with its person as object: "Meeting Donald Trump at his Turnberry
  resort, the Commission president accepted ..." (the participle's clause names one of the
  fact's parties, or points at one with "him", "her", "them" or "his counterpart", and then a
  place or time), with a past main verb after the comma; the main verb's tense is read by
  :func:`meeting_participles.met_participle` once the object is set aside. Not: an object
  that is no one ("Meeting demand in Asia, the firm raised output"), a main verb to come,
  the participle inside a clause ("Before meeting Trump in Rome, she said"), a gerund subject
  with an aside ("Meeting Trump at Turnberry, she insisted, was never planned"), a negation
  before the main verb, or a main subject named who is no party or a party's agent ("Meeting
  Xi in Busan, Albanese raised", "Bessent's deputy handed"; review rvS).
- ``scheduled`` by the present tense with a time to come: "G7 leaders meet June 15-17 in
  Kananaskis", "NATO leaders meet in The Hague on Wednesday", "when leaders meet again in
  December". A present "meet", "gather" or "convene" with a day, month or "next ..." after it
  in its clause tells a plan (a meeting past is "met"; one under way is "are meeting"). Not: a
  modal, "to", "did", "do" or a negation before it ("refused to meet", "do not meet until",
  "won't meet"), a condition ("if they meet in May", "Should they meet"), two other people
  joined by "and" right before it ("Albanese and Takaichi meet"), a habit ("meet every
  June", "usually meet in Davos"), a past time in the clause ("meet ... last week"), "meet"
  as a noun ("the athletics meet on Saturday") or with an object that is no time or place
  ("meet demand in June").

- ``held`` by those at the meeting acting at its place on its day
  (:func:`meetings_attended.attended`: "In Anchorage on Friday, Putin and Trump talked").

Each answers only whether the value is told; the contradictions (a meeting called off, denied,
or only proposed) are read before it by the caller. Known limits: a headline's historical
present ("Leaders meet in Brussels") has no time and stays unread; a meeting whose place is
only in a dateline ("THE HAGUE, June 25 - Leaders ... on Wednesday pledged") is not read.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from ..context import Context
from ..events.meeting_participles import met_participle
from ..page.tokens import SINGULAR_POSSESSIVES, Token, clause_gap, tokenize, word_set
from ..people.names import find_named, find_phrase
from .meetings_attended import PRESENT_MEETS as _PRESENT
from .meetings_attended import attended, attended_past
from .meetings_attended import clause_around as _clause

Span = tuple[int, int]

_MEETINGS = word_set(
    """summit summits meeting meetings talks session sessions negotiations conference
    gathering retreat round consultations discussions"""
)
# Verbs of origin and the words that take the meeting after them ("stem from", "came out of").
_ORIGIN = word_set(
    """stem stems stemmed stemming came come comes emerged emerge emerges grew grow grows arose
    arise arises resulted result results sprang springs flowed flow flows"""
)
_MODALS = word_set(
    """will would could may might should must can shall to expected due set likely hope hopes
    hoped plan plans aims wants not never no cannot"""
)
# "of" is no stop: "two days of talks", "a round of talks", "the failure of talks".
_PREPOSITIONS = word_set("on over to for about at in into against with after before by")
# Nouns of a meeting that did not happen: "stems from the cancellation of talks".
_NOT_HELD = word_set(
    """cancellation postponement collapse absence lack delay suspension prospect hope hopes
    idea offer call calls"""
)
_UNMADE = word_set(
    """planned proposed upcoming next future possible potential mooted expected scheduled
    later coming prospective"""
)  # not "new", "fresh", "further": "emerged from fresh talks in Kuala Lumpur" (review rvS)
_AHEAD = word_set(
    """next due planned scheduled set expected upcoming later tomorrow coming will would
    proposed slated""")  # fmt: skip
_CALLED_OFF = word_set(
    """postponed cancelled canceled delayed scrapped called shelved collapsed abandoned
    suspended dropped never"""
)

_PARTICIPLES = word_set("meeting")
_POINTERS = word_set("him her them")
_OWNERS = word_set("his her their its")
_COUNTERPARTS = word_set("counterpart counterparts host hosts guest guests number numbers")
_PLACE_TIME = word_set("in at on")
_NEGATIONS = word_set("not never no n't nor")

_NOT_PRESENT = word_set(
    """to will would could may might should must can shall did do does not never cannot
    refuse refused won't don't doesn't can't cannot shan't wouldn't couldn't needn't"""
)
_NOUN_BEFORE = word_set("the a an this that athletics track swim swimming")
_CONDITIONS = word_set("if unless whether once should")  # "Should Trump and Putin meet in ..."
_HABITS = word_set(
    """every each usually often rarely regularly annually routinely always sometimes seldom
    normally typically generally traditionally twice"""
)
_PAST_TIMES = word_set("last ago yesterday earlier previously")
_FOLLOWERS = word_set(
    """in at on for with again next later this from between tomorrow online virtually
    remotely privately informally formally briefly"""
)
_TIMES = frozenset(MONTHS) | frozenset(WEEKDAYS) | word_set("next tomorrow later week weekend")


def tensed_status(family: str, raw: str, ctx: Context) -> bool:
    """Whether an evidence sentence tells ``raw`` by one of the module's shapes, in a clause
    that names the fact's own place or day."""
    if family != "SummitStatus" or raw not in ("held", "scheduled"):
        return False
    for index in ctx.sentences:
        tokens = ctx.article.sentence_tokens(index)
        text = ctx.article.text
        breaks = [clause_gap(tokens, i, text) for i in range(len(tokens))]
        found = (
            _scheduled(ctx, tokens, breaks) if raw == "scheduled" else _held(ctx, tokens, breaks)
        )
        if any(_own_between(ctx.fact, tokens, breaks, span) for span in found):
            return True
    return False


def _held(ctx: Context, tokens: Sequence[Token], breaks: Sequence[bool]) -> list[Span]:
    norms = [t.norm for t in tokens]
    found = _origins(norms, breaks) + _participle(ctx, tokens, breaks)
    return found + attended(ctx, tokens, breaks)


def _origins(norms: Sequence[str], breaks: Sequence[bool]) -> list[Span]:
    """Spans of a verb of origin whose source is a meeting ("stem from weekend talks")."""
    found: list[Span] = []
    for index, norm in enumerate(norms):
        if norm not in _ORIGIN or breaks[index]:
            continue
        at = index + 1
        if norms[at : at + 2] == ["out", "of"]:
            at += 2
        elif norms[at : at + 1] == ["from"]:
            at += 1
        else:
            continue
        first, last = _clause(breaks, index, index + 1)
        if not _MODALS.isdisjoint(norms[max(first, index - 4) : index]):
            continue  # "would have to come out of", "is expected to emerge from"
        noun = _meeting_noun(norms, breaks, at, last)
        if noun is None:
            continue
        after = norms[noun + 1 : min(noun + 7, last)]
        if not _AHEAD.isdisjoint(after) or not _CALLED_OFF.isdisjoint(after):
            continue  # "talks next week", "talks that were called off"
        if not _CALLED_OFF.isdisjoint(_aside_after(norms, breaks, last)):
            continue  # "talks in Geneva, which were postponed on Friday"
        found.append((index, noun + 1))
    return found


# Words opening a clause said of the noun before it: "talks in Stockholm, which were later
# cancelled", "talks in Budapest, since shelved" (review rvS, session 26).
_ASIDES = word_set("which who that since now later")


def _aside_after(norms: Sequence[str], breaks: Sequence[bool], last: int) -> list[str]:
    """The first six words of the clause after ``last`` when it is said of the meeting
    before it (it opens with a word of :data:`_ASIDES`); none otherwise."""
    if last >= len(norms) or norms[last] not in _ASIDES:
        return []
    _, end = _clause(breaks, last, last + 1)
    return list(norms[last : min(end, last + 6)])


def _meeting_noun(norms: Sequence[str], breaks: Sequence[bool], at: int, last: int) -> int | None:
    """The meeting's noun within four words from ``at`` (its determiner and modifiers), none
    a preposition, a clause mark or a word of a meeting not (yet) held."""
    for step in range(at, min(at + 5, last)):
        word = norms[step]
        if word in _MEETINGS:
            return step
        if word in _PREPOSITIONS or word in _UNMADE or word in _NOT_HELD or breaks[step]:
            return None
    return None


def _participle(ctx: Context, tokens: Sequence[Token], breaks: Sequence[bool]) -> list[Span]:
    """Spans of "Meeting <a party> at|in|on ...," up to the preposition, where a past main
    verb follows the comma (see the module)."""
    norms = [t.norm for t in tokens]
    found: list[Span] = []
    for index, norm in enumerate(norms):
        if norm not in _PARTICIPLES or (index and not breaks[index - 1]):
            continue  # the participle opens the sentence or a clause
        start = index + 1 + (norms[index + 1 : index + 2] == ["with"])
        place = _after_person(ctx, tokens, start)
        if place is None or breaks[place - 1] or not _main_clause_own(ctx, tokens, breaks, place):
            continue  # "Meeting Trump at Turnberry, she insisted, was never planned"
        if met_participle(["meeting", *_with_commas(norms, breaks, place)]):
            found.append((index, place + 1))
    return found


# A clause opening with a finite verb after the main one: the participle was a gerund subject
# with an aside ("Meeting him in Busan, Trump told reporters, will be a great honour").
_FINITE = word_set("will would is was are were has had could can may might shall should must")


def _main_clause_own(
    ctx: Context, tokens: Sequence[Token], breaks: Sequence[bool], place: int
) -> bool:
    """Whether the clause after the participle's is the fact's other party acting, as a main
    clause (review rvS, session 26). Not: a subject named who is no party ("Meeting Xi in
    Busan, Albanese raised ...") or a party's agent ("Bessent's deputy handed over"); a
    later clause opening with a finite verb (a gerund subject with an aside); a negation
    before the main clause's first past verb ("Trump never agreed"). A negation after it is
    what was done at the meeting ("Trump agreed to cut the levy but did not lift ...")."""
    main = place
    while main < len(tokens) and not breaks[main]:
        main += 1
    main += 1
    if main >= len(tokens):
        return False
    if any(breaks[i - 1] and tokens[i].norm in _FINITE for i in range(main + 1, len(tokens))):
        return False
    head = tokens[main]
    if head.capitalised:
        parties = [str(p) for p in getattr(ctx.fact, "parties", None) or []]
        ends = [b for p in parties for a, b in find_named(p, tokens, ctx.article.text) if a == main]
        if not ends or tokens[max(ends)].text.endswith(SINGULAR_POSSESSIVES):
            return False
    for token in tokens[main:]:
        if token.norm in _NEGATIONS:
            return False
        if attended_past(token):
            return True
    return True


def _with_commas(norms: Sequence[str], breaks: Sequence[bool], start: int) -> list[str]:
    """The norms from ``start`` with a "," wherever a clause mark parts two tokens."""
    read: list[str] = []
    for step in range(start, len(norms)):
        read.append(norms[step])
        if breaks[step]:
            read.append(",")
    return read


def _after_person(ctx: Context, tokens: Sequence[Token], start: int) -> int | None:
    """The index of the place or time preposition after the participle's person: one of the
    fact's parties by name, a pointer ("him"), or "his counterpart"; None otherwise."""
    if start >= len(tokens):
        return None
    norm = tokens[start].norm
    end: int | None = None
    following = [t.norm for t in tokens[start + 1 : start + 3]]
    if norm in _OWNERS and following[:1] and following[0] in _COUNTERPARTS:
        end = start + 2  # "her counterpart"
    elif norm in _OWNERS and following[:1] == ["opposite"] and following[1:] == ["number"]:
        end = start + 3  # "his opposite number"
    elif norm in _POINTERS:
        end = start + 1
    elif tokens[start].capitalised:
        for party in getattr(ctx.fact, "parties", None) or []:
            spans = find_named(str(party), tokens, ctx.article.text)
            ends = [last + 1 for first, last in spans if first == start]
            if ends:
                end = max(ends)
                break
    if end is None or end >= len(tokens) or tokens[end].norm not in _PLACE_TIME:
        return None
    return end


def _scheduled(ctx: Context, tokens: Sequence[Token], breaks: Sequence[bool]) -> list[Span]:
    """Spans of a present "meet" with a time to come after it in its clause, said of the
    fact's own parties (:func:`_own_meeters`)."""
    norms = [t.norm for t in tokens]
    found: list[Span] = []
    for index, norm in enumerate(norms):
        if norm not in _PRESENT or index == 0 or breaks[index - 1]:
            continue
        if norms[index - 1] in _NOUN_BEFORE or index + 1 >= len(norms):
            continue
        first, last = _clause(breaks, index, index + 1)
        before = norms[first:index]
        if not _NOT_PRESENT.isdisjoint(norms[max(first, index - 3) : index]):
            continue  # "do not meet", "refused to meet"
        if not _CONDITIONS.isdisjoint(before):
            continue
        follower = norms[index + 1]
        if (
            follower not in _FOLLOWERS
            and follower not in _TIMES
            and not tokens[index + 1].is_number
        ):
            continue  # "meet demand in June": an object that is no time or place
        clause = norms[first:last]
        if not _HABITS.isdisjoint(clause) or not _PAST_TIMES.isdisjoint(clause):
            continue
        after = norms[index + 1 : last]
        if _TIMES.isdisjoint(after) and not any(t.is_number for t in tokens[index + 1 : last]):
            continue
        if not _own_meeters(ctx, tokens, first, index):
            continue  # "Albanese and Takaichi meet in Busan on Thursday"
        found.append((index, last))
    return found


def _own_meeters(ctx: Context, tokens: Sequence[Token], first: int, verb: int) -> bool:
    """Whether those who meet can be the fact's parties (review rvS, session 26): two names
    joined by "and" right before the verb are both theirs ("Albanese and Takaichi meet" and
    "Lee and Xi meet" are other meetings than Trump's with Xi). A party is named by any
    capitalised word of its name ("Xi" for Xi Jinping). A subject that is no pair of names
    ("the two delegations convene Monday", "India and the US meet") is left to the clause's
    place or day."""
    parties = [str(p) for p in getattr(ctx.fact, "parties", None) or []]
    if not parties:
        return True
    own = {t.norm for p in parties for t in tokenize(p) if t.capitalised}
    pair = tokens[max(first, verb - 3) : verb]
    return not (
        len(pair) == 3
        and pair[1].norm == "and"
        and pair[0].capitalised
        and pair[2].capitalised
        and not {pair[0].norm, pair[2].norm} <= own
    )


def _own_between(fact: object, tokens: Sequence[Token], breaks: Sequence[bool], span: Span) -> bool:
    """The clause around the span names the fact's own place or its own time."""
    first, last = _clause(breaks, span[0], span[1])
    words = tokens[first:last]
    for name in ("planned_location", "planned_timing"):
        value = getattr(fact, name, None)
        part = value.split(",")[0].strip() if isinstance(value, str) else ""
        if part and find_phrase(part, words):
            return True
    return False


__all__ = ["tensed_status"]
