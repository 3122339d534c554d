# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build reviewer rv63b's set against af63b's news outlet written only as the story's channel
(``grounding_rv63b.jsonl``; :mod:`summarizer.verification.people.reporting_outlets`):

- ``journalist``: the outlet IS the person's (a reporter, editor, presenter or columnist of it)
  though the page writes it with the channel's own words: told it "where she is a senior
  reporter", its report "published by" it, "The Tribune reported ... The paper's editor, Ana
  Roe", "told Lisle Radio Political Editor Ana Roe", "speaking to Lisle Radio, where she
  presents ..."; it must pass, and another outlet the person only told stays refused;
- ``told``: an outlet the person (or others) only told, spoke to or that only reported is
  refused in new shapes ("in remarks to", "told ... and ...", "first reported by", "according
  to ... and ..."), the person's own body passing.

Run ``python tests/data/make_rv63b_cases.py`` to rebuild it. Every article below was written
for this set in its own words with made-up names; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv63b.jsonl")

built = SupportCases(
    "rv63b",
    leads=[
        "ORRIN, May 9 -",
        "Media | Weekend edition",
        "Politics live",
        "From the newsroom.",
        "Local news -",
    ],
)

journalist = partial(built.person_field, "journalist", "affiliation")
told = partial(built.person_field, "told", "affiliation")

# --- journalist: the outlet is the person's own, written with channel words ------------------
journalist(
    "Ana Roe",
    ["Harwick Tribune"],
    ["Delta News"],
    "Ana Roe told the Harwick Tribune, where she is a senior reporter, that she had been followed home twice.",
    "Police told Delta News they were looking into the claims.",
)
journalist(
    "Pia Larkin",
    ["The Saltby Times"],
    ["Lisle Radio"],
    "The Saltby Times reported on Monday that the harbour sale had collapsed. The paper's editor, Pia Larkin, said it stood by every line.",
    "The harbour board told Lisle Radio the report was wrong.",
)
journalist(
    "Dara Quinn",
    ["Lisle Radio"],
    ["The Corran Times"],
    "The health minister told Lisle Radio Political Editor Dara Quinn that waiting lists would fall by spring.",
    "Doctors told The Corran Times they doubted it.",
)
journalist(
    "Sol Adeyemi",
    ["Eastgate Journal"],
    ["Kellmar Herald"],
    "Sol Adeyemi spent a year tracing the missing funds. His report, published by the Eastgate Journal on Friday, names three former directors.",
    "One of the directors told the Kellmar Herald he had done nothing wrong.",
)
journalist(
    "Mara Voss",
    ["Lisle Radio"],
    ["Saltby Evening Post"],
    "Speaking to Lisle Radio, where she has presented the breakfast show since 2015, Mara Voss said she would leave in June.",
    "Her rival told the Saltby Evening Post the station had lost its way.",
)
journalist(
    "Kit Morrow",
    ["The Marlow Chronicle"],
    ["Tamsby Telegraph"],
    "Kit Morrow told The Marlow Chronicle, for which he has written a weekly column for a decade, that he was stepping down.",
    "His publisher told the Tamsby Telegraph it would miss him.",
)
journalist(
    "Leah Brandt",
    ["Delta News"],
    ["The Ferrybridge Gazette"],
    "The mayor gave an interview to Delta News, conducted by its chief correspondent Leah Brandt, on Tuesday night.",
    "Opposition councillors told The Ferrybridge Gazette the interview was too soft.",
)
journalist(
    "Ravi Nair",
    ["The Harwick Tribune"],
    ["Lisle Radio"],
    "According to The Harwick Tribune, which has employed Ravi Nair as its courts reporter since 2012, the judge stepped aside on Monday.",
    "A court official told Lisle Radio that a new judge would be named.",
)
journalist(
    "Jo Haddad",
    ["Kellmar Herald"],
    ["Orrin Valley Record"],
    "Jo Haddad said on her show on Kellmar Herald radio that the club had been sold.",
    "The club's chairman told the Orrin Valley Record nothing had been signed.",
)
journalist(
    "Felix Okoro",
    ["Tamsby Telegraph"],
    ["Delta News"],
    "The Tamsby Telegraph asked its reporter Felix Okoro to spend a month on the night buses.",
    "The bus company told Delta News it welcomed scrutiny.",
)
journalist(
    "Una Petrov",
    ["The Corran Times"],
    ["Eastgate Journal"],
    "The Corran Times says in an editorial, written by its editor Una Petrov, that the city must build upward.",
    "Developers told the Eastgate Journal they agreed.",
)
journalist(
    "Bram Ellis",
    ["Saltby Evening Post"],
    ["Kellmar Herald"],
    "Bram Ellis, the Saltby Evening Post reporter who first found the letters, told the inquiry he had been threatened.",
    "The inquiry's chair told the Kellmar Herald the evidence was serious.",
)
journalist(
    "Nia Gallo",
    ["Delta News"],
    ["The Marlow Chronicle"],
    "Nia Gallo, who reported for Delta News from the border for six years, has written a book.",
    "She told The Marlow Chronicle the book took three years.",
)
journalist(
    "Hugo Stern",
    ["The Ferrybridge Gazette"],
    ["Lisle Radio"],
    "Hugo Stern, writing in The Ferrybridge Gazette, says the ferry subsidy should end.",
    "The ferry operator told Lisle Radio the subsidy kept fares low.",
)

journalist(
    "Ines Calder",
    ["Delta News"],
    ["Saltby Evening Post"],
    "KELLMAR, June 3 (Delta News) - Delta News reported on Tuesday that the mine would close. Reporting by Ines Calder.",
    "The mine's owner told the Saltby Evening Post that talks were still going on.",
)
journalist(
    "Arlo Finch",
    ["Kellmar Herald"],
    ["Tamsby Telegraph"],
    "The premier told Kellmar Herald Editor-in-Chief Arlo Finch that he would not run again.",
    "His deputy told the Tamsby Telegraph she would.",
)
journalist(
    "Vera Holm",
    ["Delta News"],
    ["The Harwick Tribune"],
    "Speaking to Delta News' Vera Holm, the coach said the team had lost its nerve.",
    "Fans told The Harwick Tribune they wanted him gone.",
)

# --- told: an outlet only told or only reporting, the person's own body passing ------------
told(
    "Edda Moreau",
    ["Kestrel Airways"],
    ["The Harwick Tribune"],
    "In remarks to The Harwick Tribune, Edda Moreau, chief executive of Kestrel Airways, said fares would rise.",
    "The airline carried two million passengers last year.",
)
told(
    "Colm Byrne",
    ["Halden Water Board"],
    ["Lisle Radio", "The Saltby Times"],
    "Colm Byrne of the Halden Water Board told Lisle Radio and The Saltby Times that the reservoir was at 40 percent.",
    "A hosepipe ban begins on Friday.",
)
told(
    "Ines Duarte",
    ["Marlow Rovers"],
    ["Kellmar Herald"],
    "The move was first reported by the Kellmar Herald. Marlow Rovers confirmed on Tuesday that Ines Duarte had signed a two-year deal.",
    "Duarte scored nine goals last season.",
)
told(
    "Yuri Adler",
    ["Saltby University"],
    ["Delta News"],
    "Yuri Adler, a physicist at Saltby University, said in an interview with Delta News that the results needed checking.",
    "The university has asked for a second team to repeat the test.",
)
told(
    "Lena Ortiz",
    ["Orrin Health Trust"],
    ["Eastgate Journal"],
    "Lena Ortiz, who runs the Orrin Health Trust, spoke with the Eastgate Journal on Thursday about the closures.",
    "Three clinics will shut by August.",
)
told(
    "Tomas Heikki",
    ["Corran Port Authority"],
    ["Tamsby Telegraph"],
    "The Tamsby Telegraph reported that Tomas Heikki, head of the Corran Port Authority, had resigned.",
    "The port authority declined to comment.",
)
told(
    "Ada Nwosu",
    ["Ferrybridge Council"],
    ["The Marlow Chronicle"],
    "Ada Nwosu, leader of Ferrybridge Council, said in a statement to The Marlow Chronicle that the budget was balanced.",
    "The council must save £4 million next year.",
)
told(
    "Piet Jansen",
    ["Kellmar Rail"],
    ["Saltby Evening Post"],
    '"The trains will run," Piet Jansen of Kellmar Rail told the Saltby Evening Post.',
    "Drivers plan to strike on Monday.",
)
told(
    "Rhea Kapoor",
    ["Lisle Zoo"],
    ["The Ferrybridge Gazette"],
    "According to The Ferrybridge Gazette, the zoo's new keeper, Rhea Kapoor, joined Lisle Zoo from a wildlife park.",
    "The zoo has three new lion cubs.",
)
told(
    "Gil Mercer",
    ["Eastgate Rugby Club"],
    ["Delta News"],
    "Gil Mercer, the Eastgate Rugby Club coach, was talking to Delta News after the match.",
    "The club lost 24-10.",
)
told(
    "Sara Lind",
    ["Tamsby Police"],
    ["Lisle Radio"],
    "Lisle Radio quoted Sara Lind of Tamsby Police as saying the road would reopen by noon.",
    "Two lorries collided on the bypass.",
)
told(
    "Noor Haddad",
    ["Corran Arts Trust"],
    ["The Saltby Times"],
    "Noor Haddad of the Corran Arts Trust, in comments to The Saltby Times, called the cuts reckless.",
    "The trust runs four galleries.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
