"""Reporting patterns met in the sixth round of unseen articles."""

from tests.engine.helpers import said


def test_a_time_clause_between_listener_and_that_is_not_the_statement():
    text = (
        "Vera Lind told the BBC a day after the government announced a new tax on "
        "imported grain and fuel that the talks had lasted a month."
    )
    assert said(text) == [("Vera Lind", "the talks had lasted a month")]


def test_a_cricket_position_after_the_cue_is_the_player_named_before():
    text = (
        "Wales captain Rhys Owen scored 140 on Sunday.\n\n"
        '"We were not good enough to win the match," said the Wales opener.'
    )
    assert said(text) == [("Rhys Owen", "We were not good enough to win the match")]


def test_the_skipper_is_the_captain():
    text = (
        "The Indian skipper said the weather had decided the match.\n\n"
        "Arjun Mehta said the team was outplayed in every session.\n\n"
        "The Indian captain said the bowlers would rest before the next test.\n\n"
        "Winning captain Tom Reed said his bowlers were exceptional."
    )
    assert said(text) == [
        ("Arjun Mehta", "the weather had decided the match"),
        ("Arjun Mehta", "the team was outplayed in every session"),
        ("Arjun Mehta", "the bowlers would rest before the next test"),
        ("Tom Reed", "his bowlers were exceptional"),
    ]


def test_a_title_that_goes_on_speaking_is_the_speaker_just_heard():
    text = (
        "Arjun Mehta said the team was outplayed in every session.\n\n"
        "The Indian captain further said the bowlers would rest before the next test.\n\n"
        "Winning captain Tom Reed said his bowlers were exceptional."
    )
    assert said(text) == [
        ("Arjun Mehta", "the team was outplayed in every session"),
        ("Arjun Mehta", "the bowlers would rest before the next test"),
        ("Tom Reed", "his bowlers were exceptional"),
    ]


def test_a_name_before_an_office_with_no_closing_comma_speaks():
    text = (
        "Lena Virtanen, Head of the Oxfam delegation said: “We are here to end coal. "
        "Governments know they cannot leave without a deal.”"
    )
    assert said(text) == [
        ("Lena Virtanen", "We are here to end coal."),
        ("Lena Virtanen", "Governments know they cannot leave without a deal."),
    ]


def test_a_job_after_the_source_of_according_to_ends_the_statement():
    text = (
        "At least 11 others died in the north, according to Pablo Ortega, spokesman "
        "for the state's Interior Department."
    )
    assert said(text) == [("Pablo Ortega", "At least 11 others died in the north")]


def test_a_long_job_title_before_a_second_speaker_still_ends_the_first_statement():
    text = (
        "Even though Mark Hollis has said he will keep the old policy, Clean Power Council "
        "policy manager Dana Wu said his comments were very positive."
    )
    assert said(text) == [
        ("Mark Hollis", "he will keep the old policy"),
        ("Dana Wu", "his comments were very positive"),
    ]


def test_a_fronted_participle_with_its_preposition_is_not_the_statement():
    text = (
        "Objecting to a remark by MP Rina Patel that the premier was close to Beijing, "
        "Mr. Joshi said during the old regime, a large tract of land was given away."
    )
    assert said(text) == [
        ("Joshi", "during the old regime, a large tract of land was given away"),
    ]


def test_a_fronted_time_phrase_with_an_infinitive_is_not_the_statement():
    text = (
        "Ahead of a crucial summit to be hosted by Britain later this month, Prime Minister "
        "Ana Ruiz pledged to cut emissions by 68 per cent by 2030."
    )
    assert said(text) == [("Ana Ruiz", "to cut emissions by 68 per cent by 2030")]


