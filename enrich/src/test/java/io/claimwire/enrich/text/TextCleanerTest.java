package io.claimwire.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleanerTest {
  private final TextCleaner cleaner = new TextCleaner();

  @Test
  void shouldDropBylineReadingTimePromptsAndTrailingFurniture() {
    String body = String.join("\n", "By Jane Roe", "5 min read", "", "The river rose 2 metres overnight.",
        "Officials evacuated 300 residents.", "Subscribe to our newsletter for daily updates.",
        "The flood is expected to peak on Sunday.", "Leave a Reply", "Visitors", "today : 88", "total : 12345",
        "Zn Gr.7(Zn-Al)");

    String clean = cleaner.clean(body);

    assertThat(clean).isEqualTo("The river rose 2 metres overnight.\n\nOfficials evacuated 300 residents.\n\n"
        + "The flood is expected to peak on Sunday.");
  }

  @Test
  void shouldDropCaptionsLinksToOtherStoriesAndSocialCounts() {
    String body = String.join("\n", "Share 3.4K", "A dam on the Orrin failed on Sunday night.",
        "Image caption: Volunteers fill 900 sandbags at the school", "Read more: Dam repairs to cost 20 million pounds",
        "Officials moved 1,100 people to higher ground.", "812 shares", "Photo: A road under water near Dunmore",
        "Image caption, Crews spent 14 hours at the breach", "Listen, we lost 60 homes, he said.");

    assertThat(cleaner.clean(body)).isEqualTo("A dam on the Orrin failed on Sunday night.\n\n"
        + "Officials moved 1,100 people to higher ground.\n\nListen, we lost 60 homes, he said.");
  }

  @Test
  void shouldJoinASentenceBrokenAcrossLinesButKeepLinesThatEndOrStartAfresh() {
    String body = String.join("\n", "Storms have cut power to",
        "about 12,000 homes in the valley, officials",
        "said on Monday.", "Crews are working overnight", "Key figures", "- 12,000 homes without power");

    assertThat(cleaner.clean(body)).isEqualTo("Storms have cut power to about 12,000 homes in the valley, officials said on"
        + " Monday.\n\nCrews are working overnight\n\nKey figures\n\n- 12,000 homes without power");
  }

  @Test
  void aLineEndingWithAWordThatEndsNoSentenceRunsOnWhateverTheNextStartsWith() {
    String body = String.join("\n", "Another 40 wells were capped, bringing the total to",
        "310 by Friday, according to the", "Water Board of Kessel and", "Lune.", "Wells capped this year, by month: to",
        "1. March: 120", "Aid is on its way from", "- 12 trucks left on Monday");

    assertThat(cleaner.clean(body)).isEqualTo("Another 40 wells were capped, bringing the total to 310 by Friday,"
        + " according to the Water Board of Kessel and Lune.\n\nWells capped this year, by month: to\n\n1. March: 120"
        + "\n\nAid is on its way from\n\n- 12 trucks left on Monday");
  }

  @Test
  void aShortLineWhoseEveryNumberCountsReadersGoesButAListOfResultsStays() {
    String body = String.join("\n", "Share this story 2.4k shares 91 comments", "A new ferry entered service on Monday.",
        "Viewed 8,315 times", "31K followers", "Readers' comments (38)", "- Harbour Party: 4,102 votes",
        "Ferry crossings: 12 a day", "Victims (12)", "Passengers left 300 comments on the plan.");

    assertThat(cleaner.clean(body)).isEqualTo("A new ferry entered service on Monday.\n\n- Harbour Party: 4,102 votes"
        + "\n\nFerry crossings: 12 a day\n\nVictims (12)\n\nPassengers left 300 comments on the plan.");
  }

  @Test
  void aShortLineOfSharingButtonsWithTheirCountsGoesButAShortLineOfResultsStays() {
    String body = String.join("\n", "Tweet 318", "A ferry ran aground off the cape on Monday.", "Pin it 42",
        "Facebook 1.1K Email", "Like 7 goals in 4 games", "Share 19 | Reply 4", "Copy link");

    assertThat(cleaner.clean(body)).isEqualTo("A ferry ran aground off the cape on Monday.\n\nLike 7 goals in 4 games"
        + "\n\nCopy link");
  }

  @Test
  void tickersWeatherAndSponsoredLinesGoButTheStorysOwnLabelledFiguresStay() {
    String body = String.join("\n", "Harbour 14°C", "NIKKEI 225 38,201.7 ▼1.1%", "Brent $81.40 -0.6%", "GBP/JPY 191.32",
        "Regional index 4,210.5 ▲12.3", "Sponsored: Earn up to 4.9% on savings - apply in minutes",
        "The ferry operator carried 1,240 passengers on Friday.", "Gold 3", "Deaths 45", "Cases 1,203 +45");

    assertThat(cleaner.clean(body)).isEqualTo("The ferry operator carried 1,240 passengers on Friday.\n\nGold 3"
        + "\n\nDeaths 45\n\nCases 1,203 +45");
  }

  @Test
  void theShortLinesUnderAHeadingOfOtherStoriesGoWhateverTheirVerbs() {
    String body = String.join("\n", "A landslide blocked the valley road on Monday.", "Most read",
        "Barge stuck under bridge for 3 days", "4 hurt as tram leaves rails", "Harbour seals return in record numbers",
        "", "Crews cleared 2 of the 5 lanes by nightfall.", "In numbers", "12 roads closed", "9 bridges shut");

    assertThat(cleaner.clean(body)).isEqualTo("A landslide blocked the valley road on Monday.\n\nCrews cleared 2 of"
        + " the 5 lanes by nightfall.\n\nIn numbers\n\n12 roads closed\n\n9 bridges shut");
  }

  @Test
  void weatherRatingsLiveReaderCountsResultPagesAuthorNotesAndTimedBylinesGo() {
    String body = String.join("\n", "Light rain, high of 14", "Partly cloudy 18° / 9°", "Rated 3.5 out of 5 by 412 readers",
        "2,318 people are reading this", "Results 21 - 40 of 655", "Posted by HarbourDesk at 09:14 | 6 comments",
        "About the author: Ines Roy has reported on shipping for 11 years.",
        "The ferry carried 1,240 passengers on Friday.", "High of 14 people were hurt in the crush", "Rain fell for 6 hours");

    assertThat(cleaner.clean(body)).isEqualTo("The ferry carried 1,240 passengers on Friday.\n\nHigh of 14 people were hurt"
        + " in the crush\n\nRain fell for 6 hours");
  }

  @Test
  void shouldKeepOrdinaryParagraphs() {
    assertThat(cleaner.clean("First paragraph.\n\n\nSecond paragraph by the river."))
        .isEqualTo("First paragraph.\n\nSecond paragraph by the river.");
  }

  @Test
  void furnitureToldByItsShapeGoesAndTheStoryStays() {
    String body = String.join("\n", "By Omar Haddad | 6 min read | Updated 3 hours ago", "Likes 1.2K · Comments 57",
        "Photo 4 of 9", "Dam overflows after week of rain",
        "The reservoir rose 4 metres in a week, the water authority said.",
        "Save 40% on your first year - subscribe today for $2.49 a month",
        "Engineers opened 3 spillways on Thursday.", "Page 2/5", "Posted 20 mins ago",
        "Popular now", "1. Mayor quits after 9 years", "2. School roof repairs to cost 2 million",
        "", "3. Six dishes to try this autumn", "4. Driver, 52, fined for speeding");

    assertThat(cleaner.clean(body)).isEqualTo("Dam overflows after week of rain\n\n"
        + "The reservoir rose 4 metres in a week, the water authority said.\n\n"
        + "Engineers opened 3 spillways on Thursday."); // "Popular now" heads the list of other stories and goes with it
  }

  @Test
  void listsAndTablesOfTheStoryItselfStay() {
    String steps = String.join("\n", "The plan has three parts:", "1. The council will hire 40 wardens.",
        "2. Parking fees rise by 10%.", "3. Two new bus lanes open in May.");
    assertThat(cleaner.clean(steps)).as("numbered items that are sentences").contains("hire 40 wardens",
        "rise by 10%", "Two new bus lanes");
    String budget = String.join("\n", "- $3.1 million for flood defences", "- $900,000 for road repairs",
        "- $450,000 for school meals");
    assertThat(cleaner.clean(budget)).as("a budget list with no numbering").contains("$3.1 million", "$900,000",
        "$450,000");
    assertThat(cleaner.clean("Deaths | 45\nInjured | 120")).as("a table of the story's figures")
        .contains("Deaths | 45", "Injured | 120");
    assertThat(cleaner.clean("Get ready for 3 days of heavy rain, forecasters said on Monday."))
        .as("a sentence that starts like a prompt but ends one").isNotEmpty();
    assertThat(cleaner.clean("Save the Children said 40% of the pupils had no books."))
        .as("an organisation's name that starts like a prompt").contains("40%");
  }

  @Test
  void shopPricesReadingTimesAndOtherStoriesHeadlinesGo() {
    String body = String.join("\n", "Reading time: 4 minutes", "The ferry service resumed on Friday after 9 days.",
        "Limited offer: 3 for £12 on garden plants", "Was $79.99, now $49.99 - order today",
        "The operator said 2,300 passengers travelled on the first day.", "You might like",
        "Harbour fees to rise by 8%", "Two boats damaged in overnight storm", "Share this article",
        "Facebook | Email");

    assertThat(cleaner.clean(body)).isEqualTo("The ferry service resumed on Friday after 9 days.\n\n"
        + "The operator said 2,300 passengers travelled on the first day.");
  }

  @Test
  void otherStoriesNumberedWithoutStopsAndBracketedCountersGo() {
    String body = String.join("\n", "The bridge reopened on Monday after 11 weeks of repairs.", "Comments (212)",
        "Shares (1.4k)", "Most popular", "1 Teacher banned after exam leak", "2 Plans for 350 flats rejected", "",
        "Top stories", "1 Harbour fees to rise by 8%", "2 Dog rescued from cliff ledge", "3 Four arrested after raid");

    assertThat(cleaner.clean(body)).isEqualTo("The bridge reopened on Monday after 11 weeks of repairs.");
  }

  @Test
  void aLineThatOpensWithAFigureIsNoListItem() {
    String body = String.join("\n", "Flooding closed roads across the county.", "3 Schools shut early on Friday",
        "12 Homes were evacuated, the fire service said.");

    assertThat(cleaner.clean(body)).contains("3 Schools shut early", "12 Homes were evacuated");
  }

  @Test
  void aFactBoxOfTheStorysOwnFiguresIsNoListOfOtherStories() {
    String body = String.join("\n", "The quake struck at dawn, officials said.", "Key figures",
        "Homes destroyed 300", "People displaced 12,000", "Deaths 45");

    assertThat(cleaner.clean(body)).contains("Deaths 45", "Homes destroyed 300", "People displaced 12,000");
  }

  @Test
  void headlinesUnderAHeadingWithAColonAndLinksAfterABarGo() {
    String body = String.join("\n", "The council approved 240 new homes on Tuesday.", "Read more:",
        "Bus fares to rise by up to 15%", "School adds 90 places for autumn", "Also Read | Rents climb 7% in a year",
        "See also - Parking fines up 12% in the city centre", "The first homes should be ready in 2027.");

    assertThat(cleaner.clean(body)).isEqualTo("The council approved 240 new homes on Tuesday.\n\n"
        + "The first homes should be ready in 2027.");
  }

  @Test
  void aNavigationBarAndDatedLinksWithAColonGo() {
    String body = String.join("\n", "Home | News | Sport | Weather | 18°C",
        "The depot fire destroyed 14 buses on Sunday, the operator said.", "Related stories",
        "Depot owner fined over safety breaches (4 Mar)", "Bus strike: 6 things commuters need to know (12 Feb)",
        "Council buys 20 electric buses");

    assertThat(cleaner.clean(body)).isEqualTo("The depot fire destroyed 14 buses on Sunday, the operator said.");
  }

  @Test
  void aTableRowWithFiguresIsNoNavigationBar() {
    String body = String.join("\n", "Deaths by region:", "North | 45 | 120 | 12", "South | 30 | 80 | 4");

    assertThat(cleaner.clean(body)).contains("North | 45 | 120 | 12", "South | 30 | 80 | 4");
  }
}
