# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the agents-27 set (``grounding_agents27.jsonl``): who acts on a measure or a truce
when the verb is none of the field's cue words (outside checks 59 and 60, session 27;
:mod:`summarizer.verification.sides.clause_agents`). The one who acts is the subject of the act's
verb in its clause, whatever the verb ("Canada, Australia and New Zealand blacklisted",
"Pope Leo wanted a Christmas truce"), or the agent after "by" of a passive participle ("was
triggered in late August by Britain, France and Germany", "pitched by Rafael Grossi"); a list
in that position holds each member, and a name called by an alias in an aside ("known as")
gives the aside's head. The verb must act on the measure or the truce: its object, its
passive subject or its relative antecedent is the measure or the truce, or (a measure) it
shares a measure noun's stem ("blacklisted", "froze"), or (a truce) it asks the sides "to
stop fighting" (:mod:`summarizer.verification.sides.act_objects`). By category:

- ``clause-sponsor``: a measure's sponsor so placed. Refused: the target (an object, after a
  preposition, the subject of a passive or of "faces"), one who reports, condemns, votes
  against, declines, relays, ignores or defies it or "agreed to" it, one who acts in a subordinate clause ("after Iran shipped"),
  a companion ("Accompanied by"), a name that only modifies a noun ("the Iran sanctions").
- ``clause-proposer``: a truce's proposer so placed, "pressed for" a truce included. Refused:
  the one asked, the one relaying or hosting, the one monitoring, the one reporting or
  answering, the one rejecting, the negated, the passive subject, a companion, a name in
  another clause after "after".
- ``body-noun-party``: a truce side given as a country's body ("Ethiopian government",
  "Sudanese army") and named in its evidence by the bare noun ("signed for the government",
  "The army said yes"), where the nearest earlier mention of that noun a country qualifies
  is that country's, or, with none, the one country the headline names. Refused: another
  country's body nearer before, another body word, "his government", "the army of Egypt", a
  capitalised name ("the Government of National Unity"), a headline naming two countries.
