package io.claimwire.ingest.feed;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One feed to poll: its URL, how often, and the outlet name its articles carry (the feed's title when null). */
public record FeedSpec(URI url, Duration interval, String outlet) {
  public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(5);
  public static final Duration MIN_INTERVAL = Duration.ofSeconds(1);
  private static final Pattern INTERVAL = Pattern.compile("(\\d+)(s|m|h)");

  public FeedSpec {
    if (interval.compareTo(MIN_INTERVAL) < 0) {
      throw new IllegalArgumentException("poll interval must be at least " + MIN_INTERVAL.toSeconds() + " s, got " + interval);
    }
  }

  /** A feed given by URL alone, polled at the default interval. */
  public static FeedSpec of(String url) {
    return new FeedSpec(parseUrl(url), DEFAULT_INTERVAL, null);
  }

  /**
   * A feeds file: one feed per line, {@code URL [INTERVAL] [OUTLET NAME...]}, where INTERVAL is like 30s, 5m or 1h
   * (default 5m); blank lines and {@code #} comments are skipped. Errors name the file and line.
   */
  public static List<FeedSpec> parse(Path file) throws IOException {
    List<FeedSpec> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      int hash = line.indexOf('#');
      line = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (line.isEmpty()) {
        continue;
      }
      try {
        out.add(parseLine(line));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ":" + (n + 1) + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  static FeedSpec parseLine(String line) {
    String[] parts = line.split("\\s+");
    URI url = parseUrl(parts[0]);
    Duration interval = DEFAULT_INTERVAL;
    int next = 1;
    if (parts.length > 1) {
      Matcher m = INTERVAL.matcher(parts[1].toLowerCase(Locale.ROOT));
      if (m.matches()) {
        long v = Long.parseLong(m.group(1));
        interval = switch (m.group(2)) {
          case "s" -> Duration.ofSeconds(v);
          case "m" -> Duration.ofMinutes(v);
          default -> Duration.ofHours(v);
        };
        next = 2;
      }
    }
    String outlet = next < parts.length ? String.join(" ", java.util.Arrays.copyOfRange(parts, next, parts.length)) : null;
    return new FeedSpec(url, interval, outlet);
  }

  private static URI parseUrl(String s) {
    URI u;
    try {
      u = URI.create(s.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a URL: '" + s + "'");
    }
    String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
      throw new IllegalArgumentException("a feed must be an http or https URL, got '" + s + "'");
    }
    return u;
  }
}
