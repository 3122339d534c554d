# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 36's review of the new quote-credit readers (``grounding_rvq36.jsonl``):
a read-only reviewer's own cases against credits36 (``quotes/credit_frames.py``,
``quotes/answer_turns.py``, ``sentences/intro_subjects.py``) and offices36
(``people/office_holders.py``), written before either rule was run on them, by category in
one: ``quote-credit``: frames other than "X said" and their near misses (words heard, not
given; a name that belongs to a noun inside the description, "read the judgment against the
former minister, X"; relayed words), interview "A:" turns whose introduction names the
interviewer or another person beside the subject, offices and their near holders (deputies,
former holders, another country's minister, a name in apposition).

The lead mended what the new rules got wrong (the interviewer, a described noun's name,
"kept hearing"); what older rules got wrong was kept out of the set as its ``GAPS`` until
session 40 brought it in, after the rest (the ids still decided wrongly are in ``GAPS`` of
``tests/test_grounding_sets.py``). Run ``python tests/data/make_rvq36_cases.py`` to rebuild
it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

OUT = Path(__file__).with_name("grounding_rvq36.jsonl")
LEAD = "By Mara Quill | The Fenwick Gazette"
CATEGORY = "quote-credit"

# (must pass, paragraphs under the masthead, the quote's words, the speaker valued)
CASES: list[tuple[bool, list[str], str, str]] = [
    (
        True,
        [
            "The bakery chain closed four shops in Dunmore this week.",
            '"We tried everything to keep the doors open," was the explanation Keira Lund, the chain\'s owner, gave staff on Friday.',
            "Shop steward Tomas Ek said staff had been told nothing.",
        ],
        "We tried everything to keep the doors open,",
        "Keira Lund",
    ),
    (
        False,
        [
            "The bakery chain closed four shops in Dunmore this week.",
            '"We tried everything to keep the doors open," was the explanation Keira Lund, the chain\'s owner, gave staff on Friday.',
            "Shop steward Tomas Ek said staff had been told nothing.",
        ],
        "We tried everything to keep the doors open,",
        "Tomas Ek",
    ),
    (
        True,
        [
            "The harbour board met on Tuesday.",
            '"Ask Ruben Salo, he signed the contract," was the retort of harbourmaster Petra Vinge.',
        ],
        "Ask Ruben Salo, he signed the contract,",
        "Petra Vinge",
    ),
    (
        False,
        [
            "The harbour board met on Tuesday.",
            '"Ask Ruben Salo, he signed the contract," was the retort of harbourmaster Petra Vinge.',
        ],
        "Ask Ruben Salo, he signed the contract,",
        "Ruben Salo",
    ),
    (
        True,
        [
            "Farmers blocked the ring road for a second day.",
            '"We will stay until the minister listens," farm leader Noor Aziz said. "Not one more tractor will be sold at a loss" was how her deputy, Jonas Brek, put it.',
        ],
        "Not one more tractor will be sold at a loss",
        "Jonas Brek",
    ),
    (
        False,
        [
            "Farmers blocked the ring road for a second day.",
            '"We will stay until the minister listens," farm leader Noor Aziz said. "Not one more tractor will be sold at a loss" was how her deputy, Jonas Brek, put it.',
        ],
        "Not one more tractor will be sold at a loss",
        "Noor Aziz",
    ),
    (
        True,
        [
            "The striker was sent off in the 80th minute.",
            '"The referee ruined a good game." That was how coach Ada Morrow saw it.',
            "Referee Paul Linde declined to comment.",
        ],
        "The referee ruined a good game.",
        "Ada Morrow",
    ),
    (
        False,
        [
            "The striker was sent off in the 80th minute.",
            '"The referee ruined a good game." That was how coach Ada Morrow saw it.',
            "Referee Paul Linde declined to comment.",
        ],
        "The referee ruined a good game.",
        "Paul Linde",
    ),
    (
        True,
        [
            "The council voted to sell the old library.",
            'Councillor Femi Adeyemi called the sale "a disgrace". "Books do not pay rent." Those were the words of the council leader, Greta Solvang.',
        ],
        "Books do not pay rent.",
        "Greta Solvang",
    ),
    (
        True,
        [
            "The rail strike entered its third week.",
            'Union chief Milo Varga\'s answer to the offer: "Not enough, not nearly."',
            "Operator boss Lisa Crane said the offer was final.",
        ],
        "Not enough, not nearly.",
        "Milo Varga",
    ),
    (
        False,
        [
            "The rail strike entered its third week.",
            'Union chief Milo Varga\'s answer to the offer: "Not enough, not nearly."',
            "Operator boss Lisa Crane said the offer was final.",
        ],
        "Not enough, not nearly.",
        "Lisa Crane",
    ),
    (
        True,
        [
            "The novelist Dora Pike died on Sunday at 91.",
            'Her publisher, Sam Okoro, wrote of her: "Dora never wrote a lazy sentence."',
        ],
        "Dora never wrote a lazy sentence.",
        "Sam Okoro",
    ),
    (
        False,
        [
            "The novelist Dora Pike died on Sunday at 91.",
            'Her publisher, Sam Okoro, wrote of her: "Dora never wrote a lazy sentence."',
        ],
        "Dora never wrote a lazy sentence.",
        "Dora Pike",
    ),
    (
        True,
        [
            "The mayor toured the flooded streets.",
            'The verdict of resident Olga Wren on the clean-up: "Too little, too late."',
            '"We are doing everything we can," Mayor Brian Tull said.',
        ],
        "Too little, too late.",
        "Olga Wren",
    ),
    (
        False,
        [
            "The mayor toured the flooded streets.",
            'The verdict of resident Olga Wren on the clean-up: "Too little, too late."',
            '"We are doing everything we can," Mayor Brian Tull said.',
        ],
        "Too little, too late.",
        "Brian Tull",
    ),
    (
        True,
        [
            "The school will close in July.",
            '"This was the heart of the village," Agnes Holm, who taught there for thirty years alongside Karl Feld, told the meeting.',
        ],
        "This was the heart of the village,",
        "Agnes Holm",
    ),
    (
        False,
        [
            "The school will close in July.",
            '"This was the heart of the village," Agnes Holm, who taught there for thirty years alongside Karl Feld, told the meeting.',
        ],
        "This was the heart of the village,",
        "Karl Feld",
    ),
    (
        False,
        [
            "The bridge will reopen in May.",
            '"The steel is sound," according to people close to engineer Lars Ivo.',
        ],
        "The steel is sound,",
        "Lars Ivo",
    ),
    (
        True,
        [
            "The chess federation banned the grandmaster for a year.",
            '"Cheating was proven beyond doubt," according to the federation\'s president, Vera Kunz.',
        ],
        "Cheating was proven beyond doubt,",
        "Vera Kunz",
    ),
    (
        True,
        [
            "Interview: Clara Voss, the new head of the Eastfield Trust, expects a hard first year. She spoke to Ben Ash.",
            "Q: Why take the job?",
            'A: I was asked. "Somebody has to fix this," my predecessor, Tom Hale, told me.',
        ],
        "Somebody has to fix this,",
        "Tom Hale",
    ),
    (
        False,
        [
            "Interview: Clara Voss, the new head of the Eastfield Trust, expects a hard first year. She spoke to Ben Ash.",
            "Q: Why take the job?",
            'A: I was asked. "Somebody has to fix this," my predecessor, Tom Hale, told me.',
        ],
        "Somebody has to fix this,",
        "Clara Voss",
    ),
    (
        False,
        [
            "Interview: Clara Voss, the new head of the Eastfield Trust, expects a hard first year. She spoke to Ben Ash.",
            "Q: Why take the job?",
            'A: I was asked. "Somebody has to fix this," my predecessor, Tom Hale, told me.',
        ],
        "Somebody has to fix this,",
        "Ben Ash",
    ),
    (
        False,
        [
            "Interview: The architect Pia Storm has won the Halden Prize. She answered questions from Joel Mint. The interview has been condensed.",
            "Q: What comes next?",
            'A: "More schools, fewer towers."',
        ],
        "More schools, fewer towers.",
        "Joel Mint",
    ),
    (
        False,
        [
            "Interview: Ravi Dent met the footballer Kofi Abban in Leeds. Excerpts.",
            "Q: Will you stay at the club?",
            'A: "I am happy here."',
        ],
        "I am happy here.",
        "Ravi Dent",
    ),
    (
        True,
        [
            "Health Minister Ana Pires opened the clinic with the mayor, Luis Dorn, on Monday.",
            '"Nobody should wait a year for a scan," the health minister said.',
        ],
        "Nobody should wait a year for a scan,",
        "Ana Pires",
    ),
    (
        False,
        [
            "Health Minister Ana Pires opened the clinic with the mayor, Luis Dorn, on Monday.",
            '"Nobody should wait a year for a scan," the health minister said.',
        ],
        "Nobody should wait a year for a scan,",
        "Luis Dorn",
    ),
    (
        True,
        [
            "Jon Vik, the deputy health minister, and Health Minister Ana Pires toured the ward.",
            '"The money is there," the health minister said.',
        ],
        "The money is there,",
        "Ana Pires",
    ),
    (
        False,
        [
            "Jon Vik, the deputy health minister, and Health Minister Ana Pires toured the ward.",
            '"The money is there," the health minister said.',
        ],
        "The money is there,",
        "Jon Vik",
    ),
    (
        True,
        [
            "Former health minister Ruth Kale criticised the plan. The current health minister, Ana Pires, defended it.",
            '"We are not cutting beds," the health minister said.',
        ],
        "We are not cutting beds,",
        "Ana Pires",
    ),
    (
        False,
        [
            "Former health minister Ruth Kale criticised the plan. The current health minister, Ana Pires, defended it.",
            '"We are not cutting beds," the health minister said.',
        ],
        "We are not cutting beds,",
        "Ruth Kale",
    ),
    (
        True,
        [
            "Defence minister Ivo Rask met Foreign Minister Eli Stahl in Oslo.",
            '"Our borders are safe," the foreign minister said.',
        ],
        "Our borders are safe,",
        "Eli Stahl",
    ),
    (
        False,
        [
            "Defence minister Ivo Rask met Foreign Minister Eli Stahl in Oslo.",
            '"Our borders are safe," the foreign minister said.',
        ],
        "Our borders are safe,",
        "Ivo Rask",
    ),
    (
        True,
        [
            "Governor Mae Orton and Lieutenant Governor Sol Reyes signed the bill.",
            '"This is a good day for the state," the lieutenant governor said.',
        ],
        "This is a good day for the state,",
        "Sol Reyes",
    ),
    (
        False,
        [
            "Governor Mae Orton and Lieutenant Governor Sol Reyes signed the bill.",
            '"This is a good day for the state," the lieutenant governor said.',
        ],
        "This is a good day for the state,",
        "Mae Orton",
    ),
    (
        True,
        [
            "Police chief Hana Bell briefed the city council, chaired by Omar Tate.",
            'Afterwards the chief said: "We need forty more officers."',
        ],
        "We need forty more officers.",
        "Hana Bell",
    ),
    (
        False,
        [
            "Police chief Hana Bell briefed the city council, chaired by Omar Tate.",
            'Afterwards the chief said: "We need forty more officers."',
        ],
        "We need forty more officers.",
        "Omar Tate",
    ),
    (
        True,
        [
            "Ruritania's prime minister, Tove Brandt, met Elbonia's president, Karel Nus, in Geneva.",
            '"We have agreed on the border," the Ruritanian leader said.',
        ],
        "We have agreed on the border,",
        "Tove Brandt",
    ),
    (
        False,
        [
            "Ruritania's prime minister, Tove Brandt, met Elbonia's president, Karel Nus, in Geneva.",
            '"We have agreed on the border," the Ruritanian leader said.',
        ],
        "We have agreed on the border,",
        "Karel Nus",
    ),
    (
        True,
        [
            "President Karel Nus of Elbonia welcomed Prime Minister Tove Brandt of Ruritania.",
            '"We are neighbours, not rivals," the Elbonian president said.',
        ],
        "We are neighbours, not rivals,",
        "Karel Nus",
    ),
    (
        False,
        [
            "President Karel Nus of Elbonia welcomed Prime Minister Tove Brandt of Ruritania.",
            '"We are neighbours, not rivals," the Elbonian president said.',
        ],
        "We are neighbours, not rivals,",
        "Tove Brandt",
    ),
    (
        True,
        [
            "Ruritania's prime minister, Tove Brandt, flew to Elbonia. Her predecessor, Erik Moll, criticised the trip.",
            '"This trip is a mistake," the former prime minister said.',
        ],
        "This trip is a mistake,",
        "Erik Moll",
    ),
    (
        False,
        [
            "Ruritania's prime minister, Tove Brandt, flew to Elbonia. Her predecessor, Erik Moll, criticised the trip.",
            '"This trip is a mistake," the former prime minister said.',
        ],
        "This trip is a mistake,",
        "Tove Brandt",
    ),
    (
        True,
        [
            "Elbonia's head of state, King Otto, received Ruritania's prime minister, Tove Brandt.",
            '"The door is open," the head of government said.',
        ],
        "The door is open,",
        "Tove Brandt",
    ),
    (
        False,
        [
            "Elbonia's head of state, King Otto, received Ruritania's prime minister, Tove Brandt.",
            '"The door is open," the head of government said.',
        ],
        "The door is open,",
        "King Otto",
    ),
    (
        True,
        [
            "Talks on the river dam resumed in Vienna.",
            '"We came to sign," Elbonia\'s water minister, Pia Lund, said, standing beside Ruritanian envoy Dan Hart.',
        ],
        "We came to sign,",
        "Pia Lund",
    ),
    (
        False,
        [
            "Talks on the river dam resumed in Vienna.",
            '"We came to sign," Elbonia\'s water minister, Pia Lund, said, standing beside Ruritanian envoy Dan Hart.',
        ],
        "We came to sign,",
        "Dan Hart",
    ),
    (
        True,
        [
            "The trade fair opened in Lyon.",
            'The organiser, Max Perrin, said he was pleased. Ruritania\'s trade minister, Ola Berg, opened it: "Our doors are open for business."',
        ],
        "Our doors are open for business.",
        "Ola Berg",
    ),
    (
        False,
        [
            "The trade fair opened in Lyon.",
            'The organiser, Max Perrin, said he was pleased. Ruritania\'s trade minister, Ola Berg, opened it: "Our doors are open for business."',
        ],
        "Our doors are open for business.",
        "Max Perrin",
    ),
    (
        True,
        [
            "The summit ended without a deal.",
            'Chancellor Ulla Ried said talks would go on. "We leave with nothing," said the vice chancellor, Timo Kask.',
        ],
        "We leave with nothing,",
        "Timo Kask",
    ),
    (
        False,
        [
            "The summit ended without a deal.",
            'Chancellor Ulla Ried said talks would go on. "We leave with nothing," said the vice chancellor, Timo Kask.',
        ],
        "We leave with nothing,",
        "Ulla Ried",
    ),
    (
        True,
        [
            "Opposition leader Ken Roe spent the day in Dunmore with Prime Minister Lea Holt's adviser, Ian Cope.",
            '"The government has lost its way," the opposition leader said.',
        ],
        "The government has lost its way,",
        "Ken Roe",
    ),
    (
        False,
        [
            "Opposition leader Ken Roe spent the day in Dunmore with Prime Minister Lea Holt's adviser, Ian Cope.",
            '"The government has lost its way," the opposition leader said.',
        ],
        "The government has lost its way,",
        "Lea Holt",
    ),
    (
        False,
        [
            "Opposition leader Ken Roe spent the day in Dunmore with Prime Minister Lea Holt's adviser, Ian Cope.",
            '"The government has lost its way," the opposition leader said.',
        ],
        "The government has lost its way,",
        "Ian Cope",
    ),
    (
        False,
        [
            "Prime Minister Lea Holt stayed away from the Dunmore rally, which was addressed by her deputy, Ian Cope.",
            '"We hear you," the deputy prime minister told the crowd.',
        ],
        "We hear you,",
        "Lea Holt",
    ),
    (
        False,
        [
            "Protesters gathered outside the mill on Saturday.",
            '"Stop the sale." That was the message protesters sent to the owner, Dag Ulv.',
        ],
        "Stop the sale.",
        "Dag Ulv",
    ),
    (
        False,
        [
            "The tenant was evicted in March.",
            '"Get out by Friday," was the message Jan Ek received from his landlord, Mia Roos.',
        ],
        "Get out by Friday,",
        "Jan Ek",
    ),
    (
        False,
        [
            "The senator missed the vote.",
            '"She was unwell," according to a spokesman for Senator Ivy Crane.',
        ],
        "She was unwell,",
        "Ivy Crane",
    ),
    (
        False,
        [
            "Former president Jan Roos visited the flooded town of Alder on Sunday.",
            '"We must rebuild higher," the president said.',
        ],
        "We must rebuild higher,",
        "Jan Roos",
    ),
    (
        False,
        [
            "Elbonia's foreign minister, Pia Lund, met her Ruritanian counterpart in Vienna.",
            '"We are close," the Ruritanian foreign minister said.',
        ],
        "We are close,",
        "Pia Lund",
    ),
    (
        True,
        [
            "Mayor Ada Fry is on leave. Her deputy, Rui Sal, chaired the meeting.",
            '"The budget is balanced," the mayor said in a statement from her home.',
        ],
        "The budget is balanced,",
        "Ada Fry",
    ),
    (
        False,
        [
            "Mayor Ada Fry is on leave. Her deputy, Rui Sal, chaired the meeting.",
            '"The budget is balanced," the mayor said in a statement from her home.',
        ],
        "The budget is balanced,",
        "Rui Sal",
    ),
    (
        True,
        [
            "Dan Wiley, our science editor, interviewed the astronaut Eva Brook. Excerpts:",
            "Q: What did you miss most?",
            'A: "Rain."',
        ],
        "Rain.",
        "Eva Brook",
    ),
    (
        False,
        [
            "Dan Wiley, our science editor, interviewed the astronaut Eva Brook. Excerpts:",
            "Q: What did you miss most?",
            'A: "Rain."',
        ],
        "Rain.",
        "Dan Wiley",
    ),
    (
        False,
        [
            "Interview: When Mark Tell resigned last month, his successor Nina Oz inherited the crisis. She spoke to us.",
            "Q: Is the company safe?",
            'A: "It is safer than it looks."',
        ],
        "It is safer than it looks.",
        "Mark Tell",
    ),
    (
        False,
        [
            "Interview: Singer Lou Park talks to Amy Fenn. Excerpts.",
            "Q: What drives you?",
            'A: My grandmother had one rule for everything. "Never quit."',
        ],
        "Never quit.",
        "Lou Park",
    ),
    (
        False,
        [
            "Interview: Singer Lou Park talks to Amy Fenn. Excerpts.",
            "Q: What drives you?",
            'A: My grandmother had one rule for everything. "Never quit."',
        ],
        "Never quit.",
        "Amy Fenn",
    ),
    (
        True,
        [
            "Amy Fenn interviewed the singer Lou Park in Bristol. The interview has been condensed.",
            "Q: What drives you?",
            'A: "Fear, mostly."',
        ],
        "Fear, mostly.",
        "Lou Park",
    ),
    (
        False,
        [
            "Amy Fenn interviewed the singer Lou Park in Bristol. The interview has been condensed.",
            "Q: What drives you?",
            'A: "Fear, mostly."',
        ],
        "Fear, mostly.",
        "Amy Fenn",
    ),
    (
        False,
        [
            "Fans lined the streets before the final.",
            '"We are ready," was the message of the banner held up by fans of striker Leo Dahl.',
        ],
        "We are ready,",
        "Leo Dahl",
    ),
    (
        False,
        [
            "Nurses marched through the capital.",
            '"Pay us fairly," were the words of the nurses who marched on health minister Ana Pires\'s office.',
        ],
        "Pay us fairly,",
        "Ana Pires",
    ),
    (
        False,
        [
            "The levy was announced on Monday.",
            '"A tax by another name." That was how critics of Governor Sam Hoyle described the plan.',
        ],
        "A tax by another name.",
        "Sam Hoyle",
    ),
    (
        False,
        [
            "The club announced the transfer on Friday.",
            '"The end of an era," was how the club described the departure of its captain, Rob Neil.',
        ],
        "The end of an era,",
        "Rob Neil",
    ),
    (
        False,
        [
            "The trial ended on Thursday.",
            '"Not guilty" was the verdict of the jury in the trial of Ken Ames.',
        ],
        "Not guilty",
        "Ken Ames",
    ),
    (
        True,
        [
            "The tower plan went to the council.",
            '"Too expensive," was Mayor Lin Cho\'s verdict on the plan of her rival, Eric Dunn.',
        ],
        "Too expensive,",
        "Lin Cho",
    ),
    (
        False,
        [
            "The tower plan went to the council.",
            '"Too expensive," was Mayor Lin Cho\'s verdict on the plan of her rival, Eric Dunn.',
        ],
        "Too expensive,",
        "Eric Dunn",
    ),
    (
        True,
        [
            "The final ended 2-1.",
            '"We won," was the message of captain Eva Lind. "She played like a queen," coach Max Orr said.',
        ],
        "She played like a queen,",
        "Max Orr",
    ),
    (
        False,
        [
            "The final ended 2-1.",
            '"We won," was the message of captain Eva Lind. "She played like a queen," coach Max Orr said.',
        ],
        "She played like a queen,",
        "Eva Lind",
    ),
    (
        True,
        [
            "The final ended 2-1.",
            '"We won," was the message of captain Eva Lind. "We deserved it." Coach Max Orr was less happy.',
        ],
        "We deserved it.",
        "Eva Lind",
    ),
    (
        False,
        [
            "The final ended 2-1.",
            '"We won," was the message of captain Eva Lind. "We deserved it." Coach Max Orr was less happy.',
        ],
        "We deserved it.",
        "Max Orr",
    ),
    (
        False,
        [
            "The election result was disputed.",
            '"The vote was rigged," according to the lawyer of the jailed candidate, Omar Vey.',
        ],
        "The vote was rigged,",
        "Omar Vey",
    ),
    (
        False,
        [
            "The case closed on Monday.",
            '"Guilty on all counts," read the judgment against the former minister, Paul Kray.',
        ],
        "Guilty on all counts,",
        "Paul Kray",
    ),
    (
        False,
        [
            "Tenants went to court over the rents.",
            '"We build homes, not profits," is written on the website of the developer sued by tenant Anna Bly.',
        ],
        "We build homes, not profits,",
        "Anna Bly",
    ),
    (
        True,
        [
            "Former justice minister Pat Rowe attended the hearing. Justice Minister Kim Lee was abroad.",
            '"The law will change," the justice minister said by video.',
        ],
        "The law will change,",
        "Kim Lee",
    ),
    (
        False,
        [
            "Former justice minister Pat Rowe attended the hearing. Justice Minister Kim Lee was abroad.",
            '"The law will change," the justice minister said by video.',
        ],
        "The law will change,",
        "Pat Rowe",
    ),
    (
        False,
        [
            "Ruritania's prime minister, Tove Brandt, hosted the Elbonian foreign minister, Pia Lund.",
            '"Peace is near," the Elbonian leader said in a message.',
        ],
        "Peace is near,",
        "Pia Lund",
    ),
    (
        False,
        [
            "Elbonia's Marta Pol, who won the women's final, met Ruritania's prime minister, Tove Brandt, after the match.",
            '"Sport unites us," the Elbonian leader said in a message read at the ceremony.',
        ],
        "Sport unites us,",
        "Tove Brandt",
    ),
    (
        False,
        [
            "Former chief executive Dina Carr left the bank in May. Her successor has not been named.",
            '"Our capital is strong," the chief executive said in the annual report.',
        ],
        "Our capital is strong,",
        "Dina Carr",
    ),
    (
        True,
        [
            "Acting president Ida Moe took over from President Leo Brun, who is in hospital.",
            '"The state is working," the acting president said.',
        ],
        "The state is working,",
        "Ida Moe",
    ),
    (
        False,
        [
            "Acting president Ida Moe took over from President Leo Brun, who is in hospital.",
            '"The state is working," the acting president said.',
        ],
        "The state is working,",
        "Leo Brun",
    ),
    (
        True,
        [
            "Sheriff Dale Roy arrested the son of Judge Amy Fox on Friday.",
            '"Nobody is above the law," the judge said.',
        ],
        "Nobody is above the law,",
        "Amy Fox",
    ),
    (
        False,
        [
            "Sheriff Dale Roy arrested the son of Judge Amy Fox on Friday.",
            '"Nobody is above the law," the judge said.',
        ],
        "Nobody is above the law,",
        "Dale Roy",
    ),
    (
        True,
        [
            'Ken Roe said: "Prime Minister Lea Holt has failed."',
            '"We will not resign," the prime minister said.',
        ],
        "We will not resign,",
        "Lea Holt",
    ),
    (
        True,
        [
            "Speaker Tom Hyde opened the session. The deputy speaker, Rosa Inn, chaired the afternoon.",
            '"Order," the speaker said.',
        ],
        "Order,",
        "Tom Hyde",
    ),
    (
        False,
        [
            "Speaker Tom Hyde opened the session. The deputy speaker, Rosa Inn, chaired the afternoon.",
            '"Order," the speaker said.',
        ],
        "Order,",
        "Rosa Inn",
    ),
    (
        True,
        [
            "The Ruritanian president, Aldo Brisk, was abroad. His wife, Nela Brisk, opened the hospital.",
            '"Health is a right," the president said by video.',
        ],
        "Health is a right,",
        "Aldo Brisk",
    ),
    (
        False,
        [
            "The Ruritanian president, Aldo Brisk, was abroad. His wife, Nela Brisk, opened the hospital.",
            '"Health is a right," the president said by video.',
        ],
        "Health is a right,",
        "Nela Brisk",
    ),
    (
        False,
        [
            "Interview: After Hal Moss fired her, Jo Pratt started her own firm. She talks about it here.",
            "Q: Any regrets?",
            'A: "None at all."',
        ],
        "None at all.",
        "Hal Moss",
    ),
    (
        False,
        [
            "Interview: Tara Wix reviews the year with the composer Cole Penn. Excerpts from her conversation with him.",
            "Q: Your best work?",
            'A: "The one I have not written."',
        ],
        "The one I have not written.",
        "Tara Wix",
    ),
    (
        False,
        [
            "Interview: The new coach of Harlow Town spoke to our reporter, Ian Fell.",
            "Q: What changes?",
            'A: "Everything."',
        ],
        "Everything.",
        "Ian Fell",
    ),
    (
        False,
        [
            "The ship docked at dawn.",
            '"Welcome home," read the banner held up for the returning sailor, Amy Cole.',
        ],
        "Welcome home,",
        "Amy Cole",
    ),
    (
        False,
        [
            "The trial ended on Friday.",
            '"Ten years," read the sentence handed to the smuggler, Piet Vos.',
        ],
        "Ten years,",
        "Piet Vos",
    ),
    (
        False,
        [
            "The poet was buried in her village.",
            '"She sang for us," reads the inscription on the grave of the poet, Ana Lira.',
        ],
        "She sang for us,",
        "Ana Lira",
    ),
    (
        False,
        [
            "A lorry hit three cars on the ring road.",
            '"No one was badly hurt," according to the officer who arrested the driver, Max Rudd.',
        ],
        "No one was badly hurt,",
        "Max Rudd",
    ),
    (
        False,
        [
            "The skier crashed in the first run.",
            '"Stay calm," was the advice Lena Ward kept hearing from her coach.',
        ],
        "Stay calm,",
        "Lena Ward",
    ),
    (
        False,
        [
            "The fire was put out after six hours.",
            '"Chaotic" was how witnesses described the rescue led by fire chief Olu Bade.',
        ],
        "Chaotic",
        "Olu Bade",
    ),
    (
        True,
        [
            "The minister stepped down on Friday.",
            'Ana Pires\'s advice to her successor, Jo Marr: "Listen first."',
        ],
        "Listen first.",
        "Ana Pires",
    ),
    (
        False,
        [
            "The minister stepped down on Friday.",
            'Ana Pires\'s advice to her successor, Jo Marr: "Listen first."',
        ],
        "Listen first.",
        "Jo Marr",
    ),
    (
        True,
        [
            "The strike ended on Monday.",
            '"We held the line," was the message union boss Ed Kay sent. "Ed Kay sold us out" was the reply of member Rita Holm.',
        ],
        "Ed Kay sold us out",
        "Rita Holm",
    ),
    (
        False,
        [
            "The strike ended on Monday.",
            '"We held the line," was the message union boss Ed Kay sent. "Ed Kay sold us out" was the reply of member Rita Holm.',
        ],
        "Ed Kay sold us out",
        "Ed Kay",
    ),
    (
        True,
        [
            "Kai Berg, who was not re-elected as governor, handed over to Governor Lia Tom.",
            '"A new chapter starts today," the governor said.',
        ],
        "A new chapter starts today,",
        "Lia Tom",
    ),
    (
        False,
        [
            "Kai Berg, who was not re-elected as governor, handed over to Governor Lia Tom.",
            '"A new chapter starts today," the governor said.',
        ],
        "A new chapter starts today,",
        "Kai Berg",
    ),
    (
        True,
        [
            "Prime Minister Lea Holt met the mayor of Dunmore, Ivo Sand, and the mayor's wife.",
            '"The city needs a new bridge," the mayor told her.',
        ],
        "The city needs a new bridge,",
        "Ivo Sand",
    ),
    (
        False,
        [
            "Prime Minister Lea Holt met the mayor of Dunmore, Ivo Sand, and the mayor's wife.",
            '"The city needs a new bridge," the mayor told her.',
        ],
        "The city needs a new bridge,",
        "Lea Holt",
    ),
    (
        True,
        [
            "Outgoing prime minister Tove Brandt handed over to Erik Moll on Monday.",
            '"I will govern for everyone," the new prime minister said.',
        ],
        "I will govern for everyone,",
        "Erik Moll",
    ),
    (
        False,
        [
            "Outgoing prime minister Tove Brandt handed over to Erik Moll on Monday.",
            '"I will govern for everyone," the new prime minister said.',
        ],
        "I will govern for everyone,",
        "Tove Brandt",
    ),
    (
        True,
        [
            "Shadow chancellor Rae Dunn attacked Chancellor Tim Ross over the budget.",
            '"The sums add up," the chancellor said.',
        ],
        "The sums add up,",
        "Tim Ross",
    ),
    (
        False,
        [
            "Shadow chancellor Rae Dunn attacked Chancellor Tim Ross over the budget.",
            '"The sums add up," the chancellor said.',
        ],
        "The sums add up,",
        "Rae Dunn",
    ),
    (
        False,
        [
            "President Leo Brun of Elbonia sent his foreign minister, Pia Lund, to the talks.",
            '"We want this war over," the Elbonian leader told the talks.',
        ],
        "We want this war over,",
        "Pia Lund",
    ),
    (
        False,
        [
            "The club lost its tenth game in a row.",
            '"Sell the club." Such was the anger of fans at the owner, Dag Ulv.',
        ],
        "Sell the club.",
        "Dag Ulv",
    ),
    (
        False,
        [
            "The club was sold on Friday.",
            '"You will all be paid." That was the promise Dag Ulv heard from the buyer.',
        ],
        "You will all be paid.",
        "Dag Ulv",
    ),
    (
        False,
        [
            "The ferry sank in calm water.",
            '"Abandon ship," was the order the mate, Ole Strand, ignored.',
        ],
        "Abandon ship,",
        "Ole Strand",
    ),
    (
        False,
        [
            "Interview: Priya Nand, 34, lost her job when Orbit Bank's chief, Carl Voss, closed the branch. She tells her story.",
            "Q: What happened?",
            'A: "I found out from a text."',
        ],
        "I found out from a text.",
        "Carl Voss",
    ),
    # --- session 40: what older rules got wrong, kept out of the set as its GAPS until then,
    # after the rest (so every earlier id keeps its number) -----------------------------------
    (
        False,
        [
            "The museum returned the bronze to its village.",
            '"It has come home," read the statement curator Iris Baptiste read out on behalf of director Hugo Marten.',
        ],
        "It has come home,",
        "Iris Baptiste",
    ),
    (
        False,
        [
            "The council voted to sell the old library.",
            'Councillor Femi Adeyemi called the sale "a disgrace". "Books do not pay rent." Those were the words of the council leader, Greta Solvang.',
        ],
        "Books do not pay rent.",
        "Femi Adeyemi",
    ),
    (
        False,
        [
            "The orchestra found a new home.",
            '"We owe this to our donors," Ines Roth, the orchestra\'s manager, wrote to subscribers, quoting the chairman, Paul Aster.',
        ],
        "We owe this to our donors,",
        "Ines Roth",
    ),
    (
        True,
        [
            "Interview: The architect Pia Storm has won the Halden Prize. She answered questions from Joel Mint. The interview has been condensed.",
            "Q: What comes next?",
            'A: "More schools, fewer towers."',
        ],
        "More schools, fewer towers.",
        "Pia Storm",
    ),
    (
        True,
        [
            "Interview: Ravi Dent met the footballer Kofi Abban in Leeds. Excerpts.",
            "Q: Will you stay at the club?",
            'A: "I am happy here."',
        ],
        "I am happy here.",
        "Kofi Abban",
    ),
    (
        True,
        [
            "The treasurer, Ben Ochoa, met union leaders. Finance Minister Dara Fenn did not attend.",
            '"We will find the money," the treasurer said.',
        ],
        "We will find the money,",
        "Ben Ochoa",
    ),
    (
        False,
        [
            "The treasurer, Ben Ochoa, met union leaders. Finance Minister Dara Fenn did not attend.",
            '"We will find the money," the treasurer said.',
        ],
        "We will find the money,",
        "Dara Fenn",
    ),
    (
        True,
        [
            "Prime Minister Lea Holt stayed away from the Dunmore rally, which was addressed by her deputy, Ian Cope.",
            '"We hear you," the deputy prime minister told the crowd.',
        ],
        "We hear you,",
        "Ian Cope",
    ),
    (
        True,
        [
            "The tenant was evicted in March.",
            '"Get out by Friday," was the message Jan Ek received from his landlord, Mia Roos.',
        ],
        "Get out by Friday,",
        "Mia Roos",
    ),
    (
        True,
        [
            "Interview: Reporter Sana Kell sat down with the mayor, Ben Orr, for this interview.",
            "Q: Will you run again?",
            'A: "Yes, and I will win."',
        ],
        "Yes, and I will win.",
        "Ben Orr",
    ),
    (
        False,
        [
            "Interview: Reporter Sana Kell sat down with the mayor, Ben Orr, for this interview.",
            "Q: Will you run again?",
            'A: "Yes, and I will win."',
        ],
        "Yes, and I will win.",
        "Sana Kell",
    ),
    (
        True,
        [
            "Interview: When Mark Tell resigned last month, his successor Nina Oz inherited the crisis. She spoke to us.",
            "Q: Is the company safe?",
            'A: "It is safer than it looks."',
        ],
        "It is safer than it looks.",
        "Nina Oz",
    ),
    (
        True,
        [
            "The singer was charged on Monday.",
            'The reply from Paula Gray\'s lawyer, Tim Shaw: "No comment."',
        ],
        "No comment.",
        "Tim Shaw",
    ),
    (
        False,
        [
            "The singer was charged on Monday.",
            'The reply from Paula Gray\'s lawyer, Tim Shaw: "No comment."',
        ],
        "No comment.",
        "Paula Gray",
    ),
    (
        False,
        [
            "Ruritania's prime minister, Tove Brandt, hosted the Elbonian foreign minister, Pia Lund.",
            '"Peace is near," the Elbonian leader said in a message.',
        ],
        "Peace is near,",
        "Tove Brandt",
    ),
    (
        False,
        [
            "Elbonia's Marta Pol, who won the women's final, met Ruritania's prime minister, Tove Brandt, after the match.",
            '"Sport unites us," the Elbonian leader said in a message read at the ceremony.',
        ],
        "Sport unites us,",
        "Marta Pol",
    ),
    (
        True,
        [
            "Governor Mae Orton's chief of staff, Len Pike, met reporters.",
            '"We will veto it," the chief of staff said.',
        ],
        "We will veto it,",
        "Len Pike",
    ),
    (
        False,
        [
            "Governor Mae Orton's chief of staff, Len Pike, met reporters.",
            '"We will veto it," the chief of staff said.',
        ],
        "We will veto it,",
        "Mae Orton",
    ),
    (
        False,
        [
            'Ken Roe said: "Prime Minister Lea Holt has failed."',
            '"We will not resign," the prime minister said.',
        ],
        "We will not resign,",
        "Ken Roe",
    ),
    (
        True,
        [
            "Interview: After Hal Moss fired her, Jo Pratt started her own firm. She talks about it here.",
            "Q: Any regrets?",
            'A: "None at all."',
        ],
        "None at all.",
        "Jo Pratt",
    ),
    (
        True,
        [
            "Interview: Tara Wix reviews the year with the composer Cole Penn. Excerpts from her conversation with him.",
            "Q: Your best work?",
            'A: "The one I have not written."',
        ],
        "The one I have not written.",
        "Cole Penn",
    ),
    (
        True,
        [
            "The pianist died on Sunday.",
            '"A genius" was how Tom Reed was described by his teacher, Ann Gray.',
        ],
        "A genius",
        "Ann Gray",
    ),
    (
        False,
        [
            "The pianist died on Sunday.",
            '"A genius" was how Tom Reed was described by his teacher, Ann Gray.',
        ],
        "A genius",
        "Tom Reed",
    ),
    (
        False,
        [
            "Mira Sol, who hopes to become prime minister, toured the north on Monday.",
            '"The north has been forgotten," the prime minister said in a speech the same day.',
        ],
        "The north has been forgotten,",
        "Mira Sol",
    ),
    (
        False,
        [
            "Sigrid Haug, Ruritania's prime minister's spokeswoman, briefed reporters.",
            '"We will not be rushed," the prime minister said later.',
        ],
        "We will not be rushed,",
        "Sigrid Haug",
    ),
    (
        False,
        [
            "Lars Moe, the prime minister's son, was arrested on Saturday.",
            '"My son will answer to the courts," the prime minister said.',
        ],
        "My son will answer to the courts,",
        "Lars Moe",
    ),
    (
        False,
        [
            "Ulla Berg, the prime minister's pick for finance minister, faced the committee.",
            '"Inflation is falling," the finance minister said the same day.',
        ],
        "Inflation is falling,",
        "Ulla Berg",
    ),
    (
        False,
        [
            "Jon Ide, the finance minister's deputy, presented the figures.",
            '"The numbers speak for themselves," the finance minister said.',
        ],
        "The numbers speak for themselves,",
        "Jon Ide",
    ),
    (
        False,
        [
            "Prime Minister Tove Brandt called her Elbonian counterpart on Monday.",
            '"We have a deal," the Elbonian prime minister said after the call.',
        ],
        "We have a deal,",
        "Tove Brandt",
    ),
    (
        True,
        [
            "The club was sold on Friday.",
            '"We will be back." That was the promise made to fans by the club\'s owner, Dag Ulv.',
        ],
        "We will be back.",
        "Dag Ulv",
    ),
    (
        True,
        [
            "Interview: Priya Nand, 34, lost her job when Orbit Bank's chief, Carl Voss, closed the branch. She tells her story.",
            "Q: What happened?",
            'A: "I found out from a text."',
        ],
        "I found out from a text.",
        "Priya Nand",
    ),
    # session 40 (go40b): a description read back past the page's own words for the one it
    # lands on: the description's owner ("the coach's daughter"), one who hopes to hold it,
    # someone else named with the whole description; the rightful holder still accepted
    (
        False,
        [
            "Nora Vik, the head coach's daughter, watched from the stands.",
            '"We were not good enough," the head coach said after the game.',
        ],
        "We were not good enough,",
        "Nora Vik",
    ),
    (
        True,
        [
            "Nora Vik, the club's head coach, watched from the touchline.",
            '"We were not good enough," the head coach said after the game.',
        ],
        "We were not good enough,",
        "Nora Vik",
    ),
    (
        False,
        [
            "Emil Strand, who wants to become mayor, toured the harbour on Sunday.",
            '"The harbour is our future," the mayor said in a speech that evening.',
        ],
        "The harbour is our future,",
        "Emil Strand",
    ),
    (
        True,
        [
            "Emil Strand, the mayor, toured the harbour on Sunday.",
            '"The harbour is our future," the mayor said in a speech that evening.',
        ],
        "The harbour is our future,",
        "Emil Strand",
    ),
    (
        False,
        [
            "The bishop, Arne Lind, opened the synod. Dean Vera Holm read the lesson.",
            '"The church must listen," the bishop said.',
        ],
        "The church must listen,",
        "Vera Holm",
    ),
    (
        True,
        [
            "Arne Lind, the bishop, opened the synod on Friday.",
            '"The church must listen," the bishop said.',
        ],
        "The church must listen,",
        "Arne Lind",
    ),
    (
        False,
        [
            "Coach Olaf Berg's assistant, Siri Dahl, ran the session.",
            '"The team will train twice a day," the assistant said.',
        ],
        "The team will train twice a day,",
        "Olaf Berg",
    ),
    (
        True,
        [
            "Coach Olaf Berg's assistant, Siri Dahl, ran the session.",
            '"The team will train twice a day," the assistant said.',
        ],
        "The team will train twice a day,",
        "Siri Dahl",
    ),
    (
        True,
        [
            "Interview: The novelist Hana Berg has finished her tenth book. She spoke to us at her home.",
            "Q: Is it your last?",
            'A: "Not while I can hold a pen."',
        ],
        "Not while I can hold a pen.",
        "Hana Berg",
    ),
    (
        False,
        [
            "Interview: The novelist Hana Berg has finished her tenth book. She spoke to us at her home.",
            "Q: Is it your last?",
            'A: "Not while I can hold a pen."',
        ],
        "Not while I can hold a pen.",
        "Mara Quill",
    ),
    (
        True,
        [
            "Interview: After Omar Suli left the band, the drummer Lise Voll went solo. She talked to us in Oslo.",
            "Q: Do you miss the band?",
            'A: "Every single night."',
        ],
        "Every single night.",
        "Lise Voll",
    ),
    (
        False,
        [
            "Interview: After Omar Suli left the band, the drummer Lise Voll went solo. She talked to us in Oslo.",
            "Q: Do you miss the band?",
            'A: "Every single night."',
        ],
        "Every single night.",
        "Omar Suli",
    ),
    (
        True,
        [
            "Interview: Our reporter Karl Sten met the sculptor Ada Moen in Bergen. Excerpts.",
            "Q: Why stone?",
            'A: "It outlives us all."',
        ],
        "It outlives us all.",
        "Ada Moen",
    ),
    (
        False,
        [
            "Interview: Our reporter Karl Sten met the sculptor Ada Moen in Bergen. Excerpts.",
            "Q: Why stone?",
            'A: "It outlives us all."',
        ],
        "It outlives us all.",
        "Karl Sten",
    ),
    (
        True,
        [
            "Interview: Gus Hall sat down with the coach, Nils Aas, after the final for this interview.",
            "Q: Was it your best game?",
            'A: "Not even close."',
        ],
        "Not even close.",
        "Nils Aas",
    ),
    (
        False,
        [
            "Interview: Gus Hall sat down with the coach, Nils Aas, after the final for this interview.",
            "Q: Was it your best game?",
            'A: "Not even close."',
        ],
        "Not even close.",
        "Gus Hall",
    ),
    (
        True,
        [
            "Interview: Vera Lukas spends a day with the chef Tomas Bry. Excerpts from her conversation with him.",
            "Q: What do you cook at home?",
            'A: "Eggs, mostly."',
        ],
        "Eggs, mostly.",
        "Tomas Bry",
    ),
    (
        False,
        [
            "Interview: Vera Lukas spends a day with the chef Tomas Bry. Excerpts from her conversation with him.",
            "Q: What do you cook at home?",
            'A: "Eggs, mostly."',
        ],
        "Eggs, mostly.",
        "Vera Lukas",
    ),
    (
        True,
        [
            "The coroner, Ruth Abel, opened the inquest on Monday. Police Chief Sam Dorn gave evidence.",
            '"The deaths were preventable," the coroner said.',
        ],
        "The deaths were preventable,",
        "Ruth Abel",
    ),
    (
        False,
        [
            "The coroner, Ruth Abel, opened the inquest on Monday. Police Chief Sam Dorn gave evidence.",
            '"The deaths were preventable," the coroner said.',
        ],
        "The deaths were preventable,",
        "Sam Dorn",
    ),
    (
        True,
        [
            "The club's chairman, Piet Kool, addressed the members. Manager Joe Lind stayed silent.",
            '"We will not sell the ground," the chairman said.',
        ],
        "We will not sell the ground,",
        "Piet Kool",
    ),
    (
        False,
        [
            "The club's chairman, Piet Kool, addressed the members. Manager Joe Lind stayed silent.",
            '"We will not sell the ground," the chairman said.',
        ],
        "We will not sell the ground,",
        "Joe Lind",
    ),
    (
        True,
        [
            "The mayor's spokeswoman, Eva Rios, met reporters. Councillor Dan Holt walked out.",
            '"The plan stands," the spokeswoman said.',
        ],
        "The plan stands,",
        "Eva Rios",
    ),
    (
        False,
        [
            "The mayor's spokeswoman, Eva Rios, met reporters. Councillor Dan Holt walked out.",
            '"The plan stands," the spokeswoman said.',
        ],
        "The plan stands,",
        "Dan Holt",
    ),
    (
        True,
        [
            "The head teacher, Liv Storm, wrote to parents on Friday. Inspector Ola Dahl visited in May.",
            '"The school is safe," the head teacher said.',
        ],
        "The school is safe,",
        "Liv Storm",
    ),
    (
        False,
        [
            "The head teacher, Liv Storm, wrote to parents on Friday. Inspector Ola Dahl visited in May.",
            '"The school is safe," the head teacher said.',
        ],
        "The school is safe,",
        "Ola Dahl",
    ),
    (
        True,
        [
            "Council leader Bo Lang backs the towers.",
            'Tara Finch, the council\'s planning chief, was firm: "No more towers on the waterfront," she said.',
        ],
        "No more towers on the waterfront,",
        "Tara Finch",
    ),
    (
        False,
        [
            "Council leader Bo Lang backs the towers.",
            'Tara Finch, the council\'s planning chief, was firm: "No more towers on the waterfront," she said.',
        ],
        "No more towers on the waterfront,",
        "Bo Lang",
    ),
    (
        True,
        [
            "Ivo Reyes owes the club six months of rent.",
            'Ken Moss had a warning for Ivo Reyes: "Pay up by June," he said.',
        ],
        "Pay up by June,",
        "Ken Moss",
    ),
    (
        False,
        [
            "Ivo Reyes owes the club six months of rent.",
            'Ken Moss had a warning for Ivo Reyes: "Pay up by June," he said.',
        ],
        "Pay up by June,",
        "Ivo Reyes",
    ),
    (
        True,
        [
            "Union leader Max Orr met the bosses on Friday.",
            'Rosa Diaz, the union\'s organiser, was defiant: "We walk out on Monday," she said.',
        ],
        "We walk out on Monday,",
        "Rosa Diaz",
    ),
    (
        False,
        [
            "Union leader Max Orr met the bosses on Friday.",
            'Rosa Diaz, the union\'s organiser, was defiant: "We walk out on Monday," she said.',
        ],
        "We walk out on Monday,",
        "Max Orr",
    ),
    (
        True,
        [
            "Lena Holm joined the board in January.",
            'Jon Vik had advice for Lena Holm: "Keep your head down," he said.',
        ],
        "Keep your head down,",
        "Jon Vik",
    ),
    (
        False,
        [
            "Lena Holm joined the board in January.",
            'Jon Vik had advice for Lena Holm: "Keep your head down," he said.',
        ],
        "Keep your head down,",
        "Lena Holm",
    ),
    (
        True,
        [
            "The energy minister, Ola Berg, summoned the utilities. Lysa Power raised its prices by 9 per cent.",
            '"We have no choice," the company said.',
        ],
        "We have no choice,",
        "Lysa Power",
    ),
    (
        False,
        [
            "The energy minister, Ola Berg, summoned the utilities. Lysa Power raised its prices by 9 per cent.",
            '"We have no choice," the company said.',
        ],
        "We have no choice,",
        "Ola Berg",
    ),
    (
        True,
        [
            "The county governor, Rut Aamo, ordered an inquiry. Fjord Ferries cut its timetable in half.",
            '"The crews are exhausted," the firm said.',
        ],
        "The crews are exhausted,",
        "Fjord Ferries",
    ),
    (
        False,
        [
            "The county governor, Rut Aamo, ordered an inquiry. Fjord Ferries cut its timetable in half.",
            '"The crews are exhausted," the firm said.',
        ],
        "The crews are exhausted,",
        "Rut Aamo",
    ),
    (
        True,
        [
            "The town mayor, Kai Nest, called the closure a betrayal. Brenner Mills shut its last plant.",
            '"Demand has collapsed," the company said.',
        ],
        "Demand has collapsed,",
        "Brenner Mills",
    ),
    (
        False,
        [
            "The town mayor, Kai Nest, called the closure a betrayal. Brenner Mills shut its last plant.",
            '"Demand has collapsed," the company said.',
        ],
        "Demand has collapsed,",
        "Kai Nest",
    ),
    (
        True,
        [
            "The state senator, Dora Vell, wants a ban. Quill Air grounded its oldest jets.",
            '"Safety comes first," the airline said.',
        ],
        "Safety comes first,",
        "Quill Air",
    ),
    (
        False,
        [
            "The state senator, Dora Vell, wants a ban. Quill Air grounded its oldest jets.",
            '"Safety comes first," the airline said.',
        ],
        "Safety comes first,",
        "Dora Vell",
    ),
    (
        True,
        [
            "The shop was robbed at noon.",
            '"Lock the doors," was the order Ida Moss received from her manager, Leo Hart.',
        ],
        "Lock the doors,",
        "Leo Hart",
    ),
    (
        False,
        [
            "The shop was robbed at noon.",
            '"Lock the doors," was the order Ida Moss received from her manager, Leo Hart.',
        ],
        "Lock the doors,",
        "Ida Moss",
    ),
    (
        True,
        [
            "The final starts at six.",
            '"Stay calm," was the advice Nora Vik got from her coach, Lars Eng.',
        ],
        "Stay calm,",
        "Lars Eng",
    ),
    (
        False,
        [
            "The final starts at six.",
            '"Stay calm," was the advice Nora Vik got from her coach, Lars Eng.',
        ],
        "Stay calm,",
        "Nora Vik",
    ),
    (
        True,
        [
            "The cuts came without warning.",
            '"You are fired," was the message Tim Roe heard from his boss, Ann Lee.',
        ],
        "You are fired,",
        "Ann Lee",
    ),
    (
        False,
        [
            "The cuts came without warning.",
            '"You are fired," was the message Tim Roe heard from his boss, Ann Lee.',
        ],
        "You are fired,",
        "Tim Roe",
    ),
    (
        True,
        [
            "The rent doubled in May.",
            '"Pack your bags," was the warning Eli Sand received from his landlord, Bo Strand.',
        ],
        "Pack your bags,",
        "Bo Strand",
    ),
    (
        False,
        [
            "The rent doubled in May.",
            '"Pack your bags," was the warning Eli Sand received from his landlord, Bo Strand.',
        ],
        "Pack your bags,",
        "Eli Sand",
    ),
    (
        True,
        [
            "The flood reached the square on Sunday.",
            '"We will rebuild." That was the pledge given to residents by the town\'s mayor, Gro Lind.',
        ],
        "We will rebuild.",
        "Gro Lind",
    ),
    (
        True,
        [
            "The village held a service on Friday.",
            '"A true gentleman" was how Ole Brun was remembered by his neighbour, Siv Dahl.',
        ],
        "A true gentleman",
        "Siv Dahl",
    ),
    (
        True,
        [
            "Two clubs bid for the striker.",
            'The answer from Eva Lind\'s agent, Rob Kay: "She is not for sale."',
        ],
        "She is not for sale.",
        "Rob Kay",
    ),
]


def build_cases() -> list[dict[str, Any]]:
    cases = []
    for number, (expect, paragraphs, words, speaker) in enumerate(CASES):
        text = LEAD + "\n\n" + "\n\n".join(paragraphs) + "\n"
        assert words in text, words
        cases.append(
            {
                "id": f"rvq36-{number:03d}",
                "category": CATEGORY,
                "expect": expect,
                "why": f"{speaker}: {words}",
                "text": text,
                "check": "support",
                "path": "quotes[0].speaker",
                "facts": {
                    "article": {
                        "headline": None,
                        "outlet": None,
                        "byline": None,
                        "published": None,
                    },
                    "quotes": [{"speaker": speaker, "text": words, "evidence": []}],
                },
            }
        )
    return cases


if __name__ == "__main__":
    OUT.write_text("".join(json.dumps(case) + "\n" for case in build_cases()), encoding="utf-8")
