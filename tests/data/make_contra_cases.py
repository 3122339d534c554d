# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the contradiction set (``grounding_contra.jsonl``): values that state what has
happened, or who proposed a truce, where the evidence states the opposite in words no status
list holds, and whether grounding says so as *unsupported* (the evidence states another
value) instead of only *unconfirmed* (an outside review, session 13). Check ``tier``: a case
passes when the value carries no unsupported flag (unconfirmed, or supported), and fails when
it carries one (and a case that must fail must be flagged). By category:

- ``not-yet-met``: a summit said ``held`` (or ``under_way``) whose leaders have not met yet,
  or whose meeting never went ahead, in the main clause of a sentence naming them (fail); a
  near miss keeps its verdict (pass): another meeting's negation ("yet to meet Zelensky", "not
  met the deadline"), a past perfect the story has left behind, "since" this meeting, a
  question, a condition, a claim the sentence calls false, a later "but ... met";
- ``not-yet-answered``: a party said to have ``agreed`` that has not answered, decided or
  signed yet, or is still weighing the offer (fail); a near miss (pass): another party not
  answering, a request for comment, an accusation, another phase, a past perfect, a
  question, a condition, a claim called false;
- ``not-yet-in-force``: a truce said to be ``in_effect`` that will start, is due to begin or
  has not come into force, also as "the deal" or "the agreement" (fail); a near miss (pass): a later phase, talks or aid under the
  truce, a wider truce, a truce that will stay in force, a past perfect, a question, a
  claim called false;
- ``other-proposer``: a mediator, host or backer given as a truce's proposer where the
  evidence names someone else as proposing it (fail); a near miss (pass): another thing
  proposed, an earlier or rival proposal, a joint proposal, a question, a denial.

Run ``python tests/data/make_contra_cases.py`` to rebuild it. Every article below was written
for this set (fictional outlets, public figures in invented sentences); each verdict follows
from the two strengths' definitions, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_contra.jsonl")

LEADS = [
    "ANKARA, March 3 (Meridian Wire) - Diplomats gave few other details.",
    "Live updates | Our correspondents follow the day's diplomacy.",
    "The Harbour Ledger - Foreign desk",
    "COMMENT | Ilse Varga on a week of shuttle diplomacy",
    "Translated from the evening bulletin of a state broadcaster.",
]

built = SupportCases("contra", LEADS, closing="More to follow.")
add = built.add
article = built.page
STRONG = "unsupported: the evidence states the opposite"
KEPT = "no unsupported flag: the reading is not this fact's"


def summit(parties: list[str], value: str, sentences: list[str], expect: bool, why: str,
           place: str | None = None) -> None:  # fmt: skip
    fact = {"parties": parties, "status": value, "planned_location": place,
            "evidence": sentences}  # fmt: skip
    add("not-yet-met", expect, f"{value} ({STRONG if not expect else KEPT}): {why}",
        article(*sentences), {"summits": [fact]}, "summits[0].status", check="tier")  # fmt: skip


def stance(party: str, sentences: list[str], expect: bool, why: str) -> None:
    why = f"{party} agreed ({STRONG if not expect else KEPT}): {why}"
    built.truce_position("not-yet-answered", expect, party, "agreed", sentences, why, check="tier")


def truce(sentences: list[str], expect: bool, why: str) -> None:
    why = f"in_effect ({STRONG if not expect else KEPT}): {why}"
    built.truce_status("not-yet-in-force", expect, "in_effect", sentences, why, check="tier")


def proposer(who: str, sentences: list[str], expect: bool, why: str) -> None:
    add("other-proposer", expect, f"proposer {who} ({STRONG if not expect else KEPT}): {why}",
        article(*sentences), {"ceasefires": [{"proposer": who, "evidence": sentences}]},
        "ceasefires[0].proposer", check="tier")  # fmt: skip


