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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;

/**
 * Drives the framework-floor service (bench README, "The frameworks' floor"). Run with the Kafka client on the class
 * path: java -cp kafka-clients.jar:slf4j-api.jar FloorDriver.java BOOTSTRAP bare|reliable latency|load N PID...
 * bare: the hop of HopRelay (floor.in → floor.out); reliable: the hop of ReliableHop (floor.reliable.in → .out);
 * latency: one record at a time, floor.in → floor.out, percentiles of the round trip;
 * load: N records at once, then the CPU the given processes spent per hop (/proc/PID/stat, 100 ticks a second).
 */
public class FloorDriver {

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        String prefix = args[1].equals("reliable") ? "floor.reliable." : "floor.";
        String mode = args[2];
        int count = Integer.parseInt(args[3]);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            for (String topic : List.of(prefix + "in", prefix + "out")) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
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
            long[] pids = Arrays.stream(args, 4, args.length).mapToLong(Long::parseLong).toArray();
            if (mode.equals("latency")) {
                latency(producer, consumer, prefix, run, count, pids);
            } else {
                load(producer, consumer, prefix, run, count, pids);
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
        printCpu(pids, before, after, measured.length);
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
        printCpu(pids, before, after, count);
    }

    private static void printCpu(long[] pids, long[] before, long[] after, int hops) {
        for (int i = 0; i < pids.length; i++) {
            System.out.printf("process %d: %.3f ms of CPU per hop%n", pids[i], (after[i] - before[i]) * 10.0 / hops);
        }
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
