package io.lambdasim.app.ui.shell;

import io.lambdasim.app.examples.Gallery;
import io.lambdasim.app.examples.GalleryExample;
import io.lambdasim.app.ui.Styles;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** File → New from Example: the gallery's examples with their summary and story; the chosen one opens unsaved. */
final class GalleryDialog {

    private GalleryDialog() {
    }

    static Optional<GalleryExample> choose(Window owner) {
        ListView<GalleryExample> list = new ListView<>();
        list.getItems().setAll(Gallery.examples());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(GalleryExample item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.title());
            }
        });
        list.setPrefWidth(290);
        Label title = new Label();
        title.getStyleClass().add(Styles.SECTION_TITLE);
        title.setWrapText(true);
        Label summary = new Label();
        summary.setWrapText(true);
        summary.getStyleClass().add(Styles.NOTE);
        Label story = new Label();
        story.setWrapText(true);
        story.getStyleClass().add(Styles.STORY);
        VBox detail = new VBox(8, title, summary, story);
        detail.setPadding(new Insets(4, 8, 4, 12));
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        scroll.setPrefWidth(460);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                title.setText(now.title());
                summary.setText(now.summary());
                story.setText(now.scenario().description());
            }
        });
        list.getSelectionModel().select(Gallery.defaultExample());
        HBox content = new HBox(list, scroll);
        HBox.setHgrow(scroll, Priority.ALWAYS);
        content.setPrefHeight(380);

        Dialog<GalleryExample> dialog = new Dialog<>();
        dialog.setTitle("New from Example");
        dialog.setHeaderText("Start from a ready project: each has Lambda designs, an EC2 or Fargate alternative "
                + "and an objective");
        dialog.initOwner(owner);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? list.getSelectionModel().getSelectedItem() : null);
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(list.getSelectionModel().getSelectedItem());
                dialog.close();
            }
        });
        return dialog.showAndWait();
    }
}
