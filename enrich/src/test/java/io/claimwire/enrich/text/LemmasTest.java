package io.claimwire.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LemmasTest {

  @ParameterizedTest
  @CsvSource({"slowed,slow", "slows,slow", "slowing,slow", "told,tell", "grew,grow", "shrank,shrink",
      "children,child", "regulators,regulator", "Stressed,stress", "left,leave"})
  void aFormFindsItsBase(String form, String lemma) {
    assertThat(Lemmas.of(form)).extracting(Lemmas.Reading::lemma).contains(lemma);
  }

  @Test
  void aBaseFormOrAnUnknownWordHasNoOtherBase() {
    assertThat(Lemmas.of("slow")).isEmpty();
    assertThat(Lemmas.of("Qxzvbrt")).isEmpty();
    assertThat(Lemmas.of("")).isEmpty();
    assertThat(Lemmas.of(null)).isEmpty();
  }

  @Test
  void verbAndPluralReadingsAreToldApart() {
    assertThat(Lemmas.of("voted")).containsExactly(new Lemmas.Reading("vote", true));
    assertThat(Lemmas.of("votes")).contains(new Lemmas.Reading("vote", false), new Lemmas.Reading("vote", true));
  }

  @Test
  void nounsAreKnownByTheDictionary() {
    assertThat(Lemmas.isNoun("notes")).isTrue();
    assertThat(Lemmas.isNoun("estimate")).isTrue();
    assertThat(Lemmas.isNoun("disclosed")).isFalse();
  }

  @Test
  void anInflectedListFindsEveryFormOfItsTermsButNounClassesOnlyByPlural() {
    Lexicon measures = StatisticMeasure.MEASURES;
    assertThat(measures.classOf("slumps")).isEqualTo("fall");
    assertThat(measures.classOf("surging")).isEqualTo("rise");
    assertThat(measures.classOf("votes")).isEqualTo("quantity");
    assertThat(measures.classOf("voted")).isNull(); // "vote" is a quantity noun: its verb forms are not
    assertThat(measures.classOf("estimated")).isEqualTo("light"); // a form listed itself keeps its own class
  }

  @Test
  void aPlainListMatchesOnlyAsWritten() {
    Lexicon plain = Lexicon.load("measures.tsv");
    assertThat(plain.classOf("slumped")).isNull();
    assertThat(plain.classOf("slump")).isEqualTo("fall");
  }

  @Test
  void theLookupIsSafeAcrossThreads() throws Exception {
    String[] words = {"slowed", "children", "told", "regulators", "climbs", "fled"};
    String[] bases = {"slow", "child", "tell", "regulator", "climb", "flee"};
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      java.util.List<java.util.concurrent.Future<Boolean>> all = new java.util.ArrayList<>();
      for (int t = 0; t < 8; t++) {
        all.add(pool.submit(() -> {
          for (int i = 0; i < 2_000; i++) {
            int k = i % words.length;
            // isNoun reads the dictionary every time (no cache), so threads share it for real
            if (!Lemmas.isNoun("notes") || Lemmas.isNoun("disclosed")
                || !Lemmas.of(words[k]).stream().anyMatch(r -> r.lemma().equals(bases[k]))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (java.util.concurrent.Future<Boolean> f : all) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
  }
}
