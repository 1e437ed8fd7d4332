package io.claimwire.sink;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.claimwire.schemas.avro.ArticleVerdict;
import io.claimwire.schemas.avro.Claim;
import io.claimwire.schemas.avro.ClaimSet;
import io.claimwire.schemas.avro.ClaimSummary;
import io.claimwire.schemas.avro.SummaryFigure;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.flywaydb.core.Flyway;

/** The one JDBC implementation of {@link ClaimStore}: PostgreSQL or embedded H2, same migrations. */
public final class JdbcClaimStore implements ClaimStore {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JdbcClaimStore.class);
  private static final Map<String, String> EXPORTS = Map.of(
      "claims", "SELECT " + ClaimQuery.CLAIM_COLUMNS + " FROM claims ORDER BY article_id, ordinal",
      "verdicts", "SELECT * FROM verdicts ORDER BY decided_at, record_id",
      "claim-sets", "SELECT * FROM claim_sets ORDER BY article_id",
      "summaries", "SELECT story_id, topic_key, subject, measure, location, status, note, tolerance, figures, updated_at "
          + "FROM claim_summaries ORDER BY topic_key",
      // one row per unique article version's latest version, grouped into stories by export("stories")
      "stories", "SELECT a.story_id, a.article_id, a.outlet, a.url, a.title, a.decided_at FROM articles a "
          + "WHERE a.story_id IS NOT NULL AND a.article_version = (SELECT MAX(b.article_version) FROM articles b "
          + "WHERE b.article_id = a.article_id) ORDER BY a.story_id, a.decided_at, a.article_id");
  private static final Set<String> TABLES = Set.of("claims", "verdicts", "claim_sets", "claim_summaries",
      "consumer_positions", "articles");
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HikariDataSource ds;

  public JdbcClaimStore(StoreConfig config) {
    HikariConfig hc = new HikariConfig();
    hc.setJdbcUrl(config.jdbcUrl());
    hc.setUsername(config.user());
    hc.setPassword(config.password());
    hc.setMaximumPoolSize(4);
    hc.setAutoCommit(false);
    hc.setPoolName("claimwire-store");
    hc.setInitializationFailTimeout(10_000);
    hc.setConnectionTimeout(5_000); // a database that does not answer is a transient failure the sink retries
    String where = config.jdbcUrl().replaceAll("(?i)(password=)[^&;]*", "$1***");
    try {
      this.ds = new HikariDataSource(hc);
    } catch (RuntimeException e) {
      throw new StoreException("cannot open the store at " + where + ": " + rootMessage(e)
          + " (check --store-url: server, database, user)", e);
    }
    try {
      Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    } catch (RuntimeException e) {
      ds.close();
      throw new StoreException("cannot migrate the store at " + where + ": " + rootMessage(e), e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return String.valueOf(t.getMessage()).lines().findFirst().orElse("");
  }

  @Override
  public void apply(Origin origin, Batch batch) {
    try (Connection c = ds.getConnection()) {
      try {
        for (ArticleVerdict v : batch.verdicts()) {
          writeVerdict(c, v);
        }
        for (ClaimSet s : batch.claimSets()) {
          writeClaimSet(c, s);
        }
        for (SummaryChange change : batch.summaries()) {
          writeSummary(c, change);
        }
        for (Map.Entry<TopicPartition, Long> e : batch.nextOffsets().entrySet()) {
          writePosition(c, origin, e.getKey(), e.getValue());
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot write batch: " + e.getMessage(), e);
    }
  }

  private static void writeVerdict(Connection c, ArticleVerdict v) throws SQLException {
    try (PreparedStatement del = c.prepareStatement("DELETE FROM verdicts WHERE record_id = ?")) {
      del.setString(1, v.getRecordId());
      del.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO verdicts (record_id, article_id, article_version, "
        + "verdict, duplicate_of, similarity, method, url, outlet, title, decided_at, story_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
      ps.setString(1, v.getRecordId());
      ps.setString(2, v.getArticleId());
      ps.setInt(3, v.getArticleVersion());
      ps.setString(4, v.getVerdict().name());
      ps.setString(5, v.getDuplicateOf());
      ps.setDouble(6, v.getSimilarity());
      ps.setString(7, v.getMethod().name());
      ps.setString(8, v.getUrl());
      ps.setString(9, v.getOutlet());
      ps.setString(10, v.getTitle());
      ps.setTimestamp(11, Timestamp.from(v.getDecidedAt()));
      ps.setString(12, v.getStoryId());
      ps.executeUpdate();
    }
    if (v.getVerdict() != io.claimwire.schemas.avro.VerdictKind.DUPLICATE) {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO articles (article_id, article_version, record_id, "
          + "verdict, url, outlet, title, decided_at, story_id) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING")) {
        ps.setString(1, v.getArticleId());
        ps.setInt(2, v.getArticleVersion());
        ps.setString(3, v.getRecordId());
        ps.setString(4, v.getVerdict().name());
        ps.setString(5, v.getUrl());
        ps.setString(6, v.getOutlet());
        ps.setString(7, v.getTitle());
        ps.setTimestamp(8, Timestamp.from(v.getDecidedAt()));
        ps.setString(9, v.getStoryId());
        ps.executeUpdate();
      }
    }
  }

  /** Replaces the article's claim set when this one is as new or newer; an older one arriving late is ignored. */
  private record SetVersion(int articleVersion, String extractor) {}

  private static final java.util.Comparator<SetVersion> SET_ORDER = java.util.Comparator
      .comparingInt(SetVersion::articleVersion)
      .thenComparing(SetVersion::extractor, ExtractorVersions::compare);

  /** Gives the set's story to the article's rows of the table that have none (rows stored before stories). */
  private static void setStoryWhereMissing(Connection c, String table, ClaimSet s) throws SQLException {
    if (s.getStoryId() == null) {
      return;
    }
    try (PreparedStatement up = c.prepareStatement("UPDATE " + table + " SET story_id = ? WHERE article_id = ? "
        + "AND story_id IS NULL")) {
      up.setString(1, s.getStoryId());
      up.setString(2, s.getArticleId());
      up.executeUpdate();
    }
  }

  private static void writeClaimSet(Connection c, ClaimSet s) throws SQLException {
    // a set reprocessed with the story its article was given: the stored article takes it
    setStoryWhereMissing(c, "articles", s);
    try (PreparedStatement q = c.prepareStatement("SELECT article_version, extractor FROM claim_sets WHERE article_id = ?")) {
      q.setString(1, s.getArticleId());
      try (ResultSet rs = q.executeQuery()) {
        // Claim sets are ordered by (article version, extractor version): an older or the same one changes nothing,
        // so reading a topic again leaves every row (and its place in the live stream) as it was.
        if (rs.next() && SET_ORDER.compare(new SetVersion(rs.getInt(1), rs.getString(2)),
            new SetVersion(s.getArticleVersion(), s.getExtractor())) >= 0) {
          setStoryWhereMissing(c, "claims", s); // the rows stay; claims stored before stories take the story
          return;
        }
      }
    }
    for (String sql : List.of("DELETE FROM claims WHERE article_id = ?", "DELETE FROM claim_sets WHERE article_id = ?")) {
      try (PreparedStatement del = c.prepareStatement(sql)) {
        del.setString(1, s.getArticleId());
        del.executeUpdate();
      }
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO claim_sets (article_id, article_version, extractor, "
        + "record_id, claim_count, extracted_at, truncated, reason) VALUES (?,?,?,?,?,?,?,?)")) {
      ps.setString(1, s.getArticleId());
      ps.setInt(2, s.getArticleVersion());
      ps.setString(3, s.getExtractor());
      ps.setString(4, s.getRecordId());
      ps.setInt(5, s.getClaims().size());
      ps.setTimestamp(6, Timestamp.from(s.getExtractedAt()));
      ps.setBoolean(7, s.getTruncated());
      ps.setString(8, s.getReason() == null ? null : s.getReason().substring(0, Math.min(500, s.getReason().length())));
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO claims (claim_id, article_id, article_version, ordinal, "
        + "outlet, url, published_at, figure, low, high, qualifier, vague, unit, measure, subject, location, period, "
        + "source_name, source_role, source_kind, source_via, sentence, sentence_start, sentence_end, extractor, "
        + "change_direction, story_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      int ordinal = 0;
      for (Claim cl : s.getClaims()) {
        int i = 1;
        ps.setString(i++, cl.getClaimId());
        ps.setString(i++, cl.getArticleId());
        ps.setInt(i++, cl.getArticleVersion());
        ps.setInt(i++, ordinal++);
        ps.setString(i++, cl.getOutlet());
        ps.setString(i++, cl.getUrl());
        setInstant(ps, i++, cl.getPublishedAt());
        ps.setDouble(i++, cl.getValue());
        setDouble(ps, i++, cl.getLow());
        setDouble(ps, i++, cl.getHigh());
        ps.setString(i++, cl.getQualifier().name());
        ps.setBoolean(i++, cl.getVague());
        ps.setString(i++, cl.getUnit());
        ps.setString(i++, cl.getMeasure());
        ps.setString(i++, cl.getSubject());
        ps.setString(i++, cl.getLocation());
        ps.setString(i++, cl.getPeriod());
        ps.setString(i++, cl.getSource().getName());
        ps.setString(i++, cl.getSource().getRole());
        ps.setString(i++, cl.getSource().getKind().name());
        ps.setString(i++, cl.getSource().getVia());
        ps.setString(i++, cl.getEvidence().getSentence());
        ps.setInt(i++, cl.getEvidence().getStart());
        ps.setInt(i++, cl.getEvidence().getEnd());
        ps.setString(i++, cl.getExtractor());
        ps.setString(i++, cl.getChange() == null ? null : cl.getChange().name());
        ps.setString(i, cl.getStoryId());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void writeSummary(Connection c, SummaryChange change) throws SQLException {
    try (PreparedStatement del = c.prepareStatement("DELETE FROM claim_summaries WHERE topic_key = ?")) {
      del.setString(1, change.topicKey());
      del.executeUpdate();
    }
    ClaimSummary s = change.summary();
    if (s == null) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO claim_summaries (topic_key, subject, measure, "
        + "location, status, note, tolerance, figure_count, figures, updated_at, story_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
      ps.setString(1, change.topicKey());
      ps.setString(2, s.getSubject());
      ps.setString(3, s.getMeasure());
      ps.setString(4, s.getLocation());
      ps.setString(5, s.getStatus().name());
      ps.setString(6, s.getNote());
      ps.setDouble(7, s.getTolerance());
      ps.setInt(8, s.getFigures().size());
      ps.setString(9, figuresJson(s.getFigures()));
      ps.setTimestamp(10, Timestamp.from(s.getUpdatedAt()));
      ps.setString(11, s.getStoryId());
      ps.executeUpdate();
    }
  }

  /** Figures as JSON with the SummaryFigure field names. */
  static String figuresJson(List<SummaryFigure> figures) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (SummaryFigure f : figures) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("value", f.getValue());
      m.put("high", f.getHigh());
      m.put("qualifier", f.getQualifier().name());
      m.put("vague", f.getVague());
      m.put("unit", f.getUnit());
      m.put("subject", f.getSubject());
      m.put("location", f.getLocation());
      m.put("period", f.getPeriod());
      m.put("sources", f.getSources());
      m.put("outlets", f.getOutlets());
      m.put("independentOutlets", f.getIndependentOutlets());
      m.put("syndicatedOutlets", f.getSyndicatedOutlets());
      m.put("superseded", f.getSuperseded());
      m.put("firstSeen", f.getFirstSeen().toString());
      m.put("lastSeen", f.getLastSeen().toString());
      m.put("claimIds", f.getClaimIds());
      out.add(m);
    }
    try {
      return JSON.writeValueAsString(out);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void writePosition(Connection c, Origin origin, TopicPartition tp, long next) throws SQLException {
    String topicId = origin.topicId(tp.topic());
    try (PreparedStatement del = c.prepareStatement(
        "DELETE FROM consumer_positions WHERE consumer_group = ? AND topic = ? AND partition_no = ?")) {
      del.setString(1, origin.group());
      del.setString(2, tp.topic());
      del.setInt(3, tp.partition());
      del.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO consumer_positions (consumer_group, topic, partition_no, next_offset, cluster_id, topic_id) "
            + "VALUES (?,?,?,?,?,?)")) {
      ps.setString(1, origin.group());
      ps.setString(2, tp.topic());
      ps.setInt(3, tp.partition());
      ps.setLong(4, next);
      ps.setString(5, origin.clusterId());
      ps.setString(6, topicId);
      ps.executeUpdate();
    }
  }

  private static void setInstant(PreparedStatement ps, int i, Instant t) throws SQLException {
    if (t == null) {
      ps.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      ps.setTimestamp(i, Timestamp.from(t));
    }
  }

  private static void setDouble(PreparedStatement ps, int i, Double d) throws SQLException {
    if (d == null) {
      ps.setNull(i, Types.DOUBLE);
    } else {
      ps.setDouble(i, d);
    }
  }

  @Override
  public Map<TopicPartition, Long> positions(Origin origin) {
    Map<TopicPartition, Long> out = new HashMap<>();
    Map<String, String> foreign = new java.util.TreeMap<>();
    try (Connection c = ds.getConnection();
         PreparedStatement ps = c.prepareStatement("SELECT topic, partition_no, next_offset, cluster_id, topic_id "
             + "FROM consumer_positions WHERE consumer_group = ?")) {
      ps.setString(1, origin.group());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String topic = rs.getString(1);
          String cluster = rs.getString(4);
          String topicId = rs.getString(5);
          if (origin.clusterId().equals(cluster) && topicId != null && topicId.equals(origin.topicIds().get(topic))) {
            out.put(new TopicPartition(topic, rs.getInt(2)), rs.getLong(3));
          } else {
            foreign.put(topic, !origin.clusterId().equals(cluster)
                ? "stored for cluster " + cluster + ", this is cluster " + origin.clusterId()
                : "stored for topic id " + topicId + ", the topic is now " + origin.topicIds().get(topic));
          }
        }
      }
      c.commit();
    } catch (SQLException e) {
      throw new StoreException("cannot read positions: " + e.getMessage(), e);
    }
    foreign.forEach((topic, why) -> LOG.warn("positions on {} are not this cluster's ({}); reading it from the beginning "
        + "(stored rows are replaced, not doubled)", topic, why));
    return out;
  }

  @Override
  public void export(String what, Consumer<Map<String, Object>> out) {
    String sql = EXPORTS.get(what);
    if (sql == null) {
      throw new IllegalArgumentException("cannot export '" + what + "'; choose one of " + EXPORTS.keySet());
    }
    if (what.equals("stories")) {
      StoryRows stories = new StoryRows(out);
      query("export stories", sql, List.of(), stories);
      stories.flush();
      return;
    }
    query("export " + what, sql, List.of(), out);
  }

  /**
   * Groups article rows (ordered by story, then time) into one row per story: its id, the title of its first
   * article, when its first and last articles were decided, and its articles. Holds one story at a time.
   */
  private static final class StoryRows implements Consumer<Map<String, Object>> {
    private final Consumer<Map<String, Object>> out;
    private Map<String, Object> story;
    private List<Map<String, Object>> articles;

    StoryRows(Consumer<Map<String, Object>> out) {
      this.out = out;
    }

    @Override
    public void accept(Map<String, Object> row) {
      Object id = row.get("story_id");
      if (story == null || !story.get("story_id").equals(id)) {
        flush();
        story = new LinkedHashMap<>();
        story.put("story_id", id);
        story.put("title", row.get("title"));
        story.put("first_seen", row.get("decided_at"));
        articles = new ArrayList<>();
      }
      story.put("last_seen", row.get("decided_at"));
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("article_id", row.get("article_id"));
      a.put("outlet", row.get("outlet"));
      a.put("url", row.get("url"));
      a.put("title", row.get("title"));
      articles.add(a);
    }

    void flush() {
      if (story != null) {
        story.put("articles", articles);
        out.accept(story);
        story = null;
      }
    }
  }

  /** Runs a read-only query, each row as column name (lower case) to value; times as ISO strings, figures parsed. */
  private void query(String what, String sql, List<Object> params, Consumer<Map<String, Object>> out) {
    try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        ps.setObject(i + 1, params.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        ResultSetMetaData md = rs.getMetaData();
        while (rs.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int i = 1; i <= md.getColumnCount(); i++) {
            Object v = rs.getObject(i);
            if ("figures".equalsIgnoreCase(md.getColumnLabel(i)) && v instanceof String json) {
              try {
                v = JSON.readValue(json, List.class);
              } catch (JsonProcessingException e) {
                throw new StoreException("stored figures are not JSON: " + e.getMessage(), e);
              }
            } else if (v instanceof Timestamp ts) {
              v = ts.toInstant().toString();
            } else if (v instanceof java.time.OffsetDateTime odt) {
              v = odt.toInstant().toString();
            }
            row.put(md.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), v);
          }
          out.accept(row);
        }
      }
      c.commit();
    } catch (SQLException e) {
      throw new StoreException("cannot " + what + ": " + e.getMessage(), e);
    }
  }

  private List<Map<String, Object>> rows(String what, String sql, Object... params) {
    List<Map<String, Object>> out = new ArrayList<>();
    query(what, sql, List.of(params), out::add);
    return out;
  }

  @Override
  public List<Map<String, Object>> claims(ClaimQuery q) {
    Set<String> statusIds = q.status() == null ? null : new java.util.HashSet<>();
    if (q.status() != null) {
      for (Map<String, Object> s : rows("read summaries", "SELECT figures FROM claim_summaries WHERE status = ?",
          q.status().toUpperCase(java.util.Locale.ROOT))) {
        for (Object f : (List<?>) s.get("figures")) {
          Object ids = ((Map<?, ?>) f).get("claimIds");
          if (ids instanceof List<?> l) {
            for (Object id : l) {
              statusIds.add(String.valueOf(id));
            }
          }
        }
      }
    }
    List<Object> params = new ArrayList<>();
    String sql = q.sql(params, statusIds);
    List<Map<String, Object>> out = new ArrayList<>();
    query("search claims", sql, params, out::add);
    return out;
  }

  @Override
  public java.util.Optional<Map<String, Object>> claim(String claimId) {
    return rows("read claim", "SELECT seq, " + ClaimQuery.CLAIM_COLUMNS + " FROM claims WHERE claim_id = ?", claimId)
        .stream().findFirst();
  }

  @Override
  public List<Map<String, Object>> claimsAfter(long seq, int limit) {
    return rows("read new claims", "SELECT seq, " + ClaimQuery.CLAIM_COLUMNS + " FROM claims WHERE seq > ? ORDER BY seq LIMIT ?",
        seq, limit);
  }

  @Override
  public long lastClaimSeq() {
    Object v = rows("read claim sequence", "SELECT MAX(seq) AS s FROM claims").get(0).get("s");
    return v == null ? 0 : ((Number) v).longValue();
  }

  @Override
  public List<Map<String, Object>> summaries(String status, int limit, int offset) {
    String cols = "story_id, topic_key, subject, measure, location, status, note, tolerance, figures, updated_at";
    return status == null
        ? rows("read summaries", "SELECT " + cols + " FROM claim_summaries ORDER BY updated_at DESC, topic_key LIMIT ? OFFSET ?", limit, offset)
        : rows("read summaries", "SELECT " + cols + " FROM claim_summaries WHERE status = ? ORDER BY updated_at DESC, topic_key LIMIT ? OFFSET ?",
            status.toUpperCase(java.util.Locale.ROOT), limit, offset);
  }

  @Override
  public java.util.Optional<Map<String, Object>> summary(String topicKey) {
    return rows("read summary", "SELECT story_id, topic_key, subject, measure, location, status, note, tolerance, figures, updated_at "
        + "FROM claim_summaries WHERE topic_key = ?", topicKey).stream().findFirst();
  }

  @Override
  public List<Map<String, Object>> stories(int limit, int offset) {
    return rows("read stories", "SELECT story_id, MIN(decided_at) AS first_seen, MAX(decided_at) AS last_seen, "
        + "COUNT(DISTINCT article_id) AS articles FROM articles WHERE story_id IS NOT NULL GROUP BY story_id "
        + "ORDER BY last_seen DESC, story_id LIMIT ? OFFSET ?", limit, offset).stream().map(this::titled).toList();
  }

  /** A story row with the title of its first article. */
  private Map<String, Object> titled(Map<String, Object> story) {
    Map<String, Object> out = new LinkedHashMap<>(story);
    out.put("title", rows("read story title", "SELECT title FROM articles WHERE story_id = ? ORDER BY decided_at, "
        + "article_id LIMIT 1", story.get("story_id")).stream().findFirst().map(r -> r.get("title")).orElse(null));
    return out;
  }

  @Override
  public java.util.Optional<Map<String, Object>> story(String storyId) {
    List<Map<String, Object>> articles = rows("read story", "SELECT a.article_id, a.article_version, a.outlet, a.url, "
        + "a.title, a.decided_at FROM articles a WHERE a.story_id = ? AND a.article_version = (SELECT "
        + "MAX(b.article_version) FROM articles b WHERE b.article_id = a.article_id) ORDER BY a.decided_at, a.article_id",
        storyId);
    if (articles.isEmpty()) {
      return java.util.Optional.empty();
    }
    Map<String, Object> story = new LinkedHashMap<>();
    story.put("story_id", storyId);
    story.put("title", articles.get(0).get("title"));
    story.put("first_seen", articles.get(0).get("decided_at"));
    story.put("last_seen", articles.get(articles.size() - 1).get("decided_at"));
    story.put("articles", articles);
    story.put("summaries", rows("read story summaries", "SELECT topic_key, subject, measure, location, status, note, "
        + "tolerance, figures, updated_at FROM claim_summaries WHERE story_id = ? ORDER BY CASE status WHEN 'DISPUTED' "
        + "THEN 0 WHEN 'CORROBORATED' THEN 1 ELSE 2 END, topic_key", storyId));
    return java.util.Optional.of(story);
  }

  @Override
  public java.util.Optional<Map<String, Object>> article(String articleId) {
    List<Map<String, Object>> versions = rows("read article", "SELECT article_version, record_id, verdict, url, outlet, "
        + "title, decided_at FROM articles WHERE article_id = ? ORDER BY article_version", articleId);
    if (versions.isEmpty()) {
      return java.util.Optional.empty();
    }
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("article_id", articleId);
    a.put("versions", versions);
    a.put("copies", rows("read copies", "SELECT record_id, article_version, outlet, url, method, similarity, decided_at "
        + "FROM verdicts WHERE article_id = ? AND verdict = 'DUPLICATE' ORDER BY decided_at", articleId));
    a.put("claim_set", rows("read claim set", "SELECT article_version, extractor, claim_count, truncated, extracted_at FROM claim_sets "
        + "WHERE article_id = ?", articleId).stream().findFirst().orElse(null));
    return java.util.Optional.of(a);
  }

  @Override
  public boolean reachable() {
    try (Connection c = ds.getConnection()) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  @Override
  public long count(String table) {
    if (!TABLES.contains(table)) {
      throw new IllegalArgumentException("no table " + table);
    }
    try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table);
         ResultSet rs = ps.executeQuery()) {
      rs.next();
      long n = rs.getLong(1);
      c.commit();
      return n;
    } catch (SQLException e) {
      throw new StoreException("cannot count " + table + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    ds.close();
  }
}
