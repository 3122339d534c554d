# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the days-6 set (``grounding_days6.jsonl``), written after outside checks 24 and 25:
ends and deadlines read as starts, speakers whose surname has a particle, a transcript's
announced speaker, and fractions of a scale word, by category:

- ``clause-days``: an event's day in its own clause, or in a relative clause that tells the
  event itself ("Fighting that erupted on Sunday killed 12", described as the fighting that
  erupted) or whose head noun is the event, the rest of the sentence naming nothing else of
  it ("the strike that killed 12 people on Sunday targeted militants") (pass); a day inside a relative clause or a participle phrase about another thing
  ("called on Israel to commit to a ceasefire deal that went into effect in the early morning
  hours", "The crisis sparked by those statements on Saturday was resolved") (fail);
- ``end-days``: a truce's start written after "from", "at", "since", "starting", a negated
  or delayed "until" (pass); a day, a holiday's day or a clock time on a day written as the
  truce's end ("till the end of Ramadan", "until 6pm on Sunday") or as a deadline to sign or
  answer ("have until 6pm on Friday to sign") (fail);
- ``old-plans``: a meeting's time after "postponed to", "is now scheduled for", "will now
  take place", a plan that went ahead, or one called off with no new day (still the day it
  was planned for: the days-4 rule) (pass); a postponed or moved meeting's old time told as
  a past plan ("was due to host the meeting ... in August", "It was to take place on March
  12", "scheduled to take place on December 4 and 5 ..., has been postponed") when an
  evidence sentence tells the delay (fail);
- ``particle-names``: a quote's speaker whose surname has a particle ("bin", "de", "van der",
  "von der", "da", "de la"), named in full or without the part after the particle ("Ana
  Torres" for "Ana Torres de Silva") (pass); another person of the same particle surname with
  another first name, named elsewhere in the article (fail); the verb after a long name
  with particles ("That is how Foreign Minister Elena Vargas de la Cruz explained") too;
- ``initials``: a quote said by a name's initials in capitals ("AMLO", "JFK", "MBS"), the
  article writing the full name of three or more words (pass); initials never tied to a full
  name in the article, another person's, a two-word name's ("BJ"), initials inside another
  name or a possessive ("the FDR Library", "AMLO's spokesman"), a quote that only names them
  (fail);
- ``transcript-headers``: a transcript's unquoted lines under a sentence announcing it ("The
  following is a near-verbatim transcript of today's noon briefing by X, Spokesperson ...",
  "Transcript of the noon briefing by spokesman X.") are X's (pass); a person those lines
  name, a quote in marks with its own speaker, a labelled question, a story that only tells
  of a transcript ("Reporters received a transcript of ... by X late on Tuesday"), lines before the sentence
  (fail);
- ``scaled-fractions``: counts written "a quarter of a million", "half a million", "three
  quarters of a million", "a quarter-million" (pass); the whole scale, another fraction, a
  wrong power of ten, the wrong qualifier (fail).

Run ``python tests/data/make_days6_cases.py`` to rebuild it. Every article below was written
for this set (fictional outlets and people, or public figures in invented sentences); each
verdict is what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, verdicts

OUT = Path(__file__).with_name("grounding_days6.jsonl")

LEADS = [
    "Coastline Courier | Region",
    "From the Highland Ledger desk.",
    "Morning digest of the Delta Tribune.",
    "Northern Gazette, from the Arabic service.",
]

built = SupportCases("d6", LEADS, closing="More details are expected.")
add = built.add
article = built.page


def starts(value: str, sentence: str, expect: bool) -> None:
    fact = {"kind": None, "starts": value, "evidence": [sentence]}
    add("end-days", expect, f"starts {value!r}: {sentence[:60]}", article(sentence),
        {"ceasefires": [fact]}, "ceasefires[0].starts")  # fmt: skip


