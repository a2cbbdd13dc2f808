package io.interviews.stage.code;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads one output stream of a run on its own thread: keeps the first {@code keep} bytes, discards the rest, and
 * once more than {@code floodBytes} came calls {@code onFlood} (which kills the run) and stops reading.
 */
final class OutputCapture implements Runnable {

    private final InputStream in;
    private final int keep;
    private final long floodBytes;
    private final Runnable onFlood;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final Thread thread;
    private volatile long total;

    private OutputCapture(InputStream in, int keep, long floodBytes, Runnable onFlood, String name) {
        this.in = in;
        this.keep = keep;
        this.floodBytes = floodBytes;
        this.onFlood = onFlood;
        this.thread = new Thread(this, name);
        thread.setDaemon(true);
    }

    static OutputCapture start(InputStream in, int keep, long floodBytes, Runnable onFlood, String name) {
        OutputCapture capture = new OutputCapture(in, keep, floodBytes, onFlood, name);
        capture.thread.start();
        return capture;
    }

    @Override
    public void run() {
        byte[] buffer = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                synchronized (kept) {
                    kept.write(buffer, 0, (int) Math.max(0, Math.min(n, keep - total)));
                }
                total += n;
                if (total > floodBytes) {
                    onFlood.run();
                    return;
                }
            }
        } catch (IOException e) {
            // the run was killed and its pipe closed: what was read is kept
        }
    }

    /** Waits until the stream ends (every process of the run is gone) or {@code millis} passed; then stops reading. */
    void finish(long millis) throws InterruptedException {
        thread.join(millis);
        if (thread.isAlive()) {
            try {
                in.close();
            } catch (IOException e) {
                // closing only stops the reader
            }
            thread.join(millis);
        }
    }

    String text() {
        synchronized (kept) {
            return kept.toString(StandardCharsets.UTF_8);
        }
    }

    boolean cut() {
        return total > keep;
    }

    boolean flooded() {
        return total > floodBytes;
    }
}
