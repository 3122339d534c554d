# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 60's review of the title-run reading (``grounding_rv60r.jsonl``,
review rv60r of ro60; :func:`summarizer.verification.people.run_rivals.run_rivals` and
:func:`~summarizer.verification.people.run_rivals.named_once`), at the edges of

- ``runs``: a person titled in a run of their own ("Councilwoman Tasha Green", "Chairman
  Victor Hale", "Shadow Chancellor Tim Oak"), against another's post written before another
  name ("Deputy Mayor", "City Clerk", "Chancellor"), and each post passed for its holder;
- ``forms``: the person's own post written in other words where another's run writes it
  ("Chief Executive Anna Li" is a CEO beside "Dunmore CEO Tom Berg"; "Chairman" is a chair,
  "Attorney General" an AG, "Councilwoman" a council member): passed; another's distinct post
  on the same page refused;
- ``definite``: a post named once with its holder and then "the <post>": refused for a person
  named bare; passed where "the <post>" is this person's ("Tom Berg spoke as the chair and
  pushed toward a merger", "the chair of the parks board, Tom Berg", a retrial "before Clare
  Hart").

Run ``python tests/data/make_rv60r_cases.py`` to rebuild it. Every article below was written
for this set in its own words, with made-up names; each verdict is what a careful fact-checker
reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv60r.jsonl")

built = SupportCases(
    "rv60r",
    leads=[
        "From the city desk of The Harlow Beacon",
        "ODENMARK, June 9 (Norland Press) -",
        "Markets | The Fenwick Journal | 9 June",
        "By Tobias Reyne, Westmarch Gazette politics reporter",
    ],
)

RUNS = "runs"
FORMS = "forms"
THE = "definite"


# --- runs: a run of this person's own, another's post before another name --------------------
RECOUNT = (
    "Councilwoman Tasha Green pressed on Thursday for a recount of the ward ballots.",
    "Deputy Mayor Hugo Lindqvist said the count would stand.",
    "City Clerk Ana Fiore confirmed the figures shortly before midnight.",
)
built.person_role(
    RUNS, "Tasha Green", ["Councilwoman", "councilwoman"], ["Deputy Mayor", "City Clerk"], *RECOUNT
)
built.person_role(
    RUNS, "Ana Fiore", ["City Clerk", "city clerk"], ["Deputy Mayor", "Councilwoman"], *RECOUNT
)
built.person_role(RUNS, "Hugo Lindqvist", ["Deputy Mayor"], ["City Clerk"], *RECOUNT)
BUDGET = (
    "Chancellor Rachel Dean will deliver the autumn budget on Wednesday, the Treasury said.",
    "Shadow Chancellor Tim Oak said the plans would hit working families hardest.",
)
built.person_role(RUNS, "Tim Oak", ["Shadow Chancellor"], ["Chancellor"], *BUDGET)
built.person_role(RUNS, "Rachel Dean", ["Chancellor"], ["Shadow Chancellor"], *BUDGET)
POLICE = (
    "Police Chief Mark Dunn said the suspect was arrested at a motel near the interstate.",
    "Deputy Police Chief Anne Ho said two officers were treated for minor injuries.",
    "County Sheriff Lou Brandt said his deputies had set up the roadblock.",
)
built.person_role(
    RUNS, "Anne Ho", ["Deputy Police Chief"], ["Police Chief", "County Sheriff", "Sheriff"], *POLICE
)
built.person_role(
    RUNS,
    "Lou Brandt",
    ["County Sheriff", "Sheriff"],
    ["Police Chief", "Deputy Police Chief"],
    *POLICE,
)
built.person_role(
    RUNS,
    "Ruth Okafor",
    ["Vice Chancellor"],
    ["Student Union President", "President"],
    "Student Union President Kwame Adjei led the march to the library.",
    "Vice Chancellor Ruth Okafor agreed to meet the students next week.",
)
built.person_role(
    RUNS,
    "Sven Aalto",
    ["Harbour Pilot"],
    ["Port Captain"],
    "Port Captain Ilse Brun closed the inner harbour at noon.",
    "Harbour Pilot Sven Aalto said the swell had made boarding impossible.",
)

# --- forms: this person's own post in other words, beside another's run ----------------------
COMPANY = (
    "Brightco Chief Executive Anna Li said on Tuesday the firm would cut 300 jobs.",
    "Finance Director Raj Patel said the savings would reach $40 million a year.",
    "Dunmore CEO Tom Berg, whose firm is Brightco's main rival, called the move overdue.",
)
built.person_role(FORMS, "Anna Li", ["CEO", "chief executive"], ["Finance Director"], *COMPANY)
built.person_role(FORMS, "Raj Patel", ["Finance Director"], ["CEO", "Chief Executive"], *COMPANY)
BOARD = (
    "Chairman Victor Hale told shareholders at the annual meeting that the dividend would be held.",
    "Chief Executive Greta Sund said trading had improved since the spring.",
    "At a rival lender, board Chair Ines Moll said she expected the same.",
)
built.person_role(FORMS, "Victor Hale", ["Chair", "chair"], ["Chief Executive"], *BOARD)
built.person_role(FORMS, "Greta Sund", ["Chief Executive"], ["Chair", "Chairman"], *BOARD)
SUIT = (
    "Attorney General Mona Stiles joined the lawsuit against the drug maker on Monday.",
    "Two states have already settled; Kessler AG Peter Ruhl said his office had won $80 million.",
    "Solicitor General Dev Rao will argue the case.",
)
built.person_role(FORMS, "Mona Stiles", ["AG", "Attorney General"], ["Solicitor General"], *SUIT)
built.person_role(FORMS, "Dev Rao", ["Solicitor General"], ["AG", "Attorney General"], *SUIT)
ZONING = (
    "Councilwoman Priya Nand voted against the rezoning.",
    "Council Member Ola Brandt voted for it, as did Planning Director Sean Kirby's staff report.",
)
built.person_role(
    FORMS, "Priya Nand", ["Council Member", "council member"], ["Planning Director"], *ZONING
)
ASSEMBLY = (
    "State Senator Ana Ruiz chairs the Senate finance committee and wrote the bill.",
    "House Finance Committee Chair Bob Lee said his chamber would not take it up before May.",
)
built.person_role(
    FORMS,
    "Ana Ruiz",
    ["State Senator", "Finance Committee Chair"],
    ["House Finance Committee Chair"],
    *ASSEMBLY,
)
built.person_role(FORMS, "Bob Lee", ["House Finance Committee Chair"], ["State Senator"], *ASSEMBLY)
SUMMIT = (
    "Prime Minister Elin Dahl hosted the two-day summit in Odenmark.",
    "Among the guests was Ostrian PM Tomas Varga, who arrived a day late.",
    "Foreign Minister Jonas Berglund briefed the press.",
)
built.person_role(FORMS, "Elin Dahl", ["PM", "Prime Minister"], ["Foreign Minister"], *SUMMIT)
built.person_role(FORMS, "Jonas Berglund", ["Foreign Minister"], ["PM", "Prime Minister"], *SUMMIT)

# --- definite: named once, then "the <post>" --------------------------------------------------
PARKS = (
    "Chair Ellen Ward opened the library board's meeting at 7pm.",
    "Across the hall, Tom Berg spoke as the chair and pushed toward a merger of the two boards.",
)
built.person_role(THE, "Tom Berg", ["chair"], ["library board chair"], *PARKS)
built.person_role(
    THE,
    "Tom Berg",
    ["chair", "chair of the parks board"],
    [],
    "Chair Ellen Ward opened the library board's meeting at 7pm.",
    "The chair of the parks board, Tom Berg, said the two boards should merge.",
)
RETRIAL = (
    "Judge Andrew Menary presided over the first trial in 2023, which collapsed after six weeks.",
    "The retrial opened on Monday before Clare Hart at Renfield Crown Court.",
    "The judge told the new jury to ignore everything they had read about the case.",
)
built.person_role(THE, "Clare Hart", ["judge", "Judge"], [], *RETRIAL)
APPEAL = (
    "Judge Oscar Lind sentenced the pair to nine years each.",
    "Prosecutor Grace Obi had asked for twelve, and the judge said he had weighed their youth.",
    "Defending, Yannick Roos said his clients would appeal.",
)
built.person_role(THE, "Yannick Roos", [], ["judge", "Judge"], *APPEAL)
built.person_role(THE, "Grace Obi", ["Prosecutor", "prosecutor"], ["judge", "Judge"], *APPEAL)
INQUEST = (
    "Coroner Helen Roe opened the inquest into the crash on Wednesday.",
    "Paul Gage asked for the hearing to be adjourned, and the coroner refused.",
)
built.person_role(THE, "Paul Gage", [], ["coroner", "Coroner"], *INQUEST)
MATCH = (
    "Head Coach Lars Friel was sent to the stands ten minutes into the second half.",
    "Milo Grant scored twice before the break.",
    "The club's head coach later apologised to the referee.",
)
built.person_role(THE, "Milo Grant", [], ["Head Coach", "head coach"], *MATCH)
FOUNDATION = (
    "Treasurer Abe Noll presented the accounts to members of the rowing club.",
    "Ugo Matta asked why the boathouse roof had not been mended, and the treasurer said the insurer had yet to pay.",
)
built.person_role(THE, "Ugo Matta", [], ["treasurer", "Treasurer"], *FOUNDATION)
built.person_role(
    THE,
    "Nina Holt",
    ["headteacher"],
    [],
    "Headteacher Carl Boyd retired from Millbrook School at Easter after 22 years.",
    "Nina Holt, his deputy since 2019, now runs the school; the headteacher wrote to parents on Friday about the new uniform.",
)
built.person_role(
    THE,
    "Dara Quill",
    [],
    ["Ombudsman", "ombudsman"],
    "Ombudsman Freya Stahl upheld 40 complaints against the water company last year.",
    "Dara Quill, whose basement flooded twice, said the ombudsman had been his last hope.",
)
built.person_role(
    THE,
    "Ravi Sen",
    [],
    ["Curator", "curator"],
    "Curator Lotte Meyer spent four years tracing the drawings.",
    "Ravi Sen lent three of them. The curator said the loans were the heart of the show.",
)

built.person_role(THE, "Oscar Lind", ["judge", "Judge"], [], *APPEAL)
built.person_role(THE, "Helen Roe", ["Coroner"], [], *INQUEST)
built.person_role(
    THE,
    "Tom Berg",
    ["chair"],
    [],
    "Chair Ellen Ward opened the meeting of the library board.",
    "Over at the parks board the chair, Tom Berg, asked for a joint session.",
)
built.person_role(
    THE,
    "Ugo Matta",
    ["treasurer"],
    [],
    "Treasurer Abe Noll stood down from the rowing club in May.",
    "Ugo Matta, the club's new treasurer, said the boathouse roof would be mended.",
)
built.person_role(
    THE,
    "Tom Berg",
    [],
    ["chair", "Chair"],
    "Chair Ellen Ward opened the meeting of the library board.",
    "Tom Berg objected to the agenda. The chair moved toward a vote anyway.",
)

# --- runs again: a run that is not yet the post
built.person_role(
    RUNS,
    "Jon Park",
    ["Mayor-elect"],
    ["Mayor"],
    "Mayor-elect Jon Park takes office in January.",
    "Outgoing Mayor Ruth Kim said she would help with the handover.",
)

# --- definite again: the holder named after a comma
built.person_role(
    THE,
    "Rob Tully",
    [],
    ["chair", "Chair"],
    "10:05 - The committee's chair, Ellen Ward, says the risks are balanced.",
    "10:12 - The one dissent came from Rob Tully, who wanted a larger cut.",
    "10:30 - Pressed on the dissent, the chair says views differed only on timing.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
