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
      "villagers; residents", "children; kids", "ruling Unity Party; Unity Party", "Valmora's Unity Party; Unity Party", "residents; people", "teachers; members", "miners; workers"})
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
  void aClaimWithoutMeasureOrWithNothingCountedHasNoTopic() {
    assertThat(FigureTopics.topicKey(null, "rose", "percent")).as("a change of nothing named").isEmpty();
    assertThat(FigureTopics.topicKey("residents", null, null)).isEmpty();
    assertThat(FigureTopics.topicKey("  ", " ", null)).isEmpty();
  }

  @ParameterizedTest(name = "{0} / {1} and {2} / {3} share a topic")
  @CsvSource(delimiter = ';', nullValues = "-", value = {
      // a count of people that names nothing counted, or only its own measure
      "-; killed; people; killed", "the official death toll; the official death toll; people; died",
      "official toll; official toll; victims; deaths",
      // how people are named in a count
      "workers; killed; people; killed", "passengers; missing; people; missing", "protesters; arrested; people; detained",
      // a plain verb read with what it counts
      "people; forced; people; displaced", "bodies; recovered; people; killed", "crowd; put; people; marched",
      "people; took part; demonstrators; joined", "posts; go; jobs; cut",
      // modifiers that do not change the question, a capital that only starts the sentence, a place after a preposition
      "third-quarter profit; third-quarter profit; quarterly profit; quarterly profit",
      "club-record fee; club-record fee; fee; fee", "Food prices; rose; food prices; rose",
      "Annual inflation in the country; annual inflation in the country; inflation; inflation",
      "Revenue; fell; revenue; fell", "Third-quarter revenue; fell; revenue; fell", "people; infected; cases; cases", "-; number of people killed; people; killed",
      // a plain verb whose subject names the measure, a day named alone is when it was said
      "death toll; put; -; killed", "key rate; lifted; main interest rate; main interest rate",
      // who was aboard, who was pulled from the water, soldiers helping
      "-; in favor; -; in favour", "passengers; passengers; people; carrying", "people; pulled; survivors; rescued", "soldiers; helping; troops; deployed",
      // a strike, however it is told; people directed to leave; crews at work
      "teachers; strike; members; walked out", "striking teachers; striking teachers; teachers; strike",
      "residents; told to leave; people; evacuated", "firefighters; battling; firefighters; fighting",
      // shops shut, prisoners who got out, homes without power, jobs at risk or lost
      "stores; close; shops; shut", "inmates; escaped; prisoners; broke out", "homes; without power; households; lost power",
      "jobs; at risk; jobs; cost"})
  void wordingsOfOneQuestionMeet(String s1, String m1, String s2, String m2) {
    assertThat(FigureTopics.topicKey(s1, m1, null)).isPresent().isEqualTo(FigureTopics.topicKey(s2, m2, null));
  }

  @Test
  void anAreaCountsItselfWhateverTheClauseSubject() {
    assertThat(FigureTopics.topicKey("wildfire in the hills", "burned", "hectare")).isPresent()
        .isEqualTo(FigureTopics.topicKey("fire", "scorched", "hectare"))
        .isEqualTo(FigureTopics.topicKey("Ashby hills wildfire", "consumed", "hectare"))
        .isNotEqualTo(FigureTopics.topicKey("fire", "burned", "acre"));
    assertThat(FigureTopics.topicKey("Temperatures", "reached", "celsius")).as("a temperature is itself").isPresent()
        .isEqualTo(FigureTopics.topicKey(null, "measured", "celsius"));
    assertThat(FigureTopics.topicKey("employees", "laying off", null)).isPresent()
        .isEqualTo(FigureTopics.topicKey("jobs", "cut", null));
    assertThat(FigureTopics.topicKey("oil", "consumed", "barrel"))
        .isNotEqualTo(FigureTopics.topicKey("fire", "consumed", "hectare"));
  }

  @ParameterizedTest(name = "{0} / {1} and {2} / {3} stay apart")
  @CsvSource(delimiter = ';', nullValues = "-", value = {
      "-; killed; -; wounded", "children; killed; people; killed", "soldiers; killed; people; killed",
      "people; evacuated; people; displaced", "food prices; rose; energy prices; rose",
      "inflation; forecast inflation; inflation; inflation", "North Korean soldiers; killed; soldiers; killed",
      "operating profit; operating profit; net profit; net profit", "people; counted; bodies; counted",
      "suspected cases; suspected cases; cases; cases", "-; forecast expected inflation; inflation; inflation"})
  void differentQuestionsStayApart(String s1, String m1, String s2, String m2) {
    assertThat(FigureTopics.topicKey(s1, m1, null)).isNotEqualTo(FigureTopics.topicKey(s2, m2, null));
  }

  @Test
  void aSubjectThatOnlyNamesTheMeasureIsNoHeadAttribute() {
    assertThat(FigureTopics.headClass("the official toll", "official toll")).isNull();
    assertThat(FigureTopics.headClass("workers", "killed")).isEqualTo("people");
    assertThat(FigureTopics.headClass(null, "killed")).isNull();
  }

  @Test
  void underAGroupTheHeadIsAnAttributeAndABareDemonymMatchesAny() {
    FigureTopics.Subject bare = FigureTopics.subject("Chileans");
    FigureTopics.Subject troops = FigureTopics.subject("Chilean troops");
    FigureTopics.Subject civilians = FigureTopics.subject("Chilean civilians");
    assertThat(bare.key()).isEqualTo(troops.key()).isEqualTo(civilians.key()).isEqualTo("chilean");
    assertThat(TopicAttributes.headsMatch(bare.headClass(), troops.headClass())).isTrue();
    assertThat(TopicAttributes.headsMatch(civilians.headClass(), troops.headClass())).isFalse();
  }

  @Test
  void locationsMatchWhenMissingOrSharingAPlaceWord() {
    assertThat(TopicAttributes.locationsMatch(null, "Atacama")).isTrue();
    assertThat(TopicAttributes.locationsMatch("Atacama region", "Chile's Atacama Province")).isTrue();
    assertThat(TopicAttributes.locationsMatch("Atacama region", "Santiago")).isFalse();
    assertThat(TopicAttributes.periodsMatch("past week", null)).isTrue();
    assertThat(TopicAttributes.periodsMatch("past week", "Past week")).isTrue();
    assertThat(TopicAttributes.periodsMatch("past week", "per day")).isFalse();
    // a rate is another question than a count with no period
    assertThat(TopicAttributes.periodsMatch("per year", null)).isFalse();
    assertThat(TopicAttributes.periodsMatch(null, "each month")).isFalse();
    assertThat(TopicAttributes.periodsMatch("a year", null)).isFalse();
    assertThat(TopicAttributes.periodsMatch("annually", null)).isFalse();
    assertThat(TopicAttributes.periodsMatch("a year ago", null)).as("a moment, not a rate").isTrue();
    assertThat(TopicAttributes.periodsMatch("per year", "Per year")).isTrue();
    assertThat(TopicAttributes.periodsMatch("Monday", "tuesday")).as("when it was said, not what it counts").isTrue();
    assertThat(TopicAttributes.periodsMatch("September", "last month")).isFalse();
    assertThat(TopicAttributes.periodsMatch("last week", "the past week")).as("one week, told two ways").isTrue();
    assertThat(TopicAttributes.periodsMatch("in the third quarter", "third-quarter")).isTrue();
    assertThat(TopicAttributes.periodsMatch("the third quarter", "the second quarter")).isFalse();
    assertThat(TopicAttributes.periodsMatch("the third quarter", "July-September")).as("one quarter by its months").isTrue();
    assertThat(TopicAttributes.periodsMatch("the April-June quarter", "Q2")).isTrue();
    assertThat(TopicAttributes.periodsMatch("the April-June quarter", "the third quarter")).isFalse();
    assertThat(TopicAttributes.periodsMatch("the first half", "January-June")).isTrue();
    assertThat(TopicAttributes.periodsMatch("Oct 4", "sunday")).as("a day by its date is a moment").isTrue();
    assertThat(TopicAttributes.periodsMatch("4 October 2026", "last week")).isTrue();
    assertThat(TopicAttributes.periodsMatch("October", "September")).as("a month is a span").isFalse();
  }

  @Test
  void measureNamesReadAsEnglish() {
    assertThat(FigureTopics.measureName("killed+wounded")).isEqualTo("killed or wounded");
    assertThat(FigureTopics.measureName("captured+killed+missing")).isEqualTo("captured, killed or missing");
  }

  @Test
  void aVerbWithWhatItCountsSaysMoreThanTheVerbAlone() {
    assertThat(FigureTopics.topicKey("oil", "escaped", "tonne")).contains("spilled|oil|tonne")
        .isEqualTo(FigureTopics.topicKey("oil", "leaked", "tonne"));
    assertThat(FigureTopics.topicKey("inmates", "escaped", null)).contains("escaped|prisoners|count");
  }
}