def test_but_that_and_a_second_speech_verb_start_a_second_statement():
    text = (
        "Ali Khan said the threat of flooding had subsided in many areas but that "
        "authorities were struggling to provide relief.\n\n"
        "Rosa Diaz said the target was fair and added that it is the toughest in Europe."
    )
    assert said(text) == [
        ("Ali Khan", "the threat of flooding had subsided in many areas"),
        ("Ali Khan", "authorities were struggling to provide relief"),
        ("Rosa Diaz", "the target was fair"),
        ("Rosa Diaz", "it is the toughest in Europe"),
    ]


def test_blaming_someone_for_something_is_a_statement():
    text = (
        "Athletics chief Sam Ode blamed the anti-doping agency and the courts for the "
        "sprinter's return to the sport."
    )
    assert said(text) == [
        (
            "Sam Ode",
            "blamed the anti-doping agency and the courts for the sprinter's return to the sport",
        )
    ]


def test_a_club_owning_a_named_person_is_not_the_speaker():
    text = (
        "Speaking on the signing, Manchester United’s Jose Mourinho said the striker was "
        "perfectly fit to play.\n\n"
        "Inter’s Marco Rossi said the deal was fair."
    )
    assert said(text) == [
        ("Jose Mourinho", "the striker was perfectly fit to play"),
        ("Marco Rossi", "the deal was fair"),
    ]


def test_an_afterthought_set_off_by_a_dash_after_the_cue_is_not_the_statement():
    text = (
        "Term limits for officials and integrity checks will be the main focus of the "
        "taskforce, Hugo Berg said – although he did not go into more details."
    )
    assert said(text) == [
        (
            "Hugo Berg",
            "Term limits for officials and integrity checks will be the main focus of the "
            "taskforce",
        )
    ]


def test_a_quotation_left_open_after_a_speakers_sentence_is_theirs():
    text = (
        "Finance Minister Tom Mabe spoke on Monday.\n\n"
        'He added that he was tired. "When I come back I find a message saying the airline '
        "needs a cash injection by Wednesday.\n\n"
        "The session ended at noon."
    )
    assert said(text) == [
        ("Tom Mabe", "he was tired"),
        (
            "Tom Mabe",
            "When I come back I find a message saying the airline needs a cash injection by "
            "Wednesday.",
        ),
    ]


def test_an_ellipsis_glued_to_both_words_ends_a_quoted_sentence():
    text = (
        'Tom Mabe said: "I looked at the budget and found the estimates had changed...'
        'The actual deficit is probably much higher."'
    )
    assert said(text) == [
        ("Tom Mabe", "I looked at the budget and found the estimates had changed..."),
        ("Tom Mabe", "The actual deficit is probably much higher."),
    ]


def test_a_statement_in_a_relative_clause_ends_where_the_main_clause_goes_on():
    text = (
        "Orchard Inc., whose chief executive Steve Marr said he is taking a medical leave, "
        "posted a 78 per cent jump in quarterly profit."
    )
    assert said(text) == [("Steve Marr", "he is taking a medical leave")]


def test_hoping_to_do_something_after_a_comma_is_a_wish_not_a_statement():
    text = (
        "“We did everything to avoid this outcome,” said Cecile Marlin, who had met "
        "officials in Washington, hoping to reach an exemption agreement."
    )
    assert said(text) == [("Cecile Marlin", "We did everything to avoid this outcome")]


def test_a_weak_second_verb_with_its_own_subject_starts_a_second_statement():
    text = (
        "Rosa Diaz said the new target reflected the global emergency and claimed it is "
        "the toughest target in Europe."
    )
    assert said(text) == [
        ("Rosa Diaz", "the new target reflected the global emergency"),
        ("Rosa Diaz", "it is the toughest target in Europe"),
    ]


def test_each_point_of_a_list_after_a_speakers_lead_is_their_statement():
    text = (
        "Ortiz answers the tariffs\n\n"
        "The government answered the new tariffs on Tuesday morning in the capital.\n\n"
        "President Lena Ortiz read out a statement on Tuesday. She said that:\n\n"
        "  • The tariffs were imposed despite the free trade pact.\n"
        "  • Her government took forceful action against organised crime.\n\n"
        "The markets fell."
    )
    assert said(text) == [
        ("Lena Ortiz", "The tariffs were imposed despite the free trade pact"),
        ("Lena Ortiz", "Her government took forceful action against organised crime"),
    ]


