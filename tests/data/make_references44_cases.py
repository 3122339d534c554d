# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the references set of session 20 from an outside check's cause (``grounding_references44.jsonl``):
value-support cases for values the evidence gives by a reference that reaches across a
sentence, by category, each with what must pass and what must fail, and the strength of each
refusal in its "why" (unsupported: the page names others; unconfirmed: two readings stand):

- ``pair-epithet``: a meeting's parties given in its evidence only by a plural epithet ("the
  same two men met in Muscat", "the pair", "both leaders", "the two envoys", "the ministers")
  and named in a neighbouring sentence: the nearest sentence before it (same paragraph, then
  the one before) that names two or more people together; when none before does, the nearest
  after it (the rest of the paragraph, then the next one: a broadcast's lead names them one
  line later). Its people are the parties; a third person named there with them leaves two
  readings (unconfirmed); a person named elsewhere, alone, or outside the window is no party;
- ``carried-length``: a truce's length in an elliptic phrase whose head is the truce named in
  the sentence before ("... broke down. Then both sides accepted another 72 hours from May
  3.", "a further five days", "a fresh 48 hours"): the length is the new truce's. An
  extension ("extended it by another 48 hours") is the extension's length, another noun
  after the number ("another 72 hours of talks") is that noun's, and a previous sentence
  without a truce gives no cue.

Run ``python tests/data/make_references44_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, or real bodies in invented sentences);
each verdict is what a careful fact-checker reads in the text, decided when the case was
written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_references44.jsonl")

built = SupportCases(
    "ref44",
    leads=[
        "Evening Bulletin, Harbour Radio\nBroadcast Friday",
        "By Mirela Dobre\nThe Danube Ledger",
        "Transcript: The World This Hour",
        "NORTH SEA WIRE\nStaff report",
    ],
)


def pair(
    expect: bool, strength: str, paragraphs: list[str], evidence: str, parties: list[str],
    checked: int = 0,
) -> None:  # fmt: skip
    """A held meeting of ``parties`` backed by ``evidence`` alone; the party at ``checked``
    is the value judged."""
    text = built.page(*paragraphs)
    assert evidence in text, evidence
    fact = {"parties": parties, "status": "held", "evidence": [evidence]}
    why = f"party {parties[checked]} ({strength})"
    built.add(
        "pair-epithet", expect, why, text, {"summits": [fact]}, f"summits[0].parties[{checked}]"
    )
    if not expect:  # an unconfirmed refusal keeps no unsupported flag; an unsupported one does
        built.add(
            "pair-epithet", strength == "unconfirmed", why, text, {"summits": [fact]},
            f"summits[0].parties[{checked}]", tag="pair-epithet-tier", check="tier",
        )  # fmt: skip


# --- pair-epithet: the sentence naming a pair keeps it apart (session 20 review) ----------
for lead, neighbour, parties in [
    (
        "ANCHOR: Good evening. The two ministers met in Athens today.",
        "CORRESPONDENT: Their bosses, President Recep Tayyip Erdogan and Prime Minister Kyriakos Mitsotakis, were not there.",
        ["Recep Tayyip Erdogan", "Kyriakos Mitsotakis"],
    ),
    (
        "ANCHOR: Good evening. The two men met in Geneva today.",
        "CORRESPONDENT: President Ana Ferreira and President Tomas Lindqvist had sent them with strict instructions.",
        ["Ana Ferreira", "Tomas Lindqvist"],
    ),
    (
        "ANCHOR: Good evening. The two leaders met in Nairobi today.",
        "CORRESPONDENT: President William Ruto and President Yoweri Museveni have not spoken since March, so deputies led the talks.",
        ["William Ruto", "Yoweri Museveni"],
    ),
    (
        "ANCHOR: Good evening. The two envoys met in Doha today.",
        "CORRESPONDENT: Prime Minister Sara Haddad and President Omar Khalil dispatched them on Sunday.",
        ["Sara Haddad", "Omar Khalil"],
    ),
]:
    pair(False, "unconfirmed", [lead, neighbour], lead.split("evening. ", 1)[1], parties)
    pair(False, "unconfirmed", [lead, neighbour], lead.split("evening. ", 1)[1], parties, 1)

