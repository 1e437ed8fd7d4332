package io.claimwire.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class TopicsTest {
  @Test
  void shouldKeepRawHistoryAndOneTotalOrderByDefault() {
    Topics topics = Topics.defaults();
    assertThat(topics.raw.spec().partitions()).isEqualTo(1);
    assertThat(topics.raw.spec().configs()).containsEntry("retention.ms", "-1").containsEntry("cleanup.policy", "delete");
    assertThat(topics.claimSets.spec().cleanup()).isEqualTo(TopicSpec.Cleanup.COMPACT);
  }

  @Test
  void shouldNameEveryTopicOnce() {
    var names = new HashSet<String>();
    Topics topics = Topics.defaults();
    topics.all().forEach(t -> assertThat(names.add(t.name())).as(t.name()).isTrue());
    // every topic field is in all(), so TopicAdmin creates it
    for (java.lang.reflect.Field f : Topics.class.getFields()) {
      if (Topic.class.isAssignableFrom(f.getType())) {
        try {
          assertThat(names).as(f.getName()).contains(((Topic<?, ?>) f.get(topics)).name());
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    assertThat(names).hasSize(15);
  }
}
