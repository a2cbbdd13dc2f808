package io.interviews.testsupport;

import io.quarkus.test.common.http.TestHTTPResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import static io.interviews.testsupport.ServiceApiRequests.assertManagementEndpointsOpen;
import static io.interviews.testsupport.ServiceApiRequests.assertUnauthorized;
import static io.interviews.testsupport.ServiceApiRequests.assertWrongKeysAndSchemesRefused;
import static io.interviews.testsupport.ServiceApiRequests.get;

/**
 * What every service whose API requires the service API key must do: refuse a request without the key, with a wrong
 * key or another scheme, and leave health and metrics open for probes and scrapers. A service's {@code @QuarkusTest}
 * extends this, names its API and adds what only that API has.
 */
public abstract class ServiceApiKeyContract {

    private final String apiPath;
    private final List<String> otherProtectedPaths;

    @TestHTTPResource("/")
    URI root;

    @TestHTTPResource("/q")
    protected URI management;

    @ConfigProperty(name = "interview.security.service-api-key")
    protected String serviceApiKey;

    /**
     * @param apiPath             the API's resources about an interview are {@code apiPath/<interview id>}
     * @param otherProtectedPaths more paths a request without the key must not reach, known to the API or not
     */
    protected ServiceApiKeyContract(String apiPath, String... otherProtectedPaths) {
        this.apiPath = apiPath;
        this.otherProtectedPaths = List.of(otherProtectedPaths);
    }

    /** The API's resource about this interview, whether the service knows the interview or not. */
    protected URI resource(UUID interviewId) {
        return root.resolve(apiPath + "/" + interviewId);
    }

    @Test
    void aRequestWithoutTheKeyIsRefusedWithAProblem() {
        assertUnauthorized(get(resource(UUID.randomUUID()), null), "Authorization: Bearer");
        for (String path : otherProtectedPaths) {
            assertUnauthorized(get(root.resolve(path), null), "Authorization: Bearer");
        }
    }

    @Test
    void aWrongKeyOrAnotherSchemeIsRefused() {
        assertWrongKeysAndSchemesRefused(resource(UUID.randomUUID()), serviceApiKey);
    }

    @Test
    void healthAndMetricsNeedNoKey() {
        assertManagementEndpointsOpen(management);
    }
}
