package io.claimwire.enrich.topology;

import io.claimwire.schemas.ContentFingerprint;
import io.claimwire.schemas.Limits;
import io.claimwire.enrich.text.Figure;
import io.claimwire.schemas.avro.Article;
import io.claimwire.schemas.avro.Claim;
import io.claimwire.schemas.avro.ClaimSource;
import io.claimwire.schemas.avro.Evidence;
import io.claimwire.schemas.avro.Qualifier;
import io.claimwire.schemas.avro.SourceKind;
import java.util.ArrayList;
import java.util.List;

/** Turns the text library's figures into Avro claims with stable ids. */
public final class ClaimMapper {
  private ClaimMapper() {}

  public static List<Claim> claims(Article a, List<Figure> figures, String extractor) {
    List<Claim> out = new ArrayList<>(figures.size());
    for (Figure f : figures) {
      Claim c = claim(a.getArticleId(), a.getArticleVersion(), a.getOutlet(), a.getUrl(), a.getPublishedAt(), f, extractor);
      c.setStoryId(a.getStoryId());
      out.add(c);
    }
    return out;
  }

  public static Claim claim(String articleId, int version, String outlet, String url, java.time.Instant publishedAt,
      Figure f, String extractor) {
    return Claim.newBuilder()
        .setClaimId(claimId(articleId, version, f))
        .setArticleId(articleId).setArticleVersion(version).setOutlet(outlet).setUrl(url).setPublishedAt(publishedAt)
        .setValue(f.value()).setLow(f.low()).setHigh(f.high())
        .setQualifier(Qualifier.valueOf(f.qualifier().name())).setVague(f.vague()).setUnit(f.unit())
        .setMeasure(f.measure()).setSubject(f.subject()).setLocation(f.location()).setPeriod(f.period())
        .setSource(ClaimSource.newBuilder().setName(f.source().name()).setRole(f.source().role())
            .setKind(SourceKind.valueOf(f.source().kind().name())).setVia(f.source().via()).build())
        .setEvidence(evidence(f))
        .setExtractor(extractor)
        .setChange(f.change() == null ? null : io.claimwire.schemas.avro.Change.valueOf(f.change().name()))
        .build();
  }

  /**
   * The figure's sentence with its offsets; a "sentence" longer than {@link Limits#MAX_EVIDENCE_CHARS} (a list or
   * a page with no full stop) is cut to a window of that size around the figure, offsets moved with it, so every
   * claim stays small whatever the text.
   */
  static Evidence evidence(Figure f) {
    String s = f.sentence();
    int max = Limits.MAX_EVIDENCE_CHARS;
    if (s.length() <= max) {
      return new Evidence(s, f.start(), f.end());
    }
    int figFrom = Math.max(0, Math.min(s.length(), f.figureStart() - f.start()));
    int figTo = Math.max(figFrom, Math.min(s.length(), f.figureEnd() - f.start()));
    int from = Math.max(0, figFrom - Math.max(0, max - (figTo - figFrom)) / 2);
    int to = Math.min(s.length(), from + max);
    from = Math.max(0, to - max);
    if (from > 0 && Character.isLowSurrogate(s.charAt(from))) {
      from++;
    }
    if (to < s.length() && Character.isHighSurrogate(s.charAt(to - 1))) {
      to--;
    }
    return new Evidence(s.substring(from, to), f.start() + from, f.start() + to);
  }

  /**
   * Stable across replays and extractor versions as long as the figure itself (where it stands, its value, unit
   * and qualifier) is unchanged, so subscribers see changes, not duplicates.
   */
  static String claimId(String articleId, int version, Figure f) {
    String key = articleId + "|" + version + "|" + f.figureStart() + "|" + f.figureEnd() + "|" + f.value() + "|"
        + f.unit() + "|" + f.qualifier();
    return ContentFingerprint.sha256(key).substring(0, 32);
  }
}
