package io.claimwire.enrich.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwire.schemas.avro.Claim;
import io.claimwire.schemas.avro.ClaimSource;
import io.claimwire.schemas.avro.ClaimSummary;
import io.claimwire.schemas.avro.Evidence;
import io.claimwire.schemas.avro.Qualifier;
import io.claimwire.schemas.avro.SourceKind;
import io.claimwire.schemas.avro.SummaryFigure;
import io.claimwire.schemas.avro.SummaryStatus;
import io.claimwire.schemas.avro.TopicContribution;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SummarizerTest {
  private static final String TOPIC = "evacuated|residents|count";
  private final Summarizer summarizer = new Summarizer(Summarizer.DEFAULT_TOLERANCE);
  private int ids;

  private Claim.Builder claim(String outlet, double value, Qualifier q, String source, String day) {
    return Claim.newBuilder().setClaimId("c" + (++ids)).setArticleId("a-" + outlet + "-" + day)
        .setArticleVersion(1).setOutlet(outlet).setPublishedAt(Instant.parse(day + "T08:00:00Z")).setValue(value)
        .setQualifier(q).setMeasure("evacuated").setSubject("residents")
        .setSource(ClaimSource.newBuilder().setName(source).setKind(source == null ? SourceKind.UNATTRIBUTED
            : SourceKind.PERSON).build())
        .setEvidence(Evidence.newBuilder().setSentence("s").setStart(0).setEnd(1).build()).setExtractor("t");
  }

  private static TopicContribution of(Claim... claims) {
    return TopicContribution.newBuilder().setTopicKey(TOPIC).setArticleId(claims[0].getArticleId())
        .setArticleVersion(1).setClaims(List.of(claims)).build();
  }

  private ClaimSummary summarize(TopicContribution... cs) {
    return summarizer.summarize(TOPIC, List.of(cs), 0);
  }

  @Test
  void oneOutletIsSingle() {
    ClaimSummary s = summarize(of(claim("Post", 2400, Qualifier.AT_LEAST, "Ana Ruiz", "2026-03-01").build()));
    assertThat(s.getStatus()).isEqualTo(SummaryStatus.SINGLE);
    assertThat(s.getFigures()).singleElement().satisfies(f -> assertThat(f.getIndependentOutlets()).isEqualTo(1));
    assertThat(s.getMeasure()).isEqualTo("evacuated");
  }

  @Test
  void closeFiguresFromTwoOutletsAreOneCorroboratedFigureWithEverySource() {
    ClaimSummary s = summarize(
        of(claim("Post", 2400, Qualifier.AT_LEAST, "Ana Ruiz", "2026-03-01").build()),
        of(claim("Herald", 2400, Qualifier.MORE_THAN, "Ruiz", "2026-03-01").build()),
        of(claim("Wire", 2450, Qualifier.APPROXIMATELY, "fire service", "2026-03-02").build()));
    assertThat(s.getStatus()).isEqualTo(SummaryStatus.CORROBORATED);
    SummaryFigure f = s.getFigures().get(0);
    assertThat(f.getIndependentOutlets()).isEqualTo(3);
    assertThat(f.getSources()).as("a surname alone is the full name on the same topic")
        .containsExactly("Ana Ruiz", "fire service");
    assertThat(s.getFigures()).hasSize(1);
  }

  @Test
  void syndicatedCopiesAreEvidenceNotIndependentOutlets() {
    TopicContribution original = TopicContribution.newBuilder(
        of(claim("Post", 2400, Qualifier.AT_LEAST, "Ana Ruiz", "2026-03-01").build()))
        .setSyndicatedBy(List.of("Coast Wire", "Metro Daily")).build();
    ClaimSummary s = summarize(original);
    SummaryFigure f = s.getFigures().get(0);
    assertThat(f.getIndependentOutlets()).isEqualTo(1);
    assertThat(f.getSyndicatedOutlets()).containsExactly("Coast Wire", "Metro Daily");
    assertThat(s.getStatus()).isEqualTo(SummaryStatus.SINGLE);
  }

  @Test
  void seatsWithNoHolderNamedNeverDispute() {
    String seats = "story-1|seats|seats|count";
    ClaimSummary s = summarizer.summarize(seats, List.of(
        of(claim("Post", 71, Qualifier.EXACT, "Front", "2026-03-01").setMeasure("seats").setSubject("seats").build()),
        of(claim("Herald", 112, Qualifier.EXACT, "commission", "2026-03-01").setMeasure("seats").setSubject("seats")
            .build())), 0);
    assertThat(s.getFigures()).hasSize(2);
    assertThat(s.getStatus()).as("two parties' seats, holders unnamed").isNotEqualTo(SummaryStatus.DISPUTED);
    assertThat(TopicAttributes.heldWithoutHolder("story-1|seats|unity party|count")).as("a holder named").isFalse();
    assertThat(TopicAttributes.heldWithoutHolder(TOPIC)).isFalse();
  }

  @Test
  void differentSourcesMoreThanTheToleranceApartDispute() {
    ClaimSummary s = summarize(
        of(claim("Post", 2400, Qualifier.AT_LEAST, "Ana Ruiz", "2026-03-01").build()),
        of(claim("Herald", 2400, Qualifier.EXACT, "Ana Ruiz", "2026-03-01").build()),
        of(claim("North", 900, Qualifier.AT_LEAST, "regional government", "2026-03-01").build()));
    assertThat(s.getStatus()).isEqualTo(SummaryStatus.DISPUTED);
    assertThat(s.getFigures()).extracting(SummaryFigure::getValue).containsExactly(2400.0, 900.0);
    assertThat(s.getNote()).contains("2,400").contains("900").contains("regional government");
  }

  @Test
  void figuresWithinTheToleranceOrForOtherPeriodsOrPlacesDoNotDispute() {
    assertThat(summarize(
        of(claim("Post", 2400, Qualifier.EXACT, "Ana Ruiz", "2026-03-01").build()),
        of(claim("North", 2100, Qualifier.EXACT, "regional government", "2026-03-01").build())).getStatus())
        .as("12.5%% apart").isEqualTo(SummaryStatus.SINGLE);
    assertThat(summarize(
        of(claim("Post", 2400, Qualifier.EXACT, "Ana Ruiz", "2026-03-01").setPeriod("past week").build()),
        of(claim("North", 300, Qualifier.EXACT, "regional government", "2026-03-01").setPeriod("last 24 hours")
            .build())).getStatus()).isEqualTo(SummaryStatus.SINGLE);
    assertThat(summarize(
        of(claim("Post", 2400, Qualifier.EXACT, "Ana Ruiz", "2026-03-01").setLocation("Dene valley").build()),
        of(claim("North", 300, Qualifier.EXACT, "regional government", "2026-03-01").setLocation("Orm").build()))
        .getStatus()).isEqualTo(SummaryStatus.SINGLE);
  }

  @Test
  void aMissingPeriodMatchesAnyAndAtLeastIsNoExcuse() {
    assertThat(summarize(
        of(claim("Post", 2400, Qualifier.AT_LEAST, "Ana Ruiz", "2026-03-01").setPeriod("past week").build()),
        of(claim("North", 1100, Qualifier.AT_LEAST, "regional government", "2026-03-01").build())).getStatus())
        .isEqualTo(SummaryStatus.DISPUTED);
  }

  @Test
  void aVagueFigureDisputesOnlyFiguresBelowItsBound() {
    Claim thousands = claim("Post", 1000, Qualifier.AT_LEAST, "Ana Ruiz", "2026-03-01").setVague(true).build();
    assertThat(summarize(of(thousands),
        of(claim("North", 11000, Qualifier.EXACT, "regional government", "2026-03-01").build())).getStatus())
        .isEqualTo(SummaryStatus.SINGLE);
    assertThat(summarize(of(thousands),
        of(claim("North", 300, Qualifier.EXACT, "regional government", "2026-03-01").build())).getStatus())
        .isEqualTo(SummaryStatus.DISPUTED);
  }

  @Test
  void aRangeCoversTheFiguresInside() {
    Claim range = claim("Post", 2000, Qualifier.RANGE, "Ana Ruiz", "2026-03-01").setLow(2000.0).setHigh(3000.0)
        .build();
    assertThat(summarize(of(range),
        of(claim("North", 2800, Qualifier.EXACT, "regional government", "2026-03-01").build())).getStatus())
        .isEqualTo(SummaryStatus.SINGLE);
  }

  @Test
  void aLaterFigureFromTheSameSourceSupersedesTheEarlierAndKeepsIt() {
    ClaimSummary s = summarize(
        of(claim("Post", 900, Qualifier.EXACT, "Ana Ruiz", "2026-03-01").build()),
        of(claim("Herald", 2400, Qualifier.EXACT, "Ana Ruiz", "2026-03-04").build()),
        of(claim("Wire", 2400, Qualifier.EXACT, "fire service", "2026-03-04").build()));
    assertThat(s.getFigures()).extracting(SummaryFigure::getValue, SummaryFigure::getSuperseded)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2400.0, false),
            org.assertj.core.groups.Tuple.tuple(900.0, true));
    assertThat(s.getStatus()).as("a superseded figure disputes nothing").isEqualTo(SummaryStatus.CORROBORATED);
  }

  @Test
  void aSourceGivingTwoFiguresAtOnceDoesNotDisputeItself() {
    ClaimSummary s = summarize(of(
        claim("Post", 900, Qualifier.EXACT, "Ana Ruiz", "2026-03-01").build(),
        claim("Post", 2400, Qualifier.EXACT, "Ana Ruiz", "2026-03-01").build()));
    assertThat(s.getStatus()).isEqualTo(SummaryStatus.SINGLE);
    assertThat(s.getFigures()).noneMatch(SummaryFigure::getSuperseded);
  }

  @Test
  void aPlacesShareOfAnArticlesTotalIsNoDisputeButAnotherArticlesFigureIs() {
    // one article: the total with no place, and one province's share of it from another source
    Claim total = claim("Post", 2400, Qualifier.EXACT, "disaster agency", "2026-03-01").build();
    Claim province = claim("Post", 310, Qualifier.EXACT, "provincial officials", "2026-03-01")
        .setLocation("Orm province").build();
    assertThat(summarize(of(total, province)).getStatus()).isEqualTo(SummaryStatus.SINGLE);
    // the same smaller figure from another article is a claim of its own
    Claim elsewhere = claim("North", 310, Qualifier.EXACT, "provincial officials", "2026-03-01")
        .setLocation("Orm province").build();
    assertThat(summarize(of(total), of(elsewhere)).getStatus()).isEqualTo(SummaryStatus.DISPUTED);
    // and an article's own total with a place, against a smaller figure with none, still disputes
    Claim placedTotal = claim("Post", 2400, Qualifier.EXACT, "disaster agency", "2026-03-01")
        .setLocation("Orm province").build();
    Claim lower = claim("Post", 1100, Qualifier.AT_LEAST, "intelligence agency", "2026-03-01").build();
    assertThat(summarize(of(placedTotal, lower)).getStatus()).isEqualTo(SummaryStatus.DISPUTED);
  }

  @Test
  void aRateDoesNotDisputeACount() {
    assertThat(summarize(
        of(claim("Post", 31, Qualifier.AT_LEAST, "police", "2026-03-01").build()),
        of(claim("Herald", 110000, Qualifier.MORE_THAN, "road agency", "2026-03-01").setPeriod("each year").build()))
        .getStatus()).isEqualTo(SummaryStatus.SINGLE);
  }

  @Test
  void nothingLeftOnTheTopicIsNoSummary() {
    assertThat(summarizer.summarize(TOPIC, List.of(), 0)).isNull();
  }

  @Test
  void theSummaryDoesNotDependOnTheOrderContributionsArrive() {
    Random random = new Random(42);
    String[] outlets = {"Post", "Herald", "Wire", "North", "Daily", "Times"};
    String[] sources = {"Ana Ruiz", "Ruiz", "fire service", "regional government", null};
    for (int round = 0; round < 200; round++) {
      List<TopicContribution> cs = new ArrayList<>();
      int n = 1 + random.nextInt(6);
      for (int i = 0; i < n; i++) {
        Claim.Builder c = claim(outlets[random.nextInt(outlets.length)], 100 * (1 + random.nextInt(30)),
            Qualifier.values()[random.nextInt(Qualifier.values().length)], sources[random.nextInt(sources.length)],
            "2026-03-0" + (1 + random.nextInt(5)));
        if (random.nextBoolean()) {
          c.setPeriod(random.nextBoolean() ? "past week" : "per day");
        }
        cs.add(of(c.build()));
      }
      ClaimSummary expected = summarizer.summarize(TOPIC, cs, 0);
      List<TopicContribution> shuffled = new ArrayList<>(cs);
      Collections.shuffle(shuffled, random);
      assertThat(summarizer.summarize(TOPIC, shuffled, 0)).as("round %d", round).isEqualTo(expected);
    }
  }
}
