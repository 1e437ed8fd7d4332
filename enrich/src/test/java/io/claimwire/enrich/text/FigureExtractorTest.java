package io.claimwire.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FigureExtractorTest {
  private final FigureExtractor extractor = new FigureExtractor();

  private Figure only(String text) {
    List<Figure> figures = Strict.figures(extractor, text);
    assertThat(figures).hasSize(1);
    return figures.get(0);
  }

  @Test
  void shouldTieFigureToMeasureSubjectLocationAndSpeaker() {
    Figure f = only("According to Health Minister Maria Oliveira, at least 230 flood victims were killed or injured "
        + "in the Douro region.");
    assertThat(f.value()).isEqualTo(230);
    assertThat(f.qualifier()).isEqualTo(Qualifier.AT_LEAST);
    assertThat(f.measure()).isEqualTo("killed or wounded");
    assertThat(f.subject()).isEqualTo("flood victims");
    assertThat(f.location()).contains("Douro");
    assertThat(f.source().name()).isEqualTo("Maria Oliveira");
    assertThat(f.source().kind()).isEqualTo(SourceRef.Kind.PERSON);
  }

  @Test
  void aWireHeadlineThatNamesItsSourceAttributesWhatNoSentenceDoes() {
    String text = "The NFRA said 12 more people had died in landslides.\n\nRoads to the valley reopened on Friday."
        + "\n\nVolunteers handed out blankets and food.\n\nIn the north, 40 homes were destroyed and 7 bridges collapsed.";

    List<Figure> fs = extractor.extractAll(text, "Landslide toll rises to 52: NFRA").figures();

    assertThat(fs).extracting(Figure::value).containsExactly(12.0, 40.0, 7.0);
    assertThat(fs).extracting(f -> f.source().name()).containsOnly("NFRA");
    assertThat(extractor.extractAll(text).figures().get(1).source().kind()).isEqualTo(SourceRef.Kind.UNATTRIBUTED);
  }

  @Test
  void aHeadlineSourceTheTextNeverNamesAttributesNothingAndAHeadlineWithoutOneChangesNothing() {
    String text = "In the north, 40 homes were destroyed and 7 bridges collapsed.";

    assertThat(extractor.extractAll(text, "Landslide toll rises to 52: NFRA").figures())
        .allMatch(f -> f.source().kind() == SourceRef.Kind.UNATTRIBUTED);
    assertThat(extractor.extractAll(text, "Landslides hit the north").figures())
        .allMatch(f -> f.source().kind() == SourceRef.Kind.UNATTRIBUTED);
  }

  @Test
  void shouldSplitCoordinatedFiguresWithTheirOwnMeasuresAndSharedSubject() {
    List<Figure> fs = Strict.figures(extractor, "Overnight, the coast guard rescued 14 and evacuated 60 stranded hikers.");
    assertThat(fs).extracting(Figure::value).containsExactly(14.0, 60.0);
    assertThat(fs.get(1).measure()).isEqualTo("evacuated");
    assertThat(fs.get(0).subject()).isEqualTo("stranded hikers");
  }

  @Test
  void shouldSeparateRelayingOutletFromCitedSource() {
    Figure f = only("Roughly 500 miners were trapped, reports Radio Norte, citing unnamed rescue officials.");
    assertThat(f.qualifier()).isEqualTo(Qualifier.APPROXIMATELY);
    assertThat(f.source().name()).contains("rescue officials");
    assertThat(f.source().via()).isEqualTo("Radio Norte");
  }

  @Test
  void shouldAttributeFigureToSpeakerOfPreviousSentenceInSameParagraph() {
    List<Figure> fs = Strict.figures(extractor, "The ministry said the storm was the worst in decades. "
        + "More than 3,400 homes lost power.\n\nSeparately, 12 schools closed.");
    assertThat(fs).extracting(Figure::value).containsExactly(3400.0, 12.0);
    assertThat(fs.get(0).source().name()).isEqualTo("ministry");
    assertThat(fs.get(0).qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(fs.get(1).source().isAttributed()).isFalse();
  }

  @Test
  void shouldExpandSurnameToFullNameSeenEarlierInArticle() {
    List<Figure> fs = Strict.figures(extractor, "Mayor Ana Whitcombe opened the shelter on Monday.\n\n"
        + "Whitcombe said 85 families had been displaced by the fire.");
    Figure f = fs.get(0);
    assertThat(f.source().name()).isEqualTo("Ana Whitcombe");
    assertThat(f.measure()).isEqualTo("displaced");
  }

  @Test
  void shouldReadNominalMeasureAndPeriod() {
    Figure f = only("The army reported over 900 casualties in the past week.");
    assertThat(f.measure()).isEqualTo("casualties");
    assertThat(f.period()).isEqualTo("past week");
    assertThat(f.source().name()).isEqualTo("army");
  }

  @Test
  void shouldTreatUpToAsUpToAndRateAsPeriod() {
    Figure f = only("Up to 700 refugees are crossing the border every day, the agency said.");
    assertThat(f.qualifier()).isEqualTo(Qualifier.UP_TO);
    assertThat(f.period()).isEqualTo("per day");
    assertThat(f.source().name()).isEqualTo("agency");
  }

  @Test
  void shouldFindNothingInEmptyOrFigurelessText() {
    assertThat(Strict.figures(extractor, "")).isEmpty();
    assertThat(Strict.figures(extractor, "The talks ended without agreement on Tuesday.")).isEmpty();
  }
}
