# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the actors set of session 18 from check 41's causes (``grounding_actors41.jsonl``):
value-support cases for who acts, who speaks and who wrote, by category, each with what must
pass and what must fail. The general shape: the one who acts is the subject of the act's own
verb (through a relative clause, a coordination, a passive "by", an answer's "X did"); names
inside appositions and other clauses are not.

- ``act-subject``: a sponsor or an event's actor as the subject of the act's verb in a
  relative clause ("the duties she had put on", "the ban that the governor ordered"), the
  second of two coordinated subjects, a claim of an attack ("claimed the bombing"), a short
  name after a title ("President Lee imposed"); never the one who championed, opposed, voted
  for or opened an inquiry into the measure, nor the subject of another verb;
- ``act-proposer``: a truce's proposer through a passive "announced by"/"put forward by" and
  an interview's answer ("Q: Who proposed it? A: Okoye did."); never the one who only
  answered, welcomed or rejected it;
- ``co-chaired``: a meeting's co-chair or co-host is one of its parties;
- ``placed-byline``: a byline with each author's place in brackets ("by A (Paris) and B
  (Rome)"): every author is credited, no place is.

Run ``python tests/data/make_actors41_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, or real bodies in invented sentences);
each verdict is what a careful fact-checker reads in the text, decided when the case was
written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, verdicts

OUT = Path(__file__).with_name("grounding_actors41.jsonl")

built = SupportCases(
    "ac41",
    leads=(
        "HARARE (Zambezi Wire) -",
        "From our correspondent in Quito",
        "MANILA, March 3 (Pacific Desk) -",
        "Transcript, Morning Hour:",
    ),
    lead_end="\n\n",
)
Q1, Q2 = "\u201c", "\u201d"


def role(category: str, role_name: str, text: str, passes: list[str], fails: list[str]) -> None:
    """Each of ``passes`` in ``role_name`` of a fact backed by the whole ``text``, each of
    ``fails`` refused."""
    for expect, who in verdicts(passes, fails):
        built.role(category, expect, f"{role_name} {who}", text, role_name, who, text)


# --- act-subject: the subject of the act's own verb --------------------------------------
C = "act-subject"
role(
    C,
    "sponsor",
    "In the interview, the minister said the president lifted the duties he had put on Brazilian steel, and Rita Alves welcomed it.",
    [],
    ["Rita Alves"],
)
role(
    C,
    "sponsor",
    "The export ban, which Chancellor Ivo Brandt ordered last spring, was struck down by the court.",
    ["Ivo Brandt"],
    [],
)
role(
    C,
    "sponsor",
    "Judges upheld the levy that Premier Dana Whitlock introduced in 2019.",
    ["Dana Whitlock"],
    ["Judges"],
)
role(
    C,
    "sponsor",
    "Finance Minister Pavel Novak and Trade Minister Olga Ferreira announced the new duties on Tuesday.",
    ["Pavel Novak", "Olga Ferreira"],
    [],
)
role(
    C,
    "sponsor",
    "On Friday, Senator Amara Diallo and Senator Jonah Reese filed the sanctions bill.",
    ["Jonah Reese", "Amara Diallo"],
    [],
)
role(C, "sponsor", "President Moon imposed the quotas by decree.", ["Moon"], [])
role(
    C,
    "sponsor",
    "Chancellor Okafor signed the export controls into force on Monday.",
    ["Okafor"],
    [],
)
role(
    C,
    "sponsor",
    "The bill, championed by Chairwoman Leah Dunn, was signed by the governor.",
    [],
    ["Leah Dunn"],
)
role(
    C,
    "sponsor",
    "The inquiry was opened by Trade Secretary Colm Byrne; the cabinet imposed the duties in June.",
    [],
    ["Colm Byrne"],
)
role(
    C,
    "sponsor",
    "The audit was launched by Inspector Mei Tan, and the president imposed the fines.",
    [],
    ["Mei Tan"],
)
role(
    C,
    "sponsor",
    "Senator Paula Greer attacked the tariffs that Senator Omar Haddad introduced.",
    ["Omar Haddad"],
    ["Paula Greer"],
)
role(
    C,
    "sponsor",
    "The quotas, opposed by Mayor Tom Quill, were ordered by Governor Ada Rhee.",
    ["Ada Rhee"],
    ["Tom Quill"],
)
role(
    C,
    "sponsor",
    "Rep. Lars Holm voted for the ban, which Rep. Nia Okoro had drafted.",
    [],
    ["Lars Holm"],
)
role(
    C,
    "sponsor",
    "The embargo that Foreign Minister Rui Costa defended was imposed by the cabinet.",
    [],
    ["Rui Costa"],
)
role(
    C,
    "actor",
    "A bombing killed nine people at a market in Kandahar; the Islamic State group claimed the attack.",
    ["Islamic State group"],
    [],
)
role(
    C,
    "actor",
    "The Southern Front claimed responsibility for the blast, which wounded 12 soldiers.",
    ["Southern Front"],
    [],
)
role(
    C,
    "actor",
    "Rebels of the Northern Brigade claimed the raid on the depot on Sunday.",
    ["Northern Brigade"],
    [],
)
role(
    C,
    "actor",
    "Police said the Islamic State group had claimed the attack, but the army doubted it.",
    ["Islamic State group"],
    [],
)
role(
    C,
    "actor",
    "The Red Hand group denied carrying out the attack, which the Free Riders claimed.",
    ["Free Riders"],
    [],
)

