# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of check 46's meetings told without a meeting verb
(``grounding_meetings46.jsonl``), by category, each with what must pass and what must fail:

- ``act-held``: a meeting told by an act the parties did together, in the past ("received X
  for a second round of talks", "was a guest of X", "stood beside X", "at X's side", "dined
  with X", "X and Y signed the accord") is *held*; the same act still to come ("will host X",
  "is due to dine with X"), denied ("did not receive X") or told of other people, or a held act
  given a planned, postponed or cancelled status, fails;
- ``act-place``: the place of such an act, after "in / at" (through a venue and its city: "at
  the Corinthia hotel in Tripoli") or fronted ("In Kabul, X stood beside Y"), or the place
  travelled to for a meal with a party ("flew to Riga for a dinner with X"), is the meeting's;
  a place of another act in the sentence (where someone was born, lives, studied, died) or the
  place left from fails;
- ``elsewhere``: a place given another role in the evidence (where a party died or lives, a
  venue foreseen and then given up) fails outright when the evidence places the meeting
  somewhere else; the place the evidence does place it at passes.

Run ``python tests/data/make_meetings46_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, or real bodies in invented sentences);
each verdict is what a careful fact-checker reads in the text, decided when the case was
written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import STRONG, SupportCases

OUT = Path(__file__).with_name("grounding_meetings46.jsonl")

built = SupportCases(
    "m46",
    leads=[
        "LIMA (Andes Wire) -",
        "By Okonkwo Adeyemi | The Harbour Courier",
        "VILNIUS, 3 March (Baltic Press Agency) --",
        "WORLD NEWS | The Prairie Sentinel",
        "From our Nairobi correspondent.",
        "OSLO -",
    ],
)
HELD, PLACE, ELSEWHERE = "act-held", "act-place", "elsewhere"


def _add(category: str, expect: bool, strength: str | None, why: str, text: str,
         facts: dict[str, object], path: str) -> None:  # fmt: skip
    """A case; a must-fail one with ``strength`` STRONG asks for an unsupported flag."""
    if strength is None:
        built.add(category, expect, why, text, facts, path)
    else:
        built.graded(category, expect, strength, why, text, facts, path)


def status(expect: bool, why: str, evidence: list[str], value: str, parties: list[str],
           strength: str | None = STRONG) -> None:  # fmt: skip
    """A summit of ``parties`` whose status is ``value``; a must-fail one is refused outright
    unless ``strength`` is None (refused at either strength)."""
    item = {"parties": parties, "status": value, "evidence": evidence}
    _add(HELD, expect, None if expect else strength, f"status {value!r}: {why}",
         built.page(*evidence), {"summits": [item]}, "summits[0].status")  # fmt: skip


def place(category: str, expect: bool, why: str, evidence: list[str], value: str,
          parties: list[str], strength: str | None = STRONG) -> None:  # fmt: skip
    """A held summit of ``parties`` whose place is ``value`` (a must-fail one refused outright
    unless ``strength`` is None)."""
    item = {"parties": parties, "status": "held", "planned_location": value, "evidence": evidence}
    _add(category, expect, None if expect else strength, f"planned_location {value!r}: {why}",
         built.page(*evidence), {"summits": [item]}, "summits[0].planned_location")  # fmt: skip


# --- act-held: an act done together, in the past ------------------------------------------

