package io.interviews.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interviews.deploy.stack.InterviewClient;
import io.interviews.deploy.stack.InterviewClient.Registration;
import io.interviews.deploy.stack.LocalStack;
import io.interviews.deploy.stack.SimulatedCandidate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The recruiter desk in a real browser (headless chromium), on the module's live system, with one whole interview:
 * the recruiter signs in and invites a candidate from the page; the candidate takes the interview through the API;
 * the recruiter finds it with the list's filters, reads the evidence highlighted in the answers and the score charts,
 * downloads both PDFs through the gateway, is refused a salary outside the window and approves one inside it; the
 * candidate accepts: HIRED. A candidate's link does not open the desk. Another interview is rejected from the desk,
 * and the candidate page then says the application has ended. A third is erased at the candidate's request: it is
 * gone for the desk, the API and the candidate's link. Every page is screenshot to
 * {@code target/screenshots/desk-*} and checked with axe-core.
 */
@ExtendWith({LiveSystemExtension.class, BrowserExtension.class})
class RecruiterDeskBrowserTest {

    private static final Duration DEADLINE = Duration.ofMinutes(3);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Browser browser;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void useTheSharedBrowser(Browser shared) {
        browser = shared;
    }

    /** Each test starts at the sign-in, even after one that failed signed in. */
    @AfterEach
    void forgetTheDeskSession() {
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void aRecruiterInvitesReadsTheEvidenceDownloadsThePdfsAndApprovesAnAdjustedOffer(LiveSystem system)
            throws Exception {
        String gateway = system.stack().gatewayUrl();
        String name = "Hedy Lamarr " + UUID.randomUUID().toString().substring(0, 8);

        browser.open(gateway + "/recruiter");
        browser.awaitVisible("sign-in");
        browser.screenshot("desk-1-sign-in");
        browser.assertAccessible("the desk's sign-in");
        signIn();
        browser.screenshot("desk-2-list");
        browser.assertAccessible("the interview list");

        Registration interview = inviteFromThePage(gateway, name);
        InterviewClient client = new InterviewClient(gateway);
        new SimulatedCandidate("strong", "en").takeInterview(client, interview, DEADLINE, answered -> { });
        SimulatedCandidate.awaitStatus(client, interview, "AWAITING_DECISION", DEADLINE);
        JsonNode view = recruiterView(system, interview);
        assertEquals("OFFER", view.path("letter").path("kind").asText(), "a strong candidate gets an offer");

        // the list's name search and status filter find the interview
        browser.open(gateway + "/recruiter");
        browser.awaitVisible("interviews");
        new Select(browser.find("status")).selectByVisibleText("AWAITING_DECISION");
        browser.find("name").sendKeys(name, Keys.ENTER);
        browser.await("the interview found by name and status", page -> rowNames().equals(List.of(name)));
        browser.screenshot("desk-4-filtered-list");
        browser.driver().findElement(By.linkText(name)).click();

        theDetailHighlightsTheEvidenceAndDrawsTheScores(view);
        for (String pdf : List.of("scorecard-pdf", "letter-pdf")) {
            String href = browser.find(pdf).getDomProperty("href");
            assertEquals("200 %PDF-", browser.download(href, 5), pdf + " through the gateway");
        }

        JsonNode window = view.path("letter").path("salaryWindow");
        long minimum = window.path("minimum").asLong();
        long maximum = window.path("maximum").asLong();
        assertTrue(browser.text("letter-summary").contains(String.format(Locale.ENGLISH, "%,d", maximum)),
                browser.text("letter-summary"));
        approve(maximum + 1_000);
        browser.awaitVisible("decision-problem");
        assertTrue(browser.text("decision-problem").contains("salary window"), browser.text("decision-problem"));
        browser.screenshot("desk-6-salary-outside-the-window");
        browser.assertAccessible("the refused salary");

        long adjusted = (minimum + maximum) / 2;
        approve(adjusted);
        browser.await("the approval recorded", page -> browser.text("recorded-decision")
                .startsWith("APPROVE by " + LocalStack.recruiterName()));
        JsonNode decision = recruiterView(system, interview).path("decision");
        assertEquals(adjusted, decision.path("annualSalary").asLong());
        assertEquals(LocalStack.recruiterName(), decision.path("recruiter").asText());
        browser.screenshot("desk-7-approved");
        browser.assertAccessible("the recorded approval");

        SimulatedCandidate.awaitStatus(client, interview, "OFFER_SENT", DEADLINE);
        assertEquals(202, post(gateway + "/api/interviews/" + interview.interviewId() + "/offer/accept",
                "Bearer " + interview.candidateToken()).statusCode());
        SimulatedCandidate.awaitStatus(client, interview, "HIRED", DEADLINE);
        browser.driver().navigate().refresh();
        browser.await("HIRED on the desk", page -> browser.text("detail-summary").startsWith("Status HIRED"));
        browser.screenshot("desk-8-hired");

        aCandidatesLinkDoesNotOpenTheDesk(gateway, interview);
    }

    @Test
    void aRecruiterRejectsFromTheDeskAndTheCandidatePageSaysTheApplicationHasEnded(LiveSystem system)
            throws Exception {
        String gateway = system.stack().gatewayUrl();
        String name = "Rosalind Franklin " + UUID.randomUUID().toString().substring(0, 8);
        InterviewClient client = new InterviewClient(gateway);
        Registration interview = client.invite(new InterviewClient.Application(
                Map.of("name", name, "email", "rosalind@example.com"),
                Map.of("title", "Backend Engineer", "level", "senior", "location", "London"), "en", null),
                system.stack().recruiterKey());
        new SimulatedCandidate("weak", "en").takeInterview(client, interview, DEADLINE, answered -> { });
        SimulatedCandidate.awaitStatus(client, interview, "AWAITING_DECISION", DEADLINE);

        browser.open(gateway + "/recruiter");
        signIn();
        browser.open(gateway + "/recruiter#" + interview.interviewId());
        browser.awaitVisible("decision-forms");
        browser.find("reject-note").sendKeys("Not enough depth for a senior role.");
        browser.driver().findElement(By.cssSelector("#reject-form button[type=submit]")).click();
        browser.await("the rejection recorded", page -> browser.text("recorded-decision")
                .startsWith("REJECT by " + LocalStack.recruiterName()));
        assertFalse(browser.visible("decision-forms"), "a recorded decision cannot be taken again");
        JsonNode decision = recruiterView(system, interview).path("decision");
        assertEquals(List.of("REJECT", LocalStack.recruiterName(), "Not enough depth for a senior role."),
                List.of(decision.path("decision").asText(), decision.path("recruiter").asText(),
                        decision.path("note").asText()), decision.toString());
        SimulatedCandidate.awaitStatus(client, interview, "TALENT_POOL", DEADLINE);
        browser.driver().navigate().refresh();
        browser.await("TALENT_POOL on the desk",
                page -> browser.text("detail-summary").startsWith("Status TALENT_POOL"));
        browser.screenshot("desk-9-rejected");
        browser.assertAccessible("the recorded rejection");

        browser.find("sign-out").submit();
        browser.awaitVisible("sign-in");
        browser.open(interview.candidateUrl());
        browser.awaitVisible("closed");
        assertEquals("Your application has ended", browser.text("closed-title"));
        browser.screenshot("desk-10-rejected-candidate-page");
        browser.assertAccessible("the ended application");
    }

    @Test
    void aRecruiterErasesAnInterviewAtTheCandidatesRequestAndItIsGone(LiveSystem system) throws Exception {
        String gateway = system.stack().gatewayUrl();
        String name = "Mary Somerville " + UUID.randomUUID().toString().substring(0, 8);
        Registration interview = new InterviewClient(gateway).invite(new InterviewClient.Application(
                Map.of("name", name, "email", "mary.somerville@example.com"),
                Map.of("title", "Backend Engineer", "level", "senior", "location", "London"), "en", null),
                system.stack().recruiterKey());

        browser.open(gateway + "/recruiter");
        signIn();
        browser.open(gateway + "/recruiter#" + interview.interviewId());
        browser.awaitVisible("erase-form");
        WebElement erase = browser.settled(By.cssSelector("#erase-form button[type=submit]"));
        erase.click();
        assertTrue(browser.visible("detail") && !browser.visible("erased-notice"), "unconfirmed, nothing is erased");
        assertEquals(200, recruiterViewStatus(system, interview));
        browser.find("erase-confirm").click();
        erase.click();
        browser.await("the erasure notice on the list", page -> browser.visible("erased-notice")
                && browser.text("erased-notice").startsWith("Erased " + name + "'s interview at"));
        assertEquals("erased-notice", browser.focused());
        browser.screenshot("desk-11-erased");
        browser.assertAccessible("the erasure notice");
        assertEquals(410, recruiterViewStatus(system, interview));

        browser.open(gateway + "/recruiter#" + interview.interviewId());
        browser.await("the erased interview refused", page -> browser.visible("problem")
                && browser.text("problem").startsWith("the interview was erased at"));
        assertFalse(browser.visible("detail"));
        browser.find("sign-out").submit();
        browser.awaitVisible("sign-in");

        browser.open(interview.candidateUrl());
        browser.await("the candidate's link refused", page -> browser.visible("problem")
                && browser.text("problem-message").startsWith("This interview can no longer be opened"));
        assertTrue(browser.text("problem-detail").startsWith("the interview was erased at"),
                browser.text("problem-detail"));
        browser.screenshot("desk-12-erased-candidate-page");
        browser.assertAccessible("the erased interview's candidate page");
    }

    private static int recruiterViewStatus(LiveSystem system, Registration interview) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(system.stack().gatewayUrl()
                        + "/api/recruiter/interviews/" + interview.interviewId()))
                .header("X-Recruiter-Key", system.stack().recruiterKey()).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static void signIn() {
        browser.awaitVisible("sign-in");
        browser.find("j_username").sendKeys(LocalStack.recruiterName());
        browser.find("j_password").sendKeys(LocalStack.recruiterPassword(), Keys.ENTER);
        browser.awaitVisible("interviews");
    }

