"""Who a title or a pronoun means: nationality in titles, lower-case job titles, subjects."""

import pytest

from tests.engine.helpers import said


def test_a_national_head_of_state_is_that_countrys_president_not_the_last_one_named():
    text = (
        "Kazakh President Aidar Nurlanov hosted the summit. Attending were Russian Head of "
        "State Pavel Orlov and Uzbek Head of State Timur Aliyev.\n\n"
        "Addressing the guests, Nurlanov noted that the region's trade had grown.\n\n"
        "The Head of State stressed that his country had built two new rail links.\n\n"
        "“Our exports rose by a fifth this year,” said the Kazakh Head of State."
    )
    assert said(text) == [
        ("Aidar Nurlanov", "the region's trade had grown"),
        ("Aidar Nurlanov", "his country had built two new rail links"),
        ("Aidar Nurlanov", "Our exports rose by a fifth this year"),
    ]


def test_a_lower_case_job_title_before_a_name_makes_it_a_person_for_later_pronouns():
    text = (
        "Coach Dale Brennan argued that the schedule was too crowded.\n\n"
        "But headteacher Margit Olander has rushed to reassure parents.\n\n"
        "She says the inspection covered only two days of teaching."
    )
    assert said(text)[-1] == (
        "Margit Olander",
        "the inspection covered only two days of teaching",
    )


def test_a_subject_with_an_irregular_past_verb_is_who_he_is_next():
    text = (
        "Manager Dale Brennan argued that the squad needed time.\n\n"
        "Captain Rui Tavares held up his hands after the defeat.\n\n"
        "Tavares felt the team had let the fans down.\n\n"
        "He said: “We lost the game at home to a weaker side.”"
    )
    assert said(text)[-1] == ("Rui Tavares", "We lost the game at home to a weaker side.")


def test_a_bare_subject_surname_with_an_irregular_past_verb_is_who_he_is_next():
    text = (
        "Manager Dale Brennan argued that the squad needed time.\n\n"
        "Rui Tavares held up his hands after the defeat.\n\n"
        "He said: “We lost the game at home to a weaker side.”"
    )
    assert said(text)[-1] == ("Rui Tavares", "We lost the game at home to a weaker side.")


def test_a_trailing_attribution_covers_the_first_person_sentences_before_it():
    text = (
        "Our forces have broken the back of the smuggling network in the north. "
        "Suspects are being questioned, said Trade and Industry Minister Lena Okafor.\n\n"
        "The storm hit the coast at noon. Two people were hurt, police said."
    )
    claims = said(text)
    assert claims[:2] == [
        ("Lena Okafor", "Our forces have broken the back of the smuggling network in the north"),
        ("Lena Okafor", "Suspects are being questioned"),
    ]
    # Narration in the reporter's voice stays narration.
    assert not [c for _, c in claims if c.startswith("The storm")]


def test_a_quotation_going_on_in_a_paragraph_without_a_reopening_mark():
    text = (
        "Speaking in parliament, the minister Lena Okafor said, “The attacks left us grieving.\n\n"
        "They tried to break the country. But we are more united than ever”.\n\n"
        "Traffic was light on the bridge."
    )
    assert [c for _, c in said(text)] == [
        "The attacks left us grieving.",
        "They tried to break the country.",
        "But we are more united than ever",
    ]
    assert {s for s, _ in said(text)} == {"Lena Okafor"}


def test_described_as_reaches_a_quotation_after_an_abbreviated_country():
    text = (
        "Foreign Minister Kerem Aydin met reporters.\n\n"
        'Aydin described his meeting with U.S. Secretary of State Dana Reeve as "candid."'
    )
    assert said(text) == [
        (
            "Kerem Aydin",
            'described his meeting with U.S. Secretary of State Dana Reeve as "candid.',
        ),
    ]


def test_assured_that_reports_a_statement_and_amidst_is_not_a_name():
    text = "Amidst all this, the minister Lena Okafor assured that the ports would reopen in May."
    assert said(text) == [("Lena Okafor", "the ports would reopen in May")]


def test_a_semicolon_then_he_is_the_reporter_going_on():
    text = (
        "Chief Executive Tom Hale paid tribute to the founder, saying the world lost a great "
        "leader; he thanked staff for their messages."
    )
    assert [c for _, c in said(text)] == ["the world lost a great leader"]


def test_a_job_description_in_commas_after_the_name():
    text = (
        "Councillor Stuart Hale, Westshire cabinet member for highways, said the council had "
        "brought in extra crews."
    )
    assert said(text) == [("Stuart Hale", "the council had brought in extra crews")]


