"""Event syntax helpers: the group a number picks out, and a verb of saying continued past a reported clause."""

from __future__ import annotations

from telex.stages.event_syntax import partitive, participle_subject, said_and


def test_a_number_of_a_group_is_that_group(nlp):
    doc = nlp("Rebels killed two of the soldiers.")
    two = next(t for t in doc if t.lower_ == "two")
    assert partitive(two).lower_ == "soldiers"
    killed = next(t for t in doc if t.lower_ == "killed")
    assert partitive(killed) is killed


def test_a_past_verb_after_a_backshifted_clause_continues_the_saying_verb(nlp):
    doc = nlp("The ministry said rebels had shelled a village, and accused Chad of arming them.")
    accused = next(t for t in doc if t.lower_ == "accused")
    if accused.dep_ == "conj" and accused.head.lower_ == "shelled":  # the misparse this helper repairs
        assert said_and(accused).lower_ == "said"
    assert said_and(next(t for t in doc if t.lower_ == "shelled")) is None


def test_a_finite_verb_after_a_participle_taken_for_the_root_is_the_participles_subjects(nlp):
    doc = nlp("Dutch foreign minister Anna Visser speaking to the Chatham House think tank called on Serbia to act.")
    called = next(t for t in doc if t.lower_ == "called")
    if called.dep_ in ("acl", "dep"):  # the misparse this helper repairs
        assert participle_subject(called).lower_ == "visser"
    doc = nlp("Protesters gathered outside the embassy that the police guarded.")
    assert participle_subject(next(t for t in doc if t.lower_ == "guarded")) is None
