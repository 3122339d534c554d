"""Whether a person's role is a public office, whose holder's body is the polity the page
names anywhere (a minister's, a senator's, an archbishop's), not a body written beside them.

Split from :mod:`.person_rules` in session 61, when the party check began asking it before
reading any of the person's bodies (:func:`public_office`): a role with a public office other
than a bare "president" answers without them, and the rules module stays under its size
limit.
"""

from __future__ import annotations

import re

from ..context import Context

# Offices of a government or church: the holder's body (a country, a province, a church) is
# the page's polity, named anywhere, not beside them ("Finance Minister Nate Horner").
_PUBLIC_OFFICE = re.compile(
    r"\b(?:minister|secretary|president|premier|chancellor|senator|governor|mayor|"
    r"ambassador|envoy|archbishop|bishop|mp|lawmaker|legislator)\b",
    re.IGNORECASE,
)


# A firm's or an institute's post beside "president" ("president and chief executive"):
# its holder's body is the firm, written beside them, not a polity (session 55).
_FIRM_OFFICE = re.compile(
    r"\b(?:chief|executive|ceo|founder|managing|chairman|chairwoman|chair)\b", re.IGNORECASE
)
_FIRM_BODY = re.compile(
    r"\b(?:institute|university|company|corporation|inc|ltd|plc|group|association|foundation|"
    r"society|bank|fund|capital|partners|holdings|college|school|shipping|airlines?|airways|"
    r"motors|energy|foods|pharma\w*|technologies|systems|industries|media|insurance|games|"
    r"federation|confederation|league|club|union|chamber)\b",
    re.IGNORECASE,
)
# A president's role naming a polity's tier, and a body that is a political grouping: the
# president's body then is the polity, written anywhere (session 56).
_POLITY = re.compile(
    r"\b(?:regional|state|provincial|federal|county|municipal|national|republic|"
    r"autonomous|territorial)\b",
    re.IGNORECASE,
)
_POLITY_BODY = re.compile(
    r"\b(?:party|parties|alliance|front|movement|congress|coalition|democrats|republicans|"
    r"liberals|conservatives|socialists|government|administration|parliament|assembly|"
    r"senate|state|republic|province|region|council)\b",
    re.IGNORECASE,
)


def public_role(ctx: Context, bodies: frozenset[str] = frozenset()) -> bool:
    """Whether the fact's role is a public office: a minister's or archbishop's body is the
    polity, written anywhere on the page. A president beside a firm's office, or tied to a
    firm or an institute of their own, holds no public office (session 55: "Shachi Kurl,
    president of the Angus Reid Institute"); nor one the page ties to any body outside the
    party table (session 56: "Holtec's president", "IAM International President": a
    country's president is tied to the country, which is no body here)."""
    role = getattr(ctx.fact, "role", None)
    if not isinstance(role, str) or _PUBLIC_OFFICE.search(role) is None:
        return False
    if public_office(ctx):
        return True
    if _FIRM_OFFICE.search(role) or any(_FIRM_BODY.search(b) for b in bodies):
        return False
    # a region's or a party's president keeps the polity ("Regional president X, of the Y Party")
    return (
        _POLITY.search(role) is not None
        or not bodies
        or any(_POLITY_BODY.search(body) for body in bodies)
    )


def public_office(ctx: Context) -> bool:
    """Whether the fact's role holds a public office other than a bare "president", which
    :func:`public_role` answers without the person's bodies: the party check then asks for no
    bodies (session 61: reading them for every minister cost a tenth of the grounding)."""
    role = getattr(ctx.fact, "role", None)
    if not isinstance(role, str):
        return False
    return not {m.group(0).lower() for m in _PUBLIC_OFFICE.finditer(role)} <= {"president"}


__all__ = ["public_office", "public_role"]
