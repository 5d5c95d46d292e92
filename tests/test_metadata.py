import pytest

from generator.extract.metadata import date_of_line, extract_metadata
from generator.extract.text import clean_lines


def meta_of(text, config):
    return extract_metadata(clean_lines(text, config.boilerplate), config)


@pytest.mark.parametrize("line, iso", [
    ("Monday 19 May 2025 15:20, UK", "2025-05-19"),
    ("May 19, 2025 Hour: 11:22 am", "2025-05-19"),
    ("2025.05.20 15:29", "2025-05-20"),
    ("2025-05-20T14:32:00Z", "2025-05-20"),  # ISO 8601, as page metadata gives it
    ("Published 2025-05-20T14:32:00+00:00", "2025-05-20"),
    ("March 18, 2025 8:01 PM", "2025-03-18"),
    ("Published: 3 June 2025", "2025-06-03"),
    ("May 21, 2025 10:15 AM GMT+1 Updated 2 hours ago", "2025-05-21"),
    ("Published on 21/05/2025 - 09:12 GMT+2", "2025-05-21"),
    ("05/21/2025 10:00 AM", "2025-05-21"),
    ("20-05-2025 14:32", "2025-05-20"),  # dashes, day first (South Asian and British sites)
    # published and updated on one line, in a named US zone: the first date is the publication
    ("Published May 19, 2025 4:02pm EDT | Updated May 20, 2025 6:47pm EDT", "2025-05-19"),
    ("Updated 19 May 2025, 18:05 CEST - First published 19 May 2025, 14:30 CEST", "2025-05-19"),
    # a byline and a stamp on one line, set off by " | " or " / "
    ("TOI World Desk / TIMESOFINDIA.COM / Updated: May 20, 2025, 01:42 IST", "2025-05-20"),
    ("Burak Bir | 20.05.2025 - Update : 20.05.2025", "2025-05-20"),
    ("Published on May 22, 2025, at 6:00 pm (Paris)", "2025-05-22"),
    # a weekday shortened, and the clock after "at" (Australian and British sites)
    ("Posted Tue 20 May 2025 at 5:12am, updated Tue 20 May 2025 at 9:40am", "2025-05-20"),
    ("Wed., May 21, 2025", "2025-05-21"),
    # a two-digit year, as US sites set it
    ("by Jane Doe - 05/20/25 11:45 AM ET", "2025-05-20"),
    # a byline and the reading time around the stamp
    ("by Jane Doe May 19, 2025 11:58 PM 3 min read", "2025-05-19"),
    # two page elements a scrape ran together: the first stamp dates the page
    ("05/19/2025May 19, 2025", "2025-05-19"),
    ("Published 19 May 2025Updated 20 May 2025", "2025-05-19"),
    ("world2025-05-21 23:46:097214", "2025-05-21"),  # a section's label before it, the clock after
    ("Jane Doe, John RoeMonday, 19 May 2025, 21:55", "2025-05-19"),  # the byline glued to the weekday
    # parts set off by a bar with no space before it
    ("Source: Arden News| 2025-01-07 00:15:41|Editor: desk", "2025-01-07"),
    # other languages, from site_config/calendar.yaml
    ("Publié le 19 mai 2025 à 15h20", "2025-05-19"),
    ("lundi 1er décembre 2025, 08:05", "2025-12-01"),
    ("Montag, 19. Mai 2025, 15:20 Uhr", "2025-05-19"),
    ("Aktualisiert am 3. März 2025", "2025-03-03"),
    ("19 de mayo de 2025 - 15:20 CEST", "2025-05-19"),
    ("Pubblicato il 20 maggio 2025 alle 9:40", "2025-05-20"),
    ("Atualizado em 20 de maio de 2025 às 09h40", "2025-05-20"),
])
def test_date_stamps(line, iso, config):
    assert date_of_line(line, config.calendar) == iso


