package io.interviews.kit;

import io.interviews.events.InterviewEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Carries {@link HandledOnce}'s transaction, so a consumer method cannot miss or misplace it: the retry of transient
 * failures is outside, and each attempt is a new transaction that records the inbox entry, then runs the method
 * unless the event was handled before. A failure rolls the attempt back, inbox entry included. Runs outside
 * {@code @Transactional} (priority PLATFORM_BEFORE + 200), which would join the attempt's transaction.
 */
@HandledOnce("")
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
class HandledOnceInterceptor {

    @Inject ConsumerRetry retry;

    @Inject Inbox inbox;

    @AroundInvoke
    Object handleFirstDeliveryOnly(InvocationContext invocation) throws Exception {
        InterviewEvent event = (InterviewEvent) invocation.getParameters()[0];
        String consumer = invocation.getMethod().getAnnotation(HandledOnce.class).value();
        return retry.call(() -> QuarkusTransaction.requiringNew()
                .call(() -> inbox.firstDelivery(event, consumer) ? invocation.proceed() : null));
    }
}
