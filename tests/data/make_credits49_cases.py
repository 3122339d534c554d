"""Build the credits-49 set (``grounding_credits49.jsonl``): bylines and quote speakers in the
forms an outside check (session 24, check 49: real-news articles never seen by the rule
writers) found read wrongly. By category:

- ``filed-bylines``: a line of its own under the headline naming the writers and where they
  filed from ("Patrick Wintour in London", "Andrew Osborn and Maria Kiselyova in Moscow \u2014
  26 January 2022") credits them (:mod:`summarizer.verification.bylines.writer_lines`). Refused: the
  headline itself ("Antony Blinken in Kyiv"), a caption line naming a person the story tells
  of, another person of the story, the outlet.
- ``author-lines``: one of the story's last lines giving the writer a newsroom's role ("Patrick
  Wintour is the Guardian's diplomatic editor.", "... are the paper's correspondents",
  "Jon Henley covers Europe for the Guardian.") credits them. Refused: a role outside the
  newsroom ("Dmitry Kozak is Russia's chief negotiator."), a picture editor, a denial, a
  person the story tells of ("Evan Gershkovich is a reporter for the Wall Street Journal."
  ending a story about him), a name in the body's last paragraph.
- ``credit-shapes``: the other credits the check listed ("Words by X", "Reporting by X;
  Editing by Y", "X | Staff Writer", "Story: X", "X, Correspondent", "Written by X", "X and Y")
  credit X (and Y where both write), never the editor, the photographer ("Photo: X",
  "Pictures by X"), the translator, the outlet or a person of the body.
- ``agent-speakers``: a speaker named after the speech word: "As stated by X, "..."", "As it was
  stated by the Russian president, ...", "according to the Belarusian leader, ..." (a title standing
  for whom the article named so) (:mod:`summarizer.verification.sentences.speech_agents`). Refused:
  the other leader, the wire that relays ("As reported by TASS, "..."" names no speaker), the person
  the quote speaks of.
- ``interview-answers``: an interview's "A:" turns are the one its introduction says is
  interviewed ("X spoke to The World", "In an interview with Reuters, X ...", "Y sat down with
  X"), whatever the marks' typing ("Q.", "**A:**", "Question:")
  (:mod:`summarizer.verification.quotes.interview_intros`). Refused: the interviewer, the question
  given to the interviewee, a person named inside the answer, a page with no such
  introduction, an explainer's answers under a newsmaker's sentence.
- ``attribution-shapes``: the attributions the check listed that the speaker reader already
  knows ("In his words, ...", "X told reporters: ...", "X wrote on social media: ...", "X's
  office quoted him as saying", a transcript's "PUTIN:" turn, a quote continued in the next
  paragraph), with the near misses that must stay refused (a name inside the quote, the one
  addressed, the neighbouring quote's speaker, the relayer).

Run ``python tests/data/make_credits49_cases.py`` to rebuild it. The facts come from published
reports (a southwest Syria truce in July 2017, the Paris talks on eastern Ukraine in January
2022, Gaza ceasefire diplomacy in 2024, the Putin-Lukashenko news conference of March 2025,
Ukraine's energy truce in 2025, a Lithuanian president's 2008 interview); every sentence was
written for this set, and each verdict is what a careful fact-checker reads in the text.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_credits49.jsonl")
built = SupportCases("cr49")


def byline(category: str, text: str, passes: list[str], fails: list[str]) -> None:
    built.article_field(category, "byline", text, passes, fails)


# --- real-fact bodies, in several outlets' styles ---------------------------------------------
SYRIA = (
    "WASHINGTON - A ceasefire in southwest Syria brokered by the United States, Russia and "
    "Jordan is due to take effect on Sunday, a senior State Department official said on "
    "Friday.\n\nThe official, who asked not to be named, called the truce a first step toward "
    "a more robust arrangement.\n\nWho will monitor the truce has not yet been settled, the "
    "official added.\n"
)
PARIS = (
    "Political advisers from Russia, Ukraine, France and Germany agreed in Paris on Wednesday "
    "that the ceasefire in eastern Ukraine should be observed, Russian negotiator Dmitry Kozak "
    "told reporters.\n\nKozak said many questions were still open after eight hours of talks, "
    "and that the four countries would meet again in Berlin in two weeks.\n"
)
GAZA = (
    "Twenty-six of the 27 EU member states on Monday called for an immediate humanitarian "
    "pause that would lead to a sustainable ceasefire in Gaza.\n\nBritain's foreign secretary, "
    "David Cameron, said a lasting truce required the release of all hostages held by "
    "Hamas.\n\n\u201cWe are not there yet,\u201d Cameron told reporters in London.\n"
)
GHOUTA = (
    "GENEVA - The UN envoy for Syria, Staffan de Mistura, said on Thursday he hoped the "
    "Security Council would back a resolution to halt the fighting in eastern Ghouta.\n\n"
    "\u201cIt is uphill, but it is very urgent,\u201d de Mistura said on arriving at the UN in "
    "Geneva.\n"
)
SUDAN = (
    "ADDIS ABABA - South Sudan's rebels and a government delegation opened face-to-face talks "
    "in Ethiopia on Tuesday aimed at a ceasefire, after three weeks of fighting that has killed "
    "at least a thousand people.\n\nThe mediators, from the regional bloc IGAD, said the first "
    "session had been constructive.\n"
)
ENERGY = (
    "Russia has given no answer to the energy truce the United States proposed, Ukrainian "
    "President Volodymyr Zelensky said on Telegram, as drone and missile strikes on power "
    "plants went on.\n\nKyiv had confirmed at once that it would attend a meeting in Miami, he "
    "said.\n"
)
PEACE = (
    "A stable, guaranteed and long-term peace achieved through the signing of relevant "
    "documents is an absolute priority"
)
KREMLIN = (
    "The Kremlin on Thursday turned down Kyiv's call for a ceasefire limited to energy "
    "sites.\n\nKremlin spokesman Dmitry Peskov told Russian media that Moscow was working on "
    "peace in Ukraine, not on a ceasefire."
)

F = "filed-bylines"
byline(F, "Allies split over Gaza truce wording\n\nPatrick Wintour in London\n\n" + GAZA,
       ["Patrick Wintour"], ["David Cameron", "London"])  # fmt: skip
byline(F, "Paris talks end with truce pledge\n\nAndrew Osborn and Maria Kiselyova in Moscow\n\n"
       + PARIS, ["Andrew Osborn and Maria Kiselyova", "Maria Kiselyova", "Andrew Osborn"],
       ["Dmitry Kozak", "Andrew Osborn and Dmitry Kozak"])  # fmt: skip
byline(F, "US calls Syria truce a first step\nThe deal was brokered with Russia and Jordan\n"
       "\nYeganeh Torbati in Washington \u2014 8 July 2017\n\n" + SYRIA,
       ["Yeganeh Torbati"], ["Jordan"])  # fmt: skip
byline(F, "UN envoy sees uphill fight for Ghouta truce\n\nTom Miles in Geneva | Updated 22 Feb "
       "2018\n\n" + GHOUTA, ["Tom Miles"], ["Staffan de Mistura", "Geneva"])  # fmt: skip
byline(F, "South Sudan foes begin truce talks\n\nAaron Maasho in Addis Ababa\n\n" + SUDAN,
       ["Aaron Maasho"], ["Addis Ababa"])  # fmt: skip
byline(F, "Antony Blinken in Kyiv\n\nThe US secretary of state arrived by train on Wednesday. "
       "Antony Blinken met President Volodymyr Zelensky.\n", [], ["Antony Blinken"])  # fmt: skip
# a caption line: the story's own subject, not its writer
byline(F, "Kozak upbeat after Paris talks\n\nDmitry Kozak in Paris\n\n" + PARIS, [],
       ["Dmitry Kozak"])  # fmt: skip
byline(F, "Cameron sets out truce terms\n\nDavid Cameron in London\n\n" + GAZA, [],
       ["David Cameron"])  # fmt: skip
byline(F, "Gaza truce diplomacy\n\nPatrick Wintour in London\n\n" + GAZA, [],
       ["Guardian", "Julian Borger"])  # fmt: skip
byline(F, "Russia silent on energy truce, Zelensky says\n\nJeyhun Aghazada in Baku\n\n" + ENERGY,
       ["Jeyhun Aghazada"], ["Volodymyr Zelensky", "Baku"])  # fmt: skip
byline(F, "South Sudan foes begin truce talks\n\nRichard Lough and Aaron Maasho in Addis Ababa, "
       "7 January 2014\n\n" + SUDAN, ["Richard Lough and Aaron Maasho", "Richard Lough"],
       ["Richard Lough and Seyoum Mesfin"])  # fmt: skip
byline(F, "Paris talks end with truce pledge\n\nJohn Irish in Paris \u2013 Wednesday 26 January "
       "2022\n\n" + PARIS, ["John Irish"], ["Paris"])  # fmt: skip
byline(F, "What is holding up a Gaza ceasefire?\n\nEmma Graham-Harrison in Jerusalem\n\n" + GAZA,
       ["Emma Graham-Harrison"], ["Jerusalem"])  # fmt: skip
byline(F, "Allies split over Gaza truce wording\n\nPatrick Wintour, diplomatic editor\n\n" + GAZA,
       ["Patrick Wintour"], ["David Cameron"])  # fmt: skip
byline(F, "UN envoy sees uphill fight for Ghouta truce\n\nTom Miles  Geneva Correspondent\n\n"
       + GHOUTA, ["Tom Miles"], [])  # fmt: skip
byline(F, "Kozak upbeat after Paris talks\n\nDmitry Kozak, chief negotiator\n\n" + PARIS, [],
       ["Dmitry Kozak"])  # fmt: skip
byline(F, "Allies split over Gaza truce wording\n\nLinda Nylind, picture editor\n\n" + GAZA, [],
       ["Linda Nylind"])  # fmt: skip

A = "author-lines"
byline(A, "Allies split over Gaza truce wording\n\n" + GAZA
       + "\nPatrick Wintour is the Guardian's diplomatic editor.\n",
       ["Patrick Wintour"], ["David Cameron", "Guardian"])  # fmt: skip
byline(A, "Paris talks end with truce pledge\n\n" + PARIS
       + "\nAndrew Osborn and Maria Kiselyova are the paper's Moscow correspondents.\n",
       ["Andrew Osborn and Maria Kiselyova", "Maria Kiselyova"], ["Dmitry Kozak"])  # fmt: skip
byline(A, "US calls Syria truce a first step\n\n" + SYRIA
       + "\n* Yeganeh Torbati covers the State Department for the paper.\n",
       ["Yeganeh Torbati"], [])  # fmt: skip
byline(A, "UN envoy sees uphill fight for Ghouta truce\n\n" + GHOUTA
       + "\nTom Miles is a Geneva correspondent for the agency. Stephanie Nebehay is its UN "
       "reporter.\n", ["Tom Miles", "Tom Miles and Stephanie Nebehay"],
       ["Staffan de Mistura"])  # fmt: skip
byline(A, "South Sudan foes begin truce talks\n\n" + SUDAN
       + "\n\u2014 Aaron Maasho writes about the Horn of Africa for the Addis Standard\n",
       ["Aaron Maasho"], [])  # fmt: skip
byline(A, "Paris talks end with truce pledge\n\n" + PARIS
       + "\nDmitry Kozak is Russia's chief negotiator on eastern Ukraine.\n", [],
       ["Dmitry Kozak"])  # fmt: skip
byline(A, "Allies split over Gaza truce wording\n\n" + GAZA
       + "\nLinda Nylind is the Guardian's picture editor.\n", [], ["Linda Nylind"])  # fmt: skip
byline(A, "Allies split over Gaza truce wording\n\n" + GAZA
       + "\nMaria Lopez is not a correspondent for the paper.\n", [], ["Maria Lopez"])  # fmt: skip
byline(A, "Reporter's trial resumes\n\nEvan Gershkovich appeared in a Yekaterinburg court on "
       "Wednesday, his family said.\n\nEvan Gershkovich is a reporter for the Wall Street "
       "Journal.\n", [], ["Evan Gershkovich"])  # fmt: skip
byline(A, "UN envoy sees uphill fight for Ghouta truce\n\n" + GHOUTA
       + "\nStaffan de Mistura is the UN's envoy for Syria.\n", [],
       ["Staffan de Mistura"])  # fmt: skip
byline(A, "South Sudan foes begin truce talks\n\n" + SUDAN
       + "\nThe talks were chaired by Seyoum Mesfin, who is a former foreign minister.\n", [],
       ["Seyoum Mesfin"])  # fmt: skip
byline(A, "Russia silent on energy truce, Zelensky says\n\n" + ENERGY
       + "\nJeyhun Aghazada is a staff reporter at the agency.\n", ["Jeyhun Aghazada"],
       ["Volodymyr Zelensky"])  # fmt: skip
byline(A, "What is holding up a Gaza ceasefire?\n\n" + GAZA
       + "\nEmma Graham-Harrison is the Guardian's chief Middle East correspondent\n",
       ["Emma Graham-Harrison"], [])  # fmt: skip
byline(A, "Paris talks end with truce pledge\n\n" + PARIS
       + "\nPolina Devitt is a Moscow-based journalist.\n", ["Polina Devitt"], [])  # fmt: skip
byline(A, "UN envoy sees uphill fight for Ghouta truce\n\n" + GHOUTA
       + "\n\u2014 Tom Miles, Geneva correspondent\n", ["Tom Miles"], [])  # fmt: skip
byline(A, "UN envoy sees uphill fight for Ghouta truce\n\n" + GHOUTA
       + "\n\u2014 Staffan de Mistura, UN envoy for Syria\n", [],
       ["Staffan de Mistura"])  # fmt: skip
byline(A, "Allies split over Gaza truce wording\n\n" + GAZA
       + "\nThe Guardian covers the war with a team in Jerusalem.\n", [],
       ["The Guardian", "Guardian"])  # fmt: skip

# Review rvB: a caption line over a story that speaks of an office's holder it never names;
# an end line of one who writes to someone, not about a beat.
RIYADH = (
    "Russian and American officials met in Riyadh on Tuesday for their first high-level talks "
    "since the invasion of Ukraine.\n\nRussia's foreign minister called the talks useful, and "
    "the two sides agreed to restore embassy staff.\n"
)
byline(F, "Russia and US agree to restore embassies\n\nSergei Lavrov in Riyadh\n\n" + RIYADH,
       [], ["Sergei Lavrov"])  # fmt: skip
byline(F, "Lebanon truce takes hold\n\nNajib Mikati in Beirut\n\nThe caretaker prime minister "
       "welcomed the 60-day truce on Tuesday.\n", [], ["Najib Mikati"])  # fmt: skip
byline(F, "Russia and US agree to restore embassies\n\nAndrew Roth in Riyadh\n\n"
       + RIYADH.replace("Russia's foreign minister", "Russia's foreign minister, Sergei Lavrov,"),
       ["Andrew Roth"], ["Sergei Lavrov"])  # fmt: skip
KYIV = (
    "Ukrainian President Volodymyr Zelensky met European leaders in Kyiv on Saturday.\n\nThe "
    "president said a ceasefire must come first.\n"
)
byline(F, "Leaders back truce call\n\nShaun Walker in Kyiv\n\n" + KYIV, ["Shaun Walker"],
       ["Volodymyr Zelensky"])  # fmt: skip
byline(F, "Leaders back truce call\n\nKeir Starmer in Kyiv\n\nThe prime minister arrived by "
       "train on Saturday with Emmanuel Macron.\n", [], ["Keir Starmer"])  # fmt: skip
LEBANON = "Lebanon truce takes hold\n\nIsrael and Hezbollah agreed to a 60-day truce on Tuesday.\n"
byline(A, LEBANON + "\nJean-Yves Le Drian writes regularly to the Lebanese parties for Paris.\n",
       [], ["Jean-Yves Le Drian"])  # fmt: skip
byline(A, LEBANON + "\nBethan McKernan writes regularly about Lebanon for the paper.\n",
       ["Bethan McKernan"], [])  # fmt: skip

C = "credit-shapes"
byline(C, "US calls Syria truce a first step\n\nWords by Yeganeh Torbati\n\n" + SYRIA,
       ["Yeganeh Torbati"], ["Jordan"])  # fmt: skip
byline(C, "US calls Syria truce a first step\n\n" + SYRIA + "\nReporting by Yeganeh Torbati "
       "and David Alexander; Editing by James Dalgleish\n",
       ["Yeganeh Torbati and David Alexander", "David Alexander"],
       ["James Dalgleish", "Yeganeh Torbati and James Dalgleish"])  # fmt: skip
byline(C, "Paris talks end with truce pledge\n\nMaria Kiselyova | Staff Writer\n\n" + PARIS,
       ["Maria Kiselyova"], ["Dmitry Kozak"])  # fmt: skip
byline(C, "Gaza truce: what the allies want\n\nStory: Patrick Wintour\nPhoto: Ibraheem Abu "
       "Mustafa\n\n" + GAZA, ["Patrick Wintour"], ["Ibraheem Abu Mustafa"])  # fmt: skip
byline(C, "South Sudan foes begin truce talks\n\nAaron Maasho, Correspondent\n\n" + SUDAN,
       ["Aaron Maasho"], [])  # fmt: skip
byline(C, "UN envoy sees uphill fight for Ghouta truce\n\nWritten by Tom Miles\nPictures by "
       "Denis Balibouse\n\n" + GHOUTA, ["Tom Miles"], ["Denis Balibouse"])  # fmt: skip
byline(C, "Paris talks end with truce pledge\n\nAndrew Osborn and John Irish\n\n" + PARIS,
       ["Andrew Osborn and John Irish", "John Irish"],
       ["Andrew Osborn and Dmitry Kozak"])  # fmt: skip
byline(C, "South Sudan foes begin truce talks\n\n" + SUDAN + "\n(Reporting by Aaron Maasho; "
       "Writing by Richard Lough; Editing by Duncan Miriri)\n",
       ["Aaron Maasho", "Richard Lough"], ["Duncan Miriri"])  # fmt: skip
byline(C, "Paris talks end with truce pledge\n\nTranslated by Olga Petrova\n\n" + PARIS, [],
       ["Olga Petrova"])  # fmt: skip
byline(C, "Gaza truce: what the allies want\n\nThe Guardian\n\n" + GAZA, [],
       ["The Guardian", "David Cameron"])  # fmt: skip

# --- quotes ------------------------------------------------------------------------------------
PUTIN = (
    "Russian President Vladimir Putin hosted Belarusian leader Alexander Lukashenko in Moscow "
    "on Thursday, a day after Ukraine backed a US proposal for a 30-day ceasefire."
)
W = "We agree with the proposals to cease hostilities"
SAID = f"\u201c{W}, but the halt should lead to a lasting peace.\u201d"
TRUCE = "Putin backs truce idea, with conditions\n\n"


def quotes(category: str, lead: str, passes: list[str], fails: list[str],
           intro: str = PUTIN, words: str = W, said: str = SAID) -> None:  # fmt: skip
    """A page of ``intro``, then ``lead`` running into the quote ``said``."""
    built.quote(category, f"{TRUCE}{intro}\n\n{lead}{said}\n", words, passes, fails)


G = "agent-speakers"
quotes(G, "As stated by Putin, ", ["Vladimir Putin"], ["Alexander Lukashenko"])
quotes(G, "As it was stated by Vladimir Putin at the news conference, ", ["Vladimir Putin"],
       ["Alexander Lukashenko"])  # fmt: skip
quotes(G, "As it was stated by the Russian president, ", ["Vladimir Putin"],
       ["Alexander Lukashenko"])  # fmt: skip
quotes(G, "As was noted by the Belarusian leader, ", ["Alexander Lukashenko"],
       ["Vladimir Putin"])  # fmt: skip
quotes(G, "According to the Russian leader, ", ["Vladimir Putin"], ["Alexander Lukashenko"])
quotes(G, "According to the Belarusian leader, ", ["Alexander Lukashenko"], ["Vladimir Putin"])
quotes(G, "Putin spoke first. According to him, ", ["Vladimir Putin"], ["Alexander Lukashenko"])
quotes(G, "As stated by Lukashenko, ", ["Alexander Lukashenko"], ["Vladimir Putin"])
quotes(G, "It was said by Putin that ", ["Vladimir Putin"], ["Alexander Lukashenko"])
quotes(G, "As was stated by Peskov, ", ["Dmitry Peskov"], ["Vladimir Putin"], intro=KREMLIN
       + " Vladimir Putin did not comment.", words=PEACE, said=f"\u201c{PEACE}.\u201d")  # fmt: skip
quotes(G, "The talks were useful, as it was stated by Putin: ", ["Vladimir Putin"],
       ["Alexander Lukashenko"])  # fmt: skip
quotes(G, "The talks, as noted by Lukashenko, were useful. Putin added: ", ["Vladimir Putin"],
       ["Alexander Lukashenko"])  # fmt: skip
for after, passes, fails in (
    (", according to the Russian leader.", ["Vladimir Putin"], ["Alexander Lukashenko"]),
    (", as stated by Putin.", ["Vladimir Putin"], ["Alexander Lukashenko"]),
    (", as it was stated by the Belarusian leader.", ["Alexander Lukashenko"], ["Vladimir Putin"]),
    (", according to the transcript.", [], ["Vladimir Putin"]),
):  # fmt: skip
    built.quote(G, f"{TRUCE}{PUTIN}\n\n\u201c{W}\u201d{after}\n", W, passes, fails)
quotes(G, "According to the transcript, ", [], ["Vladimir Putin"])
quotes(G, "As was claimed by critics of Lukashenko, ", [], ["Alexander Lukashenko"])
quotes(G, "According to sources close to Putin, ", [], ["Vladimir Putin"])
quotes(G, "As stated by Putin to Lukashenko, ", ["Vladimir Putin"], ["Alexander Lukashenko"])
quotes(G, "As was noted by the Belarusian president, ", [], ["Vladimir Putin"])
quotes(G, "According to an aide to President Putin, ", [], ["Vladimir Putin"])
quotes(G, "As noted by Lukashenko, an ally of Putin, ", ["Alexander Lukashenko"],
       ["Vladimir Putin"])  # fmt: skip
quotes(G, "As reported by TASS, ", [], ["Vladimir Putin", "Alexander Lukashenko"])
quotes(G, "The plan, welcomed by Lukashenko, was set out by Putin in these words: ",
       [], ["Alexander Lukashenko"])  # fmt: skip
quotes(G, "According to the Ukrainian president, ", [], ["Vladimir Putin"],
       intro=PUTIN + " Volodymyr Zelensky, the Ukrainian president, spoke in Kyiv.")  # fmt: skip

Q = "interview-answers"
A1 = "No, but among his people are some radicals"
A2 = "We want a good working relationship with Russia"
Q1 = "Are you saying Putin is a radical?"


def interview(intro: str, asked: str = "Q:", answer: str = "A:") -> str:
    return (
        f"Lithuania's president on Moscow\n\n{intro}\n\n{asked} {Q1}\n\n{answer} {A1}. Putin "
        f"is taking on new duties, give him a chance.\n\n{asked} What about relations with "
        f"Russia?\n\n{answer} {A2}. We are not a threat to anyone.\n"
    )


ADAMKUS = "Valdas Adamkus"
for intro, asked, answer in (
    ("Lithuanian President Valdas Adamkus spoke to The World about relations with Moscow. "
     "The interview has been edited for length.", "Q:", "A:"),
    ("In an interview with Reuters on Friday, Lithuanian President Valdas Adamkus discussed "
     "relations with Moscow.", "Q:", "A:"),
    ("The World's Lisa Mullins sat down with Valdas Adamkus, the president of Lithuania, in "
     "Vilnius. Excerpts from their conversation:", "QUESTION:", "ANSWER:"),
    ("Lisa Mullins interviewed Lithuanian President Valdas Adamkus in Vilnius on 15 "
     "February 2008.", "Q:", "A:"),
    ("Lithuanian President Valdas Adamkus told The World that a new cold war must be avoided. "
     "Excerpts:", "Q:", "A:"),
    ("Valdas Adamkus, Lithuania's president, answered our questions in Vilnius.", "Q.", "A."),
    ("Lithuanian President Valdas Adamkus spoke to The World. The interview has been edited.",
     "**Q:**", "**A:**"),
    ("In an interview with The World, Lithuanian President Valdas Adamkus spoke about Moscow.",
     "Question:", "Answer:"),
):  # fmt: skip
    text = interview(intro, asked, answer)
    built.quote(Q, text, A1, [ADAMKUS], ["Vladimir Putin", "Lisa Mullins"])
    built.quote(Q, text, A2, [ADAMKUS], [])
    built.quote(Q, text, Q1, [], [ADAMKUS])
ZARUBIN = (
    "Putin on the US election\n\nPutin answered questions from the journalist Pavel Zarubin "
    "on state television on Sunday.\n\nQ: Did Donald Trump threaten you?\n\nA: You can "
    "threaten anyone. There is no point in threatening Russia.\n"
)
built.quote(Q, ZARUBIN, "There is no point in threatening Russia", ["Vladimir Putin"],
            ["Pavel Zarubin", "Donald Trump"])  # fmt: skip
built.quote(Q, ZARUBIN.replace("Putin answered questions from the journalist Pavel Zarubin",
                               "Pavel Zarubin spoke to Vladimir Putin"),
            "There is no point in threatening Russia", [], ["Pavel Zarubin"])  # fmt: skip
EXPLAINER = (
    "Gaza truce: what we know\n\nUS President Joe Biden told reporters on Tuesday that a deal "
    "was close. Here is what has been agreed so far.\n\nQ: Who are the mediators?\n\nA: Egypt "
    "and Qatar, with the United States, have led the talks.\n\nQ: When would the truce begin?"
    "\n\nA: No date has been set, officials say.\n"
)
built.quote(Q, EXPLAINER, "Egypt and Qatar, with the United States, have led the talks", [],
            ["Joe Biden"])  # fmt: skip
built.quote(Q, EXPLAINER, "No date has been set", [], ["Joe Biden"])
built.quote(Q, interview("Relations with Moscow are strained, officials in Vilnius say."),
            A1, [], [ADAMKUS])  # fmt: skip

S = "attribution-shapes"
quotes(S, "Putin spoke first. In his words, ", ["Vladimir Putin"], ["Alexander Lukashenko"])
quotes(S, "Putin told reporters after the talks: ", ["Vladimir Putin"], ["Alexander Lukashenko"])
quotes(S, "Putin told Lukashenko: ", ["Vladimir Putin"], ["Alexander Lukashenko"])
quotes(S, "Lukashenko said of Putin: ", ["Alexander Lukashenko"], ["Vladimir Putin"])
quotes(S, "Kremlin spokesman Dmitry Peskov quoted Putin as saying: ", ["Vladimir Putin"],
       ["Dmitry Peskov"])  # fmt: skip
quotes(S, "\u201cWe are grateful to all of them,\u201d Lukashenko said.\n\nPutin replied: ",
       ["Vladimir Putin"], ["Alexander Lukashenko"])  # fmt: skip
quotes(S, "Putin said: ", ["Vladimir Putin"], ["Alexander Lukashenko"],
       said=f"\u201cLukashenko and I agree. {W}.\u201d")  # fmt: skip
ZELENSKY = (
    "Ukrainian President Volodymyr Zelensky said on Tuesday that Russia had not answered the "
    "US proposal for an energy truce."
)
Z = "We have not received any response from the Russians"
for lead in ("Zelensky wrote on social media: ", "Zelensky's office quoted him as saying: ",
             "Zelensky wrote on Telegram that "):  # fmt: skip
    quotes(S, lead, ["Volodymyr Zelensky"], ["Donald Trump"],
           intro=ZELENSKY + " He spoke after a call with Donald Trump.", words=Z,
           said=f"\u201c{Z} regarding the energy ceasefire.\u201d")  # fmt: skip
built.quote(S, f"{TRUCE}{ZELENSKY}\n\n\u201cIt cannot be that Russia strikes our energy "
            f"sector and we stay silent,\u201d Zelensky said.\n\n\u201cWe will respond.\u201d\n",
            "We will respond.", ["Volodymyr Zelensky"], ["Vladimir Putin"])  # fmt: skip
TRANSCRIPT = (
    "Putin meets the foreign press\n\nPresident Vladimir Putin took questions in St Petersburg "
    "on June 5, 2024, in a session moderated by Andrey Kondrashov of TASS.\n\nKONDRASHOV: Did "
    "you like the building?\n\nPUTIN: Yes, of course. Once Mr Miller shows you round, you "
    "will not get away.\n"
)
built.quote(S, TRANSCRIPT, "Once Mr Miller shows you round", ["Vladimir Putin"],
            ["Andrey Kondrashov"])  # fmt: skip
built.quote(S, TRANSCRIPT, "Did you like the building?", ["Andrey Kondrashov"],
            ["Vladimir Putin"])  # fmt: skip


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
