package io.claimwire.enrich.topology;

import static io.claimwire.enrich.topology.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimwire.enrich.text.Figure;
import io.claimwire.enrich.text.Qualifier;
import io.claimwire.enrich.text.SourceRef;
import io.claimwire.schemas.DeadLetterHeaders;
import io.claimwire.schemas.DeadLetterPayload;
import io.claimwire.schemas.Limits;
import io.claimwire.schemas.Topics;
import io.claimwire.schemas.avro.ClaimSet;
import io.claimwire.schemas.avro.Evidence;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claim sets stay bounded whatever the article: a figure cap, short evidence, and a backstop for what throws. */
class ClaimSetBoundsTest {
  @TempDir Path state;
  private final Topics topics = Topics.defaults();

  @Test
  void anArticleWithMoreFiguresThanTheCapGetsTheFirstOnesAndSaysItWasCut() {
    EnrichConfig config = new EnrichConfig("bounds-test", "unused:9092", state, topics, new Properties(), 0.2,
        EnrichConfig.DEFAULT_DEDUP_RETENTION, EnrichConfig.DEFAULT_ROCKSDB_MEMORY, 3, EnrichConfig.DEFAULT_STORY_WINDOW);
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 8; i++) { // eight separate figures, one a sentence
      text.append("The council said ").append(10 * i + 3).append(" homes in ward ").append((char) ('A' + i))
          .append(" were flooded. ");
    }
    try (TopologyTestDriver driver = new TopologyTestDriver(EnrichTopology.build(config), config.streamsProperties())) {
      var raw = driver.createInputTopic(topics.raw.name(), new StringSerializer(), topics.raw.valueSerde().serializer());
      var sets = driver.createOutputTopic(topics.claimSets.name(), new StringDeserializer(),
          topics.claimSets.valueSerde().deserializer());
      raw.pipeInput("k", article("many", "https://post.example/flood", text.toString()).build());
      ClaimSet set = sets.readValue();
      assertThat(set.getClaims()).hasSize(3);
      assertThat(set.getTruncated()).isTrue();
      assertThat(set.getClaims()).extracting(c -> c.getValue()).containsExactly(13.0, 23.0, 33.0);

      raw.pipeInput("k", article("few", "https://post.example/one", "The council said 40 homes were flooded.").build());
      assertThat(sets.readValue().getTruncated()).as("a set within the cap is not flagged").isFalse();
    }
  }

  @Test
  void evidenceLongerThanTheLimitIsAWindowAroundTheFigureWithOffsetsMovedWithIt() {
    String before = "word ".repeat(2000);
    String sentence = before + "about 75 homes were flooded " + "and more ".repeat(2000);
    int sentenceStart = 40;
    int fig = sentenceStart + before.length() + "about ".length();
    Figure f = new Figure(75, null, null, Qualifier.APPROXIMATELY, false, null, "flooded", "homes", null, null,
        SourceRef.UNATTRIBUTED, sentence, sentenceStart, sentenceStart + sentence.length(), fig, fig + 2);
    Evidence e = ClaimMapper.evidence(f);
    assertThat(e.getSentence().length()).isLessThanOrEqualTo(Limits.MAX_EVIDENCE_CHARS);
    assertThat(e.getSentence()).contains("about 75 homes were flooded");
    assertThat(e.getEnd() - e.getStart()).isEqualTo(e.getSentence().length());
    assertThat(sentence.substring(e.getStart() - sentenceStart, e.getEnd() - sentenceStart)).isEqualTo(e.getSentence());

    Figure shortOne = new Figure(75, null, null, Qualifier.EXACT, false, null, null, null, null, null,
        SourceRef.UNATTRIBUTED, "75 homes.", 0, 9, 0, 2);
    assertThat(ClaimMapper.evidence(shortOne)).isEqualTo(new Evidence("75 homes.", 0, 9));
  }

  private static ErrorHandlerContext context(byte[] value) {
    return new ErrorHandlerContext() {
      public String topic() { return "news.articles"; }
      public int partition() { return 2; }
      public long offset() { return 41; }
      public Headers headers() { return new RecordHeaders(); }
      public String processorNodeId() { return "claim-extraction"; }
      public TaskId taskId() { return new TaskId(1, 2); }
      public long timestamp() { return 0; }
      public byte[] sourceRawKey() { return "a1".getBytes(StandardCharsets.UTF_8); }
      public byte[] sourceRawValue() { return value; }
    };
  }

  @Test
  void aRecordWhoseProcessingThrowsIsDeadLetteredBoundedAndTheStreamGoesOn() {
    DeadLetteringProcessingHandler handler = new DeadLetteringProcessingHandler();
    handler.configure(Map.of(DeadLetteringProcessingHandler.DLQ_TOPIC_CONFIG, "news.dlq.enrich"));
    byte[] huge = new byte[3 * DeadLetterPayload.MAX_PAYLOAD_BYTES];
    var response = handler.handleError(context(huge), new Record<>("a1", "x", 0), new IllegalStateException("boom"));

    assertThat(response.result()).isEqualTo(ProcessingExceptionHandler.Result.RESUME);
    assertThat(response.deadLetterQueueRecords()).singleElement().satisfies(r -> {
      assertThat(r.topic()).isEqualTo("news.dlq.enrich");
      assertThat(r.value()).hasSize(DeadLetterPayload.EXCERPT_BYTES);
      assertThat(header(r.headers(), DeadLetterHeaders.SIZE)).isEqualTo(Integer.toString(huge.length));
      assertThat(header(r.headers(), DeadLetterHeaders.RESENDABLE)).isEqualTo("false");
      assertThat(header(r.headers(), DeadLetterHeaders.REASON)).contains("claim-extraction").contains("boom");
      assertThat(header(r.headers(), DeadLetterHeaders.ORIGIN)).isEqualTo("news.articles-2@41");
    });
  }

  @Test
  void aPassingFailureIsNotBadDataItFailsTheTaskToBeRetried() {
    DeadLetteringProcessingHandler handler = new DeadLetteringProcessingHandler();
    handler.configure(Map.of(DeadLetteringProcessingHandler.DLQ_TOPIC_CONFIG, "news.dlq.enrich"));
    var response = handler.handleError(context(new byte[10]), new Record<>("a1", "x", 0),
        new IllegalStateException("wrapped", new TimeoutException("broker slow")));
    assertThat(response.result()).isEqualTo(ProcessingExceptionHandler.Result.FAIL);
    assertThat(response.deadLetterQueueRecords()).isEmpty();
  }

  private static String header(Headers h, String name) {
    return new String(h.lastHeader(name).value(), StandardCharsets.UTF_8);
  }

}