@pytest.mark.parametrize("line", [
    "Last year, on 19 May 2025, Putin listed four demands for peace in a long speech.",
    "1 month ago 24",
    "Russian and Ukrainian delegations met in Istanbul on May 16.",
    "05/06/2025 10:00",  # 5 June or 6 May: no guess
    "05/06/25",
    "05-06-2025",
    "Talks resume / the minister said on 19 May 2025 that he would go to Istanbul",
    "Le ministre a déclaré le 19 mai 2025 qu'il se rendrait à Istanbul.",
    "by the way May 19, 2025 was a Monday",
])
def test_sentences_mentioning_dates_are_not_date_stamps(line, config):
    assert date_of_line(line, config.calendar) is None


@pytest.mark.parametrize("stamps", [
    "Last updated 20 May 2025\nFirst published 19 May 2025\n",
    "Published 19 May 2025\nUpdated 20 May 2025\n",
])
def test_of_an_updated_and_a_published_stamp_the_page_is_dated_by_the_earlier(config, stamps):
    text = ("Leaders talk for two hours\n" + stamps +
            "\nThe minister said the talks in Geneva would resume on 2 June 2025 after a pause.\n")
    assert meta_of(text, config).published == "2025-05-19"


def test_wire_dateline_without_year_gives_no_date(config):
    text = "MOSCOW, August 16. /TASS/. The Kremlin said the meeting was useful and frank for both sides.\n"
    meta = meta_of(text, config)
    assert meta.published is None
    assert meta.dateline == "Moscow"
    assert meta.outlet == "TASS"


@pytest.mark.parametrize("line, place", [
    ("Kyiv (AFP) – Ukrainian President Volodymyr Zelensky on Tuesday called for tough new sanctions.", "Kyiv"),
    ("Vatican City (AFP) - Pope Leo XIV said on Tuesday that the Vatican was ready to host talks.", "Vatican City"),
    # a name and a bracket in a sentence is no dateline
    ("Zelensky (pictured) said on Tuesday that Ukraine was ready for talks in any format.", None),
])
def test_a_dateline_in_title_case_before_an_agency(config, line, place):
    assert meta_of(f"Headline about the talks in Istanbul today\n{line}\n", config).dateline == place


@pytest.mark.parametrize("text, published, place", [
    # a date stamp under the byline, then the lead's dateline: both
    ("Iran says talks will go on\nBy Jane Doe\nMay 23, 2025\nMUSCAT, Oman (AP) — Iran's foreign minister said "
     "on Friday that talks would go on.\n", "2025-05-23", "Muscat"),
    # the date inside the dateline itself
    ("Kremlin says talks will go on\nMOSCOW, May 20, 2025 (Reuters) - The Kremlin said on Tuesday that talks "
     "with Kyiv would go on.\n", "2025-05-20", "Moscow"),
    # a lead without a dateline, and a later paragraph that opens like one, give the stamp alone
    ("Talks will go on\nMay 23, 2025\nThe Kremlin said on Friday that talks would go on.\n"
     "Kyiv (AFP) – a later paragraph quoting another wire.\n", "2025-05-23", None),
])
def test_a_date_stamp_and_the_leads_dateline(config, text, published, place):
    meta = meta_of(text, config)
    assert (meta.published, meta.dateline) == (published, place)


def test_a_stamp_with_the_clock_glued_to_the_year_and_a_dateline_of_two_cities(config):
    text = ("Russia hands Ukraine peace terms\nJune 3, 20255:42 PM GMT+1Updated 2 hours ago\n"
            "ISTANBUL/MOSCOW, June 3 (Reuters) - Russia handed Ukraine a memorandum on Monday.\n")
    meta = meta_of(text, config)
    assert (meta.published, meta.dateline, meta.outlet) == ("2025-06-03", "Istanbul/Moscow", "Reuters")


def test_outlet_from_title_suffix_not_from_cited_outlets(config):
    text = ("Talks stall as envoys leave Geneva without a deal on prisoners\n"
            "Bloomberg reported that the talks had stalled, citing two officials familiar with them.\n"
            "Envoys leave Geneva without deal on prisoners and ceasefire timing – Example Gazette\n")
    meta = meta_of(text, config)
    assert meta.outlet == "Example Gazette"
    assert meta.title == "Envoys leave Geneva without deal on prisoners and ceasefire timing"
    assert meta.published is None


