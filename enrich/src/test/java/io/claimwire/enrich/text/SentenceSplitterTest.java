package io.claimwire.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private static final List<String> SENTENCES = List.of(
      "The council approved 240 new homes on Tuesday.", "Officials said 1,200 people were moved.",
      "Rents rose by 45% since 2015.", "Is the dam safe?", "It held!", "Dr. Ruth Okoro said the figures were final.",
      "The U.S. Army sent 300 troops.", "He said: \"We are ready.\"", "Prices fell 3.5% in May.",
      "Police arrested 12 people, including Mr. Hale.", "A total of 4,000 jobs will go by 2027.",
      "Sales rose at Acme Corp. in the first quarter.", "The toll was 1,023. Rescuers kept digging.",
      "The vote was 52-48.", "Storms hit the coast at 4 p.m. on Friday.", "the index closed lower.",
      "About 90% were reached.", "Wages climbed to $4.20.", "They left at 9 a.m.", "No. 10 said nothing.",
      "\u201cIt is over.\u201d", "\"We lost 40 homes,\" she said.", "Talks have stalled since Dec. 9 in the capital.",
      "The ferry left at 10:30.", "(The figures were revised.)", "She asked: \u201cWho pays?\u201d",
      "They met on Jan. 4 and agreed.", "Output rose approx. 3% last year.");

  @Test
  void plainEndsAreSplitWithoutTheModel() {
    List<Sentence> out = new ArrayList<>();
    String text = "Officials said 1,200 people were moved. Rescuers kept digging! Is the dam safe? The toll rose.";
    assertThat(SentenceSplitter.plainEnds(text, 0, text.length(), 0, out)).isTrue();
    assertThat(out).extracting(Sentence::text).containsExactly("Officials said 1,200 people were moved.",
        "Rescuers kept digging!", "Is the dam safe?", "The toll rose.");
    assertThat(SentenceSplitter.plainEnds("Dr. Okoro said so. It held.", 0, 27, 0, new ArrayList<>())).isFalse();
  }

  /** Seeded mixtures of our sentences: wherever the plain-ends reading decides, the model's reading is the same. */
  @Test
  void wherePlainEndsDecideTheModelAgrees() {
    Random random = new Random(20261207);
    int decided = 0;
    for (int i = 0; i < 1_500; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 1 + random.nextInt(6); k > 0; k--) {
        sb.append(SENTENCES.get(random.nextInt(SENTENCES.size()))).append(random.nextInt(5) == 0 ? "  " : " ");
      }
      decided += agree(sb.toString().strip()) ? 1 : 0;
    }
    assertThat(decided).as("the plain reading decides some of them").isGreaterThan(100);
  }

  /** The same on every line of the shared sample's articles, where they are (skipped where not). */
  @Test
  void onRealNewsPlainEndsAgreeWithTheModel() throws IOException {
    List<Path> files = SharedArticles.files("dev/articles", "seeds");
    org.junit.jupiter.api.Assumptions.assumeFalse(files.isEmpty(), "no shared articles here");
    int decided = 0;
    for (Path f : files) {
      for (String line : new TextCleaner().clean(Files.readString(f)).split("\n")) {
        decided += !line.isBlank() && agree(line) ? 1 : 0;
      }
    }
    assertThat(decided).isGreaterThan(50);
  }

  private static boolean agree(String text) {
    List<Sentence> plain = new ArrayList<>();
    if (!SentenceSplitter.plainEnds(text, 0, text.length(), 0, plain)) {
      return false;
    }
    List<Sentence> model = new ArrayList<>();
    new SentenceSplitter().detectByModel(text, 0, text.length(), 0, model);
    assertThat(plain).as(text).isEqualTo(model);
    return true;
  }
}
