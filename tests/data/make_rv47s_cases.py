# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 47's widened quote-speaker readings (``grounding_rv47s.jsonl``,
review rv47s of wide47s; sentences/people_descriptions.py, quotes/title_referents.py,
quotes/page_offices.py, quotes/described_reads.py, quotes/title_appositions.py), cases written
by the reviewer in new words, at the edges of

- ``people``: a quote credited to "the DEMONYM" or "the N-year-old": the same words in another
  role ("Pogacar said the Belgian "rode ...", "said the German coach", "said the 30-year-old's
  barrister"), a body whose name ends like a people's ("the Taliban said", "the Vatican said",
  "the Guardian said"), a tie the page makes to someone else ("a pass to Harry Kane from the
  Italian midfielder", "A 30-year-old man stabbed Ben Cole"), a second person of that people
  or age the ties miss ("Spain's Carlos Alcaraz and Rafael Nadal", "his compatriot, X",
  "also 31"), a bare quote after a coach's "said the Belgian had ..."; against the right
  value in other outlets' styles ("the Republican said", "Serbia's ... the Serb", "(57)",
  "Tigst Assefa of Ethiopia", "38-year-old Andy Murray");
- ``chainhead``: '"...," he said' read back over "he" sentences to a sentence whose first
  office word is not its subject ("The minister's spokesman defended ...", "Tom Hale attacked
  the minister", "A man shouted at the minister"), an office and another person together, a
  former, deputy or successor's office, another country's; against chain heads in other
  styles ("The Prime Minister then toured", "On Wednesday the president flew", "The mayor,
  who took office in January,", "Speaking in Kyiv, the president");
- ``offices``: a capitalised portfolio joined by "and" or commas ("The Minister for Foreign
  Affairs and Trade, Simon Harris,", "Minister of Environment, Forest and Climate Change"),
  against a list of names after the holder ("the Minister of Finance, Wale Edun, Olayemi
  Cardoso and Zacch Adedeji"), two offices of two people joined by "and", a former holder;
  a holder written with initials ("Chief Justice D.Y. Chandrachud", "J. D. Vance") against
  another office's holder beside it.

The last section holds the cases of the reviewer's mends (written after the code ran): an
inverted credit with a time after it ("said the Norwegian after the match"), a possessive
("the Kenyan's agent"), a body by its ending ("the Smithsonian said"), "Kenya's X and Y",
"Italy's X and China's Y", "his countryman", "X from Japan", "X of the Italian club"; the
bare office against its possessive ("The senator's aide"), a chain head naming the man the
next "He" sentence is about ("sacked his spokesman, Tom Bell"); "The Minister of Information
and Chief of Staff, X," and "the Minister of Health and Lagos Governor, X," against a
portfolio joined by "and" ("Women Affairs and Social Development").

Run ``python tests/data/make_rv47s_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv47s.jsonl")

built = SupportCases(
    "rv47s",
    leads=[
        "ROUBAIX, France (Velo Wire) -",
        "SPORT | The Fenland Courier",
        "By Ngozi Eze, The Lagos Tribune",
        "NEWS | The Cascade Record",
        "From our Dublin newsroom, The Liffey Examiner.",
        "POLITICS | The Tasman Daily",
        "KAMPALA (Great Lakes Wire) -",
    ],
)
PEOPLE, CHAINHEAD, OFFICES = "people", "chainhead", "offices"

# --- people: the description's words in another role, or a body's name -----------------------
built.page_quote(PEOPLE, "rode like a champion", ["Tadej Pogacar"], ["Remco Evenepoel"],
    "Belgian rider Remco Evenepoel won the time trial by eleven seconds.",
    "Tadej Pogacar said the Belgian \"rode like a champion\" on the final climb.")  # fmt: skip
built.page_quote(PEOPLE, "He was magnificent tonight", [], ["Lukas Weber"],
    "German goalkeeper Lukas Weber saved two penalties in the shoot-out.",
    "\"He was magnificent tonight,\" said the German coach, who was sent to the stands at half-time.")  # fmt: skip
built.page_quote(PEOPLE, "He is deeply sorry for what he did", [], ["Tom Reid"],
    "Tom Reid, 30, was jailed for six years at Leeds Crown Court on Friday.",
    "\"He is deeply sorry for what he did,\" said the 30-year-old's barrister.")  # fmt: skip
built.page_quote(PEOPLE, "The ban on girls' schools will stay", [], ["Zabihullah Mujahid"],
    "Taliban spokesman Zabihullah Mujahid did not answer calls on Sunday.",
    "\"The ban on girls' schools will stay,\" the Taliban said in a statement posted online.")  # fmt: skip
built.page_quote(PEOPLE, "The Holy Father rested well", [], ["Matteo Bruni"],
    "Vatican spokesman Matteo Bruni was travelling with the delegation in Jakarta.",
    "\"The Holy Father rested well,\" the Vatican said in a bulletin on Monday evening.")  # fmt: skip
built.page_quote(PEOPLE, "The paper stands by its reporting", [], ["Owen Jones"],
    "Guardian columnist Owen Jones had written about the case in March.",
    "\"The paper stands by its reporting,\" the Guardian said in response to the letter.")  # fmt: skip
built.page_quote(PEOPLE, "We are looking forward to it", [], ["Carlos Alcaraz", "Rafael Nadal"],
    "Spain's Carlos Alcaraz and Rafael Nadal will play doubles together at the Games.",
    "\"We are looking forward to it,\" the Spaniard said.")  # fmt: skip
built.page_quote(PEOPLE, "I had nothing left for the sprint", [], ["Wout Peeters"],
    "Belgian rider Wout Peeters finished second behind his compatriot, Jasper Stuyven.",
    "\"I had nothing left for the sprint,\" the Belgian said.")  # fmt: skip
built.page_quote(PEOPLE, "I was defending myself", [], ["Ben Cole"],
    "A 30-year-old man stabbed Ben Cole outside a pub in Hull, the court heard.",
    "The 30-year-old told the jury: \"I was defending myself.\"")  # fmt: skip
built.page_quote(PEOPLE, "She never missed a session", ["Dirk Maes"], ["Lotte Kopecky"],
    "Belgian cyclist Lotte Kopecky won the world title in Zurich.",
    "Her coach, Dirk Maes, said the Belgian had trained through the injury. \"She never missed a session.\"")  # fmt: skip
built.page_quote(PEOPLE, "I was at home that night", [], ["Tom Reid", "Sam Lee"],
    "Tom Reid, 31, and his co-accused, Sam Lee, also 31, deny the charges.",
    "\"I was at home that night,\" the 31-year-old told the court.")  # fmt: skip
built.page_quote(PEOPLE, "He has the best engine in the peloton", [], ["Filippo Ganna"],
    "Italian rider Filippo Ganna took the stage in a solo break.",
    "\"He has the best engine in the peloton,\" said the Italian's team director.")  # fmt: skip
built.page_quote(PEOPLE, "It was a perfect ball", [], ["Harry Kane"],
    "The winner came from a long pass to Harry Kane from the Italian midfielder.",
    "\"It was a perfect ball,\" the Italian said.")  # fmt: skip
# people: the right value in other outlets' styles
built.page_quote(PEOPLE, "I will vote against the nominee", ["Susan Collins"], ["Chuck Schumer"],
    "Republican Senator Susan Collins met Chuck Schumer on Tuesday.",
    "\"I will vote against the nominee,\" the Republican said afterwards.")  # fmt: skip
built.page_quote(PEOPLE, "My back is fine now", ["Novak Djokovic"], ["Jannik Sinner"],
    "Serbia's Novak Djokovic beat Jannik Sinner in four sets.",
    "\"My back is fine now,\" the Serb said.")  # fmt: skip
built.page_quote(PEOPLE, "The alliance must spend more", ["Mark Rutte"], ["Olaf Scholz"],
    "Nato chief Mark Rutte (57) met Olaf Scholz in Berlin.",
    "\"The alliance must spend more,\" the 57-year-old told reporters.")  # fmt: skip
built.page_quote(PEOPLE, "I ran my own race", ["Tigst Assefa"], ["Hellen Obiri"],
    "Tigst Assefa of Ethiopia won the marathon; Kenya's Hellen Obiri was third.",
    "\"I ran my own race,\" the Ethiopian said.")  # fmt: skip
built.page_quote(PEOPLE, "My hip held up", ["Andy Murray"], ["Daniel Evans"],
    "38-year-old Andy Murray partnered Daniel Evans in the doubles.",
    "\"My hip held up,\" the 38-year-old said.")  # fmt: skip
built.page_quote(PEOPLE, "The throw felt easy", ["Arshad Nadeem"], ["Neeraj Chopra"],
    "Pakistan's Arshad Nadeem set an Olympic record; Neeraj Chopra took silver.",
    "\"The throw felt easy,\" said the Pakistani.")  # fmt: skip
built.page_quote(PEOPLE, "I felt the crowd behind me", ["Mathieu van der Poel"], ["Tom Pidcock"],
    "Dutch cyclist Mathieu van der Poel beat Tom Pidcock in the sprint. He then sat on the tarmac for a minute.",
    "\"I felt the crowd behind me,\" the Dutchman said.")  # fmt: skip
built.page_quote(PEOPLE, "The pool was slow", ["Ariarne Titmus"], ["Summer McIntosh"],
    "Australia's Ariarne Titmus edged Summer McIntosh in the 400 metres.",
    "The Australian said: \"The pool was slow.\"")  # fmt: skip
built.page_quote(PEOPLE, "The heat was brutal", ["Nina Flores"], ["Lisa Hahn"],
    "Peru's Nina Flores finished fourth behind Germany's Lisa Hahn.",
    "\"The heat was brutal,\" the Peruvian said.")  # fmt: skip

# --- chainhead: the first office word of a sentence that is not its subject --------------------
# (another person is named before the chain's head, where the older read-back lands)
built.page_quote(CHAINHEAD, "The numbers add up", [], ["Kofi Ade", "John Mensah"],
    "Finance Minister Kofi Ade presented the budget on Monday. Central bank governor John Mensah welcomed it.",
    "The minister's spokesman defended the figures on radio. He thanked the bankers. \"The numbers add up,\" he said.")  # fmt: skip
built.page_quote(CHAINHEAD, "This budget is a fantasy", ["Tom Hale"], ["Kofi Ade"],
    "Finance Minister Kofi Ade presented the budget on Monday. Central bank governor John Mensah welcomed it.",
    "Tom Hale attacked the minister in the chamber. He called the plan reckless. \"This budget is a fantasy,\" he said.")  # fmt: skip
built.page_quote(CHAINHEAD, "You have ruined us", [], ["Kofi Ade"],
    "Finance Minister Kofi Ade visited the market in Kumasi on Tuesday. Chief Nana Owusu greeted him.",
    "A trader shouted at the minister during the visit. He was led away by police. \"You have ruined us,\" he said.")  # fmt: skip
built.page_quote(CHAINHEAD, "The port will be busy by June", [], ["Kofi Ade"],
    "Transport Minister Kofi Ade opened the terminal. Harbour chief Sam Okoro cut the ribbon.",
    "The minister and his deputy toured the port on Friday. He praised the dock workers. \"The port will be busy by June,\" he said.")  # fmt: skip
built.page_quote(CHAINHEAD, "This budget is reckless", [], ["Kofi Ade"],
    "Finance Minister Kofi Ade presented the budget on Monday. Opposition leader Sam Boateng walked out.",
    "The former finance minister attacked it on radio. He called it a gamble. \"This budget is reckless,\" he said.")  # fmt: skip
built.page_quote(CHAINHEAD, "The border stays open", [], ["William Ruto"],
    "Kenyan President William Ruto met Tanzania's president in Arusha on Monday. Trade envoy John Okoth joined them.",
    "The Tanzanian president later toured the border post. He thanked the customs staff. \"The border stays open,\" he said.")  # fmt: skip
built.page_quote(CHAINHEAD, "We will not be bullied", [], ["Mae Orton"],
    "Governor Mae Orton signed the water bill on Tuesday. Attorney General Dan Price promised to defend it.",
    "The governor's chief of staff spoke to reporters later. He blamed the farm lobby. \"We will not be bullied,\" he said.")  # fmt: skip
built.page_quote(CHAINHEAD, "The banks are safe", [], ["Kofi Ade"],
    "Finance Minister Kofi Ade presented the budget on Monday. Central bank governor John Mensah welcomed it.",
    "The deputy finance minister met bankers the next day. He reassured them. \"The banks are safe,\" he said.")  # fmt: skip
built.page_quote(CHAINHEAD, "The waiting lists will come down", [], ["Ida Lunde"],
    "Health Minister Ida Lunde resigned on Monday. Nurses' leader Anne Berg welcomed the news.",
    "The minister's successor met doctors on Tuesday. She promised more nurses. \"The waiting lists will come down,\" she said.")  # fmt: skip
built.page_quote(CHAINHEAD, "I only asked a question", [], ["Ana Ruiz"],
    "Mayor Ana Ruiz opened the new library on Saturday. Librarian Mary Ellis showed her round.",
    "A woman in the crowd heckled the mayor twice. She was asked to leave. \"I only asked a question,\" she said.")  # fmt: skip
built.page_quote(CHAINHEAD, "We have done nothing wrong", [], ["Kofi Ade"],
    "Finance Minister Kofi Ade presented the budget on Monday. Central bank governor John Mensah welcomed it.",
    "The minister's brother, a cocoa trader, was named in the audit. He denied any wrongdoing. \"We have done nothing wrong,\" he said.")  # fmt: skip
# chainhead: the right value, the head in other styles
built.page_quote(CHAINHEAD, "The wards are full", ["Keir Starmer"], ["Wes Streeting"],
    "Prime Minister Keir Starmer met Wes Streeting's officials at a London hospital.",
    "The Prime Minister then toured the wards. He spoke to nurses. \"The wards are full,\" he said.")  # fmt: skip
built.page_quote(CHAINHEAD, "Help is on its way", ["Volodymyr Zelensky"], ["Oleh Syniehubov"],
    "President Volodymyr Zelensky promised air defences after the strike. Regional governor Oleh Syniehubov reported 12 dead.",
    "On Wednesday the president flew to Kharkiv. He laid flowers at the site. \"Help is on its way,\" he said.")  # fmt: skip
built.page_quote(CHAINHEAD, "Rents must come down", ["Ana Ruiz"], ["Tom Hale"],
    "Mayor Ana Ruiz met landlords' leader Tom Hale on Monday.",
    "The mayor, who took office in January, visited the estate on Tuesday. She thanked the tenants. \"Rents must come down,\" she said.")  # fmt: skip
built.page_quote(CHAINHEAD, "We will retake the villages", ["Volodymyr Zelensky"], ["Andriy Yermak"],
    "President Volodymyr Zelensky sacked his defence chief. Andriy Yermak, his chief of staff, announced the change.",
    "Speaking in Kyiv, the president defended the move. He praised the troops. \"We will retake the villages,\" he said.")  # fmt: skip
built.page_quote(CHAINHEAD, "The ceasefire is holding", ["Marco Rubio"], ["Ron Dermer"],
    "Secretary of State Marco Rubio met Israel's Ron Dermer in Washington.",
    "The secretary of state then flew to Riyadh. He met the crown prince. \"The ceasefire is holding,\" he said.")  # fmt: skip
built.page_quote(CHAINHEAD, "No one will be left behind", ["Yvette Cooper"], ["Chris Philp"],
    "Home Secretary Yvette Cooper answered Chris Philp in the Commons.",
    "Later the Home Secretary visited a reception centre in Kent. She thanked the staff. \"No one will be left behind,\" she said.")  # fmt: skip
built.page_quote(CHAINHEAD, "We need the money now", ["Kathy Hochul"], ["Eric Adams"],
    "Governor Kathy Hochul and Mayor Eric Adams appeared together on Monday.",
    "Afterwards the governor flew to Washington. She met the transport secretary. \"We need the money now,\" she said.")  # fmt: skip

built.page_quote(CHAINHEAD, "The order protects our workers", ["Donald Trump"], ["Mark Carney"],
    "President Donald Trump spoke to Canada's Mark Carney by phone.",
    "The U.S. president then signed the order. He thanked Carney's team. \"The order protects our workers,\" he said.")  # fmt: skip
built.page_quote(CHAINHEAD, "Our farmers need rain", ["Anthony Albanese"], ["Peter Dutton"],
    "Prime Minister Anthony Albanese rejected Peter Dutton's nuclear plan.",
    "In Dubbo the prime minister met farmers. He thanked Dutton's local MP. \"Our farmers need rain,\" he said.")  # fmt: skip

# --- offices: a capitalised portfolio; initials ----------------------------------------------
built.page_quote(OFFICES, "Investors can trust our numbers", ["Wale Edun"], ["Olayemi Cardoso", "Zacch Adedeji"],
    "Present at the briefing were the Minister of Finance, Wale Edun, Olayemi Cardoso and Zacch Adedeji.",
    "\"Investors can trust our numbers,\" the minister said.")  # fmt: skip
built.quotes(OFFICES, built.page(
    "The Minister of Health and Governor of Lagos State, Babajide Sanwo-Olu, toured the new wing together.",
    "\"Lagos will fund the nurses,\" the governor said. \"The wing opens next month,\" the minister said."),
    ("Lagos will fund the nurses", ["Babajide Sanwo-Olu"], []),
    ("The wing opens next month", [], ["Babajide Sanwo-Olu"]))  # fmt: skip
built.page_quote(OFFICES, "The troops are ready", [], ["Taoreed Lagbaja"],
    "The Minister of Defence and Chief of Army Staff, Taoreed Lagbaja, arrived together at the barracks.",
    "\"The troops are ready,\" the minister said.")  # fmt: skip
built.page_quote(OFFICES, "The ban was a mistake", [], ["Lai Mohammed"],
    "The former Minister of Information and Culture, Lai Mohammed, criticised the policy on Monday.",
    "\"The ban was a mistake,\" the minister said on Tuesday.")  # fmt: skip
built.page_quote(OFFICES, "Ireland will stand with Gaza", ["Simon Harris"], ["Micheal Martin"],
    "The Minister for Foreign Affairs and Trade, Simon Harris, met Micheal Martin on Monday.",
    "\"Ireland will stand with Gaza,\" the minister said.")  # fmt: skip
built.page_quote(OFFICES, "The forests are our lungs", ["Bhupender Yadav"], ["Jairam Ramesh"],
    "The Minister of Environment, Forest and Climate Change, Bhupender Yadav, answered Jairam Ramesh in the house.",
    "\"The forests are our lungs,\" the minister said.")  # fmt: skip
built.page_quote(OFFICES, "Every state will get its share", ["Atiku Bagudu"], ["Godswill Akpabio"],
    "Senate President Godswill Akpabio welcomed the Minister of Budget and Economic Planning, Atiku Bagudu, to the chamber.",
    "\"Every state will get its share,\" the minister said.")  # fmt: skip
built.page_quote(OFFICES, "The court will sit on Saturdays", ["D.Y. Chandrachud"], ["Kapil Sibal"],
    "Chief Justice D.Y. Chandrachud heard Kapil Sibal's plea on Monday.",
    "\"The court will sit on Saturdays,\" the chief justice said.")  # fmt: skip
built.page_quote(OFFICES, "The steel jobs will stay in Ohio", ["J. D. Vance"], ["Sherrod Brown"],
    "Ohio Senator J. D. Vance toured the mill; Sherrod Brown was in Washington.",
    "\"The steel jobs will stay in Ohio,\" the senator said.")  # fmt: skip
built.page_quote(OFFICES, "The budget is balanced", ["Mike DeWine"], ["J.D. Vance"],
    "Senator J.D. Vance and Governor Mike DeWine spoke in Columbus.",
    "\"The budget is balanced,\" the governor said.")  # fmt: skip

built.page_quote(OFFICES, "The border is closed to them", ["Kristi Noem"], ["Tom Homan"],
    "The Secretary of Homeland Security, Kristi Noem, met Tom Homan in El Paso.",
    "\"The border is closed to them,\" the secretary said.")  # fmt: skip
built.page_quote(OFFICES, "Clean power by 2030 is in reach", ["Ed Miliband"], ["Claire Coutinho"],
    "Britain's Secretary of State for Energy Security and Net Zero, Ed Miliband, answered Claire Coutinho.",
    "\"Clean power by 2030 is in reach,\" the secretary said.")  # fmt: skip

# --- the mends' own cases (written after the code ran, for the readings narrowed above) --------
built.page_quote(PEOPLE, "The clay was heavy today", ["Casper Ruud"], ["Holger Rune"],
    "Norway's Casper Ruud beat Holger Rune in three sets.",
    "\"The clay was heavy today,\" said the Norwegian after the match.")  # fmt: skip
built.page_quote(PEOPLE, "She deserves a rest", [], ["Faith Kipyegon"],
    "Kenyan runner Faith Kipyegon won the 1,500 metres in Eugene.",
    "\"She deserves a rest,\" said the Kenyan's agent.")  # fmt: skip
built.page_quote(PEOPLE, "The collection stays in Washington", [], ["Jane Doyle"],
    "Smithsonian curator Jane Doyle led the tour on Friday.",
    "\"The collection stays in Washington,\" the Smithsonian said in a statement.")  # fmt: skip
built.page_quote(PEOPLE, "We ran as a team", [], ["Faith Kipyegon", "Beatrice Chebet"],
    "Kenya's Faith Kipyegon and Beatrice Chebet broke away at the bell.",
    "\"We ran as a team,\" the Kenyan said.")  # fmt: skip
built.page_quote(PEOPLE, "I shot for my father", ["Paolo Monna"], ["Xie Yu"],
    "Italy's Paolo Monna and China's Xie Yu shared the podium.",
    "\"I shot for my father,\" the Italian said.")  # fmt: skip
built.page_quote(PEOPLE, "He served better than me", [], ["Casper Ruud"],
    "Norway's Casper Ruud lost to his countryman, Kasper Lund, in the final.",
    "\"He served better than me,\" the Norwegian said.")  # fmt: skip
built.page_quote(PEOPLE, "The pool suited me", ["Kenji Sato"], ["Lee Min-ho"],
    "Kenji Sato from Japan edged Lee Min-ho in the final.",
    "\"The pool suited me,\" the Japanese said.")  # fmt: skip
built.page_quote(PEOPLE, "The fans here are special", [], ["Jan Vos"],
    "Dutch defender Jan Vos of the Italian club Napoli was sent off.",
    "\"The fans here are special,\" the Italian said.")  # fmt: skip
built.page_quote(CHAINHEAD, "The numbers add up", ["Kofi Ade"], ["John Mensah"],
    "Finance Minister Kofi Ade presented the budget on Monday. Central bank governor John Mensah welcomed it.",
    "The minister defended the figures on radio. He thanked the bankers. \"The numbers add up,\" he said.")  # fmt: skip
built.page_quote(CHAINHEAD, "The bill will pass", [], ["Tom Ford"],
    "Senator Tom Ford filed the bill on Monday. Party whip Dan Cole counted the votes.",
    "The senator's aide briefed reporters afterwards. He named three holdouts. \"The bill will pass,\" he said.")  # fmt: skip
built.page_quote(CHAINHEAD, "The dam is safe", ["Laura Kelly"], ["Ben Ross"],
    "Governor Laura Kelly met engineer Ben Ross on Monday.",
    "The governor inspected the dam and the spillway. She thanked the crews. \"The dam is safe,\" she said.")  # fmt: skip
# a chain head that names another man whom the next "He" sentence is plainly about
built.page_quote(CHAINHEAD, "I did nothing wrong", [], ["Kofi Ade"],
    "Finance Minister Kofi Ade presented the budget on Monday.",
    "The minister sacked his spokesman, Tom Bell, on Friday. He had leaked the draft to reporters. \"I did nothing wrong,\" he said.")  # fmt: skip
built.page_quote(CHAINHEAD, "It was the right thing to do", [], ["Tim Walz"],
    "Governor Tim Walz signed the bill on Tuesday.",
    "The governor thanked Senator Ray Dunn for his vote. He had broken with his party to back it. \"It was the right thing to do,\" he said.")  # fmt: skip
built.quotes(OFFICES, built.page(
    "The Minister of Information and Chief of Staff, Femi Gbajabiamila, arrived together.",
    "\"The president is well,\" the chief of staff said. \"The reports are false,\" the minister said."),
    ("The president is well", ["Femi Gbajabiamila"], []),
    ("The reports are false", [], ["Femi Gbajabiamila"]))  # fmt: skip
built.page_quote(OFFICES, "Every girl will stay in school", ["Uju Kennedy-Ohanenye"], ["Kashim Shettima"],
    "Vice President Kashim Shettima welcomed the Minister of Women Affairs and Social Development, Uju Kennedy-Ohanenye, to the summit.",
    "\"Every girl will stay in school,\" the minister said.")  # fmt: skip

built.quotes(OFFICES, built.page(
    "Present were the Minister of Health and Lagos Governor, Babajide Sanwo-Olu.",
    "\"Lagos will pay the nurses,\" the governor said. \"The wing opens next month,\" the minister said."),
    ("Lagos will pay the nurses", ["Babajide Sanwo-Olu"], []),
    ("The wing opens next month", [], ["Babajide Sanwo-Olu"]))  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
