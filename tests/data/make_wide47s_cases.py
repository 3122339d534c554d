# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 47's widened quote-speaker readings (``grounding_wide47s.jsonl``,
widener wide47s; sentences/people_descriptions.py, quotes/title_appositions.py,
quotes/page_offices.py, quotes/described_reads.py, quotes/title_referents.py), cases written
in new words at the edges of

- ``people``: a quote credited to "the Belgian", "the Frenchman", "said the Italian" or "the
  64-year-old", the page having tied that people or age to one person before ("Belgian
  triathlete Jolien Vermeylen", "Sweden's Victor Lindgren", "Maria Costa, 64,"); a bare quote
  after "The Georgian said she ..."; against two people of that people named, a "Frenchman"
  when the one French person named is a woman, a people the page ties to no one, and the
  neighbouring quote's speaker;
- ``initials``: an office's holder written with initials ("Ohio Senator J.D. Vance"), then
  "the senator said"; against another person named beside it;
- ``portfolio``: an office with a capitalised portfolio joined by "and" ("The Minister of
  Information and National Orientation, Mohammed Idris,"), then "the minister said"; against
  the holder of another office and the reporter;
- ``chainhead``: '"...," he said' after sentences the pronoun opens, back to a sentence whose
  subject is an office the page gives one person ("Turning to the economy, the information
  minister cited figures."); against the person named as the chain's object, and one of two
  holders of the office.

Run ``python tests/data/make_wide47s_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_wide47s.jsonl")

built = SupportCases(
    "wide47s",
    leads=[
        "PARIS (Games Wire) -",
        "SPORT | The Wensleydale Chronicle",
        "By Kofi Mensah, The Accra Ledger",
        "WORLD | The Harbour Post",
        "ABUJA, Nigeria -",
        "POLITICS | The Prairie Sentinel",
    ],
)
PEOPLE, INITIALS, PORTFOLIO, CHAINHEAD = "people", "initials", "portfolio", "chainhead"

# --- people: must-fail first -----------------------------------------------------------------
built.page_quote(PEOPLE, "We were unlucky with the wind", [], ["Marco Bellini"],
    "Italians Marco Bellini and Luca Ferri both reached the sailing medal race.",
    "\"We were unlucky with the wind,\" the Italian said.")  # fmt: skip
built.page_quote(PEOPLE, "The course suited me", [], ["Claire Dubois"],
    "France's Claire Dubois won the time trial ahead of Belgian rider Wout Peeters.",
    "\"The course suited me,\" the Frenchman said, although he had finished second.")  # fmt: skip
built.page_quote(PEOPLE, "My legs were empty", [], ["Anna Novak"],
    "Czech runner Anna Novak took bronze behind two Kenyans.",
    "\"My legs were empty,\" the Ethiopian said after finishing fifth.")  # fmt: skip
built.page_quote(PEOPLE, "I am proud of the team", [], ["Sven Olsen"],
    "Norway's Sven Olsen and Denmark's Jens Holm met in the quarter-final.",
    "Holm won in straight sets. \"I am proud of the team,\" the Dane said.")  # fmt: skip
built.page_quote(PEOPLE, "This medal is for my mother", [], ["Kenji Sato"],
    "Kenji Sato of Japan led until the last lap, when Brazilian swimmer Rafael Costa passed him.",
    "\"This medal is for my mother,\" the Brazilian said.")  # fmt: skip
built.page_quote(PEOPLE, "The water was fine", [], ["Emma Lund"],
    "Sweden's Emma Lund and Sweden's Ida Berg both finished in the top ten.",
    "\"The water was fine,\" the Swede said.")  # fmt: skip
built.page_quote(PEOPLE, "I have nothing left", [], ["Omar Haddad"],
    "Omar Haddad, 29, led at halfway. Pavel Dvorak, 34, won the race.",
    "\"I have nothing left,\" the 34-year-old said.")  # fmt: skip
built.page_quote(PEOPLE, "It was a dream", [], ["Lea Schmid"],
    "Swiss skier Lea Schmid was second.",
    "\"It was a dream,\" said the Austrian, who had won by a tenth.")  # fmt: skip
built.page_quote(PEOPLE, "We will be back", [], ["Tomas Ruiz"],
    "Spain's Tomas Ruiz lost the final to Portugal's Joao Pinto.",
    "\"I played my best tennis,\" said Ruiz. \"We will be back,\" the Portuguese added.")  # fmt: skip
built.page_quote(PEOPLE, "The referee was fair", [], ["Ivan Petrov", "Pavel Dvorak"],
    "Bulgarian coach Ivan Petrov watched from the stands.",
    "\"The referee was fair,\" the Croatian said.")  # fmt: skip
# people: must-pass
built.page_quote(PEOPLE, "I'll find out tomorrow if I'm feeling unwell", ["Jolien Vermeylen"], ["Cassandre Beaugrand"],
    "Belgian triathlete Jolien Vermeylen finished 24th in the race won by France's Cassandre Beaugrand.",
    "The Belgian added: \"I'll find out tomorrow if I'm feeling unwell.\"")  # fmt: skip
built.page_quote(PEOPLE, "I feel like a fool", ["Thibaut Collet"], ["Cassandre Beaugrand"],
    "France's Cassandre Beaugrand won gold in front of her home crowd. French pole vaulter Thibaut Collet went out in qualifying.",
    "\"I feel like a fool,\" the Frenchman lamented.")  # fmt: skip
built.page_quote(PEOPLE, "I knew they were there", ["Victor Lindgren"], ["Xie Yu"],
    "Sweden's Victor Lindgren took silver; China's Xie Yu won the pistol event.",
    "\"I knew they were there,\" the Swede said of his parents.")  # fmt: skip
built.page_quote(PEOPLE, "I did not think about ten Games", ["Nino Salukvadze"], ["Paolo Monna"],
    "Georgia's Nino Salukvadze became the first athlete to compete at ten Olympics. Italy's Paolo Monna won bronze.",
    "The Georgian said she slept on the bus. \"I did not think about ten Games.\"")  # fmt: skip
built.page_quote(PEOPLE, "We added a new page", ["Sanae Takaichi"], ["Shinjiro Koizumi"],
    "Sanae Takaichi, 64, beat Shinjiro Koizumi, 44, in the run-off.",
    "\"We added a new page,\" the 64-year-old told the party.")  # fmt: skip
built.page_quote(PEOPLE, "The plan is simple", ["Roberto Mancini"], ["Ahmed Saleh"],
    "Ahmed Saleh has coached the club since 2022. It is now run by Italian director Roberto Mancini.",
    "Asked about the squad, the Italian said: \"The plan is simple.\"")  # fmt: skip
built.page_quote(PEOPLE, "I wanted this test", ["Francois Bayrou"], ["Marine Le Pen"],
    "Francois Bayrou, 74, faced the assembly on Monday. Marine Le Pen led the attack.",
    "In a hoarse final speech the 74-year-old told deputies: \"I wanted this test.\"")  # fmt: skip
built.page_quote(PEOPLE, "Nobody expected us here", ["Lukas Weber"], ["Tom Hughes"],
    "German goalkeeper Lukas Weber saved two penalties against Tom Hughes's side.",
    "\"Nobody expected us here,\" said the German.")  # fmt: skip
built.page_quote(PEOPLE, "The crowd carried me", ["Ana Kovac"], ["Petra Horvat"],
    "Ana Kovac of Slovenia beat Petra Horvat in the final.",
    "\"The crowd carried me,\" the Slovenian said.")  # fmt: skip
built.page_quote(PEOPLE, "We played with heart", ["Diego Alvarez"], ["Marcus Reed"],
    "Argentina's Diego Alvarez scored twice. Marcus Reed replied for the visitors.",
    "\"We played with heart,\" the Argentine said.")  # fmt: skip

# --- initials --------------------------------------------------------------------------------
built.page_quote(INITIALS, "It still feels a little weird", ["J.D. Vance"], ["Donald Trump"],
    "Donald Trump and his running mate, Ohio Senator J.D. Vance, held a rally on Saturday.",
    "\"It still feels a little weird,\" the senator said.")  # fmt: skip
built.page_quote(INITIALS, "The bill is dead", ["A.J. Morgan"], ["Ruth Okafor"],
    "Ruth Okafor chaired the hearing. State Senator A.J. Morgan sat beside her.",
    "\"The bill is dead,\" the senator said afterwards.")  # fmt: skip
built.page_quote(INITIALS, "We will appeal", ["T.J. Walsh"], ["Maria Gomez"],
    "Maria Gomez filed the complaint. Governor T.J. Walsh was named in it.",
    "\"We will appeal,\" the governor said.")  # fmt: skip
built.page_quote(INITIALS, "The port reopens Monday", ["C.J. Baptiste"], ["Paul Henry"],
    "Harbour master Paul Henry met Mayor C.J. Baptiste on Friday.",
    "\"The port reopens Monday,\" the mayor said.")  # fmt: skip
built.page_quote(INITIALS, "Our budget is balanced", ["R.K. Singh"], ["Anil Rao"],
    "Finance Minister R.K. Singh presented the budget. Anil Rao led the opposition reply.",
    "\"Our budget is balanced,\" the minister said.")  # fmt: skip
built.page_quote(INITIALS, "Nobody is above the law", ["D.B. Cooper"], ["Lena Park"],
    "Lena Park was charged on Tuesday. Prosecutor D.B. Cooper read the charges.",
    "\"Nobody is above the law,\" the prosecutor said.")  # fmt: skip
built.page_quote(INITIALS, "The vote stands", ["J.B. Pritzker"], ["Mike Bost"],
    "Illinois Governor J.B. Pritzker signed the map. Mike Bost called it a power grab.",
    "\"The vote stands,\" the governor said.")  # fmt: skip
built.page_quote(INITIALS, "We need more buses", ["K.C. Lowe"], ["Dana Fox"],
    "Dana Fox runs the depot. Councillor K.C. Lowe toured it on Monday.",
    "\"We need more buses,\" the councillor said.")  # fmt: skip
built.page_quote(INITIALS, "This is a good deal", ["P.J. Kelly"], ["Sean Burke"],
    "Sean Burke negotiated for the union. Minister P.J. Kelly signed for the state.",
    "\"This is a good deal,\" the minister said.")  # fmt: skip
built.page_quote(INITIALS, "The rules are clear", ["M.L. Chen"], ["Grace Liu"],
    "Judge M.L. Chen heard the case. Grace Liu represented the tenants.",
    "\"The rules are clear,\" the judge said.")  # fmt: skip

# --- portfolio -------------------------------------------------------------------------------
built.page_quote(PORTFOLIO, "not from London or elsewhere", ["Mohammed Idris"], ["Bola Tinubu", "Chinedu Okoro"],
    "By Chinedu Okoro\n\nThe Minister of Information and National Orientation, Mohammed Idris, rejected the reports on Thursday. He credited President Bola Tinubu's reforms.",
    "Ministers would keep speaking from Abuja, the minister said, \"not from London or elsewhere.\"")  # fmt: skip
built.page_quote(PORTFOLIO, "The rains came late", ["Amina Bello"], ["Musa Danjuma"],
    "The Minister of Agriculture and Food Security, Amina Bello, toured the farms. Governor Musa Danjuma joined her.",
    "\"The rains came late,\" the minister said.")  # fmt: skip
built.page_quote(PORTFOLIO, "Every child will have a place", ["Grace Mensah"], ["Kojo Asante"],
    "The Minister of Education and Sports, Grace Mensah, opened the school. President Kojo Asante sent a message.",
    "\"Every child will have a place,\" the minister said.")  # fmt: skip
built.page_quote(PORTFOLIO, "The clinics stay open", ["Robert Kennedy"], ["Lisa Murkowski"],
    "The Secretary of Health and Human Services, Robert Kennedy, testified on Tuesday. Senator Lisa Murkowski questioned him.",
    "\"The clinics stay open,\" the secretary said.")  # fmt: skip
built.page_quote(PORTFOLIO, "Fuel prices will fall", ["Ekpo Ekpo"], ["Bayo Ojo"],
    "The Minister of State for Petroleum and Gas, Ekpo Ekpo, spoke in Lagos. Senator Bayo Ojo chaired the session.",
    "\"Fuel prices will fall,\" the minister said.")  # fmt: skip
built.page_quote(PORTFOLIO, "We have the funds", ["Wale Edun"], ["Yemi Cardoso"],
    "The Minister of Finance and Coordinating Minister of the Economy, Wale Edun, met investors. Central bank governor Yemi Cardoso also spoke.",
    "\"We have the funds,\" the minister said.")  # fmt: skip
built.page_quote(PORTFOLIO, "The museum will reopen", ["Hannatu Musawa"], ["David Umahi"],
    "The Minister of Arts and Culture, Hannatu Musawa, visited the site. Senator David Umahi was also there.",
    "\"The museum will reopen,\" the minister said.")  # fmt: skip
built.page_quote(PORTFOLIO, "The roads will be ready", ["Ali Pate"], ["Kofi Mensah"],
    "The Minister of Works and Housing, Ali Pate, inspected the bridge.",
    "\"The roads will be ready,\" the minister said.")  # fmt: skip
built.page_quote(PORTFOLIO, "Our borders are secure", ["Tunji Ojo"], ["Abdul Kabir"],
    "The Minister of Interior and Border Security, Tunji Ojo, briefed the press. Police chief Abdul Kabir stood beside him.",
    "\"Our borders are secure,\" the minister said.")  # fmt: skip
built.page_quote(PORTFOLIO, "The exam dates stand", ["Uche Nnaji"], ["Ruth Ade"],
    "The Minister of Science and Technology, Uche Nnaji, met students. Vice-chancellor Ruth Ade welcomed him.",
    "\"The exam dates stand,\" the minister said.")  # fmt: skip

# --- chainhead -------------------------------------------------------------------------------
built.page_quote(CHAINHEAD, "This serves as a response", ["Mohammed Idris"], ["Bola Tinubu", "Chinedu Okoro"],
    "By Chinedu Okoro\n\nThe Minister of Information and National Orientation, Mohammed Idris, spoke on Thursday.",
    "Turning to the economy, the information minister cited new inflation figures. He credited President Bola Tinubu's reforms. \"This serves as a response,\" he said.")  # fmt: skip
built.page_quote(CHAINHEAD, "I am deeply sorry", ["Yoon Suk Yeol"], ["Park Chan-dae"],
    "President Yoon Suk Yeol survived the vote. Its floor leader, Park Chan-dae, warned of a new motion.",
    "Hours before the vote, the president apologised on television. \"I am deeply sorry,\" he said.")  # fmt: skip
built.page_quote(CHAINHEAD, "The figures speak for themselves", ["Rachel Reeves"], ["Mel Stride"],
    "Chancellor Rachel Reeves delivered the budget. Mel Stride replied for the opposition.",
    "Later, the chancellor defended the tax rises. She thanked Mr Stride for his questions. \"The figures speak for themselves,\" she said.")  # fmt: skip
built.page_quote(CHAINHEAD, "The port is open", ["Ana Ruiz"], ["Tom Hale"],
    "Mayor Ana Ruiz met union boss Tom Hale on Monday.",
    "On Tuesday, the mayor visited the docks. She praised Hale's members. \"The port is open,\" she told reporters.")  # fmt: skip
built.page_quote(CHAINHEAD, "We are ready", ["Kwame Asante"], ["Ama Owusu"],
    "Defence Minister Kwame Asante addressed the troops. Ama Owusu, a lawmaker, watched.",
    "The minister then inspected the new barracks. He greeted Owusu. \"We are ready,\" he said.")  # fmt: skip
built.page_quote(CHAINHEAD, "Costs are falling", ["Lena Voss"], ["Karl Brandt"],
    "Karl Brandt founded the firm. Its chief executive, Lena Voss, presented the results.",
    "In the afternoon, the chief executive met analysts. She praised Brandt's vision. \"Costs are falling,\" she said.")  # fmt: skip
built.page_quote(CHAINHEAD, "The talks were useful", ["Grigory Karasin"], ["Marco Rubio"],
    "Moscow's delegation was led by Senator Grigory Karasin. Secretary of State Marco Rubio led the Americans.",
    "Afterwards the senator spoke to Russian television. He thanked Rubio's team. \"The talks were useful,\" he said.")  # fmt: skip
built.page_quote(CHAINHEAD, "Nothing has been agreed", ["Ida Lunde"], ["Erik Moll"],
    "Health Minister Ida Lunde met doctors' leader Erik Moll.",
    "After the meeting, the minister spoke briefly. She thanked Moll. \"Nothing has been agreed,\" she said.")  # fmt: skip
built.page_quote(CHAINHEAD, "We will rebuild", ["Maria Santos"], [],
    "Interior Minister Maria Santos flew to the flooded valley on Sunday.",
    "At the first village, the interior minister met families. She thanked the volunteers. \"We will rebuild,\" she said.")  # fmt: skip
# two holders of the office before the chain: no one is read, the earlier reading stands
built.page_quote(CHAINHEAD, "We cannot wait", [], ["Jon Berg"],
    "Mayor Jon Berg and Mayor Eva Lind signed the pact.",
    "Later, the mayor visited the river. He thanked the crews. \"We cannot wait,\" Eva Lind said.")  # fmt: skip
built.page_quote(CHAINHEAD, "The deal is fair", ["Li Wei"], ["Sam Cole"],
    "Sam Cole runs the port. Governor Li Wei opened the new terminal.",
    "Then the governor toured the cranes. He praised Cole. \"The deal is fair,\" he said.")  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
