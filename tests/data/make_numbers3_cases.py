# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the third numbers set (``grounding_numbers3.jsonl``): value-support cases for the
number, free-text and actor causes an independent check on other outlets' pages found (check
21), by category, each with what must pass and what must fail:

- ``scaled-number-words``: free text (key points, summary) that writes "seven million", "a
  million", "half a million", "1.5 million" or "25,000" is held to the article's number in
  digits or words, whichever way each writes it; another number is flagged;
- ``ranges``: "between 300 and 400 families", "20 to 30 people", "1,200-1,500 residents",
  "two or three soldiers", "anywhere from A to B": the noun after the range is both bounds'
  noun, the first bound supports "at least", the second "up to"/"at most", neither exact,
  "about" a middle or "more than"; a vote's score, a change ("rose from 30 to 45") and
  numbers of other nouns are no range;
- ``stand-in-subjects``: a truce's length in a sentence whose subject is "It", "This" or "The
  deal/agreement" standing for the truce that heads a clause of the sentence before; not when
  that sentence names no truce, or names it only after a preposition or as an object, or
  when the number is another thing's (a deadline, days of talks);
- ``capitalised-openers``: a capitalised common word opening a sentence of free text is no
  name when the article writes another form of it in lower case ("Violations" beside "any
  violation"); a made-up name opening a sentence ("Kovacs said"), a name beside a first name
  the article has ("Peters" beside "Peter Holm"), and a capitalised word inside a sentence
  are still flagged;
- ``event-actors``: an event's actor is named in its evidence, not only as the one acted on
  ("rejected Premier Ostrander's request", "expelled Eritrea"; the one urged or told took
  part in the exchange and passes); a name from elsewhere in the
  article stands in only for evidence that names its actors as a group ("the two ministers",
  "both sides", "they", "the leaders", "all three").

Run ``python tests/data/make_numbers3_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, or public figures in invented sentences);
each verdict is what a careful fact-checker reads in the text, decided when the case was
written, never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_numbers3.jsonl")

built = SupportCases("num3")


def free(category: str, expect: bool, article: str, point: str, where: str = "key_points") -> None:
    """A key point (or the summary) ``point`` over ``article``: True when nothing in it is
    flagged as unstated."""
    facts = {"key_points": [point]} if where == "key_points" else {"summary": point}
    path = "key_points[0]" if where == "key_points" else "summary"
    built.add(category, expect, point, article, facts, path, check="unstated")


# --- 1. scaled number words in free text ---------------------------------------------------

