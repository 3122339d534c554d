# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the fourth red-team set (``grounding_redteam4.jsonl``): value-support cases for four
causes of false alarms an independent check on other outlets' articles found, by category,
each with what must pass and what must fail:

- ``speaker-description``: a description standing for a person or body ("the US president
  told reporters", "the Kremlin spokesperson said", "he added", "the presidency said") and a
  wire credit that is not the speaker ("X said, according to Xinhua": X);
- ``speaker-shape``: quotes attributed by other verbs and shapes ("emphasized ...: "..."",
  "announced it had ceased fire "..."", "indicated ... "maximalist"") and institutional
  speakers ("the Israeli army said", "the army said in a statement");
- ``count-plural``/``count-total``: counted nouns in "-ies" ("six casualties", "thirty of
  their subsidiaries") and "the total" as a count word ("bringing the total to 558");
- ``byline-joined``/``outlet-joined``: page text joined without a space ("Steve
  RosenbergBBC Russia Editor");
- ``speaker-marks``, ``speaker-title``, ``place-dash``, ``person-opening``: a straight
  opening quotation mark closed by a curly one; a long title between "said" and the name; two names paired by an en dash ("the Menon\u2013Li meeting in
  Colombo"); a surname after a sentence's opening article ("A Menon aide", "The Menon
  government"), which is no first name.

Run ``python tests/data/make_attribution_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets, fictional people or public figures in invented
sentences); each verdict is what a careful fact-checker reads in the text, decided when the
case was written, never by running the code. Cases run like the other red-team sets.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ARTICLE, SupportCases

OUT = Path(__file__).with_name("grounding_redteam4.jsonl")

built = SupportCases("rt4")
add, quote, count = built.add, built.quote, built.count


def metadata(field: str, expect: bool, text: str, value: str, why: str) -> None:
    facts = {"article": {**ARTICLE, field: value}}
    add(f"{field}-joined", expect, why, text, facts, f"article.{field}")


# --- 1. descriptions standing for a person; wire credits ----------------------------------

WIRE = """Trump says Ukraine deal 'very close'

WASHINGTON, March 3 (Test Wire) - U.S. President Donald Trump said on Monday that a settlement with Russia was near, after a call with European leaders.

"We are very close, very very close," the US president told reporters aboard Air Force One.

Kremlin spokesperson Dmitry Peskov said Moscow had received no written proposal. "There is nothing on the table yet," the Kremlin spokesperson said.

Ukrainian foreign ministry spokesman Heorhiy Tykhyi said Kyiv was ready for talks. "We want a just peace, not a pause," the spokesman said.

Hungarian Prime Minister Viktor Orban called the plan a chance. "Europe should take it," the Hungarian leader said.
"""
quote("speaker-description", WIRE, "We are very close, very very close", ["Donald Trump"],
      ["Dmitry Peskov", "Viktor Orban"])  # fmt: skip
quote("speaker-description", WIRE, "There is nothing on the table yet", ["Dmitry Peskov"],
      ["Donald Trump", "Heorhiy Tykhyi"])  # fmt: skip
quote("speaker-description", WIRE, "We want a just peace, not a pause", ["Heorhiy Tykhyi"],
      ["Dmitry Peskov"])  # fmt: skip
quote("speaker-description", WIRE, "Europe should take it", ["Viktor Orban"], ["Donald Trump"])

TWO_PRESIDENTS = """Leaders trade barbs after summit

Both men spoke after the meeting in Alaska. U.S. President Donald Trump and Russian President Vladimir Putin took no questions.

"It was a productive day," the US president wrote later on social media.

"We understood each other," the Russian president told state television.

French President Emmanuel Macron said Europe had not been consulted. "The president said nothing new," a French diplomat added.
"""
quote("speaker-description", TWO_PRESIDENTS, "It was a productive day", ["Donald Trump"],
      ["Vladimir Putin", "Emmanuel Macron"])  # fmt: skip
quote("speaker-description", TWO_PRESIDENTS, "We understood each other", ["Vladimir Putin"],
      ["Donald Trump", "Emmanuel Macron"])  # fmt: skip
quote("speaker-description", TWO_PRESIDENTS, "The president said nothing new", [],
      ["Emmanuel Macron", "Donald Trump"])  # fmt: skip

AMBIGUOUS = """Two presidents, one border

U.S. President Donald Trump hosted Brazilian President Luiz Inacio Lula da Silva at the White House on Friday, and the two spoke about tariffs for an hour.

"We will find a way," the president said as he left.
"""
quote("speaker-description", AMBIGUOUS, "We will find a way", [],
      ["Donald Trump", "Luiz Inacio Lula da Silva"])  # fmt: skip

ADDED = """Minister defends budget

BUDAPEST (Test Radio) - Finance Minister Mihaly Varga defended the budget on Tuesday in parliament.

Varga said the deficit would fall below four percent next year. "We have done our homework," he added.

Opposition leader Peter Magyar disputed the figures. Speaking at a rally in Gyor, he said the plan was "a fairy tale."

Economy Minister Marton Nagy met investors in Vienna. Varga, who did not attend, told reporters the meeting went well. He added that the forint was "stable and will stay stable."

Varga spoke first. Then Magyar rose to answer. "Nobody believes these numbers," he added.
"""
quote("speaker-description", ADDED, "We have done our homework", ["Mihaly Varga"],
      ["Peter Magyar", "Marton Nagy"])  # fmt: skip
quote("speaker-description", ADDED, "a fairy tale.", ["Peter Magyar"], ["Mihaly Varga"])
quote("speaker-description", ADDED, "stable and will stay stable.", ["Mihaly Varga"],
      ["Marton Nagy"])  # fmt: skip
quote("speaker-description", ADDED, "Nobody believes these numbers", ["Peter Magyar"],
      ["Mihaly Varga"])  # fmt: skip

AGENCY = """China, Russia pledge closer ties

BEIJING, May 8 - Chinese President Xi Jinping told his Russian counterpart that the two countries should "stand together against hegemony," according to Xinhua.

"China and Russia are good neighbours and true friends," Xi said, according to Xinhua.

According to TASS, Kremlin aide Yuri Ushakov said the talks had been "warm and substantive."

"The visit went according to plan," according to a statement carried by Xinhua.

Xinhua said the leaders "agreed to expand trade in national currencies."

The agency quoted an unnamed official as saying: "Nothing was signed on energy."
"""
quote("speaker-description", AGENCY, "stand together against hegemony,", ["Xi Jinping"],
      ["Xinhua"])  # fmt: skip
quote("speaker-description", AGENCY, "China and Russia are good neighbours and true friends",
      ["Xi Jinping"], ["Xinhua", "Yuri Ushakov"])  # fmt: skip
quote("speaker-description", AGENCY, "warm and substantive.", ["Yuri Ushakov"],
      ["TASS", "Xi Jinping"])  # fmt: skip
quote("speaker-description", AGENCY, "agreed to expand trade in national currencies.",
      ["Xinhua"], ["Xi Jinping"])  # fmt: skip
quote("speaker-description", AGENCY, "Nothing was signed on energy.", [],
      ["Xinhua", "Xi Jinping"])  # fmt: skip

PRESIDENCY = """Cairo hosts Gaza talks

CAIRO (Test Wire) - Egypt's presidency said on Sunday that the ceasefire talks would resume within days. President Abdel Fattah al-Sisi met the Qatari prime minister in the morning.

"Egypt will spare no effort to end the war," the presidency said in a statement.

The Qatari foreign ministry said the meeting was "constructive and frank."

Turkish President Recep Tayyip Erdogan phoned Sisi later. "We stand with our Egyptian brothers," the Turkish presidency quoted him as saying.
"""
quote("speaker-description", PRESIDENCY, "Egypt will spare no effort to end the war",
      ["Egypt's presidency", "the Egyptian presidency"],
      ["Qatari foreign ministry", "Turkish presidency"])  # fmt: skip
quote("speaker-description", PRESIDENCY, "constructive and frank.",
      ["the Qatari foreign ministry"], ["Egypt's presidency"])  # fmt: skip
quote("speaker-description", PRESIDENCY, "We stand with our Egyptian brothers",
      ["Recep Tayyip Erdogan"], ["Abdel Fattah al-Sisi"])  # fmt: skip

OTHER_BODY = """Strikes hit Odesa port

ODESA (Test Live) - Kremlin spokesperson Dmitry Peskov said on Tuesday that Russia was open to talks. Ukraine's foreign ministry spokesperson Heorhiy Tykhyi called that "cynical."

17:40
"The strikes on Odesa show Moscow's real plans," the foreign ministry spokesperson said.

18:05
"Our position is unchanged," the spokesperson said.
"""
quote("speaker-description", OTHER_BODY, "The strikes on Odesa show Moscow's real plans",
      ["Heorhiy Tykhyi"], ["Dmitry Peskov"])  # fmt: skip
quote("speaker-description", OTHER_BODY, "Our position is unchanged", [],
      ["Dmitry Peskov"])  # fmt: skip

STATE = """Xi meets Lula in Beijing

BEIJING, Jan. 5 (Xinhua) -- Chinese President Xi Jinping met with Brazilian President Luiz Inacio Lula da Silva in Beijing on Monday.

The Chinese president stressed that the two sides should "deepen practical cooperation."

Lula said Brazil valued China's role. The Brazilian president added that trade had "never been stronger."

"Multilateralism is the only way," the Brazilian leader said, according to a readout.

Chinese foreign ministry spokesman Guo Jiakun told a news briefing the visit was "a success." "It sent a clear signal," the foreign ministry spokesperson said.

Kremlin spokesperson Dmitry Peskov, asked about the visit, said Moscow welcomed it. "We have no objections," the Kremlin spokesman added.
"""
quote("speaker-description", STATE, "deepen practical cooperation.", ["Xi Jinping"],
      ["Lula"])  # fmt: skip
quote("speaker-description", STATE, "never been stronger.", ["Lula"],
      ["Xi Jinping"])  # fmt: skip
quote("speaker-description", STATE, "Multilateralism is the only way",
      ["Lula"], ["Xi Jinping", "Xinhua"])  # fmt: skip
quote("speaker-description", STATE, "It sent a clear signal", ["Guo Jiakun"],
      ["Xi Jinping", "Dmitry Peskov"])  # fmt: skip
quote("speaker-description", STATE, "We have no objections", ["Dmitry Peskov"],
      ["Guo Jiakun"])  # fmt: skip

UNQUALIFIED = """Calls

President Donald Trump spoke to Russian President Vladimir Putin on Tuesday. Putin said the call was frank.

"We want a deal," the US president told reporters.
"""
# Trump is the US president, but the article never names him so: not read (a known limit)
quote("speaker-description", UNQUALIFIED, "We want a deal", [], ["Vladimir Putin"])

# --- 2. other verbs and shapes; institutional speakers --------------------------------------

SHAPES = """Army says it halted fire in the south

TEL AVIV (Test Wire, translated from Hebrew) - Defence Minister Israel Katz emphasized on Sunday that the operation would continue: "We will not stop until the hostages are home."

The Israeli army said it had struck "dozens of terror targets" overnight. The army said in a statement that "two soldiers were lightly wounded."

Hamas announced it had ceased fire "in response to mediators' efforts," while Israel said nothing.

Foreign Minister Gideon Saar indicated that the demands were "maximalist" and not a basis for talks.

Opposition leader Yair Lapid, speaking on Channel 12, stressed the cost: "Every day of delay costs lives."

The military later said: "Operations in the north are over."

Army radio reported that the cabinet would meet at night. Prime Minister Benjamin Netanyahu's office denied it had "received any new proposal."
"""
quote("speaker-shape", SHAPES, "We will not stop until the hostages are home.",
      ["Israel Katz"], ["Gideon Saar", "Yair Lapid"])  # fmt: skip
quote("speaker-shape", SHAPES, "dozens of terror targets", ["the Israeli army", "Israeli army"],
      ["Israel Katz", "Hamas"])  # fmt: skip
quote("speaker-shape", SHAPES, "two soldiers were lightly wounded.", ["the Israeli army"],
      ["Israel Katz"])  # fmt: skip
quote("speaker-shape", SHAPES, "in response to mediators' efforts,", ["Hamas"],
      ["Israel", "Israel Katz"])  # fmt: skip
quote("speaker-shape", SHAPES, "maximalist", ["Gideon Saar"], ["Israel Katz", "Hamas"])
quote("speaker-shape", SHAPES, "Every day of delay costs lives.", ["Yair Lapid"],
      ["Gideon Saar"])  # fmt: skip
quote("speaker-shape", SHAPES, "Operations in the north are over.",
      ["the Israeli military", "the Israeli army"], ["Yair Lapid"])  # fmt: skip
quote("speaker-shape", SHAPES, "received any new proposal.", ["Netanyahu's office"],
      ["Benjamin Netanyahu"])  # fmt: skip

TV = """TRANSCRIPT: Evening News, Channel Nine

ANCHOR: Tonight, the regional governor Olena Bondar announced a curfew. She told our correspondent the city faced "the hardest winter since the war began."

Mayor Taras Hnat welcomed the curfew. He underlined one point: "Schools stay open."

The regional police said in a statement that patrols would double. The police added that "no arrests have been made so far."

The opposition council group, led by Ivan Petrenko, described the measure as "a curfew on democracy."
"""
quote("speaker-shape", TV, "the hardest winter since the war began.", ["Olena Bondar"],
      ["Taras Hnat"])  # fmt: skip
quote("speaker-shape", TV, "Schools stay open.", ["Taras Hnat"], ["Olena Bondar"])
quote("speaker-shape", TV, "no arrests have been made so far.", ["the regional police"],
      ["Taras Hnat", "Olena Bondar"])  # fmt: skip
quote("speaker-shape", TV, "a curfew on democracy.", ["the opposition council group"],
      ["Olena Bondar"])  # fmt: skip

# --- 3. counts: plurals in -ies, "the total" -----------------------------------------------

TOLLS = """Strikes on Gaza

GAZA (Test Wire) - An Israeli strike on a school in Gaza City caused six casualties, medics said.
Officials said a second strike killed 12 people on Monday, bringing the total to 558 since the truce collapsed.
The sanctions list named over thirty of their subsidiaries in Cyprus and Dubai.
Rescuers pulled 14 bodies from the rubble, bringing the total number of injured to 210.
A total of 40 ambulances and six casualties were reported at the border crossing.
The ministry counted 19 deaths and 7 injuries in the latest round.
Four countries' embassies sent a total of 25 observers.
Their 12 subsidiaries employ a total of 300 workers.
"""
EV_1 = "An Israeli strike on a school in Gaza City caused six casualties, medics said."
count("count-plural", True, TOLLS, EV_1, "casualties", 6)
count("count-plural", True, TOLLS, EV_1, "casualty", 6)
count("count-plural", False, TOLLS, EV_1, "charities", 6)
count("count-plural", False, TOLLS, EV_1, "deaths", 6)
EV_2 = "Officials said a second strike killed 12 people on Monday, bringing the total to 558 since the truce collapsed."
count("count-total", True, TOLLS, EV_2, "people killed since the truce collapsed", 558)
count("count-total", True, TOLLS, EV_2, "people killed on Monday", 12)
count("count-total", False, TOLLS, EV_2, "people injured", 558)
count("count-total", False, TOLLS, EV_2, "strikes", 558)
EV_3 = "The sanctions list named over thirty of their subsidiaries in Cyprus and Dubai."
count("count-plural", True, TOLLS, EV_3, "subsidiaries named", 30, "more_than")
count("count-plural", False, TOLLS, EV_3, "cities", 30, "more_than")
count("count-plural", False, TOLLS, EV_3, "subsidiaries in Cyprus", 30, "exact")
EV_4 = "Rescuers pulled 14 bodies from the rubble, bringing the total number of injured to 210."
count("count-total", True, TOLLS, EV_4, "people injured", 210)
count("count-total", False, TOLLS, EV_4, "people killed", 210)
count("count-total", False, TOLLS, EV_4, "bodies recovered", 210)
EV_5 = "A total of 40 ambulances and six casualties were reported at the border crossing."
count("count-total", True, TOLLS, EV_5, "ambulances", 40)
count("count-total", False, TOLLS, EV_5, "casualties", 40)
count("count-plural", True, TOLLS, EV_5, "casualties at the border", 6)
count("count-plural", False, TOLLS, EV_5, "ambulances", 6)
EV_6 = "The ministry counted 19 deaths and 7 injuries in the latest round."
count("count-plural", True, TOLLS, EV_6, "injuries", 7)
count("count-plural", True, TOLLS, EV_6, "people injured", 7)
count("count-plural", False, TOLLS, EV_6, "injuries", 19)
count("count-plural", False, TOLLS, EV_6, "deaths", 7)
EV_7 = "Four countries' embassies sent a total of 25 observers."
count("count-plural", True, TOLLS, EV_7, "countries", 4)
count("count-plural", False, TOLLS, EV_7, "observers", 4)
count("count-total", True, TOLLS, EV_7, "observers", 25)
count("count-total", False, TOLLS, EV_7, "countries", 25)
EV_8 = "Their 12 subsidiaries employ a total of 300 workers."
count("count-plural", True, TOLLS, EV_8, "subsidiaries", 12)
count("count-plural", False, TOLLS, EV_8, "subsidiaries", 300)
count("count-total", True, TOLLS, EV_8, "workers employed", 300)
count("count-total", False, TOLLS, EV_8, "companies", 300)

REGIONAL = """Floods in the valley

The floods left 23 families homeless and damaged nine of the district's libraries, the council said.
Eleven charities have sent help; the death toll stands at three.
With two more bodies found on Friday, the total rose to five, the regional authority said.
"""
EV_9 = "The floods left 23 families homeless and damaged nine of the district's libraries, the council said."
count("count-plural", True, REGIONAL, EV_9, "families left homeless", 23)
count("count-plural", True, REGIONAL, EV_9, "libraries damaged", 9)
count("count-plural", False, REGIONAL, EV_9, "libraries", 23)
count("count-plural", False, REGIONAL, EV_9, "families left homeless", 9)
EV_10 = "Eleven charities have sent help; the death toll stands at three."
count("count-plural", True, REGIONAL, EV_10, "charities sending help", 11)
count("count-plural", False, REGIONAL, EV_10, "charities", 3)
EV_12 = "All 12 allies signed; two parties abstained."
REGIONAL += EV_12 + "\n"
count("count-plural", True, REGIONAL, EV_12, "parties abstaining", 2)
count("count-plural", False, REGIONAL, EV_12, "parties", 12)
count("count-plural", True, REGIONAL, EV_12, "allies", 12)
count("count-plural", False, REGIONAL, EV_12, "allies", 2)
EV_11 = "With two more bodies found on Friday, the total rose to five, the regional authority said."
count("count-total", True, REGIONAL, EV_11, "bodies found", 5)
count("count-total", True, REGIONAL, EV_11, "bodies found on Friday", 2)

# --- 4. page text joined without a space -------------------------------------------------------

BODY = "\n\nThe Kremlin said on Tuesday that talks would continue, and officials in Kyiv said they had not been told of any new date for the meeting.\n\nMarkets were calm.\n"
JOINED = "Russia signals no rush on talks\n\n2 hours ago\n\nSteve RosenbergBBC Russia Editor" + BODY
metadata("byline", True, JOINED, "Steve Rosenberg", "name joined to its role line")
metadata("outlet", True, JOINED, "BBC", "outlet joined to the byline")
metadata("byline", False, JOINED, "Russia Editor", "a role is not an author")
metadata("outlet", False, JOINED, "Rosenberg BBC", "a name joined to the outlet is not the outlet")
SPACED = "Russia signals no rush on talks\n\nSteve Rosenberg\nBBC Russia Editor" + BODY
metadata("byline", True, SPACED, "Steve Rosenberg", "name on its own line above its role")
metadata("outlet", True, SPACED, "BBC", "outlet in the role line")
LIVE = (
    "Live: talks in Istanbul\n\nUpdated 14:05 GMTJane DohertyReuters Correspondent, Istanbul" + BODY
)
metadata("byline", True, LIVE, "Jane Doherty", "live blog: stamp, name and role joined")
metadata("outlet", True, LIVE, "Reuters", "live blog: outlet joined to the name")
CAPTION = "Russia signals no rush on talks\n\nVladimir PutinRussian President" + BODY
metadata("byline", False, CAPTION, "Vladimir Putin", "a caption names a subject, not an author")
PHOTO = "Russia signals no rush on talks\n\nSteve RosenbergGetty Images" + BODY
metadata("byline", False, PHOTO, "Steve Rosenberg", "a photo credit is not a byline")
MIDDLE = (
    "Russia signals no rush on talks\n\nBy Anna Kovacs"
    + BODY
    + "\nOfficials met again.\n\nMark LoweGetty Images\n\nThe talks ended late.\n\nNo date was set.\n\nMarkets were calm again.\n\nOil rose.\n"
)
metadata("outlet", False, MIDDLE, "Getty Images", "a photo credit in the middle of the story")
metadata("byline", False, MIDDLE, "Mark Lowe", "a photographer's credit is not a byline")
BODY_NAME = "Russia signals no rush on talks\n\nBy Anna Kovacs" + BODY.replace(
    "Markets were calm.", "Steve Rosenberg, the BBC's Russia editor, said the tone was cold."
)
metadata("byline", False, BODY_NAME, "Steve Rosenberg", "a journalist quoted in the body")
metadata("byline", True, BODY_NAME, "Anna Kovacs", "the By-line")
metadata("outlet", False, BODY_NAME, "BBC", "an outlet named in the body")
metadata(
    "outlet",
    False,
    BODY_NAME.replace("the BBC's", "BBCRussia's"),
    "BBC",
    "an outlet joined to a word in the body",
)
TWO = (
    "Russia signals no rush on talks\n\nAnna KovacsDanube Courier correspondent\n\nAdditional reporting by Jo Lee"
    + BODY
)
metadata("byline", True, TWO, "Anna Kovacs", "joined name and role")
metadata("byline", True, TWO, "Anna Kovacs, Jo Lee", "joined byline and a contribution line")
metadata("outlet", True, TWO, "Danube Courier", "joined outlet in the role line")
metadata("byline", False, TWO, "Danube Courier", "the outlet is not the author")
metadata("outlet", False, TWO, "Jo Lee", "a contributor is not the outlet")

STAFF = "Kelly: no rush on talks\n\nJohn KellyWhite House chief of staff\n\nBy Anna Kovacs" + BODY
metadata("byline", False, STAFF, "John Kelly", "a subject's name above his office is no byline")
metadata("byline", True, STAFF, "Anna Kovacs", "the By-line under a joined caption")
ANALYST = "Oil steady\n\nMaria Lopez\nSenior energy analyst, Gulf Bank" + BODY
metadata("byline", False, ANALYST, "Maria Lopez", "an analyst quoted is not the author")


# --- 5. typography: quotation marks mixed on one page, en dashes between names -------------
# A straight opening mark closed by a curly one (pages pasted from two sources mix them): the
# quote ends at the curly mark, so the attribution after it is read, not swallowed as quoted.
# An en dash between two names pairs them as a hyphen does ("the Menon\u2013Li meeting"):
# neither is the other's first name, so the pair's meeting is about its parties.

MIXED = """Council weighs bus fares

HARTLEY, May 2 (Test Wire) - The Hartley city council on Tuesday delayed a vote on raising bus fares after residents packed the meeting.

"We heard many doubts from riders tonight,\u201d said council member Ruth Abend, who chairs the transport committee.

Mayor Tom Fennick said the city could not wait long. "The budget gap will not close by itself,\u201d he told reporters after the session.

"Nobody here asked for a delay," said resident Carla Moss. \u201cWe asked for an answer."

"Ridership is up a fifth since March,\u201d transit director Omar Lind said, adding that buses ran full at peak hours.

Council member Ruth Abend disagreed with the mayor. "A fare rise now would punish the people who stayed with us,\u201d she said.

"Fares have not changed since 2019,\u201d Fennick added.
"""
quote("speaker-marks", MIXED, "We heard many doubts from riders tonight", ["Ruth Abend"],
      ["Tom Fennick", "Carla Moss"])  # fmt: skip
quote("speaker-marks", MIXED, "The budget gap will not close by itself", ["Tom Fennick"],
      ["Ruth Abend", "Carla Moss"])  # fmt: skip
quote("speaker-marks", MIXED, "Nobody here asked for a delay", ["Carla Moss"],
      ["Ruth Abend", "Tom Fennick"])  # fmt: skip
quote("speaker-marks", MIXED, "Ridership is up a fifth since March", ["Omar Lind"],
      ["Tom Fennick", "Carla Moss"])  # fmt: skip
quote("speaker-marks", MIXED, "A fare rise now would punish the people who stayed with us",
      ["Ruth Abend"], ["Tom Fennick", "Omar Lind"])  # fmt: skip
quote("speaker-marks", MIXED, "Fares have not changed since 2019", ["Tom Fennick"],
      ["Ruth Abend", "Omar Lind"])  # fmt: skip

TITLED = """Fare vote delayed again

HARTLEY, May 9 (Test Wire) - The vote on bus fares was put off for a second week.

"We owe riders a decision by June," said Hartley City Council Transport Committee Chair Ruth Abend.

"The depot needs new buses first," said Mayor Tom Fennick, citing Transit Director Omar Lind.

"Nobody has shown us the numbers," said residents' group spokeswoman Carla Moss.
"""
quote("speaker-title", TITLED, "We owe riders a decision by June", ["Ruth Abend"],
      ["Tom Fennick", "Omar Lind"])  # fmt: skip
quote("speaker-title", TITLED, "The depot needs new buses first", ["Tom Fennick"],
      ["Omar Lind", "Ruth Abend"])  # fmt: skip
quote("speaker-title", TITLED, "Nobody has shown us the numbers", ["Carla Moss"],
      ["Tom Fennick", "Ruth Abend"])  # fmt: skip


def dashed_place(expect: bool, text: str, evidence: str, where: str, why: str) -> None:
    assert evidence in text, evidence
    summit = {"parties": ["Ravi Menon", "Li Wen"], "status": "scheduled",
              "planned_location": where, "evidence": [evidence]}  # fmt: skip
    add("place-dash", expect, why, text, {"summits": [summit]}, "summits[0].planned_location")


DASHED = """Menon and Li to meet in Colombo

NEW DELHI, June 4 (Test Wire) - Officials are preparing a Menon\u2013Li meeting in Colombo later this month, after talks in Kathmandu last year.

A Menon\u2013Li meeting in Dhaka was dropped in April after a row over trade.

Separately, a Menon\u2013Li call is expected on Friday, while aides from Nepal and Bhutan met in Thimphu.
"""
D1 = "Officials are preparing a Menon\u2013Li meeting in Colombo later this month, after talks in Kathmandu last year."
D2 = "Separately, a Menon\u2013Li call is expected on Friday, while aides from Nepal and Bhutan met in Thimphu."
D3 = "A Menon\u2013Li meeting in Dhaka was dropped in April after a row over trade."
dashed_place(True, DASHED, D1, "Colombo", "the pair's meeting, paired by an en dash, is in Colombo")
dashed_place(False, DASHED, D1, "Kathmandu", "Kathmandu is where their earlier talks were")
dashed_place(False, DASHED, D2, "Thimphu", "Thimphu is other people's meeting")
dashed_place(False, DASHED, D1, "New Delhi", "the dateline is not the venue")
dashed_place(True, DASHED, D3, "Dhaka", "the dropped meeting's place")
dashed_place(False, DASHED, D3, "Colombo", "Colombo is not in this sentence")
HYPHENED = DASHED.replace("\u2013", "-")
for dashed_evidence, venue in ((D1, "Colombo"), (D3, "Dhaka")):
    dashed_place(True, HYPHENED, dashed_evidence.replace("\u2013", "-"), venue,
                 "the same with a hyphen")  # fmt: skip


def person(expect: bool, text: str, who: str, why: str) -> None:
    facts = {"people": [{"name": who}]}
    add("person-opening", expect, why, text, facts, "people[0].name")


OPENING = """Menon presses on with port plan

COLOMBO, June 9 (Test Wire) - The Menon government will put the port bill to a vote on Friday.

A Menon aide said the votes were there. An Ortiz adviser, Luis Ortiz, said talks had stalled.

Opposition leader Kamal Perera said his party would vote against it.
"""
person(True, OPENING, "Ravi Menon", "only the surname is written, after 'The' and 'A'")
person(True, OPENING, "Menon", "the surname as written")
person(True, OPENING, "Kamal Perera", "the full name")
person(True, OPENING, "Luis Ortiz", "the full name, after 'An Ortiz adviser'")
person(False, OPENING, "Ravi Perera", "the article's Perera is Kamal")
person(False, OPENING, "Maria Ortiz", "the article's Ortiz is Luis")
person(False, OPENING, "Anil Fernando", "no Fernando in the article")


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
