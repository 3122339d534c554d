# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the status, party, place and actor set of the causes checks 22 and 23 left open (``grounding_parties6.jsonl``), one category per cause group:

- ``statuses-stances``: a truce rejected, or a side's stance ``rejects``, worded as a resolve
  not to take it ("determined / resolved / (strong-)minded / adamant not to have / accept /
  agree to / sign / grant / declare / offer / enter / join" a truce, "not prepared / not
  ready / not willing / unwilling to" take it) (pass), the same words aimed at keeping it
  ("not to let the truce collapse", "not to break", "not to allow violations of", "not to
  give up on", "unwilling to let the ceasefire collapse") or with no "not" (fail); a proposer before "hereby"
  ("the Government of Ethiopia hereby declares"), one that "has announced cessation of
  hostilities" (a bare truce noun, its own), and "declares" as agreeing (pass), a bare truce
  "between" others, "brokered by" or "agreed by" others, "support for" one (fail); a
  meeting cancelled, also after someone "pulled out" (pass), only one side having "pulled
  out of" it (fail); a proposer of its own truce's extension ("offered to extend its
  truce", "will extend its ceasefire ... as demanded by X") (pass), one asking to extend
  another's ("demanded to extend the ceasefire period", "called for an extension of",
  "proposed extending the ... truce", "as demanded by X") (fail);
- ``parties-places``: a planned meeting's place after "bring / get ... together" (no
  meeting noun: "hopes to bring the sides together in Geneva") or set off by a hedge after a
  comma (", possibly in Kuwait", ", perhaps in Oslo"), or a summit going ahead "as scheduled
  in" its city (pass); a place reached "as scheduled / as planned to" by something else (a
  chair handed over, a presidency passed on), or where an earlier round made, reached,
  agreed, signed or struck something ("the progress made in talks in Stockholm") (fail); a
  country named freely beside a movement's name, or in a state's own long name ("Armed Forces
  of Ukraine", "Islamic Republic of Iran") (pass), a country only inside a movement's name
  ("Revolutionary Armed Forces of Colombia", "National Front for the Liberation of Angola")
  (fail); a group named after a country's possessive proposing ("Colombia's ELN announced",
  "Sudan's RSF declared") or the country's own body or leader ("Egypt's foreign minister",
  "Russia's Putin") (pass), the country itself for the group's verb (fail);
- ``event-actors``: an event's actor who turned down, rebuffed, spurned, snubbed or declined
  another's offer, in the active or the passive ("was turned down by Uganda") (pass); the
  one whose offer, proposal, call, request or invitation was turned down, also in the
  passive with the owner first ("Kenya's offer to mediate was turned down by Uganda"), or
  after "from / by" the offer ("turned down an offer from Kenya") (fail); one whose offer was
  welcomed or sent ("An offer from Brazil ... was welcomed") (pass);
  an actor named elsewhere in the article when the evidence names the actors as a group that
  acts ("The two sides agreed"), or after "in addition to" / "according to" (pass); a group
  only as a preposition's object ("according to the wishes of the parties", "aid to both
  countries", "met with the two sides"), a country only where something happened (fail).

Run ``python tests/data/make_parties6_cases.py`` to rebuild it. Every article below was
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

OUT = Path(__file__).with_name("grounding_parties6.jsonl")

LEADS = [
    "COLOMBO, Feb 3 (Island Wire) - Officials gave few other details.",
    "Live updates: the truce talks, from our correspondents.",
    "The Hillcrest Observer | Foreign desk",
    "ADDIS ABABA, March 24 (Horn Press) -- From our regional bureau.",
    "Morning digest from the Riverside Chronicle.",
    "By Amara Lindqvist, Northern Gazette",
]

built = SupportCases("p6", LEADS, closing="More to follow.")
add = built.add
article = built.page


def truce_status(expect: bool, sentence: str) -> None:
    truce = {"kind": "full", "status": "rejected", "evidence": [sentence]}
    add("statuses-stances", expect, f"rejected: {sentence[:60]}", article(sentence),
        {"ceasefires": [truce]}, "ceasefires[0].status")  # fmt: skip