def test_a_weak_verb_reports_a_clause_with_its_own_verb_but_not_a_noun_phrase():
    text = (
        "Council leader Ann Carter claimed most of the cuts were due to debt repayments.\n\n"
        "Party leader Ian Moss claimed victory in the election on Sunday."
    )
    assert said(text) == [("Ann Carter", "most of the cuts were due to debt repayments")]


def test_rejecting_claims_that_reports_a_statement():
    text = "MLA Dana Forde rejected claims that her party is refusing to restore the executive."
    assert said(text) == [
        ("Dana Forde", "rejected claims that her party is refusing to restore the executive")
    ]


def test_a_news_agency_relaying_a_statement_is_neither_a_person_nor_the_speaker():
    text = (
        "Zelensky speaks to Nordic media\n\n"
        "Ukrainian President Ivan Petrenko has said reports about the offensive do not help.\n\n"
        "He said this in an interview with Nordic media outlets, according to Ukrinform.\n\n"
        '"The offensive depends not only on combat vehicles," he said.'
    )
    assert said(text) == [
        ("Ivan Petrenko", "reports about the offensive do not help"),
        ("Ivan Petrenko", "The offensive depends not only on combat vehicles"),
    ]


def test_a_quotation_closed_at_the_end_of_reported_speech_is_split_into_its_sentences():
    text = (
        "Hans Berg said he would like the union “to find its way back to another sort of "
        "triple A. I would like Europe to have the social triple A as well”."
    )
    assert said(text) == [
        ("Hans Berg", "he would like the union “to find its way back to another sort of triple A"),
        ("Hans Berg", "I would like Europe to have the social triple A as well"),
    ]


def test_a_pronoun_cue_after_but_and_an_aside_starts_a_second_statement():
    text = (
        "Ivan Sokol said he would prefer not to discuss his programme for now, but at the "
        "same time, he said that the plan was ready."
    )
    assert said(text) == [
        ("Ivan Sokol", "he would prefer not to discuss his programme for now"),
        ("Ivan Sokol", "the plan was ready"),
    ]


def test_defending_a_policy_is_a_statement_but_defending_a_title_is_not():
    text = (
        "Chancellor Otto Brandt defended cuts to the federal budget in an interview.\n\n"
        "The champion Lea Kurz defended her title in Paris on Sunday."
    )
    assert said(text) == [("Otto Brandt", "defended cuts to the federal budget")]


def test_a_cue_inside_the_question_put_to_the_speaker_reports_nothing():
    text = (
        "Foreign policy chief Kaja Lind said the talks had stalled.\n\n"
        "Analysts were divided on the outcome of the meeting.\n\n"
        "The talks resume in May in the Finnish capital.\n\n"
        "Asked whether she believes a truce can be reached by April -- a date floated by "
        "the Finnish president -- the former Estonian prime minister stressed that pressure "
        "must be kept on Moscow."
    )
    assert said(text) == [
        ("Kaja Lind", "the talks had stalled"),
        ("Kaja Lind", "pressure must be kept on Moscow"),
    ]


def test_adding_after_a_quotation_that_took_the_comma_starts_a_second_statement():
    text = (
        "Foreign Minister Aldo Tani said that the vote was not “free or fair,” adding that "
        "it was held under strong pressure."
    )
    assert said(text) == [
        ("Aldo Tani", "the vote was not “free or fair"),
        ("Aldo Tani", "it was held under strong pressure"),
    ]


