# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the rvpr35 set (``grounding_rvpr35.jsonl``): a review of roles35's meeting presence
(session 35), in wordings its writer did not try, by category, each with what must pass and
what must fail:

- ``host``: a host or greeter at the meeting ("played host to", "hosting leaders from", "X
  welcomed Y to the White House", "X and his guest", "the summit's host ... shook hands")
  passes; the host of another occasion or leg in the same sentence, one who "welcomed news
  that" or "welcomed X's decision", one who "received a call", fails;
- ``meeting-object``: the other party of a meeting ("shook hands with X", "joined X at the
  table", "alongside X", "flanked by X", "had talks with X", "met with X") passes; the one
  whose envoy or deputy was met, talks with X cancelled, refused, proposed or called off,
  fail;
- ``remote-role``: an opener, chair or onlooker in the room passes; one who watched on
  television or from another city, or opened with a prerecorded speech, fails (one who opened
  or chaired by video or from another city takes part by the gold's convention: no case here).

Run ``python tests/data/make_rvpr35_cases.py`` to rebuild it. Every sentence was written for
this set (fictional outlets and people, or public figures and places in invented sentences);
each verdict was decided when the case was written, never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvpr35.jsonl")

LEADS = [
    "ACCRA, May 9 (Harmattan Wire) -",
    "The Fenwick Courier | Diplomacy\n\n",
    "Live: Riverbend Radio | 14:20 GMT\n\n",
    "WORLD DESK - The Copperfield Herald\n\n",
    "WASHINGTON (Beltway Bulletin) --",
]

built = SupportCases("rv35", LEADS, "World news", "More to follow.", lead_end=" ")

HOST, OBJECT, REMOTE = "host", "meeting-object", "remote-role"


def meeting(category: str, expect: bool, who: str, why: str, *sentences: str) -> None:
    """A held summit whose one party is ``who``, backed by ``sentences`` (all on the page)."""
    built.meeting_party(category, expect, [who], 0, sentences, f"party {who}: {why}")


# The cases written for this review that the rules still got wrong after its mends were kept
# out of it as its ``GAPS``; session 36 (parties36, ``occasions/offstage_parties``) read most
# of them right and moved them in, and session 40 brought the rest in, after the others (the
# ids still decided wrongly are in ``GAPS`` of ``tests/test_grounding_sets.py``), leaving out
# ten openers, chairs and speakers by video or from another city, who take part by the gold's
# convention (checks 55, 57, 67; DECISIONS.md, session 36).


# fmt: off
# --- host ------------------------------------------------------------------------------------
AT = "the host or greeter of the meeting attends it"
NOT = "the host of another occasion, or one greeting news or a call, is not at this meeting"
meeting(HOST, True, "William Ruto", AT, "Kenyan President William Ruto played host to the East African leaders in Nairobi on Thursday.")
meeting(HOST, True, "John Mahama", AT, "Ghana's President John Mahama, hosting leaders from across West Africa, opened the summit in Accra.")
meeting(HOST, True, "Donald Trump", AT, "Donald Trump welcomed Volodymyr Zelensky to the White House on Monday.")
meeting(HOST, True, "Volodymyr Zelensky", AT, "Donald Trump welcomed Volodymyr Zelensky to the White House on Monday.")
meeting(HOST, True, "Friedrich Merz", AT, "Chancellor Friedrich Merz and his guest, Emmanuel Macron, sat down for dinner in Berlin.")
meeting(HOST, True, "Jonas Gahr Store", AT, "The Norwegian premier, Jonas Gahr Store, acted as host for the Nordic summit in Oslo.")
meeting(HOST, True, "Keir Starmer", AT, "Keir Starmer, who was hosting the summit at Lancaster House, greeted each leader at the door.")
meeting(HOST, True, "Anthony Albanese", AT, "Anthony Albanese greeted his New Zealand counterpart on the tarmac in Canberra before their talks.")
meeting(HOST, True, "Prabowo Subianto", AT, "The summit's host, Indonesian President Prabowo Subianto, shook hands with each arriving leader.")
meeting(HOST, True, "Emmanuel Macron", AT, "Emmanuel Macron hosted Narendra Modi for dinner at the Elysee before their summit on Wednesday.")
meeting(HOST, False, "Jair Bolsonaro", NOT, "Jair Bolsonaro, who hosted the 2019 summit, watched Tuesday's meeting in Rio from his home in Brasilia.")
meeting(HOST, False, "William Ruto", NOT, "Kenya's William Ruto, host of the previous round in Nairobi, sent his foreign minister to the Addis Ababa meeting.")
meeting(HOST, False, "Emmanuel Macron", NOT, "The leaders met in Cairo; Emmanuel Macron, who hosted the Paris leg last month, followed the talks from the Elysee.")
meeting(HOST, False, "Narendra Modi", NOT, "Greeting the news of the Geneva meeting, Narendra Modi said in New Delhi that dialogue was the only path.")
meeting(HOST, False, "Narendra Modi", NOT, "Narendra Modi welcomed news that the leaders had met in Geneva, speaking in New Delhi.")
meeting(HOST, False, "Xi Jinping", NOT, "Speaking from Beijing, Xi Jinping received a call from President Lula as the summit opened in Belem.")
meeting(HOST, False, "Cyril Ramaphosa", NOT, "Cyril Ramaphosa, the host of next year's G20, was not at the Rio meeting.")
meeting(HOST, False, "Giorgia Meloni", NOT, "Giorgia Meloni, who hosted the Rome conference on Ukraine in July, did not travel to the London meeting.")
meeting(HOST, False, "Recep Tayyip Erdogan", NOT, "President Recep Tayyip Erdogan welcomed the leaders' decision to meet in Istanbul but stayed in Ankara.")
meeting(HOST, False, "Felix Tshisekedi", NOT, "Felix Tshisekedi welcomed President Kagame's decision to attend the Doha talks, speaking from Kinshasa.")
meeting(HOST, False, "Viktor Orban", NOT, "Viktor Orban, who hosted the last EU summit, greeted the outcome of the Brussels meeting from Budapest.")
meeting(HOST, False, "Viktor Orban", NOT, "The leaders met in Anchorage instead, said Viktor Orban, the host of the cancelled Budapest summit.")
meeting(HOST, False, "Recep Tayyip Erdogan", NOT, "Donald Trump met Vladimir Putin in Alaska on Friday, said Recep Tayyip Erdogan, the host of the Istanbul talks in May.")
meeting(HOST, False, "Tamim bin Hamad Al Thani", NOT, "The leaders met in Geneva on Monday.", "The second round will be held in Doha, said Sheikh Tamim bin Hamad Al Thani, its host.")
meeting(HOST, True, "Xi Jinping", AT, "Xi Jinping, who hosted the summit in Tianjin, greeted the leaders from Central Asia.")
meeting(HOST, False, "Shigeru Ishiba", NOT, "Shigeru Ishiba, who hosted the previous round in Tokyo, stayed away from the Seoul meeting.")
meeting(HOST, False, "Abdel Fattah el-Sisi", NOT, "Egypt's Abdel Fattah el-Sisi, who hosted talks between the two delegations, did not sit in on them.")
meeting(HOST, False, "Tamim bin Hamad Al Thani", NOT, "The leaders spoke by phone, said Qatar's emir, Tamim bin Hamad Al Thani, the host of next week's meeting.")
meeting(HOST, False, "Mark Rutte", NOT, "Mark Rutte, the host of the Hague summit, was absent from Tuesday's meeting in Brussels.")
# --- meeting-object --------------------------------------------------------------------------
MET = "the other party of a meeting is a party"
AWAY = "the one whose envoy was met, or talks that were cancelled, refused or only proposed, is no party"
meeting(OBJECT, True, "Donald Trump", MET, "Vladimir Putin shook hands with Donald Trump on the red carpet in Anchorage.")
meeting(OBJECT, True, "Vladimir Putin", MET, "Donald Trump shook hands with Vladimir Putin on the red carpet in Anchorage.")
meeting(OBJECT, True, "Keir Starmer", MET, "Friedrich Merz joined Keir Starmer at the table in Downing Street on Wednesday evening.")
meeting(OBJECT, True, "Friedrich Merz", MET, "Friedrich Merz joined Keir Starmer at the table in Downing Street on Wednesday evening.")
meeting(OBJECT, True, "Emmanuel Macron", MET, "Standing alongside Emmanuel Macron at the Elysee, Olaf Scholz told reporters the talks had gone well.")
meeting(OBJECT, True, "Sergei Lavrov", MET, "Marco Rubio sat opposite Sergei Lavrov at the talks in Riyadh on Tuesday.")
meeting(OBJECT, True, "Shigeru Ishiba", MET, "Prime Minister Narendra Modi held bilateral talks with Shigeru Ishiba on the sidelines of the G7 summit.")
meeting(OBJECT, True, "Donald Trump", MET, "Keir Starmer had talks with Donald Trump at Chequers on Thursday.")
meeting(OBJECT, True, "Lula da Silva", MET, "Xi Jinping met with Lula da Silva in Beijing on Tuesday.")
meeting(OBJECT, True, "Christopher Luxon", MET, "Anthony Albanese caught up with Christopher Luxon on the margins of the Pacific summit.")
meeting(OBJECT, True, "Narendra Modi", MET, "Emmanuel Macron hosted Narendra Modi for dinner at the Elysee before their summit on Wednesday.")
meeting(OBJECT, False, "Vladimir Putin", AWAY, "Marco Rubio sat down with Vladimir Putin's envoy, Kirill Dmitriev, in Riyadh on Tuesday.")
meeting(OBJECT, False, "Vladimir Putin", AWAY, "Steve Witkoff held talks with an envoy of Vladimir Putin in Miami.")
meeting(OBJECT, False, "Nicolas Maduro", AWAY, "Talks with Nicolas Maduro were cancelled at the last minute, the State Department said.")
meeting(OBJECT, False, "Kim Jong Un", AWAY, "Donald Trump's planned talks with Kim Jong Un in Panmunjom were called off on Sunday.")
meeting(OBJECT, False, "Donald Trump", AWAY, "Mark Carney refused to hold talks with Donald Trump in Washington on Friday.")
meeting(OBJECT, False, "Lula", AWAY, "Javier Milei proposed holding talks with Lula on the sidelines of the Mercosur summit, but the Brazilian declined.")
meeting(OBJECT, False, "Marco Rubio", AWAY, "Ukraine's foreign minister sat down with Marco Rubio's deputy, Christopher Landau, in Geneva.")
meeting(OBJECT, False, "Donald Trump", AWAY, "Zelensky's aides held talks with a delegation sent by Donald Trump in Jeddah.")
meeting(OBJECT, False, "Donald Trump", AWAY, "Kim Jong Un sat down with a US delegation, not with Donald Trump himself, in Pyongyang.")
meeting(OBJECT, False, "Vladimir Putin", AWAY, "Talks with Vladimir Putin in Budapest were shelved after a tense week.")
meeting(OBJECT, False, "Donald Trump", AWAY, "Narendra Modi was due to sit down with Donald Trump in Kuala Lumpur, but the meeting was scrapped.")
meeting(OBJECT, False, "Sergei Lavrov", AWAY, "Marco Rubio was due to sit down with Sergei Lavrov's deputy in Istanbul.")
meeting(OBJECT, False, "Vladimir Putin", AWAY, "Kirill Dmitriev, Vladimir Putin's envoy, held talks with Steve Witkoff in Miami.")
meeting(OBJECT, False, "Egypt", AWAY, "Egypt, which mediated, held talks with each delegation separately in Cairo.")
meeting(OBJECT, False, "Turkey", AWAY, "Turkey, acting as mediator, sat down with the two sides separately in Antalya.")
meeting(OBJECT, False, "Oman", AWAY, "Oman, the go-between, held talks with the Iranian team in one room and the Americans in another.")
# --- remote-role -----------------------------------------------------------------------------
ROOM = "an opener, chair or onlooker in the room is at the meeting"
FAR = "one who watched, opened or chaired from elsewhere is not at the meeting"
meeting(REMOTE, True, "Li Qiang", ROOM, "Premier Li Qiang chaired the session in person at the Great Hall of the People in Beijing.")
meeting(REMOTE, True, "Cyril Ramaphosa", ROOM, "Cyril Ramaphosa opened the summit in Johannesburg with a speech on debt relief.")
meeting(REMOTE, True, "Abdel Fattah el-Sisi", ROOM, "Watching from the front row at the summit in Sharm el-Sheikh, Abdel Fattah el-Sisi applauded as the deal was signed.")
meeting(REMOTE, True, "Ursula von der Leyen", ROOM, "Ursula von der Leyen looked on as the two leaders signed the accord at the Brussels summit.")
meeting(REMOTE, True, "Antonio Costa", ROOM, "Antonio Costa, who chairs the European Council, welcomed leaders to the Brussels summit in person.")
meeting(REMOTE, True, "Mette Frederiksen", ROOM, "The Danish prime minister, Mette Frederiksen, opened the meeting in Copenhagen after a minute's silence.")
meeting(REMOTE, True, "Vladimir Putin", ROOM, "Speaking at the summit's opening session in Kazan, Vladimir Putin welcomed the leaders of the BRICS countries.")
meeting(REMOTE, True, "Anwar Ibrahim", ROOM, "Anwar Ibrahim, the chair of ASEAN this year, presided over the summit in Kuala Lumpur.")
meeting(REMOTE, True, "Giorgia Meloni", ROOM, "Giorgia Meloni looked on from the front row as the leaders signed the declaration at the Rome summit.")
meeting(REMOTE, True, "Donald Trump", ROOM, "Donald Trump, who chaired the signing ceremony at the White House, stood beside Aliyev and Pashinyan.")
meeting(REMOTE, False, "Antonio Guterres", FAR, "Antonio Guterres watched the signing at the Sharm el-Sheikh summit on television in New York.")
meeting(REMOTE, False, "Narendra Modi", FAR, "Narendra Modi followed the summit on a screen in New Delhi, aides said.")
meeting(REMOTE, False, "Emmanuel Macron", FAR, "Emmanuel Macron, looking on from Paris, praised the leaders meeting in Alaska.")
meeting(REMOTE, False, "Keir Starmer", FAR, "Keir Starmer watched the Anchorage summit unfold from Downing Street.")
meeting(REMOTE, False, "Pedro Sanchez", FAR, "Pedro Sanchez, who was watching the summit from Madrid, said the outcome was a relief.")
meeting(REMOTE, False, "Benjamin Netanyahu", FAR, "Benjamin Netanyahu, who did not attend, was looking on from Jerusalem as the Sharm el-Sheikh summit opened.")
meeting(REMOTE, False, "Joe Biden", FAR, "Joe Biden, back in Washington, watched the summit in Hiroshima closely.")
meeting(REMOTE, False, "Ursula von der Leyen", FAR, "Ursula von der Leyen, who chairs the Commission, sent a recorded message to the summit.")
meeting(REMOTE, False, "Antonio Costa", FAR, "Antonio Costa, who chairs the European Council, followed the Washington meeting from Brussels.")
meeting(REMOTE, False, "Narendra Modi", FAR, "Narendra Modi was watching the summit closely in New Delhi.")
meeting(REMOTE, True, "Narendra Modi", ROOM, "Narendra Modi was looking on as the leaders from Asia signed at the summit.")
meeting(REMOTE, True, "Anwar Ibrahim", ROOM, "Anwar Ibrahim looked on from the stage as the accord was signed at the summit in Kuala Lumpur.")
meeting(REMOTE, True, "Emmanuel Macron", ROOM, "Emmanuel Macron watched from the front row as the leaders signed at the Paris summit.")
meeting(REMOTE, False, "Anwar Ibrahim", FAR, "Anwar Ibrahim, the ASEAN chair, looked on by video as the accord was signed at the summit.")
meeting(REMOTE, False, "Donald Trump", FAR, "Donald Trump, the mediator, watched the summit from the Oval Office.")
meeting(REMOTE, False, "Lula", FAR, "Lula, the host, followed the summit on television after falling ill.")
meeting(REMOTE, False, "Emmanuel Macron", FAR, "Emmanuel Macron, an observer at the talks, sent a message to the summit.")
meeting(REMOTE, False, "Kim Jong Un", FAR, "Kim Jong Un, looking on from Pyongyang, praised the summit's outcome.")
meeting(REMOTE, False, "Shigeru Ishiba", FAR, "Shigeru Ishiba watched the Busan meeting unfold from his office in Tokyo.")
meeting(REMOTE, False, "Javier Milei", FAR, "Javier Milei, who heads the Mercosur bloc this year, was watching the summit from Buenos Aires.")
meeting(REMOTE, False, "Joe Biden", FAR, "Joe Biden was looking on from home as the summit closed.")
meeting(REMOTE, False, "Recep Tayyip Erdogan", FAR, "Recep Tayyip Erdogan, the mediator, was looking on from Ankara as the summit in Istanbul opened.")
meeting(REMOTE, False, "Donald Trump", FAR, "Donald Trump, who brokered the deal, watched the Sharm el-Sheikh summit from the White House.")
# --- session 40: the cases kept out of the set until then (see above), after the rest -------
meeting(HOST, True, "Lula", AT, "Lula, the summit's host, took his seat at the head of the table in Belem.")
meeting(HOST, False, "Pedro Sanchez", NOT, "Pedro Sanchez received a briefing from his ministers in Madrid after the Brussels summit closed.")
meeting(HOST, False, "Mohammed bin Salman", NOT, "Mohammed bin Salman received President Biden's envoy in Jeddah while the leaders met in Washington.")
meeting(OBJECT, True, "Ursula von der Leyen", MET, "Flanked by Ursula von der Leyen and Antonio Costa, Volodymyr Zelensky addressed the leaders at the summit in Brussels.")
meeting(OBJECT, False, "Xi Jinping", AWAY, "Anthony Albanese met Xi Jinping's premier, Li Qiang, in Canberra.")
meeting(OBJECT, False, "Mohammed Al-Khulaifi", AWAY, "The Qatari mediator, Mohammed Al-Khulaifi, met each delegation separately.")
meeting(REMOTE, False, "Cyril Ramaphosa", FAR, "Cyril Ramaphosa opened the summit with a prerecorded speech.")
# --- session 40 (go40a): a leader's premier met is the premier, not the leader --------------
meeting(OBJECT, False, "Vladimir Putin", AWAY, "Narendra Modi met Vladimir Putin's premier, Mikhail Mishustin, in New Delhi.")
meeting(OBJECT, False, "Lai Ching-te", AWAY, "Shigeru Ishiba held talks with Lai Ching-te's premier, Cho Jung-tai, in Tokyo.")
meeting(OBJECT, False, "Xi Jinping", AWAY, "Olaf Scholz received Xi Jinping's premier in Berlin on Tuesday.")
meeting(OBJECT, False, "Kassym-Jomart Tokayev", AWAY, "Recep Tayyip Erdogan hosted Kassym-Jomart Tokayev's premier, Olzhas Bektenov, in Ankara.")
meeting(OBJECT, True, "Mikhail Mishustin", MET, "Narendra Modi met Vladimir Putin's premier, Mikhail Mishustin, in New Delhi.")
meeting(OBJECT, True, "Narendra Modi", MET, "Narendra Modi met Vladimir Putin's premier, Mikhail Mishustin, in New Delhi.")
meeting(OBJECT, True, "Cho Jung-tai", MET, "Shigeru Ishiba held talks with Lai Ching-te's premier, Cho Jung-tai, in Tokyo.")
meeting(OBJECT, True, "Olaf Scholz", MET, "Olaf Scholz received Xi Jinping's premier in Berlin on Tuesday.")
# fmt: on


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