    /** Fills in the invitation form, reads the link it shows, and turns it into the candidate's registration. */
    private static Registration inviteFromThePage(String gateway, String name) {
        browser.driver().findElement(By.linkText("Invite a candidate")).click();
        browser.awaitVisible("invite-form");
        browser.find("candidate-name").sendKeys(name);
        browser.find("candidate-email").sendKeys("hedy@example.com");
        browser.find("position-title").sendKeys("Backend Engineer");
        browser.find("position-level").sendKeys("senior");
        browser.find("position-location").sendKeys("London");
        new Select(browser.find("template")).selectByValue("backend-senior");
        browser.screenshot("desk-3-invitation-form");
        browser.assertAccessible("the invitation form");
        browser.find("invite-form").submit();
        browser.awaitVisible("invitation");
        browser.assertAccessible("the created invitation");
        String candidateUrl = browser.find("candidate-url").getDomProperty("value");
        URI link = URI.create(candidateUrl);
        assertTrue(candidateUrl.startsWith(gateway + "/interview/"), candidateUrl);
        String interviewId = link.getPath().substring("/interview/".length());
        String token = link.getQuery().substring("token=".length());
        return new Registration(interviewId, token, candidateUrl, null);
    }

    private static void theDetailHighlightsTheEvidenceAndDrawsTheScores(JsonNode view) {
        browser.await("the transcript with highlighted evidence",
                page -> !page.findElements(By.cssSelector("#transcript mark")).isEmpty());
        List<String> marked = browser.driver().findElements(By.cssSelector("#transcript mark")).stream()
                .map(WebElement::getText).map(RecruiterDeskBrowserTest::normalized).toList();
        List<String> quotes = new ArrayList<>();
        view.path("stageRatings").forEach(stage -> stage.path("dimensions").forEach(dimension -> {
            if (dimension.path("trusted").asBoolean()) {
                dimension.path("evidence").forEach(quote -> quotes.add(normalized(quote.asText())));
            }
        }));
        assertFalse(quotes.isEmpty(), "the trusted ratings cite evidence");
        for (String quote : quotes) {
            assertTrue(marked.stream().anyMatch(mark -> mark.contains(quote)), "highlighted: " + quote);
        }
        Object drawn = ((JavascriptExecutor) browser.driver()).executeScript("""
                return ['stage-chart', 'dimension-chart']
                  .map(id => window.Chart.getChart(id)?.data.datasets[0].data.length ?? 0);""");
        assertEquals(List.of((long) view.path("stageScores").size(), (long) view.path("stageRatings").findValues(
                "dimension").size()), drawn, "bars of the stage and dimension charts");
        browser.screenshot("desk-5-detail");
        browser.assertAccessible("the interview's detail");
    }