def test_the_occasion_after_a_noun_phrase_statement_is_not_part_of_it():
    text = (
        'Prime Minister Luc Arnaud denounced the "cynicism" of certain parties after the '
        "National Assembly overwhelmingly rejected the budget.\n\n"
        "Giorgia Renzi herself called the elections “a sham” on Tuesday while saying the "
        "opposition leader’s sacrifice “will not be forgotten”."
    )
    assert said(text) == [
        ("Luc Arnaud", 'denounced the "cynicism" of certain parties'),
        ("Giorgia Renzi", "called the elections “a sham"),
        ("Giorgia Renzi", "the opposition leader’s sacrifice “will not be forgotten”"),
    ]


def test_an_organisation_that_spoke_does_not_keep_a_title_from_the_one_person_heard():
    text = (
        '"The situation is serious," Tusek told an emergency cabinet meeting.\n\n'
        "Poland's Armed Forces said the drones had been destroyed.\n\n"
        "Tusek said the allies were treating the situation seriously.\n\n"
        "The prime minister said Poland was in constant contact with its allies."
    )
    assert said(text) == [
        ("Tusek", "The situation is serious"),
        ("Poland's Armed Forces", "the drones had been destroyed"),
        ("Tusek", "the allies were treating the situation seriously"),
        ("Tusek", "Poland was in constant contact with its allies"),
    ]


def test_upon_after_a_final_cue_tells_when_not_what():
    text = (
        "Ana Paz will be the economy minister once the new government takes office, "
        "President-elect Jorge Mela said upon returning from a trip to the United States."
    )
    assert said(text) == [
        ("Jorge Mela", "Ana Paz will be the economy minister once the new government takes office")
    ]


def test_is_adamant_and_a_progressive_cue_report_statements():
    text = (
        "Prime Minister Alan Holt is adamant that more has to be done to curb crime and "
        "he is warning that tougher measures are coming.\n\n"
        "Critics are calling for his resignation."
    )
    assert said(text) == [
        ("Alan Holt", "more has to be done to curb crime"),
        ("Alan Holt", "tougher measures are coming"),
    ]


def test_the_question_that_prompted_a_statement_is_not_part_of_it():
    text = (
        "In the interview, First Minister Mark Dale said he is a supporter of the union "
        "following a question on independence."
    )
    assert said(text) == [("Mark Dale", "he is a supporter of the union")]


def test_a_conjunction_opening_a_sentence_is_not_part_of_a_name():
    text = (
        "Prime Minister Mia Motte spoke on Monday.\n\n"
        "While Barbados was spared loss of life, she said the country suffered heavy blows "
        "to its coast."
    )
    assert said(text) == [("Mia Motte", "the country suffered heavy blows to its coast")]


def test_saying_before_a_pronoun_opens_a_fronted_statement():
    text = "Saying he never said that, Keith Rolle said the story was carried by the Guardian."
    assert said(text) == [
        ("Keith Rolle", "he never said that"),
        ("Keith Rolle", "the story was carried by the Guardian"),
    ]


def test_grave_or_deep_concern_is_expressed_like_concern():
    text = (
        "President Ivan Ali expressed grave concerns about the actions of the neighbouring "
        "government on Wednesday."
    )
    assert said(text) == [
        (
            "Ivan Ali",
            (
                "expressed grave concerns about the actions of the neighbouring "
                "government on Wednesday"
            ),
        )
    ]


def test_a_name_in_commas_after_a_title_before_a_final_cue_speaks():
    text = (
        "Archbishop Justin Welby opened the meeting.\n\n"
        "The parish system will not be dismantled, the Archbishop of York, the Most Revd "
        "Stephen Cottrell, said."
    )
    assert said(text) == [("Stephen Cottrell", "The parish system will not be dismantled")]


def test_an_emeritus_is_not_the_holder_and_the_pontiff_is_the_pope():
    text = (
        "Pope Leo spoke about Pope Emeritus Benedict XVI in an interview on Sunday.\n\n"
        'The Argentine Pontiff said his predecessor\'s "generosity was unparalleled."\n\n'
        "“I want a Church that is open,” the Pope said."
    )
    assert said(text) == [
        ("Leo", "his predecessor's \"generosity was unparalleled."),
        ("Leo", "I want a Church that is open"),
    ]


