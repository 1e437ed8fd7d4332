package io.claimwire.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Stories of our own, unrelated but alike in what they count (death tolls, people evacuated, arrests), told by
 * several outlets in their own words and interleaved as a feed would: no story the index builds mixes two of them,
 * and each is mostly kept together.
 */
class StoryIndexTest {
  private static final String[] PLACES = {"Marrow County", "Kestrel Bay", "Hollin Ridge", "Saltmarsh", "Pellam",
      "Ferriby Cross", "Upper Wick", "Calder Fen", "Brackwater", "Thornleigh", "Gansey Point", "Ludmere", "Oxcombe",
      "Ravensholt", "Swale End", "Tarrow"};
  private static final String[] PEOPLE = {"Ana Ruiz", "Tomas Hale", "Ida Brandt", "Olu Achebe", "Mara Quist",
      "Ben Oyelaran", "Lena Vos", "Pavel Novak", "Ruth Kagame", "Emil Sato", "Nora Linde", "Kofi Mensah",
      "Sofia Dahl", "Jun Park", "Amir Haddad", "Elsa Berg"};
  private static final String[] EVENTS = {"flood", "wildfire", "storm", "landslide", "factory fire", "earthquake",
      "rail crash", "building collapse", "ferry accident", "chemical spill", "riot", "heatwave", "dam failure",
      "mine collapse", "bus crash", "gas explosion"};
  private static final String[] TITLES = {"Mayor", "Governor", "Police Commissioner", "Fire Chief", "Health Minister"};
  private static final String[] OPENERS = {"Emergency crews worked through the night after the", "Residents described chaos as the",
      "Authorities opened an inquiry into the", "Volunteers arrived with food and blankets after the",
      "Questions mounted over warnings before the"};

  record Item(int story, String title, String text, Instant at) {}

  private static List<Item> stream(long seed, int stories, int perStory, Duration span) {
    Random r = new Random(seed);
    List<Item> items = new ArrayList<>();
    Instant start = Instant.parse("2026-03-02T06:00:00Z");
    for (int s = 0; s < stories; s++) {
      String place = PLACES[s % PLACES.length];
      String person = TITLES[r.nextInt(TITLES.length)] + " " + PEOPLE[s % PEOPLE.length];
      String event = EVENTS[s % EVENTS.length];
      Instant begins = start.plus(Duration.ofMinutes(r.nextInt((int) Math.max(1, span.toMinutes()))));
      for (int k = 0; k < perStory; k++) {
        Instant at = begins.plus(Duration.ofMinutes(r.nextInt(3 * 24 * 60)));
        int toll = 10 + s * 7 + k;
        String text = OPENERS[r.nextInt(OPENERS.length)] + " " + event + " in " + place + ". At least " + toll
            + " people were killed and " + (200 + 40 * s) + " residents were evacuated, " + person + " said. Police said "
            + (3 + s) + " people had been arrested. " + (r.nextBoolean() ? "The " + event + " in " + place
            + " is the worst in a decade, according to " + person + "." : "Schools near " + place + " stayed closed.");
        String title = (r.nextBoolean() ? place + " " + event + ": " : cap(event) + " in " + place + ": ") + toll + " dead";
        items.add(new Item(s, title, text, at));
      }
    }
    items.sort((a, b) -> a.at().compareTo(b.at()));
    return items;
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  @Test
  void unrelatedStoriesThatCountTheSameThingsNeverMixAndStayTogether() {
    List<Item> items = stream(20261206L, 16, 12, Duration.ofDays(2));
    StoryIndex index = StoryIndex.withDefaults();
    Map<String, Set<Integer>> truthOf = new HashMap<>();
    Map<Integer, Map<String, Integer>> clustersOf = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Item it = items.get(i);
      String story = index.assign("a" + i, it.title(), it.text(), it.at()).storyId();
      truthOf.computeIfAbsent(story, k -> new HashSet<>()).add(it.story());
      clustersOf.computeIfAbsent(it.story(), k -> new HashMap<>()).merge(story, 1, Integer::sum);
    }
    assertThat(truthOf.values()).as("no story mixes two").allSatisfy(t -> assertThat(t).hasSize(1));
    for (Map.Entry<Integer, Map<String, Integer>> e : clustersOf.entrySet()) {
      int largest = e.getValue().values().stream().mapToInt(Integer::intValue).max().orElse(0);
      assertThat(largest).as("story %d kept together", e.getKey()).isGreaterThanOrEqualTo(10); // of 12
    }
  }