PUTIN_TRUMP = ["Vladimir Putin", "Donald Trump"]
# fmt: off
# ---------------------------------------------------------------- not-yet-met
# The leaders have not met: unsupported for held.
summit(PUTIN_TRUMP, "held", ["Putin and Trump have still not sat down together, the Kremlin's spokesman said on Tuesday."], False, "still not sat down together")
summit(["Narendra Modi", "Shehbaz Sharif"], "held", ["The Modi-Sharif meeting in Tashkent never went ahead."], False, "the meeting never went ahead", place="Tashkent")
summit(["Recep Tayyip Erdogan", "Bashar al-Assad"], "held", ["Erdogan and Assad have yet to come face to face, despite months of shuttle diplomacy."], False, "yet to come face to face")
summit(["William Ruto", "Felix Tshisekedi"], "held", ["Ruto and Tshisekedi are yet to hold the summit that Luanda has been pushing for."], False, "yet to hold the summit")
summit(["Luiz Inacio Lula da Silva", "Javier Milei"], "held", ["A meeting between Lula and Milei has not taken place, officials in both capitals confirmed."], False, "the meeting has not taken place")
summit(["Volodymyr Zelensky", "Vladimir Putin"], "held", ["Zelensky and Putin haven't met in person, and no date is on the calendar."], False, "haven't met in person")
summit(["Joe Biden", "Xi Jinping"], "held", ["The Xi-Biden summit has not happened yet and may slip into next year."], False, "the summit has not happened yet")
summit(["Kim Jong Un", "Yoon Suk Yeol"], "held", ["Kim and Yoon still haven't convened, Seoul's unification ministry says."], False, "still haven't convened")
summit(["Emmanuel Macron", "Abdelmadjid Tebboune"], "held", ["Macron and Tebboune are still to meet in Algiers."], False, "still to meet in the fact's place", place="Algiers")
summit(["Benjamin Netanyahu", "Recep Tayyip Erdogan"], "held", ["Netanyahu and Erdogan have never met face to face since the rupture of 2010."], False, "have never met since a year, no meeting named")
summit(["Viktor Orban", "Robert Fico"], "under_way", ["Orban and Fico have not yet sat down in Bratislava; their staffs are haggling over the agenda."], False, "under way, but not yet sat down", place="Bratislava")
# Near misses: another meeting, a past state, a question, a condition, a refuted claim.
summit(PUTIN_TRUMP, "held", ["Putin and Trump have yet to meet Zelensky together, though each has talked to him by phone."], True, "another meeting: yet to meet a third leader")
summit(["Luiz Inacio Lula da Silva", "Javier Milei"], "held", ["Lula and Milei had yet to meet when the trade row erupted in March."], True, "a past perfect the story has left behind")
summit(["Narendra Modi", "Shehbaz Sharif"], "held", ["Modi and Sharif had not met for eight years until their handshake in Tashkent on Friday."], True, "had not met ... until: resolved", place="Tashkent")
summit(["Recep Tayyip Erdogan", "Bashar al-Assad"], "held", ["Have Erdogan and Assad still not met?", "Officials in Ankara would not say."], True, "a question")
summit(["William Ruto", "Felix Tshisekedi"], "held", ["Ruto and Tshisekedi have not met the deadline for a pullback map."], True, "another object: met the deadline")
summit(["Emmanuel Macron", "Abdelmadjid Tebboune"], "held", ["Macron and Tebboune have not met since their Algiers summit in August."], True, "since this very summit: it was held", place="Algiers")
summit(["Joe Biden", "Xi Jinping"], "held", ["Beijing insists Xi and Biden never met in Bali, a claim contradicted by footage of their handshake."], True, "a claim the sentence calls false", place="Bali")
summit(["Kim Jong Un", "Yoon Suk Yeol"], "held", ["If Kim and Yoon have not met by the autumn, Seoul will rethink its approach."], True, "a condition")
summit(["Viktor Orban", "Robert Fico"], "held", ["Orban and Fico had never met in private before Sunday's talks in Bratislava."], True, "a past perfect before this meeting", place="Bratislava")
summit(["Volodymyr Zelensky", "Vladimir Putin"], "held", ["A summit between Zelensky and Putin never took place in 2022, but the two leaders finally met in Istanbul this week."], True, "a later 'but ... met' words it held", place="Istanbul")
summit(PUTIN_TRUMP, "held", ["Putin and Trump, who have yet to meet the new German chancellor, held talks in Anchorage."], True, "a relative clause about another meeting")

