# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of checks 54-57's bodies named by a common noun (``grounding_bodynouns25.jsonl``):
"the group", "the agency", "the movement" standing for the one body of that kind the article
named before it (:mod:`summarizer.verification.sides.group_nouns`), by category:

- ``noun-actor``: an event's actor given in the evidence as "the group" / "the movement" /
  "the militia" for an armed movement named before (Hamas, the Houthis, M23, the RSF), or as
  "the agency" for an agency or programme named before; another movement or agency named
  nearer, a country, and a body named only after the noun stay refused;
- ``initials``: the actor or announcer given by the initials of the name the article spelt
  out before ("... of the International Organization for Migration. ... IOM says"); initials
  of another body, initials met before the name is spelt out, and a country named beside
  them stay refused;
- ``noun-announcer``: a truce's announcer given as "..., the agency said" / "the group
  announced", with the same refusals, and the one the body brokered with or acted on.

Run ``python tests/data/make_bodynouns25_cases.py`` to rebuild it. Every article below was
written for this set in its own words; each verdict is what a careful fact-checker reads.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_bodynouns25.jsonl")

built = SupportCases(
    "bn25",
    leads=[
        "GAZA CITY (Levant Wire) -",
        "By Hannah Okafor | The Sahel Ledger",
        "From our Geneva correspondent.",
        "LIVE | Red Sea Monitor",
    ],
)
ACTOR, ANNOUNCER, INITIALS = "noun-actor", "noun-announcer", "initials"
actor, announcer = built.actor, built.announcer

# noun-actor: must pass
actor(
    ACTOR,
    True,
    "Late on Sunday Hamas freed four captives. The group had delayed the handover by several hours.",
    "Hamas",
    "delay of the handover",
    "'the group' is Hamas, named in the sentence before",
)
actor(
    ACTOR,
    True,
    "The group had postponed the exchange twice before it took place.",
    "Hamas",
    "postponement of the exchange",
    "'the group' is Hamas, the one movement of the paragraph before",
    before="Hamas handed three detainees to the Red Cross in Khan Younis.",
)
actor(
    ACTOR,
    True,
    "After the Houthis lost two launchers, the group fired a missile at Eilat.",
    "Houthis",
    "missile launch at Eilat",
    "'the group' is the Houthis, named earlier in the sentence",
)
actor(
    ACTOR,
    True,
    "The movement seized two more villages north of Goma on Tuesday.",
    "M23",
    "capture of villages",
    "'the movement' is M23 named before",
    before="M23 rebels have pushed deeper into North Kivu this month.",
)
actor(
    ACTOR,
    True,
    "The militia shelled the outskirts of El Fasher overnight, residents said.",
    "RSF",
    "shelling of El Fasher",
    "'the militia' is the RSF named before",
    before="The RSF has besieged the city since May.",
)
actor(
    ACTOR,
    True,
    "Hezbollah fired rockets towards the Galilee; the group said it was answering an air raid.",
    "Hezbollah",
    "rocket fire",
    "'the group' is Hezbollah, named before it",
)
actor(
    ACTOR,
    True,
    "The agency then halted food convoys into the north of the Strip.",
    "World Food Programme",
    "suspension of convoys",
    "'the agency' is the programme named before",
    before="The World Food Programme warned that its trucks had been looted twice.",
)
actor(
    ACTOR,
    True,
    "The agency sent a team of inspectors to the plant on Monday.",
    "IAEA",
    "dispatch of inspectors",
    "'the agency' is the IAEA named before",
    before="The IAEA has asked for access to Zaporizhzhia for weeks.",
)
actor(
    ACTOR,
    True,
    "The Taliban closed girls' schools again, and the group barred women from the universities.",
    "Taliban",
    "ban on women at universities",
    "'the group' is the Taliban, named earlier in the sentence",
)
actor(
    ACTOR,
    True,
    "The organisation opened two new shelters in Tripoli last week.",
    "International Organization for Migration",
    "opening of shelters",
    "'the organisation' is the IOM named before",
    before="The International Organization for Migration counts 700,000 migrants in Libya.",
)
actor(
    ACTOR,
    True,
    "The agency reopened its Kabul office in March.",
    "UNICEF",
    "reopening of the office",
    "'the agency' is UNICEF named before",
    before="UNICEF suspended some work in the capital last year.",
)

