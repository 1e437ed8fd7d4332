package io.claimwire.app.commands;

import io.claimwire.app.*;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** The readable claim table the demo and `run` print. */
final class ClaimTable {
  private static final String[] HEADERS = {"value", "qualifier", "measure", "subject", "location", "source", "outlet"};
  private static final int[] WIDTHS = {18, 15, 18, 24, 18, 26, 16};

  private ClaimTable() {}

  static void print(PrintStream out, List<Map<String, Object>> rows) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < HEADERS.length; i++) {
      sb.append(cell(HEADERS[i].toUpperCase(java.util.Locale.ROOT), WIDTHS[i]));
    }
    out.println(sb.toString().stripTrailing());
    for (Map<String, Object> r : rows) {
      sb.setLength(0);
      sb.append(cell(value(r), WIDTHS[0])).append(cell(str(r.get("qualifier")), WIDTHS[1]))
          .append(cell(str(r.get("measure")), WIDTHS[2])).append(cell(str(r.get("subject")), WIDTHS[3]))
          .append(cell(str(r.get("location")), WIDTHS[4])).append(cell(source(r), WIDTHS[5]))
          .append(cell(str(r.get("outlet")), WIDTHS[6]));
      out.println(sb.toString().stripTrailing());
    }
    out.println(rows.size() + " claims");
  }

  private static String value(Map<String, Object> r) {
    double v = ((Number) r.get("figure")).doubleValue();
    String s = v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format("%,d", (long) v) : String.format("%,.2f", v);
    Object high = r.get("high");
    if (high instanceof Number h) {
      s += "-" + String.format("%,d", (long) h.doubleValue());
    }
    Object unit = r.get("unit");
    return unit == null ? s : s + " " + unit;
  }

  private static String source(Map<String, Object> r) {
    String name = str(r.get("source_name"));
    Object via = r.get("source_via");
    return via == null ? name : name + " via " + via;
  }

  private static String str(Object o) {
    return o == null ? "-" : o.toString();
  }

  private static String cell(String s, int width) {
    String t = s.length() >= width ? s.substring(0, width - 2) + "…" : s;
    return t + " ".repeat(Math.max(1, width - t.length()));
  }
}
