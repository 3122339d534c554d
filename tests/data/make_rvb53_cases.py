# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build reviewer rvB's set (``grounding_rvb53.jsonl``): a second pair of eyes on session 25's
statuses53 rules (:mod:`status_synonyms`, :mod:`status_stages`, :mod:`item_statuses`), in
texts written for this set in other outlets' styles, British and American. By category:

- ``stage-elsewhere``: a correct status beside a stage that is not its measure's or truce's
  keeps no unsupported flag: another measure named in a time clause ("tabled a levy as the
  16th package came into force"), a similar or earlier one ("modelled on one Congress
  approved in 2023", "the ones Delhi slapped"), a claim or a fear ("critics argue the tariff
  took effect"), a history line ("renewed every six months since 2014"), another meeting
  ahead ("the G20 summit is over, and ... the APEC meeting next week"), a call for a truce
  on another front beside one that holds, a truce agreed and running with later steps to
  come; while the same stage told of the value's own measure still refuses it strongly;
- ``going-court``: a measure "renewed", "extended", "prolonged" or "rolled over" is in
  force and one a court "vacated", "quashed" or "struck down" suspended; not "renewed calls
  for sanctions", "a renewed push", "extended its consultation", a renewal only wished ("wants
  the embargo renewed", "proposed that the ban be extended"), a court that voided a
  challenge, a listing beside sanctions upheld, a voiding itself overturned or stayed;
- ``over-trip``: talks "over", "broke up" or "wrapped up" were held and a visit that "begins on
  Thursday" is scheduled; not "the row over the summit is over", "over almost before they
  began", "done for", a trip that "begins to look unlikely", "if the visit starts on time",
  "too early to say when the visit starts";
- ``swap-ask``: captives handed over "in return" make a prisoner exchange and a truce "asked
  for" or "requested" is proposed; not "in return for the ceasefire, Russia returned 20
  children", troops or drones sent, "asked for guarantees that the ceasefire ...", "asked
  for details of the truce", "asked for calm as the ceasefire took effect";
- ``item-doubt``: a fact box's item takes its lead's status; not under a bare heading that
  gives the list another state ("EXEMPTIONS", "NOT INCLUDED", "WHAT COULD COME NEXT"), a
  lead-in line whose own sentence is a second list ("Still under review:") or that words a
  second state or a doubt beside the value ("Brussels imposed these duties, and Washington
  threatened the others below:", "Critics claim ...").

Strengths as in ``make_statuses53_cases.py``: SUPPORTED must pass; STRONG must carry an
unsupported flag; ANY must be refused at either strength; KEPT must carry no unsupported
flag. Each verdict is what a careful fact-checker reads in the text, decided when the case
was written; cases such a reader would argue over were left out (DECISIONS, session 25,
review rvB). Run ``python tests/data/make_rvb53_cases.py`` to rebuild it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ANY, KEPT, STRONG, SUPPORTED, SupportCases

OUT = Path(__file__).with_name("grounding_rvb53.jsonl")
LEADS = [
    "WASHINGTON (Capitol Wire) --",
    "The Fenland Gazette | Foreign desk",
    "From our correspondent in Brussels.",
    "Newsletter: The Week in Trade",
    "By Ola Brandt | Nordic Monitor",
    "Updated 09:40 GMT",
]
P, F = True, False
STG, GOC, MTR, SWP, ITM = "stage-elsewhere", "going-court", "over-trip", "swap-ask", "item-doubt"
S, E, C, M = "sanctions", "events", "ceasefires", "summits"
# (category, expect, strength, kind, field, value, text); each sentence of text is evidence
# fmt: off
CASES = [
    # --- stage-elsewhere: a stage not the value's own measure's, or not stated as happened ---
    (STG, P, KEPT, S, "status", "proposed", "The Commission tabled a levy on Russian fertiliser as the 16th package came into force."),
    (STG, P, KEPT, S, "status", "proposed", "Whitehall floated a levy on Chinese steel as the EU's own safeguard duties kicked in."),
    (STG, P, KEPT, S, "status", "announced", "Beijing set out new duties on US chips after Washington's curbs took effect."),
    (STG, P, KEPT, S, "status", "proposed", "Critics argue the tariff took effect in all but name once importers began stockpiling."),
    (STG, P, KEPT, S, "status", "announced", "Officials said the duties would bite from March; traders feared they had already kicked in."),
    (STG, P, KEPT, S, "status", "announced", "In 2019 a similar levy came into force within days; this time Rome has given no start date for the duties it unveiled."),
    (STG, P, KEPT, S, "status", "proposed", "Lawmakers tabled a bill to ban Russian uranium, modelled on one Congress approved in 2023."),
    (STG, P, KEPT, S, "status", "threatened", "Trump raised the prospect of duties on Indian goods, citing the ones Delhi slapped on Harley-Davidson bikes."),
    (STG, P, KEPT, S, "status", "lifted", "The ban, renewed every six months since 2014, ended on Friday."),
    (STG, P, KEPT, C, "status", "in_effect", "The sides have agreed to a truce, and the guns are silent. Prisoners are to be swapped on Friday."),
    (STG, P, KEPT, C, "status", "in_effect", "Israel and Hezbollah have agreed a truce that is now in its second week; troops will withdraw within 60 days."),
    (STG, P, KEPT, C, "status", "in_effect", "The guns fell silent in Gaza on Sunday as the UN urged an immediate ceasefire in Lebanon."),
    (STG, P, KEPT, M, "status", "scheduled", "The G20 summit is over, and the leaders head to Lima for the APEC meeting next week."),
    (STG, P, KEPT, C, "status", "proposed", "Qatar floated a 60-day truce; a separate pause in the north began on Sunday."),
    (STG, F, STRONG, S, "status", "announced", "The 25% duty on Canadian lumber took effect on Monday, the Commerce Department said."),
    (STG, F, STRONG, S, "status", "threatened", "Washington slapped a 50% tariff on Brazilian coffee on 6 August."),
    (STG, F, STRONG, S, "status", "lifted", "Brussels prolonged the asset freezes on 1,700 individuals until September."),
    (STG, F, STRONG, C, "status", "proposed", "A 72-hour truce in Khartoum began at 6am on Tuesday, both armies said."),
    (STG, F, STRONG, S, "status", "announced", "The surcharge on German cars came into force at midnight, as Berlin had feared."),
    (STG, F, STRONG, S, "status", "introduced", "The ban on Russian diamonds entered into force on 1 January."),
    (STG, F, STRONG, M, "status", "scheduled", "The Alaska summit was over within three hours, with no joint statement."),
    (STG, F, STRONG, C, "status", "in_effect", "Both sides have agreed to the ceasefire, and the first prisoners will be freed on Friday."),
    (STG, F, STRONG, S, "status", "announced", "Last week the tariffs on Swiss watches took effect."),
    (STG, F, STRONG, S, "status", "lifted", "Tokyo renewed its trade embargo on Pyongyang for two more years."),
    (STG, F, STRONG, C, "status", "in_effect", "The Arab League called for an immediate truce in Tripoli on Saturday."),
    (STG, F, STRONG, S, "status", "threatened", "Ottawa imposed its counter-tariffs on US bourbon at midnight, after talks failed."),
    # --- going-court: renewed, extended, struck down ------------------------------------------
    (GOC, P, SUPPORTED, S, "status", "in_force", "EU governments rolled over the sectoral sanctions until 31 January."),
    (GOC, P, SUPPORTED, S, "status", "in_force", "Canberra extended its sanctions on Iranian drone makers by two years."),
    (GOC, P, SUPPORTED, S, "status", "in_force", "The curbs on Russian diamonds were prolonged until the end of 2026."),
    (GOC, P, SUPPORTED, S, "status", "in_force", "Ottawa renewed the steel surtax for a further 12 months."),
    (GOC, P, SUPPORTED, S, "status", "in_force", "Seoul extended its export controls on Russia to 243 more items."),
    (GOC, P, SUPPORTED, S, "status", "in_force", "The UK rolled over its sanctions on Belarus for another year."),
    (GOC, P, SUPPORTED, S, "status", "in_force", "The import ban has been extended to 2027."),
    (GOC, P, SUPPORTED, S, "status", "in_force", "Washington renewed the Venezuela oil sanctions on Friday, a Treasury notice showed."),
    (GOC, P, SUPPORTED, S, "status", "suspended", "A federal appeals court vacated the fentanyl tariffs on Friday."),
    (GOC, P, SUPPORTED, S, "status", "suspended", "The trade court struck the reciprocal tariffs down in May."),
    (GOC, P, SUPPORTED, S, "status", "suspended", "A judge in Oregon enjoined the tariffs on Tuesday."),
    (GOC, P, SUPPORTED, S, "status", "suspended", "The Court of International Trade invalidated the duties, finding the law did not allow them."),
    (GOC, P, SUPPORTED, S, "status", "suspended", "The Luxembourg judges quashed the anti-dumping duties on Chinese tyres."),
    (GOC, P, SUPPORTED, S, "status", "suspended", "The duties were struck down by the Court of International Trade on 28 May."),
    (GOC, P, SUPPORTED, S, "status", "suspended", "The High Court quashed the export ban on Monday."),
    (GOC, F, ANY, S, "status", "in_force", "Zelensky renewed calls for sanctions on Russian oil on Monday."),
    (GOC, F, ANY, S, "status", "in_force", "The Baltic states renewed their demand for a ban on Russian LNG."),
    (GOC, F, ANY, S, "status", "in_force", "The Commission proposed that the ban be extended to Belarusian steel."),
    (GOC, F, ANY, S, "status", "in_force", "Warsaw wants the embargo renewed, but Budapest is blocking it."),
    (GOC, F, ANY, S, "status", "in_force", "Canada extended its consultation on the proposed surtax until May."),
    (GOC, F, ANY, S, "status", "in_force", "Kyiv hopes the sanctions will be extended in July."),
    (GOC, F, ANY, S, "status", "in_force", "The White House extended an offer of talks to Beijing before the tariffs bite."),
    (GOC, F, ANY, S, "status", "suspended", "An appeals court overturned the ruling that had struck down the tariffs, putting them back in force."),
    (GOC, F, ANY, S, "status", "suspended", "A federal court struck down a challenge to the tariffs on Tuesday."),
    (GOC, F, ANY, S, "status", "suspended", "The court annulled the listing of two oligarchs but upheld the sanctions on their firms."),
    (GOC, F, ANY, S, "status", "suspended", "The Federal Circuit stayed the order that had vacated the tariffs."),
    (GOC, F, ANY, S, "status", "suspended", "The panel overturned the lower court and reinstated the duties."),
    (GOC, F, ANY, S, "status", "suspended", "The appeals court dismissed the lawsuit, and the tariffs that a lower court had enjoined were restored."),
    # --- over-trip: talks over, a trip that begins ---------------------------------------------
    (MTR, P, SUPPORTED, M, "status", "held", "The Riyadh talks were over by early evening, a US official said."),
    (MTR, P, SUPPORTED, M, "status", "held", "Negotiations between the two delegations broke up shortly after midnight."),
    (MTR, P, SUPPORTED, M, "status", "held", "The summit in Anchorage is over; Putin flew home without a deal."),
    (MTR, P, SUPPORTED, M, "status", "held", "Talks in Istanbul wrapped up after 90 minutes."),
    (MTR, P, SUPPORTED, M, "status", "held", "By noon the meeting was over, and the ministers issued a short statement."),
    (MTR, P, SUPPORTED, M, "status", "held", "Talks between Kyiv and Moscow finished within an hour on Wednesday."),
    (MTR, P, SUPPORTED, M, "status", "scheduled", "The president's three-day visit to Hanoi begins on Thursday."),
    (MTR, P, SUPPORTED, M, "status", "scheduled", "The state visit starts on Tuesday with a banquet at Windsor."),
    (MTR, P, SUPPORTED, M, "status", "scheduled", "Macron's journey begins in Canberra on Sunday."),
    (MTR, P, SUPPORTED, M, "status", "scheduled", "The chancellor's trip, which begins on Monday, takes in Beijing and Shanghai."),
    (MTR, F, ANY, M, "status", "held", "The row over the summit is over, aides said, and the meeting will go ahead on Friday."),
    (MTR, F, ANY, M, "status", "held", "Talks were over almost before they began: Russia's delegation never arrived."),
    (MTR, F, ANY, M, "status", "held", "The summit was done for, diplomats said, after Moscow pulled out."),
    (MTR, F, ANY, M, "status", "held", "The debate about the summit is over: it will not happen."),
    (MTR, F, ANY, M, "status", "held", "Once the meeting is over, Starmer will fly to Kyiv."),
    (MTR, F, ANY, M, "status", "held", "Negotiators fear the talks could be over within an hour."),
    (MTR, F, ANY, M, "status", "scheduled", "The trip begins to look unlikely after the Kremlin's latest remarks."),
    (MTR, F, ANY, M, "status", "scheduled", "If the visit starts on time, Modi will land in Washington on Thursday."),
    (MTR, F, ANY, M, "status", "scheduled", "Officials said it was too early to say when the visit starts."),
    (MTR, F, ANY, M, "status", "scheduled", "The visit starts to look doubtful after the Kremlin's remarks."),
    (MTR, F, ANY, M, "status", "scheduled", "Nobody knows when the tour begins."),
    (MTR, F, ANY, M, "status", "scheduled", "Aides asked whether the visit starts in Paris or Berlin."),
    # --- swap-ask: in return, asked for -----------------------------------------------------
    (SWP, P, SUPPORTED, E, "kind", "prisoner_exchange", "Baku handed over two Armenian soldiers; in return, Yerevan repatriated 10 Azerbaijani detainees."),
    (SWP, P, SUPPORTED, E, "kind", "prisoner_exchange", "In turn, Russia returned 150 Ukrainian soldiers to Kyiv."),
    (SWP, P, SUPPORTED, E, "kind", "prisoner_exchange", "In return, Kyiv handed back 49 Russian servicemen captured in Kursk."),
    (SWP, P, SUPPORTED, E, "kind", "prisoner_exchange", "Ankara said 95 Ukrainians were home; in return, Kyiv transferred 95 captured Russian marines."),
    (SWP, P, SUPPORTED, C, "status", "proposed", "Ukraine had asked for a full 30-day ceasefire in the air and at sea."),
    (SWP, P, SUPPORTED, C, "status", "proposed", "The ICRC requested a humanitarian pause to evacuate the wounded."),
    (SWP, P, SUPPORTED, C, "status", "proposed", "Sudan's army requested a week-long cessation of hostilities in El Fasher."),
    (SWP, P, SUPPORTED, C, "status", "proposed", "Aid groups have asked for a pause in the fighting to reach Khan Younis."),
    (SWP, P, SUPPORTED, C, "status", "proposed", "Kyiv is asking for an unconditional ceasefire of at least 30 days."),
    (SWP, P, SUPPORTED, C, "status", "proposed", "The Pope asked for a Christmas truce across all fronts."),
    (SWP, P, SUPPORTED, C, "status", "proposed", "Mali's junta asked for a truce with the rebels in Kidal."),
    (SWP, P, SUPPORTED, C, "status", "proposed", "The governor requested an armistice for the harvest season."),
    (SWP, F, ANY, E, "kind", "prisoner_exchange", "In return for the ceasefire, Russia returned 20 children taken from occupied Kherson."),
    (SWP, F, ANY, E, "kind", "prisoner_exchange", "In return, the army sent troops to guard the crossing."),
    (SWP, F, ANY, E, "kind", "prisoner_exchange", "In return, Kyiv sent 200 drones to the front."),
    (SWP, F, ANY, E, "kind", "prisoner_exchange", "In return, the rebels handed the town back to government troops."),
    (SWP, F, ANY, C, "status", "proposed", "Kyiv asked for guarantees that the ceasefire would be monitored."),
    (SWP, F, ANY, C, "status", "proposed", "Reporters asked for details of the truce, which is holding."),
    (SWP, F, ANY, C, "status", "proposed", "Officials asked for calm as the ceasefire took effect."),
    (SWP, F, ANY, C, "status", "proposed", "Kyiv asked for clarification on the ceasefire's start time."),
    (SWP, F, ANY, C, "status", "proposed", "The ICRC requested access to prisoners during the truce."),
    (SWP, F, ANY, C, "status", "proposed", "Zelensky asked for more air defence despite the truce."),
    (SWP, F, ANY, C, "status", "proposed", "Residents requested food and water while the truce holds."),
    (SWP, F, ANY, C, "status", "proposed", "The mediators asked both sides to respect the truce."),
]
# (expect, strength, status, lines above the evidence, the evidence item, lines below)
ITEMS = [
    (P, SUPPORTED, "announced", "The Treasury announced the following on Friday:", "* Ten Russian banks.", "* Four tanker operators."),
    (P, SUPPORTED, "imposed", "Sanctions imposed by Canberra on Thursday", "1) Two GRU officers.", "2) A drone maker in Tehran."),
    (P, SUPPORTED, "announced", "Here are the rates Washington announced on Wednesday.\n\nBY COUNTRY", "• Switzerland: 31%.", "• Norway: 15%."),
    (P, SUPPORTED, "in_force", "The following tariffs took effect at midnight:", "• Steel: 50%.", "• Aluminium: 50%."),
    (P, SUPPORTED, "proposed", "The Commission proposed these measures on Wednesday:", "• A ban on Russian LNG imports from 2027.", "• 45 more shadow-fleet tankers."),
    (P, SUPPORTED, "announced", "Beijing unveiled and announced these export curbs:", "- Gallium.", "- Germanium."),
    (P, SUPPORTED, "threatened", "Trump has threatened the following duties:", "• Spain: higher tariffs over defence spending.", ""),
    (P, SUPPORTED, "lifted", "Washington lifted these sanctions on Friday:", "• Syria's central bank.", "• The state oil firm."),
    (P, SUPPORTED, "imposed", "Britain imposed the following on Tuesday.\n\nTHE LIST", "• An asset freeze on 12 oligarchs.", ""),
    (P, SUPPORTED, "announced", "Seoul's trade ministry said on Monday it had announced the duties below, which apply from 1 July:", "• Chinese steel plate: 27.9%.", "• Japanese stainless steel: 15%."),
    (F, ANY, "announced", "Below are the rates the White House announced on Wednesday.\n\nEXEMPTIONS", "• Pharmaceuticals and semiconductors.", "• Energy."),
    (F, ANY, "announced", "The White House announced these rates on Wednesday.\n\nWHAT COULD COME NEXT", "• Lumber: 25%.", "• Chips: 100%."),
    (F, ANY, "imposed", "Beijing imposed duties on US goods overnight.\n\nNOT INCLUDED", "• Soybeans.", "• Pork."),
    (F, ANY, "imposed", "London imposed sanctions on Monday. Still under review:", "• Lukoil.", "• Rosneft."),
    (F, ANY, "announced", "Trump announced tariffs on Wednesday. Rates that were dropped at the last minute:", "• Russia: 10%.", ""),
    (F, ANY, "announced", "Trump announced tariffs on Wednesday. Rates still being negotiated:", "• India: 26%.", ""),
    (F, ANY, "announced", "Critics claim the following rates were announced in haste and may be withdrawn:", "• Lesotho: 50%.", ""),
    (F, ANY, "imposed", "Did Brussels impose these duties?", "• Steel: 25%.", ""),
    (F, ANY, "imposed", "Brussels imposed these duties, and Washington threatened the others below:", "• Wine: 200%.", ""),
    (F, ANY, "imposed", "The EU imposed these sanctions in 2022, and lifted them on Monday:", "• A ban on Belarusian potash.", ""),
    (F, ANY, "announced", "What Trump announced on Wednesday, and what was withdrawn a day later:", "• Pharmaceuticals: 25%.", ""),
]
# fmt: on
built = SupportCases("rvb53", LEADS)
built.graded_rows(CASES)
built.listed_items(ITM, ITEMS)


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
