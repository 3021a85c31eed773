package org.wopplatform.web.common;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.context.WebExpressionContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.context.webmvc.SpringWebMvcThymeleafRequestContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.naming.SpringContextVariableNames;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import org.wopplatform.persistence.version.DataVersion;
import org.wopplatform.persistence.version.DataVersion.Version;

import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.support.RequestContext;
import org.springframework.web.servlet.view.AbstractTemplateView;

/**
 * The part of a page that is the same for every reader who may see it, written once until
 * the data changes and then given to each of them inside their own page (their name, menu
 * and language links around it). A year's annual report is such a part: half a megabyte
 * of tables, charts and stories that the public gets from the {@link PublicPageCache},
 * but that signed-in readers (the secretariat, coordinators, utilities' staff) had
 * written for them at each visit, 13.7 ms of the server's time.
 * <p>
 * Kept against the template, the question (a year), the language, the day and the
 * {@link DataVersion data version} read before the part's data is, so any committed
 * change has it written afresh, as the page cache does; never within a writing
 * transaction (what it has not committed could be rolled back). At most
 * {@value #KEPT_CHARS} characters in all, the least used going first. Who may see the
 * part is still checked on each request, before it is asked for.
 */
@Component
public class KeptFragments {

	/** About twenty annual reports (24 MB). */
	static final int KEPT_CHARS = 12_000_000;

	private record Key(Version version, String template, Object question, Locale locale, LocalDate day) {
	}

	private final Cache<Key, String> kept = Caffeine.newBuilder()
		.maximumWeight(KEPT_CHARS)
		.<Key, String>weigher((key, part) -> part.length())
		.build();

	private final SpringTemplateEngine templates;

	private final ApplicationContext application;

	private final DataVersion version;

	private final Clock clock;

	KeptFragments(SpringTemplateEngine templates, ApplicationContext application, DataVersion version, Clock clock) {
		this.templates = templates;
		this.application = application;
		this.version = version;
		this.clock = clock;
	}

	/**
	 * The part written from {@code template} for {@code question} in the page's language,
	 * as of now: the data version is read here, so the page reads its data after this
	 * (what it reads is then at least as new as what the part is kept against), and then
	 * asks for the part ({@link Part#written}).
	 */
	public Part part(String template, Object question, Locale locale) {
		boolean writing = TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
		return new Part(template, locale,
				writing ? null : new Key(version.current(), template, question, locale, LocalDate.now(clock)));
	}

	/** A part asked for: kept against its key, or never within a writing transaction. */
	public final class Part {

		private final String template;

		private final Locale locale;

		private final @Nullable Key key;

		private Part(String template, Locale locale, @Nullable Key key) {
			this.template = template;
			this.locale = locale;
			this.key = key;
		}

		/**
		 * The part as markup to write as it is ({@code th:utext}): kept, or written now
		 * with the variables {@code model} gives (asked for only then); written once
		 * however many readers ask at once after a change (the others wait for it,
		 * holding no connection: their reads before this one are done).
		 */
		public String written(Supplier<Map<String, Object>> model, HttpServletRequest request,
				HttpServletResponse response) {
			if (key == null) {
				return write(template, locale, model.get(), request, response);
			}
			return kept.get(key, k -> write(template, locale, model.get(), request, response));
		}

	}

	/**
	 * Writes the template as Thymeleaf's view writes a page (Spring's request context,
	 * beans and conversion service in expressions, links built for this request).
	 */
	private String write(String template, Locale locale, Map<String, Object> model, HttpServletRequest request,
			HttpServletResponse response) {
		Map<String, Object> variables = new HashMap<>(model);
		RequestContext context = new RequestContext(request, response, request.getServletContext(), variables);
		variables.put(SpringContextVariableNames.SPRING_REQUEST_CONTEXT, context);
		variables.put(AbstractTemplateView.SPRING_MACRO_REQUEST_CONTEXT_ATTRIBUTE, context);
		variables.put(SpringContextVariableNames.THYMELEAF_REQUEST_CONTEXT,
				new SpringWebMvcThymeleafRequestContext(context, request));
		variables.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(application,
						(ConversionService) request.getAttribute(ConversionService.class.getName())));
		WebExpressionContext expressions = new WebExpressionContext(templates.getConfiguration(),
				JakartaServletWebApplication.buildApplication(request.getServletContext())
					.buildExchange(request, response),
				locale, variables);
		return templates.process(template, expressions);
	}

}
