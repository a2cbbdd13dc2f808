package io.interviews.kit;

import io.interviews.events.InterviewEvent;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Runs inside the {@code @Transactional} interceptor (priority PLATFORM_BEFORE + 200), so the inbox entry joins it. */
@HandledOnce("")
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
class HandledOnceInterceptor {

    @Inject
    Inbox inbox;

    @AroundInvoke
    Object handleFirstDeliveryOnly(InvocationContext invocation) throws Exception {
        InterviewEvent event = (InterviewEvent) invocation.getParameters()[0];
        String consumer = invocation.getMethod().getAnnotation(HandledOnce.class).value();
        return inbox.firstDelivery(event, consumer) ? invocation.proceed() : null;
    }
}
