package io.lambdasim.app.ui;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The first window: a header saying what is priced (the example's name and story, the region, the price edition and
 * the workload), the bill as a table with its total, and a chart of the cost by line. Built in code; it only binds to
 * a {@link BillViewModel}.
 */
public final class MainWindow {

    /** Ids of the nodes that tests and stylesheets look up. */
    public static final String TOTAL_LABEL_ID = "totalLabel";
    public static final String ERROR_LABEL_ID = "errorLabel";
    public static final String NAME_LABEL_ID = "exampleName";
    public static final String STORY_LABEL_ID = "exampleStory";
    public static final String REGION_LABEL_ID = "regionLabel";
    public static final String EDITION_LABEL_ID = "editionLabel";
    public static final String WORKLOAD_LABEL_ID = "workloadLabel";

    private final BorderPane root = new BorderPane();

    /**
     * @param name  what the window prices (an example's or scenario's name)
     * @param story one paragraph saying what the workload is
     * @param model the bill of that workload
     */
    public MainWindow(String name, String story, BillViewModel model) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(model, "model");
        root.getStyleClass().add(Styles.WINDOW);
        root.setTop(header(name, story, model));
        SplitPane body = new SplitPane(billPane(model), CostChart.create(model));
        body.setOrientation(Orientation.HORIZONTAL);
        body.setDividerPositions(0.64);
        BorderPane.setMargin(body, new Insets(12, 0, 0, 0));
        root.setCenter(body);
    }

    public Parent root() {
        return root;
    }

    private static Node header(String name, String story, BillViewModel model) {
        Label title = new Label(name);
        title.setId(NAME_LABEL_ID);
        title.getStyleClass().add(Styles.TITLE);

        Label storyLabel = new Label(story);
        storyLabel.setId(STORY_LABEL_ID);
        storyLabel.getStyleClass().add(Styles.STORY);
        storyLabel.setWrapText(true);
        storyLabel.setMinHeight(Region.USE_PREF_SIZE);

        FlowPane facts = new FlowPane(
                fact("Region", model.regionProperty(), REGION_LABEL_ID),
                fact("Price edition", model.editionSummaryProperty(), EDITION_LABEL_ID),
                fact("Workload", model.titleProperty(), WORKLOAD_LABEL_ID));
        facts.getStyleClass().add(Styles.FACTS);

        VBox header = new VBox(title, storyLabel, facts);
        header.getStyleClass().add(Styles.HEADER);
        return header;
    }

    private static Node fact(String name, ObservableStringValue value, String valueId) {
        Label n = new Label(name + ":");
        n.getStyleClass().add(Styles.FACT_NAME);
        Label v = new Label();
        v.setId(valueId);
        v.getStyleClass().add(Styles.FACT_VALUE);
        v.textProperty().bind(value);
        HBox fact = new HBox(4, n, v);
        fact.setAlignment(Pos.BASELINE_LEFT);
        return fact;
    }

    private static Node billPane(BillViewModel model) {
        Label heading = sectionTitle("Monthly bill");

        TableView<BillLineRow> table = BillLinesTable.create(model.lines());

        Label caption = new Label("Monthly total");
        caption.getStyleClass().add(Styles.TOTAL_CAPTION);
        Label total = new Label();
        total.setId(TOTAL_LABEL_ID);
        total.getStyleClass().add(Styles.TOTAL_AMOUNT);
        total.textProperty().bind(model.totalTextProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox totalRow = new HBox(caption, spacer, total);
        totalRow.setAlignment(Pos.CENTER_LEFT);
        totalRow.getStyleClass().add(Styles.TOTAL_ROW);

        Label error = new Label();
        error.setId(ERROR_LABEL_ID);
        error.getStyleClass().add(Styles.ERROR);
        error.setWrapText(true);
        error.setMaxWidth(Double.MAX_VALUE);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(model.errorMessageProperty());
        error.visibleProperty().bind(model.failedProperty());
        error.managedProperty().bind(model.failedProperty());

        Label note = new Label();
        note.getStyleClass().add(Styles.NOTE);
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.textProperty().bind(Bindings.createStringBinding(() -> model.isFailed() ? ""
                : "Each line is rounded half up to the cent; the total is the sum of the rounded lines. "
                + "Hover over a line to see the rule that produced it.", model.failedProperty()));

        VBox rules = new VBox(4);
        rules.getChildren().add(sectionTitle("How each line was computed"));
        model.lines().addListener((ListChangeListener<BillLineRow>) c -> fillRules(rules, model));
        fillRules(rules, model);

        ScrollPane rulesScroll = new ScrollPane(rules);
        rulesScroll.setFitToWidth(true);
        rulesScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        rulesScroll.getStyleClass().add(Styles.PLAIN_SCROLL);
        VBox.setVgrow(rulesScroll, Priority.ALWAYS);

        VBox.setMargin(note, new Insets(8, 0, 4, 0));
        VBox pane = new VBox(0, heading, error, table, totalRow, note, rulesScroll);
        pane.setMinWidth(BillLinesTable.MIN_WIDTH + 12);
        pane.setPadding(new Insets(0, 12, 0, 0));
        return pane;
    }

    private static Label sectionTitle(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.SECTION_TITLE);
        return l;
    }

    private static void fillRules(VBox rules, BillViewModel model) {
        rules.getChildren().remove(1, rules.getChildren().size());
        rules.setVisible(!model.lines().isEmpty());
        rules.setManaged(!model.lines().isEmpty());
        for (BillLineRow row : model.lines()) {
            Text item = new Text(row.item() + ": ");
            item.getStyleClass().add(Styles.RULE_ITEM);
            Text rule = new Text(row.rule());
            rule.getStyleClass().add(Styles.RULE_TEXT);
            rules.getChildren().add(new TextFlow(item, rule));
        }
    }
}
