# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 37's subject pronouns (``grounding_actors37.jsonl``): value-support
cases for an event's actor that its evidence gives only by "he", "she", "his", "her" or
"him", on a page about that person (``summarizer/verification/sentences/subject_pronouns.py``):

- ``subject-pronoun``: a page headed by a person (an obituary, a profile, a live blog, an
  analysis) whose pronoun, anywhere in its clause and however far from the last mention,
  stands for that person ("the academy she founded", "the thriller that made his name", "went
  ahead without him", "14:20 - she turned professional in 2008"), with places, works and
  women named between for "he", in British and American spelling. Refused: another person
  who may be meant named between or in the pronoun's sentence (titled, quoted, a surname in
  use, marked with the same gender), a subject the page marks with the other gender, an owner
  pronoun whose noun acts ("His widow set up the fund", "Her lawyers filed"), a pronoun in a
  quotation, one after a verb done to the person ("police detained him"), a value that heads
  no page, a value the page names nowhere before the pronoun.

Run ``python tests/data/make_actors37_cases.py`` to rebuild it. The texts are written for
this set, in new words; each verdict is what a careful fact-checker reads in the text,
decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_actors37.jsonl")
SUBJECT = "subject-pronoun"

built = SupportCases("ac37")


def actor(expect: bool, text: str, sentence: str, who: str, description: str, why: str) -> None:
    """One case: an event told as ``description``, backed by ``sentence`` of ``text``, whose
    one actor is ``who``."""
    assert sentence in text, sentence
    event = {"kind": "other", "description": description, "actors": [who], "evidence": [sentence]}
    built.add(SUBJECT, expect, why, text, {"events": [event]}, "events[0].actors[0]")


# --- pages whose subject a pronoun goes on meaning -----------------------------------------

QUELL = """Marta Quell, the soprano who sang Tosca 300 times, dies at 84

VIENNA, March 3 (Danube Wire) — Marta Quell, the Austrian soprano whose voice filled La Scala and the Met for three decades, has died at her home in Salzburg. She was 84.

Her family announced the death on Monday. Quell made her debut at the Vienna State Opera in 1962 and sang there until 1991.

The academy she founded in Graz in 1979 still trains about 40 young singers a year, according to the city.

Her recording of Der Rosenkavalier, made in Berlin in 1971, has never been out of print."""
actor(
    True,
    QUELL,
    "The academy she founded in Graz in 1979 still trains about 40 young singers a year, according to the city.",
    "Marta Quell",
    "founded singing academy in Graz",
    "'the academy she founded': the obituary's subject, no other person named",
)
actor(
    True,
    QUELL,
    "Her recording of Der Rosenkavalier, made in Berlin in 1971, has never been out of print.",
    "Marta Quell",
    "recorded Der Rosenkavalier",
    "'Her recording' opens the sentence: the subject, a work and places between",
)
actor(
    False,
    QUELL,
    "The academy she founded in Graz in 1979 still trains about 40 young singers a year, according to the city.",
    "Tosca",
    "founded singing academy in Graz",
    "a role in the headline is no person the pronoun means",
)
actor(
    False,
    QUELL,
    "The academy she founded in Graz in 1979 still trains about 40 young singers a year, according to the city.",
    "Anna Brettl",
    "founded singing academy in Graz",
    "a name the page never writes",
)

BRASK = """Teodor Brask, Danish director of quiet thrillers, dies at 77

By Nils Ottesen, Film Desk, The Øresund Review

Teodor Brask, whose spare, slow thrillers won him a following far beyond Denmark, has died aged 77, his producer said on Sunday.

He grew up in Aarhus and trained as a cameraman before moving to Copenhagen in 1964. Harbour Lights, the 1971 thriller that made his name, won the Golden Shell at San Sebastián, and Night Ferry followed in 1975.

Brask married the actress Lene Hvid in 1969. In 1980 she won the Bodil award for best actress. They had two daughters."""
actor(
    True,
    BRASK,
    "Harbour Lights, the 1971 thriller that made his name, won the Golden Shell at San Sebastián, and Night Ferry followed in 1975.",
    "Teodor Brask",
    "Harbour Lights won the Golden Shell",
    "'the thriller that made his name': films and places named between are no one",
)
actor(
    False,
    BRASK,
    "Harbour Lights, the 1971 thriller that made his name, won the Golden Shell at San Sebastián, and Night Ferry followed in 1975.",
    "Nils Ottesen",
    "Harbour Lights won the Golden Shell",
    "the byline's writer: not the page's subject",
)
actor(
    False,
    BRASK,
    "In 1980 she won the Bodil award for best actress.",
    "Teodor Brask",
    "won the Bodil award",
    "'she won': the actress named before, a woman, not the subject",
)

