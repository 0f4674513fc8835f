package io.stockledger.inventory.api;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A busy stock item is snapshotted, so loading it never replays its whole history. */
class SnapshotIT extends ServiceIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void givenMoreEventsThanThresholdWhenChangedThenSnapshotStoredAndStateIntact() {
        String wh = newWarehouse();
        String sku = newSku();
        api.warehouse(wh);
        for (int i = 0; i < 600; i++) {
            api.receive(sku, wh, 1);
        }
        String id = sku + "@" + wh;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(jdbc.queryForObject("SELECT max(sequence_number) FROM snapshot_event_entry "
                        + "WHERE aggregate_identifier = ?", Long.class, id)).isGreaterThanOrEqualTo(499L));
        String payloadType = jdbc.queryForObject("SELECT payload_type FROM snapshot_event_entry "
                + "WHERE aggregate_identifier = ? LIMIT 1", String.class, id);
        assertThat(payloadType).endsWith("StockItem");
        assertThat(api.receive(sku, wh, 1).path("onHand").asLong()).isEqualTo(601);
        assertThat(api.receive(sku, wh, 1).path("version").asLong()).isEqualTo(601);
    }
}
