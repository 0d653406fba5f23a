package org.reverb.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reverb.store.EventStore;

/**
 * The dashboard in a real browser (Debian's headless Chromium, driven by Selenium) over the seeds' events: the
 * timeline, the map and the graph draw the expected items, clicking an event shows its source sentence, the story
 * view draws the seeds' story with its links, and the escalation panel draws the server's series.
 * Skipped, with a message, only where Chromium is not installed; CI installs it.
 */
class DashboardBrowserTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target/screenshots");

  @TempDir
  static Path dir;

  static EventStore store;
  static ReverbServer server;
  static WebDriver browser;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Chromium is not installed (/usr/bin/chromium, /usr/bin/chromedriver): the dashboard's browser test is "
            + "skipped; install it with: apt-get install -y chromium chromium-driver");
    store = SeedStore.open(dir);
    server = new ReverbServer(store, null, s -> {
      throw new AssertionError("read-only");
    }).start("127.0.0.1", 0);
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new",
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
        "--window-size=1400,1500", "--user-data-dir=" + Files.createDirectory(dir.resolve("chromium-profile")));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.get("http://127.0.0.1:" + server.port() + "/");
    waitUntilReady();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.stop();
    }
    if (store != null) {
      store.close();
    }
  }

  @Test
  void the_timeline_draws_every_dated_event_by_type() {
    List<?> points = (List<?>) js("return Desk.chart('timeline').getOption().series[0].data.map(d => d.id);");
    assertEquals(5, points.size());
    assertTrue(points.contains("baghdad-strike"), points.toString());
    assertTrue(text("#timeline").contains("ASSAULT"), text("#timeline"));
    assertEquals("5 events", browser.findElement(By.id("status")).getText());
  }

  @Test
  void the_map_draws_the_country_shapes_and_a_point_on_baghdad() {
    long shapes = (Long) js("return document.querySelectorAll('#map svg path').length;");
    assertTrue(shapes > 150, "country shapes drawn: " + shapes);
    assertTrue(text("#map").contains("Baghdad"), text("#map"));
    assertTrue(text("#map").contains("Jordan"), text("#map"));
  }

  @Test
  void the_graph_draws_kataib_hezbollah_and_the_pairs_it_is_in() {
    String graph = text("#graph");
    assertTrue(graph.contains("Kataib Hezbollah"), graph);
    assertTrue(graph.contains("United States"), graph);
    assertEquals(4L, js("return Desk.chart('graph').getOption().series[0].links.length;"));
  }

  @Test
  void clicking_an_event_shows_its_source_sentences_and_articles() throws Exception {
    WebElement row = browser.findElement(By.cssSelector("#events tr[data-id='baghdad-strike']"));
    row.click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(
        b -> "baghdad-strike".equals(b.findElement(By.id("details")).getAttribute("data-event")));

    String details = browser.findElement(By.id("details")).getText();
    assertTrue(details.contains(SeedStore.STRIKE_SENTENCE), details);
    assertTrue(details.contains("Article " + SeedStore.FUNERAL_ARTICLE), details);
    assertTrue(details.contains("ASSAULT/aerial: United States → Kataib Hezbollah"), details);
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve("dashboard.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void the_escalation_panel_draws_the_servers_series_both_ways_with_its_steps() {
    js("Desk.escalation('USA', 'Kataib Hezbollah');");
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(
        b -> b.findElement(By.id("escalation-hint")).getText().startsWith("USA → Kataib Hezbollah"));

    String hint = browser.findElement(By.id("escalation-hint")).getText();
    assertTrue(hint.contains("Kataib Hezbollah → USA: 0.0") && hint.contains("over 1 day")
        && hint.contains("trend too-few-days"), hint);
    assertEquals(List.of("USA → Kataib Hezbollah", "Kataib Hezbollah → USA"),
        js("return Desk.chart('escalation').getOption().series.map(s => s.name);"));
    assertEquals(List.of("2024-02-04"),
        js("return Desk.chart('escalation').getOption().series[0].data.map(d => d[0]);"));
    assertEquals(List.of("baghdad-strike"),
        js("return Desk.chart('escalation').getOption().series[0].markPoint.data.map(m => m.id);"));
    String steps = browser.findElement(By.id("escalation-steps")).getText();
    assertTrue(steps.contains("tit-for-tat, answers jordan-attack"), steps);
  }

  @Test
  void the_story_panel_lists_the_seed_story_and_draws_its_timeline_with_links() throws Exception {
    String id = store.stories().get(0).id();
    WebElement row = browser.findElement(By.cssSelector("#stories tr[data-story='" + id + "']"));
    assertTrue(row.getText().startsWith("United States – Kataib Hezbollah"), row.getText());
    row.click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(
        b -> id.equals(b.findElement(By.id("story")).getAttribute("data-story")));

    assertEquals(List.of("jordan-attack", "baghdad-strike", "withdrawal-demand", "funeral-procession",
        "us-iraq-talks"), js("return Desk.chart('story').getOption().series[0].data.map(d => d.id);"));
    assertEquals(List.of("baghdad-strike->jordan-attack", "withdrawal-demand->baghdad-strike"),
        js("return Desk.chart('story').getOption().series[0].links.map(l => l.source + '->' + l.target);"));
    String drawn = text("#story");
    assertTrue(drawn.contains("aerial, Baghdad") && drawn.contains("response to"), drawn);
    assertTrue((Long) js("return document.querySelectorAll('#story svg path').length;") > 5);
    Files.createDirectories(SCREENSHOTS);
    ((JavascriptExecutor) browser).executeScript("document.getElementById('story-panel').scrollIntoView();");
    Files.write(SCREENSHOTS.resolve("story.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void an_events_story_links_to_the_story_view() {
    browser.findElement(By.cssSelector("#events tr[data-id='funeral-procession']")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(
        b -> "funeral-procession".equals(b.findElement(By.id("details")).getAttribute("data-event")));
    String id = store.stories().get(0).id();
    browser.findElement(By.id("details-story")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(
        b -> id.equals(b.findElement(By.id("story")).getAttribute("data-story")));

    assertTrue(browser.findElement(By.cssSelector("#stories tr[data-story='" + id + "']")).getAttribute("class")
        .contains("selected"));
  }

  @Test
  void filtering_by_country_redraws_every_panel() {
    browser.findElement(By.name("country")).sendKeys("JOR");
    browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
    waitUntilReady();
    try {
      assertEquals("1 events", browser.findElement(By.id("status")).getText());
      assertEquals(List.of("jordan-attack"),
          js("return Desk.chart('timeline').getOption().series[0].data.map(d => d.id);"));
      assertTrue(text("#map").contains("Jordan") && !text("#map").contains("Baghdad"), text("#map"));
    } finally {
      browser.findElement(By.name("country")).clear();
      browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
      waitUntilReady();
    }
  }

  private static void waitUntilReady() {
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(
        b -> "true".equals(b.findElement(By.tagName("body")).getAttribute("data-ready")));
  }

  private static Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  /** The text drawn in an SVG chart (its labels). */
  private static String text(String css) {
    return (String) js("return Array.from(document.querySelectorAll('" + css + " svg text'))"
        + ".map(t => t.textContent).join(' | ');");
  }
}