def stance(expect: bool, name: str, sentence: str) -> None:
    why = f"{name} rejects: {sentence[:60]}"
    built.truce_position("statuses-stances", expect, name, "rejects", [sentence], why, full=True)


def resolved_not_cases() -> None:
    for sentence in [
        "Minister Perera said the government is strong-minded not to have a truce with the rebels.",
        "The army is determined not to have a ceasefire before the capital is retaken, the minister said.",
        "Officials in Khartoum said the army was resolved not to enter a truce with the RSF.",
        "Determined not to offer a ceasefire, the junta pressed on with its offensive in the hills.",
        "The separatists say they are firmly resolved not to agree to any truce this winter.",
        "A spokesman said Kinshasa remained adamant not to sign a ceasefire with the M23.",
        "According to two diplomats, Moscow appears determined not to accept a pause in the fighting.",
        "Israel is not prepared to accept a ceasefire at this stage, officials said.",
        "The junta is unwilling to sign a truce with the rebels, a spokesman said.",
        "Hamas says it is not ready to agree to a truce while the siege lasts.",
    ]:  # fmt: skip
        truce_status(True, sentence)
    for name, sentence in [
        ("Hamas", "Hamas is determined not to accept a truce that leaves troops in Gaza, its officials said."),
        ("Sri Lanka", "Sri Lanka's government is strong-minded not to grant the rebels a truce, the minister affirmed."),
        ("Myanmar", "Myanmar's military is resolved not to declare a ceasefire in Rakhine, a general told reporters."),
        ("Azerbaijan", "Baku said it was determined not to join the truce brokered by Moscow."),
        ("Ethiopia", "The Ethiopian government, resolved not to have any ceasefire with the TPLF, sent more troops north."),
    ]:  # fmt: skip
        stance(True, name, sentence)
    for sentence in [
        "The government is determined not to let the truce collapse, the minister said.",
        "Both armies are resolved not to break the ceasefire, the monitors reported.",
        "The mediators are determined not to give up on the truce after a difficult week.",
        "The rebels were determined to have a truce before the rains began.",
        "The minister said the government was resolved not to allow violations of the ceasefire.",
        "Determined not to lose the truce, the two sides met again in Doha on Sunday.",
        "Kinshasa is determined not to repeat the mistakes of the last truce, the foreign minister said.",
        "The army is not prepared to break the truce, its commander said.",
        "Both sides are unwilling to let the ceasefire collapse.",
        "Kyiv is not willing to give up on the truce, the foreign minister said.",
    ]:  # fmt: skip
        truce_status(False, sentence)
    for name, sentence in [
        ("Hamas", "Hamas is determined not to see the ceasefire fall apart, its officials said."),
        ("Sri Lanka", "Sri Lanka's government is strong-minded about the need for a truce, the minister affirmed."),
        ("Myanmar", "Myanmar's military is resolved not to fire first during the ceasefire, a general told reporters."),
        ("Azerbaijan", "Baku said it was determined not to be blamed if the truce brokered by Moscow failed."),
        ("Ethiopia", "The Ethiopian government, resolved not to waste the truce, sent aid convoys north."),
    ]:  # fmt: skip
        stance(False, name, sentence)


def proposer(expect: bool, name: str, sentence: str) -> None:
    truce = {"kind": "full", "proposer": name, "evidence": [sentence]}
    add("statuses-stances", expect, f"proposer {name}: {sentence[:60]}", article(sentence),
        {"ceasefires": [truce]}, "ceasefires[0].proposer")  # fmt: skip


def agreed(expect: bool, name: str, sentence: str) -> None:
    position = {"party": name, "stance": "agreed", "evidence": [sentence]}
    truce = {"kind": "full", "evidence": [sentence], "positions": [position]}
    add("statuses-stances", expect, f"{name} agreed: {sentence[:60]}", article(sentence),
        {"ceasefires": [truce]}, "ceasefires[0].positions[0].stance")  # fmt: skip


def cancelled(expect: bool, parties: list[str], sentence: str) -> None:
    why = f"cancelled: {sentence[:60]}"
    built.meeting_status("statuses-stances", expect, "cancelled", [sentence], why, parties)


