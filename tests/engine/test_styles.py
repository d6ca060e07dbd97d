"""Journalistic patterns beyond the seeds: one behaviour per test."""

import pytest

from claims.engine import extract
from claims.engine.checkworthiness import score, score_spans
from claims.engine.speakers import canonical_role
from tests.engine.helpers import said


def claims_of(text, **kwargs):
    return extract(text, **kwargs).claims


def test_capitalised_title_before_a_name_is_a_role_not_part_of_the_name():
    (claim,) = claims_of("Cal Fire Chief Luis Ortega said the blaze had burned 400 acres.")
    assert (claim.speaker, claim.speaker_role) == ("Luis Ortega", "Cal Fire Chief")


def test_name_in_apposition_after_a_title_is_the_speaker():
    text = "The housing secretary, Helen Marsh, said the country had failed to build homes."
    (claim,) = claims_of(text)
    assert claim.speaker == "Helen Marsh"
    assert claim.text == "the country had failed to build homes"


def test_age_and_relative_clause_between_name_and_verb_are_skipped():
    text = "Rosa Jimenez, 67, who left her home on Sunday, said she did not know what was left."
    (claim,) = claims_of(text)
    assert claim.speaker == "Rosa Jimenez"


def test_inverted_attribution_with_a_lower_case_descriptor():
    (claim,) = claims_of('"We want a freeze on prices," said trust chair Helen Doyle.')
    assert (claim.speaker, claim.speaker_role) == ("Helen Doyle", "Trust Chair")


def test_role_after_an_inverted_attribution_is_recorded():
    text = "“The economy grew by 3.2 percent last year,” said Janet Yellen, the Treasury secretary."
    result = extract(text)
    assert result.claims[0].speaker == "Janet Yellen"
    assert "Secretary of the Treasury" in result.speakers[0].roles


def test_role_in_an_appositive_is_recorded():
    result = extract("Janet Yellen, the U.S. Treasury Secretary, said inflation fell to 3 percent.")
    assert result.claims[0].text == "inflation fell to 3 percent"
    assert result.speakers[0].roles == ("Secretary of the Treasury of the United States",)


def test_role_variants_share_one_name():
    assert canonical_role("Iranian President".split()[1], "Iran") == "President of Iran"
    assert canonical_role("President of Iran") == "President of Iran"
    assert canonical_role("Leader of the Islamic Revolution") == "Supreme Leader of Iran"
    assert canonical_role("Supreme Leader", "Iran") == "Supreme Leader of Iran"
    assert canonical_role("Secretary of State", "the United States") == (
        "Secretary of State of the United States"
    )
    assert canonical_role("Mayor") == "Mayor"


def test_demonym_possessive_and_of_phrase_give_the_same_role():
    roles = set()
    for text in (
        "Iranian President Ali Rezaei said that trade had tripled.",
        "Iran's President Ali Rezaei said that trade had tripled.",
        "The President of Iran, Ali Rezaei, said that trade had tripled.",
    ):
        roles.add(extract(text).claims[0].speaker_role)
    assert roles == {"President of Iran"}


def test_second_statement_after_and_said_is_its_own_claim():
    text = (
        "Mrs Hargreaves replied that the list had fallen for four months, and said "
        "the government had delivered 3.5 million more appointments."
    )
    assert [(c.text, c.speaker) for c in claims_of(text)] == [
        ("the list had fallen for four months", "Hargreaves"),
        ("the government had delivered 3.5 million more appointments", "Hargreaves"),
    ]


def test_afterthought_after_a_final_attribution_is_left_out():
    text = (
        "The consumer price index rose 3.3% in the 12 months through May, the Labor "
        "Department said on Wednesday, down from 3.4% in April."
    )
    (claim,) = claims_of(text)
    assert claim.text == "The consumer price index rose 3.3% in the 12 months through May"


