package io.claimwire.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwire.schemas.ContentFingerprint;
import io.claimwire.schemas.avro.IngestMethod;
import io.claimwire.schemas.avro.RawArticle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
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

  public ArticleFiles(HtmlTextExtractor html) {
    this.html = html;
  }

  /** Files under the given paths, directories walked in name order so that input order is reproducible. */
  public static List<Path> expand(List<Path> inputs) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : inputs) {
      if (!Files.exists(p)) {
        throw new IOException("no such file or directory: " + p);
      }
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).filter(ArticleFiles::isArticleFile).sorted().forEach(out::add);
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
      byte[] bytes = Files.readAllBytes(file);
      String content;
      try {
        content = decodeUtf8(bytes);
      } catch (CharacterCodingException e) {
        sink.unreadable(origin, bytes, "not UTF-8 text");
        return;
      }
      RawArticle a = name.endsWith(".html") || name.endsWith(".htm") ? fromHtml(file, content) : fromTxt(file, content);
      if (a.getText().isBlank()) {
        sink.unreadable(origin, bytes, "empty body");
        return;
      }
      sink.article(a);
    } catch (IOException | RuntimeException e) {
      sink.unreadable(origin, new byte[0], "cannot read: " + e.getMessage());
    }
  }

  static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
    String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
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
    String body = i + 1 < lines.size() ? String.join("\n", lines.subList(i + 1, lines.size())).strip() : "";
    return base(file, content).setUrl(url).setOutlet(outlet != null ? outlet : outletFromName(file)).setTitle(title)
        .setText(body).setPublishedAt(published).build();
  }

  RawArticle fromHtml(Path file, String content) {
    HtmlTextExtractor.MainText main = html.extract(content, null);
    return base(file, content).setOutlet(outletFromName(file)).setTitle(main.title()).setText(main.text())
        .setHtml(content).build();
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

  private void readArchive(Path file, ArticleOutput sink) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
         InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
         BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        String origin = file + ":" + n;
        try {
          sink.article(fromJson(file, origin, line));
        } catch (IllegalArgumentException | IOException e) {
          sink.unreadable(origin, line.getBytes(StandardCharsets.UTF_8), e.getMessage());
        }
      }
    }
  }

  /** One NDJSON line: {@code id}, {@code url}, {@code outlet}, {@code title}, {@code text} or {@code html}, {@code publishedAt}. */
  public RawArticle fromJson(Path file, String origin, String line) throws IOException {
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
    return RawArticle.newBuilder().setRecordId(recordId).setUrl(str(j, "url")).setOutlet(str(j, "outlet"))
        .setTitle(title).setText(text).setHtml(htmlText).setPublishedAt(parseTime(str(j, "publishedAt")))
        .setFetchedAt(Instant.now()).setIngestMethod(method).setOrigin(origin).build();
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
