package io.lambdasim.app.ui.editors;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.app.examples.Gallery;
import io.lambdasim.app.ui.document.ScenarioDocument;
import io.lambdasim.model.scenario.Design;
import io.lambdasim.model.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

class DesignsModelTest {

    private static ScenarioDocument document() {
        return ScenarioDocument.open(ScenarioReader.bundled(), "examples/http-api.json",
                Gallery.defaultExample().text());
    }

    @Test
    void addsLambdaEc2AndFargateDesignsTheReaderAccepts() {
        ScenarioDocument d = document();
        DesignsModel m = new DesignsModel(d);
        int before = m.names().size();
        for (String type : new String[] {"lambda", "ec2", "fargate"}) {
            DesignsModel.Result r = m.add(type);
            assertThat(r.refused()).isEmpty();
            assertThat(m.names()).contains(r.name());
        }
        assertThat(d.scenario().designs()).hasSize(before + 3);
        assertThat(d.scenario().designs().get(before + 1)).isInstanceOf(Design.Fleet.class);
        assertThat(d.scenario().designs().get(before + 2).type()).isEqualTo("fargate");
    }

    @Test
    void duplicatesRenamesAndDeletesEachAsOneUndoableEdit() {
        ScenarioDocument d = document();
        DesignsModel m = new DesignsModel(d);
        String first = m.names().get(0);
        DesignsModel.Result copy = m.duplicate(0);
        assertThat(copy.name()).isEqualTo(first + " copy");
        assertThat(m.names().get(1)).isEqualTo(first + " copy");

        assertThat(m.rename(1, "  fast  ")).isEmpty();
        assertThat(m.names().get(1)).isEqualTo("fast");
        assertThat(m.rename(1, first)).hasValueSatisfying(msg -> assertThat(msg).contains("already named"));
        assertThat(m.rename(1, " ")).isPresent();

        assertThat(m.delete(1)).isEmpty();
        assertThat(m.names()).doesNotContain("fast");
        d.undo();
        assertThat(m.names()).contains("fast");
    }
}