# ---------------------------------------------------------------- not-yet-answered
stance("Hamas", ["Hamas has not given mediators its reply to the truce text."], False, "has not given its reply")
stance("Russia", ["Russia is still studying the American ceasefire framework, Kremlin officials said."], False, "still studying the offer")
stance("Israel", ["Israel's cabinet has yet to sign off on the deal."], False, "yet to sign off")
stance("Ukraine", ["Ukraine hasn't answered Washington's 28-point plan, officials in the presidential office said."], False, "hasn't answered")
stance("Houthis", ["The Houthis have not committed to the pause in Red Sea attacks, a spokesman told Al Masirah."], False, "have not committed")
stance("Hamas", ["Hamas is weighing the proposal and will deliver its answer within days."], False, "is weighing")
stance("Armenia", ["Armenia says it has yet to decide whether to accept the border deal."], False, "yet to decide")
stance("Azerbaijan", ["Azerbaijan's leadership is still deliberating over the peace text, Baku said."], False, "still deliberating")
stance("Hezbollah", ["Hezbollah has not signed on to the truce, its deputy leader said in a televised address."], False, "has not signed on")
stance("Sudan", ["Sudan's army has yet to respond to the Jeddah proposal for a humanitarian truce."], False, "yet to respond")
stance("Russia", ["Russia has not accepted the 30-day pause; Putin said he needed more time."], False, "has not accepted")
stance("Venezuela", ["Venezuela still hasn't replied to the Brazilian truce offer."], False, "still hasn't replied")
# Near misses: another party, another request or phase, a past state, a question.
stance("Hamas", ["Israel has yet to respond to Hamas, which accepted the truce on Sunday."], True, "another party has not answered")
stance("Hamas", ["Hamas did not respond to a request for comment."], True, "a request for comment, not the offer")
stance("Hamas", ["Hamas has not yet responded to Israel's accusations of foot-dragging."], True, "an answer to accusations, not the offer")
stance("Russia", ["Russia had yet to give its answer when the talks in Riyadh resumed."], True, "a past perfect")
stance("Ukraine", ["Ukraine hadn't replied by Friday, but on Saturday it gave the plan its blessing."], True, "a past state, then a blessing")
stance("Hezbollah", ["Has Hezbollah still not signed on?", "Its spokesman would not say."], True, "a question")
stance("Armenia", ["Armenia has not yet decided on the second phase of the border deal."], True, "another phase of the deal")
stance("Azerbaijan", ["If Azerbaijan has not responded by Monday, the mediators will go public."], True, "a condition")
stance("Houthis", ["Saudi officials say the Houthis have not committed, a claim the group's spokesman called false."], True, "a claim called false")
stance("Venezuela", ["Venezuela is weighing Brazil's offer of mediation."], True, "weighing another offer (mediation)")
stance("Sudan", ["Sudan's army signed the Jeddah truce but has yet to respond to the RSF's prisoner proposals."], True, "signed; the pending answer is another one")
stance("Hamas", ["Israel's cabinet is still studying the truce Hamas accepted on Tuesday."], True, "another party still studying")

# ---------------------------------------------------------------- not-yet-in-force
truce(["The Gaza ceasefire is set to kick in at 6 a.m. local time on Sunday."], False, "is set to kick in")
truce(["The truce won't take effect until both parliaments have ratified it."], False, "won't take effect until")
truce(["The Lebanon-Israel cessation of hostilities has not yet entered into force, the UN envoy noted."], False, "has not yet entered into force")
truce(["The Easter truce announced by the Kremlin is due to start at 4 p.m. Moscow time."], False, "is due to start")
truce(["Sudan's humanitarian pause is expected to begin once aid convoys are ready."], False, "is expected to begin")
truce(["A 72-hour truce between the Congolese army and M23 will start at midnight."], False, "will start at midnight")
truce(["The Black Sea ceasefire isn't in force yet, Ankara said."], False, "isn't in force yet")
truce(["The ceasefire in Tigray is yet to take hold, with shelling reported overnight."], False, "is yet to take hold")
truce(["The energy truce will come into effect on Tuesday at the earliest."], False, "will come into effect")
truce(["The Kashmir ceasefire is scheduled to take effect at 5 p.m. on Saturday."], False, "is scheduled to take effect")
truce(["The truce is not yet operational, a spokesman for the observers said."], False, "not yet operational")
# Near misses: a later phase, talks or aid under it, a wider truce, a past state.
truce(["The second phase of the ceasefire is due to begin on Monday."], True, "a later phase, not the truce")
truce(["Talks on extending the truce will begin in Cairo on Sunday."], True, "talks about the truce begin")
truce(["The truce, which took effect at dawn, will be reviewed by monitors on Friday."], True, "took effect: worded")
truce(["Aid deliveries under the ceasefire will start on Monday, the UN said."], True, "aid under the truce starts")
truce(["The ceasefire will remain in effect until the end of March."], True, "will stay in force: it is on")
truce(["The ceasefire will hold only if both sides pull back their artillery, analysts warned."], True, "a forecast of holding, not of starting")
truce(["The ceasefire had not yet taken hold when the first shells fell on Kharkiv."], True, "a past perfect")
truce(["Was the truce due to start on Sunday?", "Neither side would confirm it."], True, "a question")
truce(["Moscow says the Easter truce will begin at 6 p.m., a timeline Kyiv dismissed as false."], True, "a claim called false")
truce(["The expanded truce, covering ports as well, will begin on Friday; the existing ceasefire on land has held since March."], True, "a wider truce starts; this one has held")
truce(["Hamas claims the truce is not yet in force, but Israeli troops have held their fire since dawn."], True, "a claim, then the truce held")
# "The deal" / "the agreement" / "the accord" standing for the truce in its own evidence.
truce(["The deal, brokered by Egypt and Qatar, is set to take effect at noon on Sunday, officials said."], False, "the deal is set to take effect")
truce(["The agreement between the army and the rebels is due to come into force on Monday."], False, "the agreement is due to come into force")
truce(["The accord has not yet taken effect, a UN spokesman said."], False, "the accord has not yet taken effect")
truce(["The Sochi deal will kick in at midnight, Turkish officials said."], False, "the deal will kick in")
# Near misses: the deal took effect, another deal, a later part of the deal, a word inside another.
truce(["The deal took effect at dawn on Sunday and the guns fell silent."], True, "the deal took effect: worded")
truce(["The truce took effect on Sunday. A deal on prisoners is set to take effect next week."], True, "another deal, not the truce")
truce(["The ceasefire has held since Sunday. The agreement is set to begin its second phase on March 1."], True, "a later phase of the deal")
truce(["The guns fell silent on Sunday as the truce took hold. The accord is due to be signed formally next week."], True, "a signing to come; the truce holds")
truce(["The truce has held since Sunday, though the agreement dealt a blow to hardliners on both sides."], True, "'dealt' is no deal")

