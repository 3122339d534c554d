# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 48's clause owners (``grounding_rv48w.jsonl``, review rv48w
of cl48w; places/clause_owners.py, sentences/occasion_units.py), cases written by the reviewer
in new words, at the edges of

- ``owner_day``: an event's own date beside a relative clause, a ", when" clause or a clause
  of time that holds more of the description's words (what a bill or a plant will do, why jobs
  were cut) and a time of its own ("which raises the minimum wage from 2027", ", when he was
  driven ... shortly after 9am"), in other outlets' styles (live-blog stamps, "12th March",
  passives, two sentences); against another occasion's date in a "whose" or "who" clause, a
  "since" aside, a second clause, a "that" clause or a list the reading does not cut;
- ``owner_place``: an event's own place written right before ", where" ("flew to Jeddah,
  where they held talks"), in an aside of the event's own site ("The call centre, based in
  Sunderland, will close", "The refinery, built in Pembroke"), or twice; against a party's
  home or making, a place in a relative or "after" clause, a second clause's place, a place a
  fronted phrase or "of" gives.

Run ``python tests/data/make_rv48w_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv48w.jsonl")

built = SupportCases(
    "rv48w",
    leads=[
        "By Priya Osterhout | The Wessex Chronicle",
        "CHICAGO (Lakeshore Wire) -",
        "NEWSROOM | The Hunter Valley Post",
        "From our Belfast desk, The Lagan Standard.",
        "Live | The Pennine Bulletin",
    ],
)
DAY, PLACE = "owner_day", "owner_place"


def days(text: str, passes: list[str], fails: list[str], what: str, kind: str = "other") -> None:
    """An event told in ``text``: each of ``passes`` is its date, each of ``fails`` is not."""
    built.event_days(DAY, [text], [text], passes, fails, kind, what)


def places(text: str, passes: list[str], fails: list[str], what: str, kind: str = "other") -> None:
    """An event told in ``text``: each of ``passes`` is its place, each of ``fails`` is not."""
    built.event_places(
        PLACE, text, passes, fails, kind, what, other="another occasion's place or a party's home"
    )