def extension_cases() -> None:
    for name, sentence in [
        ("Tatmadaw", "The Tatmadaw will extend its ceasefire until June 30, as demanded by the ethnic armed groups."),
        ("Hamas", "Hamas offered to extend its truce by another week, a spokesman said."),
        ("Egypt", "Egypt proposed a three-day truce, which Israel later agreed to extend."),
        ("Qatar", "Qatar demanded a ceasefire in Gaza, as did Jordan."),
        ("KIA", "The KIA proposed a ceasefire in Kachin State, and the army agreed to extend it."),
    ]:  # fmt: skip
        proposer(True, name, sentence)
    for name, sentence in [
        ("KIA", "Ethnic armed groups such as the KIA have demanded to extend the ceasefire period."),
        ("Arakan Army", "The Tatmadaw will extend its ceasefire until June 30, as demanded by the Arakan Army."),
        ("Hamas", "Hamas called for an extension of the truce brokered by Qatar."),
        ("United Nations", "The United Nations urged an extension of the Yemen truce on Sunday."),
        ("Turkey", "Turkey proposed extending the grain corridor truce by 60 days."),
        ("Norway", "Norway suggested prolonging the ceasefire, the ministry said."),
    ]:  # fmt: skip
        proposer(False, name, sentence)


def pulled_out_cases() -> None:
    for parties, sentence in [
        (["Salva Kiir", "Riek Machar"], "The summit of Salva Kiir and Riek Machar was cancelled after Kiir pulled out."),
        (["Shehbaz Sharif", "Narendra Modi"], "After Shehbaz Sharif pulled out, Delhi called off the meeting with Narendra Modi."),
        (["Christopher Luxon", "Sitiveni Rabuka"], "The hosts pulled the plug on the meeting of Christopher Luxon and Sitiveni Rabuka."),
        (["Javier Milei", "Lula"], "Javier Milei's summit with Lula is off, aides said, after Milei pulled out."),
        (["Vladimir Putin", "Donald Trump"], "The Budapest summit of Vladimir Putin and Donald Trump has been scrapped."),
    ]:  # fmt: skip
        cancelled(True, parties, sentence)
    for parties, sentence in [
        (["Shehbaz Sharif", "Narendra Modi"], "Shehbaz Sharif pulled out of the meeting with Narendra Modi."),
        (["Christopher Luxon", "Sitiveni Rabuka"], "Christopher Luxon pulled out of the meeting with Sitiveni Rabuka in Suva on Friday."),
        (["Salva Kiir", "Riek Machar"], "Riek Machar has pulled out of the summit with Salva Kiir, citing security."),
        (["Javier Milei", "Lula"], "Javier Milei pulled out of the summit with Lula, sending his foreign minister instead."),
        (["Recep Tayyip Erdogan", "Vladimir Putin"], "Erdogan pulled out of the trip to meet Putin, aides said, but talks went ahead."),
    ]:  # fmt: skip
        cancelled(False, parties, sentence)


