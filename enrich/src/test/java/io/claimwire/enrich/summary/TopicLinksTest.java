package io.claimwire.enrich.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwire.schemas.avro.Claim;
import io.claimwire.schemas.avro.ClaimSource;
import io.claimwire.schemas.avro.Evidence;
import io.claimwire.schemas.avro.Qualifier;
import io.claimwire.schemas.avro.SourceKind;
import org.junit.jupiter.api.Test;

class TopicLinksTest {
  private static Claim claim(double value, Double high, boolean vague) {
    return Claim.newBuilder().setClaimId("c").setArticleId("a").setArticleVersion(1).setValue(value).setHigh(high)
        .setVague(vague).setQualifier(Qualifier.EXACT)
        .setSource(ClaimSource.newBuilder().setName("x").setKind(SourceKind.GOVERNMENT).build())
        .setEvidence(new Evidence("s", 0, 1)).setExtractor("t").build();
  }

  @Test
  void aFigureAnchorsWhenItIsExactAndPreciseEnoughNotToRecurByChance() {
    assertThat(TopicLinks.anchor(claim(6500, null, false))).isEqualTo("6500");
    assertThat(TopicLinks.anchor(claim(4.5, null, false))).isEqualTo("4.5");
    assertThat(TopicLinks.anchor(claim(14, null, false))).isEqualTo("14");
    assertThat(TopicLinks.anchor(claim(2_000, null, false))).as("one significant digit").isNull();
    assertThat(TopicLinks.anchor(claim(9, null, false))).isNull();
    assertThat(TopicLinks.anchor(claim(1_000, null, true))).as("thousands").isNull();
    assertThat(TopicLinks.anchor(claim(120, 150.0, false))).as("a range").isNull();
  }

  @Test
  void topicsOfOneStoryAndUnitLinkUnlessTheirClassesAreDifferentQuestions() {
    assertThat(TopicLinks.mayLink("s1|evacuated|people|count", "s1|displaced|people|count")).as("kin").isTrue();
    assertThat(TopicLinks.mayLink("s1|built|engine|count", "s1|turned out|engine|count")).as("wordings").isTrue();
    assertThat(TopicLinks.mayLink("s1|destroyed|homes|count", "s1|reduced|homes|count")).isTrue();
    assertThat(TopicLinks.mayLink("s1|cut|jobs|count", "s1|put|people|count")).as("jobs are people").isTrue();
    assertThat(TopicLinks.mayLink("s1|wounded|people|count", "s1|treated|people|count")).as("kin").isTrue();
    assertThat(TopicLinks.mayLink("s1|killed|people|count", "s1|missing|people|count")).isFalse();
    assertThat(TopicLinks.mayLink("s1|destroyed|homes|count", "s1|destroyed|troops|count")).isFalse();
    assertThat(TopicLinks.mayLink("s1|built|engine|count", "s2|built|engine|count")).as("two stories").isFalse();
    assertThat(TopicLinks.mayLink("s1|recorded|rain|mm", "s1|received|rain|count")).as("two units").isFalse();
    assertThat(TopicLinks.mayLink("built|engine|count", "turned out|engine|count")).as("no story").isFalse();
  }
}
