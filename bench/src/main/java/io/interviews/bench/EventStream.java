package io.interviews.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One candidate's server-sent event stream ({@code GET /api/interviews/{id}/events}), as the candidate page follows
 * it. Each event is stamped with {@link System#nanoTime()} when its frame has arrived, on the HTTP client's thread,
 * so a candidate busy sending an answer does not delay the stamp of the question that follows it.
 */
final class EventStream implements AutoCloseable {

    /** One event: its name ({@code status}, {@code question}), its JSON data and when it arrived. */
    record Event(String name, String data, long arrivedNanos) {
    }

    private static final String FAILED = "stream-failed";

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private volatile Flow.Subscription subscription;
    private volatile boolean closed;

    private EventStream() {
    }

    /** Opens the stream of interview {@code interviewId} with the candidate's token. */
    static EventStream open(HttpClient http, String gatewayUrl, String interviewId, String candidateToken) {
        EventStream stream = new EventStream();
        HttpRequest request = HttpRequest.newBuilder(URI.create(gatewayUrl.replaceAll("/+$", "")
                        + "/api/interviews/" + interviewId + "/events"))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + candidateToken)
                .GET()
                .build();
        http.sendAsync(request, response -> response.statusCode() == 200
                        ? HttpResponse.BodySubscribers.fromLineSubscriber(stream.new Frames())
                        : stream.failed("HTTP " + response.statusCode()))
                .whenComplete((response, error) -> {
                    if (error != null) {
                        stream.fail(error.toString());
                    }
                });
        return stream;
    }

    /** The next event, waiting up to {@code timeout} for it. */
    Event next(Duration timeout) {
        try {
            Event event = events.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
            if (event == null) {
                throw new IllegalStateException("no server-sent event within " + timeout.toSeconds() + " s");
            }
            if (FAILED.equals(event.name())) {
                throw new IllegalStateException("the event stream failed: " + event.data());
            }
            return event;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private HttpResponse.BodySubscriber<Void> failed(String reason) {
        fail(reason);
        return HttpResponse.BodySubscribers.replacing(null);
    }

    private void fail(String reason) {
        if (!closed) {
            events.add(new Event(FAILED, reason, System.nanoTime()));
        }
    }

    @Override
    public void close() {
        closed = true;
        if (subscription != null) {
            subscription.cancel();
        }
    }

    /** Assembles {@code event:}/{@code data:} lines into events; a blank line ends one. */
    private final class Frames implements Flow.Subscriber<String> {

        private String name = "message";
        private final StringBuilder data = new StringBuilder();

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            EventStream.this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (line.isEmpty()) {
                if (!data.isEmpty()) {
                    events.add(new Event(name, data.toString(), System.nanoTime()));
                }
                name = "message";
                data.setLength(0);
            } else if (line.startsWith("event:")) {
                name = line.substring("event:".length()).strip();
            } else if (line.startsWith("data:")) {
                if (!data.isEmpty()) {
                    data.append('\n');
                }
                data.append(line.substring("data:".length()).strip());
            }
        }

        @Override
        public void onError(Throwable error) {
            fail(error.toString());
        }

        @Override
        public void onComplete() {
            fail("the gateway closed the stream");
        }
    }
}
