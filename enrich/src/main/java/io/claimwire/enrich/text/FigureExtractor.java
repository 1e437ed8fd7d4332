package io.claimwire.enrich.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  /**
   * Bump when extraction output changes; it is stamped on every claim. Read at run time, not inlined: a literal
   * constant is copied into the classes that use it when they compile, so a module an incremental build did not
   * recompile (the app's offline extraction) went on stamping an old version.
   */
  public static final String VERSION = version("rules-0.9.9");

  private static String version(String v) {
    return v;
  }

  /** The languages extraction reads (ISO 639-1); an article in another gets no claims. */
  public static final java.util.Set<String> LANGUAGES = Words.setOf("en");

  /**
   * True for a language extraction reads, and for {@code und} (text too short to tell: read as English, as every
   * article was before languages were detected).
   */
  public static boolean supports(String language) {
    return LANGUAGES.contains(language) || "und".equals(language);
  }

  /** Event words, by base form, and the normalised event each names ({@code events.tsv}). */
  private static final Lexicon EVENTS = Lexicon.loadInflected("events.tsv");
  private static final Set<String> EVENT_CLASSES = new java.util.HashSet<>();
  /** The normalised event a word or any of its forms names ("fatalities" gives killed, "evacuates" evacuated), or null. */
  static String eventOf(String word) {
    return EVENTS.classOf(word);
  }

  /** Whether a word names an event ({@code events.tsv}). */
  static boolean isEventWord(String word) {
    return eventOf(word) != null;
  }

  /** Whether a measure is an event's normalised name ("killed", "evacuated"), not a statistic's. */
  static boolean isEvent(String measure) {
    return EVENT_CLASSES.contains(measure);
  }

  static {
    for (String[] e : Lexicon.entries("events.tsv")) {
      EVENT_CLASSES.add(e[1]);
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
   * As {@link #extractAll(String)}, for an article with its headline: a wire headline that names its source after a
   * colon ("Death toll from floods reaches 238: NDMA") names the source of the figures no sentence attributes, when
   * the text names that source too (the article reports what the source said).
   */
  public Result extractAll(String text, String headline) {
    Result r = extractAll(text);
    SourceRef told = headline == null ? null : Attributor.headlineSource(headline.strip());
    if (told == null || text == null || !text.contains(told.name())) {
      return r;
    }
    List<Figure> figures = new ArrayList<>(r.figures());
    figures.replaceAll(f -> f.source().kind() == SourceRef.Kind.UNATTRIBUTED ? f.withSource(told) : f);
    return new Result(figures, r.failures());
  }

  /**
   * Every figure in a cleaned article text, in text order, and the sentences that failed. A stage that throws on a
   * sentence drops that sentence's figures only; a stage over the whole article that throws leaves its help out.
   */
  public Result extractAll(String text) {
    if (text == null || text.isBlank()) {
      return new Result(List.of(), List.of());
    }
    ArticlePass pass = new ArticlePass(splitter.split(text), attributor);
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
        figuresOf(pass, si, carried[si], people, out).forEach(f -> out.add(f.tidy()));
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

  /**
   * Whether a speaker's role names a body by its capitalised name ("an epidemiologist at the University of Ghana"): a
   * place inside that name is the body's, not where the figure is; a role's own place ("Odisha's police chief") is.
   */
  private static boolean namesABody(String role) {
    if (role == null) {
      return false;
    }
    for (Token t : Token.of(role)) {
      if (t.isCapitalised() && SourceNames.ORG_HEADS.contains(t.lower())) {
        return true;
      }
    }
    return false;
  }

  /** The figures of one sentence, with what its neighbours and the figures before it ({@code before}) give them. */
  private List<Figure> figuresOf(ArticlePass pass, int si, SourceRef carried, People people, List<Figure> before) {
    Sentence s = pass.sentences.get(si);
    Set<String> w = pass.words.get(si);
    List<Span> periods = Periods.all(s.text(), w);
    List<NumberMention> ms = withoutPeriods(s.text(), withoutSourceCounts(s.text(), pass.mentions.get(si)), periods);
    List<Token> toks = pass.tokens.get(si) != null ? pass.tokens.get(si) : Token.of(s.text());
    Tags tags = new Tags(s.text(), toks);
    List<Attributor.Cue> cues = pass.cues.get(si);
    List<Integer> spoken = SpeechPlaces.starts(toks, cues); // "told reporters in Geneva": where it was said
    List<String> claimants = cues.stream().filter(c -> c.source() != null && c.source().name() != null)
        .flatMap(c -> !namesABody(c.source().role()) ? java.util.stream.Stream.of(c.source().name())
            : java.util.stream.Stream.of(c.source().name(), c.source().role()))
        .toList();
    List<Span> places = SpeechPlaces.without(PlacePhrases.all(s.text(), toks, w), spoken, claimants);
    Lazy<List<Places.Named>> named = new Lazy<>(() -> Places.where(s.text(), claimants)
        .stream().filter(p -> !SpeechPlaces.isOne(spoken, p.start(), p.end())).toList());
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
    EventGroups.fill(tags, ms, inSentence); // "Of the dead, 37 were children": killed, children
    EventGroups.fromFigure(tags, ms, inSentence); // "6 died, including two children, as houses collapsed"
    Groups.shareMeasures(tags, ms, inSentence);
    ClauseVerb.fill(tags, ms, inSentence);
    Groups.shareMeasures(tags, ms, inSentence); // "brought Doku for £55m, Gvardiol for £77m": the verb, once found
    Groups.wholes(tags, ms, inSentence); // "40 of the 1.2 million ballots were spoiled": the whole was not spoiled
    Counted.dropNonSubjects(tags, ms, inSentence);
    Counted.others(tags, ms, inSentence, previousSentence(pass, si, before)); // "and 14,000 others were damaged"
    Holder.fill(tags, ms, inSentence, previousSubject(pass, si, before));
    FigureAnaphora.fill(tags, ms, inSentence, before); // "The number of people killed ...", "the figure was ..."
    Periods.notTimes(inSentence); // "from 35.1% four years ago": when is no measure
    ListLabels.fill(s.text(), ms, inSentence); // "Unity Party: 58 seats (41.2%)": the party's seats, a share of them
    Votes.fill(s.text(), ms, inSentence); // "approved the budget 10-1": votes in favour, votes against
    Baselines.fill(tags, ms, inSentence, previousSentence(pass, si, before));
    Forecasts.mark(tags, ms, inSentence);
    Counted.shares(s.text(), ms, inSentence);
    Changes.told(inSentence); // "by 25 basis points, or 0.25%": the second tells the same move
    Gapping.fill(tags, ms, inSentence); // "Exports fell 5% and imports 3%": one change, told twice
    fromListHeadings(pass, si, carried, cues, before, inSentence);
    if (cues.isEmpty() && carried == null) {
      agentVouches(inSentence);
    }
    EventGroups.ofThose(s.text(), inSentence, before); // "Of those, about 1,000 were killed"
    Counted.withoutPricedAt(inSentence); // "homes at a cost of £8m": the homes
    return inSentence;
  }

  /**
   * What the lines of a list take from their lead-in and headings: the lead-in's source for items with none, the
   * heading's event or measure for figures without one.
   */
  private static void fromListHeadings(ArticlePass pass, int si, SourceRef carried, List<Attributor.Cue> cues,
      List<Figure> before, List<Figure> inSentence) {
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
  }

  /**
   * No cue and nothing carried: "The agency issued 43 warnings and 120 alerts": the agent of the first figure vouches
   * for the others of its sentence.
   */
  private static void agentVouches(List<Figure> inSentence) {
    for (int k = 1; k < inSentence.size(); k++) {
      Figure f = inSentence.get(k);
      SourceRef prev = inSentence.get(k - 1).source();
      if (f.source().kind() == SourceRef.Kind.UNATTRIBUTED && prev.kind() != SourceRef.Kind.UNATTRIBUTED) {
        inSentence.set(k, f.withSource(prev));
      }
    }
  }

  /** The figures of the sentence right before {@code si}, in order. */
  private static List<Figure> previousSentence(ArticlePass pass, int si, List<Figure> before) {
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

  /**
   * What the sentence before {@code si} was about: the subject of its last figure that has one, else a measure that
   * names a quantity ("shooting incidents").
   */
  private static String previousSubject(ArticlePass pass, int si, List<Figure> before) {
    if (si == 0 || before.isEmpty()) {
      return null;
    }
    int from = pass.sentences.get(si - 1).start();
    for (int k = before.size() - 1; k >= 0 && before.get(k).start() >= from; k--) {
      Figure f = before.get(k);
      if (f.subject() != null) {
        return f.subject();
      }
      if (f.measure() != null && f.change() == null && QuantityNouns.isQuantity(f.measure())) {
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
    Qualifier q = n.isRange() ? Qualifier.RANGE : n.vague() ? Qualifier.AT_LEAST : Qualifiers.before(text, n.start());
    int clauseEnd = nextMentionStart(all, n, text.length());
    Counted.Subject subj = Counted.subject(tags, n, clauseEnd);
    String measure = subj.measure() != null ? subj.measure() : VerbMeasure.measure(tags, n, subj.end(), clauseEnd);
    if (measure != null && VerbMeasure.isChangeVerb(measure)
        && DEATH_TOLL.matcher(text.substring(0, n.start())).find()) {
      measure = eventOf("killed"); // "the death toll has risen to 214": deaths, however the toll moved
    }
    if (measure != null && subj.text() != null && subj.text().toLowerCase(Locale.ROOT).startsWith(measure + " ")) {
      subj = new Counted.Subject(null, subj.measure(), subj.end()); // "left 12 trapped underground": no thing named
    }
    Matcher magnitude = MAGNITUDE_BEFORE.matcher(text.substring(0, n.start()));
    if (magnitude.find()) {
      // "a magnitude 6.1 earthquake": the figure is the quake's magnitude
      measure = "magnitude";
      Matcher quake = QUAKE_AFTER.matcher(text.substring(n.end()));
      subj = new Counted.Subject(quake.lookingAt() ? quake.group(1).toLowerCase(Locale.ROOT) : null, null, subj.end());
    }
    StatisticMeasure.Reading stat = StatisticMeasure.read(tags, n, measure, subj.text());
    String period = Periods.unlessBase(text, periods, Periods.of(text, periods, n, all), stat.change());
    SourceRef source = FigureSources.source(s, tags, n, cues, carried, people);
    String location = PlacePhrases.nearest(places, n, text);
    if (location == null) {
      // "Malaysia had registered 62,421 cases"; not a place inside a claimant a cue names ("reported by South Korea")
      location = Places.nearest(named.get().stream() // not a place of a contrasting clause after the figure
          .filter(p -> !PlacePhrases.contrastBetween(text, n.end(), p.start())).toList(), n.start(), n.end());
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

}
