"""Appeals coded by what they ask for: "Obama wants Putin to attack Switzerland" is an appeal (CAMEO 02x) by the one
who asks to the one asked, and the act asked for is no event of its own (see ``Modality.asker``).

Split from ``events.py``: :class:`Appeals` is a part of the event finder, which supplies ``match``, ``subjects``,
``targets``, ``objects``, ``expand`` and the readings of asking in ``event_modality.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

from telex.stages.event_table import Pattern

#: An appeal coded by what is asked for (CAMEO 02x), from the code of the act wanted (its first three digits, else
#: its root): aid by kind (071-074 -> 0231-0234), a concession by kind (081-087 -> 0251-0256), cooperation, talks.
#: Asking another to use force is asking for military cooperation (0212; PETRARCH's dev set codes "wants Putin to
#: attack" 021).
APPEAL_CODES = {"061": "0211", "062": "0212", "06": "021", "05": "022", "071": "0231", "072": "0232", "073": "0233",
                "074": "0234", "07": "023", "081": "0251", "082": "0252", "084": "0253", "085": "0254", "086": "0255",
                "087": "0256", "08": "025", "04": "026", "03": "022", "18": "0212", "19": "0212", "20": "0212"}
#: A demand coded by what is demanded (CAMEO 10x), from the code of the act demanded.
DEMAND_CODES = {"06": "101", "07": "103", "08": "105", "084": "1053", "087": "1056", "081": "1051",
                "085": "1054", "086": "1055", "04": "106", "03": "100", "05": "102"}
#: Verbs of demanding, coded as a demand by what they demand: "demanded that Israel withdraw its troops" is 1056.
DEMANDING_VERBS = frozenset({"demand"})
DEMAND_ROOT = "10"
#: Acts asked for that are cooperation or aid only when something is given or someone helped (CAMEO 05-07):
#: "urged residents to evacuate" asks them to leave (Wikinews audit: 1 such appeal coded as one for humanitarian aid).
APPEAL_NEEDS_RECIPIENT = frozenset({"05", "06", "07"})
APPEAL_ROOT = "02"
#: Verbs of telling and advising, whose pronoun addressee is mostly a person in a story ("He told me to be patient",
#: "advised her to kill": Wikinews audit, 3 of 3 wrong); a named one is an appeal ("advised U.S. citizens to leave").
ADVICE_VERBS = frozenset("tell advise".split())
#: Verbs of asking coded as an appeal by what they ask for; the others ("pressure", "demand") keep their own code.
APPEALING_VERBS = frozenset("want wish ask urge call appeal press push encourage implore exhort plead request tell advise "
                            "persuade convince beg".split())
#: Diplomatic cooperation (CAMEO 05: support, praise, endorsement) urged on another is the asker's own: "urged the
#: European Community to support the PLO" is the asker's support of the PLO (the CAMEO manual's example, coded
#: SUPPORT against the PLO in the PLOVER dev set), besides the appeal to the Community.
ENDORSED_ROOTS = frozenset({"05"})
#: Verbs of writing or sending to someone, whose participle of asking asks it of the one written to: "wrote to the US
#: embassy asking to waive her immunity", "sent a letter to the UN asking for help" (Wikinews: 1, missed).
WRITING_VERBS = frozenset("write send".split())


class Appeals:
    """The event finder's reading of appeals (see the module's doc)."""

    def appealed(self, tok: Token, pattern: Pattern | None):
        """"Obama wants Putin to attack Switzerland", "urged Iran to release the sailors": an appeal (CAMEO 02x by
        what is asked for; a demand, 10x, for "demanded that Israel withdraw") by the one who asks, to the one asked. A verb the pattern table codes keeps its code when
        the act asked for says no more than the table ("urged Russia to work towards a ceasefire": 0256 by keyword)."""
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or lemma not in APPEALING_VERBS | DEMANDING_VERBS:
            return None
        demand = lemma in DEMANDING_VERBS
        if demand and (self.asker(tok) is not None or self.modality(tok) == "hypothetical"):
            return None  # "called on the President to demand", "could demand": asked for or imagined, the table's reading
        codes, root, default = (DEMAND_CODES, DEMAND_ROOT, "100") if demand else (APPEAL_CODES, APPEAL_ROOT, "020")
        written_to = None if demand else self.written_to(tok)
        if written_to is not None:
            inner = next((self.match(c) for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
            code = codes.get(inner.cameo[:3]) or codes.get(inner.cameo[:2]) if inner else None
            if pattern is not None and pattern.cameo[:2] == root and (code is None or pattern.keywords):
                return pattern, self.subjects(tok.head), self.expand(written_to)  # "asking for aid": 023 by its row
            return Pattern(lemma, "VERB", None, frozenset(), code or default, "agent"), self.subjects(tok.head), self.expand(written_to)
        for comp in (c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "advcl")):
            addressee = self.wanted_of(comp)
            if addressee is None:
                continue
            sources = self.subjects(tok)
            if not sources or addressee in sources or (lemma in ADVICE_VERBS and addressee.pos_ == "PRON"):
                return None
            inner = self.match(comp)
            code = inner.cameo if inner else ""
            if code[:2] in APPEAL_NEEDS_RECIPIENT and not self.targets(comp, inner) and not self.objects(comp):
                code = ""  # "urged residents to evacuate": they are to leave, not to give aid to anyone
            code = codes.get(code[:3]) or codes.get(code[:2])
            if pattern is not None and pattern.cameo[:2] == root and (code is None or pattern.keywords):
                # the table's appeal, but still to the one asked: "urged other allies to follow France's lead" is
                # no appeal to France; a row of another kind ("called the president": a phone call) is no reading
                return pattern, sources, self.expand(addressee)
            return Pattern(lemma, "VERB", None, frozenset(), code or default, "agent"), sources, self.expand(addressee)
        return None

    def endorsed(self, tok: Token, pattern: Pattern | None):
        """"urged the EC to support the PLO": the support asked of another (CAMEO 05), as the asker's own."""
        if pattern is None or pattern.cameo[:2] not in ENDORSED_ROOTS:
            return None
        asker = self.asker(tok)
        if asker is None or asker.lemma_.lower() not in APPEALING_VERBS:
            return None
        sources, targets = self.subjects(asker), self.targets(tok, pattern)
        return (pattern, sources, targets) if sources and targets else None

    def written_to(self, tok: Token) -> Token | None:
        """For a participle of asking that asks no one itself, hung on a verb of writing (:data:`WRITING_VERBS`), the one
        written "to" (on the verb or its object: "sent a letter to X asking ..."); None otherwise."""
        head = tok.head
        if tok.dep_ != "advcl" or tok.tag_ != "VBG" or head.lemma_.lower() not in WRITING_VERBS or head.i == tok.i:
            return None
        if any(c.dep_ in ("dobj", "dative", "nsubj") for c in tok.children):
            return None
        holders = [head] + [c for c in head.children if c.dep_ == "dobj"]
        to = [g for h in holders for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
        return to[0] if to and self.actor_at(to[0]) else None
