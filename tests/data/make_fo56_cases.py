# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 56's acted_offices reading (``grounding_fo56.jsonl``, false-alarm
writer fo56; :mod:`summarizer.verification.people.acted_offices`), at the edges of

- ``acted``: a role whose office noun the page writes nowhere but states as the person's act
  of holding it ("the trust was set up in 2018 by A and B" for co-founder, "A started the
  Luma Dance Company", "who represents the family in the lawsuit" for counsel): passed;
  against the same verbs done by another person of the page, verbs that found nothing
  ("started work at", "set up a meeting", "launched an inquiry"), a body founded by no one
  named, "represents" a district (no case);
- ``heldbody``: an affiliation written right after the person's name by "for" ("General Moussa
  Diallo for Niger", "Ada Bell for Harwick Rovers"), or the value owning the body the person's
  own clause says they run ("Andes Copper's Cerro Azul mine" and "Luis Mora, who runs the Cerro
  Azul division"), or holding a post in the value's stand-in in their own sentence ("serve as
  the court's deputy registrars"): passed; against the other side or party of the same sentence, and the body
  another named person is tied to.

Run ``python tests/data/make_fo56_cases.py`` to rebuild it. Every article below was written
for this set in its own words; each verdict is what a careful fact-checker reads in the text,
decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_fo56.jsonl")

built = SupportCases(
    "fo56",
    leads=[
        "By Ruth Calder | The Tamar Gazette",
        "OMAHA (Prairie Wire) -",
        "Business | The Wensum Post",
        "From our Bristol desk, The Avon Courier.",
        "LIVE | The Trent Bulletin",
    ],
)
ACTED, HELD = "acted", "heldbody"


role = partial(built.person_role, ACTED)


# --- a founding written as a phrase: the doers are the founders ------------------------------
role(
    "Ines Varga",
    ["co-founder"],
    [],
    "The food charity Second Harvest Bay was set up in June 2018 by Ines Varga and Tomas Lind, two chefs who were tired of watching restaurants throw out bread.",
    "It now runs three kitchens and a delivery van.",
)
role(
    "Tomas Lind",
    ["co-founder", "founder"],
    [],
    "The food charity Second Harvest Bay was set up in June 2018 by Ines Varga and Tomas Lind, two chefs who were tired of watching restaurants throw out bread.",
    "It now runs three kitchens and a delivery van.",
)
role(
    "Maya Orth",
    [],
    ["co-founder", "founder"],
    "The food charity Second Harvest Bay was set up in June 2018 by Ines Varga and Tomas Lind, two chefs who were tired of watching restaurants throw out bread.",
    "Maya Orth, who joined as a volunteer in 2021, said demand had doubled.",
)
role(
    "Dora Pell",
    ["founder"],
    [],
    "Pell Kitchens, which Dora Pell started in a rented garage in 2009, now sells its sauces in 400 shops.",
    "The company expects sales to rise again this year.",
)
role(
    "Ravi Menon",
    ["founder"],
    [],
    "Ravi Menon established the Kerala Weavers Trust in 1998 to buy looms for village families.",
    "The trust says it has trained 3,000 weavers since.",
)
role(
    "Anil Das",
    [],
    ["founder"],
    "Ravi Menon established the Kerala Weavers Trust in 1998 to buy looms for village families.",
    "Anil Das, who took over the trust's accounts last year, said donations had fallen.",
)
role(
    "Pia Rowe",
    ["founder"],
    [],
    "The Moorside Brass Band was formed by retired teacher Pia Rowe in a church hall in 1987.",
    "It plays at the county show every summer.",
)
role(
    "Leo Grant",
    ["co-founder"],
    [],
    "Leo Grant and his sister Ama launched the Kindle Street Bakery in 2015 with a loan from their aunt.",
    "The bakery now employs 40 people.",
)
role(
    "Sofia Brandt",
    ["founder"],
    [],
    "Sofia Brandt, a former nurse, created the Harbour Lights Foundation after her son's illness.",
    "The foundation funds night nurses for sick children.",
)
role(
    "Kwame Osei",
    ["co-founder"],
    [],
    "The Accra coding school CodeYard was started in 2016 by Kwame Osei, Efua Mensah and Yaw Boateng.",
    "More than 900 students have finished its course.",
)
role(
    "Efua Mensah",
    [],
    ["chairman"],
    "The Accra coding school CodeYard was started in 2016 by Kwame Osei, Efua Mensah and Yaw Boateng.",
    "More than 900 students have finished its course.",
)
role(
    "Lena Frost",
    [],
    ["founder"],
    "Lena Frost started work at the Kestrel Trust in May, after ten years in banking.",
    "The trust gives grants to rural schools.",
)
role(
    "Jon Weir",
    [],
    ["founder"],
    "Jon Weir set up a meeting with the Harlow Tenants Group for next week.",
    "The group wants repairs done before winter.",
)
role(
    "Rhea Kapoor",
    [],
    ["founder"],
    "Rhea Kapoor launched an inquiry into the Delmar Housing Association last month.",
    "The association said it would co-operate.",
)
role(
    "Kai Mohr",
    [],
    ["founder", "co-founder"],
    "Kai Mohr, whose grandfather set up the Mohr Bakery in 1960, said he would close two shops.",
    "The bakery blamed the price of flour.",
)
role(
    "Pedro Sena",
    [],
    ["founder"],
    "Ines Varga set up the Luma Dance Company in 2011; Pedro Sena joined it two years later as a dancer.",
    "The company tours Spain every autumn.",
)
role(
    "Greta Holm",
    [],
    ["founder"],
    "The Norrland Youth Choir was set up by the county council in 1972. Greta Holm sings in it.",
    "It will perform in Umea in March.",
)
role(
    "Bo Lindqvist",
    [],
    ["co-founder"],
    "The Vasa Rowing Club was formed in 1921. Bo Lindqvist, 19, won its first medal in a decade on Sunday.",
    "The club has 300 members.",
)

# --- represents in a case: counsel -------------------------------------------------------------
role(
    "Owen Bray",
    ["counsel", "attorney"],
    [],
    "Owen Bray, who represents the Carter family in the lawsuit, said the hospital had ignored three warnings.",
    "The trial is set for March.",
)
role(
    "Ada Fenton",
    [],
    ["counsel"],
    "Owen Bray, who represents the Carter family in the lawsuit, told Judge Ada Fenton the hospital had ignored three warnings.",
    "The trial is set for March.",
)
role(
    "Mila Carter",
    [],
    ["counsel", "attorney"],
    "Owen Bray represents Mila Carter in the case against the Lakeside Hospital Trust.",
    "A hearing is due in May.",
)
role(
    "Sara Quinn",
    ["counsel"],
    [],
    "The dockers were represented at the tribunal by Sara Quinn, who said the sackings were unlawful.",
    "The port denies the claim.",
)
role(
    "Dev Anand",
    [],
    ["counsel"],
    "Dev Anand represents Leeds Central in Parliament and sits on the transport committee.",
    "He wants the tram line finished by 2030.",
)

# --- more foundings of another or of nothing ---------------------------------------------------
role(
    "Ruth Ellery",
    [],
    ["founder"],
    "Ruth Ellery launched a petition against the closure of the Tamar Valley Line last spring.",
    "It has 12,000 signatures.",
)
role(
    "Omar Haddad",
    [],
    ["co-founder"],
    "The Cedar Film Club was started in 2003 by Layla Nassar. Omar Haddad, its treasurer since 2019, said screenings would resume.",
    "The club meets on Thursdays.",
)
role(
    "Ben Tully",
    [],
    ["founder"],
    "Ben Tully created a stir at the Wensum Rowing Club by quitting mid-season.",
    "The club declined to comment.",
)
role(
    "Ola Nowak",
    ["founder"],
    [],
    "Ola Nowak, 34, set up Warsaw Ridefree, a bike repair co-op, after losing her office job.",
    "The co-op fixes 200 bikes a month.",
)
role(
    "Gus Hardy",
    [],
    ["founder"],
    "A new youth club was set up in Hexham last year. Gus Hardy, a volunteer, said it was full most nights.",
    "The council pays its rent.",
)


# --- heldbody: a body the person acts for or runs, written after their name ------------------
aff = partial(built.affiliation, HELD)


aff(
    "Moussa Diallo",
    ["Niger"],
    ["Senegal"],
    "The pact was signed in Bamako by the three juntas' leaders: Colonel Amadou Sow for Mali, Captain Idrissa Kabore for Burkina Faso and General Moussa Diallo for Niger.",
    "Senegal's foreign minister called the move regrettable.",
)
aff(
    "Idrissa Kabore",
    ["Burkina Faso"],
    ["Senegal"],
    "The pact was signed in Bamako by the three juntas' leaders: Colonel Amadou Sow for Mali, Captain Idrissa Kabore for Burkina Faso and General Moussa Diallo for Niger.",
    "Senegal's foreign minister called the move regrettable.",
)
aff(
    "Ada Bell",
    ["Harwick Rovers"],
    ["Selby Town"],
    "Harwick Rovers beat Selby Town 3-2 on Saturday. The winner was scored late on by Ada Bell for Harwick Rovers, after Mia Dunn for Selby Town had levelled.",
    "Selby Town manager Ivy Croft said her side deserved a point.",
)
aff(
    "Mia Dunn",
    ["Selby Town"],
    ["Harwick Rovers"],
    "Harwick Rovers beat Selby Town 3-2 on Saturday. The winner was scored late on by Ada Bell for Harwick Rovers, after Mia Dunn for Selby Town had levelled.",
    "Harwick Rovers manager Ivy Croft said her side had earned the points.",
)
aff(
    "Luis Mora",
    ["Andes Copper"],
    ["Pacific Mining"],
    "Rescuers at Andes Copper's Cerro Azul mine reached the last trapped worker on Sunday, the state-owned company said.",
    "Luis Mora, who runs the Cerro Azul division, said the tunnel had been checked in May.",
    "Pacific Mining's chief executive, Elena Vidal, whose crews helped in the rescue, called for an inquiry.",
)
aff(
    "Elena Vidal",
    ["Pacific Mining"],
    ["Andes Copper"],
    "Rescuers at Andes Copper's Cerro Azul mine reached the last trapped worker on Sunday, the state-owned company said.",
    "Luis Mora, who runs the Cerro Azul division, said the tunnel had been checked in May.",
    "Pacific Mining's chief executive, Elena Vidal, whose crews helped in the rescue, called for an inquiry.",
)
aff(
    "Tarek Nassif",
    ["Baltic Freight"],
    ["Nordhafen Port"],
    "Baltic Freight's Riga Terminal handled a record 2 million containers last year.",
    "Tarek Nassif, who heads the Riga Terminal, said a new crane would arrive in March.",
    "Nordhafen Port's director, Ines Koch, said the Baltic route was taking her trade.",
)
aff(
    "Ines Koch",
    ["Nordhafen Port"],
    ["Baltic Freight"],
    "Baltic Freight's Riga Terminal handled a record 2 million containers last year.",
    "Tarek Nassif, who heads the Riga Terminal, said a new crane would arrive in March.",
    "Nordhafen Port's director, Ines Koch, said the Baltic route was taking her trade.",
)
aff(
    "Priya Raman",
    ["Deccan Steel"],
    ["Konkan Power"],
    "Deccan Steel's Vizag Works will shut one furnace for repairs, the company said.",
    "Priya Raman, who manages the Vizag Works, said no jobs would be lost.",
    "Konkan Power's Arun Pillai said the plant's power would be cut by half.",
)
aff(
    "Arun Pillai",
    ["Konkan Power"],
    ["Deccan Steel"],
    "Deccan Steel's Vizag Works will shut one furnace for repairs, the company said.",
    "Priya Raman, who manages the Vizag Works, said no jobs would be lost.",
    "Konkan Power's Arun Pillai said the plant's power would be cut by half.",
)
aff(
    "Owen Price",
    ["Glamorgan"],
    ["Somerset"],
    "Owen Price for Glamorgan and Jack Leeds for Somerset both made centuries on the first day at Taunton.",
    "Somerset's coach Rob Fane praised the pitch.",
)
aff(
    "Jack Leeds",
    ["Somerset"],
    ["Glamorgan"],
    "Owen Price for Glamorgan and Jack Leeds for Somerset both made centuries on the first day at Taunton.",
    "Glamorgan's coach Rob Fane praised the pitch.",
)

aff(
    "Lusia Tonga",
    ["Pacific Arbitration Court"],
    ["Samoa"],
    "The Pacific Arbitration Court named two new judges on Friday.",
    "Tonga's Lusia Tonga and Ravi Prasad, a Fijian lawyer, will serve as the court's deputy registrars.",
)
aff(
    "Ravi Prasad",
    ["Pacific Arbitration Court"],
    ["Supreme Court of Fiji"],
    "The Pacific Arbitration Court named two new officials on Friday.",
    "Ravi Prasad, a lawyer who sat on the Supreme Court of Fiji until 2020, and Lusia Tonga will serve as the court's deputy registrars.",
)
aff(
    "Mara Solis",
    [],
    ["Andean Water Council"],
    "The Andean Water Council fined the Lima Water Board on Tuesday.",
    "Mara Solis, who chairs a residents' group, criticised the council's decision.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
