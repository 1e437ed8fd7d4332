package io.claimwire.enrich.text;

import java.util.List;

/**
 * The part-of-speech tags of one sentence's tokens, each computed once and only when a stage asks: the tagger runs
 * over a stretch of {@value #CHUNK} tokens with {@value #CONTEXT} tokens of context each side, so a sentence with
 * one figure in a long line costs one short call, and every stage reads the same tags.
 */
final class Tags {
  /** Closed word classes ({@code closed.tsv}): a word tagged as one of them and not listed is a name or a noun. */
  static final Lexicon CLOSED = Lexicon.load("closed.tsv");
  private static final java.util.Set<String> CLOSED_TAGS = Words.setOf("PRON", "DET", "ADP", "CCONJ", "SCONJ",
      "AUX", "PART");
  private static final int CHUNK = 24;
  private static final int CONTEXT = 2;
  private final String text;
  private final List<Token> toks;
  private final String[] tags;

  Tags(String text, List<Token> toks) {
    this.text = text;
    this.toks = toks;
    this.tags = new String[toks.size()];
  }

  /** The tag of token {@code k}. */
  String at(int k) {
    if (tags[k] == null) {
      int from = k / CHUNK * CHUNK;
      int to = Math.min(toks.size(), from + CHUNK);
      int a = Math.max(0, from - CONTEXT);
      int b = Math.min(toks.size(), to + CONTEXT);
      String[] t = PosTagger.tagTokens(toks.subList(a, b));
      for (int i = from; i < to; i++) {
        String before = i > from ? tags[i - 1] : i > a ? corrected(i - 1, t[i - 1 - a], null) : null;
        tags[i] = corrected(i, t[i - a], before);
      }
    }
    return tags[k];
  }

  /**
   * The model's tag, corrected where it cannot be right: an unknown word in a closed class ("Okafor/ADP") is a name
   * when capitalised, else a noun; a capitalised word inside the sentence that the model calls a noun or an adjective
   * is a name ("for Sindh/ADJ"); a verb form read as a noun before a figure is a verb; a score or a number read as a
   * verb is a number.
   */
  private String corrected(int i, String tag, String before) {
    Token t = toks.get(i);
    if (Character.isDigit(t.text().charAt(0)) && (tag.equals("VERB") || tag.equals("AUX"))) {
      return "NUM"; // "beat Ashbury 3-2/VERB": a token that opens with a digit is never a verb
    }
    if (!t.isWord() || Character.isDigit(t.text().charAt(0))) {
      return tag;
    }
    if (CLOSED_TAGS.contains(tag) && CLOSED.classOf(t.lower()) == null) {
      tag = t.isCapitalised() ? "PROPN" : "NOUN";
    }
    if (tag.equals("NOUN") && isVerbBeforeFigure(i, before)) {
      return "VERB";
    }
    if (i > 0 && t.isCapitalised() && (tag.equals("ADJ") || tag.equals("NOUN")) && toks.get(i - 1).isWord()) {
      return "PROPN";
    }
    return tag;
  }

  /**
   * "The plant employs/NOUN 9,500 people", "the average worker earns/NOUN £44,000", "Reform won/NOUN 38.2 percent": an
   * inflected verb form the model reads as a noun between a noun and a figure. Not a quantity noun ("Oil prices 3%
   * higher").
   */
  private boolean isVerbBeforeFigure(int i, String before) {
    Token t = toks.get(i);
    if (!("NOUN".equals(before) || "PROPN".equals(before)) || i + 1 >= toks.size()
        || !Character.isDigit(toks.get(i + 1).text().charAt(0)) || QuantityNouns.isQuantity(t.lower())) {
      return false;
    }
    for (Lemmas.Reading r : Lemmas.of(t.lower())) {
      if (r.verb()) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code k} is tagged {@code tag}. */
  boolean is(int k, String tag) {
    return at(k).equals(tag);
  }

  List<Token> tokens() {
    return toks;
  }

  String text() {
    return text;
  }
}
