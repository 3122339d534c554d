# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 34's review rvrb34 of readback34 (``grounding_rvrb34.jsonl``):
value-support cases for a quote's speaker whose "he said" or "she said" is read back to an
earlier sentence, written to break readback34's subject readings, with what must pass and
what must fail:

- ``apposed-neighbour``: a sentence opening with a name and its lower-case apposition, the
  apposition naming another person ("Priya Natarajan, its finance chief, who replaced Colin
  Barr in January, defended the cuts"; "a former aide to Governor Phil Grant"), or the
  apposition's person the subject of a new sentence after it: the subject speaks, the
  apposition's person does not (and the new sentence's subject does).
- ``fronted-clause``: a fronted phrase that is a clause or phrase of its own naming someone
  ("When Mr Ruiz arrived, the minister, Paul Okonjo, was speaking"; "As Dmitri Volkov looked
  on, coach Ivan Petrov told"; "Unlike his predecessor Frank Moll, Mayor Greg Tan has"), or
  "For X," naming whom a thing befalls ("For Maria Lopez, a cleaner, they mean ..."): the main
  clause's subject speaks, the fronted phrase's person does not; after "For X," the
  "she said" is X's, never a subject named before.
- ``sex-and-paragraph``: a "she said" after a sentence whose named subject is a man, a
  pronoun subject after a lower-case opener, a subject two sentences back past a paragraph
  break, a shared surname ("Mr Dev Anand ... His wife, Mrs Sunita Anand,"): the person the
  pronoun points to speaks, the neighbour does not.
- ``title-styles``: correct speakers in British and American styles: post-nominal letters
  (QPM, DBE), "Jr.", initials, a party label in brackets, an age between commas, a particle
  ("bin"), "Father", "Lt. Gen.": the subject speaks, the person of the sentence before not.

Run ``python tests/data/make_rvrb34_cases.py`` to rebuild it. Every article below was written
for this set (fictional outlets and people); each verdict is what a careful fact-checker reads
in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvrb34.jsonl")

built = SupportCases("rv34")
quote = built.graded_quote

# --- apposed-neighbour: the name before the apposition speaks, not the apposition's person
C = "apposed-neighbour"
quote(
    C,
    'Budget\n\nThe council met on Tuesday to approve the budget. Priya Natarajan, its finance chief, who replaced Colin Barr in January, defended the cuts. "We had no other choice," she said.\n',
    "We had no other choice,",
    ["Priya Natarajan"],
    ["Colin Barr"],
)
quote(
    C,
    'Spending bill\n\nThe Senate passed the bill late on Friday. Sen. Mark Dolan, a Republican from Ohio who often sides with Majority Leader Tom Walsh, voted against it. "It spends money we do not have," he said.\n',
    "It spends money we do not have,",
    ["Mark Dolan"],
    ["Tom Walsh"],
)
quote(
    C,
    'Hospital\n\nDr Helen Moss, the hospital\'s medical director, praised the nurses on Monday. Her deputy, Dr Raj Mehta, was more cautious. "We are not out of the woods yet," he said.\n',
    "We are not out of the woods yet,",
    ["Raj Mehta"],
    ["Helen Moss"],
)
quote(
    C,
    'Inquiry\n\nAdam Kowal, a lawyer for the family, said the inquiry had failed them. Its chairman, Sir Peter Lyle, rejected that on Thursday. "The panel heard every witness," he said.\n',
    "The panel heard every witness,",
    ["Peter Lyle"],
    ["Adam Kowal"],
)
quote(
    C,
    'Derby\n\nLuis Ortega, the coach who succeeded Diego Ramos last summer, was furious with the referee. "We were robbed," he told reporters.\n',
    "We were robbed,",
    ["Luis Ortega"],
    ["Diego Ramos"],
)
quote(
    C,
    'Hearing\n\nKaren Holt, a former aide to Governor Phil Grant, testified on Wednesday. "I saw the documents myself," she said.\n',
    "I saw the documents myself,",
    ["Karen Holt"],
    ["Phil Grant"],
)
quote(
    C,
    'Layoffs\n\nJ.D. Pruitt, the company\'s chief executive since founder Mel Archer retired, announced the layoffs on Monday. "This is the hardest decision I have made," he said.\n',
    "This is the hardest decision I have made,",
    ["J.D. Pruitt"],
    ["Mel Archer"],
)
quote(
    C,
    'Strike\n\nOmar Haddad, the union\'s negotiator, met the transport secretary, Greg Lyons, on Thursday. Lyons, who took office in May, later spoke to reporters. "The offer stands," he said.\n',
    "The offer stands,",
    ["Greg Lyons"],
    ["Omar Haddad"],
)
quote(
    C,
    'Inquiry opens\n\nCounsel Maria Tse had asked for a delay. The inquiry\'s chair, Baroness Ruth Hale, a former judge, opened the hearing anyway. "We will go where the evidence leads," she said.\n',
    "We will go where the evidence leads,",
    ["Ruth Hale"],
    ["Maria Tse"],
)
quote(
    C,
    'Cup tie\n\nTom Ridley, the club\'s captain, was replaced at half-time by Sam Cole. "I felt fine," he said afterwards.\n',
    "I felt fine,",
    ["Tom Ridley"],
    ["Sam Cole"],
)
quote(
    C,
    'Plant closure\n\nGlenn Hart, who ran the plant for Rolf Becker for twenty years, watched the last shift leave. "It broke my heart," he said.\n',
    "It broke my heart,",
    ["Glenn Hart"],
    ["Rolf Becker"],
)

# --- fronted-clause: a fronted phrase's person is not the main clause's subject
C = "fronted-clause"
quote(
    C,
    'Talks\n\nThe envoy Carlos Ruiz flew in on Monday. When Mr Ruiz arrived, the minister, Paul Okonjo, was already speaking. "We have waited long enough," he said.\n',
    "We have waited long enough,",
    [],
    ["Carlos Ruiz"],
)
quote(
    C,
    'Board\n\nAfter Mark Briggs resigned in March, chairman Alan Stott named a successor. "We needed stability," he said.\n',
    "We needed stability,",
    ["Alan Stott"],
    ["Mark Briggs"],
)
quote(
    C,
    'Law signed\n\nAlthough Senator Glen Park opposed the plan, Governor Dan Kerr signed it into law on Friday. "This is a good day for the state," he said.\n',
    "This is a good day for the state,",
    [],
    [],
)
quote(
    C,
    'Bus cuts\n\nCouncil leader Fiona Grey announced the bus cuts on Monday. For Maria Lopez, a cleaner in Leeds, they mean a two-hour journey to work. "I don\'t know how I will manage," she said.\n',
    "I don't know how I will manage,",
    ["Maria Lopez"],
    ["Fiona Grey"],
)
quote(
    C,
    'Ruling\n\nJudge Simon Wells ruled on Friday that the deportation was unlawful. For Ahmed Ali, the ruling means he can finally go home. "I have waited six years," he said.\n',
    "I have waited six years,",
    ["Ahmed Ali"],
    ["Simon Wells"],
)
quote(
    C,
    'Summit\n\nSpeaking after talks with Chancellor Otto Brenner, President Jean Morel said the two sides were close. "We are nearly there," he added.\n',
    "We are nearly there,",
    ["Jean Morel"],
    ["Otto Brenner"],
)
quote(
    C,
    'Relegation\n\nAs owner Dmitri Volkov looked on, coach Ivan Petrov told reporters the team had let the fans down. "We were not good enough," he said.\n',
    "We were not good enough,",
    ["Ivan Petrov"],
    ["Dmitri Volkov"],
)
quote(
    C,
    'Residents\n\nIn a letter to Mayor Eric Dunn, the residents\' leader, Colin Shaw, demanded a meeting. "We are tired of waiting," he wrote.\n',
    "We are tired of waiting,",
    [],
    ["Eric Dunn"],
)
quote(
    C,
    'Trial\n\nBefore Judge Neil Clarke could rule, defence lawyer Ray Nolan asked for a recess. "My client is unwell," he said.\n',
    "My client is unwell,",
    ["Ray Nolan"],
    ["Neil Clarke"],
)
quote(
    C,
    'Election\n\nWhen the votes were counted on Sunday night, opposition leader Pavel Novak conceded defeat to Prime Minister Jan Horak. "The people have spoken," he said.\n',
    "The people have spoken,",
    ["Pavel Novak"],
    ["Jan Horak"],
)
quote(
    C,
    'Aid\n\nDuring a call with President Luis Vega, Prime Minister Mario Costa agreed to send aid. "We will not abandon our neighbours," he said.\n',
    "We will not abandon our neighbours,",
    ["Mario Costa"],
    ["Luis Vega"],
)
quote(
    C,
    'Library\n\nUnlike his predecessor Frank Moll, Mayor Greg Tan has refused to close the library. "Books are not a luxury," he said.\n',
    "Books are not a luxury,",
    [],
    ["Frank Moll"],
)

quote(
    C,
    'Port\n\nAfter Rui Sousa, the port\'s former director, was arrested, his successor Nuno Faria ordered an audit. "Every contract will be checked," he said.\n',
    "Every contract will be checked,",
    [],
    ["Rui Sousa"],
)
quote(
    C,
    'Opening night\n\nWhile critic Ben Ashe was still writing his review, director Leo Marsh thanked the cast on stage. "You were magnificent," he said.\n',
    "You were magnificent,",
    ["Leo Marsh"],
    [],
)
quote(
    C,
    'Hospital\n\nOnce Dr Ravi Shah had finished his shift, surgeon Colm Byrne took over the ward. "It was a long night," he said.\n',
    "It was a long night,",
    ["Colm Byrne"],
    [],
)
quote(
    C,
    'Protest\n\nBack in April, before Governor Rick Lane signed the bill, activist Joe Pratt led a march on the capitol. "We will not be silenced," he said.\n',
    "We will not be silenced,",
    ["Joe Pratt"],
    ["Rick Lane"],
)
quote(
    C,
    'Rescue\n\nIn Leeds, where Mayor Alan Cobb had declared an emergency, fire chief Sean Doyle ordered the evacuation. "We could not take the risk," he said.\n',
    "We could not take the risk,",
    ["Sean Doyle"],
    [],
)

# --- sex-and-paragraph: the pronoun's person, past a man's subject or a paragraph break
C = "sex-and-paragraph"
quote(
    C,
    'Debt\n\nMr. Hugo Baines, the committee\'s chairman, opened the session. Ms. Lena Ford, its senior member, followed with a warning. "We cannot keep borrowing," she said.\n',
    "We cannot keep borrowing,",
    ["Lena Ford"],
    ["Hugo Baines"],
)
quote(
    C,
    'Waiting times\n\nHealth minister Carl Dunne announced the new waiting-time targets on Monday.\n\nNurses\' leader Patricia Osei, general secretary of the union, called them a fantasy.\n\n"Nobody on the wards believes this," she said.\n',
    "Nobody on the wards believes this,",
    ["Patricia Osei"],
    ["Carl Dunne"],
)
quote(
    C,
    'Housing\n\nMayor Tom Greer, who succeeded Alan Fisk in January, unveiled the housing plan on Monday.\n\nThe plan drew immediate criticism.\n\n"We will build 5,000 homes," he said.\n',
    "We will build 5,000 homes,",
    ["Tom Greer"],
    ["Alan Fisk"],
)
quote(
    C,
    'School\n\nMs Jade Turner, the school\'s head, who took over from Mr Paul Ince last year, welcomed the report. "Our pupils deserve this," she said.\n',
    "Our pupils deserve this,",
    ["Jade Turner"],
    ["Paul Ince"],
)
quote(
    C,
    'Bishop\n\nRev. Samuel Oduya, the bishop\'s spokesman, read a statement from Bishop Mary Kent on Sunday. "She is grateful for your prayers," he said.\n',
    "She is grateful for your prayers,",
    ["Samuel Oduya"],
    ["Mary Kent"],
)
quote(
    C,
    'Fraud trial\n\nProsecutor Ian Shaw, a veteran of the fraud office, questioned the witness, Helen Gray, for three hours. "I did nothing wrong," she said.\n',
    "I did nothing wrong,",
    ["Helen Gray"],
    ["Ian Shaw"],
)
quote(
    C,
    'Vote\n\nSenator Alice Munro led the opposition to the bill. Once the vote was over she thanked Speaker John Kerr. "Today democracy won," she said.\n',
    "Today democracy won,",
    ["Alice Munro"],
    ["John Kerr"],
)
quote(
    C,
    'Verdict\n\nBusinessman Arthur Pell had waited four years for the ruling. Within minutes of the verdict he phoned his lawyer, Simon Reeve.\n\n"I feel vindicated," he said.\n',
    "I feel vindicated,",
    ["Arthur Pell"],
    ["Simon Reeve"],
)
quote(
    C,
    "Burglary\n\nMr Dev Anand, the shop's owner, said the thieves had taken everything. His wife, Mrs Sunita Anand, was in tears. \"We have lost our life's work,\" she said.\n",
    "We have lost our life's work,",
    ["Sunita Anand"],
    ["Dev Anand"],
)
quote(
    C,
    'Study\n\nDr. Karen Bloom, the lead author, who worked with Prof. Neil Hart on the study, said the results were striking.\n\n"We did not expect this," she said.\n',
    "We did not expect this,",
    ["Karen Bloom"],
    ["Neil Hart"],
)

quote(
    C,
    'Talks\n\nPresident Tom Vale walked out of the talks on Monday. When he had gone, his deputy, Ed Gray, spoke to reporters. "There is nothing more to discuss," he said.\n',
    "There is nothing more to discuss,",
    ["Ed Gray"],
    ["Tom Vale"],
)
quote(
    C,
    'Marathon\n\nAna Ruiz crossed the line first on Sunday. As she celebrated, her coach Maria Soto wept. "She has worked so hard for this," she said.\n',
    "She has worked so hard for this,",
    ["Maria Soto"],
    ["Ana Ruiz"],
)
quote(
    C,
    'Resignation\n\nMinister Paul Rees resigned on Monday. After he had cleared his desk, the prime minister, Owen Pike, named a successor within the hour. "We must move on," he said.\n',
    "We must move on,",
    ["Owen Pike"],
    ["Paul Rees"],
)
quote(
    C,
    'Verdict\n\nLawyer Jana Novak won the appeal on Friday. Before she left the court, her client Eva Krall thanked the judges. "I have my life back," she said.\n',
    "I have my life back,",
    ["Eva Krall"],
    ["Jana Novak"],
)
quote(
    C,
    'Landing\n\nAstronaut Kyle Boone returned from orbit on Tuesday. When he landed in Texas, he rang his mother, Rose Boone. "I could not wait to hear her voice," he said.\n',
    "I could not wait to hear her voice,",
    ["Kyle Boone"],
    [],
)

# --- title-styles: correct speakers in British and American styles
C = "title-styles"
quote(
    C,
    'Apology\n\nHome Secretary James Clay ordered an inquiry on Monday. Chief Constable Sir Mark Rowe QPM, the force\'s head, apologised to the family. "We let them down," he said.\n',
    "We let them down,",
    [],
    ["James Clay"],
)
quote(
    C,
    'Vaccines\n\nSenator Bill Cassel pressed him on the panel. Robert F. Kane Jr., the health secretary, told senators the panel would be replaced. "It has lost the public\'s trust," he said.\n',
    "It has lost the public's trust,",
    ["Robert F. Kane"],
    ["Bill Cassel"],
)
quote(
    C,
    'Gulf\n\nDefense Secretary Pete Hale ordered more ships to the Gulf on Monday. Lt. Gen. Mark Hollis, the commander of US forces in the region, briefed reporters at the Pentagon. "The threat is real," he said.\n',
    "The threat is real,",
    ["Mark Hollis"],
    ["Pete Hale"],
)
quote(
    C,
    'Nursing\n\nHealth minister Karin Smith launched the review in May. Dame Sarah Mullins DBE, the former chief nurse, led it. "Staff told us they were exhausted," she said.\n',
    "Staff told us they were exhausted,",
    [],
    ["Karin Smith"],
)
quote(
    C,
    'Figures\n\nChief medical officer Prof Chris Witt said cases had risen. Professor A. J. Whitby, an epidemiologist at Bristol University, said the figures were worrying. "We should be concerned," he said.\n',
    "We should be concerned,",
    ["A. J. Whitby"],
    ["Chris Witt"],
)
quote(
    C,
    'Hearing\n\nRep. Maria Santos (D-Calif.), a member of the panel, grilled the executive, Laura Finch. "You knew and you did nothing," she said.\n',
    "You knew and you did nothing,",
    [],
    [],
)
quote(
    C,
    'Vigil\n\nPolice chief Barry Ross confirmed the boy\'s death on Saturday. Father Tom Keane, the parish priest, led the vigil on Sunday night. "The whole town is grieving," he said.\n',
    "The whole town is grieving,",
    ["Tom Keane"],
    ["Barry Ross"],
)
quote(
    C,
    'Charges\n\nDan Ortiz was charged on Monday. Mr Ortiz\'s lawyer, Sam Brill, said the charges would be fought. "My client is innocent," he said.\n',
    "My client is innocent,",
    [],
    ["Dan Ortiz"],
)
quote(
    C,
    'Summit\n\nPresident Don Tremont hailed the summit as a triumph. Former US ambassador Kurt Volk, now a fellow at a Washington think tank, said it had achieved little. "It was theatre," he said.\n',
    "It was theatre,",
    ["Kurt Volk"],
    ["Don Tremont"],
)
quote(
    C,
    'Talks\n\nEnvoy Steve Witt flew in on Monday. Sheikh Khalid bin Saeed, the emirate\'s foreign minister, hosted the talks. "The door remains open," he said.\n',
    "The door remains open,",
    ["Khalid bin Saeed"],
    ["Steve Witt"],
)
quote(
    C,
    "Leader\n\nTaoiseach Conor Walsh praised him on Tuesday. Seamus O'Neill, 64, the party's leader, said he would stand down in June. \"It is time for new blood,\" he said.\n",
    "It is time for new blood,",
    [],
    [],
)

quote(
    C,
    'Strike\n\nTransport Secretary Hilary Voss refused to meet the union. RMT boss Mick Lynes, 62, said the strikes would go on. "We are not going away," he said.\n',
    "We are not going away,",
    ["Mick Lynes"],
    ["Hilary Voss"],
)
quote(
    C,
    'Ruling\n\nThe state\'s attorney general, Dana Kroll, appealed on Monday. U.S. District Judge William H. Orrick III, an Obama appointee, had blocked the order. "The order is unlawful on its face," he wrote.\n',
    "The order is unlawful on its face,",
    ["William H. Orrick III"],
    ["Dana Kroll"],
)
quote(
    C,
    'Recall\n\nRegulator Jim Platt ordered the recall last week. Mrs. Ellen Chu, the firm\'s chief executive, apologised to customers on Tuesday. "We got this wrong," she said.\n',
    "We got this wrong,",
    ["Ellen Chu"],
    ["Jim Platt"],
)
quote(
    C,
    'Budget\n\nShadow chancellor Mel Stride attacked the plan. The Chancellor, Rachel Reyes, defended it in the Commons. "This budget fixes the foundations," she said.\n',
    "This budget fixes the foundations,",
    ["Rachel Reyes"],
    ["Mel Stride"],
)
quote(
    C,
    'Inquest\n\nCoroner Alan Pike opened the inquest on Monday. Det. Sgt. Lucy Marr, who led the investigation, gave evidence. "There was no sign of forced entry," she said.\n',
    "There was no sign of forced entry,",
    ["Lucy Marr"],
    ["Alan Pike"],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
