# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of review rvrb32 of readback32 (``grounding_rvrb32.jsonl``): a quote
attributed by a description with a country's or a body's name ("the US president said", "the
Kremlin spokesman added", "the UN chief said") that no one on the page is named with before
the quote, broken both ways, by category, each with what must pass and what must fail:

- ``back-to-speaker``: the description points back to the one speaker of the sentence
  before, who passes; refused: someone named earlier who is not that speaker, and the
  neighbouring quote's speaker when the page gives them another office ("said Ana Ruiz, the UN
  refugee chief. "...," the US president said");
- ``holder-elsewhere``: the page names the description's holder before the quote ("Kremlin
  spokesman Ivan Lesnoy", "The White House spokeswoman, Jenna Ortiz,", "Marcus Bell, the US
  president,"), or in words the title pattern does not read, or after the quote ("The
  spokesman, Colonel Dan Reyes, declined ..."): the speaker of the sentence before, of another
  office, is refused; the holder named before passes (the holders only named after the quote
  or in other words are left out: see DECISIONS);
- ``spokesman-head``: a body's spokesman is not its head and its head not its spokesman
  ("President Vadim Orlov told the council ... "...," the Kremlin spokesman said"; "UN
  spokesman Peter Okafor told reporters ... "...," the UN chief said"); the spokesman or head
  who is the sentence before's speaker passes;
- ``between``: the sentence before (or one between it and the quote) names someone besides
  the speaker whom the page gives another office ("Dana Whitfield told Canadian Prime Minister
  Mark Lowe ... "...," the US president said"): the one left passes, the other does not; one
  the page ties to the description's country or body between them ("President Marcus Bell of
  the United States") passes over the earlier speaker.

Run ``python tests/data/make_rvrb32_cases.py`` to rebuild it. The people, outlets and events
are fictional (or public figures in invented sentences) and every sentence was written for
this set; each verdict is what a careful fact-checker reads in the text, decided when the case
was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvrb32.jsonl")

built = SupportCases(
    "rvrb32",
    leads=[
        "OTTAWA, June 3 (Northshore Wire) -",
        "By Priya Anand | The Lakeview Courier",
        "FOREIGN DESK | The Harbour Gazette",
        "From our correspondent at the United Nations, The Atlas Review.",
    ],
)
BACK, HELD, HEAD, BETWEEN = "back-to-speaker", "holder-elsewhere", "spokesman-head", "between"
quote = built.page_quote


# --- back-to-speaker: the one speaker of the sentence before --------------------------------

quote(BACK, "not backing down, not this time", ["Dana Whitfield"], ["Carla Brandt"],
      "Carla Brandt, the German chancellor, had asked Washington for a delay on the steel duties.",
      'Dana Whitfield told a rally in Ohio on Saturday that the duties would stay in place. "We are not backing down, not this time," the US president said.')  # fmt: skip
quote(BACK, "The crossing must stay open", [], ["Ana Ruiz"],
      "The convoy reached the border crossing on Tuesday morning.",
      '"People are dying while we wait," said Ana Ruiz, the UN refugee chief. "The crossing must stay open," the US president said in a statement later.')  # fmt: skip
quote(BACK, "Japan stands with its friends", ["Haruto Mori"], ["Lena Kovac"],
      "Lena Kovac, the head of the aid agency, announced the first shipment on Thursday.",
      'Haruto Mori said on Friday that Tokyo would match the aid package. "Japan stands with its friends," Japan\'s prime minister told reporters.')  # fmt: skip
quote(BACK, "Nobody should doubt our resolve", [], ["Rafael Ortiz"],
      '"We expect the ceasefire to hold," said Rafael Ortiz, the NATO secretary general, after the meeting. "Nobody should doubt our resolve," the U.S. president told the same news conference.')  # fmt: skip
quote(BACK, "Prices will come down, I promise you", ["Dana Whitfield"], ["Tom Reilly"],
      "Workers at the Detroit plant were told to finish early on Thursday.",
      'Dana Whitfield used her first speech as US president to promise cheaper groceries. "Prices will come down, I promise you," the US president said.',
      "Tom Reilly, the mayor of Detroit, introduced her at the plant.")  # fmt: skip
quote(BACK, "They had their chance", ["Marcus Bell"], ["Sofia Lind"],
      "Sofia Lind, Sweden's trade minister, said the European Union would respond in kind.",
      'Late on Sunday, Marcus Bell wrote on his social media account that the tariff would double. "They had their chance," the U.S. president added.')  # fmt: skip
quote(BACK, "Enough is enough", ["Helen Marsh"], ["Owen Price"],
      "The rail union's leader, Owen Price, called the offer an insult.",
      'Helen Marsh told the Commons on Wednesday that the strike had to end. "Enough is enough," the UK prime minister said.')  # fmt: skip
quote(BACK, "We have made a fair offer", [], ["Gavin Ford"],
      'Helen Marsh\'s spokesman, Gavin Ford, told reporters the door was open. "We have made a fair offer," the UK prime minister said.')  # fmt: skip
quote(BACK, "I will meet anyone who wants peace", ["Marcus Bell"], ["Kari Solberg"],
      "Talks led by Norway's envoy, Kari Solberg, stalled in May.",
      'Marcus Bell was asked on Wednesday whether he would meet the rebels. "I will meet anyone who wants peace," the US president replied.')  # fmt: skip
quote(BACK, "We will respect the result", [], ["Yusuf Adeyemi"],
      'Yusuf Adeyemi, the African Union commission chairman, said the vote had been fair. "We will respect the result," Nigeria\'s president said.')  # fmt: skip
quote(BACK, "Our people have suffered enough", [], ["Yusuf Adeyemi"],
      "Yusuf Adeyemi, the African Union commission chairman, welcomed the plan.",
      'Speaking in Lagos, Bola Adewale said the fuel subsidy would return. "Our people have suffered enough," Nigeria\'s president said.')  # fmt: skip
quote(BACK, "This budget is for the next generation", ["Ingrid Vos"], ["Paolo Ricci"],
      "Paolo Ricci, the Italian finance minister, had called the draft too timid.",
      'Ingrid Vos presented the budget in Strasbourg on Tuesday. "This budget is for the next generation," the Commission president told MEPs.')  # fmt: skip
quote(BACK, "tilted to the downside", ["Laura Kessel"], ["Tomas Weller"],
      "Tomas Weller, the German finance minister, disagreed with the forecast.",
      'Laura Kessel told a news conference in Washington that growth would slow. "The risks are tilted to the downside," the IMF chief said.')  # fmt: skip
quote(BACK, "We will not be intimidated", ["Vadim Orlov"], ["Anna Sokolova"],
      "Anna Sokolova, a defence analyst in Riga, said the drills were the largest in years.",
      'Vadim Orlov told a televised meeting of his security council that the drills would go on. "We will not be intimidated," the Kremlin leader said.')  # fmt: skip

quote(BACK, "The numbers speak for themselves", [], ["Carla Brandt"],
      "Carla Brandt, the German chancellor, had criticised the tariffs in a speech in Munich.",
      'Dana Whitfield told reporters aboard Air Force One that the tariffs were working. "The numbers speak for themselves," the US president said.')  # fmt: skip
quote(BACK, "They must go back to work", ["Helen Marsh"], ["Owen Price"],
      "Owen Price, the union's general secretary, called a new strike vote.",
      'Asked about the strike on Friday, Helen Marsh said the talks were over. "They must go back to work," the UK prime minister added.')  # fmt: skip


# --- holder-elsewhere: the holder named in other words, or after the quote ------------------

quote(HELD, "the day it reaches my desk", [], ["Tom Hale"],
      "Tom Hale, the Senate majority leader, said the bill would pass by Friday.",
      '"I will sign it the day it reaches my desk," the US president said.',
      "US President Dana Whitfield has made the bill her first priority.")  # fmt: skip
quote(HELD, "The next round will be decisive", [], ["Karim Haddad"],
      'Karim Haddad, a Lebanese negotiator, told reporters in Beirut that the talks would resume. "The next round will be decisive," the UN envoy said.',
      "The UN envoy, Maria Lenz, has led the mediation since March.")  # fmt: skip
quote(HELD, "Nothing is off the table", [], ["Mark Lowe"],
      "President Dana Whitfield of the United States arrived in Ottawa on Monday.",
      'Prime Minister Mark Lowe said the two leaders would discuss lumber. "Nothing is off the table," the US president said.')  # fmt: skip
quote(HELD, "Europe is freezing, not Russia", ["Ivan Lesnoy"], ["Vadim Orlov"],
      "Ivan Lesnoy, who speaks for the Kremlin, opened the briefing.",
      'President Vadim Orlov then told the forum that sanctions had failed. "Europe is freezing, not Russia," the Kremlin spokesman said afterwards.')  # fmt: skip
quote(HELD, "no evidence of a buildup", [], ["Ray Tanner"],
      "General Ray Tanner, the chairman of the Joint Chiefs, told senators on Wednesday that the border was calm.",
      '"We have seen no evidence of a buildup," the Pentagon spokesman said on Thursday. The spokesman, Colonel Dan Reyes, declined to say more.')  # fmt: skip
quote(HELD, "no standing to sue", [], ["Lucia Ferro"],
      "Mayor Lucia Ferro said the city would file suit against the rule.",
      '"The city has no standing to sue," the Justice Department spokeswoman said. Justice Department spokeswoman Emily Carr added that the agency would defend the rule.')  # fmt: skip
quote(HELD, "Our alliance is ironclad", ["Marcus Bell"], ["Min-jun Park"],
      "America's president, Marcus Bell, flew to Seoul on Friday.",
      'South Korea\'s president, Min-jun Park, told reporters the alliance was stronger than ever. "Our alliance is ironclad," the US president said.')  # fmt: skip
quote(HELD, "closed without notice", [], ["Nadia Hassan"],
      'Aid worker Nadia Hassan said the trucks had been turned back twice. "The crossing was closed without notice," the UN spokesman said in Geneva.',
      "The spokesman, Peter Okafor, said a team would visit on Monday.")  # fmt: skip
quote(HELD, "We cannot do more with less", ["Hugo Brandt"], ["Amara Diallo"],
      "Secretary-General Amara Diallo opened the session on Monday.",
      'Hugo Brandt, the UN\'s chief spokesman, was asked whether the session would be moved. Diallo told delegates that the budget was short. "We cannot do more with less," the UN spokesman said.')  # fmt: skip
quote(HELD, "The door is not closed", ["Ivan Lesnoy"], ["Sergei Antonov"],
      "Ivan Lesnoy, spokesman for the Kremlin, said on Monday that no date had been set.",
      'Foreign Minister Sergei Antonov said Moscow would still send a delegation. "The door is not closed," the Kremlin spokesman added.')  # fmt: skip

quote(HELD, "We came to listen", ["Dana Whitfield"], ["Ruth Okoye"],
      "US President Dana Whitfield landed in Manila on Sunday.",
      'Foreign Secretary Ruth Okoye told reporters the visit was overdue. "We came to listen," the US president said.')  # fmt: skip
quote(HELD, "sanctions are a dead end", ["Ivan Lesnoy"], ["Vadim Orlov"],
      "Kremlin spokesman Ivan Lesnoy sat at the back of the hall.",
      'Vadim Orlov told the forum that the West had run out of ideas. "The sanctions are a dead end," the Kremlin spokesman added.')  # fmt: skip
quote(HELD, "We will stand together", ["Marcus Bell"], ["Min-jun Park"],
      "Marcus Bell, the US president, arrived in Seoul on Friday.",
      'Min-jun Park told reporters the alliance would hold. "We will stand together," the US president said.')  # fmt: skip
quote(HELD, "Every day matters", ["Peter Okafor"], ["Ana Ruiz"],
      "UN spokesman Peter Okafor gave the figures at noon.",
      'Ana Ruiz said the camps were full. "Every day matters," the UN spokesman added.')  # fmt: skip
quote(HELD, "The president disagrees", ["Jenna Ortiz"], ["Tom Hale"],
      "The White House spokeswoman, Jenna Ortiz, opened the briefing at noon.",
      'Senator Tom Hale said the bill was dead. "The president disagrees," the White House spokeswoman said.')  # fmt: skip
quote(HELD, "No change in posture", ["Dan Reyes"], ["Ray Tanner"],
      "Pentagon spokesman Dan Reyes briefed reporters on Monday.",
      'General Ray Tanner told senators the border was calm. "No change in posture," the Pentagon spokesman said on Tuesday.')  # fmt: skip


# --- spokesman-head: a body's spokesman is not its head, nor its head its spokesman ----------

quote(HEAD, "purely defensive", [], ["Vadim Orlov"],
      'President Vadim Orlov told the security council on Monday that the exercise would continue. "The drills are purely defensive," the Kremlin spokesman said.')  # fmt: skip
quote(HEAD, "No decision on the drawdown", [], ["Amara Diallo"],
      'Secretary-General Amara Diallo told the Security Council that the mission would stay. "No decision on the drawdown has been taken," the UN spokesman said.')  # fmt: skip
quote(HEAD, "nothing on the calendar", ["Ivan Lesnoy"], ["Vadim Orlov"],
      "President Vadim Orlov had hinted at a meeting in the autumn.",
      'Ivan Lesnoy told reporters on the daily conference call that no summit was planned. "There is nothing on the calendar," the Kremlin spokesman said.')  # fmt: skip
quote(HEAD, "This is unacceptable", ["Peter Okafor"], ["Amara Diallo"],
      "Secretary-General Amara Diallo was travelling in Asia this week.",
      'Peter Okafor told a briefing in New York that the convoy had been hit. "This is unacceptable," the UN spokesman said.')  # fmt: skip
quote(HEAD, "at a time of our choosing", [], ["Ivan Lesnoy"],
      'Kremlin spokesman Ivan Lesnoy told reporters that the president would speak later. "We will respond at a time of our choosing," the Kremlin leader said in his address.')  # fmt: skip
quote(HEAD, "will save lives", [], ["Marcus Bell"],
      'President Marcus Bell signed the order in the Oval Office on Friday. "The president believes this will save lives," the White House spokeswoman said.')  # fmt: skip
quote(HEAD, "The president believes this", ["Jenna Ortiz"], ["Marcus Bell"],
      "President Marcus Bell spent the week in Ohio.",
      'Jenna Ortiz told reporters at the daily briefing that the order would be signed on Friday. "The president believes this will save lives," the White House spokeswoman said.')  # fmt: skip
quote(HEAD, "The timeline has not changed", [], ["Paul Crane"],
      'Defense Secretary Paul Crane told troops in Kuwait that the deployment would end in May. "The timeline has not changed," the Pentagon spokesman said.')  # fmt: skip
quote(HEAD, "a change in posture", ["Dan Reyes"], ["Paul Crane"],
      "Defense Secretary Paul Crane was in Brussels for the ministers' meeting.",
      'Colonel Dan Reyes briefed reporters at the Pentagon on Tuesday. "We have not seen a change in posture," the Pentagon spokesman said.')  # fmt: skip
quote(HEAD, "will not delay this again", [], ["Ingrid Vos"],
      'Commission President Ingrid Vos told MEPs that the ban would start in 2027. "The Commission will not delay this again," the Commission spokesman said.')  # fmt: skip
quote(HEAD, "dates are not final", ["Eric Mahler"], ["Ingrid Vos"],
      "Commission spokesman Eric Mahler briefed the press on Monday.",
      'Commission President Ingrid Vos told MEPs that the ban would start in 2027. "The dates are not final," the Commission spokesman said.')  # fmt: skip
quote(HEAD, "still being planned", [], ["Pope Leo"],
      'Pope Leo told pilgrims in St Peter\'s Square that he would travel to Lebanon. "The trip is still being planned," the Vatican spokesman said.')  # fmt: skip
quote(HEAD, "being planned in detail", [], ["Pope Leo"],
      "Pope Leo had spoken of the trip in March.",
      'Matteo Bruni told journalists on Tuesday that the visit to Lebanon was on. "The trip is being planned in detail," the Vatican spokesman said.')  # fmt: skip
quote(HEAD, "as soon as the crossing opens", [], ["Peter Okafor"],
      'UN spokesman Peter Okafor told reporters the secretary-general would visit Gaza. "I will go as soon as the crossing opens," the UN chief said.')  # fmt: skip
quote(HEAD, "more with less", ["Amara Diallo"], ["Peter Okafor"],
      "UN spokesman Peter Okafor had announced the speech on Monday.",
      'Amara Diallo told the General Assembly that the budget was short. "We cannot do more with less," the UN chief said.')  # fmt: skip
quote(HEAD, "Dialogue is always better", ["Hiroshi Tanaka"], ["Emi Sato"],
      "Prime Minister Emi Sato met the Chinese envoy on Monday.",
      'Hiroshi Tanaka told a regular news conference in Tokyo that the talks had been useful. "Dialogue is always better," Japan\'s top government spokesman said.')  # fmt: skip
quote(HEAD, "looking at it carefully", ["Greta Lind"], ["Owen Hart"],
      "Secretary of State Owen Hart had promised a review of the visa rule.",
      'Greta Lind told reporters at the State Department that the rule would be reviewed. "We are looking at it carefully," the State Department spokeswoman said.')  # fmt: skip
quote(HEAD, "planned long ago", ["Ilse Dekker"], ["Jan Visser"],
      "Secretary General Jan Visser had defended the drills in Vilnius.",
      'Ilse Dekker told journalists in Brussels that the drills would go ahead. "The exercise was planned long ago," the NATO spokeswoman said.')  # fmt: skip

quote(HEAD, "We are studying it", ["Ivan Lesnoy"], ["Vadim Orlov"],
      "President Vadim Orlov was at his residence near Sochi.",
      'Ivan Lesnoy said on Monday that the Kremlin had received the letter. "We are studying it," the Kremlin spokesman added.')  # fmt: skip
quote(HEAD, "from the news", ["Peter Okafor"], ["Amara Diallo"],
      "Secretary-General Amara Diallo was in Nairobi at the time.",
      'Peter Okafor said the UN had not been told of the strike in advance. "We learned of it from the news," the UN spokesman said.')  # fmt: skip


# --- between: someone else named beside or between, with another office or this one -------

quote(BETWEEN, "We agreed on nothing", ["Dana Whitfield"], ["Mark Lowe"],
      'Dana Whitfield told reporters she had spoken to Canadian Prime Minister Mark Lowe. "We agreed on nothing," the US president said.')  # fmt: skip
quote(BETWEEN, "We are very close", ["Marcus Bell"], ["Helen Marsh"],
      "Prime Minister Helen Marsh said on Monday the trade deal was close.",
      "She had spoken by phone to President Marcus Bell of the United States on Sunday night.",
      '"We are very close," the US president said.')  # fmt: skip
quote(BETWEEN, "money, not speeches", [], ["Ana Ruiz"],
      'Marcus Bell met Ana Ruiz, the UN refugee chief, in Geneva on Monday. "The camps need money, not speeches," the US president said.')  # fmt: skip
quote(BETWEEN, "We will give what we can", ["Marcus Bell"], [],
      "Ana Ruiz said on Tuesday that the camps were full.",
      "Her agency has appealed to President Marcus Bell of the United States for more funds.",
      '"We will give what we can," the US president said.')  # fmt: skip
quote(BETWEEN, "We have a framework", [], ["Helen Marsh"],
      "Helen Marsh, the British prime minister, hosted the talks at Chequers.",
      'Marcus Bell and Helen Marsh spoke to reporters after the talks. "We have a framework," the US president said.')  # fmt: skip
quote(BETWEEN, "I will veto it", ["Marcus Bell"], ["Tom Hale"],
      "Senator Tom Hale said the bill had the votes.",
      "The White House, where Marcus Bell has threatened a veto, did not comment.",
      '"I will veto it," the US president said later on Tuesday.')  # fmt: skip
quote(BETWEEN, "nothing to discuss", ["Ivan Lesnoy"], ["Vadim Orlov"],
      'President Vadim Orlov\'s spokesman, Ivan Lesnoy, told reporters on Monday that the talks were off. "There is nothing to discuss," the Kremlin spokesman said.')  # fmt: skip
quote(BETWEEN, "We are here to listen", ["Peter Okafor"], ["Amara Diallo"],
      'Secretary-General Amara Diallo and her spokesman, Peter Okafor, arrived in Juba on Friday. "We are here to listen," the UN spokesman said.')  # fmt: skip
quote(BETWEEN, "Final means final", ["Dana Whitfield"], ["Helen Marsh"],
      'Dana Whitfield told Prime Minister Helen Marsh on the phone that the tariffs were final. "Final means final," the US president said.')  # fmt: skip
quote(BETWEEN, "see them in court", [], ["Marcus Bell"],
      "Marcus Bell said on Friday that the deal was dead.",
      "His Mexican counterpart, Elena Cruz, called the decision a betrayal.",
      '"We will see them in court," Mexico\'s president said.')  # fmt: skip
quote(BETWEEN, "never been stronger", [], ["Helen Marsh"],
      'Prime Minister Helen Marsh thanked Marcus Bell for his support in a call on Thursday. "The special relationship has never been stronger," the US president said.')  # fmt: skip
quote(BETWEEN, "Every hour counts", [], ["Amara Diallo"],
      "Peter Okafor told reporters in New York that aid had run out.",
      "Amara Diallo, the secretary-general, flew to Cairo to plead for access.",
      '"Every hour counts," the UN spokesman said.')  # fmt: skip

quote(BETWEEN, "We can sign next week", ["Marcus Bell"], ["Helen Marsh"],
      'Marcus Bell told Prime Minister Helen Marsh that the deal was ready. "We can sign next week," the US president said.')  # fmt: skip
quote(BETWEEN, "no trip on the schedule", ["Ivan Lesnoy"], ["Vadim Orlov"],
      'Ivan Lesnoy told reporters that President Vadim Orlov had no plans to travel. "There is no trip on the schedule," the Kremlin spokesman said.')  # fmt: skip
quote(BETWEEN, "Her schedule does not allow it", ["Peter Okafor"], ["Amara Diallo"],
      'Peter Okafor said Secretary-General Amara Diallo would not attend. "Her schedule does not allow it," the UN spokesman said.')  # fmt: skip
quote(BETWEEN, "Germany was told months ago", ["Dana Whitfield"], ["Carla Brandt"],
      'Dana Whitfield said she had warned Chancellor Carla Brandt about the duties. "Germany was told months ago," the US president said.')  # fmt: skip
quote(BETWEEN, "It is a priority for him", ["Jenna Ortiz"], ["Marcus Bell"],
      'Jenna Ortiz said President Marcus Bell would sign the order on Friday. "It is a priority for him," the White House spokeswoman said.')  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
