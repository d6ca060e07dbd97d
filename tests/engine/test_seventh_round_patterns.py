"""Reporting patterns met in the seventh round of unseen articles."""

from tests.engine.helpers import said


def test_a_given_name_that_is_also_a_month_opens_the_name():
    text = (
        "Teachers should be allowed to give their views on the reform plans, "
        "Education Minister Jan O’Sullivan has said.\n\n"
        "The cuts will close three libraries, May Brown said."
    )
    assert said(text) == [
        ("Jan O’Sullivan", "Teachers should be allowed to give their views on the reform plans"),
        ("May Brown", "The cuts will close three libraries"),
    ]


def test_a_month_after_a_preposition_is_a_date_not_a_given_name():
    text = "In May Brown said the cuts would close three libraries."
    assert said(text) == [("Brown", "the cuts would close three libraries")]


def test_a_plural_group_opening_a_sentence_is_not_the_he_that_follows():
    text = (
        "Minister Ravi Nair said the new textbooks are ready.\n\n"
        "Stakeholders pointed out that the curriculum is heavy. "
        "“Rote learning is not the way forward,” he said."
    )
    assert said(text) == [
        ("Ravi Nair", "the new textbooks are ready"),
        ("Ravi Nair", "Rote learning is not the way forward"),
    ]


def test_a_caption_line_names_the_speaker_of_the_sound_bite_below_it():
    text = (
        "Police found the weapon in a drain on Monday.\n\n"
        "Insp Maria Lopez - Police Press Officer\n"
        "“Investigators have a person of interest who is being sought.”\n\n"
        "Supt Daniel Greene - Officer Commanding CIB\n"
        "“We have a person of interest detained but we are looking for two others.”"
    )
    assert said(text) == [
        ("Maria Lopez", "Investigators have a person of interest who is being sought."),
        (
            "Daniel Greene",
            "We have a person of interest detained but we are looking for two others.",
        ),
    ]


def test_a_short_line_before_a_quotation_that_names_nobody_is_not_a_caption():
    text = (
        "Mayor Ruth Okafor opened the new bridge on Monday.\n\n"
        "Traffic and Roads\n"
        "“The bridge will cut the commute by twenty minutes,” she said."
    )
    assert said(text) == [("Ruth Okafor", "The bridge will cut the commute by twenty minutes")]


def test_a_quotation_after_a_sentence_about_what_someone_did_is_theirs():
    text = (
        "Congress MP Manish Tewari said the bill breaks the right to privacy.\n\n"
        "Party MP Supriya Sule referred to the centralisation of data. “It hurts the "
        "spirit of the federal structure.”"
    )
    assert said(text) == [
        ("Manish Tewari", "the bill breaks the right to privacy"),
        ("Supriya Sule", "It hurts the spirit of the federal structure."),
    ]


def test_a_person_acted_upon_before_a_quotation_is_not_its_speaker():
    text = (
        "Congress MP Manish Tewari said the bill breaks the right to privacy.\n\n"
        "Supriya Sule was asked about the centralisation of data. “It hurts the "
        "spirit of the federal structure.”"
    )
    assert said(text) == [
        ("Manish Tewari", "the bill breaks the right to privacy"),
        ("Manish Tewari", "It hurts the spirit of the federal structure."),
    ]


def test_a_second_office_in_lower_case_after_and_belongs_to_the_same_person():
    text = (
        "Earlier, PTI chairman and former prime minister Imran Khan raised objections.\n\n"
        "The PTI chairman reiterated that the commission made partial decisions."
    )
    assert said(text) == [("Imran Khan", "the commission made partial decisions")]


def test_a_name_and_another_office_are_two_people():
    text = (
        "Rosa Diaz and former minister John Park raised objections.\n\n"
        "The former minister reiterated that the commission made partial decisions."
    )
    assert said(text) == [("John Park", "the commission made partial decisions")]


def test_feelings_and_concerns_expressed_about_something_are_claims():
    assert said(
        "Electoral chief Jean Mensa expressed disappointment in the absence of the candidates."
    ) == [("Jean Mensa", "expressed disappointment in the absence of the candidates")]
    assert said(
        "Opposition MP Gaurav Gogoi raised concerns about the commission's impartiality."
    ) == [("Gaurav Gogoi", "raised concerns about the commission's impartiality")]
    assert said(
        "Commissioner Babar Yaqoob regretted the baseless allegation that the vote was rigged."
    ) == [("Babar Yaqoob", "regretted the baseless allegation that the vote was rigged")]