# fmt: off
START_PASS = [
    ("Monday", "The truce runs from Monday till the end of Ramadan, the army said."),
    ("Friday", "The truce takes effect at 6pm on Friday and runs until Sunday."),
    ("Friday", "Starting at 18:00 GMT on Friday, both sides will hold their fire until the end of Eid."),
    ("Wednesday", "The pause will not begin until 6pm on Wednesday, the mediators said."),
    ("Sunday", "Both sides have until Saturday to sign; the truce itself begins at dawn on Sunday."),
    ("Tuesday", "The ceasefire, in force since 8pm on Tuesday, is to last until the end of the holiday."),
    ("March 3", "From 9pm on March 3 until the end of Nowruz, the guns are to fall silent."),
    ("Saturday", "The truce was postponed until 6am on Saturday after last-minute haggling."),
    ("Thursday", "Under the deal, a ceasefire took hold at 5 p.m. on Thursday and lasts till the second day of Eid."),
    ("Monday", "Militias agreed on Sunday to a truce beginning at noon on Monday and lasting until the end of the month."),
    ("Friday", "A holiday truce comes into force on Friday at 10pm and will hold through the festival, officials said."),
]
START_FAIL = [
    ("the end of Ramadan", "The truce runs from Monday till the end of Ramadan, the army said."),
    ("second day of Eid ul Fitr", "Operations are suspended till the second day of Eid ul Fitr, the military said."),
    ("Friday", "Both sides have until 6pm on Friday to sign the truce, the mediators said."),
    ("Friday", "The rebels were given until 18:00 GMT on Friday to accept the ceasefire."),
    ("the end of Lent", "The ceasefire will last until the end of Lent, church leaders said."),
    ("Sunday", "The truce, which began on Thursday, will hold till 6am on Sunday."),
    ("Wednesday", "Militias have until 5 p.m. on Wednesday to withdraw under the ceasefire terms."),
    ("the third day of Eid", "The pause began on the first day of Eid and lasts till the third day of Eid."),
    ("Tuesday", "Negotiators have until midnight on Tuesday to close the ceasefire deal."),
    ("Christmas Day", "The army's truce lasts till Christmas Day, a spokesman said."),
    ("Saturday", "Hamas has until 10pm on Saturday to respond to the truce offer, Egypt said."),
    ("the end of Eid", "Both armies will hold their fire until the end of Eid, according to the mediators."),
]

def timing(value: str, sentences: list[str], expect: bool) -> None:
    """A summit of William Ruto and Yoweri Museveni planned for ``value``."""
    fact = {"parties": ["William Ruto", "Yoweri Museveni"], "planned_timing": value,
            "evidence": sentences}  # fmt: skip
    add("old-plans", expect, f"planned_timing {value!r}: {' '.join(sentences)[:60]}",
        article(*sentences), {"summits": [fact]}, "summits[0].planned_timing")  # fmt: skip


