package io.claimwire.app;

import io.claimwire.schemas.Topic;
import io.claimwire.schemas.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates every topic of the registry that does not exist yet, with its spec. Never changes an existing one. */
public final class TopicAdmin {
  private TopicAdmin() {}

  public static List<String> ensureTopics(Properties clientProps, Topics topics, short replication) {
    List<String> created = new ArrayList<>();
    try (Admin admin = Admin.create(clientProps)) {
      Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      List<NewTopic> missing = new ArrayList<>();
      for (Topic<?, ?> t : topics.all()) {
        if (!existing.contains(t.name())) {
          missing.add(new NewTopic(t.name(), t.spec().partitions(), replication).configs(t.spec().configs()));
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
    } catch (Exception e) {
      throw new IllegalStateException("cannot create topics at " + clientProps.get("bootstrap.servers") + ": " + e.getMessage(), e);
    }
    return created;
  }
}
