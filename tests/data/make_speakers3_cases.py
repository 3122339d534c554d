# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the third speakers set (``grounding_speakers3.jsonl``): value-support cases for the
speaker causes an independent check on other outlets' pages found (check 20), by category,
each with what must pass and what must fail:

- ``speaker-said-description``: a description after "said" ('"...," said the veteran
  negotiator, who ...') points back, as before the verb, to the person the article just named,
  also through that person's appositive ("Ana Ruiz, Colombia's chief negotiator, arrived");
  never to someone else named before, nor to a body ("said the foreign ministry");
- ``speaker-office-holders``: "X Min-jun, an adviser to President Y," (a hyphenated given
  name) is X's, never Y's; "an aide to President Y told" is not Y's; "senior adviser to the
  prime minister Omar Haidari told" (a lower-case office before the name) is Haidari's;
- ``speaker-released-by``: "in a statement released by the office of President X:" is X's,
  never the sentence's subject's;
- ``speaker-under-headline``: a headline line with no full stop above the lead does not stop
  "the Chilean leader declared" or "she added" from reaching the person the lead names (never
  the headline's or the lead's other person);
- ``speaker-unowned-paper``: 'Saudi Arabia hopes "...", a foreign ministry statement said':
  a paper naming no issuer is the sentence's subject's, never another country's;
- ``speaker-transcript-labels``: a transcript's "THE PRESIDENT:" label gives its line to the
  person the article names with that title, never to the guest the line mentions ("Maybe the
  Prime Minister should answer that").

Run ``python tests/data/make_speakers3_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, or public figures in invented sentences);
each verdict is what a careful fact-checker reads in the text, decided when the case was
written, never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_speakers3.jsonl")

built = SupportCases("sp3")
quote = built.quote

# --- 1. a description after "said" ---------------------------------------------------------

C = "speaker-said-description"
quote(
    C,
    "Talks resume\n\nAna Ruiz, Colombia's chief negotiator, arrived in Caracas on Monday.\n\u201cWe are close,\u201d said the veteran negotiator, who has led three rounds.\n",
    "We are close,",
    ["Ana Ruiz"],
    ["Luis Vega"],
)
quote(
    C,
    "Port strike\n\nSam Okoro, who leads the dock union, met Transport Minister Ada Bell on Friday. \u201cWe will not back down,\u201d said the union veteran.\n",
    "We will not back down,",
    ["Sam Okoro"],
    ["Ada Bell"],
)
quote(
    C,
    "Border deal\n\nKenyan envoy Grace Wanjiru flew to Juba after the vote. \u201cThe road is open,\u201d said the seasoned diplomat, who replaced Peter Otieno in May.\n",
    "The road is open,",
    ["Grace Wanjiru"],
    ["Peter Otieno"],
)
quote(
    C,
    "Trade row\n\nSergei Volkov, the Russian trade envoy, spoke after the meeting. \u201cThe tariffs are unfair,\u201d said the foreign ministry.\n",
    "The tariffs are unfair,",
    [],
    ["Sergei Volkov"],
)
quote(
    C,
    "Fishing quotas\n\nIngrid Dahl, Norway's fisheries minister, met her Icelandic counterpart Jon Arnason. \u201cThe cod stocks are recovering,\u201d said the former marine biologist.\n",
    "The cod stocks are recovering,",
    ["Ingrid Dahl"],
    ["Jon Arnason"],
)
quote(
    C,
    "Grain corridor\n\nLena Moroz, a Ukrainian deputy minister, toured the port. \u201cShips must keep moving,\u201d said the deputy minister, who grew up in Odesa.\n",
    "Ships must keep moving,",
    ["Lena Moroz"],
    ["Ivan Petrenko"],
)
quote(
    C,
    "Health talks\n\nTedros Adhanom Ghebreyesus, the WHO chief, opened the session. \u201cWe need the data now,\u201d said the Ethiopian-born official.\n",
    "We need the data now,",
    ["Tedros Adhanom Ghebreyesus"],
    ["Maria Neira"],
)
quote(
    C,
    "Rail strike\n\nUnion boss Tom Hale walked out of the talks with Rail Minister Jo Park.\n\u201cThis offer is an insult,\u201d said the veteran organiser, who has led four strikes.\n",
    "This offer is an insult,",
    ["Tom Hale"],
    ["Jo Park"],
)
quote(
    C,
    "Ceasefire\n\nGeneral Abdel Musa, the army chief, addressed troops in Kassala.\n\u201cThe guns will fall silent,\u201d said the commander, who took charge last year.\n",
    "The guns will fall silent,",
    ["Abdel Musa"],
    ["Omar Bashir"],
)
quote(
    C,
    "Budget fight\n\nSenator Ruth Kemp, the committee's ranking Democrat, questioned Treasury Secretary Paul Dane. \u201cThe numbers do not add up,\u201d said the Vermont lawmaker.\n",
    "The numbers do not add up,",
    ["Ruth Kemp"],
    ["Paul Dane"],
)
quote(
    C,
    "Election\n\nMayor Chloe Vance, who is running for a third term, met voters in the square. \u201cWe fixed the buses,\u201d said the incumbent.\n",
    "We fixed the buses,",
    ["Chloe Vance"],
    ["Rita Moss"],
)

# --- 2. office holders: hyphenated given names, "an aide to President X" ------------------

C = "speaker-office-holders"
quote(
    C,
    "Seoul talks\n\n\u201cThe talks will go ahead,\u201d Kim Min-jun, an adviser to President Lee Jae-myung, told reporters.\n",
    "The talks will go ahead,",
    ["Kim Min-jun"],
    ["Lee Jae-myung"],
)
quote(
    C,
    "Seoul talks\n\n\u201cWe expect a reply soon,\u201d Park Ji-hoon, a spokesman for Foreign Minister Cho Hyun-woo, said on Monday.\n",
    "We expect a reply soon,",
    ["Park Ji-hoon"],
    ["Cho Hyun-woo"],
)
quote(
    C,
    "Beijing visit\n\n\u201cThe visit is on track,\u201d Chen Mei-ling, an aide to Premier Wang Jian-guo, told the agency.\n",
    "The visit is on track,",
    ["Chen Mei-ling"],
    ["Wang Jian-guo"],
)
quote(
    C,
    "Kabul\n\n\u201cThe deal is done,\u201d senior adviser to the prime minister Omar Haidari told AFP.\n",
    "The deal is done,",
    ["Omar Haidari"],
    [],
)
quote(
    C,
    "Kabul\n\n\u201cThe border reopens Friday,\u201d chief of staff to the president Layla Noori told Reuters.\n",
    "The border reopens Friday,",
    ["Layla Noori"],
    [],
)
quote(
    C,
    "Nairobi\n\n\u201cWe will sign next week,\u201d an aide to President William Ruto told reporters.\n",
    "We will sign next week,",
    [],
    ["William Ruto"],
)
quote(
    C,
    "Manila\n\n\u201cThe ships will stay,\u201d a spokeswoman for President Ana Cruz said on Tuesday.\n",
    "The ships will stay,",
    [],
    ["Ana Cruz"],
)
quote(
    C,
    "Seoul talks\n\n\u201cNo date is set,\u201d Lee Soo-jin, media adviser to Prime Minister Han Dong-hoon, told Yonhap.\n",
    "No date is set,",
    ["Lee Soo-jin"],
    ["Han Dong-hoon"],
)
quote(
    C,
    "Hanoi\n\n\u201cThe port will open,\u201d Nguyen Thi-lan, a deputy to Trade Minister Tran Van-minh, said.\n",
    "The port will open,",
    ["Nguyen Thi-lan"],
    ["Tran Van-minh"],
)
quote(
    C,
    "Taipei\n\n\u201cWe are ready,\u201d Lin Yu-ting, an adviser to President Lai Ching-te, told reporters on Friday.\n",
    "We are ready,",
    ["Lin Yu-ting"],
    ["Lai Ching-te"],
)
quote(
    C,
    "Kabul\n\n\u201cTalks resume in May,\u201d a senior adviser to Foreign Minister Amir Khan told AFP.\n",
    "Talks resume in May,",
    [],
    ["Amir Khan"],
)
quote(
    C,
    "Dhaka\n\n\u201cThe levy will go,\u201d special assistant to the finance minister Rana Karim told reporters.\n",
    "The levy will go,",
    ["Rana Karim"],
    [],
)
quote(
    C,
    "Tokyo\n\n\u201cThe summit is on,\u201d Sato Ken-ichi, a secretary to Prime Minister Ishiba Shigeru, said.\n",
    "The summit is on,",
    ["Sato Ken-ichi"],
    ["Ishiba Shigeru"],
)

# --- 3. "a statement released by the office of X:" ---------------------------------------

C = "speaker-released-by"
for lead, words, yes, no in [
    (
        "Kenya welcomed the deal in a statement released by the office of President William Ruto:",
        "This is a good day for the region.",
        "William Ruto",
        "Musalia Mudavadi",
    ),
    (
        "Foreign Minister Musalia Mudavadi was in Doha when Kenya answered in a statement issued by the office of President William Ruto:",
        "We stand with the mediators.",
        "William Ruto",
        "Musalia Mudavadi",
    ),
    (
        "Ghana reacted with a statement put out late on Sunday; the reply came in a statement released by President John Mahama:",
        "Ghana will send observers.",
        "John Mahama",
        "Samuel Ablakwa",
    ),
    (
        "After meeting Senator Ana Ruiz, the governor replied in a statement issued by Governor Tom Reyes:",
        "The state will comply.",
        "Tom Reyes",
        "Ana Ruiz",
    ),
    (
        "Brazil responded in a message posted by the office of President Luiz Inacio Lula da Silva:",
        "Brazil wants peace.",
        "Luiz Inacio Lula da Silva",
        "Mauro Vieira",
    ),
    (
        "The union, led by Ada Finch, was answered in a statement released by the office of Mayor Rosa Lind:",
        "The buses will run.",
        "Rosa Lind",
        "Ada Finch",
    ),
    (
        "The talks ended with a statement published by the office of Prime Minister Kiri Moana:",
        "New Zealand will host the next round.",
        "Kiri Moana",
        "Jon Berg",
    ),
    (
        "Senator Eli Strand read out a statement released by the office of President Ida Marsh:",
        "The border stays open.",
        "Ida Marsh",
        "Eli Strand",
    ),
    (
        "Chile joined the call in a statement issued by the office of President Gabriel Boric:",
        "Chile backs the truce.",
        "Gabriel Boric",
        "Alberto van Klaveren",
    ),
    (
        "Nigeria welcomed the vote in a response released by the office of President Bola Tinubu:",
        "Nigeria will vote yes.",
        "Bola Tinubu",
        "Yusuf Tuggar",
    ),
]:
    quote(C, f"Reaction\n\n{lead} \u201c{words}\u201d\n", words, [yes], [no])

# --- 4. a headline line running into the lead ----------------------------------------------

C = "speaker-under-headline"
for head, lead, words, after, yes, no in [
    (
        "Next to Ortega, Lima argues for unity",
        "Chilean President Rosa Lima on Monday urged unity at a press conference alongside Peru\u2019s Diego Ortega.",
        "We must act as a bloc.",
        "the Chilean leader declared",
        "Rosa Lima",
        "Diego Ortega",
    ),
    (
        "Kwame Boateng hosts Mensah for port talks",
        "Ghanaian President Ama Owusu on Friday met Togo\u2019s Kofi Mensah in Accra.",
        "The port will stay open.",
        "she added",
        "Ama Owusu",
        "Kofi Mensah",
    ),
    (
        "Berg rejects Nilsen plan",
        "Norwegian Prime Minister Jon Berg on Tuesday rejected a quota plan put forward by Lars Nilsen.",
        "The quotas are too low.",
        "the Norwegian leader said",
        "Jon Berg",
        "Lars Nilsen",
    ),
    (
        "Sato and Kim agree on new hotline",
        "Japanese Foreign Minister Ken Sato met South Korea\u2019s Kim Dae-ho in Tokyo on Sunday.",
        "The line will open next week.",
        "he told reporters",
        "Ken Sato",
        "Kim Dae-ho",
    ),
    (
        "Under pressure from Pereira, Mendes calls for calm",
        "Brazilian Finance Minister Lia Mendes spoke on Monday after a call with Congressman Rui Pereira.",
        "Markets need calm.",
        "the Brazilian minister declared",
        "Lia Mendes",
        "Rui Pereira",
    ),
    (
        "With Musa at his side, Okeke opens summit",
        "Nigerian President Chidi Okeke opened the summit in Abuja on Thursday with Niger\u2019s Ali Musa at his side.",
        "This region will not be divided.",
        "he declared",
        "Chidi Okeke",
        "Ali Musa",
    ),
    (
        "Dahl snubs Olsen at fisheries meeting",
        "Danish Minister Mette Dahl on Friday addressed the fisheries council after a row with Erik Olsen.",
        "We will protect the fleet.",
        "the Danish minister said",
        "Mette Dahl",
        "Erik Olsen",
    ),
    (
        "Next to Lula, Petro defends oil ban",
        "Colombian President Gustavo Petro on Tuesday defended his oil ban at a press conference beside Brazil\u2019s Luiz Inacio Lula da Silva.",
        "The Amazon cannot wait.",
        "the Colombian leader declared",
        "Gustavo Petro",
        "Luiz Inacio Lula da Silva",
    ),
    (
        "Farah meets Warsame on drought",
        "Somali Prime Minister Hodan Farah on Monday met aid chief Abdi Warsame in Mogadishu.",
        "The rains failed again.",
        "she said",
        "Hodan Farah",
        "Abdi Warsame",
    ),
    (
        "Ivanova warns Petrov over gas",
        "Bulgarian Energy Minister Nina Ivanova on Wednesday answered a letter from Pavel Petrov.",
        "The pipeline deal is off.",
        "the Bulgarian minister warned",
        "Nina Ivanova",
        "Pavel Petrov",
    ),
]:
    text = f"{head}\n{lead}\n\u201c{words}\u201d {after}.\n"
    quote(C, text, words, [yes], [no])

# --- 5. "..., a foreign ministry statement said": the paper of the sentence's subject ------

C = "speaker-unowned-paper"
for opener, words, paper, yes, no in [
    (
        "Saudi Arabia hopes",
        "the plan will bring lasting peace",
        "a foreign ministry statement said",
        "Saudi Arabia",
        "Qatar",
    ),
    (
        "Egypt welcomed the truce and said",
        "the crossings must open at once",
        "a presidency statement added",
        "Egypt",
        "Israel",
    ),
    (
        "Norway expects",
        "both sides to return to the table",
        "a government statement said",
        "Norway",
        "Sweden",
    ),
    (
        "Kenya believes",
        "the corridor can reopen within days",
        "a foreign ministry readout said",
        "Kenya",
        "Uganda",
    ),
    (
        "Turkey wants",
        "an end to the shelling",
        "an official statement said on Sunday",
        "Turkey",
        "Syria",
    ),
    (
        "Japan regrets",
        "the missile launch",
        "a defence ministry statement said",
        "Japan",
        "North Korea",
    ),
    (
        "Brazil considers",
        "the tariffs unjustified",
        "a foreign ministry communique said",
        "Brazil",
        "United States",
    ),
    (
        "Jordan urges",
        "restraint from all parties",
        "a royal court statement said",
        "Jordan",
        "Iran",
    ),
    ("Ghana hopes", "the vote will be peaceful", "a government release said", "Ghana", "Togo"),
    (
        "India rejects",
        "the remarks as baseless",
        "an external affairs ministry statement said",
        "India",
        "Pakistan",
    ),
]:
    text = f"Reaction\n\n{opener} \u201c{words}\u201d, {paper}.\n"
    quote(C, text, words, [yes], [no])

# --- 6. a transcript's speaker labels -------------------------------------------------------

C = "speaker-transcript-labels"
for title, host, guest, gtitle, gname, line in [
    (
        "PRESIDENT",
        "Bill Clinton",
        "Yoshiro Mori",
        "PRIME MINISTER",
        "MORI",
        "Maybe the Prime Minister should answer that.",
    ),
    (
        "PRESIDENT",
        "Ada Marsh",
        "Ken Sato",
        "PRIME MINISTER",
        "SATO",
        "The Prime Minister and I agreed on the talks.",
    ),
    (
        "CHANCELLOR",
        "Eva Roth",
        "Jon Berg",
        "PRIME MINISTER",
        "BERG",
        "I thank the Prime Minister for coming.",
    ),
    (
        "PRESIDENT",
        "Rosa Lind",
        "Omar Diaz",
        "FOREIGN MINISTER",
        "DIAZ",
        "Minister Diaz has been a good partner.",
    ),
    ("GOVERNOR", "Tom Reyes", "Lia Moss", "MAYOR", "MOSS", "The Mayor will speak about the buses."),
    (
        "PRESIDENT",
        "Chidi Okeke",
        "Ali Musa",
        "PRIME MINISTER",
        "MUSA",
        "We welcome our friend from Niger.",
    ),
    (
        "PRIME MINISTER",
        "Kiri Moana",
        "Ana Cruz",
        "PRESIDENT",
        "CRUZ",
        "Let the President take the next question.",
    ),
    (
        "PRESIDENT",
        "Hodan Farah",
        "Ivo Lenz",
        "CHANCELLOR",
        "LENZ",
        "The Chancellor knows our position.",
    ),
    (
        "SECRETARY",
        "Dana Holt",
        "Kai Berg",
        "MINISTER",
        "BERG",
        "The Minister and I spoke for an hour.",
    ),
    (
        "PRESIDENT",
        "Gustavo Petro",
        "Lia Mendes",
        "MINISTER",
        "MENDES",
        "Minister Mendes should answer that one.",
    ),
]:
    head = title.title()
    intro = f"Transcript: remarks by {head} {host.split()[-1]} and {gtitle.title()} {gname.title()}\n\n{head} {host} met {gtitle.title()} {guest} on Monday. Following is the transcript.\n"
    body = f"Q: How did the talks go? THE {title}: {line} {gtitle} {gname}: We made progress.\n"
    quote(C, intro + body, line, [host], [guest])


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
