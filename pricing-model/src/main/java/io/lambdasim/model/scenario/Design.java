package io.lambdasim.model.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.lambdasim.model.capacity.FunctionSpec;
import io.lambdasim.model.ec2.Compute;
import io.lambdasim.model.ec2.FleetSpec;
import java.util.Objects;

/**
 * One way to run a function of a scenario, as the {@code designs} array of a scenario file lists it
 * ({@code docs/scenario-format.md}, {@code docs/compare.md}): a variant of the Lambda function, or a fleet of EC2
 * instances or Fargate tasks serving its traffic.
 */
public sealed interface Design permits Design.Lambda, Design.Fleet {

    /** The label of the design, unique in the scenario. */
    String name();

    /** The scenario function whose traffic the design serves. */
    String function();

    /** {@code lambda}, {@code ec2} or {@code fargate}, as the file writes it. */
    String type();

    /**
     * The function {@code function} of the scenario with {@code overrides} (a JSON object of function fields, written
     * back as read) applied.
     *
     * @param plan    the provisioned-concurrency plan of the variant (the override's, else the function's)
     * @param variant the function as simulated; its provisioned schedule is {@code plan}'s over the scenario's horizon
     */
    record Lambda(String name, String function, JsonNode overrides, ProvisionedPlan plan, FunctionSpec variant)
            implements Design {
        public Lambda {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(function, "function");
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(variant, "variant");
            overrides = overrides == null ? ScenarioReaderSupport.emptyObject() : overrides.deepCopy();
            if (!overrides.isObject()) {
                throw new IllegalArgumentException("design '" + name + "': overrides must be a JSON object");
            }
            if (!variant.name().equals(function)) {
                throw new IllegalArgumentException("design '" + name + "': the variant must keep the function's name");
            }
        }

        @Override
        public String type() {
            return "lambda";
        }

        Lambda withVariant(FunctionSpec v) {
            return new Lambda(name, function, overrides, plan, v);
        }
    }

    /** A fleet serving the traffic of {@code fleet.functionName()}; its name is {@code fleet.name()}. */
    record Fleet(FleetSpec fleet) implements Design {
        public Fleet {
            Objects.requireNonNull(fleet, "fleet");
        }

        @Override
        public String name() {
            return fleet.name();
        }

        @Override
        public String function() {
            return fleet.functionName();
        }

        @Override
        public String type() {
            return fleet.compute() instanceof Compute.Fargate ? "fargate" : "ec2";
        }
    }
}
