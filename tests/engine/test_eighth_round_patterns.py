"""Reporting patterns met in the eighth round of unseen articles."""

from tests.engine.helpers import said


def test_a_list_of_departments_after_minister_of_stays_in_the_title():
    text = (
        "Minister of Families, Children and Social Development Ana Ruiz said the benefit "
        "would reach 300,000 families."
    )
    assert said(text) == [("Ana Ruiz", "the benefit would reach 300,000 families")]


def test_a_list_of_departments_before_the_title_stays_in_the_title():
    text = (
        "A new law on data will be drafted by next September, Law, Justice and "
        "Parliamentary Affairs Minister Ana Ruiz said today."
    )
    assert said(text) == [("Ana Ruiz", "A new law on data will be drafted by next September")]


def test_a_list_of_departments_is_not_a_person_for_the_title_alone_later():
    text = (
        "State Minister for Posts, Telecommunications and Information Technology Tom Hale "
        "was at the meeting.\n\n"
        "The Minister of Communications, Innovation, and Digital Economy, Dr Ben Cole, says "
        "the country can become a technology hub.\n\n"
        "The minister noted that the country cannot shy away from its potential."
    )
    assert said(text) == [
        ("Ben Cole", "the country can become a technology hub"),
        ("Ben Cole", "the country cannot shy away from its potential"),
    ]


def test_a_department_in_lower_case_before_a_title_mid_sentence():
    text = (
        "Law Minister Ana Ruiz spoke on Monday. Finance Minister Tom Hale also spoke.\n\n"
        'Regarding the outline, the law minister said, "We will not disclose it now."'
    )
    assert said(text) == [("Ana Ruiz", "We will not disclose it now.")]


def test_and_after_a_title_and_a_name_joins_a_second_person():
    text = (
        "Prime Minister Ana Ruiz and Home Minister Tom Hale met the governors on Monday.\n\n"
        "The prime minister said the law would pass this year."
    )
    assert said(text) == [("Ana Ruiz", "the law would pass this year")]


def test_his_words_before_a_quotation_give_its_speaker():
    text = (
        "Communications minister Ben Cole says the country can become a technology hub.\n\n"
        "His words: “What we stand to gain is that young people already build these tools. "
        "The government cannot look away from this.”\n\n"
        "His words were taken out of context by critics."
    )
    assert said(text) == [
        ("Ben Cole", "the country can become a technology hub"),
        ("Ben Cole", "What we stand to gain is that young people already build these tools."),
        ("Ben Cole", "The government cannot look away from this."),
    ]


def test_verbs_that_double_their_last_consonant_in_british_spelling():
    text = (
        "Ben Cole dispelled fears that the new system would lead to more crime.\n\n"
        "Ana Ruiz signalled that interest rates would stay on hold until June.\n\n"
        "Tom Hale allayed concerns that the records would be hacked."
    )
    assert said(text) == [
        ("Ben Cole", "dispelled fears that the new system would lead to more crime"),
        ("Ana Ruiz", "interest rates would stay on hold until June"),
        ("Tom Hale", "allayed concerns that the records would be hacked"),
    ]


def test_told_is_followed_by_the_listener_not_the_speaker():
    text = (
        "The launch site is being built on time, and all construction works are being done "
        "with due quality, the head of the space corporation, Yury Borisov, told President "
        "Ana Ruiz."
    )
    assert said(text) == [
        (
            "Yury Borisov",
            "The launch site is being built on time, and all construction works are being done "
            "with due quality",
        )
    ]


def test_paragraphs_joined_by_full_stops_still_split_into_sentences():
    text = (
        "Prime Minister Ana Ruiz stated on Wednesday that home prices are too high..“We need "
        "to build more homes faster,” Ruiz told reporters. Housing was costly, said Ruiz. "
        ".“That’s why prices have come far too high. It’s not fair.”.“House pricing cannot "
        "continue to go up,” replied Ruiz."
    )
    assert said(text) == [
        ("Ana Ruiz", "home prices are too high"),
        ("Ana Ruiz", "We need to build more homes faster"),
        ("Ana Ruiz", "Housing was costly"),
        ("Ana Ruiz", "That’s why prices have come far too high."),
        ("Ana Ruiz", "It’s not fair."),
        ("Ana Ruiz", "House pricing cannot continue to go up"),
    ]


