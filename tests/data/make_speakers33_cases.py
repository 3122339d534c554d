# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the speakers set of session 14's outside check (``grounding_speakers33.jsonl``):
value-support cases for five ways a quote's speaker or a person's name was read wrongly, by
category, each with what must pass and what must fail, and the strength of each refusal in
its "why" (unsupported: the page gives the quote or the name to someone else; unconfirmed:
two readings stand):

- ``title-back``: a bare title ("the spokeswoman added", "said the envoy") reads back to the
  one the page last gave that title, named ("UN envoy Ana Ruiz", "Lina Haas, a spokeswoman
  for the ministry,") or not ("a parliament spokesman"), never to a rival quoted in between;
  two holders of the title near the quote leave both unconfirmed;
- ``introduced-pronoun``: "he" or "she" after a sentence that introduces someone ("X
  introduced the envoy, Y") is the one introduced; the one introducing is unconfirmed, or
  unsupported where the page marks the other gender; no introduction, no change;
- ``told-him-that``: 'X said Y had told him that "..."' is Y's words as X reports them (Y
  by name when the page names "the Polish president"), with more words before "that", a
  passive "told by Y", "assured", "informed"; the reporter's own words ("he had told Y
  that", a pledge) stay the reporter's;
- ``second-person``: a name after the speaker's in the attribution clause ("said Ortiz,
  with Hale at his side", "said Ortiz to Hale", "Ortiz told Hale") is not the speaker; an
  office's holder after "aide to X," or a possessive still gives the speaker after it;
- ``glued-names``: scraped link texts run together ("Mitch McConnellAddison Mitchell
  McConnell Jr.", "Rep. Kevin BradyKevin Patrick Brady") still name the person for quotes,
  people and sponsors; a glued word never makes another name ("Kelly White" of "John
  KellyWhite House", "Addison" alone), and a surname with an inner capital ("DeSantis",
  "MacArthur") stays one word.

Run ``python tests/data/make_speakers33_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people); each verdict is what a careful
fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, verdicts

OUT = Path(__file__).with_name("grounding_speakers33.jsonl")

built = SupportCases("sp33")
Q1, Q2 = "\u201c", "\u201d"
quote = built.graded_quote


def person(category: str, text: str, passes: list[str], fails: list[str]) -> None:
    """People the page names (``passes``) or does not (``fails``: refused)."""
    for expect, name in verdicts(passes, fails):
        why = f"person {name} ({'supported' if expect else 'refused'})"
        built.add(category, expect, why, text, {"people": [{"name": name}]}, "people[0].name")


def sponsors(category: str, text: str, evidence: str, passes: list[str], fails: list[str]) -> None:
    """A bill backed by ``evidence``: each of ``passes`` sponsors it; each of ``fails`` is
    refused as unsupported (no such name in the evidence)."""
    assert evidence in text, evidence
    for expect, name in verdicts(passes, fails):
        measure: dict[str, Any] = {
            "instrument": "bill",
            "sponsors": [name],
            "evidence": [evidence],
        }
        why = f"sponsor {name} ({'supported' if expect else 'unsupported'})"
        built.add(category, expect, why, text, {"sanctions": [measure]}, "sanctions[0].sponsors[0]")


# --- title-back: a bare title reads back to the one the page last gave it
C = "title-back"
quote(
    C,
    'Border crossings\n\nA ministry spokeswoman said on Monday the northern crossing would stay shut. Interior Minister Karl Weiss said lorries would have to wait in the town of Brest. "We will review it weekly," added the spokeswoman.\n',
    "We will review it weekly,",
    ["ministry spokeswoman", "a ministry spokeswoman"],
    ["Karl Weiss"],
)
quote(
    C,
    f"Peace talks\n\nUN envoy Ana Ruiz said talks between the two delegations would resume in March. Foreign Minister Omar Tahir disagreed, saying both sides needed more time.\n\n{Q1}We are close to a text,{Q2} said the envoy.\n",
    "We are close to a text,",
    ["Ana Ruiz"],
    ["Omar Tahir"],
)
quote(
    C,
    'Budget\n\nLina Haas, a spokeswoman for the finance ministry, said the deficit would shrink next year. Opposition leader Jan Berg called the forecast fiction. "The numbers are audited," the spokeswoman added.\n',
    "The numbers are audited,",
    ["Lina Haas"],
    ["Jan Berg"],
)
quote(
    C,
    'Assembly\n\nA parliament spokesman said the vote on the electoral law had been delayed. Speaker Tom Hale met the clerks on Tuesday afternoon. "No date is set," the spokesman added.\n',
    "No date is set,",
    ["parliament spokesman", "a parliament spokesman"],
    ["Tom Hale"],
)
quote(
    C,
    f"Food safety\n\nThe agency's director, Priya Raman, said inspections of meat plants would double. Health Minister Carl Dorsey welcomed the plan on Wednesday. {Q1}Nobody gets a pass,{Q2} the director said.\n",
    "Nobody gets a pass,",
    ["Priya Raman"],
    ["Carl Dorsey"],
)
quote(
    C,
    'GENEVA (Allied Wire) \u2014 The UN refugee agency\'s spokesman, Matteo Ricci, said on Friday that 4,000 people had crossed the border overnight. Red Cross official Helen Obi said the shelters were full.\n\n"The numbers are still rising," the spokesman said.\n',
    "The numbers are still rising,",
    ["Matteo Ricci"],
    ["Helen Obi"],
)
quote(
    C,
    'Border checks\n\nLina Haas, a spokeswoman for the ministry, said the border would stay shut. Vera Lind, a spokeswoman for the police, said checks would tighten. "We will review it weekly," the spokeswoman added.\n',
    "We will review it weekly,",
    [],
    ["Omar Tahir"],
    unsure=("Lina Haas", "Vera Lind"),
)
quote(
    C,
    'Border checks\n\nLina Haas, a spokeswoman for the ministry, said the border would stay shut. Karl Weiss, a spokesman for the police, said checks would tighten. "We will review it weekly," the spokeswoman added.\n',
    "We will review it weekly,",
    ["Lina Haas"],
    ["Karl Weiss"],
)
quote(
    C,
    f"Fuel\n\nA ministry spokesman said fuel imports would resume on Thursday. A police spokesman said the roads to the port were clear. {Q1}Convoys leave at dawn,{Q2} the ministry spokesman added.\n",
    "Convoys leave at dawn,",
    ["ministry spokesman"],
    ["police spokesman"],
)
quote(
    C,
    'Drought relief\n\nCanada\'s ambassador to Kenya, Marie Roy, toured the Kakuma camp on Thursday.\n\nLocal governor Peter Kimani said the camp needed water more than food.\n\n"We will fund two new wells," said the ambassador.\n',
    "We will fund two new wells,",
    ["Marie Roy"],
    ["Peter Kimani"],
)
quote(
    C,
    f"Farm subsidy\n\nAgriculture minister Rosa Vidal announced the subsidy on Monday. Farmers' union chief Ivo Marin said it came too late for most growers. {Q1}The money will arrive before the harvest,{Q2} the minister insisted.\n",
    "The money will arrive before the harvest,",
    ["Rosa Vidal"],
    ["Ivo Marin"],
)
quote(
    C,
    'Cabinet\n\nFinance minister Rosa Vidal and defence minister Ivo Marin met the unions on Monday. Both said the talks had been frank. "We will not cut pensions," the minister said.\n',
    "We will not cut pensions,",
    [],
    ["Carl Dorsey"],
    unsure=("Rosa Vidal", "Ivo Marin"),
)
quote(
    C,
    'Signing\n\nA White House spokesman said the president would sign the bill on Friday. Senator Mark Lund, who wrote it, said he was pleased.\n\n"The signing will be private," the spokesman added.\n',
    "The signing will be private,",
    ["White House spokesman"],
    ["Mark Lund"],
)
quote(
    C,
    'Strike\n\nA union spokeswoman said the strike would go ahead. "We gave them every chance," added the spokeswoman.\n',
    "We gave them every chance,",
    ["union spokeswoman", "spokeswoman"],
    ["Lina Haas"],
)

quote(
    C,
    'Fuel\n\nA spokesman for the energy ministry, who asked not to be named, said fuel imports would resume. Transport Minister Ali Reza said the port was clear. "Convoys leave at dawn," the spokesman added.\n',
    "Convoys leave at dawn,",
    ["energy ministry spokesman", "spokesman"],
    ["Ali Reza"],
)
quote(
    C,
    'Fuel\n\nThe ministry\'s spokesperson, Noor Haddad, said imports would resume on Monday. Transport Minister Ali Reza said the port was clear.\n\n"Convoys leave at dawn," the spokesperson said.\n',
    "Convoys leave at dawn,",
    ["Noor Haddad"],
    ["Ali Reza"],
)

# --- introduced-pronoun: "he" after "X introduced Y" is Y's
C = "introduced-pronoun"
quote(
    C,
    'Town hall\n\nMayor Lee introduced the envoy, Pavel Ionescu. "We are here to listen," he said.\n',
    "We are here to listen,",
    ["Pavel Ionescu"],
    ["Ana Bell"],
    unsure=("Lee", "Mayor Lee"),
)
quote(
    C,
    f"State visit\n\nGovernor Sara Diaz welcomed Special Envoy Pavel Ionescu to the state house on Monday.\n\n{Q1}We came to listen before we speak,{Q2} he told reporters.\n",
    "We came to listen before we speak,",
    ["Pavel Ionescu"],
    [],
    unsure=("Sara Diaz",),
)
quote(
    C,
    'Rally\n\nAt the rally in Tucson, Senator Maria Ortega brought Dana Fox on stage. "This fight is ours," she said.\n',
    "This fight is ours,",
    ["Dana Fox"],
    [],
    unsure=("Maria Ortega",),
)
quote(
    C,
    'Dock strike\n\nThe union chairman, Tom Reyes, handed the microphone to Ana Petrova. "Our members voted to strike," she said.\n',
    "Our members voted to strike,",
    ["Ana Petrova"],
    ["Tom Reyes"],
)
quote(
    C,
    'Press day\n\nChairman Tom Reyes handed the microphone to Pavel Ionescu. "We will keep the yard open," he said.\n',
    "We will keep the yard open,",
    [],
    ["Ana Petrova"],
    unsure=("Pavel Ionescu", "Tom Reyes"),
)
quote(
    C,
    f"Football\n\nMs. Kaur presented the new coach, Marco Bellini, to the press on Tuesday. {Q1}I want to win now, not in three years,{Q2} he said.\n",
    "I want to win now, not in three years,",
    ["Marco Bellini"],
    ["Kaur"],
)
quote(
    C,
    'Council\n\nMayor Lee introduced a bill with Councillor Ann Ford. "It will pass before the summer," he said.\n',
    "It will pass before the summer,",
    ["Lee"],
    ["Ann Ford"],
)
quote(
    C,
    'Council\n\nMayor Lee welcomed Ionescu\'s proposal on Friday. "It is a start," he said.\n',
    "It is a start,",
    ["Lee"],
    ["Ionescu"],
)
quote(
    C,
    'School\n\nPrincipal Joan Avery invited the guest speaker, the author Ruth Kane, to the stage.\n\n"Read everything you can," she told the students.\n',
    "Read everything you can,",
    ["Ruth Kane"],
    [],
    unsure=("Joan Avery",),
)
quote(
    C,
    'Parliament\n\nThe minister yielded the floor to Deputy Karim Nasser. "The budget is not balanced," he said.\n',
    "The budget is not balanced,",
    ["Karim Nasser"],
    ["Omar Tahir"],
)
quote(
    C,
    'Town hall\n\nMayor Lee said he would introduce Pavel Ionescu on Friday. "We are ready for him," he said.\n',
    "We are ready for him,",
    ["Lee"],
    ["Pavel Ionescu"],
)
quote(
    C,
    'Town hall\n\nMayor Lee introduced the envoy, Pavel Ionescu. "We are here to listen," Ionescu said.\n',
    "We are here to listen,",
    ["Pavel Ionescu"],
    ["Lee"],
)
quote(
    C,
    'KYIV (Allied Wire) \u2014 President Olena Hrytsenko introduced the new defence chief, Gen. Taras Bondar, at a briefing on Saturday. "The front is holding," he said.\n',
    "The front is holding,",
    ["Taras Bondar"],
    [],
    unsure=("Olena Hrytsenko",),
)
quote(
    C,
    f"Earnings\n\nChief executive Mark Bell turned the podium over to Lena Ruiz, the finance chief. {Q1}Margins will improve next year,{Q2} she said.\n",
    "Margins will improve next year,",
    ["Lena Ruiz"],
    [],
    unsure=("Mark Bell",),
)

# --- told-him-that: the words someone told the reporter
C = "told-him-that"
quote(
    C,
    'Border talks\n\nPolish President Andrzej Nowak met Chancellor Weber on Monday. Weber said the Polish president had told him that "the door remains open".\n',
    "the door remains open",
    ["Andrzej Nowak", "Nowak"],
    ["Weber"],
)
quote(
    C,
    'Border talks\n\nWeber said Nowak had told him that "the door remains open".\n',
    "the door remains open",
    ["Nowak"],
    ["Weber"],
)
quote(
    C,
    'Border talks\n\nChancellor Weber said Andrzej Nowak told him in a phone call on Sunday that "the door remains open".\n',
    "the door remains open",
    ["Andrzej Nowak"],
    ["Weber"],
)
quote(
    C,
    'Border talks\n\nWeber said he had been told by Andrzej Nowak that "the door remains open".\n',
    "the door remains open",
    ["Andrzej Nowak"],
    ["Weber"],
)
quote(
    C,
    'Border talks\n\nWeber said Andrzej Nowak had assured him that "no one will be left behind".\n',
    "no one will be left behind",
    ["Andrzej Nowak"],
    ["Weber"],
)
quote(
    C,
    'Border talks\n\nWeber said the Polish president had told him that "the door remains open".\n',
    "the door remains open",
    ["Polish president"],
    ["Weber"],
)
quote(
    C,
    'Border talks\n\nWeber said he had told Nowak that "the door remains open".\n',
    "the door remains open",
    ["Weber"],
    ["Nowak"],
)
quote(
    C,
    f"Budget\n\nWARSAW (Allied Wire) \u2014 Foreign Minister Ewa Lis said Hungarian premier Gabor Toth had informed her on Friday that {Q1}Budapest will not block the package{Q2}.\n",
    "Budapest will not block the package",
    ["Gabor Toth"],
    ["Ewa Lis"],
)
quote(
    C,
    f"Budget\n\nHungarian Prime Minister Gabor Toth spoke to Ewa Lis on Friday. Lis said she was told by the Hungarian premier that {Q1}Budapest will not block the package{Q2}.\n",
    "Budapest will not block the package",
    ["Gabor Toth"],
    ["Ewa Lis"],
)
quote(
    C,
    'Border talks\n\nWeber told reporters that Andrzej Nowak had told her that "the door remains open".\n',
    "the door remains open",
    ["Andrzej Nowak"],
    ["Weber"],
)
quote(
    C,
    'Border talks\n\nWeber said Nowak had pledged to keep the crossings "open for as long as needed".\n',
    "open for as long as needed",
    ["Weber"],
    ["Nowak"],
)
quote(
    C,
    'Border talks\n\nWeber told reporters in Bonn that "the door remains open".\n',
    "the door remains open",
    ["Weber"],
    ["Nowak"],
)
quote(
    C,
    'Mining\n\nGovernor Ruth Abara said the company\'s chief executive, Dan Moyo, had told her during the site visit last week that "no jobs will go".\n',
    "no jobs will go",
    ["Dan Moyo"],
    ["Ruth Abara"],
)

# --- second-person: a name after the speaker's in the attribution clause
C = "second-person"
W = "We will not retreat,"
for line, speaker, other in [
    (f"{Q1}{W}{Q2} Rosa Ortiz said, standing beside Tim Hale.", "Rosa Ortiz", "Tim Hale"),
    (
        f'"{W}" said Interior Minister Rosa Ortiz, with Governor Tim Hale at her side.',
        "Rosa Ortiz",
        "Tim Hale",
    ),
    (f'"{W}" Rosa Ortiz told Tim Hale on the phone.', "Rosa Ortiz", "Tim Hale"),
    (f'"{W}" said Rosa Ortiz to Tim Hale.', "Rosa Ortiz", "Tim Hale"),
    (f"{Q1}{W}{Q2} said Ortiz, addressing Hale across the table.", "Ortiz", "Hale"),
    (f'"{W}" said Rosa Ortiz as Tim Hale looked on.', "Rosa Ortiz", "Tim Hale"),
    (f'"{W}" said Rosa Ortiz alongside Tim Hale.', "Rosa Ortiz", "Tim Hale"),
    (f'"{W}" said Ortiz, joined by Hale and Mora.', "Ortiz", "Hale"),
    (f'"{W}" said Rosa Ortiz next to Tim Hale, the mayor.', "Rosa Ortiz", "Tim Hale"),
    (f'"{W}" said Rosa Ortiz, turning to Tim Hale.', "Rosa Ortiz", "Tim Hale"),
    (f'"{W}" Rosa Ortiz said, shaking hands with Tim Hale.', "Rosa Ortiz", "Tim Hale"),
    (f'"{W}" said Rosa Ortiz, spokeswoman for Mayor Tim Hale.', "Rosa Ortiz", "Tim Hale"),
    (f"Rosa Ortiz, standing beside Tim Hale, said: {Q1}{W}{Q2}", "Rosa Ortiz", "Tim Hale"),
    (f'"{W}" said Ortiz\'s deputy, Tim Hale.', "Tim Hale", "Ortiz"),
    (f'"{W}" said an adviser to Governor Rosa Ortiz, Tim Hale.', "Tim Hale", "Rosa Ortiz"),
    (f'"{W}" said Ortiz aide Tim Hale.', "Tim Hale", "Ortiz"),
    (f'"{W}" said Ana de Souza.', "Souza", "Tim Hale"),
]:
    quote(C, f"Flood defences\n\n{line}\n", W, [speaker], [other])

# --- glued-names: link texts run together
C = "glued-names"
TEXT = 'Senate\n\nSenate leader Mitch McConnellAddison Mitchell McConnell Jr. said the bill would pass. "We have the votes," McConnell said.\n'
quote(C, TEXT, "We have the votes,", ["Mitch McConnell", "McConnell"], ["Addison", "Mitch Addison"])
person(C, TEXT, ["Mitch McConnell"], ["Mitch Addison"])
TEXT = 'Tax\n\nRep. Kevin BradyKevin Patrick Brady said on Monday that "the tax bill is ready". Democrat Richard Neal opposed it.\n'
quote(C, TEXT, "the tax bill is ready", ["Kevin Brady", "Brady"], ["Kevin Patrick", "Richard Neal"])
TEXT = 'Tax\n\n"The tax bill is ready," said Rep. Kevin BradyKevin Patrick Brady. Democrat Richard Neal opposed it.\n'
quote(C, TEXT, "The tax bill is ready,", ["Kevin Brady"], ["Richard Neal"])
TEXT = "Tariffs\n\nThe bill, sponsored by Rep. Kevin BradyKevin Patrick Brady and Rep. Richard NealRichard Edmund Neal, would cut duties on steel.\n"
EVIDENCE = "The bill, sponsored by Rep. Kevin BradyKevin Patrick Brady and Rep. Richard NealRichard Edmund Neal, would cut duties on steel."
sponsors(C, TEXT, EVIDENCE, ["Kevin Brady", "Richard Neal"], ["Kevin Neal", "Richard Brady"])
TEXT = (
    'Staff\n\nJohn KellyWhite House chief of staff said on Friday that "the memo was never sent".\n'
)
quote(C, TEXT, "the memo was never sent", ["John Kelly"], ["Kelly White"])
person(C, TEXT, ["John Kelly"], ["Kelly White"])
TEXT = f"Health bill\n\nRepublican senators Susan CollinsLisa Murkowski and Thom Tillis voted no.\n\n{Q1}This is not the bill I was promised,{Q2} Collins said.\n"
quote(C, TEXT, "This is not the bill I was promised,", ["Susan Collins"], ["Lisa Collins"])
person(C, TEXT, ["Susan Collins", "Lisa Murkowski"], ["Collins Lisa"])
TEXT = 'Hurricane\n\nGovernor Ron DeSantis said the state was ready. "Shelters open at noon," DeSantis said.\n'
quote(C, TEXT, "Shelters open at noon,", ["Ron DeSantis"], ["Ron Santis"])
TEXT = 'Defense\n\nRep. Seth MacArthur said the base would stay open. "Not one job moves," MacArthur said.\n'
quote(C, TEXT, "Not one job moves,", ["Seth MacArthur"], ["Seth Arthur"])
TEXT = f"Live: Senate votes\n\n10:42 Senate Majority Leader Chuck SchumerCharles Ellis Schumer told reporters: {Q1}We will vote tonight.{Q2} Republican leader John Thune said he had the numbers.\n"
quote(C, TEXT, "We will vote tonight.", ["Chuck Schumer"], ["John Thune"])


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