# --- owner_day: the event's own date beside a clause that holds more of its description ----
days(
    "Lawmakers on Tuesday passed the bill, which raises the state minimum wage for farm workers from 2027.",
    ["Tuesday"],
    ["2027"],
    "bill raising the state minimum wage for farm workers passed",
    "vote",
)
days(
    "The company cut 300 jobs on Friday after a slump in sales of its electric delivery vans in March.",
    ["Friday"],
    ["March"],
    "company cuts jobs over slump in electric delivery van sales",
)
days(
    "Volta Cells on Monday opened the plant, which will make batteries for electric trucks from 2027.",
    ["Monday"],
    ["2027"],
    "Volta Cells opened plant to make batteries for electric trucks",
)
days(
    "The former minister was jailed on Thursday, when he was driven to Belmarsh prison shortly after 9am to begin a seven-year sentence for fraud.",
    ["Thursday"],
    [],
    "former minister begins seven-year prison sentence for fraud",
)
days(
    "The museum reopened on 14 March, when 3,000 visitors queued from 7am to see the restored galleries.",
    ["14 March"],
    ["7am"],
    "museum reopened restored galleries to queuing visitors",
)
days(
    "Voters on Sunday approved the referendum, which will let the capital bid to host the 2036 Olympic Games.",
    ["Sunday"],
    ["2036"],
    "voters approved plan for the capital to host the 2036 Olympic Games",
    "vote",
)
days(
    "14:05 BST - The Bank of England held interest rates at 4% on Thursday, which markets had expected since its cut in August.",
    ["Thursday"],
    ["August"],
    "Bank of England held interest rates at 4%",
)
days(
    "On 12th March the tribunal ruled in favour of the drivers, whose claim was first lodged in 2021.",
    ["12 March"],
    ["2021"],
    "tribunal ruled in favour of the drivers",
)
days(
    "The airline, which flew its first route in 1994 and listed its shares in 2004, said on Wednesday it will cut 1,200 jobs.",
    ["Wednesday"],
    ["1994", "2004"],
    "airline to cut 1,200 jobs",
)
days(
    "A new trial was ordered on Monday by the appeals court, which found that the judge had misdirected the jury in 2023.",
    ["Monday"],
    ["2023"],
    "appeals court ordered a new trial",
)
days(
    "Dock workers at Felixstowe walked out on Monday. The strike, which the union first threatened in June, is the port's first since 1989.",
    ["Monday"],
    ["June"],
    "strike by dock workers at Felixstowe",
    "strike",
)
days(
    "The ceasefire, which took effect at midnight on Sunday, has largely held, officials said on Tuesday.",
    ["Sunday"],
    [],
    "ceasefire took effect",
)
days(
    "Regulators on Wednesday fined the lender £42m over the mis-selling of car loans to customers with poor credit between 2017 and 2021.",
    ["Wednesday"],
    [],
    "regulators fined lender over mis-selling of car loans",
)
days(
    "The retailer, whose chief executive quit in January, filed for administration on Wednesday.",
    ["Wednesday"],
    ["January"],
    "retailer filed for administration",
)
days(
    "The border crossing, closed since October, reopened on Monday to lorries carrying aid.",
    ["Monday"],
    ["October"],
    "border crossing reopened to aid lorries",
)
days(
    "Police charged the man on the 3rd of June, a fortnight after the attack on the 20th of May.",
    ["3 June"],
    ["20 May"],
    "police charged the man",
)
days(
    "The pilot, who had flown the same route on Sunday, crashed on landing at Leeds Bradford airport on Tuesday.",
    ["Tuesday"],
    ["Sunday"],
    "plane crashed on landing",
)
days(
    "The bridge collapsed on Monday, days after inspectors had cleared it in a review on 2 May.",
    ["Monday"],
    ["2 May"],
    "bridge collapsed",
)
days(
    "The delegates flew on to Doha, where talks had stalled in May, and signed the accord on Friday.",
    ["Friday"],
    ["May"],
    "delegates signed the accord",
)
days(
    "The firm reported losses in 2022 and 2023 and on Thursday said it would close 40 stores.",
    ["Thursday"],
    ["2022"],
    "firm to close 40 stores",
)
days(
    "The orchestra that toured Japan in 2019 will play its final concert at the Barbican on 30 June.",
    ["30 June"],
    ["2019"],
    "orchestra plays final concert at the Barbican",
)
days(
    "Shares in Kestrel Mining fell 9% on Tuesday as investors digested a profit warning the miner issued on Friday.",
    ["Tuesday"],
    ["Friday"],
    "Kestrel Mining shares fell",
)
days(
    "The election, postponed twice since 2023 because of unrest in the north, will be held on 9 November.",
    ["9 November"],
    [],
    "election to be held",
    "vote",
)
days(
    "Wildfires forced 4,000 people from their homes on Saturday and firefighters expect the blaze to burn until Thursday.",
    ["Saturday"],
    ["Thursday"],
    "wildfires forced people from their homes",
)
days(
    "UPDATE 2-Hargreaves agreed on Friday to buy rival broker Tilney, which it had first approached in April, for £1.1bn.",
    ["Friday"],
    ["April"],
    "Hargreaves agreed to buy rival broker Tilney",
)
days(
    "Nurses in Wales will strike on 5 and 6 December, after talks with ministers over a pay offer made in September broke down.",
    ["5 and 6 December"],
    ["September"],
    "nurses in Wales to strike",
    "strike",
)

