package dev.ducky.evals.replay;

import java.util.Set;

/** A Ducky to replay incidents into: opens one fresh conversation per scenario. */
public interface ReplayTarget extends AutoCloseable {
    /** What this target can do beyond plain turns. */
    Set<Feature> features();

    Replay open(ReplaySetup setup);

    @Override
    default void close() {
    }
}
