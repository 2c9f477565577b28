package io.lambdasim.workload.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Accumulates what a trace's header says (functions with their memory and record counts, time span, count) from
 * records in any order, and gives each function a number in order of first appearance.
 */
final class TraceStats {

    private static final int UNSET = Integer.MIN_VALUE;

    private final Map<String, Integer> ids = new HashMap<>();
    private String lastName;
    private int lastId;
    private final List<String> names = new ArrayList<>();
    private long[] counts = new long[16];
    private int[] memory = new int[16];
    private long records;
    private long firstStart = Long.MAX_VALUE;
    private long lastStart = Long.MIN_VALUE;
    private long end = Long.MIN_VALUE;

    /** The function's number, adding it if new. */
    int id(String function) {
        if (function == lastName) { // records of one function often come in a row, sharing the name's instance
            return lastId;
        }
        Integer id = ids.get(function);
        if (id != null) {
            lastName = function;
            lastId = id;
            return id;
        }
        int n = names.size();
        if (n == counts.length) {
            counts = Arrays.copyOf(counts, n * 2);
            memory = Arrays.copyOf(memory, n * 2);
        }
        memory[n] = UNSET;
        names.add(function);
        ids.put(function, n);
        return n;
    }

    /** Whether a record of {@code function} was added. */
    boolean has(String function) {
        return function == lastName || ids.containsKey(function);
    }

    /** The name of function {@code id}: the one instance every record of that function shares. */
    String name(int id) {
        return names.get(id);
    }

    /** The names by number, live (it grows as functions are added). */
    List<String> names() {
        return names;
    }

    /** Counts a record; returns its function's number. */
    int add(String function, long startUs, long endUs, int memoryMb) {
        int id = id(function);
        counts[id]++;
        if (memory[id] == UNSET) {
            memory[id] = memoryMb;
        } else if (memory[id] != memoryMb) {
            memory[id] = -1;
        }
        records++;
        firstStart = Math.min(firstStart, startUs);
        lastStart = Math.max(lastStart, startUs);
        end = Math.max(end, endUs);
        return id;
    }

    long records() {
        return records;
    }

    /** The header of a file of these records: functions sorted by name. */
    TraceHeader header(TraceKind kind) {
        List<TraceFunction> functions = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            functions.add(new TraceFunction(names.get(i), memory[i], counts[i]));
        }
        functions.sort(Comparator.comparing(TraceFunction::name));
        boolean empty = records == 0;
        return new TraceHeader(kind, TraceFileFormat.VERSION, functions, empty ? 0 : firstStart,
                empty ? 0 : lastStart, empty ? 0 : end, records);
    }

    /** {@code a + b}, at most {@link Long#MAX_VALUE}. */
    static long saturatedAdd(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? Long.MAX_VALUE : r;
    }
}
