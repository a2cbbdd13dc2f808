package io.interviews.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The one place that builds the golden example of every event type: fully populated (no null, no empty string or
 * list, nested records filled in) and deterministic (fixed ids and instants), so its JSON can be stored as a fixture
 * under {@code golden/<type>.json} and compared with what {@link EventCodec} emits today.
 */
final class GoldenEvents {

    static final UUID INTERVIEW_ID = UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7");
    static final UUID RESCORE_ID = UUID.fromString("5a0d7e2c-3f41-4c8e-9b6a-1d2e3f4a5b6c");

    static final InterviewContext CONTEXT = new InterviewContext(
            new Candidate("Li Wei", "li.wei@example.com"),
            new Position("Backend Engineer", "senior", "London"),
            Language.ZH,
            List.of(new PlannedStage("tech", 0.4), new PlannedStage("hr", 0.3), new PlannedStage("boss", 0.3)));

    static final StageResult TECH = new StageResult("tech", "tech-zh-3", 81.0,
            List.of(new DimensionRating("problem-solving", 4, 0.6,
                            List.of("我先用火焰图定位了热点", "then I bisected the commits"),
                            "Profiled before guessing and narrowed the cause down step by step.", true,
                            "openai+rubric"),
                    new DimensionRating("system-design", 3, 0.4, List.of("we sharded by tenant id"),
                            "A sound partitioning choice, but the quote could not be found verbatim.", false,
                            "openai")),
            List.of(new Exchange("tech-1", "线上服务变慢了，你怎么排查？", false,
                            "我先用火焰图定位了热点, then I bisected the commits.",
                            instant("2026-03-02T09:04:10.250Z")),
                    new Exchange("tech-1-f1", "How did you confirm the fix?", true,
                            "A load test against the same traffic shape; we sharded by tenant id afterwards.",
                            instant("2026-03-02T09:07:45Z"))),
            true, List.of("system-design: evidence failed the quote check"),
            instant("2026-03-02T09:00:00Z"), instant("2026-03-02T09:20:00Z"));

    static final StageResult HR = new StageResult("hr", "hr-zh-2", 85.0,
            List.of(new DimensionRating("communication", 4, 0.5, List.of("I wrote the incident summary for the team"),
                            "Clear and structured; adapts to the audience.", true, "rubric"),
                    new DimensionRating("collaboration", 4, 0.5, List.of("I paired with the on-call engineer"),
                            "Shares load and credit.", true, "rubric")),
            List.of(new Exchange("hr-1", "Tell me about a conflict in your team.", false,
                            "I paired with the on-call engineer and I wrote the incident summary for the team.",
                            instant("2026-03-02T09:31:05Z")),
                    new Exchange("hr-1-f1", "What would you do differently?", true,
                            "Ask for help earlier.", instant("2026-03-02T09:33:40Z"))),
            true, List.of("rated by the rubric brain only: the model was unavailable"),
            instant("2026-03-02T09:25:00Z"), instant("2026-03-02T09:40:00Z"));

    static final StageResult BOSS = new StageResult("boss", "boss-zh-1", 92.5,
            List.of(new DimensionRating("ownership", 4, 0.5, List.of("I owned the migration end to end"),
                            "Takes responsibility beyond the ticket.", true, "openai"),
                    new DimensionRating("motivation", 5, 0.5, List.of("this is the problem I want to work on"),
                            "Specific, well-researched reasons for the role.", true, "openai")),
            List.of(new Exchange("boss-1", "Why this role?", false,
                            "Because this is the problem I want to work on, and I owned the migration end to end.",
                            instant("2026-03-02T09:46:20Z")),
                    new Exchange("boss-1-f1", "What would your first month look like?", true,
                            "Read the incident history, then pair on the next release.",
                            instant("2026-03-02T09:49:55Z"))),
            true, List.of("score above 90: a person confirms exceptional ratings"),
            instant("2026-03-02T09:45:00Z"), instant("2026-03-02T10:00:00Z"));

