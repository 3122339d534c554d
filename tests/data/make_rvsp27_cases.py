# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 27's own-clause speakers (``grounding_rvsp27.jsonl``,
review rvsp27 of sp27), by category, each with what must pass and what must fail:

- ``rv-own-clause``: a quote in the clause of a named subject with no verb of saying. Must
  fail: the subject who only describes, rebuts, reacts to or is targeted by the words ("X
  dismissed the charge that "..."", "X faced cries of", "X was met with"), a quote inside
  another's paraphrase, the interviewer who asks, one of two people named in the subject, and
  another person named in an earlier sentence. Must pass: the subject's own words after
  verbs of wanting, urging, warning, blaming, promising, in other outlets' styles.

Run ``python tests/data/make_rvsp27_cases.py`` to rebuild it. Every article below was written
for this set in its own words (the events invented); each verdict is what a careful
fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvsp27.jsonl")

built = SupportCases(
    "rvsp27",
    leads=[
        "NAIROBI (East Africa Desk) -",
        "By Clara Mendes | The Valley Courier",
        "From our correspondent in Montevideo.",
        "POLITICS | The Evening Register",
        "Translated from the Spanish edition of Radio Sur.",
    ],
)
OWN = "rv-own-clause"


def quote(words: str, passes: list[str], fails: list[str], *paragraphs: str) -> None:
    built.quote(OWN, built.page(*paragraphs), words, passes, fails)


CASES: list[tuple[str, list[str], list[str], tuple[str, ...]]] = [
    # must fail: the subject describes, rebuts or is targeted by the words
    (
        "thieves in suits",
        [],
        ["Marta Quiroga"],
        (
            'Marta Quiroga was met with shouts of "thieves in suits" as she entered the courthouse on Friday.',
        ),
    ),
    (
        "a government of clowns",
        [],
        ["Julio Herrera"],
        (
            'Julio Herrera shrugged off the opposition\'s jibe about "a government of clowns" during a visit to the port.',
        ),
    ),
    (
        "the worst budget in a generation",
        [],
        ["Paolo Reyes"],
        (
            'Paolo Reyes defended the plan against accusations that it was "the worst budget in a generation" before the finance committee.',
        ),
    ),
    (
        "a dangerous gamble",
        [],
        ["Ines Duarte"],
        (
            'Ines Duarte rejected the union\'s description of the reform as "a dangerous gamble" on Tuesday.',
        ),
    ),
    (
        "bring back the trains",
        [],
        ["Tomas Lagos"],
        (
            'Tomas Lagos was greeted by placards reading "bring back the trains" when he arrived in Rivera.',
        ),
    ),
    (
        "no deal without the farmers",
        [],
        ["Lucia Ferro"],
        (
            'Rural leaders, angry at the delay, told Lucia Ferro there would be "no deal without the farmers".',
        ),
    ),
    (
        "Will you resign?",
        ["Kevin Mwangi"],
        ["Ruth Achieng"],
        (
            'Kevin Mwangi asked the minister, Ruth Achieng, "Will you resign?" during the live broadcast.',
        ),
    ),
    (
        "a war on the poor",
        [],
        ["Elena Vidal"],
        (
            "Elena Vidal, the finance minister, opened the debate on Monday.",
            'Opposition leader Mario Paz branded the cuts "a war on the poor" and said his party would vote against them.',
        ),
    ),
    # must pass: the subject's own words with a verb that is not one of saying
    (
        "a fair price for every litre",
        ["Agnes Chebet"],
        ["Peter Kamau"],
        (
            "Peter Kamau, the agriculture minister, met dairy farmers in Eldoret on Monday.",
            'Agnes Chebet, who chairs the farmers\' cooperative, wants "a fair price for every litre" before the deliveries resume.',
        ),
    ),
    (
        "to stop the bleeding in the mines",
        ["Hector Ruiz"],
        ["Carmen Silva"],
        (
            "Carmen Silva, the mining secretary, presented the figures to Congress.",
            'Hector Ruiz urged the government "to stop the bleeding in the mines" and called for an emergency session.',
        ),
    ),
    (
        "a winter of strikes",
        ["Beatriz Olmos"],
        ["Andres Pena"],
        (
            "Andres Pena, the labour minister, refused to reopen the wage talks.",
            'Beatriz Olmos warned of "a winter of strikes" if the offer stays on the table.',
        ),
    ),
    (
        "the chaos at the border",
        ["Joseph Odhiambo"],
        ["Faith Njeri"],
        (
            "Faith Njeri, the trade commissioner, visited Busia on Thursday.",
            'Joseph Odhiambo blamed the new customs system for "the chaos at the border" and demanded a refund for truckers.',
        ),
    ),
    (
        "clean water for every village by 2030",
        ["Sofia Benitez"],
        ["Raul Castro Lima"],
        (
            "Raul Castro Lima, the outgoing governor, handed over the office on Sunday.",
            'Sofia Benitez promised "clean water for every village by 2030" in her first speech as governor.',
        ),
    ),
    (
        "an honest look at the numbers",
        ["Wanjiku Muthoni"],
        ["Brian Otieno"],
        (
            "Brian Otieno presented the audit to the county assembly on Tuesday.",
            'Wanjiku Muthoni called for "an honest look at the numbers" before any vote is taken.',
        ),
    ),
    (
        "a shameful abandonment of the veterans",
        ["Luis Aranda"],
        ["Marina Soler"],
        (
            "Marina Soler, the defence minister, announced the pension changes on Monday.",
            'Luis Aranda condemned the move as "a shameful abandonment of the veterans" and vowed to fight it.',
        ),
    ),
    (
        "more time, not more money",
        ["Esther Kiprono"],
        ["John Mutua"],
        (
            "John Mutua, the county treasurer, proposed a bigger grant for the hospital.",
            'Esther Kiprono insists the hospital needs "more time, not more money" to finish the new wing.',
        ),
    ),
    (
        "the people's verdict",
        ["Diego Fuentes"],
        ["Ana Morales"],
        (
            "Ana Morales conceded defeat late on Sunday.",
            'Diego Fuentes hailed the result as "the people\'s verdict" in front of cheering supporters.',
        ),
    ),
    (
        "a second chance for the river",
        ["Miriam Akinyi"],
        ["Paul Kiptoo"],
        (
            "Paul Kiptoo, the environment officer, reported on the clean-up on Friday.",
            'Miriam Akinyi welcomed the ruling as "a second chance for the river" and thanked the residents who brought the case.',
        ),
    ),
    (
        "reckless and unaffordable",
        ["Naomi Wairimu"],
        ["Victor Oduya"],
        (
            "Victor Oduya unveiled the new stadium plan on Wednesday.",
            'Naomi Wairimu slammed the plan as "reckless and unaffordable" in a post on her campaign page.',
        ),
    ),
    (
        "the missing millions",
        [],
        ["Tom Hale"],
        (
            "Tom Hale, the presenter, pressed the minister, Alice Njoroge, on the report.",
            'Alice Njoroge blamed the previous board for "the missing millions" and promised an audit.',
        ),
    ),
    (
        "stop the evictions now",
        [],
        ["Omar Haji"],
        ('Omar Haji faced a crowd chanting "stop the evictions now" when he visited Kibera.',),
    ),
    (
        "a museum for the whole city",
        ["Lorena Díaz"],
        ["Felipe Ortiz"],
        (
            "Felipe Ortiz, the culture secretary, toured the site on Monday.",
            'Lorena Díaz envisions "a museum for the whole city" in the old railway station.',
        ),
    ),
    (
        "the dignity of a living wage",
        ["Moses Kibet"],
        ["Jane Atieno"],
        (
            "Jane Atieno, the employers' representative, left the talks early.",
            'Moses Kibet is fighting for "the dignity of a living wage" for every guard in the county.',
        ),
    ),
]

for words, passes, fails, paragraphs in CASES:
    quote(words, passes, fails, *paragraphs)


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
