# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 46's description reading (``grounding_rv46c.jsonl``, review
rv46c of fsp46b; sentences/description_fits.py), cases written by the reviewer in new words, at
the edges of

- ``borrowed``: a quote credited to "the [modifiers] NOUN" whose noun the page ties to a name
  only in another role: the principal of "a spokesman for the governor said", "allies of the
  president said", "said the wife of the coach"; one tied by "an aide to the mayor", "a critic
  of the mayor", "a candidate for mayor", "the mayor in 1998"; a sentence opening "The judge"
  after one opening with the plaintiff; "Vice-President", "Lieutenant Governor", "Attorney
  General" for "the president", "the governor", "the general"; "the acting mayor" or "the
  interim coach" for the one on leave or sacked; "the late mayor", "then-mayor"; a namesake
  with the holder's surname only ("Justice Patel" for Ravi Patel); a body's statement ("the
  charity said") for its head; the one answering when "the justice asked";
- ``voiced``: the right speaker named in the quote's own sentence beside another's description
  as the first speech verb's subject ("After the mayor spoke, Ana Ruiz said:", "Tom Reed, who
  the mayor said was a hero, told reporters:"), and a description tied to the speaker in other
  outlets' styles.

Run ``python tests/data/make_rv46c_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv46c.jsonl")

built = SupportCases(
    "rv46c",
    leads=[
        "SACRAMENTO (Valley Wire) -",
        "POLITICS | The Fenland Courier",
        "By Odile Marchetti, The Lakeshore Register",
        "COURTS | The Granite State Monitor",
        "SPORT | The Tamar Valley Echo",
        "WORLD | The Meridian Post",
    ],
)
BORROWED, VOICED = "borrowed", "voiced"

# --- borrowed (must-fail first): the noun tied to a name in another role ------------------
built.page_quote(BORROWED, "The governor has not seen the bill", [], ["Gavin Newsom"],
    "Governor Gavin Newsom has until Sunday to sign the housing measure.",
    '"The governor has not seen the bill," a spokesman for the governor said on Thursday.')  # fmt: skip
built.page_quote(BORROWED, "He feels betrayed", [], ["Marta Kovacs"],
    "President Marta Kovacs lost the confidence vote late on Tuesday.",
    '"He feels betrayed," allies of the president said, declining to be named.')  # fmt: skip
built.page_quote(BORROWED, "We are still in shock", [], ["Dean Farrow"],
    "Rovers sacked head coach Dean Farrow on Monday after six straight defeats.",
    '"We are still in shock," said the wife of the coach.')  # fmt: skip
built.page_quote(BORROWED, "The singer will contest every claim", [], ["Lila Moreau"],
    "The singer Lila Moreau was sued in Paris last month by her former manager.",
    '"The singer will contest every claim," lawyers for the singer said in a statement.')  # fmt: skip
built.page_quote(BORROWED, "The protest changes nothing", [], ["Tom Reed"],
    "Tom Reed, a fierce critic of the mayor, led Monday's protest outside City Hall.",
    'Inside, the council voted the budget through. "The protest changes nothing," the mayor said.')  # fmt: skip
built.page_quote(BORROWED, "The depot stays open", [], ["Priya Shah"],
    "Priya Shah, an aide to the mayor, briefed reporters before the vote.",
    '"The depot stays open," the mayor said later, overruling the transport board.')  # fmt: skip
built.page_quote(BORROWED, "Taxes will not rise", [], ["Colm Duffy"],
    "Colm Duffy, a candidate for mayor in next year's race, handed out leaflets at the market.",
    '"Taxes will not rise," the mayor said at the budget launch.')  # fmt: skip
built.page_quote(BORROWED, "We need the ring road now", [], ["Harold Pike"],
    "The ring road was first proposed in 1998 by Harold Pike, the town's mayor at the time.",
    '"We need the ring road now," the mayor said on Wednesday.')  # fmt: skip
built.page_quote(BORROWED, "The contract was lawful", [], ["Nadia Klein"],
    "Nadia Klein filed the complaint against the county in March.",
    "The judge dismissed it on Tuesday.",
    '"The contract was lawful," the judge said.')  # fmt: skip
built.page_quote(BORROWED, "Our team is ready", [], ["JD Vance"],
    "Donald Trump will host the talks, and US Vice-President JD Vance will lead the delegation.",
    '"Our team is ready," the president said.')  # fmt: skip
built.page_quote(BORROWED, "Every county gets its share", [], ["Dan Patrick"],
    "Lieutenant Governor Dan Patrick presided over the Senate as the bill passed.",
    '"Every county gets its share," the governor said as he signed it on Friday.')  # fmt: skip
built.page_quote(BORROWED, "The troops are ready to deploy", [], ["Pam Bondi"],
    "Attorney General Pam Bondi met Gen. Dan Caine at the Pentagon on Monday.",
    '"The troops are ready to deploy," the general said.')  # fmt: skip
built.page_quote(BORROWED, "The harbour plan will go ahead", [], ["Ann Berg"],
    "Mayor Ann Berg began six months of medical leave on Monday.",
    '"The harbour plan will go ahead," the acting mayor said.')  # fmt: skip
built.page_quote(BORROWED, "The players deserve better", [], ["Rui Costa"],
    "Harbour City sacked coach Rui Costa on Sunday night.",
    '"The players deserve better," the interim coach said.')  # fmt: skip
built.page_quote(BORROWED, "This bridge will outlast us all", [], ["Ann Berg"],
    "The bridge was opened in 2004 by then-mayor Ann Berg.",
    '"This bridge will outlast us all," the mayor said at its 20th birthday party.')  # fmt: skip
built.page_quote(BORROWED, "The clinic opens in June", [], ["Joan Carver"],
    "The clinic is named after the late mayor Joan Carver.",
    '"The clinic opens in June," the mayor said.')  # fmt: skip
built.page_quote(BORROWED, "The witness is credible", [], ["Ravi Patel"],
    "The inquiry is chaired by Justice Patel.",
    "Ravi Patel, an accountant from Luton, gave evidence on Tuesday.",
    '"The witness is credible," the justice said.')  # fmt: skip
built.page_quote(BORROWED, "Every donation is accounted for", [], ["Helen Ash"],
    "Helen Ash, the head of the charity, resigned in May.",
    '"Every donation is accounted for," the charity said in a statement.')  # fmt: skip
built.page_quote(BORROWED, "That would be a hoax", [], ["Neil Gorsuch"],
    "Justice Neil Gorsuch pressed the government on the point.",
    'When the justice asked about petrol cars, Mr. Sauer replied: "That would be a hoax."')  # fmt: skip
built.page_quote(BORROWED, "The plan is fully costed", [], ["Keir Starmer"],
    "Prime Minister Keir Starmer has ordered a review of the scheme.",
    "The health minister will report back next month.",
    '"The plan is fully costed," the minister said.')  # fmt: skip
built.page_quote(BORROWED, "I never saw the memo", [], ["Ann Berg"],
    "Mayor Ann Berg met the mayor of York, Tom Hart's successor, who arrived late.",
    '"I never saw the memo," the mayor said.')  # fmt: skip
built.page_quote(BORROWED, "The lights stay on", [], ["Ann Berg"],
    "Tom Reed, who replaced Mayor Ann Berg in May, was not at the meeting.",
    '"The lights stay on," the mayor said.')  # fmt: skip
built.page_quote(BORROWED, "Nobody was hurt", [], ["Lars Berg"],
    "Lars Berg, a builder, is married to Mayor Berg.",
    '"Nobody was hurt," the mayor said.')  # fmt: skip
built.page_quote(BORROWED, "We will appeal", [], ["Omar Haddad"],
    "Omar Haddad, the son of the judge, was in court.",
    '"We will appeal," the judge said.')  # fmt: skip


# the same near misses with another person named between (the read-back lands on them)
built.page_quote(BORROWED, "Taxes will not rise", [], ["Colm Duffy"],
    "Colm Duffy is a candidate for mayor in next year's race.",
    "Finance officer Gail Moran published the accounts on Monday.",
    '"Taxes will not rise," the mayor said at the budget launch.')  # fmt: skip
built.page_quote(BORROWED, "Every donation is accounted for", [], ["Helen Ash"],
    "Helen Ash, the head of the charity, resigned in May.",
    "The regulator's Alan Dee said an inquiry was open.",
    '"Every donation is accounted for," the charity said in a statement.')  # fmt: skip
built.page_quote(BORROWED, "The kids come first", [], ["Rui Costa"],
    "Harbour City sacked coach Rui Costa on Sunday night.",
    "Chairman Leo Marsh thanked him for his work.",
    '"The kids come first," the new coach said.')  # fmt: skip
built.page_quote(BORROWED, "The ban starts in April", [], ["Ines Vidal"],
    "Ines Vidal, the Spanish minister, met her French counterpart on Friday.",
    "Paolo Greco, Italy's envoy, joined them later.",
    '"The ban starts in April," the French minister said.')  # fmt: skip
built.page_quote(BORROWED, "The vote was rigged", [], ["Joseph Kabila"],
    "Joseph Kabila, the former president, returned to Goma.",
    "Government spokesman Patrick Muyaya called it a provocation.",
    '"The vote was rigged," the president said.')  # fmt: skip
built.page_quote(BORROWED, "We will sign on Friday", [], ["Ursula von der Leyen"],
    "Ursula von der Leyen met President Donald Trump at his golf resort.",
    "Maros Sefcovic, the trade commissioner, joined them.",
    '"We will sign on Friday," the president said, asked whether a deal was close.')  # fmt: skip


# the principal of a credit to someone of theirs, and the one who answered a description
built.page_quote(BORROWED, "She will not step aside", [], ["Ana Ruiz"],
    "Ana Ruiz, the finance minister, faces a vote on Tuesday. Opposition leader Kurt Vos demanded her resignation.",
    '"She will not step aside," a source close to the minister told Reuters.')  # fmt: skip
built.page_quote(BORROWED, "He has done nothing wrong", [], ["Dario Fo"],
    "Dario Fo, the striker, was questioned by police on Monday. Club chairman Ugo Rossi declined to comment.",
    '"He has done nothing wrong," friends of the striker said.')  # fmt: skip
built.page_quote(BORROWED, "The minister was misquoted", [], ["Ines Vidal"],
    "Spain's transport minister, Ines Vidal, spoke in Seville. Union leader Pablo Ortiz walked out.",
    '"The minister was misquoted," an aide to the minister said.')  # fmt: skip
built.page_quote(BORROWED, "We are weighing every option", [], ["Mark Rutte"],
    "The prime minister, Mark Rutte, chaired the cabinet. Finance chief Eelco Heinen left early.",
    '"We are weighing every option," officials close to the prime minister said.')  # fmt: skip
built.page_quote(BORROWED, "Only if the board agrees", [], ["Ann Berg"],
    "Mayor Ann Berg chaired the meeting. Planner Tom Reed presented the scheme.",
    'The mayor asked Reed whether work could start in May, and he said: "Only if the board agrees."')  # fmt: skip
built.page_quote(BORROWED, "No, it was not", [], ["Leona Hart"],
    "The judge, Leona Hart, heard the case. Detective Amir Sayed gave evidence.",
    'The judge asked if the search had been lawful, and Sayed answered: "No, it was not."')  # fmt: skip
built.page_quote(BORROWED, "There is no deal yet", [], ["Marta Kovacs"],
    "President Marta Kovacs met the unions. Their leader, Sven Aho, said talks would go on.",
    '"There is no deal yet," the president said Aho had told her.')  # fmt: skip
built.page_quote(BORROWED, "We will keep the squad together", [], ["Lina Olsen"],
    "Lina Olsen, the coach, was suspended on Friday. Chairman Per Holm named a stand-in.",
    '"We will keep the squad together," the interim coach said.')  # fmt: skip
built.page_quote(BORROWED, "The budget is balanced", [], ["Colm Duffy"],
    "Colm Duffy, a challenger for mayor, spoke first. Councillor Ruth Okoro followed him.",
    '"The budget is balanced," the mayor said.')  # fmt: skip
built.page_quote(BORROWED, "Every school reopens Monday", [], ["Jo Pratt"],
    "Jo Pratt is a longtime critic of the governor. State senator Ed Moy backed her motion.",
    '"Every school reopens Monday," the governor said.')  # fmt: skip


# the mends (review rv46c): the stand-in, the hyphen's rank and the preposition's principal
# kept apart from the holder, and the holder's own credit in the same shapes still read
built.page_quote(BORROWED, "The harbour plan will go ahead", ["Rob Kane"], ["Ann Berg"],
    "Mayor Ann Berg began six months of medical leave on Monday, and acting Mayor Rob Kane chaired the council.",
    "Union organiser Dev Malik warned of a walkout.",
    '"The harbour plan will go ahead," the acting mayor said.')  # fmt: skip
built.page_quote(BORROWED, "The launch stays on schedule", ["Sean Duffy"], [],
    "Sean Duffy, the acting NASA administrator, toured the pad on Monday. Engineer Mia Holt showed him the rocket.",
    '"The launch stays on schedule," the administrator said.')  # fmt: skip
built.page_quote(BORROWED, "Our team is ready", ["JD Vance"], [],
    "US Vice-President JD Vance will lead the delegation to Geneva. Marco Rubio said the talks could run for days.",
    '"Our team is ready," the vice-president said.')  # fmt: skip
built.page_quote(BORROWED, "Every county gets its share", ["Dan Patrick"], [],
    "Lieutenant Governor Dan Patrick presided over the Senate. Senator Lois Kolkhorst wrote most of the bill.",
    '"Every county gets its share," the lieutenant governor said.')  # fmt: skip
built.page_quote(BORROWED, "The pardon was lawful", ["Pam Bondi"], [],
    "Attorney General Pam Bondi spoke at the Justice Department. Senator Dick Durbin called for her to testify.",
    '"The pardon was lawful," the attorney general said.')  # fmt: skip
built.page_quote(BORROWED, "Hormuz stays open", ["Marco Rubio"], [],
    "Secretary of State Marco Rubio landed in Muscat. Foreign Minister Badr Albusaidi met him at the airport.",
    '"Hormuz stays open," the secretary of state said.')  # fmt: skip
built.page_quote(BORROWED, "Rates will stay put", ["Andrew Bailey"], [],
    "Andrew Bailey, the Bank of England governor, met Chancellor Rachel Reeves on Thursday. Economist Ruth Gregory expects a cut.",
    '"Rates will stay put," the governor told reporters.')  # fmt: skip
built.page_quote(BORROWED, "I want to win here", ["Kai Havertz"], ["Mikel Arteta"],
    "Kai Havertz, the Germany striker, returned to training. Mikel Arteta watched from the side.",
    '"I want to win here," the striker told BBC Sport, adding that he felt fit.')  # fmt: skip
built.page_quote(BORROWED, "We are weighing every option", ["Mark Rutte"], [],
    "The prime minister, Mark Rutte, chaired the cabinet. Finance chief Eelco Heinen left early.",
    '"We are weighing every option," the prime minister said.')  # fmt: skip
built.page_quote(BORROWED, "I will not step aside", ["Ana Ruiz"], [],
    "Ana Ruiz, the finance minister, faces a vote on Tuesday. Opposition leader Kurt Vos demanded her resignation.",
    '"I will not step aside," the minister said, as Vos looked on.')  # fmt: skip
built.page_quote(BORROWED, "The court will sit in July", ["Leona Hart"], [],
    "The judge, Leona Hart, heard the case. Detective Amir Sayed gave evidence.",
    '"The court will sit in July," the judge told the jury.')  # fmt: skip
built.page_quote(BORROWED, "We have a mandate", ["Ines Vidal"], [],
    "Spain's transport minister, Ines Vidal, spoke in Seville. Union leader Pablo Ortiz walked out.",
    '"We have a mandate," the Spanish minister said.')  # fmt: skip
built.page_quote(BORROWED, "We have a mandate", [], ["Ines Vidal"],
    "Ines Vidal, the then minister, spoke in Seville in 2019. Union leader Pablo Ortiz walked out.",
    '"We have a mandate," the minister said on Monday.')  # fmt: skip
built.page_quote(BORROWED, "The treaty is dead", [], ["Lars Klingbeil"],
    "German Vice-Chancellor Lars Klingbeil spoke in Berlin. Opposition leader Alice Weidel called for a vote.",
    '"The treaty is dead," the chancellor said.')  # fmt: skip
built.page_quote(BORROWED, "We will keep the squad together", [], ["Lina Olsen"],
    "Lina Olsen, the manager, was sacked on Friday. Chairman Per Holm named a stand-in.",
    '"We will keep the squad together," the caretaker manager said.')  # fmt: skip
built.page_quote(BORROWED, "He denies every charge", [], ["Sam Reid"],
    "Sam Reid, the actor, was charged on Monday. Prosecutor Ada Lim said the trial could start in May.",
    '"He denies every charge," a lawyer for the actor said.')  # fmt: skip

# --- voiced: the right speaker in the quote's own sentence, and tied in other styles ------
built.page_quote(VOICED, "That would be a hoax", ["D. John Sauer"], [],
    "Justice Neil Gorsuch pressed the government on the point.",
    'When the justice asked about petrol cars, D. John Sauer replied: "That would be a hoax."')  # fmt: skip
built.page_quote(VOICED, "We were not consulted", ["Ana Ruiz"], [],
    "Mayor Tom Hart set out the plan on Monday.",
    'After the mayor spoke, Ana Ruiz told reporters: "We were not consulted."')  # fmt: skip
built.page_quote(VOICED, "I only did my job", ["Sam Okafor"], [],
    "Mayor Tom Hart presented the medals.",
    'Sam Okafor, who the mayor said was a hero, told reporters: "I only did my job."')  # fmt: skip
built.page_quote(VOICED, "The figures do not add up", ["Ruth Penn"], [],
    "Finance Minister Ivo Laar presented the budget.",
    'Responding to what the minister said, Ruth Penn told parliament: "The figures do not add up."')  # fmt: skip
built.page_quote(VOICED, "The court has no say here", ["Marcus Webb"], [],
    "Chief Justice Ada Ferris opened the hearing.",
    'As the chief justice asked her first question, Marcus Webb said: "The court has no say here."')  # fmt: skip
built.page_quote(VOICED, "Not today", ["Lucy Bright"], [],
    "Coach Dan Ivers named his side on Friday.",
    'The coach told Lucy Bright she would start, and Bright replied: "Not today."')  # fmt: skip
built.page_quote(VOICED, "We will rebuild every home", ["Gavin Newsom"], [],
    "Governor Gavin Newsom toured the burned neighbourhoods on Saturday.",
    '"We will rebuild every home," the governor said.')  # fmt: skip
built.page_quote(VOICED, "Our border is closed to them", ["Friedrich Merz"], ["Lars Klingbeil"],
    "German Chancellor Friedrich Merz met his deputy, Lars Klingbeil, in Berlin.",
    '"Our border is closed to them," the German chancellor said afterwards.')  # fmt: skip
built.page_quote(VOICED, "The strike ends tonight", ["Nuala Byrne"], ["Kevin Doyle"],
    "Nuala Byrne, the union's general secretary, met Kevin Doyle, a government mediator, on Sunday.",
    '"The strike ends tonight," the general secretary said.')  # fmt: skip
built.page_quote(VOICED, "I will serve the whole state", ["Mikie Sherrill"], ["Jack Ciattarelli"],
    "Mikie Sherrill is the governor-elect after beating Jack Ciattarelli.",
    '"I will serve the whole state," the governor-elect said.')  # fmt: skip
built.page_quote(VOICED, "The money went where it should", ["Pierre Moscovici"], ["Eric Lombard"],
    "Pierre Moscovici, the head of the audit court, answered Eric Lombard, the finance minister.",
    'The audit chief was unmoved. "The money went where it should," the auditor said.')  # fmt: skip
built.page_quote(VOICED, "We owe the fans a win", ["Kai Havertz"], ["Mikel Arteta"],
    "Kai Havertz, the Germany striker, returned to training under Mikel Arteta.",
    '"We owe the fans a win," the striker said.')  # fmt: skip

built.page_quote(VOICED, "Ask the council", ["Lucy Bright"], [],
    "Mayor Tom Hart opened the meeting.",
    'Lucy Bright, whom the mayor thanked by name, said: "Ask the council."')  # fmt: skip
built.page_quote(VOICED, "That is simply not true", ["Odette Marsh"], [],
    "Justice Neil Gorsuch led the questioning.",
    'The justice asked whether the firm had paid, and Odette Marsh answered: "That is simply not true."')  # fmt: skip
built.page_quote(VOICED, "We heard nothing new", ["Karim Saleh"], [],
    "Prime Minister Keir Starmer spoke for 40 minutes.",
    'Once the prime minister had said his piece, Karim Saleh told the BBC: "We heard nothing new."')  # fmt: skip
built.page_quote(VOICED, "I am proud of them", ["Eddie Howe"], ["Alexander Isak"],
    "Eddie Howe has been Newcastle's head coach since 2021.",
    "Alexander Isak scored twice.",
    '"I am proud of them," the head coach said.')  # fmt: skip
built.page_quote(VOICED, "The rate stays where it is", ["Andrew Bailey"], ["Rachel Reeves"],
    "Andrew Bailey, the Bank of England governor, met Chancellor Rachel Reeves on Thursday.",
    '"The rate stays where it is," the governor told reporters.')  # fmt: skip
built.page_quote(VOICED, "I feel ready", ["Coco Gauff"], ["Aryna Sabalenka"],
    "Coco Gauff has become the youngest American champion in a decade.",
    "The Florida-born player, 21, beat Aryna Sabalenka in three sets.",
    '"I feel ready," the player said.')  # fmt: skip
built.page_quote(VOICED, "This is a dark day", ["Ruth Amos"], ["Ian Pole"],
    "The county's coroner, Ruth Amos, opened the inquest. Ian Pole, a paramedic, was the first witness.",
    '"This is a dark day," the coroner said.')  # fmt: skip
built.page_quote(VOICED, "We did not cheat", ["Toto Wolff"], ["Christian Horner"],
    "Mercedes team principal Toto Wolff rejected the claims made by Christian Horner.",
    '"We did not cheat," the Mercedes team principal said.')  # fmt: skip

built.page_quote(VOICED, "We lost our way", ["Ugo Rossi"], [],
    "Coach Dario Lenz left the club on Monday.",
    'Before the coach said goodbye, Ugo Rossi told fans: "We lost our way."')  # fmt: skip
built.page_quote(VOICED, "The road is not safe", ["Helen Ash"], [],
    "Governor Gavin Newsom visited the site.",
    'Helen Ash, whom the governor thanked, told reporters: "The road is not safe."')  # fmt: skip
built.page_quote(VOICED, "It was a fair result", ["Sara Lund"], [],
    "The referee, Mikael Berg, took charge of the final.",
    'Asked what the referee said to her, Sara Lund replied: "It was a fair result."')  # fmt: skip
built.page_quote(VOICED, "We were ready for this", ["Ann Berg"], ["Tom Reed"],
    "Mayor Ann Berg chaired the emergency meeting. Planner Tom Reed presented the flood map.",
    'The mayor thanked Reed. "We were ready for this," the mayor said.')  # fmt: skip
built.page_quote(VOICED, "The search was lawful", ["Leona Hart"], ["Amir Sayed"],
    "The judge, Leona Hart, heard the case. Detective Amir Sayed gave evidence.",
    '"The search was lawful," the judge said after hearing Sayed.')  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
