package org.froissart.runner.cli;

import java.io.PrintStream;
import java.util.List;

import org.froissart.runner.Main;

/** {@code froissart eval ner|events}: accuracy against gold data. */
public final class EvalCommand {
    public int execute(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            throw new UsageException("eval needs a kind: 'eval ner --gold FILE.jsonl' or 'eval events --petrarch RECORDS.xml --dictionaries DIR'");
        }
        throw new UsageException("eval " + args.get(0) + " is not available in this build");
    }

    static int ok() {
        return Main.OK;
    }
}
