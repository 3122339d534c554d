# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the sixth speakers set (``grounding_speakers6.jsonl``): value-support cases for two
ways a quote was credited to the wrong person, by category, each with what must pass and what
must fail:

- ``interviewer``: the one interviewed answers, never the one who interviews or asks: "X
  interviewed Y, who said", "X spoke to Y, who told her", "X quizzed Y. "...," she said", "X
  asked Y whether ... "...," he replied", "In an interview with X, Y said", "Asked by X, Y
  replied"; near misses that keep their verdict: "X, interviewed by Y, said" (X), "X told Y
  that" (X), "X spoke with Y. "...," he said" (a call between leaders: X), "X asked Y to ..."
  (a request: X goes on), and a quote that itself asks ("...?" she asked: the one asking);
- ``pronoun-gender``: a "he" or "she" read back to a person the page marks with the other
  gender ("Mr.", "Congresswoman", "the chairman", "said she", "who lost her seat") does not
  credit them (unsupported), nor does it when another person the page marks with the
  pronoun's gender is named in between (two readings: unconfirmed); near misses: nothing on
  the page tells the gender (first names are never read), the marks agree, or the marks
  belong to someone else.

Run ``python tests/data/make_speakers6_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, or public figures in invented sentences);
each verdict is what a careful fact-checker reads in the text, decided when the case was
written, never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_speakers6.jsonl")

built = SupportCases("sp6")
quote = built.quote
Q1, Q2 = "\u201c", "\u201d"

# --- interviewer: the one interviewed answers
C = "interviewer"
quote(
    C,
    f"Flood relief\n\nOn Tuesday the Courier's Nadia Perrin interviewed Governor Ilse Vandermeer, who said {Q1}the levees held better than anyone feared.{Q2}\n",
    "the levees held better than anyone feared.",
    ["Ilse Vandermeer"],
    ["Nadia Perrin"],
)
quote(
    C,
    'Port strike\n\nA Harbour Times reporter spoke to union organiser Tobias Wren, who told her: "Nobody goes back until the contracts are signed."\n',
    "Nobody goes back until the contracts are signed.",
    ["Tobias Wren"],
    [],
)
quote(
    C,
    f"Port strike\n\nLena Voss of the Harbour Times spoke to union organiser Tobias Wren, who told her the dockers would {Q1}stay out as long as it takes.{Q2}\n",
    "stay out as long as it takes.",
    ["Tobias Wren"],
    ["Lena Voss"],
)
quote(
    C,
    'Budget week\n\nRadio host Caleb Osei quizzed Finance Minister Priya Raman on the deficit for twenty minutes.\n\n"We will close the gap without cutting pensions," she said.\n',
    "We will close the gap without cutting pensions,",
    ["Priya Raman"],
    ["Caleb Osei"],
)
quote(
    C,
    f"Vaccines\n\nMorning Desk anchor Greta Lund interviewed Dr. Samir Haddad on Thursday. {Q1}The second dose matters more than people think,{Q2} he said.\n",
    "The second dose matters more than people think,",
    ["Samir Haddad"],
    ["Greta Lund"],
)
quote(
    C,
    'Transit\n\nOur correspondent Mirela Costa asked Mayor Jonah Pike whether the tram line would open on time. "It will, give or take a week," he replied.\n',
    "It will, give or take a week,",
    ["Jonah Pike"],
    ["Mirela Costa"],
)
quote(
    C,
    'Election night\n\nBroadcaster Amos Tell grilled the opposition leader, Hana Brightwater, about her costings, and she said: "Every pledge is paid for, line by line."\n',
    "Every pledge is paid for, line by line.",
    ["Hana Brightwater"],
    ["Amos Tell"],
)
quote(
    C,
    'Election night\n\nIn an interview with broadcaster Amos Tell, Hana Brightwater said: "Every pledge is paid for."\n',
    "Every pledge is paid for.",
    ["Hana Brightwater"],
    ["Amos Tell"],
)
quote(
    C,
    'Mining\n\nAsked by the Ledger\'s Owen Marsh whether the mine would close, chief executive Rhea Lindqvist replied: "Not while I run this company."\n',
    "Not while I run this company.",
    ["Rhea Lindqvist"],
    ["Owen Marsh"],
)
quote(
    C,
    'Harvest\n\nFarm Weekly interviewed the agriculture minister, Bruno Falk, and he said that "prices will settle by spring."\n',
    "prices will settle by spring.",
    ["Bruno Falk"],
    [],
)
quote(
    C,
    'Harvest\n\nAgriculture Minister Bruno Falk toured the valley on Monday.\n\nLater, Farm Weekly editor Carla Dunn interviewed the minister. "Prices will settle by spring," he said.\n',
    "Prices will settle by spring,",
    ["Bruno Falk"],
    ["Carla Dunn"],
)
quote(
    C,
    'Courts\n\nTV host Marcus Bell interviewed Judge Alma Reyes, who said the backlog was "a scandal that nobody in power wants to own."\n',
    "a scandal that nobody in power wants to own.",
    ["Alma Reyes"],
    ["Marcus Bell"],
)
quote(
    C,
    'Flood relief\n\nPerrin interviewed Vandermeer, who said the levees had "held better than anyone feared."\n',
    "held better than anyone feared.",
    ["Vandermeer"],
    ["Perrin"],
)
quote(
    C,
    'Theatre\n\nCritic Ada Moss sat down with Leon Grey, who told her that the play was "the hardest thing I have ever written."\n',
    "the hardest thing I have ever written.",
    ["Leon Grey"],
    ["Ada Moss"],
)
# near misses: the interviewee is the subject, the teller speaks, leaders speak, a request, a question
quote(
    C,
    'Courts\n\nJudge Alma Reyes, interviewed by TV host Marcus Bell, said: "The backlog is a scandal."\n',
    "The backlog is a scandal.",
    ["Alma Reyes"],
    ["Marcus Bell"],
)
quote(
    C,
    'Courts\n\nJudge Alma Reyes told TV host Marcus Bell that "the backlog is a scandal."\n',
    "the backlog is a scandal.",
    ["Alma Reyes"],
    ["Marcus Bell"],
)
quote(
    C,
    'Gas deal\n\nChancellor Friedrich Merz spoke with President Emmanuel Macron by phone on Sunday. "We agreed on the pipeline," he said afterwards.\n',
    "We agreed on the pipeline,",
    ["Friedrich Merz"],
    [],
)
quote(
    C,
    'Aid bill\n\nPresident Kofi Adjei asked parliament to pass the aid bill before the recess. "The families in the north cannot wait," he said.\n',
    "The families in the north cannot wait,",
    ["Kofi Adjei"],
    [],
)
quote(
    C,
    'Budget week\n\nRadio host Caleb Osei quizzed Finance Minister Priya Raman on the deficit. "Where is the money coming from?" he asked.\n',
    "Where is the money coming from?",
    [],
    ["Priya Raman"],
)
quote(
    C,
    'Mining\n\nRhea Lindqvist, who was interviewed by the Ledger on Friday, said: "The mine stays open."\n',
    "The mine stays open.",
    ["Rhea Lindqvist"],
    [],
)
quote(
    C,
    'Mining\n\nThe Ledger\'s Owen Marsh, who interviewed Rhea Lindqvist last year, wrote on Friday: "The mine will not survive the winter."\n',
    "The mine will not survive the winter.",
    ["Owen Marsh"],
    ["Rhea Lindqvist"],
)

