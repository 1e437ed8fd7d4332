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
    description = {"Replays NDJSON archives (.ndjson, .jsonl, optionally .gz, or directories of them) into the raw topic, in line order, with a progress bar.",
        "Records are committed in Kafka transactions together with a checkpoint, so --resume after a kill continues after the last committed record and every record arrives once.",
        "Enrich picks the records up when it runs (`claimwire run`, or `claimwire enrich` against a cluster)."})
public final class ReplayCommand implements Callable<Integer> {
  @Mixin Common common;

  @Parameters(arity = "1..*", paramLabel = "ARCHIVE", description = "Archives or directories of archives.")
  List<Path> archives;

  @Option(names = "--from", paramLabel = "TIME", description = "Only articles published at or after this time (ISO-8601, e.g. 2026-11-01 or 2026-11-01T06:00:00Z).")
  String from;

  @Option(names = "--to", paramLabel = "TIME", description = "Only articles published before this time.")
  String to;

  @Option(names = "--rate", paramLabel = "N", description = "Send N records per second. Default: full speed.")
  Double rate;

  @Option(names = "--speed", paramLabel = "X", description = "Keep the original pacing of publishedAt, X times faster (e.g. 60: an hour of news per minute).")
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
    List<Path> files;
    long total;
    try {
      files = io.claimwire.ingest.replay.Replay.archives(archives);
      total = io.claimwire.ingest.replay.Replay.countLines(files);
    } catch (IOException e) {
      throw new CommandLine.ParameterException(cmd, e.getMessage());
    }
    try (Pipeline p = new Pipeline(common.settings()).connect()) {
      var replay = new io.claimwire.ingest.replay.Replay(p.clientProps(), p.topics(),
          new io.claimwire.ingest.ArticleFiles(new io.claimwire.ingest.ReadabilityExtractor()));
      var pacer = new io.claimwire.ingest.replay.Pacer(rate, speed, io.claimwire.ingest.replay.Pacer.Ticker.SYSTEM);
      io.claimwire.ingest.replay.Replay.Outcome o;
      try (me.tongfei.progressbar.ProgressBar bar = new me.tongfei.progressbar.ProgressBarBuilder()
          .setTaskName("replay").setInitialMax(total).setUnit(" rec", 1).showSpeed()
          .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build()) {
        o = replay.run(new io.claimwire.ingest.replay.Replay.Options(archives, fromTime, toTime, rate, speed, resume),
            pacer, bar::stepBy);
      }
      OUT.println("replayed " + o.sent() + " records into " + p.topics().raw.name() + " (" + o.filtered()
          + " outside --from/--to, " + o.deadLettered() + " dead-lettered"
          + (resume ? ", " + o.skippedByResume() + " already sent before" : "") + ")");
    }
    return 0;
  }

  private static java.time.Instant parseTime(String s) {
    return s == null ? null : io.claimwire.ingest.ArticleFiles.parseTime(s);
  }
}
