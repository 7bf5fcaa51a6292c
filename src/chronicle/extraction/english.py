"""English event extraction by rules over a dependency parse.

Steps, cheapest first: split sentences with a regex; scan them with the one
compiled trigger regex (``data/triggers/en.tsv``); parse only the sentences
that hold a trigger; read the act's subject/agent (perpetrator) and object or
passive subject (target) from the parse; read status, certainty, attribution
and tactics from cue tables (``data/lexicon/en_*.tsv``); merge restatements.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field, replace
from typing import Optional

from ..records import (Attribution, Document, Event, Evidence, Extractor, Perpetrator, Target)
from .. import data
from ..registry import extractors
from . import en_lexicon, en_segment, learned
from .actors import ActorLexicon, ActorMatch
from . import conventions
from ..places.gazetteer import Gazetteer
from .en_merge import DATELINE as _DATELINE, Clause, custody_told, merge_restatements, penalty_kind, story_starts
from .en_merge import other_people as _victims_differ

CODE_VERSION = "83"  # 83 (session 52): a wire dateline with no dash ("SEOUL (AA) North Korea's ...") is no subject; what no one "may" or "can" do is the ban itself, no act said not to happen ("nobody may go within a kilometre of the Yalu without a pass"); one who "drew" a term suffers it as one who got it does; terms got, drawn or given with no camp named, custody told by where people ended up or sit, time done, people walked back over the bridge, a return made on one's own way, a house turned over, leave to be asked, phones read, a flat dangled, a farmhouse come to "to ask", posts stripped with the officials named at length and a Party card lost (triggers v65, places of v8); the radio wave bureau is the State Security's (actors v31); "us" in lower case is no American police (lawful bodies v5); 82 (session 50): a unit's key ("the anti-espionage section") narrows only an act of the passage that names it (its sentence or the one before in its paragraph, or "agents from the unit"), else its organisation stands; "the North" doing something is the state, not the organ named before (actor cues v23); custody told by leading or walking people out or away, and "had taken the men away"; a county "safety station" is the police, China's border troops China's (actors v30); a ban from the touchline, a player banished to the penalty box, a finding of "no information that" an act happened, one who told officers he wanted to go, and a minibus or a rock "detained" or "interrogated" are no acts (triggers v63, generic v35); 81 (session 49): a verb of denial in the passive ("were dismissed and expelled from the Party") befalls its subject, no denial of what it governs; a participle the parser hangs on a noun with an object of its own ("Agents of the ... branch in Chongam district, ..., arrested in early March the mother of ...") is active: the nouns of the phrase it hangs on are its subject (its object is still not read as the people: that lost an assault on the banks' check part); an act named to explain a word ("a reference to banishment", "a euphemism for being sent away") is none; a case report's run-in heads ("Arrest in Benxi. On April 16 ..."), where three paragraphs or more open so, tell no act; "the other", "another" and "the rest" standing alone are people, and other people than the ones told before in merging ("One was sentenced ... The other was given seven years"); deputies and aides are officials; one told to stay in a place or not to leave it is restricted, not ordered; an animal repatriated and a player expelled from the game are no acts (targets v30, generic v34, triggers v60); 80 (session 48): a noun the parser makes the object (or a second subject) of "says", with the act cut off by a comma ("says police in Chongjin, in North Korea's Ryanggang province, arrested her brother"), is the act's subject; police "in the city of" a town are that town's; a bare participle the parser joins to the sentence's verb after a passive relative clause ("concerns a woman who was arrested ... and handed over") shares the passive; a summons of someone other than the one held, told after the custody, is an act of its own; one who fears for himself ("He believes he will be sent to a camp") makes no threat; "told us" in a quotation in single quotes (need quoted) is said to the speaker's people; minders abroad who seize a worker into a vehicle abduct him; a subject the parser takes into a fronted phrase with no comma ("At the State Security bureau in Musan interrogators beat him") is the verb's; a return told in a relative clause on whoever did it ("the ones who came back from the South"), uncounted, is none; in merging, tellings of one kind of act more than a sentence apart in the body are two acts, but for custody, abductions, stagings and returns, which reports retell with their sequel up to three sentences on (en_merge._restated_within); one told to record, write things down, drop by or let someone know is set to watch, no order; triggers v59; 79 (session 47): a case line told as a headline with its "was" left out ("5 May 2024: Sister dismissed from her post", "Mother, who lived with him, told to leave Pyongyang") is a passive whose subject undergoes the act; 78 (session 47): a bare count after a group named with "of" ("of 64 North Koreans whose cases it followed, 23 were beaten") counts that group's people; 77 (session 47): words in a quotation given to a source, a rights group or kin named beside it ('"... many will be sent to prison camps," the group's director told AFP') have no official speaking, whatever organ they name: what they say will befall people is a forecast, no threat; 76 (session 47): a case line's fragment with no subject ("- Late May: Expelled from the Party.", in a paragraph opening with a list mark or a label that is no speaker's name) tells what befell the one the file is about, as an agentless passive does; 75 (session 47): an act the learned reader is sure of (read alone) with no organ in its sentence or the paragraph before takes the organ the report last named, and one named in the paragraph before is recorded, not only stood in for the gates; 74 (session 46): an act told in a claim the sentence calls false ("Reports that the women were abducted are false") is denied (en_status v11); a yes-no question opened by a modal ("Should smartphones be banned in schools?") tells no act; an act negated in the passive with no agent, nothing alleged, reported or denied and no state's statement in its sentence ("She has not been arrested, but she must report to the police substation") is no act, not a denial; triggers v57 (threaten.class_warned); 73 (session 45): people of no category of their own named as soldiers, deserters, conscripts, fishermen or crews are people for any act but a restriction ("deserters were paraded before the regiment"), and what foreign journalists or tourists are not allowed to do is no restriction; money or goods caught or seized ("whenever we caught a transfer") are no one in custody; the sentence reader retrained on 125 sets, its proposals needing a type it gives at least 0.5, its alone bar 0.7 and its veto 0.005; triggers v56, actors v29, generic v33, places of v5; 72 (session 44): a vessel seized with its crew takes the people aboard; China's police who hand people to the North's officials hand them over, however the sentence goes on ("who took them back across the Yalu"); a noun's own "by" phrase names its actor before a possessor ("her daughter's handover by Chinese police"), also when the parser hangs it on the verb of the telling; a participle joined to a purpose clause shares the passive the purpose hangs on ("was called to the office \"to clear up a few questions\" and kept there"); an act named as a gerund subject ("Deporting him means handing him over") is none; a speech one is made to give at a meeting is staged too; triggers v55, actors v28, actor cues v22, generic v32, penalty kinds v6; 71 (session 43): a causative told as done is read whether or not the rule's match took in its auxiliary ("were made to watch"); an interviewer's question that takes the act as given ("How often has ... sent its officers") or that the next answer confirms ("A: Yes.", "Once, on Chuseok") tells it, and the same act told again in the answer is told there; a penalty told as what one was not allowed ("had not been allowed to join the Party") is no denial, nor is an act "not" done "until" a time; a fate foretold names the penalties it lists beside the custody the rules read ("face interrogation ... and long terms in labour camps"), also for "were likely to face" and a source's verb without "that"; a wire dateline with a mixed-case city and its agency ("Seoul, Nov 20 (EFE).-") is no subject; in a report on the North's workers abroad the firm or manager that sends them home recalls them for the state (need recall_abroad, "the company sent eleven men home"); triggers v54, targets v28 (defendants are people), generic v31; 70 (session 42): an act under a finding that names it as not found ("found no sign that he had been pressured", "no evidence of mistreatment", "no reports of anyone being detained") is none; a clause of time or cause with its own subject ("When he slipped back across the Yalu, he did not sink ...") is not denied by the main clause's "not"; people "from" or "of" enterprises are no firm; a family name the tagger reads as a common noun ("Paek herself was fined") names a person; an officer who "had him shot", people locked in a room, a crossing back over the MDL, workers let out only in pairs, a rule that travellers carry a permit and a guard who "used a rubber hose on" people are read; the North's state-run channels are the state's; triggers v53, generic v30, targets v27, actors v27; 69 (session 41): forced, with no one named, to something the state does not make people do ("we were forced to accept it") is circumstance; a truck that came for a family, a term served in a camp and a returnee driven around factories to speak are read with their vehicle, the one punished and the organ as what they are; a self-criticism or denunciation people are made to give before others is the session staged too (PROPAGANDA beside COERCE); a threat's word on words that offer a good on a condition and lift a penalty ("nobody would be punished") is a promise; a word read only in a report on the North's workers abroad (triggers "workers_abroad" need) and workers a boss abroad sent home are the state's recall, no lawful act; 68 (session 40): the "@abroad" document frame for workers abroad; "neither" names no act; a named interviewer's question is none; "have called in X" and "came to see X" find their people; an act named back by a noun merges however far back; a witness saying the doers did not do it tells no act; a report about neither the North nor China keeps only organs' acts; "three of the eleven" are people; an interviewee who served in an organ acts for it as "I"; a participle listed after a passive shares its agent; a crew's own boss abroad is the state's; a reader's letter headed "Q." is read; 67 (session 39): police named with no state ("police", "immigration officers and police") in a sentence set in a third state only ("raided a building site in Windhoek") are that state's, their custody coded with no actor; the office a relative clause says someone holds ("the site manager, who is also its Party secretary") names the organ whatever post the head names; in merging, a later telling that points back by a word the first shares ("the broker" after "a money broker who carried remittances to the households") names the same people whatever category each telling read, and a broker told by name is one person as a defector is; triggers v48, actors v25, actor cues v21, targets v25; 66 (session 37): a penalty verb joined to another takes its subject as the one penalised ("tried with him, received 15 years"), not a job lost; one person and "the other" penalised in clauses of their own are two acts; a count of a pronoun ("four of them") points back as the pronoun does; "he" in a first-person account points to the one official told of pages before when no one else is named between, and "he" inside a sentence whose subject is one official is that official; "he" goes on from the sentence before when that sentence's words name the official after a verb of saying, after an opener ("Sometimes he"), or by an organ's own word ("the bowiwon"); China's police detaining a South Korean is China's act; a warning a source voices after ", a group said," is no threat by the state; details passed to a handler named after them are watching for his organ; a duty to report if anyone visits is the act, not a condition; 65 (session 36): blows in questioning with no one named ("beaten during interrogation") are the questioning organ's, the one last named; an act told twice keeps the body its kept telling names ("the city people's committee has given her a room") and takes the organ told before only for a word for the state ("the authorities"); a penalty on Party membership with no one named ("was thrown out of the Party") is the Party's; an abduction by the North's men with no organ named ("three men from our embassy", "two men with North Korean accents", "North Korean men") is the state's (KP.gov); penalties of one sentence fall on different people when the words naming them differ, whatever articles, possessives or counts they share ("the boat's captain" and "his two crewmen"); triggers v46: people sent, with who they are between, to a farm village or a remote county are banished, a court that "gave his two crewmen ten years each" sentences them; 64 (session 35): an act a court or reporter weighs ("did not accept that her father had been sent to a camp", "was not persuaded by her evidence that ...") keeps its own tense, their doubt being certainty, not a denial; custody told by handing people to an organ, or after it ("was handed to the city security department the next morning"), is the receiving organ's; bare police after the person came back across, or sending people to the North's own institutions (a labour training unit, a kyohwaso), are the North's, whatever China's police the report named before; a "not" inside a promise's own words ("would not be punished") is its content, not a denial, and a relative clause with its own subject is not denied by the clause it hangs on; 63 (session 34): a transcript's question or host's line ("Q:", "HOST:", "ANCHOR:", to the answer's label) tells no act, unless it cites what a paper or agency reported; 62 (session 34): what people sent back or their kin "could" suffer is their expected fate, as what they "face" is, not an act on anyone of a kind; someone who informs for an organ is its watching; 61 (session 34): the report's own title opening its text is a headline however it ends (a closing quote, a full stop), so the lead is the first paragraph of the body; the lead's summary of a broadcast or staging gives way to the body's telling that pins it down though no one is named as its target; 60 (session 34): a "Had they been caught" supposition is none however the parser hangs it when a source's "said" stands between it and the "would" clause; propaganda shown on the North's television, a broadcast or a news conference with no organ named is the state's own (KP.gov); 59 (session 33): an active verb with its own subject has no agent in a "by" phrase ("crossed back by small boat"); "He" opening a sentence after a quote the source "told" is the quote's official; a permit or card taken away holds no one; people taken across a bridge by China's police are handed over, not abducted; people locked in are in custody when questioned; penalties of one sentence on different people in clauses of their own are two acts; a person named with a possessive ("her own husband", "the family's son") has a gender in merging; 58 (session 32): a dateline with its year or a bare agency ("SEOUL, July 3, 2026 (AFP) -", "SEOUL, March 30 Kyodo -") is no subject; two tellings of a penalty or custody, one of a woman and one of a man, are two acts; bare police in a sentence that names a town of China are China's, wherever the report is set; 57 (session 31): a catch ("was caught with a Chinese phone") followed by the taking and holding is coded where the custody is told, unless the catch tells the taking itself; "no such thing as forced repatriation" names no act; bare police whose own phrase names a town are that town's country's; an act the people it would have fallen on say did not happen ("The guards did not beat us") is none; held by one body and handed to another that holds them are two custodies, each with its clause; a summons the learned reader retypes as the threat or promise said at it stands beside it; 56 (session 30): "He"/"She" opening a sentence is the one official the sentence before has as its subject, whoever else that sentence names after its verb; an act told as what would have happened (a "Had I been" supposition, "would have been" with "if", "ago", "otherwise" or "in his position") or would happen under a supposition ("if he were sent back") is none; a public trial a sentence is passed at is staged too (bench/CODING.md: PROPAGANDA + PUNISH); 55 (session 29): an act a threat names as what will befall people after its word in the sentence ("warned that the family would be moved out of the county") is the threat's content, not an expected act; a verb of saying set between commas ("Otherwise, he said, my son would be ...") gives the words said their speaker when it names an official; 54 (session 28): what a verb of risk names as faced ("likely to face a long prison term") is the fate, never a kind of people making the act generic; a report set in the South is not set elsewhere by a worker "born in Chongjin, North Korea"; an official who comes back makes no return; a person named by an initial ("K. was held for two months") is a person; the lead's summary of words said gives way to the body's quote of them; a policy told in a clause on a year ("since 2020, when the North sealed its borders") is background, and an act a practice is asked to stop ("urging them to stop forcibly returning North Koreans") is no act; 53 (session 27, later): in a report of four sentences or more set in the South, an act by officials the words do not tie to the North or China, on people named and not as North Koreans, is the South's or a private one; 52 (session 27): a fronted phrase whose apposition is the person (In one case documented by OHCHR, a woman in Hyesan, Ryanggang Province, was held ...) gives a verb with no subject that person; 51 (session 26): an arrest told as a time ("since the arrests", "at the time of his arrest", "two months after the arrest") is no arrest; two tellings of one act in the body with equal detail keep the first (the later goes on about it), the lead's summary still giving way to the body; a bare "police" in a report set in China (China and its places named more than the North) is China's; two kinds of penalty in one sentence (expelled from the Party and dismissed) are two acts, each with its clause as evidence, and penalties of two kinds are never merged as one act; a reward for a return told up to 1,500 characters after it; people mobilised or required to do something in the passive are made to by an untold organ; 50 (session 24): a reward told near a return needs that return, and none in the South's settlement aid; a country a place "borders" names a place, not a state imposing a rule; guards in a passage about a place of custody are its organ's, not the border guards; an act whose people the sentence leaves unsaid falls on those the report last told of; someone taken from a place in China or a third state by the North's men is abducted, not held; items of a round-up headed by their towns ("Hamhung: ...") are never one act; a firing squad is no sports squad but an execution's organ untold; what a participle after signing promises ("made her sign it, promising that ...") is the pledge's words; "is made up of" makes no one do anything; 49 (session 23): the state's functionaries acting with no organ named act for the state (KP.gov, bench/CODING.md), not for no one; 48 (session 23): a police station is a bare force and "Chinese characters" no China in a report's setting; "the police officer" is a bare law body; 47 (session 23): custody told by the room or by "there" with days, a blow that knocks someone to the ground, workers sent or ordered home (triggers en v32); 46 (session 23): what people say or fear will befall someone ("people say he will be sent to a kyohwaso", "we fear they will be sent to camps") is no official's threat; 45 (session 23): an act anchored to a decade ("in the 2000s") is history told as background; 44 (session 22): a posture held for hours is violence, and not the beating told before; a third state's police holding North Koreans are coded however lawful, told in the passive too; people marched out by their work units are the state's mobilisation; an expulsion from the Party told as a noun is the Party's; an act the North accuses another of is no act of the North; what a threat says "would cost her" is no forecast; a deportation of people not named as the North's (or "he" after a Chinese national) is no repatriation; "trade with China" places no police in China; a proposed promise hangs only on verbs that speak for one; an act fronted as a time ("two days after her arrest, ...") is no act of the sentence; 43 (session 21): "the agents" after "real estate agents" are those agents, no organ's; 42 (session 21): a proposal in a sentence whose every word of the type is told as not done ("instead of being punished") is none; 41 (session 21): an act told as one more ("also", "as well") is not merged into the one before; 40 (session 21): a subject said to come from an organ ("drawn from", "who came from") acts for it; 39 (session 21): an act only thought to come is none; a report's setting is not decided by bare police or by where its people come from; 38 (session 21): a place raided gives way to the telling that names who was held; 37 (session 21): a posture held on an order is no coercion the learned reader proposes either; 36 (session 20): an order is none when "that", "if" or "whether" comes before its "to"; 35 (session 20): luring is an inducement only back home or with promises; 34 (session 20): in a report set in the South, an act no organ does on people not named as North Koreans is not coded; 33 (session 20): questioning at a summons is the summons; a capture that begins an abduction and being caught beside the penalty it brought are steps of those acts; 32 (session 20): a telling more than three sentences after another is another act unless the first is the lead's; a neighbourhood unit's call at a home is its watching, or the step of the act it carries; a causative's causee is its target whatever the parse hangs on the verb; a dateline with a province in capitals is no subject; 31 (sessions 18-19): a threat on a condition that offers a good is a promise; police named by their town are its country's; a court tells of acts it does not do; a seizure by the North's mission abroad abducts; a unit head relays the notice of the organ it names; a return not made is no act; 30: a bare "police" in a report set in the South is its police; threats and promises keep their type; a sentence the learned reader is sure of (its "alone" bar), where no rule reads an act, is read without the gates on who acts; a functionary who speaks (a team leader, a representative) speaks for an untold organ; a passive "made since August to write" is told as done; 29: an act read on a weak word takes the type the learned reader reads when it judges the rule's unlikely; 28: sentences the learned reader doubts (below its veto) are background; 27: the body's account of an act told at length stands over the lead's summary, which lends it the actor and the people it lacks; 26: a weekly duty to report to an officer is a restriction, not an order besides; 25: armed men given leave to shoot are under a shoot order; 24: the speaker and another kind of person are two people, couriers are brokers; 23: bare police after China's police are China's until people are handed back; 22: private people as the agent of a passive make no state act; 21: a court abroad ("a Mongolian court", "a court in Russia's Far East") is no court of the North, more third states and their cities; 20: a proposal hangs on the first of its verbs that reads as a state act, and a proposal of another type than the rules read is a second act; 19: people made or ordered to act with no one named, the body's telling over the lead's, round-up items apart, trials staged by the court, a report never about the North has none of its police; 18: a causative's causer coerces ("had her call"), "had to" obliges, a first-person ex-officer acts for the organ he served, a pledge's words are no one's act, animals are no targets, an act named after "since" is a time; 17: the state's functionaries act for an untold organ, searches for banned items are sweeps; 16: what a proxy passes to handlers is the organ's watching; 15: a group taken by a third state is the people placed before, a practice told as routine is no sequel of one arrest, people deported do not go back; 14: return proposals need no actor, programmes act as the state outlet that carried them; 13: the nearest of two subjects, an office held in a relative clause, employers and third states acting with no actor recorded, a group sent back whose fate is foretold; 12: foretold fates of returnees and families, agents acting for an organ, a "not" shared by two verbs, a subject after a fronted place, datelines add no detail; 11: shoot orders are the state's, Party expulsions the Party's, police by "Chinese-made" goods or near "crossed into China" are the North's, eased restrictions and ones on imports are no acts, people handed to the North in a report set in China are handed by China; 10: kin take the defector family last placed, bare numbers point back, firms ordered to pay are no coercion; 9: organ nouns point back ("the squad"), joint subjects take the first organ; 8: a bare law body takes the last one named anywhere before; 7: acts named as absent; 6: repeated acts, held-still, standing messages, RETURN targets
HUMAN = frozenset({"defector_family", "defector", "returnee", "resident", "official", "broker",
                   "worker_abroad"})
# People the record follows as the North's own wherever they are (a third state's arrest or
# deportation of them is coded; of anyone else it is that state's own affair).
_THE_NORTHS_PEOPLE = frozenset({"defector", "returnee", "worker_abroad", "defector_family"})
# Characters before a sentence where a pronoun's person was named (about two sentences).
_BEFORE = 300
# Edges along which an act's subject is shared with the verb above it ("agents have been
# making visits ... forcing"; "officials are said to be reaching out"). Reported speech
# (ccomp) is a boundary: the one who says is not the one who acts.
_CLIMB = frozenset({"xcomp", "conj", "advcl", "acl", "relcl", "pcomp", "dobj", "pobj", "prep",
                    "acomp", "amod", "compound", "appos", "npadvmod", "nmod", "attr", "oprd", "dep",
                    "nsubj", "nsubjpass", "poss"})
_NP_SKIP = frozenset({"relcl", "acl", "advcl", "punct", "cc", "conj", "appos", "parataxis"})
_TARGET_KEEP = frozenset({"det", "amod", "compound", "poss", "nummod", "quantmod", "nmod", "case",
                          "predet", "advmod", "prep", "pobj"})
_PARSE_FRIENDLY = str.maketrans({"[": "(", "]": ")", "–": " ", "—": " "})
_ANAPHORIC = frozenset({"these", "those", "such", "this", "that", "the same"})
_BE = frozenset({"be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "’s", "’re"})
_INDEFINITE = frozenset({"everything", "anything", "something", "nothing", "all"})
_GROUP_BACK = frozenset({"one", "both", "two", "three", "four", "five", "pair"})
_GROUP_REACH = 200  # characters back from a bare "one"/"the two" to the actor it means
_PARTITIVE = frozenset({"one", "some", "many", "most", "several", "each", "all", "both", "two", "three"})
# "Four of them came", "sent four of them to a camp": any count of a pronoun points back as the pronoun does.
_COUNT_OF = _PARTITIVE | {"four", "five", "six", "seven", "eight", "nine", "ten"}
# A group fronted before counts of it ("Of the 64 North Koreans whose cases it followed, 23 were ...").
_OF_THE_GROUP = re.compile(r"\b[Oo]f (?:the |those |these |all |its |their )?(?:[\w,'’-]+ ){0,4}?((?:[\w'’-]+ )?(?:people|"
                           r"persons|women|men|returnees|defectors|detainees|workers|refugees|North Koreans|families|"
                           r"children|prisoners|escapees|interviewees)\b)")
# People handed to the North's officials ("handed the two women to North Korean consular staff").
_HANDED_TO_NORTH = re.compile(r"\b(?:hand(?:ed|s|ing)?|turn(?:ed|s|ing)?) (?:[\w'’-]+ ){0,4}?(?:over )?to (?:the )?"
                              r"(?:North Korean|North['’]s|DPRK)\b", re.IGNORECASE)

# A vessel taken with the people aboard it ("seized the boat and its eleven crew").
_AND_ITS_CREW = re.compile(r"\b(?:and|with|along with) (?:its|their|her|the) (?:[\w-]+ ){0,2}?crews?\b")

# A crew's own bosses, and the words that keep them the crew's ("their boss", "the crew's foreman").
_CREW_BOSSES = frozenset({"manager", "managers", "foreman", "foremen", "boss", "bosses", "director", "supervisor",
                          "supervisors", "overseer", "overseers"})
_CREWS_OWN = frozenset({"their", "our", "his", "her", "its", "the", "site", "team", "crew", "project", "work",
                        "company", "brigade", "construction", "group", "korean", "north", "'s"})
_CONDITIONAL = frozenset({"if", "unless", "whether"})
_PURPOSE = re.compile(r"\b(?:in order|so as)(?: not)? to\s*$", re.IGNORECASE)


def version() -> str:
    return f"{CODE_VERSION}+triggers.{en_lexicon.load().version}"


@dataclass
class _Context:
    """What the extractor knows about the whole document while reading one act."""
    text: str
    flat: str  # text with line breaks as spaces (same offsets): aliases wrap across lines
    lex: en_lexicon.EnglishLexicon
    actors: ActorLexicon
    mentions: list[ActorMatch]
    named_ends: list[int] = field(default_factory=list)
    named: list[ActorMatch] = field(default_factory=list)
    quotes: list[tuple[int, int]] = field(default_factory=list)
    # id(event) -> (event, the category of the people last told of), for an act on a thing
    thing_of: dict = field(default_factory=dict)
    # The state taken as the actor of an agentless act only for the gates that ask whether
    # the act is the North's at all; the record says what the text says: no one (set to
    # None after merging, which compares actors).
    implied: list = field(default_factory=list)
    sents: list = field(default_factory=list)  # the report's sentences (en_segment), headlines left out

    @property
    def north_named(self) -> bool:
        """The report names one of the North's organs (a report on them)."""
        return any(n.key.startswith("KP.") for n in self.named)

    @functools.cached_property
    def a_report(self) -> bool:
        """Long enough to judge its setting: a fragment of a sentence or two says too little."""
        return len(_SENTENCE_END.findall(self.flat)) >= _REPORT_SENTENCES

    @functools.cached_property
    def about_north(self) -> bool:
        """The report is set in or about the North or China's dealings with North Koreans: it
        names the North, an organ, North Koreans or a place in the North. A report that does
        none of these (Seoul's holiday traffic, a church bulletin) has no North Korean police or
        officials in it for "police" or "officials" to be."""
        if any(n.key.startswith(("KP.", "CN.")) and n.text.casefold() not in _PLAIN_FORCES for n in self.named) \
                or _generic_re("north_named").search(self.flat) or _generic_re("north_people").search(self.flat) \
                or _ABOUT_NORTH.search(self.flat) or not self.a_report:
            return True  # (a fragment of a sentence or three says too little of its setting to judge)
        return any(_north_korean_place(w) for w in set(_CAPITALISED.findall(self.flat)))

    @functools.cached_property
    def set_in_south(self) -> bool:
        """The report is set in the South: it names the South's places more often than the
        North, places in it, China and the organs of either (a festival in Hwacheon, a case
        at Incheon airport), so a bare "police" there is the South's."""
        # (where people went - "her son fled to South Korea", "a daughter living in Seoul" - says
        # where they are, not where the report is set)
        south = len(_generic_re("south_place").findall(self.flat)) - len(_DESTINATION.findall(self.flat))
        if south <= 0:
            return False
        other = self.north_told + len(_china_named(self.lex, self.flat, 0, len(self.flat))) \
            + sum(1 for n in self.named if n.key.startswith(("KP.", "CN.")) and not n.generic
                  # a bare "police" or "court" is whoever's the setting makes it: it does not decide it
                  and n.text.casefold() not in _PLAIN_FORCES and n.text.casefold() not in ("court", "the court"))
        return south > other

    @functools.cached_property
    def north_told(self) -> int:
        """How often the report names the North or a place in it, as where things happen (a
        report's setting, for set_in_south and set_in_china)."""
        # (where people come from - "North Korean-born tenants", "who left North Korea in 2019" -
        # says who they are, not where the report is set, nor does the town in "born in Chongjin, North Korea")
        flat = _ORIGIN.sub(lambda m: " " * len(m.group()), self.flat)
        return len(_NORTH.findall(flat)) + sum(1 for w in _CAPITALISED.findall(flat) if _north_korean_place(w))

    @functools.cached_property
    def set_in_china(self) -> bool:
        """The report is set in China: it names China and its places more often than the North,
        places in it and the North's organs (a raid in Linjiang, landladies in Yanji), so a bare
        "police" there is China's."""
        # (places, and China as where things happen: "Chinese phones" and "trade with China" set
        # no report in China)
        china = len(_CHINA_SETTING.findall(self.flat)) + sum(
            1 for m in _china_named(self.lex, self.flat, 0, len(self.flat)) if m.group(0) not in ("China", "Chinese"))
        if china == 0:
            return False
        north = self.north_told + sum(1 for n in self.named if n.key.startswith("KP.") and not n.generic
                                      and n.text.casefold() not in _PLAIN_FORCES)
        return china > north

    @functools.cached_property
    def narrator(self) -> Optional[str]:
        """The organ a first-person writer served in ("The author served for eleven years in
        the State Security Department", "I was an officer of the bowibu"): an ex-officer's
        "I" who visited a family acted for it. None when the writer names no such service."""
        for m in _NARRATOR.finditer(self.flat):
            organ = next((a for a in self.named if m.start() <= a.start <= m.end() + 40
                          and not _foreign(self, a)), None)
            if organ is not None and not re.search(r"\b(?:when|until|before|after|while)\b",
                                                   self.flat[m.end():organ.start]):
                return organ.key
        return None

    @functools.cached_property
    def workers_abroad(self) -> bool:
        """The report is about the North's workers abroad (the target table's frame, its city list
        or the gazetteer's "@abroad")."""
        return self.lex.target_category("workers", self.flat) == "worker_abroad"

    @functools.cached_property
    def family_report(self) -> bool:
        """The headline or lead is about a defector's family ("The 71-year-old mother of a man
        who defected", "Relatives of defectors in Chongjin"): the people it then tells of by
        pronoun, name or "the woman" are that family, as the record codes them."""
        lead = "\n\n".join(self.text.split("\n\n")[:2])[:700]
        return bool(_FAMILY_LEAD.search(lead))

    def antecedent(self, pos: int) -> Optional[ActorMatch]:
        """The most recent named organisation before ``pos``."""
        i = bisect.bisect_right(self.named_ends, pos)
        return self._unit(i - 1) if i else None

    def _unit(self, n: int) -> ActorMatch:
        """``named[n]``, or the unit of it named just before: in "the anti-espionage
        department of the province's State Security Department" the head noun is the
        unit, and later "agents from the unit" are its agents."""
        m = self.named[n]
        # The same organ named again in brackets ("the bowibu (State Security
        # Department)") is one mention: the unit is looked for before the first name.
        while n > 0 and self.named[n - 1].key == m.key \
                and re.fullmatch(r"\s*\(\s*", self.flat[self.named[n - 1].end:self.named[n].start]):
            n -= 1
        if n > 0:
            prev = self.named[n - 1]
            if prev.key.startswith(m.key + ".") and re.fullmatch(
                    r"\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}", self.flat[prev.end:self.named[n].start]):
                return prev
        return m

    def organisation_for(self, m: ActorMatch) -> Optional[str]:
        """The key a generic word ("agents", "the officer") stands for: the organisation
        last named, else the first one the report names later ("agents" in the lead, "the
        State Security Department" further down). A people's unit head is a resident, not
        an organisation with officers, and words for the state as a whole stay KP.gov,
        except in an official's quoted words, where "the state" is the speaker's side."""
        if m.text.casefold() in self.lex.state_whole and not self.in_quote(m.start):
            return m.key
        i = bisect.bisect_right(self.named_ends, m.start)
        # "North Korean agents", "the North": the North's own people, never the Chinese
        # police the passage named before them.
        north = (m.text.casefold() == "the north" or bool(_NORTH_OWN.search(self.flat, max(0, m.start - 25), m.end))) \
            and not self.in_quote(m.start)
        for n in range(i - 1, -1, -1):
            if north and self.named[n].key.startswith("CN."):
                continue
            # "a Seoul court" is not the organ whose "handler" or "agents" acted; nor is
            # the organ only cited as a source ("Prosecutors said the agents ..."), nor
            # Chinese police once the passage has left China.
            # A court has no agents or officers in the field: "agents" after "the court
            # rejected her claim" are not the court's.
            if self.named[n].key == "KP.court" and m.key != "KP.court":
                continue
            if self.named[n].key != "KP.inminban" and not _foreign(self, self.named[n]) \
                    and not (self._source(self.named[n]) and n > 0) and not self._left_china(self.named[n], m.start):
                return self._unit(n).key
        # Named later: only a North Korean organ ("agents" in the lead are not the
        # Chinese police the report brings in afterwards).
        later = next((n for n in self.named[i:] if n.key.startswith("KP.") and n.key != "KP.inminban"), None)
        return later.key if later else None

    def _source(self, m: ActorMatch) -> bool:
        """An organ named as the one who says ("Prosecutors said", "police told
        reporters"): a source of the report, not an actor later words point back to."""
        return bool(_cue_re("source_verb", r"\s*,?\s+(?:(?:also|later|further|earlier|previously|have|has|had)\s+){0,2}(?:", r")\b").match(self.flat, m.end))

    def _left_china(self, m: ActorMatch, pos: int) -> bool:
        """A Chinese organ named before a passage that is not set in China: "Chinese
        police hand them over ... the officer in charge kicked me" is the North's officer."""
        if not m.key.startswith("CN."):
            return False
        start = self.text.rfind("\n", 0, pos) + 1
        end = self.text.find("\n", pos)
        para = self.flat[start:end if end >= 0 else len(self.flat)]
        return start > m.end and not _in_china(self.lex, para) and not _HANDOVER.search(para)

    def latest(self, pos: int) -> Optional[Perpetrator]:
        """What "he"/"they" at ``pos`` points back to: the last actor mentioned, a generic
        one ("the officer") included, read as its organisation; a named one as itself."""
        found = self.latest_mention(pos)
        return Perpetrator(found[0].text, found[1], self.actors.name(found[1])) if found else None

    def latest_mention(self, pos: int) -> Optional[tuple[ActorMatch, str]]:
        i = bisect.bisect_right(self.named_ends, pos)
        while i and self._left_china(self.named[i - 1], pos):
            i -= 1
        named = self._unit(i - 1) if i else None
        generic = next((g for g in reversed(self.mentions) if g.end <= pos and g.generic
                        and g.text.casefold() not in self.lex.state_whole
                        and g.text.casefold() not in self.lex.not_antecedent and not _foreign(self, g)), None)
        if generic is not None and (named is None or generic.start > named.end):
            key = self.organisation_for(generic)
            if key is not None:
                return generic, key
        return (named, named.key) if named else None

    def in_quote(self, pos: int) -> bool:
        return any(s < pos < e for s, e in self.quotes)


