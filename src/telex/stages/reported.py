"""Reported speech without quotation marks: "Hebestreit said the German chancellor had urged Putin…".

A cue verb's clausal complement is the content ("said [the US would send…]"); directive cues take an
object and an infinitive ("urged [the US Senate to approve…]"), other cues an infinitive of their own
("vowed [to veto the bill]"); "according to X" attributes the clause it is attached to, and so does "in"
a poll ("[Lee leads] in the poll"). Content that is mostly inside quotation marks is a direct quote,
found elsewhere.
Stances count too, as PolNeAR counts them: what someone wants, plans or backs ("wants [to cut
taxes]"), and the writer's judgements through "seems" or "is expected to", which have no speaker
unless what is judged is a saying or stance of the subject ("Lee seemed to urge a delay").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from telex.records import Quote
from telex.stages.event_modality import FINITE_PAST_PRESENT
from telex.stages.furniture import is_excluded
from telex.stages.quote_cues import AUTHORED_NOUNS, MADE_BY_NOUNS, POLL_NOUNS, SPEECH_VERBS, cue_type
from telex.stages.reported_holders import noun_holder

if TYPE_CHECKING:
    from telex.stages.quotes import QuoteFinder

#: Cues that report a request: their content is the object and what it is asked to do.
DIRECTIVE_CUES = frozenset(
    {"urge", "ask", "call", "tell", "warn", "press", "implore", "order", "demand", "encourage", "invite", "advise", "instruct"}
)

#: Prepositions whose object is what was said: "called for a ceasefire", "complained about the mic".
CONTENT_PREPS = frozenset({"for", "about", "of", "against", "on"})

#: Prepositions after a cue's object that say what the object is called or blamed for, part of the
#: content: "described the ground as Swiss cheese", "slammed the president for ...", "accused X of Y".
PREDICATE_PREPS = frozenset({"as", "for", "of", "over"})

#: Nouns of speech whose clause is the content and whose possessor the speaker ("Trump's claim that ...").
SPEECH_NOUNS = frozenset(
    "claim statement warning call charge accusation assertion promise pledge suggestion argument insistence denial".split()
)

#: Cues that report speech only through a clause: their noun object is what they act on or whom
#: they address, not what was said ("welcomed the announcement", "raised money", "addressed the
#: crowd", "told reporters", "continued the tour", "read the paper", "posted the video"). On PolNeAR train fewer than a
#: third of these noun objects are attributions' contents (raise 37 of 150, tell 17 of 68).
CLAUSE_ONLY_CUES = frozenset(
    "add maintain continue raise address tell read write say welcome threaten pledge advise demand push invite post".split()
)

#: Cues that may also name a deed done to their object: attacking a town or a convoy, questioning a suspect, hitting
#: a base. With such an object (:func:`_struck_thing`) they report no speech; with an idea or a person's words they do
#: ("attacked the plan", "questioned the integrity of the vote").
FORCE_SENSE_CUES = frozenset("attack question hit blast strike target".split())
#: Objects of a deed, not of a statement: places, holdings and people held for questioning.
STRUCK_NOUNS = frozenset(
    """town towns city cities village villages base bases convoy convoys position positions checkpoint checkpoints
    post posts station stations building buildings camp camps ship ships vessel vessels hospital school suspect
    suspects witness witnesses detainee detainees prisoner prisoners""".split()
)


def _struck_thing(obj: Token) -> bool:
    """Whether a cue's object is a place or a thing struck, or someone held for questioning ("the town", "Goma",
    "the convoy", "the suspect")."""
    return obj.lemma_.lower() in STRUCK_NOUNS or obj.lower_ in STRUCK_NOUNS or obj.ent_type_ in ("GPE", "LOC", "FAC")


#: Cues whose object is the person or body addressed, never what was said: one warns, cautions,
#: assures, informs, notifies or reminds someone. Their content is a clause or infinitive (found
#: first), else the phrase on what they were warned of ("warned the rebels against [joining the
#: pact]", "informed the board of [the new rules]"); the object alone is no content. On PolNeAR
#: train no gold content of these cues is their bare object; "told X" and "advised X" are in
#: CLAUSE_ONLY_CUES already, and "urged X to ..." keeps its object, as PolNeAR mostly does.
ADDRESSEE_CUES = frozenset("warn caution assure inform notify remind".split())

#: Words that open a true relative clause as its subject ("warned the rebels who attacked the city").
RELATIVE_WORDS = frozenset({"that", "who", "which", "whom"})

#: Fewest tokens a noun-phrase content needs ("the complaint" has two).
MIN_NP_CONTENT_TOKENS = 2

#: Share of a content span inside quotation marks above which it is a direct quote, not reported speech.
#: Below it the content is reported speech that quotes some words ("mixed" in PolNeAR's terms).
MAX_QUOTED_SHARE = 0.8

#: Fewest tokens a reported clause needs; shorter complements ("said so") carry no content.
MIN_CONTENT_TOKENS = 3

#: Fewest tokens of a reported clause whose verb has a subject of its own: "said [talks failed]".
MIN_CLAUSE_TOKENS = 2


def _clause_minimum(cue: Token, head: Token) -> int:
    """How many tokens the clause ``head`` heads needs to be the content of ``cue``: a finite full verb
    after the cue with a noun or pronoun as its own subject is a whole statement in two words ("said
    [talks failed]", "said [troops withdrew]"); anything else needs three ("said so", "said he would"
    carry no content, nor does a bare infinitive or a participle: "saw [shares fall]", "see [it
    reforming]" are not stances)."""
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i), None)
    if (
        head.i > cue.i
        and head.pos_ == "VERB"
        and head.tag_ in FINITE_PAST_PRESENT
        and subject is not None
        and subject.pos_ in ("NOUN", "PROPN", "PRON")
        and subject.whitespace_  # not a piece the tokenizer split off a word ("id." as "i" + "d.")
    ):
        return MIN_CLAUSE_TOKENS
    return MIN_CONTENT_TOKENS