def test_the_taoiseach_is_a_title():
    text = (
        "Taoiseach Micheal Byrne addressed the chamber on Tuesday.\n\n"
        "“Everybody acted in good faith on the day,” the Taoiseach said."
    )
    assert said(text) == [("Micheal Byrne", "Everybody acted in good faith on the day")]


def test_explaining_what_happened_names_a_topic_not_a_statement():
    text = "Prime Minister Ana Ruiz has explained what happened during the vote on Tuesday."
    assert said(text) == []


def test_a_bare_weekday_after_said_is_when_not_what():
    text = (
        "President-elect Mina Cho said Friday the country will deal sternly with any "
        "provocation amid growing concern that the North could soon test a weapon.\n\n"
        "Canada needs diplomats in India to help it through the tensions, Prime Minister "
        "Jon Tremblay said Tuesday in response to demands that Ottawa bring its envoys home."
    )
    assert said(text) == [
        ("Mina Cho", "the country will deal sternly with any provocation"),
        ("Jon Tremblay", "Canada needs diplomats in India to help it through the tensions"),
    ]


def test_a_semicolon_before_a_quotation_introduces_it_like_a_colon():
    text = 'Opposition leader Mike Hart responded angrily; "We back our troops wholeheartedly."'
    assert said(text) == [("Mike Hart", "We back our troops wholeheartedly.")]


def test_a_national_title_in_the_lede_goes_to_the_minister_named_later_without_it():
    text = (
        "CAIRO (Reuters) - The French foreign minister said on Wednesday diplomats were still "
        "working to secure a truce.\n\n"
        "The mediation efforts were intensifying after a renewed push.\n\n"
        "Foreign Minister Paul Marchand made an unscheduled stop in Cairo.\n\n"
        '"We came to coordinate our efforts for a truce," Marchand said.'
    )
    assert said(text) == [
        ("Paul Marchand", "diplomats were still working to secure a truce"),
        ("Paul Marchand", "We came to coordinate our efforts for a truce"),
    ]


def test_a_described_opening_subject_not_the_subject_of_a_when_clause_is_he():
    text = (
        "Moise Kalonji, a millionaire businessman and a former governor, fell out with the "
        "president when the former president Joseph Mbeki was in power.\n\n"
        '"It is sad, they are shooting tear gas at the march," he said.'
    )
    assert said(text) == [("Moise Kalonji", "It is sad, they are shooting tear gas at the march")]


def test_a_full_name_after_a_fronted_time_phrase_is_who_she_is_next():
    text = (
        "The count ended late on Tuesday.\n\n"
        "Last Friday, LaToya Brill rejoined the race as a write-in candidate.\n\n"
        "“I am doing this because I owe the people who supported me,” she said."
    )
    assert said(text) == [
        ("LaToya Brill", "I am doing this because I owe the people who supported me")
    ]


def test_a_description_after_an_inverted_verb_is_the_topic_person():
    text = (
        "For Maria Gonzalo, the closure of the factory was a shock.\n\n"
        '"I worked there for 22 years," says the 54-year-old mother of three. '
        '"Nobody told us anything until the day it shut."'
    )
    assert said(text) == [
        ("Maria Gonzalo", "I worked there for 22 years"),
        ("Maria Gonzalo", "Nobody told us anything until the day it shut."),
    ]


def test_a_name_in_the_predicate_is_not_who_he_is_next():
    text = (
        "President Olek Marchenko held a press conference with the president of the "
        "council, Charles Michon, and the head of the commission, Ursula Lehn, during which "
        "he called for more arms.\n\n"
        '"Europe will be with us until our victory," he told journalists.'
    )
    assert said(text) == [
        ("Olek Marchenko", "called for more arms"),
        ("Olek Marchenko", "Europe will be with us until our victory"),
    ]


def test_a_title_later_in_the_story_goes_to_the_new_speaker_named_next():
    text = (
        '"I have remained in contact with the commanders," President Karol Nowak wrote.\n\n'
        "The prime minister said the military shot down drones that violated the airspace.\n\n"
        '"Our military used weapons against the objects," Donald Tusz wrote on X.'
    )
    assert said(text) == [
        ("Karol Nowak", "I have remained in contact with the commanders"),
        ("Donald Tusz", "the military shot down drones that violated the airspace"),
        ("Donald Tusz", "Our military used weapons against the objects"),
    ]