S1 = "President Adama Keita received Prime Minister Lena Vos at the presidential palace on Tuesday for a third round of talks in a week."
status(True, "received for talks, in the past", [S1], "held", ["Adama Keita", "Lena Vos"])
status(
    False, "received in the past: not still planned", [S1], "scheduled", ["Adama Keita", "Lena Vos"]
)
S2 = "Last month the former chancellor was a guest of King Harald Mbeki at the Royal Lodge in Mbabane."
status(
    True, "a guest of the king, last month", [S2], "held", ["Harald Mbeki", "the former chancellor"]
)
status(
    False,
    "the guest visit was held, not cancelled",
    [S2],
    "cancelled",
    ["Harald Mbeki", "the former chancellor"],
)
S3 = "In Kigali, Defence Minister Ruth Abara and envoy Pieter Kroon stood beside President Celestin Habimana as the two governments issued a joint communique."
status(
    True,
    "stood beside the president",
    [S3],
    "held",
    ["Ruth Abara", "Pieter Kroon", "Celestin Habimana"],
)
status(
    False,
    "stood beside: held, not proposed",
    [S3],
    "proposed",
    ["Ruth Abara", "Pieter Kroon", "Celestin Habimana"],
)
S4 = "In June 1987 she was at Gorbachev's side in Reykjavik when he and the American president shook hands on the draft."
status(
    True, "at his side when they shook hands", [S4], "held", ["Gorbachev", "the American president"]
)
S5 = "That night the Nordic ministers flew to Riga for a working dinner with Ms Ozola."
status(True, "flew for a dinner with her", [S5], "held", ["Nordic ministers", "Ms Ozola"])
status(
    False,
    "the dinner took place; not postponed",
    [S5],
    "postponed",
    ["Nordic ministers", "Ms Ozola"],
)
S6 = "Envoy Tomas Berg and rebel commander Idris Saleh signed the accord at the Corinthia hotel in Tripoli, with UN officials looking on."
status(True, "the two signed the accord", [S6], "held", ["Tomas Berg", "Idris Saleh"])
status(False, "signed: held, not scheduled", [S6], "scheduled", ["Tomas Berg", "Idris Saleh"])
S7 = "Premier Wen Hao hosted Chancellor Greta Lind on Monday evening in the gardens of the old governor's residence, where the two walked and took tea."
status(True, "hosted, took tea", [S7], "held", ["Wen Hao", "Greta Lind"])
S8 = "Prime Minister Aiko Mori lunched with President Ruiz in Lima on Saturday before flying home."
status(True, "lunched with the president", [S8], "held", ["Aiko Mori", "Ruiz"])
S9 = "Sheikh Hamad welcomed the visiting Kenyan president, William Otieno, to his palace on Sunday."
status(True, "welcomed to his palace", [S9], "held", ["Sheikh Hamad", "William Otieno"])
S10 = "President Dlamini will host Prime Minister Varga in Pretoria next month, officials said."
status(False, "the hosting is still to come", [S10], "held", ["Dlamini", "Varga"])
status(True, "will host: scheduled", [S10], "scheduled", ["Dlamini", "Varga"])
S11 = "The foreign minister is due to dine with Mr Tanaka in Osaka on Friday."
status(False, "the dinner is still to come", [S11], "held", ["foreign minister", "Mr Tanaka"])
S12 = "The king did not receive Mr Halloran during his stay, aides confirmed."
status(False, "the reception is denied", [S12], "held", ["king", "Mr Halloran"], None)
S13 = "Mr Costa hopes to be a guest of President Lula in Brasilia before the summer."
status(False, "the guest visit is only hoped for", [S13], "held", ["Mr Costa", "President Lula"])
S14 = "The two defence chiefs are expected to sign the pact in Manila on Thursday."
status(False, "the signing is still expected", [S14], "held", ["defence chiefs"])
S15 = "Mayor Ines Duarte will receive the Portuguese cycling team in Porto on Wednesday."
status(
    False,
    "the reception is still to come",
    [S15],
    "held",
    ["Ines Duarte", "Portuguese cycling team"],
)
S16 = "Her deputy stood beside the coffin of the late senator during the service in Cebu."
S22 = "The envoys are to have lunch with General Okello in Gulu next week."
status(False, "the lunch is still to come", [S22], "held", ["envoys", "Okello"])

