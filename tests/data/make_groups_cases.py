# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the groups, shut-out and meeting-stage set of the causes checks 24 to 26 left open
(``grounding_groups.jsonl``), one category per cause group:

- ``group-nouns``: a group noun standing for a group the article named before it ("the bloc",
  "the 27-nation bloc", "the alliance", "the union", "the regional body", "member states")
  names that group as an actor or a party (pass) when the group was named earlier, no other
  group of the same kind was named between, and the noun fits it ("the union" for the
  African Union, "the alliance" for NATO); not (fail) when no group is named before it, when
  another group was named nearer, when the noun does not fit ("the union" for NATO), when the
  value is a country or a person, when the noun is someone else's ("the dockworkers' union",
  "the international community", "NATO member states"), indefinite or plural ("an alliance",
  "several blocs"), or when the group is the one acted on ("Russia condemned the bloc");
- ``shut-out``: the one a meeting shuts out ("decided to exclude junta chief X", "barred",
  "left out", "shut out", "did not invite", "was not invited", "without X", "in the absence
  of X") is no party of that meeting and no actor of the exclusion (fail); the one excluding,
  those who meet, one invited, and the excluded one acting in a clause of its own (pass);
- ``meeting-stage``: a summit "set to wrap up", in its "final day" or "drawing to a close" is
  under way (pass), one whose preparations are wound up, planned to close next month or
  that closed is not (fail); ministers who "failed to reach a deal" held talks (pass), an aid
  convoy that failed to reach a town, or a deal they hope to reach, is no talks (fail); a
  group named before a capitalised "Leaders" or "Ministers" meeting is that meeting's party
  ("the Pacific Community Leaders meeting") (pass), a group whose longer name goes on into
  another body is not (fail).

Run ``python tests/data/make_groups_cases.py`` to rebuild it. Every article below was
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

OUT = Path(__file__).with_name("grounding_groups.jsonl")

LEADS = [
    "Eastbank Ledger | Asia desk",
    "JAKARTA, Oct 28 (Monsoon Wire) - From our regional bureau.",
    "Posted 09:40 | By Lena Oyelaran, World editor",
    "Live: the summit as it happened",
    "The Harbour Times - Analysis",
    "BRUSSELS (Continental Press) -- Filed from the press room.",
]

built = SupportCases("gr", LEADS, closing="More details were expected later.")
add = built.add
article = built.page


def actor(category: str, expect: bool, name: str, sentences: list[str], evidence: str) -> None:
    assert evidence in sentences, evidence
    event = {"description": "what the article reports", "actors": [name], "evidence": [evidence]}
    add(category, expect, f"actor {name}: {evidence[:60]}", article(*sentences),
        {"events": [event]}, "events[0].actors[0]")  # fmt: skip


def stance(category: str, expect: bool, name: str, sentences: list[str], evidence: str, value: str = "supports") -> None:  # fmt: skip
    why = f"{name} {value}: {evidence[:60]}"
    built.truce_position(category, expect, name, value, sentences, why, "party", [evidence],
                         full=True)  # fmt: skip


def summit_party(category: str, expect: bool, parties: list[str], index: int, sentences: list[str], evidence: list[str], status: str = "held") -> None:  # fmt: skip
    why = f"summit party {parties[index]}: {evidence[0][:60]}"
    built.meeting_party(category, expect, parties, index, sentences, why, status, evidence)


def group_noun_cases() -> None:
    cat = "group-nouns"
    for name, sentences in [
        ("ASEAN", ["ASEAN leaders met online on Tuesday.", "The bloc appointed a new special envoy for Myanmar in August."]),
        ("NATO", ["NATO foreign ministers gathered in Brussels on Wednesday.", "The alliance pledged more air defence systems for Ukraine."]),
        ("African Union", ["The African Union suspended Niger after the coup.", "In March the union lifted the suspension, diplomats said."]),
        ("ECOWAS", ["ECOWAS leaders held an emergency summit in Abuja on Sunday.", "The regional bloc threatened to use force if the junta did not step down."]),
        ("Association of Southeast Asian Nations", ["The Association of Southeast Asian Nations met in Jakarta.", "Member states agreed to keep Myanmar's generals away from the summit."]),
        ("European Union", ["The European Union's foreign ministers met in Luxembourg on Monday.", "Afterwards the 27-nation bloc imposed new sanctions on Iran."]),
        ("Arab League", ["Ministers of the Arab League arrived in Cairo for talks.", "The league then sent a delegation to Khartoum."]),
        ("Southern African Development Community", ["The Southern African Development Community sent mediators to Maputo.", "Weeks later the regional body withdrew its troops from the north."]),
        ("G20", ["G20 finance ministers met in Rio de Janeiro.", "The grouping called for a ceasefire in Sudan in its final statement."]),
        ("Pacific Islands Forum", ["Pacific Islands Forum leaders opened their retreat on Thursday.", "The forum named a new envoy to New Caledonia."]),
        ("NATO", ["At its summit in Vilnius, NATO welcomed Finland.", "Kyiv said the Western military alliance had sent mixed signals on membership."]),
    ]:  # fmt: skip
        actor(cat, True, name, sentences, sentences[-1])
    for name, sentences in [
        ("European Union", ["EU foreign ministers met in Brussels on Monday.", "The bloc said it welcomed the truce between Armenia and Azerbaijan."]),
        ("Gulf Cooperation Council", ["The Gulf Cooperation Council held a meeting in Riyadh.", "The six-nation bloc backed the ceasefire in Yemen, its secretary-general said."]),
        ("ASEAN", ["ASEAN foreign ministers gathered in Vientiane.", "The 10-member bloc supports the ceasefire in Myanmar, a joint statement said."]),
    ]:  # fmt: skip
        stance(cat, True, name, sentences, sentences[-1])
    summit_party(cat, True, ["European Union", "Ukraine"], 0,
                 ["EU leaders travelled to Kyiv on Thursday.", "The bloc's leaders met President Volodymyr Zelensky behind closed doors."],
                 ["The bloc's leaders met President Volodymyr Zelensky behind closed doors."])  # fmt: skip
    for name, sentences in [
        ("ASEAN", ["The bloc appointed a new special envoy for Myanmar in August."]),
        ("ASEAN", ["ASEAN leaders met China's premier in Vientiane.", "The European Union said on Monday it would send observers to Myanmar.", "The bloc appointed a special envoy for Myanmar."]),
        ("ASEAN", ["ASEAN foreign ministers met in Vientiane.", "At the G20 meeting in Rio, the grouping endorsed a plan for Myanmar."]),
        ("NATO", ["NATO defence ministers met in Brussels on Thursday.", "The union agreed to fund new artillery shells for Ukraine."]),
        ("Indonesia", ["Indonesia hosted ASEAN leaders on Monday.", "The bloc appointed a special envoy for Myanmar."]),
        ("Erywan Yusof", ["ASEAN leaders met online on Tuesday.", "The bloc appointed a new special envoy for Myanmar in August."]),
        ("European Union", ["The European Union met in Brussels on Monday.", "Russia condemned the bloc for its new sanctions."]),
        ("NATO", ["NATO ministers met in Brussels.", "Opposition parties in Georgia formed an alliance to contest the election."]),
        ("African Union", ["The African Union met in Addis Ababa on Sunday.", "NATO member states pledged more troops for Kosovo."]),
        ("United Nations", ["The United Nations sent a team to Goma.", "The body of a peacekeeper was flown home on Friday."]),
    ]:  # fmt: skip
        actor(cat, False, name, sentences, sentences[-1])
    later = [
        "The bloc appointed a new special envoy for Myanmar in August.",
        "ASEAN's summit opens in Brunei on Tuesday.",
    ]
    actor(cat, False, "ASEAN", later, later[0])  # named only after the noun
    for name, sentences in [
        ("European Union", ["The European Union met in Brussels on Monday.", "The dockworkers' union said it supports the truce in the port."]),
        ("Southern African Development Community", ["The Southern African Development Community met in Harare.", "The international community welcomed the truce in eastern Congo."]),
        ("European Union", ["The European Union met in Brussels on Monday.", "Several blocs backed the truce, a UN spokesman said."]),
    ]:  # fmt: skip
        stance(cat, False, name, sentences, sentences[-1])


def shut_out_cases() -> None:
    cat = "shut-out"
    asean = ["Brunei", "Indonesia", "Malaysia"]
    for parties, index, sentences, evidence in [
        (asean, 1, ["The bloc decided to exclude junta chief Min Aung Hlaing from the summit.", "Brunei, Indonesia and Malaysia met online on Tuesday."], [1]),
        (["William Ruto", "Yoweri Museveni"], 0, ["William Ruto and Yoweri Museveni met in Nairobi; Paul Kagame was not invited."], [0]),
        (["ASEAN", "Wunna Maung Lwin"], 1, ["ASEAN invited Myanmar's foreign minister, Wunna Maung Lwin, who attended the meeting in Jakarta."], [0]),
        (["Paul Kagame", "Felix Tshisekedi"], 0, ["Left out of the Luanda talks, Paul Kagame met Felix Tshisekedi in Doha instead."], [0]),
        (["Vladimir Putin", "Xi Jinping"], 0, ["Vladimir Putin was not invited to the summit in June.", "Vladimir Putin met Xi Jinping in Beijing in May."], [0, 1]),
        (["Indonesia", "Malaysia"], 0, ["Indonesia and Malaysia met on Tuesday after the bloc barred Min Aung Hlaing."], [0]),
        (["Ukraine", "Turkey"], 0, ["Without Russia, Ukraine and Turkey met in Istanbul on Friday."], [0]),
        (["Kenya", "Uganda"], 1, ["Kenya and Uganda met without preconditions in Nairobi."], [0]),
        (["Gustavo Petro", "Luiz Inacio Lula da Silva"], 1, ["Gustavo Petro met Luiz Inacio Lula da Silva in Bogota, though he did not invite Nicolas Maduro."], [0]),
    ]:  # fmt: skip
        summit_party(cat, True, parties, index, sentences, [sentences[i] for i in evidence])
    for name, sentence in [
        ("ASEAN", "ASEAN decided to exclude junta chief Min Aung Hlaing from the summit."),
        ("European Union", "The European Union barred Belarus from the talks in Geneva."),
        ("Min Aung Hlaing", "Min Aung Hlaing, who was left out of the summit, rejected the bloc's peace plan."),
        ("Organization of American States", "The Organization of American States did not invite Nicolas Maduro to its assembly."),
        ("Paul Kagame", "Shut out of the summit, Paul Kagame accused the hosts of bias."),
        ("Mercosur", "Mercosur left Venezuela out of the final communique."),
    ]:  # fmt: skip
        actor(cat, True, name, [sentence], sentence)
    for parties, index, sentence in [
        (["ASEAN", "Min Aung Hlaing"], 1, "ASEAN decided to exclude junta chief Min Aung Hlaing from its summit."),
        (["ASEAN", "Min Aung Hlaing"], 1, "The bloc barred Myanmar's military leader Min Aung Hlaing from the October summit."),
        (["Mercosur", "Nicolas Maduro"], 1, "Organisers left out Nicolas Maduro when they sent invitations to the summit."),
        (["Gustavo Petro", "Nicolas Maduro"], 1, "Leaders of the region met in Lima; Venezuela's Nicolas Maduro was not invited."),
        (["ASEAN", "Min Aung Hlaing"], 1, "The summit went ahead without Min Aung Hlaing."),
        (["ASEAN", "Min Aung Hlaing"], 1, "ASEAN did not invite Min Aung Hlaing to the summit in Brunei."),
        (["Switzerland", "Belarus"], 1, "Belarus was shut out of the talks in Geneva."),
        (["William Ruto", "Paul Kagame"], 1, "Paul Kagame, who was excluded from the summit, criticised the meeting."),
        (["Qatar", "Taliban"], 1, "The Taliban were excluded from the Doha meeting on Afghanistan."),
        (["Sudan", "Rapid Support Forces"], 1, "The talks opened in Jeddah in the absence of the Rapid Support Forces."),
        (["Thailand", "Cambodia"], 1, "Thailand's ministers kept Cambodia out of the talks on the border."),
        (["Ukraine", "Russia"], 1, "Without Russia, Ukraine and Turkey met in Istanbul on Friday."),
        (["ASEAN", "Min Aung Hlaing"], 1, "Min Aung Hlaing was frozen out of the regional summit in Brunei."),
    ]:  # fmt: skip
        summit_party(cat, False, parties, index, [sentence], [sentence])
    for name, sentence in [
        ("Min Aung Hlaing", "ASEAN decided to exclude junta chief Min Aung Hlaing from the summit."),
        ("Min Aung Hlaing", "Leaders shut out Min Aung Hlaing from the meeting in Brunei."),
        ("Nicolas Maduro", "The hosts left Nicolas Maduro out of the final statement."),
        ("Russia", "The ministers decided to exclude Russia's delegation from the conference."),
        ("Belarus", "The European Union barred Belarus from the talks in Geneva."),
    ]:  # fmt: skip
        actor(cat, False, name, [sentence], sentence)


def stage(expect: bool, value: str, parties: list[str], sentence: str) -> None:
    why = f"{value}: {sentence[:60]}"
    built.meeting_status("meeting-stage", expect, value, [sentence], why, parties)


def talks(expect: bool, sentence: str) -> None:
    event = {"kind": "talks", "description": "what the article reports", "evidence": [sentence]}
    add("meeting-stage", expect, f"talks: {sentence[:60]}", article(sentence),
        {"events": [event]}, "events[0].kind")  # fmt: skip


def meeting_stage_cases() -> None:
    g20 = ["G20"]
    for sentence in [
        "World leaders gathering in Rio are set to wrap up the G20 summit on Tuesday.",
        "Leaders will wrap up the G20 summit later today with a joint statement.",
        "On the final day of the G20 summit, leaders are turning to climate finance.",
        "As the G20 summit draws to a close, the hosts are drafting a declaration.",
        "The G20 summit enters its second day on Monday, with trade on the agenda.",
    ]:  # fmt: skip
        stage(True, "under_way", g20, sentence)
    for sentence in [
        "Officials are winding up preparations for next month's G20 summit.",
        "The G20 summit closed on Sunday with a joint statement.",
        "Leaders will wrap up next year's G20 summit with a statement, the hosts plan.",
        "The hosts are set to announce the dates of the G20 summit.",
        "The final day of last year's G20 summit was devoted to climate finance.",
    ]:  # fmt: skip
        stage(False, "under_way", g20, sentence)
    for sentence in [
        "Top diplomats from the US and Russia failed to reach a deal to ease fighting in Syria.",
        "Negotiators from Sudan's army and the RSF failed to agree on a truce in Jeddah.",
        "The two foreign ministers failed to reach an agreement after six hours in Geneva.",
        "Israeli and Hamas envoys again failed to reach a breakthrough in Cairo.",
        "Kenya and Somalia failed to reach a compromise over the maritime border on Friday.",
        "The envoys failed to clinch a deal in Doha after two days.",
        "The two delegations failed to narrow their differences in Geneva.",
    ]:  # fmt: skip
        talks(True, sentence)
    for sentence in [
        "An aid convoy failed to reach the besieged town of Kadugli.",
        "The rescue teams failed to reach the survivors before nightfall.",
        "Both sides hope to reach a deal by Friday, diplomats said.",
        "The rockets failed to reach their targets, the army said.",
        "Fuel shipments failed to reach Gaza for a third week.",
        "The rebels failed to seal the border, the army said.",
        "Police failed to break up the protest in the capital.",
    ]:  # fmt: skip
        talks(False, sentence)
    for parties, sentence in [
        (["Pacific Community"], "Fiji will host the Pacific Community Leaders meeting in Suva next month."),
        (["Pacific Islands Forum"], "The Pacific Islands Forum Leaders Meeting will be held in Honiara in September."),
        (["SADC"], "Zimbabwe hosts the SADC Heads of State summit in August."),
        (["Arab League"], "The Arab League Foreign Ministers meeting opened in Cairo on Sunday."),
        (["ASEAN"], "The ASEAN Leaders Summit will take place in Vientiane in October."),
    ]:  # fmt: skip
        summit_party("meeting-stage", True, parties, 0, [sentence], [sentence], "scheduled")
    for parties, sentence in [
        (["Pacific Community"], "Fiji will host the Pacific Community College Leaders meeting in Suva next month."),
        (["Arab League"], "The Arab Football League Ministers meeting opened in Cairo on Sunday."),
        (["SADC"], "Zimbabwe hosts the SADC Parliamentary Forum summit in August."),
        (["Pacific Community"], "Fiji will host the Pacific Islands Forum Leaders meeting in Suva next month."),
        (["ASEAN"], "Laos hosts the East Asia Summit Leaders meeting in Vientiane in October."),
    ]:  # fmt: skip
        summit_party("meeting-stage", False, parties, 0, [sentence], [sentence], "scheduled")


def timing(expect: bool, value: str, status: str, sentences: list[str]) -> None:
    fact = {
        "parties": ["Bougainville factions"],
        "status": status,
        "planned_timing": value,
        "evidence": sentences,
    }
    add("named-meetings", expect, f"timing {value}: {sentences[-1][:60]}", article(*sentences),
        {"summits": [fact]}, "summits[0].planned_timing")  # fmt: skip


def site(expect: bool, parties: list[str], where: str, sentence: str) -> None:
    assert where in sentence, where
    fact = {"parties": parties, "status": "held", "planned_location": where, "evidence": [sentence]}
    add("named-meetings", expect, f"place {where}: {sentence[:60]}", article(sentence),
        {"summits": [fact]}, "summits[0].planned_location")  # fmt: skip


def named_meeting_cases() -> None:
    canberra = [
        "Representatives of the factions will meet in Canberra next month.",
        "The talks follow up last month's Canberra meeting.",
    ]
    doha = ["Officials said the follow-up to last week's Doha talks would open on Sunday."]
    astana = ["The leaders will meet in Astana in July to follow up on last year's Sochi meeting."]
    cairo = ["Following last week's Cairo talks, negotiators return to Doha on Monday."]
    for value, status, sentences in [
        ("last month", "scheduled", canberra),
        ("last week", "scheduled", doha),
        ("last month", "scheduled", ["The ministers meet again in June, after last month's Geneva session."]),
        ("last week", "scheduled", ["Envoys will gather in Nairobi on Friday, building on last week's Addis Ababa summit."]),
        ("last year", "scheduled", ["Since last year's Jeddah talks the two sides have not met; they plan to meet in Riyadh next month."]),
        ("last month", "scheduled", ["The second meeting, a follow-up to last month's Luanda summit, is set for Tuesday."]),
        ("last year", "scheduled", astana),
        ("last week", "scheduled", cairo),
        ("last month", "scheduled", ["A follow-up to last month's Canberra meeting is planned for May."]),
        ("last month", "scheduled", ["Weeks after last month's Bali summit, the ministers will meet again in Jakarta."]),
    ]:  # fmt: skip
        timing(False, value, status, sentences)
    for value, status, sentences in [
        ("last month", "held", ["The factions met in Canberra last month, officials said."]),
        ("last month", "held", ["Last month's Canberra meeting ended without a deal."]),
        ("next month", "scheduled", canberra),
        ("Sunday", "scheduled", doha),
        ("last week", "held", ["Last week's Doha talks produced a draft, diplomats said."]),
        ("July", "scheduled", astana),
        ("Monday", "scheduled", cairo),
        ("last year", "held", ["Last year's Jeddah talks were the last time the two sides met."]),
        ("last week", "held", ["Envoys met in Nairobi last week, building on talks in Addis Ababa."]),
        ("last month", "held", ["The ministers held last month's Geneva session behind closed doors."]),
    ]:  # fmt: skip
        timing(True, value, status, sentences)
    for parties, where, sentence in [
        (["G20"], "Rio de Janeiro", "Brazil made hunger the theme of the gathering in the seaside city of Rio de Janeiro."),
        (["G20"], "Bali", "Indonesia made the energy transition the focus of the summit in Bali."),
        (["G7"], "Hiroshima", "Japan put nuclear disarmament at the centre of the gathering in Hiroshima."),
        (["African Union"], "Nairobi", "Kenya made climate finance the theme of the talks in Nairobi."),
        (["APEC"], "Lima", "Peru made trade the centrepiece of the meeting in Lima."),
    ]:  # fmt: skip
        site(True, parties, where, sentence)
    for parties, where, sentence in [
        (["United States", "China"], "Istanbul", "Russia and Ukraine ended the talks in Istanbul."),
        (["G20"], "Brasilia", "Brazil made hunger the theme of its own conference in Brasilia."),
        (["United States", "Ukraine"], "Sochi", "Erdogan and Putin agreed the agenda of the talks in Sochi."),
    ]:  # fmt: skip
        site(False, parties, where, sentence)


def reported(expect: bool, name: str, description: str, sentence: str, kind: str = "other") -> None:  # fmt: skip
    event = {"kind": kind, "description": description, "actors": [name], "evidence": [sentence]}
    add("reporters", expect, f"actor {name}: {sentence[:60]}", article(sentence),
        {"events": [event]}, "events[0].actors[0]")  # fmt: skip


def reporter_cases() -> None:
    for name, description, sentence, kind in [
        ("Libya", "Calls from three countries led to the change", "A Libyan official said the change was made after calls from Chad, Egypt and Eritrea.", "other"),
        ("Kenya", "Al-Shabaab attacked the camp", "The Kenyan foreign ministry said the attack on the camp was carried out by al-Shabaab.", "attack"),
        ("Qatar", "Israel freed prisoners", "According to Qatar, Israel freed 30 prisoners on Sunday.", "prisoner_exchange"),
        ("Egypt", "Israeli strikes killed 12 people", "Israeli strikes killed 12 people in Rafah, an Egyptian security source said.", "attack"),
        ("Turkey", "Russian jets bombed a market", "Turkish officials said Russian jets bombed the market in Idlib.", "attack"),
        ("Angola", "The ministers agreed a ceasefire", "The foreign ministers agreed to a ceasefire, the Angolan presidency said Tuesday, after talks in the capital.", "other"),
    ]:  # fmt: skip
        reported(False, name, description, sentence, kind)
    for name, description, sentence, kind in [
        ("Chad", "Chad claimed Khartoum was backing rebels", "On Friday, Chad claimed that Khartoum was backing Chadian rebels.", "other"),
        ("Libya", "Libya postponed the summit", "Libya said it had postponed the summit at the request of Chad.", "other"),
        ("Kenya", "Kenya will send police to Haiti", "The Kenyan foreign ministry said Kenya would send 1,000 police officers to Haiti.", "other"),
        ("Israel", "Israel freed prisoners", "Israeli officials said Israel had freed 30 prisoners.", "prisoner_exchange"),
        ("Israel", "Israel freed prisoners", "According to Qatar, Israel freed 30 prisoners on Sunday.", "prisoner_exchange"),
        ("Russia", "Russian jets bombed a market", "Turkish officials said Russian jets bombed the market in Idlib.", "attack"),
        ("Egypt", "Egypt opened the Rafah crossing", "Egypt said on Monday that it had opened the Rafah crossing.", "other"),
        ("United States", "US arms shipments to Kyiv held back", "A White House official confirmed that arms shipments to Kyiv were being held back.", "aid_pause"),
    ]:  # fmt: skip
        reported(True, name, description, sentence, kind)
    for parties, index, sentence, status in [
        (["Ethiopia", "Kenya"], 1, "The Kenyan foreign ministry said Ethiopia and Eritrea agreed to meet in Nairobi.", "scheduled"),
        (["DR Congo", "Angola"], 1, "The foreign ministers of DR Congo and Rwanda met on Monday, the Angolan presidency said Tuesday, adding that a truce was agreed.", "held"),
        (["Kenya", "Tanzania"], 1, "Kenya and Uganda held talks on Monday, the Tanzanian presidency said Tuesday, without giving details.", "held"),
        (["Israel", "Qatar"], 1, "Qatari officials said Israeli and Hamas negotiators met in Cairo.", "held"),
        (["Sudan", "Egypt"], 1, "An Egyptian official said the two delegations met late on Sunday.", "held"),
        (["Uganda", "Tanzania"], 1, "The third round between the Republic of Kenya and the Republic of Uganda, held in Arusha under the auspices of the United Republic of Tanzania, ended on Friday.", "held"),
        (["Sudan", "Ethiopia"], 1, "Sudanese and Eritrean envoys met in Khartoum under the mediation of the Federal Democratic Republic of Ethiopia.", "held"),
        (["Kenya", "Uganda"], 1, "Kenyan and South Sudanese flags\nKAMPALA - Kenya and South Sudan agreed to a truce after talks in the capital.", "held"),
    ]:  # fmt: skip
        summit_party("reporters", False, parties, index, [sentence], [sentence], status)
    for parties, index, sentence, status in [
        (["Ethiopia", "Eritrea"], 0, "The Kenyan foreign ministry said Ethiopia and Eritrea agreed to meet in Nairobi.", "scheduled"),
        (["DR Congo", "Rwanda"], 0, "The foreign ministers of DR Congo and Rwanda met on Monday, the Angolan presidency said Tuesday, adding that a truce was agreed.", "held"),
        (["Kenya", "Uganda"], 0, "Kenya and Uganda held talks on Monday, the Tanzanian presidency said Tuesday, without giving details.", "held"),
        (["Qatar", "Hamas"], 0, "Qatari officials said Qatar's prime minister met Hamas leaders in Doha.", "held"),
        (["Kenya", "Uganda"], 1, "The third round between the Republic of Kenya and the Republic of Uganda, held in Arusha under the auspices of the United Republic of Tanzania, ended on Friday.", "held"),
        (["Kenya", "South Sudan"], 0, "Kenyan and South Sudanese flags\nKAMPALA - Kenya and South Sudan agreed to a truce after talks in the capital.", "held"),
    ]:  # fmt: skip
        summit_party("reporters", True, parties, index, [sentence], [sentence], status)


def full_kind(expect: bool, sentence: str) -> None:
    truce = {"kind": "full", "evidence": [sentence]}
    add("halted-operations", expect, f"kind full: {sentence[:60]}", article(sentence),
        {"ceasefires": [truce]}, "ceasefires[0].kind")  # fmt: skip


def halted_operation_cases() -> None:
    for sentence in [
        "Pakistan has suspended all military operations in the tribal areas.",
        "The army suspended its offensive against the rebels on Friday.",
        "The government suspended hostilities with the ELN for two weeks.",
        "Colombia's army has suspended offensive operations against the FARC.",
        "Turkey suspended its military operation in northern Syria, the ministry said.",
        "The rebels suspended all attacks on government forces.",
        "Myanmar's military suspended combat operations in Rakhine state.",
        "Sudan's army said it had suspended shelling of the capital.",
        "The ministry announced the suspension of all military operations in the north.",
        "Ethiopia's federal forces suspended ground operations in Tigray on Monday.",
    ]:  # fmt: skip
        full_kind(True, sentence)
    for sentence in [
        "The EU suspended sanctions on Syria.",
        "The donors suspended aid to the region.",
        "The army launched military operations in the tribal areas.",
        "Pakistan has suspended all military operations in the tribal areas for Eid.",
        "The airline suspended flights to Beirut.",
        "The army resumed military operations in the north after a week.",
        "Rebels suspended their participation in the talks.",
        "The army suspended operations against power plants, officials said.",
        "The company suspended operations at the mine after the attack.",
        "The union suspended its strike at the port.",
    ]:  # fmt: skip
        full_kind(False, sentence)


def build_cases() -> list[dict[str, Any]]:
    built.cases.clear()
    group_noun_cases()
    shut_out_cases()
    meeting_stage_cases()
    named_meeting_cases()
    reporter_cases()
    halted_operation_cases()
    return built.cases


if __name__ == "__main__":
    build_cases()
    built.write(OUT)
