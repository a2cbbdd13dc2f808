package io.interviews.events;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field that holds personal data (a name, an email, an answer, a quote, a letter): {@link EventCodec} seals it
 * with the interview's {@link DataKey} when it encodes with one, and opens it when it decodes with the keys. Used on
 * {@code String} and {@code List<String>} components of the event records.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
@JsonSerialize(using = PersonalValues.Sealing.class)
@JsonDeserialize(using = PersonalValues.Opening.class)
public @interface Personal {
}
