package dev.tally.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {

    @Test
    void everyItemIsDoneOnceAndAllAreDoneOnReturn() {
        List<Integer> items = IntStream.range(0, 5000).boxed().toList();
        Map<Integer, AtomicInteger> done = new ConcurrentHashMap<>();
        Parallel.forEach(items, i -> done.computeIfAbsent(i, k -> new AtomicInteger()).incrementAndGet());
        assertEquals(items.size(), done.size());
        assertTrue(done.values().stream().allMatch(n -> n.get() == 1));
    }

    @Test
    void noItemsAndOneItemAreDoneHere() {
        Parallel.forEach(List.of(), i -> {
            throw new AssertionError("nothing to do");
        });
        List<Thread> threads = new ArrayList<>();
        Parallel.forEach(List.of("only"), s -> threads.add(Thread.currentThread()));
        assertEquals(List.of(Thread.currentThread()), threads);
    }

    @Test
    void theFirstFailureIsThrownAndStopsTheHandingOut() {
        IllegalStateException failure = new IllegalStateException("report 3 broke");
        AtomicInteger started = new AtomicInteger();
        List<Integer> items = IntStream.range(0, 10_000).boxed().toList();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> Parallel.forEach(items, i -> {
            started.incrementAndGet();
            if (i == 3) {
                throw failure;
            }
            long until = System.nanoTime() + 50_000; // an item takes a while, as a report does
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
        }));
        assertSame(failure, thrown);
        assertTrue(started.get() < items.size(), "items were still handed out after the failure: " + started.get());
    }

    @Test
    void workCalledInAPoolOfItsOwnStaysInThatPool() throws Exception {
        java.util.concurrent.ForkJoinPool own = new java.util.concurrent.ForkJoinPool(2);
        try {
            Map<Thread, Boolean> threads = new ConcurrentHashMap<>();
            own.submit(() -> Parallel.forEach(IntStream.range(0, 2000).boxed().toList(), i -> {
                threads.put(Thread.currentThread(), true);
                long until = System.nanoTime() + 200_000;
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
            })).get();
            assertTrue(threads.size() > 1, "one thread did all the work");
            for (Thread t : threads.keySet()) {
                assertSame(own, ((java.util.concurrent.ForkJoinWorkerThread) t).getPool(), t.getName());
            }
        } finally {
            own.shutdownNow();
        }
    }
}
