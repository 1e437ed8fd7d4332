package io.claimwire.enrich.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Strips what scrapers leave around an article's body: bylines, reading times, share and subscribe prompts,
 * visitor counters, trailing comment boxes, ads and link lists; what {@link PageFurniture} tells by its shape. Keeps paragraphs, joined by blank lines, so
 * evidence offsets point into a stable text.
 */
public final class TextCleaner {
  private static final Pattern BYLINE = Pattern.compile("(?i)^(?:(?:posted|written|reported|published|words|photos?)\\s+)?by\\s+"
      + "\\p{Lu}[\\p{L}.'’-]*(\\s+(\\p{Lu}[\\p{L}.'’-]*|and|&)){0,5}(?:\\s+(?:at|on)\\s+\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?)?\\s*(,.*)?$");
  private static final Pattern READING_TIME = Pattern.compile(
      "(?i)^(?:(?:reading|read) time\\s*:?\\s*)?\\d+\\s*(min|mins|minute|minutes)\\.?\\s*(read|reading)?$");
  private static final Pattern COUNTER = Pattern.compile("(?i)^[\\p{L} ]{1,24}\\s*:\\s*[\\d,. ]+$");
  private static final Pattern PROMPT = Pattern.compile(
      "(?i)^(share( this( article| story| post)?)?|tweet|print|email|advertisement|ad|sponsored|related( articles| stories| posts)?"
          + "|read more|see also|most read|trending|comments?|\\d+ comments?|visitors|follow us.*|listen to (this|the) article.*"
          + "|(share|shares|likes?|views?|comments?)\\s*\\(?[\\d.,]+\\s*[km]?\\)?|[\\d.,]+\\s*[km]?\\s+(shares|likes|views|comments)"
          + "|(sign up|subscribe)\\b.{0,80}|click here.{0,80})[.:!]?$");
  private static final Pattern PROMO = Pattern.compile(
      "(?i)\\b(download (the|our) .{0,40}app|subscribe to (our|the)|sign up for (our|the)|catch all the .{0,60}news"
          + "|follow us on|all rights reserved|cookie (policy|settings)|newsletter)\\b");
  /** A line from which the rest of the page is furniture (comment box, visitor counter, product ads). */
  private static final Pattern TERMINATOR = Pattern.compile(
      "(?i)^(leave a (reply|comment)|share this article|visitors|related (articles|posts|stories)|you may also like"
          + "|more from .{1,40}|recommended( for you)?|about the author|comments)[.:!]?$");
  /** A caption or a link to another story: its figures belong to a picture or another article. */
  private static final Pattern ASIDE = Pattern.compile(
      "(?i)^((image|photo|picture|video|media) (caption|source|credit)\\s*,|(?:(image|photo|picture|video|media) "
          + "(caption|source|credit)|caption|photo|picture|image|read more|read also|also read|see also|related"
          + "|more on this story|watch|listen|sponsored|advertisement|promoted|paid content|partner content|ad"
          + "|about the author|about the writer|author bio|correction|clarification)"
          + "\\s*(?::|\\||\\s[-–—]\\s)).{0,200}$"); // "Image caption, Crews ..."
  private static final Pattern DATELINE = Pattern.compile("(?i)^\\s*(date|published|updated|posted)\\s*:?\\s*\\d{4}-\\d{2}-\\d{2}.{0,40}$");
  /** Longer lines are prose: no byline, counter, prompt, dateline or promotion pattern here matches one. */
  private static final int FURNITURE_MAX = 200;
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?\"”]$");
  private static final Pattern CODE_TOKEN = Pattern.compile("\\p{L}+\\.?\\d|\\d\\p{L}{2,}");

  /** Cleans an article body (the headline already removed) into paragraphs separated by blank lines. */
  public String clean(String body) {
    if (body == null) {
      return "";
    }
    String unix = body.indexOf('\r') < 0 ? body : body.replace("\r\n", "\n").replace('\r', '\n');
    String[] lines = unix.split("\n");
    List<String> kept = new ArrayList<>();
    int total = lines.length;
    boolean[] drop = new boolean[total];
    PageFurniture.numberedLists(lines, drop);
    PageFurniture.headlineLists(lines, drop);
    int keptAt = -2; // the raw line index of the last line kept
    for (int i = 0; i < total; i++) {
      String line = normaliseSpaces(lines[i]).strip();
      if (line.isEmpty()) {
        continue;
      }
      if (drop[i]) {
        if (line.length() <= FURNITURE_MAX && i >= total / 3 && TERMINATOR.matcher(line).matches()) {
          break; // "Share this article" closing a list of other stories: the rest of the page is furniture
        }
        continue;
      }
      if (keptAt == i - 1 && runsOn(kept.get(kept.size() - 1), line)) {
        kept.set(kept.size() - 1, kept.get(kept.size() - 1) + " " + line); // a hard break inside a sentence
        keptAt = i;
        continue;
      }
      if (line.length() <= FURNITURE_MAX && i >= total / 3 && TERMINATOR.matcher(line).matches()) {
        break;
      }
      if (isBoilerplate(line)) {
        continue;
      }
      kept.add(line);
      keptAt = i;
    }
    return String.join("\n\n", kept);
  }

  /** Words that never end a sentence or a heading ({@code pages/runs-on.tsv}). */
  private static final Lexicon RUNS_ON = Lexicon.load("pages/runs-on.tsv");
  /** A numbered list item's start ("1. ", "2) "). */
  private static final Pattern LIST_NUMBER = Pattern.compile("\\d{1,3}[.)]\\s");

  /**
   * Whether a line runs on into the one right below it: it ends mid-sentence (a letter, a digit or a comma) and the
   * next starts with a lower-case letter ("around 45 million people are" / "currently facing starvation"); or it
   * ends with a word that never ends a sentence and the next starts with a letter or a digit that numbers no list
   * item ("bringing the total to" / "339 million in 68 countries", "according to the" / "Red Cross").
   */
  private static boolean runsOn(String line, String next) {
    char end = line.charAt(line.length() - 1);
    if (Character.isLowerCase(next.charAt(0)) && (Character.isLetterOrDigit(end) || end == ',')) {
      return true;
    }
    if (!Character.isLowerCase(end) || !Character.isLetterOrDigit(next.charAt(0))
        || LIST_NUMBER.matcher(next).lookingAt()) {
      return false;
    }
    int start = line.length() - 1;
    while (start > 0 && Character.isLetter(line.charAt(start - 1))) {
      start--;
    }
    return (start == 0 || line.charAt(start - 1) == ' ') && RUNS_ON.classOf(line.substring(start)) != null;
  }

  boolean isBoilerplate(String line) {
    if (line.length() > FURNITURE_MAX) {
      return false; // a paragraph of prose: every pattern here is for short lines of page furniture
    }
    if (line.length() < 80 && BYLINE.matcher(line).matches() || READING_TIME.matcher(line).matches()
        || COUNTER.matcher(line).matches() || PROMPT.matcher(line).matches() || DATELINE.matcher(line).matches()
        || ASIDE.matcher(line).matches()) {
      return true;
    }
    if (line.length() < 200 && PROMO.matcher(line).find()) {
      return true;
    }
    if (PageFurniture.relativeTime(line) || PageFurniture.counter(line) || PageFurniture.advertisement(line)
        || PageFurniture.engagementLine(line) || PageFurniture.tickerLine(line) || PageFurniture.widgetFigures(line)
        || PageFurniture.widgetLine(line, this::isBoilerplate) || PageFurniture.navigationLine(line)) {
      return true;
    }
    // Short fragments full of product codes ("Ti Gr.23(Ti-Al-V)") are ads or link lists, not prose.
    if (line.length() < 60 && !SENTENCE_END.matcher(line).find() && CODE_TOKEN.matcher(line).find()
        && Gate.WHITESPACE.split(line.toLowerCase(Locale.ROOT)).length <= 6) {
      return true;
    }
    return false;
  }

  /** No-break, thin and narrow no-break spaces and tabs as plain spaces (one pass; the string itself when none). */
  static String normaliseSpaces(String s) {
    char[] out = null;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c == '\u00a0' || c == '\u2009' || c == '\u202f' || c == '\t') {
        if (out == null) {
          out = s.toCharArray();
        }
        out[i] = ' ';
      }
    }
    return out == null ? s : new String(out);
  }
}