def _single_quoted(flat: str, sent, pos: int) -> bool:
    """Whether ``pos`` lies in a quotation in single quotes that opens the sentence ("'The heads
    ... told us that ...,' the source said."): apostrophes make counting them unreliable."""
    opening = _SINGLE_OPEN.match(flat, sent.start, sent.end)
    return opening is not None and _SINGLE_CLOSE.search(flat, pos, sent.end) is not None


_SINGLE_OPEN = re.compile(r"\s*['‘](?=[A-Z])")
_SINGLE_CLOSE = re.compile(r"[,.?!]['’](?=\s|$)")

_NORTH_OWN = re.compile(r"(?:\bNorth Korean\s+(?:[\w-]+\s+)?|\bthe North['’]s\s+)\S+$", re.IGNORECASE)


@extractors.register("en")
def extract(document: Document) -> list[Event]:
    return extract_many([document])[0]


def extract_many(documents: list[Document]) -> list[list[Event]]:
    """Events per document. The trigger sentences of all documents go through the
    parser in one call (its per-call cost is what batching saves); everything else
    runs per document, so the result equals calling ``extract`` on each."""
    preps = [_prepare(d) for d in documents]
    texts = [p.parse_text[p.sents[i].start:p.sents[i].end] for p in preps if p for i in p.todo]
    if not texts:
        return [[] for _ in documents]
    from ..nlp import load_english
    parsed = iter(load_english().pipe(texts, batch_size=256))
    out = []
    for d, p in zip(documents, preps):
        out.append(_read(d, p, [_fronted_phrase_subject(next(parsed)) for _ in p.todo]) if p else [])
    return out


def _fronted_phrase_subject(sdoc):
    """Mend one parse the model gets wrong: after a fronted place ("In Pyongyang, the
    waitress's parents were turned out ...") it makes the subject an apposition of the
    place and leaves the verb with none. The apposition becomes the verb's subject."""
    for root in (t for t in sdoc if t.dep_ == "ROOT" and t.tag_.startswith("VB")):
        if any(c.dep_ in _SUBJECT or c.dep_ == "expl" for c in root.children):
            continue
        for prep in (c for c in root.children if c.dep_ == "prep" and c.i < root.i):
            for place in (c for c in prep.children if c.dep_ == "pobj"):
                appos = next((c for c in place.children if c.dep_ == "appos" and c.i < root.i
                              and any(w.text == "," for w in sdoc[place.i:c.i])), None)
                if appos is not None:
                    return _as_subject(sdoc, appos, root)
        # ("In one case documented by OHCHR, a woman in Hyesan, Ryanggang Province, was held ...": the
        # person hangs deeper in the fronted phrase, an apposition of the agent it was documented by)
        # (the verb has no subject at all, so nothing the parser did read is overruled)
        for prep in (c for c in root.children if c.dep_ == "prep" and c.i < root.i):
            appos = next((t for t in prep.subtree if t.dep_ == "appos" and t.head.i < t.i < root.i
                          and t.head.i != prep.i and t.tag_ in ("NN", "NNS") and t.lower_ not in _PLACE_WORDS
                          and t.head.dep_ == "pobj" and any(w.text == "," for w in sdoc[t.head.i:t.i])), None)
            if appos is not None:
                return _as_subject(sdoc, appos, root)
        # ("At the State Security bureau in Musan interrogators beat him": with no comma the parser
        # takes the subject into the fronted phrase, as the object of its last "in")
        last = sdoc[root.i - 1] if root.i > 0 else None
        if last is not None and root.tag_ in ("VBD", "VBZ", "VBP") and last.tag_ in ("NNS", "NN") \
                and last.dep_ == "pobj" and last.head.dep_ == "prep" and not any(w.text == "," for w in sdoc[:root.i]) \
                and any(c.dep_ == "prep" and c.i < root.i and last.i in {t.i for t in c.subtree} for c in root.children):
            return _as_subject(sdoc, last, root)
    return sdoc


def _as_subject(sdoc, tok, root):
    tok.head = root
    tok.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in root.children) else "nsubj"
    return sdoc


_PLACE_WORDS = frozenset({"capital", "city", "town", "province", "county", "district", "region", "area", "village",
                          "border", "port", "country"})


extract.extract_many = extract_many  # what Pipeline.pipe looks for on the registered extractor


@dataclass
class _Prepared:
    ctx: "_Context"
    sents: list
    hits: list
    attributions: list
    todo: list[int]
    parse_text: str
    proposals: dict = field(default_factory=dict)  # sentence index -> learned.Proposal
    features: list = field(default_factory=list)  # the learned reader's features, a set per sentence


def _prepare(document: Document) -> Optional[_Prepared]:
    """Everything before parsing: sentences, trigger hits, actors, attributions, and
    which sentences need the parser. None when no sentence does."""
    text = document.text
    lex = en_lexicon.load()
    flat = re.sub(r"\s", " ", text)
    title = document.source.title if document.source else None
    # A transcript's question or host's line ("Q: You saw a couple who had come back ...", "ANCHOR: A
    # worker has not been seen since ..."): the host asks or restates what the guest tells, the
    # anchor sums up the report that follows, so no act is read there.
    asked = [m.span() for m in _generic_re("interviewer_turn").finditer(text)]
    # (A question that takes the act as given, or that the guest answers yes to, tells it.)
    told = [s for s in en_segment.sentences(text) if not _headline(text, s, title)]
    told = _without_run_in_heads(text, told)
    sents = [s for s in told if not any(a <= s.start < b for a, b in asked) or _asked_and_confirmed(flat, s, told)]
    hits = [lex.scan(flat, s.start, s.end) for s in sents]
    actors = ActorLexicon.load()
    found = actors.find(flat)
    proposals, doubted, features = _proposals(flat, sents, hits, found)
    for i in doubted:
        if not _asked_and_confirmed(flat, sents[i], sents):
            hits[i] = []  # a sentence the learned reader judges to state no act is background
    todo = [i for i, h in enumerate(hits) if h]
    if not todo and not proposals:
        return None
    ctx = _Context(text, flat, lex, actors, _in_context(lex, flat, sents, found),
                   quotes=en_segment.quote_spans(text), sents=sents)
    for m in ctx.mentions:
        if not m.generic and m.text.casefold() not in lex.not_antecedent and not _foreign(ctx, m):
            ctx.named.append(m)
            ctx.named_ends.append(m.end)
    attributions = _attributions(ctx, sents)
    todo = sorted({i for i in todo if _may_act(ctx, sents[i], hits[i])} | set(proposals))
    if not todo:
        return None
    # The parser reads brackets glued to dashes ("loyalty]–at") as one word; give it
    # parentheses and spaces instead, one character for one so offsets stay put.
    parse = flat.translate(_PARSE_FRIENDLY)
    for d in _DATELINE.finditer(text):  # found on the text, whose line breaks flat lacks
        parse = parse[:d.start()] + " " * (d.end() - d.start()) + parse[d.end():]
    return _Prepared(ctx, sents, hits, attributions, todo, parse, proposals, features)


# Acts a threat names as what will befall people ("warned that the family would be moved out
# of the county if ..."): the threat's content, which bench/CODING.md does not code (the
# development sets' expected acts after a threat's word in its sentence: 24 false, none true).
_THREATENED_PENALTIES = frozenset({"PUNISH", "EXPEL", "DETAIN", "REPATRIATE", "ASSAULT"})


def _without_threat_content(found: list[Event]) -> list[Event]:
    said = [e.trigger_start for e in found if e.type == "THREATEN" and e.trigger_start is not None]
    if not said:
        return found
    return [e for e in found if not (e.type in _THREATENED_PENALTIES and e.status == "expected"
                                     and e.trigger_start is not None and e.trigger_start > min(said))]


def _retype(feats: set[str], found: list[Event]) -> list[tuple[Event, Event]]:
    """The rules' acts on weak words in a sentence, each under the type the learned reader
    reads there when it judges the rule's type unlikely (``learned.SentenceModel.retyped``).
    A word that names an act by itself ("arrested", "threatened") keeps its type, and so does
    a threat or a promise: the words said name other acts ("threatened the traders with
    arrest"), which the reader weighs as if done."""
    model = learned.SentenceModel.load("en") if LEARNED else None
    if model is None:
        return []
    weak = [e for e in found if not e.extractor.rule.startswith("model.") and e.extractor.rule not in _strong_rules()
            and e.type not in _SPOKEN]
    both = []  # (the rule's reading kept as well, the act retyped)
    for ev in weak:
        etype = model.retyped(feats, ev.type, {e.type for e in found})
        if etype != ev.type:
            if (ev.type, etype) in _BOTH_READINGS:
                # "was called in by a security officer who told her ...": the summons stands beside
                # the words said at it, which the reader reads
                both.append((replace(ev, tactics=list(ev.tactics)), ev))
                found.append(both[-1][0])
            ev.type = etype
            # The rule's words, the reader's type (a new object: rules may share an Extractor).
            ev.extractor = replace(ev.extractor, fields={**ev.extractor.fields, "type": f"model.type@{model.version}"})
    return both


def _shaming(ctx, found: list[Event]) -> list[tuple[Event, Event]]:
    """A self-criticism or denunciation people are made to give before others ("had to stand in
    front of their neighbours and criticise themselves") is the coercion and the session staged
    with it (bench/CODING.md: PROPAGANDA + COERCE on one passage), when the sentence reads the
    coercion only. (The staged session as one more act, the coerced one as read.)"""
    if any(e.type == "PROPAGANDA" for e in found):
        return []
    words, scene = _generic_re("shaming_words"), _generic_re("shaming_scene")
    speech, gathering = _generic_re("shaming_speech"), _generic_re("shaming_gathering")
    out = []
    for ev in list(found):
        said = ev.evidence.text
        # (made to speak at a meeting of the women's union: a speech is shaming only before a gathering)
        if ev.type == "COERCE" and ((words.search(said) and scene.search(said))
                                    or (speech.search(said) and gathering.search(said))):
            staged = replace(ev, type="PROPAGANDA", tactics=_tactics(ctx, "PROPAGANDA", ev.evidence.text),
                             extractor=replace(ev.extractor, rule="propaganda.shaming"))
            found.append(staged)
            out.append((staged, ev))
            break
    return out


# Retypings after which the rule's reading stands as well, as a second act (as korean.py's).
_BOTH_READINGS = frozenset({("VISIT", "THREATEN"), ("VISIT", "INDUCE")})


@functools.lru_cache(maxsize=1)
def _strong_rules() -> frozenset[str]:
    return frozenset(t.rule_id for t in en_lexicon.load().triggers if t.strong)


def _plainly_told(hits, feats) -> bool:
    """A word that names a coercive act by itself with a state named beside it ("police
    officers arrested dozens of traders"): the rules' reading is not the learned reader's
    to doubt."""
    return any(t.strong for _, t in hits) and bool(feats & _STATE_NAMED)


_STATE_NAMED = frozenset({"ACT:KP", "ACT:CN"})  # the contract's states (data/actors/keys.tsv)


def _proposals(flat, sents, hits, mentions) -> tuple[dict, set, list]:
    """The learned sentence reader's proposals (``learned.py``): sentences it judges to
    state an act, by index. The rules read them first; a proposal is read only where
    they find nothing. Also the sentences it judges to state none at all (below its veto:
    a law quoted, commentary, a warning about fraud), which no rule reads, and each
    sentence's features (the reader types the rules' acts with them, ``_retype``)."""
    model = learned.SentenceModel.load("en") if LEARNED else None
    if model is None:
        return {}, set(), []
    out, doubted = {}, set()
    features = [learned.english_sentence_features(flat, s.start, s.end, hits[i], mentions)
                for i, s in enumerate(sents)]
    for i, feats in enumerate(features):
        if len(sents) >= learned.VETO_MIN_SENTENCES and model.doubts(feats) and not _plainly_told(hits[i], feats):
            doubted.add(i)
            continue
        proposal = model.propose(feats)
        if proposal is not None:
            out[i] = proposal
    return out, doubted, features




def _read(document: Document, p: _Prepared, docs) -> list[Event]:
    """The per-document logic over the parses of its trigger sentences."""
    ctx, sents, hits = p.ctx, p.sents, p.hits
    events: list[Event] = []
    where: dict[int, Clause] = {}
    last_target: list = [None, None]  # category of the people last placed, and their number
    for i, sdoc in zip(p.todo, docs):
        sent = sents[i]
        found: list[Event] = []
        for m, trig in hits[i]:
            read = _events(ctx, document, sent, sents, sdoc, m, trig, p.attributions[i], last_target)
            again = not read and "speech" in trig.needs
            for m2, trig2 in (ctx.lex.other_readings(ctx.flat, m, trig, sent.end) if again else []):
                # Words read as what an official says, with no one saying them, are the
                # narrator's: "will be sent to a kyohwaso" may still tell a penalty.
                m, read = m2, _events(ctx, document, sent, sents, sdoc, m2, trig2,
                                      p.attributions[i], last_target)
                if read:
                    break
            for ev, window in read:
                if _add_in_sentence(found, ev):
                    where[id(ev)] = Clause(ctx.flat[window[0]:window[1]], i, sent.paragraph,
                                           ctx.in_quote(m.start()))
        # A fate foretold ("face interrogation ... and long terms in labour camps"): its acts the
        # rules did not read, and its words read only as a fate (the "foretold" need).
        for ev in _foretold(ctx, document, sent, hits[i], p.attributions[i], {e.type for e in found}):
            if _add_in_sentence(found, ev):
                where[id(ev)] = Clause(ctx.flat[sent.start:sent.end], i, sent.paragraph, False)
        # A proposal is read where the rules read nothing, or read acts of other types than
        # it proposes (a second act in the sentence: "held him and made him sign").
        if i in p.proposals and p.proposals[i].type not in {e.type for e in found}:
            # A type the rules' own words for it read as no act (negated, a thing held, a
            # purpose) is judged: the proposal is read from its best verb only.
            judged = p.proposals[i].type in {t for _, trig in hits[i] for t in trig.types}
            for ev, window in _proposed(ctx, document, sent, sents, sdoc, p.proposals[i],
                                        p.attributions[i], last_target, judged, hits=hits[i]):
                if any(o.trigger_start <= ev.trigger_start < o.trigger_end for o in found):
                    continue  # a word of an act already read ("warned he would be sent"), read again
                if _add_in_sentence(found, ev):
                    where[id(ev)] = Clause(ctx.flat[window[0]:window[1]], i, sent.paragraph,
                                           ctx.in_quote(ev.trigger_start))
        if not found and i in p.proposals:
            for ev, window in _read_alone(ctx, document, sent, sents, sdoc, p.proposals[i], p.attributions[i],
                                          last_target, hits=hits[i]):
                if _add_in_sentence(found, ev):
                    where[id(ev)] = Clause(ctx.flat[window[0]:window[1]], i, sent.paragraph,
                                           ctx.in_quote(ev.trigger_start))
        if p.features:
            for kept_too, ev in _retype(p.features[i], found):
                where[id(kept_too)] = where[id(ev)]
        for shamed, ev in _shaming(ctx, found):
            where[id(shamed)] = where[id(ev)]
        _promised_instead(ctx, found)
        found = [e for e in found if not _forced_by_circumstance(ctx, e)]
        found = _without_threat_content(found)
        events.extend(e for e in _one_act_per_sentence(found)
                      if not _questioned_on_visit(ctx, e, events, where, sent.paragraph))
    kept = merge_restatements(_told_in_the_answer(events), where,
                              sorted({*story_starts(document.text), *_place_items(document.text)}),
                              sents[0].paragraph if sents else None)
    for ev in kept:
        if any(ev.perpetrator is p for p in ctx.implied):
            ev.perpetrator = None
        if ev.perpetrator is not None and ev.perpetrator.actor == "KP.court" and ev.type not in _COURT_ACTS:
            ev.perpetrator = _organ_beside_court(ctx, ev)
        if ev.perpetrator is not None and ev.perpetrator.actor == "KP.inminban":
            ev.perpetrator = _organ_behind_unit(ctx, ev) or ev.perpetrator
        if ev.perpetrator is not None and (ev.perpetrator.actor or "").count(".") >= 2 \
                and not _unit_in_passage(ctx, ev, sents):
            # "the anti-espionage section" paragraphs before, then "an officer told her": the unit
            # does not narrow a later act (bench/CODING.md: the unit key needs the act's own passage)
            key = ev.perpetrator.actor.rsplit(".", 1)[0]
            ev.perpetrator = Perpetrator(ev.perpetrator.text, key, ctx.actors.name(key))
        # Read after the merge, which takes "other" for no people named ("posted a video").
        owner, category = ctx.thing_of.get(id(ev), (None, None))
        if owner is ev and ev.target is not None and ev.target.category == "other":
            ev.target = Target(ev.target.text, category)
    if ctx.set_in_south or not ctx.about_north:  # (about_north holds for a fragment: see a_report)
        # A report set in the South (a case at Incheon airport, Jeju's missing visitors), or about
        # neither the North nor China's dealings with North Koreans (a server outage): an act no
        # organ is found doing, on people who are not North Koreans named as such, is the South's
        # own or a private one, which the record does not code (as korean.py does for a report
        # naming no organ of the North or China).
        kept = conventions.owned_acts(kept)
    last = None
    for ev in kept:
        if ev.target is None and ev.type != "RETURN" and last is not None:
            # "They told her to stay silent", "the calls are recorded": an act whose people the
            # sentence leaves unsaid falls on those the report last told of (on the development
            # sets right for 285 of 432 such acts, and no act with people named otherwise)
            ev.target = Target(None, last)
        if ev.target is not None:
            last = ev.target.category
        if ev.type == "REPATRIATE" and ev.perpetrator is None and ev.target is not None \
                and ev.target.category == "worker_abroad":
            # "the whole brigade was ordered home", "were flown from Shenyang to Pyongyang": workers the
            # North sent abroad are called home by the North itself (bench/CODING.md: a recall of its
            # own workers is KP.gov), as korean.py reads them.
            ev.perpetrator = Perpetrator(None, "KP.gov", ctx.actors.name("KP.gov"))
        if ev.type == "PROPAGANDA" and ev.perpetrator is None:
            # "she was on television afterwards", "the segment aired on April 12": the North's media
            # are the state's, so propaganda shown there with no organ named is the state's own.
            medium = _cue_re("state_medium", r"\b(?:", r")\b").search(ev.evidence.text)
            if medium is not None:
                ev.perpetrator = Perpetrator(medium.group(), "KP.gov", ctx.actors.name("KP.gov"))
        if ev.type == "ASSAULT" and ev.perpetrator is None and _UNDER_QUESTIONING.search(ev.evidence.text):
            # "was slapped and kicked in the interrogation room", "beaten during questioning": blows in
            # questioning are the questioning organ's, the one last named (as korean.py reads 조사받을 때마다 맞았다)
            found = ctx.latest_mention(ev.evidence.start)
            if found is not None and found[1].startswith("KP.") and found[1] != "KP.court":
                ev.perpetrator = Perpetrator(found[0].text, found[1], ctx.actors.name(found[1]))
        if ev.type == "PUNISH" and ev.perpetrator is None and ev.trigger_start is not None \
                and _PARTY_MEMBERSHIP.search(ctx.flat, ev.trigger_start, ev.trigger_end):
            # "was expelled from the Workers' Party", "lost her Party membership": only the Party expels its
            # members (bench/CODING.md), told with no one named
            ev.perpetrator = Perpetrator(None, "KP.WPK", ctx.actors.name("KP.WPK"))
    if ctx.set_in_south and ctx.a_report:
        # (a sentence or two says too little of its setting: "relatives in Seoul" sets nothing there)
        # So is one by officials the words do not tie to the North or China, on people named and
        # not as North Koreans ("quarantine officials banned the movement of pigs", "officers of
        # the Korea Immigration Service detained 37 workers"), whoever the reader resolved them to.
        kept = [e for e in kept if e.perpetrator is None or _ties_to_a_state(ctx, e.perpetrator.text or "")
                or e.target is None or e.target.category in conventions.NORTH_KOREANS]
    return conventions.apply(kept)


# What a court does: sentence, banish, stage a trial, warn. A court named beside other acts
# ("the court found that Ko had followed the victim") tells of them; it does not do them.
_COURT_ACTS = frozenset({"PUNISH", "PROPAGANDA", "THREATEN", "EXPEL"})


def _organ_beside_court(ctx, ev: Event) -> Optional[Perpetrator]:
    """The actor of an act a court tells of: the organ of the North last named before it,
    other than a court (the agency whose man the court tried), else none."""
    for n in reversed(ctx.named):
        if n.start < ev.evidence.start and n.key.startswith("KP.") and n.key != "KP.court" \
                and not _foreign(ctx, n):
            return Perpetrator(n.text, n.key, ctx.actors.name(n.key))
    return None


# A neighbourhood unit head who reads out a notice, or acts on an order, relays another organ's act.
_RELAYED = re.compile(r"\b(?:notices?|orders?|ordered|instructions?|instructed|directives?|announcements?|"
                      r"read out|on (?:the )?orders? of|under (?:an |the )?orders?)\b", re.IGNORECASE)


_UNIT_WORD = re.compile(r"\b(?:unit|section|bureau|division|team|squad)\b", re.IGNORECASE)


def _unit_in_passage(ctx, ev: Event, sents) -> bool:
    """Whether the act's sentence, or the one before it in its paragraph, names the unit its
    perpetrator's key stands for."""
    if _UNIT_WORD.search(ev.perpetrator.text or ""):
        return True  # "agents from the unit": the words point back to the unit itself
    i = max(0, bisect.bisect_right([s.start for s in sents], ev.evidence.start) - 1)
    start = sents[i - 1].start if i and sents[i - 1].paragraph == sents[i].paragraph else sents[i].start
    end = max(sents[i].end, ev.evidence.end)
    return any(start <= n.start < end and n.key == ev.perpetrator.actor for n in ctx.named)


def _organ_behind_unit(ctx, ev: Event) -> Optional[Perpetrator]:
    """"Inminban heads read out an anjeonbu notice", "the inminban head received an order from
    the bowibu to report who visits": the act is the organ's whose notice or order the unit
    relays, when the act's own sentence names it (bench/CODING.md: the actor of the act)."""
    s, e = ev.evidence.start, ev.evidence.end
    if not _RELAYED.search(ctx.flat, s, e):
        return None
    for n in ctx.named:
        if s <= n.start < e and n.key.startswith("KP.") and n.key != "KP.inminban" and not n.generic \
                and not _foreign(ctx, n):
            return Perpetrator(n.text, n.key, ctx.actors.name(n.key))
    return None


def _proposed(ctx, document, sent, sents, sdoc, proposal, attribution, last_target, judged=False, alone=False,
              hits=()):
    """A sentence the learned reader proposes and no rule read: read it as the rules
    read a trigger, from the word that speaks most for the proposed type, so actor,
    target, status and every gate apply as to any act. The event names the model."""
    if _NARRATOR.search(ctx.flat, sent.start, sent.end):
        return []  # "The writer worked for nine years in the SSD": a byline, no act
    if proposal.type == "THREATEN" and _offered(ctx.flat[sent.start:sent.end]):
        proposal = replace(proposal, type="INDUCE")
    model = learned.SentenceModel.load("en")
    # The act hangs on a verb; of the sentence's verbs, the one that speaks most for the
    # type (auxiliaries and "be/have/do" tell no act).
    # "Be/have/do" tell no act, nor does a verb that tells who says so ("said", "according
    # to", "reached by phone"): its subject is the source, not the actor. What an official
    # says is read, as for a speech trigger, from the words said.
    verbs = [t for t in sdoc if t.tag_.startswith("VB") and t.is_alpha and t.dep_ not in ("aux", "auxpass")]
    # ("is made up of officials": what a group consists of, no one made to do anything)
    verbs = [t for t in verbs if not (t.lower_ in ("made", "make", "makes", "making")
                                      and any(c.dep_ == "prt" and c.lower_ == "up" for c in t.children))]
    # "The SSD is said to be eavesdropping" (parsed with no verb for the act): the verb of
    # saying is all there is, and its subject is the actor.
    acts = [t for t in verbs if not _NO_ANCHOR.match(t.lower_)] or \
        [t for t in verbs if not _NO_ANCHOR_EVER.match(t.lower_)]
    if not acts:
        return []
    spoken = proposal.type in _SPOKEN
    # A return is the returner's own act: the one who goes back is its person, never its actor;
    # it is read only where its paragraph names the North it goes back to.
    if proposal.type == "RETURN" and not _generic_re("north_named").search(_paragraph_text(ctx, sents, sent)):
        return []
    # The verbs in the order they speak for the type; the first that reads as an act (its
    # actor a state's) is the act's: "ordered him to report ... and carry" hangs on "ordered"
    # when "carry" has no state subject.
    ranked = sorted(acts, key=lambda t: (spoken and _saying_verb(ctx, t) is not None,
                                         model.weight(proposal.type, learned.stem(t.lower_)), -t.i),
                    reverse=True)
    # Every word of the type the sentence holds is told as not done ("welcomed instead of being
    # punished"): it tells that no such act happened, whichever verb the reader weighs.
    of_type = [h for h, trig in hits if proposal.type in trig.types]
    if of_type and all(_INSTEAD.search(ctx.flat, sent.start, h.start()) for h in of_type):
        return []
    # "Made them stand in the yard": a posture held on an order is no coercion by itself
    # (the rules' own reading, bench/CODING.md), however the reader weighs "made".
    if proposal.type == "COERCE":
        ranked = [t for t in ranked if not _held_posture(t)]
    # Past the first, only verbs that speak for the type where the rules' own words for it
    # read as no act ("welcomed instead of being punished" is no punishment).
    # A promise hangs on a verb that speaks for one: "ordered that released prisoners cannot be
    # given a job" offers nothing when "given" reads as no act.
    if judged or alone or proposal.type == "INDUCE":
        ranked = ranked[:1] + [t for t in ranked[1:] if model.weight(proposal.type, learned.stem(t.lower_)) > 0]
    for anchor in ranked:
        m = re.compile(re.escape(anchor.text)).match(ctx.flat, sent.start + anchor.idx)
        if not m:
            continue
        needs = _RETURN_NEEDS if proposal.type == "RETURN" else _ALONE_NEEDS if alone else _PROPOSAL_NEEDS
        if spoken and _saying_verb(ctx, _governing_verb(anchor)) is not None:
            needs = needs | {"speech"}
        trig = en_lexicon.Trigger(f"model.{proposal.type.lower()}", (proposal.type,), False, needs, "")
        read = _events(ctx, document, sent, sents, sdoc, m, trig, attribution, last_target)
        if read:
            for ev, _window in read:
                ev.extractor = Extractor("model-en", f"{version()}+model.{model.version}", trig.rule_id)
            return read
    return []


def _offered(text: str) -> bool:
    """Words that offer a good on a condition and name no harm ("if the talks go well, the
    rest of her term will be forgotten"): a promise, which the reader, weighing the words of
    custody and penalty a promise lifts, may take for a threat."""
    text = _generic_re("harm_lifted").sub(" ", text)  # "nobody would be punished" names no harm
    return bool(_generic_re("offer_condition").search(text) and _generic_re("offer").search(text)
                and not _generic_re("harm").search(text))


_FORCED_TO = re.compile(r"forc(?:e|es|ed|ing) (?:[\w'’-]+ ){0,3}?to ([\w-]+)", re.IGNORECASE)


def _forced_by_circumstance(ctx, ev: Event) -> bool:
    """"We were forced to accept it", "forced back to shore": forced, with no one named, to something
    that is no act the state makes people do (en_generic "coerced_doing"), is circumstance."""
    if ev.type != "COERCE" or ev.perpetrator is not None or ev.extractor.rule != "coerce.force" \
            or ev.trigger_start is None:
        return False
    m = _FORCED_TO.match(ctx.flat, ev.trigger_start)
    return m is None or not _generic_re("coerced_doing").match(m.group(1))


def _promised_instead(ctx, found: list[Event]) -> None:
    """A threat's word read on words that offer a good on a condition and lift a penalty ("told
    her that if I came back, my brother would be released and nobody would be punished"): the
    penalty is what will not fall, so the words are a promise (bench/CODING.md INDUCE)."""
    for ev in found:
        if ev.type == "THREATEN" and ev.extractor.rule not in _strong_rules() \
                and _generic_re("harm_lifted").search(ev.evidence.text) and _offered(ev.evidence.text):
            ev.type = "INDUCE"
            ev.extractor = replace(ev.extractor, fields={**ev.extractor.fields, "type": "offer"})


def _read_alone(ctx, document, sent, sents, sdoc, proposal, attribution, last_target, hits=()) -> list[Event]:
    """A sentence the learned reader is sure states an act (at or above its ``alone`` bar)
    and that no rule, nor the proposal read as a rule, reads as one: read again as the
    proposal is, with every gate of the rules but those on who acts (a subject no organ's,
    a speaker not named). On sentences this sure, held out of training, those gates refused
    more true acts than false ones; the act's actor is what the text names, else the organ
    named before it.
    The event names the reader (``model.<type>.alone``)."""
    model = learned.SentenceModel.load("en")
    if proposal.probability < model.alone or proposal.type == "RETURN" or len(sents) < learned.VETO_MIN_SENTENCES \
            or not any(n.key.startswith(("KP.", "CN.")) for n in ctx.named):
        return []  # (a report, not a line, that names an organ of a state the record tracks)
    read = _proposed(ctx, document, sent, sents, sdoc, proposal, attribution, last_target, alone=True, hits=hits)
    for ev, _window in read:
        if ev.perpetrator is None:
            # As for an agentless act: the organ the sentence names, else one named earlier in
            # its paragraph or the one before ("He hit me", told of the officer who questioned the
            # speaker), else the organ the report last named: a sentence this sure tells an act of
            # the organ the report is about (bench/CODING.md: generic doers take the organisation
            # named for them; on the development sets perpetrator 0.856 -> 0.860, events the same).
            found = _sentence_actor(ctx, sent, attribution, at=ev.trigger_start, etype=ev.type)
            if found is None:
                found = _recent_actor(ctx, sents, sent, ev.type)
            if found is None:
                found = ctx.latest(sent.start)
            ev.perpetrator = found if isinstance(found, Perpetrator) else None
        ev.extractor = Extractor("model-en", f"{version()}+model.{model.version}",
                                 f"model.{proposal.type.lower()}.alone")
    return read


def _private_person(ctx, sents, sent, subj, subj_text) -> bool:
    """A subject that is one of the people themselves (a relative, a friend, a neighbour):
    no organ's act, however sure the reader is."""
    if subj is None:
        return False
    return subj.lower_ in ctx.lex.private_agent or ctx.lex.target_category(
        subj_text, _paragraph_text(ctx, sents, sent)) in ("defector_family", "defector", "returnee", "broker")


# What a proposed act needs before it counts: a state actor, named or carried from the
# text before (a model that read "camp" in a sports story must not make it a camp).
_PROPOSAL_NEEDS = frozenset({"actor"})
_RETURN_NEEDS = frozenset({"human"})
_ALONE_NEEDS = frozenset({"alone"})  # no actor needed: who acts is what the text names, else no one
_AUXILIARY = "am|is|are|was|were|be|been|being|has|have|had|having|do|does|did|doing"
_NO_ANCHOR_EVER = re.compile(rf"^(?:{_AUXILIARY})$")
_NO_ANCHOR = re.compile(rf"^(?:{_AUXILIARY}"
                        r"|s[ae]ys?|said|report\w*|explain\w*|add(?:s|ed|ing)?|not(?:e|ed|es|ing)|claim\w*"
                        r"|believ\w*|stat(?:e|ed|es|ing)|recall\w*|confirm\w*|accord\w*|reach\w*|quot\w*"
                        r"|cit(?:e|ed|es|ing)|interview\w*|learn\w*|hear\w*|heard|speak\w*|spoke\w*|know\w*|knew)$")
_SPOKEN = frozenset({"THREATEN", "INDUCE"})  # acts done by saying: read from the words said
LEARNED = True  # the learned sentence reader proposes sentences (tests turn it off to compare)


