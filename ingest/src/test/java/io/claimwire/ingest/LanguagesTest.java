package io.claimwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LanguagesTest {
  @Test
  void detectsTheLanguageOfNewsTextAsAnIso6391Code() {
    assertThat(Languages.detect("The council said on Monday that 300 homes would be built on the old factory site "
        + "by the end of next year, and that the first families could move in by the spring.")).isEqualTo("en");
    assertThat(Languages.detect("Der Stadtrat hat am Montag beschlossen, auf dem alten Fabrikgelände bis Ende "
        + "nächsten Jahres 300 Wohnungen zu bauen; die ersten Familien sollen im Frühjahr einziehen.")).isEqualTo("de");
    assertThat(Languages.detect("El ayuntamiento anunció el lunes que se construirán 300 viviendas en el antiguo "
        + "terreno de la fábrica antes de finales del próximo año, y que las primeras familias llegarán en primavera."))
        .isEqualTo("es");
    assertThat(Languages.detect("Le conseil municipal a annoncé lundi que 300 logements seraient construits sur "
        + "l'ancien site de l'usine d'ici la fin de l'année prochaine.")).isEqualTo("fr");
  }

  @Test
  void tooShortToTellIsUndetermined() {
    assertThat(Languages.detect("Goal! 2-1")).isEqualTo(Languages.UNDETERMINED);
    assertThat(Languages.detect("")).isEqualTo(Languages.UNDETERMINED);
    assertThat(Languages.detect(null)).isEqualTo(Languages.UNDETERMINED);
    assertThat(Languages.detect("12 345 678 910 1112 1314 1516 1718 1920 2122 2324 2526 2728 2930"))
        .isEqualTo(Languages.UNDETERMINED);
  }

  @Test
  void codesOnTheCommandLineAreNormalisedAndUnknownOnesRefused() {
    assertThat(Languages.parse(List.of("en,DE", "spa", "und"))).containsExactly("en", "de", "es", "und");
    assertThatThrownBy(() -> Languages.parse(List.of("en,english"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'english'");
  }

  private static final List<String> ENGLISH = List.of(
      "The council said on Monday that 300 homes would be built on the old factory site by the end of next year.",
      "Officials said the river had risen by two metres overnight and that about 1,200 people were moved from their homes.",
      "The company reported a profit of $4.1bn for the quarter, which was more than analysts had expected, and said it "
          + "would hire 2,000 staff.",
      "Police said they had arrested three men after the raid, and that the investigation was still going on.",
      "Turnout was 61 percent, the electoral commission said, up from 55 percent at the last election in the region.",
      "She said the hospital had treated 40 people for smoke inhalation and that two of them were in a serious "
          + "condition.");
  private static final List<String> FOREIGN = List.of(
      "Der Stadtrat hat am Montag beschlossen, auf dem alten Fabrikgelände 300 Wohnungen zu bauen.",
      "El ayuntamiento anunció el lunes que se construirán 300 viviendas en el antiguo terreno de la fábrica.",
      "Le conseil municipal a annoncé lundi que 300 logements seraient construits sur l'ancien site de l'usine.",
      "De gemeenteraad heeft maandag besloten om op het oude fabrieksterrein 300 woningen te bouwen.",
      "Il consiglio comunale ha annunciato lunedì che saranno costruite 300 case sul vecchio sito della fabbrica.",
      "A câmara municipal anunciou na segunda-feira que serão construídas 300 casas no antigo terreno da fábrica.",
      "Kommunfullmäktige beslutade på måndagen att bygga 300 bostäder på den gamla fabrikstomten.",
      "Rada miasta ogłosiła w poniedziałek, że na terenie starej fabryki powstanie 300 mieszkań.",
      "Belediye meclisi pazartesi günü eski fabrika arazisine 300 konut yapılacağını açıkladı.",
      "Dewan kota mengumumkan pada hari Senin bahwa 300 rumah akan dibangun di bekas lahan pabrik itu.",
      "Inihayag ng konseho ng lungsod noong Lunes na 300 bahay ang itatayo sa dating lote ng pabrika.",
      "Baraza la jiji lilitangaza Jumatatu kwamba nyumba 300 zitajengwa kwenye eneo la kiwanda cha zamani.",
      "Consiliul local a anunțat luni că pe fostul teren al fabricii vor fi construite 300 de locuințe.",
      "Městská rada v pondělí oznámila, že na místě staré továrny bude postaveno 300 bytů.",
      "A városi tanács hétfőn bejelentette, hogy a régi gyár területén 300 lakás épül.");

  @Test
  void plainEnglishIsToldWithoutTheModelAndOtherLanguagesAreNot() {
    String english = String.join(" ", ENGLISH);
    assertThat(Languages.plainlyEnglish(english.substring(0, Languages.MAX_CHARS))).isTrue();
    assertThat(Languages.byModel(english.substring(0, Languages.MAX_CHARS))).isEqualTo("en");
    for (String f : FOREIGN) {
      assertThat(Languages.plainlyEnglish(f + " " + f + " " + f)).as(f).isFalse();
    }
    assertThat(Languages.plainlyEnglish("The end.")).isFalse(); // too few words to decide: the model is asked
  }

  /**
   * Seeded mixtures of our English and other languages' sentences, in any order and cut anywhere: wherever the fast
   * path decides, the model says English too, or cannot tell (a head of two languages; it is extracted as English
   * then as well), never another language.
   */
  @Test
  void whereThePlainEnglishTestDecidesTheModelAgrees() {
    Random random = new Random(20261207);
    int decided = 0;
    for (int i = 0; i < 400; i++) {
      StringBuilder sb = new StringBuilder();
      int sentences = 2 + random.nextInt(5);
      double englishShare = random.nextDouble();
      for (int k = 0; k < sentences; k++) {
        List<String> pool = random.nextDouble() < englishShare ? ENGLISH : FOREIGN;
        sb.append(pool.get(random.nextInt(pool.size()))).append(' ');
      }
      String head = sb.substring(random.nextInt(20), Math.min(sb.length(), Languages.MAX_CHARS));
      if (Languages.plainlyEnglish(head)) {
        decided++;
        assertThat(Languages.byModel(head)).as(head).isIn("en", Languages.UNDETERMINED);
      }
    }
    assertThat(decided).as("the fast path decides some of them").isGreaterThan(50);
  }

  /** The same on the real articles of the shared samples, where they are (skipped where not). */
  @Test
  void onRealNewsThePlainEnglishTestAgreesWithTheModel() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path dir : List.of(Path.of("../../shared/dev/articles"), Path.of("../../shared/seeds"))) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> s = Files.list(dir)) {
          s.filter(p -> p.toString().endsWith(".txt")).forEach(files::add);
        }
      }
    }
    org.junit.jupiter.api.Assumptions.assumeFalse(files.isEmpty(), "no shared articles here");
    for (Path f : files) {
      String text = Files.readString(f);
      String head = text.length() > Languages.MAX_CHARS ? text.substring(0, Languages.MAX_CHARS) : text;
      if (Languages.plainlyEnglish(head)) {
        assertThat(Languages.byModel(head)).as(f.toString()).isEqualTo("en");
      }
    }
  }
}
