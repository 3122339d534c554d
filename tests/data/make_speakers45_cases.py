# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the speakers set of session 21 from check 45's cause 4 (``grounding_speakers45.jsonl``):
value-support cases for attribution shapes the speaker rules misread, by category, each with
what must pass and what must fail:

- ``portfolio-pronoun``: a "he"/"she" sentence read back to a subject whose title carries its
  portfolio after "for" ("Minister for Foreign Affairs X", "Commissioner for Trade Y") or two
  offices joined by "and" ("Cork TD and Minister for Health X", "Labour MP and shadow chancellor
  Y"): the holder speaks, never a person the sentences name as an object;
- ``aside-name``: a name in apposition inside an aside between the subject and its speech verb
  ("X, who negotiated the deal with the EU trade commissioner, Y, told reporters"; "X,
  alongside her French counterpart, Y, said"): X speaks, not Y;
- ``record-bracket``: a date or a record reference in brackets between a name and its verb
  ("Mr. McGOVERN of Massachusetts (March 9) said", "Lord Patel (HL Deb, 4 May) argued"): the
  name is the verb's subject, whatever names the quote holds;
- ``dash-credit``: a pull-quote, caption or epigraph credited after a dash ('"..." - Finance
  Minister Lucia Romero', '"..." \u2014 Ken Osei, harbour master'): the credited name speaks;
  another name is refused;
- ``country-body``: a body named by its country's capital or adjective ("Beijing's commerce
  ministry", "the Chinese commerce ministry", "a Tokyo government spokesman") is the same
  body as "China's commerce ministry"; another country's or another body is not;
- ``body-pronoun``: "it" after a body that spoke ("X's office confirmed ... It said ... The
  statement said ... It also warned "..."") goes on being the body.

Run ``python tests/data/make_speakers45_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, or real bodies in invented sentences);
each verdict is what a careful fact-checker reads in the text, decided when the case was
written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_speakers45.jsonl")

built = SupportCases("sp45")
Q1, Q2, D = "\u201c", "\u201d", "\u2014"
quote = built.quote

# --- portfolio-pronoun: a title with its portfolio, or two offices, then "he"/"she"
C = "portfolio-pronoun"
TEXT = f"Galway Tribune\n\nGalway West TD and Minister for Health Eamon Ruane, speaking at the hospital on Friday, backed the new wing. He said the delay had been {Q1}a scandal{Q2} and that the builders would be paid by June.\n"
quote(C, TEXT, "a scandal", ["Eamon Ruane"], ["Maeve Kilbride"])
TEXT = f"Minister for Finance Clare Dunphy, interviewed by the Examiner on Sunday, defended the budget. She told the paper that the cuts were {Q1}temporary, not permanent{Q2}, and she said she had met the union leader, Padraig Foley, that morning.\n"
quote(C, TEXT, "temporary, not permanent", ["Clare Dunphy"], ["Padraig Foley"])
TEXT = f"The Secretary for Transport, Mr. Alan Whitcombe, visited the depot in Leeds. Asked whether the line would open on time, he said the trains were ready. {Q1}We will not cut corners,{Q2} he said.\n"
quote(C, TEXT, "We will not cut corners,", ["Alan Whitcombe"], ["Leeds"])
TEXT = f"BRUSSELS {D} Commissioner for Trade Ilse Vandermeer, fresh from talks in Geneva, welcomed the deal. She said the tariff truce was {Q1}overdue{Q2} and that she had briefed the Dutch minister, Joris Bakker, by phone.\n"
quote(C, TEXT, "overdue", ["Ilse Vandermeer"], ["Joris Bakker"])
TEXT = f"Labour MP and shadow chancellor Nadia Qureshi, writing in the Clarion, attacked the plan. She called the levy {Q1}a tax on nurses{Q2}.\n\nThe Chancellor, Simon Pryce, did not reply.\n"
quote(C, TEXT, "a tax on nurses", ["Nadia Qureshi"], ["Simon Pryce"])
TEXT = f"Ottawa Ledger\n\nMinister of State for Trade Rahul Mehta, in Delhi for the week, praised the accord. He told reporters that tariffs would fall {Q1}within the quarter{Q2}.\n"
quote(C, TEXT, "within the quarter", ["Rahul Mehta"], ["Anita Rao"])
TEXT = f"Senator and former Governor Lydia Okonkwo, who chairs the budget panel, met the auditor, Samuel Eze, on Tuesday. She said afterwards that the accounts were {Q1}in order{Q2}.\n"
quote(C, TEXT, "in order", ["Lydia Okonkwo"], [])
TEXT = f"Kerry County Councillor and Mayor of Tralee Sean Moriarty opened the bridge. He said it was {Q1}the best day in years{Q2} for the town.\n"
quote(C, TEXT, "the best day in years", ["Sean Moriarty"], ["Tralee"])
TEXT = f"Minister for Foreign Affairs Dara Keogh spoke after the vote. He said the ban was {Q1}the least we could do{Q2}.\n"
quote(C, TEXT, "the least we could do", ["Dara Keogh"], ["Ivana Petrova"])
TEXT = f"Minister for Energy Olga Brandt met the German envoy, Peter Vogel, on Monday. She said the pipeline would be {Q1}finished by winter{Q2}.\n"
quote(C, TEXT, "finished by winter", ["Olga Brandt"], ["Peter Vogel"])
# near misses: two people joined by "and" stay two; a spokesman "for" a minister is not the
# minister; a pronoun after another person named as a subject
TEXT = f"Lisbon\n\nRosa Mendes, the spokeswoman for Trade Minister Luis Ortega, said talks would resume. {Q1}Every option is open,{Q2} she said.\n"
quote(C, TEXT, "Every option is open,", ["Rosa Mendes"], ["Luis Ortega"])
TEXT = f"Senator Ana Ruiz and Governor Tom Hale toured the levee on Friday. She said the repairs were {Q1}long overdue{Q2}.\n"
quote(C, TEXT, "long overdue", ["Ana Ruiz"], ["Tom Hale"])
TEXT = f"Minister for Justice Helen Carr, speaking in Cork, praised the gardai. Her deputy, Liam Walsh, was more cautious. He said the reform was {Q1}only a start{Q2}.\n"
quote(C, TEXT, "only a start", ["Liam Walsh"], ["Helen Carr"])

# --- aside-name: a name in apposition inside an aside is not the verb's subject
C = "aside-name"
TEXT = f"Finance Minister Ines Lopes, who met her French counterpart, Paul Giraud, on Monday, said the accord was {Q1}a good start{Q2}.\n"
quote(C, TEXT, "a good start", ["Ines Lopes"], ["Paul Giraud"])
TEXT = f"The envoy, Omar Haddad, who drafted the text with the UN mediator, Lena Berg, told reporters it was {Q1}fragile but real{Q2}.\n"
quote(C, TEXT, "fragile but real", ["Omar Haddad"], ["Lena Berg"])
TEXT = f"Senator Mark Ellis, whose bill was co-written with the committee chair, Rosa Tan, told the chamber that it would {Q1}close the loophole{Q2}.\n"
quote(C, TEXT, "close the loophole", ["Mark Ellis"], ["Rosa Tan"])
TEXT = f"Kenji Mori, who replaced his predecessor, Taro Aso, in May, said the yen was {Q1}too weak{Q2}.\n"
quote(C, TEXT, "too weak", ["Kenji Mori"], ["Taro Aso"])
TEXT = f"Deputy Prime Minister Ana Kovac, alongside the Hungarian foreign minister, Peter Szabo, declared that the border was {Q1}open again{Q2}.\n"
quote(C, TEXT, "open again", ["Ana Kovac"], ["Peter Szabo"])
TEXT = f"NAIROBI {D} The Kenyan negotiator, Grace Wanjiru, who spent the night with her Ugandan opposite number, Moses Okello, insisted the deal was {Q1}done{Q2}.\n"
quote(C, TEXT, "done", ["Grace Wanjiru"], ["Moses Okello"])
TEXT = f"Union leader Bruno Farias, flanked by the port's director, Helena Matos, warned that the strike would {Q1}go on until Friday{Q2}.\n"
quote(C, TEXT, "go on until Friday", ["Bruno Farias"], ["Helena Matos"])
TEXT = f"Ambassador Lee Min-ho, who had lunch with the American envoy, Karen Doyle, wrote on X that the talks were {Q1}candid{Q2}.\n"
quote(C, TEXT, "candid", ["Lee Min-ho"], ["Karen Doyle"])
TEXT = f"The coach, Diego Suarez, who fell out with the club's owner, Victor Lang, in 2023, said he felt {Q1}vindicated{Q2}.\n"
quote(C, TEXT, "vindicated", ["Diego Suarez"], ["Victor Lang"])
TEXT = f"Mayor Ruth Abend, accompanied by her deputy, Tomas Klein, announced that the square would be {Q1}car-free by July{Q2}.\n"
quote(C, TEXT, "car-free by July", ["Ruth Abend"], ["Tomas Klein"])
# near misses: the named appositive of the subject itself speaks; a relative clause's own verb
TEXT = (
    f"The trade commissioner, Valdis Ozols, who met Ines Lopes, said it was {Q1}a good start{Q2}.\n"
)
quote(C, TEXT, "a good start", ["Valdis Ozols"], ["Ines Lopes"])
TEXT = f"Ines Lopes met the French minister. The minister, Paul Giraud, said the accord was {Q1}a good start{Q2}.\n"
quote(C, TEXT, "a good start", ["Paul Giraud"], ["Ines Lopes"])
# near misses: a clause word after the opener starts a clause whose subject the name is
TEXT = f"The court fined Lars Berg on Tuesday after his neighbour, Greta Sund, told the judge that he had {Q1}ignored every warning{Q2}.\n"
quote(C, TEXT, "ignored every warning", ["Greta Sund"], ["Lars Berg"])
TEXT = f"The club parted with its coach in May because the club's owner, Victor Lang, said results were {Q1}not good enough{Q2}.\n"
quote(C, TEXT, "not good enough", ["Victor Lang"], [])

# --- record-bracket: a date or record reference in brackets between a name and its verb
C = "record-bracket"
TEXT = f"Congressional Record digest\n\nMr. HALVORSEN of Minnesota (April 4) said the farm bill was standing up to {Q1}cartels like Tyson.{Q2}\n"
quote(C, TEXT, "cartels like Tyson.", ["HALVORSEN"], ["Tyson"])
TEXT = f"Ms. OKAFOR of Ohio (June 2) argued that the cap was {Q1}far too low for families in Cleveland.{Q2}\n"
quote(C, TEXT, "far too low for families in Cleveland.", ["OKAFOR"], ["Cleveland"])
TEXT = f"Lords debates, week in review\n\nLord Patel of Bradford (HL Deb, 4 May) said the scheme had {Q1}failed its users, as Baroness Hale warned.{Q2}\n"
quote(C, TEXT, "failed its users, as Baroness Hale warned.", ["Lord Patel"], ["Baroness Hale"])
TEXT = f"The Minister, Mr. DUBOIS (Quebec, 12 April), said the levy would be {Q1}temporary, whatever Mr. Leclerc claims.{Q2}\n"
quote(C, TEXT, "temporary, whatever Mr. Leclerc claims.", ["DUBOIS"], ["Leclerc"])
TEXT = f"Hansard, Thursday sitting\n\nMrs. WANJIKU (Tuesday, 3pm) told the House the audit showed {Q1}theft, not error{Q2}.\n"
quote(C, TEXT, "theft, not error", ["WANJIKU"], ["Tuesday"])
TEXT = f"Mr. SORENSEN of Iowa (Feb. 11) warned that {Q1}Beijing will not wait for Congress.{Q2}\n"
quote(C, TEXT, "Beijing will not wait for Congress.", ["SORENSEN"], ["Beijing"])
TEXT = f"Senate floor, March 15\n\nSenator Rhea COLLINS (March 15) said the bill would {Q1}stop Putin's tankers.{Q2}\n"
quote(C, TEXT, "stop Putin's tankers.", ["Rhea COLLINS"], ["Putin"])
TEXT = f"Ms. BAPTISTE (Sept. 30) said the vote was a message to {Q1}every warlord from Khartoum to Tripoli.{Q2}\n"
quote(C, TEXT, "every warlord from Khartoum to Tripoli.", ["BAPTISTE"], ["Khartoum"])
TEXT = f"Deputy Ana FERRAZ of Porto (12 May) asked whether the minister had read {Q1}the Lisbon report{Q2}; Mr. COSTA (12 May) replied that it was {Q1}under review.{Q2}\n"
quote(C, TEXT, "under review.", ["COSTA"], ["Ana FERRAZ"])
TEXT = f"Mr. OYELARAN of Lagos (May 20) said the bill, which Mr. BELLO had opposed, was {Q1}long overdue.{Q2}\n"
quote(C, TEXT, "long overdue.", ["OYELARAN"], ["BELLO"])
# near misses: an abbreviation in brackets is the name's own; the quote's own name speaks when
# the bracketed name is a listener
TEXT = f"The Pakistani army's media wing (ISPR) said the raid was {Q1}a success{Q2}.\n"
quote(C, TEXT, "a success", ["ISPR"], ["Pakistani navy"])
TEXT = f"Senator Ana Ruiz (D-Calif.) said Senator Tom Hale's bill was {Q1}overdue.{Q2}\n"
quote(C, TEXT, "overdue.", ["Ana Ruiz"], ["Tom Hale"])

# --- dash-credit: a quote credited after a dash on its own line
C = "dash-credit"
TEXT = f"{Q1}No one wins a tariff war,{Q2} the minister said on Friday.\nPULL QUOTE: {Q1}No one wins a tariff war{Q2} - Finance Minister Lucia Romero"
quote(C, TEXT, "No one wins a tariff war,", ["Lucia Romero"], ["Jorge Vidal"])
TEXT = f"Tariff talks stall\n\n{Q1}No one wins a tariff war.{Q2} {D} Lucia Romero, finance minister\n\nThe talks in Lima ended without a deal on Friday, and trade minister Jorge Vidal left early.\n"
quote(C, TEXT, "No one wins a tariff war.", ["Lucia Romero"], ["Jorge Vidal"])
TEXT = f"The port reopened on Monday.\n\n{Q1}We lost three weeks of trade{Q2} {D} Harbour master Ken Osei\n\nShipping lines said delays would last into May, according to Maersk's Ana Lind.\n"
quote(C, TEXT, "We lost three weeks of trade", ["Ken Osei"], ["Ana Lind"])
TEXT = f"The port reopened on Monday.\n\nQUOTE: {Q1}We lost three weeks of trade{Q2} - Ken Osei, harbour master\n\nShipping lines said delays would last into May.\n"
quote(C, TEXT, "We lost three weeks of trade", ["Ken Osei"], ["QUOTE"])
TEXT = f"Photo: the flooded square in Porto Alegre. {Q1}The water came in an hour{Q2} \u2013 resident Marta Kunz, 64\n\nThe governor, Eduardo Leite, flew over the city on Sunday.\n"
quote(C, TEXT, "The water came in an hour", ["Marta Kunz"], ["Eduardo Leite"])
TEXT = f"Quote of the day\n\n{Q1}A ceasefire is not a peace.{Q2} -- UN envoy Hans Grundberg\n\nTalks resume in Muscat on Tuesday, the Omani foreign minister said.\n"
quote(C, TEXT, "A ceasefire is not a peace.", ["Hans Grundberg"], ["Omani foreign minister"])
TEXT = f"THE WEEK IN WORDS\n\n{Q1}We are not for sale.{Q2} {D} Mute Egede, Greenland's premier\n\n{Q1}Everything is for sale.{Q2} {D} a Washington lobbyist\n"
quote(C, TEXT, "We are not for sale.", ["Mute Egede"], ["Washington lobbyist"])
TEXT = f"Epigraph\n\n{Q1}Trade is the mother of peace.{Q2} {D} Ines Arbeloa, Spanish trade minister\n\nThe summit opened in Seville with 40 delegations, and the Portuguese minister, Rui Matos, spoke first.\n"
quote(C, TEXT, "Trade is the mother of peace.", ["Ines Arbeloa"], ["Rui Matos"])
TEXT = f"SIDEBAR: in their words\n\n{Q1}The bridge stays shut.{Q2} {D} Mayor Ana Pike\n\n{Q1}The bridge must reopen.{Q2} {D} Councillor Tom Reyes\n"
quote(C, TEXT, "The bridge stays shut.", ["Ana Pike"], ["Tom Reyes"])
quote(C, TEXT, "The bridge must reopen.", ["Tom Reyes"], ["Ana Pike"])
# near misses: a dash that opens a clause is no credit; a hyphenated word after a quote neither
TEXT = f"Mayor Ana Pike called the closure {Q1}a necessity{Q2} {D} and Councillor Tom Reyes said he disagreed.\n"
quote(C, TEXT, "a necessity", ["Ana Pike"], ["Tom Reyes"])
TEXT = f"Governor Lia Ortiz said the storm was {Q1}the worst in memory{Q2} - Red Cross teams arrived the next day.\n"
quote(C, TEXT, "the worst in memory", ["Lia Ortiz"], ["Red Cross"])
TEXT = f"The governor, Lia Ortiz, called the storm {Q1}the worst in memory{Q2} {D} a claim the weather office disputes.\n"
quote(C, TEXT, "the worst in memory", ["Lia Ortiz"], ["weather office"])
TEXT = f"Lia Ortiz called the levee {Q1}a disgrace{Q2} {D} and so did Mayor Tom Reyes\n"
quote(C, TEXT, "a disgrace", ["Lia Ortiz"], [])

# --- country-body: a capital or a people's adjective names the country's body
C = "country-body"
TEXT = (
    f"{Q1}We will respond in kind,{Q2} Beijing's commerce ministry said in a statement on Friday.\n"
)
quote(
    C,
    TEXT,
    "We will respond in kind,",
    ["China's commerce ministry", "Chinese commerce ministry"],
    ["China's foreign ministry", "Taiwan's commerce ministry"],
)
TEXT = f"Moscow's foreign ministry called the expulsions {Q1}a provocation{Q2} on Tuesday.\n"
quote(
    C,
    TEXT,
    "a provocation",
    ["Russia's foreign ministry", "Russian foreign ministry"],
    ["Ukraine's foreign ministry", "Russia's defence ministry"],
)
TEXT = f"Kyiv's defence ministry said the strike on the depot was {Q1}deliberate{Q2}.\n"
quote(
    C,
    TEXT,
    "deliberate",
    ["Ukraine's defence ministry"],
    ["Russia's defence ministry", "Ukraine's foreign ministry"],
)
TEXT = f"The Chinese commerce ministry said the new tariffs were {Q1}naked bullying{Q2}, and Washington's trade office did not respond.\n"
quote(
    C,
    TEXT,
    "naked bullying",
    ["China's commerce ministry", "Beijing's commerce ministry"],
    ["US trade office", "America's trade office"],
)
TEXT = f"A Tokyo government spokesman said the missile launch was {Q1}deeply regrettable{Q2}.\n"
quote(
    C,
    TEXT,
    "deeply regrettable",
    ["Japanese government spokesman", "Japan's government spokesman"],
    ["Korean government spokesman"],
)
TEXT = f"Ankara's foreign ministry said the vote in Stockholm was {Q1}a step in the right direction{Q2}.\n"
quote(
    C,
    TEXT,
    "a step in the right direction",
    ["Turkey's foreign ministry", "Turkish foreign ministry"],
    ["Sweden's foreign ministry"],
)
TEXT = f"The Iranian foreign ministry said the talks in Muscat had been {Q1}serious{Q2}, while Oman's mediators kept silent.\n"
quote(
    C,
    TEXT,
    "serious",
    ["Iran's foreign ministry", "Tehran's foreign ministry"],
    ["Oman's foreign ministry"],
)
TEXT = f"Warsaw's defence ministry said the drone had been {Q1}shot down over Lublin{Q2}.\n"
quote(
    C,
    TEXT,
    "shot down over Lublin",
    ["Poland's defence ministry"],
    ["Belarus's defence ministry", "Poland's interior ministry"],
)
TEXT = f"{Q1}This is a red line,{Q2} Germany's economy ministry said, after Paris's finance ministry backed the plan.\n"
quote(
    C,
    TEXT,
    "This is a red line,",
    ["Berlin's economy ministry", "German economy ministry"],
    ["France's finance ministry", "French economy ministry"],
)
TEXT = f"Pretoria's health department said the outbreak was {Q1}under control{Q2}.\n"
quote(
    C, TEXT, "under control", ["South Africa's health department"], ["Nigeria's health department"]
)

# --- body-pronoun: "it" after a body that spoke goes on being the body
C = "body-pronoun"
TEXT = f"Prime Minister Elena Vasquez's office confirmed she had accepted the Qatari proposal. It said she did so after a call with President Omar Diallo. The statement said she would give the truce a week. It also warned that the army might need {Q1}stronger measures{Q2} if the truce failed.\n"
quote(C, TEXT, "stronger measures", ["Elena Vasquez's office"], ["Omar Diallo"])
TEXT = f"Kenya's foreign ministry condemned the border raid on Sunday. It said the crossing at Busia would stay closed. The statement added that Nairobi had summoned the Ugandan envoy. It also warned of {Q1}a firm response{Q2} to any repeat.\n"
quote(C, TEXT, "a firm response", ["Kenya's foreign ministry"], ["Ugandan envoy"])
TEXT = f"The central bank held its rate at 4.5 percent. It said inflation had eased to 3.1 percent. The statement noted that wages were still rising. It warned that the path back to target would be {Q1}bumpy{Q2}.\n"
quote(C, TEXT, "bumpy", ["central bank"], ["Bank of England"])
TEXT = f"Brazil's environment ministry announced the fines on Tuesday. It said 40 firms were involved, among them one owned by Carlos Mendes. The notice said the penalties were {Q1}final{Q2}.\n"
quote(C, TEXT, "final", ["Brazil's environment ministry"], ["Carlos Mendes"])
TEXT = f"The World Health Organization declared the outbreak over. It said no case had been seen for 42 days. The statement thanked Dr. Amina Bello's team. It called the response {Q1}a model for the region{Q2}.\n"
quote(C, TEXT, "a model for the region", ["World Health Organization"], ["Amina Bello"])
TEXT = f"Governor Ray Moss's office confirmed the evacuation order late on Friday. It said buses would leave at dawn. The statement said Mayor Ann Holt had asked for them. It urged residents to {Q1}leave now, not later{Q2}.\n"
quote(C, TEXT, "leave now, not later", ["Ray Moss's office"], ["Ann Holt"])
TEXT = f"The Foreign Office summoned the Russian ambassador, Andrei Kelin. It said the expulsion was {Q1}unjustified{Q2}.\n"
quote(C, TEXT, "unjustified", ["Foreign Office"], ["Andrei Kelin"])
TEXT = f"The European Commission opened the inquiry on Monday. It said the subsidies under review ran to 2 billion euros. The statement said Chinese makers had 30 days to reply. It added that duties were {Q1}not a foregone conclusion{Q2}.\n"
quote(C, TEXT, "not a foregone conclusion", ["European Commission"], ["Chinese makers"])
TEXT = f"Airline Nordwind's press office confirmed the cancellations. It said 80 flights were hit. The statement said the pilots' union, led by Jens Rahm, had refused talks. It called the strike {Q1}reckless{Q2}.\n"
quote(C, TEXT, "reckless", ["Nordwind's press office"], ["Jens Rahm"])
TEXT = f"Japan's defence ministry confirmed the launch. It said the missile fell outside its waters. The statement said Defence Minister Gen Nakatani was briefed. It described the launch as {Q1}a grave threat{Q2}.\n"
quote(C, TEXT, "a grave threat", ["Japan's defence ministry"], ["North Korea"])
# near misses: the body's object is not "it"; a sentence's own subject speaks
TEXT = f"Prime Minister Elena Vasquez's office confirmed the call with President Omar Diallo. It said the talks had been {Q1}very warm{Q2}.\n"
quote(C, TEXT, "very warm", ["Elena Vasquez's office"], ["Omar Diallo"])
TEXT = f"The ministry issued its figures on Monday. Finance Minister Ruth Dahl said they showed {Q1}a turning point{Q2}.\n"
quote(C, TEXT, "a turning point", ["Ruth Dahl"], ["the ministry"])


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
