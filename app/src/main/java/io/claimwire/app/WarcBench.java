package io.claimwire.app;

import io.claimwire.ingest.ArticleFiles;
import io.claimwire.ingest.ReadabilityExtractor;
import io.claimwire.ingest.replay.Pacer;
import io.claimwire.ingest.replay.Replay;
import io.claimwire.schemas.Limits;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The WARC replay benchmark: a generated {@code .warc.gz} of news pages as a crawler writes them (a request record
 * before each response; pages of 40-70 KB with navigation, related-story lists, inline scripts and styles, JSON-LD
 * and Open Graph metadata around a {@link NewsStream} article), replayed by {@code claimwire replay}'s code into the
 * raw topic of an embedded broker: pages per second from file to topic, HTML extraction and language detection
 * included, and per CPU second of the replaying thread (one core).
 */
public final class WarcBench {
  /** What one run measured. */
  public record Result(long pages, long records, long bytes, double seconds, double cpuSeconds) {
    public String line() {
      return String.format(Locale.ROOT, "warc replay: %,d pages (%,d records, %,.0f MB gzipped) in %.1f s: %,.0f pages/s "
          + "from file to raw topic, %,.0f pages per CPU second of the replaying thread (goal 200)", pages, records,
          bytes / 1048576.0, seconds, pages / seconds, pages / cpuSeconds);
    }
  }

  private WarcBench() {}

  public static Result run(int megabytes, long seed, Path dir, PrintStream progress) throws Exception {
    Path warc = dir.resolve("input").resolve("news.warc.gz");
    Files.createDirectories(warc.getParent());
    progress.println("generating " + megabytes + " MB of WARC (seed " + seed + ")…");
    long records = generate(warc, megabytes * Limits.MB, Integer.MAX_VALUE, seed);
    int port = PipelineBench.freePort();
    PipelineSettings settings = new PipelineSettings(dir.resolve("data"), "127.0.0.1:" + port, false,
        PipelineBench.freePort(), new Properties());
    try (Pipeline p = new Pipeline(settings)) {
      p.connect();
      progress.println("replaying " + Files.size(warc) / Limits.MB + " MB (" + records + " records)…");
      ReadabilityExtractor html = new ReadabilityExtractor();
      Replay replay = new Replay(p.clientProps(), p.topics(), new ArticleFiles(html), html, Limits.defaults());
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long cpu0 = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      Replay.Outcome o = replay.run(new Replay.Options(List.of(warc), null, null, null, null, false), Pacer.fullSpeed(),
          (n, bytes) -> { });
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
      return new Result(o.sent(), records, Files.size(warc), seconds, cpu);
    }
  }

  /** Writes a request and a response record for each of {@code pages} generated pages. */
  public static void writePages(Path file, int pages, long seed) throws IOException {
    generate(file, Long.MAX_VALUE, pages, seed);
  }

  /** Writes pages until the file reaches {@code bytes} or holds {@code pages}; returns the records written. */
  static long generate(Path file, long bytes, int pages, long seed) throws IOException {
    Random r = new Random(seed);
    long records = 0;
    int written = 0;
    int batch = 2000;
    Instant crawled = Instant.parse("2026-11-20T00:00:00Z");
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING);
         WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP)) {
      for (long round = 0; ch.size() < bytes && written < pages; round++) {
        for (NewsStream.Article a : NewsStream.generate(seed + round, batch)) {
          URI url = URI.create(a.url());
          crawled = crawled.plusMillis(200 + r.nextInt(800));
          HttpRequest req = new HttpRequest.Builder("GET", url).addHeader("Host", url.getHost())
              .addHeader("User-Agent", "claimwire-bench").build();
          w.write(new WarcRequest.Builder(url).date(crawled).body(req).build());
          byte[] page = page(r, a).getBytes(StandardCharsets.UTF_8);
          HttpResponse http = new HttpResponse.Builder(200, "OK")
              .body(MediaType.parse("text/html; charset=utf-8"), page).build();
          w.write(new WarcResponse.Builder(url).date(crawled).body(http).build());
          records += 2;
          if (ch.size() >= bytes || ++written >= pages) {
            break;
          }
        }
      }
    }
    return records;
  }

  /** A page around the article: what a news site's HTML carries besides the story. */
  static String page(Random r, NewsStream.Article a) {
    StringBuilder b = new StringBuilder(64 * 1024);
    b.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(a.title())
        .append(" | ").append(a.outlet()).append("</title><meta property=\"og:site_name\" content=\"")
        .append(a.outlet()).append("\"><meta property=\"og:title\" content=\"").append(a.title())
        .append("\"><meta property=\"article:published_time\" content=\"").append(a.publishedAt())
        .append("\"><style>");
    for (int i = 0; i < 120; i++) {
      b.append(".c").append(r.nextInt(100000)).append("{margin:").append(r.nextInt(40)).append("px;color:#")
          .append(Integer.toHexString(r.nextInt(0xffffff))).append("}");
    }
    b.append("</style><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":"
        + "\"NewsArticle\",\"headline\":\"").append(a.title()).append("\",\"datePublished\":\"")
        .append(a.publishedAt()).append("\"}</script>");
    for (int s = 0; s < 3; s++) {
      b.append("<script>var cfg").append(s).append("={");
      for (int i = 0; i < 80; i++) {
        b.append("k").append(r.nextInt(1 << 20)).append(":\"").append(Long.toHexString(r.nextLong())).append("\",");
      }
      b.append("};</script>");
    }
    b.append("</head><body><header><nav><ul>");
    for (int i = 0; i < 40; i++) {
      b.append("<li><a href=\"/section/").append(i).append("\">Section ").append(i).append("</a></li>");
    }
    b.append("</ul></nav></header><main><article><h1>").append(a.title()).append("</h1><p class=\"byline\">By ")
        .append(a.outlet()).append(" staff</p>");
    for (String para : a.text().split("\n\n")) {
      b.append("<p>").append(para).append("</p>");
    }
    b.append("</article><aside><h2>Most read</h2><ol>");
    for (int i = 0; i < 25; i++) {
      b.append("<li><a href=\"/story/").append(r.nextInt(1_000_000)).append("\">Story ").append(r.nextInt(10_000))
          .append(" of the day</a> <span class=\"comments\">").append(r.nextInt(900)).append(" comments</span></li>");
    }
    b.append("</ol></aside></main><footer><ul>");
    for (int i = 0; i < 30; i++) {
      b.append("<li><a href=\"/about/").append(i).append("\">About ").append(i).append("</a></li>");
    }
    b.append("</ul><p>Copyright 2026. Subscribe for 2 dollars a week.</p></footer></body></html>");
    return b.toString();
  }
}
