package io.interviews.kit;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A consumer method whose transient failures ({@link TransientFailures}) are retried with exponential backoff
 * ({@code interview.consumer.retry.*}) before the record goes to the dead letters; a permanent failure goes
 * there at once. For a consumer that manages its own transactions (stage-kit's, which calls
 * {@link Inbox#firstDelivery}): a {@code @Transactional} method under it runs each attempt in its own transaction,
 * the retry wrapping {@code @Transactional}. A {@link HandledOnce} method retries the same way without it.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface RetriesTransientFailures {
}
