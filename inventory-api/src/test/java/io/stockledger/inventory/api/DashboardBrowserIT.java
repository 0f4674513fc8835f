package io.stockledger.inventory.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The dashboard at {@code /} in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}):
 * sign in with the API key, find a SKU, see a receipt made through the API appear without reloading, and
 * acknowledge an alert. Skipped where Chromium or its driver is not installed (override the paths with
 * {@code -Dchromium.binary=…} and {@code -Dchromedriver.binary=…}). Screenshot: {@code target/dashboard.png}.
 */
class DashboardBrowserIT extends ServiceIT {

    private static final Duration LAG = Duration.ofSeconds(15);

    private WebDriver browser;

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void findsSkuSeesReceiptLiveAndAcknowledgesAlert() throws IOException {
        File chromium = new File(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        File chromedriver = new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
        assumeTrue(chromium.canExecute(), "no Chromium at " + chromium);
        assumeTrue(chromedriver.canExecute(), "no chromedriver at " + chromedriver);

        // A stock item with an open LOW_STOCK alert: 5 on hand, reorder point 10.
        String sku = newSku();
        String wh = newWarehouse();
        api.warehouse(wh);
        api.receive(sku, wh, 5);
        assertThat(api.put("/api/v1/stock/" + sku + "/" + wh + "/policy", "{\"reorderPoint\":10,"
                + "\"reorderQuantity\":50,\"safetyStock\":2,\"maxStock\":100,\"leadTimeDays\":3}").status())
                .isEqualTo(200);
        String alertId = await().atMost(LAG).until(() -> openAlert(sku, wh), id -> id != null);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver)
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        WebDriverWait wait = new WebDriverWait(browser, LAG);

        // Sign in.
        browser.get("http://localhost:" + port + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("api-key"))).sendKeys(ADMIN_KEY);
        browser.findElement(By.id("login-button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stock-view")));

        // Find the SKU: its row with 5 on hand.
        browser.findElement(By.id("sku-search")).sendKeys(sku);
        browser.findElement(By.id("search-button")).click();
        By onHand = By.cssSelector("#stock-table tr[data-sku='" + sku + "'][data-warehouse='" + wh
                + "'] td[data-field='onHand']");
        wait.until(ExpectedConditions.textToBe(onHand, "5"));
        assertThat(browser.findElement(By.cssSelector("#stock-table tr[data-sku='" + sku + "'] .status")).getText())
                .isEqualTo("LOW");

        // A receipt through the API shows up without reloading the page (still LOW: 8 ≤ 10).
        ((JavascriptExecutor) browser).executeScript("window.__notReloaded = true;");
        api.receive(sku, wh, 3);
        wait.until(ExpectedConditions.textToBe(onHand, "8"));
        assertThat(((JavascriptExecutor) browser).executeScript("return window.__notReloaded === true;"))
                .isEqualTo(true);

        // The SKU page: its warehouse row, movements and the charts' canvases.
        browser.findElement(By.cssSelector("#stock-table tr[data-sku='" + sku + "'] td[data-field='sku'] a")).click();
        wait.until(ExpectedConditions.textToBe(
                By.cssSelector("#sku-table tr[data-warehouse='" + wh + "'] td[data-field='onHand']"), "8"));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#movements-table tbody tr"), 2));
        assertThat(browser.findElement(By.id("level-chart")).isDisplayed()).isTrue();
        assertThat(((JavascriptExecutor) browser).executeScript("return typeof Chart;")).isEqualTo("function");
        screenshot("dashboard-sku.png");

        // Acknowledge the alert in the alerts view.
        browser.findElement(By.id("nav-alerts")).click();
        By ack = By.cssSelector("#alerts-table button.ack[data-alert-id='" + alertId + "']");
        wait.until(ExpectedConditions.elementToBeClickable(ack));
        screenshot("dashboard.png");
        browser.findElement(ack).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(ack));

        JsonNode alert = api.get("/api/v1/alerts/" + alertId).body();
        assertThat(alert.path("status").asText()).isEqualTo("ACKNOWLEDGED");
    }

    private String openAlert(String sku, String wh) {
        for (JsonNode a : api.get("/api/v1/alerts?status=OPEN&type=LOW_STOCK&sku=" + sku + "&warehouse=" + wh)
                .body().path("items")) {
            return a.path("id").asText();
        }
        return null;
    }

    /** Saves what the browser shows under {@code target/}. */
    private void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
