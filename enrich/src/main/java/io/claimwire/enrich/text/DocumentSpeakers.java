package io.claimwire.enrich.text;

import static io.claimwire.enrich.text.SourceNames.withoutAnyPossessive;
import static io.claimwire.enrich.text.Speakers.isSourceHead;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Documents and hearings as the subjects of a reporting or finding verb: "the UN report said", "a regulatory filing
 * showed", "a study of 460,000 people has found", "Liverpool Crown Court heard". The document speaks for whoever wrote
 * it, named with it in capitals or by a body's noun ("a council report").
 */
final class DocumentSpeakers {
  private DocumentSpeakers() {}

  /** Documents that speak for whoever wrote them ("the report said", "the survey found"). */
  static final Set<String> SPEAKING_DOCUMENTS = Lexicon.load("sources/speaking-documents.tsv").terms("document");

  /**
   * The document heading the subject that ends at {@code last}, with the capitalised names that own it ("UN report",
   * "Gallup poll"), or the document alone ("report"); null when the subject is no document.
   */
  static String documentSubject(List<Token> toks, int last) {
    int aside = last > 0 && toks.get(last).text().equals(",") ? Speakers.previousComma(toks, last) : -1;
    if (aside > 0 && aside < last - 1 && Speakers.clauseAside(toks, aside + 1)) {
      // "The study, published in May, found": the document before the aside; "The survey, carried out by Norstat,
      // found": the agent of the aside owns it
      String document = documentSubject(toks, aside - 1);
      String agent = document == null ? null : agentIn(toks, aside + 1, last - 1);
      return agent == null ? document : agent + " " + document;
    }
    while (last > 0 && PERFECT.contains(toks.get(last).lower())) {
      last--; // "a study has found"
    }
    String document = headedSubject(toks, last, SPEAKING_DOCUMENTS);
    for (int of = last - 1; document == null && of > 0 && last - of <= OF_REACH; of--) {
      boolean inNumber = toks.get(of).text().equals(",") && Character.isDigit(toks.get(of - 1).text().charAt(0));
      if (!toks.get(of).isWord() && !inNumber) {
        return null; // "2,000" is three tokens
      }
      if (toks.get(of).lower().equals("of")) { // "a study of 460,000 people has found": the study
        return headedSubject(toks, of - 1, SPEAKING_DOCUMENTS);
      }
    }
    return document;
  }

  /** The capitalised name after "by" in the tokens [{@code from}, {@code to}]: "carried out by Norstat"; or null. */
  private static String agentIn(List<Token> toks, int from, int to) {
    for (int k = from; k < to; k++) {
      if (toks.get(k).lower().equals("by") && toks.get(k + 1).isCapitalised()) {
        StringBuilder name = new StringBuilder();
        for (int j = k + 1; j <= to && toks.get(j).isCapitalised(); j++) {
          name.append(name.length() == 0 ? "" : " ").append(toks.get(j).text());
        }
        return name.toString();
      }
    }
    return null;
  }

  private static final Set<String> PERFECT = Words.setOf("has", "have", "had");
  /** How many tokens an "of" phrase after a document may hold before its verb ("a survey of 2,000 adults"). */
  private static final int OF_REACH = 7;

  /** Courts and hearings that hear what is said before them ("the court heard", {@code sources/hearings.tsv}). */
  static final Set<String> HEARINGS = Lexicon.load("sources/hearings.tsv").terms("hearing");

  /** As {@link #documentSubject}, for a subject headed by one of {@code heads} ("Liverpool Crown Court"). */
  static String headedSubject(List<Token> toks, int last, Set<String> heads) {
    if (last < 0 || !heads.contains(toks.get(last).lower())) {
      return null;
    }
    int j = last - 1;
    List<String> owner = new ArrayList<>();
    while (j >= 0 && last - j <= 5 && toks.get(j).isWord() && !Set.of("the", "a", "an", "its", "their", "this", "that")
        .contains(toks.get(j).lower())) {
      String bare = withoutAnyPossessive(toks.get(j).text());
      if (toks.get(j).isCapitalised()) {
        owner.add(0, bare);
      } else if (isSourceHead(bare.toLowerCase(Locale.ROOT))) {
        owner.add(0, bare); // "a council report", "the ministry's survey": a body that speaks through its document
      } else if (!Set.of("latest", "new", "annual", "official", "final", "global", "first", "quarterly", "monthly",
          "humanitarian", "recent").contains(toks.get(j).lower())
          && !(Lemmas.isAdjective(toks.get(j).lower()) || Lemmas.isNoun(toks.get(j).lower()))
          || Tags.CLOSED.classOf(toks.get(j).lower()) != null) { // "a regulatory filing", "a stock exchange filing"
        return null; // "the figures in the report": a report that is no subject
      }
      j--;
    }
    if (j >= 0 && toks.get(j).isWord() && !Set.of("the", "a", "an", "its", "their", "this", "that")
        .contains(toks.get(j).lower())) {
      return null;
    }
    String head = toks.get(last).isCapitalised() && !owner.isEmpty() ? toks.get(last).text() : toks.get(last).lower();
    return owner.isEmpty() ? head : String.join(" ", owner) + " " + head; // "Liverpool Crown Court", "UN report"
  }
}
