package io.interviews.gateway.service;

import io.interviews.events.InterviewErased;
import io.interviews.gateway.repository.InterviewRepository;
import io.interviews.gateway.repository.QuestionRepository;
import io.interviews.gateway.repository.WebhookRepository;
import io.interviews.gateway.webhook.Webhooks;
import io.interviews.kit.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What the gateway keeps of an erased interview goes: its questions and answers, its webhook deliveries (their
 * bodies hold the events), the candidate's self-identification and its re-scores' results (evidence quotes and
 * rationales; both deleted with the interview by the database) and the interview itself. The webhook subscribers
 * then learn of the erasure, so they can erase their copies.
 */
@ApplicationScoped
public class GatewayPersonalData implements PersonalData {

    private final InterviewRepository interviews;
    private final QuestionRepository questions;
    private final WebhookRepository deliveries;
    private final Webhooks webhooks;

    GatewayPersonalData(InterviewRepository interviews, QuestionRepository questions, WebhookRepository deliveries,
                        Webhooks webhooks) {
        this.interviews = interviews;
        this.questions = questions;
        this.deliveries = deliveries;
        this.webhooks = webhooks;
    }

    @Override
    public void erase(InterviewErased erasure) {
        questions.delete("interviewId", erasure.interviewId());
        deliveries.delete("interviewId", erasure.interviewId());
        interviews.delete("id", erasure.interviewId());
        webhooks.enqueue(erasure);
    }
}