def test_according_to_a_statement_from_an_organisation():
    text = "According to a statement from the National Retail Federation, retail sales rose 0.6%."
    (claim,) = claims_of(text)
    assert claim.speaker == "National Retail Federation"


def test_the_company_refers_back_to_the_organisation_in_view():
    text = (
        "Pacific Western Power said in a statement that it had cut power to 18,000 homes. "
        "The company said it would publish outage data on Friday."
    )
    assert [c.speaker for c in claims_of(text)] == ["Pacific Western Power"] * 2


def test_unnamed_groups_make_no_claim():
    assert claims_of("Economists said the target would be hard to reach.") == ()


def test_british_quotation_over_several_paragraphs_is_split_and_attributed():
    text = (
        "The housing secretary, Helen Marsh, spoke on Tuesday.\n\n"
        "‘Young people have been locked out for too long.\n\n"
        "‘We will build on grey belt land and bring back targets.\n\n"
        "‘This is the biggest shake-up of planning in a generation,’ she said."
    )
    claims = claims_of(text)
    assert [c.speaker for c in claims] == ["Helen Marsh"] * 3
    assert claims[0].text == "Young people have been locked out for too long."


def test_interview_answers_are_the_interviewees_and_questions_are_not_claims():
    text = (
        "Amina Kwarteng runs the climate secretariat. She spoke to us in Bonn.\n\n"
        "Q: Has anything changed since last year?\n\n"
        "A: Clean energy investment reached $1.8 trillion last year. Solar is now cheap.\n\n"
        "Q: What worries you?\n\n"
        "A: Emissions have not yet peaked."
    )
    claims = claims_of(text)
    assert [c.text for c in claims] == [
        "Clean energy investment reached $1.8 trillion last year.",
        "Solar is now cheap.",
        "Emissions have not yet peaked.",
    ]
    assert {c.speaker for c in claims} == {"Amina Kwarteng"}


def test_captions_standfirsts_and_cross_links_are_not_claims():
    text = (
        "Ministers unveil housing plan\n\n"
        "Housing secretary says new towns will be built, but councils say they lack the staff "
        "to approve them\n\n"
        "Helen Marsh said the plan would work. Photograph: Stefan Rousseau/PA\n\n"
        "Read more: What is the grey belt?\n\n"
        "Helen Marsh said that 300 planning officers would be recruited."
    )
    assert [c.text for c in claims_of(text)] == ["300 planning officers would be recruited"]


def test_guillemets_are_quotations():
    text = "Marie Dufour told the crowd: «We are not against Europe. We are against neglect.»"
    assert [c.text for c in claims_of(text)] == [
        "We are not against Europe.",
        "We are against neglect.",
    ]


def test_dash_after_a_quotation_introduces_its_attribution():
    text = "“Last night the enemy attacked Odesa with 19 drones,” – regional head Oleh Kiper wrote."
    (claim,) = claims_of(text)
    assert claim.speaker == "Oleh Kiper"


def test_scores_of_claims_together_equal_scores_one_by_one():
    text = "Exports rose 12% to $4.2bn in 2023. We must unite. If we fail, we could lose."
    spans = [(0, 34), (35, 49), (50, 78)]
    assert score_spans(text, spans) == [score(text[s:e]) for s, e in spans]


def test_backticks_and_two_apostrophes_as_quotation_marks():
    text = (
        "Owner Selwyn Marsh said the shop would close.\n\n"
        "``It is going to be quite sad. It has been a great life for me,'' Mr Marsh said.\n\n"
        "``I have got six stents. At 67 it is time to move on.''"
    )
    assert [(c.speaker, c.text) for c in extract(text).claims] == [
        ("Selwyn Marsh", "the shop would close"),
        ("Selwyn Marsh", "It is going to be quite sad."),
        ("Selwyn Marsh", "It has been a great life for me"),
        ("Selwyn Marsh", "I have got six stents."),
        ("Selwyn Marsh", "At 67 it is time to move on."),
    ]


