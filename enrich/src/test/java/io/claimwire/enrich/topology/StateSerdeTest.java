package io.claimwire.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwire.schemas.avro.ArticleCopies;
import io.claimwire.schemas.avro.ArticleCopy;
import io.claimwire.schemas.avro.FirstCopy;
import io.claimwire.schemas.avro.LatestVersion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Typed store values: Avro on write, and the tab-joined text of state written before them still read. */
class StateSerdeTest {
  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void typedValuesRoundTripAsAvro() {
    var serde = StateSerde.latestVersions();
    LatestVersion v = new LatestVersion(3, "hash-é", "rec-1", "story-a");
    byte[] bytes = serde.serializer().serialize("t", v);
    assertThat(bytes[0]).isEqualTo((byte) 0xC3);
    assertThat(bytes[1]).isEqualTo((byte) 0x01);
    assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(v);
    var copies = StateSerde.articleCopies();
    ArticleCopies c = new ArticleCopies(List.of(new ArticleCopy(1, "Coast Wire"), new ArticleCopy(2, "Metro Daily")));
    assertThat(copies.deserializer().deserialize("t", copies.serializer().serialize("t", c))).isEqualTo(c);
  }

  @Test
  void stateWrittenBeforeTypedValuesIsStillRead() {
    assertThat(StateSerde.latestVersions().deserializer().deserialize("t", utf8("2\tabc\trec-9")))
        .isEqualTo(new LatestVersion(2, "abc", "rec-9", null));
    assertThat(StateSerde.latestVersions().deserializer().deserialize("t", utf8("2\tabc\trec-9\tstory-x")))
        .isEqualTo(new LatestVersion(2, "abc", "rec-9", "story-x"));
    assertThat(StateSerde.firstCopies().deserializer().deserialize("t", utf8("rec-1\tart-1\t1\t1700000000000")))
        .isEqualTo(new FirstCopy("rec-1", "art-1", 1, 1_700_000_000_000L));
    assertThat(StateSerde.firstCopies().deserializer().deserialize("t", utf8("rec-1\tart-1\t1")).getRecordTime())
        .as("a row from before record times were kept never counted as expired").isEqualTo(Long.MAX_VALUE);
    assertThat(StateSerde.articleCopies().deserializer().deserialize("t", utf8("1\tCoast Wire\n2\tMetro Daily")))
        .isEqualTo(new ArticleCopies(List.of(new ArticleCopy(1, "Coast Wire"), new ArticleCopy(2, "Metro Daily"))));
  }
}