def test_a_pronoun_cue_after_a_comma_starts_the_main_statement():
    text = (
        "Mayor Ana Ruiz spoke on Monday.\n\n"
        "While she admitted she had a dispute with the council once, she pointed out that "
        "one dispute in ten years is a very low average."
    )
    assert said(text) == [
        ("Ana Ruiz", "she had a dispute with the council once"),
        ("Ana Ruiz", "one dispute in ten years is a very low average"),
    ]


def test_a_department_of_several_words_before_an_unfamiliar_name_is_the_office():
    text = (
        "The conclave was held in the capital on Saturday.\n\n"
        "The session was attended by Union Minister of Information and Broadcasting Anurag "
        "Thakral and Union Minister of Railways Ashwin Vaish.\n\n"
        "Anurag Thakral, while welcoming the guests, highlighted that the image of the "
        "country has changed.\n\n"
        "The minister said the mood among the young has improved.\n\n"
        "The Governor of New South Wales said the bridge would open in May."
    )
    assert said(text) == [
        ("Anurag Thakral", "the image of the country has changed"),
        ("Anurag Thakral", "the mood among the young has improved"),
        (None, "the bridge would open in May"),
    ]


def test_a_fronted_naming_participle_is_neither_the_statement_nor_a_name():
    text = (
        "Prime Minister Pushpa Dahal visited Beijing.\n\n"
        "Terming his talks with President Xi in Beijing on Saturday as “highly productive”, "
        "he said Nepal will support a series of important initiatives."
    )
    assert said(text) == [("Pushpa Dahal", "Nepal will support a series of important initiatives")]


def test_while_assuring_and_a_fronted_despite_are_read_around_the_statement():
    text = (
        'Candidate Luis Arcos pointed out that on Sunday the people "will recover democracy," '
        'while assuring that "the movement is more alive than ever."\n\n'
        "Despite this, agency spokesman Rupert Cole says, many countries continue to harden "
        "their attitudes toward asylum-seekers."
    )
    assert said(text) == [
        ("Luis Arcos", 'on Sunday the people "will recover democracy'),
        ("Luis Arcos", "the movement is more alive than ever."),
        ("Rupert Cole", "many countries continue to harden their attitudes toward asylum-seekers"),
    ]


def test_a_name_inside_a_relative_clause_without_commas_is_not_the_speaker():
    text = (
        "Army chief Tukur Bura visited the front on Sunday.\n\n"
        "The army chief who spoke to journalists after meeting with President Ali Kabir on "
        "Monday said troops had arrested 166 informants."
    )
    assert said(text) == [("Tukur Bura", "troops had arrested 166 informants")]


def test_an_honorific_after_a_long_office_opens_the_name():
    text = (
        "Dubai: UAE State Minister for Foreign Affairs Dr Anwar Garsh lambasted the media on "
        "Wednesday for trying to create a rift.\n\n"
        "“We are siding with initiatives that preserve the region’s security,” he said."
    )
    assert said(text) == [
        ("Anwar Garsh", "lambasted the media on Wednesday for trying to create a rift"),
        ("Anwar Garsh", "We are siding with initiatives that preserve the region’s security"),
    ]


def test_a_long_unclosed_office_after_a_fronted_phrase_still_leads_to_the_name():
    text = (
        "On her part, Ms Jenny Maga, Minister of State in the Prime Minister’s Office, Policy, "
        "Parliamentary Affairs, Labour and Employment, Youth and Disabled said the decision "
        "was on the right track."
    )
    assert said(text) == [("Jenny Maga", "the decision was on the right track")]


def test_and_with_a_weak_verb_ends_the_statement_before_it():
    text = (
        "Army chief Bipin Rana said that the country wants peace along the borders and "
        "blamed its neighbour for violating the ceasefire."
    )
    assert said(text) == [
        ("Bipin Rana", "the country wants peace along the borders"),
        ("Bipin Rana", "blamed its neighbour for violating the ceasefire"),
    ]


