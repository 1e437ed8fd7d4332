package io.claimwire.schemas;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Article identity and exact-duplicate fingerprints (part of the contract between ingest and enrich): text normalised so quote style, case, punctuation and spacing do not matter. */
public final class ContentFingerprint {
  private ContentFingerprint() {}

  /**
   * Lower case, every run of characters other than letters and digits one space, trimmed; NFKC first (only where
   * the text is not already plain ASCII, which it usually is).
   */
  public static String normalise(String text) {
    String s = text == null ? "" : text;
    int n = s.length();
    boolean ascii = true;
    for (int i = 0; i < n && ascii; i++) {
      ascii = s.charAt(i) < 128;
    }
    if (!ascii) {
      // NFKC and a whole-string lower case (final sigma and other context rules), then the same loop
      s = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
      n = s.length();
    }
    char[] out = new char[n];
    int len = 0;
    boolean gap = false;
    for (int i = 0; i < n; ) {
      char c = s.charAt(i);
      int width = 1;
      boolean keep;
      if (c < 128) {
        if (c >= 'A' && c <= 'Z') {
          c = (char) (c + 32);
        }
        keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      } else {
        int cp = s.codePointAt(i);
        width = Character.charCount(cp);
        keep = Character.isLetterOrDigit(cp);
      }
      if (!keep) {
        gap = true;
      } else {
        if (gap && len > 0) {
          out[len++] = ' ';
        }
        gap = false;
        for (int k = 0; k < width; k++) {
          out[len++] = width == 1 ? c : s.charAt(i + k);
        }
      }
      i += width;
    }
    return new String(out, 0, len);
  }

  public static String of(String text) {
    return sha256(normalise(text));
  }

  public static String sha256(String s) {
    return sha256(s.getBytes(StandardCharsets.UTF_8));
  }

  /** Hex SHA-256 of the bytes. */
  public static String sha256(byte[] bytes) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }

  /** The article identity of a URL: scheme and "www." dropped, query tracking parameters and fragment removed. */
  public static String canonicalUrl(String url) {
    String u = url.strip().replaceFirst("(?i)^https?://", "").replaceFirst("(?i)^www\\.", "");
    u = u.replaceFirst("#.*$", "");
    u = u.replaceAll("(?i)([?&])(utm_[a-z]+|fbclid|gclid|ref|cmpid)=[^&]*", "$1").replaceAll("[?&]+$", "")
        .replace("?&", "?");
    int slash = u.indexOf('/');
    String host = slash < 0 ? u : u.substring(0, slash);
    String path = slash < 0 ? "" : u.substring(slash);
    path = path.replaceAll("/+$", "");
    return host.toLowerCase(Locale.ROOT) + path;
  }

  /** The article identity: its canonical URL when it has one, else its normalised content. */
  public static String articleId(String url, String contentHash) {
    if (url != null && !url.isBlank()) {
      return "u-" + sha256(canonicalUrl(url)).substring(0, 24);
    }
    return "c-" + contentHash.substring(0, 24);
  }
}
