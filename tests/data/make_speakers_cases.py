# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the speakers set (``grounding_speakers.jsonl``): value-support cases for five causes
of wrong speaker and name verdicts an independent check on other outlets' articles found, by
category, each with what must pass and what must fail:

- ``speaker-marks``: quotation marks as pages mix them: a curly quote closed by a straight
  mark, a straight one closed by a curly mark, outlets that close with a left mark (Bernama
  style), a straight mark never closed before a curly quote, and a phrase in single marks
  inside a quote (the words of whoever the quote reports, not of its speaker);
- ``speaker-runs``: long title runs between the verb and the speaker's name, with a
  possessive full name inside ("said Foreign Minister X's deputy Y") or "aide to", "head of"
  phrases ("said Kremlin aide to President X, Y"), and the same before the verb;
- ``speaker-reference``: a person referred to by the first element of a name after being
  named in full ("Anwar said" for Anwar Ibrahim), or by "he added" after a description the
  article ties to them; never when two people share that first element;
- ``name-words``: first names that are also words ("Will Hurd", "May Boeve", but not "Will
  Trump attend?", "In May Abbott said") and names joined by dashes ("Jean-Noel Barrot" is no
  Noel Barrot, "the Graham\u2013Blumenthal bill" no Graham Blumenthal), as speakers and as
  people the article names;
- ``speaker-surname``: a bare surname ("Trump said") where the article names more than one
  person of that surname, or names it only with another first name.

Run ``python tests/data/make_speakers_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets, fictional people or public figures in invented
sentences); each verdict is what a careful fact-checker reads in the text, decided when the
case was written, never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, verdicts

OUT = Path(__file__).with_name("grounding_speakers.jsonl")

built = SupportCases("sp")
add, quote = built.add, built.quote


def person(category: str, text: str, passes: list[str], fails: list[str]) -> None:
    """People the article names (each in ``passes``) or does not (each in ``fails``)."""
    for expect, name in verdicts(passes, fails):
        facts = {"people": [{"name": name}]}
        add(category, expect, f"person {name}", text, facts, "people[0].name")


# --- 1. quotation marks ----------------------------------------------------------------------

BERNAMA = """Ministers agree on haze plan

KUALA LUMPUR, Aug 2 (Test Bernama) -- Environment Minister Nik Rahman said the regional haze plan would start next month.

\u201cThe plan is ready and funded,\u201c said Nik Rahman at a press conference. \u201cWe have asked every state to send a team,\u201c said Deputy Minister Lim Wei Jie after the meeting.

\u201cThe timeline is tight but fair,\u201c Rahman said, adding that \u201cenforcement begins in October.\u201c

Opposition MP Hafiz Osman was not convinced. \u201cThis is a paper plan,\u201c he said.
"""
quote("speaker-marks", BERNAMA, "The plan is ready and funded,", ["Nik Rahman"], ["Lim Wei Jie"])
quote("speaker-marks", BERNAMA, "We have asked every state to send a team,", ["Lim Wei Jie"],
      ["Nik Rahman"])  # fmt: skip
quote("speaker-marks", BERNAMA, "The timeline is tight but fair,", ["Nik Rahman"],
      ["Hafiz Osman", "Lim Wei Jie"])  # fmt: skip
quote("speaker-marks", BERNAMA, "enforcement begins in October.", ["Nik Rahman"],
      ["Lim Wei Jie"])  # fmt: skip
quote("speaker-marks", BERNAMA, "This is a paper plan,", ["Hafiz Osman"], ["Nik Rahman"])

MIXED = """Port strike ends after night talks

ROTTERDAM (Test Wire) - Union leader Greta Vos said the deal was fair. \u201cWe got what we came for," Vos told reporters outside the port office.

Port director Henk Mulder disagreed with the tone. "Nobody won tonight,\u201d Mulder said. \u201cThe ships have waited long enough," he added.

\u201cIt was a hard night," said mediator Ilse Bakker, who chaired the talks.
"""
quote("speaker-marks", MIXED, "We got what we came for,", ["Greta Vos"], ["Henk Mulder"])
quote("speaker-marks", MIXED, "Nobody won tonight,", ["Henk Mulder"], ["Greta Vos"])
quote("speaker-marks", MIXED, "The ships have waited long enough,", ["Henk Mulder"],
      ["Ilse Bakker"])  # fmt: skip
