# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the statuses-46 set (``grounding_statuses46.jsonl``): a status verb read with its tense
and mood, and the latest change of the same occasion (an outside check, session 22: check 46's
cause 2; :mod:`status_tenses`). By category:

- ``modal-stage``: an ending verb under a modal of ability or need ("can only be repealed by a
  vote of parliament", "cannot be lifted without", "would have to be repealed by", "only the
  Security Council can lift") says the measure is still in force: ``in_force`` supported,
  ``lifted`` refused; twins where the ending is stated ("was repealed on Tuesday", "which only
  the Senate could lift, was lifted on 4 May") keep ``lifted`` and refuse ``in_force``; "could be
  lifted next month" leaves ``in_force`` unconfirmed;
- ``removal-tense``: a removal decided in the past ("decided last October to revoke"), whose noun
  took effect ("the repeal of the beef import ban took effect"), backdated, retroactive or with
  immediate effect is ``lifted`` (and refuses ``in_force``, ``imposed``); one set for a day to
  come ("will remove ... from Friday", "is to be lifted on 1 July", "decided on Monday to scrap
  ... next year") is announced, ``lifted`` only unconfirmed (the day has not come at the page's
  time: arguable); "may decide whether to", "decided to keep", "could remove ... if" refuse it;
- ``truce-latest``: a truce that took effect and then lapsed, collapsed, ran out, broke down or
  "did not survive" is not ``in_effect`` (strongly: the latest change wins, also when the expiry
  sits before a modal: "the day it expired, that they would not renew it"); "did not hold",
  "failed to hold", "unravelled" word it ``collapsed``; "has held so far", "is due to lapse",
  "is set to end" keep ``in_effect``; "may not hold", "could unravel" do not word ``collapsed``.

Strengths: SUPPORTED must pass; STRONG must carry an unsupported flag; WEAK must be refused with
only an unconfirmed one; ANY must be refused at either strength. Run ``python
tests/data/make_statuses46_cases.py`` to rebuild it. Every sentence below was written for this
set (public bodies and invented officials in invented sentences); each verdict is what a careful
fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ANY, STRONG, SUPPORTED, WEAK, SupportCases

OUT = Path(__file__).with_name("grounding_statuses46.jsonl")
LEADS = [
    "GENEVA (Wire) -",
    "The Evening Ledger | Trade",
    "Live: sanctions and truces, as it happens",
    "From our Nairobi bureau.",
    "Radio script, morning bulletin.",
    "Agency dispatch, translated from French.",
]
CASES = [
    (
        "modal-stage",
        True,
        SUPPORTED,
        "sanctions",
        "in_force",
        [
            "The arms embargo, codified by statute in 2002, can only be repealed by a vote of parliament."
        ],
    ),
    (
        "modal-stage",
        False,
        ANY,
        "sanctions",
        "lifted",
        [
            "The arms embargo, codified by statute in 2002, can only be repealed by a vote of parliament."
        ],
    ),
    (
        "modal-stage",
        True,
        SUPPORTED,
        "sanctions",
        "in_force",
        ["Under the 1999 act, the oil ban may be lifted only by the full Senate."],
    ),
    (
        "modal-stage",
        False,
        ANY,
        "sanctions",
        "lifted",
        ["Under the 1999 act, the oil ban may be lifted only by the full Senate."],
    ),
    (
        "modal-stage",
        True,
        SUPPORTED,
        "sanctions",
        "in_force",
        [
            "The sanctions cannot be lifted without the consent of all 27 member states, diplomats said."
        ],
    ),
    (
        "modal-stage",
        False,
        ANY,
        "sanctions",
        "lifted",
        [
            "The sanctions cannot be lifted without the consent of all 27 member states, diplomats said."
        ],
    ),
    (
        "modal-stage",
        True,
        SUPPORTED,
        "sanctions",
        "in_force",
        ["Only the Security Council can lift the travel ban on the junta's leaders."],
    ),
    (
        "modal-stage",
        False,
        ANY,
        "sanctions",
        "lifted",
        ["Only the Security Council can lift the travel ban on the junta's leaders."],
    ),
    (
        "modal-stage",
        True,
        SUPPORTED,
        "sanctions",
        "in_force",
        ["The steel tariff would have to be repealed by Congress, the trade lawyer noted."],
    ),
    (
        "modal-stage",
        False,
        ANY,
        "sanctions",
        "lifted",
        ["The steel tariff would have to be repealed by Congress, the trade lawyer noted."],
    ),
    (
        "modal-stage",
        True,
        SUPPORTED,
        "sanctions",
        "in_force",
        ["The duties can be removed only by a new ministerial order, Ottawa's trade office said."],
    ),
    (
        "modal-stage",
        False,
        ANY,
        "sanctions",
        "lifted",
        ["The duties can be removed only by a new ministerial order, Ottawa's trade office said."],
    ),
    (
        "modal-stage",
        True,
        SUPPORTED,
        "sanctions",
        "lifted",
        [
            "The arms embargo, codified by statute in 2002, was repealed by a vote of parliament on Tuesday."
        ],
    ),
    (
        "modal-stage",
        False,
        STRONG,
        "sanctions",
        "in_force",
        [
            "The arms embargo, codified by statute in 2002, was repealed by a vote of parliament on Tuesday."
        ],
    ),
    (
        "modal-stage",
        True,
        SUPPORTED,
        "sanctions",
        "lifted",
        ["Congress lifted the embargo in 2015, ending a ban it had written into law in 1996."],
    ),
    (
        "modal-stage",
        False,
        STRONG,
        "sanctions",
        "in_force",
        ["Congress lifted the embargo in 2015, ending a ban it had written into law in 1996."],
    ),
    (
        "modal-stage",
        True,
        SUPPORTED,
        "sanctions",
        "lifted",
        ["The oil ban was lifted by the full Senate on 4 May."],
    ),
    (
        "modal-stage",
        False,
        STRONG,
        "sanctions",
        "in_force",
        ["The oil ban was lifted by the full Senate on 4 May."],
    ),
    (
        "modal-stage",
        True,
        SUPPORTED,
        "sanctions",
        "in_force",
        [
            "Under the Magnitsky statute, the asset freezes on the 14 officials could be lifted only by a joint resolution."
        ],
    ),
    (
        "modal-stage",
        False,
        ANY,
        "sanctions",
        "lifted",
        [
            "Under the Magnitsky statute, the asset freezes on the 14 officials could be lifted only by a joint resolution."
        ],
    ),
    (
        "modal-stage",
        True,
        SUPPORTED,
        "sanctions",
        "in_force",
        [
            "Ministers cannot revoke the export ban on rough diamonds without a court order, the attorney-general said."
        ],
    ),
    (
        "modal-stage",
        False,
        ANY,
        "sanctions",
        "lifted",
        [
            "Ministers cannot revoke the export ban on rough diamonds without a court order, the attorney-general said."
        ],
    ),
    (
        "modal-stage",
        True,
        SUPPORTED,
        "sanctions",
        "lifted",
        ["The oil ban, which only the Senate could lift, was lifted on 4 May."],
    ),
    (
        "modal-stage",
        False,
        ANY,
        "sanctions",
        "in_force",
        ["The oil ban, which only the Senate could lift, was lifted on 4 May."],
    ),
    (
        "modal-stage",
        False,
        WEAK,
        "sanctions",
        "in_force",
        ["The travel ban on the generals could be lifted next month, a diplomat in Brussels said."],
    ),
    (
        "modal-stage",
        False,
        STRONG,
        "sanctions",
        "lifted",
        ["The travel ban on the generals could be lifted next month, a diplomat in Brussels said."],
    ),
    (
        "removal-tense",
        True,
        SUPPORTED,
        "sanctions",
        "lifted",
        [
            "The trade ministry in Canberra decided last October to revoke the safeguard duties on Thai prawns."
        ],
    ),
    (
        "removal-tense",
        False,
        STRONG,
        "sanctions",
        "in_force",
        [
            "The trade ministry in Canberra decided last October to revoke the safeguard duties on Thai prawns."
        ],
    ),
    (
        "removal-tense",
        False,
        STRONG,
        "sanctions",
        "imposed",
        [
            "The trade ministry in Canberra decided last October to revoke the safeguard duties on Thai prawns."
        ],
    ),
    (
        "removal-tense",
        True,
        SUPPORTED,
        "sanctions",
        "lifted",
        [
            "In May, after an expiry review, Brussels decided to scrap the countervailing duties on Indonesian biodiesel."
        ],
    ),
    (
        "removal-tense",
        True,
        SUPPORTED,
        "sanctions",
        "lifted",
        [
            "Seoul's finance ministry decided on Tuesday to abolish the tariff on US almonds, with immediate effect."
        ],
    ),
    (
        "removal-tense",
        True,
        SUPPORTED,
        "sanctions",
        "lifted",
        ["The removal of Cuba from the list took effect on May 29."],
    ),
    (
        "removal-tense",
        True,
        SUPPORTED,
        "sanctions",
        "lifted",
        ["The repeal of the beef import ban took effect at midnight."],
    ),
    (
        "removal-tense",
        True,
        SUPPORTED,
        "sanctions",
        "lifted",
        ["Termination of the textile quota came into force on 1 January."],
    ),
    (
        "removal-tense",
        False,
        STRONG,
        "sanctions",
        "in_force",
        ["Termination of the textile quota came into force on 1 January."],
    ),
    (
        "removal-tense",
        True,
        SUPPORTED,
        "sanctions",
        "lifted",
        [
            "Washington says it will drop its 10 per cent tariff on Canadian aluminium, backdated to 1 September."
        ],
    ),
    (
        "removal-tense",
        True,
        SUPPORTED,
        "sanctions",
        "announced",
        [
            "Washington says it will drop its 10 per cent tariff on Canadian aluminium, backdated to 1 September."
        ],
    ),
    (
        "removal-tense",
        True,
        SUPPORTED,
        "sanctions",
        "lifted",
        [
            "The ministry said the surcharge on imported rice would be withdrawn retroactive to 1 March."
        ],
    ),
    (
        "removal-tense",
        False,
        WEAK,
        "sanctions",
        "lifted",
        [
            "Tokyo will remove its punitive tariffs on Korean chipmaking chemicals from Friday, the trade ministry announced on Thursday."
        ],
    ),
    (
        "removal-tense",
        True,
        SUPPORTED,
        "sanctions",
        "announced",
        [
            "Tokyo will remove its punitive tariffs on Korean chipmaking chemicals from Friday, the trade ministry announced on Thursday."
        ],
    ),
    (
        "removal-tense",
        False,
        WEAK,
        "sanctions",
        "lifted",
        ["The fishing ban in the Gulf of Riga is to be lifted on 1 July, the ministry said."],
    ),
    (
        "removal-tense",
        False,
        WEAK,
        "sanctions",
        "lifted",
        ["Nairobi said the duty on Ugandan sugar will be scrapped as of Monday."],
    ),
    (
        "removal-tense",
        False,
        ANY,
        "sanctions",
        "lifted",
        [
            "The trade ministry in Canberra may decide next year whether to revoke the safeguard duties on Thai prawns."
        ],
    ),
    (
        "removal-tense",
        False,
        ANY,
        "sanctions",
        "lifted",
        [
            "In May, after an expiry review, Brussels decided to keep the countervailing duties on Indonesian biodiesel."
        ],
    ),
    (
        "removal-tense",
        False,
        STRONG,
        "sanctions",
        "lifted",
        ["Seoul's finance ministry decided on Tuesday to raise the tariff on US almonds."],
    ),
    (
        "removal-tense",
        False,
        ANY,
        "sanctions",
        "lifted",
        ["The repeal of the beef import ban will take effect only if parliament approves it."],
    ),
    (
        "removal-tense",
        False,
        ANY,
        "sanctions",
        "lifted",
        ["The termination of the textile quota was proposed by the Commission on Monday."],
    ),
    (
        "removal-tense",
        False,
        STRONG,
        "sanctions",
        "lifted",
        [
            "Tokyo could remove its punitive tariffs on Korean chipmaking chemicals if the talks go well."
        ],
    ),
    (
        "removal-tense",
        False,
        ANY,
        "sanctions",
        "lifted",
        ["The fishing ban in the Gulf of Riga is to be reviewed on 1 July, the ministry said."],
    ),
    (
        "removal-tense",
        False,
        ANY,
        "sanctions",
        "lifted",
        ["Washington is weighing whether to drop its 10 per cent tariff on Canadian aluminium."],
    ),
    (
        "removal-tense",
        False,
        WEAK,
        "sanctions",
        "lifted",
        ["Manila decided on Monday to scrap the rice import surcharge from 1 March."],
    ),
    (
        "removal-tense",
        True,
        SUPPORTED,
        "sanctions",
        "lifted",
        [
            "In June, after an expiry review, the Board of Trade decided to terminate the safeguard duties on steel wire imported from Vietnam."
        ],
    ),
    (
        "removal-tense",
        False,
        STRONG,
        "sanctions",
        "in_force",
        [
            "In June, after an expiry review, the Board of Trade decided to terminate the safeguard duties on steel wire imported from Vietnam."
        ],
    ),
    (
        "removal-tense",
        False,
        WEAK,
        "sanctions",
        "lifted",
        ["Manila decided on Monday to scrap the rice import surcharge next year."],
    ),
    (
        "truce-latest",
        False,
        STRONG,
        "ceasefires",
        "in_effect",
        [
            "A 90-day truce brokered by Qatar took effect on 3 March.",
            "It lapsed on 1 June without renewal.",
        ],
    ),
    (
        "truce-latest",
        False,
        STRONG,
        "ceasefires",
        "in_effect",
        ["The ceasefire, which came into force at dawn on Saturday, collapsed within hours."],
    ),
    (
        "truce-latest",
        False,
        STRONG,
        "ceasefires",
        "in_effect",
        [
            "Oman mediated a month-long truce that began on 10 April; the rebels said on 10 May, the day it ran out, that they would not extend it."
        ],
    ),
    (
        "truce-latest",
        False,
        STRONG,
        "ceasefires",
        "in_effect",
        [
            "In April Oman brokered a month-long truce, which took effect on 10 April.",
            "The rebels announced on 10 May, the day it expired, that they would not renew it.",
        ],
    ),
    (
        "truce-latest",
        False,
        STRONG,
        "ceasefires",
        "in_effect",
        ["The Christmas truce held for two days before it broke down."],
    ),
    (
        "truce-latest",
        False,
        STRONG,
        "ceasefires",
        "in_effect",
        ["A 48-hour pause came into effect at noon on Friday and ended on schedule on Sunday."],
    ),
    (
        "truce-latest",
        False,
        STRONG,
        "ceasefires",
        "in_effect",
        ["The Easter ceasefire took hold on Sunday morning.", "It did not survive the week."],
    ),
    (
        "truce-latest",
        True,
        SUPPORTED,
        "ceasefires",
        "in_effect",
        [
            "A 90-day truce brokered by Qatar took effect on 3 March.",
            "It is due to lapse on 1 June unless renewed.",
        ],
    ),
    (
        "truce-latest",
        True,
        SUPPORTED,
        "ceasefires",
        "in_effect",
        [
            "The ceasefire, which came into force at dawn on Saturday, has held so far despite sporadic gunfire."
        ],
    ),
    (
        "truce-latest",
        True,
        SUPPORTED,
        "ceasefires",
        "in_effect",
        [
            "Oman mediated a month-long truce that began on 10 April; the rebels said on Tuesday that they would extend it when it runs out on 10 May."
        ],
    ),
    (
        "truce-latest",
        True,
        SUPPORTED,
        "ceasefires",
        "in_effect",
        ["The Christmas truce has held for two days, and neither side has said it will break it."],
    ),
    (
        "truce-latest",
        True,
        SUPPORTED,
        "ceasefires",
        "in_effect",
        ["The 48-hour pause came into effect at noon on Friday and is set to end on Sunday."],
    ),
    (
        "truce-latest",
        True,
        SUPPORTED,
        "ceasefires",
        "expired",
        [
            "In April Oman brokered a month-long truce, which took effect on 10 April.",
            "The rebels announced on 10 May, the day it expired, that they would not renew it.",
        ],
    ),
    (
        "truce-latest",
        True,
        SUPPORTED,
        "ceasefires",
        "collapsed",
        ["The ceasefire agreed in Geneva did not hold."],
    ),
    (
        "truce-latest",
        True,
        SUPPORTED,
        "ceasefires",
        "collapsed",
        ["The truce failed to hold beyond the weekend."],
    ),
    (
        "truce-latest",
        True,
        SUPPORTED,
        "ceasefires",
        "collapsed",
        [
            "The Security Council called for a halt to the shelling within six hours.",
            "It broke down within a day.",
        ],
    ),
    (
        "truce-latest",
        True,
        SUPPORTED,
        "ceasefires",
        "collapsed",
        ["The ceasefire unravelled within hours, medics in Kadugli said."],
    ),
    (
        "truce-latest",
        True,
        SUPPORTED,
        "ceasefires",
        "collapsed",
        ["The June truce fell apart after a week of sniper fire."],
    ),
    (
        "truce-latest",
        False,
        STRONG,
        "ceasefires",
        "collapsed",
        ["The ceasefire agreed in Geneva has held."],
    ),
    (
        "truce-latest",
        False,
        ANY,
        "ceasefires",
        "collapsed",
        ["The truce may not hold beyond the weekend, analysts warned."],
    ),
    (
        "truce-latest",
        False,
        ANY,
        "ceasefires",
        "collapsed",
        ["Diplomats fear the ceasefire could unravel within days."],
    ),
    (
        "truce-latest",
        False,
        ANY,
        "ceasefires",
        "collapsed",
        ["Whether the June truce will fall apart is unclear."],
    ),
    (
        "truce-latest",
        False,
        STRONG,
        "ceasefires",
        "in_effect",
        [
            "Last year Qatar brokered a 60-day truce in the north, which took effect on 2 August.",
            "The militia said on 1 October, the day it lapsed, that it would not extend it.",
        ],
    ),
    (
        "truce-latest",
        False,
        WEAK,
        "ceasefires",
        "in_effect",
        ["The shelling stopped at dawn, although a previous ceasefire collapsed on 3 June."],
    ),
    (
        "truce-latest",
        False,
        STRONG,
        "ceasefires",
        "in_effect",
        [
            "The Arab League's plan, endorsed on 4 March, called for a truce within 48 hours.",
            "It broke down within a day, and a second ceasefire took hold only on 9 March.",
        ],
    ),
    (
        "truce-latest",
        True,
        SUPPORTED,
        "ceasefires",
        "collapsed",
        [
            "The Arab League's plan, endorsed on 4 March, called for a truce within 48 hours.",
            "It broke down within a day, and a second ceasefire took hold only on 9 March.",
        ],
    ),
    (
        "truce-latest",
        False,
        WEAK,
        "ceasefires",
        "in_effect",
        ["A new truce took hold on Sunday, and an earlier ceasefire had broken down within a day."],
    ),
    # review of session 22: an ability used, a decision not to end, a past-day cue in a prospect
    (
        "modal-stage",
        True,
        SUPPORTED,
        "sanctions",
        "lifted",
        ["The governor can lift the curfew by order and did so on Friday."],
    ),
    (
        "modal-stage",
        True,
        SUPPORTED,
        "sanctions",
        "lifted",
        ["The embargo can be lifted by the minister, who did so on 3 May."],
    ),
    (
        "modal-stage",
        True,
        SUPPORTED,
        "sanctions",
        "lifted",
        ["Only parliament can repeal the levy, and it has done so."],
    ),
    (
        "modal-stage",
        True,
        SUPPORTED,
        "sanctions",
        "lifted",
        ["The president can lift the curbs by decree, which he did last week."],
    ),
    (
        "modal-stage",
        True,
        SUPPORTED,
        "sanctions",
        "lifted",
        ["The council can lift the tariffs at any time and did so on Tuesday."],
    ),
    (
        "modal-stage",
        False,
        ANY,
        "sanctions",
        "lifted",
        ["The minister can lift the ban by decree but has not done so."],
    ),
    (
        "modal-stage",
        False,
        ANY,
        "sanctions",
        "lifted",
        ["The sanctions can be lifted by the president, who has not done so."],
    ),
    (
        "modal-stage",
        False,
        ANY,
        "sanctions",
        "lifted",
        ["The governor could scrap the levy by order but did not do so."],
    ),
    (
        "removal-tense",
        False,
        ANY,
        "sanctions",
        "lifted",
        ["The cabinet decided on Tuesday not to lift the export ban."],
    ),
    (
        "removal-tense",
        False,
        ANY,
        "sanctions",
        "lifted",
        ["The board decided in May not to scrap the levy."],
    ),
    (
        "removal-tense",
        False,
        ANY,
        "sanctions",
        "lifted",
        ["Ministers decided last month never to repeal the duties."],
    ),
    (
        "removal-tense",
        False,
        ANY,
        "sanctions",
        "lifted",
        ["The president is expected to lift the sanctions with immediate effect."],
    ),
    (
        "removal-tense",
        False,
        ANY,
        "sanctions",
        "lifted",
        ["The removal of the levy, once signed, will be backdated to 1 March."],
    ),
    (
        "removal-tense",
        False,
        ANY,
        "sanctions",
        "lifted",
        ["The ministry is likely to scrap the duties with immediate effect."],
    ),
    (
        "removal-tense",
        True,
        SUPPORTED,
        "sanctions",
        "lifted",
        ["The cabinet decided on Tuesday to lift the export ban, which had stood for a decade."],
    ),
    (
        "removal-tense",
        True,
        SUPPORTED,
        "sanctions",
        "lifted",
        ["The ministry scrapped the duties with immediate effect on Monday."],
    ),
    (
        "removal-tense",
        True,
        SUPPORTED,
        "sanctions",
        "lifted",
        ["The repeal of the levy was backdated to 1 March."],
    ),
    # review of session 22: a decision turned away from ending (against, rather than, delay)
    (
        "removal-tense",
        False,
        ANY,
        "sanctions",
        "lifted",
        ["The council decided in March to extend the embargo rather than lift it."],
    ),
    (
        "removal-tense",
        False,
        ANY,
        "sanctions",
        "lifted",
        ["Ministers decided on Tuesday to postpone lifting the curfew."],
    ),
    (
        "removal-tense",
        False,
        ANY,
        "sanctions",
        "lifted",
        ["The board decided against scrapping the levy, a spokesman said."],
    ),
    (
        "removal-tense",
        False,
        ANY,
        "sanctions",
        "lifted",
        ["The government decided to keep the tariffs instead of removing them."],
    ),
    (
        "removal-tense",
        False,
        ANY,
        "sanctions",
        "lifted",
        ["Regulators decided last week to defer lifting the ban on exports."],
    ),
    (
        "removal-tense",
        False,
        ANY,
        "sanctions",
        "lifted",
        ["The cabinet decided against lifting the travel ban."],
    ),
    (
        "removal-tense",
        True,
        SUPPORTED,
        "sanctions",
        "lifted",
        ["The council decided in March to lift the embargo rather than extend it."],
    ),
    (
        "removal-tense",
        True,
        SUPPORTED,
        "sanctions",
        "lifted",
        ["Ministers decided on Tuesday to lift the curfew instead of easing it."],
    ),
    (
        "removal-tense",
        True,
        SUPPORTED,
        "sanctions",
        "lifted",
        ["Regulators decided last week to lift the ban on exports rather than wait for the court."],
    ),
    (
        "removal-tense",
        True,
        SUPPORTED,
        "sanctions",
        "lifted",
        ["The cabinet decided on Monday to lift the travel ban, not to postpone it."],
    ),
    (
        "removal-tense",
        True,
        SUPPORTED,
        "sanctions",
        "lifted",
        ["The board decided in May to lift the levy without delay."],
    ),
]
built = SupportCases("s46", LEADS)
for category, expect, strength, kind, value, sentences in CASES:
    item = {"status": value, "evidence": sentences}
    item.update({"instrument": "other"} if kind == "sanctions" else {"kind": "full"})
    why, page = f"{kind} {value}: {sentences[-1][:60]}", built.page(*sentences)
    if strength == ANY:
        built.add(category, expect, why, page, {kind: [item]}, f"{kind}[0].status")
    else:
        built.graded(category, expect, strength, why, page, {kind: [item]}, f"{kind}[0].status")


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
