package io.claimwire.enrich.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Events a verb names with the words around it, not alone: a light verb and the event noun after it ("went on
 * strike", "joined the march"), an event of two words ("took part"), a directive and what it directs ("were ordered
 * to evacuate"), and a verb that takes whom it acts on before its amount ("fined Halden Bank 65 million euros"). The
 * words are data: {@code measures/light-verb-events.tsv}, {@code events.tsv}, {@code measures/directive-verbs.tsv},
 * {@code measures/two-object-verbs.tsv}.
 */
final class VerbPhrases {
  private VerbPhrases() {}

  /** An event a phrase names, and the index of the phrase's last token. */
  record Event(String event, int last) {}

  /** Light verbs and the event nouns after them ({@code measures/light-verb-events.tsv}). */
  private static final Lexicon LIGHT_EVENTS = Lexicon.loadInflected("measures/light-verb-events.tsv", "strike", "march",
      "protest", "rally");
  /** Words a light verb may have before its event noun, at most: "staged a one-day strike". */
  private static final int LIGHT_GAP = 3;

  /** The event a phrase from token {@code ti} names: a light verb's noun ("went on strike"), two words ("took part"). */
  static Event eventAt(List<Token> rest, int ti) {
    int noun = lightVerbEvent(rest, ti);
    if (noun > 0) {
      return new Event(LIGHT_EVENTS.classOf(rest.get(noun).lower()), noun);
    }
    String two = ti + 1 < rest.size() ? FigureExtractor.eventOf(rest.get(ti).lower() + " " + rest.get(ti + 1).lower())
        : null;
    return two == null ? null : new Event(two, ti + 1);
  }

  /** The index of the event noun a light verb at {@code ti} takes ("went on strike"), or -1. */
  private static int lightVerbEvent(List<Token> rest, int ti) {
    if (!LIGHT_EVENTS.is(rest.get(ti).lower(), "light")) {
      return -1;
    }
    for (int k = ti + 1; k < rest.size() && k <= ti + LIGHT_GAP + 1; k++) {
      String cls = LIGHT_EVENTS.classOf(rest.get(k).lower());
      if (cls != null && !cls.equals("light")) {
        return k;
      }
      if (!rest.get(k).isWord() || cls != null) {
        return -1;
      }
    }
    return -1;
  }

  /** Verbs that direct someone to do something ({@code measures/directive-verbs.tsv}): "ordered to evacuate". */
  private static final Lexicon DIRECTIVES = Lexicon.loadInflected("measures/directive-verbs.tsv");

  /**
   * What a directive participle at {@code ti} directs ("were ordered to evacuate": evacuated; "were told to leave":
   * "told to leave"), or null when it is no directive with "to" and a verb after it.
   */
  static String directed(List<Token> rest, int ti) {
    if (ti + 2 >= rest.size() || !DIRECTIVES.is(rest.get(ti).lower(), "directive")
        || !rest.get(ti + 1).lower().equals("to") || !rest.get(ti + 2).isWord()) {
      return null;
    }
    String verb = rest.get(ti + 2).lower();
    String event = FigureExtractor.eventOf(verb);
    return event != null ? event : rest.get(ti).lower() + " to " + verb;
  }

  /** Verbs that take whom they act on and then an amount ({@code measures/two-object-verbs.tsv}). */
  private static final Lexicon TWO_OBJECT = Lexicon.loadInflected("measures/two-object-verbs.tsv");
  /** Words of a name between such a verb and its amount, at most. */
  private static final int NAME_WORDS = 4;

  /** A two-object verb before a name that stands right before the figure ({@code last}: the token before it), or null. */
  static String givenTo(List<Token> toks, int last) {
    int k = verbBeforeName(toks, last);
    return k < 0 ? null : toks.get(k).lower();
  }

  /** The name a two-object verb acts on, right before the figure ("fined Halden Bank 65 million": Halden Bank), or null. */
  static String nameGivenTo(String text, List<Token> toks, int last) {
    int k = verbBeforeName(toks, last);
    return k < 0 ? null : text.substring(toks.get(k + 1).start(), toks.get(last).end());
  }

  /**
   * The index of a two-object verb before a capitalised name that ends at {@code last} ("fined Halden Bank"), or before
   * a determiner and a few nouns ("fined the bank", "paid each family"), or -1.
   */
  private static int verbBeforeName(List<Token> toks, int last) {
    int k = last;
    while (k > 0 && last - k < NAME_WORDS && toks.get(k).isWord() && toks.get(k).isCapitalised()) {
      k--;
    }
    if (k == last) {
      while (k > 0 && last - k < NAME_WORDS && toks.get(k).isWord() && Tags.CLOSED.classOf(toks.get(k).lower()) == null) {
        k--;
      }
      if (k == last || k < 1 || !RECIPIENT_DETERMINERS.contains(toks.get(k).lower())) {
        return -1;
      }
      k--;
    }
    if (k < 0 || !TWO_OBJECT.is(toks.get(k).lower(), "two-object") || toks.get(k).isCapitalised()) {
      return -1;
    }
    return k;
  }

  /** Determiners that open whom a two-object verb acts on: "fined the bank", "paid each family". */
  private static final Set<String> RECIPIENT_DETERMINERS = Words.setOf("the", "a", "an", "its", "their", "his", "her",
      "each", "every", "both", "all");

  /** The event of a "lost their lives" phrase: captured, missing, displaced ("lost their homes") or killed. */
  static String livesEvent(String phrase) {
    String p = phrase.toLowerCase(Locale.ROOT);
    return p.contains("prisoner") ? "captured" : p.contains("missing") ? "missing" : p.contains("home") ? "displaced"
        : "killed";
  }

  /** "killed", "killed and wounded", "killed, wounded or missing". */
  static String joined(List<String> ms, String joiner) {
    return ms.size() == 1 ? ms.get(0) : String.join(", ", ms.subList(0, ms.size() - 1)) + joiner + ms.get(ms.size() - 1);
  }
}
