package io.interviews.gateway;

import io.interviews.events.Band;
import io.interviews.events.Language;
import io.interviews.events.LetterKind;
import io.interviews.events.PlannedStage;
import io.interviews.events.RecruiterDecided.Decision;
import io.interviews.gateway.audit.AgeBand;
import io.interviews.gateway.audit.BiasAuditCsv;
import io.interviews.gateway.audit.RaceEthnicity;
import io.interviews.gateway.audit.Sex;
import io.interviews.gateway.repository.CandidateDetails;
import io.interviews.gateway.repository.DraftedLetter;
import io.interviews.gateway.repository.Interview;
import io.interviews.gateway.repository.InterviewRepository;
import io.interviews.gateway.repository.InterviewStatus;
import io.interviews.gateway.repository.LiveScore;
import io.interviews.gateway.repository.PositionDetails;
import io.interviews.gateway.repository.RecordedDecision;
import io.interviews.gateway.repository.SelfIdentification;
import io.interviews.gateway.repository.SelfIdentificationRepository;
import io.interviews.gateway.security.CandidateTokens;
import io.interviews.kit.DataKeys;
import io.interviews.testsupport.RealInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.interviews.gateway.TestInterviews.RECRUITER_KEY;
import static io.interviews.gateway.TestInterviews.RECRUITER_KEY_HEADER;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bias audit of a synthetic population on the real database, built so that exactly one group fails the
 * four-fifths rule: candidates 40 and over earn an offer at 0.5 against 2/3 under 40 (impact ratio 0.75), while
 * women's rate is exactly 0.8 of men's (not flagged), every race's rate is the same, one candidate's race is under 2 %
 * of the sample, and some declined to say.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class BiasAuditReportTest {

    private static final String REPORT = "/api/recruiter/reports/bias-audit";
    private static final List<RaceEthnicity> RACES = List.of(RaceEthnicity.WHITE,
            RaceEthnicity.BLACK_OR_AFRICAN_AMERICAN, RaceEthnicity.ASIAN, RaceEthnicity.HISPANIC_OR_LATINO);

    @Inject
    InterviewRepository interviews;
    @Inject
    SelfIdentificationRepository selfIdentifications;
    @Inject
    DataKeys dataKeys;

    /**
     * Per sex and race (4 races), 3 candidates under 40 and 5 aged 40 and over. Men: 2 of the 3 and 3 of the 5 earn an
     * offer (5/8); women: 2 of 3 and 2 of 5 (4/8, 0.8 of men's). Under 40: 16 of 24 (2/3); 40 and over: 20 of 40
     * (0.5, ratio 0.75). Every race: 18 of 32. Besides, a Native Hawaiian candidate who gave nothing else and earned
     * an offer (1 of 67: under 2 %, so not compared, or every other race would fall below 0.8), one who declined
     * everything and got feedback, and one who declined everything and whose offer awaits the recruiter (in the
     * offer sample, not in the approval one). The recruiter approved every drafted letter but that one.
     */
    @BeforeEach
    void buildPopulation() {
        QuarkusTransaction.requiringNew().run(() -> {
            selfIdentifications.deleteAll(); // the audit's sample is exactly this population
            for (Sex sex : Sex.values()) {
                int olderWithOffers = sex == Sex.MALE ? 3 : 2;
                for (RaceEthnicity race : RACES) {
                    for (int i = 0; i < 3; i++) {
                        candidate(sex, race, AgeBand.UNDER_40, i < 2 ? LetterKind.OFFER : LetterKind.FEEDBACK, true);
                    }
                    for (int i = 0; i < 5; i++) {
                        candidate(sex, race, AgeBand.AGE_40_AND_OVER,
                                i < olderWithOffers ? LetterKind.OFFER : LetterKind.FEEDBACK, true);
                    }
                }
            }
            candidate(null, RaceEthnicity.NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER, null, LetterKind.OFFER, true);
            candidate(null, null, null, LetterKind.FEEDBACK, true);
            candidate(null, null, null, LetterKind.OFFER, false);
        });
    }

    @Test
    void theAuditFlagsExactlyTheGroupBuiltToFailTheFourFifthsRule() {
        JsonPath report = given().header(RECRUITER_KEY_HEADER, RECRUITER_KEY)
                .get(REPORT).then().statusCode(200).contentType("application/json").extract().jsonPath();

        assertEquals(List.of("EARNS_AN_OFFER AGE_BAND AGE_40_AND_OVER", "FINAL_APPROVAL AGE_BAND AGE_40_AND_OVER"),
                flagged(report));
        assertEquals(List.of(67, 66), report.getList("selections.assessed"));
        assertEquals(List.of(38, 37), report.getList("selections.selected"));

        String offers = "selections[0].groupings";
        assertEquals(Map.of("category", "AGE_40_AND_OVER", "assessed", 40, "selected", 20, "selectionRate", 0.5f,
                        "impactRatio", 0.75f, "flagged", true),
                report.getMap(offers + ".find { it.grouping == 'AGE_BAND' }.categories[1]"));
        assertEquals(Map.of("category", "FEMALE", "assessed", 32, "selected", 16, "selectionRate", 0.5f,
                        "impactRatio", 0.8f, "flagged", false),
                report.getMap(offers + ".find { it.grouping == 'SEX' }.categories[1]"));
        assertEquals(List.of(1.0f, 1.0f, 1.0f, 1.0f),
                report.getList(offers + ".find { it.grouping == 'RACE_ETHNICITY' }.categories.impactRatio"));
        assertEquals(List.of(0.8f, 0.8f, 0.8f, 0.8f), report.getList(offers
                + ".find { it.grouping == 'SEX_AND_RACE_ETHNICITY' }.categories.findAll { it.category.startsWith('FEMALE') }.impactRatio"));
        assertEquals(List.of(Map.of("category", "NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER", "assessed", 1, "selected", 1,
                        "selectionRate", 1.0f, "flagged", false)),
                withoutNulls(report.getList(offers + ".find { it.grouping == 'RACE_ETHNICITY' }.underTwoPercent")));
        assertEquals(3, report.getInt(offers + ".find { it.grouping == 'SEX' }.unknown.assessed"));
        assertEquals(2, report.getInt(offers + ".find { it.grouping == 'SEX' }.unknown.selected"));
    }

    @Test
    void theCsvAndTheHtmlPageCarryTheSameNumbersAsTheJson() {
        JsonPath report = given().header(RECRUITER_KEY_HEADER, RECRUITER_KEY)
                .get(REPORT).then().statusCode(200).extract().jsonPath();
        String csv = given().header(RECRUITER_KEY_HEADER, RECRUITER_KEY).accept("text/csv")
                .get(REPORT).then().statusCode(200).contentType("text/csv").extract().asString();
        String html = given().header(RECRUITER_KEY_HEADER, RECRUITER_KEY).accept("text/html")
                .get(REPORT).then().statusCode(200).contentType("text/html").extract().asString();

        List<String> expectedRows = new ArrayList<>();
        List<Map<String, Object>> selections = report.getList("selections");
        for (Map<String, Object> selection : selections) {
            for (Map<String, Object> grouping : list(selection.get("groupings"))) {
                String prefix = selection.get("selection") + "," + grouping.get("grouping") + ",";
                for (Map<String, Object> rate : list(grouping.get("categories"))) {
                    expectedRows.add(prefix + csvRow(rate, "compared"));
                    assertTrue(html.contains(htmlRow(rate, "yes")), "HTML row of " + rate);
                }
                for (Map<String, Object> rate : list(grouping.get("underTwoPercent"))) {
                    expectedRows.add(prefix + csvRow(rate, "under_2_percent"));
                    assertTrue(html.contains(htmlRow(rate, "no: under 2 %")), "HTML row of " + rate);
                }
                Map<String, Object> unknown = (Map<String, Object>) grouping.get("unknown");
                expectedRows.add(prefix + csvRow(unknown, "unknown"));
                assertTrue(html.contains(htmlRow(unknown, "no: declined to say")), "HTML row of " + unknown);
            }
        }
        assertEquals(expectedRows, csv.lines().skip(1).toList());
        assertTrue(html.contains("<svg"), "the page charts the impact ratios");
        assertEquals(2, html.split("Flagged: AGE_40_AND_OVER \\(0\\.7500\\)", -1).length - 1, html);
    }

    @Test
    void theReportNeedsARecruiterSignIn() {
        given().get(REPORT).then().statusCode(401).contentType("application/problem+json");
        given().header(RECRUITER_KEY_HEADER, "guessed").get(REPORT).then().statusCode(401);
    }

    private void candidate(Sex sex, RaceEthnicity race, AgeBand age, LetterKind letter, boolean decided) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Interview interview = new Interview();
        interview.id = UUID.randomUUID();
        interview.tokenHash = CandidateTokens.hash(interview.id.toString());
        interview.candidate = new CandidateDetails("Synthetic candidate", "synthetic@example.com");
        interview.position = new PositionDetails("Backend Engineer", "senior", "London");
        interview.language = Language.EN;
        interview.plan = List.of(new PlannedStage("tech", 1));
        interview.completedStages = new ArrayList<>(List.of("tech"));
        interview.score = new LiveScore(List.of(), letter == LetterKind.OFFER ? 80.0 : 40.0,
                letter == LetterKind.OFFER ? Band.HIRE : Band.NO_HIRE, null, false, now);
        interview.draft = new DraftedLetter(letter, "Dear candidate", null);
        interview.status = InterviewStatus.AWAITING_DECISION;
        if (decided) {
            interview.decision = new RecordedDecision(Decision.APPROVE, null, "grace", null, now);
            interview.status = letter == LetterKind.OFFER ? InterviewStatus.OFFER_SENT : InterviewStatus.FEEDBACK_SENT;
        }
        interview.registeredAt = now;
        interview.updatedAt = now;
        interviews.persist(interview);
        dataKeys.create(interview.id); // as the intake does: a later event about it (a re-score) is sealed with it

        SelfIdentification answers = new SelfIdentification();
        answers.interviewId = interview.id;
        answers.sex = sex;
        answers.raceEthnicity = race;
        answers.ageBand = age;
        answers.consentedAt = now;
        selfIdentifications.persist(answers);
    }

    /** Every flagged category, as "selection grouping category". */
    private static List<String> flagged(JsonPath report) {
        List<String> flagged = new ArrayList<>();
        List<Map<String, Object>> selections = report.getList("selections");
        for (Map<String, Object> selection : selections) {
            for (Map<String, Object> grouping : list(selection.get("groupings"))) {
                for (String kind : List.of("categories", "underTwoPercent")) {
                    list(grouping.get(kind)).stream().filter(rate -> Boolean.TRUE.equals(rate.get("flagged")))
                            .forEach(rate -> flagged.add(selection.get("selection") + " " + grouping.get("grouping")
                                    + " " + rate.get("category")));
                }
                if (Boolean.TRUE.equals(((Map<?, ?>) grouping.get("unknown")).get("flagged"))) {
                    flagged.add(selection.get("selection") + " " + grouping.get("grouping") + " unknown");
                }
            }
        }
        return flagged;
    }

    private static String csvRow(Map<String, Object> rate, String kind) {
        return rate.get("category") + "," + kind + "," + rate.get("assessed") + "," + rate.get("selected") + ","
                + decimal(rate.get("selectionRate")) + "," + decimal(rate.get("impactRatio")) + ","
                + rate.get("flagged");
    }

    private static String htmlRow(Map<String, Object> rate, String compared) {
        return "<td>" + rate.get("category") + "</td><td>" + compared + "</td><td>" + rate.get("assessed")
                + "</td><td>" + rate.get("selected") + "</td><td>" + decimal(rate.get("selectionRate")) + "</td><td>"
                + decimal(rate.get("impactRatio")) + "</td><td>"
                + (Boolean.TRUE.equals(rate.get("flagged")) ? "flagged: below 0.8" : "") + "</td>";
    }

    private static String decimal(Object number) {
        return number == null ? "" : BiasAuditCsv.decimal(((Number) number).doubleValue());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    private static List<Map<String, Object>> withoutNulls(List<Map<String, Object>> rates) {
        return rates.stream().map(rate -> {
            Map<String, Object> present = new java.util.LinkedHashMap<>(rate);
            present.values().removeIf(java.util.Objects::isNull);
            return present;
        }).toList();
    }
}
