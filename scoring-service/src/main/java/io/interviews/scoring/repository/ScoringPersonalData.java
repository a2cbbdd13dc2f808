package io.interviews.scoring.repository;

import io.interviews.events.InterviewErased;
import io.interviews.kit.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * An erased interview's progress, scorecard (its ratings, transcripts and plan are in it) and the stages' answers to
 * its re-scores (ratings with evidence quotes and rationales) go.
 */
@ApplicationScoped
public class ScoringPersonalData implements PersonalData {

    @Inject EntityManager entityManager;

    @Override
    public void erase(InterviewErased erasure) {
        for (String table : new String[] {"scorecard", "interview_progress", "stage_regrade"}) {
            entityManager.createNativeQuery("delete from " + table + " where interview_id = :interviewId")
                    .setParameter("interviewId", erasure.interviewId()).executeUpdate();
        }
    }
}
