package io.claimwire.app.commands;

import io.claimwire.app.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import static io.claimwire.app.commands.CommandSupport.*;

@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Only ingest: files, feeds and the push endpoint into the raw topic of an existing cluster. With feeds or --push-port it runs until Ctrl-C.")
public final class IngestCommand implements Callable<Integer> {
  @Mixin Common common;

  @Mixin LiveOptions live;

  @Mixin ApiOptions api;

  @Mixin LanguageOption languages;

  @Option(names = "--input", arity = "1..*", description = "Files or directories.")
  List<Path> inputs = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    if (inputs.isEmpty() && !live.any()) {
      throw new CommandLine.ParameterException(new CommandLine(this), "nothing to ingest: give --input, --feeds, --feed, --watch or --push-port");
    }
    LiveSources sources = live.sources();
    try (Pipeline p = new Pipeline(common.settings().withLanguages(languages.codes(new CommandLine(this)))).connect()) {
      if (!inputs.isEmpty()) {
        OUT.println("sent " + p.ingest(inputs).size() + " articles");
      }
      if (live.any()) {
        p.startLiveSources(sources);
        api.startOps(p);
        if (p.pushPort() > 0) {
          OUT.println("Push endpoint: POST http://" + live.pushHost + ":" + p.pushPort() + io.claimwire.ingest.push.PushEndpoint.PATH);
        }
        OUT.println("Ingesting; Ctrl-C stops.");
        OUT.flush();
        awaitCtrlC();
      }
    }
    return 0;
  }
}
