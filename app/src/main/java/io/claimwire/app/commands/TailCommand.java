package io.claimwire.app.commands;

import io.claimwire.app.*;

import io.claimwire.schemas.avro.Claim;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import static io.claimwire.app.commands.CommandSupport.*;

@Command(name = "tail", mixinStandardHelpOptions = true, description = "Prints claims from the claims topic as they arrive.")
public final class TailCommand implements Callable<Integer> {
  @Mixin Common common;

  @Option(names = "--json", description = "JSON lines instead of one readable line per claim.")
  boolean json;

  @Option(names = "--from-beginning", description = "Start from the oldest claim instead of new ones only.")
  boolean fromBeginning;

  @Override
  public Integer call() throws Exception {
    try (Pipeline p = new Pipeline(common.settings()).connect(true, common.dataDirGiven())) {
      Properties c = p.clientProps();
      c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
      c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, fromBeginning ? "earliest" : "latest");
      c.put(ConsumerConfig.GROUP_ID_CONFIG, "claimwire-tail-" + java.util.UUID.randomUUID());
      try (KafkaConsumer<String, Claim> consumer = new KafkaConsumer<>(c, new StringDeserializer(),
          p.topics().claims.valueSerde().deserializer())) {
        consumer.subscribe(List.of(p.topics().claims.name()));
        Runtime.getRuntime().addShutdownHook(new Thread(consumer::wakeup));
        try {
          while (true) {
            for (ConsumerRecord<String, Claim> r : consumer.poll(Duration.ofMillis(500))) {
              if (r.value() == null) {
                OUT.println(json ? "{\"claimId\":\"" + r.key() + "\",\"retracted\":true}" : "retracted " + r.key());
                continue;
              }
              Claim cl = r.value();
              OUT.println(json ? JSON.writeValueAsString(ClaimJson.of(cl))
                  : String.format("%s %s %s | %s | %s | %s | %s", cl.getQualifier(), cl.getValue(),
                      cl.getUnit() == null ? "" : cl.getUnit(), cl.getMeasure(), cl.getSubject(), cl.getSource().getName(), cl.getOutlet()));
            }
            OUT.flush();
          }
        } catch (org.apache.kafka.common.errors.WakeupException e) {
          return 0;
        }
      }
    }
  }
}
