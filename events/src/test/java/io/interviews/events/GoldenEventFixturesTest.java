package io.interviews.events;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The wire format of every event type, pinned by a golden fixture {@code golden/<type>.json}: the JSON that
 * {@link EventCodec} emits for the type's example in {@link GoldenEvents}. Formatting is not the contract (both sides
 * are compared as Jackson trees), but every field name, nesting, JSON type and value is. A deliberate change is
 * recorded by re-running with {@code -Dgolden.update=true}; see the module README.
 */
class GoldenEventFixturesTest {

    private static final String UPDATE_PROPERTY = "golden.update";
    private static final Path SOURCE_FIXTURES = Path.of("src", "test", "resources", "golden");
    private static final ObjectMapper TREES = new ObjectMapper();

    /** Every concrete event type, found through the sealed interface so a new type cannot be forgotten. */
    static Stream<Named<Class<? extends InterviewEvent>>> eventTypes() {
        return concreteEventTypes().stream().map(type -> Named.of(type.getSimpleName(), type));
    }

    @Test
    void everyEventTypeHasAnExampleAndAFixtureAndEveryFixtureAnEventType() {
        List<Class<? extends InterviewEvent>> types = concreteEventTypes();
        List<String> problems = new ArrayList<>();
        Set<String> expectedFixtures = new TreeSet<>();
        for (Class<? extends InterviewEvent> type : types) {
            if (!GoldenEvents.types().contains(type)) {
                problems.add(type.getSimpleName() + " has no example in GoldenEvents");
            }
            String fixture = typeConstant(type) + ".json";
            expectedFixtures.add(fixture);
            if (GoldenEventFixturesTest.class.getResource("/golden/" + fixture) == null && !updating()) {
                problems.add(type.getSimpleName() + " has no fixture golden/" + fixture);
            }
        }
        for (Class<? extends InterviewEvent> type : GoldenEvents.types()) {
            if (!types.contains(type)) {
                problems.add("GoldenEvents has an example for " + type.getSimpleName() + ", not a permitted event type");
            }
        }
        Set<String> stray = new TreeSet<>(fixtureFiles());
        stray.removeAll(expectedFixtures);
        stray.forEach(name -> problems.add("fixture golden/" + name + " belongs to no event type"));
        assertTrue(!types.isEmpty(), "InterviewEvent permits no event type");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void theExampleIsFullyPopulatedSoTheFixtureCoversEveryField(Class<? extends InterviewEvent> type) {
        JsonNode encoded = tree(EventCodec.encode(GoldenEvents.example(type)));
        List<String> gaps = new ArrayList<>();
        collectGaps(encoded, "$", gaps);
        assertTrue(gaps.isEmpty(), type.getSimpleName() + "'s golden example leaves fields null or empty: " + gaps);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void encodingTheExampleGivesTheFixture(Class<? extends InterviewEvent> type) {
        String encoded = EventCodec.encode(GoldenEvents.example(type));
        String fixture = fixture(type);
        assertEquals(tree(fixture), tree(encoded), () -> "the wire format of " + typeConstant(type)
                + " changed; if that is deliberate and compatible, re-run with -D" + UPDATE_PROPERTY
                + "=true (see events/README.md), otherwise add a new .v2 type\nfixture:\n" + fixture
                + "\nencoded now:\n" + pretty(encoded));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void decodingTheFixtureGivesBackTheExample(Class<? extends InterviewEvent> type) {
        InterviewEvent decoded = EventCodec.decode(fixture(type), type);
        assertEquals(GoldenEvents.example(type), decoded,
                () -> "a stored " + typeConstant(type) + " no longer decodes to the same event");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void theFixtureCarriesTheVersionedTypeOfItsEvent(Class<? extends InterviewEvent> type) {
        String constant = typeConstant(type);
        JsonNode typeField = tree(fixture(type)).get("type");
        assertNotNull(typeField, "golden/" + constant + ".json has no type field");
        assertEquals(constant, typeField.asText());
        assertEquals(constant, GoldenEvents.example(type).type());
        assertTrue(constant.matches("interview\\.[a-z]+(-[a-z]+)*\\.v1"),
                () -> constant + " is not an interview.<name>.v1 type");
    }

    private static List<Class<? extends InterviewEvent>> concreteEventTypes() {
        List<Class<? extends InterviewEvent>> types = new ArrayList<>();
        collectPermitted(InterviewEvent.class, types);
        return types;
    }

    @SuppressWarnings("unchecked")
    private static void collectPermitted(Class<?> sealed, List<Class<? extends InterviewEvent>> into) {
        for (Class<?> permitted : sealed.getPermittedSubclasses()) {
            if (permitted.isSealed()) {
                collectPermitted(permitted, into);
            }
            if (!permitted.isInterface() && !Modifier.isAbstract(permitted.getModifiers())) {
                into.add((Class<? extends InterviewEvent>) permitted);
            }
        }
    }

    private static String typeConstant(Class<?> type) {
        try {
            return (String) type.getField("TYPE").get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(type.getSimpleName() + " has no public static String TYPE constant", e);
        }
    }

    private static boolean updating() {
        return Boolean.getBoolean(UPDATE_PROPERTY);
    }

    private static String fixture(Class<?> type) {
        String name = typeConstant(type) + ".json";
        try {
            if (updating()) {
                // deliberate update: today's encoding becomes the fixture, to be reviewed in the diff
                Files.createDirectories(SOURCE_FIXTURES);
                Path file = SOURCE_FIXTURES.resolve(name);
                Files.writeString(file, pretty(EventCodec.encode(GoldenEvents.example(type))), StandardCharsets.UTF_8);
                return Files.readString(file, StandardCharsets.UTF_8);
            }
            try (InputStream in = GoldenEventFixturesTest.class.getResourceAsStream("/golden/" + name)) {
                if (in == null) {
                    return fail("no fixture golden/" + name + " for " + type.getSimpleName()
                            + ": write it with -D" + UPDATE_PROPERTY + "=true and review it");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture files: the source folder when the build runs in the module (stale copies in target/ do not
     * count), else the test classpath. */
    private static Set<String> fixtureFiles() {
        Path directory = SOURCE_FIXTURES;
        if (!Files.isDirectory(directory)) {
            var resource = GoldenEventFixturesTest.class.getResource("/golden");
            if (resource == null) {
                return Set.of();
            }
            try {
                directory = Path.of(resource.toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString()).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode tree(String json) {
        try {
            return TREES.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    /** The codec's one line, indented two spaces with one field per line; numbers are copied verbatim. */
    static String pretty(String json) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        StringWriter out = new StringWriter();
        JsonFactory factory = TREES.getFactory();
        try (JsonParser parser = factory.createParser(json);
             JsonGenerator generator = factory.createGenerator(out).setPrettyPrinter(printer)) {
            while (parser.nextToken() != null) {
                generator.copyCurrentEventExact(parser);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void collectGaps(JsonNode node, String path, List<String> gaps) {
        if (node.isNull()) {
            gaps.add(path + " is null");
        } else if (node.isTextual() && node.asText().isBlank()) {
            gaps.add(path + " is blank");
        } else if (node.isContainerNode() && node.isEmpty()) {
            gaps.add(path + " is empty");
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectGaps(node.get(i), path + "[" + i + "]", gaps);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                collectGaps(field.getValue(), path + "." + field.getKey(), gaps);
            }
        }
    }
}
