package io.claimwire.sink;

import io.claimwire.schemas.DeadLetterPayload;
import io.claimwire.schemas.SchemaRegistryUnavailableException;
import io.claimwire.schemas.Topics;
import io.claimwire.schemas.avro.ArticleVerdict;
import io.claimwire.schemas.avro.ClaimSet;
import io.claimwire.schemas.avro.ClaimSummary;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes verdicts, claim sets and claim summaries into the {@link ClaimStore}. Positions live in the store, written with the
 * rows and the cluster and topic ids they belong to; on assignment the consumer seeks to them (or to the beginning
 * when the store holds none for this cluster), so the store is exact after any crash. A record that cannot
 * be decoded goes to the sink's dead-letter topic and its position moves on with the batch.
 */
public final class SinkService implements Runnable, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SinkService.class);
  private final Consumer<byte[], byte[]> consumer;
  private final Producer<byte[], byte[]> deadLetters;
  private final ClaimStore store;
  private final Topics topics;
  private final ClaimStore.Origin origin;
  private volatile boolean running = true;
  private volatile boolean caughtUp;
  private final boolean fromEarliest;
  private final java.util.Set<TopicPartition> rewound = new java.util.HashSet<>();
  private final java.util.concurrent.atomic.AtomicLong consumed = new java.util.concurrent.atomic.AtomicLong();
  private final java.util.concurrent.atomic.AtomicLong lag = new java.util.concurrent.atomic.AtomicLong();
  private final io.micrometer.core.instrument.MeterRegistry registry;
  private final io.micrometer.core.instrument.Counter recordsIn;
  private final io.micrometer.core.instrument.Counter claimsStored;
  private final io.micrometer.core.instrument.Counter deadLettered;
  private final io.micrometer.core.instrument.Counter registryWaits;
  private final io.micrometer.core.instrument.Timer latency;
  private final io.micrometer.core.instrument.Gauge lagGauge;

  public SinkService(Consumer<byte[], byte[]> consumer, Producer<byte[], byte[]> deadLetters, ClaimStore store,
      Topics topics, ClaimStore.Origin origin) {
    this(consumer, deadLetters, store, topics, origin, false);
  }

  /**
   * With {@code fromEarliest}, each partition is read again from its earliest offset the first time it is assigned,
   * whatever the store holds; writes are idempotent, so the store ends as it was, with every row in place.
   */
  public SinkService(Consumer<byte[], byte[]> consumer, Producer<byte[], byte[]> deadLetters, ClaimStore store,
      Topics topics, ClaimStore.Origin origin, boolean fromEarliest) {
    this(consumer, deadLetters, store, topics, origin, fromEarliest, null);
  }

  /**
   * With a registry, the sink's meters: {@code claimwire.sink.records} (read), {@code claimwire.sink.claims.stored},
   * {@code claimwire.dead.letters{stage=sink}}, {@code claimwire.sink.registry.unavailable}, {@code claimwire.sink.lag} (records behind the end of its topics) and
   * {@code claimwire.end.to.end.latency} (from the article's ingest to its claim set stored).
   */
  public SinkService(Consumer<byte[], byte[]> consumer, Producer<byte[], byte[]> deadLetters, ClaimStore store,
      Topics topics, ClaimStore.Origin origin, boolean fromEarliest, io.micrometer.core.instrument.MeterRegistry registry) {
    this.registry = registry != null ? registry : new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
    this.recordsIn = io.micrometer.core.instrument.Counter.builder("claimwire.sink.records")
        .description("records the sink read from its topics").register(this.registry);
    this.claimsStored = io.micrometer.core.instrument.Counter.builder("claimwire.sink.claims.stored")
        .description("claims written to the store (in claim sets)").register(this.registry);
    this.registryWaits = io.micrometer.core.instrument.Counter.builder("claimwire.sink.registry.unavailable")
        .description("batches read again later because the schema registry could not be asked").register(this.registry);
    this.deadLettered = io.micrometer.core.instrument.Counter.builder("claimwire.dead.letters").tag("stage", "sink")
        .description("records sent to a dead-letter topic, by stage").register(this.registry);
    this.latency = io.micrometer.core.instrument.Timer.builder("claimwire.end.to.end.latency")
        .description("from an article's ingest (its record time) to its claim set stored").register(this.registry);
    this.lagGauge = io.micrometer.core.instrument.Gauge.builder("claimwire.sink.lag", lag, java.util.concurrent.atomic.AtomicLong::get)
        .description("records the sink has still to read").register(this.registry);
    this.fromEarliest = fromEarliest;
    this.consumer = consumer;
    this.deadLetters = deadLetters;
    this.store = store;
    this.topics = topics;
    this.origin = origin;
  }

  @Override
  public void run() {
    consumer.subscribe(List.of(topics.verdicts.name(), topics.claimSets.name(), topics.claimSummaries.name()), new ConsumerRebalanceListener() {
      @Override
      public void onPartitionsRevoked(Collection<TopicPartition> partitions) {}

      @Override
      public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        Map<TopicPartition, Long> stored = store.positions(origin);
        for (TopicPartition tp : partitions) {
          Long next = stored.get(tp);
          if (fromEarliest && rewound.add(tp)) {
            LOG.info("reading {} again from its earliest offset", tp);
            consumer.seekToBeginning(List.of(tp));
          } else if (next != null) {
            consumer.seek(tp, next);
          } else {
            consumer.seekToBeginning(List.of(tp));
          }
        }
      }
    });
    Deserializer<ArticleVerdict> verdicts = topics.verdicts.valueSerde().deserializer();
    Deserializer<ClaimSet> sets = topics.claimSets.valueSerde().deserializer();
    Deserializer<ClaimSummary> summaries = topics.claimSummaries.valueSerde().deserializer();
    long registryBackoffMs = 1000;
    try {
      while (running) {
        ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(500));
        var assigned = consumer.assignment();
        long behind = 0;
        boolean lagKnown = !assigned.isEmpty();
        for (TopicPartition tp : assigned) {
          var partitionLag = consumer.currentLag(tp);
          lagKnown &= partitionLag.isPresent();
          behind += partitionLag.orElse(0);
        }
        lag.set(behind);
        if (records.isEmpty()) {
          caughtUp = lagKnown && behind == 0;
          continue;
        }
        caughtUp = false;
        List<ArticleVerdict> vs = new ArrayList<>();
        List<ClaimSet> cs = new ArrayList<>();
        List<ClaimStore.SummaryChange> ss = new ArrayList<>();
        Map<TopicPartition, Long> next = new HashMap<>();
        List<Map.Entry<ConsumerRecord<byte[], byte[]>, RuntimeException>> bad = new ArrayList<>();
        SchemaRegistryUnavailableException unavailable = null;
        for (ConsumerRecord<byte[], byte[]> r : records) {
          next.put(new TopicPartition(r.topic(), r.partition()), r.offset() + 1);
          boolean summary = r.topic().equals(topics.claimSummaries.name());
          if (r.value() == null && !summary) {
            continue;
          }
          try {
            if (summary) {
              String key = new String(r.key(), StandardCharsets.UTF_8);
              ss.add(new ClaimStore.SummaryChange(key,
                  r.value() == null ? null : summaries.deserialize(r.topic(), r.value())));
            } else if (r.topic().equals(topics.verdicts.name())) {
              vs.add(verdicts.deserialize(r.topic(), r.value()));
            } else {
              cs.add(sets.deserialize(r.topic(), r.value()));
            }
          } catch (SchemaRegistryUnavailableException e) {
            unavailable = e;
            break;
          } catch (RuntimeException e) {
            bad.add(Map.entry(r, e));
          }
        }
        if (unavailable != null) {
          // Not bad data: read the batch again once the registry answers; nothing stored, nothing dead-lettered.
          LOG.warn("{}; reading the batch again in {} ms, positions held", unavailable.getMessage(), registryBackoffMs);
          registryWaits.increment();
          for (TopicPartition tp : records.partitions()) {
            consumer.seek(tp, records.records(tp).get(0).offset());
          }
          pausedWait(registryBackoffMs);
          consumer.resume(consumer.paused());
          registryBackoffMs = Math.min(30_000, registryBackoffMs * 2);
          continue;
        }
        registryBackoffMs = 1000;
        consumed.addAndGet(records.count());
        recordsIn.increment(records.count());
        bad.forEach(b -> deadLetter(b.getKey(), b.getValue()));
        deadLetters.flush();
        applyWithRetry(new ClaimStore.Batch(vs, cs, ss, next), records);
        long now = System.currentTimeMillis();
        for (ConsumerRecord<byte[], byte[]> r : records) {
          if (r.topic().equals(topics.claimSets.name()) && r.value() != null) {
            latency.record(Math.max(0, now - r.timestamp()), java.util.concurrent.TimeUnit.MILLISECONDS);
          }
        }
        cs.forEach(set -> claimsStored.increment(set.getClaims().size()));
      }
    } catch (WakeupException e) {
      if (running) {
        throw e;
      }
    }
  }

  /**
   * Stores the batch. A database that is unreachable or busy is retried with backoff (1 s doubling to 30 s), the
   * consumer paused so its group membership holds and no position moves; data the database refuses is stored
   * record by record, each refused record to the dead-letter topic; anything else stops the sink with the reason.
   */
  private void applyWithRetry(ClaimStore.Batch batch, ConsumerRecords<byte[], byte[]> records) {
    long backoffMs = 1000;
    while (true) {
      try {
        store.apply(origin, batch);
        if (!consumer.paused().isEmpty()) {
          consumer.resume(consumer.paused());
        }
        return;
      } catch (StoreException e) {
        switch (e.kind()) {
          case TRANSIENT -> {
            LOG.warn("store unavailable ({}); retrying in {} ms, positions held", e.getMessage(), backoffMs);
            pausedWait(backoffMs);
            backoffMs = Math.min(30_000, backoffMs * 2);
          }
          case BAD_DATA -> {
            LOG.warn("the store refused data ({}); storing record by record", e.getMessage());
            applyOneByOne(batch, records);
            return;
          }
          default -> throw e;
        }
      }
    }
  }

  /** Waits with every partition paused, polling so the group membership holds; a stop ends the wait (and the loop). */
  private void pausedWait(long ms) {
    consumer.pause(consumer.assignment());
    long until = System.currentTimeMillis() + ms;
    while (running && System.currentTimeMillis() < until) {
      consumer.poll(Duration.ofMillis(Math.min(500, Math.max(1, until - System.currentTimeMillis()))));
    }
    if (!running) {
      throw new WakeupException();
    }
  }

  /** Each verdict, claim set and summary alone (writes are idempotent), refused ones dead-lettered; then positions. */
  private void applyOneByOne(ClaimStore.Batch batch, ConsumerRecords<byte[], byte[]> records) {
    Map<String, ConsumerRecord<byte[], byte[]>> byKey = new HashMap<>();
    for (ConsumerRecord<byte[], byte[]> r : records) {
      if (r.key() != null) {
        byKey.put(r.topic() + "\t" + new String(r.key(), StandardCharsets.UTF_8), r); // the latest per key wins, as in the batch
      }
    }
    List<Runnable> singles = new ArrayList<>();
    for (ArticleVerdict v : batch.verdicts()) {
      singles.add(() -> one(new ClaimStore.Batch(List.of(v), List.of(), Map.of()), byKey.get(topics.verdicts.name() + "\t" + v.getRecordId())));
    }
    for (ClaimSet c : batch.claimSets()) {
      singles.add(() -> one(new ClaimStore.Batch(List.of(), List.of(c), Map.of()), byKey.get(topics.claimSets.name() + "\t" + c.getArticleId())));
    }
    for (ClaimStore.SummaryChange sc : batch.summaries()) {
      singles.add(() -> one(new ClaimStore.Batch(List.of(), List.of(), List.of(sc), Map.of()), byKey.get(topics.claimSummaries.name() + "\t" + sc.topicKey())));
    }
    singles.forEach(Runnable::run);
    deadLetters.flush();
    store.apply(origin, new ClaimStore.Batch(List.of(), List.of(), batch.nextOffsets()));
  }

  private void one(ClaimStore.Batch single, ConsumerRecord<byte[], byte[]> record) {
    try {
      store.apply(origin, single);
    } catch (StoreException e) {
      if (e.kind() != StoreException.Kind.BAD_DATA) {
        throw e;
      }
      if (record != null) {
        deadLetter(record, e);
      } else {
        LOG.error("the store refused a record whose original is not in this batch: {}", e.getMessage());
      }
    }
  }

  private void deadLetter(ConsumerRecord<byte[], byte[]> r, RuntimeException e) {
    LOG.warn("dead-lettering {}-{}@{}: {}", r.topic(), r.partition(), r.offset(), e.getMessage());
    var letter = new DeadLetterPayload.Letter("sink", String.valueOf(e.getMessage()),
        r.topic() + "-" + r.partition() + "@" + r.offset(), null, r.topic(), null);
    deadLetters.send(new ProducerRecord<>(topics.dlqSink.name(), null, null, DeadLetterPayload.key(r.key()),
        DeadLetterPayload.value(r.value()), DeadLetterPayload.headers(letter, r.value())));
    deadLettered.increment();
  }

  /** Records read from the claim topics since start, stored or dead-lettered. */
  public long consumed() {
    return consumed.get();
  }

  /** True when the last poll found nothing and every assigned partition was at its end (last stable offset). */
  public boolean caughtUp() {
    return caughtUp;
  }

  /** Stops the loop from another thread; the current batch is finished or rolled back first. */
  public void stop() {
    running = false;
    consumer.wakeup();
  }

  @Override
  public void close() {
    stop();
    registry.remove(lagGauge); // a sink started later registers its own
  }
}
