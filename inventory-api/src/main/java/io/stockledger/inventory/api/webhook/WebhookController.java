package io.stockledger.inventory.api.webhook;

import io.stockledger.inventory.api.config.ConditionalOnJdbcEventStore;
import io.stockledger.inventory.api.problem.ProblemResponses;
import io.stockledger.inventory.api.problem.ProblemType;
import io.stockledger.inventory.command.common.InvalidValueException;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/** Webhook subscriptions (admins): create, list, show, delete. See docs/webhooks.md. */
@Tag(name = "Webhooks", description = "Signed HTTP POSTs of stock level, reservation and alert changes")
@RestController
@ConditionalOnJdbcEventStore
@RequestMapping("/api/v1/webhooks")
public class WebhookController {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookStore store;
    private final WebhookUrlPolicy urls;

    WebhookController(WebhookStore store, WebhookUrlPolicy urls) {
        this.store = store;
        this.urls = urls;
    }

    /** 201 with the subscription and its secret (shown only here); 400 invalid-request naming the field. */
    @ProblemResponses(ProblemType.INVALID_REQUEST)
    @PostMapping
    public ResponseEntity<WebhookSubscription> create(@RequestBody WebhookRequest request) {
        if (request == null) {
            throw new InvalidValueException("url", "url is required");
        }
        String url = urls.check(request.url()).toString();
        if (request.events() == null || request.events().isEmpty()) {
            throw new InvalidValueException("events", "events must name at least one of " + types());
        }
        LinkedHashSet<String> events = new LinkedHashSet<>();
        for (String e : request.events()) {
            if (e == null || !WebhookMessages.TYPES.contains(e)) {
                throw new InvalidValueException("events", "unknown event type " + e + "; one of " + types());
            }
            events.add(e);
        }
        String secret = request.secret();
        if (secret == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } else if (secret.length() < 16 || secret.length() > 256 || !secret.chars().allMatch(c -> c > 32 && c < 127)) {
            throw new InvalidValueException("secret", "secret must be 16–256 printable ASCII characters");
        }
        WebhookSubscription s = new WebhookSubscription(UUID.randomUUID().toString(), url,
                new ArrayList<>(events), secret, Instant.now().truncatedTo(ChronoUnit.MICROS));
        store.insert(s);
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("Location", "/api/v1/webhooks/" + s.id()).body(s);
    }

    /** Every subscription, without secrets. */
    @GetMapping
    public List<WebhookSubscription> list() {
        return store.all().stream().map(WebhookSubscription::withoutSecret).toList();
    }

    /** One subscription, without its secret; 404 not-found. */
    @ProblemResponses(ProblemType.NOT_FOUND)
    @GetMapping("/{id}")
    public WebhookSubscription get(@PathVariable String id) {
        return store.find(id).map(WebhookSubscription::withoutSecret).orElseThrow(() -> notFound(id));
    }

    /** 204; its undelivered deliveries are dropped; 404 not-found. */
    @ProblemResponses(ProblemType.NOT_FOUND)
    @DeleteMapping("/{id}")
    public ResponseEntity<Void> delete(@PathVariable String id) {
        if (!store.delete(id)) {
            throw notFound(id);
        }
        return ResponseEntity.noContent().build();
    }

    private static ErrorResponseException notFound(String id) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no webhook " + id);
        return new ErrorResponseException(HttpStatus.NOT_FOUND, p, null);
    }

    private static String types() {
        return String.join(", ", WebhookMessages.TYPES.stream().sorted().toList());
    }
}
