# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the numbers set of session 23 from an outside check's causes (``grounding_numbers47.jsonl``):
value-support and free-text cases for numbers whose noun stands away from them, numbers written
in the European style, and words a careful reader equates, by category, each with what must
pass and what must fail:

- ``decimal-comma``: a European decimal comma ("12,5 %", "€2,1 billion") is one number, and a
  point that groups thousands ("1.200 entities", "2.400.000 barrels") is read as thousands in
  a page that writes its decimals with a comma (or when the point sets off two groups); the
  English "1,200" stays twelve hundred; the digits on either side of the comma, or the
  English reading of the page's point, are refused;
- ``apart-count``: a partitive whose noun is a pronoun or possessive ("14 of them at
  ministerial level", "four of its soldiers") counts the part the clause names; a court's or
  panel's split ("ruled 7-4", "split 6-3") gives the majority its first side and the
  dissent its second; the other side or the whole is refused;
- ``relative-rate``: a rate set in a relative clause on a tariff word ("the duties on steel,
  which Trump doubled to 50 per cent in June") is the measure's rate; a former rate ("from 25
  per cent") or another thing's rate in the sentence is refused;
- ``equated-words``: hours in whole days ("48 hours" for "two-day"), and a plural role whose
  head noun takes the plural ("Directors General", "Attorneys General") for the singular
  role; a length or role the text does not give is flagged.

Run ``python tests/data/make_numbers47_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, real bodies in invented sentences); each
verdict is what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_numbers47.jsonl")

built = SupportCases(
    "nu47",
    leads=[
        "BRUSSELS (Agence Europa Hebdo) \u2014",
        "By our trade correspondent | Lisboa Mercantil",
        "Wire desk, Baltic Ledger",
        "From the Vienna bureau of Donau Kurier",
        "Newsletter \u2014 The Tariff Roundup, issue 212",
    ],
    title="Numbers in the news",
)


def free(category: str, expect: bool, text: str, summary: str, why: str) -> None:
    """Whether ``summary`` (free text) is stated by ``text``: no number or name flagged."""
    built.add(
        category, expect, why, built.page(text), {"summary": summary}, "summary", check="unstated"
    )


def role(expect: bool, text: str, name: str, title: str, why: str) -> None:
    """A person ``name`` whose role is ``title``, on a page of ``text``."""
    person = {"name": name, "role": title, "affiliation": None}
    built.add(
        "equated-words",
        expect,
        why,
        built.page(text),
        {"people": [person]},
        "people[0].role",
        check="unstated",
    )


# --- decimal-comma ---------------------------------------------------------------------------

TARIFFS = [
    (
        "The Council fixed an anti-dumping duty of 12,5 % on Chinese glass fibre, effective from Monday.",
        12.5,
        [12, 5, 125],
    ),
    (
        "A tariff of 7,25 per cent will apply to the listed aluminium products from 1 March.",
        7.25,
        [7, 25, 725],
    ),
    ("Les Echos Fiscaux reports the surcharge at 3,8% for the smaller importers.", 3.8, [3, 8, 38]),
    (
        "The customs duty on Belarusian potash is raised to 18,75 percent under the regulation.",
        18.75,
        [18, 75],
    ),
    (
        "Importers now face a levy of 40,2 pc on the frozen fish covered by the decision.",
        40.2,
        [40, 2, 402],
    ),
    (
        "Under the compromise a countervailing duty of 9,1 % is imposed on the e-bikes.",
        9.1,
        [9, 1, 91],
    ),
]
for sentence, right, wrongs in TARIFFS:
    built.tariff("decimal-comma", True, sentence, right, "a European decimal comma")
    for wrong in wrongs:
        built.tariff("decimal-comma", False, sentence, wrong, "one side of the decimal comma")

COUNTS = [
    # (page before the sentence, sentence, what, right, wrongs)
    (
        "The package was valued at \u20ac2,1 billion in frozen assets.",
        "The annex lists 1.200 entities and individuals.",
        "entities listed",
        1200,
        [1.2, 1, 200],
    ),
    (
        "Exports fell by 4,5 % in the first quarter.",
        "Customs officers seized 2.750 crates of cigarettes at the border.",
        "crates seized",
        2750,
        [2.75, 2],
    ),
    (
        "",
        "The refinery shipped 2.400.000 barrels to the terminal last year.",
        "barrels shipped",
        2400000,
        [2.4, 2400],
    ),
    (
        "Inflation stood at 2,9 % in May, the statistics office said.",
        "A total of 3.600 workers lost their jobs when the plant closed.",
        "workers who lost their jobs",
        3600,
        [3.6, 600],
    ),
    (
        "",
        "The embassy counted 1,200 applicants for the visa scheme.",
        "applicants",
        1200,
        [1.2, 200],
    ),
    (
        "",
        "Rescuers evacuated 4,350 residents from the flooded district.",
        "residents evacuated",
        4350,
        [4.35, 350],
    ),
]
for before, sentence, what, right, wrongs in COUNTS:
    text = built.page(before, "{sentence}")
    built.counted(
        "decimal-comma",
        True,
        sentence,
        what,
        right,
        "thousands grouped by the page's style",
        text=text,
    )
    for wrong in wrongs:
        built.counted(
            "decimal-comma", False, sentence, what, wrong, "not the page's reading", text=text
        )

FREE = [
    (
        "Nitrogen fertilisers face a duty of 6,5 % from July.",
        "Fertilisers face a 6,5 % duty.",
        "6.5 written with a comma",
    ),
    (
        "Nitrogen fertilisers face a duty of 6,5 % from July.",
        "Fertilisers face a 6.5% duty.",
        "6,5 written with a point",
    ),
    (
        "Growth was revised to 1,25 per cent for the year.",
        "Growth is now put at 1,25 per cent.",
        "a two-digit decimal",
    ),
    (
        "The fund holds \u20ac3,4 billion in reserves.",
        "The fund holds 3,4 billion euros.",
        "a scaled decimal",
    ),
    (
        "The ministry counted 1.800 applications, against 2,5 % fewer last year.",
        "There were 1.800 applications.",
        "thousands with a point",
    ),
]
for text, summary, why in FREE:
    free("decimal-comma", True, text, summary, why)
FREE_WRONG = [
    (
        "Nitrogen fertilisers face a duty of 6,5 % from July.",
        "Fertilisers face a 5 % duty.",
        "5 is only the decimals",
    ),
    (
        "Nitrogen fertilisers face a duty of 6,5 % from July.",
        "Fertilisers face a 6 % duty.",
        "6 is only the whole part",
    ),
    (
        "Growth was revised to 1,25 per cent for the year.",
        "Growth is now put at 25 per cent.",
        "25 is only the decimals",
    ),
    (
        "The fund holds \u20ac3,4 billion in reserves.",
        "The fund holds 4 billion euros.",
        "4 is only the decimals",
    ),
    (
        "The ministry counted 1.800 applications, against 2,5 % fewer last year.",
        "There were 800 applications.",
        "800 is one group",
    ),
]
for text, summary, why in FREE_WRONG:
    free("decimal-comma", False, text, summary, why)

# Review s23c (eu33, eu34, eu37): a lone point group before a scale word or a per cent is an
# English decimal on any page, even one that quotes a European "2,4 %" elsewhere.
ENGLISH_POINT = [
    # (page before, sentence, right, wrong)
    (
        "Spanish inflation stood at 3,1 % in March.",
        "Washington set a countervailing duty of 3.125% on the Mexican tomatoes.",
        3.125,
        3125,
    ),
    (
        "Prices rose 1,8 % in Portugal last year.",
        "Ottawa imposed a levy of 6.875 per cent on the imported steel coil.",
        6.875,
        6875,
    ),
    (
        "The euro-area figure came in at 2,2 % for May.",
        "The surtax of 4.625 percent applies to Chinese batteries from July.",
        4.625,
        4625,
    ),
]
for before, sentence, right, wrong in ENGLISH_POINT:
    text = built.page(before, "{sentence}")
    built.tariff(
        "decimal-comma", True, sentence, right, "an English decimal before a per cent", text=text
    )
    built.tariff(
        "decimal-comma", False, sentence, wrong, "no thousands mark before a per cent", text=text
    )
ENGLISH_FREE = [
    # (text, right summary, wrong summary)
    (
        "The Treasury froze $1.125 billion in assets, it said, after euro-area inflation hit 2,4 %.",
        "The Treasury froze $1.125 billion.",
        "The Treasury froze $1,125 billion.",
    ),
    (
        "The fund, worth \u00a32.375bn, was frozen. Eurozone growth slowed to 0,4 % in the quarter.",
        "A \u00a32.375bn fund was frozen.",
        "A \u00a32,375bn fund was frozen.",
    ),
    (
        "The Fed kept its rate at 4.625 percent, while Madrid set a levy of 6,5 % on imported oil.",
        "The Fed kept its rate at 4.625 percent.",
        "The Fed kept its rate at 4,625 percent.",
    ),
]
for text, right, wrong in ENGLISH_FREE:
    free("decimal-comma", True, text, right, "an English decimal before a scale or per cent")
    free("decimal-comma", False, text, wrong, "thousands the page does not write")


# --- apart-count -----------------------------------------------------------------------------

APART = [
    # (sentence, what, right, wrongs)
    (
        "The republic has hosted 210 meetings and events during its presidency, 18 of them at ministerial level.",
        "ministerial-level meetings",
        18,
        [210],
    ),
    (
        "Thirty-two people died in the floods, and the provincial governor said nine of them were children.",
        "children who died",
        9,
        [32],
    ),
    (
        "In the clash, 15 Armenian servicemen were killed, and Baku later said six of its soldiers had died.",
        "Azerbaijani soldiers killed",
        6,
        [15],
    ),
    (
        "The militia released 44 hostages on Sunday; 11 of them were foreign nationals.",
        "foreign nationals released",
        11,
        [44],
    ),
    (
        "The ministry approved 96 licences last year, 23 of them for wind farms.",
        "licences for wind farms",
        23,
        [96],
    ),
    (
        "The Federal Circuit ruled 7-4 that the duties were unlawful.",
        "judges in the majority",
        7,
        [4],
    ),
    ("The Federal Circuit ruled 7-4 that the duties were unlawful.", "dissenting judges", 4, [7]),
    ("The justices split 6-3 in favour of the exporters.", "justices in the majority", 6, [3]),
    ("The appeals panel decided 2-1 to lift the injunction.", "judges in the majority", 2, [1]),
    ("By a 5-4 vote, the Supreme Court upheld the levy.", "justices in the majority", 5, [4]),
    ("The constitutional court ruled 9-6 against the decree.", "judges in the dissent", 6, [9]),
]
for sentence, what, right, wrongs in APART:
    built.counted("apart-count", True, sentence, what, right, "the clause's part or side")
    for wrong in wrongs:
        built.counted("apart-count", False, sentence, what, wrong, "the whole or the other side")

APART_WRONG = [
    # (sentence, what, value): the part's number for a count its words do not name
    (
        "In the clash, 15 Armenian servicemen were killed, and Baku later said six of its soldiers had died.",
        "Armenian soldiers killed",
        6,
    ),
    (
        "Thirty-two people died in the floods, and the provincial governor said nine of them were children.",
        "adults who died",
        9,
    ),
    (
        "The republic has hosted 210 meetings and events during its presidency, 18 of them at ministerial level.",
        "summit-level meetings",
        18,
    ),
    (
        "The ministry approved 96 licences last year, 23 of them for wind farms.",
        "licences for solar farms",
        23,
    ),
    (
        "Tokyo said 40 of its citizens had been evacuated, and Seoul said 25 of its nationals were still missing.",
        "Japanese citizens missing",
        25,
    ),
    ("The general court ruled 3-3 on the appeal.", "judges in the majority", 3),
]
for sentence, what, value in APART_WRONG:
    built.counted("apart-count", False, sentence, what, value, "the part counts something else")
APART_RIGHT = [
    (
        "Tokyo said 40 of its citizens had been evacuated, and Seoul said 25 of its nationals were still missing.",
        "Japanese citizens evacuated",
        40,
    ),
    (
        "Of the 60 deputies who voted, the court heard, a 35-25 split favoured the motion.",
        "deputies in the minority",
        25,
    ),
]
for sentence, what, value in APART_RIGHT:
    built.counted("apart-count", True, sentence, what, value, "the part's own words")

# Review s23c (ap11, ap21, ap22, ap25, ap30): the side word must be the count's own (not
# "against the majority", "majority-party", "the majority leader"), and of two scores only the
# one the count's words pick (Tuesday's, the Senate's) gives a side.
SIDES = [
    # (sentence, what, value, expect)
    (
        "The motion carried 61-39, and all 39 Labour members voted against the majority.",
        "Labour members who voted against the majority",
        39,
        True,
    ),
    (
        "The motion carried 61-39, and all 39 Labour members voted against the majority.",
        "Labour members in the majority",
        39,
        False,
    ),
    (
        "Democrats, the majority party, lost the procedural vote 46-54 after six defected.",
        "majority-party senators who voted yes",
        46,
        True,
    ),
    (
        "Democrats, the majority party, lost the procedural vote 46-54 after six defected.",
        "senators in the majority",
        46,
        False,
    ),
    (
        "In the 70-30 vote, 30 Conservatives broke from the majority.",
        "Conservatives who broke from the majority",
        30,
        True,
    ),
    (
        "The majority leader's bill failed 45-55 in the chamber.",
        "senators in the majority",
        45,
        False,
    ),
    (
        "The court, which split 5-4 in January, ruled 8-1 on Tuesday.",
        "justices in the majority on Tuesday",
        8,
        True,
    ),
    (
        "The Senate passed the bill 58-42 on Monday; the House vote on Wednesday was 230-201.",
        "senators in Monday's majority",
        58,
        True,
    ),
    (
        "The court, which split 5-4 in January, ruled 8-1 on Tuesday.",
        "justices in the majority on Tuesday",
        5,
        False,
    ),
    (
        "The court, which split 5-4 in January, ruled 8-1 on Tuesday.",
        "dissenting justices on Tuesday",
        4,
        False,
    ),
    (
        "The board split 3-2 last spring and 6-5 this week.",
        "members in this week's majority",
        3,
        False,
    ),
    (
        "The Senate passed the bill 58-42 on Monday; the House vote on Wednesday was 230-201.",
        "House members in the majority",
        58,
        False,
    ),
]
for sentence, what, value, expect in SIDES:
    built.counted(
        "apart-count",
        expect,
        sentence,
        what,
        value,
        "the count's own side" if expect else "another vote or side",
    )


# --- relative-rate ---------------------------------------------------------------------------

RELATIVE = [
    # (sentence, right, wrongs): the rate a relative clause on a tariff word sets
    (
        "The ruling does not touch the duties on steel and aluminium, which Trump doubled from 25 per cent to 50 per cent in June.",
        50,
        [25],
    ),
    (
        "Exporters still face the levy on solar panels, which Brussels raised to 35% last spring from 20%.",
        35,
        [20],
    ),
    (
        "The surcharge on imported rice, which the cabinet cut to 12 percent in March, stays in place while inflation runs at 4 percent.",
        12,
        [4],
    ),
    (
        "Farmers welcomed the tariff on fertiliser imports, which Ottawa lowered to 8 per cent, though prices rose 3 per cent.",
        8,
        [3],
    ),
    (
        "The anti-dumping duty on steel tubes, which the ministry set at 22.5 per cent, will cover 40 per cent of imports.",
        22.5,
        [40],
    ),
    (
        "The import duty on Chinese electric cars, which the government tripled to 75 percent, drew protests from dealers who sell 30 percent of them.",
        75,
        [30],
    ),
    (
        "The Section 232 duties on steel and aluminium, which Trump doubled to 50 per cent in June, are not affected.",
        50,
        [25, 5],
    ),
    (
        "Buyers still pay the surtax on foreign steel that Ankara lifted to 40 per cent last year, up from 25 per cent.",
        40,
        [25],
    ),
    (
        "Importers pointed to the levies on Russian grain, which the Commission set at 45 percent in March.",
        45,
        [4.5],
    ),
    (
        "Nothing changes for the duty on Vietnamese shrimp, which Washington slashed to 2.5% after imports fell 12%.",
        2.5,
        [12],
    ),
    ("The surcharge on luxury cars that Canberra hiked to 33 per cent stays in force.", 33, [3]),
]
RELATIVE_WRONG = [
    # (sentence, value): a rate the relative clause on a tariff word does not set
    (
        "The duties on steel, which exporters say cut their sales to 60 per cent of the 2023 level, remain.",
        60,
    ),
]
for sentence, wrong in RELATIVE_WRONG:
    built.tariff("relative-rate", False, sentence, wrong, "not the rate the clause sets now")
for sentence, right, wrongs in RELATIVE:
    built.tariff("relative-rate", True, sentence, right, "the rate its relative clause sets")
    for wrong in wrongs:
        built.tariff("relative-rate", False, sentence, wrong, "a former rate or another thing's")


# --- equated-words ---------------------------------------------------------------------------

LENGTHS = [
    ("The truce will last 48 hours, the army said.", "The army announced a two-day truce.", True),
    (
        "The port will stay closed for 72 hours, the harbour master said.",
        "The port faces a three-day closure.",
        True,
    ),
    ("Negotiators were given 24 hours to reply.", "Negotiators had a one-day deadline.", True),
    ("The strike will run for 96 hours from Monday.", "A four-day strike starts on Monday.", True),
    ("The curfew was extended by 48 hours.", "The curfew was extended by two days.", True),
    (
        "The truce will last 48 hours, the army said.",
        "The army announced a three-day truce.",
        False,
    ),
    (
        "The port will stay closed for 72 hours, the harbour master said.",
        "The port faces a two-day closure.",
        False,
    ),
    ("Negotiators were given 36 hours to reply.", "Negotiators had a two-day deadline.", False),
    ("The strike will run for 96 hours from Monday.", "A five-day strike starts on Monday.", False),
    ("The curfew was extended by 48 hours.", "The curfew was extended by four days.", False),
]
for text, summary, expect in LENGTHS:
    free(
        "equated-words",
        expect,
        text,
        summary,
        "hours as whole days" if expect else "another length",
    )

# Review s23c (eq03, eq05, eq11, eq15): the other unit's length backs the text only when it is
# said of the same thing (its clause shares a word with the text's), and "2 days ago" is no
# length.
NEAR_LENGTHS = [
    (
        "The ceasefire will hold for 72 hours, mediators said. Aid lorries queued for a week.",
        "Mediators announced a three-day ceasefire.",
        True,
    ),
    (
        "The sanctions will stay in force for 24 months, the council said.",
        "The sanctions will stay in force for two years.",
        True,
    ),
    (
        "The blockade was lifted for 48 hours to let aid through.",
        "The blockade was lifted for two days.",
        True,
    ),
    (
        "Ships may anchor in the bay for 14 days under the new rule.",
        "Ships may anchor for two weeks.",
        True,
    ),
    (
        "The ceasefire began 3 days ago and will last 336 hours.",
        "The ceasefire will last two weeks.",
        True,
    ),
    (
        "Aid convoys will run for 72 hours. The ceasefire will last a week, the army said.",
        "The army announced a three-day ceasefire.",
        False,
    ),
    (
        "The embargo will last 36 months, following a 14-day notice period.",
        "The embargo will last two weeks.",
        False,
    ),
    (
        "The truce started 2 days ago and is meant to last 30 days.",
        "The truce is meant to last 48 hours.",
        False,
    ),
    (
        "Negotiations lasted 72 hours. The truce will hold for five days.",
        "A three-day truce was agreed.",
        False,
    ),
    (
        "Flights were suspended for 48 hours; the blockade stays for a month.",
        "The blockade stays for two days.",
        False,
    ),
]
for text, summary, expect in NEAR_LENGTHS:
    free(
        "equated-words",
        expect,
        text,
        summary,
        "the same thing's length" if expect else "another thing's length",
    )

ROLES = [
    (
        "Talks were held between the Directors General of Military Operations, Lieutenant General Arjun Mehra and Major General Tariq Aziz.",
        "Arjun Mehra",
        "Director General of Military Operations",
        True,
    ),
    (
        "The Attorneys General of Oregon and Vermont, Lena Hollis and Mark Dutton, filed the suit.",
        "Lena Hollis",
        "Attorney General",
        True,
    ),
    (
        "The two Secretaries-General, Ana Ferraz and Olli Virtanen, signed the memorandum.",
        "Olli Virtanen",
        "Secretary-General",
        True,
    ),
    (
        "The Directors General of the customs services, Petra Novak and Ivo Kral, met in Prague.",
        "Petra Novak",
        "Director General",
        True,
    ),
    (
        "The meeting of the Inspectors General, chaired by Rosa Klein, ended on Friday.",
        "Rosa Klein",
        "Inspector General",
        True,
    ),
    (
        "Talks were held between the Directors General of Military Operations, Lieutenant General Arjun Mehra and Major General Tariq Aziz.",
        "Arjun Mehra",
        "Inspector General",
        False,
    ),
    (
        "The Attorneys General of Oregon and Vermont, Lena Hollis and Mark Dutton, filed the suit.",
        "Lena Hollis",
        "Solicitor General",
        False,
    ),
    (
        "The two Secretaries-General, Ana Ferraz and Olli Virtanen, signed the memorandum.",
        "Olli Virtanen",
        "Surgeon General",
        False,
    ),
    (
        "The Directors General of the customs services, Petra Novak and Ivo Kral, met in Prague.",
        "Petra Novak",
        "Postmaster General",
        False,
    ),
    (
        "The meeting of the Inspectors General, chaired by Rosa Klein, ended on Friday.",
        "Rosa Klein",
        "Governor General",
        False,
    ),
]
for text, name, title, expect in ROLES:
    role(
        expect,
        text,
        name,
        title,
        "the plural role names the singular" if expect else "a role the text does not give",
    )


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
