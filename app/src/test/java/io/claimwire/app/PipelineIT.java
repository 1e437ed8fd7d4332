package io.claimwire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files in, verdicts and claims in the store, through a real in-process KRaft broker. */
class PipelineIT {
  @TempDir Path data;
  @TempDir Path input;

  @Test
  void shouldStoreVerdictsAndClaimsForOriginalDuplicateAndUpdate() throws Exception {
    Files.writeString(input.resolve("a-original.txt"), "url: https://example.org/quake\noutlet: Example\n\n"
        + "Quake shakes the coast\nAt least 40 people were injured in Port Vell, the civil defence agency said.\n");
    Files.writeString(input.resolve("b-copy.txt"), "outlet: Copycat\n\nCoast quake\n"
        + "At least 40 people were injured in Port Vell, the civil defence agency said.\n");
    Files.writeString(input.resolve("c-update.txt"), "url: https://example.org/quake\noutlet: Example\n\n"
        + "Quake shakes the coast\nAt least 65 people were injured in Port Vell, the civil defence agency said.\n");
    Files.writeString(input.resolve("d-empty.txt"), "Only a headline\n");
    int port = 29000 + (int) (ProcessHandle.current().pid() % 500) * 2;
    Pipeline.Settings settings = new Pipeline.Settings(data, "127.0.0.1:" + port, false, port + 1, new Properties());

    try (Pipeline p = new Pipeline(settings)) {
      p.connect().startEnrich().startSink();
      Set<String> ids = p.ingest(List.of(input));
      p.awaitStored(ids, Duration.ofMinutes(2));

      List<Map<String, Object>> verdicts = new ArrayList<>();
      p.store().export("verdicts", verdicts::add);
      assertThat(verdicts).extracting(v -> v.get("verdict")).containsExactlyInAnyOrder("ORIGINAL", "DUPLICATE", "UPDATE");
      List<Map<String, Object>> claims = new ArrayList<>();
      p.store().export("claims", claims::add);
      assertThat(claims).as("the update replaced the original's claim set").hasSize(1);
      assertThat(claims.get(0)).containsEntry("figure", 65.0).containsEntry("qualifier", "AT_LEAST")
          .containsEntry("article_version", 2);

      // Running the same input again changes nothing.
      Set<String> again = p.ingest(List.of(input));
      p.awaitStored(again, Duration.ofMinutes(2));
      assertThat(p.store().count("verdicts")).isEqualTo(3);
      assertThat(p.store().count("claims")).isEqualTo(1);
    }
  }
}
