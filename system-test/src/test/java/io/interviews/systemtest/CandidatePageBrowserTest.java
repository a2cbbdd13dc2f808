package io.interviews.systemtest;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interviews.deploy.stack.InterviewClient;
import io.interviews.deploy.stack.InterviewClient.Registration;
import io.interviews.deploy.stack.SimulatedCandidate;
import io.interviews.testsupport.PdfText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The candidate page in a real browser (headless chromium), on the module's live system: a candidate opens the
 * invitation's {@code candidateUrl}, consents and takes the interview by keyboard (the first answer typed key by
 * key, the others pasted into the focused box), waits, reads the letter and accepts it. A Chinese interview at phone
 * width shows Chinese text from the introduction to the letter, whose PDF embeds its Chinese font; the page measures
 * an answer as the API does and refuses one too large itself, and the API's refusal of an answer to a question no
 * longer open is explained on the page, in Chinese on a Chinese one. Every state is screenshot to
 * {@code target/screenshots/} and checked with axe-core. Runs after the classes that read the module's interviews and
 * their metrics, because one test restarts the gateway.
 */
@ExtendWith({LiveSystemExtension.class, BrowserExtension.class})
@Order(Integer.MAX_VALUE - 2)
class CandidatePageBrowserTest {

    private static final Duration DEADLINE = Duration.ofMinutes(3);
    /** How Quarkus' scheduler marks a job that ran while the application was shutting down. */
    private static final String AFTER_SHUTDOWN = "[Error Occurred After Shutdown]";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Browser browser;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void useTheSharedBrowser(LiveSystem system, Browser shared) {
        system.allOutcomes(); // the module's own interviews are through before the gateway is restarted below
        browser = shared;
    }

