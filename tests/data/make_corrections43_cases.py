# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the corrections-43 set (``grounding_corrections43.jsonl``): a story's correction note
and stances and parties in contrast (an outside check, session 19, check 43's causes 8 and 9).
By category:

- ``correction`` (must fail): a value resting on the wording a correction note takes back ("An earlier
  version of this story said X. It is Y.", "Correction: ... Y, not X", "[This article has been
  updated to reflect that ...]", "Clarification: ... misidentified ... as X; it was Y") is
  refused, the note at the top, at the bottom or in brackets, with the body changed or left
  unchanged;
- ``correction`` (must pass): the corrected value Y is supported, even when only the note gives it; a
  correction some other body issued ("the ministry issued a correction") is no note of the
  story's, and a value the body states besides the note stays supported;
- ``absent``: a person the evidence names as away from the meeting ("was not present",
  "stayed away", "skipped", "sent a deputy", "in the absence of") is no party of it; one who
  "skipped last year's summit" but attends this one, or "did not attend the dinner but joined
  the talks", is;
- ``trip-leg``: the host of another leg of a trip ("at the invitation of A of Indonesia and B
  of Malaysia, Modi will pay state visits to the two countries"; "In Jakarta, he will hold
  talks") is no party of this leg's meeting; this leg's host and the traveller are;
- ``contrast``: a side that is the subject of an accepting verb keeps "agreed" when a contrast
  clause ("while", "whereas", "but", a semicolon) holds a refusal, its own on another term or
  another side's: "rejects" is refused for it, and stays for the side that refuses.

Run ``python tests/data/make_corrections43_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, public figures and bodies in invented
sentences); each verdict is what a careful fact-checker reads in the text, decided when the
case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ARTICLE, SupportCases

OUT = Path(__file__).with_name("grounding_corrections43.jsonl")

LEADS = [
    "NAIROBI, March 3 (Rift Valley Wire) -",
    "The Baltic Courier | World",
    "By our correspondent in Montevideo.",
    "Morning briefing: trade and diplomacy",
    "SEOUL (Hanbit News) --",
    "The Andean Post | Politics",
]
built = SupportCases("cor43", LEADS)
OK, NO = True, False


def _page(body, note, where):
    """The page with the ``note`` at the top, the bottom or in brackets at the bottom."""
    if where == "top":
        return built.page(note, *body)
    if where == "bracket":
        return built.page(*body, f"[{note}]")
    return built.page(*body, note)


def rate(category, expect, why, body, note, value, where="bottom", evidence=None):
    measure = {"instrument": "executive_action", "tariff_rate_percent": {"value": value, "qualifier": "exact"},
               "evidence": evidence or [p for p in (*body, note) if p]}  # fmt: skip
    built.add(category, expect, f"rate {value}: {why}", _page(body, note, where),
              {"sanctions": [measure]}, "sanctions[0].tariff_rate_percent")  # fmt: skip


def when(category, expect, why, body, note, value, where="bottom", evidence=None):
    summit = {
        "parties": [],
        "planned_timing": value,
        "evidence": evidence or [p for p in (*body, note) if p],
    }
    facts = {"article": {**ARTICLE, "published": "2025-05-28"}, "summits": [summit]}
    built.add(category, expect, f"timing {value}: {why}", _page(body, note, where), facts,
              "summits[0].planned_timing")  # fmt: skip


def place(category, expect, why, body, note, value, where="bottom", evidence=None):
    summit = {
        "parties": [],
        "planned_location": value,
        "evidence": evidence or [p for p in (*body, note) if p],
    }
    built.add(category, expect, f"place {value}: {why}", _page(body, note, where),
              {"summits": [summit]}, "summits[0].planned_location")  # fmt: skip


def status(category, expect, why, body, note, value, kind="summits", where="bottom", evidence=None):
    item = {"status": value, "evidence": evidence or [p for p in (*body, note) if p]}
    if kind == "summits":
        item["parties"] = []
    built.add(category, expect, f"{kind} status {value}: {why}", _page(body, note, where),
              {kind: [item]}, f"{kind}[0].status")  # fmt: skip


def speaker(category, expect, why, body, note, words, who, where="bottom"):
    facts = {"quotes": [{"speaker": who, "text": words, "evidence": []}]}
    built.add(
        category, expect, f"{who}: {why}", _page(body, note, where), facts, "quotes[0].speaker"
    )


def party(category, expect, why, sentence, parties, index, status="held"):
    why = f"party {parties[index]}: {why}"
    built.meeting_party(category, expect, parties, index, [sentence], why, status)


def stance(category, expect, why, sentence, who, value):
    position = {"party": who, "stance": value, "evidence": [sentence]}
    truce = {"kind": "full", "positions": [position], "evidence": [sentence]}
    built.add(category, expect, f"{who} {value}: {why}", built.page(sentence),
              {"ceasefires": [truce]}, "ceasefires[0].positions[0].stance")  # fmt: skip


# --- retracted / corrected: a rate --------------------------------------------------------
B1 = [
    "The government announced a tariff on imported solar panels on Monday, with exemptions for spare parts."
]
N1 = "An earlier version of this story said the tariff was 30%. It is 25%."
rate("correction", NO, "the rate the note takes back", B1, N1, 30)
rate("correction", OK, "the rate the note gives", B1, N1, 25)
N2 = "Correction: the levy on Brazilian steel is 12 percent, not 15 percent as this article first reported."
B2 = ["Ottawa will impose the levy on Brazilian steel from July 1, the trade ministry said."]
rate("correction", NO, "'Y, not X': X taken back", B2, N2, 15, where="top")
rate("correction", OK, "'Y, not X': Y", B2, N2, 12, where="top")
B3 = ["Washington set a 40% tariff on Laotian furniture, officials said on Friday."]
N3 = "This story has been corrected. A previous version misstated the tariff on Laotian furniture as 40%; it is 14%."
rate("correction", NO, "body left unchanged, the note retracts it", B3, N3, 40, where="bracket")
rate("correction", OK, "the note corrects an unchanged body", B3, N3, 14, where="bracket")
B4 = ["The duty on Norwegian salmon, 9% today, rises to 18% next month, the commission said."]
N4 = "An earlier version of this article incorrectly said the duty would rise to 20%. It will rise to 18%."
rate("correction", OK, "body and note agree on 18", B4, N4, 18)
rate("correction", OK, "the old rate the body itself states", B4, N4, 9)
rate("correction", NO, "the note's 20% is taken back", B4, N4, 20)
# a correction some other body issued is not the story's note
B5 = [
    "The ministry issued a correction on Tuesday saying the tariff on Kenyan tea was 8%, not 10%."
]
rate("correction", OK, "the ministry's correction, as the story reports it", B5, "", 8)

# --- a meeting's day ------------------------------------------------------------------------
B6 = ["The leaders of Chile and Peru will meet in Arica to sign the water accord."]
N6 = "An earlier version of this story gave the date of the meeting as June 10. It is June 12."
when("correction", NO, "the day the note takes back", B6, N6, "June 10")
when("correction", OK, "the corrected day", B6, N6, "June 12")
N7 = "Correction: The summit opens on July 3, not July 1."
B7 = ["Leaders of the Pacific Islands Forum gather in Apia for their annual summit."]
when("correction", NO, "'not July 1' in a Correction:", B7, N7, "July 1", where="top")
when("correction", OK, "'July 3, not ...'", B7, N7, "July 3", where="top")
B8 = ["The two foreign ministers will hold talks in Vilnius on Thursday, June 5."]
N8 = "Clarification: an earlier version of this report said the talks were on Wednesday, June 4; they are on Thursday, June 5."
when("correction", NO, "Wednesday, June 4 taken back", B8, N8, "June 4", where="bracket")
when("correction", OK, "the body's day, also the note's", B8, N8, "June 5", where="bracket")

# --- a meeting's place ----------------------------------------------------------------------
B9 = ["Negotiators from Sudan's two armies will resume talks next week, mediators said."]
N9 = "Correction: An earlier version of this article said the talks would be held in Jeddah. They will be held in Manama."
place("correction", NO, "the place the note takes back", B9, N9, "Jeddah", where="top")
place("correction", OK, "the corrected place", B9, N9, "Manama", where="top")
N10 = "This article has been updated to reflect that the summit will take place in Tashkent rather than Samarkand."
B10 = ["Central Asian leaders will meet in Tashkent in September, the host government said."]
place("correction", NO, "'rather than Samarkand'", B10, N10, "Samarkand")
place("correction", OK, "'in Tashkent rather than ...'", B10, N10, "Tashkent")

# --- status ---------------------------------------------------------------------------------
B11 = ["The ASEAN leaders' retreat planned for Langkawi will not go ahead this month."]
N11 = "An earlier version of this story said the retreat had been cancelled. It has been postponed to November."
status("correction", NO, "cancelled, taken back", B11, N11, "cancelled")
status("correction", OK, "postponed, the note's", B11, N11, "postponed")
N12 = "This story was corrected to say the truce was extended, not that it had expired."
B12 = ["The truce between the herders and the farmers' militia ran through the weekend."]
status(
    "correction", NO, "expired, taken back", B12, N12, "expired", kind="ceasefires", where="bracket"
)
# an ordinary past word in the body is not a correction
B13 = [
    "An earlier version of the bill set the tariff at 20%; the version the Senate passed on Friday sets a 15% tariff."
]
rate(
    "correction",
    OK,
    "an earlier version of the bill is no earlier version of the story",
    B13,
    "",
    15,
)
B16 = [
    "The ministry issued a correction to its earlier statement: the summit with Ghana is postponed, not cancelled."
]
status("correction", OK, "the ministry's correction, as the story reports it", B16, "", "postponed")

# --- speaker --------------------------------------------------------------------------------
B14 = ['"The border stays open for trade," a senior official said at the crossing.']
N14 = "An earlier version of this story attributed the remark \u201cThe border stays open for trade\u201d to Interior Minister Aisha Bello. It was made by her deputy, Tunde Okoro."
speaker(
    "correction",
    NO,
    "the speaker the note takes back",
    B14,
    N14,
    "The border stays open for trade,",
    "Aisha Bello",
)
speaker(
    "correction",
    OK,
    "the speaker the note gives",
    B14,
    N14,
    "The border stays open for trade,",
    "Tunde Okoro",
)
B15 = ['"We will not sign under pressure," said Foreign Minister Marta Lindqvist.']
N15 = "Clarification: an earlier version misidentified the speaker as Defence Minister Pal Jonsson."
speaker(
    "correction",
    OK,
    "the body's speaker, the note only clarifies",
    B15,
    N15,
    "We will not sign under pressure,",
    "Marta Lindqvist",
)
speaker(
    "correction",
    NO,
    "the misidentified speaker",
    B15,
    N15,
    "We will not sign under pressure,",
    "Pal Jonsson",
)


def length(expect, why, body, note, days, where="bottom"):
    truce = {"kind": "full", "duration_days": {"value": days, "qualifier": "exact"},
             "evidence": [p for p in (*body, note) if p]}  # fmt: skip
    built.add("correction", expect, f"{days} days: {why}", _page(body, note, where),
              {"ceasefires": [truce]}, "ceasefires[0].duration_days")  # fmt: skip


B17 = ["The two militias agreed a ceasefire in Tripoli's southern districts, the UN mission said."]
N17 = "Editor's note: A prior version of this dispatch wrongly stated that the ceasefire would last 30 days. It will last 21 days."
length(NO, "the length the note takes back", B17, N17, 30, where="top")
length(OK, "the length the note gives", B17, N17, 21, where="top")

# the correction in the next sentence, with its own "not X"; a note with no correction given
B18 = ["Chile will apply the levy on Chinese copper wire from September 1."]
N18 = "Because of an editing error, an earlier version of this article gave the wrong rate for the levy on Chinese copper wire. It is 6 percent, not 9 percent."
rate("correction", NO, "the next sentence's 'not 9 percent'", B18, N18, 9)
rate("correction", OK, "the next sentence's 'It is 6 percent'", B18, N18, 6)
B19 = ["The Arctic Council ministers meet next month to adopt the new shipping code."]
N19 = "CORRECTION (May 30): A story on Friday about the Arctic Council misstated the host city. The meeting will be in Tromso, not Bodo."
place("correction", NO, "'not Bodo' after the note", B19, N19, "Bodo", where="top")
place("correction", OK, "'will be in Tromso' after the note", B19, N19, "Tromso", where="top")
B20 = [
    "Mexico's president and Guatemala's president will meet on the border on June 14 to open the new crossing."
]
N20 = "An earlier version of this article said the meeting was on June 4."
when("correction", NO, "taken back, no correction given in the note", B20, N20, "June 4")
when("correction", OK, "the body's day, the note taking back another", B20, N20, "June 14")
B21 = ["The truce between the two clans in Galkayo was agreed on Saturday, elders said."]
N21 = "Erratum: this article has been amended to correct the length of the truce, which is 10 days, not 7 days."
length(NO, "Erratum: 'not 7 days'", B21, N21, 7, where="bracket")
length(OK, "Erratum: 'which is 10 days'", B21, N21, 10, where="bracket")

# --- absent: a person named as away from the meeting ---------------------------------------
party(
    "absent",
    NO,
    "was not present",
    "Prime Minister Okafor met President Diallo in Dakar on Monday; former president Sall was not present.",
    ["Okafor", "Sall"],
    1,
)
party(
    "absent",
    NO,
    "stayed away",
    "Foreign ministers of the Nordic states met in Bergen, though Finland's Elina Virtanen stayed away.",
    ["Elina Virtanen"],
    0,
)
party(
    "absent",
    NO,
    "skipped",
    "Orban skipped the Brussels summit, where Fico and Babis met the Commission president.",
    ["Orban"],
    0,
)
party(
    "absent",
    NO,
    "sent a deputy",
    "Premier Nakamura sent his deputy foreign minister to the talks in Jakarta with President Subianto.",
    ["Nakamura", "Subianto"],
    0,
)
party(
    "absent",
    NO,
    "in the absence of",
    "In the absence of President Ruto, Tanzania's Samia Suluhu Hassan chaired the meeting in Arusha.",
    ["Ruto"],
    0,
)
party(
    "absent",
    NO,
    "did not attend",
    "Modi did not attend the meeting in Astana, at which Xi and Putin signed six agreements.",
    ["Modi", "Xi"],
    0,
)
party(
    "absent",
    NO,
    "was represented by",
    "Argentina's Milei was represented by his foreign minister at the Mercosur summit in Asuncion.",
    ["Milei"],
    0,
)
party(
    "absent",
    NO,
    "boycotted",
    "Opposition leader Kwame Mensah boycotted the round of talks that President Addo held with the unions.",
    ["Kwame Mensah"],
    0,
)
party(
    "absent",
    NO,
    "family name first, absent",
    "Lee Jae-myung met Ishiba Shigeru in Osaka; Moon Jae-in, a former president, was absent.",
    ["Lee Jae-myung", "Moon Jae-in"],
    1,
)
party(
    "absent",
    NO,
    "standing in for",
    "Vice President Kamala Ortiz, standing in for President Reyes, met the Canadian prime minister in Ottawa.",
    ["Reyes"],
    0,
)
party(
    "absent",
    OK,
    "the meeting's own party",
    "Prime Minister Okafor met President Diallo in Dakar on Monday; former president Sall was not present.",
    ["Okafor", "Diallo"],
    1,
)
party(
    "absent",
    OK,
    "skipped last year's, attends this one",
    "Orban, who skipped last year's summit, joined the leaders in Brussels on Thursday.",
    ["Orban"],
    0,
)
party(
    "absent",
    OK,
    "did not attend the dinner but joined the talks",
    "Modi did not attend the dinner but joined the talks in Astana with Xi the next morning.",
    ["Modi"],
    0,
)
party(
    "absent",
    OK,
    "the one standing in is there",
    "Vice President Kamala Ortiz, standing in for President Reyes, met the Canadian prime minister in Ottawa.",
    ["Kamala Ortiz"],
    0,
)
party(
    "absent",
    OK,
    "the deputy who was sent is not the sender; the host is",
    "Premier Nakamura sent his deputy foreign minister to the talks in Jakarta with President Subianto.",
    ["Subianto"],
    0,
)
party(
    "absent",
    OK,
    "chaired in another's absence",
    "In the absence of President Ruto, Tanzania's Samia Suluhu Hassan chaired the meeting in Arusha.",
    ["Samia Suluhu Hassan"],
    0,
)
party(
    "absent",
    OK,
    "present once, absent is another's",
    "Xi met Putin in Kazan; Modi, who had met both, flew home before the meeting, while Xi stayed.",
    ["Xi", "Putin"],
    0,
)
party(
    "absent",
    OK,
    "met, then missed the dinner",
    "Albanese met Luxon in Wellington on Friday and missed the state dinner that night.",
    ["Albanese", "Luxon"],
    0,
)
party(
    "absent",
    OK,
    "was present",
    "Lula met Petro in Leticia; Maduro was not invited, but Boric was present.",
    ["Lula", "Boric"],
    1,
)
party(
    "absent",
    OK,
    "attended after missing the first day",
    "Ramaphosa missed the opening session but attended the summit in Luanda on Tuesday.",
    ["Ramaphosa"],
    0,
)


party(
    "absent",
    OK,
    "skipped his own meeting with the other",
    "Erdogan skipped the planned meeting with Mitsotakis in protest at the map the Greek side had published.",
    ["Erdogan", "Mitsotakis"],
    0,
)
party(
    "absent",
    OK,
    "stayed away from the summit with his guest, the summit itself off",
    "Prime Minister Sharif stayed away, and the summit with Modi in Lahore was called off.",
    ["Sharif", "Modi"],
    0,
    status="cancelled",
)


# --- trip-leg: a host of another leg of a trip ---------------------------------------------
def leg(expect, why, trip, meeting, parties, index, where, status="scheduled"):
    summit = {"parties": parties, "status": status, "planned_location": where,
              "evidence": [meeting, trip]}  # fmt: skip
    built.add("trip-leg", expect, f"party {parties[index]}: {why}", built.page(trip, meeting),
              {"summits": [summit]}, f"summits[0].parties[{index}]")  # fmt: skip


T1 = "At the invitation of President Prabowo Subianto of Indonesia and Prime Minister Anwar Ibrahim of Malaysia, Prime Minister Narendra Modi will pay state visits to the two countries next week."
M1 = "In Jakarta, he will hold talks with the Indonesian leader on defence and trade."
leg(
    NO,
    "Malaysia's host, the talks are in Jakarta",
    T1,
    M1,
    ["Narendra Modi", "Anwar Ibrahim"],
    1,
    "Jakarta",
)
leg(
    OK,
    "Indonesia's host, the talks are in Jakarta",
    T1,
    M1,
    ["Narendra Modi", "Prabowo Subianto"],
    1,
    "Jakarta",
)
leg(OK, "the traveller", T1, M1, ["Narendra Modi"], 0, "Jakarta")
T2 = "Chancellor Olaf Brandt will tour three capitals this week as the guest of President Emmanuel Macron of France, Prime Minister Pedro Sanchez of Spain and Prime Minister Luis Montenegro of Portugal."
M2 = "The first stop is Madrid, where Brandt will hold talks on Tuesday."
leg(
    NO, "France's host, the stop is Madrid", T2, M2, ["Olaf Brandt", "Emmanuel Macron"], 1, "Madrid"
)
leg(
    NO,
    "Portugal's host, the stop is Madrid",
    T2,
    M2,
    ["Olaf Brandt", "Luis Montenegro"],
    1,
    "Madrid",
)
leg(OK, "Spain's host, the stop is Madrid", T2, M2, ["Olaf Brandt", "Pedro Sanchez"], 1, "Madrid")
leg(OK, "the traveller", T2, M2, ["Olaf Brandt"], 0, "Madrid")
T3 = "Hosted by President William Ruto of Kenya and President Yoweri Museveni of Uganda, the Japanese foreign minister begins a two-nation swing on Sunday."
M3 = "In Nairobi, the minister meets Ruto to sign a loan for the port."
leg(NO, "Uganda's host, the meeting is in Nairobi", T3, M3, ["Yoweri Museveni"], 0, "Nairobi")
leg(OK, "Kenya's host, named beside the meeting", T3, M3, ["William Ruto"], 0, "Nairobi")
T4 = "President Lula will make state visits to Japan and Vietnam, at the invitation of Prime Minister Ishiba Shigeru of Japan and General Secretary To Lam of Vietnam."
M4 = "The visit opens in Tokyo, where the two leaders will sign an agreement on ethanol."
leg(NO, "Vietnam's host, the visit opens in Tokyo", T4, M4, ["Lula", "To Lam"], 1, "Tokyo")
leg(OK, "the traveller", T4, M4, ["Lula"], 0, "Tokyo")
T5 = "Xi Jinping's tour of Central Asia, at the invitation of President Kassym-Jomart Tokayev of Kazakhstan and President Shavkat Mirziyoyev of Uzbekistan, begins on Monday."
M5 = "In Astana, Xi and the Kazakh president will open a new rail terminal."
leg(
    NO,
    "Uzbekistan's host, the meeting is in Astana",
    T5,
    M5,
    ["Xi Jinping", "Shavkat Mirziyoyev"],
    1,
    "Astana",
)
leg(OK, "the traveller", T5, M5, ["Xi Jinping"], 0, "Astana")
T6 = "Prime Minister Mark Carney begins a visit to Mexico and Brazil on Sunday as the guest of President Claudia Sheinbaum of Mexico and President Lula of Brazil."
M6 = "Carney will meet Sheinbaum in Mexico City on Monday."
leg(
    NO,
    "Brazil's host, the meeting is in Mexico City",
    T6,
    M6,
    ["Mark Carney", "Lula"],
    1,
    "Mexico City",
)
leg(
    OK,
    "Mexico's host, named beside the meeting",
    T6,
    M6,
    ["Mark Carney", "Claudia Sheinbaum"],
    1,
    "Mexico City",
)
T7 = "President Yoon will visit Poland and Czechia this week, hosted by President Andrzej Duda of Poland and President Petr Pavel of the Czech Republic."
M7 = "In Warsaw, the two presidents will discuss the tank deal."
leg(NO, "the Czech host, the meeting is in Warsaw", T7, M7, ["Yoon", "Petr Pavel"], 1, "Warsaw")
leg(OK, "Poland's host, the meeting is in Warsaw", T7, M7, ["Yoon", "Andrzej Duda"], 1, "Warsaw")
T8 = "Premier Li Qiang's trip to Australia and New Zealand, at the invitation of Prime Minister Anthony Albanese of Australia and Prime Minister Christopher Luxon of New Zealand, starts in Wellington."
M8 = "Li meets Luxon in Wellington on Thursday."
leg(
    NO,
    "Australia's host, the meeting is in Wellington",
    T8,
    M8,
    ["Li Qiang", "Anthony Albanese"],
    1,
    "Wellington",
)
leg(
    OK,
    "New Zealand's host, named beside the meeting",
    T8,
    M8,
    ["Li Qiang", "Christopher Luxon"],
    1,
    "Wellington",
)
leg(
    OK,
    "a host who travels to the meeting itself",
    "Prime Minister Anthony Albanese of Australia will fly to Wellington for the trip's second day.",
    M8 + " Albanese will join them for the signing.",
    ["Anthony Albanese"],
    0,
    "Wellington",
)
T9 = "King Charles will make state visits to Canada and France in May, as guest of President Emmanuel Macron of France and Prime Minister Mark Carney of Canada."
M9 = "The visit begins in Ottawa, where the King will open parliament."
leg(
    NO,
    "France's host, the visit begins in Ottawa",
    T9,
    M9,
    ["King Charles", "Emmanuel Macron"],
    1,
    "Ottawa",
)
T10 = "At the invitation of Prime Minister Jonas Gahr Store of Norway and Prime Minister Ulf Kristersson of Sweden, President Stubb will make a two-nation Nordic tour."
M10 = "Stubb meets Store in Oslo on Tuesday."
leg(NO, "Sweden's host, the meeting is in Oslo", T10, M10, ["Stubb", "Ulf Kristersson"], 1, "Oslo")
leg(
    OK,
    "Norway's host, named beside the meeting",
    T10,
    M10,
    ["Stubb", "Jonas Gahr Store"],
    1,
    "Oslo",
)

# --- contrast: an accepting side and a refusing clause -------------------------------------
stance(
    "contrast",
    NO,
    "accepted; refusal is another term",
    "The RSF accepted the first phase of the plan, while it has so far refused to leave the cities.",
    "RSF",
    "rejects",
)
stance(
    "contrast",
    OK,
    "accepted",
    "The RSF accepted the first phase of the plan, while it has so far refused to leave the cities.",
    "RSF",
    "agreed",
)
stance(
    "contrast",
    NO,
    "accepted; another side voted against",
    "Armenia signed the text on Friday, whereas Azerbaijan's parliament voted against it.",
    "Armenia",
    "rejects",
)
stance(
    "contrast",
    OK,
    "signed",
    "Armenia signed the text on Friday, whereas Azerbaijan's parliament voted against it.",
    "Armenia",
    "agreed",
)
stance(
    "contrast",
    NO,
    "endorsed; the other side rejected",
    "Kigali endorsed the Doha framework, but the M23 rebels rejected any role for Kinshasa.",
    "Kigali",
    "rejects",
)
stance(
    "contrast",
    NO,
    "agreed; the refusal is about prisoners",
    "Hezbollah agreed to the truce; it refuses to hand over its heavy weapons.",
    "Hezbollah",
    "rejects",
)
stance(
    "contrast",
    NO,
    "has accepted, though refusing a term",
    "Moscow has accepted the energy pause, though it rejects a full ceasefire at sea.",
    "Moscow",
    "rejects",
)
stance(
    "contrast",
    NO,
    "welcomed; another side opposed",
    "Sudan's army welcomed the Jeddah proposal, even as the RSF opposed its timing.",
    "Sudan's army",
    "rejects",
)
stance(
    "contrast",
    NO,
    "approved; yet the other refused",
    "The Houthis approved the Omani text, yet Riyadh rejected the text outright.",
    "Houthis",
    "rejects",
)
stance(
    "contrast",
    NO,
    "backed; while the cabinet voted against",
    "Hamas backed the first stage, while Israel's far-right ministers voted against it.",
    "Hamas",
    "rejects",
)
stance(
    "contrast",
    OK,
    "the side that voted against",
    "Armenia signed the text on Friday, whereas Azerbaijan's parliament voted against it.",
    "Azerbaijan",
    "rejects",
)
stance(
    "contrast",
    OK,
    "the side that rejected",
    "Kigali endorsed the Doha framework, but the M23 rebels rejected any role for Kinshasa.",
    "M23",
    "rejects",
)
stance(
    "contrast",
    OK,
    "the side that refused",
    "The Houthis approved the Omani text, while Riyadh rejected the text outright.",
    "Riyadh",
    "rejects",
)
stance(
    "contrast",
    OK,
    "rejected outright",
    "Tigray's leaders rejected the truce on Sunday, saying the terms favoured the army.",
    "Tigray",
    "rejects",
)
stance(
    "contrast",
    OK,
    "accepted, the plain case",
    "Moscow has accepted the energy pause proposed by Washington.",
    "Moscow",
    "agreed",
)
stance(
    "contrast",
    OK,
    "backed; the other voted against, asked of the backer",
    "Hamas backed the first stage, while Israel's far-right ministers voted against it.",
    "Hamas",
    "supports",
)
stance(
    "contrast",
    OK,
    "the refusing side after 'while'",
    "Slovakia accepted the text on Wednesday, while Budapest refused to sign it.",
    "Budapest",
    "rejects",
)
stance(
    "contrast",
    NO,
    "agreed in principle, the refusal another side's",
    "The Kurdish SDF agreed in principle to the truce; Ankara turned it down.",
    "SDF",
    "rejects",
)
stance(
    "contrast",
    OK,
    "turned down",
    "The Kurdish SDF agreed in principle to the truce; Ankara turned it down.",
    "Ankara",
    "rejects",
)
stance(
    "contrast",
    NO,
    "signed on to; other side spurned",
    "Yerevan signed on to the proposal, but Baku spurned it within hours.",
    "Yerevan",
    "rejects",
)


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
    print(f"{len(built.cases)} cases -> {OUT}")