quote("speaker-marks", MIXED, "It was a hard night,", ["Ilse Bakker"], ["Henk Mulder"])

UNCLOSED = """Council splits on tram line

Councillor Pieter Smit called the route "a waste of money. Mayor Lotte Jansen said at the same meeting: \u201cThe tram will be built on time.\u201d

Analyst Mark Dekker described the deal as "historic, while Finance Alderman Ruud Visser said: \u201cIt changes nothing for families.\u201d

Smit later wrote on X that the vote was \u201crushed and unfair.\u201d
"""
quote("speaker-marks", UNCLOSED, "The tram will be built on time.", ["Lotte Jansen"],
      ["Pieter Smit"])  # fmt: skip
quote("speaker-marks", UNCLOSED, "It changes nothing for families.", ["Ruud Visser"],
      ["Mark Dekker"])  # fmt: skip
quote("speaker-marks", UNCLOSED, "rushed and unfair.", ["Pieter Smit"], ["Lotte Jansen"])

NESTED = """Envoy recounts talks

GENEVA (Test Daily) - UN envoy Marta Klein described her last meeting with the rebel commander. \u201cHe looked at me and said \u2018we will never sign,\u2019 and then he signed,\u201d Klein said on Friday.

\u201cMy minister told me \u2018hold the line,\u2019 so I held it,\u201d said deputy envoy Tomas Berg.

\u201cI told them \u2018the door is open,\u2019 and I meant it,\u201d Klein added.

\u201cPresident Anna Lind called it \u2018a turning point,\u2019 and she is right,\u201d said Foreign Minister Jonas Ek.
"""
quote("speaker-marks", NESTED, "He looked at me and said \u2018we will never sign,\u2019 and then he signed,",
      ["Marta Klein"], ["Tomas Berg"])  # fmt: skip
quote("speaker-marks", NESTED, "we will never sign,", [], ["Marta Klein"])
quote("speaker-marks", NESTED, "My minister told me \u2018hold the line,\u2019 so I held it,",
      ["Tomas Berg"], ["Marta Klein"])  # fmt: skip
quote("speaker-marks", NESTED, "hold the line,", [], ["Tomas Berg", "Marta Klein"])
quote("speaker-marks", NESTED, "the door is open,", ["Marta Klein"], ["Tomas Berg"])
quote("speaker-marks", NESTED, "a turning point,", ["Anna Lind"], ["Jonas Ek"])

LISBON = """Budget vote slips again

LISBON (Test Noticias, translated) - Senator Ana Ruiz spoke first. She said: \u201cWe are done with delays.\u201c Then came the minister.

\u201cNext week,\u201c said Finance Minister Paulo Reis.

\u201cThe opposition has had its say." Ruiz said on Monday, before Reis replied: \u201cNot yet.\u201d

\u201cShe told us \u2018wait,\u2019 so we waited,\u201d Reis said of Ruiz. \u201cWe said \u2018never again,\u2019 and we meant it,\u201d Ruiz answered.
"""
quote("speaker-marks", LISBON, "We are done with delays.", ["Ana Ruiz"], ["Paulo Reis"])
quote("speaker-marks", LISBON, "Next week,", ["Paulo Reis"], ["Ana Ruiz"])
quote("speaker-marks", LISBON, "The opposition has had its say.", ["Ana Ruiz"], ["Paulo Reis"])
quote("speaker-marks", LISBON, "Not yet.", ["Paulo Reis"], ["Ana Ruiz"])
quote("speaker-marks", LISBON, "wait,", [], ["Paulo Reis"])
quote("speaker-marks", LISBON, "never again,", ["Ana Ruiz"], ["Paulo Reis"])

