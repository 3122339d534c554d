# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 25's cited sources (``grounding_sources25.jsonl``): a ``cited_sources``
name is supported where the article cites it as a source, not merely names it
(:mod:`summarizer.verification.bylines.source_roles`), by category, each with what must pass and
what must fail:

- ``cited-role``: "according to X", "X reported", "told X", "in an interview with X", "X,
  citing ...", "a report by X", "(X)" after a claim, "analysts at X say", "X's figures" pass;
  the page's own masthead or credit line, a paper sued, fined, banned or whose reporter was
  detained, and a source the evidence does not cite when it cites another outlet, fail.

Run ``python tests/data/make_sources25_cases.py`` to rebuild it. Every article below was
written for this set in its own words; each verdict is what a careful fact-checker reads in
the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_sources25.jsonl")

built = SupportCases(
    "s25src",
    leads=[
        "The Harbour Ledger",
        "By Ines Okafor | The Northern Courier",
        "Compiled by the World Desk, Meridian Post",
        "ANALYSIS | The Lakeside Observer",
    ],
)
ROLE = "cited-role"


def source(
    text: str, evidence: str, name: str, expect: bool, why: str, via: str | None = None
) -> None:
    """One cited source ``name`` (through ``via``) with ``evidence`` on a page of ``text``."""
    page = built.page(*text.split("\n"))
    assert evidence in page, evidence
    facts = {"cited_sources": [{"name": name, "via": via, "evidence": [evidence]}]}
    built.add(ROLE, expect, why, page, facts, "cited_sources[0].name")


# must pass: cited in the evidence
E1 = "The ministry had ordered the border crossing shut overnight, according to the Anadolu news agency."
source(
    f"Traffic backed up for miles on Tuesday.\n{E1}", E1, "Anadolu", True, "according to the agency"
)
E2 = "Three freighters left the port of Odesa at dawn, Lloyd's List reported, citing shipping data."
source(f"Grain exports resumed this week.\n{E2}", E2, "Lloyd's List", True, "X reported, citing")
E3 = "A senior diplomat told the Globe and Mail that the talks would resume in Oslo next month."
source(f"Canada kept quiet on the venue.\n{E3}", E3, "Globe and Mail", True, "told X")
E4 = "In an interview with Deutsche Welle, the foreign minister said sanctions would stay in place."
source(f"Berlin hardened its line.\n{E4}", E4, "Deutsche Welle", True, "in an interview with X")
E5 = "Interfax, citing a source in the defence ministry, said the drills would end on Friday."
source(
    f"The exercises drew protests from Vilnius.\n{E5}",
    E5,
    "Interfax",
    True,
    "X, citing a source, said",
)
E6 = "Le Monde first reported the draft, which gives the monitors six months."
source(f"The plan circulated among envoys.\n{E6}", E6, "Le Monde", True, "X first reported")
E7 = "The vote was postponed until after the holiday, said a report by the Kathmandu Post."
source(f"Parliament adjourned early.\n{E7}", E7, "Kathmandu Post", True, "a report by X")
E8 = "Turnout reached 61 per cent, the highest since 1994 (Xinhua)."
source(f"Polls closed at eight.\n{E8}", E8, "Xinhua", True, "(X) credit after the claim")
E9 = "Analysts at the International Crisis Group say the truce is unlikely to outlast the rainy season."
source(
    f"Fighting paused along the river.\n{E9}",
    E9,
    "International Crisis Group",
    True,
    "analysts at X say",
)
E10 = (
    "The envoy was quoted by the Kyiv Independent as saying the prisoners would be home by spring."
)
source(
    f"Families waited at the border.\n{E10}", E10, "Kyiv Independent", True, "quoted by X as saying"
)
E11 = "Speaking to the public broadcaster RNZ, the prime minister said the levy would be scrapped."
source(f"Wellington changed course.\n{E11}", E11, "RNZ", True, "speaking to the broadcaster X")
E12 = "Kremlin aide Yuri Ushakov said the call lasted an hour, TASS reported, citing RIA Novosti."
source(
    f"Moscow said little else.\n{E12}",
    E12,
    "RIA Novosti",
    True,
    "name RIA Novosti via TASS",
    via="TASS",
)
E13 = "On Statistics Norway's figures, joblessness fell to 4.1 per cent in October."
source(f"Oslo eased its forecast.\n{E13}", E13, "Statistics Norway", True, "on X's figures")
# cited elsewhere on the page, evidence names no source
E14 = "The convoy reached Goma before nightfall."
source(
    f"{E14}\nThe aid agency's trucks had been stopped twice, Radio Okapi reported.",
    E14,
    "Radio Okapi",
    True,
    "cited in the next sentence",
)

