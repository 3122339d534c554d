# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the credit-frame set of session 36 (``grounding_credits36.jsonl``): value-support
cases for a quote's speaker when the page credits the quote in a frame other than "X said",
with what must pass and what must fail:

- ``same-sentence``: the frame runs on after the quote in its own sentence: '"...," was the
  message X posted', '"...," were the words of X', '"..." was how X summed it up', '"...,"
  came the retort from X', '"...," was X's verdict'. Refused: a person named inside the
  quote, the speaker of a neighbouring quote, a person in the frame who only relays the
  words ("the statement X read out on behalf of Y" is neither X's words nor read as Y's);
- ``next-sentence``: the sentence after the quote opens with the frame: "That was how X put
  it.", "Those were the words of X.", "Such was X's answer." (American and British
  punctuation). Refused: as above, and the one the quote is about;
- ``lead-frame``: the frame leads into the quote with a colon: 'X's reply: "..."', 'The
  verdict of X, a judge, was short: "..."'. Refused: the person the quote speaks of, a
  neighbour's speaker;
- ``continued``: a quote that is its whole sentence right after a quote so credited, in the
  same paragraph, goes on with it. Refused: the people the quotes name, the neighbour;
- ``tail-frame``: the quote's own sentence goes on with a name the readers of "said" do not
  take apart: an apposition or relative clause between the name and its verb ('"...," X, who
  has chaired the trust since 2011 and lives on the front, posted'), a verb before a
  described name ('read the chair of the tribunal, X'), "according to" a described name, a
  page's text ('is written on the website of X'). Refused: "according to people close to X",
  the neighbour, a person named in the relative clause;
- ``answer-turn``: a quote in an interview's answer turn ("A:", "A.", "Answer:") is the one
  interviewed's, when the introduction names them as the subject of its story ("X, the new
  head of ..., expects", "..., the chief executive, X, has confirmed. ... he answered
  questions", "Novelist X has won ... She spoke to us"). Refused: the interviewer ("Questions
  by X", "Interviewer: X"), a person the answer quotes ('A: My editor, X. His words were:
  "..."', 'its chief, X, wrote to us'), the interviewee for words the answer gives another.

Run ``python tests/data/make_credits36_cases.py`` to rebuild it. Every sentence is written for
this set (fictional people, outlets and places), in wordings other than the outside checks';
each verdict is what a careful fact-checker reads, decided when written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_credits36.jsonl")

built = SupportCases(
    "cr36",
    leads=[
        "By Tamsin Holt | The Lakeside Courier",
        "VARNA (Meridian Wire) -",
        "CITY DESK | The Northgate Herald",
        "From our correspondent, The Upland Examiner.",
    ],
)


def quote(
    category: str, paragraphs: list[str], words: str, passes: list[str], fails: list[str]
) -> None:
    """One quote on a page of ``paragraphs``: ``passes`` said ``words``, ``fails`` did not."""
    built.page_quote(category, words, passes, fails, *paragraphs)


C = "same-sentence"
quote(
    C,
    [
        "The ferry service to Kessel Island resumed on Monday after a three-week strike.",
        '"We are back on the water and grateful to every passenger who waited," was the message Ines Carvalho, the operator\'s chief executive, tweeted on Monday morning.',
        'Union organiser Pavel Drozd said members had "won what they came for".',
    ],
    "We are back on the water and grateful to every passenger who waited,",
    ["Ines Carvalho"],
    ["Pavel Drozd"],
)
quote(
    C,
    [
        "The council approved the new cycle lanes by nine votes to four.",
        '"Tonight the city chose safer streets over faster cars," were the words of Councillor Amara Obi, who had campaigned for the scheme for six years.',
        'Her rival, Councillor Dennis Reeve, called the vote "a gift to nobody".',
    ],
    "Tonight the city chose safer streets over faster cars,",
    ["Amara Obi"],
    ["Dennis Reeve"],
)
quote(
    C,
    [
        "Shares in Harlow Foods fell 14 per cent after the company cut its forecast.",
        '"A bad quarter, not a broken business" was how Lena Marsh, the finance director, summed it up for analysts.',
    ],
    "A bad quarter, not a broken business",
    ["Lena Marsh"],
    ["Harlow Foods", "Ruth Penner"],
)
quote(
    C,
    [
        "The mayor of Portwell asked the water board to explain the outage.",
        '"We will publish every log, every call and every decision," came the reply from Gideon Saar-Levi, the board\'s chairman, on Thursday.',
        'Mayor Colette Brun had said residents deserved "more than an apology".',
    ],
    "We will publish every log, every call and every decision,",
    ["Gideon Saar-Levi"],
    ["Colette Brun"],
)
quote(
    C,
    [
        "The appeal court overturned the ban on the march.",
        '"The right to protest is not a privilege granted by the police," was Justice Maria Ferreira\'s verdict.',
        'Police commissioner Oliver Tait said he would "study the ruling".',
    ],
    "The right to protest is not a privilege granted by the police,",
    ["Maria Ferreira"],
    ["Oliver Tait"],
)
quote(
    C,
    [
        "The orchestra cancelled its autumn tour after losing its main sponsor.",
        '"Nobody should mistake this for the end of the orchestra," was the message conductor Henrik Vall posted on Instagram, thanking the players by name.',
    ],
    "Nobody should mistake this for the end of the orchestra,",
    ["Henrik Vall"],
    ["Sofia Lind"],
)
quote(
    C,
    [
        "Flooding closed the Marrow valley road for a second day.",
        '"Stay home unless your journey cannot wait," was the advice Inspector Carla Mendes gave drivers on Tuesday.',
        'Farmer Owen Pryce said his lambs were "up to their knees in it".',
    ],
    "Stay home unless your journey cannot wait,",
    ["Carla Mendes"],
    ["Owen Pryce"],
)
quote(
    C,
    [
        "Lord Ashby's statement was read to the committee on Wednesday.",
        '"I regret nothing about the way the fund was run," was the statement Hugo Lamb, his solicitor, read out on behalf of Lord Edwin Ashby.',
    ],
    "I regret nothing about the way the fund was run,",
    [],
    ["Hugo Lamb"],
)
quote(
    C,
    [
        "The striker signed a new four-year contract with Dunmore Rovers.",
        '"Ask Tomasz Bielik whether I wanted to leave," was the reply Nadia Osei gave reporters, pointing at her captain.',
    ],
    "Ask Tomasz Bielik whether I wanted to leave,",
    ["Nadia Osei"],
    ["Tomasz Bielik"],
)
quote(
    C,
    [
        "The museum returned the bronze head to the Benin court on Friday.",
        '"It goes home with our apology and our thanks," was the way director Ruth Adeyemi put it.',
        'The envoy, Osaro Eweka, said the day had been "long awaited".',
    ],
    "It goes home with our apology and our thanks,",
    ["Ruth Adeyemi"],
    ["Osaro Eweka"],
)
quote(
    C,
    [
        "The two candidates met for their only televised debate.",
        '"You have had twelve years and you have fixed nothing" - that was the line Senator Joan Whitcombe kept returning to.',
        'Her opponent, Senator Bill Arkwright, said he was "proud of the record".',
    ],
    "You have had twelve years and you have fixed nothing",
    ["Joan Whitcombe"],
    ["Bill Arkwright"],
)

C = "next-sentence"
quote(
    C,
    [
        "The bridge reopened six months late and two million pounds over budget.",
        '"Late, yes. Over budget, yes. But it will stand for a hundred years." That was how the engineer in charge, Priya Raman, described it at the ribbon-cutting.',
        'Transport secretary Alan Greer said the delays were "regrettable".',
    ],
    "Late, yes. Over budget, yes. But it will stand for a hundred years.",
    ["Priya Raman"],
    ["Alan Greer"],
)
quote(
    C,
    [
        "The hospital trust closed its maternity unit at night.",
        '"Mothers in this town deserve better than a forty-mile drive in labour". Those were the words of Dr Fiona Gault, the unit\'s former head, at the protest.',
    ],
    "Mothers in this town deserve better than a forty-mile drive in labour",
    ["Fiona Gault"],
    ["Martin Shaw"],
)
quote(
    C,
    [
        "Rescuers pulled a climber from a crevasse on the Alder glacier on Sunday.",
        '"He was cold, angry and very much alive." Such was mountain guide Tobias Frei\'s account of the rescue.',
        "The climber, Jonas Weber, was flown to hospital.",
    ],
    "He was cold, angry and very much alive.",
    ["Tobias Frei"],
    ["Jonas Weber"],
)
quote(
    C,
    [
        "The central bank held its key rate at 4.5 per cent.",
        '"We are not yet where we need to be on prices." That was the assessment of Governor Elena Sokolova after the vote.',
        'Finance minister Yuri Danko had called for a cut to "give the economy air".',
    ],
    "We are not yet where we need to be on prices.",
    ["Elena Sokolova"],
    ["Yuri Danko"],
)
quote(
    C,
    [
        "The school will keep its playing fields after the sale fell through.",
        '"The children won, and the developers lost." This is how head teacher Gwen Morgan sums up the year.',
    ],
    "The children won, and the developers lost.",
    ["Gwen Morgan"],
    ["Carys Bowen"],
)
quote(
    C,
    [
        "The league fined Westbrook United for fielding an ineligible player.",
        '"We made an error and we will pay for it." Those were the words the club\'s chairman, Declan Roe, posted on the club website.',
        'Coach Stefan Nilsen had blamed "a paperwork mix-up".',
    ],
    "We made an error and we will pay for it.",
    ["Declan Roe"],
    ["Stefan Nilsen"],
)
quote(
    C,
    [
        "Kemal Aydin, the goalkeeper, missed training again on Thursday.",
        '"Kemal needs rest, not headlines." That was how his manager, Rosa Iglesias, replied when asked about him.',
    ],
    "Kemal needs rest, not headlines.",
    ["Rosa Iglesias"],
    ["Kemal Aydin"],
)
quote(
    C,
    [
        "The port authority raised its harbour fees by a fifth.",
        '"Fishermen will simply go elsewhere." That was the prediction of Harbour Master Neil Cowan, who has run the port since 2009.',
        'Authority chair Wendy Falk said the rise was "overdue".',
    ],
    "Fishermen will simply go elsewhere.",
    ["Neil Cowan"],
    ["Wendy Falk"],
)
quote(
    C,
    [
        "The regional assembly voted to close two coal plants by 2030.",
        '"A good day for the lungs of this valley." This was the verdict of Assemblywoman Teresa Duarte.',
        'Plant manager Bogdan Ilic said the workers were "left guessing".',
    ],
    "A good day for the lungs of this valley.",
    ["Teresa Duarte"],
    ["Bogdan Ilic"],
)
quote(
    C,
    [
        "The premier's envoy read out a letter at the start of the talks.",
        '"We come in good faith and will leave only with an agreement." That was the message envoy Lars Holm read out from Premier Anna Berg.',
    ],
    "We come in good faith and will leave only with an agreement.",
    [],
    ["Lars Holm"],
)
quote(
    C,
    [
        "Tickets for the festival sold out in eleven minutes.",
        '"Unbelievable - and a bit terrifying." That is how organiser Chidi Okafor put it on Saturday.',
        'Ticket agent Mona Patel said demand had been "off the charts".',
    ],
    "Unbelievable - and a bit terrifying.",
    ["Chidi Okafor"],
    ["Mona Patel"],
)

C = "lead-frame"
quote(
    C,
    [
        "The airline cancelled 300 flights after a computer failure.",
        'Captain Rhys Doyle\'s verdict: "Nobody in the cockpit could file a flight plan."',
        'The airline\'s spokeswoman, Helen Cobb, said systems were "recovering".',
    ],
    "Nobody in the cockpit could file a flight plan.",
    ["Rhys Doyle"],
    ["Helen Cobb"],
)
quote(
    C,
    [
        "The rail unions rejected the pay offer on Wednesday.",
        'The response from Frances Oyelaran, the drivers\' union leader, was blunt: "It is an insult, and our members know it."',
    ],
    "It is an insult, and our members know it.",
    ["Frances Oyelaran"],
    ["Graham Lister"],
)
quote(
    C,
    [
        "The senator was asked again about her plans for 2028.",
        'Senator Louise Carrow\'s answer, as ever: "Ask me after the midterms."',
        "Her aide, Jamal Reid, declined to comment.",
    ],
    "Ask me after the midterms.",
    ["Louise Carrow"],
    ["Jamal Reid"],
)
quote(
    C,
    [
        "The judge dismissed the case against the protesters.",
        'The ruling of Judge Anil Mehta, read in open court: "Peaceful assembly is not a crime in this country."',
    ],
    "Peaceful assembly is not a crime in this country.",
    ["Anil Mehta"],
    ["Karen Doyle"],
)
quote(
    C,
    [
        "Students occupied the library for a third night.",
        'Dean Patricia Olmos\'s message to them on Friday: "The doors stay open, and so does my office."',
        'Student leader Femi Bako said they would "stay until the fees fall".',
    ],
    "The doors stay open, and so does my office.",
    ["Patricia Olmos"],
    ["Femi Bako"],
)
quote(
    C,
    [
        "Olaf Brenner resigned as coach after the cup defeat.",
        'Club president Marta Quiroga\'s tribute: "Olaf gave this club ten honest years."',
    ],
    "Olaf gave this club ten honest years.",
    ["Marta Quiroga"],
    ["Olaf Brenner"],
)
quote(
    C,
    [
        "The volcano on Tavira erupted again overnight.",
        'The warning from Dr Kenji Mori, the island\'s chief volcanologist, came at dawn: "Leave the eastern villages now."',
        'Residents in Alto, such as Beatriz Sá, said they had "heard it all before".',
    ],
    "Leave the eastern villages now.",
    ["Kenji Mori"],
    ["Beatriz Sá"],
)
quote(
    C,
    [
        "The tech firm laid off a tenth of its staff.",
        'Chief executive Vikram Desai\'s explanation, in a memo to staff: "We hired for a world that did not arrive."',
        'Engineer Lucy Tran wrote that the memo was "cold".',
    ],
    "We hired for a world that did not arrive.",
    ["Vikram Desai"],
    ["Lucy Tran"],
)
quote(
    C,
    [
        "The zoo's oldest elephant died on Monday, aged 61.",
        'Keeper Abel Mwangi\'s farewell: "She taught three generations of us how to be patient."',
    ],
    "She taught three generations of us how to be patient.",
    ["Abel Mwangi"],
    ["Greta Holm"],
)
quote(
    C,
    [
        "Parliament passed the housing bill at its third reading.",
        'The reply of opposition leader Sione Tupou was short: "We will repeal it."',
        'Housing minister Clara Vance called it "a generational change".',
    ],
    "We will repeal it.",
    ["Sione Tupou"],
    ["Clara Vance"],
)

quote(
    C,
    [
        "The charity reopened its clinic in Marsa on Monday.",
        'Its regional director, Yusra Hamdan, thanked "the patience of every family that waited" and said more clinics would follow.',
        "Health minister Karim Nassar did not attend.",
    ],
    "the patience of every family that waited",
    ["Yusra Hamdan"],
    ["Karim Nassar"],
)
quote(
    C,
    [
        "The ferry company settled with the families on Thursday.",
        'Their lawyer, Gwen Tolley, welcomed the settlement as "late, but real".',
    ],
    "late, but real",
    ["Gwen Tolley"],
    ["Marcus Lyle"],
)
quote(
    C,
    [
        'The bank\'s chairman, Arnold Fisk, blamed "a culture of silence" for the losses, and resigned.',
        'His successor, Nadia Brooks, promised "a clean break".',
    ],
    "a culture of silence",
    ["Arnold Fisk"],
    ["Nadia Brooks"],
)
quote(
    C,
    [
        'The bank\'s chairman, Arnold Fisk, blamed "a culture of silence" for the losses, and resigned.',
        'His successor, Nadia Brooks, promised "a clean break".',
    ],
    "a clean break",
    ["Nadia Brooks"],
    ["Arnold Fisk"],
)
quote(
    C,
    [
        'The senator\'s spokesman, Eli Warren, said Governor Dana Pike had called the bill "a disgrace".',
    ],
    "a disgrace",
    ["Dana Pike"],
    ["Eli Warren"],
)

C = "continued"
quote(
    C,
    [
        "The lifeboat crew brought nine fishermen ashore after a night search.",
        '"Every one of them is safe, and every one of them is freezing," was the message coxswain Ellen Quayle radioed to the station. "Put the kettle on."',
        'Station manager Rob Kinsella said the crew had been "out for eleven hours".',
    ],
    "Put the kettle on.",
    ["Ellen Quayle"],
    ["Rob Kinsella"],
)
quote(
    C,
    [
        "The last shift left the Tallis mine on Friday.",
        '"A hundred and forty years, and it ends with a handshake." That was how foreman Dai Rowlands put it. "Nobody cried until the gates shut."',
    ],
    "Nobody cried until the gates shut.",
    ["Dai Rowlands"],
    ["Megan Rowlands", "Tallis"],
)
quote(
    C,
    [
        "The city's new tram line opened on Sunday.",
        '"Eleven years of planning, two of digging," were the words of project director Sanjay Kulkarni. "Worth every minute."',
        'Commuter Ivy Boateng called the first ride "smooth as glass".',
    ],
    "Worth every minute.",
    ["Sanjay Kulkarni"],
    ["Ivy Boateng"],
)
quote(
    C,
    [
        "The author won the Harwell Prize for her first novel.",
        '"I wrote it at the kitchen table at night," was how Aoife Brennan described it in her speech. "My children thought I was doing the accounts."',
    ],
    "My children thought I was doing the accounts.",
    ["Aoife Brennan"],
    ["Declan Murray"],
)
quote(
    C,
    [
        "The ceasefire in the Arlan hills held for a third day.",
        '"The guns are quiet and the roads are open." Those were the words of the mediator, Hamid Rahimi. "Now the hard part begins."',
        'Militia commander Yusuf Dabo said his men would "wait and watch".',
    ],
    "Now the hard part begins.",
    ["Hamid Rahimi"],
    ["Yusuf Dabo"],
)
quote(
    C,
    [
        "The marathon was won in a course record on Sunday.",
        '"I felt the wind and decided to go," was the explanation Lemlem Tesfaye gave afterwards. "At 30 kilometres I knew."',
        'Runner-up Grace Wanjiru said she had "nothing left".',
    ],
    "At 30 kilometres I knew.",
    ["Lemlem Tesfaye"],
    ["Grace Wanjiru"],
)
quote(
    C,
    [
        "The factory's owners agreed to keep it open until 2027.",
        '"It buys us time, not certainty." That was the assessment of shop steward Kevin Doherty. "We will use every day of it."',
    ],
    "We will use every day of it.",
    ["Kevin Doherty"],
    ["Fiona Walsh"],
)
quote(
    C,
    [
        "The minister visited the flooded town of Ebbley on Tuesday.",
        '"I have seen enough to know the barriers failed," were the words of Environment Minister Rachel Osei. "We will find out why."',
        'Resident Tom Haskins asked her "where the money went".',
    ],
    "We will find out why.",
    ["Rachel Osei"],
    ["Tom Haskins"],
)
quote(
    C,
    [
        "The cathedral's bells rang again after a two-year restoration.",
        '"They sound exactly as they did in 1887," was the verdict of bell-ringer Agnes Pole. "Perhaps a little louder."',
        "Dean Michael Strand thanked the donors.",
    ],
    "Perhaps a little louder.",
    ["Agnes Pole"],
    ["Michael Strand"],
)
quote(
    C,
    [
        "Xavier Lunn, the champion, lost in the first round at Carrow.",
        '"Xavier played like a man with somewhere else to be." That was how his coach, Ilse Maurer, summed it up. "He will be back."',
    ],
    "He will be back.",
    ["Ilse Maurer"],
    ["Xavier Lunn"],
)

C = "tail-frame"
quote(
    C,
    [
        "The harbour board voted to sell the old pier.",
        '"This pier has outlived three owners and it will outlive us," Marguerite Oduya, who has chaired the heritage trust since 2011 and lives on the front, posted on Facebook.',
        'Board member Ken Latham said the sale was "the only sensible course".',
    ],
    "This pier has outlived three owners and it will outlive us,",
    ["Marguerite Oduya"],
    ["Ken Latham"],
)
quote(
    C,
    [
        "A new timetable came into force on the northern line.",
        'Passengers were promised trains "every ten minutes at the peak", Harriet Blaine, then the line\'s operations manager, told the inquiry.',
        'Commuter Sam Whitley said the promise "never survived a wet Monday".',
    ],
    "every ten minutes at the peak",
    ["Harriet Blaine"],
    ["Sam Whitley"],
)
quote(
    C,
    [
        "The tribunal gave its judgment on Friday.",
        '"The dismissal was unfair in every respect," read the chair of the tribunal, Deborah Nkemelu, to a packed room.',
        "The company's lawyer, Peter Croft, said it would appeal.",
    ],
    "The dismissal was unfair in every respect,",
    ["Deborah Nkemelu"],
    ["Peter Croft"],
)
quote(
    C,
    [
        "The comet will be visible to the naked eye next week.",
        '"It is the brightest we have seen in a generation," according to the Kielder Observatory astronomer Fergus Mabey.',
        'Amateur Joy Tennant said she had "booked the week off".',
    ],
    "It is the brightest we have seen in a generation,",
    ["Fergus Mabey"],
    ["Joy Tennant"],
)
quote(
    C,
    [
        "The talks on the river treaty ended without a deal.",
        '"There will be no agreement while the dam keeps rising," according to people close to Prime Minister Selam Bekele.',
        'Her counterpart, Omar Haddad, said he was "still hopeful".',
    ],
    "There will be no agreement while the dam keeps rising,",
    [],
    ["Selam Bekele", "Omar Haddad"],
)
quote(
    C,
    [
        "The theatre closed for repairs after the ceiling collapse.",
        '"We will reopen, and we will be bigger," Tobias Renwick, whose family has run the Alhambra for three generations, wrote in a letter to subscribers.',
    ],
    "We will reopen, and we will be bigger,",
    ["Tobias Renwick"],
    ["Alhambra", "Clara Renwick"],
)
quote(
    C,
    [
        "The cyclists' union called for a new law on overtaking.",
        '"A metre and a half is not a favour, it is a right," is written on the website of the Velo Alliance, the union\'s campaign arm.',
        'Motoring columnist Gary Platt called the demand "fantasy".',
    ],
    "A metre and a half is not a favour, it is a right,",
    ["Velo Alliance"],
    ["Gary Platt"],
)
quote(
    C,
    [
        "The zoo's breeding programme produced its first cheetah cubs.",
        '"Four cubs, all healthy, all loud," tweeted head keeper Mariam Saleh, with a photo of the litter.',
        "Zoo director Paul Ekwueme thanked the staff.",
    ],
    "Four cubs, all healthy, all loud,",
    ["Mariam Saleh"],
    ["Paul Ekwueme"],
)
quote(
    C,
    [
        "The coastguard suspended its search at dusk.",
        '"We will resume at first light with two helicopters," Commander Rui Tavares, speaking for the coastguard, said on the quay.',
        'Fisherman Joao Pinto said the sea was "the worst in years".',
    ],
    "We will resume at first light with two helicopters,",
    ["Rui Tavares"],
    ["Joao Pinto"],
)
quote(
    C,
    [
        "The cathedral choir sang at the memorial on Sunday.",
        '"It was for all of them, every name," was saying choirmaster Leon Duval, after the service.',
        "Bishop Anne Carlisle read the names.",
    ],
    "It was for all of them, every name,",
    ["Leon Duval"],
    ["Anne Carlisle"],
)

quote(
    C,
    [
        "The council's budget passed at the third attempt.",
        '"We have the votes, and we will use them," Councillor Ida Strand, who replaced Harold Penn as leader of the Greens in May, told the chamber.',
        'Opposition leader Frank Osei said the budget was "built on sand".',
    ],
    "We have the votes, and we will use them,",
    ["Ida Strand"],
    ["Harold Penn", "Frank Osei"],
)

C = "answer-turn"
quote(
    C,
    [
        "Miriam Okello, the new head of the river authority, expects the dam inquiry to report by March. She said the authority would publish its findings in full.",
        "Interviewer: Dario Venn",
        "Q: Will anyone lose their job?",
        'A: "If the inquiry finds negligence, yes. I will not protect anyone."',
        "Q: And the farmers downstream?",
        "A: They will be compensated, she said.",
    ],
    "If the inquiry finds negligence, yes. I will not protect anyone.",
    ["Miriam Okello"],
    ["Dario Venn"],
)
quote(
    C,
    [
        "The airline's founder, Kwame Asante, has sold his last shares, the company confirmed on Monday. In an interview with this paper, he answered questions about the sale and his plans.",
        "Q: Why now?",
        'A: "Because the airline no longer needs me, and that is the best thing I can say about it."',
        "Q: What next?",
        "A: A farm, and a very slow tractor.",
    ],
    "Because the airline no longer needs me, and that is the best thing I can say about it.",
    ["Kwame Asante"],
    ["Ama Boateng"],
)
quote(
    C,
    [
        "Interview | The Upland Examiner | Questions by Harriet Dunmore",
        "Novelist Ingrid Solberg has won the Marram Prize for her fourth book. She spoke to us from Bergen.",
        "Q: Did you expect to win?",
        'A: "Not for a second. I had not even ironed a shirt."',
        "Q: What are you writing now?",
        'A: She laughed. "Nothing at all, and I am enjoying it."',
    ],
    "Nothing at all, and I am enjoying it.",
    ["Ingrid Solberg"],
    ["Harriet Dunmore"],
)
quote(
    C,
    [
        "Interview | The Upland Examiner | Questions by Harriet Dunmore",
        "Novelist Ingrid Solberg has won the Marram Prize for her fourth book. She spoke to us from Bergen.",
        "Q: Did you expect to win?",
        'A: "Not for a second. I had not even ironed a shirt."',
        "Q: Who did you call first?",
        'A: My editor, Lars Moen. His words were: "Finally, some sleep."',
    ],
    "Not for a second. I had not even ironed a shirt.",
    ["Ingrid Solberg"],
    ["Harriet Dunmore", "Lars Moen"],
)
quote(
    C,
    [
        "Interview | The Upland Examiner | Questions by Harriet Dunmore",
        "Novelist Ingrid Solberg has won the Marram Prize for her fourth book. She spoke to us from Bergen.",
        "Q: Who did you call first?",
        'A: My editor, Lars Moen. His words were: "Finally, some sleep."',
    ],
    "Finally, some sleep.",
    [],
    ["Ingrid Solberg", "Harriet Dunmore"],
)
quote(
    C,
    [
        "Coach Teodor Marin has taken the national team to its first World Cup. He sat down with our correspondent, Nell Avery, before the squad flew out. Edited excerpts:",
        "Q. What changed this year?",
        'A. "We stopped being afraid of the big teams. That is all."',
        "Q. And the captain?",
        'A. The captain, Sergiu Pop, told the players "we go there to win". I agree with him.',
    ],
    "We stopped being afraid of the big teams. That is all.",
    ["Teodor Marin"],
    ["Nell Avery", "Sergiu Pop"],
)
quote(
    C,
    [
        "Coach Teodor Marin has taken the national team to its first World Cup. He sat down with our correspondent, Nell Avery, before the squad flew out. Edited excerpts:",
        "Q. And the captain?",
        'A. The captain, Sergiu Pop, told the players "we go there to win". I agree with him.',
    ],
    "we go there to win",
    ["Sergiu Pop"],
    ["Teodor Marin", "Nell Avery"],
)
quote(
    C,
    [
        "Dr Amina Farouk, who leads the hospital's cancer trial, says the first results are encouraging. The interview has been condensed.",
        "Question: How many patients responded?",
        'Answer: "About two in three, which is far more than we hoped."',
        "Question: When will the drug be available?",
        'Answer: "Not before 2028, I am afraid," she said.',
    ],
    "Not before 2028, I am afraid,",
    ["Amina Farouk"],
    ["Colin Baird"],
)
quote(
    C,
    [
        "Dr Amina Farouk, who leads the hospital's cancer trial, says the first results are encouraging. The interview has been condensed.",
        "Question: How many patients responded?",
        'Answer: "About two in three, which is far more than we hoped."',
        "Question: What did the regulator say?",
        'Answer: "Keep going, and keep counting," its chief, Colin Baird, wrote to us.',
    ],
    "Keep going, and keep counting,",
    ["Colin Baird"],
    ["Amina Farouk"],
)
quote(
    C,
    [
        "The bakery chain's chief executive, Rosalind Achebe, has confirmed that 40 shops will close, in her first interview since the announcement.",
        "Q: How many jobs go?",
        'A: "About six hundred. Every one of them is a person I have met."',
        "Q: Could it have been avoided?",
        'A: "Perhaps, if energy prices had not tripled."',
    ],
    "Perhaps, if energy prices had not tripled.",
    ["Rosalind Achebe"],
    ["Gordon Hale"],
)
quote(
    C,
    [
        "The bakery chain's chief executive, Rosalind Achebe, has confirmed that 40 shops will close, in her first interview since the announcement.",
        "Q: Could it have been avoided?",
        'A: "Perhaps, if energy prices had not tripled."',
        "Q: What do the unions say?",
        'A: Their leader, Gordon Hale, called it "a betrayal". I understand his anger.',
    ],
    "a betrayal",
    ["Gordon Hale"],
    ["Rosalind Achebe"],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
