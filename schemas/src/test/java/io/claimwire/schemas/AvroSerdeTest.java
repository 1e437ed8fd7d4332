package io.claimwire.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimwire.schemas.avro.IngestMethod;
import io.claimwire.schemas.avro.RawArticle;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {
  private final AvroSerde<RawArticle> serde = new AvroSerde<>(RawArticle.class);

  @Test
  void shouldRoundTripCurrentVersion() {
    RawArticle in = RawArticle.newBuilder()
        .setRecordId("r-1").setUrl("https://example.org/a").setOutlet("Example").setTitle("Title")
        .setText("Body text.").setPublishedAt(Instant.parse("2025-01-02T03:04:05Z"))
        .setFetchedAt(Instant.now().truncatedTo(ChronoUnit.MILLIS)).setIngestMethod(IngestMethod.FILE)
        .setOrigin("a.txt").setHtml("<p>Body text.</p>").build();

    byte[] bytes = serde.serializer().serialize("t", in);

    assertThat(bytes[0]).isEqualTo((byte) 0xC3);
    assertThat(bytes[1]).isEqualTo((byte) 0x01);
    assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(in);
  }

  @Test
  void shouldReadRecordWrittenWithOlderSchemaVersion() throws Exception {
    Schema v1 = SchemaHistory.versions(RawArticle.class).get(0);
    assertThat(v1.getField("html")).as("v1 predates html").isNull();
    GenericRecord old = new GenericRecordBuilder(v1)
        .set("recordId", "old-1").set("text", "Written by v1.").set("fetchedAt", 1_700_000_000_000L)
        .set("ingestMethod", new GenericData.EnumSymbol(v1.getField("ingestMethod").schema(), "ARCHIVE"))
        .build();
    byte[] bytes = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), v1).encode(old).array();

    RawArticle read = serde.decode(bytes);

    assertThat(read.getRecordId()).isEqualTo("old-1");
    assertThat(read.getText()).isEqualTo("Written by v1.");
    assertThat(read.getIngestMethod()).isEqualTo(IngestMethod.ARCHIVE);
    assertThat(read.getHtml()).isNull();
    assertThat(read.getOrigin()).isNull();
  }

  @Test
  void shouldRejectBytesThatAreNotSingleObjectAvro() {
    assertThatThrownBy(() -> serde.decode("{\"json\":true}".getBytes()))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("RawArticle");
  }
}
