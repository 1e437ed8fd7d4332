package io.claimwire.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.config.SerdeConfig;
import io.claimwire.schemas.avro.Claim;
import io.claimwire.schemas.avro.ClaimSource;
import io.claimwire.schemas.avro.Evidence;
import io.claimwire.schemas.avro.Qualifier;
import io.claimwire.schemas.avro.SourceKind;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Registry mode's encoding, byte for byte against the Confluent wire format: byte 0, the schema id as a 4-byte
 * big-endian integer, then the record in plain Avro binary. The registry itself is replaced by
 * {@link FixedIdSchemaResolver} (no registry server runs here); ContainerRegistryPipelineIT runs it against a real one.
 */
class RegistryWireFormatTest {
  private final RegistrySerdes serdes = new RegistrySerdes("http://127.0.0.1:1",
      Map.of(SerdeConfig.SCHEMA_RESOLVER, FixedIdSchemaResolver.class.getName()));
  private final Topics topics = new Topics(serdes, Topics.Settings.defaults());

  @AfterEach
  void close() {
    serdes.close();
  }

  @Test
  void shouldFrameEveryClaimAsMagicByteSchemaIdAndPlainAvroBinary() throws Exception {
    Random random = new Random(42);
    for (int i = 0; i < 200; i++) {
      Claim claim = claim(random, i);

      byte[] bytes = topics.claims.valueSerde().serializer().serialize(topics.claims.name(), claim);

      assertThat(bytes[0]).as("magic byte").isEqualTo((byte) 0);
      assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).as("schema id, big-endian").isEqualTo((int) FixedIdSchemaResolver.CONTENT_ID);
      assertThat(Arrays.copyOfRange(bytes, 1, 5)).containsExactly(0x0A, 0x0B, 0x0C, 0x0D);
      assertThat(Arrays.copyOfRange(bytes, 5, bytes.length)).as("the body is the record in Avro binary, nothing else")
          .isEqualTo(avroBinary(claim));
      assertThat(topics.claims.valueSerde().deserializer().deserialize(topics.claims.name(), bytes)).isEqualTo(claim);
    }
  }

  /** One serde per type is shared by every thread of a process (Kafka Streams threads, the sink, ingest). */
  @Test
  void shouldEncodeAndDecodeFromManyThreadsAtOnce() throws Exception {
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Integer>> done = new java.util.ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int seed = t;
        done.add(pool.submit(() -> {
          Random random = new Random(seed);
          for (int i = 0; i < 300; i++) {
            Claim claim = claim(random, seed * 1000 + i);
            byte[] bytes = topics.claims.valueSerde().serializer().serialize(topics.claims.name(), claim);
            assertThat(Arrays.copyOfRange(bytes, 5, bytes.length)).isEqualTo(avroBinary(claim));
            assertThat(topics.claims.valueSerde().deserializer().deserialize(topics.claims.name(), bytes)).isEqualTo(claim);
          }
          return 300;
        }));
      }
      for (var f : done) {
        assertThat(f.get()).isEqualTo(300);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void shouldNameTheSubjectAfterTheTopic() {
    FixedIdSchemaResolver.ARTIFACTS.clear();
    topics.claims.valueSerde().serializer().serialize(topics.claims.name(), claim(new Random(1), 1));
    assertThat(FixedIdSchemaResolver.ARTIFACTS).containsExactly("news.claims-value");
    assertThat(RegistrySerdes.subject(topics.claims.name())).isEqualTo("news.claims-value");
  }

  @Test
  void shouldBeReadableByAPlainApicurioDeserializerInConfluentMode() {
    Claim claim = claim(new Random(7), 7);
    byte[] bytes = topics.claims.valueSerde().serializer().serialize(topics.claims.name(), claim);

    Map<String, Object> consumer = new HashMap<>();
    consumer.put("apicurio.registry.url", "http://127.0.0.1:1/apis/registry/v3");
    consumer.put("apicurio.registry.id-handler", "io.apicurio.registry.serde.Default4ByteIdHandler");
    consumer.put("apicurio.registry.use-id", "contentId");
    consumer.put("apicurio.registry.use-specific-avro-reader", true);
    consumer.put(SerdeConfig.SCHEMA_RESOLVER, FixedIdSchemaResolver.class.getName());
    try (AvroKafkaDeserializer<Claim> plain = new AvroKafkaDeserializer<>()) {
      plain.configure(consumer, false);
      assertThat(plain.deserialize(topics.claims.name(), bytes)).isEqualTo(claim);
    }
  }

  @Test
  void shouldRejectSingleObjectBytesSoEnrichDeadLettersThem() {
    byte[] singleObject = new AvroSerde<>(Claim.class).encode(claim(new Random(3), 3));
    RecordSerde<Claim> serde = (RecordSerde<Claim>) topics.claims.valueSerde();

    assertThatThrownBy(() -> serde.decode(topics.claims.name(), singleObject))
        .isInstanceOf(SerializationException.class).hasMessageContaining("Claim").hasMessageContaining("news.claims");
  }

  @Test
  void shouldTellARegistryThatCannotBeAskedFromBadData() throws Exception {
    try (RegistrySerdes down = new RegistrySerdes("http://127.0.0.1:" + closedPort(), Map.of("apicurio.registry.retry-count", 0))) {
      RecordSerde<Claim> serde = down.forRecord(Claim.class);
      byte[] framed = ByteBuffer.allocate(8).put((byte) 0).putInt(1).put(new byte[] {2, 4, 6}).array();

      assertThatThrownBy(() -> serde.decode("news.claims", framed))
          .as("good framing, registry down: retried later, not dead-lettered")
          .isInstanceOf(SchemaRegistryUnavailableException.class).hasMessageContaining("Connection refused");
      assertThatThrownBy(() -> serde.decode("news.claims", "{\"json\":1}".getBytes()))
          .isInstanceOf(SerializationException.class).hasMessageContaining("not the Confluent wire format");
      assertThatThrownBy(() -> down.register(new Topics(down, Topics.Settings.defaults())))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("127.0.0.1:").hasMessageContaining("is it running");
    }
  }

  static int closedPort() throws java.io.IOException {
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      return s.getLocalPort(); // nothing listens there once closed
    }
  }

  @Test
  void shouldTakeABaseAddressOrTheApiAddressAndRefuseWhatIsNotAUrl() {
    assertThat(RegistrySerdes.apiUrl("http://registry:8080")).isEqualTo("http://registry:8080/apis/registry/v3");
    assertThat(RegistrySerdes.apiUrl("http://registry:8080/")).isEqualTo("http://registry:8080/apis/registry/v3");
    assertThat(RegistrySerdes.apiUrl("https://r.example/apis/registry/v3/")).isEqualTo("https://r.example/apis/registry/v3");
    assertThatThrownBy(() -> RegistrySerdes.apiUrl("registry:8080")).hasMessageContaining("http(s) URL");
    assertThatThrownBy(() -> RegistrySerdes.apiUrl("http://")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RegistrySerdes.apiUrl("ftp://registry")).hasMessageContaining("http(s) URL");
  }

  private static byte[] avroBinary(Claim claim) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
    new SpecificDatumWriter<>(Claim.class).write(claim, encoder);
    encoder.flush();
    return out.toByteArray();
  }

  private static Claim claim(Random random, int i) {
    boolean range = random.nextBoolean();
    double value = Math.round(random.nextDouble() * 100_000) / 10.0;
    return Claim.newBuilder().setClaimId("c-" + i).setArticleId("a-" + random.nextInt(50)).setArticleVersion(1 + random.nextInt(3))
        .setOutlet(random.nextBoolean() ? "Outlet " + i : null).setUrl(random.nextBoolean() ? "https://example.org/" + i : null)
        .setPublishedAt(random.nextBoolean() ? Instant.ofEpochMilli(1_700_000_000_000L + random.nextInt(1_000_000_000)) : null)
        .setValue(value).setLow(range ? value : null).setHigh(range ? value * 2 : null)
        .setQualifier(Qualifier.values()[random.nextInt(Qualifier.values().length)]).setVague(random.nextBoolean())
        .setUnit(random.nextBoolean() ? "percent" : null).setMeasure("homes flooded").setSubject("homes")
        .setLocation(random.nextBoolean() ? "Lowmere" : null).setPeriod(null)
        .setSource(ClaimSource.newBuilder().setName(random.nextBoolean() ? "the council" : null)
            .setKind(SourceKind.values()[random.nextInt(SourceKind.values().length)]).build())
        .setEvidence(Evidence.newBuilder().setSentence("sentence " + i + " é").setStart(0).setEnd(10 + i).build())
        .setExtractor("test").build();
  }
}
