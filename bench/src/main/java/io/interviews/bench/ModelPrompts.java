package io.interviews.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.interviews.cli.DatabaseLogin;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The prompt tokens the stages' {@code openai} brain sent its model, by turn of the interview (the n-th answer, counted
 * across the stages in the order they ran), read from each stage's {@code stage_model_call} table: the input tokens
 * the model reported for every call, recorded against the answer the call followed. A brain that carried the
 * transcript in its prompts would send more and more as the interview goes on.
 *
 * @param interviews     the interviews whose calls were read
 * @param turns          per turn, the mean prompt tokens per interview that reached it, by task and in all
 * @param callsByOutcome every call by task and outcome ({@code question ok}, {@code grading unparseable}, …)
 */
record ModelPrompts(int interviews, List<TurnPrompts> turns, Map<String, Long> callsByOutcome) {

    static final int EARLY_TURN = 3;
    static final int LATE_TURN = 20;
    static final double BOUND = 1.2;

    /**
     * @param interviews how many interviews reached this turn
     * @param notes      the running notes' update, once an answer
     * @param question   phrasing the next question or a follow-up
     * @param grading    grading the questions this answer finished (all attempts)
     */
    record TurnPrompts(int turn, int interviews, double notes, double question, double grading) {

        @JsonProperty("inAll")
        double total() {
            return notes + question + grading;
        }
    }

    /**
     * Turn 20's prompt tokens in all over turn 3's; null when no interview reached turn 20. Turns are not all alike: one
     * that finishes a question also carries that question's grading, one that answers a main question has the answer
     * in its question prompt.
     */
    @JsonProperty
    Double lateOverEarly() {
        return ratio(TurnPrompts::total);
    }

    /**
     * Turn 20's notes update over turn 3's, in prompt tokens: the one call every turn makes from the same template,
     * and the one that would carry the interview along if the notes were not bounded. Null as {@link #lateOverEarly}.
     */
    @JsonProperty
    Double notesLateOverEarly() {
        return ratio(TurnPrompts::notes);
    }

    /** The prompts did not grow with the interview: turn 20's notes update within 1.2 times turn 3's. */
    @JsonProperty
    boolean bounded() {
        Double ratio = notesLateOverEarly();
        return ratio != null && ratio <= BOUND;
    }

    private Double ratio(ToDoubleFunction<TurnPrompts> tokens) {
        return turn(LATE_TURN).flatMap(late -> turn(EARLY_TURN)
                .map(early -> tokens.applyAsDouble(late) / tokens.applyAsDouble(early))).orElse(null);
    }

    private Optional<TurnPrompts> turn(int number) {
        return turns.stream().filter(turn -> turn.turn() == number).findFirst();
    }

    /** Reads the calls of {@code interviewIds} from the schemas of the stages (their services' names). */
    static ModelPrompts read(DatabaseLogin login, List<String> stageServices, List<UUID> interviewIds) {
        List<Call> calls = new ArrayList<>();
        try (Connection connection = login.connect()) {
            Array ids = connection.createArrayOf("uuid", interviewIds.toArray());
            for (String service : stageServices) {
                calls.addAll(calls(connection, service.replace('-', '_'), ids));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the stages' model calls: " + e.getMessage(), e);
        }
        return of(interviewIds.size(), calls);
    }

    /** One model call as a stage recorded it, with where its stage stands in the interview. */
    record Call(UUID interviewId, String stage, OffsetDateTime stageStartedAt, int stageTurns, int turn, String task,
                String outcome, int inputTokens) {
    }

    static ModelPrompts of(int interviews, List<Call> calls) {
        Map<String, Long> byOutcome = new TreeMap<>();
        Map<Integer, Map<UUID, double[]>> byTurn = new TreeMap<>();
        Map<UUID, List<Call>> byInterview = new HashMap<>();
        calls.forEach(call -> byInterview.computeIfAbsent(call.interviewId(), id -> new ArrayList<>()).add(call));
        byInterview.forEach((interviewId, ofInterview) -> {
            Map<String, Integer> offsets = stageOffsets(ofInterview);
            for (Call call : ofInterview) {
                byOutcome.merge(call.task() + " " + call.outcome(), 1L, Long::sum);
                double[] tokens = byTurn.computeIfAbsent(offsets.get(call.stage()) + call.turn(),
                        turn -> new HashMap<>()).computeIfAbsent(interviewId, id -> new double[3]);
                tokens[switch (call.task()) {
                    case "notes" -> 0;
                    case "question" -> 1;
                    default -> 2;
                }] += call.inputTokens();
            }
        });
        List<TurnPrompts> turns = new ArrayList<>();
        byTurn.forEach((turn, perInterview) -> {
            double[] sum = new double[3];
            perInterview.values().forEach(tokens -> {
                for (int task = 0; task < 3; task++) {
                    sum[task] += tokens[task];
                }
            });
            int reached = perInterview.size();
            turns.add(new TurnPrompts(turn, reached, sum[0] / reached, sum[1] / reached, sum[2] / reached));
        });
        return new ModelPrompts(interviews, turns, byOutcome);
    }

    /** Where each stage's turns start in the interview: after all the answers of the stages that ran before it. */
    private static Map<String, Integer> stageOffsets(List<Call> ofInterview) {
        List<Call> firstOfEachStage = ofInterview.stream()
                .collect(Collectors.toMap(Call::stage, call -> call, (first, other) -> first)).values().stream()
                .sorted(Comparator.comparing(Call::stageStartedAt)).toList();
        Map<String, Integer> offsets = new HashMap<>();
        int offset = 0;
        for (Call stage : firstOfEachStage) {
            offsets.put(stage.stage(), offset);
            offset += stage.stageTurns();
        }
        return offsets;
    }

    private static List<Call> calls(Connection connection, String schema, Array interviewIds) throws SQLException {
        String sql = """
                select s.interview_id, s.stage, s.started_at, c.turn, c.task, c.outcome, c.input_tokens,
                       (select count(*) from %1$s.stage_exchange e where e.session_id = s.id) as stage_turns
                from %1$s.stage_model_call c join %1$s.stage_session s on s.id = c.session_id
                where s.interview_id = any (?)""".formatted(schema);
        List<Call> calls = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, interviewIds);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    calls.add(new Call(rows.getObject(1, UUID.class), rows.getString(2), rows.getObject(3, OffsetDateTime.class),
                            rows.getInt(8), rows.getInt(4), rows.getString(5), rows.getString(6), rows.getInt(7)));
                }
            }
        }
        return calls;
    }
}
