package io.claimwire.sink;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Store rows under the contract's field names: snake_case columns to camelCase, the stored figure as value. */
public final class ContractNames {
  private ContractNames() {}

  public static Map<String, Object> of(Map<String, Object> row) {
    Map<String, Object> out = new LinkedHashMap<>();
    row.forEach((k, v) -> out.put(name(k), v instanceof Map<?, ?> m ? of(cast(m)) : v instanceof List<?> l ? list(l) : v));
    return out;
  }

  private static List<Object> list(List<?> l) {
    return l.stream().map(x -> x instanceof Map<?, ?> m ? (Object) of(cast(m)) : x).toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Map<?, ?> m) {
    return (Map<String, Object>) m;
  }

  static String name(String column) {
    String name = column.equals("figure") ? "value" : column.equals("change_direction") ? "change" : column;
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '_' && i + 1 < name.length()) {
        b.append(Character.toUpperCase(name.charAt(++i)));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