    @Test
    void aCandidateTakesTheWholeInterviewByKeyboardReadsTheOfferAndAcceptsIt(LiveSystem system) throws Exception {
        InterviewClient client = new InterviewClient(system.stack().gatewayUrl());
        Registration interview = invite(system, "Katherine Johnson", "en");
        SimulatedCandidate candidate = new SimulatedCandidate("strong", "en");

        browser.open(interview.candidateUrl());
        browser.awaitVisible("intro");
        assertFalse(browser.driver().getCurrentUrl().contains("token"), "the token left the address bar");
        assertEquals("en", browser.driver().findElement(By.tagName("html")).getDomAttribute("lang"));
        assertTrue(browser.text("intro-data").contains("deleted 730 days after the application ends at the latest"),
                browser.text("intro-data"));
        browser.screenshot("en-1-introduction");
        browser.assertAccessible("the introduction");

        // starting without ticking the box is refused with a message next to it
        browser.tabTo("consent", 6);
        browser.press(Keys.TAB, Keys.ENTER);
        browser.awaitVisible("consent-error");
        browser.screenshot("en-2-consent-required");
        browser.assertAccessible("the consent error");
        browser.tabTo("consent", 6);
        browser.press(Keys.SPACE);
        answerTheOptionalFairnessQuestions();
        assertEquals("consent-submit", browser.focused());
        browser.press(Keys.ENTER);

        List<String> typed = new ArrayList<>();
        String answeredId = null;
        while (true) {
            InterviewClient.OpenQuestion question = awaitNextQuestion(client, interview, answeredId);
            if (question == null) {
                break;
            }
            assertTrue(browser.text("question-heading").contains("of " + question.plannedQuestions()),
                    browser.text("question-heading"));
            String answer = candidate.answerTo(question.questionId());
            if (typed.isEmpty()) {
                firstAnswerSurvivesAReload(answer);
            } else {
                browser.press(Keys.TAB);
                assertEquals("answer", browser.focused());
                if (typed.size() == 1) {
                    codeIsPreviewedInMonospace();
                }
                browser.paste(answer);
            }
            assertTrue(browser.text("answer-count").startsWith(percentUsed(answer) + "% of the maximum length used"),
                    browser.text("answer-count"));
            if (typed.size() == 2) {
                browser.screenshot("en-4-answer-with-progress");
                browser.assertAccessible("a question with an answer");
            }
            browser.press(Keys.TAB);
            assertEquals("answer-submit", browser.focused());
            browser.press(Keys.ENTER);
            typed.add(answer);
            answeredId = question.questionId();
        }
        browser.screenshot("en-5-waiting");
        browser.assertAccessible("the waiting state");

        SimulatedCandidate.awaitStatus(client, interview, "AWAITING_DECISION", DEADLINE);
        JsonNode recruiterView = JSON.readTree(client.recruiterView(interview.interviewId(), system.stack().recruiterKey()));
        List<String> received = new ArrayList<>();
        recruiterView.path("questions").forEach(question -> received.add(question.path("answer").asText()));
        assertEquals(typed, received, "what the candidate typed is what the interview holds");

        post(system.stack().gatewayUrl() + "/api/recruiter/interviews/" + interview.interviewId() + "/approve",
                Map.of("X-Recruiter-Key", system.stack().recruiterKey()), "{}");
        browser.await("the sent offer", page -> browser.visible("offer-form"));
        assertEquals("Your offer", browser.text("letter-title"));
        assertTrue(browser.text("letter-body").contains("Katherine Johnson"), browser.text("letter-body"));
        browser.screenshot("en-6-offer");
        browser.assertAccessible("the offer");

        browser.tabTo("offer-comment", 20);
        browser.press("Looking forward to it.", Keys.TAB);
        assertEquals("accept-offer", browser.focused());
        browser.press(Keys.ENTER);
        browser.awaitVisible("offer-response");
        SimulatedCandidate.awaitStatus(client, interview, "HIRED", DEADLINE);
        assertTrue(browser.text("offer-response").startsWith("You accepted the offer"));
        browser.screenshot("en-7-accepted");
        browser.assertAccessible("the accepted offer");

        // the only self-identified candidate of the run: the report counts her, and no one sees her answers
        JsonNode audit = JSON.readTree(get(system.stack().gatewayUrl() + "/api/recruiter/reports/bias-audit",
                Map.of("X-Recruiter-Key", system.stack().recruiterKey(), "Accept", "application/json")));
        Map<String, String> answered = Map.of("SEX", "FEMALE", "RACE_ETHNICITY", "ASIAN", "AGE_BAND", "AGE_40_AND_OVER",
                "SEX_AND_RACE_ETHNICITY", "FEMALE+ASIAN");
        assertEquals(2, audit.path("selections").size(), audit.toString());
        for (JsonNode selection : audit.path("selections")) {
            assertEquals(1, selection.path("assessed").asInt(), selection.toString());
            assertEquals(1, selection.path("selected").asInt(), selection.toString());
            for (JsonNode grouping : selection.path("groupings")) {
                List<String> categories = new ArrayList<>();
                grouping.path("categories").forEach(category -> categories.add(category.path("category").asText()));
                assertEquals(List.of(answered.get(grouping.path("grouping").asText())), categories, grouping.toString());
            }
        }
        assertFalse(recruiterView.toString().contains("ASIAN"), "the recruiter never sees the answers");
    }

    /**
     * The share of the allowed size an answer uses, in whole percent, by the API's two measures (gateway README,
     * "Answer size"): 10,000 characters, 10,500 bytes as the server's Jackson encoder counts them.
     */
    private static int percentUsed(String answer) {
        double share = Math.max(answer.codePointCount(0, answer.length()) / 10_000.0,
                JsonStringEncoder.getInstance().quoteAsUTF8(answer).length / 10_500.0);
        return Math.max(1, (int) Math.floor(share * 100));
    }

    /** Opens the voluntary questions by keyboard, answers all three, saves, and tabs back to the start button. */
    /** From the introduction: tick the consent box, start, and wait for the first question to take the focus. */
    private static void consentAndStartByKeyboard() {
        browser.tabTo("consent", 6);
        browser.press(Keys.SPACE, Keys.TAB, Keys.ENTER);
        browser.await("the first question", page -> "question-heading".equals(browser.focused()));
    }