RUDDOCK = """Colm Ruddock pulls out of Dublin homecoming on doctors' orders

Eastside Music News | Sunday 14 September

Colm Ruddock, the singer-songwriter who turns 70 next month, was admitted to St Vincent's hospital on Thursday with a chest infection, his management said.

Tickets for Saturday's show at the 3Arena had sold out within an hour in May, and the support act, The Lanterns, played an extended set.

The concert went ahead without him, on the advice of his doctors, with guest singers taking his parts.

His eighth album, Low Tide Songs, is due in November."""
actor(
    True,
    RUDDOCK,
    "The concert went ahead without him, on the advice of his doctors, with guest singers taking his parts.",
    "Colm Ruddock",
    "missed the Dublin concert",
    "'went ahead without him': the page's subject, a band named between is no person",
)
actor(
    True,
    RUDDOCK,
    "His eighth album, Low Tide Songs, is due in November.",
    "Colm Ruddock",
    "eighth album due in November",
    "'His eighth album': the subject, three paragraphs after his name",
)

VARGA = """Live: Ines Varga retires from tennis at 33

Courtside live | Tuesday 4 November | Reporting: Pia Lorentz

14:05 — Ines Varga has announced her retirement from professional tennis, at 33, in a post on social media.

14:12 — The women's tour called the news the end of an era; tickets for her farewell exhibition in Budapest sold out in minutes.

14:20 — A quick look back: she turned professional in 2008 and won the Madrid Open twice, in 2015 and 2017.

14:31 — Roland Vass, her coach since 2012, said: "Every morning she was the first one on court."

14:40 — He added that she would stay in the game as a mentor to young players."""
actor(
    True,
    VARGA,
    "14:20 — A quick look back: she turned professional in 2008 and won the Madrid Open twice, in 2015 and 2017.",
    "Ines Varga",
    "won the Madrid Open twice",
    "a live blog's 'she' after a timestamp, two entries after her name",
)
actor(
    False,
    VARGA,
    "14:40 — He added that she would stay in the game as a mentor to young players.",
    "Ines Varga",
    "coach said she would stay as a mentor",
    "'He added': the coach speaks, and 'he' is not the subject's pronoun",
)
actor(
    False,
    VARGA,
    "14:20 — A quick look back: she turned professional in 2008 and won the Madrid Open twice, in 2015 and 2017.",
    "Pia Lorentz",
    "won the Madrid Open twice",
    "the reporter heads no page: no subject for the pronoun",
)

PIKE = """Harold Pike, organizer who built Ohio's home-care union, dies at 90

COLUMBUS, Ohio (Buckeye Ledger) — Harold Pike, who spent 40 years organizing home-care aides across Ohio, died Tuesday at a hospice in Dayton. He was 90.

His daughter, Carol Pike, said he had been ill for several months.

Home-care aides in Ohio earned little more than the minimum wage in the early 1970s, and most had no sick pay.

Strikes at two Dayton agencies in 1973 won the first contract in the state.

The organization he built from a church basement in 1974 now counts 60,000 members, and its contract covers every county in the state."""
actor(
    True,
    PIKE,
    "The organization he built from a church basement in 1974 now counts 60,000 members, and its contract covers every county in the state.",
    "Harold Pike",
    "built home-care union",
    "'the organization he built': a woman of his family named between is no 'he' (US spelling)",
)
actor(
    False,
    PIKE,
    "The organization he built from a church basement in 1974 now counts 60,000 members, and its contract covers every county in the state.",
    "Carol Pike",
    "built home-care union",
    "the daughter, three paragraphs back, shares the headline's surname; the page heads her father: 'he' is not her",
)

OKAFOR = """Why Okafor matters to the Treasury

Analysis | The Lagos Ledger | 2 June

Grace Okafor came to the budget office in 2019 from the central bank, where she ran the payments desk.

The department she inherited had missed its revenue target four years running. Its staff of 1,100 worked from three buildings, two of them rented.

By the end of 2021 the office had moved to one building and hit its target for the first time since 2014.

Last year she cut the department's travel budget by a fifth, and this year the spending watchdog named the office the best run in the federation."""
actor(
    True,
    OKAFOR,
    "Last year she cut the department's travel budget by a fifth, and this year the spending watchdog named the office the best run in the federation.",
    "Grace Okafor",
    "cut the travel budget by a fifth",
    "'she cut': an analysis headed by her surname, four sentences after her name",
)
actor(
    False,
    OKAFOR,
    "Last year she cut the department's travel budget by a fifth, and this year the spending watchdog named the office the best run in the federation.",
    "Ngozi Adebayo",
    "cut the travel budget by a fifth",
    "a name the page never writes",
)

