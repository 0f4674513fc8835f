package io.stockledger.inventory.api.admin;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Administration of the read side: projection status, projection rebuilds, and reconciliation of every
 * projection and aggregate against the events.
 */
@Tag(name = "Admin", description = "Projection status and rebuilds, reconciliation")
@RestController
@RequestMapping("/api/v1/admin")
public class AdminController {

    private final Projections projections;
    private final Reconciliation reconciliation;

    AdminController(Projections projections, Reconciliation reconciliation) {
        this.projections = projections;
        this.reconciliation = reconciliation;
    }

    /** @return each streaming projection: running, rebuilding, position, head, lag in events */
    @GetMapping("/projections")
    public List<ProjectionStatus> projections() {
        return projections.status();
    }

    /**
     * Starts a rebuild of one projection ({@code stock-levels}, {@code movements}, {@code reservations},
     * {@code transfers}, …) or {@code all}: 202 {@code {rebuilding:[names]}}; follow it on
     * {@code GET /api/v1/admin/projections}. 400 for an unknown name.
     */
    @ApiResponse(responseCode = "202", description = "Rebuild started; follow it on GET /api/v1/admin/projections",
            useReturnTypeSchema = true)
    @PostMapping("/projections/{name}/rebuild")
    public ResponseEntity<Map<String, List<String>>> rebuild(@PathVariable String name) {
        List<String> names = projections.rebuild(name);
        return ResponseEntity.accepted().location(URI.create("/api/v1/admin/projections"))
                .body(Map.of("rebuilding", names));
    }

    /** Replays the event store into fresh state and reports every difference with projections and aggregates. */
    @PostMapping("/reconciliation")
    public ReconciliationReport reconcile() {
        return reconciliation.run();
    }
}
