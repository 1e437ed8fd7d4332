package io.claimwire.ingest.warc;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** WARC records of the tests' own pages, written with jwarc as a crawler would. */
final class WarcWriting {
  private WarcWriting() {}

  static WarcResponse response(String url, Instant date, int status, String contentType, byte[] body)
      throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
        .body(MediaType.parse(contentType), body).build();
    return new WarcResponse.Builder(URI.create(url)).date(date).body(http).build();
  }

  static WarcResponse page(String url, Instant date, String html) throws IOException {
    return response(url, date, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  static WarcResponse page(String url, Instant date, String contentType, String html, Charset charset)
      throws IOException {
    return response(url, date, 200, contentType, html.getBytes(charset));
  }

  static WarcRequest request(String url, Instant date) throws IOException {
    HttpRequest http = new HttpRequest.Builder("GET", URI.create(url)).addHeader("Host", URI.create(url).getHost())
        .build();
    return new WarcRequest.Builder(URI.create(url)).date(date).body(http).build();
  }

  static Warcinfo warcinfo(Instant date) {
    return new Warcinfo.Builder().date(date).fields(Map.of("software", List.of("claimwire-tests"))).build();
  }

  static WarcMetadata metadata(String url, Instant date) {
    return new WarcMetadata.Builder().targetURI(url).date(date)
        .fields(Map.of("outlinks", List.of("https://example.org/other"))).build();
  }

  static WarcRevisit revisit(String url, Instant date) throws IOException {
    return new WarcRevisit.Builder(URI.create(url), URI.create("http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"))
        .date(date).build();
  }

  /** Writes the records to the file, gzipped per record when its name ends in {@code .gz}. */
  static void write(Path file, List<? extends WarcRecord> records) throws IOException {
    WarcCompression c = file.toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE;
    try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
         WarcWriter w = new WarcWriter(channel, c)) {
      for (WarcRecord r : records) {
        w.write(r);
      }
    }
  }

  /** A news page of our own: site chrome around the story, with the metadata given (null: none of it). */
  static String html(String siteName, String title, String publishedMeta, String jsonLdDate, String timeTag,
      String... paragraphs) {
    StringBuilder b = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>")
        .append(title).append(" | News</title>");
    if (siteName != null) {
      b.append("<meta property=\"og:site_name\" content=\"").append(siteName).append("\">");
    }
    if (publishedMeta != null) {
      b.append("<meta property=\"article:published_time\" content=\"").append(publishedMeta).append("\">");
    }
    if (jsonLdDate != null) {
      b.append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":"
          + "\"WebSite\",\"name\":\"x\"},{\"@type\":\"NewsArticle\",\"headline\":\"").append(title)
          .append("\",\"datePublished\":\"").append(jsonLdDate).append("\"}]}</script>");
    }
    b.append("</head><body><header><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li>"
        + "<li><a href=\"/sport\">Sport</a></li></ul></nav></header><main><article><h1>").append(title).append("</h1>");
    if (timeTag != null) {
      b.append("<time datetime=\"").append(timeTag).append("\">published</time>");
    }
    for (String p : paragraphs) {
      b.append("<p>").append(p).append("</p>");
    }
    b.append("</article></main><footer><p>Subscribe for 1 dollar a week. Share this story.</p></footer></body></html>");
    return b.toString();
  }
}
