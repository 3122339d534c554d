# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the status-wording set (``grounding_status_wording.jsonl``): enumerated values (a
truce's, a summit's or a measure's status, a party's stance, an event's kind) worded, or not,
in a fact's evidence, for the causes an independent check on real articles found, by category:

- ``in-effect``: a truce in effect worded as it comes into effect, takes hold, holds or is
  observed (pass); a truce only agreed to start, due to, expected to or set to take effect, or
  negated (fail);
- ``agreed``: an agreement stated as existing, by a noun phrase ("the agreement includes") or
  a verb of concluding (pass); an agreement proposed, sought, negotiated, negated or only
  hypothetical (fail);
- ``talks``: talks worded as contact, calls, convening or reconvening (pass); no contact,
  denied contact or another kind of event (fail);
- ``announced``: a measure announced by a speech verb with a future statement about it
  ("said tariffs would be cut") (pass); the same with "could", a negation, an intention
  only ("would consider") or a condition (fail);
- ``supports``: a party backing a measure for the purpose of a truce ("would force Russia
  into a ceasefire") (pass); the same negated, doubted, for another purpose, or another value
  (fail);
- ``other-noun``: a status word that belongs to the fact's own noun (pass) or to another
  noun ("the upcoming commemoration", "the package would lower", "held a phone call") (fail);
- ``other-time``: a status word of the fact's own time (pass) or of an earlier meeting, a
  future or modal clause, or negated ("no plans", "ruled out", "has not been agreed") (fail);
- ``value-forms``: each value's less common forms, nouns, passives and perfects ("the
  postponement of", "came into force", "hinges on") (pass); the same forms refused, prevented,
  conditional or negated ("refused to agree", "failed to take hold", "unless") (fail).

Run ``python tests/data/make_status_wording_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, or public figures in invented
sentences); each verdict is what a careful fact-checker reads in the text, decided when the
case was written, never by running the code.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from meeting_sets import TRUMP_XI
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_status_wording.jsonl")

# Outlets' openings, so the evidence sentence sits in different styles of copy.
LEADS = [
    "KYIV, May 4 (Northgate Wire) - Officials gave few other details.",
    "Live updates: the latest from the region, by our correspondents.",
    "ANALYSIS | What the week's diplomacy means, by Mara Stolz",
    "MOSCOW, Oct. 2 (Baltic Press Service) -- Translated from the original.",
    "The Harbor Ledger | World desk",
]
built = SupportCases("sw", LEADS, closing="The story is developing.")
truce = partial(built.status, "ceasefires")
measure = partial(built.status, "sanctions")
stance = built.stance


def summit(category: str, value: str, sentence: str, expect: bool, **extra: Any) -> None:
    why = f"{value}: {sentence[:60]}"
    built.meeting_status(category, expect, value, [sentence], why, TRUMP_XI, **extra)


def summit_place(category: str, status: str, place: str, sentence: str, expect: bool) -> None:
    why = f"{place} ({status}): {sentence[:60]}"
    built.meeting_place(category, expect, place, [sentence], why, TRUMP_XI, status)


def event(category: str, value: str, sentence: str, expect: bool) -> None:
    built.event_kind(category, expect, value, [sentence], f"{value}: {sentence[:60]}", "event")


