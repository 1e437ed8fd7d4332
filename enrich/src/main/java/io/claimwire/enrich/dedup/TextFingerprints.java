package io.claimwire.enrich.dedup;

import com.dynatrace.hash4j.hashing.HashValue128;
import com.dynatrace.hash4j.hashing.Hashing;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Everything the dedup sequencer needs from a cleaned text, from one pass over its characters: the exact
 * fingerprint, the word five-gram hashes for the near-duplicate signature, and the numbers the text reports.
 *
 * <p>Tokens are runs of letters and digits, lower-cased (quote style, punctuation, spacing and case do not
 * matter), each hashed as it is read (FNV-1a with a 64-bit finaliser; no string per word). Volatile counters are
 * dropped from both fingerprints, so a re-crawl that differs only in one is the same text: a number followed by
 * a counted word ("12 comments", "2.1k shares") or after one ("Comments (4)", "Likes: 88"), "viewed N times",
 * "[updated] N hours ago", and the page's time stamp ("Updated 14:05 GMT, 3 Dec 2026": a stamp verb, then
 * numbers and date words including at least one date word or clock time). Numbers join across an inner thousands separator ("1,200" is 1200) and keep a
 * decimal point. The exact fingerprint is XXH3-128 (hash4j) over the kept token hashes: not cryptographic, and
 * collisions between distinct articles are out of reach at news volumes.
 */
public final class TextFingerprints {
  /** Words per shingle. */
  static final int SHINGLE = 5;

  private static final long[] COUNTED = hashes("comment", "comments", "view", "views", "share", "shares", "like",
      "likes", "reaction", "reactions", "replies", "reads", "visits", "visitors", "followers", "subscribers", "hits",
      "retweets", "upvotes");
  private static final long[] TIMES_VERBS = hashes("viewed", "read", "shared", "seen");
  private static final long TIMES = hash("times");
  private static final long[] AGO_UNITS = hashes("second", "seconds", "sec", "secs", "minute", "minutes", "min",
      "mins", "hour", "hours", "hr", "hrs", "day", "days");
  private static final long AGO = hash("ago");
  private static final long[] AGO_VERBS = hashes("updated", "posted", "published", "edited");
  private static final long[] STAMP_VERBS = hashes("updated", "posted", "published", "edited", "modified");
  private static final long[] STAMP_LINKS = hashes("on", "at", "last");
  private static final long[] DATE_WORDS = hashes("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
      "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "am", "pm", "gmt", "utc", "bst",
      "cet", "cest", "eet", "eest", "est", "edt", "cst", "cdt", "pst", "pdt", "ist", "msk");

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final String exact;
  private final long[] shingles;
  private final long[] numbers;

  private TextFingerprints(String exact, long[] shingles, long[] numbers) {
    this.exact = exact;
    this.shingles = shingles;
    this.numbers = numbers;
  }

  /** 32 hex characters; equal for texts that differ only in case, punctuation, spacing, quotes and counters. */
  public String exact() {
    return exact;
  }

  /** Hashes of the kept words' five-grams (one hash of all of them when there are fewer than five). */
  long[] shingles() {
    return shingles;
  }

  /** Sorted distinct hashes of the numbers the text reports (counters excluded). */
  long[] numbers() {
    return numbers;
  }

  /** The fingerprint for the near-duplicate index ({@link NearDuplicates#signature}). */
  public byte[] nearDuplicate() {
    return NearDuplicates.signature(this);
  }

