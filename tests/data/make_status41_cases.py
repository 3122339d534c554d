# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the status-41 set (``grounding_status41.jsonl``): a status read from the main clause
of its own occasion (an outside check, session 18, check 41's causes 1 and 4). Each case's why
names the strength of its verdict (:func:`support_sets.graded_check`). By category:

- ``virtual``: a meeting held by video is held ("was held by video link", "met by
  videoconference", "co-chaired a virtual summit"), and talks that lasted a stated time were
  held ("talked for about five hours"); one that "will be held by video" or was "to be held
  online" is not;
- ``relative``: the verb of a relative clause or of a participle after a noun is not the
  sentence's status: "lifted the duties she had imposed in 2019" is lifted, and "Tariffs lifted
  last spring were reimposed on Monday" is not;
- ``later``: the latest state of the fact's own occasion in its evidence wins: sanctions
  "lifted" since are no longer imposed, a round of tariffs "suspended" is not in force, a
  summit "held" is no longer scheduled;
- ``condition``: a stance that only names a condition ("would agree only if", "will sign
  provided that") is no agreement;
- ``extended``: a truce extended (by its own side) is in effect; one whose extension was
  refused, or only proposed, is not read as in effect from that word.

Run ``python tests/data/make_status41_cases.py`` to rebuild it. Every article below was written
for this set (fictional outlets and people, public figures and bodies in invented sentences);
each verdict is what a careful fact-checker reads in the text, decided when the case was
written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ANY, SUPPORTED, SupportCases

OUT = Path(__file__).with_name("grounding_status41.jsonl")

LEADS = [
    "ACCRA, Oct 2 (Gulf of Guinea Wire) -",
    "Live updates | Day two of the talks",
    "The Danube Herald | Europe",
    "Statement | Ministry of Foreign Affairs",
    "By our correspondent in Hanoi.",
    "LIMA (Pacifico News) --",
    "Evening digest: the day in world affairs",
    "OPINION | The week in trade",
]
built = SupportCases("st41", LEADS)
PAIRS = [["Mahama", "Tinubu"], ["Orban", "Fico"], ["Lula", "Boric"], ["Albanese", "Luxon"]]
OK, NO = True, False


fact = built.graded_fact


def summit(category, value, sentences, expect, strength, why, place=None):
    parties = PAIRS[len(built.cases) % len(PAIRS)]
    fact(category, "summits", "status", value, sentences, expect, strength, why,
         parties=parties, planned_location=place)  # fmt: skip


def measure(category, value, sentences, expect, strength, why, instrument="other"):
    fact(category, "sanctions", "status", value, sentences, expect, strength, why,
         instrument=instrument)  # fmt: skip


def truce(category, value, sentences, expect, strength, why):
    fact(category, "ceasefires", "status", value, sentences, expect, strength, why)


def stance(category, party, value, sentences, expect, strength, why):
    position = {"party": party, "stance": value, "evidence": sentences}
    item = {"positions": [position], "evidence": sentences}
    path = "ceasefires[0].positions[0].stance"
    page = built.page(*sentences)
    if strength == ANY:
        built.add(category, expect, f"{party} {value}: {why}", page, {"ceasefires": [item]}, path)
        return
    built.graded(category, expect, strength, f"{party} {value}: {why}", page,
                 {"ceasefires": [item]}, path)  # fmt: skip


def cases(category, make, rows):
    for row in rows:
        make(category, *row)


# Parties rotate through PAIRS by the case count: each row names its pair by the sentence.
cases(
    "virtual",
    summit,
    [
        (
            "held",
            ["The ninth Mahama-Tinubu summit was held by video on Tuesday because of the storms."],
            OK,
            SUPPORTED,
            "held by video says held",
        ),
        (
            "held",
            ["Orban and Fico met by videoconference for two hours on Thursday."],
            OK,
            SUPPORTED,
            "met by videoconference",
        ),
        (
            "held",
            [
                "Lula and Boric co-chaired a virtual summit on Friday, linked from Brasilia and Santiago."
            ],
            OK,
            SUPPORTED,
            "co-chaired a virtual summit",
        ),
        (
            "held",
            [
                "Albanese and Luxon talked for about five hours in Wellington on Sunday, officials said."
            ],
            OK,
            SUPPORTED,
            "talked for five hours",
        ),
        (
            "held",
            [
                "Mahama and Tinubu held their talks online on Monday after the flights were grounded."
            ],
            OK,
            SUPPORTED,
            "held talks online",
        ),
        (
            "held",
            ["The meeting between Orban and Fico took place via video link on Wednesday."],
            OK,
            SUPPORTED,
            "took place via video link",
        ),
        (
            "held",
            ["Lula and Boric spoke for nearly three hours at the Planalto palace, aides said."],
            OK,
            SUPPORTED,
            "spoke for three hours",
        ),
        (
            "held",
            ["Luxon co-hosted a summit with Albanese through video link on Saturday."],
            OK,
            SUPPORTED,
            "co-hosted through video link",
        ),
        (
            "held",
            ["Mahama and Tinubu conferred by video for an hour on Thursday, their offices said."],
            OK,
            SUPPORTED,
            "conferred by video",
        ),
        (
            "held",
            ["Orban and Fico negotiated for six hours in Bratislava before agreeing a statement."],
            OK,
            SUPPORTED,
            "negotiated for six hours",
        ),
        (
            "held",
            ["The Lula-Boric summit will be held by video next Tuesday."],
            NO,
            ANY,
            "will be held: ahead",
        ),
        (
            "held",
            ["Albanese and Luxon are to meet by videoconference later this month."],
            NO,
            ANY,
            "are to meet: ahead",
        ),
        (
            "held",
            [
                "The Mahama-Tinubu summit, first set for Abuja, is now expected to take place online in May."
            ],
            NO,
            ANY,
            "expected to take place: ahead",
        ),
        (
            "held",
            ["Orban and Fico plan to talk for several hours when they meet by video on Monday."],
            NO,
            ANY,
            "plan to talk: ahead",
        ),
        (
            "held",
            [
                "Officials said Lula and Boric could hold the summit by video link if the strike goes on."
            ],
            NO,
            ANY,
            "could hold: a possibility",
        ),
        (
            "held",
            [
                "A video summit between Albanese and Luxon was proposed on Friday but no date has been set."
            ],
            NO,
            ANY,
            "proposed only",
        ),
        (
            "held",
            ["Mahama and Tinubu would meet virtually in the coming weeks, a spokesman said."],
            NO,
            ANY,
            "would meet: ahead",
        ),
        (
            "held",
            ["The Orban-Fico video summit set for Thursday was called off at the last minute."],
            NO,
            ANY,
            "called off",
        ),
        (
            "held",
            ["Lula and Boric have yet to talk by video, despite weeks of preparation."],
            NO,
            ANY,
            "have yet to talk",
        ),
        (
            "held",
            [
                "Albanese and Luxon hope to speak for a few hours by video once the budget is passed."
            ],
            NO,
            ANY,
            "hope to speak",
        ),
    ],
)

cases(
    "relative",
    measure,
    [
        (
            "lifted",
            [
                "On Monday President Vance lifted the duties he had imposed on Mexican steel in 2019."
            ],
            OK,
            SUPPORTED,
            "main verb lifted; imposed is in a relative clause",
        ),
        (
            "lifted",
            ["Brussels lifted the sanctions it had placed on three Belarusian potash firms."],
            OK,
            SUPPORTED,
            "lifted; placed is in a relative clause",
        ),
        (
            "lifted",
            [
                "The finance ministry has lifted the levy that it imposed on imported rice last year."
            ],
            OK,
            SUPPORTED,
            "lifted; 'that it imposed' is a relative clause",
        ),
        (
            "lifted",
            ["Canada scrapped the surtax it slapped on Chinese electric cars in 2024."],
            OK,
            SUPPORTED,
            "scrapped; slapped is in a relative clause",
        ),
        (
            "lifted",
            ["The tariffs, which Seoul had imposed in March, were removed on Friday."],
            OK,
            SUPPORTED,
            "removed; imposed in a which clause",
        ),
        (
            "lifted",
            ["Tokyo dropped the export curbs that it introduced against Seoul in 2019."],
            OK,
            SUPPORTED,
            "dropped; introduced in a relative clause",
        ),
        (
            "imposed",
            [
                "Ottawa imposed a 25 percent duty on the steel that Washington had freed from tariffs a month earlier."
            ],
            OK,
            SUPPORTED,
            "imposed; freed in a relative clause",
        ),
        (
            "imposed",
            ["Sanctions lifted in 2016 were reimposed on Monday, the Treasury said."],
            OK,
            SUPPORTED,
            "reimposed: the participle lifted modifies the subject",
        ),
        (
            "imposed",
            ["The levies Jakarta scrapped in the spring were imposed again on Thursday."],
            OK,
            SUPPORTED,
            "imposed again; scrapped in a relative clause",
        ),
        (
            "lifted",
            [
                "Premier Okoye said the truce would hold and lifted the curbs his cabinet had placed on the port."
            ],
            OK,
            SUPPORTED,
            "lifted after 'and': the modal governs 'hold'",
        ),
        (
            "lifted",
            ["Tariffs lifted last spring were reimposed on Monday by the new government."],
            NO,
            ANY,
            "reimposed now: lifted modifies the subject",
        ),
        (
            "lifted",
            ["The sanctions eased in 2016 were restored on Wednesday, the ministry said."],
            NO,
            ANY,
            "restored now",
        ),
        (
            "lifted",
            ["Duties dropped under the old accord were put back in place on Friday."],
            NO,
            ANY,
            "put back now",
        ),
        (
            "lifted",
            ["The curbs that Tokyo removed in 2023 were reimposed this week."],
            NO,
            ANY,
            "reimposed now; removed in a relative clause",
        ),
        (
            "lifted",
            ["Brussels reimposed the sanctions it had lifted on two Belarusian banks."],
            NO,
            ANY,
            "reimposed; lifted in a relative clause",
        ),
        (
            "lifted",
            ["Lima restored the levy that it scrapped in 2021."],
            NO,
            ANY,
            "restored; scrapped in a relative clause",
        ),
        (
            "lifted",
            ["The government reinstated the export ban, which it had lifted in June, on Tuesday."],
            NO,
            ANY,
            "reinstated; lifted in a which clause",
        ),
        (
            "lifted",
            ["Ankara slapped back the tariffs it removed last year."],
            NO,
            ANY,
            "slapped back; removed in a relative clause",
        ),
        (
            "lifted",
            ["Washington reimposed on Monday the duties it waived in January."],
            NO,
            ANY,
            "reimposed; waived in a relative clause",
        ),
        (
            "lifted",
            ["Sanctions suspended during the talks were reinstated after they collapsed."],
            NO,
            ANY,
            "reinstated now",
        ),
        (
            "lifted",
            ["The tariff lifted by the previous cabinet was reintroduced on Thursday."],
            NO,
            ANY,
            "reintroduced now",
        ),
    ],
)

cases(
    "later",
    measure,
    [
        (
            "imposed",
            [
                "The ministry imposed the duties in May.",
                "The duties were lifted on Thursday after the deal was signed.",
            ],
            NO,
            ANY,
            "lifted since",
        ),
        (
            "imposed",
            [
                "Berlin imposed sanctions on the shipping firm in 2022.",
                "Those sanctions were lifted last week.",
            ],
            NO,
            ANY,
            "lifted since",
        ),
        (
            "imposed",
            ["Washington imposed the tariffs in March.", "On Friday the president revoked them."],
            NO,
            ANY,
            "revoked since",
        ),
        (
            "imposed",
            [
                "Hanoi slapped levies on imported steel in April.",
                "The levies were scrapped on Monday.",
            ],
            NO,
            ANY,
            "scrapped since",
        ),
        (
            "imposed",
            [
                "The EU imposed the duties in 2023.",
                "Officials said the duties could be lifted next year.",
            ],
            OK,
            SUPPORTED,
            "a lifting only foreseen",
        ),
        (
            "imposed",
            ["Ottawa imposed the surtax in June.", "Critics want the surtax lifted."],
            OK,
            SUPPORTED,
            "a lifting only wanted",
        ),
        (
            "imposed",
            ["London imposed sanctions on the bank in May.", "It refused to lift them on Tuesday."],
            OK,
            SUPPORTED,
            "a refusal to lift",
        ),
        (
            "imposed",
            ["Seoul imposed the curbs in 2019.", "The curbs were not lifted at the summit."],
            OK,
            SUPPORTED,
            "not lifted",
        ),
        (
            "in_force",
            [
                "A third round of tariffs on $160 billion of goods was due on Dec. 15.",
                "That round was suspended under the deal.",
            ],
            NO,
            ANY,
            "suspended",
        ),
        (
            "in_force",
            [
                "The 10 percent levy came into force in July.",
                "It was suspended on Monday pending talks.",
            ],
            NO,
            ANY,
            "suspended since",
        ),
        (
            "in_force",
            ["The import ban took effect on March 1.", "It was lifted on Friday."],
            NO,
            ANY,
            "lifted since",
        ),
        (
            "in_force",
            ["The 10 percent levy came into force in July.", "Exporters say it has hurt sales."],
            OK,
            SUPPORTED,
            "in force, nothing later",
        ),
        (
            "in_force",
            [
                "The tariffs took effect on Jan. 1.",
                "Ministers discussed suspending them but reached no decision.",
            ],
            OK,
            SUPPORTED,
            "a suspension only discussed",
        ),
    ],
)
cases(
    "later",
    summit,
    [
        (
            "scheduled",
            [
                "Mahama and Tinubu are scheduled to meet in Accra on Monday.",
                "UPDATE: The two leaders met for three hours and issued a joint statement.",
            ],
            NO,
            ANY,
            "held since",
        ),
        (
            "scheduled",
            [
                "The Orban-Fico summit was set for Friday in Budapest.",
                "The summit was held on Friday as planned.",
            ],
            NO,
            ANY,
            "held since",
        ),
        (
            "scheduled",
            [
                "Lula and Boric will meet in Santiago on June 4.",
                "Aides said preparations were on track.",
            ],
            OK,
            SUPPORTED,
            "nothing later",
        ),
        (
            "scheduled",
            [
                "The Albanese-Luxon summit is set for March 3 in Sydney.",
                "The two last met in 2023 in Auckland.",
            ],
            OK,
            SUPPORTED,
            "an earlier meeting held, not this one",
        ),
        (
            "scheduled",
            [
                "Lula and Boric are due to meet in Lima on Tuesday.",
                "UPDATE 2: The two presidents met for two hours and agreed a trade road map.",
            ],
            NO,
            ANY,
            "held since",
        ),
        (
            "scheduled",
            [
                "The Albanese-Luxon summit will take place in Sydney on March 3.",
                "The summit is expected to be held in the Opera House.",
            ],
            OK,
            SUPPORTED,
            "held only expected",
        ),
        (
            "scheduled",
            [
                "Mahama and Tinubu will meet in Abuja next week.",
                "They last held talks in 2022 in Accra.",
            ],
            OK,
            SUPPORTED,
            "an earlier meeting held",
        ),
    ],
)

cases(
    "condition",
    stance,
    [
        (
            "opposition",
            "agreed",
            ["The opposition said it would accept the truce only if foreign fighters left."],
            NO,
            ANY,
            "would accept only if",
        ),
        (
            "Hamas",
            "agreed",
            [
                "Hamas said it was ready to agree to the pause if Israel guaranteed a full withdrawal."
            ],
            NO,
            ANY,
            "ready to agree if",
        ),
        (
            "Kyiv",
            "agreed",
            [
                "Kyiv would back the ceasefire on condition that it is monitored from the air, an aide said."
            ],
            NO,
            ANY,
            "would back on condition",
        ),
        (
            "the junta",
            "agreed",
            ["The junta said it could accept the plan as long as the blockade ended."],
            NO,
            ANY,
            "could accept as long as",
        ),
        (
            "M23",
            "agreed",
            [
                "M23 told mediators it would agree to the truce only once its fighters were amnestied."
            ],
            NO,
            ANY,
            "would agree only once",
        ),
        (
            "Moscow",
            "agreed",
            ["Moscow signalled it would endorse the pause if sanctions on its banks were eased."],
            NO,
            ANY,
            "would endorse if",
        ),
        (
            "the SDF",
            "agreed",
            ["The SDF said it would agree only if Ankara stopped shelling its positions."],
            NO,
            ANY,
            "would agree only if",
        ),
        (
            "Armenia",
            "agreed",
            ["Armenia will accept the text, provided the border clause is dropped, Yerevan said."],
            NO,
            ANY,
            "will accept, provided",
        ),
        (
            "opposition",
            "agreed",
            [
                "The opposition accepted the truce on Tuesday, though it said foreign fighters must leave."
            ],
            OK,
            SUPPORTED,
            "accepted; a demand beside",
        ),
        (
            "rebels",
            "agreed",
            ["The rebels signed the deal after the army agreed to withdraw first."],
            OK,
            SUPPORTED,
            "signed; the condition met",
        ),
        (
            "Hamas",
            "agreed",
            [
                "Hamas agreed to the pause, officials said, after Israel guaranteed a partial withdrawal."
            ],
            OK,
            SUPPORTED,
            "agreed after",
        ),
        (
            "the junta",
            "agreed",
            [
                "The junta accepted the plan on Friday and said the blockade would end if the talks went well."
            ],
            OK,
            SUPPORTED,
            "accepted; the condition is the blockade's",
        ),
        (
            "M23",
            "agreed",
            ["M23 agreed to the truce, which takes effect only if both sides pull back."],
            OK,
            SUPPORTED,
            "agreed; the truce's own condition",
        ),
        (
            "Moscow",
            "agreed",
            ["Moscow endorsed the pause on Monday even though sanctions on its banks remain."],
            OK,
            SUPPORTED,
            "endorsed",
        ),
        (
            "the SDF",
            "agreed",
            [
                "The SDF agreed to the truce, saying it would keep it only if Ankara stopped shelling."
            ],
            OK,
            SUPPORTED,
            "agreed; the keeping is conditioned",
        ),
        (
            "Armenia",
            "agreed",
            ["Armenia accepted the text once the border clause was dropped, Yerevan said."],
            OK,
            SUPPORTED,
            "accepted once",
        ),
        (
            "Eritrea",
            "agreed",
            ["Eritrea said it would only endorse the plan if Ethiopian troops pulled back."],
            NO,
            ANY,
            "would only endorse if",
        ),
        (
            "Hezbollah",
            "agreed",
            ["Hezbollah said it might accept a truce so long as the strikes stopped."],
            NO,
            ANY,
            "might accept so long as",
        ),
        (
            "Eritrea",
            "agreed",
            ["Eritrea signed the accord on Thursday, days after Ethiopian troops pulled back."],
            OK,
            SUPPORTED,
            "signed",
        ),
        (
            "Hezbollah",
            "agreed",
            ["Hezbollah accepted the truce after the strikes stopped, a spokesman said."],
            OK,
            SUPPORTED,
            "accepted after",
        ),
    ],
)

cases(
    "extended",
    truce,
    [
        (
            "in_effect",
            ["President Ghani extended the ceasefire by ten days on Saturday."],
            OK,
            SUPPORTED,
            "extended by its side",
        ),
        (
            "in_effect",
            ["The truce was extended for another 72 hours on Tuesday, the mediators said."],
            OK,
            SUPPORTED,
            "was extended",
        ),
        (
            "in_effect",
            [
                "Both sides agreed to extend the pause in fighting by a week, and it was extended at midnight."
            ],
            OK,
            SUPPORTED,
            "was extended",
        ),
        (
            "in_effect",
            ["The humanitarian pause has been extended twice since it began on Friday."],
            OK,
            SUPPORTED,
            "has been extended",
        ),
        (
            "in_effect",
            [
                "The army's unilateral truce, extended on Sunday by another five days, runs to June 30."
            ],
            OK,
            SUPPORTED,
            "extended, runs to",
        ),
        (
            "in_effect",
            ["The rebels refused to extend the ceasefire, which ended on Sunday night."],
            NO,
            ANY,
            "not extended, ended",
        ),
        (
            "in_effect",
            ["Mediators proposed extending the truce by a week."],
            NO,
            ANY,
            "extension proposed only",
        ),
        (
            "in_effect",
            ["The government said it may extend the ceasefire if the attacks stop."],
            NO,
            ANY,
            "may extend",
        ),
        (
            "in_effect",
            ["The ceasefire was not extended and fighting resumed at dawn."],
            NO,
            ANY,
            "not extended",
        ),
        (
            "in_effect",
            ["Hopes of extending the pause faded on Wednesday as shelling resumed."],
            NO,
            ANY,
            "hopes of extending",
        ),
        (
            "in_effect",
            ["Calls to extend the truce were rejected by the army on Monday."],
            NO,
            ANY,
            "calls rejected",
        ),
        (
            "in_effect",
            ["Mediators in Doha said the Gaza truce had been extended by two more days."],
            OK,
            SUPPORTED,
            "had been extended",
        ),
        (
            "in_effect",
            ["The junta extended its unilateral ceasefire to the end of the rainy season."],
            OK,
            SUPPORTED,
            "extended to",
        ),
        (
            "in_effect",
            ["On Monday Kyiv and Moscow extended the energy truce for thirty days."],
            OK,
            SUPPORTED,
            "extended for thirty days",
        ),
        (
            "in_effect",
            ["The ceasefire, which both armies extended on Friday, is holding in the north."],
            OK,
            SUPPORTED,
            "extended, holding",
        ),
        (
            "in_effect",
            ["The Eid truce was prolonged by a week after clerics appealed to both sides."],
            OK,
            SUPPORTED,
            "was prolonged",
        ),
        (
            "in_effect",
            ["The army said it would consider extending the truce next week."],
            NO,
            ANY,
            "would consider extending",
        ),
        (
            "in_effect",
            ["Talks on extending the ceasefire broke up without agreement on Sunday."],
            NO,
            ANY,
            "talks on extending",
        ),
        (
            "in_effect",
            ["Both sides declined to extend the pause, which lapsed at midnight."],
            NO,
            ANY,
            "declined to extend",
        ),
        (
            "in_effect",
            ["A bid to extend the truce by a month was vetoed at the Security Council."],
            NO,
            ANY,
            "a bid to extend",
        ),
        (
            "in_effect",
            ["The government prolonged the ceasefire until the end of the month."],
            OK,
            SUPPORTED,
            "prolonged until a date",
        ),
    ],
)


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
