# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 49's readings of an event's place or date given to something
other than the event (``grounding_rv49w.jsonl``, review rv49w of cl49w; places/name_parts.py,
places/told_elsewhere.py), cases written by the reviewer in new words, at the edges of

- ``party``: a city inside a site's name that is the sentence's subject ("Manchester Airport
  was closed", "Bondi Beach was shut"), a party noun for the site itself ("A London school was
  locked down"), a compound that places the event ("a Chicago-area hospital"), beside another
  sentence naming a smaller place; against a place that describes a party in shapes the
  reading was not written for ("a Brooklyn man", "a Lagos lawyer", "the London-bound train",
  "Leeds United fans", "the Munich-listed group");
- ``sentence``: the event's own place in a sentence without its act words ("Officers were
  called to Mare Street", "Emergency crews reached the scene near Didcot") beside a sentence
  that places it more widely; against a hospital, a hometown or a court in another sentence;
- ``clause``: the event's own place or date in a clause of time when the clause names it by
  another word ("after dockworkers walked out on Monday", "Ahead of Sunday's ballot");
  against another act's place or date in clauses the reading does not open ("in the wake of",
  "prior to", "was preceded by").

Run ``python tests/data/make_rv49w_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv49w.jsonl")

built = SupportCases(
    "rv49w",
    leads=[
        "By Ciaran Doyle | The Midland Courier",
        "NEWS DESK | Gulf Coast Wire",
        "From our regions desk, The Tasman Herald.",
        "Live | The Northern Standard",
        "Metro | The Harbour City Times",
    ],
)
PARTY, SENTENCE, CLAUSE = "party", "sentence", "clause"


# one event's place or date per value (SupportCases.event_field)
event = built.event_field


