package io.claimwire.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated news articles of about 3 KB, from a seeded generator: paragraphs of attributed figures, ranges, vague
 * quantities, dates, quotes and prose, the mix the extractor meets in real news. About one sentence in four holds a
 * figure, as in the scraped articles we measured (3 to 7 of 15 to 25 sentences); the rest is prose with names,
 * days, quotes and reporting verbs, which the extractor must read past quickly. Same seed, same articles.
 */
public final class SampleArticles {
  private static final String[] PLACES = {"Marrow County", "the Kessel hills", "Port Vell", "the Douro valley",
      "Harrow Point", "Lowmoor", "the northern province", "Brenton", "the capital", "Esker Falls"};
  private static final String[] PEOPLE = {"Governor Lena Park", "Mayor Ana Ruiz", "Interior Minister Pavel Novak",
      "fire chief Tom Ellery", "Health Minister Ruth Adebayo", "county emergency director Helen Achebe"};
  private static final String[] ORGS = {"the fire service", "the Red Cross", "the health ministry", "police",
      "the coastguard", "the regional council", "the World Bank", "the port authority"};
  private static final String[] SUBJECTS = {"residents", "homes", "firefighters", "soldiers", "passengers", "families",
      "workers", "schools", "vehicles", "patients", "migrants", "aid workers"};
  private static final String[] VERBS = {"were evacuated", "were injured", "were killed", "were deployed",
      "were rescued", "were damaged", "were displaced", "remain missing", "were arrested", "were destroyed"};
  private static final String[] QUALIFIERS = {"", "at least ", "more than ", "about ", "nearly ", "up to ", "some ",
      "fewer than ", "an estimated "};
  private static final String[] FILLER = {
      "The situation remained tense on the ground as crews worked through the night to reach cut-off areas.",
      "Roads leading out of the area were closed while engineers inspected bridges and culverts for damage.",
      "Residents described scenes of confusion as warnings spread through messaging groups late in the evening.",
      "Officials urged people to stay away from the coast and to follow instructions from emergency services.",
      "The response was coordinated from a temporary command post set up in the grounds of a local school.",
      "Local businesses said it could take weeks before trade returns to normal in the worst-hit streets.",
      "Opposition politicians called for an independent review of how the early warnings were handled.",
      "Speaking on Tuesday, the minister said the government would not hesitate to act if conditions worsened.",
      "\"This is a difficult moment for everyone who lives here,\" Mayor Ana Ruiz told a news conference.",
      "The agency said its teams were working with local partners to assess needs in the worst-affected districts.",
      "Critics argue that years of underinvestment left the region poorly prepared for an event of this kind.",
      "According to the regional council, the main hospital remained open but was operating under pressure.",
      "Interior Minister Pavel Novak, who visited the area on Sunday, promised a full account of what went wrong.",
      "Insurers have begun sending assessors, although many homeowners fear their policies will not cover the losses.",
      "The European Union offered assistance through its civil protection mechanism, officials in Brussels said.",
      "Volunteers from neighbouring towns arrived with food, blankets and generators as night fell.",
      "It was not immediately clear when the rail line, a vital link for commuters, would reopen.",
      "Meteorologists said the unusual pattern was consistent with a warming climate, though they cautioned against drawing firm conclusions.",
      "Schools in the district will remain closed until further notice, the education office announced."};

  private SampleArticles() {}

  /** {@code count} articles from the seed. */
  public static List<String> generate(long seed, int count) {
    return many(seed, count, r -> article(r));
  }

  /**
   * {@code count} articles whose prose is as distinct as real news: the same figure sentences as
   * {@link #generate}, but the other sentences drawn from common function words and a lexicon of 30,000 made-up
   * words instead of 19 stock sentences (which make every article a partial copy of every other, the worst case
   * for a near-duplicate index and not what a week of news looks like).
   */
  public static List<String> generateDistinct(long seed, int count) {
    return many(seed, count, r -> article(r, true));
  }

  private static final String[] FUNCTION_WORDS = ("the of and to in a that for on with as was by at from it is "
      + "said be has have are were its their an after over more this but not which who will had been would also "
      + "they than about into when").split(" ");
  private static final String[] SYLLABLES = ("ka to ri mel an sor vel dun pra ish om bel tre cas nor lim fa gu "
      + "zen hol pe rad mun sti quo ver ban").split(" ");

