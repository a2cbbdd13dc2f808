package io.interviews.gateway.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static io.interviews.gateway.audit.AgeBand.AGE_40_AND_OVER;
import static io.interviews.gateway.audit.AgeBand.UNDER_40;
import static io.interviews.gateway.audit.RaceEthnicity.ASIAN;
import static io.interviews.gateway.audit.RaceEthnicity.NATIVE_AMERICAN_OR_ALASKA_NATIVE;
import static io.interviews.gateway.audit.RaceEthnicity.WHITE;
import static io.interviews.gateway.audit.Sex.FEMALE;
import static io.interviews.gateway.audit.Sex.MALE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Selection rates, impact ratios, the four-fifths flag and the 2 % rule on samples computed by hand. */
class BiasAuditTest {

    @Test
    void aCategoryBelowFourFifthsOfTheHighestRateIsFlaggedAndTheDeclinedAreCountedApart() {
        // men 5 of 10 (0.5), women 3 of 10 (0.3): 0.3 / 0.5 = 0.6; two declined, one of them selected
        SelectionAudit audit = BiasAudit.audit(Selection.EARNS_AN_OFFER, concat(
                candidates(10, 5, MALE, null, null),
                candidates(10, 3, FEMALE, null, null),
                candidates(2, 1, null, null, null)));

        assertEquals(22, audit.assessed());
        assertEquals(9, audit.selected());
        GroupingAudit sex = grouping(audit, Grouping.SEX);
        assertEquals(List.of(
                new CategoryRate("MALE", 10, 5, 0.5, 1.0, false),
                new CategoryRate("FEMALE", 10, 3, 0.3, 0.6, true)), sex.categories());
        assertEquals(List.of(), sex.underTwoPercent());
        assertEquals(new CategoryRate(BiasAudit.UNKNOWN, 2, 1, 0.5, null, false), sex.unknown());
        // nobody gave a race or an age: every candidate is unknown there, and nothing is compared
        assertEquals(List.of(), grouping(audit, Grouping.RACE_ETHNICITY).categories());
        assertEquals(new CategoryRate(BiasAudit.UNKNOWN, 22, 9, 9 / 22.0, null, false),
                grouping(audit, Grouping.AGE_BAND).unknown());
    }

    @Test
    void aRatioOfExactlyFourFifthsIsNotFlagged() {
        // 4 of 10 against 5 of 10: exactly 0.8
        SelectionAudit audit = BiasAudit.audit(Selection.FINAL_APPROVAL, concat(
                candidates(10, 5, null, null, UNDER_40),
                candidates(10, 4, null, null, AGE_40_AND_OVER)));

        assertEquals(List.of(
                new CategoryRate("UNDER_40", 10, 5, 0.5, 1.0, false),
                new CategoryRate("AGE_40_AND_OVER", 10, 4, 0.4, 0.8, false)),
                grouping(audit, Grouping.AGE_BAND).categories());
    }

    @Test
    void aCategoryWithUnderTwoPercentOfTheSampleIsReportedApartAndNeitherSetsTheHighestRateNorIsFlagged() {
        // 1 of 51 is under 2 %: the one selected Native American candidate (rate 1.0) does not make White's 0.4 a
        // ratio of 0.4
        SelectionAudit audit = BiasAudit.audit(Selection.EARNS_AN_OFFER, concat(
                candidates(50, 20, null, WHITE, null),
                candidates(1, 1, null, NATIVE_AMERICAN_OR_ALASKA_NATIVE, null)));

        GroupingAudit race = grouping(audit, Grouping.RACE_ETHNICITY);
        assertEquals(List.of(new CategoryRate("WHITE", 50, 20, 0.4, 1.0, false)), race.categories());
        assertEquals(List.of(new CategoryRate("NATIVE_AMERICAN_OR_ALASKA_NATIVE", 1, 1, 1.0, null, false)),
                race.underTwoPercent());
    }

    @Test
    void aCategoryWithExactlyTwoPercentOfTheSampleIsCompared() {
        // 1 of 50 is 2 %, not under it: the Native American candidate's 1.0 is the highest rate, White's 20 of 49
        // is a ratio of 20/49 and flagged
        SelectionAudit audit = BiasAudit.audit(Selection.EARNS_AN_OFFER, concat(
                candidates(49, 20, null, WHITE, null),
                candidates(1, 1, null, NATIVE_AMERICAN_OR_ALASKA_NATIVE, null)));

        GroupingAudit race = grouping(audit, Grouping.RACE_ETHNICITY);
        assertEquals(List.of(
                new CategoryRate("WHITE", 49, 20, 20 / 49.0, 20 / 49.0, true),
                new CategoryRate("NATIVE_AMERICAN_OR_ALASKA_NATIVE", 1, 1, 1.0, 1.0, false)), race.categories());
        assertEquals(List.of(), race.underTwoPercent());
    }

