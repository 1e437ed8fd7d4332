package io.claimwire.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwire.schemas.avro.Article;
import io.claimwire.schemas.avro.ArticleVerdict;
import io.claimwire.schemas.avro.Claim;
import io.claimwire.schemas.avro.ClaimSet;
import io.claimwire.schemas.avro.ClaimSummary;
import io.claimwire.schemas.avro.RawArticle;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.specific.SpecificData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SchemaHistoryTest {
  static Stream<Class<?>> recordTypes() {
    return Stream.of(RawArticle.class, ArticleVerdict.class, Article.class, Claim.class, ClaimSet.class,
        ClaimSummary.class, io.claimwire.schemas.avro.TopicContribution.class,
        io.claimwire.schemas.avro.StoryState.class, io.claimwire.schemas.avro.FirstCopy.class,
        io.claimwire.schemas.avro.LatestVersion.class, io.claimwire.schemas.avro.ArticleCopies.class);
  }

  @ParameterizedTest
  @MethodSource("recordTypes")
  void currentSchemaIsTheNewestReleasedVersion(Class<?> type) {
    List<Schema> versions = SchemaHistory.versions(type);
    assertThat(versions).as("released versions of %s", type.getSimpleName()).isNotEmpty();
    Schema newest = versions.get(versions.size() - 1);
    Schema current = SpecificData.get().getSchema(type);
    assertThat(SchemaNormalization.parsingFingerprint64(current))
        .as("%s changed: add history/%s.v%d.avsc", type.getSimpleName(), type.getSimpleName(), versions.size() + 1)
        .isEqualTo(SchemaNormalization.parsingFingerprint64(newest));
  }

  @ParameterizedTest
  @MethodSource("recordTypes")
  void everyVersionCanReadRecordsWrittenWithThePreviousOne(Class<?> type) {
    List<Schema> versions = SchemaHistory.versions(type);
    for (int i = 1; i < versions.size(); i++) {
      var result = SchemaCompatibility.checkReaderWriterCompatibility(versions.get(i), versions.get(i - 1));
      assertThat(result.getType())
          .as("%s v%d reading v%d: %s", type.getSimpleName(), i + 1, i, result.getDescription())
          .isEqualTo(SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE);
    }
  }
}
