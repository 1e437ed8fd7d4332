package io.claimwire.app.commands;

import io.claimwire.app.*;

import io.claimwire.schemas.avro.Claim;
import java.util.LinkedHashMap;
import java.util.Map;

/** Claims as JSON-ready maps with the Claim contract's field names. */
final class ClaimJson {
  private ClaimJson() {}

  static Map<String, Object> of(Claim c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("claimId", c.getClaimId());
    m.put("articleId", c.getArticleId());
    m.put("articleVersion", c.getArticleVersion());
    m.put("outlet", c.getOutlet());
    m.put("url", c.getUrl());
    m.put("publishedAt", c.getPublishedAt() == null ? null : c.getPublishedAt().toString());
    m.put("value", c.getValue());
    m.put("low", c.getLow());
    m.put("high", c.getHigh());
    m.put("qualifier", c.getQualifier().name());
    m.put("vague", c.getVague());
    m.put("unit", c.getUnit());
    m.put("measure", c.getMeasure());
    m.put("change", c.getChange() == null ? null : c.getChange().name());
    m.put("subject", c.getSubject());
    m.put("location", c.getLocation());
    m.put("period", c.getPeriod());
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("name", c.getSource().getName());
    source.put("role", c.getSource().getRole());
    source.put("kind", c.getSource().getKind().name().toLowerCase(java.util.Locale.ROOT));
    source.put("via", c.getSource().getVia());
    m.put("source", source);
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("sentence", c.getEvidence().getSentence());
    evidence.put("start", c.getEvidence().getStart());
    evidence.put("end", c.getEvidence().getEnd());
    m.put("evidence", evidence);
    m.put("extractor", c.getExtractor());
    return m;
  }
}
