package io.claimwire.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The ring-of-slots index against what it must never do, over seeded random adds, removals and lookups. */
class NearDuplicatesIndexTest {
  private static String text(Random r, int id) {
    StringBuilder sb = new StringBuilder("Report " + id + ":");
    for (int i = 0; i < 60; i++) {
      sb.append(' ').append(Integer.toString(r.nextInt(5000), 36));
    }
    return sb.toString();
  }

  /**
   * Several seeds, so that the lookup runs long enough to be compiled by C2 within the test: a miscompilation of the
   * packed comparison on JDK 17 showed only then (a held signature not found, or found at similarity 2/3).
   */
  @Test
  void findsWhatItHoldsNeverWhatItForgotAcrossGrowthAndReuse() {
    for (long seed = 20261202L; seed < 20261202L + 12; seed++) {
      holdsAndForgets(new Random(seed));
    }
  }

  private static void holdsAndForgets(Random r) {
    NearDuplicates index = new NearDuplicates(0.5);
    Map<String, byte[]> live = new HashMap<>();
    ArrayDeque<String> order = new ArrayDeque<>();
    List<String> forgotten = new ArrayList<>();
    Map<String, byte[]> all = new HashMap<>();
    for (int step = 0; step < 6000; step++) {
      int op = r.nextInt(10);
      if (op < 6 || live.isEmpty()) {
        String id = "a" + step;
        byte[] sig = NearDuplicates.signature(text(r, step));
        index.add(id, sig);
        live.put(id, sig);
        all.put(id, sig);
        order.add(id);
      } else if (op < 8) {
        // mostly the oldest first (the retention window), sometimes one from the middle
        String id = r.nextInt(4) == 0 ? new ArrayList<>(live.keySet()).get(r.nextInt(live.size())) : order.peek();
        order.remove(id);
        live.remove(id);
        forgotten.add(id);
        index.remove(id);
      } else {
        String id = new ArrayList<>(live.keySet()).get(r.nextInt(live.size()));
        assertThat(index.find(live.get(id))).as("step %d", step).hasValueSatisfying(m -> {
          assertThat(m.id()).isEqualTo(id);
          assertThat(m.similarity()).isEqualTo(1.0);
        });
        if (!forgotten.isEmpty()) {
          String gone = forgotten.get(r.nextInt(forgotten.size()));
          assertThat(index.find(all.get(gone))).as("forgotten %s at step %d", gone, step).isEmpty();
        }
      }
      assertThat(index.size()).isEqualTo(live.size());
    }
  }

  @Test
  void aLookupExaminesABoundedNumberOfCandidatesWhenEveryArticleLooksAlike() {
    NearDuplicates index = new NearDuplicates(0.99);
    String boiler = "Share this article Subscribe to our newsletter for the latest news and updates ";
    for (int i = 0; i < 20_000; i++) {
      index.add("b" + i, NearDuplicates.signature(boiler.repeat(3) + " item " + i));
    }
    byte[] probe = NearDuplicates.signature(boiler.repeat(3) + " item 5");
    index.find(probe);
    assertThat(index.lastCandidates()).isPositive()
        .isLessThanOrEqualTo(NearDuplicates.BANDS * NearDuplicates.CHAIN_CAP);
  }

  /** Letters only: these texts report no numbers, so similarity alone decides. */
  private static String word(Random r) {
    char[] w = new char[3 + r.nextInt(6)];
    for (int i = 0; i < w.length; i++) {
      w[i] = (char) ('a' + r.nextInt(26));
    }
    return new String(w);
  }

  /** A text of {@code base}'s words with each replaced by a random one with probability {@code change}. */
  private static String variant(Random r, String[] base, double change) {
    StringBuilder sb = new StringBuilder();
    for (String w : base) {
      sb.append(r.nextDouble() < change ? word(r) : w).append(' ');
    }
    return sb.toString();
  }

  @Test
  void reportsHash4jsSimilarityAndTheBestMatchAnExhaustiveSearchFinds() {
    Random r = new Random(77L);
    double threshold = 0.4;
    NearDuplicates index = new NearDuplicates(threshold);
    String[][] stories = new String[25][];
    for (int s = 0; s < stories.length; s++) {
      stories[s] = new String[80];
      for (int w = 0; w < 80; w++) {
        stories[s][w] = word(r);
      }
    }
    double[] changes = {0, 0.02, 0.05, 0.1, 0.2, 0.5, 1};
    Map<String, byte[]> held = new HashMap<>();
    for (int i = 0; i < 400; i++) {
      byte[] sig = NearDuplicates.signature(variant(r, stories[r.nextInt(stories.length)], changes[r.nextInt(changes.length)]));
      index.add("d" + i, sig);
      held.put("d" + i, sig);
    }
    int strongFound = 0;
    for (int q = 0; q < 300; q++) {
      byte[] probe = NearDuplicates.signature(variant(r, stories[r.nextInt(stories.length)], changes[r.nextInt(changes.length)]));
      double best = held.values().stream().mapToDouble(h -> NearDuplicates.similarity(probe, h)).max().orElse(0);
      var found = index.find(probe);
      found.ifPresent(m -> {
        assertThat(m.similarity()).isEqualTo(NearDuplicates.similarity(probe, held.get(m.id())))
            .isGreaterThanOrEqualTo(threshold);
        assertThat(m.similarity()).isLessThanOrEqualTo(best);
      });
      if (best >= 0.7) {
        // twenty bands of three miss a pair at 0.7 with probability 1e-4: the index must find the best
        assertThat(found).as("probe %d, best %.3f", q, best).hasValueSatisfying(m -> assertThat(m.similarity()).isEqualTo(best));
        strongFound++;
      }
    }
    assertThat(strongFound).as("probes with a strong match: %d", strongFound).isGreaterThan(50);
  }
}