# --- pair-epithet: must pass -------------------------------------------------------------
C = "pair-epithet"
P = [
    "ANCHOR: Good evening. Turkey and Greece have held a second round of talks on the Aegean. It happened in Ankara today. A week ago the same two men met in Athens.",
    "CORRESPONDENT: Turkish Foreign Minister Kemal Yildiz and his Greek counterpart Nikos Petrakis spent three hours together at the ministry.",
]
pair(
    True,
    "supported",
    P,
    "A week ago the same two men met in Athens.",
    ["Kemal Yildiz", "Nikos Petrakis"],
)
pair(
    True,
    "supported",
    P,
    "A week ago the same two men met in Athens.",
    ["Kemal Yildiz", "Nikos Petrakis"],
    1,
)
P = [
    "Chancellor Ingrid Maurer and Prime Minister Tomas Hrubý shook hands on the steps of the castle on Monday morning.",
    "The pair then met behind closed doors for two hours in the library.",
]
pair(
    True,
    "supported",
    P,
    "The pair then met behind closed doors for two hours in the library.",
    ["Ingrid Maurer", "Tomas Hrubý"],
)
pair(
    True,
    "supported",
    P,
    "The pair then met behind closed doors for two hours in the library.",
    ["Ingrid Maurer", "Tomas Hrubý"],
    1,
)
P = [
    "President Amara Diallo hosted her Ghanaian counterpart Kwesi Mensah in Dakar on Thursday. Both leaders held talks on the border railway late into the night."
]
pair(
    True,
    "supported",
    P,
    "Both leaders held talks on the border railway late into the night.",
    ["Amara Diallo", "Kwesi Mensah"],
)
pair(
    True,
    "supported",
    P,
    "Both leaders held talks on the border railway late into the night.",
    ["Amara Diallo", "Kwesi Mensah"],
    1,
)
P = [
    "Washington's envoy Daniel Roark and Moscow's negotiator Pavel Sidorenko arrived in Geneva on Sunday.",
    "The two envoys sat down at the Intercontinental on Monday, officials said.",
]
pair(
    True,
    "supported",
    P,
    "The two envoys sat down at the Intercontinental on Monday, officials said.",
    ["Daniel Roark", "Pavel Sidorenko"],
)
pair(
    True,
    "supported",
    P,
    "The two envoys sat down at the Intercontinental on Monday, officials said.",
    ["Daniel Roark", "Pavel Sidorenko"],
    1,
)
P = [
    "Foreign ministers Wang Lei of China and Kenji Sato of Japan shook hands before the cameras in Busan.",
    "The ministers then held talks for ninety minutes, their first in a year.",
]
pair(
    True,
    "supported",
    P,
    "The ministers then held talks for ninety minutes, their first in a year.",
    ["Wang Lei", "Kenji Sato"],
)
P = [
    "HOST: Two women who once ran against each other sat down in Lima this week.",
    "REPORTER: The two women, former rivals Rosa Quispe and Elena Vargas, met over breakfast at the Miraflores hotel.",
]
pair(
    True,
    "supported",
    P,
    "HOST: Two women who once ran against each other sat down in Lima this week.",
    ["Rosa Quispe", "Elena Vargas"],
)
P = [
    "Last month the two leaders met in Nairobi. President Samuel Otieno and President Joseph Mugisha agreed then to open the crossing.",
]
pair(
    True,
    "supported",
    P,
    "Last month the two leaders met in Nairobi.",
    ["Samuel Otieno", "Joseph Mugisha"],
    1,
)
P = [
    "Premier Lars Nyberg and Premier Aino Virtanen opened the bridge on Saturday.",
    "The two premiers then met in a tent on the Finnish side, aides said.",
]
pair(
    True,
    "supported",
    P,
    "The two premiers then met in a tent on the Finnish side, aides said.",
    ["Aino Virtanen", "Lars Nyberg"],
)

P = [
    "Prime Minister Anand Rao landed in Colombo on Tuesday evening.",
    "President Nimal Perera returned from Male the next morning. The two leaders met for an hour at the presidential secretariat.",
]
pair(
    True,
    "supported",
    P,
    "The two leaders met for an hour at the presidential secretariat.",
    ["Anand Rao", "Nimal Perera"],
)

