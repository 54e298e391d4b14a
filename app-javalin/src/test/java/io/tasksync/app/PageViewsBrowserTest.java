package io.tasksync.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.app.config.AppConfig;
import io.tasksync.app.config.DemoSettings;
import io.tasksync.app.config.EnvConfig;
import io.tasksync.app.demo.DemoEnvironment;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.Provider;
import io.tasksync.port.out.IntegrationStore;
import io.tasksync.port.out.TaskStore;
import io.tasksync.sandbox.linear.LinearStandIn;
import java.io.IOException;
import java.net.ServerSocket;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The tasks, runs and demo activity views in headless Chromium, on the demo (stand-ins, in-memory
 * store) after Linear's import; screenshots of each view at 1280 and 375 px go to {@code
 * target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PageViewsBrowserTest {

  private static final String KNOWN_TITLE = "Quarterly zebra report";
  private static Browser browser;
  private static DemoEnvironment demo;
  private static Application app;
  private static String base;
  private static String key;
  private static LinearStandIn linear;
  private static String knownId;
  private static IntegrationId integration;

  @BeforeAll
  static void start() throws IOException {
    browser = Browser.start();
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    base = "http://127.0.0.1:" + port;
    AppConfig config =
        EnvConfig.parse(
            Map.of("TASKSYNC_PORT", String.valueOf(port), "TASKSYNC_PUBLIC_BASE_URL", base));
    demo = DemoEnvironment.start(config, new DemoSettings(false, null));
    List<com.google.inject.Module> modules = new ArrayList<>(Main.modulesFor(demo.config()));
    modules.add(demo.module());
    app = Application.start(demo.config(), modules);
    linear = demo.started(LinearStandIn.class).orElseThrow();
    knownId = linear.createIssue(KNOWN_TITLE);
    key = demo.config().apiKeys().keySet().iterator().next();
    browser.driver.get(base + "/");
    browser.waitFor(By.id("api-key")).sendKeys(key);
    browser.click(By.id("sign-in"));
    browser.waitFor(By.id("who"));
    browser.click(By.id("connect-linear"));
    browser.click(By.id("approve"));
    browser.waitForText(
        By.cssSelector("#card-linear .sync-status"), "· up to date", Duration.ofSeconds(90));
    integration =
        app
            .injector()
            .getInstance(IntegrationStore.class)
            .findByOrganization(DemoEnvironment.ORGANIZATION)
            .stream()
            .filter(i -> i.provider() == Provider.LINEAR)
            .findFirst()
            .orElseThrow()
            .id();
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

  @Test
  @Order(1)
  void tasksView_findsAKnownTaskByFilterAndByText_andOpensItsDrawer() throws IOException {
    browser.click(By.id("tab-tasks"));
    new Select(browser.waitFor(By.id("f-provider"))).selectByValue("linear");
    browser.driver.findElement(By.id("f-q")).sendKeys("zebr");
    browser.click(By.id("apply-filters"));

    By row = By.cssSelector("#tasks-body tr[data-external-id='" + knownId + "']");
    WebElement found = browser.waitFor(row);
    assertThat(found.getText()).contains(KNOWN_TITLE);
    assertThat(browser.driver.findElements(By.cssSelector("#tasks-body tr"))).hasSize(1);
    assertThat(browser.driver.getCurrentUrl())
        .contains("#tasks?")
        .contains("q=zebr")
        .contains("provider=linear");
    screenshots("tasks");

    browser.click(By.cssSelector("#tasks-body tr[data-external-id='" + knownId + "'] .open-task"));
    browser
        .wait(Duration.ofSeconds(10))
        .until(d -> d.findElement(By.id("drawer-raw")).getText().contains("zebra"));
    assertThat(browser.driver.findElement(By.id("drawer-fields")).getText()).contains(knownId);
    assertThat(browser.driver.switchTo().activeElement().getAttribute("id"))
        .isEqualTo("drawer-close");
    screenshots("task-drawer");
    browser.driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
    browser.wait(Duration.ofSeconds(5)).until(d -> !d.findElement(By.id("drawer")).isDisplayed());
  }

  @Test
  @Order(2)
  void aSharedLink_opensTheTasksViewWithItsFilters() {
    browser.driver.get(base + "/#tasks?q=zebra");
    browser.driver.navigate().refresh();

    WebElement found =
        browser.waitFor(By.cssSelector("#tasks-body tr[data-external-id='" + knownId + "']"));

    assertThat(found.getText()).contains(KNOWN_TITLE);
    assertThat(browser.driver.findElement(By.id("f-q")).getAttribute("value")).isEqualTo("zebra");
  }

  @Test
  @Order(4)
  void runsView_afterAForcedFailure_showsTheErrorAndTheAdvice() throws Exception {
    linear.truncateNext(1);
    HttpResponse<String> started =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(base + "/api/integrations/" + integration + "/sync"))
                    .header("Authorization", "Bearer " + key)
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(started.statusCode()).isEqualTo(202);

    browser.driver.get(base + "/#runs?integration=" + integration);
    browser.driver.navigate().refresh();
    WebElement error =
        browser
            .wait(Duration.ofSeconds(90))
            .until(
                d -> {
                  List<WebElement> errors = d.findElements(By.cssSelector("#runs-body .run-error"));
                  return errors.isEmpty() ? null : errors.get(0);
                });
    String advice =
        error.findElement(By.xpath("following-sibling::div[@class='advice']")).getText();

    assertThat(error.getText()).startsWith("BUG: ").contains("truncated");
    assertThat(advice).startsWith("Report it");
    assertThat(browser.driver.findElements(By.cssSelector("#chart-durations svg circle")))
        .isNotEmpty();
    screenshots("runs");
  }

  @Test
  @Order(3)
  void demoActivity_showsAChangeMadeInTheStandInArrivingInTheStore() throws IOException {
    browser.driver.get(base + "/#activity");
    browser.driver.navigate().refresh();
    browser.click(By.id("activity-toggle"));
    browser.waitForText(By.id("activity-toggle"), "Stop activity", Duration.ofSeconds(10));

    String delay =
        browser
            .wait(Duration.ofSeconds(60))
            .ignoring(StaleElementReferenceException.class)
            .until(
                d ->
                    d.findElements(By.cssSelector("#activity-body td.delay")).stream()
                        .map(WebElement::getText)
                        .filter(t -> t.endsWith(" s"))
                        .findFirst()
                        .orElse(null));

    assertThat(delay).matches("\\d+\\.\\d s");
    screenshots("activity");
    browser.click(By.id("activity-toggle"));
    browser.waitForText(By.id("activity-toggle"), "Start activity", Duration.ofSeconds(10));
    assertThat(app.injector().getInstance(TaskStore.class).countActive(integration)).isPositive();
  }

  private static void screenshots(String view) throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "screenshots"));
    for (int width : new int[] {1280, 375}) {
      browser.driver.manage().window().setSize(new Dimension(width, 900));
      Files.write(
          dir.resolve(view + "-" + width + ".png"),
          ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES));
    }
    browser.driver.manage().window().setSize(new Dimension(1280, 900));
  }
}
