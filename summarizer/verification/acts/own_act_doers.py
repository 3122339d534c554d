"""The doer ties read only the doers of the event's OWN act (the confirm-only mode's actors,
:mod:`summarizer.verification.confirm_only`; session 52).

Why: the doer ties (``acts/doer_ties``, ``acts/doer_shapes``) confirm a mention that reads as
the subject or the "by" agent of SOME verb of the event's evidence. Session 51 measured what
that costs: a planted actor who does another act of the same sentence ("Vingegaard won the
stage; Pogacar, fourth on the day, lost 19 seconds" for the stage win; "Koizumi, appointed in
May, replaced Eto, who had overseen the auctions" for the auctions) was confirmed, and 8
unseen catches were lost. A fact-checker asks which act of the sentence is the event's and
who does THAT act.

The reading, per mention of the value (it filters the ``places`` a tie reads, so every tie
reads the same mentions and nothing else of a tie changes):
- the mention's act is its clause: after "by", the clause up to "by" ("approved by the
  Senate"); else from the subject's verb (``doer_shapes.verb_after``, over lists, asides and a
  possessive's own people) to the next clause mark or clause word;
- the event's act is written where a word shares a key with the description (its first four
  letters, or its act class: "sued" for a lawsuit, "struck" for strikes), as
  ``acts/other_acts`` reads it (``act_keys``, ``acts_in``);
- the mention is dropped only when its own clause tells no act of the event AND another
  clause of the sentence tells it by a finite verb with a subject of its own ("who had
  overseen", "Vingegaard won"): the event is that clause's. Where the sentence writes the act
  nowhere ("Negotiators met" for "talks"), or writes it only in the mention's clause or in an
  aside on the mention, the mention stays: the description's words do not reach every verb,
  and a right doer must not be lost for it.
Review rv52v kept three more shapes as the mention's own act: the act's noun heading its "by"
clause ("The seizure of the trawler by X"), a relative clause on its phrase ("The X
regulator, which fined ..."), a subjectless clause fronted before it ("Having signed the
accord, X reopened"); and drops a speaker reporting a NAMED other's act ("Y said that X had
bought it").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..context import Context, fact_description
from ..page.tokens import Token, clause_gap, word_set
from ..sentences.passives import ADVERBS, BE, MODALS, PERFECT
from .doer_shapes import possessed, saying_event, verb_after
from .doer_ties import Places, after_by
from .other_acts import act_keys, acts_in, verbal

_CLAUSE_WORDS = word_set(
    """that who whom which when while where after before as because since although though if
    but whereas until once"""
)
# Between a verb and its subject: auxiliaries, adverbs, a negation.
_BRIDGE = BE | PERFECT | MODALS | ADVERBS | word_set("not never did does do having")
# Words that join a verb to the subject before them (no subject of its own) or head a noun.
_NO_SUBJECT = word_set("and or but nor to then the a an its their his her this first new")
# Verbs of saying or making known: their subject reports an act of the sentence.
_SAYS = word_set(
    """said says told tells confirmed confirms announced announces reported reports added
    noted stated wrote writes"""
)
# Subjects that may stand for the mention itself ("met in Doha, where they agreed"): a verb
# after one is no other doer's act.
_STAND_INS = word_set("it they he she we both two sides parties all")
_RELATIVES = word_set("which who that")
_PASSIVE_AUX = BE | word_set("being")
# Words before a noun: a plural "-s" word after one heads a noun phrase, it tells no act.
_HEADS = word_set("the a an its their his her this these those our new first two three")


def _clause_end(tokens: Sequence[Token], start: int, text: str) -> int:
    """The index after the clause that runs from ``start`` to its next mark or clause word."""
    end = start + 1
    while end < len(tokens) and not (
        clause_gap(tokens, end - 1, text) or tokens[end].norm in _CLAUSE_WORDS
    ):
        end += 1
    return end


def _listed_by(tokens: Sequence[Token], first: int, text: str) -> int | None:
    """The "by" of a colon's list of agents the mention stands in ("signed by three guest
    nations: Arvel, Bastia and Corrin"), or None: names, "the", "and" and commas back to the
    colon, a "by" at most four words before it."""
    at = first
    while at > 0 and (":" not in text[tokens[at - 1].end : tokens[at].start]):
        before = tokens[at - 1]
        if not (before.capitalised or before.norm in ("the", "and")):
            return None
        at -= 1
    if at == 0:
        return None
    return next((b for b in range(at - 1, max(-1, at - 6), -1) if tokens[b].norm == "by"), None)


def _act_span(tokens: Sequence[Token], first: int, last: int, text: str) -> range | None:
    """Where the mention's own act is written (see the module); None when no verb is read."""
    by = _listed_by(tokens, first, text)
    if by is not None or after_by(tokens, first, text):
        by = by if by is not None else max(at for at in range(first) if tokens[at].norm == "by")
        start = by
        while start > 0 and not (
            clause_gap(tokens, start - 1, text) or tokens[start - 1].norm in _CLAUSE_WORDS
        ):
            start -= 1
        return range(start, by)
    owned = possessed(tokens, last, text)
    verb = verb_after(tokens, last if owned is None else owned, text)
    if verb is None:
        return None
    return range(verb, _clause_end(tokens, verb, text))