PRINTED = """Border crossing reopens

BERLIN (Test Zeitung, translated) - \u201eThe crossing is open again\u201c, said Interior Minister Karl Weber. \u201eNot for trucks\u201c, replied the haulers' spokeswoman Eva Roth.

\u2018\u2018We lost a week of work,\u2019\u2019 said driver Jan Kowal. \u2018\u2018Nobody paid for it,\u2019\u2019 added Roth.
"""
quote("speaker-marks", PRINTED, "The crossing is open again", ["Karl Weber"], ["Eva Roth"])
quote("speaker-marks", PRINTED, "Not for trucks", ["Eva Roth"], ["Karl Weber"])
quote("speaker-marks", PRINTED, "We lost a week of work,", ["Jan Kowal"], ["Eva Roth"])
quote("speaker-marks", PRINTED, "Nobody paid for it,", ["Eva Roth"], ["Jan Kowal"])

# --- 2. title runs between the verb and the name ----------------------------------------------

MOSCOW = """Moscow rejects peace plan

MOSCOW (Test Wire) - Russia rejected the plan on Thursday. \u201cThere is nothing to discuss,\u201d said Russian Foreign Minister Sergey Lavrov's deputy Sergei Ryabkov.

\u201cThe proposal is dead on arrival,\u201d said Kremlin aide to President Vladimir Putin, Yuri Ushakov, after the call.

\u201cWe have not received any text,\u201d said the head of the Kremlin's press office Dmitry Peskov.

\u201cTalks can wait,\u201d said Hungarian Prime Minister Viktor Orban's chief of staff Gergely Gulyas.

\u201cWe are open to a meeting,\u201d said UN Secretary-General Antonio Guterres' spokesman Stephane Dujarric.
"""
quote("speaker-runs", MOSCOW, "There is nothing to discuss,", ["Sergei Ryabkov"], ["Sergey Lavrov"])
quote("speaker-runs", MOSCOW, "The proposal is dead on arrival,", ["Yuri Ushakov"],
      ["Vladimir Putin"])  # fmt: skip
quote("speaker-runs", MOSCOW, "We have not received any text,", ["Dmitry Peskov"],
      ["Vladimir Putin"])  # fmt: skip
quote("speaker-runs", MOSCOW, "Talks can wait,", ["Gergely Gulyas"], ["Viktor Orban"])
quote("speaker-runs", MOSCOW, "We are open to a meeting,", ["Stephane Dujarric"],
      ["Antonio Guterres"])  # fmt: skip

KYIV = """Kyiv and Washington trade notes

KYIV (Test Post) - \u201cThe list of guarantees is still open,\u201d said the head of the Ukrainian presidential office Andriy Yermak on Monday.

\u201cWe expect a reply this week,\u201d said senior adviser to President Volodymyr Zelensky Mykhailo Podolyak.

\u201cIt was a useful exchange,\u201d said U.S. Secretary of State Marco Rubio's spokeswoman Tammy Bruce in a statement.

\u201cNothing is agreed until everything is agreed,\u201d said Defence Minister Rustem Umerov\u2019s chief negotiator Olha Stefanishyna.
"""
quote("speaker-runs", KYIV, "The list of guarantees is still open,", ["Andriy Yermak"],
      ["Mykhailo Podolyak"])  # fmt: skip
quote("speaker-runs", KYIV, "We expect a reply this week,", ["Mykhailo Podolyak"],
      ["Volodymyr Zelensky"])  # fmt: skip
quote("speaker-runs", KYIV, "It was a useful exchange,", ["Tammy Bruce"], ["Marco Rubio"])
quote("speaker-runs", KYIV, "Nothing is agreed until everything is agreed,",
      ["Olha Stefanishyna"], ["Rustem Umerov"])  # fmt: skip

BEFORE = """Briefing notes

Foreign Ministry spokeswoman Maria Zakharova, speaking for Foreign Minister Sergey Lavrov, said: \u201cThe West has chosen escalation.\u201d

Prime Minister Mark Carney's chief of staff Marc-Andre Blanchard told reporters: \u201cCanada will not be rushed.\u201d

An aide to Prime Minister Keir Starmer, Jonathan Powell, said the talks were \u201cserious and detailed.\u201d
"""
quote("speaker-runs", BEFORE, "The West has chosen escalation.", ["Maria Zakharova"],
      ["Sergey Lavrov"])  # fmt: skip
quote("speaker-runs", BEFORE, "Canada will not be rushed.", ["Marc-Andre Blanchard"],
      ["Mark Carney"])  # fmt: skip
