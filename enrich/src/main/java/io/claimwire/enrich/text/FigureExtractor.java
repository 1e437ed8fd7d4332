package io.claimwire.enrich.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts every figure of a cleaned article with its qualifier, unit, what was counted (measure, subject),
 * where, over what period and who claims it. Deterministic, no I/O, safe on any input.
 */
public final class FigureExtractor {
  /** Bump when extraction output changes; it is stamped on every claim. */
  public static final String VERSION = "rules-0.1.0";

  private static final Map<String, String> MEASURES = new HashMap<>();
  private static final String[][] MEASURE_CLASSES = {
      {"killed", "killed", "kill", "kills", "killing", "dead", "died", "die", "dies", "dying", "deaths", "death",
          "perished", "slain", "fatalities", "executed"},
      {"wounded", "wounded", "injured", "injuries", "injury", "hurt", "wounding"},
      {"captured", "captured", "capture", "detained"},
      {"missing", "missing"},
      {"deployed", "deployed", "deploy", "deploying", "sent", "send", "sending", "dispatched", "stationed"},
      {"mobilized", "mobilized", "mobilised", "mobilizing", "mobilising", "conscripted", "recruited"},
      {"fought", "fought", "fighting"},
      {"displaced", "displaced", "fled", "uprooted"},
      {"evacuated", "evacuated"},
      {"arrested", "arrested", "arrests"},
      {"casualties", "casualties"},
      {"controlled", "controlled", "held", "occupied", "seized", "captured"},
      {"affected", "affected"},
      {"destroyed", "destroyed"},
      {"damaged", "damaged"},
  };
  private static final Pattern LOST_LIVES = Pattern.compile("(?i)\\b(lost their lives|lost his life|lost her life|"
      + "lost their life|were taken prisoner|been taken prisoner|taken prisoner|went missing)\\b");
  private static final Set<String> AUXILIARIES = Set.of("are", "is", "were", "was", "been", "be", "being", "am");
  private static final Pattern PLACE_ANAPHORA = Pattern.compile("(?i)\\b(?:this|that|the same) (?:region|area|city|province|oblast|town|district)\\b|\\bthere\\b");
  private static final Set<String> SUBJECT_STOP = Set.of("were", "was", "are", "is", "have", "has", "had", "been",
      "be", "who", "that", "which", "in", "on", "at", "to", "from", "by", "for", "with", "of", "and", "or", "but",
      "as", "since", "during", "per", "a", "an", "the", "their", "its", "this", "these", "those", "while", "after",
      "before", "into", "across", "than", "more", "less", "over", "under", "each", "every", "will", "would", "could",
      "may", "might", "can", "do", "did", "not", "alone", "so", "far", "either", "both", "being", "because", "if",
      "said", "says", "according", "including", "out", "up", "about", "around", "there", "here", "when", "where",
      "now", "also", "just", "only", "ago", "later", "earlier", "yet", "still", "all", "some", "most", "last", "next",
      "past");
  private static final Map<String, Qualifier> QUALIFIERS = new java.util.LinkedHashMap<>();
  private static final Pattern LOCATION = Pattern.compile(
      "\\b(?:in|at|near|across|inside|outside|around|into|throughout|of)\\s+(?:the\\s+)?"
          + "(?:(\\p{Lu}[\\p{L}-]+)['’]s\\s+)?((?:\\p{Lu}[\\p{L}'’-]*\\s+){0,3}\\p{Lu}[\\p{L}'’-]*)"
          + "(\\s+(?:region|oblast|province|district|city|state|area|border region|county|governorate|territory))?");
  private static final Pattern REGION_OF = Pattern.compile(
      "\\b(?i:(region|oblast|province|district|city|state|area|governorate)) of\\s+(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?)");
  private static final Set<String> NOT_PLACES = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "total", "addition", "fact", "particular", "general", "response", "contrast",
      "short", "which", "this", "that", "an", "the", "its", "their", "his", "her", "such", "some", "many");
  private static final Pattern[] PERIODS = {
      Pattern.compile("(?i)\\b(?:(?:in|over|during|within|for)\\s+)?(?:just\\s+)?(?:the\\s+)?((?:last|past|previous|first|next)"
          + "\\s+(?:(?:\\d+|\\p{L}+)\\s+)?(?:hours?|days?|weeks?|months?|years?|decades?))\\b"),
      Pattern.compile("(?i)\\b(?:every|each|per|a)\\s+(day|week|month|year|hour)\\b"),
      Pattern.compile("(?i)\\b(daily|weekly|monthly|annually|yearly)\\b"),
      Pattern.compile("(?i)\\b(?:in|during|since|through|throughout|by the end of)\\s+((?:early |late |mid-)?(?:January|February"
          + "|March|April|May|June|July|August|September|October|November|December)(?:\\s+\\d{4})?)\\b"),
      Pattern.compile("(?i)\\b((?:this|last) (?:week|month|year))\\b"),
      Pattern.compile("(?i)\\b((?:since|in|during) (?:19|20)\\d{2})\\b"),
      Pattern.compile("(?i)\\b(since the (?:start|beginning) of the \\p{L}+)\\b"),
  };

  static {
    for (String[] cls : MEASURE_CLASSES) {
      for (int i = 1; i < cls.length; i++) {
        MEASURES.putIfAbsent(cls[i], cls[0]);
      }
    }
    QUALIFIERS.put("at least", Qualifier.AT_LEAST);
    QUALIFIERS.put("no fewer than", Qualifier.AT_LEAST);
    QUALIFIERS.put("no less than", Qualifier.AT_LEAST);
    QUALIFIERS.put("a minimum of", Qualifier.AT_LEAST);
    QUALIFIERS.put("more than", Qualifier.MORE_THAN);
    QUALIFIERS.put("over", Qualifier.MORE_THAN);
    QUALIFIERS.put("exceeding", Qualifier.MORE_THAN);
    QUALIFIERS.put("above", Qualifier.MORE_THAN);
    QUALIFIERS.put("upwards of", Qualifier.MORE_THAN);
    QUALIFIERS.put("in excess of", Qualifier.MORE_THAN);
    QUALIFIERS.put("up to", Qualifier.UP_TO);
    QUALIFIERS.put("as many as", Qualifier.UP_TO);
    QUALIFIERS.put("as much as", Qualifier.UP_TO);
    QUALIFIERS.put("at most", Qualifier.AT_MOST);
    QUALIFIERS.put("no more than", Qualifier.AT_MOST);
    QUALIFIERS.put("a maximum of", Qualifier.AT_MOST);
    QUALIFIERS.put("fewer than", Qualifier.FEWER_THAN);
    QUALIFIERS.put("less than", Qualifier.FEWER_THAN);
    QUALIFIERS.put("under", Qualifier.FEWER_THAN);
    QUALIFIERS.put("below", Qualifier.FEWER_THAN);
    for (String q : new String[] {"about", "around", "approximately", "roughly", "some", "nearly", "almost",
        "an estimated", "estimated", "closer to", "close to", "approx.", "circa", "more or less", "just over",
        "just under", "as few as", "in the region of"}) {
      QUALIFIERS.put(q, Qualifier.APPROXIMATELY);
    }
  }

  /** The qualifier phrases as patterns anchored at the figure, compiled once, in the same order. */
  private static final Map<Pattern, Qualifier> QUALIFIER_PATTERNS = new java.util.LinkedHashMap<>();

  static {
    for (Map.Entry<String, Qualifier> e : QUALIFIERS.entrySet()) {
      QUALIFIER_PATTERNS.put(Pattern.compile("\\b" + Pattern.quote(e.getKey()) + "\\s*(?:a |an )?$"), e.getValue());
    }
  }

  private final SentenceSplitter splitter = new SentenceSplitter();
  private final NumberParser numbers = new NumberParser();
  private final Attributor attributor = new Attributor();

  /** Every figure in a cleaned article text, in text order. */
  public List<Figure> extract(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    List<Sentence> sentences = splitter.split(text);
    List<List<Attributor.Cue>> cues = new ArrayList<>();
    for (Sentence s : sentences) {
      cues.add(attributor.cues(s.text()));
    }
    SourceRef[] carried = carrySources(sentences, cues);
    Map<String, SourceRef> people = knownPeople(text, cues);
    List<Figure> out = new ArrayList<>();
    String previousLocation = null;
    for (int si = 0; si < sentences.size(); si++) {
      Sentence s = sentences.get(si);
      List<NumberMention> mentions = numbers.parse(s.text());
      List<Figure> inSentence = new ArrayList<>();
      List<Token> toks = mentions.isEmpty() ? List.of() : Token.of(s.text());
      for (NumberMention n : mentions) {
        inSentence.add(figure(s, toks, n, mentions, cues.get(si), carried[si], people, previousLocation));
      }
      String here = lastPlace(s.text());
      previousLocation = here != null ? here : previousLocation;
      fillSubjects(s.text(), mentions, inSentence);
      out.addAll(inSentence);
    }
    return out;
  }

  private Figure figure(Sentence s, List<Token> toks, NumberMention n, List<NumberMention> all,
      List<Attributor.Cue> cues, SourceRef carried, Map<String, SourceRef> people, String previousLocation) {
    String text = s.text();
    Qualifier q = n.isRange() ? Qualifier.RANGE : n.vague() ? Qualifier.AT_LEAST : qualifier(text, n.start());
    int clauseEnd = nextMentionStart(all, n, text.length());
    Subject subj = subject(text, toks, n, clauseEnd);
    String measure = subj.measure != null ? subj.measure : measure(text, toks, n, subj.end, clauseEnd);
    String period = n.rate() != null ? n.rate() : period(text, n);
    String location = location(text, n);
    if (location == null && previousLocation != null && PLACE_ANAPHORA.matcher(text).find()) {
      location = previousLocation;
    }
    SourceRef source = source(text, toks, n, cues, carried, people);
    return new Figure(n.value(), n.low(), n.high(), q, n.vague(), n.unit(), measure, subj.text, location, period,
        source, text, s.start(), s.end(), s.start() + n.start(), s.start() + n.end());
  }

  private static int nextMentionStart(List<NumberMention> all, NumberMention n, int dflt) {
    for (NumberMention m : all) {
      if (m.start() > n.start()) {
        return m.start();
      }
    }
    return dflt;
  }

  static Qualifier qualifier(String text, int start) {
    String before = text.substring(Math.max(0, start - 24), start).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    for (Map.Entry<Pattern, Qualifier> e : QUALIFIER_PATTERNS.entrySet()) {
      if (e.getKey().matcher(before).find()) {
        return e.getValue();
      }
    }
    return Qualifier.EXACT;
  }

  private record Subject(String text, String measure, int end) {}

  private static Subject subject(String text, List<Token> toks, NumberMention n, int clauseEnd) {
    int i = firstTokenAtOrAfter(toks, n.end());
    if (n.vague() && i < toks.size() && toks.get(i).lower().equals("of")) {
      i++;
    }
    List<String> words = new ArrayList<>();
    String measure = null;
    int end = n.end();
    for (; i < toks.size() && words.size() < 5; i++) {
      Token t = toks.get(i);
      if (t.start() >= clauseEnd || !t.isWord()) {
        break;
      }
      String w = t.lower();
      String m = MEASURES.get(w);
      if (m != null && (w.equals("dead") || w.equals("casualties") || w.equals("deaths") || w.equals("fatalities")
          || w.equals("injuries") || w.equals("arrests") || w.equals("wounded") && words.isEmpty() && !isVerbPosition(toks, i))) {
        measure = measure == null ? m : measure;
        end = t.end();
        if (w.equals("dead") || w.equals("wounded")) {
          continue; // "1,000 dead North Korean soldiers": the adjective names the measure
        }
        break;
      }
      if (SUBJECT_STOP.contains(w) || m != null || Character.isDigit(w.charAt(0))
          || !t.isCapitalised() && (w.endsWith("ing") || w.endsWith("ed")) && !isAttributive(toks, i, words)) {
        break;
      }
      words.add(t.text());
      end = t.end();
    }
    return new Subject(words.isEmpty() ? null : String.join(" ", words), measure, end);
  }

  /** "stranded hikers": a participle before a noun is an adjective, not the clause's verb. */
  private static boolean isAttributive(List<Token> toks, int i, List<String> words) {
    if (!words.isEmpty() || i + 1 >= toks.size()) {
      return false;
    }
    Token next = toks.get(i + 1);
    String n = next.lower();
    return next.isWord() && !SUBJECT_STOP.contains(n) && !MEASURES.containsKey(n) && !Character.isDigit(n.charAt(0))
        && !n.endsWith("ed") && !n.endsWith("ly");
  }

  private static boolean isVerbPosition(List<Token> toks, int i) {
    return i + 1 < toks.size() && (toks.get(i + 1).isCapitalised() || toks.get(i + 1).lower().matches("\\d.*"));
  }

  private static int firstTokenAtOrAfter(List<Token> toks, int pos) {
    for (int i = 0; i < toks.size(); i++) {
      if (toks.get(i).start() >= pos) {
        return i;
      }
    }
    return toks.size();
  }

  /** The measure verb right before the figure ("killed 21"), else the coordinated measures after it. */
  private static String measure(String text, List<Token> toks, NumberMention n, int subjectEnd, int clauseEnd) {
    int i = firstTokenAtOrAfter(toks, n.start()) - 1;
    int looked = 0;
    while (i >= 0 && looked < 4) {
      String w = toks.get(i).lower();
      if (MEASURES.containsKey(w) && !w.equals("dead")) {
        return MEASURES.get(w);
      }
      if (!(QUALIFIERS.containsKey(w) || Set.of("at", "least", "than", "to", "up", "as", "many", "had", "have", "has",
          "an", "a", "some", "of", "total", "been", "another", "further", "additional", "just", "only").contains(w))) {
        break;
      }
      i--;
      looked++;
    }
    String after = text.substring(Math.min(subjectEnd, clauseEnd), clauseEnd);
    Matcher lives = LOST_LIVES.matcher(after);
    List<Token> rest = Token.of(after);
    Set<String> found = new LinkedHashSet<>();
    String joiner = " or ";
    int gap = 0;
    int firstAt = -1;
    String fallback = null;
    String previous = "";
    for (Token t : rest) {
      String w = t.lower();
      if (lives.find(0) && t.start() >= lives.start() && t.start() < lives.end()) {
        String phrase = lives.group(1).toLowerCase(Locale.ROOT);
        found.add(phrase.contains("prisoner") ? "captured" : phrase.contains("missing") ? "missing" : "killed");
        firstAt = firstAt < 0 ? t.start() : firstAt;
        gap = 0;
        continue;
      }
      String m = MEASURES.get(w);
      if (m != null && found.isEmpty() && w.endsWith("ing") && !AUXILIARIES.contains(previous)) {
        fallback = fallback == null ? m : fallback; // "troops fighting in Kursk have been killed": a reduced relative
        previous = w;
        continue;
      }
      previous = w;
      if (m != null) {
        found.add(m);
        firstAt = firstAt < 0 ? t.start() : firstAt;
        gap = 0;
        continue;
      }
      if (w.equals("and")) {
        joiner = found.size() <= 1 ? " and " : joiner;
      }
      if (w.equals(".") || w.equals(";") || w.equals(":")) {
        break;
      }
      if (!found.isEmpty() && !Set.of("or", "and", ",", "been", "either", "have", "has", "had", "were", "was", "being")
          .contains(w)) {
        break;
      }
      if (++gap > (fallback == null ? 6 : 12)) {
        break;
      }
    }
    if (found.isEmpty()) {
      return fallback;
    }
    List<String> ms = new ArrayList<>(found);
    if (ms.size() == 1) {
      return ms.get(0);
    }
    return String.join(", ", ms.subList(0, ms.size() - 1)) + joiner + ms.get(ms.size() - 1);
  }

  private static String period(String text, NumberMention n) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Pattern p : PERIODS) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        if (m.start() < n.end() && m.end() > n.start()) {
          continue;
        }
        int d = m.start() >= n.end() ? m.start() - n.end() : n.start() - m.end() + 10;
        if (d < bestDistance) {
          bestDistance = d;
          String g = m.group(1).toLowerCase(Locale.ROOT);
          best = p == PERIODS[1] ? "per " + g : p == PERIODS[2] ? dailyToPer(g) : p == PERIODS[3] ? m.group(1) : g;
        }
      }
    }
    return best;
  }

  private static String dailyToPer(String w) {
    return switch (w) {
      case "daily" -> "per day";
      case "weekly" -> "per week";
      case "monthly" -> "per month";
      default -> "per year";
    };
  }

  private static String location(String text, NumberMention n) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    Matcher r = REGION_OF.matcher(text);
    while (r.find()) {
      int d = distance(r.start(), r.end(), n);
      if (d < bestDistance) {
        bestDistance = d;
        best = r.group(2) + " " + r.group(1).toLowerCase(Locale.ROOT);
      }
    }
    Matcher m = LOCATION.matcher(text);
    while (m.find()) {
      String name = m.group(2);
      String first = name.split("\\s+")[0];
      String lastWord = name.substring(name.lastIndexOf(' ') + 1);
      if (NOT_PLACES.contains(first.toLowerCase(Locale.ROOT)) || Attributor.isDemonym(lastWord)
          || looksLikeOrganisation(name) || precededByAccordingTo(text, m.start())) {
        continue;
      }
      int d = distance(m.start(), m.end(), n);
      if (d < bestDistance) {
        bestDistance = d;
        best = (m.group(1) != null ? m.group(1) + "'s " : "") + name + (m.group(3) != null ? m.group(3) : "");
      }
    }
    return best == null ? null : best.strip();
  }

  /** The last place named in a sentence, for "this region" in a later one. */
  private static String lastPlace(String text) {
    return location(text, new NumberMention(text.length(), text.length(), 0, null, null, false, null, null));
  }

  private static boolean precededByAccordingTo(String text, int pos) {
    return text.substring(Math.max(0, pos - 14), pos).toLowerCase(Locale.ROOT).contains("according");
  }

  private static boolean looksLikeOrganisation(String name) {
    String l = name.toLowerCase(Locale.ROOT);
    return l.matches(".*\\b(forces|council|ministry|agency|party|army|service|services|news|committee|office|department|"
        + "president|minister|command|staff|operations|intelligence|university|institute|bank|fund|court)\\b.*")
        || Attributor.MEDIA.contains(l);
  }

  /** After the figure counts for more than before it: "killed in Kursk" beats "In Kursk, ... killed". */
  private static int distance(int start, int end, NumberMention n) {
    return start >= n.end() ? start - n.end() : (n.start() - end) * 2 + 5;
  }

  private SourceRef source(String text, List<Token> toks, NumberMention n, List<Attributor.Cue> cues,
      SourceRef carried, Map<String, SourceRef> people) {
    Attributor.Cue before = null;
    Attributor.Cue after = null;
    for (Attributor.Cue c : cues) {
      if (c.position() <= n.start()) {
        before = c;
      } else if (after == null) {
        after = c;
      }
    }
    Attributor.Cue chosen = before != null ? before : after;
    SourceRef s;
    if (chosen != null) {
      s = chosen.pronoun() ? lastPerson(people) : chosen.source();
    } else {
      s = agent(text, toks, n);
      if (s == null) {
        s = carried;
      }
    }
    return canonical(s == null ? SourceRef.UNATTRIBUTED : s, people);
  }

  /** "the Special Operations Forces killed 21": the one who did it reports it. */
  private SourceRef agent(String text, List<Token> toks, NumberMention n) {
    int i = firstTokenAtOrAfter(toks, n.start()) - 1;
    while (i >= 0 && (QUALIFIERS.containsKey(toks.get(i).lower()) || Set.of("at", "least", "than", "up", "to", "as",
        "many", "had", "have", "has").contains(toks.get(i).lower()))) {
      i--;
    }
    if (i < 0 || !MEASURES.containsKey(toks.get(i).lower())) {
      return null;
    }
    int j = i - 1;
    while (j >= 0 && (Set.of("had", "have", "has", "reportedly", "also", "allegedly", "and", ",").contains(toks.get(j).lower())
        || MEASURES.containsKey(toks.get(j).lower()) || Character.isDigit(toks.get(j).text().charAt(0))
        || QUALIFIERS.containsKey(toks.get(j).lower()))) {
      j--;
    }
    String np = attributor.nounPhraseBefore(text, toks, j);
    return np == null ? null : attributor.classify(np, null);
  }

  private static SourceRef[] carrySources(List<Sentence> sentences, List<List<Attributor.Cue>> cues) {
    SourceRef[] out = new SourceRef[sentences.size()];
    SourceRef last = null;
    int paragraph = -1;
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).paragraph() != paragraph) {
        paragraph = sentences.get(i).paragraph();
        last = null;
      }
      out[i] = last;
      List<Attributor.Cue> cs = cues.get(i);
      if (!cs.isEmpty() && !cs.get(cs.size() - 1).pronoun()) {
        last = cs.get(cs.size() - 1).source();
        if (cs.get(0).anaphoric() && i > 0 && cues.get(i - 1).isEmpty()
            && sentences.get(i - 1).paragraph() == paragraph && out[i - 1] == null) {
          out[i - 1] = cs.get(0).source();
        }
      }
    }
    return out;
  }

  /** Full names of people named in the article, by surname, so "Kirby" becomes "John Kirby". */
  private Map<String, SourceRef> knownPeople(String text, List<List<Attributor.Cue>> cues) {
    Map<String, SourceRef> people = new java.util.LinkedHashMap<>();
    for (List<Attributor.Cue> cs : cues) {
      for (Attributor.Cue c : cs) {
        SourceRef s = c.source();
        if (s != null && s.kind() == SourceRef.Kind.PERSON && s.name() != null && s.name().contains(" ")) {
          String[] parts = s.name().split("\\s+");
          people.putIfAbsent(parts[parts.length - 1], s);
          people.put("\u0000last", s);
        }
      }
    }
    Matcher m = Pattern.compile("\\b(?:President|Minister|Secretary|Chancellor|Governor|Mayor|spokes(?:man|woman|person)"
        + "|Gen\\.|Col\\.|General|Colonel|Commander|leader)\\s+(\\p{Lu}\\p{L}+(?:[ -]\\p{Lu}\\p{L}+){1,2})").matcher(text);
    while (m.find()) {
      String name = m.group(1);
      String[] parts = name.split("\\s+");
      people.putIfAbsent(parts[parts.length - 1], new SourceRef(name, null, SourceRef.Kind.PERSON, null));
    }
    return people;
  }

  private static SourceRef lastPerson(Map<String, SourceRef> people) {
    return people.getOrDefault("\u0000last", SourceRef.UNATTRIBUTED);
  }

  private static SourceRef canonical(SourceRef s, Map<String, SourceRef> people) {
    if (s.kind() != SourceRef.Kind.PERSON || s.name() == null || s.name().contains(" ")) {
      return s;
    }
    SourceRef full = people.get(s.name());
    if (full == null) {
      return s;
    }
    return new SourceRef(full.name(), s.role() != null ? s.role() : full.role(), SourceRef.Kind.PERSON, s.via());
  }

  /** "killed 21 and wounded 40 North Korean soldiers": a figure with no noun shares its neighbour's. */
  private static void fillSubjects(String text, List<NumberMention> mentions, List<Figure> figures) {
    for (int i = 0; i < figures.size(); i++) {
      Figure f = figures.get(i);
      if (f.subject() != null || f.unit() != null) {
        continue;
      }
      String subject = null;
      if (i + 1 < figures.size()) {
        String between = text.substring(mentions.get(i).end(), mentions.get(i + 1).start()).toLowerCase(Locale.ROOT);
        if (between.matches("\\s*(and|or|,)\\s+(\\p{L}+\\s+)?")) {
          subject = figures.get(i + 1).subject();
        }
      }
      if (subject == null && i > 0 && text.substring(mentions.get(i - 1).end(), mentions.get(i).start())
          .toLowerCase(Locale.ROOT).matches("(?s).*\\b(of (which|whom|them)|including|among them)\\b.*")) {
        subject = figures.get(i - 1).subject();
      }
      if (subject != null) {
        figures.set(i, new Figure(f.value(), f.low(), f.high(), f.qualifier(), f.vague(), f.unit(), f.measure(), subject,
            f.location(), f.period(), f.source(), f.sentence(), f.start(), f.end(), f.figureStart(), f.figureEnd()));
      }
    }
  }
}