    private static void answerTheOptionalFairnessQuestions() {
        browser.tabTo("self-id-summary", 3);
        browser.press(Keys.ENTER);
        browser.press(Keys.TAB);
        assertEquals("self-id-sex", browser.focused());
        browser.press("F", Keys.TAB, "A", Keys.TAB, "4", Keys.TAB);
        assertEquals("self-id-consent", browser.focused());
        browser.press(Keys.TAB, Keys.ENTER); // saving without their own consent is refused
        browser.awaitVisible("self-id-consent-error");
        browser.tabTo("self-id-consent", 3);
        browser.press(Keys.SPACE, Keys.TAB, Keys.ENTER);
        browser.await("the answers saved", page -> browser.text("self-id-status").startsWith("Saved."));
        assertEquals(List.of("FEMALE", "ASIAN", "AGE_40_AND_OVER"), List.of("self-id-sex", "self-id-race", "self-id-age")
                .stream().map(id -> browser.find(id).getDomProperty("value")).toList());
        browser.screenshot("en-2b-fairness-questions");
        browser.assertAccessible("the optional fairness questions");
        for (int presses = 0; presses < 8 && !"consent-submit".equals(browser.focused()); presses++) {
            browser.press(Keys.chord(Keys.SHIFT, Keys.TAB));
        }
    }

    /**
     * The question after {@code answeredId} once the page shows it with the focus on its heading, or null once the
     * page shows the waiting state.
     */
    private static InterviewClient.OpenQuestion awaitNextQuestion(InterviewClient client, Registration interview,
                                                                  String answeredId) {
        browser.await("the question after " + answeredId + " or the end of the interview", page -> {
            if (browser.visible("waiting")) {
                return true;
            }
            InterviewClient.OpenQuestion open = client.status(interview).openQuestion();
            return open != null && !open.questionId().equals(answeredId) && browser.visible("question-box")
                    && "question-heading".equals(browser.focused())
                    && open.text().strip().equals(browser.text("question-text").strip());
        });
        return browser.visible("waiting") ? null : client.status(interview).openQuestion();
    }

    /** Types the first answer, reloads the page, and finds the draft (and the interview) still there. */
    private static void firstAnswerSurvivesAReload(String answer) {
        browser.screenshot("en-3-first-question");
        browser.assertAccessible("the first question");
        browser.press(Keys.TAB);
        assertEquals("answer", browser.focused());
        browser.press(answer);
        browser.driver().navigate().refresh();
        browser.await("the question after the reload", page -> "question-heading".equals(browser.focused()));
        assertEquals(answer, browser.find("answer").getDomProperty("value"));
        browser.press(Keys.TAB);
        assertEquals("answer", browser.focused());
    }

    /** A fenced block in the answer box is previewed as code; the box is then emptied by keyboard. */
    private static void codeIsPreviewedInMonospace() {
        String code = "Like this:\n```\nSELECT 1;\n```";
        browser.press(code);
        assertEquals("SELECT 1;", browser.driver().findElement(
                By.cssSelector("#answer-preview pre code")).getText());
        String font = browser.driver().findElement(By.cssSelector("#answer-preview pre code"))
                .getCssValue("font-family");
        assertTrue(font.contains("monospace"), font);
        browser.press(Keys.BACK_SPACE.toString().repeat(code.length()));
        assertEquals("", browser.find("answer").getDomProperty("value"));
    }

