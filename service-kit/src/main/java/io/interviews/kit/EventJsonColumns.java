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
