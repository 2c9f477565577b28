package io.lambdasim.app.cli;

import io.lambdasim.model.billing.Bill;
import io.lambdasim.model.billing.BillLine;
import io.lambdasim.model.billing.Numbers;
import io.lambdasim.model.calculator.CalculatorInput;
import io.lambdasim.model.calculator.Estimate;
import io.lambdasim.pricedata.PriceEdition;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints an estimate as a readable table, with the rules behind each line underneath. */
final class BillTable {

    private static final String[] HEADERS = {"Item", "Quantity", "Unit", "Unit price (USD)", "Amount (USD)"};

    private BillTable() {
    }

    static void print(Estimate estimate, PrintWriter out) {
        Bill bill = estimate.bill();
        PriceEdition edition = estimate.edition();
        CalculatorInput in = estimate.input();
        out.printf(Locale.ROOT, "Monthly estimate for %s, price edition %s (in force on %s)%n", bill.region(),
                edition.id(), in.priceDate());
        out.printf(Locale.ROOT, "Function: %s, %,d MB memory, %,d MB ephemeral storage%n", in.architecture().id(),
                in.memoryMb(), in.ephemeralMb());
        long onDemand = in.requests() - in.pcRequests();
        out.printf(Locale.ROOT, "Requests: %,d a month; %,d on demand at %s ms on average (billed %,d ms each, "
                        + "rounded up to %d ms)%n", in.requests(), onDemand, in.avgDurationMs().toPlainString(),
                estimate.billedMsOnDemand(), edition.rules().durationGranularityMs());
        if (in.pcConcurrency() > 0) {
            out.printf(Locale.ROOT, "Provisioned concurrency: %,d environments for %s hours; %,d requests served "
                            + "at %s ms on average (billed %,d ms each)%n", in.pcConcurrency(),
                    in.pcHours().toPlainString(), in.pcRequests(), in.effectivePcAvgDurationMs().toPlainString(),
                    estimate.billedMsPc());
        }
        out.println("Free tier: " + (in.freeTier() ? "applied" : "not applied"));
        out.println();

        List<String[]> rows = new ArrayList<>();
        for (BillLine l : bill.lines()) {
            rows.add(new String[] {l.item(), grouped(l.quantity()), l.unit(), l.unitPriceUsd().toPlainString(),
                grouped(l.usd())});
        }
        int[] w = new int[HEADERS.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = HEADERS[i].length();
            for (String[] r : rows) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        String total = grouped(bill.totalUsd());
        w[4] = Math.max(w[4], total.length());
        String format = "  %-" + w[0] + "s  %" + w[1] + "s  %-" + w[2] + "s  %" + w[3] + "s  %" + w[4] + "s%n";
        out.printf(Locale.ROOT, format, (Object[]) HEADERS);
        for (String[] r : rows) {
            out.printf(Locale.ROOT, format, (Object[]) r);
        }
        int width = w[0] + w[1] + w[2] + w[3] + w[4] + 8;
        out.println("  " + "-".repeat(width));
        out.printf(Locale.ROOT, format, "Total", "", "", "", total);
        if (!bill.lines().isEmpty()) {
            out.println();
            out.println("How each line was computed:");
            for (BillLine l : bill.lines()) {
                out.println("  " + l.item() + ": " + l.rule());
            }
        }
        if (!edition.notes().isBlank()) {
            out.println();
            out.println("Edition notes: " + edition.notes());
        }
    }

    private static String grouped(BigDecimal value) {
        return Numbers.grouped(value);
    }
}