@pytest.mark.parametrize(
    "lead", ["Hanoi (VNA) – ", "New Delhi, Aug 10 (PTI) "], ids=["dash", "no-dash"]
)
def test_a_title_case_dateline_with_an_agency_is_not_a_speaker(lead):
    text = (
        f"{lead}Prime Minister Anan Rao on Thursday tore into the opposition, accusing "
        "them of preferring politics to debate."
    )
    result = extract(text)
    assert [c.speaker for c in result.claims] == ["Anan Rao"]
    assert result.article.dateline in {"Hanoi", "New Delhi"}


def test_a_full_stop_without_its_space_still_ends_the_sentence():
    text = (
        "Vice Minister Chang Ho-sun said the remarks can incite distrust.Chang also said "
        "the envoy is responsible for the consequences. The U.S. Navy and bbc.com agreed."
    )
    assert [(c.speaker, c.text) for c in extract(text).claims] == [
        ("Chang Ho-sun", "the remarks can incite distrust"),
        ("Chang Ho-sun", "the envoy is responsible for the consequences"),
    ]


def test_backtick_quotations_over_two_paragraphs_and_after_narration():
    text = (
        "Owner Selwyn Marsh said the shop would close.\n\n"
        "``A sadness that nobody else picked it up and ran with it.\n\n"
        "``It has been a great life for me and it has done me well.''\n\n"
        "He bought a stake in the business in 1987.\n\n"
        "``It is probably the oldest sports shop in the country.''"
    )
    assert [(c.speaker, c.text) for c in extract(text).claims][1:] == [
        ("Selwyn Marsh", "A sadness that nobody else picked it up and ran with it."),
        ("Selwyn Marsh", "It has been a great life for me and it has done me well."),
        ("Selwyn Marsh", "It is probably the oldest sports shop in the country."),
    ]


def test_an_opening_curly_mark_with_a_stray_space_still_opens():
    text = (
        "Speaker Lindsay Hoyle spoke. He said he felt sorry for the minister, but added: "
        "“ It is more important to come here than to go on the news.”"
    )
    assert said(text) == [
        ("Lindsay Hoyle", "he felt sorry for the minister"),
        ("Lindsay Hoyle", "It is more important to come here than to go on the news."),
    ]


def test_fumed_reports_a_quotation():
    text = "“My colleague may not know it, but this is a budget,” Senator Bern Sands fumed."
    assert said(text) == [("Bern Sands", "My colleague may not know it, but this is a budget")]


def test_and_said_right_before_a_quotation():
    text = (
        "Labour MP John McDonn asked a question, and said "
        '"the chancellor insults this House by his refusal to attend".'
    )
    assert said(text) == [
        ("John McDonn", "the chancellor insults this House by his refusal to attend")
    ]


def test_a_straight_opening_mark_with_a_stray_space_after_a_colon_still_opens():
    text = 'Referring to the deal, Minister Hulus Akir said: " The country has been active."'
    assert said(text) == [("Hulus Akir", "The country has been active.")]


def test_a_quotation_too_short_to_be_a_claim_leaves_the_reported_sentence():
    text = (
        'Foreign Minister Faisal bin Farhan revealed on Tuesday that "some" progress has been '
        'made in the talks, but it was "not enough."'
    )
    assert said(text) == [
        (
            "Faisal bin Farhan",
            '"some" progress has been made in the talks, but it was "not enough.',
        )
    ]


def test_an_office_in_commas_between_a_statement_and_said():
    text = (
        "The attack did not just affect the Emirates but all countries whose ships were hit, "
        "Sheikh Abdullah bin Zayid, UAE Minister of Foreign Affairs and International "
        "Co-operation, said on Sunday."
    )
    assert said(text) == [
        (
            "Abdullah bin Zayid",
            ("The attack did not just affect the Emirates but all countries whose ships were hit"),
        )
    ]


