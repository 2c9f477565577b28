package io.lambdasim.app.examples;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.lambdasim.model.calculator.CalculatorInput;
import io.lambdasim.pricedata.Architecture;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A built-in example workload priced by the calculator: its name, its one-paragraph story and its inputs. Examples
 * ship inside the app as JSON resources, so that an installed app needs no files of its own.
 */
public record CostExample(String name, String story, String region, String architecture, int memoryMb,
                          long requestsPerMonth, BigDecimal avgDurationMs, int ephemeralMb, boolean freeTier) {

    /** The example the app opens with. */
    public static final String DEFAULT = "http-api";

    /** Reads the example {@code id} from the app's resources. */
    public static CostExample load(String id) {
        String path = "/io/lambdasim/app/examples/" + id + ".json";
        try (InputStream in = CostExample.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no built-in example '" + id + "'");
            }
            return new ObjectMapper()
                    .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(in, CostExample.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in example " + path + ": " + e.getMessage(), e);
        }
    }

    public static CostExample loadDefault() {
        return load(DEFAULT);
    }

    /** The calculator inputs of this example, priced with the edition in force on {@code priceDate}. */
    public CalculatorInput toInput(LocalDate priceDate) {
        return new CalculatorInput(region, Architecture.fromId(architecture), memoryMb, requestsPerMonth, avgDurationMs,
                ephemeralMb, freeTier, 0, BigDecimal.ZERO, 0, Optional.empty(), priceDate, OptionalInt.empty());
    }
}
