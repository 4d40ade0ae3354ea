package org.peelkit.examples;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Headless Chromium from Debian's packages, driven through the system {@code chromedriver}: the
 * driver and the browser are named explicitly, so Selenium Manager never downloads anything. With
 * no browser installed the tests are skipped, except under {@code CI=true}, where they fail.
 */
final class Chromium implements AutoCloseable {

    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final String INSTALL = "apt-get update && apt-get install -y chromium chromium-driver";

    /** Selenium looks for a DevTools binding it does not need; its warning about the version is noise. */
    private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

    final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts the browser, or skips (fails under CI=true) the calling test when it is not installed. */
    static Chromium start() throws IOException {
        Optional<String> missing = missing(DRIVER, BROWSER);
        if (missing.isPresent()) {
            if (isCi(System.getenv("CI"))) {
                fail(missing.get() + " (CI=true: a missing browser fails the build)");
            }
            Assumptions.abort(missing.get());
        }
        SELENIUM.setLevel(Level.SEVERE);
        Path profile = Files.createTempDirectory("peel-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1200", "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, Level.ALL.getName()));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new Chromium(new ChromeDriver(service, options), profile);
    }

    /** @return why the browser tests cannot run, naming the install command; empty when they can */
    static Optional<String> missing(Path driver, Path browser) {
        if (Files.isExecutable(driver) && Files.isExecutable(browser)) {
            return Optional.empty();
        }
        return Optional.of("No Chromium at " + browser + " and " + driver + " for the browser tests; install them with: "
                + INSTALL);
    }

    static boolean isCi(String ciVariable) {
        return "true".equalsIgnoreCase(ciVariable);
    }

    void open(Path page) {
        driver.get(page.toUri().toString());
    }

    /** Console messages at level SEVERE: errors, including refused loads. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** Saves a screenshot of the page's top {@code height} pixels, 1280 wide. */
    void screenshot(Path file, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, height));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves a screenshot of one element, in a window tall enough to hold it. */
    void screenshot(org.openqa.selenium.WebElement element, Path file) {
        int height = element.getRect().getHeight() + 200;
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, Math.max(800, height)));
        driver.executeScript("arguments[0].scrollIntoView(true);", element);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, element.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var walk = Files.walk(profile)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
