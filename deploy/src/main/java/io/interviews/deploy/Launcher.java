package io.interviews.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code Main-Class} of the deploy jar: runs the class named by the manifest attribute
 * {@code Start-Class} (default {@value #DEFAULT_START_CLASS}) with the jar's dependencies.
 *
 * <p>Why not a {@code Class-Path: lib/...} manifest: the JDK honours that attribute for every jar on
 * any classpath. In a reactor build the modules that depend on deploy get
 * {@code deploy/target/deploy-*.jar} on their test classpath, so {@code deploy/target/lib} (Kafka
 * server jars, a log4j SLF4J binding, a second copy of the PostgreSQL binaries) would leak into
 * every Quarkus test. Instead the classpath is assembled here: {@code lib/} next to the jar, or else
 * the classpath recorded at build time ({@code broker.classpath}, absolute paths into the local
 * Maven repository).
 */
public final class Launcher {

    static final String DEFAULT_START_CLASS = "io.interviews.deploy.DeployCommand";
    static final String START_CLASS_ATTRIBUTE = "Start-Class";
    private static final String RECORDED_CLASSPATH = "/io/interviews/deploy/broker.classpath";

    private Launcher() {
    }

    public static void main(String[] args) throws Throwable {
        Path self = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String startClass = startClass(self);
        List<URL> urls = new ArrayList<>();
        urls.add(self.toUri().toURL());
        urls.addAll(dependencies(self));
        // Parent = platform loader, so our own classes are loaded once, next to their dependencies.
        URLClassLoader loader = new URLClassLoader("deploy", urls.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        Method main;
        try {
            main = Class.forName(startClass, true, loader).getMethod("main", String[].class);
        } catch (ClassNotFoundException e) {
            System.err.println("No start class " + startClass + " in " + self);
            System.exit(2);
            return;
        }
        try {
            main.invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static String startClass(Path self) throws IOException {
        if (Files.isRegularFile(self)) {
            try (JarFile jar = new JarFile(self.toFile())) {
                if (jar.getManifest() != null) {
                    String value = jar.getManifest().getMainAttributes().getValue(START_CLASS_ATTRIBUTE);
                    if (value != null && !value.isBlank()) {
                        return value.trim();
                    }
                }
            }
        }
        return DEFAULT_START_CLASS;
    }

    private static List<URL> dependencies(Path self) throws IOException {
        Path lib = self.resolveSibling("lib");
        List<Path> jars = new ArrayList<>();
        if (Files.isRegularFile(self) && Files.isDirectory(lib)) {
            try (Stream<Path> files = Files.list(lib)) {
                files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().forEach(jars::add);
            }
        } else {
            try (InputStream in = Launcher.class.getResourceAsStream(RECORDED_CLASSPATH)) {
                if (in == null) {
                    throw new IllegalStateException("No lib/ next to " + self + " and no " + RECORDED_CLASSPATH);
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
                for (String entry : text.split(Pattern.quote(java.io.File.pathSeparator))) {
                    if (!entry.isBlank()) {
                        jars.add(Path.of(entry.trim()));
                    }
                }
            }
        }
        List<URL> urls = new ArrayList<>();
        for (Path jar : jars) {
            try {
                urls.add(jar.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new UncheckedIOException(e);
            }
        }
        return urls;
    }
}
