package io.interviews.gateway.repository;

import io.interviews.events.LetterKind;
import io.interviews.events.RecruiterDecided.Decision;
import io.interviews.gateway.audit.AgeBand;
import io.interviews.gateway.audit.RaceEthnicity;
import io.interviews.gateway.audit.Sex;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SelfIdentificationRepository implements PanacheRepositoryBase<SelfIdentification, UUID> {

    /** A self-identified candidate's interview with a drafted letter: its kind and the recruiter's decision, if any. */
    public record AuditedInterview(Sex sex, RaceEthnicity raceEthnicity, AgeBand ageBand, LetterKind letterKind,
                                   Decision decision) {
    }

    /** Every self-identified candidate whose interview has a drafted letter (the score is known). */
    public List<AuditedInterview> withDraftedLetter() {
        return getEntityManager().createQuery("""
                        select new io.interviews.gateway.repository.SelfIdentificationRepository$AuditedInterview(
                            s.sex, s.raceEthnicity, s.ageBand, i.draft.kind, i.decision.decision)
                        from SelfIdentification s join Interview i on i.id = s.interviewId
                        where i.draft.kind is not null""", AuditedInterview.class)
                .getResultList();
    }
}