# A postponed meeting's old time, told in a past plan ("was due to host the meeting in August")
# beside the delay, in the same sentence or another one. Verdicts follow the earlier days
# rules: a postponed meeting's old day is not its time (days-5), a meeting called off with no
# new day keeps the day it was planned for (days-4), "was meant / supposed to" is superseded.
# Three cases first written as fails (called off, no new day) were moved to the passes on
# reading the days-4 rule, before the rule below was final.
PLAN_PASS = [
    ("December 4 and 5", ["The summit, postponed in May, is now scheduled for December 4 and 5."]),
    ("August", ["The leaders' meeting was postponed to August."]),
    ("August", ["Uganda was due to host the meeting of the region's leaders in August."]),
    ("Monday", ["The talks were scheduled for Monday and went ahead as planned."]),
    ("September", ["The summit was postponed from June; it will now take place in September."]),
    ("July", ["Kenya is due to host next year's summit in July, after this year's was cancelled."]),
    ("March", ["The forum had been scheduled for March, and it opened on schedule in Kampala."]),
    ("October", ["The summit has been postponed.", "It will be held in Entebbe in October instead."]),
    ("July", ["Originally planned for May, the summit was delayed until July."]),
    ("Friday", ["The meeting was rescheduled for Friday after the storm."]),
    ("Tuesday", ["Kenya was due to host the summit on Tuesday, and it went ahead despite the protests."]),
    # called off with no new day: still the day it was planned for (the days-4 rule)
    ("March 12", ["The summit was called off on Monday.", "It was to take place in Kampala on March 12."]),
    ("late June", ["Organisers cancelled the leaders' meeting.", "It had been planned for late June in Kisumu."]),
    ("Saturday", ["The leaders' meeting was cancelled at the last minute.", "It was expected to take place on Saturday in Nakuru."]),
]
PLAN_FAIL = [
    ("14 July", ["Kenya postponed the summit, which was set for 14 July, citing the outbreak."]),
    ("November", ["The two leaders were meant to meet in Jinja in November, but the meeting was scrapped."]),
    ("Friday", ["The presidents' meeting has been pushed back.", "It was slated for Friday."]),
    ("Thursday", ["The talks have been delayed indefinitely.", "They were supposed to open on Thursday in Arusha."]),
    ("August", ["Uganda has postponed this year's summit, possibly until next year.", "Uganda was due to host the meeting of the region's leaders in August."]),
    ("December 4 and 5", ["The summit, scheduled to take place on December 4 and 5 in Mombasa, has been postponed until next year."]),
    ("October", ["Officials postponed the summit until 2027.", "It had originally been scheduled for October."]),
    ("May", ["The summit, which was due to open in May, has been put off until the autumn."]),
    ("June 6", ["The leaders' meeting was pushed back to September.", "It was slated for Friday, June 6."]),
    ("March 12", ["The summit has been moved to Nairobi in October.", "It was to take place in Kampala on March 12."]),
    ("late June", ["Organisers postponed the forum until next spring.", "It had been planned for late June in Kisumu."]),
    ("Wednesday", ["The ministers' meeting was postponed to Friday.", "It was expected to take place on Wednesday in Nakuru."]),
    ("November", ["The two leaders were meant to meet in Jinja in November, but the meeting was delayed until January."]),
    ("December", ["Kenya has deferred the summit to 2027.", "Nairobi was due to host the leaders in December."]),
    ("Thursday", ["The talks, which were supposed to open on Thursday, were postponed until next week."]),
]

def when(value: str, sentence: str, what: str, expect: bool) -> None:
    fact = {"kind": "other", "description": what, "when": value, "evidence": [sentence]}
    add("clause-days", expect, f"when {value!r} for {what!r}: {sentence[:60]}", article(sentence),
        {"events": [fact]}, "events[0].when")  # fmt: skip


# (value, sentence, the event's description): a day inside a relative clause or a participle
# phrase ("a truce that went into effect at dawn", "the crisis sparked by the remarks on
# Saturday") dates the thing that clause tells of, not the sentence's own event.
CLAUSE_PASS = [
    ("Friday", "The ministry on Friday called on Israel to respect a truce that began at dawn.", "The ministry called on Israel to respect the truce"),
    ("Sunday night", "The crisis that began on Saturday was resolved on Sunday night.", "The crisis was resolved"),
    ("Sunday", "Fighting that erupted on Sunday killed 12 people in the border town.", "Fighting erupted in the border town"),
    ("Saturday", "The truce that took effect on Saturday was holding, monitors said.", "The truce took effect"),
    ("Monday", "Shelling that began on Monday forced thousands from the camp.", "Shelling began near the camp"),
    ("Tuesday", "The convoy, which was attacked on Tuesday, had left Goma at dawn.", "The convoy was attacked"),
    ("Thursday", "Rebels seized the airport on Thursday, which the army had held since May.", "Rebels seized the airport"),
    ("Wednesday", "Protests sparked by the killing on Wednesday spread to three cities.", "Protests were sparked by the killing"),
    ("on Sunday", "The strike that hit the market on Sunday killed nine people.", "A strike hit the market"),
    ("overnight", "Drones struck the port overnight, officials who visited the site on Monday said.", "Drones struck the port"),
    ("Friday", "On Friday the army shelled the villages that the rebels took in March.", "The army shelled the villages"),
    ("Sunday", "Israel said the strike that killed 12 people on Sunday targeted militants.", "Israeli strike on a school in Gaza"),
    ("Sunday", "The attack, which came on Sunday, killed nine traders.", "Attack on the market"),
]
CLAUSE_FAIL = [
    ("early morning hours", "The ministry on Friday called on Israel to commit to a ceasefire deal that went into effect in the early morning hours.", "The ministry called on Israel to commit to the ceasefire"),
    ("dawn", "On Friday the ministry called on Israel to respect a truce that began at dawn.", "The ministry called on Israel to respect the truce"),
    ("Saturday", "The crisis sparked by those statements on Saturday was resolved hours later.", "The crisis was resolved"),
    ("Saturday", "The crisis that began on Saturday was resolved on Sunday night.", "The crisis was resolved"),
    ("Thursday", "Aid agencies welcomed a truce that went into effect on Thursday.", "Aid agencies welcomed the truce"),
    ("Monday", "Villagers returned to homes that were shelled on Monday.", "Villagers returned home"),
    ("Tuesday", "The talks brokered by Qatar on Tuesday resumed in Doha a week later.", "The talks resumed in Doha"),
    ("March", "On Friday the army shelled the villages that the rebels took in March.", "The army shelled the villages"),
    ("Sunday", "The council condemned the raid, which killed seven people on Sunday.", "The council condemned the raid"),
    ("midnight", "Both sides accused each other of breaking a ceasefire which began at midnight.", "Both sides accused each other of violations"),
    ("Wednesday", "The envoy praised the deal signed by both leaders on Wednesday.", "The envoy praised the deal"),
    ("Monday", "Monitors said the truce that began on Monday was broken on Wednesday.", "The truce was broken"),
]