def declared_cases() -> None:
    for name, sentence in [
        ("Ethiopia", "\u201cTo save lives, the Government of Ethiopia hereby declares an indefinite humanitarian truce,\u201d the statement read."),
        ("Sudan", "The Sovereign Council of Sudan hereby declares a three-day ceasefire, the decree said."),
        ("Armenia", "Armenia hereby proposes a ceasefire along the entire line of contact, the ministry said."),
        ("Thailand", "Thailand today declares a ceasefire on the border, the prime minister said."),
        ("Afonso Dhlakama", "Renamo leader Afonso Dhlakama has announced cessation of hostilities towards the government."),
        ("M23", "The M23 has announced cessation of hostilities in North Kivu from midnight."),
        ("Ukraine", "On Tuesday Ukraine announced immediate cessation of strikes on energy sites."),
        ("Hamas", "Hamas has announced temporary halt to rocket fire, its armed wing said."),
    ]:  # fmt: skip
        proposer(True, name, sentence)
    for name, sentence in [
        ("Qatar", "Qatar announced ceasefire between Israel and Hamas on Wednesday."),
        ("Ethiopia", "The Government of Ethiopia hereby welcomes the truce declared by the TPLF."),
        ("Mozambique", "Mozambique's government has announced support for cessation of hostilities."),
        ("Kenya", "Kenya announced cessation of hostilities agreed by the two Sudanese generals."),
        ("South Africa", "South Africa has announced cessation of hostilities between Ethiopia and the TPLF."),
        ("Filipe Nyusi", "Renamo leader Afonso Dhlakama has announced cessation of hostilities towards Filipe Nyusi's government."),
        ("Armenia", "Armenia hereby rejects the ceasefire proposed by Azerbaijan, the ministry said."),
        ("Egypt", "Egypt announced truce brokered by Qatar and the United States."),
    ]:  # fmt: skip
        proposer(False, name, sentence)
    for name, sentence in [
        ("Ethiopia", "\u201cThe Government of Ethiopia hereby declares an indefinite humanitarian truce effective immediately,\u201d the statement read."),
        ("Sudan", "Sudan's army declares a 72-hour truce starting at dawn."),
        ("Azerbaijan", "In a statement, Azerbaijan declares a humanitarian ceasefire from noon."),
    ]:  # fmt: skip
        agreed(True, name, sentence)


def place(expect: bool, parties: list[str], sentence: str, where: str, status: str = "proposed") -> None:  # fmt: skip
    why = f"place {where}: {sentence[:60]}"
    built.meeting_place("parties-places", expect, where, [sentence], why, parties, status)


TK = ["Felix Tshisekedi", "Paul Kagame"]
AA = ["Ilham Aliyev", "Nikol Pashinyan"]
RM = ["William Ruto", "Yoweri Museveni"]
PZ = ["Vladimir Putin", "Volodymyr Zelensky"]


def planned_place_cases() -> None:
    for parties, sentence, where, status in [
        ([], "The UN is hoping to bring the sides together later this month, possibly in Geneva, diplomats said.", "Geneva", "proposed"),
        (AA, "Mediators want to bring Ilham Aliyev and Nikol Pashinyan together in Geneva next month.", "Geneva", "proposed"),
        (TK, "Angola hopes to get Felix Tshisekedi and Paul Kagame together in Luanda before the end of the year.", "Luanda", "proposed"),
        (PZ, "Turkey said it could bring Vladimir Putin and Volodymyr Zelensky together in Istanbul.", "Istanbul", "proposed"),
        ([], "The envoy plans a new round of talks next month, possibly in Muscat.", "Muscat", "proposed"),
        (RM, "William Ruto and Yoweri Museveni will meet again in the spring, probably in Mombasa.", "Mombasa", "scheduled"),
        (RM, "Ruto and Museveni are expected to hold talks soon, perhaps in Kampala, aides said.", "Kampala", "proposed"),
        ([], "The Mercosur summit will go ahead as scheduled in Montevideo next month.", "Montevideo", "scheduled"),
        ([], "Diplomats said the Quartet hopes to bring the rivals together in Cairo after Ramadan.", "Cairo", "proposed"),
        ([], "Norway is working to bring the two delegations together, perhaps in Oslo, in the coming weeks.", "Oslo", "proposed"),
        ([], "Peace talks could resume soon, possibly in Kuwait, to consolidate the gains made in talks in Stockholm.", "Kuwait", "proposed"),
        (AA, "Brussels is trying to bring Aliyev and Pashinyan back together, maybe in Granada, before the winter.", "Granada", "proposed"),
        (RM, "William Ruto will host Yoweri Museveni at State House Nairobi on Monday.", "Nairobi", "scheduled"),
        (["Donald Trump", "Xi Jinping"], "Xi Jinping will make a return visit to Donald Trump next year, possibly to Palm Beach.", "Palm Beach", "proposed"),
    ]:  # fmt: skip
        place(True, parties, sentence, where, status)
    for parties, sentence, where, status in [
        ([], "The six-month chair held by Uruguay will be transferred as scheduled to Venezuela, although the summit in Montevideo is off.", "Venezuela", "cancelled"),
        ([], "The rotating presidency passes as planned to Brazil at the end of the year, while the summit has been cancelled.", "Brazil", "cancelled"),
        ([], "The UN hopes to bring the sides together later this month to follow up on the progress made in talks in Stockholm in December.", "Stockholm", "proposed"),
        ([], "Envoys want a new round soon to build on the deal reached at talks in Doha last year.", "Doha", "proposed"),
        ([], "Griffiths wants to bring the parties together again, building on the understandings agreed in talks in Geneva.", "Geneva", "proposed"),
        (AA, "Ilham Aliyev and Nikol Pashinyan are expected to meet next month to carry out the accord signed at the summit in Astana.", "Astana", "scheduled"),
        ([], "Diplomats hope the truce struck in talks in Cairo can be extended at a meeting next week.", "Cairo", "scheduled"),
        ([], "Peace talks could resume soon, possibly in Kuwait, to consolidate the gains made in talks in Stockholm.", "Stockholm", "proposed"),
        (PZ, "Putin and Zelensky may meet again in the spring, to build on the prisoner swap agreed at talks in Istanbul.", "Istanbul", "proposed"),
        ([], "The flag of the bloc is handed over as scheduled to Paraguay on Monday, though no summit will be held.", "Paraguay", "cancelled"),
        (TK, "Tshisekedi and Kagame are due to meet in May; the framework they will sign was negotiated in talks in Doha.", "Doha", "scheduled"),
        ([], "A follow-up meeting is planned for June to review the commitments made at the summit in Nairobi.", "Nairobi", "scheduled"),
        (["Donald Trump", "Xi Jinping"], "Xi Jinping will make a return visit to Donald Trump next year, possibly to Palm Beach.", "Beach", "proposed"),
        (RM, "Ruto and Museveni will meet again in the spring, perhaps in Dar es Salaam.", "Salaam", "proposed"),
    ]:  # fmt: skip
        place(False, parties, sentence, where, status)


