package io.claimwire.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExtractorVersionsTest {
  @Test
  void shouldCompareVersionNumbersAsNumbers() {
    assertThat(ExtractorVersions.compare("rules-0.10.0", "rules-0.9.9")).isPositive();
    assertThat(ExtractorVersions.compare("rules-0.1.0", "rules-0.1.0")).isZero();
    assertThat(ExtractorVersions.compare("rules-0.1", "rules-0.1.1")).isNegative();
    assertThat(ExtractorVersions.compare("rules-2", "rules-10")).isNegative();
    assertThat(ExtractorVersions.compare("test", "test")).isZero();
  }

  /** Sorting random versions agrees with sorting their number lists, and the order is a total order. */
  @Test
  void shouldBeATotalOrderAgreeingWithTheNumbers() {
    Random random = new Random(20261203L);
    List<int[]> parts = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      int[] p = new int[1 + random.nextInt(3)];
      for (int j = 0; j < p.length; j++) {
        p[j] = random.nextInt(random.nextBoolean() ? 3 : 120);
      }
      parts.add(p);
    }
    for (int[] a : parts) {
      for (int[] b : parts.subList(0, 40)) {
        int want = Integer.signum(java.util.Arrays.compare(a, b));
        assertThat(Integer.signum(ExtractorVersions.compare(name(a), name(b)))).as("%s vs %s", name(a), name(b))
            .isEqualTo(want)
            .isEqualTo(-Integer.signum(ExtractorVersions.compare(name(b), name(a))));
      }
    }
  }

  private static String name(int[] p) {
    StringBuilder s = new StringBuilder("rules-");
    for (int i = 0; i < p.length; i++) {
      s.append(i == 0 ? "" : ".").append(p[i]);
    }
    return s.toString();
  }
}