# (sentences, words quoted, speakers that pass, speakers that fail)
PARTICLES: list[tuple[list[str], str, list[str], list[str]]] = [
    (["Salem bin Mubarak, his cousin, stayed in Aden.", "\u201cThe truce holds,\u201d said Ahmed bin Mubarak, the prime minister."],
     "The truce holds,", ["Ahmed bin Mubarak"], ["Salem bin Mubarak"]),
    (["\u201cNo deal,\u201d said Ana Torres de Silva, the foreign minister.", "Her brother, Luis Torres de Silva, heads the senate."],
     "No deal,", ["Ana Torres de Silva", "Ana Torres"], ["Luis Torres"]),
    (["\u201cNot now.\u201d That is how Foreign Minister Elena Vargas de la Cruz explained the delay.", "Her predecessor, Rosa Vargas de la Cruz, had pushed for the summit."],
     "Not now.", ["Elena Vargas de la Cruz", "Elena Vargas"], ["Rosa Vargas"]),
    (["Lotte van den Broek, his predecessor, had opposed the talks.", "\u201cWe are not there yet,\u201d Deputy Foreign Minister Hugo van den Broek of the Netherlands told reporters."],
     "We are not there yet,", ["Hugo van den Broek"], ["Lotte van den Broek"]),
    (["\u201cNo deal.\u201d That is how Foreign Minister Ana Torres de Silva summed up the talks.", "Her brother, Luis Torres de Silva, chairs the senate."],
     "No deal.", ["Ana Torres de Silva", "Ana Torres"], ["Luis Torres"]),
    (["\u201cWe will not sign,\u201d said Tomas van Dijk, the chief negotiator.", "Sanne van Dijk, his sister, is a judge in Utrecht."],
     "We will not sign,", ["Tomas van Dijk"], ["Sanne van Dijk"]),
    (["\u201cWe remain hopeful,\u201d Dutch envoy Pieter van der Berg told reporters in Nairobi.", "His colleague Anna van der Berg stayed in The Hague."],
     "We remain hopeful,", ["Pieter van der Berg"], ["Anna van der Berg"]),
    (["Turki bin Farhan, a cousin, also attended.", "\u201cThe kingdom welcomes the ceasefire,\u201d Foreign Minister Faisal bin Farhan said."],
     "The kingdom welcomes the ceasefire,", ["Faisal bin Farhan"], ["Turki bin Farhan"]),
    (["\u201cEurope stands ready to help,\u201d Greta von Aalen, the commissioner, said on Tuesday.", "Karl von Aalen, her husband, is a surgeon."],
     "Europe stands ready to help,", ["Greta von Aalen"], ["Karl von Aalen"]),
    (["\u201cWe welcome the truce,\u201d said Joana da Costa Lima, the ministry's spokeswoman.", "Paulo da Costa Lima, the deputy minister, was absent."],
     "We welcome the truce,", ["Joana da Costa Lima"], ["Paulo da Costa Lima"]),
    (["Hamad bin Zayed, his brother, declined to comment.", "\u201cIt is a first step,\u201d Minister Omar bin Zayed said on Sunday."],
     "It is a first step,", ["Omar bin Zayed"], ["Hamad bin Zayed"]),
    (["\u201cWe are ready to sign,\u201d said Carlos Mendes de Oliveira, the chief negotiator.", "Rui Mendes de Oliveira, his father, founded the party."],
     "We are ready to sign,", ["Carlos Mendes"], ["Rui Mendes"]),
    (["\u201cTalks will resume next week,\u201d Marta de la Fuente wrote on X.", "Her deputy, Jorge de la Fuente, was not at the talks."],
     "Talks will resume next week,", ["Marta de la Fuente"], ["Jorge de la Fuente"]),
    (["Khalid bin Salman, the defence minister, was also present.", "\u201cThe kingdom supports the truce,\u201d Crown Prince Mohammed bin Salman said, according to state media."],
     "The kingdom supports the truce,", ["Mohammed bin Salman"], ["Khalid bin Salman"]),
]

