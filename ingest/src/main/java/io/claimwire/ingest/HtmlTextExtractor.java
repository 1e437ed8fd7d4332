package io.claimwire.ingest;

/** Pulls an article's headline and main text out of a web page. */
public interface HtmlTextExtractor {
  /** The page's headline (may be null) and main text, paragraphs separated by blank lines. */
  record MainText(String title, String text) {}

  MainText extract(String html, String url);

  /**
   * As {@link #extract(String, String)}, from a page already parsed (which the extractor may change): callers that
   * read the page's metadata first parse it once.
   */
  default MainText extract(String html, org.jsoup.nodes.Document parsed, String url) {
    return extract(html, url);
  }
}
