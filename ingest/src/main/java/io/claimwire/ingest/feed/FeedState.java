package io.claimwire.ingest.feed;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What ingest remembers of one feed across restarts: the validators for a conditional GET, and for each item it
 * has sent (by GUID, else link, else content hash) the hash of the item's content then, so an unchanged item is
 * skipped and an edited one is sent again. The most recent {@link #MAX_ITEMS} items are kept.
 */
public final class FeedState {
  public static final int MAX_ITEMS = 5000;

  @JsonProperty public String etag;
  @JsonProperty public String lastModified;
  @JsonProperty public LinkedHashMap<String, String> items = new LinkedHashMap<>();

  public String seenHash(String itemKey) {
    return items.get(itemKey);
  }

  /** Records an item as sent with the given content hash (moves it to the newest end). */
  public void sent(String itemKey, String contentHash) {
    items.remove(itemKey);
    items.put(itemKey, contentHash);
    while (items.size() > MAX_ITEMS) {
      var it = items.entrySet().iterator();
      it.next();
      it.remove();
    }
  }

  public FeedState copy() {
    FeedState c = new FeedState();
    c.etag = etag;
    c.lastModified = lastModified;
    c.items = new LinkedHashMap<>(items);
    return c;
  }

  Map<String, String> items() {
    return items;
  }
}
