package io.claimwire.app.commands;

import io.claimwire.app.*;

import io.claimwire.enrich.text.FigureExtractor;
import io.claimwire.enrich.text.TextCleaner;
import io.claimwire.enrich.topology.ClaimMapper;
import io.claimwire.ingest.ArticleFiles;
import io.claimwire.ingest.ReadabilityExtractor;
import io.claimwire.schemas.ContentFingerprint;
import io.claimwire.schemas.avro.Claim;
import io.claimwire.schemas.avro.RawArticle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code claimwire extract} without Kafka: reads article files the way ingest does, cleans them the way enrich does
 * and extracts their claims. One JSON-ready object per article: {@code file}, {@code title}, {@code articleId},
 * {@code claims}.
 */
final class OfflineExtraction {
  private final ArticleFiles reader;
  private final TextCleaner cleaner = new TextCleaner();
  private final FigureExtractor extractor = new FigureExtractor();

  OfflineExtraction() {
    this(io.claimwire.schemas.Limits.defaults());
  }

  OfflineExtraction(io.claimwire.schemas.Limits limits) {
    this.reader = new ArticleFiles(new ReadabilityExtractor(), limits);
  }

  /**
   * Extracts every article in the file; returns the reasons for anything that could not be read, and hands
   * {@code warnings} each sentence whose extraction failed (its figures left out, the article's others kept).
   */
  List<String> extract(Path file, Consumer<Map<String, Object>> out, Consumer<String> warnings) {
    List<String> errors = new ArrayList<>();
    reader.read(file, new io.claimwire.ingest.ArticleOutput() {
      @Override
      public java.util.concurrent.CompletableFuture<?> article(RawArticle a) {
        out.accept(describe(file, a, warnings));
        return java.util.concurrent.CompletableFuture.completedFuture(null);
      }

      @Override
      public void unreadable(String origin, byte[] content, String reason) {
        errors.add(origin + ": " + reason);
      }
    });
    return errors;
  }

  private Map<String, Object> describe(Path file, RawArticle a, Consumer<String> warnings) {
    String text = cleaner.clean(a.getText());
    String id = ContentFingerprint.articleId(a.getUrl(), io.claimwire.enrich.dedup.TextFingerprints.of(text).exact()); // as the sequencer
    List<Map<String, Object>> claims = new ArrayList<>();
    String language = io.claimwire.ingest.Languages.tag(a).getLanguage();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("file", file.toString());
    out.put("title", a.getTitle());
    out.put("articleId", id);
    out.put("language", language);
    out.put("claims", claims);
    if (!FigureExtractor.supports(language)) { // as the topology: no claims, and why
      out.put("reason", "language " + language + ": extraction supports " + FigureExtractor.LANGUAGES);
      return out;
    }
    FigureExtractor.Result result = extractor.extractAll(text, a.getTitle());
    for (FigureExtractor.Failure f : result.failures()) {
      warnings.accept(file + ": the sentence at " + f.start() + ".." + f.end() + " failed, its figures are left out: "
          + f.reason());
    }
    for (var fig : result.figures()) {
      Claim c = ClaimMapper.claim(id, 1, a.getOutlet(), a.getUrl(), a.getPublishedAt(), fig, FigureExtractor.VERSION);
      claims.add(ClaimJson.of(c));
    }
    return out;
  }
}
