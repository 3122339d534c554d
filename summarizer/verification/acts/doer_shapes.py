"""Doers the crude doer tie misses, for the confirm-only mode's actors
(:mod:`summarizer.verification.confirm_only`; session 51, the shapes exp50 counted as B6).

:func:`.doer_ties.doer_at` confirms a mention that stands after "by" or opens its clause
(only names, titles, "the", "and" before it) with a content word after it. On the seen checks
it left correct doers unconfirmed in these shapes of English, each read here as a subject:

- a time or dateline before the clause ("Late June 2022 - Russia handed back", "11:40 a.m. -
  The Senate", "On 21 June the United States bombed"): numbers, months, weekdays and a leading
  time preposition are skipped like a clause mark;
- a name with "of" in it or a noun of the body's own people before it ("the Democratic
  Republic of Congo and the M23 put", "the guerrilla of the ELN", "Negotiators from Russia
  and Ukraine sat", "Members of the IAU approved");
- a possessive subject: the name owns a noun of its own people or offices ("Colombia's
  government and the ELN opened", "Turkey's foreign minister, Hakan Fidan, chaired"), never
  any other noun ("Boeing's latest offer", "Cucurella's hair");
- a contact relative clause ("under a bill the Senate passed"): a noun with its determiner,
  then the name, then a past verb or an auxiliary;
- a list or an aside between the name and its verb ("Spain, the Netherlands and Ireland
  announced", "Tony Abbott, a former Prime Minister, lost").

Review rv51d: a comma's next name is a list member or an apposition only when an "and"/"or"
or a closing comma follows it ("Unlike Osk Capital, Harl Bank sold" is no list), and a
subject of a contact relative or of a clause after another in its sentence ("the offer
Pemberton Capital rejected", "as members of the Rask Union walked out") is the event's doer
only when its clause tells the event's act (:func:`tells_event`).

A name after a verb or a preposition other than "by" is never read as a subject here, so the
one acted on ("defeating Lionel Zinsou", "the impeachment of Yoon") stays unconfirmed; the
refusals of :mod:`..sides.event_actors` (a harm's target, the one acted on) run before any tie.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from summarizer.comparators import Supported
from summarizer.text.vocabulary import MONTHS, STOPWORDS, WEEKDAYS
from ..context import Context
from ..page.possessives import is_possessive
from ..page.tokens import Token, tokenize, word_set
from ..people.names import TITLES
from .doer_ties import Places

# Nouns for a body's own people, offices or organs: who act for it ("Colombia's government",
# "the guerrilla of the ELN", "Negotiators from Russia"). Not its allies, rivals or things.
AGENTS = word_set(
    """government governments army armies military militaries forces troops soldiers navy
    police delegation delegations team teams negotiators negotiator envoy envoys officials
    diplomats ministers ministry cabinet parliament leaders leadership authorities
    administration guerrilla guerrillas rebels fighters militants members lawmakers
    legislators regulators regulator judges court board executives management
    representatives coast guard air force junta president prime minister foreign chief
    head boss commander commanders spokesman spokeswoman mps"""
)
_MARKS = frozenset(",;:()\u2014\u2013[]\n")  # a line break: a heading's end
_DASHES = ("-", "\u2014", "\u2013", ":")
_CLAUSE_WORDS = word_set(
    """that who whom which when while where after before as because since although though if
    but whereas until once"""
)
_TIME_WORDS = word_set(" ".join(MONTHS) + " " + " ".join(WEEKDAYS)) | word_set(
    """early late mid last this next am pm noon midnight dawn dusk morning afternoon evening
    night today yesterday tonight"""
)
_TIME_OPENERS = word_set("on in at since early late during until")
_DETERMINERS = word_set("a an the this that these those its their his her every any each")
_AUXILIARIES = word_set("has had have will would could can may might shall should did")
# Past forms that do not end in -ed (a contact relative's verb: "the bill the Senate passed").
_PAST = word_set(
    """set put made took sent led drew wrote brought laid sought won struck cast spread cut
    shut bound built began held kept left lent meant paid sold found gave froze chose broke
    drove threw signed agreed"""
)
_ASIDE_REACH = 16
# Verbs that only say (the speaker reports the event) and stems of a description that makes
# the event a saying.
_SAYS = word_set("said says say told tells added adds noted wrote writes stated")
_SAYING_STEMS = (
    "said", "say", "told", "tell", "statement", "stated", "announc", "claim", "warn", "report",
    "declar", "confirm", "deni", "deny", "accus", "urg", "insist", "comment", "remark",
)  # fmt: skip
# Nouns of a part in an act whose "were" lists the doers ("The mediators were A, B and C").
_ROLES = word_set(
    """mediators signatories participants hosts cohosts sponsors cosponsors guarantors
    negotiators organisers organizers attendees founders buyers bidders winners mediator
    guarantor host cohost sponsor"""
)
# Verbs done to an object list that do not end in -ed ("hit Hamas, Hezbollah and").
_HARMS = word_set("hit hits strike strikes struck shot kill kills attack attacks beat beats")


def _mark(text: str, left: Token, right: Token) -> bool:
    return any(c in _MARKS for c in text[left.end : right.start])


def _stamp_end(tokens: Sequence[Token], text: str) -> int:
    """Where a sentence's clause starts after a time or dateline set off by a dash or a colon
    ("Late June 2022 - Russia", "11:40 a.m. - The amendment", "06:10 Myanmar's military"): 0
    when it opens with none."""
    start = 0
    while start < len(tokens) and tokens[start].is_number:
        start += 1
    for index in range(start, min(len(tokens) - 1, 8)):
        token = tokens[index]
        timed = token.is_number or token.norm in _TIME_WORDS
        if not (timed or token.capitalised or token.norm in ("of", "the")):
            break
        gap = text[token.end : tokens[index + 1].start]
        if any(dash in gap for dash in _DASHES) and any(
            t.is_number or t.norm in _TIME_WORDS for t in tokens[: index + 1]
        ):
            return index + 1
    return start


def _name_like(token: Token) -> bool:
    return token.capitalised or token.norm in TITLES


def _opens(tokens: Sequence[Token], first: int, text: str) -> bool:
    """Whether only a subject's words stand before ``first`` in its clause: names, titles,
    "the/and/both", an "of" inside a name, a noun of the body's people with its "of"/"from",
    and a leading time ("On 21 June the United States")."""
    floor = _stamp_end(tokens, text)
    position = first - 1
    timed = False
    if position >= floor and _bracketed(tokens, first, text):
        position -= 1  # "the National Liberation Army (ELN) put": the alias's head
    while position >= floor:
        if _mark(text, tokens[position], tokens[position + 1]):
            return not _object_list(tokens, position, text)
        token = tokens[position]
        norm = token.norm
        if norm in _CLAUSE_WORDS:
            return True
        if token.is_number or norm in _TIME_WORDS:
            timed = True
        elif timed and norm in _TIME_OPENERS:
            pass  # "On 21 June the United States bombed", "At dawn on 2 May the guard"
        elif norm in ("of", "from", "at"):
            if position == 0 or not (
                tokens[position - 1].capitalised or tokens[position - 1].norm in AGENTS
            ):
                return False
        elif not (_name_like(token) or norm in AGENTS or norm in ("the", "and", "both")):
            return False
        position -= 1
    return True


def _object_list(tokens: Sequence[Token], position: int, text: str) -> bool:
    """Whether the mark after ``tokens[position]`` only separates members of a verb's object
    list ("struck Hamas, Hezbollah and ..."): a comma after a name whose run follows a past
    verb."""
    if text[tokens[position].end : tokens[position + 1].start].strip() != ",":
        return False
    while position >= 0 and (
        _name_like(tokens[position])
        or tokens[position].norm in ("the", "and")
        or (position + 1 < len(tokens) and _mark(text, tokens[position], tokens[position + 1]))
    ):
        position -= 1
    if position < 0 or tokens[position].capitalised:
        return False
    norm = tokens[position].norm
    return norm in _PAST or (norm.endswith("ed") and len(norm) > 4) or norm in _HARMS


def _bracketed(tokens: Sequence[Token], first: int, text: str) -> bool:
    """Whether the mention starting at ``first`` is an alias in brackets right after a name."""
    return (
        first > 0
        and text[tokens[first - 1].end : tokens[first].start].strip() == "("
        and tokens[first - 1].capitalised
    )


def _verb_after(tokens: Sequence[Token], last: int, text: str) -> int | None:
    """Whether the clause goes on from ``last`` to a content word (the subject's verb), past
    list members (", the Netherlands and Ireland"), an alias in brackets and an aside closed
    by a comma (", a former Prime Minister,"; after an apposition's opening comma the next
    comma closes it: "Ukraine's foreign minister, Andrii Sybiha, discussed"), as
    :func:`.doer_ties.doer_at` reads its verb."""
    position = last + 1
    first = last
    while first > 0 and not _mark(text, tokens[first - 1], tokens[first]):
        first -= 1
    opened = first > 0 and text[tokens[first - 1].end : tokens[first].start].strip() == ","
    pending = False  # a member after a comma, until an "and"/"or" or a closing comma
    while position < len(tokens):
        token = tokens[position]
        gap = text[tokens[position - 1].end : token.start].strip()
        if gap == ")" or (gap == "(" and _name_like(token) and position + 1 < len(tokens)):
            position += 1  # "the National Liberation Army (ELN) put"
            continue
        following = tokens[position + 1] if position + 1 < len(tokens) else token
        if gap == "," and pending:
            pending = False  # the apposition's closing comma ("minister, Andrii Sybiha, discussed")
        elif gap == "," and (_name_like(token) or (token.norm == "the" and following.capitalised)):
            opened, pending, position = True, True, position + 1  # a list's member, apposition
            continue
        if token.norm in ("and", "or"):
            pending = False  # "Spain, the Netherlands and Ireland announced"
        if gap == "," and not opened:
            close = _aside_close(tokens, position, text)
            if close is None:
                return None
            opened, position = True, close
            continue
        if (gap != "," and _mark(text, tokens[position - 1], token)) or (
            token.norm in _CLAUSE_WORDS
        ):
            return None
        if not (_name_like(token) or token.is_number or token.norm in STOPWORDS):
            after = tokens[position + 1].norm if position + 1 < len(tokens) else ""
            if pending:
                return None  # "Like the Corran Assembly, the Pellam Senate passed": a fronted
            return None if after == "of" else position  # "and head of its referees": a noun
        position += 1
    return None


def _aside_close(tokens: Sequence[Token], index: int, text: str) -> int | None:
    """The index after an aside opening at ``tokens[index]`` and closed by a comma."""
    for end in range(index + 1, min(index + _ASIDE_REACH, len(tokens))):
        gap = text[tokens[end - 1].end : tokens[end].start]
        if any(c in gap for c in ";:()"):
            return None
        if "," in gap:
            return end
    return None


def _possessed(tokens: Sequence[Token], last: int, text: str) -> int | None:
    """The last token of what a possessive name owns when it is its own people or office
    ("Colombia's government", "Turkey's foreign minister, Hakan Fidan"); None otherwise."""
    if not is_possessive(tokens[last], text):
        return None
    position = last + 1
    owned = None
    while position < len(tokens) and not _mark(text, tokens[position - 1], tokens[position]):
        if tokens[position].norm in AGENTS:
            owned = position
        elif not tokens[position].capitalised:
            break
        position += 1
    return owned


def _relative(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """A contact relative clause: a noun with its determiner before the name, a past verb or
    an auxiliary right after it ("a bill the Senate passed", "the deal Kinshasa signed")."""
    before = first - 1
    if before >= 0 and tokens[before].norm == "the":
        before -= 1
    if before < 1 or tokens[before].capitalised or tokens[before].norm.endswith("ing"):
        return False
    if tokens[before].norm in STOPWORDS or tokens[before].norm in _CLAUSE_WORDS:
        return False  # "the impeachment of Yoon Suk Yeol, had": a preposition's object
    if _mark(text, tokens[before], tokens[first]) or (
        last + 1 < len(tokens) and _mark(text, tokens[last], tokens[last + 1])
    ):
        return False
    if not any(tokens[b].norm in _DETERMINERS for b in range(max(0, before - 3), before)):
        return False
    if last + 1 >= len(tokens):
        return False
    verb = tokens[last + 1]
    return not verb.capitalised and (
        (verb.norm.endswith("ed") and len(verb.norm) > 4)
        or verb.norm in _PAST
        or verb.norm in _AUXILIARIES
    )


def _as_role(tokens: Sequence[Token], last: int, text: str) -> bool:
    """A list the sentence names by its part in the act after "as" ("with Qatar and the United
    States as mediators")."""
    position = last + 1
    while position < len(tokens) and (
        _name_like(tokens[position]) or tokens[position].norm in ("the", "and")
    ):
        position += 1
    return (
        position + 1 < len(tokens)
        and tokens[position].norm == "as"
        and tokens[position + 1].norm in _ROLES
        and not _mark(text, tokens[position - 1], tokens[position])
    )


def _listed(tokens: Sequence[Token], first: int, text: str) -> bool:
    """A list after a colon or a copula that names the doers: "signed by five guest nations:
    A, B and C" (a "by" a few words before the colon), "The mediators were A, B and C" (a
    noun of a part in the act before "were")."""
    position = first - 1
    while position >= 0 and (
        _name_like(tokens[position])
        or tokens[position].norm in ("the", "and")
        or text[tokens[position].end : tokens[position + 1].start].strip() == ","
    ):
        if text[tokens[position].end : tokens[position + 1].start].strip() == ":":
            break
        position -= 1
    if position < 1:
        return False
    if tokens[position].norm in ("were", "are") and not _mark(
        text, tokens[position], tokens[position + 1]
    ):
        return tokens[position - 1].norm in _ROLES
    if text[tokens[position].end : tokens[position + 1].start].strip() != ":":
        return False
    return any(t.norm == "by" for t in tokens[max(0, position - 4) : position + 1])


def _akin(word: str, other: str) -> bool:
    return word == other or (min(len(word), len(other)) >= 4 and word[:4] == other[:4])


def tells_event(
    tokens: Sequence[Token], verb: int, text: str, description: str, own: frozenset[str]
) -> bool:
    """Whether the clause from ``verb`` to its next mark or clause word tells the event's act:
    one of its content words other than the value's own (``own``) shares a stem with a word of
    the event's description ("imposed on Kemble Energy" for "regulator fines Kemble", "took
    the fort" for "takes the fort"). A subordinate or relative clause's subject does another
    act than the sentence's when its clause tells none of the event ("after the navy of
    Pellam had fired on it" for "coast guard boards the trawler", "the offer Pemberton Capital
    rejected" for "Rask walks away from the offer"). No description: no check."""
    words = [t.norm for t in tokenize(description) if t.norm not in STOPWORDS]
    if not words:
        return True
    for position in range(verb, len(tokens)):
        token = tokens[position]
        if position > verb and (
            _mark(text, tokens[position - 1], token) or token.norm in _CLAUSE_WORDS
        ):
            break
        if token.norm in STOPWORDS or token.norm in own:
            continue
        if any(_akin(token.norm, word) for word in words):
            return True
    return False


def _inner(tokens: Sequence[Token], first: int, text: str) -> bool:
    """Whether the mention at ``first`` opens a clause after another one in its sentence (a
    clause word or a mark before it, "as members of the Rask Union walked out", ", and troops
    of the Varn Front took"), not after a time or dateline only ("On 9 May, Keldara's")."""
    floor = _stamp_end(tokens, text)
    for position in range(first - 1, floor - 1, -1):
        if tokens[position].norm in _CLAUSE_WORDS:
            return True
        if _mark(text, tokens[position], tokens[position + 1]):
            return not all(
                t.is_number or t.norm in _TIME_WORDS or t.norm in _TIME_OPENERS
                for t in tokens[floor : position + 1]
            )
    return False


def shaped_doer(
    tokens: Sequence[Token], first: int, last: int, text: str, saying: bool = True,
    description: str = "",
) -> bool:  # fmt: skip
    """Whether the mention ``first``..``last`` is its clause's subject in one of the module's
    shapes; unless ``saying`` (the event is a saying), a subject whose verb only says
    ("X, the vice-president of FIFA, said that UEFA ...") is no doer; with a ``description``,
    a relative or subordinate clause's verb must tell the event's act (:func:`tells_event`)."""
    owned = _possessed(tokens, last, text)
    own = frozenset(t.norm for t in tokens[first : last + 1])
    if owned is None and is_possessive(tokens[last], text):
        return False
    if owned is None and _relative(tokens, first, last, text):
        return tells_event(tokens, last + 1, text, description, own)
    if owned is None and (_listed(tokens, first, text) or _as_role(tokens, last, text)):
        return True
    if not _opens(tokens, first, text):
        return False
    verb = _verb_after(tokens, last if owned is None else owned, text)
    return (
        verb is not None
        and (saying or tokens[verb].norm not in _SAYS)
        and (not _inner(tokens, first, text) or tells_event(tokens, verb, text, description, own))
    )


def saying_event(ctx: Context) -> bool:
    """Whether the event's description tells a saying ("Israel says it received ..."): then
    the one who says is its doer."""
    words = tokenize(str(getattr(ctx.fact, "description", "") or ""))
    return any(token.norm.startswith(_SAYING_STEMS) for token in words)


def _other_body(tokens: Sequence[Token], first: int, last: int, value: str) -> bool:
    """Whether a mention holding only part of the value's words is the tail of another name
    ("the Hawaii Public Utilities Commission" for the Iowa Utilities Commission): a
    capitalised word before it that is neither the value's own nor a title."""
    own = {token.norm for token in tokenize(value)}
    if last - first + 1 >= len(own):
        return False
    position = first - 1
    while position > 0 and tokens[position].capitalised:
        if tokens[position].norm not in own and tokens[position].norm not in TITLES:
            return True
        position -= 1
    return False


def shaped_doer_tie(places: Places) -> Callable[[Any, Supported, Context], bool]:
    """The tie, reading the actor's mentions with ``places`` (the actor rule's own reading,
    which sits higher: ``sides``)."""

    def tie(value: Any, rule: Supported, ctx: Context) -> bool:
        """A mention of the actor in its evidence reads as a subject (see the module)."""
        text, saying = ctx.article.text, saying_event(ctx)
        description = str(getattr(ctx.fact, "description", "") or "")
        for index in ctx.sentences:
            tokens = ctx.article.sentence_tokens(index)
            for first, last in places(str(value), tokens, ctx, index):
                if not _other_body(tokens, first, last, str(value)) and shaped_doer(
                    tokens, first, last, text, saying, description
                ):
                    return True
        return False

    return tie


# The subject's verb and a possessive's owned noun, read alike by acts/own_act_doers.
verb_after = _verb_after
possessed = _possessed

__all__ = [
    "AGENTS",
    "possessed",
    "saying_event",
    "shaped_doer",
    "shaped_doer_tie",
    "tells_event",
    "verb_after",
]
