package io.claimwire.ingest.warc;

import static io.claimwire.ingest.warc.WarcWriting.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimwire.ingest.Languages;
import io.claimwire.ingest.ReadabilityExtractor;
import io.claimwire.schemas.Limits;
import io.claimwire.schemas.avro.IngestMethod;
import io.claimwire.schemas.avro.RawArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcPagesTest {
  static final Instant CRAWLED = Instant.parse("2026-11-20T08:00:00Z");
  static final String[] HARBOUR = {
      "The harbour authority said on Tuesday that 42 fishing boats were damaged when the storm reached the coast overnight.",
      "Port director Alma Ruiz told reporters that repairs would take at least three weeks and cost about 2 million dollars.",
      "Residents of the lower town were asked to stay indoors while crews cleared the roads near the quay."};
  static final String[] RAIL = {
      "Train services between the two cities resumed on Wednesday after engineers replaced 300 metres of damaged track.",
      "The operator said about 15,000 passengers had been affected during the four days the line was closed.",
      "A spokesperson for the rail union said staff had worked through the night to reopen the line."};
  static final String[] GERMAN = {
      "Die Stadtverwaltung hat am Montag mitgeteilt, dass im vergangenen Jahr rund 1.200 neue Wohnungen gebaut wurden.",
      "Der Bürgermeister sagte, man wolle die Zahl in den kommenden Jahren deutlich erhöhen und mehr Flächen ausweisen.",
      "Kritiker bemängeln dagegen, dass die Mieten in der Innenstadt weiter steigen und Familien wegziehen müssen."};

  @TempDir Path dir;

  @Test
  void eachRecordEndsWhereTheRulesSayAndTheKindsAreCounted() throws IOException {
    Path file = dir.resolve("crawl.warc.gz");
    write(file, List.of(
        warcinfo(CRAWLED),
        request("https://www.harbour-news.example/storm", CRAWLED),
        page("https://www.harbour-news.example/storm", CRAWLED,
            html("Harbour News", "Storm damages 42 boats", "2026-11-19T21:30:00Z", null, null, HARBOUR)),
        metadata("https://www.harbour-news.example/storm", CRAWLED),
        page("https://rail.example/line-reopens", CRAWLED.plusSeconds(60),
            html(null, "Line reopens", null, "2026-11-18T10:00:00+01:00", null, RAIL)),
        page("https://city.example.de/wohnungen", CRAWLED.plusSeconds(120),
            html("Stadtblatt", "Neue Wohnungen", null, null, "2026-11-17", GERMAN)),
        response("https://rail.example/logo.png", CRAWLED, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
        response("https://rail.example/feed.json", CRAWLED, 200, "application/json", "{}".getBytes(StandardCharsets.UTF_8)),
        response("https://rail.example/gone", CRAWLED, 404, "text/html", "<p>not here</p>".getBytes(StandardCharsets.UTF_8)),
        revisit("https://www.harbour-news.example/storm", CRAWLED.plusSeconds(3600)),
        page("https://plain.example/no-dates", CRAWLED.plusSeconds(180),
            html(null, "Quiet day", null, null, null, RAIL))));

    List<WarcPages.Item> items = readAll(file, -1);
    Map<String, Integer> kinds = new TreeMap<>();
    items.forEach(i -> kinds.merge(i.kind().label(), 1, Integer::sum));
    assertThat(kinds).containsExactlyInAnyOrderEntriesOf(Map.of("warcinfo", 1, "request", 1, "article", 4,
        "metadata", 1, "not-html", 2, "not-200", 1, "revisit", 1));

    List<RawArticle> articles = items.stream().filter(i -> i.kind() == WarcPages.Kind.ARTICLE)
        .map(WarcPages.Item::article).toList();
    RawArticle storm = articles.get(0);
    assertThat(storm.getUrl()).isEqualTo("https://www.harbour-news.example/storm");
    assertThat(storm.getOutlet()).as("og:site_name").isEqualTo("Harbour News");
    assertThat(storm.getPublishedAt()).as("article:published_time").isEqualTo(Instant.parse("2026-11-19T21:30:00Z"));
    assertThat(storm.getFetchedAt()).as("the WARC date").isEqualTo(CRAWLED);
    assertThat(storm.getIngestMethod()).isEqualTo(IngestMethod.ARCHIVE);
    assertThat(storm.getText()).contains("42 fishing boats").doesNotContain("Subscribe").doesNotContain("Sport");
    assertThat(storm.getOrigin()).startsWith(file + "@");

    RawArticle rail = articles.get(1);
    assertThat(rail.getOutlet()).as("no og:site_name: the host").isEqualTo("rail.example");
    assertThat(rail.getPublishedAt()).as("JSON-LD datePublished").isEqualTo(Instant.parse("2026-11-18T09:00:00Z"));
    assertThat(rail.getTitle()).isEqualTo("Line reopens");

    RawArticle german = articles.get(2);
    assertThat(german.getPublishedAt()).as("<time datetime>").isEqualTo(Instant.parse("2026-11-17T00:00:00Z"));
    assertThat(Languages.tag(german).getLanguage()).isEqualTo("de");
    assertThat(Languages.tag(storm).getLanguage()).isEqualTo("en");

    RawArticle undated = articles.get(3);
    assertThat(undated.getPublishedAt()).as("no date in the page: the WARC date").isEqualTo(CRAWLED.plusSeconds(180));
    assertThat(undated.getOutlet()).isEqualTo("plain.example");

    assertThat(articles).extracting(RawArticle::getRecordId).doesNotHaveDuplicates();
    assertThat(readAll(file, -1)).extracting(i -> i.article() == null ? null : i.article().getRecordId())
        .as("record ids are the same on every read").containsExactlyElementsOf(
            items.stream().map(i -> i.article() == null ? null : i.article().getRecordId()).toList());
  }

  @Test
  void aCheckpointedOffsetResumesWithTheNextRecord() throws IOException {
    Path file = dir.resolve("resume.warc.gz");
    List<org.netpreserve.jwarc.WarcRecord> records = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      records.add(page("https://harbour.example/" + i, CRAWLED.plusSeconds(i), html(null, "Story " + i, null, null,
          null, HARBOUR)));
    }
    write(file, records);
    List<WarcPages.Item> all = readAll(file, -1);
    assertThat(all).hasSize(6);
    List<WarcPages.Item> rest = readAll(file, all.get(2).offset());
    assertThat(rest).extracting(i -> i.article().getUrl())
        .containsExactly("https://harbour.example/3", "https://harbour.example/4", "https://harbour.example/5");
    assertThat(rest).extracting(WarcPages.Item::offset).containsExactlyElementsOf(
        all.subList(3, 6).stream().map(WarcPages.Item::offset).toList());
  }

  @Test
  void aTruncatedGzipMemberIsDeadLetteredWithItsOffsetAndTheRecordsBeforeItKept() throws IOException {
    Path whole = dir.resolve("whole.warc.gz");
    write(whole, List.of(page("https://harbour.example/a", CRAWLED, html(null, "A", null, null, null, HARBOUR)),
        page("https://harbour.example/b", CRAWLED, html(null, "B", null, null, null, RAIL)),
        page("https://harbour.example/c", CRAWLED, html(null, "C", null, null, null, HARBOUR))));
    List<WarcPages.Item> complete = readAll(whole, -1);
    long lastStart = complete.get(2).offset();
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = dir.resolve("cut.warc.gz");
    Files.write(cut, java.util.Arrays.copyOf(bytes, (int) (lastStart + (bytes.length - lastStart) / 2)));

    List<WarcPages.Item> items = readAll(cut, -1);
    assertThat(items).extracting(WarcPages.Item::kind).containsExactly(WarcPages.Kind.ARTICLE,
        WarcPages.Kind.ARTICLE, WarcPages.Kind.REFUSED);
    WarcPages.Item refused = items.get(2);
    assertThat(refused.offset()).isEqualTo(lastStart);
    assertThat(refused.refused().origin()).isEqualTo(cut + "@" + lastStart);
    assertThat(refused.refused().reason()).contains("offset " + lastStart).contains("not replayed");
  }

  @Test
  void aPageIsDecodedInTheCharsetItDeclaresAndRefusedWhenItCannotBe() throws IOException {
    Path file = dir.resolve("charsets.warc");
    String latin = html(null, "Café reopens", null, null, null,
        "The café on the main square reopened on Friday after the owners spent 40,000 euros on repairs.",
        "Its owner said the façade had been restored with the help of 12 local builders over the summer.");
    String metaDeclared = latin.replace("<meta charset=\"utf-8\">", "<meta charset=\"windows-1252\">");
    byte[] notUtf8 = latin.replace("<meta charset=\"utf-8\">", "").getBytes(StandardCharsets.ISO_8859_1);
    write(file, List.of(
        page("https://town.example/header", CRAWLED, "text/html; charset=ISO-8859-1",
            latin.replace("<meta charset=\"utf-8\">", ""), StandardCharsets.ISO_8859_1),
        page("https://town.example/meta", CRAWLED, "text/html", metaDeclared, java.nio.charset.Charset.forName("windows-1252")),
        response("https://town.example/undeclared", CRAWLED, 200, "text/html", notUtf8),
        response("https://town.example/unknown", CRAWLED, 200, "text/html; charset=x-no-such-charset",
            "<p>hello</p>".getBytes(StandardCharsets.US_ASCII))));
    List<WarcPages.Item> items = readAll(file, -1);
    assertThat(items).extracting(WarcPages.Item::kind).containsExactly(WarcPages.Kind.ARTICLE,
        WarcPages.Kind.ARTICLE, WarcPages.Kind.REFUSED, WarcPages.Kind.REFUSED);
    assertThat(items.get(0).article().getText()).contains("café").contains("façade");
    assertThat(items.get(1).article().getText()).contains("café");
    assertThat(items.get(2).refused().reason()).contains("not valid UTF-8").contains("no charset declared")
        .contains("https://town.example/undeclared");
    assertThat(items.get(3).refused().reason()).contains("unknown charset x-no-such-charset");
  }

  @Test
  void aPageOverTheHtmlLimitIsRefusedNotCut() throws IOException {
    Path file = dir.resolve("big.warc");
    String big = html(null, "Long", null, null, null, "x".repeat(2 * 1024 * 1024), HARBOUR[0]);
    write(file, List.of(page("https://big.example/", CRAWLED, big)));
    List<WarcPages.Item> items;
    try (WarcPages pages = new WarcPages(file, -1, new ReadabilityExtractor(), new Limits(Limits.MB, Limits.MB, 500))) {
      items = new ArrayList<>();
      for (WarcPages.Item i; (i = pages.next()) != null; ) {
        items.add(i);
      }
    }
    assertThat(items).singleElement().satisfies(i -> {
      assertThat(i.kind()).isEqualTo(WarcPages.Kind.REFUSED);
      assertThat(i.refused().reason()).contains("--max-html-mb");
      assertThat(i.refused().size()).isGreaterThan(Limits.MB);
    });
  }

  static List<WarcPages.Item> readAll(Path file, long after) throws IOException {
    List<WarcPages.Item> out = new ArrayList<>();
    try (WarcPages pages = new WarcPages(file, after, new ReadabilityExtractor(), Limits.defaults())) {
      for (WarcPages.Item i; (i = pages.next()) != null; ) {
        out.add(i);
      }
    }
    return out;
  }
}
