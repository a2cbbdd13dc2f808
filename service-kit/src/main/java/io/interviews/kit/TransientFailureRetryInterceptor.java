package io.interviews.kit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Runs outside the {@code @Transactional} interceptor (priority PLATFORM_BEFORE + 200): one transaction per attempt. */
@RetriesTransientFailures
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
class TransientFailureRetryInterceptor {

    @Inject ConsumerRetry retry;

    @AroundInvoke
    Object retryTransientFailures(InvocationContext invocation) throws Exception {
        return retry.call(invocation::proceed);
    }
}
