package io.claimwire.enrich.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line of a list that opens with a name and a colon ("Unity Party: 58 seats (41.2%)", "Red Lions: 12 medals"):
 * the name is who holds the count that names its own noun (the seats are the party's), unless the name is the line's
 * place ("Texas: 1,200 cases", which the place stages read); a percentage in brackets right after a count is that
 * count's share ("1,200 cases (12%)": a share of cases).
 */
final class ListLabels {
  private ListLabels() {}

  private static final Pattern LABEL = Pattern.compile(
      "^\\s*(?:[•▪►*>·◦-]\\s*)?(\\p{Lu}[\\p{L}'’&.-]*(?:\\s+\\p{Lu}[\\p{L}'’&.-]*){0,4})\\s*:\\s");
  /** Between a count and its share: the count's noun, then an opening bracket. */
  private static final Pattern SHARE_AFTER = Pattern.compile("^\\s*[\\p{L}-]*(?:\\s+[\\p{L}-]+)?\\s*\\(\\s*$");

  /** A name, not what a list counts ("Deaths: 45 people" measures deaths): no event or quantity word. */
  private static boolean isName(String label) {
    for (String w : Words.of(label.toLowerCase(Locale.ROOT))) {
      if (FigureExtractor.isEventWord(w) || QuantityNouns.isQuantity(w)) {
        return false;
      }
    }
    return true;
  }

  static void fill(String text, List<NumberMention> ms, List<Figure> figures) {
    Matcher m = LABEL.matcher(text);
    if (!m.lookingAt() || ms.isEmpty() || ms.get(0).start() < m.end()
        || !text.substring(m.end(), ms.get(0).start()).isBlank()) {
      return; // the label's figure right after the colon; "IDC: Smartphone shipments pass 300 million" is a headline
    }
    String label = m.group(1);
    for (int i = 0; i < figures.size(); i++) {
      Figure f = figures.get(i);
      if (i > 0 && "percent".equals(f.unit()) && figures.get(i - 1).unit() == null
          && SHARE_AFTER.matcher(text.substring(ms.get(i - 1).end(), ms.get(i).start())).matches()
          && figures.get(i - 1).measure() != null) {
        Figure count = figures.get(i - 1); // "1,200 cases (12%)": the share of the cases
        String noun = count.subject() != null && count.subject().equalsIgnoreCase(count.measure()) ? count.subject()
            : count.measure();
        figures.set(i, f.withMeasureAndSubject("share of " + noun.toLowerCase(Locale.ROOT), count.subject()));
        continue;
      }
      boolean place = f.location() != null && (label.contains(f.location()) || f.location().contains(label));
      if (f.unit() == null && f.subject() != null && !place) {
        if (f.subject().equalsIgnoreCase(f.measure())) {
          figures.set(i, f.withMeasureAndSubject(f.measure(), label)); // "Unity Party: 58 seats": the party's seats
        } else if (label.equalsIgnoreCase(f.measure()) && isName(label)) {
          figures.set(i, f.withMeasureAndSubject(f.subject().toLowerCase(Locale.ROOT), label)); // "Harbour Club: 14 medals"
        }
      }
    }
  }
}
