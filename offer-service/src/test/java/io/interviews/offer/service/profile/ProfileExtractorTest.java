package io.interviews.offer.service.profile;

import io.interviews.events.Candidate;
import io.interviews.events.Exchange;
import io.interviews.events.InterviewContext;
import io.interviews.events.Language;
import io.interviews.events.PlannedStage;
import io.interviews.events.Position;
import io.interviews.events.StageResult;
import io.interviews.offer.service.profile.SalaryFigure.Period;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfileExtractorTest {

    private final ProfileExtractor extractor = new ProfileExtractor(SkillVocabulary.load());

    /** The seed's candidate, answering the Chinese question banks. */
    @Test
    void theSeedCandidatesAnswersGiveNameYearsSkillsProjectsAndSalaries() {
        InterviewContext context = context("李伟", Language.ZH);
        List<StageResult> results = List.of(
                stage("tech",
                        exchange("tech-1", "请介绍一个你最近参与、并且引以为傲的项目：这个系统是做什么的？你本人负责哪一部分？",
                                "我有3年Python后端开发经验。最近在一家电商公司，我负责订单服务的重构，用Django和Redis把下单接口的延迟降低了一半。"),
                        exchange("tech-3", "假设你要设计一个接收订单事件的服务，它必须扛住突发的十倍流量，并且不能丢失任何一笔订单。你会怎么设计？",
                                "先用Kafka做消息队列削峰，消费端幂等处理，数据库用PostgreSQL，部署在Kubernetes上。")),
                stage("hr",
                        exchange("hr-1", "请介绍一下你的背景，以及是什么促使你申请这个职位？",
                                "我本科是计算机专业，毕业后一直做后端，现在想去伦敦发展。"),
                        exchange("hr-4", "你对这个职位的薪资期望是多少？除了薪资，你在录用条件中还看重哪些方面？",
                                "目前月薪25K，期望35K-45K。另外希望能有一个月的交接时间。")));

        CandidateProfile profile = extractor.extract(context, results);

        assertEquals(Sourced.fromApplication("李伟"), profile.name());
        assertEquals(new Sourced<>(3.0, "tech-1", "3年Python后端开发经验"), profile.yearsOfExperience());
        // in the order the answers name them
        assertEquals(List.of("Python", "Django", "Redis", "Backend development", "PostgreSQL", "Kafka",
                        "Message queues", "Kubernetes"),
                profile.skills().stream().map(Sourced::value).toList());
        Sourced<String> kafka = profile.skills().stream().filter(s -> s.value().equals("Kafka")).findFirst()
                .orElseThrow();
        assertEquals("tech-3", kafka.questionId());
        assertTrue(kafka.quote().contains("Kafka做消息队列削峰"), kafka.quote());
        assertEquals("最近在一家电商公司，我负责订单服务的重构，用Django和Redis把下单接口的延迟降低了一半。",
                profile.projects().get(0).value());
        assertEquals("tech-1", profile.projects().get(0).questionId());

        assertEquals(new Sourced<>(new SalaryFigure(25000, 25000, null, Period.MONTHLY), "hr-4", "目前月薪25K"),
                profile.currentSalary());
        // the expectation takes the period of the current salary stated with it
        assertEquals(new Sourced<>(new SalaryFigure(35000, 45000, null, Period.MONTHLY), "hr-4", "期望35K-45K"),
                profile.expectedSalary());
    }

    @Test
    void englishAnswersWithPoundsAndAnnualFigures() {
        List<StageResult> results = List.of(stage("hr",
                exchange("hr-1", "Please tell me about your background.",
                        "I have five years of experience as a backend engineer, mostly Java and Go. "
                                + "I led the migration of our billing system to microservices."),
                exchange("hr-4", "What are your salary expectations?",
                        "I currently earn £55,000 and I'm looking for £65,000–£70,000, depending on the package.")));

        CandidateProfile profile = extractor.extract(context("Mei Lin", Language.EN), results);

        assertEquals(5.0, profile.yearsOfExperience().value());
        assertEquals(List.of("Java", "Go", "Microservices", "Backend development"),
                profile.skills().stream().map(Sourced::value).toList());
        assertEquals("I led the migration of our billing system to microservices.", profile.projects().get(0).value());
        assertEquals(new SalaryFigure(55000, 55000, "GBP", Period.UNSPECIFIED), profile.currentSalary().value());
        assertEquals(new SalaryFigure(65000, 70000, "GBP", Period.UNSPECIFIED), profile.expectedSalary().value());
        assertEquals("hr-4", profile.expectedSalary().questionId());
    }

    @Test
    void annualChineseFiguresAndAnExpectationWithoutCueInTheSalaryQuestion() {
        List<StageResult> results = List.of(stage("hr",
                exchange("hr-4", "你对这个职位的薪资期望是多少？", "30-35万吧，现在年薪28万。")));

        CandidateProfile profile = extractor.extract(context("王芳", Language.ZH), results);

        // the expectation takes the period of the current salary stated with it
        assertEquals(new SalaryFigure(300000, 350000, null, Period.ANNUAL), profile.expectedSalary().value());
        assertEquals(new SalaryFigure(280000, 280000, null, Period.ANNUAL), profile.currentSalary().value());
    }

    @Test
    void whatNoAnswerStatesStaysEmpty() {
        List<StageResult> results = List.of(stage("tech",
                exchange("tech-2", "请讲一个你排查过的最棘手的线上问题。", "有一次线上服务每天凌晨超时，目前系统每天处理1000万订单。")));

        CandidateProfile profile = extractor.extract(context("张三", Language.ZH), results);

        assertNull(profile.yearsOfExperience());
        assertNull(profile.currentSalary(), "1000万 orders are no salary");
        assertNull(profile.expectedSalary());
        assertEquals(List.of(), profile.skills());
    }

    private static InterviewContext context(String name, Language language) {
        return new InterviewContext(new Candidate(name, "candidate@example.com"),
                new Position("Python Backend Developer", "mid", "London"), language,
                List.of(new PlannedStage("tech", 0.5), new PlannedStage("hr", 0.5)));
    }

    private static StageResult stage(String stage, Exchange... exchanges) {
        return new StageResult(stage, stage + "-1", 70, List.of(), List.of(exchanges), false, List.of(),
                Instant.EPOCH, Instant.EPOCH);
    }

    private static Exchange exchange(String questionId, String question, String answer) {
        return new Exchange(questionId, question, false, answer, Instant.EPOCH);
    }
}
