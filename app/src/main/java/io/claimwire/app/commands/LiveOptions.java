package io.claimwire.app.commands;

import io.claimwire.app.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import static io.claimwire.app.commands.CommandSupport.*;

/** Live sources: feeds and the push endpoint, shared by {@code run} and {@code ingest}. */
final class LiveOptions {
  @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
  picocli.CommandLine.Model.CommandSpec mixee;

  @Option(names = "--feeds", paramLabel = "FILE", description = "Feeds to poll: one per line, 'URL [INTERVAL] [OUTLET NAME]' (INTERVAL like 30s, 5m, 1h; default 5m); # starts a comment.")
  Path feedsFile;

  @Option(names = "--feed", paramLabel = "URL", description = "A feed to poll every 5 minutes (repeatable).")
  List<String> feedUrls = new ArrayList<>();

  @Option(names = "--fetch-delay", paramLabel = "DURATION", defaultValue = "1s", converter = DurationConverter.class,
      description = "Least time between two requests to one host (feeds and linked pages). Default: ${DEFAULT-VALUE}.")
  long fetchDelayMs;

  @Option(names = "--allow-host", paramLabel = "HOST", description = "Fetch from this host even though it is loopback, private or link-local (repeatable). Internal addresses are refused by default (SSRF).")
  List<String> allowHosts = new ArrayList<>();

  @Option(names = "--max-fetch-mb", paramLabel = "MB", defaultValue = "10", description = "Largest feed or page fetched. Default: ${DEFAULT-VALUE}.")
  int maxFetchMb;

  @Option(names = "--watch", paramLabel = "DIR", description = "Watch a directory: new and changed article files under it are ingested once (repeatable). A file is read once it has not changed for --watch-settle.")
  List<Path> watch = new ArrayList<>();

  @Option(names = "--watch-settle", paramLabel = "DURATION", defaultValue = "2s", converter = DurationConverter.class,
      description = "How long a watched file must stay unchanged before it is read (files being written are not read early). Default: ${DEFAULT-VALUE}.")
  long settleMs;

  @Option(names = "--push-port", paramLabel = "PORT", description = "Serve the push endpoint (POST /articles) on this port (0: any free port). Off unless given.")
  Integer pushPort;

  @Option(names = "--push-host", defaultValue = "127.0.0.1", description = "Address the push endpoint listens on (0.0.0.0 for every interface). Default: ${DEFAULT-VALUE}.")
  String pushHost;

  @Option(names = "--push-token", paramLabel = "TOKEN",
      description = "Bearer token clients of the push endpoint must send; required with --push-port. Give it as CLAIMWIRE_PUSH_TOKEN to keep it out of the process list.")
  String pushToken;

  @Option(names = "--push-max-mb", paramLabel = "MB", defaultValue = "10", description = "Largest push request. Default: ${DEFAULT-VALUE}.")
  int pushMaxMb;

  @Option(names = "--push-max-inflight-mb", paramLabel = "MB", defaultValue = "64",
      description = "Request bodies the push endpoint holds at once; beyond it a push gets 503 with Retry-After, so memory stays bounded under any number of clients. Default: ${DEFAULT-VALUE}.")
  int pushInFlightMb;

  boolean any() {
    return feedsFile != null || !feedUrls.isEmpty() || pushPort != null || !watch.isEmpty();
  }

  LiveSources sources() {
    List<io.claimwire.ingest.feed.FeedSpec> feeds = new ArrayList<>();
    try {
      if (feedsFile != null) {
        feeds.addAll(io.claimwire.ingest.feed.FeedSpec.parse(feedsFile));
      }
      for (String u : feedUrls) {
        feeds.add(io.claimwire.ingest.feed.FeedSpec.of(u));
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new CommandLine.ParameterException(mixee.commandLine(), "cannot read the feeds: " + e.getMessage());
    }
    if (maxFetchMb < 1) {
      throw new CommandLine.ParameterException(mixee.commandLine(), "--max-fetch-mb must be at least 1, got " + maxFetchMb);
    }
    if (pushMaxMb < 1) {
      throw new CommandLine.ParameterException(mixee.commandLine(), "--push-max-mb must be at least 1, got " + pushMaxMb);
    }
    if (pushInFlightMb < pushMaxMb || pushInFlightMb > 1024) {
      throw new CommandLine.ParameterException(mixee.commandLine(), "--push-max-inflight-mb must be between --push-max-mb ("
          + pushMaxMb + ") and 1024, got " + pushInFlightMb);
    }
    io.claimwire.ingest.push.PushEndpoint.Settings push = null;
    if (pushPort != null) {
      if (pushToken == null || pushToken.isBlank()) {
        throw new CommandLine.ParameterException(mixee.commandLine(), "--push-port needs a token: --push-token TOKEN or CLAIMWIRE_PUSH_TOKEN");
      }
      push = new io.claimwire.ingest.push.PushEndpoint.Settings(pushHost, pushPort, pushToken,
          pushMaxMb * 1024L * 1024, io.claimwire.ingest.push.PushEndpoint.Settings.DEFAULT_MAX_ITEMS,
          pushInFlightMb * 1024L * 1024);
    }
    var http = io.claimwire.ingest.feed.SafeHttp.Policy.defaults().allowingHosts(allowHosts)
        .withMaxBytes(maxFetchMb * 1024L * 1024);
    for (Path d : watch) {
      if (!java.nio.file.Files.isDirectory(d)) {
        throw new CommandLine.ParameterException(mixee.commandLine(), "--watch " + d + ": not a directory");
      }
    }
    return new LiveSources(feeds, http, Duration.ofMillis(fetchDelayMs), push, watch, Duration.ofMillis(settleMs));
  }
}
