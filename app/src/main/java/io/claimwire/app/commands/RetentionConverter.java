package io.claimwire.app.commands;

import io.claimwire.app.*;

/** A duration as above, or 'unlimited' (-1): how long something is kept. */
final class RetentionConverter extends DurationConverter {
  @Override
  public Long convert(String value) {
    String v = value.strip().toLowerCase(java.util.Locale.ROOT);
    return v.equals("unlimited") || v.equals("-1") ? -1L : super.convert(value);
  }

  @Override
  String examples() {
    return "use 'unlimited' or a duration such as 30d, 12h, 90m or PT720H";
  }
}