# noun-actor: must fail
actor(
    ACTOR,
    False,
    "The group had delayed the handover by several hours.",
    "Hamas",
    "delay of the handover",
    "Islamic Jihad, named nearer, is the group",
    before="Hamas said the list was ready, but Islamic Jihad held back one name.",
)
actor(
    ACTOR,
    False,
    "The group had delayed the handover by several hours.",
    "Israel",
    "delay of the handover",
    "a country, not 'the group'",
    before="Israel and Hamas traded lists of detainees overnight.",
)
actor(
    ACTOR,
    False,
    "The movement seized two more villages north of Goma on Tuesday.",
    "Rwanda",
    "capture of villages",
    "Rwanda is a country, not the movement",
    before="Kinshasa says Rwanda backs M23, which Kigali denies.",
)
actor(
    ACTOR,
    False,
    "The militia shelled the outskirts of El Fasher overnight.",
    "Sudanese army",
    "shelling of El Fasher",
    "the army is not the militia",
    before="The Sudanese army is fighting the RSF for the city.",
)
actor(
    ACTOR,
    False,
    "The agency halted food convoys into the north of the Strip.",
    "IAEA",
    "suspension of convoys",
    "the agency named nearer is the World Food Programme",
    before="The IAEA met on Monday. Separately, the World Food Programme warned its trucks were looted.",
)
actor(
    ACTOR,
    False,
    "The group fired a missile at Eilat.",
    "Hamas",
    "missile launch",
    "the Houthis, named nearer, are the group",
    before="Hamas welcomed the attack. The Houthis said more would follow.",
)
actor(
    ACTOR,
    False,
    "The group fired a rocket at Ashkelon.",
    "Houthis",
    "rocket launch",
    "Islamic Jihad, named nearer, is the group",
    before="The Houthis denied any role; Islamic Jihad said it had a new launcher.",
)
actor(
    ACTOR,
    False,
    "The agency sent a team of inspectors to the plant on Monday.",
    "Ukraine",
    "dispatch of inspectors",
    "Ukraine is not the agency",
    before="Ukraine asked the IAEA for help at Zaporizhzhia.",
)
actor(
    ACTOR,
    False,
    "An armed group attacked the convoy near Nyala.",
    "RSF",
    "attack on a convoy",
    "'an armed group' points back to no one",
    before="The RSF controls much of Darfur.",
)
actor(
    ACTOR,
    False,
    "The organisation opened two new shelters in Tripoli.",
    "UNICEF",
    "opening of shelters",
    "the organisation named nearer is the IOM",
    before="UNICEF gave vaccines; the International Organization for Migration counts migrants.",
)
actor(
    ACTOR,
    False,
    "The group seized the town on Friday.",
    "Hezbollah",
    "capture of the town",
    "Hezbollah is not named before it at all",
    before="Fighting went on across the south for a third day.",
)
actor(
    ACTOR,
    False,
    "The group then blocked the road to the crossing.",
    "Hamas",
    "blocking of the road",
    "'the group' is the group of settlers brought in between",
    before="Hamas handed over two bodies on Monday. Near Kerem Shalom, a group of settlers gathered at dawn.",
)
actor(
    ACTOR,
    True,
    "The group then blocked the road to the crossing.",
    "Hamas",
    "blocking of the road",
    "Hamas is the only group named before it",
    before="Hamas handed over two bodies on Monday. Near Kerem Shalom, settlers gathered at dawn.",
)

