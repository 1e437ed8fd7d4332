package io.claimwire.enrich.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word or punctuation mark with its offsets in a sentence. */
record Token(String text, int start, int end) {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.\\-&][\\p{L}\\p{N}]+)*['’]?|[^\\s\\p{L}\\p{N}]");

  static List<Token> of(String s) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(s);
    while (m.find()) {
      out.add(new Token(m.group(), m.start(), m.end()));
    }
    return out;
  }

  String lower() {
    return text.toLowerCase(Locale.ROOT);
  }

  boolean isCapitalised() {
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }

  boolean isWord() {
    return !text.isEmpty() && Character.isLetterOrDigit(text.charAt(0));
  }
}
