package io.claimwire.enrich.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureTopicsTest {
  @ParameterizedTest(name = "{0} and {1} meet")
  @CsvSource(delimiter = ';', value = {
      "killed or wounded; wounded or killed", "killed or wounded; casualties", "killed or wounded; dead or injured",
      "killed; died", "killed; fatalities", "deployed; sent", "deployed; mobilized", "deployed; stationed",
      "killed, wounded, missing or captured; captured, missing, killed or wounded"})
  void synonymsAndCoordinationsShareAMeasureClass(String a, String b) {
    assertThat(FigureTopics.measureClass(a)).isEqualTo(FigureTopics.measureClass(b));
  }

  @ParameterizedTest(name = "{0} and {1} differ")
  @CsvSource(delimiter = ';', value = {"killed; killed or wounded", "killed; wounded", "evacuated; displaced",
      "killed, wounded, missing or captured; killed or wounded"})
  void distinctMeasuresStayApart(String a, String b) {
    assertThat(FigureTopics.measureClass(a)).isNotEqualTo(FigureTopics.measureClass(b));
  }

  @ParameterizedTest(name = "{0} and {1} share a topic")
  @CsvSource(delimiter = ';', value = {"Chilean soldiers; Chilean troops", "Chilean troops; Chilean personnel",
      "Chileans; Chilean servicemen", "the Chilean forces; Chilean soldiers", "residents; inhabitants",
      "villagers; residents", "children; kids"})
  void groupsAndHeadClassesMeet(String a, String b) {
    assertThat(FigureTopics.topicKey(a, "killed", null)).isPresent()
        .isEqualTo(FigureTopics.topicKey(b, "died", null));
  }

  @Test
  void topicsKeepCountsGroupsAndMeasuresApart() {
    assertThat(FigureTopics.topicKey("Chilean soldiers", "killed", null))
        .isNotEqualTo(FigureTopics.topicKey("Peruvian soldiers", "killed", null))
        .isNotEqualTo(FigureTopics.topicKey("Chilean soldiers", "wounded", null))
        .isNotEqualTo(FigureTopics.topicKey("Chilean soldiers", "killed", "percent"));
    assertThat(FigureTopics.topicKey("residents", "evacuated", null))
        .isNotEqualTo(FigureTopics.topicKey("children", "evacuated", null));
  }

  @Test
  void aClaimWithoutMeasureOrSubjectHasNoTopic() {
    assertThat(FigureTopics.topicKey(null, "killed", null)).isEmpty();
    assertThat(FigureTopics.topicKey("residents", null, null)).isEmpty();
    assertThat(FigureTopics.topicKey("  ", " ", null)).isEmpty();
  }

  @Test
  void underAGroupTheHeadIsAnAttributeAndABareDemonymMatchesAny() {
    FigureTopics.Subject bare = FigureTopics.subject("Chileans");
    FigureTopics.Subject troops = FigureTopics.subject("Chilean troops");
    FigureTopics.Subject civilians = FigureTopics.subject("Chilean civilians");
    assertThat(bare.key()).isEqualTo(troops.key()).isEqualTo(civilians.key()).isEqualTo("chilean");
    assertThat(FigureTopics.headsMatch(bare.headClass(), troops.headClass())).isTrue();
    assertThat(FigureTopics.headsMatch(civilians.headClass(), troops.headClass())).isFalse();
  }

  @Test
  void locationsMatchWhenMissingOrSharingAPlaceWord() {
    assertThat(FigureTopics.locationsMatch(null, "Atacama")).isTrue();
    assertThat(FigureTopics.locationsMatch("Atacama region", "Chile's Atacama Province")).isTrue();
    assertThat(FigureTopics.locationsMatch("Atacama region", "Santiago")).isFalse();
    assertThat(FigureTopics.periodsMatch("past week", null)).isTrue();
    assertThat(FigureTopics.periodsMatch("past week", "Past week")).isTrue();
    assertThat(FigureTopics.periodsMatch("past week", "per day")).isFalse();
    // a rate is another question than a count with no period
    assertThat(FigureTopics.periodsMatch("per year", null)).isFalse();
    assertThat(FigureTopics.periodsMatch(null, "each month")).isFalse();
    assertThat(FigureTopics.periodsMatch("a year", null)).isFalse();
    assertThat(FigureTopics.periodsMatch("annually", null)).isFalse();
    assertThat(FigureTopics.periodsMatch("a year ago", null)).as("a moment, not a rate").isTrue();
    assertThat(FigureTopics.periodsMatch("per year", "Per year")).isTrue();
  }

  @Test
  void measureNamesReadAsEnglish() {
    assertThat(FigureTopics.measureName("killed+wounded")).isEqualTo("killed or wounded");
    assertThat(FigureTopics.measureName("captured+killed+missing")).isEqualTo("captured, killed or missing");
  }
}