    @Test
    void theIntersectionOfSexAndRaceIsComparedAndUnknownWhenEitherWasDeclined() {
        // male White 6 of 10 (0.6), female White 6 of 10, male Asian 3 of 5, female Asian 2 of 5 (0.4: 0.4 / 0.6);
        // 3 who gave a race but not their sex, 2 who gave their sex but not a race
        SelectionAudit audit = BiasAudit.audit(Selection.EARNS_AN_OFFER, concat(
                candidates(10, 6, MALE, WHITE, null),
                candidates(10, 6, FEMALE, WHITE, null),
                candidates(5, 3, MALE, ASIAN, null),
                candidates(5, 2, FEMALE, ASIAN, null),
                candidates(3, 0, null, ASIAN, null),
                candidates(2, 2, FEMALE, null, null)));

        GroupingAudit intersection = grouping(audit, Grouping.SEX_AND_RACE_ETHNICITY);
        assertEquals(List.of(
                new CategoryRate("MALE+WHITE", 10, 6, 0.6, 1.0, false),
                new CategoryRate("MALE+ASIAN", 5, 3, 0.6, 1.0, false),
                new CategoryRate("FEMALE+WHITE", 10, 6, 0.6, 1.0, false),
                new CategoryRate("FEMALE+ASIAN", 5, 2, 0.4, 2 / 3.0, true)), intersection.categories());
        assertEquals(new CategoryRate(BiasAudit.UNKNOWN, 5, 2, 0.4, null, false), intersection.unknown());
        // race alone: White 12 of 20 (0.6), Asian 5 of 13
        assertEquals(List.of(
                new CategoryRate("WHITE", 20, 12, 0.6, 1.0, false),
                new CategoryRate("ASIAN", 13, 5, 5 / 13.0, 50 / 78.0, true)),
                grouping(audit, Grouping.RACE_ETHNICITY).categories());
    }

    @Test
    void withNobodySelectedThereIsNoRatioAndNoFlag() {
        SelectionAudit audit = BiasAudit.audit(Selection.FINAL_APPROVAL, concat(
                candidates(4, 0, MALE, null, null),
                candidates(4, 0, FEMALE, null, null)));

        List<CategoryRate> sex = grouping(audit, Grouping.SEX).categories();
        assertEquals(List.of(new CategoryRate("MALE", 4, 0, 0.0, null, false),
                new CategoryRate("FEMALE", 4, 0, 0.0, null, false)), sex);
    }

    @Test
    void anEmptySampleHasNoCategoriesAndAnEmptyUnknown() {
        SelectionAudit audit = BiasAudit.audit(Selection.EARNS_AN_OFFER, List.of());

        assertEquals(0, audit.assessed());
        audit.groupings().forEach(grouping -> {
            assertTrue(grouping.categories().isEmpty());
            assertEquals(new CategoryRate(BiasAudit.UNKNOWN, 0, 0, null, null, false), grouping.unknown());
        });
    }

    @Test
    void theCsvHasOneRowPerCategoryWithFourDecimalsAndTheHtmlTheSameNumbersAndTheFlagInWords() {
        SelectionAudit audit = BiasAudit.audit(Selection.EARNS_AN_OFFER, concat(
                candidates(3, 2, MALE, null, null),
                candidates(3, 1, FEMALE, null, null)));
        BiasAuditReport report = new BiasAuditReport(Instant.parse("2026-01-05T10:00:00Z"), List.of(audit));

        String csv = BiasAuditCsv.of(report);
        List<String> rows = csv.lines().toList();
        assertEquals(BiasAuditCsv.HEADER, rows.get(0));
        assertTrue(rows.contains("EARNS_AN_OFFER,SEX,MALE,compared,3,2,0.6667,1.0000,false"), csv);
        assertTrue(rows.contains("EARNS_AN_OFFER,SEX,FEMALE,compared,3,1,0.3333,0.5000,true"), csv);
        assertTrue(rows.contains("EARNS_AN_OFFER,SEX,unknown,unknown,0,0,,,false"), csv);
        assertTrue(rows.contains("EARNS_AN_OFFER,RACE_ETHNICITY,unknown,unknown,6,3,0.5000,,false"), csv);
        assertEquals(7, rows.size(), "the header, two compared categories and one unknown row per grouping");

        String html = BiasAuditHtml.of(report);
        assertTrue(html.contains("<td>FEMALE</td><td>yes</td><td>3</td><td>1</td><td>0.3333</td><td>0.5000</td>"
                + "<td>flagged: below 0.8</td>"), html);
        assertTrue(html.contains("Flagged: FEMALE (0.5000)"), html);
        assertTrue(html.contains("<svg"), html);
        assertFalse(html.contains("<script"), html);
    }

    private static GroupingAudit grouping(SelectionAudit audit, Grouping grouping) {
        return audit.groupings().stream().filter(g -> g.grouping() == grouping).findFirst().orElseThrow();
    }

    /** {@code count} candidates of one self-identification, the first {@code selected} of them selected. */
    private static List<AssessedCandidate> candidates(int count, int selected, Sex sex, RaceEthnicity race,
                                                      AgeBand age) {
        List<AssessedCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            candidates.add(new AssessedCandidate(sex, race, age, i < selected));
        }
        return candidates;
    }

    @SafeVarargs
    private static List<AssessedCandidate> concat(List<AssessedCandidate>... parts) {
        return Stream.of(parts).flatMap(List::stream).toList();
    }
}
