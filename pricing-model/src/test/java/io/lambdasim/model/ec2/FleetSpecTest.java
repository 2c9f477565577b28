package io.lambdasim.model.ec2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.pricedata.Architecture;
import io.lambdasim.pricedata.ec2.PricingPlan;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The fleet's description: slots, speed factors, sizes and their validation. */
class FleetSpecTest {

    @Test
    void slotsAreTheFloorOfVcpusTimesTargetOverCpuPerRequestComputedInDecimal() {
        // 2 × 0.6 / 0.3 = 4 exactly (in binary floating point 3.9999999999999996, which would floor to 3).
        assertThat(new Capacity.CpuShare(0.3, 0.6, 1).slots(BigDecimal.valueOf(2))).isEqualTo(4);
        // 4 vCPUs at 70 % for requests of Lambda's 512-MB share (0.2894 vCPU): floor(9.67) = 9.
        assertThat(new Capacity.CpuShare(Capacity.lambdaCpuShare(512), 0.7, 1).slots(BigDecimal.valueOf(4)))
                .isEqualTo(9);
        // A quarter-vCPU Fargate task, 0.05 vCPU per request at 80 %: floor(4) = 4.
        assertThat(new Capacity.CpuShare(0.05, 0.8, 1).slots(new BigDecimal("0.25"))).isEqualTo(4);
        assertThatThrownBy(() -> new Capacity.CpuShare(1.5, 0.7, 1).slots(BigDecimal.ONE))
                .hasMessageContaining("not even one slot");
    }

    @Test
    void lambdaCpuShareIsMemoryOver1769Mb() {
        assertThat(Capacity.lambdaCpuShare(1769)).isEqualTo(1.0);
        assertThat(Capacity.lambdaCpuShare(10_240)).isCloseTo(5.79, within(0.01));
        assertThat(Capacity.lambdaCpuShare(128)).isCloseTo(0.0724, within(0.0001));
    }

    @Test
    void speedFactorScalesOnlyTheCpuBoundPartOfADuration() {
        // Fully CPU-bound at 512 MB (0.2894 vCPU) moved to a whole vCPU: 0.2894 of the time.
        assertThat(Capacity.speedFactor(512, 1.0, 1.0)).isCloseTo(512.0 / 1769, within(1e-12));
        // Half CPU-bound: 0.5 + 0.5 × 0.2894 = 0.6447.
        assertThat(Capacity.speedFactor(512, 0.5, 1.0)).isCloseTo(0.5 + 0.5 * 512.0 / 1769, within(1e-12));
        // I/O-bound code gains nothing; at 1,769 MB or more a single thread already had a whole vCPU.
        assertThat(Capacity.speedFactor(512, 0.0, 1.0)).isEqualTo(1.0);
        assertThat(Capacity.speedFactor(3008, 1.0, 1.0)).isEqualTo(1.0);
        // Half a vCPU on the instance for a request that had a whole one on Lambda: twice as slow.
        assertThat(Capacity.speedFactor(1769, 1.0, 0.5)).isEqualTo(2.0);
    }

    @Test
    void fargateTasksMustHaveAValidSize() {
        assertThat(new Compute.Fargate(new BigDecimal("0.50"), new BigDecimal("1.0"), Architecture.ARM64).vcpu())
                .isEqualByComparingTo("0.5");
        assertThatThrownBy(() -> new Compute.Fargate(new BigDecimal("3"), new BigDecimal("8"), Architecture.X86_64))
                .hasMessageContaining("0.25, 0.5, 1, 2, 4, 8 or 16 vCPUs");
        assertThatThrownBy(() -> new Compute.Fargate(new BigDecimal("1"), new BigDecimal("16"), Architecture.X86_64))
                .hasMessageContaining("2 to 8 GB");
    }

    @Test
    void targetTrackingHonoursThePerAzMinimumAndRefusesImpossibleSizes() {
        Scaling.TargetTracking tt = Scaling.targetTracking(0.6, 1, 10).withAzMinimum(1, 3);
        assertThat(tt.minimum()).isEqualTo(3);
        assertThat(tt.initial()).isEqualTo(3);
        assertThat(tt.withInitialSize(5).initial()).isEqualTo(5);
        assertThatThrownBy(() -> Scaling.targetTracking(0.6, 1, 4).withAzMinimum(2, 3))
                .hasMessageContaining("maximum size 4 is below the minimum 6 (2 per AZ × 3 AZs)");
        assertThatThrownBy(() -> Scaling.targetTracking(0.6, 0, 4)).hasMessageContaining("at least one unit");
        assertThatThrownBy(() -> Scaling.targetTracking(1.2, 1, 4)).hasMessageContaining("(0, 1]");
        assertThatThrownBy(() -> Scaling.targetTracking(0.6, 1, 4).withInitialSize(7))
                .hasMessageContaining("initial size 7 is outside 1 to 4");
    }

    @Test
    void theBuilderFillsDefaultsPerFamilyAndRefusesAnIncompleteFleet() {
        FleetSpec ec2 = FleetSpec.builder("api").ec2("m6i.large", PricingPlan.onDemand()).cpuCapacity(0.5, 0.7)
                .fixedSize(2).build();
        FleetSpec fargate = FleetSpec.builder("api").fargate("1", "2", Architecture.X86_64).cpuCapacity(0.5, 0.7)
                .fixedSize(2).build();
        assertThat(ec2.bootUs()).isEqualTo(90_000_000L);
        assertThat(fargate.bootUs()).isEqualTo(60_000_000L);
        assertThat(ec2.queueLimit()).isEqualTo(FleetSpec.UNLIMITED_QUEUE);
        assertThat(ec2.requestTimeoutUs()).isZero();
        assertThat(ec2.frontDoor()).isEqualTo(FrontDoor.none());
        assertThat(ec2.name()).isEqualTo("api on m6i.large, on-demand");
        assertThat(ec2.toBuilder().bootUs(5).build().bootUs()).isEqualTo(5);
        assertThatThrownBy(() -> FleetSpec.builder("api").cpuCapacity(0.5, 0.7).fixedSize(1).build())
                .hasMessageContaining("needs its compute");
        assertThatThrownBy(() -> ec2.toBuilder().queueLimit(-1).build()).hasMessageContaining("queue limit");
    }
}