def test_what_the_speaker_would_not_say_is_the_reporters_note():
    text = (
        "Prime Minister Ana Ruiz stated that home prices are too high, although she did not "
        "provide further details.\n\n"
        "Treasurer Tom Hale admitted house prices are expensive, but refused to admit they "
        "were unaffordable.\n\n"
        "Hale ruled out casual hackers and criminal gangs, but refused to be drawn on who "
        "was behind the attacks."
    )
    assert said(text) == [
        ("Ana Ruiz", "home prices are too high"),
        ("Tom Hale", "house prices are expensive"),
        ("Tom Hale", "ruled out casual hackers and criminal gangs"),
    ]


def test_two_descriptions_after_according_to_end_the_sentence():
    text = (
        "Property prices in the city are reasonable and demand is picking up, according to "
        "Tom Hale, founder of Hale Properties, the country’s largest listed developer."
    )
    assert said(text) == [
        ("Tom Hale", "Property prices in the city are reasonable and demand is picking up")
    ]


def test_a_cue_between_subject_and_verb_keeps_the_whole_sentence():
    text = (
        "The reasons for the decline, Hale said, were the strike on the capital and the "
        "border tension between the two countries."
    )
    assert said(text) == [
        (
            "Hale",
            "The reasons for the decline, Hale said, were the strike on the capital and the "
            "border tension between the two countries",
        )
    ]


def test_a_quoted_phrase_right_after_said_that_the_sentence_goes_on_from():
    text = (
        "President Ana Ruiz said “we must do that reform” to “save” the pension system.\n\n"
        "Tom Hale said “we must act,” and left the room.\n\n"
        "Later Ruiz said that “we must be firm” to “win” the vote."
    )
    assert said(text) == [
        ("Ana Ruiz", "“we must do that reform” to “save” the pension system"),
        ("Tom Hale", "we must act"),
        ("Ana Ruiz", "“we must be firm” to “win” the vote"),
    ]


def test_his_words_right_before_a_quotation_without_a_colon():
    text = (
        "Tom Hale warned that illegal operators will face the law.\n\n"
        "His words “We are committed to enforcing the laws. We carried out raids last week.”"
    )
    assert said(text) == [
        ("Tom Hale", "illegal operators will face the law"),
        ("Tom Hale", "We are committed to enforcing the laws."),
        ("Tom Hale", "We carried out raids last week."),
    ]


def test_the_officer_of_a_body_named_by_its_acronym_is_the_person():
    text = (
        "The Director General of the International Atomic Energy Agency (IAEA), Ana Ruiz, "
        "visited the plant on Monday.\n\n"
        "The director of the IAEA stated that military actions near the plant are unacceptable."
    )
    assert said(text) == [("Ana Ruiz", "military actions near the plant are unacceptable")]


def test_warned_of_keeps_its_verb_like_a_noun_phrase_cue():
    text = (
        "Ana Ruiz warns of a nuclear disaster at the plant.\n\n"
        "Tom Hale complained about delays at the border that cost exporters millions."
    )
    assert said(text) == [
        ("Ana Ruiz", "warns of a nuclear disaster at the plant"),
        ("Tom Hale", "complained about delays at the border that cost exporters millions"),
    ]


def test_a_participle_and_a_colon_opening_a_paragraph_continue_the_last_speaker():
    text = (
        "“The whole party knows that they have lost this election,” said Dr. Tom Hale.\n\n"
        "Adding: “They have been at it all day. His bodyguard has voted in the election.”"
    )
    assert said(text) == [
        ("Tom Hale", "The whole party knows that they have lost this election"),
        ("Tom Hale", "They have been at it all day."),
        ("Tom Hale", "His bodyguard has voted in the election."),
    ]


def test_a_participle_after_a_sentence_about_no_one_reports_nothing():
    text = (
        "Protests and arrests have rocked the small West African nation in recent days, "
        "highlighting deepening public frustration over decades of dynastic rule."
    )
    assert said(text) == []


def test_an_adverb_opening_a_sentence_is_not_a_person_with_the_title_after_it():
    text = (
        "Gov. Tom Wolf announced a plan on Monday.\n\n"
        "Together, the governor says naloxone and the warm-handoff are saving lives."
    )
    assert said(text) == [
        ("Tom Wolf", "announced a plan on Monday"),
        ("Tom Wolf", "naloxone and the warm-handoff are saving lives"),
    ]