# --- pronoun-gender: a "he" or "she" read back to a person the page marks otherwise
C = "pronoun-gender"
quote(
    C,
    "Rail strike\n\nTransport Secretary Daniel Okoro said he would meet the unions. Okoro arrived at the depot at noon.\n\n\u201cNobody here wants a long strike,\u201d she said.\n",
    "Nobody here wants a long strike,",
    [],
    ["Daniel Okoro"],
)
quote(
    C,
    'Rail strike\n\nMr. Okoro arrived at the depot at noon and shook hands with the drivers. "Nobody here wants a long strike," she said.\n',
    "Nobody here wants a long strike,",
    [],
    ["Daniel Okoro"],
)
quote(
    C,
    'Water\n\nCongresswoman Lucia Ferreira toured the treatment plant on Friday. "This plant was built for half the town," he said.\n',
    "This plant was built for half the town,",
    [],
    ["Lucia Ferreira"],
)
quote(
    C,
    'Water\n\nThe chairwoman, Lucia Ferreira, opened the hearing. "This plant was built for half the town," he said.\n',
    "This plant was built for half the town,",
    [],
    ["Lucia Ferreira"],
)
quote(
    C,
    'Schools\n\nRobin Achebe, who lost her seat in the spring, returned to the council chamber. "We were promised new roofs," he said.\n',
    "We were promised new roofs,",
    [],
    ["Robin Achebe"],
)
quote(
    C,
    "Schools\n\nRobin Achebe, the board's chairman, visited three schools on Monday. \u201cWe were promised new roofs,\u201d she said.\n",
    "We were promised new roofs,",
    [],
    ["Robin Achebe"],
)
quote(
    C,
    'Tariffs\n\nSenator Jordan Blake insisted that she had read the bill twice.\n\nBlake then met reporters outside the chamber. "It punishes the wrong people," he said.\n',
    "It punishes the wrong people,",
    [],
    ["Jordan Blake"],
)
quote(
    C,
    'Tariffs\n\nSenator Jordan Blake met Mrs. Alvarez, the farmers\' delegate, on the steps. "It punishes the wrong people," she said.\n',
    "It punishes the wrong people,",
    [],
    ["Jordan Blake"],
)
quote(
    C,
    'Housing\n\nMinister Casey Morgan spoke first. Then the spokeswoman, Ines Duarte, took questions. "Rents will be capped next year," she said.\n',
    "Rents will be capped next year,",
    [],
    ["Casey Morgan"],
)
quote(
    C,
    'Housing\n\nMinister Casey Morgan himself walked the estate on Saturday.\n\nMorgan met tenants in the courtyard. "Rents will be capped next year," she said.\n',
    "Rents will be capped next year,",
    [],
    ["Casey Morgan"],
)
quote(
    C,
    "Festival\n\nDame Harriet Vole opened the festival. Vole thanked the volunteers. \u201cThe town made this happen,\u201d he said.\n",
    "The town made this happen,",
    [],
    ["Harriet Vole"],
)
# strength: a person marked otherwise is unsupported; another marked person between is unconfirmed
TIER = 'Tariffs\n\nSenator Jordan Blake met Mrs. Alvarez, the farmers\' delegate, on the steps. "It punishes the wrong people," she said.\n'
built.add(C, True, "unconfirmed, not unsupported: Blake is unmarked, Mrs. Alvarez is a second reading", TIER,
          {"quotes": [{"speaker": "Jordan Blake", "text": "It punishes the wrong people,", "evidence": []}]},
          "quotes[0].speaker", check="tier")  # fmt: skip