quote("speaker-runs", BEFORE, "serious and detailed.", ["Jonathan Powell"], ["Keir Starmer"])

MISSION = """Brasilia answers critics

NEW YORK (Test Wire) - \u201cThere is nothing new in the report,\u201d said Paulo Reis, a spokesman for Interior Minister Ana Ruiz.

\u201cThe figures are from 2019,\u201d said an adviser to Interior Minister Ana Ruiz, Marcos Lima.

\u201cWe will answer in writing,\u201d said the deputy head of the Brazilian mission to the UN Clara Nunes.

\u201cNobody asked us,\u201d said Ana Ruiz\u2019 chief of staff Joana Prado.
"""
quote("speaker-runs", MISSION, "There is nothing new in the report,", ["Paulo Reis"],
      ["Ana Ruiz"])  # fmt: skip
quote("speaker-runs", MISSION, "The figures are from 2019,", ["Marcos Lima"], ["Ana Ruiz"])
quote("speaker-runs", MISSION, "We will answer in writing,", ["Clara Nunes"], ["Paulo Reis"])
quote("speaker-runs", MISSION, "Nobody asked us,", ["Joana Prado"], ["Ana Ruiz"])

AIDES = """Aides speak for their principals

UN Secretary-General Antonio Guterres' spokesman Stephane Dujarric told reporters: \u201cThe Secretary-General is following this closely.\u201d

\u201cThere was no call,\u201d said Putin aide Yuri Ushakov.

\u201cThe envoy will travel next week,\u201d said Trump's special envoy to the Middle East, Steve Witkoff.

Kremlin aide to President Vladimir Putin, Kirill Dmitriev, told the agency: \u201cTrade comes first.\u201d
"""
quote("speaker-runs", AIDES, "The Secretary-General is following this closely.",
      ["Stephane Dujarric"], ["Antonio Guterres"])  # fmt: skip
quote("speaker-runs", AIDES, "There was no call,", ["Yuri Ushakov"], ["Vladimir Putin"])
quote("speaker-runs", AIDES, "The envoy will travel next week,", ["Steve Witkoff"],
      ["Donald Trump"])  # fmt: skip
quote("speaker-runs", AIDES, "Trade comes first.", ["Kirill Dmitriev"], ["Vladimir Putin"])

# A long description set off by commas between the quote and the speech verb (an unseen
# check's '"...," Richard Blumenthal, a Connecticut Democrat and one of the bill's sponsors,
# said'); without such an aside, a verb that far belongs to another clause.
ASIDES = """Senators press the bill

WASHINGTON (Test Hill) - \u201cWe will pass it this month,\u201d Ruth Calder, a Vermont Democrat and one of the bill\u2019s sponsors, said on Tuesday.

\u201cThe votes are there,\u201d Owen Pike, the Iowa Republican who wrote the bill with Ruth Calder last spring, told reporters.

\u201cIt is not a done deal,\u201d Marta Quinn, who chairs the committee and has seen every draft, said.

The Hill Ledger wrote that the leadership was \u201copen to changes\u201d on the timing by declining to deny similar reports by Owen Pike last month.
"""
quote("speaker-runs", ASIDES, "We will pass it this month,", ["Ruth Calder"],
      ["Owen Pike", "Marta Quinn"])  # fmt: skip
quote("speaker-runs", ASIDES, "The votes are there,", ["Owen Pike"], ["Ruth Calder"])
quote("speaker-runs", ASIDES, "It is not a done deal,", ["Marta Quinn"], ["Owen Pike"])
quote("speaker-runs", ASIDES, "open to changes", [], ["Owen Pike", "Ruth Calder"])

# A verb that hands a statement over, before a colon ("Peskov issued the following
# responsive statement:", an unseen check's), after an opening clause with no name.
ISSUED = """Trump calls off the meeting

President Donald Trump called off his meeting with the Russian leader on Thursday.

A short time after the post went out, Kremlin spokesman Oleg Varin issued the following responsive statement: \u201cWe have seen only the post and reports.\u201d

Later that evening, Senator Ruth Calder posted this message: \u201cThe vote is on Thursday.\u201d

Owen Pike spoke after Ruth Calder gave a short statement: \u201cWe stand firm.\u201d

After the vote, reporters received the following statement: \u201cNo comment at this time.\u201d
"""
quote("speaker-runs", ISSUED, "We have seen only the post and reports.", ["Oleg Varin"],
      ["Donald Trump"])  # fmt: skip
