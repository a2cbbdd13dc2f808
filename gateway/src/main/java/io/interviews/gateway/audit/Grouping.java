package io.interviews.gateway.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * How the sample is split into categories: each self-identified characteristic, and sex × race/ethnicity, the
 * intersection Local Law 144 audits report. A candidate who declined a characteristic is in no category of it.
 */
public enum Grouping {
    SEX(candidate -> name(candidate.sex()), names(Sex.values())),
    RACE_ETHNICITY(candidate -> name(candidate.raceEthnicity()), names(RaceEthnicity.values())),
    AGE_BAND(candidate -> name(candidate.ageBand()), names(AgeBand.values())),
    SEX_AND_RACE_ETHNICITY(candidate -> candidate.sex() == null || candidate.raceEthnicity() == null ? null
            : intersection(candidate.sex(), candidate.raceEthnicity()), intersections());

    private final Function<AssessedCandidate, String> category;
    private final List<String> categories;

    Grouping(Function<AssessedCandidate, String> category, List<String> categories) {
        this.category = category;
        this.categories = categories;
    }

    /** The candidate's category in this grouping; null if they declined to say. */
    public String categoryOf(AssessedCandidate candidate) {
        return category.apply(candidate);
    }

    /** Every category of this grouping, in report order. */
    public List<String> categories() {
        return categories;
    }

    /** An intersection's category name, such as {@code FEMALE+ASIAN}. */
    public static String intersection(Sex sex, RaceEthnicity raceEthnicity) {
        return sex.name() + "+" + raceEthnicity.name();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static List<String> intersections() {
        List<String> categories = new ArrayList<>();
        for (Sex sex : Sex.values()) {
            for (RaceEthnicity raceEthnicity : RaceEthnicity.values()) {
                categories.add(intersection(sex, raceEthnicity));
            }
        }
        return List.copyOf(categories);
    }
}
