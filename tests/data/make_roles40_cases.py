# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the roles set of session 18 from an outside check's causes (``grounding_roles40.jsonl``):
value-support cases for who holds a role, by category, each with what must pass and what must
fail:

- ``labelled-byline``: a byline behind a label: a kind of piece and "by" ("Column by X",
  "Opinion | By X", "Guest essay by X", "Analysis by X and Y (Places)"), a writing label and a
  colon ("Words: X", "Text: X"), the writer as the subject of a reporting verb ("X reports
  from Y", "X writes"): the names are authors; the places in brackets or after "from", a
  photographer's or illustrator's credit ("Photographs by X", "Pictures: X") and a person
  the story only names are not;
- ``owned-office``: "according to a statement from Feld's office" is "Jonas Feld's office"
  where the article gives the full name, never another person's office;
- ``reaction-subject``: a reaction's ``who`` is the subject of the clause that gives the
  reaction's words (through an apposition, a "who"-clause, a fronted place, a pronoun of a
  reported clause), never another person or country the same evidence names in another
  clause (", and Y said ...", ", while Y ...", "; Y ...", the measure's maker in the sentence
  before).
- ``stance-party``: a stance's party is the one its clause gives the stance to ("Armenia
  endorsed ..., but Baku has not signed on"; "a charge Islamabad rejected, saying it remained
  committed"), never the other party named there;
