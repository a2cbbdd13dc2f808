package io.interviews.kit;

import io.interviews.events.EventCodec;
import io.quarkus.hibernate.orm.JsonFormat;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.hibernate.type.format.jackson.JacksonJsonFormatMapper;

/**
 * JSON columns ({@code @JdbcTypeCode(SqlTypes.JSON)}) hold their values in the events' own JSON: an event record kept
 * in a column reads the same as on the wire, and a field added within a version is tolerated there too.
 *
 * <p>Every such attribute is also {@code @Mutability(Immutability.class)}: entities replace the value, never change it
 * in place, so Hibernate need not snapshot it by writing and reading the JSON again at each load and update (that
 * deep copy was 5.9 % of the gateway's CPU samples under the bench's load).
 */
@JsonFormat
@PersistenceUnitExtension
public class EventJsonColumns implements FormatMapper {

    private final FormatMapper json = new JacksonJsonFormatMapper(EventCodec.objectMapper());

    @Override
    public <T> T fromString(CharSequence value, JavaType<T> type, WrapperOptions options) {
        return json.fromString(value, type, options);
    }

    @Override
    public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
        return json.toString(value, type, options);
    }
}
