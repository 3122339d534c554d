# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the third place set (``grounding_places3.jsonl``): a meeting's place against the
places of a journey to it, and a quote's speaker against the one they quote, for causes an
outside review of the flag strengths found ("Trump flew from Seoul to Busan for his meeting with Xi" accepted Seoul;
"'Enough is enough,' said Kallas, quoting Zelensky" accepted Zelensky), by category:

- ``journey-start``: where a traveller sets out from on the way to the meeting ("flew from
  Seoul to Busan for", "left Delhi for Kazan to attend", "jetted in from London for his
  talks", "will fly to Kazan from Delhi to join") is not the meeting's place (fail); the
  journey's end in the same sentences, and the start of a journey home, back or after the
  meeting ("flew home from Busan after his meeting with Xi", "Leaving Sochi after the talks"),
  which is where the meeting was (pass);
- ``speaker-quoted-source``: a quote's speaker named right after its speech verb with the
  one they quote, cite, echo or paraphrase after it ("said Kallas, quoting Zelensky", "said
  Reza Karimi, citing Supreme Leader Ali Khamenei"): the speaker passes, the source fails;
  and "said Zelensky, quoted by Kallas": Zelensky passes, the one who passed it on fails;
- ``status-kind-words``: check 27's status and kind wordings: a meeting leaders "will gather"
  or "are expected to gather / convene" for is scheduled, a "tightening of sanctions" or
  sanctions "tightened" are imposed, a truce "to allow relief and rehabilitation" or for
  "relief convoys" is humanitarian, "assassinated" / "the assassination of" is an attack, a
  truce someone "called off" (its truce right after the verb) collapsed (pass); leaders who
  "gathered" or "will not gather", a meeting they "had been expected to gather" for that was
  cancelled, "considering tightening" or "may tighten", "relief" of markets or a mood, a
  "plot to assassinate", a truce "called off" in effect, "called off a planned attack, and
  the truce held", a threat "to call off" the truce (fail);
- ``own-truce-ended``: the one who calls off, ends, scraps or abandons its own truce ("has
  announced to call off its unilateral ceasefire declared four months ago", "called off the
  unilateral ceasefire they declared") declared it: its proposer (pass); calling off a
  strike, talks, a mediation or others' truce ("the ceasefire that Egypt had brokered", "the
  truce between Armenia and Azerbaijan", "its ceasefire with the ELN" for the ELN), ending
  one's support for a truce, or a speaker reporting the end (fail);
- ``dateline-elsewhere``: an event's place that is only the story's dateline ("CARACAS:",
  "SEOUL (Reuters) -", "BAGHDAD, May 3 -") when another sentence of its evidence says where
  it was held ("The talks had taken place on the Caribbean island of Barbados", "The meeting
  was held in Kuala Lumpur") (fail); the dateline with no other place, or whose other
  sentences say nothing of where it was held ("The talks in Cairo were adjourned last
  week", "protests also spread to the city of Maracaibo"), or speak of an earlier occasion
  ("Earlier rounds were held in X"), the dateline also named outside it, and the other
  place itself (pass).

Run ``python tests/data/make_places3_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets, or public figures in invented sentences); each
verdict is what a careful fact-checker reads in the text, decided when the case was written,
never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_places3.jsonl")

# Outlets' openings, so the evidence sentence sits in different styles of copy.
LEADS = [
    "SEOUL, Oct. 29 (Han River Wire) - Officials gave few other details.",
    "Live updates | Diplomacy desk, by our correspondents",
    "ANALYSIS | The week in summits, by Maren Stolt",
    "The Harbour Gazette | World",
    "From our regional bureau -- translated from Korean.",
]

built = SupportCases("pl3", LEADS, closing="More details were expected later.")
add = built.add
article = built.page


def place(parties: list[str], status: str, where: str, sentence: str, expect: bool) -> None:
    assert where in sentence, where
    why = f"{where}: {sentence[:60]}"
    built.meeting_place("journey-start", expect, where, [sentence], why, parties, status)


PIF = ["Pacific Islands Forum"]


def worded_as(
    family: str, value: str, sentence: str, extra: list[str] | None, expect: bool
) -> None:
    """A status or kind ``value`` of a fact of ``family`` backed by ``sentence`` (``extra``:
    a summit's parties or an event's actors)."""
    facts: dict[str, Any]
    if family == "summit":
        facts, path = (
            {"summits": [{"parties": extra, "status": value, "evidence": [sentence]}]},
            "summits[0].status",
        )
    elif family == "measure":
        measure = {"instrument": "executive_action", "status": value, "evidence": [sentence]}
        facts, path = {"sanctions": [measure]}, "sanctions[0].status"
    elif family == "kind":
        facts, path = (
            {"ceasefires": [{"kind": value, "evidence": [sentence]}]},
            "ceasefires[0].kind",
        )
    elif family == "truce":
        facts, path = (
            {"ceasefires": [{"status": value, "evidence": [sentence]}]},
            "ceasefires[0].status",
        )
    else:
        event = {"kind": value, "description": "an event", "actors": extra, "evidence": [sentence]}
        facts, path = {"events": [event]}, "events[0].kind"
    add(
        "status-kind-words",
        expect,
        f"{family} {value}: {sentence[:50]}",
        article(sentence),
        facts,
        path,
    )


def build_cases() -> list[dict[str, Any]]:
    trump_xi = ["Donald Trump", "Xi Jinping"]
    modi_putin = ["Narendra Modi", "Vladimir Putin"]
    putin_trump = ["Vladimir Putin", "Donald Trump"]
    kyiv_us = ["Volodymyr Zelensky", "Donald Trump"]
    iran_us = ["Abbas Araghchi", "Steve Witkoff"]
    sa_drc = ["Cyril Ramaphosa", "Felix Tshisekedi"]
    turkey_russia = ["Recep Tayyip Erdogan", "Vladimir Putin"]
    uk_france = ["Keir Starmer", "Emmanuel Macron"]
    for parties, status, where, sentence in [
        (trump_xi, "held", "Busan", "Trump flew from Seoul to Busan for his meeting with Xi."),
        (trump_xi, "held", "Busan", "Xi arrived in Busan from Beijing on Wednesday for his talks with Trump."),
        (modi_putin, "scheduled", "Kazan", "Modi will leave Delhi for Kazan on Monday to attend the summit with Putin."),
        (putin_trump, "held", "Anchorage", "Putin travelled from Moscow to Anchorage for the summit with Trump."),
        (kyiv_us, "held", "Washington", "Zelensky headed from Kyiv to Washington for talks with Trump."),
        (iran_us, "held", "Muscat", "Araghchi drove from Tehran to Muscat to meet Witkoff, the American envoy."),
        (trump_xi, "held", "Busan", "Trump flew home from Busan after his meeting with Xi."),
        (putin_trump, "held", "Anchorage", "Putin flew back to Moscow from Anchorage after his summit with Trump."),
        (turkey_russia, "held", "Sochi", "Leaving Sochi after the talks with Putin, Erdogan praised the grain deal."),
        (kyiv_us, "held", "Washington", "Zelensky arrived in Washington from Kyiv on Sunday for talks with Trump."),
        (sa_drc, "scheduled", "Luanda", "Ramaphosa departed Pretoria for Luanda, where he will meet Tshisekedi."),
        (modi_putin, "scheduled", "Kazan", "Modi will fly to Kazan from Delhi to join Putin at the summit."),
        (uk_france, "held", "Paris", "Starmer returned to London from Paris, where he had talks with Macron."),
    ]:  # fmt: skip
        place(parties, status, where, sentence, True)
    for parties, status, where, sentence in [
        (trump_xi, "held", "Seoul", "Trump flew from Seoul to Busan for his meeting with Xi."),
        (trump_xi, "held", "Beijing", "Xi arrived in Busan from Beijing on Wednesday for his talks with Trump."),
        (modi_putin, "scheduled", "Delhi", "Modi will leave Delhi for Kazan on Monday to attend the summit with Putin."),
        (putin_trump, "held", "Moscow", "Putin travelled from Moscow to Anchorage for the summit with Trump."),
        (kyiv_us, "held", "Kyiv", "Zelensky headed from Kyiv to Washington for talks with Trump."),
        (iran_us, "held", "Tehran", "Araghchi drove from Tehran to Muscat to meet Witkoff, the American envoy."),
        (trump_xi, "held", "Tokyo", "Flying in from Tokyo, Trump landed at Gimhae for the meeting with Xi."),
        (sa_drc, "scheduled", "Pretoria", "Ramaphosa departed Pretoria for Luanda, where he will meet Tshisekedi."),
        (turkey_russia, "scheduled", "Ankara", "Erdogan is flying from Ankara to Sochi to meet Putin on Friday."),
        (uk_france, "held", "London", "Starmer jetted in from London for his talks with Macron in Paris."),
        (modi_putin, "scheduled", "Delhi", "Modi will fly to Kazan from Delhi to join Putin at the summit."),
        (kyiv_us, "held", "Kyiv", "Zelensky arrived in Washington from Kyiv on Sunday for talks with Trump."),
    ]:  # fmt: skip
        place(parties, status, where, sentence, False)
    for before, text, words, speaker, source in [
        ("Kaja Kallas and Volodymyr Zelensky spoke in Kyiv on Monday.", "“Enough is enough,” said Kallas, quoting Zelensky.", "Enough is enough", "Kaja Kallas", "Volodymyr Zelensky"),
        ("Foreign Minister Ana Ruiz spoke after a cabinet meeting chaired by President Tomas Velde.", "“We will not bow to pressure,” said Ruiz, quoting Velde.", "We will not bow to pressure", "Ana Ruiz", "Tomas Velde"),
        ("Border talks resumed at dawn, with Maren Holt standing in for Prime Minister Jonas Ekberg.", "“The border stays open for trucks,” said Holt, citing Ekberg.", "The border stays open for trucks", "Maren Holt", "Jonas Ekberg"),
        ("The bill passed the state senate 21-9.", "“No deal is better than a bad deal,” said Senator Paul Dorsey, echoing Governor Lena Marsh.", "No deal is better than a bad deal", "Paul Dorsey", "Lena Marsh"),
        ("Mediators arrived in Freetown on Sunday.", "“Peace needs patience,” said the envoy Idris Kamara, paraphrasing Nelson Mandela.", "Peace needs patience", "Idris Kamara", "Nelson Mandela"),
        ("Kaja Kallas briefed reporters in Brussels after her call with Volodymyr Zelensky.", "“Our door is open,” said Zelensky, quoted by Kallas.", "Our door is open", "Volodymyr Zelensky", "Kaja Kallas"),
        ("The opposition leader Juan Reyes and his spokesman Pablo Mora walked out of the chamber.", "“The talks are over,” said Reyes, cited by Mora.", "The talks are over", "Juan Reyes", "Pablo Mora"),
        ("EU ministers met in Luxembourg on Monday, chaired by Kaja Kallas.", "“Sanctions will stay until the last soldier leaves,” said Kallas, quoting Ursula von der Leyen.", "Sanctions will stay until the last soldier leaves", "Kaja Kallas", "Ursula von der Leyen"),
        ("Iran's delegation, led by Reza Karimi, landed in Muscat at noon.", "“We are ready to talk,” said Karimi, citing Supreme Leader Ali Khamenei.", "We are ready to talk", "Reza Karimi", "Ali Khamenei"),
        ("The summit closed a day early; Lise Aubert read a message from Antonio Guterres.", "“The ceasefire must hold,” said Aubert, echoing Guterres.", "The ceasefire must hold", "Lise Aubert", "Antonio Guterres"),
        ("Kaja Kallas and Volodymyr Zelensky spoke in Kyiv on Monday.", "“Russia must pay,” Kallas said, quoting Zelensky.", "Russia must pay", "Kaja Kallas", "Volodymyr Zelensky"),
        ("Talks on the grain corridor stalled on Friday, Deputy Minister Oleh Brant and Defence Minister Rustem Umerov said.", "“The corridor will reopen next week,” said Brant, paraphrasing Minister Umerov.", "The corridor will reopen next week", "Oleh Brant", "Rustem Umerov"),
    ]:  # fmt: skip
        built.quote(
            "speaker-quoted-source",
            f"{LEADS[len(built.cases) % len(LEADS)]}\n\n{before} {text}\n",
            words,
            [speaker],
            [source],
        )
    for family, value, sentence, extra in [
        ("summit", "scheduled", "Leaders of the Pacific Islands Forum are expected to gather for a retreat in Munda on Thursday.", PIF),
        ("summit", "scheduled", "ASEAN foreign ministers will gather in Vientiane next week for their annual meeting.", ["ASEAN"]),
        ("summit", "scheduled", "Group of Seven leaders would gather at a lakeside resort in June, the host government said.", ["Group of Seven"]),
        ("summit", "scheduled", "Forum envoys are expected to convene in Apia on Monday to settle the agenda.", PIF),
        ("measure", "imposed", "Maduro's envoys left the talks to protest Washington's tightening of sanctions on the oil sector.", None),
        ("measure", "imposed", "The Treasury tightened sanctions on three shipping firms on Tuesday.", None),
        ("measure", "imposed", "Britain tightens sanctions on Moscow's shadow fleet with 20 new listings.", None),
        ("kind", "humanitarian", "The rebels declared a truce to allow unhampered relief and rehabilitation work in flooded districts.", None),
        ("kind", "humanitarian", "A three-day pause in fighting was agreed so that relief convoys could reach the town.", None),
        ("event", "attack", "Israel assassinated the Hamas military chief in an overnight operation.", ["Israel"]),
        ("event", "attack", "The assassination of the governor by gunmen on Monday shocked the province.", ["gunmen"]),
        ("truce", "collapsed", "The rebels called off the holiday truce after an ambush on Sunday.", None),
        ("truce", "collapsed", "Calling off its ceasefire, the militia said it would resume operations.", None),
        ("truce", "collapsed", "The Maoist party has announced to call off its unilateral ceasefire declared in September.", None),
    ]:  # fmt: skip
        worded_as(family, value, sentence, extra, True)
    for family, value, sentence, extra in [
        ("summit", "scheduled", "Forum leaders gathered for a retreat in Munda on Thursday.", PIF),
        ("summit", "scheduled", "ASEAN ministers will not gather in Vientiane this year, the chair said.", ["ASEAN"]),
        ("summit", "scheduled", "Leaders had been expected to gather in Munda, but the retreat was cancelled.", PIF),
        ("measure", "imposed", "Washington is considering tightening sanctions on the oil sector.", None),
        ("measure", "imposed", "The EU may tighten sanctions next month, diplomats said.", None),
        ("kind", "humanitarian", "The truce brought relief to markets as oil prices fell.", None),
        ("kind", "humanitarian", "News of the ceasefire was greeted with relief in the capital.", None),
        ("event", "attack", "A plot to assassinate the mayor was foiled, police said.", ["police"]),
        ("event", "attack", "Police arrested a man suspected of planning to assassinate the president.", ["Police"]),
        ("truce", "in_effect", "The Maoists have announced to call off their unilateral ceasefire declared four months ago.", None),
        ("truce", "in_effect", "The rebels called off the truce on Sunday, a day after it began.", None),
        ("truce", "collapsed", "Hamas called off a planned attack, and the truce held through the night.", None),
        ("truce", "collapsed", "The rebels threatened to call off their truce.", None),
        ("truce", "collapsed", "Talks were called off, but the ceasefire is holding.", None),
    ]:  # fmt: skip
        worded_as(family, value, sentence, extra, False)
    for expect, rows in (
        (True, [
        ("Communist Party of Nepal (Maoist)", "The Communist Party of Nepal (Maoist) has announced to call off its unilateral ceasefire declared four months ago."),
        ("Maoists", "The Maoists called off the unilateral ceasefire they declared in September."),
        ("ELN", "The ELN called off its Christmas truce on Sunday after an army raid."),
        ("Hamas", "Hamas ended its unilateral truce after three weeks."),
        ("Houthis", "The Houthis have scrapped their ceasefire in the Red Sea."),
        ("National Liberation Army", "The National Liberation Army abandoned its unilateral ceasefire on Monday."),
        ("M23", "M23 rebels on Friday announced to end their truce."),
        ("Taliban", "The Taliban called off its three-day Eid ceasefire on Monday."),
        ("ELN", "The ELN will call off its unilateral truce at midnight, the group said."),
        ("Hezbollah", "Hezbollah on Tuesday abandoned the unilateral truce it had observed since June."),
        ("Maoists", "Announcing the decision, the Maoists said they would end their unilateral ceasefire on Friday."),
        ]),
        (False, [
        ("Israel", "Israel called off its strike on Rafah, and the truce held."),
        ("Qatar", "Qatar called off the talks on the ceasefire brokered by Egypt."),
        ("Hamas", "Hamas called off the ceasefire that Egypt had brokered."),
        ("Russia", "Russia ended the truce between Armenia and Azerbaijan."),
        ("United Nations", "The United Nations announced to end the ceasefire monitoring mission."),
        ("army", "The army ended its offensive after the rebels declared a truce."),
        ("Egypt", "Egypt said the rebels called off their unilateral ceasefire."),
        ("ELN", "The government called off its ceasefire with the ELN."),
        ("Norway", "Norway called off its mediation after the rebels ended the truce."),
        ("Turkey", "Turkey ended its support for the truce."),
        ("army", "The army scrapped the truce that the rebels had declared."),
        ]),
    ):  # fmt: skip
        for who, sentence in rows:
            facts = {"ceasefires": [{"proposer": who, "evidence": [sentence]}]}
            why = f"proposer {who}: {sentence[:50]}"
            add("own-truce-ended", expect, why, article(sentence), facts, "ceasefires[0].proposer")
    for kind, where, evidence, expect in [
        ("talks", "Barbados", ["CARACAS: Venezuela's opposition said on Sunday the dialogue with the government had ended.", "The talks, most of which had taken place on the Caribbean island of Barbados, began in May."], True),
        ("talks", "Caracas", ["CARACAS: Venezuela's opposition said on Sunday the dialogue with the government had ended."], True),
        ("other", "Caracas", ["CARACAS: Police fired tear gas at protesters outside the National Assembly on Sunday.", "Protests also spread to the city of Maracaibo, witnesses said."], True),
        ("strike", "Kyiv", ["KYIV: Russian missiles hit the capital overnight, officials said.", "Air defences shot down 20 drones."], True),
        ("talks", "Doha", ["DOHA: Israeli and Hamas negotiators met again on Monday.", "The talks in Cairo were adjourned last week."], True),
        ("other", "Nairobi", ["NAIROBI - Kenyan police said on Monday they arrested 12 people in the capital."], True),
        ("other", "Havana", ["HAVANA: Colombia's government and the ELN agreed a truce on Friday.", "The agreement was signed at a ceremony held in the Cuban capital."], True),
        ("other", "Havana", ["HAVANA: Colombia's government and the ELN agreed a truce on Friday.", "Earlier rounds were held in Caracas and Mexico City."], True),
        ("talks", "Barbados", ["CARACAS: The government and the opposition ended their dialogue.", "The talks, hosted in Barbados by Norway, lasted six weeks."], True),
        ("talks", "Geneva", ["GENEVA: The talks between the two delegations were held in the city's Palais des Nations."], True),
        ("other", "Addis Ababa", ["ADDIS ABABA: African Union leaders opened their summit on Sunday.", "The summit is held every year at the AU headquarters."], True),
        ("other", "Washington", ["WASHINGTON: Armenia and Azerbaijan signed a peace declaration.", "The ceremony took place at the White House in Washington."], True),
        ("talks", "Caracas", ["CARACAS: Venezuela's opposition said on Sunday the dialogue with the government had ended.", "The talks, most of which had taken place on the Caribbean island of Barbados, began in May."], False),
        ("strike", "Kyiv", ["KYIV: Russian drones hit an energy plant overnight.", "The strike took place near Odesa, the ministry said."], False),
        ("other", "Nairobi", ["NAIROBI - Kenyan police said on Monday they arrested 12 people.", "The arrests took place in Mombasa."], False),
        ("other", "Jakarta", ["JAKARTA: ASEAN ministers met on Friday.", "The meeting was held in Kuala Lumpur, officials said."], False),
        ("talks", "London", ["LONDON: Iran and the E3 resumed nuclear talks on Tuesday.", "The talks are being held in Geneva."], False),
        ("other", "Brussels", ["BRUSSELS: EU leaders agreed new sanctions on Thursday.", "The summit, hosted in Copenhagen, ran late."], False),
        ("talks", "New Delhi", ["NEW DELHI: India and China held border talks on Monday.", "The talks took place in the town of Chushul."], False),
        ("other", "Seoul", ["SEOUL (Reuters) - North and South Korean officials met on Wednesday.", "The meeting took place at Panmunjom."], False),
        ("other", "Baghdad", ["BAGHDAD, May 3 - Iraqi and Kurdish leaders reached a deal on oil exports.", "The talks were held in Erbil over two days."], False),
        ("other", "Islamabad", ["ISLAMABAD: Pakistan and Afghanistan agreed a ceasefire on Sunday.", "The negotiations took place in Doha under Qatari mediation."], False),
        ("talks", "Cairo", ["CAIRO: Hamas and Fatah officials held reconciliation talks.", "The talks were hosted in Algiers."], False),
    ]:  # fmt: skip
        event = {"kind": kind, "description": "the event", "place": where, "evidence": evidence}
        text = "\n\n".join(evidence) + "\n\nMore details were expected later.\n"
        why = f"place {where}: {evidence[-1][:50]}"
        add("dateline-elsewhere", expect, why, text, {"events": [event]}, "events[0].place")
    return built.cases


if __name__ == "__main__":
    build_cases()
    built.write(OUT)
