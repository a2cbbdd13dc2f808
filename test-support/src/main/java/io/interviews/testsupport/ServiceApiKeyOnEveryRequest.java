package io.interviews.testsupport;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Makes every REST Assured request of a {@code @QuarkusTest} carry the service API key the service under test
 * requires ({@code Authorization: Bearer <interview.security.service-api-key>}), as its callers do, so a test of
 * what the API answers need not repeat it. A module opts in by naming this class in its test resources'
 * {@code META-INF/services/io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback}; requests without the key
 * are tested with {@link ServiceApiRequests}, which REST Assured's defaults do not reach.
 */
public class ServiceApiKeyOnEveryRequest implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        String authorization = ServiceApiRequests.bearer(
                ConfigProvider.getConfig().getValue("interview.security.service-api-key", String.class));
        // a filter, not a default request specification: that would also pin the port before Quarkus sets it
        Filter presentingTheKey = (request, response, chain) -> {
            request.header("Authorization", authorization);
            return chain.next(request, response);
        };
        RestAssured.replaceFiltersWith(presentingTheKey);
    }
}
