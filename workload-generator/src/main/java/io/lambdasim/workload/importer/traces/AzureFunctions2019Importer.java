package io.lambdasim.workload.importer.traces;

import io.lambdasim.workload.importer.traces.AzureDurationsFile.Durations;
import io.lambdasim.workload.importer.traces.AzureMemoryFile.Memory;
import io.lambdasim.workload.trace.ImportReport;
import io.lambdasim.workload.trace.IntervalAggregate;
import io.lambdasim.workload.trace.TraceFormatException;
import io.lambdasim.workload.trace.TraceImporter;
import io.lambdasim.workload.trace.TraceSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Azure Functions 2019 trace (Shahrad et al., "Serverless in the Wild", USENIX ATC 2020): one
 * {@code invocations_per_function_md.anon.dNN.csv} per day, a row per function with its invocations in each of the
 * day's 1,440 minutes, read into an {@link IntervalAggregate} per function and minute with at least one invocation.
 *
 * <p><b>Time.</b> Minute {@code m} (column {@code "m"}, 1..1440) of day {@code NN} (from the file name) starts at
 * {@code dayOneStart + (NN - 1) days + (m - 1) minutes}, UTC; by default day 01 is {@link #DAY_ONE_START}. A minute
 * of 0 is data (no invocations), not a gap: it gives no aggregate and no gap is ever counted.
 *
 * <p><b>Companions.</b> The day's {@code function_durations_percentiles.anon.dNN.csv} and
 * {@code app_memory_percentiles.anon.dNN.csv} are read with it when found: first among the files given to
 * {@link #withInputs}, matched by name prefix and day number, then next to the invocations file under their
 * standard names. Each aggregate of a function then carries the day's Average, Minimum and Maximum execution time
 * and the 50th and 99th percentiles of its 30-second averages (cold starts excluded; p90 stays unknown), and the
 * memory of its app. The report says, as a warning, which companions were used or that none was found. Read on its
 * own, a companion delivers nothing and says so.
 *
 * <p><b>Ids.</b> {@code HashOwner/HashApp/HashFunction}, each cut to 8 characters, kept unique (see
 * {@link ShortIds}).
 */
public final class AzureFunctions2019Importer implements TraceImporter {

    public static final String ID = "azure-2019";

    /**
     * When day 01 starts: 2019-07-15 00:00 UTC, the first day of the two weeks (15 to 28 July 2019) the ATC 2020
     * paper analyses. The dataset's own description says only "July 2019" and the files carry no dates.
     */
    public static final Instant DAY_ONE_START = Instant.parse("2019-07-15T00:00:00Z");

    static final String INVOCATIONS_PREFIX = "invocations_per_function_md";
    static final String DURATIONS_PREFIX = "function_durations_percentiles";
    static final String MEMORY_PREFIX = "app_memory_percentiles";
    static final String EXPECTED = "HashOwner,HashApp,HashFunction,Trigger,1,2,...,1440";
    static final int MINUTES_PER_DAY = 1440;

    private static final long MINUTE_US = 60_000_000L;
    private static final long DAY_US = MINUTES_PER_DAY * MINUTE_US;
    private static final Pattern DAY = Pattern.compile("(?i)(?<![a-z])d(\\d{1,3})\\.csv$");
    private static final int UNKNOWN = -1;

    private final long dayOneStartUs;
    private final Map<Integer, Path> durationInputs;
    private final Map<Integer, Path> memoryInputs;

    /** Day 01 at {@link #DAY_ONE_START}. */
    public AzureFunctions2019Importer() {
        this(DAY_ONE_START);
    }

    /** Day 01 at {@code dayOneStart}. */
    public AzureFunctions2019Importer(Instant dayOneStart) {
        this(toMicros(Objects.requireNonNull(dayOneStart, "dayOneStart")), Map.of(), Map.of());
    }

    private AzureFunctions2019Importer(long dayOneStartUs, Map<Integer, Path> durations, Map<Integer, Path> memory) {
        this.dayOneStartUs = dayOneStartUs;
        this.durationInputs = Map.copyOf(durations);
        this.memoryInputs = Map.copyOf(memory);
    }

    /**
     * This importer, also knowing the companions among {@code inputs}: the files whose names start with
     * {@code function_durations_percentiles} or {@code app_memory_percentiles} and end in {@code dNN.csv}; each
     * is used for the invocations file of the same day number, wherever it lies. Other files are ignored; if two
     * companions of one kind have the same day, the first is used.
     */
    public AzureFunctions2019Importer withInputs(Collection<Path> inputs) {
        Map<Integer, Path> durations = new HashMap<>(durationInputs);
        Map<Integer, Path> memory = new HashMap<>(memoryInputs);
        for (Path p : inputs) {
            String name = p.getFileName().toString();
            String lower = name.toLowerCase(Locale.ROOT);
            Matcher m = DAY.matcher(name);
            if (!m.find()) {
                continue;
            }
            int day = Integer.parseInt(m.group(1));
            if (lower.startsWith(DURATIONS_PREFIX)) {
                durations.putIfAbsent(day, p);
            } else if (lower.startsWith(MEMORY_PREFIX)) {
                memory.putIfAbsent(day, p);
            }
        }
        return new AzureFunctions2019Importer(dayOneStartUs, durations, memory);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Azure Functions 2019 trace: invocations_per_function_md.anon.dNN.csv (invocations per function and"
                + " minute; day 01 = 2019-07-15 UTC), with its durations and app memory companions";
    }

    @Override
    public double detect(String fileName, String head) {
        if (Heads.looksBinary(head)) {
            return 0.0;
        }
        String name = Heads.baseName(fileName).toLowerCase(Locale.ROOT);
        String[] h = Heads.headerFields(head);
        boolean ids = h.length >= 3 && h[0].equals("hashowner") && h[1].equals("hashapp");
        if (ids && h.length >= 4 && h[2].equals("hashfunction") && h[3].equals("trigger")) {
            return name.startsWith(INVOCATIONS_PREFIX) ? 1.0 : 0.95;
        }
        if (ids && (h[2].equals("hashfunction") || h[2].equals("samplecount"))) {
            return 0.9; // a companion: read() explains that it is read with its invocations file
        }
        if (name.startsWith(INVOCATIONS_PREFIX) && name.endsWith(".csv")) {
            return Heads.firstLine(head).isEmpty() ? 0.5 : 0.2;
        }
        return 0.0;
    }

    @Override
    public void read(Path file, TraceSink sink, ImportReport report) throws IOException {
        Objects.requireNonNull(sink, "sink");
        report.format(ID);
        report.timeZone("UTC");
        String name = file.getFileName().toString();
        try (CsvReader csv = new CsvReader(file)) {
            Header header = Header.read(csv, name, EXPECTED);
            if (isCompanion(header)) {
                companionAlone(file, header, report);
                return;
            }
            header.require(EXPECTED, "HashOwner", "HashApp", "HashFunction");
            new Day(file, name, header, report).read(csv, sink);
        }
    }

    private static boolean isCompanion(Header header) {
        return !header.has("Trigger") && header.has("HashOwner") && header.has("HashApp")
                && (header.has("Average") || header.has("SampleCount"));
    }

    /** A companion read on its own: nothing to deliver; say where it belongs. */
    private static void companionAlone(Path file, Header header, ImportReport report) {
        String name = file.getFileName().toString();
        boolean durations = header.has("Average");
        String kind = durations ? "durations" : "memory";
        String prefix = durations ? DURATIONS_PREFIX : MEMORY_PREFIX;
        String start = name + " is a " + kind + " companion and adds nothing on its own";
        Matcher m = DAY.matcher(name);
        if (!name.toLowerCase(Locale.ROOT).startsWith(prefix) || !m.find()) {
            report.warning(start + "; its name does not follow " + prefix
                    + ".anon.dNN.csv, so no invocations file will find it");
            return;
        }
        String invocations = INVOCATIONS_PREFIX + ".anon.d" + m.group(1) + ".csv";
        boolean beside = Files.isRegularFile(file.resolveSibling(invocations));
        report.warning(start + ": its " + kind + (durations ? " are" : " is") + " attached when " + invocations
                + " is imported"
                + (beside ? " (it lies next to this file)"
                          : " (give both files as inputs, or put them in one directory)"));
    }

    /** The reading of one invocations file. */
    private final class Day {

        private final Path file;
        private final String name;
        private final Header header;
        private final ImportReport report;
        private final long dayStartUs;
        private final int[] minuteOf;
        private final int owner;
        private final int app;
        private final int function;
        private final ShortIds ids = new ShortIds();
        private final Map<String, Durations> durations;
        private final Map<String, Memory> memory;
        private final String durationsName;
        private final String memoryName;
        private final Set<String> durationsUsed = new HashSet<>();
        private final Map<String, Long> lineOfFunction = new HashMap<>();
        private long withoutDurations;
        private String firstWithoutDurations;
        private long withoutMemory;
        private String firstWithoutMemory;

        Day(Path file, String name, Header header, ImportReport report) throws IOException {
            this.file = file;
            this.name = name;
            this.header = header;
            this.report = report;
            this.owner = header.indexOf("HashOwner");
            this.app = header.indexOf("HashApp");
            this.function = header.indexOf("HashFunction");
            this.minuteOf = minuteColumns();
            Matcher m = DAY.matcher(name);
            String digits;
            if (m.find()) {
                digits = m.group(1);
                int day = Integer.parseInt(digits);
                if (day < 1) {
                    throw new TraceFormatException(name + ": day " + digits
                            + " in the file name: the trace numbers its days from 01");
                }
                dayStartUs = dayOneStartUs + (day - 1) * DAY_US;
            } else {
                digits = null;
                dayStartUs = dayOneStartUs;
                report.warning(name + ": no day number in the file name (expected " + INVOCATIONS_PREFIX
                        + ".anon.dNN.csv): read as day 01, and no companions looked for");
            }
            Path durationsFile = companion(digits, DURATIONS_PREFIX, durationInputs, "durations");
            Path memoryFile = companion(digits, MEMORY_PREFIX, memoryInputs, "memory");
            durations = durationsFile == null ? null : readDurations(durationsFile);
            memory = memoryFile == null ? null : readMemory(memoryFile);
            durationsName = durationsFile == null ? null : durationsFile.getFileName().toString();
            memoryName = memoryFile == null ? null : memoryFile.getFileName().toString();
        }

        /** For each column, the minute (0..1439) it counts, or -1 for the id and other columns. */
        private int[] minuteColumns() {
            int[] minutes = new int[header.size()];
            int[] columnOfMinute = new int[MINUTES_PER_DAY];
            Arrays.fill(columnOfMinute, -1);
            List<String> ignored = new ArrayList<>();
            int found = 0;
            for (int c = 0; c < header.size(); c++) {
                minutes[c] = -1;
                String h = header.name(c);
                int minute = minuteNumber(h);
                if (minute > 0 && columnOfMinute[minute - 1] < 0) {
                    minutes[c] = minute - 1;
                    columnOfMinute[minute - 1] = c;
                    found++;
                } else if (minute > 0) {
                    throw new TraceFormatException(name + ":" + header.line() + ": minute column " + Fields.shown(h)
                            + " appears twice in the header");
                } else if (c != owner && c != app && c != function && !h.equalsIgnoreCase("Trigger")) {
                    ignored.add(Fields.shown(h));
                }
            }
            if (found == 0) {
                throw new TraceFormatException(name + ":" + header.line()
                        + ": the header has no minute columns (1 to 1440): expected " + EXPECTED + ", found "
                        + header.shown());
            }
            header.warnIgnored(ignored, "an id nor a minute 1..1440", report);
            return minutes;
        }

        private Path companion(String digits, String prefix, Map<Integer, Path> inputs, String kind) {
            if (digits == null) {
                return null;
            }
            String standard = prefix + ".anon.d" + digits + ".csv";
            Path given = inputs.get(Integer.parseInt(digits));
            if (given != null) {
                report.warning(name + ": " + kind + " from " + given.getFileName() + " (given as an input)");
                return given;
            }
            Path beside = file.resolveSibling(standard);
            if (Files.isRegularFile(beside)) {
                report.warning(name + ": " + kind + " from " + standard + " (found next to it)");
                return beside;
            }
            report.warning(name + ": no " + kind + " companion (" + standard
                    + " is neither next to it nor among the inputs): " + kind + " unknown");
            return null;
        }

        private Map<String, Durations> readDurations(Path companion) throws IOException {
            try {
                return AzureDurationsFile.read(companion, report);
            } catch (TraceFormatException e) {
                report.warning(e.getMessage() + "; durations unknown");
                return null;
            }
        }

        private Map<String, Memory> readMemory(Path companion) throws IOException {
            try {
                return AzureMemoryFile.read(companion, report);
            } catch (TraceFormatException e) {
                report.warning(e.getMessage() + "; memory unknown");
                return null;
            }
        }

        void read(CsvReader csv, TraceSink sink) throws IOException {
            Rows.readAll(csv, header, name, report, row -> readRow(row, sink));
            summarise();
        }

        private void readRow(CsvReader.Row row, TraceSink sink) {
            String key = Rows.functionKey(row, header, name, report, owner, app, function);
            if (key == null) {
                return;
            }
            Long first = lineOfFunction.putIfAbsent(key, row.line());
            if (first != null) {
                report.duplicate();
                report.rejected(name, row.line(), header.name(function), "repeats the function of line " + first);
                return;
            }
            String id = ids.id(row.get(owner).strip(), row.get(app).strip(), row.get(function).strip());
            Durations d = Durations.UNKNOWN;
            if (durations != null) {
                Durations known = durations.get(key);
                if (known != null) {
                    d = known;
                    durationsUsed.add(key);
                } else if (withoutDurations++ == 0) {
                    firstWithoutDurations = "line " + row.line() + ", " + id;
                }
            }
            int memoryMb = UNKNOWN;
            if (memory != null) {
                Memory known = memory.get(key.substring(0, key.lastIndexOf('/')));
                if (known != null) {
                    memoryMb = known.mb();
                } else if (withoutMemory++ == 0) {
                    firstWithoutMemory = "line " + row.line() + ", " + id;
                }
            }
            String where = name + ":" + row.line();
            for (int c = 0; c < row.size(); c++) {
                int minute = minuteOf[c];
                if (minute < 0) {
                    continue;
                }
                String text = row.get(c);
                if (text.length() == 1 && text.charAt(0) == '0') {
                    continue; // the common case: no invocations in this minute
                }
                long count;
                try {
                    count = Fields.count(text, "invocations");
                } catch (Fields.BadField e) {
                    report.rejected(name, row.line(), header.name(c), e.getMessage());
                    continue;
                }
                if (count == 0) {
                    continue;
                }
                long startUs = dayStartUs + minute * MINUTE_US;
                sink.aggregate(new IntervalAggregate(startUs, MINUTE_US, id, count, d.avgMs(), d.minMs(), d.maxMs(),
                        d.p50Ms(), Double.NaN, d.p99Ms(), UNKNOWN,
                        UNKNOWN, UNKNOWN, memoryMb, where));
                report.accepted(id, startUs);
            }
        }

        private void summarise() {
            if (durations != null) {
                long unused = 0;
                String firstUnused = null;
                for (Map.Entry<String, Durations> e : durations.entrySet()) {
                    if (!durationsUsed.contains(e.getKey())) {
                        if (unused++ == 0) {
                            firstUnused = "line " + e.getValue().line() + ", " + shortForm(e.getKey());
                        }
                    }
                }
                if (unused > 0) {
                    report.warning(durationsName + ": " + functions(unused) + " durations but no row in " + name
                            + " (first: " + firstUnused + "): not used");
                }
                if (withoutDurations > 0) {
                    report.warning(name + ": " + functions(withoutDurations) + " no row in " + durationsName
                            + " (first: " + firstWithoutDurations + "): durations unknown");
                }
            }
            if (memory != null && withoutMemory > 0) {
                report.warning(name + ": " + functions(withoutMemory) + " no app row in " + memoryName
                        + " (first: " + firstWithoutMemory + "): memory unknown");
            }
            if (ids.collisions() > 0) {
                report.warning(name + ": " + ids.collisions()
                        + " function(s) got their full HashOwner/HashApp/HashFunction as id: the short form was"
                        + " taken by another function");
            }
        }
    }

    /** Whether {@code h} names a minute column: a whole number 1..1440, without sign or leading zeros. */
    private static int minuteNumber(String h) {
        if (h.isEmpty() || h.length() > 4 || h.charAt(0) == '0') {
            return -1;
        }
        for (int i = 0; i < h.length(); i++) {
            if (h.charAt(i) < '0' || h.charAt(i) > '9') {
                return -1;
            }
        }
        int m = Integer.parseInt(h);
        return m <= MINUTES_PER_DAY ? m : -1;
    }

    private static String shortForm(String key) {
        StringBuilder b = new StringBuilder();
        for (String part : key.split("/", -1)) {
            if (b.length() > 0) {
                b.append('/');
            }
            b.append(part, 0, Math.min(ShortIds.PREFIX, part.length()));
        }
        return b.toString();
    }

    private static String functions(long n) {
        return n == 1 ? "1 function has" : n + " functions have";
    }

    static long toMicros(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000L);
    }
}
