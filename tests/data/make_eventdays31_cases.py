# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of checks 68 and 69's event days (``grounding_eventdays31.jsonl``):
value-support cases for an event's ``when`` that the rules refused although the text gives it
to the event, by category, each with what must pass and what must fail:

- ``led-month``: a month led by a time word and run straight on to a capitalised subject,
  with no comma ("In April Norwegian coastguards detained ...", "At the end of November
  Portuguese lorry drivers ...") is the month, not a first name ("May Thompson"); another
  month of the sentence (the one something earlier happened in) and a month not written stay
  refused;
- ``kin-clause``: a relative clause that tells the event's own thing under another noun than
  its description's ("the walkout they began on 4 August" for a strike, "The deal, which
  negotiators reached on Oct. 3" for an agreement) dates the event; the day of another thing
  told beside it (the vote on the deal, the day talks resumed) stays refused;
- ``fronted-participle``: a sentence-opening participle phrase of the event's own actors
  ("Meeting in Vienna on Sunday, the ministers agreed ...") dates what its subject did; a
  phrase of speech ("Speaking on Friday, the spokesman said the truce had begun on
  Wednesday") dates the speaking only, and another meeting's day stays refused;
- ``lone-report``: a report's day ("X said on Tuesday that it had completed ...", "..., the
  union announced on 14 March") is the event's when the evidence gives the event no other
  time and tells it as done; beside another time ("had taken the town on Wednesday", "last
  week", "in 2023") or with the event planned ("would complete", "plans to") it is refused;
- ``object-relative``: a day inside a relative clause with a subject of its own after the
  event's noun ("a tanker that the European Union blacklisted in February") is that
  subject's act, so the event's own day told in another clause of its evidence stands; the
  relative clause's day stays refused for the event.

Run ``python tests/data/make_eventdays31_cases.py`` to rebuild it. The events are modelled
on the kind of news the checks carried (strikes, seizures of ships, oil-producer meetings,
takeovers, ratification votes), the sentences written for this set; each verdict is what a
careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_eventdays31.jsonl")

built = SupportCases(
    "ed31",
    leads=[
        "OSLO (Nordic Wire) -",
        "By Amara Okafor | The Harbour Gazette",
        "BUSINESS BRIEFING | The Prairie Ledger",
        "From our correspondent in Lisbon, The Atlantic Review.",
        "Labour desk, The Midlands Courier.",
        "WASHINGTON, Capitol Report -",
    ],
)
MONTH, KIN, PARTICIPLE = "led-month", "kin-clause", "fronted-participle"
REPORT, OBJECT = "lone-report", "object-relative"


event = built.event_days
one = built.sentence_event_days


# --- led-month: "In April Norwegian coastguards detained ..." ------------------------------

one(
    MONTH,
    "In April Norwegian coastguards detained the trawler Polar Star off Svalbard, where it had fished without a licence since January.",
    ["In April", "April"],
    ["In May", "March"],
    "other",
    "Norwegian coastguards detained the trawler Polar Star",
)
one(
    MONTH,
    "Early in June Italian police arrested two men in Naples over the jewellery theft reported in May.",
    ["June", "early June"],
    ["May"],
    "other",
    "Italian police arrested two men over the jewellery theft",
)
one(
    MONTH,
    "At the start of February Kenyan doctors walked off the job across Nairobi, a strike their union had first threatened in November.",
    ["At the start of February", "February"],
    ["January"],
    "strike",
    "Kenyan doctors' strike in Nairobi",
)
one(
    MONTH,
    "Last December Swiss voters approved the pension reform that parliament had passed in September.",
    ["December", "last December"],
    ["September"],
    "vote",
    "Swiss voters approved the pension reform",
)
one(
    MONTH,
    "Since August Polish farmers have blocked the crossing at Dorohusk, and organisers say the protest will last until March.",
    ["Since August", "August"],
    ["September", "July"],
    "other",
    "Polish farmers blocked the border crossing at Dorohusk",
)
one(
    MONTH,
    "In mid-May Greek firefighters contained the blaze on Evia, which had burned for three weeks after breaking out in April.",
    ["mid-May", "May"],
    ["April"],
    "other",
    "Greek firefighters contained the blaze on Evia",
)
one(
    MONTH,
    "In January Dutch prosecutors charged the captain of the cargo ship that sank off Texel in October.",
    ["In January", "January"],
    ["February"],
    "other",
    "Dutch prosecutors charged the captain of the cargo ship",
)
one(
    MONTH,
    "During September Spanish customs seized three tonnes of cocaine at Algeciras, acting on a tip-off received in August.",
    ["During September", "September"],
    ["August"],
    "other",
    "Spanish customs seized three tonnes of cocaine at Algeciras",
)
one(
    MONTH,
    "In July British border officers turned back the chartered ferry at Dover; its owners had been warned in June.",
    ["In July", "July"],
    ["August"],
    "other",
    "British border officers turned back the chartered ferry",
)
one(
    MONTH,
    "At the end of November Portuguese lorry drivers lifted their blockade of Lisbon's port, which had begun in October.",
    ["At the end of November", "late November"],
    ["October", "December"],
    "other",
    "Portuguese lorry drivers lifted their blockade of Lisbon's port",
)
one(
    MONTH,
    "Fighting in the valley died down in April, said May Thompson, who runs the clinic in Kenema.",
    ["April"],
    ["May"],
    "other",
    "fighting in the valley died down",
)
one(
    MONTH,
    "By March Chilean miners were back at work at El Teniente, which had been shut since the accident in July.",
    ["By March", "March"],
    ["April"],
    "other",
    "Chilean miners returned to work at El Teniente",
)

# --- kin-clause: the event's own thing under another noun, in a relative clause ----------

one(
    KIN,
    "The deal, which negotiators reached on Oct. 3 after a 20-hour session, gives pilots a 15% raise over four years, and members will vote on it by Oct. 20.",
    ["Oct. 3"],
    ["Oct. 20", "Oct. 4"],
    "other",
    "tentative agreement between the airline and its pilots",
)
one(
    KIN,
    "A fresh offer was voted down by the machinists on Sunday, so the walkout they began on Sept. 13 continues into a third month.",
    ["Sept. 13"],
    ["Sept. 3", "Sept. 12"],
    "strike",
    "machinists' strike at the engine plant",
)
one(
    KIN,
    "The accord, which the two boards signed on 14 May, still needs clearance from regulators, who have until 30 September to rule.",
    ["14 May"],
    ["30 September", "15 May"],
    "other",
    "merger agreement between the two banks",
)
one(
    KIN,
    "Talks resumed on Thursday, but the walkout that started on Oct. 6 across Alberta's schools goes on.",
    ["Oct. 6"],
    ["Thursday"],
    "strike",
    "teachers' strike in Alberta",
)
one(
    KIN,
    "The pact, which both sides signed in Doha on 5 April, fell apart when fighting flared again on 22 June.",
    ["5 April"],
    ["4 April"],
    "other",
    "peace agreement between the government and the rebels",
)
one(
    KIN,
    "The deal, which trade negotiators concluded on Dec. 6 in Montevideo, now faces a vote in the European Parliament on Feb. 11.",
    ["Dec. 6"],
    ["Dec. 16"],
    "other",
    "trade agreement between the EU and Mercosur",
)
one(
    KIN,
    "Output at the Donges refinery has fallen by half since the stoppage that workers began on 14 October, the company said on 2 November.",
    ["14 October"],
    ["2 November"],
    "strike",
    "refinery workers' strike at Donges",
)
one(
    KIN,
    "Ministers met union leaders on 28 January to discuss the walkout that nurses at the Royal Infirmary began on 12 January.",
    ["12 January"],
    ["2 January"],
    "strike",
    "nurses' strike at the Royal Infirmary",
)
one(
    KIN,
    "The takeover, which Halvorsen Group completed on 2 June, created the region's largest dairy company, and the new board met on 9 June.",
    ["2 June"],
    ["9 June"],
    "other",
    "Halvorsen Group's acquisition of Brightline Dairy",
)
one(
    KIN,
    "A court in Lagos on Monday ordered an end to the walkout that oil workers started on 20 March.",
    ["20 March"],
    ["21 March"],
    "strike",
    "oil workers' strike in Nigeria",
)
one(
    KIN,
    "The agreement, which envoys initialled on Saturday in Cairo, was to be signed by ministers on Tuesday.",
    ["Saturday"],
    ["Sunday"],
    "other",
    "deal between the two factions",
)

# --- fronted-participle: "Meeting in Vienna on Sunday, the ministers agreed ..." ---------

one(
    PARTICIPLE,
    "Meeting in Vienna on Sunday, the OPEC ministers agreed to keep output steady, and they will meet again on 1 June.",
    ["Sunday"],
    ["1 June", "Saturday"],
    "other",
    "OPEC ministers agreed to keep output steady",
)
one(
    PARTICIPLE,
    "Gathering in Brussels on Thursday, European Union leaders approved a 90 billion euro loan for Ukraine.",
    ["Thursday"],
    ["Wednesday"],
    "other",
    "EU leaders approved a loan for Ukraine",
)
one(
    PARTICIPLE,
    "Convening by video link on Monday, the central bank's board cut its main rate to 3.5%, its first cut since March.",
    ["Monday"],
    ["Tuesday"],
    "other",
    "central bank board cut its main rate",
)
one(
    PARTICIPLE,
    "Speaking on Friday, the army spokesman said the truce with the rebels had begun on Wednesday.",
    ["Wednesday"],
    ["Friday"],
    "other",
    "truce between the army and the rebels began",
)
one(
    PARTICIPLE,
    "Addressing reporters on Monday, the transport minister said the border crossing had reopened on Saturday.",
    ["Saturday"],
    ["Monday"],
    "other",
    "the border crossing reopened",
)
one(
    PARTICIPLE,
    "Sitting in emergency session on Wednesday, the Knesset approved the budget by 61 votes to 58.",
    ["Wednesday"],
    ["Tuesday"],
    "vote",
    "Knesset approved the budget",
)
one(
    PARTICIPLE,
    "Assembling in Geneva on 9 October, the negotiators signed the framework accord on prisoner exchanges.",
    ["9 October"],
    ["10 October"],
    "other",
    "negotiators signed the framework accord",
)
one(
    PARTICIPLE,
    "Writing on social media on Sunday, the president said the rescue at the mine had ended on Friday.",
    ["Friday"],
    ["Sunday"],
    "other",
    "the rescue at the mine ended",
)
one(
    PARTICIPLE,
    "Meeting online on Saturday, the eight producers agreed a rise of 137,000 barrels a day, after the larger group had held output flat on 5 October.",
    ["Saturday"],
    ["Sunday"],
    "other",
    "eight producers agreed a rise in output",
)
one(
    PARTICIPLE,
    "Marching through Belgrade on Saturday, tens of thousands of students demanded a new election.",
    ["Saturday"],
    ["Sunday"],
    "other",
    "students marched through Belgrade demanding an election",
)

# --- lone-report: the report's day is the event's when its actor tells its own act ------
# fmt: off

one(REPORT, "Halvorsen Group said on Tuesday that it had completed its purchase of Brightline Foods, ending a year of regulatory review.",
    ["Tuesday"], ["Monday"], "other", "Halvorsen completes purchase of Brightline Foods", ("Halvorsen Group",))
one(REPORT, "Members backed the new contract by 78% to 22%, the union announced on 14 March.",
    ["14 March"], ["13 March"], "vote", "members backed the new contract")
one(REPORT, "Acme Chemicals announced on Monday that it had closed the sale of its coatings unit to a Dutch rival.",
    ["Monday"], ["Sunday"], "other", "Acme Chemicals closed the sale of its coatings unit", ("Acme Chemicals",))
one(REPORT, "Voters in the canton approved the tunnel project with 58 percent in favour, election officials said Friday.",
    ["Friday"], ["Thursday"], "vote", "voters approved the tunnel project")
one(REPORT, "The army said on Friday that troops had taken the town of Pokrovka on Wednesday.",
    ["Wednesday"], ["Friday"], "other", "troops took the town of Pokrovka", ("army",))
one(REPORT, "Rescuers pulled 14 survivors from the collapsed hotel last week, officials said on Thursday.",
    [], ["Thursday"], "other", "rescuers pulled survivors from the collapsed hotel")
one(REPORT, "The company said on Monday that it would complete the sale of its shipping arm within weeks.",
    [], ["Monday"], "other", "company completes the sale of its shipping arm", ("company",))
one(REPORT, "The drivers' union said on Tuesday it plans to stage a one-day walkout at the depots.",
    [], ["Tuesday"], "strike", "drivers' one-day walkout at the depots", ("drivers' union",))
one(REPORT, "The merger was completed in 2023, the company's chief executive told shareholders on Monday.",
    [], ["Tuesday"], "other", "merger completed")
one(REPORT, "Officials said on Saturday that the dam had burst earlier in the week, flooding three villages.",
    [], ["Saturday"], "other", "the dam burst, flooding three villages")
event(REPORT, ["The ministry said on Sunday that the ferry had sunk with 40 people aboard. It went down on Friday off Lesbos."],
      ["The ministry said on Sunday that the ferry had sunk with 40 people aboard.", "It went down on Friday off Lesbos."],
      ["Friday"], ["Sunday"], "other", "ferry sank off Lesbos")
one(REPORT, "Workers at the plant ratified a four-year agreement, the Teamsters said on Wednesday.",
    ["Wednesday"], ["Tuesday"], "vote", "workers ratified a four-year agreement", ("Teamsters",))
one(REPORT, "The Financial Conduct Authority said on Thursday that it had fined the bank 40 million pounds for money-laundering failings.",
    ["Thursday"], ["Wednesday"], "other", "regulator fined the bank", ("Financial Conduct Authority",))
one(REPORT, "Shareholders of Nordvik Shipping voted by 91% to accept the offer from their Danish rival, the company said in a statement on Thursday.",
    ["Thursday"], ["Friday"], "vote", "Nordvik Shipping shareholders accepted the takeover offer")
one(REPORT, "Maersk said on Monday that it had resumed sailings through the Red Sea for the first time in two years.",
    ["Monday"], ["Sunday"], "other", "Maersk resumed sailings through the Red Sea", ("Maersk",))
one(REPORT, "Qatari mediators told reporters on Saturday that both sides had freed the detainees held in the border town.",
    [], ["Saturday", "Friday"], "other", "both sides freed the detainees", ("Israel", "Hamas"))
one(REPORT, "Police said on Tuesday that the protesters had cleared the square outside parliament.",
    [], ["Tuesday"], "other", "protesters cleared the square", ("protesters",))
one(REPORT, "Nordhavn Energy said on Wednesday that its new wind farm had been switched on, three months behind schedule.",
    ["Wednesday"], ["Thursday"], "other", "Nordhavn Energy switched on its new wind farm", ("Nordhavn Energy",))

# fmt: on
# --- object-relative: a day in a relative clause with a subject of its own ----------------

event(
    OBJECT,
    [
        "Denmark acted firmly this week. Its coastguard boarded the Eagle Star, a tanker that Brussels had sanctioned in May."
    ],
    [
        "Denmark acted firmly this week.",
        "Its coastguard boarded the Eagle Star, a tanker that Brussels had sanctioned in May.",
    ],
    ["this week"],
    ["May"],
    "other",
    "Danish coastguard boarded the tanker Eagle Star",
)
event(
    OBJECT,
    [
        "Estonia moved quickly on Tuesday. Its navy detained the Kiri, a cargo ship that Finland had inspected in March."
    ],
    [
        "Estonia moved quickly on Tuesday.",
        "Its navy detained the Kiri, a cargo ship that Finland had inspected in March.",
    ],
    ["Tuesday"],
    ["March"],
    "other",
    "Estonian navy detained the cargo ship Kiri",
)
event(
    OBJECT,
    [
        "Police made the arrest on Friday. Officers detained the suspect, a man whom Interpol had listed in 2021, at the airport."
    ],
    [
        "Police made the arrest on Friday.",
        "Officers detained the suspect, a man whom Interpol had listed in 2021, at the airport.",
    ],
    ["Friday"],
    ["Thursday"],
    "other",
    "officers detained the suspect at the airport",
)
event(
    OBJECT,
    [
        "The regulator struck on Monday. It blocked the merger, a deal that the two firms had announced in January."
    ],
    [
        "The regulator struck on Monday.",
        "It blocked the merger, a deal that the two firms had announced in January.",
    ],
    ["Monday"],
    ["January"],
    "other",
    "regulator blocked the merger",
)
event(
    OBJECT,
    [
        "Ireland acted on Wednesday. Its navy escorted the trawler, a vessel that Spain had fined in April, to Cork."
    ],
    [
        "Ireland acted on Wednesday.",
        "Its navy escorted the trawler, a vessel that Spain had fined in April, to Cork.",
    ],
    ["Wednesday"],
    ["April"],
    "other",
    "Irish navy escorted the trawler to Cork",
)
event(
    OBJECT,
    [
        "Customs officers finally moved on Thursday. They seized the yacht, a vessel that the US Treasury had sanctioned in 2022, in Genoa."
    ],
    [
        "Customs officers finally moved on Thursday.",
        "They seized the yacht, a vessel that the US Treasury had sanctioned in 2022, in Genoa.",
    ],
    ["Thursday"],
    ["2022"],
    "other",
    "customs officers seized the yacht in Genoa",
)
event(
    OBJECT,
    [
        "The court ruled on Tuesday. It annulled the contract, a deal that the former minister had signed in June."
    ],
    [
        "The court ruled on Tuesday.",
        "It annulled the contract, a deal that the former minister had signed in June.",
    ],
    ["Tuesday"],
    ["June", "Wednesday"],
    "other",
    "court annulled the contract",
)
event(
    OBJECT,
    [
        "Norway's coastguard intervened on Saturday. It towed the tanker, a ship that the European Union had blacklisted in February, to Hammerfest."
    ],
    [
        "Norway's coastguard intervened on Saturday.",
        "It towed the tanker, a ship that the European Union had blacklisted in February, to Hammerfest.",
    ],
    ["Saturday"],
    ["February"],
    "other",
    "Norwegian coastguard towed the tanker",
)
event(
    OBJECT,
    [
        "Latvia acted on Sunday. Its border guards stopped the lorry convoy, which Lithuania had turned back in August."
    ],
    [
        "Latvia acted on Sunday.",
        "Its border guards stopped the lorry convoy, which Lithuania had turned back in August.",
    ],
    ["Sunday"],
    ["August", "Saturday"],
    "other",
    "Latvian border guards stopped the lorry convoy",
)
event(
    OBJECT,
    [
        "The miners returned on Monday. They reopened the pit, a mine that the owners had shut in November."
    ],
    [
        "The miners returned on Monday.",
        "They reopened the pit, a mine that the owners had shut in November.",
    ],
    ["Monday"],
    ["Sunday"],
    "other",
    "miners reopened the pit",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
