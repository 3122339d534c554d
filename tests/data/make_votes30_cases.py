# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the votes-30 set (``grounding_votes30.jsonl``): an event of kind ``vote`` told by the
shape of its sentence rather than by a vote word (outside checks 66 and 67, vote-wording
cause, session 30; :mod:`summarizer.verification.status.vote_shapes`). One category,
``vote-shapes``:

- supported: someone elected or re-elected by voters or a chamber ("was elected president of
  the Confederation by the Federal Assembly", "Parliament re-elected ... as its speaker"), a
  run-off, an ordinal round with its shares ("In the opening round Dan took 21 per cent"),
  votes counted ("came first with 183 votes"), abstentions, two sides counted ("143 in
  favour and nine against"), a verb of deciding carried by a majority ("endorsed her by an
  overwhelming majority"), a chamber or an electorate deciding ("the Sejm backed the
  government", "Irish voters rejected both amendments", "Japan's Diet chose Ishiba");
- refused (a tempting ``vote`` for an event that is none): "elected officials", "the newly
  elected mayor toured", "elected to resign", "elected not to attend", storm-water or toxic
  run-off, a round of talks or of airstrikes with a percentage in its sentence, "abstained
  from", a poll's sides, "a majority of the dead", a chamber that "backed away" or "confirmed
  that" its hall would close, a negated election.

Run ``python tests/data/make_votes30_cases.py`` to rebuild it. The events are real ones
(Romania's 2025 presidential election, Ireland's 2024 referendums, the Swiss Federal Assembly's
2024 election, Japan's Diet in 2024, Ecuador's 2023 run-off, Poland's 2025 confidence vote)
told in sentences written for this set; each verdict is what a careful fact-checker reads in
the text.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_votes30.jsonl")
built = SupportCases(
    "vt30",
    leads=[
        "By Ilse Brandt",
        "BUCHAREST (Danube Wire) -",
        "Posted 18:40 | Politics desk",
        "From our correspondent in Warsaw",
    ],
)
SHAPES = "vote-shapes"

PASSES = [
    (
        "the Federal Assembly elected Keller-Sutter",
        "Karin Keller-Sutter was elected president of the Confederation by the Federal Assembly, taking 168 of the ballots returned.",
    ),
    (
        "Portugal's parliament re-elected its speaker",
        "Portugal's parliament re-elected Jose Pedro Aguiar-Branco as its speaker on Tuesday.",
    ),
    (
        "Kim was elected party chairman",
        "Kim Min-seok was narrowly elected party chairman at the convention in Ilsan.",
    ),
    (
        "the runoff between Noboa and Gonzalez",
        "In the runoff, Daniel Noboa beat Luisa Gonzalez by more than 11 points.",
    ),
    (
        "the two finalists meet again in June",
        "Nawrocki and Trzaskowski meet again in a run-off on June 1 after neither cleared half.",
    ),
    (
        "the first round of the presidential election",
        "In the opening round George Simion took 41 per cent and Nicusor Dan 21 per cent.",
    ),
    (
        "the second round",
        "The second round, a fortnight later, gave Dan 53.6% against Simion's 46.4%.",
    ),
    (
        "the party leadership contest",
        "Koizumi finished first with 173 votes, ahead of Takaichi on 168.",
    ),
    (
        "the General Assembly resolution",
        "Of the 193 member states, 143 were in favour and nine against.",
    ),
    ("the Security Council resolution", "China and Russia abstained, and the text went through."),
    (
        "the congress backed her candidacy",
        "The party congress endorsed her candidacy by an overwhelming majority in Lyon.",
    ),
    (
        "delegates ratified the new charter",
        "Delegates ratified the new party charter with a two-thirds majority.",
    ),
    (
        "the Sejm backed the government",
        "The Sejm backed the government of Donald Tusk in a confidence motion on Wednesday.",
    ),
    (
        "Ireland's referendums on the family",
        "Irish voters rejected both constitutional amendments, the count showed on Saturday.",
    ),
    (
        "the Diet chose the prime minister",
        "Japan's Diet chose Shigeru Ishiba as prime minister in a special session.",
    ),
    (
        "the Senate confirmed the ambassador",
        "The Senate confirmed her as ambassador to Japan, 52 to 47, late on Thursday.",
    ),
    (
        "the board members' re-election",
        "The two board members were re-elected for another three-year term at the meeting.",
    ),
]
FAILS = [
    (
        "county officials urged people to leave",
        "Elected officials in the county urged residents to leave before the storm arrived.",
    ),
    (
        "the mayor toured the flooded districts",
        "The newly elected mayor toured the flooded districts on Tuesday with rescue crews.",
    ),
    (
        "the finance minister resigned",
        "The finance minister elected to resign rather than face questions from the committee.",
    ),
    (
        "the prime minister stayed away from the summit",
        "The prime minister elected not to attend the summit in Granada, aides said.",
    ),
    (
        "flooding in the lower town",
        "Storm-water run-off swept through the lower town, flooding 300 homes overnight.",
    ),
    (
        "the river was poisoned",
        "Toxic run-off from the copper mine poisoned 40 km of the river, officials said.",
    ),
    (
        "the talks in Doha",
        "The second round of talks in Doha ended without a deal, though mediators said 80 percent of the text was settled.",
    ),
    (
        "the air campaign",
        "The first round of airstrikes hit about 30 per cent of the listed targets, the army said.",
    ),
    (
        "the ceasefire over the holiday",
        "Both armies abstained from offensive operations over the holiday, monitors said.",
    ),
    (
        "a survey on the truce",
        "A survey of 1,000 adults found 61 percent in favour of the truce and 24 percent against.",
    ),
    (
        "the children killed in the strike",
        "A majority of the 40 people killed in the strike were children, the ministry said.",
    ),
    (
        "the assembly building closed",
        "The assembly confirmed on Monday that its chamber would close for repairs until March.",
    ),
    (
        "parliament dropped the conscription plan",
        "Parliament backed away from its plan to extend conscription after the protests.",
    ),
    (
        "the protests in the capital",
        "Parliament has not elected a speaker since the dissolution, and the protests go on.",
    ),
    (
        "the count of the dead",
        "Forty were killed and 12 were wounded against a convoy near the border, the army said.",
    ),
    (
        "the president toured the camp",
        "The recently elected president, Joseph Aoun, toured the camp at Ain al-Hilweh.",
    ),
]
for expect, rows in ((True, PASSES), (False, FAILS)):
    for description, sentence in rows:
        why = f"vote: {description} ({'supported' if expect else 'refused'})"
        built.event_kind(SHAPES, expect, "vote", [sentence], why, description)


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