  public static TextFingerprints of(String text) {
    int n = text.length();
    int cap = Math.max(16, n / 5);
    long[] hash = new long[cap];
    int[] start = new int[cap];
    int[] end = new int[cap];
    byte[] kind = new byte[cap]; // 0 word, 1 number (digits, maybe a k/m suffix)
    int count = 0;
    char[] chars = text.toCharArray(); // one copy; the loop below then reads a plain array
    for (int i = 0; i < n; ) {
      if (fold(chars[i]) == 0) {
        i++;
        continue;
      }
      int from = i;
      long h = 0xcbf29ce484222325L;
      boolean digits = true;
      char lower;
      while (i < n && (lower = fold(chars[i])) != 0) {
        digits &= lower <= '9'; // word characters sort digits first
        h = (h ^ lower) * 0x100000001b3L;
        i++;
      }
      if (count == hash.length) {
        hash = Arrays.copyOf(hash, count * 2);
        start = Arrays.copyOf(start, count * 2);
        end = Arrays.copyOf(end, count * 2);
        kind = Arrays.copyOf(kind, count * 2);
      }
      char last = text.charAt(i - 1);
      boolean suffixed = i - from > 1 && (last == 'k' || last == 'm' || last == 'K' || last == 'M')
          && allDigits(text, from, i - 1);
      hash[count] = mix(h);
      start[count] = from;
      end[count] = i;
      kind[count] = (byte) (digits || suffixed ? 1 : 0);
      count++;
    }

    boolean[] counter = new boolean[count];
    // The page's own time stamp ("Updated 14:05 GMT, 3 Dec 2026", "Published on Monday 2 March"): a run of
    // numbers and date words after a stamp verb, with at least one date word or clock time in it.
    for (int t = 0; t < count; t++) {
      if (!in(STAMP_VERBS, hash[t])) {
        continue;
      }
      int j = t + 1;
      while (j < count && j <= t + 2 && in(STAMP_LINKS, hash[j])) {
        j++;
      }
      boolean dateish = false;
      boolean number = false;
      int end0 = j;
      while (end0 < count && end0 < j + 10 && (kind[end0] == 1 || in(DATE_WORDS, hash[end0]))) {
        number |= kind[end0] == 1;
        dateish |= kind[end0] != 1 || (end0 > j && kind[end0 - 1] == 1 && start[end0] == end[end0 - 1] + 1
            && text.charAt(end[end0 - 1]) == ':');
        end0++;
      }
      if (number && dateish) {
        mark(counter, t, end0 - 1);
        t = end0 - 1;
      }
    }
    long[] nums = new long[8];
    int numCount = 0;
    for (int t = 0; t < count; t++) {
      if (kind[t] != 1 || counter[t]) {
        continue;
      }
      // the whole number: digit tokens joined by one inner ',' (dropped) or '.' (kept)
      int last = t;
      while (last + 1 < count && kind[last + 1] == 1 && start[last + 1] == end[last] + 1
          && (text.charAt(end[last]) == ',' || text.charAt(end[last]) == '.')) {
        last++;
      }
      long value = 0xcbf29ce484222325L;
      for (int i = start[t]; i < end[last]; i++) {
        char c = text.charAt(i);
        if (c != ',') {
          value = (value ^ (c == 'K' ? 'k' : c == 'M' ? 'm' : c)) * 0x100000001b3L;
        }
      }
      value = mix(value);
      int before = t - 1;
      int after = last + 1;
      if (after < count && in(COUNTED, hash[after])) {
        mark(counter, t, after);
      } else if (before >= 0 && in(COUNTED, hash[before])) {
        mark(counter, before, last);
      } else if (before >= 0 && after < count && in(TIMES_VERBS, hash[before]) && hash[after] == TIMES) {
        mark(counter, before, after);
      } else if (after + 1 < count && in(AGO_UNITS, hash[after]) && hash[after + 1] == AGO) {
        mark(counter, before >= 0 && in(AGO_VERBS, hash[before]) ? before : t, after + 1);
      } else {
        if (numCount == nums.length) {
          nums = Arrays.copyOf(nums, numCount * 2);
        }
        nums[numCount++] = value;
      }
      t = last;
    }

    // the kept words, compacted in place, and their hashes as little-endian bytes for XXH3
    long[] kept = hash;
    int k = 0;
    byte[] bytes = new byte[count * 8];
    for (int t = 0; t < count; t++) {
      if (!counter[t]) {
        LONGS.set(bytes, k * 8, hash[t]);
        kept[k++] = hash[t];
      }
    }
    HashValue128 x = Hashing.xxh3_128().hashBytesTo128Bits(bytes, 0, k * 8);
    java.util.HexFormat hex = java.util.HexFormat.of();
    String exact = hex.toHexDigits(x.getMostSignificantBits()) + hex.toHexDigits(x.getLeastSignificantBits());
    return new TextFingerprints(exact, shingles(kept, k), distinct(nums, numCount));
  }

  private static long[] shingles(long[] words, int count) {
    if (count < SHINGLE) {
      long h = 0;
      for (int w = 0; w < count; w++) {
        h = mix(h * 31 + words[w]);
      }
      return new long[] {h};
    }
    long[] out = new long[count - SHINGLE + 1];
    for (int w = 0; w + SHINGLE <= count; w++) {
      long h = words[w];
      for (int j = 1; j < SHINGLE; j++) {
        h = Long.rotateLeft(h, 13) * 0x9E3779B97F4A7C15L + words[w + j];
      }
      out[w] = mix(h);
    }
    return out;
  }

  private static long[] distinct(long[] values, int count) {
    Arrays.sort(values, 0, count);
    int d = 0;
    for (int i = 0; i < count; i++) {
      if (d == 0 || values[d - 1] != values[i]) {
        values[d++] = values[i];
      }
    }
    return Arrays.copyOf(values, d);
  }

  private static void mark(boolean[] counter, int from, int to) {
    for (int t = from; t <= to; t++) {
      counter[t] = true;
    }
  }

  private static boolean in(long[] sorted, long h) {
    return special(h) && Arrays.binarySearch(sorted, h) >= 0;
  }

  /** An 8,192-bit Bloom filter of every word the counter rules name: most words are rejected by one bit test. */
  private static final long[] SPECIAL = new long[128];

  static {
    for (long[] set : new long[][] {COUNTED, TIMES_VERBS, AGO_UNITS, AGO_VERBS, STAMP_VERBS, STAMP_LINKS,
        DATE_WORDS, {TIMES, AGO}}) {
      for (long h : set) {
        int bit = (int) (h >>> 51);
        SPECIAL[bit >>> 6] |= 1L << (bit & 63);
      }
    }
  }

  private static boolean special(long h) {
    int bit = (int) (h >>> 51);
    return (SPECIAL[bit >>> 6] & (1L << (bit & 63))) != 0;
  }

  private static boolean allDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Per ASCII character: itself lower-cased when it is part of a word (a letter or digit), else 0. */
  private static final char[] ASCII_FOLD = new char[128];

  static {
    for (char c = 0; c < 128; c++) {
      boolean word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      ASCII_FOLD[c] = word ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : 0;
    }
  }

  /** The character lower-cased when it is a letter or digit, else 0. */
  private static char fold(char c) {
    if (c < 128) {
      return ASCII_FOLD[c];
    }
    return Character.isLetterOrDigit(c) ? nonZero(Character.toLowerCase(c)) : 0;
  }

  private static char nonZero(char c) {
    return c == 0 ? 1 : c;
  }

  private static long hash(String word) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < word.length(); i++) {
      h = (h ^ word.charAt(i)) * 0x100000001b3L;
    }
    return mix(h);
  }

  private static long[] hashes(String... words) {
    long[] out = new long[words.length];
    for (int i = 0; i < words.length; i++) {
      out[i] = hash(words[i]);
    }
    Arrays.sort(out);
    return out;
  }

  /** The MurmurHash3 64-bit finaliser: every input bit affects every output bit. */
  static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    return h ^ (h >>> 33);
  }
}
