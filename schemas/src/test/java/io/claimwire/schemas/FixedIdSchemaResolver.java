package io.claimwire.schemas;

import io.apicurio.registry.resolver.ParsedSchema;
import io.apicurio.registry.resolver.SchemaLookupResult;
import io.apicurio.registry.resolver.SchemaParser;
import io.apicurio.registry.resolver.SchemaResolver;
import io.apicurio.registry.resolver.client.RegistryClientFacade;
import io.apicurio.registry.resolver.config.SchemaResolverConfig;
import io.apicurio.registry.resolver.data.Record;
import io.apicurio.registry.resolver.strategy.ArtifactReference;
import io.apicurio.registry.resolver.strategy.ArtifactReferenceResolverStrategy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.avro.Schema;

/**
 * Stands in for the registry where none can run (no registry server resolves from Maven Central here): it gives
 * every schema one content id and answers lookups by that id, and records the artifact the configured strategy
 * names. Everything else (id handler, framing, Avro body, strategy) is Apicurio's code as claimwire configures it.
 */
public final class FixedIdSchemaResolver implements SchemaResolver<Schema, Object> {
  /** Spans all four id bytes, so byte order shows. */
  static final long CONTENT_ID = 0x0A0B0C0DL;
  static final List<String> ARTIFACTS = new CopyOnWriteArrayList<>();
  private static final Map<Long, ParsedSchema<Schema>> BY_ID = new ConcurrentHashMap<>();

  private SchemaParser<Schema, Object> parser;
  private ArtifactReferenceResolverStrategy<Schema, Object> strategy;

  @Override
  @SuppressWarnings("unchecked")
  public void configure(Map<String, ?> configs, SchemaParser<Schema, Object> schemaParser) {
    this.parser = schemaParser;
    Object s = configs.get(SchemaResolverConfig.ARTIFACT_RESOLVER_STRATEGY);
    try {
      strategy = (ArtifactReferenceResolverStrategy<Schema, Object>) Class.forName(s.toString()).getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void setClientFacade(RegistryClientFacade clientFacade) {
  }

  @Override
  public void setArtifactResolverStrategy(ArtifactReferenceResolverStrategy<Schema, Object> artifactResolverStrategy) {
    this.strategy = artifactResolverStrategy;
  }

  @Override
  public SchemaParser<Schema, Object> getSchemaParser() {
    return parser;
  }

  @Override
  public SchemaLookupResult<Schema> resolveSchema(Record<Object> data) {
    ParsedSchema<Schema> schema = parser.getSchemaFromData(data);
    ArtifactReference ref = strategy.artifactReference(data, schema);
    ARTIFACTS.add(ref.getArtifactId());
    BY_ID.put(CONTENT_ID, schema);
    return SchemaLookupResult.<Schema>builder().parsedSchema(schema).contentId(CONTENT_ID).globalId(7)
        .groupId(ref.getGroupId()).artifactId(ref.getArtifactId()).build();
  }

  @Override
  public SchemaLookupResult<Schema> resolveSchemaByArtifactReference(
      io.apicurio.registry.resolver.strategy.ArtifactReference reference) {
    ParsedSchema<Schema> schema = reference.getContentId() == null ? null : BY_ID.get(reference.getContentId());
    if (schema == null) {
      throw new IllegalStateException("no schema with content id " + reference.getContentId());
    }
    return SchemaLookupResult.<Schema>builder().parsedSchema(schema).contentId(reference.getContentId()).build();
  }

  @Override
  public void reset() {
  }

  @Override
  public void close() {
  }
}