def _told_verb(
    tokens: Sequence[Token], at: int, keys: frozenset[str], kind: str | None, plural: bool = True
) -> bool:
    """Whether the word at ``at`` tells the event's act as a verb: a key's or its class's word
    that may be finite or follows an auxiliary ("had boycotted", "won", "was released"), not
    a noun the description also names ("the merger proposed", "the Doran delegation", "the
    Keld sailors", "300 prisoners": a plural after a determiner or a number, over the names
    that modify it)."""
    if not acts_in(tokens, range(at, at + 1), keys, kind):
        return False
    if at > 0 and tokens[at - 1].norm in _BRIDGE:
        return True
    if not verbal(tokens[at]):
        return False
    before = at - 1
    while before >= 0 and tokens[before].capitalised:
        before -= 1
    if tokens[at].norm.endswith("s") and not tokens[at].norm.endswith("ed") and not plural:
        return False  # in another clause an "-s" word is mostly a plural ("launched strikes")
    return not (
        tokens[at].norm.endswith("s")
        and before >= 0
        and (tokens[before].norm in _HEADS or tokens[before].is_number)
    )


def _own_subject(tokens: Sequence[Token], verb: int, text: str) -> bool:
    """Whether the verb at ``verb`` has a subject of its own before it: a word other than a
    joining word or a pronoun, with no clause mark between ("who had overseen", "Vingegaard
    won"; not ", and signed", "to sign", "where they agreed")."""
    at = verb - 1
    while at >= 0 and tokens[at].norm in _BRIDGE and not clause_gap(tokens, at, text):
        at -= 1
    return (
        at >= 0
        and not clause_gap(tokens, at, text)
        and tokens[at].norm not in _NO_SUBJECT
        and tokens[at].norm not in _STAND_INS
    )


def _owned_act(
    tokens: Sequence[Token], span: range, keys: frozenset[str], kind: str | None
) -> bool:
    """Whether a "by" agent's clause is headed by the event's act as a noun with its "of" and
    no participle before "by" ("The seizure of the trawler by the coast guard", not "The
    merger proposed by"): the agent is the act's (review rv52v). A subject's "its takeover"
    is not read so: the measure lost a catch to it."""
    head = span.start + (tokens[span.start].norm in _HEADS)
    return (
        head + 1 < span.stop
        and tokens[head + 1].norm == "of"
        and acts_in(tokens, range(head, head + 1), keys, kind)
        and not any(verbal(tokens[at]) for at in range(head + 1, span.stop))
    )


def _relative_told(
    tokens: Sequence[Token], last: int, text: str, keys: frozenset[str], kind: str | None
) -> bool:
    """Whether a relative clause on the mention's phrase tells the act with its pronoun as
    the subject (review rv52v: "The Marlow regulator, which fined Selk", the mention inside
    the phrase, its head nouns after it): the act is the mention's."""
    rel = last + 1
    while rel < len(tokens) and rel - last <= 3 and not clause_gap(tokens, rel - 1, text):
        if tokens[rel].capitalised or verbal(tokens[rel]):
            return False
        rel += 1
    if rel >= len(tokens) or rel - last > 3 or tokens[rel].norm not in _RELATIVES:
        return False
    for at in range(rel + 1, _clause_end(tokens, rel, text)):
        subject = at - 1
        while subject > rel and tokens[subject].norm in _BRIDGE:
            subject -= 1
        if subject == rel and _told_verb(tokens, at, keys, kind):
            return True
    return False


