"""A leader who chairs, hosts or presides over a summit takes part in it (an outside check,
42: "the said summit, which was chaired by Kazakh President Kassym-Jomart Tokayev and attended
by ..." refused Tokayev as a party, "only in another role").

:mod:`summit_chairs` and :mod:`side_roles` read a chair or host of *others'* talks as no side
("the session between the Ethiopian and Eritrean delegations", "Hosted by King Abdullah, A
and B met"): a go-between lending the chair. A person who chairs, hosts or presides over a
gathering of leaders (a summit, forum, conference, council, retreat) sits at its table:

- "the summit, chaired by X", "the forum, which was hosted by X", "the summit was presided
  over by X";
- "X chaired / hosted / presided over the summit" (any tense, adverbs between);
- "the summit's host, X", "As host, X opened the summit".

Not where the sentence tells of talks, negotiations, delegations or sides, of a meeting
"between" others, of mediation, or of another occasion ("last year's forum", "the previous
summit"), nor where a meeting verb ("met") names those who met (the existing reading of a
chair beside the meeting's sides stands).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..occasions.third_parties import own_summit
from ..page.tokens import SINGULAR_POSSESSIVES, Token, word_set
from ..people.names import TITLES

_LEADING = word_set(
    """chaired chairs chair chairing presided presides preside presiding hosted hosts host
    hosting"""
)
_GATHERINGS = word_set("summit summits forum conference council retreat gathering assembly")
_NOT_AT_TABLE = word_set(
    """between talks negotiations negotiation mediated mediating mediator mediation brokered
    brokering broker facilitated sides delegations delegation met meet meets last previous
    earlier former next"""
)
_BETWEEN = TITLES | word_set("the of was were is will be has had have which who also been by")
_ADVERBS = word_set("will has had have also then on jointly personally")


def leads_summit(
    tokens: Sequence[Token], first: int, last: int, text: str, passages: Sequence[str]
) -> bool:
    """Whether the person at ``tokens[first:last + 1]`` chairs, hosts or presides over the
    leaders' gathering the sentence tells of (see the module), named in one of the fact's own
    evidence ``passages`` (not the host of another summit the sentence tells of)."""
    name = text[tokens[first].start : tokens[last].end]
    if not any(name in passage for passage in passages):
        return False
    if leads_side(tokens, first, last, text):
        return True  # "The envoy who led the Japanese delegation, X, said the sides met"
    if own_summit(text[tokens[0].start : tokens[first].start]):
        return True  # "At the summit she hosted, A and B signed ... in the presence of X"
    words = [t.norm for t in tokens]
    if _LEADING.isdisjoint(words) or _GATHERINGS.isdisjoint(words):
        return False
    if not _NOT_AT_TABLE.isdisjoint(words):
        return False
    return _agent(tokens, first) or _subject(tokens, last) or _host_word(tokens, first)


def _agent(tokens: Sequence[Token], first: int) -> bool:
    """ "chaired by X", "presided over by X": back over titles and capitalised words."""
    index = first - 1
    while (
        index >= 0
        and tokens[index].norm != "by"
        and (tokens[index].capitalised or tokens[index].norm in TITLES)
    ):
        index -= 1
    if index < 1 or tokens[index].norm != "by":
        return False
    verb = tokens[index - 1].norm
    if verb == "over" and index >= 2:
        verb = tokens[index - 2].norm
    return verb in _LEADING


def _subject(tokens: Sequence[Token], last: int) -> bool:
    """ "X chaired the summit", "X will host the forum", "X presided over the summit"."""
    index = last + 1
    while index < len(tokens) and tokens[index].norm in _ADVERBS:
        index += 1
    if index >= len(tokens) or tokens[index].norm not in _LEADING:
        return False
    return any(t.norm in _GATHERINGS for t in tokens[index + 1 : index + 6])


def _host_word(tokens: Sequence[Token], first: int) -> bool:
    """ "the summit's host, X", "As host, X", "Presiding over the summit, X"."""
    index = first - 1
    while index >= 0 and tokens[index].norm in TITLES:
        index -= 1
    if index < 0:
        return False
    word = tokens[index].norm
    if word in ("host", "chair"):
        return True
    return any(t.norm in _LEADING for t in tokens[max(index - 4, 0) : index + 1]) and (
        tokens[0].norm in _LEADING
    )


# --- the reverse: a chair of sides' talks, a host of another occasion, a companion ---------
_PRESIDING = word_set("presided presides preside presiding")
_DELEGATIONS = word_set("delegations delegation negotiators between sides")
_MEETINGS = _GATHERINGS | word_set("meeting meetings talks session round signing ceremony")
_ELSEWHEN = word_set("last previous earlier ago before former")
_COMPANY = word_set("accompanied flanked escorted")
_PLUPERFECT = word_set("had")


def leads_others(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """Whether the person at ``tokens[first:last + 1]`` is named, in a sentence about a
    meeting, only as one who chairs the sides' talks ("Presiding over the meeting, X urged the
    two delegations"), hosted another occasion ("X had hosted him last year") or came along
    with a party ("met Y in Dakar, accompanied by Foreign Minister X"): no party."""
    words = [t.norm for t in tokens]
    if _LEADING.isdisjoint(words) and _COMPANY.isdisjoint(words):
        return False
    if leads_side(tokens, first, last, text):
        return False  # "chaired by X, who also led the Dutch side": a chair at the table
    if _agent_of(tokens, first, _COMPANY):
        return True  # "accompanied by Foreign Minister X"
    leads = _agent(tokens, first) or _subject_any(tokens, last, text) or _host_word(tokens, first)
    if not leads:
        return False
    presiding = not _PRESIDING.isdisjoint(words) or _agent(tokens, first)
    if presiding and not _DELEGATIONS.isdisjoint(words) and not _MEETINGS.isdisjoint(words):
        return True  # presiding over the two delegations' meeting, "talks between A and B,
        # chaired by X" (not "X hosted and chaired the talks between": roles2)
    after = tokens[last + 1 : last + 10]
    return any(t.norm in _ELSEWHEN for t in after) and any(t.norm in _PLUPERFECT for t in after)


def _agent_of(tokens: Sequence[Token], first: int, verbs: frozenset[str]) -> bool:
    """ "accompanied by X", "flanked by her economy minister, X" (a short title between)."""
    index = first - 1
    while index >= max(first - 6, 0) and tokens[index].norm != "by":
        index -= 1
    return index >= 1 and tokens[index].norm == "by" and tokens[index - 1].norm in verbs


def _subject_any(tokens: Sequence[Token], last: int, text: str) -> bool:
    """ "X chaired", "X, his predecessor, had hosted": the name's own leading verb."""
    index = last + 1
    if index >= len(tokens):
        return False
    if tokens[index].norm in _LEADING and "," in text[tokens[last].end : tokens[index].start]:
        return False  # "The talks between A and B, hosted by X": the talks' participle
    while index < len(tokens) and (tokens[index].norm in _ADVERBS or tokens[index].norm in TITLES):
        index += 1
    return index < len(tokens) and tokens[index].norm in _LEADING


