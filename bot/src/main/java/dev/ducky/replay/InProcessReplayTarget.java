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
 * samples by default) and per model (none, or the scripted one), each on its own in-memory database and index
 * under {@code home}. Conversations share a context and are kept apart by their channels; every replayed
 * {@code …-support} channel is a support channel.
 */
public class InProcessReplayTarget implements ReplayTarget {
    private static final String SAMPLES = "samples";

    private final Path home;
    private final Map<String, ApplicationContext> contexts = new LinkedHashMap<>();
    private ScriptedModel model;

    public InProcessReplayTarget(Path home) {
        this.home = home;
    }

    @Override
    public Set<Feature> features() {
        return EnumSet.of(Feature.KNOWLEDGE, Feature.SUPPORT, Feature.MODEL);
    }

    @Override
    public Replay open(ReplaySetup setup) {
        boolean scripted = !setup.modelScript().isEmpty();
        String key = (setup.knowledge() == null ? SAMPLES : setup.knowledge().toAbsolutePath().toString())
                + (scripted ? " with a scripted model" : "");
        ApplicationContext context = contexts.computeIfAbsent(key, k -> start(setup.knowledge(), scripted));
        if (scripted) {
            model.play(setup.modelScript());
        }
        return new InProcessReplay(context, setup.name());
    }

    /** The context of the bundled samples, started if needed (e.g. to warm up before measuring). */
    public ApplicationContext samplesContext() {
        return contexts.computeIfAbsent(SAMPLES, k -> start(null, false));
    }

    private ApplicationContext start(Path knowledge, boolean scripted) {
        Path dir = home.resolve("ctx-" + contexts.size());
        Map<String, Object> properties = new HashMap<>();
        properties.put("ducky.knowledge.runbooks", knowledge == null ? "" : knowledge.toString());
        properties.put("ducky.knowledge.index-dir", dir.resolve("index").toString());
        properties.put("ducky.knowledge.data-dir", dir.toString());
        properties.put("datasources.default.url", "jdbc:h2:mem:replay-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        properties.put("ducky.support.channels", "*-support");
        if (scripted) {
            if (model == null) {
                model = new ScriptedModel();
            }
            properties.putAll(model.settings());
        }
        return ApplicationContext.builder(properties).start();
    }

    @Override
    public void close() {
        contexts.values().forEach(ApplicationContext::close);
        contexts.clear();
        if (model != null) {
            model.close();
            model = null;
        }
    }
}