MARR = """Dennis Marr, founder of the Tyneside hospice fund, dies aged 81

NEWCASTLE (North East Courier) — Dennis Marr, the former shipyard welder who founded one of the region's best-known charities, has died aged 81.

Ruth Marr, his wife of 55 years, said he died peacefully at home in Gosforth on Friday.

The fund he set up in 1994, after his brother's death at the old Walker hospice, has since raised more than £30m for end-of-life care in the North East.

His widow set up a memorial appeal on Saturday. In 2019 she ran the Great North Run for the fund."""
actor(
    True,
    MARR,
    "The fund he set up in 1994, after his brother's death at the old Walker hospice, has since raised more than £30m for end-of-life care in the North East.",
    "Dennis Marr",
    "set up hospice fund",
    "'The fund he set up': his wife, a woman, named between is no 'he' (British spelling)",
)
actor(
    False,
    MARR,
    "In 2019 she ran the Great North Run for the fund.",
    "Dennis Marr",
    "ran the Great North Run",
    "'she ran': the page goes on with 'he' for its subject; 'she' is his widow",
)
actor(
    False,
    MARR,
    "His widow set up a memorial appeal on Saturday.",
    "Dennis Marr",
    "set up memorial appeal",
    "'His widow set up': she acts, not he",
)

FENN = """Tom Fenn, drummer with the Wrens, dies at 72

BIRMINGHAM (Midland Sound) — Tom Fenn, who played drums on every Wrens record from 1971 to 1988, has died at 72.

Fenn joined the band in 1970 after its first drummer, Ray Dunstan, left for America. Dunstan later played with Soft Harbour and, in 1983, moved to Nashville, where he opened a studio.

The studio he opened is still run by his son."""
actor(
    False,
    FENN,
    "The studio he opened is still run by his son.",
    "Tom Fenn",
    "opened a studio",
    "'he opened' after Ray Dunstan, a surname the page uses, is Dunstan's",
)
actor(
    False,
    FENN,
    "Dunstan later played with Soft Harbour and, in 1983, moved to Nashville, where he opened a studio.",
    "Tom Fenn",
    "opened a studio in Nashville",
    "'he' in the sentence that names Dunstan: his",
)

HALE = """Ellen Rusk, who turned a village bakery into a national chain, dies at 88

By Joanna Tate | The Fenland Times

Ellen Rusk, whose Rusk's bakeries grew from one shop in Ely to 240 branches, has died at 88.

Senator Paul Hale, a friend since school, led the tributes on Monday. He called her "the hardest-working woman in England".

The foundation he chairs gave £2m to the Ely hospital last year."""
actor(
    False,
    HALE,
    "The foundation he chairs gave £2m to the Ely hospital last year.",
    "Ellen Rusk",
    "foundation gave £2m to hospital",
    "'he chairs': the senator, a man; the subject is a woman",
)
actor(
    False,
    HALE,
    'He called her "the hardest-working woman in England".',
    "Ellen Rusk",
    "called her the hardest-working woman",
    "'called her': the senator acts; she is only spoken of",
)

KERR = """Jonah Kerr, club's record scorer, dies at 69

Riverside Sport | Friday 9 May

Jonah Kerr, who scored 212 league goals for Harton Rovers, has died aged 69, the club said.

Coach Alan Brigg, who signed Kerr from Alnwick in 1975, led the tributes. "He built this club," Brigg said on Friday.

Police arrested him for a night in 1982 after a cup-final brawl.

Mr Brigg said he would fly the club's flag at half-mast. The chairman said he would open a book of condolence at the ground.

The stand he paid for in 1990 was named after him last year."""
actor(
    False,
    KERR,
    "The chairman said he would open a book of condolence at the ground.",
    "Jonah Kerr",
    "opened a book of condolence",
    "'The chairman said he': the chairman's, a description that speaks",
)
actor(
    False,
    KERR,
    '"He built this club," Brigg said on Friday.',
    "Jonah Kerr",
    "built the club",
    "a pronoun inside a quotation: its speaker chose whom it means",
)
actor(
    False,
    KERR,
    "Police arrested him for a night in 1982 after a cup-final brawl.",
    "Jonah Kerr",
    "arrested after a cup-final brawl",
    "'arrested him': the police act; he is the one arrested",
)
actor(
    False,
    KERR,
    "Mr Brigg said he would fly the club's flag at half-mast.",
    "Jonah Kerr",
    "flag at half-mast",
    "'Mr Brigg said he': the coach, a man, in the pronoun's sentence",
)
actor(
    False,
    KERR,
    "The stand he paid for in 1990 was named after him last year.",
    "Jonah Kerr",
    "paid for the stand",
    "'he paid for' after Mr Brigg, a titled man, is named between",
)

