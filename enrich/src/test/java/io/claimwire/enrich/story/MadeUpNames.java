package io.claimwire.enrich.story;

/** Made-up names for generated test stories: any number gets its own capitalised word of letters. */
public final class MadeUpNames {
  private MadeUpNames() {}

  /** A capitalised word of letters only, one per number. */
  public static String of(int n) {
    StringBuilder sb = new StringBuilder();
    do {
      sb.append((char) ('a' + n % 26));
      n /= 26;
    } while (n > 0);
    return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
  }
}
