package io.interviews.stage.rubric;

import io.interviews.events.Language;

import java.util.Map;

/** A stage's question banks in every interview language; all share question ids, dimensions and version. */
public record StageBank(String stage, String rubricVersion, Map<Language, QuestionBank> banks) {

    public StageBank {
        banks = Map.copyOf(banks);
    }

    public QuestionBank bank(Language language) {
        QuestionBank bank = banks.get(language);
        if (bank == null) {
            throw new IllegalArgumentException("stage " + stage + " has no question bank in " + language.code());
        }
        return bank;
    }
}