C = "scaled-number-words"
WAR = "Civil war toll\n\nBOGOTA (Test Wire) - Five decades of war left 260,000 people dead, more than 60,000 missing and seven million displaced, the commission said.\n"
free(C, True, WAR, "The war left seven million displaced.")
free(C, True, WAR, "The war displaced 7 million people.")
free(C, True, WAR, "Seven million people were displaced by the war.")
free(C, False, WAR, "The war displaced eight million people.")
free(C, False, WAR, "The war left 8 million displaced.")
free(C, False, WAR, "The war left seven billion displaced.")
free(C, False, WAR, "The war left seventy million displaced.")
FLOOD = "Floods\n\nDHAKA, June 3 (Test Daily) - The floods have forced two million people from their homes, officials said on Monday.\n"
free(C, True, FLOOD, "Floods forced 2 million people from their homes.")
free(C, True, FLOOD, "Two million people have fled the floods.")
free(C, False, FLOOD, "Floods forced 3 million people from their homes.")
free(C, False, FLOOD, "Floods forced two thousand people from their homes.")
DIGITS = "Aid appeal\n\nGENEVA (Test Ledger) - The agency said 2 million children need food aid, and its appeal seeks 1.5 million dollars a week.\n"
free(C, True, DIGITS, "Two million children need food aid.", where="summary")
free(C, True, DIGITS, "The appeal seeks 1.5 million dollars a week.")
free(C, False, DIGITS, "The appeal seeks 2.5 million dollars a week.")
free(C, False, DIGITS, "Four million children need food aid.", where="summary")
MILLION = "Refugees\n\nAMMAN (Test Post) - Nearly a million refugees have crossed the border, and half a million more are expected before winter, the UN said.\n"
free(C, True, MILLION, "Nearly a million refugees have crossed the border.")
free(C, True, MILLION, "About one million refugees have crossed the border.")
free(C, True, MILLION, "The UN expects 500,000 more refugees before winter.")
free(C, True, MILLION, "Half a million more refugees are expected.")
free(C, False, MILLION, "Two million refugees have crossed the border.")
free(C, False, MILLION, "The UN expects 600,000 more refugees before winter.")
BUDGET = "Reconstruction fund\n\nKYIV (Test Courier) - Donors pledged three billion euros and two hundred and fifty thousand tonnes of grain; the ministry counted twenty-five thousand damaged homes.\n"
free(C, True, BUDGET, "Donors pledged 3 billion euros.")
free(C, True, BUDGET, "Donors pledged 250,000 tonnes of grain.")
free(C, True, BUDGET, "The ministry counted 25,000 damaged homes.", where="summary")
free(C, False, BUDGET, "Donors pledged three million euros.")
free(C, False, BUDGET, "Donors pledged 350,000 tonnes of grain.")
free(C, False, BUDGET, "The ministry counted 35,000 damaged homes.", where="summary")
WRITTEN = "Census\n\nLAGOS (Test Times) - The census counted 7,000,000 residents in the city and seven thousand in the island district, and four officials signed it.\n"
free(C, True, WRITTEN, "The city has seven million residents.")
free(C, True, WRITTEN, "The island district has 7,000 residents.")
free(C, False, WRITTEN, "The island district has seven hundred residents.")
free(C, False, WRITTEN, "The city has four million residents.")

FLIGHT = "Exodus\n\nKHARTOUM (Test Wire) - Nearly half a million people have fled the fighting, and more than a million have crossed into Chad, the agency said.\n"
FLIGHT_EV = "Nearly half a million people have fled the fighting, and more than a million have crossed into Chad, the agency said."
built.count(C, True, FLIGHT, FLIGHT_EV, "people displaced", 500000, "nearly")
built.count(C, True, FLIGHT, FLIGHT_EV, "refugees crossed into Chad", 1000000, "more_than")
built.count(C, False, FLIGHT, FLIGHT_EV, "refugees crossed into Chad", 1000000, "exact")
built.count(C, False, FLIGHT, FLIGHT_EV, "people displaced", 1000000, "nearly")


# --- 2. ranges ---------------------------------------------------------------------------