# --- pair-epithet: must fail -------------------------------------------------------------
P = [
    "Mediator Farid Nasser of Qatar welcomed the delegates on Friday.",
    "Israeli envoy Avi Mizrahi and Hamas official Khalil Omar were in separate rooms.",
    "The two men never met face to face, Nasser said later.",
]
pair(
    False,
    "unsupported",
    P,
    "The two men never met face to face, Nasser said later.",
    ["Farid Nasser", "Avi Mizrahi"],
)
P = [
    "Prime Minister Rui Tavares flew to Madrid on Tuesday. Spanish officials and Portuguese aides worked on the text overnight.",
    "The two leaders met at the Moncloa on Wednesday.",
    "King Felipe hosted a dinner for Tavares and President Sofia Marin later.",
]
pair(
    False,
    "unconfirmed",
    P,
    "The two leaders met at the Moncloa on Wednesday.",
    ["Rui Tavares", "Felipe"],
    1,
)
P = [
    "Senator Mark Ellison and Governor Dana Price toured the flooded district in the morning.",
    "Mayor Luis Ortega joined them at noon.",
    "The pair met the mayor's staff in the afternoon.",
]
pair(
    False,
    "unsupported",
    P,
    "The pair met the mayor's staff in the afternoon.",
    ["Luis Ortega", "Dana Price"],
)
P = [
    "Chancellor Ingrid Maurer and Prime Minister Tomas Hrubý shook hands on the steps of the castle on Monday morning.",
    "The pair then met behind closed doors for two hours in the library.",
]
pair(
    False,
    "unsupported",
    P,
    "The pair then met behind closed doors for two hours in the library.",
    ["Ingrid Maurer", "Petr Novak"],
    1,
)
P = [
    "Defence ministers Otto Lind and Jonas Berg met their Estonian colleague in Tallinn on Monday.",
    "On Tuesday navy chiefs Karl Aas and Mikko Salo inspected the fleet. The two men then met in Helsinki, the ministry said.",
]
pair(
    False,
    "unsupported",
    P,
    "The two men then met in Helsinki, the ministry said.",
    ["Otto Lind", "Jonas Berg"],
)
P = [
    "President Amara Diallo hosted her Ghanaian counterpart Kwesi Mensah in Dakar on Thursday. Both leaders held talks on the border railway late into the night."
]
pair(
    False,
    "unsupported",
    P,
    "Both leaders held talks on the border railway late into the night.",
    ["Amara Diallo", "Ibrahim Keita"],
    1,
)
P = [
    "Ministers Ana Costa and Rui Lopes met in Porto on Monday.",
    "The two ministers met again in Braga on Wednesday. Ministers Joana Reis and Tiago Cruz met in Faro the same day.",
]
pair(
    False,
    "unsupported",
    P,
    "The two ministers met again in Braga on Wednesday.",
    ["Joana Reis", "Tiago Cruz"],
)
P = [
    "Envoys Daniel Roark, Pavel Sidorenko and Li Ming arrived in Geneva on Sunday.",
    "The two envoys sat down at the Intercontinental on Monday, officials said.",
]
pair(
    False,
    "unconfirmed",
    P,
    "The two envoys sat down at the Intercontinental on Monday, officials said.",
    ["Daniel Roark", "Pavel Sidorenko"],
)
P = [
    "Premier Lars Nyberg, Premier Aino Virtanen and Premier Erik Holm opened the bridge on Saturday.",
    "The two premiers then met in a tent on the Finnish side, aides said.",
]
pair(
    False,
    "unconfirmed",
    P,
    "The two premiers then met in a tent on the Finnish side, aides said.",
    ["Aino Virtanen", "Lars Nyberg"],
)
P = [
    "ROME - Italian minister Paolo Ferri and French minister Claire Dubois signed the rail deal. Ferri later dined with the mayor.",
    "Both ministers met again in Turin a day later.",
]
pair(
    False,
    "unsupported",
    P,
    "Both ministers met again in Turin a day later.",
    ["Paolo Ferri", "Marco Bellini"],
    1,
)

# --- carried-length: a truce's length in an elliptic phrase after a sentence naming the truce
C = "carried-length"


def length(
    expect: bool, strength: str, paragraphs: list[str], evidence: str, days: float,
    as_written: str,
) -> None:  # fmt: skip
    text = built.page(*paragraphs)
    assert evidence in text, evidence
    fact: dict[str, Any] = {
        "status": "agreed",
        "duration_days": {"value": days, "qualifier": "exact", "as_written": as_written},
        "evidence": [evidence],
    }
    why = f"duration {days:g} days ({strength})"
    path = "ceasefires[0].duration_days"
    built.add(C, expect, why, text, {"ceasefires": [fact]}, path)
    if not expect:  # an unconfirmed refusal keeps no unsupported flag; an unsupported one does
        built.add(
            C, strength == "unconfirmed", why, text, {"ceasefires": [fact]}, path,
            tag=f"{C}-tier", check="tier",
        )  # fmt: skip