# --- owner_place: the event's own place before ", where", in its site's aside, or twice ----
places(
    "US and Ukrainian delegations flew to Jeddah, where they held talks with Saudi officials at a hotel in the Red Sea city on Tuesday.",
    ["Jeddah"],
    [],
    "US and Ukrainian delegations held talks with Saudi officials",
    "talks",
)
places(
    "Rescue teams reached Kalehe on Saturday, where floods and landslides had killed at least 400 people in villages along Lake Kivu.",
    ["Kalehe"],
    [],
    "floods and landslides killed at least 400 people",
)
places(
    "The call centre, based in Sunderland, will close in June with the loss of 300 jobs.",
    ["Sunderland"],
    [],
    "call centre to close with the loss of 300 jobs",
)
places(
    "The refinery, built in Pembroke in 1964, will close next year with the loss of 400 jobs.",
    ["Pembroke"],
    [],
    "refinery to close with the loss of 400 jobs",
)
places(
    "The stadium, built in Cardiff for the 1999 Rugby World Cup, will host the final on Saturday.",
    ["Cardiff"],
    [],
    "stadium to host the final",
)
places(
    "The striker, born in Rosario, returned to Rosario on Friday to open a football school.",
    ["Rosario"],
    [],
    "striker opened a football school",
)
places(
    "Delegates returned to Geneva on Monday, where they resumed talks on a plastics treaty at the Palais des Nations.",
    ["Geneva", "Palais des Nations"],
    [],
    "delegates resumed talks on a plastics treaty",
    "talks",
)
places(
    "The chain, founded in Leeds in 1972, opened its 500th shop in Cardiff on Saturday.",
    ["Cardiff"],
    ["Leeds"],
    "chain opened its 500th shop",
)
places(
    "Ministers, who had met in Luxembourg on Monday, signed the accord in Brussels on Thursday.",
    ["Brussels"],
    ["Luxembourg"],
    "ministers signed the accord",
    "talks",
)
places(
    "The team flew home to Manchester, where the squad was greeted by fans, after losing the final in Istanbul.",
    ["Istanbul"],
    ["Manchester"],
    "team lost the final",
)
places(
    "The treaty was signed in Lisbon in 2007 by leaders who had failed to agree a constitution in Rome in 2004.",
    ["Lisbon"],
    ["Rome"],
    "EU leaders signed the treaty",
    "talks",
)
places(
    "The storm, which formed off Cape Verde last week, made landfall near Wilmington on Friday.",
    ["Wilmington"],
    ["Cape Verde"],
    "storm made landfall",
)
places(
    "Israeli forces intercepted the flotilla off Gaza on Wednesday and took the activists to the port of Ashdod, where they were detained.",
    ["Gaza"],
    [],
    "Israeli forces intercepted the flotilla",
)
places(
    "The band, formed in Sheffield in 1978, headlined the Pyramid Stage at Glastonbury on Saturday night.",
    ["Glastonbury"],
    ["Sheffield"],
    "band headlined the Pyramid Stage",
)
places(
    "The insurer, whose parent company is listed in Zurich, will cut 900 jobs at its offices in Leeds.",
    ["Leeds"],
    ["Zurich"],
    "insurer to cut 900 jobs",
)
places(
    "Ministers will meet in Luxembourg on Monday before EU leaders gather in Brussels for a summit on Thursday.",
    ["Luxembourg"],
    ["Brussels"],
    "EU ministers meet ahead of the summit",
    "talks",
)
places(
    "Floods cut off 40 villages in Aceh on Tuesday and Malaysian authorities evacuated 12,000 people in Kelantan.",
    ["Aceh"],
    ["Kelantan"],
    "floods cut off villages",
)
places(
    "Speaking in Davos on Wednesday, the chancellor announced a £2bn fund for green steel plants in Wales.",
    ["Davos"],
    ["Wales"],
    "chancellor announced a £2bn fund",
)
places(
    "The mayor of Leeds opened the new library in Otley on Friday.",
    ["Otley"],
    ["Leeds"],
    "new library opened",
)
places(
    "Toledo-based Owens Corning closed its roofing plant in Medina last month.",
    ["Medina"],
    ["Toledo"],
    "roofing plant closed",
)
places(
    "The company that built the Hinkley Point reactor in Somerset will now build two more at Sizewell in Suffolk.",
    ["Sizewell", "Suffolk"],
    ["Somerset"],
    "company to build two reactors",
)
places(
    "The singer, raised in Memphis, played two nights at Madison Square Garden in New York this week.",
    ["Madison Square Garden", "New York"],
    ["Memphis"],
    "singer played two nights",
)
places(
    "The drone struck an oil depot in Novorossiysk early on Friday (the port was also hit in Tuapse in June).",
    ["Novorossiysk"],
    ["Tuapse"],
    "drone struck an oil depot",
    "strike",
)

# --- the review's mend: the ", when" / ", where" clause of the value, an aside of its site --
days(
    "The former president, convicted in September, was jailed on Tuesday, when he was driven to La Santé prison shortly before 10am to begin a five-year sentence.",
    ["Tuesday"],
    ["September"],
    "former president begins five-year prison sentence",
)
days(
    "The ferry sank on 14 April, when a storm drove it onto rocks off the harbour at about 4am.",
    ["14 April"],
    [],
    "storm drove the ferry onto rocks",
)
days(
    "The minister quit in March and was arrested on Tuesday, when officers searched his flat in Kensington at 6am over payments from a property developer.",
    ["Tuesday"],
    ["March"],
    "officers searched the minister's flat over payments from a property developer",
)
places(
    "Officials flew from Kyiv to Jeddah, where they held talks with Saudi officials at a hotel in the Red Sea city on Tuesday.",
    ["Jeddah"],
    ["Kyiv"],
    "officials held talks with Saudi officials",
    "talks",
)
places(
    "MPs returned to Westminster on Monday, where they debated the assisted dying bill in the Commons chamber.",
    ["Westminster"],
    [],
    "MPs debated the assisted dying bill",
)
places(
    "The plant, built in Smyrna in 1983, made its last car on Friday.",
    ["Smyrna"],
    [],
    "plant made its last car",
)
places(
    "The depot, based at Didcot, will close next month with 120 jobs lost.",
    ["Didcot"],
    [],
    "depot to close with 120 jobs lost",
)
places(
    "The company, founded in Leeds, will cut 300 jobs at its offices, it said on Monday.",
    [],
    ["Leeds"],
    "company to cut 300 jobs",
)
places(
    "The rapper, born in Harlem, was acquitted of racketeering on Wednesday.",
    [],
    ["Harlem"],
    "rapper acquitted of racketeering",
)
places(
    "Helix Foods, based in Grimsby, will close its pie factory with the loss of 250 jobs.",
    [],
    ["Grimsby"],
    "pie factory to close with the loss of 250 jobs",
)


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