    private static final Map<Class<? extends InterviewEvent>, InterviewEvent> EXAMPLES = examples(
            new StageCompleted(id("2f1b3c4d-0001-4a5b-8c6d-000000000001"), INTERVIEW_ID,
                    instant("2026-03-02T09:40:00.125Z"), CONTEXT, "hr", List.of(TECH, HR)),
            new QuestionAsked(id("2f1b3c4d-0002-4a5b-8c6d-000000000002"), INTERVIEW_ID,
                    instant("2026-03-02T09:30:00Z"), "hr", "hr-1-f1", "What would you do differently?", true, 1, 3),
            new AnswerSubmitted(id("2f1b3c4d-0003-4a5b-8c6d-000000000003"), INTERVIEW_ID,
                    instant("2026-03-02T09:33:40Z"), "hr", "hr-1-f1", "Ask for help earlier."),
            new InterviewScored(id("2f1b3c4d-0004-4a5b-8c6d-000000000004"), INTERVIEW_ID,
                    instant("2026-03-02T10:00:05Z"), CONTEXT,
                    List.of(new StageScore("tech", 0.4, 81.0), new StageScore("hr", 0.3, 85.0),
                            new StageScore("boss", 0.3, 92.5)),
                    85.65, Band.HIRE, "Hire: strong ownership and communication; confirm the flagged evidence.",
                    true, List.of(TECH, HR, BOSS), List.of(new ImprovementArea("tech", "system-design", 3))),
            new LetterDrafted(id("2f1b3c4d-0005-4a5b-8c6d-000000000005"), INTERVIEW_ID,
                    instant("2026-03-02T10:00:10Z"), LetterKind.OFFER, Language.ZH, 85.65, Band.HIRE,
                    "# 录用通知\n\n亲爱的 Li Wei：我们很高兴向您发出 Backend Engineer (senior, London) 的录用邀请。\n",
                    new SalaryRange("GBP", 70_000, 65_000, 80_000)),
            new RecruiterDecided(id("2f1b3c4d-0006-4a5b-8c6d-000000000006"), INTERVIEW_ID,
                    instant("2026-03-02T11:15:00Z"), RecruiterDecided.Decision.APPROVE, new BigDecimal("72000"),
                    "Grace Hopper", "Strong system design."),
            new DecisionRefused(id("2f1b3c4d-000a-4a5b-8c6d-00000000000a"), INTERVIEW_ID,
                    instant("2026-03-02T11:15:01Z"), id("2f1b3c4d-0006-4a5b-8c6d-000000000006"),
                    RecruiterDecided.Decision.APPROVE, new BigDecimal("72000.5"), "Grace Hopper",
                    "offer letter for interview 7c9e6679-7425-40de-944b-e07fc1f90ae7: approval refused: the "
                            + "salary must be a positive whole amount, not 72000.5"),
            new LetterSent(id("2f1b3c4d-0007-4a5b-8c6d-000000000007"), INTERVIEW_ID,
                    instant("2026-03-02T11:15:02Z"), LetterKind.OFFER, Language.ZH,
                    "# 录用通知\n\n亲爱的 Li Wei：年薪 GBP 72,000。\n"),
            new CandidateResponded(id("2f1b3c4d-0008-4a5b-8c6d-000000000008"), INTERVIEW_ID,
                    instant("2026-03-03T08:00:00Z"), true, "Happy to accept, starting in April."),
            new InterviewConcluded(id("2f1b3c4d-0009-4a5b-8c6d-000000000009"), INTERVIEW_ID,
                    instant("2026-03-03T08:00:01Z"), InterviewConcluded.Outcome.HIRED, "offer accepted"),
            new InterviewRescored(id("2f1b3c4d-000b-4a5b-8c6d-00000000000b"), INTERVIEW_ID,
                    instant("2026-04-01T07:30:00Z"), id("2f1b3c4d-0004-4a5b-8c6d-000000000004"), "rubric",
                    85.65, Band.HIRE, 82.65, Band.HIRE,
                    List.of(new StageRescored("hr", 0.3, "hr-zh-2", 85.0, "hr-zh-3", 75.0,
                            List.of("The dimensions disagree: ratings from 3 to 4."),
                            List.of(new DimensionRescored("communication", HR.dimensions().get(0),
                                    new DimensionRating("communication", 3, 0.6,
                                            List.of("I wrote the incident summary for the team"),
                                            "Meets the bar: clear, but written for one audience only.", true,
                                            "rubric"))))), RESCORE_ID),
            new RescoreRequested(id("2f1b3c4d-000d-4a5b-8c6d-00000000000d"), INTERVIEW_ID,
                    instant("2026-04-01T07:29:00Z"), RESCORE_ID),
            new StageRegraded(id("2f1b3c4d-000e-4a5b-8c6d-00000000000e"), INTERVIEW_ID,
                    instant("2026-04-01T07:29:30Z"), RESCORE_ID, "hr", "hr-zh-3", "rubric", 75.0,
                    List.of(new DimensionRating("communication", 3, 0.6,
                            List.of("I wrote the incident summary for the team"),
                            "Meets the bar: clear, but written for one audience only.", true, "rubric")),
                    List.of("The dimensions disagree: ratings from 3 to 4.")),
            new InterviewErased(id("2f1b3c4d-000c-4a5b-8c6d-00000000000c"), INTERVIEW_ID,
                    instant("2027-03-03T08:00:00Z"), InterviewErased.Reason.REQUEST));

    private GoldenEvents() {
    }

    /** The golden example of {@code type}; fails when a new event type has none yet. */
    static InterviewEvent example(Class<?> type) {
        InterviewEvent example = EXAMPLES.get(type);
        if (example == null) {
            throw new AssertionError("no golden example for " + type.getSimpleName()
                    + ": add one to GoldenEvents and its fixture under src/test/resources/golden/");
        }
        return example;
    }

    /** The event types that have a golden example. */
    static Set<Class<? extends InterviewEvent>> types() {
        return EXAMPLES.keySet();
    }

    private static Map<Class<? extends InterviewEvent>, InterviewEvent> examples(InterviewEvent... events) {
        Map<Class<? extends InterviewEvent>, InterviewEvent> byType = new LinkedHashMap<>();
        for (InterviewEvent event : events) {
            if (byType.put(event.getClass(), event) != null) {
                throw new IllegalStateException("two golden examples for " + event.getClass().getSimpleName());
            }
        }
        return Collections.unmodifiableMap(byType);
    }

    private static UUID id(String value) {
        return UUID.fromString(value);
    }

    private static Instant instant(String value) {
        return Instant.parse(value);
    }
}
