package io.claimwire.enrich.text;

import java.util.List;

/**
 * Carried attribution: a figure with no cue of its own is claimed by the source the last cue named. Inside a
 * paragraph the source carries to its end. Web news often sets every sentence as its own paragraph, so a source also
 * carries over one paragraph break into the sentence right after its cue, when it is a body that issued figures in
 * that sentence (an agency, a ministry, a report), not a person whose quote ended with the paragraph nor a body that
 * said something else ("The ministry said the outbreak was spreading." then "Separately, 14 schools closed"), unless
 * the source is itself a body of figures ("according to Government figures"); and a paragraph that opens with a
 * quotation mark continues the last speaker, whoever it is ("He said ... ." then "“Exports have reached ...”").
 * "The figures were released by X" covers the sentence before it, when that one had no cue.
 */
final class Carry {
  /** How many sentences after its cue a source still reaches across a paragraph break. */
  private static final int ACROSS_PARAGRAPH = 1;

  private Carry() {}

  static SourceRef[] sources(List<Sentence> sentences, List<List<Attributor.Cue>> cues,
      List<List<NumberMention>> mentions) {
    SourceRef[] out = new SourceRef[sentences.size()];
    SourceRef last = null;
    int paragraph = -1;
    int lastAt = -1;
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).paragraph() != paragraph) {
        paragraph = sentences.get(i).paragraph();
        if (last != null && opensWithQuote(sentences.get(i).text())) {
          lastAt = i; // a quoted paragraph continues its speaker, and the next one may too
        } else if (last == null || i - lastAt > ACROSS_PARAGRAPH || last.kind() == SourceRef.Kind.PERSON
            || mentions.get(lastAt).isEmpty() && !isData(last)) {
          last = null;
        }
      }
      out[i] = last;
      List<Attributor.Cue> cs = cues.get(i);
      if (!cs.isEmpty() && !cs.get(cs.size() - 1).pronoun()) {
        last = cs.get(cs.size() - 1).source();
        lastAt = i;
        if (cs.get(0).anaphoric() && i > 0 && cues.get(i - 1).isEmpty()
            && sentences.get(i - 1).paragraph() == paragraph && out[i - 1] == null) {
          out[i - 1] = cs.get(0).source();
        }
      }
    }
    return out;
  }

  /** "Government figures", "NDMA data": a source that is itself a body of figures. */
  private static boolean isData(SourceRef s) {
    if (s.name() == null) {
      return false;
    }
    String[] words = Words.of(s.name().toLowerCase(java.util.Locale.ROOT));
    String last = words[words.length - 1];
    return SourceNames.DOCUMENTS.contains(last) && Tags.CLOSED.classOf(last) == null; // a noun, not "it" or "which"
  }

  private static boolean opensWithQuote(String text) {
    String t = text.stripLeading();
    return !t.isEmpty() && (t.charAt(0) == '"' || t.charAt(0) == '\u201C');
  }
}