def test_dismissing_reports_is_a_stance_but_dismissing_a_person_is_not():
    assert said(
        "Secretary Michael Kamau dismissed media reports that the railway would cost more."
    ) == [("Michael Kamau", "dismissed media reports that the railway would cost more")]
    assert said("Club owner Ana Ruiz dismissed the coach after the defeat.") == []


def test_a_few_words_cut_off_by_the_end_of_a_truncated_text_are_not_a_claim():
    text = (
        "Minister Ana Ruiz said maize prices will fall by a third before the harvest.\n\n"
        "“We have also activate"
    )
    assert said(text) == [("Ana Ruiz", "maize prices will fall by a third before the harvest")]


def test_a_long_statement_cut_off_by_the_end_of_the_text_is_kept():
    text = (
        "Minister Ana Ruiz said maize prices will fall by a third before the harvest.\n\n"
        "“Farmers will be paid for every bag delivered to the board before the end of the "
        "month and the depots in the north will op"
    )
    assert said(text) == [
        ("Ana Ruiz", "maize prices will fall by a third before the harvest"),
        (
            "Ana Ruiz",
            (
                "Farmers will be paid for every bag delivered to the board before the "
                "end of the month and the depots in the north will op"
            ),
        ),
    ]


def test_what_the_speaker_would_not_say_is_not_part_of_the_statement():
    text = (
        "Mr. Burke says the policy is already deterring some asylum seekers, but could not "
        "say exactly how many had turned back."
    )
    assert said(text) == [("Burke", "the policy is already deterring some asylum seekers")]


def test_the_occasion_of_a_warning_is_not_part_of_it():
    text = (
        "Council leader Keith Walton warned the city could soon struggle to deliver "
        "services as he set out plans to raise council taxes."
    )
    assert said(text) == [("Keith Walton", "the city could soon struggle to deliver services")]


def test_nobody_is_not_a_speaker():
    text = (
        "Nobody said it would be easy, but the council adopted the budget after two days.\n\n"
        "Mayor Lee Hart said the tax rise is the smallest in ten years."
    )
    assert said(text) == [("Lee Hart", "the tax rise is the smallest in ten years")]


def test_a_syndicated_image_caption_is_not_a_claim():
    text = (
        "Crossings will not fall soon\n\n"
        "Supporting image for story: Dana Hale said crossings would not fall this year.\n\n"
        "Home Secretary Dana Hale said there is no single solution to the crossings."
    )
    assert said(text) == [("Dana Hale", "there is no single solution to the crossings")]


def test_a_condition_before_a_parenthetical_cue_is_not_the_statement():
    text = (
        "Had the case gone to trial, Rawson said, the defence would have argued that the "
        "shooting was an accident."
    )
    assert said(text) == [
        ("Rawson", "the defence would have argued that the shooting was an accident")
    ]


def test_the_person_of_a_body_speaks_not_the_body():
    assert said(
        "Detective Shaun Sawyer of the anti-corruption squad CIB said: “It is all about money.”"
    ) == [("Shaun Sawyer", "It is all about money.")]
    assert said(
        "Detective Shaun Sawyer of the anti-corruption squad said: “It is all about money.”"
    ) == [("Shaun Sawyer", "It is all about money.")]
    assert said("Lena Holt of the police union Unite said the deal is all about money.") == [
        ("Lena Holt", "the deal is all about money")
    ]


def test_a_body_named_with_of_still_speaks_for_itself():
    assert said("The Bank of England said the rise in prices would slow.") == [
        ("Bank of England", "the rise in prices would slow")
    ]


def test_a_surname_named_before_then_a_stray_comma_speaks():
    text = (
        "Ogun State Governor, Dapo Abiodun yesterday inaugurated the road.\n\n"
        "Speaking during the inauguration in Idowa, Abiodun, explained that the road was "
        "another milestone for the state."
    )
    assert said(text) == [("Dapo Abiodun", "the road was another milestone for the state")]


def test_pointing_to_after_a_statement_ends_it():
    text = (
        "Congress MP Gaurav Gogoi raised concerns about the commission's impartiality, "
        "pointing to its silence on the hasty process in Bihar."
    )
    assert said(text) == [("Gaurav Gogoi", "raised concerns about the commission's impartiality")]


