# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of check 47's "who met, who took which side" cases (``grounding_meetings47.jsonl``),
by category, each with what must pass and what must fail:

- ``owned-party``: a meeting's party named only as the owner of the person met ("met Obama's
  envoy", "an aide to Prime Minister Sharma", "the spokesman for Chancellor Weber", "a
  delegation sent by President Tinubu", "Reyes' deputy", "Dlamini's widow") is no party, and
  refused outright; the same owner named once in their own right ("met Obama and his envoy",
  "Weber's spokesman said" after "met Weber"), or owning an event noun ("Ruiz's meeting with
  Lindqvist", "King Farid's visit"), passes;
- ``other-pair``: a party named only as a side of another pair's meeting clause in the same
  evidence ("Lee met Ishiba; Yoon, his predecessor, had met Kishida", "a month after Arce had
  held talks with Noboa") is refused outright; the pair the fact does give, a side met by
  two of the parties, a pronoun ("Kagame had hosted him"), a country host ("Japan hosted
  Modi") or a subject left out ("and then met Kuleba") pass;
- ``condition-side``: ``supports_with_conditions`` for a party named only inside another
  party's condition ("Hamas would accept it if Israel withdrew; Israel rejected it", "as long as
  Russia does the same") is refused outright; the condition's holder, and a party with a
  condition of its own in the same evidence, pass;
- ``stand-in-place``: the place where the parties' ministers, envoys, aides or negotiators met
  ("four days after their foreign ministers had met in Ankara", "their envoys had met in
  Vigo", "negotiators from both governments had met in Darwin") is refused outright for the
  leaders' meeting; the leaders' own place, and a place where the leaders met with their
  ministers, pass.

Run ``python tests/data/make_meetings47_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, or real leaders in invented sentences);
each verdict is what a careful fact-checker reads in the text, decided when the case was
written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import STRONG, SupportCases

OUT = Path(__file__).with_name("grounding_meetings47.jsonl")

built = SupportCases(
    "m47",
    leads=[
        "NAIROBI (East Africa Wire) -",
        "By Ingrid Solberg | The Fjord Herald",
        "MANILA, 12 June (Archipelago News Agency) --",
        "DIPLOMACY | The Lakeside Observer",
        "From our Brussels bureau.",
        "SEOUL -",
        "Reporting by Tomas Varga, Danube Daily",
    ],
)
OWNED, PAIR, CONDITION, PLACE = "owned-party", "other-pair", "condition-side", "stand-in-place"
SWC = "supports_with_conditions"


def party(
    category: str, expect: bool, why: str, sentence: str, parties: list[str], who: int
) -> None:
    """A held summit of ``parties`` backed by ``sentence``, party ``who`` checked; a must-fail
    one is refused outright."""
    item = {"parties": parties, "status": "held", "evidence": [sentence]}
    path = f"summits[0].parties[{who}]"
    why = f"party {parties[who]!r}: {why}"
    if expect:
        built.add(category, True, why, built.page(sentence), {"summits": [item]}, path)
    else:
        built.graded(category, False, STRONG, why, built.page(sentence), {"summits": [item]}, path)


def side(expect: bool, why: str, sentence: str, who: str, stance: str = SWC) -> None:
    """A truce on which ``who`` takes ``stance``, the stance checked; a must-fail one refused
    outright."""
    position = {"party": who, "stance": stance, "evidence": [sentence]}
    facts = {
        "ceasefires": [{"status": "proposed", "positions": [position], "evidence": [sentence]}]
    }
    path = "ceasefires[0].positions[0].stance"
    why = f"{who} {stance}: {why}"
    if expect:
        built.add(CONDITION, True, why, built.page(sentence), facts, path)
    else:
        built.graded(CONDITION, False, STRONG, why, built.page(sentence), facts, path)


# --- owned-party: the owner of the one met ----------------------------------------------

O1 = "President Joe Biden met former President Barack Obama's envoy, not Obama himself, before hosting Xi."
O2 = "Chancellor Marta Lindqvist received President Ruiz's special envoy in Stockholm on Monday."
O3 = "Prime Minister Kofi Mensah held talks with the foreign minister of President Aline Dube in Accra."
O4 = "Erdogan sat down with an aide to Prime Minister Ravi Sharma on the sidelines of the forum."
O5 = "King Farid met Governor Paula Reyes' deputy at the palace on Sunday."
O6 = "Premier Chen Wei hosted Nkosana Dlamini's widow at the state guesthouse."
O7 = "Macron welcomed a delegation sent by President Tinubu to the Elysee on Wednesday."
O8 = "Meloni met the spokesman for Chancellor Weber in Rome on Thursday."
O9 = "The Pope received Mr Okafor's son, who carried a letter from his father."
O10 = "Ishiba met Yoon's national security adviser in Tokyo for ninety minutes."
O11 = "Lula's chief negotiator sat down with President Sheinbaum in Mexico City."
for text, parties, who in (
    (O1, ["Biden", "Barack Obama"], 1), (O2, ["Marta Lindqvist", "Ruiz"], 1),
    (O3, ["Kofi Mensah", "Aline Dube"], 1), (O4, ["Erdogan", "Ravi Sharma"], 1),
    (O5, ["King Farid", "Paula Reyes"], 1), (O6, ["Chen Wei", "Nkosana Dlamini"], 1),
    (O7, ["Macron", "Tinubu"], 1), (O8, ["Meloni", "Weber"], 1),
    (O9, ["Pope", "Okafor"], 1), (O10, ["Ishiba", "Yoon"], 1), (O11, ["Lula", "Sheinbaum"], 0),
):  # fmt: skip
    party(OWNED, False, "named only as the owner of the one met", text, parties, who)

for text, parties, who, why in (
    ("President Joe Biden met former President Barack Obama and his envoy before hosting Xi.", ["Biden", "Barack Obama"], 1, "met in person, with his envoy"),
    ("Chancellor Marta Lindqvist received President Ruiz and his special envoy in Stockholm on Monday.", ["Marta Lindqvist", "Ruiz"], 1, "received in person"),
    ("President Ruiz's meeting with Chancellor Marta Lindqvist in Stockholm lasted two hours.", ["Marta Lindqvist", "Ruiz"], 1, "owner of the meeting itself"),
    ("Prime Minister Kofi Mensah's talks with President Aline Dube in Accra ended without a deal.", ["Kofi Mensah", "Aline Dube"], 0, "owner of the talks"),
    ("Erdogan sat down with Prime Minister Ravi Sharma's delegation, led by Sharma himself.", ["Erdogan", "Ravi Sharma"], 1, "led the delegation himself"),
    ("King Farid's visit to Governor Paula Reyes in Manila was his first trip abroad.", ["King Farid", "Paula Reyes"], 0, "owner of the visit"),
    ("Macron welcomed Tinubu, and Tinubu's foreign minister joined them later.", ["Macron", "Tinubu"], 1, "welcomed in person"),
    ("Meloni met Weber in Rome; Weber's spokesman said the talks went well.", ["Meloni", "Weber"], 1, "met in person; the spokesman only spoke"),
    ("Ishiba met Yoon in Tokyo, Yoon's office said.", ["Ishiba", "Yoon"], 1, "met in person"),
    ("Premier Chen Wei hosted Nkosana Dlamini at the state guesthouse, Dlamini's first visit in a decade.", ["Chen Wei", "Nkosana Dlamini"], 1, "hosted in person"),
    ("Lavrov met Secretary of State Marco Rubio in Riyadh for four and a half hours.", ["Lavrov", "Marco Rubio"], 1, "a title with 'of', no owner"),
):  # fmt: skip
    party(OWNED, True, why, text, parties, who)

# fix23b: an owned stand-in who only relays the news, or a pronoun putting the owner in the
# meeting, leaves the owner a party; "chief of staff" is a stand-in; a stand-in met who then
# speaks ("met X's envoy, who said") still is the one met.
for text, parties, who, why in (
    ("Erdogan's spokesman said the president would meet Putin in Sochi on Friday.", ["Putin", "Erdogan"], 1, "the spokesman only relays"),
    ("Prime Minister Ravi Sharma's office and his spokeswoman, Meera Iyer, said he would host Dube.", ["Aline Dube", "Ravi Sharma"], 1, "the spokeswoman only relays"),
    ("President Ruiz's aides told reporters his talks with Lindqvist in Stockholm had been frank.", ["Marta Lindqvist", "Ruiz"], 1, "the aides relay; his talks"),
    ("Tinubu's advisers say the president will receive Mahama in Abuja next week.", ["Mahama", "Tinubu"], 1, "the advisers only relay"),
    ("Chancellor Weber's wife, Anke, accompanied him to the dinner with Meloni in Rome.", ["Meloni", "Weber"], 1, "the wife accompanied him"),
    ("Yoon's national security adviser Kim Tae-hyo confirmed the summit with Ishiba would go ahead.", ["Ishiba", "Yoon"], 1, "the adviser only relays"),
    ("Governor Paula Reyes' son joined her at the palace meeting with King Farid.", ["King Farid", "Paula Reyes"], 1, "the son joined her"),
):  # fmt: skip
    party(OWNED, True, why, text, parties, who)
for text, parties, who in (
    ("Biden met Obama's former chief of staff, Denis McDonough, at the White House.", ["Biden", "Obama"], 1),
    ("Meloni met Chancellor Weber's spokesman, who said the talks had gone well.", ["Meloni", "Weber"], 1),
    ("Ishiba received Yoon's foreign policy adviser in Tokyo, and thanked him for the letter.", ["Ishiba", "Yoon"], 1),
    ("King Farid met Governor Paula Reyes' chief of staff at the palace on Sunday.", ["King Farid", "Paula Reyes"], 1),
    ("Macron hosted President Tinubu's envoy Musa Bello, who told reporters the talks were useful.", ["Macron", "Tinubu"], 1),
    ("Sheinbaum sat down with Lula's son; according to aides, the talks were cordial.", ["Sheinbaum", "Lula"], 1),
):  # fmt: skip
    party(OWNED, False, "named only as the owner of the one met", text, parties, who)

# --- other-pair: a side of another pair's meeting in the same sentence ------------------

P1 = "Lee Jae-myung met Ishiba Shigeru in Tokyo; Yoon Suk Yeol, his predecessor, had met Kishida Fumio there in 2023."
P2 = "Ruto received Museveni at State House, days after Kagame had hosted Tshisekedi in Kigali."
P3 = "Orban held talks with Fico in Bratislava; Babis, the Czech leader, sat down with Nawrocki the same day."
P4 = "Widodo hosted Albanese in Jakarta in 2023; two years later Prabowo, his successor, welcomed Luxon."
P5 = "Akufo-Addo visited Tinubu in Abuja after Mahama had dined with Ouattara in Abidjan."
P6 = "Meloni welcomed Milei in Rome; Salvini had greeted Bukele at the airport."
P7 = "Petro conferred with Boric in Santiago, a month after Arce had held talks with Noboa in La Paz."
P8 = "Prime Minister Anwar Ibrahim received President Ferdinand Marcos, whose predecessor Rodrigo Duterte had met Mahathir Mohamad at the same palace."
P9 = "Chancellor Merz met President Macron in Paris, a week after Olaf Scholz had also met Pedro Sanchez there."
P10 = "Sharif met Erdogan in Ankara. In 2019, Imran Khan met Erdogan in Istanbul, and Khan also visited Rouhani."
P11 = "Ramaphosa met Lula in Brasilia on Friday, a year after Mbeki had met Cardoso in the same palace."
for text, parties, who in (
    (P1, ["Lee Jae-myung", "Kishida Fumio"], 1), (P2, ["Ruto", "Tshisekedi"], 1),
    (P3, ["Orban", "Nawrocki"], 1), (P4, ["Widodo", "Luxon"], 1),
    (P5, ["Akufo-Addo", "Ouattara"], 1), (P6, ["Milei", "Salvini"], 1),
    (P7, ["Petro", "Noboa"], 1), (P8, ["Anwar Ibrahim", "Mahathir Mohamad"], 1),
    (P9, ["Merz", "Pedro Sanchez"], 1), (P10, ["Sharif", "Rouhani"], 1),
    (P11, ["Ramaphosa", "Cardoso"], 1),
):  # fmt: skip
    party(PAIR, False, "a side of another pair's meeting", text, parties, who)

for text, parties, who, why in (
    (P1, ["Lee Jae-myung", "Ishiba Shigeru"], 1, "the pair the sentence gives first"),
    (P2, ["Kagame", "Tshisekedi"], 1, "the other pair, as that pair"),
    (P3, ["Orban", "Fico"], 1, "the pair of the first clause"),
    (P4, ["Prabowo", "Luxon"], 1, "the successor's own meeting"),
    (P5, ["Mahama", "Ouattara"], 1, "the dinner's own pair"),
    (P6, ["Meloni", "Milei"], 1, "the pair of the first clause"),
    (P9, ["Merz", "Macron"], 1, "the pair of the main clause"),
    ("Lula received Petro in Brasilia; Boric met Petro there too.", ["Boric", "Petro"], 1, "met by both; Boric's meeting names him"),
    ("Sanchez, the Spanish prime minister, met Costa in Lisbon on Tuesday.", ["Sanchez", "Costa"], 1, "an apposition on the subject"),
    ("Macron hosted Scholz and Tusk in Paris on Monday.", ["Macron", "Tusk"], 1, "one of two guests"),
    ("Ruto received Museveni at State House; Kagame had hosted him in Kigali a week before.", ["Ruto", "Museveni"], 1, "a pronoun in the other clause"),
    ("Japan hosted Modi in Tokyo, where Kishida met him at the Akasaka Palace.", ["Kishida", "Modi"], 1, "a country as host, no other pair"),
    ("Mr Tusk met Mr Zelensky in Kyiv, and then met Mr Kuleba in Lviv.", ["Tusk", "Kuleba"], 1, "the subject left out is Tusk"),
    # session 23 (lead, check 37's rerun): an initial's point inside a name run
    ("Chinese President Xi Jinping held talks with U.S. President Joe Biden on Wednesday at Filoli.", ["Xi Jinping", "Joe Biden"], 0, "'U.S. President Joe Biden' is one run"),
    ("South African President Cyril Ramaphosa hosted U.K. Prime Minister Keir Starmer in Pretoria.", ["Cyril Ramaphosa", "Keir Starmer"], 0, "'U.K. Prime Minister' is one run"),
    ("Prime Minister Narendra Modi met U.S. Vice President J.D. Vance in New Delhi on Monday.", ["Narendra Modi", "J.D. Vance"], 0, "initials on both sides of the title"),
):  # fmt: skip
    party(PAIR, True, why, text, parties, who)

for text, parties, who, why in (
    ("Xi Jinping met Lula in Beijing, a year after U.S. President Joe Biden had held talks with Lula in Washington.", ["Xi Jinping", "Joe Biden"], 1, "Biden's meeting was with Lula"),
    ("Ramaphosa hosted Starmer in Pretoria; U.K. Foreign Secretary David Lammy had met Lamola there in May.", ["Ramaphosa", "David Lammy"], 1, "Lammy met Lamola"),
):  # fmt: skip
    party(PAIR, False, why, text, parties, who)

# --- condition-side: a condition held by the other side ---------------------------------

C1 = "Hamas said it would accept the plan if Israel withdrew from the corridor; Israel rejected it outright."
C2 = "Kyiv said it would sign the truce only if Russia pulled back its artillery, but Moscow dismissed the proposal."
C3 = "Armenia backed the deal on condition that Azerbaijan freed its prisoners. Azerbaijan turned it down."
C4 = "Hezbollah will hold its fire as long as Israel stops its strikes, the group said."
C5 = "Ukraine will accept a 30-day truce as long as Russia does the same, Zelensky said."
C6 = "Provided that Israel keeps its troops out of Rafah, Hamas is ready to sign, the group's negotiators said."
C7 = "Thailand agreed to halt the shelling in return for Cambodia pulling its troops back from the temple; Phnom Penh called the demand absurd."
C8 = "Pakistan will respect the truce so long as India stops the firing along the Line of Control, the army said."
C9 = "Russia is ready for a pause in the strikes, subject to Ukraine halting its mobilisation, the Kremlin said; Kyiv said no."
C10 = "Unless Eritrea withdraws its troops, Ethiopia will not sign the truce, its foreign ministry said."
for text, who in (
    (C1, "Israel"), (C2, "Russia"), (C3, "Azerbaijan"), (C4, "Israel"), (C5, "Russia"),
    (C6, "Israel"), (C7, "Cambodia"), (C8, "India"), (C9, "Ukraine"), (C10, "Eritrea"),
):  # fmt: skip
    side(False, "named only inside the other side's condition", text, who)

for text, who, why in (
    (C1, "Hamas", "holds the condition"), (C2, "Ukraine", "its capital holds the condition"),
    (C3, "Armenia", "holds the condition"), (C4, "Hezbollah", "holds the condition"),
    (C5, "Ukraine", "holds the condition"), (C6, "Hamas", "holds the fronted condition"),
    (C7, "Thailand", "holds the condition"), (C8, "Pakistan", "holds the condition"),
    (C9, "Russia", "holds the condition"),
    ("Israel said it would accept the plan if Hamas freed the hostages first.", "Israel", "holds the condition"),
    ("Ukraine will accept a 30-day truce as long as Russia does the same; Russia said it would agree only if arms deliveries stopped.", "Russia", "a condition of its own too"),
):  # fmt: skip
    side(True, why, text, who)
side(True, "the other side's stance, no condition asked", C1, "Israel", "rejects")

# fix23b: a name after a preposition ("Speaking in Doha", "under pressure from Washington",
# "backed by Britain and France") is no holder; the holder the clause does name still is.
for text, who, why in (
    ("Hamas has weighed the Egyptian plan for a week. Speaking in Doha, the movement's political chief said it would sign if Israel withdrew.", "Hamas", "an epithet holds it; Doha is where he spoke"),
    ("Netanyahu, under pressure from Washington, said he would accept the truce only if Hamas freed the hostages.", "Israel", "Washington only presses"),
    ("Addressing reporters in Moscow, the Kremlin spokesman said Russia would pause strikes provided Ukraine halted its drone attacks.", "Russia", "Moscow is where he spoke"),
    ("After talks with Qatar and Egypt, the group said it would accept the deal as long as Israel lifted the siege.", "Hamas", "Qatar and Egypt are only talked with"),
    ("Pressed by France and Britain, the Kyiv government agreed to a truce on condition that Russia freed its prisoners.", "Ukraine", "France and Britain only press"),
    ("In a statement from Ankara, Ethiopia's foreign ministry said it would sign unless Eritrea kept its troops in Tigray.", "Ethiopia", "Ankara is where the statement came from"),
):  # fmt: skip
    side(True, why, text, who)
for text, who in (
    ("Speaking in Doha, Hamas officials said they would accept the plan if Israel withdrew.", "Israel"),
    ("Under pressure from Washington, Israel said it would halt strikes only if Hamas freed the hostages.", "Hamas"),
    ("In Geneva, Russia said it would agree to the pause provided Ukraine stopped its mobilisation.", "Ukraine"),
    ("Backed by Britain and France, Kyiv said it would accept a truce if Russia halted strikes.", "Russia"),
    ("After a call with Egypt, Israel said it would open the crossing as long as Hamas returned the bodies.", "Hamas"),
    ("Speaking from Islamabad, Pakistan's army said it would hold its fire so long as India did the same.", "India"),
):  # fmt: skip
    side(False, "named only inside the other side's condition", text, who)

# --- stand-in-place: where the parties' ministers or envoys met -------------------------


def place(expect: bool, why: str, sentences: list[str], parties: list[str], value: str,
          strength: str | None = STRONG) -> None:  # fmt: skip
    """A held summit of ``parties`` whose place is ``value``; a must-fail one refused outright
    unless ``strength`` is None (refused at either strength)."""
    item = {"parties": parties, "status": "held", "planned_location": value, "evidence": sentences}
    path = "summits[0].planned_location"
    why = f"planned_location {value!r}: {why}"
    facts = {"summits": [item]}
    if expect or strength is None:
        built.add(PLACE, expect, why, built.page(*sentences), facts, path)
    else:
        built.graded(PLACE, False, strength, why, built.page(*sentences), facts, path)


L1 = "Putin and Erdogan met in Sochi on Monday, four days after their foreign ministers had met in Ankara."
L2 = "Ruto hosted Museveni in Nairobi, a week after their trade ministers held talks in Kampala."
L3 = "Before Sanchez and Costa held talks in Porto, their envoys had met in Vigo."
L4 = "Modi met Xi in Kazan; their national security advisers had met in Beijing in August."
L5 = (
    "The two leaders met in Geneva, where their deputies had held talks in Lausanne the day before."
)
L6 = "After their ministers met in Doha, Sheikh Tamim and Erdogan held talks in Istanbul."
L7 = "Prabowo received Albanese at the palace in Jakarta, weeks after negotiators from both governments had met in Darwin."
L8 = "Tinubu met Mahama in Abuja, following a round of talks between their foreign ministers in Accra."
L9 = "Meloni welcomed Rama to Rome after aides from the two governments had met in Tirana to prepare the visit."
L10 = "Lula received Petro in Brasilia after their chief negotiators had conferred in Leticia."
for text, parties, value in (
    (L1, ["Putin", "Erdogan"], "Ankara"), (L2, ["Ruto", "Museveni"], "Kampala"),
    (L3, ["Sanchez", "Costa"], "Vigo"), (L4, ["Modi", "Xi"], "Beijing"),
    (L5, ["Biden", "Putin"], "Lausanne"), (L6, ["Tamim", "Erdogan"], "Doha"),
    (L7, ["Prabowo", "Albanese"], "Darwin"), (L8, ["Tinubu", "Mahama"], "Accra"),
    (L9, ["Meloni", "Rama"], "Tirana"), (L10, ["Lula", "Petro"], "Leticia"),
):  # fmt: skip
    place(False, "where the parties' stand-ins met", [text], parties, value)
place(
    False,
    "the delegations' meeting, told in the next sentence",
    [
        "Sheinbaum and Carney held talks in Mexico City on Thursday.",
        "Their trade delegations had convened in Monterrey since Monday, officials said.",
    ],
    ["Sheinbaum", "Carney"],
    "Monterrey",
    None,
)

for sentences, parties, value, why in (
    ([L1], ["Putin", "Erdogan"], "Sochi", "the leaders' own place"),
    ([L2], ["Ruto", "Museveni"], "Nairobi", "the leaders' own place"),
    ([L3], ["Sanchez", "Costa"], "Porto", "the leaders' own place, fronted"),
    ([L4], ["Modi", "Xi"], "Kazan", "the leaders' own place"),
    ([L6], ["Tamim", "Erdogan"], "Istanbul", "the leaders' own place after a fronted clause"),
    ([L9], ["Meloni", "Rama"], "Rome", "welcomed to Rome"),
    (["Putin and Erdogan, with their foreign ministers, met in Ankara on Monday."], ["Putin", "Erdogan"], "Ankara", "leaders and ministers together"),
    (["The leaders and their defence ministers held talks in Riga on Friday."], ["Nauseda", "Karis"], "Riga", "the leaders named together with them"),
    (["Erdogan and his ministers hosted Putin in Ankara on Monday."], ["Putin", "Erdogan"], "Ankara", "a party hosts with his ministers"),
    (["Prabowo received Albanese and his ministers at the palace in Jakarta on Tuesday."], ["Prabowo", "Albanese"], "Jakarta", "a party received with his ministers"),
    (["Tinubu met Mahama in Abuja on Monday; their foreign ministers joined them there."], ["Tinubu", "Mahama"], "Abuja", "ministers joined them there"),
):  # fmt: skip
    place(True, why, sentences, parties, value)

# fix23b: the sentence puts the leaders' meeting at the stand-ins' place too ("there", "in
# the same city", after the place); a preparing meeting elsewhere, or "the same day", does not.
for text, parties, value, why in (
    ("Aides from both governments met in Nairobi on Sunday, a day before Ruto and Museveni held talks there.", ["Ruto", "Museveni"], "Nairobi", "the leaders met there too"),
    ("Foreign ministers from the two countries conferred in Lisbon ahead of the Sanchez-Costa summit there on Friday.", ["Sanchez", "Costa"], "Lisbon", "the summit there"),
    ("Envoys of both leaders met in Jakarta on Monday, and Prabowo received Albanese in the same city on Wednesday.", ["Prabowo", "Albanese"], "Jakarta", "in the same city"),
    ("Negotiators from both sides gathered in Abuja to prepare the talks, and Tinubu and Mahama met there on Friday.", ["Tinubu", "Mahama"], "Abuja", "met there"),
    ("Their deputies held talks in Doha on Sunday; Sheikh Tamim and Erdogan sat down there a day later.", ["Tamim", "Erdogan"], "Doha", "sat down there"),
):  # fmt: skip
    place(True, why, [text], parties, value)
for text, parties, value in (
    ("Sisi hosted Erdogan in Cairo, a week after their foreign ministers had met in Ankara to prepare the summit.", ["Sisi", "Erdogan"], "Ankara"),
    ("Ruto and Museveni met in Nairobi on Tuesday, the same day their trade ministers held talks in Kampala.", ["Ruto", "Museveni"], "Kampala"),
    ("Macron and Scholz met in Paris, after their finance ministers had met in Brussels ahead of the summit.", ["Macron", "Scholz"], "Brussels"),
    ("Before Tinubu and Mahama held talks in Abuja, their envoys had met in Lome in the same week.", ["Tinubu", "Mahama"], "Lome"),
    ("Lula received Petro in Brasilia after their negotiators had met in Leticia in preparation for the visit.", ["Lula", "Petro"], "Leticia"),
    ("Albanese and Luxon met in Wellington; their trade ministers had met in Sydney the same month.", ["Albanese", "Luxon"], "Sydney"),
):  # fmt: skip
    place(False, "where the parties' stand-ins met", [text], parties, value)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