# --- act-proposer: a passive "by" and an answer's "X did" ---------------------------------
C = "act-proposer"


def proposer(expect: bool, sentence: str, who: str, why: str) -> None:
    built.proposer(C, expect, sentence, who, why)


proposer(
    False,
    "The three-day truce, announced by President Ana Rocha on Thursday, begins at dawn.",
    "Ana Rocha",
    "announcing is no proposing: unconfirmed",
)
proposer(
    True,
    "A 48-hour pause was put forward by Kenya's envoy, Joseph Mwangi, on Monday.",
    "Joseph Mwangi",
    "put forward by",
)
proposer(
    True,
    "The Eid truce was declared by President Karim Azizi and will last three days.",
    "Karim Azizi",
    "declared by",
)
proposer(
    True,
    "Q: Who proposed that shape? A: Okoye did, mostly. The rest came from Lagos.",
    "Okoye",
    "an answer's X did",
)
proposer(
    True,
    "Q: And whose idea was the pause? A: Minister Haas proposed it, in the end.",
    "Haas",
    "an answer's subject",
)
proposer(
    True,
    "\u2014 Who suggested the ceasefire? \u2014 Deputy Varga did, on the phone.",
    "Varga",
    "a dash interview",
)
proposer(
    True,
    "The ceasefire plan floated by Egypt's foreign minister, Sameh Adel, won support.",
    "Sameh Adel",
    "floated by",
)
proposer(
    False,
    "Q: Who proposed that shape? A: Okoye did, mostly. Bello only signed.",
    "Bello",
    "another name in the answer",
)
proposer(
    False,
    "The truce, announced by Ana Rocha, was rejected by General Tiago Luz.",
    "Tiago Luz",
    "rejected by",
)
proposer(
    False,
    "The truce, proposed by Ana Rocha, was welcomed by Mayor Iris Vale.",
    "Iris Vale",
    "welcomed by",
)
proposer(
    False,
    "Q: Who answered first? A: Okoye did. Q: And the pause? A: Bello proposed it.",
    "Okoye",
    "the answer to another question",
)
proposer(
    False,
    "The ceasefire was announced by the army; its spokesman, Ravi Nair, read the text.",
    "Ravi Nair",
    "the reader, not the one who announced",
)