# ---------------------------------------------------------------- other-proposer
proposer("Qatar", ["Egypt drew up the truce text that Qatari envoys carried to Hamas."], False, "Egypt drew it up; Qatar carried it")
proposer("Norway", ["The ceasefire, put forward by Colombia's government, will be monitored with Norway's help."], False, "put forward by Colombia")
proposer("Turkey", ["Turkey, which hosted the Istanbul round, is backing the truce Russia proposed."], False, "Russia proposed; Turkey hosted and backs")
proposer("Oman", ["Oman relayed the messages, but the pause itself was Washington's idea."], False, "Washington's idea; Oman relayed")
proposer("Saudi Arabia", ["Saudi Arabia hosted the Jeddah talks, where the US tabled its 30-day ceasefire proposal."], False, "the US tabled it; the Saudis hosted")
proposer("Egypt", ["An Egyptian delegation attended as France unveiled its plan for a truce in Lebanon."], False, "France unveiled it; Egypt attended")
proposer("Indonesia", ["Malaysian Prime Minister Anwar Ibrahim proposed the truce, which Indonesia offered to monitor."], False, "Malaysia proposed; Indonesia monitors")
proposer("China", ["Beijing's envoy welcomed the truce, which was put forward by the United States."], False, "put forward by the United States")
proposer("Qatar", ["Qatar hosted the talks on the truce proposed by Egypt."], False, "proposed by Egypt; Qatar hosted")
proposer("Switzerland", ["Swiss diplomats hosted the signing of the holiday truce that the Vatican had suggested."], False, "the Vatican suggested it")
proposer("Jordan", ["Jordan ferried aid during the pause, which the United Nations floated on Monday."], False, "the UN floated it; Jordan ferried aid")
# Near misses: another thing proposed, an earlier or rival plan, a joint proposal, a question.
proposer("Qatar", ["Qatar hosted the talks; Egypt, for its part, proposed a prisoner swap."], True, "Egypt proposed a swap, not a truce")
proposer("Egypt", ["Egypt had rejected an earlier truce proposed by Qatar, and now hosts the talks."], True, "an earlier truce's proposer")
proposer("Qatar", ["Egypt, together with Qatar, put forward the truce."], True, "a joint proposal: supported")
proposer("Norway", ["Norway and Colombia jointly proposed the ceasefire."], True, "a joint proposal: supported")
proposer("Turkey", ["Turkey hosted the talks after Russia rejected a rival plan drafted by Ukraine."], True, "a rival plan's drafter")
proposer("Oman", ["Was the pause Washington's idea or Oman's?", "Neither capital would say."], True, "a question")
proposer("Saudi Arabia", ["Saudi Arabia hosted the talks and backed the truce; the US and Russia argued over a counter-proposal."], True, "a counter-proposal")
proposer("Kenya", ["Kenya proposed the truce, which the African Union later endorsed."], True, "Kenya proposed it: supported")
proposer("Egypt", ["Egypt will host the talks on a ceasefire, but who proposed it is not known."], True, "no one named as proposer")
proposer("Jordan", ["Jordan ferried aid during the pause that Israel says it never proposed."], True, "a denial of proposing")
proposer("Qatar", ["Qatar's emir, who proposed the pause, met Hamas leaders in Doha on Sunday."], True, "Qatar proposed it: supported")

# fmt: on


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
