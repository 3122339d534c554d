# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build review rvfw32's set (``grounding_rvfw32.jsonl``): session 32's free-text words the
article writes in another form (freewords32), tried from outside, by category, each with what
must pass and what must fail:

- ``initials``: an all-capital abbreviation the page spells out ("KRA" for "the Kenya Revenue
  Authority", "FDA" for "the US Food and Drug Administration"). Refused: an abbreviation of
  another body whose letters a part of one of the page's runs happens to spell ("DOH" from
  "Department of Homeland Security", "NSC" from "United Nations Security Council", "CBP" from
  "Central Bank President Ana Ruiz");
- ``national-bodies``: a country for an office or chamber only it has ("Germany" for the
  Bundestag, "Ireland" for the Gardai). Refused: a chamber's name two countries share
  ("Bundesrat" in Vienna or Bern, "Nationalrat" in Bern), a country whose chamber the page does
  not name;
- ``ordinary-openings``: a common plural or participle opening a sentence the page writes in
  no form ("Tenants face", "Protesting farmers"). Refused: a surname or a team that is also such
  a word, before a verb, the page naming someone else ("Sessions signed", "Rangers won",
  "Speed won");
- ``nought-scales``: a zero the page states ("45 votes to nil", "none against") and a scale in
  trillions. Refused: a zero the page states only as a modifier ("zero-tolerance", "net zero",
  "zero-hours contracts"), a scale or a number the page does not give.

Run ``python tests/data/make_rvfw32_cases.py`` to rebuild it. Every text is written for this
set (fictional outlets and people, or public figures in invented sentences); each verdict is
what a careful fact-checker reads, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvfw32.jsonl")

built = SupportCases(
    "rvfw32",
    leads=(
        "The Tidewater Courier\n\nBy Oona Pellegrini",
        "Savanna Wire | NAIROBI, 3 March",
        "Radio Lindqvist, morning bulletin\n\nANCHOR:",
    ),
    closing="No further comment was given on Thursday.",
)
INITIALS, BODIES, ORDINARY, NOUGHT = (
    "initials",
    "national-bodies",
    "ordinary-openings",
    "nought-scales",
)


def prose(
    category: str, expect: bool, paragraph: str, text: str, why: str, path: str = "summary"
) -> None:
    """Free text over a page of ``paragraph`` (``SupportCases.free_text``)."""
    built.free_text(category, expect, paragraph, text, why, path)