def test_an_mp_for_a_place_is_a_title_and_the_name_after_the_place_is_the_speaker():
    text = (
        "Tommy Shepp, the SNP MP for Edinburgh East, asked a question.\n\n"
        'The SNP MP for Edinburgh East said: "Two weeks tomorrow Scotland goes to the polls."\n\n'
        "MP for Roseau Central Melissa Skerrit said the carnival is an expression of identity."
    )
    assert said(text) == [
        ("Tommy Shepp", "Two weeks tomorrow Scotland goes to the polls."),
        ("Melissa Skerrit", "the carnival is an expression of identity"),
    ]


def test_a_military_rank_holds_the_title_commander():
    text = (
        "Brigadier General Gholam Jalal, head of the civil defence body, said the sector "
        "is ready.\n\n"
        "Ayatollah Ali Khamen said on Wednesday that defence is not up for negotiation.\n\n"
        "The Iranian commander further pointed to the US strategy and said threats continue.\n\n"
        "The senior commander reiterated that the enemy knows the country is powerful."
    )
    assert said(text) == [
        ("Gholam Jalal", "the sector is ready"),
        ("Ali Khamen", "defence is not up for negotiation"),
        ("Gholam Jalal", "threats continue"),
        ("Gholam Jalal", "the enemy knows the country is powerful"),
    ]


def test_an_indefinite_title_in_the_lede_goes_to_the_commander_named_next():
    text = (
        "A top military commander has stressed the importance of boosting the country's "
        "defence.\n\n"
        '"The sector is fully ready to nip any threat in the bud," Brigadier General Reza '
        "Jalal said in Tehran."
    )
    assert said(text) == [
        ("Reza Jalal", "stressed the importance of boosting the country's defence"),
        ("Reza Jalal", "The sector is fully ready to nip any threat in the bud"),
    ]


def test_the_organisation_official_is_the_person_in_view_and_an_official_is_the_body():
    text = (
        "Sheikh Naim Qasim said Israel is a usurping regime.\n\n"
        "The Hezbollah official said the resistance cannot be separated from Palestine.\n\n"
        "A Pentagon official said the strike was legal."
    )
    assert said(text) == [
        ("Naim Qasim", "Israel is a usurping regime"),
        ("Naim Qasim", "the resistance cannot be separated from Palestine"),
        ("Pentagon", "the strike was legal"),
    ]


@pytest.mark.parametrize(
    "asides",
    [
        "aerospace coordinator for the Machinists union, which represents about 27,000 workers",
        "executive director of the Engineers Society, a union representing 20,000 engineers",
    ],
)
def test_two_asides_in_commas_between_the_name_and_the_verb(asides):
    text = f"Mark Blonde, {asides}, said the company still has a record backlog."
    assert said(text) == [("Mark Blonde", "the company still has a record backlog")]


def test_a_quoted_outlet_name_in_a_fronted_adjunct_is_not_the_statement():
    text = (
        "Health Minister Mahmoud Shayyab spoke on Friday.\n\n"
        "In statements to 'Ammon News,' the Minister added that the ministry's policy is "
        "based on transparency."
    )
    assert said(text) == [("Mahmoud Shayyab", "the ministry's policy is based on transparency")]


def test_a_plea_is_not_a_statement():
    text = "Gareth Mill, 58, of Solihull, denies 11 counts of fraud by abuse of position."
    assert said(text) == []


def test_a_common_given_name_from_outside_the_english_speaking_world_gives_the_sex():
    text = (
        "President Claudia Sheinbam spoke about the talks, after Donald Tramp said the army "
        "could go in.\n\n"
        "He repeated that the offer stood.\n\n"
        "“There is very good communication,” she said."
    )
    assert said(text) == [
        ("Donald Tramp", "the army could go in"),
        ("Donald Tramp", "the offer stood"),
        ("Claudia Sheinbam", "There is very good communication"),
    ]


def test_a_law_is_not_who_he_is():
    text = (
        "Lawyer Bernard Oundo wondered why the charge still applied when the Penal Code Act "
        "declared it unconstitutional.\n\n"
        "“We did not have sufficient time to get sureties,” he said."
    )
    assert said(text) == [("Bernard Oundo", "We did not have sufficient time to get sureties")]


def test_an_honorific_and_a_surname_before_a_stray_comma():
    text = (
        "One of the victims of the flood, Mr Udimiso, told newsmen on Monday that his "
        "compound was submerged."
    )
    assert said(text) == [("Udimiso", "his compound was submerged")]


def test_a_conjunction_opening_the_sentence_is_not_part_of_the_name():
    text = "Labour leader Anas Sarwa spoke.\n\nBut Mr Sarwa said waits are far too long."
    assert said(text) == [("Anas Sarwa", "waits are far too long")]


