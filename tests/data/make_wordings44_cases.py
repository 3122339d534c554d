# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the wordings-44 set (``grounding_wordings44.jsonl``): stances, measure statuses and
event kinds worded outside the rules' vocabularies (an outside check, session 20). A case
that must pass is supported; a case that must fail is not. By category:

- ``refused-stance``: a side that declines to take or continue a truce or plan rejects it,
  whatever the verb of taking ("would not extend", "did not endorse", "chose not to renew",
  "has no plans to prolong", "won't sign up to") (pass); a side that "would extend", "agreed
  to renew", "would not break" the truce, "would not say whether", "has not yet signed", or
  another side's refusal (fail);
- ``imposing-status``: a measure that is slapped, levied, put in place, signed as
  proclamations, or whose duties "take effect / kick in / apply from" a day, "came into force",
  are "effective immediately" or "being collected" is ``imposed`` (pass); duties that "could
  kick in if", "may apply from", that a president "is expected to sign" or "declined to sign",
  a threat to slap duties, duties since lifted (fail);
- ``deaths-kind``: a deaths count in other words for the dead ("perished", "fatalities",
  "slain", "bodies pulled from", "martyrs", "claimed the lives") is ``casualties`` (pass);
  perishable goods, negotiating bodies, people who fled, a halt to aid (fail);
- ``fronted-title``: a phrase ending in a place or name and a comma before "Prime Minister X"
  ("From the lectern in Canberra, Prime Minister X set out the plan") does not make the place
  or name a holder of the title, so "the Prime Minister said" (or "said the President") is
  X's, even with other prime ministers named after the quote (pass); the person named in the
  fronted phrase ("After hosting Y in Lusaka, President X ...") is not the speaker (fail).

Run ``python tests/data/make_wordings44_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, public bodies in invented sentences);
each verdict is what a careful fact-checker reads in the text, decided when the case was
written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_wordings44.jsonl")

LEADS = [
    "ISTANBUL, July 18 (Bosphorus Wire) -",
    "LIVE | Our correspondents on the day's events",
    "The Harbour Gazette | World",
    "Translated from a state television bulletin.",
    "EXPLAINER | Marta Silva on the week in diplomacy",
    "ACCRA (Gold Coast Courier) --",
    "Morning digest: what happened overnight",
    "KUALA LUMPUR, March 9 (Straits Record) -",
]
built = SupportCases("wo44", LEADS)
add = built.add


def stance(expect: bool, party: str, sentence: str, why: str) -> None:
    fact = {"evidence": [sentence], "positions": [
        {"party": party, "stance": "rejects", "evidence": [sentence]}]}  # fmt: skip
    add("refused-stance", expect, f"{party} rejects: {why}", built.page(sentence),
        {"ceasefires": [fact]}, "ceasefires[0].positions[0].stance")  # fmt: skip


def measure(expect: bool, sentence: str, why: str) -> None:
    built.measure_status(
        "imposing-status", expect, "imposed", [sentence], f"measure imposed: {why}"
    )


def event(expect: bool, sentence: str, why: str) -> None:
    why = f"event kind casualties: {why}"
    built.event_kind("deaths-kind", expect, "casualties", [sentence], why)


