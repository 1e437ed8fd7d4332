package io.claimwire.app.commands;

import io.claimwire.app.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import static io.claimwire.app.commands.CommandSupport.*;

@Command(name = "resend", mixinStandardHelpOptions = true,
    description = {"Sends dead letters back to their stage's input once the cause is fixed, each at most once.",
        "ingest: a JSON article is parsed again, a file is read again from its path; enrich and sink: the original record goes back to the topic it came from."})
public final class DlqResendCommand implements Callable<Integer> {
  @Mixin Common common;

  @Parameters(arity = "0..*", paramLabel = "ID", description = "Dead letters to resend (STAGE:OFFSET, from `claimwire dlq list`).")
  List<String> ids = new ArrayList<>();

  @Option(names = "--all", description = "Every dead letter not resent yet (of --stage, or of every stage).")
  boolean all;

  @Option(names = "--stage", description = "With --all: only this stage: ${COMPLETION-CANDIDATES} (repeatable).")
  List<DeadLetterStage> stages = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    if (ids.isEmpty() == !all) {
      throw new CommandLine.ParameterException(new CommandLine(this), "name dead letters to resend, or give --all");
    }
    try (Pipeline p = new Pipeline(common.settings()).connect()) {
      DeadLetterTool tool = new DeadLetterTool(p.clientProps(), p.topics(), p.settings().limits());
      List<String> chosen = new ArrayList<>(ids);
      if (all) {
        Set<String> only = new java.util.HashSet<>();
        stages.forEach(st -> only.add(st.name().toLowerCase(java.util.Locale.ROOT)));
        tool.list(only).stream().filter(l -> !l.resent()).forEach(l -> chosen.add(l.id()));
      }
      int failed = 0;
      for (DeadLetterTool.Outcome o : tool.resend(chosen)) {
        OUT.println(o.id() + ": " + (o.sent() ? "" : "not resent: ") + o.message());
        failed += o.sent() ? 0 : 1;
      }
      return failed == 0 ? 0 : 1;
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(new CommandLine(this), e.getMessage());
    }
  }
}