def test_a_footer_menu_of_links_names_no_outlet_nor_headline(config):
    """'Terms of Use | Privacy Policy | Contact Us' ends like 'Headline | Outlet', but is a menu."""
    text = ("Envoys leave Geneva without a deal on prisoners\n"
            "Published 28 July 2025\n"
            "The envoys left Geneva on Monday without agreeing on an exchange of prisoners.\n"
            "© 2025 Example Media Group. All rights reserved.\n"
            "Terms of Use | Privacy Policy | Contact Us\n")
    meta = meta_of(text, config)
    assert (meta.outlet, meta.title) == ("Example Media Group", "Envoys leave Geneva without a deal on prisoners")


@pytest.mark.parametrize("byline, outlet", [
    ("Guardian staff and agencies", "The Guardian"),
    ("By Moscow Times Reporters", "The Moscow Times"),
    ("Example Gazette staff", None),  # an outlet no list knows is not taken from a byline
])
def test_a_staff_byline_names_a_listed_outlet(config, byline, outlet):
    text = (f"Envoys leave Geneva without a deal on prisoners\n{byline}\nMay 20, 2025\n"
            "Negotiators from both sides left Geneva on Monday without agreeing on a prisoner exchange.\n")
    assert meta_of(text, config).outlet == outlet


def test_url_line(config):
    text = "URL: https://example.org/news/1\nHeadline about the talks in Istanbul today\n"
    assert meta_of(text, config).url == "https://example.org/news/1"


def test_the_url_line_is_never_the_headline_and_its_date_reads_a_stamp_either_way_round(config):
    """"02/06/2025" is 2 June or 6 February; the page's address, ".../20250602-…", says which."""
    page = ("URL: https://news.example.org/en/live-news/20250602-arden-talks-end\n"
            "Ruritania, Freedonia agree prisoner swap but no ceasefire at Arden talks\nLive news\n"
            "Issued on: 02/06/2025 - 19:45\n"
            "Arden (AFP) – Ruritania and Freedonia agreed on Monday to exchange thousands more prisoners of war.\n")
    meta = meta_of(page, config)
    assert (meta.title, meta.published) == (
        "Ruritania, Freedonia agree prisoner swap but no ceasefire at Arden talks", "2025-06-02")
    assert meta_of(page.replace("/20250602-", "/2025/02/"), config).published == "2025-02-06"
    assert meta_of(page.replace("/20250602-", "/"), config).published is None  # no way to tell


def test_a_page_without_a_date_of_its_own_is_dated_by_its_address(config):
    page = ("https://www.example.org/world/2025/06/27/envoy-urges-talks/\n"
            "Envoy urges both sides to return to the table in Arden\n"
            "The envoy urged Ruritania and Freedonia to resume talks in Arden without delay.\n")
    assert meta_of(page, config).published == "2025-06-27"
    assert meta_of(page.replace("2025/06/27/", "a-20250627123/"), config).published is None  # an id


def test_a_listed_outlets_name_alone_counts_only_at_the_top(config):
    """A logo's text above the headline names the page; the same line further down is more
    likely a photo credit, and names nothing."""
    menu = "".join(f"{word}\n" for word in ("Menu", "Search", "World", "Politics", "Business", "Sport", "Opinion",
                                             "Culture", "Video"))
    body = ("Envoys leave Geneva without a deal on prisoners\n" + menu.replace("Menu", "Share")
            + "Negotiators from both sides left Geneva on Monday without agreeing on a prisoner exchange.\n")
    top = extract_metadata(clean_lines("Reuters\n" + menu + body, config.boilerplate), config)
    assert top.outlet == "Reuters"
    assert top.title == "Envoys leave Geneva without a deal on prisoners", "found below a nine-line menu"
    lower = ("Envoys leave Geneva without a deal on prisoners\n"
             "Negotiators from both sides left Geneva on Monday without agreeing on a prisoner exchange.\n"
             "The talks are expected to resume in the coming weeks, officials from both delegations said.\n"
             "The delegations met in a hotel by the lake for two days of talks on the exchange of prisoners.\n"
             "Officials said the two sides had exchanged lists of names but could not agree on the numbers.\n"
             "A second round of talks could take place in June, according to a diplomat close to the talks.\n"
             "The mediators said they remained hopeful that an agreement could be reached within weeks.\n"
             "Negotiators are expected to return to Geneva after consulting their governments at home.\n"
             "Reuters\n"
             "Families of the prisoners gathered outside the hotel, holding photographs of their relatives.\n")
    assert extract_metadata(clean_lines(lower, config.boilerplate), config).outlet is None


