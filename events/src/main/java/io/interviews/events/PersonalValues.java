package io.interviews.events;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;
import java.util.Collection;
import java.util.List;

/**
 * How {@link Personal} values cross the wire: sealed whole (the JSON of the value, so a list is one sealed string)
 * when the codec encodes with a {@link DataKey}, opened when it decodes with one; without a key they pass as they
 * are. The key reaches them as the Jackson attribute {@code DataKey.class}.
 */
final class PersonalValues {

    /** Writes and reads the plaintext JSON of a value, with none of the codec's attributes. */
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private PersonalValues() {
    }

    public static final class Sealing extends StdSerializer<Object> {

        public Sealing() {
            super(Object.class);
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (!(provider.getAttribute(DataKey.class) instanceof DataKey key)) {
                provider.defaultSerializeValue(value, gen);
            } else if (key.isErased()) {
                writeErased(value instanceof Collection<?>, gen);
            } else {
                gen.writeString(key.seal(PLAIN.writeValueAsString(value)));
            }
        }

        private static void writeErased(boolean list, JsonGenerator gen) throws IOException {
            if (list) {
                gen.writeStartArray();
                gen.writeString(DataKey.ERASED);
                gen.writeEndArray();
            } else {
                gen.writeString(DataKey.ERASED);
            }
        }
    }

    public static final class Opening extends StdDeserializer<Object> implements ContextualDeserializer {

        private final JavaType type;

        public Opening() {
            this(null);
        }

        private Opening(JavaType type) {
            super(type == null ? Object.class : type.getRawClass());
            this.type = type;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            return new Opening(property.getType());
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING || !DataKey.isSealed(p.getText())) {
                return ctxt.readValue(p, type);
            }
            String sealed = p.getText();
            if (!(ctxt.getAttribute(DataKey.class) instanceof DataKey key)) {
                // decoded without the keys: the sealed value stays as it is, opaque
                return type.isCollectionLikeType() ? List.of(sealed) : sealed;
            }
            if (key.isErased()) {
                return type.isCollectionLikeType() ? List.of(DataKey.ERASED) : DataKey.ERASED;
            }
            return PLAIN.readValue(key.open(sealed), type);
        }
    }
}
