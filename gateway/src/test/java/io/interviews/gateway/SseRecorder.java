package io.interviews.gateway;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** A server-sent-events client for tests: records every event of one stream until closed. */
final class SseRecorder implements AutoCloseable {

    record Event(String name, String data) {
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger();
    private final AtomicReference<InputStream> body = new AtomicReference<>();
    private final Thread reader;

    private SseRecorder(HttpRequest request) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        reader = new Thread(() -> read(client, request), "sse-recorder");
        reader.setDaemon(true);
        reader.start();
    }

    static SseRecorder open(URI uri, String authorization) {
        return new SseRecorder(HttpRequest.newBuilder(uri)
                .header("Accept", "text/event-stream")
                .header("Authorization", authorization)
                .GET().build());
    }

    List<Event> events() {
        return List.copyOf(events);
    }

    List<Event> events(String name) {
        return events.stream().filter(event -> event.name().equals(name)).toList();
    }

    /** The HTTP status once the response started, 0 before. */
    int status() {
        return status.get();
    }

    private void read(HttpClient client, HttpRequest request) {
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            body.set(response.body());
            status.set(response.statusCode());
            BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
            String name = "message";
            StringBuilder data = new StringBuilder();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(name, data.toString()));
                    }
                    name = "message";
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    name = field(line, "event:");
                } else if (line.startsWith("data:")) {
                    data.append(data.isEmpty() ? "" : "\n").append(field(line, "data:"));
                }
            }
        } catch (IOException e) {
            // closed by close(), or the server ended the stream
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String field(String line, String prefix) {
        String value = line.substring(prefix.length());
        return value.startsWith(" ") ? value.substring(1) : value;
    }

    @Override
    public void close() throws IOException {
        InputStream stream = body.get();
        if (stream != null) {
            stream.close();
        }
        reader.interrupt();
    }
}
