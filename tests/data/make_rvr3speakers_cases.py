"""Build a reviewer's set for session 39's apposed names (``grounding_rvr3speakers.jsonl``,
review rv-r3speakers of branch r3speakers).

- ``review-apposed``: a role described, then a name between commas, where the name is NOT who
  the sentence's subject or the speaker is: the role holder a possessive owns after "for", "to",
  "of" ("said a spokesman for Britain's prime minister, Keir Starmer"; "A lawyer for Celtic's
  chairman, Peter Lawwell, addressed the hearing"; "said a letter to Labour's leader"); a name
  that is a verb's object ("The union's president met Labour's leader, Keir Starmer, on
  Monday"); a name inside an opening phrase ("Unlike Labour's leader, Keir Starmer, the union's
  general secretary refused"); a person who shares the apposed name's surname. Must pass: the
  apposed name as speaker in British and American copy (an age, an honorific, a relative after
  it, "says", "wrote"), the possessor's role named directly ("said Britain's prime minister,
  Keir Starmer"), and the person the unnamed speaker was named as earlier.

Run ``python tests/data/make_rvr3speakers_cases.py`` to rebuild it. Each verdict is what a
careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvr3speakers.jsonl")

built = SupportCases(
    "rvr3s39",
    leads=[
        "LONDON (Thames Wire) -",
        "By Harriet Cole | The Wessex Gazette",
        "POLITICS DESK | The Northern Standard",
        "DALLAS, Prairie Times -",
        "SPORT | The Mersey Echo",
    ],
)
APPOSED = "review-apposed"

# (the page's paragraphs, the quoted words, who said them, who did not)
# fmt: off
PAGES: list[tuple[list[str], str, list[str], list[str]]] = [
    # the possessor's role holder after "for", "to", "of": not the speaker
    (
        ['Downing Street faced questions over the leak on Monday.',
         '"The prime minister has full confidence in the chancellor," said a spokesman for '
         'Britain\'s prime minister, Keir Starmer.'],
        'The prime minister has full confidence in the chancellor', [], ['Keir Starmer'],
    ),
    (
        ['Talks in Geneva broke up without a deal.',
         '"We will not be intimidated," said an aide to Ukraine\'s president, Volodymyr Zelensky.'],
        'We will not be intimidated', [], ['Volodymyr Zelensky'],
    ),
    (
        ['Supporters gathered outside the ground before kick-off.',
         '"The fans deserve far better than this," said a letter to Everton\'s owner, '
         'Dan Friedkin.'],
        'The fans deserve far better than this', [], ['Dan Friedkin'],
    ),
    (
        ['The board met again on Tuesday.',
         '"He has lost the dressing room," said a rival of Chelsea\'s manager, Enzo Maresca.'],
        'He has lost the dressing room', [], ['Enzo Maresca'],
    ),
    (
        ['Mourners filled the cathedral in Dublin.',
         '"He never stopped working for peace," said the widow of Ireland\'s former ambassador, '
         'Declan Kelly.'],
        'He never stopped working for peace', [], ['Declan Kelly'],
    ),
    (
        ['The ethics inquiry opened in Washington on Wednesday.',
         '"The senator did nothing wrong," said an attorney for Ohio\'s senior senator, '
         'Sherrod Brown.'],
        'The senator did nothing wrong', [], ['Sherrod Brown'],
    ),
    (
        ['Tesco reported its results on Thursday.',
         '"Our members cannot live on this," wrote the union\'s leader to Tesco\'s chief '
         'executive, Ken Murphy.'],
        'Our members cannot live on this', [], ['Ken Murphy'],
    ),
    (
        ['Tom Reid bought the club in 2019.',
         '"You have my full backing," said the club\'s owner to its manager, Sean Dyche.'],
        'You have my full backing', ['Tom Reid'], ['Sean Dyche'],
    ),
    (
        ['Reporters waited at the gates all morning.',
         'A lawyer for Celtic\'s chairman, Peter Lawwell, addressed the hearing. '
         '"My client has done nothing wrong," he said.'],
        'My client has done nothing wrong', [], ['Peter Lawwell'],
    ),
    (
        ['The trial entered its third week.',
         'The son of Hull\'s mayor, Mike Ross, spoke outside court. '
         '"My father is innocent," he said.'],
        'My father is innocent', [], ['Mike Ross'],
    ),
    (
        ['Wildfires spread across three counties overnight.',
         'A spokeswoman for California\'s governor, Gavin Newsom, declined to give a date. '
         '"The governor will decide next week," she said.'],
        'The governor will decide next week', [], ['Gavin Newsom'],
    ),
    (
        ['The hearing was adjourned until Friday.',
         'A former aide to Britain\'s chancellor, Rachel Reeves, gave evidence by video. '
         '"The figures were never checked," she said.'],
        'The figures were never checked', [], ['Rachel Reeves'],
    ),
    # the name is a verb's object
    (
        ['Mary Bell was elected the union\'s president last year.',
         'The union\'s president met Labour\'s leader, Keir Starmer, on Monday. '
         '"We left with nothing," she said.'],
        'We left with nothing', ['Mary Bell'], ['Keir Starmer'],
    ),
    (
        ['Rovers named Dan Pryce as manager in May.',
         'The club\'s manager hopes its captain, Tom Hale, will stay. '
         '"He is the heart of this team," he said.'],
        'He is the heart of this team', ['Dan Pryce'], ['Tom Hale'],
    ),
    (
        ['Fabian Hurzeler became Brighton\'s head coach in 2024.',
         'Brighton\'s head coach beat his old mentor, Roberto De Zerbi, on Saturday. '
         '"It was strange to face him," he said.'],
        'It was strange to face him', ['Fabian Hurzeler'], ['Roberto De Zerbi'],
    ),
    (
        ['Tiffany Chu serves as the mayor\'s chief of staff.',
         'The mayor\'s chief of staff rang Boston\'s fire commissioner, Paul Burke, at dawn. '
         '"We needed every engine out," she said.'],
        'We needed every engine out', ['Tiffany Chu'], ['Paul Burke'],
    ),
    (
        ['Ray Dunn has run the airline since 2015.',
         'The airline\'s chief executive paid its former pilot, Sam Cole, damages on Friday. '
         '"We regret the distress caused," he said.'],
        'We regret the distress caused', [], ['Sam Cole'],
    ),
    # the name inside an opening phrase
    (
        ['The vote was held in Brighton on Tuesday.',
         'Unlike Labour\'s leader, Keir Starmer, the union\'s general secretary refused to back '
         'the deal. "Our members were not consulted," she said.'],
        'Our members were not consulted', [], ['Keir Starmer'],
    ),
    (
        ['The transfer window closed at midnight.',
         'Asked about Chelsea\'s owner, Todd Boehly, the striker shrugged. '
         '"I just play football," he said.'],
        'I just play football', [], ['Todd Boehly'],
    ),
    (
        ['The club announced the change on its website.',
         'After Brentford\'s manager, Thomas Frank, left for Spurs, the club\'s captain spoke '
         'to fans. "We have to move on," he said.'],
        'We have to move on', [], ['Thomas Frank'],
    ),
    # someone sharing the apposed name's surname, named earlier
    (
        ['Carlos Ruiz founded the chain in 1990.',
         '"Turnover fell by a fifth," said the chain\'s chief executive, Ana Ruiz.'],
        'Turnover fell by a fifth', ['Ana Ruiz'], ['Carlos Ruiz'],
    ),
    (
        ['Jerome Powell chaired the meeting.',
         'The Fed\'s vice chair, Philip Jefferson, spoke in Dallas on Thursday. '
         '"Policy is in a good place," he said.'],
        'Policy is in a good place', ['Philip Jefferson'], ['Jerome Powell'],
    ),
    # right values near the form
    (
        ['Downing Street faced questions over the leak on Monday.',
         '"I have full confidence in the chancellor," said Britain\'s prime minister, '
         'Keir Starmer.'],
        'I have full confidence in the chancellor', ['Keir Starmer'], ['Rachel Reeves'],
    ),
    (
        ['Andrew Bailey chaired the meeting.',
         '"Rates will stay on hold for now," said the central bank\'s chief economist, Huw Pill.'],
        'Rates will stay on hold for now', ['Huw Pill'], ['Andrew Bailey'],
    ),
    (
        ['Tom Reid led the council until May.',
         '"We will appeal the ruling," said the council\'s leader, Cllr Ann Moss, who took '
         'office in the spring.'],
        'We will appeal the ruling', ['Ann Moss'], ['Tom Reid'],
    ),
    (
        ['Aaron Boone spoke to reporters before the game.',
         '"We are not going anywhere," said the team\'s general manager, Brian Cashman.'],
        'We are not going anywhere', ['Brian Cashman'], ['Aaron Boone'],
    ),
    (
        ['Lisa Grant runs the estate agency.',
         '"Prices have peaked in most regions," says the agency\'s chief economist, '
         'Sarah Hunter.'],
        'Prices have peaked in most regions', ['Sarah Hunter'], ['Lisa Grant'],
    ),
    (
        ['Jane Cole chairs the trust.',
         '"The wards are full every night," said the trust\'s medical director, Dr Ian Moss.'],
        'The wards are full every night', ['Ian Moss', 'Dr Ian Moss'], ['Jane Cole'],
    ),
    (
        ['Tom Reid opened the meeting.',
         'The council\'s head of housing, Jane Cole, set out the figures. '
         '"We have 4,000 families waiting," she said.'],
        'We have 4,000 families waiting', ['Jane Cole'], ['Tom Reid'],
    ),
    (
        ['Dan Pryce owns the club.',
         'The club\'s chairman, Alan Webb, 61, faced the fans. "I hear your anger," he said.'],
        'I hear your anger', ['Alan Webb'], ['Dan Pryce'],
    ),
    (
        ['Mark Ellis chaired the inquiry.',
         'The head of the nurses\' union, Pat Cullen, gave evidence. '
         '"Staff are exhausted," she said.'],
        'Staff are exhausted', ['Pat Cullen'], ['Mark Ellis'],
    ),
    (
        ['Helen Gray left the bank in March.',
         'The newly appointed governor, Sir Tom Hale, spoke on Thursday. '
         '"Inflation is still too high," he said.'],
        'Inflation is still too high', ['Tom Hale'], ['Helen Gray'],
    ),
    (
        ['Paul Kerr heads the ministry.',
         'A Treasury spokeswoman, Anna Cole, gave the figure. '
         '"Borrowing fell in October," she said.'],
        'Borrowing fell in October', ['Anna Cole'], ['Paul Kerr'],
    ),
    (
        ['Omar Haddad sits on the board.',
         '"We will not cut the dividend," said the firm\'s chief executive, Ana Ruiz, adding '
         'that profits had doubled.'],
        'We will not cut the dividend', ['Ana Ruiz'], ['Omar Haddad'],
    ),
    (
        ['Leon Briggs coaches the side.',
         'Everton\'s goalkeeper, Jordan Pickford, was the hero. '
         '"The lads dug in," he said.'],
        'The lads dug in', ['Jordan Pickford'], ['Leon Briggs'],
    ),
    (
        ['Greg Abbott signed the bill.',
         '"This is a win for every family," said the state\'s attorney general, Ken Paxton.'],
        'This is a win for every family', ['Ken Paxton'], ['Greg Abbott'],
    ),
    (
        ['Nora Bell runs the charity.',
         'The charity\'s founder, Lord Michael Hart, wrote to donors. '
         '"Your gifts kept us open," he wrote.'],
        'Your gifts kept us open', ['Michael Hart'], ['Nora Bell'],
    ),
    # the role holder named directly after the possessor's role: the speaker
    (
        ['Talks in Geneva broke up without a deal.',
         '"We will not be intimidated," said Ukraine\'s president, Volodymyr Zelensky.'],
        'We will not be intimidated', ['Volodymyr Zelensky'], [],
    ),
    (
        ['Reporters waited at the gates all morning.',
         'Celtic\'s chairman, Peter Lawwell, addressed the hearing. '
         '"I have done nothing wrong," he said.'],
        'I have done nothing wrong', ['Peter Lawwell'], [],
    ),
    (
        ['Wildfires spread across three counties overnight.',
         'California\'s governor, Gavin Newsom, declined to give a date. '
         '"We will decide next week," he said.'],
        'We will decide next week', ['Gavin Newsom'], [],
    ),
    (
        ['The trial entered its third week.',
         'Hull\'s mayor, Mike Ross, spoke outside court. "My son is innocent," he said.'],
        'My son is innocent', ['Mike Ross'], [],
    ),
    (
        ['Mourners filled the cathedral in Dublin.',
         'Ireland\'s former ambassador, Declan Kelly, read the eulogy. '
         '"She never stopped working for peace," he said.'],
        'She never stopped working for peace', ['Declan Kelly'], [],
    ),
    (
        ['Tesco reported its results on Thursday.',
         '"Our staff have earned this," wrote Tesco\'s chief executive, Ken Murphy.'],
        'Our staff have earned this', ['Ken Murphy'], [],
    ),
    (
        ['The ethics inquiry opened in Washington on Wednesday.',
         '"I did nothing wrong," said Ohio\'s senior senator, Sherrod Brown.'],
        'I did nothing wrong', ['Sherrod Brown'], [],
    ),
]
# session 40 (gsp40a): a main clause whose subject is a role described and not named: the
# later "he"/"she" is that role's holder the page named earlier, never the name the sentence
# holds elsewhere (a verb's object, a role held after the head, a fronted phrase or clause)
PAGES += [
    (
        ['Greta Lund took over as the museum\'s director in March.',
         'The museum\'s director thanked its biggest donor, Oliver Grant, at the gala. '
         '"We could not have opened without him," she said.'],
        'We could not have opened without him', ['Greta Lund'], ['Oliver Grant'],
    ),
    (
        ['Hamish Boyd has coached the national side since 2021.',
         'Unlike Scotland\'s former captain, Andy Robertson, the coach backed the new schedule. '
         '"The players need rest," he said.'],
        'The players need rest', ['Hamish Boyd'], ['Andy Robertson'],
    ),
    (
        ['Ines Costa became the hospital\'s chief nurse last year.',
         'When the trust\'s chairman, Robert Dale, resigned, the chief nurse wrote to every '
         'ward. "Nothing about our care will change," she said.'],
        'Nothing about our care will change', ['Ines Costa'], ['Robert Dale'],
    ),
    (
        ['Ruth Okoye has spoken for the family since the charges were filed.',
         'A spokeswoman for Senator Vance\'s husband, Daniel Marsh, read a statement outside '
         'the court. "He will cooperate fully," she said.'],
        'He will cooperate fully', ['Ruth Okoye'], ['Daniel Marsh'],
    ),
    (
        ['Pedro Alves has run the port authority since 2019.',
         'The authority\'s director fined the shipping firm\'s owner, Karl Weiss, on Tuesday. '
         '"The rules apply to everyone," he said.'],
        'The rules apply to everyone', ['Pedro Alves'], ['Karl Weiss'],
    ),
    (
        ['Leah Park was appointed the club\'s doctor in June.',
         'Alongside Rovers\' striker, Marco Silva, the doctor walked off the pitch. '
         '"He needs more time," she said.'],
        'He needs more time', ['Leah Park'], ['Marco Silva'],
    ),
]
# fmt: on
for paragraphs, words, passes, fails in PAGES:
    built.quote(APPOSED, built.page(*paragraphs), words, passes, fails)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