TAGLINE_PAGE = ("Exclusive news, data and analytics for financial market professionals\n"
                "Russia hands Ukraine peace memorandum at Istanbul talks, demands territory\n"
                "June 2, 2025\n"
                "Russia handed Ukraine a memorandum on Monday setting out its conditions for ending the war, "
                "demanding that Kyiv cede more territory.\n")
LIVE_BLOG_PAGE = ("Trump-Putin call taking place; Italians say UK peace plan 'risky'\n"
                  "In pictures: Putin addresses business leaders in Moscow before call\n"
                  "Putin addressed business leaders in Moscow this morning, before his call with Trump.\n")


@pytest.mark.parametrize("page, headline", [
    # a site's tagline above the headline shares no word with the story
    (TAGLINE_PAGE, "Russia hands Ukraine peace memorandum at Istanbul talks, demands territory"),
    # a live blog opens on its latest entry, whose heading shares more words than the headline does
    (LIVE_BLOG_PAGE, "Trump-Putin call taking place; Italians say UK peace plan 'risky'"),
])
def test_the_headline_is_the_first_heading_that_shares_words_with_the_story(config, page, headline):
    assert meta_of(page, config).title == headline


def test_a_headline_set_in_capitals_is_the_title_when_there_is_no_other(config):
    text = ("WORLD NEWS\nPUTIN AGREES TO WORK ON PEACE MEMORANDUM AFTER CALL WITH TRUMP\nMay 19, 2025\n"
            "Russian President Vladimir Putin said on Monday that Moscow was ready to work on a memorandum.\n")
    assert meta_of(text, config).title == "PUTIN AGREES TO WORK ON PEACE MEMORANDUM AFTER CALL WITH TRUMP"


def test_a_headline_asking_a_question_is_the_title_when_it_opens_the_page(config):
    text = ("Explained: What does Russia want from Ukraine?\nBy Europe editor\n20 May 2025\n"
            "What is Russia demanding?\n"
            "Russia wants Ukraine to withdraw its forces from the four regions it partly occupies.\n")
    assert meta_of(text, config).title == "Explained: What does Russia want from Ukraine?"
    # a question further down, after the story has begun, is the story's own
    text = ("May 20, 2025\nRussia wants Ukraine to withdraw its forces from the four regions it partly occupies.\n"
            "But what does Ukraine say about the demand?\n")
    assert meta_of(text, config).title is None


def test_a_government_sites_masthead_is_not_the_headline(config):
    text = ("President of Ukraine Official website\nNews\n"
            "Volodymyr Zelenskyy held a phone conversation with the President of the United States\n"
            "19 May 2025 - 22:10\n"
            "President of Ukraine Volodymyr Zelenskyy had a conversation with President of the United States Donald "
            "Trump.\n")
    assert meta_of(text, config).title == ("Volodymyr Zelenskyy held a phone conversation with the President of the "
                                           "United States")


@pytest.mark.parametrize("headline, title", [
    ("UPDATE 2-Putin says Russia ready to work on peace memorandum with Ukraine",
     "Putin says Russia ready to work on peace memorandum with Ukraine"),
    ("EXCLUSIVE-Ukraine to propose leaders' meeting at Vatican", "Ukraine to propose leaders' meeting at Vatican"),
    # a hyphen inside a headline is the headline's own
    ("Trump-Putin call on 'dividing up' Ukraine's assets taking place", "Trump-Putin call on 'dividing up' Ukraine's "
                                                                       "assets taking place"),
])
def test_a_wire_version_mark_is_no_part_of_the_title(config, headline, title):
    text = (f"{headline}\nMay 19, 2025\nMOSCOW, May 19 (Reuters) - Russian President Vladimir Putin said on Monday "
            "that Moscow was ready to work with Ukraine on a memorandum.\n")
    assert meta_of(text, config).title == title