C = "ranges"
TOWN = "Town emptied\n\nGOMA (Test Wire) - Between 300 and 400 families fled the town overnight, and 50 soldiers were deployed to guard it, a local official said.\n"
FLED = "Between 300 and 400 families fled the town overnight, and 50 soldiers were deployed to guard it, a local official said."
built.count(C, True, TOWN, FLED, "families displaced", 300, "at_least")
built.count(C, True, TOWN, FLED, "families displaced", 400, "up_to")
built.count(C, True, TOWN, FLED, "families displaced", 400, "at_most")
built.count(C, False, TOWN, FLED, "families displaced", 300, "exact")
built.count(C, False, TOWN, FLED, "families displaced", 400, "exact")
built.count(C, False, TOWN, FLED, "families displaced", 400, "more_than")
built.count(C, False, TOWN, FLED, "families displaced", 300, "more_than")
built.count(C, False, TOWN, FLED, "families displaced", 350, "about")
built.count(C, False, TOWN, FLED, "soldiers deployed", 300, "at_least")
RAID = "Raid on market\n\nMOGADISHU, May 9 (Test Daily) - Officials said 20 to 30 people were killed in the raid on the market.\n"
KILLED = "Officials said 20 to 30 people were killed in the raid on the market."
built.count(C, True, RAID, KILLED, "people killed", 20, "at_least")
built.count(C, True, RAID, KILLED, "people killed", 30, "up_to")
built.count(C, False, RAID, KILLED, "people killed", 30, "at_least")
built.count(C, False, RAID, KILLED, "people killed", 20, "up_to")
built.count(C, False, RAID, KILLED, "people killed", 25, "about")
STORM = "Storm\n\nMANILA (Test Ledger) - The storm forced 1,200-1,500 residents to evacuate, and police detained 15\u201320 looters on Sunday.\n"
EVAC = "The storm forced 1,200-1,500 residents to evacuate, and police detained 15\u201320 looters on Sunday."
built.count(C, True, STORM, EVAC, "residents evacuated", 1200, "at_least")
built.count(C, True, STORM, EVAC, "residents evacuated", 1500, "up_to")
built.count(C, True, STORM, EVAC, "looters detained", 20, "at_most")
built.count(C, False, STORM, EVAC, "residents evacuated", 1200, "exact")
built.count(C, False, STORM, EVAC, "looters detained", 15, "exact")
CLASH = "Border clash\n\nISLAMABAD (Test Post) - Two or three soldiers were wounded in the clash. Rescuers later pulled between 40 and 50 survivors from a collapsed barracks.\n"
built.count(
    C,
    True,
    CLASH,
    "Two or three soldiers were wounded in the clash.",
    "soldiers wounded",
    2,
    "at_least",
)
built.count(
    C,
    False,
    CLASH,
    "Two or three soldiers were wounded in the clash.",
    "soldiers wounded",
    3,
    "exact",
)
RUBBLE = "Rescuers later pulled between 40 and 50 survivors from a collapsed barracks."
built.count(C, True, CLASH, RUBBLE, "survivors rescued", 40, "at_least")
built.count(C, True, CLASH, RUBBLE, "survivors rescued", 50, "up_to")
built.count(C, False, CLASH, RUBBLE, "survivors rescued", 45, "about")
CAMP = "Camps\n\nJUBA (Test Courier) - Anywhere from 5,000 to 8,000 people have been displaced by the fighting, the agency estimated. The shelling killed between about 60 and 70 civilians, medics said.\n"
DISPLACED = (
    "Anywhere from 5,000 to 8,000 people have been displaced by the fighting, the agency estimated."
)
built.count(C, True, CAMP, DISPLACED, "people displaced", 5000, "at_least")
built.count(C, True, CAMP, DISPLACED, "people displaced", 8000, "up_to")
SHELLED = "The shelling killed between about 60 and 70 civilians, medics said."
built.count(C, True, CAMP, SHELLED, "civilians killed", 60, "at_least")
built.count(C, False, CAMP, SHELLED, "civilians killed", 70, "exact")
OTHER = "Attack\n\nKABUL (Test Wire) - The blast killed 12 and wounded between 20 and 30 people.\n"
built.count(
    C,
    False,
    OTHER,
    "The blast killed 12 and wounded between 20 and 30 people.",
    "people killed",
    20,
    "at_least",
)
built.count(
    C,
    True,
    OTHER,
    "The blast killed 12 and wounded between 20 and 30 people.",
    "people wounded",
    20,
    "at_least",
)
TOLL = "Toll rises\n\nBEIRUT (Test Ledger) - The number of people killed rose from 30 to 45 on Tuesday.\n"
built.count(
    C,
    False,
    TOLL,
    "The number of people killed rose from 30 to 45 on Tuesday.",
    "people killed",
    30,
    "at_least",
)
built.count(
    C,
    False,
    TOLL,
    "The number of people killed rose from 30 to 45 on Tuesday.",
    "people killed",
    45,
    "up_to",
)
VOTE = "Senate vote\n\nWASHINGTON (Test Post) - The Senate voted 52 to 47 to pass the bill.\n"
built.count(
    C, False, VOTE, "The Senate voted 52 to 47 to pass the bill.", "votes in favour", 52, "at_least"
)
built.count(
    C, False, VOTE, "The Senate voted 52 to 47 to pass the bill.", "votes against", 47, "up_to"
)


