package io.interviews.kit;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exactly once in effect: a {@code @Transactional} method whose first parameter is an event runs only for the
 * first delivery of that event to the named consumer; the {@link Inbox} entry commits with the method's effects,
 * so a rolled-back handling is retried and a redelivery changes nothing. Transient failures are retried with
 * backoff, each attempt in its own transaction ({@link RetriesTransientFailures}).
 */
@InterceptorBinding
@RetriesTransientFailures
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface HandledOnce {

    /** The inbox consumer name: an event id is handled once per name. */
    @Nonbinding
    String value();
}