def test_a_surname_that_is_also_a_title_word_names_the_person():
    text = (
        "Minister of Education Curtis King has explained the delay to the exam results.\n\n"
        "Minister King said some schools had entire classes ungraded.\n\n"
        '"We have to resolve it before the new term," King said.\n\n'
        "The Chief Justice said the court would sit on Monday."
    )
    assert said(text) == [
        ("Curtis King", "the delay to the exam results"),
        ("Curtis King", "some schools had entire classes ungraded"),
        ("Curtis King", "We have to resolve it before the new term"),
        (None, "the court would sit on Monday"),
    ]


def test_the_cs_is_the_cabinet_secretary_named_before():
    text = (
        "Education Cabinet Secretary Ezekiel Machoka released the results on Monday.\n\n"
        '"We are announcing the placement plan next week," the CS said.'
    )
    assert said(text) == [("Ezekiel Machoka", "We are announcing the placement plan next week")]


def test_the_leader_of_a_party_is_not_the_head_of_state_named_before():
    text = (
        "Ousmane Sall called on coalition leaders to support President Bassirou Faye.\n\n"
        "“I learned that power is a lonely place,” said the leader of Pastef."
    )
    assert said(text) == [
        ("Ousmane Sall", "called on coalition leaders to support President Bassirou Faye"),
        ("Ousmane Sall", "I learned that power is a lonely place"),
    ]


def test_declaring_or_confirming_a_noun_phrase_is_an_act_not_a_statement():
    text = (
        "Premier John Hamm declared St. Ninian's Cathedral a provincial heritage property.\n\n"
        "President Evo Morales confirmed his attendance at the summit on Friday.\n\n"
        "Minister Ana Ruiz confirmed the talks were held in Geneva."
    )
    assert said(text) == [("Ana Ruiz", "the talks were held in Geneva")]


def test_a_long_list_of_listeners_before_that_and_an_audience_after_said():
    text = (
        "President Xi Jinping told leaders, including Belarusian President Alexander "
        "Lukashenko and India's Prime Minister Narendra Modi, that the global situation was "
        "becoming more chaotic.\n\n"
        "Senator Ted Cole said to several thousand supporters at the arena on Monday."
    )
    assert said(text) == [("Xi Jinping", "the global situation was becoming more chaotic")]


def test_in_his_words_introduces_a_quotation_of_the_person_in_view():
    text = (
        "Agriculture Minister Sabo Nanono spoke in Abuja on Monday.\n\n"
        "In his words, “Recently you can see a rise in the prices of foods. The reason is "
        "that the naira crashed at the market.”"
    )
    assert said(text) == [
        ("Sabo Nanono", "Recently you can see a rise in the prices of foods."),
        ("Sabo Nanono", "The reason is that the naira crashed at the market."),
    ]


def test_more_speech_verbs_report_stances():
    text = (
        "Agriculture Secretary Tom Vilsak touted the near-record farm income numbers.\n\n"
        "Army chief Yasser Atta ruled out a truce in the holy month unless the rebels withdraw.\n\n"
        "Teachers' union leader Sam Hamm singled out the minister for misquoting the figures.\n\n"
        "Coach Wayne Pivot questioned some of the referee's decisions in the defeat.\n\n"
        "Police questioned the driver for two hours."
    )
    assert said(text) == [
        ("Tom Vilsak", "touted the near-record farm income numbers"),
        ("Yasser Atta", "ruled out a truce in the holy month unless the rebels withdraw"),
        ("Sam Hamm", "singled out the minister for misquoting the figures"),
        ("Wayne Pivot", "questioned some of the referee's decisions in the defeat"),
    ]


