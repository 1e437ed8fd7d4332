package io.claimwire.enrich.topology;

/** What the summary side takes in by article: a claim set's bytes, or a notice of a syndicated copy. */
record SummaryInput(byte[] claimSet, String copyNotice) {
  static SummaryInput claimSet(byte[] bytes) {
    return new SummaryInput(bytes, null);
  }

  static SummaryInput copy(String notice) {
    return new SummaryInput(null, notice);
  }
}