#: Cues of speech that, before an infinitive, say how a deed goes on, not what was said: "continued to rise",
#: "went on to serve".
ASPECT_CUES = frozenset({"continue", "go"})

#: Fewest words of an infinitive that is the content of its cue: "declined [to comment]", "vowed [to fight]".
MIN_INFINITIVE_TOKENS = 2


def _infinitive(verb: Token) -> bool:
    """Whether a verb is a to-infinitive ("to fight")."""
    return verb.pos_ in ("VERB", "AUX") and any(a.dep_ == "aux" and a.lower_ == "to" and a.i < verb.i for a in verb.children)


def _says_infinitive(cue: Token) -> bool:
    """Whether the infinitive after a verb of speech is what its speaker said ("Lee vowed [to fight]"): not
    after "continue", nor after a passive ("was asked to name", "is said to be": who asked or said is not
    its subject), and only where the verb has a subject of its own or shares one ("Lee spoke and vowed to
    fight"): the one who refused in "held Lee in contempt for refusing to testify" is not the verb's subject."""
    if cue.lemma_.lower() in ASPECT_CUES or any(c.dep_ in ("auxpass", "nsubjpass") for c in cue.children):
        return False
    return cue.dep_ in ("conj", "xcomp") or any(c.dep_ == "nsubj" for c in cue.children)


def _edges(tokens: list[Token], minimum: int = MIN_CONTENT_TOKENS) -> tuple[int, int] | None:
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    while words and words[-1].pos_ == "CCONJ":
        words.pop()  # "said they were worried, and [a third said …]": the "and" leads into a clause of its own
    if len(words) < minimum:
        return None
    first, last = words[0], words[-1]
    if first.dep_ == "mark" and first.lower_ == "that" and len(words) > 1:
        first = words[1]
    return first.idx, last.idx + len(last)


