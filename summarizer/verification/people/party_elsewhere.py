"""Whether a person's own organisation, written beside them, may be set against a party of
the table given as their affiliation (session 60, fresh-miss writer af60).

The party readings (:func:`.party_names.ties`) answer "no tie of the person read" for a
person the page ties to no country or group of the table, and the value was left to the
free-text check. Many of those people are given an organisation of their own in an
apposition or before their name: "Jorge Leon, head of geopolitical analysis at Rystad Energy"
given "OPEC+", "Microsoft's Nanna-Louise Linde" given "European Commission", "Shachi Kurl,
president of the Angus Reid Institute" given "Canada". Such a value is another body than
theirs, and the own-body reading that refuses a body outside the table
(``person_rules._elsewhere``: the page never writes the value beside them) reads it the same.

:func:`sets_against_party` says which own bodies may stand against a party: not one that
names a country or group of the table in its words ("Tehran's Sharif University", "the
Iranian Red Crescent": the country is the person's too), nor an organ of a state or a
people's body (a ministry, an army, a parliament, a court, a police force, "the Kremlin"),
whose holder's country is their affiliation; nor a lone capitalised word, which may be a
person ("Putin's spokesman") or a place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..page.article import ArticleText
from ..page.tokens import tokenize
from .affiliation_holders import named_runs
from .party_names import party_mentions
from .person_bodies import bodies_but_own, kept_bodies, known_bodies, person_bodies
from .titled_bodies import titled_bodies

# Words of a state's organ or a polity's assembly: the holder of a post in it belongs to the
# country, which the page may write anywhere (session 58: "Rajya Sabha member").
_STATE_ORGAN = re.compile(
    r"\b(?:ministry|ministries|department|government|cabinet|office|agency|administration|"
    r"army|navy|forces?|guard|police|embassy|consulate|mission|delegation|court|tribunal|"
    r"parliament|congress|senate|house|assembly|council|sabha|duma|knesset|diet|majlis|"
    r"chamber|commission|authority|bureau|service|directorate|command|corps|kremlin|"
    r"presidency|state|republic|national|federal|royal|central\s+bank|reserve|treasury|"
    r"party|front|movement|union|league|coalition|alliance)\b"
    # review rv60a: organs named in their own language or by initials, with no such word
    # ("an officer of the Bundeswehr", "chief economist of Norges Bank", "Colonel X of the
    # PLA", "executive director of Frontex": the holder's polity is theirs)
    r"|\b(?:bundes\w+|riks\w+|norges|storting\w*|folketing\w*|sejm|eduskunta|carabinieri|"
    r"gendarmerie|guardia|polizei|politie|mossad|shin\s+bet|frontex|europol|eurojust|eurostat)\b"
    r"|\b(?-i:PLA|IRGC|IDF|FSB|SVR|GRU|KGB|CIA|FBI|NSA|DEA|MI5|MI6|GCHQ|BND|DGSE|ISI|SBU)\b",
    re.IGNORECASE,
)


# Words of an organisation's name: a firm, an institute, a school, a group of people; a
# two-word run without one may be a person ("Lacalle Pou's successor, Yamandu Orsi").
_ORGANISATION = re.compile(
    r"\b(?:institute|institution|university|college|school|academy|company|corporation|"
    r"corp|inc|ltd|llc|plc|ag|sa|group|association|foundation|society|trust|bank|fund|"
    r"capital|partners|holdings|energy|research|consulting|consultancy|advisors|advisers|"
    r"analytics|economics|securities|markets|investments?|asset|management|media|"
    r"airlines?|airways|airports?|motors|foods|pharma\w*|technologies|systems|industries|"
    r"insurance|software|solutions|logistics|mining|retail|ratings|labs?|laboratories|center|centre|network|project|initiative|watch|club|"
    r"organi[sz]ation|federation|confederation|institut|universit\w+)\b",
    re.IGNORECASE,
)


def party_rivals(article: ArticleText, surname: str) -> frozenset[str]:
    """:func:`sets_against_party` of the person's bodies (:func:`.person_bodies`), reading
    their own-body ties only when a capitalised run of a sentence naming them may be kept:
    that reading is the costliest (session 61: a tenth of the grounding, asked of every person
    given a party), and a page whose runs there are all names, places and organs gives the
    same answer without it."""
    bodies = known_bodies(article, surname)
    if bodies is None:
        titled = titled_bodies(article, surname)
        runs = frozenset(r for r in named_runs(article, surname) if _organisation(r, titled))
        if not (runs and sets_against_party(article, surname, kept_bodies(runs))):
            bodies = bodies_but_own(article, surname)  # no run of theirs could be kept
        else:
            bodies = person_bodies(article, surname)
    return sets_against_party(article, surname, bodies)


def _organisation(body: str, titled: frozenset[str]) -> bool:
    """Whether the body is written as an organisation's name: its words say so, it is written
    in initials, or a title "of"/"at" it gives it (:mod:`.titled_bodies`); not a run that may
    be a person's name or a place."""
    initials = re.fullmatch(r"[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*", body) is not None
    return body in titled or initials or _ORGANISATION.search(body) is not None


def sets_against_party(article: ArticleText, surname: str, bodies: Iterable[str]) -> frozenset[str]:
    """The own bodies that may be set against a party of the table: an organisation's name
    (:func:`_organisation`), naming no party and no organ of a state."""
    titled = titled_bodies(article, surname)
    kept = []
    for body in bodies:
        if not _organisation(body, titled):
            continue
        if _STATE_ORGAN.search(body) or any(party_mentions(tokenize(body))):
            continue
        kept.append(body)
    return frozenset(kept)
