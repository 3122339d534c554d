# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the speakers-48 set (``grounding_speakers48.jsonl``): quotes given to a speaker by a
credit phrase rather than a verb of saying (an outside check, session 23, check 48's cause 3).
One category:

- ``voice-credits``: '"...", in the board's words' / 'in the words of X' / 'as X put it' /
  'To quote X, "..."'; 'the agency quoted X as telling Y that "..."' (the named object speaks,
  not the source); 'what X calls "..."' and 'what it calls its "..."' (the pronoun's name is
  the last one before it); 'X struck a tone, describing Y as "..."' (a participle of naming
  after the sentence's named subject, no verb of saying before it). Refused: the source that
  relays, the object the words describe, another person named near the quote.

Run ``python tests/data/make_speakers48_cases.py`` to rebuild it. Every page below was written
for this set (fictional outlets and people, or real bodies in invented sentences); each
verdict is what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, verdicts

OUT = Path(__file__).with_name("grounding_speakers48.jsonl")
built = SupportCases("sp48")


def page(outlet: str, *paragraphs: str) -> str:
    return f"{outlet}\n\n" + "\n\n".join(paragraphs) + "\n"


V = "voice-credits"
built.quote(
    V,
    page("Fjord Herald", 'Ingrid Solheim, a former mediator, received the Lindqvist Prize in 2011 "for patient work on the northern border dispute", in the jury\'s words.'),
    "for patient work on the northern border dispute", ["the jury"], ["Ingrid Solheim"],
)  # fmt: skip
built.quote(
    V,
    page("Cape Chronicle", 'The tribunal dismissed the appeal as "without merit in law or fact", in the words of Judge Thandiwe Nkosi, who wrote for the majority.'),
    "without merit in law or fact", ["Thandiwe Nkosi"], ["Sipho Dlamini"],
)  # fmt: skip
built.quote(
    V,
    page("Gulf Business Daily", 'In Finance Minister Omar Haddad\'s words, the new levy is "a bridge, not a wall". Trade groups disagreed.'),
    "a bridge, not a wall", ["Omar Haddad"], ["Trade groups"],
)  # fmt: skip
built.quote(
    V,
    page("Prairie Times", 'The harvest was "the worst since the drought of 1988", as Saskatchewan farmer Dale Kowalczyk put it on Tuesday.'),
    "the worst since the drought of 1988", ["Dale Kowalczyk"], ["Scott Moe"],
)  # fmt: skip
built.quote(
    V,
    page("Lagos Ledger", 'To quote the central bank governor, Yemi Cardoso, "the naira has found its floor." Traders were less sure.'),
    "the naira has found its floor.", ["Yemi Cardoso"], ["Traders"],
)  # fmt: skip
built.quote(
    V,
    page("Seoul Morning Wire", 'Yonhap quoted Foreign Minister Cho Tae-yul as telling lawmakers that the talks "will resume within weeks".'),
    "will resume within weeks", ["Cho Tae-yul"], ["Yonhap"],
)  # fmt: skip
built.quote(
    V,
    page("Balkan Observer", 'The presidency\'s statement cited Prime Minister Edi Rama as saying the corridor "must stay open to all traffic".'),
    "must stay open to all traffic", ["Edi Rama"], ["the presidency"],
)  # fmt: skip
built.quote(
    V,
    page("Tokyo Asahi Digest", 'Kyodo News quoted Chief Cabinet Secretary Hayashi as describing the launch as "a grave provocation".'),
    "a grave provocation", ["Hayashi"], ["Kyodo News"],
)  # fmt: skip
built.quote(
    V,
    page("Caucasus Report", 'The ceasefire requires Azerbaijan to pull back what it calls its "border security posts" by March.'),
    "border security posts", ["Azerbaijan"], ["Armenia"],
)  # fmt: skip
built.quote(
    V,
    page("Andes Wire", 'Peru\'s navy resumed what the defence ministry described as "routine patrols" off Callao on Friday.'),
    "routine patrols", ["the defence ministry"], ["Peru's navy"],
)  # fmt: skip
built.quote(
    V,
    page("Sahel Daily", 'Mali\'s junta expelled the envoy over what Colonel Assimi Goita termed "repeated interference".'),
    "repeated interference", ["Assimi Goita"], ["the envoy"],
)  # fmt: skip
built.quote(
    V,
    page("Euro Trade Weekly", 'State broadcaster RTE took a cautious line on the eve of the vote, describing the deal as "a compromise nobody loves".'),
    "a compromise nobody loves", ["RTE"], ["the deal"],
)  # fmt: skip

built.quote(
    V,
    page("Pearl River Post", "Beijing's readout quoted Xi as telling the visiting chancellor that the two economies \"should not decouple\"."),
    "should not decouple", ["Xi Jinping"], ["the visiting chancellor"],
)  # fmt: skip
built.quote(
    V,
    page("Hanoi Times", "The party newspaper quoted Lam as saying that relations were \"at their best in decades\". Le Hoai Trung, the foreign minister, agreed."),
    "at their best in decades", ["To Lam"], ["Le Hoai Trung"],
)  # fmt: skip
R = "relayed-words"
built.graded_quote(
    R,
    page("Gulf Business Daily", 'The trade minister said that the Qatari envoy had told him that "the offer stands until the summit."'),
    "the offer stands until the summit.", ["the Qatari envoy"], ["the trade minister"], tiers=True,
)  # fmt: skip
built.graded_quote(
    R,
    page("Lagos Ledger", 'Senator Ade Bello told reporters that President Tinubu had told him "the budget is not negotiable".'),
    "the budget is not negotiable", ["Tinubu"], ["Ade Bello"], tiers=True,
)  # fmt: skip
built.graded_quote(
    R,
    page("Andes Wire", 'The minister said she had told the ambassador that the offer "stands until Friday".'),
    "stands until Friday", ["The minister"], ["the ambassador"], tiers=True,
)  # fmt: skip
built.graded_quote(
    R,
    page("Cape Chronicle", 'Ramaphosa said he had written to the union that the wage deal was "final and fair".'),
    "final and fair", ["Ramaphosa"], ["the union"], tiers=True,
)  # fmt: skip

built.graded_quote(
    R,
    page("Nordic Energy Wire", 'The Danish energy minister said the Norwegian operator had informed Copenhagen that the pipeline was "safe to restart".'),
    "safe to restart", ["the Norwegian operator"], ["the Danish energy minister"], tiers=True,
)  # fmt: skip
built.graded_quote(
    R,
    page("Sahel Daily", 'Niger\'s prime minister explained that the junta\'s envoy had written to Abuja that the border "will reopen in stages".'),
    "will reopen in stages", ["the junta's envoy"], ["Niger's prime minister"], tiers=True,
)  # fmt: skip
built.graded_quote(
    R,
    page("Prairie Times", 'Premier Dana Lowe told the legislature that Ottawa had promised her "a fair share of the fund".'),
    "a fair share of the fund", ["Ottawa"], ["Dana Lowe"], tiers=True,
)  # fmt: skip
built.graded_quote(
    R,
    page("Seoul Morning Wire", 'Opposition leader Park Min-jae claimed the defence ministry had said the drills were "purely defensive".'),
    "purely defensive", ["the defence ministry"], ["Park Min-jae"], tiers=True,
)  # fmt: skip
built.graded_quote(
    R,
    page("Tokyo Asahi Digest", 'Governor Aiko Mori said she had told the minister that the levee plan was "a decade late".'),
    "a decade late", ["Aiko Mori"], ["the minister"], tiers=True,
)  # fmt: skip
built.graded_quote(
    R,
    page("Caucasus Report", 'The negotiator noted that they had told Baku the corridor "cannot be a precondition".'),
    "cannot be a precondition", ["The negotiator"], ["Baku"], tiers=True,
)  # fmt: skip

C = "desk-credits"


def credited(field: str, head: str, passes: list[str], fails: list[str]) -> None:
    """A page whose top lines are ``head``: each of ``passes`` is its ``field`` (byline or
    outlet), each of ``fails`` is not."""
    body = ("The central bank held its benchmark rate at 4.5 per cent on Tuesday, citing "
            "sticky services inflation. Governor Helena Marsh said further cuts would wait.")  # fmt: skip
    text = f"{head}\n\n{body}\n"
    for expect, value in verdicts(passes, fails):
        built.add(C, expect, f"{field} {value}", text, {"article": {**ARTICLE, field: value}},
                  f"article.{field}")  # fmt: skip


ARTICLE = {"headline": None, "outlet": None, "byline": None, "published": None}
credited(
    "byline",
    "The Harbour Ledger: morning notes\nFrom the desk of Priya Raman",
    ["Priya Raman"],
    ["Helena Marsh"],
)
credited(
    "byline",
    "WEEKLY ENERGY MEMO\nFrom the office of Dr. Kofi Mensah\n12 March 2024",
    ["Kofi Mensah"],
    ["Helena Marsh"],
)
credited(
    "byline",
    "Nordic Markets Letter\nFrom the notebook of Lise Aubert",
    ["Lise Aubert"],
    ["Nordic Markets Letter"],
)
credited(
    "byline",
    "Rates Briefing\nCompiled by Rafael Ortiz and Ana Lima",
    ["Rafael Ortiz", "Ana Lima"],
    ["Helena Marsh"],
)
credited(
    "byline",
    "Prepared by Siddharth Rao\nPolicy Watch, issue 41",
    ["Siddharth Rao"],
    ["Policy Watch"],
)
credited("byline", "Central Bank Digest\nEdited by Marta Kowal", [], ["Marta Kowal"])
credited("byline", "Prepared by the Trade Desk of Pacific Rim Report", [], ["Pacific Rim Report"])
credited(
    "outlet",
    "FACT SHEET: rate decisions, spring 2024\nPrepared by the Trade Desk of Pacific Rim Report",
    ["Pacific Rim Report"],
    ["Trade Desk"],
)
credited(
    "outlet",
    "Produced by the data team at The Harbour Times\nUpdated hourly",
    ["The Harbour Times"],
    ["Helena Marsh"],
)
credited(
    "outlet",
    "Compiled by the research unit of Nordic Energy Wire",
    ["Nordic Energy Wire"],
    ["Nordic Energy"],
)
credited(
    "outlet", "Issued by the press office of the Bank of Ghana", ["the Bank of Ghana"], ["Ghana"]
)
credited(
    "outlet", "Photos by the picture desk of Alpine Courier\nBy Jonas Weber", [], ["Alpine Courier"]
)
credited(
    "outlet",
    "Prepared for the Trade Desk of Pacific Rim Report\nBy Jonas Weber",
    [],
    ["Pacific Rim Report"],
)
credited(
    "outlet",
    "Compiled by the research unit of Nordic Energy Wire with Reuters",
    [],
    ["Nordic Energy Wire"],
)


N = "shared-surnames"


def people(text: str, passes: list[str], fails: list[str]) -> None:
    """Each name of ``passes`` is a person the page names, each of ``fails`` is not."""
    built.each(
        N, text, passes, fails, "people[0].name",
        lambda name: {"people": [{"name": name, "role": None, "affiliation": None}]}, "person",
    )  # fmt: skip


people(
    page(
        "Georgia Evening Star",
        "Former governor Hank Whitfield died at home on Sunday, aged 91. His wife, Martha Whitfield, died in 2019.",
        "He is survived by three children, Jessie and Ross Whitfield, and six grandchildren.",
    ),
    ["Jessie Whitfield", "Ross Whitfield", "Hank Whitfield"],
    [],
)
people(
    page(
        "Seattle Tech Ledger",
        "The foundation set up by Bill and Melinda Rourke pledged $40 million to malaria research. Melinda Rourke chairs its board.",
    ),
    ["Bill Rourke", "Melinda Rourke"],
    ["Bill Gates"],
)
people(
    page(
        "Sydney Courier",
        "The award went to Priya, Anand and Meera Krishnan, three siblings who founded the clinic in 2008. Their father, Suresh Krishnan, was a surgeon.",
    ),
    ["Anand Krishnan", "Priya Krishnan", "Meera Krishnan"],
    [],
)
people(
    page(
        "Madrid Weekly",
        "Ana & Luis Ortega, who run the family vineyard, said the harvest had been early. Their neighbour, Carmen Ortega, disagreed.",
    ),
    ["Ana Ortega", "Luis Ortega"],
    [],
)
people(
    page(
        "Gulf Observer",
        "President Hassan Rahimi received Joe Fenwick and Amy Carrow at the palace. Amy Carrow later spoke to reporters.",
    ),
    ["Amy Carrow"],
    ["Fenwick Carrow", "Joe Carrow"],
)
people(
    page(
        "Nairobi Daily",
        "Minister Odhiambo and Grace Wanjiru toured the site. Peter Wanjiru, her brother, runs the contractor. Odhiambo said work would finish in May.",
    ),
    ["Grace Wanjiru", "Peter Wanjiru"],
    ["Odhiambo Wanjiru"],
)
people(
    page(
        "Osaka Business Wire",
        "Kenji Sato, the bank's chairman, attended with his wife. Kenji and Lucy Dorn were also seen at the dinner.",
    ),
    ["Lucy Dorn", "Kenji Sato"],
    ["Kenji Dorn"],
)
people(
    page(
        "Capitol Report", "Senator Ames and Lucy Dorn spoke at the rally in Des Moines on Saturday."
    ),
    ["Lucy Dorn"],
    ["Ames Dorn"],
)
people(
    page(
        "Quebec Soir",
        "Justin and Sophie Lavallee opened the new wing of the hospital, named for her late father, Andre Lavallee.",
    ),
    ["Justin Lavallee", "Sophie Lavallee"],
    [],
)
people(
    page(
        "Lima Herald",
        "The talks brought together Mayor Rosa Quispe and Ernesto and Julia Vargas, who own the mine.",
    ),
    ["Ernesto Vargas", "Julia Vargas"],
    ["Rosa Vargas", "Quispe Vargas"],
)
people(
    page(
        "Oslo Morning Post",
        "Prime Minister Lund and Eva Berg, the union leader, met on Monday. Lund called the meeting useful.",
    ),
    ["Eva Berg"],
    ["Lund Berg"],
)
people(
    page(
        "Valencia Daily",
        "Luis Torres chaired the hearing. Torres and Ana Ruiz then left for Madrid.",
    ),
    ["Ana Ruiz", "Luis Torres"],
    ["Torres Ruiz", "Luis Ruiz"],
)


F = "short-names"


def summary(text: str, sentence: str, expect: bool) -> None:
    """The free-text summary ``sentence`` over ``text``: True when nothing in it is flagged."""
    built.add(F, expect, f"summary: {sentence}", text, {"summary": sentence}, "summary", check="unstated")  # fmt: skip


vostok = page(
    "Amur Wire",
    "President Kim Jong Un met President Vladimir Putin at the Vostochny cosmodrome on Wednesday, Russian media said.",
)
summary(vostok, "Kim and Putin met at the cosmodrome.", True)
summary(vostok, "Kim and Xi met at the cosmodrome.", False)
summary(vostok, "Kim met Putin, not Li, at the cosmodrome.", False)
beijing = page(
    "Pearl River Post",
    "Chinese President Xi Jinping hosted Premier Li Qiang and Vice Premier He Lifeng at a tariff meeting in Beijing.",
)
summary(beijing, "Xi hosted Li and He at a tariff meeting.", True)
summary(beijing, "Xi hosted Wu and Li at a tariff meeting.", False)
summary(beijing, "The meeting in Beijing was chaired by Xi.", True)
summary(beijing, "Li met Ma in Beijing.", False)
hanoi = page(
    "Saigon Ledger",
    "Vietnam's To Lam met Malaysia's Anwar Ibrahim in Hanoi; the US and EU sent observers.",
)
summary(hanoi, "To Lam met Anwar in Hanoi as the US and EU watched.", True)
summary(hanoi, "Lam met Anwar and Yu in Hanoi.", False)
singapore = page(
    "Straits Daily",
    "Singapore's Lawrence Wong received Malaysian envoy Ng Chee Meng at the Istana.",
)
summary(singapore, "Wong received Ng at the Istana.", True)
summary(singapore, "Wong received Ng and Hu at the Istana.", False)
summary(singapore, "Wong received Mr Ng at the Istana.", True)
seoul = page(
    "Han River Times", "Foreign Minister Cho Tae-yul said talks with Japan would resume in Tokyo."
)
summary(seoul, "Cho said talks with Japan, not with Jo, would resume.", False)
summary(seoul, "Cho said talks would resume. So did Japan.", True)
summary(seoul, "Cho and Ko said talks would resume in Tokyo.", False)
summary(seoul, "Talks would resume in Tokyo, as Cho said on TV.", True)
lima = page("Andes Wire", "Leaders met in La Paz and El Alto on Friday, Bolivian officials said.")
summary(lima, "Leaders met in La Paz and El Alto.", True)
summary(lima, "Leaders met in La Paz with Bo.", False)
summary(lima, "Officials said leaders met in La Paz; no one else came.", True)
summary(vostok, "Putin hosted Kim, and Xu was not there.", False)
summary(beijing, "He Lifeng and Li Qiang joined Xi.", True)

# Session 23 review (s23e): the narrowed shapes. Relayed words: only a relay clause running
# straight into the quote gives it to the inner speaker; a clause break, a second verb of
# saying or the speaker's own side leaves the outer speaker's own words.
built.quote(
    R,
    page("Baltic Courier", 'Defence Minister Lars Holm said the navy had warned of delays, but "our ships are ready for the winter."'),
    "our ships are ready for the winter.", ["Lars Holm"], ["the navy"],
)  # fmt: skip
built.quote(
    R,
    page("Congo River Post", 'Mayor Rosa Ilunga said the audit the council had written in May was "riddled with errors".'),
    "riddled with errors", ["Rosa Ilunga"], ["the council"],
)  # fmt: skip
built.quote(
    R,
    page("Accra Evening Mail", 'Senator Kwame Osei said the governor had told him nothing useful and called the plan "a fantasy on paper".'),
    "a fantasy on paper", ["Kwame Osei"], ["the governor"],
)  # fmt: skip
built.quote(
    R,
    page("Rhine Business Journal", 'Chancellor Petra Vogel said the union had promised to call off the strike, adding: "We expect them to keep their word."'),
    "We expect them to keep their word.", ["Petra Vogel"], ["the union"],
)  # fmt: skip
built.quote(
    R,
    page("Altiplano News", 'President Luis Arce said his government has insisted from the start that "the lithium stays in Bolivia."'),
    "the lithium stays in Bolivia.", ["Luis Arce"], ["Evo Morales"],
)  # fmt: skip
built.quote(
    R,
    page("Danube Daily", 'Prime Minister Ilona Farkas said Brussels had warned of fines; she replied that "Hungary pays what it owes."'),
    "Hungary pays what it owes.", ["Ilona Farkas"], [],
)  # fmt: skip
built.quote(
    R,
    page("Adriatic Wire", 'Foreign Minister Marko Petrovic said the Italian envoy had told him that the ferry route "will reopen in April".'),
    "will reopen in April", ["the Italian envoy"], ["Marko Petrovic"],
)  # fmt: skip
built.quote(
    R,
    page("Pampas Times", 'Economy Minister Sofia Lanz said the IMF mission had assured her the targets were "within reach".'),
    "within reach", ["the IMF mission"], ["Sofia Lanz"],
)  # fmt: skip

# 'what it calls': "it" is the sentence's named subject, not the object named after it.
built.quote(
    V,
    page("Vistula Review", 'Moscow accused Warsaw of staging what it calls "hostile militarisation" of the border.'),
    "hostile militarisation", ["Moscow"], ["Warsaw"],
)  # fmt: skip
built.quote(
    V,
    page("Gulf Business Daily", 'Tehran condemned Washington over what it called "economic terrorism" against its banks.'),
    "economic terrorism", ["Tehran"], ["Washington"],
)  # fmt: skip
built.quote(
    V,
    page("Horn Dispatch", 'Addis Ababa urged Cairo to drop what it describes as "colonial-era claims" to the river.'),
    "colonial-era claims", ["Addis Ababa"], ["Cairo"],
)  # fmt: skip
built.quote(
    V,
    page("Andes Wire", 'Caracas told Georgetown to halt what it terms "illegal drilling" in the disputed waters.'),
    "illegal drilling", ["Caracas"], ["Georgetown"],
)  # fmt: skip
built.quote(
    V,
    page("Sahel Daily", 'The Kenyan interior ministry said Somalia must stop what it calls "cross-border raids" within a month.'),
    "cross-border raids", [], ["Somalia"],
)  # fmt: skip

# The credit names the whole party: a shared head noun or surname with another modifier or
# given name is someone else; a credit that only mentions a name ("a ruling against X") is not X.
built.quote(
    V,
    page("Cape Chronicle", 'The cabinet shelved the levy as "too blunt an instrument", in the words of the trade ministry. The finance ministry had drafted it.'),
    "too blunt an instrument", ["the trade ministry"], ["the finance ministry"],
)  # fmt: skip
built.quote(
    V,
    page("Fjord Herald", 'The plan was "dead in the water", in the health minister\'s words. The education minister, Siri Dahl, had backed it.'),
    "dead in the water", ["the health minister"], ["the education minister", "Siri Dahl"],
)  # fmt: skip
built.quote(
    V,
    page("Lusophone Ledger", 'Paulo Souza, the club president, called the fine "a scandal". His brother Rui Souza sits on the board. The league called the appeal "hopeless", in the words of Paulo Souza.'),
    "hopeless", ["Paulo Souza"], ["Rui Souza"],
)  # fmt: skip
built.quote(
    V,
    page("Levant Review", 'The court called the decree "void from the start", in the words of a 2021 lawsuit against Omar Haddad.'),
    "void from the start", [], ["Omar Haddad"],
)  # fmt: skip
built.quote(
    V,
    page("Seoul Morning Wire", 'Park Min-jae toured the port with his aide Park Ji-won. Yonhap quoted Park as saying "the port must double its capacity."'),
    "the port must double its capacity.", [], ["Park Ji-won"],
)  # fmt: skip

# Two-letter words that are no names: AP state abbreviations after "City," and road words.
kentucky = page(
    "Ohio Valley Wire",
    "Flooding hit Louisville, Kentucky, and Richmond, Virginia, on Monday; Mayor Craig Greenberg and Xi Lan of the Red Cross toured the damage at 12 Station Road.",
)
summary(kentucky, "Flooding hit Louisville, Ky., on Monday.", True)
summary(kentucky, "Flooding also hit Richmond, Va., on Monday.", True)
summary(kentucky, "Greenberg toured 12 Station Rd in Louisville.", True)
summary(kentucky, "Greenberg toured Louisville, Ky., with Xi.", True)
summary(kentucky, "In Richmond, Va., Xi Lan toured the damage.", True)
summary(kentucky, "Greenberg toured Louisville, Ky., with Wu.", False)
summary(kentucky, "Richmond, Va., sent Li to help.", False)
summary(kentucky, "Greenberg and Hu toured 12 Station Rd.", False)
summary(kentucky, "Flooding hit Louisville; Ma and Pa Greenberg fled.", False)
summary(kentucky, "Officials in Louisville, Ky., thanked Yu.", False)

# A person's desk or office is no outlet's unit; a named unit of an outlet still is.
credited("outlet", "Morning notes\nPrepared by the desk of Priya Raman", [], ["Priya Raman"])
credited("outlet", "Weekly memo\nPrepared by the office of Senator Joan Pike", [], ["Joan Pike"])
credited("outlet", "Rates note\nCompiled by the desk of Lise Aubert", [], ["Lise Aubert"])
credited("outlet", "Energy brief\nProduced by the office of Rafael Ortiz", [], ["Rafael Ortiz"])
credited("outlet", "Trade bulletin\nWritten by the desk of Ana Lima", [], ["Ana Lima"])
credited(
    "outlet",
    "FACT SHEET\nPrepared by the Metro Desk of The Harbour Times",
    ["The Harbour Times"],
    [],
)
credited(
    "outlet",
    "MARKET NOTE\nCompiled by the foreign desk of Nordic Energy Wire",
    ["Nordic Energy Wire"],
    [],
)
credited(
    "outlet",
    "BRIEFING\nProduced by the press office of Asia Markets Brief",
    ["Asia Markets Brief"],
    [],
)
credited("outlet", "BULLETIN\nIssued by the newsroom of Lagos Ledger", ["Lagos Ledger"], [])
credited(
    "outlet",
    "EXPLAINER\nResearched by the data team at Pacific Rim Report",
    ["Pacific Rim Report"],
    [],
)


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
