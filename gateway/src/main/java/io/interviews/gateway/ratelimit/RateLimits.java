package io.interviews.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Ticker;
import io.interviews.gateway.config.GatewayConfig;
import io.interviews.gateway.security.CandidateTokens;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How often a client may register, answer and open the event stream: per client address and, where the request
 * carries one, per candidate token, each limit a {@link RequestRate} (interview.gateway.rate-limits). The limits
 * are kept in memory, so each gateway replica counts its own requests.
 */
@ApplicationScoped
public class RateLimits {

    /** What a limited request does; its name is the {@code action} label of the refusal counter. */
    public enum Action {
        REGISTRATION("registrations"),
        ANSWER("answers"),
        EVENT_STREAM("event stream connections");

        private final String plural;

        Action(String plural) {
            this.plural = plural;
        }

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A refused request: whose limit it hit and how long until the next request would be taken. */
    public record Refusal(String detail, Duration retryAfter) {
    }

    private final Map<Action, RequestRate> perAddress = new EnumMap<>(Action.class);
    private final Map<Action, RequestRate> perToken = new EnumMap<>(Action.class);
    private final MeterRegistry registry;

    RateLimits(GatewayConfig gateway, MeterRegistry registry) {
        this.registry = registry;
        GatewayConfig.RateLimits config = gateway.rateLimits();
        int maxClients = config.trackedClients();
        perAddress.put(Action.REGISTRATION, new RequestRate(config.registrations().perAddress(),
                config.registrations().period(), maxClients, Ticker.systemTicker()));
        add(Action.ANSWER, config.answers(), maxClients);
        add(Action.EVENT_STREAM, config.eventStreams(), maxClients);
    }

    private void add(Action action, GatewayConfig.RateLimits.PerClient limit, int maxClients) {
        perAddress.put(action, new RequestRate(limit.perAddress(), limit.period(), maxClients, Ticker.systemTicker()));
        perToken.put(action, new RequestRate(limit.perToken(), limit.period(), maxClients, Ticker.systemTicker()));
    }

    /**
     * Counts a request of {@code action} from {@code address} with the {@code authorization} header (may be null)
     * against both limits; empty when it may go ahead. The address limit is counted first, so a client past it
     * does not use up the token's allowance.
     */
    public Optional<Refusal> acquire(Action action, String address, String authorization) {
        Duration wait = perAddress.get(action).acquire(address);
        if (!wait.isZero()) {
            return Optional.of(refused(action, "address", "too many " + action.plural + " from this address", wait));
        }
        RequestRate tokenRate = perToken.get(action);
        Optional<String> token = CandidateTokens.bearerToken(authorization);
        if (tokenRate != null && token.isPresent()) {
            // keyed by the token's hash: the map holds no usable token
            wait = tokenRate.acquire(CandidateTokens.hash(token.get()));
            if (!wait.isZero()) {
                return Optional.of(refused(action, "token", "too many " + action.plural + " with this token", wait));
            }
        }
        return Optional.empty();
    }

    private Refusal refused(Action action, String client, String detail, Duration wait) {
        registry.counter("interview.requests.limited", "action", action.label(), "client", client).increment();
        return new Refusal(detail, wait);
    }
}
