package io.claimwire.enrich.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An ordered set of {@link Gate}s, tested together for one sentence: each word of the sentence is looked up once in an
 * index from word to the gates that need it, and a test that several gates share (the same predicate object) runs
 * once. The answer is the same as asking each gate's {@link Gate#worthTrying} in turn.
 */
final class Gates {
  private final Gate[] gates;
  private final Map<String, int[]> byWord = new HashMap<>();
  /** For each gate with a test, the index of its test in {@link #tests}; -1 for a gate of words. */
  private final int[] testOf;
  private final List<Predicate<String>> tests = new ArrayList<>();

  Gates(Gate... gates) {
    this.gates = gates.clone();
    this.testOf = new int[gates.length];
    Map<String, List<Integer>> index = new HashMap<>();
    Map<Predicate<String>, Integer> seen = new IdentityHashMap<>();
    for (int g = 0; g < gates.length; g++) {
      Gate gate = gates[g];
      if (gate.test() != null) {
        Integer t = seen.get(gate.test());
        if (t == null) {
          t = tests.size();
          tests.add(gate.test());
          seen.put(gate.test(), t);
        }
        testOf[g] = t;
      } else {
        testOf[g] = -1;
        for (String w : gate.anyWord()) {
          index.computeIfAbsent(w, k -> new ArrayList<>()).add(g);
        }
      }
    }
    index.forEach((w, gs) -> byWord.put(w, gs.stream().mapToInt(Integer::intValue).toArray()));
  }

  int size() {
    return gates.length;
  }

  Gate get(int g) {
    return gates[g];
  }

  /** Which gates are worth trying on the sentence, by position; {@code words} are its {@link Gate#words}. */
  boolean[] worthTrying(String sentence, Set<String> words) {
    boolean[] open = new boolean[gates.length];
    for (String w : words) {
      int[] gs = byWord.get(w);
      if (gs != null) {
        for (int g : gs) {
          open[g] = true;
        }
      }
    }
    if (!tests.isEmpty()) {
      byte[] passed = new byte[tests.size()]; // 0 not run yet, 1 passed, 2 failed
      for (int g = 0; g < gates.length; g++) {
        int t = testOf[g];
        if (t >= 0) {
          if (passed[t] == 0) {
            passed[t] = tests.get(t).test(sentence) ? (byte) 1 : (byte) 2;
          }
          open[g] = passed[t] == 1;
        }
      }
    }
    return open;
  }
}
