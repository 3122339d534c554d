# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of the round-3 sponsor and proposer readings of session 26
(``grounding_stances26.jsonl``): who acts on a measure or a truce in wordings the older rules
did not read (checks 50-58: "President Donald Trump has added a 25 per cent levy", "EU
foreign ministers agreed to draw up another package of sanctions", "Donald Trump answered
Madrid by threatening Spain with tariffs", "...; he has also threatened new penalties"), by
category, each with what must pass and what must fail:

- ``measure-adder``: the subject of a verb that adds to, widens or draws up a measure (its
  object a measure, a count's words not taking up the reach: "added more than 370 new
  designations"; "added X to its sanctions list"), of such a verb after the subject's own
  decision ("agreed to draw up", "voted to impose"), or of any verb whose means is such a
  gerund ("answered Madrid by threatening Spain with tariffs"). The measure's target, one who
  "added that" or added something else, one who refused, urged or agreed to lift, one who
  faces the added measure, one named after another's speech verb, stay refused;
- ``pronoun-sponsor``: "he"/"she" opening a clause after ";" or "," as the subject of an act
  verb, standing for the one person the sentence names before it. Two people named before,
  a pronoun of the other gender, a pronoun of a speech or stance verb, a person named only in
  another sentence's other clause, stay refused;
- ``dated-subject``: a stance verb whose subject stands before a time adverbial ("Rwanda on
  Thursday signed", "Hamas in June accepted", "on May 16"): the day's name is no subject, the
  name before it is; the other side, named in another clause or as the subject of another
  verb after the adverbial, stays refused;
- ``request-stance``: a party that asks for a truce supports it (the ``truce-request``
  reading, for a position's ``supports``); the one asked, the side that refused or dismissed
  it, "asked for more time before answering", a request the party then took back by
  rejecting the terms, stay refused;
- ``truce-request``: the one who asks for a truce proposes it, with modifiers between the verb
  and the truce ("had also asked for an unconditional 30-day ceasefire"), or who asks the
  sides to keep or observe one ("asked the two sides to respect a temporary truce"); the side
  asked, a side that only accepted another's request, one asked for a truce by another, a
  request refused, stay refused.

Run ``python tests/data/make_stances26_cases.py`` to rebuild it. Every article below was
written for this set in its own words from public facts; each verdict is what a careful
fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_stances26.jsonl")

built = SupportCases(
    "st26",
    leads=[
        "MUMBAI (Arabian Sea Wire) -",
        "By Petra Lindqvist, trade correspondent",
        "MORNING BRIEFING | The Harbour Ledger",
        "From our correspondent in Geneva.",
        "OTTAWA, March 4 (Maple Desk) -",
        "Translated from the French edition of Le Courrier du Lac.",
    ],
)
ADDER, PRONOUN, REQUEST = "measure-adder", "pronoun-sponsor", "truce-request"
DATED, ASKED = "dated-subject", "request-stance"


def sponsor(category: str, passes: list[str], fails: list[str], *paragraphs: str,
            instrument: str = "executive_action", evidence: str = "") -> None:  # fmt: skip
    """``evidence`` (or else the last paragraph) backs a measure whose sponsor is each name."""
    built.sponsors(
        category, built.page(*paragraphs), evidence or paragraphs[-1], passes, fails, instrument
    )


# measure-adder: must pass
sponsor(ADDER, ["Scott Bessent"], [],
        "Treasury Secretary Scott Bessent has added a 15 per cent surcharge on Brazilian beef, effective next month.")  # fmt: skip
sponsor(ADDER, ["David Lammy"], [],
        "Foreign Secretary David Lammy added more than 100 new Russian and Iranian designations on Thursday, Whitehall said.")  # fmt: skip
sponsor(ADDER, ["Australia"], [],
        "Australia on Monday added 40 more Russian individuals to its sanctions list, including two bankers.")  # fmt: skip
sponsor(ADDER, ["EU ambassadors"], [],
        "EU ambassadors agreed to draw up a 19th package of sanctions aimed at Russian liquefied gas.")  # fmt: skip
sponsor(ADDER, ["Canada"], [],
        "Canada widened its sanctions on Iranian officials after the executions in Tehran.")  # fmt: skip
sponsor(ADDER, ["Japan"], [],
        "Japan has broadened its export curbs on chip-making equipment to cover 23 more items.")  # fmt: skip
sponsor(ADDER, ["Lula da Silva"], [],
        "President Lula da Silva answered Washington by raising duties on American ethanol to 18 per cent.")  # fmt: skip
sponsor(ADDER, ["Ottawa"], [],
        "Ottawa hit back by imposing a 25% tariff on steel and aluminium from the United States.")  # fmt: skip
sponsor(ADDER, ["European Parliament"], [],
        "The European Parliament voted to impose tariffs on fertiliser from Russia and Belarus.")  # fmt: skip
sponsor(ADDER, ["Kaja Kallas"], [],
        "Kaja Kallas, the bloc's foreign policy chief, had added three Chinese refiners to the draft package last week.")  # fmt: skip
sponsor(ADDER, ["Donald Trump"], [],
        "Donald Trump responded to Ottawa's digital tax by threatening Canada with new tariffs.",
        instrument="threat")  # fmt: skip
sponsor(ADDER, ["Mexico"], [],
        "Mexico decided to raise its duties on Chinese cars to 50 per cent from January.")  # fmt: skip
# measure-adder: must fail
sponsor(ADDER, [], ["India"],
        "Washington has added a 25 per cent levy on goods from India over its oil purchases.")  # fmt: skip
sponsor(ADDER, [], ["Piyush Goyal"],
        "Trade minister Piyush Goyal said President Donald Trump had added a 25 per cent levy on Indian goods.")  # fmt: skip
sponsor(ADDER, [], ["Piyush Goyal"],
        "Piyush Goyal added that the tariffs were unfair and that India would protect its farmers.")  # fmt: skip
sponsor(ADDER, [], ["Scott Bessent"],
        "Scott Bessent agreed to lift the sanctions on the Serbian oil company if its Russian owners sold out.")  # fmt: skip
sponsor(ADDER, [], ["Norway"],
        "Norway refused to add new designations to its list, saying the evidence was thin.")  # fmt: skip
sponsor(ADDER, [], ["Kaja Kallas"],
        "Kaja Kallas urged ministers to draw up a new package of sanctions on Russia before the summer.")  # fmt: skip
sponsor(ADDER, [], ["Donald Trump"],
        "Donald Trump added pressure on New Delhi over its purchases of Russian crude on Friday.")  # fmt: skip
sponsor(ADDER, [], ["India"],
        "India now faces an added 25 per cent levy on top of the existing rate, officials said.")  # fmt: skip
sponsor(ADDER, [], ["Spain"],
        "Spain answered the White House by rejecting the tariffs as illegal under EU law.")  # fmt: skip
sponsor(ADDER, [], ["China"],
        "China was hit by a widened list of export curbs that Washington published overnight.")  # fmt: skip
sponsor(ADDER, [], ["Japan"],
        "Japan agreed to the broadened curbs only after Washington promised exemptions.")  # fmt: skip
sponsor(ADDER, [], ["Pedro Sanchez"],
        "Pedro Sanchez met the NATO chief after Donald Trump threatened Spain with tariffs.")  # fmt: skip
sponsor(ADDER, [], ["India"],
        "India added 20 new products to its list of goods hit by US tariffs, the commerce ministry said.")  # fmt: skip
sponsor(ADDER, [], ["Canada"],
        "Canada answered by raising no new duties, officials in Ottawa said.")  # fmt: skip
sponsor(ADDER, ["Britain"], [],
        "Britain on Friday added 21 tankers to its list of sanctioned vessels, the Foreign Office said.")  # fmt: skip
sponsor(ADDER, [], ["Narendra Modi"],
        "Narendra Modi spoke to Vladimir Putin, who answered the West by raising gas prices for Europe.")  # fmt: skip

# pronoun-sponsor: must pass
sponsor(PRONOUN, ["Donald Trump"], [],
        "Whether the offer satisfies President Donald Trump is unclear; he has also threatened new tariffs on Indian textiles.",
        instrument="threat")  # fmt: skip
sponsor(PRONOUN, ["Mark Carney"], [],
        "Few expected the vote to help Prime Minister Mark Carney; he announced a surtax on US aluminium the next day.")  # fmt: skip
sponsor(PRONOUN, ["Ursula von der Leyen"], [],
        "Nobody in the chamber doubted Ursula von der Leyen's resolve, and she unveiled the package on Wednesday.")  # fmt: skip
sponsor(PRONOUN, ["Kaja Kallas"], [],
        "Talks dragged on late into the night for Kaja Kallas; she proposed the listings at dawn.")  # fmt: skip
sponsor(PRONOUN, ["Keir Starmer"], [],
        "The pressure on Keir Starmer grew all week; he imposed the curbs on Friday.")  # fmt: skip
sponsor(PRONOUN, ["Shigeru Ishiba"], [],
        "It is not clear what the deal means for Shigeru Ishiba, though he ordered the export ban himself.")  # fmt: skip
sponsor(PRONOUN, ["Giorgia Meloni"], [],
        "Rome's position surprised Giorgia Meloni's partners; she signed the decree on Monday night.")  # fmt: skip
sponsor(PRONOUN, ["Anthony Albanese"], [],
        "Canberra's farmers had lobbied Anthony Albanese for months, and he announced the duty on Tuesday.")  # fmt: skip
sponsor(PRONOUN, ["Luiz Inacio Lula da Silva"], [],
        "The reply came quickly from Luiz Inacio Lula da Silva; he signed the reciprocity decree that evening.")  # fmt: skip
sponsor(PRONOUN, ["Friedrich Merz"], [],
        "The budget row left Friedrich Merz weakened, but he introduced the levy anyway.")  # fmt: skip
# pronoun-sponsor: must fail
sponsor(PRONOUN, [], ["Mark Carney", "Donald Trump"],
        "Mark Carney spoke to Donald Trump on Friday; he has also imposed a surtax on steel.")  # fmt: skip
sponsor(PRONOUN, [], ["Kaja Kallas"],
        "The talks dragged on for Ms Kallas; he proposed the listings at dawn, the envoy said.")  # fmt: skip
sponsor(PRONOUN, [], ["Narendra Modi"],
        "The tariff hits Narendra Modi's government hardest; he said the levy was unjust.")  # fmt: skip
sponsor(PRONOUN, [], ["Vinay Kumar"],
        "Delhi's envoy Vinay Kumar met officials at the ministry; he welcomed the new curbs.")  # fmt: skip
sponsor(PRONOUN, [], ["Keir Starmer"],
        "The pressure on Keir Starmer grew as the Chancellor, Rachel Reeves, waited; she imposed the curbs on Friday.")  # fmt: skip
sponsor(PRONOUN, [], ["Olaf Scholz"],
        "Olaf Scholz called Emmanuel Macron on Sunday, and he announced the tariffs an hour later.")  # fmt: skip
sponsor(PRONOUN, [], ["Xi Jinping"],
        "Xi Jinping had not been consulted, the envoy said; he criticised the ban in a speech.")  # fmt: skip
sponsor(PRONOUN, [], ["Pedro Sanchez"],
        "Pedro Sanchez flew to Brussels, where the minister met Donald Trump's envoy; he threatened tariffs on Spain.",
        instrument="threat")  # fmt: skip
sponsor(PRONOUN, [], ["Claudia Sheinbaum"],
        "Claudia Sheinbaum was in Monterrey when the order came; she said it was a mistake and he imposed it anyway.")  # fmt: skip
sponsor(PRONOUN, [], ["Ishaq Dar"],
        "Ishaq Dar met Marco Rubio in Washington, and he signed the order on steel quotas a day later.")  # fmt: skip


def request(expect: bool, who: str, sentence: str, status: str = "proposed") -> None:
    built.proposer(REQUEST, expect, sentence, who, f"proposer {who}", status=status)


# truce-request: must pass
request(True, "Kyiv", "Kyiv had also asked for an unconditional 30-day ceasefire and for the return of deported children.")  # fmt: skip
request(True, "Rafael Grossi", "Rafael Grossi had asked the two sides earlier in the week to respect a temporary local truce around the plant.")  # fmt: skip
request(True, "Qatar", "Qatar asked both sides on Sunday to observe a three-day humanitarian pause in the fighting.")  # fmt: skip
request(True, "African Union", "The African Union has asked for an immediate and unconditional nationwide ceasefire in Sudan.")  # fmt: skip
request(True, "Pope Leo", "Pope Leo asked the warring parties to honour a Christmas truce along the whole front.")  # fmt: skip
request(True, "Turkey", "Turkey on Tuesday asked for a limited 72-hour humanitarian truce in Idlib.")  # fmt: skip
request(True, "Norway", "Norway asked Bogota and the rebels to keep a bilateral ceasefire in place during the talks.")  # fmt: skip
request(True, "United Nations", "The United Nations asked both armies to respect a week-long ceasefire so vaccines could reach the valley.")  # fmt: skip
request(True, "Malaysia", "Malaysia had earlier asked for a brief, unconditional ceasefire along the disputed border.")  # fmt: skip
request(True, "Kenya", "Kenya asked the two sides to observe a truce until the envoys arrived.")  # fmt: skip
# truce-request: must fail
request(False, "the two sides", "Rafael Grossi had asked the two sides earlier in the week to respect a temporary local truce around the plant.")  # fmt: skip
request(False, "Russia", "Kyiv had also asked for an unconditional 30-day ceasefire; Russia refused and no truce was agreed.")  # fmt: skip
request(False, "Hamas", "Qatar asked Hamas on Sunday to observe a three-day humanitarian pause in the fighting.")  # fmt: skip
request(False, "Cambodia", "Thailand asked Cambodia to respect a ceasefire, but Phnom Penh said the proposal came too late.")  # fmt: skip
request(False, "Israel", "Egypt asked Israel for a 60-day ceasefire in Gaza, Cairo's foreign ministry said.")  # fmt: skip
request(False, "Sudan's army", "The African Union has asked Sudan's army to accept an immediate ceasefire.")  # fmt: skip
request(False, "Ukraine", "Moscow asked for a brief Easter ceasefire, which Ukraine said it would consider.")  # fmt: skip
request(False, "Colombia", "The rebels asked Colombia's government to observe a bilateral ceasefire during the talks.")  # fmt: skip
request(False, "Turkey", "Turkey was asked on Tuesday for a limited 72-hour humanitarian truce in Idlib.")  # fmt: skip
request(False, "Kenya", "Kenya was asked by the envoys to observe the truce until they arrived.")  # fmt: skip
request(False, "Kenya", "Kenya asked the two sides to observe the truce until the envoys arrived.")  # fmt: skip
request(False, "Antonio Guterres", "Antonio Guterres asked both sides to respect the ceasefire that Washington announced on Monday.")  # fmt: skip
request(False, "Qatar", "Qatar asked the sides to observe a minute's silence before the ceasefire talks.")  # fmt: skip
request(False, "Ukraine", "Ukraine asked for more weapons, not a ceasefire, at the meeting in Ramstein.")  # fmt: skip
request(False, "Norway", "Norway asked about the ceasefire's monitors and was told they would come from Cuba.")  # fmt: skip


def dated(party: str, value: str, sentence: str, expect: bool) -> None:
    built.stance(DATED, party, value, sentence, expect)


# dated-subject: must pass
dated("Rwanda", "agreed", "The presidents of Congo, Felix Tshisekedi, and of Rwanda, Paul Kagame, on Thursday signed in Washington the accord their governments reached in June.", True)  # fmt: skip
dated("Armenia", "agreed", "Armenia and Azerbaijan on Friday signed a peace accord at the White House.", True)  # fmt: skip
dated("Hamas", "agreed", "Hamas on Monday accepted the first phase of the truce plan, its negotiators said.", True)  # fmt: skip
dated("Thailand", "agreed", "Thailand in July agreed to an immediate ceasefire after talks in Putrajaya.", True)  # fmt: skip
dated("ELN", "agreed", "The ELN on June 9 signed a bilateral ceasefire with the government in Havana.", True)  # fmt: skip
dated("Ukraine", "supports", "Ukraine last Friday backed the American proposal for a 30-day truce.", True)  # fmt: skip
dated("Russia", "rejects", "Russia on Tuesday rejected the European call for an unconditional ceasefire.", True)  # fmt: skip
dated("India", "agreed", "India and Pakistan on Saturday agreed to stop all firing on land, in the air and at sea.", True)  # fmt: skip
dated("Houthis", "rejects", "The Houthis on Sunday refused the truce offered by Washington, a spokesman said.", True)  # fmt: skip
dated("Israel", "agreed", "Israel on October 9 approved the ceasefire deal at a late-night cabinet session.", True)  # fmt: skip
dated("Hamas", "agreed", "Israel, Hamas and Egypt on Friday agreed to the first phase of the truce.", True)  # fmt: skip
# dated-subject: must fail
dated("Congo", "agreed", "Asked about Congo, Rwanda on Thursday signed the ceasefire in Washington.", False)  # fmt: skip
dated("Armenia", "agreed", "Unlike Armenia, Azerbaijan on Friday accepted the truce text.", False)  # fmt: skip
dated("Rwanda", "agreed", "Congo on Thursday signed the ceasefire, which Rwanda rejected.", False)  # fmt: skip
dated("Azerbaijan", "agreed", "Armenia on Friday accepted the truce, while Azerbaijan said it needed more time.", False)  # fmt: skip
dated("Israel", "agreed", "Hamas on Monday accepted the first phase of the plan; Israel has not replied.", False)  # fmt: skip
dated("Cambodia", "agreed", "Thailand in July agreed to a ceasefire that Cambodia later called a trap.", False)  # fmt: skip
dated("Ukraine", "rejects", "Russia on Tuesday rejected the call for a truce that Ukraine had backed.", False)  # fmt: skip
dated("Pakistan", "rejects", "India on Saturday rejected mediation, but Pakistan welcomed the truce.", False)  # fmt: skip
dated("Sudan's army", "agreed", "The RSF on November 6 accepted the humanitarian truce; Sudan's army did not.", False)  # fmt: skip
dated("Houthis", "agreed", "Washington on Sunday halted its strikes, while the Houthis said the pause would be judged on the ground.", False)  # fmt: skip
dated("Colombian government", "rejects", "The ELN on June 9 refused the ceasefire terms the Colombian government put forward.", False)  # fmt: skip
dated("Russia", "agreed", "Ukraine on Tuesday agreed to the 30-day truce; Russia asked for more time.", False)  # fmt: skip


def asked(party: str, sentence: str, expect: bool) -> None:
    built.stance(ASKED, party, "supports", sentence, expect)


# request-stance: must pass
asked("Ukraine", "Kyiv had also asked for an unconditional 30-day ceasefire and for the return of deported children; neither was agreed.", True)  # fmt: skip
asked("Sudan", "Sudan's government has asked for a nationwide humanitarian truce before the rainy season.", True)  # fmt: skip
asked("Lebanon", "Lebanon on Monday asked for an immediate ceasefire along its southern border.", True)  # fmt: skip
asked("Qatar", "Qatar asked both sides to observe a three-day humanitarian pause in the fighting.", True)  # fmt: skip
asked("Ethiopia", "Ethiopia requested a ceasefire in Tigray to let aid convoys through, officials in Addis Ababa said.", True)  # fmt: skip
asked("Armenia", "Armenia asked for an urgent, unconditional ceasefire in Nagorno-Karabakh.", True)  # fmt: skip
asked("Hamas", "Hamas had asked for a permanent ceasefire as part of any hostage exchange.", True)  # fmt: skip
asked("Cambodia", "Cambodia asked for an immediate ceasefire after two days of artillery fire.", True)  # fmt: skip
asked("Yemen", "Yemen's government asked the Houthis to respect a two-month nationwide truce.", True)  # fmt: skip
asked("Colombia", "Colombia asked for a bilateral truce with the ELN ahead of the next round of talks.", True)  # fmt: skip
# request-stance: must fail
asked("Russia", "Kyiv had also asked for an unconditional 30-day ceasefire; Russia refused it.", False)  # fmt: skip
asked("Israel", "Lebanon asked Israel for an immediate ceasefire along the border.", False)  # fmt: skip
asked("Hamas", "Hamas asked for more time before answering the ceasefire offer.", False)  # fmt: skip
asked("Houthis", "Yemen's government asked the Houthis to respect a two-month nationwide truce.", False)  # fmt: skip
asked("Thailand", "Thailand asked for a ceasefire but then rejected the terms Malaysia drafted.", False)  # fmt: skip
asked("Sudan", "Sudan was asked for a humanitarian truce by the Quad, officials said.", False)  # fmt: skip
asked("Rwanda", "Congo asked for a ceasefire, which Rwanda dismissed as a ploy.", False)  # fmt: skip
asked("Azerbaijan", "Armenia asked for an urgent ceasefire in Nagorno-Karabakh, but Azerbaijan pressed on.", False)  # fmt: skip
asked("Ethiopia", "Ethiopia asked about the monitors of the ceasefire and was told to wait.", False)  # fmt: skip
asked("Cambodia", "Thailand asked Cambodia to observe the ceasefire that Malaysia brokered.", False)  # fmt: skip


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
    print(f"{len(built.cases)} cases -> {OUT.name}")
