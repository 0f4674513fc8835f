package io.stockledger.inventory.api.observability;

import io.stockledger.inventory.api.admin.ProjectionStatus;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

import static org.assertj.core.api.Assertions.assertThat;

/** The readiness verdict on one projection: stopped or in error is DOWN, too far behind is OUT_OF_SERVICE. */
class ProjectionHealthTest {

    private static final long MAX_LAG = 100;

    private static ProjectionStatus status(boolean running, boolean rebuilding, long position, long head) {
        return new ProjectionStatus("stock-levels", running, rebuilding, position, head, Math.max(0, head - position));
    }

    @Test
    void givenARunningProjectionWithinTheLagThenUp() {
        ProjectionHealth health = ProjectionHealth.judge(status(true, false, 950, 1000), 2, null, MAX_LAG);
        assertThat(health.status()).isEqualTo(Status.UP);
        assertThat(health.details()).containsEntry("lagEvents", 50L).containsEntry("segments", 2)
                .containsEntry("state", "processing");
    }

    @Test
    void givenAProjectionBeyondTheLagThenOutOfService() {
        assertThat(ProjectionHealth.judge(status(true, false, 899, 1000), 2, null, MAX_LAG).status())
                .isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(ProjectionHealth.judge(status(true, false, 900, 1000), 2, null, MAX_LAG).status())
                .as("exactly at the threshold").isEqualTo(Status.UP);
        ProjectionHealth rebuilding = ProjectionHealth.judge(status(false, true, 10, 1000), 0, null, MAX_LAG);
        assertThat(rebuilding.status()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(rebuilding.details()).containsEntry("state", "rebuilding").containsEntry("lagEvents", 990L);
    }

    @Test
    void givenAStoppedOrFailingProjectionThenDown() {
        assertThat(ProjectionHealth.judge(status(false, false, 1000, 1000), 0, null, MAX_LAG).status())
                .isEqualTo(Status.DOWN);
        ProjectionHealth failing = ProjectionHealth.judge(status(true, false, 1000, 1000), 2, "SQL failure", MAX_LAG);
        assertThat(failing.status()).isEqualTo(Status.DOWN);
        assertThat(failing.details()).containsEntry("error", "SQL failure").containsEntry("state", "error");
    }

    @Test
    void givenNoSegmentClaimedHereThenUpAndLagNotJudged() {
        ProjectionHealth elsewhere = ProjectionHealth.judge(status(true, false, -1, 1000), 0, null, MAX_LAG);
        assertThat(elsewhere.status()).isEqualTo(Status.UP);
        assertThat(elsewhere.details()).containsEntry("lagEvents", null);
    }

    @Test
    void givenSeveralVerdictsThenTheWorstWins() {
        assertThat(ProjectionsHealthIndicator.worse(Status.UP, Status.OUT_OF_SERVICE)).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(ProjectionsHealthIndicator.worse(Status.DOWN, Status.OUT_OF_SERVICE)).isEqualTo(Status.DOWN);
        assertThat(ProjectionsHealthIndicator.worse(Status.OUT_OF_SERVICE, Status.UP)).isEqualTo(Status.OUT_OF_SERVICE);
    }
}
