package dev.ducky.replay;

import dev.ducky.evals.replay.Feature;
import dev.ducky.evals.replay.Replay;
import dev.ducky.evals.replay.ReplaySetup;
import dev.ducky.evals.replay.ReplayTarget;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Ducky in this JVM as a replay target, offline: one application context per knowledge folder (the bundled
 * samples by default), each on its own in-memory database and index under {@code home}. Conversations
 * share a context and are kept apart by their channels.
 */
public class InProcessReplayTarget implements ReplayTarget {
    private static final String SAMPLES = "samples";

    private final Path home;
    private final Map<String, ApplicationContext> contexts = new LinkedHashMap<>();

    public InProcessReplayTarget(Path home) {
        this.home = home;
    }

    @Override
    public Set<Feature> features() {
        return EnumSet.of(Feature.KNOWLEDGE);
    }

    @Override
    public Replay open(ReplaySetup setup) {
        String key = setup.knowledge() == null ? SAMPLES : setup.knowledge().toAbsolutePath().toString();
        ApplicationContext context = contexts.computeIfAbsent(key, k -> start(setup.knowledge()));
        return new InProcessReplay(context, setup.name());
    }

    /** The context of the bundled samples, started if needed (e.g. to warm up before measuring). */
    public ApplicationContext samplesContext() {
        return contexts.computeIfAbsent(SAMPLES, k -> start(null));
    }

    private ApplicationContext start(Path knowledge) {
        Path dir = home.resolve("ctx-" + contexts.size());
        Map<String, Object> properties = new HashMap<>();
        properties.put("ducky.knowledge.runbooks", knowledge == null ? "" : knowledge.toString());
        properties.put("ducky.knowledge.index-dir", dir.resolve("index").toString());
        properties.put("ducky.knowledge.data-dir", dir.toString());
        properties.put("datasources.default.url", "jdbc:h2:mem:replay-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return ApplicationContext.builder(properties).start();
    }

    @Override
    public void close() {
        contexts.values().forEach(ApplicationContext::close);
        contexts.clear();
    }
}
