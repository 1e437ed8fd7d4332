package io.claimwire.app.commands;

import io.claimwire.app.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import static io.claimwire.app.commands.CommandSupport.*;

@Command(name = "replay", mixinStandardHelpOptions = true,
    description = {"Replays archives into the raw topic, in file and record order, with a progress bar: NDJSON (.ndjson, .jsonl) and WARC (.warc: Common Crawl's CC-NEWS, Heritrix, wget --warc-file, Browsertrix), optionally .gz, or directories of them.",
        "From a WARC file, every HTTP 200 response with an HTML page becomes an article (url, main text, title, outlet and published time from the page, else the WARC date); requests, metadata, revisits, other content types and statuses are skipped and counted; a record that cannot be read or decoded goes to the ingest dead letters with its file and offset.",
        "Records are committed in Kafka transactions together with a checkpoint, so --resume after a kill continues after the last committed record and every record arrives once.",
        "Enrich picks the records up when it runs (`claimwire run`, or `claimwire enrich` against a cluster)."})
public final class ReplayCommand implements Callable<Integer> {
  @Mixin Common common;

  @Mixin LanguageOption languages;

  @Parameters(arity = "1..*", paramLabel = "ARCHIVE", description = "Archives (.ndjson, .jsonl, .warc, optionally .gz) or directories of them.")
  List<Path> archives;

  @Option(names = "--from", paramLabel = "TIME", description = "Only records at or after this time (ISO-8601, e.g. 2026-11-01 or 2026-11-01T06:00:00Z): an NDJSON line's publishedAt, a WARC record's WARC-Date.")
  String from;

  @Option(names = "--to", paramLabel = "TIME", description = "Only records before this time.")
  String to;

  @Option(names = "--rate", paramLabel = "N", description = "Send N records per second. Default: full speed.")
  Double rate;

  @Option(names = "--speed", paramLabel = "X", description = "Keep the original pacing (publishedAt; WARC-Date in WARC files), X times faster (e.g. 60: an hour of news per minute).")
  Double speed;

  @Option(names = "--resume", description = "Continue after the last record the broker committed in an earlier run over the same files.")
  boolean resume;

  @Override
  public Integer call() throws Exception {
    CommandLine cmd = new CommandLine(this);
    if (rate != null && speed != null) {
      throw new CommandLine.ParameterException(cmd, "give --rate or --speed, not both");
    }
    if (rate != null && !(rate > 0) || speed != null && !(speed > 0)) {
      throw new CommandLine.ParameterException(cmd, "--rate and --speed must be positive");
    }
    java.time.Instant fromTime;
    java.time.Instant toTime;
    try {
      fromTime = parseTime(from);
      toTime = parseTime(to);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cmd, e.getMessage());
    }
    java.util.Set<String> keep = languages.codes(cmd);
    long total;
    try {
      total = io.claimwire.ingest.replay.Replay.totalBytes(io.claimwire.ingest.replay.Replay.archives(archives));
    } catch (IOException e) {
      throw new CommandLine.ParameterException(cmd, e.getMessage());
    }
    var settings = common.settings();
    try (Pipeline p = new Pipeline(settings).connect()) {
      var extractor = new io.claimwire.ingest.ReadabilityExtractor();
      var replay = new io.claimwire.ingest.replay.Replay(p.clientProps(), p.topics(),
          new io.claimwire.ingest.ArticleFiles(extractor, settings.limits()), extractor, settings.limits());
      var pacer = new io.claimwire.ingest.replay.Pacer(rate, speed, io.claimwire.ingest.replay.Pacer.Ticker.SYSTEM);
      io.claimwire.ingest.replay.Replay.Outcome o;
      long[] records = {0};
      try (me.tongfei.progressbar.ProgressBar bar = new me.tongfei.progressbar.ProgressBarBuilder()
          .setTaskName("replay").setInitialMax(total).setUnit(" MB", 1 << 20).showSpeed()
          .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build()) {
        o = replay.run(new io.claimwire.ingest.replay.Replay.Options(archives, fromTime, toTime, rate, speed, resume,
            keep), pacer, (n, bytes) -> {
              bar.stepBy(bytes);
              if (n > 0) {
                records[0] += n;
                bar.setExtraMessage(records[0] + " records");
              }
            });
      }
      OUT.println("replayed " + o.sent() + " records into " + p.topics().raw.name() + " (" + o.filtered()
          + " outside --from/--to, " + (keep.isEmpty() ? "" : o.otherLanguage() + " in other languages, ")
          + o.deadLettered() + " dead-lettered"
          + (resume ? ", " + o.skippedByResume() + " already sent before" : "") + ")");
      if (!o.skipped().isEmpty()) {
        OUT.println("WARC records skipped: " + o.skipped().entrySet().stream()
            .map(e -> e.getValue() + " " + e.getKey()).collect(java.util.stream.Collectors.joining(", ")));
      }
    }
    return 0;
  }

  private static java.time.Instant parseTime(String s) {
    return s == null ? null : io.claimwire.ingest.ArticleFiles.parseTime(s);
  }
}