def test_two_single_curly_marks_stand_for_a_double_one():
    text = (
        "Dairy farmer Tom Hale said the allocation was low.\n\n"
        "‘‘I am not sure why they would announce such a low allocation,’’ Mr Hale said.\n\n"
        "‘‘Without political intervention there is zero chance we will see any water.’’"
    )
    assert said(text) == [
        ("Tom Hale", "the allocation was low"),
        ("Tom Hale", "I am not sure why they would announce such a low allocation"),
        ("Tom Hale", "Without political intervention there is zero chance we will see any water."),
    ]


def test_a_date_between_the_subject_and_the_cue():
    text = (
        "Civil Aviation Minister Ana Ruiz on June 7 said airfares on domestic routes have "
        "fallen sharply."
    )
    assert said(text) == [("Ana Ruiz", "airfares on domestic routes have fallen sharply")]


def test_a_legislators_party_and_state_with_a_full_stop():
    text = "Chairman Tom Hale, D-Mich., said the government is already using the technology."
    assert said(text) == [("Tom Hale", "the government is already using the technology")]


def test_refusing_to_rule_out_is_the_reporters_note():
    text = (
        "Tom Hale said it remained unclear how much data was compromised and refused to rule "
        "out the possibility that records were taken."
    )
    assert said(text) == [("Tom Hale", "it remained unclear how much data was compromised")]


def test_the_chair_of_a_committee_named_only_after_is_the_next_person_named():
    text = (
        "The chairman of a Senate subcommittee said at a hearing Tuesday that Congress should "
        "act soon on artificial intelligence.\n\n"
        "Democratic Sen. Ana Ruiz of Connecticut said lawmakers failed to act on social media."
    )
    assert said(text) == [
        ("Ana Ruiz", "Congress should act soon on artificial intelligence"),
        ("Ana Ruiz", "lawmakers failed to act on social media"),
    ]


def test_a_modifier_and_a_department_before_a_generic_title():
    text = (
        "Egypt expects more than US$1 billion in compensation after a ship blocked the canal, "
        "the top canal official said.\n\n"
        "Canal Authority Chairman Tom Hale said in an interview that the amount covers the "
        "salvage operation."
    )
    assert said(text) == [
        (
            "Tom Hale",
            "Egypt expects more than US$1 billion in compensation after a ship blocked the canal",
        ),
        ("Tom Hale", "the amount covers the salvage operation"),
    ]


def test_a_full_name_before_a_relative_clause_without_commas():
    text = (
        "Director-General of the agency, Dr. Tom Hale who made the disclosure said the "
        "country had developed the capacity.\n\n"
        "Neighbors who live nearby said they heard loud pops."
    )
    assert said(text) == [("Tom Hale", "the country had developed the capacity")]


def test_a_dash_and_which_add_the_reporters_background():
    text = "Tom Hale said they loved their site at Mahia - which has seen 13 launches this year."
    assert said(text) == [("Tom Hale", "they loved their site at Mahia")]
    text = (
        "Economy Minister Ana Ruiz said the Cabinet's decision - which still requires "
        "parliamentary approval - is good news for customers."
    )
    assert said(text) == [
        (
            "Ana Ruiz",
            "the Cabinet's decision - which still requires parliamentary approval - is good "
            "news for customers",
        )
    ]


def test_a_single_quotation_opened_after_said_colon_runs_over_paragraphs():
    text = (
        "Tom Hale, head of motor at the association, said: ‘The government’s proposals "
        "should help ease the pressure on premiums.\n\n"
        "‘We urge the government to publish a timetable for making these reforms a reality.’"
    )
    assert said(text) == [
        ("Tom Hale", "The government’s proposals should help ease the pressure on premiums."),
        (
            "Tom Hale",
            "We urge the government to publish a timetable for making these reforms a reality.",
        ),
    ]


def test_signaling_a_retreat_is_the_reporters_reading():
    text = (
        "President Ana Ruiz said on Friday a plan to raise the retirement age would be "
        "reviewed, signaling a retreat from a reform that is needed to balance the budget."
    )
    assert said(text) == [("Ana Ruiz", "a plan to raise the retirement age would be reviewed")]


