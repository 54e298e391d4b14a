package io.tasksync.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasksync.port.out.IntegrationStore;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The connect page in headless Chromium against the Asana stand-in's real consent page. */
class ConnectPageBrowserTest {

  private static final int WORKSPACE_SIZE = 300;
  private static Browser browser;
  private SandboxApp app;

  @BeforeAll
  static void openBrowser() throws IOException {
    browser = Browser.start();
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @BeforeEach
  void start() {
    app = SandboxApp.asana(WORKSPACE_SIZE);
    browser.driver.manage().deleteAllCookies();
  }

  @AfterEach
  void stop() {
    app.close();
  }

  private void signIn() {
    browser.driver.get(app.uri("/").toString());
    browser.waitFor(By.id("api-key")).sendKeys(TestApp.KEY_A);
    browser.click(By.id("sign-in"));
    browser.waitFor(By.id("who"));
  }

  @Test
  void connectApproveImportAndDisconnect_inARealBrowser() {
    signIn();
    browser.click(By.id("connect-asana"));
    browser.click(By.id("approve"));

    String notice = browser.waitFor(By.id("notice-text")).getText();
    browser.wait(Duration.ofSeconds(5)).until(d -> !d.getCurrentUrl().contains("connected="));
    browser.waitForText(
        By.cssSelector("#card-asana .task-count"),
        String.valueOf(app.asana().liveTaskCount()),
        Duration.ofSeconds(30));
    browser.click(By.cssSelector("#card-asana .disconnect"));
    browser.click(By.cssSelector("#card-asana .confirm-disconnect"));
    browser.waitForText(
        By.cssSelector("#card-asana .status"), "Not connected", Duration.ofSeconds(10));

    assertThat(notice).contains("Asana is connected");
    assertThat(app.asana().liveTaskCount()).isGreaterThanOrEqualTo(WORKSPACE_SIZE);
    assertThat(browser.driver.getCurrentUrl()).isEqualTo(app.uri("/").toString());
    assertThat(browser.driver.findElement(By.id("notice-text")).getText())
        .contains("Asana is disconnected");
  }

  @Test
  void deniedConsent_showsTheErrorNotice() {
    signIn();
    browser.click(By.id("connect-asana"));
    browser.click(By.id("deny"));

    String notice = browser.waitFor(By.id("notice-text")).getText();

    assertThat(notice).contains("You declined access at Asana");
    browser.wait(Duration.ofSeconds(5)).until(d -> !d.getCurrentUrl().contains("error="));
    browser.waitForText(
        By.cssSelector("#card-asana .status"), "Not connected", Duration.ofSeconds(5));
    assertThat(app.get(IntegrationStore.class).findByOrganization(TestApp.ORG_A)).isEmpty();
  }

  @Test
  void tamperedState_isRefusedOnThePage() {
    signIn();
    browser.driver.get(app.uri("/oauth/asana/callback?code=good&state=forged.state").toString());

    String notice = browser.waitFor(By.id("notice-text")).getText();

    assertThat(notice).contains("invalid, expired or already used");
    assertThat(app.get(IntegrationStore.class).findByOrganization(TestApp.ORG_A)).isEmpty();
  }
}
