# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build session 61's review set of headline places (``grounding_rv61p.jsonl``, review rv61p of
pl61; :mod:`summarizer.verification.places.headline_places`), at the edges of

- ``away``: the headline heads with a place ("Selmark's exports slump", "Dovra port strike:
  ...") and the evidence names no place the old guards read, yet puts its event elsewhere: a
  made-up place named bare or by a word the guards do not read ("travelled to Ostreva", "from
  Ostreva", "the Ostreva figure", "next door", "Ostreva's rate"), or the sentence before it in
  its paragraph names another place as its subject ("Ostreva tells another story."). The
  headline's place must stay refused there; it must pass where the evidence only adds a month,
  a year, a body or a person, or "there were".
- ``headline``: the headline's own shape: the place as a possessive or a label's first word in
  its many spellings (curly apostrophes, "UK's" for the United Kingdom, "Netherlands'",
  "EXPLAINER |", an en dash) for the right value, against a title-case headline naming a
  second place, a place inside a name, a place heading a quote, and a first line that is no
  headline.

Run ``python tests/data/make_rv61p_cases.py`` to rebuild it. Every article below was written
for this set in its own words, most names and places made up (a few real countries, for the
table's other names); each verdict is what a careful fact-checker reads in the text, decided
when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv61p.jsonl")

built = SupportCases("rv61p")
AWAY, HEADLINE = "away", "headline"
_MASTS = [
    "By Oona Brackett, economics reporter",
    "Lantern Daily | 3 min read",
    "Wirral Street Journal staff",
    "Corda Press Agency - Figures desk",
    "From the Data Desk",
]


def site(
    category: str,
    headline: str,
    paragraphs: list[str],
    evidence: str,
    kind: str,
    description: str,
    place: str,
    expect: bool,
    why: str,
) -> None:
    """An event told by ``evidence`` (a sentence of ``paragraphs``) under ``headline``, with
    ``place`` its place (``expect``) or not."""
    passes, fails = ([place], []) if expect else ([], [place])
    built.headed_event_places(
        category, headline, paragraphs, [evidence], kind, description, passes, fails, why,
        why_pass=why, mastheads=_MASTS,
    )  # fmt: skip


# --- away: must fail ---------------------------------------------------------------------------
_AWAY_FAIL = [
    (
        "Selmark's exports slump to a four-year low",
        [
            "Shipments fell 8.4 per cent in the third quarter, the customs agency said.",
            "The trade minister travelled to Ostreva last week and signed a grain deal worth 1.2 billion crowns.",
        ],
        "The trade minister travelled to Ostreva last week and signed a grain deal worth 1.2 billion crowns.",
        "other",
        "grain deal signed",
        "the deal was signed on a trip to Ostreva ('travelled to'), not at home",
    ),
    (
        "Selmark's births fall again",
        [
            "The statistics office counted 51,200 births last year.",
            "Ostreva tells another story. Births rose 3 per cent to 64,000, helped by a housing grant.",
        ],
        "Births rose 3 per cent to 64,000, helped by a housing grant.",
        "other",
        "births rise",
        "the sentence before in its paragraph makes Ostreva the subject: the rise is Ostreva's",
    ),
    (
        "Selmark's jobless rate climbs to 7.1%",
        [
            "Unemployment rose for a fourth month, the labour office said.",
            "The Ostreva figure, by contrast, dropped to 4.2 per cent as factories hired.",
        ],
        "The Ostreva figure, by contrast, dropped to 4.2 per cent as factories hired.",
        "other",
        "jobless rate falls",
        "'the Ostreva figure': another country's rate",
    ),
    (
        "Selmark's fertility rate hits a record low",
        [
            "The rate fell to 1.09 children per woman, officials said.",
            "Next door, the rate edged up to 1.31 after a baby bonus was doubled.",
        ],
        "Next door, the rate edged up to 1.31 after a baby bonus was doubled.",
        "other",
        "fertility rate rises",
        "'next door': a neighbouring country's rate, not the headline's",
    ),
    (
        "Dovra's house prices cool as rates bite",
        [
            "Prices slipped 1.8 per cent in the year to June.",
            "Brennick's rents, though, jumped 11 per cent as students returned.",
        ],
        "Brennick's rents, though, jumped 11 per cent as students returned.",
        "other",
        "rents jump",
        "'Brennick's rents': another town's rents, by a possessive on a word the guard does not hold",
    ),
    (
        "Selmark's grain harvest shrinks after drought",
        [
            "Farmers brought in 2.1 million tonnes, a fifth less than last year.",
            "Ostreva's farmers, meanwhile, harvested a record 3 million tonnes.",
        ],
        "Ostreva's farmers, meanwhile, harvested a record 3 million tonnes.",
        "other",
        "record harvest",
        "'Ostreva's farmers': the record harvest is another country's",
    ),
    (
        "Dovra's tourism boom: visitor numbers hit 9 million",
        [
            "Hotels reported their busiest summer on record.",
            "Tour operators said bookings to Pellarn were up 40 per cent, drawn by its new ferry link.",
        ],
        "Tour operators said bookings to Pellarn were up 40 per cent, drawn by its new ferry link.",
        "other",
        "bookings rise",
        "bookings to Pellarn: the rise is of trips to another place",
    ),
    (
        "Selmark's central bank holds rates at 3.5%",
        [
            "The decision was unanimous, the bank said.",
            "Across the Varr strait, Ostreva's bank cut its rate by a quarter point to 2.75 per cent.",
        ],
        "Across the Varr strait, Ostreva's bank cut its rate by a quarter point to 2.75 per cent.",
        "other",
        "rate cut",
        "Ostreva's bank across the strait cut, not Selmark's",
    ),
    (
        "Dovra's teachers vote to strike",
        [
            "Members backed action by 81 per cent on a turnout of 64 per cent.",
            "Teachers over the river in Kessock walked out on Monday for a day.",
        ],
        "Teachers over the river in Kessock walked out on Monday for a day.",
        "strike",
        "teachers walk out",
        "the walkout was in Kessock, over the river",
    ),
    (
        "Selmark's census: population passes 6 million",
        [
            "The count found 6,020,000 residents.",
            "Some 410,000 Selmarkers now live on the other side of the frontier, the report added.",
        ],
        "Some 410,000 Selmarkers now live on the other side of the frontier, the report added.",
        "displacement",
        "emigrants counted",
        "those counted live on the other side of the frontier, not in Selmark",
    ),
    (
        "Dovra's bus fares rise 9%",
        [
            "The new fares take effect on 1 March, the transport board said.",
            "Riders on the Halberg line, which runs beyond the city limits, will pay 14 per cent more.",
        ],
        "Riders on the Halberg line, which runs beyond the city limits, will pay 14 per cent more.",
        "other",
        "fares rise on a line",
        "a line beyond the city limits: the rise is outside Dovra",
    ),
]
for headline, paragraphs, evidence, kind, description, why in _AWAY_FAIL:
    place = "Selmark" if headline.startswith("Selmark") else "Dovra"
    site(AWAY, headline, paragraphs, evidence, kind, description, place, False, why)

# --- away: must pass ---------------------------------------------------------------------------
_AWAY_PASS = [
    (
        "Selmark's births fall to 51,200, the lowest since 1946",
        [
            "The statistics office published the figures on Thursday.",
            "In March alone births were down 6 per cent on a year earlier.",
        ],
        "In March alone births were down 6 per cent on a year earlier.",
        "other",
        "births fall",
    ),
    (
        "Selmark's inflation eases to 2.9%",
        [
            "Prices rose 2.9 per cent in the year to May, down from 3.4 per cent in April, the statistics bureau said."
        ],
        "Prices rose 2.9 per cent in the year to May, down from 3.4 per cent in April, the statistics bureau said.",
        "other",
        "inflation eases",
    ),
    (
        "Dovra bin strike: rubbish piles up as talks stall",
        [
            "Refuse collectors have been out since 4 February.",
            "There were 17,000 tonnes of uncollected waste on the streets by Friday, the union said.",
        ],
        "There were 17,000 tonnes of uncollected waste on the streets by Friday, the union said.",
        "strike",
        "waste piles up",
    ),
    (
        "Selmark's marriage rate rises for the first time in a decade",
        ["Weddings climbed 4.4 per cent in 2024, Minister Ilse Warrender told reporters."],
        "Weddings climbed 4.4 per cent in 2024, Minister Ilse Warrender told reporters.",
        "other",
        "weddings rise",
    ),
    (
        "Dovra's rents: what the new figures show",
        ["Average rents reached 1,240 crowns a month in the second quarter, up 5 per cent."],
        "Average rents reached 1,240 crowns a month in the second quarter, up 5 per cent.",
        "other",
        "rents rise",
    ),
    (
        "Selmark's jobless rate falls to 5.0%",
        [
            "Unemployment fell for a third month, the labour office said on Monday.",
            "The office's head, Per Oddvin, said hiring in construction had picked up.",
        ],
        "Unemployment fell for a third month, the labour office said on Monday.",
        "other",
        "unemployment falls",
    ),
    (
        "Selmark's population ages faster than forecast",
        [
            "One resident in four is now over 65.",
            "Deaths exceeded births by 12,300, so the country shrank for a fifth year.",
        ],
        "Deaths exceeded births by 12,300, so the country shrank for a fifth year.",
        "casualties",
        "deaths exceed births",
    ),
    (
        "Dovra port strike - day three",
        [
            "Dockers stayed out for a third day on Wednesday.",
            "About 40 ships were waiting offshore by the evening.",
        ],
        "Dockers stayed out for a third day on Wednesday.",
        "strike",
        "dockers strike",
    ),
    (
        "Selmark's exports recover in autumn",
        [
            "Exports rose 3.2 per cent in October from September, led by machinery, the customs agency said."
        ],
        "Exports rose 3.2 per cent in October from September, led by machinery, the customs agency said.",
        "other",
        "exports rise",
    ),
    (
        "Dovra's water bills to rise by a fifth",
        [
            "Households will pay about 21 per cent more from April, the water board said in a statement."
        ],
        "Households will pay about 21 per cent more from April, the water board said in a statement.",
        "other",
        "water bills rise",
    ),
    (
        "Selmark's house prices hit a record",
        ["Prices rose 7.5 per cent over the year, according to the Land Registry."],
        "Prices rose 7.5 per cent over the year, according to the Land Registry.",
        "other",
        "house prices rise",
    ),
]
_AWAY_PASS += [
    (
        "Selmark's births slide for a tenth year",
        ["Births fell to 49,800, according to Statbyr\u00e5n, the statistics agency."],
        "Births fell to 49,800, according to Statbyr\u00e5n, the statistics agency.",
        "other",
        "births fall",
    ),
    (
        "Dovra bin strike: week six",
        ["Collectors who belong to Brannock, the municipal union, have been out since 2 March."],
        "Collectors who belong to Brannock, the municipal union, have been out since 2 March.",
        "strike",
        "collectors strike",
    ),
    (
        "Selmark's fertility rate edges lower",
        [
            "Lower fertility is only half the story. Women had 1.21 children on average last year, the agency said."
        ],
        "Women had 1.21 children on average last year, the agency said.",
        "other",
        "fertility rate falls",
    ),
]
for headline, paragraphs, evidence, kind, description in _AWAY_PASS:
    place = "Selmark" if headline.startswith("Selmark") else "Dovra"
    site(
        AWAY,
        headline,
        paragraphs,
        evidence,
        kind,
        description,
        place,
        True,
        "the headline's own place, the evidence naming none",
    )

# --- headline: must pass -----------------------------------------------------------------------
_HEAD_PASS = [
    (
        "Japan\u2019s births slide to a new low",
        "Births fell 5.0 per cent to 686,000 last year, the health ministry said.",
        "other",
        "births fall",
        "Japan",
    ),
    (
        "UK's jobless rate edges up to 4.4%",
        "Unemployment rose to 4.4 per cent in the three months to March, the statistics office said.",
        "other",
        "unemployment rises",
        "United Kingdom",
    ),
    (
        "Britain's inflation rate eases",
        "Consumer prices rose 2.3 per cent in the year to April, down from 2.6 per cent.",
        "other",
        "inflation eases",
        "United Kingdom",
    ),
    (
        "EXPLAINER | Dovra's council tax rise and what it means for you",
        "Band D bills will go up 4.99 per cent from April.",
        "other",
        "council tax rises",
        "Dovra",
    ),
    (
        "Selmark rail strike \u2013 what you need to know",
        "Drivers will walk out for 48 hours from Tuesday.",
        "strike",
        "drivers walk out",
        "Selmark",
    ),
    (
        "Netherlands' population tops 18 million",
        "The population grew by 118,000 last year, almost all of it from migration.",
        "other",
        "population grows",
        "Netherlands",
    ),
    (
        "LIVE: Dovra flood warnings - latest updates",
        "Rivers were still rising on Sunday night and about 300 homes had been evacuated.",
        "other",
        "homes evacuated",
        "Dovra",
    ),
    (
        "Canada's housing starts jump 12%",
        "Builders broke ground on 271,000 homes at an annual rate in May.",
        "other",
        "housing starts rise",
        "Canada",
    ),
    (
        "Analysis: Selmark's wage growth is slowing",
        "Regular pay rose 4.1 per cent in the year to June, down from 5.2 per cent.",
        "other",
        "pay growth slows",
        "Selmark",
    ),
    (
        "Dovra's Housing Crisis Deepens as Rents Climb",
        "Average rents rose 9 per cent in a year, the letting agents' body found.",
        "other",
        "rents rise",
        "Dovra",
    ),
    (
        "Germany's factory orders fall for a third month",
        "Orders dropped 1.4 per cent in August from July, the economy ministry said.",
        "other",
        "factory orders fall",
        "Germany",
    ),
]
for headline, evidence, kind, description, place in _HEAD_PASS:
    paragraphs = ["The figures came out on Wednesday morning.", evidence]
    site(
        HEADLINE,
        headline,
        paragraphs,
        evidence,
        kind,
        description,
        place,
        True,
        "the headline's own place, the evidence naming none",
    )

# --- headline: must fail -----------------------------------------------------------------------
_HEAD_FAIL = [
    (
        "Dovra's Births Fall While Brennick's Soar",
        "Births rose 14 per cent to 3,900, the registrar said.",
        "other",
        "births rise",
        "Dovra",
        "a title-case headline naming a second town whose births soared: the rise is Brennick's",
    ),
    (
        "Selmark's Exports Slump as Ostreva Demand Dries Up",
        "Orders from buyers dropped 30 per cent in the quarter.",
        "other",
        "orders drop",
        "Selmark",
        "the orders that dropped are Ostreva's buyers'; a title-case headline names a second place",
    ),
    (
        "Selmark's envoy: 'Ostreva's floods cost 40 lives'",
        "At least 40 people died when the river burst its banks.",
        "casualties",
        "flood deaths",
        "Selmark",
        "the envoy is Selmark's; the floods were Ostreva's",
    ),
    (
        "Selmark's Ambassador Warns on Pellarn Famine",
        "Some 2 million people face hunger by the spring, aid agencies said.",
        "displacement",
        "hunger",
        "Selmark",
        "the ambassador is Selmark's; the famine is Pellarn's",
    ),
    (
        "Dovra's mayor: our twin town Kessock needs help after the storm",
        "More than 200 homes were left without roofs.",
        "other",
        "homes damaged",
        "Dovra",
        "the storm hit Kessock, the twin town the mayor speaks of",
    ),
    (
        "Selmark's pension funds pile into Ostreva bonds",
        "Holdings rose by 4 billion crowns in six months.",
        "other",
        "bond holdings rise",
        "Ostreva",
        "the holdings are Selmark's funds'; Ostreva is only the bonds' issuer",
    ),
    (
        "Selmark's Prime Minister Visits Brennick Flood Zone",
        "The water had reached 1.8 metres in the lower streets.",
        "other",
        "flood depth",
        "Selmark",
        "the flood zone is Brennick; the headline's possessive is on the visitor",
    ),
    (
        "Selmark's former coach takes Ostreva to World Cup",
        "The side won 6 of its 8 qualifiers.",
        "other",
        "qualifiers won",
        "Selmark",
        "the side is Ostreva's; the coach only was Selmark's",
    ),
    (
        "Dovra's biggest employer moves 900 jobs to Halberg",
        "About 900 posts will go by the end of next year.",
        "other",
        "jobs moved",
        "Halberg",
        "the jobs go from Dovra; the headline names Halberg after 'to', not at its head",
    ),
    (
        "Selmark's Exiles Vote in Ostreva Elections",
        "Turnout among them reached 71 per cent.",
        "other",
        "turnout",
        "Selmark",
        "the vote was in Ostreva's elections",
    ),
    (
        "Selmark's Top Diplomat Meets Rebels Across the Varr",
        "The talks lasted six hours, officials said.",
        "other",
        "talks held",
        "Selmark",
        "the talks were across the Varr, away from Selmark",
    ),
]
for headline, evidence, kind, description, place, why in _HEAD_FAIL:
    paragraphs = ["The news came late on Thursday.", evidence]
    site(HEADLINE, headline, paragraphs, evidence, kind, description, place, False, why)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
    print(f"{len(built.cases)} cases -> {OUT.name}")
