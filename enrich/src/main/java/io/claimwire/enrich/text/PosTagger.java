package io.claimwire.enrich.text;

import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Universal Dependencies part-of-speech tags (NOUN, PROPN, VERB, ADJ, ADP, ...) from Apache OpenNLP's English
 * models, which come from Maven Central ({@code opennlp-models-tokenizer-en}, {@code opennlp-models-pos-en});
 * nothing is downloaded at run time. A stretch of a sentence is tokenised and tagged by OpenNLP, and each of our
 * rule tokens gets the tag of the OpenNLP token it starts in. The models load once per JVM; each thread gets its own
 * tokenizer and tagger, OpenNLP's not being thread-safe. Only a short window after a figure is tagged, and only where
 * the rules cannot tell a compound from a verb: a call costs tens of microseconds.
 */
final class PosTagger {
  /** The model file inside the {@code opennlp-models-pos-en} jar. */
  static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  /** Beam size 1: greedy decoding (measured 61 against 100 µs for an 11-token sentence with the default beam of 3). */
  private static final POSModel LOADED = greedy(OpenNlpModels.load(MODEL,
      "org.apache.opennlp:opennlp-models-pos-en", POSModel::new));
  private static final ThreadLocal<POSTaggerME> TAGGER = ThreadLocal.withInitial(() -> new POSTaggerME(LOADED));
  private static final opennlp.tools.tokenize.TokenizerModel TOKENS = OpenNlpModels.load(
      "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", "org.apache.opennlp:opennlp-models-tokenizer-en",
      opennlp.tools.tokenize.TokenizerModel::new);
  private static final ThreadLocal<opennlp.tools.tokenize.TokenizerME> TOKENIZER =
      ThreadLocal.withInitial(() -> new opennlp.tools.tokenize.TokenizerME(TOKENS));

  private PosTagger() {}

  /**
   * The tag of each of {@code tokens} (rule tokens of {@code sentence}, in order): OpenNLP tokenises and tags the
   * stretch of the sentence they cover.
   */
  static String[] tags(String sentence, List<Token> tokens) {
    String[] out = new String[tokens.size()];
    if (tokens.isEmpty()) {
      return out;
    }
    int from = tokens.get(0).start();
    String stretch = sentence.substring(from, tokens.get(tokens.size() - 1).end());
    opennlp.tools.util.Span[] spans = TOKENIZER.get().tokenizePos(stretch);
    String[] words = opennlp.tools.util.Span.spansToStrings(spans, stretch);
    String[] tags = TAGGER.get().tag(words);
    int k = 0;
    for (int i = 0; i < out.length; i++) {
      int at = tokens.get(i).start() - from;
      while (k + 1 < spans.length && spans[k].getEnd() <= at) {
        k++;
      }
      out[i] = spans.length == 0 ? "X" : tags[k];
    }
    return out;
  }

  /**
   * The tag of each of {@code tokens}, tagging our own tokens as they are: no second tokenisation (which cost as
   * much as the tagging). A word joined by an apostrophe ("don't", "farmers'") is given as one token.
   */
  static String[] tagTokens(List<Token> tokens) {
    String[] words = new String[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = tokens.get(i).text();
    }
    return words.length == 0 ? words : GREEDY.get().tag(words);
  }

  private static final ThreadLocal<Greedy> GREEDY = ThreadLocal.withInitial(Greedy::new);

  /**
   * Greedy decoding by hand, as the beam search of width one decides, without its per-token sorting and sequence
   * objects (measured: the beam's bookkeeping was a tenth of the tagging): each token takes the most probable tag
   * that the model's sequence validator allows, given the tags before it.
   */
  private static final class Greedy {
    private final opennlp.tools.ml.model.MaxentModel maxent =
        (opennlp.tools.ml.model.MaxentModel) LOADED.getArtifact("pos.model");
    private final opennlp.tools.postag.POSContextGenerator context = LOADED.getFactory().getPOSContextGenerator(0);
    private final opennlp.tools.util.SequenceValidator<String> valid = LOADED.getFactory().getSequenceValidator();
    private final double[] probs = new double[maxent.getNumOutcomes()];

    String[] tag(String[] words) {
      String[] tags = new String[words.length];
      for (int i = 0; i < words.length; i++) {
        String[] prior = java.util.Arrays.copyOf(tags, i);
        maxent.eval(context.getContext(i, words, prior, null), probs);
        int best = 0;
        for (int o = 1; o < probs.length; o++) {
          best = probs[o] > probs[best] ? o : best;
        }
        if (valid != null && !valid.validSequence(i, words, prior, maxent.getOutcome(best))) {
          best = -1; // the dictionary forbids the best: the most probable it allows
          for (int o = 0; o < probs.length; o++) {
            if ((best < 0 || probs[o] > probs[best]) && valid.validSequence(i, words, prior, maxent.getOutcome(o))) {
              best = o;
            }
          }
        }
        tags[i] = maxent.getOutcome(best < 0 ? 0 : best);
      }
      return tags;
    }
  }

  private static POSModel greedy(POSModel model) {
    Object tagger = model.getArtifact("pos.model");
    if (!(tagger instanceof opennlp.tools.ml.model.MaxentModel maxent)) {
      return model; // a sequence model: keep its own decoding
    }
    return new POSModel(model.getLanguage(), maxent, 1, java.util.Map.of(), model.getFactory());
  }

}