#: Words that set a statement against the one before it: "62% said yes, while 30% said no".
CONTRAST_WORDS = frozenset({"while", "whereas", "but"})


def _contrasted_statement(tok: Token) -> bool:
    """Whether ``tok`` heads a statement of its own set against the clause it hangs on: a verb of speech with its
    own subject, opened by "while", "whereas" or "but" ("said the plan was fair, [while 22 percent said it was
    not]"). The parser hangs it on the first statement's content; it is a second speaker's statement. A second
    that-clause ("agreed that X but that it would add Y") goes on with the first."""
    return (
        tok.dep_ in ("advcl", "conj")
        and tok.pos_ == "VERB"
        and tok.lemma_.lower() in SPEECH_VERBS
        and any(  # "while" marks the clause, "but" hangs between it and the verb it is joined to
            c.dep_ in ("mark", "cc") and c.lower_ in CONTRAST_WORDS and c.i < tok.i
            for c in (tok.children if tok.dep_ == "advcl" else (k for k in tok.head.children if k.i > tok.head.i))
        )
        and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children)
        and not any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)  # "agreed that ... but that it would add"
    )


def _clause(head: Token) -> list[Token]:
    """The tokens of the clause ``head`` heads, without a verb with a tense of its own that the parser joined to it
    when it is a bare verb: in "urged the embassy to reconsider and spoke with Pompeo" and "said allies should
    follow and warned that ...", speaking and warning are the cue's subject's own acts, not what is urged or said;
    nor a statement set against it (:func:`_contrasted_statement`)."""
    cut = [c for c in head.children if c.dep_ == "conj" and c.tag_ in FINITE_PAST_PRESENT] if head.tag_ == "VB" else []
    drop = {c.i for c in head.children if c.dep_ == "cc" and c.i < min(k.i for k in cut)} if cut else set()
    for other in (t for t in head.subtree if t.i != head.i and _contrasted_statement(t)):
        cut.append(other)
        drop |= {c.i for c in other.head.children if c.dep_ == "cc" and c.lower_ in CONTRAST_WORDS and c.i < other.i}
    if not cut:
        return list(head.subtree)
    drop |= {t.i for c in cut for t in c.subtree}
    return [t for t in head.subtree if t.i not in drop]


def _content(cue: Token) -> tuple[int, int] | None:
    if cue.lower_ == "according":
        clause = cue.head
        while clause.dep_ == "conj" and clause.head.i != clause.i and clause.head.pos_ in ("VERB", "AUX"):
            clause = clause.head  # "has killed 1,000 and forced 1.1 million to flee, according to": both
        skip = {t.i for t in cue.subtree}
        return _edges([t for t in clause.subtree if t.i not in skip])
    for child in cue.children:
        if child.dep_ == "ccomp":
            return _edges(_clause(child), _clause_minimum(cue, child))
    misplaced = _that_clause_on_medium(cue)
    if misplaced is not None:
        return _edges(list(misplaced.subtree))
    parenthetical = _parenthetical_clause(cue)
    if parenthetical is not None:
        return _edges(parenthetical)
    obj = next((c for c in cue.children if c.dep_ in ("dobj", "dative")), None)
    xcomp = next((c for c in cue.children if c.dep_ == "xcomp"), None)
    if cue.lemma_.lower() in DIRECTIVE_CUES and obj is not None and xcomp is not None:
        return _edges(list(obj.subtree) + _clause(xcomp))
    if obj is None and xcomp is not None and _infinitive(xcomp) and xcomp.i > cue.i and _says_infinitive(cue):
        # not the relative word the parser may give the infinitive as its subject ("which Lee claims to be ...")
        return _edges([t for t in _clause(xcomp) if t.i > cue.i], MIN_INFINITIVE_TOKENS)
    if obj is not None and obj.pos_ in ("NOUN", "PROPN") and cue.lemma_.lower() in CLAUSE_ONLY_CUES:
        return None
    if obj is not None and cue.lemma_.lower() in FORCE_SENSE_CUES and _struck_thing(obj):
        return None  # "the rebels attacked the town", "police questioned the suspect": no words of theirs
    if obj is not None and cue.lemma_.lower() in ADDRESSEE_CUES:
        return _addressee_prep_content(cue, obj)
    if obj is not None and obj.pos_ in ("NOUN", "PROPN") and obj.lower_ not in ("reporters", "journalists"):
        # "questioned the integrity of the vote"; what the object is called or blamed for goes with it:
        # "described the city as a fortress", "blamed the party for the defeat", "called him a liar"
        tokens = list(obj.subtree)
        for c in cue.children:
            if c.i > obj.i and (c.dep_ in ("oprd", "xcomp") or (c.dep_ == "prep" and c.lower_ in PREDICATE_PREPS)):
                tokens += list(c.subtree)
        return _edges(tokens, 1 if cue.lemma_.lower() in NP_ATTITUDES else MIN_NP_CONTENT_TOKENS)
    for prep in cue.children:
        if prep.dep_ == "prep" and prep.lower_ in CONTENT_PREPS:
            pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None:
                return _edges(list(pobj.subtree), MIN_NP_CONTENT_TOKENS)  # "called for a ceasefire"
    return None