def test_the_unfinished_last_paragraph_of_a_cut_text_is_body_text():
    text = (
        "Chief Minister speaks to the press\n\n"
        "Chief Minister Shivraj Chouhan spoke to the press on Monday.\n\n"
        "A sum of Rs 10,000 had been given to each of the small traders as aid, Chouhan added.\n\n"
        "Chouhan also said that he was committed to maintain law and order in every district "
        "of the state and had"
    )
    assert said(text) == [
        (
            "Shivraj Chouhan",
            "A sum of Rs 10,000 had been given to each of the small traders as aid",
        ),
        (
            "Shivraj Chouhan",
            "he was committed to maintain law and order in every district of the state and had",
        ),
    ]


def test_a_sentence_adverb_is_never_a_name():
    text = (
        "Nevertheless, the virus had not yet gone, so the fight would continue, he said, "
        "adding that masks are the only way to keep the virus at bay."
    )
    assert said(text) == [
        (None, "Nevertheless, the virus had not yet gone, so the fight would continue"),
        (None, "masks are the only way to keep the virus at bay"),
    ]


def test_the_head_of_a_body_is_whoever_is_named_next_with_any_post():
    text = (
        "The agency will have to make deep cuts unless it receives new funding, the head "
        "of the agency said on Monday.\n\n"
        "Millions have fled their homes this year, High Commissioner for Refugees Filippo "
        "Grandi said."
    )
    assert said(text) == [
        ("Filippo Grandi", "The agency will have to make deep cuts unless it receives new funding"),
        ("Filippo Grandi", "Millions have fled their homes this year"),
    ]


def test_an_official_of_the_body_whose_initials_name_the_post_is_the_person_in_view():
    text = (
        "“None of the listed people agreed to go back,” Refugee Relief and Repatriation "
        "Commissioner Mohammad Abul Kalam said.\n\n"
        "“Five buses remain ready in front of the camp since morning,” the RRRC official said.\n\n"
        "“We will not force any of them to go back,” the official said."
    )
    assert said(text) == [
        ("Mohammad Abul Kalam", "None of the listed people agreed to go back"),
        ("Mohammad Abul Kalam", "Five buses remain ready in front of the camp since morning"),
        ("Mohammad Abul Kalam", "We will not force any of them to go back"),
    ]


def test_the_subject_of_an_opening_clause_is_who_he_means_next():
    text = (
        "Simon Weller, assistant general secretary of the union, said the dispute was "
        "going backwards.\n\n"
        "When Mick Whelan was asked whether the drivers could lose support, he argued that "
        "drivers are the victims of demonisation."
    )
    assert said(text) == [
        ("Simon Weller", "the dispute was going backwards"),
        ("Mick Whelan", "drivers are the victims of demonisation"),
    ]


def test_where_he_says_inside_a_statement_starts_a_second_one():
    text = (
        "Minister Hussein Makhlouf says that refugees can start returning home, where he "
        "says they will get all the help they need."
    )
    assert said(text) == [
        ("Hussein Makhlouf", "refugees can start returning home"),
        ("Hussein Makhlouf", "they will get all the help they need"),
    ]


def test_a_department_chief_is_its_secretary_or_minister():
    text = (
        "Agriculture Secretary Emmanuel Pinol spoke on Monday.\n\n"
        "According to the agriculture chief, buying prices for rice are at their highest.\n\n"
        "The health chief said the clinics would stay open."
    )
    assert said(text) == [
        ("Emmanuel Pinol", "buying prices for rice are at their highest"),
        (None, "the clinics would stay open"),
    ]


def test_that_after_an_inverted_parenthetical_cue_opens_the_statement():
    text = (
        "Agriculture Secretary Emmanuel Pinol spoke on Tuesday.\n\n"
        "This means, said Pinol, that local farmers are raking in more income."
    )
    assert said(text) == [("Emmanuel Pinol", "local farmers are raking in more income")]


def test_a_dashed_aside_after_a_title_is_skipped():
    text = (
        "Belgian farmer representative Lode Ceyssens met the president on Thursday.\n\n"
        "The farmer representative – who is the president of the main farming association "
        "– added: “We need to make some rebalance to the Green Deal.”"
    )
    assert said(text) == [("Lode Ceyssens", "We need to make some rebalance to the Green Deal.")]


