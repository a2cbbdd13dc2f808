package io.interviews.kit;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exactly once in effect, for a consumer method whose first parameter is an event: the method runs only for the
 * first delivery of that event to the named consumer, in a transaction of its own that also records the
 * {@link Inbox} entry, so a rolled-back handling is retried and a redelivery changes nothing. Transient failures
 * ({@link TransientFailures}) are retried with backoff ({@link ConsumerRetry}), each attempt in a new transaction.
 * The method carries no {@code @Transactional}: the guard begins the transaction itself.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface HandledOnce {

    /** The inbox consumer name: an event id is handled once per name. */
    @Nonbinding
    String value();
}