def party(expect: bool, name: str, sentence: str, stance: str = "agreed") -> None:
    position = {"party": name, "stance": stance, "evidence": [sentence]}
    truce = {"kind": "full", "evidence": [sentence], "positions": [position]}
    add("parties-places", expect, f"party {name}: {sentence[:60]}", article(sentence),
        {"ceasefires": [truce]}, "ceasefires[0].positions[0].party")  # fmt: skip


def group_name_cases() -> None:
    for name, sentence, stance in [
        ("Colombia", "The Colombian government and the Revolutionary Armed Forces of Colombia (FARC) signed the truce.", "agreed"),
        ("Colombia", "Colombia agreed to the truce with the Revolutionary Armed Forces of Colombia on Thursday.", "agreed"),
        ("Ukraine", "The Armed Forces of Ukraine agreed to observe the truce from midnight.", "agreed"),
        ("Iran", "The Islamic Republic of Iran accepted the ceasefire, state media said.", "agreed"),
        ("China", "The People's Republic of China backs the truce, its envoy said.", "supports"),
        ("Angola", "Angola welcomed the truce signed by the National Front for the Liberation of Angola.", "supports"),
    ]:  # fmt: skip
        party(True, name, sentence, stance)
    for name, sentence, stance in [
        ("Colombia", "The Revolutionary Armed Forces of Colombia (FARC) agreed to the truce.", "agreed"),
        ("Angola", "The National Front for the Liberation of Angola signed the ceasefire in 1975.", "agreed"),
        ("Sierra Leone", "The Revolutionary United Front of Sierra Leone accepted the ceasefire.", "agreed"),
        ("Palestinian territories", "The Popular Front for the Liberation of Palestine said it backs the truce.", "supports"),
        ("Colombia", "A spokesman for the Revolutionary Armed Forces of Colombia said the rebels accepted the truce.", "agreed"),
        ("Mozambique", "The Liberation Front of Mozambique agreed to the ceasefire, the radio said.", "agreed"),
    ]:  # fmt: skip
        party(False, name, sentence, stance)


