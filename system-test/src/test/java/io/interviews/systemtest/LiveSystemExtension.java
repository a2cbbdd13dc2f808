package io.interviews.systemtest;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands every test class of the module the same {@link LiveSystem}: started by the first test that asks for it,
 * kept in the root context's store, and closed by JUnit when the whole run ends. A failed start is remembered,
 * so the other classes fail at once instead of starting everything again.
 */
final class LiveSystemExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LiveSystem.class);

    private record Start(LiveSystem system, RuntimeException failure) implements AutoCloseable {

        static Start attempt() {
            try {
                return new Start(LiveSystem.start(), null);
            } catch (RuntimeException e) {
                return new Start(null, e);
            }
        }

        @Override
        public void close() {
            if (system != null) {
                system.close();
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LiveSystem.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Start start = context.getRoot().getStore(NAMESPACE).computeIfAbsent(Start.class, key -> Start.attempt(), Start.class);
        if (start.failure() != null) {
            throw new IllegalStateException("the system under test did not start", start.failure());
        }
        return start.system();
    }
}