# --- party: the event's place inside a site's name, a party noun for the site ---------------
event(
    PARTY,
    [
        "Manchester Airport was closed for most of Saturday after a power failure.",
        "The airport closed both runways at 6am, and flights were diverted to Liverpool and to Leeds Bradford in West Yorkshire.",
    ],
    "airport closed after power failure",
    "place",
    ["Manchester"],
    ["Liverpool"],
)
event(
    PARTY,
    [
        "Bondi Beach was shut on Thursday after a shark was sighted near the flags.",
        "Lifeguards closed the beach at 10am and cleared swimmers from the water at North Bondi in Sydney's east.",
    ],
    "beach shut after shark sighting",
    "place",
    ["Bondi"],
    ["Sydney's east"],
)
event(
    PARTY,
    [
        "A London school was locked down on Tuesday after a pupil was stabbed.",
        "Police said the pupil was stabbed in a corridor at the school in Walthamstow shortly after 11am.",
    ],
    "pupil stabbed at school",
    "place",
    ["London", "Walthamstow"],
    [],
)
event(
    PARTY,
    [
        "A Texas university cancelled classes on Wednesday after a gunman opened fire near its library.",
        "The gunman opened fire outside the library at the campus in San Marcos, police said.",
    ],
    "gunman opened fire near library",
    "place",
    ["San Marcos"],
    [],
)
event(
    PARTY,
    [
        "Glasgow Central station was evacuated on Friday evening after a fire in a nearby shop.",
        "Thousands of passengers were evacuated from the station onto Gordon Street in the city centre.",
    ],
    "station evacuated after fire",
    "place",
    ["Glasgow Central"],
    ["Gordon Street"],
)
event(
    PARTY,
    [
        "Birmingham New Street was evacuated on Monday after a suspicious package was found.",
        "Passengers were evacuated from the concourse at about 2pm, British Transport Police in Birmingham said.",
    ],
    "station evacuated over suspicious package",
    "place",
    ["Birmingham"],
    [],
)
event(
    PARTY,
    [
        "A Chicago-area hospital was evacuated on Monday after a bomb threat.",
        "Staff evacuated patients from the hospital in Oak Lawn within an hour, police said.",
    ],
    "hospital evacuated after bomb threat",
    "place",
    ["Oak Lawn"],
    [],
)
event(
    PARTY,
    [
        "Wembley Stadium will host the Champions League final on June 1, UEFA confirmed.",
        "The final will be played in London for the third time since 2011, UEFA said at its headquarters in Nyon.",
    ],
    "Champions League final",
    "place",
    ["Wembley Stadium", "London"],
    ["Nyon"],
)
event(
    PARTY,
    [
        "Toronto Pearson airport grounded all flights on Sunday as a winter storm swept in.",
        "The airport grounded flights for six hours while crews cleared snow in Mississauga, Ontario.",
    ],
    "airport grounded flights",
    "place",
    ["Toronto Pearson"],
    [],
)
event(
    PARTY,
    [
        "The Louvre Museum was closed on Sunday morning after thieves stole jewels from a gallery.",
        "Thieves stole eight pieces of jewellery from the Apollo Gallery in Paris in under seven minutes.",
    ],
    "thieves stole jewels",
    "place",
    ["Louvre", "Paris"],
    [],
)
# a place that describes a party, in shapes the reading was not written for
event(
    PARTY,
    [
        "A Brooklyn man was charged in Manhattan federal court on Tuesday with wire fraud.",
        "Prosecutors charged the man in Manhattan with stealing $2 million from investors.",
    ],
    "man charged with wire fraud",
    "place",
    ["Manhattan"],
    ["Brooklyn"],
)
event(
    PARTY,
    [
        "A Lagos lawyer was arrested at the airport in Abuja on Sunday, his family said.",
        "Officers arrested him as he arrived in Abuja from Accra.",
    ],
    "lawyer arrested at airport",
    "place",
    ["Abuja"],
    ["Lagos"],
)
event(
    PARTY,
    [
        "The London-bound train derailed near Carlisle on Wednesday after hitting a landslip.",
        "The train derailed in Cumbria shortly after 7am, Network Rail said.",
    ],
    "train derailed after hitting landslip",
    "place",
    ["Carlisle"],
    ["London"],
)
event(
    PARTY,
    [
        "Leeds United fans clashed with police in Cardiff before Saturday's match.",
        "Fans clashed with officers in Cardiff city centre, South Wales Police said.",
    ],
    "fans clashed with police",
    "place",
    ["Cardiff"],
    ["Leeds"],
)
event(
    PARTY,
    [
        "The Munich-listed group will close its engine plant in Coventry next year.",
        "The group said it will close the plant in Coventry in March, cutting 400 jobs.",
    ],
    "group to close engine plant",
    "place",
    ["Coventry"],
    ["Munich"],
)
event(
    PARTY,
    [
        "Kansas City Chiefs supporters were injured when a stand collapsed at the stadium in Denver on Sunday.",
        "The stand collapsed in Denver during the third quarter, officials said.",
    ],
    "stand collapsed at stadium",
    "place",
    ["Denver"],
    ["Kansas City"],
)
event(
    PARTY,
    [
        "A Melbourne couple won the lottery draw held in Sydney on Monday night.",
        "The couple won the draw in Sydney, the operator said.",
    ],
    "couple won the lottery draw",
    "place",
    ["Sydney"],
    ["Melbourne"],
)
event(
    PARTY,
    [
        "A Dublin-born tenor was awarded an honorary doctorate in Belfast on Friday.",
        "The tenor was awarded the doctorate at a ceremony in Belfast.",
    ],
    "tenor awarded honorary doctorate",
    "place",
    ["Belfast"],
    ["Dublin"],
)

