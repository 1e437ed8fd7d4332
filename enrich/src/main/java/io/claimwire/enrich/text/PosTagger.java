package io.claimwire.enrich.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Universal Dependencies part-of-speech tags (NOUN, PROPN, VERB, ADJ, ADP, ...) from Apache OpenNLP's English
 * model, which comes from Maven Central ({@code opennlp-models-pos-en}); nothing is downloaded at run time. The model
 * loads once per JVM; each thread gets its own tagger, OpenNLP's taggers not being thread-safe. Only sentences that
 * hold a figure are tagged: tagging is the costliest step of extraction.
 */
final class PosTagger {
  /** The model file inside the {@code opennlp-models-pos-en} jar. */
  static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  /** Beam size 1: greedy decoding, about three times faster than the default beam of 3 on our short windows. */
  private static final POSModel LOADED = greedy(load());
  private static final ThreadLocal<POSTaggerME> TAGGER = ThreadLocal.withInitial(() -> new POSTaggerME(LOADED));

  private PosTagger() {}

  /** One tag per token, in order. */
  static String[] tags(List<Token> tokens) {
    String[] words = new String[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = tokens.get(i).text();
    }
    return TAGGER.get().tag(words);
  }

  private static POSModel greedy(POSModel model) {
    Object tagger = model.getArtifact("pos.model");
    if (!(tagger instanceof opennlp.tools.ml.model.MaxentModel maxent)) {
      return model; // a sequence model: keep its own decoding
    }
    return new POSModel(model.getLanguage(), maxent, 1, java.util.Map.of(), model.getFactory());
  }

  private static POSModel load() {
    try (InputStream in = PosTagger.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP part-of-speech model " + MODEL
            + " is not on the classpath (org.apache.opennlp:opennlp-models-pos-en)");
      }
      return new POSModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the OpenNLP part-of-speech model", e);
    }
  }
}
