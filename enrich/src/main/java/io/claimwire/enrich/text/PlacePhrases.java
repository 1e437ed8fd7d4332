package io.claimwire.enrich.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place stage: the places a sentence names in a phrase ("in Daraa", "across the Kursk region", "Herat province"),
 * found once per sentence, the one nearest each figure (after it counts for more than before it), and the place an
 * anaphor ("there", "this region") refers to in the sentences before. Organisations' names ("Ministry of Health",
 * "Institute for the Study of War") and months are no places. Named places without a phrase are {@link Places}.
 */
final class PlacePhrases {
  private PlacePhrases() {}

  private static final Pattern ORGANISATION_WORD = Pattern.compile(".*\\b(forces|council|ministry|agency|party|army|service|services|news|committee|office|department|"
        + "president|minister|command|staff|operations|intelligence|university|institute|bank|fund|court)\\b.*");

  /** "this region", "that city", "there": a place named before. Group 1 is the kind of place, when given. */
  static final Pattern ANAPHORA = Pattern.compile("(?i)\\b(?:this|that|the same) (region|area|city|province|oblast|town|district)\\b|\\bthere\\b");

  /** Kinds an anaphor may name for a place named with another of them ("this region" for "Kursk Oblast"). */
  private static final Set<String> REGIONAL_KINDS = Lexicon.load("places/regional-kinds.tsv").terms("regional-kinds");

  private static final Pattern LOCATION = Pattern.compile(
      "\\b(?i:in|at|near|across|inside|outside|around|into|throughout|of|on|off|from|over|to)\\s+(?:the\\s+)?"
          + "(?:(\\p{Lu}[\\p{L}-]+)['’]s\\s+)?((?:\\p{Lu}[\\p{L}'’-]*\\s+){0,3}\\p{Lu}[\\p{L}'’-]*)"
          + "(\\s+(?:region|oblast|province|district|city|state|area|border region|county|governorate|territory|valley|coast"
          + "|island|islands|peninsula|basin|strip|delta|mountains|hills|estuary|bay|lake|river)\\b)?");

  private static final Pattern REGION_OF = Pattern.compile(
      "\\b(?i:(region|oblast|province|district|city|state|area|governorate)) of\\s+(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?)");

  /** "entered the Kursk region", "struck Herat province": a named region needs no preposition before it. */
  private static final Pattern NAMED_REGION = Pattern.compile(
      "\\b(?:[Tt]he\\s+)?(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?)\\s+(region|oblast|province|district|governorate)\\b");

  /** Capitalised words that start a noun phrase without naming anything ("The province said"). */
  private static final Set<String> DETERMINERS = Lexicon.load("places/determiners.tsv").terms("determiners");

  private static final Set<String> NOT_PLACES = Lexicon.load("places/not-places.tsv").terms("not-places");

  /** "Ministry of Health", "University of Leeds": an organisation's name, not a place. */
  private static final Pattern ORG_BEFORE_OF = Pattern.compile("(?i)\\b(ministry|department|minister|secretary|office|bank"
      + "|university|institute|council|chamber|house|bureau|court|board|commission|agency|school|college|museum|church"
      + "|federation|association|union|society|league|academy|organisation|organization|party|army|command|chief|head"
      + "|director|president|governor|mayor)\\s+of\\s+$");

  private static final Set<String> PLACE_PREPOSITIONS = Lexicon.load("places/place-prepositions.tsv").terms("place-prepositions");

  /** A possessive ending on a word ("Sunday's"). */
  private static final Pattern POSSESSIVE_END = Pattern.compile("['’]s?$");

  /** People who work at a body ({@code places/employees.tsv}): "at" after them names the body. */
  static final Set<String> EMPLOYEES = Lexicon.load("places/employees.tsv").terms("employees");

  private static final Set<String> PLACE_KINDS = Lexicon.load("places/place-kinds.tsv").terms("place-kinds");

  /** A word that names a kind of place ("state", "province", "city"). */
  static boolean isPlaceKind(String lower) {
    return PLACE_KINDS.contains(lower) || REGIONAL_KINDS.contains(lower);
  }

  /**
   * The place an anaphor refers to, at most five sentences back: the last one named as that kind of place ("this
   * region" after "the Kursk region", past a place of another kind named since), else the last place named.
   */
  static String previous(List<Sentence> sentences, int si, String kind) {
    String latest = null;
    for (int j = si - 1; j >= Math.max(0, si - 5); j--) {
      String text = sentences.get(j).text();
      List<Span> ps = new ArrayList<>(all(text, Token.of(text), Gate.words(text)));
      ps.sort(java.util.Comparator.comparingInt(Span::end).reversed());
      for (Span p : ps) {
        if (kind == null) {
          return p.value();
        }
        if (latest == null) {
          latest = p.value();
        }
        if (ofKind(p.value(), kind.toLowerCase(Locale.ROOT))) {
          return p.value();
        }
      }
    }
    return latest;
  }

