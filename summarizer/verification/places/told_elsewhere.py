"""An event's place or date that its evidence gives to something other than the event
(session 49), across the evidence's sentences and not only within one.

:mod:`.clause_owners` asks which clause of one sentence a value belongs to, by the event's
words in each clause. Labellers quote several sentences as an event's evidence, though, and the
sentence that names a wrong value often tells no part of the event at all: "Born in Chicago in
1955, Prevost spent years as a missionary in Peru" beside "Cardinals elected Prevost on
Thursday, May 8, in the Sistine Chapel"; "Tremors were felt in Kathmandu" beside "A quake
struck Tingri county"; "Rules for high-risk systems follow in August 2026". A fact-checker
asks, for each place the evidence writes the value, what the value modifies:

- a party, not a place of action (:mod:`.name_parts`): "the Columbus-based processor", "the
  Cincinnati Enquirer", "Ohio Gov. X", "a Texas company";
- a sentence that holds none of the event's own act words (the lowercase words of its
  description: "elected", "survey", "closure"), while another evidence sentence tells the event
  by at least two of its words and states its own place (a name after "in", "at", "near" ...)
  or date: the value is that other sentence's act's;
- a clause of an earlier or later act: "after" / "before" / "following" / "ahead of" ("The
  arrests came a week after New York police detained 100 at Columbia on April 18") or the
  object of "followed" / "preceded" ("followed the April 18 clearing of a camp in New York"),
  again while the event's own clause elsewhere states its own value;
- for a date, a participle after a noun that is not the event's ("a notice filed on May 30",
  "the code of practice, published in July", "founded in 1901"): the date of that thing's
  making.

The value is refused only when every place the evidence writes it has such a role; one place
that writes it as the event's ("in Cleveland", a dateline the event is in, "the March 3 vote")
keeps it. The guards: a line that opens with a label ("Where: Nairobi") is a fact box, not a
sentence of another act; a value attached to one of the event's nouns ("the vote in Ohio",
"Saturday's election") is the event's; a title case headline decides nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from summarizer.comparators import Supported
from ..context import Context, Result
from ..page.tokens import Token, tokenize, word_set
from ..sentences.occasion_units import FILLER, TIME_OPENERS, Unit, tells, units
from .aftermath_clauses import aftermath_unit
from .clause_owners import (
    dated_spans,
    own_words,
    owned_site,
    owned_when,
    refuse_site,
    refuse_when,
    value_spans,
    word_stem,
)
from .moved_places import FELT, moved_role
from .name_parts import GEOGRAPHIC, LOCATING, PARTY_NOUNS, party_modifier, title_case

_Rule = Callable[[Any, Supported, Context], Result]
_Span = tuple[int, int]

_LATER_OPENERS = word_set("after before following ahead")  # "a week after", "ahead of"
_SEQUENCE_VERBS = word_set("followed preceded")
_BACK = word_set("the that this these those it its they their he his she her there then such")
_BOUNDS = word_set("since until till")
_TIMED = _LATER_OPENERS | _BOUNDS
_ATTACH_REACH = 2  # words between the value and an event noun it attaches to
_LABEL_REACH = 4  # words before a fact box label's colon
_OF = word_set("on in of at")
# A sentence that refers to the event's scene by a definite noun ("Emergency crews reached the
# scene near Didcot", "Rescuers recovered the bodies near Zermatt") tells the same event.
_SCENE = word_set("scene site spot wreckage debris rubble bodies body epicentre epicenter")
# Who is found at the event's place: its witnesses ("Residents of Paiporta described", "villagers
# fled Varnavas") and those sent to it ("Officers were called to Mare Street").
_WITNESSES = word_set("residents neighbours neighbors villagers witnesses locals onlookers")
_DISPATCHED = word_set("called sent dispatched rushed scrambled")
_SCENE_REACH = 3  # words between a witness or dispatch word and the place
_COMPOUND_ACT = 4  # an act stem this long ends a compound of it ("earthquake" for "quake")


def _acts(fact: Any, value: str) -> frozenset[str]:
    """Stems of the description's lowercase content words ("survey", "elected", "closure"),
    the words that tell what happened rather than who or where."""
    description = getattr(fact, "description", None)
    if not isinstance(description, str):
        return frozenset()
    skip = {word_stem(t.norm) for t in tokenize(value)}
    found: set[str] = set()
    for token in tokenize(description):
        if token.norm in TIME_OPENERS:
            break  # "exchange after the call": the call is another act
        if token.capitalised or token.is_number or len(token.norm) <= 2:
            continue
        if token.norm in FILLER or token.norm in PARTY_NOUNS:
            continue  # "police", "company": who, not what happened
        if word_stem(token.norm) not in skip:
            found.add(word_stem(token.norm))
    return frozenset(found)


def _holds(tokens: Sequence[Token], members: Any, stems: frozenset[str]) -> int:
    """How many distinct ``stems`` the tokens at ``members`` hold."""
    return len({word_stem(tokens[i].norm) for i in members} & stems)


def _mentions(tokens: Sequence[Token], members: Any, acts: frozenset[str]) -> bool:
    """The tokens at ``members`` hold one of the event's ``acts``, alone or inside a compound
    ("Tuesday's 6.8-magnitude earthquake" for a quake)."""
    long = [a for a in acts if len(a) >= _COMPOUND_ACT]
    return bool(_holds(tokens, members, acts)) or any(
        a in tokens[i].norm[1:] for i in members for a in long
    )


def _at_scene(tokens: Sequence[Token], span: tuple[int, int]) -> bool:
    """The sentence refers to the event's scene ("reached the scene near Didcot") or the place
    at ``span`` is where its witnesses are or where help was sent ("Residents of Paiporta",
    "Officers were called to Mare Street")."""
    scene = any(
        t.norm in _SCENE and i > 0 and tokens[i - 1].norm == "the" for i, t in enumerate(tokens)
    )
    near = tokens[max(0, span[0] - _SCENE_REACH) : span[0]]
    dispatched = any(
        t.norm in _DISPATCHED and i + 1 < len(near) and near[i + 1].norm == "to"
        for i, t in enumerate(near)
    )
    return scene or dispatched or any(t.norm in _WITNESSES for t in near)


def _labelled(tokens: Sequence[Token], text: str) -> bool:
    """A fact box line: a label of a few words then a colon ("Where: Nairobi")."""
    for index in range(1, min(_LABEL_REACH + 1, len(tokens))):
        if ":" in text[tokens[index - 1].end : tokens[index].start]:
            return True
    return False


def _own_place(tokens: Sequence[Token], members: Any, value: set[str]) -> bool:
    """The tokens state a place of their own: a name after a locating preposition that is not
    the value and does not hold it ("in Andhra Pradesh", "at the University of Southern
    California" for "Columbia University"; not "at the Ohio Statehouse" for "Ohio")."""
    for index in sorted(members):
        if tokens[index].norm not in LOCATING:
            continue
        at = index + 1
        while at < len(tokens) and tokens[at].norm in {"the", "a", "an"}:
            at += 1
        if at + 1 < len(tokens) and tokens[at].norm in GEOGRAPHIC and tokens[at + 1].norm == "of":
            at += 2  # "off the coast of Cornwall", "on the island of Arran"
        name: set[str] = set()
        while at in members and at < len(tokens):
            word = tokens[at]
            if word.capitalised and not word.is_number and word.norm not in FILLER:
                name.add(word.norm)
            elif not (name and word.norm == "of"):
                break
            at += 1
        if name and name != value and not value <= name:
            return True
    return False


class _Reader:
    """One event fact's evidence, read once for every place its value is written."""

    def __init__(self, value: str, ctx: Context, when: bool) -> None:
        self.value, self.ctx, self.when = value, ctx, when
        self.acts = _acts(ctx.fact, value)
        self.words = own_words(ctx.fact, value)
        self.value_norms = {t.norm for t in tokenize(value)}
        text = ctx.article.text
        self.sentences: list[tuple[Sequence[Token], str, int, list[_Span]]] = []
        for index in ctx.sentences:
            start, end = ctx.article.sentences[index]
            tokens = ctx.article.sentence_tokens(index)
            sentence = text[start:end]
            found = set(value_spans(value, tokens, sentence, start, ctx, when))
            spans = [
                (a, b)
                for a, b in found
                if not any(c <= a and b <= d and (c, d) != (a, b) for c, d in found)
            ]  # "November" inside "late November" is one place the value is written
            self.sentences.append((tokens, sentence, start, spans))

    def _states_own(self, tokens: Sequence[Token], members: Any, sentence: str, offset: int,
                    spans: list[_Span]) -> bool:  # fmt: skip
        """The tokens at ``members`` state their own value of the field's kind."""
        if not self.when:
            return _own_place(tokens, members, self.value_norms)
        taken = {i for a, b in spans for i in range(a, b + 1)}
        return any(
            a in members
            and not taken & set(range(a, b + 1))
            and not (a > 0 and tokens[a - 1].norm in _BOUNDS)
            for a, b in dated_spans(tokens, sentence, offset, self.ctx.published)
        )

    def told_elsewhere(self, skip: Sequence[Token] | None, within: Any = None) -> bool:
        """Another evidence sentence than ``skip`` (or, with ``within``, the tokens of ``skip``
        outside those members) tells the event by two of its words, one an act word, and
        states its own value outside its clauses of time."""
        for tokens, sentence, offset, spans in self.sentences:
            members = list(range(len(tokens)))
            if tokens is skip:
                if within is None:
                    continue
                members = [i for i in members if i not in within]
            if not _holds(tokens, members, self.acts) or _holds(tokens, members, self.words) < 2:
                continue
            main = [i for i in _main_members(tokens, self.ctx.article.text) if i in members]
            if self._states_own(tokens, main, sentence, offset, spans):
                return True
        return False

    def _attached(self, tokens: Sequence[Token], span: _Span) -> bool:
        """The value modifies one of the event's act nouns: the noun right after it ("the
        March 3 vote", "Saturday's election") or before it across "in" / "on" / "of" ("the
        vote in Ohio", "the floods of 2024")."""
        near = [i for i in range(span[1] + 1, min(span[1] + 1 + _ATTACH_REACH, len(tokens)))]
        if span[0] >= 2 and tokens[span[0] - 1].norm in _OF:
            near.append(span[0] - 2)
        return any(
            not tokens[i].capitalised and word_stem(tokens[i].norm) in self.acts for i in near
        )

    def _told_apart(self, skip: Sequence[Token]) -> bool:
        """Another evidence sentence than ``skip`` tells the event by two of its words, one an
        act word (:mod:`.moved_places`: its place need not be stated there)."""
        return any(
            _holds(tokens, range(len(tokens)), self.acts)
            and _holds(tokens, range(len(tokens)), self.words) >= 2
            for tokens, _, _, _ in self.sentences
            if tokens is not skip
        )

    def _is_act(self, word: str) -> bool:
        """``word`` is one of the event's act words ("evacuated" for an evacuation)."""
        return word_stem(word) in self.acts

    def _is_word(self, word: str) -> bool:
        """``word`` is one of the event's own words ("search" for a search for the crew)."""
        return word_stem(word) in self.words

    def _another_act(self, tokens: Sequence[Token]) -> bool:
        """The sentence tells an act of its own that is not the event's: it holds a lowercase
        word of its own, none of the event's act words, and does not open by referring back
        ("The meeting, in Turnberry, lasted an hour", "It made the admission on Friday")."""
        if not tokens or tokens[0].norm in _BACK or not tells(tokens, range(len(tokens))):
            return False
        return not _mentions(tokens, range(len(tokens)), self.acts)

    def role(self, tokens: Sequence[Token], sentence: str, offset: int, span: _Span) -> str | None:
        """What the value at ``span`` of this sentence modifies, when it is not the event."""
        text = self.ctx.article.text
        if not self.when:
            found = party_modifier(tokens, span[0], span[1], text, self.words, word_stem)
            if found and self.told_elsewhere(tokens, range(span[0], span[1] + 1)):
                return found  # and the event's own place is stated
            moved = moved_role(tokens, span[0], span[1], text, self._is_act)
            if moved == FELT and self.told_elsewhere(tokens, range(span[0], span[1] + 1)):
                return moved  # "felt in Naples" beside the quake's own place: not alone
                # ("Explosions were heard in Kyiv" places the attack; review rv54w)
            if moved and moved != FELT and self._told_apart(tokens):
                return moved  # "taken to hospital in Truro", and the event told apart
        if title_case(tokens) or _labelled(tokens, text):
            return None
        earlier = aftermath_unit(tokens, span[0], text, self._is_act, self._is_word)
        if earlier is not None and self._states_own(tokens, earlier, sentence, offset, [span]):
            return "the place or date of the return to normal after another act"
        if self._attached(tokens, span):
            return None
        if (
            not self.when
            and self._another_act(tokens)
            and not _at_scene(tokens, span)
            and self.told_elsewhere(tokens)
        ):
            return "the place or date of a sentence that tells another act"
        unit = _later_unit(tokens, span, text)
        later = unit is not None and not _mentions(tokens, unit.members, self.acts)
        if later and self.told_elsewhere(tokens):
            return "the place or date of an earlier or later act"
        return None


def _main_members(tokens: Sequence[Token], text: str) -> list[int]:
    """The sentence's tokens outside its clauses of time ("three months after her election in
    Greece" tells another act's place, not the event's)."""
    timed = [u.members for u in units(tokens, text) if u.opened in _TIMED]
    return [i for i in range(len(tokens)) if not any(i in members for members in timed)]


def _later_unit(tokens: Sequence[Token], span: _Span, text: str) -> Unit | None:
    """The unit of an earlier or later act the value at ``span`` stands in: a clause opened by
    "after", "before", "following", "ahead of", or the object of "followed" / "preceded"."""
    for unit in units(tokens, text):
        if span[0] not in unit.members:
            continue
        if unit.opened in _LATER_OPENERS:
            return unit
        verbs = [
            i
            for i in unit.members
            if i < span[0] and tokens[i].norm in _SEQUENCE_VERBS and _transitive(tokens, i)
        ]
        if verbs:
            return Unit(frozenset(i for i in unit.members if i > verbs[0]), "followed")
    return None


def _transitive(tokens: Sequence[Token], verb: int) -> bool:
    """ "followed the April 18 clearing": an object follows, not "followed on Wednesday"."""
    return verb + 1 < len(tokens) and tokens[verb + 1].norm in {"the", "a", "an", "its", "their"}


def foreign_role(value: str, ctx: Context, when: bool) -> str | None:
    """The role of an event's place or date in its evidence when every place the evidence
    writes it is something other than the event (see the module); None otherwise."""
    if not value.strip() or not ctx.sentences or not hasattr(ctx.fact, "description"):
        return None
    reader = _Reader(value, ctx, when)
    if not reader.acts:
        return None
    role: str | None = None
    for tokens, sentence, offset, spans in reader.sentences:
        for span in spans:
            found = reader.role(tokens, sentence, offset, span)
            if found is None:
                return None
            role = found
    return role


def elsewhere_site(rule: _Rule) -> _Rule:
    """``rule`` (an event's place) with a place its evidence gives only to something other
    than the event refused (see the module)."""
    return refuse_site(rule, foreign_role)


def elsewhere_when(rule: _Rule) -> _Rule:
    """``rule`` (an event's date) with a date its evidence gives only to something other
    than the event refused (see the module)."""
    return refuse_when(rule, foreign_role)


def owned_elsewhere_site(rule: _Rule) -> _Rule:
    """An event's place rule with another clause's place (:func:`.clause_owners.owned_site`)
    and a place given to a party or another act (:func:`elsewhere_site`) refused."""
    return elsewhere_site(owned_site(rule))


def owned_elsewhere_when(rule: _Rule) -> _Rule:
    """An event's date rule with another clause's date (:func:`.clause_owners.owned_when`) and
    an earlier or later act's (:func:`elsewhere_when`) refused."""
    return elsewhere_when(owned_when(rule))


__all__ = [
    "elsewhere_site",
    "elsewhere_when",
    "foreign_role",
    "owned_elsewhere_site",
    "owned_elsewhere_when",
]
