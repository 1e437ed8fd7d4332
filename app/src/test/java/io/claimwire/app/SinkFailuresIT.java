package io.claimwire.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimwire.schemas.avro.Claim;
import io.claimwire.schemas.avro.ClaimSet;
import io.claimwire.schemas.avro.ClaimSource;
import io.claimwire.schemas.avro.Evidence;
import io.claimwire.schemas.avro.Qualifier;
import io.claimwire.schemas.avro.SourceKind;
import io.claimwire.sink.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sink's failure rules, one test each, against the real broker and real databases: a database that goes away is
 * waited for without losing or skipping anything; data the database refuses goes to the sink's dead-letter topic
 * and the rest is stored; a store that refuses the sink's credentials stops it at once with the reason.
 */
class SinkFailuresIT {
  static final String PG = PostgresServer.local().hostPort();
  @TempDir Path data;
  @TempDir Path input;

  private PipelineSettings settings(Path dir) {
    return settings(dir, new Properties());
  }

  private PipelineSettings settings(Path dir, Properties clientProperties) {
    int port = EmbeddedPipelineIT.PORT + 100;
    return new PipelineSettings(dir, "127.0.0.1:" + port, false, port + 1, clientProperties);
  }

  private static void sql(String... statements) throws SQLException {
    PostgresServer.local().sql(statements);
  }

