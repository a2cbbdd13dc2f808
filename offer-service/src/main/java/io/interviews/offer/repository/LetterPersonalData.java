package io.interviews.offer.repository;

import io.interviews.events.InterviewErased;
import io.interviews.kit.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;

/** An erased interview's letter goes, with its terms, decision and the candidate's response. */
@ApplicationScoped
public class LetterPersonalData implements PersonalData {

    @Override
    public void erase(InterviewErased erasure) {
        Letter.deleteById(erasure.interviewId());
    }
}