# --- refused-stance
for party, sentence, why in [
    (
        "Russia",
        "Russia said on Monday that it would not extend the corridor arrangement for merchant ships.",
        "would not extend",
    ),
    (
        "Ankara",
        "Ankara declined to renew the maritime truce when it ran out on Friday.",
        "declined to renew",
    ),
    (
        "The rebels",
        "The rebels refused to prolong the three-day pause, a spokesman said by telephone.",
        "refused to prolong",
    ),
    (
        "The junta",
        "The junta would not sign the ceasefire, the UN envoy told the council.",
        "would not sign",
    ),
    (
        "Moscow",
        "Moscow has no plans to renew the deal beyond July, the Kremlin said.",
        "no plans to renew",
    ),
    ("Kyiv", "Kyiv did not endorse the energy truce put forward by Washington.", "did not endorse"),
    (
        "The government",
        "The government chose not to extend the truce when it lapsed on Sunday, ministers confirmed.",
        "chose not to extend",
    ),
    (
        "Hezbollah",
        "Hezbollah would not go along with the French plan, its deputy leader said.",
        "would not go along with",
    ),
    (
        "The Taliban",
        "The Taliban won't sign up to the Doha text, a negotiator told reporters.",
        "won't sign up to",
    ),
    (
        "Armenia",
        "Yerevan says Armenia does not back the Russian-brokered ceasefire in its current form.",
        "does not back",
    ),
    (
        "The army",
        "The army decided not to renew the holiday truce, citing attacks on its posts.",
        "decided not to renew",
    ),
    (
        "Pyongyang",
        "Pyongyang will no longer honour or extend the moratorium, the state agency said; it will not extend it beyond June.",
        "will not extend",
    ),
]:
    stance(True, party, sentence, why)
for party, sentence, why in [
    (
        "Russia",
        "Russia said on Monday that it would extend the corridor arrangement for another 60 days.",
        "would extend: it agreed",
    ),
    (
        "Ankara",
        "Ankara agreed to renew the maritime truce when it ran out on Friday.",
        "agreed to renew",
    ),
    (
        "The rebels",
        "The rebels said they would not break the three-day pause.",
        "a verb of keeping the truce, not of taking it",
    ),
    (
        "The junta",
        "The junta would not say whether it would sign the ceasefire, the envoy said.",
        "no answer given",
    ),
    ("Israel", "Israel did not attack during the truce, monitors reported.", "no stance worded"),
    (
        "Hamas",
        "Hamas has not yet signed the text, which it is still studying, officials said.",
        "a reply still to come",
    ),
    (
        "Qatar",
        "Qatar said Hamas would not extend the truce beyond Sunday.",
        "the refusal is Hamas's; Qatar reports it",
    ),
    (
        "The militia",
        "The militia not only signed the ceasefire but also handed over its heavy guns.",
        "it signed",
    ),
    (
        "Moscow",
        "Moscow renewed the deal for 120 days, and Kyiv said it would do the same.",
        "it renewed",
    ),
    (
        "Kyiv",
        "Kyiv will continue to observe the truce as long as the other side does, an aide said.",
        "it continues the truce",
    ),
    (
        "The army",
        "The army's spokesman would not comment on the truce on Tuesday.",
        "no comment is no refusal",
    ),
]:
    stance(False, party, sentence, why)

# --- imposing-status
for sentence, why in [
    (
        "Jan 9 - The president signs two proclamations at the palace. Jan 24 - The duties take effect.",
        "signs proclamations; duties take effect",
    ),
    ("Brussels slaps anti-dumping duties of up to 35 percent on Chinese e-bikes.", "slaps duties"),
    ("Ottawa levies a 25 percent surtax on imported aluminium from July 1.", "levies a surtax"),
    ("The ministry has put in place export curbs on gallium and germanium.", "put in place"),
    ("The new duties on cement kick in on March 4, the commerce department said.", "kick in"),
    (
        "The tariffs apply from Saturday to all vehicles assembled abroad, customs said.",
        "apply from",
    ),
    (
        "India raised the import duty on gold to 15 percent, effective immediately.",
        "effective immediately",
    ),
    (
        "The carbon levy on steel came into force on Monday after a two-year transition.",
        "came into force",
    ),
    (
        "The 10 percent duty on cotton yarn is being collected at all ports since Monday.",
        "being collected",
    ),
    (
        "Prime Minister Okonkwo signs the export ban on raw cashews, which takes effect at midnight.",
        "signs; takes effect",
    ),
    ("Washington slapped a 50 percent tariff on Brazilian coffee on Wednesday.", "slapped"),
]:
    measure(True, sentence, why)