def test_a_person_and_their_people_speak_as_the_person():
    text = (
        "Opposition leader Raila Odinga will face the president again.\n\n"
        "On Tuesday, Odinga and his coalition said they prefer October 24 as the election date."
    )
    assert said(text) == [("Raila Odinga", "they prefer October 24 as the election date")]


def test_admitting_or_denying_an_offence_is_a_plea():
    assert said("Declan Costello admitted conspiracy to cause actual bodily harm.") == []
    assert said("John Smith denies murder.") == []
    assert said("John Smith denied the allegations of fraud.") == [
        ("John Smith", "denied the allegations of fraud")
    ]


def test_dg_and_ceo_are_titles_not_names():
    text = (
        "Major General Ahmed Chaudhry reiterated that the army does not lean towards any "
        "party.\n\n"
        "“The army is a national army,” the ISPR DG said.\n\n"
        "Chief executive Salil Parekh said the company won two large deals.\n\n"
        "Revenue from banking slowed this quarter, according to the Infosys CEO."
    )
    assert said(text) == [
        ("Ahmed Chaudhry", "the army does not lean towards any party"),
        ("Ahmed Chaudhry", "The army is a national army"),
        ("Salil Parekh", "the company won two large deals"),
        ("Salil Parekh", "Revenue from banking slowed this quarter"),
    ]


def test_what_the_speaker_did_while_speaking_is_not_part_of_the_statement():
    text = (
        "Major General Ahmed Chaudhry said the propaganda still continues as he slammed the "
        "neighbouring nation for ceasefire violations."
    )
    assert said(text) == [
        ("Ahmed Chaudhry", "the propaganda still continues"),
        ("Ahmed Chaudhry", "slammed the neighbouring nation for ceasefire violations"),
    ]


def test_a_clause_after_but_before_an_inverted_cue_is_part_of_the_statement():
    text = (
        "Ford had no plans to pull out of South Africa, but the labour environment was a "
        "concern, said Jeffery Nemeth, chief executive of the company’s local unit."
    )
    statement = text[: text.index(", said")]
    assert said(text) == [("Jeffery Nemeth", statement)]


def test_a_name_after_an_office_of_a_body_with_an_acronym_is_the_speaker():
    text = (
        "Disappointed at the episode, the chairman of the International Cricket Council (ICC) "
        "Shashank Manohar told reporters: “It is not in the spirit of the game.”"
    )
    assert said(text) == [("Shashank Manohar", "It is not in the spirit of the game.")]


def test_an_office_of_a_body_with_nobody_named_stays_a_title():
    text = "The chairman of the Senate Foreign Relations Committee said the vote would wait."
    assert said(text) == [(None, "the vote would wait")]


def test_a_relative_clause_report_ends_where_the_sentence_cue_begins():
    text = (
        "WADA vice-president Linda Helleland spoke on Monday.\n\n"
        "In a statement, Helleland, who had announced on Tuesday that she would vote to uphold "
        "the ban, said the decision to reinstate the agency casts a dark shadow over the movement."
    )
    assert said(text) == [
        ("Linda Helleland", "she would vote to uphold the ban"),
        (
            "Linda Helleland",
            "the decision to reinstate the agency casts a dark shadow over the movement",
        ),
    ]


def test_welcoming_a_decision_is_a_stance_but_welcoming_guests_is_not():
    assert said(
        "WADA president Craig Reedie welcomed the decision as a common-sense solution."
    ) == [("Craig Reedie", "welcomed the decision as a common-sense solution")]
    assert said("President Ana Ruiz welcomed the guests at the palace on Monday.") == []


def test_its_officer_after_a_statement_is_the_speaker():
    text = (
        "Chief executive Ana Ruiz spoke on Monday.\n\n"
        "The company will cut 300 jobs, its chief executive said on Monday."
    )
    assert said(text) == [("Ana Ruiz", "The company will cut 300 jobs")]


def test_a_quotation_missing_its_closing_mark_ends_before_the_attribution():
    text = (
        "Prince Abdulaziz said prices had returned to January levels.\n\n"
        "“We have to ensure oil supply to markets on the long run, UAE energy minister "
        "Suhail Al Mazrouei said on Wednesday.\n\n"
        "He stressed that oil prices are not the largest contributor to the crisis."
    )
    assert said(text) == [
        ("Abdulaziz", "prices had returned to January levels"),
        ("Suhail Al Mazrouei", "We have to ensure oil supply to markets on the long run"),
        ("Suhail Al Mazrouei", "oil prices are not the largest contributor to the crisis"),
    ]


