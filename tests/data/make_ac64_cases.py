# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 64's actors given by a title and their surname alone
(``grounding_ac64.jsonl``, false-alarm writer ac64;
:data:`summarizer.verification.people.namewords.HONORIFICS` and
:func:`summarizer.verification.people.shared_surnames.titled_namesake`), at the edges of

- ``titled``: a person named in full once, then by an honorific, rank or office with no full
  stop and the surname ("Prof Hale", "Cllr Moss", "Det Sgt Arden", "Judge Okafor", "Rev
  Pryce", "Supt Lowe", "Baroness Kell") is the actor where that titled surname does the act;
  the same person stays refused where the evidence gives them only as the one acted on
  ("arrested Cllr Moss"), as the one reporting another's act, as one quoted about it, or where
  another titled person does the act;
- ``namesake``: the surname after a title stands for the value's person only where no other
  person of the page shares it: a namesake the page gives another first name ("Prof Ruth Hale"
  beside "Tom Hale") and a given name that is no title ("Dean Hale", "Earl Moss") keep a
  value with another first name refused; a title-like word the page writes as a first name of
  the value's own person passes as before.

Run ``python tests/data/make_ac64_cases.py`` to rebuild it. Every article below was written
for this set in its own words with made-up names; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_ac64.jsonl")

built = SupportCases(
    "ac64",
    leads=[
        "HALDEN, March 4 (Northline Wire) -",
        "By Ines Farrow | The Kellmar Gazette",
        "Local democracy reporting | The Orrin Valley Record",
        "From our courts desk, The Saltby Post.",
        "NEWS IN BRIEF | Marlow Evening Post",
        "Campus news -",
    ],
)
TITLED, NAMESAKE = "titled", "namesake"

# (category, expect, paragraphs, evidence, value, description, why)
CASES: list[tuple[str, bool, list[str], str, str, str, str]] = [
    # --- titled: an undotted title and the surname -------------------------------------------
    (
        TITLED,
        True,
        [
            "Professor Tom Hale, who leads the Kellmar University coastal unit, has spent ten years mapping the estuary.",
            "Prof Hale published the unit's flood map on Tuesday, showing 4,000 homes at risk.",
        ],
        "Prof Hale published the unit's flood map on Tuesday, showing 4,000 homes at risk.",
        "Tom Hale",
        "flood map published",
        "'Prof Hale' is the subject of 'published'",
    ),
    (
        TITLED,
        True,
        [
            "Councillor Ruth Moss chairs the Orrin Valley planning committee.",
            "Cllr Moss moved the motion to refuse the quarry extension, which passed by nine votes to two.",
        ],
        "Cllr Moss moved the motion to refuse the quarry extension, which passed by nine votes to two.",
        "Ruth Moss",
        "motion to refuse the quarry extension",
        "'Cllr Moss' moved the motion",
    ),
    (
        TITLED,
        True,
        [
            "Detective Sergeant Lena Arden has led the inquiry into the Saltby warehouse thefts since June.",
            "Det Sgt Arden arrested two men at a lock-up in Marlow on Friday.",
        ],
        "Det Sgt Arden arrested two men at a lock-up in Marlow on Friday.",
        "Lena Arden",
        "arrests in the warehouse thefts",
        "'Det Sgt Arden' is the one arresting",
    ),
    (
        TITLED,
        True,
        [
            "The case was heard by Judge Samuel Okafor at Halden Crown Court.",
            "Judge Okafor jailed the former bookkeeper for three years on Thursday.",
        ],
        "Judge Okafor jailed the former bookkeeper for three years on Thursday.",
        "Samuel Okafor",
        "bookkeeper jailed",
        "the judge, by title and surname, jailed him",
    ),
    (
        TITLED,
        True,
        [
            "The Reverend Alan Pryce has been vicar of St Bride's in Kelby for 22 years.",
            "Rev Pryce opened the church hall as a warm space for the winter on Monday.",
        ],
        "Rev Pryce opened the church hall as a warm space for the winter on Monday.",
        "Alan Pryce",
        "warm space opened",
        "'Rev Pryce' opened the hall",
    ),
    (
        TITLED,
        True,
        [
            "Superintendent Gail Lowe commands policing in the Saltby district.",
            "Supt Lowe ordered extra patrols in the town centre after the weekend's disorder.",
        ],
        "Supt Lowe ordered extra patrols in the town centre after the weekend's disorder.",
        "Gail Lowe",
        "extra patrols ordered",
        "'Supt Lowe' is the subject of 'ordered'",
    ),
    (
        TITLED,
        True,
        [
            "Baroness Nadia Kell, a former health minister, sits on the committee.",
            "Baroness Kell tabled an amendment on Wednesday to protect rural maternity units.",
        ],
        "Baroness Kell tabled an amendment on Wednesday to protect rural maternity units.",
        "Nadia Kell",
        "amendment tabled",
        "the baroness, by her title and surname, tabled it",
    ),
    (
        TITLED,
        True,
        [
            "Captain Ivo Renner has skippered the Halden lifeboat since 2019.",
            "Capt Renner steered the lifeboat through a force eight gale to reach the stricken trawler.",
        ],
        "Capt Renner steered the lifeboat through a force eight gale to reach the stricken trawler.",
        "Ivo Renner",
        "lifeboat rescue",
        "'Capt Renner' steered the boat",
    ),
    (
        TITLED,
        True,
        [
            "Inspector Maya Doyle runs the Marlow neighbourhood team.",
            "Insp Doyle closed the underpass to pedestrians on Sunday after two robberies.",
        ],
        "Insp Doyle closed the underpass to pedestrians on Sunday after two robberies.",
        "Maya Doyle",
        "underpass closed",
        "'Insp Doyle' closed it",
    ),
    (
        TITLED,
        True,
        [
            "Lord Felix Ashdown chairs the Kelby Canal Trust.",
            "Lord Ashdown signed the lease for the old lock-keeper's cottage on Tuesday.",
        ],
        "Lord Ashdown signed the lease for the old lock-keeper's cottage on Tuesday.",
        "Felix Ashdown",
        "cottage lease signed",
        "'Lord Ashdown' signed the lease",
    ),
    (
        TITLED,
        True,
        [
            "Mayor Hannah Voss took office in May after a close race.",
            "Mayor Voss vetoed the council's parking-fee increase on Friday, her first veto.",
        ],
        "Mayor Voss vetoed the council's parking-fee increase on Friday, her first veto.",
        "Hannah Voss",
        "parking-fee veto",
        "'Mayor Voss' is the one vetoing",
    ),
    (
        TITLED,
        True,
        [
            "Bishop Michael Orme was installed at Saltby Cathedral two years ago.",
            "Bishop Orme ordained four new priests at the cathedral on Saturday.",
        ],
        "Bishop Orme ordained four new priests at the cathedral on Saturday.",
        "Michael Orme",
        "priests ordained",
        "'Bishop Orme' ordained them",
    ),
    (
        TITLED,
        True,
        [
            "Sheriff Dale Prentiss was re-elected in November.",
            "Sheriff Prentiss suspended two deputies without pay pending an internal review.",
        ],
        "Sheriff Prentiss suspended two deputies without pay pending an internal review.",
        "Dale Prentiss",
        "deputies suspended",
        "'Sheriff Prentiss' suspended them",
    ),
    (
        TITLED,
        True,
        [
            "Detective Chief Inspector Omar Rowe heads the Saltby major crime team.",
            "DCI Rowe charged a 34-year-old man with the Harbour Street murder late on Sunday.",
        ],
        "DCI Rowe charged a 34-year-old man with the Harbour Street murder late on Sunday.",
        "Omar Rowe",
        "murder charge",
        "'DCI Rowe' charged the man",
    ),
    (
        TITLED,
        True,
        [
            "Father Declan Breen has served the parish of St Anne's for a decade.",
            "Fr Breen led 300 walkers on the pilgrimage from Kelby to the abbey on Saturday.",
        ],
        "Fr Breen led 300 walkers on the pilgrimage from Kelby to the abbey on Saturday.",
        "Declan Breen",
        "pilgrimage led",
        "'Fr Breen' led the walk",
    ),
    (
        TITLED,
        False,
        [
            "Police Constable Amy Ward was first on the scene.",
            "A jury cleared PC Ward on Tuesday of assaulting a protester outside the town hall.",
        ],
        "A jury cleared PC Ward on Tuesday of assaulting a protester outside the town hall.",
        "Amy Ward",
        "constable cleared",
        "the jury cleared her; she is the one cleared",
    ),
    (
        TITLED,
        False,
        [
            "Councillor Ruth Moss had chaired the licensing panel for four years.",
            "Police arrested Cllr Moss at her home on Wednesday on suspicion of misconduct in public office.",
        ],
        "Police arrested Cllr Moss at her home on Wednesday on suspicion of misconduct in public office.",
        "Ruth Moss",
        "councillor arrested",
        "she is the one arrested, not the one arresting",
    ),
    (
        TITLED,
        False,
        [
            "Professor Tom Hale had warned of flooding for years.",
            "The university suspended Prof Hale on Monday over a complaint about his unit's budget.",
        ],
        "The university suspended Prof Hale on Monday over a complaint about his unit's budget.",
        "Tom Hale",
        "professor suspended",
        "he is the one suspended; the university acted",
    ),
    (
        TITLED,
        False,
        [
            "Detective Sergeant Lena Arden and Detective Inspector Paul Reeve lead the inquiry.",
            "Det Insp Reeve charged the two men with burglary on Saturday, Det Sgt Arden said.",
        ],
        "Det Insp Reeve charged the two men with burglary on Saturday, Det Sgt Arden said.",
        "Lena Arden",
        "men charged with burglary",
        "Reeve charged them; Arden only reported it",
    ),
    (
        TITLED,
        False,
        [
            "Judge Samuel Okafor and Judge Ama Bright sat together on the appeal.",
            "Judge Bright dismissed the appeal, finding no fault in the trial.",
        ],
        "Judge Bright dismissed the appeal, finding no fault in the trial.",
        "Samuel Okafor",
        "appeal dismissed",
        "another judge, named by her own surname, dismissed it",
    ),
    (
        TITLED,
        False,
        [
            "Reverend Alan Pryce runs the food bank at St Bride's.",
            '"It was the right decision," Rev Pryce said after the council closed the Kelby library on Monday.',
        ],
        '"It was the right decision," Rev Pryce said after the council closed the Kelby library on Monday.',
        "Alan Pryce",
        "library closed",
        "the council closed it; Pryce only comments",
    ),
    (
        TITLED,
        False,
        [
            "Superintendent Gail Lowe gave evidence at the inquest.",
            "The coroner criticised Supt Lowe's officers for a 40-minute delay in reaching the scene.",
        ],
        "The coroner criticised Supt Lowe's officers for a 40-minute delay in reaching the scene.",
        "Gail Lowe",
        "officers criticised",
        "the coroner criticised; Lowe's officers are the object",
    ),
    (
        TITLED,
        False,
        [
            "Baroness Nadia Kell spoke in the debate.",
            "Ministers rejected Baroness Kell's amendment by 212 votes to 180.",
        ],
        "Ministers rejected Baroness Kell's amendment by 212 votes to 180.",
        "Nadia Kell",
        "amendment rejected",
        "ministers rejected it; Kell only owned the amendment",
    ),
    (
        TITLED,
        False,
        [
            "Captain Ivo Renner and Captain Joss Farley both serve on the Halden lifeboat crew.",
            "Capt Farley took the helm on Sunday's rescue while the crew winched two climbers aboard.",
        ],
        "Capt Farley took the helm on Sunday's rescue while the crew winched two climbers aboard.",
        "Ivo Renner",
        "lifeboat helm",
        "Farley took the helm, not Renner",
    ),
    (
        TITLED,
        True,
        [
            "Inspector Maya Doyle leads the Marlow team.",
            "Residents wrote to Insp Doyle asking her to close the underpass at night.",
        ],
        "Residents wrote to Insp Doyle asking her to close the underpass at night.",
        "Maya Doyle",
        "letter about the underpass",
        "the one written to, as the one urged or told, took part (the schema; rv64c re-judged it)",
    ),
    (
        TITLED,
        False,
        [
            "Lord Felix Ashdown chairs the Kelby Canal Trust.",
            "The trust's lease was signed by its treasurer, Cllr Imran Shah, in the absence of Lord Ashdown.",
        ],
        "The trust's lease was signed by its treasurer, Cllr Imran Shah, in the absence of Lord Ashdown.",
        "Felix Ashdown",
        "cottage lease signed",
        "Shah signed it; Ashdown was absent",
    ),
    (
        TITLED,
        False,
        [
            "Mayor Hannah Voss took office in May.",
            "The council overrode Mayor Voss's veto on Friday by eleven votes to four.",
        ],
        "The council overrode Mayor Voss's veto on Friday by eleven votes to four.",
        "Hannah Voss",
        "veto overridden",
        "the council overrode the veto; Voss is its owner",
    ),
    (
        TITLED,
        False,
        [
            "Sheriff Dale Prentiss was re-elected in November.",
            "A grand jury indicted Sheriff Prentiss on Thursday on two counts of perjury.",
        ],
        "A grand jury indicted Sheriff Prentiss on Thursday on two counts of perjury.",
        "Dale Prentiss",
        "sheriff indicted",
        "the grand jury indicted him",
    ),
    # --- namesake: the surname is the value's person's only ---------------------------------
    (
        NAMESAKE,
        True,
        [
            "Tom Hale, a marine biologist, joined Kellmar University in 2015.",
            "Prof Hale and his students counted 300 seals on the sandbanks this winter.",
        ],
        "Prof Hale and his students counted 300 seals on the sandbanks this winter.",
        "Tom Hale",
        "seal count",
        "the one Hale of the page, by title, counted",
    ),
    (
        NAMESAKE,
        True,
        [
            "Ruth Moss was elected for the Abbey ward in 2021.",
            "Councillor Moss has now called a public meeting on the bus cuts for next Thursday.",
        ],
        "Councillor Moss has now called a public meeting on the bus cuts for next Thursday.",
        "Ruth Moss",
        "public meeting called",
        "'Councillor Moss' is the only Moss of the page",
    ),
    (
        NAMESAKE,
        True,
        [
            "Lena Arden joined Saltby police as a constable in 2008.",
            "Detective Arden found the stolen tools in a garage on Elm Road, according to the charge sheet.",
        ],
        "Detective Arden found the stolen tools in a garage on Elm Road, according to the charge sheet.",
        "Lena Arden",
        "stolen tools found",
        "the detective, the page's one Arden, found them",
    ),
    (
        NAMESAKE,
        True,
        [
            "Samuel Okafor was appointed a circuit judge last year.",
            "Justice Okafor granted the injunction late on Friday, halting the demolition.",
        ],
        "Justice Okafor granted the injunction late on Friday, halting the demolition.",
        "Samuel Okafor",
        "injunction granted",
        "'Justice Okafor' granted it",
    ),
    (
        NAMESAKE,
        True,
        [
            "Alan Pryce, 61, trained as an engineer before he was ordained.",
            "Reverend Pryce blessed the new lifeboat at the harbour on Sunday.",
        ],
        "Reverend Pryce blessed the new lifeboat at the harbour on Sunday.",
        "Alan Pryce",
        "lifeboat blessed",
        "'Reverend Pryce' blessed it",
    ),
    (
        NAMESAKE,
        True,
        [
            "Gail Lowe took charge of the Saltby district in April.",
            "Superintendent Lowe banned alcohol from the seafront for the bank holiday weekend.",
        ],
        "Superintendent Lowe banned alcohol from the seafront for the bank holiday weekend.",
        "Gail Lowe",
        "seafront alcohol ban",
        "'Superintendent Lowe' banned it",
    ),
    (
        NAMESAKE,
        True,
        [
            "Ivo Renner has volunteered with the lifeboat crew for 15 years.",
            "Captain Renner pulled the swimmer from the water just after 6pm.",
        ],
        "Captain Renner pulled the swimmer from the water just after 6pm.",
        "Ivo Renner",
        "swimmer rescued",
        "'Captain Renner' pulled the swimmer out",
    ),
    (
        NAMESAKE,
        True,
        [
            "Maya Doyle was promoted last spring.",
            "Inspector Doyle seized 40 e-bikes in a raid on a Marlow storage unit on Tuesday.",
        ],
        "Inspector Doyle seized 40 e-bikes in a raid on a Marlow storage unit on Tuesday.",
        "Maya Doyle",
        "e-bikes seized",
        "'Inspector Doyle' seized them",
    ),
    (
        NAMESAKE,
        True,
        [
            "Hannah Voss, 44, ran on a promise to fix the roads.",
            "Mayor Voss signed the road repair budget into effect on Monday.",
        ],
        "Mayor Voss signed the road repair budget into effect on Monday.",
        "Hannah Voss",
        "road budget signed",
        "'Mayor Voss' signed it",
    ),
    (
        NAMESAKE,
        True,
        [
            "Nadia Kell was made a life peer in 2016.",
            "Lady Kell opened the new maternity wing at Kelby General on Friday.",
        ],
        "Lady Kell opened the new maternity wing at Kelby General on Friday.",
        "Nadia Kell",
        "maternity wing opened",
        "'Lady Kell' opened it",
    ),
    (
        NAMESAKE,
        False,
        [
            "Tom Hale runs the estuary boat tours; his sister, Professor Ruth Hale, leads the coastal unit at Kellmar University.",
            "Prof Hale published the unit's flood map on Tuesday.",
        ],
        "Prof Hale published the unit's flood map on Tuesday.",
        "Tom Hale",
        "flood map published",
        "the professor is Ruth Hale, not her brother Tom",
    ),
    (
        NAMESAKE,
        False,
        [
            "Ruth Moss is a teacher in the town; her husband, Councillor Peter Moss, sits on the planning committee.",
            "Cllr Moss voted to refuse the quarry extension.",
        ],
        "Cllr Moss voted to refuse the quarry extension.",
        "Ruth Moss",
        "quarry vote",
        "the councillor is Peter Moss",
    ),
    (
        NAMESAKE,
        False,
        [
            "Tom Hale coaches the under-12s at Halden Rovers.",
            "Dean Hale scored twice as the first team beat Orvik United 3-1 on Saturday.",
        ],
        "Dean Hale scored twice as the first team beat Orvik United 3-1 on Saturday.",
        "Tom Hale",
        "two goals",
        "Dean is another person's first name, not a title",
    ),
    (
        NAMESAKE,
        False,
        [
            "Ruth Moss runs the bakery on Mill Street.",
            "Earl Moss, her cousin, bought the building next door on Monday.",
        ],
        "Earl Moss, her cousin, bought the building next door on Monday.",
        "Ruth Moss",
        "building bought",
        "Earl Moss, her cousin, bought it",
    ),
    (
        NAMESAKE,
        False,
        [
            "Lena Arden gave evidence at the trial; Detective Constable Mark Arden, her brother, was also called.",
            "Det Con Arden searched the suspect's van on the night of the burglary.",
        ],
        "Det Con Arden searched the suspect's van on the night of the burglary.",
        "Lena Arden",
        "van searched",
        "the detective constable is Mark Arden",
    ),
    (
        NAMESAKE,
        False,
        [
            "Samuel Okafor, the defendant's father, sat in the public gallery; the trial judge was Judge Grace Okafor, no relation.",
            "Judge Okafor sentenced the defendant to 18 months.",
        ],
        "Judge Okafor sentenced the defendant to 18 months.",
        "Samuel Okafor",
        "defendant sentenced",
        "the judge is Grace Okafor, not the father",
    ),
    (
        NAMESAKE,
        False,
        [
            "Alan Pryce, a churchwarden, read the lesson; the service was led by the Reverend Sarah Pryce.",
            "Rev Pryce blessed the new bells after the service.",
        ],
        "Rev Pryce blessed the new bells after the service.",
        "Alan Pryce",
        "bells blessed",
        "the vicar is Sarah Pryce",
    ),
    (
        NAMESAKE,
        False,
        [
            "Gail Lowe chairs the residents' association; Superintendent Owen Lowe commands the district.",
            "Supt Lowe banned alcohol from the seafront for the weekend.",
        ],
        "Supt Lowe banned alcohol from the seafront for the weekend.",
        "Gail Lowe",
        "alcohol ban",
        "the superintendent is Owen Lowe",
    ),
    (
        NAMESAKE,
        False,
        [
            "Ivo Renner owns the Halden chandlery; Captain Beth Renner skippers the lifeboat.",
            "Capt Renner steered the lifeboat out to the stricken yacht.",
        ],
        "Capt Renner steered the lifeboat out to the stricken yacht.",
        "Ivo Renner",
        "lifeboat launch",
        "the captain is Beth Renner",
    ),
    (
        NAMESAKE,
        False,
        [
            "Hannah Voss owns the Market Street cafe; Mayor Carl Voss is her uncle.",
            "Mayor Voss vetoed the parking-fee increase on Friday.",
        ],
        "Mayor Voss vetoed the parking-fee increase on Friday.",
        "Hannah Voss",
        "parking-fee veto",
        "the mayor is Carl Voss",
    ),
    (
        NAMESAKE,
        False,
        [
            "Maya Doyle runs the Marlow youth club; Inspector Ray Doyle leads the neighbourhood team.",
            "Insp Doyle closed the underpass to pedestrians on Sunday.",
        ],
        "Insp Doyle closed the underpass to pedestrians on Sunday.",
        "Maya Doyle",
        "underpass closed",
        "the inspector is Ray Doyle",
    ),
]
for category, expect, paragraphs, evidence, who, description, why in CASES:
    built.page_actor(category, expect, paragraphs, evidence, who, description, why)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
