package io.claimwire.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a dedup fixture archive (NDJSON in the replay format) and its gold file (the format of
 * {@code score_dedup.py}) from a seed: invented local-news stories in our own words, and every case the sequencer
 * must tell apart. Each story has an original; then, at random, exact copies on other outlets, syndicated copies
 * (another headline, byline, editor's note, footer, a trimmed sentence, curly quotes, re-wrapped lines), re-crawls
 * of the same URL (identical, differing only in a counter or the page's time stamp, or through a tracking link),
 * updates (a revised figure and an added paragraph,
 * then copies of the update), a distinct article on the same story by another outlet with the same figures, and
 * copies that claim an earlier publication time than the original but come later in the archive.
 *
 * <p>{@code main(dir, seed, stories)} writes {@code dedup-archive.ndjson} and {@code dedup-gold.json}.
 */
final class DedupArchive {
  record Line(Map<String, Object> record, String expect, Integer ofLine, String note) {}

  private static final String[] PLACES = {"Marrow County", "Kestrel Bay", "the Dene valley", "Orm", "Hollin Ridge",
      "Saltmarsh", "Pellam", "Ferriby Cross", "Upper Wick", "Calder Fen", "Brackwater", "Thornleigh", "Gansey Point",
      "Ludmere", "Oxcombe", "Ravensholt", "Swale End", "Tarrow", "Winsett", "Yelland"};
  private static final String[] OUTLETS = {"Harbour Post", "Valley Herald", "Northern Courier", "Metro Daily",
      "Coast Wire", "Evening Ledger", "County Times", "Riverside Gazette", "Plains Observer", "Island Echo"};
  private static final String[] EVENTS = {"flood", "wildfire", "bus strike", "water main failure", "landslide",
      "factory fire", "power outage", "storm", "hospital strike", "bridge closure", "heatwave", "rail derailment"};
  private static final String[] PEOPLE = {"Mayor Ana Ruiz", "Chief Officer Tomas Hale", "Commissioner Ida Brandt",
      "Director Olu Achebe", "Superintendent Mara Quist", "Councillor Ben Oyelaran", "Captain Lena Vos",
      "Minister Pavel Novak", "Spokeswoman Ruth Kagame", "Warden Emil Sato"};
  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  private static final String[] GROUPS = {"residents", "workers", "pupils", "patients", "commuters", "households",
      "families", "volunteers", "farmers", "shop owners"};
  private static final String[] THINGS = {"homes", "roads", "schools", "bridges", "bus routes", "clinics",
      "warehouses", "fields", "substations", "water pumps"};

  private final Random random;
  private final List<Line> lines = new ArrayList<>();
  private Instant clock = Instant.parse("2026-05-04T06:00:00Z");

  DedupArchive(long seed) {
    this.random = new Random(seed);
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }

  /** A story's facts; two articles on it share these and nothing else. */
  private record Story(int id, String event, String place, String person, String day, String group, String thing,
      int people, int things, int crews) {}

  private Story story(int id) {
    return new Story(id, pick(EVENTS), pick(PLACES), pick(PEOPLE), pick(DAYS), pick(GROUPS), pick(THINGS),
        50 * (2 + random.nextInt(400)), 3 + random.nextInt(90), 4 + random.nextInt(60));
  }

  /** One outlet's telling: {@code style} 0 and 1 share no sentence pattern, so they share facts but not prose. */
  private List<String> tell(Story s, int style, int people) {
    List<String> p = new ArrayList<>();
    String filler = "The " + s.event() + " in " + s.place() + " (story " + s.id() + ")";
    if (style == 0) {
      p.add(String.format("At least %,d %s were moved out of %s on %s after the %s, %s said.", people, s.group(),
          s.place(), s.day(), s.event(), s.person()));
      p.add(String.format("Crews from %d stations worked through the night, and %d %s were reported damaged by "
          + "early morning.", s.crews(), s.things(), s.thing()));
      p.add(String.format("\"We made the call early and we would make it again,\" %s told reporters outside the "
          + "town hall, adding that shelters in %s had room for everyone.", s.person(), s.place()));
      p.add(String.format("Officials expect the clean-up to take weeks; insurers have begun sending assessors to "
          + "the worst-hit streets of %s.", s.place()));
      p.add(String.format("%s is the largest emergency the district has faced since its records began, according "
          + "to the regional archive office.", filler));
      p.add(String.format("Neighbours shared food and blankets while volunteers knocked on doors to check on older "
          + "people living alone in %s.", s.place()));
    } else {
      p.add(String.format("%s confirmed on %s that the number of %s evacuated because of the %s had passed %,d.",
          s.person(), s.day(), s.group(), s.event(), people));
      p.add(String.format("Damage assessors counted %d %s hit so far, while %d crews remained on duty across %s.",
          s.things(), s.thing(), s.crews(), s.place()));
      p.add(String.format("Several of those who left said they had only minutes to gather documents, medicine and "
          + "pets before police closed the approach roads to %s.", s.place()));
      p.add(String.format("A temporary centre run by charities near the %s station offered hot meals, phone "
          + "chargers and legal advice.", s.place()));
      p.add(String.format("Local businesses in %s warned that a long closure could cost them a season of trade, "
          + "and asked for emergency grants. (Ref %d)", s.place(), s.id()));
      p.add(String.format("Forecasters gave no firm date for when conditions in %s would return to normal.",
          s.place()));
    }
    return p;
  }

  private int add(String id, String url, String outlet, String title, String text, Instant published,
      String expect, Integer ofLine, String note) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", id);
    r.put("url", url);
    r.put("outlet", outlet);
    r.put("title", title);
    r.put("text", text);
    r.put("publishedAt", published.toString());
    lines.add(new Line(r, expect, ofLine, note));
    return lines.size();
  }

  private Instant tick() {
    clock = clock.plus(7 + random.nextInt(50), ChronoUnit.MINUTES);
    return clock;
  }

  private static String body(List<String> paragraphs) {
    return String.join("\n\n", paragraphs);
  }

  /** The syndicated form: byline, note, trimmed sentence, curly quotes, re-wrapped lines, footer. */
  private String syndicate(List<String> paragraphs, String from) {
    List<String> p = new ArrayList<>(paragraphs);
    p.remove(3 + random.nextInt(p.size() - 3));
    StringBuilder b = new StringBuilder("By " + pick(new String[] {"Wire Staff", "Agency Reporters", "Desk Team"})
        + "\n\nEditor's note: this report first appeared in the " + from + ".\n\n");
    for (String para : p) {
      String curly = para.replaceFirst("\"", "\u201c").replaceFirst("\"", "\u201d");
      b.append(rewrap(curly, 60 + random.nextInt(30))).append("\n\n");
    }
    b.append("Share this article\n\nCopyright belongs to the original publisher.");
    return b.toString();
  }

  private static String rewrap(String para, int width) {
    StringBuilder out = new StringBuilder();
    int col = 0;
    for (String w : para.split(" ")) {
      if (col > 0 && col + w.length() > width) {
        out.append('\n');
        col = 0;
      } else if (col > 0) {
        out.append(' ');
        col++;
      }
      out.append(w);
      col += w.length();
    }
    return out.toString();
  }

  DedupArchive generate(int stories) {
    for (int n = 1; n <= stories; n++) {
      Story s = story(n);
      String outlet = OUTLETS[n % OUTLETS.length];
      String url = "https://" + outlet.toLowerCase().replace(' ', '-') + ".example/news/" + s.event().replace(' ', '-')
          + "-" + n;
      String title = "Thousands leave " + s.place() + " as " + s.event() + " spreads";
      List<String> text = tell(s, 0, s.people());
      Instant published = tick();
      int original = add("s" + n + "-orig", url, outlet, title, body(text) + "\n\n" + (3 + random.nextInt(40))
          + " comments", published, "original", null, "original");
      int latest = original;
      List<String> latestText = text;
      String latestOutlet = outlet;
      if (random.nextInt(100) < 35) {
        String other = OUTLETS[(n + 3) % OUTLETS.length];
        add("s" + n + "-exact", "https://" + other.toLowerCase().replace(' ', '-') + ".example/a/" + n, other,
            "Evacuation in " + s.place(), "By " + pick(PEOPLE) + "\n4 min read\n\n" + body(text)
                + "\n\nShare This Article", tick(), "duplicate", original, "exact copy on another outlet");
      }
      if (random.nextInt(100) < 45) {
        String other = OUTLETS[(n + 5) % OUTLETS.length];
        add("s" + n + "-synd", "https://" + other.toLowerCase().replace(' ', '-') + ".example/wire/" + n, other,
            s.place() + ": " + s.event() + " forces evacuation", syndicate(text, outlet), tick(), "duplicate",
            original, "syndicated copy");
      }
      if (random.nextInt(100) < 20) {
        add("s" + n + "-recrawl", url, outlet, title, body(text) + "\n\n" + (41 + random.nextInt(300))
            + " comments \u00b7 Viewed " + (1000 + random.nextInt(9000)) + " times", tick(), "duplicate", original,
            "re-crawl, only counters changed");
      }
      if (random.nextInt(100) < 15) {
        add("s" + n + "-same", url, outlet, title, body(text), tick(), "duplicate", original,
            "re-crawl, same text");
      }
      if (random.nextInt(100) < 12) {
        add("s" + n + "-stamp", url, outlet, title, body(text) + "\n\nUpdated " + (10 + random.nextInt(12)) + ":"
            + (10 + random.nextInt(50)) + " GMT, " + (1 + random.nextInt(28)) + " May 2026", tick(), "duplicate",
            original, "re-crawl, only the page's time stamp changed");
      }
      if (random.nextInt(100) < 12) {
        add("s" + n + "-utm", url + "?utm_source=newsletter&utm_medium=email", outlet, title, body(text), tick(),
            "duplicate", original, "re-crawl through a tracking link");
      }
      if (random.nextInt(100) < 30) {
        String other = OUTLETS[(n + 7) % OUTLETS.length];
        add("s" + n + "-own", "https://" + other.toLowerCase().replace(' ', '-') + ".example/local/" + n, other,
            s.place() + " evacuation passes " + s.people(), body(tell(s, 1, s.people())), tick(), "original",
            null, "distinct article on the same story with the same figures");
      }
      int updates = random.nextInt(100) < 30 ? 1 + random.nextInt(2) : 0;
      for (int u = 1; u <= updates; u++) {
        List<String> revised = tell(s, 0, s.people() + 100 * u + 50 * random.nextInt(5));
        revised = new ArrayList<>(revised);
        revised.add(String.format("Update %d: by %s evening the county had opened a further %d shelters and "
            + "asked %s from outside the area to stay away.", u, s.day(), 2 + u + random.nextInt(9), s.group()));
        latest = add("s" + n + "-upd" + u, url, outlet, title + " (updated)", body(revised), tick(), "update",
            null, "update " + u + ": revised figure and a new paragraph");
        latestText = revised;
        latestOutlet = outlet;
      }
      if (updates > 0 && random.nextInt(100) < 50) {
        String other = OUTLETS[(n + 2) % OUTLETS.length];
        add("s" + n + "-synd-upd", "https://" + other.toLowerCase().replace(' ', '-') + ".example/wire/u" + n,
            other, "Latest: " + s.place(), syndicate(latestText, latestOutlet), tick(), "duplicate", latest,
            "syndicated copy of the latest update");
      }
      if (random.nextInt(100) < 10) {
        String other = OUTLETS[(n + 9) % OUTLETS.length];
        add("s" + n + "-early", "https://" + other.toLowerCase().replace(' ', '-') + ".example/early/" + n, other,
            s.event() + " in " + s.place(), syndicate(text, outlet), published.minus(3, ChronoUnit.HOURS),
            "duplicate", original, "copy stamped earlier than the original, later in the archive");
      }
    }
    return this;
  }

  List<Line> lines() {
    return lines;
  }

  void write(Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    StringBuilder nd = new StringBuilder();
    List<Map<String, Object>> gold = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      nd.append(json.writeValueAsString(l.record())).append('\n');
      Map<String, Object> g = new LinkedHashMap<>();
      g.put("line", i + 1);
      g.put("expect", l.expect());
      g.put("of_line", l.ofLine());
      g.put("note", l.note());
      gold.add(g);
    }
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("dedup-archive.ndjson"), nd, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("dedup-gold.json"),
        json.writerWithDefaultPrettyPrinter().writeValueAsString(Map.of("records", gold)) + "\n",
        StandardCharsets.UTF_8);
  }

  public static void main(String[] args) throws IOException {
    new DedupArchive(Long.parseLong(args[1])).generate(Integer.parseInt(args[2])).write(Path.of(args[0]));
  }
}