quote("speaker-runs", ISSUED, "The vote is on Thursday.", ["Ruth Calder"], ["Oleg Varin"])
quote("speaker-runs", ISSUED, "We stand firm.", ["Ruth Calder"], ["Owen Pike"])
# Not a case: "After the vote, reporters received the following statement:" names no
# speaker, and the continued-statement fallback (the nearest earlier attribution) gives the
# quote to Ruth Calder; a known limit (DECISIONS.md, check 18).

ALLIES = """Capitol reaction

WASHINGTON (Test Hill) - President Donald Trump signed the order on Monday. \u201cIt was overdue,\u201d said Trump ally Lindsey Graham.

\u201cWe will review it,\u201d said Trump administration official Karen Holt.
"""
quote("speaker-runs", ALLIES, "It was overdue,", ["Lindsey Graham"], ["Donald Trump"])
quote("speaker-runs", ALLIES, "We will review it,", ["Karen Holt"], ["Donald Trump"])

# --- 3. first names and pronouns for a person named in full ----------------------------------

TRUCE = """Truce talks in Kuala Lumpur

KUALA LUMPUR (Test Wire) - Malaysian Prime Minister Anwar Ibrahim hosted the leaders of Cambodia and Thailand on Monday.

\u201cBoth sides showed real courage today,\u201d Anwar said after the meeting.

Officials will meet again within a week, the Malaysian prime minister said. He added that observers would be sent to \u201cevery crossing on the border.\u201d

Cambodian Prime Minister Hun Manet thanked the hosts. \u201cWe came to make peace,\u201d Hun Manet said. He called the talks \u201copen and honest.\u201d
"""
quote("speaker-reference", TRUCE, "Both sides showed real courage today,", ["Anwar Ibrahim"],
      ["Hun Manet"])  # fmt: skip
quote("speaker-reference", TRUCE, "every crossing on the border.", ["Anwar Ibrahim"],
      ["Hun Manet"])  # fmt: skip
quote("speaker-reference", TRUCE, "We came to make peace,", ["Hun Manet"], ["Anwar Ibrahim"])
quote("speaker-reference", TRUCE, "open and honest.", ["Hun Manet"], ["Anwar Ibrahim"])

JAKARTA = """Jakarta hosts ministers

JAKARTA (Test Daily) - Foreign Minister Retno Marsudi opened the meeting. Trade Minister Retno Wulandari did not attend.

\u201cOur region needs calm,\u201d Retno said.

Defence Minister Prabowo Subianto spoke later. \u201cWe will send engineers,\u201d Prabowo said. He added that the first team would leave \u201cbefore the end of the month.\u201d
"""
quote("speaker-reference", JAKARTA, "Our region needs calm,", [],
      ["Retno Marsudi", "Retno Wulandari"])  # fmt: skip
quote("speaker-reference", JAKARTA, "We will send engineers,", ["Prabowo Subianto"],
      ["Retno Marsudi"])  # fmt: skip
quote("speaker-reference", JAKARTA, "before the end of the month.", ["Prabowo Subianto"],
      ["Retno Marsudi"])  # fmt: skip

PROFILE = """Profile: the mayor who stayed

Mayor Ingrid Solberg has run the town for twelve years. Her deputy, Lars Solberg, is her brother.

\u201cI never planned to stay this long,\u201d Ingrid said, laughing.

\u201cShe plans everything,\u201d Lars said. \u201cWe will miss her,\u201d said Lars.
"""
quote("speaker-reference", PROFILE, "I never planned to stay this long,", ["Ingrid Solberg"],
      ["Lars Solberg"])  # fmt: skip
quote("speaker-reference", PROFILE, "She plans everything,", ["Lars Solberg"],
      ["Ingrid Solberg"])  # fmt: skip
