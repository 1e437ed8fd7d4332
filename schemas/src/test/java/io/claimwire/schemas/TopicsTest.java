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
    Topics.defaults().all().forEach(t -> assertThat(names.add(t.name())).as(t.name()).isTrue());
    assertThat(names).hasSize(9);
  }
}