def group_proposer(expect: bool, name: str, sentence: str) -> None:
    truce = {"kind": "full", "proposer": name, "evidence": [sentence]}
    add("parties-places", expect, f"proposer {name}: {sentence[:60]}", article(sentence),
        {"ceasefires": [truce]}, "ceasefires[0].proposer")  # fmt: skip


def possessive_group_cases() -> None:
    for name, sentence in [
        ("ELN", "Colombia's ELN announced a unilateral ceasefire on Friday."),
        ("Egypt", "Egypt's foreign minister proposed a truce in Gaza."),
        ("Sudan", "Sudan's army announced a unilateral truce for the Eid holiday."),
        ("Russia", "Russia's Putin proposed an Easter truce, the Kremlin said."),
        ("RSF", "Sudan's RSF declared a unilateral humanitarian truce on Monday."),
        ("Houthis", "Yemen's Houthis declared a unilateral truce on Saudi Arabia."),
    ]:  # fmt: skip
        group_proposer(True, name, sentence)
    for name, sentence in [
        ("Colombia", "Colombia's ELN announced a unilateral ceasefire on Friday."),
        ("Lebanon", "Lebanon's Hezbollah proposed a truce with Israel."),
        ("Sudan", "Sudan's RSF declared a unilateral humanitarian truce on Monday."),
        ("Yemen", "Yemen's Houthis declared a unilateral truce on Saudi Arabia."),
        ("Myanmar", "Myanmar's KIA announced a unilateral ceasefire in Kachin State."),
        ("Nigeria", "Nigeria's MEND proposed a truce in the Niger Delta, a spokesman said."),
    ]:  # fmt: skip
        group_proposer(False, name, sentence)


def actor(expect: bool, name: str, sentence: str, lead: str | None = None) -> None:
    event = {"description": "what the article reports", "actors": [name], "evidence": [sentence]}
    text = article(lead, sentence) if lead else article(sentence)
    add("event-actors", expect, f"actor {name}: {sentence[:60]}", text,
        {"events": [event]}, "events[0].actors[0]")  # fmt: skip


def grouped_actor_cases() -> None:
    for name, lead, sentence in [
        (
            "Taliban",
            "The government and the Taliban met in Doha.",
            "The two sides agreed on Sunday to free 500 prisoners.",
        ),
        (
            "Uganda",
            "Officials from Kenya and Uganda gathered in Kampala.",
            "Both countries agreed to reopen the border crossing.",
        ),
        (
            "Azerbaijan",
            "Armenia and Azerbaijan sent delegations to Geneva.",
            "The delegations exchanged lists of detainees on Friday.",
        ),
        (
            "Kosovo",
            "Serbia and Kosovo held talks in Brussels.",
            "They agreed to set up a joint commission.",
        ),
        (
            "Uganda",
            "Kenya's Ruto and Uganda's Museveni met on Monday.",
            "The leaders signed a trade accord.",
        ),
        (
            "Eritrea",
            "Ethiopia and Eritrea restored ties last year.",
            "The two neighbours reopened their embassies in July.",
        ),
        (
            "Indonesia",
            "Foreign ministers met in Jakarta on Sunday.",
            "In addition to Indonesia, Norway and Qatar agreed to support the talks according to the wishes of the parties.",
        ),
        (
            "Qatar",
            "Envoys gathered in Doha.",
            "According to Qatar, the sides swapped 40 prisoners, thanks to Turkey and Egypt.",
        ),
    ]:
        actor(True, name, sentence, lead)
    for name, lead, sentence in [
        ("Uganda", "Talks on the border dispute stalled.", "Uganda turned down an offer from Kenya to mediate."),
        ("Kenya", "Talks on the border dispute stalled.", "Kenya made an offer to mediate, which Uganda turned down."),
        ("Brazil", "Venezuela and Guyana traded accusations.", "An offer from Brazil to host the talks was welcomed by Venezuela."),
        ("Qatar", "Aid agencies pressed for access.", "Qatar sent a request for access to the junta on Monday."),
    ]:  # fmt: skip
        actor(True, name, sentence, lead)
    for name, lead, sentence in [
        ("Taliban", "The government and the Taliban met in Doha.", "Indonesia, Norway and Qatar agreed on Sunday to support the process according to the wishes of the parties."),
        ("Uganda", "Kenya and Uganda closed the border.", "Rwanda offered aid to both countries on Monday."),
        ("Azerbaijan", "Armenia and Azerbaijan sent delegations to Geneva.", "Swiss officials arranged transport for the delegations."),
        ("Kosovo", "Serbia and Kosovo held talks in Brussels.", "The EU envoy met with the two sides separately."),
        ("Eritrea", "Ethiopia and Eritrea restored ties last year.", "Saudi Arabia hosted a ceremony between the two neighbours."),
        ("Uganda", "Kenya's Ruto and Uganda's Museveni met on Monday.", "Tanzania sent a message of support to the leaders."),
        ("Indonesia", "Foreign ministers met in Jakarta on Sunday.", "Norway and Qatar flew aid to Indonesia on Sunday, according to the ministry."),
        ("Qatar", "Envoys gathered in Doha.", "Forty prisoners were swapped in Qatar on Friday, thanks to Turkish mediators."),
        ("Kenya", "Talks on the border dispute stalled.", "Uganda turned down an offer from Kenya to mediate."),
        ("Kenya", "Talks on the border dispute stalled.", "An offer by Kenya to mediate was turned down by Uganda."),
        ("Brazil", "Venezuela and Guyana traded accusations.", "The offer from Brazil was turned down by Venezuela, diplomats said."),
        ("Qatar", "Aid agencies pressed for access.", "The junta rebuffed a request from Qatar for access on Monday."),
    ]:  # fmt: skip
        actor(False, name, sentence, lead)


