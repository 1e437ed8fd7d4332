package io.claimwire.app.commands;

import io.claimwire.app.*;

import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import static io.claimwire.app.commands.CommandSupport.*;

@Command(name = "reprocess", mixinStandardHelpOptions = true,
    description = {"Re-extracts claims from the stored unique articles with the current extractor, on top of the existing dedup state (verdicts and versions stay as they are).",
        "New claim sets carry the current extractor version and replace the older ones for the same article version; claim ids stay the same where a claim is unchanged, so subscribers see changes, not duplicates.",
        "Runs enrich and the sink until the new claim sets are stored."})
public final class ReprocessCommand implements Callable<Integer> {
  @Mixin Common common;

  @Option(names = "--from", paramLabel = "TIME", required = true, description = "Articles decided at or after this time (ISO-8601, e.g. 2026-11-01 or 2026-11-01T06:00:00Z; 1970-01-01 for all).")
  String from;

  @Option(names = "--timeout", defaultValue = "PT30M", description = "Give up waiting after this long (ISO-8601). Default: ${DEFAULT-VALUE}.")
  Duration timeout;

  @Override
  public Integer call() throws Exception {
    java.time.Instant fromTime;
    try {
      fromTime = io.claimwire.ingest.ArticleFiles.parseTime(from);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(new CommandLine(this), e.getMessage());
    }
    try (Pipeline p = new Pipeline(common.settings())) {
      p.connect().startEnrich().startSink();
      long sent;
      try (me.tongfei.progressbar.ProgressBar bar = new me.tongfei.progressbar.ProgressBarBuilder()
          .setTaskName("reprocess").setInitialMax(Reprocessing.articleRecords(p.settings(), p.topics())).setUnit(" art", 1).showSpeed()
          .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build()) {
        sent = Reprocessing.send(p.settings(), p.topics(), fromTime, bar::stepBy);
        bar.maxHint(bar.getCurrent()); // the topic's offsets counted transaction markers and compacted records too
      }
      OUT.println("sent " + sent + " article(s) for extraction with extractor "
          + io.claimwire.enrich.text.FigureExtractor.VERSION + "; waiting for enrich and the sink…");
      OUT.flush();
      p.awaitSettled(timeout);
      OUT.println("done: the store holds " + p.store().count("claim_sets") + " claim sets and "
          + p.store().count("claims") + " claims");
    }
    return 0;
  }
}