    @Test
    void aChineseInterviewSpeaksChineseOnAPhoneWidthScreenAndEndsWithAReadableChineseLetter(LiveSystem system)
            throws Exception {
        InterviewClient client = new InterviewClient(system.stack().gatewayUrl());
        Registration interview = invite(system, "李雷", "zh");
        browser.resize(Browser.PHONE);
        try {
            browser.open(interview.candidateUrl());
            browser.awaitVisible("intro");
            assertEquals("zh-CN", browser.driver().findElement(By.tagName("html")).getDomAttribute("lang"));
            assertEquals("开始之前", browser.text("intro-title"));
            assertTrue(browser.text("intro-data").contains("最迟在申请结束后 730 天删除"), browser.text("intro-data"));
            assertEquals("开始面试", browser.find("consent-form").findElement(
                    By.cssSelector("button")).getText());
            browser.screenshot("zh-1-introduction-phone");
            browser.assertAccessible("the Chinese introduction");

            consentAndStartByKeyboard();
            assertTrue(browser.text("question-heading").matches("第 1 题，共 \\d+ 题"), browser.text("question-heading"));
            assertEquals("您的回答", browser.text("answer-field").lines().findFirst().orElseThrow());
            browser.screenshot("zh-2-question-phone");
            browser.assertAccessible("a Chinese question");
            anAnswerTooLargeToSendIsRefusedByThePageInChinese(interview);
            answerTheOpenQuestionTwice(client, interview, "zh", () -> {
                assertEquals("此问题已不再开放，回答未被接收。页面现在显示您面试的最新进度。", browser.text("problem-message"));
                assertFalse(browser.visible("problem-detail"), "the API's English detail shown on a Chinese page");
            });

            // the answers go through the API to save time; the page follows them over its event stream
            new SimulatedCandidate("strong", "zh").takeInterview(client, interview, DEADLINE, answered -> { });
            browser.await("the waiting state", page -> browser.visible("waiting"));
            assertEquals("谢谢您：面试已完成", browser.text("waiting-title"));
            SimulatedCandidate.awaitStatus(client, interview, "AWAITING_DECISION", DEADLINE);
            JsonNode recruiterView = JSON.readTree(
                    client.recruiterView(interview.interviewId(), system.stack().recruiterKey()));
            assertEquals("OFFER", recruiterView.path("letter").path("kind").asText(), "a strong candidate gets an offer");

            post(system.stack().gatewayUrl() + "/api/recruiter/interviews/" + interview.interviewId() + "/approve",
                    Map.of("X-Recruiter-Key", system.stack().recruiterKey()), "{}");
            browser.await("the sent offer", page -> browser.visible("offer-form"));
            assertEquals("您的录用通知", browser.text("letter-title"));
            String letter = browser.text("letter-body");
            assertTrue(letter.startsWith("录用通知书") && letter.contains("尊敬的李雷："), letter);
            assertEquals("接受录用", browser.text("accept-offer"));
            browser.screenshot("zh-4-offer-phone");
            browser.assertAccessible("the Chinese offer");
        } finally {
            browser.resize(Browser.DESKTOP);
        }
        theLetterPdfSetsItsChineseInAnEmbeddedFont(system, interview);
    }

