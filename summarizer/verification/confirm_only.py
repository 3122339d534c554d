"""The confirm-only mode (opt in): a value of a chosen field that every rule accepts is still
reported *unconfirmed* (the weak flag, :func:`~summarizer.verification.context.unconfirmed`)
unless a positive reading TIES it. The rules refute: a value passes when nothing on the page
contradicts it. Session 50's experiment exp50 measured the other way for two fields: on unseen
checks it caught 43-60% of the plants the refutations miss, at 2-3 new weak flags per catch
(17-31 on the pages the readers were tuned on), so it is a switch, off by default.

Fields (the user's names) and the support kinds they stand for are in :data:`FIELDS`; the
ties of each kind in :data:`TIES`. A new tie is a module in the sub-package of the value it
reads and ONE line in :data:`TIES`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from summarizer.comparators import Supported
from .acts.doer_shapes import shaped_doer_tie
from .acts.doer_ties import doer_tie
from .acts.group_doers import group_doer_tie
from .acts.own_act_doers import own_act_places
from .bylines.staff_ties import staff_tie
from .confirm_fields import CONFIRM_ENV, FIELDS, confirm_from_env, fields_of, kinds_of
from .context import Context, Result, unconfirmed
from .people.affiliation_ties import holder_tie
from .people.described_bodies import described_tie
from .people.holder_clauses import holder_shape_tie
from .people.its_holders import its_tie
from .people.leading_titles import leading_title_tie
from .people.role_clauses import clause_role_tie
from .people.role_confirms import own_role_tie
from .people.shared_roles import label_role_tie, plural_role_tie
from .people.unstopped_roles import unstopped_role_tie
from .places.page_polity import polity_tie
from .sides.actor_descriptions import described_spans
from .sides.event_actors import actor_places

#: (value, rule, context) -> whether a reading ties the value to its field.
Tie = Callable[[Any, Supported, Context], bool]

#: The ties of each support kind; a value is confirmed when any of them ties it. The doer ties
#: read only the mentions that do the event's own act (acts/own_act_doers).
TIES: dict[str, tuple[Tie, ...]] = {
    "role": (
        own_role_tie,  # the role rule's holder reading, of this person (people/role_confirms)
        clause_role_tie,  # a post verb, copula or long apposition of theirs (people/role_clauses)
        plural_role_tie,  # a plural title over a list of names holding them (people/shared_roles)
        label_role_tie,  # a label or credit line: "Host: X", "Reporting by X" (people/shared_roles)
        unstopped_role_tie,  # holder reading past "U.S." and "Jr." stops (people/unstopped_roles)
        leading_title_tie,  # a title over its body or "Dr" before the name (people/leading_titles)
    ),
    "affiliation": (
        holder_tie,  # a table party, own or apposed body, or value holder (people/affiliation_ties)
        its_tie,  # an office of "its" body, the one the sentence names before (people/its_holders)
        polity_tie,  # an office left bare, of the country the page is about (places/page_polity)
        staff_tie,  # the page's credited writer, of its outlet (bylines/staff_ties)
        holder_shape_tie,  # a holder shape in the person's own sentence (people/holder_clauses)
        described_tie,  # a post of a body described or left bare (people/described_bodies)
    ),
    "actor": (
        doer_tie(own_act_places(actor_places)),  # after "by", opening its clause (acts/doer_ties)
        shaped_doer_tie(own_act_places(actor_places)),  # past a time, an "of" (acts/doer_shapes)
        group_doer_tie(actor_places, described_spans),  # "Both sides", "It" (acts/group_doers)
    ),
}

#: What an unconfirmed value's reason says the reading lacked, per kind.
MISSING: dict[str, str] = {
    "role": "no sentence the checker can read gives them the role {value!r}",
    "affiliation": "no sentence the checker can read ties them to {value!r}",
    "actor": "no sentence the checker can read shows {value!r} carrying out or taking part in it",
}


def confirmed(kind: str, value: Any, rule: Supported, context: Context) -> bool:
    """Whether a tie of ``kind`` reads the value as its field's (a kind with none: True)."""
    ties = TIES.get(kind)
    if not ties:
        return True
    return any(tie(value, rule, context) for tie in ties)


def unconfirmed_reason(kind: str, value: Any, context: Context) -> str:
    """The reason a user reads for an accepted value no tie confirmed."""
    missing = MISSING.get(kind, "no reading the checker knows confirms {value!r}").format(
        value=str(value)
    )
    if kind in ("affiliation", "role"):
        name = getattr(context.fact, "name", None)
        who = f"names {name}" if isinstance(name, str) and name else "names the person"
        return f"confirm-only: the article {who} but {missing}"
    if kind == "actor":
        return f"confirm-only: the event's evidence names {str(value)!r} but {missing}"
    return f"confirm-only: {missing}"


def tied_or_unconfirmed(value: Any, rule: Supported, context: Context, verdict: Result) -> Result:
    """An accepted ``verdict`` kept when a tie of the rule's kind confirms the value, else
    turned unconfirmed with a reason a user reads (the walk's hook, after every refusal)."""
    if confirmed(rule.kind, value, rule, context):
        return verdict
    return unconfirmed(unconfirmed_reason(rule.kind, value, context))


__all__ = [
    "CONFIRM_ENV",
    "FIELDS",
    "TIES",
    "Tie",
    "confirm_from_env",
    "confirmed",
    "fields_of",
    "kinds_of",
    "tied_or_unconfirmed",
    "unconfirmed_reason",
]
