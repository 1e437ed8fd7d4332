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
        "Officials moved 1,100 people to higher ground.", "812 shares", "Photo: A road under water near Dunmore");

    assertThat(cleaner.clean(body)).isEqualTo("A dam on the Orrin failed on Sunday night.\n\n"
        + "Officials moved 1,100 people to higher ground.");
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
  void shouldKeepOrdinaryParagraphs() {
    assertThat(cleaner.clean("First paragraph.\n\n\nSecond paragraph by the river."))
        .isEqualTo("First paragraph.\n\nSecond paragraph by the river.");
  }
}
