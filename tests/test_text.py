from collections import Counter

import pytest

from generator.extract.text import BODY, FURNITURE, HEADING, clean_lines, split_sentences


def test_app_prompts_and_widgets_are_furniture(config):
    raw = ("Install the Example News app for free\nGet Apps\nGet Apps\nShare\n"
           "The minister said the talks would resume on Tuesday in Geneva.\n")
    kinds = [line.kind for line in clean_lines(raw, config.boilerplate)]
    assert kinds == [FURNITURE, FURNITURE, FURNITURE, FURNITURE, BODY]


def test_lines_repeated_across_articles_are_furniture(config):
    raw = "Sign in to read more of our journalism today\nThe envoy arrived in Moscow on Thursday morning.\n"
    repeated = Counter({"sign in to read more of our journalism today": 2})
    kinds = [line.kind for line in clean_lines(raw, config.boilerplate, repeated)]
    assert kinds[0] == FURNITURE and kinds[1] == BODY


def test_repeated_long_paragraph_in_a_live_blog_stays_text(config):
    para = "Even if one side will make a gesture, another method of causing problems will be found."
    lines = clean_lines(f"{para}\n{para}\n", config.boilerplate)
    assert [line.kind for line in lines] == [BODY, BODY]


def test_headline_without_full_stop_is_a_heading(config):
    lines = clean_lines("Putin and Trump to hold an important phone call\n", config.boilerplate)
    assert lines[0].kind == HEADING


def test_a_last_paragraph_with_the_storys_end_sign_is_text(config):
    """Wire copy ends '… he said. ■': the sign does not make the paragraph a heading."""
    lines = clean_lines("Talks resume\n\n“We urge both sides to return to the table,” he said. ■\n", config.boilerplate)
    assert [line.kind for line in lines] == [HEADING, BODY]


@pytest.mark.parametrize("last", [
    "The talks will resume on Monday, the minister said.-AFP",
    "The talks will resume on Monday, the minister said. — Reuters",
    "The talks will resume on Monday, the minister said. (AP)",
    "“The talks will resume on Monday,” the minister said. (By Jane Doe/Arden Daily)",
    "The talks will resume on Monday, the minister said. (Reporting by Jane Doe; Editing by Jan Novak)",
    # (and the date and time the page set after the paragraph)
    "The talks will resume on Monday, the envoy says. Thursday, June 3, 2021 | 09:09",
    "The talks will resume on Monday, the envoy says. 3 June 2021",
])
def test_a_last_paragraph_with_an_agencys_credit_is_text(config, last):
    assert [line.kind for line in clean_lines(last + "\n", config.boilerplate)] == [BODY]


def test_a_quote_in_backticks_ends_its_sentence(config):
    line = clean_lines("Greece said the deal will let people `now have hopes for a better life.` The agreement is "
                       "signed.\n", config.boilerplate)[0]
    assert [s.text for s in split_sentences(line)] == [
        "Greece said the deal will let people `now have hopes for a better life.`", "The agreement is signed."]


def test_sentences_keep_raw_offsets_and_skip_abbreviations(config):
    raw = "Intro line here.\nU.S. Vice President J.D. Vance spoke. Mr. Smith replied at 3 p.m. on Monday."
    lines = clean_lines(raw, config.boilerplate)
    sentences = split_sentences(lines[1])
    assert [s.text for s in sentences] == ["U.S. Vice President J.D. Vance spoke.",
                                           "Mr. Smith replied at 3 p.m. on Monday."]
    for s in sentences:
        assert raw[s.start:s.end] == s.text


def test_sentences_a_scrape_ran_together_without_a_space_are_two(config):
    raw = ("Intro line here.\nJane Doe said \"a truce is possible.\"She also said talks would resume next "
           "week.Both sides agreed. The U.S.Army and St.Petersburg stay whole.")
    lines = clean_lines(raw, config.boilerplate)
    assert [s.text for s in split_sentences(lines[1])] == [
        'Jane Doe said "a truce is possible."', "She also said talks would resume next week.", "Both sides agreed.",
        "The U.S.Army and St.Petersburg stay whole."]