def test_a_list_of_headlines_at_the_foot_is_not_hard_wrapped_text():
    text = (
        "Rocket completes its flight but fails to put a satellite into orbit\n"
        "SEOUL, Oct. 21 (Agency) -- President Ana Ruiz said Thursday the country's first "
        "rocket completed its flight sequence as scheduled.\n"
        "Ruiz praised the engineers who built the rocket over twelve years of work.\n"
        "(END)\n"
        "-\n"
        "Agency of a popular actor apologizes over the rumors about him\n"
        "-\n"
        "Actor belatedly admits to the rumors and apologizes for carelessness\n"
        "-\n"
        "New COVID-19 cases remain in the 1,600s as authorities set to relax curbs\n"
        "-\n"
        "North Korea fires a ballistic missile into the East Sea, military says\n"
        "-\n"
        "Police investigate the fire at a warehouse in the port city on Monday\n"
    )
    assert said(text) == [
        ("Ana Ruiz", "the country's first rocket completed its flight sequence as scheduled"),
        ("Ana Ruiz", "praised the engineers who built the rocket over twelve years of work"),
    ]


def test_a_date_in_brackets_after_the_cue_is_when_not_what():
    text = (
        "Airlines expect solid profits\n\n"
        "Profits for the airline industry will be solid this year, the head of the "
        "International Air Transport Association said on Thursday (May 31).\n\n"
        "Tom Hale, speaking to reporters, said fuel costs were rising."
    )
    assert said(text) == [
        ("Tom Hale", "Profits for the airline industry will be solid this year"),
        ("Tom Hale", "fuel costs were rising"),
    ]


def test_a_lower_case_word_before_a_body_stays_in_the_title():
    text = (
        "Airlines expect solid profits\n\n"
        "Profits for the airline industry will be solid this year, the head of the airline "
        "association said on Thursday.\n\n"
        "Tom Hale, speaking to reporters, said fuel costs were rising."
    )
    assert said(text) == [
        ("Tom Hale", "Profits for the airline industry will be solid this year"),
        ("Tom Hale", "fuel costs were rising"),
    ]


def test_a_lower_case_office_and_department_before_a_name():
    text = (
        "Union minister for coal Ana Ruiz on Monday asked the state miner to build up stocks.\n\n"
        "The minister said international coal prices have more than tripled in recent times.\n\n"
        "During her address, the minister also called upon the state miner to increase its "
        "production to one billion tonnes."
    )
    assert said(text) == [
        ("Ana Ruiz", "international coal prices have more than tripled in recent times"),
        (
            "Ana Ruiz",
            "called upon the state miner to increase its production to one billion tonnes",
        ),
    ]


def test_the_title_alone_means_the_acting_holder():
    text = (
        "The Acting Director General of the Space Agency Brig. Tom Hale says that the "
        "satellite will be launched from California.\n\n"
        "The Director revealed that the launch is the first of a series of satellites."
    )
    assert said(text) == [
        ("Tom Hale", "the satellite will be launched from California"),
        ("Tom Hale", "the launch is the first of a series of satellites"),
    ]


def test_the_firms_boss_is_its_chief_executive_just_heard():
    text = (
        "The results showed profits up. Chief executive Tom Hale was in form.\n\n"
        "Hale said the charges imposed by other airlines had widened the gap in fares.\n\n"
        "The Skyjet boss also noted that his airline had introduced five new routes."
    )
    assert said(text) == [
        ("Tom Hale", "the charges imposed by other airlines had widened the gap in fares"),
        ("Tom Hale", "his airline had introduced five new routes"),
    ]


def test_a_headline_ending_on_a_quoted_phrase_is_still_a_headline():
    text = (
        'Energy minister says accident at nuclear plant poses "no threat"\n\n'
        "Energy Minister Tom Hale said on Wednesday the plant would return to normal on Dec. 5."
    )
    assert said(text) == [("Tom Hale", "the plant would return to normal on Dec. 5")]
    text = (
        "Island PM says security deal ‘ready for signing’\n\n"
        "Prime Minister Ana Ruiz said the deal was ready for signing next week."
    )
    assert said(text) == [("Ana Ruiz", "the deal was ready for signing next week")]


def test_did_say_and_drew_attention_to_report_what_was_said():
    text = (
        "Treasurer Ana Ruiz spoke on Monday.\n\n"
        "However, the Treasurer did say that the government is encouraging more construction.\n\n"
        "She did not say whether rates would rise.\n\n"
        "Tom Hale drew attention to the fuel surcharges other airlines had imposed this year."
    )
    assert said(text) == [
        ("Ana Ruiz", "the government is encouraging more construction"),
        ("Tom Hale", "drew attention to the fuel surcharges other airlines had imposed this year"),
    ]


def test_an_unnamed_body_is_nobody_to_attribute_a_claim_to():
    text = (
        "Store sales rose in the quarter.\n\n"
        "The company said no credit card data was stolen in the breach.\n\n"
        "The prime minister said the inquiry would report in June."
    )
    assert said(text) == [(None, "the inquiry would report in June")]


