package io.lambdasim.pricedata;

import java.util.Locale;

/** The instruction-set architecture of a Lambda function: each has its own duration rates and tiers. */
public enum Architecture {
    X86_64("x86_64"),
    ARM64("arm64");

    private final String id;

    Architecture(String id) {
        this.id = id;
    }

    /** The identifier AWS uses ({@code x86_64}, {@code arm64}), also used in our price files. */
    public String id() {
        return id;
    }

    /** Parses {@code x86_64} or {@code arm64} (case-insensitive; {@code x86-64} and {@code amd64} accepted). */
    public static Architecture fromId(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "x86_64", "x86-64", "amd64", "x86" -> X86_64;
            case "arm64", "aarch64", "arm" -> ARM64;
            default -> throw new IllegalArgumentException(
                    "unknown architecture '" + text + "' (expected x86_64 or arm64)");
        };
    }

    @Override
    public String toString() {
        return id;
    }
}