OKOYE = """Dame Ruth Okoye, Britain's first black female judge, dies at 90

LONDON (Capital Law Journal) — Dame Ruth Okoye, who sat on the High Court bench for 18 years, has died. She was 90.

The chambers he ran in Lincoln's Inn trained a generation of family barristers."""
actor(
    False,
    OKOYE,
    "The chambers he ran in Lincoln's Inn trained a generation of family barristers.",
    "Ruth Okoye",
    "ran chambers in Lincoln's Inn",
    "'he ran': the page marks the subject a woman (Dame)",
)

VOSS = """Corin Voss sets out plan for a four-day week at city hall

Civic Desk | The Hartwell Post

Corin Voss, the city's chief executive since January, set out the plan to staff on Wednesday. Her lawyers filed the papers for the change with the labour board the same day.

Staff in the housing team will try the four-day week first, from March.

The plan she drew up would cut the week to 32 hours with no loss of pay."""
actor(
    True,
    VOSS,
    "The plan she drew up would cut the week to 32 hours with no loss of pay.",
    "Corin Voss",
    "drew up four-day week plan",
    "'The plan she drew up': a news piece headed by her name, two sentences on",
)
actor(
    False,
    VOSS,
    "Her lawyers filed the papers for the change with the labour board the same day.",
    "Corin Voss",
    "filed papers with the labour board",
    "'Her lawyers filed': they act, not she",
)

WEBB = """Remembering Lionel Webb, the cartoonist who drew the Harbour Cats

Obituary | The Coastline Gazette

Lionel Webb, whose Harbour Cats strip ran in 300 newspapers, died on Sunday in Brixham. He was 86.

Born in Plymouth in 1939, he left school at 15 and sold his first cartoon to Punch at 19.

In 1968 the Gazette hired him, and the strip he drew for it ran every day until 2004."""
actor(
    True,
    WEBB,
    "Born in Plymouth in 1939, he left school at 15 and sold his first cartoon to Punch at 19.",
    "Lionel Webb",
    "sold first cartoon to Punch",
    "'he left school ... sold his first cartoon': the obituary's subject, a magazine named in the sentence",
)
actor(
    True,
    WEBB,
    "In 1968 the Gazette hired him, and the strip he drew for it ran every day until 2004.",
    "Lionel Webb",
    "drew the daily strip until 2004",
    "'the strip he drew': the subject, though 'hired him' in the same sentence is done to him",
)


SABLE = """Rex Sable, voice of the Night Owls, dies at 70

Tyneside Music Desk | Thursday 3 April

Rex Sable, who fronted the Night Owls for 30 years, has died at 70. His family said he died in hospital in Durham.

Tony Brandt, the guitarist, wrote the band's first single in 1974, and he produced their last album in 2001.

Alan Kemp, who managed the band until 1990, said the news was a shock. The band he fronted sold eight million records.

The Owls' drummer Colin Pask, 68, played with him for 20 years; he founded a drum school in Gateshead in 1995."""
actor(
    False,
    SABLE,
    "Tony Brandt, the guitarist, wrote the band's first single in 1974, and he produced their last album in 2001.",
    "Rex Sable",
    "produced the last album",
    "'he produced' after 'Tony Brandt, the guitarist,' in its own sentence: Brandt's",
)
actor(
    False,
    SABLE,
    "Alan Kemp, who managed the band until 1990, said the news was a shock. The band he fronted sold eight million records.",
    "Rex Sable",
    "band sold eight million records",
    "the named sentence is the manager's; 'he fronted' after Alan Kemp, who ..., may be his",
)
actor(
    False,
    SABLE,
    "The Owls' drummer Colin Pask, 68, played with him for 20 years; he founded a drum school in Gateshead in 1995.",
    "Rex Sable",
    "founded a drum school",
    "'he founded' after 'drummer Colin Pask, 68': the drummer's",
)
actor(
    True,
    SABLE,
    "His family said he died in hospital in Durham.",
    "Rex Sable",
    "died in hospital",
    "'His family said he died': the subject, named in the sentence before",
)


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
