package io.claimwire.enrich.text;

import java.util.ArrayList;
import java.util.HashMap;
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
  // Patterns of the string checks below, compiled once, named for what they match.
  private static final Pattern STARTS_WITH_DIGIT = Pattern.compile("\\d.*");
  private static final Pattern MAGNITUDE_BEFORE = Pattern.compile("(?i)\\bmagnitude[\\s-]+(?:of\\s+)?$");
  private static final Pattern QUAKE_AFTER = Pattern.compile("(?i)[\\s-]+(earthquake|quake|tremor|aftershock)s?\\b");
  /** "the death toll has risen to", "the death tally", "the toll from the crash rose to": deaths, however it moved. */
  private static final Pattern DEATH_TOLL = Pattern.compile(
      "(?i)\\b(?:(?:death|casualty)\\s+(?:toll|tally|count)|toll)\\b(?!.*[.;])");

  /** Bump when extraction output changes; it is stamped on every claim. */
  public static final String VERSION = "rules-0.4.0";

  /** Event words and the normalised event each names ({@code events.tsv}). */
  private static final Map<String, String> MEASURES = new HashMap<>();
  private static final Set<String> EVENT_CLASSES = new java.util.HashSet<>();
  private static final Map<String, Qualifier> QUALIFIERS = new java.util.LinkedHashMap<>();
  /** The normalised event a word names ("fatalities" gives killed), or null. */
  static String eventOf(String word) {
    return MEASURES.get(word);
  }

  /** Whether a word is one of a qualifier ("at least", "about"). */
  static boolean isQualifierWord(String word) {
    return QUALIFIERS.containsKey(word);
  }

  /** Whether a word names an event ({@code events.tsv}). */
  static boolean isEventWord(String word) {
    return MEASURES.containsKey(word);
  }

  /** Whether a measure is an event's normalised name ("killed", "evacuated"), not a statistic's. */
  static boolean isEvent(String measure) {
    return EVENT_CLASSES.contains(measure);
  }

  static {
    for (String[] e : Lexicon.entries("events.tsv")) {
      MEASURES.put(e[0], e[1]);
      EVENT_CLASSES.add(e[1]);
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

  private final SentenceSplitter splitter = new SentenceSplitter();
  private final NumberParser numbers = new NumberParser();
  private final Attributor attributor = new Attributor();

  /** A sentence whose extraction failed: its figures are left out, the article's others are not. */
  public record Failure(int start, int end, String reason) {}

  /** What extraction found in one text: the figures, and the sentences that failed. */
  public record Result(List<Figure> figures, List<Failure> failures) {}

  private final java.util.function.Consumer<Sentence> probe;

  public FigureExtractor() {
    this(s -> { });
  }

  /** With a probe that sees each sentence holding a number before its figures are built (tests inject failures). */
  FigureExtractor(java.util.function.Consumer<Sentence> probe) {
    this.probe = probe;
  }

  /** Every figure in a cleaned article text, in text order (sentences that fail are left out; see {@link #extractAll}). */
  public List<Figure> extract(String text) {
    return extractAll(text).figures();
  }

  /**
   * Every figure in a cleaned article text, in text order, and the sentences that failed. A stage that throws on a
   * sentence drops that sentence's figures only; a stage over the whole article that throws leaves its help out.
   */
  public Result extractAll(String text) {
    if (text == null || text.isBlank()) {
      return new Result(List.of(), List.of());
    }
    Pass pass = new Pass(splitter.split(text), attributor);
    pass.findMentions(numbers);
    pass.findCues();
    SourceRef[] carried = pass.carried();
    People people = pass.people();
    List<Figure> out = new ArrayList<>();
    for (int si = 0; si < pass.count; si++) {
      if (pass.mentions.get(si).isEmpty()) {
        continue;
      }
      try {
        probe.accept(pass.sentences.get(si));
        out.addAll(figuresOf(pass, si, carried[si], people, out));
      } catch (RuntimeException | StackOverflowError e) {
        pass.failed(si, e);
      }
    }
    return new Result(out, List.copyOf(pass.failures));
  }

  /** A value worked out on first use, for what only some figures of a sentence need. */
  private static final class Lazy<T> {
    private final java.util.function.Supplier<T> work;
    private T value;

    Lazy(java.util.function.Supplier<T> work) {
      this.work = work;
    }

    T get() {
      if (value == null) {
        value = work.get();
      }
      return value;
    }
  }

  /** One article's sentences and what each stage found in them, with the failures on the way. */
  private static final class Pass {
    final List<Sentence> sentences;
    final int count;
    final List<Set<String>> words;
    final List<List<NumberMention>> mentions;
    final List<List<Attributor.Cue>> cues;
    final List<List<Token>> tokens;
    final List<Failure> failures = new ArrayList<>();
    private final Attributor attributor;

    Pass(List<Sentence> sentences, Attributor attributor) {
      this.sentences = sentences;
      this.attributor = attributor;
      this.count = sentences.size();
      this.words = new ArrayList<>(java.util.Collections.nCopies(count, (Set<String>) null));
      this.mentions = new ArrayList<>(java.util.Collections.nCopies(count, List.<NumberMention>of()));
      this.cues = new ArrayList<>(java.util.Collections.nCopies(count, List.<Attributor.Cue>of()));
      this.tokens = new ArrayList<>(java.util.Collections.nCopies(count, (List<Token>) null));
    }

    void failed(int si, Throwable e) {
      Sentence s = sentences.get(si);
      mentions.set(si, List.of());
      failures.add(new Failure(s.start(), s.end(), String.valueOf(e)));
    }

    void findMentions(NumberParser numbers) {
      for (int i = 0; i < count; i++) {
        String t = sentences.get(i).text();
        if (!WordNumbers.mayHoldNumber(t)) {
          continue; // the cheap scan: most sentences hold no number at all
        }
        try {
          words.set(i, Gate.words(t));
          mentions.set(i, numbers.parse(t, words.get(i)));
        } catch (RuntimeException | StackOverflowError e) {
          failed(i, e);
        }
      }
    }

    /**
     * Sources only where a figure can use them: its own sentence; the one after it when that begins "This information
     * was reported by X" (it covers the sentence before); the one before it when its own has no cue to carry; and the
     * sentences that introduce a list its items are in.
     */
    void findCues() {
      for (int i = 0; i < count; i++) {
        if (!mentions.get(i).isEmpty()) {
          cuesAt(i);
        }
      }
      for (int i = 0; i < count; i++) {
        if (mentions.get(i).isEmpty() && i > 0 && !mentions.get(i - 1).isEmpty()
            && Attributor.isAnaphoric(sentences.get(i).text())) {
          cuesAt(i);
        }
        if (mentions.get(i).isEmpty() && i + 1 < count && !mentions.get(i + 1).isEmpty()
            && (cues.get(i + 1).isEmpty() || cues.get(i + 1).stream().anyMatch(Attributor.Cue::pronoun))) {
          cuesAt(i); // the next sentence's figures need a source carried, or the person its "she said" means
        }
      }
      for (int i = 0; i < count; i++) {
        if (!mentions.get(i).isEmpty() && Lists.isItem(sentences.get(i).text())) {
          for (int j : Lists.leadIns(sentences, i)) {
            if (tokens.get(j) == null) {
              cuesAt(j);
            }
          }
        }
      }
    }

    private void cuesAt(int i) {
      String t = sentences.get(i).text();
      try {
        if (tokens.get(i) == null) {
          tokens.set(i, Token.of(t));
        }
        if (words.get(i) == null) {
          words.set(i, Gate.words(t));
        }
        cues.set(i, attributor.cues(t, words.get(i), tokens.get(i)));
      } catch (RuntimeException | StackOverflowError e) {
        failed(i, e); // a sentence whose sources cannot be read: its figures would go out with a wrong source
        cues.set(i, List.of());
        tokens.set(i, List.of());
      }
    }

    /** The source each sentence carries from its neighbours and list lead-ins (none when that stage fails). */
    SourceRef[] carried() {
      try {
        SourceRef[] carried = Carry.sources(sentences, cues, mentions);
        Lists.carryIntoItems(sentences, cues, carried);
        return carried;
      } catch (RuntimeException | StackOverflowError e) {
        failures.add(new Failure(0, count == 0 ? 0 : sentences.get(count - 1).end(), "carrying sources: " + e));
        return new SourceRef[count];
      }
    }

    People people() {
      People people = new People(sentences);
      for (int si = 0; si < count; si++) {
        for (Attributor.Cue c : cues.get(si)) {
          if (c.source() != null) {
            people.add(sentences.get(si).start() + c.position(), c.source());
          }
        }
      }
      return people;
    }
  }

  /** The figures of one sentence, with what its neighbours and the figures before it ({@code before}) give them. */
  private List<Figure> figuresOf(Pass pass, int si, SourceRef carried, People people, List<Figure> before) {
    Sentence s = pass.sentences.get(si);
    Set<String> w = pass.words.get(si);
    List<Span> periods = Periods.all(s.text(), w);
    List<NumberMention> ms = withoutPeriods(s.text(), withoutSourceCounts(s.text(), pass.mentions.get(si)), periods);
    List<Token> toks = pass.tokens.get(si) != null ? pass.tokens.get(si) : Token.of(s.text());
    Tags tags = new Tags(s.text(), toks);
    List<Span> places = PlacePhrases.all(s.text(), toks, w);
    List<Attributor.Cue> cues = pass.cues.get(si);
    Lazy<List<Places.Named>> named = new Lazy<>(() -> Places.where(s.text(),
        cues.stream().filter(c -> c.source() != null && c.source().name() != null).map(c -> c.source().name()).toList()));
    List<Figure> inSentence = new ArrayList<>();
    java.util.regex.Matcher anaphor = PlacePhrases.ANAPHORA.matcher(s.text());
    boolean anaphora = (w.contains("there") || w.contains("this") || w.contains("that") || w.contains("same"))
        && anaphor.find();
    String headingPlace = Lists.isItem(s.text()) ? Lists.headingPlace(pass.sentences, si) : null;
    for (NumberMention n : ms) {
      Figure f = figure(s, tags, n, ms, cues, carried, people, periods, places, named);
      if (f.location() == null && headingPlace != null) {
        f = f.withLocation(headingPlace); // "Alaska" over "> Amount of increase: $0.04 per hour"
      }
      if (f.location() == null && anaphora) {
        f = withLocation(f, PlacePhrases.previous(pass.sentences, si, anaphor.group(1)));
      }
      inSentence.add(f);
    }
    Counted.fillSubjects(s.text(), ms, inSentence);
    Groups.shareMeasures(tags, ms, inSentence);
    ClauseVerb.fill(tags, ms, inSentence);
    Groups.shareMeasures(tags, ms, inSentence); // "brought Doku for £55m, Gvardiol for £77m": the verb, once found
    Counted.dropNonSubjects(tags, ms, inSentence);
    Holder.fill(tags, ms, inSentence, previousSubject(pass, si, before));
    Baselines.fill(tags, ms, inSentence, previousSentence(pass, si, before));
    Forecasts.mark(tags, ms, inSentence);
    Counted.shares(s.text(), ms, inSentence);
    if (carried == null && cues.isEmpty() && Lists.isLine(pass.sentences, si)
        && inSentence.stream().anyMatch(f -> f.source().kind() == SourceRef.Kind.UNATTRIBUTED)) {
      SourceRef lead = Lists.leadInSource(pass.sentences, si, before);
      for (int k = 0; lead != null && k < inSentence.size(); k++) {
        if (inSentence.get(k).source().kind() == SourceRef.Kind.UNATTRIBUTED) {
          inSentence.set(k, inSentence.get(k).withSource(lead));
        }
      }
    }
    if (inSentence.stream().anyMatch(f -> f.measure() == null && f.unit() == null)) {
      String event = Lists.headingEvent(pass.sentences, si); // "Civilian fatalities" over "65 civilians, ..."
      for (int k = 0; event != null && k < inSentence.size(); k++) {
        Figure f = inSentence.get(k);
        if (f.measure() == null && f.unit() == null) {
          inSentence.set(k, f.withMeasureAndSubject(event, f.subject()));
        }
      }
    }
    if (inSentence.stream().anyMatch(f -> f.measure() == null)) {
      String heading = Lists.headingMeasure(pass.sentences, si); // "The general fund" over "- $491.3m for public safety"
      for (int k = 0; heading != null && k < inSentence.size(); k++) {
        Figure f = inSentence.get(k);
        if (f.measure() == null) {
          inSentence.set(k, f.withMeasureAndSubject(heading, f.subject()));
        }
      }
    }
    if (cues.isEmpty() && carried == null) {
      // No cue and nothing carried: "The agency issued 43 warnings and 120 alerts": the agent of the first
      // figure vouches for the others of its sentence
      for (int k = 1; k < inSentence.size(); k++) {
        Figure f = inSentence.get(k);
        SourceRef prev = inSentence.get(k - 1).source();
        if (f.source().kind() == SourceRef.Kind.UNATTRIBUTED && prev.kind() != SourceRef.Kind.UNATTRIBUTED) {
          inSentence.set(k, f.withSource(prev));
        }
      }
    }
    if (!inSentence.isEmpty() && inSentence.get(0).subject() == null && !before.isEmpty()
        && OF_THOSE.matcher(s.text()).lookingAt()) {
      Figure f = inSentence.get(0); // "Of those, about 1,000 were killed": the previous figure's subject
      inSentence.set(0, f.withSubject(before.get(before.size() - 1).subject()));
    }
    return inSentence;
  }

  /**
   * What the sentence before {@code si} was about: the subject of its last figure that has one, else a measure that
   * names a quantity ("shooting incidents").
   */
  /** The figures of the sentence right before {@code si}, in order. */
  private static List<Figure> previousSentence(Pass pass, int si, List<Figure> before) {
    if (si == 0 || before.isEmpty()) {
      return List.of();
    }
    int from = pass.sentences.get(si - 1).start();
    int k = before.size();
    while (k > 0 && before.get(k - 1).start() >= from) {
      k--;
    }
    return before.subList(k, before.size());
  }

  private static String previousSubject(Pass pass, int si, List<Figure> before) {
    if (si == 0 || before.isEmpty()) {
      return null;
    }
    int from = pass.sentences.get(si - 1).start();
    for (int k = before.size() - 1; k >= 0 && before.get(k).start() >= from; k--) {
      Figure f = before.get(k);
      if (f.subject() != null) {
        return f.subject();
      }
      if (f.measure() != null && f.change() == null && StatisticMeasure.isQuantity(f.measure())) {
        return f.measure();
      }
    }
    return null;
  }

  private static Figure withLocation(Figure f, String location) {
    return location == null ? f : f.withLocation(location);
  }

  private Figure figure(Sentence s, Tags tags, NumberMention n, List<NumberMention> all,
      List<Attributor.Cue> cues, SourceRef carried, People people, List<Span> periods, List<Span> places,
      Lazy<List<Places.Named>> named) {
    String text = s.text();
    List<Token> toks = tags.tokens();
    Qualifier q = n.isRange() ? Qualifier.RANGE : n.vague() ? Qualifier.AT_LEAST : qualifier(text, n.start());
    int clauseEnd = nextMentionStart(all, n, text.length());
    Counted.Subject subj = Counted.subject(tags, n, clauseEnd);
    String measure = subj.measure() != null ? subj.measure() : VerbMeasure.measure(text, toks, n, subj.end(), clauseEnd);
    if (measure != null && VerbMeasure.isChangeVerb(measure)
        && DEATH_TOLL.matcher(text.substring(0, n.start())).find()) {
      measure = MEASURES.get("killed"); // "the death toll has risen to 214": deaths, however the toll moved
    }
    Matcher magnitude = MAGNITUDE_BEFORE.matcher(text.substring(0, n.start()));
    if (magnitude.find()) {
      // "a magnitude 6.1 earthquake": the figure is the quake's magnitude
      measure = "magnitude";
      Matcher quake = QUAKE_AFTER.matcher(text.substring(n.end()));
      subj = new Counted.Subject(quake.lookingAt() ? quake.group(1).toLowerCase(Locale.ROOT) : null, null, subj.end());
    }
    StatisticMeasure.Reading stat = StatisticMeasure.read(tags, n, measure, subj.text());
    String period = Periods.of(text, periods, n);
    SourceRef source = source(s, tags, n, cues, carried, people);
    String location = PlacePhrases.nearest(places, n);
    if (location == null) {
      // "Malaysia had registered 62,421 cases"; not a place inside a claimant a cue names ("reported by South Korea")
      location = Places.nearest(named.get(), n.start(), n.end());
    }
    return new Figure(n.value(), n.low(), n.high(), q, n.vague(), n.unit(), stat.measure(), stat.subject(), location,
        period, source, text, s.start(), s.end(), s.start() + n.start(), s.start() + n.end(), stat.change());
  }

  private static final Pattern CITING_BEFORE = Pattern.compile("(?i)\\b(?:citing|quoting|according to|told)\\s+(?:at least\\s+)?$");

  /** "Two sources familiar with the matter told": how many informants spoke is part of the attribution. */
  private static final Pattern INFORMANT_COUNT = Pattern.compile("(?i)\\s+(?:[\\p{L}.]+\\s+){0,2}?(?:sources|people|officials"
      + "|diplomats|insiders|persons)\\s+(?:familiar with|close to|with knowledge of|briefed on|involved in|aware of"
      + "|who (?:spoke|asked|declined)|speaking on)\\b");

  /** "citing two security sources": a count of informants is part of the attribution, not a figure. */
  private static List<NumberMention> withoutSourceCounts(String text, List<NumberMention> mentions) {
    List<NumberMention> out = new ArrayList<>(mentions.size());
    for (NumberMention n : mentions) {
      boolean informants = n.value() <= 10 && n.unit() == null && INFORMANT_COUNT.matcher(text.substring(n.end())).lookingAt();
      if (!informants && !CITING_BEFORE.matcher(text.substring(Math.max(0, n.start() - 30), n.start())).find()) {
        out.add(n);
      }
    }
    return out;
  }

  /** "a pay rise over two years": a duration inside a period expression is the period of another figure. */
  private static List<NumberMention> withoutPeriods(String text, List<NumberMention> mentions, List<Span> periods) {
    List<NumberMention> out = new ArrayList<>(mentions.size());
    for (NumberMention n : mentions) {
      boolean inside = false;
      if (n.unit() != null && DURATIONS.contains(n.unit())
          && OVER_BEFORE.matcher(text.substring(Math.max(0, n.start() - 20), n.start())).find()) {
        for (Span p : periods) {
          inside |= p.start() <= n.start() && n.end() <= p.end();
        }
      }
      if (!inside) {
        out.add(n);
      }
    }
    return out;
  }

  private static final Set<String> DURATIONS = Lexicon.load("figures/durations.tsv").terms("durations");
  private static final Pattern OVER_BEFORE = Pattern.compile("(?i)\\b(?:over|within|in)\\s+(?:the\\s+(?:next|coming)\\s+)?$");

  private static int nextMentionStart(List<NumberMention> all, NumberMention n, int dflt) {
    for (NumberMention m : all) {
      if (m.start() > n.start()) {
        return m.start();
      }
    }
    return dflt;
  }

  static Qualifier qualifier(String text, int start) {
    String before = Gate.WHITESPACE.matcher(text.substring(Math.max(0, start - 24), start).toLowerCase(Locale.ROOT)).replaceAll(" ").stripTrailing();
    boolean article = false;
    if (before.endsWith(" a") || before.endsWith(" an") || before.equals("a") || before.equals("an")) {
      before = before.substring(0, before.lastIndexOf('a')).stripTrailing(); // "an estimated", "a minimum of a"
      article = true;
    }
    if (article && PREPOSITION_QUALIFIER.matcher(before).find()) {
      return Qualifier.EXACT; // "talks over a 7% pay rise": a preposition before an article qualifies nothing
    }
    for (Map.Entry<String, Qualifier> e : QUALIFIERS.entrySet()) {
      String q = e.getKey();
      if (before.endsWith(q) && (before.length() == q.length() || !Character.isLetterOrDigit(before.charAt(before.length() - q.length() - 1)))) {
        if (e.getValue() == Qualifier.UP_TO && MOVED_UP.matcher(before).find()) {
          return Qualifier.EXACT; // "ticked up to 5.1%": the level reached, not a ceiling
        }
        return e.getValue();
      }
    }
    return Qualifier.EXACT;
  }

  private static final Pattern PREPOSITION_QUALIFIER = Pattern.compile("(?:^|\\s)(?:over|above|under|below)$");

  /** A verb whose particle is the "up" of "up to": "edged up to", "went up to", "was revised up to". */
  private static final Pattern MOVED_UP = Pattern.compile("\\b(?:(?:edg|tick|jump|climb|revis|push|ramp|bump|drift|nudg"
      + "|shift|trend)\\w*|inch(?:ed|ing)|mov(?:e|es|ed|ing)|ris(?:e|es|en|ing)|rose|crept|creep(?:s|ing)?|went|go(?:es|ing|ne)?|shot"
      + "|shoot(?:s|ing)?|mark(?:ed|s|ing)?|pick(?:ed|s|ing)?|step(?:ped|s|ping)?|head(?:ed|s|ing)?)\\s+up to$");

  /** Index of the first token starting at or after {@code pos}: a binary search, tokens being in text order. */
  static int firstTokenAtOrAfter(List<Token> toks, int pos) {
    int lo = 0;
    int hi = toks.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (toks.get(mid).start() < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static final Pattern OF_THOSE = Pattern.compile("(?i)\\s*(?:of|among) (?:those|them|these|whom|which)\\b");
  private SourceRef source(Sentence sentence, Tags tags, NumberMention n, List<Attributor.Cue> cues,
      SourceRef carried, People people) {
    List<Token> toks = tags.tokens();
    String text = sentence.text();
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
      s = chosen.pronoun() ? people.lastBefore(sentence.start() + chosen.position())
          : people.resolve(sentence.start() + chosen.position(), chosen.source()); // "It also revealed", "according to him"
    } else {
      s = agent(sentence, toks, n, people);
      s = s != null ? s : ownFigure(tags, n);
      if (s == null) {
        s = carried;
      }
    }
    return people.canonical(s == null ? SourceRef.UNATTRIBUTED : s);
  }

  /**
   * "Biogen will be cutting 11% of its workforce", "The bank reduced its debt by £195m": an organisation that the
   * clause says the figure is its own ("its") states it. Named organisations only; a person or a place is no such
   * source.
   */
  private SourceRef ownFigure(Tags tags, NumberMention n) {
    List<Token> toks = tags.tokens();
    int first = firstTokenAtOrAfter(toks, n.start());
    boolean its = false;
    for (int k = Math.max(0, first - 6); k < Math.min(toks.size(), first + 6) && !its; k++) {
      its = toks.get(k).lower().equals("its");
    }
    if (!its) {
      return null;
    }
    String subject = Holder.clauseSubject(tags, first);
    if (subject == null || !Character.isUpperCase(subject.charAt(0))) {
      return null;
    }
    SourceRef s = attributor.classify(subject, null); // "its": a body, whatever the bare name looks like
    return s.kind() == SourceRef.Kind.GOVERNMENT || s.kind() == SourceRef.Kind.MEDIA ? s
        : new SourceRef(s.name() != null ? s.name() : subject, null, SourceRef.Kind.ORGANISATION, null);
  }

  /**
   * "the Special Operations Forces killed 21", "Police recorded 120": the one who did or counted it reports it; verbs
   * of counting are data ({@code agents.tsv}). A pronoun subject is resolved as a pronoun cue would be.
   */
  private static final Lexicon AGENTS = Lexicon.load("agents.tsv");

  private static final Set<String> ARTICLE_OR_FOR = Lexicon.load("figures/article-or-for.tsv").terms("article-or-for");
  /** Words that open a time between an agent and its verb: "on Monday", "last week". */
  private static final Set<String> TIME_OPENERS = Lexicon.load("figures/time-openers.tsv").terms("time-openers");

  private SourceRef agent(Sentence sentence, List<Token> toks, NumberMention n, People people) {
    String text = sentence.text();
    int i = firstTokenAtOrAfter(toks, n.start()) - 1;
    boolean article = false;
    while (i >= 0 && (QUALIFIERS.containsKey(toks.get(i).lower()) || Set.of("at", "least", "than", "up", "to", "as",
        "many", "had", "have", "has", "a", "an", "for").contains(toks.get(i).lower()))) {
      article |= ARTICLE_OR_FOR.contains(toks.get(i).lower());
      i--; // "appealed for $22.2bn", "posted a 37% rise", "approved a $2.3bn budget"
    }
    if (article && i >= 0 && !AGENTS.is(toks.get(i).lower(), "agent")) {
      return null; // "..., killing an estimated 500": only a body's own issue takes an article between
    }
    if (i >= 3 && toks.get(i).lower().equals("of") && Set.of("the", "a").contains(toks.get(i - 2).lower())) {
      i -= 3; // "documented the deaths of 160 people", "confirmed the arrival of 300"
    }
    if (i < 0 || !MEASURES.containsKey(toks.get(i).lower()) && !AGENTS.is(toks.get(i).lower(), "agent")) {
      return null;
    }
    int j = i - 1;
    while (j >= 0 && (Set.of("had", "have", "has", "reportedly", "also", "allegedly", "and", ",").contains(toks.get(j).lower())
        || MEASURES.containsKey(toks.get(j).lower()) || Character.isDigit(toks.get(j).text().charAt(0))
        || QUALIFIERS.containsKey(toks.get(j).lower()))) {
      j--;
    }
    while (j >= 1 && Holder.WORDS.is(toks.get(j).lower(), "time")) {
      j--; // "The United Nations on Monday appealed for": the time between the agent and its verb
      if (TIME_OPENERS.contains(toks.get(j).lower())) {
        j--;
      }
    }
    if (j >= 0 && People.PRONOUNS.classOf(toks.get(j).lower()) != null && !toks.get(j).lower().startsWith("the")
        && (j == 0 || !toks.get(j - 1).isWord() || Set.of("and", "but").contains(toks.get(j - 1).lower()))) {
      // "it rescued 76 migrants": who "it" is, as for a pronoun cue
      SourceRef r = people.resolve(sentence.start() + toks.get(j).start(),
          new SourceRef(toks.get(j).lower(), null, SourceRef.Kind.UNATTRIBUTED, null));
      return r.kind() == SourceRef.Kind.UNATTRIBUTED ? null : r;
    }
    if (j >= 2 && Set.of("which", "who").contains(toks.get(j).lower()) && toks.get(j - 1).text().equals(",")) {
      // "The Irish coastguard, which has recorded 23 drownings": the noun phrase the clause hangs from
      String head = Speakers.nounPhraseBefore(text, toks, j - 2);
      head = head != null ? head : Speakers.commonNounPhraseBefore(text, toks, j - 2);
      return head == null ? null : attributor.classify(head, null);
    }
    String np = Speakers.nounPhraseBefore(text, toks, j);
    return np == null ? null : attributor.classify(np, null);
  }

}