# --- 3. a pronoun or "the deal" standing for the truce ------------------------------------


def truce(expect: bool, text: str, evidence: list[str], days: float, why: str) -> None:
    """A truce of ``days`` days, backed by ``evidence``."""
    built.truce_length("stand-in-subjects", expect, days, [], why, evidence=evidence, text=text)


S1 = "President Ana Cortes said the ceasefire would come into effect on October 1."
S2 = "\u201cIt will come into effect on October 1, initially for 102 days, until January 12,\u201d Cortes said."
QUITO = f"Truce announced\n\nQUITO, Sept 4 (Test Wire) - {S1} {S2}\n"
truce(True, QUITO, [S1, S2], 102, "'It' after 'the ceasefire would come'")
truce(
    True, QUITO, [S2], 102, "the quote alone as evidence; 'It' is the truce of the sentence before"
)
T1 = "The truce takes effect at midnight."
T2 = "It will last 60 days, officials said."
truce(True, f"Gaza\n\n{T1} {T2}\n", [T2], 60, "'It will last' after 'The truce takes effect'")
A1 = "The armistice was signed in Geneva on Friday."
A2 = "It runs for 90 days and can be extended."
truce(True, f"Armistice\n\n{A1}\n\n{A2}\n", [A1, A2], 90, "'It runs for' over a paragraph break")
H1 = "Hamas said the ceasefire would hold through the holiday."
H2 = "\u201cIt is for seven days, no more,\u201d a spokesman said."
truce(True, f"Holiday truce\n\n{H1} {H2}\n", [H2], 7, "'It is for seven days' in a quote")
D1 = "The ceasefire agreement takes effect on Monday."
D2 = "The deal will last 45 days."
truce(True, f"Deal\n\n{D1} {D2}\n", [D2], 45, "'The deal' for the ceasefire agreement")
E1 = "Under pressure from mediators, the truce was extended on Sunday."
E2 = "It now runs for 30 days."
truce(True, f"Extended\n\n{E1} {E2}\n", [E2], 30, "'It now runs' after 'the truce was extended'")
P1 = "The pause began at dawn on Tuesday."
P2 = "This is to last four days, the envoy said."
truce(True, f"Pause\n\n{P1} {P2}\n", [P1, P2], 4, "'This is to last' after 'The pause began'")
M1 = "The moratorium came into force on Tuesday."
M2 = "But it covers only 14 days."
truce(True, f"Moratorium\n\n{M1} {M2}\n", [M2], 14, "'But it covers' after 'The moratorium came'")
B1 = "Both sides said the truce would hold."
B2 = "It would last 21 days, a UN envoy said."
truce(True, f"Envoy\n\n{B1} {B2}\n", [B2], 21, "'the truce would hold', then 'It would last'")
G1 = "The ceasefire was agreed in Doha."
G2 = "The agreement covers 40 days."
truce(
    True,
    f"Doha\n\n{G1} {G2}\n",
    [G2],
    40,
    "'The agreement covers' after 'The ceasefire was agreed'",
)
L1 = "The halt took effect on Friday."
L2 = "It will remain in place for 10 days."
truce(True, f"Halt\n\n{L1} {L2}\n", [L2], 10, "'It will remain in place for 10 days'")
K1 = "The ceasefire, brokered by Egypt and Qatar, took effect on Monday."
K2 = "It will last 30 days."
truce(
    True,
    f"Brokered\n\n{K1} {K2}\n",
    [K2],
    30,
    "'It' after 'The ceasefire, brokered by ..., took effect'",
)
U1 = "Talks on a ceasefire, which Egypt proposed, collapsed on Monday."
U2 = "They lasted 30 days."
U3 = "It lasted 30 days."
truce(False, f"Collapsed\n\n{U1} {U3}\n", [U3], 30, "'It' is the talks: the truce is after 'on a'")
truce(False, f"Collapsed\n\n{U1} {U2}\n", [U2], 30, "'They' are the talks")
O1 = "The offensive began on Monday."
O2 = "It will last 102 days."
truce(
    False,
    f"Offensive\n\nThe ceasefire collapsed last year. {O1} {O2}\n",
    [O2],
    102,
    "'It' is the offensive: the sentence before names no truce",
)
F1 = "Fighting resumed despite the ceasefire."
F2 = "It lasted 12 days."
truce(False, f"Fighting\n\n{F1} {F2}\n", [F2], 12, "the truce only after 'despite'")
R1 = "The ceasefire was agreed on Monday."
R2 = "Rebels said the offensive had ended."
R3 = "It lasted 102 days."
truce(
    False,
    f"Rebels\n\n{R1} {R2} {R3}\n",
    [R3],
    102,
    "the truce two sentences back; 'It' is the offensive",
)
W1 = "The ceasefire takes effect on Monday."
W2 = "It will come after 40 days of talks."
truce(False, f"Talks\n\n{W1} {W2}\n", [W2], 40, "40 days of talks, not of truce")
N2 = "It was agreed after 52 days of negotiations."
truce(False, f"Talks\n\n{W1} {N2}\n", [N2], 52, "52 days of negotiations")
V2 = "It will be reviewed in 30 days."
truce(False, f"Review\n\n{W1} {V2}\n", [V2], 30, "a review in 30 days, not a length")
I2 = "Its monitors will stay for 60 days."
truce(
    False,
    f"Monitors\n\n{W1} {I2}\n",
    [I2],
    60,
    "the monitors' stay; 'Its' is no subject standing for the truce",
)
H3 = "He will stay in the region for 30 days."
truce(
    False,
    f"Envoy\n\nNegotiators said the truce would start on Monday. {H3}\n",
    [H3],
    30,
    "'He' is no truce",
)
C2 = "It comes 10 days after the rebels seized the town."
truce(False, f"Seized\n\n{W1} {C2}\n", [C2], 10, "10 days after, a point in time")
Y2 = "The deal follows 18 days of fighting."
truce(False, f"Fighting\n\n{W1} {Y2}\n", [Y2], 18, "18 days of fighting")
J1 = "The government rejected a ceasefire on Monday."
J2 = "It will keep fighting for 90 days."
truce(False, f"Rejected\n\n{J1} {J2}\n", [J2], 90, "'It' is the government: the truce is an object")


