package io.interviews.kit;

import io.interviews.events.InterviewErased;

/**
 * What a service keeps of an interview beyond the outbox and the inbox: every implementation (a CDI bean) deletes
 * its rows of the erased interview, in the transaction that records the erasure.
 */
public interface PersonalData {

    void erase(InterviewErased erasure);
}