- ``former-tie``: a person's affiliation where a "former <country> <title>" before the name
  is a past tie ("The African Union's envoy, former Nigerian President Olusegun Obasanjo"):
  it no longer refutes the body the person serves now; a current title still ties the
  person, and refutes another country named beside ("Kenyan President William Ruto met
  former Nigerian President Obasanjo" for Ruto's "Nigeria").

Run ``python tests/data/make_agents27_cases.py`` to rebuild it. Every sentence was written
for this set from public facts; each verdict is what a careful fact-checker reads in it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_agents27.jsonl")

built = SupportCases(
    "ag27",
    leads=[
        "WELLINGTON (Tasman Wire) -",
        "By Ines Okafor, diplomatic editor",
        "EVENING DIGEST | The Lakeside Courier",
        "From our correspondent at the United Nations.",
        "SEOUL, June 2 (Han River Desk) -",
    ],
)
SPONSOR, PROPOSER, BODY = "clause-sponsor", "clause-proposer", "body-noun-party"
FORMER = "former-tie"


def sponsor(expect: bool, who: str, sentence: str, instrument: str = "executive_action") -> None:
    """A measure whose one sponsor is ``who``, backed by ``sentence``."""
    facts = {"sanctions": [{"instrument": instrument, "sponsors": [who], "evidence": [sentence]}]}
    why = f"sponsor {who} ({'acts' if expect else 'does not act'})"
    built.add(SPONSOR, expect, why, built.page(sentence), facts, "sanctions[0].sponsors[0]")


def proposer(expect: bool, who: str, sentence: str) -> None:
    why = f"proposer {who} ({'acts' if expect else 'does not act'})"
    built.proposer(PROPOSER, expect, sentence, who, why)


# clause-sponsor: must pass
for who, sentence in [
    (
        "Canada",
        "Canada, Australia and New Zealand blacklisted four settler groups on Tuesday, freezing whatever assets they hold.",
    ),
    (
        "New Zealand",
        "Canada, Australia and New Zealand blacklisted four settler groups on Tuesday, freezing whatever assets they hold.",
    ),
    (
        "France",
        "The snapback was triggered in late August by Britain, France and Germany, three years after talks stalled.",
    ),
    (
        "Commerce Department",
        "The Commerce Department on Monday restricted exports to 27 Chinese firms.",
    ),
    (
        "Group of Seven",
        "The curbs on Russian diamonds were set out last June by the Group of Seven.",
    ),
    (
        "Japan",
        "Japan froze the assets of eleven Russian officials and barred exports of dual-use goods.",
    ),
    (
        "Switzerland",
        "Switzerland on Friday mirrored the bloc's latest package, freezing the assets of 200 more people.",
    ),
    (
        "State Department",
        "The State Department designated the Houthis a terrorist organisation again in January.",
    ),
    (
        "Trump administration",
        "A 25 per cent levy on Indian goods was put in place by the Trump administration in August.",
    ),
    (
        "United Kingdom",
        "The United Kingdom had already frozen the bank's London accounts in March.",
    ),
    ("Canada", "The asset freeze that Canada enforced last week covers nine shipping firms."),
    (
        "European Union",
        "The European Union, after months of haggling, finally clinched a ban on Russian gas imports.",
    ),
]:
    sponsor(True, who, sentence)

# clause-sponsor: must fail
for who, sentence in [
    (
        "Belarus",
        "The European Union barred Belarus from its airspace after the forced landing in Vilnius.",
    ),
    ("Venezuela", "Venezuela was struck by fresh oil sanctions on Tuesday, a week after the vote."),
    ("Iran", "Iran faces the return of UN sanctions on Sunday unless the council acts."),
    (
        "Vassily Nebenzia",
        "Vassily Nebenzia said the three European powers had no right to restore the sanctions.",
    ),
    ("China", "China condemned the export curbs that the Netherlands placed on its chipmakers."),
    (
        "Russia",
        "Russia and China voted against the text that would have kept the sanctions lifted.",
    ),
    ("Hungary", "Hungary declined to back the bloc's fourteenth sanctions package."),
    ("Iran", "The bloc blacklisted the firms after Iran shipped drones to Russia."),
    ("Oman", "Oman relayed the message to Tehran, whose funds remain frozen in Korea."),
    ("Kaja Kallas", "Accompanied by Kaja Kallas, the commissioner set out the package of curbs."),
    ("Iran", "The Iran sanctions took effect on Sunday at midnight."),
    ("Ukraine", "Ukraine lobbied the Group of Seven for a lower cap on Russian oil prices."),
    ("India", "India did not freeze any Russian accounts despite the pressure from Washington."),
]:
    sponsor(False, who, sentence)

# clause-proposer: must pass
for who, sentence in [
    ("Pope Leo", "Pope Leo wanted a Christmas truce along the whole front line in Ukraine."),
    (
        "William Ruto",
        "The truce in Kordofan, which William Ruto had sought since May, never took hold.",
    ),
    (
        "Qatar",
        "Norway and Qatar mapped out a ceasefire between the ELN and the government in Bogota.",
    ),
    (
        "Rafael Grossi",
        "A pause in the fighting around the plant, pitched by Rafael Grossi, has not been answered.",
    ),
    ("Algeria", "Algeria crafted the draft demanding an immediate halt to the fighting in Gaza."),
    (
        "Anwar Ibrahim",
        "Anwar Ibrahim, then chair of ASEAN, laid out the terms of a truce between Thailand and Cambodia.",
    ),
    ("Vatican", "The Vatican has long sought an Easter ceasefire in Ukraine."),
    (
        "Saudi Arabia",
        "The ceasefire that Saudi Arabia brought to the table in Jeddah lasted a week.",
    ),
    (
        "Uganda",
        "Kenya, Ethiopia and Uganda together pressed for a humanitarian pause in El Fasher.",
    ),
    ("African Union", "The African Union envisaged a ceasefire watched over by its own observers."),
    (
        "Arab League",
        "The text of the truce had been worked out by the Arab League over the winter.",
    ),
    ("Brazil", "Brazil and China floated a six-point plan for a ceasefire in Ukraine last year."),
]:
    proposer(True, who, sentence)

# clause-proposer: must fail
for who, sentence in [
    ("Hamas", "Egypt asked Hamas to accept the pause in fighting."),
    ("Qatar", "Qatar relayed the ceasefire text to the group's leaders in Doha."),
    ("Reuters", "Reuters reported that the ELN had offered a Christmas truce."),
    ("Hamas", "Hamas answered the Egyptian truce proposal on Monday evening."),
    ("Israel", "Israel rejected the ceasefire floated by Egypt and Qatar."),
    ("Russia", "Russia did not accept the 30-day truce in the end."),
    ("United Nations", "The truce in Hodeidah was to be monitored by the United Nations."),
    ("RSF", "The generals wanted a pause in the fighting after the RSF shelled El Fasher."),
    ("Hezbollah", "Hezbollah was pressed into a truce by French and American envoys."),
    ("Turkey", "The truce talks hosted by Turkey in Istanbul produced a short pause."),
    (
        "Uhuru Kenyatta",
        "Flanked by Uhuru Kenyatta, Olusegun Obasanjo set out the truce to the press.",
    ),
    ("Cambodia", "Thailand's army accused Cambodia of breaking the truce within hours."),
]:
    proposer(False, who, sentence)

# agreeing a measure (a direct object) makes it; agreeing to it, ignoring, defying it do not
sponsor(
    True, "European Union", "The European Union agreed its 18th package of sanctions on Friday."
)
sponsor(
    True, "European Council", "The European Council agreed new curbs on Belarusian potash exports."
)
sponsor(
    False, "Hungary", "Hungary agreed to the package after winning an exemption for its refiners."
)
sponsor(False, "China", "China, which buys most of Iran's oil, ignored the sanctions.")
sponsor(False, "Turkey", "Turkey defied the embargo on Syrian crude for two years.")

# a verb with a clause of its own, a linking verb: the reporter and the bystander
sponsor(False, "Reuters", "Reuters learned that the Treasury had blacklisted six more tankers.")
sponsor(True, "Treasury", "The Treasury blacklisted six more tankers on Friday, Reuters learned.")
sponsor(
    False,
    "Germany",
    "Germany, which had opposed the measure, stayed silent as the bloc blacklisted the banks.",
)
proposer(False, "Sky News", "Sky News obtained the text of the pause, which runs to four pages.")

# a truce told as "to stop fighting": the one who wants it proposes it; not the host of
# those who want it, one refusing, or one wanting another end
proposer(
    True, "Kenya", "Kenya and Ethiopia want both armies to stop fighting before the rainy season."
)
proposer(
    True, "Norway", "Norway wanted the guerrillas and the army to halt hostilities over Christmas."
)
proposer(
    True, "African Union", "The African Union needs the two militias to cease firing for a month."
)
proposer(False, "Chad", "Chad hosted the envoys who want the militias to stop fighting.")
proposer(False, "M23", "M23 refused to stop fighting around Goma in February.")
proposer(False, "Russia", "Russia wants the war to end on its own terms.")

# an alias in an aside gives the aside's head: must pass, then must fail
proposer(
    True,
    "the Troika",
    "The three envoys, known collectively as the Troika, drew up a two-week truce for South Sudan.",
)
proposer(
    True,
    "Quintet",
    "Five Gulf and Western states, dubbed the Quintet, want a pause in the fighting around Khartoum.",
)
sponsor(
    True,
    "E3",
    "Britain, France and Germany, known as the E3, restored the UN sanctions on Iran in September.",
)
proposer(
    False,
    "the Troika",
    "The three envoys, known collectively as the Troika, relayed the truce terms to Juba.",
)
sponsor(
    False,
    "E3",
    "The three European powers, known as the E3, faced criticism from Moscow over the sanctions.",
)
proposer(
    False,
    "the Quad",
    "Diplomats from four states, known as the Quad, did not draft the Jeddah truce.",
)


def body(
    expect: bool, who: str, headline: str, before: str, sentence: str, stance: str = "agreed"
) -> None:
    """A truce side ``who`` (a country's body) backed by ``sentence``, ``before`` a paragraph
    ahead of it on a page whose first line is ``headline``."""
    position = {"party": who, "stance": stance, "evidence": [sentence]}
    facts = {"ceasefires": [{"evidence": [sentence], "positions": [position]}]}
    why = f"side {who} ({'named by its body noun' if expect else 'another body'})"
    text = built.page(before, sentence, lead=f"{headline}\nStaff report, 4 May 2025")
    built.add(BODY, expect, why, text, facts, "ceasefires[0].positions[0].party")


# body-noun-party: must pass
for who, headline, before, sentence in [
    (
        "Colombian government",
        "Peace talks resume in Caracas",
        "Colombia's government and the ELN rebels resumed talks in Caracas on Monday.",
        "By Friday the government had agreed to a six-month bilateral truce.",
    ),
    (
        "Myanmar military",
        "Northern offensive stalls",
        "Myanmar's military and three ethnic armies met in Kunming last week.",
        "The military accepted a pause in the fighting in the north on Thursday.",
    ),
    (
        "Yemeni government",
        "Prisoner swap completed",
        "Yemen's internationally recognised government and the Houthis traded prisoners in April.",
        "The government later agreed to extend the truce by two months.",
    ),
    (
        "Sudanese army",
        "Sudan: the war enters a third year",
        "Fighting spread to Kordofan in the spring.",
        "The army said on Tuesday it would accept a week-long truce in El Fasher.",
    ),
    (
        "Ethiopian government",
        "Talks open in Pretoria",
        "Ethiopia's federal government and Tigrayan leaders met in Pretoria.",
        "The federal government agreed to halt air strikes at once.",
    ),
    (
        "Thai army",
        "Border clashes ease",
        "Thailand's army and Cambodian troops clashed again along the frontier.",
        "The army agreed to a truce at midnight after talks in Kuala Lumpur.",
    ),
    (
        "Malian junta",
        "Northern front quiet",
        "Mali's junta expelled French troops in 2022.",
        "The junta agreed to a ceasefire with Tuareg rebels in the north.",
    ),
    (
        "Pakistani authorities",
        "Border crossing to reopen",
        "Pakistan's authorities and Afghan Taliban officials met in Doha.",
        "The authorities agreed to a truce at the Torkham crossing.",
    ),
    (
        "Sudanese army",
        "Inside Sudan's war: who backs whom",
        "Foreign powers have taken sides for two years.",
        "The army, backed by Egypt, agreed to the pause on Monday.",
    ),
    (
        "Syrian government",
        "Aleppo truce holds",
        "Syria's government and Kurdish-led forces fought near Aleppo in October.",
        "The government agreed to a local truce around the city's Kurdish districts.",
    ),
]:
    body(True, who, headline, before, sentence)

# body-noun-party: must fail
for who, headline, before, sentence in [
    (
        "Ethiopian government",
        "Envoys gather",
        "Ethiopia's government hosted the envoys; Eritrea's government stayed away.",
        "The government agreed to halt the shelling.",
    ),
    (
        "Venezuelan government",
        "Talks resume",
        "Colombia's government and the ELN resumed talks in Venezuela.",
        "By Friday the government had agreed to a bilateral truce.",
    ),
    (
        "Thai army",
        "Border talks",
        "Thailand's army and Cambodia's government met at the frontier.",
        "The government agreed to a truce at midnight.",
    ),
    (
        "Armenian government",
        "Border deal",
        "Armenia's government and Azerbaijan met in Brussels.",
        "His government agreed to the truce, Nikol Pashinyan said.",
    ),
    (
        "Sudanese army",
        "Sudan's long war",
        "Aid has stalled for weeks.",
        "The army of Egypt agreed to guard the aid corridor during the pause.",
    ),
    (
        "Libyan government",
        "Tripoli truce",
        "Rival forces fought in the capital in May.",
        "The Government of National Unity agreed to the truce on Sunday.",
    ),
    (
        "Egyptian army",
        "Egypt hosts talks on Sudan's war",
        "Delegates arrived in Cairo on Sunday.",
        "The army agreed to the truce on Monday.",
    ),
    (
        "Eritrean army",
        "Tigray: a fragile peace",
        "Ethiopia's army pulled back from Mekelle in January.",
        "The army agreed to stay out of the town during the truce.",
    ),
    (
        "Russian military",
        "Kyiv says Moscow is stalling",
        "Ukraine's military reported new drone attacks overnight.",
        "The military accepted a local truce around the nuclear plant.",
    ),
    (
        "Israeli government",
        "Lebanon ceasefire",
        "Lebanon's government has struggled to disarm Hezbollah.",
        "The government agreed on Tuesday to extend the truce.",
    ),
]:
    body(False, who, headline, before, sentence)


def affiliation(expect: bool, name: str, value: str, sentence: str) -> None:
    """``name``'s affiliation ``value`` on a page of ``sentence``."""
    facts = {"people": [{"name": name, "affiliation": value}]}
    why = f"{name}'s affiliation {value} ({'current' if expect else 'another country'})"
    built.add(FORMER, expect, why, built.page(sentence), facts, "people[0].affiliation")


# former-tie: must pass
for name, value, sentence in [
    (
        "Olusegun Obasanjo",
        "African Union",
        "The African Union's envoy, former Nigerian President Olusegun Obasanjo, opened the talks in Pretoria.",
    ),
    (
        "Ramtane Lamamra",
        "United Nations",
        "The UN envoy, former Algerian foreign minister Ramtane Lamamra, flew to Port Sudan on Monday.",
    ),
    (
        "Mark Rutte",
        "NATO",
        "NATO's new chief, former Dutch Prime Minister Mark Rutte, visited Kyiv in October.",
    ),
    (
        "Kaja Kallas",
        "European Union",
        "The EU's foreign policy chief, former Estonian Prime Minister Kaja Kallas, met Wang Yi in Brussels.",
    ),
    (
        "Antonio Guterres",
        "United Nations",
        "The UN Secretary-General, former Portuguese Prime Minister Antonio Guterres, called for calm.",
    ),
    (
        "Mircea Geoana",
        "NATO",
        "NATO's deputy chief, former Romanian foreign minister Mircea Geoana, spoke in Warsaw.",
    ),
    (
        "Michelle Bachelet",
        "United Nations",
        "The UN rights chief, former Chilean President Michelle Bachelet, visited Xinjiang in 2022.",
    ),
    (
        "Uhuru Kenyatta",
        "African Union",
        "The AU panel's co-chair, former Kenyan President Uhuru Kenyatta, arrived in Addis Ababa.",
    ),
    (
        "Jens Stoltenberg",
        "NATO",
        "NATO's chief at the time, former Norwegian Prime Minister Jens Stoltenberg, met Biden.",
    ),
    (
        "Josep Borrell",
        "European Union",
        "The EU's top diplomat, former Spanish foreign minister Josep Borrell, travelled to Kyiv.",
    ),
]:
    affiliation(True, name, value, sentence)

# former-tie: must fail
for name, value, sentence in [
    (
        "Andrii Sybiha",
        "Turkey",
        "Ukrainian Foreign Minister Andrii Sybiha, a former ambassador to Turkey, met his Polish counterpart.",
    ),
    (
        "Vladimir Putin",
        "United States",
        "Russian President Vladimir Putin met former US President Donald Trump's envoy in Moscow.",
    ),
    (
        "William Ruto",
        "Nigeria",
        "Kenyan President William Ruto met former Nigerian President Olusegun Obasanjo in Nairobi.",
    ),
    (
        "Emmanuel Macron",
        "Germany",
        "French President Emmanuel Macron dined with former German Chancellor Angela Merkel in Paris.",
    ),
    (
        "Giorgia Meloni",
        "United Kingdom",
        "Italian Prime Minister Giorgia Meloni greeted former British Prime Minister Tony Blair in Rome.",
    ),
    (
        "Cyril Ramaphosa",
        "Ethiopia",
        "South African President Cyril Ramaphosa hosted former Ethiopian Prime Minister Hailemariam Desalegn.",
    ),
    (
        "Luiz Inacio Lula da Silva",
        "Chile",
        "Brazilian President Luiz Inacio Lula da Silva thanked former Chilean President Michelle Bachelet.",
    ),
    (
        "Recep Tayyip Erdogan",
        "Greece",
        "Turkish President Recep Tayyip Erdogan received former Greek Prime Minister Alexis Tsipras.",
    ),
    (
        "Keir Starmer",
        "Australia",
        "British Prime Minister Keir Starmer spoke with former Australian Prime Minister Malcolm Turnbull.",
    ),
    (
        "Olaf Scholz",
        "Austria",
        "German Chancellor Olaf Scholz met former Austrian Chancellor Sebastian Kurz in Berlin.",
    ),
]:
    affiliation(False, name, value, sentence)


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
