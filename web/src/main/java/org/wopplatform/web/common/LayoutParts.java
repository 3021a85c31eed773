package org.wopplatform.web.common;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The parts of every page's layout that depend only on the language, the application's
 * path and what kind of reader signed in: the main menu and the footer, written once per
 * such kind and kept ({@code #layoutParts.nav(signedIn, secretariat)},
 * {@code #layoutParts.footer()}). Written by the template, they were some twenty-five
 * processed attributes on every page, half the layout's work on a small page such as the
 * utility staff's start page. The markup is the template's ({@code LayoutPartsTests}
 * renders the former template and compares); the language links and who is signed in stay
 * in the template.
 */
@Component
public class LayoutParts extends AbstractDialect implements IExpressionObjectDialect {

	/** The main menu's entries: address, message key, and who sees it. */
	private enum Entry {

		PARTNERSHIPS("/partnerships", "nav.partnerships"), UTILITIES("/utilities", "nav.utilities"),
		SDG("/sdg", "nav.sdg"), PLATFORMS("/platforms", "nav.platforms"), MAP("/map", "nav.map"),
		BROKERING("/brokering/requests", "nav.brokering"), REPORTS("/reports", "nav.reports"),
		WORK("/work", "nav.work"), ACCOUNTS("/admin/users", "nav.accounts"), LISTS("/admin/lists", "nav.lists");

		final String path;

		final String key;

		Entry(String path, String key) {
			this.path = path;
			this.key = key;
		}

		boolean shownTo(boolean signedIn, boolean secretariat) {
			return switch (this) {
				case WORK -> signedIn;
				case ACCOUNTS, LISTS -> secretariat;
				default -> true;
			};
		}

	}

	/**
	 * Written parts, by language, application path, part and reader's kind: a few dozen.
	 */
	private final Map<List<Object>, String> written = new ConcurrentHashMap<>();

	private final MessageSource messages;

	LayoutParts(MessageSource messages) {
		super("wop-layout-parts");
		this.messages = messages;
	}

	/** The parts for one page, in its language and under its application path. */
	public final class Writer {

		private final Locale locale;

		private final String applicationPath;

		Writer(Locale locale, String applicationPath) {
			this.locale = locale;
			this.applicationPath = applicationPath;
		}

		/** The main menu's list items, for this kind of reader. */
		public String nav(boolean signedIn, boolean secretariat) {
			return written.computeIfAbsent(List.of(locale, applicationPath, "nav", signedIn, secretariat), key -> {
				StringBuilder html = new StringBuilder(1024);
				for (Entry entry : Entry.values()) {
					if (entry.shownTo(signedIn, secretariat)) {
						html.append("<li><a href=\"")
							.append(Html.text(applicationPath + entry.path))
							.append("\">")
							.append(Html.text(message(entry.key)))
							.append("</a></li>\n");
					}
				}
				return html.toString();
			});
		}

		/** The footer's paragraphs. */
		public String footer() {
			return written.computeIfAbsent(List.of(locale, applicationPath, "footer"),
					key -> "<p>" + Html.text(message("layout.footer.about")) + "</p>\n<p>"
							+ Html.text(message("layout.footer.sources")) + "</p>\n");
		}

		private String message(String key) {
			return messages.getMessage(key, null, locale);
		}

	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return PageObjects.perPage("layoutParts",
				context -> new Writer(context.getLocale(), PageObjects.applicationPath(context)));
	}

}
