package io.claimwire.enrich.topology;

import io.claimwire.schemas.AvroSerde;
import io.claimwire.schemas.avro.ArticleCopies;
import io.claimwire.schemas.avro.ArticleCopy;
import io.claimwire.schemas.avro.FirstCopy;
import io.claimwire.schemas.avro.LatestVersion;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The serde of a typed store value: Avro (single-object encoding) on write; on read, Avro, or the tab-joined text
 * that state written before typed values holds (a changelog restored after an upgrade). The two cannot be confused:
 * single-object encoding starts with the bytes C3 01, which no UTF-8 text holds.
 */
final class StateSerde<T extends SpecificRecord> implements Serde<T> {
  private final AvroSerde<T> avro;
  private final Function<String, T> legacy;

  private StateSerde(Class<T> type, Function<String, T> legacy) {
    this.avro = new AvroSerde<>(type);
    this.legacy = legacy;
  }

  /** dedup-content: "recordId TAB articleId TAB version [TAB recordTime]" before. */
  static StateSerde<FirstCopy> firstCopies() {
    return new StateSerde<>(FirstCopy.class, s -> {
      String[] f = s.split("\t");
      // a row written before the time was kept never counted as expired
      long time = f.length > 3 ? Long.parseLong(f[3]) : Long.MAX_VALUE;
      return new FirstCopy(f[0], f[1], Integer.parseInt(f[2]), time);
    });
  }

  /** dedup-articles: "version TAB hash TAB recordId [TAB storyId]" before. */
  static StateSerde<LatestVersion> latestVersions() {
    return new StateSerde<>(LatestVersion.class, s -> {
      String[] f = s.split("\t");
      return new LatestVersion(Integer.parseInt(f[0]), f[1], f[2], f.length > 3 && !f[3].isEmpty() ? f[3] : null);
    });
  }

  /** summary-article-copies: lines of "version TAB outlet" before. */
  static StateSerde<ArticleCopies> articleCopies() {
    return new StateSerde<>(ArticleCopies.class, s -> {
      List<ArticleCopy> copies = new ArrayList<>();
      for (String line : s.split("\n")) {
        int tab = line.indexOf('\t');
        if (tab > 0) {
          copies.add(new ArticleCopy(Integer.parseInt(line.substring(0, tab)), line.substring(tab + 1)));
        }
      }
      return new ArticleCopies(copies);
    });
  }

  @Override
  public Serializer<T> serializer() {
    return (topic, value) -> value == null ? null : avro.encode(value);
  }

  @Override
  public Deserializer<T> deserializer() {
    return (topic, bytes) -> {
      if (bytes == null) {
        return null;
      }
      if (bytes.length >= 2 && bytes[0] == (byte) 0xC3 && bytes[1] == (byte) 0x01) {
        return avro.decode(bytes);
      }
      return legacy.apply(new String(bytes, StandardCharsets.UTF_8));
    };
  }
}
