package io.claimwire.sink;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A validated search over stored claims: case-insensitive "contains" filters on the source, subject, measure,
 * location, outlet and sentence text; a publication window; the status of the summaries the claim is in; a sort and
 * a page. Only the columns and orders named here ever reach SQL; values travel as parameters.
 */
public record ClaimQuery(Map<String, String> contains, Instant since, Instant until, String status, String sort,
    boolean descending, int limit, int offset) {
  /** Filter name (as in the API) to column. */
  public static final Map<String, String> FILTERS = Map.of("source", "source_name", "subject", "subject",
      "measure", "measure", "location", "location", "outlet", "outlet", "text", "sentence");
  /** Sort name to column. */
  public static final Map<String, String> SORTS = Map.of("published", "published_at", "value", "figure",
      "outlet", "outlet", "stored", "seq");
  public static final Set<String> STATUSES = Set.of("SINGLE", "CORROBORATED", "DISPUTED");
  public static final int MAX_LIMIT = 500;
  static final String CLAIM_COLUMNS = "claim_id, article_id, article_version, ordinal, outlet, url, published_at, "
      + "figure, low, high, qualifier, vague, unit, measure, subject, location, period, source_name, source_role, "
      + "source_kind, source_via, sentence, sentence_start, sentence_end, extractor, change_direction, story_id";

  public ClaimQuery {
    for (String f : contains.keySet()) {
      if (!FILTERS.containsKey(f)) {
        throw new IllegalArgumentException("unknown filter '" + f + "'; filters: " + FILTERS.keySet());
      }
    }
    if (!SORTS.containsKey(sort)) {
      throw new IllegalArgumentException("unknown sort '" + sort + "'; sorts: " + SORTS.keySet());
    }
    if (status != null && !STATUSES.contains(status.toUpperCase(Locale.ROOT))) {
      throw new IllegalArgumentException("unknown status '" + status + "'; statuses: " + STATUSES);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", got " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, got " + offset);
    }
    if (since != null && until != null && !since.isBefore(until)) {
      throw new IllegalArgumentException("since must be before until");
    }
    contains = Map.copyOf(contains);
  }

  /** Everything, newest stored first, one page. */
  public static ClaimQuery all(int limit) {
    return new ClaimQuery(Map.of(), null, null, null, "stored", true, limit, 0);
  }

  /** The SQL and its parameters, given the claim ids in summaries of the status (when a status is asked). */
  String sql(List<Object> params, Set<String> statusClaimIds) {
    StringBuilder where = new StringBuilder();
    for (Map.Entry<String, String> e : new LinkedHashMap<>(contains).entrySet()) {
      where.append(where.length() == 0 ? " WHERE " : " AND ").append("LOWER(").append(FILTERS.get(e.getKey()))
          .append(") LIKE ? ESCAPE '!'");
      params.add("%" + e.getValue().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
    }
    if (since != null) {
      where.append(where.length() == 0 ? " WHERE " : " AND ").append("published_at >= ?");
      params.add(java.sql.Timestamp.from(since));
    }
    if (until != null) {
      where.append(where.length() == 0 ? " WHERE " : " AND ").append("published_at < ?");
      params.add(java.sql.Timestamp.from(until));
    }
    if (statusClaimIds != null) {
      where.append(where.length() == 0 ? " WHERE " : " AND ");
      if (statusClaimIds.isEmpty()) {
        where.append("1 = 0");
      } else {
        where.append("claim_id IN (").append(String.join(",", java.util.Collections.nCopies(statusClaimIds.size(), "?"))).append(")");
        params.addAll(new ArrayList<>(statusClaimIds));
      }
    }
    String order = SORTS.get(sort) + (descending ? " DESC" : " ASC") + ", claim_id";
    params.add(limit);
    params.add(offset);
    return "SELECT seq, " + CLAIM_COLUMNS + " FROM claims" + where + " ORDER BY " + order + " LIMIT ? OFFSET ?";
  }
}