# --- 4. capitalised common words opening free text ---------------------------------------

C = "capitalised-openers"
SUDAN = "Deal signed\n\nADDIS ABABA (Test Courier) - The leaders agreed that any violation of the deal would bring a freeze of assets owned by the violators and travel bans. Negotiators will talk again next month about the evacuation of casualties; the observers will monitor the delays at checkpoints. Peter Holm chaired the session by the River Nile.\n"
free(C, True, SUDAN, "Violations would bring asset freezes and travel bans.")
free(C, True, SUDAN, "Freezes of assets would follow violations.")
free(C, True, SUDAN, "Violators would face travel bans.")
free(C, True, SUDAN, "Talks will resume next month.")
free(C, True, SUDAN, "Evacuations of the wounded are planned.")
free(C, True, SUDAN, "Casualty evacuation is on the agenda.")
free(C, True, SUDAN, "Monitoring of checkpoints will continue.")
free(C, True, SUDAN, "Delayed convoys will be monitored.")
free(C, True, SUDAN, "The deal was signed. Observers will watch checkpoints.")
free(C, True, SUDAN, "Checkpoint delays are monitored: Violation of the deal brings bans.")
free(C, False, SUDAN, "Kovacs said violations would bring asset freezes.")
free(C, False, SUDAN, "Peters chaired the session.")
free(C, False, SUDAN, "Rivers said the deal would hold.")
free(C, False, SUDAN, "Halvorsen warned of travel bans.")
free(C, False, SUDAN, "Violetta Ruiz signed the deal.")
free(C, False, SUDAN, "The leaders discussed Violations at checkpoints.")
free(C, False, SUDAN, "Observers said Okonkwo would monitor the delays.")
free(C, False, SUDAN, "Talks resume. Lindqvist will attend.")
free(C, False, SUDAN, "Sanchez-Vidal confirmed the freeze.")
free(C, False, SUDAN, "Moreau chaired the session by the Nile.")
TRADE = "Tariff vote\n\nBRUSSELS (Test Ledger) - Lawmakers voted on the tariffs on Tuesday, and shipments of steel were halted.\n"
free(C, True, TRADE, "Voting on the tariffs took place on Tuesday.")
free(C, True, TRADE, "Tariff shipments were halted.")
free(C, True, TRADE, "Shipment of steel was halted.")
free(C, False, TRADE, "Brandt voted on the tariffs.")
free(C, False, TRADE, "Lawmaker Abara voted on the tariffs.")


