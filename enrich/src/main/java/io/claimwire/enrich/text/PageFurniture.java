package io.claimwire.enrich.text;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page furniture told by its shape, for {@link TextCleaner}: a widget line of short segments each of which is
 * furniture ("By Jane Smith | 4 min read | Updated 2 hours ago", "Share 245 | Comments 38"), a relative time
 * ("Updated 2 hours ago"), a gallery or page counter ("Image 3 of 12", "Page 1/3"), an advertisement (a buying
 * prompt with a price or a percentage: "Get 50% off", "Subscribe now for just $1.99"), a numbered list of other
 * stories (three or more lines numbered 1, 2, 3... none of which ends a sentence), and a list of other stories'
 * headlines under a short heading.
 */
final class PageFurniture {
  private PageFurniture() {}

  /** Separators between the parts of a widget line. */
  private static final Pattern SEPARATORS = Pattern.compile("\\s+[|·•]\\s+|\\s*\\|\\s*");
  private static final Pattern RELATIVE_TIME = Pattern.compile(
      "(?i)^(?:(?:updated|posted|published|last updated)\\s*:?\\s*)?(?:\\d+|an?|one)\\s+"
          + "(?:sec|secs|seconds?|min|mins|minutes?|hrs?|hours?|days?|weeks?|months?)\\s+ago\\.?$");
  private static final Pattern OF_COUNTER = Pattern.compile("(?i)^(?:\\p{L}+\\s+){0,2}(?:\\d+\\s*[-–]\\s*)?(\\d+)\\s*(?:of|/)\\s*(\\d+)$");
  /** "1. ", "2) ", or a bare "3 " before a capital ("3 Man charged after crash"). */
  private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})(?:[.)]\\s+\\S|\\s+\\p{Lu})");
  private static final Pattern PRICE_OR_SHARE = Pattern.compile("[$€£¥]\\s?\\d|\\d\\s?(?:%|percent\\b|per cent\\b)");
  /** Shapes of a shop's price: "2 for £10", "was £49.99, now £29.99". */
  private static final Pattern SHOP_PRICE = Pattern.compile("(?i)\\b\\d+\\s+for\\s+[$€£¥]\\s?\\d"
      + "|\\bwas\\s+[$€£¥]\\s?[\\d.,]+\\s*,?\\s*now\\s+[$€£¥]\\s?\\d");
  /** A prompt after a dash, colon or comma inside the line: "- shop the sale". */
  private static final Pattern INNER_PROMPT = Pattern.compile("[-–—:,]\\s+(\\p{L}+)");
  private static final Set<String> BUYING = Lexicon.load("pages/buying.tsv").terms("prompt");
  /** Longest line read as a gallery or page counter. */
  private static final int COUNTER_MAX = 40;
  private static final Pattern FIRST_WORD_END = Pattern.compile("[\\s,:!-]+");
  /** Longest line read as an advertisement: longer ones are prose that may quote a price. */
  private static final int AD_MAX = 140;

  /**
   * A line of two or more short parts between separators, each of which is furniture by itself (as
   * {@code furniture} says, or by the rules here).
   */
  static boolean widgetLine(String line, Predicate<String> furniture) {
    if (endsSentence(line) && !line.endsWith("ago.")) {
      return false;
    }
    if (line.indexOf('|') < 0 && line.indexOf('·') < 0 && line.indexOf('•') < 0) {
      return false;
    }
    String[] parts = SEPARATORS.split(line);
    if (parts.length < 2) {
      return false;
    }
    for (String p : parts) {
      String part = p.strip();
      if (!part.isEmpty() && !furniture.test(part) && !relativeTime(part) && !counter(part)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A navigation bar: four or more short parts between separators, each a capitalised label of up to three words,
   * one of them at most a widget with a figure ("Home | News | Sport | Weather | 24°C").
   */
  static boolean navigationLine(String line) {
    if (line.indexOf('|') < 0 && line.indexOf('·') < 0 && line.indexOf('•') < 0 || endsSentence(line)) {
      return false;
    }
    String[] parts = SEPARATORS.split(line.strip());
    if (parts.length < NAVIGATION_PARTS) {
      return false;
    }
    int withFigure = 0;
    for (String p : parts) {
      String part = p.strip();
      if (part.chars().anyMatch(Character::isDigit)) {
        withFigure++;
      } else if (part.isEmpty() || !Character.isUpperCase(part.charAt(0)) || part.split("\\s+").length > 3) {
        return false;
      }
    }
    return withFigure <= 1;
  }

  private static final int NAVIGATION_PARTS = 4;

  /** "Updated 2 hours ago", "5 mins ago". */
  static boolean relativeTime(String line) {
    return (line.endsWith("ago") || line.endsWith("ago.")) && RELATIVE_TIME.matcher(line).matches();
  }

  private static final Set<String> ENGAGEMENT = Lexicon.load("pages/engagement.tsv").terms("counter");
  private static final Pattern COUNT_THEN_WORD = Pattern.compile("(\\d[\\d,.]*)\\s*[kKmM]?\\b\\s*(\\p{L}*)");
  private static final int ENGAGEMENT_MAX = 100;
  /** A few words whose last counts the readers, with the count in brackets after it: "Readers' comments (12)". */
  private static final Pattern WORD_THEN_BRACKETED_COUNT = Pattern.compile(
      "[\\p{L}'’ ]{0,40}?(\\p{L}+)\\s*\\(\\s*\\d[\\d,.]*\\s*[kKmM]?\\s*\\)");

  /**
   * "Share this article 1.2k shares 37 comments", "Viewed 12,403 times", "45K followers", "Readers' comments (12)": a
   * short line that ends no sentence and whose every number counts the page's readers ({@code pages/engagement.tsv}).
   */
  static boolean engagementLine(String line) {
    if (line.length() > ENGAGEMENT_MAX || endsSentence(line) || line.chars().noneMatch(Character::isDigit)) {
      return false;
    }
    if (buttonLine(line)) {
      return true;
    }
    Matcher bracketed = WORD_THEN_BRACKETED_COUNT.matcher(line);
    if (bracketed.matches()) {
      return ENGAGEMENT.contains(bracketed.group(1).toLowerCase(Locale.ROOT)); // "Readers' comments (12)"
    }
    Matcher m = COUNT_THEN_WORD.matcher(line);
    boolean any = false;
    while (m.find()) {
      if (!ENGAGEMENT.contains(m.group(2).toLowerCase(Locale.ROOT))) {
        return false;
      }
      any = true;
    }
    return any;
  }

  private static final Set<String> BUTTONS = Lexicon.load("pages/buttons.tsv").terms("button");
  private static final Pattern WORD_OR_COUNT = Pattern.compile("(\\p{L}[\\p{L}-]*)|(\\d[\\d,.]*[kKmM]?)(?![\\p{L}\\d])|(\\S)");
  private static final int BUTTONS_MAX = 60;

  /**
   * "Tweet 214", "Pin it 35", "Facebook 12 Email": a short line of button labels ({@code pages/buttons.tsv}), each
   * count after a label.
   */
  static boolean buttonLine(String line) {
    if (line.length() > BUTTONS_MAX) {
      return false;
    }
    Matcher m = WORD_OR_COUNT.matcher(line);
    boolean label = false;
    boolean counted = false;
    while (m.find()) {
      if (m.group(1) != null && BUTTONS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
        label = true;
      } else if (m.group(2) != null && label) {
        counted = true;
      } else if (m.group(3) == null || Character.isLetterOrDigit(m.group(3).charAt(0))) {
        return false;
      }
    }
    return counted;
  }

  private static final Set<String> MARKETS = Lexicon.load("pages/markets.tsv").terms("market");
  /** A ticker: a name of up to four words, a level, and a change ("▲0.4%", "+12.3 (+0.4%)"). */
  private static final Pattern TICKER = Pattern.compile("^((?:[\\p{L}&]+|\\d{2,4})(?:[ /](?:[\\p{L}&]+|\\d{2,4})){0,3})\\s+"
      + "[$€£¥]?\\d[\\d,]*(?:\\.\\d+)?((?:\\s*\\(?\\s*[▲▼↑↓+\\-−]\\s?\\d[\\d,]*(?:\\.\\d+)?%?\\)?){0,2})$");
  private static final Pattern CURRENCY_PAIR = Pattern.compile("^\\p{Lu}{3}/\\p{Lu}{3}$");
  private static final Pattern WEATHER = Pattern.compile("^\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2}\\s+-?\\d{1,2}\\s?°\\s?[CF]?"
      + "(?:\\s*/\\s*-?\\d{1,2}\\s?°\\s?[CF]?)?$");
  private static final int TICKER_MAX = 60;

  /**
   * A market ticker ("FTSE 100 7,512.3 ▲0.4%", "Brent $82.10 -1.2%", "EUR/USD 1.0912") or a weather widget ("London
   * 12°C"): a short line of a market's name ({@code pages/markets.tsv}) or a currency pair, its level and a change;
   * any such line with an arrow; a place and its temperature.
   */
  static boolean tickerLine(String line) {
    if (line.length() > TICKER_MAX) {
      return false;
    }
    if (WEATHER.matcher(line).matches()) {
      return true;
    }
    Matcher m = TICKER.matcher(line);
    if (!m.matches()) {
      return false;
    }
    String name = m.group(1);
    String first = name.split("[ /]", 2)[0].toLowerCase(Locale.ROOT);
    boolean changed = !m.group(2).isBlank() || line.indexOf('$') > 0 || line.indexOf('€') > 0 || line.indexOf('£') > 0;
    return MARKETS.contains(first) && changed || CURRENCY_PAIR.matcher(name).matches() || hasArrow(m.group(2));
  }

  private static final Lexicon WEATHER_WORDS = Lexicon.load("pages/weather.tsv");
  private static final Pattern WEATHER_PART = Pattern.compile("(\\p{L}+)|-?\\d{1,2}(?:\\s?°\\s?[CF]?|[CF](?!\\p{L}))?(?!\\d)|[,/|·:()-]");
  /** "Rated 4.5 out of 5 by 230 readers", "4 out of 5 stars", "Rating: 3/5": a reader's or critic's rating. */
  private static final Pattern RATING = Pattern.compile("(?i)^(?:rated|rating:?|score:?)?\\s*\\d(?:\\.\\d)?\\s*(?:out\\s+of|/)\\s*(?:5|10)"
      + "(?:\\s+stars?)?(?:\\s+(?:by|from)\\s+[\\d,.]+\\s*[kKmM]?\\s+\\p{L}+)?\\.?$");
  /** "1,204 people are reading this", "312 readers viewing now": a live count of the page's readers. */
  private static final Pattern READING_NOW = Pattern.compile("(?i)^[\\d,.]+\\s*[kKmM]?\\s+(?:people|readers|others|users|viewers)"
      + "\\s+(?:are\\s+|is\\s+)?(?:reading|viewing|watching|looking\\s+at)(?:\\s+(?:this|now|this\\s+(?:story|article|page)))*\\.?$");

  /**
   * A weather widget's line ("Sunny, high of 24", "Light rain 12° / 7°": {@code pages/weather.tsv}), a rating ("Rated
   * 4.5 out of 5 by 230 readers") or a live count of readers ("1,204 people are reading this").
   */
  static boolean widgetFigures(String line) {
    if (line.length() > TICKER_MAX) {
      return false;
    }
    if (RATING.matcher(line).matches() || READING_NOW.matcher(line).matches()) {
      return true;
    }
    Matcher m = WEATHER_PART.matcher(line);
    int at = 0;
    boolean temperature = false;
    boolean weather = false;
    while (m.find()) {
      if (!line.substring(at, m.start()).isBlank()) {
        return false;
      }
      if (m.group(1) != null) {
        String cls = WEATHER_WORDS.classOf(m.group(1).toLowerCase(Locale.ROOT));
        if (cls == null) {
          return false;
        }
        weather |= cls.equals("weather"); // "high of 14" alone frames a reading of no weather
      } else {
        temperature |= m.group().chars().anyMatch(Character::isDigit); // a temperature, not a separator
      }
      at = m.end();
    }
    return at == line.length() && weather && temperature;
  }

  private static boolean hasArrow(String change) {
    for (int k = 0; k < change.length(); k++) {
      if ("▲▼↑↓".indexOf(change.charAt(k)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** "Image 3 of 12", "Page 1/3", "2 of 10": a place in a gallery or a run of pages. */
  static boolean counter(String line) {
    if (line.length() > COUNTER_MAX || !Character.isDigit(line.charAt(line.length() - 1))) {
      return false;
    }
    Matcher m = OF_COUNTER.matcher(line);
    return m.matches() && Long.parseLong(m.group(1)) <= Long.parseLong(m.group(2));
  }

  /**
   * A short line that ends no sentence ("Save the Children said 40% of ..." is reporting) and is a shop's: a
   * multi-buy or reduced price ("2 for £10", "was £49.99, now £29.99"), or a price or a percentage with a buying
   * prompt opening the line or a clause of it ("Get 50% off", "... - shop the sale").
   */
  static boolean advertisement(String line) {
    if (line.length() > AD_MAX || endsSentence(line) || !pricedOrShared(line)) {
      return false;
    }
    if (SHOP_PRICE.matcher(line).find()) {
      return true;
    }
    if (!PRICE_OR_SHARE.matcher(line).find()) {
      return false;
    }
    if (BUYING.contains(FIRST_WORD_END.split(line, 2)[0].toLowerCase(Locale.ROOT))) {
      return true;
    }
    Matcher inner = INNER_PROMPT.matcher(line);
    while (inner.find()) {
      if (BUYING.contains(inner.group(1).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** A date in brackets closing a link to another story: "(12 Mar)", "(3 February 2025)". */
  private static final Pattern DATED = Pattern.compile("\\s*\\(\\d{1,2}\\s+\\p{L}{3,9}(?:\\s+\\d{4})?\\)$");
  private static final Pattern HEADING = Pattern.compile("^\\p{Lu}[\\p{L}'’-]*(?:\\s+[\\p{L}'’&-]+){0,3}:?$");
  /** Longest line read as a headline of another story, in words. */
  private static final int HEADLINE_WORDS = 14;

  /**
   * Marks, in {@code drop}, a heading of up to four words with no figure ("More stories", "Popular now", "Read more:") followed by
   * two or more headlines: lines that start with a capital (after a list number, if any), end no sentence and no
   * figure, hold no colon and have a verb ("Council tax to rise by 5%"). A list of the story's own figures ("Deaths
   * 45", "Homes destroyed 300", "- $3.1 million for roads") ends in its figure or has no verb.
   */
  static void headlineLists(String[] lines, boolean[] drop) {
    for (int i = 0; i < lines.length; i++) {
      String h = lines[i].strip();
      if (!HEADING.matcher(h).matches()) { // a heading that is furniture itself ("Trending") heads a list too
        continue;
      }
      boolean stories = STORY_LISTS.contains(h.toLowerCase(Locale.ROOT).replace(":", "").strip()); // "Trending"
      int run = 0;
      int last = i;
      for (int j = i + 1; j < lines.length; j++) {
        String l = lines[j].strip();
        if (l.isEmpty()) {
          continue;
        }
        if (!headline(l, stories)) {
          break;
        }
        run++;
        last = j;
      }
      if (run >= 2) {
        for (int k = i; k <= last; k++) {
          drop[k] = true;
        }
        i = last;
      }
    }
  }

  /** Headings of a list of other stories ({@code pages/story-lists.tsv}). */
  private static final Set<String> STORY_LISTS = Lexicon.load("pages/story-lists.tsv").terms("stories");

  /**
   * A headline of another story: a capital first and a verb ("Council tax to rise by 5%"); under a heading of other
   * stories ({@code listed}) a number may open it and no verb is asked for ("2 dead after storm hits coast").
   */
  private static boolean headline(String numbered, boolean listed) {
    Matcher item = NUMBERED.matcher(numbered);
    String line = item.lookingAt() ? numbered.substring(item.end() - 1).strip() : numbered; // "2 Plans for 600 homes"
    line = DATED.matcher(line).replaceFirst(""); // "Seaway Lines posts record loss (12 Mar)": the link's date
    int colon = line.indexOf(':');
    if (line.isEmpty() || !(Character.isUpperCase(line.charAt(0)) || listed && Character.isDigit(line.charAt(0)))
        || endsSentence(line)
        || colon >= 0 && line.substring(colon + 1).strip().split("\\s+").length < 3) {
      return false; // "Deaths: 45" is a label and its figure; "Port strike: 5 things to know" a headline
    }
    java.util.List<Token> toks = Token.of(line);
    if (toks.size() > HEADLINE_WORDS + 4 || toks.stream().filter(Token::isWord).count() > HEADLINE_WORDS) {
      return false;
    }
    if (Character.isDigit(toks.get(toks.size() - 1).text().charAt(0))) {
      return false; // "Homes destroyed 300": a label and its figure, the story's own
    }
    if (listed) {
      return true;
    }
    String[] tags = PosTagger.tags(line, toks);
    for (int k = 0; k < tags.length; k++) {
      boolean participle = k > 0 && "NOUN".equals(tags[k - 1]) && (toks.get(k).lower().endsWith("ed")
          || VerbMeasure.isIrregularParticiple(toks.get(k).lower())); // "boats damaged", "ship stuck"
      if ("VERB".equals(tags[k]) || participle) {
        return true;
      }
    }
    return false;
  }

  /** Whether the line ends as a sentence does (a stop, a question or exclamation mark, a closing quote). */
  private static boolean endsSentence(String line) {
    if (line.isEmpty()) {
      return false;
    }
    char c = line.charAt(line.length() - 1);
    return c == '.' || c == '!' || c == '?' || c == '"' || c == '”';
  }

  /** A currency sign or a percentage anywhere: the cheap test before the advertisement patterns. */
  private static boolean pricedOrShared(String line) {
    for (int k = 0; k < line.length(); k++) {
      char c = line.charAt(k);
      if (c == '$' || c == '€' || c == '£' || c == '¥' || c == '%') {
        return true;
      }
    }
    return line.contains("percent") || line.contains("per cent");
  }

  /** The number a line of a numbered list starts with, or -1. */
  static int numberedItem(String line) {
    if (line.isEmpty() || !Character.isDigit(line.charAt(0))) {
      return -1;
    }
    Matcher m = NUMBERED.matcher(line);
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }

  /**
   * Marks, in {@code drop}, every run of three or more lines (by their index in {@code lines}, blank lines between
   * them allowed) numbered 1, 2, 3... in order where no item ends a sentence: headlines of other stories.
   */
  static void numberedLists(String[] lines, boolean[] drop) {
    int i = 0;
    while (i < lines.length) {
      if (numberedItem(lines[i].strip()) != 1) {
        i++;
        continue;
      }
      int expect = 1;
      int j = i;
      int last = i;
      boolean headlines = true;
      while (j < lines.length) {
        String l = lines[j].strip();
        if (l.isEmpty()) {
          j++;
          continue;
        }
        if (numberedItem(l) != expect) {
          break;
        }
        headlines &= !endsSentence(l);
        expect++;
        last = j;
        j++;
      }
      if (expect - 1 >= 3 && headlines) {
        for (int k = i; k <= last; k++) {
          drop[k] = true;
        }
      }
      i = last + 1;
    }
  }
}
