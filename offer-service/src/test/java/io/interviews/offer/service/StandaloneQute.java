package io.interviews.offer.service;

import io.quarkus.qute.Engine;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.TemplateLocator;
import io.quarkus.qute.Variant;

import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Qute outside Quarkus, for tests that render the service's real letter templates. */
final class StandaloneQute {

    private StandaloneQute() {
    }

    /** Qute outside Quarkus, reading the same files as the service from src/main/resources/templates. */
    static Engine engine() {
        TemplateLocator classpathTemplates = id -> {
            URL resource = StandaloneQute.class.getClassLoader().getResource("templates/" + id);
            if (resource == null) {
                return Optional.empty();
            }
            return Optional.of(new TemplateLocator.TemplateLocation() {
                @Override
                public Reader read() {
                    try {
                        return new InputStreamReader(resource.openStream(), StandardCharsets.UTF_8);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }

                @Override
                public Optional<Variant> getVariant() {
                    return Optional.empty();
                }
            });
        };
        return Engine.builder()
                .addDefaults()
                .addValueResolver(new ReflectionValueResolver())
                .addLocator(classpathTemplates)
                .removeStandaloneLines(true)
                .strictRendering(true)
                .build();
    }
}