- ``aside-subject``: a relative clause set off by commas between a subject and its verb
  ("Anwar, who chairs ASEAN, announced"; "Zannier, whom Rome appointed, confirmed") keeps the
  subject as the announcer; a name inside the clause ("Qatar, which brokered the talks with
  Egypt, said") is not;
- ``ordered-measure``: the subject of a verb of ordering an officer to impose a measure
  ("is directing the trade secretary to increase tariffs", "instead directed the ministry to
  impose") sponsors it; the one ordered ("was ordered by the Diet") and the one who only
  urged it do not.

Run ``python tests/data/make_roles40_cases.py`` to rebuild it. Every article below was written
for this set (fictional outlets and people, or real bodies in invented sentences); each
verdict is what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, verdicts

OUT = Path(__file__).with_name("grounding_roles40.jsonl")

built = SupportCases(
    "ro40",
    leads=(
        "WARSAW \u2014",
        "Nairobi, June 4 (Rift Valley Wire) -",
        "From our correspondent in Santiago:",
        "MANILA, Sept 9 \u2013",
    ),
    lead_end=" ",
)


# --- labelled-byline: the names behind a label are the writers; places and other work are not
C = "labelled-byline"


def byline(head: str, body: str, passes: list[str], fails: list[str]) -> None:
    """A page whose lines under the headline are ``head`` and whose story is ``body``."""
    built.article_field(C, "byline", f"{head}\n\n{body}\n", passes, fails)


byline(
    "Why the grain corridor still matters\nColumn by Ingrid Halvorsen\nThe Fjord Courier, Bergen | 12 March 2025",
    "Ministers in Oslo like to say the corridor runs itself. It does not. Ursula von der Leyen promised last month to fund the insurance pool, and nothing has arrived.",
    ["Ingrid Halvorsen"],
    ["Ursula von der Leyen", "Bergen", "The Fjord Courier"],
)
byline(
    "The tariff truce is a mirage\nOpinion | By Rafael Montoya\nPublished 3 May 2025",
    "Washington and Beijing shook hands in Geneva on Monday. Scott Bessent called it a reset; the markets called it a pause.",
    ["Rafael Montoya"],
    ["Scott Bessent", "Geneva"],
)
byline(
    "Two ports, one embargo\nAnalysis by Chidi Okeke and Leila Haddad (Lagos and Beirut)\nHarbour Ledger, 21 July 2025",
    "The new rules hit shipping agents first. Port officials in both cities said queues had doubled since Friday.",
    ["Chidi Okeke", "Leila Haddad", "Chidi Okeke and Leila Haddad"],
    ["Lagos", "Beirut", "Harbour Ledger"],
)
byline(
    "Life on the frozen front\nWords: Mateo Ferrante | Pictures: Sven Aalto\nAlpine Review, February 2025",
    "The village has had no power since the first week of January. Its mayor, Olena Shvets, keeps a generator for the school.",
    ["Mateo Ferrante"],
    ["Sven Aalto", "Olena Shvets"],
)
byline(
    "Ceasefire holds for a third night\nTamsin Achterberg reports from Kherson\nNorthsea Radio News",
    "Shelling stopped at midnight on Saturday, residents said. Governor Oleksandr Prokudin said crews had begun to repair the bridge.",
    ["Tamsin Achterberg"],
    ["Kherson", "Oleksandr Prokudin", "Northsea Radio News"],
)
byline(
    "Nordic leaders sign energy pact\nBy Oskar Lindqvist and Priya Natarajan (Stockholm and Chennai)\nBaltic Ledger, 8 April 2025",
    "The agreement was signed in Stockholm on Tuesday. Indian officials said a similar accord could follow by the end of the year.",
    ["Oskar Lindqvist", "Priya Natarajan"],
    ["Stockholm", "Chennai", "Oskar Chennai"],
)
byline(
    "What the sanctions package leaves out\nGuest essay by Hana Kobayashi\nPhotographs by Lena Marsh",
    "The package bans new investment in refineries. It says nothing about the tankers already at sea, as Kaja Kallas conceded on Friday.",
    ["Hana Kobayashi"],
    ["Lena Marsh", "Kaja Kallas"],
)
byline(
    "The mediator's dilemma\nA commentary by Dmitri Voskresensky\nIllustration by Tomo Sato",
    "Qatar has hosted every round since March. Its prime minister, Mohammed bin Abdulrahman Al Thani, has not said what happens if the talks fail.",
    ["Dmitri Voskresensky"],
    ["Tomo Sato", "Mohammed bin Abdulrahman Al Thani"],
)
byline(
    "A summer of strikes on the Danube\nWords and pictures: Aoife Brennan\nRiverlands Monthly",
    "Dockers in Galati walked out on Monday. Their union leader, Radu Ionescu, said the stoppage would last a week.",
    ["Aoife Brennan"],
    ["Radu Ionescu", "Galati"],
)
byline(
    "The vote that split the coalition\nYusuf Demir writes\nAnkara Review, 14 June 2025",
    "Forty deputies broke ranks on Thursday. Speaker Numan Kurtulmus called the result a warning.",
    ["Yusuf Demir"],
    ["Numan Kurtulmus", "Ankara Review"],
)
byline(
    "Inside the rate decision\nExplainer by Sunita Rao, Economics Editor\nDeccan Ledger, 7 August 2025",
    "The central bank held its rate at 5.5 percent. Governor Sanjay Malhotra said inflation had cooled faster than expected.",
    ["Sunita Rao"],
    ["Sanjay Malhotra", "Deccan Ledger"],
)
byline(
    "After the floods, a long wait\nText: Bartosz Wielgus\nVideo by Maja Kowal\nVistula Weekly",
    "Water reached the second floor of the school. Mayor Anna Zalewska said the town would need a year to rebuild.",
    ["Bartosz Wielgus"],
    ["Maja Kowal", "Anna Zalewska"],
)
byline(
    "Talks resume in Doha\nEdited by Carla Jensen\nBy Amal Rahman in Doha",
    "Negotiators returned on Sunday. Karim Nasser reports from Gaza City that aid lorries were waiting at the crossing.",
    ["Amal Rahman"],
    ["Carla Jensen", "Karim Nasser", "Doha"],
)


# --- reaction-subject: the one who reacted is the subject of the reaction's own clause
C = "reaction-subject"
react = built.reaction


def reactions(
    sentence: str, words: str, passes: list[str], fails: list[str], before: str = ""
) -> None:
    """A measure's reaction told as ``words`` (said in ``sentence``): each of ``passes`` is
    the one who reacted so, each of ``fails`` is not."""
    assert words.split()[0] in sentence or words.split()[1] in sentence, words
    for expect, who in verdicts(passes, fails):
        why = f"{who} {'is' if expect else 'is not'} the subject of '{words}'"
        react(C, expect, sentence, who, why, words=words, before=before)


TEXT = 'Ana Ruiz, who heads the bar council, called the ruling "a disgrace", and Tomas Vidal, the leader of the judges\' union, said an appeal would follow.'
reactions(TEXT, "called the ruling a disgrace", ["Ana Ruiz"], ["Tomas Vidal"])
reactions(TEXT, "said an appeal would follow", ["Tomas Vidal"], ["Ana Ruiz"])
TEXT = "Beijing's commerce ministry said in a statement hours later that it firmly opposed the duties and would defend its interests."
BEFORE = "Today, the President is ordering the Trade Representative to raise duties on Chinese steel and aluminium from the United States' ports of entry."
reactions(TEXT, "firmly opposed the duties", ["China", "Beijing"], ["United States"], before=BEFORE)
TEXT = "Japan welcomed the package on Friday, while South Korea said it would study the measures before deciding."
reactions(TEXT, "welcomed the package", ["Japan"], ["South Korea"])
reactions(TEXT, "said it would study the measures", ["South Korea"], ["Japan"])
TEXT = "Turkish Foreign Minister Hakan Fidan condemned the embargo; his Greek counterpart, Giorgos Gerapetritis, praised it as long overdue."
reactions(
    TEXT,
    "praised it as long overdue",
    ["Giorgos Gerapetritis", "Greece"],
    ["Hakan Fidan", "Turkey"],
)
reactions(TEXT, "condemned the embargo", ["Hakan Fidan", "Turkey"], ["Giorgos Gerapetritis"])
TEXT = "The ban was welcomed in Nairobi, but Uganda called it reckless and recalled its envoy."
reactions(TEXT, "called it reckless", ["Uganda"], ["Kenya"])
TEXT = "Senator Maria Olsen of Minnesota criticised the waiver in a floor speech, and Representative Dan Kiely backed it."
reactions(TEXT, "criticised the waiver", ["Maria Olsen"], ["Dan Kiely"])
TEXT = 'Moscow reacted with fury. Olga Vetrova, a deputy foreign minister, called the act "hostile and illegal", and Boris Krylov, who chairs the Duma\'s defence committee, said Russia would respond in kind.'
reactions(TEXT, "called the act hostile and illegal", ["Olga Vetrova", "Russia"], ["Boris Krylov"])
reactions(TEXT, "said Russia would respond in kind", ["Boris Krylov", "Russia"], ["Olga Vetrova"])
TEXT = "In Brasilia, President Luiz Inacio Lula da Silva said the tariffs were blackmail, and Argentine President Javier Milei praised them as a lesson."
reactions(
    TEXT,
    "said the tariffs were blackmail",
    ["Luiz Inacio Lula da Silva", "Brazil"],
    ["Javier Milei", "Argentina"],
)
reactions(
    TEXT, "praised them as a lesson", ["Javier Milei", "Argentina"], ["Luiz Inacio Lula da Silva"]
)
TEXT = "Mexico's economy secretary, Marcelo Ebrard, told reporters that the country rejected the tariffs outright."
BEFORE = "The United States imposed the tariffs on Monday, citing the flow of fentanyl across the border."
reactions(
    TEXT,
    "rejected the tariffs outright",
    ["Mexico", "Marcelo Ebrard"],
    ["United States"],
    before=BEFORE,
)
TEXT = "Pavel Gromov, the head of the budget committee, dismissed the measure as theatre; Irina Sokolova said it would cost the treasury billions."
reactions(TEXT, "dismissed the measure as theatre", ["Pavel Gromov"], ["Irina Sokolova"])
reactions(TEXT, "said it would cost the treasury billions", ["Irina Sokolova"], ["Pavel Gromov"])


# A body named by its country's capital ("Beijing's ... its commerce ministry") is that
# country's body (check 42's live blog, after a timestamp; the lead's fix).
reactions(
    "09:10 GMT - Beijing's answer so far comes from its commerce ministry, which says it "
    '"firmly opposes" the duties.',
    "firmly opposes",
    ["China's commerce ministry"],
    ["Japan's trade ministry"],
)
reactions(
    'Moscow\'s reply came through its foreign ministry, which said it "strongly condemns" the step.',
    "strongly condemns",
    ["Russia's foreign ministry"],
    ["Ukraine's foreign ministry"],
)


# --- stance-party: a stance's party is the subject of the clause that states it
C = "stance-party"


def sides(sentence: str, stance: str, passes: list[str], fails: list[str]) -> None:
    """A truce position ``stance`` backed by ``sentence``: each of ``passes`` takes it, each
    of ``fails`` is named there but does not."""
    for expect, party in verdicts(passes, fails):
        built.stance_party(C, party, stance, sentence, expect)


TEXT = "Armenia endorsed the Washington framework on Friday, but Baku has not signed on to it."
sides(TEXT, "agreed", ["Armenia"], ["Azerbaijan"])
TEXT = "Israel accepted the plan on Sunday, while Hamas said it was still studying it."
sides(TEXT, "agreed", ["Israel"], ["Hamas"])
sides(TEXT, "awaiting_answer", ["Hamas"], ["Israel"])
TEXT = "Russia said it would observe the pause over the holiday, but Kyiv dismissed it as a stunt."
sides(TEXT, "agreed", ["Russia"], ["Ukraine"])
sides(TEXT, "rejects", ["Ukraine"], ["Russia"])
TEXT = "The proposal was accepted by Kosovo on Tuesday; Serbia said it needed more time to respond."
sides(TEXT, "agreed", ["Kosovo"], ["Serbia"])
TEXT = (
    "Venezuela rejected the plan outright, and Guyana said it would accept any ruling of the court."
)
sides(TEXT, "rejects", ["Venezuela"], ["Guyana"])
TEXT = "India said Pakistan had violated the understanding within hours, a charge Islamabad rejected, saying it remained committed to the ceasefire."
sides(TEXT, "agreed", ["Pakistan"], ["India"])
TEXT = (
    "Ethiopia rejected the African Union proposal on Monday, a day after Eritrea had accepted it."
)
sides(TEXT, "rejects", ["Ethiopia"], ["Eritrea"])
sides(TEXT, "agreed", ["Eritrea"], ["Ethiopia"])
TEXT = "Thailand and Cambodia agreed to the truce late on Monday, Malaysia's foreign ministry said."
sides(TEXT, "agreed", ["Thailand", "Cambodia"], ["Malaysia"])
TEXT = "Sudan's army accepted the 72-hour pause brokered in Jeddah; the United States and Saudi Arabia, which mediated, urged the other side to follow."
sides(TEXT, "agreed", ["Sudan"], ["Saudi Arabia"])


# --- aside-subject: a "who"/"which" clause between a subject and its verb keeps the subject
C = "aside-subject"


def announced(sentence: str, passes: list[str], fails: list[str], before: str = "") -> None:
    """A truce announced in ``sentence``: each of ``passes`` announced it, each of ``fails``
    did not."""
    for expect, who in verdicts(passes, fails):
        why = f"{who} {'announced' if expect else 'did not announce'} it"
        built.announcer(C, expect, sentence, who, why, before=before)


announced(
    "Anwar, who chairs the Association of Southeast Asian Nations this year, announced the truce at a joint press conference with the two leaders.",
    ["Anwar Ibrahim", "Anwar"],
    ["Association of Southeast Asian Nations"],
    before="Malaysian Prime Minister Anwar Ibrahim hosted the talks in Putrajaya.",
)
announced(
    "Mr. Ruto, who has mediated between the two sides since March, declared the ceasefire in Nairobi on Sunday, flanked by both delegations.",
    ["William Ruto", "Ruto"],
    ["Nairobi"],
    before="Kenyan President William Ruto opened the talks last week.",
)
announced(
    "Qatar, which brokered the talks with Egypt, said the pause would begin at dawn.",
    ["Qatar"],
    ["Egypt"],
)
announced(
    "The accord, which Hamas accepted on Friday, was announced by Egypt's foreign ministry.",
    ["Egypt"],
    ["Hamas"],
)
announced(
    "Ms. Kallas, who leads the bloc's foreign service, announced the truce in a written statement, after a call with Rubio.",
    ["Kaja Kallas"],
    ["Rubio", "Marco Rubio"],
    before="Kaja Kallas and Marco Rubio spoke by telephone.",
)
announced(
    "The ceasefire, which Hamas and Israel both accepted on Wednesday, was announced by Qatar's prime minister in Doha.",
    ["Qatar"],
    ["Israel", "Hamas"],
)
announced(
    "Lamberto Zannier, whom Rome appointed as envoy in May, confirmed the deal on Thursday.",
    ["Lamberto Zannier", "Zannier"],
    ["Rome"],
)
announced(
    "Turkey's foreign minister, who flew to Moscow on Tuesday, announced the grain truce; Ukraine's envoy, Olha Stefanishyna, said Kyiv would comply.",
    ["Turkey"],
    ["Moscow"],
)


# --- ordered-measure: the one who orders an officer to impose a measure sponsors it
C = "ordered-measure"


def ordered(sentence: str, passes: list[str], fails: list[str]) -> None:
    """An executive measure backed by ``sentence`` (its page's only paragraph)."""
    text = built.page(sentence)
    built.sponsors(C, text, sentence, passes, fails, instrument="executive_action")


ordered(
    "Today, President Ramos is directing Trade Secretary Lina Ocampo to increase tariffs on imported cement to 30 percent.",
    ["Ramos", "President Ramos"],
    ["Manila"],
)
ordered(
    "Prime Minister Keir Starmer has instructed the Treasury to impose new duties on Russian aluminium from next month.",
    ["Keir Starmer"],
    ["Russian aluminium"],
)
ordered(
    "Chancellor Merz ordered the economy ministry on Friday to draw up sanctions against the three shipping firms.",
    ["Merz"],
    ["Berlin"],
)
ordered(
    "Governor Hochul directed the state's revenue office to raise the levy on out-of-state carriers, her office said.",
    ["Hochul"],
    ["New York"],
)
ordered(
    "Today, President Ramos is directing Trade Secretary Lina Ocampo to increase tariffs on imported cement to 30 percent, a step Senator Ruben Cortez had urged for months.",
    ["Ramos"],
    ["Ruben Cortez"],
)
ordered(
    "Senator Ruben Cortez urged the president on Monday to increase tariffs on imported cement, and President Ramos signed the order on Friday.",
    ["Ramos"],
    ["Ruben Cortez"],
)
ordered(
    "Finance Minister Taro Aso was ordered by the Diet to prepare the tariff schedule, and Prime Minister Shigeru Ishiba announced it on Tuesday.",
    ["Shigeru Ishiba"],
    ["Taro Aso"],
)
ordered(
    "The opposition leader, Mira Halden, demanded that the government raise the levy; Prime Minister Jonas Vik instead directed the finance ministry to impose a smaller one.",
    ["Jonas Vik"],
    ["Mira Halden"],
)
ordered(
    "Chancellor Merz ordered the economy ministry on Friday to draw up sanctions against the three shipping firms, which Economy Minister Katherina Reiche said would take a month.",
    ["Merz"],
    ["Katherina Reiche"],
)
ordered(
    "Lawmakers in Quezon City had pressed Senator Imee Marcos for a higher rate, but Commerce Secretary Paulo Reyes instead directed the tariff board to impose a smaller increase.",
    ["Paulo Reyes"],
    ["Imee Marcos"],
)


# --- owned-office: "Kovac's office" stands for "Marta Kovac's office" once the full name is given
C = "owned-office"
TEXT = built.page(
    "The mediator, Jonas Feld, flew to Baku on Monday to meet President Ilham Aliyev.",
    'The talks were "constructive but slow", according to a statement from Feld\'s office.',
)
built.quote(
    C,
    TEXT,
    "constructive but slow",
    ["Jonas Feld's office", "Feld's office"],
    ["Ilham Aliyev's office", "Aliyev's office"],
)
TEXT = built.page(
    "Finance Minister Priya Sen and her deputy, Rahul Bose, briefed the cabinet on Tuesday.",
    '"No new taxes will be needed this year," Sen\'s spokesman told reporters afterwards.',
)
built.quote(
    C,
    TEXT,
    "No new taxes will be needed this year,",
    ["Priya Sen's spokesman"],
    ["Rahul Bose's spokesman", "Rahul Bose"],
)
TEXT = built.page(
    "Prime Minister Lars Okonkwo-Berg met the opposition leader, Hanne Dahl, at midday.",
    'Okonkwo-Berg\'s office said in a readout that the meeting had been "frank and useful".',
)
built.quote(
    C,
    TEXT,
    "frank and useful",
    ["Lars Okonkwo-Berg's office", "Okonkwo-Berg's office"],
    ["Hanne Dahl's office"],
)
TEXT = built.page(
    "Senator Grace Whitfield and Senator Tom Albers co-wrote the amendment.",
    'Whitfield\'s aides called it "the least we can do for the farmers", while Albers declined to comment.',
)
built.quote(
    C,
    TEXT,
    "the least we can do for the farmers",
    ["Grace Whitfield's aides", "Whitfield's aides"],
    ["Tom Albers's aides", "Tom Albers"],
)
TEXT = built.page(
    "Ambassador Keiko Mori arrived in Canberra on Thursday, a day after Foreign Minister Penny Wong returned from Jakarta.",
    '"The visit is about trade, not security," Mori\'s embassy said in a post on X.',
)
built.quote(
    C,
    TEXT,
    "The visit is about trade, not security,",
    ["Keiko Mori's embassy", "Mori's embassy"],
    ["Penny Wong's embassy", "Penny Wong"],
)

TEXT = built.page(
    "Governor Ana Ruiz Vela toured the flooded districts with Mayor Carlos Mendez on Saturday.",
    'Relief "will reach every family by Wednesday", Vela\'s office said in a statement.',
)
built.quote(
    C,
    TEXT,
    "will reach every family by Wednesday",
    ["Ana Ruiz Vela's office"],
    ["Carlos Mendez's office"],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
