package io.claimwire.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwire.enrich.story.MadeUpNames;
import io.claimwire.schemas.AvroSerde;
import io.claimwire.schemas.avro.StoryState;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

/**
 * The sequencer's story side over its store: what the store keeps is what a restarted task needs (the same
 * stories come back), and its size is bounded by the stories open in a window, not by the history.
 */
class StoryAssignerTest {
  private static KeyValueStore<String, StoryState> store() {
    KeyValueStore<String, StoryState> store = Stores.keyValueStoreBuilder(
        Stores.inMemoryKeyValueStore(EnrichTopology.STORY_STORE), Serdes.String(), new AvroSerde<>(StoryState.class))
        .withLoggingDisabled().build();
    MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
    store.init(context.getStateStoreContext(), store);
    return store;
  }

  private static String name(int n) {
    return MadeUpNames.of(n);
  }

  private static String text(int story) {
    String place = "Port " + name(story) + "ville";
    return "A fire in " + place + " killed " + (story % 90 + 3) + " people, chief Officer " + name(story * 7 + 3)
        + "son told reporters. Firefighters from " + place + " worked through the night.";
  }

  @Test
  void aRestartedAssignerFindsTheSameOpenStories() {
    KeyValueStore<String, StoryState> store = store();
    StoryAssigner before = new StoryAssigner(Duration.ofDays(7), store);
    Instant t = Instant.parse("2026-05-01T08:00:00Z");
    String[] stories = new String[12];
    for (int s = 0; s < stories.length; s++) {
      stories[s] = before.assign("a" + s, null, "Port " + name(s) + "ville fire", text(s), t.plusSeconds(60L * s));
    }
    StoryAssigner after = new StoryAssigner(Duration.ofDays(7), store);
    assertThat(after.openStories()).isEqualTo(before.openStories()).isEqualTo(stories.length);
    for (int s = 0; s < stories.length; s++) {
      assertThat(after.assign("b" + s, null, "Port " + name(s) + "ville fire: update", text(s), t.plusSeconds(3_600)))
          .as("story %d after the restart", s).isEqualTo(stories[s]);
    }
  }

  @Test
  void theStoreHoldsTheOpenStoriesOfAWindowWhateverTheHistory() {
    KeyValueStore<String, StoryState> store = store();
    StoryAssigner assigner = new StoryAssigner(Duration.ofDays(1), store);
    Random r = new Random(11);
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    int day = 1_440; // one article a minute
    long at10k = 0;
    long atEnd = 0;
    for (int i = 0; i < 70 * day; i++) {
      t = t.plusSeconds(60);
      int story = r.nextInt(300) + (i / day) * 300; // new stories every day; none lasts beyond its day
      assigner.assign("a" + i, null, "Port " + name(story) + "ville fire", text(story), t);
      if (i == 7 * day) {
        at10k = store.approximateNumEntries();
      }
      if (i == 69 * day) {
        atEnd = store.approximateNumEntries();
      }
    }
    assertThat(at10k).as("open stories after 10,080 articles").isBetween(250L, 1_200L);
    // after 99,360 articles (the same time of day), within 15% of the size after 10,080
    assertThat((double) atEnd).isBetween(at10k * 0.85, at10k * 1.15);
    assertThat((long) assigner.openStories()).isEqualTo(store.approximateNumEntries());
  }
}
