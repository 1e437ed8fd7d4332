package io.claimwire.enrich.dedup;

import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHashing;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.Optional;

/**
 * Near-duplicate lookup: MinHash signatures (hash4j's SuperMinHash) over word shingles of an article's main text,
 * indexed by locality-sensitive hashing so that a lookup touches only the few earlier articles that share a band.
 * Syndicated copies (another headline, header and footer, a trimmed sentence, an editor's note, other quotes,
 * re-wrapped lines) keep most shingles; distinct articles on one story share figures but few five-word runs.
 * Not thread-safe; the sequencer owns one.
 *
 * <p>Measured: on 2026-11-22 (five scraped articles on one story, and copies of each with one sentence dropped, a
 * byline, an editor's note, a footer and curly quotes) distinct articles 0.000 to 0.008, copies 0.781 to 0.867; on
 * 2026-12-02, the 92 syndicated copies of our fixture archive (short articles, so one trimmed sentence weighs more)
 * 0.59 to 0.80, median 0.70. The sequencer's threshold of 0.4 leaves room for the estimate's spread (about 0.06 with
 * 60 components); 20 bands of 3 put a pair at 0.6 among the candidates with probability 0.992, at 0.7 with 0.9999.
 * Tried on the same day: 16 bands of 4 (64 components) missed one fixture copy in 92 (0.87 at 0.6); 32 bands of 3
 * (96 components) cost a third of the sequencer's speed in candidates.
 */
public final class NearDuplicates {
  /** Signature components and LSH banding: 20 bands of 3 components. */
  static final int COMPONENTS = 60;
  static final int BANDS = 20;
  static final int ROWS = COMPONENTS / BANDS;
  private static final SimilarityHashPolicy POLICY = SimilarityHashing.superMinHash(COMPONENTS, 16);

  /** An earlier article this one copies, with the estimated Jaccard similarity of their shingles. */
  public record Match(String id, double similarity) {}

  /** Share of the smaller article's numbers the other must also carry for a copy: copies keep their figures. */
  static final double NUMBER_AGREEMENT = 0.8;
  private static final int SIGNATURE_BYTES = POLICY.createHasher().compute(ElementHashProvider.ofValues(1L)).length;
  /** First byte of a stored fingerprint: its layout (60-component SuperMinHash, then numbers). */
  static final byte FORMAT = 4;

  /**
   * Candidates examined per band. A band value shared by many articles is boilerplate, not a copy's trace (a copy at
   * similarity 0.6 shares about 4 of its 20 bands with its original, and misses all of them with probability
   * 0.008), so a lookup walks at most this many of the newest articles in each band and its work stays bounded
   * whatever the input.
   */
  static final int CHAIN_CAP = 32;

  private final double threshold;
  /**
   * The index is a ring of slots in insertion order (the retention window removes the oldest first). A lookup is
   * bound by memory latency, not arithmetic, so each slot is one flat record that a candidate costs one or two
   * cache lines to read: {@code records} holds per slot its sequence number (free: {@code Long.MAX_VALUE}), the
   * last lookup that examined it (dead: -1) and its MinHash packed into longs; {@code links} holds per slot and
   * band the band key next to the next older slot with the same key. {@code heads} maps a band key to its newest
   * slot. A chain ends at a slot that is free or newer than the one before it (reused), so freeing the oldest slot
   * never has to touch the chains that point at it. Numbers and ids are read only for a match.
   */
  private static final int HASH_WORDS = (SIGNATURE_BYTES + 7) / 8;
  private static final int STRIDE = 2 + HASH_WORDS;
  private static final int SEQ = 0;
  private static final int SEEN = 1;
  private static final long DEAD = -1;

  private final Long2IntOpenHashMap heads = new Long2IntOpenHashMap();
  private final Object2IntOpenHashMap<String> slotOf = new Object2IntOpenHashMap<>();
  private String[] ids = new String[1024];
  private long[][] numberSets = new long[1024][];
  private long[] records = freeRecords(1024);
  private long[] links = new long[1024 * BANDS * 2];
  private int tail;
  private int used;
  private int live;
  private long nextSeq;
  private int lastCandidates;
  private final int[] headSlots = new int[BANDS];
  private final long[] query = new long[HASH_WORDS];
  private long queries;

  /** Distinct earlier articles the last lookup compared (bounded by BANDS x CHAIN_CAP). */
  int lastCandidates() {
    return lastCandidates;
  }