def _addressee_prep_content(cue: Token, addressee: Token) -> tuple[int, int] | None:
    """What the addressee was warned, assured or reminded of: a content preposition's object, on the
    cue or (as the parser often hangs it) on the addressee: "reminded the council [of] its promise".
    A clause the parser reads as a relative clause on the addressee, with a subject of its own, is what
    was said: "informed police [she had immunity]", "warned the rebels [that] the army would attack"."""
    for clause in addressee.children:
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if clause.dep_ == "relcl" and clause.i > addressee.i and subject is not None and subject.lower_ not in RELATIVE_WORDS:
            tokens = list(clause.subtree)
            if tokens[0].lower_ == "that":
                tokens = tokens[1:]  # the parser took the conjunction for the relative's object
            return _edges(tokens)
    preps = [c for c in cue.children if c.i > addressee.i] + [c for c in addressee.children if c.i > addressee.i]
    for prep in preps:
        if prep.dep_ != "prep" or prep.lower_ not in CONTENT_PREPS:
            continue
        pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if pobj is None or pobj.ent_type_ in ("DATE", "TIME"):
            continue  # "warned the rebels on Monday night": when, not what
        return _edges(list(pobj.subtree), MIN_NP_CONTENT_TOKENS)
    return None


#: Verbs of wanting, intending, believing and taking sides, which PolNeAR counts as attributions of
#: a stance: "Lee wants [to cut taxes]", "the party plans [to sue]", "voters see [him as weak]",
#: "the union backs [the strike]". They are not speech, so a quote never hangs from them (they are
#: not in speech_verbs.txt). Each kept where its statements matched gold content at least 40% of
#: the time on PolNeAR train (want 100 of 180, plan 38/52, expect 76/109, see 137/255, support
#: 91/190, seem 65/106, appear 63/115 ...); "try", "need", "fail", "begin" and "refuse" fell well
#: below and are left out. Content F1 on train 0.638 -> 0.660.
ATTITUDE_CUES = frozenset(
    """want plan hope seek intend aim expect support oppose back favor favour prefer vote decline offer
    seem appear consider see agree decide""".split()
)

#: Cues of taking sides whose noun object is the stance's content, one name being enough: "backs
#: [Clinton]", "opposes [the deal]", "endorsed [Cruz]" (a verb of speech too, in speech_verbs.txt).
NP_ATTITUDES = frozenset("support oppose back favor favour prefer want seek endorse".split())

#: Attitude cues that hold a view of their object through "as": "voters see [Lee as weak]".
REGARD_CUES = frozenset({"see", "consider"})

#: Raising verbs: the writer's judgement about a clause, not its subject's stance. "Ames seems to
#: have left" is the writer's [Ames seems to have left]; PolNeAR mostly gives these no speaker (but
#: see _raised_holder).
RAISING_CUES = frozenset({"seem", "appear"})