# --- sentence: the event's own place in a sentence without its act words ----------------------
event(
    SENTENCE,
    [
        "A bus overturned on the A34 in Oxfordshire on Tuesday, injuring 11 pupils.",
        "Emergency crews reached the scene near Didcot within minutes.",
    ],
    "bus overturned, injuring pupils",
    "place",
    ["Oxfordshire", "Didcot"],
    [],
)
event(
    SENTENCE,
    [
        "A man was stabbed in Hackney on Friday night, the Metropolitan Police said.",
        "Officers were called to Mare Street at 9.10pm.",
    ],
    "man stabbed",
    "place",
    ["Hackney", "Mare Street"],
    [],
)
event(
    SENTENCE,
    [
        "A gas explosion destroyed a house in Kirkcaldy, Fife, early on Sunday.",
        "Neighbours on Bennochy Road described a loud bang at about 4am.",
    ],
    "gas explosion destroyed a house",
    "place",
    ["Kirkcaldy", "Bennochy Road"],
    [],
)
event(
    SENTENCE,
    [
        "Floods swept through towns in Valencia province on Tuesday, killing dozens.",
        "Residents of Paiporta described a wall of water rushing down the streets.",
    ],
    "floods swept through towns",
    "place",
    ["Valencia", "Paiporta"],
    [],
)
event(
    SENTENCE,
    [
        "A wildfire burned 2,000 hectares in Attica on Sunday, forcing evacuations.",
        "Smoke darkened the sky over Athens as villagers fled Varnavas and nearby settlements.",
    ],
    "wildfire burned hectares, forcing evacuations",
    "place",
    ["Attica", "Varnavas"],
    [],
)
event(
    SENTENCE,
    [
        "An earthquake of magnitude 6.2 struck western Turkey on Wednesday.",
        "Buildings swayed in Istanbul, where residents rushed into the streets, and the epicentre lay off Silivri in the Sea of Marmara.",
    ],
    "earthquake struck",
    "place",
    ["Silivri"],
    [],
)
event(
    SENTENCE,
    [
        "Two climbers died in an avalanche in the Swiss Alps on Saturday, police said.",
        "Rescuers recovered the bodies below the Rimpfischhorn near Zermatt.",
    ],
    "climbers died in an avalanche",
    "place",
    ["Zermatt"],
    [],
)
event(
    SENTENCE,
    [
        "A tornado tore through a town in Mississippi overnight, killing at least 13.",
        "Rolling Fork, a town of 1,700, was left in ruins, officials said.",
    ],
    "tornado tore through a town",
    "place",
    ["Rolling Fork"],
    [],
)
event(
    SENTENCE,
    [
        "A freight train derailed in East Palestine, Ohio, on Friday, releasing toxic fumes.",
        "The injured were taken to a hospital in Pittsburgh.",
        "Residents were told to stay indoors.",
    ],
    "freight train derailed",
    "place",
    ["East Palestine"],
    ["Pittsburgh"],
)
event(
    SENTENCE,
    [
        "A cyclist was killed in a collision with a lorry in Bristol on Monday.",
        "The rider, who grew up in Swansea, was a keen triathlete.",
    ],
    "cyclist killed in collision with lorry",
    "place",
    ["Bristol"],
    ["Swansea"],
)
event(
    SENTENCE,
    [
        "Two men were arrested in Leicester after a burglary at a jeweller's on Tuesday.",
        "They appeared before magistrates in Nottingham on Thursday.",
    ],
    "men arrested after burglary",
    "place",
    ["Leicester"],
    ["Nottingham"],
)
event(
    SENTENCE,
    [
        "A ferry ran aground off the island of Arran on Saturday with 200 passengers aboard.",
        "Passengers were later taken by coach to Glasgow.",
    ],
    "ferry ran aground",
    "place",
    ["Arran"],
    ["Glasgow"],
)
event(
    SENTENCE,
    [
        "Lightning struck a church spire in Lincoln on Wednesday evening, setting the roof alight.",
        "Firefighters from Grantham and Newark joined crews from Lincoln.",
    ],
    "lightning struck church spire",
    "place",
    ["Lincoln"],
    ["Grantham", "Newark"],
)
event(
    SENTENCE,
    [
        "A fisherman was rescued off the coast of Cornwall on Sunday after his boat capsized.",
        "He was flown to hospital in Truro by coastguard helicopter.",
    ],
    "fisherman rescued after boat capsized",
    "place",
    ["Cornwall"],
    ["Truro"],
)
event(
    SENTENCE,
    [
        "A lorry driver was killed in a crash on the M62 near Huddersfield on Monday.",
        "His family, from Wakefield, paid tribute to a devoted father.",
    ],
    "lorry driver killed in a crash",
    "place",
    ["Huddersfield"],
    ["Wakefield"],
)
event(
    SENTENCE,
    [
        "A fire destroyed a warehouse in Dagenham on Sunday afternoon.",
        "Smoke could be seen from Canary Wharf, several miles away.",
    ],
    "fire destroyed a warehouse",
    "place",
    ["Dagenham"],
    ["Canary Wharf"],
)
event(
    SENTENCE,
    [
        "A magnitude 5.1 earthquake struck near Naples on Thursday night.",
        "It was felt as far away as Rome.",
    ],
    "earthquake struck",
    "place",
    ["Naples"],
    ["Rome"],
)

