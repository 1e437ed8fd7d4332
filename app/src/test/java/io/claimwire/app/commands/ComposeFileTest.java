package io.claimwire.app.commands;

import io.claimwire.app.*;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine;

/**
 * The top-level docker-compose.yml: valid for the compose tool where one is installed (Debian's docker-compose
 * checks the file without an engine), and what a platform team relies on, checked on the file itself: the parts,
 * health checks, the one-shot topic creation, a scalable enrich, named volumes, and only commands and
 * {@code CLAIMWIRE_*} settings that claimwire has.
 */
class ComposeFileTest {
  static final Path FILE = Path.of("..", "docker-compose.yml");

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> services() throws Exception {
    Map<String, Object> doc = new Yaml().load(Files.readString(FILE));
    return (Map<String, Map<String, Object>>) doc.get("services");
  }

  @Test
  void shouldValidateWithTheComposeTool() throws Exception {
    List<String> tool = null;
    for (List<String> candidate : List.of(List.of("docker", "compose"), List.of("docker-compose"))) {
      try {
        Process p = new ProcessBuilder(concat(candidate, "version")).redirectErrorStream(true).start();
        if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
          tool = candidate;
          break;
        }
      } catch (java.io.IOException absent) {
        // not installed
      }
    }
    assumeTrue(tool != null, "no compose tool here (.ci/run installs Debian's docker-compose)");
    Process p = new ProcessBuilder(concat(tool, "-f", FILE.toString(), "config", "-q")).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("%s config: %s", tool, out).isZero();
  }

  private static List<String> concat(List<String> head, String... tail) {
    List<String> all = new ArrayList<>(head);
    all.addAll(List.of(tail));
    return all;
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldRunTheWholePipelineTheWayKafkaTeamsDo() throws Exception {
    Map<String, Map<String, Object>> services = services();
    assertThat(services).containsKeys("kafka", "registry", "postgres", "topics", "ingest", "enrich", "sink");

    Map<String, Object> kafka = services.get("kafka");
    assertThat((String) kafka.get("image")).startsWith("apache/kafka:4.");
    Map<String, Object> kafkaEnv = (Map<String, Object>) kafka.get("environment");
    assertThat(kafkaEnv).containsEntry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
        .containsEntry("KAFKA_PROCESS_ROLES", "broker,controller");
    assertThat((String) services.get("registry").get("image")).startsWith("apicurio/apicurio-registry:");

    Map<String, Object> topics = services.get("topics");
    assertThat(dependencies(topics)).containsEntry("kafka", "service_healthy").containsEntry("registry", "service_healthy");
    for (String service : List.of("topics", "ingest", "enrich", "sink")) {
      Map<String, Object> env = (Map<String, Object>) services.get(service).get("environment");
      assertThat(String.valueOf(env.get("CLAIMWIRE_SCHEMA_REGISTRY"))).as("%s writes and reads through the registry", service)
          .startsWith("http://registry:");
    }
    for (String service : List.of("ingest", "enrich", "sink")) {
      assertThat(dependencies(services.get(service))).as(service).containsEntry("topics", "service_completed_successfully");
    }
    services.forEach((name, s) -> {
      if (!name.equals("topics")) {
        Map<String, Object> health = (Map<String, Object>) s.get("healthcheck");
        assertThat(health).as("%s has a health check", name).isNotNull().containsKey("test");
      }
    });
    Map<String, Object> enrich = services.get("enrich");
    assertThat(enrich).as("enrich scales: no fixed host port, no container name")
        .doesNotContainKeys("ports", "container_name");

    Map<String, Object> doc = new Yaml().load(Files.readString(FILE));
    Set<String> volumes = ((Map<String, Object>) doc.get("volumes")).keySet();
    assertThat(volumes).contains("kafka-data", "postgres-data");
    services.forEach((name, s) -> {
      for (Object v : (List<Object>) s.getOrDefault("volumes", List.of())) {
        String source = v.toString().split(":")[0];
        if (!source.startsWith(".") && !source.startsWith("/")) {
          assertThat(volumes).as("%s uses a declared named volume", name).contains(source);
        }
      }
    });
  }

  /** Every command the file runs is a claimwire command, and every CLAIMWIRE_ variable a setting it reads. */
  @Test
  @SuppressWarnings("unchecked")
  void shouldUseOnlyCommandsAndSettingsClaimwireHas() throws Exception {
    CommandLine cli = new CommandLine(new Main());
    Set<String> envNames = new java.util.HashSet<>(Set.of("CLAIMWIRE_CONFIG"));
    Config.settings(cli).values().forEach(s -> envNames.add(Config.envName(s.option())));
    for (Map.Entry<String, Map<String, Object>> e : services().entrySet()) {
      Map<String, Object> s = e.getValue();
      if (!"claimwire:local".equals(s.get("image"))) {
        continue;
      }
      List<String> command = (List<String>) s.get("command");
      CommandLine sub = cli.getSubcommands().get(command.get(0));
      assertThat(sub).as("%s runs claimwire %s", e.getKey(), command.get(0)).isNotNull();
      Map<String, Object> env = (Map<String, Object>) s.getOrDefault("environment", Map.of());
      for (String name : env.keySet()) {
        assertThat(name.startsWith("CLAIMWIRE_KAFKA_") || envNames.contains(name)).as("%s sets %s", e.getKey(), name).isTrue();
      }
      // the arguments parse, with the environment's settings
      Config config = new Config(env.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
          x -> String.valueOf(x.getValue()))), new java.util.Properties(), null);
      Main.commandLine(config).parseArgs(command.toArray(String[]::new));
    }
    Config.active = null;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> dependencies(Map<String, Object> service) {
    Map<String, String> out = new java.util.HashMap<>();
    ((Map<String, Object>) service.getOrDefault("depends_on", Map.of())).forEach((k, v) ->
        out.put(k, String.valueOf(((Map<String, Object>) v).get("condition"))));
    return out;
  }
}
