package io.interviews.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The simulated model's replies to prompts shaped as the stages' AI services send them (stage-kit's templates). */
class SimulatedModelTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ANSWER = "We sharded the orders table by customer\nand measured p99 at 40 ms on the dashboards.";

    @Test
    void tokensAreEstimatedAsACjkCharacterOrFourOtherCharacters() {
        assertEquals(0, SimulatedModel.tokens(""));
        assertEquals(3, SimulatedModel.tokens("0123456789"));
        assertEquals(4, SimulatedModel.tokens("消息队列"));
        assertEquals(4, SimulatedModel.tokens("用 Kafka。"), "用 and 。 a token each, ' Kafka' (6 characters) two");
    }

    @Test
    void theNotesOnlyEverGrowByTheWholeAnswerOnALine() throws Exception {
        String system = "You keep an interviewer's private running notes on a job interview.";
        String user = "<notes>\n- earlier line\n</notes>\n\nQuestion: How did you scale it?\n<candidate_answer>\n"
                + JSON.writeValueAsString(ANSWER) + "\n</candidate_answer>";

        String line = "- We sharded the orders table by customer and measured p99 at 40 ms on the dashboards.";
        assertEquals("- earlier line\n" + line, SimulatedModel.reply(system, user));
        assertEquals(line, SimulatedModel.reply(system, user.replace("- earlier line", "")));
    }

    @Test
    void aMainAnswerGetsAFollowUpAndAPlannedQuestionIsAskedAsAQuestion() throws Exception {
        String system = "You are interviewing a candidate for a job, in English. You only ask questions.";
        JsonNode followUp = JSON.readTree(SimulatedModel.reply(system, "<notes>\n\n</notes>\n\nYou asked: Why?\n"
                + "<candidate_answer>\n" + JSON.writeValueAsString(ANSWER) + "\n</candidate_answer>\n\nOtherwise set "
                + "followUp to false and ask the next planned question in your own words, keeping its meaning: Why?"));
        JsonNode planned = JSON.readTree(SimulatedModel.reply(system, "<notes>\n\n</notes>\n\nSet followUp to false and "
                + "ask the next planned question in your own words, keeping its meaning: Describe a design you regret."));

        assertTrue(followUp.path("followUp").asBoolean());
        assertTrue(followUp.path("question").asText().endsWith("?"));
        assertFalse(planned.path("followUp").asBoolean());
        assertEquals("Could you tell me: Describe a design you regret?", planned.path("question").asText());
    }

    @Test
    void everyDimensionOfTheRubricIsRatedWithAQuoteOfTheFirstAnswer() throws Exception {
        String user = """
                Rubric (the interview is in English):
                - dimension "technical-depth" (Technical depth):
                  1: nothing
                  5: everything
                - dimension "communication" (Communication):
                  1: nothing
                  5: everything
                What a complete answer covers:
                - sharding (technical-depth)

                Question: How did you scale the database?

                <candidate_answers>
                %s
                </candidate_answers>
                """.formatted(JSON.writeValueAsString(List.of(ANSWER, "And we added read replicas."))).stripTrailing();

        JsonNode ratings = JSON.readTree(SimulatedModel.reply("You rate one answer of a candidate", user)).path("ratings");

        assertEquals(List.of("technical-depth", "communication"),
                List.of(ratings.get(0).path("dimension").asText(), ratings.get(1).path("dimension").asText()));
        for (JsonNode rating : ratings) {
            assertEquals(2, rating.path("rating").asInt(), "a short answer");
            assertTrue(ANSWER.contains(rating.path("evidence").get(0).asText()), rating.toString());
        }
    }
}
