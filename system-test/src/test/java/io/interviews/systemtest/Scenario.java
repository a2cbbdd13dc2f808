package io.interviews.systemtest;

import java.util.List;
import java.util.Map;

/** The interviews this module runs, each once, all at the same time on the shared system. */
enum Scenario {

    STRONG_EN_DEFAULT_PLAN("strong", "en", "Ada Lovelace", null),
    WEAK_ZH_DEFAULT_PLAN("weak", "zh", "王芳", null),
    STRONG_EN_WITH_CODING("strong", "en", "Grace Hopper", List.of(
            stage("tech", 0.3), stage("coding", 0.2), stage("hr", 0.25), stage("boss", 0.25))),
    /** A candidate the project never wrote: a holdout of the evaluation, by a writer who saw only the questions. */
    OTHER_WRITER_EN_DEFAULT_PLAN(HoldoutCandidate.SOLID_MID_EN, "Alex Morgan");

    /** The gateway's default plan, in interview order. */
    static final List<String> DEFAULT_STAGES = List.of("tech", "hr", "boss");

    final String persona;
    final String language;
    final String candidateName;
    /** The application's plan; null for the gateway's default plan. */
    final List<Map<String, Object>> plan;
    /** Whose answers, when not a simulated persona's; null for the persona's. */
    final HoldoutCandidate holdout;

    Scenario(String persona, String language, String candidateName, List<Map<String, Object>> plan) {
        this.persona = persona;
        this.language = language;
        this.candidateName = candidateName;
        this.plan = plan;
        this.holdout = null;
    }

    Scenario(HoldoutCandidate holdout, String candidateName) {
        this.persona = holdout.id();
        this.language = holdout.language();
        this.candidateName = candidateName;
        this.plan = null;
        this.holdout = holdout;
    }

    List<String> stages() {
        return plan == null ? DEFAULT_STAGES : plan.stream().map(stage -> (String) stage.get("stage")).toList();
    }

    private static Map<String, Object> stage(String name, double weight) {
        return Map.of("stage", name, "weight", weight);
    }
}
