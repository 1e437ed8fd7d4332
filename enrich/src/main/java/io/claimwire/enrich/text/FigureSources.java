package io.claimwire.enrich.text;

import java.util.List;
import java.util.Set;

/**
 * Who claims one figure: the nearest cue of its sentence (before it preferred), else the agent that did or counted
 * it ("Police recorded 120"), an organisation whose own figure it is ("cutting 11% of its workforce"), or the source
 * carried from the sentences around it.
 */
final class FigureSources {
  private FigureSources() {}

  static SourceRef source(Sentence sentence, Tags tags, NumberMention n, List<Attributor.Cue> cues,
      SourceRef carried, People people) {
    List<Token> toks = tags.tokens();
    String text = sentence.text();
    Attributor.Cue before = null;
    Attributor.Cue after = null;
    for (Attributor.Cue c : cues) {
      if (c.position() <= n.start()) {
        before = c;
      } else if (after == null) {
        after = c;
      }
    }
    Attributor.Cue chosen = before != null ? before : after;
    SourceRef s;
    if (chosen != null) {
      s = chosen.pronoun() ? people.lastBefore(sentence.start() + chosen.position())
          : people.resolve(sentence.start() + chosen.position(), chosen.source()); // "It also revealed", "according to him"
    } else {
      s = agent(sentence, toks, n, people);
      s = s != null ? s : ownFigure(tags, n);
      if (s == null) {
        s = carried;
      }
    }
    return people.canonical(s == null ? SourceRef.UNATTRIBUTED : s);
  }

  /**
   * "Biogen will be cutting 11% of its workforce", "The bank reduced its debt by £195m": an organisation that the
   * clause says the figure is its own ("its") states it. Named organisations only; a person or a place is no such
   * source.
   */
  private static SourceRef ownFigure(Tags tags, NumberMention n) {
    List<Token> toks = tags.tokens();
    int first = FigureExtractor.firstTokenAtOrAfter(toks, n.start());
    boolean its = false;
    for (int k = Math.max(0, first - 6); k < Math.min(toks.size(), first + 6) && !its; k++) {
      its = toks.get(k).lower().equals("its");
    }
    if (!its) {
      return null;
    }
    String subject = Holder.clauseSubject(tags, first);
    if (subject == null || !Character.isUpperCase(subject.charAt(0))) {
      return null;
    }
    SourceRef s = SourceNames.classify(subject, null); // "its": a body, whatever the bare name looks like
    return s.kind() == SourceRef.Kind.GOVERNMENT || s.kind() == SourceRef.Kind.MEDIA ? s
        : new SourceRef(s.name() != null ? s.name() : subject, null, SourceRef.Kind.ORGANISATION, null);
  }

  /**
   * "the Special Operations Forces killed 21", "Police recorded 120": the one who did or counted it reports it; verbs
   * of counting are data ({@code agents.tsv}). A pronoun subject is resolved as a pronoun cue would be.
   */
  private static final Lexicon AGENTS = Lexicon.load("agents.tsv");

  private static final Set<String> ARTICLE_OR_FOR = Lexicon.load("figures/article-or-for.tsv").terms("article-or-for");

  /** Words that open a time between an agent and its verb: "on Monday", "last week". */
  private static final Set<String> TIME_OPENERS = Lexicon.load("figures/time-openers.tsv").terms("time-openers");

  private static SourceRef agent(Sentence sentence, List<Token> toks, NumberMention n, People people) {
    String text = sentence.text();
    int i = FigureExtractor.firstTokenAtOrAfter(toks, n.start()) - 1;
    boolean article = false;
    while (i >= 0 && (Qualifiers.isQualifierWord(toks.get(i).lower()) || Set.of("at", "least", "than", "up", "to", "as",
        "many", "had", "have", "has", "a", "an", "for").contains(toks.get(i).lower()))) {
      article |= ARTICLE_OR_FOR.contains(toks.get(i).lower());
      i--; // "appealed for $22.2bn", "posted a 37% rise", "approved a $2.3bn budget"
    }
    if (article && i >= 0 && !AGENTS.is(toks.get(i).lower(), "agent")) {
      return null; // "..., killing an estimated 500": only a body's own issue takes an article between
    }
    if (i >= 3 && toks.get(i).lower().equals("of") && Set.of("the", "a").contains(toks.get(i - 2).lower())) {
      i -= 3; // "documented the deaths of 160 people", "confirmed the arrival of 300"
    }
    if (i < 0 || !FigureExtractor.isEventWord(toks.get(i).lower()) && !AGENTS.is(toks.get(i).lower(), "agent")) {
      return null;
    }
    int j = i - 1;
    while (j >= 0 && (Set.of("had", "have", "has", "reportedly", "also", "allegedly", "and", ",").contains(toks.get(j).lower())
        || FigureExtractor.isEventWord(toks.get(j).lower()) || Character.isDigit(toks.get(j).text().charAt(0))
        || Qualifiers.isQualifierWord(toks.get(j).lower()))) {
      j--;
    }
    while (j >= 1 && Holder.WORDS.is(toks.get(j).lower(), "time")) {
      j--; // "The United Nations on Monday appealed for": the time between the agent and its verb
      if (TIME_OPENERS.contains(toks.get(j).lower())) {
        j--;
      }
    }
    if (j >= 0 && People.PRONOUNS.classOf(toks.get(j).lower()) != null && !toks.get(j).lower().startsWith("the")
        && (j == 0 || !toks.get(j - 1).isWord() || Set.of("and", "but").contains(toks.get(j - 1).lower()))) {
      // "it rescued 76 migrants": who "it" is, as for a pronoun cue
      SourceRef r = people.resolve(sentence.start() + toks.get(j).start(),
          new SourceRef(toks.get(j).lower(), null, SourceRef.Kind.UNATTRIBUTED, null));
      return r.kind() == SourceRef.Kind.UNATTRIBUTED ? null : r;
    }
    if (j >= 2 && Set.of("which", "who").contains(toks.get(j).lower()) && toks.get(j - 1).text().equals(",")) {
      // "The Irish coastguard, which has recorded 23 drownings": the noun phrase the clause hangs from
      String head = Speakers.nounPhraseBefore(text, toks, j - 2);
      head = head != null ? head : Speakers.commonNounPhraseBefore(text, toks, j - 2);
      return head == null ? null : SourceNames.classify(head, null);
    }
    String np = Speakers.nounPhraseBefore(text, toks, j);
    return np == null ? null : SourceNames.classify(np, null);
  }
}
