package org.wopplatform.web.common;

import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * The expression objects of this project's dialects ({@code #decimals},
 * {@code #partnershipRows}, {@code #linkLines}): one object per page, built from the
 * page's context (its language, its application path), not shared between threads; and
 * {@code #periods} and {@code #money}, beans shared by every page
 * ({@link FormatObjects}).
 */
final class PageObjects {

	private PageObjects() {
	}

	/** A factory of the object named {@code name}, built once per page. */
	static IExpressionObjectFactory perPage(String name, Function<IExpressionContext, Object> build) {
		return factory(Set.of(name), (context, objectName) -> build.apply(context));
	}

	/**
	 * A factory of the objects named, each built by {@code build} from the page's context
	 * and its name, and kept for the page.
	 */
	static IExpressionObjectFactory factory(Set<String> names, BiFunction<IExpressionContext, String, Object> build) {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return names;
			}

			@Override
			public Object buildObject(IExpressionContext context, String objectName) {
				return build.apply(context, objectName);
			}

			@Override
			public boolean isCacheable(String objectName) {
				return true;
			}

		};
	}

	/** The application's path in the page's request ("" at the root, or outside one). */
	static String applicationPath(IExpressionContext context) {
		return context instanceof IWebContext web ? web.getExchange().getRequest().getApplicationPath() : "";
	}

}
