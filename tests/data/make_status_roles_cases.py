# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the status-and-roles set (``grounding_status_roles.jsonl``): value-support cases for
the causes outside check 19 found in the status, place and proposer rules, by category, each
with what must pass and what must fail:

- ``agree-bare``: a truce agreed in a headline's present tense with a bare noun object
  ("Sudan's warring sides agree week-long ceasefire") (pass); the same verb before a clause,
  a call, talks, or after a modal, a refusal or an intention (fail);
- ``vote-for``: a vote for the truce itself with adverbs or a score between ("voted
  overwhelmingly in favour of the truce plan") (pass); a vote against it, for a resolution
  calling for one or for talks on one, negated or still to come (fail);
- ``others-undo``: an agreement whose sentence has an undoing word about other people
  ("opposing camps", "who oppose each other", "who oppose the central government") (pass);
  an undoing word about the truce itself, also in a relative clause ("who later rejected
  it") (fail);
- ``left-meeting``: a meeting held, worded as leaving it ("emerged from their talks", "fresh
  off their meeting") (pass); going into it, leaving something else, or leaving it still to
  come (fail);
- ``later-clause``: a truce in effect worded in a time clause in the past tense or in a
  participle clause after a past main clause (pass); the same clauses still to come ("before
  the truce takes effect", "will cease fire at dawn, bringing a halt") (fail);
- ``resistance``: a refusal worded as resistance to something or met as resistance (pass);
  "resistance" as a group's name (fail);
- ``vote-place``: a vote's or talks' place where they were held (pass); a place only in what
  they are about ("a resolution calling for a truce in Gaza", "talks on the war in Ukraine")
  (fail);
- ``proposer``: a truce's proposer in a proposing role: subject of a verb of proposing,
  agent after "by", owner or modifier of a proposal, in the truce's or its positions'
  evidence (pass); a mediator or broker (since roles33), a host, a monitor, an announcer, a
  party that accepts or rejects it, or a name not there (fail).

Run ``python tests/data/make_status_roles_cases.py`` to rebuild it. Every article below was
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
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_status_roles.jsonl")

# Outlets' openings, so the evidence sentence sits in different styles of copy.
LEADS = [
    "CAIRO, June 3 (Meridian Wire) - Few other details were given.",
    "Live blog: the day's developments, updated by our desk.",
    "WORLD | Analysis by Tomas Brehm",
    "From our correspondent in the region. Translated from the original.",
    "The Lakeside Courier | Foreign news",
    "NEWS IN BRIEF",
]
built = SupportCases("sr", LEADS, closing="The story is developing.")
add = built.add
article = built.page
truce = partial(built.status, "ceasefires")
stance = built.stance


def summit(category: str, parties: list[str], sentence: str, expect: bool) -> None:
    built.meeting_status(category, expect, "held", [sentence], f"held: {sentence[:60]}", parties)


def place(category: str, kind: str, where: str, sentence: str, expect: bool) -> None:
    event = {"kind": kind, "description": "what the article reports", "place": where,
             "evidence": [sentence]}  # fmt: skip
    add(category, expect, f"{kind} in {where}: {sentence[:50]}", article(sentence),
        {"events": [event]}, "events[0].place")  # fmt: skip


def proposer(who: str, sentence: str, expect: bool, position: str | None = None) -> None:
    """A truce proposed by ``who``, its evidence ``sentence``; ``position`` is a party's
    stance evidence, a second sentence of the article."""
    fact: dict[str, Any] = {"proposer": who, "evidence": [sentence]}
    sentences = [sentence]
    if position is not None:
        fact["positions"] = [{"party": "Israel", "stance": "agreed", "evidence": [position]}]
        sentences.append(position)
    why = f"{who}: {(position or sentence)[:55]}"
    add("proposer", expect, why, article(*sentences), {"ceasefires": [fact]},
        "ceasefires[0].proposer")  # fmt: skip


# ---------------------------------------------------------------- agree-bare
for sentence in (
    "Sudan's warring sides agree week-long ceasefire in Jeddah",
    "Kyiv and Moscow agree 30-day energy truce, Kremlin says",
    "Rival Libyan factions agree permanent ceasefire at Geneva talks",
    "Thailand, Cambodia agree immediate ceasefire after border clashes",
    "India and Pakistan agree a ceasefire along the Line of Control, army says",
    "Both sides agree humanitarian pause for the Eid holiday",
    "Ethiopia and Tigray forces agree cessation of hostilities in Pretoria",
    "Yemen's warring parties agree UN-brokered truce for two months",
    "Colombia and ELN rebels agree bilateral ceasefire from August",
    "Armenia, Azerbaijan agree new truce after deadly flare-up",
):
    truce("agree-bare", "agreed", sentence, True)
stance("agree-bare", "Hamas", "agreed", "Hamas and Israel agree truce deal, mediators say", True)
stance("agree-bare", "Serbia", "agreed", "Serbia, Kosovo agree border pact after EU talks", True)
for sentence in (
    "Israel and Hamas fail to agree Gaza truce as talks stall",
    "Negotiators hope to agree a truce by Friday",
    "Diplomats agree a truce is needed before winter",
    "Mediators agree on the need for a ceasefire in the north",
    "Israel and Hamas could agree Gaza truce within days, officials say",
    "The two sides do not agree truce terms, sources say",
    "Israel and Hamas agree that a ceasefire must wait until the hostages are freed",
    "The two sides agree truce negotiations will resume on Monday",
    "Mediators are expected to agree a new truce framework next week",
    "Hamas and Israel refuse to agree Gaza truce",
):
    truce("agree-bare", "agreed", sentence, False)
stance(
    "agree-bare",
    "Hamas",
    "agreed",
    "Hamas and Israel agree truce talks should start in Cairo",
    False,
)
stance(
    "agree-bare",
    "Serbia",
    "agreed",
    "Serbia and Kosovo never agree border deal, analysts say",
    False,
)

# ---------------------------------------------------------------- vote-for
for party, sentence in (
    (
        "Israel",
        "Israel's security cabinet voted overwhelmingly in favour of the Egyptian truce plan on Thursday night.",
    ),
    ("Israel", "The Knesset voted narrowly for the ceasefire deal."),
    ("Azerbaijan", "Parliament in Baku voted unanimously to approve the truce with Yerevan."),
    (
        "Sudan",
        "Members of the junta's council voted unanimously to accept the ceasefire, state radio said.",
    ),
    ("Israel", "Israel's war cabinet voted unanimously in favor of the agreement."),
    ("Colombia", "Colombian senators voted 88-11 to back the truce with the rebels."),
    (
        "Israel",
        "Israel's government voted 24 to 8 in favour of the deal, the prime minister's office said.",
    ),
):
    stance("vote-for", party, "agreed", sentence, True)
for sentence in (
    "The rebel leadership council voted overwhelmingly to ratify the peace accord.",
    "Colombia's Senate voted for the bilateral ceasefire late on Monday.",
    "The cabinet voted in favor of the truce, a spokesman said.",
    "Ministers voted unanimously in favour of a three-day humanitarian pause.",
    "The assembly voted decisively to endorse the armistice.",
):
    truce("vote-for", "agreed", sentence, True)
for party, sentence in (
    ("Israel", "Israel's security cabinet voted unanimously against the truce."),
    ("Israel", "The cabinet is expected to vote overwhelmingly in favour of the truce."),
    ("Israel", "The cabinet has not voted in favour of the truce."),
    ("Ukraine", "Councillors in Kyiv voted narrowly to reject the truce."),
    ("Israel", "The cabinet never voted in favour of the ceasefire plan."),
    ("Israel", "The cabinet voted overwhelmingly in favour of continuing the offensive."),
):
    stance("vote-for", party, "agreed", sentence, False)
for sentence in (
    "The General Assembly voted overwhelmingly in favour of a resolution calling for a truce.",
    "Ministers voted unanimously for more talks on a truce.",
    "Delegates voted unanimously in favour of negotiations toward a truce.",
    "Parliament voted unanimously to approve the budget, not the truce.",
    "The cabinet will vote on Thursday in favour of the truce, officials predicted.",
):
    truce("vote-for", "agreed", sentence, False)

# ---------------------------------------------------------------- others-undo
for sentence in (
    "Envoys from Ankara and Moscow, who support opposite sides, brokered the agreement.",
    "The ceasefire was signed in Astana by Iran and Turkey, who have long opposed each other in Syria.",
    "Leaders of the opposing camps signed the truce in Doha.",
    "The accord was sealed by Washington and Tehran, who oppose each other on most issues.",
    "The agreement was reached with help from mediators who had rejected earlier military solutions.",
    "Fighters from opposing militias agreed to the ceasefire on Sunday.",
    "The deal was reached by two clans who oppose the central government.",
    "The truce was signed by the army and the RSF, who have opposed every earlier deal.",
    "The truce was agreed between rival commanders whose forces opposed one another for a decade.",
    "Both armies, on opposing sides of the river, signed the ceasefire.",
    "The pact was signed by the two parties, who hold opposing views on the border.",
):
    truce("others-undo", "agreed", sentence, True)
for sentence in (
    "The deal was brokered by Russia but rejected by the rebels.",
    "The truce was agreed by the army, but the militias opposed it.",
    "The ceasefire was signed by Turkey and Russia, who later rejected it.",
    "The agreement was reached by envoys who said it collapsed within hours.",
    "The truce agreed by the two sides has collapsed.",
    "Mediators brokered the deal, which the rebels rejected.",
    "The pact, signed by both generals, was rejected by opposing factions in the north.",
    "The accord was signed, but opposition leaders rejected it.",
    "The deal was agreed by the council, whose members then refused to honour it.",
    "The truce was signed in Cairo by commanders who later opposed the truce.",
    "The truce was signed by both militias, who within days rejected this deal.",
    "Both sides signed the agreement, but the rebels rejected the deal days later.",
):
    truce("others-undo", "agreed", sentence, False)

# ---------------------------------------------------------------- left-meeting
MX = ["Narendra Modi", "Xi Jinping"]
for parties, sentence in (
    (MX, "As Modi and Xi emerged from their talks in Kazan, aides spoke of a thaw."),
    (
        ["Joe Biden", "Vladimir Putin"],
        "Fresh from their summit in Geneva, Biden and Putin flew home.",
    ),
    (["Donald Trump", "Kim Jong Un"], "Trump and Kim came out of the meeting smiling, aides said."),
    (
        ["Volodymyr Zelensky", "Emmanuel Macron"],
        "Zelensky and Macron, emerging from a three-hour session at the Elysee, told reporters the talks had been productive.",
    ),
    (
        ["Recep Tayyip Erdogan", "Vladimir Putin"],
        "Erdogan and Putin emerged from the Sochi summit with a new plan for Idlib.",
    ),
    (
        ["Donald Trump", "Xi Jinping"],
        "Trump and Xi, coming out of their encounter in Busan, described it as cordial.",
    ),
    (
        ["Olaf Scholz", "Rishi Sunak"],
        "Scholz and Sunak, fresh off their meeting in Berlin, announced a defence pact.",
    ),
    (
        ["Antony Blinken", "Wang Yi"],
        "Blinken and Wang came out of the talks in Beijing saying differences remained.",
    ),
    (
        ["Joe Biden", "Xi Jinping"],
        "Both leaders emerged from a closed-door meeting on Tuesday evening.",
    ),
    (
        ["Donald Trump", "Vladimir Putin"],
        "Trump and Putin are coming out of a long summit in Anchorage with no deal.",
    ),
    (
        ["Joe Biden", "Xi Jinping"],
        "Walking out of the summit, Biden told reporters Xi had been candid.",
    ),
    (
        ["Emmanuel Macron", "Olaf Scholz"],
        "Macron left the meeting with Scholz early to fly to Brussels.",
    ),
):
    summit("left-meeting", parties, sentence, True)
for parties, sentence in (
    (
        ["Donald Trump", "Kim Jong Un"],
        "Trump and Kim are heading into their first meeting with high hopes.",
    ),
    (MX, "Modi and Xi will emerge from the talks on Thursday, officials said."),
    (
        ["Joe Biden", "Xi Jinping"],
        "The leaders are expected to come out of the summit with a joint statement.",
    ),
    (["Joe Biden", "Xi Jinping"], "Biden and Xi have not yet come out of their meeting."),
    (
        ["Luiz Inacio Lula da Silva", "Emmanuel Macron"],
        "Brazil is coming out of a long recession, Lula told Macron.",
    ),
    (
        ["Vladimir Putin", "Recep Tayyip Erdogan"],
        "Putin and Erdogan emerged from the crisis stronger.",
    ),
    (["Donald Trump", "Kim Jong Un"], "Trump and Kim could come out of the summit with a deal."),
    (
        ["Donald Trump", "Xi Jinping"],
        "Trump and Xi came out of the pandemic with frosty relations.",
    ),
    (
        ["Narendra Modi", "Shehbaz Sharif"],
        "Washington hopes both leaders emerge from next week's summit with a deal.",
    ),
    (
        ["Donald Trump", "Vladimir Putin"],
        "Putin and Trump went into the Anchorage meeting without aides.",
    ),
    (
        ["Emmanuel Macron", "Olaf Scholz"],
        "Macron left for the meeting with Scholz on Tuesday night.",
    ),
):
    summit("left-meeting", parties, sentence, False)

# ---------------------------------------------------------------- later-clause
for sentence in (
    "Rockets were fired until the truce took hold at dawn.",
    "Shelling stopped when the ceasefire came into force at noon on Sunday.",
    "The army stopped firing at midnight, bringing a halt to three weeks of fighting.",
    "Both sides ceased fire at 6 a.m., putting an end to the clashes.",
    "Since the ceasefire began on Monday, no deaths have been reported.",
    "Residents returned to their homes after the truce took effect.",
    "The truce took hold overnight, allowing aid convoys to enter the city.",
    "Calm returned to the border once the armistice came into force.",
    "Both sides fired artillery until the ceasefire started at 10 p.m., monitors said.",
    "Fighting stopped before the truce officially took effect.",
    "Troops returned to their barracks at noon, bringing a halt to the fighting.",
    "Gunfire could be heard until the truce came into effect at 8 p.m.",
):
    truce("later-clause", "in_effect", sentence, True)
for sentence in (
    "Both armies will stop shooting at noon on Monday, bringing a halt to the fighting.",
    "The militias are due to lay down arms on Tuesday, bringing a halt to months of clashes.",
    "Hamas said it kept the right to respond before the truce takes effect.",
    "Aid agencies are waiting until the ceasefire is in place.",
    "Shelling continued until the truce comes into force on Friday.",
    "Residents will return once the armistice takes hold.",
    "Prisoners are to be exchanged after the ceasefire starts.",
    "Convoys will move in as soon as the truce holds.",
    "The two sides will cease fire at dawn on Sunday, marking a halt to the war.",
    "Both sides may keep fighting until the truce kicks in.",
    "The exchange of prisoners is planned for when the truce enters into force.",
    "Israel and Hamas are to halt fire at 7 a.m., ushering in a four-day pause.",
    "Civilians sheltered in basements pending the ceasefire's entry into force.",
):
    truce("later-clause", "in_effect", sentence, False)

# ---------------------------------------------------------------- resistance
for party, sentence in (
    ("Hamas", "The proposal met fierce resistance from Hamas negotiators."),
    ("Hezbollah", "Hezbollah signalled strong resistance to the ceasefire terms."),
    ("Houthis", "The Houthis showed resistance against any truce that leaves the port blockaded."),
    ("Russia", "Moscow offered resistance to the truce proposal, diplomats said."),
    ("Turkey", "Ankara is resisting the ceasefire, officials said."),
    ("Hamas", "Hamas resisted pressure to accept the truce."),
    ("Taliban", "The Taliban resist any ceasefire before foreign troops leave."),
    ("Ukraine", "Kyiv's resistance to a frozen front line remains firm."),
    ("Iran", "There is deep resistance in Tehran to the truce plan."),
    ("Hamas", "Hamas, the Palestinian resistance movement, rejected the plan."),
):
    stance("resistance", party, "rejects", sentence, True)
truce(
    "resistance",
    "rejected",
    "The truce was met with resistance from the militias and never signed.",
    True,
)
for party, sentence in (
    ("Hamas", "\u201cThe resistance will respect this truce,\u201d a Hamas spokesman said."),
    (
        "Kataib Hezbollah",
        "Fighters of the Islamic Resistance in Iraq said they would observe the ceasefire.",
    ),
    ("Hezbollah", "Hezbollah, which calls itself the resistance, accepted the truce."),
    ("Hamas", "The resistance factions in Gaza welcomed the ceasefire deal."),
    (
        "National Resistance Front",
        "A statement by the national resistance front endorsed the truce.",
    ),
    ("Hamas", "Resistance commanders ordered their units to hold fire."),
    ("Islamic Jihad", "Palestinian resistance groups agreed to abide by the ceasefire."),
    ("Iran", "The Axis of Resistance said it supported the ceasefire."),
    ("Hamas", "Leaders of the resistance said the truce was acceptable."),
    ("Hamas", "The resistance movement's spokesman called the deal a first step."),
):
    stance("resistance", party, "rejects", sentence, False)
truce("resistance", "rejected", "The resistance will honour the truce, its leaders said.", False)

# ---------------------------------------------------------------- vote-place
for kind, where, sentence, expect in (
    (
        "vote",
        "Springfield",
        "The Springfield city council passed a resolution calling for a truce in Gaza on Tuesday.",
        True,
    ),
    (
        "vote",
        "Gaza",
        "The Springfield city council passed a resolution calling for a truce in Gaza on Tuesday.",
        False,
    ),
    (
        "vote",
        "Dublin",
        "Lawmakers in Dublin voted for a motion condemning the siege of Mariupol.",
        True,
    ),
    (
        "vote",
        "Mariupol",
        "Lawmakers in Dublin voted for a motion condemning the siege of Mariupol.",
        False,
    ),
    (
        "vote",
        "New York",
        "At the UN headquarters in New York, the General Assembly voted on a resolution on Ukraine.",
        True,
    ),
    (
        "vote",
        "Ukraine",
        "At the UN headquarters in New York, the General Assembly voted on a resolution on Ukraine.",
        False,
    ),
    (
        "vote",
        "Strasbourg",
        "The vote took place in Strasbourg, where MEPs backed a ceasefire in Sudan.",
        True,
    ),
    (
        "vote",
        "Sudan",
        "The vote took place in Strasbourg, where MEPs backed a ceasefire in Sudan.",
        False,
    ),
    ("talks", "Doha", "Talks in Doha on a ceasefire in Gaza resumed on Sunday.", True),
    ("talks", "Gaza", "Talks in Doha on a ceasefire in Gaza resumed on Sunday.", False),
    ("talks", "Riyadh", "Negotiators met in Riyadh to discuss a truce in Ukraine.", True),
    ("talks", "Ukraine", "Negotiators met in Riyadh to discuss a truce in Ukraine.", False),
    ("vote", "Oslo", "The Oslo city council voted 9-4 to urge an end to the war in Sudan.", True),
    ("vote", "Sudan", "The Oslo city council voted 9-4 to urge an end to the war in Sudan.", False),
    ("talks", "Istanbul", "Delegations held talks in Istanbul on the war in Ukraine.", True),
    ("talks", "Ukraine", "Delegations held talks in Istanbul on the war in Ukraine.", False),
    ("vote", "Washington", "In Washington, senators voted 68-31 for sanctions on Iran.", True),
    ("vote", "Iran", "In Washington, senators voted 68-31 for sanctions on Iran.", False),
    ("vote", "Leeds", "The city council in Leeds adopted a motion demanding aid for Gaza.", True),
    ("vote", "Gaza", "The city council in Leeds adopted a motion demanding aid for Gaza.", False),
    ("vote", "Geneva", "In Geneva, delegates voted to back a truce in Yemen.", True),
    ("vote", "Yemen", "In Geneva, delegates voted to back a truce in Yemen.", False),
    ("vote", "Gaza", "Gaza's municipal council voted to extend the curfew.", True),
    ("vote", "Ankara", "Parliament in Ankara voted to approve Sweden's NATO bid.", True),
    ("talks", "Doha", "Negotiators resumed talks on a Gaza truce in Doha on Monday.", True),
    ("talks", "Gaza", "Negotiators resumed talks on a Gaza truce in Doha on Monday.", False),
    ("talks", "Riyadh", "The Ukraine ceasefire talks in Riyadh ran late into the night.", True),
    ("talks", "Ukraine", "The Ukraine ceasefire talks in Riyadh ran late into the night.", False),
):
    place("vote-place", kind, where, sentence, expect)

# ---------------------------------------------------------------- proposer
for who, sentence in (
    ("Egypt", "Israel accepted a truce proposed by Egypt on Wednesday."),
    ("Brazil", "The ceasefire plan put forward by Brazil was welcomed by both sides."),
    ("Qatar", "Under the Qatari proposal, fighting would stop for five days."),
    ("Norway", "Norway floated a truce between the army and the rebels last month."),
    ("Recep Tayyip Erdogan", "Mr. Erdogan on Tuesday proposed a 72-hour truce."),
    ("Turkey", "Turkey's foreign minister, Hakan Fidan, proposed a humanitarian pause."),
    ("Kenya", "A Kenyan-drafted truce took effect at dawn."),
    ("France", "The UN envoy welcomed France's initiative for a ceasefire in the south."),
    ("United States", "The deal follows Washington's call for a pause in the fighting."),
    ("European mediators", "European mediators urged both sides to accept a truce."),
    ("Jordan", "The pause, a Jordanian initiative, begins on Friday."),
    ("Indonesia", "A proposal from Indonesia for a truce in Myanmar won support."),
    (
        "Abdel Fattah al-Burhan",
        "The Eid truce declared by General Abdel Fattah al-Burhan expired on Sunday.",
    ),
    ("United States", "Hamas is studying a U.S.-led initiative for a six-week truce."),
    ("Egypt", "Cairo has put forward a new truce plan."),
    ("U.S. President Donald Trump", "Kyiv accepted the ceasefire proposed by Trump on Tuesday."),
    ("Joe Biden", "Hamas said it was studying Biden's three-phase proposal."),
    ("United States", "Both sides welcomed the three-phase U.S. proposal for Gaza."),
    ("Donald Trump", "Trump, who proposed the 30-day truce, said Putin must answer soon."),
    ("Joe Biden", "The text follows a ceasefire proposal by the Biden administration."),
    ("Turkey", "Turkey offered to halt its strikes for a week."),
):
    proposer(who, sentence, True)
proposer(
    "Egypt",
    "Israel and Hamas agreed to a truce.",
    True,
    "Israel's cabinet approved the truce proposed by Egypt.",
)
for who, sentence in (
    ("Egypt", "The truce, to be monitored by Egypt, begins on Friday."),
    ("Qatar", "Egypt, Qatar and the UN sought to mediate a truce."),
    ("Qatar", "Israel accepted a truce proposed by Egypt on Wednesday."),
    ("Bolivia", "The ceasefire plan put forward by Brazil was welcomed by Bolivia."),
    ("Norway", "Talks hosted by Norway produced a ceasefire."),
    ("Sudan", "Sudan's army accepted the truce offered by the rebels."),
    ("Qatar", "Mediators from Qatar announced the truce on Friday."),
    ("United States", "The United States welcomed the Egyptian proposal."),
    ("Russia", "Russia rejected Turkey's plan for a truce."),
    ("Egypt", "Egyptian mediators confirmed the deal."),
    ("Russia", "The Kremlin announced a truce brokered by the UAE."),
    ("Qatar", "Qatar, which has hosted the talks, said the truce would begin on Sunday."),
    ("France", "France backed the truce proposed by Germany."),
    ("Russia", "Russia's rejection of the plan stalled the talks."),
    ("Vladimir Putin", "Putin, who rejected the proposal, met the U.S. envoy."),
    ("Turkey", "Turkey offered to host the talks on a truce."),
    ("Ukraine", "Ukraine's foreign minister said Kyiv would study the truce plan."),
    ("United States", "A U.S.-backed truce began on Monday."),
    ("Oman", "The Omani-monitored pause held through the night."),
    ("Turkey", "The ceasefire, brokered by Turkey, held overnight."),  # a broker (roles33)
):
    proposer(who, sentence, False)
proposer(
    "Qatar",
    "Israel and Hamas agreed to a truce.",
    False,
    "Israel's cabinet approved the truce, which Qatar welcomed.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
