# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 60's continued quotes (``grounding_sp60.jsonl``, false-alarm
writer sp60; :mod:`summarizer.verification.sentences.continued_quotes`), at the edges of

- ``continued``: a quote that is the whole of its sentence, right after a quote that opens
  the sentence before and is credited right after its closing mark ('"...," he told
  analysts. "..."', '"...," said X. "..."'): the credited speaker passes for both quotes;
  another person of the page (the one the sentence before the credit names beside the
  speaker, a rival, a person the words talk about, the hearer "he told Wendel"), the body
  the speaker works for, stay refused;
- ``guarded``: bare quotes after credits that hand the words on or the floor over: the
  answer after a quoted question ('"Will you stand down?" a councillor asked. "No."'), a
  credit that ends with another person cutting in or replying, a spokeswoman's credit for her
  mayor's words ("the spokeswoman for Mayor X said": the mayor is refused for both quotes), a
  credit in the paragraph before; the one the credit names, where the page says so, passes.

Run ``python tests/data/make_sp60_cases.py`` to rebuild it. Every article below was written
for this set in its own words, names and places made up; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_sp60.jsonl")

built = SupportCases(
    "sp60",
    leads=[
        "By Orla Penhaligon | The Kestrow Courier | March 3, 2026",
        "MARLHAVEN (Coastline Wire) -",
        "Business desk, The Ardley Ledger",
        "Transcript | Evening Markets Hour | 14 May 2026",
        "Science notebook | The Velling Review | 9 October 2026",
    ],
)
CONT, RELAY, GUARD = "continued", "relayed", "guarded"


# --- continued: the bare quote after a credited one is the same speaker's -----------------
built.story(
    CONT,
    "Halvern Foods chief admits a lost year",
    [
        "Halvern Foods reported a 9% fall in annual profit on Thursday, its third in a row.",
        "HOST: What did the new boss say?",
        'TREVANCE: Mirela Ostrova was blunt on the call. "This was not the year we planned," she told analysts. "It fell well short of what Halvern can do, and everyone in the room knows it." She promised a new plan in June.',
    ],
    (
        "It fell well short of what Halvern can do",
        ["Mirela Ostrova"],
        ["Halvern Foods", "Trevance"],
    ),
    ("This was not the year we planned", ["Mirela Ostrova"], ["Halvern Foods"]),
)
built.story(
    CONT,
    "Birth rate dips again, but demographer sees no crisis",
    [
        "The number of births in the county fell for a fifth year, figures from the Registrar's Office showed on Monday.",
        'Councillors have talked of grants for young families. But Ines Barrowby, who studies family policy at the University of Tollmere, told reporters there was no cause for alarm. "We are seeing people wait longer, not give up," she said. "The county is still growing, and more babies are born here than anyone dies."',
    ],
    (
        "The county is still growing",
        ["Ines Barrowby"],
        ["University of Tollmere", "Registrar's Office"],
    ),
)
built.story(
    CONT,
    "Sponge-like crystals take chemistry prize",
    [
        "The prize went to three chemists who built crystals full of holes that can hold gases.",
        'Pavel Strand, who chairs the Academy\'s Prize Committee for Chemistry, reached for a children\'s book. "A spoonful of this material is like a magician\'s hat," he said. "It holds a roomful of gas in a thimble."',
        "Oskar Fenn, one of the laureates, was asleep when the call came.",
    ],
    (
        "It holds a roomful of gas in a thimble",
        ["Pavel Strand"],
        ["Oskar Fenn", "Prize Committee for Chemistry"],
    ),
)
built.story(
    CONT,
    "Office towers face a long slide",
    [
        "Loans on half-empty office blocks keep souring, lenders say.",
        'Dario Kessel, Brenwick Data\'s head of research, told a webinar on Tuesday that the slump was far from over. "There are many more tired older towers than new ones," he said. "We have a long way to go before we hit the bottom."',
    ],
    ("We have a long way to go before we hit the bottom", ["Dario Kessel"], ["Brenwick Data"]),
)
built.story(
    CONT,
    "Dock strike called off after late offer",
    [
        'The union\'s regional secretary, Hollis Wray, welcomed the offer from Port Ardley late on Friday. "This is the deal our members asked for," Wray said. "Nobody goes back to work with less than they had."',
        "The port's chief executive, Selma Quist, said the offer was final.",
    ],
    (
        "Nobody goes back to work with less than they had",
        ["Hollis Wray"],
        ["Selma Quist", "Port Ardley"],
    ),
)
built.story(
    CONT,
    "Keeper's blunder costs Rovers",
    [
        "Rovers' manager Colm Treacy did not spare his goalkeeper after the 2-1 defeat at Ashby.",
        '"We cannot give away goals like that," he told BBC Radio Kestrow. "Tomas Lind knows it and he will be the first to say so."',
        "Lind, 22, has kept four clean sheets this season.",
    ],
    (
        "Tomas Lind knows it and he will be the first to say so",
        ["Colm Treacy"],
        ["Tomas Lind", "BBC Radio Kestrow"],
    ),
)
built.story(
    CONT,
    "Mayor defends tram delay",
    [
        'Mayor Anika Rowe faced the council\'s transport committee on Wednesday, chaired by her rival Gethin Pryce. "I would rather open late than open unsafe," she told the committee. "The contractor, not this office, set the dates."',
    ],
    ("The contractor, not this office, set the dates", ["Anika Rowe"], ["Gethin Pryce"]),
)
built.story(
    CONT,
    "Court halts sacking of museum director",
    [
        'Judge Farrah Okonedo ruled on Thursday that the trustees had no power to dismiss Lorcan Mabey without a vote of the full board. "The rules are plain and they were not followed," said Judge Okonedo. "The board may try again, but it must do so properly."',
        'Mabey said he was "relieved and grateful".',
    ],
    ("The board may try again, but it must do so properly", ["Farrah Okonedo"], ["Lorcan Mabey"]),
)
built.story(
    CONT,
    "Ferry operator warns of winter cuts",
    [
        "Sailings to the outer islands will be cut by a third from November, Vell Ferries said.",
        'Its operations director, Ruth Anstey, blamed the cost of fuel. "We are burning money on every crossing," she wrote in a letter to islanders. "I would rather tell you now than surprise you in January."',
    ],
    ("I would rather tell you now than surprise you in January", ["Ruth Anstey"], ["Vell Ferries"]),
)
built.story(
    CONT,
    "Minister backs flood wall plan",
    [
        'Environment minister Caspar Hewett visited Lowmoor on Monday, where residents led by Petra Vance have campaigned for a flood wall since 2019. "Lowmoor has waited long enough," the minister said. "The money is in the budget and the work starts in spring."',
    ],
    (
        "The money is in the budget and the work starts in spring",
        ["Caspar Hewett"],
        ["Petra Vance"],
    ),
)
built.story(
    CONT,
    "Chip maker sees orders recover",
    [
        'Quorran Semiconductor\'s chief executive, Yuki Aldana, told investors orders had picked up in every region. "The worst of the slowdown is behind us," Aldana said on Tuesday. "We expect to hire again before the summer."',
        "Rival Tesserine cut its forecast last week.",
    ],
    (
        "We expect to hire again before the summer",
        ["Yuki Aldana"],
        ["Quorran Semiconductor", "Tesserine"],
    ),
)
built.story(
    CONT,
    "Hospital trust apologises for scan backlog",
    [
        'Dr Nia Ferreday, medical director of the Ashby Hospitals Trust, spoke after a report by the inspector, Graham Tull, found 4,000 scans unread. "We let patients down, and I am sorry," she said, her voice breaking. "Every one of those scans will be read by the end of the month."',
    ],
    (
        "Every one of those scans will be read by the end of the month",
        ["Nia Ferreday"],
        ["Graham Tull", "Ashby Hospitals Trust"],
    ),
)

# --- relayed: a reporter's turn of a transcript relays a person's words over two quotes --
built.story(
    RELAY,
    "Halvern Foods' hard year, explained: a Q&A with our retail correspondent",
    [
        "Our business editor, Greta Nyland, put readers' questions to retail correspondent Simon Achebe after Halvern Foods' full-year results.",
        "NYLAND: How bad was the year?",
        "ACHEBE: Sales came to 4.2 billion, down 9%. Profit fell by a quarter.",
        "NYLAND: What did the new boss say?",
        'ACHEBE: Mirela Ostrova was frank on the call. "This was not the year we planned," she told analysts. "It fell well short of what Halvern can do, and we all know it." She promised a new plan in June.',
        "NYLAND: And the shares?",
        'ACHEBE: Up 6%. Cora Lind at Fenwright called the results "less bad than feared".',
    ],
    (
        "It fell well short of what Halvern can do",
        ["Mirela Ostrova"],
        ["Simon Achebe", "Greta Nyland", "Halvern Foods", "Cora Lind"],
    ),
)
built.story(
    RELAY,
    "TRANSCRIPT: 'The Count' podcast - county births fall again",
    [
        "Episode 41 | Harrowgate Audio | May 2, 2026 | Host: Ben Ostler; guest: Priya Marwood, data editor",
        "OSTLER: Priya, the registrar published the birth figures this week. What stands out?",
        "MARWOOD: Births fell for a fifth year, to 8,912. The rate per woman is at a record low.",
        "OSTLER: Should people worry?",
        'MARWOOD: The council seems to think so; it has floated grants for young parents. But Ines Barrowby, who studies family policy at the University of Tollmere, told reporters there was no cause for alarm. "We are seeing people wait longer, not give up," she said. "The county is still growing, and more babies are born here than anyone dies."',
        "OSTLER: And next year?",
        "MARWOOD: Forecasters expect a small rise.",
    ],
    (
        "The county is still growing",
        ["Ines Barrowby"],
        ["Priya Marwood", "Ben Ostler", "University of Tollmere"],
    ),
)
built.story(
    RELAY,
    "Morning Science: the chemistry prize for crystals full of holes",
    [
        "Transcript, Thursday 9 October 2026",
        "PRESENTER (NINA HOLT): The chemistry prize has gone to three chemists for crystals full of holes. Our correspondent Dev Kapoor was at the announcement. Dev, who won?",
        "KAPOOR: Nina, the Academy split the prize three ways, between Oskar Fenn, Mari Solheim and Alan Birk.",
        "HOLT: And what did they make?",
        'KAPOOR: Crystals that can soak up gases. Pavel Strand, who chairs the Academy\'s Prize Committee for Chemistry, reached for a children\'s book. "A spoonful of this material is like a magician\'s hat," he said. "It holds a roomful of gas in a thimble."',
        "HOLT: Who got there first?",
        "KAPOOR: Fenn, in 1991.",
    ],
    (
        "It holds a roomful of gas in a thimble",
        ["Pavel Strand"],
        ["Dev Kapoor", "Nina Holt", "Oskar Fenn"],
    ),
    ("A spoonful of this material is like a magician", ["Pavel Strand"], ["Dev Kapoor"]),
)
built.story(
    RELAY,
    "Office towers: how deep is the hole? A Q&A",
    [
        "Our property editor, Jonas Reyes, answers readers' questions on office loans.",
        "Q: Are more loans going bad?",
        "REYES: Yes. One in ten office loans is now behind on payments.",
        "Q: Who thinks it gets worse?",
        'REYES: Dario Kessel, Brenwick Data\'s head of research, told a webinar on Tuesday the slump was far from over. "There are many more tired older towers than new ones," he said. "We have a long way to go before we hit the bottom."',
        "Q: Any good news?",
        "REYES: New towers are nearly full.",
    ],
    (
        "We have a long way to go before we hit the bottom",
        ["Dario Kessel"],
        ["Jonas Reyes", "Brenwick Data"],
    ),
)
built.story(
    RELAY,
    "Drive Time transcript: dock strike off",
    [
        "Broadcast 6 June 2026, 17:10",
        "HOST (ELLA MARCH): The dock strike is off. Our reporter Finn Doyle is at the port gates. Finn?",
        'DOYLE: Ella, the union\'s regional secretary, Hollis Wray, came out half an hour ago. "This is the deal our members asked for," Wray said. "Nobody goes back with less than they had."',
        "MARCH: And the port?",
        "DOYLE: Its chief executive, Selma Quist, said the offer was final.",
    ],
    (
        "Nobody goes back with less than they had",
        ["Hollis Wray"],
        ["Finn Doyle", "Ella March", "Selma Quist"],
    ),
)
built.story(
    RELAY,
    "Matchday podcast transcript: Rovers' bad afternoon",
    [
        "Episode 88 | Terrace Talk | 12 March 2026 | Host: Amir Dale; guest: Rosa Finch",
        "DALE: Rosa, 2-1 down at Ashby. What did the manager make of it?",
        'FINCH: Colm Treacy did not spare his goalkeeper. "We cannot give away goals like that," he told BBC Radio Kestrow. "Tomas Lind knows it and he will be the first to say so."',
        "DALE: Harsh.",
        "FINCH: Lind is 22. He will learn.",
    ],
    (
        "Tomas Lind knows it and he will be the first to say so",
        ["Colm Treacy"],
        ["Rosa Finch", "Amir Dale", "Tomas Lind"],
    ),
)
built.story(
    RELAY,
    "Ferries to the isles: what the cuts mean, a Q&A",
    [
        "Our islands reporter, Cait Munro, answers questions from readers.",
        "Q: How many sailings go?",
        "MUNRO: A third, from November.",
        "Q: Why?",
        'MUNRO: Fuel. Vell Ferries\' operations director, Ruth Anstey, put it plainly in a letter to islanders. "We are burning money on every crossing," she wrote. "I would rather tell you now than surprise you in January."',
        "Q: Will the council help?",
        "MUNRO: It says it has no money.",
    ],
    (
        "I would rather tell you now than surprise you in January",
        ["Ruth Anstey"],
        ["Cait Munro", "Vell Ferries"],
    ),
)
built.story(
    RELAY,
    "Chips rebound: our markets hour, transcript",
    [
        "Transcript | Markets Hour | 21 April 2026",
        "ANCHOR (LEO PRATT): Quorran Semiconductor reported overnight. Our reporter Hana Sato has the numbers. Hana?",
        'SATO: Orders up in every region, Leo. Chief executive Yuki Aldana sounded relieved. "The worst of the slowdown is behind us," Aldana said on the call. "We expect to hire again before the summer."',
        "PRATT: And rivals?",
        "SATO: Tesserine cut its forecast last week.",
    ],
    (
        "We expect to hire again before the summer",
        ["Yuki Aldana"],
        ["Hana Sato", "Leo Pratt", "Quorran Semiconductor"],
    ),
)
built.story(
    RELAY,
    "Scan backlog: the hospital's apology, a Q&A",
    [
        "Our health correspondent, Moira Flett, answers readers' questions on the Ashby scan backlog.",
        "Q: How many scans went unread?",
        "FLETT: About 4,000, the inspector, Graham Tull, found.",
        "Q: What did the hospital say?",
        'FLETT: Its medical director, Dr Nia Ferreday, apologised. "We let patients down, and I am sorry," she said. "Every one of those scans will be read by the end of the month."',
    ],
    (
        "Every one of those scans will be read by the end of the month",
        ["Nia Ferreday"],
        ["Moira Flett", "Graham Tull"],
    ),
)
built.story(
    RELAY,
    "Flood wall: the minister's visit, transcript",
    [
        "Transcript | Lowmoor Tonight | 3 February 2026",
        "PRESENTER (JOSH KEMP): The environment minister was in Lowmoor today. Our reporter Alys Ward was there. Alys?",
        'WARD: Josh, Caspar Hewett met the campaigners led by Petra Vance. "Lowmoor has waited long enough," he told them. "The money is in the budget and the work starts in spring."',
        "KEMP: Did they believe him?",
        "WARD: Vance said she would believe it when she saw diggers.",
    ],
    (
        "The money is in the budget and the work starts in spring",
        ["Caspar Hewett"],
        ["Alys Ward", "Josh Kemp", "Petra Vance"],
    ),
)
built.story(
    RELAY,
    "Rail strike: the union's answer, a Q&A",
    [
        "Q: Will the trains run on Monday?",
        "PENROSE: No. The strike is on.",
        "Q: What did the union say?",
        'PENROSE: Its general secretary, Aled Morgan, asked a reporter: "Would you work for that?" Then he said the talks were over. The company\'s chief, Iona Blythe, was sharper. "The offer is fair," she said. "We will not improve it."',
    ],
    ("We will not improve it", ["Iona Blythe"], ["Aled Morgan"]),
)


# --- guarded: credits that hand the next words to someone else ---------------------------
built.story(
    GUARD,
    "Council leader refuses to quit",
    [
        'Councillor Bryn Maddox pressed the leader, Sian Elwood, at Tuesday\'s meeting. "Will you stand down?" Maddox asked. "No. I was elected to finish this."',
        'Elwood later said the vote of no confidence was "a stunt".',
    ],
    ("No. I was elected to finish this.", [], ["Bryn Maddox"]),
    ("a stunt", ["Sian Elwood"], ["Bryn Maddox"]),
)
built.story(
    GUARD,
    "Coach grilled over selection",
    [
        'Coach Dara Fenwick was asked about dropping her captain, Ola Brandt. "Was it the right call?" a reporter asked her. "Ask me again in May."',
        '"I am as hungry as ever," Brandt told the club\'s website.',
    ],
    ("Ask me again in May.", [], ["Ola Brandt"]),
    ("I am as hungry as ever", ["Ola Brandt"], ["Dara Fenwick"]),
)
built.story(
    GUARD,
    "Mayor's office rejects audit findings",
    [
        'The office of Mayor Ruth Penner hit back at the auditor on Friday. "The figures are wrong and the auditor knows it," the mayor\'s spokeswoman, Kira Dunne, said. "We will publish our own accounts next week."',
    ],
    ("We will publish our own accounts next week", ["Kira Dunne"], ["Ruth Penner"]),
    ("The figures are wrong and the auditor knows it", ["Kira Dunne"], ["Ruth Penner"]),
)
built.story(
    GUARD,
    "Minister's aide speaks for him on bridge row",
    [
        'Transport minister Edwin Marsh stayed away from the hearing. "The minister regrets the delay," his aide, Farid Osei, told the panel. "He will write to every family affected."',
    ],
    ("He will write to every family affected", ["Farid Osei"], ["Edwin Marsh"]),
)
built.story(
    GUARD,
    "Heated exchange at planning hearing",
    [
        'Developer Conrad Beale defended the tower at Monday\'s hearing. "It is the homes this town needs," Beale said, before objector Lydia Harrow cut in. "It is the shadow this town does not."',
    ],
    ("It is the shadow this town does not", [], ["Conrad Beale"]),
    ("It is the homes this town needs", ["Conrad Beale"], ["Lydia Harrow"]),
)
built.story(
    GUARD,
    "Union and board trade words",
    [
        'The union\'s Maeve Corrigan opened the talks. "Our members will not accept a pay freeze," she said, and the chairman, Howard Pell, replied at once. "Then there will be no pay at all."',
    ],
    ("Then there will be no pay at all", [], ["Maeve Corrigan"]),
    ("Our members will not accept a pay freeze", ["Maeve Corrigan"], ["Howard Pell"]),
)
built.story(
    GUARD,
    "Striker says he wants to stay",
    [
        'Rovers striker Kofi Danquah ended weeks of talk on Saturday. "I am happy here and I want to stay," he told the Courier, quoting his agent, Len Osgood. "We have told every club that asked."',
    ],
    ("We have told every club that asked", [], ["Kofi Danquah"]),
)
built.story(
    GUARD,
    "Chancellor's words read out at dinner",
    [
        'Chancellor Imogen Lacey could not attend the dinner, so her deputy, Rafe Tolland, read a message from her. "Growth is the only way out," Tolland said, reading her words. "Every budget I write will be judged on it."',
    ],
    ("Every budget I write will be judged on it", ["Imogen Lacey"], ["Rafe Tolland"]),
)
built.story(
    GUARD,
    "Harbour trust defends fees",
    [
        'Harbour master Owen Quayle spoke for the trust on Wednesday. "Fees have not risen in six years," he said.',
        '"Six years of nothing, then forty per cent at once," the fishermen\'s leader, Bethan Rhys, said. "That is not a rise, it is a wall."',
    ],
    ("That is not a rise, it is a wall", ["Bethan Rhys"], ["Owen Quayle"]),
    ("Fees have not risen in six years", ["Owen Quayle"], ["Bethan Rhys"]),
)
built.story(
    GUARD,
    "Professor wins Halberd medal",
    [
        'The medal went to Professor Lena Voss for her work on river silt. "Lena changed how we think about floods," said the society\'s president, Amir Qadri. "No one deserved it more."',
    ],
    ("No one deserved it more", ["Amir Qadri"], ["Lena Voss"]),
)
built.story(
    GUARD,
    "Rail boss asked about strike",
    [
        'Rail chief Tobias Wren was pressed on the strike by the presenter, Gwen Astley. "Do you accept any blame?" she asked him. "None at all. The union walked out."',
    ],
    ("None at all. The union walked out.", [], ["Gwen Astley"]),
)
built.story(
    GUARD,
    "Fire chief warns of dry summer",
    [
        'County fire chief Ronan Dell said crews had been called to 40 grass fires in April. "It has never been this dry this early," Dell said.',
        '"Put out the barbecue properly."',
        "The county council, led by Alma Stroud, has banned fires in its parks.",
    ],
    ("Put out the barbecue properly", [], ["Alma Stroud"]),
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