# --- 5. event actors ---------------------------------------------------------------------

C = "event-actors"


def actors(expect: bool, text: str, evidence: str, who: str, why: str) -> None:
    """An event backed by ``evidence`` whose one actor is ``who``."""
    assert evidence in text, evidence
    event = {"description": "what the article reports", "actors": [who], "evidence": [evidence]}
    built.add(C, expect, f"actor {who}: {why}", text, {"events": [event]}, "events[0].actors[0]")


FORUM = "Forum meeting delayed\n\nWELLINGTON (Test Herald) - Premier Jonas Ostrander of Greenland pulled out of the meeting. Last week Norway and Iceland rejected Premier Ostrander's request for a delay of the meeting. Denmark said it would attend.\n"
REJECT = (
    "Last week Norway and Iceland rejected Premier Ostrander's request for a delay of the meeting."
)
actors(True, FORUM, REJECT, "Norway", "the subject of 'rejected'")
actors(True, FORUM, REJECT, "Iceland", "the subject of 'rejected'")
actors(False, FORUM, REJECT, "Greenland", "the one whose request was rejected")
actors(False, FORUM, REJECT, "Jonas Ostrander", "the one whose request was rejected")
actors(False, FORUM, REJECT, "Denmark", "named elsewhere in the article only")
SUMMIT = "Summit postponed\n\nPHNOM PENH (Test Wire) - Prime Minister Sok Chea suggested this week that the summit be delayed after some members had asked for it to be held earlier. Laos, which coordinates the summit, did not confirm the delay.\n"
SUGGEST = "Prime Minister Sok Chea suggested this week that the summit be delayed after some members had asked for it to be held earlier."
actors(True, SUMMIT, SUGGEST, "Sok Chea", "named as the one suggesting")
actors(False, SUMMIT, SUGGEST, "Laos", "named elsewhere; 'some members' names no group of actors")
HORN = "Talks urged\n\nNAIROBI (Test Daily) - Kenya urged Ethiopia to return to talks on Monday. The bloc expelled Eritrea from its meetings. Mediators invited Somalia to the talks, and the council condemned Sudan's missile test.\n"
actors(True, HORN, "Kenya urged Ethiopia to return to talks on Monday.", "Kenya", "the one urging")
actors(
    True, HORN, "Kenya urged Ethiopia to return to talks on Monday.", "Ethiopia",
    "the one urged took part in the exchange (the schema: 'or took part')",
)  # fmt: skip
actors(
    True, HORN, "Kenya urged Ethiopia to return to talks on Monday.", "Ethiopia's government",
    "the one urged, by its government",
)  # fmt: skip
actors(False, HORN, "The bloc expelled Eritrea from its meetings.", "Eritrea", "the one expelled")
actors(
    False,
    HORN,
    "Mediators invited Somalia to the talks, and the council condemned Sudan's missile test.",
    "Somalia",
    "the one invited",
)
actors(
    False,
    HORN,
    "Mediators invited Somalia to the talks, and the council condemned Sudan's missile test.",
    "Sudan",
    "whose test was condemned",
)
BANK = (
    "Sanctions\n\nWASHINGTON (Test Post) - Washington sanctioned Moscow's central bank on Friday.\n"
)
actors(
    True,
    BANK,
    "Washington sanctioned Moscow's central bank on Friday.",
    "United States",
    "its capital for the government acting",
)
actors(
    False,
    BANK,
    "Washington sanctioned Moscow's central bank on Friday.",
    "Russia",
    "whose bank was sanctioned",
)
SWAP = "Swap\n\nANKARA (Test Wire) - Foreign Minister Hakan Ilter of Turkey hosted Ukraine's Olena Marchuk and Russia's Pavel Orlov. The two ministers signed the accord in Ankara. Both sides agreed to swap 90 prisoners. They met again on Friday, and all three leaders issued a statement. Greece welcomed the deal. Officials in Ankara announced the swap.\n"
actors(
    True,
    SWAP,
    "The two ministers signed the accord in Ankara.",
    "Olena Marchuk",
    "'the two ministers', named in the article",
)
actors(
    True,
    SWAP,
    "The two ministers signed the accord in Ankara.",
    "Pavel Orlov",
    "'the two ministers', named in the article",
)
actors(
    True,
    SWAP,
    "Both sides agreed to swap 90 prisoners.",
    "Ukraine",
    "'both sides', named in the article",
)
actors(
    True,
    SWAP,
    "They met again on Friday, and all three leaders issued a statement.",
    "Hakan Ilter",
    "'they', 'all three leaders'",
)
actors(False, SWAP, "The two ministers signed the accord in Ankara.", "John Kelly", "named nowhere")
actors(
    False,
    SWAP,
    "Both sides agreed to swap 90 prisoners.",
    "Olena Orlov",
    "the article gives Orlov another first name",
)
actors(
    False,
    SWAP,
    "Greece welcomed the deal.",
    "Russia",
    "named elsewhere; the evidence names its own actor",
)
actors(
    False,
    SWAP,
    "Officials in Ankara announced the swap.",
    "Ukraine",
    "named elsewhere; no group in the evidence",
)
EXPEL = "Forum\n\nAPIA (Test Herald) - Fiji was expelled from the forum on Monday. Eritrea has been barred from the talks. Ghana was among the mediators, and Togo rejected the plan. Kenya, which was urged to mediate, hosted the talks.\n"
actors(
    False,
    EXPEL,
    "Fiji was expelled from the forum on Monday.",
    "Fiji",
    "the one expelled (passive)",
)
actors(
    False, EXPEL, "Eritrea has been barred from the talks.", "Eritrea", "the one barred (passive)"
)
actors(
    True,
    EXPEL,
    "Ghana was among the mediators, and Togo rejected the plan.",
    "Togo",
    "the one rejecting",
)
actors(
    True,
    EXPEL,
    "Kenya, which was urged to mediate, hosted the talks.",
    "Kenya",
    "the host; urged only in an aside",
)
DEPOT = "Strike\n\nKHARKIV (Test Daily) - Russian forces struck a fuel depot overnight. Kenyan President William Ruto condemned the strike. The talks were hosted by Qatar. Prime Minister Lena Holm expelled two diplomats.\n"
actors(
    True, DEPOT, "Russian forces struck a fuel depot overnight.", "Russia", "its people's adjective"
)
actors(
    True,
    DEPOT,
    "Kenyan President William Ruto condemned the strike.",
    "Kenya",
    "the president the article ties to Kenya",
)
actors(True, DEPOT, "The talks were hosted by Qatar.", "Qatar", "the agent after 'by'")
actors(
    True,
    DEPOT,
    "Prime Minister Lena Holm expelled two diplomats.",
    "Lena Holm",
    "the one expelling",
)
actors(
    False, DEPOT, "Russian forces struck a fuel depot overnight.", "Qatar", "named elsewhere only"
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
