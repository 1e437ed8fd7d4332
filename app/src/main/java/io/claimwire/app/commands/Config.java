package io.claimwire.app.commands;

import io.claimwire.app.*;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Where each setting of the services comes from, first found wins: the flag on the command line, the environment
 * variable {@code CLAIMWIRE_<FLAG>} (dashes as underscores, e.g. {@code CLAIMWIRE_BOOTSTRAP_SERVERS}), the properties
 * file ({@code --config FILE} or {@code CLAIMWIRE_CONFIG}; keys are the flags without dashes, e.g.
 * {@code bootstrap-servers=kafka:9092}), the built-in default. Kafka client settings (SASL, TLS and any other) pass
 * through with a {@code kafka.} prefix in the file ({@code kafka.security.protocol=SASL_SSL}) or as
 * {@code CLAIMWIRE_KAFKA_SECURITY_PROTOCOL} in the environment. The settings are the options of the service mixins;
 * the table in docs/operations.md is generated from them ({@code claimwire config}).
 */
public final class Config implements CommandLine.IDefaultValueProvider {
  static final String ENV_PREFIX = "CLAIMWIRE_";
  static final String KAFKA_PREFIX = "kafka.";
  private static final Set<Class<?>> HOLDERS = Set.of(Common.class, ApiOptions.class, LiveOptions.class, LanguageOption.class);
  /** The one in effect for this process; {@link #NONE} until {@link Main} sets it. */
  public static volatile Config active;
  static final Config NONE = new Config(Map.of(), new Properties(), null);

  private final Map<String, String> env;
  private final Properties file;
  private final Path fileName;

  Config(Map<String, String> env, Properties file, Path fileName) {
    this.env = env;
    this.file = file;
    this.fileName = fileName;
  }

  static Config active() {
    Config c = active;
    return c == null ? NONE : c;
  }

  /**
   * Reads the environment and the properties file named by {@code --config} in the arguments (or by
   * {@code CLAIMWIRE_CONFIG}).
   */
  public static Config load(String[] args, Map<String, String> env) {
    String name = env.get(ENV_PREFIX + "CONFIG");
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--config") && i + 1 < args.length) {
        name = args[i + 1];
      } else if (args[i].startsWith("--config=")) {
        name = args[i].substring("--config=".length());
      }
    }
    Properties file = new Properties();
    Path path = name == null || name.isBlank() ? null : Path.of(name);
    if (path != null) {
      try (Reader in = Files.newBufferedReader(path)) {
        file.load(in);
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read the configuration file " + path + ": " + e);
      }
    }
    return new Config(env, file, path);
  }

  /** True for the options that are settings: flags of the service mixins. */
  static boolean isSetting(ArgSpec arg) {
    return arg instanceof OptionSpec o && o.longestName().startsWith("--") && !o.longestName().equals("--config")
        && o.userObject() instanceof Field f && HOLDERS.contains(f.getDeclaringClass());
  }

  static String envName(OptionSpec o) {
    return ENV_PREFIX + key(o).toUpperCase(Locale.ROOT).replace('-', '_');
  }

  static String key(OptionSpec o) {
    return o.longestName().substring(2);
  }

  @Override
  public String defaultValue(ArgSpec arg) {
    if (!isSetting(arg)) {
      return null;
    }
    OptionSpec o = (OptionSpec) arg;
    String fromEnv = env.get(envName(o));
    if (fromEnv != null) {
      return fromEnv;
    }
    return file.getProperty(key(o));
  }

  /** Kafka client settings: {@code kafka.*} of the file, overridden by {@code CLAIMWIRE_KAFKA_*} of the environment. */
  Properties kafkaProperties() {
    Properties out = new Properties();
    for (String k : file.stringPropertyNames()) {
      if (k.startsWith(KAFKA_PREFIX)) {
        out.setProperty(k.substring(KAFKA_PREFIX.length()), file.getProperty(k));
      }
    }
    String envPrefix = ENV_PREFIX + "KAFKA_";
    for (Map.Entry<String, String> e : env.entrySet()) {
      if (e.getKey().startsWith(envPrefix) && e.getKey().length() > envPrefix.length()) {
        out.setProperty(e.getKey().substring(envPrefix.length()).toLowerCase(Locale.ROOT).replace('_', '.'), e.getValue());
      }
    }
    return out;
  }

  /**
   * Fails, saying what to fix, when the properties file holds a key that is neither a setting of some command nor a
   * {@code kafka.} setting: a typo there would otherwise be ignored without a word.
   */
  public void validate(CommandLine root) {
    Set<String> known = new TreeSet<>(settings(root).keySet());
    List<String> unknown = new ArrayList<>();
    for (String k : file.stringPropertyNames()) {
      if (!k.startsWith(KAFKA_PREFIX) && !known.contains(k) && !k.equals("config")) {
        unknown.add(k);
      }
    }
    if (!unknown.isEmpty()) {
      throw new CommandLine.ParameterException(root, "unknown setting" + (unknown.size() > 1 ? "s " : " ")
          + String.join(", ", new TreeSet<>(unknown)) + " in " + fileName + "; settings are " + String.join(", ", known)
          + ", and Kafka client settings with the prefix kafka.");
    }
  }

  /** Every setting by key, with the commands that take it, in the order the commands are declared. */
  static Map<String, Setting> settings(CommandLine root) {
    Map<String, Setting> out = new TreeMap<>();
    walk(root, out);
    return out;
  }

  private static void walk(CommandLine cmd, Map<String, Setting> out) {
    for (OptionSpec o : cmd.getCommandSpec().options()) {
      if (isSetting(o)) {
        out.computeIfAbsent(key(o), k -> new Setting(o, new ArrayList<>())).commands().add(cmd.getCommandName());
      }
    }
    for (CommandLine sub : new LinkedHashMap<>(cmd.getSubcommands()).values()) {
      walk(sub, out);
    }
  }

  record Setting(OptionSpec option, List<String> commands) {}

  /** The settings table of docs/operations.md, in Markdown. */
  static String markdownTable(CommandLine root) {
    StringBuilder b = new StringBuilder();
    b.append("| Flag | Environment | Properties key | Default | Commands | What it sets |\n");
    b.append("|---|---|---|---|---|---|\n");
    for (Setting s : settings(root).values()) {
      OptionSpec o = s.option();
      String def = o.defaultValue() == null || o.defaultValue().isEmpty() ? "" : "`" + o.defaultValue() + "`";
      String description = String.join(" ", o.description()).replaceAll("\\s*Default: \\$\\{DEFAULT-VALUE}[^.]*\\.", "")
          .replace("|", "\\|").strip();
      b.append("| `").append(o.longestName()).append("` | `").append(envName(o)).append("` | `").append(key(o))
          .append("` | ").append(def).append(" | ").append(String.join(", ", s.commands())).append(" | ")
          .append(description).append(" |\n");
    }
    b.append("| `--config` | `CLAIMWIRE_CONFIG` | | | every command above | The properties file itself. |\n");
    b.append("| | `CLAIMWIRE_KAFKA_<NAME>` | `kafka.<name>` | | every command above | A Kafka client setting, e.g. "
        + "`kafka.security.protocol=SASL_SSL` or `CLAIMWIRE_KAFKA_SASL_MECHANISM=PLAIN`; `--client-config FILE` "
        + "(plain Kafka keys) overrides both. |\n");
    return b.toString();
  }
}
