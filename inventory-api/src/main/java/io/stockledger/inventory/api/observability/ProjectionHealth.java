package io.stockledger.inventory.api.observability;

import io.stockledger.inventory.api.admin.ProjectionStatus;
import org.springframework.boot.actuate.health.Status;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The verdict on one streaming projection, as the health indicator reports it.
 *
 * @param status  {@code DOWN} when its processor is in error or stopped (and not rebuilding),
 *                {@code OUT_OF_SERVICE} when it lags more than the allowed number of events, else {@code UP}
 * @param details what the verdict rests on: {@code state}, {@code position}, {@code head}, {@code lagEvents},
 *                {@code segments} (claimed by this instance) and, in error, {@code error}
 */
public record ProjectionHealth(Status status, Map<String, Object> details) {

    /**
     * @param projection   the projection's status
     * @param segments     segments of it this instance processes now
     * @param error        the error of a segment in error state, or {@code null}
     * @param maxLagEvents the most events it may be behind and still be ready
     * @return the verdict; a running projection with no segment here is {@code UP} (another instance
     *         processes it and reports its lag), and so is one starting up, before its first claim
     */
    public static ProjectionHealth judge(ProjectionStatus projection, int segments, String error, long maxLagEvents) {
        Status status;
        String state;
        if (error != null) {
            status = Status.DOWN;
            state = "error";
        } else if (!projection.running() && !projection.rebuilding()) {
            status = Status.DOWN;
            state = "stopped";
        } else if (!projection.rebuilding() && segments == 0) {
            status = Status.UP;
            state = "no segment claimed by this instance";
        } else if (projection.lag() > maxLagEvents) {
            status = Status.OUT_OF_SERVICE;
            state = projection.rebuilding() ? "rebuilding" : "lagging";
        } else {
            status = Status.UP;
            state = projection.rebuilding() ? "rebuilding" : "processing";
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("status", status.getCode());
        details.put("state", state);
        details.put("position", projection.position());
        details.put("head", projection.head());
        details.put("lagEvents", segments == 0 && !projection.rebuilding() ? null : projection.lag());
        details.put("segments", segments);
        if (error != null) {
            details.put("error", error);
        }
        return new ProjectionHealth(status, details);
    }
}
