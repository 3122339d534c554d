# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the presence35 set (``grounding_presence35.jsonl``): a meeting's party whom a role word
near the name made a bystander, read in the general English of meetings (session 35, an
outside check: twelve correct summit parties refused "only in another role"), by category,
each with what must pass and what must fail:

- ``host``: the host of the meeting attends it: "X, the host, said", "said X, their host",
  "The summit's host, X, ...", "X, who hosted it,", the subject of a greeting of guests ("X
  greeted him with an embrace", "welcomed the leaders", "received the visiting president")
  pass; a host of another occasion ("who hosted last year's summit"), a host who only sent
  a message, a country hosting others' talks ("talks between A and B hosted by Egypt") and
  one who welcomed only an outcome ("welcomed the agreement") fail;
- ``meeting-object``: the object of a verb of meeting is a party ("is scheduled to sit down
  with X", "held talks with X", "was due to meet X", "flew to Riyadh to see X", "dined with
  X"); "never met X", "refused to meet X", "urged him to sit down with X", "met X's deputy"
  fail (a call that is itself the meeting makes X a party, by the gold's convention);
- ``office``: an office someone holds is no meeting role ("X, who heads the European
  Council,", "X, chair of the African Union Commission,", "X, who chairs ASEAN this year,");
  the chair of talks between others, and an office-holder the page puts elsewhere or who
  only sent a message, fail;
- ``witness``: one looking on or watching a signing in a sentence that sets it at the summit
  or meeting is there ("on the sidelines of the G20 summit, with X looking on", "X watched
  as ... at the close of the Beijing meeting", "X was looking on as the ECOWAS summit
  adopted"); a witness of a signing with no meeting said ("signed in Juba, with X looking
  on", "witnessed by"), or one watching on television, online or from another city, fails;
- ``remote-role``: a mediator, proposer or persuader not at the table ("under Qatari
  mediation", "brokered by Switzerland, which sent no delegation", "following appeals from",
  "a plan drafted by", "after pressure from"), one thanked or praised, fail; a proposer or
  mediator the sentence seats at the table ("X, the US mediator, met Hamas officials in
  Doha", "X, who proposed the meeting, sat down with Y") passes.

Run ``python tests/data/make_presence35_cases.py`` to rebuild it. Every sentence was written
for this set (fictional outlets and people, or public figures and places in invented
sentences); each verdict was decided when the case was written, never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_presence35.jsonl")

LEADS = [
    "NAIROBI, June 4 (Savanna Wire) -",
    "The Lantern Gazette | World\n\n",
    "Live: Harbourside Radio | 10:02 GMT\n\n",
    "DIPLOMATIC DESK - The Northgate Review\n\n",
    "WASHINGTON (Potomac Ledger) --",
    "From our correspondent in Brussels, The Meridian Post.",
]

built = SupportCases("pr35", LEADS, "World news", "More to follow.", lead_end=" ")

HOST, OBJECT, OFFICE, WITNESS, REMOTE = "host", "meeting-object", "office", "witness", "remote-role"


def meeting(category: str, expect: bool, who: str, why: str, *sentences: str) -> None:
    """A held summit whose one party is ``who``, backed by ``sentences`` (all on the page)."""
    built.meeting_party(category, expect, [who], 0, sentences, f"party {who}: {why}")


# The cases written with the set that the rules got wrong (no role word was read for them: a
# call, a video link, a message, a negation, a screen, a proposer or persuader the summit
# reading did not know) were kept out of it as its ``GAPS``; session 36 (parties36,
# ``occasions/offstage_parties``) read most of them right and moved them in, and session 40
# brought the rest in, after the others (the ids still decided wrongly are in ``GAPS`` of
# ``tests/test_grounding_sets.py``), leaving out five who take part by video or by a call that
# is itself the meeting (the gold's convention, checks 55, 57, 67; DECISIONS.md, session 36)
# and an observer who "sat in" while the two ministers met (present, by the witness cases).


# fmt: off
# --- host ------------------------------------------------------------------------------------
AT = "the host of the meeting, named as such or greeting guests, attends it"
meeting(HOST, True, "Dina Boluarte", AT, "Leaders of the Andean bloc met in Lima on Tuesday.", "Peruvian President Dina Boluarte, the host, opened the first session.")
meeting(HOST, True, "Tala Moana", AT, "The Pacific leaders' retreat closed on Sunday in Apia.", '"The ocean is our shared home," said Samoa\'s prime minister, Tala Moana, their host.')
meeting(HOST, True, "Olaf Scholz", AT, "The host, Chancellor Olaf Scholz, welcomed the leaders to Berlin on Monday morning.")
meeting(HOST, True, "Giorgia Meloni", AT, "Italy's Giorgia Meloni greeted each leader on the steps of the castle as the G7 summit began in Apulia.")
meeting(HOST, True, "Xi Jinping", AT, "Xi Jinping received the visiting Brazilian president in the Great Hall of the People on Friday.")
meeting(HOST, True, "Claudia Sheinbaum", AT, "The summit's host, Mexican President Claudia Sheinbaum, embraced each arriving leader.")
meeting(HOST, True, "Emmanuel Macron", AT, "The leaders sat down to dinner at the Elysee.", '"This city has seen many summits," remarked Emmanuel Macron, their host, as the meal began.')
meeting(HOST, True, "Mohammed bin Salman", AT, "Saudi Crown Prince Mohammed bin Salman welcomed Zelensky at the palace in Jeddah on Wednesday.")
meeting(HOST, True, "Mette Frederiksen", AT, "Hosting the Nordic meeting at her farm, Prime Minister Mette Frederiksen greeted her counterparts at the gate.")
meeting(HOST, True, "Lawrence Wong", AT, "ASEAN leaders met in Singapore on Thursday; Lawrence Wong, the host, shook hands with each of them.")
ELSEWHERE = "a host of another occasion, of others' talks, or one only sending a message or welcoming an outcome"
meeting(HOST, False, "Cyril Ramaphosa", ELSEWHERE, "The leaders met in Brasilia on Monday.", "Cyril Ramaphosa, who will host the next summit, sent a video message.")
meeting(HOST, False, "Recep Tayyip Erdogan", ELSEWHERE, "Russian and Ukrainian negotiators met in Geneva on Friday.", "Recep Tayyip Erdogan, who hosted the first round in Istanbul in 2022, said he hoped the new talks would succeed.")
meeting(HOST, False, "Egypt", ELSEWHERE, "Egypt hosted talks between Hamas and Israeli negotiators in Cairo on Sunday.")
meeting(HOST, False, "Qatar", ELSEWHERE, "Talks between the Congolese government and the M23 rebels resumed in Doha, hosted by Qatar.")
meeting(HOST, False, "Fumio Kishida", ELSEWHERE, "The leaders gathered in Ottawa on Sunday.", "Fumio Kishida, the host of the previous summit, sent a written message to them.")
meeting(HOST, False, "Switzerland", ELSEWHERE, "The Swiss government hosted the talks between the American and Chinese delegations in Geneva.")
meeting(HOST, False, "Norway", ELSEWHERE, "Colombian officials and the rebels met in Oslo under talks hosted by Norway.")
meeting(HOST, False, "Sheikh Tamim bin Hamad Al Thani", ELSEWHERE, "The two leaders met in Washington on Thursday.", "Sheikh Tamim bin Hamad Al Thani welcomed the agreement in a statement from Doha.")
meeting(HOST, False, "Lula", ELSEWHERE, "The BRICS leaders met in Kazan.", "Lula, who hosted last year's summit in Rio, did not travel to Russia.")
meeting(HOST, False, "Anwar Ibrahim", ELSEWHERE, "Thai and Cambodian officials met at a border post on Monday.", "Anwar Ibrahim, the host of last month's talks, welcomed the meeting in a message.")
meeting(HOST, False, "Qatar", ELSEWHERE, "Hosted by the emir of Qatar, the Congolese and Rwandan presidents met in Doha.")
meeting(HOST, False, "Saudi Arabia", ELSEWHERE, "The talks between the Sudanese army and the RSF, hosted by Saudi Arabia in Jeddah, ended without a deal.")
meeting(HOST, False, "Malaysia", ELSEWHERE, "Thailand and Cambodia met in Kuala Lumpur; Malaysia, which hosted the talks between them, said both sides had agreed.")
meeting(HOST, False, "Turkey", ELSEWHERE, "Turkey, host of the talks between the Russian and Ukrainian delegations, stayed out of the room.")
meeting(HOST, False, "Lee Hsien Loong", ELSEWHERE, "Lee Hsien Loong, who hosted the talks between Kim and Trump, said the two men had shaken hands.")

# --- meeting-object -----------------------------------------------------------------------
MET = "the object of a verb of meeting is a party"
meeting(OBJECT, True, "Wang Yi", MET, "Antony Blinken is scheduled to sit down with Wang Yi in Beijing on Friday.")
meeting(OBJECT, True, "Vladimir Putin", MET, "Narendra Modi held talks with Vladimir Putin at the Kremlin on Tuesday.")
meeting(OBJECT, True, "Donald Tusk", MET, "Keir Starmer met Donald Tusk in Warsaw on Thursday, the Polish prime minister's office said.")
meeting(OBJECT, True, "Mohammed bin Salman", MET, "David Lammy flew to Riyadh to see Crown Prince Mohammed bin Salman.")
meeting(OBJECT, True, "Giorgia Meloni", MET, "The chancellor will meet with Giorgia Meloni in Rome next week.")
meeting(OBJECT, True, "Xi Jinping", MET, "Anthony Albanese dined with Xi Jinping after the state ceremony.")
meeting(OBJECT, True, "Volodymyr Zelensky", MET, "Mark Rutte conferred with Volodymyr Zelensky for two hours in Kyiv.")
meeting(OBJECT, True, "Emmanuel Macron", MET, "Cyril Ramaphosa is due to hold talks with Emmanuel Macron at the Elysee on Thursday.")
meeting(OBJECT, True, "Xi Jinping", MET, "Pedro Sanchez travelled to Beijing to visit Xi Jinping, his third trip in three years.")
meeting(OBJECT, True, "Benjamin Netanyahu", MET, "Recep Tayyip Erdogan was due to meet Benjamin Netanyahu in Ankara, officials said.")
meeting(OBJECT, True, "Javier Milei", MET, "Lula sat down with Javier Milei on the sidelines of the Mercosur summit.")
meeting(OBJECT, True, "Lee Jae-myung", MET, "Shigeru Ishiba is set to meet Lee Jae-myung in Tokyo this weekend.")
AWAY = "a call, a negation, a refusal, a wish, or another's deputy: no meeting with the name"
meeting(OBJECT, False, "Kim Jong Un", AWAY, "Emmanuel Macron met Xi Jinping in Paris.", "Macron has never met Kim Jong Un.")
meeting(OBJECT, False, "Jair Bolsonaro", AWAY, "Joe Biden refused to meet Jair Bolsonaro during the summit in Los Angeles.")
meeting(OBJECT, False, "Donald Trump", AWAY, "Volodymyr Zelensky met Keir Starmer in London on Monday.", "He urged the prime minister to sit down with Donald Trump before the NATO summit.")
meeting(OBJECT, False, "Sergei Lavrov", AWAY, "Marco Rubio met Lavrov's deputy, Sergei Ryabkov, in Istanbul.")
meeting(OBJECT, False, "Xi Jinping", AWAY, "Viktor Orban met Vladimir Putin in Moscow.", "Orban had sent a letter to Xi Jinping ahead of the trip.")
meeting(OBJECT, False, "Joe Biden", AWAY, "Rishi Sunak did not meet Joe Biden in San Francisco, Downing Street said.")
meeting(OBJECT, False, "Volodymyr Zelensky", AWAY, "Vladimir Putin declined to sit down with Volodymyr Zelensky, the Kremlin said.")
meeting(OBJECT, False, "Kim Jong Un", AWAY, "Donald Trump met Lee Jae-myung in Gyeongju.", "Trump said he would love to meet Kim Jong Un, but no meeting took place.")
meeting(OBJECT, False, "Vladimir Putin", AWAY, "Narendra Modi met Xi Jinping in Kazan, a day after talking by phone with Vladimir Putin.")
meeting(OBJECT, False, "Donald Trump", AWAY, "Keir Starmer met Emmanuel Macron in Paris, hours after speaking by telephone with Donald Trump.")
meeting(OBJECT, False, "Volodymyr Zelensky", AWAY, "Macron met Scholz in Berlin, and the two urged Putin to sit down with Volodymyr Zelensky.")
meeting(OBJECT, False, "Mahmoud Abbas", AWAY, "Donald Trump met Benjamin Netanyahu on Monday and pressed him to hold talks with Mahmoud Abbas.")
meeting(OBJECT, False, "Evan Gershkovich", AWAY, "Joe Biden cancelled his meeting with Vladimir Putin over the jailing of Evan Gershkovich.")
meeting(OBJECT, False, "Shehbaz Sharif", AWAY, "JD Vance held talks with Narendra Modi after a call with Shehbaz Sharif.")
meeting(OBJECT, False, "Paul Whelan", AWAY, "Joe Biden called off his meeting with Vladimir Putin over the detention of Paul Whelan.")
meeting(OBJECT, False, "Joe Biden", AWAY, "Xi Jinping received Vladimir Putin in Beijing, two days after talking by telephone with Joe Biden.")
meeting(OBJECT, False, "Recep Tayyip Erdogan", AWAY, "Recep Tayyip Erdogan urged Putin and Zelensky to meet in Istanbul.")

# --- office ---------------------------------------------------------------------------------
HELD = "an office the person holds is no meeting role"
meeting(OFFICE, True, "Charles Michel", HELD, "Ursula von der Leyen and Charles Michel, who heads the European Council, met Li Qiang in Brussels.")
meeting(OFFICE, True, "Moussa Faki Mahamat", HELD, "Moussa Faki Mahamat, chair of the African Union Commission, joined the leaders in Addis Ababa.")
meeting(OFFICE, True, "Antonio Guterres", HELD, "Narendra Modi met Antonio Guterres, who leads the United Nations, on the sidelines of the summit.")
meeting(OFFICE, True, "Mark Rutte", HELD, "Keir Starmer sat with Mark Rutte, who runs NATO, at the leaders' dinner.")
meeting(OFFICE, True, "Chris Hipkins", HELD, "Chris Hipkins, who chairs the Pacific Islands Forum, attended the leaders' meeting in Canberra.")
meeting(OFFICE, True, "Kassym-Jomart Tokayev", HELD, "Xi Jinping met Kassym-Jomart Tokayev, who holds the rotating presidency of the Shanghai Cooperation Organisation, in Astana.")
meeting(OFFICE, True, "Antonio Costa", HELD, "Antonio Costa, president of the European Council, and Ursula von der Leyen met Narendra Modi in New Delhi.")
meeting(OFFICE, True, "Kaja Kallas", HELD, "Kaja Kallas, who heads EU diplomacy, travelled with the leaders to Kyiv and joined the talks.")
meeting(OFFICE, True, "Ajay Banga", HELD, "Ajay Banga, who leads the World Bank, joined the G20 leaders at the table in Rio.")
meeting(OFFICE, True, "Lawrence Wong", HELD, "Prabowo Subianto met Lawrence Wong, who chairs ASEAN this year, at the Istana.")
meeting(OFFICE, True, "Ursula von der Leyen", HELD, "The summit in Tokyo brought Shigeru Ishiba together with Ursula von der Leyen, head of the European Commission, and Antonio Costa.")
CHAIR = "the chair of talks between others, or an office-holder the page keeps away"
meeting(OFFICE, False, "Olusegun Obasanjo", CHAIR, "Talks between the Ethiopian and Eritrean delegations were chaired by the AU envoy, Olusegun Obasanjo.")
meeting(OFFICE, False, "Anwar Ibrahim", CHAIR, "Anwar Ibrahim, who chaired the talks between the Thai and Cambodian leaders, said both had agreed to a truce.")
meeting(OFFICE, False, "Ali Larijani", CHAIR, "Iranian and American officials met in Muscat.", "Ali Larijani, who heads Iran's Supreme National Security Council, was not at the meeting.")
meeting(OFFICE, False, "Tedros Adhanom Ghebreyesus", CHAIR, "The health ministers met in Geneva on Monday.", "Tedros Adhanom Ghebreyesus, who heads the WHO, sent a recorded message to them.")
meeting(OFFICE, False, "Lula", CHAIR, "Mercosur leaders met in Montevideo.", "Lula, who chairs the bloc's council, did not attend the meeting.")
meeting(OFFICE, False, "Mohamad Hasan", CHAIR, "The meeting between Hun Manet and Anutin Charnvirakul was chaired by Malaysia's foreign minister, Mohamad Hasan.")
meeting(OFFICE, False, "Paul Kagame", CHAIR, "East African leaders met in Nairobi.", "Paul Kagame, who chairs the East African Community this year, stayed away from the summit.")
meeting(OFFICE, False, "Antonio Guterres", CHAIR, "The two foreign ministers met in Baku.", "Antonio Guterres, who leads the United Nations, welcomed the meeting in a statement from New York.")
meeting(OFFICE, False, "Ramtane Lamamra", CHAIR, "Talks between the Sudanese factions were chaired by Ramtane Lamamra, who heads the UN team.")
meeting(OFFICE, False, "Kaja Kallas", CHAIR, "The meeting between the Serbian and Kosovar leaders was chaired by Kaja Kallas, who heads EU diplomacy.")
meeting(OFFICE, False, "Kassym-Jomart Tokayev", CHAIR, "Kassym-Jomart Tokayev, who chairs the Organisation of Turkic States, hosted the talks between the Armenian and Azerbaijani ministers in Almaty.")
meeting(OFFICE, False, "Espen Barth Eide", CHAIR, "The talks between the two foreign ministers, chaired by Norway's Espen Barth Eide, ended late.")
meeting(OFFICE, False, "William Ruto", CHAIR, "William Ruto, who chairs the East African Community, mediated the talks between Kinshasa and the M23 rebels from Nairobi.")

# --- witness -------------------------------------------------------------------------------
SEEN = "one looking on or watching a signing at the summit or meeting is there"
meeting(WITNESS, True, "Cyril Ramaphosa", SEEN, "The deal was signed on the sidelines of the G20 summit in Johannesburg, with Cyril Ramaphosa looking on.")
meeting(WITNESS, True, "Sonexay Siphandone", SEEN, "At the ASEAN summit in Vientiane, the two ministers signed the protocol while Laotian Prime Minister Sonexay Siphandone watched.")
meeting(WITNESS, True, "Mark Rutte", SEEN, "As the NATO summit got under way in The Hague, Mark Rutte looked on as the Turkish and Swedish foreign ministers signed the memorandum.")
meeting(WITNESS, True, "Xi Jinping", SEEN, "Xi Jinping watched as the Saudi and Iranian envoys shook hands at the close of the Beijing meeting.")
meeting(WITNESS, True, "Emmanuel Macron", SEEN, "With Emmanuel Macron looking on, the Serbian and Kosovar leaders initialled the text at the summit in Brussels.")
meeting(WITNESS, True, "Bola Tinubu", SEEN, "President Bola Tinubu was looking on as the ECOWAS summit adopted the declaration in Abuja.")
meeting(WITNESS, True, "Recep Tayyip Erdogan", SEEN, "Recep Tayyip Erdogan looked on at the Istanbul meeting as Russian and Ukrainian officials signed the grain deal.")
meeting(WITNESS, True, "Joao Lourenco", SEEN, "Joao Lourenco watched at the Luanda summit as the Congolese and Rwandan ministers signed the text.")
meeting(WITNESS, True, "Abdullah II", SEEN, "The summit in Amman opened with a signing ceremony, and King Abdullah II watched as the accord was sealed.")
meeting(WITNESS, True, "Narendra Modi", SEEN, "At the summit in New Delhi, Narendra Modi looked on while the leaders of Sri Lanka and the Maldives signed the pact.")
NOT_SEEN = "a witness of a signing with no meeting said, or one watching from elsewhere"
meeting(WITNESS, False, "Donald Trump", NOT_SEEN, "The two presidents signed the accord in Washington as Donald Trump watched on television from Florida.")
meeting(WITNESS, False, "Antony Blinken", NOT_SEEN, "Antony Blinken watched the signing ceremony in Doha on a live stream from the State Department.")
meeting(WITNESS, False, "Pope Leo", NOT_SEEN, "The pact was signed in the presence of Pope Leo at the Vatican.")
meeting(WITNESS, False, "William Ruto", NOT_SEEN, "The accord was signed in Juba, with Kenyan President William Ruto looking on.")
meeting(WITNESS, False, "William Ruto", NOT_SEEN, "William Ruto watched the signing on a screen at State House while the summit went on in Addis Ababa.")
meeting(WITNESS, False, "Antonio Guterres", NOT_SEEN, "Antonio Guterres, watching from New York, praised the agreement reached at the summit.")
meeting(WITNESS, False, "African Union", NOT_SEEN, "Ministers of the two states signed the deal in Kinshasa as observers from the African Union looked on.")
meeting(WITNESS, False, "Emmanuel Macron", NOT_SEEN, "At the summit in Addis Ababa the protocol was signed, while Emmanuel Macron watched the ceremony online from Paris.")
meeting(WITNESS, False, "Marco Rubio", NOT_SEEN, "The Armenian and Azerbaijani ministers initialled the text in Washington before Secretary of State Marco Rubio.")
meeting(WITNESS, False, "William Ruto", NOT_SEEN, "William Ruto watched on TV as the summit in Washington closed with the signing.")
meeting(WITNESS, False, "Yoweri Museveni", NOT_SEEN, "The accord was signed in Kampala as Yoweri Museveni looked on.")
meeting(WITNESS, False, "Jared Kushner", NOT_SEEN, "Moroccan and Israeli officials signed the accord in Rabat, with Jared Kushner in attendance.")
meeting(WITNESS, False, "Moussa Faki", NOT_SEEN, "As the two presidents signed the accord, the AU chief, Moussa Faki, looked on.")

# --- remote-role ---------------------------------------------------------------------------
TABLE = "a proposer or mediator the sentence seats at the table"
meeting(REMOTE, True, "Recep Tayyip Erdogan", TABLE, "Recep Tayyip Erdogan, who proposed the meeting, sat down with Vladimir Putin in Sochi on Monday.")
meeting(REMOTE, True, "Donald Trump", TABLE, "Donald Trump met Zelensky and Putin together in Alaska after mediating for months.")
meeting(REMOTE, True, "Narendra Modi", TABLE, "Narendra Modi, whose government brokered the meeting, hosted the two leaders in New Delhi.")
meeting(REMOTE, True, "Lula", TABLE, "The summit was proposed by Lula, who chaired it in Belem.")
meeting(REMOTE, True, "Emmanuel Macron", TABLE, "Emmanuel Macron proposed the meeting and then joined Zelensky and Starmer at the table in Paris.")
meeting(REMOTE, True, "Tamim bin Hamad Al Thani", TABLE, "The emir, Tamim bin Hamad Al Thani, who had long mediated between the two, welcomed Tshisekedi and Kagame to Doha.")
meeting(REMOTE, True, "Steve Witkoff", TABLE, "Steve Witkoff, the US mediator, met Hamas officials in Doha on Sunday.")
meeting(REMOTE, True, "Pope Leo", TABLE, "Pope Leo, who offered the Vatican as a venue, received Zelensky at the Apostolic Palace.")
meeting(REMOTE, True, "Alexander Stubb", TABLE, "Alexander Stubb, who had urged the meeting for weeks, joined the leaders at the White House.")
meeting(REMOTE, True, "Badr Albusaidi", TABLE, "Oman's foreign minister Badr Albusaidi, a longtime go-between, greeted the American envoy in Muscat.")
AFAR = "a mediator, proposer or persuader not at the table, or one thanked"
meeting(REMOTE, False, "Qatar", AFAR, "The presidents of Armenia and Azerbaijan met in Abu Dhabi under Qatari mediation.")
meeting(REMOTE, False, "Switzerland", AFAR, "The meeting of the two leaders was brokered by Switzerland, which sent no delegation.")
meeting(REMOTE, False, "Norway", AFAR, "Norway, which proposed the meeting, was not represented at the table in Havana.")
meeting(REMOTE, False, "Oman", AFAR, "The talks, mediated by Oman, took place in Rome between Iranian and American officials.")
meeting(REMOTE, False, "Pope Leo", AFAR, "Following appeals from Pope Leo, the two presidents met in Kinshasa.")
meeting(REMOTE, False, "Lula", AFAR, "The meeting between Nicolas Maduro and Gustavo Petro came after pressure from Lula.")
meeting(REMOTE, False, "Saudi Arabia", AFAR, "Under a plan drafted by Saudi Arabia, the Yemeni factions met in Muscat.")
meeting(REMOTE, False, "United States", AFAR, "Under American mediation, Rwandan and Congolese ministers met in Doha.")
meeting(REMOTE, False, "Emmanuel Macron", AFAR, "The leaders thanked Emmanuel Macron for his efforts as they met in Brazzaville.")
meeting(REMOTE, False, "Recep Tayyip Erdogan", AFAR, "Recep Tayyip Erdogan persuaded the two sides to meet in Istanbul but did not attend.")
meeting(REMOTE, False, "Qatar", AFAR, "Thanks to mediation by Qatar, the two leaders met in Washington.")
meeting(REMOTE, False, "Kuwait", AFAR, "Kuwait, which mediated the meeting, said both delegations had gone home.")
meeting(REMOTE, False, "Egypt", AFAR, "With Egypt as mediator, the Israeli and Hamas delegations met in Doha.")
meeting(REMOTE, False, "Turkey", AFAR, "Turkey, acting as a go-between, arranged the meeting of the two ministers in Antalya.")
meeting(REMOTE, False, "Norway", AFAR, "Norwegian diplomats who brokered the meeting said both sides had kept their promises.")
meeting(REMOTE, False, "Switzerland", AFAR, "Switzerland, a neutral go-between, set up the meeting of the two leaders.")
meeting(REMOTE, False, "African Union", AFAR, "Observers from the African Union followed the meeting of the two presidents.")
meeting(REMOTE, False, "Joao Lourenco", AFAR, "Angola's Joao Lourenco, the mediator, shuttled between the two delegations in Luanda.")
meeting(REMOTE, False, "Oman", AFAR, "The talks were brokered by Oman, whose diplomats stayed in Muscat.")
# --- session 40: the cases kept out of the set until then (see above), after the rest -------
meeting(OFFICE, False, "Anna Keller", CHAIR, "The session between the two delegations was presided over by the Swiss diplomat Anna Keller.")
meeting(OFFICE, False, "Antonio Guterres", CHAIR, "Antonio Guterres, who leads the United Nations, brokered the meeting between the two presidents.")
meeting(OFFICE, False, "Ursula von der Leyen", CHAIR, "Ursula von der Leyen, president of the European Commission, urged Belgrade and Pristina to meet again.")
meeting(WITNESS, False, "Mohamed Khaled Nordin", NOT_SEEN, "Thai and Cambodian generals signed the border pact at a ceremony witnessed by the Malaysian defence minister, Mohamed Khaled Nordin.")
meeting(WITNESS, False, "Abdel Fattah el-Sisi", NOT_SEEN, "The two foreign ministers signed the treaty in Cairo in the presence of the Egyptian president, Abdel Fattah el-Sisi.")
meeting(WITNESS, False, "Abiy Ahmed", NOT_SEEN, "Officials from Khartoum and Juba signed the oil deal, watched by the Ethiopian prime minister, Abiy Ahmed.")
meeting(REMOTE, False, "Emmanuel Macron", AFAR, "The summit, proposed by Emmanuel Macron, opened in Nairobi with the African leaders alone.")
# --- session 41 (gpa41): one named only in a part over others' meeting (third_parties) -----
OVER = "one who chairs, brokers, asks for, witnesses, tells or misses others' meeting is no party"
meeting(OFFICE, False, "Helga Brandt", OVER, "The round between the two trade ministers was presided over by the German envoy Helga Brandt.")
meeting(OFFICE, False, "Joseph Aoun", OVER, "Joseph Aoun, the Lebanese president, brokered the meeting between the two militia commanders.")
meeting(REMOTE, False, "Ilham Aliyev", OVER, "At the request of Ilham Aliyev, the Georgian and Armenian premiers met in Tbilisi.")
meeting(WITNESS, False, "Paul Kagame", OVER, "Burundian and Tanzanian officials signed the rail accord at a ceremony witnessed by the Rwandan president, Paul Kagame.")
meeting(WITNESS, False, "Luiz Lacalle", OVER, "The two port authorities signed the charter in Montevideo in the presence of the former president, Luiz Lacalle.")
meeting(REMOTE, False, "Marta Lindqvist", OVER, "The Baltic and Nordic ministers met in Riga for two hours, said Marta Lindqvist, a spokeswoman who briefed reporters by phone.")
meeting(REMOTE, False, "Farid Haddad", OVER, "Farid Haddad, who stayed away from the forum, said the two governors met over dinner.")
meeting(REMOTE, False, "Carla Benetti", OVER, "The Slovak premier, who met the Austrian chancellor in Vienna, told interviewer Carla Benetti she was pleased.")
meeting(REMOTE, False, "Tomasz Wrona", OVER, "The Czech minister met her Polish counterpart in Prague, though she had hoped to meet Tomasz Wrona as well.")
meeting(REMOTE, False, "Idris Bello", OVER, "The governor met the emir in Kano, although a meeting with his adviser, Idris Bello, was called off.")
meeting(REMOTE, False, "Samia Hassan", OVER, "The Kenyan envoy, Samia Hassan, met each faction separately in Mombasa.")
meeting(REMOTE, False, "Gabriel Boric", OVER, "Gabriel Boric opened the forum with a prerecorded address.")
meeting(REMOTE, False, "Javier Milei", OVER, "Javier Milei toured a car plant in Cordoba while the regional leaders met in Lima.")
THERE = "one who chairs, tells or hosts a meeting and sits in it is a party"
meeting(OFFICE, True, "Helga Brandt", THERE, "Helga Brandt presided over the round in Bonn and met both trade ministers there.")
meeting(OFFICE, True, "Joseph Aoun", THERE, "Joseph Aoun, who brokered the meeting, sat down with the two militia commanders in Beirut.")
meeting(WITNESS, True, "Paul Kagame", THERE, "Paul Kagame met the Burundian president in Kigali, where the two signed the rail accord.")
meeting(REMOTE, True, "Marta Lindqvist", THERE, "Marta Lindqvist said she met the Baltic ministers in Riga for two hours.")
meeting(REMOTE, True, "Farid Haddad", THERE, "Farid Haddad said after meeting the two governors that the dinner had gone well.")
meeting(REMOTE, True, "Tomasz Wrona", THERE, "The Czech minister met Tomasz Wrona in Prague on Monday.")
meeting(REMOTE, True, "Samia Hassan", THERE, "Samia Hassan, the Kenyan envoy, met the two factions together in Mombasa.")
meeting(REMOTE, True, "Javier Milei", THERE, "Javier Milei hosted the regional leaders in Cordoba while protesters gathered outside.")
meeting(REMOTE, True, "Gabriel Boric", THERE, "Gabriel Boric opened the forum in Santiago and held talks with the Peruvian president.")
meeting(REMOTE, True, "Ilham Aliyev", THERE, "Ilham Aliyev, at the request of the Georgian premier, met him in Tbilisi.")
# fmt: on


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
