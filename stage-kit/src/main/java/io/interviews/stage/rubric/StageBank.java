package io.interviews.stage.rubric;

import io.interviews.events.Language;

import java.util.Map;

/**
 * A stage's question banks in every interview language (all share question ids, dimensions and version), and the
 * labelled exemplars of each language ({@link Exemplars#NONE} where the stage has none).
 */
public record StageBank(String stage, String rubricVersion, Map<Language, QuestionBank> banks,
                        Map<Language, Exemplars> exemplars) {

    public StageBank {
        banks = Map.copyOf(banks);
        exemplars = Map.copyOf(exemplars);
    }

    public Exemplars exemplars(Language language) {
        return exemplars.getOrDefault(language, Exemplars.NONE);
    }

    public QuestionBank bank(Language language) {
        QuestionBank bank = banks.get(language);
        if (bank == null) {
            throw new IllegalArgumentException("stage " + stage + " has no question bank in " + language.code());
        }
        return bank;
    }
}