# must fail: the page's own masthead or credit line only
F1 = "Rescue teams pulled two survivors from the rubble in Antakya on Thursday."
source(
    f"{F1}\nThe governor said more cranes were on the way.",
    F1,
    "Northern Courier",
    False,
    "the outlet's own credit line",
)
F2 = "The central bank held its key rate at 11 per cent."
source(
    f"{F2}\nEconomists had expected a cut.",
    F2,
    "Meridian Post",
    False,
    "the compiler's credit line",
)
F3 = "Ferry services to the islands were cancelled for a second day."
source(f"{F3}\nThe coastguard warned of gales.", F3, "Lakeside Observer", False, "the masthead")
F4 = "Flood barriers were raised along the Danube in Bratislava."
source(
    f"{F4}\nCopyright 2026 Harbour Ledger",
    F4,
    "Harbour Ledger",
    False,
    "the masthead and copyright line",
)
# another role: sued, fined, banned, its reporter detained
F5 = "The defence ministry sued the Daily Meridian over its report on procurement."
source(f"The case opens in May.\n{F5}", F5, "Daily Meridian", False, "the paper sued, not cited")
F6 = "Regulators fined Channel Nine for breaching election-day rules."
source(
    f"The penalty was the largest this year.\n{F6}",
    F6,
    "Channel Nine",
    False,
    "the broadcaster fined",
)
F7 = "Authorities banned Radio Azadi from broadcasting in the province last year."
source(f"Local stations went silent.\n{F7}", F7, "Radio Azadi", False, "the station banned")
F8 = "A Financial Times reporter was detained at the airport and later released."
source(f"The ministry gave no reason.\n{F8}", F8, "Financial Times", False, "its reporter detained")
F9 = "The court blocked the website of Novaya Vremya after a complaint from the prosecutor."
source(f"Readers switched to mirrors.\n{F9}", F9, "Novaya Vremya", False, "the site blocked")
F10 = "The tycoon bought the Evening Standard in a deal worth 40 million pounds."
source(f"The sale closed on Monday.\n{F10}", F10, "Evening Standard", False, "the paper bought")
# the evidence cites another outlet, the value is cited elsewhere
F11 = "The talks ended without a joint statement, Reuters reported."
source(
    f"{F11}\nEarlier, TASS had said the delegations would meet again.",
    F11,
    "TASS",
    False,
    "the evidence cites Reuters, not TASS",
)
F12 = "According to Yonhap, the launch took place shortly after 7 a.m."
source(
    f"{F12}\nKyodo said the missile fell outside Japan's waters.",
    F12,
    "Kyodo",
    False,
    "the evidence cites Yonhap",
)
F13 = "Two soldiers were wounded in the shelling, the Associated Press reported."
source(
    f"{F13}\nAl Jazeera, citing local officials, put the toll higher.",
    F13,
    "Al Jazeera",
    False,
    "the evidence cites the AP",
)
# named, in no citing shape
F14 = "Reporters from the Straits Times waited outside the hall for hours."
source(
    f"The meeting ran late.\n{F14}", F14, "Straits Times", False, "named as present, nothing cited"
)


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
    print(f"{len(built.cases)} cases -> {OUT.name}")