def test_rejecting_after_a_comma_starts_a_second_statement_and_criticism_takes_a_clause():
    text = (
        "Minister Stephen Conrad denies his media changes are an attack on the press, "
        "rejecting suggestions they amount to state journalism.\n\n"
        "Mr Conrad dismissed criticism he was trying to rush the laws through parliament."
    )
    assert said(text) == [
        ("Stephen Conrad", "denies his media changes are an attack on the press"),
        ("Stephen Conrad", "rejecting suggestions they amount to state journalism"),
        ("Stephen Conrad", "dismissed criticism he was trying to rush the laws through parliament"),
    ]


def test_a_second_source_reporting_after_and_ends_the_first_statement():
    text = (
        "Senator Mary Cantle said that the dead also included citizens from Russia and "
        "Germany, and Chinese state media Xinhua reported two Chinese citizens had been killed."
    )
    assert said(text) == [
        ("Mary Cantle", "the dead also included citizens from Russia and Germany"),
        ("Xinhua", "two Chinese citizens had been killed"),
    ]


def test_a_participle_after_a_quotation_does_not_attribute_it():
    text = (
        "Dover MP Charles Elph has called for more patrol boats.\n\n"
        'Mr Elph said "we need a clear strategy to defeat the traffickers", adding that the '
        "French authorities should step up action."
    )
    assert said(text) == [
        ("Charles Elph", "called for more patrol boats"),
        ("Charles Elph", "we need a clear strategy to defeat the traffickers"),
        ("Charles Elph", "the French authorities should step up action"),
    ]


def test_an_agency_citing_someone_as_telling_gives_the_quotation_to_them():
    text = (
        '"If there is any incident to be explored, I am going to be the first to look into '
        'it," AFP cited Kyriakos Mitsos as telling CNN in an interview.'
    )
    assert said(text) == [
        (
            "Kyriakos Mitsos",
            ("If there is any incident to be explored, I am going to be the first to look into it"),
        )
    ]


def test_each_of_two_offices_joined_by_and_finds_the_person():
    text = (
        "Finance Minister and Deputy Prime Minister Christa Frey insists the deficits are "
        "modest.\n\n"
        "The finance minister told the host the promise was a guiding philosophy."
    )
    assert said(text) == [
        ("Christa Frey", "the deficits are modest"),
        ("Christa Frey", "the promise was a guiding philosophy"),
    ]


def test_an_envoy_to_a_country_before_a_name_is_the_office():
    text = (
        "PNG High Commissioner to Australia Charles Lepan said talks would start next week.\n\n"
        '"It is not for us to decide," he told ABC radio.'
    )
    assert said(text) == [
        ("Charles Lepan", "talks would start next week"),
        ("Charles Lepan", "It is not for us to decide"),
    ]


def test_an_unnamed_official_at_the_top_is_the_person_named_and_heard_after():
    text = (
        "Beijing official says security law is urgent\n\n"
        "A senior Beijing official says there is an urgent need for the city to enact "
        "security legislation.\n\n"
        "Advertisement\n\n"
        "Zhang Xiaoping, director of the affairs office, made the comments in a long article.\n\n"
        "“Safeguarding national security has become a pressing task,” he said."
    )
    assert said(text) == [
        ("Zhang Xiaoping", "there is an urgent need for the city to enact security legislation"),
        ("Zhang Xiaoping", "Safeguarding national security has become a pressing task"),
    ]


def test_a_time_set_off_by_commas_between_cue_and_that_is_passed_over():
    text = (
        "Iraq’s Foreign Minister, Fuad Hassan confirmed, on Tuesday, that the neighbours "
        "should deal with Iraq as an independent state."
    )
    assert said(text) == [
        ("Fuad Hassan", "the neighbours should deal with Iraq as an independent state")
    ]


def test_especially_that_after_a_semicolon_starts_a_second_statement():
    text = (
        "Spokesman Ahmed Abou Zaid confirmed that the president's statements are very "
        "powerful; especially that Egypt will always stand with the Gulf countries."
    )
    assert said(text) == [
        ("Ahmed Abou Zaid", "the president's statements are very powerful"),
        ("Ahmed Abou Zaid", "Egypt will always stand with the Gulf countries"),
    ]


