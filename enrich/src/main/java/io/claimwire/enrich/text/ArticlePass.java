package io.claimwire.enrich.text;

import io.claimwire.enrich.text.FigureExtractor.Failure;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** One article's sentences and what each stage found in them, with the failures on the way. */
final class ArticlePass {
  final List<Sentence> sentences;
  final int count;
  final List<Set<String>> words;
  final List<List<NumberMention>> mentions;
  final List<List<Attributor.Cue>> cues;
  final List<List<Token>> tokens;
  final List<Failure> failures = new ArrayList<>();
  private final Attributor attributor;

  ArticlePass(List<Sentence> sentences, Attributor attributor) {
    this.sentences = sentences;
    this.attributor = attributor;
    this.count = sentences.size();
    this.words = new ArrayList<>(java.util.Collections.nCopies(count, (Set<String>) null));
    this.mentions = new ArrayList<>(java.util.Collections.nCopies(count, List.<NumberMention>of()));
    this.cues = new ArrayList<>(java.util.Collections.nCopies(count, List.<Attributor.Cue>of()));
    this.tokens = new ArrayList<>(java.util.Collections.nCopies(count, (List<Token>) null));
  }

  void failed(int si, Throwable e) {
    Sentence s = sentences.get(si);
    mentions.set(si, List.of());
    failures.add(new Failure(s.start(), s.end(), String.valueOf(e)));
  }

  void findMentions(NumberParser numbers) {
    for (int i = 0; i < count; i++) {
      String t = sentences.get(i).text();
      if (!WordNumbers.mayHoldNumber(t)) {
        continue; // the cheap scan: most sentences hold no number at all
      }
      try {
        words.set(i, Gate.words(t));
        mentions.set(i, numbers.parse(t, words.get(i)));
      } catch (RuntimeException | StackOverflowError e) {
        failed(i, e);
      }
    }
  }

  /**
   * Sources only where a figure can use them: its own sentence; the one after it when that begins "This information
   * was reported by X" (it covers the sentence before); the one before it when its own has no cue to carry; and the
   * sentences that introduce a list its items are in.
   */
  void findCues() {
    for (int i = 0; i < count; i++) {
      if (!mentions.get(i).isEmpty()) {
        cuesAt(i);
      }
    }
    for (int i = 0; i < count; i++) {
      if (mentions.get(i).isEmpty() && i > 0 && !mentions.get(i - 1).isEmpty()
          && Attributor.isAnaphoric(sentences.get(i).text())) {
        cuesAt(i);
      }
      if (mentions.get(i).isEmpty() && i + 1 < count && !mentions.get(i + 1).isEmpty()
          && (cues.get(i + 1).isEmpty() || cues.get(i + 1).stream().anyMatch(Attributor.Cue::pronoun))) {
        cuesAt(i); // the next sentence's figures need a source carried, or the person its "she said" means
      }
    }
    for (int i = 0; i < count; i++) {
      if (!mentions.get(i).isEmpty() && Lists.isItem(sentences.get(i).text())) {
        for (int j : Lists.leadIns(sentences, i)) {
          if (tokens.get(j) == null) {
            cuesAt(j);
          }
        }
      }
    }
  }

  private void cuesAt(int i) {
    String t = sentences.get(i).text();
    try {
      if (tokens.get(i) == null) {
        tokens.set(i, Token.of(t));
      }
      if (words.get(i) == null) {
        words.set(i, Gate.words(t));
      }
      cues.set(i, attributor.cues(t, words.get(i), tokens.get(i)));
    } catch (RuntimeException | StackOverflowError e) {
      failed(i, e); // a sentence whose sources cannot be read: its figures would go out with a wrong source
      cues.set(i, List.of());
      tokens.set(i, List.of());
    }
  }

  /** The source each sentence carries from its neighbours and list lead-ins (none when that stage fails). */
  SourceRef[] carried() {
    try {
      SourceRef[] carried = Carry.sources(sentences, cues, mentions);
      Lists.carryIntoItems(sentences, cues, carried);
      return carried;
    } catch (RuntimeException | StackOverflowError e) {
      failures.add(new Failure(0, count == 0 ? 0 : sentences.get(count - 1).end(), "carrying sources: " + e));
      return new SourceRef[count];
    }
  }

  People people() {
    People people = new People(sentences);
    for (int si = 0; si < count; si++) {
      for (Attributor.Cue c : cues.get(si)) {
        if (c.source() != null) {
          people.add(sentences.get(si).start() + c.position(), c.source());
        }
      }
    }
    return people;
  }
}
