package io.interviews.kit.security;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of the service API key; what a service answers with it is tested in scoring-service and offer-service. */
class ServiceApiKeyTest {

    @Test
    void aServiceThatRequiresTheKeyRefusesToStartWithoutOne() {
        for (Optional<String> missing : List.of(Optional.<String>empty(), Optional.of(""), Optional.of("  "))) {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> new ServiceApiKey(config(true, missing)));
            assertTrue(refused.getMessage().contains("INTERVIEW_SERVICE_API_KEY"), refused.getMessage());
        }
        assertDoesNotThrow(() -> new ServiceApiKey(config(true, Optional.of("a-key"))));
    }

    @Test
    void aServiceThatDoesNotRequireTheKeyStartsWithoutOne() {
        assertDoesNotThrow(() -> new ServiceApiKey(config(false, Optional.empty())));
    }

    @Test
    void onlyHealthAndMetricsAreManagementEndpoints() {
        for (String open : List.of("/q/health", "/q/health/live", "/q/health/ready", "/q/health/started", "/q/metrics")) {
            assertTrue(ServiceApiKey.isManagement(open), open);
        }
        for (String guarded : List.of("/", "/api/scorecards/1", "/q", "/q/healthz", "/q/metricsx", "/q/openapi",
                "/q/dev-ui", "/api/q/health")) {
            assertFalse(ServiceApiKey.isManagement(guarded), guarded);
        }
    }

    @Test
    void theKeyIsTheCredentialOfABearerAuthorization() {
        assertEquals("k3y", ServiceApiKey.bearerToken("Bearer k3y"));
        assertEquals("k3y", ServiceApiKey.bearerToken("bearer  k3y "));
        assertNull(ServiceApiKey.bearerToken(null));
        assertNull(ServiceApiKey.bearerToken("Bearer "));
        assertNull(ServiceApiKey.bearerToken("Basic k3y"));
        assertNull(ServiceApiKey.bearerToken("k3y"));
    }

    private static ServiceApiConfig config(boolean required, Optional<String> key) {
        return new ServiceApiConfig() {
            @Override
            public boolean serviceApiKeyRequired() {
                return required;
            }

            @Override
            public Optional<String> serviceApiKey() {
                return key;
            }
        };
    }
}