def test_a_stray_comma_between_a_full_name_and_said():
    text = (
        "In a televised address on Tuesday, Sheikh Naim Qasim, said, “The regime is built "
        "on displacement.”"
    )
    assert said(text) == [("Naim Qasim", "The regime is built on displacement.")]


def test_described_reaches_as_across_an_aside_in_dashes():
    text = (
        "Sheikh Naim Qasim described the operation—the October 7 attack led by the group—as "
        "a legitimate right."
    )
    assert said(text) == [
        (
            "Naim Qasim",
            ("described the operation—the October 7 attack led by the group—as a legitimate right"),
        )
    ]


def test_an_opening_curly_mark_typed_for_the_closing_one():
    text = (
        "“City Hall has mobilised pumps to the flooded areas,“ Minister Shahid Kasim said "
        "when met by reporters."
    )
    assert said(text) == [("Shahid Kasim", "City Hall has mobilised pumps to the flooded areas")]


def test_a_chief_justice_written_cj():
    text = (
        "Chief Justice Sheikh Riaz Ahmed observed that the court had other cases. The "
        "bench also has Justice Qazi Farooq and Justice Deedar Shah.\n\n"
        "The CJ observed that maligning the judiciary had become a fashion."
    )
    assert said(text) == [
        ("Riaz Ahmed", "the court had other cases"),
        ("Riaz Ahmed", "maligning the judiciary had become a fashion"),
    ]


def test_a_participle_after_a_final_attribution_is_the_reporters():
    text = "There was no additional death, Achmad Yurianto said, leaving the total at five."
    assert said(text) == [("Achmad Yurianto", "There was no additional death")]


def test_a_lower_case_description_before_a_name_after_the_statement():
    text = (
        "The second death was that of a miner who was at the regional hospital, hospital "
        "spokeswoman Janet Franks said."
    )
    assert said(text) == [
        ("Janet Franks", "The second death was that of a miner who was at the regional hospital")
    ]


def test_a_straight_opening_mark_with_a_stray_space_after_a_space_still_opens():
    text = (
        'Once he found out it was a gunshot, " I was like geez, it could be me next time," '
        "resident Rowdy Bens said."
    )
    assert said(text) == [("Rowdy Bens", "I was like geez, it could be me next time")]


def test_according_to_before_a_sentence_with_its_own_verb_gives_no_claim_to_the_verb():
    text = "According to Sgt Maria Hawk, police responded to a call on West Street."
    assert said(text) == [("Maria Hawk", "police responded to a call on West Street")]


@pytest.mark.parametrize("cue", ["sobbed", "pleaded"])
def test_sobbed_and_pleaded_report_a_quotation(cue):
    text = f'"We can still save them, miracles happen all the time," Virginia Magal {cue}.'
    assert said(text) == [
        ("Virginia Magal", "We can still save them, miracles happen all the time")
    ]


@pytest.mark.parametrize(
    "office",
    [
        "Comptroller of the Royal Household of Istana Negara Datuk Wira Zailan Hashim",
        "Assistant to the President and head of the Foreign Policy Department Hikmat Hajiev "
        "at a press conference held on 21 July",
    ],
)
def test_a_name_at_the_end_of_a_long_office_after_an_inverted_said(office):
    text = f"The reports are highly significant to the palace, said {office}."
    speaker = office.split(" at a press")[0].split()[-2:]
    assert said(text) == [(" ".join(speaker), "The reports are highly significant to the palace")]


def test_the_aide_is_the_assistant_named_with_a_long_office():
    text = (
        "The other side has made threats, said Assistant to the President and head of the "
        "Foreign Policy Department Hikmat Hajiev at a press conference.\n\n"
        "The presidential aide noted that all this testifies to the goals of the leadership."
    )
    assert said(text) == [
        ("Hikmat Hajiev", "The other side has made threats"),
        ("Hikmat Hajiev", "all this testifies to the goals of the leadership"),
    ]


