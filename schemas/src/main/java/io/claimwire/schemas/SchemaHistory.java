package io.claimwire.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;

/**
 * Every released version of a record schema, kept as self-contained JSON under
 * {@code io/claimwire/schemas/history/NAME.vN.avsc} (N from 1, no gaps). A schema change ships with a new
 * version file; {@code SchemaHistoryTest} fails until it does, and checks backward compatibility.
 */
public final class SchemaHistory {
  private SchemaHistory() {}

  public static List<Schema> versions(Class<?> recordType) {
    List<Schema> out = new ArrayList<>();
    for (int v = 1; ; v++) {
      String path = "history/" + recordType.getSimpleName() + ".v" + v + ".avsc";
      try (InputStream in = SchemaHistory.class.getResourceAsStream(path)) {
        if (in == null) {
          return out;
        }
        out.add(new Schema.Parser().parse(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
