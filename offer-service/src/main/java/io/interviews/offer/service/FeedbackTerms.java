package io.interviews.offer.service;

import io.interviews.events.Language;

import java.util.List;

/** What a feedback letter says, before it is dated. */
public record FeedbackTerms(Language language, String candidateName, String positionTitle,
                            List<AreaAdvice> improvementAreas) implements LetterTerms {

    public FeedbackTerms {
        improvementAreas = List.copyOf(improvementAreas);
    }
}
