# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build review rvF's set of places53's epithet and occasion rules (``grounding_rvf53.jsonl``):
value-support cases by category, each with what must pass and what must fail:

- ``epithet-own``: the evidence sentence names its own place and then an epithet inside an
  apposition or relative clause about it ("a missile attack on Al Udeid Air Base in Qatar, the
  biggest U.S. base in the region"): the epithet stands for a wider area, not for a place of
  the sentences before, so those places fail; the sentence's own place passes, and so does an
  epithet with no place of its own before it ("Inside the enclave, ...");
- ``epithet-list``: the sentence before names several places in a list ("struck Fordow, Natanz
  and Isfahan"), or names the value before a later place the preposition test misses ("from
  El Arish", "Kiryat Shmona's mayor"): a place not named last fails; the one place named, or a
  place named last after the others, passes;
- ``epithet-skip``: the nearer sentence names a place only as a subject or a possessive
  ("Kharkiv was shelled again", "Kiryat Shmona's mayor ordered ..."): the rule must not look
  past it to a place two sentences back (fail); that nearer place, or a place two back when the
  nearer sentence names none (only people: "Officials said ..."), passes;
- ``occasion-elsewhere``: a meeting's place as an occasion's modifier ("at a Downing Street
  reception") when the sentence puts the parties' meeting "in / at" another place ("held talks
  in Ottawa on Monday, weeks after the pair spoke at a Downing Street reception") fails; the
  modifier with no other place, or with the occasion's own "in X" after it, passes;
- ``other-value``: places53's other readings in new words: a party's delegation's capital
  ("Washington's envoys", "the head of Tehran's delegation", "Kyiv sent a team led by ...")
  for talks the evidence puts elsewhere, a launch site ("rockets, launched from southern
  Lebanon, slammed into Kiryat Shmona") and the day of a that-less relative clause ("the
  order she signed in March") fail; the talks' place, the place struck and the event's own
  day pass.

Run ``python tests/data/make_rvf53_cases.py`` to rebuild it. Every article below was written
for this set from real events in new words; each verdict is what a careful fact-checker reads
in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, verdicts

OUT = Path(__file__).with_name("grounding_rvf53.jsonl")

built = SupportCases(
    "rvf53",
    leads=[
        "WIRE ROUNDUP | Late edition",
        "By Tomasz Wrona | Baltic Ledger",
        "NEWS IN BRIEF | Evening edition",
        "Our correspondent reports.",
        "From the Arabic service of the Levant Monitor.",
    ],
)
OWN, LIST, SKIP, OCCASION = "epithet-own", "epithet-list", "epithet-skip", "occasion-elsewhere"
OTHER = "other-value"


def event(
    category: str, text: str, passes: list[str], fails: list[str], kind: str = "strike",
    description: str = "the event the last sentence reports",
) -> None:  # fmt: skip
    """An event backed by the last sentence of ``text``: each of ``passes`` is its place, each
    of ``fails`` is not."""
    page = built.page(text)
    evidence = [text.rsplit(". ", 1)[-1]]
    assert evidence[0] in page
    for expect, value in verdicts(passes, fails):
        fact = {"kind": kind, "description": description, "actors": [], "counts": [],
                "place": value, "evidence": evidence}  # fmt: skip
        why = "the event's own place" if expect else "another place named before"
        built.add(category, expect, f"place {value!r}: {why}", page, {"events": [fact]},
                  "events[0].place")  # fmt: skip


def summit(text: str, passes: list[str], fails: list[str], parties: list[str]) -> None:
    """A held meeting of ``parties`` backed by the one sentence ``text``."""
    whys = ("where the meeting is", "another occasion's place")
    built.meeting_field(OCCASION, built.page(text), [text], passes, fails, parties, whys=whys)


# --- epithet-own: an epithet about the evidence sentence's own place ----------------------

for text, passes, fails in (
    (
        "U.S. bombers struck Fordow and Natanz on June 22. Iran answered a day later with missiles fired at Al Udeid Air Base in Qatar, the largest American installation in the region.",
        ["Al Udeid Air Base", "Qatar"],
        ["Natanz", "Fordow"],
    ),
    (
        "Israeli jets bombed Hodeidah port on Sunday. Hours later a Houthi drone hit Eilat, the southernmost city in the country, wounding two people.",
        ["Eilat"],
        ["Hodeidah"],
    ),
    (
        "Russian troops pushed closer to Pokrovsk last month. On Friday a glide bomb fell on Kramatorsk, which the army uses as a hub for the region.",
        ["Kramatorsk"],
        ["Pokrovsk"],
    ),
    (
        "Sudan's army retook Khartoum in March. In May drones struck fuel depots in Port Sudan, the seat of the government and the busiest port in the country.",
        ["Port Sudan"],
        ["Khartoum"],
    ),
    (
        "Fighting spread from Goma to the south in February. M23 rebels then entered Bukavu, the second city of the province, meeting little resistance.",
        ["Bukavu"],
        ["Goma"],
    ),
    (
        "Ukrainian drones hit a refinery near Ryazan overnight. Another struck an oil terminal at Primorsk, the biggest fuel port in the region, the governor said.",
        ["Primorsk"],
        ["Ryazan"],
    ),
    (
        "Hezbollah fired rockets at Metula on Tuesday. Israel answered with strikes on Nabatieh, a market town that is the largest in the area and a hub for the region.",
        ["Nabatieh"],
        ["Metula"],
    ),
    (
        "Pakistani jets struck targets near Muzaffarabad. India said its own missiles had earlier hit Bahawalpur, a city that is home to a militant seminary and one of the biggest in the province.",
        ["Bahawalpur"],
        ["Muzaffarabad"],
    ),
    (
        "Protesters marched in Tbilisi for a third night. Police fired tear gas in Batumi, the Black Sea resort that is the second city of the country.",
        ["Batumi"],
        ["Tbilisi"],
    ),
    (
        "Drones were downed over Belgorod at dawn. By noon a missile had struck Sumy, just across the border and the capital of the region of the same name.",
        ["Sumy"],
        ["Belgorod"],
    ),
    (
        "American jets hit Fordow and Natanz on Sunday. Iran retaliated against Al Udeid, the largest U.S. base in the region, on Monday night.",
        ["Al Udeid"],
        ["Natanz", "Fordow"],
    ),
    (
        "B-2 bombers dropped bunker-busters on Fordow and Natanz. Al Udeid, the biggest American base in the region, was targeted by Iranian missiles a day later.",
        ["Al Udeid"],
        ["Natanz"],
    ),
    (
        "Israel struck Hodeidah on Tuesday. Houthi missiles targeting Ben Gurion Airport, the busiest in the country, were shot down.",
        ["Ben Gurion Airport"],
        ["Hodeidah"],
    ),
    (
        "Fighting went on around Bakhmut. Wagner said it had taken Soledar, a salt-mining town in the region.",
        ["Soledar"],
        ["Bakhmut"],
    ),
    (
        "Hamas gunmen crossed into Israel from Gaza at dawn. Hundreds were killed at the Nova festival near Reim, close to the strip.",
        ["Reim"],
        ["Gaza"],
    ),
    (
        "Russian missiles hit Ukraine overnight. Volodymyr Zelensky, the country's president, said 12 people had died.",
        ["Ukraine"],
        [],
    ),
    (
        "Drones struck Kharkiv before dawn. During the attack, fires broke out across the city.",
        ["Kharkiv"],
        [],
    ),
    (
        "Drones struck Dnipro before dawn. Governor Serhiy Lysak said fires had broken out across the city.",
        ["Dnipro"],
        [],
    ),
    (
        "Drones hit Kharkiv overnight. In the city, the mayor said on Telegram that three people had died.",
        ["Kharkiv"],
        [],
    ),
    (
        "Shelling hit Nikopol on Saturday. In the town, the governor posted on Telegram that a bus had been struck.",
        ["Nikopol"],
        [],
    ),
    (
        "Police detained 200 people in Russia on Sunday. Protests against Putin spread across the country.",
        ["Russia"],
        [],
    ),
    (
        "Drones hit Sumy overnight. Citing Reuters, officials said fires broke out across the city.",
        ["Sumy"],
        [],
    ),
    (
        "U.S. jets struck Fordow and Natanz on Sunday. Iran launched a missile attack on Al Udeid, the largest American base in the region.",
        ["Al Udeid"],
        ["Natanz", "Fordow"],
    ),
    (
        "Israeli troops will pull back from positions inside Gaza under the deal. Inside the enclave, families began walking north on Saturday.",
        ["Gaza"],
        [],
    ),
    (
        "Azerbaijan opened its offensive around Nagorno-Karabakh on 19 September. Within a day its forces controlled the region.",
        ["Nagorno-Karabakh"],
        [],
    ),
):
    event(OWN, text, passes, fails)

# --- epithet-list: a value listed before another place, or named before an origin ---------

for text, passes, fails in (
    (
        "Russian drones struck Kharkiv, Sumy and Poltava overnight. Across the city, firefighters worked until dawn.",
        ["Poltava"],
        ["Kharkiv", "Sumy"],
    ),
    (
        "The hurricane tore through Kingston and then Montego Bay. In the town, hotels were left without water.",
        ["Montego Bay"],
        ["Kingston"],
    ),
    (
        "Israeli strikes hit Khan Younis, Deir al-Balah and Nuseirat on Monday. Rescuers in the town said 22 people had been killed.",
        ["Nuseirat"],
        ["Khan Younis", "Deir al-Balah"],
    ),
    (
        "Floodwaters swept through Derna and Benghazi in September 2023. In the city, hospitals ran out of body bags.",
        ["Benghazi"],
        ["Derna"],
    ),
    (
        "Rebels advanced from Goma towards Bukavu and Uvira. In the town, shops stayed shut.",
        ["Uvira"],
        ["Goma", "Bukavu"],
    ),
    (
        "Rockets landed near Metula on Sunday, Kiryat Shmona's mayor said. In the town, sirens sounded all night.",
        [],
        ["Metula"],
    ),
    (
        "Zelensky flew back to Kyiv from Washington on Sunday. Explosions shook the capital hours later.",
        ["Kyiv"],
        ["Washington"],
    ),
    (
        "Russia fired cruise missiles from Crimea overnight. In the city, three people died.",
        [],
        ["Crimea"],
    ),
    (
        "Drones struck Odesa, Governor Oleh Kiper said. In the city, power was cut to 30,000 homes.",
        ["Odesa"],
        [],
    ),
    (
        "Shelling hit Kherson, Reuters reported. In the city, trams stopped running.",
        ["Kherson"],
        [],
    ),
    (
        "Rockets hit Sderot and Hamas claimed the attack. In the town, two houses burned.",
        ["Sderot"],
        [],
    ),
    (
        "Missiles hit Kyiv, Ukraine's air force said. In the capital, debris fell on a school.",
        ["Kyiv"],
        [],
    ),
    (
        "Strikes hit Gaza and Israel said it had targeted militants. Across the strip, 40 people died.",
        ["Gaza"],
        [],
    ),
    (
        "A missile struck Kramatorsk, Donetsk Oblast, on Monday. In the city, 11 people were killed.",
        ["Kramatorsk"],
        [],
    ),
    (
        "Shelling hit Kherson early on Tuesday. In the city, trams stopped running and 14 people were wounded.",
        ["Kherson"],
        [],
    ),
    (
        "Israeli troops withdrew from Gaza City on Monday. Inside the enclave, families began to return.",
        ["Gaza City"],
        [],
    ),
    (
        "Airstrikes pounded Idlib overnight. Across the province, schools stayed closed.",
        ["Idlib"],
        [],
    ),
    (
        "A cyclone made landfall near Chittagong on Friday. Across the city, trees fell onto power lines.",
        ["Chittagong"],
        [],
    ),
):
    event(LIST, text, passes, fails)

# --- epithet-skip: a nearer sentence names a place the preposition test misses -------------

for text, passes, fails in (
    (
        "Missiles hit Odesa on Monday. Kharkiv was shelled again on Tuesday. In the city, three people died.",
        ["Kharkiv"],
        ["Odesa"],
    ),
    (
        "Fighting raged around Khan Younis in January. Rafah became the last refuge for a million people. Strikes on the city killed 20 overnight.",
        ["Rafah"],
        ["Khan Younis"],
    ),
    (
        "Rockets landed near Metula on Sunday. Kiryat Shmona's mayor ordered schools shut. In the town, sirens sounded all night.",
        [],
        ["Metula"],
    ),
    (
        "Drones hit an oil depot near Novorossiysk on Thursday. Tuapse's port authority halted loadings. In the town, smoke hung over the harbour.",
        [],
        ["Novorossiysk"],
    ),
    (
        "Fires broke out around Athens in July. Rhodes was evacuated a week later. Across the island, 19,000 people left their hotels.",
        ["Rhodes"],
        ["Athens"],
    ),
    (
        "Sirens sounded across Ukraine before dawn. Officials said about 40 drones had been launched. In the capital, debris fell on two homes.",
        [],
        ["Ukraine"],
    ),
    (
        "Shelling hit Zaporizhzhia on Saturday. Officials said rescuers were still searching the rubble. In the city, two more bodies were found.",
        ["Zaporizhzhia"],
        [],
    ),
    (
        "An earthquake struck near Herat on Saturday. Aid workers said roads were blocked by landslides. Across the province, more than 2,000 people died.",
        ["Herat"],
        [],
    ),
    (
        "Israeli jets struck targets inside Lebanon late on Monday. The army said it had hit weapons depots. Across the country, schools closed.",
        ["Lebanon"],
        [],
    ),
    (
        "Shells fell on Kherson on Friday. Mykolaiv's governor said power was cut. In the city, queues formed at water points.",
        [],
        ["Kherson"],
    ),
    (
        "Storms lashed Lisbon on Monday. Porto's airport closed for six hours. Across the city, trees came down.",
        [],
        ["Lisbon"],
    ),
    (
        "Strikes hit Tyre on Wednesday. Sidon's hospitals took in 40 wounded. In the city, funerals were held.",
        [],
        ["Tyre"],
    ),
    (
        "Wildfires burned near Marseille in August. Corsica was hit a week later. Across the island, 4,000 hectares burned.",
        ["Corsica"],
        ["Marseille"],
    ),
    (
        "Drones struck Kyiv overnight. Mayor Vitali Klitschko said 12 were hurt. In the capital, metro stations filled up.",
        ["Kyiv"],
        [],
    ),
    (
        "A ferry sank off Zanzibar on Thursday. Rescuers worked through the night. Across the island, flags flew at half mast.",
        ["Zanzibar"],
        [],
    ),
    (
        "Missiles hit Lviv overnight. Ukrainian Railways said trains were delayed. In the city, three people died.",
        ["Lviv"],
        [],
    ),
    (
        "Missiles hit Lviv overnight. Russian Defence Ministry officials called it a precision strike. In the city, three people died.",
        ["Lviv"],
        [],
    ),
    (
        "Missiles hit Lutsk overnight. Rivne was also hit. In the city, three people died.",
        ["Rivne"],
        ["Lutsk"],
    ),
    (
        "Heavy rain fell on Valencia for eight hours. Forecasters had warned of a cold drop. Across the region, 220 people were killed.",
        ["Valencia"],
        [],
    ),
):
    event(SKIP, text, passes, fails)

# --- occasion-elsewhere: an occasion's modifier when the meeting is placed elsewhere -------

summit(
    "Keir Starmer and Mark Carney held talks in Ottawa on Monday, weeks after the pair spoke at a Downing Street reception.",
    ["Ottawa"],
    ["Downing Street"],
    ["Keir Starmer", "Mark Carney"],
)
summit(
    "Xi Jinping and Vladimir Putin met in Moscow on Tuesday; at a Beijing forum last year they had promised closer ties.",
    ["Moscow"],
    ["Beijing"],
    ["Xi Jinping", "Vladimir Putin"],
)
summit(
    "Marco Rubio and Sergei Lavrov met in Riyadh on Tuesday, after Rubio spoke during a Jeddah press briefing on Monday.",
    ["Riyadh"],
    ["Jeddah"],
    ["Marco Rubio", "Sergei Lavrov"],
)
summit(
    "Emmanuel Macron and Olaf Scholz met in Paris on Tuesday, a day after they appeared at a Berlin ceremony marking the treaty.",
    ["Paris"],
    ["Berlin"],
    ["Emmanuel Macron", "Olaf Scholz"],
)
summit(
    "Joe Biden and Fumio Kishida held talks in Tokyo on Thursday, a year after Kishida was honoured at a White House state dinner.",
    ["Tokyo"],
    ["White House"],
    ["Joe Biden", "Fumio Kishida"],
)
summit(
    "Mark Rutte and Volodymyr Zelensky met in The Hague on Tuesday; Rutte had spoken during a Kyiv memorial ceremony in February.",
    ["The Hague"],
    ["Kyiv"],
    ["Mark Rutte", "Volodymyr Zelensky"],
)
summit(
    "Giorgia Meloni and Recep Tayyip Erdogan met in Rome on Wednesday; they had last talked at an Ankara working dinner in April.",
    ["Rome"],
    ["Ankara"],
    ["Giorgia Meloni", "Recep Tayyip Erdogan"],
)
summit(
    "Friedrich Merz and Emmanuel Macron sat down at the Elysee on Friday, two days after both spoke at a Brussels awards banquet.",
    ["Elysee"],
    ["Brussels"],
    ["Friedrich Merz", "Emmanuel Macron"],
)
summit(
    "Antony Blinken and Wang Yi met in Beijing on Friday, a day after both spoke at a Shanghai business forum.",
    ["Beijing"],
    ["Shanghai"],
    ["Antony Blinken", "Wang Yi"],
)
summit(
    "Luiz Inacio Lula da Silva and Xi Jinping met in Brasilia on Wednesday, after the two men attended a Rio de Janeiro gala on Monday.",
    ["Brasilia"],
    ["Rio de Janeiro"],
    ["Luiz Inacio Lula da Silva", "Xi Jinping"],
)
summit(
    "Pedro Sanchez and Keir Starmer met in Madrid on Monday; the two had first spoken at a Chequers lunch in the spring.",
    ["Madrid"],
    ["Chequers"],
    ["Pedro Sanchez", "Keir Starmer"],
)
summit(
    "Nikol Pashinyan and Ilham Aliyev shook hands at a Washington signing ceremony on Friday.",
    ["Washington"],
    [],
    ["Nikol Pashinyan", "Ilham Aliyev"],
)
summit(
    "Keir Starmer and Emmanuel Macron took questions during a Lancaster House news conference on Sunday.",
    ["Lancaster House"],
    [],
    ["Keir Starmer", "Emmanuel Macron"],
)
summit(
    "Olaf Scholz and Li Qiang signed four accords at a Chancellery ceremony in Berlin on Tuesday.",
    ["Berlin", "Chancellery"],
    [],
    ["Olaf Scholz", "Li Qiang"],
)
summit(
    "Vladimir Putin and Kim Jong Un raised toasts at a Pyongyang state banquet on Wednesday night.",
    ["Pyongyang"],
    [],
    ["Vladimir Putin", "Kim Jong Un"],
)

# --- other-value: a delegation's capital, a launch site, a that-less clause's day ------------


def other(text: str, field: str, passes: list[str], fails: list[str], kind: str) -> None:
    """An event of ``kind`` backed by every sentence of ``text``: each of ``passes`` is its
    ``field``, each of ``fails`` is not."""
    page = built.page(text)
    evidence = [part if part.endswith(".") else f"{part}." for part in text.split(". ")]
    for expect, value in verdicts(passes, fails):
        fact = {"kind": kind, "description": "the event the text reports", "actors": [],
                "counts": [], field: value, "evidence": evidence}  # fmt: skip
        why = "the event's own" if expect else "another event's or party's"
        built.add(OTHER, expect, f"{field} {value!r}: {why}", page, {"events": [fact]},
                  f"events[0].{field}")  # fmt: skip


for text, passes, fails in (
    (
        "Talks resumed in Riyadh on Monday. Washington's envoys were led by Steve Witkoff.",
        ["Riyadh"],
        ["Washington"],
    ),
    (
        "The negotiations in Abu Dhabi lasted two days. Moscow's team included the intelligence chief.",
        ["Abu Dhabi"],
        ["Moscow"],
    ),
    (
        "The round opened in Muscat. The head of Tehran's delegation, Abbas Araghchi, spoke first.",
        ["Muscat"],
        ["Tehran"],
    ),
    (
        "Talks were held in Doha on Sunday. Jerusalem's negotiating team flew home that night.",
        ["Doha"],
        ["Jerusalem"],
    ),
    (
        "The sides met in Istanbul. Kyiv's representatives demanded a full ceasefire.",
        ["Istanbul"],
        ["Kyiv"],
    ),
    ("The sides sat down in Jeddah. Kyiv sent a team led by Andriy Yermak.", ["Jeddah"], ["Kyiv"]),
    (
        "Delegations met at Geneva's InterContinental hotel. Tehran's negotiators arrived late.",
        [],
        ["Tehran"],
    ),
    (
        "US and Ukrainian officials met in Kyiv on Friday. Kyiv's negotiators were led by Rustem Umerov.",
        ["Kyiv"],
        [],
    ),
):
    other(text, "place", passes, fails, "talks")
for text, passes, fails in (
    (
        "Hezbollah rockets, launched from southern Lebanon, slammed into Kiryat Shmona.",
        ["Kiryat Shmona"],
        ["Lebanon"],
    ),
    ("A drone launched from Yemen struck an apartment block in Tel Aviv.", ["Tel Aviv"], ["Yemen"]),
    (
        "Missiles hit Dnipro on Tuesday; they were launched from Russia's Kursk region, officials said.",
        ["Dnipro"],
        ["Kursk"],
    ),
    ("Two missiles launched from Belgorod hit central Kharkiv.", ["Kharkiv"], ["Belgorod"]),
):
    other(text, "place", passes, fails, "strike")
for text, passes, fails in (
    ("On Friday the court struck down the order she signed in March.", ["Friday"], ["March"]),
    ("Parliament on Tuesday repealed the law they passed in 2019.", ["Tuesday"], ["2019"]),
    ("The minister on Monday defended the cuts he announced last week.", ["Monday"], ["last week"]),
    ("Yesterday the union rejected the offer we made on Friday.", [], ["Friday"]),
):
    other(text, "when", passes, fails, "other")


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
