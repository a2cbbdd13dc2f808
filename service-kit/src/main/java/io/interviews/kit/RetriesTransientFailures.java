package io.interviews.kit;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A consumer method whose transient failures ({@link TransientFailures}) are retried with exponential backoff
 * ({@code interview.consumer.retry.*}) before the record goes to the dead letters; a permanent failure goes
 * there at once. Each attempt runs in its own transaction: the retry wraps {@code @Transactional}. Every
 * {@link HandledOnce} method has it.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface RetriesTransientFailures {
}
