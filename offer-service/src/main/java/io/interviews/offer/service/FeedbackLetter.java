package io.interviews.offer.service;

import java.util.List;

/** What the feedback templates fill in, already written for the letter's language. */
public record FeedbackLetter(String companyName, String companyContact, String candidateName, String positionTitle,
                             String letterDate, List<AreaAdvice> improvementAreas) {

    public FeedbackLetter {
        improvementAreas = List.copyOf(improvementAreas);
    }
}
