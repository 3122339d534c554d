# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 50's act_shapes reading (``grounding_cl50f.jsonl``, rule writer
cl50f; :mod:`summarizer.verification.people.act_shapes`), at the edges of

- ``passive``: a body that acts AGAINST the person, in a shape with no active verb of theirs
  taking it as its object: a passive's agent ("was sued by"), "is under investigation by", "who
  faces a judgment from", a progressive "is suing", "took X to court", "signed a letter to", a
  dispute noun ("a formal complaint from", "a failed takeover bid by"), refused as their
  affiliation; against their own body in the same page ("X, who works for the union, filed";
  "her employer, the council, was sued"; "a spokeswoman for", "was hired by", "is coaching");
- ``second``: a body only the object of the person's second verb ("joined the talks and
  criticised Ofwat", "flew to Paris and met Renault executives") or the other side of a
  contest ("as Arsenal beat Leicester City", "lost to", "scored against", "rival"), refused;
  against the person's own team or body in the same sentences ("joined Rovers and scored",
  "helped Rovers beat", "X's side");
- ``away``: a body named only away from a person whose own body is given after an age
  ("X, 24, of Leicester Tigers,"), refused; against a body a pronoun's next sentence ties to
  them ("She works for").

Run ``python tests/data/make_cl50f_cases.py`` to rebuild it. Every article below was written
for this set in its own words; each verdict is what a careful fact-checker reads in the text,
decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_cl50f.jsonl")

built = SupportCases(
    "cl50f",
    leads=[
        "By Oona Reilly | The Humber Tribune",
        "DENVER (Plainsline Wire) -",
        "Business | The Kentish Ledger",
        "From our Cardiff desk, The Taff Courier.",
        "LIVE | The Wear Bulletin",
    ],
)
PASSIVE, SECOND, AWAY = "passive", "second", "away"


