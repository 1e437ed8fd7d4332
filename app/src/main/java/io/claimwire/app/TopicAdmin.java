package io.claimwire.app;

import io.claimwire.schemas.Topic;
import io.claimwire.schemas.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates every topic of the registry that does not exist yet, with its spec. On an existing topic it brings the
 * spec's configs (cleanup policy, retention) up to date and logs each change; it never changes a partition count,
 * which would move keys between partitions, and warns when one differs.
 */
public final class TopicAdmin {
  private static final Logger LOG = LoggerFactory.getLogger(TopicAdmin.class);

  private TopicAdmin() {}

  /** Creates missing topics with the given replication factor, or the broker's {@code default.replication.factor} when empty. */
  public static List<String> ensureTopics(Properties clientProps, Topics topics, java.util.Optional<Short> replication) {
    List<String> created = new ArrayList<>();
    try (Admin admin = Admin.create(clientProps)) {
      Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      List<NewTopic> missing = new ArrayList<>();
      for (Topic<?, ?> t : topics.all()) {
        if (!existing.contains(t.name())) {
          missing.add(new NewTopic(t.name(), java.util.Optional.of(t.spec().partitions()), replication).configs(t.spec().configs()));
          created.add(t.name());
        }
      }
      if (!missing.isEmpty()) {
        try {
          admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw e;
          }
        }
      }
      List<Topic<?, ?>> present = topics.all().stream().filter(t -> existing.contains(t.name())).toList();
      if (!present.isEmpty()) {
        reconcile(admin, present);
      }
    } catch (Exception e) {
      throw new IllegalStateException("cannot create topics at " + clientProps.get("bootstrap.servers") + ": " + e.getMessage(), e);
    }
    return created;
  }

  private static void reconcile(Admin admin, List<Topic<?, ?>> present) throws Exception {
    Map<String, TopicDescription> described = admin.describeTopics(present.stream().map(Topic::name).toList())
        .allTopicNames().get(30, TimeUnit.SECONDS);
    List<ConfigResource> resources = present.stream()
        .map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t.name())).toList();
    Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get(30, TimeUnit.SECONDS);
    Map<ConfigResource, Collection<AlterConfigOp>> changes = new HashMap<>();
    for (Topic<?, ?> t : present) {
      int have = described.get(t.name()).partitions().size();
      if (have != t.spec().partitions()) {
        LOG.warn("topic {} has {} partitions, the configuration asks for {}; left as it is", t.name(), have,
            t.spec().partitions());
      }
      ConfigResource r = new ConfigResource(ConfigResource.Type.TOPIC, t.name());
      for (Map.Entry<String, String> want : t.spec().configs().entrySet()) {
        ConfigEntry current = configs.get(r).get(want.getKey());
        if (current == null || !want.getValue().equals(current.value())) {
          LOG.info("topic {}: {} {} -> {}", t.name(), want.getKey(), current == null ? "unset" : current.value(),
              want.getValue());
          changes.computeIfAbsent(r, k -> new ArrayList<>())
              .add(new AlterConfigOp(new ConfigEntry(want.getKey(), want.getValue()), AlterConfigOp.OpType.SET));
        }
      }
    }
    if (!changes.isEmpty()) {
      admin.incrementalAlterConfigs(changes).all().get(30, TimeUnit.SECONDS);
    }
  }

  /** The cluster id and the id of each named topic, as the sink stores them with its positions. */
  public static io.claimwire.sink.ClaimStore.Origin origin(Properties clientProps, String group, List<String> names) {
    try (Admin admin = Admin.create(clientProps)) {
      String cluster = admin.describeCluster().clusterId().get(30, TimeUnit.SECONDS);
      Map<String, String> ids = new HashMap<>();
      admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS)
          .forEach((name, d) -> ids.put(name, d.topicId().toString()));
      return new io.claimwire.sink.ClaimStore.Origin(group, cluster, ids);
    } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("cannot describe the cluster at " + clientProps.get("bootstrap.servers") + ": "
          + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while describing the cluster", e);
    }
  }
}
