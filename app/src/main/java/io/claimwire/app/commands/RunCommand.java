package io.claimwire.app.commands;

import io.claimwire.app.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import static io.claimwire.app.commands.CommandSupport.*;

@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Ingest + enrich + sink over your files, directories or NDJSON(.gz) archives.")
public final class RunCommand implements Callable<Integer> {
  @Mixin Common common;

  @Mixin LiveOptions live;

  @Mixin ApiOptions api;

  @Mixin LanguageOption languages;

  @Option(names = "--input", arity = "1..*", description = "Files or directories (.txt, .html, .ndjson, .ndjson.gz).")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--once", description = "Exit when every input record (with no --input and no feeds: every record already in the raw topic) has its verdict and claim set stored, and the claim summaries they change are stored too. Feeds are polled once.")
  boolean once;

  @Option(names = "--timeout", defaultValue = "PT10M", description = "With --once: give up after this long (ISO-8601). Default: ${DEFAULT-VALUE}.")
  Duration timeout;

  @Override
  public Integer call() throws Exception {
    try (Pipeline p = new Pipeline(common.settings().withLanguages(languages.codes(new CommandLine(this))))) {
      LiveSources sources = live.sources();
      p.connect().startEnrich().startSink();
      Set<String> ingested = new java.util.HashSet<>(inputs.isEmpty() ? Set.of() : p.ingest(inputs));
      if (once) {
        if (!sources.feeds().isEmpty()) {
          ingested.addAll(p.pollFeedsOnce(sources));
        }
        boolean nothingGiven = inputs.isEmpty() && sources.feeds().isEmpty();
        Set<String> ids = nothingGiven ? p.rawRecordIds() : ingested;
        if (nothingGiven) {
          OUT.println("waiting for the " + ids.size() + " records already in " + p.topics().raw.name());
        }
        p.awaitStored(ids, timeout);
        Map<String, Long> counts = new LinkedHashMap<>();
        p.store().export("verdicts", r -> {
          if (ids.contains((String) r.get("record_id"))) {
            counts.merge((String) r.get("verdict"), 1L, Long::sum);
          }
        });
        OUT.println("done: " + ids.size() + " records, verdicts " + counts + ", store holds "
            + p.store().count("claims") + " claims");
        return 0;
      }
      p.startLiveSources(sources);
      api.start(p);
      if (p.pushPort() > 0) {
        OUT.println("Push endpoint: POST http://" + live.pushHost + ":" + p.pushPort() + io.claimwire.ingest.push.PushEndpoint.PATH);
      }
      OUT.println("Running" + (sources.feeds().isEmpty() ? "" : ", polling " + sources.feeds().size() + " feed(s)") + "; Ctrl-C stops.");
      OUT.flush();
      awaitCtrlC();
    }
    return 0;
  }
}
