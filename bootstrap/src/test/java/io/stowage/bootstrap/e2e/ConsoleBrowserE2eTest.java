package io.stowage.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The web console in a real headless Chromium: what a person does with it, click by click, checked
 * against the API. Screenshots of the main screens go to target/console-screenshots/.
 */
class ConsoleBrowserE2eTest {

    private static final int BIG = 20 * 1024 * 1024;
    private static final String NOTES = "Stowage console notes\nline two: ünïcödé\n";

    private final String base = TestServer.shared().url().toString();

    @Test
    void aPersonSignsInCreatesABucketUploadsPreviewsSharesMovesDeletesAndSignsOut() throws Exception {
        String bucket = "console-" + UUID.randomUUID().toString().substring(0, 8);
        Path files = Files.createTempDirectory("console-files-");
        Path notes = Files.writeString(files.resolve("notes.txt"), NOTES, StandardCharsets.UTF_8);
        Path photo = Files.write(files.resolve("photo.png"), Png.gradient(320, 200));
        byte[] bigBytes = new byte[BIG];
        new Random(18).nextBytes(bigBytes);
        Path big = Files.write(files.resolve("big.bin"), bigBytes);
        Api service = Api.as(Tokens.serviceRole());
        try (Browser browser = new Browser(1280, 800)) {
            // the root sends a browser to the console, which asks for a token
            browser.driver.get(base + "/");
            browser.visible(By.id("token"));
            assertTrue(browser.driver.getCurrentUrl().startsWith(base + "/console"), browser.driver.getCurrentUrl());
            browser.screenshot("sign-in");
            signIn(browser, Tokens.serviceRole());

            // create a bucket through the form
            browser.click(By.id("new-bucket"));
            browser.type(By.id("bucket-id"), bucket);
            new Select(browser.visible(By.id("bucket-policy"))).selectByValue("authenticated");
            browser.type(By.id("bucket-file-size-limit"), "50MB");
            browser.click(By.id("bucket-save"));
            browser.visible(By.cssSelector("tr[data-bucket='" + bucket + "'] a.bucket-link")).click();
            JsonNode created = Json.parse(service.get("/bucket/" + bucket).body());
            assertEquals("authenticated", created.get("policy").asText(), created.toString());
            assertEquals(50L * 1024 * 1024, created.get("file_size_limit").asLong(), created.toString());

            // a folder, then three files into it by the file input, the big one on a slowed link
            browser.visible(By.id("no-objects"));
            browser.click(By.id("new-folder"));
            browser.type(By.id("folder-name"), "docs");
            browser.click(By.id("folder-create"));
            browser.until(driver -> driver.getCurrentUrl().endsWith("/docs/"));
            browser.visible(By.id("no-objects"));
            ChromiumNetworkConditions slow = new ChromiumNetworkConditions();
            slow.setUploadThroughput(8 * 1024 * 1024);
            slow.setDownloadThroughput(64 * 1024 * 1024);
            browser.driver.setNetworkConditions(slow);
            browser.driver.findElement(By.id("file-input")).sendKeys(String.join("\n",
                    notes.toString(), photo.toString(), big.toString()));
            TreeSet<Double> seen = watchProgress(browser, "docs/big.bin");
            browser.driver.deleteNetworkConditions();
            assertTrue(seen.stream().anyMatch(value -> value > 0 && value < BIG), "the bar never moved between ends: " + seen);
            assertEquals(BIG, seen.last(), 0.5, seen.toString());
            for (String name : List.of("notes.txt", "photo.png", "big.bin")) {
                browser.until(ExpectedConditions.attributeToBe(By.cssSelector("li.upload[data-key='docs/" + name + "']"), "data-state", "done"));
                browser.visible(By.cssSelector("tr[data-name='" + name + "']"));
            }
            browser.screenshot("objects");
            assertArrayEquals(bigBytes, service.stream(service.request("/object/" + bucket + "/docs/big.bin").GET()).body().readAllBytes());

            // back to the bucket by the breadcrumbs, then open the folder
            browser.click(By.linkText(bucket));
            browser.click(By.cssSelector("tr[data-name='docs'] a.folder-link"));
            browser.visible(By.cssSelector("tr[data-name='photo.png']"));
            assertEquals(List.of("Buckets", bucket, "docs"), browser.driver.findElements(By.cssSelector("#breadcrumbs a"))
                    .stream().map(WebElement::getText).toList());

            // preview the image: decoded from a blob: URL fetched with the token
            browser.click(By.cssSelector("tr[data-name='photo.png'] button.file-link"));
            WebElement image = browser.visible(By.id("image-preview"));
            browser.until(driver -> ((Number) browser.script("return arguments[0].naturalWidth", image)).intValue() == 320);
            assertTrue(image.getAttribute("src").startsWith("blob:"), image.getAttribute("src"));
            browser.screenshot("preview");
            closeDialog(browser);

            // preview the text, share it and fetch the signed link with no credentials
            browser.click(By.cssSelector("tr[data-name='notes.txt'] button.file-link"));
            assertEquals(NOTES.strip(), browser.visible(By.id("text-preview")).getText().strip());
            browser.click(By.id("share-sign"));
            String signed = browser.until(driver -> {
                String value = driver.findElement(By.id("signed-url")).getAttribute("value");
                return value.isEmpty() ? null : value;
            });
            assertTrue(signed.startsWith(base + "/storage/v1/object/sign/" + bucket + "/docs/notes.txt?token="), signed);
            HttpResponse<String> fetched = new Api(URI.create(signed), null).get("");
            assertEquals(200, fetched.statusCode(), fetched.body());
            assertEquals(NOTES, fetched.body());

            // move (rename) it through the panel
            browser.click(By.id("rename"));
            browser.type(By.id("transfer-key"), "docs/renamed.txt");
            browser.click(By.id("transfer-go"));
            browser.visible(By.cssSelector("tr[data-name='renamed.txt']"));
            browser.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("tr[data-name='notes.txt']")));
            assertEquals(404, service.get("/object/info/" + bucket + "/docs/notes.txt").statusCode());
            assertEquals(200, service.get("/object/info/" + bucket + "/docs/renamed.txt").statusCode());

