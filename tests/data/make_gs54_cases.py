# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 54's borrowed-title reading (``grounding_gs54.jsonl``, GAPS
closer gs54; :mod:`summarizer.verification.people.borrowed_titles`), at the edges of

- ``borrowed``: a quote credited to a bare title ('"...," the mayor said') and a value the page
  names only with that title borrowed: another office built on it ("Vice-President X" for "the
  president", "Lieutenant Governor X" for "the governor", "Prime Minister X" for "the
  minister"), a past holding ("then-mayor X", "the late mayor X", "X, the former president,",
  "X, the mayor at the time", "X, who was mayor until 2019"), a credit's rank the value lacks
  ("Mayor X" for "the acting mayor") or a relation to the holder ("a critic of the mayor",
  "an aide to the president", "a candidate for mayor", "the daughter of the judge"), refused;
  against the holder on the same pages ("Mayor X", "X, the mayor,", "critic of Mayor X" gives
  X the title), a credit carrying the same rank ("the vice-president said", "the former
  president said", "the acting mayor said") and a title tied by "of" after it ("X, the mayor
  of Dunmore,").

Run ``python tests/data/make_gs54_cases.py`` to rebuild it. Every article below was written
for this set in its own words, with made-up names; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_gs54.jsonl")

built = SupportCases(
    "gs54",
    leads=[
        "By Maud Kettering | The Brecon Standard",
        "TULSA (Prairie Wire) -",
        "Local news | The Ouse Recorder",
        "From our Belfast desk, The Lagan Post.",
        "LIVE | The Tyne Courier",
    ],
)
BORROWED = "borrowed"


def quote(words: str, passes: list[str], fails: list[str], *paragraphs: str) -> None:
    built.page_quote(BORROWED, words, passes, fails, *paragraphs)


# --- a relation to the holder: the holder's words, never the relation's -------------------
quote(
    "Nobody will lose their bin collection",
    ["Greta Olsson"],
    ["Piers Hanley"],
    "Mayor Greta Olsson set out the waste budget on Tuesday. Piers Hanley, a long-time critic of the mayor, called it timid.",
    '"Nobody will lose their bin collection," the mayor said.',
)
quote(
    "The depot will be rebuilt",
    [],
    ["Kofi Barnes"],
    "Kofi Barnes, a senior aide to the mayor, briefed reporters at City Hall before the vote.",
    '"The depot will be rebuilt," the mayor said after the council approved the plan.',
)
quote(
    "Every school will get a nurse",
    [],
    ["Delia Fenwick"],
    "Delia Fenwick, a candidate for mayor in next spring's election, knocked on doors in Eastfield.",
    '"Every school will get a nurse," the mayor said at a budget briefing.',
)
quote(
    "The sentence reflects the harm done",
    [],
    ["Rosa Imbert"],
    "Rosa Imbert, the daughter of the judge, sat in the public gallery for the hearing.",
    '"The sentence reflects the harm done," the judge said.',
)
quote(
    "We will not be rushed",
    ["Idris Mahlangu"],
    ["Saul Petrov"],
    "Saul Petrov, an adviser to the president, flew to Lusaka on Sunday. President Idris Mahlangu stayed in the capital.",
    '"We will not be rushed," the president said.',
)
quote(
    "The park stays open",
    ["Wren Castell"],
    ["Tobias Okri"],
    "Tobias Okri, a fierce opponent of Mayor Wren Castell, led the march to the town hall.",
    '"The park stays open," the mayor said.',
)
# --- another office built on the title -----------------------------------------------------
quote(
    "Our delegation is ready",
    ["Mara Quintero"],
    ["Lucas Brandvold"],
    "President Mara Quintero will host the summit, and Vice-President Lucas Brandvold will lead the trade talks.",
    '"Our delegation is ready," the president said.',
)
quote(
    "Every district gets its share",
    [],
    ["Harlan Voss"],
    "Lieutenant Governor Harlan Voss presided over the state senate as the bill passed on Thursday.",
    '"Every district gets its share," the governor said as he signed it.',
)
quote(
    "The pension reform is dead",
    [],
    ["Anke Rudolf"],
    "Vice-Chancellor Anke Rudolf spoke in Bremen. The opposition leader, Timo Sauer, demanded a vote.",
    '"The pension reform is dead," the chancellor said.',
)
quote(
    "The scheme is fully funded",
    [],
    ["Nadine Achebe"],
    "Prime Minister Nadine Achebe has ordered a review of the housing scheme.",
    "The housing minister will report to parliament next month.",
    '"The scheme is fully funded," the minister said.',
)
quote(
    "The inquiry will report in June",
    ["Rhys Talbot"],
    ["Ilse Marr"],
    "Deputy Mayor Ilse Marr opened the session. Mayor Rhys Talbot arrived an hour later.",
    '"The inquiry will report in June," the mayor said.',
)
quote(
    "We have a mandate to govern",
    ["Ilse Marr"],
    [],
    "Deputy Mayor Ilse Marr chaired the council while the mayor was abroad.",
    '"We have a mandate to govern," the deputy mayor said.',
)
quote(
    "The talks were constructive",
    ["Lucas Brandvold"],
    [],
    "Vice-President Lucas Brandvold met union leaders in Tampere on Monday.",
    '"The talks were constructive," the vice-president said.',
)
# --- a past holding -------------------------------------------------------------------------
quote(
    "This library will serve the town for a century",
    [],
    ["Edith Pascoe"],
    "The library was opened in 1998 by then-mayor Edith Pascoe.",
    '"This library will serve the town for a century," the mayor said at its anniversary party.',
)
quote(
    "The pool reopens in May",
    [],
    ["Cyril Mbatha"],
    "The leisure centre is named after the late mayor Cyril Mbatha.",
    '"The pool reopens in May," the mayor said.',
)
quote(
    "The election was stolen",
    [],
    ["Augustin Lebeau"],
    "Augustin Lebeau, the former president, returned to the capital on Friday after four years abroad.",
    "Government spokeswoman Claire Mouton called the visit a stunt.",
    '"The election was stolen," the president said.',
)
quote(
    "The election was stolen from us",
    ["Augustin Lebeau"],
    [],
    "Augustin Lebeau, the former president, returned to the capital on Friday after four years abroad.",
    '"The election was stolen from us," the former president said.',
)
quote(
    "We need the tram line now",
    [],
    ["Walter Brisk"],
    "The tram line was first proposed in 2001 by Walter Brisk, the city's mayor at the time.",
    '"We need the tram line now," the mayor said on Thursday.',
)
quote(
    "The harbour wall will hold",
    [],
    ["Olwen Price"],
    "Olwen Price, the then minister, approved the harbour scheme in 2015. Engineers have since raised doubts.",
    '"The harbour wall will hold," the minister said on Monday.',
)
quote(
    "The floods are under control",
    ["Bram Hollis"],
    [],
    "Mayor Bram Hollis began six weeks of leave on Monday. Bram Hollis, the acting mayor, took over the flood response.",
    '"The floods are under control," the acting mayor said.',
)
quote(
    "The market will move back in spring",
    [],
    ["Freya Lindqvist"],
    "Mayor Freya Lindqvist began six months of medical leave on Monday.",
    '"The market will move back in spring," the acting mayor said.',
)
# --- the holder, named in the shapes the reading keeps ---------------------------------------
quote(
    "The ferry fares will be frozen",
    ["Ines Carvalho"],
    [],
    "Ines Carvalho, the mayor of Porthcawl, met ferry operators on Wednesday.",
    '"The ferry fares will be frozen," the mayor said.',
)
quote(
    "We will sign it next week",
    ["Oren Tal"],
    [],
    "The treaty was drafted by officials. Oren Tal, the president, read it on the flight home.",
    '"We will sign it next week," the president said.',
)
quote(
    "The new court opens in March",
    ["Hattie Crewe"],
    [],
    "Hattie Crewe was sworn in as mayor on Friday, the first woman to hold the post.",
    '"The new court opens in March," the mayor said.',
)
quote(
    "The vote was lawful",
    ["Kaspar Lunn"],
    [],
    "President Kaspar Lunn met the vice-president of the assembly, Elin Roth, on Tuesday.",
    '"The vote was lawful," the president said.',
)

quote(
    "The budget is balanced at last",
    ["Nia Oduya"],
    [],
    "Nia Oduya, once an aide to the mayor, was elected mayor in May.",
    '"The budget is balanced at last," the mayor said.',
)
quote(
    "The rail link is my first priority",
    ["Jonas Aalto"],
    [],
    "Jonas Aalto, who was mayor until 2019, returned to politics on Monday. Selma Virta, the mayor, welcomed him.",
    '"The rail link is my first priority," the former mayor said.',
)
quote(
    "The rail link must wait",
    ["Selma Virta"],
    ["Jonas Aalto"],
    "Jonas Aalto, who was mayor until 2019, returned to politics on Monday. Selma Virta, the mayor, welcomed him.",
    '"The rail link must wait," the mayor said.',
)
quote(
    "The drought order stays in force",
    ["Corinne Haddad"],
    [],
    "Governor Corinne Haddad toured the reservoirs with Lieutenant Governor Amos Reyes on Friday.",
    '"The drought order stays in force," the governor said.',
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
