package io.lambdasim.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.model.calculator.CalculatorInput;
import io.lambdasim.model.calculator.CostCalculator;
import io.lambdasim.model.calculator.Estimate;
import io.lambdasim.pricedata.Architecture;
import io.lambdasim.pricedata.PriceEditionLoader;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lambdasim cost}: the closed-form monthly estimate from averages, as the AWS Pricing Calculator makes it. */
@Command(name = "cost", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Monthly Lambda cost from averages, as the AWS Pricing Calculator computes it: every request lasts the "
                    + "average duration, rounded up to the billing granularity; no cold starts or throttles.",
            "Counts accept 3000000, 3,000,000, 3M or 3e6."},
        footer = {"", "Examples:",
            "  lambdasim cost --memory-mb 1536 --requests 3M --avg-duration-ms 120",
            "  lambdasim cost --memory-mb 4096 --requests 2M --avg-duration-ms 280 --pc 7 --pc-hours 24 "
                    + "--pc-requests 2M --no-free-tier --json",
            "  lambdasim cost --memory-mb 512 --requests 100M --avg-duration-ms 35 --granularity-ms 100"})
final class CostCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--region", paramLabel = "REGION", defaultValue = "us-east-1",
            description = "AWS region (default: ${DEFAULT-VALUE}).")
    String region;

    @Option(names = "--arch", paramLabel = "ARCH", defaultValue = "x86_64", converter = ArchitectureConverter.class,
            description = "x86_64 or arm64 (default: ${DEFAULT-VALUE}).")
    Architecture arch;

    @Option(names = "--memory-mb", paramLabel = "MB", defaultValue = "128",
            description = "Memory size, 128 to 10,240 MB (default: ${DEFAULT-VALUE}).")
    int memoryMb;

    @Option(names = "--requests", paramLabel = "N", required = true, converter = Quantities.Count.class,
            description = "Requests a month, up to 10^12.")
    long requests;

    @Option(names = "--avg-duration-ms", paramLabel = "MS", required = true, converter = Quantities.Decimal.class,
            description = "Average duration of the on-demand requests, in ms.")
    BigDecimal avgDurationMs;

    @Option(names = "--ephemeral-mb", paramLabel = "MB", defaultValue = "512",
            description = "Ephemeral storage (/tmp), 512 to 10,240 MB (default: ${DEFAULT-VALUE}).")
    int ephemeralMb;

    @Option(names = "--free-tier", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Apply the monthly free tier (default: on).")
    boolean freeTier;

    @Option(names = "--pc", paramLabel = "N", defaultValue = "0",
            description = "Provisioned concurrency: environments enabled.")
    int pc;

    @Option(names = "--pc-hours", paramLabel = "H", defaultValue = "0", converter = Quantities.Decimal.class,
            description = "Hours in the month provisioned concurrency is enabled (rounded up to 5 minutes).")
    BigDecimal pcHours;

    @Option(names = "--pc-requests", paramLabel = "N", defaultValue = "0", converter = Quantities.Count.class,
            description = "How many of the requests provisioned concurrency serves.")
    long pcRequests;

    @Option(names = "--pc-avg-duration-ms", paramLabel = "MS", converter = Quantities.Decimal.class,
            description = "Average duration of the PC-served requests (default: --avg-duration-ms).")
    BigDecimal pcAvgDurationMs;

    @Option(names = "--price-date", paramLabel = "YYYY-MM-DD",
            description = "Use the price edition and rules in force that day (default: today, UTC).")
    LocalDate priceDate;

    @Option(names = "--granularity-ms", paramLabel = "MS",
            description = "Override the edition's duration rounding (e.g. 100 to see what 1 ms billing saves).")
    Integer granularityMs;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        CalculatorInput input = new CalculatorInput(region, arch, memoryMb, requests, avgDurationMs, ephemeralMb,
                freeTier, pc, pcHours, pcRequests, Optional.ofNullable(pcAvgDurationMs),
                priceDate != null ? priceDate : LocalDate.now(ZoneOffset.UTC),
                granularityMs != null ? OptionalInt.of(granularityMs) : OptionalInt.empty());
        Estimate estimate = new CostCalculator(PriceEditionLoader.loadBundled()).estimate(input);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(toJson(estimate));
        } else {
            BillTable.print(estimate, out);
        }
        out.flush();
        return 0;
    }

    static String toJson(Estimate estimate) {
        ObjectMapper mapper = BillJson.mapper();
        ObjectNode root = BillJson.put(mapper.createObjectNode(), estimate.bill(), estimate.edition());
        root.put("billed_ms_per_request", estimate.billedMsOnDemand());
        if (estimate.input().pcRequests() > 0) {
            root.put("billed_ms_per_pc_request", estimate.billedMsPc());
        }
        root.put("free_tier", estimate.input().freeTier());
        return BillJson.write(mapper, root);
    }

    static final class ArchitectureConverter implements CommandLine.ITypeConverter<Architecture> {
        @Override
        public Architecture convert(String value) {
            try {
                return Architecture.fromId(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