_QUESTION_RULES = frozenset({"detain.question", "visit.question"})
_QUESTION_WORD = re.compile(r"\bquestion(?:ed|ing)\b", re.IGNORECASE)
_SENT_BACK = re.compile(r"\b(?:sent back|repatriat\w*|handed (?:\w+ )?over|deported|released|freed)\b"
                        r"|\b(?:days?|weeks?|months?) of questioning"
                        r"|\bquestioned (?:[\w'’-]+ ){0,2}?(?:for|over) (?:about |nearly |almost |some |around |more than )?(?:several|a few|many|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+) (?:days|weeks|months)\b"
                        r"|\bquestioned (?:[\w'’-]+ ){0,2}?for (?:about |nearly |almost |some |around |more than )?(?:a|an) (?:week|month)\b",
                        re.IGNORECASE)
_QUESTIONED = re.compile(r"(?:is|are|was|were|been|being) questioned$", re.IGNORECASE)
_AT_HOME = re.compile(r"\b(?:came|come|comes|coming|went|turned up|showed up) (?:\w+ ){0,2}?(?:to|at) (?:his|her|their|the|my|our)"
                      r" (?:family['’]s |own )?(?:house|home|flat|apartment|door)\b", re.IGNORECASE)
_SUMMONED = re.compile(r"\b(?:called in|summon(?:s|ed|ing)|called (?:to|before) (?:the|a|an|his|her|their)\b)", re.IGNORECASE)
# Someone the text does not name ("a man", "one of them", "two guards"): in custody, one of the holders.
_UNNAMED_PERSON = re.compile(r"(?:a|an|one|another|two|three|the other|some)?\s*(?:man|men|person|people|guard|guards|"
                             r"interrogator|interrogators|one of them|someone|somebody)"
                             # "the younger one", "the older man": one of the pair told before
                             r"|the (?:younger|older|elder|taller|shorter|bigger|senior|junior|first|second) (?:one|man|officer)",
                             re.IGNORECASE)
_HELD_AT = re.compile(r"\b(?:custody|detention|detained|held|cells?|jail|interrogat\w*|questioning|holding cent(?:re|er)"
                      r"|police station|security (?:department|bureau|office)|guard post"
                      r"|kept (?:me|him|her|them|us) (?:[\w-]+ ){0,3}?(?:at|in) the)\b", re.IGNORECASE)
# Things a person has: taken from him, they hold no one.
_BELONGINGS = frozenset({"permit", "licence", "license", "passport", "card", "phone", "handset", "certificate",
                         "pass", "document", "property", "belonging", "land", "plot", "ration", "radio", "television"})
_CUSTODY = re.compile(r"\b(?:custody|detention|detained|held|cells?|jail|arrested|taken away|locked (?:[\w'’-]+ ){1,4}?(?:in|inside|up)|taken in|brought in"
                      r"|(?:take|takes|took) (?:[\w'’-]+ ){1,3}?in for|releas(?:e|es|ed) (?:him|her|them)\b)\b", re.IGNORECASE)


def _questioned_on_visit(ctx, ev, events, where, paragraph) -> bool:
    """"Agents visited the homes ... Some mothers were questioned for an hour": people
    questioned just after a visit to them, with no custody told, are questioned on that
    visit (a visit "to question or pressure", not an arrest)."""
    if ev.extractor.rule != "detain.question" or ev.trigger_start is None \
            or not _QUESTIONED.search(ctx.flat[ev.trigger_start:ev.trigger_end]) \
            or _CUSTODY.search(ev.evidence.text):
        return False
    return any(o.type == "VISIT" and _same_actor(o, ev) and id(o) in where
               and paragraph - where[id(o)].paragraph in (0, 1) for o in events)


@functools.lru_cache(maxsize=1)
def _chinese_organ(lex) -> tuple[re.Pattern, re.Pattern]:
    """A Chinese place just before an organ's name (up to three name words between:
    "the Yanji City People's Court") or just after it ("a court in Dandong")."""
    words = "|".join(re.escape(v) for v in lex.china_words)
    return (re.compile(rf"\b(?:{words})(?:\s+[A-Z][\w'’-]*){{0,3}}\s+$"),
            re.compile(rf"\s+(?:in|of)\s+(?:{words})\b"))


# "soldiers of a South Korean army unit": what follows an organ word may say whose it is.
_OF_A = re.compile(r"\s+(?:of|from) (?:a |an |the )?")


def _in_context(lex, flat, sents, mentions: list[ActorMatch]) -> list[ActorMatch]:
    """Keys that depend on where a word stands: plain "police" in a passage set in China
    are Chinese public security; "soldiers" at the river or border are border guards."""
    starts = [s.start for s in sents]
    guards = [m.start for m in mentions if m.key == "KP.border_guard"]
    out = []
    trades = set()  # heads last named with a trade ("real estate agents"), until an organ's are named
    for m in mentions:
        head = _singular(m.text.split()[-1])
        if m.generic and flat[max(0, m.start - 16):m.start].split()[-1:] and \
                flat[max(0, m.start - 16):m.start].split()[-1].casefold() in lex.not_official:
            trades.add(head)
            continue  # "family members", "church members": people, not an organ's officials
        if m.generic and head in trades and re.fullmatch(r"(?:the |an? |two |three )?\w+", m.text.casefold()):
            continue  # "the agents" after "two real estate agents": those agents, no organ's
        if not m.generic:
            trades.discard(head)  # "State Security agents": the organ's agents from here on
        if _cue_re("not_actor_head", r"\s+(?:", r")\b").match(flat, m.end):
            continue  # "the military academy", "his military service": a thing, not the organ
        of = _OF_A.match(flat, m.end)
        if of and lex.foreign_re.match(flat, of.end()):
            continue  # "soldiers of a South Korean army unit": another state's
        if m.text.casefold() in lex.not_antecedent and re.match(r"['’]s\b", flat[m.end:m.end + 2]) \
                and any(0 < o.start - m.end <= 4 for o in mentions):
            continue  # "the Party's Organization and Guidance Department": the part named next acts
        i = bisect.bisect_right(starts, m.start) - 1
        sent = flat[sents[i].start:sents[i].end] if i >= 0 else flat[max(0, m.start - 200):m.end + 200]
        para = " ".join(flat[s.start:s.end] for s in sents if i >= 0 and s.paragraph == sents[i].paragraph)
        prev = flat[sents[i - 1].start:sents[i - 1].end] if i > 0 else ""
        before = flat[max(0, m.start - 16):m.start]
        key = m.key
        named_at = _police_place(flat, m) if key == "KP.MSoS" else None
        if named_at is not None:
            key = "CN.police" if named_at == "CN" else key  # "police in Rajin", "the Linjiang police"
        elif key == "KP.MSoS" and m.text.casefold().startswith("police") \
                and not re.search(r"North(?:'s| Korean)\s*$", before) \
                and not _NORTH_AFTER.match(flat, m.end) \
                and not _north_institution().search(sent) \
                and (_in_china(lex, sent) or (not re.search(r"\bNorth\b", sent) and _in_china(lex, para, went=True))):
            # (police sending people to the labour training unit are the North's, whatever the sentence names)
            key = "CN.police"
        elif key == "KP.court" and (_chinese_organ(lex)[0].search(flat[max(0, m.start - 60):m.start])
                                    or _chinese_organ(lex)[1].match(flat, m.end)):
            key = "CN.police"  # "the Yanji City People's Court": any Chinese state body is China's
        elif m.generic and m.text.casefold() in ("guard", "guards") and re.search(r"\bChinese\s+$", before):
            continue  # "the Chinese guards pushed us across": China's, not an organ of the North
        elif m.generic and m.text.casefold() in ("guard", "guards") and (
                lex.border_re.search(sent) or lex.border_re.search(prev)) \
                and not _CUSTODY_PLACE.search(sent) and not _CUSTODY_PLACE.search(prev):
            # ("guards beat detainees in the holding centre": a facility's guards, whoever runs it)
            # "guards" at the river are the border guards, an organ named, not a generic word
            out.append(ActorMatch(m.start, m.end, m.text, "KP.border_guard", False))
            continue
        elif key == "KP.KPA" and m.text.casefold() == "soldiers" and (
                lex.border_re.search(sent) or lex.border_re.search(prev)
                or (before.casefold().endswith("the ") and any(g < m.start for g in guards))):
            key = "KP.border_guard"  # "the soldiers" after border guards were named are those guards
        out.append(m if key == m.key else ActorMatch(m.start, m.end, m.text, key, m.generic))
    return out


# A passage that tells the handover itself ("they handed us to the North Korean side") still
# has the Chinese side acting in it.
_HANDOVER = re.compile(r"\b(?:hand(?:s|ed|ing)?|turn(?:s|ed|ing)?)\b[^.]{0,40}?\b(?:over|to the North)|\brepatriat|\bsent back\b",
                       re.IGNORECASE)


# A police force named by its town: "police in Rajin", "the Linjiang police", "Hoeryong city police".
_POLICE_IN = re.compile(r"\s+(?:in|of|at|from)\s+(?:the\s+)?(?:(?:city|town|county|port) of\s+)?([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)")
_POLICE_OF = re.compile(r"\b([A-Z][\w'’-]+)(?:\s+(?:city|county|City|County|border|railway|local))?\s+$")


def _police_place(flat: str, m) -> Optional[str]:
    """The country ("KP", "CN") of the town a bare police is named by, when it is one of the
    two: the town says whose police they are, whatever else the sentence names ("Police in
    Rajin have started checking the phones of workers at plants that employ Chinese technicians")."""
    if not m.text.casefold().startswith(("police", "the police")):
        return None
    after = _POLICE_IN.match(flat, m.end)
    before = _POLICE_OF.search(flat, max(0, m.start - 40), m.start)
    for found in (after, before):
        if found is None:
            continue
        name = found.group(1)
        place = Gazetteer.load().lookup(name) or Gazetteer.load().lookup(name.split()[0])
        if place is not None and place.country in ("KP", "CN") and place.kind not in ("country", "region"):
            return place.country
    return None


# "Police in the North Korean city of Hoeryong": the words after the organ place it in
# the North, whatever China word the sentence holds ("smuggling copper to China").
_NORTH_AFTER = re.compile(r"\s+in\s+(?:the\s+)?North(?:\s+Korea|'s|\s+Korean)\b")


def _in_china(lex, text: str, went=False) -> bool:
    """A China word that places the passage there; "sent back from China" says where
    someone came from, not where the act happens, and "Chinese phones" or "Chinese-made
    clothes" what was used. ``went``: "crossed into China" in a neighbouring sentence is
    where someone went, not where the police of this one are."""
    # ("trade with China", "the border with China": a partner or a neighbour, not the place either)
    origin = r"\b(?:from|into|to|with)\s+(?:\w+\s+)?$" if went else r"\b(?:from|with)\s+(?:\w+\s+)?$"
    return any(not re.search(origin, text[max(0, c.start() - 20):c.start()])
               and not _china_goods().match(text, c.end()) and not _MADE_IN.match(text, c.end())
               for c in lex.china_re.finditer(text))


_MADE_IN = re.compile(r"-(?:made|built|brand|branded|manufactured|produced)\b", re.IGNORECASE)


def _north_institution() -> re.Pattern:
    """The North's own penal and neighbourhood institutions (a labour training unit, a kyohwaso):
    police who send people there are the North's."""
    return _cue_re("north_institution", r"\b(?:", r")")


def _china_goods() -> re.Pattern:
    """Nouns after "Chinese" that make it the origin of a thing, not the place of the act."""
    return _cue_re("china_goods", r"\s+(?:[\w-]+\s+)?(?:", r")\b")


@functools.lru_cache(maxsize=None)
def _cue_re(kind: str, before: str, after: str) -> re.Pattern:
    """One kind of ``en_actor_cues.tsv`` as an alternation between ``before`` and ``after``."""
    words = [r["value"] for r in data.read_tsv("lexicon/en_actor_cues.tsv") if r["kind"] == kind]
    return re.compile(before + "|".join(re.escape(w) for w in words) + after, re.IGNORECASE)


