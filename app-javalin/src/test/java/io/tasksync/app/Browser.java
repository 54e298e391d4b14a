package io.tasksync.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium driven by Selenium; skips the test when the browser is absent. */
final class Browser implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  final WebDriver driver;
  private final Path profile;

  private Browser(WebDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  static Browser start() throws IOException {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "Chromium and chromedriver are not installed; browser tests are skipped");
    System.setProperty("SE_OFFLINE", "true");
    Path profile = Files.createTempDirectory("chrome");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(DRIVER.toString()))
            .usingAnyFreePort()
            .build();
    return new Browser(new ChromeDriver(service, options), profile);
  }

  WebElement waitFor(By by) {
    return wait(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** Clicks an element, again if the page re-rendered it meanwhile. */
  void click(By by) {
    wait(Duration.ofSeconds(10))
        .until(
            d -> {
              try {
                d.findElement(by).click();
                return true;
              } catch (org.openqa.selenium.StaleElementReferenceException
                  | org.openqa.selenium.NoSuchElementException
                  | org.openqa.selenium.ElementNotInteractableException e) {
                return false;
              }
            });
  }

  void waitForText(By by, String text, Duration timeout) {
    wait(timeout).until(ExpectedConditions.textToBe(by, text));
  }

  WebDriverWait wait(Duration timeout) {
    return new WebDriverWait(driver, timeout);
  }

  @Override
  public void close() {
    driver.quit();
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      // a leftover temporary profile is harmless
    }
  }
}