# fmt: off
# --- initials: must pass ---------------------------------------------------------------------
prose(INITIALS, True, "The Kenya Revenue Authority collected more tax in June than planned.", "The KRA collected more tax in June than planned.", "the whole run")
prose(INITIALS, True, "Officials from the US Food and Drug Administration inspected the plant.", "FDA officials inspected the plant.", "the run after its country's 'US'")
prose(INITIALS, True, "International Atomic Energy Agency Director General Rafael Grossi toured the site.", "The IAEA chief toured the site.", "the run before its head's title")
prose(INITIALS, True, "The Nigeria Labour Congress called a strike for Monday.", "The NLC called a strike for Monday.", "a country's name opening the body's")
prose(INITIALS, True, "Bank of Canada Governor Tiff Macklem held rates on Wednesday.", "The BOC held rates on Wednesday.", "'of' read, before 'Governor'")
prose(INITIALS, True, "The Royal Society for the Protection of Birds bought the marsh.", "The RSPB bought the marsh.", "'for the' skipped, 'of' skipped")
prose(INITIALS, True, "The Ghana Health Service confirmed new cases in Tamale.", "GHS confirmed new cases in Tamale.", "three capitals", path="key_points[0]")
prose(INITIALS, True, "The European Bank for Reconstruction and Development lent the city money.", "The EBRD lent the city money.", "'for' skipped, 'and' skipped")
prose(INITIALS, True, "The National Union of Mineworkers voted to strike.", "The NUM voted to strike.", "'of' skipped")
prose(INITIALS, True, "Members of the Tigray Defence Forces entered Alamata.", "TDF fighters entered Alamata.", "a run after 'of the'", path="key_points[0]")
prose(INITIALS, True, "The World Food Programme Executive Director visited Gaza.", "The WFP director visited Gaza.", "the run before 'Executive Director'")
# --- initials: must fail ---------------------------------------------------------------------
prose(INITIALS, False, "The Department of Homeland Security detained the men.", "The DOH detained the men.", "the Department of Health is not the page's body")
prose(INITIALS, False, "The Federal Bureau of Investigation opened an inquiry.", "The BOI opened an inquiry.", "the middle of the FBI's name is no body")
prose(INITIALS, False, "The United Nations Security Council met on Tuesday.", "The NSC met on Tuesday.", "a national security council is not the UN's")
prose(INITIALS, False, "The Ministry of Foreign Affairs issued new rules.", "The MOF issued new rules.", "a finance ministry is not the foreign ministry")
prose(INITIALS, False, "The National Transportation Safety Board opened an investigation.", "The TSB opened an investigation.", "Canada's TSB is not the NTSB")
prose(INITIALS, False, "Central Bank President Ana Ruiz said migrants were held at the border.", "CBP held migrants at the border.", "border agents are not the bank's president")
prose(INITIALS, False, "Bank of Canada Governor Tiff Macklem warned of a strike.", "The CGT warned of a strike.", "a French union, spelt by the middle of a run", path="key_points[0]")
prose(INITIALS, False, "The South African Broadcasting Corporation aired the debate.", "The ABC aired the debate.", "another broadcaster")
prose(INITIALS, False, "The Independent Police Complaints Commission reviewed the case.", "The PCC reviewed the case.", "the press watchdog is not the police one")
prose(INITIALS, False, "The International Criminal Court issued a warrant.", "The ICJ issued a warrant.", "another court's letters")
prose(INITIALS, False, "Amnesty International said the trial was unfair.", "HRW said the trial was unfair.", "a body the page never names")
# --- national-bodies: must pass --------------------------------------------------------------
prose(BODIES, True, "The Knesset voted 61 to 59 to dissolve itself.", "Israel's parliament voted 61 to 59 to dissolve itself.", "Knesset")
prose(BODIES, True, "Members of the Bundestag approved the budget on Friday.", "Germany's parliament approved the budget on Friday.", "Bundestag")
prose(BODIES, True, "The Duma passed the law in a third reading.", "Russia's parliament passed the law.", "Duma")
prose(BODIES, True, "The Sejm rejected the bill by 230 votes.", "Poland's lower house rejected the bill by 230 votes.", "Sejm")
prose(BODIES, True, "The Riksdag elected a new speaker on Monday.", "Sweden's parliament elected a new speaker on Monday.", "Riksdag", path="key_points[0]")
prose(BODIES, True, "The Storting approved the fund's new rules.", "Norway's parliament approved the fund's new rules.", "Storting")
prose(BODIES, True, "The Folketing backed the defence deal.", "Denmark's parliament backed the defence deal.", "Folketing")
prose(BODIES, True, "The Rada voted to extend martial law.", "Ukraine's parliament voted to extend martial law.", "Rada")
prose(BODIES, True, "The Bundeswehr sent 300 soldiers to Lithuania.", "Germany sent 300 soldiers to Lithuania.", "Bundeswehr")
prose(BODIES, True, "The Taoiseach, Micheal Martin, met the British prime minister in London.", "Ireland's leader met the British prime minister in London.", "Taoiseach", path="key_points[0]")
# --- national-bodies: must fail --------------------------------------------------------------
prose(BODIES, False, "The Eduskunta in Helsinki passed the bill.", "Estonia's parliament passed the bill.", "Finland's chamber")
prose(BODIES, False, "The Althing met in Reykjavik on Monday.", "Greenland's parliament met on Monday.", "Iceland's chamber")
prose(BODIES, False, "The Knesset voted to dissolve itself.", "Lebanon's parliament voted to dissolve itself.", "another country's parliament")
prose(BODIES, False, "Members of the Seimas in Vilnius voted on Tuesday.", "Poland's parliament voted on Tuesday.", "the Seimas is Lithuania's")
prose(BODIES, False, "The Storting approved the fund's new rules.", "Sweden's parliament approved the fund's new rules.", "Norway's chamber")
prose(BODIES, False, "The Nationalrat in Bern voted to tighten gun laws.", "Austria's lower house voted to tighten gun laws.", "Switzerland's Nationalrat")
prose(BODIES, False, "The Bundesrat in Vienna approved the tax reform.", "Germany's upper house approved the tax reform.", "Austria's Bundesrat")
prose(BODIES, False, "The Bundesrat, the seven-member government in Bern, approved the deal.", "Germany's government approved the deal.", "Switzerland's Bundesrat", path="key_points[0]")
prose(BODIES, False, "The Riksdag in Stockholm elected a new speaker.", "Finland's parliament elected a new speaker.", "Sweden's chamber")
prose(BODIES, False, "The Folketing backed the defence deal.", "Norway's parliament backed the defence deal.", "Denmark's chamber")
prose(BODIES, False, "Knesset member Dalia Sharon visited Ramallah.", "Jordan's parliament sent a member to Ramallah.", "a country the page never names")
# --- ordinary-openings: must pass ------------------------------------------------------------
prose(ORDINARY, True, "Rents in the capital rose by 9 percent last year.", "Tenants face rises of 9 percent in the capital.", "'Tenants' opens a sentence")
prose(ORDINARY, True, "Two buses crashed near Kisumu, killing 11.", "Collisions near Kisumu killed 11.", "'Collisions near'")
prose(ORDINARY, True, "The ruling party lost its majority in Sunday's election.", "Voters stripped the ruling party of its majority.", "'Voters stripped'")
prose(ORDINARY, True, "Firefighters battled the blaze for six hours.", "Flames burned for six hours.", "'Flames burned'", path="key_points[0]")
prose(ORDINARY, True, "The court let the two journalists go on bail.", "Reporters freed on bail after court hearing.", "'Reporters freed'")
prose(ORDINARY, True, "Police said the fire started in a kitchen.", "Investigators believe the fire started in a kitchen.", "'Investigators believe'")
prose(ORDINARY, True, "The price of bread doubled within a month.", "Shoppers paid double for bread within a month.", "'Shoppers paid'")
prose(ORDINARY, True, "Farmers blocked the motorway with tractors.", "Protesting farmers blocked the motorway.", "'Protesting farmers'", path="key_points[0]")
prose(ORDINARY, True, "The new rules apply to all workers from May.", "Existing staff are covered by the new rules.", "'Existing staff'")
prose(ORDINARY, True, "The storm destroyed the harvest in the north.", "Growers lost the harvest in the north.", "'Growers lost'")
prose(ORDINARY, True, "The government raised the fuel tax by 4 cents.", "Motorists pay 4 cents more in fuel tax.", "'Motorists pay'", path="key_points[0]")
# --- ordinary-openings: must fail ------------------------------------------------------------
prose(ORDINARY, False, "Attorney General Pam Bondi signed the order on Monday.", "Sessions signed the order on Monday.", "Jeff Sessions is not the page's attorney general")
prose(ORDINARY, False, "Quarterback Jared Goff threw three touchdowns.", "Cousins threw three touchdowns.", "Kirk Cousins is not the page's quarterback")
prose(ORDINARY, False, "Singer Dua Lipa released a new album on Friday.", "Styles released a new album on Friday.", "another singer")
prose(ORDINARY, False, "Prisoner Francis Hughes led the hunger strike.", "Sands led the hunger strike.", "another prisoner")
prose(ORDINARY, False, "Celtic won 2-0 at Ibrox on Sunday.", "Rangers won 2-0 at Ibrox on Sunday.", "the other club")
prose(ORDINARY, False, "Midfielder Aled Price scored twice for Wales.", "Speed scored twice for Wales.", "Gary Speed is not the page's scorer")
prose(ORDINARY, False, "Coach Ana Ruiz resigned after the defeat.", "Canning resigned after the defeat.", "a surname the page never writes", path="key_points[0]")
prose(ORDINARY, False, "Senator Tom Hale voted against the bill.", "Kings voted against the bill.", "a surname the page never writes")
prose(ORDINARY, False, "Former Tanaiste Mary Harney opened the hospital.", "Spring opened the hospital.", "Dick Spring is not the page's Tanaiste")
prose(ORDINARY, False, "Striker Kai Lund scored in the final.", "Knights scored in the final.", "a surname the page never writes")
# --- nought-scales: must pass ----------------------------------------------------------------
prose(NOUGHT, True, "The motion carried by 45 votes to nil.", "The motion carried 45 to 0.", "'nil'")
prose(NOUGHT, True, "Public debt passed 36 trillion dollars in November.", "Public debt passed $36 trillion in November.", "trillion in words")
prose(NOUGHT, True, "The pension fund manages $1.8 trillion.", "The fund manages 1.8 trillion dollars.", "trillion after digits")
prose(NOUGHT, True, "Twenty members voted in favour, none against.", "The vote was 20 to 0.", "'none against'", path="key_points[0]")
prose(NOUGHT, True, "Inflation was zero in March, the statistics office said.", "Inflation was 0 percent in March.", "'zero'")
prose(NOUGHT, True, "The economy is worth 2.5 trillion euros.", "The economy is worth €2.5 trillion.", "trillion, euros")
prose(NOUGHT, True, "The committee passed the bill by 14 votes to none.", "The committee passed the bill 14-0.", "'14 votes to none'")
prose(NOUGHT, True, "The team won three-nil at home.", "The team won 3-0 at home.", "'three-nil'", path="key_points[0]")
prose(NOUGHT, True, "The board approved the merger with nine in favour and none opposed.", "The board approved the merger 9 to 0.", "'none opposed'")
prose(NOUGHT, True, "Exports to the bloc reached two trillion yuan.", "Exports to the bloc reached 2 trillion yuan.", "a worded number of trillions")
# --- nought-scales: must fail ----------------------------------------------------------------
prose(NOUGHT, False, "Public debt passed 36 billion dollars in November.", "Public debt passed $36 trillion in November.", "billion, not trillion")
prose(NOUGHT, False, "The pension fund manages $1.8 trillion.", "The fund manages $8.1 trillion.", "another number of trillions")
prose(NOUGHT, False, "The minister defended the zero-tolerance policy. The motion passed by 45 votes to 3.", "The motion passed 45 to 0.", "'zero-tolerance' states no zero")
prose(NOUGHT, False, "Ministers backed the net zero target. The bill passed by 300 votes to 12.", "The bill passed 300 to 0.", "'net zero' is no tally", path="key_points[0]")
prose(NOUGHT, False, "Some 900,000 people work on zero-hours contracts. The strike vote was 88 to 12.", "The strike vote was 88 to 0.", "'zero-hours' is no count")
prose(NOUGHT, False, "None of the ten ministers attended the dinner.", "The vote was 10 to 0.", "'none of' is no tally")
prose(NOUGHT, False, "The motion carried by 45 votes to 3.", "The motion carried 45 to 0.", "three against")
prose(NOUGHT, False, "Debt reached 1.2 trillion pounds last year.", "Debt reached £1.2 billion last year.", "trillion, not billion")
prose(NOUGHT, False, "Exports to the bloc reached two billion yuan.", "Exports to the bloc reached 2 trillion yuan.", "billion in words", path="key_points[0]")
prose(NOUGHT, False, "The company plans zero-emission buses. It bought 40 of them, 12 of them used.", "The company bought 40 buses, 0 of them used.", "'zero-emission' is no count")
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
