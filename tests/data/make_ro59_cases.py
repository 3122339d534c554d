# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 59's ranked-title reading (``grounding_ro59.jsonl``, fresh-miss
writer ro59; :func:`summarizer.verification.people.ranked_titles.ranked_title`), at the edges of

- ``ranked``: the value's words written in this person's own title right after a rank word
  ("deputy chief constable", "Shadow Chancellor", "the under secretary of state for arms
  control", "vice-chancellor", "Lieutenant Governor"): the office itself is refused, the
  person's whole title and its short forms pass, and so do a rank the office keeps in use
  ("Lieutenant General" as general, "assistant professor" as professor), "under" as a
  preposition ("served under President ..."), a past ranked post beside a current one, and
  another person's plain title ("editor Ruth Bayliss" beside "Deputy Editor Sam Oyelaran");
- ``serving``: the value written as the office this person serves ("spokeswoman for the
  prime minister", "senior adviser to the president", "the chief of staff to the governor",
  "envoy of the Secretary-General") or in brackets after a transcript's name ("MAX ODUYA
  (shadow home secretary):"): the served office is refused; the person's own post passes, and
  so does the served office for the person who holds it ("Finance Minister Karin Sund").

Run ``python tests/data/make_ro59_cases.py`` to rebuild it. Every article below was written for
this set in its own words, with made-up names; each verdict is what a careful fact-checker
reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_ro59.jsonl")

built = SupportCases(
    "ro59",
    leads=[
        "By Odile Marchetti | The Fenwick Gazette",
        "KELDAR, May 12 (Northline Wire) -",
        "Politics | The Saltmarsh Evening News",
        "From our capital desk, The Lowmoor Courier.",
    ],
)

RANKED = "ranked"
SERVING = "serving"


# --- ranked: a rank word right before the office's name in the person's own title -----------
built.person_role(
    RANKED,
    "Tobias Wren",
    ["deputy chief constable", "deputy chief constable of Harlow Police"],
    ["chief constable"],
    "Tobias Wren, deputy chief constable of Harlow Police, said officers had made 14 arrests after the match.",
    "He said extra patrols would stay in the town centre until Sunday.",
)
built.person_role(
    RANKED,
    "Nadia Forde",
    ["Shadow Chancellor", "shadow chancellor"],
    ["Chancellor"],
    'Shadow Chancellor Nadia Forde said the spending plans "do not add up" and called for an independent costing.',
    "The Treasury declined to comment on her remarks.",
)
built.person_role(
    RANKED,
    "Ruth Calder",
    ["under secretary of state for arms control", "under secretary of state"],
    ["Secretary of State", "secretary of state"],
    "The talks in Vienna were led by the under secretary of state for arms control and international security, Ruth Calder, who met her counterpart for six hours.",
)
built.person_role(
    RANKED,
    "Jonas Obi",
    ["undersecretary of defense for policy"],
    ["secretary of defense"],
    "Jonas Obi, who is undersecretary of defense for policy, told the committee the request would arrive within weeks.",
)
built.person_role(
    RANKED,
    "Mira Solberg",
    ["deputy chief medical officer", "deputy chief medical officer for Wales"],
    ["chief medical officer"],
    "Dr Mira Solberg, deputy chief medical officer for Wales, urged people over 75 to book a booster before the winter.",
    "Hospital admissions with the virus rose by a fifth last week.",
)
built.person_role(
    RANKED,
    "Hal Ennis",
    ["vice-chancellor", "vice-chancellor of Dunmore University"],
    ["chancellor"],
    "Professor Hal Ennis, vice-chancellor of Dunmore University, said the cuts would cost 300 jobs across three campuses.",
)
built.person_role(
    RANKED,
    "Mara Pell",
    ["Lieutenant Governor", "lieutenant governor"],
    ["Governor", "governor"],
    "Lieutenant Governor Mara Pell cast the deciding vote in the state Senate on Thursday night.",
    "The bill now goes to the governor's desk.",
)
built.person_role(
    RANKED,
    "Kasimir Holt",
    ["assistant coach"],
    ["coach"],
    "Kasimir Holt, the assistant coach, took charge of the side for the second half after the touchline ban was confirmed.",
)
built.person_role(
    RANKED,
    "Ruth Bayliss",
    ["editor", "Editor"],
    ["deputy editor"],
    "Deputy Editor Sam Oyelaran and editor Ruth Bayliss signed the letter to readers on the front page.",
)
built.person_role(
    RANKED,
    "Aron Vasko",
    ["Lieutenant General", "General", "commander of the northern corps"],
    [],
    "Lieutenant General Aron Vasko, commander of the northern corps, said the exercise would last ten days.",
)
built.person_role(
    RANKED,
    "Lena Fisk",
    ["assistant professor of chemistry", "professor"],
    ["dean"],
    "Lena Fisk, an assistant professor of chemistry at Carrow College, led the study of river sediment.",
)
built.person_role(
    RANKED,
    "Pavel Dorn",
    ["chief of staff"],
    ["President"],
    "Pavel Dorn, who served as chief of staff under President Ivana Kell, will lead the new agency.",
)
built.person_role(
    RANKED,
    "Ivo Brand",
    ["chair of the transport board", "chairman of the transport board"],
    ["mayor", "deputy mayor"],
    "Ivo Brand, a former deputy mayor, now chairs the transport board.",
    "Brand said the tram extension would open in 2028.",
)
built.person_role(
    RANKED,
    "Sal Mirren",
    ["Deputy Governor", "deputy governor"],
    ["Governor"],
    "Deputy Governor Sal Mirren said the Governor, Anne Bell, would set out the bank's view on rates next week.",
)
built.person_role(
    RANKED,
    "Anne Bell",
    ["Governor", "governor"],
    ["Deputy Governor"],
    "Deputy Governor Sal Mirren said the Governor, Anne Bell, would set out the bank's view on rates next week.",
)
built.person_role(
    RANKED,
    "Oren Sallis",
    ["vice president for sales", "vice president"],
    ["president"],
    "Oren Sallis, the company's vice president for sales, said orders from Asia had doubled.",
)

# --- serving: the value is the office this person serves --------------------------------------
built.person_role(
    SERVING,
    "Lotte Brisk",
    ["spokeswoman for the prime minister", "spokeswoman"],
    ["prime minister"],
    "Lotte Brisk, spokeswoman for the prime minister, said no date had been set for the visit.",
)
built.person_role(
    SERVING,
    "Kwame Ashby",
    ["senior adviser to the president", "adviser"],
    ["president"],
    "Kwame Ashby, senior adviser to the president, flew to Geneva on Sunday for the talks.",
)
built.person_role(
    SERVING,
    "Reza Nouri",
    ["chief of staff to the governor", "chief of staff"],
    ["governor"],
    "Reza Nouri, the chief of staff to the governor, resigned on Friday after three years in the job.",
)
built.person_role(
    SERVING,
    "Dario Lenz",
    ["envoy of the Secretary-General", "envoy"],
    ["Secretary-General"],
    "The ceasefire was agreed after Dario Lenz, the envoy of the Secretary-General, spent a week in the capital.",
)
built.person_role(
    SERVING,
    "Max Oduya",
    ["shadow home secretary"],
    ["home secretary"],
    "MAX ODUYA (shadow home secretary): The figures speak for themselves.",
    "PRIYA SHAH (home secretary): The figures are a year old.",
)
built.person_role(
    SERVING,
    "Priya Shah",
    ["home secretary"],
    ["shadow home secretary"],
    "MAX ODUYA (shadow home secretary): The figures speak for themselves.",
    "PRIYA SHAH (home secretary): The figures are a year old.",
)
built.person_role(
    SERVING,
    "Greta Lund",
    ["deputy leader of the Green Party", "deputy leader"],
    ["leader of the Green Party"],
    "GRETA LUND (deputy leader of the Green Party): We will vote against it.",
)
built.person_role(
    SERVING,
    "Ola Berg",
    ["adviser to Finance Minister Karin Sund", "adviser"],
    ["Finance Minister"],
    "Ola Berg, adviser to Finance Minister Karin Sund, said the budget would be balanced by 2028.",
)
built.person_role(
    SERVING,
    "Karin Sund",
    ["Finance Minister", "finance minister"],
    ["adviser"],
    "Ola Berg, adviser to Finance Minister Karin Sund, said the budget would be balanced by 2028.",
)
built.person_role(
    SERVING,
    "Simon Hale",
    ["lawyer"],
    ["chief executive"],
    "The lawyer for the chief executive, Simon Hale, said his client would contest the charges.",
)
built.person_role(
    SERVING,
    "Hana Ito",
    ["spokeswoman for the premier", "spokeswoman"],
    ["premier"],
    "Hana Ito, who was named spokeswoman for the premier last month, said the talks would resume on Monday.",
)
built.person_role(
    SERVING,
    "Felix Amari",
    ["counsel to the mayor", "counsel"],
    ["mayor"],
    "Felix Amari, counsel to the mayor, said the city would appeal.",
    "The ruling blocks the new parking fees.",
)
built.person_role(
    SERVING,
    "Marta Gil",
    ["head of the president's office", "heads the president's office"],
    [],
    "Marta Gil, who heads the president's office, said the decree would be signed on Monday.",
)
built.person_role(
    SERVING,
    "Tan Wei",
    ["Premier", "premier"],
    ["spokesman"],
    "Premier Tan Wei and his spokesman, Li Jun, left the hall without taking questions.",
)

built.person_role(
    SERVING,
    "Ben Orr",
    ["spokesman", "the mayor's spokesman"],
    ["mayor", "Mayor"],
    "The mayor's spokesman, Ben Orr, said the mayor, Dana Kroll, would not seek a third term.",
)
built.person_role(
    SERVING,
    "Dana Kroll",
    ["mayor", "Mayor"],
    ["spokesman"],
    "The mayor's spokesman, Ben Orr, said the mayor, Dana Kroll, would not seek a third term.",
)
built.person_role(
    SERVING,
    "Omar Reyes",
    ["chief of staff", "the governor's chief of staff"],
    ["governor"],
    "The governor's chief of staff, Omar Reyes, was questioned by investigators for five hours on Tuesday.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
