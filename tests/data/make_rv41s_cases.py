# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 41's gsp41a rules (``grounding_rv41s.jsonl``): cases written
by its reviewer, in new words, at the edges of the new speaker readings, each verdict decided
as a fact-checker reads the page before the code ran, by category:

- ``answers41``: an interview's "A:" turn whose introduction names the one who answers
  (``sentences/intro_subjects.py``, ``quotes/answer_turns.answer_holder``): the subject who
  meets "the reporter X" is the one interviewed, not the reporter; a "he"/"she" that gives the
  interview stands for the person of its sex, not a reporter of the other; "her interview
  with him" where the owner is the one who talks;
- ``frames41``: colon frames past an apposition that describes the subject ("X, the
  mayor's deputy, was blunt:") and with "for Y"; credit frames that name the giver after
  "made ... by", "received from", "was described by" or an owner's noun, and their near
  misses (the giver's own spokesman or lawyer, friends of the giver);
- ``described41``: a quote credited to a description ("the treasurer said") that the page
  writes beside one name, and the pages where the description has passed to someone else
  (a holder who stood down or died) or where a body's noun stands beside another body.

Run ``python tests/data/make_rv41s_cases.py`` to rebuild it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv41s.jsonl")

built = SupportCases(
    "rv41s",
    leads=[
        "By Niamh Corrigan | The Tyneside Herald",
        "DENVER (Front Range Wire) -",
        "ARTS DESK | The Camden Review",
        "From our Atlanta bureau, The Peachtree Ledger.",
        "POLITICS | The Fife Courier",
        "SPORT | The Mersey Echo-Post",
    ],
)
ANSWERS, FRAMES, DESCRIBED = "answers41", "frames41", "described41"

# (category, the page's paragraphs, the quoted words, who said them, who did not)
# fmt: off
PAGES: list[tuple[str, list[str], str, list[str], list[str]]] = [
    # --- interview introductions: who answers ---
    (ANSWERS,
     ["Interview: The sprinter Kofi Mensah met the reporter Ruth Addo at his training camp in Kumasi.",
      "Q: Are you ready for Paris?", 'A: "I have never felt faster."'],
     "I have never felt faster.", ["Kofi Mensah"], ["Ruth Addo"]),
    (ANSWERS,
     ["Reporter Lia Moss visited the novelist Tom Berg at his farmhouse in Devon. He spoke to us about his ninth book in this interview.",
      "Q: Why a farm?", 'A: "Cows never ask about deadlines."'],
     "Cows never ask about deadlines.", ["Tom Berg"], ["Lia Moss"]),
    (ANSWERS,
     ["Singer Ana Bell spoke to Tom Wix about her comeback tour. What follows is an edited version of her interview with him.",
      "Q: Why now?", 'A: "Because the songs were ready."'],
     "Because the songs were ready.", ["Ana Bell"], ["Tom Wix"]),
    (ANSWERS,
     ["Interview: Our correspondent Dev Rao sat down with the chef, Mara Lind, at her restaurant in Leith.",
      "Q: What will you cook for the King?", 'A: "Scallops, and nothing fancy."'],
     "Scallops, and nothing fancy.", ["Mara Lind"], ["Dev Rao"]),
    (ANSWERS,
     ["Exclusive interview: Coach Pete Varga met the striker Joao Neves after training on Thursday. Neves answered our questions afterwards.",
      "Q: Will you sign the new deal?", 'A: "My agent is talking to them."'],
     "My agent is talking to them.", ["Joao Neves"], ["Pete Varga"]),
    (ANSWERS,
     ["The architect Sofia Brandt has won the Stirling Prize for the Harbour Library. She answered our questions in a short interview.",
      "Q: What comes next?", 'A: "A school, in Dundee."'],
     "A school, in Dundee.", ["Sofia Brandt"], []),
    (ANSWERS,
     ["When the council leader Jim Hale quit in May, his deputy Aisha Khan took over. She spoke to us in an interview this week.",
      "Q: Was it a shock?", 'A: "It was, and it was not."'],
     "It was, and it was not.", ["Aisha Khan"], ["Jim Hale"]),
    (ANSWERS,
     ["Interview: Farmer Owen Pryce met the minister, Carys Lloyd, on his land near Brecon. Pryce put the questions to her.",
      "Q: Will the subsidy survive?", 'A: "It will, in a new form."'],
     "It will, in a new form.", ["Carys Lloyd"], ["Owen Pryce"]),
    (ANSWERS,
     ["Photographer Zoe Marsh has spent a decade on the Arctic ice. Our writer Sam Pell asked her about it in this interview.",
      "Q: Were you ever afraid?", 'A: "Every single day."'],
     "Every single day.", ["Zoe Marsh"], ["Sam Pell"]),
    (ANSWERS,
     ["Interview: The pianist Hugo Lamm talks to our critic Iris Ward about the Brahms cycle. An edited version of his conversation with her follows.",
      "Q: Why Brahms?", 'A: "He never lets me go."'],
     "He never lets me go.", ["Hugo Lamm"], ["Iris Ward"]),
    (ANSWERS,
     ["Interview: Our critic Iris Ward talks to the pianist Hugo Lamm about the Brahms cycle. An edited version of her conversation with him follows.",
      "Q: Why Brahms?", 'A: "He never lets me go."'],
     "He never lets me go.", ["Hugo Lamm"], ["Iris Ward"]),
    (ANSWERS,
     ["Interview: Reporter Gus Hahn met the goalkeeper, Ben Foy, at the club's training ground.",
      "Q: How is the knee?", 'A: "Better than the headlines."'],
     "Better than the headlines.", ["Ben Foy"], ["Gus Hahn"]),
    # --- colon frames past an apposition, and "for" ---
    (FRAMES,
     ["Mayor Jo Dunn was in hospital on Tuesday, so the budget fell to her team.",
      'Owen Price, the mayor\'s deputy, was blunt: "We cannot borrow our way out of this."'],
     "We cannot borrow our way out of this.", ["Owen Price"], ["Jo Dunn"]),
    (FRAMES,
     ["Mayor Jo Dunn was in hospital on Tuesday, so the budget fell to her team.",
      'Owen Price, the mayor\'s deputy, shared her reply: "We cannot borrow our way out of this."'],
     "We cannot borrow our way out of this.", [], ["Owen Price"]),
    (FRAMES,
     ["Senator Ruth Okafor stayed away from the hearing in Washington on Wednesday.",
      'Dan Cole, the senator\'s chief of staff, passed on her message: "The committee has been misled."'],
     "The committee has been misled.", [], ["Dan Cole"]),
    (FRAMES,
     ["Senator Ruth Okafor stayed away from the hearing in Washington on Wednesday.",
      'Dan Cole, the senator\'s chief of staff, did not mince words: "The committee has been misled."'],
     "The committee has been misled.", ["Dan Cole"], ["Ruth Okafor"]),
    (FRAMES,
     ["The striker has asked to leave Rovers before the window shuts.",
      'Manager Ian Cole had a message for Luca Bruni: "Nobody is bigger than this club."'],
     "Nobody is bigger than this club.", ["Ian Cole"], ["Luca Bruni"]),
    (FRAMES,
     ["Protesters gathered outside the embassy in Ottawa on Saturday.",
      'Ambassador Kim Sato had words for Prime Minister Mark Ellis: "Our patience is not endless."'],
     "Our patience is not endless.", ["Kim Sato"], ["Mark Ellis"]),
    (FRAMES,
     ["Mia Roos, the company's founder, was travelling on Monday.",
      'Lena Holt, its spokeswoman, spoke for Roos: "We will fight this ruling."'],
     "We will fight this ruling.", ["Lena Holt"], []),
    (FRAMES,
     ["Mia Roos, the company's founder, was travelling on Monday.",
      'Lena Holt, its spokeswoman, read Roos\'s note: "We will fight this ruling."'],
     "We will fight this ruling.", [], ["Lena Holt"]),
    (FRAMES,
     ["The takeover of Harbour Mills collapsed on Friday.",
      '"We will not sell to asset strippers," was the promise made to workers by the firm\'s owner, Dag Ulv.'],
     "We will not sell to asset strippers,", ["Dag Ulv"], ["Harbour Mills"]),
    (FRAMES,
     ["The takeover of Harbour Mills collapsed on Friday.",
      '"We will not sell to asset strippers," was the promise made to workers by Dag Ulv\'s spokesman.'],
     "We will not sell to asset strippers,", [], ["Dag Ulv"]),
    (FRAMES,
     ["The tenants' union has taken up the case.",
      '"Pay by Friday or leave," was the message Jan Ek received from Mia Roos\'s lawyer.'],
     "Pay by Friday or leave,", [], ["Mia Roos", "Jan Ek"]),
    (FRAMES,
     ["The tenants' union has taken up the case.",
      '"Pay by Friday or leave," was the text Jan Ek got from his landlord, Mia Roos, on Sunday.'],
     "Pay by Friday or leave,", ["Mia Roos"], ["Jan Ek"]),
    (FRAMES,
     ["The young cellist won the national final in Glasgow on Saturday.",
      '"A rare talent" was how Tom Reed was described by friends of his teacher, Ann Gray.'],
     "A rare talent", [], ["Ann Gray", "Tom Reed"]),
    (FRAMES,
     ["The young cellist won the national final in Glasgow on Saturday.",
      '"A rare talent" was how Tom Reed was described by his teacher, Ann Gray.'],
     "A rare talent", ["Ann Gray"], ["Tom Reed"]),
    (FRAMES,
     ["Paula Gray was charged with fraud in March.",
      'The reply from Paula Gray\'s lawyer, Tim Shaw: "My client denies every count."'],
     "My client denies every count.", ["Tim Shaw"], ["Paula Gray"]),
    (FRAMES,
     ["Paula Gray was charged with fraud in March.",
      'The reply from Paula Gray\'s lawyers, sent on Monday: "My client denies every count."'],
     "My client denies every count.", [], ["Paula Gray"]),
    (FRAMES,
     ["The board met in Houston on Thursday.",
      '"We are not for sale," was the assurance given to staff by the chief executive, Nora Pitt, after the vote.'],
     "We are not for sale,", ["Nora Pitt"], []),
    # --- a description beside one name ---
    (DESCRIBED,
     ["The treasurer, Ben Ochoa, met union leaders on Monday to discuss the pension gap.",
      '"The fund is sound," the treasurer said afterwards.'],
     "The fund is sound,", ["Ben Ochoa"], []),
    (DESCRIBED,
     ["The treasurer, Ben Ochoa, stood down in March after nine years. Ruth Kim now holds the post.",
      '"The fund is sound," the treasurer said on Monday.'],
     "The fund is sound,", [], ["Ben Ochoa"]),
    (DESCRIBED,
     ["The treasurer, Ben Ochoa, died in March. The board has since named Ruth Kim to the post.",
      '"The fund is sound," the treasurer said on Monday.'],
     "The fund is sound,", [], ["Ben Ochoa"]),
    (DESCRIBED,
     ["Governor Mae Orton's chief of staff, Len Pike, briefed reporters in Sacramento on Friday.",
      '"No deal has been signed," the chief of staff said.'],
     "No deal has been signed,", ["Len Pike"], ["Mae Orton"]),
    (DESCRIBED,
     ["Governor Mae Orton's chief of staff, Len Pike, briefed reporters in Sacramento on Friday. Mayor Raj Dev's chief of staff was also there.",
      '"No deal has been signed," the chief of staff said.'],
     "No deal has been signed,", [], ["Len Pike"]),
    (DESCRIBED,
     ["Dale's manager, Ian Cole, watched from the stand after his touchline ban.",
      '"We were robbed," the manager said at full time.'],
     "We were robbed,", ["Ian Cole"], []),
    (DESCRIBED,
     ["The rail union, Aslef, said its members would walk out on Friday. Southern Link blamed the union for the cancellations.",
      '"We have no trains to run," the company said.'],
     "We have no trains to run,", [], ["Aslef"]),
    (DESCRIBED,
     ["The health minister, Ida Lunde, visited the hospital in Bergen on Tuesday.",
      '"We need more nurses," the minister said.'],
     "We need more nurses,", ["Ida Lunde"], []),
    (DESCRIBED,
     ["The club's captain, Joe Hart, missed training on Tuesday. The club's coach, Ian Cole, said the defender was ill.",
      '"He will be fine for Saturday," the coach said.'],
     "He will be fine for Saturday,", ["Ian Cole"], ["Joe Hart"]),
    (DESCRIBED,
     ["Its chief executive, Lena Voss, will step down next year, Brandt Auto said on Tuesday.",
      '"We had a record quarter," the chief executive said.'],
     "We had a record quarter,", ["Lena Voss"], []),
    # --- more edges, written with the first ones ---
    (ANSWERS,
     ["Interview: Our reporter Ruth Addo met the sprinter Kofi Mensah at his training camp in Kumasi.",
      "Q: Are you ready for Paris?", 'A: "I have never felt faster."'],
     "I have never felt faster.", ["Kofi Mensah"], ["Ruth Addo"]),
    (ANSWERS,
     ["The novelist Tom Berg welcomed our reporter Lia Moss to his farmhouse in Devon. He spoke to us about his ninth book in this interview.",
      "Q: Why a farm?", 'A: "Cows never ask about deadlines."'],
     "Cows never ask about deadlines.", ["Tom Berg"], ["Lia Moss"]),
    (ANSWERS,
     ["The composer Cole Penn looks back on his year with Tara Wix. Excerpts from her conversation with him.",
      "Q: Your best work?", 'A: "The one I have not written."'],
     "The one I have not written.", ["Cole Penn"], ["Tara Wix"]),
    (ANSWERS,
     ["Interview: Priya Shah reviews the season with the jockey Dan Moult. Excerpts from her conversation with him.",
      "Q: Your best ride?", 'A: "The one that fell at the last."'],
     "The one that fell at the last.", ["Dan Moult"], ["Priya Shah"]),
    (FRAMES,
     ["Mayor Jo Dunn returned from leave on Monday.",
      'Owen Price, the mayor\'s deputy, had a message for Dunn: "The books are balanced."'],
     "The books are balanced.", ["Owen Price"], ["Jo Dunn"]),
    (FRAMES,
     ["Brandt Auto cut its forecast for the year on Tuesday.",
      'Nia Hale, its chief executive, was candid: "The market has turned against us."'],
     "The market has turned against us.", ["Nia Hale"], ["Brandt Auto"]),
    (DESCRIBED,
     ["The treasurer, Ben Ochoa, was appointed in May after a career in banking.",
      '"The fund is sound," the treasurer said on Monday.'],
     "The fund is sound,", ["Ben Ochoa"], []),
    (DESCRIBED,
     ["The treasurer, Ben Ochoa, said the pension gap had narrowed. He spoke after a board meeting in Quincy.",
      '"The fund is sound," the treasurer added.'],
     "The fund is sound,", ["Ben Ochoa"], []),
    (DESCRIBED,
     ["The head teacher, Rhys Evans, wrote to parents on Friday. Parent Kate Hill said the letter came too late.",
      '"Every pupil is safe," the head teacher said.'],
     "Every pupil is safe,", ["Rhys Evans"], ["Kate Hill"]),
    (DESCRIBED,
     ["The prosecutor, Ines Vidal, told the court in Porto that the defendant, Marco Sala, had fled to Spain.",
      '"He knew the police were coming," the prosecutor said.'],
     "He knew the police were coming,", ["Ines Vidal"], ["Marco Sala"]),
    (DESCRIBED,
     ["The coroner, Alan Birch, opened the inquest in Truro last year. Birch retired in June, and the new coroner, Sue Penrose, resumed the hearing on Monday.",
      '"This death was avoidable," the coroner said.'],
     "This death was avoidable,", ["Sue Penrose"], ["Alan Birch"]),
    (DESCRIBED,
     ["The referee, Anthony Taylor, sent off two players. The home manager, Ryan Mason, was booked for dissent.",
      '"I have never seen anything like it," the manager said.'],
     "I have never seen anything like it,", ["Ryan Mason"], ["Anthony Taylor"]),
    (DESCRIBED,
     ["The union's general secretary, Mick Lane, addressed the rally in Cardiff on Saturday.",
      '"We will not be bought off," the general secretary said.'],
     "We will not be bought off,", ["Mick Lane"], []),
    (DESCRIBED,
     ["The treasurer, Ben Ochoa, left the post in March to run for mayor.",
      '"The fund is sound," the treasurer said on Monday.'],
     "The fund is sound,", [], ["Ben Ochoa"]),
]
# fmt: on
for category, paragraphs, words, passes, fails in PAGES:
    built.quote(category, built.page(*paragraphs), words, passes, fails)


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
