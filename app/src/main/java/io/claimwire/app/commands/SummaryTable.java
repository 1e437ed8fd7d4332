package io.claimwire.app.commands;

import io.claimwire.app.*;

import java.io.PrintStream;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The stored claim summaries as text: each corroborated or disputed topic with its figures side by side. */
final class SummaryTable {
  private SummaryTable() {}

  static void print(PrintStream out, List<Map<String, Object>> rows) {
    long single = rows.stream().filter(r -> "SINGLE".equals(r.get("status"))).count();
    out.println();
    out.printf("%d figure topics: %d corroborated, %d disputed, %d single%n", rows.size(),
        rows.stream().filter(r -> "CORROBORATED".equals(r.get("status"))).count(),
        rows.stream().filter(r -> "DISPUTED".equals(r.get("status"))).count(), single);
    for (Map<String, Object> r : rows) {
      if ("SINGLE".equals(r.get("status"))) {
        continue;
      }
      out.printf("%-13s %s %s%s%n", r.get("status"), r.get("subject"), r.get("measure"),
          r.get("location") == null ? "" : " (" + r.get("location") + ")");
      for (Object f : (List<?>) r.get("figures")) {
        Map<?, ?> fig = (Map<?, ?>) f;
        out.printf("    %-14s %-14s %s; %s outlet%s%s%n", number(fig.get("value")), fig.get("qualifier"),
            fig.get("sources"), fig.get("independentOutlets"),
            ((Number) fig.get("independentOutlets")).intValue() == 1 ? "" : "s",
            Boolean.TRUE.equals(fig.get("superseded")) ? " (superseded)" : "");
      }
    }
  }

  private static String number(Object v) {
    double d = ((Number) v).doubleValue();
    return d == Math.rint(d) ? NumberFormat.getIntegerInstance(Locale.ROOT).format(d) : String.valueOf(d);
  }
}
