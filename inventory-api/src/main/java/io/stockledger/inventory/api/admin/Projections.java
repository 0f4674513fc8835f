package io.stockledger.inventory.api.admin;

import io.stockledger.inventory.command.common.InvalidValueException;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The projections' streaming event processors: their status and their rebuild. A rebuild stops a
 * processor, resets its tokens (its reset handler empties its tables) and starts it again, so that it
 * replays the whole event store; reads keep being answered meanwhile, from the table as far as it has been
 * rebuilt, and every API answer says so in the header {@code X-Projection-Rebuilding} (see
 * {@link RebuildingHeaderFilter}). The subscribing projections (warehouses, open orders) are written in the
 * command's own transaction and are not rebuilt this way; reconciliation checks them.
 */
@Component
public class Projections {

    private static final Logger log = LoggerFactory.getLogger(Projections.class);

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    /** Projections this instance started rebuilding and has not yet seen caught up. */
    private final Set<String> started = ConcurrentHashMap.newKeySet();

    /**
     * @param processing Axon's event processors
     * @param jdbc       the event store's database, for the head position
     */
    public Projections(EventProcessingConfiguration processing, JdbcTemplate jdbc) {
        this.processing = processing;
        this.jdbc = jdbc;
    }

    /** @return the streaming processors by name */
    public Map<String, StreamingEventProcessor> processors() {
        Map<String, StreamingEventProcessor> streaming = new TreeMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor s) {
                streaming.put(name, s);
            }
        });
        return streaming;
    }

    /** @return the status of every streaming projection, by name */
    public List<ProjectionStatus> status() {
        Long max = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        long head = max == null ? -1 : max;
        List<ProjectionStatus> status = new ArrayList<>();
        processors().forEach((name, processor) -> {
            long position = processor.processingStatus().values().stream()
                    .mapToLong(s -> s.getCurrentPosition().orElse(-1))
                    .min().orElse(-1);
            boolean rebuilding = processor.isReplaying();
            status.add(new ProjectionStatus(name, processor.isRunning(), rebuilding, position, head,
                    Math.max(0, head - position)));
        });
        return status;
    }

    /**
     * Cheap enough for every request: only projections this instance started rebuilding are looked at.
     *
     * @return names of the projections this instance is rebuilding now, in name order
     */
    public List<String> rebuilding() {
        if (started.isEmpty()) {
            return List.of();
        }
        Map<String, StreamingEventProcessor> all = processors();
        List<String> names = new ArrayList<>();
        for (String name : new TreeSet<>(started)) {
            StreamingEventProcessor processor = all.get(name);
            if (processor != null && (!processor.isRunning() || processor.processingStatus().isEmpty()
                    || processor.isReplaying())) {
                names.add(name);
            } else {
                started.remove(name);
            }
        }
        return names;
    }

    /**
     * Starts rebuilding projections: each is stopped, reset and restarted, one after another.
     *
     * @param name a projection name, or {@code all}
     * @return the names being rebuilt
     * @throws InvalidValueException when no streaming projection has that name
     */
    public List<String> rebuild(String name) {
        Map<String, StreamingEventProcessor> all = processors();
        List<String> names = name.equals("all") ? List.copyOf(all.keySet()) : List.of(name);
        for (String n : names) {
            if (!all.containsKey(n)) {
                throw new InvalidValueException("projection", "no rebuildable projection named " + name
                        + "; one of " + all.keySet() + " or all");
            }
        }
        started.addAll(names);
        for (String n : names) {
            StreamingEventProcessor processor = all.get(n);
            try {
                processor.shutdownAsync().get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("could not stop projection " + n + " for its rebuild", e);
            }
            processor.resetTokens();
            processor.start();
            log.info("projection {} reset; replaying the event store", n);
        }
        return names;
    }

    /**
     * Position only: after a rebuild a segment's token stays a replay token until an event newer than the
     * reset arrives, though it has passed every event.
     *
     * @return whether every segment of the processor has passed the given global sequence
     */
    static boolean caughtUp(StreamingEventProcessor processor, long head) {
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        return !status.isEmpty() && status.values().stream()
                .allMatch(s -> s.getCurrentPosition().orElse(-1) >= head);
    }
}
