package io.claimwire.enrich.topology;

import java.util.Map;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;
import org.apache.kafka.streams.state.RocksDBConfigSetter;

/**
 * Caps the native memory of every RocksDB store in the process: one LRU block cache shared by all stores, with
 * memtables, index and filter blocks charged against it (Kafka Streams' documented bounded-memory setup). The
 * cap is {@value #MEMORY_BYTES_CONFIG} in the Streams config; a quarter of it may be memtables.
 */
public final class BoundedRocksDbMemory implements RocksDBConfigSetter {
  public static final String MEMORY_BYTES_CONFIG = "claimwire.rocksdb.memory.bytes";
  private static Cache cache;
  private static WriteBufferManager writeBuffers;
  private static long cappedAt;

  private static synchronized void ensure(long bytes) {
    if (cache == null) {
      cache = new LRUCache(bytes, -1, false, 0.1);
      writeBuffers = new WriteBufferManager(bytes / 4, cache);
      cappedAt = bytes;
    }
  }

  /** The cap in force in this process, 0 before the first store opened. */
  public static synchronized long cappedAt() {
    return cappedAt;
  }

  @Override
  public void setConfig(String storeName, Options options, Map<String, Object> configs) {
    Object v = configs.get(MEMORY_BYTES_CONFIG);
    ensure(v == null ? EnrichConfig.DEFAULT_ROCKSDB_MEMORY : Long.parseLong(v.toString()));
    BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
    table.setBlockCache(cache);
    table.setCacheIndexAndFilterBlocks(true);
    table.setCacheIndexAndFilterBlocksWithHighPriority(true);
    table.setPinTopLevelIndexAndFilter(true);
    options.setWriteBufferManager(writeBuffers);
    options.setTableFormatConfig(table);
  }

  @Override
  public void close(String storeName, Options options) {
    // the cache and write buffer manager are shared by every store of the process: never closed per store
  }
}
