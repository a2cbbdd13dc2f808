package io.interviews.offer.service.adzuna;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A local stand-in for Adzuna's job search API, answering as Adzuna documents it: one role with ten London ads
 * (eight advertised salaries, one predicted, one without), one failing with HTTP 500, one without ads and one
 * too slow to wait for.
 */
public class AdzunaStub implements QuarkusTestResourceLifecycleManager {

    static final String SEARCH_PATH = "/v1/api/jobs/gb/search/1";
    static final String WITH_SALARIES = "Python Backend Developer";
    static final String FAILING = "Java Developer";
    static final String WITHOUT_ADS = "Go Developer";
    static final String SLOW = "Rust Developer";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        server.stubFor(get(urlPathEqualTo(SEARCH_PATH)).withQueryParam("what", equalTo(WITH_SALARIES))
                .willReturn(json(200, """
                        {"__CLASS__": "Adzuna::API::Response::JobSearchResults", "count": 412, "mean": 67250.3,
                         "results": [
                          {"title": "Python Developer", "salary_min": 48000, "salary_max": 52000, "salary_is_predicted": "0"},
                          {"title": "Backend Engineer", "salary_min": 50000, "salary_max": 60000, "salary_is_predicted": "0"},
                          {"title": "Python Engineer", "salary_min": 60000, "salary_is_predicted": "0"},
                          {"title": "Django Developer", "salary_min": 60000, "salary_max": 70000, "salary_is_predicted": "0"},
                          {"title": "Backend Developer", "salary_min": 65000, "salary_max": 75000, "salary_is_predicted": "0"},
                          {"title": "Senior Python Developer", "salary_min": 70000, "salary_max": 80000, "salary_is_predicted": "0"},
                          {"title": "Platform Engineer", "salary_max": 80000, "salary_is_predicted": "0"},
                          {"title": "Lead Python Developer", "salary_min": 80000, "salary_max": 90000, "salary_is_predicted": "0"},
                          {"title": "Python Developer (estimated pay)", "salary_min": 150000, "salary_max": 150000, "salary_is_predicted": "1"},
                          {"title": "Python Developer (pay not stated)"}
                         ]}""")));
        server.stubFor(get(urlPathEqualTo(SEARCH_PATH)).withQueryParam("what", equalTo(FAILING))
                .willReturn(json(500, "{\"exception\": \"internal error\"}")));
        server.stubFor(get(urlPathEqualTo(SEARCH_PATH)).withQueryParam("what", equalTo(WITHOUT_ADS))
                .willReturn(json(200, "{\"count\": 0, \"mean\": 0, \"results\": []}")));
        server.stubFor(get(urlPathEqualTo(SEARCH_PATH)).withQueryParam("what", equalTo(SLOW))
                .willReturn(json(200, "{\"count\": 0, \"results\": []}").withFixedDelay(10_000)));
        return Map.of("quarkus.rest-client.adzuna.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
