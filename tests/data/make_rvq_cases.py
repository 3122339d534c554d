# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Review set of session 26's quotes26 rules (``grounding_rvq.jsonl``): a quote a body speaks
through a common noun, an unnamed source's label, the phrase itself as the value, a colon
frame whose subject is someone's agent, and a quote that continues one of them
(:mod:`summarizer.verification.quotes.collective_speakers`, :mod:`unnamed_sources`,
:mod:`same_phrases`, :mod:`possessed_speakers`), written to break them, by category:

- ``rvq-body``: "the party said" for the AfD, "the movement" for Hamas, "the federation" for
  FIFA (a body's own kind of noun, not written in its acronym) must pass; a body named
  between without a body word ("the Red Cross", "Amnesty International") and a body's
  words another speaker reports must fail;
- ``rvq-source``: unnamed sources in other outlets' words must pass; two sources of the same
  noun introduced together, another qualifier, a named person, must fail;
- ``rvq-same``: "his/her NOUN" for "X's NOUN" in other shapes; a pronoun of the other sex,
  an owner named only as another's object, must fail;
- ``rvq-agent``: a relative sharing the owner's surname ("Trump's son Eric was blunt:") and
  the owner speaking after a clause about the agent must pass; agents the noun table lacks
  ("chief of staff", "foreign minister", "government") must fail for the owner;
- ``rvq-continued``: a bare quote continuing a body's or a source's quote in other layouts
  must pass; one after another speaker's report must fail.

Run ``python tests/data/make_rvq_cases.py`` to rebuild it. Every article below was written
for this set in its own words; each verdict is what a careful fact-checker reads in the text.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvq.jsonl")

built = SupportCases(
    "rvq",
    leads=[
        "BERLIN (Politics Desk) -",
        "By Tomasz Wierzbicki | The Northern Ledger",
        "From our correspondent in Beirut.",
        "MIDDAY WIRE | The Coastal Review",
        "Compiled from agency reports.",
    ],
)
BODY, SOURCE, SAME, AGENT, CONTINUED = (
    "rvq-body",
    "rvq-source",
    "rvq-same",
    "rvq-agent",
    "rvq-continued",
)


def quote(category: str, words: str, passes: list[str], fails: list[str], *paragraphs: str) -> None:
    built.quote(category, built.page(*paragraphs), words, passes, fails)


# rvq-body: a body's own kind of noun, and bodies standing between
quote(BODY, "We are now the second force in the country", ["AfD"], ["Friedrich Merz", "Germany"],
      "Friedrich Merz's conservatives won the election in Germany on Sunday, while the AfD doubled its share to 20.8 per cent.",
      '"We are now the second force in the country," the party said in a statement.')  # fmt: skip
quote(BODY, "a betrayal of the voters", ["SNP"], ["Keir Starmer", "Britain"],
      "Keir Starmer ruled out a second independence vote on a visit to Edinburgh on Monday.",
      "The SNP answered within the hour.",
      'The party called the decision "a betrayal of the voters".')  # fmt: skip
quote(BODY, "The occupation bears full responsibility", ["Hamas"], ["Israel", "Benjamin Netanyahu"],
      "Israel said on Tuesday it had struck targets in Khan Younis, and Prime Minister Benjamin Netanyahu vowed to press on.",
      "Hamas condemned the strikes.",
      '"The occupation bears full responsibility," the movement said on Telegram.')  # fmt: skip
quote(BODY, "no club will be punished for its players' nationality", ["FIFA"], ["Russia", "Gianni Infantino"],
      "FIFA met in Zurich on Thursday to rule on the appeal lodged by Russia.",
      '"We confirm that no club will be punished for its players\' nationality," the federation said.')  # fmt: skip
quote(BODY, "the Zionist enemy crossed every red line", ["Hezbollah"], ["Israel", "Lebanon"],
      "Israeli jets struck southern Lebanon overnight, and Hezbollah fired rockets in return.",
      'In a statement the militia said "the Zionist enemy crossed every red line".')  # fmt: skip
quote(BODY, "Supply will be cut by a further million barrels", ["OPEC"], ["Saudi Arabia", "Russia"],
      "OPEC, led by Saudi Arabia, met in Vienna on Sunday without Russia.",
      '"Supply will be cut by a further million barrels," the cartel said after the meeting.')  # fmt: skip
quote(BODY, "a pattern of deliberate attacks on civilians", [], ["Rapid Support Forces"],
      "The Rapid Support Forces seized the town of El Fasher last week, according to Amnesty International.",
      'The group said its researchers had found "a pattern of deliberate attacks on civilians".')  # fmt: skip
quote(BODY, "the bombardment must stop", [], ["Hamas"],
      "Hamas freed two hostages on Monday, and Doctors Without Borders said its clinic in Rafah had been hit.",
      'The organisation said "the bombardment must stop".')  # fmt: skip
quote(BODY, "revenge for our martyrs", [], ["Hamas"],
      "Hamas fired rockets at Ashkelon on Friday.",
      'The Israeli army said the group had promised "revenge for our martyrs" in a broadcast.')  # fmt: skip
quote(BODY, "We will answer at the time of our choosing", [], ["Abu Obeida", "Israel"],
      "Abu Obeida appeared in a video on Sunday, and Israel said it would keep up its strikes.",
      '"We will answer at the time of our choosing," the group said.')  # fmt: skip

# rvq-source: unnamed sources in other words
quote(SOURCE, "The ceasefire text is ready", ["a source"], ["Steve Witkoff", "an official"],
      "Sources close to the talks in Cairo said on Tuesday that the mediators had finished a draft, as US envoy Steve Witkoff flew in.",
      '"The ceasefire text is ready," one of the sources said.')  # fmt: skip
quote(SOURCE, "Ministers will not sign off before the budget", ["a Whitehall source", "a source"], ["a Treasury source"],
      "A Whitehall source said the review of the welfare cap had been delayed.",
      '"Ministers will not sign off before the budget," the source added.')  # fmt: skip
quote(SOURCE, "We lost contact at dawn", ["a military official"], ["a Qatari official", "a US official"],
      "A US official and a Qatari official confirmed the convoy had left Rafah, while a military official in Cairo said it had not arrived.",
      '"We lost contact at dawn," the military official said.')  # fmt: skip
quote(SOURCE, "There is no agreement yet", [], ["a US official"],
      "A US official and a Qatari official said on Monday the talks had resumed.",
      '"There is no agreement yet," the official said.')  # fmt: skip
quote(SOURCE, "Nothing will be announced before Monday", ["a person"], ["Lena Hart"],
      "Three people familiar with the matter said the merger was close, and the company's spokeswoman Lena Hart declined to comment.",
      '"Nothing will be announced before Monday," one of the people said.')  # fmt: skip
quote(SOURCE, "The border crossing reopens tomorrow", ["an Egyptian security source"], ["an Israeli security source"],
      "An Egyptian security source said trucks were lined up at Rafah.",
      '"The border crossing reopens tomorrow," the source said.')  # fmt: skip
quote(SOURCE, "The minister has not been told", ["an aide"], ["a minister", "a senior aide"],
      "Two aides to the minister said on Wednesday that the report had been leaked.",
      '"The minister has not been told," one aide said.')  # fmt: skip
quote(SOURCE, "We had no warning", [], ["an EU diplomat", "a diplomat"],
      "An EU diplomat said the sanctions package had been blocked again.",
      '"We had no warning," Slovak envoy Peter Kral told reporters.')  # fmt: skip
quote(SOURCE, "The list is being revised", ["a senior official"], ["a junior official", "an EU official"],
      "A senior official at the Commission confirmed on Friday that the list was not final.",
      '"The list is being revised," the senior official said.')  # fmt: skip

# rvq-same: the phrase as the value and "his/her NOUN"
quote(SAME, "a very productive exchange", [], ["Lula's aides"],
      "Spanish Prime Minister Pedro Sanchez flew to Brasilia on Monday.",
      'After meeting Lula, his aides described the talks as "a very productive exchange".')  # fmt: skip
quote(SAME, "We will not comment on leaks", [], ["Keir Starmer's office"],
      "Home Secretary Yvette Cooper was in Calais on Friday.",
      'Asked about Keir Starmer\'s plan, her office said: "We will not comment on leaks."')  # fmt: skip
quote(SAME, "The minister stands by every word", ["Rachel Reeves's office"], ["Keir Starmer's office"],
      "Keir Starmer defended the budget in the Commons on Wednesday.",
      'When Rachel Reeves was challenged on the figures, her office said: "The minister stands by every word."')  # fmt: skip
quote(SAME, "The chancellor remains confident", ["Friedrich Merz's spokesman"], ["Olaf Scholz's spokesman"],
      "Olaf Scholz sat in the front row as the vote was counted.",
      'After Friedrich Merz lost the first ballot, his spokesman said: "The chancellor remains confident."')  # fmt: skip
quote(SAME, "no threat to public safety", ["the police statement"], ["the council statement"],
      "The council closed the park on Sunday.",
      'The police statement said there was "no threat to public safety".')  # fmt: skip

# rvq-agent: colon frames whose subject is someone's agent
quote(AGENT, "My father has done nothing wrong", [], ["Donald Trump"],
      "Donald Trump was ordered to pay the fine on Friday.",
      'Trump\'s son Eric was blunt: "My father has done nothing wrong."')  # fmt: skip
quote(AGENT, "The chancellor will not be rushed", [], ["Friedrich Merz"],
      "Friedrich Merz met party leaders on Monday.",
      'Merz\'s chief of staff was brief: "The chancellor will not be rushed."')  # fmt: skip
quote(AGENT, "Moscow will respond to every provocation", [], ["Vladimir Putin"],
      "Vladimir Putin spoke to Donald Trump by phone on Tuesday.",
      'Putin\'s foreign minister was curt: "Moscow will respond to every provocation."')  # fmt: skip
quote(AGENT, "We will not be blackmailed", [], ["Viktor Orban"],
      "The Commission froze funds for Hungary on Thursday.",
      'Orban\'s government was defiant: "We will not be blackmailed."')  # fmt: skip
quote(AGENT, "The president has been clear", [], ["Donald Trump"],
      "Donald Trump left for Scotland on Friday.",
      'Trump\'s press secretary was firm: "The president has been clear."')  # fmt: skip
quote(AGENT, "Every option remains on the table", [], ["Benjamin Netanyahu"],
      "Benjamin Netanyahu met his security cabinet on Sunday.",
      'Netanyahu\'s defence minister was blunt: "Every option remains on the table."')  # fmt: skip
quote(AGENT, "The talks are over", [], ["Recep Tayyip Erdogan"],
      "Recep Tayyip Erdogan hosted the delegations in Istanbul.",
      'Erdogan\'s communications director was short: "The talks are over."')  # fmt: skip
quote(AGENT, "The prime minister has heard the party", [], ["Keir Starmer"],
      "Keir Starmer faced his backbenchers on Monday night.",
      'Starmer\'s chief whip was emollient: "The prime minister has heard the party."')  # fmt: skip
quote(AGENT, "My husband is a prisoner of conscience", [], ["Alexei Navalny"],
      "Alexei Navalny was moved to a prison in the Arctic.",
      'Navalny\'s wife Yulia was unbowed: "My husband is a prisoner of conscience."')  # fmt: skip
quote(AGENT, "He served his country", [], ["Bill Clinton"],
      "Bill Clinton testified on Tuesday.",
      'Clinton\'s wife Hillary was firm: "He served his country."')  # fmt: skip

# rvq-continued: a bare quote continuing a body's or a source's quote
quote(CONTINUED, "The truce is dead.", [], ["Hamas"],
      "Hamas fired rockets at Ashkelon on Friday.",
      'The Israeli army said the group had promised "revenge for our martyrs". "The truce is dead."')  # fmt: skip
quote(CONTINUED, "We will see them in court.", ["AfD"], [],
      "Friedrich Merz ruled out any pact with the AfD on Monday.",
      '"We are the voice of the east," the party said. "We will see them in court."')  # fmt: skip
quote(CONTINUED, "Our fighters are ready.", ["Hezbollah"], ["Israel"],
      "Israel struck a village in southern Lebanon on Sunday, and Hezbollah answered with drones.",
      '"The enemy will pay," the movement said in a statement.',
      '"Our fighters are ready."')  # fmt: skip
quote(CONTINUED, "It will be signed in Doha.", ["a source"], ["Steve Witkoff"],
      "Sources close to the talks said a deal was near, as envoy Steve Witkoff arrived in Qatar.",
      '"The gaps are small," one of the sources said. "It will be signed in Doha."')  # fmt: skip
quote(CONTINUED, "That is our last word.", [], ["a source"],
      "Two sources said the buyers had made a new offer.",
      '"The offer is on the table," one of the sources said.',
      'The board rejected it on Friday, its chairman Paul Ames said. "That is our last word."')  # fmt: skip

# rvq-body (more): a kind of body's noun for a name that writes none
quote(BODY, "Our members will not cross a picket line", ["NFL"], ["Roger Goodell"],
      "Commissioner Roger Goodell met the players in New York on Tuesday, and the NFL later cancelled the game.",
      '"Our members will not cross a picket line," the league said.')  # fmt: skip
quote(BODY, "no member state will be left behind", ["ASEAN"], ["Indonesia", "Malaysia"],
      "ASEAN leaders met in Kuala Lumpur on Sunday; Malaysia holds the chair and Indonesia pressed for a faster timetable.",
      'The association said in its closing text that "no member state will be left behind".')  # fmt: skip
quote(BODY, "The ships of the aggressors are targets", ["Houthis"], ["Yemen", "Saudi Arabia"],
      "Saudi Arabia reopened its embassy in Yemen on Friday, and the Houthis fired missiles at a tanker the same day.",
      '"The ships of the aggressors are targets," the movement said.')  # fmt: skip
quote(BODY, "the election was stolen from our voters", ["ANC"], ["South Africa", "Cyril Ramaphosa"],
      "President Cyril Ramaphosa of South Africa conceded on Sunday that the ANC had lost its majority.",
      'A day later the party said "the election was stolen from our voters" in three provinces.')  # fmt: skip

# rvq-source (more)
quote(SOURCE, "The vote will slip to next week", ["a Democratic aide", "an aide"], ["a Republican aide", "Chuck Schumer"],
      "A Democratic aide said Senate leader Chuck Schumer had not yet counted the votes.",
      '"The vote will slip to next week," the aide told Politico.')  # fmt: skip
quote(SOURCE, "We were told to stand down", ["a soldier"], ["an officer"],
      "Four soldiers who served at the base spoke to the BBC on condition of anonymity.",
      '"We were told to stand down," one of the soldiers recalled.')  # fmt: skip

# rvq-same (more)
quote(SAME, "a serious breach of protocol", [], ["Emmanuel Macron's office"],
      "Emmanuel Macron hosted the summit in Paris on Monday.",
      'When Giorgia Meloni was left off the list, her office called it "a serious breach of protocol".')  # fmt: skip
quote(SAME, "The senator will vote no", ["John Thune's office"], ["Chuck Schumer's office"],
      "Chuck Schumer pressed for a vote on Friday.",
      'Once John Thune had read the bill, his office said: "The senator will vote no."')  # fmt: skip
quote(SAME, "The treaty must be ratified this year", ["the ministry's statement"], ["the embassy's statement"],
      "The embassy in Oslo confirmed the date of the signing.",
      '"The treaty must be ratified this year," the ministry\'s statement said.')  # fmt: skip
quote(SAME, "We will appeal", ["Elon Musk's lawyers"], ["Sam Altman's lawyers"],
      "A jury in Oakland sided with OpenAI and Sam Altman on Wednesday.",
      'As Elon Musk left the court, his lawyers said: "We will appeal."')  # fmt: skip
quote(SAME, "The prime minister is recovering well", ["Mark Carney's office"], ["Pierre Poilievre's office"],
      "Pierre Poilievre wished the prime minister well on Tuesday.",
      'After Mark Carney was taken to hospital, his office said: "The prime minister is recovering well."')  # fmt: skip
quote(SAME, "He has no plans to resign", [], ["Olaf Scholz's spokesman"],
      "Olaf Scholz chaired the cabinet on Wednesday.",
      'Speaking of Olaf Scholz, his spokesman said: "He has no plans to resign."')  # fmt: skip
quote(SAME, "She will travel to Kyiv next week", [], ["Ursula von der Leyen's office"],
      "Kaja Kallas met ministers in Brussels on Monday.",
      'After a call with Ursula von der Leyen, her office said: "She will travel to Kyiv next week."')  # fmt: skip

quote(SAME, "The chancellor was misquoted", ["Rachel Reeves's spokesman"], ["Kemi Badenoch's spokesman"],
      "Kemi Badenoch accused the government of a U-turn on Tuesday.",
      'Once Rachel Reeves had seen the story, her spokesman said: "The chancellor was misquoted."')  # fmt: skip
quote(SAME, "the court's order will be respected", ["the government's statement"], ["the court's statement"],
      "The court ordered the release of the detainees on Monday.",
      'The government\'s statement said that "the court\'s order will be respected".')  # fmt: skip
quote(SAME, "The governor has signed the bill", ["Gavin Newsom's office"], ["Donald Trump's office"],
      "Donald Trump threatened to withhold federal funds from California.",
      'When Gavin Newsom was back in Sacramento, his office said: "The governor has signed the bill."')  # fmt: skip

# rvq-agent (more): the owner's own words in a colon frame, which no agent speaks
quote(AGENT, "We will not be lectured", ["Vladimir Putin"], ["Sergei Lavrov"],
      "Sergei Lavrov briefed Vladimir Putin on the talks.",
      'Putin\'s reply to the foreign minister was short: "We will not be lectured."')  # fmt: skip
quote(AGENT, "Inflation is not yet beaten", ["Christine Lagarde"], ["Rachel Reeves"],
      "Christine Lagarde met Rachel Reeves in Frankfurt on Thursday.",
      'Lagarde\'s warning to finance ministers was stark: "Inflation is not yet beaten."')  # fmt: skip
quote(AGENT, "Hungary will not pay", ["Viktor Orban"], ["Ursula von der Leyen"],
      "Ursula von der Leyen wrote to Viktor Orban on Monday.",
      'Orban\'s answer to the Commission was defiant: "Hungary will not pay."')  # fmt: skip
quote(AGENT, "The budget is fair", ["Keir Starmer"], ["Rachel Reeves"],
      "Keir Starmer defended Rachel Reeves at Prime Minister's Questions.",
      'Starmer\'s message to his backbenchers was simple: "The budget is fair."')  # fmt: skip
quote(AGENT, "No army will cross the Dnipro", [], ["Vladimir Putin"],
      "Volodymyr Zelensky visited the front as Vladimir Putin met his generals.",
      'Zelensky\'s vow to the soldiers was plain: "No army will cross the Dnipro."')  # fmt: skip
quote(AGENT, "I will not resign", ["Pedro Sanchez"], ["Alberto Nunez Feijoo"],
      "Alberto Nunez Feijoo called for early elections on Wednesday.",
      'Sanchez\'s response in parliament was firm: "I will not resign."')  # fmt: skip
quote(AGENT, "Brazil does not take orders", [], ["Donald Trump"],
      "Donald Trump raised tariffs on Brazil to 50% on Wednesday.",
      'Lula\'s retort to the White House was quick: "Brazil does not take orders."')  # fmt: skip
quote(AGENT, "The deal is done", [], ["Shigeru Ishiba"],
      "Donald Trump and Shigeru Ishiba agreed the tariff cut on Tuesday.",
      'Trump\'s post after the call with the ministers was short: "The deal is done."')  # fmt: skip
quote(AGENT, "The Greenlanders decide", ["Mette Frederiksen"], ["Donald Trump"],
      "Donald Trump renewed his offer for Greenland on Monday.",
      'Frederiksen\'s verdict on the government in Washington was curt: "The Greenlanders decide."')  # fmt: skip
quote(AGENT, "We are ready to talk", [], ["Donald Trump"],
      "Donald Trump said on Sunday that Iran wanted a deal.",
      'Pezeshkian\'s tone with the negotiators was calm: "We are ready to talk."')  # fmt: skip

quote(AGENT, "Europe must pay for its own defence", ["Mark Rutte"], ["Pete Hegseth"],
      "Pete Hegseth met Mark Rutte in Brussels on Thursday.",
      'Rutte\'s answer to the defence ministers was blunt: "Europe must pay for its own defence."')  # fmt: skip
quote(AGENT, "The rate stays where it is", ["Andrew Bailey"], ["Rachel Reeves"],
      "Rachel Reeves met Andrew Bailey on Monday.",
      'Bailey\'s verdict was cautious: "The rate stays where it is."')  # fmt: skip
quote(AGENT, "Poland will build the wall", ["Donald Tusk"], ["Alexander Lukashenko"],
      "Donald Tusk toured the border with Belarus, whose ruler Alexander Lukashenko he blames for the crossings.",
      'Tusk\'s reply to the secretary of state was short: "Poland will build the wall."')  # fmt: skip
quote(AGENT, "Spain will not spend five per cent", ["Pedro Sanchez"], ["Mark Rutte"],
      "Pedro Sanchez wrote to Mark Rutte before the summit.",
      'Sanchez\'s position was unchanged: "Spain will not spend five per cent."')  # fmt: skip

# rvq-continued (more)
quote(CONTINUED, "The venue stays in Zurich.", ["FIFA"], ["Russia"],
      "FIFA heard the appeal lodged by Russia on Thursday.",
      '"The ruling is final," the federation said.',
      '"The venue stays in Zurich."')  # fmt: skip
quote(CONTINUED, "Both drafts are on the table.", ["a diplomat"], ["Kaja Kallas"],
      "Three diplomats said the talks on the sanctions package would go on, while Kaja Kallas left for Kyiv.",
      '"We are close," one of the diplomats said. "Both drafts are on the table."')  # fmt: skip
quote(CONTINUED, "It is a matter of days.", ["a Whitehall source"], ["Rachel Reeves"],
      "A Whitehall source said the review would be published soon, after Rachel Reeves signed it off.",
      '"The text is final," the source said. "It is a matter of days."')  # fmt: skip
quote(CONTINUED, "We have waited long enough.", ["Hamas"], ["Qatar"],
      "Qatar hosted the talks on Monday, and Hamas sent its negotiators.",
      '"The ball is in Israel\'s court," the movement said.',
      '"We have waited long enough."')  # fmt: skip
quote(CONTINUED, "The fund will be ready in June.", ["a senior official"], ["a junior official"],
      "A senior official at the Commission said on Friday that the loan had been agreed.",
      '"Every state signed," the official said. "The fund will be ready in June."')  # fmt: skip
quote(CONTINUED, "This was no accident.", [], ["Hezbollah"],
      "Hezbollah fired drones at northern Israel on Sunday.",
      'The Israeli army said the movement had threatened "a long war". "This was no accident."')  # fmt: skip
quote(CONTINUED, "They chose escalation.", [], ["Houthis"],
      "The Houthis fired a missile at a tanker on Friday.",
      'The US Navy said the movement had called the ship "a legitimate target". "They chose escalation."')  # fmt: skip
quote(CONTINUED, "The match will be replayed.", [], ["FIFA"],
      "FIFA heard the appeal on Thursday.",
      '"The ruling is final," the federation said.',
      'UEFA disagreed within hours, its president Aleksander Ceferin said. "The match will be replayed."')  # fmt: skip
quote(CONTINUED, "We will see.", [], ["AfD"],
      "The AfD won 20 per cent of the vote.",
      '"We are the second force," the party said.',
      'Friedrich Merz, the winner, was asked about a coalition with Olaf Scholz on Monday night. "We will see."')  # fmt: skip

quote(CONTINUED, "Members will be told on Monday.", ["ASEAN"], ["Malaysia"],
      "ASEAN ministers met on Sunday; Malaysia holds the chair.",
      '"A text has been agreed," the association said. "Members will be told on Monday."')  # fmt: skip
quote(CONTINUED, "There is no second offer.", ["an aide"], ["Mike Johnson"],
      "Two aides to Speaker Mike Johnson said the package was final.",
      '"This is it," one of the aides said.',
      '"There is no second offer."')  # fmt: skip


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
    print(f"{len(built.cases)} cases -> {OUT.name}")