def test_said_this_after_an_event_is_no_statement():
    assert said("Mayor Jo Bell said this after handing out 250 packs of food.") == []


def test_a_long_adjunct_between_said_and_the_colon_before_a_quotation():
    text = (
        "Prime Minister Mohammed al-Sudan said in an interview with CNN, which was followed "
        'by the national agency: "The government pledged to rearrange the relationship."'
    )
    assert said(text) == [
        ("Mohammed al-Sudan", "The government pledged to rearrange the relationship.")
    ]


@pytest.mark.parametrize("cue", ["expressed his hope that", "informed the House that"])
def test_expressed_his_hope_and_informed_report_a_statement(cue):
    text = f"Minister Khaled Jarallah {cue} the two sides would reach a solution soon."
    assert said(text) == [("Khaled Jarallah", "the two sides would reach a solution soon")]


def test_a_full_name_after_said_beats_a_place_in_an_aside_before_it():
    text = (
        "The hospital is reporting more flu at its sites in Volusia and Flagler, along with "
        "positive tests, said Lindsay Rewe, a hospital spokeswoman."
    )
    assert said(text) == [
        (
            "Lindsay Rewe",
            (
                "The hospital is reporting more flu at its sites in Volusia and Flagler, "
                "along with positive tests"
            ),
        )
    ]


def test_said_a_board_member_is_the_member_not_the_board():
    text = '"It would be irresponsible to move too fast," said board member Torill B. Floyd.'
    assert said(text) == [("Torill B. Floyd", "It would be irresponsible to move too fast")]


def test_believes_reports_a_view_without_that():
    text = "Peter Ralfe, one of the lawyers, believes there are solid grounds for an appeal."
    assert said(text) == [("Peter Ralfe", "there are solid grounds for an appeal")]
    assert said("She believes in God.") == []


def test_a_subject_opening_the_sentence_before_a_participle_is_not_a_parenthesis():
    text = 'Union president Chris Abel responded, calling the letter "deeply disappointing".'
    assert said(text) == []


def test_a_fronted_participle_is_not_a_name():
    text = (
        "Scotland faces long waits.\n\n"
        "Responding, First Minister John Swinny said he was sorry.\n\n"
        "“We are reducing the longest waits,” he said."
    )
    assert said(text) == [
        ("John Swinny", "he was sorry"),
        ("John Swinny", "We are reducing the longest waits"),
    ]


def test_admitted_to_doing_something_is_a_plea():
    assert said("Kevin McFall admitted to throwing a petrol bomb at police.") == []


def test_said_a_body_then_a_described_member_is_the_member():
    text = "“We face a plastic flood,” said Greenpeace UK political campaigner Megan Randle."
    assert said(text) == [("Megan Randle", "We face a plastic flood")]


def test_said_on_an_abbreviated_date_is_when():
    text = (
        "Rates are going to rise, Information Commissioner Elizabeth Denim said Sept. 29 at "
        "a conference in Hong Kong."
    )
    assert said(text) == [("Elizabeth Denim", "Rates are going to rise")]


def test_said_a_surname_with_a_particle_after_the_statement():
    text = (
        "Yale astronomer Pieter van Dokk led the team.\n\n"
        "The lenses are the kind used at the World Cup, and they pointed them upward instead, "
        "said van Dokk."
    )
    assert said(text) == [
        (
            "Pieter van Dokk",
            ("The lenses are the kind used at the World Cup, and they pointed them upward instead"),
        )
    ]


@pytest.mark.parametrize("outer_close", ["”", ""])
def test_a_quotation_inside_a_quotation_marked_the_same_way(outer_close):
    text = (
        "Union leader Kevin Courtny said: “This year 47 per cent of pupils will be told they "
        "have not reached the “expected” standard. This is demoralising for children."
        f"{outer_close}"
    )
    assert [t for _, t in said(text)] == [
        "This year 47 per cent of pupils will be told they have not reached the “expected” "
        "standard.",
        "This is demoralising for children.",
    ]


