package io.lambdasim.pricedata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;

/** Bundled price files as mutable JSON trees, for the tests that break them one field at a time. */
public final class MutableJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MutableJson() {
    }

    /** The classpath resource {@code name} (relative to {@code anchor}'s package) as a tree. */
    public static ObjectNode resource(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The object at {@code dottedPath} below {@code root}: field names and array indexes ({@code a.b.2}). */
    public static ObjectNode node(JsonNode root, String dottedPath) {
        JsonNode n = root;
        for (String part : dottedPath.split("\\.")) {
            n = part.matches("\\d+") ? n.get(Integer.parseInt(part)) : n.get(part);
        }
        return (ObjectNode) n;
    }
}
