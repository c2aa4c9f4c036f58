package dev.ducky.cli;

import dev.ducky.inbox.DeadLetter;
import dev.ducky.inbox.InboxRepository;
import io.micronaut.context.ApplicationContext;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ducky inbox}: the messages Ducky gave up on (dead letters) — what kind, where, how often tried and the
 * last error, never the text — and {@code --retry} to put them back: a running server answers them on its next
 * sweep, within seconds.
 */
@Command(name = "inbox", mixinStandardHelpOptions = true,
        description = "List the messages Ducky gave up on (dead letters), or put them back to be answered.")
public class InboxCommand implements Callable<Integer> {
    @Option(names = "--retry", description = "Put these dead letters back (by id), to be answered again.")
    boolean retry;

    @Option(names = "--all", description = "With --retry: every dead letter.")
    boolean all;

    @Parameters(paramLabel = "ID", arity = "0..*", description = "Dead letter ids, as listed.")
    List<String> ids = List.of();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!retry && (all || !ids.isEmpty())) {
            err.println("error: ids and --all go with --retry");
            return 2;
        }
        try (ApplicationContext context = ApplicationContext.builder().start()) {
            InboxRepository inbox = context.getBean(InboxRepository.class);
            return retry ? retry(inbox, out, err) : list(inbox.deadLetters(), out);
        }
    }

    private int retry(InboxRepository inbox, PrintWriter out, PrintWriter err) {
        List<String> keys = all ? inbox.deadLetters().stream().map(DeadLetter::key).toList() : ids;
        if (keys.isEmpty()) {
            err.println("error: name the dead letters to retry, or say --all");
            return 2;
        }
        int missing = 0;
        for (String key : keys) {
            if (inbox.retry(key)) {
                out.println("retrying " + key);
            } else {
                err.println("no dead letter " + key);
                missing++;
            }
        }
        return missing == 0 ? 0 : 1;
    }

    private static int list(List<DeadLetter> letters, PrintWriter out) {
        if (letters.isEmpty()) {
            out.println("No dead letters: every message Ducky received was answered or is being answered.");
            return 0;
        }
        out.println(letters.size() + " dead letter(s), newest first:");
        for (DeadLetter d : letters) {
            out.printf("%s  %s in %s, tried %d time(s), received %s, given up %s%n    last error: %s%n", d.key(),
                    d.kind(), d.channel(), d.attempts(), d.receivedAt(), d.deadAt(), d.lastError());
        }
        out.println("Put them back with: ducky inbox --retry ID… (or --all)");
        return 0;
    }
}
