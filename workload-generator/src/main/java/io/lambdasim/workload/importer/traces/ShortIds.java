package io.lambdasim.workload.importer.traces;

import java.util.HashMap;
import java.util.Map;

/**
 * Readable function ids for anonymised traces: each hashed part cut to its first {@value #PREFIX} characters and
 * joined with {@code /} ({@code 3a6f0c1e/9b1d22e4/c0ffee12}). Two different functions never get the same id: if a
 * function's short form is already taken by another, it gets its parts in full instead (and {@link #collisions()}
 * counts it). With 64-hex-digit hashes the short forms carry 96 bits (two parts: 64 bits), so a collision in a trace
 * of 50,000 functions has a probability below 10^-19; the fallback is there so that it cannot merge two functions.
 */
final class ShortIds {

    static final int PREFIX = 8;

    private final Map<String, String> idByKey = new HashMap<>();
    private final Map<String, String> keyById = new HashMap<>();
    private long collisions;

    /** The id of the function whose hashed parts are {@code parts}, the same for the same parts every time. */
    String id(String... parts) {
        String key = String.join("/", parts);
        String known = idByKey.get(key);
        if (known != null) {
            return known;
        }
        StringBuilder b = new StringBuilder();
        for (String part : parts) {
            if (b.length() > 0) {
                b.append('/');
            }
            b.append(part, 0, Math.min(PREFIX, part.length()));
        }
        String id = b.toString();
        if (keyById.containsKey(id)) {
            collisions++;
            id = key;
            for (int n = 2; keyById.containsKey(id); n++) {
                id = key + "~" + n; // only when parts of different lengths make a full id equal a short one
            }
        }
        keyById.put(id, key);
        idByKey.put(key, id);
        return id;
    }

    /** Functions that got their full id because their short form was taken. */
    long collisions() {
        return collisions;
    }
}
