# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build a reviewer's set for session 41's third parties of a meeting (``grounding_rv41p.jsonl``):
gpa41's chairs, brokers, requesters, witnesses, tellers, interviewers, scrapped and missed
meetings, shuttles and places elsewhere (``occasions/third_parties.py``), at their edges.

- ``review-over``: one who chairs, brokers, asks for, proposes, arranges or urges a meeting.
  Must pass: the asker of a meeting of their own whose sentence has "between" for its hours,
  "alone" for the two in the room, a chair "who also led" a delegation, an arranger of a
  meeting "between himself and" another, an urger the others then met. Must fail: "chaired",
  "facilitated", "convened" or "moderated by" one over two others' talks, "with X looking on"
  at a signing, a mediator the sentence keeps out of the room.
- ``review-teller``: one who tells or watches others' meeting. Must pass: a teller whose own
  words seat them ("he and Museveni met", "talks between him and", "The two of us met", "the
  meeting between our two nations"), a witness the sentence seats at the summit as its host.
  Must fail: a spokesman whose "they met", "he met reporters", "after meeting" is another's,
  a witness before the signing is told, "inked" for "signed".
- ``review-missed``: one the page says was not met, was elsewhere, or met the sides apart.
  Must pass: a wish to meet then met ("finally met him"), a postponed meeting that went ahead,
  "could have come alone but brought", a shuttle before a joint session, a recorded opening
  then the chair in person, a host "in Nairobi as chairman of the ... summit", one back home
  "hours after she and the other leaders met". Must fail: "could not meet", "had been due to
  meet", "was supposed to attend", a far city while the meeting is told in another.

Session 42 (closer gpa42) appended cases of each form its mends read, in new words, to every
category: "chaired/convened/moderated/organised/facilitated by" over others' talks, a
go-between "carried messages between", "he met reporters", another's "who attended", "could
not meet", "was supposed to join", "phoned X and later met her", "X said talks between her
and", "and joined them for dinner", a host who "took his seat".

Run ``python tests/data/make_rv41p_cases.py`` to rebuild it. Every sentence is written for this
set (fictional people, or public figures and places in invented sentences); each verdict was
decided when written, before any run.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv41p.jsonl")

built = SupportCases(
    "rv41p",
    [
        "KAMPALA, May 12 (Lakeside Wire) -",
        "The Harrowgate Courier | World\n\n",
        "DIPLOMATIC DESK - The Tidewater Journal\n\n",
        "From our correspondent in Geneva, The Alpine Record.",
        "Filed by staff | Prairie Evening Ledger",
    ],
    "World news",
    "More to follow.",
    lead_end=" ",
)

OVER, TELLER, MISSED = "review-over", "review-teller", "review-missed"


def meeting(category: str, expect: bool, who: str, why: str, sentence: str) -> None:
    """A held summit whose one party is ``who``, backed by ``sentence`` alone."""
    built.meeting_party(category, expect, [who], 0, [sentence], f"party {who}: {why}")


# fmt: off
# --- review-over: must pass ---------------------------------------------------------------------
meeting(OVER, True, "William Ruto", "'between' gives the meeting's hours, and he asked for a meeting of his own", "The meeting with Museveni, requested by William Ruto, took place between noon and 3pm at State House.")
meeting(OVER, True, "Ngozi Adeyemi", "'alone' puts her in the room with the other", "The talks, proposed by Ngozi Adeyemi, left her and the Ghanaian minister alone in a side room for an hour.")
meeting(OVER, True, "Pieter de Vries", "the chair also led one of the two delegations", "The session between the Dutch and Belgian delegations was presided over by Pieter de Vries, who also led the Dutch team.")
meeting(OVER, True, "Aroha Ngata", "she arranged a meeting between herself and another", "Aroha Ngata arranged the meeting between herself and the Fijian premier after weeks of silence.")
meeting(OVER, True, "Lukas Brenner", "the urger is the one the others came to meet", "Lukas Brenner urged the two union leaders to meet him in Linz, and both arrived at his office on Monday.")
meeting(OVER, True, "Mariam Sesay", "the one who asked for the talks sat down at them", "At the request of Mariam Sesay, who then sat down with both envoys, the talks moved to Freetown.")
meeting(OVER, True, "Hamza Qureshi", "a broker who met the two sides together", "The meeting between the two clan elders, brokered by Hamza Qureshi, ended with all three men shaking hands at his table.")
meeting(OVER, True, "Colm Brennan", "the suggester hosted it", "The breakfast meeting between the mayors, suggested by Colm Brennan, was held at his own home, where he poured the tea.")
meeting(OVER, True, "Ines Carvalho", "mediated by a minister who chaired the joint session in the room", "The dispute was mediated by Ines Carvalho, who chaired the joint session between the two ports' bosses in Porto.")
meeting(OVER, True, "Kofi Mensah", "he initiated talks between his government and the unions and led them", "Talks between the government and the unions, initiated by Kofi Mensah, were led by him in person.")
meeting(OVER, True, "Rania Haddad", "the subject of the meeting verb, with a proposer", "Rania Haddad met the two mayors in Sidon, a meeting proposed by their own councils.")
meeting(OVER, True, "Oskar Lindgren", "the host brokered and sat in", "Oskar Lindgren brokered the talks between the fishing unions and then joined them at the table in Bergen.")
# --- review-over: must fail ---------------------------------------------------------------------
meeting(OVER, False, "Tor Halvorsen", "a chair of two others' talks", "The talks between the two foreign ministers were chaired by the Norwegian envoy, Tor Halvorsen.")
meeting(OVER, False, "Amara Diallo", "a facilitator of two others' talks", "The round between the Guinean and Malian delegations was facilitated by Amara Diallo, a UN official.")
meeting(OVER, False, "Helen Okafor", "a convener of others' talks", "The meeting between the two rival governors was convened by Helen Okafor, the party chairwoman.")
meeting(OVER, False, "Yusuf Demir", "a moderator of a debate between others", "The talks between the two mayoral candidates were moderated by Yusuf Demir.")
meeting(OVER, False, "Bernadette Kirui", "an urger whom the two did not include", "Bernadette Kirui urged the two opposition leaders to meet, and they met without her in Kisumu.")
meeting(OVER, False, "Matteo Ricci", "the proposer of a meeting of others, kept out", "The meeting between the two cardinals, proposed by Matteo Ricci, went ahead behind closed doors without him.")
meeting(OVER, False, "Sipho Ndlovu", "one who brokered the meeting of two others", "Sipho Ndlovu brokered the meeting between the two taxi associations.")
meeting(OVER, False, "Greta Hallberg", "a requester of others' meeting", "At the request of Greta Hallberg, the Danish and Swedish ministers met in Malmo.")
meeting(OVER, False, "Dmitri Volkov", "a mediator by telephone", "The talks between the two commanders were mediated by Dmitri Volkov, who stayed in Moscow and followed by telephone.")
meeting(OVER, False, "Leila Mansour", "a go-between who carried notes from room to room", "Leila Mansour carried notes between the two delegations, which never sat in the same room.")
meeting(OVER, False, "Chen Wei", "an organiser whose office arranged others' talks", "The talks between the Malaysian and Thai trade ministers were organised by Chen Wei's office in Singapore.")
meeting(OVER, False, "Adebayo Olatunji", "a sponsor of two others' meeting", "The meeting between the two kings, sponsored by Adebayo Olatunji, was held in Ibadan.")
# --- review-teller: must pass -------------------------------------------------------------------
meeting(TELLER, True, "William Ruto", "he tells a meeting of his own, 'he and Museveni met'", "Kenya's president, William Ruto, said he and Museveni met for six hours.")
meeting(TELLER, True, "Ursula Kaine", "she tells talks between herself and another", "Ursula Kaine said talks between her and the Estonian premier had gone well.")
meeting(TELLER, True, "Rashid Karimov", "'The two of us met' is the speaker's own meeting", "\"The two of us met for two hours and agreed on the pipeline,\" said Rashid Karimov.")
meeting(TELLER, True, "Fiona Gallagher", "'our two nations' meeting' told by the one who held it", "\"The meeting between our two nations was frank and useful,\" said Fiona Gallagher, Ireland's taoiseach.")
meeting(TELLER, True, "Akira Tanabe", "the teller's 'she and I' seats him", "Akira Tanabe told reporters that she and he met in the prime minister's office.")
meeting(TELLER, True, "Thandiwe Zulu", "the host watched a signing at her own summit", "At the summit she hosted in Durban, the Namibian and Botswanan leaders signed a water pact in the presence of Thandiwe Zulu.")
meeting(TELLER, True, "Ravi Menon", "the chair of the summit watched its signing", "On the final day of the summit he chaired in Kochi, the two ministers signed the accord, watched by Ravi Menon.")
meeting(TELLER, True, "Solveig Berg", "a teller who also sat at the table", "Solveig Berg, one of the four at the table, said the ministers met until dawn.")
meeting(TELLER, True, "Nadia Farouk", "'my counterpart and me' seats her", "Nadia Farouk said the talks between her counterpart and her lasted three hours.")
meeting(TELLER, True, "Marek Novak", "the teller's own meeting, told as 'we sat down'", "\"We sat down for three hours,\" said Marek Novak, after the ministers met in Brno.")
meeting(TELLER, True, "Gideon Achebe", "one of the two who met tells it", "Gideon Achebe and the Cameroonian minister met in Calabar, Achebe said.")
meeting(TELLER, True, "Lucia Romano", "the witness of a signing was one of the summit's leaders", "Lucia Romano watched as the two other leaders at the three-way summit signed the pact in Bari.")
# --- review-teller: must fail -------------------------------------------------------------------
meeting(TELLER, False, "Jane Wambui", "a spokeswoman whose 'they met' is the leaders'", "Jane Wambui, a spokeswoman, said they met for two hours in Entebbe.")
meeting(TELLER, False, "Omar Farah", "'he met' is the press he met, not the talks", "Omar Farah, who stayed away from the talks, said he met reporters afterwards while the two leaders met in private.")
meeting(TELLER, False, "Clara Vogt", "'after meeting' is the leaders' deed", "Clara Vogt, a government spokeswoman, said the leaders signed the deal after meeting for six hours.")
meeting(TELLER, False, "Ben Achterberg", "a witness named before the signing is told", "In the presence of Ben Achterberg, the two port directors signed the charter in Rotterdam.")
meeting(TELLER, False, "Miriam Tal", "a witness of an inking", "The two mayors inked the twinning deal at a ceremony witnessed by Miriam Tal.")
meeting(TELLER, False, "Kwame Asante", "a teller of others' talks", "The two presidents met for three hours, said Kwame Asante, a presidential spokesman.")
meeting(TELLER, False, "Petra Hoffmann", "an interviewer", "The chancellor, who met the Czech premier in Dresden, told presenter Petra Hoffmann the talks went well.")
meeting(TELLER, False, "Samuel Osei", "a teller in a tag after the told meeting", "Both ministers met in Accra on Tuesday, according to Samuel Osei, a ministry official.")
meeting(TELLER, False, "Hannah Price", "the spokeswoman's 'we' is her government, which met others", "Hannah Price, the spokeswoman, said we met the Irish side in good faith, referring to the minister's talks.")
meeting(TELLER, False, "Arjun Rao", "an analyst who comments on others' talks", "The talks between the two premiers were a breakthrough, Arjun Rao, an analyst at a Delhi think-tank, said.")
meeting(TELLER, False, "Ewa Kowalska", "a witness who watched on a screen", "The two ministers signed the accord in Gdansk, watched by Ewa Kowalska on a video link from Warsaw.")
meeting(TELLER, False, "Tobias Lind", "a teller whose 'who led' is another's", "Tobias Lind said the minister, who led the delegation, met the Finnish side in Turku.")
# --- review-missed: must pass -------------------------------------------------------------------
meeting(MISSED, True, "Haruto Sato", "a wish to meet, then met", "The governor, who had long wanted to meet Haruto Sato, finally met him in Osaka on Friday.")
meeting(MISSED, True, "Elif Kaya", "a meeting postponed and then held", "A meeting with the deputy minister, Elif Kaya, was postponed from Monday to Tuesday, when it went ahead in Izmir.")
meeting(MISSED, True, "Diego Alvarez", "'could have come alone but brought' seats him", "Diego Alvarez could have come alone but brought his whole cabinet to the talks in Quito.")
meeting(MISSED, True, "Nomvula Dube", "a shuttle before a joint session", "Nomvula Dube met each delegation separately before the three of them sat down together in Maputo.")
meeting(MISSED, True, "Jonas Petersen", "separate talks, then a joint session he chaired", "Jonas Petersen held separate talks with the two ministers before chairing a joint session in Aarhus.")
meeting(MISSED, True, "Aisha Bello", "a recorded opening, then the chair in person", "Aisha Bello opened the forum with a recorded video, then took the stage in person to chair the first session.")
meeting(MISSED, True, "Kwesi Boateng", "the host in the city of the summit", "Kwesi Boateng, in Accra as chairman of the West African Community summit, greeted each leader at the airport.")
meeting(MISSED, True, "Giorgia Conti", "back home hours after she and the others met", "Giorgia Conti was back in Rome on Friday evening, hours after she and the other leaders met in Brussels.")
meeting(MISSED, True, "Rafael Mendes", "'would have been forgiven' for skipping, but stayed", "Rafael Mendes would have been forgiven for skipping the summit, but he stayed for all three sessions.")
meeting(MISSED, True, "Zainab Yusuf", "unable to meet on one day, met on the next", "The envoy was unable to meet Zainab Yusuf on Monday but spent two hours with her in Abuja on Tuesday.")
meeting(MISSED, True, "Emil Horvath", "his city hosted the talks on a day named", "Emil Horvath was in Budapest as Tuesday's talks opened at his own ministry.")
meeting(MISSED, True, "Chiara Bianchi", "a talk cancelled, a later meeting held", "A meeting with the mayor, Chiara Bianchi, was cancelled on Monday, but the minister met her over lunch in Turin the next day.")
# --- review-missed: must fail -------------------------------------------------------------------
meeting(MISSED, False, "Ivan Petrov", "'could not meet' him", "The foreign minister could not meet Ivan Petrov, who was ill, and held talks with his deputy instead.")
meeting(MISSED, False, "Asha Patel", "a meeting she was due at, cut short", "The envoy had been due to meet Asha Patel before the visit was cut short.")
meeting(MISSED, False, "Henrik Dahl", "one supposed to attend who did not", "Henrik Dahl was supposed to attend the summit but stayed in Oslo with a fever.")
meeting(MISSED, False, "Ruth Abebe", "a far city while the meeting is told in another", "Ruth Abebe was in Addis Ababa while the two foreign ministers met in Nairobi.")
meeting(MISSED, False, "Paulo Souza", "a scrapped meeting with him", "Plans for a meeting with the trade secretary, Paulo Souza, were scrapped.")
meeting(MISSED, False, "Leona Fischer", "she should have been here", "Leona Fischer should have been here, the chancellor said as the talks opened without her.")
meeting(MISSED, False, "Kenji Mori", "a shuttle with no joint meeting", "Kenji Mori met each side separately in Manila and never brought them together.")
meeting(MISSED, False, "Ana Lima", "an opener by a prerecorded speech", "Ana Lima opened the Lisbon forum with a prerecorded speech from her office in Brasilia.")
meeting(MISSED, False, "Viktor Balogh", "one hoping to meet him, never done", "The Slovak premier had hoped to meet Viktor Balogh in Bratislava, but he did not come.")
meeting(MISSED, False, "Sana Malik", "away in a city named, the meeting in another", "Sana Malik toured a flood camp in Sukkur as the provincial leaders met in Lahore.")
meeting(MISSED, False, "Theo Marchetti", "a deputy went in his place", "The meeting was with Theo Marchetti's deputy, as Marchetti was in Geneva.")
meeting(MISSED, False, "Nia Okonkwo", "a meeting with her called off, another held", "A meeting with the finance minister, Nia Okonkwo, was called off, and the delegation met the central bank governor instead.")
# --- session 42, closer gpa42: the forms its mends read, in new words ---------------------------
# chaired, convened, moderated, organised, sponsored, facilitated by one over others' talks
meeting(OVER, False, "Greta Lindqvist", "a chair of two others' talks", "The talks between the Latvian and Lithuanian energy ministers were chaired by Greta Lindqvist.")
meeting(OVER, False, "Kofi Mensah", "a convener of two rivals' meeting", "The meeting between the two opposition leaders, convened by Kofi Mensah, ran past midnight in Kumasi.")
meeting(OVER, False, "Selin Aydin", "a moderator of two candidates' debate", "The debate between the two presidential hopefuls was moderated by the broadcaster Selin Aydin.")
meeting(OVER, False, "Oren Katz", "an organiser of others' talks", "The talks between the two water boards were organised by Oren Katz's foundation in Haifa.")
meeting(OVER, False, "Marta Ruiz", "a facilitator of others' talks", "The negotiations between the farmers and the retailers were facilitated by Marta Ruiz, a veteran arbitrator.")
meeting(OVER, True, "Jakob Weiss", "a party named in 'between', a junior official chairing", "The talks between Jakob Weiss and the Austrian chancellor were chaired by a junior official.")
meeting(OVER, True, "Amara Diallo", "convened by her, then left alone with the other", "The meeting, convened by Amara Diallo, left her and the Guinean minister alone for an hour.")
meeting(OVER, True, "Lars Holm", "organised by him, a meeting between himself and another", "The talks between himself and the Danish premier were organised by Lars Holm in Aalborg.")
meeting(OVER, True, "Nadia Haddad", "the sponsor sat down with them in person", "The meeting between the two sheikhs, sponsored by Nadia Haddad, was attended by her in person.")
# a go-between carrying notes between sides that never met
meeting(OVER, False, "Pablo Ortega", "a go-between carrying messages", "Pablo Ortega carried messages between the two negotiating teams for three days.")
meeting(OVER, False, "Yuki Tanaka", "a go-between passing proposals", "Yuki Tanaka, a veteran diplomat, passed proposals between the two delegations in separate hotels.")
meeting(OVER, False, "Amir Rahimi", "a shuttle between the sides", "Amir Rahimi shuttled between the two camps for a week.")
meeting(OVER, False, "Sofia Nieminen", "a go-between relaying letters", "Sofia Nieminen relayed letters between the two governments all spring.")
meeting(OVER, True, "Hugo Laurent", "a go-between who then met both", "Hugo Laurent carried messages between the two sides, then met them together in Lyon.")
meeting(OVER, True, "Rania Saleh", "carried notes, then the three of them met", "Rania Saleh carried notes between the envoys before all three sat down together in Amman.")
meeting(OVER, True, "Felix Braun", "the talks were between him and another", "Felix Braun said the talks between him and the Swiss minister lasted three hours.")
meeting(OVER, True, "Ingrid Olsen", "one of the two who met, after letters", "Ingrid Olsen and the Icelandic premier met in Reykjavik after months of letters.")
# a teller's "he met reporters" and another's "who led"
meeting(TELLER, False, "Karim Nasser", "'she met journalists' is the press she met", "Karim Nasser said she met journalists later while the two premiers met alone.")
meeting(TELLER, False, "Lena Fischer", "'who attended' is another's", "Lena Fischer said the envoy, who attended the talks, met the Polish side in Warsaw.")
meeting(TELLER, False, "Dmitri Volkov", "'who chaired' is another's", "Dmitri Volkov said the governor, who chaired the session, met both mayors in Perm.")
meeting(TELLER, False, "Aylin Demir", "'he met the press' while others met", "Aylin Demir, a spokesman who stayed outside, said he met the press while the two ministers met.")
meeting(TELLER, True, "Hiroshi Kato", "the teller's own 'who attended'", "Hiroshi Kato, who attended the talks, said the two ministers met for four hours.")
meeting(TELLER, True, "Maya Cohen", "'she met' the other side herself", "Maya Cohen said she met the Jordanian minister for two hours in Aqaba.")
meeting(TELLER, True, "Erik Sund", "the teller's own 'who led' a delegation", "Erik Sund, who led the Norwegian delegation, said the two sides met in Bergen.")
meeting(TELLER, True, "Leila Haddad", "'we met' told by one of the two", "Leila Haddad said we met the Egyptian side twice in Cairo.")
# could not meet, was supposed to attend, had been due to meet
meeting(MISSED, False, "Tomas Novak", "'could not meet' him", "The president could not meet Tomas Novak, who was delayed, and saw his adviser instead.")
meeting(MISSED, False, "Alma Rossi", "'had been scheduled to meet' her, then scrapped", "The delegation had been scheduled to meet Alma Rossi before the strike closed the airport.")
meeting(MISSED, False, "Bruno Keller", "'was supposed to join' the talks, stayed home", "Bruno Keller was supposed to join the talks but stayed in Zurich.")
meeting(MISSED, False, "Fatou Ndiaye", "'had been due to attend' and did not", "Fatou Ndiaye had been due to attend the summit before her flight was cancelled.")
meeting(MISSED, True, "Kai Muller", "'could not meet' one day, met him the next", "The envoy could not meet Kai Muller on Monday but met him in Bonn on Tuesday.")
meeting(MISSED, True, "Olga Ivanova", "'had been due to meet' her, and met her", "The minister had been due to meet Olga Ivanova on Friday, and met her in person on Saturday.")
meeting(MISSED, True, "Pedro Gomez", "a plan kept: he attended", "Pedro Gomez attended the summit in Lima as planned.")
meeting(MISSED, True, "Hana Sato", "'was supposed to' of another, she met", "The deputy was supposed to attend, but Hana Sato met the Korean minister herself in Seoul.")
# the one met again by a pronoun after a call, the teller's own "between her and", "and joined
# them", the host who "took his seat"
meeting(MISSED, True, "Nadia Petrova", "phoned, then met in person", "The chancellor phoned Nadia Petrova on Monday and later met her in Vienna.")
meeting(MISSED, True, "Omar Haddad", "written to, then met", "The envoy wrote to Omar Haddad and then met him at the embassy.")
meeting(MISSED, True, "Julia Weber", "called, then joined for talks", "The premier called Julia Weber and afterwards joined her for talks in Bern.")
meeting(MISSED, True, "Rui Costa", "phoned, then met", "The mayor phoned Rui Costa and met him again in Porto.")
meeting(MISSED, False, "Sara Lind", "phoned, then met her deputy", "The chancellor phoned Sara Lind and later met her deputy in Stockholm.")
meeting(MISSED, False, "Tariq Aziz", "phoned, then met his son", "The minister phoned Tariq Aziz and later met his son in Basra.")
meeting(MISSED, False, "Elena Popa", "phoned, then met her aides", "The envoy phoned Elena Popa and then met her aides in Bucharest.")
meeting(MISSED, False, "Goran Ilic", "called, then met his predecessor", "The president called Goran Ilic and later met his predecessor in Belgrade.")
meeting(TELLER, True, "Mirela Stan", "the teller's own side of the talks", "Mirela Stan said talks between her and the Moldovan president had been frank.")
meeting(TELLER, True, "Anders Berg", "the teller's own side, 'him and'", "Anders Berg said the meeting between him and the Finnish minister lasted an hour.")
meeting(TELLER, True, "Zara Khan", "the teller's own side, after a dateline", "Zara Khan told reporters the talks between her and the governor went well.")
meeting(TELLER, True, "Liam Byrne", "the teller's own side, with 'that'", "Liam Byrne said that the talks between him and the Welsh first minister were useful.")
meeting(TELLER, False, "Ines Ferreira", "talks between her aides and another", "Ines Ferreira said talks between her aides and the Spanish side had gone well.")
meeting(TELLER, False, "Pavel Horak", "told by another: 'him' is the teller", "The minister told Pavel Horak that talks between him and the premier had gone well.")
meeting(TELLER, False, "Grace Mwangi", "talks between her deputy and another", "Grace Mwangi said the talks between her deputy and the Kenyan minister had been tense.")
meeting(TELLER, False, "Otto Brandt", "talks between his envoys and another", "Otto Brandt said talks between his envoys and the rebels went on all night.")
meeting(OVER, True, "Ayesha Malik", "watched, then joined them", "Ayesha Malik watched the talks from the gallery and then joined them for dinner.")
meeting(OVER, True, "Bjorn Eriksen", "followed, then joined them", "Bjorn Eriksen followed the talks from a side room and joined them for the last hour.")
meeting(OVER, True, "Lucas Martin", "the host took his seat", "Lucas Martin, the summit's host, took his seat at the centre of the table in Nice.")
meeting(OVER, True, "Chloe Dubois", "the host took her place", "Chloe Dubois, the meeting's host, took her place beside the two ministers.")
meeting(OVER, False, "Hannes Gruber", "followed from afar, then joined the calls for calm", "Hannes Gruber followed the talks from Vienna and joined the calls for calm.")
meeting(OVER, False, "Mei Lin", "watched, then joined the protest outside", "Mei Lin watched the talks on television and joined the protest outside.")
meeting(OVER, False, "Arturo Vidal", "the host of next year's summit", "Arturo Vidal, the host of next year's summit, took his seat among the observers.")
meeting(OVER, False, "Kerstin Holm", "watched on a screen, joined the calls", "Kerstin Holm watched the talks on a screen in Oslo and joined the calls for a ceasefire.")
# a chair of talks between named sides, one of which the chair leads
meeting(OVER, True, "William Ruto", "the organiser of a meeting between two named sides leads one", "The meeting between Kenya and Uganda in Nairobi was organised by President William Ruto.")
meeting(OVER, True, "Gabriel Boric", "the convener of a meeting between two named sides leads one", "The meeting between Chile and Peru, convened by President Gabriel Boric, was held in Santiago.")
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    """The set's cases, as built above."""
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
