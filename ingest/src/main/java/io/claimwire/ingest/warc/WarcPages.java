package io.claimwire.ingest.warc;

import io.claimwire.ingest.HtmlTextExtractor;
import io.claimwire.ingest.Unreadable;
import io.claimwire.ingest.WebPages;
import io.claimwire.schemas.ContentFingerprint;
import io.claimwire.schemas.Limits;
import io.claimwire.schemas.avro.IngestMethod;
import io.claimwire.schemas.avro.RawArticle;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The records of one WARC file ({@code .warc} or {@code .warc.gz}, read with jwarc), each with what it becomes: an
 * article (a {@code response} with HTTP status 200 and an HTML content type, decoded by {@link WebPages}'s charset
 * rule, main text extracted, title, outlet and published time from the page, else the WARC date), a record skipped
 * by kind, or a refusal for the ingest dead letters (a page that cannot be decoded, parsed or is over the limits;
 * a record that cannot be read, after which the rest of the file is refused in one dead letter, since a broken
 * record leaves no reliable place to go on from).
 *
 * <p>Each item has its record's offset in the file (of the gzip member, for {@code .warc.gz}): a checkpoint of the
 * last offset handled lets a later reader start right after it.
 */
public final class WarcPages implements Closeable {
  /** What a record became. */
  public enum Kind {
    ARTICLE, REQUEST, METADATA, WARCINFO, REVISIT, NOT_HTML, NOT_200, OTHER, REFUSED;

    /** The name the replay's summary uses: {@code not-html}, {@code revisit}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * One record: its offset, kind, the WARC date (for pacing), and the article (ARTICLE) or the refusal (REFUSED).
   */
  public record Item(long offset, Kind kind, Instant warcDate, RawArticle article, Unreadable refused) {}

  private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
  /** The first bytes of a refused page kept in its dead letter. */
  private static final int EXCERPT = 64 * 1024;
  private final Path file;
  private final FileChannel channel;
  private final WarcReader reader;
  private final HtmlTextExtractor html;
  private final Limits limits;
  private boolean broken;

  /**
   * Opens the file; with {@code after} at or above 0 (a checkpointed offset), reading starts with the record after
   * the one at that offset.
   */
  public WarcPages(Path file, long after, HtmlTextExtractor html, Limits limits) throws IOException {
    this.file = file;
    this.channel = FileChannel.open(file, StandardOpenOption.READ);
    this.html = html;
    this.limits = limits;
    try {
      this.reader = new WarcReader(channel);
      if (after >= 0) {
        reader.position(after);
        reader.next(); // the checkpointed record itself was handled
      }
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw new IOException(file + ": not a readable WARC file" + (after >= 0 ? " at offset " + after : "") + ": "
          + e.getMessage(), e);
    }
  }

  /** True for {@code .warc} and {@code .warc.gz} names. */
  public static boolean isWarc(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".warc") || n.endsWith(".warc.gz");
  }

  /** Bytes of the file read so far (of the compressed file, for {@code .warc.gz}). */
  public long bytesRead() {
    try {
      return channel.isOpen() ? channel.position() : channel.size();
    } catch (IOException e) {
      return 0;
    }
  }

  /** The next record's item, or null at the end of the file (or after a record that could not be read). */
  public Item next() {
    if (broken) {
      return null;
    }
    Optional<WarcRecord> next;
    try {
      next = reader.next();
    } catch (IOException | RuntimeException e) {
      broken = true;
      long offset = reader.position(); // where the record that could not be read starts
      long size = size();
      return refused(offset, null, "cannot read the WARC record at offset " + offset + " (" + e.getMessage()
          + "); the rest of the file (" + (size - offset) + " bytes) is not replayed", null);
    }
    if (next.isEmpty()) {
      return null;
    }
    WarcRecord r = next.get();
    long offset = r.position();
    Instant date = dateOf(r);
    return switch (r.type()) {
      case "response" -> response(offset, (WarcResponse) r, date);
      case "request" -> new Item(offset, Kind.REQUEST, date, null, null);
      case "metadata" -> new Item(offset, Kind.METADATA, date, null, null);
      case "warcinfo" -> new Item(offset, Kind.WARCINFO, date, null, null);
      case "revisit" -> new Item(offset, Kind.REVISIT, date, null, null);
      default -> new Item(offset, Kind.OTHER, date, null, null);
    };
  }

