package org.wopplatform.web.common;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.stereotype.Component;

/**
 * The rows of the start pages' work lists, written in one pass:
 * {@code #linkLines.of(lines)}, each a list item with its link, where it stands, and a
 * reviewer's comment if any. A start page shows up to thirty; inserted as a fragment
 * each, they were thirty fragment insertions a page. Texts are escaped as {@code th:text}
 * escapes them ({@code LinkLinesTests}).
 */
@Component
public class LinkLines extends AbstractDialect implements IExpressionObjectDialect {

	/** A row: its link (within the application) and text, where it stands, a comment. */
	public interface Line {

		String href();

		String text();

		String detail();

		@Nullable String comment();

	}

	LinkLines() {
		super("wop-link-lines");
	}

	/** The rows of one page, under its application path. */
	public static final class Writer {

		private final String applicationPath;

		Writer(String applicationPath) {
			this.applicationPath = applicationPath;
		}

		/** The list items, an {@code li} element each. */
		public String of(List<? extends Line> lines) {
			StringBuilder html = new StringBuilder(lines.size() * 200);
			for (Line line : lines) {
				html.append("<li><a href=\"")
					.append(Html.text(applicationPath + line.href()))
					.append("\">")
					.append(Html.text(line.text()))
					.append("</a>\n<span class=\"note\">")
					.append(Html.text(line.detail()))
					.append("</span>");
				if (line.comment() != null) {
					html.append("\n<q class=\"note\">").append(Html.text(line.comment())).append("</q>");
				}
				html.append("</li>\n");
			}
			return html.toString();
		}

	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return PageObjects.perPage("linkLines", context -> new Writer(PageObjects.applicationPath(context)));
	}

}