for sentence, why in [
    ("The commission will decide next month whether the duties take effect.", "undecided"),
    ("Officials are drafting proclamations that would set duties on solar glass.", "drafted only"),
    ("The duties could kick in as early as March if the talks fail.", "a prospect"),
    ("The president is expected to sign the proclamations next week.", "not yet signed"),
    (
        "The finance minister threatened to slap duties on imported sugar if prices kept falling.",
        "a threat",
    ),
    (
        "The president declined to sign the proclamations, sending them back to the trade office.",
        "not signed",
    ),
    (
        "The duties were due to kick in on Monday but were postponed at the last minute.",
        "postponed before they began",
    ),
    ("The surtax, once due to apply from July, was shelved indefinitely on Tuesday.", "shelved"),
    (
        "Exporters said new levies would be ruinous and urged the cabinet to drop the plan.",
        "urged, not imposed",
    ),
    ("Lawmakers debated whether a duty on imported rice should apply from next year.", "debated"),
]:
    measure(False, sentence, why)

# --- deaths-kind
for sentence, why in [
    ("At least 40 people perished when the shell hit the market, medics said.", "perished"),
    ("Fatalities rose to 312 on Sunday, the health ministry said.", "fatalities"),
    ("Eleven soldiers were slain in the ambush near the river crossing.", "slain"),
    ("Rescuers pulled 23 bodies from the rubble overnight.", "bodies pulled"),
    ("Officials put the number of martyrs from the raid at 57.", "martyrs"),
    ("The massacre at the camp left villagers burying their neighbours for days.", "massacre"),
    ("The shelling claimed more than 90 lives in a week, the mayor said.", "claimed lives"),
    ("The body count from the clashes passed 400, according to local monitors.", "body count"),
    ("The bodies of six fishermen washed ashore on Thursday.", "bodies of"),
    (
        "Families gathered to mourn the fallen soldiers of the border war, 64 in all.",
        "fallen soldiers",
    ),
]:
    event(True, sentence, why)
for sentence, why in [
    (
        "The perishable aid spoiled at the crossing while trucks waited for clearance.",
        "perishable goods",
    ),
    (
        "Both negotiating bodies met in Doha on Tuesday to discuss a prisoner swap.",
        "negotiating bodies",
    ),
    ("About 40,000 people fled their homes as the front moved west.", "displacement"),
    ("Aid convoys were paused after the road was mined.", "an aid pause"),
    ("The two governing bodies signed a memorandum on fishing rights.", "governing bodies"),
    ("Rescuers found all 23 miners alive after four days underground.", "no deaths"),
    ("The army said it would hand over the border posts on Friday.", "no deaths"),
    ("Both delegations laid wreaths at the war memorial before the talks.", "a ceremony"),
    ("Crowds marched through the capital demanding an end to the blockade.", "a protest"),
    ("The health ministry opened two field hospitals near the crossing.", "no deaths"),
]:
    event(False, sentence, why)


def speaker(expect: bool, name: str, text: str, quote: str, why: str) -> None:
    fact = {"speaker": name, "text": quote, "evidence": [text.split("\n")[0]]}
    add("fronted-title", expect, f"speaker {name}: {why}", built.page(*text.split("\n\n")),
        {"quotes": [fact]}, "quotes[0].speaker")  # fmt: skip


