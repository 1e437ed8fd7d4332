package io.claimwire.enrich.text;

import static io.claimwire.enrich.text.NotFigures.*;
import static io.claimwire.enrich.text.NumberParser.*;
import static io.claimwire.enrich.text.WordNumbers.*;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The unit a figure is in ("km2", "percent", "usd"), from the words after it, and how often ("a day"). */
final class Units {
  private Units() {}

  /** Currencies named by a word ({@code numbers/currencies.tsv}): the word and its unit's code. */
  static final Map<String, String> CURRENCIES = currencies();

  private static Map<String, String> currencies() {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    for (String[] e : Lexicon.entries("numbers/currencies.tsv")) {
      m.put(e[0].toLowerCase(Locale.ROOT), e[1]);
    }
    return Map.copyOf(m);
  }

  /** The currency words as alternatives of a pattern, longest first, each with its plural. */
  static final String CURRENCY_WORDS = CURRENCIES.keySet().stream()
      .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
      .map(w -> Pattern.quote(w) + "s?").collect(java.util.stream.Collectors.joining("|"));

  static final Pattern UNIT = Pattern.compile(
      "(?i)^(?:-|\\s)?(square kilomet(?:er|re)s?|sq\\.? ?km|km2|km²|square miles?|sq\\.? ?mi|miles per hour|mph"
          + "|kilomet(?:er|re)s per hour|km/h|kmh|kph|megawatts?|gigawatts?|mw|gw|feet|foot|ft|kilomet(?:er|re)s?|km"
          + "|millimet(?:er|re)s|centimet(?:er|re)s|met(?:er|re)s?|mm|cm|miles?|hectares?|ha|acres?|metric tons?|tonnes?|tons?|kilograms?|kg|hours?|hrs?|days?|weeks?|months?"
          + "|years?|minutes?|mins?|seconds?|percentage points?|percent|per cent|%|(?-i:pc)|dollars|euros|pounds|yuan"
          + "|roubles?|rubles?|hryvnias?|yen|rupees?|pence|" + CURRENCY_WORDS + ")(?![\\p{L}\\d])");

  /** A temperature: "40.3C", "104°F", "40 degrees Celsius"; a lowercase "c" is no Celsius. */
  static final Pattern TEMPERATURE = Pattern.compile(
      "^(?:\\s?°\\s?([CF])|([CF])|\\s+(?i:degrees?)\\s+(Celsius|Fahrenheit|centigrade|C|F))(?![\\p{L}\\d])");

  /** Pence written onto the figure ("18.5p a share", "95p"); not "3p.m.". */
  static final Pattern PENCE = Pattern.compile("^p(?![\\p{L}\\d]|\\.\\p{L})");

  static final Map<String, String> UNIT_CODES = withCurrencies(Map.ofEntries(
      Map.entry("square kilomet", "km2"), Map.entry("sq km", "km2"), Map.entry("sq. km", "km2"), Map.entry("sqkm", "km2"),
      Map.entry("km2", "km2"), Map.entry("km²", "km2"), Map.entry("square mile", "mile2"), Map.entry("sq mi", "mile2"),
      Map.entry("miles per hour", "mph"), Map.entry("mph", "mph"), Map.entry("kilometres per hour", "kmh"),
      Map.entry("kilometers per hour", "kmh"), Map.entry("km/h", "kmh"), Map.entry("kmh", "kmh"), Map.entry("kph", "kmh"),
      Map.entry("megawatt", "mw"), Map.entry("mw", "mw"), Map.entry("gigawatt", "gw"), Map.entry("gw", "gw"),
      Map.entry("feet", "ft"), Map.entry("foot", "ft"), Map.entry("ft", "ft"),
      Map.entry("kilomet", "km"), Map.entry("millimet", "mm"), Map.entry("centimet", "cm"), Map.entry("mm", "mm"), Map.entry("cm", "cm"), Map.entry("km", "km"), Map.entry("mile", "mile"), Map.entry("hectare", "hectare"),
      Map.entry("ha", "hectare"), Map.entry("acre", "acre"), Map.entry("metric ton", "tonne"), Map.entry("tonne", "tonne"),
      Map.entry("ton", "tonne"), Map.entry("kilogram", "kg"), Map.entry("kg", "kg"), Map.entry("hour", "hour"),
      Map.entry("hr", "hour"), Map.entry("day", "day"), Map.entry("week", "week"), Map.entry("month", "month"),
      Map.entry("year", "year"), Map.entry("minute", "minute"), Map.entry("min", "minute"), Map.entry("second", "second"),
      Map.entry("percentage point", "percentage_point"), Map.entry("percent", "percent"), Map.entry("per cent", "percent"),
      Map.entry("%", "percent"), Map.entry("pc", "percent"), Map.entry("dollar", "usd"), Map.entry("euro", "eur"), Map.entry("pound", "gbp"),
      Map.entry("yuan", "cny"), Map.entry("yen", "jpy"), Map.entry("rupee", "inr"), Map.entry("rouble", "rub"), Map.entry("ruble", "rub"), Map.entry("hryvnia", "uah"), Map.entry("pence", "pence"),
      Map.entry("metre", "metre"), Map.entry("meter", "metre")));

