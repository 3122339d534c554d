# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of review rvrb33 of readback33 (``grounding_rvrb33.jsonl``): a quote's "he
said", "she said" or description read back to a sentence whose main clause has a named
subject while a reader settled on another name in it, broken both ways, by category, each
with what must pass and what must fail:

- ``pronoun-sex``: the quote's "she said" after a sentence whose subject the page marks as a
  man ("Mr. Tom Reed opened the session with a rebuke for Ms. Ana Ruiz. "...," she said"), or
  "he said" after a woman's: the one other person the sentence names passes, the subject is
  refused; where the pronoun fits the subject, the subject passes and the other is refused
  (a subject marked by nothing but a first name is left out: see DECISIONS);
- ``body-subject``: the sentence's subject is a body ("The Interior Ministry summoned the
  opposition leader, Rami Saleh"): the quote's "he" or "she" is the one person it names, never
  the body; the body passes for "the ministry said", and the person it names is refused there;
- ``paragraph-back``: the sentence read back to ends the paragraph before the quote's, or
  lies two sentences back: the person the quote's words and pronoun point to passes, the
  subject of the earlier sentence does not where another person of the pronoun's sex is named
  nearer;
- ``interview-subject``: the sentence's subject is the interviewer ("Our reporter Sam Okafor
  asked the finance minister, Henrik Dahl, whether ..."; "Host Leon Carter interviewed the
  striker Paulo Mendes"): the one asked answers and the interviewer is refused; where the
  speaker is the subject who tells a reporter, the speaker passes.

Run ``python tests/data/make_rvrb33_cases.py`` to rebuild it. The people, outlets and events
are fictional and every sentence was written for this set; each verdict is what a careful
fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvrb33.jsonl")

built = SupportCases(
    "rvrb33",
    leads=[
        "HALDEN, May 4 (Fjordline Wire) -",
        "By Oona Marsh | The Westbrook Courier",
        "POLITICS DESK | The Carrow Herald",
        "From our correspondent in Lisbon, The Meridian Review.",
    ],
)
SEX, BODY, PARA, INTERVIEW = "pronoun-sex", "body-subject", "paragraph-back", "interview-subject"
quote = built.page_quote


# --- pronoun-sex: a "she" after a man's sentence, a "he" after a woman's ---------------------

quote(SEX, "I was never told of the change", ["Ana Ruiz"], ["Tom Reed"],
      'Mr. Tom Reed opened the session with a rebuke for Ms. Ana Ruiz, the committee clerk. "I was never told of the change," she said.')  # fmt: skip
quote(SEX, "The bridge came in under budget", [], ["Lena Hart"],
      'Mayor Lena Hart cut the ribbon on her first bridge beside the contractor, Mr. Piet Olsen. "The bridge came in under budget," he said.')  # fmt: skip
quote(SEX, "The accounts do not add up", ["Clara Wynn"], ["Victor Lamb"],
      'Mr. Victor Lamb chaired the hearing, with the auditor, Ms. Clara Wynn, seated opposite. "The accounts do not add up," she said.')  # fmt: skip
quote(SEX, "We will not wait another year", ["Helen Stark"], ["Omar Badr"],
      'Mrs. Helen Stark opened the debate with a warning to Mr. Omar Badr. "We will not wait another year," she said.')  # fmt: skip
quote(SEX, "The offer is final", ["Karl Weiss"], ["Dora Finch"],
      'Mr. Karl Weiss met the union\'s leader, Mrs. Dora Finch, on Monday. "The offer is final," he said.')  # fmt: skip
quote(SEX, "This cargo saves lives", ["Alma Reyes"], ["Jonas Berg"],
      'Mr. Jonas Berg, the port director, greeted Mrs. Alma Reyes at the quay on Friday. "This cargo saves lives," she said.')  # fmt: skip
quote(SEX, "We lost everything in one night", ["Ruth Okoye"], ["Neil Fraser"],
      'The governor, Mr. Neil Fraser, toured the flooded town with its mayor, Mrs. Ruth Okoye. "We lost everything in one night," she said.')  # fmt: skip
quote(SEX, "My orders came in writing", ["Idris Kane"], ["Mary Quinn"],
      'Senator Mary Quinn questioned the general, Mr. Idris Kane, for three hours on Tuesday, her notes piled in front of her. "My orders came in writing," he said.')  # fmt: skip