    /**
     * The page measures an answer as the API does: 3,400 Chinese characters (three bytes each) nearly fill it; 4,000
     * are under the API's character limit but over the size it accepts, and the page refuses to send them, in
     * Chinese, next to the answer box, which keeps the text to be shortened. Nothing reaches the API. The box is then
     * emptied by keyboard.
     */
    private static void anAnswerTooLargeToSendIsRefusedByThePageInChinese(Registration interview) {
        String mixed = "ASCII \"quoted\" \\ back\nslash\ttab\u0001 é 很 \uD83D\uDE00";
        Object measuredByThePage = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const [text, done] = arguments;
                import(new URL('../js/candidate/answer-size.js', document.baseURI).href)
                  .then(size => done(size.answerBytes(text)), error => done(String(error)));
                """, mixed);
        assertEquals((long) JsonStringEncoder.getInstance().quoteAsUTF8(mixed).length, measuredByThePage,
                "the page counts an answer's bytes as the API does");

        browser.press(Keys.TAB);
        assertEquals("answer", browser.focused());
        browser.paste("很".repeat(3_400));
        assertEquals("已用最大长度的 97%，即将达到上限", browser.text("answer-count"));
        browser.clearFocusedField();
        String tooLarge = "很".repeat(4_000);
        browser.paste(tooLarge);
        assertEquals("已达最大长度的 115%，约多出 500 个字符", browser.text("answer-count"));
        browser.press(Keys.TAB, Keys.ENTER);
        browser.awaitVisible("answer-error");
        assertEquals("您的回答超出了最大长度，请删减约 500 个字符后再发送。", browser.text("answer-error"));
        assertEquals("true", browser.find("answer").getDomAttribute("aria-invalid"));
        assertEquals("answer", browser.focused(), "the focus is back in the box to shorten the answer");
        assertEquals(tooLarge, browser.find("answer").getDomProperty("value"));
        String api = "/api/interviews/" + interview.interviewId();
        assertTrue(requestsTo(api) > 0, "the browser's resource timeline lists the page's calls to the API");
        assertEquals(0L, requestsTo(api + "/answers"), "no answer was sent");
        browser.screenshot("zh-3-answer-too-large-phone");
        browser.assertAccessible("an answer too large to send");
        browser.clearFocusedField();
        assertEquals("", browser.find("answer").getDomProperty("value"));
    }

    /** How many requests the page made to an address ending in {@code path}, by the browser's resource timeline. */
    private static long requestsTo(String path) {
        return (Long) ((JavascriptExecutor) browser.driver()).executeScript(
                "return performance.getEntriesByType('resource').filter(r => r.name.endsWith(arguments[0])).length;",
                path);
    }

    /** The letter's PDF, downloaded through the gateway as the recruiter desk does, read back. */
    private void theLetterPdfSetsItsChineseInAnEmbeddedFont(LiveSystem system, Registration interview)
            throws Exception {
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(system.stack().gatewayUrl()
                        + "/api/recruiter/interviews/" + interview.interviewId() + "/letter.pdf"))
                        .header("X-Recruiter-Key", system.stack().recruiterKey()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        String text = PdfText.of(pdf.body(), LiveSystem.PROJECT_ROOT.resolve("system-test/target/letters/zh-offer.pdf"));
        assertTrue(text.contains("录用通知书") && text.contains("尊敬的李雷"), text);
        Map<String, Boolean> chineseFonts = PdfText.chineseFonts(pdf.body());
        assertFalse(chineseFonts.isEmpty(), "the Chinese text is set in a font");
        assertEquals(Set.of(true), Set.copyOf(chineseFonts.values()), "embedded: " + chineseFonts);
    }

    @Test
    void anAnswerToAQuestionNoLongerOpenIsRefusedAndThePageShowsWhereTheInterviewStands(LiveSystem system) {
        Registration interview = invite(system, "Mae Jemison", "en");
        InterviewClient client = new InterviewClient(system.stack().gatewayUrl());
        browser.open(interview.candidateUrl());
        browser.awaitVisible("intro");
        consentAndStartByKeyboard();
        answerTheOpenQuestionTwice(client, interview, "en", () -> {
            assertEquals("This question is no longer open, so the answer was not taken. The page now shows where your "
                    + "interview stands.", browser.text("problem-message"));
            assertTrue(browser.text("problem-detail").contains("has already been answered"),
                    browser.text("problem-detail"));
            browser.screenshot("conflict-question-no-longer-open");
            browser.assertAccessible("the refused answer to a closed question");
        });
    }

    /**
     * The open question is answered elsewhere (on another device) while the page cannot hear of it, and then from
     * the page: the API's 409 is explained at the top ({@code whatThePageShows} checks how) and the page moves on to
     * where the interview stands. The page's event stream is dropped meanwhile, so after a reload it stays on the
     * question it fetched; once the stream is back, the page clears the message.
     */
    private static void answerTheOpenQuestionTwice(InterviewClient client, Registration interview, String language,
                                                   Runnable whatThePageShows) {
        InterviewClient.OpenQuestion open = client.status(interview).openQuestion();
        browser.blockRequests("*://*:*/api/interviews/" + interview.interviewId() + "/events");
        try {
            browser.driver().navigate().refresh();
            browser.await("the open question after the reload", page -> "question-heading".equals(browser.focused()));
            browser.await("the lost stream told", page -> browser.visible("connection"));
            client.answer(interview, open.questionId(), new SimulatedCandidate("strong", language)
                    .answerTo(open.questionId()));

            browser.press(Keys.TAB);
            browser.paste("The same question, answered a second time.");
            browser.press(Keys.TAB, Keys.ENTER);
            browser.awaitVisible("problem");
            browser.await("the page showing where the interview stands", page -> browser.visible("between")
                    || !open.text().strip().equals(browser.text("question-text").strip()));
            whatThePageShows.run();
        } finally {
            browser.blockRequests();
        }
    }

    @Test
    void thePageRecoversAfterTheGatewayRestartsMidInterview(LiveSystem system) throws IOException {
        Registration interview = invite(system, "Dorothy Vaughan", "en");
        SimulatedCandidate candidate = new SimulatedCandidate("strong", "en");
        InterviewClient client = new InterviewClient(system.stack().gatewayUrl());
        browser.open(interview.candidateUrl());
        browser.awaitVisible("intro");
        consentAndStartByKeyboard();
        String draft = candidate.answerTo(client.status(interview).openQuestion().questionId());
        browser.press(Keys.TAB);
        browser.paste(draft);
        String firstHeading = browser.text("question-heading");

        system.stack().stopService("gateway");
        try {
            browser.await("the lost connection told", page -> browser.visible("connection")
                    && browser.text("connection").startsWith("Connection lost"));
            browser.screenshot("restart-1-connection-lost");
        } finally {
            system.stack().restartService("gateway");
        }
        Path stoppedLog = system.stack().service("gateway").logFile().resolveSibling("gateway.log.1");
        long failedAfterShutdown = Files.readString(stoppedLog).lines().filter(line -> line.contains(AFTER_SHUTDOWN)).count();
        assertTrue(failedAfterShutdown <= 1, "a scheduled job kept running once the gateway was stopping ("
                + failedAfterShutdown + " times; one may be cut off in flight): " + stoppedLog);
        browser.await("the connection back", page -> browser.text("connection").startsWith("Connected again")
                || !browser.visible("connection"));
        assertEquals(draft, browser.find("answer").getDomProperty("value"), "the draft survived the outage");
        browser.tabTo("answer-submit", 4);
        browser.press(Keys.ENTER);
        browser.await("the second question, live after the restart",
                page -> browser.visible("question-box") && !browser.text("question-heading").equals(firstHeading));
        browser.screenshot("restart-2-second-question");
    }

    @Test
    void aCandidatesLinkCannotOpenAnotherInterview(LiveSystem system) {
        Registration mine = invite(system, "Mary Jackson", "en");
        Registration theirs = invite(system, "Annie Easley", "en");

        browser.open(system.stack().gatewayUrl() + "/interview/" + theirs.interviewId() + "?token="
                + mine.candidateToken());
        browser.awaitVisible("problem");
        assertTrue(browser.text("problem-message").startsWith("This link does not open an interview"),
                browser.text("problem-message"));
        for (String section : List.of("loading", "intro", "interview", "waiting", "letter", "closed")) {
            assertFalse(browser.visible(section), section + " shown for another interview");
        }
        browser.screenshot("other-interview-refused");
        browser.assertAccessible("the refusal");
    }

    private static Registration invite(LiveSystem system, String name, String language) {
        return new InterviewClient(system.stack().gatewayUrl()).invite(new InterviewClient.Application(
                Map.of("name", name, "email", "browser-" + Math.abs(name.hashCode()) + "@example.com"),
                Map.of("title", "Backend Engineer", "level", "senior", "location", "London"),
                language, null), system.stack().recruiterKey());
    }

    private String get(String url, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        headers.forEach(request::header);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), url + ": " + response.body());
        return response.body();
    }

    private void post(String url, Map<String, String> headers, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, response.statusCode(), url + ": " + response.body());
    }
}
