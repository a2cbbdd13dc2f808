package io.interviews.gateway.service;

import io.interviews.events.InterviewErased;
import io.interviews.gateway.repository.InterviewRepository;
import io.interviews.gateway.repository.QuestionRepository;
import io.interviews.gateway.repository.WebhookRepository;
import io.interviews.gateway.webhook.Webhooks;
import io.interviews.kit.DataKeys;
import io.interviews.kit.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What the gateway keeps of an erased interview goes: its questions and answers, its webhook deliveries (their
 * bodies hold the events), the candidate's self-identification and its re-scores' results (evidence quotes and
 * rationales; both deleted with the interview by the database), the interview itself and its data key, which leaves
 * every copy of its personal data on the topics unreadable. The webhook subscribers then learn of the erasure, so
 * they can erase their copies.
 */
@ApplicationScoped
public class GatewayPersonalData implements PersonalData {

    @Inject InterviewRepository interviews;
    @Inject QuestionRepository questions;
    @Inject WebhookRepository deliveries;
    @Inject Webhooks webhooks;
    @Inject DataKeys dataKeys;

    @Override
    public void erase(InterviewErased erasure) {
        questions.delete("interviewId", erasure.interviewId());
        deliveries.delete("interviewId", erasure.interviewId());
        interviews.delete("id", erasure.interviewId());
        // crypto-shredding: every copy of its events on the topics becomes unreadable
        dataKeys.destroy(erasure.interviewId());
        webhooks.enqueue(erasure);
    }
}