# --- clause: the event's own in a clause of time, and another act's in clauses not opened ----
event(
    CLAUSE,
    [
        "Ports across Belgium reopened on Friday after dockworkers walked out on Monday.",
        "The strike by dock workers cost the port of Antwerp 200 million euros, its operator said on Thursday.",
    ],
    "strike by dock workers",
    "when",
    ["Monday"],
    ["Friday"],
)
event(
    CLAUSE,
    [
        "Ahead of Sunday's ballot, campaigners rallied in Noumea on Friday.",
        "The independence referendum drew a turnout of 85 per cent, officials said on Monday.",
    ],
    "independence referendum",
    "when",
    ["Sunday"],
    ["Friday"],
)
event(
    CLAUSE,
    [
        "Rescue work continued on Thursday following Tuesday's 6.8-magnitude earthquake.",
        "The quake struck the Atlas mountains at 11pm, the seismic agency said on Wednesday.",
    ],
    "quake struck",
    "when",
    ["Tuesday"],
    ["Thursday"],
)
event(
    CLAUSE,
    [
        "Traffic returned to the bridge on Sunday, two days after a lorry hit the parapet on Friday.",
        "The crash closed the bridge for 48 hours, the highways agency said on Saturday.",
    ],
    "crash closed the bridge",
    "when",
    ["Friday"],
    ["Sunday"],
)
event(
    CLAUSE,
    [
        "Flights resumed in Lisbon on Thursday after air traffic controllers downed tools on Tuesday.",
        "The walkout grounded 400 flights, the airport operator said in Lisbon on Wednesday.",
    ],
    "walkout grounded flights",
    "when",
    ["Tuesday"],
    ["Thursday"],
)
event(
    CLAUSE,
    [
        "Talks resumed in Geneva after negotiators met in Doha last month.",
        "The Geneva round of talks opened on Monday.",
    ],
    "round of talks opened",
    "place",
    ["Geneva"],
    ["Doha"],
)
event(
    CLAUSE,
    [
        "Schools reopened in Dhaka after students clashed with police in Chittagong.",
        "The clashes left 30 injured, officials in Chittagong said.",
    ],
    "clashes left 30 injured",
    "place",
    ["Chittagong"],
    ["Dhaka"],
)
# another act's place or date in a clause the reading does not open
event(
    CLAUSE,
    [
        "In the wake of the floods in Derna in September, the government met in Tripoli on Monday.",
        "The cabinet meeting approved a reconstruction fund, ministers said.",
    ],
    "cabinet meeting approved reconstruction fund",
    "place",
    ["Tripoli"],
    ["Derna"],
)
event(
    CLAUSE,
    [
        "Prior to the summit in Brussels on Thursday, leaders held a dinner in Bruges on Wednesday.",
        "The dinner was hosted by the Belgian king.",
    ],
    "leaders held a dinner",
    "when",
    ["Wednesday"],
    ["Thursday"],
)
event(
    CLAUSE,
    [
        "The vote in Lyon on Sunday was preceded by a rally in Grenoble on Saturday.",
        "The regional vote drew record turnout.",
    ],
    "regional vote",
    "place",
    ["Lyon"],
    ["Grenoble"],
)
event(
    CLAUSE,
    [
        "The strike, called in response to a shooting in Nanterre on June 27, began in Marseille on Monday.",
        "Transport workers began the strike at dawn.",
    ],
    "transport workers began the strike",
    "place",
    ["Marseille"],
    ["Nanterre"],
)
event(
    CLAUSE,
    [
        "Three years on from the collapse in Genoa in 2018, a new bridge opened in Turin on Tuesday.",
        "The bridge opened to traffic at noon.",
    ],
    "new bridge opened",
    "place",
    ["Turin"],
    ["Genoa"],
)
event(
    CLAUSE,
    [
        "Until the fire at the depot in Hayes on Thursday, the airport had never closed.",
        "The airport closed for 18 hours, its chief executive said.",
    ],
    "airport closed for 18 hours",
    "when",
    [],
    ["Thursday"],
)


