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

  public static String normalise(String text) {
    String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  public static String of(String text) {
    return sha256(normalise(text));
  }

  public static String sha256(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
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
