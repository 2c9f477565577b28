package io.lambdasim.model.des;

import java.util.Arrays;

/**
 * The default {@link EventList}: a binary min-heap over parallel primitive arrays, ordered by time, then priority,
 * then insertion sequence. No object per event.
 */
public final class BinaryHeapEventList implements EventList {

    private long[] times;
    /** priority in the top 8 bits, insertion sequence below. */
    private long[] order;
    private int[] as;
    private int[] bs;
    private int size;
    private long sequence;

    private long lastTime = Long.MIN_VALUE;
    private int lastA;
    private int lastB;

    public BinaryHeapEventList() {
        this(64);
    }

    public BinaryHeapEventList(int initialCapacity) {
        int c = Math.max(4, initialCapacity);
        times = new long[c];
        order = new long[c];
        as = new int[c];
        bs = new int[c];
    }

    @Override
    public void schedule(long time, int priority, int a, int b) {
        if (time < lastTime) {
            throw new IllegalArgumentException("event scheduled at " + time + " µs, before the current time "
                    + lastTime + " µs");
        }
        if (priority < 0 || priority > 127) {
            throw new IllegalArgumentException("priority must be 0 to 127, was " + priority);
        }
        if (size == times.length) {
            grow();
        }
        long ord = ((long) priority << 56) | sequence++;
        // Sift up.
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            long pt = times[parent];
            if (pt < time || (pt == time && order[parent] < ord)) {
                break;
            }
            times[i] = pt;
            order[i] = order[parent];
            as[i] = as[parent];
            bs[i] = bs[parent];
            i = parent;
        }
        times[i] = time;
        order[i] = ord;
        as[i] = a;
        bs[i] = b;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public long peekTime() {
        return times[0];
    }

    @Override
    public void next() {
        if (size == 0) {
            throw new IllegalStateException("no pending event");
        }
        lastTime = times[0];
        lastA = as[0];
        lastB = bs[0];
        int n = --size;
        if (n == 0) {
            return;
        }
        long t = times[n];
        long o = order[n];
        int a = as[n];
        int b = bs[n];
        // Sift down the former last element from the root.
        int i = 0;
        int half = n >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            long ct = times[child];
            long co = order[child];
            if (right < n) {
                long rt = times[right];
                if (rt < ct || (rt == ct && order[right] < co)) {
                    child = right;
                    ct = rt;
                    co = order[right];
                }
            }
            if (t < ct || (t == ct && o < co)) {
                break;
            }
            times[i] = ct;
            order[i] = co;
            as[i] = as[child];
            bs[i] = bs[child];
            i = child;
        }
        times[i] = t;
        order[i] = o;
        as[i] = a;
        bs[i] = b;
    }

    @Override
    public long time() {
        return lastTime;
    }

    @Override
    public int a() {
        return lastA;
    }

    @Override
    public int b() {
        return lastB;
    }

    @Override
    public void clear() {
        size = 0;
    }

    private void grow() {
        int c = times.length * 2;
        times = Arrays.copyOf(times, c);
        order = Arrays.copyOf(order, c);
        as = Arrays.copyOf(as, c);
        bs = Arrays.copyOf(bs, c);
    }
}
