package io.claimwire.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwire.schemas.ContentFingerprint;
import io.claimwire.schemas.Limits;
import io.claimwire.schemas.TextEncoding;
import io.claimwire.schemas.avro.IngestMethod;
import io.claimwire.schemas.avro.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads articles from files and directories: {@code .txt} (optional {@code key: value} header lines and a blank
 * line, then the headline, then the body), {@code .html}/{@code .htm} (main text extracted), and
 * {@code .ndjson}/{@code .ndjson.gz}/{@code .jsonl} archives (one article per line). Each article, or the reason
 * it could not be read, goes to the {@link ArticleOutput} in input order.
 */
public final class ArticleFiles {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HtmlTextExtractor html;
  private final Limits limits;

  public ArticleFiles(HtmlTextExtractor html) {
    this(html, Limits.defaults());
  }

  public ArticleFiles(HtmlTextExtractor html, Limits limits) {
    this.html = html;
    this.limits = limits;
  }

  public Limits limits() {
    return limits;
  }

  /**
   * The longest archive line read: the largest text and HTML with room for JSON escapes and the other fields. A
   * longer line is dead-lettered without being held.
   */
  public long maxLineBytes() {
    return 2 * (limits.maxTextBytes() + limits.maxHtmlBytes()) + Limits.MB;
  }

  /** The largest article file read: the HTML limit for a page, the text limit and a header for a text file. */
  private long maxFileBytes(String name) {
    return name.endsWith(".html") || name.endsWith(".htm") ? limits.maxHtmlBytes() : limits.maxTextBytes() + 64 * 1024;
  }

  /**
   * The article if it is within every limit of the door.
   *
   * @throws IllegalArgumentException with the reason when it is not
   */
  public RawArticle admit(RawArticle a) {
    limits.refusal(a).ifPresent(reason -> {
      throw new IllegalArgumentException(reason);
    });
    return a;
  }

  /** Files under the given paths, directories walked in name order so that input order is reproducible. */
  public static List<Path> expand(List<Path> inputs) throws IOException {
    return expand(inputs, ArticleFiles::isArticleFile);
  }