# --- passive: a body acting against the person ----------------------------------------------
built.affiliation(
    PASSIVE,
    "Nadia Farouk",
    ["Ridgeway Homes"],
    ["Sierra Club"],
    "Nadia Farouk, chief executive of Ridgeway Homes, was sued by the Sierra Club on Monday over a housing plan near a wetland.",
    "The company said it would defend the case.",
)
built.affiliation(
    PASSIVE,
    "Oskar Brandt",
    ["Elbe Shipping"],
    ["Federal Cartel Office"],
    "Elbe Shipping's finance chief, Oskar Brandt, is under investigation by the Federal Cartel Office over freight pricing.",
    "He denies wrongdoing.",
)
built.affiliation(
    PASSIVE,
    "Grace Mwangi",
    ["Kenya Tea Growers Association"],
    ["Nairobi High Court"],
    "Grace Mwangi of the Kenya Tea Growers Association, who faces a judgment from the Nairobi High Court, said the levy was unlawful.",
    "A ruling is due in May.",
)
built.affiliation(
    PASSIVE,
    "Ed Marsh",
    ["Pinecrest Airlines"],
    ["Skyline Systems"],
    "Ed Marsh, the Pinecrest Airlines chief executive, is suing Skyline Systems over the software failure that grounded his fleet.",
    "The claim seeks $300 million.",
)
built.affiliation(
    PASSIVE,
    "Rhiannon Price",
    ["Cardiff Tenants Union"],
    ["Taff Housing"],
    "Rhiannon Price, a Cardiff Tenants Union organiser, took Taff Housing to court over damp flats.",
    "The landlord said repairs were under way.",
)
built.affiliation(
    PASSIVE,
    "Amit Rao",
    ["Mumbai Port Workers Union"],
    ["Ministry of Shipping"],
    "Amit Rao, general secretary of the Mumbai Port Workers Union, signed a letter to the Ministry of Shipping demanding a pay review.",
    "The ministry has not replied.",
)
built.affiliation(
    PASSIVE,
    "Lars Eklund",
    ["Norrland Bank"],
    ["Fjord Capital"],
    "Lars Eklund, chairman of Norrland Bank, faces a lawsuit from Fjord Capital over the failed merger.",
    "Fjord wants damages of 200 million crowns.",
)
built.affiliation(
    PASSIVE,
    "Sofia Reyes",
    ["Andes Copper"],
    ["Lima Mining Ltd"],
    "Sofia Reyes, who runs Andes Copper, has fought off a failed takeover bid by Lima Mining Ltd, the company said.",
    "Shares rose 4 per cent.",
)
built.affiliation(
    PASSIVE,
    "Kwame Boateng",
    ["Accra Metro Bus"],
    ["Ghana Road Safety Authority"],
    "Kwame Boateng, the Accra Metro Bus director, was questioned by the Ghana Road Safety Authority after the crash.",
    "Two passengers were injured.",
)
built.affiliation(
    PASSIVE,
    "Helen Drake",
    ["Wessex Water"],
    ["Environment Agency"],
    "Wessex Water's chief executive, Helen Drake, was criticised by the Environment Agency for sewage spills.",
    "The company said it would invest more.",
)
built.affiliation(
    PASSIVE,
    "Tom Reilly",
    ["Unite"],
    ["Harbour Foods"],
    "Tom Reilly of Unite, who is negotiating with Harbour Foods, said a strike was likely.",
    "Talks resume on Friday.",
)
# the person's own body in the same shapes: it passes
built.affiliation(
    PASSIVE,
    "Joan Pike",
    ["GMB"],
    [],
    "Joan Pike, who works for the GMB, filed a complaint against Leeds City Council on Tuesday.",
    "The council said it would respond.",
)
built.affiliation(
    PASSIVE,
    "Alan Sutter",
    ["Harlow Council"],
    [],
    "Alan Sutter said his employer, Harlow Council, was sued by residents over the bin strike.",
    "He is the council's head of waste services.",
)
built.affiliation(
    PASSIVE,
    "Priya Shah",
    ["Northgate Rail"],
    [],
    "Priya Shah, a spokeswoman for Northgate Rail, said the company was under investigation by the regulator.",
    "Northgate Rail runs trains across Yorkshire.",
)
built.affiliation(
    PASSIVE,
    "Marco Bellini",
    ["Atalanta Rovers"],
    [],
    "Marco Bellini was hired by Atalanta Rovers in 2023 and is coaching the club through its best season.",
    "The club faces a lawsuit from a former sponsor.",
)
built.affiliation(
    PASSIVE,
    "Dana Cole",
    ["Brightwater Trust"],
    [],
    "Dana Cole, chair of the Brightwater Trust, was appointed by the trustees in 2021.",
    "The trust is under investigation by the Charity Commission.",
)
built.affiliation(
    PASSIVE,
    "Ruth Okafor",
    ["Lagos Dock Workers Union"],
    [],
    "Ruth Okafor, who leads the Lagos Dock Workers Union, faces pressure from members to call a strike.",
    "The union has 9,000 members.",
)
built.affiliation(
    PASSIVE,
    "Ben Haddad",
    ["Vantage Logistics"],
    [],
    "Ben Haddad is representing Vantage Logistics in its case against the port authority.",
    "He has worked for the company for 12 years.",
)
built.affiliation(
    PASSIVE,
    "Claire Dunn",
    ["Stroud Housing Trust"],
    [],
    "Claire Dunn, chief executive of Stroud Housing Trust, was questioned by councillors about the trust's repairs.",
    "Stroud Housing Trust owns 4,000 homes.",
)
built.affiliation(
    PASSIVE,
    "Yusuf Demir",
    ["Anatolia Air"],
    [],
    "Anatolia Air was fined by the aviation authority last year, and its chief pilot, Yusuf Demir, was criticised by the same agency.",
    "Demir has flown for Anatolia Air since 2009.",
)

