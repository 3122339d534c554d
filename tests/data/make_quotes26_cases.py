# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of check 58's quote speakers that are not one named person
(``grounding_quotes26.jsonl``): a body speaking through a common noun or its paper, an
unnamed source's label, and a quote continuing either
(:mod:`summarizer.verification.quotes.collective_speakers`), by category, each with what must pass
and what must fail:

- ``body-phrase``: "the group pointed to "..."", '"...," the alliance said', "Their
  statement adds that ... "..."", "the association replied that ... "..."" for the body the
  article named last before the phrase; another body named between (an acronym, a
  capitalised body name, another use of the noun), an agency or court called "the group", a
  singular name for "their", a passive ("was told"), the object of another subject's verb
  (", saying"), a named member who spoke, stay refused;
- ``unnamed-source``: "one of the sources", "the official", "another aide" for an unnamed
  value of the same head noun whose qualifiers the phrase or the mention that introduced the
  source states ("a senior police official said ... the official told"); another qualifier
  ("a senior army official"), another head noun, a named person for an unnamed source, stay
  refused;
- ``same-phrase``: the value is the phrase the sentence gives ("the government's listing
  describes as "..."", '"...," the navy's statement said') or "his/her NOUN" for "X's NOUN"
  when X is the one person named before it in the sentence; another noun ("X's spokesman"
  for "his team"), another owner, a sentence naming two people, stay refused;
- ``agent-frame``: a colon frame with no verb of saying whose subject is "X's spokesman",
  "X's office", "X's lawyers" gives the quote to the agent, never to X; "X's line", "X's
  reply", "X's message" leave X the speaker;
- ``continued-quote``: a quote that is its sentence's only words continues the quote just
  before it (same paragraph, or ending the paragraph before) when that one is the body's or
  the source's; a sentence or paragraph between with another speaker, a name after the
  earlier quote, stay refused.

Run ``python tests/data/make_quotes26_cases.py`` to rebuild it. Every article below was
written for this set from public facts in its own words; each verdict is what a careful
fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_quotes26.jsonl")

built = SupportCases(
    "q26",
    leads=[
        "VIENNA (Energy Desk) -",
        "By Nadia Kowalczyk | The Baltic Courier",
        "From our correspondent in Khartoum.",
        "WORLD BRIEFING | The Harbour Times",
        "Compiled from agency reports.",
    ],
)
BODY, SOURCE, CONTINUED = "body-phrase", "unnamed-source", "continued-quote"
SAME, AGENT = "same-phrase", "agent-frame"


def quote(category: str, words: str, passes: list[str], fails: list[str], *paragraphs: str) -> None:
    built.quote(category, built.page(*paragraphs), words, passes, fails)


# body-phrase: a body speaking through a common noun or its paper
quote(BODY, "robust demand across Asia and thin inventories", ["OPEC+"], ["Saudi Arabia", "Abdulaziz bin Salman"],
      "Energy ministers of the OPEC+ alliance, chaired by Saudi Arabia's Abdulaziz bin Salman, agreed on Sunday to add 137,000 barrels a day in October.",
      "The step is far smaller than the ones taken over the summer.",
      'In its statement the group pointed to "robust demand across Asia and thin inventories".')  # fmt: skip
quote(BODY, "withdraw our fighters from Goma within two days", ["M23"], ["Congolese army", "Felix Tshisekedi"],
      "The M23 rebels announced on Saturday that they would pull out of the eastern city, a week after the Congolese army and President Felix Tshisekedi rejected talks.",
      'In a communique shared online the rebel group said it would "withdraw our fighters from Goma within two days".')  # fmt: skip
quote(BODY, "an enemy vessel heading for occupied ports", ["Houthis"], ["Israel", "US Central Command"],
      "The Houthis said on Tuesday they had fired two drones at a bulk carrier off the coast of Yemen, bound, they claimed, for Israel.",
      'Their statement described the ship as "an enemy vessel heading for occupied ports".')  # fmt: skip
quote(BODY, "We do not recognise the claims made by the Houthis", ["US Central Command"], [],
      "The Houthis said on Tuesday they had fired two drones at a bulk carrier.",
      'US Central Command said both drones were shot down. "We do not recognise the claims made by the Houthis," it added.')  # fmt: skip
quote(BODY, "a vessel owned by the Zionist enemy", [], ["US Central Command"],
      "The Houthis said on Tuesday they had fired two drones at a bulk carrier.",
      "US Central Command said both drones were shot down over the Red Sea.",
      'Their statement called the carrier "a vessel owned by the Zionist enemy".')  # fmt: skip
quote(BODY, "under any flag or any name", ["Poland's football association"], ["FIFA", "Russia"],
      "FIFA offered on Sunday to move the play-off against Russia to a neutral ground.",
      "Poland's football association rejected the idea within hours.",
      'Asked whether a neutral venue would change its mind, the association replied that the team would not take the field "under any flag or any name".')  # fmt: skip
quote(BODY, "unfair, unjustified and unreasonable", ["India's external affairs ministry"], ["Donald Trump"],
      "President Donald Trump doubled the tariff on Indian goods to 50 per cent on Wednesday.",
      "India's external affairs ministry answered before midnight.",
      'In a short statement the ministry called the measure "unfair, unjustified and unreasonable".')  # fmt: skip
quote(BODY, "We are studying the measure closely", ["Japan's trade ministry"], ["China's commerce ministry"],
      "China's commerce ministry vowed countermeasures against the new duties on Friday.",
      'Japan\'s trade ministry was more cautious. "We are studying the measure closely," the ministry said.')  # fmt: skip
quote(BODY, "the alliance will defend every inch of its territory", ["NATO"], ["Russia", "Estonia"],
      "Russian jets crossed into Estonian airspace for twelve minutes on Friday, Estonia said.",
      'NATO scrambled Italian fighters in response. "We are clear that the alliance will defend every inch of its territory," the alliance said in a statement.')  # fmt: skip
quote(BODY, "Talks remain the only path", ["European Union"], ["Iran"],
      "Iran rejected the offer of renewed inspections on Monday.",
      'The European Union kept its door open. "Talks remain the only path," said the bloc, which coordinates the nuclear talks.')  # fmt: skip
quote(BODY, "hold production steady through the winter", [], ["OPEC+", "International Energy Agency"],
      "OPEC+ members kept their output unchanged at a meeting on Thursday.",
      "A group of traders in Geneva said the market was already oversupplied.",
      'The group said producers should "hold production steady through the winter".')  # fmt: skip
quote(BODY, "a tighter market by the spring", [], ["International Energy Agency"],
      "The International Energy Agency published its monthly report on Wednesday.",
      'The group pointed to "a tighter market by the spring".')  # fmt: skip
quote(BODY, "a reckless provocation", ["Russia"], ["NATO"],
      "NATO opened its annual drills in Norway on Monday.",
      'Russia condemned the alliance, calling the drills "a reckless provocation".')  # fmt: skip
quote(BODY, "We accept the truce", ["Haitham al-Ghais"], [],
      "The Sudan Liberation Movement met mediators in Juba on Monday.",
      'Its spokesman, Haitham al-Ghais, told reporters: "We accept the truce."')  # fmt: skip
quote(BODY, "No ceasefire without guarantees", [], ["Sudan Liberation Movement"],
      "The Sudan Liberation Movement met mediators in Juba on Monday.",
      'Abdel Wahid al-Nur, who leads the movement, told reporters: "No ceasefire without guarantees."')  # fmt: skip
quote(BODY, "there will be no second round", [], ["Ministry of Justice"],
      "The Ministry of Justice asked the court to halt the deportations on Tuesday.",
      'The court said "there will be no second round" of hearings.')  # fmt: skip
quote(BODY, "the deal was never signed", ["Hamas"], ["Egypt"],
      "Hamas said on Sunday that talks in Cairo had stalled.",
      'The group\'s statement said "the deal was never signed" by its negotiators.')  # fmt: skip
quote(BODY, "The resistance will answer", ["Islamic Jihad"], ["Hamas"],
      "Hamas said on Sunday it had handed over the list of hostages to Qatari mediators.",
      "Islamic Jihad, a smaller armed faction, rejected the terms a day later.",
      '"The resistance will answer," the group said in a statement on Telegram.')  # fmt: skip
quote(BODY, "We will rebuild from the ground up", ["Conservative Party"], ["Labour Party", "Keir Starmer"],
      "The Labour Party won a majority of 174 seats, and Keir Starmer became prime minister.",
      "The Conservative Party conceded shortly after midnight.",
      '"We will rebuild from the ground up," the party said in a statement.')  # fmt: skip

# unnamed-source: a source's label against the phrase
quote(SOURCE, "The cap should fall to $45", ["a source"], ["Scott Bessent", "a diplomat"],
      "Most G7 members would back a lower price cap on Russian oil even without Washington, three people briefed on the talks said on Thursday.",
      "US Treasury Secretary Scott Bessent has not said where he stands.",
      '"The cap should fall to $45," one of the sources said.')  # fmt: skip
quote(SOURCE, "They were handed over at a checkpoint near Jolo", ["a senior police official", "an official"], ["a senior army official", "Abu Rami"],
      "Militants freed two German hostages on Friday, a senior police official said, hours after a spokesman for the group, Abu Rami, threatened to kill one of them.",
      '"They were handed over at a checkpoint near Jolo," the official, who asked not to be identified, told AFP.')  # fmt: skip
quote(SOURCE, "Nobody expects a breakthrough this week", ["a diplomat", "an Asian diplomat"], ["a European diplomat"],
      "Two Asian diplomats briefed on the negotiations said the sides had not agreed on a text.",
      '"Nobody expects a breakthrough this week," one of the diplomats said.')  # fmt: skip
quote(SOURCE, "dead in the water", ["an official"], ["a senior official", "a Chinese official"],
      "Two US officials said on Monday that the proposal had been shelved.",
      'One of the officials told Reuters the plan was "dead in the water" in its current form.')  # fmt: skip
quote(SOURCE, "The president will not sign it", ["an aide"], ["Susie Wiles"],
      "White House chief of staff Susie Wiles met Senate leaders on Wednesday.",
      '"The president will not sign it," another aide said.')  # fmt: skip
quote(SOURCE, "Both sides are tired", ["a Western diplomat"], ["an Arab diplomat"],
      "A Western diplomat in Doha said the mediators had drafted a new text.",
      '"Both sides are tired," the diplomat added.')  # fmt: skip
quote(SOURCE, "We are close on prisoners but far apart on maps", ["a negotiator"], ["a Hamas negotiator"],
      "Israeli negotiators returned from Cairo on Thursday.",
      '"We are close on prisoners but far apart on maps," said one of the negotiators.')  # fmt: skip
quote(SOURCE, "The ministry will respond in writing", [], ["a source", "an official"],
      "Three sources said the ministry had received the complaint.",
      '"The ministry will respond in writing," Maria Lopez, a ministry spokeswoman, said.')  # fmt: skip
quote(SOURCE, "the freeze stays until May", ["a source"], ["an official"],
      "Two sources familiar with the matter said the budget talks had failed.",
      'One of the sources said "the freeze stays until May".')  # fmt: skip
quote(SOURCE, "No decision has been taken", [], ["a Turkish official"],
      "A Greek official said the talks would go on in Athens.",
      '"No decision has been taken," the official said.')  # fmt: skip

# continued-quote: a bare quote after the body's or the source's quote
quote(CONTINUED, "We will raise it at the summit.", ["a source"], ["Kaja Kallas"],
      "Most EU members want a lower cap on Russian crude, four people familiar with the talks said.",
      "EU foreign policy chief Kaja Kallas has backed the idea in public.",
      '"There is broad support for $45," one of the sources said. "We will raise it at the summit."')  # fmt: skip
quote(CONTINUED, "The truce must hold in El Fasher first.", ["Rapid Support Forces"], ["Sudanese army"],
      "The Sudanese army rejected the proposal on Wednesday.",
      'The Rapid Support Forces took a different line. "We accept the humanitarian pause," the paramilitary group said in a statement.',
      '"The truce must hold in El Fasher first."')  # fmt: skip
quote(CONTINUED, "Our members remain committed.", ["OPEC+"], [],
      "OPEC+ kept its output policy unchanged on Sunday.",
      '"The market is balanced," the group said. "Prices reflect that." "Our members remain committed."')  # fmt: skip
quote(CONTINUED, "The door is open.", ["an official"], ["a senior official"],
      "Two officials said on Monday that talks could resume.",
      '"We have sent the draft," one of the officials said. "The door is open."')  # fmt: skip
quote(CONTINUED, "We expect an answer by Friday.", [], ["a source"],
      "Two sources said the buyers had made a new offer.",
      '"The offer is on the table," one of the sources said.',
      'Company spokeswoman Lena Hart said the board would meet on Thursday. "We expect an answer by Friday."')  # fmt: skip
quote(CONTINUED, "That is final.", [], ["a source"],
      "Two sources said the buyers had made a new offer.",
      '"The offer is on the table," one of the sources said.',
      '"We have no comment," said Lena Hart, a company spokeswoman.',
      '"That is final."')  # fmt: skip
quote(CONTINUED, "It cannot wait.", [], ["an official"],
      "Two officials said on Monday that talks could resume.",
      '"We have sent the draft," one of the officials said, while Foreign Minister Ana Ruiz urged patience. "It cannot wait."')  # fmt: skip
quote(CONTINUED, "Nothing has changed.", [], ["M23"],
      "The M23 rebels said on Saturday they would pull out of Goma.",
      '"We keep our word," the rebel group said.',
      "Congo's government doubted the pledge.",
      '"Nothing has changed."')  # fmt: skip
quote(CONTINUED, "We will not be moved.", ["Houthis"], ["US Central Command"],
      "US Central Command said on Tuesday that two drones had been shot down.",
      'The Houthis said they had fired the drones. "The ships of the enemy are legitimate targets," their statement said.',
      '"We will not be moved."')  # fmt: skip
quote(CONTINUED, "Production will rise again in August.", ["OPEC+"], ["Saudi Arabia"],
      "Saudi Arabia hosted the online meeting of the OPEC+ alliance on Saturday.",
      'In its statement the group pointed to "healthy market fundamentals".',
      '"Production will rise again in August."')  # fmt: skip
quote(CONTINUED, "We stand ready.", [], ["NATO"],
      "NATO said its jets had intercepted Russian aircraft over the Baltic.",
      '"The alliance is vigilant," the alliance said. Russia\'s defence ministry denied any violation.',
      '"We stand ready."')  # fmt: skip

quote(CONTINUED, "We have accepted every proposal put to us.", ["Hamas"], ["Egypt"],
      "Hamas said on Sunday that the talks hosted by Egypt in Cairo had stalled.",
      '"The occupation is stalling," the group said in a statement. "We have accepted every proposal put to us."')  # fmt: skip
quote(CONTINUED, "Hungary is the last hurdle.", ["a senior EU official"], ["a Hungarian official", "Viktor Orban"],
      "A senior EU official said the sanctions package was nearly ready, despite objections from Prime Minister Viktor Orban.",
      '"We need one more week," the official said.',
      '"Hungary is the last hurdle."')  # fmt: skip
quote(CONTINUED, "The owners are listening.", ["a person"], ["an owner"],
      "Two people familiar with the bid said the offer valued the club at $2 billion.",
      '"It is a serious offer," one of the people said. "The owners are listening."')  # fmt: skip
quote(CONTINUED, "Washington has to decide.", ["a diplomat", "a European diplomat"], ["an American diplomat"],
      "Three European diplomats said the bloc was ready to lower the cap on its own.",
      '"We have waited long enough," said one of the diplomats.',
      '"Washington has to decide."')  # fmt: skip
quote(CONTINUED, "The ball is in Kinshasa's court.", ["M23"], ["Felix Tshisekedi"],
      "The M23 rebels announced their pull-out from Goma on Saturday, days after President Felix Tshisekedi rejected direct talks.",
      '"We have withdrawn," the rebel group said on X. "The ball is in Kinshasa\'s court."')  # fmt: skip


# same-phrase: the value is the phrase the sentence gives, or "his NOUN" for "X's NOUN"
quote(SAME, "a long-time associate", ["the government's listing"], ["the government's spokesman"],
      "Britain froze the assets of seven more businessmen on Thursday.",
      'Among them is the steel magnate, whom the government\'s listing describes as "a long-time associate" of the Kremlin.')  # fmt: skip
quote(SAME, "zero deficit by December", ["Javier Milei's team"], ["Javier Milei's spokesman", "Luis Caputo's team"],
      "Economy Minister Luis Caputo presented the figures on Monday.",
      'When President Javier Milei announced the spending cuts in March, his team promised "zero deficit by December".')  # fmt: skip
quote(SAME, "a joint plan by spring", [], ["Emmanuel Macron's team"],
      "The two governments have argued over defence spending for months.",
      'When Emmanuel Macron met Olaf Scholz in Berlin, his team promised "a joint plan by spring".')  # fmt: skip
quote(SAME, "constructive and frank", ["Mette Frederiksen's office"], ["Mette Frederiksen's party"],
      "Denmark and Greenland agreed to meet again in June.",
      'After Prime Minister Mette Frederiksen returned from Nuuk, her office said the visit had been "constructive and frank".')  # fmt: skip
quote(SAME, "The worst is behind us", ["the finance ministry's statement"], ["the central bank's statement"],
      "Inflation eased to 3 per cent in May, the statistics office said.",
      '"The worst is behind us," the finance ministry\'s statement said.')  # fmt: skip
quote(SAME, "The decree has no legal basis", ["the court's ruling"], ["the court's president"],
      "The constitutional court sat for two days before deciding.",
      '"The decree has no legal basis," the court\'s ruling said.')  # fmt: skip
quote(SAME, "more than any rival this quarter", ["Bernie Sanders's campaign"], ["Bernie Sanders's wife"],
      "Fundraising figures for the quarter were due on Monday.",
      'Hours after Senator Bernie Sanders spoke in Iowa, his campaign said it had raised "more than any rival this quarter".')  # fmt: skip
quote(SAME, "fully behind", ["Angela Merkel's spokesman"], ["Angela Merkel's deputy"],
      "European leaders met in Brussels to discuss the rescue package.",
      'Chancellor Angela Merkel was not at the meeting, but her spokesman said Berlin was "fully behind" the plan.')  # fmt: skip
quote(SAME, "warm and productive", [], ["Kamala Harris's aides"],
      "The vice president spent two days in London.",
      'When Kamala Harris met Rishi Sunak at Downing Street, her aides described the talks as "warm and productive".')  # fmt: skip
quote(SAME, "No vessel entered the zone", ["the navy's statement"], ["the army's statement"],
      "Both services reported on the incident on Friday.",
      '"No vessel entered the zone," the navy\'s statement said.')  # fmt: skip
quote(SAME, "We will not negotiate under fire", ["Benjamin Netanyahu's office"], ["Yoav Gallant's office"],
      "Defence Minister Yoav Gallant visited troops in the south on Sunday.",
      'Prime Minister Benjamin Netanyahu did not speak in public, but his office said "We will not negotiate under fire" in a short post.')  # fmt: skip

quote(SAME, "We are reviewing the verdict with our lawyers", ["the club's statement"], ["the league's statement"],
      "The league fined the club for breaking spending rules on Tuesday.",
      '"We are reviewing the verdict with our lawyers," the club\'s statement said.')  # fmt: skip
quote(SAME, "a warning to the opposition", ["Yoon Suk Yeol's office"], ["Han Duck-soo's office"],
      "The national assembly voted down the decree within hours.",
      'After President Yoon Suk Yeol lifted martial law, his office said the decree had been "a warning to the opposition".')  # fmt: skip

quote(SAME, "a productive conversation", [], ["Donald Trump's office"],
      "The two men last spoke in August.",
      'When Donald Trump called Putin on Tuesday, his office described it as "a productive conversation".')  # fmt: skip


# agent-frame: "X's spokesman was brief:" is not X's; "X's reply was short:" is
quote(AGENT, "The talks went well and will continue", [], ["Friedrich Merz"],
      "Friedrich Merz met Keir Starmer in Berlin on Wednesday.",
      'Merz\'s spokesman was brief: "The talks went well and will continue."')  # fmt: skip
quote(AGENT, "The prime minister will not sign this text", [], ["Giorgia Meloni"],
      "Giorgia Meloni arrived late for the second day of the summit.",
      'Meloni\'s office was blunt: "The prime minister will not sign this text."')  # fmt: skip
quote(AGENT, "Our client has done nothing wrong", [], ["Imran Khan"],
      "Former prime minister Imran Khan was sentenced to 14 years on Friday.",
      'Khan\'s lawyers were defiant: "Our client has done nothing wrong."')  # fmt: skip
quote(AGENT, "He has given away far too much", [], ["Rishi Sunak"],
      "Rishi Sunak unveiled the deal with Brussels in Windsor.",
      'On Tuesday, Sunak\'s critics in the party were scathing: "He has given away far too much."')  # fmt: skip
quote(AGENT, "The president is resting and in good spirits", [], ["Joe Biden"],
      "President Joe Biden tested positive for the virus on Wednesday.",
      'Biden\'s physician was reassuring: "The president is resting and in good spirits."')  # fmt: skip
quote(AGENT, "She will appeal within the week", [], ["Marine Le Pen"],
      "Marine Le Pen was barred from running for office for five years.",
      'Le Pen\'s lawyer had one line for reporters: "She will appeal within the week."')  # fmt: skip
quote(AGENT, "We expect a decision by Friday", [], ["Benjamin Netanyahu"],
      "Benjamin Netanyahu met the hostage families in Jerusalem.",
      'Netanyahu\'s aides were cautious: "We expect a decision by Friday."')  # fmt: skip
quote(AGENT, "The chancellor has full confidence in the minister", [], ["Olaf Scholz"],
      "Olaf Scholz did not take questions after the cabinet meeting.",
      'Scholz\'s deputy spokeswoman was firm: "The chancellor has full confidence in the minister."')  # fmt: skip
quote(AGENT, "This verdict is political", [], ["Jair Bolsonaro"],
      "The supreme court convicted Jair Bolsonaro on Thursday.",
      'After the ruling, Bolsonaro\'s son was furious: "This verdict is political."')  # fmt: skip
quote(AGENT, "He will be back on the trail next week", [], ["Donald Trump"],
      "Donald Trump cancelled two rallies on Sunday.",
      'Trump\'s campaign was upbeat: "He will be back on the trail next week."')  # fmt: skip
quote(AGENT, "Europe will defend its industry", ["Emmanuel Macron"], ["Xi Jinping"],
      "Emmanuel Macron met Xi Jinping in Paris on Monday.",
      'Macron\'s message to his guest was plain: "Europe will defend its industry."')  # fmt: skip
quote(AGENT, "We are ready to talk without conditions", ["Vladimir Putin"], ["Donald Trump"],
      "Vladimir Putin answered Donald Trump's letter on Friday.",
      'Putin\'s reply was short: "We are ready to talk without conditions."')  # fmt: skip
quote(AGENT, "Armenia must choose", ["Ilham Aliyev"], ["Nikol Pashinyan"],
      "Nikol Pashinyan spoke for twenty minutes; Ilham Aliyev spoke after him.",
      'Aliyev\'s answer was shorter: "Armenia must choose."')  # fmt: skip
quote(AGENT, "We will not pay for Russia's war", ["Bart De Wever"], ["Ursula von der Leyen"],
      "Ursula von der Leyen presented the loan plan to the leaders.",
      'De Wever\'s verdict was swift: "We will not pay for Russia\'s war."')  # fmt: skip
quote(AGENT, "Peace needs justice", ["Cyril Ramaphosa"], ["Paul Kagame"],
      "Paul Kagame and Cyril Ramaphosa both addressed the summit.",
      'Ramaphosa\'s message was simple: "Peace needs justice."')  # fmt: skip
quote(AGENT, "No deal is better than a bad deal", ["Theresa May"], ["Jean-Claude Juncker"],
      "Theresa May met Jean-Claude Juncker in Brussels.",
      'May\'s line was familiar: "No deal is better than a bad deal."')  # fmt: skip
quote(AGENT, "The tariffs stay until China moves", ["Scott Bessent"], ["He Lifeng"],
      "Scott Bessent and He Lifeng met for two days in Stockholm.",
      'Bessent\'s summary was blunt: "The tariffs stay until China moves."')  # fmt: skip
quote(AGENT, "The border stays closed", ["Donald Tusk"], ["Alexander Lukashenko"],
      "Donald Tusk visited the frontier with Belarus, whose leader Alexander Lukashenko he blames for the crossings.",
      'Tusk\'s response was firm: "The border stays closed."')  # fmt: skip
quote(AGENT, "We have to finish the job", ["Volodymyr Zelensky"], ["Mark Rutte"],
      "Volodymyr Zelensky addressed the NATO summit, chaired by Mark Rutte.",
      'Zelensky\'s plea was direct: "We have to finish the job."')  # fmt: skip
quote(AGENT, "Canada is not for sale", ["Mark Carney"], ["Donald Trump"],
      "Mark Carney met Donald Trump at the White House on Tuesday.",
      'Carney\'s reply was short: "Canada is not for sale."')  # fmt: skip


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
    print(f"{len(built.cases)} cases -> {OUT.name}")
