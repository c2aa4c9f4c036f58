package dev.ducky.cli;

import dev.ducky.console.ConsoleChannel;
import dev.ducky.conversation.Role;
import io.micronaut.context.ApplicationContext;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ducky console}: a channel in the terminal, on the embedded defaults; stdin can be piped. */
@Command(name = "console", mixinStandardHelpOptions = true,
        description = "Talk to Ducky in the terminal (reads stdin, so it can be piped).")
public class ConsoleCommand implements Callable<Integer> {
    @Option(names = "--as", paramLabel = "ROLE", defaultValue = "responder",
            description = "Who you are: responder, support or dev (default: ${DEFAULT-VALUE}).")
    String as;

    @Override
    public Integer call() throws Exception {
        Role role;
        try {
            role = Role.valueOf(as.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("error: --as must be responder, support or dev, not '" + as + "'");
            return 2;
        }
        try (ApplicationContext context = ApplicationContext.builder().environments("console").start()) {
            ConsoleChannel console = context.getBean(ConsoleChannel.class);
            console.as(role);
            var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            console.run(in, System.out, System.console() != null);
        }
        return 0;
    }
}