  private static Map<String, String> withCurrencies(Map<String, String> units) {
    Map<String, String> all = new java.util.HashMap<>(units);
    all.putAll(CURRENCIES);
    return Map.copyOf(all);
  }

  static final Pattern RATE = Pattern.compile("(?i)^\\s*(?:a|per|each|every)\\s+(day|week|month|year|hour)\\b"
      + "(?!\\s+(?:earlier|later|ago|before|after)\\b)"); // "4.6% a month earlier" is when, not how often

  /** A currency named in brackets right after a figure ("145m (euros)"). */
  static final Pattern CURRENCY_IN_BRACKETS = Pattern.compile(
      "(?i)\\s?\\((dollars|euros|pounds|yuan|roubles|rubles|yen|rupees|hryvnias|" + CURRENCY_WORDS + ")\\)");

  static NumberMention attachUnit(String s, NumberMention n) {
    String unit = n.unit();
    int end = n.end();
    int len = s.length();
    // Matched in place from the figure's end (a region), not on a copy of the rest of the sentence; each matcher
    // made only when the ones before it found nothing.
    if (unit == null) {
      Matcher warm = TEMPERATURE.matcher(s).region(end, len);
      Matcher pence;
      Matcher u;
      Matcher bracketed;
      if (warm.lookingAt()) {
        String scale = warm.group(1) != null ? warm.group(1) : warm.group(2) != null ? warm.group(2) : warm.group(3);
        unit = scale.startsWith("F") ? "fahrenheit" : "celsius";
        end = warm.end();
      } else if ((pence = PENCE.matcher(s).region(end, len)).lookingAt()) {
        unit = "pence";
        end = pence.end();
      } else if ((u = UNIT.matcher(s).region(end, len)).lookingAt()) {
        unit = bestUnit(u.group(1).toLowerCase(Locale.ROOT));
        end = u.end();
      } else if ((bracketed = CURRENCY_IN_BRACKETS.matcher(s).region(end, len)).lookingAt()) {
        unit = bestUnit(bracketed.group(1).toLowerCase(Locale.ROOT)); // "145m (euros)": the currency, told aside
        end = bracketed.end();
      }
    } else {
      Matcher cur = CURRENCY_WORD.matcher(s).region(end, len);
      if (cur.lookingAt()) {
        end = cur.end();
      }
    }
    String rate = null;
    Matcher r = RATE.matcher(s).region(end, len);
    if (r.lookingAt()) {
      rate = "per " + r.group(1).toLowerCase(Locale.ROOT);
    }
    return n.withEnd(end, unit, rate);
  }

  static String bestUnit(String word) {
    String best = null;
    int bestLen = -1;
    String w = Gate.WHITESPACE.matcher(word).replaceAll(" ");
    for (Map.Entry<String, String> e : UNIT_CODES.entrySet()) {
      if (w.startsWith(e.getKey()) && e.getKey().length() > bestLen) {
        best = e.getValue();
        bestLen = e.getKey().length();
      }
    }
    return best;
  }
}