def _raising(cue: Token) -> bool:
    """A raising verb, or a passive "is expected to": the clause is judged, its subject holds nothing."""
    lemma = cue.lemma_.lower()
    return lemma in RAISING_CUES or (lemma == "expect" and any(c.dep_ == "nsubjpass" for c in cue.children))


#: Verbs of a state of mind that, after a raising verb, are held by its subject ("he seems to feel").
MIND_VERBS = frozenset({"feel", "believe", "think", "recognize", "recognise"})


def _raised_holder(cue: Token, finder: "QuoteFinder") -> Token | None:
    """Who holds what a raising verb judges, when its infinitive is itself a saying or a stance:
    "Lee seemed to urge a delay", "the party appeared to back the plan", "he seems to feel the case
    is lost" are Lee's, the party's, his (as the writer reads them). Other raising clauses ("Lee
    seems tired", "the race appears closer") are the writer's judgement and have no speaker. Only a
    person, organisation or group, or a personal pronoun, holds one."""
    verb = next((c for c in cue.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    lemma = verb.lemma_.lower()
    if not (finder.is_cue(verb) or lemma in ATTITUDE_CUES or lemma in MIND_VERBS):
        return None
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subject is None or finder.inside_quote(subject):
        return None
    if finder.kind_of.get(finder.actor_of.get(subject.i)) in ("person", "org", "group") or subject.lower_ in ("he", "she", "they"):
        return subject
    return None


def _attitude_content(cue: Token) -> tuple[int, int] | None:
    """What an attitude cue holds: its that-clause, its infinitive (with the object before it: "wants
    [Lee to win]"), or for taking sides its noun object; for a raising verb, its whole clause."""
    if _raising(cue) and any(c.dep_ == "xcomp" for c in cue.children):
        return _edges([t for t in cue.subtree if not (t.head.i == cue.i and t.dep_ in ("advcl", "mark", "cc"))])
    for child in cue.children:
        if child.dep_ == "ccomp":
            return _edges(list(child.subtree), _clause_minimum(cue, child))
    xcomp = next((c for c in cue.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if xcomp is not None and any(a.dep_ == "aux" and a.lower_ == "to" for a in xcomp.children):
        tokens = list(xcomp.subtree)
        if obj is not None and obj.i < xcomp.i:
            tokens = list(obj.subtree) + tokens
        return _edges(tokens, MIN_INFINITIVE_TOKENS)
    regard = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ == "as" and obj is not None and c.i > obj.i), None)
    if regard is not None and cue.lemma_.lower() in REGARD_CUES and not any(c.lemma_ == "result" for c in regard.children):
        # ("saw large drops as a result of ...": a cause, not a view)
        return _edges(list(obj.subtree) + list(regard.subtree))  # "voters see [Lee as the likely winner]"
    if obj is not None and cue.lemma_.lower() in NP_ATTITUDES and obj.pos_ in ("NOUN", "PROPN", "PRON"):
        return _edges(list(obj.subtree), 1)  # "backs [Clinton]": one name is the whole stance
    return None


#: Verbs through which a record reports what it found, with a noun object as well as a clause
#: (a clause makes them cues in any case: "the poll shows that ..."): "a poll shows [Lee ahead]".
FINDING_CUES = frozenset({"show", "find"})

#: Records that find or show something: polls, studies, reports and counts.
RECORD_NOUNS = POLL_NOUNS | AUTHORED_NOUNS | MADE_BY_NOUNS | frozenset(
    "result data figure number research review audit investigation inquiry".split()
)

#: How a word hangs on a finding verb when it is not part of what was found.
NOT_FOUND_DEPS = frozenset({"advcl", "cc", "conj", "punct", "mark", "parataxis", "aux", "auxpass", "neg", "advmod"})


def _record_finding(cue: Token, finder: "QuoteFinder") -> bool:
    """A poll, study or report that shows or finds something named by a noun: "a poll shows [Lee
    with 47 percent]", "the audit found [no evidence of fraud]". A person who finds something ("Lee
    found the keys") is not reporting."""
    if cue.pos_ != "VERB" or cue.lemma_.lower() not in FINDING_CUES or finder.is_cue(cue):
        return False
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and subject.lemma_.lower() in RECORD_NOUNS
        and any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in cue.children)
    )


