package io.claimwire.ingest;

import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Main text through Readability4J (Mozilla Readability's algorithm), paragraphs through jsoup. */
public final class ReadabilityExtractor implements HtmlTextExtractor {
  @Override
  public MainText extract(String html, String url) {
    return main(html, new Readability4J(url == null ? "http://localhost/" : url, html).parse());
  }

  @Override
  public MainText extract(String html, Document parsed, String url) {
    return main(html, new Readability4J(url == null ? "http://localhost/" : url, parsed).parse());
  }

  private static MainText main(String html, net.dankito.readability4j.Article article) {
    Element content = article.getArticleContent();
    String text = content == null ? "" : paragraphs(content);
    if (text.isBlank()) {
      text = paragraphs(Jsoup.parse(html));
    }
    return new MainText(article.getTitle(), text);
  }

  /** Paragraph text of an HTML fragment (a feed item's content or summary), paragraphs separated by blank lines. */
  public static String paragraphsOf(String htmlFragment) {
    return htmlFragment == null ? "" : paragraphs(Jsoup.parseBodyFragment(htmlFragment));
  }

  /** The paragraphs under the root (a page, or the main text the extractor found), each once. */
  private static String paragraphs(Element root) {
    StringBuilder sb = new StringBuilder();
    for (Element e : root.select("p, h2, h3, li, blockquote")) {
      if (insideAnother(e, root)) {
        continue;
      }
      String t = e.text().strip();
      if (!t.isEmpty()) {
        sb.append(sb.length() == 0 ? "" : "\n\n").append(t);
      }
    }
    if (sb.length() > 0) {
      return sb.toString();
    }
    Element body = root instanceof Document d ? d.body() : root;
    return body == null ? "" : body.text();
  }

  /** True when a paragraph-like element holds the element, below the root (its text is taken with that one). */
  private static boolean insideAnother(Element e, Element root) {
    for (Element p = e.parent(); p != null && p != root; p = p.parent()) {
      if (p.is("p, li, blockquote")) {
        return true;
      }
    }
    return false;
  }
}
