package jp.tokyo23city.portal.platform;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A value read from the database that every page shows and that rarely changes (the post types, the wards' names),
 * kept for a while instead of read for every request. Kept values are shared between threads: they must not be
 * changed. {@link #drop()} after a change committed on this instance; other instances of a cluster read it again when
 * it expires.
 *
 * <p>A value read while a change was being dropped is not kept (the drop counts as a new generation), so a read that
 * raced a change never outlives it.
 */
public final class ExpiringValue<T> {

    private record Kept<T>(T value, long readAt, long generation) {
    }

    private final Duration life;
    private final AtomicLong generation = new AtomicLong();
    private volatile Kept<T> kept;

    public ExpiringValue(Duration life) {
        this.life = life;
    }

    /** The kept value, or a new one from {@code read} when none is kept or it expired. */
    public T get(Supplier<T> read) {
        long now = System.nanoTime();
        Kept<T> current = kept;
        long gen = generation.get();
        if (current != null && current.generation() == gen && now - current.readAt() < life.toNanos()) {
            return current.value();
        }
        T value = read.get();
        if (generation.get() == gen) {
            kept = new Kept<>(value, now, gen);
        }
        return value;
    }

    /** Forgets the value: the next {@link #get} reads it again. */
    public void drop() {
        generation.incrementAndGet();
        kept = null;
    }
}
