package io.claimwire.enrich.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads OpenNLP's English models from the classpath, where their Maven Central jars put them. */
final class OpenNlpModels {
  /** Reads one model from its stream (the model class's constructor). */
  interface Reader<T> {
    T read(InputStream in) throws IOException;
  }

  private OpenNlpModels() {}

  /** The model in {@code resource}, or a clear error naming the {@code artifact} that should have brought it. */
  static <T> T load(String resource, String artifact, Reader<T> reader) {
    try (InputStream in = OpenNlpModels.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath (" + artifact + ")");
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the OpenNLP model " + resource, e);
    }
  }
}
