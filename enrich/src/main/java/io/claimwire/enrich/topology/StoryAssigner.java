package io.claimwire.enrich.topology;

import io.claimwire.enrich.story.StoryIndex;
import io.claimwire.schemas.avro.StoryState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The sequencer's story side: puts each new article version in a story, in raw order, with a {@link StoryIndex}
 * held in memory and kept in the changelogged {@code story-open} store (one row per open story, its strongest
 * features), from which it is rebuilt when the task starts. A story that closes leaves the store.
 */
final class StoryAssigner {
  /** Likeness from which an article joins a story; measured in {@code StoryIndexTest}. */
  static final double JOIN_THRESHOLD = 0.25;
  private final StoryIndex index;
  private final KeyValueStore<String, StoryState> store;

  StoryAssigner(Duration window, KeyValueStore<String, StoryState> store) {
    this.index = new StoryIndex(window, JOIN_THRESHOLD);
    this.store = store;
    List<StoryState> states = new ArrayList<>();
    try (var all = store.all()) {
      all.forEachRemaining(kv -> states.add(kv.value));
    }
    states.sort(Comparator.comparing(StoryState::getLastSeen).thenComparing(StoryState::getStoryId));
    for (StoryState s : states) {
      index.restore(new StoryIndex.Snapshot(s.getStoryId(), s.getFirstSeen(), s.getLastSeen(), s.getArticles(),
          s.getProfile().entrySet().stream().collect(Collectors.toMap(e -> e.getKey().toString(), Map.Entry::getValue))));
    }
  }

  /**
   * The story of a new article version ({@code publishedAt} null: an undated article, which leaves the story clock
   * where it is): the story its article already has ({@code known}, for an update), which
   * takes its features while open, else the open story it is most like, else a new one.
   */
  String assign(String articleId, String known, String title, String text, Instant publishedAt) {
    String storyId;
    if (known != null) {
      index.rejoin(known, title, text, publishedAt);
      storyId = known;
    } else {
      storyId = index.assign(articleId, title, text, publishedAt).storyId();
    }
    for (String closed : index.drainClosed()) {
      store.delete(closed);
    }
    StoryIndex.Snapshot s = index.snapshot(storyId);
    if (s != null) {
      store.put(storyId, StoryState.newBuilder().setStoryId(storyId).setFirstSeen(s.firstSeen())
          .setLastSeen(s.lastSeen()).setArticles(s.articles()).setProfile(new HashMap<>(s.profile())).build());
    }
    return storyId;
  }

  int openStories() {
    return index.openStories();
  }
}