  @Test
  void theShortlistPicksWhatComparingEveryCandidateExactlyPicks() {
    List<Item> items = stream(7L, 40, 10, Duration.ofDays(6));
    StoryIndex quick = StoryIndex.withDefaults();
    StoryIndex exact = new StoryIndex(Duration.ofDays(7), 0.25, Integer.MAX_VALUE);
    int same = 0;
    for (int i = 0; i < items.size(); i++) {
      Item it = items.get(i);
      String a = quick.assign("a" + i, it.title(), it.text(), it.at()).storyId();
      String b = exact.assign("a" + i, it.title(), it.text(), it.at()).storyId();
      same += a.equals(b) ? 1 : 0;
    }
    assertThat(same).as("same story for every article").isEqualTo(items.size());
  }

  @Test
  void aStoryWithNoNewArticleForTheWindowCloses() {
    StoryIndex index = new StoryIndex(Duration.ofDays(1), 0.25);
    Instant t = Instant.parse("2026-03-02T06:00:00Z");
    String text = "At least 40 people were killed in the flood in Marrow County, Mayor Ana Ruiz said.";
    String first = index.assign("a1", "Marrow County flood", text, t).storyId();
    assertThat(index.assign("a2", "Marrow County flood", text, t.plusSeconds(3_600)).storyId()).isEqualTo(first);
    index.assign("other", "Kestrel Bay storm", "A storm hit Kestrel Bay, Governor Lena Vos said.", t.plus(Duration.ofDays(3)));
    StoryIndex.Assignment later = index.assign("a3", "Marrow County flood", text, t.plus(Duration.ofDays(3)));
    assertThat(later.opened()).isTrue();
    assertThat(later.storyId()).isNotEqualTo(first);
  }

  @Test
  void stateStaysBoundedWhateverTheHistory() {
    StoryIndex index = new StoryIndex(Duration.ofDays(1), 0.25);
    Random r = new Random(7);
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    long at10k = 0;
    int openAt10k = 0;
    int day = 1_440; // articles a day; both counts are read at the same time of day
    long atEnd = 0;
    int openAtEnd = 0;
    for (int i = 0; i < 69 * day; i++) {
      t = t.plusSeconds(60); // 1,440 articles a day
      int story = r.nextInt(400) + (i / 1_440) * 400; // every day new stories, none lasts beyond its day
      String name = "Port " + MadeUpNames.of(story) + "ville";
      index.assign("a" + i, name + " fire", "A fire in " + name + " killed " + (story % 90 + 3) + " people, chief "
          + "Officer " + MadeUpNames.of(story * 7 + 3) + "son told reporters.", t);
      if (i == 7 * day) {
        at10k = index.postingEntries();
        openAt10k = index.openStories();
      }
    }
    atEnd = index.postingEntries();
    openAtEnd = index.openStories();
    // 99,360 articles against 10,080: the same within 15 %
    assertThat(openAtEnd).isBetween((int) (openAt10k * 0.85), (int) (openAt10k * 1.15));
    assertThat(atEnd).isBetween((long) (at10k * 0.85), (long) (at10k * 1.15));
  }

  /** The five seed articles (one story, five outlets) and the forty dev articles (others), where they are. */
  @Test
  void theSeedsAreOneStoryThatNoDevArticleJoins() throws java.io.IOException {
    java.nio.file.Path shared = null;
    for (java.nio.file.Path dir = java.nio.file.Path.of("").toAbsolutePath(); dir != null && shared == null; dir = dir.getParent()) {
      java.nio.file.Path s = dir.resolveSibling("shared");
      shared = java.nio.file.Files.isDirectory(s.resolve("seeds")) && java.nio.file.Files.isDirectory(s.resolve("dev/articles")) ? s : null;
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(shared != null, "no ../shared beside the repository");
    StoryIndex index = StoryIndex.withDefaults();
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    Set<String> seedStories = new HashSet<>();
    Map<String, String> devStories = new HashMap<>();
    for (String dir : List.of("seeds", "dev/articles")) {
      List<java.nio.file.Path> files;
      try (var list = java.nio.file.Files.list(shared.resolve(dir))) {
        files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      }
      for (java.nio.file.Path p : files) {
        String text = java.nio.file.Files.readString(p);
        String title = text.lines().filter(l -> !l.isBlank() && !l.contains(":")).findFirst().orElse("");
        String story = index.assign(p.getFileName().toString(), title, text, t).storyId();
        if (dir.equals("seeds")) {
          seedStories.add(story);
        } else {
          devStories.put(p.getFileName().toString(), story);
        }
      }
    }
    assertThat(seedStories).hasSize(1);
    assertThat(devStories.values()).doesNotContainAnyElementsOf(seedStories);
  }

  @Test
  void badSettingsAreRefused() {
    assertThatThrownBy(() -> new StoryIndex(Duration.ZERO, 0.2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StoryIndex(Duration.ofDays(1), 1.5)).isInstanceOf(IllegalArgumentException.class);
  }
}
