"""Reporting patterns met in the sixth round of unseen articles."""

from tests.engine.helpers import said


def test_according_to_a_person_is_kept_when_the_statement_has_a_non_speech_weak_verb():
    text = "According to Sheriff Tom Bradley, police responded to the scene at 3 a.m. on Sunday."
    assert said(text) == [("Tom Bradley", "police responded to the scene at 3 a.m. on Sunday")]