def _finding_content(cue: Token) -> tuple[int, int] | None:
    """What a record shows or found: its object and what follows it on the verb ("shows [Lee 16
    points ahead of Baker]", "showed [a lead for Lee with 46 percent]")."""
    obj = next(c for c in cue.children if c.dep_ == "dobj")
    tokens = [t for c in cue.children if c.i >= obj.i and c.dep_ not in NOT_FOUND_DEPS for t in c.subtree]
    tokens += [t for c in cue.children if c.i > obj.i and c.dep_ == "advmod" for t in c.subtree]
    return _edges(sorted(tokens, key=lambda t: t.i), 1)


def _that_clause_on_medium(cue: Token) -> Token | None:
    """The that-clause the parser hangs on the medium of a statement instead of its verb: "said in an
    audio message that his forces were committed" (a relative clause of "message")."""
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "on", "during", "via"):
            continue
        for medium in prep.children:
            for clause in medium.children:
                if clause.dep_ in ("relcl", "acl", "ccomp") and clause.i > medium.i and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in clause.children
                ):
                    return clause
    return None


def _inverted_conjunct(cue: Token) -> bool:
    """A cue with its own subject that the parser joined, with no "and" or "but", to the clause before
    it, after a comma: an attribution that follows what it reports."""
    head = cue.head
    if cue.dep_ != "conj" or head.i >= cue.i or head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "cc" and head.i < c.i < cue.i for c in head.children):
        return False
    subject = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if subject is None:
        return False
    first = min(t.i for t in cue.subtree)
    return first > 0 and cue.doc[first - 1].text == ","


def _parenthetical_clause(cue: Token) -> list[Token] | None:
    """The clause an attribution interrupts, set off by commas: "The plan, the governor said, will
    fail" (the parser hangs "said" from "fail"). None unless a comma sets the cue's clause off."""
    head = cue.head
    if _inverted_conjunct(cue):
        # "The army agreed to a truce, Saudi Arabia and the US said in a statement, after talks": the
        # parser makes the attribution a conjunct of the clause it reports
        first = min(t.i for t in cue.subtree)
        return [t for t in head.subtree if t.i < first]
    if cue.dep_ not in ("ccomp", "parataxis") or head.i == cue.i or head.pos_ not in ("VERB", "AUX"):
        return None
    if cue.dep_ == "ccomp" and head.lemma_.lower() in SPEECH_VERBS:
        # "Germany will raise its budget, Merz said": the clause is what the verb of saying reports, and its
        # own verb ("raise", a cue only of a noun like "concerns") interrupts nothing
        return None
    first, last = min(t.i for t in cue.subtree), max(t.i for t in cue.subtree)
    doc = cue.doc
    edges = {doc[first].text, doc[last].text}  # the parser may give the commas to the cue
    edges |= {doc[first - 1].text if first > 0 else "", doc[last + 1].text if last + 1 < len(doc) else ""}
    if "," not in edges:
        return None
    skip = {t.i for t in cue.subtree}
    return [t for t in head.subtree if t.i not in skip]


def _noun_cues(doc: Doc):
    """Speech nouns with a that-clause: ("Trump's claim that ...") -> (noun, possessor or None, content)."""
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in SPEECH_NOUNS:
            continue
        clause = next((c for c in tok.children if c.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in c.children)), None)
        if clause is None:
            continue
        span = _edges(list(clause.subtree))
        if span is not None:
            yield tok, next((c for c in tok.children if c.dep_ == "poss"), None), span


