package io.lambdasim.model.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.lambdasim.model.ec2.Capacity;
import io.lambdasim.model.ec2.FleetSpec;
import io.lambdasim.model.ec2.FrontDoor;
import io.lambdasim.model.ec2.Scaling;
import io.lambdasim.pricedata.Architecture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DesignFormatTest {

    private static final ScenarioReader READER = ScenarioReader.bundled();

    static String scenario(String rest) {
        return "{\"format\": \"lambdasim-scenario/1\", \"name\": \"d\",\n"
                + "\"functions\": [{\"name\": \"api\", \"memory_mb\": 1024, \"duration\": \"exp:50ms\",\n"
                + "  \"arrivals\": {\"type\": \"poisson\", \"rate_per_second\": 5}}],\n" + rest + "}";
    }

    private static ScenarioException error(String rest) {
        return catchThrowableOfType(ScenarioException.class, () -> READER.parse("t.json", scenario(rest)));
    }

    @Test
    void readsLambdaAndFleetDesignsAndTheObjective() {
        Scenario s = READER.parse("t.json", scenario("""
                "designs": [
                  {"name": "arm", "type": "lambda", "function": "api",
                   "overrides": {"architecture": "arm64", "memory_mb": 2048, "provisioned_concurrency": 3}},
                  {"name": "fleet", "type": "fargate", "function": "api", "vcpu": 1, "memory_gb": 2,
                   "architecture": "arm64", "capacity": {"requests_per_second": 200, "slots": 8},
                   "scaling": {"min": 2, "max": 20, "target": 0.6, "per_az_min": 1, "azs": 2},
                   "front_door": "http-api", "request_timeout": "29s"}
                ],
                "objective": {"p99_latency": "500ms", "max_failed_share": 0.001}"""));
        Design.Lambda arm = (Design.Lambda) s.designs().get(0);
        assertThat(arm.variant().memoryMb()).isEqualTo(2048);
        assertThat(arm.variant().architecture()).isEqualTo(Architecture.ARM64);
        assertThat(arm.variant().workload()).isEqualTo(s.spec().functions().get(0).workload());
        assertThat(arm.plan().maxLevel()).isEqualTo(3);
        assertThat(s.spec().functions().get(0).memoryMb()).as("the scenario's function is unchanged").isEqualTo(1024);
        FleetSpec fleet = ((Design.Fleet) s.designs().get(1)).fleet();
        assertThat(fleet.capacity()).isEqualTo(new Capacity.Measured(200, 8));
        assertThat(fleet.scaling()).isEqualTo(Scaling.targetTracking(0.6, 2, 20).withAzMinimum(1, 2));
        assertThat(fleet.frontDoor()).isInstanceOf(FrontDoor.HttpApi.class);
        assertThat(fleet.bootUs()).isEqualTo(FleetSpec.DEFAULT_FARGATE_BOOT_US);
        assertThat(s.designs().get(1).type()).isEqualTo("fargate");
        assertThat(s.objective().p99LatencyUs()).hasValue(500_000);
        assertThat(s.objective().maxFailedShare()).isEqualTo(0.001);
    }

    @Test
    void designsRoundTripThroughTheWriter() {
        Scenario s = ScenarioReader.read(Path.of("..", "examples", "api-lambda-vs-ec2.json"));
        assertThat(s.designs()).hasSize(3);
        assertThat(READER.parse("again.json", ScenarioWriter.toJson(s))).isEqualTo(s);
        Scenario longer = s.withHorizonUs(2 * s.horizonUs());
        assertThat(READER.parse("again.json", ScenarioWriter.toJson(longer))).isEqualTo(longer);
    }

    @Test
    void errorsNameTheFileLineAndPath() {
        assertThat(error("\"designs\": [{\"name\": \"x\", \"type\": \"lambda\", \"function\": \"web\"}]"))
                .hasMessage("t.json:4: designs[0].function: \"web\" is not a function of the scenario (functions: api)");
        assertThat(error("\"designs\": [{\"name\": \"x\", \"type\": \"lambda\", \"function\": \"api\",\n"
                + "\"overrides\": {\"memory_mb\": 20000}}]"))
                .hasMessageStartingWith("t.json:5: designs[0].overrides.memory_mb: 20000 is outside 128 to");
        assertThat(error("\"designs\": [{\"name\": \"x\", \"type\": \"lambda\", \"function\": \"api\",\n"
                + "\"overrides\": {\"name\": \"other\"}}]"))
                .hasMessageStartingWith("t.json:5: designs[0].overrides.name: unknown field");
        assertThat(error("\"designs\": [{\"name\": \"x\", \"type\": \"ec2\", \"function\": \"api\",\n"
                + "\"instance_type\": \"m7g.large\", \"capacity\": {\"cpu_per_request\": 0.5, \"slots\": 2},\n"
                + "\"scaling\": {\"fixed\": 1}}]"))
                .hasMessageStartingWith("t.json:5: designs[0].capacity.cpu_per_request: give either");
        assertThat(error("\"designs\": [{\"name\": \"x\", \"type\": \"ec2\", \"function\": \"api\",\n"
                + "\"overrides\": {}}]"))
                .hasMessage("t.json:5: designs[0].overrides: not a field of an ec2 design");
        assertThat(error("\"designs\": [{\"name\": \"x\", \"type\": \"lambda\", \"function\": \"api\"},\n"
                + "{\"name\": \"x\", \"type\": \"lambda\", \"function\": \"api\"}]"))
                .hasMessage("t.json:5: designs[1].name: designs[0] has the same name");
        assertThat(error("\"objective\": {\"p99\": \"1s\"}")).hasMessageStartingWith("t.json:4: objective.p99: unknown field");
    }
}
