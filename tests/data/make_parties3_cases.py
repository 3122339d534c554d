# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the party-roles set of check 20's last causes (``grounding_parties3.jsonl``), by
category:

- ``announcer``: a party agreeing by its own word, or named again in what is reported (pass);
  the one who says, announces, confirms or is quoted as the source that *others* accepted
  ("the Qatari foreign minister said Israel and Hamas had accepted", "..., Egypt said.",
  "according to Qatar, ...") (fail);
- ``urged-talks``: a summit's parties, those meeting, also after "held talks with" or when
  the sentence urges other talks (pass); a group others are urged, pushed or pledged to talk
  with ("pushed for direct talks with the M23 rebels", "urged Kinshasa to negotiate with
  M23", "negotiations between A and B") for a held summit (fail);
- ``people-from``: a summit's party named by the people it sends ("foreign ministers from
  Germany, Spain and Italy", "envoys from the United States") (pass); a country after "from"
  that only says where someone came from ("a delegation arrived from Egypt", "returned from
  Russia") (fail);
- ``group-place``: a meeting's place where the sentence names its parties only as a group
  noun ("South American heads of state will meet at the Itamaraty Palace", "a summit of the
  bloc's foreign ministers in Vilnius") (pass); the place of something else, of an earlier
  meeting, or of a group that other parties qualify ("Russian and Chinese leaders will meet
  at ...") (fail);
- ``persuade-would``: agreement worded as "persuaded X to sign" (the persuaded agreed) or as
  a party's word that it will keep the truce ("Kyiv said it would respect the truce", "and
  Kyiv said it would.") (pass); the persuader, a persuasion that failed or was only tried, an
  appeal only, "said it would not", "said it would consider" (fail);
- ``naming-aside``: a party in "as X calls its fighters" that names its own people (pass); a
  party that names another's ("as Israel calls the group"), appeals ("following calls from
  Qatar", "as Egypt calls for restraint") or only speaks (fail).

Run ``python tests/data/make_parties3_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, or public figures in invented
sentences); each verdict is what a careful fact-checker reads in the text, decided when the
case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_parties3.jsonl")

LEADS = [
    "DOHA, May 4 (Gulf Desk Wire) - Officials gave few other details.",
    "Live updates: the latest from the talks, by our correspondents.",
    "The Harbour Gazette | Foreign desk",
    "LUANDA, Feb 11 (Continental Press) -- From our regional bureau.",
    "Evening briefing from the Northfield Ledger.",
]

built = SupportCases("p3", LEADS, closing="The story is developing.")


def stance(category: str, name: str, sentence: str, expect: bool, path: str = "party") -> None:
    """A party that agreed to a truce: ``path`` "party" asks whether the party is the one
    agreeing, "stance" whether the agreement is worded."""
    why = f"{name} agreed ({path}): {sentence[:60]}"
    built.truce_position(category, expect, name, "agreed", [sentence], why, path, full=True)


def party(
    category: str, parties: list[str], which: int, sentence: str, expect: bool,
    status: str = "held",
) -> None:  # fmt: skip
    """A summit's party ``parties[which]``."""
    why = f"party {parties[which]}: {sentence[:60]}"
    built.meeting_party(category, expect, parties, which, [sentence], why, status)


def place(
    where: str, parties: list[str], sentence: str, expect: bool, status: str = "scheduled"
) -> None:
    why = f"at {where}: {sentence[:60]}"
    built.meeting_place("group-place", expect, where, [sentence], why, parties, status)


def announcer_cases() -> None:
    for name, sentence in [
        ("Hamas", "Speaking in Doha, where the talks were held, the Qatari foreign minister said Israel and Hamas had accepted the pause."),
        ("Israel", "Israel and Hamas accepted the pause, the Qatari foreign minister said on Monday."),
        ("Qatar", "Qatar said it had accepted the truce and would help monitor it from Tuesday."),
        ("Russia", "The Kremlin said it accepted the 30-day ceasefire, a day after Ukraine did."),
        ("Egypt", "Egypt announced that it had accepted the truce terms, state media reported."),
        ("Sudan", "Sudan's army said on Sunday that it agreed to the week-long truce."),
        ("Ethiopia", "Ethiopian officials confirmed the government had signed the truce in Pretoria."),
        ("Ukraine", "Ukraine accepted the truce, President Volodymyr Zelenskyy said in a video address."),
        ("Qatar", "According to Qatar's foreign ministry, Israel, Hamas and Qatar itself have signed on to the pause."),
        ("Colombia", "Colombia told reporters it accepted the ceasefire proposal in full."),
        ("Armenia", "Armenia agreed to the truce, its foreign ministry said late on Friday."),
        ("Azerbaijan", "Azerbaijani officials said Baku had accepted the humanitarian truce."),
    ]:  # fmt: skip
        stance("announcer", name, sentence, True)
    for name, sentence in [
        ("Qatar", "Speaking in Doha, where the talks were held, the Qatari foreign minister said Israel and Hamas had accepted the pause."),
        ("Qatar", "Israel and Hamas accepted the pause, the Qatari foreign minister said on Monday."),
        ("Egypt", "Egypt announced on Monday that Israel and Hamas had agreed to a 60-day truce."),
        ("Egypt", "Egyptian state media reported that Israel and Hamas accepted the plan."),
        ("United States", "The White House confirmed that Armenia and Azerbaijan had signed the truce."),
        ("Turkey", "Turkish Foreign Minister Hakan Fidan said Russia and Ukraine agreed to halt strikes on ports."),
        ("Qatar", "According to Qatar's foreign ministry, Israel and Hamas have signed on to the pause."),
        ("Kenya", "Kenya's president told reporters in Nairobi that Ethiopia and the TPLF had accepted the deal."),
        ("Norway", "Colombia's government and the rebels have accepted the ceasefire, Norway said in a statement."),
        ("Saudi Arabia", "Saudi officials said on Sunday that the army and the RSF had accepted a week-long truce."),
        ("Oman", "Omani state media reported that Yemen and Saudi Arabia had accepted the truce."),
        ("France", "Russia and Ukraine agreed to the pause, French officials said."),
    ]:  # fmt: skip
        stance("announcer", name, sentence, False)


def urged_cases() -> None:
    for parties, which, sentence in [
        (["Kenya", "Tanzania", "M23"], 2, "Kenyan and Tanzanian envoys held direct talks with the M23 rebels in Goma on Monday."),
        (["Kenya", "Tanzania"], 0, "Leaders from Kenya and Tanzania pushed for direct talks with the M23 rebels at their summit."),
        (["Donald Trump", "Vladimir Putin"], 1, "Trump held talks with Putin in Alaska for nearly three hours."),
        (["Ethiopia", "Eritrea"], 1, "Ethiopia's prime minister met Eritrea's president after being urged for months by the AU."),
        (["Kenya", "Uganda"], 1, "Kenya's president urged calm and later met Uganda's president in Kampala."),
        (["Colombia", "ELN"], 1, "Colombian negotiators sat down with the ELN in Havana after years of pressure."),
        (["Russia", "Ukraine"], 1, "Having been pressed for weeks, Russia finally held direct talks with Ukraine in Istanbul."),
        (["Congo", "Rwanda"], 1, "Congo's foreign minister met Rwanda's foreign minister in Washington, and both urged calm."),
        (["Israel", "Hamas"], 0, "Israeli negotiators held indirect talks with Hamas in Cairo on Sunday."),
        (["Sudan", "Egypt"], 1, "Sudan's army chief met Egypt's president, who has urged talks with the RSF."),
        (["Thailand", "Cambodia"], 1, "Thailand's leader met Cambodia's premier in Kuala Lumpur, where Malaysia pushed for peace."),
    ]:  # fmt: skip
        party("urged-talks", parties, which, sentence, True)
    for parties, which, sentence in [
        (["Kenya", "Tanzania", "M23"], 2, "Leaders called for an immediate ceasefire and pushed for direct talks with the M23 rebels, after a joint summit in Dar es Salaam."),
        (["Kenya", "Uganda", "M23"], 2, "The summit urged Kinshasa to negotiate with M23 without preconditions."),
        (["Angola", "Zambia", "Congo"], 2, "The leaders called on Rwanda to engage with Congo in good faith."),
        (["Kenya", "Tanzania", "M23"], 2, "Leaders pushed for direct negotiations between the Congolese government and the Rwanda-backed M23 rebels."),
        (["Kenya", "Tanzania", "M23"], 2, "The communique said the leaders are committed to engaging in direct talks with all parties involved, including the M23 rebels."),
        (["Qatar", "Egypt", "Hamas"], 2, "Arab leaders meeting in Cairo pressed Israel to resume negotiations with Hamas."),
        (["Nigeria", "Ghana", "Niger"], 2, "West African heads of state urged the bloc to open dialogue with Niger's military rulers."),
        (["France", "Germany", "Russia"], 2, "Macron and Merz, at their summit in Paris, encouraged Kyiv to hold talks with Russia when it is ready."),
        (["Brazil", "Colombia", "Venezuela"], 2, "At the Bogota summit, the two presidents called for renewed dialogue with Venezuela."),
        (["Saudi Arabia", "United States", "Houthis"], 2, "The two delegations demanded direct talks with the Houthis over the Red Sea attacks."),
        (["Japan", "South Korea", "North Korea"], 2, "The leaders said they were ready to hold talks with North Korea at any time."),
    ]:  # fmt: skip
        party("urged-talks", parties, which, sentence, False)


def people_from_cases() -> None:
    for parties, which, sentence in [
        (["Germany", "Spain", "Italy"], 0, "Foreign ministers from Germany, Spain and Italy met in Paris on Thursday to discuss the plan."),
        (["Germany", "Spain", "Italy"], 2, "Foreign ministers from Germany, Spain and Italy met in Paris on Thursday to discuss the plan."),
        (["United States", "Egypt"], 0, "Envoys from the United States and Egypt met in Sharm el-Sheikh for a second day."),
        (["Norway", "Colombia"], 0, "Negotiators from Norway joined Colombian officials at the table in Oslo."),
        (["Kenya", "Uganda"], 1, "Leaders from Kenya and Uganda gathered in Arusha for the regional summit."),
        (["Qatar", "Israel"], 0, "Officials from Qatar held talks with Israeli representatives in Doha on Monday."),
        (["Poland", "France"], 0, "The summit brought together delegations from Poland and France in Warsaw."),
        (["Ghana", "Nigeria"], 0, "Representatives from Ghana and Nigeria met in Abuja to review the border deal."),
        (["Japan", "South Korea"], 1, "Diplomats from Japan and South Korea held a rare meeting in Seoul on Friday."),
        (["Turkey", "Greece"], 0, "Ministers from Turkey met their Greek counterparts in Athens on Tuesday."),
        (["Brazil", "Argentina"], 0, "Trade ministers from Brazil sat down with Argentine officials in Montevideo."),
    ]:  # fmt: skip
        party("people-from", parties, which, sentence, True)
    for parties, which, sentence in [
        (["Israel", "Egypt"], 1, "A delegation arrived from Egypt to meet Israeli officials in Jerusalem."),
        (["France", "Russia"], 1, "The French minister, who had just returned from Russia, met Polish officials in Warsaw."),
        (["Germany", "Ukraine"], 1, "German and Polish leaders met in Berlin as refugees kept arriving from Ukraine."),
        (["Kenya", "Uganda"], 1, "Kenyan officials met Tanzanian envoys in Nairobi after flying in from Uganda."),
        (["Qatar", "Israel"], 0, "Israeli negotiators met Hamas mediators in Cairo, fresh from Qatar."),
        (["Colombia", "Venezuela"], 1, "Colombian and Ecuadorian leaders met at the border, far from Venezuela."),
        (["Spain", "Morocco"], 1, "Spanish and Portuguese ministers met in Madrid to discuss migrants arriving from Morocco."),
        (["Japan", "China"], 1, "Japanese and Korean leaders met in Tokyo to discuss dust blowing in from China."),
        (["Turkey", "Syria"], 1, "Turkish and Iraqi delegations met in Ankara a day after returning from Syria."),
        (["India", "Pakistan"], 1, "Indian and Bangladeshi officials met in Delhi about the water flowing from Pakistan."),
        (["Brazil", "Argentina"], 1, "Brazilian and Chilean ministers met in Santiago, with aid trucks setting off from Argentina."),
    ]:  # fmt: skip
        party("people-from", parties, which, sentence, False)


def group_place_cases() -> None:
    for where, parties, sentence in [
        ("Itamaraty Palace", ["Argentina", "Chile"], "South American heads of state will meet at the Itamaraty Palace."),
        ("Itamaraty Palace", ["Argentina", "Chile"], "Starting Tuesday, South American heads of state will meet at the Brazilian Foreign Ministry building, the Itamaraty Palace."),
        ("Europa building", ["France", "Germany"], "EU leaders will meet at the Europa building in Brussels on Thursday."),
        ("Vilnius", ["Estonia", "Latvia"], "A summit of the bloc's foreign ministers will be held in Vilnius next month."),
        ("Addis Ababa", ["Kenya", "Ethiopia"], "African Union leaders are due to meet in Addis Ababa on Sunday."),
        ("Lima", ["Peru", "Chile"], "The Pacific Alliance presidents will gather for talks in Lima on Friday."),
        ("Kuala Lumpur", ["Thailand", "Cambodia"], "Southeast Asian foreign ministers will meet in Kuala Lumpur next week."),
        ("Nairobi", ["Kenya", "Uganda"], "Next month, East African heads of state are set to meet in Nairobi."),
        ("Granada", ["Spain", "Italy"], "European leaders will hold a summit in Granada on October 5."),
        ("Doha", ["Qatar", "Egypt"], "Arab foreign ministers will meet in Doha on Saturday to discuss the truce."),
        ("Abuja", ["Nigeria", "Ghana"], "The meeting of West African defence chiefs will take place in Abuja."),
    ]:  # fmt: skip
        place(where, parties, sentence, True)
    for where, parties, sentence in [
        ("Itamaraty Palace", ["Argentina", "Chile"], "South American heads of state met at the Itamaraty Palace in 2019."),
        ("Itamaraty Palace", ["Argentina", "Chile"], "Russian and Chinese leaders will meet at the Itamaraty Palace on Tuesday."),
        ("Itamaraty Palace", ["Argentina", "Chile"], "South American heads of state will meet on Tuesday, and an exhibition opens at the Itamaraty Palace."),
        ("Europa building", ["France", "Germany"], "Japanese and Korean leaders will meet at the Europa building on Thursday."),
        ("Vilnius", ["Estonia", "Latvia"], "The bloc's foreign ministers, who last met in Vilnius, will gather again next month."),
        ("Addis Ababa", ["Kenya", "Ethiopia"], "African Union leaders praised the new hospital in Addis Ababa on Sunday."),
        ("Lima", ["Peru", "Chile"], "Pacific Alliance presidents will meet next week, a statement issued in Lima said."),
        ("Kuala Lumpur", ["Thailand", "Cambodia"], "Southeast Asian foreign ministers will meet next week after a flood in Kuala Lumpur."),
        ("Nairobi", ["Kenya", "Uganda"], "East African heads of state will meet next month; the dates were announced in Nairobi."),
        ("Granada", ["Spain", "Italy"], "American leaders will meet in Granada on October 5."),
        ("Doha", ["Qatar", "Egypt"], "Iranian foreign ministers past and present will meet in Doha on Saturday."),
    ]:  # fmt: skip
        place(where, parties, sentence, False)


def persuade_cases() -> None:
    for name, sentence in [
        ("Rwanda", "Angolan mediators persuaded Congo and Rwanda to sign the truce in Luanda."),
        ("Congo", "Angolan mediators persuaded Congo and Rwanda to sign the truce in Luanda."),
        ("Ukraine", "Pope Leo appealed to Russia and Ukraine to observe a Christmas truce, and Kyiv said it would."),
        ("Russia", "Moscow said it would respect the Easter truce declared by the patriarch."),
        ("Hamas", "Hamas said that it would abide by the ceasefire as long as Israel did."),
        ("Sudan", "The army was persuaded to accept the truce after three days of talks in Jeddah."),
        ("Ethiopia", "Kenya convinced Ethiopia and the TPLF to sign the truce in Pretoria."),
        ("Thailand", "Thailand said it will fully observe the ceasefire from midnight."),
        ("Israel", "Israeli officials said they would honour the truce, a day after the cabinet vote."),
        ("Armenia", "Washington finally persuaded Armenia and Azerbaijan to accept the deal."),
        ("Colombia", "Asked whether it would join the truce, Colombia said it would."),
        ("Pakistan", "Pakistan said it would adhere to the ceasefire along the Line of Control."),
    ]:  # fmt: skip
        stance("persuade-would", name, sentence, True, "stance")
    for name, path, sentence in [
        ("Angola", "party", "Angolan mediators persuaded Congo and Rwanda to sign the truce in Luanda."),
        ("Angola", "party", "Angola persuaded Congo and Rwanda to sign the truce in Luanda."),
        ("Russia", "stance", "Pope Leo appealed to Russia and Ukraine to observe a Christmas truce, but neither replied."),
        ("Rwanda", "stance", "Angolan mediators tried to persuade Congo and Rwanda to sign the truce."),
        ("Rwanda", "stance", "Angolan mediators hope to persuade Rwanda to sign the truce next week."),
        ("Rwanda", "stance", "Rwanda could not be persuaded to sign the truce."),
        ("Ukraine", "stance", "Kyiv said it would not observe a truce that let Russia regroup."),
        ("Russia", "stance", "Moscow said it would consider the Easter truce proposal."),
        ("Hamas", "stance", "Hamas said it would respect the truce only if Israel withdrew first."),
        ("United States", "party", "Washington finally persuaded Armenia and Azerbaijan to accept the deal."),
        ("Kenya", "party", "Kenya convinced Ethiopia and the TPLF to sign the truce in Pretoria."),
        ("Sudan", "stance", "Sudan's army was urged to sign the truce by Saudi and US mediators."),
    ]:  # fmt: skip
        stance("persuade-would", name, sentence, False, path)


def naming_cases() -> None:
    for name, sentence in [
        ("Hamas", "The resistance, as Hamas calls its fighters, accepted the truce."),
        ("Hezbollah", "The resistance, as Hezbollah describes its armed wing, agreed to the ceasefire on Wednesday."),
        ("Houthis", "Ansar Allah, as the Houthis call their movement, accepted the truce in Muscat."),
        ("Hamas", "The Qassam Brigades, as Hamas terms its military wing, said they had accepted the pause."),
        ("Israel", "The IDF, as Israel calls its army, accepted the truce at dawn."),
        ("Russia", "The special military operation forces, as Russia calls its troops, agreed to halt fire."),
        ("Taliban", "The Islamic Emirate, as the Taliban call their government, accepted the truce in Doha."),
        ("Sudan", "The armed forces of the Republic, as Sudan calls its army, signed the truce in Jeddah."),
        ("Hamas", "Its fighters, the resistance as Hamas calls its armed men, have accepted the truce, the group said."),
        ("Ukraine", "The defenders, as Ukraine calls its soldiers, agreed to the Easter pause."),
        ("Hamas", "Hamas accepted the truce, and the resistance, as Hamas calls its fighters, laid down arms."),
    ]:  # fmt: skip
        stance("naming-aside", name, sentence, True)
    for name, sentence in [
        ("Israel", "The resistance, as Israel calls Hamas's armed wing, accepted the truce."),
        ("Qatar", "Following calls from Qatar, Hamas accepted the truce."),
        ("Egypt", "As Egypt calls for restraint, Hamas has accepted the truce."),
        ("Turkey", "Turkey's calls for a pause went unheeded until Hamas accepted the truce."),
        ("Israel", "The terrorists, as Israel calls the group's fighters, accepted the pause."),
        ("United States", "Answering calls from the United States, Sudan's army accepted the truce."),
        ("Iran", "The axis of resistance, as Iran calls its allies, welcomed the truce that Hezbollah accepted."),
        ("Russia", "The Kyiv regime, as Russia calls the government, accepted the truce, Moscow claimed."),
        ("Qatar", "Hamas accepted the truce after repeated calls by Qatar and Egypt."),
        ("Saudi Arabia", "The coalition, as Saudi Arabia calls the alliance, watched as the Houthis accepted the truce."),
        ("Egypt", "The resistance accepted the truce, Egypt said, as Hamas calls its fighters."),
    ]:  # fmt: skip
        stance("naming-aside", name, sentence, False)


def second_round() -> None:
    """Other wording, written and decided before it was first run."""
    for name, sentence in [
        ("Hamas", "Hamas has accepted the Egyptian proposal, a senior Hamas official told AFP."),
        ("Israel", "BREAKING: Israel accepts truce, says PM's office"),
        ("Russia", "Moscow confirmed on Tuesday that Russia had accepted the grain corridor truce."),
        ("Thailand", "Thai and Cambodian officials said both armies had accepted the truce."),
        ("Iran", "Iran's foreign minister said Tehran accepted the truce and expected Israel to do the same."),
    ]:  # fmt: skip
        stance("announcer", name, sentence, True)
    for name, sentence in [
        ("Egypt", "Cairo said Israel and Hamas had accepted the new truce terms."),
        ("Turkey", "Israel and Hamas both accepted the truce, Turkish President Recep Tayyip Erdogan said on Sunday."),
        ("United States", "According to the State Department, Armenia and Azerbaijan accepted the truce."),
        ("Malaysia", "Malaysian Prime Minister Anwar Ibrahim told reporters that Thailand and Cambodia had agreed to an immediate ceasefire."),
        ("India", "Pakistan accepted the ceasefire, Indian officials claimed."),
    ]:  # fmt: skip
        stance("announcer", name, sentence, False)
    for parties, which, sentence in [
        (["Colombia", "ELN"], 1, "After months of appeals, Colombia's government opened talks with the ELN in Caracas."),
        (["Ukraine", "Russia"], 1, "Ukraine and Russia held their first direct talks in three years in Istanbul."),
        (["Israel", "Hamas"], 1, "Israel, under pressure from Washington, began indirect negotiations with Hamas in Doha."),
        (["Kenya", "Somalia"], 1, "Kenya's president, who had urged calm, met Somalia's leader for talks in Nairobi."),
        (["Armenia", "Azerbaijan"], 1, "Armenia held peace talks with Azerbaijan in Abu Dhabi on Thursday, the foreign ministry said."),
    ]:  # fmt: skip
        party("urged-talks", parties, which, sentence, True)
    for parties, which, sentence in [
        (["EU", "Ukraine", "Russia"], 2, "EU leaders meeting in Brussels urged Ukraine to start talks with Russia only from a position of strength."),
        (["Kenya", "Ethiopia", "Eritrea"], 2, "The two leaders called on Addis Ababa to seek dialogue with Eritrea."),
        (["Egypt", "Jordan", "Hamas"], 2, "At the Amman summit, the kings pressed for a resumption of negotiations with Hamas."),
        (["United States", "Qatar", "Taliban"], 2, "The envoys encouraged Kabul's neighbours to pursue talks with the Taliban."),
        (["Nigeria", "Benin", "Niger"], 2, "ECOWAS leaders, wrapping up their summit, urged direct talks with Niger."),
    ]:  # fmt: skip
        party("urged-talks", parties, which, sentence, False)
    for parties, which, sentence in [
        (["Israel", "Egypt"], 1, "Israeli officials met a high-level delegation from Egypt in Tel Aviv."),
        (["United States", "Ukraine"], 0, "Negotiators from the U.S. and Ukraine met in Jeddah for eight hours."),
        (["Sudan", "Saudi Arabia"], 1, "Army representatives met senior envoys from Saudi Arabia in Port Sudan."),
        (["China", "Brazil"], 0, "Top diplomats from China and Brazil held talks in Beijing."),
        (["Chile", "Peru"], 1, "Chilean ministers welcomed their counterparts from Peru to Santiago."),
    ]:  # fmt: skip
        party("people-from", parties, which, sentence, True)
    for parties, which, sentence in [
        (["Russia", "Ukraine"], 1, "Russian and Belarusian officials met in Minsk after a convoy came from Ukraine."),
        (["Poland", "Belarus"], 1, "Polish and Lithuanian leaders met near the border with Belarus."),
        (["France", "Mali"], 1, "French and German ministers met in Paris, days after troops withdrew from Mali."),
        (["Qatar", "Iran"], 1, "Qatari and Omani envoys met in Doha to discuss flights from Iran."),
        (["Kenya", "Somalia"], 1, "Kenyan and Ethiopian leaders met in Nairobi to discuss refugees fleeing from Somalia."),
    ]:  # fmt: skip
        party("people-from", parties, which, sentence, False)
    for where, parties, sentence in [
        ("Jeddah", ["Saudi Arabia", "Egypt"], "Gulf and Arab foreign ministers are expected to convene in Jeddah on Sunday."),
        ("Geneva", ["United States", "Russia"], "The two delegations will meet in Geneva next week."),
        ("Brasilia", ["Brazil", "Argentina"], "Mercosur presidents meet in Brasilia today for the bloc's annual summit."),
        ("Sharm el-Sheikh", ["Egypt", "Qatar"], "Arab League leaders will hold talks in Sharm el-Sheikh on Monday."),
        ("Helsinki", ["Finland", "Sweden"], "Nordic prime ministers will meet in Helsinki on Wednesday."),
    ]:  # fmt: skip
        place(where, parties, sentence, True)
    for where, parties, sentence in [
        ("Helsinki", ["Finland", "Sweden"], "Nordic prime ministers met in Helsinki last year and will meet again in the autumn."),
        ("Brasilia", ["Brazil", "Argentina"], "Chinese and Indian ministers will meet in Brasilia today."),
        ("Jeddah", ["Saudi Arabia", "Egypt"], "Gulf foreign ministers will meet next week, after their envoys return from Jeddah."),
        ("Geneva", ["United States", "Russia"], "Iranian and European leaders will meet in Geneva next week."),
        ("Sharm el-Sheikh", ["Egypt", "Qatar"], "Arab League leaders will meet on Monday, a week after a bombing in Sharm el-Sheikh."),
        ("Sudan", ["Kenya", "Uganda"], "East African leaders will attend talks in Oslo convened by Norway to discuss the Sudan truce."),
        ("Gaza", ["Germany", "Spain"], "Foreign ministers have been invited to a summit in Rome today convened by the Italian foreign minister to discuss the Gaza ceasefire plan."),
        ("Ukraine", ["France", "Germany"], "European leaders will meet in Berlin on Friday to discuss the war in Ukraine."),
    ]:  # fmt: skip
        place(where, parties, sentence, False)
    for name, sentence in [
        ("Congo", "Qatar finally convinced Congo to accept the truce after weeks of talks in Doha."),
        ("Houthis", "The Houthis said they would respect the truce in the Red Sea."),
        ("Israel", "Israel said Thursday it would abide by the truce."),
        ("Russia", "Russia has been persuaded to observe a 72-hour Victory Day truce, officials said."),
        ("Eritrea", "Eritrea said it would also honour the ceasefire."),
    ]:  # fmt: skip
        stance("persuade-would", name, sentence, True, "stance")
    for name, path, sentence in [
        ("Congo", "stance", "Qatar failed to convince Congo to accept the truce."),
        ("Houthis", "stance", "The Houthis said they would never respect a truce imposed by Washington."),
        ("Israel", "stance", "Israel said it would study the truce proposal."),
        ("Turkey", "party", "Turkey persuaded Russia to observe the grain truce."),
        ("Congo", "stance", "Mediators are trying to persuade Congo to sign the truce."),
    ]:  # fmt: skip
        stance("persuade-would", name, sentence, False, path)
    for name, sentence in [
        ("Hamas", "Hamas's armed wing, the resistance as Hamas calls its fighters, has accepted the truce."),
        ("Houthis", "Yemen's Houthis, or Ansar Allah as they call their movement, accepted the truce."),
        ("Hezbollah", "The Islamic resistance, as Hezbollah styles its fighters, agreed to stop firing."),
        ("Russia", "The special operation troops, as Moscow calls its army, accepted the Easter truce."),
        ("Israel", "The IDF, as Israel calls its military, accepted the 24-hour pause."),
    ]:  # fmt: skip
        stance("naming-aside", name, sentence, True)
    for name, sentence in [
        ("Hamas", "The occupation, as Hamas calls Israel, accepted the truce."),
        ("Egypt", "After Egypt's call for calm, Israel accepted the truce."),
        ("Qatar", "Answering Qatar's calls, the army accepted the truce."),
        ("Iran", "The Zionist entity, as Iran calls Israel, accepted the truce."),
        ("Russia", "The Kyiv regime, as Moscow calls its neighbour's government, accepted the pause."),
    ]:  # fmt: skip
        stance("naming-aside", name, sentence, False)


def third_round() -> None:
    """Other wording again, written and decided before it was first run."""
    for name, sentence in [
        ("Sudan", "Sudan's foreign ministry said in a statement that the army had accepted the truce."),
        ("Israel", "Israel's cabinet approved the truce late on Friday, the prime minister's office announced."),
        ("Hamas", "Hamas, a spokesman said, has accepted the proposal."),
    ]:  # fmt: skip
        stance("announcer", name, sentence, True)
    for name, sentence in [
        ("Qatar", "Doha announced that Israel and Hamas had accepted the pause."),
        ("Egypt", "Egypt's state news agency reported on Sunday that Hamas and Israel had accepted."),
        ("Saudi Arabia", "The Saudi foreign ministry confirmed both the army and the RSF had signed the truce."),
        ("United States", "U.S. Secretary of State Marco Rubio told reporters Thailand and Cambodia had agreed to the truce."),
        ("Kenya", "Ethiopia and the TPLF have accepted the deal, Kenyan President William Ruto said."),
    ]:  # fmt: skip
        stance("announcer", name, sentence, False)
    for parties, which, sentence in [
        (["Russia", "Ukraine"], 1, "Russia agreed to direct talks with Ukraine and the two delegations met in Istanbul on Friday."),
        (["Israel", "Lebanon"], 1, "Israel and Lebanon, urged on by Washington, held talks in Naqoura on Tuesday."),
        (["Serbia", "Kosovo"], 1, "Serbia's president met Kosovo's prime minister in Brussels after the EU pressed for talks."),
    ]:  # fmt: skip
        party("urged-talks", parties, which, sentence, True)
    for parties, which, sentence in [
        (["UK", "France", "Iran"], 2, "Starmer and Macron appealed for a return to negotiations with Iran over its nuclear programme."),
        (["Egypt", "Qatar", "Hamas"], 2, "The mediators want Israel to restart negotiations with Hamas next week."),
        (["Turkey", "Azerbaijan", "Armenia"], 2, "Erdogan and Aliyev said Baku remained open to talks with Armenia."),
    ]:  # fmt: skip
        party("urged-talks", parties, which, sentence, False)
    for parties, which, sentence in [
        (["Iran", "United States"], 0, "A team of negotiators from Iran held indirect talks with U.S. envoys in Muscat."),
        (["Sudan", "Chad"], 1, "Sudanese generals received the defence minister and other officials from Chad in Port Sudan."),
        (["Vietnam", "Cambodia"], 1, "Vietnam's leader met a delegation of lawmakers from Cambodia."),
    ]:  # fmt: skip
        party("people-from", parties, which, sentence, True)
    for parties, which, sentence in [
        (["Lebanon", "Syria"], 1, "Lebanese and Cypriot ministers met in Beirut to discuss refugees returning from Syria."),
        (["Austria", "Hungary"], 1, "Austrian and Slovak ministers met in Vienna after flying back from Hungary."),
        (["Morocco", "Algeria"], 1, "Moroccan and Mauritanian officials met in Rabat, hours after a drone strike from Algeria was reported."),
    ]:  # fmt: skip
        party("people-from", parties, which, sentence, False)
    for where, parties, sentence, status in [
        ("Astana", ["Kazakhstan", "Uzbekistan"], "Central Asian presidents gathered in Astana on Thursday for their annual consultative meeting.", "held"),
        ("Cairo", ["Egypt", "Jordan"], "Arab foreign ministers convene in Cairo on Sunday.", "scheduled"),
        ("Brussels", ["France", "Italy"], "NATO defence ministers will meet in Brussels next week.", "scheduled"),
    ]:  # fmt: skip
        place(where, parties, sentence, True, status)
    for where, parties, sentence in [
        ("Brussels", ["France", "Italy"], "NATO defence ministers will meet next week to discuss the war in Ukraine, officials in Brussels said."),
        ("Cairo", ["Egypt", "Jordan"], "Turkish and Iranian foreign ministers will meet in Cairo on Sunday."),
        ("Astana", ["Kazakhstan", "Uzbekistan"], "Central Asian presidents will meet in Tashkent after their 2023 summit in Astana."),
    ]:  # fmt: skip
        place(where, parties, sentence, False)
    for name, sentence in [
        ("Azerbaijan", "Russia persuaded Azerbaijan to accept a humanitarian truce in Karabakh."),
        ("Houthis", "The Houthis said on Monday they will abide by the Red Sea truce."),
        ("Hezbollah", "Asked whether the group would honour the truce, Hezbollah said it would."),
    ]:  # fmt: skip
        stance("persuade-would", name, sentence, True, "stance")
    for name, path, sentence in [
        ("Azerbaijan", "stance", "Russia urged Azerbaijan to accept a humanitarian truce in Karabakh."),
        ("Houthis", "stance", "The Houthis said they would abide by the truce if the strikes stopped."),
        ("Russia", "party", "Russia persuaded Azerbaijan to accept a humanitarian truce in Karabakh."),
    ]:  # fmt: skip
        stance("persuade-would", name, sentence, False, path)
    for name, sentence in [
        ("PKK", "The guerrillas, as the PKK calls its fighters, agreed to lay down arms."),
        ("Hamas", "Hamas's fighters, the 'resistance' as Hamas calls its armed men, accepted the truce."),
    ]:  # fmt: skip
        stance("naming-aside", name, sentence, True)
    for name, sentence in [
        ("Turkey", "The terrorists, as Turkey calls PKK fighters, accepted the truce."),
        ("Israel", "The resistance, as Israel calls the group's fighters, agreed to the pause."),
    ]:  # fmt: skip
        stance("naming-aside", name, sentence, False)


def build_cases() -> list[dict[str, Any]]:
    built.cases.clear()
    announcer_cases()
    urged_cases()
    people_from_cases()
    group_place_cases()
    persuade_cases()
    naming_cases()
    second_round()
    third_round()
    return built.cases


if __name__ == "__main__":
    build_cases()
    built.write(OUT)
