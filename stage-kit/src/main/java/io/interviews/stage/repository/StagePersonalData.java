package io.interviews.stage.repository;

import io.interviews.events.InterviewErased;
import io.interviews.kit.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** An erased interview's stage session goes with its transcript, grades and model calls. */
@ApplicationScoped
public class StagePersonalData implements PersonalData {

    private static final String SESSION = "(select id from stage_session where interview_id = :interviewId)";

    @Inject EntityManager entityManager;

    @Override
    public void erase(InterviewErased erasure) {
        for (String table : new String[] {"stage_model_call", "stage_question_grade", "stage_exchange"}) {
            delete("delete from " + table + " where session_id in " + SESSION, erasure);
        }
        delete("delete from stage_session where interview_id = :interviewId", erasure);
    }

    private void delete(String statement, InterviewErased erasure) {
        entityManager.createNativeQuery(statement).setParameter("interviewId", erasure.interviewId()).executeUpdate();
    }
}