_PASSIVE_HINT = re.compile(r"\b(?:is|are|was|were|be|been|being|get|gets|got|gotten)\b", re.IGNORECASE)
# Words that put a quoted consequence on the speaker himself, or in a question ("I will be
# next", "who will be next").
_OWN_FEAR = re.compile(r"\b(?:I|we|who)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_DUTY_HINT = re.compile(r"\b(?:must|ha(?:ve|s|d) to|required to|obliged to)\b", re.IGNORECASE)


# "report on his visitors", "pass names to": an informing duty about other people.
# What lies between the words passed on and the one they are passed to ("... of 14 defectors to a").
_TO_RECIPIENT = re.compile(r"(?:\s+[\w'’,-]+){0,8}?\s+to\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}?", re.IGNORECASE)
_ON_OTHERS = re.compile(r"\b(?:on|about)\b|names?|lists?|who\b", re.IGNORECASE)


def _may_act(ctx, sent, hits) -> bool:
    """Whether parsing the sentence can yield an act. A weak trigger counts only with a
    state actor; with no actor named, no pronoun to point back and no passive to borrow
    one, none of its readings can find one, so the parse (the extractor's main cost) is
    skipped."""
    if any(sent.start <= m.start < sent.end for m in ctx.mentions):
        return True
    if any("actor" not in t.needs or "speech" in t.needs or "patient" in t.needs for _, t in hits):
        return True
    if _FATE.match(ctx.flat[sent.start:sent.end]):
        return True  # a fate foretold for people ("families ... face surveillance") needs no actor (_foretold)
    if any(t.types[0] == "RESTRICT" for _, t in hits) and any(m.key.startswith("KP.") for m in ctx.mentions):
        return True  # a policy may name no one in its sentence ("new rules require traders to ...")
    if any(t.types[0] == "ASSAULT" for _, t in hits) and _HELD_AT.search(ctx.flat, max(0, sent.start - 400), sent.end):
        return True  # "there a man punched me", told of a cell: one of the holders (see _UNNAMED_PERSON)
    words = re.findall(r"[A-Za-z]+", ctx.flat[sent.start:sent.end].lower())
    if ctx.named and ctx.named_ends[0] <= sent.start and any(
            _singular(w) in ctx.lex.organ_head for w in re.findall(r"\b(?:the|this|that) (\w+)", " ".join(words))):
        return True  # "the bureau called me in": the organ named before, by its noun (_organ_anaphor)
    if words and words[0] in ("he", "she"):
        return True  # "He took out a phone": the official the sentence before was about (_previous_subject)
    # A duty ("each wife must sign") takes the organ that imposed it from the sentence before.
    return any(w in ctx.lex.pronouns for w in words) or bool(_PASSIVE_HINT.search(ctx.flat, sent.start, sent.end)) \
        or bool(_DUTY_HINT.search(ctx.flat, sent.start, sent.end)) or ("i" in words and ctx.narrator is not None)


# --- one trigger ---------------------------------------------------------------

# What a word or phrase means ("a reference to banishment", "a euphemism for being sent to a camp",
# "code for arrest"): the act is named to explain words, not told as done.
_NAMED_AS_A_WORD = re.compile(
    r"\b(?:(?:references?|allusions?) to|(?:euphemisms?|code(?: ?words?)?|expressions?|terms?|words?|synonyms?|bywords?|"
    r"shorthand|metaphors?|slang|idioms?) for) (?:(?:being|getting|a|an|the) ){0,2}$", re.IGNORECASE)


def _events(ctx, document, sent, sents, sdoc, m, trig, attribution, last_target):
    if "quoted" in trig.needs and not (ctx.in_quote(m.start()) or _single_quoted(ctx.flat, sent, m.start())):
        return []  # "told us" outside a quotation is a source talking to the outlet
    if "workers_abroad" in trig.needs and not ctx.workers_abroad:
        return []  # (a word read only in a report on the North's workers abroad)
    if "foretold" in trig.needs:
        return []  # (a fate's word, "long terms in labour camps", read only as what people face: _foretold)
    if "kp_place" in trig.needs and not (_north_korean_place(m.group(0).split()[-1])
                                         or m.group(0).endswith((" the North", " North Korea"))):
        return []
    if _QUESTION_SENTENCE.match(ctx.flat[sent.start:sent.end].strip()) and not ctx.in_quote(m.start()) \
            and not _asked_and_confirmed(ctx.flat, sent, sents):
        return []  # "HOST: Did they threaten her?": an act asked about, not told
    if "returned" in trig.needs and (not _RETURNED.search(ctx.flat, max(0, sent.start - 1500), sent.end)
                                     or _RESETTLED.search(ctx.flat, sent.start, sent.end)):
        return []  # a flat and a job given as a returnee's reward, told near the return; not the South's settlement aid
    if any(need in trig.needs and not cue.search(ctx.flat, sent.start, sent.end) for need, cue in _SENTENCE_NEEDS):
        return []  # "before assembled residents" without a trial in view; state TV showing no defector
    span = sdoc.char_span(m.start() - sent.start, m.end() - sent.start, alignment_mode="expand")
    if span is None:
        return []
    root = span.root
    gov = _governing_verb(root)
    speech = "speech" in trig.needs
    if not speech and ((_is_goal(ctx, sent, gov, trig.types[0]) and "offer" not in trig.needs) or _conditional(gov)):
        return []
    if not speech and _coerced_content(gov):
        return []  # "made him write that his mother had been kidnapped": the words he was made to write
    if root is not gov and root.dep_ == "pobj" and root.head.lower_ == "with" \
            and ctx.lex.goal_head.match(gov.lower_):
        return []  # "threatened him with banishment": the threat's content, not an act
    if _NAMED_AS_A_WORD.search(ctx.flat, max(sent.start, m.start() - 60), m.start()):
        return []  # "understood ... as a reference to banishment", "a euphemism for being sent away": a word explained
    if trig.types[0] == "RESTRICT" and _background(gov):
        return []
    if trig.types[0] == "RESTRICT" and root is not gov and _generic_re("restriction_lifted").match(gov.lower_):
        return []  # "eases travel restrictions": the easing is told, no coercion
    if trig.types[0] in ("RESTRICT", "SURVEIL") and _generic_re("farm_pests").search(ctx.flat, sent.start, sent.end):
        return []  # "farms told to step up pest control", "surveillance of late blight"
    if root is not gov and _act_as_time(root, trig.types[0]):
        return []
    if root is not gov and root.dep_ == "pobj" and root.head.lower_ == "without":
        return []  # "stood trial without detention": the act named as absent
    if trig.types[0] == "RESTRICT" and _generic_re("trade_object").match(ctx.flat, m.end()):
        return []  # "restrictions on imports of flour": a measure on goods, not on people
    if _not_done(ctx, sent, gov) and not (trig.types[0] == "RESTRICT" and _prohibition(gov)):
        return []  # ("nobody may go within a kilometre of the Yalu without a pass": the ban itself)
    if not trig.rule_id.startswith("model.") and _gerund_subject(gov):
        return []  # "Deporting him means handing him to the people he ran from": acts named as what one would mean
    if gov.dep_ == "pcomp" and gov.head.lower_ == "of" and gov.head.head.lower_ in ("accuse", "accuses", "accused", "accusing"):
        # "to accuse Seoul of abducting them": the act is the one accused's, alleged; it is the
        # North's only where an organ of the North is the one accused.
        accused = next((c for c in gov.head.head.children if c.dep_ == "dobj"), None)
        found = _resolve(ctx, accused, sent) if accused is not None else None
        if not (isinstance(found, Perpetrator) and (found.actor or "").startswith("KP.")):
            return []
    before = ctx.flat[sent.start:m.start()]
    if _generic_re("law_allows").search(before) or _generic_re("proposal").search(ctx.flat, sent.start, sent.end):
        return []  # "the law allows courts to punish ...", "... should be banned, a think tank proposed"
    if root is not gov and root.dep_ == "dobj" and _generic_re("light_verb").match(gov.lower_) \
            and any(c.dep_ == "neg" for c in gov.children) and not _ALLEGED.search(ctx.flat, sent.start, sent.end):
        return []  # "did not issue a warning": the act is named as not done
    if trig.types[0] == "RESTRICT" and root is gov and any(
            c.dep_ == "nsubjpass" and _generic_re("trade_subject").match(_np_text(sdoc, c, 0, keep=_TARGET_KEEP | {"prep", "pobj"})[0])
            for c in gov.children):
        return []  # "the import of luxury goods is banned": a measure on goods
    if gov.tag_ == "VBG" and gov.dep_ == "advcl" and not any(c.dep_ in _SUBJECT for c in gov.children) \
            and (ctx.lex.report_head.match(gov.head.lower_) or _after_saying(ctx, gov)):
        # "state media reported, threatening the harvest": commentary on the report; "..., a
        # Seoul-based group said, warning that they would be sent back": the source's words, which
        # the parser hangs on the act told before the source
        return []
    if not speech and trig.rule_id not in _DUTY_ON_A_CONDITION and _generic(ctx, sent, gov, trig.types[0]):
        return []
    from_context = untold_organ = third_state = False
    about = returner = None  # a target read off what an official says, not whom he says it to
    if root is not gov and any(c.dep_ == "det" and c.lower_ in _ANAPHORIC for c in root.children):
        return []  # "during these visitations" points back at an act already told
    if root is not gov and any(c.dep_ == "det" and c.lower_ == "no" for c in root.children):
        return []  # "there was no specific threat": the act is named as absent
    if _found_absent(root):
        return []  # "found no sign that he had been pressured", "no evidence of mistreatment"
    if root is not gov and root.dep_ == "pobj" and root.head.lower_ == "as" and root.head.head.lower_ == "thing" \
            and any(c.lower_ == "no" for c in root.head.head.children):
        return []  # "there was no such thing as forced repatriation": a blanket denial names no act
    if trig.types[0] in ("DETAIN", "VISIT") and root is not gov and root.dep_ == "pobj" \
            and root.head.lower_ in _SETTING and not (root.head.lower_ == "under" and gov.lower_ in _PLACE_UNDER):
        return []  # "beaten during interrogation": the custody is the setting of the act told
    if any(c.lower_ == "how" for t in gov.children if t.dep_ in ("nsubj", "nsubjpass", "dobj")
           for d in t.children for c in [d, *d.children]):
        return []  # "unable to confirm how many people have been detained": a count asked after
    if trig.types[0] != "RESTRICT" and root is not gov and root.dep_ in ("nsubj", "nsubjpass") \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in root.children) \
            and not any(c.dep_ in ("poss", "prep", "compound") for c in root.children):
        # "the pressure is aimed at ...": a noun with "the" as the subject talks about an
        # act already told; it tells no new one. (A policy named so is still one.)
        return []
    if root.i != gov.i and root.dep_ == "nsubj" and gov.lower_ in _BE and root.tag_ in ("NN", "NNS") \
            and not any(c.dep_ in ("det", "poss") for c in root.children):
        return []  # "banishment is a common punishment": a practice in general, not an act
    passive = _passive_marked(gov) or _shares_passive(gov)
    agent = next((g for c in gov.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if agent is not None and not passive and any(c.dep_ == "nsubj" for c in gov.children):
        # "He crossed back by small boat": an active verb with its own subject has no agent;
        # the parser's "by" phrase is the means.
        agent = None
    if agent is None and gov.lower_ in _BE and root is not gov:
        # "her house is now under watch by the bowibu": the parser hangs "by" on the copula
        agent = next((g for c in gov.children if c.dep_ == "prep" and c.lower_ == "by"
                      for g in c.children if g.dep_ == "pobj"), None)
    if passive and agent is None and _negated(ctx, sent, gov, m, trig):
        return []
    # A noun trigger's own actor: "surveillance by agents", "the SSD's crackdown".
    noun_agent = _noun_agent(root) if root is not gov else None
    # Whom the act is done to when the clause's subject suffers it: "X is likely to be
    # sent away", "was taken ... and made to record", "X is under surveillance", "X will
    # spend time in a camp".
    patient = _patient(root, gov, passive, shared=trig.types[0] == "PUNISH" and not trig.rule_id.startswith("model."))
    if patient is None and not passive and (trig.types[0] in _MADE_TO or trig.rule_id == "restrict.indoors") \
            and root.i == gov.i and _obliged(gov):
        patient = next(iter(_subjects(gov, skip_own_passive=False)), None)
    if patient is None and not passive and _headline_passive_line(ctx, sents, sent, gov):
        # "5 May 2024: Sister dismissed from her post.": a case line's passive, its "was" left out
        patient = next(c for c in gov.children if c.dep_ == "nsubj")
    if patient is not None and not passive:
        passive = True  # the subject undergoes the act: its actor is found as for a passive

    # Perpetrator: the agent of a passive, else the subject up the clause; a passive with
    # no agent may take an actor named elsewhere in the sentence ("forced ... after an
    # official at the SSD called them").
    if noun_agent is not None:
        subjects = [noun_agent]
    elif agent is not None:
        subjects = [agent]
    elif (causee := _causee(gov) if trig.types[0] == "COERCE" else None) is not None:
        # "they had me put my name to a paper", "had her call her daughter": the one made to
        # do it undergoes the coercion; whoever has it done acts.
        subjects, patient, passive = _subjects(gov.head, skip_own_passive=False), causee, True
    else:
        subjects = [s for s in _subjects(gov, skip_own_passive=passive)
                    if s.i != root.i and (patient is None or s.i != patient.i)
                    and not (s.head.i != gov.i and gov.head.i != s.head.i and _FINDING_VERB.match(s.head.lower_))]
        if root is not gov and root.dep_ == "dobj" and _generic_re("witness_head").match(gov.lower_):
            # "former detainees described beatings", "groups condemned the forcible return":
            # the subject tells of the act; its actor is found as for an agentless one.
            subjects = []
    absolute = m.group(0).casefold().startswith("with ")
    if absolute:
        # "stood with their heads bowed": the absolute phrase's subject undergoes it; the
        # one who acts is told around it (the parse of such phrases is unreliable).
        subjects = []
    subj = subjects[0] if subjects else None
    say = _saying_verb(ctx, gov) if speech else None
    if speech:
        if trig.types[0] == "THREATEN" and ctx.in_quote(m.start()) \
                and _OWN_FEAR.search(ctx.flat, max(sent.start, m.start() - 30), m.start()) \
                and not re.match(r"(?:I|we)\b", m.group(0), re.IGNORECASE):
            # "If I return, I will be the next video", "everyone asks who will be next": the
            # speaker fears for himself or asks; no one is threatened
            return []
        if _own_forecast(ctx, sent, gov):
            return []  # '"we fear that two of them will be sent to camps," the group said': a forecast
        perp, target_tok = _speaker(ctx, sent, say, m.start())
        if perp is None and say is None:
            # "Otherwise, he said, my son would be thrown out of the army": the verb of saying
            # set between commas hangs off the words said; its subject speaks when it is an
            # official (a court or a paper saying so is the report's source)
            aside = _aside_saying(ctx, gov)
            found, tok = _speaker(ctx, sent, aside, m.start()) if aside is not None else (None, None)
            if isinstance(found, Perpetrator) and found.actor != "KP.court":
                perp, target_tok, say = found, tok, aside
        if perp is None and "alone" not in trig.needs:
            return []
        if perp is None:
            untold_organ = True  # (a sentence the reader is sure of: its speaker untold)
        if perp == "untold":
            perp, untold_organ = None, True
        # "If he comes back, he will be forgiven": the promise is to the one who left; a
        # hearer named in full ("told one mother") stays the target, a pronoun gives way.
        returner = _returner(ctx, sent, say or gov) if trig.types[0] == "INDUCE" and (
            target_tok is None or target_tok.tag_ == "PRP") else None
        if returner is not None:
            target_tok = about = returner
        elif target_tok is None:
            # Only the content's subject: it places no people for a later "she" to take.
            target_tok = about = _spoken_about(ctx, sent, gov)
    elif trig.types[0] == "RETURN" and _generic_re("released_prisoner").search(ctx.flat, sent.start, sent.end):
        return []  # "persons who finished their term at the kyohwaso and came back to Chongjin": home from a camp
    elif trig.types[0] == "RETURN" and _HANDED_BACK.search(ctx.flat, sent.start, m.start()):
        return []  # "deported nine to China ... when the nine resurfaced in Pyongyang": sent, not gone back
    elif trig.types[0] == "RETURN" and gov.dep_ == "relcl" and gov.head.lower_ in _ANY_WHO \
            and not any(c.dep_ == "nummod" for c in gov.head.children):
        # ("four people who returned to the North in 2025": counted, they are people told of)
        return []  # "the ones who came back from the South are living well": whoever did, no return told
    elif trig.types[0] == "RETURN" or "patient" in trig.needs:
        # The subject is the one who comes back / is paraded; whoever made it so is the
        # agent, else an organisation named in the sentence.
        perp = _resolve(ctx, agent, sent) if agent is not None else None
        if perp is None and "patient" in trig.needs:
            perp = _sentence_actor(ctx, sent, attribution, etype=trig.types[0])
            if perp is None and passive:
                perp = _recent_actor(ctx, sents, sent, trig.types[0])  # as for any agentless passive
        if not isinstance(perp, Perpetrator):
            perp = None
        if subj is None and passive:
            # "A woman ... was shown at a press conference": the passive subject is paraded.
            subj = next((c for c in gov.children if c.dep_ == "nsubjpass"), None)
        target_tok = subj if subj is not None else patient if patient is not None else (
            gov.head if gov.dep_ in ("acl", "relcl") else None)
    else:
        perp = None
        for cand in subjects:
            if cand.lower_ in _ANYONE:
                perp = "nonactor"  # "report on anyone who visits them": a visit by whoever
                break
            perp = _resolve(ctx, cand, sent)
            if isinstance(perp, Perpetrator) or perp == "foreign":
                break
        # The subject's words, read by the readings of who acts when it is no actor below.
        subj_text = _np_text(sdoc, subj, 0, keep=_TARGET_KEEP)[0] if subj is not None else ""
        # "Immigration officers and police raided a site in Windhoek": that state's police
        scene_abroad = isinstance(perp, Perpetrator) and perp.actor == "KP.MSoS" and _plain_police(subj_text) \
            and _third_state_scene(ctx, sent)
        if scene_abroad:
            perp = "foreign"
        if perp == "foreign":
            if not (trig.types[0] in _THIRD_STATE_ACTS and subj is not None
                    and (scene_abroad or ctx.lex.third_state_re.search(subj_text)
                         or _force_in_third_state(ctx.lex.third_state_places).search(subj_text))):
                return []
            # "Lao police took all seven to a police station": another state's arrest of
            # North Koreans, coded with no actor (the record keys only the North and China).
            perp, untold_organ, third_state = None, True, True
        if perp in ("nonactor", None) and trig.types[0] in ("PUNISH", "COERCE") and subj is not None \
                and _generic_re("workplace").match(subj_text) \
                and (ctx.north_named if trig.types[0] == "PUNISH" else ctx.about_north):
            # "the mine struck his name off the roster", "marched to the ground by their work units":
            # the state's employer, its penalty or its mobilisation
            perp, untold_organ = None, True
        if perp == "nonactor" and trig.types[0] == "REPATRIATE" and subj is not None \
                and subj_text.casefold() in ctx.lex.china_state:
            # "China has sent back hundreds": the country's police hand people over.
            perp = Perpetrator(subj.text, "CN.police", ctx.actors.name("CN.police"))
        if perp == "nonactor" and agent is not None and agent.lower_ == "squad" and agent.i > 0 \
                and agent.doc[agent.i - 1].lower_ == "firing":
            perp = None  # "shot by a firing squad": an execution, its organ untold (no sports squad)
        if perp == "nonactor" and agent is not None and agent.lower_ in ctx.lex.not_agent:
            return []  # "beaten by the heat": the word's sense is no act against people
        if perp == "nonactor" and agent is not None and agent.lower_ in ctx.lex.private_agent:
            return []  # "was warned by friends": private people, whatever state the sentence names
        if perp == "nonactor" and trig.types[0] == "RESTRICT" and subj is not None \
                and _policy_subject().match(subj.lower_):
            perp = None  # "the new rules require traders to ...": a policy, its actor untold
        elif perp == "nonactor" and trig.rule_id in _INFORMING and subj is not None:
            # "brokers give the clients' names to the bowibu", "she must report to the
            # security officer every week": the organ informed watches the people told of.
            told = [a for a in ctx.mentions if m.start() <= a.start < m.end() and not _foreign(ctx, a)]
            if not told:
                # "passed the names of 14 defectors to a North Korean handler": the recipient
                # named after the words, in the same clause
                told = [a for a in ctx.mentions if m.end() <= a.start < sent.end and not _foreign(ctx, a)
                        and _TO_RECIPIENT.fullmatch(ctx.flat[m.end():a.start])][:1]
            if not told:
                return []
            best = _best(told)
            key = (ctx.organisation_for(best) or best.key) if best.generic else best.key
            perp = Perpetrator(best.text, key, ctx.actors.name(key))
            if subj.lower_ in ctx.lex.pronouns or subj.tag_ == "PRP" or not _ON_OTHERS.search(m.group(0)):
                # the one reporting on herself is the one watched; so are families who must
                # report to an officer every week (on calls, visitors: their own household)
                patient = subj
        elif perp == "nonactor" and not passive and trig.types[0] in ("SURVEIL", "ABDUCT") \
                and (handler := _generic_re("to_handler").search(ctx.flat, m.start(), sent.end)) is not None \
                and (organ := _handler_organ(ctx, handler.start(), sent.end)) is not None:
            # "He ... passed the names of 30 North Koreans to his handlers": a proxy watching
            # for the organ whose handlers receive it (bench/CODING.md: agents of an organ).
            perp = organ
        elif perp == "nonactor" and not passive and trig.types[0] == "PROPAGANDA" and subj is not None \
                and _generic_re("media_product").fullmatch(subj.lower_) \
                and (outlet := _state_outlet(ctx, sents, sent)) is not None:
            # "The nine-minute clip, posted on Uriminzokkiri, shows the couple ...": the state
            # outlet that made or carried the programme shows what it shows.
            perp = Perpetrator(outlet.text, outlet.key, ctx.actors.name(outlet.key))
        elif perp == "nonactor" and not passive and subj is not None and _functionary(ctx, subj, sent, subj_text):
            # "Lecturers warned the audiences ...", "dormitory wardens have been searching
            # rooms", "teams with detection gear combed the district": the state's own
            # functionaries, in a report on its organs, act for an organ the text leaves untold:
            # the state's (bench/CODING.md: officials with no organ named are KP.gov).
            perp, untold_organ = Perpetrator(subj_text, "KP.gov", ctx.actors.name("KP.gov")), True
        elif perp == "nonactor" and not passive and trig.types[0] == "ASSAULT" and subj is not None \
                and _UNNAMED_PERSON.fullmatch(subj_text) \
                and _HELD_AT.search(_paragraph_text(ctx, sents, sent)):
            # "There a man kicked me in the stomach", told of a cell or an interrogation: one of
            # those holding the speaker; the organ holding him, if named (bench/CODING.md: acts
            # in a facility tied to an organ take that organ; otherwise no actor).
            found = _recent_actor(ctx, sents, sent, trig.types[0], same_paragraph=True)
            perp, untold_organ = (found if isinstance(found, Perpetrator) else None), True
        elif perp == "nonactor" and "vehicle" in trig.needs:
            # "A truck came for them three days later": the truck is no one; who sent it is untold
            perp, untold_organ = None, True
        elif perp == "nonactor" and not passive and _a_recall(ctx, trig):
            # "the company ordered the whole crew home": whoever gives the order abroad, the North
            # calls its own workers home (bench/CODING.md: a recall of its own workers is KP.gov).
            perp = Perpetrator(subj_text, "KP.gov", ctx.actors.name("KP.gov"))
        elif perp == "nonactor" and not passive:
            perp = _on_behalf(ctx, sent)
            if perp is None and "alone" in trig.needs and not _private_person(ctx, sents, sent, subj, subj_text):
                untold_organ = True  # (a sentence the reader is sure of: its actor untold)
            elif perp is None:
                return []  # someone other than a state actor does it: not an event
        # A noun trigger with no subject but itself ("the crackdown was part of ...")
        # names no actor: like an agentless passive, its actor is found around it.
        agentless = passive or absolute or (root.i != gov.i and not subjects)
        if perp in (None, "nonactor") and not third_state:  # (another state's police: no actor, by design)
            perp = _sentence_actor(ctx, sent, attribution, at=m.start(), etype=trig.types[0]) \
                if agentless else None
            if perp is None and agentless and "actor" not in trig.needs:
                perp = _unnamed_actor(ctx, sents, sent, trig.types[0], m.group(0), attribution)
            if perp is None and agentless and trig.types[0] == "DETAIN" and _IN_CHINA.match(ctx.flat, m.end()):
                # "are held in detention in China": China's police hold them, whoever the
                # report named before.
                perp = Perpetrator(None, "CN.police", ctx.actors.name("CN.police"))
            if perp is None and agentless:
                # A strong word in the passive ("was taken to the police station") takes an
                # organ named earlier in its own paragraph; one named in the paragraph before
                # is carried only where a weak word needs an actor to be an act at all.
                perp = _recent_actor(ctx, sents, sent, trig.types[0],
                                     same_paragraph=passive and "actor" not in trig.needs)
                from_context = perp is not None
            if perp == "foreign":
                return []
        target_tok = patient if patient is not None else \
            _target(ctx, root, gov, passive, _paragraph_text(ctx, sents, sent))
        if trig.types[0] == "DETAIN" and passive and target_tok is not None \
                and {target_tok.lower_, target_tok.lower_[:-1], target_tok.lower_[:-2]} & _BELONGINGS:
            return []  # "his permit to drive was taken away": a thing taken, no one held
        if trig.types[0] == "INDUCE" and (target_tok is None or target_tok.dep_ in ("nsubj", "nsubjpass")
                                          and target_tok.head.dep_ == "ccomp"):
            # "was promised that her mother would be freed if she came back": the promise
            # buys the return of the one who left, not the relative it is about.
            returner = _returner(ctx, sent, gov)
            if returner is not None:
                target_tok = returner
        if target_tok is not None and target_tok.i == root.i:
            target_tok = None  # "public executions have been reported": the act, not its people
    if perp == "nonactor":
        perp = None
    perp = _order_giver(ctx, sent, trig.types[0], perp)

    target = None
    thing_of = None
    window = [m.start(), m.end()]
    if target_tok is not None and target_tok.lower_ in _INDEFINITE:
        target_tok = None  # "we know everything": no people named
    if target_tok is not None and trig.types[0] == "SURVEIL" and _target_ref("record").match(target_tok.lower_):
        # "listened in on phone conversations": the calls of people the text does not
        # name; the watching is the act, its people unknown.
        owner = _owner(target_tok)
        if owner is not None or not any(c.dep_ in ("poss", "relcl", "acl") for c in target_tok.children):
            target_tok = owner
    if target_tok is not None:
        keep = _TARGET_KEEP | {"relcl"} if target_tok.tag_ in ("DT", "WP") else _TARGET_KEEP
        ttext, t_start, t_end = _np_text(sdoc, target_tok, sent.start, keep=keep)
        # "one of them", "three of the eleven": some of the people last told of (a number standing
        # for them, as a pronoun does)
        partitive = target_tok.lower_ in _COUNT_OF and any(
            g.lower_ in ctx.lex.pronouns or (g.tag_ == "CD" and any(d.lower_ == "the" for d in g.children))
            for c in target_tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)
        # The relative clause says who a person is ("a woman whose son lives in Seoul").
        # So do an appositive ("Kim Chol Ho, the defector's brother") and a participle
        # ("two people trying to wade across the river").
        whole = _described(target_tok)
        table = ctx.lex.target_category(whole, ctx.flat)
        # "she", "the woman": the people last placed, if the report said who they are;
        # else what the report is about (workers abroad, returnees) says it.
        anaphor = target_tok.lower_ in ctx.lex.pronouns or bool(_target_ref("anaphor").match(ttext)) \
            or bool(_THE_GROUP.fullmatch(ttext))  # "took all seven to a police station"
        group = _OF_THE_GROUP.search(ctx.flat, sent.start, t_start) if target_tok.tag_ == "CD" else None
        if partitive:
            category = last_target[0]  # "one of them"
        elif group is not None and ctx.lex.target_category(group.group(1), ctx.flat) in HUMAN:
            # "Of the 64 people it followed, 23 were beaten": a bare count of the group fronted
            category = ctx.lex.target_category(group.group(1), ctx.flat)
        elif anaphor and last_target[0] in _SPECIFIC and _number(target_tok) in (None, last_target[1]):
            category = last_target[0]  # "the woman" is not the families just told of
        elif anaphor and table in _SPECIFIC:
            category = table
        elif last_target[0] is not None and (target_tok.lower_ in ctx.lex.pronouns
                                             or (anaphor and table in ("other", "resident")
                                                 and _number(target_tok) in (None, last_target[1]))):
            category = last_target[0]
        elif last_target[0] == "defector_family" and table in ("resident", "other") \
                and _target_ref("kin").match(ttext):
            # "the parents", "whole households": in a report that just placed a defector's
            # family, kin are that family; the bare noun alone would make them residents.
            category = last_target[0]
        else:
            category = table
            if category == "other":
                category = _other_people(ctx, target_tok, last_target[0]) or category
                if category == "other" and last_target[0] is not None and target_tok.ent_type_ != "PERSON" \
                        and not any(c.regex.search(whole) for c in ctx.lex.targets):
                    # "posted a video", "paid a fine", "the footage": a thing, not people the
                    # table knows; the act falls on the people the report last told of (set
                    # after the gates below, which ask whether the words name people).
                    thing_of = last_target[0]
        if category in ("resident", "other") and table in ("resident", "other") and ctx.family_report \
                and (last_target[0] is None or _number(target_tok) in (None, last_target[1])) \
                and (anaphor or target_tok.tag_ == "PRP" or target_tok.pos_ == "PROPN") and not partitive:
            category = "defector_family"  # "she", "Jang", "the woman" in a report on a defector's family
        category = _refine_category(ctx, trig.types[0], perp, category)
        if third_state and category not in HUMAN and anaphor:
            category = "defector"  # "Lao police took all seven": the people on the route, abroad
        if returner is not None:
            category = "defector"  # asked to come back: one who left
        target = Target(ttext, category)
        window = [min(window[0], t_start), max(window[1], t_end)]
    case_line = target is None and gov.tag_ in ("VBN", "VBD") and not any(c.dep_ in _SUBJECT for c in gov.children) \
        and bool(_CASE_LINE_LABEL.fullmatch(ctx.flat, sent.start, m.start())) \
        and bool(_CASE_LINE_START.match(ctx.flat, min(s.start for s in sents if s.paragraph == sent.paragraph)))
    if case_line:
        # "- 12 June: Dismissed from his post.", "Expelled from the Party in late May.": a timeline's
        # or case file's line tells what befell the one the file is about, its subject left out
        # (a passive with no agent: who did it is found as for one)
        target = Target(None, last_target[0] or ("defector_family" if ctx.family_report else "resident"))

    if trig.types[0] == "RETURN" and target is not None and target.text \
            and (_generic_re("official_travel").search(target.text)
                 or _generic_re("not_people_sent").search(target.text)
                 or _generic_re("transport").search(target.text)
                 or any(a.key.startswith(("KP.", "CN.")) for a in ctx.actors.find(target.text))):
        # "the trade delegation returned to Pyongyang": official travel, no defection;
        # "a passenger train crossed into North Korea": no one goes back;
        # "the same officer came back to Pukchong": an official's call again, no return
        return []
    if trig.types[0] == "REPATRIATE" and m.group(0).casefold().startswith("deport") \
            and (target is None or target.category not in _THE_NORTHS_PEOPLE
                 or (target.text and _generic_re("foreign_national").search(target.text))
                 or (target_tok is not None and target_tok.tag_ == "PRP"
                     and _generic_re("foreign_national").search(ctx.flat, max(0, sent.start - _BEFORE), sent.start))) \
            and not _generic_re("north_people").search(ctx.flat, sent.start, sent.end) \
            and not _generic_re("north_named").search(ctx.flat, sent.start, sent.end):
        return []  # "held at the Hwaseong immigration centre and deported to China": a foreigner sent home
    if trig.types[0] in _DONE_TO_PEOPLE and target is not None and target.text \
            and _generic_re("not_people_sent").search(target.text) and not _AND_ITS_CREW.search(m.group(0)):
        # "profits were repatriated", "detained a shipment", "seized two trawlers": things,
        # not people (strong triggers have no "human" need to stop them); "seized the trawler
        # and its crew" takes the people aboard with it.
        return []
    if trig.types[0] == "COERCE" and m.group(0).casefold() == "forced" and target is not None \
            and target.category not in HUMAN:
        return []  # "to stop forced returns": a kind of act named, no one forced to do anything
    if target is not None and target.text and _generic_re("state_enemy").match(target.text):
        return []  # "will punish the provocateurs": a state's rhetoric against states and armies
    if trig.types[0] == "THREATEN" and (target is None or target.category not in HUMAN) \
            and _generic_re("military_rhetoric").search(ctx.flat, sent.start, sent.end):
        return []  # "warned that Pyongyang would take countermeasures": a state's posture
    if trig.types[0] == "SURVEIL" and (target is None or target.category not in HUMAN) \
            and _generic_re("military_watch").search(ctx.flat, sent.start, sent.end):
        return []  # "the missile was tracked by the military, which stepped up its surveillance"
    if trig.types[0] in ("PROPAGANDA", "EXPEL") and target is not None and target.text \
            and _generic_re("not_people_sent").search(target.text):
        return []  # "exhibited relics", "expelled the tension": things, not people
    if trig.types[0] in ("PUNISH", "DETAIN") and target is not None and target.text \
            and _generic_re("south_national").match(target.text) \
            and not _generic_re("north_named").search(ctx.flat, sent.start, sent.end) \
            and not (isinstance(perp, Perpetrator) and not from_context and perp.actor
                     and perp.actor.startswith("CN.")):
        # "a South Korean wholesaler was sentenced": the South's own justice (not "Chinese
        # police detained a South Korean missionary": China's)
        return []
    if trig.types[0] in ("PUNISH", "DETAIN") and (not isinstance(perp, Perpetrator) or from_context) \
            and _generic_re("south_justice").search(ctx.flat, sent.start, sent.end):
        return []  # "was arrested at Incheon airport and convicted under the National Security Act"
    if trig.types[0] == "VISIT" and subj is not None and _generic_re("official_travel").search(
            _np_text(sdoc, subj, 0, keep=_TARGET_KEEP)[0]):
        return []  # "a delegation arrived for a five-day visit": official travel
    if isinstance(perp, Perpetrator) and perp.actor == "CN.police" and target is not None and target.text \
            and _generic_re("own_nationals").search(target.text) \
            and not _generic_re("north_people").search(ctx.flat, sent.start, sent.end):
        return []  # "detained 14 Chinese nationals" for fraud: China policing its own
    if trig.types[0] == "COERCE" and target is not None and target.text and _generic_re("firm").match(target.text):
        return []  # "a court ordered a trading company to repay": a civil judgment on a business
    if trig.types[0] == "VISIT" and root.i != gov.i and target is None:
        return []  # "followed a visit by an inspection team": a visit to no one named
    if trig.types[0] == "COERCE" and target_tok is not None and _forces(ctx, sent.start + target_tok.idx):
        return []  # "soldiers were ordered to open fire": an order down the chain of command

    # "Russian police detained four North Koreans": another state's arrest of people on the
    # route is coded (bench/CODING.md: other states' bodies -> null), however lawful its police.
    on_the_route = third_state and (
        (target is not None and target.category in _THE_NORTHS_PEOPLE)
        or _generic_re("north_people").search(ctx.flat, sent.start, sent.end) is not None)
    # (a return is the returner's own act, never a body's; a crew ordered home abroad is the North's recall)
    if trig.types[0] != "RETURN" and not _a_recall(ctx, trig) and not on_the_route and _lawful_act(
            ctx, sents, sent, sdoc, perp, subj, root if noun_agent is None and root.i != gov.i else None,
            m.start(), trig.types[0]):
        # "a Seoul court issued a warrant", "UN sanctions restrict imports", "doctors visit
        # families": a lawful act or public service, no coercion by a state the record tracks.
        return []

    # What each rule needs before a trigger word counts as an act.
    needs = set(trig.needs)
    if perp is not None and (perp.text or "").casefold() in ctx.lex.not_antecedent \
            and perp.actor == "KP.gov" and trig.types[0] != "RESTRICT" and "trial" not in trig.rule_id:
        # "North Korea warned Seoul" is diplomacy, not coercion of people ("North Korea staged a
        # public trial" is the staging the record codes, people named or not)
        needs.add("human")
    # ("deliver a South Korean missionary to agents", "deserters were paraded before the regiment";
    # what foreign journalists or tourists are not allowed to do is a visa's terms, no coercion)
    human_ok = target is not None and (target.category in HUMAN or (
        target.category == "other" and trig.types[0] != "RESTRICT" and bool(target.text)
        and _generic_re("person_other").search(target.text)))
    if from_context and not human_ok and trig.types[0] == "RESTRICT" and root.i != gov.i:
        # "the crackdown was part of a nationwide order": a policy, not the act of the
        # organisation last named; it is the state's, as told below.
        perp, from_context = None, False
    # "three women were quietly picked up", in a report on the North's organs: who did it is untold
    # So are people "made to" do something: the causative names a person who made them.
    untold = (passive or case_line) and human_ok and not from_context and perp is None and (
        trig.types[0] in _DONE_BY_SOMEONE or trig.types[0] == "COERCE" and _made_passive(m)) \
        and ctx.north_named or (untold_organ and human_ok)
    if "actor" in needs and (perp is None or perp.actor is None) and not untold:
        if not _unnamed_policy(ctx, trig, perp, from_context, human_ok):
            return []
        perp = perp or _policy_actor(ctx)
    if trig.types[0] == "PROPAGANDA" and "trial" in trig.rule_id and (
            from_context or (passive and agent is None)
            or (root is not gov and root.dep_ in ("nsubj", "nsubjpass"))):
        # "The trial was held on the square", "KCNA said the trial was held in public", "a public
        # trial ... drew 5,000 people after the Party committee ordered ...": the staging is the
        # court's unless the passage names another organiser as its doer (bench/CODING.md, public
        # trials), not whoever was named last or tells of it.
        perp, from_context = Perpetrator(None, "KP.court", ctx.actors.name("KP.court")), False
    if from_context and not human_ok:
        return []  # an actor borrowed from earlier text needs people the act is done to
    if "human" in needs and not human_ok:
        return []
    if target is not None and target.text and _generic_re("animal").search(target.text) and (
            not human_ok or _generic_re("animal").fullmatch(target.text.split()[-1].strip(",.;:'’").lower())):
        return []  # "a macaque that escaped ... was captured by keepers", "One young grey seal ... was repatriated": no one's liberty
    if target is not None and not human_ok and target.text and trig.types[0] in ("DETAIN", "ABDUCT", "ASSAULT") \
            and _generic_re("money_or_goods").search(target.text):
        return []  # "whenever we caught a transfer": money held, no one in custody
    # A restriction bears on things as often as on people ("tightened controls on the border").
    if "human?" in needs and target is not None and not human_ok and target.category is not None \
            and trig.types[0] != "RESTRICT":
        return []
    if "vehicle" in trig.needs and target is None:
        # (the people a truck came for are the preposition's object: those the report last told of)
        fetched = m.group(0).rsplit(" ", 1)[-1]
        target = Target(fetched, last_target[0] or ctx.lex.target_category("people", ctx.flat))
    if trig.strong and perp is None and target is None and not passive:
        return []
    if target is not None and target.category in HUMAN and (about is None or target_tok is not about):
        last_target[0], last_target[1] = target.category, _number(target_tok)
    if trig.types[0] == "RESTRICT" and (target is None or target.category not in HUMAN):
        # A policy on things ("tightened controls on the border") falls on the people under
        # it: the population, or the workers a report on workers abroad is about.
        target = Target(None, ctx.lex.target_category("people", ctx.flat))

    if trig.types[0] == "ABDUCT" and target is not None and target.category == "resident":
        # An abduction takes someone from abroad: no resident of the North. With no word
        # saying a defector or broker, the victim is among the record's "other" people (read
        # after the gates above, for which "other" is no person).
        target = Target(target.text, "other")

    evidence = Evidence(ctx.text[sent.start:sent.end], sent.start, sent.end)
    sentence = ctx.flat[sent.start:sent.end]
    certainty = _certainty(ctx, sentence, attribution)
    quoted = ctx.in_quote(m.start())
    out = []
    types = trig.types
    if trig.rule_id in _QUESTION_RULES and _QUESTION_WORD.search(m.group(0)):
        # Questioning is custody for people sent back or held; for people at home or at
        # work it is the pressure of a visit or summons (record format: VISIT).
        custodial = (target is not None and target.category in ("returnee", "defector", "broker")) \
            or _CUSTODY.search(sentence) or _SENT_BACK.search(sentence)
        if (_SUMMONED.search(sentence) or _AT_HOME.search(sentence)) and not _CUSTODY.search(sentence):
            # "called in and questioned for three days running": questioning at a summons, however
            # long, is the summons (the development sets code all 30 such passages VISIT); so is
            # questioning by men who came to the house ("came to his house and questioned him").
            custodial = False
        types = ("DETAIN",) if custodial else ("VISIT",)
    if types == ("COERCE",) and _on_display(ctx, span, sentence):
        types = ("PROPAGANDA",)
    if types == ("REPATRIATE",) and isinstance(perp, Perpetrator) and (perp.actor or "").startswith("KP.") \
            and (_SEIZED_ABROAD.search(sentence) or _TAKEN_BACK.match(m.group(0))):
        # "seized there by North Korean agents and taken back across the border", "taken back
        # to North Korea by men believed to be agents": the North's own men take, no state hands over
        types = ("ABDUCT",)
    if types == ("DETAIN",) and isinstance(perp, Perpetrator) and (perp.actor or "").startswith("KP.") \
            and _MISSION_ABROAD.search(perp.text or "") and not custody_told(ctx.flat, m.start()):
        # The North's mission abroad holds no one lawfully: its men ("two men from the embassy's
        # security section") seizing a worker or a defector there take the person home
        # (bench/CODING.md, DETAIN vs ABDUCT).
        types = ("ABDUCT",)
    if types == ("DETAIN",) and isinstance(perp, Perpetrator) and (perp.actor or "").startswith("KP.") \
            and _taken_abroad(ctx.lex).search(sentence):
        # "taken from a flat in Yanji by two men she believed to be North Korean agents": the
        # North's men holding no one lawfully abroad take the person (the sets code 9 of 9 ABDUCT).
        types = ("ABDUCT",)
    if types == ("DETAIN",) and trig.rule_id in _SEIZING and isinstance(perp, Perpetrator) \
            and (perp.actor or "").startswith("KP.") and ctx.workers_abroad and not custody_told(ctx.flat, m.start()) \
            and _INTO_A_VEHICLE.search(sentence) \
            and not any(_north_korean_place(w) for w in _CAPITALISED.findall(ctx.flat, sent.start, sent.end)):
        # "The security man and the brigade leader caught him at the gate and pushed him into the
        # company van", in a report on the North's workers abroad: its minders hold no one lawfully
        # there; seizing a worker who ran takes him home (bench/CODING.md, DETAIN vs ABDUCT).
        types = ("ABDUCT",)
    if types == ("ABDUCT",) and isinstance(perp, Perpetrator) and (perp.actor or "").startswith("CN.") \
            and (re.search(r"\bbridge\b", ctx.flat[m.start():min(sent.end, m.end() + 20)], re.IGNORECASE)
                 or _HANDED_TO_NORTH.search(sentence)):
        # "taken across the Yalu River bridge ... escorted by Chinese police", "police handed the
        # two women to North Korean consular staff, who took them back across the Yalu": China's
        # police hand people over; they abduct no one (the sets code no ABDUCT by China's
        # organs; abductions go over the ice or by boat, not over the bridge).
        types = ("REPATRIATE",)
        if target is not None and target.category not in ("defector", "worker_abroad"):
            target = Target(target.text, "defector")
    if types == ("ABDUCT",) and perp is None and (men := _NORTHS_MEN.search(sentence)) is not None:
        # "three men from our embassy pushed him into a car", "two men speaking with a North Korean
        # accent": the North's men with no organ named are the state's (bench/CODING.md: KP.gov)
        perp = Perpetrator(men.group(0), "KP.gov", ctx.actors.name("KP.gov"))
    if not speech and _unreal(gov, sentence):
        return []  # "Had I been caught, I would have been flown home": an act that did not happen
    for etype in types:
        # What an official says is an act done when said, whatever tense its content has.
        status = (_status(ctx, say, say, etype, False, tense=False) if say is not None else "occurred") if speech \
            else _status(ctx, gov, root, etype, quoted, own=set(span))
        if status == "denied" and etype == "RETURN":
            continue  # "has not returned", "never went back": a return has no one to deny it, so none is told
        if status == "denied" and not speech and (_told_not_done_to_us(ctx, sent, gov)
                                                   or (not trig.rule_id.startswith("model.") and gov in (root, root.head)
                                                       and _witness_says_not_done(ctx, sent, gov))):
            continue  # "The guards did not beat us": the people it would have fallen on say it did not happen
        if status == "denied" and not speech and _negated_passive_unalleged(ctx, sent, gov, set(span)):
            continue  # "She has not been arrested, but must report every Monday": no act, and no one denies one
        if status == "occurred" and not speech and not quoted \
                and _habitual(ctx, sent, gov, [target_tok, *subjects]):
            status = "ongoing"
        if status == "occurred" and not speech and _standing_duty(gov):
            status = "ongoing"  # "each family must write down ...": a duty that stands
        if status == "occurred" and speech and say is not None and _told_over_time(say):
            status = "ongoing"  # "families have been told that ...": a message that keeps coming
        tactics = _tactics(ctx, etype, sentence)
        out.append((Event(
            document_id=document.document_id, type=etype, evidence=evidence,
            extractor=Extractor("rules-en", version(), trig.rule_id),
            status=status, certainty=certainty,
            # a return is the returnee's own move: the record format gives it no perpetrator
            perpetrator=None if etype == "RETURN" else perp, target=target,
            attribution=attribution, tactics=tactics,
            trigger_start=m.start(), trigger_end=m.end()), window))
    if thing_of is not None and target is not None and target.category == "other":
        for ev, _ in out:
            ctx.thing_of[id(ev)] = (ev, thing_of)  # the event kept too: ids of dropped ones recur
    return out



def _tactics(ctx, etype: str, sentence: str) -> list[str]:
    """The tactic labels (lexicon/en_tactics.tsv) the sentence names for an act of ``etype``."""
    return [c.label for c in ctx.lex.tactics
            if (c.types is None or etype in c.types) and c.regex.search(sentence)]

# What another state's police do to North Koreans on their way out or at work abroad.
_THIRD_STATE_ACTS = frozenset({"DETAIN", "REPATRIATE", "EXPEL"})

# The armed organs that carry out a shoot order; the order itself is the state's.
_ARMED = frozenset({"KP.border_guard", "KP.KPA"})


def _order_giver(ctx, sent, etype, perp):
    """Whose act a rule is when the sentence names who must obey it. "Guards have been
    ordered to fire on anyone ...", "soldiers may shoot": the guards are under the order,
    the state gives it (bench/CODING.md: a shoot order is RESTRICT, an order by the state
    KP.gov). Expulsion from the Party is the Party's, however the sentence tells it."""
    sentence = ctx.flat[sent.start:sent.end]
    armed = (isinstance(perp, Perpetrator) and perp.actor in _ARMED) or (perp is None and any(
        sent.start <= m.start < sent.end and m.key in _ARMED for m in ctx.mentions))
    if etype == "RESTRICT" and armed and _policy_re("shoot_order").search(sentence):
        state = next((m for m in ctx.mentions if sent.start <= m.start < sent.end and m.key == "KP.gov"
                      and not _foreign(ctx, m) and not _a_place(ctx, m)), None)
        return Perpetrator(state.text if state else None, "KP.gov", ctx.actors.name("KP.gov"))
    if etype == "PUNISH" and (perp is None or perp.actor == "KP.gov") \
            and _policy_re("party_expel").search(sentence):
        return Perpetrator(None, "KP.WPK", ctx.actors.name("KP.WPK"))
    return perp


def _habitual(ctx, sent, gov, people) -> bool:
    """An act told, with no date, of a share of a group ("police detained most of the
    women", "most were transferred") or by a group of witnesses ("several said they were
    held for weeks", "women described being beaten") sums up what happened to many over
    time: the record format's ongoing. A date makes it one act that occurred."""
    if _status_re("dated").search(ctx.flat, sent.start, sent.end):
        return False
    people = [*people, *(c for c in gov.children if c.dep_ == "nsubjpass")]
    if any(t is not None and _a_share(t) for t in people):
        return True
    cur = gov
    for _ in range(8):  # the witnesses: the subject of a verb of saying above the act
        if cur.head is cur:
            return False
        cur = cur.head
        if ctx.lex.report_head.match(cur.lower_) or _status_re("witness").match(cur.lower_):
            return any(_a_share(c) or _bare_plural(ctx, c) for c in cur.children if c.dep_ == "nsubj")
    return False


def _told_over_time(say) -> bool:
    """A promise or threat in the present perfect passive ("have been told", "has been
    warned") is told of as a standing message, not one dated saying."""
    aux = {c.lower_ for c in say.children if c.dep_ in ("aux", "auxpass")}
    return say.tag_ == "VBN" and bool(aux & _PERFECT) and "been" in aux


def _a_share(tok) -> bool:
    """"most", "several of the women", "all of the women interviewed"; not "all three"."""
    group = _status_re("group")
    if any(c.dep_ == "nummod" for c in tok.children) or tok.tag_ == "CD":
        return False
    return bool(group.match(tok.lower_)) or any(
        c.dep_ in ("det", "amod", "predet") and group.match(c.lower_) for c in tok.children)


def _bare_plural(ctx, tok) -> bool:
    return tok.tag_ == "NNS" and tok.lower_ not in ctx.lex.pronouns and not any(
        c.dep_ in ("det", "poss", "nummod", "compound") for c in tok.children)


def _on_display(ctx, span, sentence) -> bool:
    """"Made the three stand with their heads bowed", "made to stand before the
    neighbours while an official denounced them": made only to hold a posture before
    others, they are put on display, which the record format codes PROPAGANDA (public
    denunciation), not COERCE (forced to do or say something). A further forced act joined
    to the posture ("stand ... and read a confession") keeps COERCE."""
    verb = span[-1]
    if verb.lower_ == "to":
        verb = verb.head  # "were made to stand": the infinitive's verb
    return _only_posture(verb) and bool(_policy_re("exposure").search(sentence))


def _only_posture(verb) -> bool:
    """A verb of posture (stand, sit, kneel) with no other act joined to it ("stand ... and
    read a confession" has one)."""
    posture = _policy_re("posture")
    return bool(posture.match(verb.lower_)) and not any(
        c.dep_ == "conj" and c.tag_.startswith("VB") and not posture.match(c.lower_) for c in verb.children)


def _held_posture(tok) -> bool:
    """A verb of a posture held on an order and nothing more ("made all of us stand in a
    line", "made them stand facing the wall"): the ordering verb, the posture, or a word
    that only says how it was held. "Made her stand and repeat the statement" is no such."""
    if _only_posture(tok):
        return _MADE.match(tok.head.lower_) is not None
    if tok.dep_ in ("xcomp", "advcl") and tok.tag_ == "VBG" and _only_posture(tok.head):
        return True
    comps = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp", "advcl") and c.tag_.startswith("VB")]
    return _MADE.match(tok.lower_) is not None and bool(comps) and all(_only_posture(c) for c in comps)


# Organs whose own members take orders as their duty, not as coercion.
_FORCES = ("KP.KPA", "KP.border_guard", "KP.MSoS", "KP.MSS")


def _forces(ctx, at: int) -> bool:
    return any(a.start <= at < a.end and a.key.startswith(_FORCES) for a in ctx.mentions)


# Police named with no state, in a sentence set in a third state only ("police raided a building site in
# Windhoek"): that state's, as "police in Windhoek" are; a North Korean place in the sentence keeps them the North's.
_PLAIN_POLICE = re.compile(r"^(?:the |local |immigration |city |district |(?:immigration )?officers and )*"
                           r"(?:police|policemen|police officers|immigration officers)\b", re.IGNORECASE)


def _plain_police(text: str) -> bool:
    return bool(_PLAIN_POLICE.match(text.strip()))


@functools.lru_cache(maxsize=1)
def _third_state_place_re(places: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in places) + r")\b")


def _third_state_scene(ctx, sent) -> bool:
    return bool(_third_state_place_re(ctx.lex.third_state_places).search(ctx.flat, sent.start, sent.end)) \
        and not any(_north_korean_place(w) for w in _CAPITALISED.findall(ctx.flat, sent.start, sent.end))


# A plain force placed in a state on defectors' routes ("police in northern Laos"; the states are
# en_actor_cues.tsv's third_state_place): that state's own, whichever border the passage names.
@functools.lru_cache(maxsize=1)
def _force_in_third_state(places: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?:the |a )?(?:local |immigration |border |provincial |district |city |regional )?"
                      r"(?:police|authorities|officers|officials|police officers|guards|court|judge)"
                      r"(?: (?:[\w'’-]+ ){0,3}?)? in (?:(?:northern|southern|eastern|western|central) )?"
                      r"(?:" + "|".join(re.escape(p) for p in places) + ")", re.IGNORECASE)


# What, besides the lexicon's "north_named" and "north_people", says a report is about the North.
_ABOUT_NORTH = re.compile(r"\bDPRK\b|\bdefect\w*|\bbowibu\b|\binminban\b")
# Places of custody and the people held there: guards there are the facility's, not the border's.
_CUSTODY_PLACE = re.compile(r"\b(?:holding (?:cent(?:re|er)|facilit(?:y|ies))s?|detention (?:cent(?:re|er)s?|facilit(?:y|ies))|"
                            r"cells?|prisons?|detainees|kyohwaso|kwalliso|jipkyulso|interrogations?)\b", re.IGNORECASE)
# Words for a force that every state has: they say nothing of which state the report is about.
_PLAIN_FORCES = frozenset({"police", "the police", "police officers", "police officer", "policemen", "policeman",
                           "police station", "police stations", "a police station", "the police station",
                           "officials", "officers", "authorities", "the authorities", "soldiers", "guards",
                           "security officials", "security officers", "agents", "troops", "the military"})
