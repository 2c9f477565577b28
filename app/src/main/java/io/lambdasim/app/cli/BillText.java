package io.lambdasim.app.cli;

import io.lambdasim.model.billing.Bill;
import io.lambdasim.model.billing.BillLine;
import io.lambdasim.model.billing.Numbers;
import io.lambdasim.pricedata.PriceEdition;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lines of a bill as a text table with its total, the rule behind each line underneath and the edition's notes:
 * the part of {@link BillTable} that does not depend on how the usage was estimated.
 */
final class BillText {

    private static final String[] HEADERS = {"Item", "Quantity", "Unit", "Unit price (USD)", "Amount (USD)"};

    private BillText() {
    }

    static void printLines(Bill bill, PriceEdition edition, PrintWriter out) {
        List<String[]> rows = new ArrayList<>();
        for (BillLine l : bill.lines()) {
            rows.add(new String[] {l.item(), Numbers.grouped(l.quantity()), l.unit(), l.unitPriceUsd().toPlainString(),
                Numbers.grouped(l.usd())});
        }
        int[] w = new int[HEADERS.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = HEADERS[i].length();
            for (String[] r : rows) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        String total = Numbers.grouped(bill.totalUsd());
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
}
