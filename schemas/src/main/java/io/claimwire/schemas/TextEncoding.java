package io.claimwire.schemas;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * The one text decoding rule of every source: input is UTF-8 (a leading byte order mark is dropped); bytes that
 * are not valid UTF-8 are refused, never replaced, with {@link #INVALID_UTF8} as the reason wherever they come in.
 */
public final class TextEncoding {
  /** The reason every source gives for bytes that are not UTF-8. */
  public static final String INVALID_UTF8 = "not valid UTF-8";

  private TextEncoding() {}

  /**
   * The text of UTF-8 bytes.
   *
   * @throws IllegalArgumentException with {@link #INVALID_UTF8} and the byte offset when they are not UTF-8
   */
  public static String utf8(byte[] bytes) {
    return utf8(bytes, 0, bytes.length);
  }

  public static String utf8(byte[] bytes, int offset, int length) {
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
    try {
      String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in).toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (MalformedInputException e) {
      throw new IllegalArgumentException(INVALID_UTF8 + " (at byte " + (in.position() - offset) + ")");
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(INVALID_UTF8);
    }
  }

  /**
   * Why a decoded field cannot be stored as text, or null: U+0000 (PostgreSQL's text refuses it) or a lone
   * surrogate (JSON can spell one, \ud800, but it is no character).
   */
  public static String problem(String field, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == 0) {
        return "the " + field + " contains U+0000 at character " + i;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
          continue;
        }
        return "the " + field + " contains an unpaired surrogate at character " + i;
      }
      if (Character.isLowSurrogate(c)) {
        return "the " + field + " contains an unpaired surrogate at character " + i;
      }
    }
    return null;
  }
}
