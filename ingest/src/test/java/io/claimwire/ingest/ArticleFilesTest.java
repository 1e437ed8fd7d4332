package io.claimwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwire.schemas.avro.RawArticle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFilesTest {
  @TempDir Path dir;
  final ArticleFiles files = new ArticleFiles(new ReadabilityExtractor());

  /** The one article a .txt file of this content gives. */
  private RawArticle written(String name, String content) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, content);
    return read(f).articles.get(0);
  }

  CollectingOutput read(Path file) {
    CollectingOutput c = new CollectingOutput();
    files.read(file, c);
    return c;
  }

  @Test
  void shouldReadHeaderLinesHeadlineAndBodyFromText() throws IOException {
    Path f = dir.resolve("harbour-gazette.txt");
    Files.writeString(f, "url: https://gazette.example/ferry\noutlet: Harbour Gazette\npublished: 2026-03-02T07:15:00Z\n\n"
        + "Ferry runs aground\nAll 212 passengers were brought ashore, the coastguard said.\n\nRepairs will take weeks.\n");

    RawArticle a = read(f).articles.get(0);

    assertThat(a.getUrl()).isEqualTo("https://gazette.example/ferry");
    assertThat(a.getOutlet()).isEqualTo("Harbour Gazette");
    assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-03-02T07:15:00Z"));
    assertThat(a.getTitle()).isEqualTo("Ferry runs aground");
    assertThat(a.getText()).startsWith("All 212 passengers").endsWith("Repairs will take weeks.");
    assertThat(a.getOrigin()).isEqualTo(f.toString());
  }

  @Test
  void aFirstLineThatIsALeadParagraphStaysInTheTextAndItsFirstSentenceIsTheTitle() throws IOException {
    String lead = "PORTVALE (Wire) - Floodwater forced 1,300 people from their homes on Sunday, the regional fire service "
        + "said, as rivers rose to their highest level in forty years. Roads into the town were closed.";
    RawArticle a = written("wire.txt", lead + "\nRescue crews worked through the night.\n");
    assertThat(a.getTitle()).isEqualTo(lead.substring(0, lead.indexOf(" Roads")));
    assertThat(a.getText()).startsWith("PORTVALE (Wire) - Floodwater forced 1,300 people")
        .endsWith("Rescue crews worked through the night.");

    RawArticle h = written("headline.txt", "Floods force 1,300 from homes as rivers reach a forty-year high in the "
        + "valley.\nRescue crews worked through the night.\n");
    assertThat(h.getTitle()).startsWith("Floods force 1,300");
    assertThat(h.getText()).isEqualTo("Rescue crews worked through the night.");
  }

  @Test
  void anHtmlFileTakesItsOutletTitleAndPublishedTimeFromThePageAsAWarcPageDoes() throws IOException {
    Path f = dir.resolve("saved-page.html");
    Files.writeString(f, "<html><head><title>Bridge closed for repairs | Valley Post</title>"
        + "<meta property=\"og:site_name\" content=\"Valley Post\">"
        + "<meta property=\"article:published_time\" content=\"2026-04-01T09:30:00+02:00\"></head><body>"
        + "<nav><a href=\"/\">Home</a></nav><article><h1>Bridge closed for repairs</h1>"
        + "<p>The 90-metre bridge over the river will stay shut for 6 weeks while engineers replace its deck.</p>"
        + "<p>About 8,000 drivers a day will be sent through the town centre, the council said.</p></article></body></html>");

    RawArticle a = read(f).articles.get(0);

    assertThat(a.getOutlet()).isEqualTo("Valley Post");
    assertThat(a.getTitle()).as("the h1 the title starts with").isEqualTo("Bridge closed for repairs");
    assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-04-01T07:30:00Z"));
    assertThat(a.getText()).contains("8,000 drivers");
  }

  @Test
  void aWarcFileIsNotReadAsAnArticleButPointedToReplay() throws IOException {
    Path f = dir.resolve("crawl.warc.gz");
    Files.write(f, new byte[] {31, -117, 8, 0});
    CollectingOutput c = read(f);
    assertThat(c.articles).isEmpty();
    assertThat(c.unreadable).singleElement().asString().contains("claimwire replay");
  }

  @Test
  void shouldTakeTheOutletFromTheFileNameWhenTheHeaderHasNone() throws IOException {
    Path f = dir.resolve("valley-post.txt");
    Files.writeString(f, "Bridge closed\nThe 90-metre bridge will stay shut for 6 weeks.\n");

    RawArticle a = read(f).articles.get(0);

    assertThat(a.getOutlet()).isEqualTo("valley-post");
    assertThat(a.getUrl()).isNull();
    assertThat(a.getTitle()).isEqualTo("Bridge closed");
  }

  @Test
  void shouldGiveTheSameRecordIdToTheSameFileAndAnotherToACopyElsewhere() throws IOException {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "Headline\nBody with 3 figures and 4 more.\n");
    Path copy = Files.createDirectories(dir.resolve("elsewhere")).resolve("a.txt");
    Files.copy(f, copy);

    assertThat(read(f).articles.get(0).getRecordId()).isEqualTo(read(f).articles.get(0).getRecordId());
    assertThat(read(copy).articles.get(0).getRecordId()).isNotEqualTo(read(f).articles.get(0).getRecordId());
  }

  @Test
  void shouldReportEmptyBodiesAndNonUtf8FilesAsUnreadable() throws IOException {
    Path empty = dir.resolve("empty.txt");
    Files.writeString(empty, "Only a headline\n");
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, "Caf\u00e9 closes\nIt served 40 years.\n".getBytes(StandardCharsets.ISO_8859_1));

    assertThat(read(empty).unreadable).singleElement().asString().contains("empty body");
    assertThat(read(latin1).unreadable).singleElement().asString().contains(io.claimwire.schemas.TextEncoding.INVALID_UTF8);
    assertThat(read(empty).articles).isEmpty();
  }

  @Test
  void shouldReadArchivesLineByLineAndNameTheLineOfABadOne() throws IOException {
    Path f = dir.resolve("day.ndjson.gz");
    String lines = "{\"id\":\"x1\",\"url\":\"https://a.example/1\",\"outlet\":\"A\",\"title\":\"One\","
        + "\"text\":\"About 30 homes were flooded.\",\"publishedAt\":\"2026-01-05T10:00:00Z\"}\n"
        + "{not json\n"
        + "\n"
        + "{\"id\":\"x3\",\"title\":\"Three\",\"text\":\"\"}\n"
        + "{\"id\":\"x4\",\"title\":\"Four\",\"html\":\"<html><body><article><p>Crews cleared 12 roads overnight "
        + "after the storm, the council said. Work continues on the rest of the network this week.</p>"
        + "</article></body></html>\"}\n";
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
      out.write(lines.getBytes(StandardCharsets.UTF_8));
    }

    CollectingOutput c = read(f);

    assertThat(c.articles).extracting(RawArticle::getRecordId).containsExactly("x1", "x4");
    assertThat(c.articles.get(0).getOrigin()).isEqualTo(f + ":1");
    assertThat(c.articles.get(1).getText()).contains("Crews cleared 12 roads");
    assertThat(c.unreadable).containsExactly(f + ":2 | " + c.unreadable.get(0).split(" \\| ")[1], f + ":4 | empty body: no text or html");
    assertThat(c.unreadable.get(0)).contains("bad JSON");
  }

  @Test
  void shouldWalkDirectoriesInNameOrderAndSkipOtherFiles() throws IOException {
    Files.writeString(dir.resolve("b.txt"), "B\nbody 2\n");
    Files.writeString(dir.resolve("a.txt"), "A\nbody 1\n");
    Files.writeString(dir.resolve("notes.md"), "not an article");
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/c.ndjson"), "{}\n");

    assertThat(ArticleFiles.expand(List.of(dir))).extracting(p -> dir.relativize(p).toString())
        .containsExactly("a.txt", "b.txt", "sub/c.ndjson");
  }

  @Test
  void shouldRefuseAtTheDoorWhatALaterStageWouldRefuse() throws IOException {
    Path f = dir.resolve("door.ndjson");
    String ok = "\"text\":\"Crews cleared 12 roads overnight.\"";
    Files.writeString(f, String.join("\n",
        "{\"id\":\"" + "k".repeat(201) + "\"," + ok + "}",                       // longer than the store's key
        "{\"id\":\"js\",\"url\":\"javascript:alert(1)\"," + ok + "}",         // not a link anyone should follow
        "{\"id\":\"ftp\",\"url\":\"ftp://files.example/a\"," + ok + "}",
        "{\"id\":\"nul\",\"title\":\"a\\u0000b\"," + ok + "}",               // PostgreSQL text refuses NUL
        "{\"id\":\"half\",\"title\":\"\\ud800\"," + ok + "}",                 // a lone surrogate is no character
        "{\"id\":\"big\",\"text\":\"" + "Nine ferries sailed. ".repeat(60_000) + "\"}", // 1.2 MB of text
        "{\"id\":\"fine\",\"url\":\"https://a.example/ok\"," + ok + "}",
        "{\"id\":\"nourl\"," + ok + "}") + "\n");

    CollectingOutput c = read(f);

    assertThat(c.articles).extracting(RawArticle::getRecordId).containsExactly("fine", "nourl");
    assertThat(c.unreadable).hasSize(6);
    assertThat(c.unreadable.get(0)).contains("the id is 201 characters; the limit is 200");
    assertThat(c.unreadable.get(1)).contains("the url must be http or https, got 'javascript:'");
    assertThat(c.unreadable.get(2)).contains("the url must be http or https, got 'ftp:'");
    assertThat(c.unreadable.get(3)).contains("the title contains U+0000");
    assertThat(c.unreadable.get(4)).contains("the title contains an unpaired surrogate");
    assertThat(c.unreadable.get(5)).contains("the text is 1260000 bytes of UTF-8; the limit is 1048576 (--max-text-mb)");
  }

  @Test
  void shouldDeadLetterALineOverTheLimitWithoutHoldingItAndReadTheRest() throws IOException {
    ArticleFiles small = new ArticleFiles(new ReadabilityExtractor(), new io.claimwire.schemas.Limits(1000, 1000, 10));
    Path f = dir.resolve("huge-line.ndjson");
    try (OutputStream out = Files.newOutputStream(f)) {
      out.write("{\"id\":\"a\",\"text\":\"About 30 homes were flooded.\"}\n".getBytes(StandardCharsets.UTF_8));
      byte[] block = "x".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
      out.write("{\"id\":\"b\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < 320; i++) { // 20 MB on one line
        out.write(block);
      }
      out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
      out.write("{\"id\":\"c\",\"text\":\"Crews cleared 12 roads.\"}".getBytes(StandardCharsets.UTF_8)); // no final newline
    }
    CollectingOutput c = new CollectingOutput();
    small.read(f, c);

    assertThat(c.articles).extracting(RawArticle::getRecordId).containsExactly("a", "c");
    assertThat(c.letters).singleElement().satisfies(u -> {
      assertThat(u.origin()).isEqualTo(f + ":2");
      assertThat(u.reason()).contains("the line is 20971540 bytes; the limit for one archive line is "
          + small.maxLineBytes());
      assertThat(u.size()).isEqualTo(20_971_540L);
      assertThat(u.payload()).hasSize(io.claimwire.schemas.DeadLetterPayload.EXCERPT_BYTES);
      assertThat(u.sha256()).hasSize(64);
    });
  }

  @Test
  void shouldRefuseInvalidUtf8InAnArchiveLineWithTheSameReasonAsAFile() throws IOException {
    Path f = dir.resolve("bytes.ndjson");
    byte[] good = "{\"id\":\"a\",\"text\":\"About 30 homes were flooded.\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = "{\"id\":\"b\",\"text\":\"Caf\u00e9 closes after 40 years.\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    try (OutputStream out = Files.newOutputStream(f)) {
      out.write(bad);
      out.write(good);
    }
    CollectingOutput c = read(f);
    assertThat(c.articles).extracting(RawArticle::getRecordId).containsExactly("a");
    assertThat(c.unreadable).singleElement().asString().contains(io.claimwire.schemas.TextEncoding.INVALID_UTF8);
  }
}
