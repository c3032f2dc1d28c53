package dev.tally.hostile;

/**
 * Named by YAML tags in the hostile tests: loading or constructing it sets a system property, so a test can see
 * whether a tag was ever turned into an object. The tests only use its compile-time constant, which does not load it.
 */
public final class Canary {

    static final String PROPERTY = "dev.tally.hostile.canary";

    static {
        System.setProperty(PROPERTY, "loaded");
    }

    public Canary() {
        System.setProperty(PROPERTY, "constructed");
    }

    public Canary(Object any) {
        System.setProperty(PROPERTY, "constructed with " + any);
    }
}