def test_a_masthead_of_labels_is_not_the_headline_and_names_the_outlet(config):
    """"Middle East Eye | Sudan" above the headline shares a word with the story, but it is the
    site's name and section: the headline is the next heading, the outlet the first label."""
    page = ("Middle East Eye | Sudan\n"
            "Sudan's army rejects truce proposal as paramilitary group accepts it\n"
            "Published date: 6 November 2025 14:05 GMT\n"
            "The Sudanese army has rejected a proposal for a three-month humanitarian truce, officials said.\n"
            "The army chief said on Wednesday that there would be no truce while fighters held the cities.\n")
    meta = meta_of(page, config)
    assert (meta.outlet, meta.title) == (
        "Middle East Eye", "Sudan's army rejects truce proposal as paramilitary group accepts it")


def test_a_listed_outlet_on_the_line_under_the_byline_names_the_page(config):
    page = ("Africa\n"
            "DR Congo and Rwanda sign peace deal in Washington\n"
            "By Jane Doe\nBBC News\n27 June 2025\n"
            "The foreign ministers of the two countries have signed a peace agreement in Washington.\n"
            "Reuters contributed to this story about the agreement signed on Friday.\n")
    meta = meta_of(page, config)
    assert (meta.outlet, meta.published) == ("BBC News", "2025-06-27")