# (sentences, words quoted, speakers that pass, speakers that fail): initials for a name
INITIALS: list[tuple[list[str], str, list[str], list[str]]] = [
    (["Mexican President Andr\u00e9s Manuel L\u00f3pez Obrador spoke on Monday.", "\u201cWe want peace,\u201d AMLO said."],
     "We want peace,", ["Andr\u00e9s Manuel L\u00f3pez Obrador"], []),
    (["\u201cWe want peace,\u201d AMLO said after the cabinet meeting."],
     "We want peace,", [], ["Andr\u00e9s Manuel L\u00f3pez Obrador"]),
    (["President John Fitzgerald Kennedy arrived in Berlin.", "Jacqueline Kennedy Onassis stayed in Washington.", "\u201cWe stand with you,\u201d JFK told the crowd."],
     "We stand with you,", ["John Fitzgerald Kennedy"], ["Jacqueline Kennedy Onassis"]),
    (["Crown Prince Mohammed bin Salman met Mohammed bin Zayed in Riyadh.", "\u201cThe kingdom backs the truce,\u201d MBS said."],
     "The kingdom backs the truce,", ["Mohammed bin Salman"], ["Mohammed bin Zayed"]),
    (["Mohammed bin Zayed hosted Mohammed bin Salman in Abu Dhabi.", "\u201cDialogue is the only way,\u201d MBZ said in a statement."],
     "Dialogue is the only way,", ["Mohammed bin Zayed"], ["Mohammed bin Salman"]),
    (["Franklin Delano Roosevelt addressed Congress on Monday.", "\u201cWe will not waver,\u201d FDR told the lawmakers."],
     "We will not waver,", ["Franklin Delano Roosevelt"], []),
    (["Franklin Delano Roosevelt addressed Congress on Monday.", "\u201cWe will not waver,\u201d the FDR Library said in a statement."],
     "We will not waver,", [], ["Franklin Delano Roosevelt"]),
    (["Lyndon Baines Johnson signed the bill in the Rose Garden.", "\u201cThis is a good day,\u201d LBJ said."],
     "This is a good day,", ["Lyndon Baines Johnson"], []),
    (["Lyndon Baines Johnson signed the bill in the Rose Garden.", "\u201cThis is a good day,\u201d an LBJ aide said."],
     "This is a good day,", [], ["Lyndon Baines Johnson"]),
    (["Andr\u00e9s Manuel L\u00f3pez Obrador visited the border.", "AMLO told reporters: \u201cWe will not back down.\u201d"],
     "We will not back down.", ["Andr\u00e9s Manuel L\u00f3pez Obrador"], []),
    (["Andr\u00e9s Manuel L\u00f3pez Obrador visited Oaxaca.", "\u201cWe are ready,\u201d said AMLO, speaking in Oaxaca."],
     "We are ready,", ["Andr\u00e9s Manuel L\u00f3pez Obrador"], []),
    (["Andr\u00e9s Manuel L\u00f3pez Obrador stayed in the capital.", "\u201cWe want peace,\u201d AMLO\u2019s spokesman Jes\u00fas Ram\u00edrez said."],
     "We want peace,", ["Jes\u00fas Ram\u00edrez"], ["Andr\u00e9s Manuel L\u00f3pez Obrador"]),
    (["Boris Johnson flew to Kyiv on Saturday.", "\u201cGet it done,\u201d BJ said."],
     "Get it done,", [], ["Boris Johnson"]),
    (["Andr\u00e9s Manuel L\u00f3pez Obrador left office in 2024.", "\u201cAMLO was right,\u201d Claudia Sheinbaum said."],
     "AMLO was right,", ["Claudia Sheinbaum"], ["Andr\u00e9s Manuel L\u00f3pez Obrador"]),
    (["Prime Minister Kamla Persad Bissessar met Keith Rowley.", "\u201cOur waters are safe,\u201d KPB said."],
     "Our waters are safe,", ["Kamla Persad Bissessar"], ["Keith Rowley"]),
    (["Kenyan opposition leader Raila Amolo Odinga joined the talks.", "\u201cWe will sign,\u201d RAO said."],
     "We will sign,", ["Raila Amolo Odinga"], []),
]