S = "Then Egypt got both sides to accept another 72 hours from May 3."
length(
    True,
    "supported",
    ["The first 72-hour truce, announced by Norway on April 20, broke down within hours. " + S],
    S,
    3,
    "72 hours",
)
S = "On Friday the two armies agreed a further five days."
length(
    True,
    "supported",
    ["A three-day ceasefire along the river ended at dawn on Thursday. " + S],
    S,
    5,
    "five days",
)
S = "Negotiators secured a fresh 48 hours on Sunday."
length(
    True, "supported", ["The humanitarian pause in Idlib expired at midnight.", S], S, 2, "48 hours"
)
S = "Both militias then signed up to another seven days starting on June 2."
length(
    True,
    "supported",
    ["The week-long truce in the capital collapsed over the weekend. " + S],
    S,
    7,
    "seven days",
)
S = "Qatar brokered another 96 hours on Tuesday, aid agencies said."
length(True, "supported", ["A truce in the enclave lapsed on Monday night. " + S], S, 4, "96 hours")
S = "On March 9 the rebels accepted a second 10 days."
length(True, "supported", ["The government's ten-day ceasefire ran out. " + S], S, 10, "10 days")
S = "Mediators got the two sides to sign a further 24 hours."
length(
    True,
    "supported",
    ["The armistice talks stalled, and the short ceasefire ended at noon. " + S],
    S,
    1,
    "24 hours",
)
S = "Late on Wednesday they agreed an additional 14 days."
length(
    True,
    "supported",
    ["The truce between the clans had held for a fortnight. " + S],
    S,
    14,
    "14 days",
)
S = "The Red Cross then obtained a new 48 hours for the evacuation."
length(
    True,
    "supported",
    ["The first humanitarian pause, of six hours, let 300 people out. " + S],
    S,
    2,
    "48 hours",
)
S = "A week later the factions settled on another 30 days."
length(
    True,
    "supported",
    ["Their first truce of a month was marred by shelling. " + S],
    S,
    30,
    "30 days",
)

S = "Then Egypt got both sides to accept another 72 hours of talks from May 3."
length(
    False,
    "unconfirmed",
    ["The first 72-hour truce, announced by Norway on April 20, broke down within hours. " + S],
    S,
    3,
    "72 hours",
)
S = "On Friday the two armies extended it by a further five days."
length(
    False,
    "unconfirmed",
    ["A three-day ceasefire along the river began at dawn on Tuesday. " + S],
    S,
    5,
    "five days",
)
S = "Negotiators then spent a fresh 48 hours in the hotel."
length(False, "unconfirmed", ["The trade talks in the capital dragged on.", S], S, 2, "48 hours")
S = "Both militias then signed up to another seven days starting on June 2."
length(
    False,
    "unconfirmed",
    ["The strike at the port in the capital ended over the weekend. " + S],
    S,
    7,
    "seven days",
)
S = "Qatar brokered another 96 hours of negotiations on Tuesday, aid agencies said."
length(
    False, "unconfirmed", ["A truce in the enclave lapsed on Monday night. " + S], S, 4, "96 hours"
)
S = "On March 9 the rebels accepted a second 10 days."
length(False, "unsupported", ["The government's ten-day ceasefire ran out. " + S], S, 20, "20 days")
S = "Mediators prolonged the pause by one more 24 hours."
length(
    False,
    "unconfirmed",
    ["The armistice talks stalled, and the short ceasefire was due to end at noon. " + S],
    S,
    1,
    "24 hours",
)
S = "Late on Wednesday they agreed an additional 14 days of aid deliveries."
length(
    False,
    "unconfirmed",
    ["The truce between the clans had held for a fortnight. " + S],
    S,
    14,
    "14 days",
)
S = "The Red Cross then waited another 48 hours for the buses."
length(
    False,
    "unconfirmed",
    ["Refugees queued at the border crossing all night. " + S],
    S,
    2,
    "48 hours",
)
S = "A week later the factions settled on another 30 days."
length(
    False,
    "unsupported",
    ["Their first truce of a month was marred by shelling. " + S],
    S,
    60,
    "60 days",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