TIER = 'Rail strike\n\nMr. Okoro arrived at the depot at noon. "Nobody here wants a long strike," she said.\n'
built.add(C, False, "unsupported: the page calls Okoro Mr., so her words are someone else's", TIER,
          {"quotes": [{"speaker": "Daniel Okoro", "text": "Nobody here wants a long strike,", "evidence": []}]},
          "quotes[0].speaker", check="tier")  # fmt: skip
# must pass: the marks agree, nothing on the page tells, or the marks are someone else's
quote(
    C,
    "Rail strike\n\nTransport Secretary Daniel Okoro said he would meet the unions. Okoro arrived at the depot at noon.\n\n\u201cNobody here wants a long strike,\u201d he said.\n",
    "Nobody here wants a long strike,",
    ["Daniel Okoro"],
    [],
)
quote(
    C,
    'Rail strike\n\nTransport Secretary Daniel Okoro arrived at the depot at noon. "Nobody here wants a long strike," she said.\n',
    "Nobody here wants a long strike,",
    ["Daniel Okoro"],
    [],
)
quote(
    C,
    'Water\n\nCongresswoman Lucia Ferreira toured the treatment plant on Friday. "This plant was built for half the town," she said.\n',
    "This plant was built for half the town,",
    ["Lucia Ferreira"],
    [],
)
quote(
    C,
    'Schools\n\nRobin Achebe visited three schools on Monday. "We were promised new roofs," he said.\n',
    "We were promised new roofs,",
    ["Robin Achebe"],
    [],
)
quote(
    C,
    'Schools\n\nRobin Achebe visited three schools on Monday. "We were promised new roofs," she said.\n',
    "We were promised new roofs,",
    ["Robin Achebe"],
    [],
)
quote(
    C,
    'Tariffs\n\nSenator Jordan Blake met Mr. Alvarez, the farmers\' delegate, on the steps. "It punishes the wrong people," she said.\n',
    "It punishes the wrong people,",
    ["Jordan Blake"],
    [],
)
quote(
    C,
    'Housing\n\nMinister Casey Morgan, who toured the estate with her deputy, met tenants in the courtyard. "Rents will be capped next year," she said.\n',
    "Rents will be capped next year,",
    ["Casey Morgan"],
    [],
)
quote(
    C,
    "Festival\n\nDame Harriet Vole opened the festival with her grandson, Tom. Vole thanked the volunteers. \u201cThe town made this happen,\u201d she said.\n",
    "The town made this happen,",
    ["Harriet Vole"],
    [],
)
quote(
    C,
    "Ports\n\nThe harbour master, Alexis Nowak, inspected the quay. \u201cThe cranes are thirty years old,\u201d he said.\n",
    "The cranes are thirty years old,",
    ["Alexis Nowak"],
    [],
)
quote(
    C,
    "Ports\n\nSir Alexis Nowak inspected the quay with his team. \u201cThe cranes are thirty years old,\u201d he said.\n",
    "The cranes are thirty years old,",
    ["Alexis Nowak"],
    [],
)
quote(
    C,
    'Ports\n\nAlexis Nowak said she was worried about the cranes. "They are thirty years old," Nowak said. "Some of them are older than me," she added.\n',
    "Some of them are older than me,",
    ["Alexis Nowak"],
    [],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
