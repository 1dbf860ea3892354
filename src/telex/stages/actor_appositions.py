"""Which words describe a named actor, for :mod:`telex.stages.actors`: the modifiers before a name, an apposition
on either side of it ("Scholz's spokesman, Steffen Hebestreit"), including one the parse hung elsewhere ("signed by
the deputy commander of the RSF, Abdel Dagalo, and ..."), and a title whose portfolio the parse left off the name
("US Special Representative for Iran Sam Cole"). :class:`DescriptionFinder` extends
:class:`~telex.stages.actor_descriptions.DescriptionReader`, which reads what such words say.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from telex.stages.actor_descriptions import DescriptionReader
from telex.stages.actor_words import RELATION_NOUNS, TITLE_ROLES, TITLES, appos_host, double_subject, last_run

#: How many words the portfolio of a title may have ("Special Envoy for the Horn of Africa X").
MAX_PORTFOLIO_WORDS = 6

#: Dependencies the parse gives a name in apposition that it did not hang on the noun: on the verb
#: ("npadvmod", "dep") or in a list ("conj").
LOOSE_NAME_DEPS = frozenset({"npadvmod", "dep", "conj"})


class DescriptionFinder(DescriptionReader):
    """The words that describe a name, wherever the parse put them."""

    def description_tokens(self, span: Span) -> list[Token]:
        """Words describing the named span: modifiers before it, and an apposition on either side."""
        head = span.root
        out = [t for t in head.subtree if t.i < span.start and (t.i not in self.consumed or t.dep_ == "poss")]
        # keep only the contiguous run that ends at the name (not a clause further left)
        out = last_run(out)
        # an international body's name right before the titles, which the parse hung elsewhere ("ECOWAS Commission
        # President X" with "ECOWAS" on the verb): it says whose official he is
        j = (out[0].i if out else span.start) - 1
        org = self.org_at(self.doc[j]) if j >= 0 else None
        if org is not None and org.code and not org.country:
            while j >= 0 and self.token_actor.get(j) == org.id:
                out.insert(0, self.doc[j])
                j -= 1
        title = self.portfolio_title(span)
        if title and all(t.i > title[-1].i for t in out):
            out = title  # the portfolio the parse may hang on the name ("Iran" in "... for Iran Sam Cole") is no country of his
        noun = appos_host(head) if head.dep_ == "appos" and head.head.i < span.start else self.loose_appos_host(span, out)
        if noun is not None:
            out += [
                t for t in noun.subtree
                if t.i < span.start and not t.is_punct and t not in out
                and (t.i not in self.consumed or t.dep_ == "poss" or self.org_at(t) is not None or self.body_at(t))
            ]
        for child in head.children:
            if child.dep_ == "appos" and child.i > span.end and child.ent_type_ != "PERSON":
                # (not a person's name: after a name, that is the next of a list the parse took for an apposition,
                # "Senators Ann Lee, Bo Kim and Cy Day", which describes neither)
                # the possessor of a rival or ally in apposition is someone else: "X, President Y's main rival" is
                # no president (a spokesman's or an aide's possessor does say whose he is, and stays)
                others = {t.i for c in child.children if c.dep_ == "poss" and child.lower_ in RELATION_NOUNS for t in c.subtree}
                out += [t for t in child.subtree if not t.is_punct and t.i not in others]
        return sorted(set(out), key=lambda t: t.i)

    def list_title(self, span: Span) -> str | None:
        """The office a plural title before a list of people's names gives each of them ("Senators Ann Lee, Bo Kim
        and Cy Day", "Reps. Tom Hall and Jim Ford": each a senator, a representative), as :data:`TITLE_ROLES` says
        the singular title's office. Read back from the name over the names before it in the list, each after a
        comma or a conjunction; None when a name on the way has words of its own before it, or the list none."""
        doc = self.doc
        name = span.root
        while True:
            start = name.i
            while start > 0 and doc[start].ent_iob_ == "I":
                start -= 1  # the name's first word (the tagger may call a name of the list ORG)
            before = doc[start - 1] if start else None
            if before is not None and before.text == "." and start > 1 and not doc[start - 2].whitespace_ and (
                    TITLE_ROLES.get(doc[start - 2].lower_[:-1], doc[start - 2].lower_[:-1]) != doc[start - 2].lower_[:-1]):
                before = doc[start - 2]  # "Reps." split in two (the parse may end a sentence there)
            elif doc[start].is_sent_start:
                return None  # "... two other Presidents. Bill Clinton was": no list
            if before is None:
                return None
            word = before.lower_.strip(".")
            if before.text[:1].isupper() and word.endswith("s") and word[:-1] in TITLE_ROLES:
                return TITLE_ROLES[word[:-1]]  # (the tagger may call "Reps" singular)
            if (before.text != "," and before.lower_ not in ("and", "or")) or name.dep_ not in ("conj", "appos"):
                return None
            if name.head.i >= name.i or name.head.ent_type_ not in ("PERSON", "ORG"):
                return None
            name = name.head

    def portfolio_title(self, span: Span) -> list[Token]:
        """The title right before a name that the parse left off it, where the title names a portfolio: "US Special
        Representative for Iran Sam Cole", "Minister for Europe Ann Lee". The words before "for" (its office, and
        whose office it is), not the portfolio, which is no country of the holder's. Empty when there is none."""
        doc = self.doc
        j = span.start - 1
        while j >= 0 and j > span.start - MAX_PORTFOLIO_WORDS and (doc[j].is_title or doc[j].is_upper):
            j -= 1  # the portfolio: "Iran", "Europe", "the Middle East Peace Process"
        if j < 1 or j == span.start - 1 or doc[j].lower_ != "for":
            return []
        title = []
        k = j - 1
        while k >= 0 and (doc[k].is_title or doc[k].is_upper) and not doc[k].is_punct:
            title.insert(0, doc[k])
            k -= 1
        # the title ends in an office or a member's role ("Minister", "Special Representative")
        kinds = {n: (self.kb.role(" ".join(t.lower_ for t in title[-n:])) or ((), ""))[1] for n in (1, 2) if len(title) >= n}
        return title if kinds.get(1) in ("office", "member") or kinds.get(2) == "office" else []

    def loose_appos_host(self, span: Span, before: list[Token]) -> Token | None:
        """The role noun a name stands in apposition to when the parse hangs the name elsewhere (on the
        verb: "signed by the deputy commander of the RSF, Abdel Dagalo, and ..."): the noun whose phrase
        ends right before the comma before the name (and its titles), when the name is no argument of
        its own and ends at a comma or the sentence's end. None otherwise."""
        start = min([span.start, *(t.i for t in before if not t.is_punct)])  # the comma may hang on the name
        doc = self.doc
        if self.bare_apposition(doc[start - 1] if start else None, span.root):
            return doc[start - 1]
        if start < 2 or doc[start - 1].text != ",":
            return None
        noun = self.phrase_role_noun(doc[start - 2])
        if noun is not None and double_subject(noun, span.root):
            return noun  # "The party's leader, X announced ..." (no comma after the name): both subjects of the verb
        if span.root.dep_ not in LOOSE_NAME_DEPS or (span.end < len(doc) and doc[span.end].text not in (",", ".", ";")):
            return None
        return noun

    def phrase_role_noun(self, last: Token) -> Token | None:
        """The noun of a person's role ("commander", "chief of staff") whose phrase ends at ``last``
        ("the deputy commander of the Rapid Support Forces"), if any."""
        found, tok = None, last
        while True:
            role = self.role_from(tok) if tok.pos_ == "NOUN" and tok.is_lower else None  # not "Kings" (a county)
            if role is not None and role[1] != "body":
                found = tok  # the outermost: "chief of staff", not "staff"
            if tok.head.i == tok.i or tok.head.i > tok.i or tok.head.right_edge.i != last.i:
                return found
            tok = tok.head

    def bare_apposition(self, noun: Token | None, name: Token) -> bool:
        """Whether a role noun and the name right after it, with no comma, are both subjects of the verb after the name
        ("the state-owned news agency Tasnim reported"): the name is the noun's apposition, one actor."""
        return (noun is not None and noun.pos_ == "NOUN" and noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].ent_iob_ == "B"
                and (noun.lower_ in self.kb.role_heads or noun.lemma_.lower() in self.kb.role_heads) and double_subject(noun, name))

    def loosely_apposed(self, noun: Token) -> bool:
        """Whether a role noun has a person's name in apposition that the parse hangs elsewhere (see
        :meth:`loose_appos_host`): the name will read the noun as its description."""
        doc = self.doc
        after = noun.right_edge.i + 1
        ent = self.entity_at(noun.i + 1) if noun.i + 1 < len(doc) else None
        if ent is not None and ent.label_ in ("PERSON", "ORG") and self.bare_apposition(noun, ent.root):
            return True
        if after + 1 >= len(doc) or doc[after].text != ",":
            return False
        i = after + 1
        while i < len(doc) and doc[i].lower_.strip(".") in TITLES and doc[i].is_title:
            i += 1  # "Gen."
        ent = self.entity_at(i)
        if ent is None or ent.label_ != "PERSON" or ent.start != i:
            return False
        if not double_subject(noun, ent.root) and (
                ent.root.dep_ not in LOOSE_NAME_DEPS or (ent.end < len(doc) and doc[ent.end].text not in (",", ".", ";"))):
            return False
        found = self.phrase_role_noun(doc[after - 1])
        return found is not None and found.i == noun.i
