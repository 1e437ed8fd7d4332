package io.claimwire.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The fast greedy decoding (weights summed per word) gives exactly the tags the model's own evaluation gives. */
class PosTaggerTest {
  private static final String[] WORDS = ("the a of in on to and but said says told police officials minister "
      + "Reuters Ministry Okafor Sindh U.S. e.g. 1,200 3.5% 40 2024 £12.9bn 'quoted' farmers' don't it's "
      + "rose fell increase rate jobless unemployment percent per cent at least about nearly some were was is has "
      + "evacuated killed injured homes people year last Tuesday March – — ( ) , . ; : \" ? ! São Zürich naïve "
      + "well-known three-storey 40-tonne x86 COVID-19 NHS ₹500 €3m 12:30 GMT 2nd 1990s").split(" ");

  private static String sentence(Random r, int length, boolean novel) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) {
      String w = WORDS[r.nextInt(WORDS.length)];
      if (novel && r.nextInt(3) == 0) {
        w = w + Integer.toString(r.nextInt(1_000_000), 36); // unseen words, so the word table fills and empties
      }
      sb.append(i == 0 ? "" : " ").append(w);
    }
    return sb.toString();
  }

  private static void assertSameTags(String text) {
    List<Token> toks = Token.of(text);
    if (!toks.isEmpty()) {
      assertThat(PosTagger.tagTokens(toks)).as(text).containsExactly(PosTagger.tagTokensByModel(toks));
    }
  }

  @Test
  void seededRandomSentencesGetTheModelsTags() {
    Random r = new Random(20261205L);
    for (int i = 0; i < 3000; i++) {
      assertSameTags(sentence(r, 1 + r.nextInt(30), i % 2 == 0));
    }
  }

  /** Stretches tagged on OpenNLP's tokens get, from the fast decoding, exactly the tags OpenNLP's tagger gives. */
  @Test
  void openNlpTokensGetTheTaggersTags() {
    Random r = new Random(20261209L);
    for (int i = 0; i < 2000; i++) {
      String[] words = PosTagger.openNlpTokens(sentence(r, 1 + r.nextInt(25), i % 2 == 0));
      assertThat(PosTagger.tagWords(words)).as(String.join(" ", words))
          .containsExactly(PosTagger.tagWordsByTagger(words));
    }
  }

  /** A stretch tagged again is answered from the last few kept: the same tags as tagging it afresh, never shared. */
  @Test
  void aStretchTaggedAgainGetsTheSameTags() {
    Random r = new Random(20261208L);
    for (int i = 0; i < 300; i++) {
      String text = sentence(r, 8 + r.nextInt(20), i % 2 == 0);
      List<Token> toks = Token.of(text);
      int from = r.nextInt(toks.size());
      List<Token> window = toks.subList(from, from + 1 + r.nextInt(toks.size() - from));
      String[] first = PosTagger.tags(text, window);
      String[] again = PosTagger.tags(text, window);
      assertThat(again).containsExactly(first);
      java.util.Arrays.fill(again, "CHANGED"); // a caller's copy: the next answer is not touched
      for (int k = 0; k < 5; k++) { // other stretches push it out of the few kept: tagged afresh, alike
        PosTagger.tags(text + " filler" + k, Token.of(text + " filler" + k));
      }
      assertThat(PosTagger.tags(text, window)).containsExactly(first);
    }
  }

  @Test
  void sentencesOfMoreDistinctWordsThanTheTableHoldsGetTheModelsTags() {
    Random r = new Random(7L);
    for (int i = 0; i < 800; i++) {
      assertSameTags(sentence(r, 30, true)); // about 8,000 new words: the table is emptied on the way
    }
  }

  @Test
  void realArticlesGetTheModelsTags() throws IOException {
    List<Path> files = SharedArticles.files("dev/articles");
    Assumptions.assumeFalse(files.isEmpty(), "no ../shared/dev/articles beside the repository");
    for (Path p : files) {
      for (Sentence s : new SentenceSplitter().split(new TextCleaner().clean(Files.readString(p)))) {
        assertSameTags(s.text());
      }
    }
  }
}
