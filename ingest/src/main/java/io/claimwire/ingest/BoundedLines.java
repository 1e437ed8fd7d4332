package io.claimwire.ingest;

import io.claimwire.schemas.DeadLetterPayload;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The lines of an archive as bytes, never holding more than {@code maxLineBytes} of one line: a longer line is
 * read through to its end, keeping only its first bytes, its size and its SHA-256, so one huge line can neither
 * exhaust memory nor stop the file. A final line without a newline counts; a CR before the newline is dropped.
 */
public final class BoundedLines implements Closeable {
  /** One line: {@code bytes} when it is within the limit, else {@code excerpt}, {@code size} and {@code sha256}. */
  public record Line(long number, byte[] bytes, byte[] excerpt, long size, String sha256) {
    public boolean tooLong() {
      return bytes == null;
    }

    public boolean blank() {
      if (bytes == null) {
        return false;
      }
      for (byte b : bytes) {
        if (b != ' ' && b != '\t' && b != '\r') {
          return false;
        }
      }
      return true;
    }
  }

  private final InputStream in;
  private final long maxLineBytes;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int len;
  private long number;
  private boolean eof;

  public BoundedLines(InputStream in, long maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line, or null at the end of the input. */
  public Line next() throws IOException {
    if (eof && pos >= len) {
      return null;
    }
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    MessageDigest digest = null;
    byte[] excerpt = null;
    long size = 0;
    boolean any = false;
    while (true) {
      if (pos >= len && !fill()) {
        if (!any) {
          return null;
        }
        break;
      }
      any = true;
      int nl = indexOf((byte) '\n', pos, len);
      int end = nl < 0 ? len : nl;
      int n = end - pos;
      if (digest == null && size + n > maxLineBytes) {
        digest = sha256();
        byte[] held = line.toByteArray();
        digest.update(held);
        excerpt = Arrays.copyOf(held, Math.min(held.length, DeadLetterPayload.EXCERPT_BYTES));
        line = null;
      }
      if (digest != null) {
        digest.update(buf, pos, n);
        if (excerpt.length < DeadLetterPayload.EXCERPT_BYTES) {
          int more = Math.min(n, DeadLetterPayload.EXCERPT_BYTES - excerpt.length);
          byte[] grown = Arrays.copyOf(excerpt, excerpt.length + more);
          System.arraycopy(buf, pos, grown, excerpt.length, more);
          excerpt = grown;
        }
      } else {
        line.write(buf, pos, n);
      }
      size += n;
      pos = end;
      if (nl >= 0) {
        pos++;
        break;
      }
    }
    number++;
    if (digest != null) {
      return new Line(number, null, excerpt, size, HexFormat.of().formatHex(digest.digest()));
    }
    byte[] bytes = line.toByteArray();
    if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
      bytes = Arrays.copyOf(bytes, bytes.length - 1);
    }
    return new Line(number, bytes, null, bytes.length, null);
  }

  /** Lines in the input (a progress bar's total), read through without holding any. */
  public static long count(InputStream in) throws IOException {
    byte[] b = new byte[1 << 16];
    long lines = 0;
    boolean pending = false;
    for (int n; (n = in.read(b)) > 0; ) {
      for (int i = 0; i < n; i++) {
        if (b[i] == '\n') {
          lines++;
          pending = false;
        } else {
          pending = true;
        }
      }
    }
    return pending ? lines + 1 : lines;
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n = in.read(buf, 0, buf.length);
    if (n <= 0) {
      eof = true;
      pos = len = 0;
      return false;
    }
    pos = 0;
    len = n;
    return true;
  }

  private int indexOf(byte b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (buf[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
