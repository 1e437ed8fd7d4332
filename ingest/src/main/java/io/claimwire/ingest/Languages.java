package io.claimwire.ingest;

import io.claimwire.schemas.avro.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The language of an article's text, by OpenNLP's language detector (the {@code opennlp-models-langdetect} model,
 * 103 languages): an ISO 639-1 code where the language has one ({@code en}, {@code de}), else the model's ISO 639-3
 * code, and {@link #UNDETERMINED} when the text is too short or the model too unsure to tell.
 */
public final class Languages {
  /** ISO 639-2's code for "undetermined". */
  public static final String UNDETERMINED = "und";
  /** Fewer letters than this: too short to tell. */
  static final int MIN_LETTERS = 40;
  /** Detection reads at most this many characters from the start of the text (the rest does not change it). */
  static final int MAX_CHARS = 320;
  /**
   * The model's scores spread over its 103 languages (an even spread is about 0.01 each): the best must be at least
   * this and {@link #MIN_LEAD} times the second, else the language is undetermined.
   */
  static final double MIN_CONFIDENCE = 0.03;
  static final double MIN_LEAD = 1.5;
  private static final String MODEL = "/langdetect-183.bin";
  private static final Map<String, String> TWO_LETTER = twoLetterCodes();
  private static volatile LanguageDetectorModel model;
  /** A detector is not safe for threads; each thread keeps its own over the one model. */
  private static final ThreadLocal<LanguageDetectorME> DETECTOR =
      ThreadLocal.withInitial(() -> new LanguageDetectorME(model()));

  private Languages() {}

  /** The article with its language detected from its title and text, unless it already has one. */
  public static RawArticle tag(RawArticle a) {
    if (a.getLanguage() != null) {
      return a;
    }
    String title = a.getTitle() == null ? "" : a.getTitle() + "\n\n";
    a.setLanguage(detect(title + a.getText()));
    return a;
  }

  /** The language of the text (see the class comment). */
  public static String detect(String text) {
    if (text == null) {
      return UNDETERMINED;
    }
    String head = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    if (head.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count() < MIN_LETTERS) {
      return UNDETERMINED;
    }
    Language[] ranked = DETECTOR.get().predictLanguages(head);
    if (ranked.length == 0 || ranked[0].getConfidence() < MIN_CONFIDENCE
        || ranked.length > 1 && ranked[0].getConfidence() < MIN_LEAD * ranked[1].getConfidence()) {
      return UNDETERMINED;
    }
    return normalise(ranked[0].getLang());
  }

  /**
   * Codes as given on the command line ({@code en}, {@code eng}, {@code EN}, comma-separated or repeated), as the
   * codes {@link #detect} gives; an unknown code is refused, naming it.
   */
  public static Set<String> parse(List<String> given) {
    Set<String> out = new LinkedHashSet<>();
    for (String item : given) {
      for (String code : item.split(",")) {
        String c = code.strip().toLowerCase(Locale.ROOT);
        if (c.isEmpty()) {
          continue;
        }
        if (!c.equals(UNDETERMINED) && !TWO_LETTER.containsKey(c) && !TWO_LETTER.containsValue(c)) {
          throw new IllegalArgumentException("unknown language code '" + code.strip()
              + "': give ISO 639-1 codes such as en, de, es (or und for text too short to tell)");
        }
        out.add(normalise(c));
      }
    }
    return out;
  }

  /** A three-letter code as its two-letter one where there is one; others as they are. */
  static String normalise(String code) {
    return TWO_LETTER.getOrDefault(code, code);
  }

  private static Map<String, String> twoLetterCodes() {
    Map<String, String> m = new HashMap<>();
    for (String two : Locale.getISOLanguages()) {
      try {
        m.put(new Locale(two).getISO3Language(), two);
      } catch (java.util.MissingResourceException none) {
        // a language without a three-letter code in this JDK
      }
    }
    // ISO 639-2/B codes the model uses where the JDK knows the /T one, and macro-language codes
    m.putIfAbsent("zho", "zh");
    m.putIfAbsent("cmn", "zh");
    m.putIfAbsent("fas", "fa");
    m.putIfAbsent("pes", "fa");
    m.putIfAbsent("msa", "ms");
    m.putIfAbsent("zlm", "ms");
    m.putIfAbsent("nob", "nb");
    m.putIfAbsent("nno", "nn");
    m.putIfAbsent("ekk", "et");
    m.putIfAbsent("lvs", "lv");
    m.putIfAbsent("swh", "sw");
    m.putIfAbsent("uzn", "uz");
    m.putIfAbsent("azj", "az");
    m.putIfAbsent("khk", "mn");
    m.putIfAbsent("npi", "ne");
    m.putIfAbsent("pnb", "pa");
    m.putIfAbsent("ydd", "yi");
    m.putIfAbsent("gug", "gn");
    m.putIfAbsent("ltg", "lv");
    return m;
  }

  private static LanguageDetectorModel model() {
    LanguageDetectorModel m = model;
    if (m == null) {
      synchronized (Languages.class) {
        if (model == null) {
          try (InputStream in = Languages.class.getResourceAsStream(MODEL)) {
            if (in == null) {
              throw new IllegalStateException("the language model " + MODEL + " is not on the class path "
                  + "(org.apache.opennlp:opennlp-models-langdetect)");
            }
            model = new LanguageDetectorModel(in);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read the language model " + MODEL, e);
          }
        }
        m = model;
      }
    }
    return m;
  }
}