# --- the mends: a site's name, premises, an opener's plural, the scene, a compound act word
event(
    PARTY,
    [
        "Gatwick Airport was closed for two hours on Sunday after a drone sighting.",
        "The airport closed its runway at 9pm while police searched fields near Crawley in West Sussex.",
    ],
    "airport closed after drone sighting",
    "place",
    ["Gatwick"],
    [],
)
event(
    PARTY,
    [
        "The Chicago Park District sued a paving contractor in Springfield on Monday.",
        "The district sued the contractor in Sangamon County court over cracked paths.",
    ],
    "district sued paving contractor",
    "place",
    ["Springfield"],
    ["Chicago"],
)
event(
    PARTY,
    [
        "A Leeds college was evacuated on Thursday after a chemical spill.",
        "Students were evacuated from the college in Headingley as the spill was cleaned up.",
    ],
    "college evacuated after chemical spill",
    "place",
    ["Leeds", "Headingley"],
    [],
)
event(
    PARTY,
    [
        "A Boston university opened its first overseas campus in Doha on Monday.",
        "The university opened the campus in Education City.",
    ],
    "university opened its first overseas campus",
    "place",
    ["Doha"],
    ["Boston"],
)
event(
    PARTY,
    [
        "A gas leak forced hundreds of families to be evacuated in Kharkiv on Tuesday.",
        "Families of Saltivka were evacuated to a school nearby.",
    ],
    "families evacuated after gas leak",
    "place",
    ["Saltivka"],
    [],
)
event(
    PARTY,
    [
        "Residents of Dover protested in London on Saturday against the new lorry park.",
        "They protested outside Parliament in Westminster.",
    ],
    "residents protested against lorry park",
    "place",
    ["London"],
    ["Dover"],
)
event(
    SENTENCE,
    [
        "A warehouse fire broke out in Liverpool on Wednesday night.",
        "Crews reached the scene in Toxteth at 11pm.",
    ],
    "warehouse fire broke out",
    "place",
    ["Toxteth"],
    [],
)
event(
    SENTENCE,
    [
        "A man was stabbed in Leeds city centre on Saturday.",
        "Police were also called to a separate disturbance in Harrogate.",
    ],
    "man stabbed",
    "place",
    ["Leeds"],
    ["Harrogate"],
)
event(
    CLAUSE,
    [
        "Insurers counted claims on Friday after Tuesday's hailstorm.",
        "The storm hit Calgary with hail the size of golf balls, forecasters said on Wednesday.",
    ],
    "storm hit",
    "when",
    ["Tuesday"],
    ["Friday"],
)
event(
    CLAUSE,
    [
        "Markets rallied on Thursday after the airstrike on Tuesday.",
        "The general strike shut ports, unions said on Wednesday.",
    ],
    "general strike shut ports",
    "when",
    [],
    ["Tuesday"],
)


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
