package io.interviews.deploy.ops;

import java.util.concurrent.CountDownLatch;

/** For the commands that run until Ctrl-C ({@code up}, {@code funnel --metrics-port}). */
public final class UntilCtrlC {

    private UntilCtrlC() {
    }

    /**
     * Runs {@code stop} in a shutdown hook (Ctrl-C) named {@code threadName}.
     *
     * @return released once {@code stop} has run: the command waits on it
     */
    public static CountDownLatch stopping(Runnable stop, String threadName) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.run();
            stopped.countDown();
        }, threadName));
        return stopped;
    }
}
