package io.claimwire.sink;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders extractor versions such as {@code rules-0.1.0} and {@code rules-0.10.2}: by name, then by each number of the
 * version in turn (so 0.10 is after 0.9), a version with more parts after its prefix (0.1.1 after 0.1). Text that is
 * not {@code NAME-NUMBERS} is compared as text.
 */
final class ExtractorVersions {
  private static final Pattern FORM = Pattern.compile("(.*?)-?(\\d+(?:\\.\\d+)*)");

  private ExtractorVersions() {}

  static int compare(String a, String b) {
    Matcher ma = FORM.matcher(a);
    Matcher mb = FORM.matcher(b);
    if (!ma.matches() || !mb.matches() || !ma.group(1).equals(mb.group(1))) {
      return a.compareTo(b);
    }
    String[] pa = ma.group(2).split("\\.");
    String[] pb = mb.group(2).split("\\.");
    for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
      int c = new java.math.BigInteger(pa[i]).compareTo(new java.math.BigInteger(pb[i]));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(pa.length, pb.length);
  }
}
