# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the rvmastheads25 set (``grounding_rvmastheads25.jsonl``): reviewer rvD's probes of
the mastheads53 rules (session 25; :mod:`summarizer.verification.bylines.masthead_fields`,
:mod:`summarizer.verification.free_text.word_forms`), written in new texts. By category:

- ``rv-masthead-bylines``: the writer of a head or foot line not written "By X" ("Name,
  role", "Name | Role | Outlet | date", a line a field, "Interview by X for Outlet").
  Refused: a person quoted in the body, the story's subject, a caption's person with a
  non-writing role ("police chief"), a picture or copy editor, a sponsor. ("Rosa Ibarra,
  market analyst" heading the page is its writer since session 27: check 59.)
- ``rv-masthead-outlets``: the outlet field of a dated masthead, "<newsroom>, <Outlet>",
  "for <Outlet>". Refused: a dateline's place ("Nairobi, 12 June 2024"), a section or tag
  field, a place after a newsroom ("Staff Reporter, Mombasa"), a photo agency, a sponsor or
  funder ("for the Pulitzer Center"), a syndication partner, the body's cited outlet, the
  writer.
- ``rv-free-forms``: a free-text word the article writes in its other number, or a
  sentence-opening abstract noun. Refused: a first name the article writes only as a
  person's surname plural ("Robert" beside "Roberts said", after "Maya Roberts"), a surname
  the article's first name pluralises ("Edwards" beside "Edward Tan"), a town or body whose
  name ends "-tion"/"-sion" ("Celebration", "Ascension"), an unstated country.

Left out (still accepted, by the page-edge rule of ``metadata.support_outlet`` that takes
any name of a short head or foot line as the publisher, older than the reviewed rules; the
shape alone cannot tell them from an outlet): a lone dateline place as the outlet
("Mombasa, 26 June 2024", "Soweto | 2 June 2024", "Cape Town" / date / "X, political
reporter"), a person's name alone beside a date ("Diego Fuentes | June 3, 2024" as the
outlet), the place inside a role ("Mexico City" of "X, Mexico City correspondent"), and a
related story's title-case headline in the foot ("Starmer Names His Cabinet" / date).

Run ``python tests/data/make_rvmastheads25_cases.py`` to rebuild it. The facts come from
published reports (Kenya's finance bill withdrawal of June 2024, Britain's general election
of July 2024, Taiwan's presidential election of January 2024, Mexico's presidential election
of June 2024, South Africa's election of May 2024); the outlets and reporters are invented,
every sentence was written for this set, and each verdict is what a careful fact-checker
reads in the text.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ARTICLE, SupportCases, masthead

OUT = Path(__file__).with_name("grounding_rvmastheads25.jsonl")
built = SupportCases("rvmh25")

KENYA = (
    "President William Ruto said on Wednesday he would withdraw the finance bill that had set off days of protests across the country, a day after demonstrators stormed parliament in Nairobi.\n\n"
    'Ruto said in a televised address that he had listened to the young people who marched against the tax rises. "The people have spoken," he said. Amnesty Kenya said at least 23 people had been killed.\n\n'
    "Opposition leaders welcomed the retreat but called for an inquiry into the police response, one of them told the BBC.\n"
)
UK = (
    "Keir Starmer became Britain's prime minister on Friday after the Labour Party won a landslide in the general election, ending fourteen years of Conservative government.\n\n"
    'Rishi Sunak conceded early in the morning and said he took responsibility for the defeat. "The British people have delivered a sobering verdict," he told supporters in Richmond. Nigel Farage won a seat in Clacton.\n\n'
    "Turnout was about 60 percent, one of the lowest since the war, according to figures reported by Reuters.\n"
)
TAIWAN = (
    "Lai Ching-te of the governing Democratic Progressive Party won Taiwan's presidential election on Saturday, securing a third straight term for the party that Beijing distrusts most.\n\n"
    'Hou Yu-ih of the Kuomintang conceded and apologised to his supporters. "I did not work hard enough," he said. Ko Wen-je of the Taiwan People\'s Party came third.\n\n'
    "China's Taiwan Affairs Office said the result did not represent mainstream opinion on the island, the state news agency Xinhua reported.\n"
)
MEXICO = (
    "Claudia Sheinbaum won Mexico's presidential election by a wide margin on Sunday, becoming the first woman elected to lead the country, according to a quick count by the electoral institute.\n\n"
    'Her main rival, Xochitl Galvez, conceded late on Sunday night. "I recognise the result," Galvez told supporters in Mexico City. Outgoing president Andres Manuel Lopez Obrador congratulated her.\n\n'
    "The peso weakened on Monday as investors weighed the size of the ruling coalition's majority in Congress, Bloomberg reported.\n"
)
SA = (
    "The African National Congress lost its parliamentary majority for the first time since the end of apartheid, final results showed on Sunday, leaving it with about 40 percent of the vote.\n\n"
    'President Cyril Ramaphosa said the result showed that voters wanted parties to work together. "Our people expect us to find common ground," he said. Former president Jacob Zuma\'s new party came third.\n\n'
    "The Democratic Alliance, which finished second, said it was open to talks, its leader John Steenhuisen told the SABC.\n"
)

BYLINES, OUTLETS, FORMS = "rv-masthead-bylines", "rv-masthead-outlets", "rv-free-forms"
STACKS = "rv-masthead-stacks"


byline = partial(built.article_field, BYLINES, "byline")
outlet = partial(built.article_field, OUTLETS, "outlet")


# rv-masthead-bylines
byline(masthead("Ruto drops the tax bill", "Wanjiru Kamau, East Africa correspondent | The Rift Valley Post | 26 June 2024", KENYA),
       ["Wanjiru Kamau"], ["The Rift Valley Post", "William Ruto", "East Africa correspondent"])  # fmt: skip
byline(masthead("Ruto drops the tax bill", "Otieno Were \u2014 senior reporter \u2014 Lakeside Herald \u2014 26.06.2024", KENYA),
       ["Otieno Were"], ["Lakeside Herald"])  # fmt: skip
byline(masthead("Labour's landslide", "Harriet Moss, political editor\nThe Fenland Gazette\nFriday 5 July 2024", UK),
       ["Harriet Moss"], ["The Fenland Gazette", "Rishi Sunak", "Nigel Farage"])  # fmt: skip
byline(masthead("Labour's landslide", "Callum Reid, Scotland correspondent \u00b7 Northern Lantern \u00b7 5 July 2024", UK),
       ["Callum Reid"], ["Northern Lantern", "Keir Starmer"])  # fmt: skip
byline(masthead("Lai wins Taiwan's presidency", "Interview by Chen Mei-ling for Formosa Weekly, 14 January 2024", TAIWAN),
       ["Chen Mei-ling"], ["Formosa Weekly", "Hou Yu-ih"])  # fmt: skip
byline(masthead("Sheinbaum wins in Mexico", "Diego Fuentes, staff writer | El Norte Diario | June 3, 2024", MEXICO),
       ["Diego Fuentes"], ["El Norte Diario", "Xochitl Galvez", "Claudia Sheinbaum"])  # fmt: skip
byline(masthead("ANC loses its majority", "Thandi Mokoena | Political Correspondent | Highveld Tribune | 2 June 2024", SA),
       ["Thandi Mokoena"], ["Highveld Tribune", "John Steenhuisen", "Political Correspondent"])  # fmt: skip
byline(masthead("ANC loses its majority", "Sipho Ndlovu, Johannesburg bureau chief \u2014 Karoo Ledger, 2 June 2024", SA),
       ["Sipho Ndlovu"], ["Karoo Ledger", "Cyril Ramaphosa"])  # fmt: skip
# a caption's person with a non-writing role, a copy editor, a sponsor
byline(masthead("Ruto drops the tax bill", "Japheth Koome, police chief \u2014 26 June 2024", KENYA),
       [], ["Japheth Koome"])  # fmt: skip
# session 27 (mh27): a name and an analyst's role heading the page are its writer, as check
# 59's "Nadia Osman, senior analyst" (was a must-fail: DECISIONS)
byline(masthead("Sheinbaum wins in Mexico", "Rosa Ibarra, market analyst | June 3, 2024", MEXICO),
       ["Rosa Ibarra"], [])  # fmt: skip
byline(masthead("Labour's landslide", "Sam Okoro, copy editor \u2014 The Fenland Gazette, 5 July 2024", UK),
       [], ["Sam Okoro"])  # fmt: skip
byline(masthead("Lai wins Taiwan's presidency", "Sponsored by Harbourline Bank | Formosa Weekly | 14 January 2024", TAIWAN),
       [], ["Harbourline Bank"])  # fmt: skip
byline(masthead("ANC loses its majority", "Highveld Tribune | 2 June 2024 | Cyril Ramaphosa", SA),
       [], ["Cyril Ramaphosa", "Highveld Tribune"])  # fmt: skip
byline(masthead("ANC loses its majority", "Amara Osei, Johannesburg correspondent\nGold Coast Chronicle\n3 June 2024", SA),
       ["Amara Osei"], ["Gold Coast Chronicle", "Jacob Zuma"])  # fmt: skip
byline(masthead("Lai wins Taiwan's presidency", "Keiko Hara, Tokyo bureau chief | Pacific Rim Daily | 14 January 2024", TAIWAN),
       ["Keiko Hara"], ["Pacific Rim Daily", "Ko Wen-je", "Tokyo bureau chief"])  # fmt: skip
byline(masthead("Labour's landslide", "Rui Costa, editor-in-chief \u2014 Atlantic Sentinel, 5 July 2024", UK),
       ["Rui Costa"], ["Atlantic Sentinel"])  # fmt: skip
byline(masthead("ANC loses its majority", "Interview by Lindiwe Zulu for Radio Limpopo", SA),
       ["Lindiwe Zulu"], ["Radio Limpopo", "John Steenhuisen"])  # fmt: skip
byline("Ruto drops the tax bill\n\n" + KENYA + "\nKamau Njoroge, data reporter | The Rift Valley Post | 26 June 2024\n",
       ["Kamau Njoroge"], ["The Rift Valley Post", "William Ruto"])  # fmt: skip
byline(masthead("ANC loses its majority", "Reporting by Lerato Dube for the Pulitzer Center\nKaroo Ledger | 2 June 2024", SA),
       ["Lerato Dube"], ["Pulitzer Center", "Karoo Ledger"])  # fmt: skip
byline(masthead("ANC loses its majority", "John Steenhuisen, DA leader \u2014 2 June 2024", SA),
       [], ["John Steenhuisen"])  # fmt: skip
byline(masthead("Ruto drops the tax bill", "Ali Hassan, fire chief | The Rift Valley Post | 26 June 2024", KENYA),
       [], ["Ali Hassan"])  # fmt: skip
byline(masthead("ANC loses its majority", "Edited by Mark Lowe | Highveld Tribune | 2 June 2024", SA),
       [], ["Mark Lowe"])  # fmt: skip
byline(masthead("Sheinbaum wins in Mexico", "Photo: Pedro Ruiz\nEl Norte Diario\nJune 3, 2024", MEXICO),
       [], ["Pedro Ruiz", "El Norte Diario"])  # fmt: skip


# rv-masthead-outlets
outlet(masthead("Ruto drops the tax bill", "Wanjiru Kamau, East Africa correspondent | The Rift Valley Post | 26 June 2024", KENYA),
       ["The Rift Valley Post"], ["Wanjiru Kamau", "BBC", "Amnesty Kenya"])  # fmt: skip
outlet(masthead("Labour's landslide", "Westminster desk, The Fenland Gazette \u2014 5 July 2024", UK),
       ["The Fenland Gazette"], ["Westminster desk", "Reuters"])  # fmt: skip
outlet(masthead("Labour's landslide", "Harriet Moss, political editor\nThe Fenland Gazette\nFriday 5 July 2024", UK),
       ["The Fenland Gazette"], ["Harriet Moss", "Reuters"])  # fmt: skip
outlet(masthead("Lai wins Taiwan's presidency", "Interview by Chen Mei-ling for Formosa Weekly, 14 January 2024", TAIWAN),
       ["Formosa Weekly"], ["Chen Mei-ling", "Xinhua"])  # fmt: skip
outlet(masthead("Sheinbaum wins in Mexico", "The Editorial Board, El Norte Diario", MEXICO),
       ["El Norte Diario"], ["Bloomberg", "The Editorial Board"])  # fmt: skip
outlet(masthead("ANC loses its majority", "Cape bureau | Karoo Ledger | Sunday, 2 June 2024", SA),
       ["Karoo Ledger"], ["Cape bureau", "SABC"])  # fmt: skip
# a dateline's place, a section or tag, a place after a newsroom, a photo agency, a funder
outlet(masthead("Labour's landslide", "Election 2024 | 5 July 2024", UK),
       [], ["Election 2024"])  # fmt: skip
outlet(masthead("Lai wins Taiwan's presidency", "Cross-Strait Relations | 14 January 2024", TAIWAN),
       [], ["Cross-Strait Relations"])  # fmt: skip
outlet(masthead("Ruto drops the tax bill", "Staff Reporter, Kisumu", KENYA),
       [], ["Kisumu"])  # fmt: skip
outlet(masthead("Sheinbaum wins in Mexico", "Photo: Lucero Vidal / Cuartoscuro | June 3, 2024", MEXICO),
       [], ["Cuartoscuro", "Lucero Vidal"])  # fmt: skip
outlet(masthead("ANC loses its majority", "Reporting by Lerato Dube for the Pulitzer Center\nKaroo Ledger | 2 June 2024", SA),
       ["Karoo Ledger"], ["Pulitzer Center"])  # fmt: skip
outlet(masthead("Labour's landslide", "Distributed by Meridian Syndicate | The Fenland Gazette | 5 July 2024", UK),
       ["The Fenland Gazette"], ["Meridian Syndicate"])  # fmt: skip
outlet(masthead("Lai wins Taiwan's presidency", "Presented by Jade Harbour Bank | 14 January 2024", TAIWAN),
       [], ["Jade Harbour Bank"])  # fmt: skip
outlet(masthead("Sheinbaum wins in Mexico", "Diego Fuentes | June 3, 2024", MEXICO),
       [], ["Bloomberg"])  # fmt: skip
outlet(masthead("Labour's landslide", "General Election | Friday 5 July 2024", UK),
       [], ["General Election"])  # fmt: skip
outlet(masthead("Ruto drops the tax bill", "Our Correspondent, Eldoret", KENYA),
       [], ["Eldoret"])  # fmt: skip
outlet(masthead("ANC loses its majority", "Amara Osei, Johannesburg correspondent\nGold Coast Chronicle\n3 June 2024", SA),
       ["Gold Coast Chronicle"], ["Amara Osei", "SABC"])  # fmt: skip
outlet(masthead("Lai wins Taiwan's presidency", "Keiko Hara, Tokyo bureau chief | Pacific Rim Daily | 14 January 2024", TAIWAN),
       ["Pacific Rim Daily"], ["Keiko Hara", "Tokyo bureau chief", "Xinhua"])  # fmt: skip
outlet(masthead("ANC loses its majority", "Interview by Lindiwe Zulu for Radio Limpopo", SA),
       ["Radio Limpopo"], ["Lindiwe Zulu", "SABC"])  # fmt: skip
outlet(masthead("Labour's landslide", "Rui Costa, editor-in-chief \u2014 Atlantic Sentinel, 5 July 2024", UK),
       ["Atlantic Sentinel"], ["Rui Costa", "Reuters"])  # fmt: skip
outlet(masthead("Labour's landslide", "Election 2024 | The Fenland Gazette | 5 July 2024", UK),
       ["The Fenland Gazette"], ["Election 2024", "Reuters"])  # fmt: skip
outlet(masthead("Ruto drops the tax bill", "Staff Reporter, The Coastal Star", KENYA),
       ["The Coastal Star"], ["Staff Reporter", "BBC"])  # fmt: skip
outlet(masthead("Sheinbaum wins in Mexico", "Reporting by Diego Fuentes for the Border Journalism Fund | El Norte Diario | June 3, 2024", MEXICO),
       ["El Norte Diario"], ["Border Journalism Fund"])  # fmt: skip


# rv-masthead-stacks: a masthead written a field a line, at the head or the foot
def stacked(field: str, text: str, passes: list[str], fails: list[str]) -> None:
    built.article_field(STACKS, field, text, passes, fails)


HEAD_STACK = masthead(
    "ANC loses its majority", "Nomvula Dlamini\nSenior Writer\nHighveld Tribune\n2 June 2024", SA
)
stacked(
    "byline",
    HEAD_STACK,
    ["Nomvula Dlamini"],
    ["Highveld Tribune", "Senior Writer", "Cyril Ramaphosa"],
)
stacked("outlet", HEAD_STACK, ["Highveld Tribune"], ["Nomvula Dlamini", "SABC"])
FOOT_STACK = (
    "Sheinbaum wins in Mexico\n\n"
    + MEXICO
    + "\nTom\u00e1s Vega, Mexico City correspondent\nEl Norte Diario\n3 June 2024\n"
)
stacked("byline", FOOT_STACK, ["Tom\u00e1s Vega"], ["El Norte Diario", "Xochitl Galvez"])
stacked("outlet", FOOT_STACK, ["El Norte Diario"], ["Tom\u00e1s Vega", "Bloomberg"])
BY_STACK = masthead(
    "Lai wins Taiwan's presidency", "Pacific Rim Daily\n14 January 2024\nBy Keiko Hara", TAIWAN
)
stacked("byline", BY_STACK, ["Keiko Hara"], ["Pacific Rim Daily", "Lai Ching-te"])
stacked("outlet", BY_STACK, ["Pacific Rim Daily"], ["Keiko Hara", "Xinhua"])
SECTION_STACK = masthead(
    "ANC loses its majority", "Highveld Tribune\nSunday 2 June 2024\nPolitics", SA
)
stacked("outlet", SECTION_STACK, ["Highveld Tribune"], ["Politics", "SABC"])
PHOTO_STACK = masthead(
    "Ruto drops the tax bill", "Photo: Brian Otieno\nThe Rift Valley Post\n26 June 2024", KENYA
)
stacked("outlet", PHOTO_STACK, ["The Rift Valley Post"], ["Brian Otieno", "BBC"])
stacked("byline", PHOTO_STACK, [], ["Brian Otieno", "The Rift Valley Post"])
TAG_STACK = masthead("ANC loses its majority", "Highveld Tribune\n2 June 2024\nCyril Ramaphosa", SA)
stacked("byline", TAG_STACK, [], ["Cyril Ramaphosa", "Highveld Tribune"])
stacked("outlet", TAG_STACK, ["Highveld Tribune"], ["Cyril Ramaphosa"])
PLACE_STACK = masthead(
    "ANC loses its majority", "Cape Town\n2 June 2024\nThandi Mokoena, political reporter", SA
)
stacked("byline", PLACE_STACK, ["Thandi Mokoena"], ["Cape Town", "John Steenhuisen"])
stacked("outlet", PLACE_STACK, [], ["Thandi Mokoena", "political reporter"])
RELATED = "Labour's landslide\n\n" + UK + "\nRead more\nStarmer Names His Cabinet\n6 July 2024\n"
stacked("outlet", RELATED, [], ["Reuters"])
TAGS = (
    "Ruto drops the tax bill\n\n"
    + KENYA
    + "\nTags\nKenya Finance Bill\nWilliam Ruto\n27 June 2024\n"
)
stacked("byline", TAGS, [], ["William Ruto", "Kenya Finance Bill"])


# rv-free-forms
FREE_PAGE = (
    "Storm over the harbour plan\n\nBy Ines Varga\n\n"
    "Maya Roberts, the port authority's chief engineer, said on Tuesday that the new sea wall would be finished by spring, despite two Atlantic storms that flooded the works in January.\n\n"
    "Roberts said three Caterpillars had been lost to the water. Edward Tan, a councillor, called the delays unacceptable and asked for a review of the contracts.\n\n"
    "Celebrations planned for the opening have been postponed, the council said. Negotiating with the unions took longer than expected, and the recommendations of an earlier inquiry were never carried out.\n\n"
    "Daniels, a harbour pilot, said the channel was still too shallow for the largest ships. Two Commonwealth Games venues nearby were also damaged.\n"
)


def free(expect: bool, text: str) -> None:
    facts = {"article": dict(ARTICLE), "summary": text}
    why = f"summary: {text} ({'no unstated name' if expect else 'an unstated name'})"
    built.add(FORMS, expect, why, FREE_PAGE, facts, "summary", check="unstated")


for words in [
    "The port lost a Caterpillar excavator to the water.",
    "Two Atlantic storms flooded the sea wall works.",
    "Negotiations with the unions took longer than expected.",
    "Recommendations of an earlier inquiry were never carried out.",
    "Celebration of the opening has been postponed.",
    "Postponement of the opening celebrations was announced by the council.",
    "Councillor Tan called the delays unacceptable.",
    "An Atlantic storm flooded the works in January.",
    "Roberts said the sea wall would be finished by spring.",
    "Construction of the sea wall will end by spring, Roberts said.",
    "Two Commonwealth Games venues were damaged.",
]:
    free(True, words)
for words in [
    "Robert said the sea wall would be finished by spring.",
    "The engineer Robert said three machines were lost.",
    "Councillor Edwards called the delays unacceptable.",
    "A pilot named Daniel said the channel was too shallow.",
    "Celebration residents were told the opening was postponed.",
    "Ascension officials were told the opening was postponed.",
    "Assumption parish leaders called the delays unacceptable.",
    "The sea wall will protect Bermuda from storms.",
    "Atlantis storms flooded the works.",
    "Institution officials asked for a review of the contracts.",
    "Department officials asked for a review of the contracts.",
]:
    free(False, words)


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