# --- co-chaired: a meeting's co-chair or co-host is a party ----------------------------
C = "co-chaired"
role(
    C,
    "party",
    "Premier Li Wen and Council President Anne Marchal, co-chairing the summit by video link, agreed on climate goals.",
    ["Li Wen", "Anne Marchal"],
    [],
)
role(
    C,
    "party",
    "Prime Minister Sato co-hosted the meeting with President Ruiz in Osaka on Monday.",
    ["Sato", "Ruiz"],
    [],
)
role(
    C,
    "party",
    "The talks, co-chaired by Chancellor Eva Lind and President Omar Said, ran for five hours.",
    ["Eva Lind", "Omar Said"],
    [],
)
role(
    C,
    "party",
    "Minister Hugo Blanc will co-host the conference alongside his Ghanaian counterpart, Kofi Mensah.",
    ["Hugo Blanc", "Kofi Mensah"],
    [],
)
role(
    C,
    "party",
    "Ms. Tan, who co-chaired the forum, said Mr. Abe had sent a letter instead of attending.",
    ["Tan"],
    [],
)

# --- placed-byline: each author's place in brackets ------------------------------------
C = "placed-byline"


def byline(text: str, passes: list[str], fails: list[str]) -> None:
    built.article_field(C, "byline", text, passes, fails)


byline(
    "LIVE: Leaders meet in Oslo\n\nLive blog by Maya Lund (Oslo) and Karl Ek (Stockholm)\n\nThe leaders met at noon.\n",
    ["Maya Lund and Karl Ek", "Karl Ek", "Maya Lund"],
    ["Oslo", "Stockholm", "Maya Lund and Oslo"],
)
byline(
    "Ports reopen after strike\n\nBy Priya Nair (Mumbai), Tom Reid (Singapore) and Ana Sousa (Lisbon)\n\nThe ports reopened on Monday.\n",
    ["Priya Nair, Tom Reid and Ana Sousa", "Ana Sousa"],
    ["Singapore", "Lisbon"],
)
byline(
    "Truce holds for a second day\n\nReporting by Omar Faris (Beirut) and Lea Klein (Berlin); editing by Jo Marsh\n\nThe truce held on Tuesday.\n",
    ["Omar Faris and Lea Klein", "Lea Klein"],
    ["Beirut", "Berlin"],
)
byline(
    "Summit ends without a deal\n\nBy Chen Yu [Beijing] and Rosa Diaz [Madrid]\n\nThe summit ended on Friday.\n",
    ["Chen Yu and Rosa Diaz", "Rosa Diaz"],
    ["Madrid"],
)
byline(
    "Tariffs take effect\n\nBy Sam Cole in Washington and Ada Nwosu (Lagos)\n\nThe tariffs took effect at midnight.\n",
    ["Sam Cole and Ada Nwosu", "Ada Nwosu"],
    ["Lagos", "Washington"],
)