MASTHEAD_CASES = [
    # the motto under the masthead shares words with the story, but is no headline
    ("The Moscow Times\nIndependent News From Russia\nNews | Ukraine War\n"
     "Kremlin Rejects European Ceasefire Ultimatum as Istanbul Talks Loom\nJune 1, 2025\n"
     "The Kremlin on Sunday dismissed a European demand for an immediate ceasefire, saying Russia would "
     "not negotiate under threat of sanctions, independent of what Kyiv does.\nSupport The Moscow Times!\n",
     "The Moscow Times", "Kremlin Rejects European Ceasefire Ultimatum as Istanbul Talks Loom"),
    # nor is the masthead itself, even when it shares a word with the lead
    ("South China Morning Post\nChina\nBeijing demands an end to arms sales after the latest deal\n"
     "Foreign ministry says Washington must stop the sales and warns of resolute countermeasures\n"
     "Published: 8:30pm, 14 Nov 2025\nBeijing has demanded that Washington cancel the arms sale and stop all "
     "military contact, the foreign ministry said.\n",
     "South China Morning Post", "Beijing demands an end to arms sales after the latest deal"),
    # but the line under the masthead is the headline when it tells the story better than the
    # agency's credit line under it does
    ("The Hindu\n\nUN envoy urges both sides to return to dialogue\n\nImage\n\nPress Trust of India Geneva\n"
     "As talks between Ruritania and Freedonia stalled, the UN envoy on Monday urged both sides to return "
     "to dialogue and exercise restraint.\n",
     "The Hindu", "UN envoy urges both sides to return to dialogue"),
    # a government office's own site: its name is the outlet
    ("The Ministry of Foreign Affairs of the Russian Federation\nNews\n"
     "Foreign Ministry statement on the latest round of EU sanctions\n20 May 2025 17:05\n"
     "We strongly condemn the adoption by the European Union of another package of measures against Russia.\n",
     "The Ministry of Foreign Affairs of the Russian Federation",
     "Foreign Ministry statement on the latest round of EU sanctions"),
    # ... and so is an international body's organ's
    ("Council of the European Union\nPress release\n20 May 2025 11:20\n"
     "Russia's war against Ukraine: Statement by the High Representative on behalf of the EU\n"
     "The European Union reiterates its unwavering support for Ukraine's independence and sovereignty.\n",
     "Council of the European Union", "Russia's war against Ukraine: Statement by the High Representative on behalf "
                                      "of the EU"),
    # a listed outlet alone on the line under the headline
    ("Lavrov: Russia will not accept any ultimatums from the West\nInterfax\n20 May 2025 14:10\n"
     "Russian Foreign Minister Sergei Lavrov said on Tuesday that Moscow would not accept any ultimatums.\n",
     "Interfax", "Lavrov: Russia will not accept any ultimatums from the West"),
    # the outlet's byline with the agencies it draws on (not "By Jane Doe, Outlet")
    ("euronews\nTrump-Putin call: Kremlin says no timeframes for Ukraine ceasefire\n"
     "By Euronews with AP, AFP\nPublished on 20/05/2025 - 9:41 GMT+2\n"
     "The Kremlin said on Tuesday that there were no deadlines for drafting a memorandum on peace.\n",
     "Euronews", "Trump-Putin call: Kremlin says no timeframes for Ukraine ceasefire"),
    # a listed outlet's other name ends the headline, before the date
    ("Skip to content\nEU urges Serbia and Kosovo to implement normalization deal – DW – 06/27/2025\n"
     "June 27, 2025\nThe EU's foreign policy chief on Friday urged Serbia and Kosovo to implement the deal.\n",
     "Deutsche Welle", "EU urges Serbia and Kosovo to implement normalization deal"),
    # the site's section between bars is no part of the headline
    ("Thailand and Cambodia agree to 'unconditional' ceasefire | Conflict News | Al Jazeera\n"
     "Published On 28 Jul 2025\nThailand and Cambodia have agreed to an immediate and unconditional ceasefire.\n",
     "Al Jazeera", "Thailand and Cambodia agree to 'unconditional' ceasefire"),
    # the outlet joined to the headline by a hyphen alone
    ("Ruritania ready to play constructive role in Arden talks: FM spokesperson-Xinhua\nSource: Xinhua\n"
     "2025-06-16 19:02:15\nRuritania is ready to continue playing a constructive role, a spokesperson said.\n",
     "Xinhua", "Ruritania ready to play constructive role in Arden talks: FM spokesperson"),
    # a listed site's name with "and" in it, after a bar
    ("Secretary-General Calls for Immediate De-escalation in Arden | Meetings Coverage and Press Releases\n"
     "12 March 2025\nThe Secretary-General is deeply alarmed by the continued offensive in Arden.\n",
     "UN Meetings Coverage and Press Releases", "Secretary-General Calls for Immediate De-escalation in Arden"),
    # a listed outlet's appeal for support at the foot of the page
    ("Ruritania ready for talks in any format, president says\nby Jane Doe May 19, 2025 11:58 PM 3 min read\n"
     "Ruritania is ready for direct talks with Freedonia in any format, the president said on Monday.\n"
     "Consider supporting the Kyiv Independent.\n",
     "The Kyiv Independent", "Ruritania ready for talks in any format, president says"),
    # an outlet's name with "of" in it
    ("Secretary's Call with the Arden Foreign Minister - United States Department of State\nReadout\n"
     "August 5, 2025\nThe Secretary spoke today with the Arden Foreign Minister about the ceasefire.\n",
     "U.S. Department of State", "Secretary's Call with the Arden Foreign Minister"),
]


@pytest.mark.parametrize("page, outlet, title", MASTHEAD_CASES)
def test_the_masthead_names_the_outlet_and_is_not_the_headline(config, page, outlet, title):
    meta = meta_of(page, config)
    assert (meta.outlet, meta.title) == (outlet, title)


def test_an_agency_under_the_byline_and_a_place_before_the_date(config):
    """AP sets "The Associated Press" under the byline and "DUBAI, United Arab Emirates — May 20,
    2025" over the lead: the listed outlet without its article, and a date after the place."""
    text = ("Iran says it will not give up enrichment as talks stall\nBy Jane Doe and John Roe\n"
            "The Associated Press\nDUBAI, United Arab Emirates — May 20, 2025\n"
            "Iran's supreme leader on Tuesday dismissed the latest demands as excessive and outrageous.\n")
    meta = meta_of(text, config)
    assert (meta.outlet, meta.published, meta.dateline) == ("Associated Press", "2025-05-20", "Dubai")


def test_a_masthead_of_a_listed_outlet_and_a_few_words_names_the_page(config):
    page = ("Le Monde in English\nInternational\n"
            "Finnish president says Russia must accept a ceasefire first\n"
            "Published on May 22, 2025, at 6:00 pm (Paris)\n"
            "Finland's president said Russia must accept an unconditional ceasefire before any talks.\n")
    assert meta_of(page, config).outlet == "Le Monde"


