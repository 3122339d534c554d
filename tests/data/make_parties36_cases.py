# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the parties36 set (``grounding_parties36.jsonl``): a held meeting's party whom the page
puts away from it (session 36: wrong parties the summit readers accepted, roles35's and
rvpr35's ``GAPS``), by category, each with what must pass and what must fail:

- ``channel``: the other end of a call, letter or text while the evidence tells of a meeting
  without them ("held talks with X, a day after a telephone call with Y", "had written a
  letter to Y"), or the sender of a one-way message ("sent a congratulatory message", "wrote
  to them", "In a video message to the summit, Y urged") fail; one present who also phoned
  or wrote, a call or video call that is itself the meeting, one taking part by video link
  (the gold's convention, check 55) pass;
- ``afar``: one following the meeting from elsewhere or by a screen ("followed the talks
  online", "on a big screen in Warsaw", "tuning in from Nairobi", "was kept informed") or
  whom the page keeps away ("did not make the trip", "stayed behind in Rome", "was nowhere
  near", "was not in the room") fail; one watching from the front row, one who flew in from
  elsewhere, one whose stated absence a later arrival undoes, pass;
- ``cause``: the source of an appeal, pressure, a plan or encouragement, or one thanked,
  beside a meeting of others ("At the urging of X, the presidents met", "after months of
  lobbying by", "Under a peace plan put forward by", "was thanked by both sides as their
  envoys met") fail; one thanked for hosting or for the talks, an urger who then sat down
  with the other, one the evidence also names at the meeting, pass;
- ``not-held`` (the fact's status is "held"): the other side of a meeting the page says was
  scrapped, postponed, ruled out, refused or only wished or urged ("A planned meeting with X
  was scrapped", "hoped to see X, but the summit never happened", "called on Y to hold talks
  with X") fail; the one met after an earlier meeting was called off, talks held after two
  postponements, a meeting due and then held, pass.

Run ``python tests/data/make_parties36_cases.py`` to rebuild it. Every sentence was written
for this set (fictional outlets and people, or public figures and places in invented
sentences); each verdict was decided when the case was written, never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_parties36.jsonl")

LEADS = [
    "LUSAKA, Oct 2 (Zambezi Wire) -",
    "The Harrowgate Observer | Foreign\n\n",
    "Live: Saltmarsh Radio | 09:15 GMT\n\n",
    "FOREIGN DESK - The Kestrel Times\n\n",
    "WASHINGTON (Capitol Courier) --",
    "From our correspondent in Geneva, The Alder Review.",
]

built = SupportCases("pa36", LEADS, "World news", "More to follow.", lead_end=" ")

CHANNEL, AFAR, CAUSE, NOT_HELD = "channel", "afar", "cause", "not-held"


def meeting(category: str, expect: bool, who: str, why: str, *sentences: str) -> None:
    """A held summit whose one party is ``who``, backed by ``sentences`` (all on the page)."""
    built.meeting_party(category, expect, [who], 0, sentences, f"party {who}: {why}")


# fmt: off
# --- channel ---------------------------------------------------------------------------------
LINE = "one present who also called or wrote, a call that is itself the meeting, or one on a video link, is a party"
meeting(CHANNEL, True, "Joe Biden", LINE, "Joe Biden, who had telephoned Xi Jinping the week before, met Li Qiang in Jakarta.")
meeting(CHANNEL, True, "Mark Carney", LINE, "Keir Starmer spoke by phone with Mark Carney on Sunday evening.")
meeting(CHANNEL, True, "Volodymyr Zelensky", LINE, "Volodymyr Zelensky took part in the summit by video link from Kyiv.")
meeting(CHANNEL, True, "Joe Biden", LINE, "Olaf Scholz met Joe Biden at the White House after a call with Emmanuel Macron the night before.")
meeting(CHANNEL, True, "Giorgia Meloni", LINE, "Giorgia Meloni held talks with Kais Saied in Tunis and sent a message of support to the flood victims.")
meeting(CHANNEL, True, "Lula", LINE, "Lula received a call from Joe Biden and then hosted the Mercosur leaders in Brasilia.")
meeting(CHANNEL, True, "Antonio Guterres", LINE, "Antonio Guterres joined the summit in Addis Ababa by video link from New York.")
meeting(CHANNEL, True, "Xi Jinping", LINE, "Xi Jinping and Vladimir Putin spoke by video call on Friday, the Kremlin said.")
meeting(CHANNEL, True, "Emmanuel Macron", LINE, "Emmanuel Macron, who sent a letter to Lula last month, arrived in Belem for the summit on Thursday.")
meeting(CHANNEL, True, "Vladimir Putin", LINE, "Recep Tayyip Erdogan met Vladimir Putin in Sochi after a series of calls between them.")
meeting(CHANNEL, True, "Narendra Modi", LINE, "Narendra Modi rang Shehbaz Sharif on Tuesday; the two prime ministers talked for forty minutes.")
AWAY_LINE = "the other end of a call or letter beside a meeting of others, or the sender of a one-way message, is no party"
meeting(CHANNEL, False, "Olaf Scholz", AWAY_LINE, "Pedro Sanchez held talks with Emmanuel Macron in Madrid, a day after a telephone call with Olaf Scholz.")
meeting(CHANNEL, False, "Joe Biden", AWAY_LINE, "Fumio Kishida sat down with Yoon Suk Yeol in Seoul; earlier in the day he had taken a call from Joe Biden.")
meeting(CHANNEL, False, "Donald Trump", AWAY_LINE, "Mark Carney met Claudia Sheinbaum in Mexico City after he phoned Donald Trump.")
meeting(CHANNEL, False, "Xi Jinping", AWAY_LINE, "Narendra Modi met Vladimir Putin in Moscow.", "Modi had written a letter to Xi Jinping before the visit.")
meeting(CHANNEL, False, "Emmanuel Macron", AWAY_LINE, "Emmanuel Macron sent a congratulatory message as the African leaders gathered in Addis Ababa.")
meeting(CHANNEL, False, "Abdullah II", AWAY_LINE, "The Gulf leaders gathered in Riyadh; King Abdullah II wrote to them to wish the summit well.")
meeting(CHANNEL, False, "Antonio Guterres", AWAY_LINE, "The island leaders met in Suva.", "In a video message to the summit, Antonio Guterres urged them to press for climate finance.")
meeting(CHANNEL, False, "Emmanuel Macron", AWAY_LINE, "Cyril Ramaphosa received a phone call from Emmanuel Macron shortly before he sat down with the BRICS leaders in Kazan.")
meeting(CHANNEL, False, "Benjamin Netanyahu", AWAY_LINE, "Hours before meeting Keir Starmer at Chequers, Donald Trump held a phone conversation with Benjamin Netanyahu.")
meeting(CHANNEL, False, "Mette Frederiksen", AWAY_LINE, "The Nordic ministers met in Helsinki on Monday.", "Mette Frederiksen sent a written message praising their work.")
meeting(CHANNEL, False, "Javier Milei", AWAY_LINE, "Lula held talks with Gabriel Boric in Santiago, and later texted Javier Milei about the trade deal.")

# --- afar ------------------------------------------------------------------------------------
THERE = "one watching in the room, one who flew in from elsewhere, or an absence undone by an arrival, is a party"
meeting(AFAR, True, "Anwar Ibrahim", THERE, "Anwar Ibrahim watched from the stage in Kuala Lumpur as the ASEAN summit closed.")
meeting(AFAR, True, "Narendra Modi", THERE, "Narendra Modi looked on as the leaders signed the New Delhi declaration at the summit.")
meeting(AFAR, True, "Xi Jinping", THERE, "Xi Jinping followed the Russian president into the hall in Kazan and took his seat.")
meeting(AFAR, True, "Friedrich Merz", THERE, "Friedrich Merz, who flew in from Berlin that morning, watched the signing at the summit in The Hague.")
meeting(AFAR, True, "Claudia Sheinbaum", THERE, "Claudia Sheinbaum followed the proceedings closely from her seat beside Mark Carney in Kananaskis.")
meeting(AFAR, True, "Emmanuel Macron", THERE, "Emmanuel Macron took part in the Paris session by video link from the Elysee.")
meeting(AFAR, True, "Recep Tayyip Erdogan", THERE, "Recep Tayyip Erdogan, who had said he would not attend, arrived in Istanbul on Friday to join the talks.")
meeting(AFAR, True, "Donald Tusk", THERE, "Donald Tusk, back from Washington, met Friedrich Merz in Berlin.")
meeting(AFAR, True, "Lula", THERE, "Lula watched the signing ceremony in Belem, where he had hosted the summit.")
meeting(AFAR, True, "Javier Milei", THERE, "Javier Milei followed Lula to the podium in Montevideo.")
AWAY = "one following the meeting from elsewhere or by a screen, or whom the page keeps away, is no party"
meeting(AFAR, False, "Ulf Kristersson", AWAY, "The Nordic prime ministers met in Reykjavik.", "Ulf Kristersson, stuck in Stockholm by a strike, followed the talks online.")
meeting(AFAR, False, "Donald Tusk", AWAY, "Donald Tusk watched the Vilnius summit's closing session on a big screen in Warsaw.")
meeting(AFAR, False, "William Ruto", AWAY, "As the African Union summit opened in Addis Ababa, William Ruto was tuning in from Nairobi.")
meeting(AFAR, False, "Bola Tinubu", AWAY, "Bola Tinubu did not make the trip to Accra for the ECOWAS meeting, aides said.")
meeting(AFAR, False, "Giorgia Meloni", AWAY, "Giorgia Meloni stayed behind in Rome while the other leaders gathered in Brussels.")
meeting(AFAR, False, "Pedro Sanchez", AWAY, "Pedro Sanchez was nowhere near the Brussels talks, having remained in Madrid.")
meeting(AFAR, False, "Shigeru Ishiba", AWAY, "Shigeru Ishiba kept track of the Busan meeting from his residence in Tokyo.")
meeting(AFAR, False, "Mohammed bin Salman", AWAY, "Mohammed bin Salman was not in the room when the two delegations met in Jeddah.")
meeting(AFAR, False, "Joe Biden", AWAY, "Joe Biden saw the Hiroshima summit's closing moments on television at the White House.")
meeting(AFAR, False, "Lula", AWAY, "Lula, recovering from surgery in Sao Paulo, was kept informed of the Kazan talks by his foreign minister.")
meeting(AFAR, False, "Cyril Ramaphosa", AWAY, "Cyril Ramaphosa listened to the debate from Pretoria on a radio link.")
meeting(AFAR, False, "Mishal Al-Ahmad Al-Jaber Al-Sabah", AWAY, "The emir of Kuwait, Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah, did not join the leaders in Manama.")

# --- cause -----------------------------------------------------------------------------------
THANKED_THERE = "one thanked for hosting or for the talks, an urger who sat down, or one also named at the meeting, is a party"
meeting(CAUSE, True, "Emmanuel Macron", THANKED_THERE, "Donald Trump thanked Emmanuel Macron for hosting him as the two met at the Elysee.")
meeting(CAUSE, True, "Emmanuel Macron", THANKED_THERE, "Emmanuel Macron, who had pressed for the meeting for months, sat down with Xi Jinping in Paris.")
meeting(CAUSE, True, "Pope Leo", THANKED_THERE, "Following appeals from Pope Leo, Volodymyr Zelensky met Pope Leo at Castel Gandolfo.")
meeting(CAUSE, True, "Xi Jinping", THANKED_THERE, "Anthony Albanese thanked Xi Jinping for the talks after they met in Beijing.")
meeting(CAUSE, True, "Cyril Ramaphosa", THANKED_THERE, "At the invitation of Cyril Ramaphosa, the leaders met in Johannesburg, where he chaired the talks.")
meeting(CAUSE, True, "Lula", THANKED_THERE, "Lula, whose appeals had brought the two men together, hosted them in Brasilia.")
meeting(CAUSE, True, "Steve Witkoff", THANKED_THERE, "Under the plan drafted by Steve Witkoff, the envoys met in Miami, and Witkoff led the American side.")
meeting(CAUSE, True, "Pope Leo", THANKED_THERE, "Pope Leo received the two presidents at the Vatican after his appeals for dialogue.")
meeting(CAUSE, True, "Qatar", THANKED_THERE, "Qatar, whose mediation made the meeting possible, hosted the two delegations in Doha.")
meeting(CAUSE, True, "Vladimir Putin", THANKED_THERE, "Xi Jinping praised Vladimir Putin as the two leaders met in the Kremlin.")
meeting(CAUSE, True, "Raila Odinga", THANKED_THERE, "Under pressure from his party, William Ruto met Raila Odinga at State House.")
meeting(CAUSE, True, "Donald Trump", THANKED_THERE, "Volodymyr Zelensky thanked Donald Trump as they met in the Oval Office.")
CAUSED = "the source of an appeal, pressure, a plan or encouragement, or one thanked, beside a meeting of others, is no party"
meeting(CAUSE, False, "Pope Leo", CAUSED, "At the urging of Pope Leo, the Congolese and Rwandan presidents met in Luanda.")
meeting(CAUSE, False, "Norway", CAUSED, "After months of lobbying by Norway, the government and the rebels sat down in Havana.")
meeting(CAUSE, False, "Antonio Guterres", CAUSED, "In response to an appeal by Antonio Guterres, the two presidents met in Geneva.")
meeting(CAUSE, False, "Egypt", CAUSED, "Under a peace plan put forward by Egypt, Israeli and Hamas negotiators met in Doha.")
meeting(CAUSE, False, "Tamim bin Hamad Al Thani", CAUSED, "Thanks to the efforts of Qatar's emir, Sheikh Tamim bin Hamad Al Thani, the two delegations met in Washington.")
meeting(CAUSE, False, "Lula", CAUSED, "Following a plea from Lula, Nicolas Maduro and Ivan Duque met in Cucuta.")
meeting(CAUSE, False, "Kuwait", CAUSED, "Kuwait was thanked by both sides after their envoys met in Geneva.")
meeting(CAUSE, False, "Xi Jinping", CAUSED, "Under pressure from Xi Jinping, envoys of the two Koreas met at Panmunjom.")
meeting(CAUSE, False, "Joe Biden", CAUSED, "With encouragement from Joe Biden, the Israeli and Saudi ministers met in Riyadh.")
meeting(CAUSE, False, "Ursula von der Leyen", CAUSED, "The ministers thanked Ursula von der Leyen for her support when they met in Tirana.")
meeting(CAUSE, False, "Olusegun Obasanjo", CAUSED, "Ethiopian and Tigrayan commanders met in Nairobi under a roadmap drawn up by Olusegun Obasanjo.")

# --- not-held --------------------------------------------------------------------------------
MET_ONE = "the one met after an earlier meeting was called off, or at talks held after postponements, is a party"
meeting(NOT_HELD, True, "Xi Jinping", MET_ONE, "Joe Biden met Xi Jinping in Woodside after a cancelled meeting the year before.")
meeting(NOT_HELD, True, "Lula", MET_ONE, "Emmanuel Macron, whose earlier visit was postponed, finally met Lula in Belem.")
meeting(NOT_HELD, True, "Vladimir Putin", MET_ONE, "Narendra Modi held talks with Vladimir Putin in Moscow, a meeting that had been postponed twice.")
meeting(NOT_HELD, True, "Xi Jinping", MET_ONE, "Anthony Albanese sat down with Xi Jinping on Monday after a planned meeting in November was scrapped.")
meeting(NOT_HELD, True, "Mark Carney", MET_ONE, "Keir Starmer welcomed Mark Carney to Downing Street, where the two held talks that had twice been postponed.")
meeting(NOT_HELD, True, "Gustavo Petro", MET_ONE, "Lula met Gustavo Petro, and the two agreed to meet again in Bogota.")
meeting(NOT_HELD, True, "Volodymyr Zelensky", MET_ONE, "Donald Trump hosted Volodymyr Zelensky at the White House, days after a call with Putin was cancelled.")
meeting(NOT_HELD, True, "Lee Jae-myung", MET_ONE, "Shigeru Ishiba was due to meet Lee Jae-myung in Tokyo and did so on Saturday.")
meeting(NOT_HELD, True, "Kim Jong Un", MET_ONE, "Vladimir Putin met Kim Jong Un at the Vostochny cosmodrome after Kim declined to fly.")
meeting(NOT_HELD, True, "Lula", MET_ONE, "Javier Milei sat down with Lula in Buenos Aires, ending a standoff in which he had refused to meet the Brazilian.")
meeting(NOT_HELD, True, "Recep Tayyip Erdogan", MET_ONE, "Kyriakos Mitsotakis held talks with Recep Tayyip Erdogan in Athens after their 2023 meeting was postponed.")
UNHELD = "the other side of a meeting the page says was scrapped, refused, ruled out, or only wished or urged, is no party"
meeting(NOT_HELD, False, "Kim Jong Un", UNHELD, "A planned meeting with Kim Jong Un was scrapped at the last minute.")
meeting(NOT_HELD, False, "Vladimir Putin", UNHELD, "Donald Trump hoped to see Vladimir Putin in Budapest, but the summit never happened.")
meeting(NOT_HELD, False, "Xi Jinping", UNHELD, "Emmanuel Macron's talks with Xi Jinping, set for Tuesday, were postponed indefinitely.")
meeting(NOT_HELD, False, "Narendra Modi", UNHELD, "Shehbaz Sharif has asked to meet Narendra Modi, but New Delhi turned the request down.")
meeting(NOT_HELD, False, "Volodymyr Zelensky", UNHELD, "Olaf Scholz called on Vladimir Putin to hold talks with Volodymyr Zelensky.")
meeting(NOT_HELD, False, "Volodymyr Zelensky", UNHELD, "The Kremlin ruled out a meeting with Volodymyr Zelensky this year.")
meeting(NOT_HELD, False, "Kim Jong Un", UNHELD, "Lee Jae-myung wants to sit down with Kim Jong Un, his aides say.")
meeting(NOT_HELD, False, "Donald Trump", UNHELD, "Benjamin Netanyahu's visit to Washington to see Donald Trump was called off.")
meeting(NOT_HELD, False, "Xi Jinping", UNHELD, "Talks between Joe Biden and Xi Jinping in San Francisco were cancelled.")
meeting(NOT_HELD, False, "Volodymyr Zelensky", UNHELD, "Vladimir Putin declined an invitation to meet Volodymyr Zelensky in Istanbul.")
meeting(NOT_HELD, False, "Lula", UNHELD, "A proposed summit with Lula in Brasilia fell through after Javier Milei cancelled his trip.")
# --- session 40: a case written with the set, kept out of it until then, after the rest -----
# "monitored" is read as an observer's role by ``sides/side_roles`` though the same clause says
# he joined them
meeting(AFAR, True, "William Ruto", "one watching in the room is a party", "William Ruto monitored the talks from the next room at State House and joined them for lunch.")
# fmt: on


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
