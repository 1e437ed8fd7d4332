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
    if (plainlyEnglish(head)) {
      return "en"; // what the model says of such a text, for a tenth of its work
    }
    return byModel(head);
  }

  /** The model's answer for the head of a text (see the class comment). */
  static String byModel(String head) {
    Language[] ranked = DETECTOR.get().predictLanguages(head);
    if (ranked.length == 0 || ranked[0].getConfidence() < MIN_CONFIDENCE
        || ranked.length > 1 && ranked[0].getConfidence() < MIN_LEAD * ranked[1].getConfidence()) {
      return UNDETERMINED;
    }
    return normalise(ranked[0].getLang());
  }

  /** Words of {@code english-markers.txt}, and of {@code other-markers.txt}. */
  private static final Set<String> ENGLISH_MARKERS = markers("english-markers.txt");
  private static final Set<String> OTHER_MARKERS = markers("other-markers.txt");
  /** Words a head must hold, at least, for {@link #plainlyEnglish} to decide. */
  static final int MIN_WORDS = 20;
  /** Marker words it must hold, and their least share of its words. */
  static final int MIN_MARKERS = 4;
  static final double MIN_MARKER_SHARE = 0.08;

  /**
   * Whether the head of a text is plainly English: at least {@value #MIN_WORDS} words, all its letters Latin ASCII but
   * a few, "the" and at least {@value #MIN_MARKERS} English function words that no other language written in Latin
   * letters has ({@code english-markers.txt}), making up {@value #MIN_MARKER_SHARE} of its words or more, no more than
   * a few words before the first of them on its line and one in each third of the rest, and no function word of
   * another language ({@code other-markers.txt}). The model
   * gives such a text "en" (LanguagesTest checks the two agree); asking it costs about ten times as much.
   */
  static boolean plainlyEnglish(String head) {
    int n = head.length();
    int[] at = new int[n / 2 + 1]; // where each marker starts
    int words = 0;
    int wordsBefore = 0; // before the first marker
    int markers = 0;
    int foreignLetters = 0;
    boolean the = false;
    int i = 0;
    while (i < n) {
      char c = head.charAt(i);
      if (!Character.isLetter(c)) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && Character.isLetter(head.charAt(i))) {
        if (head.charAt(i) > 127 && ++foreignLetters > 2) {
          return false;
        }
        i++;
      }
      words++;
      if (markers == 0) {
        wordsBefore++;
      }
      if (i - start <= 7) {
        String w = head.substring(start, i).toLowerCase(Locale.ROOT);
        if (ENGLISH_MARKERS.contains(w)) {
          at[markers++] = start;
          the |= w.equals("the");
        } else if (OTHER_MARKERS.contains(w)) {
          return false;
        }
      }
    }
    if (!the || words < MIN_WORDS || markers < MIN_MARKERS || markers < MIN_MARKER_SHARE * words) {
      return false;
    }
    // Before the first marker, a few words or lines of their own (a headline, a byline); from it on, each part holds
    // one: a stretch of another language whose function words are not listed leaves a part without
    int from = at[0];
    if (wordsBefore > MAX_WORDS_BEFORE && head.lastIndexOf('\n', from) < 0) {
      return false;
    }
    int next = 0;
    for (int p = 1; p <= PARTS; p++) {
      int partEnd = from + (int) ((long) (n - from) * p / PARTS);
      if (next >= markers || at[next] >= partEnd) {
        return false;
      }
      while (next < markers && at[next] < partEnd) {
        next++;
      }
    }
    return true;
  }

  /** Words a head may open with before its first marker, on the same line. */
  private static final int MAX_WORDS_BEFORE = 10;
  /** How many parts of the head, from its first marker, must each hold an English marker. */
  private static final int PARTS = 3;

  private static Set<String> markers(String resource) {
    try (InputStream in = Languages.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("io/claimwire/ingest/" + resource + " is not on the class path");
      }
      Set<String> out = new java.util.HashSet<>();
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          out.add(w.toLowerCase(Locale.ROOT));
        }
      }
      return Set.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
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