def test_a_copyright_line_may_name_an_outlet_with_an_apostrophe(config):
    page = ("EU envoy presses both sides to implement the deal\nJune 12, 2025\n"
            "The envoy urged both sides to implement the agreement they reached two years ago.\n"
            "Copyright © 2025 Arden's Daily Online. All Rights Reserved.\n")
    assert meta_of(page, config).outlet == "Arden's Daily Online"


@pytest.mark.parametrize("line", ["Copyright (c) 2025. RFE/RL, Inc. All Rights Reserved.",
                                  "© 2024-2025 RFE/RL"])
def test_a_copyright_line_names_the_outlet(config, line):
    page = ("EU envoy presses both sides to implement the deal\nJune 12, 2025\n"
            "The envoy urged both sides to implement the agreement they reached two years ago.\n" + line + "\n")
    assert meta_of(page, config).outlet == "Radio Free Europe/Radio Liberty"


@pytest.mark.parametrize("page, title, published", [
    # a transcript dated by its headline; a spokesperson's "Name, Title" byline is no headline
    ("Department Press Briefing – May 20, 2025\n"
     "Jane Doe, Department Spokesperson\n"
     "Washington, D.C.\n"
     "MS DOE: Good afternoon, everyone. The Secretary spoke this morning with the foreign minister.\n"
     "QUESTION: Does the United States still support a 30-day ceasefire?\n",
     "Department Press Briefing – May 20, 2025", "2025-05-20"),
    # a headline set as sentences is the title when the date stamp is under it
    ("Meduza\nNews\n"
     "'Ready to work on a memorandum' Putin and Trump talk for two hours. Here's what they said.\n"
     "12:04 am, May 20, 2025\n"
     "On May 19, Vladimir Putin and Donald Trump spoke by phone for more than two hours, the Kremlin said.\n",
     "'Ready to work on a memorandum' Putin and Trump talk for two hours. Here's what they said.", "2025-05-20"),
    # the line under the masthead is the headline when key points follow the stamp
    ("ABC News\nNovak agrees to work on a memorandum after call with Doe\n"
     "By Europe correspondent Jan Roe\nPosted Tue 20 May 2025 at 5:12am\nKey points:\n"
     "Jan Novak says Ruritania is ready to work with Freedonia on a memorandum\n"
     "Jane Doe says Freedonia is ready for a full ceasefire\n"
     "Ruritanian President Jan Novak says Ruritania is ready to work with Freedonia on a memorandum "
     "outlining a possible peace accord, after a call with Jane Doe.\n",
     "Novak agrees to work on a memorandum after call with Doe", "2025-05-20"),
], ids=["transcript", "headline-as-sentences", "key-points"])
def test_the_headline_and_date_of_unusual_page_shapes(config, page, title, published):
    meta = meta_of(page, config)
    assert (meta.title, meta.published) == (title, published)


def test_a_byline_that_names_the_outlet_is_no_headline(config):
    page = ("Euractiv\nGlobal Europe\n"
            "EU ministers agree 17th sanctions package as call yields no ceasefire\n"
            "By Jane Doe | Euractiv\nMay 20, 2025\n"
            "EU foreign ministers on Tuesday approved a 17th package of sanctions against Russia.\n")
    meta = meta_of(page, config)
    assert (meta.outlet, meta.title) == ("Euractiv", "EU ministers agree 17th sanctions package as call yields no ceasefire")


def test_a_credit_line_under_a_documents_title_is_no_headline(config):
    page = ("The Arden Summit Declaration\n"
            "issued by the Heads of State and Government participating in the meeting of the Arden Council\n"
            "25 June 2025\n"
            "1. We, the Heads of State and Government of the Arden Alliance, have gathered in Port Avalon.\n"
            "Page 1 of 2\n")
    meta = meta_of(page, config)
    assert meta.title == "The Arden Summit Declaration"
    assert "Page 1 of 2" not in [line.text for line in clean_lines(page, config.boilerplate) if line.kind == "body"]

