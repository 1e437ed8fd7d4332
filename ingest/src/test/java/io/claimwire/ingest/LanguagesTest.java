package io.claimwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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
}
