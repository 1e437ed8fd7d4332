package io.claimwire.enrich.topology;

import io.claimwire.schemas.DeadLetterPayload;
import io.claimwire.schemas.SchemaRegistryUnavailableException;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backstop for a record whose processing throws where no processor caught it: its source bytes go to the
 * enrich dead-letter topic (bounded, with the processor and the error) and the stream goes on. A transient
 * failure (a retriable Kafka error, a schema registry that does not answer) is not bad data: it fails the task,
 * the thread is replaced and the record is read again.
 */
public final class DeadLetteringProcessingHandler implements ProcessingExceptionHandler {
  /** The dead-letter topic, given in the Streams configuration. */
  public static final String DLQ_TOPIC_CONFIG = "claimwire.enrich.dlq.topic";
  private static final Logger LOG = LoggerFactory.getLogger(DeadLetteringProcessingHandler.class);
  private String topic;

  @Override
  public void configure(Map<String, ?> configs) {
    Object t = configs.get(DLQ_TOPIC_CONFIG);
    if (t == null) {
      throw new IllegalArgumentException(DLQ_TOPIC_CONFIG + " is not set");
    }
    topic = t.toString();
  }

  @Override
  public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
    if (transientFailure(exception)) {
      LOG.warn("{} failed on {}-{}@{} for a passing reason ({}); retrying", context.processorNodeId(),
          context.topic(), context.partition(), context.offset(), exception.toString());
      return Response.fail();
    }
    LOG.error("{} failed on {}-{}@{}; dead-lettered", context.processorNodeId(), context.topic(),
        context.partition(), context.offset(), exception);
    byte[] raw = context.sourceRawValue();
    String origin = context.topic() + "-" + context.partition() + "@" + context.offset();
    var letter = DeadLetters.letter(context.topic(), origin, null,
        "processing failed in " + context.processorNodeId() + ": " + exception, exception);
    return Response.resume(List.of(new ProducerRecord<>(topic, null, null,
        DeadLetterPayload.key(context.sourceRawKey()), DeadLetterPayload.value(raw),
        DeadLetterPayload.headers(letter, raw))));
  }

  static boolean transientFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof RetriableException) {
        return true;
      }
    }
    return SchemaRegistryUnavailableException.in(e);
  }
}