  private Item response(long offset, WarcResponse r, Instant date) {
    String url = r.target();
    HttpResponse http;
    try {
      http = r.http();
    } catch (IOException | RuntimeException notHttp) {
      return new Item(offset, Kind.OTHER, date, null, null); // dns:, gemini: and the like
    }
    if (http.status() != 200) {
      return new Item(offset, Kind.NOT_200, date, null, null);
    }
    MediaType type = http.contentType();
    String contentType = http.headers().first("Content-Type").orElse(null);
    if (type == null || !HTML_TYPES.contains(type.base().toString().toLowerCase(Locale.ROOT))) {
      return new Item(offset, Kind.NOT_HTML, date, null, null);
    }
    byte[] body;
    try (InputStream in = http.bodyDecoded().stream()) {
      body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxHtmlBytes() + 1));
    } catch (IOException | RuntimeException e) {
      return refused(offset, url, "cannot read the page's body: " + e.getMessage(), null);
    }
    if (body.length > limits.maxHtmlBytes()) {
      return refused(offset, url, "the page is over " + limits.maxHtmlBytes() + " bytes, the limit (--max-html-mb)", body);
    }
    String page;
    try {
      page = WebPages.decode(body, contentType);
    } catch (IllegalArgumentException e) {
      return refused(offset, url, "cannot decode the page: " + e.getMessage(), body);
    }
    HtmlTextExtractor.MainText main;
    WebPages.Metadata meta;
    try {
      org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(page, url == null ? "" : url);
      meta = WebPages.metadata(doc, url); // before the extractor, which changes the document
      main = html.extract(page, doc, url);
    } catch (RuntimeException e) {
      return refused(offset, url, "cannot parse the page: " + e, body);
    }
    if (main.text() == null || main.text().isBlank()) {
      return refused(offset, url, "no main text in the page", body);
    }
    String id = r.id() == null ? url + "\n" + ContentFingerprint.sha256(page) : r.id().toString();
    RawArticle a = RawArticle.newBuilder()
        .setRecordId("warc:" + ContentFingerprint.sha256(id).substring(0, 32))
        .setUrl(url).setOutlet(meta.outlet()).setTitle(meta.title() != null ? meta.title() : main.title())
        .setText(main.text()).setPublishedAt(meta.publishedAt() != null ? meta.publishedAt() : date)
        .setFetchedAt(date != null ? date : Instant.now()).setIngestMethod(IngestMethod.ARCHIVE)
        .setOrigin(origin(offset)).setHtml(page).build();
    Optional<String> refusal = limits.refusal(a);
    if (refusal.isPresent()) {
      return refused(offset, url, refusal.get(), body);
    }
    return new Item(offset, Kind.ARTICLE, date, a, null);
  }

  private Item refused(long offset, String url, String reason, byte[] body) {
    byte[] excerpt = body == null ? new byte[0] : body.length <= EXCERPT ? body : java.util.Arrays.copyOf(body, EXCERPT);
    String why = url == null ? reason : reason + " (" + url + ")";
    Unreadable u = body == null || body.length <= EXCERPT ? Unreadable.whole(origin(offset), excerpt, why)
        : new Unreadable(origin(offset), excerpt, why, body.length, ContentFingerprint.sha256(body));
    return new Item(offset, Kind.REFUSED, null, null, u);
  }

  /** Where a record is: the file and the record's offset in it. */
  private String origin(long offset) {
    return file + "@" + offset;
  }

  private static Instant dateOf(WarcRecord r) {
    try {
      return r.date();
    } catch (RuntimeException noDate) {
      return null;
    }
  }

  private long size() {
    try {
      return channel.size();
    } catch (IOException e) {
      return 0;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      channel.close();
    }
  }
}
