package io.claimwire.app.commands;

import io.claimwire.app.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import static io.claimwire.app.commands.CommandSupport.*;

@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists dead letters, oldest first per stage: ID (STAGE:OFFSET), time, reason, origin, and whether it was resent.")
public final class DlqListCommand implements Callable<Integer> {
  @Mixin Common common;

  @Option(names = "--stage", description = "Only this stage: ${COMPLETION-CANDIDATES} (repeatable). Default: all.")
  List<DeadLetterStage> stages = new ArrayList<>();

  @Option(names = "--json", description = "One JSON object per line instead of a table.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    try (Pipeline p = new Pipeline(common.settings()).connect(true, common.dataDirGiven())) {
      Set<String> only = new java.util.HashSet<>();
      stages.forEach(st -> only.add(st.name().toLowerCase(java.util.Locale.ROOT)));
      List<DeadLetterTool.Letter> letters = new DeadLetterTool(p.clientProps(), p.topics(), p.settings().limits()).list(only);
      if (json) {
        for (DeadLetterTool.Letter l : letters) {
          OUT.println(JSON.writeValueAsString(l.describe()));
        }
      } else {
        OUT.printf("%-12s %-24s %-8s %-72s %s%n", "ID", "TIME", "STATE", "REASON", "ORIGIN");
        for (DeadLetterTool.Letter l : letters) {
          String state = l.resent() ? "resent" : !l.resendable() ? "excerpt" : "";
          OUT.printf("%-12s %-24s %-8s %-72s %s%n", l.id(), l.time(), state, cut(l.reason(), 72), l.origin());
        }
        OUT.println(letters.size() + " dead letter(s)");
      }
    }
    return 0;
  }

  private static String cut(String s, int n) {
    return s == null ? "" : s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