# (paragraphs, [(words, speakers that pass, speakers that fail)]): a transcript's lines
TRANSCRIPTS: list[tuple[list[str], list[tuple[str, list[str], list[str]]]]] = [
    (["The following is a near-verbatim transcript of today\u2019s noon briefing by Lena Okafor, Spokesperson for the Secretary-General.",
      "Good afternoon.", "The Secretary-General welcomes the ceasefire announced in Geneva.",
      "I spoke with Martin Dube of OCHA this morning, and aid trucks are moving."],
     [("Good afternoon.", ["Lena Okafor"], ["Martin Dube"]),
      ("The Secretary-General welcomes the ceasefire announced in Geneva.", ["Lena Okafor"], ["Martin Dube"]),
      ("I spoke with Martin Dube of OCHA this morning", ["Lena Okafor"], ["Martin Dube"])]),
    (["Transcript of the noon briefing by spokesman Ali Khan.", "Good afternoon to all of you.",
      "The truce is holding in the south."],
     [("Good afternoon to all of you.", ["Ali Khan"], []),
      ("The truce is holding in the south.", ["Ali Khan"], [])]),
    (["Below is an edited transcript of the press briefing by Foreign Ministry spokesperson Mei Lin.",
      "The ceasefire must be respected by all parties.", "Question: Will the truce hold?",
      "We are cautiously optimistic."],
     [("The ceasefire must be respected by all parties.", ["Mei Lin"], []),
      ("Will the truce hold?", [], ["Mei Lin"])]),
    (["Reporters received a transcript of Monday\u2019s briefing by spokesman Ali Khan late on Tuesday.",
      "The army shelled the port overnight."],
     [("The army shelled the port overnight", [], ["Ali Khan"])]),
    (["The following is a transcript of the daily briefing by Jonas Berg, spokesman for the mission.",
      "Good morning.", "\u201cWe need access now,\u201d the aid chief Sara Lind told me by phone."],
     [("Good morning.", ["Jonas Berg"], ["Sara Lind"]),
      ("We need access now,", ["Sara Lind"], ["Jonas Berg"])]),
    (["The council met on Monday.", "The army shelled the port overnight.",
      "The council also released a transcript of the briefing by Hana Moro."],
     [("The army shelled the port overnight.", [], ["Hana Moro"])]),
    (["Here is the transcript of today\u2019s briefing by St\u00e9phane Ndiaye, Deputy Spokesperson.",
      "Happy Friday.", "The total amount released from the fund is now $18.6 million.",
      "Amina Sow, the fund\u2019s head, will brief you on Monday."],
     [("Happy Friday.", ["St\u00e9phane Ndiaye"], ["Amina Sow"]),
      ("The total amount released from the fund is now $18.6 million.", ["St\u00e9phane Ndiaye"], ["Amina Sow"])]),
]

