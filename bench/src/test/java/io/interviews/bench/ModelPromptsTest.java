package io.interviews.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interviews.bench.ModelPrompts.Call;
import io.interviews.bench.ModelPrompts.TurnPrompts;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelPromptsTest {

    private static final OffsetDateTime NINE = OffsetDateTime.parse("2026-12-04T09:00:00Z");

    @Test
    void aStagesTurnsFollowTheAnswersOfTheStagesThatRanBeforeIt() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        List<Call> calls = List.of(
                // hr ran second in both interviews (listed first, to show order comes from the start times)
                new Call(first, "hr", NINE.plusMinutes(10), 2, 1, "notes", "ok", 300),
                new Call(first, "tech", NINE, 3, 1, "notes", "ok", 100),
                new Call(first, "tech", NINE, 3, 2, "question", "ok", 200),
                new Call(first, "tech", NINE, 3, 2, "grading", "unparseable", 50),
                new Call(first, "tech", NINE, 3, 2, "grading", "ok", 60),
                new Call(second, "hr", NINE.plusMinutes(20), 2, 1, "notes", "ok", 500),
                new Call(second, "tech", NINE.plusMinutes(5), 4, 1, "notes", "ok", 300));

        ModelPrompts prompts = ModelPrompts.of(2, calls);

        assertEquals(List.of(new TurnPrompts(1, 2, 200, 0, 0), new TurnPrompts(2, 1, 0, 200, 110),
                new TurnPrompts(4, 1, 300, 0, 0), new TurnPrompts(5, 1, 500, 0, 0)), prompts.turns(),
                "hr's first turn is the first interview's 4th (tech took 3 answers), the second's 5th");
        assertEquals(Map.of("notes ok", 4L, "question ok", 1L, "grading ok", 1L, "grading unparseable", 1L),
                prompts.callsByOutcome());
    }

    @Test
    void turnTwentyIsComparedWithTurnThreeOnTheNotesAndInAll() throws Exception {
        UUID interview = UUID.randomUUID();
        List<Call> calls = new ArrayList<>();
        for (int turn = 1; turn <= 20; turn++) {
            calls.add(new Call(interview, "tech", NINE, 20, turn, "notes", "ok", turn == 20 ? 115 : 100));
            calls.add(new Call(interview, "tech", NINE, 20, turn, "question", "ok", 100));
        }
        calls.add(new Call(interview, "tech", NINE, 20, 20, "grading", "ok", 300));

        ModelPrompts bounded = ModelPrompts.of(1, calls);
        ModelPrompts grown = ModelPrompts.of(1, calls.stream().map(call -> call.turn() == 20 && call.task().equals("notes")
                ? new Call(interview, "tech", NINE, 20, 20, "notes", "ok", 121) : call).toList());

        assertEquals(1.15, bounded.notesLateOverEarly(), 1e-9);
        assertEquals(515 / 200.0, bounded.lateOverEarly(), 1e-9);
        assertTrue(bounded.bounded());
        assertFalse(grown.bounded(), "121 tokens is over 1.2 × 100");
        assertNull(ModelPrompts.of(1, calls.stream().filter(call -> call.turn() < 20).toList()).notesLateOverEarly());
        JsonNode json = new ObjectMapper().valueToTree(bounded);
        assertEquals(515.0, json.path("turns").path(19).path("inAll").asDouble());
        assertTrue(json.path("bounded").asBoolean());
        String chart = BenchReport.promptChart(bounded);
        assertEquals(20 * 3 + 3, chart.split("<rect").length - 1, "three stacked bars a turn, and the legend");
        assertTrue(chart.contains("<title>turn 20, grading: 300.0 tokens</title>"), chart);
    }
}
