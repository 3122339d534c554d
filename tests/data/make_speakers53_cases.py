# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of check 53's quote speakers told by an epithet (``grounding_speakers53.jsonl``),
by category, each with what must pass and what must fail:

- ``office-tie``: the quote's speaker is an epithet or title ("the host told the room", "the
  Turkish minister described it as", "the mayor warned") that the page ties to one named
  person: by an office appositive before the name ("chaired by Turkey's foreign minister,
  Hakan Fidan,"), by "X was the host", by a capitalised office before the name ("Mayor Karen
  Bass"), with a country's adjective for its possessive; a dateline ("KYIV (Wire) -") and an
  opening adverb ("Afterwards, the ...") are no persons. The other person named nearby, one
  of the same office tied to another country, and the guest of the host stay refused;
- ``relayed-in-turn``: in a transcript's labelled turn, the one interviewed reports what a
  third party said ("OLEKSANDR: ... The mayor spoke of "..."", "Governor X wrote that "...""):
  the quote is that party's, never the turn's holder's nor the interviewer's; a bare quote of
  the holder's own, or "I told them "..."", stays the holder's;
- ``according-to-paper``: "according to a statement from the Kremlin", "according to a readout
  issued by the White House": the paper's issuer speaks; a person of that body, someone the
  paper is about, and an issuer named after another preposition stay refused;
- ``his-office``: "His office put it ... in a statement: "..."", "Her office said": the office
  of the one the pronoun points back to (the nearest earlier named subject, of that gender),
  written "Office of X" or "X's office"; the office of another person named before, or of a
  person of the other gender, stays refused;
- ``epithet-opener``: a sentence opens with an epithet as its subject ("The Serbian leader was
  in a sombre mood.") and the quote after it says "he said" or nothing: the person the
  epithet fits, never the speaker of the quote before it; an epithet that fits no one on the
  page gives no one.

Run ``python tests/data/make_speakers53_cases.py`` to rebuild it. Every article below was
written for this set from public facts in its own words; each verdict is what a careful
fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_speakers53.jsonl")

built = SupportCases(
    "s53",
    leads=[
        "LVIV (Carpathian Wire) -",
        "By Tomas Herrera | The Lakeside Courier",
        "From our Europe desk.",
        "WORLD BRIEFING | The Harbour Post",
        "Translated from the French service of Radio Sahel.",
    ],
)
TIE, OPENER, RELAYED = "office-tie", "epithet-opener", "relayed-in-turn"
PAPER, OFFICE = "according-to-paper", "his-office"


def quote(category: str, words: str, passes: list[str], fails: list[str], *paragraphs: str) -> None:
    built.quote(category, built.page(*paragraphs), words, passes, fails)


# office-tie: an epithet or title the page ties to one named person
quote(TIE, "a step worth taking", ["Hakan Fidan"], ["Rustem Umerov", "Ibrahim Kalin"],
      "The session in Istanbul was chaired by Turkey's foreign minister, Hakan Fidan, with spy chief Ibrahim Kalin seated beside him. Ukraine's delegation was led by Rustem Umerov.",
      '"We leave with an exchange agreed," Umerov told journalists outside.',
      'Afterwards, the Turkish minister called the meeting "a step worth taking".')  # fmt: skip
quote(TIE, "We have a great deal in common", ["Donald Trump"], ["Javier Milei"],
      "The dinner took place at Mar-a-Lago, where Donald Trump was the host and Argentina's president, Javier Milei, the guest of honour.",
      '"We have a great deal in common," the host told the room before the meal.')  # fmt: skip
quote(TIE, "Africa must pay for its own climate plans", ["William Ruto"], ["Abiy Ahmed"],
      "Nairobi held the summit this week. Kenyan President William Ruto was the host, and Ethiopia's prime minister, Abiy Ahmed, flew in for the second day.",
      '"Financing has failed us," Abiy said on arrival.',
      'In his closing remarks, the host argued that "Africa must pay for its own climate plans".')  # fmt: skip
quote(TIE, "a first real chance", ["Badr Abdelatty"], ["Sameh Shoukry", "Ayman Safadi"],
      "The conference opened with a speech by Egypt's foreign minister, Badr Abdelatty, whose predecessor Sameh Shoukry sat in the front row, and closed with one by Jordan's foreign minister, Ayman Safadi.",
      "The Egyptian minister described the plan as \"a first real chance\" for Gaza's rebuilding.")  # fmt: skip
quote(TIE, "Stay in the shelters until the all-clear", ["Vitali Klitschko"], ["Volodymyr Zelensky"],
      "Two people were killed in an overnight strike on Kyiv, Mayor Vitali Klitschko said on Sunday.",
      "President Volodymyr Zelensky again asked allies for air defence systems.",
      '"Stay in the shelters until the all-clear," the mayor warned in the early hours.')  # fmt: skip
quote(TIE, "a shameful veto", ["Radoslaw Sikorski"], ["Peter Szijjarto"],
      "The meeting in Brussels heard from Poland's foreign minister, Radoslaw Sikorski, and from Hungary's foreign minister, Peter Szijjarto, who blocked the text.",
      'Later, the Polish minister called the outcome "a shameful veto".')  # fmt: skip
quote(TIE, "a shameful veto", [], ["Peter Szijjarto"],
      "The meeting in Brussels heard from Poland's foreign minister, Radoslaw Sikorski, and from Hungary's foreign minister, Peter Szijjarto, who blocked the text.",
      '"We will not sign what hurts Hungary," Szijjarto said.',
      'Later, the Polish minister called the outcome "a shameful veto".')  # fmt: skip
quote(TIE, "Europe has to be ready to act alone", ["Emmanuel Macron"], ["Keir Starmer", "Friedrich Merz"],
      "Emmanuel Macron was the host at the Elysee on Monday; Keir Starmer and Friedrich Merz were among the guests.",
      '"We came to listen," Merz said as he arrived.',
      '"Europe has to be ready to act alone," the host told his guests over lunch.')  # fmt: skip
quote(TIE, "a matter of public order", ["Bruno Retailleau"], ["Alexander Dobrindt"],
      "The plan was set out by France's interior minister, Bruno Retailleau, a day after Germany's interior minister, Alexander Dobrindt, presented his own.",
      '"Our border checks stay," Dobrindt said in Berlin.',
      'The French minister called the new rules "a matter of public order".')  # fmt: skip
quote(TIE, "We will rebuild every block", ["Karen Bass"], ["Gavin Newsom"],
      "Mayor Karen Bass and Governor Gavin Newsom walked the burned streets of Altadena on Friday.",
      '"The state will pay for the clean-up," Newsom said.',
      '"We will rebuild every block," the mayor told residents.')  # fmt: skip
quote(TIE, "We will not be rushed", ["Margarita Robles"], ["Pete Hegseth"],
      "Spending was the theme of the day. Spain's defence minister, Margarita Robles, met Pete Hegseth, the U.S. defence secretary, on the sidelines.",
      '"Five per cent is the floor," Hegseth said.',
      'The Spanish minister replied: "We will not be rushed."')  # fmt: skip
quote(TIE, "Russia must pay for this war", ["Lindsey Graham"], ["Richard Blumenthal"],
      "Republican Senator Lindsey Graham of South Carolina and Democrat Richard Blumenthal of Connecticut put their names to the bill on Tuesday.",
      '"Russia must pay for this war," the South Carolina Republican posted on X.')  # fmt: skip

# epithet-opener: a sentence opening with an epithet is what "he said" points back to
quote(OPENER, "going nowhere fast", ["Aleksandar Vucic"], ["Albin Kurti"],
      "Serbian President Aleksandar Vucic and Kosovo's prime minister, Albin Kurti, met the EU envoy in Brussels on Thursday.",
      '"We came in good faith," Kurti said after the meeting.',
      'The Serbian leader was in a sombre mood. The talks, he said, were "going nowhere fast".')  # fmt: skip
quote(OPENER, "need time to ripen", ["Shigeru Ishiba"], ["Lee Jae-myung"],
      "Japanese Prime Minister Shigeru Ishiba received South Korean President Lee Jae-myung in Tokyo on Saturday.",
      '"Our ties are deeper than they have ever been," Lee said at the joint appearance.',
      'The Japanese leader was more careful. Any deal on history, he said, would "need time to ripen".')  # fmt: skip
quote(OPENER, "slept for too long", ["Friedrich Merz"], ["Emmanuel Macron"],
      "German Chancellor Friedrich Merz and French President Emmanuel Macron spoke in Toulon.",
      '"We stand together," Macron said.',
      'The German chancellor was blunter. Europe, he said, had "slept for too long".')  # fmt: skip
quote(OPENER, "The Amazon is not for sale", ["Luiz Inacio Lula da Silva"], ["Gustavo Petro"],
      "Brazilian President Luiz Inacio Lula da Silva welcomed Colombian President Gustavo Petro to Belem.",
      '"We need money, not speeches," Petro said.',
      'The Brazilian president sounded defiant. "The Amazon is not for sale," he told the crowd.')  # fmt: skip
quote(OPENER, "a good day for the Caucasus", ["Ilham Aliyev"], ["Donald Trump", "Nikol Pashinyan"],
      "Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan signed the text in Washington, with Donald Trump looking on.",
      '"This took a long time," Trump said.',
      'The Azerbaijani leader was full of praise. It was, he said, "a good day for the Caucasus".')  # fmt: skip
quote(OPENER, "a bridge, not a wall", ["Keir Starmer"], ["Mark Carney"],
      "British Prime Minister Keir Starmer hosted Canadian Prime Minister Mark Carney at Chequers.",
      '"Trade is the answer," Carney said on Sunday.',
      'The British premier was upbeat about the deal. "It is a bridge, not a wall," he said.')  # fmt: skip
quote(OPENER, "growth for all of us", ["William Ruto"], ["Samia Suluhu Hassan"],
      "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan at the border post.",
      '"The road is finally open," Hassan said.',
      'The Kenyan leader seemed pleased. The new crossing meant "growth for all of us", he said.')  # fmt: skip
quote(OPENER, "We will not be bullied", ["Anthony Albanese"], ["Christopher Luxon"],
      "Australian Prime Minister Anthony Albanese and New Zealand Prime Minister Christopher Luxon met in Queenstown.",
      '"Our region needs calm," Luxon said.',
      'The Australian leader was firm. "We will not be bullied," he said of the tariffs.')  # fmt: skip
quote(OPENER, "no turning back", ["Claudia Sheinbaum"], ["Mark Carney"],
      "Mexican President Claudia Sheinbaum took a call from Canadian Prime Minister Mark Carney on Monday.",
      '"We talked trade," Carney said afterwards.',
      'The Mexican president was resolute. There was, she said, "no turning back".')  # fmt: skip
quote(OPENER, "We only want fair rules", [], ["Ursula von der Leyen"],
      "European Commission President Ursula von der Leyen opened the trade talks in Brussels.",
      '"Our door is open," von der Leyen said.',
      'The Chilean leader was more guarded. "We only want fair rules," he said.')  # fmt: skip
quote(OPENER, "Nigeria stood by us when it counted", ["Cyril Ramaphosa"], ["Bola Tinubu"],
      "South African President Cyril Ramaphosa and Nigerian President Bola Tinubu met in Abuja.",
      '"Our trade must double," Tinubu said.',
      'The South African president was emotional. "Nigeria stood by us when it counted," he said.')  # fmt: skip


# relayed-in-turn: a third party's words reported inside an interview turn
def turn_page(*lines: str) -> str:
    return built.page(*lines, lead="Transcript, lightly edited for length.")


def turn_quote(words: str, passes: list[str], fails: list[str], *lines: str) -> None:
    built.quote(RELAYED, turn_page(*lines), words, passes, fails)


turn_quote("a direct hit on the substation", ["Oleh Syniehubov"], ["Iryna", "Kharkiv Radio"],
           "KHARKIV RADIO: What did you see that night?",
           "IRYNA: The windows went first. Then the lights.",
           "KHARKIV RADIO: Did the authorities explain it?",
           'IRYNA: Governor Oleh Syniehubov spoke of "a direct hit on the substation". We had no power for two days.')  # fmt: skip
turn_quote("The shelters must be open around the clock", ["Vitali Klitschko"], ["Mykola"],
           "HOST: You live near the clinic. What happened?",
           "MYKOLA: People ran to the door and nobody opened it.",
           "HOST: What has City Hall said?",
           'MYKOLA: Klitschko wrote that "The shelters must be open around the clock." Too late for us.')  # fmt: skip
turn_quote("We are not leaving", ["Amal"], ["Gaza Voices"],
           "GAZA VOICES: Where are you now?",
           "AMAL: In a tent near Khan Younis, with my three children.",
           "GAZA VOICES: Will you move again?",
           'AMAL: "We are not leaving." That is what I tell everyone.')  # fmt: skip
turn_quote("There is no money for the repairs", ["Andriy Sadovyi"], ["Olena", "Lviv Today"],
           "LVIV TODAY: Your school was damaged in March.",
           "OLENA: Yes, the roof and the gym.",
           "LVIV TODAY: Will it be fixed before autumn?",
           'OLENA: Mayor Andriy Sadovyi told parents "There is no money for the repairs" until the state pays.')  # fmt: skip
turn_quote("a shameful attack on civilians", ["Volodymyr Zelensky"], ["Petro"],
           "RADIO BUG: You were on the train when it was hit?",
           "PETRO: In the third carriage. I was lucky.",
           "RADIO BUG: Did you hear from Kyiv?",
           'PETRO: Zelensky talked about "a shameful attack on civilians" the same evening.')  # fmt: skip
turn_quote("We did everything by the book", ["Dmytro Ratnikov"], ["Oksana"],
           "INTERVIEWER: Who was responsible for the shelter?",
           "OKSANA: The district head. He has been suspended.",
           "INTERVIEWER: Did he defend himself?",
           'OKSANA: Dmytro Ratnikov claimed "We did everything by the book" on local television.')  # fmt: skip
turn_quote("I told them to wait for the bus", ["Serhiy"], ["Odesa FM"],
           "ODESA FM: How did you get the children out?",
           'SERHIY: "I told them to wait for the bus," and they waited, all forty of them.',
           "ODESA FM: And then?",
           "SERHIY: Then we drove west.")  # fmt: skip
turn_quote("a clear breach of the truce", ["the Qatari foreign ministry"], ["Rana"],
           "DESK: What did the mediators say?",
           "RANA: Not much at first.",
           "DESK: And later?",
           'RANA: The Qatari foreign ministry spoke of "a clear breach of the truce" by the evening.')  # fmt: skip
turn_quote("Nobody is coming to help us", ["Halyna"], ["Dnipro Radio"],
           "DNIPRO RADIO: What did you think when the sirens started?",
           'HALYNA: "Nobody is coming to help us." I really believed that.',
           "DNIPRO RADIO: And your neighbours?",
           "HALYNA: They stayed in the corridor with me.")  # fmt: skip
turn_quote("The water will be back by Friday", ["Ihor Terekhov"], ["Natalia", "Radio Slobozhanshchyna"],
           "RADIO SLOBOZHANSHCHYNA: How long were you without water?",
           "NATALIA: Six days in our block.",
           "RADIO SLOBOZHANSHCHYNA: Was anyone giving dates?",
           'NATALIA: Mayor Ihor Terekhov said "The water will be back by Friday." It came back on Sunday.')  # fmt: skip

# according-to-paper: "according to a statement from X" gives the words to X
quote(PAPER, "Moscow remains open to dialogue", ["the Kremlin"], ["Vladimir Putin", "Volodymyr Zelensky"],
      "Kyiv said on Sunday it was ready for talks in Istanbul, and Volodymyr Zelensky said he would travel there himself.",
      '"Moscow remains open to dialogue," according to a statement from the Kremlin released on Monday.')  # fmt: skip
quote(PAPER, "keep working toward a durable peace", ["the White House"], ["Benjamin Netanyahu"],
      "Benjamin Netanyahu spoke with the U.S. president by phone late on Tuesday.",
      'Both sides would "keep working toward a durable peace", according to a readout issued by the White House.')  # fmt: skip
quote(PAPER, "unacceptable escalation", ["the Chinese foreign ministry"], ["Ferdinand Marcos Jr."],
      "Philippine President Ferdinand Marcos Jr. protested after a coast guard vessel was hit by water cannon.",
      'The Philippine account amounted to "unacceptable escalation" by Manila, according to a statement from the Chinese foreign ministry.')  # fmt: skip
quote(PAPER, "The Council stands ready to act", ["the European Council"], ["Viktor Orban", "Antonio Costa"],
      "Hungary's prime minister, Viktor Orban, again held up the package on Thursday; Antonio Costa chaired the summit.",
      '"The Council stands ready to act," according to a communique of the European Council after the meeting.')  # fmt: skip
quote(PAPER, "a grave violation of the truce", ["Hamas"], ["Israel"],
      "Israel said its strikes on Rafah hit militants who had fired on troops.",
      'The strikes were "a grave violation of the truce", according to a statement by Hamas on Telegram.')  # fmt: skip
quote(PAPER, "We will answer in kind", ["the Iranian army"], ["Israel", "Ali Khamenei"],
      "Israel struck air defence sites near Isfahan overnight; Ali Khamenei made no comment.",
      '"We will answer in kind," according to a statement from the Iranian army about the strikes.')  # fmt: skip
quote(PAPER, "fully committed to the ceasefire", ["the Pakistani army"], ["Narendra Modi", "India"],
      "India and Pakistan agreed to stop firing on Saturday afternoon, Narendra Modi's government said.",
      'Islamabad was "fully committed to the ceasefire", according to a statement released by the Pakistani army on Sunday.')  # fmt: skip
quote(PAPER, "no survivors were found", ["the Nepalese police"], ["Kathmandu Airport"],
      "The plane crashed on take-off from Kathmandu Airport on Wednesday morning.",
      'By the evening "no survivors were found", according to a statement from the Nepalese police.')  # fmt: skip
quote(PAPER, "The new rates apply from midnight", ["the Canadian finance department"], ["Donald Trump"],
      "Donald Trump threatened more tariffs on Canadian steel on Friday.",
      '"The new rates apply from midnight," according to a news release from the Canadian finance department.')  # fmt: skip
quote(PAPER, "constructive", ["the Turkish presidency"], ["Recep Tayyip Erdogan", "Vladimir Putin"],
      "Recep Tayyip Erdogan spoke to Vladimir Putin by phone on Saturday.",
      'The talks were "constructive", according to a readout from the Turkish presidency.')  # fmt: skip

# his-office: "His office said in a statement" is the office of the one "his" points to
quote(OFFICE, "The government is committed to bringing every hostage home.", ["Office of Benjamin Netanyahu"], ["Office of Yahya Sinwar"],
      "Yahya Sinwar, the Hamas leader, sent his reply through Qatar.",
      '"We are at war, and we will win it," Prime Minister Benjamin Netanyahu said before the vote. His office put it more gently in a statement: "The government is committed to bringing every hostage home."')  # fmt: skip
quote(OFFICE, "The Prime Minister remains confident in the talks.", ["Keir Starmer's office"], ["Kemi Badenoch's office"],
      "Kemi Badenoch, the Conservative leader, called the deal a surrender.",
      'Keir Starmer spent the morning in Brussels. His office said in a statement: "The Prime Minister remains confident in the talks."')  # fmt: skip
quote(OFFICE, "The president will not resign.", ["Office of Yoon Suk Yeol"], ["Office of Lee Jae-myung"],
      "Opposition leader Lee Jae-myung demanded a vote the same night.",
      'Yoon Suk Yeol stayed out of sight on Wednesday. His office issued one line in a statement: "The president will not resign."')  # fmt: skip
quote(OFFICE, "The chancellor has full confidence in her cabinet.", ["Office of Ursula Schmidt"], ["Office of Jonas Weber"],
      "Jonas Weber, the opposition leader, said the coalition was finished.",
      'Chancellor Ursula Schmidt declined to comment at the summit. Her office said: "The chancellor has full confidence in her cabinet."')  # fmt: skip
quote(OFFICE, "The trip goes ahead as planned.", ["Office of Claudia Sheinbaum"], ["Office of Donald Trump"],
      "Donald Trump threatened new tariffs on Mexican steel on Monday.",
      'Claudia Sheinbaum said she would still travel to Washington. Her office added in a statement: "The trip goes ahead as planned."')  # fmt: skip
quote(OFFICE, "No decision has been taken on the date.", ["Emmanuel Macron's office"], ["Marine Le Pen's office"],
      "Marine Le Pen demanded an early election.",
      'Emmanuel Macron met his ministers on Tuesday night. His office said in a short release: "No decision has been taken on the date."')  # fmt: skip
quote(OFFICE, "The Prime Minister will attend the summit in person.", ["Office of Narendra Modi"], ["Office of Shehbaz Sharif"],
      "Shehbaz Sharif, Pakistan's prime minister, said he would send his foreign minister.",
      'Narendra Modi confirmed his plans on Friday. His office put it plainly in a statement: "The Prime Minister will attend the summit in person."')  # fmt: skip
quote(OFFICE, "Talks will resume next week.", ["Office of Giorgia Meloni"], ["Office of Antonio Tajani"],
      "Antonio Tajani, the foreign minister, flew to Cairo on Thursday.",
      'Giorgia Meloni spoke to the Egyptian president by phone. Her office said in a statement: "Talks will resume next week."')  # fmt: skip
quote(OFFICE, "The mayor will meet the families on Monday.", ["Office of Karen Bass"], ["Office of Gavin Newsom"],
      "Gavin Newsom, the governor, ordered an inquiry into the water supply.",
      'Mayor Karen Bass returned from Ghana on Saturday. Her office said: "The mayor will meet the families on Monday."')  # fmt: skip
quote(OFFICE, "The president has seen the proposal.", ["Office of Volodymyr Zelensky"], ["Office of Ursula von der Leyen"],
      "Ursula von der Leyen, the Commission president, arrived in Kyiv by train.",
      'Volodymyr Zelensky did not speak to reporters. His office said in a statement: "The president has seen the proposal."')  # fmt: skip


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
    print(f"{len(built.cases)} cases -> {OUT.name}")
