package io.claimwire.app;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores verdicts against a generated gold the way {@code ../shared/eval/score_dedup.py} does: duplicate and update
 * precision and recall, originals marked duplicate (false merges) and duplicate pointers into the right copy group.
 * Verdict strings are "KIND articleId vN of DUPLICATE_OF METHOD", keyed by record id.
 */
record DedupScore(int dupTp, int dupFp, int dupFn, int updTp, int updFp, int updFn, int falseMerges, int pointersOk) {
  static DedupScore of(List<DedupArchive.Line> gold, Map<String, String> verdicts) {
    Map<String, Integer> lineOf = new HashMap<>();
    for (int i = 0; i < gold.size(); i++) {
      lineOf.put((String) gold.get(i).record().get("id"), i + 1);
    }
    Map<Integer, Integer> group = new HashMap<>();
    for (int i = 0; i < gold.size(); i++) {
      DedupArchive.Line g = gold.get(i);
      group.put(i + 1, g.expect().equals("duplicate") ? group.getOrDefault(g.ofLine(), g.ofLine()) : i + 1);
    }
    int dupTp = 0, dupFp = 0, dupFn = 0, updTp = 0, updFp = 0, updFn = 0, merges = 0, ptr = 0;
    for (int i = 0; i < gold.size(); i++) {
      DedupArchive.Line g = gold.get(i);
      String v = verdicts.getOrDefault((String) g.record().get("id"), "MISSING");
      String kind = v.split(" ")[0];
      String expect = g.expect().toUpperCase(java.util.Locale.ROOT);
      if (kind.equals("DUPLICATE")) {
        if (expect.equals("DUPLICATE")) {
          dupTp++;
          Integer of = lineOf.get(v.split(" ")[4]);
          if (of != null && group.get(of).equals(group.get(i + 1))) {
            ptr++;
          }
        } else {
          dupFp++;
          merges += expect.equals("ORIGINAL") ? 1 : 0;
        }
      } else if (expect.equals("DUPLICATE")) {
        dupFn++;
      }
      if (kind.equals("UPDATE")) {
        if (expect.equals("UPDATE")) {
          updTp++;
        } else {
          updFp++;
        }
      } else if (expect.equals("UPDATE")) {
        updFn++;
      }
    }
    return new DedupScore(dupTp, dupFp, dupFn, updTp, updFp, updFn, merges, ptr);
  }

  double duplicatePrecision() {
    return dupTp / (double) Math.max(1, dupTp + dupFp);
  }

  double duplicateRecall() {
    return dupTp / (double) Math.max(1, dupTp + dupFn);
  }

  double updatePrecision() {
    return updTp / (double) Math.max(1, updTp + updFp);
  }

  double updateRecall() {
    return updTp / (double) Math.max(1, updTp + updFn);
  }
}
