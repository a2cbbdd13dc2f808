package io.interviews.systemtest;

import java.util.List;
import java.util.Map;

/** The interviews this module runs, each once, all at the same time on the shared system. */
enum Scenario {

    STRONG_EN_DEFAULT_PLAN("strong", "en", "Ada Lovelace", null),
    WEAK_ZH_DEFAULT_PLAN("weak", "zh", "王芳", null),
    STRONG_EN_WITH_CODING("strong", "en", "Grace Hopper", List.of(
            stage("tech", 0.3), stage("coding", 0.2), stage("hr", 0.25), stage("boss", 0.25)));

    /** The gateway's default plan, in interview order. */
    static final List<String> DEFAULT_STAGES = List.of("tech", "hr", "boss");

    final String persona;
    final String language;
    final String candidateName;
    /** The application's plan; null for the gateway's default plan. */
    final List<Map<String, Object>> plan;

    Scenario(String persona, String language, String candidateName, List<Map<String, Object>> plan) {
        this.persona = persona;
        this.language = language;
        this.candidateName = candidateName;
        this.plan = plan;
    }

    List<String> stages() {
        return plan == null ? DEFAULT_STAGES : plan.stream().map(stage -> (String) stage.get("stage")).toList();
    }

    private static Map<String, Object> stage(String name, double weight) {
        return Map.of("stage", name, "weight", weight);
    }
}
