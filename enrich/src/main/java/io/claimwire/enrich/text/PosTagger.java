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
    int[] at = new int[out.length];
    for (int i = 0; i < out.length; i++) {
      at[i] = tokens.get(i).start() - from;
    }
    Recent recent = RECENT.get();
    String[] known = recent.find(stretch, at);
    if (known != null) {
      return known;
    }
    opennlp.tools.util.Span[] spans = TOKENIZER.get().tokenizePos(stretch);
    String[] words = opennlp.tools.util.Span.spansToStrings(spans, stretch);
    String[] tags = tagWords(words);
    int k = 0;
    for (int i = 0; i < out.length; i++) {
      while (k + 1 < spans.length && spans[k].getEnd() <= at[i]) {
        k++;
      }
      out[i] = spans.length == 0 ? "X" : tags[k];
    }
    recent.keep(stretch, at, out);
    return out.clone();
  }

  /**
   * The last few stretches tagged on a thread, with their tags: the rules reading one figure (a level held, a change,
   * a level reached) ask for the same stretch in turn, and the answer depends on the stretch and the tokens alone.
   */
  private static final class Recent {
    private static final int SIZE = 4;
    private final String[] stretches = new String[SIZE];
    private final int[][] starts = new int[SIZE][];
    private final String[][] tags = new String[SIZE][];
    private int next;

    String[] find(String stretch, int[] at) {
      for (int i = 0; i < SIZE; i++) {
        if (stretch.equals(stretches[i]) && java.util.Arrays.equals(at, starts[i])) {
          return tags[i].clone();
        }
      }
      return null;
    }

    void keep(String stretch, int[] at, String[] out) {
      stretches[next] = stretch;
      starts[next] = at;
      tags[next] = out;
      next = (next + 1) % SIZE;
    }
  }

  private static final ThreadLocal<Recent> RECENT = ThreadLocal.withInitial(Recent::new);

  /**
   * The tag of each of {@code tokens}, tagging our own tokens as they are: no second tokenisation (which cost as
   * much as the tagging). A word joined by an apostrophe ("don't", "farmers'") is given as one token.
   */
  static String[] tagTokens(List<Token> tokens) {
    return tagWords(texts(tokens));
  }

  /** The tags of OpenNLP's own tokens, by the fast greedy decoding (the same tags as OpenNLP's tagger gives them). */
  static String[] tagWords(String[] words) {
    return words.length == 0 ? words : GREEDY.get().tag(words);
  }

  /** The tags OpenNLP's tagger (beam of one) gives: the reference {@link #tagWords} is tested against. */
  static String[] tagWordsByTagger(String[] words) {
    return TAGGER.get().tag(words);
  }

  /** OpenNLP's tokens of a text. */
  static String[] openNlpTokens(String text) {
    return TOKENIZER.get().tokenize(text);
  }

  private static String[] texts(List<Token> tokens) {
    String[] words = new String[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = tokens.get(i).text();
    }
    return words;
  }

  private static final ThreadLocal<Greedy> GREEDY = ThreadLocal.withInitial(Greedy::new);

  /** The tags the model's own greedy decoding gives (the reference the fast decoding is tested against). */
  static String[] tagTokensByModel(List<Token> tokens) {
    String[] words = texts(tokens);
    return words.length == 0 ? words : GREEDY.get().tagByModel(words);
  }

  /**
   * Greedy decoding by hand: each token takes the most probable tag that the model's sequence validator allows,
   * given the tags before it, as the beam search of width one decides.
   *
   * <p>The model is a maximum-entropy model whose features for a token are its own (the word, its prefixes and
   * suffixes, its shape), each neighbour's word two either side, the sentence start, and the one or two tags before
   * it. The most probable tag is the one with the largest sum of feature weights, so no probabilities are needed
   * (no exponentials). A word's weights are the same wherever it stands, so they are summed once per word (for the
   * word itself and for it as each neighbour) and kept for the next sentences in a bounded table: a token then
   * costs a few additions of one weight per tag, not the model's twenty feature strings and lookups. The feature
   * strings themselves come from the model's own context generator, so the features are the model's.
   */
  private static final class Greedy {
    /** Words whose summed weights are kept; the table is emptied when full, so memory stays bounded. */
    private static final int WORDS_HELD = 8192;
    private static final String[] NEIGHBOURS = {"p1w=", "p2w=", "n1w=", "n2w="};
    private static final String[] NO_TAGS = new String[0];
    private final opennlp.tools.ml.model.MaxentModel maxent =
        (opennlp.tools.ml.model.MaxentModel) LOADED.getArtifact("pos.model");
    private final opennlp.tools.postag.POSContextGenerator context = LOADED.getFactory().getPOSContextGenerator(0);
    private final opennlp.tools.util.SequenceValidator<String> valid = LOADED.getFactory().getSequenceValidator();
    private final int n = maxent.getNumOutcomes();
    private final double[] probs = new double[n];
    private final double[] sums = new double[n];
    private final java.util.Map<String, opennlp.tools.ml.model.Context> weights = weightsOf(maxent);
    private final java.util.HashMap<String, double[]> words = new java.util.HashMap<>();
    private final double[][] tagBefore = new double[n][];
    private final double[][] tagPair = new double[n * n][];
    private final double[][] begin = {sum("S=begin"), sum("p1S=begin"), sum("p2S=begin")};

    @SuppressWarnings("unchecked")
    private static java.util.Map<String, opennlp.tools.ml.model.Context> weightsOf(
        opennlp.tools.ml.model.MaxentModel m) {
      return m instanceof opennlp.tools.ml.model.AbstractModel a
          ? (java.util.Map<String, opennlp.tools.ml.model.Context>) a.getDataStructures()[1] : null;
    }

    String[] tag(String[] ws) {
      if (weights == null) {
        return tagByModel(ws);
      }
      double[][] vec = new double[ws.length][];
      for (int i = 0; i < ws.length; i++) {
        vec[i] = wordWeights(ws[i]);
      }
      String[] tags = new String[ws.length];
      int[] outcome = new int[ws.length];
      for (int i = 0; i < ws.length; i++) {
        System.arraycopy(vec[i], 0, sums, 0, n);
        add(i >= 1 ? vec[i - 1] : null, n); // this word as the word before
        add(i >= 2 ? vec[i - 2] : null, 2 * n);
        add(i + 1 < ws.length ? vec[i + 1] : null, 3 * n);
        add(i + 2 < ws.length ? vec[i + 2] : null, 4 * n);
        add(i < 3 ? begin[i] : null, 0);
        if (i >= 1) {
          add(tagWeights(outcome[i - 1]), 0);
        }
        if (i >= 2) {
          add(tagPairWeights(outcome[i - 2], outcome[i - 1]), 0);
        }
        outcome[i] = best(i, ws, tags, sums);
        tags[i] = maxent.getOutcome(outcome[i]);
      }
      return tags;
    }

    String[] tagByModel(String[] ws) {
      String[] tags = new String[ws.length];
      for (int i = 0; i < ws.length; i++) {
        maxent.eval(context.getContext(i, ws, java.util.Arrays.copyOf(tags, i), null), probs);
        tags[i] = maxent.getOutcome(best(i, ws, tags, probs));
      }
      return tags;
    }

    /** The highest-scoring tag the validator allows after {@code tags[0..i)}, by its outcome index. */
    private int best(int i, String[] ws, String[] tags, double[] score) {
      int best = 0;
      for (int o = 1; o < n; o++) {
        best = score[o] > score[best] ? o : best;
      }
      if (valid != null) {
        String[] prior = java.util.Arrays.copyOf(tags, i);
        if (!valid.validSequence(i, ws, prior, maxent.getOutcome(best))) {
          best = -1; // the dictionary forbids the best: the highest it allows
          for (int o = 0; o < n; o++) {
            if ((best < 0 || score[o] > score[best]) && valid.validSequence(i, ws, prior, maxent.getOutcome(o))) {
              best = o;
            }
          }
        }
      }
      return best < 0 ? 0 : best;
    }

    private void add(double[] from, int offset) {
      if (from != null) {
        for (int o = 0; o < n; o++) {
          sums[o] += from[offset + o];
        }
      }
    }

    /**
     * A word's summed weights: its own features (the model's context for the word alone, less the sentence start),
     * then the word as the one before, two before, after and two after another.
     */
    private double[] wordWeights(String word) {
      double[] v = words.get(word);
      if (v != null) {
        return v;
      }
      v = new double[5 * n];
      String lower = null;
      for (String feature : context.getContext(0, new String[] {word}, NO_TAGS, null)) {
        if (feature.startsWith("w=")) {
          lower = feature.substring(2);
        }
        if (!feature.equals("S=begin")) {
          addWeights(feature, v, 0);
        }
      }
      for (int k = 0; lower != null && k < NEIGHBOURS.length; k++) {
        addWeights(NEIGHBOURS[k] + lower, v, (k + 1) * n);
      }
      if (words.size() >= WORDS_HELD) {
        words.clear();
      }
      words.put(word, v);
      return v;
    }

    /** The weights of the tag before ("t=NOUN"), summed once per tag. */
    private double[] tagWeights(int before) {
      double[] v = tagBefore[before];
      if (v == null) {
        v = tagBefore[before] = sum("t=" + maxent.getOutcome(before));
      }
      return v;
    }

    /** The weights of the two tags before ("t2=DET,NOUN"), summed once per pair. */
    private double[] tagPairWeights(int twoBefore, int before) {
      double[] v = tagPair[twoBefore * n + before];
      if (v == null) {
        v = sum("t2=" + maxent.getOutcome(twoBefore) + "," + maxent.getOutcome(before));
        tagPair[twoBefore * n + before] = v;
      }
      return v;
    }

    private double[] sum(String feature) {
      double[] v = new double[n];
      addWeights(feature, v, 0);
      return v;
    }

    private void addWeights(String feature, double[] into, int offset) {
      opennlp.tools.ml.model.Context c = weights == null ? null : weights.get(feature);
      if (c != null) {
        int[] outcomes = c.getOutcomes();
        double[] params = c.getParameters();
        for (int j = 0; j < outcomes.length; j++) {
          into[offset + outcomes[j]] += params[j];
        }
      }
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