def test_while_claiming_that_adds_a_statement_and_while_recalling_a_thing_does_not():
    text = (
        "“Media should have checked the news before publishing it,” said Minister Rehmat "
        "Balochi, while claiming that the cause of death was dehydration. He spoke while "
        "recalling the crisis of 1975."
    )
    assert said(text) == [
        ("Rehmat Balochi", "Media should have checked the news before publishing it"),
        ("Rehmat Balochi", "the cause of death was dehydration"),
    ]


def test_a_name_opening_a_sentence_with_an_office_in_commas_is_known():
    text = (
        "Pieter van Dokk, chair of the astronomy department, designed the telescope.\n\n"
        "The lenses are the kind used at the World Cup, and they pointed them upward, said "
        "van Dokk."
    )
    assert said(text) == [
        (
            "Pieter van Dokk",
            ("The lenses are the kind used at the World Cup, and they pointed them upward"),
        )
    ]


def test_a_description_with_a_bracketed_acronym_and_no_closing_comma():
    text = (
        "“The meeting was not attended by the KDP,” Rebaz Sabri, member of the Islamic "
        "Group (Komal) told reporters on Sunday."
    )
    assert said(text) == [("Rebaz Sabri", "The meeting was not attended by the KDP")]


def test_a_closing_mark_opening_a_quotation_after_a_colon():
    text = "He said:”The party position is to hold elections first,” said Hemin Hawram."
    assert said(text) == [("Hemin Hawram", "The party position is to hold elections first")]


@pytest.mark.parametrize(
    "attribution",
    [
        "chief presidential press secretary Kim Sung-wo told reporters",
        "Saenuri Party floor leader Rep. Kim Sung-wo said during a meeting",
    ],
)
def test_a_body_or_an_office_in_lower_case_before_the_name_after_a_quotation(attribution):
    text = f'"The allegation is insulting to the voters," {attribution}.'
    assert said(text) == [("Kim Sung-wo", "The allegation is insulting to the voters")]


def test_a_listener_after_told_is_not_the_speaker():
    text = '"Returns will begin by the end of this year," Soylu told private broadcaster NTV.'
    assert said(text) == [("Soylu", "Returns will begin by the end of this year")]


def test_a_text_wrapped_at_a_fixed_width_is_read_in_paragraphs():
    text = (
        "ISLAMABAD, Sep 15 (APP): Prime Minister Shahid Khaqan Abbas\n"
        "Friday emphasized the importance of engagement between Pakistan and\n"
        "the United States, to pursue common objectives and issues\n"
        "of mutual interest.\n"
        "He was talking to the Ambassador of the United States, David\n"
        "Hale, who called on him here at the Prime Minister's Office.\n"
        "The Prime Minister reiterated Pakistan's support for an Afghan-\n"
        "led and Afghan-owned reconciliation process, and said peace in\n"
        "the region was the shared goal of both countries and the wider world.\n"
    )
    assert said(text) == [
        (
            "Shahid Khaqan Abbas",
            "emphasized the importance of engagement between Pakistan and\nthe United States, "
            "to pursue common objectives and issues\nof mutual interest",
        ),
        (
            "Shahid Khaqan Abbas",
            "Pakistan's support for an Afghan-\nled and Afghan-owned reconciliation process",
        ),
        (
            "Shahid Khaqan Abbas",
            "peace in\nthe region was the shared goal of both countries and the wider world",
        ),
    ]


@pytest.mark.parametrize("cue", ["highlighted", "conveyed"])
def test_highlighted_and_conveyed_report_what_an_official_put_forward(cue):
    text = f"Prime Minister Shahid Abbas {cue} the country's commitment to peace in the region."
    assert said(text) == [
        ("Shahid Abbas", f"{cue} the country's commitment to peace in the region")
    ]
