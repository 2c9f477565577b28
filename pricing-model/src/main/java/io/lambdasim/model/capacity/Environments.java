package io.lambdasim.model.capacity;

import java.util.Arrays;

/**
 * The execution environments of a run, in primitive arrays indexed by slot: their function, whether they are
 * provisioned, their state, creation time, keep-alive expiry, and the expiry event pending for them (at most one
 * counts: the generation is bumped when a pending event is superseded, which makes it stale).
 * Idle environments of each (function, kind) are kept in a doubly-linked list, most recently used at the head.
 * Slots of gone environments are reused; arrays grow by doubling, so a run allocates only while it grows.
 */
final class Environments {

    static final byte FREE = 0;
    static final byte BUSY = 1;
    static final byte IDLE = 2;
    private static final int NIL = -1;

    int[] function;
    boolean[] provisioned;
    byte[] state;
    long[] createdUs;
    int[] generation;
    /** When an idle environment is due to be reclaimed. */
    long[] expiryUs;
    /** The time of the expiry event pending for the environment, or -1 if none. */
    long[] pendingExpiryUs;
    private int[] next;
    private int[] prev;
    private int freeHead = NIL;
    private int used;

    /** Heads of the idle lists: index 2 × function + (provisioned ? 1 : 0). */
    private final int[] idleHead;
    private final int[] idleCount;

    Environments(int functions, int initialCapacity) {
        int c = Math.max(16, initialCapacity);
        function = new int[c];
        provisioned = new boolean[c];
        state = new byte[c];
        createdUs = new long[c];
        generation = new int[c];
        expiryUs = new long[c];
        pendingExpiryUs = new long[c];
        next = new int[c];
        prev = new int[c];
        idleHead = new int[2 * functions];
        idleCount = new int[2 * functions];
        Arrays.fill(idleHead, NIL);
    }

    /** A new busy environment of function {@code f}. */
    int create(int f, boolean pc, long nowUs) {
        int e;
        if (freeHead != NIL) {
            e = freeHead;
            freeHead = next[e];
        } else {
            if (used == function.length) {
                grow();
            }
            e = used++;
        }
        function[e] = f;
        provisioned[e] = pc;
        state[e] = BUSY;
        createdUs[e] = nowUs;
        generation[e]++;
        pendingExpiryUs[e] = -1;
        return e;
    }

    /** Releases a busy environment's slot. */
    void destroy(int e) {
        state[e] = FREE;
        generation[e]++;
        next[e] = freeHead;
        freeHead = e;
    }

    int idleCount(int f, boolean pc) {
        return idleCount[2 * f + (pc ? 1 : 0)];
    }

    /** Puts a busy environment at the head of its idle list. */
    void pushIdle(int e) {
        int list = 2 * function[e] + (provisioned[e] ? 1 : 0);
        int h = idleHead[list];
        next[e] = h;
        prev[e] = NIL;
        if (h != NIL) {
            prev[h] = e;
        }
        idleHead[list] = e;
        idleCount[list]++;
        state[e] = IDLE;
    }

    /** Takes the most recently used idle environment of the list and makes it busy. */
    int popIdle(int f, boolean pc) {
        int list = 2 * f + (pc ? 1 : 0);
        int e = idleHead[list];
        unlink(list, e);
        state[e] = BUSY;
        return e;
    }

    /** Removes an idle environment from its list and frees it. */
    void destroyIdle(int e) {
        unlink(2 * function[e] + (provisioned[e] ? 1 : 0), e);
        destroy(e);
    }

    private void unlink(int list, int e) {
        int n = next[e];
        int p = prev[e];
        if (p != NIL) {
            next[p] = n;
        } else {
            idleHead[list] = n;
        }
        if (n != NIL) {
            prev[n] = p;
        }
        idleCount[list]--;
    }

    /** An idle environment of the list to retire first when provisioned concurrency steps down (the head). */
    int anyIdle(int f, boolean pc) {
        return idleHead[2 * f + (pc ? 1 : 0)];
    }

    private void grow() {
        int c = function.length * 2;
        function = Arrays.copyOf(function, c);
        provisioned = Arrays.copyOf(provisioned, c);
        state = Arrays.copyOf(state, c);
        createdUs = Arrays.copyOf(createdUs, c);
        generation = Arrays.copyOf(generation, c);
        expiryUs = Arrays.copyOf(expiryUs, c);
        pendingExpiryUs = Arrays.copyOf(pendingExpiryUs, c);
        next = Arrays.copyOf(next, c);
        prev = Arrays.copyOf(prev, c);
    }
}
