"""Build the audit-23 set (``grounding_audit23.jsonl``): the cases of the reasons the session-23
refusal-reason audit narrowed (DECISIONS.md, "The refusal-reason audit"). By category:

- ``limited-truce``: a truce said to hold only in part of the land is ``local``: "the
  ceasefire applies only to northern Shan State", "the truce is limited to / confined to the
  border districts", "a pause of two or three days on some fronts", "a halt in parts of the
  province". Still refused (a plain truce, no wording for local): a limit of the fighting, not
  of the truce ("the truce held, but fighting went on only in the north"), a negated limit
  ("not only to the north but to the whole country"), a whole ("the whole country, not only
  the capital"), and a truce with no limit at all.

Run ``python tests/data/make_audit23_cases.py`` to rebuild it. Every article below was written
for this set (fictional outlets and people, public bodies in invented sentences); each verdict
is what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ANY, SUPPORTED, SupportCases

OUT = Path(__file__).with_name("grounding_audit23.jsonl")

LEADS = [
    "MANDALAY (Irrawaddy Post) -",
    "Live: talks on the truce, day 2",
    "The Harbour Ledger | World",
    "Briefing: what was agreed",
    "Dépêche Sahel Info",
    "Evening bulletin",
]
built = SupportCases("au23", LEADS)
OK, NO = True, False
L = "limited-truce"


def local(sentence: str, expect: bool, why: str) -> None:
    if expect:
        built.graded_truce(L, "local", [sentence], OK, SUPPORTED, why, path="kind")
    else:
        built.graded_fact(L, "ceasefires", "kind", "local", [sentence], NO, ANY, why)


# --- must pass: the truce's reach is limited to a part -------------------------------------
local(
    "According to people close to the alliance, the Kunming ceasefire took effect on January "
    "11 and applies only to northern Shan State, not to Rakhine.",
    OK, "'applies only to northern Shan State'",
)  # fmt: skip
local(
    "She said Moscow had offered a pause of two or three days on some fronts to collect the "
    "dead, which Kyiv rejected as too short.",
    OK, "'on some fronts'",
)  # fmt: skip
local(
    "The truce agreed on Sunday is limited to the border districts around Kassala.",
    OK, "'limited to the border districts'",
)  # fmt: skip
local(
    "Officials said the ceasefire was confined to the port city of Hodeidah and its outskirts.",
    OK, "'confined to the port city'",
)  # fmt: skip
local(
    "The humanitarian pause holds only in the old town, a spokesman for the monitors, Rania "
    "Haddad, said.",
    OK, "'holds only in the old town'",
)  # fmt: skip
local(
    "Under the deal, the armistice is restricted to the three valleys north of the river.",
    OK, "'restricted to the three valleys'",
)  # fmt: skip
local(
    "A truce announced by the army covers only parts of the province, the governor said.",
    OK, "'covers only parts of the province'",
)  # fmt: skip
local(
    "Commanders on both sides observed a halt in some sectors of the front on Tuesday night.",
    OK, "'in some sectors of the front'",
)  # fmt: skip
local(
    "The moratorium on shelling, which applies only along the eastern frontline, began at "
    "dawn.",
    OK, "'applies only along the eastern frontline'",
)  # fmt: skip
local(
    "The ceasefire, brokered by Qatari envoy Khalid Al-Mansouri, is in force only in the "
    "southern districts of the city.",
    OK, "'in force only in the southern districts'",
)  # fmt: skip
local(
    "Rebels said the lull would hold in certain areas near the airport until Friday.",
    OK, "'in certain areas near the airport'",
)  # fmt: skip
local(
    "The local commanders' truce was, in the words of mediator Ana Duarte, limited to a few "
    "villages on the plateau.",
    OK, "'limited to a few villages'",
)  # fmt: skip

# --- must fail: no limit of the truce's own reach -------------------------------------------
local(
    "The ceasefire held overnight, but fighting went on only in the north, residents said.",
    NO, "the fighting's place, not the truce's",
)  # fmt: skip
local(
    "The truce applies not only to the north but to the whole country, the minister said.",
    NO, "'not only': the whole country",
)  # fmt: skip
local(
    "The ceasefire applies to the whole country, not only to the capital, the envoy said.",
    NO, "the whole country, 'not only' the capital",
)  # fmt: skip
local(
    "The government and the rebels signed a ceasefire in Doha on Monday.",
    NO, "a truce signed at a venue, no limit",
)  # fmt: skip
local(
    "The truce took effect at midnight, and shelling continued only on some fronts.",
    NO, "the shelling's fronts, not the truce's",
)  # fmt: skip
local(
    "A ceasefire was declared after clashes confined to the border districts.",
    NO, "the clashes were confined, not the truce",
)  # fmt: skip
local(
    "The army announced a ceasefire; attacks were later reported only in the east.",
    NO, "another clause: the attacks' place",
)  # fmt: skip
local(
    "The pause was agreed by the two presidents, Amara Diallo and Jean-Paul Mbeki, in Lomé.",
    NO, "a venue of the agreement, no limit",
)  # fmt: skip
local(
    "The ceasefire covers every province of the country, mediator Sven Lindqvist said.",
    NO, "every province: the whole",
)  # fmt: skip
local(
    "The armistice, signed in 1953, was never limited to the peninsula's western coast.",
    NO, "'never limited to'",
)  # fmt: skip
local(
    "The truce has held since March, only to break down briefly in some districts last week.",
    NO, "'only to break down': no limit of where it holds",
)  # fmt: skip


def full(sentence: str, why: str) -> None:
    built.graded_truce(L, "full", [sentence], OK, SUPPORTED, why, path="kind")


# --- review s23c: a part of the land in another clause limits nothing -----------------------
full(
    "The countrywide truce began at dawn, and relief lorries started reaching villages in "
    "parts of the south.",
    "the lorries reach parts of the south; the truce is countrywide",
)  # fmt: skip
full(
    "The truce, which took hold across the country on Thursday, let farmers go back to their "
    "fields in several districts.",
    "a clause of its own after the truce's comma",
)  # fmt: skip
full(
    "The nationwide ceasefire has held for a week, with shops reopening in certain towns.",
    "'nationwide'; the shops' towns",
)  # fmt: skip
full(
    "A nationwide halt to the fighting was agreed in Addis Ababa, and militias withdrew on "
    "some fronts.",
    "the militias' fronts",
)  # fmt: skip
full(
    "The ceasefire covers the entire country, though it is best kept in parts of the west.",
    "'the entire country'",
)  # fmt: skip
local(
    "The countrywide truce began at dawn, and relief lorries started reaching villages in "
    "parts of the south.",
    NO, "the truce is countrywide; the lorries reach parts",
)  # fmt: skip
local(
    "The truce, which took hold across the country on Thursday, let farmers return to their "
    "fields in several districts.",
    NO, "across the country; the farmers' districts",
)  # fmt: skip
local(
    "A nationwide halt to the fighting was agreed in Addis Ababa, and militias withdrew on "
    "some fronts.",
    NO, "nationwide; the militias' fronts",
)  # fmt: skip
local(
    "The ceasefire was signed in Juba, and the army pulled back in some districts.",
    NO, "the army's districts, another clause",
)  # fmt: skip
local(
    "The ceasefire is in force in certain areas of Darfur, the envoy told the council.",
    OK, "'in force in certain areas'",
)  # fmt: skip


TA = "turn-announcer"


def turn(expect: bool, paragraph: str, sentence: str, who: str, why: str, before: str = "") -> None:
    fact = {"status": "agreed", "reported_by": who, "evidence": [sentence]}
    built.add(
        TA, expect, why, built.page(before, paragraph), {"ceasefires": [fact]},
        "ceasefires[0].reported_by",
    )  # fmt: skip


# --- must pass: the turn's speaker reports it -----------------------------------------------
s = "The two sides reached a formal ceasefire agreement."
turn(OK, f"Mao Ning: Talks were held in Kunming on January 10 and 11. {s}", s, "Mao Ning",
     "Mao Ning's turn")  # fmt: skip
s = "The parties have agreed to a ceasefire starting at noon on Saturday."
turn(OK, f"A (Lin Jian): {s} China welcomes this.", s, "Lin Jian", "the answer mark's speaker")
s = "Both sides agreed to halt fire along the line of contact from midnight."
turn(OK, f"* Maria Zakharova: {s}", s, "Maria Zakharova", "a list-marked label")
s = "This morning the two delegations signed a truce that takes effect tonight."
turn(OK, f"Ned Price (State Department): Good afternoon. {s}", s, "Ned Price",
     "a label with a bracketed role")  # fmt: skip
s = "The ceasefire was agreed in Doha overnight and will be monitored by Qatar."
turn(OK, f"Kirby: {s}", s, "John Kirby", "a surname label for the full name")
s = "Let me confirm that a humanitarian pause of three days has been agreed."
turn(OK, f"Answer (Wang Wenbin): {s}", s, "Wang Wenbin", "'Answer (...)'")
s = "The army and the rebels accepted the truce at 6 a.m."
turn(OK, f"Colonel Amadou Keita: {s} Our observers are on the ground.", s, "Amadou Keita",
     "a rank in the label")  # fmt: skip
s = "Under the deal, the guns fall silent on both sides of the river from Friday."
turn(OK, f"Sofia Lindberg (mediator): Thank you all for coming. {s}", s, "Sofia Lindberg",
     "the second sentence of the turn")  # fmt: skip
s = "The government and the alliance agreed to an immediate ceasefire."
turn(OK, f"- Dmitry Peskov: {s}", s, "Dmitry Peskov", "a dash-marked label")
s = "I can tell you that the truce has been signed by both commanders."
turn(OK, f"Haddad: {s}", s, "Rania Haddad", "a surname label",
     before="Rania Haddad, spokeswoman for the monitors, answered questions.")  # fmt: skip
s = "We have reached a ceasefire with the Eastern command, effective immediately."
turn(OK, f"Ahmed Yusuf: {s}", s, "Ahmed Yusuf", "a one-line turn")

# --- must fail: no turn of the value's own reports it ----------------------------------------
s = "Has the ceasefire in northern Shan State taken effect yet?"
turn(NO, f"Mao Ning: {s}", s, "Mao Ning", "a question")
s = "I have no information on a ceasefire between Mao Ning's counterparts and the rebels."
turn(NO, f"Mao Ning: {s}", s, "Mao Ning", "a negation: she reports none")
s = "The two sides reached a ceasefire, and Mao Ning's team will brief you later."
turn(NO, f"Lin Jian: {s}", s, "Mao Ning", "another speaker's turn, naming her team")
s = "Mao Ning, has the truce in Rakhine been signed by both sides?"
turn(NO, f"Q: {s}", s, "Mao Ning", "'Q:' names no one; a question to her")
s = "The ceasefire took effect at dawn, a day after Peskov's visit to the front."
turn(NO, f"Zakharova: {s}", s, "Dmitry Peskov", "Zakharova's turn; Peskov only visited")
s = "Both sides signed a truce this morning, with Ned Price at the table."
turn(NO, f"Reporter (AFP): {s}", s, "Ned Price", "a reporter's turn; Price only present")
s = "The two sides reached a ceasefire, the ministry's website said later."
turn(NO, s, s, "Mao Ning", "a paragraph no label opens", before="Mao Ning: Thank you.")
s = "The truce Sofia Lindberg brokered did not take effect on Friday."
turn(NO, f"Sofia Lindberg: {s}", s, "Sofia Lindberg", "a negation in her turn")
s = "Kirby never confirmed the ceasefire that Qatar announced."
turn(NO, f"Ahmed Yusuf: {s}", s, "John Kirby", "another speaker's turn")
s = "Did Wang Wenbin's office agree to the pause of three days?"
turn(NO, f"Wang Wenbin: {s}", s, "Wang Wenbin", "a question in his own turn")
s = "Colonel Keita said the army and the rebels accepted the truce."
turn(NO, f"Note: {s}", s, "Rania Haddad", "'Note:' and another's words")

# --- review s23c: a label that relays another's word, or names no speaker --------------------
s = "Both armies agreed a 72-hour halt along the river, the Egyptian foreign ministry said."
turn(NO, f"Sudan: {s}", s, "Sudan", "a digest's country label; the ministry said it")
s = "The rebels and the army agreed a truce on Tuesday, according to Kenyan mediators."
turn(NO, f"* Ethiopia: {s}", s, "Ethiopia", "'according to' the mediators")
s = "Israel and Hamas agreed to extend the pause by a day, Egypt said."
turn(NO, f"March 4: {s}", s, "March", "a date label")
s = "The two sides agreed a holiday truce, Erdogan told reporters."
turn(NO, f"Ruto: {s}", s, "William Ruto", "Erdogan told it; the label is Ruto's")
s = "Armenia and Azerbaijan agreed a ceasefire, the Russian defence ministry reported."
turn(NO, f"Armenia-Azerbaijan: {s}", s, "Armenia", "a topic label of a pair")
s = "We have agreed a truce with the northern command from tonight."
turn(OK, f"- Amina Diallo (army spokeswoman): {s}", s, "Amina Diallo",
     "her own words, no source credited")  # fmt: skip


def build_cases() -> list[dict]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
