package io.interviews.evaluation;

import io.interviews.events.BandThresholds;
import io.interviews.events.Exchange;
import io.interviews.events.InterviewRescored;
import io.interviews.events.InterviewScored;
import io.interviews.events.Language;
import io.interviews.events.PlannedStage;
import io.interviews.events.StageRescored;
import io.interviews.events.StageResult;
import io.interviews.events.StageScore;
import io.interviews.stage.rubric.Scorecard;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Grades a scored interview's recorded transcripts again and sets the result beside the live one. A stage the new
 * rubrics do not cover keeps its live result; the total is the plan-weighted mean of the stages that have a result, as
 * scoring-service computes it, banded with the default bands.
 *
 * @param rubricVersions by stage, the rubric version of the stages the new grading covers
 * @param grader         grades one recorded stage with the new rubric and brain
 * @param brain          what grades ({@code rubric} or {@code openai}), recorded in the event
 */
record Rescoring(Map<String, String> rubricVersions, StageGrader grader, String brain) {

    /** Grades one recorded stage of the given language: its score, dimension ratings and review reasons. */
    @FunctionalInterface
    interface StageGrader {
        Scorecard grade(String stage, Language language, List<Exchange> transcript);
    }

    Rescoring {
        rubricVersions = Map.copyOf(rubricVersions);
    }

    InterviewRescored rescore(InterviewScored live, Instant at) {
        Map<String, Double> weights = live.context().plan().stream()
                .collect(Collectors.toMap(PlannedStage::stage, PlannedStage::weight, (first, second) -> first));
        List<StageRescored> stages = live.results().stream()
                .filter(result -> weights.containsKey(result.stage()))
                .map(result -> stage(result, weights.get(result.stage()), live.context().language()))
                .toList();
        List<StageScore> rescored = stages.stream()
                .map(stage -> new StageScore(stage.stage(), stage.weight(), stage.rescoredScore())).toList();
        double total = StageScore.total(rescored).orElse(0);
        return new InterviewRescored(eventId(live.interviewId(), stages), live.interviewId(), at, live.eventId(), brain,
                live.total(), live.band(), total, BandThresholds.DEFAULT.bandOf(total), stages, null);
    }

    /**
     * The same for every re-score of one interview with the same brain and rubric versions, so a consumer can drop a
     * repeat; another version or brain gives another id.
     */
    UUID eventId(UUID interviewId, List<StageRescored> stages) {
        String versions = stages.stream().map(stage -> stage.stage() + "=" + stage.rescoredRubricVersion())
                .collect(Collectors.joining(","));
        String name = InterviewRescored.TYPE + "|" + interviewId + "|" + brain + "|" + versions;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private StageRescored stage(StageResult live, double weight, Language language) {
        String version = rubricVersions.get(live.stage());
        if (version == null) {
            return StageRescored.unchanged(live, weight);
        }
        Scorecard card = grader.grade(live.stage(), language, live.transcript());
        return StageRescored.of(live, weight, version, card.score(), card.reviewReasons(), card.ratings());
    }
}