S25 = "Last week the former premier was back in Seoul, a guest of President Yoon at the Blue House."
status(
    True,
    "an aside after a past clause: was back, a guest of",
    [S25],
    "held",
    ["Yoon", "former premier"],
)
S26 = "Next week the former premier will be back in Seoul, a guest of President Yoon at the Blue House."
status(
    False, "the aside after a clause still to come", [S26], "held", ["Yoon", "former premier"], None
)

# --- act-place: the place of the act ------------------------------------------------------

place(
    PLACE,
    True,
    "received at the palace: the venue",
    [S1],
    "the presidential palace",
    ["Adama Keita", "Lena Vos"],
)
place(
    PLACE,
    True,
    "a guest at the Royal Lodge",
    [S2],
    "the Royal Lodge",
    ["Harald Mbeki", "the former chancellor"],
)
place(PLACE, True, "the lodge's city", [S2], "Mbabane", ["Harald Mbeki", "the former chancellor"])
place(
    PLACE,
    True,
    "fronted: In Kigali, stood beside",
    [S3],
    "Kigali",
    ["Ruth Abara", "Pieter Kroon", "Celestin Habimana"],
)
place(
    PLACE,
    True,
    "at his side in Reykjavik",
    [S4],
    "Reykjavik",
    ["Gorbachev", "the American president"],
)
place(
    PLACE,
    True,
    "flew to Riga for a dinner with her",
    [S5],
    "Riga",
    ["Nordic ministers", "Ms Ozola"],
)
place(
    PLACE, True, "signed at the hotel", [S6], "the Corinthia hotel", ["Tomas Berg", "Idris Saleh"]
)
place(
    PLACE,
    True,
    "signed at the hotel in Tripoli: the city",
    [S6],
    "Tripoli",
    ["Tomas Berg", "Idris Saleh"],
)
place(PLACE, True, "lunched with the president in Lima", [S8], "Lima", ["Aiko Mori", "Ruiz"])
S17 = "Mr Okafor, who studied in Leeds, was a guest of Ms Brandt at her residence in Hamburg on Tuesday."
place(
    PLACE,
    True,
    "the guest's place, beside his studies' place",
    [S17],
    "Hamburg",
    ["Okafor", "Brandt"],
)
place(PLACE, False, "where he studied", [S17], "Leeds", ["Okafor", "Brandt"])
S18 = "After landing from Nairobi, President Mwangi dined with the Ethiopian premier at the Sheraton in Addis Ababa."
place(
    PLACE,
    True,
    "dined with him in Addis Ababa",
    [S18],
    "Addis Ababa",
    ["Mwangi", "Ethiopian premier"],
)
place(PLACE, False, "the place he flew from", [S18], "Nairobi", ["Mwangi", "Ethiopian premier"])
S19 = (
    "Born in Tbilisi, the envoy stood beside President Kerimov in Baku as the declaration was read."
)
place(PLACE, True, "stood beside him in Baku", [S19], "Baku", ["the envoy", "Kerimov"])
place(PLACE, False, "his birthplace", [S19], "Tbilisi", ["the envoy", "Kerimov"])
S20 = "Ms Suzuki, who lives in Kyoto, hosted the Korean minister in Tokyo on Monday."
place(PLACE, True, "hosted him in Tokyo", [S20], "Tokyo", ["Suzuki", "Korean minister"])
place(PLACE, False, "where she lives", [S20], "Kyoto", ["Suzuki", "Korean minister"])
place(
    PLACE,
    False,
    "the place of the act left out: Lima is not in it",
    [S1],
    "Lima",
    ["Adama Keita", "Lena Vos"],
)
place(
    PLACE,
    False,
    "where the coffin stood: no meeting",
    [S16],
    "Cebu",
    ["Maria Lopez", "Jose Reyes"],
    None,
)
S21 = "The ministers signed the accord in Geneva after the talks had first been planned for Vienna."
place(PLACE, False, "the place first planned", [S21], "Vienna", ["ministers"])
place(PLACE, True, "signed in Geneva", [S21], "Geneva", ["ministers"])
place(
    PLACE,
    False,
    "the hosting is elsewhere: Accra is her home town",
    [
        "Ms Boateng, a native of Accra, received the Togolese president at her office in Kumasi on Friday."
    ],
    "Accra",
    ["Boateng", "Togolese president"],
)

