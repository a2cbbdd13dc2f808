package io.interviews.stage.rubric;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interviews.events.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswerModelTest {

    private static final AnswerModel.MeanScale SCALE = new AnswerModel.MeanScale(List.of(2.5, 3.0, 4.0),
            List.of(2.5, 2.8, 4.4));

    @Test
    void aMeanAtOrBelowTheOfferLineReadsAsItIs() {
        for (double mean : new double[]{1, 1.7, 2.5}) {
            assertEquals(mean, SCALE.read(mean));
        }
    }

    @Test
    void aMeanBetweenKnotsReadsLinearlyBetweenTheirCalibratedMeans() {
        assertEquals(2.8, SCALE.read(3.0), 1e-9);
        assertEquals(2.65, SCALE.read(2.75), 1e-9);
        assertEquals(3.6, SCALE.read(3.5), 1e-9);
    }

    @Test
    void pastTheLastKnotAMeanReadsParallelToTheIdentityUpToFive() {
        assertEquals(4.7, SCALE.read(4.3), 1e-9);
        assertEquals(5.0, SCALE.read(4.9));
    }

    @Test
    void theIdentityScaleReadsEveryMeanAsItIs() {
        for (double mean = 1; mean <= 5; mean += 0.25) {
            assertEquals(mean, AnswerModel.MeanScale.identity().read(mean), 1e-9);
        }
    }

    @Test
    void aModelFileWithoutAMeanScaleReadsEveryMeanAsItIs() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode file = (ObjectNode) mapper.readTree(mapper.writeValueAsString(AnswerModel.forLanguage(Language.EN)));
        file.remove("meanScale");

        AnswerModel model = mapper.treeToValue(file, AnswerModel.class);

        assertEquals(AnswerModel.MeanScale.identity(), model.meanScale());
    }

    @Test
    void aScaleMustStartAtTheOfferLineAndIncrease() {
        assertThrows(IllegalArgumentException.class, () -> new AnswerModel.MeanScale(List.of(2.0, 3.0), List.of(2.0, 3.0)));
        assertThrows(IllegalArgumentException.class, () -> new AnswerModel.MeanScale(List.of(2.5, 3.0, 3.0),
                List.of(2.5, 2.8, 3.0)));
        assertThrows(IllegalArgumentException.class, () -> new AnswerModel.MeanScale(List.of(2.5, 3.0, 3.5),
                List.of(2.5, 3.1, 3.0)));
        assertThrows(IllegalArgumentException.class, () -> new AnswerModel.MeanScale(List.of(2.5), List.of()));
    }

    @Test
    void theShippedScalesMoveNoMeanAcrossTheOfferLineAndNeverReadAHigherMeanLower() {
        for (Language language : Language.values()) {
            AnswerModel.MeanScale scale = AnswerModel.forLanguage(language).meanScale();
            double previous = scale.read(1);
            for (double mean = 1; mean <= 5; mean += 0.01) {
                double read = scale.read(mean);
                assertEquals(mean > AnswerModel.MeanScale.OFFER_LINE, read > AnswerModel.MeanScale.OFFER_LINE,
                        language + " " + mean);
                assertTrue(read >= previous && read >= 1 && read <= 5, language + " " + mean + " → " + read);
                previous = read;
            }
        }
    }
}
