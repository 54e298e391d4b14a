package io.tasksync.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.app.config.AppConfig;
import io.tasksync.app.config.DemoSettings;
import io.tasksync.app.config.EnvConfig;
import io.tasksync.app.demo.DemoEnvironment;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/** Demo mode as a new user meets it: every sandbox provider connects and imports from the page. */
class DemoBrowserTest {

  private static Browser browser;
  private static DemoEnvironment demo;
  private static Application app;

  @BeforeAll
  static void start() throws IOException {
    browser = Browser.start();
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    AppConfig config =
        EnvConfig.parse(
            Map.of(
                "TASKSYNC_PORT",
                String.valueOf(port),
                "TASKSYNC_PUBLIC_BASE_URL",
                "http://127.0.0.1:" + port));
    demo = DemoEnvironment.start(config, new DemoSettings(false, null));
    app = Application.start(demo.config(), Main.modulesFor(demo.config()));
    browser.driver.get("http://127.0.0.1:" + port + "/");
    browser.waitFor(By.id("api-key")).sendKeys(demo.config().apiKeys().keySet().iterator().next());
    browser.click(By.id("sign-in"));
    browser.waitFor(By.id("who"));
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    if (demo != null) {
      demo.close();
    }
    if (browser != null) {
      browser.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"asana", "clickup", "linear"})
  void sandboxProvider_connectsAndImportsFromThePage(String provider) throws IOException {
    browser.click(By.id("connect-" + provider));
    browser.click(By.id("approve"));

    String notice = browser.waitFor(By.id("notice-text")).getText();
    browser.waitForText(
        By.cssSelector("#card-" + provider + " .sync-status"),
        "· up to date",
        Duration.ofSeconds(60));
    String count =
        browser.driver.findElement(By.cssSelector("#card-" + provider + " .task-count")).getText();
    Path shot = Path.of("target", "demo-" + provider + ".png");
    Files.write(shot, ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES));

    assertThat(notice).contains("is connected");
    assertThat(Long.parseLong(count)).isPositive();
    assertThat(browser.driver.findElement(By.id("environment-text")).getText())
        .contains("in-memory")
        .contains("(sandbox)");
  }
}