# --- second: a second verb's object, the other side of a contest ---------------------------
built.affiliation(
    SECOND,
    "Willa Grant",
    ["Consumer Water Council"],
    ["Ofwat"],
    "Willa Grant, head of the Consumer Water Council, joined the talks and criticised Ofwat for allowing bonuses.",
    "The regulator said it was reviewing pay.",
)
built.affiliation(
    SECOND,
    "Jean Moreau",
    ["Valeo Systems"],
    ["Renault"],
    "Jean Moreau, the Valeo Systems chief executive, flew to Paris and met Renault executives on Monday.",
    "No deal was announced.",
)
built.affiliation(
    SECOND,
    "Sam Okoro",
    ["Millbrook Rovers"],
    ["Castleford Town"],
    "Sam Okoro scored twice as Millbrook Rovers beat Castleford Town 3-1 on Saturday.",
    "The striker joined Millbrook Rovers in the summer.",
)
built.affiliation(
    SECOND,
    "Pat Nolan",
    ["Leinster"],
    ["Munster"],
    "Leinster lost to Munster in Limerick, and their coach, Pat Nolan, said his side had been beaten by a better team.",
    "Nolan has coached Leinster since 2022.",
)
built.affiliation(
    SECOND,
    "Ayesha Khan",
    ["Karachi Kings"],
    ["Lahore Qalandars"],
    "Ayesha Khan of the Karachi Kings took four wickets against Lahore Qalandars.",
    "The Kings top the table.",
)
built.affiliation(
    SECOND,
    "Ivan Petrov",
    ["Volga Motors"],
    ["Ural Trucks"],
    "Ivan Petrov of Volga Motors, whose company overtook rival Ural Trucks in sales this year, said exports had doubled.",
    "Volga Motors sells in 30 countries.",
)
built.affiliation(
    SECOND,
    "Lena Vogt",
    ["Rhein Energie"],
    ["Bundesnetzagentur"],
    "Lena Vogt, chief executive of Rhein Energie, visited the new plant and accused the Bundesnetzagentur of delaying grid links.",
    "The agency rejected the claim.",
)
built.affiliation(
    SECOND,
    "Omar Haddad",
    ["Port of Aqaba"],
    ["Maersk"],
    "Omar Haddad, director of the Port of Aqaba, returned to Amman and wrote to Maersk about the delays.",
    "Maersk said it was rerouting ships.",
)
built.affiliation(
    SECOND,
    "Chris Lowe",
    ["Harrogate Town"],
    ["York City"],
    "Harrogate Town manager Chris Lowe watched his side draw with York City and praised his defence.",
    "Harrogate Town are 14th.",
)
built.affiliation(
    SECOND,
    "Maya Lin",
    ["Pacific Freight"],
    ["Harbor Cranes Inc"],
    "Maya Lin, who runs Pacific Freight, signed the deal and then sued Harbor Cranes Inc over the late delivery.",
    "The case is in Oakland.",
)
built.affiliation(
    SECOND,
    "Theo Banks",
    ["Bristol Bears"],
    ["Bath Rugby"],
    "Bristol Bears fly-half Theo Banks kicked 17 points in the 27-20 win over Bath Rugby.",
    "Bristol Bears are second in the table.",
)
# the person's own team or body in the same shapes: it passes
built.affiliation(
    SECOND,
    "Luke Carter",
    ["Dinas Wanderers"],
    [],
    "Luke Carter joined Dinas Wanderers in June and scored on his debut against Penarth United.",
    "Dinas Wanderers won 2-0.",
)
built.affiliation(
    SECOND,
    "Gina Russo",
    ["Tiber Athletic"],
    [],
    "Gina Russo helped Tiber Athletic beat Roma Ladies 2-1 and lifted the cup.",
    "She has captained Tiber Athletic since 2020.",
)
built.affiliation(
    SECOND,
    "Hugo Lind",
    ["Malmo Stars"],
    [],
    "Hugo Lind's Malmo Stars beat Orebro Lions on Sunday, and Lind said his players were outstanding.",
    "He has coached Malmo Stars for four years.",
)
built.affiliation(
    SECOND,
    "Abdul Musa",
    ["Kano Pillars"],
    [],
    "Abdul Musa signed for Kano Pillars and scored twice in the win over Enyimba.",
    "The forward cost Kano Pillars a club record fee.",
)
built.affiliation(
    SECOND,
    "Irene Walsh",
    ["Galway Credit Union"],
    [],
    "Irene Walsh, who chairs Galway Credit Union, met members and defended the union's lending record.",
    "The credit union has 20,000 members.",
)
built.affiliation(
    SECOND,
    "Jon Price",
    ["Severn Trent"],
    [],
    "Severn Trent's chief operating officer, Jon Price, visited the works and thanked Severn Trent staff for their effort.",
    "The company fixed the main in 36 hours.",
)
built.affiliation(
    SECOND,
    "Rosa Diaz",
    ["Madrid Metro"],
    [],
    "Rosa Diaz, head of Madrid Metro, toured the depot and announced new trains for the network.",
    "Madrid Metro carries 2 million people a day.",
)
built.affiliation(
    SECOND,
    "Kofi Asante",
    ["Hearts of Oak"],
    [],
    "Hearts of Oak striker Kofi Asante scored the winner against Asante Kotoko and celebrated with Hearts of Oak fans.",
    "It was his tenth goal of the season.",
)
built.affiliation(
    SECOND,
    "Nina Berg",
    ["Oslo Vikings"],
    [],
    "Nina Berg's Oslo Vikings lost to Bergen Storm in the final, and Berg thanked her players.",
    "She has coached the Oslo Vikings since 2019.",
)
built.affiliation(
    SECOND,
    "Peter Quinn",
    ["Cork Harbour Board"],
    [],
    "Peter Quinn, chair of the Cork Harbour Board, flew to Brussels and represented the Cork Harbour Board at the summit.",
    "The board runs three ports.",
)

