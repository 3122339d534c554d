# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the roles35 set (``grounding_roles35.jsonl``): names read in the wrong role, found by
an outside check and a review in session 15, by category, each with what must pass and what
must fail:

- ``counterpart-demonym``: a people's word before "counterpart", "opposite number" or
  "peer" ("met his French counterpart", "her Lithuanian and Latvian counterparts") names the
  other side's minister, not a party of its own: the country is no summit party and takes no
  stance on that wording alone (fail, unconfirmed: its words are there, read in no role); the
  same word before "leaders" or "ministers" ("French and Russian leaders met") keeps both
  sides, a counterpart named by name is a party, so is a country after "counterparts from"
  (the people it sends, check 20), and a people's word before a draft
  ("the British draft resolution", "a UN French draft resolution") names who drafted it, its
  `proposer` (pass);
- ``sought-endorsement``: the one whose answer is sought ("will now seek the Georgian
  president's endorsement", "hopes to win Zelensky's backing", "is lobbying Kigali to sign",
  "awaits a reply from Hamas", "pending approval by Israel's cabinet") is no party of the meeting the seeker held and has not agreed (fail, unsupported: a stated
  role); the same side `awaiting_answer` passes, and so does its answer once given ("won
  Hamas's consent", "approved the truce Qatar had sought");
- ``issuer-reaction``: the government that imposed a measure is not one reacting to it ("the
  EU imposed the duties; Beijing vowed to retaliate", "after Washington raised tariffs,
  Ottawa ...", "the Treasury's sanctions were met with fury in Moscow") (fail, unsupported);
  the one reacting passes, and so does the issuer when it reacts itself ("The European
  Union, which adopted the levies, said it would answer in kind");
- ``actor-outside``: an event's actor is the one the evidence names as doing it, not one
  named only as its target ("an inquiry into Chinese electric cars") or as criticising it
  ("Beijing denounced the EU's anti-subsidy inquiry") (fail, unsupported); the owner of the
  inquiry, and the critic of an event that is the criticism itself, pass;
- ``condemned-actor``: a body that only condemns, deplores or denounces an attack ("the
  African Union condemned the attack on the convoy", "drew condemnation from the GCC") is no
  actor of it, and a person who only proposes or threatens sanctions while others meet ("while
  Senator Graham pushed new sanctions") is no party of the meeting (fail, unsupported); the
  attackers, a condemning side that acts too ("condemned ... and struck"), and a sanctions
  backer who meets ("Graham, who proposed sanctions, met Zelensky") pass;
- ``watching-recording``: breaches recorded, documented, reported or logged ("monitors
  have documented 12 breaches", "violations were documented by observers") happened: the
  truce is `violated` and the monitors its `reported_by` (pass); a mandate to watch for them
  ("deployed to flag breaches", "to spot violations", "tasked with documenting breaches") is
  no breach (fail, unconfirmed) and no report, and the monitors are never the breaches' actors
  (fail, unsupported);
- ``addressee-place``: the one a proposal or reply is handed, relayed or sent to ("Egypt
  delivered the truce proposal to Hamas", "The plan was handed to Kyiv", "conveyed to Hamas
  the Israeli proposal") is not where anything happened (fail, unsupported) nor the proposer; a place named with it
  ("to Hamas leaders in Doha") and a destination of aid or of a journey pass;
- ``cited-committee``: a committee (or commission, panel) is a cited source only where the
  page cites it ("the committee said", "according to the committee", "the committee's
  report found", "figures compiled by the committee"); one that only holds a hearing, votes
  or is testified before is not (fail, unconfirmed: named, not as a source).

Run ``python tests/data/make_roles35_cases.py`` to rebuild it. Every sentence was written
for this set (fictional outlets and people, or public figures and places in invented
sentences); each verdict was decided when the case was written, never by running the code.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_roles35.jsonl")

# Several outlets' ways of opening a story: a wire dateline, a business daily's web page, a
# public broadcaster's live page, a parliamentary newsletter, a tabloid's world page, a
# foreign-language service in English.
LEADS = [
    "GENEVA, June 4 (Osprey Wire) -",
    "The Ledger Business | Trade\n\n",
    "Live: Radio Fairhaven | 11:32 BST\n\n",
    "Hill Bulletin - Week in Committee\n\n",
    "THE DAILY BEACON | WORLD\n\n",
    "NICOSIA (Island Echo English) --",
]
built = SupportCases(
    "roles35", LEADS, title="World news", closing="More to follow.", lead_end=" "
)  # fmt: skip
article = built.page
meeting = built.meeting
side = built.side
proposer = built.proposer
reaction = partial(built.reaction, "issuer-reaction")
actor = built.actor


def truce(expect: bool, sentence: str, why: str, check: str = "support") -> None:
    """A truce said to be ``violated``: its status checked."""
    built.truce_status("watching-recording", expect, "violated", [sentence], why, check)


def reporter(expect: bool, sentence: str, who: str, why: str, check: str = "support") -> None:
    """A violated truce whose ``reported_by`` is ``who``."""
    fact = {"status": "violated", "reported_by": who, "evidence": [sentence]}
    built.add(
        "watching-recording", expect, why, article(sentence), {"ceasefires": [fact]},
        "ceasefires[0].reported_by", check=check,
    )  # fmt: skip


def tally(expect: bool, sentence: str, value: float, why: str) -> None:
    """An event of truce violations whose one count is ``value`` violations."""
    event = {
        "kind": "other",
        "description": "truce violations",
        "evidence": [sentence],
        "counts": [{"what": "violations", "value": {"value": value, "qualifier": "exact"}}],
    }
    built.add(
        "watching-recording", expect, why, article(sentence), {"events": [event]},
        "events[0].counts[0].value",
    )  # fmt: skip


def site(
    expect: bool, sentence: str, where: str, description: str, why: str, check: str = "support"
) -> None:
    """An event told as ``description`` whose place is ``where``."""
    event = {"kind": "other", "description": description, "place": where, "evidence": [sentence]}
    built.add(
        "addressee-place", expect, why, article(sentence), {"events": [event]},
        "events[0].place", check=check,
    )  # fmt: skip


def venue(
    expect: bool, sentence: str, where: str, why: str, status: str = "scheduled",
    check: str = "support",
) -> None:  # fmt: skip
    """A summit whose ``planned_location`` is ``where``."""
    fact = {"parties": [], "status": status, "planned_location": where, "evidence": [sentence]}
    built.add(
        "addressee-place", expect, why, article(sentence), {"summits": [fact]},
        "summits[0].planned_location", check=check,
    )  # fmt: skip


def cited(expect: bool, sentence: str, name: str, why: str, before: str = "", check: str = "support") -> None:  # fmt: skip
    """The article cites ``name`` as a source (``cited_sources``, read on the whole page)."""
    facts = {"cited_sources": [{"name": name, "evidence": [sentence]}]}
    built.add(
        "cited-committee", expect, why, article(before, sentence), facts,
        "cited_sources[0].name", check=check,
    )  # fmt: skip


# fmt: off  (one case per line, as the E501 note above says)
# --- counterpart-demonym -----------------------------------------------------------------
CD = "counterpart-demonym"
PAIRED = "unconfirmed: the people's word only names whose counterpart, no party of its own"
N1 = "Lavrov held talks with his French counterpart in Paris on Tuesday."
N2 = "Wang Yi sat down with his German counterpart on the sidelines of the G20 in Rio."
N3 = "Jaishankar met his Chinese counterpart in Astana and both agreed to keep talking."
N4 = "The Indian foreign minister, meeting his Pakistani opposite number in Tashkent, urged restraint."
N5 = "Sikorski received his Lithuanian and Latvian counterparts in Warsaw on Monday."
N6 = "Baerbock's talks with her Chinese counterpart in Beijing ran two hours over schedule."
N7 = "The Kenyan president and his Ugandan peer met at State House on Saturday."
N8 = "Lavrov said his French counterpart had accepted the humanitarian pause."
N9 = "Shoigu told reporters that his Turkish counterpart backed the grain corridor truce."
N10 = "Austin said his Israeli counterpart had rejected a pause in the fighting."
N11 = "The Polish delegation met its Ukrainian counterparts in Rzeszow on Thursday."
NP1 = "French and Russian leaders met in Paris on Tuesday for the first time in two years."
NP2 = "Lavrov held talks with his French counterpart, Jean-Noel Barrot, in Paris on Tuesday."
NP3 = "Lavrov met French Foreign Minister Jean-Noel Barrot in Paris on Tuesday."
NP4 = "The German and Chinese foreign ministers met in Beijing, where Wang Yi hosted a dinner."
NP5 = "Turkey backs the grain corridor truce, Shoigu told his Turkish counterpart by phone."
NP6 = (
    "Israel rejected a pause in the fighting, Austin said after talks with his Israeli counterpart."
)
NP7 = "The Ugandan and Kenyan presidents met at State House in Nairobi on Saturday."
NP8 = "Council members lined up behind a UN French draft resolution calling for a truce in Sudan."
NP9 = "The Security Council will vote on Friday on a British draft resolution demanding a ceasefire in Sudan."
NP10 = "Russia vetoed the Maltese draft calling for a humanitarian pause in Gaza."
NP11 = "A Swiss-drafted resolution for a 72-hour truce was circulated among council members."
NP12 = "France's draft resolution, circulated on Monday, calls for an immediate ceasefire."
meeting(CD, False, N1, "France", f"'his French counterpart' ({PAIRED})")
meeting(CD, False, N2, "Germany", f"'his German counterpart' ({PAIRED})")
meeting(CD, False, N3, "China", f"'his Chinese counterpart' ({PAIRED})")
meeting(CD, False, N4, "Pakistan", f"'his Pakistani opposite number' ({PAIRED})")
meeting(
    CD,
    False,
    N5,
    "Latvia",
    f"'his Lithuanian and Latvian counterparts': a list before the noun ({PAIRED})",
)
meeting(CD, False, N6, "China", f"'her Chinese counterpart' ({PAIRED})")
meeting(CD, False, N7, "Uganda", f"'his Ugandan peer' ({PAIRED})")
side(CD, False, N8, "France", f"'his French counterpart had accepted' ({PAIRED})")
side(CD, False, N9, "Turkey", f"'his Turkish counterpart backed' ({PAIRED})", stance="supports")
side(
    CD, False, N10, "Israel", f"'his Israeli counterpart had rejected' ({PAIRED})", stance="rejects"
)
meeting(CD, False, N11, "Ukraine", f"'its Ukrainian counterparts' ({PAIRED})")
proposer(
    CD,
    False,
    N1.replace("held talks", "discussed the truce plan"),
    "France",
    "a counterpart the plan was discussed with proposed nothing (unconfirmed)",
)
proposer(
    CD,
    False,
    "Russia vetoed the French draft resolution calling for a ceasefire in Gaza.",
    "Russia",
    "unsupported: the page names France as the drafter; Russia vetoed it",
)
meeting(
    CD, True, N1, "France", "counterpart only: unconfirmed, never unsupported (tier)", check="tier"
)
side(
    CD, True, N8, "France", "counterpart only: unconfirmed, never unsupported (tier)", check="tier"
)
meeting(CD, True, NP1, "France", "'French and Russian leaders met': the leaders of both")
meeting(CD, True, NP1, "Russia", "'French and Russian leaders met': the leaders of both")
meeting(CD, True, NP2, "Jean-Noel Barrot", "the counterpart by name: a party")
meeting(CD, True, N1, "Lavrov", "the one meeting his counterpart: a party")
meeting(
    CD, True, NP3, "France", "'French Foreign Minister Jean-Noel Barrot': France's minister met"
)
meeting(CD, True, NP4, "Germany", "'The German and Chinese foreign ministers met'")
side(
    CD,
    True,
    NP5,
    "Turkey",
    "'Turkey backs the truce': named outside the counterpart phrase",
    stance="supports",
)
side(
    CD,
    True,
    NP6,
    "Israel",
    "'Israel rejected a pause': named outside the counterpart phrase",
    stance="rejects",
)
meeting(CD, True, NP7, "Uganda", "'The Ugandan and Kenyan presidents met'")
meeting(CD, True, N11, "Poland", "'The Polish delegation met': the delegation's own country")
proposer(CD, True, NP8, "France", "'a UN French draft resolution': France drafted it")
proposer(CD, True, NP9, "United Kingdom", "'a British draft resolution demanding a ceasefire'")
proposer(CD, True, NP10, "Malta", "'the Maltese draft calling for a humanitarian pause'")
proposer(CD, True, NP11, "Switzerland", "'A Swiss-drafted resolution for a 72-hour truce'")
proposer(
    CD, True, NP12, "France", "'France's draft resolution ... calls for an immediate ceasefire'"
)
N12 = "Rubio sat down with his Japanese opposite number on the sidelines of the ASEAN meeting."
N13 = "Blinken's Egyptian counterpart received him in Cairo on Monday."
N14 = "The Israeli minister said his Qatari counterpart had endorsed the pause."
meeting(CD, False, N12, "Japan", f"'his Japanese opposite number' ({PAIRED})")
meeting(
    CD,
    False,
    N13,
    "Egypt",
    f"'Blinken's Egyptian counterpart received him in Cairo': the capital only says where ({PAIRED})",
)
side(
    CD,
    False,
    N14,
    "Qatar",
    f"'his Qatari counterpart had endorsed the pause' ({PAIRED})",
    stance="supports",
)
meeting(
    CD,
    True,
    "Spanish and Italian ministers met in Rome to discuss migration.",
    "Spain",
    "'Spanish and Italian ministers met'",
)
proposer(
    CD,
    True,
    "The council rejected a US draft resolution calling for a truce in the Red Sea.",
    "United States",
    "'a US draft resolution calling for a truce'",
)
meeting(CD, True, N13, "Blinken", "the one received by his counterpart: a party")
meeting(
    CD,
    True,
    "Wang Yi held talks in Beijing with his counterparts from France and Germany.",
    "Germany",
    "'his counterparts from France and Germany': the people a party sends, a party (check 20's people-from)",
)
meeting(
    CD,
    True,
    "Lavrov met French counterpart Jean-Noel Barrot in Geneva.",
    "Jean-Noel Barrot",
    "the counterpart by name, no 'his': a party",
)

# --- sought-endorsement ------------------------------------------------------------------
SE = "sought-endorsement"
SOUGHT = "unsupported: the one whose answer is sought, no party yet"
S1 = "After three hours with Medvedev in Moscow, Sarkozy said he would now seek the endorsement of Georgian President Mikheil Saakashvili."
S2 = "Witkoff met Putin in St Petersburg on Friday and will next try to win Ukrainian President Volodymyr Zelensky's backing for the plan."
S3 = "The envoy hopes to secure Hamas's consent to the pause before Friday prayers."
S4 = "Macron, who met Erdogan in Ankara, is seeking the approval of the Greek government for the plan."
S5 = "Washington is lobbying Kigali to sign the truce before the end of the month."
S6 = "Qatar still needs the Israeli cabinet's approval for the 60-day truce."
S7 = "Ramaphosa's team wants Moscow's signature on the grain pause before the summit ends."
S8 = "Having hosted Biden, the Saudi crown prince is now courting Tehran's support for the truce."
S9 = "In a bid to win Kyiv's agreement, the envoys held talks with Russian officials in Riyadh."
S10 = "Guterres said he would press for Ethiopia's acceptance of the truce in Tigray."
S11 = "The mediators will ask the RSF to endorse the week-long ceasefire on Sunday."
S12 = "Egypt, seeking Israel's approval for the plan, hosted talks with Hamas in Cairo."
SP1 = "Georgian President Mikheil Saakashvili endorsed the plan after Sarkozy flew to Tbilisi to seek his backing."
SP2 = "Hamas gave its consent to the pause on Thursday, the envoy who had sought it said."
SP3 = "The envoy won Hamas's consent to the pause on Thursday."
SP4 = "The RSF accepted the truce after mediators sought its endorsement for a week."
SP5 = "Kigali has signed the truce and is now seeking Kinshasa's signature."
SP6 = "The Israeli cabinet approved the 60-day truce that Qatar had sought."
SP7 = "Ukrainian President Volodymyr Zelensky, who met Witkoff in Kyiv, said he was weighing the plan."
meeting(
    SE,
    False,
    S1,
    "Mikheil Saakashvili",
    f"'would now seek the endorsement of ... Saakashvili' ({SOUGHT})",
)
side(
    SE,
    False,
    S1,
    "Georgia",
    f"'seek the endorsement of Georgian President ...': Georgia has not agreed ({SOUGHT})",
)
meeting(
    SE, False, S2, "Volodymyr Zelensky", f"'will next try to win ... Zelensky's backing' ({SOUGHT})"
)
side(
    SE,
    False,
    S2,
    "Ukraine",
    f"'try to win Ukrainian President ... Zelensky's backing' ({SOUGHT})",
    stance="supports",
)
side(SE, False, S3, "Hamas", f"'hopes to secure Hamas's consent' ({SOUGHT})")
meeting(SE, False, S4, "Greece", f"'seeking the approval of the Greek government' ({SOUGHT})")
side(SE, False, S5, "Rwanda", f"'lobbying Kigali to sign the truce' ({SOUGHT})")
side(SE, False, S6, "Israel", f"'still needs the Israeli cabinet's approval' ({SOUGHT})")
side(SE, False, S7, "Russia", f"'wants Moscow's signature on the grain pause' ({SOUGHT})")
side(
    SE,
    False,
    S8,
    "Iran",
    f"'courting Tehran's support for the truce' ({SOUGHT})",
    stance="supports",
)
meeting(
    SE,
    False,
    S9,
    "Ukraine",
    f"'In a bid to win Kyiv's agreement, the envoys held talks' ({SOUGHT})",
)
side(SE, False, S10, "Ethiopia", f"'press for Ethiopia's acceptance of the truce' ({SOUGHT})")
side(SE, False, S11, "RSF", f"'will ask the RSF to endorse the ceasefire' ({SOUGHT})")
side(
    SE, False, SP5, "Democratic Republic of the Congo", f"'seeking Kinshasa's signature' ({SOUGHT})"
)
meeting(
    SE,
    False,
    S12,
    "Israel",
    f"'seeking Israel's approval', while Egypt hosted talks with Hamas ({SOUGHT})",
)
side(
    SE, False, S1, "Georgia", "the sought side is read in a role: unsupported (tier)", check="tier"
)
side(
    SE,
    True,
    S1,
    "Georgia",
    "'would now seek the endorsement of Georgian President ...': awaiting its answer",
    stance="awaiting_answer",
)
side(
    SE,
    True,
    S3,
    "Hamas",
    "'hopes to secure Hamas's consent': awaiting its answer",
    stance="awaiting_answer",
)
side(
    SE,
    True,
    S5,
    "Rwanda",
    "'lobbying Kigali to sign': Kigali's answer awaited",
    stance="awaiting_answer",
)
meeting(SE, True, S1, "Medvedev", "'After three hours with Medvedev in Moscow, Sarkozy': a party")
meeting(SE, True, S1, "Sarkozy", "the seeker who held the talks: a party")
side(
    SE,
    True,
    SP1,
    "Georgia",
    "'Georgian President Mikheil Saakashvili endorsed the plan': the answer given",
)
side(SE, True, SP2, "Hamas", "'Hamas gave its consent': the answer given")
side(SE, True, SP3, "Hamas", "'The envoy won Hamas's consent': won, no longer sought")
side(SE, True, SP4, "RSF", "'The RSF accepted the truce after mediators sought its endorsement'")
side(SE, True, SP5, "Rwanda", "'Kigali has signed the truce': the seeker's own stance")
side(SE, True, SP6, "Israel", "'The Israeli cabinet approved the truce that Qatar had sought'")
meeting(SE, True, SP7, "Volodymyr Zelensky", "'Zelensky, who met Witkoff in Kyiv': a party")
meeting(SE, True, S12, "Hamas", "'hosted talks with Hamas in Cairo': Hamas met")
S13 = "Cairo is pushing for Hamas's acceptance of the truce."
S14 = "The mediators are awaiting Israel's response to the truce proposal."
S15 = "Washington urged Kyiv to accept the 30-day truce."
meeting(
    SE,
    False,
    "Having met Putin, Orban set out to win Lukashenko's support for the plan.",
    "Lukashenko",
    f"'set out to win Lukashenko's support' ({SOUGHT})",
)
side(SE, False, S13, "Hamas", f"'pushing for Hamas's acceptance' ({SOUGHT})")
side(SE, False, S14, "Israel", f"'awaiting Israel's response' ({SOUGHT})", stance="rejects")
side(SE, False, S15, "Ukraine", f"'urged Kyiv to accept the 30-day truce' ({SOUGHT})")
side(
    SE,
    True,
    S14,
    "Israel",
    "'awaiting Israel's response': the stance is exactly that",
    stance="awaiting_answer",
)
side(
    SE,
    True,
    "Armenia asked Russia to back the truce, and Moscow agreed on Monday.",
    "Russia",
    "'Moscow agreed on Monday': the answer came",
)
meeting(
    SE,
    True,
    "Putin hosted Lukashenko in Moscow and won his support for the plan.",
    "Lukashenko",
    "'Putin hosted Lukashenko': the guest met",
)
meeting(
    SE,
    True,
    "Lula met Xi in Beijing, seeking China's backing for a peace plan.",
    "Lula",
    "the seeker met Xi",
)
S16 = "The deal still awaits a reply from Hamas."
side(SE, False, S16, "Hamas", f"'awaits a reply from Hamas' ({SOUGHT})")
side(
    SE,
    True,
    S16,
    "Hamas",
    "'awaits a reply from Hamas': awaiting its answer",
    stance="awaiting_answer",
)
side(
    SE,
    False,
    "The truce takes effect pending approval by Israel's cabinet.",
    "Israel",
    f"'pending approval by Israel's cabinet' ({SOUGHT})",
)

# --- issuer-reaction ---------------------------------------------------------------------
ISSUED = "unsupported: it imposed the measure, another reacts"
I1 = "The EU imposed provisional duties on Chinese electric cars, and Beijing vowed to hit back."
I2 = "Brussels slapped tariffs of up to 38 percent on Chinese EVs; China's commerce ministry promised countermeasures."
I3 = "After Washington raised steel tariffs to 50 percent, Ottawa announced retaliatory levies."
I4 = "Duties that the European Commission imposed on Tuesday drew an angry response from Beijing."
I5 = "Tokyo tightened export controls on chip materials, prompting Seoul to file a complaint at the WTO."
I6 = "London's asset freeze on the oligarchs was condemned by the Kremlin as theft."
I7 = "Canada, responding to the tariffs Washington announced last week, said it would match them."
I8 = "The sanctions imposed by the United States were dismissed by Tehran as illegal."
I9 = "Washington's chip curbs, unveiled on Monday, drew a pledge from Beijing to retaliate."
I10 = "India raised duties on almonds after Washington imposed tariffs on Indian steel."
I11 = "Within hours of the new British levies on Russian metals, Moscow promised a mirror response."
I12 = "Mexico said it would wait before answering the levies the United States imposed on its tomatoes."
IP1 = "The European Union, which adopted the levies in June, said it would answer any Chinese countermeasures in kind."
IP2 = "The European Commission, which set the duties, said it was ready to defend them at the WTO."
IP3 = "The EU said it regretted Beijing's retaliatory probe into European brandy."
reaction(False, I1, "European Union", f"'The EU imposed provisional duties' ({ISSUED})")
reaction(False, I2, "European Union", f"'Brussels slapped tariffs' ({ISSUED})")
reaction(False, I3, "United States", f"'After Washington raised steel tariffs' ({ISSUED})")
reaction(
    False, I4, "European Commission", f"'Duties that the European Commission imposed' ({ISSUED})"
)
reaction(False, I5, "Japan", f"'Tokyo tightened export controls' ({ISSUED})")
reaction(
    False,
    I6,
    "United Kingdom",
    f"'London's asset freeze ... was condemned by the Kremlin' ({ISSUED})",
)
reaction(False, I7, "United States", f"'the tariffs Washington announced last week' ({ISSUED})")
reaction(False, I8, "United States", f"'The sanctions imposed by the United States' ({ISSUED})")
reaction(
    False,
    I9,
    "United States",
    f"'Washington's chip curbs ... drew a pledge from Beijing' ({ISSUED})",
)
reaction(False, I10, "United States", f"'after Washington imposed tariffs' ({ISSUED})")
reaction(False, I11, "United Kingdom", f"'the new British levies' ({ISSUED})")
reaction(False, I12, "United States", f"'the levies the United States imposed' ({ISSUED})")
reaction(False, I1, "European Union", "the issuer, a stated role: unsupported (tier)", check="tier")
reaction(True, I1, "China", "'Beijing vowed to hit back'")
reaction(True, I2, "China", "'China's commerce ministry promised countermeasures'")
reaction(True, I3, "Canada", "'Ottawa announced retaliatory levies'")
reaction(True, I4, "China", "'drew an angry response from Beijing'")
reaction(True, I5, "South Korea", "'prompting Seoul to file a complaint'")
reaction(True, I6, "Russia", "'condemned by the Kremlin as theft'")
reaction(True, I7, "Canada", "'Canada, responding to the tariffs ..., said it would match them'")
reaction(True, I8, "Iran", "'dismissed by Tehran as illegal'")
reaction(True, I11, "Russia", "'Moscow promised a mirror response'")
reaction(True, I12, "Mexico", "'Mexico said it would wait before answering'")
reaction(
    True,
    IP1,
    "European Union",
    "'The European Union, which adopted the levies ..., said it would answer': the issuer reacting",
)
reaction(
    True,
    IP2,
    "European Commission",
    "'The European Commission, which set the duties, said it was ready to defend them'",
)
reaction(
    True,
    IP3,
    "European Union",
    "'The EU said it regretted Beijing's retaliatory probe': reacting to another's measure",
)
I13 = "Washington's 25 percent tariff on steel prompted Brussels to draw up a list of countermeasures."
I14 = "Beijing curbed rare earth exports, and Tokyo called the step regrettable."
I15 = "Ottawa's surtax on U.S. dairy drew a furious reply from the White House."
reaction(False, I13, "United States", f"'Washington's 25 percent tariff' ({ISSUED})")
reaction(False, I14, "China", f"'Beijing curbed rare earth exports' ({ISSUED})")
reaction(False, I15, "Canada", f"'Ottawa's surtax on U.S. dairy' ({ISSUED})")
reaction(
    True,
    I13,
    "European Union",
    "'prompted Brussels to draw up a list of countermeasures': Brussels answers",
)
reaction(True, I14, "Japan", "'Tokyo called the step regrettable'")
reaction(True, I15, "United States", "'a furious reply from the White House'")

# --- actor-outside -----------------------------------------------------------------------
AO = "actor-outside"
OUTSIDE = "unsupported: named, but not as the one who carried it out"
A1 = "China's commerce ministry denounced the EU's anti-subsidy inquiry as disguised protectionism."
A2 = "The EU launched an anti-subsidy inquiry into Chinese electric cars on Wednesday."
A3 = "The European Commission opened a probe into state aid for Chinese wind turbine makers."
A4 = "The US Commerce Department opened an anti-dumping investigation into Vietnamese shrimp."
A5 = "Hanoi protested against Washington's anti-dumping case on shrimp."
A6 = "Tokyo's inquiry into South Korean steel pipes began on Monday."
A7 = "Australian barley growers were hit by a Chinese anti-dumping probe in 2020."
A8 = "Ottawa criticised the U.S. review of softwood lumber duties."
A9 = "Brussels widened its investigation of South African citrus exports on Monday."
A10 = "Seoul condemned Tokyo's export checks on chip chemicals as retaliation."
A11 = "Beijing opened its own anti-dumping probe into brandy from the European Union on Friday."
A12 = "Canada and Mexico jointly challenged the U.S. duties at the WTO."
actor(
    AO,
    False,
    A1,
    "China",
    "EU anti-subsidy inquiry",
    f"'China's commerce ministry denounced the EU's anti-subsidy inquiry' ({OUTSIDE})",
)
actor(
    AO,
    False,
    A2,
    "China",
    "anti-subsidy inquiry into electric cars",
    f"'an anti-subsidy inquiry into Chinese electric cars': the target ({OUTSIDE})",
)
actor(
    AO,
    False,
    A3,
    "China",
    "EU state aid probe",
    f"'a probe into state aid for Chinese wind turbine makers': the target ({OUTSIDE})",
)
actor(
    AO,
    False,
    A4,
    "Vietnam",
    "US anti-dumping investigation",
    f"'an anti-dumping investigation into Vietnamese shrimp' ({OUTSIDE})",
)
actor(
    AO,
    False,
    A5,
    "Vietnam",
    "US anti-dumping case on shrimp",
    f"'Hanoi protested against Washington's anti-dumping case' ({OUTSIDE})",
)
actor(
    AO,
    False,
    A6,
    "South Korea",
    "Japanese inquiry into steel pipes",
    f"'Tokyo's inquiry into South Korean steel pipes' ({OUTSIDE})",
)
actor(
    AO,
    False,
    A7,
    "Australia",
    "Chinese anti-dumping probe",
    f"'Australian barley growers were hit by a Chinese anti-dumping probe' ({OUTSIDE})",
)
actor(
    AO,
    False,
    A8,
    "Canada",
    "US review of lumber duties",
    f"'Ottawa criticised the U.S. review' ({OUTSIDE})",
)
actor(
    AO,
    False,
    A9,
    "South Africa",
    "EU investigation of citrus exports",
    f"'its investigation of South African citrus exports' ({OUTSIDE})",
)
actor(
    AO,
    False,
    A10,
    "South Korea",
    "Japanese export checks on chip chemicals",
    f"'Seoul condemned Tokyo's export checks' ({OUTSIDE})",
)
actor(
    AO,
    False,
    A11,
    "European Union",
    "Chinese anti-dumping probe into brandy",
    f"'its own anti-dumping probe into brandy from the European Union' ({OUTSIDE})",
)
actor(
    AO,
    False,
    A1,
    "China",
    "EU anti-subsidy inquiry",
    "the critic, a stated role: unsupported (tier)",
    check="tier",
)
actor(
    AO,
    True,
    A1,
    "European Union",
    "EU anti-subsidy inquiry",
    "'the EU's anti-subsidy inquiry': the EU's own",
)
actor(
    AO,
    True,
    A2,
    "European Union",
    "anti-subsidy inquiry into electric cars",
    "'The EU launched an anti-subsidy inquiry'",
)
actor(
    AO,
    True,
    A3,
    "European Commission",
    "EU state aid probe",
    "'The European Commission opened a probe'",
)
actor(
    AO,
    True,
    A4,
    "US Commerce Department",
    "US anti-dumping investigation",
    "'The US Commerce Department opened an anti-dumping investigation'",
)
actor(
    AO,
    True,
    A5,
    "Vietnam",
    "Vietnamese protest against the US shrimp case",
    "the protest is the event: Hanoi protested",
)
actor(AO, True, A6, "Japan", "Japanese inquiry into steel pipes", "'Tokyo's inquiry'")
actor(AO, True, A7, "China", "Chinese anti-dumping probe", "'a Chinese anti-dumping probe'")
actor(
    AO,
    True,
    A10,
    "South Korea",
    "South Korean condemnation of Japan's export checks",
    "the condemnation is the event: Seoul condemned",
)
actor(
    AO,
    True,
    A11,
    "China",
    "Chinese anti-dumping probe into brandy",
    "'Beijing opened its own anti-dumping probe'",
)
actor(
    AO,
    True,
    A12,
    "Mexico",
    "challenge to US duties at the WTO",
    "'Canada and Mexico jointly challenged the U.S. duties'",
)
A13 = "The US launched a Section 301 investigation into Indian digital taxes."
actor(
    AO,
    False,
    A13,
    "India",
    "Section 301 investigation",
    f"'a Section 301 investigation into Indian digital taxes' ({OUTSIDE})",
)
actor(
    AO,
    False,
    "Brasilia slammed the US investigation into its trade practices.",
    "Brazil",
    "US investigation into trade practices",
    f"'Brasilia slammed the US investigation' ({OUTSIDE})",
)
actor(
    AO,
    False,
    "Canadian steel makers were targeted by the new US probe.",
    "Canada",
    "US probe",
    f"'Canadian steel makers were targeted by' ({OUTSIDE})",
)
actor(
    AO,
    True,
    A13,
    "United States",
    "Section 301 investigation",
    "'The US launched a Section 301 investigation'",
)
actor(
    AO,
    True,
    "China opened an inquiry into EU pork after the EU's probe into Chinese cars.",
    "China",
    "Chinese inquiry into EU pork",
    "'China opened an inquiry into EU pork'",
)

# --- condemned-actor ---------------------------------------------------------------------
CA = "condemned-actor"
CONDEMNED = "unsupported: it only condemned the attack"
SANCTIONS = "unsupported: it only proposed sanctions while others met"
K1 = "The African Union condemned the attack on the aid convoy near El Fasher."
K2 = "Militants bombed a crowded market in Kharkiv; the UN Security Council condemned the bombing."
K3 = "The strike on the maternity hospital was denounced by the WHO."
K4 = "Paris deplored the shelling of the Zaporizhzhia power plant."
K5 = "Egypt's foreign ministry strongly condemned the raid on the Jenin camp by Israeli forces."
K6 = "The drone attack on the tanker drew condemnation from the Gulf Cooperation Council."
K7 = "Baghdad decried the air strikes on Kurdish positions near Sinjar."
K8 = "Trump met Putin in Anchorage, while Senator Lindsey Graham pushed new sanctions on Moscow."
K9 = "As Modi and Xi met in Tianjin, Senator Richard Blumenthal proposed tariffs on buyers of Russian oil."
K10 = (
    "Zelensky met Erdogan in Istanbul; in Brussels, Kaja Kallas proposed a 20th sanctions package."
)
K11 = "The two leaders held talks in Geneva after Treasury Secretary Scott Bessent threatened fresh sanctions."
K12 = "The GCC condemned the drone attack on the tanker, which Houthi rebels claimed."
K13 = "Israel condemned the rocket fire from Lebanon and struck Hezbollah positions in response."
K14 = (
    "Senator Lindsey Graham, who proposed new sanctions on Moscow, met Zelensky in Kyiv on Friday."
)
K15 = "Kallas, who proposed the 20th package, held talks with Zelensky in Kyiv."
K16 = "Bessent met He Lifeng in Stockholm after threatening fresh tariffs on Chinese goods."
actor(
    CA,
    False,
    K1,
    "African Union",
    "attack on aid convoy",
    f"'The African Union condemned the attack' ({CONDEMNED})",
)
actor(
    CA,
    False,
    K2,
    "UN Security Council",
    "bombing of a market in Kharkiv",
    f"'the UN Security Council condemned the bombing' ({CONDEMNED})",
)
actor(
    CA,
    False,
    K3,
    "WHO",
    "strike on a maternity hospital",
    f"'was denounced by the WHO' ({CONDEMNED})",
)
actor(
    CA,
    False,
    K4,
    "France",
    "shelling of the power plant",
    f"'Paris deplored the shelling' ({CONDEMNED})",
)
actor(
    CA,
    False,
    K5,
    "Egypt",
    "raid on the Jenin camp",
    f"'Egypt's foreign ministry strongly condemned the raid' ({CONDEMNED})",
)
actor(
    CA,
    False,
    K6,
    "Gulf Cooperation Council",
    "drone attack on a tanker",
    f"'drew condemnation from the Gulf Cooperation Council' ({CONDEMNED})",
)
actor(
    CA,
    False,
    K7,
    "Iraq",
    "air strikes on Kurdish positions",
    f"'Baghdad decried the air strikes' ({CONDEMNED})",
)
actor(
    CA,
    False,
    K12,
    "GCC",
    "drone attack on a tanker",
    f"'The GCC condemned the drone attack, which Houthi rebels claimed' ({CONDEMNED})",
)
meeting(
    CA,
    False,
    K8,
    "Lindsey Graham",
    f"'while Senator Lindsey Graham pushed new sanctions' ({SANCTIONS})",
)
meeting(
    CA,
    False,
    K9,
    "Richard Blumenthal",
    f"'Senator Richard Blumenthal proposed tariffs' ({SANCTIONS})",
)
meeting(
    CA,
    False,
    K10,
    "Kaja Kallas",
    f"'in Brussels, Kaja Kallas proposed a 20th sanctions package' ({SANCTIONS})",
)
meeting(
    CA,
    False,
    K11,
    "Scott Bessent",
    f"'after Treasury Secretary Scott Bessent threatened fresh sanctions' ({SANCTIONS})",
)
actor(
    CA,
    False,
    K1,
    "African Union",
    "attack on aid convoy",
    "the one condemning, a stated role: unsupported (tier)",
    check="tier",
)
actor(
    CA,
    True,
    K2,
    "militants",
    "bombing of a market in Kharkiv",
    "'Militants bombed a crowded market'",
)
actor(
    CA,
    True,
    K5,
    "Israeli forces",
    "raid on the Jenin camp",
    "'the raid on the Jenin camp by Israeli forces'",
)
actor(CA, True, K12, "Houthi rebels", "drone attack on a tanker", "'which Houthi rebels claimed'")
actor(
    CA,
    True,
    K13,
    "Israel",
    "Israeli strikes on Hezbollah positions",
    "'Israel condemned the rocket fire ... and struck Hezbollah positions': it struck too",
)
actor(
    CA,
    True,
    K1,
    "African Union",
    "African Union condemnation of the convoy attack",
    "the condemnation is the event",
)
actor(
    CA,
    True,
    K4,
    "France",
    "French condemnation of the shelling",
    "the condemnation is the event: Paris deplored",
)
meeting(CA, True, K8, "Putin", "'Trump met Putin in Anchorage'")
meeting(CA, True, K9, "Modi", "'As Modi and Xi met in Tianjin'")
meeting(
    CA,
    True,
    K14,
    "Lindsey Graham",
    "'Graham, who proposed new sanctions on Moscow, met Zelensky': he met",
)
meeting(
    CA, True, K15, "Kallas", "'Kallas, who proposed the 20th package, held talks with Zelensky'"
)
meeting(
    CA, True, K16, "Bessent", "'Bessent met He Lifeng in Stockholm after threatening fresh tariffs'"
)
meeting(CA, True, K10, "Erdogan", "'Zelensky met Erdogan in Istanbul'")
K17 = "Indian jets struck the border post; Islamabad denounced the strike."
K18 = "The EU condemned the attack on the convoy and announced new sanctions on the militia."
K19 = "Xi and Biden met in Woodside as Senator Ted Cruz unveiled a bill to sanction Chinese officials."
actor(
    CA,
    False,
    "Ankara condemned the bombing of the Gaza hospital in the strongest terms.",
    "Turkey",
    "bombing of a hospital in Gaza",
    f"'Ankara condemned the bombing' ({CONDEMNED})",
)
actor(
    CA,
    False,
    K17,
    "Pakistan",
    "strike on a border post",
    f"'Islamabad denounced the strike' ({CONDEMNED})",
)
actor(
    CA,
    False,
    K18,
    "European Union",
    "attack on the convoy",
    f"'The EU condemned the attack ... and announced new sanctions': another act ({CONDEMNED})",
)
meeting(
    CA, False, K19, "Ted Cruz", f"'as Senator Ted Cruz unveiled a bill to sanction' ({SANCTIONS})"
)
actor(CA, True, K17, "India", "strike on a border post", "'Indian jets struck the border post'")
actor(
    CA,
    True,
    "Hamas condemned the Israeli raid and fired rockets at Ashkelon in response.",
    "Hamas",
    "rockets fired at Ashkelon",
    "'... and fired rockets at Ashkelon': the judge acts in the event too",
)
meeting(CA, True, K19, "Xi", "'Xi and Biden met in Woodside'")
meeting(
    CA,
    True,
    "Trump and Putin met in Anchorage, and Trump threatened sanctions if talks failed.",
    "Trump",
    "'Trump and Putin met': he met, and threatened too",
)
actor(
    CA,
    False,
    "The killing of the general was condemned by Washington and London.",
    "United Kingdom",
    "killing of the general",
    f"'condemned by Washington and London' ({CONDEMNED})",
)
actor(
    CA,
    False,
    "Britain and France condemned the raid on the refugee camp.",
    "United Kingdom",
    "raid on a refugee camp",
    f"'Britain and France condemned the raid' ({CONDEMNED})",
)

# --- watching-recording ------------------------------------------------------------------
MANDATE = "unconfirmed: a mandate to watch for breaches, no breach"
RECORDS = "unsupported: the monitors record the breaches, they do not commit them"
W1 = "OSCE monitors were deployed along the contact line to flag breaches of the truce."
W2 = "The observer mission's mandate is to watch for violations of the ceasefire."
W3 = "Drones will help the observers spot violations of the ceasefire along the river."
W4 = "Each side named liaison officers to record breaches of the truce along the border."
W5 = "The monitors, tasked with documenting breaches of the truce, arrived in Goma on Monday."
W6 = "A joint team was set up to log violations of the pause and report them to the mediators."
W7 = "OSCE monitors reported 40 violations of the truce over the weekend."
W8 = "Monitors have documented 12 breaches of the ceasefire since Friday."
W9 = "UN observers recorded fresh violations of the truce in three districts."
W10 = "Violations of the truce were documented by UN observers in Kherson on Sunday."
W11 = "The joint monitoring team logged 31 breaches of the pause overnight."
W12 = "The monitors said they had recorded more than 200 violations since the pause began."
W13 = "Russian forces violated the truce 40 times, OSCE monitors said."
truce(False, W1, f"'deployed ... to flag breaches of the truce' ({MANDATE})")
truce(False, W2, f"'mandate is to watch for violations' ({MANDATE})")
truce(False, W3, f"'help the observers spot violations' ({MANDATE})")
truce(False, W4, f"'named liaison officers to record breaches' ({MANDATE})")
truce(False, W5, f"'tasked with documenting breaches' ({MANDATE})")
truce(False, W6, f"'set up to log violations of the pause' ({MANDATE})")
truce(True, W1, "a mandate: only unconfirmed (tier)", check="tier")
reporter(False, W1, "OSCE monitors", "unconfirmed: sent to flag breaches, they reported none")
reporter(False, W5, "monitors", "unconfirmed: tasked with documenting breaches, no report")
actor(
    "watching-recording",
    False,
    W7,
    "OSCE monitors",
    "truce violations",
    f"'OSCE monitors reported 40 violations' ({RECORDS})",
)
actor(
    "watching-recording",
    False,
    W8,
    "monitors",
    "ceasefire breaches",
    f"'Monitors have documented 12 breaches' ({RECORDS})",
)
actor(
    "watching-recording",
    False,
    W9,
    "UN observers",
    "truce violations",
    f"'UN observers recorded fresh violations' ({RECORDS})",
)
actor(
    "watching-recording",
    False,
    W10,
    "UN observers",
    "truce violations",
    f"'documented by UN observers' ({RECORDS})",
)
actor(
    "watching-recording",
    False,
    W11,
    "joint monitoring team",
    "breaches of the pause",
    f"'The joint monitoring team logged 31 breaches' ({RECORDS})",
)
actor(
    "watching-recording",
    False,
    W1,
    "OSCE monitors",
    "truce breaches",
    f"'deployed ... to flag breaches' ({RECORDS})",
)
tally(
    False,
    "Forty monitors were deployed along the contact line to flag breaches of the truce.",
    40,
    "forty monitors, no violations counted",
)
truce(True, W7, "'OSCE monitors reported 40 violations': they happened")
truce(True, W8, "'Monitors have documented 12 breaches': they happened")
truce(True, W9, "'UN observers recorded fresh violations'")
truce(True, W10, "'Violations of the truce were documented by UN observers'")
truce(True, W11, "'logged 31 breaches of the pause overnight'")
truce(True, W12, "'they had recorded more than 200 violations'")
reporter(True, W7, "OSCE monitors", "'OSCE monitors reported 40 violations'")
reporter(True, W8, "Monitors", "'Monitors have documented 12 breaches': they report them")
reporter(True, W10, "UN observers", "'documented by UN observers'")
reporter(True, W11, "joint monitoring team", "'The joint monitoring team logged 31 breaches'")
reporter(True, W9, "UN observers", "'UN observers recorded fresh violations'")
tally(True, W7, 40, "'monitors reported 40 violations': an event counted")
actor(
    "watching-recording",
    True,
    W13,
    "Russian forces",
    "truce violations",
    "'Russian forces violated the truce 40 times'",
)
truce(
    True,
    "Observers from the mission counted 17 breaches of the ceasefire on Saturday.",
    "'counted 17 breaches'",
)
truce(
    False,
    "The mission was set up to count breaches of the ceasefire.",
    f"'set up to count breaches' ({MANDATE})",
)
truce(
    True,
    "Since Friday, monitors have registered dozens of violations of the truce.",
    "'have registered dozens of violations'",
)
truce(
    True,
    "Monitors are recording violations of the truce every night.",
    "'are recording violations': they go on",
)
truce(
    False,
    "A hotline lets villagers report breaches of the truce.",
    f"'lets villagers report breaches' ({MANDATE})",
)
reporter(
    True,
    "The army reported 20 violations by the rebels overnight.",
    "army",
    "'The army reported 20 violations'",
)
actor(
    "watching-recording",
    True,
    "The army reported 20 violations by the rebels overnight.",
    "rebels",
    "truce violations",
    "'violations by the rebels'",
)
actor(
    "watching-recording",
    False,
    "The mission counted 17 breaches of the ceasefire on Saturday.",
    "mission",
    "ceasefire breaches",
    f"'The mission counted 17 breaches' ({RECORDS})",
)
reporter(
    True,
    "The OSCE says it has counted 300 violations since Friday.",
    "OSCE",
    "'The OSCE says it has counted 300 violations'",
)
truce(
    False,
    "Observers, whose job is to report breaches, were turned back at a checkpoint.",
    f"'whose job is to report breaches' ({MANDATE})",
)

# --- addressee-place ---------------------------------------------------------------------
ADDRESSEE = "unsupported: the one the proposal was handed to, not a place"
P1 = "Egypt delivered the truce proposal to Hamas on Monday evening."
P2 = "Qatari mediators handed the new draft to Israel on Wednesday."
P3 = "Oman conveyed Washington's offer to Tehran during talks in Muscat."
P4 = "The mediators submitted the revised text to Kinshasa on Thursday."
P5 = "Cairo relayed the Israeli response to Hamas leaders in Doha."
P6 = "Turkish diplomats forwarded the Ukrainian proposal to Moscow late on Friday."
P7 = "Ramaphosa said he had sent the peace plan to Kyiv ahead of the leaders' meeting in Jeddah next week."
P8 = "Witkoff flew to Moscow on Thursday to deliver the plan to Putin."
P9 = "Aid convoys delivered flour to Gaza City on Monday."
P10 = "Hamas handed its reply to the mediators in Cairo on Tuesday night."
P11 = "The Red Cross sent two tonnes of medicine to Khartoum."
P12 = "Egypt delivered its truce proposal to Hamas in Cairo on Monday."
site(
    False,
    P1,
    "Hamas",
    "truce proposal delivered",
    f"'delivered the truce proposal to Hamas' ({ADDRESSEE})",
)
site(
    False, P2, "Israel", "new draft handed over", f"'handed the new draft to Israel' ({ADDRESSEE})"
)
site(
    False, P3, "Tehran", "offer conveyed", f"'conveyed Washington's offer to Tehran' ({ADDRESSEE})"
)
site(
    False,
    P4,
    "Kinshasa",
    "revised text submitted",
    f"'submitted the revised text to Kinshasa' ({ADDRESSEE})",
)
site(
    False,
    P5,
    "Hamas",
    "Israeli response relayed",
    f"'relayed the Israeli response to Hamas leaders' ({ADDRESSEE})",
)
site(
    False,
    P6,
    "Moscow",
    "Ukrainian proposal forwarded",
    f"'forwarded the Ukrainian proposal to Moscow' ({ADDRESSEE})",
)
venue(False, P7, "Kyiv", f"'sent the peace plan to Kyiv', the meeting is in Jeddah ({ADDRESSEE})")
proposer("addressee-place", False, P1, "Hamas", "the addressee proposed nothing: refused")
proposer(
    "addressee-place",
    False,
    "Qatar handed Israel's offer of a six-week truce to Hamas.",
    "Hamas",
    "unsupported: the page names Israel's offer",
)
site(
    False,
    P12.replace(" in Cairo", ""),
    "Hamas",
    "truce proposal delivered",
    f"'delivered its truce proposal to Hamas' ({ADDRESSEE})",
)
site(
    False,
    P6,
    "Moscow",
    "Ukrainian proposal forwarded",
    "the addressee, a stated role: unsupported (tier)",
    check="tier",
)
site(
    True, P5, "Doha", "Israeli response relayed", "'to Hamas leaders in Doha': where it was relayed"
)
site(True, P3, "Muscat", "offer conveyed", "'during talks in Muscat'")
site(True, P12, "Cairo", "truce proposal delivered", "'to Hamas in Cairo'")
site(
    True,
    P8,
    "Moscow",
    "plan delivered to Putin",
    "'flew to Moscow ... to deliver the plan': a journey's destination",
)
site(True, P9, "Gaza City", "flour delivered", "'delivered flour to Gaza City': aid's destination")
site(True, P10, "Cairo", "Hamas reply handed over", "'to the mediators in Cairo'")
site(True, P11, "Khartoum", "medicine sent", "'sent two tonnes of medicine to Khartoum'")
venue(True, P7, "Jeddah", "'the leaders' meeting in Jeddah next week'")
venue(
    True,
    "Witkoff will meet Putin in Moscow next week to hand him the U.S. plan.",
    "Moscow",
    "'will meet Putin in Moscow'",
)
proposer("addressee-place", True, P12, "Egypt", "'Egypt delivered its truce proposal': its own")
proposer(
    "addressee-place",
    True,
    "Qatar handed Israel's offer of a six-week truce to Hamas.",
    "Israel",
    "'Israel's offer of a six-week truce'",
)
site(
    False,
    "The Swedish government sent its formal reply to Ankara on Friday.",
    "Ankara",
    "reply sent",
    f"'sent its formal reply to Ankara' ({ADDRESSEE})",
)
site(
    False,
    "Lebanon's speaker passed the US proposal on to Hezbollah.",
    "Hezbollah",
    "proposal passed on",
    f"'passed the US proposal on to Hezbollah' ({ADDRESSEE})",
)
site(
    True,
    "The envoy handed the US proposal to Lebanese officials in Beirut.",
    "Beirut",
    "proposal handed over",
    "'to Lebanese officials in Beirut'",
)
site(
    True,
    "Trucks delivered fuel to Rafah on Tuesday.",
    "Rafah",
    "fuel delivered",
    "'delivered fuel to Rafah'",
)
site(
    True,
    "The proposal was delivered to Hamas officials in Doha on Monday.",
    "Doha",
    "proposal delivered",
    "'to Hamas officials in Doha'",
)
site(
    False,
    "The plan was handed to Kyiv on Friday.",
    "Kyiv",
    "plan handed over",
    f"'The plan was handed to Kyiv' ({ADDRESSEE})",
)
site(
    False,
    "Qatar conveyed to Hamas the Israeli proposal for a truce.",
    "Hamas",
    "proposal conveyed",
    f"'conveyed to Hamas the Israeli proposal' ({ADDRESSEE})",
)
site(
    True,
    "Under the plan, Egypt sent troops to Rafah.",
    "Rafah",
    "troops sent",
    "'sent troops to Rafah': the plan is another clause's",
)

# --- cited-committee ---------------------------------------------------------------------
NOT_CITED = "unconfirmed: the committee is named, but nothing is cited from it"
Q1 = "The Senate Foreign Relations Committee held a hearing on the sanctions bill on Tuesday."
Q2 = "Senators on the Banking Committee questioned Treasury officials for three hours."
Q3 = "The bill now goes to the House Foreign Affairs Committee."
Q4 = "The Intelligence Committee met behind closed doors to discuss the truce."
Q5 = "Graham testified before the Armed Services Committee on Thursday."
Q6 = "The European Parliament's trade committee voted 28-10 to back the tariffs."
Q7 = "Lawmakers told the Defence Committee the truce was fragile."
Q8 = "The Rules Committee cleared the bill for a floor vote."
Q9 = "A parliamentary commission was set up to look into the arms sales."
Q10 = "The Joint Committee on Human Rights will examine the measure next month."
QP1 = "The Senate Foreign Relations Committee said in a statement that the bill would advance."
QP2 = "According to the House Foreign Affairs Committee, 40 members back the bill."
QP3 = "The Intelligence Committee's report found that the sanctions had failed."
QP4 = "Figures compiled by the Banking Committee show 300 entities on the list."
QP5 = "The Armed Services Committee, in a report released on Monday, warned that stocks were low."
QP6 = "The committee said the tariffs would cost households $1,200 a year."
QP7 = "The trade committee of the European Parliament estimated the cost at 2 billion euros."
QP8 = "A report by the Joint Committee on Human Rights concluded that the measure was lawful."
QP9 = "The Defence Committee told reporters that the truce was fragile."
QP10 = "Data from the Senate Banking Committee show a sharp rise in licence requests."
cited(False, Q1, "Senate Foreign Relations Committee", f"'held a hearing' ({NOT_CITED})")
cited(
    False, Q2, "Banking Committee", f"'Senators on the Banking Committee questioned' ({NOT_CITED})"
)
cited(
    False,
    Q3,
    "House Foreign Affairs Committee",
    f"'goes to the House Foreign Affairs Committee' ({NOT_CITED})",
)
cited(False, Q4, "Intelligence Committee", f"'met behind closed doors' ({NOT_CITED})")
cited(
    False,
    Q5,
    "Armed Services Committee",
    f"'testified before the Armed Services Committee' ({NOT_CITED})",
)
cited(False, Q6, "trade committee", f"'The ... trade committee voted 28-10' ({NOT_CITED})")
cited(
    False,
    Q7,
    "Defence Committee",
    f"'Lawmakers told the Defence Committee': the one told ({NOT_CITED})",
)
cited(False, Q8, "Rules Committee", f"'cleared the bill for a floor vote' ({NOT_CITED})")
cited(
    False, Q9, "parliamentary commission", f"'was set up to look into the arms sales' ({NOT_CITED})"
)
cited(False, Q10, "Joint Committee on Human Rights", f"'will examine the measure' ({NOT_CITED})")
cited(
    True,
    Q1,
    "Senate Foreign Relations Committee",
    "named, not cited: only unconfirmed (tier)",
    check="tier",
)
cited(True, QP1, "Senate Foreign Relations Committee", "'The ... Committee said in a statement'")
cited(
    True,
    QP2,
    "House Foreign Affairs Committee",
    "'According to the House Foreign Affairs Committee'",
)
cited(True, QP3, "Intelligence Committee", "'The Intelligence Committee's report found'")
cited(True, QP4, "Banking Committee", "'Figures compiled by the Banking Committee show'")
cited(True, QP5, "Armed Services Committee", "'in a report released on Monday, warned'")
cited(
    True,
    QP6,
    "Ways and Means Committee",
    "'The committee said': the committee the page named before",
    before="The Ways and Means Committee took up the tariff bill on Monday.",
)
cited(True, QP7, "trade committee", "'The trade committee ... estimated the cost'")
cited(
    True,
    QP8,
    "Joint Committee on Human Rights",
    "'A report by the Joint Committee on Human Rights concluded'",
)
cited(True, QP9, "Defence Committee", "'The Defence Committee told reporters'")
cited(True, QP10, "Senate Banking Committee", "'Data from the Senate Banking Committee show'")
cited(
    True,
    "Reuters reported that the Rules Committee would meet on Friday.",
    "Reuters",
    "an agency, as before: named on the page",
)
cited(
    False,
    "The Commission on Security and Cooperation in Europe held a briefing on the truce.",
    "Commission on Security and Cooperation in Europe",
    f"'held a briefing' ({NOT_CITED})",
)
cited(
    False,
    "The minister appeared before the Foreign Affairs Committee on Wednesday.",
    "Foreign Affairs Committee",
    f"'appeared before the Foreign Affairs Committee' ({NOT_CITED})",
)
cited(
    True,
    "The Commission on Security and Cooperation in Europe said violations were rising.",
    "Commission on Security and Cooperation in Europe",
    "'The Commission ... said'",
)
cited(
    True,
    "In its report, the Foreign Affairs Committee said the sanctions had failed.",
    "Foreign Affairs Committee",
    "'In its report, the Foreign Affairs Committee said'",
)
cited(
    True,
    "A Foreign Affairs Committee report published on Monday says sanctions are failing.",
    "Foreign Affairs Committee",
    "'A Foreign Affairs Committee report ... says'",
)
cited(
    False,
    "Members of the Intelligence Committee said the truce would not hold.",
    "Intelligence Committee",
    f"'Members of the Intelligence Committee said' ({NOT_CITED})",
)

# fmt: on


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
