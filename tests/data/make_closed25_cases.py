# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the closed-25 set (``grounding_closed25.jsonl``): a meeting brought to its end by
those at it, or met at in a past main clause, is ``held`` (an outside check, session 25:
checks 54-57's statuses worded in the text's own verbs; :mod:`summarizer.verification.
meeting_closed`, :mod:`summarizer.verification.events.meeting_participles`). By category:

- ``closed-meeting``: a past verb of ending whose object is the meeting ("wound up its
  two-day meeting", "brought the summit to a close", "declared the summit closed", "wrapped
  up the talks", "adjourned the session") supports ``held``. Not a verb still to come ("will
  wind up", "is due to close", "hopes to bring ... to a close"), a negated one, an end in a
  time clause or condition ("before the chair closed the summit"), another object ("closed
  the border ahead of the summit", "ended the truce at the talks", "closed the door on a
  meeting"), an earlier meeting ("closed the previous round"), or talks ended before they
  began;
- ``participle-meeting``: a clause-opening participle of meeting whose main verb is past
  ("Meeting in Jeddah on Tuesday, the officials agreed", "Gathering at the Elysee, the leaders
  endorsed") supports ``held`` (:mod:`summarizer.verification.events.meeting_participles`). Not a
  main verb to come ("will sign", "are expected to", "hope to", "plan to", "could"), a
  participle with an object ("Meeting expectations, the bank raised"), or one inside a clause
  ("Before meeting in Geneva", "after meeting in Riga");
- ``plan-meeting``: a marker of a plan ("will", "is to", "are due to", "is set to", "are
  expected to") and a verb whose object is the meeting ("will co-chair a donors' conference
  in Rome", "is to host the group's 17th summit") supports ``scheduled``
  (:mod:`summarizer.verification.events.meeting_ahead`). Not a verb against the meeting ("will
  skip", "set to boycott", "expected to postpone"), a negated plan, another object ("brief
  reporters on the summit", "the outcome of the talks"), an earlier meeting, a wish or a
  condition ("would attend ... only if", "could chair", "If Erdogan will host").

Strengths: SUPPORTED must pass; ANY must be refused at either strength. Run
``python tests/data/make_closed25_cases.py`` to rebuild it. Every sentence below was written
for this set from public facts of 2019-2025 (summits, ministerial meetings and talks as
reported), in several outlets' styles; each verdict is what a careful fact-checker reads in
the text, decided when the case was written.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ANY, SUPPORTED, SupportCases

OUT = Path(__file__).with_name("grounding_closed25.jsonl")
LEADS = [
    "NAIROBI (Rift Wire) -",
    "The Danube Courier | Europe",
    "From our Canberra correspondent.",
    "Live updates, translated from Portuguese.",
    "By Ama Owusu | The Accra Ledger",
]
P, F = True, False
CLOSED, PARTICIPLE, PLAN = "closed-meeting", "participle-meeting", "plan-meeting"
# (expect, strength, text); each sentence of text is evidence of a summit's ``held``
# fmt: off
CASES = [
    (P, SUPPORTED, "The African Union wound up its annual summit in Addis Ababa on Sunday with a pledge on debt relief."),
    (P, SUPPORTED, "Lula brought the Amazon summit to a close on Wednesday without a shared target on deforestation."),
    (P, SUPPORTED, "Prime Minister Albanese declared the ASEAN-Australia meeting closed shortly after 4pm."),
    (P, SUPPORTED, "Kallas wrapped up the talks in Brussels by urging both sides to keep the channel open."),
    (P, SUPPORTED, "The Pacific Islands Forum concluded its leaders' retreat in Aitutaki after two days of closed-door sessions."),
    (P, SUPPORTED, "The Speaker adjourned the session just before midnight, after the motion had been read out."),
    (P, SUPPORTED, "Modi ended the Quad meeting with a call for open sea lanes, officials in Delhi said."),
    (P, SUPPORTED, "On Friday evening the Norwegian mediators closed the third round in Oslo; neither delegation spoke to the press."),
    (P, SUPPORTED, "Ministers from the 21 economies wrapped up their gathering in Lima and flew home on Saturday."),
    (P, SUPPORTED, "After nine hours, the host brought the talks to an end and read out a short statement."),
    (P, SUPPORTED, "Sanchez closed the NATO summit in Madrid by thanking Finland and Sweden for their patience."),
    (P, SUPPORTED, "The Arab League wound up the emergency meeting in Cairo with a joint plan for Gaza's reconstruction."),
    (F, ANY, "Ramaphosa will wind up the summit on Sunday with a speech on debt."),
    (F, ANY, "The chair is due to close the meeting on Thursday afternoon."),
    (F, ANY, "Organisers hope to bring the talks to a close by the weekend."),
    (F, ANY, "Before the host closed the summit, three leaders had already flown home."),
    (F, ANY, "The border guards closed the crossing ahead of the summit in Vientiane."),
    (F, ANY, "Scholz closed the embassy's visa section ahead of the talks with Beijing."),
    (F, ANY, "Kurti's office closed the door on a meeting with Vucic this month."),
    (F, ANY, "Borrell recalled how he had wound up the previous round in Brussels without a deal."),
    (F, ANY, "The mediators have not yet wrapped up the talks, a diplomat in Doha said."),
    (F, ANY, "If the chair closes the session early, the vote will slip to next week."),
    (F, ANY, "The chair refused to close the meeting until every delegation had voted."),
    (F, ANY, "Officials expect Duda to close the summit in Warsaw on Friday with a speech on energy."),
    (F, ANY, "Police closed the roads around the venue, where the summit is to open on Monday."),
]
PARTICIPLES = [
    (P, SUPPORTED, "Meeting in Jeddah on Tuesday, Ukrainian and American officials agreed to put a 30-day truce to Moscow."),
    (P, SUPPORTED, "Gathering at the Elysee under Macron's chairmanship, the leaders endorsed a plan for a reassurance force."),
    (P, SUPPORTED, "Meeting in Sharm el-Sheikh, the mediators and both delegations signed the first phase of the deal."),
    (P, SUPPORTED, "Convening in Kazan for the group's 16th summit, the BRICS leaders adopted a 134-point declaration."),
    (P, SUPPORTED, "Meeting at the Alhambra on Saturday, the two premiers struck a deal on fishing quotas."),
    (P, SUPPORTED, "Meeting for the first time in five years, Xi and Modi shook hands and set up a border mechanism."),
    (P, SUPPORTED, "Gathering in Vilnius, the allies pledged long-term help to Kyiv but no date for membership."),
    (P, SUPPORTED, "Meeting behind closed doors in Doha, Hamas and Israeli negotiators exchanged lists of names."),
    (P, SUPPORTED, "Meeting in Canberra on Monday, the foreign and defence ministers launched a new space dialogue."),
    (P, SUPPORTED, "Meeting under heavy security in Kinshasa, the two presidents reaffirmed the Luanda roadmap."),
    (P, SUPPORTED, "KIGALI - Meeting on the shores of Lake Kivu, the Rwandan and Congolese ministers initialled the text."),
    (F, ANY, "Meeting in Doha next week, the two sides will sign the agreement in front of the emir."),
    (F, ANY, "Meeting in Rome on Friday, the ministers are expected to approve the fund."),
    (F, ANY, "Meeting expectations, the central bank raised its key rate by half a point."),
    (F, ANY, "Meeting him in Ankara, aides to the president described the mood as cordial."),
    (F, ANY, "Before meeting in Geneva, the envoys compared notes by telephone."),
    (F, ANY, "Meeting at the Kremlin on Thursday, the two leaders hope to settle the gas dispute."),
    (F, ANY, "Meeting in Helsinki, if the summit goes ahead, would give both men a neutral stage."),
    (F, ANY, "Meeting in Brussels later this month, the ministers plan to adopt the package."),
    (F, ANY, "Meeting in Paris on 4 September, the coalition leaders could agree the force's size."),
    (F, ANY, "Meeting in Tallinn tomorrow, the ministers must choose between the two plans."),
    (F, ANY, "The meeting in Geneva, officials said, was postponed after the envoy fell ill."),
    (F, ANY, "Meeting in Abuja had been the plan, but the junta cancelled the trip and no talks took place."),
    (F, ANY, "Meeting on Wednesday, the committee should have approved the budget by now, critics say."),
]
PLANS = [
    (P, SUPPORTED, "Meloni and Tusk will co-chair a donors' conference in Rome on 10 July."),
    (P, SUPPORTED, "Lula is to host the group's 17th summit in Rio de Janeiro in July."),
    (P, SUPPORTED, "The two envoys are due to attend the next round in Istanbul on Monday."),
    (P, SUPPORTED, "Anwar is set to chair the regional summit at the Kuala Lumpur Convention Centre."),
    (P, SUPPORTED, "Ramaphosa will open the two-day gathering in Johannesburg on Saturday."),
    (P, SUPPORTED, "Both foreign ministers are expected to join the talks in Muscat this weekend."),
    (P, SUPPORTED, "Oman will mediate the fifth round between Tehran and Washington in Rome."),
    (P, SUPPORTED, "Albanese will attend the APEC leaders' meeting in Gyeongju next month."),
    (P, SUPPORTED, "Denmark is to host an informal EU summit in Copenhagen on 1 October."),
    (P, SUPPORTED, "The Qatari emir will co-host the ceasefire talks in Doha with Egypt's president."),
    (F, ANY, "Trump will skip the G20 summit in Johannesburg, the White House said."),
    (F, ANY, "Milei will shun the Mercosur gathering in Montevideo, aides in Buenos Aires said."),
    (F, ANY, "Orban will not attend the summit in Brussels, his spokesman said."),
    (F, ANY, "The cabinet will review last year's summit before it drafts a new plan."),
    (F, ANY, "Her office will brief reporters on the summit later in the day."),
    (F, ANY, "The host is expected to postpone the talks by a fortnight."),
    (F, ANY, "Analysts will discuss the outcome of the talks on Friday's programme."),
    (F, ANY, "Unless Pashinyan will sign the text there, Baku sees no point in the talks, an aide said."),
    (F, ANY, "The foreign ministers would attend the summit only if a draft text were ready."),
    (F, ANY, "Kallas could chair the meeting, one diplomat suggested, though nothing is settled."),
    (F, ANY, "The leaders met at the summit in Granada, and the next one has no date yet."),
]
# fmt: on
built = SupportCases("c25", LEADS)
for expect, strength, text in PLANS:
    sentences = re.split(r"(?<=[a-z0-9]\.) (?=[A-Z])", text)
    built.graded_fact(
        PLAN, "summits", "status", "scheduled", sentences, expect, strength, text[:60]
    )
for category, cases in ((CLOSED, CASES), (PARTICIPLE, PARTICIPLES)):
    for expect, strength, text in cases:
        sentences = re.split(r"(?<=[a-z0-9]\.) (?=[A-Z])", text)
        built.graded_fact(
            category, "summits", "status", "held", sentences, expect, strength, text[:60]
        )


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