@pytest.mark.parametrize("body, expected", [
    # "said on X. He said ...": X is the platform, not an initial; initials in names stay
    ("Mr Zelensky said on X. He said that talks could be hosted by Turkey. John F. Kennedy and J. R. R. Tolkien "
     "were quoted. F. Smith agreed with J. A. Doe.",
     ["Mr Zelensky said on X.", "He said that talks could be hosted by Turkey.",
      "John F. Kennedy and J. R. R. Tolkien were quoted.", "F. Smith agreed with J. A. Doe."]),
    # an initial is followed by the rest of a name, never by a quote opening
    ("“Both sides have agreed to a truce,” the minister posted on X. “Arden has always wanted peace.” She added "
     "that J. Doe would lead the talks.",
     ["“Both sides have agreed to a truce,” the minister posted on X.", "“Arden has always wanted peace.”",
      "She added that J. Doe would lead the talks."]),
])
def test_a_lone_capital_ends_a_sentence_unless_a_name_follows(config, body, expected):
    lines = clean_lines("Intro line here.\n" + body, config.boilerplate)
    assert [s.text for s in split_sentences(lines[1])] == expected


def test_a_note_number_after_a_full_stop_ends_the_sentence_with_it(config):
    """Research notes number their sources: "… the battlefield.[4] Jane Doe stated …"."""
    raw = "Intro line here.\nArden proposed a short truce to retrieve bodies.[4] Jane Doe stated that talks would go on.[5]"
    lines = clean_lines(raw, config.boilerplate)
    assert [s.text for s in split_sentences(lines[1])] == [
        "Arden proposed a short truce to retrieve bodies.[4]", "Jane Doe stated that talks would go on.[5]"]


def test_no_ends_an_answer_and_abbreviates_only_a_number(config):
    raw = "Intro line here.\nDid Putin accept? No. Putin did not commit. He lives at No. 10 Downing Street."
    sentences = split_sentences(clean_lines(raw, config.boilerplate)[1])
    assert [s.text for s in sentences] == ["Did Putin accept?", "No.", "Putin did not commit.",
                                           "He lives at No. 10 Downing Street."]


def test_agency_photo_credits_and_funding_notes_are_furniture(config):
    raw = ("Story continues below advertisement\n"
           "The minister said the talks would resume on Tuesday in Geneva.\n"
           "AP Photo/Evan Vucci\n"
           "The Associated Press receives support from several private foundations.\n")
    kinds = [line.kind for line in clean_lines(raw, config.boilerplate)]
    assert kinds == [FURNITURE, BODY, FURNITURE, FURNITURE]


def test_byline_labels_follow_prompts_related_links_and_photograph_captions_are_furniture(config):
    raw = ("Reported by: Jane Doe\n"
           "Follow: Example News Icon\n"
           "The minister said the talks would resume on Tuesday in Geneva.\n"
           "[ Arden says rescuers are missing after a strike on the border town ]\n"
           "Delegates arrive in Geneva on Monday. Photograph: John Roe/Example Agency\n"
           "“We hope the [Ruritanian] side will not undermine the deal,” the minister said.\n")
    kinds = [line.kind for line in clean_lines(raw, config.boilerplate)]
    assert kinds == [FURNITURE, FURNITURE, BODY, FURNITURE, FURNITURE, BODY]


def test_a_paywall_notice_is_furniture(config):
    raw = ("The minister said the talks would resume on Tuesday in Geneva.\n"
           "You have 60.3% of this article left to read. The rest is for subscribers only.\n")
    assert [line.kind for line in clean_lines(raw, config.boilerplate)] == [BODY, FURNITURE]


def test_a_government_offices_site_name_is_furniture_but_a_headline_about_the_office_is_not(config):
    raw = ("Ministry of Foreign Affairs of the Republic of Arden\n"
           "President of Ruritania signs decree on new sanctions\n"
           "The ministry said the talks would resume on Tuesday in Geneva.\n")
    assert [line.kind for line in clean_lines(raw, config.boilerplate)] == [FURNITURE, HEADING, BODY]


def test_a_run_on_line_is_read_in_pieces_of_bounded_length_that_still_quote_the_article(config):
    """A scrape may glue thousands of words into one "sentence" (a comment thread, a list); every
    stage reads a sentence against its own beginning, so it is cut, at a comma where it can."""
    from generator.extract.text import MAX_SENTENCE_CHARS, sentences_of

    raw = "Headline\n\n" + ", ".join(f"Turkey and Greece met in round {n}" for n in range(400)) + ". Then it ended.\n"
    lines = clean_lines(raw, config.boilerplate)
    sentences = sentences_of(lines)
    assert len(sentences) > 10
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert all(raw[s.start:s.end] == s.text for s in sentences)
    assert all(s.text.endswith(",") or s.text.endswith(".") for s in sentences), "cut after a comma"
    assert sentences[-1].text == "Then it ended."
