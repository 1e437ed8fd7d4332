package io.claimwire.enrich.text;

/**
 * One figure an article reports, with what was counted, where, when and who says so. {@code start}/{@code end}
 * are the evidence sentence's offsets into the cleaned text; {@code figureStart}/{@code figureEnd} the number's.
 */
public record Figure(double value, Double low, Double high, Qualifier qualifier, boolean vague, String unit,
    String measure, String subject, String location, String period, SourceRef source, String sentence, int start,
    int end, int figureStart, int figureEnd, Change change) {
  /** A level (no change). */
  public Figure(double value, Double low, Double high, Qualifier qualifier, boolean vague, String unit, String measure,
      String subject, String location, String period, SourceRef source, String sentence, int start, int end,
      int figureStart, int figureEnd) {
    this(value, low, high, qualifier, vague, unit, measure, subject, location, period, source, sentence, start, end,
        figureStart, figureEnd, null);
  }

  public Figure withSource(SourceRef s) {
    return new Figure(value, low, high, qualifier, vague, unit, measure, subject, location, period, s, sentence, start,
        end, figureStart, figureEnd, change);
  }

  public Figure withSubject(String s) {
    return new Figure(value, low, high, qualifier, vague, unit, measure, s, location, period, source, sentence, start,
        end, figureStart, figureEnd, change);
  }

  public Figure withLocation(String l) {
    return new Figure(value, low, high, qualifier, vague, unit, measure, subject, l, period, source, sentence, start,
        end, figureStart, figureEnd, change);
  }

  /** The same figure told another way ("18 points, or 0.9%", "£2.36bn ($2.97bn)") measures what the first did. */
  /** Without punctuation a phrase took from around it: "- Temperatures" after a wire dateline's dash. */
  public Figure tidy() {
    if (subject == null || subject.isEmpty() || Character.isLetterOrDigit(subject.charAt(0))) {
      return this;
    }
    String s = LEADING_MARKS.matcher(subject).replaceFirst("");
    return withMeasureAndSubject(measure, s.isEmpty() ? null : s);
  }

  private static final java.util.regex.Pattern LEADING_MARKS = java.util.regex.Pattern.compile("^[^\\p{L}\\p{N}]+");

  public Figure withMeasureOf(Figure told) {
    return new Figure(value, low, high, qualifier, vague, unit, told.measure, subject, location, period, source, sentence,
        start, end, figureStart, figureEnd, told.change);
  }

  public Figure withChange(Change c) {
    return new Figure(value, low, high, qualifier, vague, unit, measure, subject, location, period, source, sentence,
        start, end, figureStart, figureEnd, c);
  }

  public Figure withMeasureAndSubject(String m, String s) {
    return new Figure(value, low, high, qualifier, vague, unit, m, s, location, period, source, sentence, start, end,
        figureStart, figureEnd, change);
  }
}
