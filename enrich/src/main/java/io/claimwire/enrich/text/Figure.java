package io.claimwire.enrich.text;

/**
 * One figure an article reports, with what was counted, where, when and who says so. {@code start}/{@code end}
 * are the evidence sentence's offsets into the cleaned text; {@code figureStart}/{@code figureEnd} the number's.
 */
public record Figure(double value, Double low, Double high, Qualifier qualifier, boolean vague, String unit,
    String measure, String subject, String location, String period, SourceRef source, String sentence, int start,
    int end, int figureStart, int figureEnd) {}
