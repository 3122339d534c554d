# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the reporters set (``grounding_reporters.jsonl``): a country or office named only as
the source of a report about a truce or a meeting is no party to it, even where the sentence
names none of the parties, by category:

- ``unnamed-sides``: "..., X said" / "according to X" / "X said ..." after or before a clause
  whose subject is a group of sides ("the rival camps", "both factions", "the belligerents",
  "the two delegations"): X is a reporter (fail, unsupported: the evidence names X in another
  role); the reporter also named as one of the sides, or a subject that is the speaker's own
  ("our troops", "we"), keeps X as the party (pass);
- ``official-source``: an office as the source (a foreign ministry, a presidency, the White
  House, the Kremlin, a bloc's foreign policy chief) of a clause about the truce or the
  meeting itself ("the guns fell silent", "the truce began at dawn") or about sides (fail,
  unsupported); an office speaking of its own party by name ("Kyiv will observe ..., a
  Ukrainian presidential aide said"), of its own body ("The movement accepted ..., Hamas
  said"), or judging the truce ("is a welcome first step", a stance of its own) (pass);
- ``capital-source``: a capital as the source ("..., Cairo said") or as where the sides met
  ("Gathering in Doha, the delegations ...", "the warring parties met in Oslo") (fail,
  unsupported); a capital that is the subject acting ("Moscow accepted the truce proposal,
  the Kremlin said"), or named beside the other side ("Tehran and Washington held talks")
  (pass);
- ``own-announcement``: a group's or government's spokesman announcing its own truce in a
  quotation that names the other side only as the target ('"Our strikes against Israeli
  vessels will be suspended"', '"Attacks on Israeli ships will halt ...," X said') (pass); a
  third party's official quoting the sides' agreement ('"Both parties have accepted the
  pause"', '"Russia and Ukraine have agreed ..."') (fail, unsupported).

Written in session 13 for the case left open by ``make_tags_cases.py``: the tag rule refused
a reporter only where the sentence named another party. Run ``python
tests/data/make_reporters_cases.py`` to rebuild it. Every sentence was written for this set
(fictional outlets, public figures in invented sentences); each verdict was decided when the
case was written, never by running the code. Every refusal here is *unsupported* (``False``):
the name is there, in the role of the one who reports.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_reporters.jsonl")

LEADS = [
    "NICOSIA, June 2 (Harbourline) - Diplomats briefed journalists late in the day.",
    "The Meridian Post | World desk | Updated 14:05",
    "By Ines Kovacs, regional correspondent",
    "Live updates: the truce talks, hour by hour",
    "Morning Briefing -- what we know so far",
    "ACCRA (Coastal Dispatch) -- From our correspondent.",
]

built = SupportCases("rep", LEADS, closing="More details were expected later.")
REFUSED = "unsupported (False): named only as the source of the report"


def stance(category: str, expect: bool, name: str, sentence: str, value: str = "agreed") -> None:
    why = f"party {name} ({'pass' if expect else REFUSED}): {sentence[:70]}"
    built.truce_position(category, expect, name, value, [sentence], why, "party")


def summit(category: str, expect: bool, parties: list[str], sentence: str, status: str = "held") -> None:  # fmt: skip
    why = f"summit party {parties[0]} ({'pass' if expect else REFUSED}): {sentence[:70]}"
    built.meeting_party(category, expect, parties, 0, [sentence], why, status)


def unnamed_sides() -> None:
    cat = "unnamed-sides"
    for name, sentence in [
        ("Turkey", "The rival camps signed off on a 72-hour halt to the shelling, Turkish diplomats told reporters on Thursday."),
        ("Jordan", "Both factions have committed to a pause in the fighting, a Jordanian government source said."),
        ("Norway", "The belligerents accepted the terms late on Tuesday, according to the Norwegian foreign ministry."),
        ("Switzerland", "All parties signed the humanitarian truce in the early hours, a Swiss official said on condition of anonymity."),
        ("Oman", "An Omani official said both sides had agreed to extend the truce by a week."),
        ("Kenya", "The warring parties accepted the pause on Sunday, Kenya's foreign ministry told AFP."),
        ("Algeria", "According to an Algerian statement, the combatants agreed to lay down their arms for the holiday."),
        ("France", "The negotiating teams agreed to freeze the front lines, the French presidency said in a statement."),
        ("United Arab Emirates", "Fighters on both sides held their fire through the night, an Emirati official said."),
        ("Ghana", "Both armies pulled back from the border on Friday, the Ghanaian foreign ministry confirmed."),
        ("Qatar", "The two sides reached an understanding on a prisoner swap and a truce, Qatar's foreign ministry spokesman said."),
    ]:  # fmt: skip
        stance(cat, False, name, sentence)
    stance(cat, False, "Bahrain", "A Bahraini official told Reuters the opposing camps had signed the truce overnight.")  # fmt: skip
    summit(cat, False, ["Egypt", "Sudan"], "The two delegations sat down for a first round in the afternoon, an Egyptian diplomat said.")  # fmt: skip
    for name, sentence in [
        ("Egypt", "Cairo and Khartoum both signed the truce, Egypt's foreign ministry said."),
        ("Sudan", "We will respect the humanitarian pause, a Sudanese army spokesman said."),
        ("Armenia", "Both sides, Armenia and Azerbaijan, accepted the Russian-brokered truce, Russian officials said."),
        ("Russia", "Russia said it would honour the truce with Ukraine."),
        ("Ukraine", "Our troops will hold fire along the front with Russia, Ukraine's general staff said."),
        ("Hamas", "\u201cWe have agreed to the pause with Israel,\u201d a Hamas official said."),
        ("Thailand", "Both sides, including Thailand, agreed to stop firing, Thai officials said on Monday."),
        ("Mali", "The junta will abide by the truce, a Malian government spokesman said."),
        ("Ethiopia", "Ethiopian officials said Addis Ababa had accepted the AU-brokered truce."),
        ("Azerbaijan", "The Azerbaijani defence ministry said its units had stopped firing along the line of contact."),
    ]:  # fmt: skip
        stance(cat, True, name, sentence)
    stance(cat, True, "Morocco", "A Moroccan official told Reuters that Rabat had accepted the truce with the Polisario Front.")  # fmt: skip
    summit(cat, True, ["Kenya", "Somalia"], "Kenya and Somalia will hold talks in Mombasa next week, the Kenyan presidency said.", "scheduled")  # fmt: skip


def official_source() -> None:
    cat = "official-source"
    for name, sentence in [
        ("China", "Fighting along the border has stopped since Monday, a spokeswoman for China's foreign ministry said."),
        ("United States", "The guns fell silent across the region overnight, the White House said."),
        ("Russia", "The humanitarian pause in Gaza is holding, the Kremlin said on Wednesday."),
        ("Turkey", "The Turkish presidency said the two delegations had agreed to a prisoner exchange and a local truce."),
        ("Japan", "The two sides agreed to exchange lists of detainees on Saturday, a Japanese foreign ministry official said."),
        ("Germany", "All sides signed up to a weapons freeze, German government spokesman Steffen Hebestreit told a news conference."),
        ("Indonesia", "The negotiators from both camps initialled the truce text in the early hours, according to Indonesia's foreign ministry."),
        ("Brazil", "The truce began at 6 a.m. local time, the Brazilian foreign ministry said in a statement."),
        ("European Union", "The ceasefire came into force at noon, the EU's high representative said."),
        ("Saudi Arabia", "The ceasefire went into effect at midnight, said a spokesman for the Saudi foreign ministry."),
        ("Russia", "\u201cBoth sides are observing the pause,\u201d said Kremlin spokesman Dmitry Peskov."),
        ("Saudi Arabia", "The talks ended with a signed commitment to protect civilians, a Saudi foreign ministry statement said."),
    ]:  # fmt: skip
        stance(cat, False, name, sentence)
    summit(cat, False, ["European Union", "Serbia"], "Envoys of the two governments will sit down on Tuesday, the EU's top diplomat said.", "scheduled")  # fmt: skip
    summit(cat, False, ["South Africa", "Ethiopia"], "Delegates from both movements met behind closed doors for six hours, the South African presidency said.")  # fmt: skip
    for name, sentence, value in [
        ("Brazil", "The truce is a welcome first step, the Brazilian foreign ministry said.", "supports"),
        ("Ukraine", "Kyiv will observe the energy truce for 30 days, a Ukrainian presidential aide said.", "agreed"),
        ("Russia", "Moscow has accepted the pause, the Kremlin said.", "agreed"),
        ("Israel", "Israel accepted the US proposal for a 60-day truce, the prime minister's office said.", "agreed"),
        ("Hamas", "The movement accepted the Egyptian-Qatari proposal, Hamas said in a statement.", "agreed"),
        ("Sudan", "The army will respect the truce with the RSF, a Sudanese military spokesman said.", "agreed"),
        ("Pakistan", "Pakistan's army will stand down from 8 p.m., the military's media wing said.", "agreed"),
        ("Ethiopia", "Ethiopia and Tigrayan forces signed the deal in Pretoria, the Ethiopian prime minister's office said.", "agreed"),
        ("United States", "Washington backs the pause and will help monitor it, the White House said.", "supports"),
        ("China", "The ceasefire would be good for the whole region, a Chinese foreign ministry spokesman said.", "supports"),
        ("Ukraine", "\u201cWe will hold our fire until Easter Monday,\u201d said a spokesman for Ukraine's army.", "agreed"),
    ]:  # fmt: skip
        stance(cat, True, name, sentence, value)
    summit(cat, True, ["European Union", "China"], "EU and Chinese leaders will meet in Beijing in July, the bloc's foreign policy chief said.", "scheduled")  # fmt: skip
    summit(cat, True, ["United States", "Iran"], "Washington and Tehran agreed to a second round in Muscat, the White House said.", "scheduled")  # fmt: skip


def capital_source() -> None:
    cat = "capital-source"
    for name, sentence in [
        ("Egypt", "Both sides accepted the Eid truce, Cairo said on Sunday."),
        ("Qatar", "Gathering in Doha, the delegations agreed to a week-long pause, according to Qatari officials."),
        ("Turkey", "The negotiators met in Istanbul and agreed to swap prisoners, Ankara said."),
        ("Norway", "The warring parties met in Oslo and signed a truce."),
        ("Kenya", "The rival factions have agreed to a ceasefire, Nairobi announced."),
        ("Qatar", "Meeting in Doha on Tuesday, both delegations signed the pause, Qatari state media reported."),
        ("Russia", "The two Caucasus neighbours agreed to halt fire along the border, Moscow said."),
        ("Ethiopia", "Talks in Addis Ababa ended with both sides accepting the truce, according to Ethiopian officials."),
        ("United Arab Emirates", "The prisoner swap and the truce were agreed at talks in Abu Dhabi, Emirati officials said."),
        ("Angola", "Both delegations gathered in Luanda and accepted the truce, the Angolan presidency said."),
    ]:  # fmt: skip
        stance(cat, False, name, sentence)
    summit(cat, False, ["Saudi Arabia", "Sudan"], "The two sides met in Jeddah on Saturday, Riyadh said.")  # fmt: skip
    summit(cat, False, ["Qatar", "Israel"], "Negotiators from both sides met in Doha on Monday, Qatar's foreign ministry said.")  # fmt: skip
    for name, sentence, value in [
        ("Russia", "Moscow accepted the truce proposal on Tuesday, the Kremlin said.", "agreed"),
        ("Ukraine", "Kyiv will abide by the moratorium on energy strikes, Ukrainian officials told reporters.", "agreed"),
        ("Russia", "Officials in Moscow said Russia would observe the pause.", "agreed"),
        ("Qatar", "Doha welcomed the truce, Qatari officials said.", "supports"),
        ("Israel", "Jerusalem accepted the ceasefire terms on Friday, according to Israeli officials.", "agreed"),
        ("Turkey", "Ankara agreed to halt its operations in northern Syria, a Turkish defence ministry source said.", "agreed"),
        ("Armenia", "Yerevan has signed the truce, the Armenian foreign ministry said, adding that Baku had done the same.", "agreed"),
        ("Thailand", "Bangkok agreed to an immediate ceasefire on Monday, Thai government spokesman Jirayu Houngsub said.", "agreed"),
        ("Russia", "Officials in Moscow confirmed that Russian forces had stopped shelling the city.", "agreed"),
        ("Egypt", "Cairo has endorsed the truce and will send monitors, Egyptian officials said.", "supports"),
    ]:  # fmt: skip
        stance(cat, True, name, sentence, value)
    summit(cat, True, ["China", "United States"], "Beijing and Washington held a new round of trade talks in Geneva, Chinese state media said.")  # fmt: skip
    summit(cat, True, ["Iran", "United States"], "Tehran and Washington held indirect talks in Muscat, the Iranian foreign ministry said.")  # fmt: skip


def own_announcement() -> None:
    cat = "own-announcement"
    for name, sentence in [
        ("Houthis", "Houthi military spokesman Yahya Saree said, \u201cOur strikes against Israeli vessels will be suspended.\u201d"),
        ("Hamas", "Hamas spokesman Hazem Qassem said, \u201cOperations against Israel stop as of noon.\u201d"),
        ("PKK", "A PKK spokesman said, \u201cAttacks on Turkish soldiers end today.\u201d"),
        ("Hezbollah", "Hezbollah official Mahmoud Qmati said, \u201cRocket fire at northern Israel has stopped.\u201d"),
        ("Houthis", "\u201cAttacks on Israeli ships will halt while the truce holds,\u201d Houthi spokesman Mohammed Abdulsalam said."),
        ("M23", "M23 spokesman Lawrence Kanyuka said, \u201cOur fighters will not fire at Congolese troops.\u201d"),
        ("RSF", "\u201cOur forces will stop all assaults against army positions,\u201d an RSF adviser said."),
        ("Houthis", "Houthi leader Abdul-Malik al-Houthi announced, \u201cOur operations against Israel are halted.\u201d"),
        ("Russia", "Kremlin spokesman Dmitry Peskov said, \u201cStrikes on Ukrainian energy sites are paused for thirty days.\u201d"),
        ("Israel", "\u201cOperations against Hamas positions in the south are on hold,\u201d an Israeli military spokesman said."),
    ]:  # fmt: skip
        stance(cat, True, name, sentence)
    for name, sentence in [
        ("Qatar", "Qatari foreign ministry spokesman Majed al-Ansari said, \u201cBoth parties have accepted the pause.\u201d"),
        ("Egypt", "\u201cThe two sides will stop firing at midnight,\u201d an Egyptian security official said."),
        ("Turkey", "\u201cRussia and Ukraine have agreed to safe passage for grain ships,\u201d Turkish President Recep Tayyip Erdogan said."),
        ("Malaysia", "Malaysian Prime Minister Anwar Ibrahim said, \u201cThailand and Cambodia will cease fire at midnight.\u201d"),
        ("Kenya", "\u201cThe warring factions have laid down their arms,\u201d a Kenyan government spokesman said."),
        ("United States", "US envoy Steve Witkoff said, \u201cBoth sides have accepted the 30-day halt.\u201d"),
        ("Saudi Arabia", "\u201cBoth armies will pull back from the capital,\u201d a Saudi diplomat told reporters in Jeddah."),
        ("Norway", "Norwegian envoy Dag Nylander said, \u201cThe delegations agreed to extend the truce for ninety days.\u201d"),
        ("Algeria", "\u201cThe guns along the border have fallen silent,\u201d Algeria's foreign minister said."),
        ("Oman", "Omani Foreign Minister Badr Albusaidi said, \u201cThe Houthis will no longer target American ships.\u201d"),
    ]:  # fmt: skip
        stance(cat, False, name, sentence)


def build_cases() -> list[dict[str, object]]:
    built.cases.clear()
    unnamed_sides()
    official_source()
    capital_source()
    own_announcement()
    return built.cases


if __name__ == "__main__":
    build_cases()
    built.write(OUT)