quote(SEX, "This is a new start for the region", ["Arturo Silva"], ["Grace Mbeki"],
      'Mr. Arturo Silva signed the accord with Mrs. Grace Mbeki at his side. "This is a new start for the region," he said.')  # fmt: skip
quote(SEX, "I only did my job", ["Samuel Otieno"], ["Ingrid Lund"],
      'Ms. Ingrid Lund thanked Mr. Samuel Otieno for his help in the talks. "I only did my job," he said.')  # fmt: skip
quote(SEX, "The blockade has to end", ["Yara Haddad"], ["Felix Moor"],
      'The envoy, Ms. Yara Haddad, rebuked Mr. Felix Moor in her opening remarks. "The blockade has to end," she said.')  # fmt: skip
quote(SEX, "We came to listen", ["Chiara Conti"], ["Pavel Novak"],
      'Mr. Pavel Novak welcomed Ms. Chiara Conti to Prague on Wednesday. "We came to listen," she said.')  # fmt: skip


# --- body-subject: a body's sentence, a person's "he said" -----------------------------------

quote(BODY, "I have nothing to hide", ["Rami Saleh"], ["Interior Ministry"],
      'The Interior Ministry summoned the opposition leader, Rami Saleh, on Monday. "I have nothing to hide," he said.')  # fmt: skip
quote(BODY, "The council has made a mistake", ["Colin Hart"], ["Northgate Council"],
      'Northgate Council rejected the plan put forward by the developer, Colin Hart. "The council has made a mistake," he said.')  # fmt: skip
quote(BODY, "They ignored every warning", [], ["European Commission"],
      'The European Commission fined Talvik Bank after a complaint from its former auditor, Maria Holm. "They ignored every warning," she said.')  # fmt: skip
quote(BODY, "I followed the rules", ["Lars Eklund"], ["Harbour Police"],
      'Harbour Police arrested the ship\'s captain, Lars Eklund, late on Friday. "I followed the rules," he told reporters.')  # fmt: skip
quote(BODY, "We reached every village", ["Amina Diallo"], ["World Health Organization"],
      'The World Health Organization praised the health minister, Amina Diallo, for the vaccine drive. "We reached every village," she said.')  # fmt: skip
quote(BODY, "I was made a scapegoat", ["Owen Marsh"], ["Corvan Airlines"],
      'Corvan Airlines dismissed its chief pilot, Owen Marsh, after the incident. "I was made a scapegoat," he said.')  # fmt: skip
quote(BODY, "Justice has been done", ["Teodor Ilic"], ["Supreme Court"],
      'The Supreme Court cleared the former minister, Teodor Ilic, of all charges on Thursday. "Justice has been done," he said outside the court.')  # fmt: skip
quote(BODY, "I will appeal", ["Fiona Grant"], ["Labour Party"],
      'The Labour Party suspended its councillor, Fiona Grant, over the posts. "I will appeal," she said.')  # fmt: skip
quote(BODY, "Our members have been heard", ["Riverside Players Union"], ["Hugo Brandt"],
      'The Riverside Players Union thanked the club\'s owner, Hugo Brandt, on Sunday. "Our members have been heard," the union said.')  # fmt: skip
quote(BODY, "broke his contract", ["Veldt Mining Company"], ["Simon Bray"],
      'The Veldt Mining Company sued its former chief executive, Simon Bray, for damages. "Mr. Bray broke his contract," the company said in a statement.')  # fmt: skip
quote(BODY, "We will not be silenced", ["Nadia Karim"], ["State Media Authority"],
      'The State Media Authority shut down the newspaper run by Nadia Karim on Tuesday. "We will not be silenced," she said.')  # fmt: skip

quote(BODY, "The deal protects local jobs", ["Northgate Council"], ["Colin Hart"],
      'Northgate Council approved the plan put forward by the developer, Colin Hart. "The deal protects local jobs," the council said.')  # fmt: skip
quote(BODY, "The bank broke the rules", ["European Commission"], ["Maria Holm"],
      'The European Commission fined Talvik Bank after a complaint from its former auditor, Maria Holm. "The bank broke the rules for years," the commission said.')  # fmt: skip