def test_a_statement_released_after_a_dateline_lead_is_the_speakers():
    text = (
        "Attorney General statement on today's ruling\n\n"
        "June 27, 2025 (SAINT PAUL) — Attorney General Keith Ellis released the following "
        "statement regarding today's Supreme Court ruling:\n\n"
        "“I remain confident that we will defeat the attempt to end birthright citizenship. "
        "I am deeply dismayed by the ruling.”"
    )
    assert said(text) == [
        (
            "Keith Ellis",
            "I remain confident that we will defeat the attempt to end birthright citizenship.",
        ),
        ("Keith Ellis", "I am deeply dismayed by the ruling."),
    ]


def test_initials_with_inner_dots_stay_in_the_name_and_the_cm_is_the_chief_minister():
    text = (
        "Water Resources Minister M.B. Patel appealed to farmers to stop using pump sets.\n\n"
        "Chief Minister Pinarayi Vijay visited the river on Monday.\n\n"
        "The CM said the probe had found no discharge of chemical waste.\n\n"
        "Environment Minister Jai Ramesh said the number of tigers has risen sharply."
        "“We used to say there were only 1,411 tigers.”"
    )
    assert said(text) == [
        ("M.B. Patel", "appealed to farmers to stop using pump sets"),
        ("Pinarayi Vijay", "the probe had found no discharge of chemical waste"),
        ("Jai Ramesh", "the number of tigers has risen sharply"),
        ("Jai Ramesh", "We used to say there were only 1,411 tigers."),
    ]


def test_a_phrase_with_in_general_before_a_name_is_no_office():
    text = (
        "Asked whether she will meet the council to discuss the issues they disagree upon or "
        "island issues in general, Kamla Persad said she had agreed to meet them.\n\n"
        "“There are services which are not under the council,” the Prime Minister said."
    )
    assert said(text) == [
        ("Kamla Persad", "she had agreed to meet them"),
        ("Kamla Persad", "There are services which are not under the council"),
    ]


def test_a_clause_after_a_semicolon_in_reported_speech_is_a_second_statement():
    text = (
        "Prime Minister Manas Sogo said the islands respect the sovereignty of each country; "
        "and the islands ask for the same respect from others."
    )
    assert said(text) == [
        ("Manas Sogo", "the islands respect the sovereignty of each country"),
        ("Manas Sogo", "the islands ask for the same respect from others"),
    ]


def test_a_short_line_ending_said_colon_leads_the_quotation_after_it():
    text = (
        "Lawyer reacts to ruling\n\n"
        "Barrister Aloy Ejima, one of the defence lawyers, said the team will wait.\n\n"
        "Though the court acknowledged that the state acted irresponsibly, it held that it "
        "was not enough.\n\n"
        "Speaking after the verdict, Ejima said:\n\n"
        "“The ruling today was in fact disappointing, and in fact, satisfactory.”"
    )
    assert said(text) == [
        ("Aloy Ejima", "the team will wait"),
        ("Aloy Ejima", "The ruling today was in fact disappointing, and in fact, satisfactory."),
    ]


def test_a_long_office_in_commas_before_the_name_is_held_by_it():
    text = (
        "Prime Minister and Leader of the Barbados Labour Party (BLP), Mia Motte has defended "
        "her overseas travel.\n\n"
        "“You have to go and shake hands and build networks,” the PM said."
    )
    assert said(text) == [("Mia Motte", "You have to go and shake hands and build networks")]


def test_a_surname_opening_a_story_cut_short_is_who_he_is():
    text = (
        "Bank raises rates to five per cent\n\n"
        "Bailey was asked on Sky News about his comments after the rate decision.\n\n"
        'He said "we are not seeking to precipitate a recession".'
    )
    assert said(text) == [("Bailey", "we are not seeking to precipitate a recession")]