# noun-announcer: must pass
TRUCE = "A local truce around the plant has been agreed, the agency said on Friday."
announcer(
    ANNOUNCER,
    True,
    TRUCE,
    "IAEA",
    "'the agency' is the IAEA named before",
    before="The IAEA has pressed both sides for a zone of calm.",
)
announcer(
    ANNOUNCER,
    True,
    "Engineers will work under a pause that the IAEA arranged with both armies, the agency said.",
    "IAEA",
    "'the agency' is the IAEA named earlier in the sentence",
)
announcer(
    ANNOUNCER,
    True,
    "The group announced a three-day truce for the Eid holiday.",
    "Taliban",
    "'the group' is the Taliban named before",
    before="The Taliban have fought Pakistani forces on the border since Sunday.",
)
announcer(
    ANNOUNCER,
    True,
    "The movement said a humanitarian ceasefire would start at midnight.",
    "M23",
    "'the movement' is M23 named before",
    before="M23 fighters hold Goma airport.",
)
announcer(
    ANNOUNCER,
    True,
    "Hamas accepted a pause in fighting on Monday, the group said in a statement.",
    "Hamas",
    "'the group' is Hamas, named earlier in the sentence",
)
announcer(
    ANNOUNCER,
    True,
    "The militia declared a unilateral truce on Thursday.",
    "RSF",
    "'the militia' is the RSF named before",
    before="The RSF has been blamed for the siege.",
)
announcer(
    ANNOUNCER,
    True,
    "A pause to let food in was agreed, the agency said.",
    "World Food Programme",
    "'the agency' is the programme named before",
    before="The World Food Programme has asked for safe passage for weeks.",
)
announcer(
    ANNOUNCER,
    True,
    "The group announced that it would halt attacks on shipping.",
    "Houthis",
    "'the group' is the Houthis named before",
    before="The Houthis have hit dozens of vessels since November.",
)
announcer(
    ANNOUNCER,
    True,
    "The agency announced a truce to repair the power line.",
    "International Atomic Energy Agency",
    "'the agency' is the International Atomic Energy Agency named before",
    before="The International Atomic Energy Agency keeps staff at the site.",
)
announcer(
    ANNOUNCER,
    True,
    "The group said on Telegram that a truce had been reached.",
    "Hezbollah",
    "'the group' is Hezbollah named before",
    before="Hezbollah and Israel exchanged fire all week.",
)

# noun-announcer: must fail
announcer(
    ANNOUNCER,
    False,
    TRUCE,
    "Ukraine",
    "Ukraine is not the agency",
    before="Ukraine and the IAEA talked for hours.",
)
announcer(
    ANNOUNCER,
    False,
    TRUCE,
    "IAEA",
    "Reuters, named nearer, may be the agency meant",
    before="The IAEA was asked for comment, Reuters reported.",
)
announcer(
    ANNOUNCER,
    False,
    "Engineers will work under a pause that the IAEA arranged with Moscow, Rosatom said.",
    "IAEA",
    "Rosatom announced it; the IAEA arranged it",
)
announcer(
    ANNOUNCER,
    False,
    "The group announced a three-day truce for the Eid holiday.",
    "Pakistan",
    "a country, not the group",
    before="The Taliban have fought Pakistani forces on the border.",
)
announcer(
    ANNOUNCER,
    False,
    "The movement said a ceasefire would start at midnight.",
    "Congo",
    "a country, not the movement",
    before="Congo's army and M23 fighters clashed again.",
)
announcer(
    ANNOUNCER,
    False,
    "The militia declared a unilateral truce on Thursday.",
    "Sudanese army",
    "the army is not the militia",
    before="The Sudanese army and the RSF both claimed gains.",
)
announcer(
    ANNOUNCER,
    False,
    "The group announced that it would halt attacks on shipping.",
    "Hamas",
    "the Houthis, named nearer, are the group",
    before="Hamas praised the move. The Houthis then sent a statement.",
)
announcer(
    ANNOUNCER,
    False,
    "A pause to let food in was agreed, the agency said.",
    "UNICEF",
    "the World Food Programme, named nearer, is the agency",
    before="UNICEF vaccinated children; the World Food Programme asked for access.",
)
announcer(
    ANNOUNCER,
    False,
    "The group said on Telegram that a truce had been reached.",
    "Hezbollah",
    "Hezbollah is named only after the noun",
    before="Fighting went on for a week.",
)
announcer(
    ANNOUNCER,
    False,
    "A group of elders said a truce had been reached.",
    "Hamas",
    "'a group of elders' is not Hamas",
    before="Hamas fighters withdrew from the town.",
)