quote(BODY, "The captain is being questioned", ["Harbour Police"], ["Lars Eklund"],
      'Harbour Police arrested the ship\'s captain, Lars Eklund, late on Friday. "The captain is being questioned," police said.')  # fmt: skip
quote(BODY, "Safety comes first", ["Corvan Airlines"], ["Owen Marsh"],
      'Corvan Airlines dismissed its chief pilot, Owen Marsh, after the incident. "Safety comes first," the airline said in a statement.')  # fmt: skip
quote(BODY, "The posts broke our code", ["Labour Party"], ["Fiona Grant"],
      'The Labour Party suspended its councillor, Fiona Grant, over the posts. "The posts broke our code of conduct," the party said.')  # fmt: skip
quote(BODY, "The licence was not renewed", ["State Media Authority"], ["Nadia Karim"],
      'The State Media Authority shut down the newspaper run by Nadia Karim on Tuesday. "The licence was not renewed," the authority said.')  # fmt: skip
quote(BODY, "Mr. Saleh must answer", ["Interior Ministry"], ["Rami Saleh"],
      'The Interior Ministry summoned the opposition leader, Rami Saleh, on Monday. "Mr. Saleh must answer for the riots," the ministry said.')  # fmt: skip
quote(BODY, "The campaign saved thousands of lives", ["World Health Organization"], ["Amina Diallo"],
      'The World Health Organization praised the health minister, Amina Diallo, for the vaccine drive. "The campaign saved thousands of lives," the organization said.')  # fmt: skip


# --- paragraph-back: the subject of a sentence a paragraph or a sentence further back ---------

quote(PARA, "Nobody told me why", ["Rory Kent"], ["Alan Pike"],
      "Coach Alan Pike dropped his captain, Rory Kent, for the final.",
      '"Nobody told me why," Kent said on Sunday. "I found out from the team sheet," he added.')  # fmt: skip
quote(PARA, "It was the hardest call I have made", ["Alan Pike"], ["Rory Kent"],
      'Coach Alan Pike dropped his captain, Rory Kent, for the final. "It was the hardest call I have made," he said.')  # fmt: skip
quote(PARA, "Nobody left the room happy", ["Paulo Reis"], ["Ravi Menon"],
      "Ravi Menon, the trade minister, flew to Geneva on Monday for the talks.",
      'The session was chaired by the deputy head of the trade body, Paulo Reis. "Nobody left the room happy," he said.')  # fmt: skip
quote(PARA, "The roof came down on us", ["Erik Sand"], ["Jan Holm"],
      "Fire chief Jan Holm sent four crews to the warehouse on Monday night.",
      'One of the firefighters, Erik Sand, was pulled from the rubble at dawn. "The roof came down on us," he said from his hospital bed.')  # fmt: skip
quote(PARA, "We will rebuild the school", ["Jan Holm"], ["Erik Sand"],
      'Mayor Jan Holm visited the burned school with the caretaker, Erik Sand, on Tuesday. Parents gathered at the gate. "We will rebuild the school," the mayor said.')  # fmt: skip
quote(PARA, "The ball was over the line", ["Luis Ortega"], ["Mark Dale"],
      "Referee Mark Dale awarded the goal after a long look at the screen.",
      'The visitors\' manager, Luis Ortega, was sent to the stands for protesting. "The ball was over the line, everyone saw it," he said afterwards.')  # fmt: skip
quote(PARA, "The money went to the schools", ["Igor Petrov"], ["Anton Volk"],
      "Prosecutor Anton Volk charged the former mayor, Igor Petrov, with fraud in March.",
      'Petrov denied the charge at his first hearing on Monday. "The money went to the schools," he said.')  # fmt: skip
quote(PARA, "Every seat was sold in an hour", ["Greta Nilsson"], ["Oskar Berg"],
      'Promoter Greta Nilsson booked the band for two nights in June. The tour was planned by their agent, Oskar Berg, a year earlier. "Every seat was sold in an hour," Nilsson said.')  # fmt: skip
quote(PARA, "I saw the lorry swerve", ["Tomas Lind"], ["Hans Berger"],
      "Inspector Hans Berger took statements from the drivers at the scene.",
      'A witness, Tomas Lind, was waiting at the bus stop when the crash happened. "I saw the lorry swerve," he said.')  # fmt: skip
