package io.claimwire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the README's quick start promises from {@code claimwire demo}: through the real embedded pipeline, the
 * bundled articles form their stories (the flood reports, an update and a copy among them; the wildfire reports; the
 * strike; the buses) and the figure topics show one corroborated and two disputed figures.
 */
class DemoStoriesIT {
  @TempDir Path dir;

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Test
  void theDemoArticlesFormTheirStoriesAndShowOneCorroboratedAndTwoDisputedFigures() throws Exception {
    int port = freePort();
    PipelineSettings settings = new PipelineSettings(dir.resolve("data"), "127.0.0.1:" + port, false, freePort(),
        new Properties());
    try (Pipeline p = new Pipeline(settings).connect().startEnrich().startSink()) {
      Set<String> ids = p.ingest(List.of(DemoArticles.copyInto(p.settings().dataDir())));
      p.awaitStored(ids, Duration.ofMinutes(3));
      Map<String, List<String>> stories = new HashMap<>();
      p.store().export("stories", row -> {
        List<String> outlets = new ArrayList<>();
        for (Object a : (List<?>) row.get("articles")) {
          outlets.add(String.valueOf(((Map<?, ?>) a).get("outlet")));
        }
        stories.put(String.valueOf(row.get("story_id")), outlets);
      });
      assertThat(stories.values()).as("flood, wildfire, strike, buses").hasSize(4)
          .anySatisfy(o -> assertThat(o).containsExactlyInAnyOrder("Valley Herald", "Marrow Gazette"))
          .anySatisfy(o -> assertThat(o).containsExactlyInAnyOrder("Northern Post", "Pine Ridge Courier"));
      List<String> statuses = new ArrayList<>();
      p.store().export("summaries", row -> {
        if (!"SINGLE".equals(row.get("status"))) {
          statuses.add(row.get("status") + " " + row.get("measure") + " " + row.get("subject"));
        }
      });
      assertThat(statuses).containsExactlyInAnyOrder("CORROBORATED deployed firefighters",
          "DISPUTED evacuated residents", "DISPUTED strike dockworkers"); // the union's 3,000 and the authority's 1,800
    }
  }
}