  private static boolean ofKind(String place, String kind) {
    String last = place.substring(place.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    return last.equals(kind) || REGIONAL_KINDS.contains(kind) && REGIONAL_KINDS.contains(last);
  }

  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");
  private static final Pattern LOWER_WORD_NEXT = Pattern.compile("\\s+\\p{Ll}+\\b");

  /**
   * A currency's code ("a package of Rs 500 crore", "set at KSh 50,000"), or an acronym no gazetteer knows before a
   * noun, which names a kind of thing ("uptake of the MMR vaccine"): no place.
   */
  private static boolean codeOrKind(String text, String name, int end) {
    return NumberParser.CURRENCY.containsKey(name) || NumberParser.CURRENCY.containsKey(name + ".")
        || ACRONYM.matcher(name).matches() && Places.whole(name) == null && nounNext(text, end);
  }

  /** Whether a lowercase common noun follows at {@code at} ("vaccine"), not a closed word ("which", "by"). */
  private static boolean nounNext(String text, int at) {
    Matcher w = LOWER_WORD_NEXT.matcher(text).region(at, text.length());
    return w.lookingAt() && Tags.CLOSED.classOf(w.group().strip()) == null && Lemmas.isNoun(w.group().strip());
  }

  /** Every place named in a sentence, found once for all its figures. */
  static List<Span> all(String text, List<Token> toks, Set<String> words) {
    List<Span> out = new ArrayList<>();
    Matcher r = REGION_OF.matcher(text);
    while (words != null && (words.contains("region") || words.contains("oblast") || words.contains("province")
        || words.contains("district") || words.contains("city") || words.contains("state") || words.contains("area")
        || words.contains("governorate")) && r.find()) {
      out.add(new Span(r.start(), r.end(), r.group(2) + " " + r.group(1).toLowerCase(Locale.ROOT)));
    }
    Matcher named = NAMED_REGION.matcher(text);
    while (words != null && (words.contains("region") || words.contains("oblast") || words.contains("province")
        || words.contains("district") || words.contains("governorate")) && named.find()) {
      String name = named.group(1);
      String lastWord = name.substring(name.lastIndexOf(' ') + 1);
      String first = POSSESSIVE_END.matcher(Gate.WHITESPACE.split(name)[0]).replaceFirst("").toLowerCase(Locale.ROOT);
      if (!NOT_PLACES.contains(first) && !DETERMINERS.contains(first) && !SourceNames.isDemonym(lastWord)) {
        out.add(new Span(named.start(1), named.end(), name + " " + named.group(2)));
      }
    }
    Matcher m = LOCATION.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    // Only where a preposition is followed by a capitalised word, directly or after "the".
    for (int ti = 0; ti + 1 < toks.size(); ti++) {
      if (!PLACE_PREPOSITIONS.contains(toks.get(ti).lower())) {
        continue;
      }
      Token next = toks.get(ti + 1).lower().equals("the") && ti + 2 < toks.size() ? toks.get(ti + 2) : toks.get(ti + 1);
      if (!next.isCapitalised() || !m.region(toks.get(ti).start(), text.length()).lookingAt()) {
        continue;
      }
      if (ti > 0 && toks.get(ti).lower().equals("at") && EMPLOYEES.contains(toks.get(ti - 1).lower())) {
        continue; // "analysts at Berenberg": where they work, not where the figure is
      }
      if (ti > 0 && toks.get(ti).lower().equals("of")
          && StatisticMeasure.MEASURES.is(toks.get(ti - 1).lower(), "opinion")) {
        continue; // "approved of Trump": what the view is of
      }
      String name = m.group(2);
      if (name.length() < 2 || m.end() < text.length() && text.charAt(m.end()) == '&' || text.startsWith(" & ", m.end())) {
        continue; // "at A&E", "at AT&T", "at Marks & Spencer": a name joined by an ampersand is a firm's, no place
      }
      // "Sunday's vote" is no place
      String first = POSSESSIVE_END.matcher(Gate.WHITESPACE.split(name)[0]).replaceFirst("");
      String lastWord = name.substring(name.lastIndexOf(' ') + 1);
      if (NOT_PLACES.contains(first.toLowerCase(Locale.ROOT)) || notPlaceSpan(first) || Counted.RATIO_BASES.classOf(name.toLowerCase(Locale.ROOT)) != null
          || m.group(1) != null && NOT_PLACES.contains(m.group(1).toLowerCase(Locale.ROOT)) || SourceNames.isDemonym(lastWord)
          || looksLikeOrganisation(name) || precededByAccordingTo(text, m.start()) || codeOrKind(text, name, m.end())
          || ORG_BEFORE_OF.matcher(text.substring(Math.max(0, m.start() - 20), m.start() + m.group().indexOf(m.group(2)))).find()
          || nameBeforeOf(text, m)) {
        continue;
      }
      if (m.group(3) == null && (name.endsWith("'s") || name.endsWith("’s"))) {
        name = name.substring(0, name.length() - 2); // "of Thailand's economy": the place is Thailand
      }
      out.add(new Span(m.start(), m.end(),
          ((m.group(1) != null ? m.group(1) + "'s " : "") + name + (m.group(3) != null ? m.group(3) : "")).strip()));
    }
    namedBeforeWhere(text, toks, out);
    return out;
  }

  /** "July-September", "Mon-Fri": a span between two words that are no places (months, days) is none either. */
  private static boolean notPlaceSpan(String first) {
    int dash = first.indexOf('-');
    return dash > 0 && NOT_PLACES.contains(first.substring(0, dash).toLowerCase(Locale.ROOT))
        && NOT_PLACES.contains(first.substring(dash + 1).toLowerCase(Locale.ROOT));
  }

  /** "The worst-hit town was Merovin, where 700 people were evacuated": a name right before ", where" is a place. */
  private static void namedBeforeWhere(String text, List<Token> toks, List<Span> out) {
    for (int k = 2; k + 1 < toks.size(); k++) {
      if (!toks.get(k).lower().equals(",") || !toks.get(k + 1).lower().equals("where") || !toks.get(k - 1).isCapitalised()) {
        continue;
      }
      int from = k - 1;
      while (from > 1 && toks.get(from - 1).isCapitalised() && from > k - 4) {
        from--; // a name of up to three words, never the sentence's first
      }
      if (from > 0 && !NOT_PLACES.contains(toks.get(from).lower()) && !SourceNames.isDemonym(toks.get(k - 1).text())) {
        out.add(new Span(toks.get(from).start(), toks.get(k - 1).end(),
            text.substring(toks.get(from).start(), toks.get(k - 1).end())));
      }
    }
  }

  /** The place nearest the figure; after it counts for more than before it. */
  static String nearest(List<Span> places, NumberMention n) {
    return nearest(places, n, null);
  }

  /**
   * The place nearest the figure, not one in a contrasting clause of {@code text} after it ("fell by 46%, while
   * applications from China rose"); {@code text} null looks at distance alone.
   */
  static String nearest(List<Span> places, NumberMention n, String text) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Span p : places) {
      if (text != null && contrastBetween(text, n.end(), p.start())) {
        continue;
      }
      int d = distance(p.start(), p.end(), n);
      if (d < bestDistance) {
        bestDistance = d;
        best = p.value();
      }
    }
    return best;
  }

  /** "Institute for the Study of War": a capitalised word right before "of" makes it an organisation's name. */
  private static boolean nameBeforeOf(String text, Matcher m) {
    if (!m.group().regionMatches(true, 0, "of", 0, 2)) {
      return false;
    }
    int e = m.start();
    while (e > 0 && text.charAt(e - 1) == ' ') {
      e--;
    }
    int b = e;
    while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
      b--;
    }
    return b < e && Character.isUpperCase(text.charAt(b)) && !PLACE_KINDS.contains(text.substring(b, e).toLowerCase(Locale.ROOT));
  }

  private static boolean precededByAccordingTo(String text, int pos) {
    return text.substring(Math.max(0, pos - 14), pos).toLowerCase(Locale.ROOT).contains("according");
  }

  private static boolean looksLikeOrganisation(String name) {
    String l = name.toLowerCase(Locale.ROOT);
    if (ORGANISATION_WORD.matcher(l).matches() || SourceNames.MEDIA.contains(l)) {
      return true;
    }
    for (String w : Gate.WHITESPACE.split(l)) {
      if (SourceNames.ORG_HEADS.contains(w)) {
        return true; // "at Harbourline Foods Group", "in the European Heart Journal": a body's name, no place
      }
    }
    return false;
  }

  /** After the figure counts for more than before it: "killed in Kursk" beats "In Kursk, ... killed". */
  /** A clause that sets another thing against the figure's: ", while", ", whereas", "; ", ", but". */
  private static final Pattern CONTRAST = Pattern.compile("(?i)(?:,\\s*(?:while|whereas|but)\\b|;)");

  /** Whether a contrasting clause starts in [{@code from}, {@code to}) of the text. */
  static boolean contrastBetween(String text, int from, int to) {
    return to > from && CONTRAST.matcher(text).region(from, to).find();
  }

  private static int distance(int start, int end, NumberMention n) {
    return start >= n.end() ? start - n.end() : (n.start() - end) * 2 + 5;
  }
}
