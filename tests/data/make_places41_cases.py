# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of check 41's places (``grounding_places41.jsonl``): a place belongs to the
occasion whose verb or noun governs it, by category, each with what must pass and what must
fail:

- ``joined-place``: an apposition or a venue's name between commas does not cut a place from
  its meeting ("Oslo, the Norwegian capital, will host the talks"; "dined with X at his
  residence, Villa Aurora"), nor does a companion after it ("was in Sochi with Putin"), nor a
  venue before its town when the fact has no status ("met at the Mulia hotel in Nusa Dua");
  the near misses that must fail are other occasions' places in the same shapes;
- ``plan-place``: a plan's place is not the held meeting's ("first planned for Quito, were
  held in Bogota"; "held by video; the planned Leipzig summit was scrapped"), a "-based"
  modifier is no meeting place even before a held meeting, and a called-off meeting's place is
  not the held one's; the held meeting's own place, and the plan's place for the plan, pass;

Run ``python tests/data/make_places41_cases.py`` to rebuild it. Every article below was
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

OUT = Path(__file__).with_name("grounding_places41.jsonl")

built = SupportCases(
    "p41",
    leads=[
        "NAIROBI (East Africa Wire) -",
        "By Ines Carvalho | Atlantic Courier",
        "LIVE UPDATES | Nordic Morning Post",
        "From our Vienna bureau.",
        "WORLD | The Prairie Sentinel",
        "SANTIAGO, Chile -",
        "Reporting by Kenji Mori; editing by Dana Holt",
    ],
)
JOINED, PLAN = "joined-place", "plan-place"


def place(
    category: str, expect: bool, why: str, evidence: list[str], value: str, parties: list[str],
    status: str | None = "held",
) -> None:  # fmt: skip
    """A summit of ``parties`` (``status``) whose planned location is ``value``."""
    why = f"planned_location {value!r}: {why}"
    built.meeting_place(category, expect, value, evidence, why, parties, status)


def joined(expect: bool, why: str, evidence: list[str], value: str, parties: list[str],
           status: str | None = "held") -> None:  # fmt: skip
    place(JOINED, expect, why, evidence, value, parties, status)


def plan(expect: bool, why: str, evidence: list[str], value: str, parties: list[str],
         status: str | None = "held") -> None:  # fmt: skip
    place(PLAN, expect, why, evidence, value, parties, status)


# --- joined-place: an aside, a venue's name or a companion between place and meeting -------

joined(
    True,
    "the host city, an apposition after it",
    ["Oslo, the Norwegian capital, will host the meeting of Store and Zelensky on Thursday."],
    "Oslo",
    ["Store", "Zelensky"],
    "scheduled",
)
joined(
    True,
    "the host city, a longer apposition",
    [
        "Doha, the Qatari capital and a frequent venue for such contacts, hosted talks between Witkoff and Araghchi on Sunday."
    ],
    "Doha",
    ["Witkoff", "Araghchi"],
)
joined(
    True,
    "the host city with a title aside, no status",
    ["Astana, Kazakhstan's capital, is to host the meeting between Aliyev and Pashinyan."],
    "Astana",
    ["Aliyev", "Pashinyan"],
    None,
)
joined(
    True,
    "the venue named after a comma",
    ["Mr Orban dined with President Novak at her residence, the Sandor Palace, on Friday evening."],
    "Sandor Palace",
    ["Orban", "Novak"],
)
joined(
    True,
    "the venue's own name after its noun",
    ["Macron received Tinubu at his summer retreat, Fort de Bregancon, for two days of talks."],
    "Fort de Bregancon",
    ["Macron", "Tinubu"],
)
joined(
    True,
    "a lunch at the residence, named after a comma",
    [
        "At 13:05 the prime minister had lunch with King Harald at the royal estate, Skaugum, outside the capital."
    ],
    "Skaugum",
    ["prime minister", "King Harald"],
)
joined(
    True,
    "a place, then a companion",
    [
        "By Wednesday night Lukashenko was already in Moscow with Vladimir Putin. The two spoke late into the night."
    ],
    "Moscow",
    ["Lukashenko", "Vladimir Putin"],
)
joined(
    True,
    "a place with a companion, talks after it",
    ["Mr Albanese spent the day in Wellington with Christopher Luxon, holding talks on trade."],
    "Wellington",
    ["Albanese", "Christopher Luxon"],
)
joined(
    True,
    "a companion in the same sentence, then talks",
    [
        "Ramaphosa was in Pretoria with Mnangagwa on Tuesday, and the two leaders held three hours of talks."
    ],
    "Pretoria",
    ["Ramaphosa", "Mnangagwa"],
)
joined(
    True,
    "a venue before its town, no status",
    ["Kishida and Yoon met at the Hilton hotel in Hiroshima on Sunday."],
    "Hiroshima",
    ["Kishida", "Yoon"],
    None,
)
joined(
    True,
    "a venue before its town, talks, no status",
    [
        "Ruto and Samia held talks at the Arusha International Conference Centre in Arusha on Friday."
    ],
    "Arusha",
    ["Ruto", "Samia"],
    None,
)
joined(
    True,
    "a resort's town, no status",
    ["Prabowo sat down with Albanese at the Ayana resort in Jimbaran on Monday."],
    "Jimbaran",
    ["Prabowo", "Albanese"],
    None,
)
joined(
    False,
    "the apposition's capital is last year's host",
    [
        "Vienna, the Austrian capital, hosted last year's round; the next meeting of Witkoff and Araghchi will be in Muscat."
    ],
    "Vienna",
    ["Witkoff", "Araghchi"],
    "scheduled",
)
joined(
    False,
    "the city the venue is compared with",
    [
        "Erdogan met Barzani at his residence, Vahdettin Mansion, which is larger than the palace in Ankara."
    ],
    "Ankara",
    ["Erdogan", "Barzani"],
)
joined(
    False,
    "a place with someone else, the meeting elsewhere",
    ["Lukashenko was in Minsk with his cabinet on Monday. On Tuesday he met Putin in Sochi."],
    "Minsk",
    ["Lukashenko", "Putin"],
)
joined(
    False,
    "the companion's trip, not the meeting",
    ["Scholz was in Paris with Macron last month; on Thursday he met Tusk in Warsaw."],
    "Paris",
    ["Scholz", "Tusk"],
)
joined(
    False,
    "the apposition's city is where a minister lives",
    ["Sharif, the prime minister, who lives in Lahore, met Erdogan in Islamabad."],
    "Lahore",
    ["Sharif", "Erdogan"],
)
joined(
    False,
    "an earlier meeting's venue town, held fact",
    [
        "Kishida and Yoon met in Tokyo on Sunday, months after a first meeting at the Hilton hotel in Hiroshima."
    ],
    "Hiroshima",
    ["Kishida", "Yoon"],
)
joined(
    False,
    "the host city of another meeting in the sentence",
    [
        "Geneva, the Swiss city, hosted the 2021 talks; Biden and Putin will meet in Helsinki this time."
    ],
    "Geneva",
    ["Biden", "Putin"],
    "scheduled",
)
joined(
    False,
    "the town a companion visited later",
    ["Albanese met Luxon in Wellington; later Luxon was in Auckland with his family."],
    "Auckland",
    ["Albanese", "Luxon"],
)
joined(
    False,
    "a venue's town told of an earlier meeting",
    [
        "Ruto and Samia met in Nairobi on Friday. They had last met at the Serena hotel in Arusha in 2023."
    ],
    "Arusha",
    ["Ruto", "Samia"],
    None,
)
joined(
    False,
    "the residence's city named in another clause",
    ["Orban hosted Fico at his residence, the Carmelite Monastery; Fico then flew on to Vienna."],
    "Vienna",
    ["Orban", "Fico"],
)

joined(
    False,
    "an embassy's city, the one reporting the meeting",
    ["Aliyev met with Pashinyan on Monday, Russia's embassy in Yerevan said."],
    "Yerevan",
    ["Aliyev", "Pashinyan"],
)
joined(
    False,
    "the officials' city after a phone call",
    ["Tokayev spoke with Mirziyoyev by phone, officials in Astana said."],
    "Astana",
    ["Tokayev", "Mirziyoyev"],
)
joined(
    False,
    "where aides stayed during a dinner",
    ["Prabowo had dinner with Anwar while his aides stayed in Jakarta."],
    "Jakarta",
    ["Prabowo", "Anwar"],
)
LAHORE = ["Modi dined with Sharif in Lahore in 2015; on Monday the two met in Astana."]
joined(
    False,
    "the parties together there before, another meeting's place told",
    LAHORE,
    "Lahore",
    ["Modi", "Sharif"],
)
joined(True, "the meeting's place after an earlier dinner's", LAHORE, "Astana", ["Modi", "Sharif"])
CHIEFS = [
    "Their army chiefs met in Kampala last month; Presidents Kagame and Ndayishimiye will meet in Kigali in June."
]
joined(
    False, "other people's meeting, no status", CHIEFS, "Kampala", ["Kagame", "Ndayishimiye"], None
)
joined(
    True, "the parties' own meeting, no status", CHIEFS, "Kigali", ["Kagame", "Ndayishimiye"], None
)

# --- plan-place: the plan's place is not the held meeting's ---------------------------------

plan(
    False,
    "a plan's city in 'the Moroccan city of', held by video",
    [
        "The summit, first planned to take place in the Moroccan city of Marrakesh in March, was held by video."
    ],
    "Marrakesh",
    ["Akhannouch", "Sanchez"],
)
plan(
    True,
    "the plan's city, held there after an earlier video call",
    ["The talks planned in Geneva went ahead on Monday after a video call on Friday."],
    "Geneva",
    ["Biden", "Putin"],
)
plan(
    False,
    "a relative clause's plan, the talks held online",
    ["The talks, which had been scheduled for Tashkent, were held virtually on Tuesday."],
    "Tashkent",
    ["Mirziyoyev", "Tokayev"],
)
plan(
    True,
    "where the talks took place after a plan elsewhere",
    ["The talks, which had been scheduled for Tashkent, took place in Samarkand."],
    "Samarkand",
    ["Mirziyoyev", "Tokayev"],
)

plan(
    False,
    "the first-planned city, talks held elsewhere",
    [
        "Talks between Lula and Milei, first planned for Montevideo, were held in Asuncion on Monday."
    ],
    "Montevideo",
    ["Lula", "Milei"],
)
plan(
    True,
    "where the talks were held",
    [
        "Talks between Lula and Milei, first planned for Montevideo, were held in Asuncion on Monday."
    ],
    "Asuncion",
    ["Lula", "Milei"],
)
plan(
    False,
    "the originally planned venue, meeting held elsewhere",
    ["The summit of Meloni and Mitsotakis, originally set for Bari, took place in Athens instead."],
    "Bari",
    ["Meloni", "Mitsotakis"],
)
plan(
    True,
    "the held summit's city",
    ["The summit of Meloni and Mitsotakis, originally set for Bari, took place in Athens instead."],
    "Athens",
    ["Meloni", "Mitsotakis"],
)
plan(
    False,
    "a plan's city, the meeting held by video",
    [
        "Modi and Starmer met by video link on Tuesday; the planned Mumbai summit had been called off."
    ],
    "Mumbai",
    ["Modi", "Starmer"],
)
plan(
    False,
    "the scrapped host city, the talks held online",
    ["The Cairo meeting was scrapped, and Sisi and Erdogan held their talks online instead."],
    "Cairo",
    ["Sisi", "Erdogan"],
)
plan(
    False,
    "the plan's city, the summit held virtually",
    [
        "Originally planned for Lisbon, the EU-Africa summit was held virtually on 9 March between von der Leyen and Ruto."
    ],
    "Lisbon",
    ["von der Leyen", "Ruto"],
)
plan(
    True,
    "the plan's city, for the cancelled summit",
    [
        "Modi and Starmer met by video link on Tuesday; the planned Mumbai summit had been called off."
    ],
    "Mumbai",
    ["Modi", "Starmer"],
    "cancelled",
)
plan(
    True,
    "the planned city, for the meeting still to come",
    ["Talks between Petro and Noboa are planned for Quito next month."],
    "Quito",
    ["Petro", "Noboa"],
    "scheduled",
)
plan(
    False,
    "a '-based' monitor, the meeting held",
    ["A Paris-based watchdog reported that Tebboune and Saied met in Tunis on Friday."],
    "Paris",
    ["Tebboune", "Saied"],
)
plan(
    True,
    "where the reported meeting was held",
    ["A Paris-based watchdog reported that Tebboune and Saied met in Tunis on Friday."],
    "Tunis",
    ["Tebboune", "Saied"],
)
plan(
    False,
    "a '-based' news agency, a held summit",
    ["According to the Beirut-based broadcaster, Sharaa and Aoun held talks in Damascus."],
    "Beirut",
    ["Sharaa", "Aoun"],
)
plan(
    False,
    "a '-based' institute's analysts, held talks",
    ["Berlin-based analysts said Nawrocki and Merz had met in Frankfurt."],
    "Berlin",
    ["Nawrocki", "Merz"],
)
plan(
    True,
    "the held talks' city after a '-based' source",
    ["According to the Beirut-based broadcaster, Sharaa and Aoun held talks in Damascus."],
    "Damascus",
    ["Sharaa", "Aoun"],
)
plan(
    False,
    "a called-off meeting's city beside the held one",
    [
        "Last year's planned Boric-Arce summit in La Paz was cancelled; this year's meeting took place in Arica."
    ],
    "La Paz",
    ["Boric", "Arce"],
)
plan(
    True,
    "the held meeting's city beside the called-off one",
    [
        "Last year's planned Boric-Arce summit in La Paz was cancelled; this year's meeting took place in Arica."
    ],
    "Arica",
    ["Boric", "Arce"],
)
plan(
    True,
    "the called-off meeting's city, for it",
    [
        "Last year's planned Boric-Arce summit in La Paz was cancelled; this year's meeting took place in Arica."
    ],
    "La Paz",
    ["Boric", "Arce"],
    "cancelled",
)
plan(
    False,
    "a postponed plan's city, held elsewhere later",
    [
        "The Ramaphosa-Tinubu meeting, postponed from Abuja in May, finally went ahead in Johannesburg."
    ],
    "Abuja",
    ["Ramaphosa", "Tinubu"],
)
plan(
    True,
    "the city it went ahead in",
    [
        "The Ramaphosa-Tinubu meeting, postponed from Abuja in May, finally went ahead in Johannesburg."
    ],
    "Johannesburg",
    ["Ramaphosa", "Tinubu"],
)
plan(
    True,
    "the planned city, held there",
    ["The talks, planned for Bern, were held there on schedule between Cassis and Wang."],
    "Bern",
    ["Cassis", "Wang"],
)
plan(
    True,
    "a '-based' source beside the place",
    ["Lisbon-based diplomats said Montenegro and Sanchez met in Lisbon on Tuesday."],
    "Lisbon",
    ["Montenegro", "Sanchez"],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
