"""Readings of a matched pattern in its context: a verb whose pattern code is the usual reading of its
lemma may, by its complement or object, mean another act ("denied that ..." is a denial, not a
rejection; "attacked X for ..." is criticism, not force; "called the deal a disaster" is no phone call;
"condemned the strikes" criticises who struck; "fired missiles into the sea" is a show of force, not an
assault), and a noun event "between A and B" is theirs.

Split from ``events.py``; :class:`Readings` is a part of :class:`telex.stages.events.EventFinder`, which
supplies ``actor_at`` and ``expand``. Each rule here was counted on Wikinews articles (see the constants).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from telex.stages.event_syntax import FIGURATIVE_FORCE_VERBS, FORCE_NOUNS
from telex.stages.event_table import Pattern

#: CAMEO roots of force (assault, fight, mass violence) that a verb of :data:`VERBAL_FORCE_VERBS` may be.
FORCE_ROOTS = frozenset({"18", "19", "20"})

#: CAMEO roots that need a target: consulting, cooperating, yielding, criticising, cutting ties,
#: assaulting and fighting are done to someone. Without one the event is too vague to code (save event_fit.STANDALONE_CODES).
NEEDS_TARGET = frozenset({"04", "05", "06", "08", "11", "16", "18", "19", "20"})

#: CAMEO roots that need a target even when only intended: a meeting (04) needs someone to meet, so "the
#: Senate was set to meet" or "Parliament would meet briefly" is no intent to meet anyone (CAMEO 036).
#: Threats (force intended, 138) stand without one; so does an intended endorsement ("neither the EU nor the
#: US would endorse the result": the result is the election's winner, not coded as an actor).
INTENT_NEEDS_TARGET = frozenset({"04"})

#: The general intent to cooperate, which an intended act of its infinitive makes specific (see :meth:`Readings.intent_told`).
GENERAL_INTENT = "030"

#: Verbs of denial whose that-clause is what is denied: "denied that it had ordered the strike", "the ministry
#: denies the two blasts are related". That is a denial of a claim or charge (CAMEO 016), not a rejection of
#: anyone's proposal (12x); Wikinews audit: 3 such denials of 3 were coded as rejections with no target.
#: A gerund denied is the same: "denies seeking a nuclear weapon", "denied having troops there" (lead's wire
#: articles: 2, coded 120 with no target).
DENIAL_VERBS = frozenset({"deny"})
#: Tag of a gerund complement ("denied seeking").
GERUND_TAG = "VBG"
DENIAL_CODE = "016"

#: Verbs of refusal whose infinitive is a verb of saying decline to comment (CAMEO 011), not reject anyone (12):
#: "declined to comment", "refused to answer whether ..." (Wikinews: 2 such coded 120; lead's wire articles: 1).
REFUSAL_VERBS = frozenset({"decline", "refuse"})
COMMENT_VERBS = frozenset("comment say elaborate answer speak specify disclose predict speculate confirm discuss detail "
                          "identify".split())
NO_COMMENT_CODE = "011"

#: Verbs of helping, whose infinitive may be the act itself ("helped negotiate the deal").
HELPING_VERBS = frozenset({"help"})
#: A decline with nothing declined is a fall ("the housing market has been declining", "the party has
#: declined since 1933"), unless a person is its subject: "Asked about the plan, he declined."
FALLING_VERBS = frozenset({"decline"})

#: Verbs that also name or describe: "called the deal a disaster", "calling the inquiry 'Soviet-style'". Their
#: phone call (CAMEO 041) is made to a person, so the verb's object must itself be an actor or the keyword of
#: the pattern ("called his counterpart"), and it has no object predicate. Wikinews audit: 3 of 3 such wrong.
NAMING_VERBS = frozenset({"call"})
PHONE_CODE = "041"

#: Verbs of force that, with a reason or a label, are criticism (CAMEO 111): "Biden attacked Trump for the
#: tweet", "attacked him as a career politician" (Wikinews audit: 7 of 7 such "attacked X for/as" in campaign
#: news were verbal). A duration ("attacked the town for three days") is no reason.
VERBAL_FORCE_VERBS = frozenset({"attack"})
CRITICISM_PREPS = frozenset({"for", "as", "over"})
#: A preposition that gives a reason only before a gerund: "attacked Trump on paying no taxes" (not "on Monday").
CRITICISM_GERUND_PREPS = frozenset({"on"})
CRITICISM_CODE = "111"
#: Sectors of people who attack with words: one politician attacking another ("Harris attacked Biden during
#: the debates") is criticising him (Wikinews campaign news: all such were verbal). Not with armed sectors.
POLITICAL_SECTORS = frozenset({"GOV", "LEG", "PTY", "OPP", "ELI"})
ARMED_SECTORS = frozenset({"MIL", "REB", "COP", "SPY", "INS"})
#: Verbs of force that between politicians mean winning a vote ("he can beat Clinton"): no event.
WINNING_VERBS = frozenset({"beat"})
#: A scoreline ("beat Real Madrid 3-1", "lost 2–0 to") or a margin in a sport's units ("won by 152 runs")
#: on the verb makes it a match result: no event, whoever the teams are named after (clubs named for their
#: city read as countries). Written probe (ev11): 1 of 2 match results coded 182 between two countries.
SCORE_DASHES = frozenset({"-", "–", "—"})
MARGIN_UNITS = frozenset("runs wickets goals points strokes shots sets frames".split())
SCORELINE = re.compile(r"^\d{1,3}[-–—]\d{1,3}$")
COUNTING_DEPS = frozenset({"nummod", "quantmod"})
#: How many words after the verb its scoreline may stand: "beat Real Madrid 3-1".
SCORE_WINDOW = 6


#: CAMEO root of disapproval (criticise, condemn, denounce). Its object is often an act, not an actor: "Hamas
#: condemned the strikes", "Senators condemned the act of the commission". The one criticised is who did the act:
#: named in the act's own phrase, or the doer of the same act told earlier in the article (:meth:`Readings.criticised`).
#: Counted: 6 criticisms of an act with no actor object in the lead's wire articles and Wikinews, of which 2 name
#: the doer in the phrase or tell the act earlier ("the move", "the decision" refer further back and stay uncoded).
CRITICISM_ROOT = "11"
#: Modifiers and prepositions of an act noun that name its doer: "Israel's strikes", "Israeli strikes", "the act
#: of the NTC", "the attack by the rebels".
DOER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
DOER_PREPS = frozenset({"of", "by"})
#: CAMEO roots of acts done to someone (release, expulsion, arrest, assault, force): "of" after their noun names
#: whom it was done to ("the killing of protesters", "the release of two aid workers"), not its doer.
PATIENT_OF_ROOTS = frozenset({"08", "16", "17", "18", "19", "20"})
#: CAMEO codes of verbs that judge an act: disapproval (11), praise (051), verbal defence (052). Whom they judge is
#: the act's doer, never whom the act was done to or where: "condemned the attack on peacekeepers in southern
#: Lebanon" is not aimed at Lebanon, "criticised the arrest of the journalist by Turkish police" at the police
#: (written probes ev11: 3 such targets were the act's victim or place).
JUDGING_ROOTS = ("11", "051", "052")
#: Acts in words (statements, appeals, support, demands, criticism, rejections, threats): as the object of a verb
#: of judging they are what is said ("expressed its support for Armenia"), not an act whose doer is judged. A
#: signed agreement (057) is done.
VERBAL_ROOTS = frozenset({"01", "02", "05", "10", "11", "12", "13"})
SIGNED_CODE = "057"
#: Verbs of agreeing whose infinitive, when it is no coded act of its own, is a joint undertaking: "Nigeria and Ghana
#: agreed to build a gas pipeline" is intent to cooperate (CAMEO 030) between them, or with whom the infinitive names.
#: Kept only where the other side is named (written probe ev11: 1, no event).
AGREEING_VERBS = frozenset({"agree"})
#: A call or conversation in which one told another something is a phone call or talk between them (CAMEO 041, 040),
#: though the noun names no partner: "In a phone call on Tuesday, X told Y that ..." (written probe ev11: 1, no event).
TOLD_IN_NOUNS = {"call": "041", "conversation": "040"}
TOLD_IN_PREPS = frozenset({"in", "during"})
#: Prepositions that name the parties of an act done together: "the agreement between X and Y", "with the EU".
PARTY_PREPS = frozenset({"between", "with"})


def done_act(code: str | None) -> bool:
    """Whether a CAMEO code is of an act done, not said (:data:`VERBAL_ROOTS`)."""
    return code is not None and (code[:2] not in VERBAL_ROOTS or code.startswith(SIGNED_CODE))
#: Nouns that refer back to the act told last, whatever its word: "Iran condemned the move", "criticised the
#: decision". Their doer is the latest one of another country than the critic's (lead's wire articles: 1;
#: counted among the 6 criticisms of an act above).
ANAPHORIC_ACT_NOUNS = frozenset("move decision step measure measures".split())
#: The CAMEO roots of the latest use of force that a force noun refers back to, whatever its word (event_syntax.
#: FORCE_NOUNS): "Russian missiles struck a hospital. Germany condemned the attack", "Turkey began an offensive. The
#: operation was condemned by the EU".
FORCE_ACT_ROOTS = ("18", "19", "20")
#: How many sentences back an act told earlier may be: the criticism of it usually follows closely.
EARLIER_ACT_SENTENCES = 3

#: Verbs of speaking to an audience: a protest noun as their object is whom the speaker addresses, not a protest
#: by the speaker ("told a rally that ...", "addressed a rally of supporters"); lead's wire articles: 1, and
#: in Wikinews leaders "told a rally" or "addressed a rally" of their own supporters.
AUDIENCE_VERBS = frozenset("tell address".split())
AUDIENCE_DEPS = frozenset({"dobj", "dative"})
PROTEST_ROOT = "14"
#: A protest noun after "in" is the manner of another act, not a demonstration: "recalled its ambassador in
#: protest at the killings", "resigned in protest" (written probe ev11: 1; Wikinews: 1, both coded 141).
MANNER_PREPS = frozenset({"in"})

#: Weapons fired or launched at no one named ("North Korea fired two missiles into the sea") are a show of force:
#: CAMEO 150 (demonstrate military power; PLOVER MOBILIZE), as PETRARCH2 codes a weapons test, not an assault
#: (19x), which needs a target. A weapon with a clause of its own ("missiles targeting US troops") names its aim.
SHOW_OF_FORCE_CODE = "150"

#: Military exercises held together ("joint exercises", "held drills with Vietnam", "Seoul and Washington wrapped
#: up joint drills") are military cooperation between those who hold them (CAMEO 062, whose codebook text names
#: joint exercises), not a show of force at anyone. Written probe (ev11): 3 such, coded 150 at a nearby country.
#: Patrols held jointly ("a joint naval patrol") are the same military cooperation as joint exercises; written probe (ev12): 1.
EXERCISE_NOUNS = frozenset("exercise drill maneuver manoeuvre war-games wargames patrol".split())
JOINT_WORDS = frozenset({"joint", "combined"})
MILITARY_COOPERATION_CODE = "062"
WEAPON_ROOT = "19"
#: The weapons that are launched in tests and displays; shells, bombs or fire at no one named are an attack
#: whose target is untold ("opened fire", "exchanged fire"), not a display.
LAUNCHED_WEAPONS = frozenset("missile missiles rocket rockets".split())

#: A court appeal, not an appeal to anyone (CAMEO 02): "appealed the ruling", "intends to appeal the conviction",
#: "is eligible to appeal", "an appeal of that decision", "the court hears appeals" (Wikinews audit: 4 such coded 020,
#: none right; a written Kenyan court article 1). An appeal to someone or for something keeps its code.
APPEAL_LEMMA = "appeal"
COURT_DECISIONS = frozenset("ruling rulings verdict verdicts decision decisions sentence sentences conviction convictions "
                            "judgment judgement judgments acquittal order case".split())
ADDRESSED_PREPS = frozenset({"to", "for", "on"})
COURT_APPEAL_VERBS = frozenset("hear file lodge win lose dismiss reject uphold consider launch".split())

#: A warning of a natural hazard is a forecast, no threat (CAMEO 13): "issued a hurricane warning", "a tropical storm
#: warning", "warned of flash floods" (Wikinews: 1 such coded 130, at a country the forecast named). The hazard is a
#: compound of the warning noun or what is warned "of".
HAZARD_NOUNS = frozenset("hurricane cyclone typhoon tornado storm thunderstorm rainstorm snowstorm blizzard flood floods flooding "
                         "tsunami landslide mudslide avalanche drought earthquake weather rain rainfall snow wind winds gale "
                         "heat heatwave frost fog surf".split())
WARNING_NOUNS = frozenset("warning warnings watch watches alert alerts advisory advisories".split())
HAZARD_PREPS = frozenset({"of", "about"})
THREAT_ROOT = "13"

#: Verbs that protest when intransitive and show something when they have an object or a clause: "the court
#: demonstrated a troubling disregard", "the firm has demonstrated that it can compete" (Wikinews: 2 such coded 141).
SHOWING_VERBS = frozenset({"demonstrate"})
SHOWN_DEPS = frozenset({"dobj", "ccomp", "nsubjpass"})

#: Forces arriving somewhere are deployed there, no visit (CAMEO 042 is an official's trip): peacekeepers arriving are
#: peacekeeping (CAMEO 074, as "sent peacekeepers" is); other forces' arrival tells no act until its purpose is
#: told (Wikinews: 1 such coded 042). Forces are a military actor or a troop noun heading the subject.
VISIT_CODE = "042"
PEACEKEEPING_CODE = "074"
TROOP_NOUNS = frozenset("troops forces soldiers personnel peacekeepers marines paratroopers units battalion battalions brigade "
                        "brigades contingent contingents".split())
PEACEKEEPING_WORDS = frozenset("peacekeeping peacekeepers peacekeeper".split())


class Readings:
    """Context readings of matched patterns (mixed into the event finder)."""

    def denial(self, tok: Token, pattern: Pattern) -> Pattern:
        """A rejection (12x) by a verb of denial whose complement is a clause or a gerund is a denial (:data:`DENIAL_VERBS`)."""
        clause = any(c.dep_ == "ccomp" or (c.dep_ == "xcomp" and c.tag_ == GERUND_TAG) for c in tok.children)
        if tok.lemma_.lower() in DENIAL_VERBS and pattern.cameo.startswith("12") and clause:
            return Pattern(pattern.lemma, pattern.pos, pattern.prep, pattern.keywords, DENIAL_CODE, "agent")
        return pattern

    def no_comment(self, tok: Token, pattern: Pattern) -> Pattern:
        """A refusal (:data:`REFUSAL_VERBS`) to say something (its infinitive in :data:`COMMENT_VERBS`) declines comment."""
        if tok.lemma_.lower() in REFUSAL_VERBS and any(c.dep_ == "xcomp" and c.lemma_.lower() in COMMENT_VERBS for c in tok.children):
            return Pattern(pattern.lemma, pattern.pos, pattern.prep, pattern.keywords, NO_COMMENT_CODE, "agent")
        return pattern

    @staticmethod
    def hazard_warning(tok: Token, pattern: Pattern) -> bool:
        """Whether a threat (13x) is a warning of a natural hazard (:data:`HAZARD_NOUNS`): a warning noun right after
        a hazard ("a hurricane warning", however parsed) in the predicate or its arguments, or a hazard warned
        "of"/"about" (by the verb or its object: "warned Haiti of floods")."""
        if not pattern.cameo.startswith(THREAT_ROOT):
            return False
        args = [tok] + [t for c in tok.children if c.dep_ not in ("nsubj", "nsubjpass") for t in c.subtree]
        if any(t.lower_ in WARNING_NOUNS and t.i > 0 and t.nbor(-1).lemma_.lower() in HAZARD_NOUNS for t in args):
            return True
        holders = [tok] + [c for c in tok.children if c.dep_ == "dobj"]
        return any(g.lemma_.lower() in HAZARD_NOUNS for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in HAZARD_PREPS
                   for g in p.children if g.dep_ == "pobj")

    @staticmethod
    def shown(tok: Token, pattern: Pattern) -> bool:
        """Whether a protest (14x) by a verb of :data:`SHOWING_VERBS` shows something (an object, a clause): no protest."""
        return (pattern.cameo.startswith(PROTEST_ROOT) and tok.pos_ == "VERB" and tok.lemma_.lower() in SHOWING_VERBS
                and any(c.dep_ in SHOWN_DEPS for c in tok.children))

    def arriving_forces(self, tok: Token, pattern: Pattern) -> Pattern | None:
        """For a visit (:data:`VISIT_CODE`) whose subject is forces (:data:`TROOP_NOUNS`, or a military actor's
        name), peacekeeping (:data:`PEACEKEEPING_CODE`) where they keep the peace, else a "none" pattern (no event);
        the pattern unchanged for anyone else."""
        if pattern.cameo != VISIT_CODE or tok.pos_ != "VERB":
            return pattern
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return pattern
        actor = self.actors.get(self.actor_at(subject) or "")
        # the forces, or what is made of them: "the first deployment of NATO troops", "a contingent of marines"
        heads = [subject] + [g for p in subject.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        if not any(h.lemma_.lower() in TROOP_NOUNS or h.lower_ in TROOP_NOUNS for h in heads) and not (
                actor is not None and actor.kind != "person" and "MIL" in actor.sectors):
            return pattern
        words = {t.lower_ for t in subject.subtree}
        code = PEACEKEEPING_CODE if words & PEACEKEEPING_WORDS else ""
        return Pattern(pattern.lemma, pattern.pos, pattern.prep, pattern.keywords, code, "agent")

    def court_appeal(self, tok: Token) -> bool:
        """Whether ``tok`` is an appeal against a court's decision (:data:`COURT_DECISIONS`): its object or its
        "of"/"against" phrase is one, or it addresses no one and asks for nothing ("is eligible to appeal",
        "hears appeals"): no "to"/"for" phrase, no infinitive, no object."""
        if tok.lemma_.lower() != APPEAL_LEMMA:
            return False
        kids = list(tok.children)
        decided = [g for c in kids if c.dep_ == "prep" and c.lower_ in ("of", "against") for g in c.children if g.dep_ == "pobj"]
        decided += [c for c in kids if c.dep_ == "dobj"]
        if any(d.lemma_.lower() in COURT_DECISIONS for d in decided):
            return True
        if any(c.dep_ == "prep" and c.lower_ in ADDRESSED_PREPS for c in kids) or any(c.dep_ in ("xcomp", "acl", "advcl", "ccomp") for c in kids):
            return False
        if tok.pos_ == "VERB":
            return not decided
        return tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in COURT_APPEAL_VERBS and tok.dep_ == "dobj"

    def fell(self, tok: Token) -> bool:
        """Whether ``tok`` is a :data:`FALLING_VERBS` verb with nothing declined (no object, clause or
        infinitive) and no person for subject: a quantity falling, no rejection."""
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in FALLING_VERBS:
            return False
        if any(c.dep_ in ("dobj", "xcomp", "ccomp", "nsubjpass") for c in tok.children):
            return False
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        person = subject is not None and (subject.lower_ in ("he", "she", "i", "we") or subject.ent_type_ == "PERSON")
        progressive = tok.tag_ == "VBG" and any(a.dep_ == "aux" and a.lemma_ == "be" for a in tok.children)
        return not person or progressive  # "he is declining in the polls"

    def joint_exercise(self, pred: Token, pattern: Pattern, sources: list[Token]) -> list[Token] | None:
        """For exercises held together (:data:`MILITARY_COOPERATION_CODE`), the other parties: those they are held
        "with", else the coordinated subjects themselves when the exercises are "joint"; None for exercises of one side."""
        if pattern.cameo != SHOW_OF_FORCE_CODE or pred.pos_ != "VERB":
            return None
        drills = exercise_nouns(pred)
        if not drills:
            return None
        partners = [g for h in (pred, *drills) for p in h.children if p.dep_ == "prep" and p.lower_ == "with"
                    for g in p.children if g.dep_ == "pobj" and self.actor_at(g)]
        if partners:
            return self.expand(partners[0])
        joint = any(c.lower_ in JOINT_WORDS for d in drills for c in d.children if c.dep_ in ("amod", "compound"))
        return sources if joint and len(sources) > 1 else None

    def helped_act(self, tok: Token) -> bool:
        """Whether ``tok`` is a :data:`HELPING_VERBS` verb with no one helped, whose infinitive is an act of
        its own: "helped negotiate the deal", "helped broker a truce" are the negotiation and the
        brokering (coded from the infinitive), no aid. "helped Mali rebuild", "will help to rebuild
        Ukraine" (no act of its own) stay aid."""
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in HELPING_VERBS:
            return False
        if any(c.dep_ in ("dobj", "dative") for c in tok.children):
            return False
        return any(c.dep_ == "xcomp" and c.pos_ == "VERB" and self.match(c) is not None for c in tok.children)

    def comment_refused(self, tok: Token) -> bool:
        """Whether ``tok`` is what a refusal declined to say ("declined to comment on the report"): no statement,
        the refusal's own event (:meth:`no_comment`) codes it."""
        return tok.dep_ == "xcomp" and tok.lemma_.lower() in COMMENT_VERBS and tok.head.lemma_.lower() in REFUSAL_VERBS

    def criticism(self, tok: Token, pattern: Pattern) -> Pattern:
        """Force by a verb of :data:`VERBAL_FORCE_VERBS` with a reason or a label ("for the tweet", "as a
        liar", "over the deal", "on paying no taxes") is criticism: CAMEO 111."""
        if tok.lemma_.lower() not in VERBAL_FORCE_VERBS | FIGURATIVE_FORCE_VERBS or pattern.cameo[:2] not in FORCE_ROOTS:
            return pattern
        if pattern.pos == "NOUN":  # "Sanders's attacks on Clinton"
            if self.politicians_attacking(tok):
                return Pattern(pattern.lemma, pattern.pos, pattern.prep, pattern.keywords, CRITICISM_CODE, "agent")
            return pattern
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in CRITICISM_PREPS | CRITICISM_GERUND_PREPS and tok.lemma_.lower() in VERBAL_FORCE_VERBS):
            reasons = [g for g in prep.children if g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in ("DATE", "TIME")]
            if prep.lower_ in CRITICISM_GERUND_PREPS:
                reasons = [g for g in reasons if g.tag_ == "VBG"]
            if reasons:
                return Pattern(pattern.lemma, pattern.pos, pattern.prep, pattern.keywords, CRITICISM_CODE, "agent")
        if self.politicians_attacking(tok) or self.attacked_someones_doing(tok):
            return Pattern(pattern.lemma, pattern.pos, pattern.prep, pattern.keywords, CRITICISM_CODE, "agent")
        return pattern

    def attacked_someones_doing(self, tok: Token) -> bool:
        """Whether the object attacked is a thing of a person's, no people nor a place: "attacked Mr. Clinton's
        personal life", "attacked her record" are criticism (not "attacked Kyiv's power grid")."""
        for obj in (c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and not self.actor_noun(c)):
            for owner in (c for c in obj.children if c.dep_ == "poss"):
                actor = self.actors.get(self.actor_at(owner) or "")
                if (actor is not None and actor.kind == "person") or owner.lower_ in ("his", "her"):
                    return True
        return False

    def beaten_at_the_polls(self, tok: Token) -> bool:
        """Whether ``tok`` is a :data:`WINNING_VERBS` verb between politicians (:meth:`politicians_attacking`):
        "he can beat Clinton" is winning a vote, no assault."""
        return tok.lemma_.lower() in WINNING_VERBS and self.politicians_attacking(tok)

    @staticmethod
    def match_result(tok: Token) -> bool:
        """Whether a verb carries a match result (:data:`SCORE_DASHES`, :data:`MARGIN_UNITS`) within a few words
        after it: "beat Ajax 3-1", "beat Uganda 2–0" (one token), "won by 152 runs"."""
        if tok.pos_ != "VERB":
            return False
        doc = tok.doc
        for t in tok.subtree:
            if not tok.i < t.i <= tok.i + SCORE_WINDOW or t.dep_ in COUNTING_DEPS:
                continue  # "arrested 2-3 protesters", "killed 20-25 rebels": a range counts people, no score
            if SCORELINE.match(t.text):
                return True
            if t.like_num and t.i + 2 < len(doc) and doc[t.i + 1].text in SCORE_DASHES and doc[t.i + 2].like_num:
                return True
            if t.dep_ == "prep" and t.lower_ == "by" and t.head.i == tok.i and any(
                    g.lower_ in MARGIN_UNITS for g in t.children if g.dep_ == "pobj"):
                return True
        return False

    def politicians_attacking(self, tok: Token) -> bool:
        """Whether the subject and the object of ``tok`` (of an attack noun: its possessor and the one it is
        on) are both politicians (people of :data:`POLITICAL_SECTORS` or known to the knowledge base, which
        holds office-holders, and none of :data:`ARMED_SECTORS`; or parties), with no weapon named ("with a
        knife")."""
        if any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
            return False
        if tok.pos_ == "NOUN":  # "his attacks on Clinton": the possessor and the one the attack is on
            sides = [c for c in tok.children if c.dep_ == "poss"]
            sides += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against") for g in c.children if g.dep_ == "pobj"]
        else:
            sides = [c for c in tok.children if c.dep_ in ("nsubj", "dobj")] + [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "at" for g in c.children if g.dep_ == "pobj"]
        if tok.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in tok.children):
            sides += [c for c in tok.head.children if c.dep_ == "nsubj"]  # "Democrats continued to attack Trump"
        if len(sides) != 2:
            return False
        for side in sides:
            actor = self.actors.get(self.actor_at(side) or "")
            sectors = set(actor.sectors) if actor is not None else set()
            political = bool(sectors & POLITICAL_SECTORS) or (actor is not None and actor.kind == "person" and actor.kb_id)
            if actor is None or actor.kind == "country" or not political or sectors & ARMED_SECTORS:
                return False
            if actor.kind != "person" and "PTY" not in sectors:
                return False
        return True

    def agreed_act(self, tok: Token) -> Pattern | None:
        """Intent to cooperate (:data:`AGREEING_VERBS`) for a verb of agreeing whose infinitive is no coded act: "agreed
        to build a pipeline". The infinitive's own event, where it has one, is coded from it instead."""
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in AGREEING_VERBS:
            return None
        comps = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
        if not comps or any(self.match(c) is not None for c in comps):
            return None
        return Pattern(tok.lemma_.lower(), "VERB", None, frozenset(), GENERAL_INTENT, "agent")

    def told_in_call(self, tok: Token):
        """For a call or conversation (:data:`TOLD_IN_NOUNS`) after "in" or "during", on a verb whose object is an actor:
        the call between the verb's subject and that object, as (pattern, sources, targets); else None."""
        code = TOLD_IN_NOUNS.get(tok.lemma_.lower())
        if code is None or tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ not in TOLD_IN_PREPS:
            return None
        if any(c.dep_ == "prep" for c in tok.children if c.lower_ in ("for", "with", "between", "to")):
            return None  # "in a call for calm" is an appeal; a partner named is the table's own reading
        verb = tok.head.head
        if verb.pos_ != "VERB":
            return None
        partners = [c for c in verb.children if c.dep_ in ("dobj", "dative") and self.actor_at(c)]
        sources = self.subjects(verb)
        if not partners or not sources:
            return None
        return Pattern(tok.lemma_.lower(), "NOUN", None, frozenset(), code, "mutual"), sources, self.expand(partners[0])

    def act_code(self, noun: Token) -> str | None:
        """The CAMEO code of an act a noun names: its own row ("strikes", "talks"), else the bare row of the verb it
        is made from ("the arrest", "the killing"; "the release" by its row for people); None for a noun that names no act."""
        own = self.match(noun)
        if own is not None:
            return own.cameo
        lemma = noun.lemma_.lower()
        for verb in (lemma, lemma.removesuffix("ing")):
            rows = [p for p in self.table.get((verb, "VERB"), []) if not p.prep and p.cameo]
            rows.sort(key=lambda p: bool(p.keywords))  # the bare row first, else one by what is done to whom
            if rows:
                return rows[0].cameo
        return None

    def act_doers(self, act: Token) -> list[Token]:
        """Who did an act named by a noun: an actor modifying it ("Israel's strikes", "the US sanctions"), or named
        "by" it, "between" or "with" whom it is (:data:`PARTY_PREPS`), or "of" it where "of" does not name whom it was done to (:data:`PATIENT_OF_ROOTS`)."""
        code = self.act_code(act)
        preps = DOER_PREPS | PARTY_PREPS
        if code is not None and code[:2] in PATIENT_OF_ROOTS:
            preps = preps - {"of"}
        for c in act.children:
            if c.dep_ in DOER_DEPS and (self.actor_at(c) or self.code_np(c)):
                return self.expand(c)
            if c.dep_ == "prep" and c.lower_ in preps:
                doers = [g for g in c.children if g.dep_ == "pobj" and (self.actor_at(g) or self.code_np(g))]
                if doers:
                    return self.expand(doers[0])
        return []

    def judged_act(self, tok: Token, pattern: Pattern) -> list[Token] | None:
        """For a verb of judging (:data:`JUDGING_ROOTS`) whose object is an act, a noun of the pattern table, whom it
        judges: the act's doer (:meth:`act_doers`), else no one named; None where the object is no act."""
        if pattern.pos != "VERB" or not pattern.cameo.startswith(JUDGING_ROOTS):
            return None
        acts = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN" and not {c.lemma_.lower(), c.lower_} & pattern.keywords
                and (done_act(self.act_code(c)) or c.lower_ in FORCE_NOUNS)]  # also "The strike was condemned by X"; not "filed charges against X"
        if not acts:
            return None
        return self.act_doers(acts[0])

    def criticised(self, tok: Token, pattern: Pattern, sent: int) -> list[Token]:
        """Who is criticised by a verb of disapproval (:data:`CRITICISM_ROOT`) whose object is an act: its doer,
        named in the act's phrase ("condemned Israel's strikes", "the act of the NTC"), else the doer of an
        earlier event told with the same word ("Israeli jets struck Gaza. Hamas condemned the strikes")."""
        if pattern.pos != "VERB" or not pattern.cameo.startswith(CRITICISM_ROOT):
            return []
        # the object, or the subject of a passive ("The strike was condemned by Germany")
        for act in (c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"):
            doers = self.act_doers(act)
            if doers:
                return doers
            if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "these", "those") for c in act.children):
                continue  # "condemned violence": no act told before
            told = {act.lemma_.lower(), act.lemma_.lower().removesuffix("ing")}  # "the bombing" was "bombed"
            for lemma, at, doer, _code in reversed(self.acts):
                if lemma in told and 0 <= sent - at <= EARLIER_ACT_SENTENCES:
                    return [doer]
            if act.lemma_.lower() in ANAPHORIC_ACT_NOUNS:
                return self.last_doer(tok, sent)
            if act.lower_ in FORCE_NOUNS or act.lemma_.lower() in FORCE_NOUNS:
                return self.last_doer(tok, sent, FORCE_ACT_ROOTS)
        return []

    def last_doer(self, tok: Token, sent: int, roots: tuple[str, ...] = ()) -> list[Token]:
        """The doer of the latest act told in an earlier sentence, near enough, by another country than the critic's:
        "The US imposed sanctions on X. Iran condemned the move" (see :data:`ANAPHORIC_ACT_NOUNS`); with ``roots``,
        the latest act of those CAMEO roots ("condemned the attack", :data:`event_syntax.FORCE_NOUNS`)."""
        critics = {(self.code_of(s)[1] or "")[:3] for s in self.subjects(tok)} - {""}
        if not critics:
            return []
        for _lemma, at, doer, code in reversed(self.acts):
            if not 0 < sent - at <= EARLIER_ACT_SENTENCES or (roots and not code.startswith(roots)):
                continue
            country = (self.code_of(doer)[1] or "")[:3]
            if country and country not in critics:
                return [doer]
        return []

    def naming(self, tok: Token, pattern: Pattern) -> bool:
        """Whether a phone call (041) by a verb that also names (:data:`NAMING_VERBS`) is the naming: its object is
        no actor nor the pattern's keyword, or it has an object predicate ("called X a Y"). A call "for" with an
        object that is no actor declares a result, no appeal: "the AP called the election for Biden"."""
        if pattern.pos != "VERB" or tok.lemma_.lower() not in NAMING_VERBS:
            return False
        if pattern.prep == "for":
            return any(c.dep_ == "dobj" and not self.actor_at(c) for c in tok.children)
        if pattern.cameo != PHONE_CODE:
            return False
        if any(c.dep_ in ("oprd", "ccomp") for c in tok.children):
            return True
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        return not any(self.actor_at(o) or {o.lemma_.lower(), o.lower_} & pattern.keywords for o in objs)

    def in_protest(self, tok: Token, pattern: Pattern) -> bool:
        """Whether a protest noun is the manner of another act (:data:`MANNER_PREPS`): "resigned in protest" (the bare
        singular idiom; "joined in protests", "took part in the protest" are protests). Where that act is itself a
        protest ("staged a hunger strike in protest against X"), the noun stays: it names whom the protest is against."""
        if not (pattern.pos == "NOUN" and pattern.cameo.startswith(PROTEST_ROOT) and tok.dep_ == "pobj"
                and tok.head.lower_ in MANNER_PREPS and tok.lower_ == "protest" and not any(c.dep_ == "det" for c in tok.children)):
            return False
        act = tok.head.head
        acts = [act] + [c for c in act.children if c.dep_ == "dobj"]
        return not any((m := self.match(a)) is not None and m.cameo.startswith(PROTEST_ROOT) for a in acts)

    def other_side(self, pred: Token, sources: list[Token], targets: list[Token]) -> list[Token]:
        """The sources of a participle that tells what a fight between coordinated sides did ("Thai and Cambodian
        soldiers exchanged fire, killing a Cambodian soldier"): each side did it to the other, so a side of the
        target's own country is left out while another side remains (written probe ev11: 1, coded KHM->KHM)."""
        if pred.dep_ != "advcl" or pred.tag_ != "VBG" or len(sources) < 2 or not targets:
            return sources
        fight = self.match(pred.head)
        if fight is None or fight.roles not in ("mutual", "reciprocal"):
            return sources
        countries = {(self.code_of(t)[1] or "")[:3] for t in targets} - {""}
        foreign = [s for s in sources if (self.code_of(s)[1] or "")[:3] not in countries]
        return foreign or sources

    def audience(self, tok: Token, pattern: Pattern) -> bool:
        """Whether a protest noun is the audience of a verb of speaking (:data:`AUDIENCE_VERBS`): "told a rally"."""
        if pattern.pos != "NOUN" or not pattern.cameo.startswith(PROTEST_ROOT) or tok.dep_ not in AUDIENCE_DEPS:
            return False
        return tok.head.lemma_.lower() in AUDIENCE_VERBS

    def intent_told(self, tok: Token, pattern: Pattern) -> bool:
        """Whether a general intent (030: "offered", "vowed") has an infinitive or object that is an event of its own, whose
        intended form codes what was intended: "offered to host talks" (036), "vowed to crush the RSF" (138), "promised
        protests" (133). CAMEO codes the specific one; the general one would tell the same intent twice (lead's wire articles: 2)."""
        if pattern.cameo != GENERAL_INTENT or pattern.keywords or pattern.pos != "VERB":
            return False
        for comp in (c for c in tok.children if (c.dep_ == "xcomp" and c.pos_ == "VERB") or (c.dep_ == "dobj" and c.pos_ == "NOUN")):
            inner = self.match(comp)
            if inner is not None and inner.cameo[:2] not in NEEDS_TARGET | INTENT_NEEDS_TARGET:
                return True  # its event stands with no target, so it is coded whenever its source is
            if inner is not None and self.targets(comp, inner):
                return True
        return False

    def between(self, noun: Token) -> list[Token]:
        """The parties of a noun event named "between" them: "a meeting between Zelensky and Trump"."""
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                return self.expand(pobj)
        return []


def exercise_nouns(pred: Token) -> list[Token]:
    """The exercises a verb holds: its object ("held drills"), or what its object is of ("began a week of exercises")."""
    out = []
    for obj in (c for c in pred.children if c.dep_ == "dobj"):
        out.append(obj)
        out += [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return [o for o in out if o.lemma_.lower() in EXERCISE_NOUNS or o.lower_ in EXERCISE_NOUNS]


def shows_force(pred: Token, pattern: Pattern, targets: list[Token]) -> bool:
    """Whether a verb of firing weapons (a 19x row naming them) hits no one: its only targets are the weapons
    (:data:`LAUNCHED_WEAPONS`), with no clause of their own ("fired two missiles into the sea"; see :data:`SHOW_OF_FORCE_CODE`)."""
    if pattern.pos != "VERB" or not pattern.cameo.startswith(WEAPON_ROOT) or not pattern.keywords or pred.pos_ != "VERB":
        return False
    if not targets or any(t.lemma_.lower() not in LAUNCHED_WEAPONS and t.lower_ not in LAUNCHED_WEAPONS for t in targets):
        return False
    return not any(c.dep_ in ("acl", "relcl") for t in targets for c in t.children)
