package org.pressmark.batch;

import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.pressmark.ItemException;

/**
 * The threads of a batch and its time limit per conversion.
 *
 * <p>Each item runs whole on one thread (read, hashed, converted, written), so that a thread goes from
 * one item to the next without handing work to another thread and waiting to be woken when it is done:
 * on two cores those hand-offs left the machine idle a tenth of the time (measured).
 *
 * <p>A watchdog thread enforces the time limit. A conversion that overruns it is abandoned: the item's
 * failure is recorded at once, the conversion's thread is interrupted, and the pool gets a thread in its
 * place so that the batch goes on at full width. The abandoned conversion keeps its thread until it ends
 * (Java cannot stop a thread that ignores interrupts), then its result is dropped unwritten and the thread
 * leaves the pool. At most as many abandoned conversions as there are threads get a stand-in; more slow
 * the batch down instead of piling up.
 */
final class Workers implements AutoCloseable {

    /** A conversion to run within the time limit. */
    @FunctionalInterface
    interface Conversion<T> {
        T run() throws ItemException;
    }

    private static final int RUNNING = 0;
    private static final int DONE = 1;
    private static final int ABANDONED = 2;

    private final int threads;
    private final long limitNanos;
    private final ThreadPoolExecutor pool;
    private final ScheduledThreadPoolExecutor watchdog;
    /** Abandoned conversions whose threads have not come back yet; guarded by this. */
    private int abandoned;

    Workers(int threads, Duration limit) {
        this.threads = threads;
        this.limitNanos = limit.toNanos();
        this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                daemon("pressmark-convert"));
        this.watchdog = new ScheduledThreadPoolExecutor(1, daemon("pressmark-watchdog"));
        // a conversion that ends in time takes its timer out of the queue at once
        watchdog.setRemoveOnCancelPolicy(true);
    }

    /** Runs an item on one of the threads. */
    void execute(Runnable item) {
        pool.execute(item);
    }

    /**
     * Runs a conversion on the calling thread within the time limit.
     *
     * @param conversion the conversion
     * @param onOverrun  runs once, on the watchdog's thread, if the conversion overruns the limit; it
     *                   records the item's failure
     * @return the conversion's result, or null if it overran the limit: then {@code onOverrun} has run
     *         and the result, or the exception, of the conversion was dropped
     * @throws ItemException if the conversion failed within the limit
     */
    <T> T within(Conversion<T> conversion, Runnable onOverrun) throws ItemException {
        Attempt attempt = new Attempt(Thread.currentThread(), onOverrun);
        ScheduledFuture<?> timer = watchdog.schedule(attempt::overrun, limitNanos, TimeUnit.NANOSECONDS);
        T result;
        try {
            result = conversion.run();
        } catch (ItemException | RuntimeException | Error e) {
            if (settled(attempt, timer)) {
                throw e;
            }
            return null;
        }
        return settled(attempt, timer) ? result : null;
    }

    /**
     * Ends an attempt on its own thread: true if it ended in time; false if the watchdog abandoned it,
     * in which case this thread leaves the pool's count of abandoned conversions.
     */
    private boolean settled(Attempt attempt, ScheduledFuture<?> timer) {
        timer.cancel(false);
        if (attempt.state.compareAndSet(RUNNING, DONE)) {
            return true;
        }
        synchronized (attempt) {
            attempt.left = true;
        }
        Thread.interrupted(); // an interrupt meant for the abandoned conversion must not reach the next item
        changeAbandoned(-1);
        return false;
    }

    /** One conversion under watch. */
    private final class Attempt {
        final Thread thread;
        final Runnable onOverrun;
        final AtomicInteger state = new AtomicInteger(RUNNING);
        /** Whether the thread has left the conversion, after which it must not be interrupted; guarded by this. */
        boolean left;

        Attempt(Thread thread, Runnable onOverrun) {
            this.thread = thread;
            this.onOverrun = onOverrun;
        }

        /** Runs on the watchdog's thread when the limit is reached. */
        void overrun() {
            // counted under the attempt's lock, so that its thread, which takes the lock to leave,
            // never counts itself back before it was counted
            synchronized (this) {
                if (!state.compareAndSet(RUNNING, ABANDONED)) {
                    return;
                }
                changeAbandoned(1);
            }
            try {
                onOverrun.run();
            } finally {
                synchronized (this) {
                    if (!left) {
                        thread.interrupt();
                    }
                }
            }
        }
    }

    /** Gives each abandoned conversion, up to as many as there are threads, a stand-in thread. */
    private synchronized void changeAbandoned(int by) {
        abandoned += by;
        int size = threads + Math.min(abandoned, threads);
        // the core size may never exceed the maximum: grow the maximum first, shrink it last
        if (size > pool.getMaximumPoolSize()) {
            pool.setMaximumPoolSize(size);
            pool.setCorePoolSize(size);
        } else {
            pool.setCorePoolSize(size);
            pool.setMaximumPoolSize(size);
        }
    }

    /** Stops the threads; conversions still running (abandoned ones) are interrupted and left to end. */
    @Override
    public void close() {
        pool.shutdownNow();
        watchdog.shutdownNow();
    }

    static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