def build_cases() -> list[dict[str, Any]]:
    built.cases.clear()
    # --- in-effect: the "come into effect" family ----------------------------------------
    for sentence in [
        "A 45-day truce between the two militias came into effect at dawn on Sunday.",
        "The ceasefire comes into force at 6 a.m. local time today, the army said in a statement.",
        "Since the truce entered into force on Monday, no shelling has been reported in the valley.",
        "The halt to hostilities has taken hold along most of the front, monitors said.",
        "A fragile calm took hold in the border towns after the ceasefire began overnight.",
        "The truce is now in place, a spokesman for the mission confirmed on Thursday.",
        "The ceasefire has largely held since it went into effect, residents told the outlet.",
        "The 72-hour truce was being observed by both sides, according to the monitors.",
        "Both armies are respecting the ceasefire, which came into force on Friday.",
        "The truce, in force since Tuesday, has allowed aid trucks to reach the city.",
        "The ceasefire kicked in at midnight and the guns fell silent soon after.",
        "As the truce began to take hold, families returned to the market square.",
    ]:  # fmt: skip
        truce("in-effect", "in_effect", sentence, True)
    for sentence in [
        "The two commanders agreed to start the ceasefire at midnight local time on Tuesday.",
        "The truce is due to come into effect on Saturday morning, mediators said.",
        "The ceasefire is expected to enter into force at noon on Friday.",
        "The truce is set to take effect at 4 a.m. on Wednesday, the ministry said.",
        "Negotiators hope the ceasefire will come into force before the holiday.",
        "The truce has not come into effect, a military spokesman said on Monday.",
        "Both sides plan to implement the ceasefire from next week, the envoy said.",
        "The ceasefire would take effect only if both parliaments approve it.",
        "Rebel leaders refused to honour the ceasefire announced by the capital.",
        "The agreement calls for the truce to be enforced by observers from next month.",
        "The truce never took hold in the northern districts, aid groups said.",
        "A ceasefire could enter into force within days, the foreign minister told reporters.",
        "The ceasefire is scheduled to take effect on Monday, the defence ministry said.",
        "Kyiv wants the truce to take effect immediately, a presidential adviser said.",
    ]:  # fmt: skip
        truce("in-effect", "in_effect", sentence, False)
    # --- agreed: an agreement stated as existing ------------------------------------------
    for sentence in [
        "The agreement includes an unconditional ceasefire effective from midnight.",
        "Under the deal, both sides will pull heavy weapons back 15 kilometres.",
        "The accord provides for a halt to all strikes on ports and shipping.",
        "The truce agreement sets out a buffer zone monitored by neutral observers.",
        "The two delegations inked a ceasefire deal in the early hours of Friday.",
        "Mediators said the sides had hammered out a truce after three days of talks.",
        "The pact covers the whole front line and all air operations, officials said.",
        "The negotiators finalised the ceasefire text late on Sunday, the host country said.",
        "The Gaza ceasefire deal requires the release of all remaining hostages.",
        "The armistice was concluded in the border town on Saturday.",
        "Both sides settled on a 60-day truce after talks in Oslo.",
        "The understanding reached in Doha commits both sides to a 30-day pause.",
    ]:  # fmt: skip
        truce("agreed", "agreed", sentence, True)
    for sentence in [
        "The proposed agreement includes an unconditional ceasefire from midnight.",
        "Talks on the deal resumed in Cairo on Tuesday with no sign of a breakthrough.",
        "The draft accord would provide for a halt to strikes on ports.",
        "The agreement has not been signed, a senior negotiator said.",
        "The deal Washington is seeking would freeze the front line.",
        "The agreement is still being negotiated, both delegations said.",
        "Envoys pushed for the deal during a late-night session in Doha.",
        "A possible agreement would include a 30-day truce, diplomats said.",
        "The ceasefire has not been agreed, the foreign ministry said on Monday.",
        "Both sides rejected the agreement drafted by the mediators.",
        "The deal could be signed as early as next week, officials said.",
        "Hopes for the accord faded after the overnight strikes.",
        "The sides are close to a deal, mediators in Doha said.",
        "Negotiators failed to reach a ceasefire agreement before the deadline.",
        "Any agreement would have to include a full ceasefire, the Ukrainian side said.",
    ]:  # fmt: skip
        truce("agreed", "agreed", sentence, False)
    # --- talks: contact, calls, convening -----------------------------------------------
    for sentence in [
        "The army chief of staff contacted his counterpart across the border on Saturday afternoon.",
        "The two military commanders will reconvene on Monday at noon.",
        "The foreign ministers held a phone call late on Wednesday.",
        "The president telephoned the prime minister to discuss the border incident.",
        "Negotiators from both sides convened in Geneva for a second round.",
        "The two defence chiefs spoke by phone for 40 minutes, the ministry said.",
        "The envoys held a videoconference with mediators in Muscat.",
        "The hotline between the two militaries was used for the first time in a year on Friday.",
        "Officials from the three countries consulted behind closed doors on Thursday.",
        "The chancellor rang the president shortly after the strike, aides said.",
        "The delegations exchanged views on prisoner releases, the statement said.",
        "Commanders reached out to their counterparts to arrange a local pause.",
        "The foreign minister called his Turkish counterpart on Monday evening.",
    ]:  # fmt: skip
        event("talks", "talks", sentence, True)
    for sentence in [
        "There has been no contact between the two militaries since the clash.",
        "The ministry denied that its commander had contacted the other side.",
        "Artillery shelled the border village overnight, killing three people.",
        "The parliament voted 212-40 to extend the state of emergency.",
        "Four hostages were freed in exchange for 30 prisoners on Sunday.",
        "The two leaders have not spoken since March, officials said.",
        "Thousands fled the city as the fighting moved closer.",
        "A drone hit a fuel depot near the port, the governor said.",
        "The aid convoy was halted at the checkpoint for six hours.",
        "The general did not call his counterpart after the incident, his office said.",
        "Officials said no contacts had taken place between the two delegations.",
        "Crossings reopened and food deliveries resumed on Tuesday.",
    ]:  # fmt: skip
        event("talks", "talks", sentence, False)
    # --- announced: said + will/would about the measure ---------------------------------
    for sentence in [
        "Trump said tariffs on imported steel would be cut to 15% from 25%.",
        "The prime minister said the new export ban will take effect on Monday.",
        "The finance minister told parliament that duties on fertiliser would be halved.",
        "The chancellor says the levy will be raised to 12% from January.",
        "In a post on his platform, the president wrote that the tariffs would be raised for rivals.",
        "The trade commissioner stated that the quotas would be tightened next month.",
        "The treasury said it would add 40 companies to the sanctions list.",
        "The White House announced new tariffs on solar panels on Friday.",
        "The government unveiled a ban on imports of the metal.",
        "The president ordered a freeze on the assets of the three banks.",
        "The ministry outlined the new restrictions on tanker insurance in a statement.",
        "The cabinet decided on Tuesday to cut the duty on grain to zero.",
        "The president said duties on imported cars would rise to 60% next month.",
        "Brussels said the import ban would apply from January.",
    ]:  # fmt: skip
        measure("announced", "announced", sentence, True)
    for sentence in [
        "Trump said tariffs on imported steel could be cut at some point.",
        "The prime minister said the export ban would not be lifted this year.",
        "The finance minister said he would consider halving duties on fertiliser.",
        "The chancellor said the levy will be raised only if revenues fall.",
        "Reporters asked whether the tariffs might be lifted for allies.",
        "The trade commissioner said the quotas may be removed next month.",
        "The president said he would look at new tariffs on solar panels.",
        "The minister said the government had no plans to ban imports of the metal.",
        "Analysts said the duties would be hard to enforce.",
        "The treasury said it would never add the central bank to the list.",
        "Officials said tariffs might be raised unless talks succeed.",
        "The president said he would decide on the tariffs next week.",
        "The ministry denied that the restrictions would take effect in June.",
    ]:  # fmt: skip
        measure("announced", "announced", sentence, False)
    # --- supports: backing a measure for the purpose of a truce ------------------------
    for party, sentence in [
        ("France", "France said the new sanctions would force Russia to consider a ceasefire."),
        ("Germany", "Berlin argued the package would push Moscow toward a truce."),
        ("Britain", "London said the measures were meant to pressure the Kremlin into a ceasefire."),
        ("Poland", "Warsaw backed the tariffs, saying they could bring Russia to the table."),
        ("Italy", "Rome said the embargo would help secure a ceasefire by the summer."),
        ("Canada", "Ottawa said the oil price cap would compel Moscow to negotiate."),
        ("Japan", "Tokyo said the export ban would pave the way for a truce."),
        ("Finland", "Helsinki said the sanctions were a way to force Russia into peace talks."),
        ("Norway", "Oslo said such pressure could drive both sides to the table."),
        ("Sweden", "Stockholm urged partners to adopt the package to bring about a ceasefire."),
        ("Estonia", "Tallinn said the new round of sanctions would pressure Moscow to accept the truce."),
        ("France", "Paris said tougher sanctions would help bring Moscow to the negotiating table."),
    ]:  # fmt: skip
        stance("supports", party, "supports", sentence, True)
    for party, value, sentence in [
        ("France", "supports", "France said the new sanctions would never force Russia into a ceasefire."),
        ("Hungary", "supports", "Budapest doubted that the sanctions would push Moscow toward a truce."),
        ("Slovakia", "supports", "Bratislava said the package would not bring Russia to the table."),
        ("Germany", "supports", "Berlin said the package would force Russia to pay for the damage."),
        ("Britain", "rejects", "London said the measures were meant to pressure the Kremlin into a ceasefire."),
        ("Poland", "agreed", "Warsaw backed the tariffs, saying they could bring Russia to the table."),
        ("Italy", "skeptical", "Rome said the embargo would help secure a ceasefire by the summer."),
        ("Russia", "supports", "The Kremlin denied that sanctions could force it into a truce."),
        ("Austria", "supports", "Vienna questioned whether the measures would compel Moscow to negotiate."),
        ("Canada", "rejects", "Ottawa said the oil price cap would compel Moscow to negotiate."),
        ("Japan", "supports", "Tokyo said the export ban would raise costs for the arms industry."),
        ("France", "supports", "France said sanctions had failed to force Russia into a ceasefire."),
    ]:  # fmt: skip
        stance("supports", party, value, sentence, False)
    # --- other-noun: a status word of another noun -------------------------------------
    for value, sentence, extra in [
        ("scheduled", "The upcoming summit between Trump and Xi will be held in Busan.", {}),
        ("scheduled", "Officials are preparing for the upcoming Trump-Xi meeting next month.", {}),
        ("proposed", "Beijing said a possible meeting between Trump and Xi was being discussed.", {}),
        ("postponed", "The postponed summit between the two leaders now has no date.", {}),
        ("held", "Trump and Xi met for nearly two hours on the sidelines of the forum.", {}),
        ("in_doubt", "The planned summit is now in doubt after the trade talks stalled.", {}),
        ("cancelled", "Trump cancelled the Trump-Xi meeting, citing the tariff dispute.", {}),
        ("scheduled", "The long-planned leaders' summit is slated for Nov. 3.", {}),
        ("under_way", "The ongoing talks between Trump and Xi ran past the scheduled hour.", {}),
        ("held", "Trump and Xi held a meeting at the air base in Busan on Thursday.", {}),
        ("postponed", "Aides discussed a postponed visit by Trump to Beijing.", {}),
        ("scheduled", "Markets rallied ahead of the planned APEC sit-down between Trump and Xi.", {}),
    ]:  # fmt: skip
        summit("other-noun", value, sentence, True, **extra)
    for value, sentence in [
        ("imposed", "The 18th sanctions package was adopted on Friday and lowers the oil price cap."),
        ("proposed", "The Commission proposed a new package that would extend the export ban to drones."),
        ("imposed", "Exporters struggled under the imposed tariffs, the chamber of commerce said."),
        ("in_force", "The existing sanctions on Russian banks remain, the ministry said."),
        ("proposed", "Germany backed the proposed ban on Russian LNG."),
    ]:  # fmt: skip
        measure("other-noun", value, sentence, True)
    for value, sentence, extra in [
        ("scheduled", "The Kremlin said nothing about a possible meeting of Trump and Xi at the upcoming World War II commemoration in Beijing.", {}),
        ("scheduled", "Trump and Xi could meet during the upcoming trade fair, a newspaper reported.", {}),
        ("under_way", "Trump and Xi discussed the ongoing war in a letter exchange.", {}),
        ("postponed", "Trump and Xi may still meet, despite the postponed election in the host country.", {}),
        ("held", "Trump and Xi held a phone call on Tuesday to prepare a possible summit.", {}),
        ("held", "Trump spoke with Xi by phone for ninety minutes on Friday.", {}),
        ("scheduled", "Trump and Xi discussed the scheduled tariff increase during a phone call.", {}),
        ("cancelled", "Trump and Xi may meet after the cancelled parade in the capital.", {}),
        ("held", "Trump and Xi held a video call on Tuesday, aides said.", {}),
        ("scheduled", "Trump and Xi could meet at a summit of leaders, though nothing has been arranged.", {}),
    ]:  # fmt: skip
        summit("other-noun", value, sentence, False, **extra)
    for value, sentence in [
        ("proposed", "The 18th round of sanctions would lower the price cap for crude oil to $47.60 a barrel."),
        ("proposed", "The package, which would ban transactions with two more banks, was adopted on Friday."),
        ("proposed", "The sanctions, adopted in July, would cut oil revenue by a third."),
        ("proposed", "Shippers complained about the proposed port fees while the sanctions stayed in force."),
        ("in_force", "Traders watched the continuing strike at the port as the sanctions talks dragged on."),
    ]:  # fmt: skip
        measure("other-noun", value, sentence, False)
    # --- other-time: earlier meetings, future clauses, negations -------------------------
    for value, sentence, extra in [
        ("held", "Trump and Xi held talks in Busan on Thursday, their first meeting in six years.", {"planned_location": "Busan"}),
        ("held", "The two leaders met in Osaka last year, the spokesman recalled.", {"planned_location": "Osaka"}),
        ("held", "Trump and Xi met last week on the sidelines of the forum.", {"planned_timing": "last week"}),
        ("scheduled", "Trump and Xi will meet in Seoul next month, the White House said.", {}),
        ("on_hold", "There are no plans for Trump and Xi to meet in the near future.", {}),
        ("cancelled", "The White House ruled out a meeting between Trump and Xi this year.", {}),
        ("held", "Trump and Xi met on Thursday, a week after their aides held a video call.", {}),
    ]:  # fmt: skip
        summit("other-time", value, sentence, True, **extra)
    for value, sentence in [
        ("in_effect", "The ceasefire, which began at dawn, is holding along the river."),
        ("agreed", "The two sides agreed to start the ceasefire at midnight on Tuesday."),
        ("imposed", "The treasury imposed sanctions on four refiners on Monday."),
        ("lifted", "The government lifted the export ban on wheat on Wednesday."),
    ]:  # fmt: skip
        (truce if value in ("in_effect", "agreed") else measure)(
            "other-time", value, sentence, True
        )
    for value, sentence, extra in [
        ("held", "Trump and Xi held a phone call last month, and a summit is being planned.", {"planned_location": "Seoul"}),
        ("held", "The two leaders last met in Osaka in 2019.", {"planned_location": "Seoul"}),
        ("held", "Trump and Xi last held talks in November 2017.", {"planned_location": "Seoul"}),
        ("held", "Trump and Xi met two years ago, the last time they spoke in person.", {"planned_location": "Seoul"}),
        ("scheduled", "There are no plans for Trump and Xi to meet in the near future.", {}),
        ("scheduled", "The White House ruled out a meeting between Trump and Xi this year.", {}),
        ("scheduled", "A meeting between Trump and Xi has not been scheduled, officials said.", {}),
    ]:  # fmt: skip
        summit("other-time", value, sentence, False, **extra)
    for value, sentence in [
        ("in_effect", "The two sides agreed to start the ceasefire at midnight on Tuesday."),
        ("agreed", "A ceasefire has not been agreed, the foreign ministry said."),
        ("imposed", "The treasury plans to impose sanctions on four refiners next week."),
        ("lifted", "The government said the export ban would be lifted if harvests improve."),
        ("in_effect", "Mediators hope to implement the truce before the holiday."),
        ("lifted", "Washington ruled out lifting the sanctions on the refinery this year."),
    ]:  # fmt: skip
        (truce if value in ("in_effect", "agreed") else measure)(
            "other-time", value, sentence, False
        )
    # "previously scheduled" dates this meeting's plan; "previously met" is another meeting
    # (an unseen check's "cancel my previously scheduled meeting in Argentina").
    for status, place, sentence, expect in [
        ("cancelled", "Buenos Aires", "Trump cancelled his previously scheduled meeting with Xi in Buenos Aires.", True),
        ("postponed", "Seoul", "Xi postponed the previously announced summit with Trump in Seoul.", True),
        ("postponed", "Seoul", "Trump and Xi had previously arranged to meet in Seoul, but the summit was postponed.", True),
        ("cancelled", "Buenos Aires", "Trump and Xi had earlier agreed to meet in Buenos Aires, but the meeting was cancelled.", True),
        ("scheduled", "Hanoi", "Trump and Xi will meet in Hanoi on the date originally planned.", True),
        ("scheduled", "Helsinki", "Trump and Xi previously met in Helsinki; their next meeting is planned for Budapest.", False),
        ("scheduled", "Osaka", "Trump and Xi had previously held a summit in Osaka, and aides now plan another.", False),
        ("scheduled", "Busan", "Trump and Xi met in Busan earlier this year and plan to meet again.", False),
        ("cancelled", "Osaka", "Trump cancelled the meeting; the two had previously met in Osaka.", False),
    ]:  # fmt: skip
        summit_place("other-time", status, place, sentence, expect)
    # --- value-forms: each value's less common forms (noun, passive, perfect) ------------
    for helper, value, sentence in [
        (summit, "scheduled", "The Busan summit will be held on the sidelines of the trade forum."),
        (summit, "in_doubt", "Aides warned the meeting could be called off over the export curbs."),
        (summit, "postponed", "The postponement of the Trump-Xi meeting was confirmed on Friday."),
        (summit, "cancelled", "The cancellation of the summit caught allies by surprise."),
        (truce, "violated", "Monitors logged 40 violations of the truce overnight."),
        (truce, "collapsed", "The collapse of the ceasefire was confirmed by the mediators."),
        (measure, "in_committee", "The bill was referred to the foreign affairs committee on Monday."),
        (measure, "in_force", "The export curbs came into force on Monday."),
        (measure, "in_force", "The tariffs went into effect at midnight, customs officials said."),
        (measure, "lifted", "The lifting of the sanctions on the airline was confirmed on Friday."),
    ]:  # fmt: skip
        helper("value-forms", value, sentence, True)
    for party, value, sentence in [
        ("Ukraine", "supports", "Kyiv said a ceasefire was urgently needed."),
        ("Hamas", "supports_with_conditions", "Hamas said its acceptance hinges on a full withdrawal."),
        ("Russia", "awaiting_answer", "Moscow said it would respond to the proposal in due course."),
        ("Israel", "agreed", "Israel's security cabinet voted to approve the ceasefire on Friday."),
    ]:  # fmt: skip
        stance("value-forms", party, value, sentence, True)
    for helper, value, sentence in [
        (truce, "in_effect", "The truce failed to take hold in the eastern districts."),
        (summit, "scheduled", "The summit will not be held this year, the spokesman said."),
        (measure, "announced", "The speaker said he would bring the bill to the floor next week."),
        (measure, "in_force", "The curbs are expected to come into force next year."),
        (measure, "in_force", "The tariffs will not go into effect until June."),
        (truce, "agreed", "Talks toward the agreement stalled on Friday."),
        (truce, "agreed", "The deal under discussion would set up a buffer zone."),
        (summit, "held", "Trump and Xi spoke by telephone on Monday."),
        (truce, "in_effect", "Both sides are due to begin observing the truce from Sunday."),
        (truce, "expired", "The truce ends on Sunday unless it is extended."),
        (measure, "suspended", "The tariffs would be suspended if talks resume."),
    ]:  # fmt: skip
        helper("value-forms", value, sentence, False)
    for party, value, sentence in [
        ("Russia", "supports", "Russia refused to agree to a ceasefire."),
        ("Hamas", "agreed", "Hamas declined to accept the proposal, mediators said."),
        ("Ukraine", "rejects", "Kyiv said a ceasefire was urgently needed."),
    ]:  # fmt: skip
        stance("value-forms", party, value, sentence, False)
    return built.cases


if __name__ == "__main__":
    build_cases()
    built.write(OUT)
