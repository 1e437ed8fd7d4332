package io.claimwire.app.commands;

import io.claimwire.ingest.Languages;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Which languages ingest keeps, for {@code run}, {@code ingest} and {@code replay}. */
final class LanguageOption {
  @Option(names = "--lang", split = ",", paramLabel = "CODE",
      description = "Keep only articles in these languages, detected from their text (ISO 639-1 codes, comma-separated, e.g. en,de; und: too short to tell). Articles in other languages are counted and left out at ingest. Default: every language (extraction gives claims for English; others get an empty claim set that says why).")
  List<String> lang;

  /** The codes given, as detection gives them; empty for every language. A code that is not one is refused. */
  Set<String> codes(CommandLine cmd) {
    try {
      return lang == null ? Set.of() : Languages.parse(lang);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cmd, "--lang: " + e.getMessage());
    }
  }
}
