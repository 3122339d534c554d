# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 59's review rv59m of md59 (``grounding_rv59m.jsonl``;
:mod:`summarizer.verification.bylines.broadcast_heads` and
:mod:`summarizer.verification.bylines.desk_heads`), at the edges of

- ``heads``: a broadcast page's head in shapes md59's set did not write ("Broadcaster: X",
  "Podcast | X | Episode 7", "X Newsroom bulletin - 0600"), against a guest's or a
  correspondent's outlet standing as a whole segment of the same head ("Guest: Nadia Ferris |
  Harbor Ledger", "Correspondent: Ruth Keane - Southern Money Wire") and a sponsor opening a
  sentence of a head;
- ``stories``: lines that only look like a broadcast head: a mixed-case speaker's turn ("Host:
  Good morning. The Harbor Ledger, which broke the story, ..."), a story's sentence opening
  with a programme's kind ("The broadcasts end after 61 years.") beside a body that opens a
  sentence, and a show's title "on" its topic ('"Money Matters" on Halvard Motors, the
  carmaker ...'): the body, the guest's paper, the topic stay refused; the station passes;
- ``desks``: the page's own desk against a body's or another outlet's team, briefing or
  newsroom opening a headline ("Kettle Bank research team: rates to fall", "White House
  briefing: ...", "The Kestrel Times newsroom, 120 strong, voted to strike", "Photos - Sandline
  Wire picture desk").

Run ``python tests/data/make_rv59m_cases.py`` to rebuild it. Every page below was written for
this set in its own words, names and outlets made up; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv59m.jsonl")

built = SupportCases("rv59m")
HEADS, STORIES, DESKS = "heads", "stories", "desks"
heads = partial(built.article_field, HEADS, "outlet")
stories = partial(built.article_field, STORIES, "outlet")
desks = partial(built.article_field, DESKS, "outlet")

# --- heads: the station or producer in a broadcast head, and other outlets in the same head --
heads(
    "Podcast | Ridgeway Audio | Episode 7: The water bill | 12 Feb 2026\n"
    "Host: Orla Finch. Guest: Ivo Rand | Tidewater Post\n\n"
    "FINCH: Ivo, how much will a household pay?\n\n"
    "RAND: About forty pounds more a year, if the regulator signs off in March.\n",
    ["Ridgeway Audio"],
    ["Tidewater Post", "Orla Finch"],
)
heads(
    "EVENING REPORT - radio transcript, 9 April 2026\n"
    "Broadcaster: Norrland Public Radio. Anchor: Siri Dahl. Correspondent: Ruth Keane - Southern Money Wire\n\n"
    "DAHL: The central bank held rates today. Ruth, were markets surprised?\n\n"
    "KEANE: Not at all, Siri. Traders had priced in a pause weeks ago.\n",
    ["Norrland Public Radio"],
    ["Southern Money Wire", "Siri Dahl"],
)
heads(
    "Episode 31 | Brightwater Podcasts | 2 March 2026 | Host: Sam Idris\n"
    "This episode is sponsored. Kettle Bank, our partner this season, did not review it.\n\n"
    "IDRIS: Today we ask why rents in the north rose faster than wages.\n\n"
    "The answer, our guests say, is a decade of too little building.\n",
    ["Brightwater Podcasts"],
    ["Kettle Bank", "Sam Idris"],
)
heads(
    "Harrowby FM Newsroom bulletin - 0600 hrs, Friday\n"
    "Read by: Tom Akers. Guest reporter: Lina Park - Coldwater Echo\n\n"
    "AKERS: The ring road will close for a week from Monday.\n\n"
    "PARK: The council says the repairs cannot wait for summer.\n",
    ["Harrowby FM"],
    ["Coldwater Echo", "Tom Akers"],
)
heads(
    "The Grain Report | Westfold Farm Radio | 14 May 2026\n"
    "Presenter: Mabel Orr. Guest: Dev Sharma | Ashby Agricultural College\n\n"
    "ORR: Dev, will the dry spring cut the wheat crop?\n\n"
    "SHARMA: By a tenth in the east, I'd say, less in the west.\n",
    ["Westfold Farm Radio"],
    ["Ashby Agricultural College", "Mabel Orr", "Grain Report"],
)
heads(
    "Transcript: 'Night Desk' on Calder Valley Radio, 21 January 2026\n"
    "Producer: Nico Salas. Guests: Ana Ruiz - Brannock Ledger; Piet Mol - Veldt Courier\n\n"
    "HOST: Two papers, two views on the strike. Ana first.\n\n"
    "RUIZ: The drivers have a case on hours, if not on pay.\n",
    ["Calder Valley Radio"],
    ["Brannock Ledger", "Veldt Courier", "Nico Salas"],
)
heads(
    "Channel: Orwell Street TV | Programme: City Hall Tonight | 4 June 2026\n"
    "Anchor: Bea Lund. Panel: Omar Haddad | Harbor Ledger\n\n"
    "LUND: The budget vote is tomorrow. Omar, does the mayor have the numbers?\n\n"
    "HADDAD: Two votes short, by my count.\n",
    ["Orwell Street TV"],
    ["Harbor Ledger", "City Hall Tonight"],
)
heads(
    "Network: Fenmarsh Broadcasting Company. Host: Greta Voss.\n"
    "Listener question read out from: Lowtown Herald\n\n"
    "VOSS: A reader of the Lowtown Herald asks whether the ferry fare will rise.\n\n"
    "It will, by ten pence, from April.\n",
    ["Fenmarsh Broadcasting Company"],
    ["Lowtown Herald", "Greta Voss"],
)
heads(
    "MIDDAY NEWS - bulletin script, 11 March 2026. Station: Tarnmoor Radio.\n"
    "Reporter: Kofi Mensah. Clip: Pellham Evening Star\n\n"
    "MENSAH: The mill will shut in June, its owners said this morning.\n\n"
    "Ninety jobs go with it.\n",
    ["Tarnmoor Radio"],
    ["Pellham Evening Star", "Kofi Mensah"],
)
heads(
    "Episode 88 - Saltmarsh Audio - 30 September 2026\n"
    "Host: Rhea Moss. With thanks to: Dunlin Records\n\n"
    "MOSS: This week, the song that saved a seaside town.\n\n"
    "It began, as these things do, with a pier and a storm.\n",
    ["Saltmarsh Audio"],
    ["Dunlin Records", "Rhea Moss"],
)
heads(
    "Podcast transcript | Quarry Lane Radio | 'Small Print' | 3 July 2026\n"
    "Host: Jonas Weir. Guest: Mei Tan, consumer editor, Ashgrove Ledger\n\n"
    "WEIR: Mei, why are phone contracts so hard to leave?\n\n"
    "TAN: Because the exit fees are written to be missed.\n",
    ["Quarry Lane Radio"],
    ["Ashgrove Ledger", "Jonas Weir"],
)

# --- stories: lines that only look like a broadcast head ---------------------------------------
stories(
    "Morning Show transcript, 3 June 2026. Station: Coldbrook FM.\n\n"
    "Host: Good morning. The Harbor Ledger, which broke the story, says the mayor will resign today.\n\n"
    "Guest: That's right, and the council will meet at noon to name a stand-in.\n",
    ["Coldbrook FM"],
    ["Harbor Ledger"],
)
stories(
    "Breakfast programme transcript | Station: Eastgate Radio | 8 May 2026\n\n"
    "Anchor: Thanks, Jo. Dunmore Steel, the town's biggest employer, has cut 200 jobs.\n\n"
    "Reporter: The union says it learned of the cuts from the radio, not the firm.\n",
    ["Eastgate Radio"],
    ["Dunmore Steel"],
)
stories(
    'Transcript: "Money Matters" on Halvard Motors, the carmaker that lost its chief\n'
    "Station: Dunlin Radio. Host: Kofi Mensah.\n\n"
    "MENSAH: Halvard Motors has had three chief executives in two years.\n\n"
    "Its shares have halved in that time.\n",
    ["Dunlin Radio"],
    ["Halvard Motors", "Money Matters"],
)
stories(
    "Podcast: 'The Briefing' on Orlen Foods - its recall, explained\n"
    "Broadcast by Sablewood Audio. Host: Lior Katz.\n\n"
    "KATZ: Orlen Foods recalled 40,000 jars of baby food on Tuesday.\n\n"
    "The firm says no child fell ill.\n",
    ["Sablewood Audio"],
    ["Orlen Foods"],
)
stories(
    "Harbor Street Radio, the city's oldest station, will go off air in June. The broadcasts end after 61 years, its owner said on Monday.\n\n"
    "The owner, Kettle Media, blamed falling advertising. The station employs 14 people.\n\n"
    "Listeners plan a vigil outside the studio on the last night.\n\n"
    "-- Reporting by Ana Ruiz for the Westfold Gazette\n",
    [],
    ["Harbor Street Radio", "Kettle Media"],
)
stories(
    "Lantern Media, the podcast network, said on Tuesday it would cut a third of its staff. Its podcasts will continue, the company said.\n\n"
    "Lantern Media makes eleven shows, the most popular about true crime.\n\n"
    "The cuts follow a fall in advertising across the industry.\n",
    [],
    ["Lantern Media"],
)
stories(
    "Corran Public Broadcasting lost its licence appeal on Thursday. The broadcaster had argued the fee was unlawful.\n\n"
    "Judge Amy Holt ruled that the regulator acted within its powers.\n\n"
    "The station said it would consider a further appeal.\n",
    [],
    ["Corran Public Broadcasting", "Amy Holt"],
)
stories(
    "Ostrava Mutual, the lender, cut its savings rate on Friday. The episode angered savers who had been promised a fixed return.\n\n"
    "The bank said the change was allowed under the terms of the account.\n\n"
    "Consumer groups say they will complain to the ombudsman.\n",
    [],
    ["Ostrava Mutual"],
)
stories(
    "The council's bulletin went out late on Monday. Pellham Water, the supplier, said the boil notice would stay for a week.\n\n"
    "Residents in four streets are affected.\n\n"
    "Bottled water is being handed out at the leisure centre.\n",
    [],
    ["Pellham Water"],
)
stories(
    "Episode 5 | Kestrel Valley Radio | 2 April 2026 | Host: Imani Doyle\n\n"
    "Host: Welcome back. Tillbury Gazette, the weekly that closed last year, is back in print.\n\n"
    "Guest: Its new owners bought the title for a pound.\n",
    ["Kestrel Valley Radio"],
    ["Tillbury Gazette", "Imani Doyle"],
)
stories(
    "Late Edition transcript, 14 April 2026 - Station: Marrowby Sound\n\n"
    "Presenter: Good evening. Greyfield Wire - the agency - reports that talks have collapsed.\n\n"
    "Correspondent: Both sides have left the building, and no new date is set.\n",
    ["Marrowby Sound"],
    ["Greyfield Wire"],
)
stories(
    "Broadcast by Fenwick Radio. Host: Ada Grey.\n\n"
    "Host: Our guest is from Northgate Hospital. Northgate Hospital, like every hospital in the county, is short of nurses.\n\n"
    "Guest: We have forty posts empty.\n",
    ["Fenwick Radio"],
    ["Northgate Hospital"],
)
stories(
    "Transcript of the Morning Show | Eastbrook Radio | 2 May 2026\n\n"
    "Host: Hello and welcome. Tarn Valley Water, which supplies the town, has lifted its hosepipe ban.\n\n"
    "Guest: About time, after the wettest April in years.\n",
    ["Eastbrook Radio"],
    ["Tarn Valley Water"],
)
stories(
    "Host: Ada Grey | Quayside Radio | Episode 9\n\n"
    "Host: Today, the harbour. Corbin Marine, the yard that built half the fishing fleet, is for sale.\n\n"
    "Guest: And nobody local can afford it.\n",
    ["Quayside Radio"],
    ["Corbin Marine", "Ada Grey"],
)
stories(
    "Podcast episode: Why the ferry stopped - Ridgeway Audio, 4 May 2026\n\n"
    "Host: The Isle Link ferry has not sailed for a month. Northsea Ferries, its operator, blames the harbour.\n\n"
    "Guest: The harbour blames the operator.\n",
    ["Ridgeway Audio"],
    ["Northsea Ferries", "Isle Link"],
)
stories(
    "The Sunday Programme | Ashmoor Radio | 5 April 2026\n"
    "Presenter: Jo Hart.\n\n"
    "Presenter: Good morning. The Ashmoor Echo, our sister paper, reports that the hospital ward will close.\n\n"
    "Reporter: The trust says the ward is too small to staff safely.\n",
    ["Ashmoor Radio"],
    ["Ashmoor Echo", "Jo Hart"],
)
stories(
    "Anchor: Bea Lund | Orwell Street TV\n\n"
    "Anchor: Good evening. Greyline Buses, the city's operator, will cut eleven routes next month.\n\n"
    "Reporter: Drivers were told at a meeting this afternoon.\n",
    ["Orwell Street TV"],
    ["Greyline Buses", "Bea Lund"],
)

# --- desks: the page's own desk against a body's or another outlet's team or briefing ---------
desks(
    "From the Tidewater Post markets desk\n\n"
    "Kettle Bank research team: rates will fall by June\n\n"
    "Economists at Kettle Bank expect two cuts before summer, a note to clients said on Monday.\n",
    ["Tidewater Post"],
    ["Kettle Bank"],
)
desks(
    "White House briefing: what the press secretary said on tariffs | Compiled by the Lowtown Herald politics desk\n\n"
    "The press secretary said new tariffs would start in May.\n\n"
    "She took eleven questions in forty minutes.\n",
    ["Lowtown Herald"],
    ["White House"],
)
desks(
    "Ashby Courier live team | Updated 10:42\n\n"
    "The Kestrel Times newsroom, 120 strong, voted on Friday to strike over pay.\n\n"
    "The paper's owners said they were disappointed.\n",
    ["Ashby Courier"],
    ["Kestrel Times"],
)
desks(
    "Pentagon briefing, 14 May: troops to stay in the region\n"
    "Brannock Ledger defence desk | Reported by Ivo Rand\n\n"
    "A spokesman said the deployment would last until autumn.\n",
    ["Brannock Ledger"],
    ["Pentagon"],
)
desks(
    "Halvard Capital strategy team | Sell the dollar, says note\n"
    "Corrie Bay Times markets desk, 3 March 2026\n\n"
    "The note said the currency was overvalued by a tenth.\n",
    ["Corrie Bay Times"],
    ["Halvard Capital"],
)
desks(
    "Dunmore Rovers team: Keane returns for the derby\n"
    "Ostwick Courier sports desk | Written by Pat Byrne\n\n"
    "Keane has missed six games with a hamstring strain.\n",
    ["Ostwick Courier"],
    ["Dunmore Rovers", "Pat Byrne"],
)
desks(
    "Met Office team: storm to hit on Tuesday\n"
    "Prepared by the Fenwick Post weather desk.\n\n"
    "Winds of 70mph are expected on the coast.\n",
    ["Fenwick Post"],
    ["Met Office"],
)
desks(
    "Orchard Street Journal travel desk | 9 August 2026\n"
    "Photos - Sandline Wire picture desk\n\n"
    "The old harbour town has found a second life as a weekend escape.\n",
    ["Orchard Street Journal"],
    ["Sandline Wire"],
)
desks(
    "Data | Orbis Analytics research team | Charts by Ana Ruiz\n"
    "Harbour Bell data desk, 2 February 2026\n\n"
    "House prices fell in nine of the twelve regions last year.\n",
    ["Harbour Bell"],
    ["Orbis Analytics"],
)
desks(
    "Treasury briefing - compiled by the Veldt Courier economics team\n\n"
    "The Treasury said borrowing was lower than forecast in April.\n\n"
    "The figures will be revised next month.\n",
    ["Veldt Courier"],
    ["Treasury"],
)
desks(
    "Ministry of Health team | Vaccine drive expands to over-50s\n"
    "Marlow Courier health desk | Reported by Nia Ellis\n\n"
    "Clinics will open on Saturdays from next week.\n",
    ["Marlow Courier"],
    ["Ministry of Health", "Nia Ellis"],
)
desks(
    "Downing Street briefing, 12 March: no change on fuel duty\n"
    "From the Calder Post politics desk\n\n"
    "The spokesman said the chancellor's plans were unchanged.\n",
    ["Calder Post"],
    ["Downing Street"],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