def turned_down_cases() -> None:
    for name, sentence in [
        ("Uganda", "Uganda turned down Kenya's offer to mediate."),
        ("Uganda", "Kenya's offer to mediate was turned down by Uganda."),
        ("Ethiopia", "Ethiopia rebuffed Sudan's proposal for talks on the border."),
        ("Israel", "Israel spurned Egypt's call for a pause on Monday."),
        ("Serbia", "Serbia declined Hungary's invitation to the talks."),
        ("Kenya", "Kenya turned down a request from Somalia to extend the mission."),
        ("Rwanda", "Rwanda turned Burundi's proposal down on Friday."),
        ("Egypt", "After long talks, Egypt turned down the Ethiopian offer."),
        ("Iran", "Iran snubbed France's invitation to the conference."),
        ("Pakistan", "Pakistan turned down India's request, a spokesman said."),
        ("Venezuela", "The offer from Brazil was turned down by Venezuela, diplomats said."),
        ("Ghana", "Ghana flatly turned down Togo's bid to host the talks."),
    ]:  # fmt: skip
        actor(True, name, sentence)
    for name, sentence in [
        ("Kenya", "Uganda turned down Kenya's offer to mediate."),
        ("Kenya", "Kenya's offer to mediate was turned down by Uganda."),
        ("Sudan", "Ethiopia rebuffed Sudan's proposal for talks on the border."),
        ("Egypt", "Israel spurned Egypt's call for a pause on Monday."),
        ("Hungary", "Serbia declined Hungary's invitation to the talks."),
        ("Burundi", "Rwanda turned Burundi's proposal down on Friday."),
        ("France", "Iran snubbed France's invitation to the conference."),
        ("India", "Pakistan turned down India's request, a spokesman said."),
        ("Togo", "Ghana flatly turned down Togo's bid to host the talks."),
        ("Qatar", "Qatar's proposal for a summit was rebuffed by Bahrain."),
        ("Turkey", "Turkey's offer of a venue has been turned down by both sides."),
        ("Norway", "Norway's request for access to the camps was declined by the junta."),
    ]:  # fmt: skip
        actor(False, name, sentence)


def build_cases() -> list[dict[str, Any]]:
    built.cases.clear()
    resolved_not_cases()
    declared_cases()
    pulled_out_cases()
    extension_cases()
    planned_place_cases()
    group_name_cases()
    possessive_group_cases()
    turned_down_cases()
    grouped_actor_cases()
    return built.cases


if __name__ == "__main__":
    build_cases()
    built.write(OUT)
