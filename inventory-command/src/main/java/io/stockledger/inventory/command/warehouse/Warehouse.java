package io.stockledger.inventory.command.warehouse;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A stock location, identified by its code. Created once (a second create with the same code is refused
 * by the event store's unique key and answered as a duplicate); its details may change; it may be
 * deactivated, after which it takes no new reservations or transfers while its stock stays visible.
 */
@Aggregate
public class Warehouse {

    @AggregateIdentifier
    private String code;
    private String name;
    private String address;
    private String timezone;
    private int priority;
    private boolean active;

    /** For Axon. */
    protected Warehouse() {
    }

    /** Open a warehouse. */
    @CommandHandler
    public Warehouse(CreateWarehouse command) {
        WarehouseDetails d = command.details();
        apply(new WarehouseCreated(command.code().value(), d.name(), d.address(), d.timezone(), d.priority(),
                command.active()));
    }

    /** Replace the details; identical details change nothing. */
    @CommandHandler
    public WarehouseView handle(UpdateWarehouse command) {
        WarehouseDetails d = command.details();
        if (!(d.name().equals(name) && Objects.equals(d.address(), address)
                && d.timezone().equals(timezone) && d.priority() == priority)) {
            apply(new WarehouseUpdated(code, d.name(), d.address(), d.timezone(), d.priority()));
        }
        return view();
    }

    /** Stop new reservations and transfers. */
    @CommandHandler
    public WarehouseView handle(DeactivateWarehouse command) {
        if (active) {
            apply(new WarehouseDeactivated(code));
        }
        return view();
    }

    /** Take new reservations and transfers again. */
    @CommandHandler
    public WarehouseView handle(ActivateWarehouse command) {
        if (!active) {
            apply(new WarehouseActivated(code));
        }
        return view();
    }

    /** @return the warehouse as clients see it */
    public WarehouseView view() {
        return new WarehouseView(code, name, address, timezone, priority, active);
    }

    @EventSourcingHandler
    void on(WarehouseCreated event) {
        code = event.code();
        name = event.name();
        address = event.address();
        timezone = event.timezone();
        priority = event.priority();
        active = event.active();
    }

    @EventSourcingHandler
    void on(WarehouseUpdated event) {
        name = event.name();
        address = event.address();
        timezone = event.timezone();
        priority = event.priority();
    }

    @EventSourcingHandler
    void on(WarehouseDeactivated event) {
        active = false;
    }

    @EventSourcingHandler
    void on(WarehouseActivated event) {
        active = true;
    }
}
