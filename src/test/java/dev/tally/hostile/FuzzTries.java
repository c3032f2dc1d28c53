package dev.tally.hostile;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

import java.util.List;

/**
 * How long the fuzz properties run. By default each runs the few tries its {@code @Property} names, from a fixed
 * seed, so that the test suite is quick and always tries the same inputs. A long run on purpose:
 *
 * <pre>
 * mvn test -Dtest='dev.tally.hostile.FuzzTest' -Dtally.fuzz.tries=100000
 * </pre>
 *
 * <p>With {@code tally.fuzz.tries} set, every property runs that many tries from a random seed (or from
 * {@code tally.fuzz.seed} when given). With {@code tally.fuzz.collect=true} a crash does not stop the run: each
 * kind of crash is counted, the shortest input of each kind is kept, and all are printed when the property ends
 * (and the property then fails). Each property prints its tries, time and rate.
 */
public final class FuzzTries implements AroundPropertyHook {

    /** The seed of the short run in the test suite. */
    static final String SUITE_SEED = "20241231";

    static Integer longRunTries() {
        String tries = System.getProperty("tally.fuzz.tries");
        if (tries == null || tries.isBlank()) {
            return null;
        }
        return Integer.valueOf(tries.strip().replace("_", ""));
    }

    static boolean collect() {
        return Boolean.getBoolean("tally.fuzz.collect");
    }

    /** Registered on the test class, applied to each of its properties. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public boolean appliesTo(java.util.Optional<java.lang.reflect.AnnotatedElement> element) {
        return element.map(e -> e instanceof java.lang.reflect.Method).orElse(false);
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        Integer tries = longRunTries();
        if (tries != null) {
            context.attributes().setTries(tries);
            String seed = System.getProperty("tally.fuzz.seed");
            if (seed != null && !seed.isBlank()) {
                context.attributes().setSeed(seed.strip());
            }
        } else {
            context.attributes().setSeed(SUITE_SEED);
        }
        long start = System.nanoTime();
        PropertyExecutionResult result = property.execute();
        double seconds = (System.nanoTime() - start) / 1e9;
        List<FuzzTest.Crash> crashes = FuzzTest.takeCrashes();
        System.out.printf("fuzz %s: %d executions in %.1f s (%.0f/s), seed %s, %s%n", context.label(),
                result.countTries(), seconds, result.countTries() / Math.max(seconds, 1e-9), result.seed().orElse("?"),
                crashes.isEmpty() ? "no crash" : crashes.size() + " kinds of crash:");
        for (FuzzTest.Crash c : crashes) {
            System.out.printf("  %s: %d times; shortest input (%d chars): %s%n    %s%n", c.signature(), c.count(),
                    c.input().length(), FuzzTest.escape(c.input(), 600), c.detail().replace("\n", "\n    "));
        }
        if (!crashes.isEmpty() && result.status() == PropertyExecutionResult.Status.SUCCESSFUL) {
            return result.mapToFailed(crashes.size() + " kinds of crash (listed on standard output), first: "
                    + crashes.get(0).signature());
        }
        return result;
    }
}
