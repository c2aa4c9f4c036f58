package dev.ducky.query.analysis;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs work on a thread with a 384 KiB stack, three quarters of the smallest worker default (512 KiB), to show
 * that the deepest query the limits allow leaves headroom whatever the JIT has compiled: about 100 KiB of any
 * stack is the JVM's guard zones, and compiled recursive descent can take over 2 KiB a level. A
 * {@link StackOverflowError} is rethrown to the caller.
 */
public final class SmallStack {
    public static final long BYTES = 384 * 1024;

    private SmallStack() {
    }

    public static <T> T call(Callable<T> work) throws Throwable {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(work.call());
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "small-stack", BYTES);
        thread.start();
        thread.join();
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }
}