def _nested(cue: Token, quote: Quote, found: list[Quote]) -> bool:
    """Whether a cue stands inside what a longer reported statement says: "She said the committee
    would ask the ministry to explain how much ..." is one statement, hers; the request and the
    explanation inside it are its content, not statements of their own. (PolNeAR annotates some
    nested attributions, but dropping them all is the better trade: content F1 on train 0.630 ->
    0.638, dev 0.659 -> 0.671, against keeping those with a named speaker, 0.632 / 0.665.)"""
    return any(
        other is not quote
        and other.span[0] <= cue.idx < other.span[1]
        and other.span[1] - other.span[0] > quote.span[1] - quote.span[0]
        for other in found
    )


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _poll_in(tok: Token) -> Token | None:
    """The poll or survey that "in" names as the source of its clause: "In the poll, Lee leads", "Lee
    had 38 percent in a CNN poll", "Lee is ahead in the polls"."""
    if tok.lower_ != "in" or tok.dep_ != "prep":
        return None
    return next((c for c in tok.children if c.dep_ == "pobj" and c.lemma_.lower() in POLL_NOUNS), None)


def _poll_content(tok: Token) -> tuple[int, int] | None:
    """What a poll named through "in" found: the clause "in" is part of, without it."""
    clause = tok.head
    if clause.pos_ in ("NOUN", "PROPN", "NUM") and clause.dep_ in ("dobj", "attr", "npadvmod"):
        clause = clause.head  # "had 38 percent support [in a poll]": "in" hangs on the object
    if clause.pos_ not in ("VERB", "AUX"):
        return None  # "Lee's lead in the polls", "the leader in the polls": a noun's, not a clause's
    skip = {t.i for t in tok.subtree}
    return _edges([t for t in clause.subtree if t.i not in skip], MIN_CLAUSE_TOKENS)


def find_reported_speech(doc: Doc, finder: "QuoteFinder") -> list[Quote]:
    out = []
    cues: list[Token] = []
    polls = []
    for tok in doc:
        poll = _poll_in(tok)
        if poll is not None and not finder.inside_quote(tok) and not is_excluded(doc, tok.idx, tok.idx + len(tok)):
            span = _poll_content(tok)
            if span is not None and "\n" not in finder.text[min(span[0], tok.idx):max(span[1], tok.idx)]:
                polls.append(_reported(finder, span, tok.text, tok, poll, "finding"))
            continue
        attitude = tok.pos_ == "VERB" and tok.lemma_.lower() in ATTITUDE_CUES and not finder.is_cue(tok)
        finding = not attitude and _record_finding(tok, finder)
        if not (finder.is_cue(tok) or attitude or finding) or finder.inside_quote(tok):
            continue
        if is_excluded(doc, tok.idx, tok.idx + len(tok)):
            continue
        span = _attitude_content(tok) if attitude else _finding_content(tok) if finding else _content(tok)
        if span is None:
            continue
        start, end = span
        if "\n" in finder.text[min(start, tok.idx):max(end, tok.idx)]:
            continue  # a parse that runs across paragraphs (a headline into the lede) is not one clause
        quoted = sum(max(0, min(end, e) - max(start, s)) for s, e in finder.quoted)
        if quoted / (end - start) > MAX_QUOTED_SHARE:
            continue
        speaker = _raised_holder(tok, finder) if attitude and _raising(tok) else finder.speaker_of(tok)
        if speaker is not None and finder.share_of_people(speaker):
            speaker = finder.poll_of(tok) or speaker  # "In a CNN poll, 31% said ...": the poll's finding
        if speaker is not None and speaker.head.i == tok.i and speaker.dep_ in ("dobj", "attr") and start <= speaker.idx < end:
            continue  # '"…?" asked Mr. Lee': the object after an inverted cue is its speaker, not what was said
        cue = "according to" if tok.lower_ == "according" else tok.text
        out.append(_reported(finder, (start, end), cue, tok, speaker))
        cues.append(tok)
    out = [q for q, tok in zip(out, cues) if not _nested(tok, q, out)]
    # a poll named through "in" is the source only of a clause no cue attributes ("Lee leads in the polls,
    # according to the average", "the study found Lee ahead in the survey")
    out += [p for p in polls if not any(_overlap(p.span, q.span) * 2 >= p.span[1] - p.span[0] for q in out)]
    headline = _headline_statement(doc, finder)
    if headline is not None:
        out.append(headline)
    said = {q.span for q in out}
    for noun, owner, span in _noun_cues(doc):
        if finder.inside_quote(noun) or is_excluded(doc, noun.idx, noun.idx + len(noun)):
            continue
        if span in said:
            continue  # "said in a statement that ...": the verb's statement, found above with its speaker
        out.append(_reported(finder, span, noun.text, noun, owner or noun_holder(noun, finder)))
    return out