# "Chinese characters", "Chinese medicine": a script or a thing, no China in the report's setting.
_CHINESE_THINGS = re.compile(r"\bChinese (?:characters|script|language|words|food|dishes|cuisine|medicine|New Year)\b")
_SENTENCE_END = re.compile(r"[.!?][\"”’')]*(?:\s|$)")
_REPORT_SENTENCES = 4
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:-[a-z]+)?\b")


# A round-up item headed by its town ("Hamhung: A woman ..."), as a paragraph's first words.
_ITEM_HEAD = re.compile(r"(?:^|(?<=\n))([A-Z][a-z]+(?:[ -][A-Z]?[a-z]+)?): (?=[A-Z\"“])")


def _place_items(text: str) -> list[int]:
    """Where a later item of a round-up headed by North Korean towns begins ("Hamhung: ...",
    "Sariwon: ..."); two such heads at least, so a speaker's label ("Kim: ...") is none."""
    heads = [m for m in _ITEM_HEAD.finditer(text) if _north_korean_place(m.group(1))]
    return [m.start() for m in heads[1:]] if len(heads) >= 2 else []


def _sentence_in_china(ctx, sent) -> bool:
    """The sentence names a town of China ("took me to the police station in Wangqing"), not China
    itself ("came back from China") nor a border river ("the Tumen River")."""
    gaz = Gazetteer.load()
    return any((p := gaz.lookup(m.group())) is not None and p.country == "CN" and p.kind != "country"
               and not ctx.flat.startswith(" River", m.end())
               for m in _CAPITALISED.finditer(ctx.flat, sent.start, sent.end))


def _north_korean_place(name: str) -> bool:
    place = Gazetteer.load().lookup(name)
    return place is not None and place.country == "KP"


_ANYONE = frozenset({"everyone", "everybody", "anyone", "anybody", "whoever"})
_PERSONAL = frozenset({"me", "i", "he", "she", "him", "her", "they", "them", "we", "us", "you",
                       "everyone", "everybody", "anyone", "anybody", "someone", "somebody"})
# Prepositions that make a custody noun the setting of another act ("beaten during interrogation").
_SETTING = frozenset({"during", "throughout", "under"})
# "placed him under arrest": the custody is the act itself, not its setting.
_PLACE_UNDER = frozenset({"place", "places", "placed", "placing", "put", "puts", "putting"})


# Readings of luring: a ruse, which is the abduction's when one is told with it.
_DECEIT = frozenset({"induce.lure"})
# Acts done to people's bodies or freedom: their object cannot be a thing.
_DONE_TO_PEOPLE = frozenset({"REPATRIATE", "DETAIN", "ABDUCT", "EXPEL", "ASSAULT"})
# House searches that carry out a crackdown told in the same sentence (round 10).
_MADE_TO = frozenset({"COERCE", "PUNISH"})  # acts one can be obliged to undergo or do
_SWEEP_MEANS = frozenset({"restrict.search"})
# Duties whose words name a condition ("must report if anybody visits"): the duty is the act.
_DUTY_ON_A_CONDITION = frozenset({"surveil.report_if_anyone"})
_INFORMING = frozenset({"surveil.report", "surveil.report_to", "surveil.pass_on", "surveil.informs_for"})
_IN_CHINA = re.compile(r"\s+in\s+(?:northeast(?:ern)?\s+)?China\b")


# Acts told as orders whose content is the act itself (a weekly duty to report, being told to
# leave one's university): the order is no coercion besides.
_ORDERED_AS_SUCH = frozenset({"restrict.report_in", "punish.told_to_leave", "threaten.or_else"})


def _one_act_per_sentence(found: list[Event]) -> list[Event]:
    """Readings that one sentence's act makes redundant: a handover that ends an
    abduction ("lured to Tumen and handed to agents") is the abduction; officials who
    come to a home and take someone away arrest, not visit (a visit is "not an arrest")."""
    types = {e.type for e in found}
    out = []
    for ev in found:
        if ev.type == "REPATRIATE" and "ABDUCT" in types:
            continue
        if ev.type == "INDUCE" and ev.extractor.rule in _DECEIT and "ABDUCT" in types:
            continue  # "lured him to the riverbank and took him across": the ruse of the abduction
        if ev.type == "VISIT" and any(o.type == "DETAIN" and o.perpetrator is not None
                                      and _same_actor(o, ev) and not _summoned_another(ev, o) for o in found):
            continue
        if ev.type == "DETAIN" and any(o.type == "ABDUCT" and o.perpetrator is not None
                                       and _same_actor(o, ev) for o in found):
            continue  # "caught ... and flown back against his will": the capture begins the abduction
        if ev.type == "COERCE" and any(o.extractor.rule in _ORDERED_AS_SUCH for o in found):
            continue  # "has had to report to the police every Monday": the duty is the restriction, no order of its own
        if ev.extractor.rule in _SWEEP_MEANS and any(
                o.type == "RESTRICT" and o.extractor.rule == "restrict.crackdown" and _same_actor(o, ev)
                for o in found):
            continue  # "began a crackdown on phones, searching homes": the searches are the sweep
        out.append(ev)
    return out


def _summoned_another(visit: Event, custody: Event) -> bool:
    """"He was handed to the MSS, and officials have called his wife in for questioning": a
    summons of someone other than the one held is an act of its own."""
    if visit.extractor.rule != "visit.summon" or custody.target is None or visit.trigger_start is None \
            or custody.trigger_start is None or custody.trigger_start > visit.trigger_start:
        return False  # ("was called in ... and kept there": the summons began the custody)
    # (the one summoned is named inside the words, "called his wife in", when no target was read)
    said = visit.evidence.text[visit.trigger_start - visit.evidence.start:visit.trigger_end - visit.evidence.start]
    a = (visit.target.text if visit.target is not None else said) or ""
    b = custody.target.text or ""
    words = set(a.casefold().split())
    if words & _OBJECT_PRONOUNS and b.casefold() in _OBJECT_PRONOUNS | _THIRD_PERSON:
        return False  # "was held ... they called him in again": the same one, as far as words tell
    return bool(words and b) and b.casefold() not in words and a.casefold() not in b.casefold()


_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


def _other_people(ctx, tok, last) -> Optional[str]:
    """A category for people the category table cannot place: a personal pronoun
    (people, told of before or not); a named person ("Ms. Yun", "Kim Chol Ho"), read
    as "the person" in this report; a thing of theirs ("my letters", "the workers'
    rooms"), whose owners the act is aimed at."""
    if tok.lower_ in _PERSONAL:
        return last or "resident"
    if tok.lower_ in _PARTITIVE and not any(c.dep_ == "prep" for c in tok.children):
        return last or "resident"  # "several were beaten": some of the people told of
    if tok.lower_ in ("those", "these") and tok.tag_ == "DT":
        return last or "resident"  # "those suspected of contact with South Koreans"
    if (tok.tag_ == "NNP" or tok.text in ctx.lex.surnames) and _person_name(ctx, tok):
        # (a family name the tagger does not know as one, "Paek herself was fined", is one too)
        return ctx.lex.target_category("the person", ctx.flat)
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is not None and owner.i != tok.i:
        if owner.lower_ in ("my", "our", "his", "her", "their", "your"):
            return last or "resident"
        whole = _np_text(owner.doc, owner, 0, keep=_TARGET_KEEP)[0]
        category = ctx.lex.target_category(whole, ctx.flat)
        return category if category in HUMAN else None
    return None


def _person_name(ctx, tok) -> bool:
    names = [c for c in tok.children if c.dep_ == "compound" and c.tag_ == "NNP" and c.i < tok.i]
    first = names[0] if names else tok
    # A bare family name ("Piao had been warned") is how reports name a person told of before;
    # an initial alone ("K. was held for two months") is how testimony and rulings hide one.
    return first.text in ctx.lex.person_titles or first.text in ctx.lex.surnames or _INITIAL.fullmatch(first.text) is not None


_INITIAL = re.compile(r"[A-Z]\.")


def _refine_category(ctx, etype, perp, category):
    """What the act itself says about its people: whoever returns is a returnee; people
    that Chinese police hold or that are handed back across the border are defectors
    (still so in a report on their forced return); once the North holds them after such
    a return, they are returnees."""
    key = perp.actor if isinstance(perp, Perpetrator) and perp.actor else ""
    if etype == "REPATRIATE" or (key.startswith("CN.") and etype in ("DETAIN", "ABDUCT")):
        return "defector" if category in ("resident", "other", "returnee") else category
    if etype == "RETURN" and category in ("defector_family", "defector", "resident", "other"):
        return "returnee"  # whoever comes back is a returnee, a relative of someone who left too
    if category == "defector" and key.startswith("KP.") and etype in _AFTER_RETURN \
            and ctx.lex.target_category("they", ctx.flat) == "returnee":
        return "returnee"  # the table's returnee row for "they": the report tells of a return
    if category not in ("resident", "other"):
        return category
    if etype == "RETURN":
        return "returnee"
    return category


# "Those returned face a real risk of torture and imprisonment", "families of those who fled
# reportedly face surveillance": a rights report foretells (or tells as a practice) the fate of
# people the record tracks. The parser reads these poorly ("those sent back face" as a verb
# "sent"), so the sentence is read by its words: who, the verb of facing, the acts listed.
_FATE = re.compile(
    r"^(?P<who>[^,;:]{3,120}?)\s+(?P<verb>(?:are|is|were|was|remain|remains)\s+(?:(?:at|in)\s+(?:[\w-]+\s+){0,2}?(?:risk|danger)\s+of"
    r"|(?:likely|expected|certain)\s+to\s+face)|(?:will|would|could|may|might)\s+face|(?:reportedly\s+|routinely\s+|often\s+|"
    r"(?:are|is)\s+(?:reported|said|known)\s+to\s+)?(?:face|faces|risk|risks))\s+(?P<fate>.+)$", re.IGNORECASE | re.DOTALL)
_ANYONE_IN = re.compile(r"\b(?:anyone|anybody|whoever|everyone)\b", re.IGNORECASE)


def _fated(ctx, who: str, at: Optional[int] = None) -> Optional[str]:
    """The category of the people whose fate a sentence foretells, when the record tracks
    them as such: returnees or defectors' families ("those returned", "families of those
    who fled"); not "anyone suspected of contact". ``who`` comes without the source's own
    words before "that" ("rights groups say that ...")."""
    if _ANYONE_IN.search(who):
        return None
    category = ctx.lex.target_category(who, "")
    if category not in ("returnee", "defector_family") and at is not None and _THE_GROUP.fullmatch(who.strip()) \
            and _HANDED_BACK.search(ctx.flat, max(0, at - _FATE_REACH), at):
        # "They were transferred across the bridge ... the five face a serious risk of
        # torture": the people just told of as sent back.
        return "returnee"
    return category if category in ("returnee", "defector_family") else None


# "the five", "they", "these women": people told of just before.
_THE_GROUP = re.compile(r"they|(?:the|these|all)\s+(?:[\w-]+\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+|"
                        r"women|men|people|group|detainees|refugees|defectors|escapees)", re.IGNORECASE)
_HANDED_BACK = re.compile(r"\b(?:sent back|repatriat\w*|handed (?:\w+ )?(?:over|back)|deported|forcibly returned|"
                          r"transferred (?:\w+ )?to North Korea)\b", re.IGNORECASE)
_FATE_REACH = 800  # characters back: the paragraph or two before


_RISK_OF = re.compile(r"(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:risks?|dangers?)\s+of\b", re.IGNORECASE)
_FORETOLD_TYPES = ("DETAIN", "ASSAULT", "PUNISH", "SURVEIL", "EXPEL", "COERCE", "REPATRIATE")


def _foretold(ctx, document, sent, hits, attribution, read: set | frozenset = frozenset()) -> list[Event]:
    """``read``: the types the rules read in the sentence; beside them only a fate's own words
    (triggers with the "foretold" need) of another type are read."""
    sentence = ctx.flat[sent.start:sent.end]
    m = _FATE.match(sentence)
    if m is None:
        return []
    who = _generic_re("said_that").sub("", m.group("who"))  # (without "rights groups say that")
    category = _fated(ctx, who, sent.start)
    if category is None or _generic_re("background").search(sentence):
        return []
    verb = m.group("verb").casefold()
    status = "expected" if re.search(r"risk|danger|likely|expected|certain|will|would|could|may|might", verb) \
        or _RISK_OF.match(m.group("fate")) else "ongoing"
    fate_at = sent.start + m.start("fate")
    out, seen = [], set()
    for hit, trig in hits:
        etype = trig.types[0]
        if hit.start() < fate_at or etype not in _FORETOLD_TYPES or etype in seen:
            continue
        seen.add(etype)
        if read and (etype in read or "foretold" not in trig.needs):
            continue
        out.append(Event(
            document_id=document.document_id, type=etype,
            evidence=Evidence(ctx.text[sent.start:sent.end], sent.start, sent.end),
            extractor=Extractor("rules-en", version(), f"foretold.{trig.rule_id}"),
            status=status, certainty=_certainty(ctx, sentence, attribution), perpetrator=None,
            target=Target(who.strip(), category), attribution=attribution,
            tactics=_tactics(ctx, etype, sentence),
            trigger_start=hit.start(), trigger_end=hit.end()))
    return out


# "A man ... kept tabs on the shelter on the instructions of the MSS", "hackers working for the
# North Korean state": someone who acts for an organ is that organ's agent (bench/CODING.md:
# agents of an organ take its key).
def _on_behalf(ctx, sent) -> Optional[Perpetrator]:
    for m in _generic_re("on_behalf").finditer(ctx.flat, sent.start, sent.end):
        organ = next((a for a in ctx.mentions if m.end() <= a.start <= m.end() + 30 and a.end <= sent.end
                      and a.key.startswith("KP.") and not _foreign(ctx, a)), None)
        if organ is not None:
            key = (ctx.organisation_for(organ) or organ.key) if organ.generic else organ.key
            return Perpetrator(organ.text, key, ctx.actors.name(key))
    return None


# Acts that a weak word in the passive tells of people even when no one is named as doing
# them ("was picked up", "was put on a train to Pyongyang", "lost her job"): in a report that
# names the North's organs they are kept, with no actor recorded.
_DONE_BY_SOMEONE = frozenset({"PUNISH", "DETAIN", "REPATRIATE", "EXPEL", "PROPAGANDA"})
_MADE_PASSIVE = re.compile(r"(?:was|were|been|being) (?:\w+ )?(?:made|ordered|forced|compelled|mobili[sz]ed|required|obliged) (?:(?:since|for|from|in|on|every|each|last|this|over) (?:[\w,]+ ){1,3}?)?to\b", re.IGNORECASE)  # told as done, not a practice ("is made to")
_PAST_AUXILIARY_BEFORE = re.compile(r"(?:was|were|been|being) (?:\w+ )?$", re.IGNORECASE)


def _made_passive(m: re.Match) -> bool:
    """The trigger is a causative told as done ("were made to watch"), whether or not the
    rule's match took in the auxiliary before it."""
    if _MADE_PASSIVE.match(m.group(0)):
        return True
    before = _PAST_AUXILIARY_BEFORE.search(m.string, max(0, m.start() - 24), m.start())
    return bool(before and _MADE_PASSIVE.match(m.string, before.start()))


# Categories that say who people are beyond living in the country: a later "she" or "the
# woman" keeps them.
_SPECIFIC = frozenset({"defector_family", "defector", "returnee", "broker", "worker_abroad"})
# Acts the North does to people in its hands.
_AFTER_RETURN = frozenset({"DETAIN", "ASSAULT", "PUNISH", "COERCE", "PROPAGANDA", "VISIT", "SURVEIL"})


def _owner(tok):
    """Whose name, phone or calls: "every visitor's name", "the names of the clients".
    A possessive pronoun ("their names") is left for the phrase as a whole to place."""
    owners = [c for c in tok.children if c.dep_ == "poss"] + [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return next((o for o in owners if o.tag_.startswith("NN")), None)


@functools.lru_cache(maxsize=None)
def _target_ref(kind):
    return re.compile(next(r["pattern"] for r in data.read_tsv("lexicon/en_target_refs.tsv")
                           if r["kind"] == kind), re.IGNORECASE)


_SUFFER = re.compile(r"(?:receiv|spen[dt]|serv|fac|undergo|underwent|get|got|suffer|dr[ae]w)\w*$", re.IGNORECASE)
_PAY = re.compile(r"(?:pay|pays|paid|paying)$", re.IGNORECASE)
# "lost her job": the one dismissed loses the post; whoever dismissed her is found as for
# an agentless act.
_LOSE = re.compile(r"(?:lose|loses|lost|losing)$", re.IGNORECASE)
_JOB = re.compile(r"(?:jobs?|posts?|positions?|places?|membership|licen[cs]es?)$", re.IGNORECASE)


def _standing_duty(gov) -> bool:
    """A present or perfect obligation ("must sign", "have to report", "have had to sign
    pledges"): a duty in force, not one act."""
    if any(c.dep_ == "aux" and c.lower_ == "must" for c in gov.children) \
            and not any(c.dep_ == "aux" and c.lower_ == "have" for c in gov.children):
        return True
    head = gov.head
    return gov.dep_ == "xcomp" and head.lower_ in _HAVE and head.i < gov.i and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in gov.children) and (
        head.tag_ in ("VBP", "VBZ") or any(c.dep_ == "aux" and c.lower_ in ("have", "has") for c in head.children))


def _obliged(gov) -> bool:
    """"Each one had to confess", "families must sign pledges": the subject is made to
    do it; the one who makes them is the act's actor, found as for an agentless act."""
    if any(c.dep_ == "aux" and c.lower_ == "must" for c in gov.children):
        return True
    if gov.lower_ in _HAVE and any(c.dep_ == "xcomp" and c.i > gov.i and not _PAY.match(c.lower_) and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in gov.children):
        return True  # the trigger's span starts at "had": "each one had to read his self-criticism"
    if gov.dep_ != "xcomp" or gov.head.i > gov.i or not any(c.dep_ == "aux" and c.lower_ == "to" for c in gov.children):
        return False
    # "had to confess"; "were ordered to attend", "were made to sign": told to by someone.
    return gov.head.lower_ in _HAVE or (_MADE_BY.match(gov.head.lower_) and any(
        c.dep_ in ("auxpass", "nsubjpass") for c in gov.head.children))


# The parser runs without a lemmatizer: word forms, not lemmas.
_MADE_BY = re.compile(r"(?:order|tell|told|forc|make|made|mak|requir|instruct|compel|direct|oblig)\w*$", re.IGNORECASE)
_HAVE = frozenset({"have", "has", "had", "having"})
_KIN = r"(?:famil(?:y|ies)|relatives?|kin|mother|father|parents?|wife|husband|sons?|daughters?|sisters?|brothers?|siblings?|widow|grandmother|grandfather|in-laws?)"
_FAMILY_LEAD = re.compile(rf"\b{_KIN}\b[^.]{{0,80}}?\b(?:defect\w*|fled|escaped|escapee|runaway|left for (?:South Korea|the South)|"
                          rf"(?:lives?|living|settled) in (?:South Korea|Seoul|the South))|\bdefectors?['’]s? {_KIN}\b", re.IGNORECASE)
_TAKEN_BACK = re.compile(r"(?:taken|brought|dragged|spirited)\s+back\b", re.IGNORECASE)
_UNDER_QUESTIONING = re.compile(r"\b(?:interrogat\w*|question(?:ing|ed)|preliminary examination)\b", re.IGNORECASE)
# Membership of the Party as what a penalty takes ("expelled from the Workers' Party", "stripped of his Party
# membership", "struck off Party membership rolls").
_PARTY_MEMBERSHIP = re.compile(r"\bParty\b|\bparty (?:membership|card|rolls?)\b|\b(?:from|of) the party\b")
# The North's men named by where they come from or how they speak, with no organ: its embassy's or
# consulate's staff, men "with North Korean accents", "North Korean men".
_NORTHS_MEN = re.compile(
    r"\b(?:men|officials|staff|employees|people|workers)\b (?:from|of|at) (?:the |our |their |his |her |its )?"
    r"(?:North Korean |DPRK |North's )?(?:embassy|consulate|mission|trade office|trading office)\b"
    r"|\b(?:embassy|consulate) (?:staff|employees|officials|men)\b"
    r"|\bNorth Korean (?:men|officials|operatives)\b"
    r"|\b(?:speaking|spoke|speak) (?:Korean )?with (?:a |an )?(?:North Korean|northern|North Hamgyong|Hamgyong|Pyongyang) accents?\b"
    r"|\bwith (?:a |an )?North Korean accents?\b"
    r"|\brecogni[sz]ed from the (?:embassy|consulate)\b", re.IGNORECASE)
_MISSION_ABROAD = re.compile(r"\b(?:embass(?:y|ies)|consulates?|consular|legation)\b", re.IGNORECASE)
_SEIZED_ABROAD = re.compile(r"\b(?:seized|snatched|grabbed|kidnapped|abducted|bundled)\b", re.IGNORECASE)
# The label a transcript's turn may open with ("Q:", "A:", "KIM:", "Lee Min-ho:").
_SPEAKER_LABEL = r"(?:[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,2}\s*:\s*)?"
_QUESTION_SENTENCE = re.compile(_SPEAKER_LABEL + r"(?:Did|Do|Does|Was|Were|Is|Are|Has|Have|Had|Will|Would|"
                                r"Could|Can|Why|How|What|When|Where|Who)\b[^\"“”]*\?$")
# An interviewer's question that takes the act as given ("How often has the security department
# sent its officers to her house?"), and an answer that confirms a yes/no question ("A: Yes.",
# "Once, on Chuseok", "Dozens every spring", "All the time").
_PRESUPPOSING_QUESTION = re.compile(_SPEAKER_LABEL + r"(?:How (?:often|many times|long)|When did|Why did)\b")
_YES_NO_QUESTION = re.compile(_SPEAKER_LABEL + r"(?:Did|Was|Were|Has|Have|Had)\b")
_CONFIRMING_ANSWER = re.compile(_SPEAKER_LABEL + r"(?:Yes|Yeah|Once|Twice|Many times|Several times|"
                                r"Often|Every|All the time|Always|Dozens|Hundreds|Sometimes|Of course|Constantly|Regularly|"
                                r"(?:Two|Three|Four|Five|Six|Ten|\d+) times|(?:\w+ ){0,3}?\w+, yes)\b")


def _told_in_the_answer(events: list[Event]) -> list[Event]:
    """An act read in an interviewer's question ("Did the officers threaten her?") and again in
    the answer ("Yes. They said she would be moved ...") is one act, told in the answer."""
    return [ev for ev in events
            if not (_QUESTION_SENTENCE.match(ev.evidence.text.strip()) and any(
                o is not ev and o.type == ev.type and ev.evidence.end <= o.evidence.start <= ev.evidence.end + 400
                for o in events))]


def _asked_and_confirmed(flat: str, sent, sents) -> bool:
    """A question in an interview that tells the act it asks about: one that takes it as
    given, or a yes/no question the next sentence answers yes to."""
    q = flat[sent.start:sent.end].strip()
    if not q.endswith("?"):
        return False
    if _PRESUPPOSING_QUESTION.match(q):
        return True
    if not _YES_NO_QUESTION.match(q):
        return False
    answer = next((s for s in sents if s.start >= sent.end), None)
    return answer is not None and bool(_CONFIRMING_ANSWER.match(flat[answer.start:answer.end].strip()))


# What makes people shown on state TV its exhibits: defectors, returnees, confessions, denunciations.
_EXHIBITED = re.compile(r"\b(?:defect\w*|returnee|re-?defect\w*|traitors?|confess\w*|apologi[sz]\w*|denounc\w*|"
                        r"whom it named|named as|criticis\w*|fled|escaped|went back|came back|returned|betray\w*)\b", re.IGNORECASE)
# What makes a crowd the audience of a spectacle: a trial, a sentence, an execution, a parade.
_SPECTACLE = re.compile(r"\b(?:sentences?|sentenced|trials?|tried|execut\w+|shot|hanged|hangings?|paraded|"
                        r"confess\w*|criticis\w+|denounc\w+|self-criticism|staged)\b", re.IGNORECASE)
# Needs (triggers/en.tsv) a trigger's sentence must meet: "spectacle" a trial, sentence or
# execution for a crowd to watch; "exhibited" who the people shown on state TV are to the state.
_SENTENCE_NEEDS = (("spectacle", _SPECTACLE), ("exhibited", _EXHIBITED))
# A return told near a reward (a flat, a job) the state gave the one who came back.
_RETURNED = re.compile(r"\b(?:return(?:ed|ing|ee|ees)?|came back|come back|went back|gone back|(?:crossed|walked|swam|waded|sailed|flew|defected) back|back home|"
                       r"re-?defect\w*|re-?entered)\b", re.IGNORECASE)
# The South's settlement support (Hanawon, a resettlement flat): no reward of the North's.
_RESETTLED = re.compile(r"\b(?:Hanawon|South Korea|Seoul|resettle\w*|settlement)\b")
# Organs that run agents and proxies abroad (a court or the Party's committees have no handlers).
_HANDLING = frozenset({"KP.MSS", "KP.MSS.anti_espionage", "KP.MSoS", "KP.gov"})
# A first-person writer's service in an organ: "The author served for eleven years in the",
# "I worked as an interrogator for the", "I was an officer of the".
# (an interview's guest introduced as one "who says he served as a junior officer of the MSS", or by
# name and age, "Ji Song-chol, 47, served as a security officer in ...", speaks as "I" in the answers)
_NARRATOR = re.compile(r"(?:\b(?:the (?:author|writer|guest|interviewee)|I|who (?:says|said) (?:he|she))|(?-i:\b[A-Z][a-z]+(?:[ -][A-Za-z][a-z]+){0,2}, \d{2},))(?:,[^,]{1,60},)?\s+(?:\w+\s+){0,1}?(?:served|worked)\s+(?:(?:for|as)\s+)?"
                       r"(?:[\w-]+\s+){0,4}?(?:in|for|with|at|of)\s+(?:the\s+)?|\b(?:the (?:author|writer) is|I was) "
                       r"(?:a |an )?(?:former |ex-|retired )?(?:[\w-]+ ){0,2}?(?:officer|agent|official|interrogator|"
                       r"investigator|policeman)\s+(?:(?:in|of|with|at)\s+)(?:the\s+)?", re.IGNORECASE)
_WRITTEN = frozenset({"paper", "papers", "pledge", "pledges", "letter", "letters", "form", "forms", "document",
                      "documents", "statement", "statements", "note", "notes", "oath", "oaths", "contract"})
# Signing or writing a text (a pledge): what a participle after it promises is the text's words.
_PLEDGING = frozenset({"promising", "pledging", "vowing", "swearing", "undertaking"})
_SIGNED = re.compile(r"(?:sign(?:s|ed|ing)?|writ(?:e|es|ing|ten)|wrote)$")
# Verbs and nouns of a text someone is made to produce; what it says is dictated, not told.
_DICTATED_VERB = re.compile(r"(?:writ(?:e|es|ing|ten)|wrote|sign(?:s|ed|ing)?|cop(?:y|ies|ied|ying)|confess(?:es|ed|ing)?"
                            r"|admit(?:s|ted|ting)?|declar(?:e|es|ed|ing)|stat(?:e|es|ed|ing)|say|said|read)$")
_DICTATED_NOUN = _WRITTEN | {"confession", "confessions", "declaration", "declarations", "self-criticism"}
_MADE = re.compile(r"(?:made|make|makes|making|forced|force|forcing|ordered|told|required|compelled|had|have|has)$")


def _coerced_content(gov) -> bool:
    """The act is what a coerced text says: "made him copy out a statement that his mother had
    been taken", "told to sign a statement that she had been attempting to cross". The
    coercion is the act; the dictated words tell none."""
    head = gov.head
    if gov.dep_ == "ccomp" and _DICTATED_VERB.match(head.lower_):
        verb = head
    elif gov.dep_ in ("acl", "relcl") and head.lower_ in _DICTATED_NOUN and head.dep_ in ("dobj", "pobj"):
        verb = head.head
        if verb.dep_ == "prep":
            verb = verb.head
    else:
        return False
    if verb.dep_ in ("xcomp", "ccomp", "conj") and _MADE.match(verb.head.lower_):
        return True
    return any(c.dep_ == "auxpass" for c in verb.head.children) and _MADE.match(verb.head.lower_) is not None
_CAUSATIVE = _HAVE | {"make", "makes", "made", "making"}
_CAUSEE_PRONOUNS = frozenset({"me", "us", "him", "her", "them"})
_SUBJECT = frozenset({"nsubj", "nsubjpass", "csubj"})


def _causee(gov):
    """The one a causative has do the act: spaCy reads "had her call" with "her" as the
    subject of "call" under "had"; None for any other clause."""
    if gov.dep_ != "ccomp" or gov.head.lower_ not in _CAUSATIVE or gov.head.i > gov.i:
        return None
    return next((c for c in gov.children if c.dep_ == "nsubj" and gov.head.i < c.i < gov.i), None)


def _shares_passive(gov) -> bool:
    """A verb with no subject of its own joined to a passive one shares its voice:
    "was taken to a room and made to record a message"."""
    if gov.dep_ not in ("conj", "advcl") or any(c.dep_ in _SUBJECT for c in gov.children):
        return False
    if gov.dep_ == "advcl" and (gov.tag_ != "VBN" or any(c.dep_ in ("mark", "aux", "auxpass") for c in gov.children)):
        return False  # ("was summoned ..., made to record ...": a participle in the list, read as a clause)
    head = gov.head
    if _passive_marked(head):
        return True
    if gov.dep_ == "conj" and (gov.tag_ == "VBN" and head.tag_ in ("VBZ", "VBP", "VBD")
                               or gov.tag_ == "VBD" and head.tag_ in ("VBZ", "VBP")) \
            and not _passive_marked(head) and not any(c.dep_ in ("aux", "auxpass") for c in gov.children) \
            and any(p.tag_ == "VBN" and p.dep_ in ("relcl", "acl", "conj") and _passive_marked(p)
                    for p in gov.doc[head.i + 1:gov.i]):
        # "The case concerns a woman who was arrested ... and handed over to ...": the parser joins
        # the bare participle to the sentence's verb; it is the passive's second verb.
        return True
    # "was called to the office "to clear up a few questions" and kept there": the parser joins
    # the participle to the purpose; it goes on the passive the purpose hangs on.
    return gov.dep_ == "conj" and gov.tag_ in ("VBN", "VBD") and head.dep_ == "xcomp" \
        and not any(c.dep_ in _SUBJECT for c in head.children) and _passive_marked(head.head)


def _passive_marked(verb) -> bool:
    """The verb has a passive subject or auxiliary ("was taken")."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _gerund_subject(gov) -> bool:
    """The act is a gerund standing as a clause's subject, or the verb that subject means ("Deporting
    him means handing him to ..."): named as what one act would amount to, not told as done."""
    if gov.tag_ != "VBG":
        return False
    if gov.dep_ in ("csubj", "csubjpass"):
        return True
    return gov.dep_ == "xcomp" and any(c.dep_ in ("csubj", "csubjpass") and c.tag_ == "VBG" for c in gov.head.children)


