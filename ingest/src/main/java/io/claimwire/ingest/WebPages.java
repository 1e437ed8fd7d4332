package io.claimwire.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwire.schemas.TextEncoding;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a web page says about itself, by one set of rules for pages in WARC archives, {@code .html} files and pages
 * that feeds link to: its charset (the HTTP header's, else the page's own {@code <meta>}, else UTF-8; bytes not
 * valid in it are refused), title, outlet and published time.
 */
public final class WebPages {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
  /** How far into the page a {@code <meta charset>} is looked for (HTML asks for it in the first 1,024 bytes). */
  private static final int META_SNIFF_BYTES = 4096;
  private static final String[] PUBLISHED_META = {"article:published_time", "og:article:published_time",
      "datePublished", "pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued",
      "dcterms.created", "sailthru.date", "parsely-pub-date"};

  private WebPages() {}

  /** A page's title (may be null), outlet (may be null) and published time (may be null). */
  public record Metadata(String title, String outlet, Instant publishedAt) {}

  /**
   * The page's text: in the charset its Content-Type names, else the one its own {@code <meta>} names, else UTF-8.
   *
   * @throws IllegalArgumentException naming the charset, when the bytes are not valid in it or it is unknown
   */
  public static String decode(byte[] body, String contentType) {
    String declared = charsetIn(contentType);
    if (declared == null) {
      String head = new String(body, 0, Math.min(body.length, META_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
      Matcher meta = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)").matcher(head);
      declared = meta.find() ? meta.group(1) : null;
    }
    Charset cs;
    try {
      cs = declared == null ? StandardCharsets.UTF_8 : Charset.forName(declared);
    } catch (RuntimeException unknown) {
      throw new IllegalArgumentException("unknown charset " + declared);
    }
    if (cs.equals(StandardCharsets.UTF_8)) {
      try {
        return TextEncoding.utf8(body);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("not valid UTF-8" + (declared == null ? " (and no charset declared)" : ""));
      }
    }
    try {
      return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("not valid " + cs.name());
    }
  }

  /** The charset a Content-Type value names, or null. */
  static String charsetIn(String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = CHARSET.matcher(contentType);
    return m.find() ? m.group(1) : null;
  }

  /** The page's metadata; {@code url} (may be null) gives the outlet when the page names none. */
  public static Metadata metadata(String html, String url) {
    return metadata(Jsoup.parse(html, url == null ? "" : url), url);
  }

  /**
   * Title: {@code og:title}, else JSON-LD {@code headline}, else the first {@code <h1>} when {@code <title>} begins
   * with it (else null: the main-text extractor's title serves). Outlet: {@code og:site_name}, else a JSON-LD publisher's name,
   * else the URL's host without {@code www.}. Published: {@code article:published_time} and the usual date
   * {@code <meta>}s, else JSON-LD {@code datePublished}, else the first {@code <time datetime>}.
   */
  public static Metadata metadata(Document doc, String url) {
    String title = meta(doc, "og:title");
    JsonNode ld = jsonLd(doc);
    if (title == null) {
      title = text(find(ld, "headline"), null);
    }
    if (title == null) {
      Element h1 = doc.selectFirst("h1");
      String h = h1 == null ? "" : h1.text().strip();
      if (!h.isEmpty() && doc.title().strip().startsWith(h)) {
        title = h; // "Headline | Site": the headline without the site's name
      }
    }
    String outlet = meta(doc, "og:site_name");
    if (outlet == null) {
      outlet = text(find(ld, "publisher"), "name");
    }
    if (outlet == null) {
      outlet = host(url);
    }
    Instant published = null;
    for (String name : PUBLISHED_META) {
      published = time(meta(doc, name));
      if (published != null) {
        break;
      }
    }
    if (published == null) {
      published = time(text(find(ld, "datePublished"), null));
    }
    if (published == null) {
      for (Element t : doc.select("time[datetime]")) {
        published = time(t.attr("datetime"));
        if (published != null) {
          break;
        }
      }
    }
    return new Metadata(title, outlet, published);
  }

  /** The content of a {@code <meta>} by property, name or itemprop, or null. */
  private static String meta(Document doc, String name) {
    for (Element m : doc.select("meta[content]")) {
      if (name.equalsIgnoreCase(m.attr("property")) || name.equalsIgnoreCase(m.attr("name"))
          || name.equalsIgnoreCase(m.attr("itemprop"))) {
        String v = m.attr("content").strip();
        if (!v.isEmpty()) {
          return v;
        }
      }
    }
    return null;
  }

  /** The page's JSON-LD blocks as one array (unreadable blocks left out). */
  private static JsonNode jsonLd(Document doc) {
    var all = JSON.createArrayNode();
    for (Element s : doc.select("script[type=application/ld+json]")) {
      try {
        all.add(JSON.readTree(s.data()));
      } catch (Exception unreadable) {
        // a broken block says nothing
      }
    }
    return all;
  }

  /** The first value of the field anywhere in the JSON (objects, arrays, {@code @graph}), depth first. */
  private static JsonNode find(JsonNode node, String field) {
    if (node == null) {
      return null;
    }
    if (node.isObject() && node.hasNonNull(field)) {
      return node.get(field);
    }
    for (JsonNode child : node) {
      if (child.isContainerNode()) {
        JsonNode found = find(child, field);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** A node's text, or its field's text when it is an object (or an array: its first element's). */
  private static String text(JsonNode node, String field) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      return node.isEmpty() ? null : text(node.get(0), field);
    }
    if (node.isObject()) {
      return field == null ? null : text(node.get(field), null);
    }
    String t = node.asText().strip();
    return t.isEmpty() ? null : t;
  }

  /** An ISO-8601 time, local time (UTC) or date; null when absent or unreadable. */
  static Instant time(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return ArticleFiles.parseTime(s);
    } catch (IllegalArgumentException notIso) {
      try {
        return LocalDateTime.parse(s.strip()).toInstant(ZoneOffset.UTC);
      } catch (RuntimeException unreadable) {
        return null;
      }
    }
  }

  /** The URL's host without {@code www.}, or null. */
  static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String h = URI.create(url.strip()).getHost();
      return h == null ? null : h.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException bad) {
      return null;
    }
  }
}
