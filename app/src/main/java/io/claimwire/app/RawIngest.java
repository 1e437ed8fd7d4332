package io.claimwire.app;

import io.claimwire.ingest.ArticleFiles;
import io.claimwire.ingest.ArticleOutput;
import io.claimwire.ingest.CommittedReads;
import io.claimwire.ingest.RawPublisher;
import io.claimwire.ingest.ReadabilityExtractor;
import io.claimwire.ingest.Unreadable;
import io.claimwire.schemas.RecordSerde;
import io.claimwire.schemas.Topics;
import io.claimwire.schemas.avro.RawArticle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What goes into the raw topic from files, and which record ids are there now. */
final class RawIngest {
  private static final Logger LOG = LoggerFactory.getLogger(RawIngest.class);

  private RawIngest() {}

  /** Reads the inputs in order into the raw topic, counting into the metrics; returns the record ids sent. */
  static Set<String> files(PipelineSettings settings, Topics topics, PipelineMetrics metrics, List<Path> inputs)
      throws IOException {
    List<Path> files = ArticleFiles.expand(inputs);
    Set<String> ids = new HashSet<>();
    try (KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(settings.producerProps(),
        new StringSerializer(), topics.raw.valueSerde().serializer());
         KafkaProducer<byte[], byte[]> dlq = new KafkaProducer<>(settings.producerProps(), new ByteArraySerializer(),
             new ByteArraySerializer())) {
      RawPublisher publisher = new RawPublisher(producer, dlq, topics).keepLanguages(settings.languages());
      ArticleFiles reader = new ArticleFiles(new ReadabilityExtractor(), settings.limits());
      ArticleOutput tracking = tracking(publisher, ids);
      for (Path f : files) {
        reader.read(f, tracking);
      }
      publisher.flush();
      metrics.ingested.addAndGet(publisher.sent());
      metrics.ingestDeadLettered.addAndGet(publisher.deadLettered());
      LOG.info("ingested {} articles from {} files ({} dead-lettered{})", publisher.sent(), files.size(),
          publisher.deadLettered(), settings.languages().isEmpty() ? ""
              : ", " + publisher.otherLanguage() + " in other languages than " + settings.languages());
    }
    return ids;
  }

  /** The publisher, noting each record id sent and logging each dead letter. */
  static ArticleOutput tracking(RawPublisher publisher, Set<String> ids) {
    return new ArticleOutput() {
      @Override
      public CompletableFuture<?> article(RawArticle a) {
        if (publisher.keeps(a)) { // an article in a language not kept is left out: nothing to wait for
          ids.add(a.getRecordId());
        }
        return publisher.article(a);
      }

      @Override
      public void unreadable(String origin, byte[] content, String reason) {
        unreadable(Unreadable.whole(origin, content, reason));
      }

      @Override
      public void unreadable(Unreadable u) {
        LOG.warn("dead-lettered {}: {}", u.origin(), u.reason());
        publisher.unreadable(u);
      }
    };
  }

  /**
   * The record ids of everything in the raw topic now (read committed, up to the current end). Records that are not
   * raw articles are skipped; enrich dead-letters them.
   */
  static Set<String> recordIds(PipelineSettings settings, Topics topics) {
    Set<String> ids = new HashSet<>();
    RecordSerde<RawArticle> raw = (RecordSerde<RawArticle>) topics.raw.valueSerde();
    CommittedReads.readToEnd(settings.clientProps(), topics.raw.name(), r -> {
      try {
        ids.add(raw.decode(topics.raw.name(), r.value()).getRecordId());
      } catch (RuntimeException notAnArticle) {
        // enrich sends it to its dead-letter topic; nothing to wait for
      }
    });
    return ids;
  }
}
