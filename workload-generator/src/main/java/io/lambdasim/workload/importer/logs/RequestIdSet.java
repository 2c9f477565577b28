package io.lambdasim.workload.importer.logs;

/**
 * The request ids seen so far, to count repeats (asynchronous retries) in logs of millions of invocations: an
 * open-addressing set of 64-bit hashes, 8 bytes a slot, at most half full (about 16 bytes per id, 80 MB for 5
 * million). Two different ids collide with probability about n²/2^65 (below one in a million for 5 million ids); a
 * collision would count one retry too many and changes nothing else.
 */
final class RequestIdSet {

    private static final int INITIAL_SLOTS = 1 << 10;
    private static final long EMPTY = 0L;

    private long[] slots = new long[INITIAL_SLOTS];
    private int size;

    /** Adds {@code id}; false if it was already there. */
    boolean add(String id) {
        long h = hash(id);
        if (insert(slots, h)) {
            size++;
            if (size * 2 > slots.length) {
                grow();
            }
            return true;
        }
        return false;
    }

    int size() {
        return size;
    }

    private static boolean insert(long[] table, long h) {
        int mask = table.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (table[i] != EMPTY) {
            if (table[i] == h) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = h;
        return true;
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long h : slots) {
            if (h != EMPTY) {
                insert(bigger, h);
            }
        }
        slots = bigger;
    }

    /** FNV-1a over the characters, then a 64-bit finaliser (murmur3's); never 0, which marks an empty slot. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == EMPTY ? 1 : h;
    }
}