# more shapes: a title with "of" before a coordinated subject, a means after an active verb
C = "act-subject"
role(
    C,
    "sponsor",
    "Yet on Thursday, when Mr. Lutz and Minister of Finance Clara Weiss announced the levy, they exempted small firms.",
    ["Clara Weiss"],
    [],
)
role(
    C,
    "sponsor",
    "Minister for Trade Ravi Menon and Secretary of Commerce Jo Park imposed the quotas jointly by order.",
    ["Jo Park", "Ravi Menon"],
    [],
)
role(
    C,
    "sponsor",
    "Parliament passed the act writing into law the embargo that Ahmed Karimi ordered by decree on May 2.",
    ["Ahmed Karimi"],
    [],
)
role(
    C,
    "sponsor",
    "Premier Tolu Bakare quietly signed the duties into law by proclamation.",
    ["Tolu Bakare"],
    [],
)
role(
    C,
    "sponsor",
    "The quotas were imposed on Secretary of State Lina Roy's firm by the cabinet.",
    [],
    ["Lina Roy"],
)
role(
    C,
    "sponsor",
    "The tariff probe was begun by Minister Ugo Eze, but the president imposed the duties.",
    [],
    ["Ugo Eze"],
)
role(
    C,
    "sponsor",
    "The sanctions were debated by Senator Rhea Voss; Senator Ken Ito introduced them.",
    ["Ken Ito"],
    ["Rhea Voss"],
)
role(
    C,
    "sponsor",
    "The measure, praised by Governor Ines Mota, was introduced by Rep. Dan Kerr.",
    ["Dan Kerr"],
    ["Ines Mota"],
)
role(
    C,
    "sponsor",
    "The levy, promoted by Councillor Jan Berg for years, was finally signed by Mayor Ola Dahl.",
    ["Ola Dahl"],
    ["Jan Berg"],
)
C = "co-chaired"
role(
    C,
    "party",
    "The fourth summit was held by video on May 3, with Prime Minister Ana Lobo co-chairing with the two presidents.",
    ["Ana Lobo"],
    [],
)
role(
    C,
    "party",
    "Talks were held online, with Minister Jun Ito co-hosting alongside his Thai counterpart.",
    ["Jun Ito"],
    [],
)
role(
    C,
    "party",
    "President Kwame Asante chaired the session between the Ethiopian and Eritrean delegations.",
    [],
    ["Kwame Asante"],
)
role(
    C,
    "party",
    "The delegations of Chad and Sudan met in Doha, in talks chaired by Qatar's minister, Ali Thani.",
    [],
    ["Ali Thani"],
)
role(
    C,
    "party",
    "Before the summit, Chancellor Berg held a video call with Prime Minister Hoang, and then he met President Silva.",
    [],
    ["Hoang"],
)
C = "co-chaired"
role(
    C,
    "party",
    "Envoy Maria Ruiz moderated the talks between Colonel Abu Musa and General Peter Deng in Geneva.",
    [],
    ["Maria Ruiz"],
)
role(
    C,
    "party",
    "Premier Ola Moe, who co-chaired the summit, had earlier held a phone call with President Dube.",
    ["Ola Moe"],
    ["Dube"],
)
role(
    C,
    "party",
    "Mediator Sara Holm presided over the session between Armenia and Azerbaijan in Stockholm.",
    [],
    ["Sara Holm"],
)
role(
    C,
    "party",
    "President Ndlovu chaired the meeting of the Sudanese and South Sudanese leaders in Addis Ababa.",
    [],
    ["Ndlovu"],
)
C = "act-proposer"
proposer(
    True, "Q: Who suggested the truce in the first place? A: Ruto did.", "Ruto", "a bare answer"
)
proposer(
    True,
    "INTERVIEWER: Which leader proposed the pause? MAHLANGU: Ramaphosa did, really.",
    "Ramaphosa",
    "labelled speakers",
)
proposer(
    False,
    "Q: Who rejected the truce? A: Ruto did. Q: And who proposed it? A: Nobody will say.",
    "Ruto",
    "the answer to another question",
)
proposer(
    False, "Q: Who proposed the pause? A: Ruto did not; he opposed it.", "Ruto", "a negated answer"
)
proposer(
    False,
    "The truce was declared by the army and welcomed by President Sule Bako.",
    "Sule Bako",
    "welcomed by",
)
proposer(
    True,
    "KIBET: So who proposed the 72-hour halt? ODHIAMBO: Foreign Minister Musalia Mwangi did.",
    "Musalia Mwangi",
    "an answer with a title",
)
proposer(
    True,
    "\u2014 Whose idea was the pause? \u2014 Whose? Kenyatta's. \u2014 Who proposed it, then? \u2014 Kenyatta did.",
    "Kenyatta",
    "a dash interview, asked twice",
)
proposer(
    False,
    "Q: Who signed the truce? A: Mr. Bako did, reluctantly.",
    "Bako",
    "signing is no proposing",
)

C = "co-chaired"
role(
    C,
    "party",
    "King Abdullah chaired the round between Israeli and Palestinian negotiators in Aqaba on Sunday.",
    [],
    ["Abdullah"],
)
role(
    C,
    "party",
    "Ahead of the summit, Premier Kato spoke by telephone with President Lula, and the leaders met on Friday.",
    [],
    ["Lula"],
)
role(
    C,
    "party",
    "Chancellor Brandt hosted a video call with President Okoro before meeting Premier Sato in Rome.",
    [],
    ["Okoro"],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