def test_the_name_right_before_said_is_who_he_is_after_a_fronted_clause():
    text = (
        "Party spokesman Paul Mangwan spoke first.\n\n"
        "Asked whether the party would bow out should opposition candidate Nelson Chamis win, "
        "Mangwan said yes.\n\n"
        "“When you control two-thirds of parliament, you do not fail to win,” he said."
    )
    assert said(text) == [
        ("Paul Mangwan", "When you control two-thirds of parliament, you do not fail to win")
    ]


def test_an_adverb_opening_a_sentence_is_not_a_name():
    text = (
        "Speaker Nabih Berry spoke on Monday.\n\n"
        "Separately, the Speaker said it is the cabinet's duty to convene."
    )
    assert said(text) == [("Nabih Berry", "it is the cabinet's duty to convene")]


def test_a_generic_office_is_the_speaker_just_heard():
    text = (
        "Foreign Minister Hisham Sharaf met UNDP country director Auke Lootsmo.\n\n"
        "Sharaf said the humanitarian situation was difficult.\n\n"
        "“We will keep working with the government,” Lootsmo said.\n\n"
        "The UN official said that all organisations look forward to working together."
    )
    assert said(text) == [
        ("Hisham Sharaf", "the humanitarian situation was difficult"),
        ("Auke Lootsmo", "We will keep working with the government"),
        ("Auke Lootsmo", "all organisations look forward to working together"),
    ]


def test_an_event_is_not_who_he_is():
    text = (
        "Professor Mohammad Bathayi spoke at the opening.\n\n"
        "Officials attending the opening of the International Quran Competition hailed the "
        "progress of Quranic teaching.\n\n"
        "He said the main objective of the event is learning."
    )
    assert said(text) == [
        ("International Quran Competition", "hailed the progress of Quranic teaching"),
        ("Mohammad Bathayi", "the main objective of the event is learning"),
    ]


def test_an_ambassador_named_by_nationality_is_a_title_not_a_person():
    text = (
        "State Minister of Foreign Affairs, Ambassador Berhane Gebrechris, on Tuesday received "
        "the credentials of three ambassadors.\n\n"
        "In discussions with the Mauritanian Ambassador, the State Minister expressed his "
        "hope that the appointment would strengthen relations."
    )
    assert said(text) == [("Berhane Gebrechris", "the appointment would strengthen relations")]


def test_a_person_known_only_by_one_name():
    text = (
        "A businessman, known only as Tan, 48, said he had invested a total of RM300,000.\n\n"
        "He said he did not believe in such schemes at first."
    )
    assert said(text) == [
        ("Tan", "he had invested a total of RM300,000"),
        ("Tan", "he did not believe in such schemes at first"),
    ]


def test_a_generic_office_with_a_nationality_is_not_a_speaker_of_another_country():
    text = (
        "President Bashar al-Asad said Syria would win.\n\n"
        "On his part, the Iranian official affirmed that his country will go on supporting "
        "Syria."
    )
    assert said(text) == [
        ("Bashar al-Asad", "Syria would win"),
        (None, "his country will go on supporting Syria"),
    ]


def test_said_as_he_highlighted_ends_the_attribution():
    text = (
        "The two countries should respect each other, Foreign Minister Wang Yu said as he "
        "highlighted the principle of their relations."
    )
    assert said(text) == [
        ("Wang Yu", "The two countries should respect each other"),
        ("Wang Yu", "highlighted the principle of their relations"),
    ]


def test_a_newspaper_after_a_preposition_and_a_determiner_is_not_who_he_is():
    text = (
        "Nyeri Governor Mutahi Kahig criticised the MP on Monday.\n\n"
        "In an interview with the Nation, the governor said the MP had drilled a borehole.\n\n"
        "He said the hospital is yet to be launched."
    )
    assert said(text) == [
        ("Mutahi Kahig", "criticised the MP on Monday"),
        ("Mutahi Kahig", "the MP had drilled a borehole"),
        ("Mutahi Kahig", "the hospital is yet to be launched"),
    ]


def test_a_party_flagbearer_is_an_office_held_by_the_speaker_just_heard():
    text = (
        "Former president John Mahamo said the ban was misdirected.\n\n"
        "The flagbearer of the National Democratic Congress further promised that his next "
        "government would grant amnesty to arrested miners."
    )
    assert said(text) == [
        ("John Mahamo", "the ban was misdirected"),
        ("John Mahamo", "his next government would grant amnesty to arrested miners"),
    ]
