package io.claimwire.schemas;

import io.claimwire.schemas.avro.RawArticle;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The one table of limits, checked at the door of every source (push, files, archives, watched directories,
 * feeds) so that nothing is accepted that a later stage must refuse, and read again by enrich (the figure cap)
 * and by every producer and topic (the record bound).
 *
 * <table>
 *   <caption>limits</caption>
 *   <tr><th>what</th><th>limit</th><th>why</th></tr>
 *   <tr><td>text</td><td>{@code --max-text-mb}, default 1 MB of UTF-8</td><td>bounds the article and claim set records</td></tr>
 *   <tr><td>html riding along</td><td>{@code --max-html-mb}, default 4 MB</td><td>bounds the raw record</td></tr>
 *   <tr><td>record id</td><td>200 characters</td><td>the store's key column</td></tr>
 *   <tr><td>url</td><td>2,048 characters, http or https only</td><td>a link on the page must be safe to follow</td></tr>
 *   <tr><td>title, outlet</td><td>1,000 and 200 characters</td><td>headline and name, not a body</td></tr>
 *   <tr><td>every field</td><td>valid Unicode, no U+0000</td><td>PostgreSQL refuses NUL; a lone surrogate is not text</td></tr>
 *   <tr><td>figures per article</td><td>{@code --max-figures}, default 500</td><td>bounds the claim set; the set says when it cut</td></tr>
 * </table>
 *
 * @param maxTextBytes the largest article text, in UTF-8 bytes
 * @param maxHtmlBytes the largest original HTML kept with an article, in UTF-8 bytes
 * @param maxFigures the most claims one article version yields; the rest are cut and the claim set is flagged
 */
public record Limits(long maxTextBytes, long maxHtmlBytes, int maxFigures) {
  public static final long MB = 1024L * 1024;
  public static final long DEFAULT_TEXT_BYTES = MB;
  public static final long DEFAULT_HTML_BYTES = 4 * MB;
  public static final int DEFAULT_MAX_FIGURES = 500;
  /** The largest {@code --max-text-mb}: with the HTML limit it keeps every record under {@link #MAX_RECORD_BYTES}. */
  public static final int MAX_TEXT_MB = 16;
  public static final int MAX_HTML_MB = 8;
  public static final int MAX_FIGURES = 5000;
  /** The store's {@code record_id VARCHAR(200)}. */
  public static final int MAX_ID_CHARS = 200;
  public static final int MAX_URL_CHARS = 2048;
  public static final int MAX_TITLE_CHARS = 1000;
  public static final int MAX_OUTLET_CHARS = 200;
  /** Evidence longer than this (a "sentence" with no full stop) is cut to a window around the figure. */
  public static final int MAX_EVIDENCE_CHARS = 1000;
  /**
   * The largest record a claimwire producer sends ({@code max.request.size}) and a claimwire topic takes
   * ({@code max.message.bytes}): the largest text and HTML the flags allow, with room for the other fields.
   */
  public static final int MAX_RECORD_BYTES = 32 * (int) MB;
  /** A claim set over this is not sent: it goes to enrich's dead letters. Far above what the figure cap yields. */
  public static final int MAX_CLAIM_SET_BYTES = 16 * (int) MB;

  public Limits {
    if (maxTextBytes < 1 || maxTextBytes > MAX_TEXT_MB * MB) {
      throw new IllegalArgumentException("the text limit must be between 1 byte and " + MAX_TEXT_MB + " MB, got " + maxTextBytes);
    }
    if (maxHtmlBytes < 1 || maxHtmlBytes > MAX_HTML_MB * MB) {
      throw new IllegalArgumentException("the HTML limit must be between 1 byte and " + MAX_HTML_MB + " MB, got " + maxHtmlBytes);
    }
    if (maxFigures < 1 || maxFigures > MAX_FIGURES) {
      throw new IllegalArgumentException("the figure cap must be between 1 and " + MAX_FIGURES + ", got " + maxFigures);
    }
  }

  public static Limits defaults() {
    return new Limits(DEFAULT_TEXT_BYTES, DEFAULT_HTML_BYTES, DEFAULT_MAX_FIGURES);
  }

  /** The limits with another text limit, in whole megabytes. */
  public Limits withTextMb(int mb) {
    return new Limits(mb * MB, maxHtmlBytes, maxFigures);
  }

  /** Why the article must be refused at the door, or empty when it is within every limit. */
  public Optional<String> refusal(RawArticle a) {
    String reason = field("id", a.getRecordId(), MAX_ID_CHARS);
    if (reason == null && (a.getRecordId() == null || a.getRecordId().isBlank())) {
      reason = "the id is empty";
    }
    if (reason == null) {
      reason = url(a.getUrl());
    }
    if (reason == null) {
      reason = field("title", a.getTitle(), MAX_TITLE_CHARS);
    }
    if (reason == null) {
      reason = field("outlet", a.getOutlet(), MAX_OUTLET_CHARS);
    }
    if (reason == null) {
      reason = body("text", a.getText(), maxTextBytes, "--max-text-mb");
    }
    if (reason == null) {
      reason = body("html", a.getHtml(), maxHtmlBytes, "--max-html-mb");
    }
    return Optional.ofNullable(reason);
  }

  /** Why a url is refused (only absolute http and https urls are links), or null; a missing url is fine. */
  public static String url(String url) {
    if (url == null) {
      return null;
    }
    String reason = field("url", url, MAX_URL_CHARS);
    if (reason != null) {
      return reason;
    }
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (java.net.URISyntaxException e) {
      return "the url is not a valid URL: " + e.getReason();
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return "the url must be http or https, got " + (scheme.isEmpty() ? "no scheme" : "'" + abbreviate(scheme, 20) + ":'");
    }
    if (uri.getHost() == null) {
      return "the url has no host";
    }
    return null;
  }

  private static String field(String name, String value, int maxChars) {
    if (value == null) {
      return null;
    }
    if (value.length() > maxChars) {
      return "the " + name + " is " + value.length() + " characters; the limit is " + maxChars;
    }
    return TextEncoding.problem(name, value);
  }

  private static String body(String name, String value, long maxBytes, String flag) {
    if (value == null) {
      return null;
    }
    // a UTF-8 byte count without encoding: at most 3 bytes a char, so most texts are decided by their length
    long bytes = value.length() * 3L <= maxBytes ? value.length() : utf8Length(value);
    if (bytes > maxBytes) {
      return "the " + name + " is " + bytes + " bytes of UTF-8; the limit is " + maxBytes + " (" + flag + ")";
    }
    return TextEncoding.problem(name, value);
  }

  static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + "…";
  }

  /** Bytes of UTF-8 as a reason can quote them: at most {@code max} characters. */
  public static String quote(byte[] bytes, int max) {
    return abbreviate(new String(bytes, 0, Math.min(bytes.length, max * 4), StandardCharsets.UTF_8), max);
  }
}
