# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 33's review rvwh33 of when33 (``grounding_rvwh33.jsonl``):
value-support cases for an event's ``when`` in a sentence that dates two verbs, in wordings
when33's own set does not hold, by category, each with what must pass and what must fail:

- ``synonym-verb``: the event's verb is a word its description does not hold ("the walkout
  began on Monday" for industrial action, "polls opened on Sunday" for an election); its day
  passes, a report's or an earlier act's day of the same sentence does not;
- ``noun-phrase``: the event is described by a noun phrase ("the budget vote", "the Cairo
  ceasefire talks"); the day its verb is dated with passes, another verb's day does not;
- ``report-event``: the event IS an announcement or a statement; the report verb's day passes,
  the day of what was reported does not;
- ``start-end``: one event dated twice, its start and its end ("began on Monday and ended on
  Thursday"): both pass, a report's day of the same sentence does not;
- ``other-wordings``: another verb's day in wordings when33 did not write (a postponement, a
  swearing-in, a call for the strike, a deal the exchange followed, a later round planned).

Run ``python tests/data/make_rvwh33_cases.py`` to rebuild it. Every sentence is written for
this set (fictional outlets and people, or public figures in invented sentences); each
verdict is what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvwh33.jsonl")

built = SupportCases(
    "rvwh33",
    leads=[
        "LISBON (Tagus Wire) -",
        "By Ilse Marchetti | The Northern Ledger",
        "NEWS DESK | The Harbour Courier",
        "From our correspondent in Accra, The Gulf Review.",
    ],
)
SYNONYM, NOUN, REPORT, SPAN, OTHER = (
    "synonym-verb", "noun-phrase", "report-event", "start-end", "other-wordings",
)  # fmt: skip
one = built.sentence_event_days

# --- the event's verb is a word its description does not hold ---
one(
    SYNONYM,
    "The dock workers' walkout began on Monday, the union said on Wednesday.",
    ["Monday"],
    ["Wednesday"],
    "strike",
    "industrial action by dock workers",
)
one(
    SYNONYM,
    "Polls opened across Ruritania on Sunday, the electoral commission said on Monday, reporting a turnout of 61 per cent.",
    ["Sunday"],
    ["Monday"],
    "vote",
    "the presidential election",
)
one(
    SYNONYM,
    "Bus drivers downed tools on 3 March, a week after the union balloted its members on 24 February.",
    ["3 March"],
    ["24 February"],
    "strike",
    "bus drivers' industrial action",
)
one(
    SYNONYM,
    "Gunmen stormed the Lido hotel in Mogadishu on Friday night, police said on Saturday.",
    ["Friday night", "Friday"],
    ["Saturday"],
    "attack",
    "the assault on a Mogadishu hotel",
)
one(
    SYNONYM,
    "The two rebel groups swapped 120 detainees on Thursday, the Red Cross said on Friday.",
    ["Thursday"],
    ["Friday"],
    "prisoner_exchange",
    "the exchange of prisoners between rebel groups",
)
one(
    SYNONYM,
    "Aid trucks crossed into the north again on Wednesday, the agency said on Thursday.",
    ["Wednesday"],
    ["Thursday"],
    "aid_resumption",
    "the resumption of aid deliveries",
)
one(
    SYNONYM,
    "Nurses stayed off the wards on 12 June, the health board confirmed on 14 June.",
    ["12 June"],
    ["14 June"],
    "strike",
    "the nurses' industrial action",
)
one(
    SYNONYM,
    "Voters went to the polls on 8 February, the prime minister said on Sunday as he conceded defeat.",
    ["8 February"],
    ["Sunday"],
    "vote",
    "the general election",
)
one(
    SYNONYM,
    "The envoys sat down together in Doha on Monday, the foreign ministry said on Tuesday.",
    ["Monday"],
    ["Tuesday"],
    "talks",
    "negotiations between the envoys",
)
one(
    SYNONYM,
    "Thousands of families fled Goma on Saturday, aid groups reported on Monday.",
    ["Saturday"],
    ["Monday"],
    "displacement",
    "the flight of families from Goma",
)
one(
    SYNONYM,
    "A drone hit the fuel depot on 4 October, the army said on 6 October.",
    ["4 October"],
    ["6 October"],
    "attack",
    "the strike on the fuel depot",
)

# --- the event is described by a noun phrase ---
one(
    NOUN,
    "The budget vote took place on Thursday, two days after the finance minister unveiled the plan on Tuesday.",
    ["Thursday"],
    ["Tuesday"],
    "vote",
    "the budget vote",
)
one(
    NOUN,
    "Rail unions struck on Monday, the day after talks with the ministry collapsed on Sunday.",
    ["Monday"],
    ["Sunday"],
    "strike",
    "the rail strike",
)
one(
    NOUN,
    "Rebels attacked the convoy on 5 May, and the army retaliated on 7 May.",
    ["5 May"],
    ["7 May"],
    "attack",
    "the rebel attack on the convoy",
)
one(
    NOUN,
    "The election was held on Sunday, and the results were announced on Wednesday.",
    ["Sunday"],
    ["Wednesday"],
    "vote",
    "the parliamentary election",
)
one(
    NOUN,
    "The ceasefire talks opened in Cairo on 10 March, a week after Hamas accepted the proposal on 3 March.",
    ["10 March"],
    ["3 March"],
    "talks",
    "the Cairo ceasefire talks",
)
one(
    NOUN,
    "The prisoner swap took place on Friday, two days after both sides signed the deal on Wednesday.",
    ["Friday"],
    ["Wednesday"],
    "prisoner_exchange",
    "the prisoner swap",
)
one(
    NOUN,
    "The referendum took place on 23 June, and the prime minister resigned on 24 June.",
    ["23 June"],
    ["24 June"],
    "vote",
    "the EU membership referendum",
)
one(
    NOUN,
    "Ambulance crews walked out on 21 December, after the government rejected their pay claim on 15 December.",
    ["21 December"],
    ["15 December"],
    "strike",
    "the ambulance strike",
)
one(
    NOUN,
    "The shelling of Kharkiv began on Saturday evening, the mayor said on Sunday.",
    ["Saturday evening", "Saturday"],
    ["Sunday"],
    "attack",
    "the shelling of Kharkiv",
)
one(
    NOUN,
    "The hearing of the central bank governor was held on Wednesday, a day after the currency fell on Tuesday.",
    ["Wednesday"],
    ["Tuesday"],
    "other",
    "the parliamentary hearing of the central bank governor",
)

# --- the event is the announcement itself ---
one(
    REPORT,
    "The health ministry announced on Monday a ban on menthol cigarettes, which parliament had requested on 12 March.",
    ["Monday"],
    ["12 March"],
    "other",
    "the health ministry's announcement of a menthol ban",
)
one(
    REPORT,
    "The central bank said on Thursday it would raise rates, after inflation hit 9 per cent on Tuesday.",
    ["Thursday"],
    ["Tuesday"],
    "other",
    "the central bank's statement on interest rates",
)
one(
    REPORT,
    "President Lula declared on Friday a state of emergency over floods that began on Monday.",
    ["Friday"],
    ["Monday"],
    "other",
    "the declaration of a state of emergency",
)
one(
    REPORT,
    "The ministry confirmed on Tuesday that the talks held on Saturday had failed.",
    ["Tuesday"],
    ["Saturday"],
    "other",
    "the ministry's confirmation that the talks failed",
)
one(
    REPORT,
    "Prime Minister Mark Carney announced on 6 October that the tariffs imposed on 1 August would be lifted.",
    ["6 October"],
    ["1 August"],
    "other",
    "Carney's announcement on lifting the tariffs",
)
one(
    REPORT,
    "The palace announced on Wednesday that the king would visit Kenya on 30 October.",
    ["Wednesday"],
    ["30 October"],
    "other",
    "the palace's announcement of the royal visit",
)
one(
    REPORT,
    "The club said on Sunday that its coach, appointed on 4 July, had been sacked.",
    ["Sunday"],
    ["4 July"],
    "other",
    "the club's statement about its coach",
)
one(
    REPORT,
    "The electoral commission announced on Thursday that the vote held on Sunday would be rerun.",
    ["Thursday"],
    ["Sunday"],
    "other",
    "the commission's announcement of a rerun",
)
one(
    REPORT,
    "The army said on 14 May that the raid it carried out on 12 May had killed a commander.",
    ["14 May"],
    ["12 May"],
    "other",
    "the army's statement about the raid",
)

one(
    REPORT,
    "The ministry's spokesman announced on Friday that the border crossing, shut on 9 April, would reopen.",
    ["Friday"],
    ["9 April"],
    "other",
    "the ministry's announcement on the border crossing",
)
one(
    REPORT,
    "The union confirmed on Monday that the strike it staged on 2 May had cost members a day's pay.",
    ["Monday"],
    ["2 May"],
    "other",
    "the union's confirmation about the strike's cost",
)

# --- one event dated twice: its start and its end ---
one(
    SPAN,
    "The rail strike began on Monday and ended on Thursday, the union said on Friday.",
    ["Monday"],
    ["Friday"],
    "strike",
    "the rail strike",
)
one(
    SPAN,
    "The talks opened in Oslo on 3 March and closed on 6 March, the Norwegian foreign ministry said on 8 March.",
    ["3 March", "6 March"],
    ["8 March"],
    "talks",
    "the Oslo talks",
)
one(
    SPAN,
    "Fighting started on 14 April and stopped on 17 April, residents told reporters on 20 April.",
    ["14 April", "17 April"],
    ["20 April"],
    "attack",
    "the clashes in the city",
)
one(
    SPAN,
    "The summit began on Tuesday and wrapped up on Wednesday, the hosts announced on Thursday.",
    ["Tuesday", "Wednesday"],
    ["Thursday"],
    "talks",
    "the regional summit",
)
one(
    SPAN,
    "The doctors' walkout started on 8 January and finished on 12 January, the health board said on 15 January.",
    ["8 January", "12 January"],
    ["15 January"],
    "strike",
    "the doctors' industrial action",
)
one(
    SPAN,
    "The hearings began on Monday and concluded on Wednesday, the committee chair said on Thursday.",
    ["Monday", "Wednesday"],
    ["Thursday"],
    "other",
    "the committee hearings",
)
one(
    SPAN,
    "Voting opened on 4 November and closed on 5 November, the election office said on 7 November.",
    [],
    ["7 November"],
    "vote",
    "the mayoral election",
)
one(
    SPAN,
    "The protest began on Saturday and ended on Sunday night, police said on Monday.",
    ["Saturday"],
    ["Monday"],
    "other",
    "the protest in the capital",
)
one(
    SPAN,
    "The exercise started on 1 September and ended on 10 September, the defence ministry said on 12 September.",
    ["1 September"],
    ["12 September"],
    "other",
    "the joint military exercise",
)
one(
    SPAN,
    "Negotiations resumed on Friday and broke down on Sunday, the mediators said on Monday.",
    ["Friday", "Sunday"],
    ["Monday"],
    "talks",
    "the negotiations between the parties",
)

# --- another verb's day in other wordings ---
one(
    OTHER,
    "The talks, first postponed on 2 May, finally took place in Rome on 19 May.",
    ["19 May"],
    ["2 May"],
    "talks",
    "the Rome talks",
)
one(
    OTHER,
    "Senators approved the treaty on Thursday, ratifying a text the two governments had signed on 11 March.",
    ["Thursday"],
    ["11 March"],
    "vote",
    "the Senate's vote on the treaty",
)
one(
    OTHER,
    "The minister, who was sworn in on Monday, met the union leaders on Wednesday.",
    ["Wednesday"],
    ["Monday"],
    "talks",
    "the minister's meeting with union leaders",
)
one(
    OTHER,
    "Ukraine and Russia exchanged 300 prisoners on Saturday, under a deal reached in Istanbul on 2 June.",
    ["Saturday"],
    ["2 June"],
    "prisoner_exchange",
    "the prisoner exchange",
)
one(
    OTHER,
    "The regional council passed the plan on 19 November, overturning a veto issued by the governor on 4 November.",
    ["19 November"],
    ["4 November"],
    "vote",
    "the council's vote on the plan",
)
one(
    OTHER,
    "Lawmakers debated the bill on Tuesday and will vote on it on 12 March.",
    ["Tuesday"],
    ["12 March"],
    "other",
    "the parliamentary debate on the bill",
)
one(
    OTHER,
    "The deputies rejected the motion on Wednesday, which the opposition had filed on 28 January.",
    ["Wednesday"],
    ["28 January"],
    "vote",
    "the no-confidence vote",
)
one(
    OTHER,
    "The army shelled the village on Sunday, the day after rebels seized it on Saturday.",
    ["Sunday"],
    ["Saturday"],
    "attack",
    "the army's shelling of the village",
)

one(
    OTHER,
    "The envoy, who arrived in Cairo on Sunday, held talks with Egyptian officials on Monday.",
    ["Monday"],
    ["Sunday"],
    "talks",
    "the envoy's talks with Egyptian officials",
)
one(
    OTHER,
    "Lawmakers passed the bill on 2 April, which the opposition had blocked on 14 March.",
    ["2 April"],
    ["14 March"],
    "vote",
    "the vote on the bill",
)
one(
    OTHER,
    "The governor, who was elected on 5 November, signed the budget on 20 December.",
    ["20 December"],
    ["5 November"],
    "other",
    "the governor's signing of the budget",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