S23 = "Mr Rahimi, who grew up in Herat, welcomed the Uzbek delegation in Mazar-i-Sharif on Sunday."
place(PLACE, True, "welcomed them there", [S23], "Mazar-i-Sharif", ["Rahimi", "Uzbek delegation"])
place(PLACE, False, "where he grew up", [S23], "Herat", ["Rahimi", "Uzbek delegation"])
S24 = "Flying in from Muscat, the envoy was the emir's guest at the Amiri Diwan in Doha on Monday."
place(PLACE, True, "the emir's guest in Doha", [S24], "Doha", ["the envoy", "emir"])
place(PLACE, False, "the city he flew in from", [S24], "Muscat", ["the envoy", "emir"])

# --- elsewhere: another role of the place, the meeting placed somewhere else -------------

E1 = [
    "The former diplomat died on Monday at his home in Aspen, Colorado, aged 96.",
    "Only in March he was a guest of President Sato at the Akasaka Palace in Tokyo.",
]
place(
    ELSEWHERE,
    False,
    "where he died; the meeting was in Tokyo",
    E1,
    "Aspen, Colorado",
    ["Sato", "the former diplomat"],
)
place(ELSEWHERE, True, "the palace's city", E1, "Tokyo", ["Sato", "the former diplomat"])
place(ELSEWHERE, True, "the palace", E1, "the Akasaka Palace", ["Sato", "the former diplomat"])
E2 = [
    "The Africa-Caribbean Forum, whose holding in the city of Lagos had been foreseen for May, was held on Saturday in the city of Accra after a delay of a year."
]
place(ELSEWHERE, False, "the venue foreseen and given up", E2, "Lagos", ["Africa-Caribbean Forum"])
place(ELSEWHERE, True, "held in the city of Accra", E2, "Accra", ["Africa-Caribbean Forum"])
E3 = ["The talks, which had been scheduled to take place in Bern, were held on Thursday in Zurich."]
place(ELSEWHERE, False, "the venue given up", E3, "Bern", ["Swiss mediators"])
place(ELSEWHERE, True, "held in Zurich instead", E3, "Zurich", ["Swiss mediators"])
E4 = [
    "The veteran negotiator, who lives in Bruges, received the Flemish delegation in Brussels on Friday."
]
place(
    ELSEWHERE, False, "where he lives", E4, "Bruges", ["veteran negotiator", "Flemish delegation"]
)
place(
    ELSEWHERE,
    True,
    "received them in Brussels",
    E4,
    "Brussels",
    ["veteran negotiator", "Flemish delegation"],
)
E5 = [
    "The summit was held in the town of Kasane, on the Chobe river, after a first plan for Gaborone had been dropped."
]
place(ELSEWHERE, True, "held in the town of Kasane", E5, "Kasane", ["Botswana", "Namibia"])
place(ELSEWHERE, False, "the plan dropped", E5, "Gaborone", ["Botswana", "Namibia"])
E6 = [
    "Senator Hale, who died in Reno last year, is remembered here.",
    "The two leaders met on Sunday at the Palacio de Carondelet in Quito.",
]
place(ELSEWHERE, False, "where a senator died", E6, "Reno", ["two leaders"])
place(ELSEWHERE, True, "met at the palace in Quito", E6, "Quito", ["two leaders"])
E7 = [
    "Ms Adler was born in Graz.",
    "On Wednesday she hosted the Slovene premier at the chancellery in Vienna.",
]
place(ELSEWHERE, False, "her birthplace", E7, "Graz", ["Adler", "Slovene premier"])
place(
    ELSEWHERE,
    True,
    "hosted at the chancellery in Vienna",
    E7,
    "Vienna",
    ["Adler", "Slovene premier"],
)
E8 = [
    "The forum, first foreseen for the port city of Mombasa, was held in the city of Kisumu on 12 October."
]
place(ELSEWHERE, False, "the port first foreseen", E8, "Mombasa", ["forum"])
place(ELSEWHERE, True, "held in the city of Kisumu", E8, "Kisumu", ["forum"])
E9 = [
    "Mr Ivanov, who retired to Varna, flew to Sofia for a lunch with the prime minister on Tuesday."
]
place(ELSEWHERE, False, "where he retired", E9, "Varna", ["Ivanov", "prime minister"])
place(
    ELSEWHERE,
    True,
    "flew to Sofia for lunch with the premier",
    E9,
    "Sofia",
    ["Ivanov", "prime minister"],
)
E10 = [
    "The envoy was buried in Cork in 2019.",
    "Years earlier he had been at the taoiseach's side in Belfast when the deal was signed.",
]
place(ELSEWHERE, False, "where he was buried", E10, "Cork", ["the envoy", "taoiseach"])
place(ELSEWHERE, True, "at his side in Belfast", E10, "Belfast", ["the envoy", "taoiseach"])


