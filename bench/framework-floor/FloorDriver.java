import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Drives the framework-floor service (bench README, "The frameworks' floor"). Run with the Kafka client on the class
 * path: java -cp kafka-clients.jar:slf4j-api.jar FloorDriver.java BOOTSTRAP bare|reliable|path latency|load N PID...
 * bare: the hop of HopRelay (floor.in → floor.out); reliable: the hop of ReliableHop (floor.reliable.in → .out);
 * path: answer → next question through PathResource, the stage's hop and back (-Dfloor.url, -Dfloor.candidates);
 * latency: one record (one candidate) at a time, percentiles of the round trip;
 * load: N records at once (N answers by the candidates); each prints the CPU the given processes spent per hop or
 * answer (/proc/PID/stat, 100 ticks a second).
 */
public class FloorDriver {

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        String prefix = args[1].equals("reliable") ? "floor.reliable." : "floor.";
        String mode = args[2];
        int count = Integer.parseInt(args[3]);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            for (String topic : List.of("floor.in", "floor.out", "floor.reliable.in", "floor.reliable.out",
                    "floor.path.answers", "floor.path.questions")) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
        long[] processes = Arrays.stream(args, 4, args.length).mapToLong(Long::parseLong).toArray();
        if (args[1].equals("path")) {
            URI url = URI.create(System.getProperty("floor.url", "http://127.0.0.1:8099"));
            int candidates = mode.equals("latency") ? 1 : Integer.getInteger("floor.candidates", 40);
            path(url, candidates, count, processes);
            return;
        }
        Map<String, Object> producerConfig = Map.of("bootstrap.servers", bootstrap, "acks", "all",
                "enable.idempotence", true, "linger.ms", 0, "key.serializer", StringSerializer.class.getName(),
                "value.serializer", StringSerializer.class.getName());
        Map<String, Object> consumerConfig = Map.of("bootstrap.servers", bootstrap, "enable.auto.commit", false,
                "fetch.max.wait.ms", 100, "key.deserializer", StringDeserializer.class.getName(),
                "value.deserializer", StringDeserializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig);
             KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig)) {
            TopicPartition out = new TopicPartition(prefix + "out", 0);
            consumer.assign(List.of(out));
            consumer.seekToEnd(List.of(out));
            consumer.position(out);
            String run = Long.toString(System.nanoTime(), 36);
            if (mode.equals("latency")) {
                latency(producer, consumer, prefix, run, count, processes);
            } else {
                load(producer, consumer, prefix, run, count, processes);
            }
        }
    }

    private static void latency(KafkaProducer<String, String> producer, KafkaConsumer<String, String> consumer,
                                String prefix, String run, int count, long[] pids) throws Exception {
        double[] millis = new double[count];
        long[] before = null;
        for (int i = 0; i < count; i++) {
            if (i == count / 5) {
                before = cpuTicks(pids);
            }
            String payload = run + "-" + i;
            long sent = System.nanoTime();
            producer.send(new ProducerRecord<>(prefix + "in", payload, payload));
            boolean back = false;
            while (!back) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(5))) {
                    back |= record.value().equals(payload);
                }
                if (System.nanoTime() - sent > 10_000_000_000L) {
                    throw new IllegalStateException("no answer to " + payload + " within 10 s");
                }
            }
            millis[i] = (System.nanoTime() - sent) / 1e6;
        }
        long[] after = cpuTicks(pids);
        double[] measured = Arrays.copyOfRange(millis, count / 5, count);  // the first fifth warms up
        Arrays.sort(measured);
        System.out.printf("round trip %sin → service → %sout, %d hops after %d to warm up: p50 %.2f, p90 %.2f,"
                        + " p99 %.2f, max %.2f ms%n", prefix, prefix, measured.length, count - measured.length, at(measured, 0.5),
                at(measured, 0.9), at(measured, 0.99), measured[measured.length - 1]);
        printCpu(pids, before, after, measured.length, "hop");
    }

    private static void load(KafkaProducer<String, String> producer, KafkaConsumer<String, String> consumer,
                             String prefix, String run, int count, long[] pids) throws Exception {
        long[] before = cpuTicks(pids);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            String payload = run + "-" + i;
            producer.send(new ProducerRecord<>(prefix + "in", payload, payload));
        }
        producer.flush();
        Set<String> received = new HashSet<>();
        while (received.size() < count) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                if (record.value().startsWith(run)) {
                    received.add(record.value());
                }
            }
            if (System.nanoTime() - start > 600_000_000_000L) {
                throw new IllegalStateException(received.size() + " of " + count + " back within 600 s");
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] after = cpuTicks(pids);
        System.out.printf("%d hops in %.1f s = %.0f hops/s%n", count, seconds, count / seconds);
        printCpu(pids, before, after, count, "hop");
    }

    private static void printCpu(long[] pids, long[] before, long[] after, int count, String unit) {
        for (int i = 0; i < pids.length; i++) {
            System.out.printf("process %d: %.3f ms of CPU per %s%n", pids[i], (after[i] - before[i]) * 10.0 / count,
                    unit);
        }
    }

    /**
     * The whole path as candidates see it: each of {@code candidates} follows its interview's event stream and answers
     * every question as soon as it comes, {@code count} answers in all; answer (POST sent) → next question (its event
     * read), after a fifth of the answers to warm up.
     */
    private static void path(URI url, int candidates, int count, long[] pids) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        int perCandidate = count / candidates;
        int warmUp = perCandidate / 5;
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch warm = new CountDownLatch(candidates);
        CountDownLatch done = new CountDownLatch(candidates);
        AtomicReference<Exception> failure = new AtomicReference<>();
        for (int c = 0; c < candidates; c++) {
            UUID interview = UUID.randomUUID();
            BlockingQueue<String> questions = new LinkedBlockingQueue<>();
            HttpRequest follow = HttpRequest.newBuilder(url.resolve("/path/" + interview + "/events"))
                    .header("Accept", "text/event-stream").build();
            http.sendAsync(follow, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> response.body()
                    .filter(line -> line.startsWith("data:")).forEach(line -> questions.add(line.substring(5).trim())));
            new Thread(() -> {
                boolean warmed = false;
                try {
                    String opened = questions.poll(10, TimeUnit.SECONDS);
                    if (!"open".equals(opened)) {
                        throw new IllegalStateException("the event stream did not open within 10 s: " + opened);
                    }
                    for (int i = 0; i < perCandidate; i++) {
                        if (i == warmUp) {
                            warmed = true;
                            warm.countDown();
                            warm.await();
                        }
                        String text = "answer-" + i;
                        long sent = System.nanoTime();
                        HttpResponse<Void> accepted = http.send(HttpRequest.newBuilder(url.resolve("/path/" + interview
                                + "/answers")).header("Content-Type", "text/plain")
                                .POST(HttpRequest.BodyPublishers.ofString(text)).build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (accepted.statusCode() != 202) {
                            throw new IllegalStateException("answer refused: " + accepted.statusCode());
                        }
                        String question;
                        do {
                            question = questions.poll(10, TimeUnit.SECONDS);
                            if (question == null) {
                                throw new IllegalStateException("no question after " + text + " within 10 s");
                            }
                        } while (!question.equals(text));
                        if (i >= warmUp) {
                            millis.add((System.nanoTime() - sent) / 1e6);
                        }
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                } finally {
                    if (!warmed) {
                        warm.countDown();  // a candidate that failed early holds no other back
                    }
                    done.countDown();
                }
            }).start();
        }
        warm.await();
        long start = System.nanoTime();
        long[] before = cpuTicks(pids);
        done.await();
        long end = System.nanoTime();
        long[] after = cpuTicks(pids);
        if (failure.get() != null) {
            throw new IllegalStateException("a candidate failed", failure.get());
        }
        double[] measured = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double seconds = (end - start) / 1e9;
        System.out.printf("whole path, %d candidates: %d answers measured in %.1f s = %.0f answers/s; answer → next"
                        + " question p50 %.2f, p90 %.2f, p99 %.2f, max %.2f ms%n", candidates, measured.length, seconds,
                measured.length / seconds, at(measured, 0.5), at(measured, 0.9), at(measured, 0.99),
                measured[measured.length - 1]);
        printCpu(pids, before, after, measured.length, "answer");
    }

    private static long[] cpuTicks(long[] pids) throws Exception {
        long[] ticks = new long[pids.length];
        for (int i = 0; i < pids.length; i++) {
            String stat = Files.readString(Path.of("/proc/" + pids[i] + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            ticks[i] = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);  // utime, stime
        }
        return ticks;
    }

    private static double at(double[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }
}
