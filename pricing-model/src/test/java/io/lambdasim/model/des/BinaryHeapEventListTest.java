package io.lambdasim.model.des;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BinaryHeapEventListTest {

    @Test
    void takesEventsOutByTimeThenPriorityThenInsertionOrder() {
        EventList list = new BinaryHeapEventList(4);
        list.schedule(10, 3, 1, 0);
        list.schedule(5, 3, 2, 0);
        list.schedule(10, 0, 3, 0);
        list.schedule(10, 3, 4, 0);
        list.schedule(5, 3, 5, 0);
        List<Integer> order = new ArrayList<>();
        while (!list.isEmpty()) {
            list.next();
            order.add(list.a());
        }
        assertThat(order).containsExactly(2, 5, 3, 1, 4);
    }

    @Test
    void agreesWithASortOfManyRandomEvents() {
        record Ev(long time, int priority, int seq) {
        }
        SplittableRandom r = new SplittableRandom(1);
        EventList list = new BinaryHeapEventList(2);
        List<Ev> expected = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            Ev e = new Ev(r.nextLong(0, 1000), r.nextInt(0, 4), i);
            expected.add(e);
            list.schedule(e.time(), e.priority(), e.seq(), -e.seq());
        }
        expected.sort(Comparator.comparingLong(Ev::time).thenComparingInt(Ev::priority).thenComparingInt(Ev::seq));
        assertThat(list.size()).isEqualTo(100_000);
        for (Ev e : expected) {
            assertThat(list.peekTime()).isEqualTo(e.time());
            list.next();
            assertThat(list.time()).isEqualTo(e.time());
            assertThat(list.a()).isEqualTo(e.seq());
            assertThat(list.b()).isEqualTo(-e.seq());
        }
        assertThat(list.isEmpty()).isTrue();
    }

    @Test
    void refusesToScheduleInThePast() {
        EventList list = new BinaryHeapEventList();
        list.schedule(100, 0, 0, 0);
        list.next();
        assertThatThrownBy(() -> list.schedule(99, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before the current time");
        list.schedule(100, 0, 0, 0); // the current time itself is fine
        assertThat(list.size()).isEqualTo(1);
    }

    @Test
    void refusesToTakeFromAnEmptyList() {
        assertThatThrownBy(() -> new BinaryHeapEventList().next()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rejectsPrioritiesOutOfRange() {
        assertThatThrownBy(() -> new BinaryHeapEventList().schedule(0, 128, 0, 0))
                .hasMessageContaining("priority");
    }
}
