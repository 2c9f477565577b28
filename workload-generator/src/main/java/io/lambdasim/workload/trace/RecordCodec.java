package io.lambdasim.workload.trace;

import java.util.List;

/**
 * Encodes and decodes records in the binary form, each relative to the one before: function index, start-time delta,
 * then the fields present according to a flags varint. One codec per stream of records (it holds the previous start).
 */
final class RecordCodec {

    // Invocation flags.
    private static final int STATUS_MASK = 0x3;
    private static final int INIT = 1 << 2;
    private static final int BILLED = 1 << 3;
    private static final int MEMORY_USED = 1 << 4;
    private static final int REQUEST_ID = 1 << 5;
    private static final int RESTORE = 1 << 6;
    private static final int BILLED_RESTORE = 1 << 7;
    private static final int MEMORY = 1 << 8;
    private static final int INVOCATION_FLAGS = (1 << 9) - 1;

    // Aggregate flags: bits 0-5 the six duration statistics, then the counts and the memory.
    private static final int ERRORS = 1 << 6;
    private static final int THROTTLES = 1 << 7;
    private static final int COLD_STARTS = 1 << 8;
    private static final int AGG_MEMORY = 1 << 9;
    private static final int AGGREGATE_FLAGS = (1 << 10) - 1;

    private static final InvocationStatus[] STATUS = {
        InvocationStatus.UNKNOWN, InvocationStatus.SUCCESS, InvocationStatus.ERROR, InvocationStatus.TIMEOUT};

    private final List<String> names;
    private final int[] tableMemory;
    private long prevStart;
    private int lastFunction;

    /**
     * @param names       function names by index (decoding)
     * @param tableMemory the header's memory per function index; a record's memory is written only where it differs.
     *                    Null to write every record's memory (run files, whose header is not known yet)
     * @param firstStart  the start the first record's delta is taken from
     */
    RecordCodec(List<String> names, int[] tableMemory, long firstStart) {
        this.names = names;
        this.tableMemory = tableMemory;
        this.prevStart = firstStart;
    }

    private boolean memoryDiffers(int fn, int memoryMb) {
        return tableMemory == null || tableMemory[fn] != memoryMb;
    }

    private static int statusCode(InvocationStatus s) {
        return switch (s) {
            case UNKNOWN -> 0;
            case SUCCESS -> 1;
            case ERROR -> 2;
            case TIMEOUT -> 3;
        };
    }

    void encode(Bytes out, InvocationRecord r, int fn) {
        int flags = statusCode(r.status());
        flags |= r.initUs() >= 0 ? INIT : 0;
        flags |= r.billedDurationMs() >= 0 ? BILLED : 0;
        flags |= r.maxMemoryUsedMb() >= 0 ? MEMORY_USED : 0;
        flags |= r.requestId() != null ? REQUEST_ID : 0;
        flags |= r.restoreUs() >= 0 ? RESTORE : 0;
        flags |= r.billedRestoreMs() >= 0 ? BILLED_RESTORE : 0;
        flags |= memoryDiffers(fn, r.memoryMb()) ? MEMORY : 0;
        out.writeVarint(flags);
        out.writeVarint(fn);
        out.writeVarint(r.startUs() - prevStart);
        prevStart = r.startUs();
        out.writeVarint(r.durationUs());
        if ((flags & INIT) != 0) {
            out.writeVarint(r.initUs());
        }
        if ((flags & BILLED) != 0) {
            out.writeVarint(r.billedDurationMs());
        }
        if ((flags & MEMORY_USED) != 0) {
            out.writeVarint(r.maxMemoryUsedMb());
        }
        if ((flags & REQUEST_ID) != 0) {
            out.writeString(r.requestId());
        }
        if ((flags & RESTORE) != 0) {
            out.writeVarint(r.restoreUs());
        }
        if ((flags & BILLED_RESTORE) != 0) {
            out.writeVarint(r.billedRestoreMs());
        }
        if ((flags & MEMORY) != 0) {
            out.writeVarint(r.memoryMb() + 1L);
        }
    }

    void encode(Bytes out, IntervalAggregate a, int fn) {
        double[] stats = {a.avgDurationMs(), a.minDurationMs(), a.maxDurationMs(), a.p50DurationMs(),
            a.p90DurationMs(), a.p99DurationMs()};
        int flags = 0;
        for (int i = 0; i < stats.length; i++) {
            flags |= Double.isNaN(stats[i]) ? 0 : 1 << i;
        }
        flags |= a.errors() >= 0 ? ERRORS : 0;
        flags |= a.throttles() >= 0 ? THROTTLES : 0;
        flags |= a.coldStarts() >= 0 ? COLD_STARTS : 0;
        flags |= memoryDiffers(fn, a.memoryMb()) ? AGG_MEMORY : 0;
        out.writeVarint(flags);
        out.writeVarint(fn);
        out.writeVarint(a.startUs() - prevStart);
        prevStart = a.startUs();
        out.writeVarint(a.lengthUs());
        out.writeVarint(a.invocations());
        for (int i = 0; i < stats.length; i++) {
            if ((flags & (1 << i)) != 0) {
                out.writeDouble(stats[i]);
            }
        }
        if ((flags & ERRORS) != 0) {
            out.writeVarint(a.errors());
        }
        if ((flags & THROTTLES) != 0) {
            out.writeVarint(a.throttles());
        }
        if ((flags & COLD_STARTS) != 0) {
            out.writeVarint(a.coldStarts());
        }
        if ((flags & AGG_MEMORY) != 0) {
            out.writeVarint(a.memoryMb() + 1L);
        }
    }

