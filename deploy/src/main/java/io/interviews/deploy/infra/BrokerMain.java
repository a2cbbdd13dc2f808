package io.interviews.deploy.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;

/**
 * Entry point of the broker child JVM started by {@link KafkaBroker}:
 * {@code BrokerMain [--format <clusterId>] <server.properties>}.
 *
 * <p>With {@code --format} it first formats the storage for a single-node dynamic quorum (as
 * {@code kafka-storage.sh format --standalone -t <clusterId> -c <server.properties>}) in this same
 * JVM, which saves a JVM start (about a second) per broker.
 *
 * <p>The parent keeps the write end of our stdin open and never writes to it. When the parent
 * dies for any reason (including {@code kill -9}) the OS closes that pipe, stdin reaches EOF and
 * we exit, so no orphan broker is left behind. Kafka is invoked reflectively so that this class
 * compiles and loads without the (optional) Kafka dependency.
 */
public final class BrokerMain {

    static final String KAFKA_MAIN = "kafka.Kafka";
    static final String STORAGE_TOOL = "kafka.tools.StorageTool";
    static final String FORMAT_OPTION = "--format";
    /** Hard stop if Kafka's orderly shutdown hangs after the parent is gone. */
    private static final long HALT_AFTER_MILLIS = 15_000;

    private BrokerMain() {
    }

    public static void main(String[] args) throws Throwable {
        exitWhenStdinCloses();
        String[] kafkaArgs = args;
        if (args.length == 3 && FORMAT_OPTION.equals(args[0])) {
            String clusterId = args[1];
            String serverProperties = args[2];
            int code = (int) invoke(STORAGE_TOOL, "execute", new Class<?>[] {String[].class, PrintStream.class},
                    new String[] {"format", "--standalone", "-t", clusterId, "-c", serverProperties}, System.out);
            if (code != 0) {
                System.err.println("[BrokerMain] storage format failed with exit code " + code);
                System.exit(code);
            }
            kafkaArgs = new String[] {serverProperties};
        }
        invoke(KAFKA_MAIN, "main", new Class<?>[] {String[].class}, (Object) kafkaArgs);
    }

    private static Object invoke(String className, String method, Class<?>[] types, Object... args) throws Throwable {
        try {
            return Class.forName(className).getMethod(method, types).invoke(null, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void exitWhenStdinCloses() {
        Thread watcher = new Thread(() -> {
            InputStream in = System.in;
            byte[] buffer = new byte[256];
            try {
                while (in.read(buffer) >= 0) {
                    // ignore anything written; only EOF matters
                }
            } catch (IOException e) {
                // a broken pipe means the same as EOF: the parent is gone
            }
            // Also reached when the parent stops us: Process.destroy() closes the pipe as well.
            System.err.println("[BrokerMain] stdin closed (parent gone or stopping us): shutting down");
            Thread halter = new Thread(() -> {
                try {
                    Thread.sleep(HALT_AFTER_MILLIS);
                } catch (InterruptedException ignored) {
                    // fall through to halt
                }
                Runtime.getRuntime().halt(1);
            }, "broker-halt-timer");
            halter.setDaemon(true);
            halter.start();
            System.exit(0);
        }, "parent-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }
}
