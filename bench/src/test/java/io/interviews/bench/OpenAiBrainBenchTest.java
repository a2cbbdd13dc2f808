package io.interviews.bench;

import io.interviews.deploy.stack.LocalStack;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code bench --brain openai} in small, on a stack of its own: the stages run the openai brain against the simulated
 * model, every call of theirs is answered and accepted, every interview completes, and the prompts the model is sent
 * do not grow with the interview.
 */
class OpenAiBrainBenchTest {

    private static final Path PROJECT_ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    private static final int CANDIDATES = 2;
    private static final int INTERVIEWS = 4;

    @Test
    void fourInterviewsWithTheModelCompleteAndItsPromptsStayBounded() {
        BenchResult result;
        try (SimulatedModel model = SimulatedModel.start();
             LocalStack stack = LocalStack.start(PROJECT_ROOT, PROJECT_ROOT.resolve("bench/target/openai-stack"),
                     Target.servicesForBench(Optional.of(model)))) {
            result = Bench.run(Target.of(stack), null, CANDIDATES, INTERVIEWS, 100, true);
        }
        BenchReport.write(result, PROJECT_ROOT.resolve("bench/target/bench/openai"));
        System.out.println(BenchReport.text(result));

        assertEquals(INTERVIEWS, result.interviewsCompleted(), () -> "lost: " + result.failures());
        assertTrue(result.audit().clean(), () -> String.join("\n", result.audit().violations()));
        ModelPrompts prompts = result.modelPrompts();
        assertNotNull(prompts);
        assertTrue(prompts.callsByOutcome().keySet().stream().allMatch(call -> call.endsWith(" ok")),
                "every reply of the model was used: " + prompts.callsByOutcome());
        assertEquals((long) result.answers(), prompts.callsByOutcome().get("notes ok"), "the notes are kept at every answer");
        assertTrue(prompts.callsByOutcome().get("question ok") > result.answers() / 2, "the model phrases the questions");
        assertTrue(prompts.callsByOutcome().get("grading ok") >= INTERVIEWS * 3L, "and grades them");
        assertTrue(prompts.turns().stream().anyMatch(turn -> turn.turn() == ModelPrompts.LATE_TURN
                        && turn.interviews() == INTERVIEWS),
                "every interview reaches turn 20, the model following up every main answer");
        assertTrue(prompts.bounded(), "turn 20's notes update within 1.2 times turn 3's: " + prompts.notesLateOverEarly());
        assertTrue(result.passed());
    }
}