quote(PARA, "The plan protects the coast", ["Sara Vik"], ["Per Moen"],
      'Minister Sara Vik presented the plan on Friday, flanked by her deputy, Per Moen. "The plan protects the coast for a generation," the minister said.')  # fmt: skip
quote(PARA, "My client is innocent", ["David Roth"], ["Ben Adler"],
      "Ben Adler was arrested at his home in Leeds on Saturday.",
      'His lawyer, David Roth, spoke to reporters outside the station. "My client is innocent," he said.')  # fmt: skip


# --- interview-subject: the interviewer is the sentence's subject ----------------------------

quote(INTERVIEW, "It will, with votes to spare", ["Henrik Dahl"], ["Sam Okafor"],
      'Our reporter Sam Okafor asked the finance minister, Henrik Dahl, whether the budget would pass. "It will, with votes to spare," he said.')  # fmt: skip
quote(INTERVIEW, "The lists are falling every month", ["Arjun Rao"], ["Dylan Shaw"],
      'Presenter Dylan Shaw pressed the prime minister, Arjun Rao, on waiting lists during Sunday\'s programme. "The lists are falling every month," he replied.')  # fmt: skip
quote(INTERVIEW, "I just did my job", ["Paulo Mendes"], ["Leon Carter"],
      'Host Leon Carter interviewed the striker Paulo Mendes after the match. "I just did my job," he said.')  # fmt: skip
quote(INTERVIEW, "Thirty years of work, gone", [], ["Mike Dunn"],
      'Radio host Mike Dunn spoke to the farmer Alan Briggs, whose herd was lost in the floods. "Thirty years of work, gone," he said.')  # fmt: skip
quote(INTERVIEW, "No decision has been made", ["Neil Grant"], ["Rich Adams"],
      'Podcast host Rich Adams questioned the club\'s chairman, Neil Grant, about the sale. "No decision has been made," he said.')  # fmt: skip
quote(INTERVIEW, "Those reports are lies", [], ["Ben Cole"],
      'Our correspondent Ben Cole reached the general, Yusuf Amin, by telephone on Saturday. "Those reports are lies," he said.')  # fmt: skip
quote(INTERVIEW, "Rates will stay high", ["Marco Ferri"], ["Jens Holt"],
      'Marco Ferri, the central bank governor, told The Courier\'s Jens Holt that borrowing costs would not fall soon. "Rates will stay high into next year," he said.')  # fmt: skip
quote(INTERVIEW, "The budget will pass", ["Henrik Dahl"], ["Sam Okafor"],
      'The finance minister, Henrik Dahl, told our reporter Sam Okafor on Monday that he had the votes. "The budget will pass," he said.')  # fmt: skip
quote(INTERVIEW, "I saw things nobody should see", ["Omar Said"], ["Ian Ford"],
      'Reporter Omar Said covered the war for a decade for the paper\'s editor, Ian Ford. "I saw things nobody should see," he said.')  # fmt: skip
quote(INTERVIEW, "We deliver on time", ["Rosa Lima"], ["Kate Bell"],
      'The Review\'s business editor, Kate Bell, visited the factory run by Rosa Lima in Porto. "We deliver on time, every time," Lima said.')  # fmt: skip
quote(INTERVIEW, "The vote was rigged", ["Felipe Soto"], ["Anna Kroll"],
      'Anchor Anna Kroll interviewed the defeated candidate, Felipe Soto, on election night. "The vote was rigged," Soto told her.')  # fmt: skip
quote(INTERVIEW, "We will hold the line", ["Rosa Okoro"], ["Ian Mills"],
      'Presenter Ian Mills grilled the defence minister, Rosa Okoro, on Sunday\'s programme. "We will hold the line," she said.')  # fmt: skip
quote(INTERVIEW, "Nobody is above the rules", ["Jakob Lenz"], ["Mara Fell"],
      'Interviewer Mara Fell quizzed the league\'s president, Jakob Lenz, about the ban. "Nobody is above the rules," he said.')  # fmt: skip
quote(INTERVIEW, "The port will reopen", ["Tariq Aziz"], ["Colm Ryan"],
      'Our reporter Colm Ryan asked the harbour master, Tariq Aziz, when ships could return. "The port will reopen on Monday," he said.')  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
