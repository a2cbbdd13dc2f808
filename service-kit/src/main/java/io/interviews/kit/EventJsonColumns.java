package io.interviews.kit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.interviews.events.EventCodec;
import io.quarkus.hibernate.orm.JsonFormat;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;

import java.lang.reflect.Type;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSON columns ({@code @JdbcTypeCode(SqlTypes.JSON)}) hold their values in the events' own JSON: an event record kept
 * in a column reads the same as on the wire, and a field added within a version is tolerated there too.
 *
 * <p>Every such attribute is also {@code @Mutability(Immutability.class)}: entities replace the value, never change it
 * in place, so Hibernate need not snapshot it by writing and reading the JSON again at each load and update (that
 * deep copy was 5.9 % of the gateway's CPU samples under the bench's load).
 *
 * <p>Each attribute type's reader and writer are built once. Hibernate's own Jackson mapper resolves the type at every
 * value, which for a generic type such as {@code List<StageReview>} was a third of the time spent reading the
 * gateway's JSON columns under the bench's load.
 */
@JsonFormat
@PersistenceUnitExtension
public class EventJsonColumns implements FormatMapper {

    private final ObjectMapper mapper = EventCodec.objectMapper();
    private final Map<Type, ObjectReader> readers = new ConcurrentHashMap<>();
    private final Map<Type, ObjectWriter> writers = new ConcurrentHashMap<>();

    @Override
    @SuppressWarnings("unchecked")
    public <T> T fromString(CharSequence value, JavaType<T> type, WrapperOptions options) {
        if (type.getJavaType() == String.class) {
            return (T) value.toString();
        }
        try {
            return readers.computeIfAbsent(type.getJavaType(), javaType -> mapper.readerFor(mapper.constructType(javaType)))
                    .readValue(value.toString());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot read a JSON column as " + type.getTypeName(), e);
        }
    }

    @Override
    public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
        if (type.getJavaType() == String.class) {
            return (String) value;
        }
        try {
            return writers.computeIfAbsent(type.getJavaType(), javaType -> mapper.writerFor(mapper.constructType(javaType)))
                    .writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write a JSON column of " + type.getTypeName(), e);
        }
    }
}