    private int readFlags(PayloadReader in, int allowed) {
        long at = in.offset();
        long flags = in.readVarint("the record's flags");
        if ((flags & ~(long) allowed) != 0) {
            throw in.error(at, "corrupted record: unknown flags 0x" + Long.toHexString(flags & ~(long) allowed));
        }
        return (int) flags;
    }

    private int readFunction(PayloadReader in) {
        long at = in.offset();
        long fn = in.readVarint("the function index");
        if (fn < 0 || fn >= names.size()) {
            throw in.error(at, "corrupted record: function index " + Long.toUnsignedString(fn) + " but the trace has "
                    + names.size() + " functions");
        }
        lastFunction = (int) fn;
        return lastFunction;
    }

    /** The function index of the record decoded last. */
    int lastFunction() {
        return lastFunction;
    }

    private long readStart(PayloadReader in) {
        long at = in.offset();
        long start = prevStart + in.readVarint("the start-time delta");
        if (start < prevStart) {
            throw in.error(at, "corrupted record: its start time overflows");
        }
        prevStart = start;
        return start;
    }

    private int readMemory(PayloadReader in, int flags, int bit, int fn) {
        if ((flags & bit) != 0) {
            return (int) (in.readVarint("the memory", Integer.MAX_VALUE + 1L) - 1);
        }
        if (tableMemory == null) {
            throw in.error(in.offset(), "corrupted record: no memory");
        }
        return tableMemory[fn];
    }

    InvocationRecord decodeInvocation(PayloadReader in, String line) {
        int flags = readFlags(in, INVOCATION_FLAGS);
        int fn = readFunction(in);
        long start = readStart(in);
        long duration = in.readVarint("the duration", Long.MAX_VALUE);
        long init = (flags & INIT) != 0 ? in.readVarint("the init duration", Long.MAX_VALUE) : -1;
        long billed = (flags & BILLED) != 0 ? in.readVarint("the billed duration", Long.MAX_VALUE) : -1;
        int used = (flags & MEMORY_USED) != 0 ? (int) in.readVarint("the memory used", Integer.MAX_VALUE) : -1;
        String requestId = (flags & REQUEST_ID) != 0 ? in.readString("the request id", BinaryTrace.MAX_STRING_BYTES)
                : null;
        long restore = (flags & RESTORE) != 0 ? in.readVarint("the restore duration", Long.MAX_VALUE) : -1;
        long billedRestore = (flags & BILLED_RESTORE) != 0
                ? in.readVarint("the billed restore duration", Long.MAX_VALUE) : -1;
        int memory = readMemory(in, flags, MEMORY, fn);
        return new InvocationRecord(start, names.get(fn), duration, init, restore, billed, billedRestore, memory, used,
                STATUS[flags & STATUS_MASK], requestId, line);
    }

    IntervalAggregate decodeAggregate(PayloadReader in, String line) {
        int flags = readFlags(in, AGGREGATE_FLAGS);
        int fn = readFunction(in);
        long start = readStart(in);
        long lengthAt = in.offset();
        long length = in.readVarint("the interval length", Long.MAX_VALUE);
        if (length == 0) {
            throw in.error(lengthAt, "corrupted record: an interval of length 0");
        }
        long invocations = in.readVarint("the invocation count", Long.MAX_VALUE);
        double[] stats = new double[6];
        for (int i = 0; i < stats.length; i++) {
            stats[i] = (flags & (1 << i)) != 0 ? in.readDouble("a duration statistic") : Double.NaN;
        }
        long errors = (flags & ERRORS) != 0 ? in.readVarint("the error count", Long.MAX_VALUE) : -1;
        long throttles = (flags & THROTTLES) != 0 ? in.readVarint("the throttle count", Long.MAX_VALUE) : -1;
        long cold = (flags & COLD_STARTS) != 0 ? in.readVarint("the cold-start count", Long.MAX_VALUE) : -1;
        int memory = readMemory(in, flags, AGG_MEMORY, fn);
        return new IntervalAggregate(start, length, names.get(fn), invocations, stats[0], stats[1], stats[2], stats[3],
                stats[4], stats[5], errors, throttles, cold, memory, line);
    }
}
