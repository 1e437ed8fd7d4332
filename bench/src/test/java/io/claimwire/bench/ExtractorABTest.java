package io.claimwire.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractorABTest {
  /** The jars and class folders this test runs with: one build, loaded twice. */
  private static List<Path> ownClassPath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList();
  }

  @Test
  void aBuildAgainstItselfRunsBothSidesAndComesOutNearOne() throws Exception {
    List<String> articles = SampleArticles.generate(7L, 16);

    ExtractorAB.Result r = ExtractorAB.run("test articles", articles, ownClassPath(), ownClassPath(), 3, 10, 20_000_000L);

    assertThat(r.thisRate()).isPositive();
    assertThat(r.otherRate()).isPositive();
    assertThat(r.ratio()).as("the same build on both sides, measured in alternating slices").isBetween(0.5, 2.0);
    assertThat(r.line()).contains("test articles", "ratio", "10 alternating slices");
  }

  @Test
  void aCheckoutThatIsNotBuiltIsNamedInTheError(@TempDir Path dir) {
    assertThatThrownBy(() -> ExtractorAB.productJars(dir)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("app/target/lib").hasMessageContaining("build that checkout first");
  }
}