def test_a_comma_after_the_cue_of_a_sentence_opening_subject_leads_the_statement():
    text = (
        "Power Minister Khurram Dastgir spoke on Monday.\n\n"
        "He said, base electricity tariff has not been increased since September 2022.\n\n"
        "Minister Ana Ruiz responded, calling the plan a failure."
    )
    assert said(text) == [
        ("Khurram Dastgir", "base electricity tariff has not been increased since September 2022")
    ]


def test_a_relative_clause_naming_a_body_without_its_closing_comma_leaves_the_person():
    text = (
        "However, former striker Victor Ikpeba, who is a member of the committee said he "
        "received a message on Wednesday evening."
    )
    assert said(text) == [("Victor Ikpeba", "he received a message on Wednesday evening")]


def test_a_person_acting_after_a_relative_clause_speaks_the_quotation_after():
    text = (
        "Prime Minister Bart De Wever said he was sceptical.\n\n"
        "Bouchez, who chairs the MR, rejected the Prime Minister's doubts. “It is clear that "
        "this is a major change for Brussels.”"
    )
    assert said(text) == [
        ("Bart De Wever", "he was sceptical"),
        ("Bouchez", "It is clear that this is a major change for Brussels."),
    ]


def test_two_apostrophes_open_a_quotation_as_well_as_close_it():
    text = (
        "President Maria Santos spoke in Prague on Friday.\n\n"
        "''We did not begin all of these problems. All of these commotions were not caused "
        "by us,'' she added."
    )
    assert said(text) == [
        ("Maria Santos", "We did not begin all of these problems."),
        ("Maria Santos", "All of these commotions were not caused by us"),
    ]


def test_the_event_during_which_something_was_said_is_not_part_of_the_statement():
    text = (
        "Foreign Minister Toshimitsu Motegi said he again made the request after the joint "
        "news event, during which the two ministers made statements but took no questions."
    )
    assert said(text) == [
        ("Toshimitsu Motegi", "he again made the request after the joint news event")
    ]


def test_a_paragraph_break_inside_a_sentence_does_not_make_a_heading():
    text = (
        "Governor gives his report card\n\n"
        "Central Bank governor Patrick Njoroge yesterday said much has been achieved in "
        "stabilising the shilling, prices and\n\n"
        "interest rates in his 100 days in office.\n\n"
        "He said the bank holds reserves of $6.18 billion."
    )
    assert said(text) == [
        (
            "Patrick Njoroge",
            "much has been achieved in stabilising the shilling, prices and\n\n"
            "interest rates in his 100 days in office",
        ),
        ("Patrick Njoroge", "the bank holds reserves of $6.18 billion"),
    ]


def test_a_single_opening_mark_closed_by_a_double_one_is_a_quotation():
    text = (
        "NUJ general secretary Michelle Stanistreet said: ‘The NUJ is looking to meet the chief "
        "executive. We will robustly fight any compulsory redundancies.”"
    )
    assert said(text) == [
        ("Michelle Stanistreet", "The NUJ is looking to meet the chief executive."),
        ("Michelle Stanistreet", "We will robustly fight any compulsory redundancies."),
    ]


def test_a_closing_mark_glued_to_the_next_sentence_still_ends_it():
    text = (
        'UNRWA chief Philippe Lazzarini said the aid trucks are considered "crumbs."Lazzarini '
        "said during a press conference that the world is leaving Gaza alone."
    )
    assert said(text) == [
        ("Philippe Lazzarini", 'the aid trucks are considered "crumbs.'),
        ("Philippe Lazzarini", "the world is leaving Gaza alone"),
    ]


def test_a_body_after_of_the_is_part_of_the_title_not_a_name():
    text = (
        "The chief executive of the CSIRO has defended the decision, arguing the agency needs "
        "to alter its priorities.\n\n"
        "“We are asking how we can focus our science,” CSIRO CEO Doug Hilton said."
    )
    assert said(text) == [
        ("Doug Hilton", "defended the decision"),
        ("Doug Hilton", "the agency needs to alter its priorities"),
        ("Doug Hilton", "We are asking how we can focus our science"),
    ]


def test_a_country_after_an_office_is_not_a_name():
    assert said("The president of the United States said the talks would resume.") == [
        (None, "the talks would resume")
    ]
    assert said("The president of the United Arab Emirates said the talks would resume.") == [
        (None, "the talks would resume")
    ]


