package io.lambdasim.app.ui.editors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.app.ui.Styles;
import io.lambdasim.app.ui.document.ScenarioDocument;
import io.lambdasim.app.ui.workbench.WorkbenchContext;
import io.lambdasim.pricedata.PriceEdition;
import io.lambdasim.pricedata.PriceEditionLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The designs: the scenario's region and price date, the list of Lambda and EC2/Fargate designs (add, duplicate,
 * rename, delete) and a form for the selected one with units shown and ranges checked as you type; a Lambda design's
 * provisioned concurrency as a level or as weekly windows. Every change is one undoable edit of the document.
 */
public final class DesignsEditor {

    /** Ids tests look up. */
    public static final String LIST_ID = "designsList";
    public static final String REGION_ID = "designsRegion";
    public static final String MESSAGE_ID = "designsMessage";

    private final WorkbenchContext context;
    private final VBox root = new VBox(8);
    private final ComboBox<String> region = new ComboBox<>();
    private final ListView<String> list = new ListView<>();
    private final GridPane form = new GridPane();
    private final VBox windows = new VBox(4);
    private final Label message = new Label();
    private final List<FieldRow> rows = new ArrayList<>();
    private final List<FieldRow> topRows = new ArrayList<>();
    private String formKey = "";
    private boolean updating;

