package io.claimwire.app;

import io.claimwire.ingest.feed.FeedSpec;
import io.claimwire.ingest.feed.SafeHttp;
import io.claimwire.ingest.push.PushEndpoint;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Live sources: feeds (with the HTTP policy and per-host delay for fetching them and their pages), the push endpoint
 * (null when off), and watched directories with how long a new file must be still before it is read.
 */
public record LiveSources(List<FeedSpec> feeds, SafeHttp.Policy http, Duration fetchDelay, PushEndpoint.Settings push,
    List<Path> watch, Duration settle) {
  public LiveSources(List<FeedSpec> feeds, SafeHttp.Policy http, Duration fetchDelay, PushEndpoint.Settings push) {
    this(feeds, http, fetchDelay, push, List.of(), Duration.ofSeconds(2));
  }
}