def test_a_name_after_company_is_the_company_not_a_person():
    text = (
        "Hale described the new strategy for the gas market.\n\n"
        "The head of the Russian company Gasprom in an interview stated that the principles "
        "of the gas market will be changed.\n\n"
        "“Our strategy in relation to the European market is being changed,” Hale commented."
    )
    assert said(text) == [
        ("Hale", "the principles of the gas market will be changed"),
        ("Hale", "Our strategy in relation to the European market is being changed"),
    ]


def test_the_head_of_a_body_named_after_its_noun():
    text = (
        "Household bills will rise again in the autumn.\n\n"
        "The head of the energy regulator Ofcap has told MPs he will write to the chancellor.\n\n"
        "Campaigners were divided. The countryside charity CPRE said it feared the new "
        "definition would be drawn widely.\n\n"
        "Ofcap chief executive Tom Hale said the cap would rise."
    )
    assert said(text) == [
        ("Tom Hale", "he will write to the chancellor"),
        ("CPRE", "it feared the new definition would be drawn widely"),
        ("Tom Hale", "the cap would rise"),
    ]


def test_said_this_gives_the_statement_before_to_the_person():
    text = (
        "Repatriation of artefacts\n\n"
        "The Federal Government has said it would leave no stone unturned in its quest to "
        "repatriate all artefacts.\n\n"
        "The Minister of Foreign Affairs, Ana Ruiz, stated this at a ceremony in the capital "
        "on Tuesday.\n\n"
        "Tom Hale said 5.5 million jobs could be lost by 2030. He said this at a meeting of the "
        "carmakers' association.\n\n"
        "He said this would hurt the economy."
    )
    assert said(text) == [
        ("Ana Ruiz", "it would leave no stone unturned in its quest to repatriate all artefacts"),
        ("Tom Hale", "5.5 million jobs could be lost by 2030"),
        ("Tom Hale", "this would hurt the economy"),
    ]


def test_encouraged_someone_to_act_is_a_call():
    text = (
        "President Tom Hale said on Tuesday that islanders deserve a voice at the United "
        "Nations and encouraged private firms to invest in the islands.\n\n"
        "Ana Ruiz encouraged residents to report suspicious activity to the police.\n\n"
        "Ruiz was encouraged by the results of the vote."
    )
    assert said(text) == [
        ("Tom Hale", "islanders deserve a voice at the United Nations"),
        ("Tom Hale", "encouraged private firms to invest in the islands"),
        ("Ana Ruiz", "encouraged residents to report suspicious activity to the police"),
    ]


def test_according_to_a_source_with_a_relative_clause_or_without_a_comma():
    text = (
        "Oil output\n\n"
        "Production in the basin is back around its pre-pandemic peak, according to Hale, who "
        "runs the largest producer.\n\n"
        "According to Ruiz with ballot boxes open in four regions the chances for confusion "
        "increase."
    )
    assert said(text) == [
        ("Hale", "Production in the basin is back around its pre-pandemic peak"),
        ("Ruiz", "with ballot boxes open in four regions the chances for confusion increase"),
    ]


def test_a_photo_posted_is_shown_not_said():
    text = (
        "President Ana Ruiz tweeted a photo of her meeting with Tom Hale as she said he had "
        "recognized her victory.\n\n"
        "Ruiz said a picture was worth a thousand words."
    )
    assert said(text) == [
        ("Ana Ruiz", "he had recognized her victory"),
        ("Ana Ruiz", "a picture was worth a thousand words"),
    ]


def test_he_before_anyone_is_named_is_the_first_person_named_after():
    text = (
        "“The title of prime minister is not my birthright, as I have said many times,” he "
        "said.\n\n"
        "“Our coalition numbers are intact,” Mr Hale said."
    )
    assert said(text) == [
        ("Hale", "The title of prime minister is not my birthright, as I have said many times"),
        ("Hale", "Our coalition numbers are intact"),
    ]


def test_stated_by_names_who_spoke_and_as_noted_by_is_a_marker():
    text = (
        "Delegations thanked the hosts\n\n"
        "This was stated by Foreign Minister Tom Hale after the talks ended yesterday.\n\n"
        "As noted by the minister, it was very difficult to organise the contacts. "
        "“There was readiness on both sides,” he said."
    )
    assert said(text) == [
        ("Tom Hale", "it was very difficult to organise the contacts"),
        ("Tom Hale", "There was readiness on both sides"),
    ]