# A refusal of the act is no meeting planned ("refused to receive", "declined to host"), and a
# signing done apart ("separately", "in their respective capitals") is no meeting held.
for held_or_planned, why, sentence, value, parties in [
    (False, "refused to receive", "Chancellor Ida Brandt refused to receive President Omar Diallo"
     " in Bonn on Monday.", "scheduled", ["Ida Brandt", "Omar Diallo"]),
    (False, "declined to host", "King Harald Mbeki declined to host Foreign Minister Rosa Lind at"
     " the palace this week.", "scheduled", ["Harald Mbeki", "Rosa Lind"]),
    (False, "has refused to receive", "Premier Jun Sato has refused to receive envoy Tenzin Dorje.",
     "proposed", ["Jun Sato", "Tenzin Dorje"]),
    (False, "rejected calls to welcome", "President Maria Costa rejected calls to welcome Prime"
     " Minister Ivo Petrov in Sofia.", "scheduled", ["Maria Costa", "Ivo Petrov"]),
    (False, "signed separately", "Envoy Tomas Berg and commander Idris Saleh signed the accord"
     " separately in their capitals on Friday.", "held", ["Tomas Berg", "Idris Saleh"]),
    (False, "signed in their respective capitals", "The two ministers, Ana Gil and Ravi Nair,"
     " signed the pact in their respective capitals on Monday.", "held", ["Ana Gil", "Ravi Nair"]),
    (True, "received after refusing for months", "Chancellor Ida Brandt received President Omar"
     " Diallo in Bonn on Monday after refusing for months.", "held", ["Ida Brandt", "Omar Diallo"]),
    (True, "who declined to comment, will host", "King Harald Mbeki, who declined to comment, will"
     " host Foreign Minister Rosa Lind next week.", "scheduled", ["Harald Mbeki", "Rosa Lind"]),
    (True, "signed together", "Ana Gil and Ravi Nair signed the pact together in Geneva on"
     " Tuesday.", "held", ["Ana Gil", "Ravi Nair"]),
    (True, "signed by video link", "Envoy Tomas Berg and commander Idris Saleh signed the truce by"
     " video link on Friday.", "held", ["Tomas Berg", "Idris Saleh"]),
    (True, "will receive, rejecting calls to postpone", "President Maria Costa will receive Prime"
     " Minister Ivo Petrov in Sofia, rejecting calls to postpone.", "scheduled",
     ["Maria Costa", "Ivo Petrov"]),
]:  # fmt: skip
    status(held_or_planned, why, [sentence], value, parties, None)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
