package io.stockledger.inventory.api.web;

import io.stockledger.inventory.command.reservation.PlaceReservation;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Objects;

/**
 * Sends commands for the current HTTP request and waits for their answer, with the request's metadata:
 * {@code correlationId} and {@code actor} (the authenticated caller: {@code api-key:<name>} or
 * {@code jwt:<subject>}; {@code anonymous} only outside an authenticated request). A refused command's
 * exception reaches the caller unchanged.
 */
@Component
public class Commands {

    private final CommandGateway gateway;
    private final GroupCommit groupCommit;
    private final HttpServletRequest request;

    /**
     * @param gateway     the command gateway (with retries of transient failures)
     * @param groupCommit where orders ({@link PlaceReservation}) go: committed together with the orders that
     *                    arrive at the same time
     * @param request     the current request (a request-scoped proxy)
     */
    public Commands(CommandGateway gateway, GroupCommit groupCommit, HttpServletRequest request) {
        this.gateway = gateway;
        this.groupCommit = groupCommit;
        this.request = request;
    }

    /**
     * @param command the command record
     * @param <R>     the handler's answer type
     * @return the handler's answer
     */
    public <R> R send(Object command) {
        Object correlationId = request.getAttribute(CorrelationFilter.ATTRIBUTE);
        String actor = request.getRemoteUser();
        MetaData metaData = MetaData.from(Map.of(
                "correlationId", Objects.requireNonNullElse(correlationId, "none"),
                "actor", actor == null ? "anonymous" : actor));
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command).andMetaData(metaData);
        return command instanceof PlaceReservation ? groupCommit.send(message) : gateway.sendAndWait(message);
    }
}
