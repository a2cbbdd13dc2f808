package io.interviews.deploy.ops;

import io.interviews.deploy.infra.KafkaBroker;
import io.interviews.events.AnswerSubmitted;
import io.interviews.events.CandidateResponded;
import io.interviews.events.EventCodec;
import io.interviews.events.InterviewEvent;
import io.interviews.events.InterviewScored;
import io.interviews.events.QuestionAsked;
import io.interviews.events.RecruiterDecided;
import io.interviews.events.StageCompleted;
import io.interviews.events.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

/**
 * A real broker with the system's topics for the operations commands' tests, and a producer that puts events on
 * their topics as the services do (key = interview id, record time = the event's time).
 */
final class OpsTopics implements AutoCloseable {

    private final KafkaBroker broker;
    private final KafkaProducer<String, String> producer;

    private OpsTopics(KafkaBroker broker) {
        this.broker = broker;
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        this.producer = new KafkaProducer<>(config);
    }

    static OpsTopics start(String name) {
        KafkaBroker broker = KafkaBroker.start(Path.of("target", name));
        try {
            broker.createTopics(Topics.ALL, 3);
            return new OpsTopics(broker);
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
    }

    String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** Produces each event on its topic and waits for the broker's acknowledgement. */
    void produce(InterviewEvent... events) throws ExecutionException, InterruptedException {
        for (InterviewEvent event : events) {
            producer.send(new ProducerRecord<>(topicOf(event), null, event.occurredAt().toEpochMilli(),
                    event.interviewId().toString(), EventCodec.encode(event))).get();
        }
    }

    /** Produces a record that holds no event, on the dead-letter topic. */
    void produceDeadLetter(String interviewId, String value) throws ExecutionException, InterruptedException {
        producer.send(new ProducerRecord<>(Topics.DEAD_LETTERS, interviewId, value)).get();
    }

    private static String topicOf(InterviewEvent event) {
        if (event instanceof StageCompleted) {
            return Topics.STAGE_COMPLETED;
        }
        if (event instanceof QuestionAsked) {
            return Topics.QUESTIONS;
        }
        if (event instanceof AnswerSubmitted) {
            return Topics.ANSWERS;
        }
        if (event instanceof InterviewScored) {
            return Topics.SCORED;
        }
        return event instanceof RecruiterDecided || event instanceof CandidateResponded ? Topics.DECISIONS : Topics.LETTERS;
    }

    @Override
    public void close() {
        producer.close();
        broker.close();
    }
}
