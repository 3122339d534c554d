# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build reviewer rvA's adversarial set against speakers53 (``grounding_speakers53rv.jsonl``),
by the same categories, in new texts (other outlets' styles, other events, British and
American English), each with what must pass and the tempting wrong values that must fail:

- ``tie-review``: an epithet the page ties to one person ("the Greek minister", "the host",
  "the mayor"): the look-alike country ("Austrian" for Australia's minister, "Slovak" for
  Slovenia's), an office phrase that is the object of a preposition before another name
  ("Unlike Hungary's foreign minister, Robert Fico ..."), "X was the host's guest", last
  year's host, a former office-holder, two of the same office;
- ``opener-review``: a sentence opening with an epithet before "he said": the other person,
  the pronoun of the other gender, a sentence between the opener and the quote with its own
  subject, an epithet two people fit;
- ``turn-review``: inside an interview turn, words the interviewee relays ("My husband told
  me "..."", "We were told "..."", "They kept saying "..."") are not the holder's; the
  holder's own words after another's question ("The mayor asked me and I said "..."") are;
- ``paper-review``: "according to a statement from X": a person the issuer's words are about
  or for ("lawyers for Imran Khan", "the family of Navalny", "citing Governor X"), a critic
  of the body, the outlet a paper was sent to;
- ``office-review``: "His office ... statement": a lead that opens "His office" but gives the
  words to someone else ("His office was searched, prosecutors said in a statement:", "His
  office denied that he had said "...""), the other gender, the person alone.

Left open, and so not in the set (both codes, before and after the review, read them wrong;
DECISIONS says why): a title read back to the last speaker when it fits no one named ("Unlike
Hungary's foreign minister, Robert Fico flew ...", then '"...," the Hungarian minister said'
goes to Fico, who spoke just before); "the host said" read back to the subject of the sentence
before ("Milei was the host's guest"; "Lula was the host a year ago"); a "she" after "The
German chancellor was silent" for "Mr Merz" (the first-name form "Friedrich" escapes the page's
gender mark); "The Commission president was emotional. ... she said" for von der Leyen (a title
with an institution word is read as a title, which the page does not tie to her). Arguable,
left out: "the mayor" with "Mayor Zohran Mamdani" and "former mayor Eric Adams" both named
(speakers8 holds "the Brazilian leader" with a president and a former one as unconfirmed).

Run ``python tests/data/make_speakers53rv_cases.py`` to rebuild it. Every article below was
written for this set in its own words; each verdict is what a careful fact-checker reads in
the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_speakers53rv.jsonl")

built = SupportCases(
    "s53rv",
    leads=[
        "ATHENS (Aegean Desk) -",
        "By Priya Natarajan, The Midland Gazette",
        "Our correspondent reports.",
        "NEWS IN BRIEF | Northern Star",
        "Filed from Geneva.",
    ],
)
TIE, OPENER, TURN = "tie-review", "opener-review", "turn-review"
PAPER, OFFICE = "paper-review", "office-review"


def quote(category: str, words: str, passes: list[str], fails: list[str], *paragraphs: str) -> None:
    built.quote(category, built.page(*paragraphs), words, passes, fails)


# tie-review: an epithet the page ties to one person, against look-alikes and wrong ties
quote(TIE, "a line we will not cross", ["Giorgos Gerapetritis"], ["Hakan Fidan"],
      "The talks in Thessaloniki brought together Greece's foreign minister, Giorgos Gerapetritis, and Turkey's foreign minister, Hakan Fidan.",
      '"The sea is big enough for both of us," Fidan said.',
      'The Greek minister later spoke of "a line we will not cross".')  # fmt: skip
quote(TIE, "a fair deal for our farmers", ["Penny Wong"], ["Beate Meinl-Reisinger"],
      "Australia's foreign minister, Penny Wong, and Austria's foreign minister, Beate Meinl-Reisinger, shared a panel in Vienna.",
      '"We want to sell more wine," Meinl-Reisinger said.',
      'The Australian minister called for "a fair deal for our farmers".')  # fmt: skip
quote(TIE, "a fair deal for our farmers", [], ["Penny Wong"],
      "Australia's foreign minister, Penny Wong, flew to Vienna for the talks on Monday.",
      '"We came to listen," Wong said.',
      'The Austrian minister called for "a fair deal for our farmers".')  # fmt: skip
quote(TIE, "no more half measures", [], ["Tanja Fajon"],
      "Slovenia's foreign minister, Tanja Fajon, opened the meeting in Ljubljana.",
      '"The region needs calm," Fajon said.',
      'The Slovak minister asked for "no more half measures" on energy.')  # fmt: skip
quote(TIE, "We are not a transit corridor", [], ["Yusuf Tuggar"],
      "Nigeria's foreign minister, Yusuf Tuggar, hosted the meeting in Abuja on Tuesday.",
      '"Security comes first," Tuggar said.',
      'The Nigerien minister replied: "We are not a transit corridor."')  # fmt: skip
quote(TIE, "Welcome to Johannesburg", ["Cyril Ramaphosa"], ["Narendra Modi"],
      "Cyril Ramaphosa was the host of this year's summit in Johannesburg, and Narendra Modi arrived on Friday.",
      '"Welcome to Johannesburg," the host told the delegates.')  # fmt: skip
quote(TIE, "What do you want from the West?", ["Tucker Carlson"], ["Vladimir Putin"],
      "The interview ran for two hours. Tucker Carlson was the host and Vladimir Putin did most of the talking.",
      '"What do you want from the West?" the host asked near the end.')  # fmt: skip
quote(TIE, "This bill is dead on arrival", [], ["Ted Cruz", "John Cornyn"],
      "Senator Ted Cruz of Texas and Senator John Cornyn of Texas both voted no on Thursday.",
      '"This bill is dead on arrival," the Texas senator said.')  # fmt: skip
quote(TIE, "our oil, our rules", ["Mohammed Shia al-Sudani"], ["Masrour Barzani"],
      "The Kurdish regional prime minister, Masrour Barzani, met Iraq's prime minister, Mohammed Shia al-Sudani, in Baghdad.",
      'Afterwards, the Iraqi premier said the message was "our oil, our rules".')  # fmt: skip
quote(TIE, "Gaza cannot wait for another conference", ["Ayman Safadi"], ["Badr Abdelatty"],
      "Jordan's foreign minister, Ayman Safadi, flew to Cairo to see Egypt's foreign minister, Badr Abdelatty.",
      '"Our plan is on the table," Abdelatty said.',
      '"Gaza cannot wait for another conference," the Jordanian minister told reporters.')  # fmt: skip
quote(TIE, "a betrayal of the workers", [], ["Pedro Sanchez"],
      "Asked about Spain's labour minister, Pedro Sanchez said he trusted her completely.",
      '"It is a betrayal of the workers," the Spanish minister said of the reform.')  # fmt: skip

quote(TIE, "a fair deal for our farmers", ["Beate Meinl-Reisinger"], ["Penny Wong"],
      "Austria's foreign minister, Beate Meinl-Reisinger, welcomed Australia's foreign minister, Penny Wong, to Vienna.",
      '"We came to sell more beef," Wong said.',
      'The Austrian minister also asked for "a fair deal for our farmers".')  # fmt: skip
quote(TIE, "We are not a transit corridor", ["Bakary Yaou Sangare"], ["Yusuf Tuggar"],
      "Niger's foreign minister, Bakary Yaou Sangare, travelled to Abuja to see Nigeria's foreign minister, Yusuf Tuggar.",
      '"Security comes first," Tuggar said.',
      'The Nigerien minister replied: "We are not a transit corridor."')  # fmt: skip
quote(TIE, "We will answer any attack", ["Israel Katz"], ["Abbas Araghchi"],
      "The warning came from Israel's defence minister, Israel Katz, hours after Iran's foreign minister, Abbas Araghchi, spoke in Oslo.",
      '"Diplomacy is not dead," Araghchi said.',
      'The Israeli minister was blunt: "We will answer any attack."')  # fmt: skip
quote(TIE, "Britain will carry its share", ["Keir Starmer"], ["Mark Rutte"],
      "Keir Starmer was the host at Lancaster House on Sunday, and NATO's secretary general, Mark Rutte, sat at his right.",
      '"Britain will carry its share," the host told the room.')  # fmt: skip
quote(TIE, "No one is above the law", ["Josh Shapiro"], ["Tom Wolf"],
      "Governor Josh Shapiro visited the scene with his predecessor, Tom Wolf, on Monday.",
      '"No one is above the law," the governor told reporters.')  # fmt: skip
quote(TIE, "We will not lift the veto", [], ["Pedro Sanchez"],
      "Asked about Spain's foreign minister, Pedro Sanchez said he trusted him completely.",
      '"We will not lift the veto," the Spanish minister told reporters.')  # fmt: skip

# opener-review: a sentence opening with an epithet, then "he said" or "she said"
quote(OPENER, "We are close to a deal", ["Albin Kurti"], ["Aleksandar Vucic"],
      "Serbian President Aleksandar Vucic and Kosovo's prime minister, Albin Kurti, met the EU envoy in Brussels.",
      "The Serbian leader looked weary. Kurti, by contrast, was upbeat. \"We are close to a deal,\" he said.")  # fmt: skip
quote(OPENER, "The door stays open", [], ["Aleksandar Vucic", "Milos Vucevic"],
      "Serbian President Aleksandar Vucic and Serbian Prime Minister Milos Vucevic received the envoy together.",
      '"We listened," the envoy said afterwards.',
      'The Serbian leader was calm. "The door stays open," he said.')  # fmt: skip
quote(OPENER, "We will hold early elections", ["Aleksandar Vucic"], ["Milos Vucevic", "Ana Brnabic"],
      "Serbian President Aleksandar Vucic, Prime Minister Milos Vucevic and the speaker, Ana Brnabic, addressed the rally in Belgrade.",
      '"We owe this to the students," Brnabic said.',
      'The Serbian president was defiant. "We will hold early elections," he said.')  # fmt: skip
quote(OPENER, "Canada is not for sale", ["Mark Carney"], ["Donald Trump"],
      "Canadian Prime Minister Mark Carney visited Donald Trump at the White House on Tuesday.",
      '"We love Canada," Trump said in the Oval Office.',
      'The Canadian prime minister remained polite but firm. "Canada is not for sale," he said.')  # fmt: skip
quote(OPENER, "a partnership of equals", ["Narendra Modi"], ["Keir Starmer"],
      "Indian Prime Minister Narendra Modi welcomed British Prime Minister Keir Starmer to Mumbai.",
      '"This deal is good for both our peoples," Starmer said.',
      'The Indian leader appeared relaxed. It was, he said, "a partnership of equals".')  # fmt: skip
quote(OPENER, "We will not retreat", ["Claudia Sheinbaum"], ["Donald Trump"],
      "Mexican President Claudia Sheinbaum spoke by phone with Donald Trump on Thursday.",
      '"It was a very good call," Trump said.',
      'The Mexican leader was unmoved. "We will not retreat," she said on Friday.')  # fmt: skip
quote(OPENER, "a new chapter for the region", ["Ilham Aliyev"], ["Recep Tayyip Erdogan"],
      "Azerbaijani President Ilham Aliyev hosted Turkish President Recep Tayyip Erdogan in Baku.",
      '"Our brotherhood is unbreakable," Erdogan said.',
      'The Azerbaijani president seemed moved. He called the pipeline "a new chapter for the region".')  # fmt: skip
quote(OPENER, "We are ready to sign tomorrow", [], ["Nikol Pashinyan", "Donald Trump"],
      "Armenian Prime Minister Nikol Pashinyan met Donald Trump in Washington.",
      '"It is a great day," Trump said.',
      'The Armenian side was cautious. "We are ready to sign tomorrow," one official said.')  # fmt: skip
quote(OPENER, "We owe it to the victims", [], ["Volodymyr Zelensky"],
      "European Commission President Ursula von der Leyen travelled to Kyiv to meet President Volodymyr Zelensky.",
      '"We need more air defence," Zelensky said.',
      'The Commission president was emotional. "We owe it to the victims," she said.')  # fmt: skip
quote(OPENER, "The border is not a bargaining chip", [], ["Gustavo Petro", "Nicolas Maduro"],
      "Colombian President Gustavo Petro met Nicolas Maduro on the border.",
      '"Trade will return," Maduro said.',
      'The Peruvian president was furious. "The border is not a bargaining chip," he said.')  # fmt: skip


quote(OPENER, "We will not retreat", ["Claudia Sheinbaum"], ["Mark Carney"],
      "Ms. Sheinbaum, Mexico's president, spoke by phone with Canadian Prime Minister Mark Carney.",
      '"It was a very good call," Carney said.',
      'The Mexican president was unmoved. "We will not retreat," she said on Friday.')  # fmt: skip
quote(OPENER, "a stab in the back", ["Karol Nawrocki"], ["Donald Tusk"],
      "Polish President Karol Nawrocki vetoed the bill that Prime Minister Donald Tusk had pushed through parliament.",
      '"The president has chosen chaos," Tusk said.',
      'The Polish president remained defiant. The bill, he said, was "a stab in the back".')  # fmt: skip
quote(OPENER, "The rains will not stop us", ["William Ruto"], ["Yoweri Museveni"],
      "Kenyan President William Ruto met Ugandan President Yoweri Museveni at the border on Tuesday.",
      '"We want the railway finished," Museveni said.',
      'The Kenyan president was upbeat. "The rains will not stop us," he said.')  # fmt: skip
quote(OPENER, "no shortcut to a deal", ["Shigeru Ishiba"], ["Scott Bessent"],
      "Japanese Prime Minister Shigeru Ishiba met U.S. Treasury Secretary Scott Bessent in Tokyo.",
      '"We made progress," Bessent said.',
      'The Japanese prime minister was cautious. There was, he said, "no shortcut to a deal".')  # fmt: skip


# turn-review: the words an interviewee relays inside a labelled turn
def turn_page(*lines: str) -> str:
    return built.page(*lines, lead="Edited transcript of our evening programme.")


def turn_quote(words: str, passes: list[str], fails: list[str], *lines: str) -> None:
    built.quote(TURN, turn_page(*lines), words, passes, fails)


turn_quote("You have ten minutes to leave", [], ["Sofiia"],
           "BORDER RADIO: When did you decide to go?",
           "SOFIIA: The night the shelling reached our street.",
           "BORDER RADIO: Who warned you?",
           'SOFIIA: My husband told me "You have ten minutes to leave." So we left.')  # fmt: skip
turn_quote("The bridge is closed until further notice", [], ["Taras"],
           "BORDER RADIO: How did you get across?",
           "TARAS: We did not, at first.",
           "BORDER RADIO: What happened at the bridge?",
           'TARAS: We were told "The bridge is closed until further notice." We waited eight hours.')  # fmt: skip
turn_quote("Nobody will be left behind", [], ["Maryna"],
           "EVENING DESK: Did the officials come?",
           "MARYNA: Twice, with cameras.",
           "EVENING DESK: What did they promise?",
           'MARYNA: They kept saying "Nobody will be left behind." Then they drove off.')  # fmt: skip
turn_quote("Leave the car and run", [], ["Bohdan"],
           "EVENING DESK: You were driving when it started?",
           "BOHDAN: My son was with me in the front.",
           "EVENING DESK: What did he do?",
           'BOHDAN: My son shouted "Leave the car and run." I did not argue.')  # fmt: skip
turn_quote("Stay away from the windows", [], ["Iryna"],
           "CITY FM: Where were you when the drones came?",
           "IRYNA: At home with my neighbour, Halyna Petrenko.",
           "CITY FM: What did she do?",
           'IRYNA: She said "Stay away from the windows." She has done this before.')  # fmt: skip
turn_quote("I am not going anywhere", ["Oleksii"], ["City FM"],
           "CITY FM: The mayor asked you to leave?",
           "OLEKSII: He asked me twice.",
           "CITY FM: And what did you say?",
           'OLEKSII: The mayor asked me again and I said "I am not going anywhere." This is my home.')  # fmt: skip
turn_quote("I will stay with the animals", ["Nadiya"], ["Farm Hour"],
           "FARM HOUR: Your family wanted you out.",
           "NADIYA: All of them, yes.",
           "FARM HOUR: What did you tell them?",
           'NADIYA: Everyone told me to go, but I said "I will stay with the animals." And I stayed.')  # fmt: skip
turn_quote("The electricity comes back at six", ["Vitali Klitschko"], ["Anton", "City FM"],
           "CITY FM: How do you plan your day?",
           "ANTON: Around the power cuts.",
           "CITY FM: Is there a schedule?",
           'ANTON: Vitali Klitschko posted "The electricity comes back at six" on Telegram, but it rarely does.')  # fmt: skip
turn_quote("We will rebuild the school by September", ["Ihor Terekhov"], ["Olha"],
           "CITY FM: The school was hit last spring.",
           "OLHA: Yes, the whole east wing.",
           "CITY FM: Any promises?",
           'OLHA: Mayor Ihor Terekhov promised "We will rebuild the school by September." We will see.')  # fmt: skip
turn_quote("I counted forty explosions", ["Dmytro"], ["Night Line"],
           "NIGHT LINE: How long did it last?",
           "DMYTRO: Most of the night.",
           "NIGHT LINE: Did you keep track?",
           'DMYTRO: As I told the police, "I counted forty explosions." Then I stopped counting.')  # fmt: skip
turn_quote("Get the children into the basement", ["Kateryna"], ["Night Line"],
           "NIGHT LINE: What was your first thought?",
           "KATERYNA: The children.",
           "NIGHT LINE: What did you do?",
           'KATERYNA: I shouted "Get the children into the basement" and ran for the stairs.')  # fmt: skip
turn_quote("Your house is not safe to live in", ["the engineer"], ["Yurii"],
           "NIGHT LINE: Did anyone check the building?",
           "YURII: A city engineer, on Tuesday.",
           "NIGHT LINE: What was the verdict?",
           'YURII: The engineer said "Your house is not safe to live in." We moved the same day.')  # fmt: skip
turn_quote("This is a war crime", ["Volodymyr Zelensky"], ["Liudmyla", "Night Line"],
           "NIGHT LINE: Did Kyiv react to the strike?",
           "LIUDMYLA: Within the hour.",
           "NIGHT LINE: What did they say?",
           'LIUDMYLA: Volodymyr Zelensky wrote "This is a war crime" under the video.')  # fmt: skip

turn_quote("Are you leaving or not?", ["the mayor"], ["Oleksii"],
           "CITY FM: The mayor came to your door?",
           "OLEKSII: On Tuesday, yes.",
           "CITY FM: What did he want?",
           'OLEKSII: The mayor asked me "Are you leaving or not?" and I said no.')  # fmt: skip
turn_quote("We stay until the last train", ["Maryna"], ["Evening Desk"],
           "EVENING DESK: What did you decide as a family?",
           "MARYNA: We argued all night.",
           "EVENING DESK: And in the end?",
           'MARYNA: We said "We stay until the last train." And we did.')  # fmt: skip
turn_quote("Bring water and blankets", ["Svitlana"], ["Evening Desk"],
           "EVENING DESK: You organised the shelter?",
           "SVITLANA: With two neighbours.",
           "EVENING DESK: What did you tell people?",
           'SVITLANA: I posted "Bring water and blankets" in the house chat, and they came.')  # fmt: skip

# paper-review: "according to a statement from X", against whom the paper is for or about
quote(PAPER, "is unlawful", [], ["Imran Khan"],
      "Imran Khan has been held at Adiala jail since August 2023.",
      'The detention "is unlawful", according to a statement from lawyers for Imran Khan.')  # fmt: skip
quote(PAPER, "He was killed by the state", [], ["Alexei Navalny"],
      "Alexei Navalny died in an Arctic penal colony in February 2024.",
      '"He was killed by the state," according to a statement from the family of Alexei Navalny.')  # fmt: skip
quote(PAPER, "Two people were injured in Belgorod", ["the regional administration"], ["Vyacheslav Gladkov"],
      "Drones struck the city overnight, Russian officials said.",
      '"Two people were injured in Belgorod," according to a statement from the regional administration citing Governor Vyacheslav Gladkov.')  # fmt: skip
quote(PAPER, "The Kremlin is lying about the casualties", [], ["the Kremlin"],
      "Moscow said on Friday that few soldiers had died in the assault.",
      '"The Kremlin is lying about the casualties," according to a statement from a group of Kremlin critics in exile.')  # fmt: skip
quote(PAPER, "We have evidence of torture", ["Amnesty International"], ["Reuters"],
      "Several detainees were released from the facility last month.",
      '"We have evidence of torture," according to a statement sent to Reuters by Amnesty International.')  # fmt: skip
quote(PAPER, "The prime minister acted within the law", [], ["Benjamin Netanyahu"],
      "Prosecutors questioned Benjamin Netanyahu's aides again on Sunday.",
      '"The prime minister acted within the law," according to a statement from the office of Benjamin Netanyahu.')  # fmt: skip
quote(PAPER, "Our forces struck a weapons depot", ["the Israeli military"], ["Hezbollah"],
      "Hezbollah fired rockets at northern Israel on Saturday.",
      '"Our forces struck a weapons depot," according to a statement released by the Israeli military about Hezbollah.')  # fmt: skip
quote(PAPER, "The ship was attacked without warning", [], ["the Houthis"],
      "The Houthis claimed the attack on the tanker late on Tuesday.",
      '"The ship was attacked without warning," according to a statement from the ship\'s owners about the Houthis.')  # fmt: skip
quote(PAPER, "We respect the court's decision", ["the White House"], ["Joe Biden"],
      "Joe Biden's pardon of his son drew criticism on Monday.",
      '"We respect the court\'s decision," according to a brief statement from the White House.')  # fmt: skip
quote(PAPER, "The minister resigned for personal reasons", ["the Spanish government"], ["Pedro Sanchez"],
      "Pedro Sanchez was in Brussels on Thursday.",
      '"The minister resigned for personal reasons," according to the statement from the Spanish government.')  # fmt: skip
quote(PAPER, "Talks will continue in Geneva", ["the United Nations", "Switzerland"], ["Iran"],
      "Iran sent a delegation to the talks this week.",
      '"Talks will continue in Geneva," according to a joint statement from the United Nations and Switzerland.')  # fmt: skip
quote(PAPER, "The operation is over", ["Hamas"], ["Israel"],
      "Israel pulled its tanks back from the camp on Wednesday.",
      '"The operation is over," according to a statement posted by Hamas on Telegram.')  # fmt: skip
quote(PAPER, "No Indian aircraft was lost", ["the Indian air force"], ["Pakistan"],
      "Pakistan said it had shot down five jets.",
      '"No Indian aircraft was lost," according to a statement issued by the Indian air force on Monday.')  # fmt: skip
quote(PAPER, "Our client will appeal", [], ["Donald Trump"],
      "A jury found Donald Trump liable on Tuesday.",
      '"Our client will appeal," according to a statement from attorneys for Donald Trump.')  # fmt: skip

quote(PAPER, "The ambassador has been summoned", ["the Polish foreign ministry"], ["Radoslaw Sikorski"],
      "Radoslaw Sikorski was in Brussels when the drones crossed the border.",
      '"The ambassador has been summoned," according to a statement from the Polish foreign ministry.')  # fmt: skip
quote(PAPER, "warm and productive", ["Downing Street"], ["Narendra Modi"],
      "Narendra Modi called the prime minister on Thursday evening.",
      'The talks were "warm and productive", according to a readout from Downing Street.')  # fmt: skip

quote(PAPER, "Moscow remains open to dialogue", ["the Kremlin"], ["Volodymyr Zelensky"],
      "Kyiv rejected the offer of talks within the hour.",
      '"Moscow remains open to dialogue," according to a statement from the Kremlin, which Volodymyr Zelensky dismissed.')  # fmt: skip
quote(PAPER, "We will respond at a time of our choosing", [], ["Benjamin Netanyahu"],
      "The strike hit a building in Doha on Tuesday.",
      '"We will respond at a time of our choosing," according to a statement from Hamas about Benjamin Netanyahu.')  # fmt: skip
quote(PAPER, "The talks failed before they began", [], ["Vladimir Putin"],
      "The Istanbul round lasted less than two hours.",
      '"The talks failed before they began," according to a statement from critics of Vladimir Putin.')  # fmt: skip
quote(PAPER, "no decision yet", ["the European Commission"], ["Ursula von der Leyen"],
      "Asked about the tariffs, Ursula von der Leyen did not reply.",
      'There was "no decision yet", according to a statement from the European Commission.')  # fmt: skip

# office-review: "His office ... statement" whose words are someone else's
quote(OFFICE, "The search found nothing of relevance.", [], ["Office of Andriy Yermak", "Andriy Yermak's office"],
      "Andriy Yermak, the head of the presidential office, resigned on Friday.",
      'Andriy Yermak was not at home on Friday morning. His office was searched, anti-corruption prosecutors said in a statement: "The search found nothing of relevance."')  # fmt: skip
quote(OFFICE, "We will take back the country.", [], ["Office of Jair Bolsonaro"],
      "Jair Bolsonaro was placed under house arrest in August.",
      'Jair Bolsonaro denied plotting a coup. His office denied that he had ever said in a statement: "We will take back the country."')  # fmt: skip
quote(OFFICE, "The minister knew nothing of the payments.", [], ["Office of Robert Fico", "Robert Fico's office"],
      "Robert Fico returned to work in July.",
      'Robert Fico would not take questions. His office declined to comment, but a statement from his party said: "The minister knew nothing of the payments."')  # fmt: skip
quote(OFFICE, "The president has the flu and is resting.", [], ["Office of Keir Starmer"],
      "Mr Starmer flew to Washington on Monday.",
      'Keir Starmer met the president for an hour. Her office said in a statement: "The president has the flu and is resting."')  # fmt: skip
quote(OFFICE, "My husband is innocent.", [], ["Office of Yoon Suk Yeol"],
      "Yoon Suk Yeol was arrested on Wednesday.",
      'Yoon Suk Yeol was taken to Seoul Detention Centre. His office released a statement from his wife: "My husband is innocent."')  # fmt: skip
quote(OFFICE, "The prime minister will address the nation tonight.", ["Office of Shehbaz Sharif", "Shehbaz Sharif's office"], ["Shehbaz Sharif", "Office of Asim Munir"],
      "Asim Munir, the army chief, was promoted to field marshal.",
      'Shehbaz Sharif chaired an emergency meeting. His office said in a statement: "The prime minister will address the nation tonight."')  # fmt: skip
quote(OFFICE, "The governor is safe.", ["Office of Josh Shapiro"], ["Office of Kathy Hochul", "Josh Shapiro"],
      "Kathy Hochul, New York's governor, called to offer help.",
      'Josh Shapiro and his family were asleep when the fire started. His office said early on Sunday: "The governor is safe."')  # fmt: skip
quote(OFFICE, "The Taoiseach will travel to Washington as planned.", ["Office of Micheal Martin"], ["Office of Mary Lou McDonald"],
      "Mary Lou McDonald, the Sinn Fein leader, urged him to stay at home.",
      'Micheal Martin held firm on Monday. His office confirmed in a statement: "The Taoiseach will travel to Washington as planned."')  # fmt: skip
quote(OFFICE, "The chancellor is recovering well.", ["Office of Rachel Reeves"], ["Office of Keir Starmer"],
      "Keir Starmer visited the hospital on Tuesday.",
      'Rachel Reeves missed the Budget rehearsal. Her office said in a short statement: "The chancellor is recovering well."')  # fmt: skip
quote(OFFICE, "The senator has nothing to hide.", ["Office of Bob Menendez"], ["Office of Cory Booker"],
      "Cory Booker called on his colleague to step down.",
      'Bob Menendez stayed in Washington. His office said in a statement: "The senator has nothing to hide."')  # fmt: skip
quote(OFFICE, "The meeting was productive.", ["Office of Volodymyr Zelensky"], ["Office of Keith Kellogg"],
      "Keith Kellogg, the U.S. envoy, arrived in Kyiv on Wednesday.",
      'Volodymyr Zelensky met the envoy for three hours. His office put it briefly in a statement: "The meeting was productive."')  # fmt: skip
quote(OFFICE, "The search was politically motivated.", [], ["Office of Donald Trump"],
      "Donald Trump was in New Jersey at the time.",
      'Donald Trump\'s lawyers were not told in advance. His office was raided, the FBI said in a statement: "The search was politically motivated."')  # fmt: skip

quote(OFFICE, "The governor will not seek a third term.", ["Office of Gretchen Whitmer"], ["Office of Mike Duggan"],
      "Mike Duggan, the Detroit mayor, is running as an independent.",
      'Gretchen Whitmer spent the day in Lansing. Her office said in an email: "The governor will not seek a third term."')  # fmt: skip
quote(OFFICE, "The prime minister has full confidence in the minister.", ["Office of Anthony Albanese", "Anthony Albanese's office"], ["Office of Peter Dutton"],
      "Peter Dutton demanded the minister's resignation on Tuesday.",
      'Anthony Albanese was in Perth. His office quickly added: "The prime minister has full confidence in the minister."')  # fmt: skip

quote(OFFICE, "We stand with Ukraine.", ["Office of Keir Starmer"], ["Office of Kemi Badenoch"],
      "Kemi Badenoch criticised the plan.",
      'Keir Starmer was in Kyiv. His office said in a statement on Monday: "We stand with Ukraine."')  # fmt: skip
quote(OFFICE, "The minister is innocent.", [], ["Office of Robert Fico"],
      "Robert Fico returned to work in July.",
      'Robert Fico was in Bratislava. His office was flooded with calls, and a lawyer said in a statement: "The minister is innocent."')  # fmt: skip


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
    print(f"{len(built.cases)} cases -> {OUT.name}")