# --- fronted-title: "In Hanoi, Prime Minister X ..." then "the Prime Minister said"
for expect, name, text, quote in [
    # (expect, speaker, text, quote)
    (
        True,
        "William Ruto",
        'Speaking to farmers in Eldoret, President William Ruto promised new roads. "We will build them this year," the President said.',
        "We will build them this year",
    ),
    (
        True,
        "Anthony Albanese",
        'From the lectern in Canberra, Prime Minister Anthony Albanese set out the plan. "This is a fair deal," the Prime Minister said.',
        "This is a fair deal",
    ),
    (
        True,
        "Olaf Scholz",
        'After talks in Berlin, Chancellor Olaf Scholz called for calm. "Nobody wants escalation," the Chancellor said on Friday.',
        "Nobody wants escalation",
    ),
    (
        True,
        "Penny Wong",
        'At the forum in Suva, Foreign Minister Penny Wong met Pacific leaders. "The region comes first," the Foreign Minister told reporters.',
        "The region comes first",
    ),
    (
        True,
        "Pham Minh Chinh",
        'Opening the session at the National Convention Centre in Hanoi, Prime Minister Pham Minh Chinh urged unity. "We must act together," the Prime Minister said.',
        "We must act together",
    ),
    (
        True,
        "Cyril Ramaphosa",
        'In a televised address from Pretoria, President Cyril Ramaphosa announced the measures. "These are hard days," said the President.',
        "These are hard days",
    ),
    (
        True,
        "Fumio Kishida",
        'On a visit to Hiroshima, Prime Minister Fumio Kishida laid a wreath. "Never again," the Prime Minister said.\n\nAlso present were Indian Prime Minister Narendra Modi and Italian Prime Minister Giorgia Meloni.',
        "Never again",
    ),
    (
        True,
        "Mette Frederiksen",
        'Back in Copenhagen, Prime Minister Mette Frederiksen faced questions on the budget. "The numbers add up," the Prime Minister insisted.',
        "The numbers add up",
    ),
    (
        True,
        "Luiz Inacio Lula da Silva",
        'During a stop in Belem, President Luiz Inacio Lula da Silva toured the port. "The Amazon is not for sale," the President said.',
        "The Amazon is not for sale",
    ),
    (
        True,
        "Ulf Kristersson",
        'Speaking at the harbour in Visby, Prime Minister Ulf Kristersson warned of threats. "We are ready," the Prime Minister added.',
        "We are ready",
    ),
    (
        False,
        "Hakainde Hichilema",
        'After hosting Hakainde Hichilema in Lusaka, President Samia Suluhu Hassan flew home. "Our ties are strong," the President said.',
        "Our ties are strong",
    ),
    (
        False,
        "Justin Trudeau",
        'A day after meeting Justin Trudeau in Ottawa, Prime Minister Keir Starmer returned to London. "It was a useful visit," the Prime Minister said.',
        "It was a useful visit",
    ),
    (
        False,
        "Giorgia Meloni",
        'Standing beside Giorgia Meloni in Rome, Chancellor Friedrich Merz spoke about migration. "Europe must decide," the Chancellor said.',
        "Europe must decide",
    ),
    (
        False,
        "Emmanuel Macron",
        'Welcomed by Emmanuel Macron in Paris, President Javier Milei praised French wine. "A fine vintage," the President said.',
        "A fine vintage",
    ),
    (
        False,
        "Vo Van Thuong",
        'Welcomed in Hanoi by President Vo Van Thuong, Prime Minister Anthony Albanese praised the ties. "Our partnership is deep," the Prime Minister said.',
        "Our partnership is deep",
    ),
    (
        False,
        "Joko Widodo",
        'With Joko Widodo at his side in Jakarta, Prime Minister Anwar Ibrahim signed the border deal. "A historic day," the Prime Minister said.',
        "A historic day",
    ),
    (
        False,
        "Shehbaz Sharif",
        'In talks with Shehbaz Sharif in Islamabad, President Recep Tayyip Erdogan pledged support. "We stand together," the President said.',
        "We stand together",
    ),
    (
        False,
        "Sanna Marin",
        'Replacing Sanna Marin in Helsinki, Prime Minister Petteri Orpo set out his priorities. "Spending must fall," the Prime Minister said.',
        "Spending must fall",
    ),
    (
        False,
        "Yoon Suk Yeol",
        'After a call with Yoon Suk Yeol in Seoul, Prime Minister Shigeru Ishiba spoke to reporters. "We agreed on much," the Prime Minister said.',
        "We agreed on much",
    ),
    (
        False,
        "Boris Johnson",
        'Succeeding Boris Johnson in Downing Street, Prime Minister Liz Truss promised growth. "We will deliver," the Prime Minister said.',
        "We will deliver",
    ),
]:
    why = (
        "the title's holder named before the quote"
        if expect
        else "another person; the titled one spoke"
    )
    speaker(expect, name, text, quote, why)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