# --- away: another body named away from a person whose own body follows an age --------------
built.affiliation(
    AWAY,
    "Ollie Barton",
    ["Leicester Tigers"],
    ["Rugby Football Union"],
    "The Rugby Football Union confirmed the squad for the autumn series on Monday.",
    "Ollie Barton, 24, of Leicester Tigers, was named captain for the first time.",
)
built.affiliation(
    AWAY,
    "Sian Lloyd",
    ["Gwent Police"],
    ["Welsh Government"],
    "The Welsh Government announced extra funding for rural patrols.",
    "Sian Lloyd, 41, of Gwent Police, said officers would welcome the money.",
)
built.affiliation(
    AWAY,
    "Rob Hale",
    ["Hale & Sons"],
    ["Yorkshire Water"],
    "Yorkshire Water said a burst main had flooded six streets in Leeds.",
    "Rob Hale, 58, of Hale & Sons, said his shop had lost a week of trade.",
)
built.affiliation(
    AWAY,
    "Ama Owusu",
    ["Kumasi Cocoa Co"],
    ["Ghana Cocoa Board"],
    "The Ghana Cocoa Board raised the farm-gate price by 20 per cent on Friday.",
    "Ama Owusu, 37, of Kumasi Cocoa Co, said buyers would struggle to keep up.",
)
built.affiliation(
    AWAY,
    "Ian Fell",
    ["Cumbria Fire Service"],
    ["Met Office"],
    "The Met Office issued an amber warning for rain across Cumbria.",
    "Ian Fell, 45, of Cumbria Fire Service, said crews were ready.",
)
built.affiliation(
    AWAY,
    "Lucy Tran",
    ["Saigon Textiles"],
    ["World Trade Organization"],
    "The World Trade Organization cut its forecast for goods trade.",
    "Lucy Tran, 50, of Saigon Textiles, said orders from Europe had fallen.",
)
built.affiliation(
    AWAY,
    "Dev Patel",
    ["Leicester Hindu Temple"],
    ["Leicester City Council"],
    "Leicester City Council approved plans for a new community centre on Tuesday.",
    "Dev Patel, 62, of the Leicester Hindu Temple, said the centre would serve thousands.",
)
built.affiliation(
    AWAY,
    "Marie Dubois",
    ["Lyon Bakers Guild"],
    ["French Finance Ministry"],
    "The French Finance Ministry said flour prices would be capped.",
    "Marie Dubois, 55, of the Lyon Bakers Guild, called the cap too late.",
)
built.affiliation(
    AWAY,
    "Joe Kerr",
    ["Clyde Ferries"],
    ["Transport Scotland"],
    "Transport Scotland ordered two new ferries from a Polish yard.",
    "Joe Kerr, 39, of Clyde Ferries, said the crews had waited years.",
)
built.affiliation(
    AWAY,
    "Anna Novak",
    ["Prague Zoo"],
    ["Czech Environment Ministry"],
    "The Czech Environment Ministry opened a consultation on animal imports.",
    "Anna Novak, 33, of Prague Zoo, said the rules would protect rare species.",
)
# a body tied to them by a pronoun's next sentence, or beside them: it passes
built.affiliation(
    AWAY,
    "Kate Ross",
    ["Acme Foods"],
    [],
    "Kate Ross, 41, of Leeds, said she had queued for an hour.",
    "She works for Acme Foods, which has a depot nearby.",
)
built.affiliation(
    AWAY,
    "Paul Gray",
    ["Northern Rail"],
    [],
    "Paul Gray, 52, of York, was on the delayed train.",
    "He is a driver for Northern Rail and said the signals failed.",
)
built.affiliation(
    AWAY,
    "Ada Eze",
    ["Enugu Teaching Hospital"],
    [],
    "Ada Eze, 29, of Enugu, told the inquiry what she saw.",
    "She is a nurse at Enugu Teaching Hospital.",
)
built.affiliation(
    AWAY,
    "Sam Reid",
    ["Dundee United"],
    [],
    "Sam Reid, 22, of Dundee United, was called up on Friday.",
    "The Scottish Football Association said he would join the squad, and Reid thanked Dundee United.",
)
built.affiliation(
    AWAY,
    "Liam Ward",
    ["Galway Hooker Brewery"],
    [],
    "Liam Ward, 47, of Galway Hooker Brewery, welcomed the tax cut.",
    "The Irish Revenue Commissioners will apply it from July.",
)
built.affiliation(
    AWAY,
    "Beth Long",
    ["Carlisle Tenants Association"],
    [],
    "Beth Long, 61, of the Carlisle Tenants Association, met housing officials.",
    "The association represents 3,000 households.",
)
built.affiliation(
    AWAY,
    "Zara Ali",
    ["Bradford Mosque Council"],
    [],
    "Zara Ali, 35, of Bradford, spoke at the meeting.",
    "Her organisation, the Bradford Mosque Council, hosted it.",
)
built.affiliation(
    AWAY,
    "Tim Cole",
    ["Kent Fire and Rescue"],
    [],
    "Tim Cole, 44, of Kent Fire and Rescue, said the blaze was under control.",
    "Kent Fire and Rescue sent 12 engines.",
)
built.affiliation(
    AWAY,
    "Eve Hart",
    ["Norfolk Wildlife Trust"],
    [],
    "Eve Hart, 48, of Norwich, counted the birds.",
    "She volunteers with the Norfolk Wildlife Trust.",
)
built.affiliation(
    AWAY,
    "Olu Bello",
    ["Lagos Chamber of Commerce"],
    [],
    "Olu Bello, 57, of the Lagos Chamber of Commerce, said importers faced delays.",
    "The Central Bank of Nigeria said the backlog would clear.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