# (sentence, what, value, qualifier)
FRACTION_PASS = [
    ("Nearly a quarter of a million people returned home after the truce.", "people returned", 250000, "nearly"),
    ("Some half a million refugees have fled the fighting, the agency said.", "refugees", 500000, "about"),
    ("Three quarters of a million residents lack clean water, the UN said.", "residents without water", 750000, "exact"),
    ("A quarter of a million troops are massed on the border.", "troops", 250000, "exact"),
    ("The fighting has displaced half a million people since March.", "people displaced", 500000, "exact"),
    ("Aid agencies fed a quarter-million people last month.", "people fed", 250000, "exact"),
    ("More than a quarter of a million children are out of school.", "children out of school", 250000, "more_than"),
    ("At least half a million civilians remain trapped, the UN said.", "civilians trapped", 500000, "at_least"),
    ("The army mobilised a quarter of a million reservists in a week.", "reservists", 250000, "exact"),
    ("Almost three-quarters of a million people voted in the referendum on the truce.", "people who voted", 750000, "nearly"),
    ("Donors pledged a quarter of a billion dollars for reconstruction.", "dollars pledged", 250000000, "exact"),
]
FRACTION_FAIL = [
    ("A quarter of a million troops are massed on the border.", "troops", 25000, "exact"),
    ("A quarter of a million troops are massed on the border.", "troops", 1000000, "exact"),
    ("The fighting has displaced half a million people since March.", "people displaced", 50000, "exact"),
    ("Three quarters of a million residents lack clean water, the UN said.", "residents without water", 250000, "exact"),
    ("Three quarters of a million residents lack clean water, the UN said.", "residents without water", 1000000, "exact"),
    ("Some half a million refugees have fled the fighting, the agency said.", "refugees", 1500000, "about"),
    ("Nearly a quarter of a million people returned home after the truce.", "people returned", 1000000, "nearly"),
    ("Aid agencies fed a quarter-million people last month.", "people fed", 1000000, "exact"),
    ("Donors pledged a quarter of a billion dollars for reconstruction.", "dollars pledged", 250000, "exact"),
    ("Donors pledged a quarter of a billion dollars for reconstruction.", "dollars pledged", 1000000000, "exact"),
    ("The army mobilised a quarter of a million reservists in a week.", "reservists", 4, "exact"),
    ("More than a quarter of a million children are out of school.", "children out of school", 750000, "more_than"),
    ("A third of a million people fled the city, the agency said.", "people fled", 1000000, "exact"),
    ("Two-thirds of a million voters stayed home.", "voters who stayed home", 1000000, "exact"),
]
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    for expect, (value, sentence) in verdicts(START_PASS, START_FAIL):
        starts(value, sentence, expect)
    for expect, (value, sentences) in verdicts(PLAN_PASS, PLAN_FAIL):
        timing(value, sentences, expect)
    for expect, (value, sentence, what) in verdicts(CLAUSE_PASS, CLAUSE_FAIL):
        when(value, sentence, what, expect)
    for sentences, words, passes, fails in PARTICLES:
        built.quote("particle-names", article(*sentences), words, passes, fails)
    for sentences, words, passes, fails in INITIALS:
        built.quote("initials", article(*sentences), words, passes, fails)
    for paragraphs, lines in TRANSCRIPTS:
        text = "\n\n".join(paragraphs) + "\n"
        for words, passes, fails in lines:
            built.quote("transcript-headers", text, words, passes, fails)
    for expect, (sentence, what, value, qualifier) in verdicts(FRACTION_PASS, FRACTION_FAIL):
        built.count("scaled-fractions", expect, article(sentence), sentence, what, value, qualifier)
    return built.cases


if __name__ == "__main__":
    build_cases()
    built.write(OUT)