    public DesignsEditor(WorkbenchContext context) {
        this.context = Objects.requireNonNull(context, "context");
        region.setId(REGION_ID);
        list.setId(LIST_ID);
        list.setPrefHeight(130);
        message.setId(MESSAGE_ID);
        message.getStyleClass().add(Styles.ERROR);
        message.setWrapText(true);
        region.setOnShowing(e -> {
            if (region.getItems().size() <= 1) {   // the bundled editions' regions, read when first needed
                TreeSet<String> regions = new TreeSet<>();
                for (PriceEdition ed : PriceEditionLoader.loadBundled().editions()) {
                    regions.add(ed.region());
                }
                updating = true;
                String keep = region.getValue();
                region.getItems().setAll(regions);
                region.setValue(keep);
                updating = false;
            }
        });
        region.valueProperty().addListener((o, was, now) -> {
            if (!updating && now != null && !now.equals(JsonPaths.text(doc().tree(), "region"))) {
                report(doc().edit("Change region", t -> t.put("region", now)));
            }
        });

        GridPane top = new GridPane();
        top.setHgap(6);
        top.setVgap(4);
        top.getColumnConstraints().addAll(labelColumn(), growColumn(), new ColumnConstraints());
        top.add(new Label("Region"), 0, 0);
        top.add(region, 1, 0);
        FieldRow priceDate = new FieldRow(this::doc, "Price date", () -> "price_date", false);
        topRows.add(priceDate);
        priceDate.addTo(top, 1, "YYYY-MM-DD", "The prices in force that day (the price edition is chosen by it).");

        Button addLambda = button("Add Lambda", () -> added(model().add("lambda")));
        Button addEc2 = button("Add EC2", () -> added(model().add("ec2")));
        Button addFargate = button("Add Fargate", () -> added(model().add("fargate")));
        Button duplicate = button("Duplicate", () -> {
            if (selected() >= 0) {
                added(model().duplicate(selected()));
            }
        });
        Button rename = button("Rename…", this::rename);
        Button delete = button("Delete", () -> {
            if (selected() >= 0) {
                report(model().delete(selected()));
            }
        });
        FlowPane buttons = new FlowPane(4, 4, addLambda, addEc2, addFargate, duplicate, rename, delete);

        form.setHgap(6);
        form.setVgap(4);
        form.getColumnConstraints().addAll(labelColumn(), growColumn(), new ColumnConstraints());
        list.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (!updating) {
                refresh();
            }
        });
        root.getChildren().addAll(top, title("Designs"), list, buttons, message, form, windows);
        root.setPadding(new Insets(10));
        context.document().addListener((o, was, now) -> {
            watch(now);
            formKey = "";
            refresh();
        });
        watch(doc());
        refresh();
    }

    public Node node() {
        ScrollPane scroll = new ScrollPane(root);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Styles.PLAIN_SCROLL);
        return scroll;
    }

    private ScenarioDocument doc() {
        return context.currentDocument();
    }

    private DesignsModel model() {
        return new DesignsModel(doc());
    }

    private int selected() {
        return list.getSelectionModel().getSelectedIndex();
    }

    private void watch(ScenarioDocument d) {
        d.revisionProperty().addListener((o, was, now) -> {
            if (doc() == d) {
                refresh();
            }
        });
    }

    private void added(DesignsModel.Result r) {
        report(r.refused());
        if (r.refused().isEmpty()) {
            list.getSelectionModel().select(r.name());
        }
    }

    private void rename() {
        int i = selected();
        if (i < 0) {
            return;
        }
        TextInputDialog d = new TextInputDialog(model().names().get(i));
        d.setTitle("Rename design");
        d.setHeaderText("A new name for " + model().names().get(i));
        d.initOwner(context.owner().get());
        d.showAndWait().ifPresent(n -> report(model().rename(i, n)));
    }

    private void report(Optional<String> refused) {
        message.setText(refused.orElse(""));
    }

    private void refresh() {
        updating = true;
        try {
            String r = JsonPaths.text(doc().tree(), "region").isEmpty() ? "us-east-1"
                    : JsonPaths.text(doc().tree(), "region");
            if (!region.getItems().contains(r)) {
                region.getItems().add(r);
            }
            region.setValue(r);
            List<String> names = model().names();
            String keep = list.getSelectionModel().getSelectedItem();
            if (!list.getItems().equals(names)) {
                list.getItems().setAll(names);
            }
            if (keep != null && names.contains(keep)) {
                list.getSelectionModel().select(keep);
            } else if (!names.isEmpty() && selected() < 0) {
                list.getSelectionModel().select(0);
            }
        } finally {
            updating = false;
        }
        int i = selected();
        String key = i < 0 ? "" : i + "/" + model().type(i);
        if (!key.equals(formKey)) {
            buildForm(i);
            formKey = key;
        }
        topRows.forEach(FieldRow::refresh);
        rows.forEach(FieldRow::refresh);
        refreshWindows(i);
    }

    private void buildForm(int i) {
        form.getChildren().clear();
        rows.clear();
        if (i < 0) {
            return;
        }
        String d = "designs[" + i + "]";
        int r = 0;
        switch (model().type(i)) {
            case "lambda" -> {
                String o = d + ".overrides.";
                r = row(r, "Memory", o + "memory_mb", true, "MB", "128 to 10,240 MB; empty keeps the function's.",
                        128, 10_240);
                r = row(r, "Architecture", o + "architecture", false, "", "x86_64 or arm64; empty keeps the function's.");
                r = row(r, "Timeout", o + "timeout", false, "span", "Up to 900s.");
                r = row(r, "Reserved conc.", o + "reserved_concurrency", true, "", "Within the account limit.", 0,
                        1_000_000);
                r = row(r, "Provisioned", o + "provisioned_concurrency", true, "envs",
                        "Environments kept warm all the time; or use weekly windows below.", 0, 1_000_000);
            }
            case "ec2", "fargate" -> {
                if (model().type(i).equals("ec2")) {
                    r = row(r, "Instance type", d + ".instance_type", false, "", "An instance type of the region's "
                            + "EC2 price table, such as m7g.large.");
                    r = row(r, "Pricing plan", d + ".pricing_plan.type", false, "",
                            "on-demand, reserved-1y, reserved-3y or savings-plan (with a discount).");
                } else {
                    r = row(r, "vCPU", d + ".vcpu", true, "vCPU", "0.25, 0.5, 1, 2, 4, 8 or 16.", 0.25, 16);
                    r = row(r, "Memory", d + ".memory_gb", true, "GB", "In the task size's range.", 0.5, 120);
                }
                r = row(r, "CPU per request", d + ".capacity.cpu_per_request", true, "vCPU",
                        "vCPUs a request keeps busy for its duration.", 0.001, 64);
                r = row(r, "Target CPU", d + ".capacity.target_cpu", true, "share", "Share of the vCPUs to fill.",
                        0.01, 1);
                r = row(r, "Minimum", d + ".scaling.min", true, "units", "Fewest units.", 1, 100_000);
                r = row(r, "Maximum", d + ".scaling.max", true, "units", "Most units.", 1, 100_000);
                r = row(r, "Scaling target", d + ".scaling.target", true, "share", "Target utilisation.", 0.01, 1);
                r = row(r, "Boot time", d + ".boot_time", false, "span", "Launch to serving: 90s.");
                r = row(r, "Queue limit", d + ".queue_limit", true, "requests", "Empty: unlimited.", 0, 1e9);
                r = row(r, "Request timeout", d + ".request_timeout", false, "span", "A request waiting this long "
                        + "leaves unserved.");
                row(r, "Front door", d + ".front_door", false, "", "none, alb, http-api or rest-api.");
            }
            default -> form.add(new Label("This design is edited in the scenario file."), 0, 0, 3, 1);
        }
    }

    private int row(int r, String name, String path, boolean number, String unit, String hint) {
        FieldRow row = new FieldRow(this::doc, name, () -> path, number);
        rows.add(row);
        return row.addTo(form, r, unit, hint);
    }

    private int row(int r, String name, String path, boolean number, String unit, String hint, double min,
                    double max) {
        FieldRow row = new FieldRow(this::doc, name, () -> path, number).range(min, max, unit);
        rows.add(row);
        return row.addTo(form, r, unit, hint);
    }

    /** The weekly windows of a Lambda design's provisioned concurrency: rows to edit, add and remove, then Apply. */
    private void refreshWindows(int i) {
        windows.getChildren().clear();
        if (i < 0 || !model().type(i).equals("lambda")) {
            return;
        }
        JsonNode pc = JsonPaths.get(doc().tree(), "designs[" + i + "].overrides.provisioned_concurrency");
        List<TextField[]> fields = new ArrayList<>();
        GridPane grid = new GridPane();
        grid.setHgap(4);
        grid.setVgap(3);
        grid.addRow(0, new Label("Level"), new Label("Days"), new Label("From"), new Label("To"));
        Runnable addRow = () -> {
            TextField[] f = {new TextField("1"), new TextField("mon-fri"), new TextField("08:00"),
                new TextField("20:00")};
            f[0].setPrefColumnCount(4);
            f[1].setPrefColumnCount(7);
            f[2].setPrefColumnCount(4);
            f[3].setPrefColumnCount(4);
            fields.add(f);
            grid.addRow(fields.size(), f);
        };
        if (pc.isArray()) {
            for (JsonNode w : pc) {
                addRow.run();
                TextField[] f = fields.get(fields.size() - 1);
                f[0].setText(w.path("concurrency").asText());
                f[1].setText(w.path("days").asText("daily"));
                f[2].setText(w.path("from").asText());
                f[3].setText(w.path("to").asText());
            }
        }
        Button add = button("Add window", addRow);
        Button apply = button("Apply windows", () -> {
            String path = "designs[" + i + "]";
            report(doc().edit("Change provisioned-concurrency windows", t -> {
                ObjectNode design = (ObjectNode) JsonPaths.get(t, path);
                ObjectNode overrides = design.has("overrides") ? (ObjectNode) design.get("overrides")
                        : design.putObject("overrides");
                ArrayNode a = overrides.putArray("provisioned_concurrency");
                for (TextField[] f : fields) {
                    ObjectNode w = a.addObject();
                    try {
                        w.put("concurrency", Integer.parseInt(f[0].getText().strip()));
                    } catch (NumberFormatException e) {
                        w.put("concurrency", f[0].getText().strip());
                    }
                    w.put("days", f[1].getText().strip());
                    w.put("from", f[2].getText().strip());
                    w.put("to", f[3].getText().strip());
                }
                if (a.isEmpty()) {
                    overrides.remove("provisioned_concurrency");
                }
            }));
        });
        Label help = new Label("Weekly windows in the scenario's time zone; overlapping windows take the largest "
                + "level; outside every window the level is 0. Apply replaces the level above.");
        help.getStyleClass().add(Styles.NOTE);
        help.setWrapText(true);
        windows.getChildren().addAll(title("Provisioned-concurrency windows"), help, grid, new HBox(4, add, apply));
    }

    private static Button button(String text, Runnable action) {
        Button b = new Button(text);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.SECTION_TITLE);
        return l;
    }

    private static ColumnConstraints labelColumn() {
        ColumnConstraints c = new ColumnConstraints();
        c.setMinWidth(110);
        return c;
    }

    private static ColumnConstraints growColumn() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        return c;
    }
}