    private static void approve(long annualSalary) {
        WebElement salary = browser.find("annual-salary");
        salary.clear();
        salary.sendKeys(Long.toString(annualSalary));
        browser.find("approve-form").submit();
    }

    /** A candidate's link leads to the candidate page only: the desk still asks for a sign-in, the API says 401. */
    private void aCandidatesLinkDoesNotOpenTheDesk(String gateway, Registration interview) throws Exception {
        browser.find("sign-out").submit();
        browser.awaitVisible("sign-in");
        browser.open(interview.candidateUrl());
        browser.await("the candidate page", page -> !page.getCurrentUrl().contains("token"));
        browser.open(gateway + "/recruiter#" + interview.interviewId());
        browser.awaitVisible("sign-in");
        assertFalse(browser.visible("detail"), "the interview shown without a recruiter's sign-in");
        assertFalse(browser.visible("interviews"), "the list shown without a recruiter's sign-in");
        assertEquals(401, get(gateway + "/api/recruiter/interviews/" + interview.interviewId(),
                "Bearer " + interview.candidateToken()).statusCode());
    }

    /** The candidate names the list shows, read at once (the page may be redrawing the rows). */
    @SuppressWarnings("unchecked")
    private static List<String> rowNames() {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript("""
                return [...document.querySelectorAll('#interview-rows tr td:first-child')]
                  .map(cell => cell.textContent);""");
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static JsonNode recruiterView(LiveSystem system, Registration interview) throws Exception {
        return JSON.readTree(new InterviewClient(system.stack().gatewayUrl())
                .recruiterView(interview.interviewId(), system.stack().recruiterKey()));
    }

    private HttpResponse<String> post(String url, String authorization) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String url, String authorization) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