  /** As {@link #expand(List)}, taking from directories the files {@code kind} accepts. */
  public static List<Path> expand(List<Path> inputs, java.util.function.Predicate<Path> kind) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : inputs) {
      if (!Files.exists(p)) {
        throw new IOException("no such file or directory: " + p);
      }
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).filter(kind).sorted().forEach(out::add);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }

  static boolean isArticleFile(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".ndjson")
        || n.endsWith(".ndjson.gz") || n.endsWith(".jsonl") || n.endsWith(".jsonl.gz");
  }

  public void read(Path file, ArticleOutput sink) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String origin = file.toString();
    try {
      if (name.endsWith(".ndjson") || name.endsWith(".jsonl") || name.endsWith(".ndjson.gz") || name.endsWith(".jsonl.gz")) {
        readArchive(file, sink);
        return;
      }
      if (io.claimwire.ingest.warc.WarcPages.isWarc(file)) {
        sink.unreadable(origin, new byte[0], "a WARC archive: replay it with `claimwire replay " + file + "`");
        return;
      }
      long size = Files.size(file);
      if (size > maxFileBytes(name)) {
        sink.unreadable(tooLong(origin, file, size, "the file is " + size + " bytes; the limit is "
            + maxFileBytes(name) + " (--max-" + (name.endsWith(".txt") ? "text" : "html") + "-mb)"));
        return;
      }
      byte[] bytes = Files.readAllBytes(file);
      RawArticle a;
      try {
        String content = TextEncoding.utf8(bytes);
        a = name.endsWith(".html") || name.endsWith(".htm") ? fromHtml(file, content) : fromTxt(file, content);
        if (a.getText().isBlank()) {
          throw new IllegalArgumentException("empty body");
        }
        admit(a);
      } catch (IllegalArgumentException refused) {
        sink.unreadable(origin, bytes, refused.getMessage());
        return;
      }
      sink.article(a);
    } catch (IOException | RuntimeException e) {
      sink.unreadable(origin, new byte[0], "cannot read: " + e.getMessage());
    }
  }

  /** A dead letter of a file's first bytes, its size and hash: the file is over the limit and is not read whole. */
  private static Unreadable tooLong(String origin, Path file, long size, String reason) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] excerpt = in.readNBytes(io.claimwire.schemas.DeadLetterPayload.EXCERPT_BYTES);
      return new Unreadable(origin, excerpt, reason, size, sha256(file));
    }
  }

  /** The SHA-256 (hex) of a file, read in blocks. */
  public static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      java.security.MessageDigest d = java.security.MessageDigest.getInstance("SHA-256");
      byte[] b = new byte[1 << 16];
      for (int n; (n = in.read(b)) > 0; ) {
        d.update(b, 0, n);
      }
      return java.util.HexFormat.of().formatHex(d.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  RawArticle fromTxt(Path file, String content) {
    List<String> lines = List.of(content.replace("\r\n", "\n").split("\n", -1));
    int i = 0;
    String url = null;
    String outlet = null;
    Instant published = null;
    int headerEnd = 0;
    while (headerEnd < lines.size() && lines.get(headerEnd).matches("(?i)^(url|outlet|published|title)\\s*:\\s*.*")) {
      headerEnd++;
    }
    if (headerEnd > 0 && headerEnd < lines.size() && lines.get(headerEnd).isBlank()) {
      for (int h = 0; h < headerEnd; h++) {
        String[] kv = lines.get(h).split(":", 2);
        String key = kv[0].strip().toLowerCase(Locale.ROOT);
        String value = kv[1].strip();
        switch (key) {
          case "url" -> url = value;
          case "outlet" -> outlet = value;
          case "published" -> published = parseTime(value);
          default -> { }
        }
      }
      i = headerEnd + 1;
    }
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    String title = i < lines.size() ? lines.get(i).strip() : "";
    int bodyFrom = i + 1;
    if (isProse(title)) {
      bodyFrom = i; // "LAGOS (Reuters) - Gunmen abducted at least 47 ...": a lead paragraph, not a headline, is text
      title = firstSentence(title);
    }
    String body = bodyFrom < lines.size() ? String.join("\n", lines.subList(bodyFrom, lines.size())).strip() : "";
    return base(file, content).setUrl(url).setOutlet(outlet != null ? outlet : outletFromName(file)).setTitle(title)
        .setText(body).setPublishedAt(published).build();
  }

  /** A headline is one short line; a first line this long that ends as a sentence does is the article's lead. */
  private static final int HEADLINE_MAX = 160;
  private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?][\"”’)]?$");
  private static final java.util.regex.Pattern SENTENCE_BREAK = java.util.regex.Pattern.compile("[.!?][\"”’)]?\\s+(?=\\p{Lu})");

  /** Whether a .txt file's first line is prose (a lead paragraph), not a headline. */
  static boolean isProse(String line) {
    return line.length() > HEADLINE_MAX && SENTENCE_END.matcher(line).find();
  }

  /** The first sentence of a lead paragraph, as its title. */
  private static String firstSentence(String line) {
    java.util.regex.Matcher m = SENTENCE_BREAK.matcher(line);
    return m.find() && m.start() > 20 ? line.substring(0, m.start() + 1) : line;
  }

  RawArticle fromHtml(Path file, String content) {
    HtmlTextExtractor.MainText main = html.extract(content, null);
    WebPages.Metadata page = WebPages.metadata(content, null);
    return base(file, content).setOutlet(page.outlet() != null ? page.outlet() : outletFromName(file))
        .setTitle(page.title() != null ? page.title() : main.title()).setText(main.text())
        .setPublishedAt(page.publishedAt()).setHtml(content).build();
  }

  private static RawArticle.Builder base(Path file, String content) {
    String abs = file.toAbsolutePath().normalize().toString();
    return RawArticle.newBuilder()
        .setRecordId("file:" + ContentFingerprint.sha256(abs + "\n" + ContentFingerprint.sha256(content)).substring(0, 32))
        .setFetchedAt(Instant.now()).setIngestMethod(IngestMethod.FILE).setOrigin(file.toString());
  }

  private static String outletFromName(Path file) {
    String n = file.getFileName().toString();
    int dot = n.indexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  /** The lines of an archive (gzip when its name ends in .gz), each bounded by {@link #maxLineBytes()}. */
  public BoundedLines lines(Path file) throws IOException {
    InputStream raw = Files.newInputStream(file);
    try {
      InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
      return new BoundedLines(new java.io.BufferedInputStream(in, 1 << 16), maxLineBytes());
    } catch (IOException e) {
      raw.close();
      throw e;
    }
  }

  private void readArchive(Path file, ArticleOutput sink) throws IOException {
    try (BoundedLines lines = lines(file)) {
      for (BoundedLines.Line line; (line = lines.next()) != null; ) {
        if (line.blank()) {
          continue;
        }
        String origin = file + ":" + line.number();
        try {
          sink.article(fromLine(file, origin, line));
        } catch (Refused r) {
          sink.unreadable(r.unreadable());
        }
      }
    }
  }

  /** An archive line that is not an article, with what its dead letter holds. */
  public static final class Refused extends Exception {
    private final transient Unreadable unreadable;

    Refused(Unreadable u) {
      super(u.reason(), null, false, false);
      this.unreadable = u;
    }

    public Unreadable unreadable() {
      return unreadable;
    }
  }

  /**
   * One archive line as an article: within the line limit, UTF-8, a JSON object with the NDJSON fields, within
   * every limit of the door.
   *
   * @throws Refused with the dead letter to send when it is not
   */
  public RawArticle fromLine(Path file, String origin, BoundedLines.Line line) throws Refused {
    if (line.tooLong()) {
      throw new Refused(new Unreadable(origin, line.excerpt(), "the line is " + line.size()
          + " bytes; the limit for one archive line is " + maxLineBytes() + " (--max-text-mb, --max-html-mb)",
          line.size(), line.sha256()));
    }
    try {
      return fromJson(file, origin, TextEncoding.utf8(line.bytes()));
    } catch (IllegalArgumentException e) {
      throw new Refused(Unreadable.whole(origin, line.bytes(), e.getMessage()));
    }
  }

  /** One NDJSON line: {@code id}, {@code url}, {@code outlet}, {@code title}, {@code text} or {@code html}, {@code publishedAt}. */
  public RawArticle fromJson(Path file, String origin, String line) {
    JsonNode j;
    try {
      j = JSON.readTree(line);
    } catch (IOException e) {
      throw new IllegalArgumentException("bad JSON: " + e.getMessage().lines().findFirst().orElse(""));
    }
    return fromJson(j, IngestMethod.ARCHIVE, origin, "archive:", file.toAbsolutePath().normalize() + "\n" + line);
  }

  /**
   * An article from a JSON object with the NDJSON fields. Its record id is its {@code id} verbatim when given (the
   * source's own id: what users and gold files refer to), else {@code idPrefix} and a hash of {@code idSeed}.
   *
   * @throws IllegalArgumentException with the reason when the object is not a readable article
   */
  public RawArticle fromJson(JsonNode j, IngestMethod method, String origin, String idPrefix, String idSeed) {
    if (j == null || !j.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    String text = str(j, "text");
    String htmlText = str(j, "html");
    String title = str(j, "title");
    if (htmlText != null && htmlText.length() > limits.maxHtmlBytes()) { // more chars than bytes allowed: no need to extract
      throw new IllegalArgumentException("the html is over " + limits.maxHtmlBytes() + " bytes of UTF-8, the limit (--max-html-mb)");
    }
    if ((text == null || text.isBlank()) && htmlText != null) {
      HtmlTextExtractor.MainText main = html.extract(htmlText, str(j, "url"));
      text = main.text();
      title = title != null ? title : main.title();
    }
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("empty body: no text or html");
    }
    String id = str(j, "id");
    String recordId = id != null ? id : idPrefix + ContentFingerprint.sha256(idSeed).substring(0, 32);
    return admit(RawArticle.newBuilder().setRecordId(recordId).setUrl(str(j, "url")).setOutlet(str(j, "outlet"))
        .setTitle(title).setText(text).setHtml(htmlText).setPublishedAt(parseTime(str(j, "publishedAt")))
        .setFetchedAt(Instant.now()).setIngestMethod(method).setOrigin(origin).build());
  }

  private static String str(JsonNode j, String field) {
    JsonNode v = j.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** An ISO-8601 time, offset time or date (midnight UTC); null for blank. */
  public static Instant parseTime(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(s.strip()).toInstant();
    } catch (RuntimeException e) {
      try {
        return Instant.parse(s.strip());
      } catch (RuntimeException e2) {
        try {
          return LocalDate.parse(s.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (RuntimeException e3) {
          throw new IllegalArgumentException("unreadable time '" + s + "' (use ISO-8601, e.g. 2025-01-31T12:00:00Z)");
        }
      }
    }
  }
}
