package io.interviews.gateway.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class QuestionRepository implements PanacheRepositoryBase<Question, Long> {

    public Optional<Question> findAsked(UUID interviewId, String questionId) {
        return find("interviewId = ?1 and questionId = ?2", interviewId, questionId).firstResultOptional();
    }

    /** In the order they were asked. */
    public List<Question> ofInterview(UUID interviewId) {
        return list("interviewId", Sort.ascending("id"), interviewId);
    }

    public long countAnswered(UUID interviewId) {
        return count("interviewId = ?1 and answeredAt is not null", interviewId);
    }
}
