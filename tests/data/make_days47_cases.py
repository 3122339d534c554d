# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of check 47's days (``grounding_days47.jsonl``): value-support cases for
which occasion a day belongs to, by category, each with what must pass and what must fail:

- ``fronted-day``: a day set off at the head of its sentence ("On Friday, August 29, the
  court ruled ...", "Late on Tuesday, 4 March, the Senate voted ...") dates the main clause
  it opens; a clause that follows ("..., upholding the May 28 decision") holds the other
  occasion's day, which is refused for the fact;
- ``after-own-measure``: a time clause whose subject is the measure's own issuer and whose
  verb issues a measure ("from Friday, after the ministry announced provisional duties on
  Tuesday") dates the measure itself; a clause about another party's measure or about a
  step that is not the measure (an investigation opened, a complaint filed) does not;
- ``timeline-line``: in a timeline written one line an entry ("19 March - ceasefire
  begins"), each line's day is its own entry's: the truce's start is the line where the
  truce begins, not the line where talks open;
- ``range-free``: free text that repeats a span of days as the article writes it ("July
  21-23", "21-23 July") states nothing new; a span the article does not write is unstated;
- ``relative-day``: an event whose place has a clause of its own with a day ("Laukkai,
  ..., which fell on January 5") takes that day, not the day of the larger operation in the
  main clause ("launched its offensive on October 27").

Run ``python tests/data/make_days47_cases.py`` to rebuild it. Every article below was written
for this set (fictional outlets and people, or real bodies in invented sentences); each
verdict is what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, verdicts

OUT = Path(__file__).with_name("grounding_days47.jsonl")

built = SupportCases(
    "d47",
    leads=[
        "HARARE (Zambezi Wire) -",
        "By Mirela Costache | The Carpathian Courier",
        "Trade Desk Weekly, issue 212.",
        "From the Lisbon bureau of the Atlantic Review.",
        "BRIEFING NOTES | The Mekong Monitor",
        "Translated from the Portuguese service of Radio Planalto.",
    ],
)
FRONT, AFTER, LINE, RANGE, RELATIVE = (
    "fronted-day",
    "after-own-measure",
    "timeline-line",
    "range-free",
    "relative-day",
)
PUBLISHED = "2025-09-02"


def case(
    category: str, expect: bool, why: str, text: str, evidence: str, kind: str, field: str,
    value: Any, extra: dict[str, Any],
) -> None:  # fmt: skip
    """A fact of ``kind`` whose ``field`` is ``value``, backed by ``evidence`` on ``text``."""
    built.dated_fact(category, expect, why, [evidence], kind, field, value, PUBLISHED, extra,
                     built.page(text))  # fmt: skip


def event(
    category: str, sentence: str, passes: list[str], fails: list[str], kind: str,
    description: str, place: str | None = None,
) -> None:  # fmt: skip
    """An event of ``kind`` told by ``sentence``: each day of ``passes`` is its ``when``,
    each of ``fails`` is not."""
    extra = {"kind": kind, "description": description, "actors": [], "place": place,
             "counts": []}  # fmt: skip
    for expect, value in verdicts(passes, fails):
        why = "the event's own day" if expect else "another occasion's day"
        case(category, expect, why, sentence, sentence, "events", "when", value, extra)


def measure(sentence: str, passes: list[str], fails: list[str], body: str) -> None:
    """A measure issued by ``body``, told by ``sentence``: each day of ``passes`` is its
    introduction, each of ``fails`` is not."""
    extra = {"instrument": "executive_action", "issuing_body": body, "status": "announced"}
    for expect, value in verdicts(passes, fails):
        why = "the issuer's own act" if expect else "another act's day"
        case(AFTER, expect, why, sentence, sentence, "sanctions", "introduced", value, extra)


def bill(sentence: str, passes: list[str], fails: list[str], body: str, instrument: str) -> None:
    """A measure of ``instrument`` issued by ``body``, told by ``sentence``: each day of
    ``passes`` is its introduction, each of ``fails`` is not."""
    extra = {"instrument": instrument, "issuing_body": body, "status": "proposed"}
    for expect, value in verdicts(passes, fails):
        why = "the bill's own introducer" if expect else "another act's day"
        case(AFTER, expect, why, sentence, sentence, "sanctions", "introduced", value, extra)


def timeline(text: str, passes: list[str], fails: list[str]) -> None:
    """A truce in effect told by the timeline ``text``: each day of ``passes`` is its start,
    each of ``fails`` is not."""
    for expect, value in verdicts(passes, fails):
        why = "the line where the truce begins" if expect else "another line's entry"
        case(LINE, expect, why, text, text, "ceasefires", "starts", value,
             {"kind": "full", "status": "in_effect"})  # fmt: skip


def timeline_meeting(text: str, passes: list[str], fails: list[str]) -> None:
    """A held summit told by the timeline ``text``: each day of ``passes`` is its day, each of
    ``fails`` is not."""
    for expect, value in verdicts(passes, fails):
        why = "the line where the leaders meet" if expect else "another line's entry"
        case(LINE, expect, why, text, text, "summits", "planned_timing", value,
             {"parties": ["Lourenco", "Tshisekedi"], "status": "held"})  # fmt: skip


def timeline_bill(text: str, passes: list[str], fails: list[str]) -> None:
    """A bill told by the timeline ``text``: each day of ``passes`` is its introduction, each
    of ``fails`` is not."""
    for expect, value in verdicts(passes, fails):
        why = "the line where the bill is tabled" if expect else "another line's entry"
        case(LINE, expect, why, text, text, "sanctions", "introduced", value,
             {"instrument": "bill"})  # fmt: skip


def free(expect: bool, paragraph: str, summary: str, why: str) -> None:
    """A summary over a page of ``paragraph``: nothing in it may be unstated."""
    built.add(RANGE, expect, why, built.page(paragraph), {"summary": summary}, "summary",
              check="unstated")  # fmt: skip


# --- fronted-day: a day at the head of its sentence dates the main clause ------------------

S = "On Friday, August 29, the Court of Appeals for the Eleventh Circuit ruled 8-3 that the state's voting map was unlawful, upholding the May 28 decision of the district court."
event(FRONT, S, ["August 29", "Friday"], ["May 28"], "vote", "Eleventh Circuit ruling")
S = "Late on Tuesday, 4 March, the Senate voted 61-38 to override the governor's veto, reversing the January 15 rejection of the water bill."
event(FRONT, S, ["4 March"], ["January 15"], "vote", "Senate veto override")
S = "On 12 June, the arbitration tribunal ruled against the ministry, setting aside the award of 2 February."
event(FRONT, S, ["12 June"], ["2 February"], "other", "arbitration tribunal ruling")
S = "Early on Sunday, October 5, militia fighters attacked a police post near Bunia, breaking a truce agreed on September 20."
event(
    FRONT, S, ["October 5"], ["September 20"], "attack", "militia attack on a police post", "Bunia"
)
S = "On Wednesday, 17 April, the two delegations met in Nairobi, resuming the talks broken off on 30 January."
event(FRONT, S, ["17 April"], ["30 January"], "talks", "delegations met in Nairobi", "Nairobi")
S = "Last Thursday, March 6, the constitutional court struck down the decree, confirming its ruling of December 11."
event(FRONT, S, ["March 6"], ["December 11"], "other", "court struck down the decree")
S = "On Monday, 9 September, parliament approved the budget by 212 votes to 140, replacing the draft rejected on 23 July."
event(FRONT, S, ["9 September"], ["23 July"], "vote", "parliament approved the budget")
S = "On Saturday, Nov. 8, thousands marched through Tbilisi, a week after the police cleared the square on Nov. 1."
event(FRONT, S, ["Nov. 8"], ["Nov. 1"], "other", "march through Tbilisi", "Tbilisi")
S = "The appeals panel ruled on Friday, August 29, upholding the May 28 decision of the trade court."
event(FRONT, S, ["August 29"], ["May 28"], "vote", "appeals panel ruling")
S = "On 3 February, the High Court in Lilongwe dismissed the petition, ending a case first filed on 14 August."
event(
    FRONT,
    S,
    ["3 February"],
    ["14 August"],
    "other",
    "High Court dismissed the petition",
    "Lilongwe",
)
S = "Yesterday, 14 October, the electoral board certified the results, confirming the count of 9 October."
event(FRONT, S, ["14 October"], ["9 October"], "other", "electoral board certified the results")
S = "On Thursday, July 3, dockworkers in Santos walked off the job, a week after talks collapsed on June 26."
event(FRONT, S, ["July 3"], ["June 26"], "strike", "dockworkers walked off the job", "Santos")
S = "At dawn on Sunday, 2 March, the two sides exchanged 90 prisoners, completing a swap agreed on 14 February."
event(FRONT, S, ["2 March"], ["14 February"], "prisoner_exchange", "two sides exchanged prisoners")
S = "On Friday, the Bundestag passed the heating law, overturning a version rejected on 7 July."
event(FRONT, S, ["Friday"], ["7 July"], "vote", "Bundestag passed the heating law")

# --- after-own-measure: the after clause is the measure itself ---------------------------

S = "Importers of French cognac will have to lodge deposits of up to 34 per cent from Monday, after the Ministry of Commerce announced provisional duties on Thursday."
measure(S, ["on Thursday", "Thursday"], [], "Ministry of Commerce")
S = "Exporters of Thai rice face a 12 pc levy from March 1, after the Trade Ministry imposed the charge on February 20."
measure(S, ["February 20"], [], "Trade Ministry")
S = "Steel buyers must pay the new surcharge from July 1, following the Economy Ministry's decision to adopt safeguard duties on June 12."
measure(S, ["June 12"], [], "Economy Ministry")
S = "The curbs apply from Wednesday, after the cabinet approved export restrictions on gallium on Monday."
measure(S, ["on Monday"], [], "cabinet")
S = "Fishing fleets must stay out of the bay from 1 May, after the Fisheries Agency issued a ban on trawling on 18 April."
measure(S, ["18 April"], [], "Fisheries Agency")
S = "The duties take effect on Friday, after the European Commission published the regulation on Tuesday."
measure(S, ["on Tuesday"], [], "European Commission")
S = "Chinese brandy importers must lodge deposits from Friday, after the European Commission imposed duties on electric cars on Tuesday."
measure(S, [], ["on Tuesday"], "Ministry of Commerce")
S = "Importers must pay deposits from Friday, after the Ministry of Commerce opened an anti-dumping investigation on Tuesday."
measure(S, [], ["on Tuesday"], "Ministry of Commerce")
S = "The levy applies from Monday, after local producers filed a complaint with the Trade Ministry on 2 May."
measure(S, [], ["2 May"], "Trade Ministry")
S = "Deposits will be due from October 1, after the ministry said in a preliminary finding on August 29 that the spirits were being dumped."
measure(S, [], ["August 29"], "ministry")
S = "The quotas start on Monday, after Washington announced tariffs on Brazilian steel on Thursday."
measure(S, [], ["Thursday"], "Economy Ministry")
S = "The ban applies from Sunday, after the Health Ministry announced an inquiry into the imports on Wednesday."
measure(S, [], ["Wednesday"], "Health Ministry")
S = "Russian wheat exporters will pay a higher export duty from next Wednesday, after the Agriculture Ministry set the new rate on Friday."
measure(S, ["on Friday"], [], "Agriculture Ministry")
S = "Streaming services must carry local films from January, after the Culture Ministry gazetted the quota rules on 3 December."
measure(S, ["3 December"], [], "Culture Ministry")
S = "The anti-subsidy duties apply from 5 July, after the European Commission slapped provisional levies on the vehicles on 4 July."
measure(S, ["4 July"], [], "European Commission")
S = "The new code binds platforms from Monday, after Ofcom (the communications regulator) finalised the rules on Thursday."
measure(S, ["on Thursday"], [], "Ofcom")
S = "The levy starts on Monday, after farmers' unions lodged a petition with the Agriculture Ministry on Friday."
measure(S, [], ["on Friday"], "Agriculture Ministry")
S = "Tariffs on rice rise from Monday, after the Finance Ministry published trade figures on Thursday."
measure(S, [], ["on Thursday"], "Finance Ministry")
S = "The export ban takes effect on Sunday, after the parliamentary trade committee approved a resolution urging it on Wednesday."
measure(S, [], ["on Wednesday"], "Commerce Ministry")
S = "The curbs begin on 1 March, after the Economy Ministry announced consultations with industry on 10 February."
measure(S, [], ["10 February"], "Economy Ministry")

# --- timeline-line: each line's day is its own entry's --------------------------------------

T = "Timeline:\n12 March - talks open in Doha\n19 March - ceasefire begins\n2 April - truce extended by 30 days"
timeline(T, ["19 March"], ["12 March"])
T = "KEY DATES\n4 June: mediators arrive in Juba\n9 June: truce takes effect at noon\n30 June: monitors deployed"
timeline(T, ["9 June"], ["4 June", "30 June"])
T = "How the truce came about\nJan. 3 — envoys meet in Muscat\nJan. 8 — ceasefire comes into force\nJan. 15 — first prisoner swap"
timeline(T, ["Jan. 8"], ["Jan. 3", "Jan. 15"])
T = "Chronology\n1 October - talks begin in Addis Ababa\n6 October - both sides sign the accord\n7 October - ceasefire starts at dawn"
timeline(T, ["7 October"], ["1 October"])
T = "Timeline\n- 20 August: negotiations open in Geneva\n- 27 August: the ceasefire begins\n- 3 September: a violation is reported"
timeline(T, ["27 August"], ["20 August", "3 September"])
T = "Milestones\n3 May - Lourenco and Tshisekedi meet in Luanda\n10 May - truce announced\n18 May - monitors arrive"
timeline_meeting(T, ["3 May"], ["10 May", "18 May"])
T = "Key dates:\nMarch 2: summit talks open in Luanda\nMarch 9: ceasefire signed"
timeline_meeting(T, ["March 2"], ["March 9"])
T = "The bill so far\n14 Feb: bill tabled in the Senate\n2 Mar: bill passes committee stage\n20 Mar: third reading"
timeline_bill(T, ["14 Feb"], ["2 Mar", "20 Mar"])
T = "Chronology of the truce\n* 5 November - foreign ministers meet in Ankara\n* 11 November - the ceasefire comes into effect\n* 30 November - first violations reported"
timeline(T, ["11 November"], ["5 November", "30 November"])
T = "TIMELINE\nApril 1 - mediators shuttle between the capitals\nApril 6 - the guns fall silent at midnight"
timeline(T, ["April 6"], ["April 1"])

# --- range-free: a span of days as the article writes it ----------------------------------

P = "The summit, whose holding in St Petersburg on July 21-23 was postponed because of the pandemic, took place online."
free(
    True,
    P,
    "The summit, postponed from July 21-23, took place online.",
    "the span the article writes",
)
free(
    False,
    P,
    "The summit, postponed from July 21-24, took place online.",
    "July 24 is not in the span",
)
P = "Delegates will gather in Cartagena on 14-16 May for the third round."
free(True, P, "The third round is set for 14-16 May in Cartagena.", "the span as written")
free(
    False,
    P,
    "The third round is set for 14-17 May in Cartagena.",
    "the article ends the span on the 16th",
)
P = "The forum held in Almaty on October 2-4 drew ministers from nine countries."
free(True, P, "Ministers from nine countries met in Almaty on October 2-4.", "the span as written")
free(False, P, "Ministers from nine countries met in Almaty on October 3-5.", "another span")
P = "Talks ran in Windhoek from 8-10 September and ended without a deal."
free(True, P, "The Windhoek talks on 8-10 September ended without a deal.", "the span as written")
free(False, P, "The Windhoek talks on 8-12 September ended without a deal.", "the span is 8-10")
P = "A naval exercise on November 5\u20137 will test the new frigates off Crete."
free(
    True,
    P,
    "The frigates will be tested off Crete on November 5\u20137.",
    "the span with an en dash",
)
free(False, P, "The frigates will be tested off Crete on November 6\u20138.", "another span")
P = "Ministers meet in Riga on 21\u201323 July, the host said on 2 June; the talks of 13 and 14 May set the date."
free(True, P, "Ministers meet in Riga on 21\u201323 July.", "a day-month span as written")
free(False, P, "Ministers meet in Riga on 13-14 July.", "13 and 14 are May's")
P = "The Chamber sits from 3 to 5 March 2025 and again on 12 March."
free(True, P, "The Chamber sits on 3-5 March.", "a span written with 'to'")
free(False, P, "The Chamber sits on 3-6 March.", "the sitting ends on 5 March")
P = "Voting runs Sept. 8-10 in the northern provinces, 10 days after the census of Aug. 29."
free(True, P, "Voting runs September 8-10 in the north.", "a short month, the span as written")
free(False, P, "Voting runs August 8-10 in the north.", "the span is September's")

P = "Parliament's recess lasts from Aug. 4-22 this year, the speaker's office said."
free(True, P, "The recess runs from August 4-22.", "the span as written, a short month")
free(False, P, "The recess runs from August 4-25.", "the recess ends on the 22nd")
P = "The tribunal will hear evidence on 9\u201311 June, after hearings on 2 and 3 June."
free(True, P, "Evidence will be heard on 9-11 June.", "a span written with an en dash")
free(False, P, "Evidence will be heard on 9-12 June.", "the hearing ends on the 11th")
P = "Talks on March 4-6 produced a draft text; 8 delegations attended."
free(True, P, "Talks on March 4-6 produced a draft.", "a span with a verb after it")
free(False, P, "Talks on March 4-8 produced a draft.", "8 is the delegations' count")

# after-own-measure: a titled legislator who introduces or files the bill is its own introducer,
# whoever the fact names as issuer (review s23a i16, i18).
S = "The bill drew 40 co-sponsors in a month, after Senator Maria Cantwell introduced it on 12 February."
bill(S, ["12 February"], [], "US Senate", "bill")
S = "The measure went to committee on Monday, a week after Representative Tom Briggs filed the bill on 4 June."
bill(S, ["4 June"], [], "House of Representatives", "bill")
S = "Debate on the sanctions bill opens on Thursday, after Labour MP Sarah Quill tabled it on 9 January."
bill(S, ["9 January"], [], "House of Commons", "bill")
S = "The tariff bill won cross-party backing within days, after Congresswoman Ana Ruiz submitted it on March 18."
bill(S, ["March 18"], [], "US Congress", "bill")
S = "Hearings start next week, after lawmaker Kenji Mori introduced the legislation on 2 October."
bill(S, ["2 October"], [], "House of Representatives", "bill")
S = "The draft reached the floor on Wednesday, after deputy Ines Varga tabled the bill on 21 May."
bill(S, ["21 May"], [], "National Assembly", "bill")
S = "The bill stalled on Friday, after the Commerce Department imposed tariffs on Chinese drones on 3 March."
bill(S, [], ["3 March"], "US Senate", "bill")
S = "The bill gained momentum, after Senator Ron Wyden filed a complaint with the ethics office on 8 May."
bill(S, [], ["8 May"], "US Senate", "bill")
S = "The bill advanced on Tuesday, after Representative Lena Hart introduced a rival measure on 14 April."
bill(S, [], ["14 April"], "House of Representatives", "bill")
S = "The bill returns to the chamber on Monday, after steelmakers lodged a petition with MPs on 2 February."
bill(S, [], ["2 February"], "House of Commons", "bill")
S = "The levy applies from Monday, after Senator Joe Lutz filed a bill to repeal it on 9 May."
bill(S, [], ["9 May"], "Trade Ministry", "executive_action")

# --- relative-day: a place's own clause holds the event's day ---------------------------

S = "The alliance launched its offensive on October 27 and has since taken several towns, including Laukkai, the capital of the Kokang region, which fell on January 5."
event(
    RELATIVE, S, ["January 5"], ["October 27"], "attack", "Laukkai fell to the alliance", "Laukkai"
)
S = "Rebels began their push on 2 March and took a string of towns, among them Kalehe, which fell on 11 April."
event(RELATIVE, S, ["11 April"], ["2 March"], "attack", "rebels took Kalehe", "Kalehe")
S = "Government troops opened the operation on Monday and have retaken three villages, including Tal Abyad, which they entered on Thursday."
event(RELATIVE, S, ["Thursday"], ["Monday"], "attack", "troops entered Tal Abyad", "Tal Abyad")
S = "The insurgents' campaign started on June 1; they now hold Mopti, where they raised their flag on July 9."
event(RELATIVE, S, ["July 9"], ["June 1"], "attack", "insurgents seized Mopti", "Mopti")
S = "The offensive began on October 27 in northern Shan, where the alliance has since seized Laukkai, which fell on January 5."
event(
    RELATIVE,
    S,
    ["October 27"],
    ["January 5"],
    "attack",
    "the alliance's offensive",
    "northern Shan",
)
S = "The army's campaign began on 4 May and reached Bakhmut, which it took on 20 May."
event(RELATIVE, S, ["4 May"], ["20 May"], "attack", "army campaign", "eastern Ukraine")
S = "Russian forces began their summer push on June 2 and captured Chasiv Yar, a hilltop town, which they claimed on July 30."
event(RELATIVE, S, ["July 30"], ["June 2"], "attack", "capture of Chasiv Yar", "Chasiv Yar")
S = "M23 fighters resumed their advance on 4 January and entered Goma, where the airport was seized on 27 January."
event(RELATIVE, S, ["27 January"], ["4 January"], "attack", "M23 entered Goma", "Goma")
S = "Troops recaptured Kherson on November 11, and crowds filled the central square that evening."
event(RELATIVE, S, ["November 11"], [], "attack", "recapture of Kherson", "Kherson")
S = "Troops entered Bakhmut, which they had shelled since March 3, on Monday."
event(RELATIVE, S, ["Monday"], ["March 3"], "attack", "troops entered Bakhmut", "Bakhmut")
S = "Separatist units, who crossed the river on Tuesday, reached Ras Kamboni, which they shelled on Friday."
event(RELATIVE, S, ["Friday"], ["Tuesday"], "attack", "shelling of Ras Kamboni", "Ras Kamboni")

# relative-day: the place as the object of the day's own verb keeps that day, whatever day the
# place's clause recalls; a claim told in the clause, or a main event set apart by "later", does
# not give the clause's day to the event (review s23a p03, p09, p10, p16, p08).
S = "Militia fighters on 9 August overran Djibo, where clashes had first broken out on 30 July."
event(RELATIVE, S, ["9 August"], [], "attack", "militia overran Djibo", "Djibo")
S = "On Tuesday soldiers stormed Marawi, where the town's mayor had been abducted on 18 May."
event(RELATIVE, S, ["Tuesday"], [], "attack", "soldiers stormed Marawi", "Marawi")
S = "Police on Thursday raided Tivaouane, where a similar raid on 2 June left four people dead."
event(RELATIVE, S, ["Thursday"], [], "attack", "police raided Tivaouane", "Tivaouane")
S = "Late on Saturday a drone struck Kupiansk, where a glide bomb killed nine people on 21 March."
event(RELATIVE, S, ["Saturday"], [], "attack", "drone struck Kupiansk", "Kupiansk")
S = "Border guards on 4 November shelled Sarakhs, where a truce had been signed on 1 October."
event(RELATIVE, S, ["4 November"], [], "attack", "border guards shelled Sarakhs", "Sarakhs")
S = "The brigade reached Pokrovsk, which Moscow said its troops had encircled on 12 May, four days later."
event(RELATIVE, S, [], ["12 May"], "attack", "brigade reached Pokrovsk", "Pokrovsk")
S = "Government forces entered Wad Madani, which the RSF announced it had abandoned on Friday, two days later."
event(RELATIVE, S, [], ["Friday"], "attack", "forces entered Wad Madani", "Wad Madani")
S = "Troops marched into Kismayo, which the militants said they had left on 3 April, a week later."
event(RELATIVE, S, [], ["3 April"], "attack", "troops marched into Kismayo", "Kismayo")
S = "Rebel columns set out on 2 May and later seized Bunia, where the governor fled on 19 May."
event(RELATIVE, S, ["19 May"], ["2 May"], "attack", "rebels seized Bunia", "Bunia")
S = "The army opened its offensive on Monday and then took Tessit, among other towns, which fell on Thursday."
event(RELATIVE, S, [], ["Monday"], "attack", "army took Tessit", "Tessit")


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