# initials: must pass
IOM = "Convoys of the World Food Programme and the International Organization for Migration crossed at Adre."
actor(
    INITIALS,
    True,
    "For its part, IOM says its kits will reach 9,000 families.",
    "International Organization for Migration",
    "delivery of kits",
    "IOM is the organisation spelt out before",
    before=IOM,
)
actor(
    INITIALS,
    True,
    "WFP trucks unloaded sorghum and oil in Tine.",
    "World Food Programme",
    "delivery of food",
    "WFP is the programme spelt out before",
    before=IOM,
)
actor(
    INITIALS,
    True,
    "The NRC opened a legal aid desk in the camp.",
    "Norwegian Refugee Council",
    "opening of a desk",
    "NRC is the council spelt out before",
    before="The Norwegian Refugee Council has worked in Borno since 2014.",
)
actor(
    INITIALS,
    True,
    "MSF evacuated its staff from the hospital on Sunday.",
    "Medecins Sans Frontieres",
    "evacuation of staff",
    "MSF is the charity spelt out before",
    before="Medecins Sans Frontieres runs the only surgery ward in the town.",
)
actor(
    INITIALS,
    True,
    "The ICRC's team collected the remains at the crossing.",
    "International Committee of the Red Cross",
    "collection of remains",
    "ICRC is the committee spelt out before",
    before="The International Committee of the Red Cross was asked to step in.",
)
actor(
    INITIALS,
    True,
    "After a week of talks, OCHA reopened its office in Kadugli.",
    "Office for the Coordination of Humanitarian Affairs",
    "reopening of an office",
    "OCHA is the office spelt out before",
    before="The Office for the Coordination of Humanitarian Affairs left Kadugli in June.",
)
actor(
    INITIALS,
    True,
    "The AfDB approved a loan for the port in March.",
    "African Development Bank",
    "approval of a loan",
    "AfDB is the bank spelt out before, its lower-case letter aside",
    before="The African Development Bank has pledged support for the corridor.",
)
announcer(
    INITIALS,
    True,
    "A pause in the shelling was agreed for the repairs, IOM said.",
    "International Organization for Migration",
    "IOM is the organisation spelt out before",
    before=IOM,
)
announcer(
    INITIALS,
    True,
    "WFP announced that a truce would let its convoy through.",
    "World Food Programme",
    "WFP is the programme spelt out before",
    before=IOM,
)
announcer(
    INITIALS,
    True,
    "The ICRC said a local truce had been agreed for the exchange.",
    "International Committee of the Red Cross",
    "ICRC is the committee spelt out before",
    before="The International Committee of the Red Cross will carry out the handover.",
)
announcer(
    INITIALS,
    True,
    "A truce around the plant holds, the IAEA said.",
    "International Atomic Energy Agency",
    "IAEA is the agency spelt out before",
    before="The International Atomic Energy Agency has inspectors at the site.",
)

# initials: must fail
actor(
    INITIALS,
    False,
    "For its part, IOM says its kits will reach 9,000 families.",
    "World Food Programme",
    "delivery of kits",
    "IOM is not the programme",
    before=IOM,
)
actor(
    INITIALS,
    False,
    "WFP trucks unloaded sorghum and oil in Tine.",
    "International Organization for Migration",
    "delivery of food",
    "WFP is not the IOM",
    before=IOM,
)
actor(
    INITIALS,
    False,
    "The NRC opened a legal aid desk in the camp.",
    "National Relief Commission",
    "opening of a desk",
    "the name is never spelt out, NRC may be another body's",
    before="The Norwegian Refugee Council has worked in Borno since 2014.",
)
actor(
    INITIALS,
    False,
    "MSF evacuated its staff from the hospital on Sunday.",
    "Medecins Sans Frontieres",
    "evacuation of staff",
    "the page never spells MSF out",
)
actor(
    INITIALS,
    False,
    "The IRC opened two clinics in Ouré Cassoni.",
    "International Rescue Committee",
    "opening of clinics",
    "IRC is spelt out for the International Red Cross here, not the Rescue Committee",
    before="Volunteers of the International Red Cross staff the border post.",
)
actor(
    INITIALS,
    False,
    "UNHCR registered 4,000 new arrivals.",
    "International Organization for Migration",
    "registration of arrivals",
    "UNHCR is another agency",
    before=IOM,
)
announcer(
    INITIALS,
    False,
    "A pause in the shelling was agreed for the repairs, WFP said.",
    "International Organization for Migration",
    "WFP said it, not the IOM",
    before=IOM,
)
announcer(
    INITIALS,
    False,
    "The ICRC said a local truce had been agreed for the exchange.",
    "Sudanese army",
    "the army is not the ICRC",
    before="The International Committee of the Red Cross and the Sudanese army met.",
)
announcer(
    INITIALS,
    False,
    "A truce around the plant holds, the IAEA said.",
    "International Energy Agency",
    "the IAEA said it; the other agency is the IEA",
    before="The International Energy Agency and the International Atomic Energy Agency both sent teams.",
)
announcer(
    INITIALS,
    False,
    "NRC said a truce for the camp had been agreed.",
    "Norwegian Refugee Council",
    "the page never spells NRC out",
)
announcer(
    INITIALS,
    False,
    "The IOM said a truce had been agreed.",
    "International Organisation for Women",
    "IOM was spelt out for the migration body, not this one",
    before="The International Organization for Migration has staff in the town.",
)


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
    print(f"{len(built.cases)} cases -> {OUT.name}")
