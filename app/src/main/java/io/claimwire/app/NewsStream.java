package io.claimwire.app;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A generated news stream for the end-to-end benchmark, from a seed: stories of 1 to 200 articles (most small, a few
 * large, as a week of news is) spread over simulated days, each article about 3 KB with 5 to 15 figure sentences
 * about its story (the story's place, event, people and figures, which drift as the story goes on) among prose
 * distinct from every other article's; 15 % of the records are syndicated copies of an earlier article on another
 * outlet and 5 % updates (the same URL and outlet, a revised figure and a new paragraph). Records come in publication
 * order, as a feed would give them. Same seed, same stream.
 */
public final class NewsStream {
  /** What a record is, for the benchmark's own accounting. */
  public enum Kind { ORIGINAL, COPY, UPDATE }

  /** One record: the fields of a replay NDJSON line. */
  public record Article(String id, String url, String outlet, String title, String text, Instant publishedAt, Kind kind) {}

  private static final String[] OUTLETS = {"Harbour Post", "Valley Herald", "Northern Courier", "Metro Daily",
      "Coast Wire", "Evening Ledger", "County Times", "Riverside Gazette", "Plains Observer", "Island Echo",
      "Capital Record", "Lakeside News", "Upland Sentinel", "Delta Tribune", "Frontier Bulletin", "Bay Chronicle"};
  private static final String[] EVENTS = {"flood", "wildfire", "storm", "landslide", "factory fire", "earthquake",
      "rail crash", "heatwave", "building collapse", "ferry accident", "power outage", "chemical spill"};
  private static final String[] GROUPS = {"residents", "workers", "pupils", "patients", "commuters", "households",
      "families", "volunteers", "farmers", "passengers", "tourists", "miners"};
  private static final String[] VERBS = {"were evacuated", "were injured", "were killed", "were rescued",
      "were displaced", "remain missing", "were treated in hospital", "were moved to shelters"};
  private static final String[] TITLES = {"Mayor", "Governor", "Fire Chief", "Police Commissioner", "Health Minister",
      "Interior Minister", "Spokeswoman", "Director"};
  private static final String[] SYLLABLES = ("ka to ri mel an sor vel dun pra ish om bel tre cas nor lim fa gu "
      + "zen hol pe rad mun sti quo ver ban").split(" ");
  private static final String[] FUNCTION_WORDS = ("the of and to in a that for on with as was by at from it is "
      + "said be has have are were its their an after over more this but not which who will had been would also "
      + "they than about into when").split(" ");
  private static final Instant START = Instant.parse("2026-01-05T06:00:00Z");

  private NewsStream() {}

  /** A story's facts: its articles share these, and its figures move from its base values as days pass. */
  private record Story(int id, String event, String place, String person, String group, int killed, int affected,
      double damage, Instant start, long spanMinutes, int size) {}

  /** {@code count} records from the seed, in publication order. */
  public static List<Article> generate(long seed, int count) {
    Random r = new Random(seed);
    int originals = Math.max(1, (int) Math.round(count * 0.80));
    long days = Math.max(7, count / 1_500);
    List<Article> out = new ArrayList<>(count + 200);
    int storyId = 0;
    while (out.size() < originals) {
      Story s = story(r, storyId++, days);
      for (int k = 0; k < s.size() && out.size() < originals; k++) {
        out.add(original(r, s, out.size()));
      }
    }
    out.sort(Comparator.comparing(Article::publishedAt));
    List<Article> stream = new ArrayList<>(count);
    int copies = (int) Math.round(count * 0.15);
    int updates = count - originals - copies;
    List<Article> extra = new ArrayList<>(copies + updates);
    for (int i = 0; i < copies + updates; i++) {
      Article of = out.get(r.nextInt(out.size()));
      extra.add(i < copies ? copy(r, of, i) : update(r, of, i));
    }
    stream.addAll(out);
    stream.addAll(extra);
    stream.sort(Comparator.comparing(Article::publishedAt));
    return stream.subList(0, Math.min(count, stream.size()));
  }

  private static Story story(Random r, int id, long days) {
    // sizes from 1 to 200, most small: a Pareto tail
    int size = (int) Math.min(200, Math.floor(Math.pow(1 - r.nextDouble(), -1 / 1.1)));
    Instant start = START.plus(Duration.ofMinutes((long) (r.nextDouble() * days * 1_440)));
    String place = cap(word(r, 2)) + " " + pick(r, new String[] {"County", "Valley", "Bay", "Falls", "Heights", "Point"});
    String person = pick(r, TITLES) + " " + cap(word(r, 2)) + " " + cap(word(r, 3));
    return new Story(id, pick(r, EVENTS), place, person, pick(r, GROUPS), 2 + r.nextInt(400), 100 + r.nextInt(50_000),
        1 + r.nextInt(90) + r.nextInt(10) / 10.0, start, 60L * (6 + r.nextInt(24 * 10)), Math.max(1, size));
  }

  private static Article original(Random r, Story s, int n) {
    Instant at = s.start().plus(Duration.ofMinutes((long) (r.nextDouble() * s.spanMinutes())));
    double drift = 1 + Duration.between(s.start(), at).toHours() / 48.0; // tolls grow as the story goes on
    String outlet = pick(r, OUTLETS);
    String slug = s.event().replace(' ', '-') + "-" + s.id() + "-" + n;
    String title = cap(s.event()) + " in " + s.place() + ": " + figure((int) (s.killed() * drift)) + " dead";
    return new Article("gen-" + n, "https://" + outlet.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example/" + slug,
        outlet, title, text(r, s, drift), at, Kind.ORIGINAL);
  }

  private static String text(Random r, Story s, double drift) {
    StringBuilder sb = new StringBuilder(3300);
    int figures = 5 + r.nextInt(11);
    int written = 0;
    while (sb.length() < 2900 || written < figures) {
      if (written < figures && (r.nextInt(3) == 0 || sb.length() > 2400)) {
        sb.append(figureSentence(r, s, drift));
        written++;
      } else {
        sb.append(prose(r));
      }
      sb.append(r.nextInt(4) == 0 ? "\n\n" : " ");
    }
    return sb.toString().strip();
  }

  private static String figureSentence(Random r, Story s, double drift) {
    int killed = (int) (s.killed() * drift * (0.9 + r.nextDouble() * 0.2));
    int affected = (int) (s.affected() * drift * (0.9 + r.nextDouble() * 0.2));
    return switch (r.nextInt(6)) {
      case 0 -> "At least " + figure(killed) + " people were killed in the " + s.event() + " in " + s.place() + ", "
          + s.person() + " said.";
      case 1 -> "According to the regional emergency office, " + figure(affected) + " " + s.group() + " "
          + pick(r, VERBS) + " in " + s.place() + ".";
      case 2 -> "The damage from the " + s.event() + " was estimated at $" + String.format(Locale.ROOT, "%.1f",
          s.damage() * drift) + " million, officials said.";
      case 3 -> "\"We have counted " + figure(affected / 10 + 1) + " " + s.group() + " in shelters,\" " + s.person()
          + " told reporters.";
      case 4 -> "Police said " + figure(2 + r.nextInt(40)) + " people had been arrested for looting in " + s.place() + ".";
      default -> "Some " + figure(affected / 3 + 1) + " homes were damaged and " + figure(killed * 3 + 1)
          + " people injured, the fire service said.";
    };
  }

  private static Article copy(Random r, Article of, int i) {
    String outlet = pick(r, OUTLETS);
    return new Article("gen-copy-" + i, "https://" + outlet.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example/wire/"
        + i, outlet, of.title(), of.text(), of.publishedAt().plus(Duration.ofMinutes(5 + r.nextInt(300))), Kind.COPY);
  }

  private static Article update(Random r, Article of, int i) {
    String text = of.text().replaceFirst("\\d+", Integer.toString(3 + r.nextInt(900)))
        + "\n\nThis article was updated with new figures from the authorities.";
    return new Article("gen-update-" + i, of.url(), of.outlet(), of.title(), text,
        of.publishedAt().plus(Duration.ofMinutes(30 + r.nextInt(600))), Kind.UPDATE);
  }

  private static String prose(Random r) {
    int words = 12 + r.nextInt(12);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      String w = r.nextInt(10) < 4 ? pick(r, FUNCTION_WORDS) : word(r, 3);
      sb.append(i == 0 ? cap(w) : " " + w);
    }
    return sb.append('.').toString();
  }

  private static String word(Random r, int syllables) {
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      w.append(pick(r, SYLLABLES));
    }
    return w.toString();
  }

  private static String figure(int n) {
    return n >= 1000 ? String.format(Locale.ROOT, "%,d", n) : Integer.toString(n);
  }

  private static String cap(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String pick(Random r, String[] from) {
    return from[r.nextInt(from.length)];
  }
}
