package io.interviews.offer.service.profile;

import io.interviews.events.Exchange;
import io.interviews.events.InterviewContext;
import io.interviews.events.StageResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a {@link CandidateProfile} from the application (name) and the candidate's answers in every stage:
 * years of experience, skills from the {@link SkillVocabulary}, projects, current and expected salary. Each field
 * keeps the question id and the quote it came from; nothing is guessed when no answer states it.
 */
public final class ProfileExtractor {

    static final int MAX_PROJECTS = 3;
    private static final int MAX_QUOTE = 200;

    private static final Map<Character, Integer> CHINESE_DIGITS = Map.of('一', 1, '二', 2, '两', 2, '三', 3, '四', 4,
            '五', 5, '六', 6, '七', 7, '八', 8, '九', 9);
    private static final Map<String, Integer> ENGLISH_NUMBERS = Map.of("one", 1, "two", 2, "three", 3, "four", 4,
            "five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9, "ten", 10);
    private static final Pattern YEARS_ZH = Pattern.compile(
            "(?<n>\\d+(?:\\.\\d+)?|[一二两三四五六七八九十]{1,3})\\s*(?:多|余)?\\s*年(?:多|的)?[^，。；,.;！？!?]{0,16}(?:经验|工作|开发)"
                    + "|(?:工作了?|从业|干了)\\s*(?<n2>\\d+(?:\\.\\d+)?|[一二两三四五六七八九十]{1,3})\\s*(?:多)?\\s*年");
    private static final Pattern YEARS_EN = Pattern.compile(
            "(?<n>\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)\\+?\\s*(?:years?|yrs?)\\b"
                    + "(?:\\s+of)?[^.;!?]{0,40}?\\b(?:experience|professional|industry|working|developer|engineer)"
                    + "|\\bfor\\s+(?<n2>\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)\\s+years\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PROJECT_CUE = Pattern.compile(
            "项目|负责|主导|参与了|搭建|重构|开发了|设计了|上线|\\b(?:project|built|led|designed|migrated|launched|"
                    + "rewrote|owned|shipped|responsible for)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CURRENT_CUE = Pattern.compile(
            "目前|现在|当前|现薪|现年薪|现月薪|\\b(?:current(?:ly)?|at the moment|now|present(?:ly)?|earn(?:ing)?|make|"
                    + "paid)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EXPECTED_CUE = Pattern.compile(
            "期望|希望|预期|期待|要求|心理价位|\\b(?:expect(?:ing|ed|ation|ations)?|looking for|hoping|hope|"
                    + "would like|aim(?:ing)?|target(?:ing)?|want|ask(?:ing)?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SALARY_WORDS = Pattern.compile(
            "薪|工资|收入|年包|待遇|\\b(?:salary|salaries|pay|paid|earn(?:ing)?|compensation|package|base)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Clauses end at sentence marks, Chinese commas and semicolons, and a Latin comma that is not inside a number. */
    private static final Pattern CLAUSE_END = Pattern.compile("[。！？；;!?\\n，]|,(?!\\d{3})|\\.(?!\\d)");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?\\n]|\\.(?=\\s|$)");

    private final SkillVocabulary skills;

    public ProfileExtractor(SkillVocabulary skills) {
        this.skills = skills;
    }

    public CandidateProfile extract(InterviewContext context, List<StageResult> results) {
        List<Exchange> answers = results.stream()
                .flatMap(result -> result.transcript().stream())
                .filter(exchange -> exchange.answer() != null && !exchange.answer().isBlank())
                .toList();
        Map<String, Sourced<String>> skillsFound = new LinkedHashMap<>();
        List<Sourced<String>> projects = new ArrayList<>();
        Sourced<Double> years = null;
        Sourced<SalaryFigure> current = null;
        Sourced<SalaryFigure> expected = null;
        for (Exchange exchange : answers) {
            String answer = exchange.answer();
            if (years == null) {
                years = yearsOfExperience(exchange).orElse(null);
            }
            skills.mentionedIn(answer).forEach((skill, alias) -> skillsFound.putIfAbsent(skill,
                    new Sourced<>(skill, exchange.questionId(), quoteAround(answer, alias))));
            for (String sentence : sentences(answer)) {
                if (projects.size() < MAX_PROJECTS && PROJECT_CUE.matcher(sentence).find()) {
                    projects.add(new Sourced<>(shortened(sentence), exchange.questionId(), shortened(sentence)));
                }
            }
            Salaries salaries = salaries(exchange);
            if (current == null) {
                current = salaries.current();
            }
            if (expected == null) {
                expected = salaries.expected();
            }
        }
        return new CandidateProfile(Sourced.fromApplication(context.candidate().name()), years,
                List.copyOf(skillsFound.values()), projects, current, expected);
    }

    private record Salaries(Sourced<SalaryFigure> current, Sourced<SalaryFigure> expected) {
    }

    /**
     * Current and expected salary in one answer: each figure is classed by the cue words in its own clause, those
     * before it first ("目前月薪25K，期望35K-45K"); a figure without a cue in an answer to a question about
     * expectations is the expectation. An expectation without currency or period takes those of the current salary in the same answer.
     */
    private static Salaries salaries(Exchange exchange) {
        String answer = exchange.answer();
        String question = Optional.ofNullable(exchange.question()).orElse("");
        boolean aboutPay = SALARY_WORDS.matcher(question).find();
        boolean asksExpectation = aboutPay && EXPECTED_CUE.matcher(question).find();
        Sourced<SalaryFigure> current = null;
        Sourced<SalaryFigure> expected = null;
        int clauseStart = 0;
        for (SalaryParser.Found found : SalaryParser.findAll(answer, aboutPay)) {
            int lastBoundary = lastClauseEnd(answer, clauseStart, found.start());
            String lead = answer.substring(lastBoundary, found.start());
            String clause = answer.substring(lastBoundary, clauseEnd(answer, found.end()));
            clauseStart = found.end();
            boolean explicitCurrency = found.figure().currency() != null;
            if (!(aboutPay || explicitCurrency || SALARY_WORDS.matcher(clause).find())) {
                continue;
            }
            boolean isExpected = EXPECTED_CUE.matcher(lead).find()
                    || !CURRENT_CUE.matcher(lead).find() && EXPECTED_CUE.matcher(clause).find();
            boolean isCurrent = !isExpected && CURRENT_CUE.matcher(clause).find();
            Sourced<SalaryFigure> sourced = new Sourced<>(found.figure(), exchange.questionId(),
                    shortened(clause.strip()));
            if (isCurrent && current == null) {
                current = sourced;
            } else if ((isExpected || !isCurrent && asksExpectation) && expected == null) {
                expected = sourced;
            }
        }
        if (current != null && expected != null) {
            SalaryFigure figure = expected.value();
            if (figure.currency() == null && figure.period() == SalaryFigure.Period.UNSPECIFIED) {
                expected = new Sourced<>(figure.withCurrencyAndPeriod(current.value().currency(),
                        current.value().period()), expected.questionId(), expected.quote());
            }
        }
        return new Salaries(current, expected);
    }

    private static Optional<Sourced<Double>> yearsOfExperience(Exchange exchange) {
        for (Pattern pattern : List.of(YEARS_ZH, YEARS_EN)) {
            Matcher matcher = pattern.matcher(exchange.answer());
            if (matcher.find()) {
                String number = matcher.group("n") != null ? matcher.group("n") : matcher.group("n2");
                Double years = number(number);
                if (years != null && years > 0 && years < 60) {
                    String quote = matcher.group().strip();
                    return Optional.of(new Sourced<>(years, exchange.questionId(), quote));
                }
            }
        }
        return Optional.empty();
    }

    private static Double number(String text) {
        if (Character.isDigit(text.charAt(0))) {
            return Double.valueOf(text);
        }
        Integer english = ENGLISH_NUMBERS.get(text.toLowerCase(Locale.ROOT));
        if (english != null) {
            return english.doubleValue();
        }
        // 三, 十, 十二, 二十
        int tenAt = text.indexOf('十');
        if (tenAt < 0) {
            Integer digit = CHINESE_DIGITS.get(text.charAt(0));
            return digit == null || text.length() > 1 ? null : digit.doubleValue();
        }
        int tens = tenAt == 0 ? 1 : CHINESE_DIGITS.getOrDefault(text.charAt(0), 0);
        int units = tenAt == text.length() - 1 ? 0 : CHINESE_DIGITS.getOrDefault(text.charAt(tenAt + 1), 0);
        return (double) (tens * 10 + units);
    }

    private static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        Matcher matcher = SENTENCE_END.matcher(text);
        while (matcher.find()) {
            addSentence(sentences, text.substring(start, matcher.end()));
            start = matcher.end();
        }
        addSentence(sentences, text.substring(start));
        return sentences;
    }

    private static void addSentence(List<String> sentences, String sentence) {
        if (!sentence.isBlank()) {
            sentences.add(sentence.strip());
        }
    }

    private static int lastClauseEnd(String text, int from, int before) {
        int boundary = from;
        Matcher matcher = CLAUSE_END.matcher(text).region(from, before);
        while (matcher.find()) {
            boundary = matcher.end();
        }
        return boundary;
    }

    private static int clauseEnd(String text, int from) {
        Matcher matcher = CLAUSE_END.matcher(text).region(from, text.length());
        return matcher.find() ? matcher.start() : text.length();
    }

    /** The sentence of {@code text} that holds {@code fragment}. */
    private static String quoteAround(String text, String fragment) {
        return sentences(text).stream().filter(sentence -> sentence.contains(fragment)).findFirst()
                .map(ProfileExtractor::shortened).orElse(fragment);
    }

    private static String shortened(String text) {
        return text.length() <= MAX_QUOTE ? text : text.substring(0, MAX_QUOTE - 1) + "…";
    }
}
