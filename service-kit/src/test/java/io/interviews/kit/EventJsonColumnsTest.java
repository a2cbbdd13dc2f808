package io.interviews.kit;

import io.interviews.events.PlannedStage;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.JdbcType;
import org.hibernate.type.descriptor.jdbc.JdbcTypeIndicators;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Type;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventJsonColumnsTest {

    /** An attribute of a generic type, as an entity declares it. */
    @SuppressWarnings("unused")
    private List<PlannedStage> plan;

    private final EventJsonColumns columns = new EventJsonColumns();

    @Test
    void aGenericAttributeReadsAndWritesAsTheEventsJson() throws Exception {
        JavaType<List<PlannedStage>> type = attributeType(EventJsonColumnsTest.class.getDeclaredField("plan").getGenericType());
        List<PlannedStage> plan = List.of(new PlannedStage("tech", 0.5), new PlannedStage("hr", 0.5));

        String json = columns.toString(plan, type, null);

        assertEquals("[{\"stage\":\"tech\",\"weight\":0.5},{\"stage\":\"hr\",\"weight\":0.5}]", json);
        assertEquals(plan, columns.fromString(json, type, null));
        assertEquals(plan, columns.fromString(json.replace("\"weight\":0.5}", "\"weight\":0.5,\"added\":1}"), type, null),
                "a field added within a version is tolerated, as on the wire");
    }

    @Test
    void aStringAttributeIsTheColumnsTextAndUnreadableJsonSaysWhatWasExpected() throws Exception {
        JavaType<String> text = attributeType(String.class);
        String raw = "{\"not\": \"parsed\"}";
        JavaType<List<PlannedStage>> type = attributeType(EventJsonColumnsTest.class.getDeclaredField("plan").getGenericType());

        assertSame(raw, columns.toString(raw, text, null));
        assertEquals(raw, columns.fromString(new StringBuilder(raw), text, null));
        IllegalArgumentException unreadable = assertThrows(IllegalArgumentException.class,
                () -> columns.fromString("{\"stage\": ", type, null));
        assertTrue(unreadable.getMessage().contains("java.util.List<io.interviews.events.PlannedStage>"),
                unreadable.getMessage());
    }

    private static <T> JavaType<T> attributeType(Type javaType) {
        return new JavaType<>() {
            @Override
            public Type getJavaType() {
                return javaType;
            }

            @Override
            public JdbcType getRecommendedJdbcType(JdbcTypeIndicators context) {
                throw new UnsupportedOperationException();
            }

            @Override
            public T fromString(CharSequence string) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <X> X unwrap(T value, Class<X> type, WrapperOptions options) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <X> T wrap(X value, WrapperOptions options) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
