package io.claimwire.enrich.topology;

import io.claimwire.schemas.avro.IngestMethod;
import io.claimwire.schemas.avro.RawArticle;
import java.time.Instant;

/** Test-data builder for raw articles, with a factory per variant. */
final class Articles {
  private Articles() {}

  static RawArticle.Builder article(String recordId, String url, String text) {
    return RawArticle.newBuilder().setRecordId(recordId).setUrl(url).setOutlet("Test Herald").setTitle("Headline")
        .setText(text).setFetchedAt(Instant.parse("2026-01-05T10:00:00Z")).setIngestMethod(IngestMethod.FILE)
        .setOrigin(recordId + ".txt");
  }

  /** The same text under another record id and URL, with a different outlet's boilerplate around it. */
  static RawArticle duplicateOf(RawArticle a, String recordId, String url) {
    return article(recordId, url, "By Someone Else\n4 min read\n" + a.getText() + "\nShare This Article").setOutlet("Copy Daily")
        .build();
  }

  /** The same URL with materially changed text. */
  static RawArticle updateOf(RawArticle a, String recordId, String newText) {
    return article(recordId, a.getUrl(), newText).build();
  }
}