def test_a_party_after_a_full_name_is_not_the_speaker():
    text = (
        "West Aberdeenshire and Kincardine MP Andrew Bowie, Conservative, said the only way "
        "was to vote no."
    )
    assert said(text) == [("Andrew Bowie", "the only way was to vote no")]
    assert said("Senator Ted Cruz, R-Texas, said the bill would fail.") == [
        ("Ted Cruz", "the bill would fail")
    ]


def test_the_constituency_mp_is_a_title():
    text = (
        "SNP MP Tommy Sheppard opened the debate.\n\n"
        "The Edinburgh East MP said Brexit left only two options."
    )
    assert said(text) == [("Tommy Sheppard", "Brexit left only two options")]


def test_a_time_phrase_opening_the_sentence_is_not_part_of_the_name():
    text = "Last Thursday Mr Varadkar said the Government is on track to meet its targets."
    assert said(text) == [("Varadkar", "the Government is on track to meet its targets")]


def test_a_title_after_a_fronted_participle_clause_is_the_subject_not_the_place_before_it():
    text = (
        "The Executive Vice-Chairman, Nigerian Communications Commission (NCC), Prof. Umar "
        "Danbatta, says there are 195 million phone subscribers in the country.\n\n"
        "Speaking at the trade fair in Kaduna, the NCC’s Executive Vice-Chairman, explained "
        "that 141 million are internet subscribers."
    )
    assert said(text) == [
        ("Umar Danbatta", "there are 195 million phone subscribers in the country"),
        ("Umar Danbatta", "141 million are internet subscribers"),
    ]


def test_a_closing_mark_glued_after_a_full_stop_can_open_the_next_quotation():
    text = (
        "Opposition leader Ramesh Chennithala said they do not need a study class from the "
        "chief minister.”It is the first time a chief minister is disrupting the assembly. "
        "He is trying to divert everyone”, Chennithala told reporters."
    )
    assert said(text) == [
        ("Ramesh Chennithala", "they do not need a study class from the chief minister"),
        ("Ramesh Chennithala", "It is the first time a chief minister is disrupting the assembly."),
        ("Ramesh Chennithala", "He is trying to divert everyone"),
    ]


def test_what_the_speaker_did_after_but_is_not_part_of_the_statement():
    text = (
        "Commerce Secretary Wilbur Ross said he does not think the president will reverse "
        "himself, but he left room for the possibility that the president could change his mind."
    )
    assert said(text) == [("Wilbur Ross", "he does not think the president will reverse himself")]


def test_a_cue_in_a_relative_clause_whose_object_is_the_antecedent_reports_nothing():
    text = (
        "Industry minister Hiroshige Seko defended the export rules.\n\n"
        "The return to tighter rules, which South Korea believes was in retaliation for its "
        "handling of a row over wartime labor, come as relations sink to their lowest point.\n\n"
        "“We have explained that it is not a countermeasure,” the minister told reporters."
    )
    assert said(text) == [("Hiroshige Seko", "We have explained that it is not a countermeasure")]


def test_questioning_an_assertion_is_a_stance_but_questioning_a_suspect_is_not():
    assert said(
        "Economist Mulenga Kapwepwe questioned the government's assertion that most debt was "
        "restructured."
    ) == [
        (
            "Mulenga Kapwepwe",
            "questioned the government's assertion that most debt was restructured",
        )
    ]
    assert said("Detective Sarah Cole questioned the suspect for three hours.") == []


def test_attributing_something_to_a_cause_is_a_claim_but_a_remark_attributed_to_someone_is_not():
    assert said(
        "Energy Secretary Davis Chirchir attributed the blackout to an overload on the grid."
    ) == [("Davis Chirchir", "attributed the blackout to an overload on the grid")]
    assert said("Remarks attributed to Minister Ana Ruiz caused anger.") == []


def test_a_department_named_with_and_is_part_of_the_title():
    text = (
        "Trade minister Piyush Goyal spoke on Monday.\n\n"
        "Minister of Trade and Industry Piyush Goyal said exports rose by a tenth.\n\n"
        "The Minister of Trade and Industry told reporters that imports fell."
    )
    assert said(text) == [
        ("Piyush Goyal", "exports rose by a tenth"),
        ("Piyush Goyal", "imports fell"),
    ]
