package io.interviews.offer.service.adzuna;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** The part of a search answer that benchmarks need: how many ads matched and each ad's salary range. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdzunaSearchResult(long count, List<Ad> results) {

    public AdzunaSearchResult {
        results = results == null ? List.of() : List.copyOf(results);
    }

    /** {@code salary_is_predicted} is "1" when Adzuna estimated the salary instead of reading it in the ad. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Ad(@JsonProperty("salary_min") Double salaryMin, @JsonProperty("salary_max") Double salaryMax,
                     @JsonProperty("salary_is_predicted") String salaryIsPredicted) {

        /** The middle of the advertised range (or its one end), or null for an ad without an advertised salary. */
        Double advertisedMidpoint() {
            if ("1".equals(salaryIsPredicted)) {
                return null;
            }
            if (salaryMin != null && salaryMax != null) {
                return (salaryMin + salaryMax) / 2;
            }
            return salaryMin != null ? salaryMin : salaryMax;
        }
    }
}
