package io.claimwire.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
  static final double THRESHOLD = 0.4; // the sequencer's

  private static final String STORY = "Flood waters rose through the night across the lower valley, forcing emergency "
      + "crews to close the main bridge before dawn. At least 1,200 residents were evacuated from riverside homes in "
      + "Marrow County, the county emergency director said on Tuesday. \"We moved people early and that saved lives,\" "
      + "she told reporters at a shelter set up in the high school gym. Firefighters pulled 37 people from cars and "
      + "rooftops over the past 24 hours, the fire service said. Forecasters warned that up to 90 mm of rain could "
      + "fall before the weekend, and the river is expected to crest on Thursday afternoon. Local businesses along "
      + "the waterfront said it could take weeks before trade returns to normal.";

  @Test
  void shouldFindSyndicatedCopiesWithTheirUsualChanges() {
    NearDuplicates index = new NearDuplicates(THRESHOLD);
    index.add("original", NearDuplicates.signature(STORY));
    List<String> copies = List.of(
        "By Staff Reporter\n\n" + STORY + "\n\nCopyright Coast Wire. All rights reserved.",
        STORY.replace("Local businesses along the waterfront said it could take weeks before trade returns to normal.", ""),
        "Editor's note: this story has been updated with comment from the fire service. " + STORY,
        STORY.replace("\"", "“").replace("’", "'"),
        STORY.replace(". ", ".\n"));
    for (String copy : copies) {
      assertThat(index.find(NearDuplicates.signature(copy))).as(copy).get()
          .satisfies(m -> assertThat(m.id()).isEqualTo("original"))
          .satisfies(m -> assertThat(m.similarity()).isGreaterThanOrEqualTo(THRESHOLD));
    }
  }

  @Test
  void shouldNotMergeDistinctArticlesOnTheSameStoryThatShareFigures() {
    NearDuplicates index = new NearDuplicates(THRESHOLD);
    index.add("original", NearDuplicates.signature(STORY));
    String other = "Marrow County officials ordered the evacuation of at least 1,200 residents as the river burst its "
        + "banks on Tuesday. Rescue teams said they had pulled 37 people to safety in the past 24 hours, many of them "
        + "stranded in vehicles on flooded roads. The weather service expects up to 90 mm of additional rainfall. "
        + "Shop owners near the river began stacking sandbags, and the regional council said it would review its "
        + "flood defences once the water receded.";
    assertThat(index.find(NearDuplicates.signature(other))).isEmpty();
  }

  @Test
  void shouldPickTheClosestOfSeveralEarlierArticles() {
    NearDuplicates index = new NearDuplicates(THRESHOLD);
    Random random = new Random(20261122L);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      texts.add(randomArticle(random));
      index.add("a" + i, NearDuplicates.signature(texts.get(i)));
    }
    String copy = "Breaking: " + texts.get(137) + " More to follow.";

    assertThat(index.find(NearDuplicates.signature(copy))).get().extracting(NearDuplicates.Match::id).isEqualTo("a137");
    assertThat(index.find(NearDuplicates.signature(randomArticle(random)))).isEmpty();
    assertThat(index.size()).isEqualTo(200);
  }

  @Test
  void shouldKeepTheFirstSignatureOfAnIdAndRefuseABadThreshold() {
    NearDuplicates index = new NearDuplicates(THRESHOLD);
    index.add("x", NearDuplicates.signature(STORY));
    index.add("x", NearDuplicates.signature("Something else entirely, written for another day and place."));
    assertThat(index.size()).isEqualTo(1);
    assertThat(index.find(NearDuplicates.signature(STORY))).isPresent();
    assertThatThrownBy(() -> new NearDuplicates(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NearDuplicates(1.5)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldSignShortAndEmptyTexts() {
    assertThat(NearDuplicates.similarity(NearDuplicates.signature("Two words"), NearDuplicates.signature("two words!")))
        .isEqualTo(1.0);
    assertThat(NearDuplicates.similarity(NearDuplicates.signature(""), NearDuplicates.signature(STORY))).isLessThan(0.1);
  }

  @Test
  void shouldRejectACopyWhoseNumbersDiffer() {
    // a templated report on another event: the same prose, other figures
    String template = "Crews from %d stations worked through the night in the valley, and %d homes were reported "
        + "damaged by early morning, while %d residents spent the night in shelters run by the county and volunteers.";
    NearDuplicates index = new NearDuplicates(0.5);
    index.add("a", NearDuplicates.signature(String.format(template, 12, 340, 1800)));
    byte[] other = NearDuplicates.signature(String.format(template, 7, 95, 640));
    assertThat(NearDuplicates.similarity(other, NearDuplicates.signature(String.format(template, 12, 340, 1800))))
        .as("the prose alone would call it a copy").isGreaterThan(0.3);
    assertThat(index.find(other)).isEmpty();
    assertThat(index.find(NearDuplicates.signature("Editor's note: first published by the Post. "
        + String.format(template, 12, 340, 1800)))).isPresent();
  }

  private static final String[] WORDS = ("council river bridge market school harbour railway clinic orchard quarry "
      + "ferry library festival tunnel reservoir stadium factory vineyard airport lighthouse depot warehouse museum "
      + "garrison canal hospital pier mill brewery chapel storm flood fire crews residents officials police mayor")
      .split(" ");

  private static String randomArticle(Random random) {
    StringBuilder sb = new StringBuilder();
    for (int w = 0; w < 120; w++) {
      sb.append(WORDS[random.nextInt(WORDS.length)]).append(w % 15 == 14 ? ". " : " ");
    }
    return sb.toString();
  }
}