  private static String word(Random r) {
    if (r.nextInt(10) < 4) {
      return FUNCTION_WORDS[r.nextInt(FUNCTION_WORDS.length)];
    }
    int n = r.nextInt(30_000);
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      w.append(SYLLABLES[n % SYLLABLES.length]);
      n /= SYLLABLES.length;
    }
    return w.toString();
  }

  private static String proseSentence(Random r) {
    int words = 12 + r.nextInt(12);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      sb.append(i == 0 ? cap(word(r)) : " " + word(r));
    }
    return sb.append('.').toString();
  }

  private static String article(Random r) {
    return article(r, false);
  }

  private static String article(Random r, boolean distinct) {
    StringBuilder sb = new StringBuilder(3300);
    while (sb.length() < 2900) {
      int kind = r.nextInt(24); // 0-4 hold figures: about one sentence in four
      switch (kind) {
        case 0 -> sb.append(cap(pick(r, QUALIFIERS))).append(count(r)).append(' ').append(pick(r, SUBJECTS))
            .append(' ').append(pick(r, VERBS)).append(" in ").append(pick(r, PLACES)).append(", ")
            .append(pick(r, PEOPLE)).append(" said.");
        case 1 -> sb.append("According to ").append(pick(r, ORGS)).append(", between ").append(200 + r.nextInt(300))
            .append(" and ").append(600 + r.nextInt(400)).append(' ').append(pick(r, SUBJECTS)).append(' ')
            .append(pick(r, VERBS)).append(" over the past ").append(2 + r.nextInt(5)).append(" days.");
        case 2 -> sb.append("\"We have seen ").append(pick(r, new String[] {"dozens", "hundreds", "thousands"}))
            .append(" of ").append(pick(r, SUBJECTS)).append(" leave since Dec. ").append(1 + r.nextInt(28))
            .append(",\" ").append(pick(r, PEOPLE)).append(" told reporters on Friday at 10:30.");
        case 3 -> sb.append(cap(pick(r, ORGS))).append(" estimated the damage at $").append(1 + r.nextInt(9)).append('.')
            .append(r.nextInt(10)).append("bn, with ").append(10 + r.nextInt(80)).append(" percent of it uninsured.");
        case 4 -> sb.append("The fire has burned ").append(String.format("%,d", 1000 + r.nextInt(20000)))
            .append(" hectares since 2024, and ").append(2 + r.nextInt(30)).append(" aircraft were sent by neighbouring states.");
        default -> sb.append(distinct ? proseSentence(r) : pick(r, FILLER));
      }
      sb.append(r.nextInt(4) == 0 ? "\n\n" : " ");
    }
    return sb.toString();
  }

  /**
   * Articles as dense in figures as real news pages (the development sample holds about fifteen figures in two
   * kilobytes): statistics with changes and levels, shares, amounts, casualty counts with their parts, a vote and a
   * budget list, each told by someone. About 2 KB each.
   */
  public static List<String> generateDense(long seed, int count) {
    return many(seed, count, SampleArticles::denseArticle);
  }

  private static List<String> many(long seed, int count, java.util.function.Function<Random, String> article) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(article.apply(r));
    }
    return out;
  }

  private static final String[] STATISTICS = {"unemployment", "inflation", "retail sales", "house prices",
      "recorded burglaries", "hospital admissions", "passenger numbers", "exports"};

  private static String denseArticle(Random r) {
    StringBuilder sb = new StringBuilder(2300);
    sb.append(cap(pick(r, PLACES))).append(" figures released\n\n");
    while (sb.length() < 2000) {
      if (r.nextInt(3) != 0) { // two sentences in three are prose, as on a real page
        sb.append(pick(r, FILLER)).append(r.nextInt(3) == 0 ? "\n\n" : " ");
        continue;
      }
      switch (r.nextInt(7)) {
        case 0 -> sb.append(cap(pick(r, STATISTICS))).append(" rose ").append(1 + r.nextInt(9)).append('.')
            .append(r.nextInt(10)).append("% to ").append(String.format("%,d", 10_000 + r.nextInt(900_000)))
            .append(" in the year to March, according to ").append(pick(r, ORGS)).append('.');
        case 1 -> sb.append(cap(pick(r, QUALIFIERS))).append(count(r)).append(" people were killed and ")
            .append(count(r)).append(" injured in ").append(pick(r, PLACES)).append(", including ")
            .append(2 + r.nextInt(40)).append(" children, ").append(pick(r, PEOPLE)).append(" said.");
        case 2 -> sb.append("The ").append(pick(r, STATISTICS)).append(" rate stood at ").append(2 + r.nextInt(9))
            .append('.').append(r.nextInt(10)).append(" percent in ").append(2015 + r.nextInt(10))
            .append(", down from ").append(3 + r.nextInt(9)).append('.').append(r.nextInt(10))
            .append(" percent a year earlier.");
        case 3 -> sb.append(cap(pick(r, ORGS))).append(" spent $").append(1 + r.nextInt(90)).append('.')
            .append(r.nextInt(10)).append(" million on repairs, ").append(5 + r.nextInt(40))
            .append("% more than it had budgeted.");
        case 4 -> sb.append("The motion passed with ").append(40 + r.nextInt(50)).append(" percent of the vote, and ")
            .append(count(r)).append(" ballots were cast.");
        case 5 -> sb.append("The budget includes:\n- $").append(10 + r.nextInt(400)).append(".")
            .append(r.nextInt(10)).append(" million for public safety\n- $").append(5 + r.nextInt(200))
            .append(".").append(r.nextInt(10)).append(" million for roads\n- $").append(1 + r.nextInt(50))
            .append(" million for parks\n");
        default -> sb.append("Police reported ").append(count(r)).append(" arrests and ").append(count(r))
            .append(" incidents over the past ").append(2 + r.nextInt(5)).append(" days.");
      }
      sb.append(r.nextInt(3) == 0 ? "\n\n" : " ");
    }
    return sb.toString();
  }

  private static String count(Random r) {
    int n = 2 + r.nextInt(5000);
    return n >= 1000 ? String.format("%,d", n) : Integer.toString(n);
  }

  private static String cap(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String pick(Random r, String[] from) {
    return from[r.nextInt(from.length)];
  }
}
