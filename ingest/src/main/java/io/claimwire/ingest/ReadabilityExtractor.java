package io.claimwire.ingest;

import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Main text through Readability4J (Mozilla Readability's algorithm), paragraphs through jsoup. */
public final class ReadabilityExtractor implements HtmlTextExtractor {
  @Override
  public MainText extract(String html, String url) {
    var article = new Readability4J(url == null ? "http://localhost/" : url, html).parse();
    String content = article.getContent();
    String text = content == null ? "" : paragraphs(Jsoup.parse(content));
    if (text.isBlank()) {
      text = paragraphs(Jsoup.parse(html));
    }
    return new MainText(article.getTitle(), text);
  }

  /** Paragraph text of an HTML fragment (a feed item's content or summary), paragraphs separated by blank lines. */
  public static String paragraphsOf(String htmlFragment) {
    return htmlFragment == null ? "" : paragraphs(Jsoup.parseBodyFragment(htmlFragment));
  }

  private static String paragraphs(Document doc) {
    StringBuilder sb = new StringBuilder();
    for (Element e : doc.select("p, h2, h3, li, blockquote")) {
      if (e.parents().stream().anyMatch(p -> p.is("p, li, blockquote"))) {
        continue;
      }
      String t = e.text().strip();
      if (!t.isEmpty()) {
        sb.append(sb.length() == 0 ? "" : "\n\n").append(t);
      }
    }
    return sb.length() == 0 ? doc.body() == null ? "" : doc.body().text() : sb.toString();
  }
}
