"""An event's kind told by the shape of its verb phrase or noun rather than by a kind word
(outside checks 50 and 53 to 56, event-kind cause, session 26), for
:mod:`summarizer.verification.status.status_support`.

The kind vocabularies (:mod:`status_cues`) hold the words that name a kind ("attack",
"shelled", "killed", "voted"). Pages also tell a kind by what was done, and a careful
fact-checker reads these as the kind:

- *attack*: ground or a vessel taken by force, a verb of taking (took, captured, seized,
  overran, stormed) before a name or a place noun ("M23 took Goma", "seized the Zamzam
  camp"; not "took office", "took part"), or a siege; a weapon turned on a target
  ("targeted", "rammed", "turned a water cannon on", "opened fire", "a landmine", "explosives",
  "executions"); a killing told as a noun ("the Pahalgam killing", "the killings");
- *strike*: fire of a weapon ("artillery fire", "mortar fire", "came under fire", "gunfire");
- *casualties*: people lost ("lost five civilians", "lost three soldiers"; not "lost ground",
  "lost the vote", "lost four seats");
- *displacement*: flight as a noun ("mass flight", "the flight of 20,000 people", "an
  exodus");
- *aid_resumption*: aid arriving after a time without it ("aid reached the camp, which had
  gone months without deliveries", "the first convoy in weeks crossed");
- *vote*: a veto ("two drafts were vetoed") or a text short of the votes it needed; and the
  shapes of :mod:`vote_shapes` (an election, a run-off, a tally, a majority; session 30).

Each cue counts only when it is the event's: not negated, denied, threatened or intended
("threatened to take the town", "denied its troops had seized the camp", "did not capture"),
and near a word of the event's own description (a sentence may tell two events: "aid reached
the camp days after rebels captured the town" gives the aid event no attack). And it must be
meant literally (review rvM): not the law's seizure, a contest's capture, a figurative siege,
target or fire, a weapon cleared, "made a killing", "lost contact", a flight of money or
cancelled flights, a governor's veto of a bill (:func:`_literal`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..context import Context, fact_description
from ..page.tokens import SINGULAR_POSSESSIVES, Token, tokenize, word_set
from .status_denials import negated
from .statuses import clause_norms
from .vote_shapes import vote_spans

_TAKING = word_set(
    """took taken taking take takes captured capture captures capturing seized seize seizes
    seizing overran overrun overruns overrunning stormed storm storms storming retook retake
    retaken retaking recaptured recapture recaptures recapturing"""
)
# Words between a verb of taking and its place noun: "seized the central town of Wad Madani",
# "captured two villages" (review rvM).
_PLACE_MODIFIERS = word_set(
    """two three four five six several dozens dozen some many more other nearby central
    northern southern eastern western north south east west key strategic border frontline
    remaining main small last coastal"""
)
# An agent whose seizing is the law's, not force: "Customs officers seized the tanker".
_LAW = word_set(
    """customs police policemen authorities prosecutors prosecutor court courts judge judges
    regulators inspectors bailiffs"""
)
# A contest's words: "Democrats captured the Senate in the midterms", "took Ohio by votes".
_CONTEST = word_set(
    """election elections midterms midterm vote votes voters polls poll ballot majority
    primary primaries match league title cup trophy prize award"""
)
# Words of a figurative siege, fire or target: "besieged the minister with questions", "came
# under fire for his remarks", "targeted Russian banks with sanctions".
_FIGURATIVE = word_set(
    """questions question requests calls complaints offers letters emails fans mentality
    critics criticism remarks comments lawmakers opposition handling sanctions sanction
    tariffs tariff restrictions fines curbs ads adverts advertising voters audit probe
    investigation lawsuit decision decisions policy leak scandal speech"""
)
# Words that make a weapon's noun no attack: "deminers removed landmines", "defused explosives".
_CLEARED = word_set(
    """removed removing cleared clearing defused defusing found discovered disposed deminers
    demining seized smuggled smuggling stockpile stockpiles"""
)
# What "executed" may carry out that is no killing: "executed a search warrant".
_EXECUTED_THINGS = word_set(
    "warrant warrants order orders plan plans contract contracts deal deals trade trades search"
)
# What "lost" may lose that is no life: "lost contact with the crew", "lost track of".
_LOST_THINGS = word_set("contact track touch sight count faith patience support")
# A "flight" or "exodus" of money, firms or users: no people displaced.
_NOT_FLEEING = word_set(
    """dollars euros pounds yuan capital money funds deposits investment investors advertisers
    talent companies firms banks users subscribers customers brands sponsors cancellations
    cancellation delays disruption disruptions bookings diversions"""
)
# A veto that is no vote: a president's, governor's or mayor's veto of a bill.
_NOT_VOTED = word_set("bill bills legislation law laws budget ordinance governor mayor")
_FORCES = word_set(
    """troops forces fighters rebels militants gunmen soldiers army militia militias"""
)
_PLACE_NOUNS = word_set(
    """city town village villages camp base airport airfield port capital district province
    region hill bridge crossing outpost garrison ship vessel tanker building compound hospital
    towns cities bases ships vessels"""
)
_SKIPPED = word_set("the control of full a an most much part")  # "took control of the town"
_SIEGE = word_set("siege sieges besieged besieging")
_WEAPON_ACTS = word_set(
    """targeted targeting rammed ramming landmine landmines explosive explosives ied ieds
    grenade grenades executions executed massacre massacred massacres"""
)
_CANNON = word_set("cannon cannons")
_FIRE_WORDS = word_set("artillery mortar rocket tank sniper naval heavy shell drone")
_KILLING_NOUNS = word_set("killing killings")
_KILLING_BEFORE = word_set("the a this that these those its their of")
_PEOPLE = word_set(
    """civilians people soldiers troops children residents fighters lives men women
    officers policemen workers patients villagers sailors seafarers crew families residents
    refugees relatives sons daughters husbands wives"""
)
_AID = word_set(
    """aid food deliveries delivery convoy convoys trucks lorries supplies shipment shipments
    assistance relief medicine medicines"""
)
_ARRIVED = word_set("reached arrived entered crossed rolled")
_ABSENCE = word_set("without first again resumed months weeks since cut")
_VETO = word_set("vetoed veto vetoes vetoing")
# Words before a cue that make it no fact: a threat, an intention, a modal, a condition.
_PROSPECT = word_set(
    """threatened threatens threaten threatening vowed vows vow warned warns could would
    might may will shall to if unless plans planned planning intends intended wants"""
)
_COMMA = Token(0, 0, ",", ",", False, False, False, False)
_NEAR = 6
# A subordinate clause tells another event: "declared a curfew after gunmen took the hotel".
_SUBORDINATE = word_set(
    "after before when while since until because following amid"
)  # tokens either side of a cue where a word of the event's description must be
_STOP = word_set(
    """the a an of in on at to for from by with and or after before since over into its their
    his her was were is are has have had been be that this these those"""
)


def _taken(tokens: Sequence[Token], norms: Sequence[str], index: int) -> int | None:
    """The end of "took Goma", "seized the Zamzam camp", "took control of the town"."""
    at = index + 1
    while at < len(norms) and norms[at] in _SKIPPED and at - index <= 3:
        at += 1
    while (
        at < len(norms)
        and at - index <= 4
        and (norms[at] in _PLACE_MODIFIERS or tokens[at].is_number)
    ):  # "seized the central town", "captured two villages" (review rvM)
        at += 1
    if at >= len(norms):
        return None
    token = tokens[at]
    if norms[at] in _PLACE_NOUNS:
        return at + 1
    if "apart" in norms[at + 1 : at + 4]:
        return None  # "took Manchester City apart": a rout
    if token.capitalised and (at > index + 1 or not token.text.endswith(SINGULAR_POSSESSIVES)):
        return at + 1  # "took Goma"; not "took Trump's call"
    if norms[index + 1 : index + 2] == ["by"] and (
        index >= 2 and {norms[index - 1], norms[index - 2]} & {"was", "were", "been", "be"}
    ):  # "Avdiivka was captured by Russian troops" (review rvM)
        ahead = norms[index + 2 : index + 6]
        if any(word in _FORCES for word in ahead) or any(
            t.capitalised for t in tokens[index + 2 : index + 4]
        ):
            return index + 1
    return None


def _fled(tokens: Sequence[Token], norms: Sequence[str], index: int) -> bool:
    """ "mass flight", "the flight of 20,000 families": flight as people fleeing (not "the
    first flight to Beirut", "their flight was delayed")."""
    if norms[index] != "flight":
        return False
    if index and norms[index - 1] == "mass":
        return True
    ahead = range(index + 2, min(index + 6, len(norms)))
    of = index + 1 < len(norms) and norms[index + 1] == "of"
    return of and any(norms[i] in _PEOPLE or tokens[i].is_number for i in ahead)


def _cues(kind: str, tokens: Sequence[Token], norms: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) of each cue of ``kind`` in one sentence (see the module)."""
    found: list[tuple[int, int]] = []
    for index, norm in enumerate(norms):
        end: int | None = None
        following = norms[index + 1] if index + 1 < len(norms) else ""
        if kind == "attack":
            if norm in _TAKING and _taken(tokens, norms, index) is not None:
                end = index + 1  # the object is the event's own word: "took Goma"
            elif (
                norm in _SIEGE
                or norm in _WEAPON_ACTS
                or norm == "gunfire"
                or (norm in _CANNON and index and norms[index - 1] == "water")
            ):
                end = index + 1
            elif norm == "opened" and following == "fire":
                end = index + 2
            elif norm in _KILLING_NOUNS and index and norms[index - 1] in _KILLING_BEFORE:
                end = index + 1
            elif norm in _KILLING_NOUNS and index and tokens[index - 1].capitalised:
                end = index + 1  # "the Pahalgam killing"
        elif kind == "strike":
            if (
                norm == "fire" and index and norms[index - 1] in _FIRE_WORDS | {"under"}
            ) or norm in {"gunfire", "shellfire"}:
                end = index + 1
        elif kind == "casualties" and norm == "lost":
            ahead = norms[index + 1 : index + 7]
            if any(word in _PEOPLE for word in ahead) and "lives" not in ahead[:1]:
                end = index + 1  # the people lost are the event's own words
        elif kind == "displacement" and (norm == "exodus" or _fled(tokens, norms, index)):
            end = index + 1
        elif kind == "aid_resumption" and norm in _ARRIVED:
            before = norms[max(index - 4, 0) : index]
            if any(word in _AID for word in before) and not _ABSENCE.isdisjoint(norms):
                end = index + 1
        elif kind == "vote" and norm in _VETO:
            end = index + 1
        if end is not None:
            found.append((index, end))
    return found


def _clear(norms: Sequence[str], start: int, end: int) -> bool:
    """Whether a cue is stated as what happened: not negated or denied, no threat or
    intention or modal in the three words before it."""
    if negated(norms, start, end, norms[start:end]):
        return False
    return _PROSPECT.isdisjoint(norms[max(start - 3, 0) : start])


def _literal(kind: str, norms: Sequence[str], start: int, end: int) -> bool:
    """Whether a cue tells the kind itself, not a figure or another act of the same words
    (review rvM): a seizure by the law ("Customs officers seized the tanker") or in a contest
    ("Democrats captured the Senate in the midterms"); a figurative siege, target or fire
    ("besieged the minister with questions", "targeted Russian banks with sanctions", "came
    under fire for his remarks"); a weapon cleared, not used ("deminers removed landmines");
    "executed a search warrant"; "made a killing"; "lost contact with the crew"; a flight or
    an exodus of money, firms or flights ("mass flight cancellations", "an exodus of
    advertisers"); a governor's veto of a bill."""
    first, last = _clause(norms, start, end)
    clause = set(norms[first:last])
    after = norms[end:last]
    cue = norms[start]
    if kind == "attack":
        if cue in _TAKING:
            subject = set(norms[max(start - 3, first) : start])  # not "The court heard that"
            return subject.isdisjoint(_LAW) and clause.isdisjoint(_CONTEST)
        if cue in _SIEGE or cue in {"targeted", "targeting"}:
            return clause.isdisjoint(_FIGURATIVE)
        if cue in {"executed", "executions"}:
            return not _EXECUTED_THINGS & set(after[:3])
        if cue in {"killing", "killings"}:
            return start < 2 or norms[start - 2] not in {"made", "make", "makes", "making"}
        if cue not in {"opened", "gunfire", "massacre", "massacred", "massacres", "rammed"}:
            return clause.isdisjoint(_CLEARED)  # "a landmine", "explosives", "water cannon"
        return True
    if kind == "strike":
        return clause.isdisjoint(_FIGURATIVE)
    if kind == "casualties":
        return after[:1] == [] or after[0] not in _LOST_THINGS
    if kind == "displacement":
        return _NOT_FLEEING.isdisjoint(after[:6])
    if kind == "vote":
        return clause.isdisjoint(_NOT_VOTED)
    return True


def _clause(norms: Sequence[str], start: int, end: int) -> tuple[int, int]:
    """The bounds of a cue's clause: a comma or a subordinator either side."""
    first = start
    while first and norms[first - 1] != "," and norms[first - 1] not in _SUBORDINATE:
        first -= 1
    last = end
    while last < len(norms) and norms[last] != "," and norms[last] not in _SUBORDINATE:
        last += 1
    return first, last


def _described(description: set[str], norms: Sequence[str], start: int, end: int) -> bool:
    """Whether a word of the event's description is within reach of the cue in its clause
    (not the cue's own words): the cue tells this event, not another of the sentence. A
    clause opened by a participle ("..., causing mass flight") reads the clause before it
    too: its event is that clause's."""
    first = start
    while first and norms[first - 1] != "," and norms[first - 1] not in _SUBORDINATE:
        first -= 1
    last = end
    while last < len(norms) and norms[last] != "," and norms[last] not in _SUBORDINATE:
        last += 1
    if first and norms[first].endswith("ing"):
        first -= 1
        while first and norms[first - 1] != ",":
            first -= 1
    near = set(norms[max(start - _NEAR, first) : start]) | set(norms[end : min(end + _NEAR, last)])
    stems = {word[:5] for word in description}
    return any(len(word) >= 3 and word[:5] in stems for word in near)


def told_kind(raw: str, ctx: Context) -> bool:
    """Whether an evidence sentence tells the event's ``raw`` kind by its shape (see the
    module)."""
    description = {
        token.norm
        for token in tokenize(fact_description(ctx.fact))
        if token.norm not in _STOP and len(token.norm) >= 3
    }
    for index in ctx.sentences:
        norms = clause_norms(ctx, index)  # "," where a clause ends: negation stops there
        words = iter(ctx.article.sentence_tokens(index))
        tokens = [_COMMA if norm == "," else next(words) for norm in norms]
        if raw == "vote" and any(_clear(norms, *span) for span in vote_spans(tokens, norms)):
            return True  # "was elected by the House", "went into a run-off" (vote_shapes, s30)
        for start, end in _cues(raw, tokens, norms):
            if (
                _clear(norms, start, end)
                and _literal(raw, norms, start, end)
                and _described(description, norms, start, end)
            ):
                return True
    return False


__all__ = ["told_kind"]
