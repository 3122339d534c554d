# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the speakers set of session 16 from outside check 36's causes
(``grounding_speakers36.jsonl``): value-support cases for five ways a quote's speaker, a
byline or a side was read from the wrong name, by category, each with what must pass and what
must fail, and the strength of each refusal in its "why" (unsupported: the page gives the
value to someone else; unconfirmed: two readings stand):

- ``quote-aside``: an attribution and its quote separated by an aside ("said X, the
  spokesman, who briefed reporters after meeting Y in Z, ..."; "X, speaking after a meeting
  with Y on Monday, said: ..."; "..., X, a former general who now leads the delegation, told
  reporters"; a parenthesis or dashes): the name the attribution gives speaks, both halves of
  a split quote and a quote that follows in the same paragraph; a name inside the aside (Y)
  does not (unsupported), and a near miss where Y is given a quote of Y's own passes for Y;
- ``statement-by``: a paper issued by someone with words between its noun and "by" ("A
  statement Tuesday by the Foreign Ministry said", "A joint statement issued late on Sunday
  by Presidents X and Y said", "A communique released after the talks by the AU Commission
  said"): the issuer speaks the paper's quote (pass); the addressee, the one it is about, or
  a name elsewhere in the sentence does not (unsupported);
- ``spokesman-principal``: a spokesman's or aide's words ("Presidential spokesman X said",
  "Y's spokesman X", "X, Y's spokesman,", "a spokesman for Y, X,", "X, who speaks for Y")
  are the spokesman's, not the principal's (Y refused, unsupported); "the Kremlin said" and
  "the president's office said" stay the office's (pass), and a quote the spokesman reads
  out as the principal's own ("X quoted Y as saying") stays Y's;
- ``contact-byline``: wire footers ("To contact the reporter on this story: A in B at
  a@example.com", "To contact the editor responsible for this story: C", "Reporting by A;
  Editing by C", "Writing by A") credit the reporter as the byline when the page gives no
  other (pass) and never the editor (unsupported); neither is a quote's speaker, a truce's
  side, a summit's party or a bill's sponsor (unsupported), even where the footer runs on
  from the last paragraph;
- ``reporter-side``: an outlet or cited source ("a copy of which was seen by Reuters",
  "according to a diplomat briefed on the talks", "X told the BBC", "sources told Al
  Jazeera") is no side of a truce, no party of a meeting and no actor (unsupported); the
  sides the sentence names pass.

Run ``python tests/data/make_speakers36_cases.py`` to rebuild it. Every article below was
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

OUT = Path(__file__).with_name("grounding_speakers36.jsonl")

built = SupportCases("sp36")
Q1, Q2 = "\u201c", "\u201d"
OTHER = "unsupported: the page gives the quote to another"


def quote(category: str, text: str, words: str, passes: list[str], fails: list[str]) -> None:
    """One quote of ``text``: each of ``passes`` is its speaker, each of ``fails`` is refused
    as unsupported (the page gives it to someone else), and its strength is checked too (a
    "tier" case: an unsupported flag, not only an unconfirmed one)."""
    built.quote(category, text, words, passes, fails)
    for speaker in fails:
        facts = {"quotes": [{"speaker": speaker, "text": words, "evidence": []}]}
        why = f"{speaker}: {words[:40]} (unsupported, not only unconfirmed)"
        built.add(
            category, False, why, text, facts, "quotes[0].speaker", tag=f"{category}-tier",
            check="tier",
        )  # fmt: skip


def role(
    category: str, expect: bool, text: str, kind: str, who: str, evidence: str, why: str
) -> None:
    built.role(category, expect, why, text, kind, who, evidence)


# --- quote-aside: the attribution names the speaker, not a name inside the aside -----------
C = "quote-aside"
TEXT = f"ANKARA (Anatolia Ledger) \u2014 {Q1}We are ready,{Q2} said Murat Aksoy, the government spokesman, who briefed reporters after the cabinet met with Prime Minister Selim Demir in Ankara, {Q1}but not at any price.{Q2}\n\nThe talks resume on Monday.\n"
quote(C, TEXT, "We are ready,", ["Murat Aksoy"], ["Selim Demir"])
quote(C, TEXT, "but not at any price.", ["Murat Aksoy"], ["Selim Demir"])
TEXT = f"GENEVA, March 4 (Alpine Wire) - Foreign Minister Hakan Toprak, speaking after a two-hour meeting with Sergei Volkov in Geneva on Monday, said: {Q1}The corridor will open on Friday.{Q2}\n"
quote(C, TEXT, "The corridor will open on Friday.", ["Hakan Toprak"], ["Sergei Volkov"])
TEXT = f"KHARTOUM \u2014 {Q1}We did not come here to surrender,{Q2} Pyotr Lenz, a former general who served under President Viktor Hal and now leads the delegation, told reporters.\n"
quote(C, TEXT, "We did not come here to surrender,", ["Pyotr Lenz"], ["Viktor Hal"])
TEXT = f"Cairo talks end without deal\n\nThe Nile Evening Post\n\n{Q1}The talks are over,{Q2} said Nadia Farouk (who had met the Egyptian envoy Tarek Amin only hours before), {Q1}and nothing was signed.{Q2}\n"
quote(C, TEXT, "The talks are over,", ["Nadia Farouk"], ["Tarek Amin"])
quote(C, TEXT, "and nothing was signed.", ["Nadia Farouk"], ["Tarek Amin"])
TEXT = f"BERLIN \u2014 Chancellor Petra Vogt \u2014 fresh from a telephone call with President Emmanuel Roux \u2014 said: {Q1}Europe will pay its share.{Q2}\n"
quote(C, TEXT, "Europe will pay its share.", ["Petra Vogt"], ["Emmanuel Roux"])
TEXT = f"NAIROBI, June 2 (Rift Valley Times) \u2014 {Q1}We need guarantees,{Q2} said Amina Yusuf, the chief negotiator, who had flown in from Mombasa with the Kenyan mediator Daniel Otieno on Sunday. {Q1}Words are not enough.{Q2}\n"
quote(C, TEXT, "We need guarantees,", ["Amina Yusuf"], ["Daniel Otieno"])
quote(C, TEXT, "Words are not enough.", ["Amina Yusuf"], ["Daniel Otieno"])
TEXT = f"TOKYO \u2014 Prime Minister Kenji Sato, asked whether he would meet Premier Wang Lei at the summit, said: {Q1}I have no plans for that.{Q2}\n"
quote(C, TEXT, "I have no plans for that.", ["Kenji Sato"], ["Wang Lei"])
TEXT = 'WASHINGTON (Capitol Brief) - "This is a good day for the farmers," Senator Ray Moss, who co-wrote the bill with Senator Ann Holt last year, said in a statement.\n'
quote(C, TEXT, "This is a good day for the farmers,", ["Ray Moss"], ["Ann Holt"])
TEXT = f"STOCKHOLM \u2014 Defence Minister Lars Eklund, who met his Finnish counterpart Antti Virtanen in Helsinki on Tuesday, told a radio station: {Q1}We will share the radar data.{Q2}\n"
quote(C, TEXT, "We will share the radar data.", ["Lars Eklund"], ["Antti Virtanen"])
TEXT = f"PORT SUDAN \u2014 {Q1}The ceasefire is holding,{Q2} said Colonel Ahmed Bashir, a spokesman for the army, which fought the forces of General Idris Kamal for months, {Q1}despite some violations in the west.{Q2}\n"
quote(C, TEXT, "despite some violations in the west.", ["Ahmed Bashir"], ["Idris Kamal"])
TEXT = f"Power returns to Kharkiv district\n\nBy Iryna Koval\n\n{Q1}We are not leaving,{Q2} said Mayor Olena Bilyk, who spent the morning with Governor Ivan Petrenko at the damaged plant, {Q1}until the lights are back on.{Q2}\n"
quote(C, TEXT, "until the lights are back on.", ["Olena Bilyk"], ["Ivan Petrenko"])
TEXT = f"LIMA \u2014 Interior Minister Rosa Quispe, after a night of talks with union leader Hugo Mamani and two bishops, said on Tuesday that the roads would reopen. {Q1}Nobody wants another blockade,{Q2} she said.\n"
quote(C, TEXT, "Nobody wants another blockade,", ["Rosa Quispe"], ["Hugo Mamani"])
TEXT = f"MADRID \u2014 Water Minister Elena Vidal toured the reservoir on Tuesday. {Q1}The dam will hold,{Q2} she said, speaking after a meeting with the regional president Javier Soto, {Q1}whatever the forecasts say.{Q2}\n"
quote(C, TEXT, "whatever the forecasts say.", ["Elena Vidal"], ["Javier Soto"])
TEXT = f"SANTIAGO \u2014 {Q1}We will appeal the ruling,{Q2} said Ana Ruiz (who succeeded Tomas Vial as justice minister in May).\n"
quote(C, TEXT, "We will appeal the ruling,", ["Ana Ruiz"], ["Tomas Vial"])
TEXT = f"ACCRA \u2014 {Q1}The port reopens on Monday,{Q2} Kofi Boateng \u2014 who had met the harbour chief Yaw Mensah hours earlier \u2014 told reporters.\n"
quote(C, TEXT, "The port reopens on Monday,", ["Kofi Boateng"], ["Yaw Mensah"])
TEXT = f"VIENNA \u2014 Opposition leader Karl Huber, who said last week that Chancellor Eva Lang had misled parliament, told reporters on Friday: {Q1}This government has lost its majority.{Q2}\n"
quote(C, TEXT, "This government has lost its majority.", ["Karl Huber"], ["Eva Lang"])
TEXT = 'MANILA (Islands Herald) - Senator Grace Lim, in an interview with the broadcaster host Ramon Tan on Tuesday, said: "The base deal must go to the Senate."\n'
quote(C, TEXT, "The base deal must go to the Senate.", ["Grace Lim"], ["Ramon Tan"])
TEXT = f"DAKAR \u2014 {Q1}Elections will be held in February,{Q2} said Moussa Diop, 61, a lawyer who represented the jailed opposition leader Ousmane Fall at his trial.\n"
quote(C, TEXT, "Elections will be held in February,", ["Moussa Diop"], ["Ousmane Fall"])
TEXT = f"ROME \u2014 {Q1}We are close,{Q2} Giulia Conti, who had spent the morning with President Marco Bellini at the Quirinale, told reporters on Tuesday evening after the meeting ended.\n"
quote(C, TEXT, "We are close,", ["Giulia Conti"], ["Marco Bellini"])
TEXT = f"PARIS \u2014 The foreign minister, Claire Fabre, after talks with her German counterpart Jonas Weber, said: {Q1}We agree on the essentials.{Q2}\n"
quote(C, TEXT, "We agree on the essentials.", ["Claire Fabre"], ["Jonas Weber"])
TEXT = f"OSLO \u2014 {Q1}Norway will host the next round,{Q2} Foreign Minister Ola Berg said on Monday, after a call with Sudan's army chief Abdel Osman.\n"
quote(C, TEXT, "Norway will host the next round,", ["Ola Berg"], ["Abdel Osman"])
# near misses: the aside's person given a quote of their own; the aside's person who speaks
TEXT = f"LONDON \u2014 {Q1}The plan is dead,{Q2} Tom Reed said, but the mayor, Ann Holt, replied: {Q1}It is only resting.{Q2}\n"
quote(C, TEXT, "It is only resting.", ["Ann Holt"], ["Tom Reed"])
TEXT = f"SEOUL \u2014 {Q1}It is over,{Q2} Li Wei said on Monday, and Kim Park, his deputy, added, {Q1}for now at least.{Q2}\n"
quote(C, TEXT, "for now at least.", ["Kim Park"], ["Li Wei"])

TEXT = f"GENEVA \u2014 Hakan Toprak, speaking after a meeting with Sergei Volkov, said the corridor would open on Friday. Volkov was more cautious: {Q1}Nothing is agreed until the maps are signed.{Q2}\n"
quote(C, TEXT, "Nothing is agreed until the maps are signed.", ["Sergei Volkov"], ["Hakan Toprak"])
TEXT = f"{Q1}We will rebuild the bridge,{Q2} said Governor Ivan Petrenko, who toured the plant with Mayor Olena Bilyk. {Q1}The money is there,{Q2} Bilyk added.\n"
quote(C, TEXT, "We will rebuild the bridge,", ["Ivan Petrenko"], ["Olena Bilyk"])
quote(C, TEXT, "The money is there,", ["Olena Bilyk"], ["Ivan Petrenko"])

# --- statement-by: the paper's issuer speaks, with words between its noun and "by" ---------
C = "statement-by"
TEXT = f"ANKARA \u2014 A statement Tuesday by the Foreign Ministry said: {Q1}Turkey will not accept a buffer zone on its border.{Q2}\n"
quote(
    C,
    TEXT,
    "Turkey will not accept a buffer zone on its border.",
    ["Foreign Ministry", "Turkish Foreign Ministry"],
    ["Turkey"],
)
TEXT = f"KAMPALA, May 12 (Lake Region Wire) - A joint statement issued late on Sunday by Presidents Daniel Kiprono and Yoweri Okello said the two armies would pull back. {Q1}The border is open to trade again,{Q2} the statement said.\n"
quote(
    C,
    TEXT,
    "The border is open to trade again,",
    ["Daniel Kiprono and Yoweri Okello"],
    ["Lake Region Wire"],
)
TEXT = f"ADDIS ABABA \u2014 A communique released after the talks by the AU Commission said: {Q1}Both parties must stop the shelling of the city at once.{Q2} The paper was addressed to General Hamid Osman and the rebel commander Musa Tijani.\n"
quote(
    C,
    TEXT,
    "Both parties must stop the shelling of the city at once.",
    ["AU Commission"],
    ["Hamid Osman", "Musa Tijani"],
)
TEXT = f"BRUSSELS, April 3 \u2014 A statement on Thursday evening by the European Commission about the jailed activist Lena Horvat said: {Q1}She must be released without conditions.{Q2}\n"
quote(C, TEXT, "She must be released without conditions.", ["European Commission"], ["Lena Horvat"])
TEXT = f"MANILA \u2014 A letter sent this week by the defence secretary, Ramon Cruz, to the Chinese ambassador Zhou Ming said: {Q1}The shoal is Philippine territory.{Q2}\n"
quote(C, TEXT, "The shoal is Philippine territory.", ["Ramon Cruz"], ["Zhou Ming"])
TEXT = f"RIYADH (Gulf Ledger) \u2014 A statement published overnight on the state news agency by the Saudi royal court said King Salman was in good health. {Q1}His Majesty is resting,{Q2} the statement said.\n"
quote(C, TEXT, "His Majesty is resting,", ["Saudi royal court", "royal court"], ["King Salman"])
TEXT = f"LONDON \u2014 A short statement on Monday from Downing Street, issued after Prime Minister Helen Marsh spoke to President Oleg Petrov by telephone, said: {Q1}The prime minister urged restraint.{Q2}\n"
quote(C, TEXT, "The prime minister urged restraint.", ["Downing Street"], ["Oleg Petrov"])
TEXT = f"DHAKA \u2014 A two-page press release distributed after midnight by the Election Commission said: {Q1}Voting will go ahead in all districts.{Q2} Opposition leader Farida Akter called the release a farce.\n"
quote(C, TEXT, "Voting will go ahead in all districts.", ["Election Commission"], ["Farida Akter"])
TEXT = f"OTTAWA \u2014 A statement sent to reporters on Friday by the office of Premier Claire Roy said: {Q1}The premier has no comment on the inquiry.{Q2}\n"
quote(C, TEXT, "The premier has no comment on the inquiry.", ["office of Premier Claire Roy"], [])
TEXT = f"BOGOTA \u2014 A joint communique signed late Saturday by the government and the ELN guerrillas said: {Q1}The ceasefire will be extended by 90 days.{Q2} Bishop Luis Castano, who hosted the talks, welcomed it.\n"
quote(
    C,
    TEXT,
    "The ceasefire will be extended by 90 days.",
    ["government and the ELN guerrillas"],
    ["Luis Castano"],
)
TEXT = f"HANOI \u2014 A note handed on Wednesday by the Foreign Ministry to Ambassador Kim Tae-ho said: {Q1}The fishing boats must be returned.{Q2}\n"
quote(C, TEXT, "The fishing boats must be returned.", ["Foreign Ministry"], ["Kim Tae-ho"])
TEXT = f"MOSCOW \u2014 A statement late Monday from the Kremlin said: {Q1}The talks in Istanbul will go ahead.{Q2} Ukrainian officials, led by Rustem Umerov, did not comment.\n"
quote(C, TEXT, "The talks in Istanbul will go ahead.", ["Kremlin"], ["Rustem Umerov"])
TEXT = f"GENEVA \u2014 {Q1}All parties must respect the truce,{Q2} said a statement issued on Monday by the UN Human Rights Office, after its chief Volker Kruse met the envoys.\n"
quote(C, TEXT, "All parties must respect the truce,", ["UN Human Rights Office"], ["Volker Kruse"])
TEXT = f"ABUJA \u2014 {Q1}The curfew is lifted,{Q2} a statement emailed to journalists on Sunday by the police said. Governor Bala Umar had ordered the curfew on Friday.\n"
quote(C, TEXT, "The curfew is lifted,", ["police"], ["Bala Umar"])
TEXT = f"NEW YORK \u2014 In a statement released on Monday night by the Security Council, members said: {Q1}The council condemns the attack on the convoy.{Q2} The convoy was led by aid worker Sara Lindqvist.\n"
quote(
    C,
    TEXT,
    "The council condemns the attack on the convoy.",
    ["Security Council"],
    ["Sara Lindqvist"],
)
TEXT = f"KABUL \u2014 A statement on the attack by the rebels said: {Q1}Eleven soldiers were killed at the checkpoint.{Q2}\n"
built.quote(C, TEXT, "Eleven soldiers were killed at the checkpoint.", [], ["rebels"])
TEXT = f"PRISTINA \u2014 A statement Wednesday by Prime Minister Albin Gashi, released after he spoke to Serbian President Milos Petrovic, said: {Q1}We will not remove the police from the north.{Q2}\n"
quote(C, TEXT, "We will not remove the police from the north.", ["Albin Gashi"], ["Milos Petrovic"])
TEXT = f"BAKU \u2014 A statement issued after the meeting attended by Foreign Minister Elmar Aliyev said: {Q1}The border commission will meet in June.{Q2}\n"
built.quote(C, TEXT, "The border commission will meet in June.", [], ["Elmar Aliyev"])
# near misses: the paper's own later quote, and a person's own words after the paper
TEXT = f"ACCRA \u2014 A statement issued on Monday by the Ministry of Health said the outbreak was under control. Health Minister Kwame Asante went further: {Q1}The last patient goes home this week.{Q2}\n"
quote(C, TEXT, "The last patient goes home this week.", ["Kwame Asante"], ["Ministry of Health"])

# --- spokesman-principal: a spokesman's words are the spokesman's ---------------------------
C = "spokesman-principal"
TEXT = f"ANKARA \u2014 Presidential spokesman Ibrahim Kaya said President Recep Arslan would attend the summit in Baku. {Q1}The president will be there in person,{Q2} Kaya said.\n"
quote(C, TEXT, "The president will be there in person,", ["Ibrahim Kaya"], ["Recep Arslan"])
TEXT = f"ANKARA \u2014 Presidential spokesman Ibrahim Kaya said: {Q1}President Arslan will attend the summit.{Q2}\n"
quote(C, TEXT, "President Arslan will attend the summit.", ["Ibrahim Kaya"], ["Arslan"])
TEXT = f"MOSCOW (Volga Wire) - Putin's spokesman Dmitry Sokolov told reporters on Tuesday: {Q1}There are no plans for a meeting yet.{Q2}\n"
quote(C, TEXT, "There are no plans for a meeting yet.", ["Dmitry Sokolov"], ["Putin"])
TEXT = f"KYIV \u2014 {Q1}The president has not received the letter,{Q2} Serhiy Nikiforenko, President Viktor Hrytsenko's spokesman, said on Friday.\n"
quote(
    C,
    TEXT,
    "The president has not received the letter,",
    ["Serhiy Nikiforenko"],
    ["Viktor Hrytsenko"],
)
TEXT = f"JERUSALEM \u2014 A spokesman for Prime Minister Avi Kedem, Omer Tal, said: {Q1}The delegation will leave for Cairo tonight.{Q2}\n"
quote(C, TEXT, "The delegation will leave for Cairo tonight.", ["Omer Tal"], ["Avi Kedem"])
TEXT = f"PARIS \u2014 {Q1}No decision has been taken on the troops,{Q2} said Claire Fabre, who speaks for President Luc Moreau, on Monday.\n"
quote(C, TEXT, "No decision has been taken on the troops,", ["Claire Fabre"], ["Luc Moreau"])
TEXT = f"WASHINGTON (Potomac Daily) - Governor Dana Whitfield's press secretary, Marco Ruiz, said in an email: {Q1}The governor will sign the bill next week.{Q2}\n"
quote(C, TEXT, "The governor will sign the bill next week.", ["Marco Ruiz"], ["Dana Whitfield"])
TEXT = f"NEW DELHI \u2014 Ravi Menon, an aide to Prime Minister Arjun Rao, said: {Q1}We expect the talks to run for two days.{Q2}\n"
quote(C, TEXT, "We expect the talks to run for two days.", ["Ravi Menon"], ["Arjun Rao"])
TEXT = f"BRASILIA \u2014 President Lula's spokesman Paulo Pimenta told reporters the visit was off. {Q1}It will be rescheduled,{Q2} Pimenta said.\n"
quote(C, TEXT, "It will be rescheduled,", ["Paulo Pimenta"], ["Lula"])
TEXT = f"SEOUL \u2014 Kang Min-jun, who speaks for President Yoon Ji-ho, told a briefing: {Q1}The president wants a meeting in Panmunjom.{Q2}\n"
quote(C, TEXT, "The president wants a meeting in Panmunjom.", ["Kang Min-jun"], ["Yoon Ji-ho"])
TEXT = f"BERLIN \u2014 Government spokeswoman Anna Keller said on Wednesday that Chancellor Jonas Bauer would not travel to the summit. {Q1}His diary is full,{Q2} she said.\n"
quote(C, TEXT, "His diary is full,", ["Anna Keller"], ["Jonas Bauer"])
TEXT = f"ANKARA \u2014 Presidential spokesman Ibrahim Kaya said President Recep Arslan would attend: {Q1}He has cleared his schedule for Baku.{Q2}\n"
quote(C, TEXT, "He has cleared his schedule for Baku.", ["Ibrahim Kaya"], ["Recep Arslan"])
TEXT = f"CAIRO \u2014 {Q1}The president will receive the delegation on Sunday,{Q2} his spokesman, Ahmed Fahmy, said after President Samir Nour met the envoy.\n"
quote(
    C, TEXT, "The president will receive the delegation on Sunday,", ["Ahmed Fahmy"], ["Samir Nour"]
)
TEXT = f"TEHRAN \u2014 President Reza Karimi will travel to Moscow next week. {Q1}The visit is confirmed,{Q2} his spokesman Ali Bahrami told state television.\n"
quote(C, TEXT, "The visit is confirmed,", ["Ali Bahrami"], ["Reza Karimi"])
TEXT = f"WARSAW \u2014 Prime Minister Adam Nowak was not at the briefing. Instead his spokesman, Piotr Zielinski, said: {Q1}The government will not change course.{Q2} He added: {Q1}Nothing has been decided on the troops.{Q2}\n"
quote(C, TEXT, "Nothing has been decided on the troops.", ["Piotr Zielinski"], ["Adam Nowak"])
# near misses: the office's own statement; a principal's own words quoted by a spokesman
TEXT = f"MOSCOW \u2014 The Kremlin said on Monday: {Q1}Russia is open to talks without preconditions.{Q2}\n"
quote(C, TEXT, "Russia is open to talks without preconditions.", ["Kremlin"], ["Putin"])
TEXT = f"KYIV \u2014 The president's office said in a statement: {Q1}No territory will be traded.{Q2}\n"
quote(C, TEXT, "No territory will be traded.", ["president's office"], ["Kyiv Post"])
TEXT = f"ANKARA \u2014 Spokesman Ibrahim Kaya quoted President Recep Arslan as saying: {Q1}I will go to Baku myself.{Q2}\n"
quote(C, TEXT, "I will go to Baku myself.", ["Recep Arslan"], [])
TEXT = f"ROME \u2014 Prime Minister Giulia Conti met the envoy on Monday. {Q1}We are close to an agreement,{Q2} Conti said, according to her spokesman Marco Gallo.\n"
quote(C, TEXT, "We are close to an agreement,", ["Giulia Conti"], [])

# --- contact-byline: the reporter is the byline; neither reporter nor editor is a source ---
C = "contact-byline"
BL = f"Turkey signals readiness for talks\n\nANKARA \u2014 Turkey is ready to host a new round of talks between Russia and Ukraine, Foreign Minister Hakan Toprak said on Tuesday. {Q1}Our door is open,{Q2} Toprak said.\n\nTo contact the reporter on this story: Jane Roe in Ankara at jroe@example.com\n\nTo contact the editor responsible for this story: Mark Tully at mtully@example.com\n"
built.article_field(C, "byline", BL, ["Jane Roe"], ["Mark Tully"])
quote(C, BL, "Our door is open,", ["Hakan Toprak"], ["Jane Roe", "Mark Tully"])
TEXT = "Truce holds in the north\n\nMOGADISHU (Horn Wire) - Government troops and clan militias agreed to a three-day truce on Sunday, elders said. (Reporting by Abdi Warsame; Editing by Clare Hendry)\n"
built.article_field(C, "byline", TEXT, ["Abdi Warsame"], ["Clare Hendry"])
ev = "Government troops and clan militias agreed to a three-day truce on Sunday, elders said. (Reporting by Abdi Warsame; Editing by Clare Hendry)"
role(C, False, TEXT, "side", "Abdi Warsame", ev, "the reporter is no side (unsupported)")
role(C, False, TEXT, "side", "Clare Hendry", ev, "the editor is no side (unsupported)")
role(C, True, TEXT, "side", "clan militias", ev, "the militias agreed")
TEXT = "Leaders meet in Astana\n\nASTANA, Oct 9 (Steppe News) - The presidents of Kazakhstan and Uzbekistan met in Astana on Thursday and signed a water-sharing accord.\n\nWriting by Nurlan Abenov; Editing by Gulnara Serik\n"
built.article_field(C, "byline", TEXT, ["Nurlan Abenov"], ["Gulnara Serik"])
ev = "The presidents of Kazakhstan and Uzbekistan met in Astana on Thursday and signed a water-sharing accord."
role(C, False, TEXT, "party", "Nurlan Abenov", ev, "the writer met no one (unsupported)")
role(C, True, TEXT, "party", "Uzbekistan", ev, "Uzbekistan's president met")
TEXT = f"Senate panel backs sanctions bill\n\nWASHINGTON - Senator Ray Moss introduced a bill on Thursday to sanction the shipping firms. {Q1}They have been warned,{Q2} Moss said.\n\nReporting by Patricia Zengerle; Additional reporting by David Morgan; Editing by Will Dunham\n"
ev = "Senator Ray Moss introduced a bill on Thursday to sanction the shipping firms."
role(C, False, TEXT, "sponsor", "Will Dunham", ev, "the editor sponsors nothing (unsupported)")
role(
    C,
    False,
    TEXT,
    "sponsor",
    "Patricia Zengerle",
    ev,
    "the reporter sponsors nothing (unsupported)",
)
role(C, True, TEXT, "sponsor", "Ray Moss", ev, "Moss introduced the bill")
quote(C, TEXT, "They have been warned,", ["Ray Moss"], ["Patricia Zengerle", "Will Dunham"])
built.article_field(C, "byline", TEXT, ["Patricia Zengerle"], ["Will Dunham"])
TEXT = "Pause in shelling\n\nDONETSK - Both armies observed a pause in the shelling overnight, local officials said.\n\n--\nTo contact the reporters on this story: Olga Tkachenko in Kyiv at otkachenko@example.net; Max Berger in Berlin at mberger@example.net\nTo contact the editors responsible for this story: Alan Crawford at acrawford@example.net\n"
built.article_field(C, "byline", TEXT, ["Olga Tkachenko", "Max Berger"], ["Alan Crawford"])
ev = "Both armies observed a pause in the shelling overnight, local officials said."
role(C, False, TEXT, "side", "Olga Tkachenko", ev, "the reporter is no side (unsupported)")
role(C, False, TEXT, "side", "Alan Crawford", ev, "the editor is no side (unsupported)")
TEXT = f"Border talks\n\nBy Lucia Mendes\n\nBRASILIA - The two foreign ministers met on Friday. {Q1}We agreed on a timetable,{Q2} Minister Rui Costa said.\n\nTo contact the reporter on this story: Tomas Reyes in Brasilia at treyes@example.org\n"
built.article_field(C, "byline", TEXT, ["Lucia Mendes"], [])
quote(C, TEXT, "We agreed on a timetable,", ["Rui Costa"], ["Tomas Reyes", "Lucia Mendes"])
TEXT = f"Summit ends\n\nHANOI (Delta Wire) - {Q1}The talks were useful,{Q2} the foreign minister said after the summit.\n\n(Writing by Linh Pham; Editing by Ed Davies)\n"
quote(C, TEXT, "The talks were useful,", [], ["Linh Pham", "Ed Davies"])
built.article_field(C, "byline", TEXT, ["Linh Pham"], ["Ed Davies"])
TEXT = "Ministers meet in Doha\n\nDOHA (Pearl Wire) - The foreign ministers of Qatar and Egypt met in Doha on Monday to discuss the truce. Reporting by Hadeel Omar; Editing by Peter Graff\n"
ev = "The foreign ministers of Qatar and Egypt met in Doha on Monday to discuss the truce. Reporting by Hadeel Omar; Editing by Peter Graff"
role(C, False, TEXT, "party", "Hadeel Omar", ev, "the reporter met no one (unsupported)")
role(C, False, TEXT, "party", "Peter Graff", ev, "the editor met no one (unsupported)")
role(C, True, TEXT, "party", "Egypt", ev, "Egypt's foreign minister met")

TEXT = "Grain corridor reopens\n\nODESA (Black Sea Wire) - Russia and Ukraine agreed to reopen the grain corridor, officials said.\n\nReporting by Olena Harmash and Pavel Polityuk in Kyiv; Writing by Tom Balmforth; Editing by Gareth Jones\n"
built.article_field(
    C, "byline", TEXT, ["Olena Harmash", "Pavel Polityuk", "Tom Balmforth"], ["Gareth Jones"]
)
TEXT = "Strike on depot\n\nLVIV (Carpathian Wire) - A drone hit the fuel depot overnight and started a fire, the regional governor said. (Reporting by Max Hunder; Editing by Ros Russell)\n"
ev = "A drone hit the fuel depot overnight and started a fire, the regional governor said. (Reporting by Max Hunder; Editing by Ros Russell)"
role(C, False, TEXT, "actor", "Max Hunder", ev, "the reporter did nothing reported (unsupported)")
role(C, False, TEXT, "actor", "Ros Russell", ev, "the editor did nothing reported (unsupported)")
TEXT = "Tariff bill\n\nOTTAWA - Senator Claire Dubois tabled a bill on Monday to impose duties on steel imports. (Writing by Paul Simao; Editing by Leslie Adler)\n"
ev = "Senator Claire Dubois tabled a bill on Monday to impose duties on steel imports. (Writing by Paul Simao; Editing by Leslie Adler)"
role(C, False, TEXT, "sponsor", "Paul Simao", ev, "the writer sponsors nothing (unsupported)")
role(C, True, TEXT, "sponsor", "Claire Dubois", ev, "Dubois tabled the bill")
built.article_field(C, "byline", TEXT, ["Paul Simao"], ["Leslie Adler", "Claire Dubois"])

# --- reporter-side: an outlet or cited source is no side, party or actor --------------------
C = "reporter-side"
S1 = "The agreement, a copy of which was seen by Reuters, commits both armies to a 60-day truce."
role(C, False, f"TRIPOLI \u2014 {S1}\n", "side", "Reuters", S1, "Reuters saw a copy (unsupported)")
S2 = "The army and the rebels accepted the truce on Sunday, according to a diplomat briefed on the talks."
role(
    C,
    False,
    f"JUBA (Nile Wire) - {S2}\n",
    "side",
    "diplomat",
    S2,
    "the diplomat is the source (unsupported)",
)
role(C, True, f"JUBA (Nile Wire) - {S2}\n", "side", "rebels", S2, "the rebels accepted")
S3 = "Foreign Minister Ali Rezaei told the BBC that Iran had agreed to the pause in strikes."
role(C, False, f"TEHRAN \u2014 {S3}\n", "side", "BBC", S3, "Rezaei told the BBC (unsupported)")
role(C, True, f"TEHRAN \u2014 {S3}\n", "side", "Iran", S3, "Iran agreed")
S4 = (
    "Presidents Ruto and Hassan met privately in Arusha on Saturday, two officials told Al Jazeera."
)
role(
    C,
    False,
    f"ARUSHA \u2014 {S4}\n",
    "party",
    "Al Jazeera",
    S4,
    "the officials told Al Jazeera (unsupported)",
)
role(C, True, f"ARUSHA \u2014 {S4}\n", "party", "Hassan", S4, "Hassan met Ruto")
S5 = "The two delegations met for five hours in Jeddah, according to a source familiar with the talks."
role(
    C,
    False,
    f"JEDDAH \u2014 {S5}\n",
    "party",
    "source familiar with the talks",
    S5,
    "the source is no party (unsupported)",
)
S6 = "Militia commanders agreed to the ceasefire late on Friday, a document obtained by The Associated Press showed."
role(
    C,
    False,
    f"BENGHAZI \u2014 {S6}\n",
    "side",
    "The Associated Press",
    S6,
    "AP obtained the document (unsupported)",
)
role(C, True, f"BENGHAZI \u2014 {S6}\n", "side", "Militia commanders", S6, "the commanders agreed")
S7 = "The drone strike on the depot was carried out by the army, a military source told Sky News Arabia."
role(
    C,
    False,
    f"ALEPPO \u2014 {S7}\n",
    "actor",
    "Sky News Arabia",
    S7,
    "the source told Sky News Arabia (unsupported)",
)
role(C, True, f"ALEPPO \u2014 {S7}\n", "actor", "army", S7, "the army carried it out")
S8 = "Hamas has accepted the proposal for a six-week truce, an official briefed on the negotiations told The Times of Israel."
role(
    C,
    False,
    f"GAZA \u2014 {S8}\n",
    "side",
    "The Times of Israel",
    S8,
    "told The Times of Israel (unsupported)",
)
role(
    C,
    False,
    f"GAZA \u2014 {S8}\n",
    "side",
    "official briefed on the negotiations",
    S8,
    "the official is the source (unsupported)",
)
role(C, True, f"GAZA \u2014 {S8}\n", "side", "Hamas", S8, "Hamas accepted")
S9 = "Envoys of Armenia and Azerbaijan met in Almaty on Tuesday, according to a draft of the communique reviewed by Politico."
role(
    C,
    False,
    f"ALMATY \u2014 {S9}\n",
    "party",
    "Politico",
    S9,
    "Politico reviewed a draft (unsupported)",
)
role(C, True, f"ALMATY \u2014 {S9}\n", "party", "Azerbaijan", S9, "Azerbaijan's envoy met")
S10 = "Both factions signed the truce in Kinshasa, Kinshasa Radio Okapi reported, citing a UN diplomat."
role(
    C,
    False,
    f"KINSHASA \u2014 {S10}\n",
    "side",
    "UN diplomat",
    S10,
    "the diplomat is the source (unsupported)",
)
S11 = "Police fired tear gas at the marchers, witnesses told the Daily Sentinel."
role(
    C,
    False,
    f"DAKAR \u2014 {S11}\n",
    "actor",
    "Daily Sentinel",
    S11,
    "witnesses told the Sentinel (unsupported)",
)
role(C, True, f"DAKAR \u2014 {S11}\n", "actor", "Police", S11, "the police fired tear gas")
S12 = "Serbia and Kosovo agreed to the deal, the EU envoy told Euronews in an interview on Sunday."
role(C, True, f"BRUSSELS \u2014 {S12}\n", "side", "Kosovo", S12, "Kosovo agreed")
role(
    C,
    False,
    f"BRUSSELS \u2014 {S12}\n",
    "side",
    "Euronews",
    S12,
    "the envoy told Euronews (unsupported)",
)
S13 = "The prime ministers of Thailand and Cambodia met at the border post, Khmer Times reported, citing a copy of the minutes it had seen."
role(C, True, f"BANGKOK \u2014 {S13}\n", "party", "Cambodia", S13, "Cambodia's prime minister met")
role(
    C,
    False,
    f"BANGKOK \u2014 {S13}\n",
    "party",
    "Khmer Times",
    S13,
    "Khmer Times reported it (unsupported)",
)

S14 = "The foreign ministers of Iran and Oman met in Muscat, according to minutes of the meeting seen by the Financial Times."
role(
    C,
    False,
    f"MUSCAT \u2014 {S14}\n",
    "party",
    "Financial Times",
    S14,
    "the FT saw the minutes (unsupported)",
)
role(C, True, f"MUSCAT \u2014 {S14}\n", "party", "Oman", S14, "Oman's minister met")
S15 = "The rebels have agreed to a 72-hour truce, a person familiar with the matter told Bloomberg News."
role(
    C,
    False,
    f"KHARTOUM \u2014 {S15}\n",
    "side",
    "Bloomberg News",
    S15,
    "told Bloomberg News (unsupported)",
)
role(
    C,
    False,
    f"KHARTOUM \u2014 {S15}\n",
    "side",
    "person familiar with the matter",
    S15,
    "the person is the source (unsupported)",
)
role(C, True, f"KHARTOUM \u2014 {S15}\n", "side", "rebels", S15, "the rebels agreed")
S16 = (
    "Tehran accepted the pause in strikes, Foreign Minister Ali Rezaei told state broadcaster IRIB."
)
role(
    C,
    False,
    f"TEHRAN \u2014 {S16}\n",
    "side",
    "IRIB",
    S16,
    "told state broadcaster IRIB (unsupported)",
)
role(C, True, f"TEHRAN \u2014 {S16}\n", "side", "Iran", S16, "Tehran accepted")
S17 = "The army shelled the village on Sunday, according to two people briefed on the operation."
role(
    C,
    False,
    f"GOMA \u2014 {S17}\n",
    "actor",
    "people briefed on the operation",
    S17,
    "the people are the source (unsupported)",
)
S18 = (
    "A draft of the ceasefire deal, seen by AFP, says both militias will withdraw from the airport."
)
role(C, False, f"TRIPOLI \u2014 {S18}\n", "side", "AFP", S18, "AFP saw the draft (unsupported)")
role(C, True, f"TRIPOLI \u2014 {S18}\n", "side", "militias", S18, "the militias will withdraw")
S19 = "UN refugee agency UNHCR said its teams evacuated 300 people from the camp on Friday."
role(
    C, True, f"GENEVA \u2014 {S19}\n", "actor", "UNHCR", S19, "the agency evacuated them: no outlet"
)
S20 = "The Kosovo Times reported that police in the north arrested four men, citing a police official."
role(
    C,
    False,
    f"PRISTINA \u2014 {S20}\n",
    "actor",
    "Kosovo Times",
    S20,
    "the paper reported it (unsupported)",
)
role(C, True, f"PRISTINA \u2014 {S20}\n", "actor", "police", S20, "the police arrested them")


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
