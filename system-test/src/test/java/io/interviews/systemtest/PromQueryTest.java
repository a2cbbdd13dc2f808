package io.interviews.systemtest;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dashboard check is only as good as what it reads out of the queries. */
class PromQueryTest {

    @Test
    void readsMetricsLabelsAndMatchersButNotFunctionsKeywordsOrRanges() {
        PromQuery query = PromQuery.parse("sum by (job, method, uri) (rate(http_server_requests_seconds_sum{namespace=~\"$namespace\", "
                + "status=~\"5..\"}[$__rate_interval])) / sum by (job, method, uri) (rate(http_server_requests_seconds_count[5m] offset 1h))");

        assertEquals(Set.of("http_server_requests_seconds_sum", "http_server_requests_seconds_count"), query.metrics());
        assertEquals(Set.of("namespace", "status", "job", "method", "uri"), query.labels());
        assertEquals(List.of(new PromQuery.LabelMatcher("namespace", "=~", "$namespace"),
                new PromQuery.LabelMatcher("status", "=~", "5..")), query.matchers());
        assertTrue(query.matchers().get(0).usesVariable());
        assertTrue(query.matchers().get(1).matches("503"));
        assertFalse(query.matchers().get(1).matches("200"));
    }

    @Test
    void readsGrafanaLabelValuesVariablesAndLegends() {
        PromQuery query = PromQuery.parse("label_values(jvm_memory_used_bytes{namespace=~\"$namespace\"}, job)");

        assertEquals(Set.of("jvm_memory_used_bytes"), query.metrics());
        assertEquals(Set.of("namespace", "job"), query.labels());
        assertEquals(Set.of("job", "client_id"), PromQuery.legendLabels("{{job}} {{ client_id }}"));
    }
}
