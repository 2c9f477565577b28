package io.lambdasim.app.cli;

import io.lambdasim.model.billing.Bill;
import io.lambdasim.model.calculator.CalculatorInput;
import io.lambdasim.model.calculator.Estimate;
import io.lambdasim.pricedata.PriceEdition;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints an estimate as a readable table, with the rules behind each line underneath. */
final class BillTable {

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

        BillText.printLines(bill, edition, out);
    }
}
