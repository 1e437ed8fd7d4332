package io.claimwire.app;

import io.claimwire.schemas.RecordSerde;
import io.claimwire.schemas.avro.RawArticle;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * When a pipeline is done with what it was given: every record decided and stored (or dead-lettered), and enrich
 * and the sink caught up. What {@code run --once}, {@code demo}, {@code reprocess} and the benchmark wait for.
 */
final class Completion {
  private final Pipeline p;

  Completion(Pipeline p) {
    this.p = p;
  }

  /**
   * Waits until every given record is decided: a verdict stored or an enrich dead letter naming it, and for every
   * ORIGINAL or UPDATE verdict a claim set stored or an enrich dead letter naming it (the accounting rule).
   */
  void awaitStored(Set<String> recordIds, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    Set<String> dead = new HashSet<>();
    RecordSerde<RawArticle> raw = (RecordSerde<RawArticle>) p.topics().raw.valueSerde();
    Properties c = p.clientProps();
    c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    long nextFullCheck = 0;
    Map<String, Integer> pending = null; // article id to the version whose claim set must be stored
    int deadSeen = -1;
    try (KafkaConsumer<byte[], byte[]> dlq = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      var tp = new org.apache.kafka.common.TopicPartition(p.topics().dlqEnrich.name(), 0);
      dlq.assign(List.of(tp));
      dlq.seekToBeginning(List.of(tp));
      while (true) {
        for (var r : dlq.poll(Duration.ofMillis(200))) {
          var id = r.headers().lastHeader(io.claimwire.schemas.DeadLetterHeaders.RECORD_ID);
          if (id != null) {
            dead.add(new String(id.value(), java.nio.charset.StandardCharsets.UTF_8));
            continue;
          }
          try { // a dead letter written before the record id travelled in a header
            dead.add(raw.decode(p.topics().raw.name(), r.value()).getRecordId());
          } catch (RuntimeException ignored) {
            // not a raw article: it was never one of ours
          }
        }
        if (p.sinkFailure() != null) {
          throw new IllegalStateException("sink failed: " + p.sinkFailure().getMessage(), p.sinkFailure());
        }
        // Reading every verdict and claim set costs what the store holds: the verdicts once they can all be there
        // (again when a dead letter arrives), the claim sets once they can, and neither more than once a second.
        if (System.nanoTime() >= nextFullCheck) {
          if ((pending == null || dead.size() != deadSeen)
              && p.store().count("verdicts") + dead.size() >= recordIds.size()) {
            nextFullCheck = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
            deadSeen = dead.size();
            pending = pendingArticles(recordIds, dead);
          }
          if (pending != null && p.store().count("claim_sets") >= pending.size()) {
            nextFullCheck = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
            if (stored(pending) && settled(deadline)) {
              return;
            }
          }
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("not every record was stored within " + timeout.toSeconds() + " s");
        }
        TimeUnit.MILLISECONDS.sleep(200);
      }
    }
  }

  /** Waits until enrich and the sink have caught up with everything (see {@link #settled}). */
  void awaitSettled(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!settled(deadline)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("enrich and the sink did not catch up within " + timeout.toSeconds() + " s");
      }
      if (p.sinkFailure() != null) {
        throw new IllegalStateException("sink failed: " + p.sinkFailure().getMessage(), p.sinkFailure());
      }
    }
  }

  /**
   * True once enrich (every input partition, repartition topics included) and the sink have read to the end of
   * what they consume, three checks in a row 500 ms apart: summaries, which trail claim sets by two internal hops,
   * are then stored too.
   */
  private boolean settled(long deadline) throws InterruptedException {
    for (int quiet = 0; quiet < 3; quiet++) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      if (!p.caughtUpNow()) {
        return false;
      }
      TimeUnit.MILLISECONDS.sleep(500);
    }
    return true;
  }

  /**
   * The article versions whose claim sets the given records must leave stored (article id to version), or null
   * while some record has neither a stored verdict nor a dead letter.
   */
  private Map<String, Integer> pendingArticles(Set<String> recordIds, Set<String> dead) {
    Map<String, Integer> pending = new java.util.HashMap<>();
    Set<String> seen = new HashSet<>();
    p.store().export("verdicts", row -> {
      String id = (String) row.get("record_id");
      if (recordIds.contains(id)) {
        seen.add(id);
        if (!"DUPLICATE".equals(row.get("verdict")) && !dead.contains(id)) {
          pending.merge((String) row.get("article_id"), ((Number) row.get("article_version")).intValue(), Math::max);
        }
      }
    });
    for (String id : recordIds) {
      if (!seen.contains(id) && !dead.contains(id)) {
        return null;
      }
    }
    return pending;
  }

  /** True when every pending article version (or a newer one) has its claim set stored. */
  private boolean stored(Map<String, Integer> pending) {
    Map<String, Integer> stored = new java.util.HashMap<>();
    p.store().export("claim-sets", row -> stored.put((String) row.get("article_id"),
        ((Number) row.get("article_version")).intValue()));
    for (Map.Entry<String, Integer> e : pending.entrySet()) {
      Integer have = stored.get(e.getKey());
      if (have == null || have < e.getValue()) {
        return false;
      }
    }
    return true;
  }
}
