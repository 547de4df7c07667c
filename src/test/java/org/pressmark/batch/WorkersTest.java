package org.pressmark.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.pressmark.ItemException;

class WorkersTest {

    private static final long WAIT_SECONDS = 30;

    @Test
    void aConversionInTimeReturnsItsResultAndIsNeverAbandonedLater() throws Exception {
        AtomicInteger overruns = new AtomicInteger();
        try (Workers w = new Workers(1, Duration.ofSeconds(1))) {
            CompletableFuture<String> r = new CompletableFuture<>();
            w.execute(() -> {
                try {
                    r.complete(w.within(() -> "done", overruns::incrementAndGet));
                } catch (ItemException e) {
                    r.completeExceptionally(e);
                }
            });
            assertEquals("done", r.get(WAIT_SECONDS, TimeUnit.SECONDS));
            Thread.sleep(1_200); // past the limit: the timer was cancelled with the conversion's end
            assertEquals(0, overruns.get());
        }
    }

    @Test
    void aFailureInTimeReachesTheCaller() throws Exception {
        try (Workers w = new Workers(1, Duration.ofSeconds(10))) {
            CompletableFuture<Throwable> r = new CompletableFuture<>();
            w.execute(() -> {
                try {
                    w.within(() -> {
                        throw new ItemException("p.html", "no article text found");
                    }, () -> { });
                    r.complete(null);
                } catch (ItemException e) {
                    r.complete(e);
                }
            });
            Throwable t = r.get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertTrue(t instanceof ItemException, String.valueOf(t));
            assertEquals("p.html: no article text found", t.getMessage());
        }
    }

    @Test
    void anOverrunIsAbandonedAndItsThreadGetsAStandInWhileItRuns() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch overran = new CountDownLatch(1);
        AtomicInteger overruns = new AtomicInteger();
        // the limit leaves a busy machine time enough to run the second, trivial conversion within it
        try (Workers w = new Workers(1, Duration.ofMillis(500))) {
            CompletableFuture<Object> stuck = new CompletableFuture<>();
            CompletableFuture<Boolean> interruptLeftOver = new CompletableFuture<>();
            w.execute(() -> {
                try {
                    stuck.complete(w.within(() -> {
                        // ignores interrupts, like a runaway loop in a parser
                        while (release.getCount() > 0) {
                            Thread.onSpinWait();
                        }
                        return "too late";
                    }, () -> {
                        overruns.incrementAndGet();
                        overran.countDown();
                    }));
                } catch (ItemException e) {
                    stuck.completeExceptionally(e);
                }
                interruptLeftOver.complete(Thread.currentThread().isInterrupted());
            });
            assertTrue(overran.await(WAIT_SECONDS, TimeUnit.SECONDS), "the watchdog abandons the conversion");

            // with one thread, a second item still runs while the first conversion is stuck
            CompletableFuture<String> next = new CompletableFuture<>();
            w.execute(() -> {
                try {
                    next.complete(w.within(() -> "next", () -> { }));
                } catch (ItemException e) {
                    next.completeExceptionally(e);
                }
            });
            assertEquals("next", next.get(WAIT_SECONDS, TimeUnit.SECONDS));
            assertFalse(stuck.isDone());

            release.countDown();
            assertNull(stuck.get(WAIT_SECONDS, TimeUnit.SECONDS), "the late result is dropped");
            assertSame(Boolean.FALSE, interruptLeftOver.get(WAIT_SECONDS, TimeUnit.SECONDS),
                    "the interrupt meant for the abandoned conversion is cleared");
            assertEquals(1, overruns.get());
        }
    }

    @Test
    void aLateFailureOfAnAbandonedConversionIsDroppedToo() throws Exception {
        CountDownLatch overran = new CountDownLatch(1);
        try (Workers w = new Workers(1, Duration.ofMillis(100))) {
            CompletableFuture<Object> r = new CompletableFuture<>();
            w.execute(() -> {
                try {
                    r.complete(w.within(() -> {
                        try {
                            overran.await(WAIT_SECONDS, TimeUnit.SECONDS);
                            Thread.sleep(WAIT_SECONDS * 1000); // interrupted by the watchdog
                        } catch (InterruptedException e) {
                            throw new ItemException("p.html", "interrupted");
                        }
                        return "never";
                    }, overran::countDown));
                } catch (ItemException e) {
                    r.completeExceptionally(e);
                }
            });
            assertNull(r.get(WAIT_SECONDS, TimeUnit.SECONDS));
        }
    }

    @Test
    void anAbandonedConversionCannotBeSettledTwice() throws Exception {
        // the conversion ends just as the limit is reached, again and again: each item ends exactly once,
        // either with its result or through the watchdog
        int items = 200;
        AtomicInteger results = new AtomicInteger();
        AtomicInteger overruns = new AtomicInteger();
        CountDownLatch ended = new CountDownLatch(items);
        try (Workers w = new Workers(2, Duration.ofMillis(1))) {
            for (int i = 0; i < items; i++) {
                w.execute(() -> {
                    try {
                        long until = System.nanoTime() + 1_000_000;
                        Object r = w.within(() -> {
                            while (System.nanoTime() < until) {
                                Thread.onSpinWait();
                            }
                            return "r";
                        }, overruns::incrementAndGet);
                        if (r != null) {
                            results.incrementAndGet();
                        }
                    } catch (ItemException e) {
                        throw new AssertionError(e);
                    } finally {
                        ended.countDown();
                    }
                });
            }
            assertTrue(ended.await(WAIT_SECONDS, TimeUnit.SECONDS));
            assertEquals(items, results.get() + overruns.get());
        }
    }

    @Test
    void itemsRunOnThePoolsThreadsNotTheCallers() throws Exception {
        try (Workers w = new Workers(2, Duration.ofSeconds(10))) {
            CompletableFuture<String> name = new CompletableFuture<>();
            w.execute(() -> name.complete(Thread.currentThread().getName()));
            assertEquals("pressmark-convert", name.get(WAIT_SECONDS, TimeUnit.SECONDS));
        }
    }
}