  /** @param threshold the estimated similarity from which a text is a copy, in (0, 1] */
  public NearDuplicates(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
    }
    this.threshold = threshold;
    heads.defaultReturnValue(-1);
    slotOf.defaultReturnValue(-1);
  }

  private static long[] freeRecords(int capacity) {
    long[] r = new long[capacity * STRIDE];
    for (int slot = 0; slot < capacity; slot++) {
      r[slot * STRIDE + SEQ] = Long.MAX_VALUE;
      r[slot * STRIDE + SEEN] = DEAD;
    }
    return r;
  }

  /** The most similar earlier article at or above the threshold whose numbers agree, if any. */
  public Optional<Match> find(byte[] signature) {
    byte[] minHash = minHash(signature);
    pack(minHash, query, 0);
    long[] nums = null;
    long q = ++queries;
    int examined = 0;
    int best = -1;
    int bestEqual = (int) Math.ceil(threshold * COMPONENTS - 1e-9) - 1;
    long[] keys = bandKeys(minHash);
    // All heads first: independent lookups whose cache misses the processor can overlap; then the chains.
    for (int band = 0; band < BANDS; band++) {
      headSlots[band] = heads.get(keys[band]);
    }
    for (int band = 0; band < BANDS; band++) {
      long key = keys[band];
      int slot = headSlots[band];
      long newer = Long.MAX_VALUE;
      for (int steps = 0; slot >= 0 && steps < CHAIN_CAP; steps++) {
        int r = slot * STRIDE;
        long sequence = records[r + SEQ];
        if (sequence >= newer) {
          break;
        }
        int link = (slot * BANDS + band) * 2;
        if (links[link] == key && records[r + SEEN] != DEAD && records[r + SEEN] != q) {
          records[r + SEEN] = q;
          examined++;
          int equal = equalComponents(records, r + 2);
          // numbers only for a candidate similar enough: they are a second array, one more cache miss
          if (equal > bestEqual) {
            if (nums == null) {
              nums = numbersOf(signature);
            }
            if (numbersAgree(nums, numberSets[slot])) {
              best = slot;
              bestEqual = equal;
            }
          }
        }
        newer = sequence;
        slot = (int) links[link + 1];
      }
    }
    lastCandidates = examined;
    return best < 0 ? Optional.empty() : Optional.of(new Match(ids[best], (double) bestEqual / COMPONENTS));
  }

  /** Components equal between the last query and the MinHash packed at {@code from}. */
  private int equalComponents(long[] packed, int from) {
    int equal = 0;
    for (int w = 0; w < HASH_WORDS; w++) {
      long x = query[w] ^ packed[from + w];
      // a 16-bit lane is equal when it is zero in x
      for (int lane = 0; lane < 4; lane++) {
        if ((x & 0xFFFFL) == 0) {
          equal++;
        }
        x >>>= 16;
      }
    }
    return equal - PADDING_LANES;
  }

  /** Lanes past the last component in the packed form: zero on both sides, so always counted equal. */
  private static final int PADDING_LANES = HASH_WORDS * 4 - COMPONENTS;

  /**
   * Packs a MinHash into little-endian longs, byte by byte. Not through a byte-array view VarHandle: C2 on JDK 17
   * (17.0.15, x86-64) miscompiled {@code find} with that view over a freshly copied array, so that a held signature
   * was not found or compared unequal to itself (reproduced with -XX:-TieredCompilation; interpreted runs passed).
   */
  private static void pack(byte[] minHash, long[] into, int at) {
    for (int w = 0; w < HASH_WORDS; w++) {
      long v = 0;
      for (int b = 7; b >= 0; b--) {
        int i = w * 8 + b;
        v = (v << 8) | (i < minHash.length ? minHash[i] & 0xFFL : 0);
      }
      into[at + w] = v;
    }
  }

  private byte[] unpack(int slot) {
    byte[] out = new byte[SIGNATURE_BYTES];
    for (int i = 0; i < SIGNATURE_BYTES; i++) {
      out[i] = (byte) (records[slot * STRIDE + 2 + i / 8] >>> (8 * (i % 8)));
    }
    return out;
  }

  /** Remembers an article as a possible original of later ones; false (nothing held) for an unreadable fingerprint. */
  public boolean add(String id, byte[] signature) {
    if (!readable(signature)) {
      return false;
    }
    if (slotOf.containsKey(id)) {
      return true;
    }
    releaseDeadTail();
    if (used == ids.length) {
      grow();
    }
    int slot = (tail + used) % ids.length;
    write(slot, id, minHash(signature), numbersOf(signature), nextSeq++);
    used++;
    live++;
    return true;
  }

  private void write(int slot, String id, byte[] minHash, long[] nums, long sequence) {
    ids[slot] = id;
    numberSets[slot] = nums;
    int r = slot * STRIDE;
    records[r + SEQ] = sequence;
    records[r + SEEN] = 0;
    pack(minHash, records, r + 2);
    long[] keys = bandKeys(minHash);
    for (int band = 0; band < BANDS; band++) {
      long key = keys[band];
      int link = (slot * BANDS + band) * 2;
      links[link] = key;
      links[link + 1] = heads.get(key);
      heads.put(key, slot);
    }
    slotOf.put(id, slot);
  }

  /** Forgets an article (its retention window has passed). */
  public void remove(String id) {
    int slot = slotOf.removeInt(id);
    if (slot < 0) {
      return;
    }
    ids[slot] = null;
    numberSets[slot] = null;
    records[slot * STRIDE + SEEN] = DEAD;
    live--;
    releaseDeadTail();
  }

  /** Frees forgotten slots at the old end of the ring, dropping band heads that pointed only at them. */
  private void releaseDeadTail() {
    while (used > 0 && ids[tail] == null) {
      for (int band = 0; band < BANDS; band++) {
        long key = links[(tail * BANDS + band) * 2];
        if (heads.get(key) == tail) {
          heads.remove(key); // it was the newest with this key, so every older one is gone too
        }
      }
      records[tail * STRIDE + SEQ] = Long.MAX_VALUE;
      tail = (tail + 1) % ids.length;
      used--;
    }
  }

  /** Doubles the ring, re-inserting every slot in age order (dead ones stay dead). */
  private void grow() {
    int capacity = ids.length;
    String[] oldIds = ids;
    long[][] oldNumbers = numberSets;
    long[] oldRecords = records;
    int oldTail = tail;
    int oldUsed = used;
    int n = capacity * 2;
    byte[][] hashes = new byte[capacity][];
    for (int i = 0; i < capacity; i++) {
      if (oldIds[i] != null) {
        hashes[i] = unpack(i);
      }
    }
    ids = new String[n];
    numberSets = new long[n][];
    records = freeRecords(n);
    links = new long[n * BANDS * 2];
    heads.clear();
    slotOf.clear();
    tail = 0;
    used = 0;
    for (int i = 0; i < oldUsed; i++) {
      int from = (oldTail + i) % capacity;
      if (oldIds[from] != null) {
        write(used, oldIds[from], hashes[from], oldNumbers[from], oldRecords[from * STRIDE + SEQ]);
        used++;
      }
    }
  }

  /** True when the article is held. */
  public boolean contains(String id) {
    return slotOf.containsKey(id);
  }

  /** Articles held. */
  public int size() {
    return live;
  }

  private byte[] keysOf;
  private final long[] keys = new long[BANDS];

  /** The band keys of a MinHash, computed once for the lookup and the add that usually follows it. */
  private long[] bandKeys(byte[] minHash) {
    if (keysOf == null || !java.util.Arrays.equals(keysOf, minHash)) {
      for (int band = 0; band < BANDS; band++) {
        keys[band] = bandKey(minHash, band);
      }
      keysOf = minHash;
    }
    return keys;
  }

  private static long bandKey(byte[] signature, int band) {
    long h = band;
    for (int r = 0; r < ROWS; r++) {
      h = h * 0x9E3779B97F4A7C15L + POLICY.getComponent(signature, band * ROWS + r);
    }
    return h;
  }

  /**
   * The fingerprint stored for a text: a format byte, its MinHash signature over word five-grams (texts with fewer
   * words than a shingle get one of their whole text), then hashes of the numbers it reports.
   */
  public static byte[] signature(String text) {
    return TextFingerprints.of(text).nearDuplicate();
  }

  static byte[] signature(TextFingerprints fp) {
    byte[] sig = POLICY.createHasher().compute(ElementHashProvider.ofValues(fp.shingles()));
    long[] nums = fp.numbers();
    java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(1 + sig.length + 8 * nums.length).put(FORMAT).put(sig);
    for (long n : nums) {
      b.putLong(n);
    }
    return b.array();
  }

  /** True for a fingerprint this version wrote (an index built by an older layout is not comparable). */
  public static boolean readable(byte[] stored) {
    return stored != null && stored.length >= 1 + SIGNATURE_BYTES && stored[0] == FORMAT
        && (stored.length - 1 - SIGNATURE_BYTES) % 8 == 0;
  }

  private static byte[] minHash(byte[] stored) {
    if (!readable(stored)) {
      throw new IllegalArgumentException("not a near-duplicate fingerprint of format " + FORMAT);
    }
    return java.util.Arrays.copyOfRange(stored, 1, 1 + SIGNATURE_BYTES);
  }

  private static long[] numbersOf(byte[] stored) {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(stored, 1 + SIGNATURE_BYTES, stored.length - 1 - SIGNATURE_BYTES);
    long[] out = new long[b.remaining() / 8];
    for (int i = 0; i < out.length; i++) {
      out[i] = b.getLong();
    }
    return out;
  }

  /** True when the smaller number set is empty or mostly carried by the other too. */
  static boolean numbersAgree(long[] a, long[] b) {
    int min = Math.min(a.length, b.length);
    if (min == 0) {
      return true;
    }
    int shared = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return shared >= NUMBER_AGREEMENT * min;
  }

  /** Estimated Jaccard similarity of two signatures. */
  public static double similarity(byte[] a, byte[] b) {
    return POLICY.getFractionOfEqualComponents(minHash(a), minHash(b));
  }
}
