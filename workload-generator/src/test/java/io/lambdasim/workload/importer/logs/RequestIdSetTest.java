package io.lambdasim.workload.importer.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdSetTest {

    @Test
    void addReturnsFalseOnlyForAnIdAlreadySeen() {
        RequestIdSet set = new RequestIdSet();

        assertThat(set.add("6f1c0a52-3b7e-4c1d-9a0e-2f4b8d1e7c31")).isTrue();
        assertThat(set.add("0b9d4e21-7c3a-4f5e-8b1d-6a2c9e0f4d17")).isTrue();
        assertThat(set.add("6f1c0a52-3b7e-4c1d-9a0e-2f4b8d1e7c31")).isFalse();
        assertThat(set.size()).isEqualTo(2);
    }

    @Test
    void growsPastItsFirstTableAndStillFindsEveryId() {
        RequestIdSet set = new RequestIdSet();
        int added = 0;
        for (int i = 0; i < 100_000; i++) {
            added += set.add(new UUID(42 + i, i).toString()) ? 1 : 0;
        }
        int addedAgain = 0;
        for (int i = 0; i < 100_000; i += 997) {
            addedAgain += set.add(new UUID(42 + i, i).toString()) ? 1 : 0;
        }

        assertThat(added).isEqualTo(100_000);
        assertThat(addedAgain).isZero();
        assertThat(set.size()).isEqualTo(100_000);
    }
}
