package io.claimwire.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The product carries no benchmark harness: after packaging, neither the runnable jar's class path nor
 * {@code app/target/lib} holds JMH, and JMH cannot be loaded by the app; {@code claimwire bench} starts the
 * benchmark jar the build makes in a JVM of its own, and its help still answers.
 */
class ProductClassPathIT {
  @Test
  void noJmhOnTheProductsClassPath() throws Exception {
    try (Stream<Path> libs = Files.list(Path.of("target", "lib"))) {
      assertThat(libs.map(p -> p.getFileName().toString())).isNotEmpty().noneMatch(n -> n.contains("jmh"));
    }
    try (JarFile jar = new JarFile(Path.of("target", "claimwire-app.jar").toFile())) {
      String classPath = jar.getManifest().getMainAttributes().getValue("Class-Path");
      assertThat(classPath).contains("kafka-streams").doesNotContain("jmh").doesNotContain("claimwire-bench");
    }
    assertThatThrownBy(() -> Class.forName("org.openjdk.jmh.runner.Runner")).isInstanceOf(ClassNotFoundException.class);
    assertThat(new picocli.CommandLine(new Main()).getSubcommands().get("bench").getUsageMessage())
        .contains("--pipeline").contains("--include");
  }
}