# --- a chair or teller who also led one of the sides (review rv41p, rv42p) -----------------
_SIDE_LEADS = word_set("led leads leading headed heads heading")
_SIDE_NOUNS = word_set("side delegation team negotiators delegates camp")
_LEAD_FILLERS = word_set("also then herself himself jointly personally had has")
# A side led on another occasion, or a team that is no side ("the mediation team").
_NO_SIDE = _ELSEWHEN | word_set(
    """once formerly previously ago mediation mediating mediators observer observers monitoring
    monitors secretariat organising organizing security press joint technical facilitation
    facilitators facilitating un au union nations"""
)  # a third party's team (the UN's, the African Union's, a joint one): no side (rv44d)


def leads_side(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """Whether the person at ``tokens[first:last + 1]`` is told to lead one of the meeting's
    sides by a relative clause of their own: after the name ("chaired by X, who also led the
    Dutch side") or apposed to it ("The envoy who led the Japanese delegation, X, said"). Such
    a chair, mediator or teller sits at the table as a side's head, so no role of the
    go-between keeps them from being a party; not a side led on another occasion ("who led
    the Dutch side last year", "who once led"), nor a team that is no side ("the mediation
    team", "the observer delegation"), nor a clause that hangs on another's name."""
    if tokens[last].text.endswith(SINGULAR_POSSESSIVES):
        return False  # "X's deputy": the owner leads nothing here
    after = last + 1
    if after < len(tokens) and tokens[after].norm == "who" and "," in _gap(tokens, last, text):
        return _side_clause(tokens, after + 1, text)
    if first < 2 or "," not in _gap(tokens, first - 1, text):
        return False
    for at in range(first - 2, max(first - 10, 0) - 1, -1):
        if "," in _gap(tokens, at, text) or tokens[at].norm in ("and", "or"):
            return False
        if tokens[at].norm == "who":
            return _side_clause(tokens[:first], at + 1, text)
    return False


def _gap(tokens: Sequence[Token], at: int, text: str) -> str:
    """The text between ``tokens[at]`` and the token after it."""
    return text[tokens[at].end : tokens[at + 1].start] if at + 1 < len(tokens) else ""


def _side_clause(tokens: Sequence[Token], start: int, text: str) -> bool:
    """Whether the clause opening at ``tokens[start]`` (after "who") leads a side: a leading
    verb, then within its comma-bounded span a side's noun and nothing of another occasion."""
    index = start
    while index < len(tokens) and tokens[index].norm in _LEAD_FILLERS:
        index += 1
    if index >= len(tokens) or tokens[index].norm not in _SIDE_LEADS:
        return False
    span: list[Token] = []
    for at in range(index + 1, len(tokens)):
        span.append(tokens[at])
        if "," in _gap(tokens, at, text) or tokens[at].norm in ("and", "but"):
            break
    norms = {t.norm for t in span}
    dated = any(norm.isdigit() and len(norm) == 4 for norm in norms)  # "the 2019 round" (rv44d)
    return not norms.isdisjoint(_SIDE_NOUNS) and norms.isdisjoint(_NO_SIDE) and not dated


__all__ = ["leads_others", "leads_side", "leads_summit"]
