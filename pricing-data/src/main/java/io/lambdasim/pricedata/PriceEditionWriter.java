package io.lambdasim.pricedata;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a {@link PriceEdition} in the JSON format that {@link PriceEditionLoader} reads, so that
 * {@code parse(write(e))} equals {@code e} except for {@link PriceEdition#sourceFile()}.
 */
public final class PriceEditionWriter {

    private PriceEditionWriter() {
    }

    /**
     * Writes {@code edition} to {@code file} atomically: to a temporary file in the same directory, read back and
     * checked, then moved over {@code file} with {@link StandardCopyOption#ATOMIC_MOVE}. Readers see the old file or
     * the new one, never half of one. Missing parent directories are created.
     *
     * @throws IllegalArgumentException when the edition's id is not {@code region/effective-date} (the format derives
     *                                  the id, so such an edition could not round-trip)
     * @throws UncheckedIOException     when the file cannot be written or the file system cannot move atomically
     */
    public static void write(PriceEdition edition, Path file) {
        String json = toJson(edition);
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            Files.writeString(tmp, json, StandardCharsets.UTF_8);
            PriceEdition reread = PriceEditionLoader.load(tmp);
            if (!sameContent(reread, edition)) {
                throw new IllegalStateException("written edition " + edition.id() + " reads back differently");
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
        } catch (AtomicMoveNotSupportedException e) {
            throw new UncheckedIOException("cannot replace " + target + " atomically on this file system", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write price edition to " + target, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the temporary file is hidden and named after the target
                }
            }
        }
    }

    /** Writes {@code edition} under {@code directory} as {@code <region>/<YYYY-MM-DD>.json}, and returns that path. */
    public static Path writeInto(PriceEdition edition, Path directory) {
        Path file = directory.resolve(edition.region()).resolve(edition.effectiveDate() + ".json");
        write(edition, file);
        return file;
    }

    /** The edition as JSON text (UTF-8, two-space indent, LF line ends, a final newline). */
    public static String toJson(PriceEdition edition) {
        Objects.requireNonNull(edition, "edition");
        String expectedId = edition.region() + "/" + edition.effectiveDate();
        if (!edition.id().equals(expectedId)) {
            throw new IllegalArgumentException("edition id '" + edition.id() + "' is not " + expectedId
                    + ": the file format derives the id from region and effective date");
        }
        StringWriter out = new StringWriter();
        try (JsonGenerator g = PriceJson.MAPPER.getFactory().createGenerator((Writer) out)) {
            g.setPrettyPrinter(prettyPrinter());
            writeEdition(g, edition);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    /** Whether two editions are equal apart from where they were read from. */
    static boolean sameContent(PriceEdition a, PriceEdition b) {
        return a.equals(new PriceEdition(b.id(), b.region(), b.effectiveDate(), b.currency(),
                a.sourceFile(), b.notes(), b.rules(), b.memory(), b.requests(), b.architectures(),
                b.ephemeralStorage(), b.snapStartCache(), b.snapStartRestore(), b.freeTier()));
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    private static void writeEdition(JsonGenerator g, PriceEdition e) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", EditionFormat.FORMAT);
        g.writeStringField("service", EditionFormat.SERVICE);
        g.writeStringField("region", e.region());
        g.writeStringField("effective_date", e.effectiveDate().toString());
        g.writeStringField("currency", e.currency());
        if (!e.notes().isEmpty()) {
            g.writeStringField("notes", e.notes());
        }
        writeRules(g, e.rules());
        g.writeObjectFieldStart("memory_mb");
        g.writeNumberField("min", e.memory().minMb());
        g.writeNumberField("max", e.memory().maxMb());
        g.writeNumberField("step", e.memory().stepMb());
        g.writeEndObject();
        writeRate(g, "requests", e.requests());
        g.writeObjectFieldStart("architectures");
        for (Architecture arch : Architecture.values()) {
            if (e.offers(arch)) {
                writeArchitecture(g, arch, e.rates(arch));
            }
        }
        g.writeEndObject();
        writeOptionalRate(g, "ephemeral_storage", e.ephemeralStorage());
        writeOptionalRate(g, "snapstart_cache", e.snapStartCache());
        writeOptionalRate(g, "snapstart_restore", e.snapStartRestore());
        g.writeObjectFieldStart("free_tier");
        g.writeNumberField("requests", e.freeTier().requests());
        g.writeNumberField("gb_seconds", e.freeTier().gbSeconds());
        g.writeStringField("source", e.freeTier().source().toString());
        g.writeBooleanField("verified", e.freeTier().verified());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeRules(JsonGenerator g, BillingRules rules) throws IOException {
        g.writeObjectFieldStart("rules");
        g.writeNumberField("duration_granularity_ms", rules.durationGranularityMs());
        g.writeStringField("init_billing", EditionFormat.initBillingId(rules.initBilling()));
        g.writeNumberField("pc_window_rounding_minutes", rules.pcWindowRoundingMinutes());
        g.writeStringField("source", rules.source().toString());
        g.writeBooleanField("verified", rules.verified());
        g.writeEndObject();
    }

    private static void writeArchitecture(JsonGenerator g, Architecture arch, ArchitectureRates rates)
            throws IOException {
        g.writeObjectFieldStart(arch.id());
        g.writeArrayFieldStart("duration");
        for (Tier tier : rates.duration().tiers()) {
            g.writeStartObject();
            g.writeNumberField("from", tier.from());
            if (tier.isOpenEnded()) {
                g.writeNullField("to");
            } else {
                g.writeNumberField("to", tier.to().getAsLong());
            }
            writeRateFields(g, tier.rate());
            g.writeEndObject();
        }
        g.writeEndArray();
        writeOptionalRate(g, "provisioned_concurrency", rates.provisionedConcurrency());
        writeOptionalRate(g, "provisioned_duration", rates.provisionedDuration());
        g.writeEndObject();
    }

    private static void writeOptionalRate(JsonGenerator g, String name, Optional<Rate> rate) throws IOException {
        if (rate.isPresent()) {
            writeRate(g, name, rate.get());
        }
    }

    private static void writeRate(JsonGenerator g, String name, Rate rate) throws IOException {
        g.writeObjectFieldStart(name);
        writeRateFields(g, rate);
        g.writeEndObject();
    }

    private static void writeRateFields(JsonGenerator g, Rate rate) throws IOException {
        g.writeStringField("usd", rate.usdPerUnit().toPlainString());
        g.writeStringField("unit", rate.unit());
        g.writeStringField("source", rate.source().toString());
        g.writeBooleanField("verified", rate.verified());
    }
}
