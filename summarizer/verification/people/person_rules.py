"""A person's ``role`` and ``affiliation`` checked against what the page says of THAT person
(the support kinds "role" and "affiliation"; an outside check found four plants passing: the
role the article gives the prime minister given to the president, another body's "Secretary
General", a neighbour's country as a minister's affiliation).

Both fields are still held to the free-text check
(:mod:`summarizer.verification.free_text.mentions`: every proper name in them occurs in the
article); these rules read more, and only refuse what the page contradicts:
- role (:mod:`summarizer.verification.people.role_holders`): supported when the role's words are
  written of this person (a title before the name, an apposition or a copula after it);
  refused when the page writes them of a past office of this person only ("former prime
  minister", and the value does not say "former"), or of ANOTHER named person only while it
  gives this person a title of their own; refused when the page gives the role (or its
  body) to another person and this person a description of their own, or gives the role to
  others only and this person no title nor description (:mod:`.role_rivals`); refused when
  the role names a party ("NATO Secretary General", "Russian foreign minister") and the page
  ties the person only to others (the affiliation's reading, below); otherwise left to the
  free-text check (a role the page ties to no one, "the NATO chief" for "NATO Secretary
  General", a sport's position). Refused before those readings (session 33,
  :mod:`.role_own_titles`): a role that is another office than every title the page writes
  of this person ("Treasury Secretary" for "Commerce Secretary Howard Lutnick", "Foreign
  Minister" for "Deputy Foreign Minister Alexander Grushko"); and a role whose office noun
  the page writes nowhere, in no form (session 55, :mod:`.unwritten_offices`); and (session 58,
  :mod:`.unheld_titles`) a role the page writes only of a holder it does not name there while
  it gives this person a post of their own ("Chancellor" for "Ryanair's chief executive,
  Michael O'Leary" beside "the Chancellor told the country"); and (session 59,
  :mod:`.ranked_titles`) a role the page writes only inside this person's own title under a
  rank word or as the office they serve ("national statistician" for "deputy national
  statistician", "UN Secretary-General" for "spokesman of UN Secretary-General"). Last
  (session 64, :mod:`.other_heads`): a role whose head noun no noun title of this person
  holds ("owner" for "General manager Brendan Hickey", "prefect" for "the mayor of X").
- affiliation: a country or group of the party table (:mod:`summarizer.text.countries`) is
  supported when the page ties the person's surname to it ("Hungarian Foreign Minister Peter
  Szijjarto", "Spajic, Montenegro's prime minister", :func:`party_names.ties`), refused when
  the page ties the person to another party and never to this one ("met NATO officials" ties
  no minister to NATO); a body outside the table, or a person the page ties to no party, is
  left to the free-text check, unless the page ties the value to another named person and
  this person to a body of their own (session 33, :mod:`.affiliation_holders`: "Chicago Fed"
  for "Jeffrey Schmid from Kansas City" beside "Austan Goolsbee of the Chicago Fed").
Before either, a value of no office's shape (a web address, a schema label, a sentence,
"article": :mod:`.role_shapes`) and any value of a "person" the page shows is none (a storm,
a team, a country: :mod:`.non_persons`) are refused.
Known limit: a surname shared by two people on the page ("the Kims") reads both people's
ties.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from summarizer.comparators import Supported
from ..context import Context, Result
from .acted_bodies import acted_on, never_beside
from .acted_offices import acted_office
from .affiliation_holders import other_holder, same_body, value_holders
from .apart_bodies import namesake, stand_in_other
from .fact_people import person_words, same_person
from .held_bodies import owns_body, post_in_stand_in, runs_holder, stands_for
from .its_others import its_other
from .left_bodies import left_body
from .left_posts import left_post
from .non_persons import no_person
from .other_appositions import apposed_to_other
from .other_heads import other_head
from .other_items import held_in_other_item
from .own_mentions import owned_with
from .party_elsewhere import party_rivals, sets_against_party
from .party_names import party_of, ties
from .party_people import party_label_other, party_people
from .person_bodies import initials_of, person_bodies
from .person_titles import (
    described,
    posted_parties,
    run_parties,
    value_parties,
)
from .portfolio_ties import named_with, portfolio_parties
from .possessed_bodies import possessed_other
from .public_offices import public_office, public_role
from .ranked_titles import ranked_title
from .reporting_outlets import its_staff, outlet_of_people, outlet_only
from .role_descriptions import own_descriptions
from .role_holders import role_ties, role_words
from .role_own_titles import other_office, rival_office
from .role_rivals import handed_over, rival_post, room_here, same_rank, sole_holders
from .role_shapes import unfit
from .run_bodies import run_bodies
from .run_rivals import named_once, run_rivals
from .title_attachments import attached_elsewhere
from .unheld_titles import unheld_title
from .unwritten_offices import unwritten_office

_PRONOUNS = frozenset({"he", "she", "they", "it", "him", "her", "his", "its", "their"})


def _named(name: tuple[str, ...]) -> str:
    return " ".join(name).title()


def _no_office(value: Any, field: str, ctx: Context) -> str | None:
    """Why the value is no ``field`` of a person at all (:mod:`.role_shapes`), or why its
    fact names no person (:mod:`.non_persons`): "Category-5" is no role of "Hurricane"."""
    if not isinstance(value, str):
        return None
    why = unfit(value, field, ctx.article)
    name = getattr(ctx.fact, "name", None)
    if why is None and isinstance(name, str) and no_person(name, ctx.article) is not None:
        why = f"{name!r} is no person the page names, so {value!r} is no {field} of one"
    return why


def support_role(value: Any, rule: Supported, ctx: Context) -> Result:
    """See the module: the role's words said of this person, a past office, or another's."""
    why = _no_office(value, "role", ctx)
    if why is not None:
        return False, why
    name = person_words(ctx)
    if not name or not isinstance(value, str) or not role_words(value):
        return True, "no person to read the role against"
    moved = left_post(ctx.article, name, value)  # session 61: "moving up from X to Y"
    if moved is not None:
        return False, f"the page moves {_named(name)} from {value!r} to another post: {moved!r}"
    found = role_ties(ctx.article, value)
    own = [tie for tie in found if same_person(name, tie.name)]
    if any(not tie.former for tie in own):
        return True, f"the page calls {' '.join(name).title()} {value!r}"
    if own:
        return False, f"the page gives {value!r} as {' '.join(name).title()}'s former office"
    unwritten = unwritten_office(ctx.article.text, value)
    if unwritten is not None and not acted_office(ctx.article, " ".join(name), unwritten):
        # session 55: "chief financial officer" on a page without it; session 56: unless the
        # page writes the office as this person's act ("set up by A and B" for co-founder)
        return False, f"the page writes {unwritten!r} nowhere, of {_named(name)} or anyone"
    title = other_office(ctx.article, name, value)
    if title is not None:
        return False, f"the page's title for {_named(name)} ({title!r}) is another office"
    title = ranked_title(ctx.article, name, value)
    if title is not None:  # session 59: "deputy national statistician" for the statistician
        return False, f"{_named(name)}'s title ({title!r}) is a post below or serving {value!r}"
    others = sorted({" ".join(tie.name).title() for tie in found if tie.name and not tie.former})
    titled = described(ctx.article, name[-1])
    if (
        others
        and titled
        and not handed_over(ctx.article, name, others)
        and not room_here(ctx.article, name, value)
        and not same_rank(value, own_descriptions(ctx.article, name), found)
    ):
        return False, f"the page gives {value!r} to {', '.join(others)}, not to this person"
    rivals = [other for other in others if other.lower() not in _PRONOUNS]  # "She is the mayor"
    post = (
        rival_office(ctx.article, name, value)
        if rivals and not handed_over(ctx.article, name, rivals)
        else None
    )
    if post is not None and not room_here(ctx.article, name, value):  # session 56
        return False, f"the page gives {value!r} to {', '.join(rivals)}; {_named(name)}: {post!r}"
    post = unheld_title(ctx.article, name, value, found)  # session 58
    if post is not None and not room_here(ctx.article, name, value):
        return False, f"the page writes {value!r} of no one named; {_named(name)}: {post!r}"
    rival = rival_post(ctx.article, name, value, titled)
    if rival is not None:
        return False, f"the page gives {value!r} to {rival}; {_named(name)} has a post of their own"
    sole = sole_holders(ctx.article, name, value, bare=not titled)
    if sole:
        return False, f"the page gives {value!r} to {', '.join(sole)} only, none to {_named(name)}"
    sole = run_rivals(ctx.article, name, value, found, titled)  # session 60
    if sole:
        return False, f"the page gives {value!r} to {', '.join(sole)}; {_named(name)}: another"
    once = named_once(ctx.article, name, value, found, titled)  # session 60: "the judge"
    if once is not None:
        return False, f"the page gives {value!r} to {once}, then 'the' {value!r}; none to them"
    named = value_parties(value)
    if named:
        tied = ties(ctx.article, name[-1]) | run_parties(ctx.article, name[-1])
        if tied and not named & tied:
            shown = ", ".join(sorted(tied))
            return (
                False,
                f"the role names {', '.join(sorted(named))}; the page ties them to {shown}",
            )
    holder = attached_elsewhere(ctx.article, name, value)
    if (
        holder is not None
        and not handed_over(ctx.article, name, [holder])
        and not room_here(ctx.article, name, value)
    ):
        return False, f"the page's phrase {value!r} is {holder}'s; {_named(name)} has their own"
    title = other_head(ctx.article, name, value)  # session 64: "owner" for "manager Hickey"
    if title is not None:
        return False, f"the page's title for {_named(name)} ({title!r}) holds no {value!r}"
    return True, "no tie of the role read (left to the free-text check)"


def support_affiliation(value: Any, rule: Supported, ctx: Context) -> Result:
    """See the module: the party the page ties the person to."""
    why = _no_office(value, "affiliation", ctx)
    if why is not None:
        return False, why
    name = person_words(ctx)
    if not name or not isinstance(value, str):
        return True, "no person to read the affiliation against"
    if stands_for(ctx.article, name[-1], value):  # session 56: "General X for Niger"
        return True, f"the page writes {_named(name)} for {value!r}"
    if post_in_stand_in(ctx.article, name[-1], value):  # session 56: "as the court's deputy"
        return True, f"the page gives {_named(name)} a post in {value!r} by its stand-in"
    party = party_of(value)
    holder = other_holder(ctx.article, name[-1], value)
    if party is None and holder is None:
        holder = _run_holder(ctx, name, value)
    if holder is not None and runs_holder(ctx.article, name[-1], holder):
        holder = None  # session 56: the value's "holder" is the body this person runs
    if party is None and holder is not None:
        return False, f"the page ties {value!r} to {holder}, and {_named(name)} to another body"
    if party is None:
        attached = attached_elsewhere(ctx.article, name, value, body=True)
        if attached is not None:
            own = f"{_named(name)} has a body of their own"
            return False, f"the page writes {value!r} of {attached}; {own}"
        why = (
            _acted_on(ctx, name, value)
            or _elsewhere(ctx, name, value)
            or _apart(ctx, name, value)
            or _its_other(ctx, name, value)
            or _possessed(ctx, name, value)
            or _apposed(ctx, name, value)
            or _outlet(ctx, name, value)
            or _labelled(ctx, name, value)
        )
        if why is not None:
            return False, why
        return True, "not a party of the table (left to the free-text check)"
    tied = ties(ctx.article, name[-1])
    if party not in tied:  # the title runs read only when the plain ties lack it (session 28)
        tied = tied | run_parties(ctx.article, name[-1])
    if party in tied:
        return True, f"the page ties {' '.join(name).title()} to {value}"
    tied = tied - posted_parties(ctx.article, name[-1])  # "His Ukraine envoy": maybe his posting
    if tied:
        return False, f"the page ties {' '.join(name).title()} to {', '.join(sorted(tied))}"
    if holder is not None:
        return False, f"the page ties {value!r} to {holder}, and {_named(name)} to another party"
    why = (
        _acted_on(ctx, name, value)
        or _party_other(ctx, name, party, value)
        or _possessed(ctx, name, value)
    )
    if why is None and not public_office(ctx):  # session 60: "X, head of Y" given a country
        organisations = party_rivals(ctx.article, name[-1])
        why = _elsewhere(ctx, name, value, organisations) if organisations else None
    if why is not None:
        return False, why
    return True, "no tie of the person read (left to the free-text check)"


def _run_holder(ctx: Context, name: tuple[str, ...], value: str) -> str | None:
    """Another person the page ties the value to, when the page names this person's own body
    bare before their title ("Roscosmos cosmonaut Aleksandr Gorbunov" beside "Nick Hague of
    NASA", :mod:`.run_bodies`) and never ties the value to them."""
    bodies = run_bodies(ctx.article, name[-1])
    if not bodies or public_role(ctx, bodies):
        return None
    holders = value_holders(ctx.article, value)
    if not holders or name[-1] in holders or _said_after(ctx, name[-1], value):
        return None
    if any(same_body(body, value) or initials_of(body, value) for body in bodies):
        return None
    return sorted(holders)[0].title()


def _said_after(ctx: Context, surname: str, value: str) -> bool:
    """Whether the page writes the value of the person after naming them: in a clause of
    theirs (", who also sits on the X") or in the next sentence, opened by their pronoun or
    surname ("She also teaches at X", "Dorrian is also a board member of X"): a second body
    of theirs, whoever else the page ties to it (rv55f)."""
    text, low = ctx.article.text, ctx.article.lowered
    # a post in the body or a move to it, not an act on it ("who covers X", "She said X")
    want = re.compile(rf"\b(?:of|at|for|to|on|joined)\s+(?:the\s+)?{re.escape(value.lower())}\b")
    starts = [begin for begin, _ in ctx.article.sentences]
    for match in re.finditer(rf"\b{re.escape(surname)}\b", low):
        index = max((i for i, begin in enumerate(starts) if begin <= match.start()), default=0)
        stop = ctx.article.sentences[index][1]
        clause = low[match.end() : stop]
        if re.match(r",\s+(?:who|which)\b", clause) and want.search(clause):
            return True
        if index + 1 < len(starts):
            begin, end = ctx.article.sentences[index + 1]
            opener = re.match(r"\s*([\w'-]+)", text[begin:end])
            pronouns = ("he", "she", "they", surname.lower())
            if opener and opener.group(1).lower() in pronouns and want.search(low[begin:end]):
                return True
    return False


def _elsewhere(
    ctx: Context, name: tuple[str, ...], value: str, bodies: frozenset[str] | None = None
) -> str | None:
    """Why the value is another body than the one the page ties the person to, when the page
    never writes it beside them (:func:`.acted_bodies.never_beside`)."""
    bodies = person_bodies(ctx.article, name[-1]) if bodies is None else bodies
    if public_role(ctx, bodies):
        return None
    if not bodies or any(same_body(body, value) for body in bodies):
        return None
    if any(initials_of(b, value) for b in bodies):
        return None  # initials ("the AfDB's chief economist") may be the value's
    if any(owns_body(ctx.article, value, b) for b in bodies):
        return None  # session 56: "Andes Copper's Cerro Azul mine", theirs the division
    plural = " " not in value.strip() and value.endswith("s")  # af60: kept unless an organisation
    if re.search(r"\b(?:[Rr]epublican|[Dd]emocrat)", value) or (
        party_people(value)
        or value.endswith(("'s", "\u2019s"))  # a house's name ("Sotheby's"), no plural
        or (plural and not sets_against_party(ctx.article, name[-1], bodies))
    ):
        return None  # a party's people ("Republicans"), read by the party table's labels
    if (
        not never_beside(ctx.article, name[-1], value)
        and (
            not never_beside(ctx.article, name[-1], value, bodies)
            or owned_with(ctx.article, value, bodies)
            or any(initials_of(body.split()[0], value) for body in bodies)  # "WFP Sudan"
        )
        and not held_in_other_item(ctx.article, name[-1], value, bodies)
    ):  # session 60
        return None  # the older reading refuses as it did; session 56's own-body reading adds
    own = ", ".join(sorted(bodies))
    return f"the page ties {_named(name)} to {own} and never names {value!r} beside them"


def _apart(ctx: Context, name: tuple[str, ...], value: str) -> str | None:
    """Why the value is another body than the person's by session 54's readings: a body they
    have left (:mod:`.left_bodies`), a namesake of their own body or a rival of the story's
    subject, named apart from them (:mod:`.apart_bodies`)."""
    now = left_body(ctx.article, name[-1], value)
    if now is not None:
        return f"the page writes {value!r} as a body {_named(name)} has left; now {now}"
    if public_role(ctx, person_bodies(ctx.article, name[-1])) or name[-1] in value_holders(
        ctx.article, value
    ):
        return None
    own = namesake(ctx.article, name[-1], value, person_bodies(ctx.article, name[-1]))
    if own is not None:
        return f"the page ties {_named(name)} to {own}, another body than {value!r}"
    subject = stand_in_other(ctx.article, name[-1], value)
    if subject is not None:
        return f"the page's stand-in for {_named(name)}'s body is {subject}, not {value!r}"
    return None


def _acted_on(ctx: Context, name: tuple[str, ...], value: str) -> str | None:
    """Why the value is only a body the person acts on (:mod:`.acted_bodies`), when no
    reading of the page ties it to them."""
    acted = acted_on(ctx.article, name[-1], value)
    if acted is None or name[-1] in value_holders(ctx.article, value):
        return None
    if outlet_of_people(ctx.article, value):
        return None  # "told the Tribune, where she is a reporter" (review rv63b)
    return f"the page writes {value!r} only as what {_named(name)} {acted}, not as their body"


def _its_other(ctx: Context, name: tuple[str, ...], value: str) -> str | None:
    """Why the value is not the body the person's "its" office plainly stands for (session
    57, :mod:`.its_others`), when no reading ties the value to them."""
    full = getattr(ctx.fact, "name", None)
    if not isinstance(full, str) or name[-1] in value_holders(ctx.article, value):
        return None
    body = its_other(ctx.article, full, value)
    if body is None or _said_after(ctx, name[-1], value):
        return None
    return f"the page gives {_named(name)} an office of its body {body}, not of {value!r}"


def _outlet(ctx: Context, name: tuple[str, ...], value: str) -> str | None:
    """Why the value is only a news outlet the story went through (session 63,
    :mod:`.reporting_outlets`), when no reading of the page ties it to the person."""
    if not outlet_only(ctx.article, value) or name[-1] in value_holders(ctx.article, value):
        return None
    if its_staff(ctx.article, value, name[-1]):
        return None  # "its editor Una Petrov": the outlet named may be theirs (review rv63b)
    return f"the page writes {value!r} only as an outlet told or reporting, not {_named(name)}'s"


def _possessed(ctx: Context, name: tuple[str, ...], value: str) -> str | None:
    """Why the value is not the body the page writes as the person's owner (session 61)."""
    full = getattr(ctx.fact, "name", None)
    owner = possessed_other(ctx.article, full, name[-1], value) if isinstance(full, str) else None
    return (
        None if owner is None else f"the page writes {_named(name)} as {owner}'s, not {value!r}'s"
    )


def _apposed(ctx: Context, name: tuple[str, ...], value: str) -> str | None:
    """Why the value is another person's, given by their apposition in this person's own
    sentence (session 63, :mod:`.other_appositions`)."""
    bodies = person_bodies(ctx.article, name[-1])
    if any(same_body(b, value) or initials_of(b, value) for b in bodies):
        return None
    other = apposed_to_other(ctx.article, name[-1], value)
    if other is None or _said_after(ctx, name[-1], value):
        return None
    return f"the page gives {value!r} to {other} beside {_named(name)}, who has a body of their own"


def _labelled(ctx: Context, name: tuple[str, ...], value: str) -> str | None:
    """Why a political party is not the person's, whom the page labels with another party
    (session 64, :func:`.party_people.party_label_other`: "Liberal MP X" given "New Democrat")."""
    own = party_label_other(ctx.article, name[-1], value, name[:-1])
    if own is None or name[-1] in value_holders(ctx.article, value):
        return None
    return f"the page labels {_named(name)} {own}, not {value!r}"


def _party_other(ctx: Context, name: tuple[str, ...], party: str, value: str) -> str | None:
    """Why a party of the table is not the person's, when no older reading ties them to any
    party (session 58, :mod:`.portfolio_ties`): the page writes them as another country's
    office holder ("Hungary's agriculture minister", "his Slovak colleague") and never names
    the value in a sentence of theirs nor ties it to them. (Their own organisation written
    beside them was tried as well and taken out: "Putin's spokesman", "Rajya Sabha member"
    are no organisation against a country.)"""
    surname = name[-1]
    own = portfolio_parties(ctx.article, surname) - posted_parties(ctx.article, surname)
    if not own or party in own or named_with(ctx.article, surname, party):
        return None
    if surname in value_holders(ctx.article, value):
        return None
    return f"the page writes {_named(name)} as {', '.join(sorted(own))}'s office holder"


#: The support kinds of a person's fields, registered with the other kinds by grounding.
PERSON_RULES: dict[str, Callable[[Any, Supported, Context], Result]] = {
    "role": support_role,
    "affiliation": support_affiliation,
}
