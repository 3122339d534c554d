# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of checks 50 and 52's counts (``grounding_counts52.jsonl``): value-support
cases for a count whose number stands apart from its words, by category, each with what must
pass and what must fail:

- ``partitive-part``: a partitive "N of the X ..." (or "of his X", "N of them ...") counts a
  part of X: the one the rest of its clause says ("Five of the Azovstal commanders will stay
  in Turkey" is five commanders staying in Turkey). A count of X itself ("Azovstal
  commanders") is the whole's and is refused, as is a count whose words the rest of the clause
  does not say ("commanders freed"); the whole's number is not the part's ("24 hostages ..., 13
  of them Israelis" gives no 24 Israelis);
- ``noun-run``: a number counts the noun after a run of modifiers, coordinated or not
  ("sanctions on 13 current and former senior Venezuelan officials"); the run ends at a
  plural noun of its own ("killed 11 police officers and wounded 27 civilians" gives no 11
  civilians wounded), and a year or another item's number stays refused;
- ``subset-restated``: a group counted in one sentence and a part of it in the next ("four
  state governors" then "Two of them govern states on the Colombian border"): the part is no
  second tally of the group, so the group's number stands even in a sentence marked earlier
  ("Hours earlier", "had abducted"); the part's number is not the group's;
- ``set-off-count``: a word of an earlier time set off by a colon or a comma ("agreed a week
  earlier: 1,000 prisoners for 1,000") does not make the number after it a value before a
  change; "up from a previous 34" still does;
- ``other-owner``: a count whose words name its owner ("seats won by the MPLA", "votes for
  Mahama") is not the number another owner holds in its own stretch of the sentence ("and
  UNITA took 90", "- Akufo-Addo: 6,730,413 votes"); a people's word names who is counted, not
  an owner ("Hamas freed 13 Israeli hostages" counts Israeli hostages freed);
- ``dated-length``: a date between a truce's or a count's word and its number does not part
  them ("extended the ceasefire from 6 February 2024 for 180 days" is 180 days); the date's
  own day and year stay refused.

Run ``python tests/data/make_counts52_cases.py`` to rebuild it. The facts are real (prisoner
swaps, sanctions, kidnappings, rescues and votes as outlets reported them), the sentences
written for this set; each verdict is what a careful fact-checker reads in the text, decided
when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, verdicts

OUT = Path(__file__).with_name("grounding_counts52.jsonl")

built = SupportCases(
    "c52",
    leads=[
        "ABUJA (Savanna Wire) -",
        "By Tomas Lindqvist | The Baltic Ledger",
        "WORLD BRIEFING | The Andes Courier",
        "From our Bangkok correspondent, The Mekong Review.",
        "CARACAS, Orinoco Post -",
        "Foreign desk, The Highland Examiner.",
    ],
)
PART, RUN, SUBSET, SETOFF = "partitive-part", "noun-run", "subset-restated", "set-off-count"
OWNER, DATED = "other-owner", "dated-length"
PUBLISHED = "2025-06-02"
EXACT, MORE, ABOUT = "exact", "more_than", "about"


def counts(
    category: str, sentences: list[str], passes: list[tuple[str, float, str]],
    fails: list[tuple[str, float, str]], kind: str = "events",
) -> None:  # fmt: skip
    """A fact of ``kind`` with one count (what, value, qualifier) backed by ``sentences`` (the
    evidence, one paragraph each): each of ``passes`` is stated by them, each of ``fails``
    is not (the whole for the part, the part for the whole, another item's number)."""
    text = built.page(*sentences)
    for expect, (what, value, qualifier) in verdicts(passes, fails):
        why = f"{what} {qualifier} {value:g}: " + (
            "the count the passage states" if expect else "another group's number"
        )
        counted = [(what, value, qualifier)]
        built.fact_counts(category, expect, why, text, counted, list(sentences), PUBLISHED, kind)


# --- partitive-part: "N of the X ..." counts the part the clause tells -------------------

S = "Five of the Azovstal commanders will stay in Turkey until the war is over under the terms of the swap, President Volodymyr Zelensky said on 22 September 2022."
counts(PART, [S], [("commanders staying in Turkey", 5, EXACT)],
       [("Azovstal commanders", 5, EXACT), ("commanders freed", 5, EXACT)])  # fmt: skip
S = "Two of the freed Ukrainian women decided to stay in Russia, the Russian defence ministry said after the all-female exchange of 17 October 2022."
counts(PART, [S], [("women who decided to stay in Russia", 2, EXACT)],
       [("Ukrainian women freed", 2, EXACT)])  # fmt: skip
S = "Fifty-seven of the Chibok schoolgirls escaped within hours by jumping from the lorries, the school's principal said in April 2014."
counts(PART, [S], [("schoolgirls who escaped", 57, EXACT)],
       [("Chibok schoolgirls abducted", 57, EXACT), ("schoolgirls", 2014, EXACT)])  # fmt: skip
S = "Four of the Wild Boars players were brought out of the Tham Luang cave by divers on 8 July 2018, the first day of the rescue."
counts(PART, [S], [("players brought out of the cave", 4, EXACT)],
       [("Wild Boars players", 4, EXACT)])  # fmt: skip
S = "Seven of the Republican senators voted with all 50 Democrats to convict Donald Trump on 13 February 2021, short of the two-thirds needed."
counts(PART, [S], [("Republican senators who voted to convict", 7, EXACT)],
       [("Republican senators", 7, EXACT), ("Democrats who voted to convict", 7, EXACT)])  # fmt: skip
S = "Five of the kidnapped Dapchi girls died in captivity, Information Minister Lai Mohammed told reporters in March 2018."
counts(PART, [S], [("girls who died in captivity", 5, EXACT)],
       [("kidnapped girls", 5, EXACT)])  # fmt: skip
S = "Three of his rivals in the Gambian presidential race refused to accept the partial results on 5 December 2021, saying the count had been rushed."
counts(PART, [S], [("rivals who rejected the partial results", 3, EXACT)],
       [("rivals in the presidential race", 3, EXACT)])  # fmt: skip
S = "Hamas freed 24 hostages on Friday, 24 November 2023, 13 of them Israelis and the rest Thai and Filipino farm workers."
counts(PART, [S], [("Israeli hostages freed", 13, EXACT), ("hostages freed", 24, EXACT)],
       [("Israeli hostages freed", 24, EXACT), ("hostages freed", 13, EXACT)])  # fmt: skip
S = "The Russian strike on Sumy on 13 April 2025 killed 35 people and wounded 117, 15 of them children, the regional governor said."
counts(PART, [S], [("children wounded", 15, EXACT)],
       [("people wounded", 15, EXACT), ("children wounded", 117, EXACT)])  # fmt: skip
S = "Two of the five Iranians granted clemency will remain in the United States, Iran's foreign ministry said on 18 September 2023."
counts(PART, [S], [("Iranians who will remain in the United States", 2, EXACT)],
       [("Iranians granted clemency", 2, EXACT)])  # fmt: skip
S = "Officials in Kryvyi Rih said 10 people were killed and 31 wounded in the missile strike, 10 of them seriously."
counts(PART, [S], [("seriously wounded", 10, EXACT), ("people wounded", 31, EXACT)],
       [("people wounded", 10, EXACT)])  # fmt: skip
# Review rvD: a part's predicate negated or told as what may be says nothing the part did.
S = "Two of the senators said they would not vote to convict, while the others stayed silent."
counts(PART, [S], [], [("senators who voted to convict", 2, EXACT)])  # fmt: skip
S = "Four of the detained journalists could be freed next week, their lawyers said."
counts(PART, [S], [], [("journalists freed", 4, EXACT)])  # fmt: skip
S = "Three of the freed prisoners were American citizens, the White House said on 1 August 2024."
counts(PART, [S], [("American citizens freed", 3, EXACT)], [("prisoners freed", 3, EXACT)])  # fmt: skip
S = "Six of the abducted pupils might be released on Friday, a state official said."
counts(PART, [S], [], [("pupils released", 6, EXACT)])  # fmt: skip
S = "Two of the Iranians didn't return home after the swap, Tehran said."
counts(PART, [S], [], [("Iranians who returned home", 2, EXACT)])  # fmt: skip


# --- noun-run: a number counts the noun after its modifiers -----------------------------

S = "The US Treasury on 26 July 2017 imposed sanctions on 13 current and former senior Venezuelan officials ahead of the Constituent Assembly vote."
counts(RUN, [S], [("officials sanctioned", 13, EXACT)],
       [("officials sanctioned", 2017, EXACT), ("officials sanctioned", 26, EXACT)], kind="sanctions")  # fmt: skip
S = "Washington on 7 August 2020 blacklisted 11 senior Hong Kong and Chinese officials, among them the city's leader, Carrie Lam."
counts(RUN, [S], [("officials blacklisted", 11, EXACT)], [("officials blacklisted", 7, EXACT)],
       kind="sanctions")  # fmt: skip
S = "On 11 February 2021 the Treasury sanctioned ten current and former Burmese military officials over the coup, including the army chief."
counts(RUN, [S], [("military officials sanctioned", 10, EXACT)],
       [("military officials sanctioned", 11, EXACT), ("military officials sanctioned", 2021, EXACT)], kind="sanctions")  # fmt: skip
S = "Britain froze the assets of 386 sitting Russian State Duma members on 11 March 2022, days after the invasion."
counts(RUN, [S], [("Duma members sanctioned", 386, EXACT)], [("Duma members sanctioned", 11, EXACT)],
       kind="sanctions")  # fmt: skip
S = "The Treasury named 17 current and former Saudi officials over the killing of Jamal Khashoggi, who was 59, on 15 November 2018."
counts(RUN, [S], [("Saudi officials sanctioned", 17, EXACT)],
       [("Saudi officials sanctioned", 2018, EXACT), ("Saudi officials sanctioned", 15, EXACT)], kind="sanctions")  # fmt: skip
S = "Gunmen killed 11 police officers and wounded 27 civilians in the attack on the checkpoint, the provincial governor said."
counts(RUN, [S], [("police officers killed", 11, EXACT), ("civilians wounded", 27, EXACT)],
       [("civilians wounded", 11, EXACT), ("police officers killed", 27, EXACT)])  # fmt: skip
S = "The raid killed five young children and injured dozens of adults, medics at the district hospital said."
counts(RUN, [S], [("children killed", 5, EXACT)], [("adults injured", 5, EXACT)])  # fmt: skip
S = "At least 22 mostly young unarmed protesters were shot dead by security forces in Yangon on 14 March 2021, rights monitors said."
counts(RUN, [S], [("protesters killed", 22, "at_least")], [("protesters killed", 22, EXACT)])  # fmt: skip
S = "The European Union added 40 senior Belarusian officials to its sanctions list on 2 October 2020 and three companies on 17 December."
counts(RUN, [S], [("Belarusian officials listed", 40, EXACT)],
       [("companies listed", 40, EXACT), ("Belarusian officials listed", 3, EXACT)], kind="sanctions")  # fmt: skip

# --- subset-restated: a part named in the next sentence is no second tally --------------

A = "Hours earlier the Treasury Department announced sanctions on four state governors aligned with Nicolas Maduro."
B = "Two of them govern states on the Colombian border, among them Omar Prieto of Zulia."
counts(SUBSET, [A, B], [("state governors", 4, EXACT)], [("state governors", 2, EXACT)], kind="sanctions")  # fmt: skip
A = "In April 2014 Boko Haram fighters had abducted 276 schoolgirls from their dormitory in Chibok."
B = "Fifty-seven of the schoolgirls escaped within hours, jumping from the lorries."
counts(SUBSET, [A, B], [("schoolgirls abducted", 276, EXACT)], [("schoolgirls abducted", 57, EXACT)])  # fmt: skip
A = "Fighters had seized 110 girls from the Government Girls Science and Technical College in Dapchi in February 2018."
B = "Five of the girls died in captivity, the information minister said."
counts(SUBSET, [A, B], [("girls seized", 110, EXACT), ("girls who died in captivity", 5, EXACT)],
       [("girls seized", 5, EXACT)])  # fmt: skip
A = "Twelve boys of the Wild Boars football team had been trapped in the Tham Luang cave with their coach since 23 June 2018."
B = "Four of the boys were brought out by divers on the first day of the rescue."
counts(SUBSET, [A, B], [("boys trapped in the cave", 12, EXACT), ("boys brought out", 4, EXACT)],
       [("boys trapped in the cave", 4, EXACT)])  # fmt: skip
A = "Britain had frozen the assets of seven Russian oligarchs earlier that week."
B = "Two of the oligarchs, Roman Abramovich and Oleg Deripaska, own stakes in British businesses."
counts(SUBSET, [A, B], [("oligarchs sanctioned", 7, EXACT)], [("oligarchs sanctioned", 2, EXACT)], kind="sanctions")  # fmt: skip
A = "Washington had agreed in August 2023 to free five Iranians held in American prisons."
B = "Two of the Iranians will remain in the United States, Iran's foreign ministry said."
counts(SUBSET, [A, B], [("Iranians held", 5, EXACT)], [("Iranians held", 2, EXACT)])  # fmt: skip
A = "Hamas had released 24 hostages on the first day of the truce last week."
B = "Ten of the hostages released were Thai farm workers."
counts(SUBSET, [A, B], [("hostages released", 24, EXACT), ("Thai farm workers released", 10, EXACT)],
       [("hostages released", 10, EXACT)])  # fmt: skip
A = "In December 2020 gunmen had abducted 344 schoolboys from the Government Science Secondary School in Kankara."
B = "Seventeen of the schoolboys were found hiding in the forest the next morning, police said."
counts(SUBSET, [A, B], [("schoolboys abducted", 344, EXACT)], [("schoolboys abducted", 17, EXACT)])  # fmt: skip
A = "The previous week the EU had listed 26 Russian businessmen and officials."
B = "Three of the businessmen sit on the board of Gazprom."
counts(SUBSET, [A, B], [("businessmen and officials listed", 26, EXACT)],
       [("businessmen and officials listed", 3, EXACT)], kind="sanctions")  # fmt: skip
A = "Seven Republican senators had voted to convict Donald Trump in February 2021."
B = "Two of the senators who voted to convict, Richard Burr and Pat Toomey, were not running again."
counts(SUBSET, [A, B], [("Republican senators who voted to convict", 7, EXACT)],
       [("Republican senators who voted to convict", 2, EXACT)])  # fmt: skip

# --- set-off-count: an earlier-time word before a colon does not date the number --------

for S, passes, fails in (
    (
        "23-25 May 2025 - The largest swap of the war, agreed at the Istanbul talks a week earlier: 1,000 prisoners for 1,000.",
        [("prisoners exchanged by each side", 1000, EXACT)],
        [("prisoners exchanged by each side", 25, EXACT)],
    ),
    (
        "31 January 2024 - An exchange brokered by the United Arab Emirates, its terms settled days earlier: 195 prisoners for 195.",
        [("prisoners exchanged by each side", 195, EXACT)],
        [("prisoners exchanged by each side", 31, EXACT)],
    ),
    (
        "14 September 2024 - Another swap arranged earlier by the UAE: 103 Ukrainian soldiers home, and as many Russians.",
        [("Ukrainian soldiers returned", 103, EXACT)],
        [("Ukrainian soldiers returned", 14, EXACT)],
    ),
    (
        "25 June 2024 - In the exchange agreed earlier, 90 prisoners went home on each side.",
        [("prisoners freed on each side", 90, EXACT)],
        [("prisoners freed on each side", 25, EXACT)],
    ),
    (
        "The number of people killed rose to 41, up from a previous 34, officials said.",
        [("people killed", 41, EXACT)],
        [("people killed", 34, EXACT)],
    ),
    (
        "The toll climbed to 52 from the earlier 38, the health ministry said on Monday.",
        [("people killed", 52, EXACT)],
        [("people killed", 38, EXACT)],
    ),
    (
        "The number of people injured rose to 75, from a prior 60, officials said.",
        [("people injured", 75, EXACT)],
        [("people injured", 60, EXACT)],
    ),
    (
        "5 February 2025 - The swap the two sides announced earlier: 150 prisoners for 150, with the UAE mediating.",
        [("prisoners exchanged by each side", 150, EXACT)],
        [("prisoners exchanged by each side", 5, EXACT)],
    ),
    (
        "19 March 2025 - As promised the day before, 175 prisoners went home on each side, and Russia added 22 badly wounded soldiers.",
        [("prisoners freed on each side", 175, EXACT)],
        [("prisoners freed on each side", 22, EXACT)],
    ),
    (
        "The number of displaced people rose to 12,000, up from the previous 9,000, the UN said.",
        [("people displaced", 12000, EXACT)],
        [("people displaced", 9000, EXACT)],
    ),
):
    counts(SETOFF, [S], passes, fails)

# --- other-owner: another owner's number in the same sentence ---------------------------

S = "With nearly all ballots counted, the MPLA had won 124 seats in the 220-seat National Assembly and UNITA took 90, the electoral commission said on 29 August 2022."
counts(OWNER, [S], [("seats won by the MPLA", 124, EXACT), ("seats won by UNITA", 90, EXACT)],
       [("seats won by the MPLA", 90, EXACT), ("seats won by UNITA", 124, EXACT)])  # fmt: skip
S = "The Conservatives won 365 seats in the December 2019 election and Labour 202, its worst result since 1935."
counts(OWNER, [S], [("seats won by the Conservatives", 365, EXACT), ("Labour seats", 202, EXACT)],
       [("Labour seats", 365, EXACT), ("seats won by the Conservatives", 202, EXACT)])  # fmt: skip
S = "The BJP won 240 seats in June 2024, short of a majority on its own, and Congress 99."
counts(OWNER, [S], [("seats won by the BJP", 240, EXACT), ("Congress seats", 99, EXACT)],
       [("Congress seats", 240, EXACT), ("seats won by the BJP", 99, EXACT)])  # fmt: skip
S = "In the May 2024 vote the ANC won 159 seats, the DA 87 seats and the MK party 58 seats."
counts(OWNER, [S], [("seats won by the DA", 87, EXACT), ("seats won by the ANC", 159, EXACT)],
       [("seats won by the ANC", 87, EXACT), ("seats won by the DA", 58, EXACT)])  # fmt: skip
S = "The LDP won 191 seats in the October 2024 election and Komeito 24."
counts(OWNER, [S], [("seats won by Komeito", 24, EXACT)], [("seats won by the LDP", 24, EXACT)])  # fmt: skip
S = "Adama Barrow took 457,519 votes in the December 2021 election and Ousainou Darboe 238,253, the commission said."
counts(OWNER, [S], [("votes for Barrow", 457519, EXACT), ("votes for Darboe", 238253, EXACT)],
       [("votes for Darboe", 457519, EXACT), ("votes for Barrow", 238253, EXACT)])  # fmt: skip
A = "- Akufo-Addo: 6,730,413 votes (51.3 percent)"
B = "- Mahama: 6,214,889 votes (47.4 percent)"
counts(OWNER, [A, B], [("votes for Akufo-Addo", 6730413, EXACT), ("votes for Mahama", 6214889, EXACT)],
       [("votes for Mahama", 6730413, EXACT), ("votes for Akufo-Addo", 6214889, EXACT)])  # fmt: skip
S = "Hamas freed 13 Israeli hostages on 24 November 2023, the first day of the truce."
counts(OWNER, [S], [("Israeli hostages freed", 13, EXACT)], [])  # fmt: skip
S = "Russia freed 108 Ukrainian women in the exchange of 17 October 2022."
counts(OWNER, [S], [("Ukrainian women freed", 108, EXACT)], [])  # fmt: skip

# Review rvD: an owner named in another form ("the Conservatives 121", "the Democrats 47")
# names "Conservative seats", "Democratic seats".
S = "Labour won 411 seats in July 2024 and the Conservatives 121, their worst result ever."
counts(OWNER, [S], [("Conservative seats", 121, EXACT), ("seats won by Labour", 411, EXACT)],
       [("Conservative seats", 411, EXACT)])  # fmt: skip
S = "The Republicans won 53 Senate seats in November 2024 and the Democrats 47."
counts(OWNER, [S], [("Democratic seats", 47, EXACT)],
       [("Democratic seats", 53, EXACT), ("Republican seats", 47, EXACT)])  # fmt: skip


# --- dated-length: a date between the cue and the number ---------------------------------


def length(sentence: str, passes: list[int], fails: list[int]) -> None:
    """A truce backed by ``sentence``: each of ``passes`` is its length in days, each of
    ``fails`` is not."""
    text = built.page(sentence)
    for expect, value in verdicts(passes, fails):
        fact = {"kind": "full", "status": "agreed", "evidence": [sentence],
                "duration_days": {"value": value, "qualifier": EXACT}}  # fmt: skip
        facts = {"article": {"headline": None, "outlet": None, "byline": None,
                             "published": PUBLISHED}, "ceasefires": [fact]}  # fmt: skip
        why = f"duration {value} days: " + ("its length" if expect else "a date's number")
        built.add(DATED, expect, why, text, facts, "ceasefires[0].duration_days")


for S, passes, fails in (
    (
        "In Caracas the government and the ELN agreed to prolong the ceasefire from 6 February 2024 for another 180 days.",
        [180],
        [6],
    ),
    (
        "The truce with the ELN ran from 3 August 2023 for 180 days, the first of its kind with the group.",
        [180],
        [3],
    ),
    (
        "Qatar announced a truce from 24 November 2023 for four days, with hostages freed each day.",
        [4],
        [24],
    ),
    ("The two armies agreed in Jeddah to a truce from 22 May 2023 for seven days.", [7], [22]),
    ("Israel and Hezbollah accepted a ceasefire from 27 November 2024 for 60 days.", [60], [27]),
    (
        "Both sides accepted a pause from 18 March 2025 for 30 days on strikes against energy sites.",
        [30],
        [18],
    ),
    (
        "The first phase of the ceasefire began on 19 January 2025 and was to last 42 days.",
        [42],
        [19],
    ),
    (
        "The truce in Yemen, renewed on 2 June 2022 for 60 days, held longer than any before it.",
        [60],
        [2],
    ),
    (
        "The armistice of 27 July 1953 was meant to hold for 90 days until a political conference met.",
        [],
        [27],
    ),
    (
        "Russia declared a ceasefire from 8 May 2025 for three days around the Victory Day parade.",
        [3],
        [8],
    ),
):
    length(S, passes, fails)
counts(DATED, ["Turkey's death toll from the quakes of 6 February 2023 rose to 50,783, the disaster agency said."],
       [("people killed", 50783, EXACT)], [("people killed", 2023, EXACT)])  # fmt: skip
counts(DATED, ["Prisoners freed under the deal of 14 September 2024 numbered 103 on each side."],
       [("prisoners freed on each side", 103, EXACT)], [("prisoners freed on each side", 2024, EXACT)])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
