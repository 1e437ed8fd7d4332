package io.claimwire.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The two fast scans give exactly what the slow forms they replaced give: {@link Gates} what each gate's own
 * {@link Gate#worthTrying} says, and {@link Places#names} what one regular expression over every place name finds.
 */
class GatesAndPlaceNamesTest {
  private static final String[] PIECES = ("the a of in on to said Tuesday March Marrow May may Sept 2024 19 3.5 10:30 "
      + "9 am 0800 555-0199 + # 4th 1990s years old aged per last week New York Newark York-based Georgia Georgian "
      + "Washington-based ex-Texas .Texas Texas's Ukraine's intelligence UK U.S. Scotland Émile Zürich – — ( ) , ."
      + " ; : \" ? ! São Paulo Sri Lanka Lanka South Sudan Sudan- SUDAN").split(" ");

  private static String text(Random r, int length) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) {
      sb.append(i == 0 || r.nextInt(6) == 0 ? "" : " ").append(PIECES[r.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }

  @Test
  void gatesOpenExactlyWhereEachGateWouldTry() {
    Predicate<String> shared = s -> s.indexOf('M') >= 0;
    Gate[] gates = {
        Gate.words(Pattern.compile("x"), "said", "week"),
        Gate.when(Pattern.compile("x"), shared),
        Gate.words(Pattern.compile("x"), "march", "may", "sept"),
        Gate.when(Pattern.compile("x"), s -> Gate.digitFollowedBy(s, ":")),
        Gate.when(Pattern.compile("x"), shared),
        Gate.words(Pattern.compile("x"), "years", "old", "aged", "said"),
        Gate.when(Pattern.compile("x"), NotFigures::namesAMonth),
        Gate.when(Pattern.compile("x"), Gate::leadingZero),
    };
    Gates together = new Gates(gates);
    Random r = new Random(20261206L);
    for (int i = 0; i < 5_000; i++) {
      String s = text(r, r.nextInt(25));
      boolean[] open = together.worthTrying(s, Gate.words(s));
      for (int g = 0; g < gates.length; g++) {
        assertThat(open[g]).as("gate %d on %s", g, s).isEqualTo(gates[g].worthTrying(s, Gate.words(s)));
      }
    }
  }

  @Test
  void placeNamesAreWhatOneExpressionOverEveryNameFinds() {
    List<String> names = Lexicon.entries("places.tsv").stream().map(e -> e[0])
        .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    StringBuilder alt = new StringBuilder();
    for (String n : names) {
      alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(n));
    }
    Pattern reference = Pattern.compile("(?<![\\p{L}.-])(?=\\p{Lu})(?:" + alt + ")(?![\\p{L}-])");
    Random r = new Random(20261207L);
    for (int i = 0; i < 5_000; i++) {
      String s = text(r, r.nextInt(25));
      if (r.nextBoolean()) {
        s = s + " " + names.get(r.nextInt(names.size())) + (r.nextBoolean() ? "" : PIECES[r.nextInt(PIECES.length)]);
      }
      List<Places.Named> expected = new ArrayList<>();
      Matcher m = reference.matcher(s);
      while (m.find()) {
        expected.add(new Places.Named(m.group(), m.start(), m.end()));
      }
      assertThat(Places.names(s)).as(s).isEqualTo(expected);
    }
  }

  @Test
  void aWholeLineIsAPlaceOnlyWhenItIsOneName() {
    assertThat(Places.whole("  New York ")).isEqualTo("New York");
    assertThat(Places.whole("New York City Council")).isNull();
    assertThat(Places.whole("new york")).isNull();
    assertThat(Places.whole("")).isNull();
  }
}
