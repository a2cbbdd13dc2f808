package io.interviews.stage.rubric;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The nearest-exemplar vote, and leaving an answer's own content group out of it. */
class ExemplarsTest {

    private static final float[] OWN = unit(1, 0, 0);
    private static final float[] NEAR = unit(1, 1, 0);
    private static final float[] FAR = unit(0, 1, 1);

    private static final Exemplars EXEMPLARS = new Exemplars(new Exemplars.File("tech", "en", "written for this test",
            List.of(Exemplars.Entry.of("tech-1-01-en", "tech-1", Map.of("technical-depth", 1), OWN),
                    Exemplars.Entry.of("tech-1-02-en", "tech-1", Map.of("technical-depth", 4), NEAR),
                    Exemplars.Entry.of("tech-1-03-en", "tech-1", Map.of("technical-depth", 5), FAR))));

    @Test
    void anAnswerAmongTheExemplarsIsItsOwnNearestAndVotesItsOwnLabel() {
        Exemplars.Vote vote = EXEMPLARS.vote("tech-1", "technical-depth", OWN, 1, 20, "").orElseThrow();

        assertEquals(1.0, vote.nearest(), 0.01);
        assertEquals(1.0, vote.label(), 1e-9);
    }

    @Test
    void withoutItsGroupTheOthersVoteAsForAnAnswerNeverSeen() {
        Exemplars others = EXEMPLARS.without(Set.of("tech-1-01"));
        Exemplars.Vote vote = others.vote("tech-1", "technical-depth", OWN, 1, 20, "").orElseThrow();

        assertEquals(Math.sqrt(0.5), vote.nearest(), 0.01);
        assertEquals(4.0, vote.label(), 1e-9);
        assertEquals(EXEMPLARS.vote("tech-1", "technical-depth", OWN, 1, 20, "tech-1-01"), Optional.of(vote));
        assertEquals(List.of("tech-1-02-en", "tech-1-03-en"),
                others.file().exemplars().stream().map(Exemplars.Entry::id).toList());
        assertEquals("tech", others.file().stage());
    }

    private static float[] unit(float... values) {
        double norm = 0;
        for (float value : values) {
            norm += value * value;
        }
        float[] unit = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            unit[i] = (float) (values[i] / Math.sqrt(norm));
        }
        return unit;
    }
}