            // delete the big file by selection
            browser.click(By.cssSelector("tr[data-name='big.bin'] input[type=checkbox]"));
            browser.click(By.id("delete-selected"));
            browser.click(By.id("confirm-delete"));
            browser.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("tr[data-name='big.bin']")));
            assertEquals(404, service.get("/object/info/" + bucket + "/docs/big.bin").statusCode());

            // the service role's operations screen
            browser.click(By.id("nav-ops"));
            assertEquals("UP", browser.visible(By.id("health-status")).getText());
            browser.visible(By.cssSelector("#volume-list th"));
            browser.click(By.id("sweep-now"));
            assertEquals("true", browser.visible(By.xpath("//table[@id='sweep']//th[text()='ran']/following-sibling::td")).getText());
            browser.click(By.id("events-toggle"));
            browser.until(ExpectedConditions.textToBe(By.id("events-state"), "live"));
            service.upload("/object/" + bucket + "/live.txt", "text/plain", "live".getBytes(StandardCharsets.UTF_8));
            browser.visible(By.xpath("//ol[@id='events']/li[contains(., '" + bucket + "/live.txt')]"));
            browser.screenshot("operations");

            // a phone-sized window still shows the listing
            browser.driver.get(base + "/console#/b/" + bucket + "/docs/");
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            browser.visible(By.cssSelector("tr[data-name='photo.png']"));
            browser.screenshot("objects-phone");

            // sign out: the token is gone from the tab
            browser.click(By.id("sign-out"));
            browser.visible(By.id("token"));
            assertEquals(null, browser.script("return sessionStorage.getItem('stowage.token')"));
            assertNoPolicyViolation(browser);
        } finally {
            service.postJson("/bucket/" + bucket + "/empty", "{}");
            service.delete("/bucket/" + bucket);
            deleteAll(files);
        }
    }

    @Test
    void anAnonymousVisitorSeesNoPrivateData() {
        String bucket = "console-private-" + UUID.randomUUID().toString().substring(0, 8);
        Api alice = Api.as(Tokens.user("alice-console"));
        assertEquals(200, alice.createBucket(bucket, "private").statusCode());
        assertEquals(200, alice.upload("/object/" + bucket + "/secret-plans.txt", "text/plain",
                "top secret".getBytes(StandardCharsets.UTF_8)).statusCode());
        try (Browser browser = new Browser(1280, 800)) {
            browser.driver.get(base + "/console#/b/" + bucket + "/");
            browser.visible(By.id("token"));
            assertFalse(browser.driver.getPageSource().contains("secret-plans"));

            signIn(browser, Tokens.anon());
            browser.until(driver -> !driver.findElements(By.cssSelector("#buckets, #no-buckets")).isEmpty());
            assertFalse(browser.driver.getPageSource().contains(bucket), "a private bucket is listed to anon");
            browser.driver.get(base + "/console#/b/" + bucket + "/");
            browser.visible(By.id("no-objects"));
            assertFalse(browser.driver.getPageSource().contains("secret-plans"), "a private object is listed to anon");
        } finally {
            alice.postJson("/bucket/" + bucket + "/empty", "{}");
            alice.delete("/bucket/" + bucket);
        }
    }

    @Test
    void aBadTokenShowsTheApisErrorAndIsNotKept() {
        String message = Json.parse(Api.as(Tokens.wrongSecret("mallory")).get("/bucket?limit=1").body()).get("message").asText();
        try (Browser browser = new Browser(1280, 800)) {
            browser.driver.get(base + "/console");
            browser.type(By.id("token"), Tokens.wrongSecret("mallory"));
            browser.click(By.id("signin-submit"));
            String shown = browser.visible(By.id("signin-error")).getText();
            assertTrue(shown.contains("401") && shown.contains(message), shown + " / " + message);
            assertEquals(null, browser.script("return sessionStorage.getItem('stowage.token')"));
            browser.screenshot("bad-token");
        }
    }

    private static void signIn(Browser browser, String token) {
        browser.type(By.id("token"), token);
        browser.click(By.id("signin-submit"));
        browser.visible(By.id("sign-out"));
    }

    /** Polls the upload's progress bar until it is full, keeping every value seen. */
    private static TreeSet<Double> watchProgress(Browser browser, String key) {
        TreeSet<Double> seen = new TreeSet<>();
        By bar = By.cssSelector("li.upload[data-key='" + key + "'] progress");
        browser.visible(bar);
        browser.waiting().withTimeout(Duration.ofMinutes(2)).until(driver -> {
            Object value = browser.script("const bar = document.querySelector(arguments[0]);"
                    + " return bar && bar.closest('li').dataset.state !== 'failed' ? bar.value : -1;",
                    "li.upload[data-key='" + key + "'] progress");
            double number = ((Number) value).doubleValue();
            assertTrue(number >= 0, "the upload failed: " + driver.findElement(By.cssSelector(
                    "li.upload[data-key='" + key + "'] .upload-status")).getText());
            seen.add(number);
            return number >= BIG;
        });
        return seen;
    }

    private static void closeDialog(Browser browser) {
        browser.click(By.cssSelector("dialog[open] button.close"));
        browser.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("dialog[open]"), 0));
    }

    private static void assertNoPolicyViolation(Browser browser) {
        List<LogEntry> logs = browser.driver.manage().logs().get(LogType.BROWSER).getAll();
        for (LogEntry entry : logs) {
            assertFalse(entry.getMessage().contains("Content Security Policy"), entry.getMessage());
        }
    }

    private static void deleteAll(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
