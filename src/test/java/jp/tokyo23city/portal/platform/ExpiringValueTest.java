package jp.tokyo23city.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ExpiringValueTest {

    @Test
    void keepsTheValueUntilDropped() {
        AtomicInteger reads = new AtomicInteger();
        ExpiringValue<Integer> value = new ExpiringValue<>(Duration.ofHours(1));
        assertThat(value.get(reads::incrementAndGet)).isEqualTo(1);
        assertThat(value.get(reads::incrementAndGet)).isEqualTo(1);
        value.drop();
        assertThat(value.get(reads::incrementAndGet)).isEqualTo(2);
        assertThat(reads).hasValue(2);
    }

    @Test
    void readsAgainWhenExpired() throws InterruptedException {
        AtomicInteger reads = new AtomicInteger();
        ExpiringValue<Integer> value = new ExpiringValue<>(Duration.ofMillis(20));
        value.get(reads::incrementAndGet);
        Thread.sleep(40);
        assertThat(value.get(reads::incrementAndGet)).isEqualTo(2);
    }

    @Test
    void aValueReadWhileAChangeWasDroppedIsNotKept() {
        AtomicInteger reads = new AtomicInteger();
        ExpiringValue<Integer> value = new ExpiringValue<>(Duration.ofHours(1));
        // the read saw the data before the change committed; the change dropped the value meanwhile
        assertThat(value.get(() -> {
            value.drop();
            return -1;
        })).isEqualTo(-1);
        assertThat(value.get(reads::incrementAndGet)).isEqualTo(1);
    }
}