quote("speaker-reference", PROFILE, "We will miss her,", ["Lars Solberg"], ["Ingrid Solberg"])

BUDGET = """Budget row

Finance Minister Omar Haddad and his predecessor Omar Saleh clashed in parliament on Tuesday.

\u201cThe numbers do not add up,\u201d Omar said.

Haddad said the deficit would fall. He called the criticism \u201cpolitics, not economics.\u201d
"""
quote("speaker-reference", BUDGET, "The numbers do not add up,", [],
      ["Omar Haddad", "Omar Saleh"])  # fmt: skip
quote("speaker-reference", BUDGET, "politics, not economics.", ["Omar Haddad"], ["Omar Saleh"])

THAI = """Bangkok welcomes truce

BANGKOK (Test Post) - Thai Prime Minister Srettha Thavisin welcomed the truce on Tuesday. \u201cThis is good news for the border,\u201d Srettha said.

Farmers will return home next week, the Thai prime minister told reporters. He added that schools would reopen \u201cas soon as it is safe.\u201d

Army chief Somchai Prasert disagreed. \u201cIt is too early,\u201d he said.
"""
quote("speaker-reference", THAI, "This is good news for the border,", ["Srettha Thavisin"],
      ["Somchai Prasert"])  # fmt: skip
quote("speaker-reference", THAI, "as soon as it is safe.", ["Srettha Thavisin"],
      ["Somchai Prasert"])  # fmt: skip
quote("speaker-reference", THAI, "It is too early,", ["Somchai Prasert"], ["Srettha Thavisin"])

# --- 4. first names that are words; names joined by dashes -----------------------------------

TEXAS = """Texas race heats up

AUSTIN (Test Wire) - Former congressman Will Hurd said on Monday he would not endorse either candidate. \u201cVoters deserve better than this,\u201d said Will Hurd at a town hall.

May Boeve, who leads a climate group, said: \u201cThe state is losing time.\u201d

President Donald Trump has not said whether he will campaign in the state. Will Trump weigh in? \u201cWe will see,\u201d Trump told reporters.

In May Governor Greg Abbott said the state would act alone.
"""
quote("name-words", TEXAS, "Voters deserve better than this,", ["Will Hurd"], ["Bob Hurd"])
quote("name-words", TEXAS, "The state is losing time.", ["May Boeve"], ["Anna Boeve"])
quote("name-words", TEXAS, "We will see,", ["Donald Trump"], ["Will Trump"])
person("name-words", TEXAS, ["Will Hurd", "May Boeve", "Greg Abbott"],
       ["Will Trump", "Bob Hurd", "Anna Boeve", "May Abbott"])  # fmt: skip

QUESTION = """Summit invitations go out

Will Trump attend the summit in Lima? The White House would not say on Friday.
"""
person("name-words", QUESTION, ["Donald Trump", "Trump"], ["Will Trump"])

DASHES = """Paris and Brussels push new package

PARIS (Test Wire) - French Foreign Minister Jean-Noel Barrot met EU foreign policy chief Kaja Kallas on Tuesday. \u201cWe will not let up,\u201d said Jean-Noel Barrot.

Senators Lindsey Graham and Richard Blumenthal pushed the Graham\u2013Blumenthal bill in Washington.

\u201cThe pressure has to rise,\u201d said Kallas\u2013Barrot ally Anna Berg, a Swedish diplomat.

Prime Minister Jean\u2013Pierre Martin backed the plan. \u201cFrance is ready,\u201d Martin said.
"""
quote("name-words", DASHES, "We will not let up,", ["Jean-Noel Barrot"], ["Noel Barrot"])
quote("name-words", DASHES, "The pressure has to rise,", ["Anna Berg"],
      ["Kaja Kallas", "Jean-Noel Barrot"])  # fmt: skip
quote("name-words", DASHES, "France is ready,", ["Jean-Pierre Martin"], ["Pierre Martin"])
person("name-words", DASHES,
       ["Richard Blumenthal", "Lindsey Graham", "Jean-Noel Barrot", "Jean-Pierre Martin"],
       ["Graham Blumenthal", "Noel Barrot", "Pierre Martin"])  # fmt: skip