def test_the_judge_is_the_chief_justice_named_before():
    text = (
        "Court ruling\n\n"
        "Chief Justice Tom Hale dismissed the petition on Friday.\n\n"
        "“The best evidence would have been the contents of the ballot boxes,” the judge said."
    )
    assert said(text) == [
        ("Tom Hale", "The best evidence would have been the contents of the ballot boxes")
    ]


def test_a_title_right_after_a_speaker_with_no_post_is_that_speaker():
    text = (
        "Talks in Istanbul\n\n"
        "“So far, no such instructions have been given,” Hale stated.\n\n"
        "“The delegation will wait in Istanbul on Thursday,” President Ana Ruiz said.\n\n"
        "“We will see,” Hale added.\n\n"
        "Regarding the planned visit, the spokesman mentioned that the timing is still undecided."
    )
    assert said(text) == [
        ("Hale", "So far, no such instructions have been given"),
        ("Ana Ruiz", "The delegation will wait in Istanbul on Thursday"),
        ("Hale", "We will see"),
        ("Hale", "the timing is still undecided"),
    ]


def test_the_spokesman_is_the_spokesperson_named_before():
    text = (
        "Kremlin talks\n\n"
        "Kremlin spokesperson Tom Hale confirmed that the delegation will travel on Thursday.\n\n"
        "President Ana Ruiz said the talks would resume.\n\n"
        "The spokesman mentioned that the precise timing is still undecided."
    )
    assert said(text) == [
        ("Tom Hale", "the delegation will travel on Thursday"),
        ("Ana Ruiz", "the talks would resume"),
        ("Tom Hale", "the precise timing is still undecided"),
    ]


def test_said_while_doing_something_is_when_not_what():
    text = (
        "Jobs data\n\n"
        "The agency does not reveal the confidence interval and standard error of their data, "
        "Ana Ruiz said while expressing her concerns over the data in a recent television "
        "discussion with senior journalist Tom Hale."
    )
    assert said(text) == [
        (
            "Ana Ruiz",
            "The agency does not reveal the confidence interval and standard error of their data",
        )
    ]


def test_and_that_of_is_a_pronoun_and_in_what_is_the_reporters_framing():
    text = (
        "Headline\n\n"
        "President Tom Hale admits there is a disagreement between his group and that of "
        "opposition leader Ana Ruiz.\n\n"
        "Hale said national forces did not kill any civilians, in what could be the latest "
        "accusation of mass murder."
    )
    assert said(text) == [
        (
            "Tom Hale",
            "there is a disagreement between his group and that of opposition leader Ana Ruiz",
        ),
        ("Tom Hale", "national forces did not kill any civilians"),
    ]


def test_in_a_statement_closing_the_sentence_is_how_not_what():
    text = (
        "Spending bill\n\n"
        "President Ana Ruiz said she would sign the bill in a statement Saturday.\n\n"
        "Ruiz said the plan would work in an interview with Reuters.\n\n"
        "Ruiz said the talks were held in a statement of intent."
    )
    assert said(text) == [
        ("Ana Ruiz", "she would sign the bill"),
        ("Ana Ruiz", "the plan would work"),
        ("Ana Ruiz", "the talks were held in a statement of intent"),
    ]


def test_blamed_x_on_y_and_a_date_then_when_are_the_reporters():
    text = (
        "Jobs\n\n"
        "President Tom Hale blamed the crisis on the number of new entrants to the labour "
        "market.\n\n"
        "The fire was blamed on faulty wiring, Hale said.\n\n"
        "Prime Minister Ana Ruiz said the police had foiled five attacks since January, when "
        "militants opened fire on the offices of a magazine."
    )
    assert said(text) == [
        ("Tom Hale", "blamed the crisis on the number of new entrants to the labour market"),
        ("Tom Hale", "The fire was blamed on faulty wiring"),
        ("Ana Ruiz", "the police had foiled five attacks since January"),
    ]


def test_a_county_is_a_place_that_speaks_not_a_person():
    text = (
        "Funds for the elderly\n\n"
        "Ms Ana Ruiz, during her visit to Kitale, Trans Nzoia County, on Thursday, said that "
        "Sh250 million has been set aside.\n\n"
        "She said the funds were increased in the 2016/2017 financial year."
    )
    assert said(text) == [
        ("Ana Ruiz", "Sh250 million has been set aside"),
        ("Ana Ruiz", "the funds were increased in the 2016/2017 financial year"),
    ]
