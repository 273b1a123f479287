package org.origingraph.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.origingraph.IntegrationTest;

/**
 * The consumer page in a real browser: Debian's headless Chromium, driven through chromedriver, follows
 * the flagship's stamp link as a phone in Japan, Saudi Arabia and Vietnam would (its Accept-Language),
 * lands on this service's page through the resolver's 307, and switches language. Nothing may be logged
 * to the console as an error. A screenshot per locale is kept under {@code target/page-screenshots}.
 *
 * <p>Chromium and chromedriver come from {@code scripts/ensure-chromium.sh}, which {@code mvn verify}
 * and {@code .ci/run} run. Images are not loaded: the demo's image URLs are on an example domain that
 * does not exist, and the page's budget is without images anyway.
 */
class ConsumerPageBrowserIntegrationTests extends IntegrationTest {

  private static final String STAMP = "/01/" + FLAGSHIP_GTIN + "/10/" + FLAGSHIP_LOT;
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "page-screenshots");

  private ChromeDriver browser;
  private Path profile;

  private ChromeDriver open(String acceptLanguage) throws IOException {
    assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
        .as("Chromium and chromedriver are installed (run scripts/ensure-chromium.sh as root)").isTrue();
    profile = Files.createTempDirectory("origin-graph-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=480,1400",
        "--accept-lang=" + acceptLanguage, "--lang=" + acceptLanguage.split(",")[0]);
    options.setExperimentalOption("prefs", Map.of(
        "intl.accept_languages", acceptLanguage,
        "profile.managed_default_content_settings.images", 2));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(90));
    return browser;
  }

  @AfterEach
  void close() throws IOException {
    if (browser != null) {
      browser.quit();
      browser = null;
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  @Test
  void aJapanesePhoneFollowsTheStampToTheJapanesePageAndSwitchesToVietnamese() throws IOException {
    var chromium = open("ja-JP,ja");
    chromium.get(url(STAMP));
    assertThat(chromium.getCurrentUrl()).isEqualTo(url("/ja" + STAMP));
    assertThat(attribute("lang")).isEqualTo("ja");
    assertThat(style("direction")).isEqualTo("ltr");
    assertThat(chromium.findElement(By.id("journey-title")).getText()).isEqualTo("農場から店頭までの道のり");
    assertThat(chromium.findElements(By.cssSelector("#journey ol.timeline > li")).size()).isGreaterThanOrEqualTo(15);
    assertThat(chromium.findElements(By.cssSelector("#journey svg circle")).size()).isGreaterThanOrEqualTo(5);
    assertThat(chromium.findElement(By.cssSelector("#journey svg")).getSize().getWidth()).isGreaterThan(300);
    assertThat(chromium.findElement(By.id("certificates-title")).getText()).isEqualTo("認証");
    assertThat(firstFactStartsOnTheLeft()).isTrue();
    screenshot("ja");
    assertNoConsoleErrors();

    // The switcher: every language of the stories, the current one marked.
    List<WebElement> languages = chromium.findElements(By.cssSelector("nav a[hreflang]"));
    assertThat(languages).hasSize(12);
    assertThat(chromium.findElement(By.cssSelector("nav a[aria-current=page]")).getAttribute("hreflang")).isEqualTo("ja");
    chromium.findElement(By.cssSelector("nav a[hreflang=vi]")).click();
    new WebDriverWait(chromium, Duration.ofSeconds(60)).until(ExpectedConditions.urlToBe(url("/vi" + STAMP)));
    assertThat(attribute("lang")).isEqualTo("vi");
    assertThat(chromium.findElement(By.id("journey-title")).getText()).isEqualTo("Hành trình từ nông trại đến kệ hàng");
    assertNoConsoleErrors();
  }

  @Test
  void anArabicPhoneGetsTheArabicPageRenderedRightToLeft() throws IOException {
    var chromium = open("ar-SA,ar");
    chromium.get(url(STAMP));
    assertThat(chromium.getCurrentUrl()).isEqualTo(url("/ar" + STAMP));
    assertThat(attribute("lang")).isEqualTo("ar");
    assertThat(attribute("dir")).isEqualTo("rtl");
    assertThat(style("direction")).isEqualTo("rtl");
    assertThat(firstFactStartsOnTheLeft()).isFalse();
    assertThat(chromium.findElement(By.id("journey-title")).getText()).isEqualTo("الرحلة من المزرعة إلى الرف");
    screenshot("ar");
    assertNoConsoleErrors();
  }

  @Test
  void aVietnamesePhoneGetsTheVietnamesePageAndCanSwitchToArabic() throws IOException {
    var chromium = open("vi-VN,vi");
    chromium.get(url(STAMP));
    assertThat(chromium.getCurrentUrl()).isEqualTo(url("/vi" + STAMP));
    assertThat(attribute("lang")).isEqualTo("vi");
    assertThat(chromium.findElement(By.tagName("h1")).getText()).startsWith("Kẹo dừa Bến Tre");
    screenshot("vi");
    assertNoConsoleErrors();
    chromium.findElement(By.cssSelector("nav a[hreflang=ar]")).click();
    new WebDriverWait(chromium, Duration.ofSeconds(60)).until(ExpectedConditions.urlToBe(url("/ar" + STAMP)));
    assertThat(style("direction")).isEqualTo("rtl");
    assertNoConsoleErrors();
  }

  private String attribute(String name) {
    return (String) browser.executeScript("return document.documentElement.getAttribute(arguments[0])", name);
  }

  /** A computed style of the body, as the browser lays it out. */
  private String style(String property) {
    return (String) browser.executeScript("return getComputedStyle(document.body).getPropertyValue(arguments[0])", property);
  }

  /** Whether the first fact under the name (an inline box) sits in the left half of the main column. */
  private boolean firstFactStartsOnTheLeft() {
    Object left = ((JavascriptExecutor) browser).executeScript("""
        const main = document.querySelector('main').getBoundingClientRect();
        const fact = document.querySelector('.facts li').getBoundingClientRect();
        return (fact.left + fact.right) / 2 < main.left + main.width / 2;""");
    return Boolean.TRUE.equals(left);
  }

  private void assertNoConsoleErrors() {
    List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    assertThat(errors).as("console errors").isEmpty();
  }

  /** The whole page: the window made as tall as the document for the shot, then put back. */
  private void screenshot(String locale) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Dimension window = browser.manage().window().getSize();
    long height = (Long) browser.executeScript("return document.documentElement.scrollHeight");
    browser.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 140, 16000)));
    Files.write(SCREENSHOTS.resolve("flagship-" + locale + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    browser.manage().window().setSize(window);
  }
}