  @Test
  void aDatabaseThatGoesAwayIsWaitedForAndNothingIsLostOrSkipped() throws Exception {
    String db = "claimwire_outage_" + System.nanoTime() % 1_000_000;
    String role = db + "_sink";
    sql("CREATE ROLE " + role + " LOGIN", "CREATE DATABASE " + db + " OWNER " + role);
    try {
      Files.writeString(input.resolve("a.txt"), "Quarry\nSome 140 workers were sent home from the Dunmore quarry, the company said.\n");
      Files.writeString(input.resolve("b.txt"), "Ferry\nAbout 300 passengers were stranded at Fairhaven pier, the harbour master said.\n");
      try (Pipeline p = new Pipeline(settings(data).withStoreUrl("jdbc:postgresql://" + PG + "/" + db + "?user=" + role))) {
        p.connect().startEnrich().startSink();
        p.awaitStored(p.ingest(List.of(input.resolve("a.txt"))), Duration.ofMinutes(2));
        // the database goes away: no new connections for the sink's role, and its open ones are cut
        sql("ALTER ROLE " + role + " CONNECTION LIMIT 0",
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '" + role + "'");
        Set<String> second = p.ingest(List.of(input.resolve("b.txt")));
        TimeUnit.SECONDS.sleep(8); // the sink fails to store and waits, positions held
        assertThat(p.health()).containsEntry("sink", true);
        sql("ALTER ROLE " + role + " CONNECTION LIMIT -1");
        p.awaitStored(second, Duration.ofMinutes(2));
        assertThat(p.store().count("claims")).isEqualTo(2);
        assertThat(p.store().count("verdicts")).isEqualTo(2);
      }
    } finally {
      sql("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)", "DROP ROLE IF EXISTS " + role);
    }
  }

  @Test
  void dataTheDatabaseRefusesIsDeadLetteredAndTheRestStored() throws Exception {
    try (Pipeline p = new Pipeline(settings(data))) {
      p.connect().startEnrich().startSink();
      // a claim set whose claim id does not fit the column (64 characters): the database refuses it
      String longId = "x".repeat(100);
      String sentence = "Police said 9 people were hurt.";
      Claim bad = Claim.newBuilder().setClaimId(longId).setArticleId("bad-article").setArticleVersion(1).setValue(9)
          .setQualifier(Qualifier.EXACT).setSource(ClaimSource.newBuilder().setName("police").setKind(SourceKind.ORGANISATION).build())
          .setEvidence(Evidence.newBuilder().setSentence(sentence).setStart(0).setEnd(sentence.length()).build())
          .setExtractor("test").build();
      ClaimSet set = ClaimSet.newBuilder().setArticleId("bad-article").setArticleVersion(1).setRecordId("bad-record")
          .setExtractor("test").setClaims(List.of(bad)).setExtractedAt(Instant.now()).build();
      try (KafkaProducer<String, ClaimSet> producer = new KafkaProducer<>(p.producerProps(), new StringSerializer(),
          p.topics().claimSets.valueSerde().serializer())) {
        producer.send(new ProducerRecord<>(p.topics().claimSets.name(), "bad-article", set)).get();
      }
      Files.writeString(input.resolve("c.txt"), "Mill\nFirefighters said 12 people were rescued from the mill in Lowmoor.\n");
      p.awaitStored(p.ingest(List.of(input.resolve("c.txt"))), Duration.ofMinutes(2));
      DeadLetterTool dlq = new DeadLetterTool(p.clientProps(), p.topics());
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
      while (dlq.list(Set.of("sink")).isEmpty() && System.nanoTime() < deadline) {
        TimeUnit.MILLISECONDS.sleep(200);
      }
      assertThat(dlq.list(Set.of("sink"))).singleElement().satisfies(l -> {
        assertThat(l.reason()).containsIgnoringCase("too long");
        assertThat(l.sourceTopic()).isEqualTo(p.topics().claimSets.name());
      });
      assertThat(p.store().count("claim_sets")).as("the good article's set stored, the refused one not").isEqualTo(1);
      assertThat(p.health()).containsEntry("sink", true);
    }
  }

  @Test
  void aSchemaRegistryThatCannotBeAskedHoldsThePositionsAndDeadLettersNothing() throws Exception {
    int closedPort;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      closedPort = s.getLocalPort(); // nothing listens there once closed
    }
    Properties registryClient = new Properties();
    registryClient.put("apicurio.registry.retry-count", "0");
    try (Pipeline broker = new Pipeline(settings(data)).connect();
        Pipeline p = new Pipeline(settings(data.resolve("registry-mode"), registryClient)
            .withSchemaRegistry("http://127.0.0.1:" + closedPort))) {
      // a claim set in the registry's wire format (magic byte, schema id 1, a body): good data the sink cannot read yet
      byte[] framed = java.nio.ByteBuffer.allocate(8).put((byte) 0).putInt(1).put(new byte[] {2, 4, 6}).array();
      try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(broker.producerProps(),
          new org.apache.kafka.common.serialization.ByteArraySerializer(), new org.apache.kafka.common.serialization.ByteArraySerializer())) {
        producer.send(new ProducerRecord<>(broker.topics().claimSets.name(), "held".getBytes(), framed)).get();
      }
      p.startSink();
      var waits = p.meters().get("claimwire.sink.registry.unavailable").counter();
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
      while (waits.count() < 2 && System.nanoTime() < deadline) {
        TimeUnit.MILLISECONDS.sleep(100);
      }
      assertThat(waits.count()).as("the batch was read again after a wait, twice").isGreaterThanOrEqualTo(2);
      assertThat(p.sinkConsumed()).as("nothing counted as read").isZero();
      assertThat(p.store().count("claim_sets")).isZero();
      assertThat(p.store().count("consumer_positions")).as("positions held").isZero();
      assertThat(new DeadLetterTool(broker.clientProps(), broker.topics()).list(Set.of("sink")))
          .as("a registry that cannot be asked is not bad data").isEmpty();
    }
  }

  @Test
  void aStoreThatRefusesTheCredentialsStopsAtOnceWithTheReason() throws Exception {
    try (Connection ignored = PostgresServer.local().connect("postgres")) {
      // PostgreSQL answers here
    }
    Pipeline p = new Pipeline(settings(data).withStoreUrl("jdbc:postgresql://" + PG + "/postgres?user=claimwire_no_such_role"));
    assertThatThrownBy(p::store).isInstanceOf(StoreException.class).hasMessageContaining("claimwire_no_such_role")
        .hasMessageContaining("--store-url");
    assertThat(((StoreException) catchKind(p)).kind()).isEqualTo(StoreException.Kind.FATAL);
    p.close();
  }

  private static Throwable catchKind(Pipeline p) {
    try {
      p.store();
      throw new AssertionError("expected a failure");
    } catch (StoreException e) {
      return e;
    }
  }
}
