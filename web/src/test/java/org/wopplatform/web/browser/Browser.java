package org.wopplatform.web.browser;

import org.openqa.selenium.support.ui.WebDriverWait;

import org.openqa.selenium.WebElement;

import org.openqa.selenium.WebDriverException;

import org.openqa.selenium.JavascriptExecutor;

import org.openqa.selenium.By;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Debian's Chromium and ChromeDriver, headless, with no network but loopback. Without
 * them the browser tests are skipped with a message, except in CI ({@code CI=true}),
 * where they fail.
 */
final class Browser {

	/**
	 * Debian's browser, or the one named by WOP_CHROMIUM (e.g. Chrome on a hosted CI
	 * runner).
	 */
	static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("WOP_CHROMIUM", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("WOP_CHROMEDRIVER", "/usr/bin/chromedriver"));

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private Browser() {
	}

	static void requireChromium() {
		boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!present) {
			String message = "Browser tests need Debian's chromium and chromium-driver (/usr/bin/chromium, "
					+ "/usr/bin/chromedriver): apt-get install -y chromium chromium-driver";
			if ("true".equals(System.getenv("CI"))) {
				fail(message);
			}
			Assumptions.abort(message);
		}
	}

	static WebDriver open(String language) {
		requireChromium();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		try {
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=" + language,
					"--user-data-dir=" + Files.createTempDirectory("wop-chromium"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
		return driver;
	}

	/**
	 * Checks the page a person is looking at: valid HTML (Nu HTML checker, no errors), no
	 * axe-core violation of WCAG 2.1 level A or AA, and a screenshot for review.
	 */
	static void check(WebDriver driver, String name) {
		screenshot(driver, name);
		assertThat(htmlErrors(driver.getPageSource())).as("HTML errors on %s", name).isEmpty();
		Results axe = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
		assertThat(axe.getViolations().stream().map(Browser::describe).toList()).as("axe violations on %s", name)
			.isEmpty();
	}

	private static String describe(Rule rule) {
		return rule.getId() + ": " + rule.getHelp() + " "
				+ rule.getNodes().stream().map(n -> n.getTarget().toString()).toList();
	}

	static void screenshot(WebDriver driver, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			byte[] png = ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES);
			Files.write(SCREENSHOTS.resolve(name + ".png"), png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The errors the Nu HTML checker finds in a page (the browser's DOM, serialised with
	 * its doctype).
	 */
	static List<String> htmlErrors(String dom) {
		List<String> errors = new ArrayList<>();
		ErrorHandler handler = new ErrorHandler() {
			@Override
			public void warning(SAXParseException exception) {
			}

			@Override
			public void error(SAXParseException exception) {
				errors
					.add(exception.getLineNumber() + ":" + exception.getColumnNumber() + " " + exception.getMessage());
			}

			@Override
			public void fatalError(SAXParseException exception) {
				error(exception);
			}
		};
		try {
			SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
			validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
			validator.setUpValidatorAndParsers(handler, true, false);
			String html = dom.stripLeading().toLowerCase().startsWith("<!doctype") ? dom : "<!DOCTYPE html>" + dom;
			validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
		}
		catch (Exception ex) {
			throw new IllegalStateException("The HTML checker could not run", ex);
		}
		return errors;
	}

	/** Clicks something that loads a new page, and waits until the old page is gone. */
	static void navigate(WebDriver driver, WebElement element) {
		JavascriptExecutor script = (JavascriptExecutor) driver;
		script.executeScript("window.wopOldPage = true");
		element.click();
		new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(WebDriverException.class)
			.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
				.executeScript("return window.wopOldPage === undefined && document.readyState === 'complete'")));
	}

	/** Signs in on the application at {@code base} (e.g. http://localhost:8080). */
	static void signIn(WebDriver driver, String base, String email, String password) {
		driver.get(base + "/login");
		driver.findElement(By.id("email")).sendKeys(email);
		driver.findElement(By.id("password")).sendKeys(password);
		navigate(driver, driver.findElement(By.cssSelector("form.form button[type=submit]")));
	}

}
