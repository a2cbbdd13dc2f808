package io.interviews.systemtest;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Debian's headless chromium, driven through Debian's chromedriver (never a downloaded one), as a person would use
 * a page: by keyboard, with a screenshot of each state and an axe-core accessibility check of it.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = LiveSystem.PROJECT_ROOT.resolve("system-test/target/screenshots");
    static final Dimension DESKTOP = new Dimension(1280, 1100);
    static final Dimension PHONE = new Dimension(390, 844);
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private final ChromeDriver driver;
    private final String axeSource;

    private Browser(ChromeDriver driver, String axeSource) {
        this.driver = driver;
        this.axeSource = axeSource;
    }

    /** Starts chromium; fails (never skips) where the browser or its driver is not installed. */
    static Browser start() {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "the browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                        + ": apt-get install -y chromium chromium-driver (.ci/run does)");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--no-first-run",
                        "--window-size=" + DESKTOP.width + "," + DESKTOP.height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        try (InputStream axe = Objects.requireNonNull(Browser.class.getResourceAsStream("axe.min.js"),
                "axe.min.js is fetched into the test classes by the build (maven-antrun-plugin)")) {
            String axeSource = new String(axe.readAllBytes(), StandardCharsets.UTF_8);
            return new Browser(new ChromeDriver(service, options), axeSource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    void resize(Dimension size) {
        driver.manage().window().setSize(size);
    }

    WebElement find(String id) {
        return driver.findElement(By.id(id));
    }

    boolean visible(String id) {
        List<WebElement> found = driver.findElements(By.id(id));
        return !found.isEmpty() && found.get(0).isDisplayed();
    }

    String text(String id) {
        return find(id).getText();
    }

    /**
     * Waits until the condition holds, failing with {@code what} after the deadline. An element that went stale (the
     * page navigated between finding it and reading it, as after a sign-in's submit) is looked for again.
     */
    <T> T await(String what, ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, PATIENCE).withMessage(what).ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    void awaitVisible(String id) {
        await(id + " shown", page -> visible(id));
    }

    /**
     * The element once it stands where it stood at the previous poll, so that a click is not aimed at a place a late
     * layout change moves it away from (a full run once clicked the erase confirmation's label instead of the button;
     * the desk now draws its charts after showing the detail, the likely cause, and this keeps the click safe from any
     * other).
     */
    WebElement settled(By locator) {
        AtomicReference<Rectangle> lastSeen = new AtomicReference<>();
        return await(locator + " settled", page -> {
            WebElement element = page.findElement(locator);
            Rectangle now = element.getRect();
            return now.equals(lastSeen.getAndSet(now)) ? element : null;
        });
    }

    /** The id of the element that has the keyboard focus (empty for one without an id). */
    String focused() {
        return driver.switchTo().activeElement().getAttribute("id");
    }

    /** Presses keys as a keyboard would, into whatever has the focus. */
    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Empties the focused field by keyboard (select all, delete), so the page sees the change as typing. */
    void clearFocusedField() {
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.BACK_SPACE).perform();
    }

    /**
     * Inserts text where the focus is as pasting would (the page sees the same {@code input} events): a whole answer
     * typed key by key takes seconds, and the tests type many.
     */
    void paste(String text) {
        Object inserted = ((JavascriptExecutor) driver).executeScript(
                "return document.execCommand('insertText', false, arguments[0]);", text);
        assertEquals(Boolean.TRUE, inserted, "text inserted into the focused element");
    }

    /**
     * Makes every request to an address matching one of {@code urlPatterns} (URLPattern syntax, absolute) fail as a
     * network that drops it would; none stops blocking. Requests already under way are not affected.
     */
    void blockRequests(String... urlPatterns) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urlPatterns", List.of(urlPatterns).stream()
                .map(pattern -> Map.of("urlPattern", pattern, "block", true)).toList()));
    }

    /** Presses Tab until the element with {@code id} has the focus, at most {@code presses} times. */
    void tabTo(String id, int presses) {
        for (int pressed = 0; pressed < presses && !id.equals(focused()); pressed++) {
            press(Keys.TAB);
        }
        assertEquals(id, focused(), "reached by Tab");
    }

    /**
     * Downloads {@code url} from within the page (with its cookies, as a click on a link would) and answers the
     * HTTP status and the first bytes of the body, read as ISO-8859-1: e.g. {@code 200 %PDF-}.
     */
    String download(String url, int firstBytes) {
        return (String) driver.executeAsyncScript("""
                const [url, length, done] = arguments;
                fetch(url).then(async response => {
                  const bytes = new Uint8Array(await response.arrayBuffer()).slice(0, length);
                  done(response.status + ' ' + String.fromCharCode(...bytes));
                }).catch(error => done('failed: ' + error));
                """, url, firstBytes);
    }

    /** Saves what the window shows as {@code target/screenshots/<name>.png}. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs axe-core on the page as it is now: no serious or critical violation, or the test fails naming them. */
    void assertAccessible(String state) {
        JavascriptExecutor js = driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(axeSource);
        }
        Object violations = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                  .then(result => done(result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at '
                      + v.nodes.map(n => n.target.join(' ')).join(', '))))
                  .catch(error => done(['axe failed: ' + error]));
                """);
        assertEquals(List.of(), violations, "accessibility of " + state);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