def _fronted_told(
    tokens: Sequence[Token], first: int, text: str, keys: frozenset[str], kind: str | None
) -> bool:
    """Whether a subjectless clause right before the mention's tells the act ("Having signed
    the accord, Keld reopened the border"; review rv52v): the act is its subject's, the
    mention's; not a passive's ("Having been bought by X, Osk ...": Osk undergoes it)."""
    gap = first - 1
    while gap >= 0 and (tokens[gap].capitalised or tokens[gap].norm == "the"):
        if clause_gap(tokens, gap, text):
            break
        gap -= 1
    if gap < 0 or not clause_gap(tokens, gap, text):
        return False
    start = gap
    while start > 0 and not clause_gap(tokens, start - 1, text):
        start -= 1
    return any(
        _told_verb(tokens, at, keys, kind)
        and not _own_subject(tokens, at, text)
        and not (at > 0 and tokens[at - 1].norm in _PASSIVE_AUX)
        and not (at + 1 < len(tokens) and tokens[at + 1].norm == "by")
        for at in range(start, gap + 1)
    )


def _named_subject(tokens: Sequence[Token], verb: int) -> bool:
    """Whether the subject right before the verb at ``verb`` (over auxiliaries) is a name."""
    at = verb - 1
    while at >= 0 and tokens[at].norm in _BRIDGE:
        at -= 1
    return at >= 0 and tokens[at].capitalised


def another_act(
    tokens: Sequence[Token], first: int, last: int, text: str, description: str
) -> bool:
    """Whether the mention ``first``..``last`` does another act than the event's, which the
    sentence tells in a clause of its own (see the module)."""
    keys, kind = act_keys(description)
    if not keys and kind is None:
        return False
    span = _act_span(tokens, first, last, text)
    if span is None or any(_told_verb(tokens, at, keys, kind) for at in span):
        return False
    if any(_told_verb(tokens, at, keys, kind) for at in range(last + 1, span.start)):
        return False  # an aside on the mention tells the act ("X, which signed it, ...")
    if span.stop <= first and _owned_act(tokens, span, keys, kind):
        return False  # its own act's noun ("the seizure of the trawler by X")
    if _fronted_told(tokens, first, text, keys, kind):
        return False  # "Having signed the accord, Keld reopened the border"
    if _relative_told(tokens, last, text, keys, kind):
        return False  # "The Marlow regulator, which fined Selk Telecom, ..."
    told = [
        at
        for at in range(len(tokens))
        if at not in span
        and not first <= at <= last
        and _told_verb(tokens, at, keys, kind, plural=False)
        and _own_subject(tokens, at, text)
    ]
    if told and tokens[span.start].norm in _SAYS:
        # a speaker reporting the act ("the Switch 2 sold ..., Nintendo said"; "Freeport
        # confirmed that ... died") is its party; one answering another's act after a ";"
        # ("X sued Y; Y said it would fight") is not
        # ("X sued Y; Y said it would fight") is not, nor one reporting a NAMED other's act
        # ("Osk Capital said that Harl Bank had bought it": review rv52v)
        return any(
            ";" in text[tokens[at].end : tokens[first].start] for at in told if at < first
        ) or any(_named_subject(tokens, at) for at in told if at > last)
    return bool(told)


def own_act_places(places: Places) -> Places:
    """``places`` without the mentions that do another act of their sentence than the event's:
    the doer ties read the doers of the event's own act only."""

    def own(
        value: str, tokens: Sequence[Token], ctx: Context, index: int
    ) -> Iterator[tuple[int, int]]:
        # a saying's description tells the act it reports too ("brigade says the militia
        # shelled its camp"): the other clause's act may be that report, not another act
        description = "" if saying_event(ctx) else fact_description(ctx.fact)
        text = ctx.article.text
        for first, last in places(value, tokens, ctx, index):
            if not another_act(tokens, first, last, text, description):
                yield first, last

    return own


__all__ = ["another_act", "own_act_places"]
