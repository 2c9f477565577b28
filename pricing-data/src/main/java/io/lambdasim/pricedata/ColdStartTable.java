package io.lambdasim.pricedata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Measured INIT durations of hello-world functions per runtime, packaging and architecture (the ranges of averages
 * the public lambda-perf benchmark reports), shipped as data with its source and date. They are the defaults of a
 * function whose own INIT durations are not known; real applications initialise slower.
 */
public final class ColdStartTable {

    private static final String RESOURCE = "/io/lambdasim/pricedata/cold-starts.json";

    /** A range of average INIT durations in ms, and where it was measured. */
    public record Measurement(String runtime, RuntimeKind kind, Packaging packaging, Architecture architecture,
                              double lowMs, double highMs, URI source, LocalDate measuredOn) {

        /** The middle of the range of averages: the mean of the default INIT distribution built from it. */
        public double meanMs() {
            return (lowMs + highMs) / 2;
        }
    }

    private final Map<String, List<Measurement>> byRuntime;
    private final URI source;
    private final LocalDate measuredOn;

    private ColdStartTable(Map<String, List<Measurement>> byRuntime, URI source, LocalDate measuredOn) {
        this.byRuntime = byRuntime;
        this.source = source;
        this.measuredOn = measuredOn;
    }

    /** The table that ships with the app. */
    public static ColdStartTable bundled() {
        try (InputStream in = ColdStartTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(RESOURCE, new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
        }
    }

    static ColdStartTable parse(String file, JsonNode root) {
        URI source = URI.create(text(file, root, "source"));
        LocalDate date = LocalDate.parse(text(file, root, "measured_on"));
        Map<String, List<Measurement>> map = new LinkedHashMap<>();
        JsonNode runtimes = root.path("runtimes");
        for (int i = 0; i < runtimes.size(); i++) {
            JsonNode r = runtimes.get(i);
            String where = "runtimes[" + i + "]";
            String runtime = text(file, r, "runtime");
            RuntimeKind kind = RuntimeKind.valueOf(text(file, r, "kind").toUpperCase(Locale.ROOT));
            List<Measurement> ms = new ArrayList<>();
            add(file, where, r, "zip_x86_64", runtime, kind, Packaging.ZIP, Architecture.X86_64, source, date, ms);
            add(file, where, r, "zip_arm64", runtime, kind, Packaging.ZIP, Architecture.ARM64, source, date, ms);
            add(file, where, r, "image_x86_64", runtime, kind, Packaging.CONTAINER_IMAGE, Architecture.X86_64, source,
                    date, ms);
            map.put(runtime.toLowerCase(Locale.ROOT), Collections.unmodifiableList(ms));
        }
        return new ColdStartTable(Collections.unmodifiableMap(map), source, date);
    }

    private static void add(String file, String where, JsonNode r, String field, String runtime, RuntimeKind kind,
                            Packaging packaging, Architecture arch, URI source, LocalDate date, List<Measurement> out) {
        JsonNode range = r.get(field);
        if (range == null) {
            return;
        }
        if (!range.isArray() || range.size() != 2 || !range.get(0).isNumber() || !range.get(1).isNumber()
                || range.get(0).asDouble() <= 0 || range.get(1).asDouble() < range.get(0).asDouble()) {
            throw new PriceDataException(file, where + "." + field, "expected [low, high] in ms, 0 < low <= high");
        }
        out.add(new Measurement(runtime, kind, packaging, arch, range.get(0).asDouble(), range.get(1).asDouble(),
                source, date));
    }

    private static String text(String file, JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new PriceDataException(file, field, "missing or not a string");
        }
        return v.asText();
    }

    /** The runtimes the table knows, as written in it. */
    public List<String> runtimes() {
        return byRuntime.values().stream().map(l -> l.get(0).runtime()).toList();
    }

    /**
     * The measurement for a runtime, packaging and architecture; where the table has none for that packaging or
     * architecture, the closest it has (same packaging other architecture, then ZIP x86_64).
     */
    public Optional<Measurement> lookup(String runtime, Packaging packaging, Architecture arch) {
        List<Measurement> ms = byRuntime.get(runtime.toLowerCase(Locale.ROOT));
        if (ms == null) {
            return Optional.empty();
        }
        return ms.stream().filter(m -> m.packaging() == packaging && m.architecture() == arch).findFirst()
                .or(() -> ms.stream().filter(m -> m.packaging() == packaging).findFirst())
                .or(() -> ms.stream().filter(m -> m.packaging() == Packaging.ZIP
                        && m.architecture() == Architecture.X86_64).findFirst());
    }

    public URI source() {
        return source;
    }

    public LocalDate measuredOn() {
        return measuredOn;
    }
}
