"""Reporting patterns met in the eighth round of unseen articles."""

from tests.engine.helpers import said


def test_a_list_of_departments_after_minister_of_stays_in_the_title():
    text = (
        "Minister of Families, Children and Social Development Ana Ruiz said the benefit "
        "would reach 300,000 families."
    )
    assert said(text) == [("Ana Ruiz", "the benefit would reach 300,000 families")]
