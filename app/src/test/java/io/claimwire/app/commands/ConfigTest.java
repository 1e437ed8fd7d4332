package io.claimwire.app.commands;

import io.claimwire.app.*;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ConfigTest {
  @TempDir Path dir;

  @AfterEach
  void reset() {
    Config.active = null;
  }

  private Common parse(Map<String, String> env, String... args) {
    Config config = Config.load(args, env);
    CommandLine cli = Main.commandLine(config);
    config.validate(cli);
    CommandLine.ParseResult parsed = cli.parseArgs(args);
    return ((SinkCommand) parsed.subcommand().commandSpec().userObject()).common;
  }

  private Path file(String text) throws Exception {
    Path f = dir.resolve("claimwire-" + System.nanoTime() + ".properties");
    Files.writeString(f, text);
    return f;
  }

  @Test
  void shouldTakeTheFlagThenTheEnvironmentThenTheFileThenTheDefault() throws Exception {
    Path f = file("bootstrap-servers=file:9092\ndispute-tolerance=0.3\nrocksdb-memory-mb=512\n");
    Map<String, String> env = Map.of("CLAIMWIRE_BOOTSTRAP_SERVERS", "env:9092", "CLAIMWIRE_DISPUTE_TOLERANCE", "0.4");

    Common c = parse(env, "sink", "--config", f.toString(), "--bootstrap-servers", "flag:9092");
    assertThat(c.bootstrapServers).isEqualTo("flag:9092");
    assertThat(c.disputeTolerance).as("environment over file").isEqualTo(0.4);
    assertThat(c.rocksDbMemoryMb).as("file over default").isEqualTo(512);
    assertThat(c.controllerPort).as("the default").isEqualTo(19093);

    Common fromEnv = parse(Map.of("CLAIMWIRE_CONFIG", f.toString()), "sink");
    assertThat(fromEnv.bootstrapServers).as("CLAIMWIRE_CONFIG names the file").isEqualTo("file:9092");
    assertThat(parse(Map.of(), "sink").bootstrapServers).isNull();
  }

  @Test
  void shouldPassKafkaClientSettingsThroughWithThePrefix() throws Exception {
    Path f = file("kafka.security.protocol=SASL_SSL\nkafka.sasl.mechanism=SCRAM-SHA-512\n");
    Path client = file("sasl.mechanism=PLAIN\n");
    Map<String, String> env = Map.of("CLAIMWIRE_KAFKA_SASL_MECHANISM", "OAUTHBEARER",
        "CLAIMWIRE_KAFKA_SSL_TRUSTSTORE_LOCATION", "/etc/kafka/truststore.jks");

    Properties props = parse(env, "sink", "--config", f.toString(), "--bootstrap-servers", "b:9092").settings()
        .clientProperties();
    assertThat(props).containsEntry("security.protocol", "SASL_SSL").containsEntry("sasl.mechanism", "OAUTHBEARER")
        .containsEntry("ssl.truststore.location", "/etc/kafka/truststore.jks");
    Properties flagged = parse(env, "sink", "--config", f.toString(), "--client-config", client.toString())
        .settings().clientProperties();
    assertThat(flagged).as("the flag's file wins").containsEntry("sasl.mechanism", "PLAIN");
  }

  @Test
  void shouldGiveTheRegistryItsOwnSettingsAndKeepThemFromKafkaClients() throws Exception {
    Path f = file("schema-registry=http://registry:8080\nkafka.apicurio.registry.auth.username=claims\nkafka.security.protocol=SSL\n");

    PipelineSettings s = parse(Map.of(), "sink", "--config", f.toString()).settings();

    assertThat(s.schemaRegistry()).isEqualTo("http://registry:8080/apis/registry/v3");
    assertThat(s.registrySettings()).containsExactly(Map.entry("apicurio.registry.auth.username", "claims"));
    assertThat(s.kafkaProperties()).containsEntry("security.protocol", "SSL").doesNotContainKey("apicurio.registry.auth.username");
    assertThat(parse(Map.of(), "sink").settings().schemaRegistry()).as("single-object encoding by default").isNull();
    assertThatThrownBy(() -> parse(Map.of("CLAIMWIRE_SCHEMA_REGISTRY", "registry:8080"), "sink").settings())
        .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("--schema-registry")
        .hasMessageContaining("http://registry:8080");
  }

  @Test
  void shouldRefuseWhatCannotWorkSayingWhatToFix() throws Exception {
    Path typo = file("bootstrap-server=kafka:9092\n");
    assertThatThrownBy(() -> parse(Map.of(), "sink", "--config", typo.toString()))
        .hasMessageContaining("unknown setting bootstrap-server").hasMessageContaining(typo.toString())
        .hasMessageContaining("bootstrap-servers");
    assertThatThrownBy(() -> parse(Map.of("CLAIMWIRE_PORT", "eighty"), "sink"))
        .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("--port").hasMessageContaining("eighty");
    assertThatThrownBy(() -> Config.load(new String[] {"sink", "--config", dir.resolve("missing").toString()}, Map.of()))
        .hasMessageContaining("cannot read the configuration file");
  }

  /** The operations guide's table is the generated one: the documentation cannot drift from the flags. */
  @Test
  void shouldDocumentEverySettingInTheReadme() throws Exception {
    String readme = Files.readString(Path.of("..", "docs", "operations.md"));
    String begin = "<!-- settings: generated by `./claimwire config`; ConfigTest keeps it current -->\n";
    int from = readme.indexOf(begin);
    int to = readme.indexOf("<!-- end of settings -->");
    assertThat(from).as("docs/operations.md has the settings table").isPositive();
    String table = Config.markdownTable(new CommandLine(new Main()));
    assertThat(readme.substring(from + begin.length(), to)).isEqualTo(table);
    assertThat(table).contains("`CLAIMWIRE_BOOTSTRAP_SERVERS`", "`CLAIMWIRE_STORE_URL`", "`CLAIMWIRE_PORT`",
        "`kafka.<name>`");
  }

  private RunCommand parseRun(String... args) {
    Config config = Config.load(args, Map.of());
    CommandLine cli = Main.commandLine(config);
    config.validate(cli);
    return (RunCommand) cli.parseArgs(args).subcommand().commandSpec().userObject();
  }

  @Test
  void durationsTakeMillisecondsAndEveryParseErrorNamesItsFlag() {
    assertThat(parseRun("run", "--fetch-delay", "200ms").live.fetchDelayMs).isEqualTo(200);
    assertThat(parseRun("run", "--watch-settle", "PT1.5S").live.settleMs).isEqualTo(1500);
    assertThat(parseRun("run", "--fetch-delay", "2m").live.fetchDelayMs).isEqualTo(120_000);
    assertThatThrownBy(() -> parseRun("run", "--fetch-delay", "soon")).isInstanceOf(CommandLine.ParameterException.class)
        .hasMessageContaining("--fetch-delay").hasMessageContaining("'soon' is not a duration");
    assertThatThrownBy(() -> parseRun("run", "--dedup-retention", "0s")).hasMessageContaining("--dedup-retention")
        .hasMessageContaining("not a positive duration");
    assertThatThrownBy(() -> parseRun("run", "--max-text-mb", "40").common.settings())
        .hasMessageContaining("--max-text-mb must be between 1 and 16");
    assertThatThrownBy(() -> parseRun("run", "--max-figures", "0").common.settings()).hasMessageContaining("--max-figures");
    assertThatThrownBy(() -> parseRun("run", "--push-port", "0", "--push-token", "t", "--push-max-mb", "0").live.sources())
        .hasMessageContaining("--push-max-mb must be at least 1");
  }

  @Test
  void theLimitsFlagsReachThePipelineSettings() {
    var limits = parseRun("run", "--max-text-mb", "8", "--max-html-mb", "2", "--max-figures", "40").common.settings().limits();
    assertThat(limits).isEqualTo(new io.claimwire.schemas.Limits(8 * io.claimwire.schemas.Limits.MB,
        2 * io.claimwire.schemas.Limits.MB, 40));
  }
}
