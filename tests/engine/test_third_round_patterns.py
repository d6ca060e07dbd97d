"""Reporting patterns met in the third round of annotated articles."""

from tests.engine.helpers import said


def test_a_city_dateline_under_a_byline_and_date_line_is_not_a_speaker():
    text = (
        "Wheat policy defended\n\nOur Staff Reporter\n\nPublished April 22, 2024\n\n"
        "LAHORE: Food Minister Bilal Yasin said on Monday that the province held 2.3m tonnes."
    )
    assert said(text) == [("Bilal Yasin", "the province held 2.3m tonnes")]


def test_rejecting_a_named_claim_is_a_claim_with_its_verb():
    text = "Minister Bilal Yasin rejected the criticism that the government had abandoned growers."
    assert said(text) == [
        ("Bilal Yasin", "rejected the criticism that the government had abandoned growers")
    ]


def test_a_characterisation_in_quotation_marks_is_a_claim():
    text = 'The Kissan Ittehad termed the policy "an economic murder of the farmer".'
    assert said(text) == [
        ("Kissan Ittehad", 'termed the policy "an economic murder of the farmer"')
    ]


def test_the_company_refers_back_to_a_one_word_brand():
    text = (
        "Apple, for its part, insists that the changes protect users. In a press release "
        "on Thursday, the company said the new options came with new risks."
    )
    assert [speaker for speaker, _ in said(text)] == ["Apple", "Apple"]


def test_a_job_title_of_several_words_before_a_name():
    text = (
        '"Apple will do anything to protect its monopoly," Spotify chief public affairs '
        "officer Dustee Jenkins wrote on LinkedIn."
    )
    assert said(text) == [("Dustee Jenkins", "Apple will do anything to protect its monopoly")]
