package io.lambdasim.model.ec2;

/**
 * The free slots of the units in service, as a FIFO ring of unit indices (one entry per free slot): a request takes
 * the slot that has been free longest, which spreads requests over the units in turn. Grows only when it must.
 */
final class SlotPool {

    private int[] ring;
    private int head;
    private int size;

    SlotPool(int capacity) {
        ring = new int[Math.max(16, capacity)];
    }

    int size() {
        return size;
    }

    void add(int unit) {
        if (size == ring.length) {
            grow();
        }
        ring[(head + size) % ring.length] = unit;
        size++;
    }

    /** Takes the slot free longest; the pool must not be empty. */
    int take() {
        int unit = ring[head];
        head = (head + 1) % ring.length;
        size--;
        return unit;
    }

    /** Removes every free slot of {@code unit} (a unit leaving service); keeps the others in order. */
    void removeAll(int unit) {
        int kept = 0;
        int n = ring.length;
        for (int i = 0; i < size; i++) {
            int u = ring[(head + i) % n];
            if (u != unit) {
                ring[(head + kept) % n] = u;
                kept++;
            }
        }
        size = kept;
    }

    private void grow() {
        int[] bigger = new int[ring.length * 2];
        for (int i = 0; i < size; i++) {
            bigger[i] = ring[(head + i) % ring.length];
        }
        ring = bigger;
        head = 0;
    }

    @Override
    public String toString() {
        return "SlotPool[size=" + size + "]";
    }
}
