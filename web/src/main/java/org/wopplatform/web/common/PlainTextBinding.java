package org.wopplatform.web.common;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.PlainText;

import org.springframework.beans.PropertyAccessException;
import org.springframework.format.FormatterRegistry;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every text bound from a request (form fields, request parameters, path variables) is
 * checked against {@link PlainText} before any code sees it: a refused form field is an
 * error next to the field ({@code text.controlCharacter} or
 * {@code text.directionOverride}), with what was typed kept (the refused characters shown
 * as �, so the reader sees where they were); a refused parameter is a 400 page saying why
 * ({@link BadRequests}).
 */
@ControllerAdvice
class PlainTextBinding implements WebMvcConfigurer {

	/**
	 * Every text a binder converts (a field, a parameter, each element of a list) passes
	 * through the conversion service: the check is a converter from text to text.
	 */
	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(String.class, String.class, PlainTextBinding::plain);
	}

	private static String plain(String text) {
		PlainText.problemIn(text).ifPresent(problem -> {
			throw new RefusedText(problem);
		});
		return text;
	}

	@InitBinder
	void plainText(WebDataBinder binder) {
		binder.setBindingErrorProcessor(new DefaultBindingErrorProcessor() {
			@Override
			public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
				Optional<RefusedText> refused = RefusedText.in(ex);
				if (refused.isEmpty()) {
					super.processPropertyAccessException(ex, result);
					return;
				}
				String field = ex.getPropertyName();
				String code = refused.get().code();
				Object typed = ex.getValue() instanceof String text ? PlainText.marked(text) : ex.getValue();
				result.addError(new FieldError(result.getObjectName(), field, typed, true,
						result.resolveMessageCodes(code, field), null, code));
			}
		});
	}

	/** Text that {@link PlainText} refuses, as binding reports it. */
	static final class RefusedText extends IllegalArgumentException {

		private final String code;

		RefusedText(PlainText.Problem problem) {
			super(problem.code(), null);
			this.code = problem.code();
		}

		String code() {
			return code;
		}

		/** The refused text behind a binding failure, if that was its cause. */
		static Optional<RefusedText> in(@Nullable Throwable failure) {
			for (Throwable t = failure; t != null; t = t.getCause()) {
				if (t instanceof RefusedText refused) {
					return Optional.of(refused);
				}
			}
			return Optional.empty();
		}

	}

}