def _noun_agent(root):
    """The actor a noun trigger names itself: its "by" phrase or its possessor."""
    if not root.tag_.startswith("NN"):
        return None
    # "under surveillance by agents": the by-phrase hangs on the verb "be".
    heads = [root] + ([root.head.head] if root.dep_ == "pobj" and root.head.lower_ == "under" else [])
    by = next((c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    if by is None and root.dep_ == "dobj":
        # "described her son's handover by Chinese police": the parser hangs the noun's own "by"
        # phrase, right after it, on the verb of the telling
        by = next((c for c in root.head.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                   and c.i == root.right_edge.i + 1), None)
    if by is not None:
        # (before a possessor: in "her daughter's handover by Chinese police" the daughter is handed over)
        return next((g for g in by.children if g.dep_ == "pobj"), None)
    for c in (c for h in heads for c in h.children):
        if c.dep_ == "poss" and c.tag_ != "PRP$":
            return c
        # "passports held by Party secretaries": the participle's agent does the act.
        if c.dep_ == "acl" and c.tag_ == "VBN":
            agent = next((g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
            if agent is not None:
                return agent
    return None


def _patient(root, gov, passive, shared=False):
    """The subject that undergoes the act rather than does it, or None. ``shared``: a penalty
    word may take the subject of the verb it is joined to."""
    if passive:
        if any(c.dep_ == "nsubjpass" for c in gov.children):
            return None
        # Raised or shared: "is likely to be sent", "are expected to be sent", "was
        # taken ... and made to".
        cur = gov
        for _ in range(4):
            if cur.dep_ not in ("xcomp", "conj", "acomp") or cur.head.i == cur.i:
                return None
            cur = cur.head
            subj = next((c for c in cur.children if c.dep_ in _SUBJECT), None)
            if subj is not None:
                return subj if subj.tag_ not in ("WDT", "WP") else None
        return None
    own = next((c for c in gov.children if c.dep_ in _SUBJECT), None)
    cur = gov
    suffers = _SUFFER.match(gov.lower_) or (_PAY.match(gov.lower_) and any(
        c.dep_ == "dobj" and c.lower_ in ("fine", "fines") for c in gov.children)) \
        or (_LOSE.match(gov.lower_) and any(c.dep_ == "dobj" and _JOB.match(c.lower_) for c in gov.children))
    lost = _LOSE.match(gov.lower_)
    while own is None and suffers and (cur.dep_ in ("xcomp", "acomp", "pcomp", "prep")
                                       or cur.dep_ == "conj" and shared and not lost) \
            and cur.head is not cur:
        # Raised: "those sent back are likely to face interrogation", "expect to face"; or
        # shared: "was questioned ... and released after paying a fine", "tried with him,
        # received 15 years" (not "worked at the plant and lost his job", a private loss).
        cur = cur.head
        own = next((c for c in cur.children if c.dep_ in _SUBJECT), None)
    if own is None or own.i == root.i:
        return None
    # "X is under surveillance", "X has been under quarantine".
    if root.i != gov.i and gov.lower_ in _BE and root.dep_ == "pobj" and root.head.lower_ == "under" \
            and root.head.head.i == gov.i:
        return own
    # "he will spend time in a labour camp", "the others will receive camp terms".
    if suffers:
        return own
    return None


def _after_saying(ctx, gov) -> bool:
    """A participle right after ", X said," (the saying verb a parataxis of the sentence's act)."""
    prev = [t for t in gov.doc[max(0, gov.i - 3):gov.i] if not t.is_punct]
    return bool(prev) and prev[-1].dep_ == "parataxis" and ctx.lex.report_head.match(prev[-1].lower_) is not None \
        and any(c.dep_ == "nsubj" for c in prev[-1].children)


def _saying_verb(ctx, gov):
    """The verb of saying or warning whose content holds ``gov`` ("told the mother that
    her son could lose his place"), if any, within a few steps up the parse."""
    cur = gov
    for _ in range(5):
        if cur.head is cur:
            return None
        if cur.dep_ not in ("ccomp", "advcl", "conj", "xcomp", "dobj", "parataxis", "relcl", "acl",
                            "pobj", "prep"):
            return None
        cur = cur.head
        if ctx.lex.report_head.match(cur.lower_) or ctx.lex.goal_head.match(cur.lower_):
            return cur
    return None


def _aside_saying(ctx, gov):
    """A verb of saying set between commas inside the words said ("Otherwise, he said, ..."),
    which the parse hangs off them as a parataxis."""
    cur = gov
    for _ in range(5):
        aside = next((c for c in cur.children if c.dep_ == "parataxis" and ctx.lex.report_head.match(c.lower_)), None)
        if aside is not None or cur.head is cur:
            return aside
        cur = cur.head
    return None


def _functionary(ctx, tok, sent, text=None) -> bool:
    """The state's lecturers, wardens, managers, team leaders and offices, in a report that
    names the North and no foreign state in the sentence: they act for an organ the text
    leaves untold."""
    if text is None:
        text = _np_text(tok.doc, tok, 0, keep=_TARGET_KEEP)[0]
    return bool(_generic_re("functionary").fullmatch(text)) and ctx.north_named \
        and not ctx.lex.foreign_re.search(ctx.flat, sent.start, sent.end)


def _speaker(ctx, sent, say, pos):
    """(perpetrator, target token) for words spoken by an official: the subject (or agent)
    of the verb of saying and its hearer; inside a quotation with no such verb, the
    organisation last named speaks and "you" is the hearer."""
    if say is not None:
        passive = _passive_marked(say)
        agent = next((g for c in say.children if c.dep_ == "agent" for g in c.children
                      if g.dep_ == "pobj"), None)
        hearer = next((c for c in say.children if c.dep_ == ("nsubjpass" if passive else "dative")
                       or (not passive and c.dep_ == "dobj" and c.tag_[:2] in ("PR", "NN"))), None)
        cands = [agent] if agent is not None else ([] if passive else _subjects(say, skip_own_passive=False))
        for cand in cands:
            perp = _resolve(ctx, cand, sent)
            if isinstance(perp, Perpetrator):
                return perp, hearer
            if perp == "foreign":
                return None, None
            if perp == "nonactor" and ctx.in_quote(sent.start + say.idx) and _generic_re("hearsay_subject").match(cand.lower_):
                return None, None  # '"People say he will be sent to a kyohwaso," the resident said': hearsay, no official speaking
            if perp == "nonactor" and (ctx.in_quote(pos) or cand.lower_ in ("he", "she")):
                # "the source said" outside the quotation; "he said" of the official last named
                ante = ctx.latest(pos)
                if ante is not None:
                    return Perpetrator(cand.text if cand.lower_ in ("he", "she") else ante.text,
                                       ante.actor, ante.name), hearer
            if perp == "nonactor" and _functionary(ctx, cand, sent):
                return "untold", hearer  # "the team leader told them ...": an organ the text leaves untold
            if perp == "nonactor":
                return None, None
        if passive:
            # "were told their names would be sent to the security department": the
            # organisation inside what is said is the threat's content, not the speaker.
            found = _sentence_actor(ctx, sent, None, until=sent.start + say.idx)
            if isinstance(found, Perpetrator):
                return found, hearer
            ante = ctx.antecedent(pos)
            return (Perpetrator(ante.text, ante.key, ctx.actors.name(ante.key)) if ante else None), hearer
        return None, None
    if ctx.in_quote(pos):
        if _quoted_source(ctx, pos):
            return None, None  # '"... many will be sent to prison camps," the group's director told AFP': a forecast
        ante = ctx.latest(pos)  # "the officer ... He told her: '...'": the last one to speak
        if ante is not None:
            return ante, None
    return None, None


# Who a quotation is given to: a reporter's source, a rights group's people, kin or witnesses, not an official.
_SOURCE_WORDS = re.compile(r"\b(?:sources?|director|head of the group|researchers?|activists?|group|organi[sz]ation|"
                           r"lawyer|relatives?|defectors?|witness|residents?|trader|broker|interviewee|survivor|"
                           r"mother|father|sister|brother|daughter|son|wife|husband|aunt|uncle|cousin|neighbou?r|friend)\b",
                           re.IGNORECASE)
_SAID_AFTER = re.compile(r"\s*,?\s*((?:[\w'’.-]+ ){0,8}?)(?:said|says|told|added|explained|recalled|wrote)\b")
_SAID_BEFORE = re.compile(r"((?:[\w'’.-]+ ){1,8}?)(?:said|says|told [\w ]{1,30}?|added|recalled|wrote)\s*[,:.]?\s*$")


def _quoted_source(ctx, pos: int) -> bool:
    """The quotation around ``pos`` is given to a source, a rights group or kin, named next to it
    ('"...," the group's director told AFP', 'Source said, "..."'), not to an official: what it says
    will befall people is the source's forecast, whatever organ it names."""
    span = next(((s, e) for s, e in ctx.quotes if s < pos < e), None)
    if span is None:
        return False
    s, e = span
    after = _SAID_AFTER.match(ctx.flat, e + 1, min(len(ctx.flat), e + 90))
    before = _SAID_BEFORE.search(ctx.flat, max(0, s - 80), s)
    for m in (after, before):
        who = m.group(1) if m else ""
        if who and _SOURCE_WORDS.search(who) and not any(
                a.key.startswith(("KP.", "CN.")) for a in ctx.actors.find(who)):
            return True
    return False


def _own_forecast(ctx, sent, gov) -> bool:
    """Words a threat's trigger reads that are the speaker's own fear or guess, not an
    official's: "we fear that two of them will be sent to camps", "people believe he will
    go to a kyohwaso". The narrator's readings of the same words (an expected penalty)
    take over."""
    cur = gov
    while cur.dep_ in ("conj", "xcomp") and cur.head.i != cur.i:
        cur = cur.head
    if cur.dep_ != "ccomp" or not _generic_re("forecast_head").match(cur.head.lower_):
        return False  # only the verb whose content the words are: "told her that ..." is the teller's
    subj = next((c for c in cur.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in ("he", "she", "they") and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == subj.lower_ for c in cur.children):
        return True  # "He believes he will be sent to a camp": one who fears for himself
    return subj is not None and subj.lower_ not in ("he", "she", "they") and not _organ(ctx, subj, sent)


def _spoken_about(ctx, sent, gov):
    """No hearer named ("They said, 'If you come back, you will be forgiven'"): the people
    the threat or promise is about, the subject of its content, else of its condition.
    Organisations ("the state will embrace ..."), the speaker's own side ("we") and things
    ("it") are no such people."""
    for verb in (gov, *[c for c in gov.children if c.dep_ == "advcl"]):
        for c in verb.children:
            if c.dep_ not in ("nsubj", "nsubjpass") or c.lower_ in _INDEFINITE | {"it", "that", "this", "we"}:
                continue
            if c.tag_ in ("PRP", "NN", "NNS", "DT", "WP") and not _organ(ctx, c, sent):
                return c
    return None


def _number(tok) -> Optional[str]:
    """"one" or "many" people in a target phrase, None when it does not say."""
    if tok is None:
        return None
    if tok.tag_ in ("NNS", "NNPS") or tok.lower_ in ("they", "them", "we", "us", "these", "those") \
            or any(c.dep_ == "conj" for c in tok.children):
        return "many"
    if tok.tag_ in ("NN", "NNP") or tok.lower_ in ("he", "him", "she", "her"):
        return "one"
    return None


def _organ(ctx, tok, sent) -> bool:
    """A noun phrase naming a state organ or its people ("the state", "the bowibu"); a
    personal pronoun in what is said is the people spoken of, not the official."""
    return tok.tag_ != "PRP" and isinstance(_resolve(ctx, tok, sent), Perpetrator)


def _returner(ctx, sent, gov):
    """The subject of a promise's condition that someone come back ("if she returns",
    "if I came home"): the person who left, whom the promise is meant to bring back."""
    cond = _target_ref("return_condition")
    for c in gov.subtree:
        if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in _CONDITIONAL for g in c.children):
            subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and cond.search(" ".join(t.text for t in c.subtree)) \
                    and not _organ(ctx, subj, sent):
                return subj
    return None


def _governing_verb(tok):
    """The verb a trigger word acts through: itself, or the verb above a noun trigger
    ("stepped up monitoring", "making visits to")."""
    cur = tok
    for _ in range(6):
        if cur.tag_.startswith("VB") or cur.tag_ == "MD" or cur.dep_ == "ROOT" or cur.head is cur:
            return cur
        if cur.dep_ == "xcomp" and any(c.dep_ == "aux" for c in cur.children):
            return cur  # "is said to be eavesdropping", tagged a noun: the verb of the clause
        cur = cur.head
    return tok


_STOP_VERBS = frozenset({"stop", "end", "halt", "cease"})


def _is_goal(ctx, sent, gov, etype=None) -> bool:
    """The act is only the content of a threat or promise, or a purpose ("threatened to
    send them to a camp", "in order to prevent"), not an act that happened. An order to
    watch or inform on people ("were told to keep an eye on her") is the surveillance
    itself: those ordered do the watching; an order to register phones is the restriction."""
    if gov.dep_ in ("xcomp", "pcomp") and gov.head is not gov and gov.head.lower_ in _STOP_VERBS \
            and _is_goal(ctx, sent, gov.head, etype):
        return True  # "urging them to stop forcibly returning North Koreans": a practice asked to end
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in gov.children)
    if not infinitive:
        return False
    before = ctx.flat[sent.start:sent.start + gov.idx]
    if _PURPOSE.search(before):
        return True
    if etype in ("SURVEIL", "RESTRICT") and _ORDER_HEAD.match(gov.head.lower_):
        return False
    if gov.dep_ not in ("xcomp", "advcl", "ccomp", "acl"):
        return False
    # "calls on the authorities not to punish them": an appeal, like "urged", names no act.
    appeal = gov.head.lower_ in ("call", "calls", "called", "calling") and any(c.dep_ == "prep" and c.lower_ == "on" for c in gov.head.children)
    return appeal or bool(ctx.lex.goal_head.match(gov.head.lower_))


_RUN_IN_HEAD = re.compile(r"[A-Z][\w'’-]*(?: [\w'’-]+){0,4}\.")


def _without_run_in_heads(text: str, sents: list) -> list:
    """A case report's run-in heads ("Summary. This report ...", "Arrest in Benxi. On April 16, ...",
    "Transfer and handover. On April 25 ..."): a paragraph opened by a few words and a full stop,
    with more of the paragraph after them, names its part; it tells no act. Read as heads only
    where at least three paragraphs open so, which a report of told sentences does not do."""
    heads = [s for n, s in enumerate(sents)
             if (n == 0 or sents[n - 1].paragraph != s.paragraph)
             and n + 1 < len(sents) and sents[n + 1].paragraph == s.paragraph
             and _RUN_IN_HEAD.fullmatch(text[s.start:s.end].strip())]
    if len(heads) < 3:
        return sents
    drop = {id(s) for s in heads}
    return [s for s in sents if id(s) not in drop]


def _headline(text: str, s, title: Optional[str] = None) -> bool:
    """A title line restates an act the body tells in full; the body's passage is the evidence.
    The report's own title opening the text is one however it ends ("... resurfaces on TV as
    'spy'", "They gave him a shovel."); a first line without a title is one when it has no
    sentence's end."""
    if s.paragraph != 0:
        return False
    if title and text.split("\n", 1)[0].strip() == title.strip():
        return True
    return text[s.end - 1] not in ".!?”\"'’" and len(text[s.start:s.end].split()) <= 20


_TIME_PREPS = frozenset({"after", "following", "since", "before", "until"})
_SPANS = frozenset({"day", "days", "week", "weeks", "month", "months", "hours", "year", "years"})


def _act_as_time(noun, etype: str) -> bool:
    """An act's noun that tells when something else happened: "more frequent since the execution
    of Kim Jong Un's uncle" (a penalty after "since"), "two days after her arrest, officers came
    ..." (any act of someone's, fronted as the time of the sentence's own act)."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if etype == "PUNISH" and prep.lower_ == "since":
        return True
    if prep.lower_ == "of" and prep.head.lower_ in _SPANS and prep.head.dep_ == "pobj" \
            and prep.head.head.lower_ in ("within", "after", "in") and prep.head.head.i < noun.i:
        return True  # "within a week of the execution the police evicted his wife": the act is a time
    if etype == "DETAIN" and noun.lower_ in ("arrest", "arrests") and (
            (prep.lower_ in _TIME_PREPS and any(c.dep_ in ("poss", "det") for c in noun.children))
            or (prep.lower_ == "of" and prep.head.lower_ in ("time", "moment", "day", "days", "weeks", "months"))):
        return True  # "since the arrests, police have ...", "at the time of his arrest": an arrest told as a time
    return prep.lower_ in _TIME_PREPS and any(c.dep_ == "poss" for c in noun.children) and prep.head.i > noun.i


def _background(gov) -> bool:
    """A policy told only as the time of something else ("trade collapsed after North
    Korea closed its border") is background to that, not an act the report tells."""
    return gov.dep_ in ("advcl", "pcomp") and any(
        c.dep_ == "mark" and c.lower_ in ("after", "since", "before", "until") for c in gov.children) \
        or (gov.dep_ == "pcomp" and gov.head.lower_ in ("after", "since", "before", "until")) \
        or (gov.dep_ == "relcl" and gov.head.like_num
            and any(c.dep_ == "advmod" and c.lower_ == "when" for c in gov.children))  # "since 2020, when the North sealed ..."


def _found_absent(tok) -> bool:
    """The act hangs on a finding that names it as not found: "no sign that ...", "no
    evidence of ..." (a few steps up, to the clause the noun heads)."""
    for _ in range(4):
        if tok.head is tok:
            return False
        tok = tok.head
        if _generic_re("absence_noun").match(tok.lower_) and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
            return True
        if tok.pos_ == "VERB" and tok.dep_ not in ("ccomp", "acl", "relcl", "pcomp", "xcomp", "conj"):
            return False
    return False


# Promises, threats and policies are told of kinds of people by nature ("any defector who
# returns will be pardoned"); the genericity gate leaves them to their own rules.
_SPOKEN_OR_POLICY = frozenset({"RESTRICT", "INDUCE", "THREATEN"})


@functools.lru_cache(maxsize=None)
def _generic_re(kind):
    return re.compile(next(r["pattern"] for r in data.read_tsv("lexicon/en_generic.tsv")
                           if r["kind"] == kind), re.IGNORECASE)


def _generic(ctx, sent, gov, etype) -> bool:
    """A general or background statement, not an act the report tells: a past accusation
    told as background ("has in the past been accused of kidnapping"); an act on anyone of
    a kind ("anyone caught with a phone"); a mere possibility or condition for a kind of
    people ("if caught, they could be executed", "those caught face harsh punishment",
    "if one person went missing, the team was punished"); a purpose ("so that they could
    be used to persuade"). An expected act of named people stays ("her family is likely
    to be sent away if she ..."), as does a practice told as fact ("are routinely held")."""
    if _generic_re("background").search(ctx.flat, sent.start, sent.end):
        return True
    if _era_told(gov):
        return True
    # The act's own clause: verbs it is raised or joined into without a subject of its own.
    clause, cur = [gov], gov
    while (cur.dep_ == "xcomp" or (cur.dep_ == "conj" and not any(c.dep_ in _SUBJECT for c in cur.children))) \
            and cur.head is not cur and len(clause) < 4:
        cur = cur.head
        clause.append(cur)
    marks = [c.lower_ for v in clause for c in v.children if c.dep_ == "mark"]
    if "so" in marks:
        return True  # "so that they could be used to ...": a purpose, not an act
    if clause[-1].dep_ == "ccomp" and _generic_re("imagined").match(clause[-1].head.lower_) \
            and any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for v in clause for c in v.children):
        return True  # "I thought they would punish my brother": an act only imagined
    if etype in _SPOKEN_OR_POLICY:
        return False
    say = _saying_verb(ctx, gov)
    if say is not None and ctx.lex.goal_head.match(say.lower_) and not ctx.lex.report_head.match(say.lower_):
        return False  # the content of a warning or promise: its own rules read it
    if gov.dep_ in ("acl", "relcl"):
        if _generic_re("generic_head").match(gov.head.lower_):
            return True  # "anyone caught", "anyone who is arrested"
        if _kind_of_people(ctx, gov.head) and gov.head.head is not gov.head and _hypothetical(gov.head.head):
            return True  # "defectors who are caught could face execution"
    possible = any(c.dep_ == "aux" and _generic_re("possibility").match(c.lower_)
                   for v in clause for c in v.children)
    conditions = [c for v in clause for c in v.children if c.dep_ == "advcl" and any(
        d.dep_ == "mark" and _generic_re("condition").match(d.lower_) for d in c.children)]
    risk = any(_generic_re("risk_verb").match(v.lower_) for v in clause)
    if not (possible or conditions or risk):
        return False
    if conditions and possible:
        return True
    # What is faced ("could face years in a camp", "likely to face a long prison term") is the
    # fate, not a kind of people.
    people = [c for v in clause for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
              and not (c.dep_ == "dobj" and (_SPAN_OF_TIME.match(c.lower_) or _generic_re("risk_verb").match(v.lower_)))]
    if gov.dep_ in ("acl", "relcl"):
        people.append(gov.head)
    people += [c for v in conditions for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    if (risk or possible) and not conditions and _sent_back_or_kin(ctx, sent, clause):
        # "those returned face a real risk of torture", "those sent back ... could be sentenced to
        # years in prison": the expected fate of people the record tracks
        return False
    return any(_kind_of_people(ctx, t) for t in people)


_ERA_ARC = frozenset(("pobj", "prep", "conj", "cc", "det", "amod", "compound", "nummod", "appos", "pcomp"))


def _era_told(gov) -> bool:
    """An act whose own clause is anchored to a decade ("expelled families ... on a large
    scale in the 2000s", "banishing ... was common in the 1990s"): history the report gives
    as background. A decade in a clause about someone else ("a worker whose sister left in
    the 1990s") leaves the act alone."""
    era = _generic_re("era")
    for tok in gov.sent:
        if not era.match(tok.text):
            continue
        head = tok  # climb from the decade to the word whose time it gives (tags may be off: read arcs)
        while head.dep_ in _ERA_ARC and head.head.i != head.i:
            head = head.head
        cur = gov
        while True:
            if cur.i == head.i:
                return True
            if cur.dep_ == "relcl" or cur.head.i == cur.i:
                break
            cur = cur.head
    return False


def _sent_back_or_kin(ctx, sent, clause) -> bool:
    """"Those returned face ...", "returnees are at risk of ...", "the families of those who
    fled face ...", "those sent back could be sentenced": people whose fate a rights report
    foretells, not anyone of a kind. The words before the risk verb (or the verb told as
    possible) are read whole (the parser often splits "those returned")."""
    verb = next((v for v in clause if _generic_re("risk_verb").match(v.lower_)), None) or next(
        (v for v in clause if any(c.dep_ == "aux" and _generic_re("possibility").match(c.lower_) for c in v.children)), None)
    if verb is None:
        return False
    return _fated(ctx, _generic_re("said_that").sub("", ctx.flat[sent.start:sent.start + verb.idx]),
                  sent.start) is not None


_UNREAL_CUE = re.compile(r"\b(?:if|unless|otherwise|ago|in (?:his|her|their|my|our|your) (?:position|place|shoes)"
                         r"|like (?:his|hers|him|her|theirs|them|mine|ours|that))\b", re.I)
_HAD_INVERTED = re.compile(r"^\W*(?:Had|Were) (?:I|we|he|she|they|you|it|the [\w'’-]+|[A-Z][\w'’-]+) (?:been|not|to|known|stayed|gone)\b")


# The modals that tell what would have happened or would happen ("I would have been sent", "they'd").
_WOULD = frozenset({"would", "could", "might", "'d", "’d"})


# A yes-no question opened by a modal ("Should ...?", "Would they ...?", "Can a state ...?"): what might be, asked.
_MODAL_QUESTION = re.compile(r"\s*[\"“‘']?(?:Should|Would|Could|Can|Will|Must|Shall|Might)\b")


def _unreal(gov, sentence: str) -> bool:
    """An act told as what would have happened ("Had I been caught at the airport, I would
    have been flown home", "I would have been sent to a camp") or what would happen under a
    supposition ("would very probably be questioned and imprisoned if he were sent back"):
    not an act done, nor one expected."""
    if _MODAL_QUESTION.match(sentence) and sentence.rstrip().rstrip('"”’\'').endswith("?"):
        return True  # "Should smartphones be banned in schools?": a question put, no act (bench/CODING.md)
    verb = gov
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head  # ("questioned ... and imprisoned": the first verb's auxiliaries)
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if _HAD_INVERTED.match(sentence) and any(c.dep_ == "aux" and c.lower_ in ("had", "were") and c.i == 0
                                             for c in verb.children) \
            and ((verb.dep_ == "advcl" and verb.i < verb.head.i) or any(t.lower_ in _WOULD for t in verb.doc)):
        # The supposition itself: "Had I been caught"; with a source's "said" between it and the
        # "would" clause the parser may make it the root or a complement ("Had the soldiers been
        # caught, interviewees said, they would have been shot").
        return True
    if not any(a in _WOULD for a in aux):
        return False
    if _HAD_INVERTED.match(sentence) or ("have" in aux and _UNREAL_CUE.search(sentence)):
        return True  # ("would have been made to learn every line" alone is a guess at what happened)
    # "if he were sent back", "if they had stayed": a supposition, not a condition that may come
    joined = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    return any(c.dep_ == "advcl" and any(d.dep_ == "mark" and d.lower_ == "if" for d in c.children)
               and any(d.dep_ in ("aux", "auxpass") and d.lower_ in ("were", "had") for d in c.children)
               for v in joined for c in v.children)


def _hypothetical(verb) -> bool:
    """A verb told as possible only: with "could/may/might/can", "face/risk" or a condition."""
    return _generic_re("risk_verb").match(verb.lower_) is not None or any(
        (c.dep_ == "aux" and _generic_re("possibility").match(c.lower_))
        or (c.dep_ == "advcl" and any(d.dep_ == "mark" and _generic_re("condition").match(d.lower_)
                                      for d in c.children))
        for c in verb.children)


def _kind_of_people(ctx, tok) -> bool:
    """"Anyone", "those", "one person", "any defector", bare "defectors": a kind, not
    particular people."""
    if _generic_re("generic_head").match(tok.lower_):
        return True
    if _generic_re("quantified").match(tok.lower_):
        # "those", "people": a kind; "one of the traders", "the people of Musan": particular.
        return not any(c.dep_ in ("det", "poss") or (c.dep_ == "prep" and c.lower_ == "of") for c in tok.children)
    if tok.lower_ in ctx.lex.pronouns or tok.tag_ not in ("NN", "NNS"):
        return False
    dets = [c for c in tok.children if c.dep_ in ("det", "nummod", "poss", "predet")]
    if any(_generic_re("generic_head").match(d.lower_) or d.lower_ in ("one", "a", "an") for d in dets):
        return True
    return tok.tag_ == "NNS" and not dets


_SPAN_OF_TIME = re.compile(r"^(?:years|months|weeks|days|decades)$")
_ORDER_HEAD = re.compile(r"^(?:told|ordered|instructed|directed|asked|assigned|required|commanded|tasked)$")
_INSTEAD = re.compile(r"\b(?:instead of|rather than|without)\s+(?:being\s+|having\s+(?:been\s+)?)?$", re.IGNORECASE)
_NONE = frozenset({"nobody", "none", "no-one", "neither"})


def _not_done(ctx, sent, gov) -> bool:
    """The act is said not to happen: "welcomed instead of being punished", "no citizen
    is punished", "no one had been arrested"."""
    if _INSTEAD.search(ctx.flat, sent.start, sent.start + gov.idx):
        return True
    for c in gov.children:
        if c.dep_ in ("nsubjpass", "nsubj", "dobj") and (
                c.lower_ in _NONE or any(d.dep_ == "det" and d.lower_ in ("no", "neither") for d in c.children)):
            return True
    return False


def _prohibition(gov) -> bool:
    """"Nobody may go", "no one can leave": what no one may do is a ban laid on everyone, not an
    act said not to happen. ("Nobody will be allowed" stays a negation: a club's rule, as often.)"""
    return any(c.dep_ == "aux" and c.lower_ in ("may", "can", "must", "shall") for c in gov.children)


# Words that make a negated act a denial of something alleged, coded "denied".
_ALLEGED_WORDS = r"den(?:y|ies|ied|ial)|rumou?rs?|claim\w*|alleg\w*|accus\w*"
_ALLEGED = re.compile(rf"\b(?:{_ALLEGED_WORDS}|reports?|reported)\b", re.IGNORECASE)


def _told_not_done_to_us(ctx, sent, gov) -> bool:
    """"The guards did not beat us", "they didn't hit me there": the act negated on the very
    people telling it, with nothing alleged or denied in the sentence, is no act (bench/CODING.md:
    negated acts), not a denial by the accused."""
    # (told as the sentence's own statement: "police said they did not beat us" is their denial)
    return gov.dep_ in ("ROOT", "conj") and any(c.dep_ == "neg" for c in gov.children) \
        and any(c.dep_ == "dobj" and c.lower_ in ("us", "me") for c in gov.children) \
        and not _ALLEGED.search(ctx.flat, sent.start, sent.end)


def _negated_passive_unalleged(ctx, sent, gov, own: set) -> bool:
    """"She has not been arrested", "he was never beaten": an act negated in the passive, on the
    people it would have fallen on, with nothing alleged, reported or denied in the sentence, is no
    act (bench/CODING.md: negated acts); with an agent named ("was not beaten by the guards") it
    may be that organ's denial, left to the denial reading."""
    # (a "not" the trigger's own words hold is the act, a refusal: "was not admitted to the Youth League")
    return any(c.dep_ == "auxpass" for c in gov.children) \
        and any(c.dep_ == "neg" and c not in own for c in gov.children) \
        and not any(c.dep_ == "agent" for c in gov.children) \
        and not _ALLEGED_NOT_DUTY.search(ctx.flat, sent.start, sent.end)


# _ALLEGED less the verb "report" ("she must report to the police every Monday" alleges nothing), and with a
# state's statements ("the Government stated that he 'has never been sent to any camp'": its denial)
_ALLEGED_NOT_DUTY = re.compile(rf"\b(?:{_ALLEGED_WORDS}|reports\b(?! to)|report (?:that|of|says?)\b|reported(?! to)"
                               r"|stated|statement|insist\w*|reject\w*|refut\w*|rebut\w*)", re.IGNORECASE)


# (the pipeline runs no lemmatizer: the forms are listed)
_REPORTING = frozenset({"say", "says", "said", "tell", "tells", "told", "stated", "states", "insisted", "insists",
                        "added", "adds", "claimed", "claims", "announced", "replied", "wrote", "writes", "stressed"})
_THIRD_PERSON = frozenset({"they", "he", "she"})


def _witness_says_not_done(ctx, sent, gov) -> bool:
    """"They did not arrest him", "she told me later they did not beat her", "they have not put
    him on television": a witness saying the doers (a pronoun) did not do it is no act, and no
    denial either, which the accused make (bench/CODING.md: negated acts). Kept as a denial when
    anything is alleged or denied in the sentence, or an organ named there is the one speaking
    ("police said they did not beat him")."""
    subj = next((c for c in gov.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in _THIRD_PERSON or _ALLEGED.search(ctx.flat, sent.start, sent.end):
        return False
    for tok in gov.doc:
        if tok.lower_ in _REPORTING and tok.i != gov.i:
            speaker = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if speaker is None:
                continue
            lo, hi = sent.start + speaker.left_edge.idx, sent.start + tok.idx
            if any(lo <= a.start < hi for a in ctx.mentions):
                return False
    return True


def _negated(ctx, sent, gov, m, trig) -> bool:
    """"She has not been arrested": the act did not happen, and with no one accused of
    it and nothing alleged there is nothing to deny ("the police did not arrest them"
    denies an act of the police). A "not" inside the trigger ("not allowed to leave")
    is the act itself; "has not returned" is a rule of its own."""
    if trig.types[0] == "RETURN":
        return False
    # "was not arrested or detained": the second verb shares the first's "not".
    heads = [gov] + ([gov.head] if gov.dep_ == "conj" and gov.head.i < gov.i
                     and not any(c.dep_ in _SUBJECT or c.dep_ in ("aux", "auxpass") for c in gov.children) else [])
    neg = [c for h in heads for c in h.children if c.dep_ == "neg"
           and not m.start() <= sent.start + c.idx < m.end()]
    if neg and _until(gov):
        return False  # "was not moved to a camp until the autumn": it happened, later
    return bool(neg) and not _ALLEGED.search(ctx.flat, sent.start, sent.end)


def _a_recall(ctx, trig) -> bool:
    """The rule reads the North calling its own workers home: always ("recall"), or in a report on
    the North's workers abroad only ("recall_abroad": "the company sent eleven men home")."""
    return "recall" in trig.needs or ("recall_abroad" in trig.needs and ctx.workers_abroad)


def _until(gov) -> bool:
    """The act's verb has an "until" of its own ("was not moved to a camp until the autumn")."""
    return any(c.lower_ in ("until", "till") for c in gov.children)


def _unnamed_policy(ctx, trig, perp, from_context, human_ok) -> bool:
    """A restriction is often told with no one named as imposing it ("the city has been
    under quarantine", "they are not allowed to leave"): in a report that names a North
    Korean organ it is still the act the report tells. A report that names only the
    state ("the authorities", "North Korea") needs people the restriction bears on:
    "traffic was restricted" near an embassy, journalists kept from a match or "visits"
    to tombs closed for repair are no coercion of residents."""
    if trig.types[0] != "RESTRICT" or perp is not None or from_context:
        return False
    return any(n.key.startswith("KP.") and n.key != "KP.gov" for n in ctx.named) \
        or (human_ok and _policy_actor(ctx) is not None)


# "tombs near Pyongyang", "a flat in North Korea", "the estuary borders North Korea": the capital or
# country as a place.
_AT_PLACE = re.compile(r"\b(?:in|near|at|outside|around|from|to|into|across|of|inside|borders?|bordering)\s+(?:the\s+)?$", re.I)


def _a_place(ctx, m) -> bool:
    """A country or capital name after a preposition of place names where, not who acts:
    a report whose only such word is "near Pyongyang" names no state that imposes a rule."""
    return m.text.casefold() in ctx.lex.not_antecedent and bool(
        _AT_PLACE.search(ctx.flat[max(0, m.start - 15):m.start]))


def _policy_actor(ctx) -> Optional[Perpetrator]:
    """Whose policy an unattributed restriction is: the state, when the report names it
    ("North Korea", "the authorities", "the government"); a policy is the state's, not
    any one organ's. None when the report names only organs or none at all."""
    # "the authorities" count; a generic "officer" is someone, not the state as a whole.
    m = next((m for m in ctx.mentions if m.key == "KP.gov" and not _foreign(ctx, m) and not _a_place(ctx, m)
              and (not m.generic or m.text.casefold() in ctx.lex.state_whole
                   or ctx.organisation_for(m) is None)), None)
    return Perpetrator(m.text, m.key, ctx.actors.name(m.key)) if m is not None else None


def _conditional(gov) -> bool:
    """An act only supposed ("if they do manage to bring back ...") did not happen."""
    cur = gov
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL for c in cur.children):
            return True
        if cur.dep_ not in ("xcomp", "conj", "advcl") or cur.head is cur:
            return False
        cur = cur.head
    return False


_SUBJECT_PHRASE = frozenset({"appos", "pobj", "prep", "compound", "conj", "npadvmod"})


def _subjects(gov, skip_own_passive: bool) -> list:
    """Subject candidates up the clause, nearest first. A relative clause gives the noun
    it describes ("agents who visited" -> agents); when that noun is no actor the
    search goes on above it ("they will use defectors who return for propaganda")."""
    out = []
    cur = gov
    for step in range(10):
        subj = None
        if cur.head.lower_ == "with" and cur.dep_ in ("pcomp", "pobj", "advcl", "ccomp"):
            # "stood with their heads bowed": the absolute clause's subject undergoes it;
            # the clause it hangs on says who acts.
            cur = cur.head.head
            continue
        for c in cur.children:
            if c.dep_ in ("nsubj", "csubj") or (c.dep_ == "nsubjpass" and (step > 0 or not skip_own_passive)):
                subj = c
                break
            if c.dep_ == "agent" and step > 0:
                subj = next((g for g in c.children if g.dep_ == "pobj"), None)
                break
        if subj is not None and subj.dep_ in ("nsubj", "csubj", "nsubjpass"):
            # Two subjects on one verb is a misparse of a parenthetical ("Those who refuse,
            # inminban heads have warned, will lose ..."): the one nearest the verb is its own.
            subj = max((c for c in cur.children if c.dep_ == subj.dep_ and c.i < cur.i), key=lambda c: c.i,
                       default=subj)
        if subj is None and cur.dep_ == "acl" and cur.head.lower_ in _WRITTEN:
            return out  # "a paper promising to report": the pledge's words, no one's act
        if subj is None and cur.dep_ == "advcl" and cur.lower_ in _PLEDGING and (
                _SIGNED.match(cur.head.lower_)
                or any(c.dep_ in ("ccomp", "xcomp") and _SIGNED.match(c.lower_) for c in cur.head.children)):
            return out  # "made her sign it, promising that she would report ...": the pledge's words
        if subj is None:
            subj = _series_subject(cur)
        if subj is None:
            subj = _said_object_subject(cur)
        if subj is None and cur.dep_ == "acl" and cur.tag_ in ("VBN", "VBD") and any(c.dep_ == "dobj" for c in cur.children):
            # "Officers of the city security department in Hyesan, Ryanggang Province, arrested
            # last week the wife of ...": a participle with an object of its own is active, and
            # the parser hangs it on the nearest noun of its subject's phrase; the phrase's
            # nouns, nearest first, up to the one that heads it, are the candidates.
            n = cur.head
            while True:
                if n.tag_.startswith("NN"):
                    out.append(n)
                if n.dep_ not in _SUBJECT_PHRASE or n.head is n:
                    return out
                n = n.head
        via_relative = False
        if subj is not None and subj.tag_ in ("WDT", "WP") and cur.dep_ == "relcl":
            subj, via_relative = cur.head, True
        elif subj is None and cur.dep_ == "relcl":
            subj, via_relative = cur.head, True
        if subj is not None:
            out.append(subj)
            if not via_relative:
                return out
        if cur.dep_ not in _CLIMB or cur.head is cur:
            return out or _left_subject(gov)
        cur = cur.head
    return out


def _said_object_subject(verb):
    """"says police in Chongjin, in North Korea's Ryanggang province, arrested her brother": the
    parser makes "police" the object of "says" and "arrested" a second verb of the speaker's,
    joined with no "and". A verb of saying takes words, not a noun, as object, so that noun is
    the subject of the act the comma cut off."""
    head = verb.head
    if verb.dep_ not in ("conj", "ccomp") or head.i == verb.i or head.lower_ not in _REPORTING \
            or head.lower_.startswith(("tell", "told")) or verb.tag_ not in ("VBD", "VBZ", "VBP") \
            or any(c.dep_ == "ccomp" and c.i != verb.i for c in head.children):
        return None  # ("told his wife that ..., took the keys": one who tells takes a hearer, and acts on)
    if any(c.dep_ == "cc" and c.i < verb.i for c in head.children):
        return None  # "said so and left": two acts of the speaker's
    # (or a second subject of the speaker's, after the verb: "A refugee says police ...")
    spoke = any(c.dep_ == "nsubj" and c.i < head.i for c in head.children)
    return next((c for c in head.children if head.i < c.i < verb.i and c.tag_.startswith("NN")
                 and (c.dep_ == "dobj" or c.dep_ == "nsubj" and spoke)), None)


def _left_subject(gov) -> list:
    """A finite verb left with no subject is the next act of a series the parser broke
    ("agents called on the mother, told her ..., promised ... and then warned her", with
    "promised" hung under the source's "told RFA"): the subject of the nearest clause
    before it does it too. Only a past or present finite verb: an infinitive or
    participle without subject has its own reading."""
    if gov.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in _SUBJECT or c.dep_ == "expl" for c in gov.children):
        return []
    for tok in reversed(list(gov.doc[:gov.i])):
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.tag_ not in ("WDT", "WP") and tok.head.dep_ != "relcl":
            return [tok] if tok.dep_ == "nsubj" else []
    return []


def _series_subject(verb):
    """The subject of a series of acts the parser hung on its first verb: in "agents
    called on the mother, sat with her, told her ..." it reads "called" as an adverbial
    clause of "sat" with the subject inside. A clause with no subordinator ("if", "after",
    "when") before the verb is such a first act; its subject does all of them."""
    first = next((c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i
                  and c.tag_ in ("VBD", "VBZ", "VBP")
                  and not any(g.dep_ in ("mark", "advmod") and g.i < c.i for g in c.children)), None)
    if first is None:
        return None
    return next((c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")), None)


# What may come before a case line's verb: a list mark, a date or label and its colon ("- 12 June:",
# "Late May:", "2.").
_CASE_LINE_LABEL = re.compile(r"\s*(?:[-•*–—]\s*|\d{1,2}[.)]\s+)?(?:[^:.\n]{1,70}:\s*)?")
# A case line's paragraph opens with a list mark or a label ("• Case 2, Ri Song-mi, 47:", "May 2024:"), so a
# fragment in quoted speech ("Expelled, just like that.") is none.
# (A speaker's name in a transcript, "JONG:", "Q:", "Kim:", is no label.)
_CASE_LINE_START = re.compile(r"\s*(?:[-•*–—]|\d{1,2}[.)]\s|(?![A-Z]+:|[A-Z][a-z]*:)[^:.\n\"“]{1,70}:\s)")


def _headline_passive_line(ctx, sents, sent, gov) -> bool:
    """A case line told as a headline, the auxiliary left out ("5 May 2024: Sister dismissed from her
    post.", "Mother and younger sister called in to the county security department"): a noun subject
    right after the line's label, a past form with no auxiliary and no object."""
    if gov.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass", "dobj", "dative", "ccomp") for c in gov.children):
        return False  # ("One woman interviewed in 2025 said ...": a participle before what she said)
    if any(c.dep_ == "dep" and c.tag_.startswith("VB") for c in gov.children):
        return False
    subj = next((c for c in gov.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ not in ("NN", "NNS", "NNP") or subj.i > gov.i or gov.dep_ != "ROOT":
        return False
    if ctx.lex.target_category(subj.text, ctx.flat) not in HUMAN:
        return False  # ("Eviction notice read out at the door": a thing, no one undergoes it)
    start = min(s.start for s in sents if s.paragraph == sent.paragraph)
    return bool(_CASE_LINE_START.match(ctx.flat, start)) \
        and bool(_CASE_LINE_LABEL.fullmatch(ctx.flat, sent.start, sent.start + subj.left_edge.idx))


def _target(ctx, root, gov, passive, para):
    """The people the act is done to: a passive subject, a direct object, or the object of
    on/against/of/to after the trigger noun ("monitoring of families", "visits to homes")."""
    if passive:
        for c in gov.children:
            if c.dep_ == "nsubjpass":
                return c
    # A noun trigger is usually the verb's object itself ("stepped up monitoring"), so its
    # people are found on the noun, not on the verb.
    if root.dep_ == "acl" and root.tag_ == "VBN":
        return root.head  # "families expelled from the border"
    cands = [c for c in root.children if c.dep_ in ("dobj", "dative")]
    preps = ("of", "on", "against", "to", "at", "toward", "towards", "into")
    heads = (root,) if root is gov else (root, gov)
    for n, head in enumerate(heads):
        for c in head.children:
            # A phrase before the verb sets the scene ("At the same meeting, the minders
            # promised ..."); the people acted on follow it.
            if c.dep_ == "prep" and c.lower_ in preps[n:] and c.i > head.i:  # "of" only on the noun itself
                cands.extend(g for g in c.children if g.dep_ == "pobj")
            elif c.dep_ == "prep" and c.lower_ in ("in", "up") and c.i == head.i + 1 \
                    and head.tag_ in ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ"):
                # "calling in the families", "rounding up traders": the particle read as a
                # preposition; its object is the verb's.
                cands.extend(g for g in c.children if g.dep_ == "pobj")
    # "promised housing to defectors": the people, not the thing, are the target.
    for c in cands:
        if c.lower_ in ctx.lex.pronouns or ctx.lex.target_category(c.text, para) != "other" \
                or ctx.lex.target_category(_np_text(c.doc, c, 0, keep=_TARGET_KEEP)[0], para) != "other":
            return c
    if root.lower_ in _CAUSATIVE:
        # "made me write a statement", "had him place the call", "made her sign a
        # confession": the one made to act, not the paper (whatever the parse hangs on the verb).
        subj = next((g for c in root.children if c.dep_ == "ccomp" and c.i > root.i
                     for g in c.children if g.dep_ == "nsubj"), None)
        after = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
        if subj is None and after is not None and after.lower_ in _CAUSEE_PRONOUNS:
            subj = after  # the parser read "sign" in "made her sign a confession" as a noun
        if subj is not None:
            return subj
    if cands:
        return cands[0]
    # "an officer has come to see him", "they came to question my mother": the people are
    # the purpose clause's object, when it names people.
    for c in gov.children:
        if c.dep_ in ("xcomp", "advcl") and c.i > gov.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            obj = next((g for g in c.children if g.dep_ == "dobj"), None)
            if obj is not None and (obj.tag_ == "PRP" or ctx.lex.target_category(
                    _np_text(obj.doc, obj, 0, keep=_TARGET_KEEP)[0], para) != "other"):
                return obj
    # "promised that workers who ... would be given apartments", "warned that families
    # would be sent away": the people the promise or threat is about, if people.
    for c in root.children:
        if c.dep_ == "ccomp":
            subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.lower_ not in ctx.lex.pronouns and ctx.lex.target_category(
                    _np_text(subj.doc, subj, 0, keep=_TARGET_KEEP | {"relcl"})[0], para) != "other":
                return subj
    return None


def _described(head) -> str:
    """The target phrase with all it says of its people: its clauses in full, not the
    people joined to it ("the woman and her companion")."""
    drop = {t.i for c in head.children if c.dep_ in ("conj", "cc", "parataxis") for t in c.subtree}
    return " ".join(t.text for t in head.subtree if t.i not in drop)


def _np_text(sdoc, head, offset, keep=None):
    """The noun phrase of ``head`` without its relative clauses: contiguous text and
    document offsets."""
    toks = [head]
    stack = [head]
    while stack:
        t = stack.pop()
        for c in t.children:
            if (c.dep_ in _NP_SKIP and not (keep and c.dep_ in keep)) or (keep is not None and c.dep_ not in keep):
                continue
            if c.dep_ == "prep" and c.lower_ not in ("of", "from", "at", "in") and keep is not None:
                continue
            toks.append(c)
            stack.append(c)
    lo = min(t.i for t in toks)
    hi = max(t.i for t in toks)
    while hi > lo and (sdoc[hi].is_punct or sdoc[hi].is_space):
        hi -= 1
    while lo < hi and (sdoc[lo].is_punct or sdoc[lo].is_space):
        lo += 1
    span = sdoc[lo:hi + 1]
    start = offset + span.start_char
    end = offset + span.end_char
    # span.text joins the span's tokens only; sdoc.text would rebuild the whole sentence each call
    return span.text, start, end


def _resolve(ctx, tok, sent):
    """A subject token -> Perpetrator, "nonactor" (someone else acts) or "foreign"."""
    low = tok.lower_
    if low in _COUNT_OF:
        # "One of them said ...": the pronoun inside says who.
        inner = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj" and g.lower_ in ctx.lex.pronouns), None)
        if inner is not None:
            tok, low = inner, inner.lower_
    if low in ctx.lex.pronouns:
        ante = ctx.latest(sent.start + tok.idx)
        if ante is None:
            return None
        return Perpetrator(tok.text, ante.actor, ante.name)
    if low == "i" and ctx.narrator is not None and not ctx.in_quote(sent.start + tok.idx):
        return Perpetrator(tok.text, ctx.narrator, ctx.actors.name(ctx.narrator))
    if low in ("he", "she"):
        one = _one_official(ctx, sent.start + tok.idx, low) or _previous_subject(ctx, tok, sent) \
            or _own_sentence_subject(ctx, tok, sent)
        if one is not None:
            return Perpetrator(tok.text, one.actor, one.name)
    if low in _GROUP_BACK and all(c.dep_ == "det" and c.lower_ in ("the", "both") for c in tok.children):
        # "They fired several shots and one hit him", "the two": a bare number points back
        # to the actor just named, as a pronoun does; only a close one (a clause or two).
        found = ctx.latest_mention(sent.start + tok.idx)
        if found is not None and sent.start + tok.idx - found[0].end <= _GROUP_REACH:
            return Perpetrator(tok.text, found[1], ctx.actors.name(found[1]))
    if tok.tag_ in ("PRP", "WP", "EX"):
        return "nonactor"
    text, start, end = _np_text(tok.doc, tok, sent.start)
    if _force_in_third_state(ctx.lex.third_state_places).fullmatch(text):
        return "foreign"  # "Police in northern Laos": that state's police, whatever border the passage names
    if ctx.lex.foreign_re.search(text):
        found = ctx.actors.find(ctx.flat[start:end], start)
        if not any(m.key.startswith("CN.") for m in found):
            return "foreign"
    found = [m for m in ctx.mentions if m.start >= start and m.end <= end]
    # "the site manager, who is also its Party secretary": the relative clause says which
    # organ the person holds office in, whatever post the head names.
    office = next((a for c in tok.children if c.dep_ == "relcl" and c.lower_ in _BE
                   and any(w.tag_ in ("WP", "WDT") for w in c.children)
                   for a in c.children if a.dep_ == "attr"), None)
    if office is not None:
        _, o_start, o_end = _np_text(tok.doc, office, sent.start)
        found = [m for m in ctx.mentions if m.start >= o_start and m.end <= o_end] or found
    if not found:
        found = _member_of(ctx, tok, sent)
    if not found:
        organ = _organ_anaphor(ctx, tok, start)
        if organ is None and tok.lower_ in _CREW_BOSSES and ctx.workers_abroad \
                and not any(c.dep_ in ("amod", "compound", "poss") and c.lower_ not in _CREWS_OWN for c in tok.children):
            # "their boss locked the gate", "the manager kept the passports": in a report on the
            # North's crews abroad, the crew's own manager acts for the state that sent it (bench/
            # CODING.md: KP.gov); a manager named by another's firm or country ("the Polish
            # manager", "the hotel's director") is not.
            organ = "KP.gov"
        return Perpetrator(text, organ, ctx.actors.name(organ)) if organ else "nonactor"
    best = _best(found)
    first = min(found, key=lambda m: m.start)
    if first is not best and not first.generic and first.key != best.key \
            and not best.key.startswith(first.key + ".") and not _foreign(ctx, first) \
            and re.search(r"\s(?:and|or)\s", ctx.flat[first.end:best.start]):
        best = first  # "police and Youth League squads": a joint act is the first-named organ's
    if _foreign_city(ctx, best):
        return "foreign"
    key = best.key
    if not ctx.about_north and key.startswith("KP."):
        return "foreign"  # "Police will use drones to watch expressways": the South's own, in a report on it
    if best.generic:
        key = ctx.organisation_for(best) or key
    town = _phrase_town_country(text[best.end - start:]) if best.text.casefold() in _BARE_POLICE else None
    if key == "KP.MSoS" and town == "CN":
        key = "CN.police"  # "police in Wangqing": the police of the town its own phrase names
    if key == "KP.MSoS" and town != "KP" and (_china_police_before(ctx, best) or (
            best.text.casefold() in _BARE_POLICE and (ctx.set_in_china or _sentence_in_china(ctx, sent))
            and not _NORTH.search(ctx.flat, sent.start, sent.end)
            and not any(_north_korean_place(w) for w in _CAPITALISED.findall(ctx.flat, sent.start, sent.end)))):
        # ("police in the towns check the phones", in a report set in Yanji: China's)
        key = "CN.police"
    same = _SAME_ORGAN.search(text)
    if same is not None:
        # "agents of the same department": the organ last named by that noun (the
        # anti-espionage department), not whichever organ was named last.
        key = next((ctx._unit(i).key for i in range(len(ctx.named) - 1, -1, -1) if ctx.named[i].end <= start
                    and ctx.named[i].text.split()[-1].casefold().rstrip("s") == same.group(1).casefold().rstrip("s")),
                   key)
    if len(text) > 80:
        text = best.text
    return Perpetrator(text, key, ctx.actors.name(key))


# Verbs by which a person or squad is said to come from an organ ("a squad drawn from the
# prosecutor's office and police", "a man who came from the county security department").
_FROM_ORGAN = re.compile(r"^(?:is|was|are|were|be|been|drawn|sent|dispatched|assigned|seconded|came|come|comes)$")


def _member_of(ctx, tok, sent) -> list:
    """The organs a subject is said to come from, in its own phrase: "from" right on it or on a
    participle or relative clause of coming or being sent ("drawn from", "who came from"), not
    "a woman who fled from the police"."""
    found = []
    for v in [tok] + [c for c in tok.children if c.dep_ in ("acl", "relcl") and _FROM_ORGAN.match(c.lower_)]:
        for prep in v.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        _, o_start, o_end = _np_text(tok.doc, obj, sent.start)
                        # (the object and the organs joined to it: "the prosecutor's office and police")
                        o_end = max([o_end] + [sent.start + c.idx + len(c.text) for c in obj.subtree])
                        found += [m for m in ctx.mentions if m.start >= o_start and m.end <= o_end]
    return found


_IN_NORTH = re.compile(r"\b(?:in|inside|back in|back to|returned to) (?:North Korea|the North|the DPRK)\b")
_CAME_BACK = re.compile(r"\b(?:crossed|came|went|walked|swam|waded|got) back (?:over|across|into|to|home)\b"
                        r"|\b(?:returned|went|came) home\b", re.IGNORECASE)


_BARE_POLICE = frozenset({"police", "the police", "policemen", "police officers", "police officer", "a police officer"})


def _china_police_before(ctx, m: ActorMatch) -> bool:
    """A bare "police" after the report named China's police, with no police of the North
    named since ("Chinese police have stepped up checks ... Last month police took away two
    women"): China's, as "they" would be."""
    if m.text.casefold() not in _BARE_POLICE:
        return False
    for a in reversed(ctx.named):
        if a.end > m.start:
            continue
        if a.key.startswith("CN.police"):
            # ... unless the people have since been handed back ("handed over to the North,
            # where police questioned her") or came back ("I crossed back over the Yalu"), or
            # the police send people to the North's own institutions ("the city police sent me
            # to the labour training unit"): the police after that are the North's.
            return not (_HANDED_BACK.search(ctx.flat, a.end, m.start) or _IN_NORTH.search(ctx.flat, a.end, m.start)
                        or _CAME_BACK.search(ctx.flat, a.end, m.start)
                        or any(s.start <= m.start < s.end and _north_institution().search(ctx.flat, s.start, s.end)
                               for s in ctx.sents))
        if a.key == "KP.MSoS" and a.text.casefold() not in _BARE_POLICE:
            return False
    return False


def _singular(word: str) -> str:
    word = word.casefold()
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word


def _organ_anaphor(ctx, tok, start: int) -> Optional[str]:
    """"The squad caught three students", "the bureau had spent months": a definite organ
    noun as the subject points back to the last organ named with that noun, in the name
    ("the provincial security bureau") or right beside it ("Squads from the Youth League",
    "a Youth League squad"). An organ never named so leaves the subject no actor."""
    head = _singular(tok.text)
    if head not in ctx.lex.organ_head:
        # "the unit heads": the organ noun is the modifier of the officials it has.
        head = next((_singular(c.text) for c in tok.children if c.dep_ == "compound"
                     and _singular(c.text) in ctx.lex.organ_head), head)
    if head not in ctx.lex.organ_head or not any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
        return None
    for n in range(len(ctx.named) - 1, -1, -1):
        m = ctx.named[n]
        if m.end > start or _foreign(ctx, m):
            continue
        words = [_singular(w) for w in re.findall(r"[\w-]+", m.text)]
        before = [_singular(w) for w in re.findall(r"[\w-]+", ctx.flat[max(0, m.start - 40):m.start])][-4:]
        after = [_singular(w) for w in re.findall(r"[\w-]+", ctx.flat[m.end:m.end + 30])][:2]
        # "Squads from the League": the noun, then "of/from (the)"; "the League's squad",
        # "a League squad": the noun just after (one word between at most).
        near = (head in before and before[-1] in ("the", "of", "from") and before.index(head) >= len(before) - 3) \
            or head in after
        if head in words or near:
            return ctx._unit(n).key
    return None


_SAME_ORGAN = re.compile(r"\bthe same (department|unit|bureau|office|section|branch|agency)\b", re.IGNORECASE)


def _one_official(ctx, pos: int, pronoun: str = "he") -> Optional[Perpetrator]:
    """What "he"/"she" at ``pos`` means when the nearest person before it in the
    paragraph is one official ("the inminban head ... she is coming at night"). Any
    private person in between ("the officer told the woman that she ...") may be the one
    meant instead, so then nothing is resolved: "he"/"she" is the victim more often."""
    para = ctx.text.rfind("\n\n", 0, pos)  # a paragraph break: the blank line
    m = next((m for m in reversed(ctx.mentions) if m.end <= pos), None)
    if m is None or _foreign(ctx, m):
        return None
    if m.start < para or pos - m.end > 300:
        # In a first-person account the official the speaker dealt with stays "he" across
        # paragraphs ("he gave me names ... When I missed two Thursdays, he came to our
        # house"), as long as no one else is named and the speaker is the one told of.
        between = ctx.flat[m.end:pos]
        if pos - m.end > _ACCOUNT_REACH or not re.search(r"\b(?:I|me|my)\b", between) \
                or re.search(r"\b(?:she|her)\b" if pronoun == "he" else r"\b(?:he|him|his)\b", between, re.I):
            return None
    # "an official of the Ministry of State Security": the organ names whose one official it is.
    of = _OFFICIAL_OF.search(ctx.flat, max(0, m.start - 40), m.start)
    if m.text.split()[-1].casefold() not in ctx.lex.one_official \
            and not (of and of.group(1).casefold() in ctx.lex.one_official):
        return None
    between = ctx.flat[m.end:pos]
    # In a first-person account the narrator is the one acted on, so "him" between the
    # official and "he" is the official again ("the interrogator ... did not satisfy him,
    # he beat me"); elsewhere it may be the victim.
    narrated = re.search(r"\b(?:I|me|my)\b", between) is not None
    if ctx.lex.one_person_re.search(between) \
            or (not narrated and re.search(r"\b(?:he|she|him|her)\b", between, re.I)) \
            or any(w in ctx.lex.person_titles or w in ctx.lex.surnames for w in re.findall(r"[A-Z][\w.]*", between)):
        return None
    key = ctx.organisation_for(m) if m.generic else m.key
    if m.key == "KP.inminban":
        key = m.key  # the head is the people's unit's own, not the organ named before
    return Perpetrator(m.text, key, ctx.actors.name(key)) if key else None


_OFFICIAL_OF = re.compile(r"\b(\w+) (?:of|from|with|at) (?:the |its |a )?$")
_ACCOUNT_REACH = 1500  # characters: a page of someone's account
_GENDERED = {"he": ("woman", "policewoman"), "she": ("man", "policeman")}


def _previous_subject(ctx, tok, sent) -> Optional[Perpetrator]:
    """What "He"/"She" opening a sentence means when the sentence before, in the same
    paragraph, has one official as its subject: that official, whoever else it names after
    its verb ("An officer from the anti-espionage section came to the home of a woman whose
    son lives in Seoul. He took out a phone ..."). The subject is the one the next sentence
    goes on about; _one_official, which looks only at the nearest person, gives up there."""
    if any(not t.is_punct for t in tok.doc[:tok.i]) and not (tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT"):
        return None  # ("Sometimes he comes round", "In March he told her": still the sentence's subject)
    i = next((k for k, s in enumerate(ctx.sents) if s.start == sent.start), 0)
    if i == 0 or ctx.sents[i - 1].paragraph != sent.paragraph:
        return None
    start = ctx.sents[i - 1].start
    before = _parse_sentence(ctx.flat[start:ctx.sents[i - 1].end])
    root = next((t for t in before if t.dep_ == "ROOT"), None)
    if root is not None and root.lower_ in ("said", "told", "says", "tells") \
            and (said := next((c for c in root.children if c.dep_ == "ccomp"), None)) is not None:
        # '"... the agent took out a phone and made the mother call her son," the source told
        # Daily NK. "He held a recorder ..."', 'She says a man from the security department comes
        # to her house. He told her ...': the words' subject, not the source, goes on
        root = said
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None) if root is not None else None
    if subject is None or subject.tag_ != "NN" or subject.lower_ in _GENDERED[tok.lower_]:
        return None
    if subject.lower_ not in ctx.lex.one_official and not any(
            m.start <= start + subject.idx < m.end and not m.generic for m in ctx.mentions):
        return None  # (one official, or an organ's man by its own name: "the bowiwon")
    return _organ_of_subject(ctx, subject, start)


def _own_sentence_subject(ctx, tok, sent) -> Optional[Perpetrator]:
    """What "he"/"she" inside a clause means when its sentence's subject is one official
    ("The examiner, a man from the provincial bureau who ..., made me write it again, and
    each time he tore it up he hit me"): that official, unless someone else is named as a
    person between them."""
    root = tok
    while root.head.i != root.i:
        root = root.head
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i >= tok.i or subject.tag_ != "NN" \
            or subject.lower_ not in ctx.lex.one_official or subject.lower_ in _GENDERED[tok.lower_]:
        return None
    # (what the subject's own description holds, "who had a scar on his chin", names no one else;
    # a person after the verb may be the one meant: "sent him calls in every city he visited")
    between = tok.doc[max(subject.right_edge.i, root.i) + 1:tok.i].text
    other = "she" if tok.lower_ == "he" else "he"  # (the same pronoun again is the same person: "each time he ... he")
    if ctx.lex.one_person_re.search(between) or re.search(rf"\b(?:him|his|her|hers|{other})\b", between, re.I):
        return None
    return _organ_of_subject(ctx, subject, sent.start)


def _organ_of_subject(ctx, subject, base: int) -> Optional[Perpetrator]:
    """The organ a subject phrase names (its sentence starting at ``base``), or None."""
    a = base + subject.left_edge.idx
    b = base + subject.right_edge.idx + len(subject.right_edge.text)
    found = [m for m in ctx.mentions if a <= m.start and m.end <= b and not _foreign(ctx, m)]
    if not found:
        return None
    best = _best(found)
    key = ctx.organisation_for(best) if best.generic else best.key
    return Perpetrator(best.text, key, ctx.actors.name(key)) if key else None


@functools.lru_cache(maxsize=64)
def _parse_sentence(text: str):
    from ..nlp import load_english
    return load_english()(text)


def _best(found: list[ActorMatch]) -> ActorMatch:
    # A named organisation beats a generic word ("agents from the SSD"); a unit beats its
    # ministry ("the SSD's anti-espionage unit"); an organ beats the place it is in
    # ("the police in Pyongyang").
    places = en_lexicon.load().not_antecedent
    return max(found, key=lambda m: (not m.generic, m.text.casefold() not in places, m.key.count("."),
                                     m.end - m.start, -m.start))


# An organisation after "to" receives (handed over to, sent to, reported to); after "by"
# it acts. Up to three words (articles, adjectives) may stand between.
_RECIPIENT = re.compile(r"\b(?:hand(?:s|ed|ing)?|turn(?:s|ed|ing)?|transferr?(?:s|ed|ing)?|deliver(?:s|ed|ing)?)"
                        r"\s+(?:\w+\s+)?(?:over\s+)?to\s+(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)
# "a people's unit meeting", "a Party lecture": the organisation names the occasion.
_GATHERING = re.compile(r"\s+(?:meetings?|sessions?|gatherings?|lectures?|rally|rallies)\b", re.IGNORECASE)
_AGENT = re.compile(r"\bby\s+(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)
# "moved out of the Party's apartments", "expelled from the capital": what is left, not who acts.
_LEFT = re.compile(r"\b(?:from|out of)\s+(?:[\w'-]+\s+){0,2}$", re.IGNORECASE)


def _holds_there(ctx, m, at) -> bool:
    """A recipient whose own relative clause holds the act does it: "handed over to the
    police station, where they were held and fined"."""
    return at is not None and m.end < at and bool(
        re.match(r"[^.;]{0,40}?,?\s*(?:where|which|who)\b", ctx.flat[m.end:at]))


def _receives_custody(ctx, sent, m, at, etype) -> bool:
    """People handed to an organ are in its hands: custody told by the handing itself or
    after it ("She was handed to the city security department the next morning", "... and
    is still being held there") is the receiver's; an arrest told before the handing is not."""
    if etype != "DETAIN" or at is None or m.generic or not m.key.startswith("KP."):
        return False
    handed = _RECIPIENT.search(ctx.flat, max(sent.start, m.start - 40), m.start)
    return handed is not None and at >= handed.start()


# A body that finds or accepts what happened ("The court also accepted her account that her
# brother was dismissed", "the tribunal concluded that ...") judges someone else's act.
_FINDING_WORDS = "accepted|ruled|concluded"
_FINDING_VERB = re.compile(rf"(?:{_FINDING_WORDS})$")
_FINDING = re.compile(rf"\s*,?\s+(?:(?:also|later|further|earlier|however)\s+)?(?:{_FINDING_WORDS}|found that)\b")


def _sentence_actor(ctx, sent, attribution, until=None, at=None, etype=None):
    """The actor named in the sentence for an act that names none of its own. ``until``:
    only mentions before it; ``at``: the trigger's position."""
    found = [m for m in ctx.mentions if sent.start <= m.start and m.end <= (until or sent.end)
             and not _FINDING.match(ctx.flat, m.end)
             and not (attribution and attribution.start is not None
                      and attribution.start <= m.start < attribution.end)
             and not (_RECIPIENT.search(ctx.flat, max(sent.start, m.start - 40), m.start)
                      and not _holds_there(ctx, m, at) and not _receives_custody(ctx, sent, m, at, etype))
             and not (etype == "EXPEL" and _LEFT.search(ctx.flat, max(sent.start, m.start - 30), m.start))
             and not _GATHERING.match(ctx.flat, m.end)]
    # "beaten ... by the soldiers": the agent phrase names the actor outright.
    agents = [m for m in found if _AGENT.search(ctx.flat, max(sent.start, m.start - 40), m.start)]
    found = agents or found
    # Country and capital names here are places ("a diplomat in Pyongyang"), not agents.
    named = [m for m in found if not m.generic and m.text.casefold() not in ctx.lex.not_antecedent]
    # "Prosecutors alleged ... seized by North Korean agents": the organ that tells is a
    # source when the sentence names others who could act.
    if any(not ctx._source(m) for m in found):
        named = [m for m in named if not ctx._source(m)]
    if not named:
        # "made to telephone her daughter while the officials listened": a generic official
        # in the sentence is the organisation last named.
        generic = [m for m in found if m.generic and not _foreign(ctx, m)]
        if not generic:
            return None
        # With no organisation named in the report, "the minders" who told of the act are
        # the state's own; "..., said an official" after it is only a source.
        key = ctx.organisation_for(generic[0]) or (generic[0].key if at is not None and generic[0].start < at else None)
        if key is None:
            return None
        return Perpetrator(generic[0].text, key, ctx.actors.name(key))
    if etype == "PROPAGANDA" and any(m.key.startswith("KP.") for m in named):
        # "crossed from the Chinese side ... and appeared in a video on Uriminzokkiri": the North
        # stages its own shows; China named as a place on the way stages none.
        named = [m for m in named if m.key.startswith("KP.")]
    best = _best(named)
    if _court_abroad(ctx, best):
        return None  # "Kim told the court ... was beaten": the court hears of the act, no actor of it
    if _foreign(ctx, best):
        return "foreign"
    return Perpetrator(best.text, best.key, ctx.actors.name(best.key))


def _unnamed_actor(ctx, sents, sent, etype, word, attribution) -> Optional[Perpetrator]:
    """The actor of an act whose sentence names none, when the act itself says whose it
    is: a penalty, banishment or rule told in a paragraph that names no organ is the
    state's (a sentence, the court's); North Korean state media telling of an arrest tell
    of the state's own act; people sent back from China are sent back by Chinese police."""
    sentence = ctx.flat[sent.start:sent.end]
    if etype == "REPATRIATE":
        # "were likely to be handed to North Korean border officials": whoever hands people
        # to the North is the state they were held in, China when the report is set there.
        to_north = _TO_NORTH.search(sentence) and _in_china(ctx.lex, ctx.flat)
        return Perpetrator(None, "CN.police", ctx.actors.name("CN.police")) \
            if _in_china(ctx.lex, sentence) or to_north else None
    if _in_china(ctx.lex, sentence):
        return None
    if attribution is not None and attribution.start is not None:
        said = [m for m in ctx.mentions if attribution.start <= m.start < attribution.end
                and m.key == "KP.gov" and not m.generic and not _foreign(ctx, m)]
        if said:
            return Perpetrator(said[0].text, "KP.gov", ctx.actors.name("KP.gov"))
    if not _policy_re("state_act").match(etype):
        return None
    if _policy_re("court_act").match(word) or (etype == "PUNISH" and _policy_re("court_term").search(sentence)
                                               and not _NOT_COURT.search(word)):
        # "got 12 years in a kyohwaso", "sent to a camp after a short trial": a court's sentence
        return Perpetrator(None, "KP.court", ctx.actors.name("KP.court"))
    # Otherwise the text does not say who ("was sent to a labour camp", "were moved out of
    # the city"): the state stands in while the act is judged and merged, and the record
    # leaves it unattributed (bench/CODING.md, agentless clauses).
    # (_policy_actor makes a new object on each call: tracked by identity, it is this act's own)
    implied = _policy_actor(ctx) or Perpetrator(None, "KP.gov", ctx.actors.name("KP.gov"))
    ctx.implied.append(implied)
    return implied


_TO_NORTH = re.compile(r"\b(?:hand(?:ed|ing|s)?|turn(?:ed|ing|s)?)\s+(?:them\s+|him\s+|her\s+)?(?:over\s+)?to\s+"
                       r"(?:the\s+)?(?:North\s+Korean?\b|North\b)")


# Penalties no court hands down: political prison camps, dismissals, expulsions.
_NOT_COURT = re.compile(r"\bpolitical\b|\b(?:expel|dismiss|remov|fired|strip|thrown|kicked)", re.IGNORECASE)


def _paragraph_organs(ctx, sents, sent, etype) -> list[ActorMatch]:
    """The North Korean organs the paragraph names as possible actors, in order. The
    lead paragraph sums up what the next one tells in full, with its actor."""
    lead = sents[0].paragraph
    span = (lead, lead + 1) if sent.paragraph == lead else (sent.paragraph,)
    para = [s for s in sents if s.paragraph in span]
    lo, hi = para[0].start, para[-1].end
    return [m for m in ctx.named if lo <= m.start and m.end <= hi and m.key.startswith("KP.")
            and m.key != "KP.gov" and not _RECIPIENT.search(ctx.flat, max(lo, m.start - 40), m.start)
            and not (etype == "EXPEL" and _LEFT.search(ctx.flat, max(lo, m.start - 30), m.start))
            and not _GATHERING.match(ctx.flat, m.end)]


def _recent_actor(ctx, sents, sent, etype=None, same_paragraph=False):
    """A passive act with no actor in its sentence ("the man is followed wherever he goes")
    is the work of the organisation last named, if named in this paragraph or the one
    before; further back the report has moved on. With none named before it in the
    paragraph, an organ the paragraph names after it is the actor ("rumours say two women
    were taken away. The city security chief denied ..."). ``same_paragraph``: an organ
    named only in the paragraph before stands in for the gates and is not recorded."""
    found = ctx.latest_mention(sent.start)  # "the officer" as well as "the SSD"
    ante, key = found if found else (None, None)
    if ante is not None and _foreign(ctx, ante):
        return None
    para = next((s.paragraph for s in reversed(sents) if ante is not None and s.start <= ante.start), -9)
    if ante is not None and ante.generic and para != sent.paragraph:
        # A generic word reaches no further than its paragraph ("officials in Seoul noted").
        ante = ctx.antecedent(sent.start)
        key = ante.key if ante is not None else None
        para = next((s.paragraph for s in reversed(sents) if ante is not None and s.start <= ante.start), -9)
    if para != sent.paragraph:
        later = [m for m in _paragraph_organs(ctx, sents, sent, etype) if m.start >= sent.end]
        if later:
            return Perpetrator(later[0].text, later[0].key, ctx.actors.name(later[0].key))
    if ante is None or sent.paragraph - para > 1:
        return None
    found = Perpetrator(ante.text, key, ctx.actors.name(key))
    if same_paragraph and para != sent.paragraph:
        ctx.implied.append(found)  # judged as that organ's act, recorded as no one's
    return found


def _foreign(ctx, m: ActorMatch) -> bool:
    if m.key.startswith("CN."):
        return False
    before = ctx.flat[max(0, m.start - 25):m.start]
    return bool(ctx.lex.foreign_re.search(before.split(",")[-1].split(".")[-1])) \
        or _foreign_city(ctx, m) or _court_abroad(ctx, m)


_BARE_COURT = re.compile(r"(?i)(?:the |a |an )?(?:court|courts|judge|judges)")


def _court_abroad(ctx, m: ActorMatch) -> bool:
    """A bare "court" or "judge" in a report whose court is another state's, named so
    before it or here ("a court in Russia's Far East ... the court said"): that court, no
    organ of the North's (whose courts are named as the North's or by a place in it)."""
    if m.key != "KP.court":
        return False
    if ctx.lex.court_abroad_re.search(ctx.flat, max(0, m.start - 60), min(len(ctx.flat), m.end + 60)):
        return True
    return bool(_BARE_COURT.fullmatch(m.text)) and ctx.lex.court_abroad_re.search(ctx.flat, 0, m.start) is not None \
        and not _NORTH_COURT.search(ctx.flat, 0, m.start)


_NORTH_COURT = re.compile(r"\b(?:North Korean|North Korea's|DPRK|people's|provincial|Central) courts?\b", re.IGNORECASE)


def _phrase_town_country(words: str) -> Optional[str]:
    """The country of the town a subject's own phrase names after its head ("the police in
    Hoeryong": KP; "officers from the police in Wangqing": CN), if it names one."""
    m = _TOWN_AFTER.match(words)
    place = Gazetteer.load().lookup(m.group(1)) if m else None
    return place.country if place is not None else None


_TOWN_AFTER = re.compile(r"\s+(?:in|of|from|at)\s+(?:the\s+)?(?:(?:city|town|county|port) of\s+)?([A-Z][a-z]+(?:-[a-z]+)?)\b")


def _foreign_city(ctx, m: ActorMatch) -> bool:
    """"A Seoul court", "police in Incheon": an organ of the state that city is in."""
    return bool(ctx.lex.foreign_place_before.search(ctx.flat[max(0, m.start - 60):m.start])
                or ctx.lex.foreign_place_after.match(ctx.flat[m.end:m.end + 40]))


# Words that name the North: "a North Korean trading company" is no lawful body.
_NORTH = re.compile(r"\bNorth Korea|\bDPRK\b|\bPyongyang\b|\bKorean People's Army\b")


def _ties_to_a_state(ctx, words: str) -> bool:
    """Whether an actor's words name the North, or an organ of the North or China by its own
    name ("the bowibu", "Chinese police"), not a bare force the setting decides ("officials")."""
    return bool(_NORTH.search(words) or _china_named(ctx.lex, words, 0, len(words))) or any(
        m.key.startswith(("KP.", "CN.")) and not m.generic and m.text.casefold() not in _PLAIN_FORCES | _BARE_LAW
        for m in ctx.actors.find(words))


_BARE_LAW = frozenset({"court", "the court", "courts", "judge", "the judge", "judges", "the judges", "prosecutor",
                       "prosecutors", "the prosecutors"})  # whose they are, the setting says
_CHINA_SETTING = re.compile(r"\b(?:in|inside|across the border in|over the border in) China\b")
_DESTINATION = re.compile(r"\b(?:fled|defected|escaped|went|gone|came|moved|arrived|settled|resettled|living|lives|live)"
                          r" (?:to|in) (?:South Korea|Seoul)\b")
_ORIGIN = re.compile(r"\bNorth Korean[- ]born\b|\bNorth Korean (?:defectors?|refugees?|escapees?)\b|"
                     r"\b(?:left|fled|escaped(?: from)?|defected from|came from) North Korea\b|"
                     r"\b(?:born|grew up|raised) in (?:[A-Z][\w'’-]+,? (?:(?:North|South) )?(?:[A-Z][\w'’-]+ )?(?:Province, )?)?North Korea\b")


@functools.lru_cache(maxsize=1)
def _lawful_rows() -> list[tuple[re.Pattern, Optional[frozenset[str]], str]]:
    return [(re.compile(r["pattern"]), None if r["acts"] == "*" else frozenset(r["acts"].split(",")), r["kind"])
            for r in data.read_tsv("lexicon/en_lawful_bodies.tsv")]


def _lawful_body(text: Optional[str], etype: str, kinds=("law", "body", "service")) -> bool:
    if not text:
        return False
    for regex, acts, kind in _lawful_rows():
        if kind not in kinds or (acts is not None and etype not in acts):
            continue
        # Doctors and teachers serve whoever employs them; any other body the North is
        # named before ("North Korean firms") is the North's, while "the UN ban on North
        # Korean labour" is the UN's.
        m = regex.search(text)
        if m is not None and (kind == "service" or not _NORTH.search(text, 0, m.start())):
            return True
    return False


def _lawful_act(ctx, sents, sent, sdoc, perp, subj, noun, at, etype) -> bool:
    """Whether the act is a lawful body's: its perpetrator's words name one or, with none
    (or one only inferred), its clause subject does; a trigger noun's own phrase may name
    whose measure it is ("restrictions in UN sanctions"). A source that merely tells of the
    act ("the UN said North Korea detained ...") is neither, so the North's act stands."""
    if perp is not None and perp.text:
        texts = [perp.text]
    else:
        subj = _pronoun_antecedent(subj) if subj is not None and subj.tag_ == "PRP" else subj
        texts = [_np_text(sdoc, subj, 0, keep=_TARGET_KEEP | {"prep", "pobj"})[0]] if subj is not None else []
    if noun is not None:
        texts.append(" ".join(t.text for t in sorted(
            (t for c in noun.children if c.dep_ in ("compound", "poss", "prep", "amod") for t in _phrase(c)),
            key=lambda t: t.i)))
    if any(_lawful_body(t, etype) for t in texts):
        return True
    # "A court issued a warrant": a bare law body is the one the report has been telling of; so
    # are bare officials in a report set in the South ("a city official said. He warned ...").
    if texts and (_lawful_body(texts[0], etype, kinds=("law_generic",))
                  or (ctx.set_in_south and _BARE_OFFICIALS.fullmatch(texts[0].strip()))):
        return _last_law_body_lawful(ctx, sents, sent, at, etype)
    return False


_BARE_OFFICIALS = re.compile(r"(?:(?:the|a|an|some|two|three|several) )?(?:(?:city|local|district|county|town|ward) )?"
                             r"(?:officials?|authorities|officers?|inspectors?|(?:security )?guards?|he|she|they)", re.IGNORECASE)


def _pronoun_antecedent(pron):
    """"Seoul police said they had arrested ...": a pronoun subject of a reported clause
    is the subject of the clause it hangs from, the same actor by the grammar."""
    cur = pron.head
    while cur.dep_ in ("ccomp", "conj", "xcomp", "advcl") and cur.head is not cur:
        cur = cur.head
        subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.tag_ != "PRP":
            return subj
    return pron


def _phrase(tok):
    """A modifier's own words, without the clauses that describe its nouns ("sanctions,
    which bar imports of North Korean seafood")."""
    yield tok
    for c in tok.children:
        if c.dep_ not in _NP_SKIP:
            yield from _phrase(c)


def _last_law_body_lawful(ctx, sents, sent, at, etype) -> bool:
    """The last law body named before ``at``, anywhere earlier in the report, is a lawful
    one, not an organ of the North or China (a Seoul court's case told over several
    paragraphs: "Police arrested him at the scene" is still Seoul's police); or the report
    is set in the South and nothing of the North or China is named since its last place."""
    lo = min((s.start for s in sents if s.paragraph <= sent.paragraph), default=sent.start)
    before = ctx.flat[lo:at]
    lawful = max((m.end() for regex, _, kind in _lawful_rows() if kind == "law"
                  for m in regex.finditer(before)), default=-1)
    north = max((m.end - lo for m in ctx.named if lo <= m.start < lo + len(before)
                 and m.key.startswith(("KP.", "CN.")) and not m.generic and not _foreign(ctx, m)
                 # a bare "police" or "court" says no more whose it is than the one asked about
                 and not _lawful_body(m.text, etype, kinds=("law_generic",))), default=-1)
    if lawful > north:
        return True
    # A report set in the South ("Incheon airport", "the Hwacheon festival"): its bare police are
    # the South's, unless the North, a place in it or China is named since, or in the act's own
    # sentence.
    if not ctx.set_in_south:
        return False
    south = max((m.end() for m in _generic_re("south_place").finditer(before)), default=-1)
    if south < 0 or any(_north_korean_place(w) for w in _CAPITALISED.findall(ctx.flat, sent.start, sent.end)) \
            or _china_named(ctx.lex, ctx.flat, sent.start, sent.end) or _china_named(ctx.lex, before, south, len(before)):
        return False
    return south > max([north, *(m.end() for m in _NORTH.finditer(before)),
                        *(m.end() for m in _CAPITALISED.finditer(before) if _north_korean_place(m.group(0)))])


# A seized person put into a vehicle ("pushed him into the company van"), not held on the spot.
_INTO_A_VEHICLE = re.compile(r"\b(?:into|in|onto)\s+(?:a|an|the|their|his|her|its)\s+(?:[\w'’-]+\s+)?"
                             r"(?:van|minibus|minivan|jeep|vehicle|car|truck)\b(?!\s+park)", re.IGNORECASE)
# Heads of a relative clause that name whoever did something, no one in particular.
_ANY_WHO = frozenset({"ones", "those", "all", "anyone", "anybody", "everyone", "everybody", "whoever", "people"})
# Words of seizing someone, not of holding them ("caught", "picked up", thrown into a van).
_SEIZING = frozenset({"detain.caught", "detain.pick_up", "detain.thrown_in_vehicle", "detain.drove_away",
                      "detain.collar"})


@functools.lru_cache(maxsize=1)
def _taken_abroad(lex) -> re.Pattern:
    """Someone taken from a place in China or a third state ("taken from a flat in Yanji",
    "snatched from a guesthouse in Vientiane")."""
    places = "|".join(re.escape(w) for w in (*lex.china_words, *lex.third_state_places))
    return re.compile(r"\b(?:taken|snatched|seized|grabbed|dragged)\s+from\s+(?:[\w'’-]+\s+){1,4}?in\s+"
                      r"(?:the\s+Chinese\s+(?:city|town|village)\s+of\s+)?(?:" + places + r")\b")


def _china_named(lex, text, start, end) -> list:
    """The mentions of China or a place in it between start and end, not a thing called
    Chinese ("Chinese characters")."""
    things = [(m.start(), m.end()) for m in _CHINESE_THINGS.finditer(text, start, end)]
    return [m for m in _china_re(lex).finditer(text, start, end) if not any(a <= m.start() < b for a, b in things)]


@functools.lru_cache(maxsize=1)
def _china_re(lex) -> re.Pattern:
    """China, or a place in it, named ("police in Hunchun", "Chinese police")."""
    return re.compile(r"\b(?:China|Chinese|" + "|".join(re.escape(w) for w in lex.china_words) + r")\b")


def _handler_organ(ctx, start: int, end: int) -> Optional[Perpetrator]:
    """The North's organ named in the recipient phrase ("to an MSS handler", "to his
    handlers" after the report named the MSS)."""
    found = next((a for a in ctx.mentions if start <= a.start < end and a.key.startswith("KP.")
                  and not a.generic and not _foreign(ctx, a)), None)
    if found is None:
        # "sent the images to a handler in Shenyang": the handler of the organ the report last named
        found = next((ctx._unit(i) for i in range(bisect.bisect_right(ctx.named_ends, start) - 1, -1, -1)
                      if ctx.named[i].key in _HANDLING), None)
        if found is None:
            return None
    key = (ctx.organisation_for(found) or found.key) if found.generic else found.key
    return Perpetrator(found.text, key, ctx.actors.name(key))


def _state_outlet(ctx, sents, sent):
    """The North's state outlet (KCTV, KCNA, Uriminzokkiri, state television) named in the
    sentence or the two before it, in its paragraph: the maker of a programme told of."""
    i = sents.index(sent)
    lo = next((s.start for s in sents[max(0, i - 2):i + 1] if s.paragraph == sent.paragraph), sent.start)
    found = [m for m in ctx.mentions if lo <= m.start < sent.end and m.key == "KP.gov" and not m.generic
             and _generic_re("state_outlet").search(m.text)]
    return found[-1] if found else None


def _paragraph_text(ctx, sents, sent) -> str:
    return " ".join(ctx.flat[s.start:s.end] for s in sents if s.paragraph == sent.paragraph)


# --- cues -----------------------------------------------------------------------

# "..., a charge the group could not verify": what a reporter could not check is hedged,
# not denied; the act takes none of the checking verb's tense or negation.
_VERIFY = re.compile(r"(?:verif|confirm|corroborat)(?:y|ied|ies|ying|e|ed|es|ing)?$")



def _denies(ctx, tok) -> bool:
    """A verb of denial in the active ("dismissed reports that ..."); in the passive it befalls its
    subject ("Two of his deputies were dismissed and expelled from the Party": a penalty, no denial)."""
    return bool(ctx.lex.denial_head.match(tok.lower_)) and not _passive_marked(tok)

def _status(ctx, gov, root, etype, quoted, tense=True, own=()) -> str:
    """``own``: the trigger's tokens ("application ... was rejected" is the act, not a denial)."""
    if _claim_called_false(gov):
        return "denied"
    words = []
    cur = gov
    own_tense = own_clause = False
    for _ in range(12):
        if cur is not gov and cur not in own and _status_re("evaluation_head").match(cur.lower_):
            # "the court did not accept (his claim) that his sister had been expelled": what a
            # court or reporter weighs keeps its own tense; their doubt is certainty, not denial.
            break
        if not own_tense:
            for c in cur.children:
                if c.dep_ in ("aux", "auxpass", "neg", "advmod", "prt", "acomp") and not (c.dep_ == "neg" and own_clause):
                    words.append(c)
            words.append(cur)
        # "... would be sent away and the parents had already been arrested": a joined
        # clause with its own auxiliary or subject has its own tense, not its neighbour's.
        own_tense = own_tense or (cur.dep_ == "conj" and any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") and c.lower_ != "to" for c in cur.children))
        # A relative clause with its own subject is not denied by the clause it hangs on ("When he
        # did not like an answer he hit me", which the parser hangs on "answer").
        own_clause = own_clause or (cur.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children))
        # Nor is a clause of time or cause with its own subject ("When he slipped back across the
        # Yalu, he did not sink into obscurity"): the "not" is the main clause's.
        own_clause = own_clause or (cur.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children)
                                    and any(c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_OR_CAUSE and c.i < cur.i for c in cur.children))
        # Climb to the root, but what a source says does not take the source's tense;
        # what a denial holds is denied ("denied that any traders had been detained").
        if cur is not gov and _denies(ctx, cur) and cur not in own:
            return "denied"
        if cur.head is cur or (cur.dep_ in ("ccomp", "parataxis")
                               and (ctx.lex.report_head.match(cur.head.lower_)
                                    or _VERIFY.match(cur.head.lower_))):
            if cur.head is not cur and _denies(ctx, cur.head):
                return "denied"
            break
        cur = cur.head
    if root is not gov:
        words.extend(c for c in root.children if c.dep_ in ("neg", "amod", "advmod") and not (c.dep_ == "neg" and own_clause))
    # "told her she would not be punished": a "not" the trigger's own words hold is what the act says
    # (the promise's content, a penalty told as a refusal: "was not admitted to the Youth League"), not its denial.
    # (a coercion's stays: "the delegation's assertion that persons are not made to perform labour" is its denial)
    if etype in ("INDUCE", "THREATEN", "PUNISH"):
        words = [w for w in words if not (w.dep_ == "neg" and w in own)]
    group = " ".join(t.text for t in sorted(set(words), key=lambda t: t.i))
    if etype == "RESTRICT":
        # "are not allowed to leave", "is not letting them go", "may not come back without a
        # pass" are the restriction itself, not its denial.
        group = re.sub(r"\b(?:may|must)\s+not\b|\b(?:not|n't|n’t)\s+(?=(?:be\s+|been\s+)?(?:allowed|permitted|allowing|permitting|letting|let"
                       r"|leave|go|come|travel|move|return|visit)\b)|\bcan(?:not|['’]t)\b", "", group)
    if _until(gov):
        # "was not moved to a camp until the autumn": the act happened, later than one might think.
        group = re.sub(r"\b(?:not|n't|n’t)\b", "", group)
    if etype == "PUNISH":
        # "had not been allowed to join the Party", "was never permitted back to her job": a
        # penalty told as what one may no longer do is the penalty, not its denial.
        group = re.sub(r"\b(?:not|n't|n’t|never)\s+(?=(?:be\s+|been\s+)?(?:allowed|permitted)\b)", "", group)
    if etype in ("INDUCE", "THREATEN"):
        # "told her the crimes would be forgotten": the modal is the promise's content; the
        # promise is made.
        group = _status_re("content_modal").sub("", group)
    for cue in ctx.lex.status:
        if cue.label == "expected" and quoted and etype in ("INDUCE", "THREATEN"):
            continue  # "we will forgive them" is a promise made now
        if cue.regex.search(group):
            return cue.label
    if gov.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in _BE for c in gov.children):
        return "ongoing"  # "are visiting", "have been making"
    if tense and _period(gov):
        return "ongoing"  # "were arrested from March to May", "check the rooms every evening"
    if tense and _repeated(gov) and not _status_re("dated").search(_adjuncts(gov)):
        return "ongoing"  # "questioned her repeatedly", undated: a practice, not one act
    if etype == "SURVEIL" and _status_re("duty").search(group):
        return "ongoing"  # "were instructed to compile lists": a watching duty goes on
    if etype == "RESTRICT":
        # A restriction stays in force once imposed ("closed the border", "the new rules
        # require"): told in any past or present tense it is ongoing unless said to end.
        return "ongoing"
    return _tense_status(gov) if tense else "occurred"


_TIME_OR_CAUSE = frozenset({"when", "after", "before", "once", "while", "as", "since", "because", "although", "though"})


# Adjuncts of the act's own clause that may say how long or how often; other clauses
# (what a source says, a relative clause) carry their own time.
_ADJUNCT = frozenset({"prep", "npadvmod", "advmod", "obl", "nmod"})


@functools.lru_cache(maxsize=1)
def _period_re():
    # Read here: the lexicon object loads only the status kinds it knows.
    return re.compile(next(r["pattern"] for r in data.read_tsv("lexicon/en_status.tsv") if r["kind"] == "period"),
                      re.IGNORECASE)


def _claim_called_false(gov) -> bool:
    """"Reports that the women were abducted are false": the act is the content of a claim the
    sentence calls false (lexicon/en_status.tsv: claim_noun, falsity)."""
    cur = gov
    while cur.dep_ == "conj" and cur.head is not cur:
        cur = cur.head
    if cur.dep_ != "acl" or not _status_re("claim_noun").match(cur.head.lower_):
        return False
    claim = cur.head
    return claim.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ in ("acomp", "attr") and _status_re("falsity").match(c.lower_) for c in claim.head.children)


@functools.lru_cache(maxsize=None)
def _status_re(kind):
    return re.compile(next(r["pattern"] for r in data.read_tsv("lexicon/en_status.tsv") if r["kind"] == kind),
                      re.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _policy_re(kind):
    return re.compile(next(r["pattern"] for r in data.read_tsv("lexicon/en_policy.tsv")
                           if r["kind"] == kind), re.IGNORECASE)


def _policy_subject():
    return _policy_re("policy_subject")


def _period(gov) -> bool:
    """A span of time or a frequency in the act's adjuncts makes it repeated or continuing.
    A span set before a verb the act is joined to covers it too ("between 2015 and 2017
    the authorities extended fencing and began jamming")."""
    if any(c.dep_ == "advcl" and any(g.dep_ == "advmod" and g.lower_ == "whenever" for g in c.children)
           for c in gov.children):
        return True  # "kicked me whenever I raised my head": each time, so again and again
    return bool(_period_re().search(_adjuncts(gov)))


def _repeated(gov) -> bool:
    """An adverb of repetition on the act's own verb ("again and again"), not one inside a
    clause hung on its phrases ("taken to a centre where they beat her repeatedly")."""
    words = sorted({t for v in (gov, *_made_to_do(gov)) for c in v.children if c.dep_ == "advmod"
                    for t in c.subtree}, key=lambda t: t.i)
    return bool(_status_re("iterative").search(" ".join(t.text for t in words)))


def _made_to_do(gov) -> list:
    """"Made me write it again and again", "made each team report every evening": what
    one is made to do is the act, so its adjuncts say how often."""
    if not _MADE_BY.match(gov.lower_):
        return []
    return [c for c in gov.children if c.dep_ in ("xcomp", "ccomp") and c.tag_.startswith("VB")]


def _adjuncts(gov) -> str:
    """The act's own adjuncts, and those set before a verb it is joined to, as one string
    in word order ("from March" and "to May" are often separate phrases)."""
    parts = [c for v in (gov, *_made_to_do(gov)) for c in v.children if c.dep_ in _ADJUNCT]
    cur = gov
    for _ in range(3):
        if cur.dep_ not in ("conj", "xcomp") or cur.head is cur:
            break
        cur = cur.head
        parts.extend(c for c in cur.children if c.dep_ in _ADJUNCT and c.i < cur.i)
    words = sorted({t for c in parts for t in c.subtree}, key=lambda t: t.i)
    return " ".join(t.text for t in words)


_PERFECT = frozenset({"have", "has", "'ve", "’ve"})
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "’s", "’re"})


def _tense_status(gov) -> str:
    """Ongoing from the verb's tense: "are being held"; "have relocated ... since the
    spring"; the present of a practice ("are beaten during questioning", "are watched").
    Simple past ("were arrested") is an act that occurred."""
    aux = {c.lower_ for c in gov.children if c.dep_ in ("aux", "auxpass")}
    if gov.tag_ == "VBN" and "being" in aux and aux & (_PRESENT_BE | {"was", "were"}):
        return "ongoing"  # "are being held"; not "before being handed over"
    if aux & (_PERFECT | {"had"}) and any(t.lower_ == "since" for t in gov.subtree):
        return "ongoing"
    if aux & _PERFECT and "been" in aux:
        return "ongoing"  # "have been called in", "have been handed back"
    if gov.tag_ in ("VBZ", "VBP") or (gov.tag_ == "VBN" and aux & _PRESENT_BE and not aux & _PERFECT):
        return "ongoing"
    if gov.tag_ == "VBN" and gov.dep_ == "xcomp" and "be" in aux and not aux & _PERFECT \
            and _tense_status(gov.head) == "ongoing" and gov.head.tag_ in ("VBZ", "VBP", "VBN"):
        return "ongoing"  # "is believed to be held", "are said to be kept": a present state
    if gov.lower_ == "been" and aux & (_PERFECT | {"had"}):
        return "ongoing"  # a state that has lasted: "had been under surveillance"
    if gov.tag_ == "VB" and gov.dep_ == "conj" and not aux and gov.head.tag_ in ("VBZ", "VBP"):
        return "ongoing"  # "live in the compound and check the rooms": the present goes on
    return "occurred"


def _certainty(ctx, sentence: str, attribution: Optional[Attribution]) -> str:
    if attribution is not None and attribution.kind == "rumor":
        return "rumor"
    hit = ctx.lex.first(ctx.lex.certainty, sentence)
    return hit[0].label if hit else "reported"


def _attributions(ctx, sents) -> list[Optional[Attribution]]:
    """Who says so, per sentence: its own cue; "he said"/"the source added" point back
    to the last source named; quoted speech takes the cue of its paragraph."""
    own: list[Optional[Attribution]] = []
    last: Optional[Attribution] = None
    for s in sents:
        hit = ctx.lex.first(ctx.lex.attribution, ctx.flat[s.start:s.end])
        att = None
        if hit:
            cue, m = hit
            if cue.label == "carry":
                att = last
            else:
                g = "who" if "who" in cue.regex.groupindex and m.group("who") else 0
                a, b = s.start + m.start(g), s.start + m.end(g)
                att = Attribution(ctx.text[a:b], cue.label, a, b)
                if cue.label not in ("rumor", "outlet"):
                    last = att  # "he said" points back at a source, not at an outlet
        own.append(att)
    out = list(own)
    for i, s in enumerate(sents):
        if out[i] is None and _has_quote(ctx, s):
            same = [own[j] for j in range(len(sents)) if sents[j].paragraph == s.paragraph and own[j]]
            out[i] = same[0] if same else None
    return out


def _has_quote(ctx, s) -> bool:
    return any(a < s.end and b > s.start for a, b in ctx.quotes)


# --- merging ------------------------------------------------------------------

def _add_in_sentence(found: list[Event], ev: Event) -> bool:
    """Two triggers of one type in one sentence ("threatened ..., warning") are one act,
    unless different actors do them, or they are two kinds of penalty told in two clauses."""
    for old in found:
        if old.type == ev.type and (_two_penalties(old, ev) or _custody_then_handover(old, ev)
                                    or _two_people_penalised(old, ev)):
            continue
        if old.type == ev.type and _same_actor(old, ev):
            for t in ev.tactics:
                if t not in old.tactics:
                    old.tactics.append(t)
            if old.target is None and ev.target is not None:
                old.target = ev.target
            return False
    found.append(ev)
    return True


_CLAUSE_JOIN = re.compile(r",? and (?:then |later |was |were |had |also )?|; |, (?=(?:was|were|had|and)\b)")


def _two_penalties(a: Event, b: Event) -> bool:
    """Two kinds of penalty in clauses of their own (joined by "and", a comma or a
    semicolon between the trigger words): each gets its clause as evidence, so the
    record keeps both (a record is its type and evidence span)."""
    if a.type != "PUNISH" or not (a.extractor and b.extractor):
        return False
    ka, kb = penalty_kind(a), penalty_kind(b)
    if ka is None or kb is None or ka == kb or a.evidence.start != b.evidence.start:
        return False
    first, second = sorted((a, b), key=lambda e: e.trigger_start or 0)
    return _split_clauses(first, second)


_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "i", "me", "we", "us", "his", "their"})
_NAMING_NOTHING = frozenset({"the", "a", "an", "s", "of", "its", "my", "our", "your", "both", "all", "each", "two", "three",
                             "four", "five", "six", "seven", "eight", "nine", "ten", "other", "another", "same"})


# "One of the women received 15 years; the other got 10 years": a person set against the one
# named before is someone else.
_CONTRASTED = re.compile(r"(?:the )?(?:other|others|rest|second|third|latter)\b|another\b", re.IGNORECASE)


def _two_people_penalised(a: Event, b: Event) -> bool:
    """Penalties of one sentence that fall on different people in clauses of their own ("Kim
    was sentenced to 15 years, and two women ... were each given two years"): two acts, each
    with its clause as evidence."""
    if a.type != "PUNISH" or not (a.extractor and b.extractor) or a.evidence.start != b.evidence.start:
        return False
    if not (a.target and b.target and a.target.text and b.target.text):
        return False
    # (the words that name them, not articles, possessives or counts: "the boat's captain" and
    # "his two crewmen" are two sets of people, "his son" and "the son" may be one)
    wa, wb = (set(re.findall(r"[a-z]+", x.target.text.casefold())) - _PRONOUNS - _NAMING_NOTHING for x in (a, b))
    contrast = [bool(_CONTRASTED.match(x.target.text)) for x in (a, b)]
    if not _victims_differ(a, b) and contrast[0] == contrast[1] and (wa & wb or not wa or not wb):
        return False  # the same people, or a pronoun that may be them
    first, second = sorted((a, b), key=lambda e: e.trigger_start or 0)
    return _split_clauses(first, second)


def _split_clauses(first: Event, second: Event) -> bool:
    """Give two acts of one sentence each its own clause as evidence, cut at the "and", comma
    or semicolon last joining them; False (nothing cut) where no such join is between."""
    if first.trigger_end is None or second.trigger_start is None or first.trigger_end > second.trigger_start:
        return False
    text, base = first.evidence.text, first.evidence.start
    join = None
    for m in _CLAUSE_JOIN.finditer(text, first.trigger_end - base, second.trigger_start - base):
        join = m
    if join is None:
        return False
    cut, resume = base + join.start(), base + join.end()
    end = first.evidence.end
    first.evidence = Evidence(text[:cut - base], base, cut)
    second.evidence = Evidence(text[resume - base:], resume, end)
    return True


def _custody_then_handover(a: Event, b: Event) -> bool:
    """Held by one body, then handed to another that holds them ("was held overnight by the
    guards and handed to the city security department, where she is still held"): two
    custodies, each with its clause as evidence, as two penalties are."""
    if a.type != "DETAIN" or not (a.extractor and b.extractor) or a.evidence.start != b.evidence.start:
        return False
    first, second = sorted((a, b), key=lambda e: e.trigger_start or 0)
    if second.extractor.rule != "detain.holding" or first.extractor.rule == "detain.holding" \
            or not _HANDED.match(second.evidence.text, (second.trigger_start or 0) - second.evidence.start):
        return False
    return _split_clauses(first, second)


_HANDED = re.compile(r"(?:handed|turned|passed|transferred)\b", re.IGNORECASE)


def _same_actor(a: Event, b: Event) -> bool:
    ka = a.perpetrator.actor if a.perpetrator else None
    kb = b.perpetrator.actor if b.perpetrator else None
    return ka is None or kb is None or ka == kb
