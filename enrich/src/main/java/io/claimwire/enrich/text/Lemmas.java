package io.claimwire.enrich.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * The base forms (lemmas) of English words, from LanguageTool's English dictionary ({@code english-pos-dict} on
 * Maven Central) read through Morfologik's automata: "slowed" is a form of "slow", "climbs" of "climb", "told" of
 * "tell", "children" of "child". A word list can then name a verb or a noun once, by its lemma, and every form of it
 * in a sentence is found ({@link Lexicon#loadInflected}, which reads every form of its terms once, when it loads, from
 * the same dictionary turned round).
 *
 * <p>Only inflections are read: the past, participles and the third person of verbs, and plural nouns. A word the
 * dictionary does not hold, or holds only as itself, has no other base form. Lookups cost under a microsecond; the
 * answers are kept per word (the vocabulary of news is small; the cache is cleared if it ever passes
 * {@value #CACHE_LIMIT} words, so it stays bounded). The dictionary loads once per JVM; each thread gets its own
 * lookup, Morfologik's not being thread-safe.
 *
 * <p>OpenNLP's statistical lemmatizer ({@code opennlp-models-lemmatizer-en} 1.3.0) was measured first and not taken:
 * it left "slowed", "soared", "slumped" and "climbs" as they are and cost about 3.6 ms for a 39-token sentence.
 */
final class Lemmas {
  static final String DICTIONARY = "/org/languagetool/resource/en/english.dict";
  /** The same dictionary turned round: a base form and a tag give the form ("slow|VBD" gives "slowed"). */
  static final String SYNTHESIS = "/org/languagetool/resource/en/english_synth.dict";
  private static final Dictionary LOADED = load(DICTIONARY);
  private static final Dictionary SYNTH = load(SYNTHESIS);
  private static final ThreadLocal<DictionaryLookup> LOOKUP = ThreadLocal.withInitial(() -> new DictionaryLookup(LOADED));
  private static final int CACHE_LIMIT = 100_000;
  private static final Map<String, List<Reading>> CACHE = new ConcurrentHashMap<>();

  /** A base form of a word and whether the word is, in that reading, a verb form (else a plural noun). */
  record Reading(String lemma, boolean verb) {}

  private Lemmas() {}

  private static Dictionary load(String resource) {
    URL url = Lemmas.class.getResource(resource);
    if (url == null) {
      throw new IllegalStateException(resource + " is missing from the classpath (org.languagetool:english-pos-dict)");
    }
    try {
      return Dictionary.read(url);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static final String[] VERB_TAGS = {"VBD", "VBN", "VBG", "VBZ"};

  /**
   * The inflected forms of a base form (lower case): its plural, and with {@code verb} its past, participles and
   * third person ("slow" gives slowed, slowing, slows; "child" gives children). Read once, when a list loads.
   */
  static List<String> formsOf(String base, boolean verb) {
    List<String> out = new ArrayList<>();
    DictionaryLookup synth = new DictionaryLookup(SYNTH);
    List<String> tags = new ArrayList<>(List.of("NNS"));
    if (verb) {
      tags.addAll(List.of(VERB_TAGS));
    }
    for (String tag : tags) {
      for (WordData d : synth.lookup(base + "|" + tag)) {
        String form = d.getStem() == null ? null : d.getStem().toString().toLowerCase(Locale.ROOT);
        if (form != null && !form.equals(base) && !out.contains(form)) {
          out.add(form);
        }
      }
    }
    return out;
  }

  /**
   * The other base forms of a word (any case) when it is an inflected verb or a plural noun: "slowed" -> [slow],
   * "left" -> [leave], "reports" -> [report]; empty for a base form, an unknown word or one that is only itself.
   */
  static List<Reading> of(String word) {
    if (word == null || word.isEmpty()) {
      return List.of();
    }
    String w = word.toLowerCase(Locale.ROOT);
    List<Reading> known = CACHE.get(w);
    if (known != null) {
      return known;
    }
    List<Reading> found = lookUp(w);
    if (CACHE.size() >= CACHE_LIMIT) {
      CACHE.clear();
    }
    CACHE.put(w, found);
    return found;
  }

  /** Whether the dictionary reads the word (any case) as a noun, in one of its readings ("notes", "estimate"). */
  static boolean isNoun(String word) {
    return (flags(word.toLowerCase(Locale.ROOT)) & NOUN) != 0;
  }

  /** Whether the dictionary reads the word (lower case) as a verb, in one of its readings ("remain", "separate"). */
  static boolean isVerb(String lower) {
    return (flags(lower) & VERB) != 0;
  }

  /** Whether the dictionary reads the word (lower case) as an adjective, in one of its readings ("cheaper"). */
  static boolean isAdjective(String lower) {
    return (flags(lower) & ADJECTIVE) != 0;
  }

  /** Whether the dictionary reads the word (lower case) as a verb's past tense, in one of its readings ("fell"). */
  static boolean isPastTense(String lower) {
    return (flags(lower) & PAST) != 0;
  }

  private static final int NOUN = 1;
  private static final int VERB = 2;
  private static final int ADJECTIVE = 4;
  private static final int PAST = 8;

  /** The word classes the dictionary reads a word as, one lookup per word, kept (bounded as the lemma cache is). */
  private static int flags(String w) {
    Integer known = FLAGS.get(w);
    if (known != null) {
      return known;
    }
    int f = 0;
    for (WordData d : LOOKUP.get().lookup(w)) {
      CharSequence tag = d.getTag();
      if (tag == null || tag.length() < 2) {
        continue;
      }
      f |= tag.charAt(0) == 'N' && tag.charAt(1) == 'N' ? NOUN : 0;
      f |= tag.charAt(0) == 'V' && tag.charAt(1) == 'B' ? VERB : 0;
      f |= tag.charAt(0) == 'J' && tag.charAt(1) == 'J' ? ADJECTIVE : 0;
      f |= "VBD".contentEquals(tag) ? PAST : 0;
    }
    if (FLAGS.size() >= CACHE_LIMIT) {
      FLAGS.clear();
    }
    FLAGS.put(w, f);
    return f;
  }

  private static final Map<String, Integer> FLAGS = new ConcurrentHashMap<>();

  /** Whether the dictionary holds this lower-case word as written (proper names and demonyms it holds capitalised). */
  static boolean knowsLowerCase(String lower) {
    return !LOOKUP.get().lookup(lower).isEmpty();
  }


  private static List<Reading> lookUp(String w) {
    List<Reading> out = new ArrayList<>(2);
    for (WordData d : LOOKUP.get().lookup(w)) {
      String tag = d.getTag() == null ? "" : d.getTag().toString();
      boolean verb = tag.equals("VBD") || tag.equals("VBN") || tag.equals("VBG") || tag.equals("VBZ");
      boolean plural = tag.equals("NNS");
      String lemma = d.getStem() == null ? null : d.getStem().toString().toLowerCase(Locale.ROOT);
      if ((verb || plural) && lemma != null && !lemma.equals(w)) {
        Reading r = new Reading(lemma, verb);
        if (!out.contains(r)) {
          out.add(r);
        }
      }
    }
    return out.isEmpty() ? List.of() : List.copyOf(out);
  }
}