#: Most words before the colon of a headline that names who speaks ("Senator Ann Lee: ...").
MAX_HEADLINE_SPEAKER_WORDS = 5

#: Kinds of actor that can speak in a headline before its colon.
HEADLINE_SPEAKER_KINDS = frozenset({"person", "org", "group", "country"})

#: Records and publications that report what a headline says after its colon, named by no actor: "Poll: Lee leads in
#: Ohio", "Report: the mayor will resign", "Newspaper: the minister used a private email".
#: ("Analysis:" and "Review:" are kinds of article, no source.)
HEADLINE_SOURCE_NOUNS = POLL_NOUNS | frozenset("report study audit inquiry newspaper paper editorial".split())


def _headline_statement(doc: Doc, finder: "QuoteFinder") -> Quote | None:
    """A headline that puts who speaks before a colon and what they said after it: "Lee: Talks with
    the union have failed", "City council: budget cuts hurt schools". PolNeAR attributes these as it
    does reported speech, with the colon as cue; a poll, report or newspaper named before the colon is the source
    too ("Poll: Lee leads in Ohio"). A label before the colon that names no actor ("The
    Latest: ...", "Analysis: ...") is not a speaker."""
    article = doc._.telex_article
    if article is None or not article.title_span:
        return None
    start, end = article.title_span
    title = finder.text[start:end]
    colon = title.find(": ")
    if colon <= 0 or "\n" in title:
        return None
    left = doc.char_span(start, start + colon, alignment_mode="expand")
    if left is None or len([t for t in left if not t.is_punct]) > MAX_HEADLINE_SPEAKER_WORDS:
        return None
    speaker = next(
        (t for t in reversed(left) if finder.kind_of.get(finder.actor_of.get(t.i)) in HEADLINE_SPEAKER_KINDS), None
    ) or next((t for t in reversed(left) if HEADLINE_SOURCE_NOUNS & {t.lower_, t.lemma_.lower()}), None)  # "Poll" may be tagged ADV
    cue = next((t for t in doc.char_span(start, end, alignment_mode="expand") or [] if t.idx == start + colon), None)
    if speaker is None or cue is None:
        return None
    rest = doc.char_span(start + colon + 2, end, alignment_mode="expand")
    if rest is None or not any(t.pos_ in ("VERB", "AUX") for t in rest):
        return None  # "Lee: A Profile": a name and a topic, not a statement
    span = _edges(list(rest))
    if span is None:
        return None
    return _reported(finder, span, ":", cue, speaker)


def _reported(
    finder: "QuoteFinder", span: tuple[int, int], cue: str, cue_tok: Token, speaker_tok: Token | None, kind: str | None = None
) -> Quote:
    speaker, speaker_span = finder.actor_span(speaker_tok) if speaker_tok is not None else (None, None)
    return Quote(
        text=finder.text[span[0]:span[1]],
        span=span,
        kind="indirect",
        speaker=speaker,
        speaker_span=speaker_span,
        cue=cue,
        cue_type=kind or cue_type(cue_tok),
        sentence=finder.sent_index(cue_tok.i),
    )