PORTO = """Porto council

PORTO (Test Jornal) - Will Reis said: \u201cThe bridge will close in May.\u201d

Will Reis stay on? \u201cThat is up to the voters,\u201d Reis said.

Maria-Jose Nunes, the council's lawyer, said the contract was \u201cbinding on both sides.\u201d

The Reis-Nunes plan for the river front was dropped in June.
"""
quote("name-words", PORTO, "The bridge will close in May.", ["Will Reis"], ["Ana Reis"])
quote("name-words", PORTO, "That is up to the voters,", ["Will Reis"], ["Paulo Reis"])
quote("name-words", PORTO, "binding on both sides.", ["Maria-Jose Nunes", "Maria Jose Nunes"],
      ["Jose Nunes"])  # fmt: skip
person("name-words", PORTO, ["Maria-Jose Nunes", "Will Reis"], ["Jose Nunes", "Reis Nunes"])

ELECTION = """Governor signs law

Governor Ana Ruiz spoke on Tuesday. In May Ruiz signed the water law; Former senator Will Tate backed it.
"""
person("name-words", ELECTION, ["Ana Ruiz", "Will Tate"], ["May Ruiz", "Bill Tate"])

PICK = """Who Will Trump Pick for the Fed?

WASHINGTON (Test Wire) - President Donald Trump will name a new Fed chair this week. \u201cIt will be a great choice,\u201d Trump said.
"""
quote("name-words", PICK, "It will be a great choice,", ["Donald Trump"], ["Will Trump"])
person("name-words", PICK, ["Donald Trump"], ["Will Trump"])

# --- 5. a bare surname where the article names someone else with it --------------------------

VISIT = """Leaders plan China visit

WASHINGTON (Test Wire) - U.S. President Donald Trump said on Friday that he and First Lady Melania Trump would visit Beijing in April.

\u201cIt will be a very big trip,\u201d Trump said.

Melania Trump said in a statement that she looked forward to \u201cmeeting the children of Beijing.\u201d

\u201cWe are ready,\u201d Trump told reporters later. \u201cShe loves the idea,\u201d Trump added.
"""
quote("speaker-surname", VISIT, "It will be a very big trip,", ["Donald Trump"],
      ["Melania Trump", "Ivanka Trump"])  # fmt: skip
quote("speaker-surname", VISIT, "meeting the children of Beijing.", ["Melania Trump"],
      ["Donald Trump"])  # fmt: skip
quote("speaker-surname", VISIT, "We are ready,", ["Donald Trump"], ["Melania Trump"])
quote("speaker-surname", VISIT, "She loves the idea,", ["Donald Trump"], ["Melania Trump"])

SENATE = """Family business

Sen. Rand Paul blocked the bill on Tuesday. His father, former congressman Ron Paul, praised the move.

\u201cThis bill spends money we do not have,\u201d Paul said on the Senate floor.

Ron Paul wrote on his website that his son had been \u201cright all along.\u201d
"""
quote("speaker-surname", SENATE, "This bill spends money we do not have,", ["Rand Paul"],
      ["Ron Paul"])  # fmt: skip
quote("speaker-surname", SENATE, "right all along.", ["Ron Paul"], ["Rand Paul"])

KALLAS = """EU chief in Kyiv

KYIV (Test Wire) - EU foreign policy chief Kaja Kallas arrived in Kyiv on Monday. \u201cEurope stands with Ukraine,\u201d Kallas said.

Kallas later told reporters that the trip was \u201clong overdue.\u201d
"""
quote("speaker-surname", KALLAS, "Europe stands with Ukraine,", ["Kaja Kallas", "Kallas"],
      ["Siim Kallas", "Anna Kallas"])  # fmt: skip
quote("speaker-surname", KALLAS, "long overdue.", ["Kaja Kallas", "Kallas"], ["Anna Kallas"])

GALA = """Melania Trump Hosts Spring Gala at the White House

WASHINGTON (Test Wire) - President Donald Trump opened the gala on Saturday. First Lady Melania Trump chose the menu.

\u201cThe food was fantastic,\u201d Trump said.
"""
quote("speaker-surname", GALA, "The food was fantastic,", ["Donald Trump"], ["Melania Trump"])


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
