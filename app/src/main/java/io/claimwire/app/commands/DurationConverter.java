package io.claimwire.app.commands;

import io.claimwire.app.*;

import java.time.Duration;
import picocli.CommandLine;

/** A positive duration ('200ms', '30s', '90m', '12h', '7d', or ISO-8601 such as PT5M) to milliseconds. */
class DurationConverter implements CommandLine.ITypeConverter<Long> {
  private static final java.util.regex.Pattern SHORT = java.util.regex.Pattern.compile("(\\d+)\\s*(ms|[dhms])");

  @Override
  public Long convert(String value) {
    String v = value.strip().toLowerCase(java.util.Locale.ROOT);
    java.util.regex.Matcher m = SHORT.matcher(v);
    Duration d;
    if (m.matches()) {
      long n;
      try {
        n = Long.parseLong(m.group(1));
      } catch (NumberFormatException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is too long a duration");
      }
      d = switch (m.group(2)) {
        case "d" -> Duration.ofDays(n);
        case "h" -> Duration.ofHours(n);
        case "m" -> Duration.ofMinutes(n);
        case "s" -> Duration.ofSeconds(n);
        default -> Duration.ofMillis(n);
      };
    } else {
      try {
        d = Duration.parse(value.strip().toUpperCase(java.util.Locale.ROOT));
      } catch (RuntimeException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a duration: " + examples());
      }
    }
    if (d.isNegative() || d.isZero()) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a positive duration");
    }
    return d.toMillis();
  }

  String examples() {
    return "use 200ms, 30s, 90m, 12h, 7d or PT5M";
  }
}
